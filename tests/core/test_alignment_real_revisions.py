"""Alignment on real successive versions nobody on the team wrote (skipped without the corpus).

The texts are read by small readers here rather than by the importers, so that these tests
measure the alignment and nothing else: sections of an Akoma Ntoso by-law become articles,
"Art. N." headings of a Markdown constitution become articles with their paragraphs.
"""

from __future__ import annotations

import re
from pathlib import Path

from defusedxml import ElementTree

from negotiator_app.core.alignment import align
from negotiator_app.core.comparison import Change
from negotiator_app.core.provision import Kind, Provision
from tests.conftest import corpus_file

AKN = "{http://www.akomantoso.org/2.0}"


def test_a_by_law_amendment_inserts_sections_and_keeps_the_others_in_place():
    """Cape Town waste by-law, 2010 -> 2016: sections 4A, 23A, 26A inserted, 23 grew."""
    old = by_law(corpus_file("revisions/cape_town_waste_bylaw_2009_as_at_2010-06-04.akn.xml"))
    new = by_law(corpus_file("revisions/cape_town_waste_bylaw_2009_as_at_2016-06-30.akn.xml"))
    comparison = align(old, new)
    articles = comparison.select("article")
    assert {p.new_key for p in articles if p.change == Change.NEW} == {
        "art-4A",
        "art-23A",
        "art-26A",
    }
    for pair in articles:
        if pair.old is not None:
            assert pair.new_key == pair.old_key, pair.title()  # nothing renumbered or lost
    subsections = {p.new_key for p in comparison.pairs if p.change == Change.NEW}
    assert {"art-23.8", "art-23.9"} <= subsections
    assert comparison.of_old("art-23").change == Change.REWORDED


def test_a_constitutional_reform_rewrites_in_place_and_repeals_keeping_the_number():
    """The Italian constitution and the 2016 reform bill: articles rewritten in place,
    article 99 (and 58) repealed, "Abrogato" left in their place."""
    old = constitution(corpus_file("revisions/costituzione_italiana_2012-04-20.md"))
    new = constitution(corpus_file("revisions/costituzione_italiana_2016-01-20_riforma.md"))
    comparison = align(old, new)
    articles = comparison.select("article")
    assert len(articles) == 139
    assert all(p.old_key == p.new_key for p in articles)  # numbers kept: nothing shifts
    deleted = {p.old_key for p in articles if p.change == Change.DELETED}
    assert deleted == {"art-58", "art-99"}
    reworded = [p for p in articles if p.change == Change.REWORDED]
    assert len(reworded) >= 40  # the Senate and Title V
    print(f"{len(reworded)} articles rewritten in place, {len(deleted)} repealed")


# -- readers -----------------------------------------------------------------------------


def by_law(path: Path) -> list[Provision]:
    root = ElementTree.parse(path).getroot()
    articles = []
    for section in root.iter(f"{AKN}section"):
        number = _text(section.find(f"{AKN}num")).rstrip(".")
        heading = _text(section.find(f"{AKN}heading"))
        article = Provision(f"art-{number}", Kind.ARTICLE, number, heading)
        for subsection in section.findall(f"{AKN}subsection"):
            sub_number = _text(subsection.find(f"{AKN}num")).strip("()")
            body = " ".join(_text(part) for part in subsection if part.tag not in (f"{AKN}num",))
            article.children.append(
                Provision(f"{article.key}.{sub_number}", Kind.PARAGRAPH, sub_number, "", body)
            )
        if not article.children:
            article.text = " ".join(
                _text(p) for p in section if p.tag not in (f"{AKN}num", f"{AKN}heading")
            )
        articles.append(article)
    return articles


def constitution(path: Path) -> list[Provision]:
    roots: list[Provision] = []
    part: Provision | None = None
    article: Provision | None = None
    for block in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
        block = " ".join(block.split())
        heading = re.fullmatch(r"#####\s+Art\.\s+(\d+)\.?", block)
        if heading:
            number = heading.group(1)
            article = Provision(f"art-{number}", Kind.ARTICLE, number)
            (part.children if part else roots).append(article)
        elif block.startswith("#"):
            part = Provision(f"part-{len(roots) + 1}", Kind.PART, str(len(roots) + 1))
            part.heading = block.lstrip("# ")
            roots.append(part)
            article = None
        elif article is not None and block:
            number = str(len(article.children) + 1)
            article.children.append(
                Provision(f"{article.key}.{number}", Kind.PARAGRAPH, "", "", block)
            )
    return roots


def _text(element) -> str:
    return " ".join("".join(element.itertext()).split()) if element is not None else ""

"""The overview's figures: articles by stance, open brackets and red lines, chapter by chapter."""

from __future__ import annotations

from dataclasses import dataclass

from negotiator_app.core.outline import Outline
from negotiator_app.core.overview import NO_POSITION, chapter_figures, totals, unit_stance
from negotiator_app.core.provision import Kind, Provision


@dataclass
class Position:
    stance: str
    red_line: bool = False


def two_chapters() -> Outline:
    def article(number: int, *paragraphs: str) -> Provision:
        children = [
            Provision(f"art-{number}.{i}", Kind.PARAGRAPH, str(i), text=text)
            for i, text in enumerate(paragraphs, start=1)
        ]
        return Provision(f"art-{number}", Kind.ARTICLE, str(number), children=children)

    first = Provision(
        "ch-I", Kind.CHAPTER, "I", "General", children=[article(1, "x"), article(2, "[a] [b]")]
    )
    second = Provision("ch-II", Kind.CHAPTER, "II", "Cooperation", children=[article(3, "y")])
    return Outline([first, second])


def test_articles_are_counted_by_stance_with_brackets_and_red_lines_per_chapter():
    outline = two_chapters()
    notes = {
        "art-1": Position("oppose", red_line=True),
        "art-2.1": Position("support"),  # a paragraph speaks for its article
    }
    first, second = chapter_figures(outline, notes)
    assert (first.key, first.label, first.heading) == ("ch-I", "Chapter I", "General")
    assert first.stances["oppose"] == first.stances["support"] == 1
    assert (first.total, first.open_brackets, first.red_lines) == (2, 2, 1)
    assert second.stances[NO_POSITION] == second.total == 1
    assert totals([first, second]) == {
        "units": 3,
        "with_position": 2,
        "open_brackets": 2,
        "red_lines": 1,
    }


def test_the_most_demanding_stance_inside_an_article_speaks_for_it():
    outline = two_chapters()
    notes = {"art-2.1": Position("support"), "art-2": Position("")}
    assert unit_stance(outline, "art-2", notes) == "support"
    notes["art-2.1"] = Position("reserve")
    assert unit_stance(outline, "art-2", {**notes, "art-1": Position("oppose")}) == "reserve"
    assert unit_stance(outline, "art-2", {"art-2": Position("neutral")}) == "neutral"


def test_an_unknown_outline_without_chapters_still_gets_a_row_per_article():
    from negotiator_app.core.provision import Kind, Provision

    roots = [Provision(f"art-{n}", Kind.ARTICLE, str(n), text="[x]") for n in (1, 2)]
    figures = chapter_figures(Outline(roots), {})
    assert [f.key for f in figures] == ["art-1", "art-2"]
    assert all(f.open_brackets == 1 and f.total == 1 for f in figures)

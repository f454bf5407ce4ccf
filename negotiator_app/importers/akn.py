"""Akoma Ntoso (2.0 and 3.0) drafts: the marked-up hierarchy, read into the shared structurer.

Akoma Ntoso already says what each piece is (chapter, article, paragraph, point...) and gives
its number; this module writes each one out as the line a printed draft would show ("Article
5", "1. ...", "(a) ...") so the one structurer keys it exactly as it keys the same draft from
Word or PDF. A number missing from <num> is taken from the element's eId ("art_5", "para_2").

The XML is parsed by defusedxml with DTDs forbidden (importers/safe_xml.py): no entity
expansion, no external entity or network access, whatever the file declares.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from xml.etree.ElementTree import Element

from negotiator_app.core.block import without_controls
from negotiator_app.core.language import detect_language
from negotiator_app.core.numbering import PREAMBLE_HEADINGS, SUFFIX_WORDS, recognise
from negotiator_app.core.provision import Document, ImportReport
from negotiator_app.core.structurer import BODY_START, LABEL_HEADING, Block, build_document
from negotiator_app.importers.errors import ImportProblem
from negotiator_app.importers.limits import MAX_TREE_ELEMENTS, Tally, too_deep
from negotiator_app.importers.safe_xml import parse_xml

# Grouping elements and the word a printed draft puts before their number.
_CONTAINERS = {
    "book": "Part",
    "part": "Part",
    "subpart": "Part",
    "title": "Part",
    "chapter": "Chapter",
    "subchapter": "Chapter",
    "section": "Section",
    "subsection": "",
    "division": "Section",
    "article": "Article",
    "rule": "Article",
}
_NUMBERED = {
    "paragraph", "subparagraph", "subsection", "point", "item", "indent", "alinea", "clause",
    "subclause", "list", "blockList", "level", "transitional", "proviso", "sublist",
}  # fmt: skip
_TEXT = {"p", "block", "blockContainer", "tblock", "foreign", "formula", "citation", "recital",
         "longTitle", "container", "listIntroduction", "listWrapUp", "toc"}  # fmt: skip
_SKIPPED = {"meta", "authorialNote", "noteRef", "remark", "omissis", "componentRef", "img"}
_ANNEX_DOCS = {"attachment", "annex", "component", "documentRef"}
_ACTS = {"act", "bill"}
_EID_RE = re.compile(
    r"(?:^|__)(?P<kind>art|chp|sec|part|para|subpara|point|item|itm|list|annex|att|subsec)_?"
    r"(?P<num>[^_]+)$"
)
_EID_WORDS = {"art": "Article", "chp": "Chapter", "sec": "Section", "part": "Part"}


def read_akn(data: bytes, *, language: str = "", name: str = "This file") -> Document:
    """A Document from the bytes of an Akoma Ntoso XML file."""
    tally = Tally(name, elements=MAX_TREE_ELEMENTS)
    root = parse_xml(data, tally)
    if _local(root.tag) != "akomaNtoso":
        raise ImportProblem("This XML file is not Akoma Ntoso (its root is not <akomaNtoso>).")
    report = ImportReport()
    reader = _Reader(report)
    text_sample = " ".join(itertools.islice(root.itertext(), 2000))[:20000]
    language = language or _declared_language(root) or detect_language(text_sample)
    reader.language = language
    try:
        _read(reader, root)
    except RecursionError:  # MAX_DEPTH keeps the walk well inside Python's limit; in case not
        raise too_deep(tally.name) from None
    for _ in reader.blocks:
        tally.paragraph()
    if not reader.blocks:
        raise ImportProblem("This Akoma Ntoso file holds no text.")
    document = build_document(reader.blocks, language=language, report=report)
    title = next((e for e in root.iter() if _local(e.tag) in {"docTitle", "shortTitle"}), None)
    if title is not None and _text(title):
        document.title = without_controls(_text(title))
    return document


def _read(reader: _Reader, root: Element) -> None:
    documents = [child for child in root if _local(child.tag) not in {"meta", "components"}]
    for document in documents:
        if _local(document.tag) == "documentCollection":
            reader.collection(document)
        else:
            reader.document(document)
    # AKN 2.0 puts <components> beside the document; 3.0 puts it inside (read by document()).
    for components in root:
        if _local(components.tag) == "components":
            for component in components:
                reader.annex(component)


class _Reader:
    """Walks an Akoma Ntoso document in reading order, writing out blocks."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report
        self.blocks: list[Block] = []
        self.language = ""

    def document(self, document: Element) -> None:
        for part in document:
            name = _local(part.tag)
            if name == "preface" or name == "coverPage":
                self.plain(part)
            elif name == "preamble":
                self.preamble(part)
            elif name in {"body", "mainBody", "judgmentBody", "debateBody", "amendmentBody"}:
                self.children(part)
            elif name == "conclusions":
                self.plain(part)
            elif name in {"attachments", "annexes", "components"}:
                for attachment in part:
                    self.annex(attachment)
            elif name not in _SKIPPED:
                self.plain(part)

    def collection(self, collection: Element) -> None:
        """A documentCollection: the act or bill is the body; the other documents are annexes.

        An EU proposal bundles the explanatory memorandum, the act and the financial
        statement; the delegate negotiates the act, and reads the others beside it.
        """
        components: list[Element] = []
        for part in collection:
            name = _local(part.tag)
            if name == "preface":
                self.plain(part)
            elif name == "collectionBody":
                components.extend(c for c in part if _local(c.tag) not in _SKIPPED)
        inner = [(component, _component_document(component)) for component in components]
        main = next((c for c, doc in inner if doc is not None and _local(doc.tag) in _ACTS), None)
        if main is None:
            main = next((c for c, doc in inner if doc is not None), None)
        for component, document in inner:
            if document is None:
                self.report.drop("documents referred to but not in the file",
                                 text=_reference(component))  # fmt: skip
            elif component is main:
                self.document(document)
        number = 0
        for component, document in inner:
            if document is not None and component is not main:
                number += 1
                self.annex(component, str(number))

    def preamble(self, preamble: Element) -> None:
        texts = list(self.texts(preamble))
        if not texts:
            return
        first = recognise(texts[0].text)
        if first is None or first.kind not in {"preamble", "opener", "organ"}:
            word = PREAMBLE_HEADINGS.get(self.language, "Preamble")
            self.blocks.append(Block(word, "heading"))
        self.blocks.extend(texts)
        self.blocks.append(Block("", BODY_START))

    def annex(self, attachment: Element, number: str = "") -> None:
        """An attachment: its own label and title, then its body."""
        inner = attachment
        if _local(attachment.tag) in _ANNEX_DOCS:
            inner = next((c for c in attachment if _local(c.tag) not in _SKIPPED), attachment)
        preface = next((c for c in inner if _local(c.tag) == "preface"), None)
        texts = list(self.texts(preface)) if preface is not None else []
        first = recognise(texts[0].text) if texts else None
        if first is None or first.kind != "annex":
            number = _attachment_number(attachment) or number
            self.blocks.append(Block(f"Annex {number}".strip(), "heading"))
        for block in texts:
            self.blocks.append(Block(block.text, "heading", block.raw))
        for part in inner:
            if _local(part.tag) != "preface":
                self.document_part(part)

    def document_part(self, part: Element) -> None:
        name = _local(part.tag)
        if name == "preamble":
            self.preamble(part)
        elif name in {"body", "mainBody"}:
            self.children(part)
        elif name not in _SKIPPED:
            self.plain(part)

    def children(self, parent: Element, skip: frozenset[str] | set[str] = frozenset()) -> None:
        for child in parent:
            if _local(child.tag) in skip:
                continue
            if _is_wrapper(child, parent):
                # One unnumbered <paragraph> around an article's list: the list is the article's.
                self.numbered(child, wrapper=True)
            else:
                self.element(child)

    def element(self, element: Element) -> None:
        name = _local(element.tag)
        if name in _SKIPPED or name == "num":
            return
        if name == "hcontainer" and element.get("name", "").lower() == "crossheading":
            heading = _child(element, "heading")
            self.report.drop("cross-headings", text=_text(heading) if heading is not None else "")
            self.children_except_heading(element)
        elif name in _CONTAINERS and name not in _NUMBERED:
            self.container(element, _CONTAINERS[name])
        elif name in _NUMBERED or name == "hcontainer":
            self.numbered(element)
        elif name in {"heading", "subheading"}:
            self.add(_text(element), "heading")
        elif name in {"intro", "content", "wrapUp", "wrap"}:
            self.plain(element)
        elif name in {"crossHeading"}:
            self.report.drop("cross-headings", text=_text(element))
        else:
            self.plain(element)

    def container(self, element: Element, word: str) -> None:
        number = _num(element)
        if not number:
            number = _eid_number(element)
        heading = _child(element, "heading")
        if not number:
            # An unnumbered container (a schedule's one <article>): its heading is a heading,
            # not a label "Article" with nothing after it.
            if heading is not None:
                self.add(_text(heading), "heading")
            self.children(element, skip={"heading", "num"})
            return
        # A number that is a label of its own ("Article 5") stands alone; a bare one ("1", "1."
        # as by-laws number their sections) takes the container's word: "Section 1".
        marker = recognise(number)
        bare = marker is None or marker.kind in {"paragraph", "item"}
        label = f"{word} {number.rstrip('.')}".strip() if bare else number
        self.add(label, "heading")
        if heading is not None:
            self.add(_text(heading), LABEL_HEADING)
        self.children(element, skip={"heading", "num"})

    def numbered(self, element: Element, wrapper: bool = False) -> None:
        number = "" if wrapper else _item_label(_num(element) or _eid_label(element))
        texts: list[Block] = []
        rest: list[Element] = []
        for child in element:
            name = _local(child.tag)
            if name in {"num", *_SKIPPED}:
                continue
            if name == "heading" and not texts:
                texts.append(Block(_text(child), "heading"))
            elif not rest and name in {"intro", "content", "p", "listIntroduction"} | _TEXT:
                texts.extend(self.texts(child))
            else:
                rest.append(child)
        if number:
            if texts and texts[0].role != "heading":
                first = texts.pop(0)
                texts.insert(0, Block(f"{number} {first.text}", "", f"{number} {first.raw}"))
            else:
                texts.insert(0, Block(number))
        self.blocks.extend(texts)
        for child in rest:
            self.element(child)

    def children_except_heading(self, element: Element) -> None:
        for child in element:
            if _local(child.tag) not in {"heading", "num", "subheading"}:
                self.element(child)

    def plain(self, element: Element) -> None:
        self.blocks.extend(self.texts(element))

    def texts(self, element: Element) -> Iterator[Block]:
        """The text blocks under an element: one per <p>-like element, in order."""
        name = _local(element.tag)
        if name in _SKIPPED:
            if name == "authorialNote":
                self.report.drop("footnotes", text=_text(element))
            return
        num = _child(element, "num")
        if num is not None and name not in _NUMBERED and name not in _CONTAINERS:
            # <recital><num>(1)</num><p>...</p>: one numbered paragraph, not a number alone.
            number, blocks = _text(num), [b for c in element if c is not num for b in self.texts(c)]
            if blocks:
                first = blocks[0]
                blocks[0] = Block(f"{number} {first.text}", first.role, f"{number} {first.raw}")
            yield from blocks
            return
        has_blocks = any(
            _local(child.tag) in _TEXT | {"intro", "content", "wrapUp", "recitals", "heading"}
            or _local(child.tag) in _NUMBERED
            for child in element
        )
        if not has_blocks:
            text = _text(element, self.report)
            if text:
                yield Block(text)
            return
        for child in element:
            yield from self.texts(child)

    def add(self, text: str, role: str = "") -> None:
        if text:
            self.blocks.append(Block(text, role))


def _child(element: Element, name: str) -> Element | None:
    return next((child for child in element if _local(child.tag) == name), None)


def _num(element: Element) -> str:
    num = _child(element, "num")
    return _text(num) if num is not None else ""


def _text(element: Element, report: ImportReport | None = None) -> str:
    """The words of an element, footnotes and editorial notes left out."""
    parts: list[str] = []

    def walk(node: Element) -> None:
        if _local(node.tag) in _SKIPPED:
            if report is not None and _local(node.tag) == "authorialNote":
                report.drop("footnotes", text=_text(node))
            if node.tail:
                parts.append(node.tail)
            return
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
        if node.tail and node is not element:
            parts.append(node.tail)

    walk(element)
    return " ".join("".join(parts).split())


def _component_document(component: Element) -> Element | None:
    """The document a collection's component holds, or None when it only refers to one."""
    for child in component:
        name = _local(child.tag)
        if name in _SKIPPED or name == "documentRef":
            continue
        return child
    return None


def _reference(component: Element) -> str:
    ref = next((c for c in component.iter() if _local(c.tag) == "documentRef"), None)
    return (ref.get("href") or ref.get("showAs") or "") if ref is not None else ""


def _is_wrapper(child: Element, parent: Element) -> bool:
    """An unnumbered <paragraph>, the only one of its article: its words are the article's."""
    if _local(child.tag) != "paragraph" or _num(child) or _local(parent.tag) != "article":
        return False
    return sum(1 for c in parent if _local(c.tag) == "paragraph") == 1


def _item_label(number: str) -> str:
    """A bare number as a printed draft shows it: "1" -> "1.", "a" -> "(a)"; others as given."""
    number = number.strip()
    if not number:
        return ""
    if re.fullmatch(rf"\d{{1,3}}(?:\s*(?:{SUFFIX_WORDS}))?", number, re.I):
        return f"{number}."
    if re.fullmatch(r"[a-zа-яA-Z]{1,2}|[ivxlc]{1,6}", number):
        return f"({number.lower()})"
    return number


def _eid_number(element: Element) -> str:
    match = _EID_RE.search(element.get("eId") or element.get("id") or "")
    if not match:
        return ""
    word = _EID_WORDS.get(match.group("kind"), "")
    return f"{word} {match.group('num')}".strip()


def _eid_label(element: Element) -> str:
    match = _EID_RE.search(element.get("eId") or element.get("id") or "")
    if not match or match.group("kind") in {"list"}:
        return ""
    number = match.group("num")
    return number if re.fullmatch(r"\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6}", number) else ""


def _attachment_number(attachment: Element) -> str:
    """The number in an attachment's identifiers: eId "att_2", id "component-schedule1", or its
    document's name "schedule1" (Akoma Ntoso 2 and 3 both)."""
    inner = next((c for c in attachment if _local(c.tag) not in _SKIPPED), attachment)
    for name in (attachment.get("eId"), attachment.get("id"), inner.get("name")):
        match = _ATTACHMENT_NUMBER_RE.search(name or "")
        if match:
            return match.group(1)
    return ""


_ATTACHMENT_NUMBER_RE = re.compile(r"(?:annex|att|schedule)[-_]?([IVXLC]+|\d+|[A-Z])$", re.I)


def _declared_language(root: Element) -> str:
    for element in root.iter():
        if _local(element.tag) == "FRBRlanguage":
            code = element.get("language", "")
            return {"eng": "en", "rus": "ru", "fra": "fr", "spa": "es"}.get(code, code[:2])
    return ""


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""

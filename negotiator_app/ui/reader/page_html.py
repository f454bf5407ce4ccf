"""The reader's page as HTML (the subset QTextDocument understands); pure Python, no Qt."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from negotiator_app.core.outline import Outline
from negotiator_app.core.provision import CONTAINER_KINDS, Kind, Provision
from negotiator_app.core.text_marks import (
    bracket_spans,
    option_spans,
    reference_spans,
    term_spans,
)

LINK_SCHEME = "provision"
PREVIEW_CHARS = 320  # of a linked article's text, shown when the link is hovered
_DIVISIONS = (Kind.PART, Kind.CHAPTER, Kind.SECTION)  # previewed by what they hold


class ReaderColours(NamedTuple):
    """Colours the page uses; the reader picks them to suit a light or a dark palette."""

    text: str = "#1f2328"
    muted: str = "#5f6b7a"
    bracket_bg: str = "#fbefd5"
    bracket_fg: str = "#7a4b00"
    option: str = "#8a3c00"
    link: str = "#1f5fa8"
    hit_bg: str = "#ffe066"
    selected_bg: str = "#eaf1fb"


LIGHT = ReaderColours()
DARK = ReaderColours(
    text="#e6e6e6",
    muted="#9aa5b1",
    bracket_bg="#4a3b1c",
    bracket_fg="#ffd591",
    option="#ffb86b",
    link="#8ab4f8",
    hit_bg="#806600",
    selected_bg="#23344d",
)


def render_page(
    outline: Outline,
    key: str,
    *,
    selected: str = "",
    terms: Iterable[str] = (),
    colours: ReaderColours = LIGHT,
) -> str:
    """The page holding key (its article, or the chapter itself), with marks and links."""
    page = outline.get(key)
    if page is None:
        return ""
    writer = _Page(outline, outline.unit_of(key), selected, tuple(terms), colours)
    writer.provision(page, level=0)
    return "".join(writer.parts)


def render_own(
    outline: Outline,
    key: str,
    *,
    level: int,
    selected: str = "",
    terms: Iterable[str] = (),
    colours: ReaderColours = LIGHT,
) -> str:
    """One provision's own heading and text as the page shows them, without its children (the
    parallel view sets each in a row of its own)."""
    node = outline.get(key)
    if node is None:
        return ""
    writer = _Page(outline, outline.unit_of(key), selected, tuple(terms), colours)
    writer.own(node, level)
    return "".join(writer.parts)


def escape(text: str, quote: bool = True) -> str:
    """Text made safe inside HTML, as html.escape does.

    Written out here because the html module loads its table of 2,000 named characters on
    import, a few milliseconds the window's first paint would wait for.
    """
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if quote:
        text = text.replace('"', "&quot;").replace("'", "&#x27;")
    return text


def preview_html(outline: Outline, key: str, limit: int = PREVIEW_CHARS) -> str:
    """What hovering a link shows: the provision's title, heading and the start of its text."""
    provision = outline.get(key)
    if provision is None:
        return ""
    title = escape(outline.title(key))
    language = outline.language
    heading = provision.heading if provision.heading != provision.label(language) else ""
    if provision.kind in _DIVISIONS and provision.children:  # a chapter: what is in it
        words = "; ".join(_child_line(child, language) for child in provision.children)
    else:
        words = " ".join(" ".join(p.text.split()) for p in provision.walk() if p.text)
    if len(words) > limit:
        words = words[:limit].rsplit(" ", 1)[0] + " …"
    parts = [f"<p><b>{title}</b>" + (f" — {escape(heading)}" if heading else "") + "</p>"]
    if words:
        parts.append(f"<p style='margin-top:6px'>{escape(words)}</p>")
    return "".join(parts)


def _child_line(child: Provision, language: str) -> str:
    """ "Статья 6 Сфера применения": a chapter's article in a link preview."""
    label = child.label(language)
    return " ".join(filter(None, (label, child.heading if child.heading != label else "")))


def link_target(url: str) -> str | None:
    """The provision key of a reader link, or None for any other URL."""
    scheme, _, rest = url.partition(":")
    return rest if scheme == LINK_SCHEME and rest else None


class _Page:
    def __init__(
        self,
        outline: Outline,
        unit: str,
        selected: str,
        terms: tuple[str, ...],
        colours: ReaderColours,
    ) -> None:
        self.outline = outline
        self.unit = unit
        self.selected = selected
        self.terms = terms
        self.c = colours
        self.parts: list[str] = []

    def provision(self, node: Provision, level: int) -> None:
        self.own(node, level)
        for child in node.children:
            self.provision(child, level + 1)

    def own(self, node: Provision, level: int) -> None:
        """The provision's own heading and text, without its children."""
        kind = node.kind
        if kind in CONTAINER_KINDS or kind == Kind.ARTICLE:
            self.heading(node, level)
            if node.text:
                self.block(node, node.text, indent=0, number="")
            return
        indent = {Kind.PARAGRAPH: 0, Kind.SUBPARAGRAPH: 1}.get(kind, 0)
        indent += sum(
            1
            for a in self.outline.ancestors(node.key)
            if self.outline.get(a).kind == Kind.SUBPARAGRAPH
        )
        number = {
            Kind.PARAGRAPH: f"{node.number}." if node.number else "",
            Kind.SUBPARAGRAPH: f"({node.number})" if node.number else "",
        }.get(kind, "")
        self.block(node, node.text or node.heading, indent=indent, number=number)

    def heading(self, node: Provision, level: int) -> None:
        label = escape(node.label(self.outline.language))
        heading = escape(node.heading)
        big = 150 if level == 0 else 125
        top = 0 if not self.parts else 22
        anchor = f'<a name="{escape(node.key)}"></a>'
        background = self._selected_style(node.key)
        if label and node.kind != Kind.PREAMBLE:
            self.parts.append(
                f'<p style="margin-top:{top}px; margin-bottom:2px; color:{self.c.muted};'
                f' font-size:90%; letter-spacing:1px;{background}">{anchor}'
                f"{label.upper()}</p>"
            )
            anchor = ""
        title = heading or label
        if title:
            self.parts.append(
                f'<p style="margin-top:{0 if anchor == "" else top}px; margin-bottom:10px;'
                f' font-size:{big}%; font-weight:600;{background}">{anchor}{title}</p>'
            )

    def block(self, node: Provision, text: str, indent: int, number: str) -> None:
        margin = 2.2 * (indent + (1 if number else 0))
        hang = " text-indent:-2.2em;" if number else ""
        # "paragraph 2 of this article" means the article the words are in, on a chapter's
        # page as on the article's own.
        body = self.marked(
            text,
            preamble=node.kind == Kind.PREAMBLE_PARAGRAPH,
            unit=self.outline.unit_of(node.key),
        )
        label = (
            f'<span style="color:{self.c.muted};">{escape(number)}</span>'
            + "&nbsp;" * max(1, 5 - len(number))
            if number
            else ""
        )
        self.parts.append(
            f'<p style="margin-left:{margin:.1f}em;{hang} margin-top:0; margin-bottom:9px;'
            f' line-height:145%;{self._selected_style(node.key)}">'
            f'<a name="{escape(node.key)}"></a>{label}{body}</p>'
        )

    def marked(self, text: str, preamble: bool = False, unit: str = "") -> str:
        """Text with brackets, options, references and hits styled; everything else escaped."""
        brackets = bracket_spans(text)
        options = option_spans(text)
        refs = reference_spans(text, self.outline, unit or self.unit)
        hits = term_spans(text, self.terms)
        # Preamble paragraphs open with a participle set in italics, as UN documents print them.
        lead = (0, len(text.split(" ", 1)[0])) if preamble and text else None
        cuts = {0, len(text)}
        for start, end, *_ in [*brackets, *options, *refs, *hits, *([lead] if lead else [])]:
            cuts.update((start, end))
        ordered = sorted(cuts)
        out = []
        for start, end in zip(ordered, ordered[1:], strict=False):
            piece = escape(text[start:end], quote=False)
            depth = sum(1 for s, e, _ in brackets if s <= start and end <= e)
            styles = []
            if depth:
                styles.append(f"background-color:{self.c.bracket_bg}; color:{self.c.bracket_fg}")
            if any(s <= start and end <= e for s, e in options):
                styles.append(f"font-weight:600; color:{self.c.option}")
            if any(s <= start and end <= e for s, e in hits):
                styles.append(f"background-color:{self.c.hit_bg}")
            if lead and lead[0] <= start and end <= lead[1]:
                styles.append("font-style:italic")
            if styles:
                piece = f'<span style="{"; ".join(styles)}">{piece}</span>'
            target = next((k for s, e, k in refs if s <= start and end <= e), None)
            if target:
                piece = (
                    f'<a href="{LINK_SCHEME}:{escape(target)}"'
                    f' style="color:{self.c.link};">{piece}</a>'
                )
            out.append(piece)
        return "".join(out)

    def _selected_style(self, key: str) -> str:
        if self.selected and key == self.selected and self.selected != self.unit:
            return f" background-color:{self.c.selected_bg};"
        return ""

"""The import report's summary in the interface's language: what was found, what was left out.

core/provision.py ImportReport.summary_lines says the same in English for the command line; the
workbench builds its lines from the report's counts and reasons, so that a Russian-, French- or
Spanish-speaking delegate reads "Найдено: 107 статей" rather than "Found 107 articles". The
importers' warnings are sentences of their own, shown as they were written.
"""

from __future__ import annotations

from collections.abc import Callable

from negotiator_app.core.provision import ImportReport
from negotiator_app.ui.i18n import translator

tr = translator("ImportReport")

# How each kind the report counts (ImportReport.found) is said.
_FOUND: dict[str, Callable[[int], str]] = {
    "instrument": lambda n: tr("%n instruments", n),
    "part": lambda n: tr("%n parts", n),
    "chapter": lambda n: tr("%n chapters", n),
    "section": lambda n: tr("%n sections", n),
    "title": lambda n: tr("%n titles", n),
    "article": lambda n: tr("%n articles", n),
    "operative paragraph": lambda n: tr("%n operative paragraphs", n),
    "paragraph": lambda n: tr("%n paragraphs", n),
    "subparagraph": lambda n: tr("%n subparagraphs", n),
    "annex": lambda n: tr("%n annexes", n),
    "preamble paragraph": lambda n: tr("%n preamble paragraphs", n),
}
# Why lines were left out (the importers' reasons), as the delegate reads them.
_REASONS = {
    "contents lines": tr.mark("contents lines"),
    "front matter lines": tr.mark("front matter lines"),
    "cross-headings": tr.mark("cross-headings"),
    "footnotes": tr.mark("footnotes"),
    "footnote references": tr.mark("footnote references"),
    "rule lines": tr.mark("rule lines"),
    "comments": tr.mark("comments"),
    "lines between instruments": tr.mark("lines between instruments"),
    "page numbers": tr.mark("page numbers"),
    "running headers and footers": tr.mark("running headers and footers"),
    "preamble formulas": tr.mark("preamble formulas"),
    "endnotes": tr.mark("endnotes"),
    "lines after the end of the text": tr.mark("lines after the end of the text"),
    "web page footer lines": tr.mark("web page footer lines"),
    "navigation, page header and footer lines": tr.mark("navigation, page header and footer lines"),
    "documents referred to but not in the file": tr.mark(
        "documents referred to but not in the file"
    ),
    "characters that cannot be decoded": tr.mark("characters that cannot be decoded"),
}


def report_summary(report: ImportReport) -> list[str]:
    """ "Found 107 articles, 340 paragraphs, 32 preamble paragraphs.", "Left out: …", warnings."""
    counts = report.counts
    found = [_FOUND[kind](n) for kind, n in report.found()]
    if counts.get("instrument", 1) > 1:
        found.insert(0, _FOUND["instrument"](counts["instrument"]))
    if counts.get("preamble paragraph", 0):
        found.append(_FOUND["preamble paragraph"](counts["preamble paragraph"]))
    lines = [tr("Found {found}.").format(found=", ".join(found))]
    if report.dropped:
        left_out = ", ".join(
            tr("{reason}: {count}").format(reason=reason_words(reason), count=count)
            for reason, count in sorted(report.dropped.items())
        )
        lines.append(tr("Left out: {lines}.").format(lines=left_out))
    lines.extend(tr("Warning: {warning}").format(warning=warning) for warning in report.warnings)
    return lines


def reason_words(reason: str) -> str:
    """Why a line was left out, in the interface's language (an unknown reason as it is)."""
    return tr.marked(_REASONS[reason]) if reason in _REASONS else reason

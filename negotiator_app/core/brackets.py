"""Brackets and options as data: what a draft still disputes, and what a revision settled.

A negotiating text marks what is not agreed with [square brackets] ("[adopt][consider
adopting]"), offers alternatives ("[Option 1: ...] [Option 2: ...]", "Alt. B:", "Option A"
on a line of its own), and carries status words ("[agreed ad ref]", "(tentatively agreed)").
The reader marks them, the tree and the overview count them, and the comparison of two
revisions says which brackets went, stayed or came, and which option survived. This module is
the one place that reads them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from negotiator_app.core.likeness import WordMatcher, words
from negotiator_app.core.outline import Outline
from negotiator_app.core.provision import Provision

_BRACKET_CHAR = re.compile(r"[\[\]]")
# "Option 1:", "Option A", "Alt. B:", "Alternative 2", "Вариант 1:". The word alone is too
# common ("the option to refuse") to count: it needs a colon or its own number or letter.
_OPTION_RE = re.compile(
    r"(?P<word>(?i:option|alternative|alt\.?|variant|вариант|альтернатива))"
    r"(?:[\s\u00a0]*(?P<id>\d{1,2}|[A-ZА-Я](?![\w]))(?:[\s\u00a0]*(?:bis|ter))?)?"
    r"[\s\u00a0]*(?P<colon>[:.\u2013\u2014-])?"
)
# What a text says of its own standing, often in a bracket or a footnote of its own.
_STATUS_RE = re.compile(
    r"\b(?:agreed[\s\u00a0]+ad[\s\u00a0]+ref(?:erendum)?\.?|ad[\s\u00a0]+ref\.?"
    r"|(?:tentatively|provisionally|informally)[\s\u00a0]+agreed|agreed[\s\u00a0]+in[\s\u00a0]+"
    r"(?:informals|principle|informal consultations)|agreed|pending|under[\s\u00a0]+discussion"
    r"|согласовано(?:[\s\u00a0]+ad[\s\u00a0]+ref\.?)?|предварительно[\s\u00a0]+согласовано)",
    re.I,
)
_MARKED_RE = re.compile(r"[\[(]([^\[\]()]{1,60})[\])]")
_FOOTNOTE_LINE_RE = re.compile(r"^[\s\d*†]*([^\n]{1,60})$", re.M)
_TOMBSTONE_LENGTH = 40
_TOMBSTONES = frozenset(
    {
        "deleted", "repealed", "reserved", "omitted", "abrogato", "abrogata", "abrogé",
        "abrogée", "supprimé", "supprimée", "derogado", "suprimido", "исключена", "исключен",
        "утратила силу", "утратил силу", "удалена",
    }
)  # fmt: skip
# A bracket whose words are found again (>= this share, in order) counts as the same bracket
# edited, and an option whose words are this much of the new text is the one that survived.
SAME_BRACKET = 0.75
OPTION_SURVIVED = 0.6


@dataclass(frozen=True)
class Bracket:
    """One outermost [bracketed] passage: where it is and its words (without the brackets)."""

    start: int
    end: int
    text: str

    @property
    def is_status(self) -> bool:
        """True for a status mark such as "[agreed ad ref]": not a disputed passage."""
        return is_status(self.text)


@dataclass(frozen=True)
class Option:
    """One alternative wording: its label ("Option 2") and its words."""

    label: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Brackets:
    """What a provision's text still disputes: brackets, options and status words."""

    brackets: list[Bracket] = field(default_factory=list)  # outermost, status marks excluded
    options: list[Option] = field(default_factory=list)
    status: list[str] = field(default_factory=list)  # "agreed ad ref", lower case

    @property
    def open(self) -> int:
        return len(self.brackets)


@dataclass(frozen=True)
class BracketChange:
    """What a revision did to one provision's brackets and options."""

    removed: int = 0  # gone from the new text: accepted (words kept) or dropped with them
    added: int = 0
    kept: int = 0
    accepted: int = 0  # of the removed: the words stayed, without their brackets
    options_before: tuple[str, ...] = ()
    options_after: tuple[str, ...] = ()
    option_chosen: str | None = None  # the old option whose words the new text took
    status_before: tuple[str, ...] = ()
    status_after: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        """True when the revision removed brackets or settled on one of the options."""
        return bool(self.removed or self.option_chosen)

    def to_dict(self) -> dict:
        """The counts `negotiator compare --json` prints."""
        return {"removed": self.removed, "added": self.added, "kept": self.kept}

    def describe(self) -> str:
        """ "2 brackets removed, 1 kept; Option 2 chosen", or "" when nothing changed."""
        parts = []
        if self.removed:
            parts.append(f"{self.removed} bracket{'s' if self.removed != 1 else ''} removed")
        if self.added:
            parts.append(f"{self.added} added")
        if self.kept and (self.removed or self.added):
            parts.append(f"{self.kept} kept")
        text = ", ".join(parts)
        if self.option_chosen:
            text = (
                f"{text}; {self.option_chosen} chosen" if text else f"{self.option_chosen} chosen"
            )
        return text


@dataclass(frozen=True)
class ChapterBrackets:
    """Open brackets in one chapter (preamble, annex) of a version."""

    key: str
    label: str
    heading: str
    open: int


def bracket_spans(text: str) -> list[tuple[int, int, int]]:
    """Every [bracketed] span as (start, end, depth); an unclosed bracket runs to the end."""
    spans: list[tuple[int, int, int]] = []
    stack: list[int] = []
    for index, char in enumerate(text):
        if char == "[":
            stack.append(index)
        elif char == "]" and stack:
            start = stack.pop()
            spans.append((start, index + 1, len(stack)))
    spans.extend((start, len(text), depth) for depth, start in enumerate(stack))
    return sorted(spans)


def open_brackets(text: str) -> int:
    """How many outermost [bracketed] passages a text still disputes (status marks aside)."""
    if "[" not in text:
        return 0
    depth = count = 0
    start = 0
    for match in _BRACKET_CHAR.finditer(text):
        if match.group() == "[":
            if depth == 0:
                start = match.end()
                count += 1
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0 and is_status(text[start : match.start()]):
                count -= 1
    return count


def option_spans(text: str) -> list[tuple[int, int]]:
    """Where the option labels are ("Option 1:" after a bracket or at the start of a line)."""
    return [(start, end) for start, end, _ in _option_labels(text)]


def brackets_in(text: str) -> Brackets:
    """The brackets, options and status words of one text."""
    if not text:
        return Brackets()
    found: list[Bracket] = []
    for start, end, depth in bracket_spans(text):
        if depth:
            continue
        inner_end = end - 1 if end <= len(text) and text[end - 1 : end] == "]" else end
        bracket = Bracket(start, end, text[start + 1 : inner_end])
        if not bracket.is_status:
            found.append(bracket)
    return Brackets(found, options_in(text), status_words(text))


def options_in(text: str) -> list[Option]:
    """Each alternative with its words: to the end of its bracket, else to the next option."""
    labels = _option_labels(text)
    if not labels:
        return []
    ends = {start: end for start, end, depth in bracket_spans(text) if depth == 0}
    options = []
    for index, (start, end, label) in enumerate(labels):
        bracket = next((s for s in ends if s < start < ends[s]), None)
        if bracket is not None:
            stop = ends[bracket] - (1 if text[ends[bracket] - 1 : ends[bracket]] == "]" else 0)
        else:
            stop = labels[index + 1][0] if index + 1 < len(labels) else len(text)
        options.append(Option(label, start, stop, text[end:stop].strip()))
    return options


def status_words(text: str) -> list[str]:
    """Status words the text carries in brackets, parentheses or a footnote line of their own."""
    found: list[str] = []
    marked = [m.group(1) for m in _MARKED_RE.finditer(text)]
    lines = [m.group(1) for m in _FOOTNOTE_LINE_RE.finditer(text)]
    for inner in marked + lines:
        inner = inner.strip(" .")
        if inner and is_status(inner):
            word = " ".join(inner.lower().split())
            if word not in found:
                found.append(word)
    return found


def is_tombstone(text: str) -> bool:
    """True for the text a deleted provision leaves in its place ("[Deleted]", "Repealed",
    "Abrogato", "Утратила силу"): the number stays, the provision is gone."""
    if len(text) > _TOMBSTONE_LENGTH:
        return False
    return " ".join(words(text)) in _TOMBSTONES


def is_status(text: str) -> bool:
    """True when the words are a status mark and nothing else ("agreed ad ref.")."""
    words = " ".join(text.strip(" .;,").split())
    match = _STATUS_RE.fullmatch(words)
    return match is not None


def compare_brackets(old_text: str, new_text: str) -> BracketChange:
    """Which brackets a revision removed, kept and added, and which option survived."""
    if "[" not in old_text and "[" not in new_text and not _maybe_options(old_text):
        return BracketChange()
    if old_text == new_text:  # every bracket kept, no option chosen
        same = brackets_in(old_text)
        labels = tuple(o.label for o in same.options)
        status = tuple(same.status)
        return BracketChange(
            kept=same.open,
            options_before=labels,
            options_after=labels,
            status_before=status,
            status_after=status,
        )
    before, after = brackets_in(old_text), brackets_in(new_text)
    unmatched = list(after.brackets)
    kept = accepted = 0
    new_words = _words(new_text)
    for bracket in before.brackets:
        partner = _same_bracket(bracket, unmatched)
        if partner is not None:
            unmatched.remove(partner)
            kept += 1
        elif _contained(_words(bracket.text), new_words) >= SAME_BRACKET:
            accepted += 1
    removed = len(before.brackets) - kept
    return BracketChange(
        removed=removed,
        added=len(unmatched),
        kept=kept,
        accepted=accepted,
        options_before=tuple(o.label for o in before.options),
        options_after=tuple(o.label for o in after.options),
        option_chosen=_chosen(before.options, after.options, new_text),
        status_before=tuple(before.status),
        status_after=tuple(after.status),
    )


def chapter_brackets(roots: list[Provision]) -> list[ChapterBrackets]:
    """Open brackets per chapter (preamble, annex; the overview's groups), in order."""
    outline = Outline(roots)
    rows = []
    for key in outline.groups():
        node = outline.get(key)
        if node is None:
            continue
        label = node.label() or node.heading or key
        heading = node.heading if node.heading != label else ""
        count = sum(open_brackets(p.text) for p in node.walk())
        rows.append(ChapterBrackets(key, label, heading, count))
    return rows


# -- helpers ----------------------------------------------------------------------------


def _option_labels(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of each option label that opens a bracket or a line."""
    if not _maybe_options(text):
        return []
    starts = {s + 1 for s, _e, _d in bracket_spans(text)}
    starts.add(0)
    starts.update(m.end() for m in re.finditer(r"\n", text))
    found = []
    for start in sorted(starts):
        while start < len(text) and text[start] in " \t\u00a0":
            start += 1
        match = _OPTION_RE.match(text, start)
        if not match or not (match.group("id") or match.group("colon") == ":"):
            continue
        word = match.group("word").rstrip(".")
        word = {"alt": "Alt."}.get(word.lower(), word[:1].upper() + word[1:].lower())
        label = f"{word} {match.group('id')}" if match.group("id") else word
        found.append((match.start(), match.end(), label))
    return found


def _maybe_options(text: str) -> bool:
    lowered = text.lower()
    return any(w in lowered for w in ("option", "alt", "variant", "вариант", "альтернатив"))


def _words(text: str) -> tuple[str, ...]:
    return words(text)


def _contained(part: tuple[str, ...], whole: tuple[str, ...]) -> float:
    """The share of part's words found in whole, in order."""
    if not part:
        return 0.0
    return WordMatcher(whole).common_words(part) / len(part)


def _same_bracket(bracket: Bracket, candidates: list[Bracket]) -> Bracket | None:
    bracket_words = _words(bracket.text)
    for candidate in candidates:
        if _words(candidate.text) == bracket_words:
            return candidate
    best, best_ratio = None, SAME_BRACKET
    matcher = WordMatcher(bracket_words)
    for candidate in candidates:
        ratio = matcher.similarity(_words(candidate.text))
        if ratio >= best_ratio:
            best, best_ratio = candidate, ratio
    return best


def _chosen(before: list[Option], after: list[Option], new_text: str) -> str | None:
    """The old option the new text kept, when it no longer offers the same choice."""
    if len(before) < 2 or len(after) >= len(before):
        return None
    new_words = _words(new_text)
    scores = sorted(
        ((_contained(_words(o.text), new_words), o.label) for o in before), reverse=True
    )
    best, label = scores[0]
    if best >= OPTION_SURVIVED and best - scores[1][0] >= 0.1:
        return label
    return None

"""The fixed words of the memo, the Markdown and CSV exports and the table of changes, in the
memo's language: English, Russian, French and Spanish.

Pure Python (export/ imports no Qt): one frozen MemoWords per language, in en.py, ru.py, fr.py
and es.py; every language must give every field (a missing one is a TypeError at import, and
mypy names it). Phrases are str.format templates with named fields; a phrase that depends on a
count is a tuple of plural forms, chosen by plural_form() (Russian has three).

Structure labels ("Статья 3, пункт 2") follow the document's language, not the memo's: they
come from core/labels.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from negotiator_app.core.language import language_code

MEMO_LANGUAGES = ("en", "ru", "fr", "es")
Plural = tuple[str, ...]  # one form per plural category of the language, in plural_form order


@dataclass(frozen=True)
class MemoWords:
    """Every fixed word a memo (and its Markdown, CSV and table of changes) prints."""

    language: str
    # -- the cover ---------------------------------------------------------------------------
    memo_title: str  # "Position memo"
    keywords: str  # the file's keywords property
    cover_negotiation: str
    cover_session: str
    cover_delegation: str
    cover_draft: str
    cover_date: str
    cover_author: str
    cover_marking: str
    introduction: Plural  # {count} provisions, {label} of the version
    markings: dict[str, str]  # the presets of export/cover.py MARKINGS, as this language writes
    # -- sections and tables -----------------------------------------------------------------
    summary_heading: str
    by_provision_heading: str
    review_heading: str  # {revision}
    column_provision: str
    column_stance: str
    column_priority: str
    column_red_line: str
    column_delegation: str
    column_remark: str
    column_what_changed: str
    column_position: str
    # -- a provision -------------------------------------------------------------------------
    no_position_yet: str
    no_position: str
    current_text: str
    on_the_words: str  # {quote}
    position: str
    priority: str
    red_line: str
    tags: str
    rationale: str
    talking_points: str
    instructions: str
    other_delegations: str
    proposed_wording: str
    proposed_in: str  # {language}: "Proposed wording (English)"
    yes: str
    no: str
    stances: dict[str, str]  # storage.notes.STANCES -> how the memo writes them
    priorities: dict[str, str]  # storage.notes.PRIORITIES -> ...
    language_names: dict[str, str]  # "en" -> "English" (in parentheses after "Proposed wording")
    # -- the review list of a revision (storage/carry.py marks and details) -----------------
    earlier_revision: str  # {label} (of the earlier revision)
    carry_marks: dict[str, str]  # CarryMark value -> the review list's words
    renumbered_from: str  # {where}
    moved_from: str  # {where}
    moved_from_another_article: str
    moved_to_another_chapter: str
    renumbered_and_moved: str  # {detail} (moved to another chapter)
    no_such_provision: str
    paragraph_word: str  # "paragraph" in "renumbered from paragraph 3"
    # -- agreed language ---------------------------------------------------------------------
    agreed: str  # {citation}
    agreed_where: str  # {where}, {citation}
    word_for_word: str  # {head}
    with_changes: str  # {head}, {changes}
    adapted: Plural  # {head}, {count} words changed
    replaced: str  # {old} → {new}
    left_out: str  # {old}
    added: str  # {new}
    more_agreed: Plural  # {count} more paragraphs
    citation_words: dict[str, str]  # "art." -> "ст.": the words of a stored citation
    # -- page furniture, dates ---------------------------------------------------------------
    page_of: str  # "Page {page} of {pages}"
    months: tuple[str, ...]  # as a date writes them ("30 ноября")
    date_pattern: str  # {day} {month} {year}
    first_day: str  # how the first of a month is written ("1er" in French)
    # -- Markdown and CSV --------------------------------------------------------------------
    redline_key: str  # "(~~deleted~~, **inserted**)"
    csv_columns: dict[str, str]  # column key -> heading
    # -- the table of changes ----------------------------------------------------------------
    changes_title: str  # {old} {new}
    changes_subject: str  # {draft} {old}
    changes_introduction: str  # {old} {old_label} {new} {new_label} {counts}
    change_count: str  # {count} {change}
    changes: dict[str, str]  # core.comparison.Change value -> words
    new_column: str  # {new}
    comment_column: str
    changes_marked: str  # the Markdown line before a redline
    column_change: str
    column_brackets: str
    column_comment: str
    comment: str
    no_stance: str
    red_line_inline: str  # "red line" inside a comment
    new_mark: str  # "(new)"
    title_deleted: str  # {title} (deleted)
    title_new: str  # {title} (new)
    title_was: str  # {after} (was {before})
    brackets_removed: Plural  # {count}
    brackets_added: str  # {count}
    brackets_kept: str  # {count}
    option_chosen: str  # {option}

    # -- using them --------------------------------------------------------------------------

    def count(self, forms: Plural, count: int, **fields: object) -> str:
        """The plural form of a phrase for count, filled in."""
        return forms[plural_form(self.language, count)].format(count=count, **fields)

    def stance(self, stance: str) -> str:
        return self.stances.get(stance, stance)

    def priority_name(self, priority: str) -> str:
        return self.priorities.get(priority, priority)

    def language_name(self, code: str) -> str:
        primary = language_code(code)
        return self.language_names.get(primary, code.strip() or self.language_names[""])

    def marking(self, marking: str) -> str:
        """A preset marking in this language ("RESTRICTED" -> "ДЛЯ СЛУЖЕБНОГО ПОЛЬЗОВАНИЯ");
        whatever else the delegate typed, as typed."""
        return self.markings.get(marking.strip().upper(), marking)

    def date(self, day: date) -> str:
        """ "3 March 2026", "30 ноября 2026 г.", "1er décembre 2026", "30 de noviembre de 2026"."""
        shown = self.first_day if day.day == 1 else str(day.day)
        return self.date_pattern.format(day=shown, month=self.months[day.month - 1], year=day.year)

    def citation(self, text: str) -> str:
        """A stored citation ("UNCAC, art. 46, para. 9 (b)") in this language's abbreviations;
        the instrument's short name, before the first comma, is left as the delegate gave it."""
        if not self.citation_words:
            return text
        return _CITATION_WORD_RE.sub(lambda m: self.citation_words.get(m[0], m[0]), text)

    def brackets(self, removed: int, added: int, kept: int, option: str | None) -> str:
        """ "2 brackets removed, 1 added, 1 kept; Option 2 chosen" (core.brackets.BracketChange
        .describe, in this language), or "" when nothing changed."""
        parts = []
        if removed:
            parts.append(self.count(self.brackets_removed, removed))
        if added:
            parts.append(self.brackets_added.format(count=added))
        if kept and (removed or added):
            parts.append(self.brackets_kept.format(count=kept))
        text = ", ".join(parts)
        if option:
            chosen = self.option_chosen.format(option=option)
            text = f"{text}; {chosen}" if text else chosen
        return text

    def change(self, change: str) -> str:
        return self.changes.get(change, change)

    def review_message(self, mark: str, detail: str, document_language: str = "en") -> str:
        """What the review list says of a carried position, in this language (the detail is
        stored in English by storage/carry.py, in the few shapes it writes; the label in it is
        given in the document's language)."""
        text = self.carry_marks.get(mark, mark)
        detail = self.carry_detail(detail, document_language)
        return f"{text}; {detail}" if detail else text

    def carry_detail(self, detail: str, document_language: str = "en") -> str:
        if self.language == "en" and document_language[:2] in ("", "en") or not detail:
            return detail
        moved = detail.endswith(" (moved to another chapter)")
        core = detail.removesuffix(" (moved to another chapter)")
        fixed = {
            "moved to another chapter": self.moved_to_another_chapter,
            "moved from another article": self.moved_from_another_article,
            "the compared text has no such provision": self.no_such_provision,
        }
        if core in fixed:
            words = fixed[core]
        elif match := re.fullmatch(r"(renumbered|moved) from (.+)", core):
            where = self._where(match[2], document_language)
            pattern = self.renumbered_from if match[1] == "renumbered" else self.moved_from
            words = pattern.format(where=where)
        else:
            return detail  # a shape this table does not know: as stored, rather than lost
        return self.renumbered_and_moved.format(detail=words) if moved else words

    def _where(self, label: str, document_language: str) -> str:
        from negotiator_app.core.numbering import recognise
        from negotiator_app.core.provision import provision_label

        if match := re.fullmatch(r"paragraph (\S+)", label):
            return f"{self.paragraph_word} {match[1]}"
        marker = recognise(label)
        if marker is not None and marker.kind in {"article", "chapter", "part", "section", "annex"}:
            return provision_label(marker.kind, marker.number, document_language)
        return label


# After a comma (the short name of the instrument comes first): the words our citations use.
_CITATION_WORD_RE = re.compile(
    r"(?<=, )(?:art\.|article|annex|preamble|para\.|final clause)(?=[ ,]|$)"
)


def plural_form(language: str, count: int) -> int:
    """Which plural form a count takes: Russian one/few/many, French 0 and 1 singular."""
    if language == "ru":
        if count % 10 == 1 and count % 100 != 11:
            return 0
        if 2 <= count % 10 <= 4 and not 12 <= count % 100 <= 14:
            return 1
        return 2
    if language == "fr":
        return 0 if count in (0, 1) else 1
    return 0 if count == 1 else 1


def memo_language(code: str | None) -> str:
    """The memo language for a chosen or version language: "ru-RU" -> "ru"; English for a
    language the memo is not written in."""
    primary = language_code(code or "")
    return primary if primary in MEMO_LANGUAGES else "en"


def memo_words(language: str | None) -> MemoWords:
    """The words of a memo in language (a code; English when the memo has no such language)."""
    from negotiator_app.export.memo_words import en, es, fr, ru

    tables = {"en": en.WORDS, "ru": ru.WORDS, "fr": fr.WORDS, "es": es.WORDS}
    return tables[memo_language(language)]

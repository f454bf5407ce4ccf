"""The synoptic table negotiators circulate: old text | new text with the changes marked |
the delegation's comment, one row per changed provision, on landscape pages.

The same template, named styles and marking as the position memo (export/template.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from negotiator_app.core.comparison import TEXT_CHANGES, Change, Comparison, Pair
from negotiator_app.core.provision import Provision
from negotiator_app.core.redline import DELETE, EQUAL, INSERT, Segment
from negotiator_app.export import note_text, word_xml
from negotiator_app.export.cover import Cover, draft_line
from negotiator_app.export.memo_words import MemoWords, memo_language, memo_words
from negotiator_app.export.output_file import (
    Cancelled,
    ExportCancelled,
    ExportResult,
    Progress,
    save_atomically,
)
from negotiator_app.export.page import add_page_furniture, set_properties
from negotiator_app.export.selection import reference
from negotiator_app.export.template import open_template
from negotiator_app.storage.library import Library, VersionInfo
from negotiator_app.storage.notes import Note, list_notes
from negotiator_app.storage.revisions import compare_versions

# Relative widths of the three columns (scaled to the page's text width).
COLUMNS = (9.0, 11.0, 6.5)


@dataclass
class ChangeRow:
    """One changed provision, with the delegation's notes on it (and on what is inside it)."""

    pair: Pair
    title: str  # "Article 12, paragraph 3 (was Article 11, paragraph 3)"
    notes: list[tuple[str, Note]] = field(default_factory=list)  # (where inside, the note)


@dataclass
class ChangesContent:
    """What a table of changes shows: two versions, their comparison, the changed rows."""

    old: VersionInfo
    new: VersionInfo
    comparison: Comparison
    rows: list[ChangeRow]
    level: str = "all"
    library_folder: Path | None = None  # never written into: see output_file.save_atomically
    language: str = "en"  # the table's fixed words; labels follow the versions' own

    @property
    def words(self) -> MemoWords:
        return memo_words(self.language)


def select_changes(
    library: Library,
    old: VersionInfo,
    new: VersionInfo,
    level: str = "all",
    language: str | None = None,
) -> ChangesContent:
    """The changed provisions of new against old, with the notes of the newer revision (of the
    older one, for a provision the revision deleted).

    level "article": one row per changed article, its whole text; "all": one row per smallest
    changed provision (the paragraph reworded, the article added), so a one-word change in a
    long article is one short row. The table's words are in language (en, ru, fr, es; by default
    the new version's).
    """
    words = memo_words(memo_language(language or new.language))
    comparison = compare_versions(library, old, new)
    old_tree = _Tree(library.tree(old.id), old.language)
    new_tree = _Tree(library.tree(new.id), new.language)
    new_notes = _by_key(list_notes(library, version_id=new.id))
    old_notes = (
        _by_key(list_notes(library, version_id=old.id))
        if old.revision_id != new.revision_id
        else new_notes
    )
    pairs = comparison.select("article") if level == "article" else _smallest(comparison)
    rows = []
    for pair in pairs:
        if pair.change not in TEXT_CHANGES:
            continue
        if pair.new is not None and pair.change != Change.DELETED:
            notes = _notes_within(new_notes, pair.new.key)
        else:
            notes = _notes_within(old_notes, pair.old_key or "")
        rows.append(ChangeRow(pair, _title(pair, old_tree, new_tree, words), notes))
    return ChangesContent(old, new, comparison, rows, level, library.folder, words.language)


def write_changes(
    content: ChangesContent,
    path: Path | str,
    cover: Cover,
    *,
    template: Path | str | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ExportResult:
    """Write the table of changes as Word (all of it or nothing)."""
    opened = open_template(template)
    document = opened.document
    words = content.words
    cover = cover.in_language(words)
    for section in document.sections:
        if section.orientation != WD_ORIENT.LANDSCAPE:
            section.orientation = WD_ORIENT.LANDSCAPE
            section.page_width, section.page_height = section.page_height, section.page_width
    ids = _style_ids(opened.styles)
    body = document.element.body
    end = body.find(qn("w:sectPr"))

    def add(element) -> None:
        if end is not None:
            end.addprevious(element)
        else:
            body.append(element)

    add(word_xml.paragraph(ids["Memo Title"], cover.title))
    add(word_xml.paragraph(ids["Memo Subtitle"], content.new.title or content.new.instrument))
    add(word_xml.paragraph(ids["Memo Small"], _introduction(content)))
    widths = _widths(document)
    table = word_xml.table(ids["Memo Table"], widths)
    header = [
        [word_xml.paragraph(ids["Memo Table Heading"], title)]
        for title in (
            called(content.old),
            words.new_column.format(new=called(content.new)),
            words.comment_column,
        )
    ]
    word_xml.table_row(table, header, widths, header=True)
    for done, row in enumerate(content.rows, start=1):
        if cancelled is not None and cancelled():
            raise ExportCancelled()
        cells = [
            _old_cell(row, ids, words), _new_cell(row, ids, words),
            _comment_cell(row, ids, content.new.language, words),
        ]  # fmt: skip
        word_xml.table_row(table, cells, widths, split=True)
        if progress is not None:
            progress(done, len(content.rows))
    add(table)
    add_page_furniture(document, opened.styles, cover, words)
    subject = words.changes_subject.format(draft=draft_line(content.new), old=called(content.old))
    set_properties(document, cover, subject[:255], words)
    saved = save_atomically(
        path, lambda temporary: document.save(str(temporary)), protected=content.library_folder
    )
    return ExportResult(saved, len(content.rows), list(opened.warnings))


def changes_title(content: ChangesContent) -> str:
    return content.words.changes_title.format(old=called(content.old), new=called(content.new))


def called(version: VersionInfo) -> str:
    """What a delegate calls a version in a table of changes: its revision ("Rev.2")."""
    return version.revision or version.label


# -- cells ------------------------------------------------------------------------------


def _old_cell(row: ChangeRow, ids: dict[str, str], words: MemoWords) -> list:
    if row.pair.old is None:
        return [_label(ids, words.new_mark)]
    return _text(ids, row.pair.old_text)


def _new_cell(row: ChangeRow, ids: dict[str, str], words: MemoWords) -> list:
    pair = row.pair
    brackets = brackets_text(pair, words) if pair.new is not None else ""
    label = f"{row.title} — {words.change(pair.change)}" + (f"; {brackets}" if brackets else "")
    if pair.new is None or pair.change == Change.DELETED:
        return [_label(ids, label)]
    return [_label(ids, label), *_redline(ids, pair.redline())]


def _comment_cell(row: ChangeRow, ids: dict[str, str], language: str, words: MemoWords) -> list:
    if not row.notes:
        return [word_xml.paragraph(ids["Memo Table Text"], "")]
    cells = []
    for where, note in row.notes:
        line = word_xml.paragraph(ids["Memo Table Text"])
        prefix = f"{where.replace('.', ' ')}: " if where else ""
        stance = note_text.stance_text(note, words)
        word_xml.run(line, f"{prefix}{stance}", ids["Memo Field Label"])
        if note.red_line:
            word_xml.run(line, " — ")
            word_xml.run(line, words.red_line_inline, ids["Memo Red Line"])
        cells.append(line)
        for text in note_text.paragraphs(note.rationale):
            cells.append(word_xml.paragraph(ids["Memo Table Text"], text))
        for wording in note_text.wordings(note, language, words):
            cells.append(word_xml.paragraph(ids["Memo Table Text"], f"{wording.title}:"))
            cells.extend(_text(ids, wording.proposal.text))
    return cells


def _label(ids: dict[str, str], text: str):
    paragraph = word_xml.paragraph(ids["Memo Table Text"])
    word_xml.run(paragraph, text, ids["Memo Field Label"])
    return paragraph


def _text(ids: dict[str, str], text: str) -> list:
    return [word_xml.paragraph(ids["Memo Table Text"], line) for line in text.split("\n") if line]


def _redline(ids: dict[str, str], segments: list[Segment]) -> list:
    """The new text, one paragraph per line, with inserted and deleted words in their styles."""
    styles = {INSERT: ids["Memo Inserted"], DELETE: ids["Memo Deleted"], EQUAL: None}
    paragraphs = [word_xml.paragraph(ids["Memo Table Text"])]
    for op, text in segments:
        for index, piece in enumerate(text.split("\n")):
            if index:
                paragraphs.append(word_xml.paragraph(ids["Memo Table Text"]))
            if piece:
                word_xml.run(paragraphs[-1], piece, styles[op])
    return paragraphs


# -- helpers ----------------------------------------------------------------------------


def _introduction(content: ChangesContent) -> str:
    words = content.words
    return words.changes_introduction.format(
        old=called(content.old),
        old_label=content.old.label,
        new=called(content.new),
        new_label=content.new.label,
        counts=change_counts(content),
    )


def change_counts(content: ChangesContent) -> str:
    """ "3 reworded, 1 new" — "изменена формулировка: 3, новое: 1"."""
    words = content.words
    counts = {k: n for k, n in content.comparison.counts(content.level).items() if n}
    return ", ".join(
        words.change_count.format(count=n, change=words.change(kind)) for kind, n in counts.items()
    )


def brackets_text(pair: Pair, words: MemoWords) -> str:
    """What became of a pair's [brackets], in the table's language."""
    b = pair.brackets
    return words.brackets(b.removed, b.added, b.kept, b.option_chosen)


def _by_key(notes: list[Note]) -> dict[str, list[Note]]:
    found: dict[str, list[Note]] = {}
    for note in notes:
        if not note.is_empty():
            found.setdefault(note.provision_key, []).append(note)
    return found


def _notes_within(notes: dict[str, list[Note]], key: str) -> list[tuple[str, Note]]:
    """The notes on a provision and on the paragraphs inside it."""
    found = [("", note) for note in notes.get(key, [])]
    prefix = f"{key}."
    for inner in sorted(k for k in notes if k.startswith(prefix)):
        found.extend((inner[len(prefix) :], note) for note in notes[inner])
    return found


def _smallest(comparison: Comparison) -> list[Pair]:
    """The changed provisions, each at the smallest level that holds its change: a new or
    deleted article is one row, not one per paragraph; a reworded article whose words changed
    only in a paragraph is that paragraph's row."""
    rows: list[Pair] = []
    # Keys inside a row already taken whole, old and new apart ("art-3" is two provisions).
    covered: set[tuple[str, str | None]] = set()
    whole = (Change.NEW, Change.DELETED, Change.MOVED, Change.SPLIT, Change.MERGED)
    for pair in comparison.pairs:
        keys = {key for key in (("old", pair.old_key), ("new", pair.new_key)) if key[1]}
        parents = {key for key in (("old", pair.old_parent), ("new", pair.new_parent)) if key[1]}
        if parents & covered:
            covered |= keys
            continue
        if pair.change in whole:
            rows.append(pair)
            covered |= keys
        elif pair.change in TEXT_CHANGES and _own_words_changed(pair):
            rows.append(pair)
    return rows


def _own_words_changed(pair: Pair) -> bool:
    """True when the change is in the provision's own words (or heading), not only in the
    paragraphs inside it (which have rows of their own)."""
    old, new = pair.old, pair.new
    if old is None or new is None or bool(old.children) != bool(new.children):
        return True
    return " ".join(old.text.split()) != " ".join(new.text.split()) or old.heading != new.heading


class _Tree:
    """Where each provision of a version sits, to cite it ("Article 12, paragraph 3")."""

    def __init__(self, roots: list[Provision], language: str) -> None:
        self.language = language
        self.nodes: dict[str, Provision] = {}
        self.parents: dict[str, Provision | None] = {}

        def visit(node: Provision, parent: Provision | None) -> None:
            self.nodes[node.key] = node
            self.parents[node.key] = parent
            for child in node.children:
                visit(child, node)

        for root in roots:
            visit(root, None)

    def cite(self, key: str | None) -> str:
        if key is None or key not in self.nodes:
            return key or ""
        return reference(self.nodes[key], self.parents, self.language)


def _title(pair: Pair, old: _Tree, new: _Tree, words: MemoWords) -> str:
    """ "Article 12, paragraph 3 (was Article 11, paragraph 3)", "... (new)", "... (deleted)"."""
    before, after = old.cite(pair.old_key), new.cite(pair.new_key)
    if pair.new is None or pair.change == Change.DELETED:
        return words.title_deleted.format(title=before)
    if pair.old is None:
        return words.title_new.format(title=after)
    return after if before == after else words.title_was.format(after=after, before=before)


def _widths(document) -> list[float]:
    section = document.sections[0]
    try:
        width = (section.page_width - section.left_margin - section.right_margin) / 360_000
    except TypeError:
        width = 24.0
    scale = width / sum(COLUMNS)
    return [column * scale for column in COLUMNS]


def _style_ids(styles: dict) -> dict[str, str]:
    """The template's style ids by style name (what each element of the table carries)."""
    return {name: style.style_id for name, style in styles.items()}

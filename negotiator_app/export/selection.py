"""What goes into a memo: which provisions of a version, with which notes, in document order.

Everything is read from the library here, in the caller's thread, so the slow part (writing
the file) can run in a worker with no database connection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from negotiator_app.core.labels import cite
from negotiator_app.core.provision import Kind, Provision
from negotiator_app.core.redline import Segment, redline_proposal
from negotiator_app.export.agreed import add_agreed_language
from negotiator_app.export.memo_words import MemoWords, memo_language, memo_words
from negotiator_app.export.output_file import ExportProblem
from negotiator_app.storage.carry import review_list
from negotiator_app.storage.database import LibraryError
from negotiator_app.storage.library import Library, VersionInfo
from negotiator_app.storage.notes import STANCES, Note, Proposal, list_notes

# The provisions of a full briefing book: each article, the preamble, each annex, final clauses.
_BRIEFING_KINDS = frozenset({Kind.ARTICLE, Kind.PREAMBLE, Kind.ANNEX, Kind.FINAL_CLAUSE})
# Kinds a reference names by their own label ("Article 6", "Annex I"): where a reference starts.
_ANCHOR_KINDS = frozenset(
    {
        Kind.ARTICLE,
        Kind.ANNEX,
        Kind.PREAMBLE,
        Kind.PREAMBLE_PARAGRAPH,
        Kind.FINAL_CLAUSE,
        Kind.PART,
        Kind.CHAPTER,
    }
)
# Kinds whose heading names what a provision under them is about.
_TITLED_KINDS = frozenset(
    {Kind.ARTICLE, Kind.ANNEX, Kind.FINAL_CLAUSE, Kind.PART, Kind.CHAPTER, Kind.SECTION}
)


@dataclass
class Selection:
    """The user's choice of provisions; filters combine (a provision must pass all of them)."""

    include_all: bool = False  # every article etc., with or without a note (briefing book)
    keys: list[str] = field(default_factory=list)  # hand-picked provisions, noted or not
    stances: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    chapters: list[str] = field(default_factory=list)  # "II", "ch-II", "ch-II.sec-1", "part-I"
    # Not a filter: a line per provision saying which agreed language it takes up.
    agreed_language: bool = False

    def describe(self) -> str:
        """The filters in words, for the "nothing matched" message."""
        parts = []
        if self.keys:
            parts.append("provisions " + ", ".join(self.keys))
        if self.stances:
            parts.append("stance " + " or ".join(self.stances))
        if self.tags:
            parts.append("tag " + " or ".join(self.tags))
        if self.chapters:
            parts.append("chapter " + " or ".join(self.chapters))
        return "; ".join(parts)


@dataclass
class MemoItem:
    """One provision in the memo, with the notes on it (the whole-provision note first)."""

    provision: Provision
    reference: str  # "Article 3, paragraph 2"
    heading: str  # the heading of the article (or chapter...) it belongs to
    notes: list[Note] = field(default_factory=list)
    # "Agreed language: UNCAC, art. 46, para. 9 (b), with 'shall' → 'may'", when asked for
    agreed: list[str] = field(default_factory=list)

    @property
    def title(self) -> str:
        """ "Article 3, paragraph 2 — Scope of application"."""
        return f"{self.reference} — {self.heading}" if self.heading else self.reference

    @property
    def note(self) -> Note | None:
        return self.notes[0] if self.notes else None


@dataclass(frozen=True)
class ReviewRow:
    """A position carried into this revision that awaits a look: where, why, which stance."""

    title: str  # "Article 12, paragraph 3" (or the old provision, when deleted)
    message: str  # "text changed since your position — review; renumbered from Article 11"
    note: Note


@dataclass
class MemoContent:
    """Everything an export writes: the version, the selected provisions, what to warn about."""

    version: VersionInfo
    items: list[MemoItem]
    warnings: list[str] = field(default_factory=list)
    library_folder: Path | None = None  # never written into: see output_file.save_atomically
    review: list[ReviewRow] = field(default_factory=list)  # carried positions to look at
    agreed_language: bool = False  # each item says which agreed language it takes up
    language: str = "en"  # the memo's (its fixed words); labels follow the version's

    @property
    def words(self) -> MemoWords:
        return memo_words(self.language)

    @property
    def review_heading(self) -> str:
        """ "Positions to review after Rev.2"."""
        return self.words.review_heading.format(
            revision=self.version.revision or self.version.label
        )


def select(
    library: Library, version_id: int, selection: Selection, language: str | None = None
) -> MemoContent:
    """The provisions of a version the selection picks; ExportProblem when none does. The memo
    is in language (en, ru, fr, es; by default the version's own, else English)."""
    info = library.version(version_id)
    words = memo_words(memo_language(language or info.language))
    for stance in selection.stances:
        if stance not in STANCES:
            raise ExportProblem(f'Unknown stance "{stance}"; use one of: {", ".join(STANCES)}.')
    tree = library.tree(version_id)
    nodes: dict[str, Provision] = {}
    parents: dict[str, Provision | None] = {}
    order: dict[str, int] = {}
    _index(tree, None, nodes, parents, order)

    notes_by_key: dict[str, list[Note]] = {}
    for note in list_notes(library, version_id=info.id):
        if not note.is_empty():
            notes_by_key.setdefault(note.provision_key, []).append(note)

    warnings: list[str] = []
    if selection.keys:
        unknown = [key for key in selection.keys if key not in nodes]
        if unknown:
            raise ExportProblem(
                f'Version "{info.label}" has no provision {", ".join(unknown)}; '
                "see `negotiator tree` for the keys."
            )
        keys = list(dict.fromkeys(selection.keys))
    else:
        keys = [key for key in notes_by_key if key in nodes]
        if selection.include_all:
            keys += [key for key, node in nodes.items() if node.kind in _BRIEFING_KINDS]
        keys = list(dict.fromkeys(keys))
        absent = sorted(key for key in notes_by_key if key not in nodes)
        if absent:
            warnings.append(
                f'{len(absent)} note(s) concern provisions that are not in "{info.label}" '
                f"and were left out: {', '.join(absent)}."
            )

    chapters = _chapter_keys(selection.chapters, nodes, info)
    chosen = []
    for key in sorted(keys, key=order.__getitem__):
        notes = notes_by_key.get(key, [])
        if selection.stances and not any(n.stance in selection.stances for n in notes):
            continue
        if selection.tags and not any(_has_tag(n, selection.tags) for n in notes):
            continue
        if chapters and not _within(key, chapters, parents):
            continue
        chosen.append(_item(nodes[key], parents, notes, info.language))

    if not chosen:
        raise ExportProblem(_nothing_message(info, selection))
    if selection.agreed_language:
        warnings += add_agreed_language(library, info, chosen, words)
    return MemoContent(
        info,
        chosen,
        warnings,
        library.folder,
        _review(library, info, nodes, parents, words),
        agreed_language=selection.agreed_language,
        language=words.language,
    )


def _review(
    library: Library,
    info: VersionInfo,
    nodes: dict[str, Provision],
    parents: dict[str, Provision | None],
    words: MemoWords,
) -> list[ReviewRow]:
    rows = []
    for item in review_list(library, info):
        carried = item.carried
        if carried.new_key in nodes:
            title = reference(nodes[carried.new_key], parents, info.language)
        else:
            old = _old_label(library, item.note, carried.old_key, info.language)
            title = words.earlier_revision.format(label=old)
        message = words.review_message(str(carried.mark), carried.detail, info.language)
        rows.append(ReviewRow(title, message, item.note))
    return rows


def _old_label(library: Library, note: Note, key: str, language: str) -> str:
    if note.version_id is not None:
        try:
            return library.provision(note.version_id, key).label(language) or key
        except LibraryError:
            pass
    return key


def proposal_redline(note: Note, proposal: Proposal, provision: Provision) -> list[Segment]:
    """A proposed wording against what its note concerns: the quoted words, or the provision.

    Only for a wording in the language of the provision's text (export/note_text.wordings)."""
    return redline_proposal(provision, proposal.text, note.quote)


def reference(node: Provision, parents: dict[str, Provision | None], language: str = "en") -> str:
    """How a delegate cites a provision: "Article 3, paragraph 2 (a)", "Annex, paragraph 4" —
    in the document's language ("Статья 3, пункт 2 (a)")."""
    path = [node]
    while path[-1].kind not in _ANCHOR_KINDS:
        parent = parents.get(path[-1].key)
        if parent is None:
            break
        path.append(parent)
    path.reverse()
    return cite(path, language) or node.key


def _item(
    node: Provision, parents: dict[str, Provision | None], notes: list[Note], language: str
) -> MemoItem:
    # The heading of the provision itself, else of the article (annex...) it sits in.
    cursor: Provision | None = node
    while (
        cursor is not None
        and not _heading_of(cursor, language)
        and cursor.kind not in _ANCHOR_KINDS
    ):
        cursor = parents.get(cursor.key)
    heading = _heading_of(cursor, language) if cursor is not None else ""
    return MemoItem(node, reference(node, parents, language), heading, notes)


def _heading_of(node: Provision, language: str = "en") -> str:
    if node.kind in _TITLED_KINDS and node.heading.lower() not in {
        node.label().lower(),
        node.label(language).lower(),
    }:
        return node.heading
    return ""


def _index(
    nodes: list[Provision],
    parent: Provision | None,
    by_key: dict[str, Provision],
    parents: dict[str, Provision | None],
    order: dict[str, int],
) -> None:
    for node in nodes:
        by_key[node.key] = node
        parents[node.key] = parent
        order[node.key] = len(order)
        _index(node.children, node, by_key, parents, order)


def _chapter_keys(wanted: list[str], nodes: dict[str, Provision], info: VersionInfo) -> set[str]:
    """The keys of the containers the --chapter values name ("II", "ch-II", "part-I")."""
    containers = [n for n in nodes.values() if n.kind in {Kind.PART, Kind.CHAPTER, Kind.SECTION}]
    found: set[str] = set()
    for value in wanted:
        value = value.strip()
        matches = {
            n.key
            for n in containers
            if n.key.lower() == value.lower()
            or (n.kind == Kind.CHAPTER and n.number.lower() == value.lower())
        }
        if not matches:
            known = ", ".join(n.number for n in containers if n.kind == Kind.CHAPTER) or "none"
            raise ExportProblem(
                f'Version "{info.label}" has no chapter "{value}" (its chapters: {known}).'
            )
        found |= matches
    return found


def _within(key: str, containers: set[str], parents: dict[str, Provision | None]) -> bool:
    node_key: str | None = key
    while node_key is not None:
        if node_key in containers:
            return True
        parent = parents.get(node_key)
        node_key = parent.key if parent is not None else None
    return False


def _has_tag(note: Note, tags: list[str]) -> bool:
    wanted = {tag.lower() for tag in tags}
    return any(tag.lower() in wanted for tag in note.tags)


def _nothing_message(info: VersionInfo, selection: Selection) -> str:
    where = f'"{info.label}" of {info.instrument}'
    if selection.describe():
        return (
            f"Nothing to export: no provision of {where} matches the selection "
            f"({selection.describe()}); no file was written."
        )
    return (
        f"Nothing to export: no provision of {where} has a note yet "
        "(export all provisions for a briefing book); no file was written."
    )

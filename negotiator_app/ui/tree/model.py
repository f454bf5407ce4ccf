"""The article tree as one QAbstractItemModel over a version's provisions, and its filter."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from negotiator_app.core.brackets import open_brackets
from negotiator_app.core.numbering import normal_number
from negotiator_app.core.outline import Outline
from negotiator_app.core.provision import Kind, Provision
from negotiator_app.core.references import typed_article_prefix
from negotiator_app.storage.notes import Note
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.tree.marks import mark_icon
from negotiator_app.ui.words import stance_name

tr = translator("Tree")
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_ROLE = Qt.ItemDataRole.UserRole + 2  # the provision's Kind
DEPTH_ROLE = Qt.ItemDataRole.UserRole + 3  # 0 for the top level
MARKS_ROLE = Qt.ItemDataRole.UserRole + 4  # (stance, notes inside, red line, own brackets)
BRACKETS_INSIDE_ROLE = Qt.ItemDataRole.UserRole + 5  # open brackets in the provisions within
CHANGE_ROLE = Qt.ItemDataRole.UserRole + 6  # "changed", "new" or "" since the revision before
# Rows whose title wraps onto more lines rather than being cut; paragraphs show a one-line preview.
WRAPPING_KINDS = frozenset(
    {Kind.PREAMBLE, Kind.PART, Kind.CHAPTER, Kind.SECTION, Kind.ARTICLE, Kind.ANNEX}
)
_PREVIEW = 90
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # an invalid index never changes, so one can be every default


def notes_by_provision(notes: Iterable[Note]) -> dict[str, Note]:
    """The note the tree marks on each provision: a note on the whole provision comes first."""
    by_key: dict[str, Note] = {}
    for note in notes:
        if not note.quote or note.provision_key not in by_key:
            by_key[note.provision_key] = note
    return by_key


class ProvisionTreeModel(QAbstractItemModel):
    """Preamble, parts, chapters, sections, articles, paragraphs; marks for notes and brackets."""

    def __init__(self, outline: Outline, notes: Mapping[str, Note], parent=None) -> None:
        super().__init__(parent)
        self.outline = outline
        # A row's internal id is its provision's place in document order (Entry.order): the
        # outline already knows every parent and child, so a 10,000-provision version costs
        # nothing more to show here.
        self._keys = outline.order
        self._entries = outline.entries
        self._brackets: dict[int, int] = {}  # counted when a row is first shown
        self._brackets_inside: dict[int, int] = {}  # likewise, for what is inside a row
        self._notes: dict[str, Note] = dict(notes)
        self._inside = self._keys_with_notes_inside()
        self._haystacks: list[str] | None = None
        self._changes: dict[str, tuple[str, str]] = {}  # key -> (badge, what the tooltip says)

    # -- Qt model interface ----------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if parent.isValid():
            siblings = self._entries[parent.internalId()].provision.children
        else:
            siblings = self.outline.roots
        if column != 0 or not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, 0, self.outline.entry(siblings[row].key).order)

    def parent(self, child: Index = _ROOT) -> QModelIndex:  # type: ignore[override]
        if not child.isValid():
            return QModelIndex()
        parent = self._entries[child.internalId()].parent
        if parent is None:
            return QModelIndex()
        entry = self.outline.entry(parent)
        return self.createIndex(entry.row, 0, entry.order)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if parent.column() > 0:
            return 0
        if parent.isValid():
            return len(self._entries[parent.internalId()].provision.children)
        return len(self.outline.roots)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 1

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        # Asked for every row the view lays out (thousands with the chapters open): kept short.
        if not parent.isValid():
            return bool(self.outline.roots)
        return parent.column() == 0 and bool(self._entries[parent.internalId()].provision.children)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        key = self._keys[index.internalId()]
        if role == Qt.ItemDataRole.DisplayRole:
            return tree_text(self.outline.get(key), self.outline.language)
        if role == KEY_ROLE:
            return key
        if role == KIND_ROLE:
            return self._entries[index.internalId()].provision.kind
        if role == DEPTH_ROLE:
            return self._entries[index.internalId()].depth
        if role == Qt.ItemDataRole.DecorationRole:
            return mark_icon(*self._marks(key, index.internalId()), self.change(key))
        if role == CHANGE_ROLE:
            return self.change(key)
        if role == MARKS_ROLE:
            return self._marks(key, index.internalId())
        if role == BRACKETS_INSIDE_ROLE:
            return self._bracket_count_inside(index.internalId())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(key, index.internalId())
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:  # the marks, in words
            return "; ".join(self._tooltip(key, index.internalId()).splitlines()[1:])
        return None

    # -- what the workbench asks ----------------------------------------------------

    def key(self, index: Index) -> str:
        return self._keys[index.internalId()] if index.isValid() else ""

    def index_of(self, key: str) -> QModelIndex:
        if key not in self.outline:
            return QModelIndex()
        entry = self.outline.entry(key)
        return self.createIndex(entry.row, 0, entry.order)

    def note(self, key: str) -> Note | None:
        return self._notes.get(key)

    def notes(self) -> dict[str, Note]:
        return dict(self._notes)

    def update_note(self, note: Note) -> None:
        """Show a saved note's mark at once (and the hollow mark on the provisions above it)."""
        if note.is_empty():
            self._notes.pop(note.provision_key, None)
        else:
            self._notes[note.provision_key] = note
        self._inside = self._keys_with_notes_inside()
        for key in [note.provision_key, *self._ancestors(note.provision_key)]:
            index = self.index_of(key)
            if index.isValid():
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])

    def set_changes(self, changes: Mapping[str, tuple[str, str]]) -> None:
        """Badge the provisions the revision changed or added: key -> (badge, a line saying
        what changed, for the tooltip); the rows already shown are drawn again."""
        touched = self._changes.keys() | changes.keys()
        self._changes = dict(changes)
        for key in touched:
            index = self.index_of(key)
            if index.isValid():
                self.dataChanged.emit(
                    index, index, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole]
                )

    def change(self, key: str) -> str:
        """ "changed", "new", or "" for a provision the revision left as it was."""
        found = self._changes.get(key)
        return found[0] if found else ""

    def matching(self, query: str) -> set[str]:
        """Keys whose number (for a number) or label, heading and text (for words) match."""
        query = " ".join(query.split()).lower()
        if (number := typed_article_prefix(query)) is not None:
            return {
                a.key for a in self.outline.articles() if normal_number(a.number).startswith(number)
            }
        words = query.split()
        if self._haystacks is None:
            self._haystacks = [
                f"{p.label(self.outline.language)} {p.label()} {p.heading} {p.text}".lower()
                for p in self.outline.walk()
            ]
        return {
            self._keys[i] for i, hay in enumerate(self._haystacks) if all(w in hay for w in words)
        }

    # -- helpers ----------------------------------------------------------------------

    def _ancestors(self, key: str) -> list[str]:
        return self.outline.ancestors(key) if key in self.outline else []

    def _marks(self, key: str, i: int) -> tuple[str | None, bool, bool, bool]:
        note = self._notes.get(key)
        return (
            note.stance if note else None,
            key in self._inside,
            bool(note and note.red_line),
            self._bracket_count(i) > 0,
        )

    def _bracket_count_inside(self, i: int) -> int:
        """Open brackets in every provision below row i (a chapter's are summed once, cached)."""
        if i not in self._brackets_inside:
            total = 0
            for child in self._entries[i].provision.children:
                j = self.outline.entry(child.key).order
                total += self._bracket_count(j) + self._bracket_count_inside(j)
            self._brackets_inside[i] = total
        return self._brackets_inside[i]

    def _bracket_count(self, i: int) -> int:
        if i not in self._brackets:
            self._brackets[i] = open_brackets(self._entries[i].provision.text)
        return self._brackets[i]

    def _keys_with_notes_inside(self) -> set[str]:
        inside: set[str] = set()
        for key, note in self._notes.items():
            if key in self.outline and not note.is_empty():
                inside.update(self.outline.ancestors(key))
        return inside

    def _tooltip(self, key: str, i: int) -> str:
        lines = [self.outline.title(key)]
        note = self._notes.get(key)
        if note:
            lines.append(tr("Your position: {stance}").format(stance=stance_name(note.stance)))
            if note.red_line:
                lines.append(tr("Red line"))
        elif key in self._inside:
            lines.append(tr("Positions recorded on provisions inside"))
        n = self._bracket_count(i)
        if n:
            lines.append(tr("%n open brackets", n))
        if key in self._changes:
            lines.append(self._changes[key][1])
        inside = self._bracket_count_inside(i)
        if inside:
            if self._entries[i].provision.kind in (Kind.ARTICLE, Kind.ANNEX):
                lines.append(tr("%n open brackets in its paragraphs", inside))
            else:
                lines.append(tr("%n open brackets in the provisions inside", inside))
        return "\n".join(lines)


class ProvisionFilter(QSortFilterProxyModel):
    """Narrows the tree as the delegate types: an article number, or words of the text."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setRecursiveFilteringEnabled(True)
        self._keys: set[str] | None = None
        self._query_keys: set[str] | None = None
        self._only: set[str] | None = None  # e.g. the paragraphs in new language

    def set_query(self, query: str) -> None:
        model = self.sourceModel()
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 and later
            self.beginFilterChange()
        self._query_keys = model.matching(query) if query.strip() and model is not None else None
        self._keys = _both(self._query_keys, self._only)
        if hasattr(self, "endFilterChange"):
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.invalidateRowsFilter()

    def set_only(self, keys: set[str] | None) -> None:
        """Show only these provisions (and what holds them), whatever is typed; None: all.
        Takes effect at the next set_query."""
        self._only = keys

    def is_filtering(self) -> bool:
        return self._keys is not None

    def matched(self, key: str) -> bool:
        """Whether key matched the filter itself (not only through a provision inside it)."""
        return self._keys is not None and key in self._keys

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._keys is None:
            return True
        model = self.sourceModel()
        return model.key(model.index(source_row, 0, source_parent)) in self._keys


def _both(one: set[str] | None, other: set[str] | None) -> set[str] | None:
    if one is None or other is None:
        return other if one is None else one
    return one & other


def tree_text(provision: Provision, language: str = "en") -> str:
    """How a provision reads in the tree: "Article 12  Jurisdiction", "1. The purposes of…";
    labels in the document's language ("Статья 12")."""
    kind = provision.kind
    if kind in (Kind.PARAGRAPH, Kind.SUBPARAGRAPH, Kind.PREAMBLE_PARAGRAPH):
        number = {
            Kind.PARAGRAPH: f"{provision.number}.",
            Kind.SUBPARAGRAPH: f"({provision.number})",
            Kind.PREAMBLE_PARAGRAPH: f"PP{provision.number}",
        }[kind]
        text = " ".join((provision.text or provision.heading).split())
        if len(text) > _PREVIEW:
            text = text[:_PREVIEW].rsplit(" ", 1)[0] + "…"
        return f"{number} {text}" if provision.number else text
    label = provision.label(language)
    if provision.heading and label and provision.heading != label:
        return f"{label}  {provision.heading}"
    return label or provision.heading or provision.key

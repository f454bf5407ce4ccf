"""The compare view's list: one row per pair of provisions, with its kind of change."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from negotiator_app.core.comparison import Change, Pair
from negotiator_app.storage.notes import Note
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import INSERTED_COLOUR, RED_LINE_COLOUR
from negotiator_app.ui.tree.marks import stance_icon
from negotiator_app.ui.words import brackets_text, change_name, stance_name

tr = translator("Compare")
PAIR_ROLE = Qt.ItemDataRole.UserRole + 1
COLUMNS = (tr.mark("Provision"), tr.mark("Change"), tr.mark("Alike"), tr.mark("Brackets"))
PROVISION, CHANGE, ALIKE, BRACKETS = range(len(COLUMNS))
_CHANGE_COLOURS = {Change.NEW: INSERTED_COLOUR, Change.DELETED: RED_LINE_COLOUR}
Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()


class ChangeRows(QAbstractTableModel):
    """The pairs the filter shows, and the delegation's position on each (a stance dot)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.pairs: list[Pair] = []
        self._new_notes: Mapping[str, Note] = {}
        self._old_notes: Mapping[str, Note] = {}
        self.title: Callable[[Pair], str] = Pair.title

    def set_pairs(
        self,
        pairs: list[Pair],
        new_notes: Mapping[str, Note],
        old_notes: Mapping[str, Note],
        title: Callable[[Pair], str] = Pair.title,
    ) -> None:
        """title: how a pair is named ("Article 12, paragraph 3 (was Article 11, ...)")."""
        self.beginResetModel()
        self.pairs = pairs
        self._new_notes, self._old_notes = new_notes, old_notes
        self.title = title
        self.endResetModel()

    def pair(self, row: int) -> Pair | None:
        return self.pairs[row] if 0 <= row < len(self.pairs) else None

    def note(self, pair: Pair) -> Note | None:
        """The position on the pair's provision: on the new text, or on the old one when the
        revision deleted it."""
        if pair.new is not None and pair.change != Change.DELETED:
            return self._new_notes.get(pair.new.key)
        return self._old_notes.get(pair.old.key) if pair.old is not None else None

    # -- Qt model interface ----------------------------------------------------------

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.pairs)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr.marked(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        pair = self.pair(index.row()) if index.isValid() else None
        if pair is None:
            return None
        column = index.column()
        if role == PAIR_ROLE:
            return pair
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(pair, column)
        if role == Qt.ItemDataRole.DecorationRole and column == PROVISION:
            note = self.note(pair)
            return stance_icon(note.stance, note.red_line) if note else None
        if role == Qt.ItemDataRole.ForegroundRole and column == CHANGE:
            colour = _CHANGE_COLOURS.get(pair.change)
            return QColor(colour) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(pair)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ALIKE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, pair: Pair, column: int) -> str:
        if column == PROVISION:
            return self.title(pair)
        if column == CHANGE:
            return change_name(pair.change)
        if column == ALIKE:
            return f"{pair.similarity:.0%}" if pair.old is not None and pair.new is not None else ""
        return brackets_text(pair.brackets)

    def _tooltip(self, pair: Pair) -> str:
        lines = [self.title(pair), tr("Change: {change}").format(change=change_name(pair.change))]
        if pair.old is not None and pair.new is not None:
            alike = f"{pair.similarity:.0%}"
            lines.append(tr("Alike: {percent} of the words").format(percent=alike))
        brackets = brackets_text(pair.brackets)
        if brackets:
            lines.append(tr("Brackets: {brackets}").format(brackets=brackets))
        note = self.note(pair)
        if note is not None:
            lines.append(tr("Your position: {stance}").format(stance=stance_name(note.stance)))
        return "\n".join(lines)

"""The compare view: two versions, the list of what changed, and the selected pair side by side.

It opens on the version being read and the one it revises (else the one that revises it), and
aligns them on a worker (ui/compare/comparisons.py: progress and Cancel for a long text). The
list can be narrowed to changed, new or deleted provisions, to those the delegation has a
position on, or to those whose brackets the revision resolved. Enter (or a double click) opens
the provision in the reader; Esc goes back to the reader.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.change_filter import ChangeFilter, filter_pairs
from negotiator_app.core.comparison import Change, Pair
from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.storage.notes import Note, list_notes
from negotiator_app.ui.compare.comparisons import Comparisons
from negotiator_app.ui.compare.rows import (
    ALIKE,
    BRACKETS,
    CHANGE,
    PROVISION,
    ChangeRows,
)
from negotiator_app.ui.compare.side_by_side import SideBySide
from negotiator_app.ui.compare.tasks import (
    VersionChanges,
    called,
    comparable,
    default_pair,
    revision_name,
)
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import look
from negotiator_app.ui.tree.model import notes_by_provision
from negotiator_app.ui.words import change_name

tr = translator("Compare")
BRACKETS_WIDTH = 170
FILTER_WORDS = {
    ChangeFilter.ALL: tr.mark("All"),
    ChangeFilter.CHANGED: tr.mark("Changed"),
    ChangeFilter.NEW: tr.mark("New"),
    ChangeFilter.DELETED: tr.mark("Deleted"),
    ChangeFilter.NOTED: tr.mark("Only where I have a position"),
    ChangeFilter.BRACKETS: tr.mark("Brackets resolved"),
}


class ComparePage(QWidget):
    """Pick two versions; read what changed, provision by provision."""

    provision_opened = Signal(int, str)  # version id, key: read it in the reader
    closed = Signal()  # Esc: back to the reader

    def __init__(self, library: Library, comparisons: Comparisons, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePage")
        self.library = library
        self.comparisons = comparisons
        self.changes: VersionChanges | None = None
        self._wanted: tuple[int, int] | None = None
        self._versions: list[VersionInfo] = []
        self._new_notes: dict[str, Note] = {}
        self._old_notes: dict[str, Note] = {}

        self.old_box = _version_box(tr("Earlier version"))
        self.new_box = _version_box(tr("Later version"))
        self.compare_button = QPushButton(tr("&Compare"))
        self.compare_button.setToolTip(tr("Compare the two versions chosen"))
        self.compare_button.clicked.connect(self.compare_chosen)
        self.filter = QComboBox()
        self.filter.setObjectName("compareFilter")
        self.filter.setAccessibleName(tr("Show which provisions"))
        for choice in ChangeFilter:
            self.filter.addItem(tr.marked(FILTER_WORDS[choice]), choice)
        self.filter.currentIndexChanged.connect(lambda _: self._fill())
        self.paragraphs = QCheckBox(tr("Par&agraphs too"))
        self.paragraphs.setToolTip(tr("List every paragraph and subparagraph, not only articles"))
        self.paragraphs.toggled.connect(lambda _: self._fill())
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        look(self.summary, "quiet")

        self.rows = ChangeRows(self)
        self.table = QTableView()
        self.table.setObjectName("compareList")
        self.table.setAccessibleName(tr("Provisions compared"))
        self.table.setModel(self.rows)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(PROVISION, QHeaderView.ResizeMode.Stretch)
        for column in (CHANGE, ALIKE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(BRACKETS, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(BRACKETS, BRACKETS_WIDTH)  # the whole of it in the row's tooltip
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_current())
        self.table.activated.connect(lambda _: self.open_current())
        self.table.installEventFilter(self)
        self.side = SideBySide()

        split = QSplitter(Qt.Orientation.Vertical)
        split.setObjectName("compareSplitter")
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.side)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)

        pick = QHBoxLayout()
        pick.addWidget(_buddy(tr("Ol&der"), self.old_box))
        pick.addWidget(self.old_box, 1)
        pick.addWidget(_buddy(tr("&Newer"), self.new_box))
        pick.addWidget(self.new_box, 1)
        pick.addWidget(self.compare_button)
        show = QHBoxLayout()
        show.addWidget(_buddy(tr("Fi&lter"), self.filter))
        show.addWidget(self.filter)
        show.addWidget(self.paragraphs)
        show.addWidget(self.summary, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 8)
        layout.setSpacing(6)
        layout.addLayout(pick)
        layout.addLayout(show)
        layout.addWidget(split, 1)
        self.setFocusProxy(self.table)

        comparisons.ready.connect(self._ready)
        comparisons.cancelled.connect(self._cancelled)
        comparisons.failed.connect(self._failed)

    # -- what the window asks -----------------------------------------------------------

    def open_for(self, version: VersionInfo) -> None:
        """Offer the versions of the instrument being read, and compare the default pair."""
        try:
            self._versions = comparable(self.library, version)
            pair = default_pair(self.library, version)
        except LibraryError as error:
            self._say(str(error))
            return
        for box in (self.old_box, self.new_box):
            box.blockSignals(True)
            box.clear()
            for info in self._versions:
                box.addItem(called(info), info.id)
            box.blockSignals(False)
        if pair is None:
            self._choose(version, version)
            self.changes = None
            self.rows.set_pairs([], {}, {})
            self.side.clear("")
            self._say(
                tr(
                    "{version} is the only revision of this instrument. Import the next "
                    "revision (File › Import…, “the next revision”) to see what changed."
                ).format(version=called(version))
            )
            return
        self._choose(*pair)
        self.compare(*pair)

    def compare(self, old: VersionInfo, new: VersionInfo) -> None:
        """Show what changed from old to new (at once when known, else when aligned)."""
        self._choose(old, new)
        self._wanted = (old.id, new.id)
        self.side.set_captions(called(old), called(new))
        found = self.comparisons.request(old, new, progress_parent=self.window())
        if found is not None:
            self._ready(found)
        else:
            self.rows.set_pairs([], {}, {})
            self.side.clear("")
            self._say(tr("Comparing {old} with {new}…").format(old=called(old), new=called(new)))

    def compare_chosen(self) -> None:
        old, new = self._chosen(self.old_box), self._chosen(self.new_box)
        if old is None or new is None:
            return
        if old.id == new.id:
            self._say(tr("Choose two different versions to compare."))
            return
        self.compare(old, new)

    def set_filter(self, choice: ChangeFilter) -> None:
        self.filter.setCurrentIndex(self.filter.findData(choice))

    def select(self, title_or_key: str) -> bool:
        """Select the row of a provision (its new or old key, or its title); True if shown."""
        for row, pair in enumerate(self.rows.pairs):
            if title_or_key in (pair.new_key, pair.old_key, self.rows.title(pair)):
                index = self.rows.index(row, 0)
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def titles(self) -> list[str]:
        """The provisions the list shows, by title."""
        return [self.rows.title(pair) for pair in self.rows.pairs]

    def current_pair(self) -> Pair | None:
        return self.rows.pair(self.table.currentIndex().row())

    def open_current(self) -> None:
        """Read the selected provision: in the later version, or in the earlier when deleted."""
        pair, changes = self.current_pair(), self.changes
        if pair is None or changes is None:
            return
        if pair.new is not None and pair.change != Change.DELETED:
            self.provision_opened.emit(changes.new.id, pair.new.key)
        elif pair.old is not None:
            self.provision_opened.emit(changes.old.id, pair.old.key)

    def refresh_notes(self) -> None:
        """A position was saved: the dots and "only where I have a position" follow it."""
        if self.changes is not None:
            self._read_notes(self.changes)
            self._fill()

    # -- reacting -------------------------------------------------------------------------

    def _ready(self, changes: VersionChanges) -> None:
        if changes.key != self._wanted:
            return
        self.changes = changes
        self._read_notes(changes)
        self._fill()
        if self.isVisible() and not self.table.hasFocus():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _read_notes(self, changes: VersionChanges) -> None:
        try:
            self._new_notes = notes_by_provision(
                list_notes(self.library, version_id=changes.new.id)
            )
            self._old_notes = notes_by_provision(
                list_notes(self.library, version_id=changes.old.id)
            )
        except LibraryError as error:
            self._say(str(error))

    def _cancelled(self, key: tuple[int, int]) -> None:
        if key == self._wanted:
            self._say(tr("Comparison cancelled. Press Compare to run it again."))

    def _failed(self, key: tuple[int, int], sentence: str) -> None:
        if key == self._wanted:
            self._say(sentence)

    def _fill(self) -> None:
        """The list as the filter and the level say, keeping the selected provision if shown."""
        changes = self.changes
        if changes is None:
            return
        before = self.current_pair()
        level = "all" if self.paragraphs.isChecked() else "article"
        pairs = changes.comparison.select(level)
        choice = self.filter.currentData() or ChangeFilter.ALL
        shown = filter_pairs(pairs, choice, self._new_notes.keys(), self._old_notes.keys())
        self.rows.set_pairs(shown, self._new_notes, self._old_notes, changes.title)
        text, kinds = _summary(changes, pairs, len(shown))
        self._say(text)
        self.summary.setToolTip(kinds)
        if not shown:
            self.side.clear(tr("Nothing to show with this choice."))
            return
        if before is None or not self.select(before.new_key or before.old_key or ""):
            self.table.selectRow(0)
        self._show_current()

    def _show_current(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self.side.show_pair(pair, self.rows.title(pair), self.rows.note(pair))

    def _choose(self, old: VersionInfo, new: VersionInfo) -> None:
        for box, info in ((self.old_box, old), (self.new_box, new)):
            box.blockSignals(True)
            box.setCurrentIndex(max(box.findData(info.id), 0))
            box.blockSignals(False)

    def _chosen(self, box: QComboBox) -> VersionInfo | None:
        wanted = box.currentData()
        return next((v for v in self._versions if v.id == wanted), None)

    def _say(self, sentence: str) -> None:
        self.summary.setText(sentence)
        self.summary.setToolTip("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.closed.emit()
                return True
        return super().eventFilter(watched, event)


def _summary(changes: VersionChanges, pairs: list[Pair], shown: int) -> tuple[str, str]:
    """ "Rev.1 → Rev.2: 37 of 53 articles changed, 9 brackets removed; 37 shown.", and for its
    tooltip how many of each kind."""
    counts: dict[Change, int] = {}
    for pair in pairs:
        counts[pair.change] = counts.get(pair.change, 0) + 1
    changed = sum(n for change, n in counts.items() if change != Change.UNCHANGED)
    removed = sum(p.brackets.removed for p in pairs if p.is_unit)
    names = f"{revision_name(changes.old)} → {revision_name(changes.new)}"
    if pairs and not all(p.is_unit for p in pairs):
        text = tr("{names}: {changed} of %n provisions changed", len(pairs))
    else:
        text = tr("{names}: {changed} of %n articles changed", len(pairs))
    text = text.format(names=names, changed=changed)
    if removed:
        text += ", " + tr("%n brackets removed", removed)
    kinds = "\n".join(
        f"{counts[change]} {change_name(change)}" for change in Change if counts.get(change)
    )
    return tr("{summary}; {shown} shown.").format(summary=text, shown=shown), kinds


def _version_box(name: str) -> QComboBox:
    box = QComboBox()
    box.setAccessibleName(name)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    box.setMinimumContentsLength(14)
    return box


def _buddy(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label

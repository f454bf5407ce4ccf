"""Positions to review: the carried positions of the open revision that need a look.

When a revision arrives each position on the one before is carried into it (storage/carry.py);
those whose text changed, whose proposed wording was taken in, or whose provision was deleted
wait here. Each is cleared on its own: "Reviewed" keeps the position as it is, and editing it
(saving the carried note) clears it too. Enter opens the provision, with its position beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.outline import Outline
from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import look
from negotiator_app.ui.words import carry_message, stance_name

tr = translator("Compare")

ITEM_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class QueueEntry:
    """One line of the queue: what it says, and where its position is read."""

    carried_id: int
    version_id: int  # the version to open: the new one, or the old one for a deleted provision
    key: str
    text: str


class ReviewDock(QDockWidget):
    """The list, Open and Reviewed."""

    opened = Signal(int, str)  # version id, key: read the provision with its position
    reviewed = Signal(int)  # a carried position's id, just marked reviewed

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(tr("Positions to review"), parent)
        self.setObjectName("reviewDock")
        self.library = library
        self.version: VersionInfo | None = None
        self.outline: Outline | None = None
        self.intro = QLabel()
        self.intro.setObjectName("reviewIntro")
        self.intro.setWordWrap(True)
        look(self.intro, "quiet")
        self.list = QListWidget()
        self.list.setObjectName("reviewList")
        self.list.setAccessibleName(tr("Carried positions to review"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(lambda _: self.open_current())
        self.list.currentRowChanged.connect(lambda _: self._enable())
        self.list.installEventFilter(self)
        self.open_button = QPushButton(tr("Open"))
        self.open_button.setToolTip(tr("Read the provision, with your position beside it (Enter)"))
        self.open_button.clicked.connect(self.open_current)
        self.reviewed_button = QPushButton(tr("Mar&k reviewed"))
        self.reviewed_button.setToolTip(tr("Keep the position as it is and take it off this list"))
        self.reviewed_button.clicked.connect(self.mark_current_reviewed)
        self.problem = QLabel()
        look(self.problem, "error")
        self.problem.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.reviewed_button)
        buttons.addStretch(1)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addWidget(self.intro)
        layout.addWidget(self.problem)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.setWidget(body)
        self.setFocusProxy(self.list)
        self._enable()

    # -- what the window tells it -------------------------------------------------------

    def show_version(self, version: VersionInfo | None, outline: Outline | None) -> None:
        self.version, self.outline = version, outline
        self.refresh()

    def refresh(self) -> None:
        """Read the queue again, keeping the selected line where it still is."""
        from negotiator_app.storage.carry import review_list

        current = self.list.currentRow()
        self.list.clear()
        self.problem.hide()
        version = self.version
        if version is None or version.revision_id is None:
            self.intro.setText(tr("Open a version to see the positions carried into it."))
            self._enable()
            return
        try:
            entries = [self._entry(item) for item in review_list(self.library, version)]
        except LibraryError as error:
            self._problem(str(error))
            return
        name = version.revision or version.label
        if entries:
            self.intro.setText(
                tr(
                    "%n positions carried into {revision} need a look. Open each, then mark it "
                    "reviewed — or edit it: saving clears it too.",
                    len(entries),
                ).format(revision=name)
            )
        else:
            self.intro.setText(
                tr("No carried positions in {revision} await a look.").format(revision=name)
            )
        for entry in entries:
            item = QListWidgetItem(entry.text)
            item.setData(ITEM_ROLE, entry)
            self.list.addItem(item)
        if entries:
            self.list.setCurrentRow(min(max(current, 0), len(entries) - 1))
        self._enable()

    def entries(self) -> list[QueueEntry]:
        return [self.list.item(row).data(ITEM_ROLE) for row in range(self.list.count())]

    def texts(self) -> list[str]:
        return [entry.text for entry in self.entries()]

    def select(self, carried_id: int) -> bool:
        for row, entry in enumerate(self.entries()):
            if entry.carried_id == carried_id:
                self.list.setCurrentRow(row)
                return True
        return False

    # -- what the delegate does ----------------------------------------------------------

    def open_current(self) -> None:
        entry = self._current()
        if entry is not None:
            self.opened.emit(entry.version_id, entry.key)

    def mark_current_reviewed(self) -> None:
        """The selected position keeps its words and leaves the list."""
        from negotiator_app.storage.carry import mark_reviewed

        entry = self._current()
        if entry is None:
            return
        try:
            mark_reviewed(self.library, entry.carried_id)
        except LibraryError as error:
            self._problem(str(error))
            return
        self.refresh()
        self.reviewed.emit(entry.carried_id)

    # -- helpers ----------------------------------------------------------------------------

    def _entry(self, item) -> QueueEntry:
        """What one carried position says, and where to read it."""
        from negotiator_app.storage.revisions import language_version

        carried, note = item.carried, item.note
        version = self.version
        assert version is not None  # refresh() asks only with a version
        stance = stance_name(note.stance) if note.stance else tr("no stance")
        if carried.copy_id is not None and carried.new_key:
            where = self._title(carried.new_key)
            target = version.id, carried.new_key
        else:
            # The provision is gone from this revision: its position stays on the old text.
            old = language_version(self.library, note.revision_id or 0, version.language)
            if old is None:
                where, target = carried.old_key, (version.id, carried.old_key)
            else:
                where = tr("{provision} of {revision}").format(
                    provision=_label(self.library, old, carried.old_key),
                    revision=old.revision or old.label,
                )
                target = old.id, carried.old_key
        message = carry_message(str(carried.mark), carried.detail, version.language)
        return QueueEntry(carried.id, *target, f"{where} — {message} ({stance})")

    def _title(self, key: str) -> str:
        if self.outline is not None and key in self.outline:
            return self.outline.title(key)
        return key

    def _current(self) -> QueueEntry | None:
        item = self.list.currentItem()
        return item.data(ITEM_ROLE) if item is not None else None

    def _enable(self) -> None:
        chosen = self._current() is not None
        self.open_button.setEnabled(chosen)
        self.reviewed_button.setEnabled(chosen)

    def _problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.open_current()
            return True
        return super().eventFilter(watched, event)


def _label(library: Library, version: VersionInfo, key: str) -> str:
    """ "Article 14 bis": a provision of another version, named as its text names it."""
    try:
        return library.provision(version.id, key).label(version.language) or key
    except LibraryError:
        return key

"""The panel's history section: "History (N saves)", the list of saves when opened, and the
restore that asks first (which fields change; all of them or the wording only)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QVBoxLayout, QWidget

from negotiator_app.storage import Library, LibraryError
from negotiator_app.storage.note_changes import changes
from negotiator_app.storage.notes import (
    Note,
    earlier_save,
    history_count,
    note_history,
    restore_note,
)
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.position.history_view import NoteHistoryView, local_time
from negotiator_app.ui.position.restore_question import Choice, RestoreQuestion, wording_only

# User-visible words of this section, in one place.
tr = translator("NoteHistory")


class HistorySection(QWidget):
    """A toggle and the saves of the note shown; the list is read only while it is open."""

    restored = Signal(object)  # the note as it is after a restore
    failed = Signal(str)  # one sentence

    def __init__(self, library: Library, save_first: Callable[[], bool]) -> None:
        super().__init__()
        self.library = library
        self._save_first = save_first  # the panel saves what was typed before a restore
        self.note: Note | None = None
        self.question: RestoreQuestion | None = None
        self._stale = False  # saves since the list was last filled
        self.toggle = QToolButton()
        self.toggle.setObjectName("historyToggle")
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.toggled.connect(self._toggled)
        self.view = NoteHistoryView()
        self.view.restore_requested.connect(self.restore)
        self.view.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.view)

    def show_note(self, note: Note | None) -> None:
        """The note now shown (or None): its count, and its saves when the list is open."""
        self.note = note
        revisions = []
        if note is not None and note.id is not None:
            revisions = note_history(self.library, note.id) if self.toggle.isChecked() else []
        self._stale = not self.toggle.isChecked()
        if not self._stale:
            self.view.set_revisions(revisions, note)
        self._show_count()

    def saved(self, note: Note) -> None:
        """A save of the note shown: a row more, or the last row grown (one burst of typing)."""
        if self.toggle.isChecked():
            self.show_note(note)
        else:
            self.note, self._stale = note, True
            self._show_count()

    def restore(self, history_id: int) -> RestoreQuestion | None:
        """Ask first: which parts of the note would change, all of them or the wording only."""
        if not self._save_first() or self.note is None or self.note.id is None:
            return None
        try:
            earlier = earlier_save(self.library, self.note.id, history_id)
        except LibraryError as error:
            self.failed.emit(str(error))
            return None
        found = changes(self.note, earlier.note)
        question = RestoreQuestion(
            local_time(earlier.saved), found, wording_only(found), self.window()
        )
        question.chosen.connect(lambda choice: self._chosen(history_id, choice))
        question.finished.connect(question.deleteLater)
        self.question = question
        question.open()
        return question

    def _chosen(self, history_id: int, choice: Choice) -> None:
        self.question = None
        if choice == Choice.CANCEL or self.note is None or self.note.id is None:
            return
        try:
            note = restore_note(
                self.library, self.note.id, history_id, wording_only=choice == Choice.WORDING
            )
        except LibraryError as error:
            self.failed.emit(str(error))
            return
        self.show_note(note)
        self.restored.emit(note)

    def _show_count(self) -> None:
        count = 0
        if self.note is not None and self.note.id is not None:
            count = history_count(self.library, self.note.id)
        self.toggle.setText(tr("History (%n saves)", count))
        self.toggle.setEnabled(bool(count))

    def _toggled(self, shown: bool) -> None:
        if shown and self._stale:
            self.show_note(self.note)
        self.view.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.toggle.setArrowType(arrow)

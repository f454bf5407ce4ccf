"""Before a restore: which fields will change, and the choice to restore the wording only."""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from negotiator_app.storage.note_changes import FieldChange, NoteField

# User-visible words of this dialog, in one place.
TEXT = {
    "title": "Restore an earlier save",
    "question": "Restore the save of {when}?",
    "will_change": "These parts of the note will change:",
    "wording_only": "Restoring the wording only changes {what} and keeps everything else.",
    "no_wording": "The wording is the same in that save: only the other parts would change.",
    "kept": "Nothing is lost: the note as it is now stays in its history.",
    "all": "Restore &all",
    "wording": "Restore the &wording only",
}


class Choice(Enum):
    """What the delegate chose."""

    ALL = "all"
    WORDING = "wording"
    CANCEL = "cancel"


class RestoreQuestion(QMessageBox):
    """ "Restore the save of 28 Nov 14:02?" with the fields that will change, and three
    buttons: Restore all, Restore the wording only, Cancel. `chosen` says which was pressed."""

    chosen = Signal(object)  # a Choice

    def __init__(
        self,
        when: str,
        all_changes: list[FieldChange],
        wording_changes: list[FieldChange],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreQuestion")
        self.setIcon(QMessageBox.Icon.Question)
        self.setWindowTitle(TEXT["title"])
        self.setText(TEXT["question"].format(when=when))
        lines = "".join(f"<li>{html.escape(change.describe())}</li>" for change in all_changes)
        if wording_changes:
            what = ", ".join(change.title() for change in wording_changes)
            wording = TEXT["wording_only"].format(what=what)
        else:
            wording = TEXT["no_wording"]
        self.setInformativeText(
            f"{html.escape(TEXT['will_change'])}<ul>{lines}</ul>"
            f"<p>{html.escape(wording)}</p><p>{html.escape(TEXT['kept'])}</p>"
        )
        self.all_button = self.addButton(TEXT["all"], QMessageBox.ButtonRole.AcceptRole)
        self.wording_button = self.addButton(TEXT["wording"], QMessageBox.ButtonRole.ActionRole)
        self.wording_button.setEnabled(bool(wording_changes))
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.cancel_button)  # Enter by mistake changes nothing
        self.setEscapeButton(self.cancel_button)
        self.changed_fields = [change.field for change in all_changes]
        self.buttonClicked.connect(self._clicked)

    def _clicked(self, button: QPushButton) -> None:
        if button is self.all_button:
            self.chosen.emit(Choice.ALL)
        elif button is self.wording_button:
            self.chosen.emit(Choice.WORDING)
        else:
            self.chosen.emit(Choice.CANCEL)


def wording_only(found: list[FieldChange]) -> list[FieldChange]:
    """The changes a restore of the wording only makes."""
    return [change for change in found if change.field == NoteField.PROPOSAL]

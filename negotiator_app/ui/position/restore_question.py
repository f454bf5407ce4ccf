"""Before a restore: which fields will change, and the choice to restore the wording only."""

from __future__ import annotations

import html
from enum import Enum

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from negotiator_app.storage.note_changes import FieldChange, NoteField
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.words import change_words

# User-visible words of this dialog, in one place.
tr = translator("NoteHistory")


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
        self.setWindowTitle(tr("Restore an earlier save"))
        self.setText(tr("Restore the save of {when}?").format(when=when))
        words = change_words()
        lines = "".join(f"<li>{html.escape(c.describe(words))}</li>" for c in all_changes)
        if wording_changes:
            what = ", ".join(change.title(words) for change in wording_changes)
            wording = tr(
                "Restoring the wording only changes {what} and keeps everything else."
            ).format(what=what)
        else:
            wording = tr("The wording is the same in that save: only the other parts would change.")
        kept = tr("Nothing is lost: the note as it is now stays in its history.")
        self.setInformativeText(
            f"{html.escape(tr('These parts of the note will change:'))}<ul>{lines}</ul>"
            f"<p>{html.escape(wording)}</p><p>{html.escape(kept)}</p>"
        )
        self.all_button = self.addButton(tr("Restore &all"), QMessageBox.ButtonRole.AcceptRole)
        self.wording_button = self.addButton(
            tr("Restore the &wording only"), QMessageBox.ButtonRole.ActionRole
        )
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

"""Every earlier save of the note, newest first: what each changed, its difference from the
note as it is now, and "Restore" (which asks first: see restore_question.py)."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core import redline
from negotiator_app.storage.note_changes import (
    FieldChange,
    NoteField,
    changes,
    describe_save,
)
from negotiator_app.storage.notes import Note, NoteRevision
from negotiator_app.ui import i18n
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.position.redline_view import redline_html
from negotiator_app.ui.words import change_words

# User-visible words of this widget, in one place.
tr = translator("NoteHistory")
_TEXTS = (NoteField.PROPOSAL, NoteField.RATIONALE, NoteField.TALKING_POINTS,
          NoteField.INSTRUCTIONS, NoteField.TAGS, NoteField.DELEGATIONS)  # fmt: skip


class NoteHistoryView(QWidget):
    """The list of saves, the selected one's difference from now, and Restore."""

    restore_requested = Signal(int)  # the history id of the save to restore

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current: Note | None = None
        self.revisions: list[NoteRevision] = []
        self.list = QListWidget()
        self.list.setObjectName("noteHistory")
        self.list.setAccessibleName(tr("Earlier saves of this note"))
        self.list.setMinimumHeight(100)
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _: self._restore())
        self.diff = QTextBrowser()
        self.diff.setObjectName("noteHistoryDiff")
        self.diff.setAccessibleName(
            tr("Difference between the selected save and the note as it is now")
        )
        self.diff.setOpenLinks(False)
        self.diff.setMinimumHeight(90)
        self.diff.setMaximumHeight(220)
        self.restore = QPushButton(tr("Restore this save…"))
        self.restore.setToolTip(
            tr("Make the selected save the current note again (it asks first; nothing is lost)")
        )
        self.restore.clicked.connect(self._restore)
        self.restore.setEnabled(False)
        self.list.currentRowChanged.connect(self._selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addWidget(self.diff)
        layout.addLayout(row)
        self.diff.setHtml(_pick_a_save())

    def set_revisions(self, revisions: list[NoteRevision], current: Note | None) -> None:
        """Fill the list: each row its time and what that save changed from the one before."""
        self.current, self.revisions = current, revisions
        self.list.clear()
        for index, revision in enumerate(revisions):
            before = revisions[index + 1].note if index + 1 < len(revisions) else None
            restored = local_time(revision.restored) if revision.restored else ""
            what = describe_save(before, revision.note, restored, change_words())
            text = f"{local_time(revision.saved)} — {what}"
            if index == 0:
                text += tr("  (current)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            item.setToolTip(text)
            self.list.addItem(item)
        self.restore.setEnabled(False)
        self.diff.setHtml(_pick_a_save())

    def count(self) -> int:
        return self.list.count()

    def rows(self) -> list[str]:
        """The rows as shown."""
        return [self.list.item(i).text() for i in range(self.list.count())]

    def select(self, history_id: int) -> None:
        """Select the row of one save (as a click would)."""
        for row, revision in enumerate(self.revisions):
            if revision.id == history_id:
                self.list.setCurrentRow(row)

    def _selected(self, row: int) -> None:
        if not 0 <= row < len(self.revisions) or self.current is None:
            self.restore.setEnabled(False)
            return
        found = changes(self.current, self.revisions[row].note)
        self.restore.setEnabled(bool(found))
        self.diff.setHtml(difference_html(found))

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.revisions) and self.restore.isEnabled():
            self.restore_requested.emit(self.revisions[row].id)


def _pick_a_save() -> str:
    pick = tr("Select a save to see how it differs from the note as it is now.")
    return f"<p><i>{html.escape(pick)}</i></p>"


def difference_html(found: list[FieldChange]) -> str:
    """What restoring would change, field by field: texts as a redline (struck: what goes,
    underlined: what comes back), the rest as "now → in this save"."""
    if not found:
        return f"<p><i>{html.escape(tr('This save says what the note says now.'))}</i></p>"
    parts = [f"<p><b>{html.escape(tr('Restoring this save would change:'))}</b></p>"]
    for change in found:
        words = change_words()
        named = change.title(words)
        title = html.escape(named[:1].upper() + named[1:])
        if change.field in _TEXTS:
            body = redline_html(redline.redline(change.before, change.after)) or (
                f"<p><i>{html.escape(change.describe(words))}</i></p>"
            )
            parts.append(f"<p><b>{title}</b></p>{body}")
        elif change.field in (NoteField.STANCE, NoteField.PRIORITY):
            none = "—"
            before = words.value_name(change.field, change.before) or none
            after = words.value_name(change.field, change.after) or none
            parts.append(f"<p><b>{title}</b>: {html.escape(f'{before} → {after}')}</p>")
        else:
            parts.append(f"<p><b>{title}</b>: {html.escape(change.describe(words))}</p>")
    return "".join(parts)


def local_time(stamp: str) -> str:
    """An ISO UTC time as the delegate's local "28 Nov 14:02:11" (in the interface's language)."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return i18n.local_time(moment, "dd MMM HH:mm:ss")

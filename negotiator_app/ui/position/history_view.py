"""Every earlier save of the note, newest first, with "Restore"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.storage.notes import NoteRevision
from negotiator_app.ui.theme import STANCE_NAMES


class NoteHistoryView(QWidget):
    """The list of saves; restoring one makes it the current note (itself a new save)."""

    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("noteHistory")
        self.list.setAccessibleName("Earlier saves of this note")
        self.list.setMinimumHeight(100)
        self.list.itemActivated.connect(lambda _: self._restore())
        self.restore = QPushButton("Restore this version")
        self.restore.setToolTip("Make the selected save the current note; nothing is lost")
        self.restore.clicked.connect(self._restore)
        self.restore.setEnabled(False)
        self.list.currentRowChanged.connect(lambda row: self.restore.setEnabled(row > 0))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.restore)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def set_revisions(self, revisions: list[NoteRevision]) -> None:
        self.list.clear()
        for index, revision in enumerate(revisions):
            text = f"{local_time(revision.saved)} — {describe(revision)}"
            if index == 0:
                text += "  (current)"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, revision.id)
            item.setToolTip(_details(revision))
            self.list.addItem(item)
        self.restore.setEnabled(False)

    def count(self) -> int:
        return self.list.count()

    def _restore(self) -> None:
        item = self.list.currentItem()
        if item is not None and self.list.row(item) > 0:
            self.restore_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))


def local_time(stamp: str) -> str:
    """An ISO UTC time as the delegate's local "28 Nov 14:02:11"."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    return moment.strftime("%d %b %H:%M:%S")


def describe(revision: NoteRevision) -> str:
    note = revision.note
    parts = [STANCE_NAMES.get(note.stance, note.stance) if note.stance else "no stance"]
    if note.red_line:
        parts.append("red line")
    for name in ("proposed", "rationale", "talking_points", "instructions"):
        text = " ".join(getattr(note, name).split())
        if text:
            parts.append(f"“{text[:40]}{'…' if len(text) > 40 else ''}”")
            break
    return " · ".join(parts)


def _details(revision: NoteRevision) -> str:
    note = revision.note
    lines = [f"Saved {local_time(revision.saved)}"]
    for name, title in (
        ("proposed", "Proposed wording"),
        ("rationale", "Rationale"),
        ("talking_points", "Talking points"),
        ("instructions", "Instructions"),
    ):
        text = getattr(note, name).strip()
        if text:
            lines.append(f"{title}: {text[:200]}")
    if note.tags:
        lines.append("Tags: " + ", ".join(note.tags))
    return "\n".join(lines)

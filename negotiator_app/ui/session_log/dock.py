"""The session log: one line to note what a delegation said on the provision being read.

Type "Russian Federation: supports deleting paragraph 2" and press Enter: the text before the
colon is the delegation. Entries are listed below with their time, newest last.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.outline import Outline
from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.ui.theme import look

if TYPE_CHECKING:
    from negotiator_app.storage.session_log import LogEntry

SHOWN = 500  # the newest entries; the rest stay in the library
_DELEGATION = re.compile(r"^\s*([^:]{1,60}?)\s*:\s+(.+)$", re.S)


def split_entry(line: str) -> tuple[str, str]:
    """ "Brazil: prefers option 2" -> ("Brazil", "prefers option 2"); no colon -> ("", line)."""
    match = _DELEGATION.match(line)
    if match:
        return match.group(1).strip(), match.group(2).strip()
    return "", line.strip()


class SessionLogDock(QDockWidget):
    """A dock with the input line and the timestamped list."""

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__("Session log", parent)
        self.setObjectName("sessionLogDock")
        self.library = library
        self.outline: Outline | None = None
        self.version: VersionInfo | None = None
        self.key = ""
        self._listing = False  # entries are listed once the window is on screen

        self.input = QLineEdit()
        self.input.setObjectName("sessionLogInput")
        self.input.setAccessibleName("What a delegation said")
        self.input.returnPressed.connect(self.add_line)
        self.only_here = QCheckBox("Only this provision")
        self.only_here.toggled.connect(lambda _: self.refresh())
        self.problem = QLabel()
        look(self.problem, "error")
        self.problem.hide()
        self.list = QListWidget()
        self.list.setObjectName("sessionLog")
        self.list.setAccessibleName("Session log entries")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)

        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.only_here)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.list, 1)
        self.setWidget(body)
        self._update_placeholder()

    def show_provision(self, outline: Outline, version: VersionInfo, key: str) -> None:
        changed = self.version is None or version.instrument_id != self.version.instrument_id
        self.outline, self.version, self.key = outline, version, key
        self._update_placeholder()
        if self._listing and (changed or self.only_here.isChecked()):
            self.refresh()

    def start_listing(self) -> None:
        """List the entries from now on (the window's first paint does not wait for them)."""
        if not self._listing:
            self._listing = True
            self.refresh()

    def focus_input(self) -> None:
        self.show()
        self.raise_()
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_line(self) -> None:
        line = self.input.text().strip()
        if not line or self.version is None:
            return
        from negotiator_app.storage.session_log import add_entry

        delegation, text = split_entry(line)
        try:
            add_entry(self.library, self.version, self.key, text, delegation=delegation)
        except LibraryError as error:
            self._problem(str(error))
            return
        self.problem.hide()
        self.input.clear()
        self.refresh()

    def refresh(self) -> None:
        # Imported here: the log is first listed after the window's first paint (start_listing).
        from negotiator_app.storage.session_log import list_entries

        self.list.clear()
        if self.version is None:
            return
        try:
            entries = list_entries(
                self.library,
                instrument_id=self.version.instrument_id,
                provision_key=self.key if self.only_here.isChecked() else None,
                limit=SHOWN,
            )
        except LibraryError as error:
            self._problem(str(error))
            return
        for entry in entries:
            item = QListWidgetItem(self._line(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.provision_key)
            self.list.addItem(item)
        self.list.scrollToBottom()

    def entries_shown(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _line(self, entry: LogEntry) -> str:
        where = entry.provision_key
        if self.outline is not None and where in self.outline:
            where = self.outline.title(where)
        who = f"{entry.delegation}: " if entry.delegation else ""
        return f"{_local_time(entry.created)}  {where} — {who}{entry.text}"

    def _update_placeholder(self) -> None:
        where = self.outline.title(self.key) if self.outline and self.key in self.outline else ""
        suffix = f" on {where}" if where else ""
        self.input.setPlaceholderText(f"Delegation: what they said{suffix} — Enter to log")

    def _problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()


def _local_time(stamp: str) -> str:
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%H:%M")
    except ValueError:
        return stamp

"""The session log: one line to note what a delegation said on the provision being read.

Type "Russian Federation: supports deleting paragraph 2" and press Enter: the text before the
colon is the delegation. Entries are listed below with their time (and date, when not today),
newest last. An entry's context menu (or F2, Delete) corrects or deletes it, each change kept in
its history, and copies what a delegation said into the delegations table of the position.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.outline import Outline
from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.ui.i18n import local_time, translator
from negotiator_app.ui.theme import look

if TYPE_CHECKING:
    from negotiator_app.storage.session_log import LogEntry

SHOWN = 500  # the newest entries; the rest stay in the library
_DELEGATION = re.compile(r"^\s*([^:]{1,60}?)\s*:\s+(.+)$", re.S)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the LogEntry an item shows
tr = translator("SessionLog")
# The entry's commands, by name.
TEXT = {
    "open": tr.mark("&Go to the provision"),
    "edit": tr.mark("&Correct…"),
    "delete": tr.mark("&Delete"),
    "copy": tr.mark("Cop&y the text"),
    "to_delegations": tr.mark("Add to the &delegations of the position"),
}


def split_entry(line: str) -> tuple[str, str]:
    """ "Brazil: prefers option 2" -> ("Brazil", "prefers option 2"); no colon -> ("", line)."""
    match = _DELEGATION.match(line)
    if match:
        return match.group(1).strip(), match.group(2).strip()
    return "", line.strip()


class SessionLogDock(QDockWidget):
    """A dock with the input line and the timestamped list."""

    provision_opened = Signal(str)  # an entry's provision key, to read it
    delegation_said = Signal(object)  # a LogEntry whose words go into the delegations table

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(tr("Session log"), parent)
        self.setObjectName("sessionLogDock")
        self.library = library
        self.outline: Outline | None = None
        self.version: VersionInfo | None = None
        self.key = ""
        self._listing = False  # entries are listed once the window is on screen

        self.input = QLineEdit()
        self.input.setObjectName("sessionLogInput")
        self.input.setAccessibleName(tr("What a delegation said"))
        self.input.returnPressed.connect(self.add_line)
        self.only_here = QCheckBox(tr("Only this provision"))
        self.only_here.toggled.connect(lambda _: self.refresh())
        self.problem = QLabel()
        look(self.problem, "error")
        self.problem.hide()
        self.list = QListWidget()
        self.list.setObjectName("sessionLog")
        self.list.setAccessibleName(tr("Session log entries"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemActivated.connect(lambda item: self._open(self._entry(item)))
        self.actions = self._entry_actions()
        self.dialog: QWidget | None = None  # the correction dialog open now, if any
        self.undo = QLabel()
        self.undo.setObjectName("logUndo")
        self.undo.linkActivated.connect(lambda _: self._undelete())
        self.undo.hide()
        self._deleted: LogEntry | None = None

        row = QHBoxLayout()
        row.addWidget(self.input, 1)
        row.addWidget(self.only_here)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(8, 4, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.undo)
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
            item.setData(ENTRY_ROLE, entry)
            if entry.edited:
                item.setToolTip(self._earlier(entry))
            self.list.addItem(item)
        self.list.scrollToBottom()

    def current_entry(self) -> LogEntry | None:
        item = self.list.currentItem()
        return self._entry(item) if item is not None else None

    def correct(self, entry: LogEntry | None = None) -> QWidget | None:
        """Open the correction dialog on an entry (the one selected by default)."""
        from negotiator_app.ui.session_log.entry_dialog import EntryDialog

        entry = entry or self.current_entry()
        if entry is None:
            return None
        dialog = EntryDialog(entry, self.window())
        dialog.accepted.connect(lambda: self._corrected(entry, *dialog.values()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.finished.connect(lambda _: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()
        return dialog

    def delete(self, entry: LogEntry | None = None) -> None:
        """Delete an entry from the log (kept, marked deleted; Undo brings it back)."""
        from negotiator_app.storage.session_log import delete_entry

        entry = entry or self.current_entry()
        if entry is None:
            return
        try:
            self._deleted = delete_entry(self.library, entry.id)
        except LibraryError as error:
            self._problem(str(error))
            return
        self.undo.setText(f'{tr("Entry deleted.")} <a href="undo">{tr("Undo")}</a>')
        self.undo.show()
        self.refresh()

    def entries_shown(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def _line(self, entry: LogEntry) -> str:
        where = entry.provision_key
        if self.outline is not None and where in self.outline:
            where = self.outline.title(where)
        who = f"{entry.delegation}: " if entry.delegation else ""
        edited = tr(" (edited)") if entry.edited else ""
        return f"{when_said(entry.created)}  {where} — {who}{entry.text}{edited}"

    def _earlier(self, entry: LogEntry) -> str:
        """What a corrected entry said before its last correction."""
        from negotiator_app.storage.session_log import EntryChange, entry_history

        try:
            states = entry_history(self.library, entry.id)
        except LibraryError:
            return ""
        edits = [state for state in states if state.change == EntryChange.EDITED]
        if not edits:
            return ""
        who = f"{edits[-1].delegation}: " if edits[-1].delegation else ""
        return tr("Before it was corrected it said: {text}").format(text=f"{who}{edits[-1].text}")

    # -- an entry's commands ------------------------------------------------------------

    def _entry_actions(self) -> dict[str, QAction]:
        """The context menu's commands; F2 and Delete work on the list too."""
        made = {}
        keys: dict[str, list[QKeySequence]] = {
            "open": [],
            "edit": [QKeySequence("F2")],
            "delete": [QKeySequence(QKeySequence.StandardKey.Delete)],
            "copy": [QKeySequence(QKeySequence.StandardKey.Copy)],
            "to_delegations": [],
        }
        for name, sequences in keys.items():
            action = QAction(tr.marked(TEXT[name]), self.list)
            action.setShortcuts(sequences)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(lambda _=False, n=name: self._run(n))
            self.list.addAction(action)
            made[name] = action
        return made

    def _context_menu(self, point: QPoint) -> QMenu | None:
        item = self.list.itemAt(point)
        if item is None:
            return None
        self.list.setCurrentItem(item)
        menu = self.entry_menu(self._entry(item))
        menu.popup(self.list.viewport().mapToGlobal(point))
        return menu

    def entry_menu(self, entry: LogEntry) -> QMenu:
        """The context menu of an entry (its commands enabled as they apply)."""
        self.actions["open"].setEnabled(bool(entry.provision_key))
        self.actions["to_delegations"].setEnabled(
            bool(entry.delegation and entry.provision_key and entry.version_id is not None)
        )
        menu = QMenu(self.list)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for name in ("open", "edit", "delete", "copy", "to_delegations"):
            if name == "copy":
                menu.addSeparator()
            menu.addAction(self.actions[name])
        return menu

    def _run(self, name: str) -> None:
        entry = self.current_entry()
        if entry is None:
            return
        if name == "open":
            self._open(entry)
        elif name == "edit":
            self.correct(entry)
        elif name == "delete":
            self.delete(entry)
        elif name == "copy":
            QApplication.clipboard().setText(entry.text)
        elif entry.delegation and entry.provision_key:
            self.delegation_said.emit(entry)

    def _open(self, entry: LogEntry | None) -> None:
        if entry is not None and entry.provision_key:
            self.provision_opened.emit(entry.provision_key)

    def _corrected(self, entry: LogEntry, delegation: str, text: str) -> None:
        from negotiator_app.storage.session_log import edit_entry

        try:
            edit_entry(self.library, entry.id, text=text, delegation=delegation)
        except LibraryError as error:
            self._problem(str(error))
            return
        self.problem.hide()
        self.refresh()

    def _undelete(self) -> None:
        from negotiator_app.storage.session_log import undelete_entry

        if self._deleted is not None:
            try:
                undelete_entry(self.library, self._deleted.id)
            except LibraryError as error:
                self._problem(str(error))
                return
        self._deleted = None
        self.undo.hide()
        self.refresh()

    @staticmethod
    def _entry(item: QListWidgetItem) -> LogEntry:
        return item.data(ENTRY_ROLE)

    def _update_placeholder(self) -> None:
        where = self.outline.title(self.key) if self.outline and self.key in self.outline else ""
        if where:
            text = tr("Delegation: what they said on {provision} — Enter to log")
        else:
            text = tr("Delegation: what they said — Enter to log")
        self.input.setPlaceholderText(text.format(provision=where))

    def _problem(self, sentence: str) -> None:
        self.problem.setText(sentence)
        self.problem.show()


def when_said(stamp: str, today: datetime | None = None) -> str:
    """ "14:02" for a time today, "12 Mar 14:02" for another day ("12 Mar 2025 14:02" for
    another year): a log read the next morning says which day each thing was said."""
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    today = (today or datetime.now()).astimezone()
    if moment.date() == today.date():
        return moment.strftime("%H:%M")
    if moment.year == today.year:
        return local_time(moment, "dd MMM HH:mm")
    return local_time(moment, "dd MMM yyyy HH:mm")

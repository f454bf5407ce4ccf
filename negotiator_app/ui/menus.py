"""The menus, their shortcuts and the tool bar, declared once; Help > Keyboard shortcuts lists them.

Platform-standard keys (QKeySequence.StandardKey) wherever Qt has one. Alt+Left/Right step
through articles (as the issue asks), so back/forward in the reading history use Ctrl+[ / Ctrl+]
and the mouse's back/forward buttons instead of the platform's Alt+Left.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QSizePolicy, QToolBar, QToolButton, QWidget

if TYPE_CHECKING:
    from negotiator_app.ui.main_window import MainWindow

SK = QKeySequence.StandardKey
# Keys that are not menu commands, for the shortcuts list.
OTHER_KEYS = [
    ("Article tree", "Page Up / Page Down", "Previous / next article"),
    ("Tree filter", "Type, then Down or Enter", "Narrow the tree, then go into it"),
    ("Search box", "Up / Down, Enter", "Choose a result, open it with the hits marked"),
    ("Search box", "Esc", "Back to where you were"),
    ("Reader", "Esc", "Clear the search highlighting"),
    ("Overview", "Up / Down, Enter", "Choose a chapter, open it"),
    ("Compare versions", "Up / Down, Enter", "Choose a provision, read it in the reader"),
    ("Compare versions", "Esc", "Back to the reader"),
    ("Positions to review", "Enter, Alt+K", "Open the provision; mark its position reviewed"),
    ("Precedents tab", "Tab, Enter", "Go from citation to citation, open one in the reader"),
    ("Session log", "Delegation: text, Enter", "Log what a delegation said"),
    ("Delegations table", "Insert / Delete", "Add / remove a delegation"),
]


def build_menus(window: MainWindow) -> dict[str, QAction]:
    """Create the menu bar of window; returns the actions by name."""
    actions: dict[str, QAction] = {}
    bar = window.menuBar()

    def add(
        menu: QMenu,
        name: str,
        text: str,
        slot: Callable[[], object],
        keys: list[QKeySequence | SK | str] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, window)
        sequences: list[QKeySequence] = []
        for key in keys or []:
            if isinstance(key, SK):
                sequences.extend(QKeySequence.keyBindings(key))
            else:
                sequences.append(QKeySequence(key))
        unique = list(dict.fromkeys(s.toString() for s in sequences if not s.isEmpty()))
        action.setShortcuts([QKeySequence(s) for s in unique])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        window.addAction(action)  # shortcuts work while the menu bar is hidden (full screen)
        actions[name] = action
        return action

    file = bar.addMenu("&File")
    add(file, "import", "&Import…", window.import_file, [SK.Open], "Import a draft")
    add(file, "export", "&Export memo…", window.export_memo, ["Ctrl+E"], "Write a Word memo")
    add(file, "export_changes", "Export &table of changes…", window.revisions.export_changes,
        ["Ctrl+Shift+E"], "The synoptic table: old text, new text with the changes marked, "
        "your comment")  # fmt: skip
    add(file, "backup", "&Back up library", window.back_up, [], "A checked copy in backups/")
    add(file, "import_report", "Import &report of this version", window.show_version_report, [],
        "What the import found, what to check and what it left out")  # fmt: skip
    file.addSeparator()
    add(file, "lock", "&Lock", window.lock_now, ["Ctrl+Shift+L"], "Hide the library until its "
        "passphrase is typed (an encrypted library)")  # fmt: skip
    idle = file.addMenu("Lock when &idle")
    idle_group = QActionGroup(window)
    for minutes, text in ((5, "After &5 minutes"), (10, "After &10 minutes"),
                          (30, "After &30 minutes"), (0, "&Never")):  # fmt: skip
        action = add(
            idle, f"lock_after_{minutes}", text, lambda m=minutes: window.set_lock_minutes(m)
        )
        action.setCheckable(True)
        idle_group.addAction(action)
    add(file, "encrypt", "&Encrypt library…", window.encrypt_library, [],
        "Protect the library, its backups and its index with a passphrase")  # fmt: skip
    add(file, "decrypt", "Store library in &clear…", window.decrypt_library, [])
    file.addSeparator()
    add(file, "quit", "&Quit", window.close, [SK.Quit, "Ctrl+Q"])

    edit = bar.addMenu("&Edit")
    for name, text, key, method in (
        ("undo", "&Undo", SK.Undo, "undo"),
        ("redo", "&Redo", SK.Redo, "redo"),
        ("cut", "Cu&t", SK.Cut, "cut"),
        ("copy", "&Copy", SK.Copy, "copy"),
        ("paste", "&Paste", SK.Paste, "paste"),
        ("select_all", "Select &all", SK.SelectAll, "selectAll"),
    ):
        add(edit, name, text, _on_focus(method), [key])
        if name == "redo":
            edit.addSeparator()
    edit.addSeparator()
    add(edit, "find", "&Find…", window.focus_search, [SK.Find], "Search the text and your notes")
    add(edit, "find_next", "Next &hit", lambda: window.next_hit(1), ["F3"], "The next word found")
    add(edit, "find_previous", "Pre&vious hit", lambda: window.next_hit(-1), ["Shift+F3"])
    add(edit, "filter", "Filter the &tree", window.navigator.focus_filter, ["Ctrl+T"])
    add(edit, "log", "&Log a statement", window.log_dock.focus_input, ["Ctrl+L"])

    view = bar.addMenu("&View")
    add(view, "zoom_in", "&Larger text", lambda: window.zoom(1), [SK.ZoomIn, "Ctrl+="])
    add(view, "zoom_out", "&Smaller text", lambda: window.zoom(-1), [SK.ZoomOut])
    add(view, "zoom_reset", "&Normal size", lambda: window.zoom(0), ["Ctrl+0"])
    view.addSeparator()
    theme_menu = view.addMenu("&Colours")
    group = QActionGroup(window)
    for theme, text in (("system", "Follow the &system"), ("light", "&Light"), ("dark", "&Dark")):
        action = add(theme_menu, f"theme_{theme}", text, lambda t=theme: window.set_theme(t))
        action.setCheckable(True)
        group.addAction(action)
    view.addSeparator()
    log_toggle = window.log_dock.toggleViewAction()
    log_toggle.setText("Session lo&g")
    view.addAction(log_toggle)
    actions["toggle_log"] = log_toggle
    panel = add(view, "toggle_position", "&Position panel", window.toggle_position_panel)
    panel.setCheckable(True)
    panel.setChecked(True)
    parallel = add(view, "parallel", "Parallel te&xt", window.toggle_parallel, ["Ctrl+Shift+P"],
                   "This version beside another language of its revision")  # fmt: skip
    parallel.setCheckable(True)
    only_new = add(view, "new_language", "New language &only", window.toggle_new_language,
                   ["Ctrl+Shift+N"], "Only the paragraphs with no precedent")  # fmt: skip
    only_new.setCheckable(True)
    view.addSeparator()
    full = add(
        view, "full_screen", "&Full screen", window.toggle_full_screen, [SK.FullScreen, "F11"]
    )
    full.setCheckable(True)

    library = bar.addMenu("&Library")
    version_actions = [
        add(library, "rename_version", "&Rename this version…", window.rename_version, [],
            "Give the version being read another label"),
        add(library, "relabel_version", "&Language and title of this version…",
            window.relabel_version, [], "Say which language the version is in, and its title"),
        add(library, "delete_version", "&Delete this version…", window.delete_version, [],
            "Delete the version being read (a backup first; positions kept)"),
    ]  # fmt: skip
    library.addSeparator()
    instrument_actions = [
        add(library, "rename_instrument", "Rename this &instrument…", window.rename_instrument),
        add(library, "delete_instrument", "Delete this ins&trument…", window.delete_instrument,
            [], "Delete every version of the instrument (a backup first; positions kept)"),
    ]  # fmt: skip
    # The same commands on the version picker's context menu.
    picker = window.navigator.versions
    picker.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    picker.addActions(version_actions)
    separator = QAction(picker)
    separator.setSeparator(True)
    picker.addAction(separator)
    picker.addActions(instrument_actions)

    go = bar.addMenu("&Go")
    add(go, "goto", "&Go to article…", window.goto_article, ["Ctrl+G", "Ctrl+K"])
    add(go, "next", "&Next article", lambda: window.step(1), ["Alt+Right"])
    add(go, "previous", "&Previous article", lambda: window.step(-1), ["Alt+Left"])
    go.addSeparator()
    add(go, "back", "&Back", window.go_back, ["Ctrl+["], "Back to the provision read before")
    add(go, "forward", "&Forward", window.go_forward, ["Ctrl+]"])
    go.addSeparator()
    add(go, "overview", "&Overview", window.show_overview, ["Ctrl+Shift+O"])
    add(go, "compare", "&Compare versions", window.revisions.show_compare, ["Ctrl+Shift+C"],
        "What changed from the revision before, provision by provision")  # fmt: skip
    add(go, "review", "Positions to r&eview", window.revisions.show_review, ["Ctrl+Shift+R"],
        "Carried positions whose text changed, one by one")  # fmt: skip
    add(go, "version", "Other &version…", window.choose_version, ["Ctrl+Shift+V"])
    add(go, "tree", "Article &tree", window.focus_tree, ["Ctrl+1"])
    add(go, "reader", "&Reader", window.focus_reader, ["Ctrl+2"])
    add(go, "position", "Your &position", window.focus_position, ["Ctrl+3"])
    add(go, "precedents", "Pre&cedents", window.focus_precedents, ["Ctrl+4"],
        "Where the provision's words come from")  # fmt: skip

    help_menu = bar.addMenu("&Help")
    add(help_menu, "shortcuts", "&Keyboard shortcuts", window.show_shortcuts, [SK.HelpContents])
    add(help_menu, "log", "Show &log", window.show_log, [], "What was imported, backed up, failed")
    add(help_menu, "about", "&About Negotiator", window.show_about)
    return actions


def build_toolbar(window: MainWindow) -> QToolBar:
    """The three things a newcomer looks for, in words, and the search box on the right."""
    bar = QToolBar("Main")
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setFloatable(False)
    for text, tip, slot in (
        ("Go to article…", "Go to an article by number (Ctrl+G)", window.goto_article),
        ("Overview", "Where you stand, chapter by chapter (Ctrl+Shift+O)", window.show_overview),
        ("Import…", "Import a draft (Ctrl+O), or drop a file on the window", window.import_file),
    ):
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        bar.addWidget(button)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    bar.addWidget(window.search.box)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def _on_focus(method: str) -> Callable[[], None]:
    """Edit commands act on whichever text field has the focus."""

    def run() -> None:
        widget = QApplication.focusWidget()
        if widget is not None and hasattr(widget, method):
            getattr(widget, method)()

    return run


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str, str]]:
    """(where, keys, what) for every command with a shortcut, then the other keys."""
    rows = []
    for action in actions.values():
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        if keys:
            rows.append(("Anywhere", keys, action.text().replace("&", "").rstrip("…")))
    return rows + OTHER_KEYS

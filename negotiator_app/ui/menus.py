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

from negotiator_app.ui import settings as options
from negotiator_app.ui.i18n import SYSTEM, UI_LANGUAGES, translator

if TYPE_CHECKING:
    from negotiator_app.ui.main_window import MainWindow

tr = translator("Menus")
SK = QKeySequence.StandardKey
# Keys that are not menu commands, for the shortcuts list.
OTHER_KEYS = [
    (tr.mark("Article tree"), tr.mark("Page Up / Page Down"),
     tr.mark("Previous / next article")),
    (tr.mark("Tree filter"),
     tr.mark("Type, then Down or Enter"),
     tr.mark("Narrow the tree, then go into it")),
    (tr.mark("Search box"), tr.mark("Up / Down, Enter"),
     tr.mark("Choose a result, open it with the hits marked")),
    (tr.mark("Search box"), tr.mark("Esc"),
     tr.mark("Back to where you were")),
    (tr.mark("Reader"), tr.mark("Esc"),
     tr.mark("Clear the search highlighting")),
    (tr.mark("Overview"), tr.mark("Up / Down, Enter"),
     tr.mark("Choose a chapter, open it")),
    (tr.mark("Compare versions"), tr.mark("Up / Down, Enter"),
     tr.mark("Choose a provision, read it in the reader")),
    (tr.mark("Compare versions"), tr.mark("Esc"), tr.mark("Back to the reader")),
    (tr.mark("Positions to review"), tr.mark("Enter, Alt+K"),
     tr.mark("Open the provision; mark its position reviewed")),
    (tr.mark("Precedents tab"), tr.mark("Tab, Enter"),
     tr.mark("Go from citation to citation, open one in the reader")),
    (tr.mark("Session log"), tr.mark("Delegation: text, Enter"),
     tr.mark("Log what a delegation said")),
    (tr.mark("Delegations table"), tr.mark("Insert / Delete"),
     tr.mark("Add / remove a delegation")),
]  # fmt: skip


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

    file = bar.addMenu(tr("&File"))
    add(
        file,
        "import",
        tr("&Import…"),
        window.import_file,
        [SK.Open],
        tr("Import a draft"),
    )
    add(file, "export", tr("&Export memo…"), window.export_memo, ["Ctrl+E"],
        tr("Write a Word memo"))  # fmt: skip
    add(file, "export_changes", tr("Export &table of changes…"), window.revisions.export_changes,
        ["Ctrl+Shift+E"], tr("The synoptic table: old text, new text with the changes marked, "
        "your comment"))  # fmt: skip
    add(file, "backup", tr("&Back up library"), window.back_up, [],
        tr("A checked copy in backups/"))  # fmt: skip
    add(file, "import_report", tr("Import &report of this version"), window.show_version_report,
        [], tr("What the import found, what to check and what it left out"))  # fmt: skip
    file.addSeparator()
    add(file, "lock", tr("&Lock"), window.security.lock_now, ["Ctrl+Shift+L"],
        tr("Hide the library until its passphrase is typed (an encrypted library)"))  # fmt: skip
    idle = file.addMenu(tr("Lock when &idle"))
    idle_group = QActionGroup(window)
    for minutes, text in ((5, tr("After &5 minutes")), (10, tr("After &10 minutes")),
                          (30, tr("After &30 minutes")), (0, tr("&Never"))):  # fmt: skip
        action = add(idle, f"lock_after_{minutes}", text,
                     lambda m=minutes: window.security.set_lock_minutes(m))  # fmt: skip
        action.setCheckable(True)
        idle_group.addAction(action)
    add(file, "encrypt", tr("&Encrypt library…"), window.security.encrypt_library, [],
        tr("Protect the library, its backups and its index with a passphrase"))  # fmt: skip
    add(file, "decrypt", tr("Store library in &clear…"), window.security.decrypt_library, [])
    file.addSeparator()
    add(file, "quit", tr("&Quit"), window.close, [SK.Quit, "Ctrl+Q"])

    edit = bar.addMenu(tr("&Edit"))
    for name, text, key, method in (
        ("undo", tr("&Undo"), SK.Undo, "undo"),
        ("redo", tr("&Redo"), SK.Redo, "redo"),
        ("cut", tr("Cu&t"), SK.Cut, "cut"),
        ("copy", tr("&Copy"), SK.Copy, "copy"),
        ("paste", tr("&Paste"), SK.Paste, "paste"),
        ("select_all", tr("Select &all"), SK.SelectAll, "selectAll"),
    ):
        add(edit, name, text, _on_focus(method), [key])
        if name == "redo":
            edit.addSeparator()
    edit.addSeparator()
    add(edit, "find", tr("&Find…"), window.focus_search, [SK.Find],
        tr("Search the text and your notes"))  # fmt: skip
    add(edit, "find_next", tr("Next &hit"), lambda: window.navigation.next_hit(1), ["F3"],
        tr("The next word found"))  # fmt: skip
    add(
        edit,
        "find_previous",
        tr("Pre&vious hit"),
        lambda: window.navigation.next_hit(-1),
        ["Shift+F3"],
    )
    add(
        edit,
        "filter",
        tr("Filter the &tree"),
        window.navigator.focus_filter,
        ["Ctrl+T"],
    )
    add(edit, "log", tr("&Log a statement"), window.log_dock.focus_input, ["Ctrl+L"])

    view = bar.addMenu(tr("&View"))
    looks = window.appearance
    add(
        view,
        "zoom_in",
        tr("&Larger text"),
        lambda: looks.zoom(1),
        [SK.ZoomIn, "Ctrl+="],
    )
    add(view, "zoom_out", tr("&Smaller text"), lambda: looks.zoom(-1), [SK.ZoomOut])
    add(view, "zoom_reset", tr("&Normal size"), lambda: looks.zoom(0), ["Ctrl+0"])
    view.addSeparator()
    theme_menu = view.addMenu(tr("&Colours"))
    group = QActionGroup(window)
    for theme, text in (
        ("system", tr("Follow the &system")), ("light", tr("&Light")), ("dark", tr("&Dark"))
    ):  # fmt: skip
        action = add(theme_menu, f"theme_{theme}", text, lambda t=theme: looks.set_theme(t))
        action.setCheckable(True)
        group.addAction(action)
    language_menu = view.addMenu(tr("Lan&guage"))
    languages = QActionGroup(window)
    chosen = window.settings.get(options.LANGUAGE)
    choices = [(SYSTEM, tr("Follow the &system")), *UI_LANGUAGES.items()]
    for code, text in choices:
        action = add(language_menu, f"language_{code}", text, lambda c=code: looks.set_language(c))
        action.setCheckable(True)
        action.setChecked(code == chosen or code == SYSTEM and chosen not in UI_LANGUAGES)
        languages.addAction(action)
    view.addSeparator()
    log_toggle = window.log_dock.toggleViewAction()
    log_toggle.setText(tr("Session lo&g"))
    view.addAction(log_toggle)
    actions["toggle_log"] = log_toggle
    panel = add(view, "toggle_position", tr("&Position panel"), window.panes.toggle_side)
    panel.setCheckable(True)
    panel.setChecked(True)
    parallel = add(view, "parallel", tr("Parallel te&xt"), window.toggle_parallel,
                   ["Ctrl+Shift+P"],
                   tr("This version beside another language of its revision"))  # fmt: skip
    parallel.setCheckable(True)
    only_new = add(view, "new_language", tr("New language &only"),
                   window.navigator.new_language.toggle, ["Ctrl+Shift+N"],
                   tr("Only the paragraphs with no precedent"))  # fmt: skip
    only_new.setCheckable(True)
    view.addSeparator()
    full = add(
        view,
        "full_screen",
        tr("&Full screen"),
        window.toggle_full_screen,
        [SK.FullScreen, "F11"],
    )
    full.setCheckable(True)

    library = bar.addMenu(tr("&Library"))
    version_actions = [
        add(library, "rename_version", tr("&Rename this version…"), window.rename_version, [],
            tr("Give the version being read another label")),
        add(library, "relabel_version", tr("&Language and title of this version…"),
            window.relabel_version, [], tr("Say which language the version is in, and its title")),
        add(library, "delete_version", tr("&Delete this version…"), window.delete_version, [],
            tr("Delete the version being read (a backup first; positions kept)")),
    ]  # fmt: skip
    library.addSeparator()
    instrument_actions = [
        add(library, "rename_instrument", tr("Rename this &instrument…"), window.rename_instrument),
        add(library, "delete_instrument", tr("Delete this ins&trument…"), window.delete_instrument,
            [], tr("Delete every version of the instrument (a backup first; positions kept)")),
    ]  # fmt: skip
    # The same commands on the version picker's context menu.
    picker = window.navigator.versions
    picker.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    picker.addActions(version_actions)
    separator = QAction(picker)
    separator.setSeparator(True)
    picker.addAction(separator)
    picker.addActions(instrument_actions)

    go = bar.addMenu(tr("&Go"))
    add(go, "goto", tr("&Go to article…"), window.navigation.goto_article, ["Ctrl+G", "Ctrl+K"])
    add(go, "next", tr("&Next article"), lambda: window.navigation.step(1), ["Alt+Right"])
    add(
        go,
        "previous",
        tr("&Previous article"),
        lambda: window.navigation.step(-1),
        ["Alt+Left"],
    )
    go.addSeparator()
    add(go, "back", tr("&Back"), window.navigation.back, ["Ctrl+["],
        tr("Back to the provision read before"))  # fmt: skip
    add(go, "forward", tr("&Forward"), window.navigation.forward, ["Ctrl+]"])
    go.addSeparator()
    add(go, "overview", tr("&Overview"), window.show_overview, ["Ctrl+Shift+O"])
    add(
        go,
        "version",
        tr("Other &version…"),
        window.panes.choose_version,
        ["Ctrl+Shift+V"],
    )
    add(go, "compare", tr("&Compare versions"), window.revisions.show_compare,
        ["Ctrl+Shift+C"],
        tr("What changed from the revision before, provision by provision"))  # fmt: skip
    add(go, "review", tr("Positions to r&eview"), window.revisions.show_review, ["Ctrl+Shift+R"],
        tr("Carried positions whose text changed, one by one"))  # fmt: skip
    add(go, "tree", tr("Article &tree"), window.panes.focus_tree, ["Ctrl+1"])
    add(go, "reader", tr("&Reader"), window.focus_reader, ["Ctrl+2"])
    add(go, "position", tr("Your &position"), window.panes.focus_position, ["Ctrl+3"])
    add(go, "precedents", tr("Pre&cedents"), window.panes.focus_precedents, ["Ctrl+4"],
        tr("Where the provision's words come from"))  # fmt: skip

    help_menu = bar.addMenu(tr("&Help"))
    add(help_menu, "shortcuts", tr("&Keyboard shortcuts"), window.show_shortcuts,
        [SK.HelpContents])  # fmt: skip
    add(help_menu, "log", tr("Show &log"), window.show_log, [],
        tr("What was imported, backed up, failed"))  # fmt: skip
    add(help_menu, "about", tr("&About Negotiator"), window.show_about)
    return actions


def build_toolbar(window: MainWindow) -> QToolBar:
    """The three things a newcomer looks for, in words, and the search box on the right."""
    bar = QToolBar(tr("Main"))
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setFloatable(False)
    for text, tip, slot in (
        (tr("Go to article…"),
         tr("Go to an article by number (Ctrl+G)"), window.navigation.goto_article),
        (tr("Overview"),
         tr("Where you stand, chapter by chapter (Ctrl+Shift+O)"),
         window.show_overview),
        (tr("Import…"),
         tr("Import a draft (Ctrl+O), or drop a file on the window"),
         window.import_file),
    ):  # fmt: skip
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
            what = action.text().replace("&", "").rstrip("…")
            rows.append((tr("Anywhere"), keys, what))
    others = [tuple(tr.marked(text) for text in row) for row in OTHER_KEYS]
    return rows + others  # type: ignore[operator]

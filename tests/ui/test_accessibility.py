"""Screen readers and the keyboard: every control has a name, the day's work needs no mouse."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QScrollBar,
    QTextEdit,
    QToolButton,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
)


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader announces (Qt also takes it from a button's text or a buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface else ""


def qt_own_part(widget: QWidget) -> bool:
    """A piece Qt builds inside a control, announced as part of it: not ours to name."""
    parent = widget.parent()
    return (
        widget.objectName().startswith("qt_")  # Qt's own: the corner of a table, "more" arrows
        or isinstance(widget, QHeaderView)  # announced by its columns' titles
        or isinstance(parent, QComboBox | QAbstractSpinBox)  # a box's own edit or popup list
        or isinstance(parent, QWidget)
        and isinstance(parent.parent(), QComboBox)
        or isinstance(widget, QToolButton)
        and isinstance(parent, QLineEdit)  # a clear button
    )


def nameless(root: QWidget) -> list[str]:
    """The controls under root that a screen reader could not name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or isinstance(widget, QScrollBar):
            continue
        if qt_own_part(widget):
            continue
        if not accessible_name(widget):
            where = type(widget.parent()).__name__
            found.append(f"{type(widget).__name__} {widget.objectName()!r} in {where}")
    return found


def test_every_control_of_the_workbench_has_a_name(qtbot, workbench):
    workbench.finish_start()
    workbench.results  # noqa: B018 - made on first use: made here to be checked
    workbench.overview  # noqa: B018
    missing = nameless(workbench)
    assert missing == [], "\n".join(missing)
    # The tree's marks are pictures: a screen reader hears them in words.
    model = workbench.navigator.model
    described = model.index_of("art-10").data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert described == "2 open brackets in its paragraphs"


def test_every_control_of_the_dialogs_has_a_name(qtbot, workbench, tmp_path):
    from negotiator_app.ui.export.dialog import ExportMemoDialog
    from negotiator_app.ui.library.import_options import ImportOptions

    dialogs = [
        workbench.goto_article(),
        workbench.show_shortcuts(),
        ImportOptions(tmp_path / "draft.docx", ["Fisheries data"], workbench),
    ]
    workbench.export_memo()
    dialogs.append(workbench.findChild(ExportMemoDialog))
    for dialog in dialogs:
        missing = nameless(dialog)
        assert missing == [], f"{type(dialog).__name__}: " + "\n".join(missing)
        dialog.close()


def test_the_rest_of_the_day_by_keyboard(qtbot, workbench, tmp_path):
    """Log a statement, note a delegation, switch to the Russian text and back, export a memo."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from negotiator_app.storage.notes import get_note
    from negotiator_app.ui.export.dialog import ExportMemoDialog

    ctrl, alt, shift = (
        Qt.KeyboardModifier.ControlModifier,
        Qt.KeyboardModifier.AltModifier,
        Qt.KeyboardModifier.ShiftModifier,
    )

    def focused():
        return QApplication.focusWidget()

    workbench.open_provision("art-10")
    # What the EU said, in the session log.
    qtbot.keyClick(workbench, Qt.Key.Key_L, ctrl)
    qtbot.keyClicks(focused(), "EU: study reservation")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert any("EU: study reservation" in line for line in workbench.log_dock.entries_shown())

    # A stance, then the EU in the delegations table: Insert adds a row, typing fills it.
    qtbot.keyClick(workbench, Qt.Key.Key_3, ctrl)
    qtbot.keyClick(focused(), Qt.Key.Key_S)  # the first stance starting with S: Support
    delegations = workbench.panel.delegations
    delegations.table.setFocus()
    qtbot.keyClick(delegations, Qt.Key.Key_Insert)
    qtbot.keyClicks(focused(), "EU")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClick(workbench, Qt.Key.Key_2, ctrl)  # to the reader: the panel saves
    note = get_note(workbench.library, "art-10", version_id=workbench.version.id)
    assert note.stance == "support" and [d.delegation for d in note.delegations] == ["EU"]

    # The marks' legend, from the tree: Ctrl+1, then Tab to its button, Space to open it.
    qtbot.keyClick(workbench, Qt.Key.Key_1, ctrl)
    legend = workbench.navigator.legend
    for _ in range(3):
        if focused() is legend.toggle:
            break
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is legend.toggle
    qtbot.keyClick(focused(), Qt.Key.Key_Space)
    assert legend.table.isVisible()

    # The Russian text of the same article, and back.
    english = workbench.version.id
    qtbot.keyClick(workbench, Qt.Key.Key_V, ctrl | shift)
    qtbot.waitUntil(lambda: workbench.navigator.versions.view().isVisible())
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    assert workbench.version.id != english and workbench.key == "art-10"
    qtbot.keyClick(workbench, Qt.Key.Key_BracketLeft, ctrl)  # back where we were
    assert workbench.version.id == english

    # A memo of the day's positions: Ctrl+E, Alt+V to the file, Alt+E to export, Esc to close.
    qtbot.keyClick(workbench, Qt.Key.Key_E, ctrl)
    dialog = workbench.findChild(ExportMemoDialog)
    qtbot.waitUntil(
        lambda: QApplication.activeWindow() is dialog and dialog.isAncestorOf(focused())
    )
    qtbot.keyClick(focused(), Qt.Key.Key_V, alt)
    assert focused() is dialog.form.output
    focused().clear()
    qtbot.keyClicks(focused(), str(tmp_path / "day.docx"))
    qtbot.keyClick(focused(), Qt.Key.Key_E, alt)
    qtbot.waitUntil(lambda: not dialog.is_running() and dialog.written is not None)
    assert (tmp_path / "day.docx").is_file()
    qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)

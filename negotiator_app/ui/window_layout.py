"""How the main window is laid out: banners over a three-pane splitter, and the tool bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSizePolicy, QSplitter, QToolBar, QToolButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from negotiator_app.ui.main_window import MainWindow

PANE_WIDTHS = [330, 680, 350]  # tree, reader, position panel, before the user moves them


def main_splitter(left: QWidget, centre: QWidget, right: QWidget) -> QSplitter:
    """Tree, reader and panel side by side; only the reader grows with the window."""
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("mainSplitter")
    splitter.setChildrenCollapsible(False)
    for widget, stretch in ((left, 0), (centre, 1), (right, 0)):
        splitter.addWidget(widget)
        splitter.setStretchFactor(splitter.count() - 1, stretch)
    splitter.setSizes(PANE_WIDTHS)
    return splitter


def fill_place(splitter: QSplitter, place: QWidget, widget: QWidget, tab_after: QWidget) -> None:
    """Put widget in the pane that place kept for it; Tab reaches it right after tab_after.

    The widget takes over the pane's size and visibility, as the splitter left them. With a
    focus proxy inside it, the widget moves in the keyboard order as a whole, its fields in
    their own order: as if it had been made with the window.
    """
    splitter.replaceWidget(splitter.indexOf(place), widget)
    place.deleteLater()
    QWidget.setTabOrder(tab_after, widget)


def column(*widgets: QWidget) -> QWidget:
    """Widgets stacked edge to edge; the last one takes the height that is left."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    for widget in widgets[:-1]:
        layout.addWidget(widget)
    layout.addWidget(widgets[-1], 1)
    return holder


def add_toolbar(window: MainWindow) -> QToolBar:
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

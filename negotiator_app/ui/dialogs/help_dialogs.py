"""Help > Keyboard shortcuts and Help > About."""

from __future__ import annotations

import html
import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from negotiator_app import __version__
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.screen_fit import fitting_size

tr = translator("HelpDialogs")


class ShortcutsDialog(QDialog):
    """Every key the workbench answers to, read from the actions themselves."""

    def __init__(self, rows: list[tuple[str, str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.resize(fitting_size(self, QSize(560, 620)))
        table = QTableWidget(len(rows), 3)
        table.setObjectName("shortcuts")
        table.setAccessibleName(tr("Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([tr("Where"), tr("Keys"), tr("What it does")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.table = table


def about_text(library_file: Path) -> str:
    folder = library_file.parent
    about = tr(
        "An offline workbench for treaty negotiators: the draft as an article tree, instant "
        "search, positions and memos. It never connects to the network."
    )
    return (
        f"<h3>Negotiator {html.escape(__version__)}</h3>"
        f"<p>{html.escape(about)}</p>"
        f"<p><b>{tr('Your library:')}</b><br>{html.escape(str(library_file))}</p>"
        f"<p><b>{tr('Backups and crash logs:')}</b><br>"
        f"{html.escape(str(folder / 'backups'))}<br>"
        f"{html.escape(str(folder / 'logs'))}</p>"
        f"<p style='color:gray'>Python {platform.python_version()}, "
        f"PySide6 {html.escape(pyside_version)}</p>"
    )


def show_about(parent: QWidget, library_file: Path) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(tr("About Negotiator"))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_text(library_file))
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.open()
    return box

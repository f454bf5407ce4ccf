"""The right pane: the position panel and, beside it, the Precedents tab."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget


class SideTabs(QTabWidget):
    """Position | Precedents; Ctrl+3 and Ctrl+4 bring each forward."""

    def __init__(self, position: QWidget, precedents: QWidget) -> None:
        super().__init__()
        self.setObjectName("sideTabs")
        self.setDocumentMode(True)
        self.setAccessibleName("Position and precedents")
        self.position = position
        self.precedents = precedents
        self.addTab(position, "Position")
        self.addTab(precedents, "Precedents")
        self.setTabToolTip(0, "Your delegation's position on the provision (Ctrl+3)")
        self.setTabToolTip(1, "Where the provision's words come from, and what changed (Ctrl+4)")

    def show_position(self) -> None:
        self.show()
        self.setCurrentWidget(self.position)

    def show_precedents(self) -> None:
        self.show()
        self.setCurrentWidget(self.precedents)

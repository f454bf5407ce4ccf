"""The right pane: the position panel and, beside it, the Precedents tab."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QTabWidget

from negotiator_app.ui.i18n import translator

if TYPE_CHECKING:
    from negotiator_app.ui.position.pane import PositionPane
    from negotiator_app.ui.precedents.pane import PrecedentsPane

tr = translator("SideTabs")


class SideTabs(QTabWidget):
    """Position | Precedents; Ctrl+3 and Ctrl+4 bring each forward."""

    def __init__(self, position: PositionPane, precedents: PrecedentsPane) -> None:
        super().__init__()
        self.setObjectName("sideTabs")
        self.setDocumentMode(True)
        self.setAccessibleName(tr("Position and precedents"))
        self.position = position
        self.precedents = precedents
        self.addTab(position, tr("Position"))
        self.addTab(precedents, tr("Precedents"))
        self.setTabToolTip(0, tr("Your delegation's position on the provision (Ctrl+3)"))
        self.setTabToolTip(
            1, tr("Where the provision's words come from, and what changed (Ctrl+4)")
        )

    def show_position(self) -> None:
        self.show()
        self.setCurrentWidget(self.position)

    def show_precedents(self) -> None:
        self.show()
        self.setCurrentWidget(self.precedents)

"""What the tree's marks mean: a line under the tree that opens into the legend."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from negotiator_app.storage.notes import STANCES
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import look
from negotiator_app.ui.tree.marks import HEIGHT, WIDTH, mark_icon
from negotiator_app.ui.words import stance_name

tr = translator("Tree")
COLUMNS = 2


def entries() -> list[tuple[tuple[str | bool | None, ...], str, str]]:
    """(stance, notes inside, red line, brackets[, change]) of each mark, what it is called,
    and what it means."""
    return [
        *(
            (
                (stance, False, False, False),
                stance_name(stance),
                tr("Your position: {stance}").format(stance=stance_name(stance)),
            )
            for stance in STANCES
        ),
        (("", False, False, False), tr("Note, no stance"), tr("A note without a stance")),
        (
            ("oppose", False, True, False),
            tr("Red line"),
            tr("A red line: the red ring around the stance"),
        ),
        (
            (None, True, False, False),
            tr("Positions inside"),
            tr("Positions recorded on provisions inside"),
        ),
        (
            (None, False, False, True),
            tr("Open [brackets]"),
            tr("Open [brackets] in the text; on a closed article, in its paragraphs"),
        ),
        (
            (None, False, False, False, "changed"),
            tr("Changed"),
            tr("Text changed since the revision before (reworded, moved, split or merged)"),
        ),
        ((None, False, False, False, "new"), tr("New"), tr("New in this revision")),
    ]


class MarksLegend(QWidget):
    """ "What the marks mean ▸": the marks as the tree draws them, each with its meaning."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton()
        self.toggle.setObjectName("marksLegendToggle")
        self.toggle.setText(tr("What the marks mean"))
        self.toggle.setAccessibleName(tr("Show what the marks in the tree mean"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.toggled.connect(self._toggled)

        self.table = QWidget()
        self.table.setObjectName("marksLegend")
        self.table.setAccessibleName(tr("What the marks in the tree mean"))
        grid = QGridLayout(self.table)
        grid.setContentsMargins(6, 0, 0, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for place, (marks, name, meaning) in enumerate(entries()):
            row, column = divmod(place, COLUMNS)
            icon = QLabel()
            icon.setPixmap(mark_icon(*marks).pixmap(QSize(WIDTH, HEIGHT)))
            icon.setAccessibleName(meaning)
            text = QLabel(name)
            text.setToolTip(meaning)
            text.setAccessibleName(meaning)
            look(text, "quiet")
            grid.addWidget(icon, row, 2 * column)
            grid.addWidget(text, row, 2 * column + 1)
        for column in range(COLUMNS):
            grid.setColumnStretch(2 * column + 1, 1)
        self.table.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.table)

    def meanings(self) -> list[str]:
        return [meaning for _, _, meaning in entries()]

    def _toggled(self, shown: bool) -> None:
        self.table.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.toggle.setArrowType(arrow)

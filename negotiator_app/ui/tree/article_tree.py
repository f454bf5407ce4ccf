"""The article tree's view: rows with a little air, long titles wrapped, the mouse's back and
forward buttons."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QResizeEvent
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

from negotiator_app.ui.reader.reader import HISTORY_BUTTONS
from negotiator_app.ui.tree.marks import WIDTH as MARK_WIDTH
from negotiator_app.ui.tree.marks import mark_icon
from negotiator_app.ui.tree.model import (
    BRACKETS_INSIDE_ROLE,
    CHANGE_ROLE,
    DEPTH_ROLE,
    KIND_ROLE,
    MARKS_ROLE,
    WRAPPING_KINDS,
)

ROW_AIR = 6  # pixels added to every row
TEXT_MARGINS = 14  # the style's margins around a row's mark and text


class RoomyRows(QStyledItemDelegate):
    """A little air between rows, and a long title wrapped onto more lines instead of cut.

    A tree read for hours should not feel cramped; "Article 13  Illicit trafficking in narcotic
    drugs and psychotropic substances using information and communications technologies" is
    wider than any pane, and a delegate should not have to hover to read it.
    """

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        wrap = QStyleOptionViewItem.ViewItemFeature.WrapText
        if index.data(KIND_ROLE) in WRAPPING_KINDS:
            option.features |= wrap
        else:  # a paragraph's preview stays on one line, cut with "…"
            option.features &= ~wrap
        # A closed article hides its paragraphs' [brackets]: it shows them as its own mark.
        stance, inside, red_line, brackets = index.data(MARKS_ROLE) or (None, False, False, False)
        if not brackets and index.data(BRACKETS_INSIDE_ROLE) and not self.tree.isExpanded(index):
            option.icon = mark_icon(stance, inside, red_line, True, index.data(CHANGE_ROLE) or "")

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        height = size.height()
        if index.data(KIND_ROLE) in WRAPPING_KINDS:
            width = self._text_width(index.data(DEPTH_ROLE) or 0, option)
            text = index.data(Qt.ItemDataRole.DisplayRole) or ""
            metrics = option.fontMetrics
            if metrics.horizontalAdvance(text) > width:
                bounds = metrics.boundingRect(
                    QRect(0, 0, width, 100_000), int(Qt.TextFlag.TextWordWrap), text
                )
                height = max(height, bounds.height() + 4)
        return QSize(size.width(), height + ROW_AIR)

    def _text_width(self, depth: int, option: QStyleOptionViewItem) -> int:
        """The width the title has in its row: the pane less indentation, mark and margins."""
        indent = self.tree.indentation() * (depth + 1)
        return max(80, self.tree.viewport().width() - indent - MARK_WIDTH - TEXT_MARGINS)


class ArticleTree(QTreeView):
    """The tree view; the mouse's back and forward buttons ask for the reading history."""

    history_requested = Signal(int)  # -1 back, 1 forward

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.scheduleDelayedItemsLayout()  # titles wrap to the new width

    def mousePressEvent(self, event: QMouseEvent) -> None:
        step = HISTORY_BUTTONS.get(event.button())
        if step is None:
            super().mousePressEvent(event)
        else:
            self.history_requested.emit(step)

"""The reader's margin marks: a thin bar beside each paragraph that is agreed language verbatim.

A paragraph repeating a reference instrument word for word (storage/precedents.py) gets a bar
in the left margin; hovering it names the source ("Agreed language, word for word: Valmora
Convention, art. 11, para. 2"). The bars are drawn by a strip laid over the page's margin,
from where the page's layout puts each paragraph, and follow it as it scrolls.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QTextBlock
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

BAR_WIDTH = 3
BAR_GAP = 10  # between the bar and the text
BAR_COLOUR = "#2e7d5b"  # the green of "support": agreed language is common ground


class AgreedMargin(QWidget):
    """The strip over the page's left margin that draws the bars and answers with tooltips."""

    def __init__(self, page: QTextBrowser) -> None:
        super().__init__(page.viewport())
        self.setObjectName("agreedMargin")
        self.page = page
        self.marks: dict[str, str] = {}  # provision key -> what its tooltip says
        self.bars: list[tuple[QRect, str, str]] = []  # where, key, tooltip (strip coordinates)
        self.setAccessibleName("Agreed language in the margin")
        page.verticalScrollBar().valueChanged.connect(self.relayout)
        page.document().documentLayout().documentSizeChanged.connect(self.relayout)
        page.viewport().installEventFilter(self)
        self.hide()

    def set_marks(self, marks: dict[str, str]) -> None:
        """The paragraphs to mark on the page about to be shown, with their tooltips."""
        self.marks = dict(marks)
        description = "; ".join(marks.values())
        self.setAccessibleDescription(description)
        self.page.setAccessibleDescription(description)

    def relayout(self) -> None:
        """Put the bars where the page's layout has the marked paragraphs now."""
        self.bars = []
        document = self.page.document()
        if not self.marks:
            self.hide()
            return
        margin = int(document.rootFrame().frameFormat().leftMargin())
        self.setGeometry(0, 0, max(BAR_GAP + BAR_WIDTH, margin), self.page.viewport().height())
        layout = document.documentLayout()
        top = self.page.verticalScrollBar().value()
        x = max(0, margin - BAR_GAP - BAR_WIDTH)
        block = document.begin()
        while block.isValid():
            key = _anchor(block)
            if key in self.marks:
                rect = layout.blockBoundingRect(block)
                self.bars.append(
                    (
                        QRect(x, int(rect.top()) - top, BAR_WIDTH, max(1, int(rect.height()) - 9)),
                        key,
                        self.marks[key],
                    )
                )
            block = block.next()
        self.setVisible(bool(self.bars))
        self.raise_()
        self.update()

    def tooltip_at(self, x: int, y: int) -> str:
        """The tooltip of the bar at a point of the strip (a few pixels around it count)."""
        for rect, _, text in self.bars:
            if rect.adjusted(-BAR_GAP, -2, BAR_GAP, 2).contains(x, y):
                return text
        return ""

    # -- Qt events ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = QColor(BAR_COLOUR)
        for rect, _, _ in self.bars:
            painter.fillRect(rect, colour)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self.marks:
            self.relayout()
        return False

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click in the margin is a click on the page (it places the cursor, takes the focus).
        event.ignore()


def _anchor(block: QTextBlock) -> str:
    """The provision key a paragraph of the reader's page starts with ("" for none)."""
    fragments = block.begin()
    while not fragments.atEnd():
        names = fragments.fragment().charFormat().anchorNames()
        if names:
            return names[0]
        fragments += 1
    return ""

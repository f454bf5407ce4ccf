"""The reader's margin marks: a thin bar beside each paragraph that is agreed language verbatim.

A paragraph repeating a reference instrument word for word (storage/precedents.py) gets a bar
in the margin before it; hovering the bar names the source ("Agreed language, word for word:
Valmora Convention, art. 11, para. 2"). The bars are drawn by a layer over the page, where the
page's layout puts each paragraph, and follow it as it scrolls. The layer lets the mouse through
to the page; the page's tooltip events are answered here when they are over a bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QTextBlock
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from negotiator_app.ui.i18n import translator

BAR_WIDTH = 3
BAR_GAP = 10  # between the bar and the paragraph's first character
tr = translator("Reader")
BAR_COLOUR = "#2e7d5b"  # the green of "support": agreed language is common ground
HOVER_SLACK = 6  # pixels either side of a bar that still count as on it


class AgreedMargin(QWidget):
    """Laid over the page: draws the bars, and answers the page's tooltips over them."""

    def __init__(self, page: QTextBrowser) -> None:
        super().__init__(page.viewport())
        self.setObjectName("agreedMargin")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAccessibleName(tr("Agreed language in the margin"))
        self.page = page
        self.marks: dict[str, str] = {}  # provision key -> what its tooltip says
        self.bars: list[tuple[QRect, str, str]] = []  # where (viewport), key, tooltip
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
        if not self.marks:
            self.hide()
            return
        document = self.page.document()
        self.setGeometry(self.page.viewport().rect())
        layout = document.documentLayout()
        top = self.page.verticalScrollBar().value()
        block = document.begin()
        while block.isValid():
            key = _anchor(block)
            if key in self.marks:
                rect = layout.blockBoundingRect(block)
                lines = block.layout()
                indent = min((lines.lineAt(n).x() for n in range(lines.lineCount())), default=0)
                x = max(0, int(rect.left() + indent) - BAR_GAP - BAR_WIDTH)
                height = max(1, int(rect.height() - block.blockFormat().bottomMargin()))
                self.bars.append(
                    (QRect(x, int(rect.top()) - top, BAR_WIDTH, height), key, self.marks[key])
                )
            block = block.next()
        self.setVisible(bool(self.bars))
        self.raise_()
        self.update()

    def tooltip_at(self, x: int, y: int) -> str:
        """The tooltip of the bar at a point of the page's viewport ("" where there is none)."""
        for rect, _, text in self.bars:
            if rect.adjusted(-HOVER_SLACK, 0, HOVER_SLACK, 0).contains(x, y):
                return text
        return ""

    # -- Qt events ------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colour = QColor(BAR_COLOUR)
        for rect, _, _ in self.bars:
            painter.fillRect(rect, colour)
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The page's viewport: a tooltip over a bar names its source; a resize moves the bars."""
        if event.type() == QEvent.Type.Resize and self.marks:
            self.relayout()
        elif event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos().x(), event.pos().y())
            if text:
                QToolTip.showText(event.globalPos(), text, self.page.viewport())
                return True
        return False


def _anchor(block: QTextBlock) -> str:
    """The provision key a paragraph of the reader's page starts with ("" for none)."""
    fragments = block.begin()
    while not fragments.atEnd():
        names = fragments.fragment().charFormat().anchorNames()
        if names:
            return names[0]
        fragments += 1
    return ""

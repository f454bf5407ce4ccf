"""The reader: the selected article, numbered, [brackets] and hits marked, references clickable."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPoint, QRect, QRegularExpression, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QCursor,
    QFont,
    QMouseEvent,
    QResizeEvent,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.outline import Outline
from negotiator_app.core.text_marks import term_pattern
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.reader.agreed_margin import AgreedMargin
from negotiator_app.ui.reader.page_html import (
    ReaderColours,
    link_target,
    preview_html,
    render_page,
)
from negotiator_app.ui.theme import look

MIN_FONT, MAX_FONT, DEFAULT_FONT = 9, 28, 13
# The mouse's back and forward buttons step through the reading history, as in a browser.
tr = translator("Reader")
HISTORY_BUTTONS = {Qt.MouseButton.BackButton: -1, Qt.MouseButton.ForwardButton: 1}
MEASURE_CHARS = 78  # a comfortable line for hours of reading
_SERIFS = (
    "Charter",
    "Georgia",
    "Source Serif 4",
    "Noto Serif",
    "Liberation Serif",
    "DejaVu Serif",
    "Serif",
)


class ReaderPage(QTextBrowser):
    """The text itself; keeps a readable line length however wide the window is."""

    history_requested = Signal(int)  # -1 back, 1 forward: the mouse's back and forward buttons

    def mousePressEvent(self, event: QMouseEvent) -> None:
        step = HISTORY_BUTTONS.get(event.button())
        if step is None:
            super().mousePressEvent(event)
        else:
            self.history_requested.emit(step)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_measure()

    def visible_size(self) -> QSize:
        """The size of the viewport (the part that shows text), worked out without asking for it.

        The first bare QWidget that Python gets back from Qt makes PySide look through every
        widget class it knows, about 15 ms: the window's first paint should not wait for that.
        """
        size = self.maximumViewportSize()
        bar = self.verticalScrollBar()
        if bar.isVisibleTo(self):
            size.setWidth(size.width() - bar.width())
        return size

    def fit_measure(self) -> None:
        measure = self.fontMetrics().averageCharWidth() * MEASURE_CHARS
        side = max(24, (self.visible_size().width() - measure) // 2)
        frame = self.document().rootFrame()
        fmt = frame.frameFormat()
        if fmt.leftMargin() != side:
            fmt.setLeftMargin(side)
            fmt.setRightMargin(side)
            fmt.setTopMargin(20)
            fmt.setBottomMargin(40)
            frame.setFrameFormat(fmt)


class Reader(QWidget):
    """Where the draft is read: a path line, previous/next buttons, and the page."""

    reference_clicked = Signal(str)
    step_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outline: Outline | None = None
        self.key = ""
        self.terms: tuple[str, ...] = ()
        self.colours = ReaderColours()

        self.path = QLabel()
        self.path.setObjectName("readerPath")
        look(self.path, "quiet")
        self.path.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.previous = self._step_button(tr("‹ Previous"), tr("Previous article (Alt+Left)"), -1)
        self.next = self._step_button(tr("Next ›"), tr("Next article (Alt+Right)"), 1)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 6, 8, 2)
        bar.addWidget(self.path, 1)
        bar.addWidget(self.previous)
        bar.addWidget(self.next)

        self.page = ReaderPage()
        self.page.setObjectName("readerPage")
        self.page.setOpenLinks(False)
        self.page.setAccessibleName(tr("Text of the provision"))
        self.page.anchorClicked.connect(self._anchor_clicked)
        self.page.highlighted.connect(self._link_hovered)
        self.page.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.set_font_size(DEFAULT_FONT)
        self.agreed = AgreedMargin(self.page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.page, 1)

    def show_provision(self, outline: Outline, key: str, terms: Iterable[str] = ()) -> None:
        """Show the page holding key (scrolled to it), marking the words a search matched."""
        self.outline, self.key, self.terms = outline, key, tuple(terms)
        self.show_page()

    def show_page(self) -> None:
        """Write the page of the provision being read, with its marks, scrolled to it."""
        if self.outline is None or self.key not in self.outline:
            self.page.clear()
            self.path.clear()
            self.agreed.set_marks({})
            self.agreed.relayout()
            return
        unit = self.outline.unit_of(self.key)
        self.page.setHtml(
            render_page(
                self.outline, unit, selected=self.key, terms=self.terms, colours=self.colours
            )
        )
        self.page.fit_measure()
        self.path.setText(self.outline.path_label(self.key))
        self.previous.setEnabled(self.outline.step(self.key, -1) is not None)
        self.next.setEnabled(self.outline.step(self.key, 1) is not None)
        self.page.verticalScrollBar().setValue(0)
        if self.key != unit:
            self._scroll_into_view(self.key)
        if self.terms:
            self._scroll_to_first_hit()
        self.agreed.relayout()

    def set_agreed(self, marks: dict[str, str]) -> None:
        """The paragraphs of the next page shown that are agreed language verbatim: key ->
        the source, said in the margin bar's tooltip."""
        self.agreed.set_marks(marks)

    def clear_marks(self) -> bool:
        """Drop the search-hit highlighting; True if there was any."""
        if not self.terms:
            return False
        self.terms = ()
        self.show_page()
        return True

    def step_hit(self, step: int) -> bool:
        """Select the next (1) or previous (-1) word the search matched, round the page.

        False when no search has marked words on this page.
        """
        pattern = term_pattern(self.terms)
        if not pattern:
            return False
        found_by = QRegularExpression(
            pattern,
            QRegularExpression.PatternOption.CaseInsensitiveOption
            | QRegularExpression.PatternOption.UseUnicodePropertiesOption,
        )
        document = self.page.document()
        backward = QTextDocument.FindFlag.FindBackward if step < 0 else QTextDocument.FindFlag(0)
        found = document.find(found_by, self.page.textCursor(), backward)
        if found.isNull():  # past the last one: round to the first (or the last, going back)
            start = QTextCursor(document)
            if step < 0:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = document.find(found_by, start, backward)
        if found.isNull():
            return False
        self.page.setTextCursor(found)
        self.page.ensureCursorVisible()
        return True

    def set_colours(self, colours: ReaderColours) -> None:
        self.colours = colours
        self.show_page()

    # -- font size ------------------------------------------------------------------

    def font_size(self) -> int:
        return self.page.document().defaultFont().pointSize()

    def set_font_size(self, size: int) -> None:
        size = max(MIN_FONT, min(MAX_FONT, int(size)))
        if self.page.font().pointSize() == size and self.font_size() == size:
            return
        font = QFont()
        font.setFamilies(list(_SERIFS))  # the first one installed; no font list to read
        font.setStyleHint(QFont.StyleHint.Serif)
        font.setPointSize(size)
        self.page.document().setDefaultFont(font)
        self.page.setFont(font)
        self.page.fit_measure()

    def zoom(self, steps: int) -> int:
        self.set_font_size(self.font_size() + steps)
        return self.font_size()

    # -- helpers --------------------------------------------------------------------

    def _step_button(self, text: str, tip: str, delta: int) -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(lambda: self.step_requested.emit(delta))
        return button

    def _scroll_into_view(self, anchor: str) -> None:
        """Bring a paragraph into view with some of the text before it, not flush at the top."""
        bar = self.page.verticalScrollBar()
        if bar.maximum() == 0:
            return  # the whole article fits: show it from its heading
        self.page.scrollToAnchor(anchor)
        if bar.value() >= bar.maximum():
            return  # near the end of the page, where it is already in view
        block = self.page.cursorForPosition(QPoint(4, 4)).block()
        height = self.page.document().documentLayout().blockBoundingRect(block).height()
        visible = self.page.visible_size().height()
        room = visible - int(height) - 24
        bar.setValue(max(0, bar.value() - max(0, min(visible // 4, room))))

    def _scroll_to_first_hit(self) -> None:
        """Make sure the first marked word is on screen (it may be further down the page)."""
        document = self.page.document()
        shown = QRect(QPoint(0, 0), self.page.visible_size())
        start = self.page.cursorForPosition(shown.topLeft()).position()
        for term in self.terms:
            found = document.find(term, start)
            if found.isNull():
                found = document.find(term)
            if not found.isNull():
                rect = self.page.cursorRect(found)
                if not shown.contains(rect):
                    cursor = self.page.textCursor()
                    cursor.setPosition(found.selectionStart())
                    self.page.setTextCursor(cursor)
                    self.page.ensureCursorVisible()
                return

    def _link_hovered(self, url: QUrl) -> None:
        """A reference under the mouse: what it points to, in a tooltip, without going there."""
        key = link_target(url.toString())
        if not key or self.outline is None or key not in self.outline:
            QToolTip.hideText()
            return
        QToolTip.showText(QCursor.pos(), preview_html(self.outline, key), self.page)

    def _anchor_clicked(self, url: QUrl) -> None:
        key = link_target(url.toString())
        if key:
            self.reference_clicked.emit(key)

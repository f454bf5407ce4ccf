"""The overview: where the delegation stands, chapter by chapter, drawn with QPainter.

One row per chapter: a bar of its articles coloured by stance, then its open [brackets] and red
lines. Clicking a bar (or Enter on the selected row) opens that chapter.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QScrollArea, QToolTip, QWidget

from negotiator_app.core.overview import (
    NO_POSITION,
    ChapterFigures,
    add_brackets_before,
    chapter_figures,
    totals,
)
from negotiator_app.storage.notes import STANCES
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import BRACKET_COLOUR, RED_LINE_COLOUR, STANCE_COLOURS
from negotiator_app.ui.words import stance_name

if TYPE_CHECKING:
    from negotiator_app.core.outline import Outline
    from negotiator_app.storage import VersionInfo
    from negotiator_app.storage.notes import Note
    from negotiator_app.ui.compare.tasks import VersionChanges

tr = translator("Overview")

ROW_HEIGHT = 46
HEADER = 84  # title and totals; the legend and the rows come below
LEFT = 24
BAR_HEIGHT = 18
FIGURES_WIDTH = 224  # room for "нет красных линий", "aucune ligne rouge"
ORDER = [*STANCES, NO_POSITION]


class OverviewChart(QWidget):
    """The picture itself; keyboard: Up/Down choose a chapter, Enter opens it."""

    chapter_opened = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewChart")
        self.setAccessibleName(tr("Overview of positions by chapter"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.figures: list[ChapterFigures] = []
        self.title = ""
        self.since = ""  # the revision before, once compared ("Rev.1")
        self.brackets_before = 0  # all it had open
        self.current = 0
        self._hover = -1

    def set_figures(
        self, title: str, figures: list[ChapterFigures], since: str = "", brackets_before: int = 0
    ) -> None:
        """since: the revision before, when the figures carry its open brackets (Rev.1 → Rev.2)."""
        self.title, self.figures = title, figures
        self.since, self.brackets_before = since, brackets_before
        self.current = min(self.current, max(len(figures) - 1, 0))
        self._fit_height()
        self.update()

    @property
    def top(self) -> int:
        """Where the first row starts: below the legend, however many lines it takes."""
        rows = 1 + max(y for _, _, y in self._legend()) // 20
        return HEADER + 20 * rows + 8

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        height = self.top + ROW_HEIGHT * len(self.figures) + 40
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)
            self.updateGeometry()

    def _legend(self) -> list[tuple[str, int, int]]:
        """(stance, x, y offset) of each legend entry, wrapped to the width."""
        metrics = QFontMetrics(self.font())
        placed, x, y = [], LEFT, 0
        for stance in ORDER:
            width = 17 + metrics.horizontalAdvance(stance_name(stance)) + 18
            if x > LEFT and x + width > self.width() - LEFT:
                x, y = LEFT, y + 20
            placed.append((stance, x, y))
            x += width
        return placed

    def sizeHint(self) -> QSize:
        return QSize(720, self.minimumHeight())

    def label_width(self) -> int:
        return max(150, min(300, int(self.width() * 0.3)))

    def bar_rect(self, row: int) -> QRect:
        """Where the bar of chapter `row` is drawn (full length of the largest chapter)."""
        y = self.top + row * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) // 2
        width = max(120, self.width() - LEFT * 2 - self.label_width() - FIGURES_WIDTH)
        biggest = max((f.total for f in self.figures), default=1) or 1
        share = self.figures[row].total / biggest if self.figures else 0
        return QRect(LEFT + self.label_width(), y, max(6, int(width * share)), BAR_HEIGHT)

    def row_at(self, y: float) -> int:
        row = int((y - self.top) // ROW_HEIGHT)
        return row if 0 <= row < len(self.figures) and y >= self.top else -1

    # -- painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        self._paint_header(painter, text, muted)
        for row, figures in enumerate(self.figures):
            self._paint_row(painter, row, figures, text, muted)
        painter.end()

    def _paint_header(self, painter: QPainter, text: QColor, muted: QColor) -> None:
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.35)
        big.setBold(True)
        painter.setFont(big)
        painter.setPen(text)
        title = QFontMetrics(big).elidedText(
            self.title or tr("Overview"), Qt.TextElideMode.ElideRight, self.width() - 2 * LEFT
        )
        painter.drawText(QPointF(LEFT, 34), title)
        sums = totals(self.figures)
        painter.setFont(self.font())
        painter.setPen(muted)
        brackets = tr("%n open brackets", sums["open_brackets"])
        if self.since:
            brackets += " " + tr("({count} in {revision})").format(
                count=self.brackets_before, revision=self.since
            )
        have = tr("{with_position} of %n articles have a position", sums["units"]).format(
            with_position=sums["with_position"]
        )
        painter.drawText(
            QPointF(LEFT, 56),
            f"{have} · {tr('%n red lines', sums['red_lines'])} · {brackets}",
        )
        for stance, x, y in self._legend():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(STANCE_COLOURS[stance]))
            painter.drawRoundedRect(QRectF(x, HEADER - 14 + y, 12, 12), 3, 3)
            painter.setPen(muted)
            painter.drawText(QPointF(x + 17, HEADER - 3 + y), stance_name(stance))

    def _paint_row(
        self, painter: QPainter, row: int, figures: ChapterFigures, text: QColor, muted: QColor
    ) -> None:
        top = self.top + row * ROW_HEIGHT
        if row == self.current and self.hasFocus() or row == self._hover:
            shade = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            shade.setAlpha(40 if row == self._hover and row != self.current else 60)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(shade)
            painter.drawRoundedRect(
                QRectF(LEFT - 8, top + 2, self.width() - LEFT, ROW_HEIGHT - 4), 6, 6
            )
        # Two lines: "Chapter IV", then its heading in a quieter colour.
        metrics = QFontMetrics(self.font())
        width = self.label_width() - 16
        middle = top + ROW_HEIGHT // 2
        lines = [(figures.label, text), (figures.heading, muted)] if figures.heading else []
        if not lines:
            lines = [(figures.label, text)]
        y = middle - (len(lines) * metrics.height()) // 2 + metrics.ascent()
        for line, colour in lines:
            painter.setPen(colour)
            elided = metrics.elidedText(line, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QPointF(LEFT, y), elided)
            y += metrics.height()
        bar = self.bar_rect(row)
        x = float(bar.left())
        total = figures.total or 1
        painter.setPen(Qt.PenStyle.NoPen)
        for stance in ORDER:
            count = figures.stances.get(stance, 0)
            if not count:
                continue
            width = bar.width() * count / total
            painter.setBrush(QColor(STANCE_COLOURS[stance]))
            painter.drawRect(QRectF(x, bar.top(), width, bar.height()))
            if width >= 18:
                painter.setPen(
                    QColor("#ffffff") if stance not in ("", "reserve") else QColor("#3b4250")
                )
                painter.drawText(
                    QRectF(x, bar.top(), width, bar.height()),
                    Qt.AlignmentFlag.AlignCenter,
                    str(count),
                )
                painter.setPen(Qt.PenStyle.NoPen)
            x += width
        x = self.width() - LEFT - FIGURES_WIDTH + 16
        brackets, red = figures.open_brackets, figures.red_lines
        self._figure(
            painter,
            x,
            top,
            bracket_figure(figures),
            BRACKET_COLOUR,
            brackets or figures.brackets_before or 0,
        )
        red_text = tr("%n red lines", red) if red else tr("no red line")
        self._figure(painter, x + 86, top, red_text, RED_LINE_COLOUR, red)

    def _figure(self, painter: QPainter, x: int, top: int, text: str, colour: str, n: int) -> None:
        palette = self.palette()
        painter.setPen(QColor(colour) if n else palette.color(QPalette.ColorRole.PlaceholderText))
        painter.drawText(QRect(x, top, 130, ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter, text)

    # -- input --------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().y())
        if row != self._hover:
            self._hover = row
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if row >= 0 else Qt.CursorShape.ArrowCursor
            )
            self.update()
        if row >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), describe(self.figures[row]), self)

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.update()
        super().leaveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position().y())
        if row >= 0 and event.button() == Qt.MouseButton.LeftButton:
            self.current = row
            self.chapter_opened.emit(self.figures[row].key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.figures:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(len(self.figures) - 1, self.current + step))
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.figures:
            self.chapter_opened.emit(self.figures[self.current].key)
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.update()
        super().focusOutEvent(event)


class OverviewPage(QScrollArea):
    """The chart in a scroll area, for instruments with many chapters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart = OverviewChart()
        self.setWidget(self.chart)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusProxy(self.chart)

    def show_version(
        self,
        version: VersionInfo,
        outline: Outline,
        notes: dict[str, Note],
        changes: VersionChanges | None = None,
    ) -> None:
        """The figures of the version being read; with changes, the revision before's brackets."""
        figures = chapter_figures(outline, notes)
        title = f"{version.instrument} — {version.label}"
        if changes is None:
            self.chart.set_figures(title, figures)
            return
        before = add_brackets_before(figures, changes.brackets)
        since = changes.old.revision or changes.old.label
        self.chart.set_figures(title, figures, since, before)


def describe(figures: ChapterFigures) -> str:
    """The tooltip of a bar: the counts behind the colours."""
    lines = [f"{figures.label} {figures.heading}".strip()]
    for stance in ORDER:
        count = figures.stances.get(stance, 0)
        if count:
            lines.append(f"{stance_name(stance)}: {count}")
    lines.append(tr("Open brackets: {count}").format(count=figures.open_brackets))
    if figures.brackets_before is not None:
        lines.append(
            tr("Open brackets in the revision before: {count}").format(
                count=figures.brackets_before
            )
        )
    lines.append(tr("Red lines: {count}").format(count=figures.red_lines))
    return "\n".join(lines)


def bracket_figure(figures: ChapterFigures) -> str:
    """ "[ ] 3", "[ ] –", or "[ ] 5 → 2" once compared with the revision before."""
    now = str(figures.open_brackets) if figures.open_brackets else "–"
    if figures.brackets_before is not None and figures.brackets_before != figures.open_brackets:
        return f"[ ] {figures.brackets_before} → {figures.open_brackets}"
    return f"[ ] {now}"

"""View > Parallel text: the version being read beside another language version of its
revision, in two columns aligned by provision key, scrolling together (one page, one table).

A view over what is already in the library: no import. The window tells it what to show
(show_provision) just as it tells the reader; go-to, the tree, previous/next and search hits
move both columns at once, and the words a search found are marked in both.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.outline import Outline
from negotiator_app.storage import Library, LibraryError, VersionInfo
from negotiator_app.storage.revisions import revision_versions
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.reader.page_html import ReaderColours, link_target
from negotiator_app.ui.reader.parallel_html import render_parallel
from negotiator_app.ui.reader.reader import ReaderPage
from negotiator_app.ui.theme import look
from negotiator_app.ui.words import language_name

tr = translator("ParallelText")


class ParallelPage(QWidget):
    """Two columns: the version being read, and the one chosen beside it."""

    reference_clicked = Signal(str)
    step_requested = Signal(int)
    history_requested = Signal(int)
    closed = Signal()

    def __init__(self, library: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parallelPage")
        self.library = library
        self.version: VersionInfo | None = None
        self.outline: Outline | None = None
        self.other: VersionInfo | None = None
        self.key = ""
        self.terms: tuple[str, ...] = ()
        self.colours = ReaderColours()
        self._outlines: dict[tuple[int, str], Outline] = {}  # by version id and import time

        self.path = QLabel()
        look(self.path, "quiet")
        self.beside = QComboBox()
        self.beside.setAccessibleName(tr("The other language version shown beside"))
        self.beside.activated.connect(self._other_chosen)
        beside_label = QLabel(tr("&Beside it:"))
        beside_label.setBuddy(self.beside)
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setToolTip(tr("Back to the reader (Ctrl+Shift+P)"))
        self.close_button.setAccessibleName(tr("Close parallel text"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.closed)
        bar = QHBoxLayout()
        bar.setContentsMargins(12, 6, 8, 2)
        bar.addWidget(self.path, 1)
        bar.addWidget(beside_label)
        bar.addWidget(self.beside)
        bar.addWidget(self.close_button)

        self.page = ReaderPage()
        self.page.setObjectName("parallelText")
        self.page.setAccessibleName(tr("Parallel text of the provision in two languages"))
        self.page.setOpenLinks(False)
        self.page.setFrameShape(QTextBrowser.Shape.NoFrame)
        self.page.anchorClicked.connect(self._anchor_clicked)
        self.page.history_requested.connect(self.history_requested)
        self.page.fit_measure = lambda: None  # two columns use the whole width
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(16, 16, 16, 16)
        self.notice.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.page, 1)
        layout.addWidget(self.notice, 1)
        self.setFocusProxy(self.page)

    # -- what the window tells it ---------------------------------------------------

    def show_version(self, version: VersionInfo, outline: Outline) -> None:
        """The version being read; the text beside it is another language of its revision
        (the one shown before, if the revision has it)."""
        self.version, self.outline = version, outline
        others = []
        if version.revision_id is not None:
            siblings = revision_versions(self.library, version.revision_id)
            others = [v for v in siblings if v.id != version.id]
        kept = next((v for v in others if self.other is not None and v.id == self.other.id), None)
        self.other = kept or (others[0] if others else None)
        self.beside.clear()
        for other in others:
            self.beside.addItem(_column_title(other), other.id)
        if self.other is not None:
            self.beside.setCurrentIndex(self.beside.findData(self.other.id))
        self.beside.setEnabled(len(others) > 1)

    def show_provision(self, key: str, terms: Iterable[str] = ()) -> None:
        self.key, self.terms = key, tuple(terms)
        self.show_page()

    def other_version_id(self) -> int | None:
        return self.other.id if self.other is not None else None

    def show_page(self) -> None:
        if self.version is None or self.outline is None or self.key not in self.outline:
            self.page.clear()
            return
        self.path.setText(self.outline.path_label(self.key))
        right = self._other_outline()
        if right is None:
            revision = self.version.revision or self.version.label
            alone = tr(
                "Revision {revision} has no text in another language yet. Import one with "
                "File › Import… as another language of {revision}, and it is shown here beside "
                "this one."
            )
            self.notice.setText(alone.format(revision=revision))
            self.notice.show()
            self.page.hide()
            return
        self.notice.hide()
        self.page.show()
        unit = self.outline.unit_of(self.key)
        assert self.other is not None
        self.page.setHtml(
            render_parallel(
                self.outline,
                right,
                unit,
                titles=(_column_title(self.version), _column_title(self.other)),
                selected=self.key,
                terms=self.terms,
                colours=self.colours,
                missing=tr("(not in this text)"),
            )
        )
        self.page.verticalScrollBar().setValue(0)
        if self.key != unit:
            self.page.scrollToAnchor(self.key)

    def clear_marks(self) -> bool:
        if not self.terms:
            return False
        self.terms = ()
        self.show_page()
        return True

    def set_colours(self, colours: ReaderColours) -> None:
        self.colours = colours
        self.show_page()

    def set_font(self, font: QFont) -> None:
        self.page.document().setDefaultFont(font)
        self.page.setFont(font)

    def columns_text(self) -> tuple[str, str]:
        """What each column says, as plain text (for a test, or a screen reader's summary)."""
        frames = self.page.document().rootFrame().childFrames()
        table = frames[0] if frames else None
        if table is None:
            return "", ""
        left, right = [], []
        for row in range(table.rows()):  # type: ignore[attr-defined]
            for column, side in ((0, left), (1, right)):
                cell = table.cellAt(row, column)  # type: ignore[attr-defined]
                cursor = cell.firstCursorPosition()
                cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
                side.append(cursor.selectedText().replace("\u2029", "\n"))
        return "\n".join(left), "\n".join(right)

    # -- helpers --------------------------------------------------------------------

    def _other_outline(self) -> Outline | None:
        if self.other is None:
            return None
        # A deleted version's id may be given to a later import: its time tells them apart.
        known = (self.other.id, self.other.imported)
        if known not in self._outlines:
            try:
                self._outlines = {
                    known: Outline(self.library.tree(self.other.id), self.other.language)
                }
            except LibraryError:
                return None
        return self._outlines[known]

    def _other_chosen(self, index: int) -> None:
        chosen = self.beside.itemData(index)
        if self.version is None or self.version.revision_id is None:
            return
        for other in revision_versions(self.library, self.version.revision_id):
            if other.id == chosen:
                self.other = other
        self.show_page()

    def _anchor_clicked(self, url: QUrl) -> None:
        key = link_target(url.toString())
        if key:
            self.reference_clicked.emit(key)


def _column_title(version: VersionInfo) -> str:
    language = language_name(version.language)
    return tr("{language} — {label}").format(language=language, label=version.label)

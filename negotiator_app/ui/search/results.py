"""Search results: ranked, grouped by provision, with highlighted snippets, text or note."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import look, reader_colours

GROUP_ROLE = Qt.ItemDataRole.UserRole + 2
_MARKED = re.compile(r"<b>(.*?)</b>")  # the words a snippet marks as found
tr = translator("Search")
_PLACES = {"text": tr.mark("in the text"), "note": tr.mark("in your note")}


@dataclass
class ResultGroup:
    """The hits inside one article (or other page) of one version, best first."""

    version_id: int
    version: str
    key: str  # the best hit's provision: what opens
    title: str
    entries: list[tuple[str, str, str]] = field(default_factory=list)  # (label, where, snippet)
    terms: list[str] = field(default_factory=list)
    note_terms: list[str] = field(default_factory=list)  # the words found in the note

    @property
    def places(self) -> list[str]:
        return sorted({where for _, where, _ in self.entries}, key=["text", "note"].index)


# hit -> (the article it is in, that article's title, the hit's own label inside it: "1.", "(a)")
Describe = Callable[[object], tuple[str, str, str]]


def group_hits(hits: list, describe: Describe) -> list[ResultGroup]:
    """Hits in rank order, gathered by the article they are in, where its best hit ranked."""
    groups: dict[tuple[int, str], ResultGroup] = {}
    for hit in hits:
        unit, title, label = describe(hit)
        group = groups.get((hit.version_id, unit))
        if group is None:
            group = ResultGroup(hit.version_id, hit.version, hit.key, title)
            groups[(hit.version_id, unit)] = group
        group.entries.append((label, hit.where, hit.snippet))
        group.terms.extend(t for t in hit.terms if t not in group.terms)
        if hit.where == "note":
            found = (html.unescape(word) for word in _MARKED.findall(hit.snippet))
            group.note_terms.extend(w for w in found if w not in group.note_terms)
    return list(groups.values())


class SearchPage(QWidget):
    """The results list; Enter or a click opens a provision with the hits marked."""

    opened = Signal(object)  # ResultGroup
    suggestion_chosen = Signal(str)
    scope_changed = Signal(bool)  # True: search every version

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setObjectName("searchSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.linkActivated.connect(lambda href: self.suggestion_chosen.emit(href))
        self.summary.setWordWrap(True)
        self.all_versions = QCheckBox(tr("All versions"))
        self.all_versions.setToolTip(tr("Search every version of every text, not only this one"))
        self.all_versions.toggled.connect(self.scope_changed)
        top = QHBoxLayout()
        top.setContentsMargins(16, 10, 16, 4)
        top.addWidget(self.summary, 1)
        top.addWidget(self.all_versions)

        self.list = QListWidget()
        self.list.setObjectName("searchResults")
        self.list.setAccessibleName(tr("Search results"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # rewrap snippets on resize
        self.list.setWordWrap(True)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)

        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setContentsMargins(16, 0, 16, 4)
        look(self.notice, "quiet")
        self.notice.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.list, 1)

    def show_results(self, query: str, groups: list[ResultGroup], suggestion: str | None) -> None:
        self.list.clear()
        for group in groups:
            item = QListWidgetItem()
            item.setData(GROUP_ROLE, group)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, group.title)
            self.list.addItem(item)
        if groups:
            self.list.setCurrentRow(0)
        count = len(groups)
        shown = f"<b>{html.escape(query)}</b>"
        if not count:
            text = tr("Nothing matches {query}.").format(query=shown)
        else:
            text = tr("%n places match {query}", count).format(query=shown)
        if suggestion:
            link = html.escape(suggestion)
            text += tr(" — did you mean {suggestion}?").format(
                suggestion=f'<a href="{link}">{link}</a>'
            )
        self.summary.setText(text + _hint(count))

    def show_notice(self, sentence: str) -> None:
        """Something true of every search this session (the index could not be saved)."""
        self.notice.setText(
            tr("Search works, but {problem}").format(problem=sentence[0].lower() + sentence[1:])
        )
        self.notice.show()

    def show_message(self, sentence: str) -> None:
        self.list.clear()
        self.summary.setText(html.escape(sentence))

    def show_searching(self, query: str) -> None:
        if not self.list.count():
            query = f"<b>{html.escape(query)}</b>"
            self.summary.setText(tr("Searching for {query}…").format(query=query))

    def groups(self) -> list[ResultGroup]:
        return [self.list.item(i).data(GROUP_ROLE) for i in range(self.list.count())]

    def move_selection(self, key: int) -> None:
        """Up, Down, PgUp, PgDn typed in the search box move through the results."""
        row, count = self.list.currentRow(), self.list.count()
        if not count:
            return
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5}.get(key, 5)
        self.list.setCurrentRow(max(0, min(count - 1, row + step)))

    def open_current(self) -> bool:
        item = self.list.currentItem() or self.list.item(0)
        if item is None:
            return False
        self.opened.emit(item.data(GROUP_ROLE))
        return True

    def _activated(self, item: QListWidgetItem) -> None:
        self.opened.emit(item.data(GROUP_ROLE))


class ResultDelegate(QStyledItemDelegate):
    """Draws a result as rich text: title, version, where it matched, snippets."""

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        document = self._document(index, option.rect.width())
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(QRectF(0, 0, option.rect.width(), option.rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()
        painter.save()
        painter.setPen(option.palette.color(QPalette.ColorRole.Midlight))
        painter.drawLine(option.rect.bottomLeft(), option.rect.bottomRight())
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self.view.viewport().width() - 2
        document = self._document(index, width)
        return QSize(width, int(document.size().height()) + 2)

    def _document(self, index: QModelIndex | QPersistentModelIndex, width: int) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(self.view.font())
        document.setDocumentMargin(10)
        document.setHtml(result_html(index.data(GROUP_ROLE), self.view.palette()))
        document.setTextWidth(width)
        return document


def result_html(group: ResultGroup | None, palette: QPalette) -> str:
    if group is None:
        return ""
    muted = palette.color(QPalette.ColorRole.PlaceholderText).name()
    # The reader's hit colours, light or dark as the palette the results are painted with.
    colours = reader_colours(palette.color(QPalette.ColorRole.Base).lightness() < 128)
    hit = f"background-color:{colours.hit_bg}; color:{colours.text}"
    parts = [
        f"<p style='margin:0'><b>{html.escape(group.title)}</b>"
        f"<span style='color:{muted}'> &nbsp;·&nbsp; {html.escape(group.version)}"
        f" &nbsp;·&nbsp; {tr(' and ').join(tr.marked(_PLACES[p]) for p in group.places)}"
        "</span></p>"
    ]
    for label, where, snippet in group.entries[:4]:
        marked = snippet.replace("<b>", f"<span style='{hit}'>")
        marked = marked.replace("</b>", "</span>")
        note = tr("your note:") if where == "note" else ""
        prefix = " ".join(p for p in (label, note) if p)
        parts.append(
            f"<p style='margin-top:3px; margin-left:12px'>"
            f"<span style='color:{muted}'>{html.escape(prefix)}</span> {marked}</p>"
        )
    if len(group.entries) > 4:
        more = len(group.entries) - 4
        parts.append(
            f"<p style='margin-top:3px; margin-left:12px; color:{muted}'>"
            f"{html.escape(tr('and %n more', more))}</p>"
        )
    return "".join(parts)


def _hint(count: int) -> str:
    if not count:
        return ""
    hint = html.escape(tr("(↑↓ to choose, Enter to open, Esc to go back)"))
    return f" &nbsp;<span style='color:gray'>{hint}</span>"

"""The left pane: which text (instrument and version), a filter box, and the article tree."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.core.outline import Outline
from negotiator_app.core.provision import CONTAINER_KINDS, Kind
from negotiator_app.storage.library import VersionInfo
from negotiator_app.storage.notes import Note
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.theme import look
from negotiator_app.ui.tree.article_tree import ArticleTree, RoomyRows
from negotiator_app.ui.tree.legend import MarksLegend
from negotiator_app.ui.tree.marks import HEIGHT as MARK_HEIGHT
from negotiator_app.ui.tree.marks import WIDTH as MARK_WIDTH
from negotiator_app.ui.tree.model import ProvisionFilter, ProvisionTreeModel

tr = translator("Tree")
FILTER_DELAY_MS = 120
REFERENCES_HEADING = tr.mark("Reference instruments")
_OPEN_KINDS = (Kind.PART, Kind.CHAPTER, Kind.SECTION)


class Navigator(QWidget):
    """Version selector, filter and tree; says which provision and which version were chosen."""

    provision_chosen = Signal(str)
    version_chosen = Signal(int)
    step_requested = Signal(int)
    new_language_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: ProvisionTreeModel | None = None
        self.proxy = ProvisionFilter(self)
        self._quiet = False

        self.versions = QComboBox()
        self.versions.setAccessibleName(tr("Text and version"))
        self.versions.setToolTip(tr("The draft you are reading: instrument and version"))
        self.versions.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.versions.setMinimumContentsLength(12)
        self.versions.activated.connect(self._version_activated)

        self.filter = QLineEdit()
        self.filter.setObjectName("treeFilter")
        self.filter.setPlaceholderText(tr("Filter: article number or words"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(tr("Filter the article tree"))
        self.filter.textChanged.connect(lambda _: self._filter_timer.start())
        self.filter.installEventFilter(self)
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)

        self.new_language = QCheckBox(tr("&New language only"))
        self.new_language.setObjectName("newLanguageOnly")
        self.new_language.setAccessibleName(tr("Show only new language"))
        self.new_language.setToolTip(
            tr(
                "Only the paragraphs with no precedent (60% alike or closer) in a reference "
                "instrument or an earlier revision: the text that needs the most attention"
            )
        )
        self.new_language.toggled.connect(self.new_language_toggled)

        self.tree = ArticleTree()
        self.tree.setObjectName("articleTree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)  # long titles wrap
        self.tree.setWordWrap(True)
        self.tree.setIndentation(16)
        self.tree.setIconSize(QSize(MARK_WIDTH, MARK_HEIGHT))  # the marks at their own size
        self.tree.setAccessibleName(tr("Articles"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.setFrameShape(QTreeView.Shape.NoFrame)
        self.tree.setItemDelegate(RoomyRows(self.tree))
        self.tree.installEventFilter(self)

        self.empty = QLabel(tr("No provisions match the filter."))
        look(self.empty, "quiet")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.setSpacing(6)
        layout.addWidget(self.versions)
        layout.addWidget(self.filter)
        layout.addWidget(self.new_language)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        self.legend = MarksLegend()
        layout.addWidget(self.legend)

    # -- what the window tells it ---------------------------------------------------

    def set_versions(self, versions: list[VersionInfo], current: int) -> None:
        """The drafts, then (apart, under a heading) the reference instruments."""
        self.versions.blockSignals(True)
        self.versions.clear()
        drafts = [info for info in versions if not info.reference]
        references = [info for info in versions if info.reference]
        for info in drafts:
            self._add_version(info)
        if references:
            if drafts:
                self.versions.insertSeparator(self.versions.count())
            self.versions.addItem(tr.marked(REFERENCES_HEADING))
            heading = self.versions.model().index(self.versions.count() - 1, 0)
            self.versions.model().setData(heading, 0, Qt.ItemDataRole.UserRole - 1)  # disabled
            for info in references:
                self._add_version(info, reference=True)
        found = self.versions.findData(current)
        self.versions.setCurrentIndex(max(found, 0))
        self.versions.blockSignals(False)

    def _add_version(self, info: VersionInfo, reference: bool = False) -> None:
        language = f" ({info.language})" if info.language else ""
        indent = "    " if reference else ""
        self.versions.addItem(f"{indent}{info.label}{language} — {info.instrument}", info.id)
        tip = tr("{instrument}\n{label}{language}, imported {date}").format(
            instrument=info.instrument, label=info.label, language=language, date=info.imported[:10]
        )
        if reference:
            tip = tr("Reference instrument: {what}").format(what=tip)
        self.versions.setItemData(self.versions.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)

    def set_new_language(self, keys: set[str] | None) -> None:
        """Show only these provisions (the paragraphs in new language); None: all of them."""
        self.proxy.set_only(keys)
        self.apply_filter()

    def set_outline(self, outline: Outline, notes: Mapping[str, Note]) -> None:
        self.model = ProvisionTreeModel(outline, notes, self)
        self.proxy.setSourceModel(self.model)
        if self.filter.text().strip() or self.new_language.isChecked():
            self.apply_filter()
        else:
            self._show_model(self.model)
            self._default_expansion(fresh=True)

    def select(self, key: str) -> None:
        """Show key as the current provision, without announcing it again."""
        if self.model is None:
            return
        index = self.view_index(key)
        if not index.isValid() and self.proxy.is_filtering():
            self.filter.clear()
            self.apply_filter()
            index = self.view_index(key)
        self._mark_current(index)

    def current_key(self) -> str:
        return self._key(self.tree.currentIndex())

    def _mark_current(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        self._quiet = True
        try:
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.tree.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        finally:
            self._quiet = False

    def view_index(self, key: str) -> QModelIndex:
        """Where key is in the tree as shown (filtered or not); invalid when hidden."""
        if self.model is None:
            return QModelIndex()
        index = self.model.index_of(key)
        return self.proxy.mapFromSource(index) if self._filtered() else index

    def update_note(self, note: Note) -> None:
        if self.model is not None:
            self.model.update_note(note)

    def set_changes(self, changes: Mapping[str, tuple[str, str]]) -> None:
        """Badge what the revision changed or added (see ProvisionTreeModel.set_changes)."""
        if self.model is not None:
            self.model.set_changes(changes)

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter.selectAll()

    # -- filtering ------------------------------------------------------------------

    def apply_filter(self) -> None:
        """Narrow the tree to what the filter box says (the whole tree when it is empty).

        Unfiltered, the view shows the model itself: the filter proxy costs time on every
        step through a long tree, so it is only put in between while a filter is typed.
        """
        self._filter_timer.stop()
        if self.model is None:
            return
        current = self.current_key()
        self.proxy.set_query(self.filter.text())
        if self.proxy.is_filtering():
            self._show_model(self.proxy)
            self.tree.expandAll()
        else:
            self._show_model(self.model)
            self._default_expansion(fresh=True)
        if current:
            self._mark_current(self.view_index(current))  # still current, if it is shown
        self.empty.setVisible(self.proxy.is_filtering() and self.proxy.rowCount() == 0)
        self.empty.setText(
            tr("Every paragraph here has a precedent.")
            if self.new_language.isChecked() and not self.filter.text().strip()
            else tr("No provisions match the filter.")
        )

    def _show_model(self, model) -> None:
        if self.tree.model() is not model:
            self.tree.setModel(model)
            self.tree.selectionModel().currentChanged.connect(self._current_changed)

    def _filtered(self) -> bool:
        return self.tree.model() is self.proxy

    def _key(self, index: QModelIndex) -> str:
        if self.model is None or not index.isValid():
            return ""
        return self.model.key(self.proxy.mapToSource(index) if self._filtered() else index)

    def _default_expansion(self, fresh: bool = False) -> None:
        """Chapters and parts open, articles closed: the table of contents at a glance."""
        if not fresh:
            self.tree.collapseAll()
        if self.model is None:
            return
        # Only groups hold chapters and sections: a long draft's articles are never visited.
        pending = list(self.model.outline.roots)
        while pending:
            node = pending.pop()
            if node.kind not in CONTAINER_KINDS or not node.children:
                continue
            if node.kind in _OPEN_KINDS:
                self.tree.expand(self.view_index(node.key))
            pending.extend(node.children)

    # -- events -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
            if watched is self.tree and plain and key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.step_requested.emit(-1 if key == Qt.Key.Key_PageUp else 1)
                return True
            if watched is self.filter:
                if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    self.apply_filter()
                    self._enter_tree()
                    return True
                if key == Qt.Key.Key_Escape and self.filter.text():
                    self.filter.clear()
                    self.apply_filter()
                    return True
        return super().eventFilter(watched, event)

    def _enter_tree(self) -> None:
        """From the filter box into the tree, on the first provision that matched."""
        self.tree.setFocus(Qt.FocusReason.OtherFocusReason)
        if self.model is None:
            return
        if self._filtered():
            first = self._first_match(QModelIndex())
            if first.isValid():
                self.tree.setCurrentIndex(first)
        elif not self.tree.currentIndex().isValid() and self.model.rowCount():
            self.tree.setCurrentIndex(self.model.index(0, 0))

    def _first_match(self, parent: QModelIndex) -> QModelIndex:
        """The first row (depth first) that matched itself, not only through a child."""
        for row in range(self.proxy.rowCount(parent)):
            index = self.proxy.index(row, 0, parent)
            key = self.model.key(self.proxy.mapToSource(index))
            if self.proxy.matched(key):
                return index
            found = self._first_match(index)
            if found.isValid():
                return found
        return QModelIndex()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._quiet or self.model is None or not current.isValid():
            return
        self.provision_chosen.emit(self._key(current))

    def _version_activated(self, row: int) -> None:
        version_id = self.versions.itemData(row)
        if version_id is not None:
            self.version_chosen.emit(int(version_id))

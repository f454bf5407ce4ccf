"""What each delegation said or holds on the provision: an editable three-column table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from negotiator_app.storage.notes import STANCES, DelegationPosition
from negotiator_app.ui.i18n import translator
from negotiator_app.ui.words import stance_name as named_stance

tr = translator("PositionPanel")
COLUMNS = (tr.mark("Delegation"), tr.mark("Stance"), tr.mark("Remark"))


class DelegationsTable(QWidget):
    """Rows of delegation, stance, remark; add and remove with buttons or keys."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("delegations")
        self.table.setAccessibleName(tr("Positions of other delegations"))
        self.table.setHorizontalHeaderLabels([tr.marked(title) for title in COLUMNS])
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setItemDelegateForColumn(1, _StanceDelegate(self.table))
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setTabKeyNavigation(False)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(lambda _: self.changed.emit())

        self.add = QPushButton(tr("Add delegation"))
        self.add.setToolTip(tr("Add a row for a delegation's position (Insert in the table)"))
        self.add.clicked.connect(self.add_row)
        self.remove = QPushButton(tr("Remove"))
        self.remove.clicked.connect(self.remove_row)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.add)
        buttons.addWidget(self.remove)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def positions(self) -> list[DelegationPosition]:
        """The rows that name a delegation, in order."""
        out = []
        for row in range(self.table.rowCount()):
            delegation, stance, remark = (self._text(row, c) for c in range(3))
            if delegation:
                out.append(DelegationPosition(delegation, stance, remark))
        return out

    def set_positions(self, positions: list[DelegationPosition]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for position in positions:
            self._append(position.delegation, position.stance, position.remark)
        self.table.blockSignals(False)

    def add_row(self) -> None:
        self.table.blockSignals(True)
        self._append("", "", "")
        self.table.blockSignals(False)
        row = self.table.rowCount() - 1
        self.table.setFocus()
        self.table.setCurrentCell(row, 0)
        self.table.editItem(self.table.item(row, 0))

    def remove_row(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Insert:
            self.add_row()
            return
        if event.key() == Qt.Key.Key_Delete and self.table.hasFocus():
            self.remove_row()
            return
        super().keyPressEvent(event)

    def _append(self, delegation: str, stance: str, remark: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, value in enumerate((delegation, stance, remark)):
            item = QTableWidgetItem(value)
            if column == 1:
                item.setData(Qt.ItemDataRole.DisplayRole, stance_name(value))
                item.setData(Qt.ItemDataRole.UserRole, value)
            self.table.setItem(row, column, item)

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        if item is None:
            return ""
        if column == 1:
            return str(item.data(Qt.ItemDataRole.UserRole) or "")
        return item.text().strip()


class _StanceDelegate(QStyledItemDelegate):
    """A stance is picked from the list, never typed."""

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex
    ) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem("—", "")
        for stance in STANCES:
            editor.addItem(named_stance(stance), stance)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        found = editor.findData(index.data(Qt.ItemDataRole.UserRole) or "")
        editor.setCurrentIndex(max(found, 0))

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        stance = editor.currentData()
        model.setData(index, stance, Qt.ItemDataRole.UserRole)
        model.setData(index, stance_name(stance), Qt.ItemDataRole.DisplayRole)


def stance_name(stance: str) -> str:
    """ "Support with amendments"; nothing at all when no stance was given."""
    return named_stance(stance) if stance else ""

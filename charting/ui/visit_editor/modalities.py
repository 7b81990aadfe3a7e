"""Other modalities of the visit (cupping, moxibustion, e-stim …): kind, site and minutes."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QPushButton, QTableView, QVBoxLayout, QWidget

from charting.domain import vocabulary as vocab
from charting.domain.records import ModalityData, VisitData
from charting.ui.visit_editor.delegates import ChoiceDelegate, NumberDelegate

Index = QModelIndex | QPersistentModelIndex
COLUMNS = (("kind", "Modality"), ("site", "Site"), ("minutes", "Minutes"), ("note", "Note"))


def kind_label(kind: str) -> str:
    return {"e_stim": "E-stim", "tui_na": "Tui na"}.get(kind, kind.replace("_", " ").capitalize())


class ModalitiesModel(QAbstractTableModel):
    modalityEdited = Signal(int, str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[ModalityData] = []
        self.read_only = False

    def rows(self) -> list[ModalityData]:
        return list(self._rows)

    def set_rows(self, rows: list[ModalityData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base if self.read_only else base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = getattr(self._rows[index.row()], COLUMNS[index.column()][0])
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return kind_label(value)
            return "—" if value is None else str(value)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or role != Qt.ItemDataRole.EditRole:
            return False
        key = COLUMNS[index.column()][0]
        if key == "kind" and value not in vocab.MODALITY_KINDS:
            return False
        if key == "minutes":
            value = None if value is None or value < 0 else int(value)
        if key in ("site", "note"):
            value = str(value).strip()
        row = self._rows[index.row()]
        if getattr(row, key) == value:
            return False
        self._rows[index.row()] = replace(row, **{key: value})
        self.dataChanged.emit(index, index)
        self.modalityEdited.emit(index.row(), key)
        return True

    def append(self, modality: ModalityData) -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(modality)
        self.endInsertRows()
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()


class ModalitiesPanel(QWidget):
    changed = Signal()
    kindChosen = Signal(str)  # a row got this kind: the editor checks the patient's safety flags

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ModalitiesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegateForColumn(0, ChoiceDelegate(lambda _i: vocab.MODALITY_KINDS, self.table))
        self.table.setItemDelegateForColumn(2, NumberDelegate(24 * 60, parent=self.table))
        self.table.setAccessibleName(self.tr("Other modalities"))
        self.add_button = QPushButton(self.tr("Add modality"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add_modality())
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.table)
        box.addLayout(buttons)
        self.model.modalityEdited.connect(self._edited)

    def _edited(self, row: int, key: str) -> None:
        self.changed.emit()
        if key == "kind":
            self.kindChosen.emit(self.model.rows()[row].kind)

    def add_modality(self, kind: str = "cupping") -> None:
        row = self.model.append(ModalityData(kind=kind))
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.table.edit(self.model.index(row, 0))
        self.changed.emit()
        self.kindChosen.emit(kind)

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.model.remove(row)
        if rows:
            self.changed.emit()

    def load(self, data: VisitData) -> None:
        self.model.set_rows(data.modalities)

    def store(self, data: VisitData) -> None:
        data.modalities = self.model.rows()

    def set_read_only(self, read_only: bool) -> None:
        self.model.read_only = read_only
        self.add_button.setVisible(not read_only)
        self.remove_button.setVisible(not read_only)

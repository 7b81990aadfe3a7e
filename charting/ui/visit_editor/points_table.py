"""The treated-points table view: edit in place; Delete removes the selected points (undoably,
through the body map)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from charting.domain import vocabulary as vocab
from charting.ui.visit_editor.delegates import ChoiceDelegate, NumberDelegate
from charting.ui.visit_editor.points_model import COLUMN, ROLE_CHOICES, PointsModel


class PointsTable(QTableView):
    removeRequested = Signal(list)  # row numbers

    def __init__(self, model: PointsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN["name"], QHeaderView.ResizeMode.Stretch)
        self.setItemDelegateForColumn(COLUMN["side"], ChoiceDelegate(lambda i: model.valid_sides(i.row()), self))
        self.setItemDelegateForColumn(COLUMN["role"], ChoiceDelegate(lambda _i: ROLE_CHOICES, self))
        self.setItemDelegateForColumn(COLUMN["technique"], ChoiceDelegate(lambda _i: vocab.TECHNIQUES, self))
        self.setItemDelegateForColumn(COLUMN["depth_cun"], NumberDelegate(10, decimals=1, step=0.1, parent=self))
        self.setItemDelegateForColumn(COLUMN["retention_minutes"], NumberDelegate(240, parent=self))
        self.setAccessibleName(self.tr("Treated points"))

    def selected_rows(self) -> list[int]:
        return sorted({i.row() for i in self.selectionModel().selectedRows()})

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and not self._model.read_only
            and self.state() != QAbstractItemView.State.EditingState
        ):
            rows = self.selected_rows()
            if rows:
                self.removeRequested.emit(rows)
                return
        super().keyPressEvent(event)

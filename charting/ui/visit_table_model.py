"""The table model behind every list of visits (Today, a patient's history)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from charting.domain.records import VisitSummary

AnyIndex = QModelIndex | QPersistentModelIndex


class VisitTableModel(QAbstractTableModel):
    """Rows are formatted once when the visits are set: views ask for each cell many times while
    sizing and painting, and a busy day or a long history must not slow that down."""

    COLUMNS: ClassVar[tuple[str, ...]] = ()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._visits: list[VisitSummary] = []
        self._rows: list[tuple[str, ...]] = []
        self._headers = [self.tr(c) for c in self.COLUMNS]

    def format_row(self, visit: VisitSummary) -> tuple[str, ...]:
        raise NotImplementedError

    def extra_data(self, row: int, column: int, role: int) -> Any:
        """Anything besides the display text (colours, fonts, tooltips); None for nothing."""
        return None

    def set_visits(self, visits: list[VisitSummary]) -> None:
        self.beginResetModel()
        self._visits = list(visits)
        self._rows = [self.format_row(visit) for visit in self._visits]
        self.endResetModel()

    def visit_at(self, row: int) -> VisitSummary:
        return self._visits[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return self._visits[index.row()].id
        return self.extra_data(index.row(), index.column(), role)

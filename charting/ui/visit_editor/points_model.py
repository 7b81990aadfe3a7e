"""The treated-points table: one row per point, every needling detail editable in place."""

from __future__ import annotations

from dataclasses import fields, replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from charting.domain import vocabulary as vocab
from charting.domain.records import PointData
from charting.points import Catalog

Index = QModelIndex | QPersistentModelIndex
COLUMNS: tuple[tuple[str, str], ...] = (
    ("code", "Point"),
    ("name", "Name"),
    ("side", "Side"),
    ("role", "Role"),
    ("technique", "Technique"),
    ("depth_cun", "Depth"),
    ("retention_minutes", "Min"),
    ("de_qi", "De qi"),
    ("estim", "E-stim"),
)
HEADER_TIPS = {"depth_cun": "Needling depth in cun", "retention_minutes": "Retention in minutes"}
COLUMN = {key: i for i, (key, _title) in enumerate(COLUMNS)}
AUTOMATIC_ROLE = "automatic"  # back to the role rule (local near a marked area, else distal)
ROLE_CHOICES = (*vocab.ROLES, AUTOMATIC_ROLE)
CHECK_FIELDS = frozenset({"de_qi", "estim"})
EDITABLE = frozenset({"side", "role", "technique", "depth_cun", "retention_minutes"})
assert {f.name for f in fields(PointData)} >= EDITABLE | CHECK_FIELDS


class PointsModel(QAbstractTableModel):
    """Edits made here go through ``setData`` and are announced with ``pointEdited(row, field)``
    so the editor can mirror side and role changes onto the body map."""

    pointEdited = Signal(int, str)

    def __init__(self, catalog: Catalog, parent=None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._rows: list[PointData] = []
        self.read_only = False

    def rows(self) -> list[PointData]:
        return list(self._rows)

    def set_rows(self, rows: list[PointData]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def point(self, row: int) -> PointData:
        return self._rows[row]

    def valid_sides(self, row: int) -> tuple[str, ...]:
        found = self._catalog.get(self._rows[row].code)
        return found.valid_sides if found else vocab.SIDES

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt override
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.ToolTipRole and COLUMNS[section][0] in HEADER_TIPS:
            return self.tr(HEADER_TIPS[COLUMNS[section][0]])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = COLUMNS[index.column()][0]
        if self.read_only:
            return base
        if key in CHECK_FIELDS:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if key in EDITABLE:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        point = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if key in CHECK_FIELDS:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if getattr(point, key) else Qt.CheckState.Unchecked
            return None
        if role == Qt.ItemDataRole.EditRole:
            return getattr(point, key) if key != "name" else None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(point, key)
        if role == Qt.ItemDataRole.ToolTipRole and key in ("code", "name"):
            found = self._catalog.get(point.code)
            return f"{found.code} {found.pinyin} {found.hanzi} — {found.english}\n{found.location}" if found else None
        if role == Qt.ItemDataRole.ToolTipRole and key == "role" and point.role_override:
            return self.tr("Role set by hand: it no longer follows the marked areas.")
        return None

    def _display(self, point: PointData, key: str) -> str:
        if key == "name":
            found = self._catalog.get(point.code)
            return f"{found.pinyin} · {found.english}" if found else ""
        if key == "role":
            return point.role + (" ✎" if point.role_override else "")
        value = getattr(point, key)
        if value is None or value == "":
            return "—" if key != "technique" else ""
        return f"{value:g}" if isinstance(value, float) else str(value)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        row, key = index.row(), COLUMNS[index.column()][0]
        point = self._rows[row]
        new: PointData | None
        if key in CHECK_FIELDS and role == Qt.ItemDataRole.CheckStateRole:
            checked: dict[str, Any] = {key: Qt.CheckState(value) == Qt.CheckState.Checked}
            new = replace(point, **checked)
        elif key in EDITABLE and role == Qt.ItemDataRole.EditRole:
            new = self._edited(point, key, value, row)
            if new is None:
                return False
        else:
            return False
        if new == point:
            return False
        self._rows[row] = new
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
        self.pointEdited.emit(row, key)
        return True

    def _edited(self, point: PointData, key: str, value: Any, row: int) -> PointData | None:
        if key == "side":
            return replace(point, side=value) if value in self.valid_sides(row) else None
        if key == "role":
            if value == AUTOMATIC_ROLE:
                return replace(point, role_override=False)
            # Choosing a role by hand pins it: marking areas later will not recompute it.
            return replace(point, role=value, role_override=True) if value in vocab.ROLES else None
        if key == "technique":
            return replace(point, technique=value) if value in vocab.TECHNIQUES else None
        if key == "depth_cun":
            return replace(point, depth_cun=None if value is None or value < 0 else round(float(value), 2))
        if key == "retention_minutes":
            return replace(point, retention_minutes=None if value is None or value < 0 else int(value))
        return None

    def remove_rows(self, rows: list[int]) -> list[PointData]:
        removed = [self._rows[r] for r in sorted(set(rows))]
        self.set_rows([p for i, p in enumerate(self._rows) if i not in set(rows)])
        return removed

"""The treatment half of the editor: body map, typed entry, treated-points table and other
modalities. The map decides which points (and sides and roles) are chosen; the table adds the
needling details; every change to the choice goes through the map so it can be undone there."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QVBoxLayout, QWidget

from charting.domain.records import AreaData, PointData, VisitData
from charting.points import Catalog
from charting.ui.bodymap import BodyMapWidget, ChosenPoint, MarkedArea
from charting.ui.visit_editor.modalities import ModalitiesPanel
from charting.ui.visit_editor.point_rows import merge_chosen, needle_sites
from charting.ui.visit_editor.points_model import PointsModel
from charting.ui.visit_editor.points_table import PointsTable
from charting.ui.visit_editor.typed_entry import TypedPointEntry

SIDE_BY_SIDE_MIN_WIDTH = 1250
STACKED_TABLE_HEIGHT = 250
STACKED_TABLE_SHARE = 0.34  # of the panel's height, when that is less than the full table height
TABLE_MIN_WIDTH = 600  # every column of the points table readable


def side_steps(old: str, new: str) -> list[tuple[str, str]]:
    """Map operations turning ``old`` into ``new``, adding before removing so the point (and the
    details typed for it) never disappears halfway."""
    if old == new or "midline" in (old, new):
        return []
    if new == "bilateral":
        return [("add", "bilateral")]
    if old == "bilateral":
        return [("remove", "right" if new == "left" else "left")]
    return [("add", new), ("remove", old)]


class TreatmentPanel(QWidget):
    changed = Signal()
    estimTurnedOn = Signal(str)  # point code, or "" for an e-stim modality
    modalityChosen = Signal(str)
    sitesChanged = Signal(int)  # needles the chosen points take

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._area_notes: dict[tuple[str, str], str] = {}
        self._loading = False
        self._arranged: Qt.Orientation | None = None  # how the first resize laid map and table out
        self.bodymap = BodyMapWidget(catalog=catalog)
        self.typed_entry = TypedPointEntry(catalog)
        self.points = PointsModel(catalog, self)
        self.table = PointsTable(self.points)
        self.empty_hint = QLabel(self.tr("Click points on the map, or type them above (Ctrl+K)."))
        self.empty_hint.setStyleSheet("color: #666;")
        self.modalities = ModalitiesPanel()

        points_page = QWidget()
        column = QVBoxLayout(points_page)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.typed_entry)
        column.addWidget(self.table, 1)
        column.addWidget(self.empty_hint)
        # Modalities share the space under a tab: most visits have none, and the map needs the room.
        self.tabs = QTabWidget()
        self.tabs.addTab(points_page, self.tr("Treated points"))
        self.tabs.addTab(self.modalities, self.tr("Other modalities"))
        self.tabs.setMinimumWidth(TABLE_MIN_WIDTH)

        # Stacked until the first resize shows there is room: starting side by side would make the
        # panel's minimum width (map toolbar + table) push a laptop-sized window off the screen.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.bodymap)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.splitter, 1)

        self.bodymap.pointsChanged.connect(self._points_from_map)
        self.bodymap.areasChanged.connect(self._edited)
        self.typed_entry.pointsEntered.connect(self.add_points)
        self.table.removeRequested.connect(self.remove_rows)
        self.points.pointEdited.connect(self._table_edited)
        self.modalities.changed.connect(self._modalities_changed)
        self.modalities.kindChosen.connect(self._modality_chosen)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Map and table side by side on a wide screen, stacked on a laptop: the table needs about
        600 px to show every column and the map should never be squeezed below its toolbar."""
        wide = event.size().width() >= SIDE_BY_SIDE_MIN_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self._arranged != orientation:
            self._arranged = orientation
            self.splitter.setOrientation(orientation)
            if wide:
                self.splitter.setSizes([5000, 4000])
            else:  # the map keeps most of a laptop's height; the table scrolls
                height = event.size().height()
                table = min(STACKED_TABLE_HEIGHT, int(height * STACKED_TABLE_SHARE))
                self.splitter.setSizes([height - table, table])
        super().resizeEvent(event)

    # ---- map ⇄ table -------------------------------------------------------------------
    def _points_from_map(self) -> None:
        chosen = [(p.code, p.side, p.role, p.role_override) for p in self.bodymap.chosen_points()]
        self.points.set_rows(merge_chosen(self.points.rows(), chosen))
        self._refresh_counts()
        self._edited()

    def _table_edited(self, row: int, field: str) -> None:
        point = self.points.point(row)
        if field == "side":
            old = next(p.side for p in self.bodymap.chosen_points() if p.code == point.code)
            self._apply_side_change(point.code, old, point.side)
        elif field == "role":
            self.bodymap.set_point_role(point.code, point.role if point.role_override else None)
        else:
            if field == "estim" and point.estim:
                self.estimTurnedOn.emit(point.code)
            self._edited()

    def _apply_side_change(self, code: str, old: str, new: str) -> None:
        stack = self.bodymap.undo_stack()
        stack.beginMacro(self.tr("Side of %1").replace("%1", code))
        try:
            for operation, side in side_steps(old, new):
                (self.bodymap.add_point if operation == "add" else self.bodymap.remove_point)(code, side)
        finally:
            stack.endMacro()

    def add_points(self, points: list[PointData]) -> None:
        """Typed entry: one undo step for the whole entry; the map shows the last point."""
        stack = self.bodymap.undo_stack()
        stack.beginMacro(self.tr("Add %1").replace("%1", ", ".join(p.code for p in points)))
        try:
            for point in points:
                self.bodymap.add_point(point.code, point.side)
        finally:
            stack.endMacro()
        if points:
            self.bodymap.focus_point(points[-1].code)

    def remove_rows(self, rows: list[int]) -> None:
        points = [self.points.point(r) for r in rows]
        stack = self.bodymap.undo_stack()
        stack.beginMacro(self.tr("Remove %1").replace("%1", ", ".join(p.code for p in points)))
        try:
            for point in points:
                self.bodymap.remove_point(point.code, "midline" if point.side == "midline" else "bilateral")
        finally:
            stack.endMacro()

    def _modalities_changed(self) -> None:
        self._refresh_counts()
        self._edited()

    def _modality_chosen(self, kind: str) -> None:
        if kind == "e_stim":
            self.estimTurnedOn.emit("")
        self.modalityChosen.emit(kind)

    def _refresh_counts(self) -> None:
        rows = self.points.rows()
        self.sitesChanged.emit(needle_sites(rows))
        self.empty_hint.setVisible(not rows)
        count = self.modalities.model.rowCount()
        label = self.tr("Other modalities")
        self.tabs.setTabText(1, f"{label} ({count})" if count else label)

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    # ---- load / store ------------------------------------------------------------------
    def load(self, data: VisitData) -> None:
        self._loading = True
        try:
            self._area_notes = {(a.region, a.side): a.note for a in data.areas}
            self.bodymap.set_marked_areas([MarkedArea(a.region, a.side, a.kind, a.severity) for a in data.areas])
            self.bodymap.set_chosen_points([ChosenPoint(p.code, p.side, p.role, p.role_override) for p in data.points])
            self.points.set_rows(data.points)
            self.modalities.load(data)
            self._refresh_counts()
            self._show_complaint_view(data.areas)
        finally:
            self._loading = False

    def _show_complaint_view(self, areas: list[AreaData]) -> None:
        """Open the map on a body view where the first marked area is drawn, else the first view."""
        views = [v for v, view in self._catalog.views.items() if view.kind == "body"] or list(self._catalog.views)
        for area in areas:
            for view in views:
                if self._catalog.region(view, area.region, area.side) is not None:
                    self.bodymap.set_view(view)
                    return

    def store(self, data: VisitData) -> None:
        data.areas = [
            AreaData(a.region, a.side, a.kind, a.severity, self._area_notes.get((a.region, a.side), ""))
            for a in self.bodymap.marked_areas()
        ]
        data.points = [replace(p) for p in self.points.rows()]
        self.modalities.store(data)

    def set_read_only(self, read_only: bool) -> None:
        self.bodymap.set_read_only(read_only)
        self.points.read_only = read_only
        self.typed_entry.setVisible(not read_only)
        self.empty_hint.setVisible(not read_only and not self.points.rows())
        self.modalities.set_read_only(read_only)

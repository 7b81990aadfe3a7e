"""The clickable body map: choose points and mark complaint areas on the figures of every view.

The widget holds the chosen points and marked areas as one immutable snapshot; every user change
builds the next snapshot (roles recomputed by the catalog's role rule) and pushes it on the undo
stack, so undo, redo, rendering and safety warnings all follow from the same state.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QKeyEvent, QPainter, QUndoStack
from PySide6.QtWidgets import QLabel, QMenu, QVBoxLayout, QWidget

from charting.domain.records import PatientData
from charting.errors import ValidationError
from charting.points import Catalog, load_catalog
from charting.ui.bodymap import styles
from charting.ui.bodymap.area_item import RegionItem
from charting.ui.bodymap.commands import ChangeMapCommand, MapState
from charting.ui.bodymap.keys import key_action
from charting.ui.bodymap.legend import Legend
from charting.ui.bodymap.map_view import ZOOM_STEP, MapView
from charting.ui.bodymap.menus import area_menu, point_menu
from charting.ui.bodymap.point_item import PointMarker
from charting.ui.bodymap.safety import SafetyWarning, point_warnings
from charting.ui.bodymap.scene import BodyScene
from charting.ui.bodymap.selection import (
    ChosenPoint,
    MarkedArea,
    clicked_side,
    covers,
    side_minus,
    side_plus,
    with_area,
    with_roles,
    with_side,
)
from charting.ui.bodymap.toolbar import MapToolbar
from charting.ui.bodymap.warnings import WarningBanner

FOCUS_SPAN_CUN = 9.0  # how much of the body around a focused point stays in view
FRAME_MARGIN_CUN = 8.0  # body shown around a visit's points and areas when it opens
HIGHLIGHT_MS = 2500
SIDE_TEXT = {"left": "L", "right": "R", "bilateral": "B", "midline": "M"}


class BodyMapWidget(QWidget):
    pointsChanged = Signal()
    areasChanged = Signal()
    warningAcknowledged = Signal(str, str, str)  # kind, code, message
    viewChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, catalog: Catalog | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog if catalog is not None else load_catalog()
        self._state = MapState()
        self._patient: PatientData | None = None
        self._read_only = False
        self._acknowledged: set[tuple[str, str]] = set()
        self._external: set[tuple[str, str]] = set()
        self._scenes: dict[str, BodyScene] = {}
        self._synced: dict[str, MapState] = {}
        self._framing: dict[str, QRectF] = {}  # what each view showed when last left
        self._view_name = ""
        self._current_code: str | None = None
        self._undo = QUndoStack(self)

        self.toolbar = MapToolbar(self._catalog, self)
        self.banner = WarningBanner(self)
        self.map = MapView(self)
        self.legend = Legend(self)
        self._empty = QLabel(self.tr("The body figures are not installed."), self)
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        for widget in (self.toolbar, self.banner):
            layout.addWidget(widget)
        layout.addWidget(self.map, 1)
        layout.addWidget(self._empty, 1)
        layout.addWidget(self.legend)

        self._detail_timer = QTimer(self, singleShot=True, interval=40)
        self._detail_timer.timeout.connect(self._apply_detail)
        self._highlight_timer = QTimer(self, singleShot=True, interval=HIGHLIGHT_MS)
        self._highlight_timer.timeout.connect(self._end_highlight)
        self._prebuild_timer = QTimer(self, singleShot=True, interval=0)
        self._prebuild_timer.timeout.connect(self._prebuild_next)
        self._connect()
        self.map.installEventFilter(self)
        views = list(self._catalog.views)
        self._empty.setVisible(not views)
        self.map.setVisible(bool(views))
        if views:
            self.set_view(views[0])

    # ---- public API ---------------------------------------------------------------------
    def set_chosen_points(self, points: Iterable[ChosenPoint]) -> None:
        """Load a visit's points as recorded (roles as given). Clears the undo history and the
        acknowledged warnings, so another visit's acknowledgements never silence this one's:
        pass this visit's own with set_acknowledged afterwards."""
        self._undo.clear()
        self._acknowledged = set()
        self._apply_state(MapState(tuple(points), self._state.areas), notify=False)

    def chosen_points(self) -> list[ChosenPoint]:
        return list(self._state.points)

    def set_marked_areas(self, areas: Iterable[MarkedArea]) -> None:
        """Load a visit's complaint areas as recorded; clears the undo history."""
        self._undo.clear()
        self._apply_state(MapState(self._state.points, tuple(areas)), notify=False)

    def marked_areas(self) -> list[MarkedArea]:
        return list(self._state.areas)

    def set_patient_flags(self, patient: PatientData | None) -> None:
        self._patient = patient
        self._refresh_warnings()

    def set_acknowledged(self, warnings: Iterable[tuple[str, str]]) -> None:
        """(kind, code) pairs the visit already recorded, so they are not asked for again."""
        self._acknowledged = set(warnings)
        self._refresh_warnings()

    def set_read_only(self, read_only: bool) -> None:
        """Signed visits: nothing can change, but views, zoom and search still work."""
        self._read_only = read_only
        self.toolbar.areas.setChecked(False)
        self.toolbar.areas.setEnabled(not read_only)
        self.toolbar.undo.setEnabled(not read_only and self._undo.canUndo())
        self.toolbar.redo.setEnabled(not read_only and self._undo.canRedo())
        self._refresh_warnings()

    def is_read_only(self) -> bool:
        return self._read_only

    def current_view(self) -> str:
        return self._view_name

    def views(self) -> list[str]:
        return list(self._catalog.views)

    def set_view(self, name: str) -> None:
        """Show a view (unknown names are ignored), framed as it was when last left."""
        if name not in self._catalog.views or name == self._view_name:
            return
        if self._view_name:
            self._framing[self._view_name] = self.map.visible_scene_rect()
        scene = self._scene(name)
        self._view_name = name
        self.map.setScene(scene)
        framing = self._framing.get(name)
        if framing is None:
            self.map.fit()
        else:
            self.map.zoom_to(framing.center(), min(framing.width(), framing.height()))
        self._apply_detail()
        self.toolbar.show_view(name, scene.view.kind)
        self.viewChanged.emit(name)

    def frame_treatment(self) -> None:
        """Open on what this visit is about: the whole-body view holding most of the chosen points
        and marked areas, zoomed to them with some body around; the whole figure when empty."""
        best: tuple[int, str, QRectF] | None = None
        for name, view in self._catalog.views.items():
            if view.kind != "body":
                continue
            spots = [
                QPointF(pl.x, pl.y)
                for p in self._state.points
                for pl in self._catalog.placements(p.code)
                if pl.view == name and (p.side in ("bilateral", "midline") or pl.side in (p.side, "midline"))
            ]
            for area in self._state.areas:
                for region in self._catalog.regions(name):
                    if region.id == area.region and region.side in (area.side, "midline"):
                        spots.extend(QPointF(x, y) for x, y in region.polygon)
            if spots and (best is None or len(spots) > best[0]):
                xs, ys = [q.x() for q in spots], [q.y() for q in spots]
                best = (len(spots), name, QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)))
        if best is None:
            self.map.fit()
            return
        _count, name, bounds = best
        self.set_view(name)
        cun = self._catalog.views[name].cun_px
        self.map.zoom_to(bounds.center(), max(bounds.width(), bounds.height()) + FRAME_MARGIN_CUN * cun)

    def focus_point(self, code: str) -> bool:
        """Show the point: switch to a view that has it, zoom to it and highlight it."""
        point = self._catalog.get(code)
        if point is None:
            return False
        code = point.code
        self._current_code = code
        view = self._view_showing(code)
        if view is None:
            return False
        self.set_view(view)
        scene = self._scenes[view]
        marker = self._instance_to_focus(scene, code)
        self.map.zoom_to(marker.pos(), FOCUS_SPAN_CUN * scene.view.cun_px)
        self._apply_detail()
        scene.highlight_marker(marker)
        self._highlight_timer.start()
        return True

    def add_point(self, code: str, side: str) -> None:
        """Add the point on ``side`` (joining an existing side into bilateral); a point on the
        midline is always added on the midline. Raises ValidationError for a midline side on a
        bilateral point, and UnknownPointError (a KeyError) for an unknown code."""
        point = self._catalog[code]
        current = self._side_of(point.code)
        if point.bilateral and side not in ("left", "right", "bilateral"):
            raise ValidationError(
                {"side": self.tr("{0} is on both sides of the body: choose left, right or both.").format(point.code)}
            )
        side = side if point.bilateral else "midline"
        self._change_points(point.code, side_plus(current, side), self.tr("Add {0}").format(point.code))

    def remove_point(self, code: str, side: str) -> None:
        point = self._catalog[code]
        current = self._side_of(point.code)
        if current is not None:
            self._change_points(point.code, side_minus(current, side), self.tr("Remove {0}").format(point.code))

    def set_point_role(self, code: str, role: str | None) -> None:
        """Override the role (``local``/``distal``), or None to return the point to the role rule."""
        points = [
            ChosenPoint(p.code, p.side, role or p.role, role is not None) if p.code == code else p
            for p in self._state.points
        ]
        label = self.tr("Automatic role for {0}") if role is None else self.tr("Role of {0}")
        self._change(label.format(code), points, self._state.areas)

    def mark_area(self, region: str, side: str, kind: str | None, severity: int = 5) -> None:
        """Mark (or with ``kind`` None clear) a complaint area; roles follow at once."""
        mark = MarkedArea(region, side, kind, severity) if kind else None
        areas = with_area(self._state.areas, region, side, mark)
        self._change(
            self.tr("Mark {0}").format(region) if mark else self.tr("Clear {0}").format(region),
            self._state.points,
            areas,
        )

    def show_warning(self, kind: str, code: str, message: str) -> None:
        self._external.add((kind, code))
        self.banner.post(SafetyWarning(kind, code, message))

    def undo_stack(self) -> QUndoStack:
        return self._undo

    def scene_for(self, view: str) -> BodyScene:
        return self._scene(view)

    def render_image(self, size: QSize) -> QImage:
        """The current view with its points and areas, framed whole (for thumbnails)."""
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.white)
        if not self._view_name:
            return image
        scene = self._scenes[self._view_name]
        scale = min(size.width() / scene.width(), size.height() / scene.height())
        highlighted = scene.highlight.isVisible()
        scene.highlight.setVisible(False)
        scene.draw_channels = False
        self._apply_detail(scale, thumbnail=True)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = scene.width() * scale, scene.height() * scale
        target = QRectF((size.width() - width) / 2, (size.height() - height) / 2, width, height)  # centred
        scene.render(painter, target, scene.sceneRect())
        painter.end()
        scene.highlight.setVisible(highlighted)
        scene.draw_channels = True
        self._apply_detail()
        return image

    # ---- state --------------------------------------------------------------------------
    def _side_of(self, code: str) -> str | None:
        return next((p.side for p in self._state.points if p.code == code), None)

    def _change_points(self, code: str, side: str | None, text: str) -> None:
        if side is not None:
            self._current_code = code
        self._change(text, with_side(self._state.points, code, side), self._state.areas)

    def _change(self, text: str, points: Iterable[ChosenPoint], areas: Iterable[MarkedArea]) -> None:
        if self._read_only:
            return
        areas = tuple(areas)
        after = MapState(tuple(with_roles(self._catalog, points, areas)), areas)
        if after != self._state:
            self._undo.push(ChangeMapCommand(text, self._state, after, self._apply_state))

    def _apply_state(self, state: MapState, notify: bool = True) -> None:
        before, self._state = self._state, state
        if self._view_name:
            changed = self._sync(self._view_name)
            if changed:
                self._apply_detail()
        self._refresh_warnings()
        if notify and state.points != before.points:
            self.pointsChanged.emit()
        if notify and state.areas != before.areas:
            self.areasChanged.emit()

    def _sync(self, view: str) -> bool:
        """Bring one scene up to the current state, touching only the points that changed."""
        shown = self._synced.get(view)
        if shown is self._state:
            return False
        self._synced[view] = self._state
        codes = None if shown is None else {p.code for p in set(shown.points) ^ set(self._state.points)}
        points = {p.code: p for p in self._state.points}
        areas = {(a.region, a.side): a for a in self._state.areas}
        return self._scenes[view].show_state(points, areas, codes)

    def _refresh_warnings(self) -> None:
        """Post each unacknowledged warning of the chosen points; drop those no longer due."""
        if self._read_only:
            self.banner.withdraw(set())
            return
        today = date.today()
        pending: set[tuple[str, str]] = set(self._external)
        for chosen in self._state.points:
            point = self._catalog.get(chosen.code)
            if point is None:
                continue
            for warning in point_warnings(point, self._patient, today):
                if (warning.kind, warning.code) not in self._acknowledged:
                    pending.add((warning.kind, warning.code))
                    self.banner.post(warning)
        self.banner.withdraw(pending)

    def _acknowledge(self, kind: str, code: str, message: str) -> None:
        self._acknowledged.add((kind, code))
        self._external.discard((kind, code))
        self.warningAcknowledged.emit(kind, code, message)

    # ---- scenes and labels ------------------------------------------------------------
    def _scene(self, view: str) -> BodyScene:
        scene = self._scenes.get(view)
        if scene is None:
            scene = BodyScene(self._catalog, self._catalog.views[view])
            scene.set_channels_visible(self.toolbar.channels_visible())
            scene.set_editing_areas(self.toolbar.areas.isChecked())
            self._scenes[view] = scene
        self._sync(view)
        return scene

    def _prebuild_next(self) -> None:
        """Build one missing scene per idle turn, so later view switches only swap scenes."""
        missing = [name for name in self._catalog.views if name not in self._scenes]
        if missing:
            self._scene(missing[0])
            self._prebuild_timer.start()

    def showEvent(self, event: object) -> None:  # type: ignore[override]
        super().showEvent(event)  # type: ignore[arg-type]
        self._prebuild_timer.start()

    def _apply_detail(self, zoom: float | None = None, thumbnail: bool = False) -> None:
        if self._view_name:
            self._scenes[self._view_name].apply_detail(zoom if zoom is not None else self.map.zoom(), thumbnail)

    def _view_showing(self, code: str) -> str | None:
        views = {p.view for p in self._catalog.placements(code)}
        if self._view_name in views:
            return self._view_name
        return next((name for name in self._catalog.views if name in views), None)

    def _instance_to_focus(self, scene: BodyScene, code: str) -> PointMarker:
        markers = scene.markers_by_code[code]
        side = self._side_of(code)
        chosen = [m for m in markers if m.role is not None and side in (m.placement.side, "bilateral", "midline")]
        return (chosen or markers)[0]

    def _end_highlight(self) -> None:
        for scene in self._scenes.values():
            scene.highlight_marker(None)

    # ---- input --------------------------------------------------------------------------
    def _connect(self) -> None:
        bar = self.toolbar
        bar.tabs.currentChanged.connect(lambda i: self.set_view(bar.tabs.tabData(i) or bar.details.currentData()))
        bar.details.activated.connect(lambda i: self.set_view(bar.details.itemData(i)))
        bar.search.pointChosen.connect(self._search_chosen)
        bar.areas.toggled.connect(self._set_area_mode)
        bar.channelsToggled.connect(self._channels_toggled)
        bar.zoom_in.clicked.connect(lambda: self.map.zoom_by(ZOOM_STEP))
        bar.zoom_out.clicked.connect(lambda: self.map.zoom_by(1 / ZOOM_STEP))
        bar.fit.clicked.connect(self.map.fit)
        bar.undo.clicked.connect(self.undo)
        bar.redo.clicked.connect(self.redo)
        self._undo.canUndoChanged.connect(lambda on: bar.undo.setEnabled(on and not self._read_only))
        self._undo.canRedoChanged.connect(lambda on: bar.redo.setEnabled(on and not self._read_only))
        bar.undo.setEnabled(False)
        bar.redo.setEnabled(False)
        self.banner.acknowledged.connect(self._acknowledge)
        self.map.clicked.connect(self._clicked)
        self.map.contextRequested.connect(self._context_menu)
        self.map.zoomChanged.connect(self._detail_timer.start)

    def undo(self) -> None:
        if not self._read_only:
            self._undo.undo()

    def redo(self) -> None:
        if not self._read_only:
            self._undo.redo()

    def focus_search(self) -> None:
        self.toolbar.search.setFocus()
        self.toolbar.search.selectAll()

    def step_view(self, step: int) -> None:
        """The next (1) or previous (-1) view, wrapping around."""
        names = self.views()
        if names:
            index = names.index(self._view_name) if self._view_name in names else 0
            self.set_view(names[(index + step) % len(names)])

    def current_point(self) -> str | None:
        """The chosen point keys act on: the one last added, searched for or cycled to."""
        codes = {p.code for p in self._state.points}
        return self._current_code if self._current_code in codes else None

    def cycle_points(self, step: int) -> None:
        """Focus the next (1) or previous (-1) chosen point."""
        codes = [p.code for p in self._state.points]
        if codes:
            current = self.current_point()
            index = codes.index(current) if current else (-1 if step > 0 else 0)
            self.focus_point(codes[(index + step) % len(codes)])

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.map
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and key_action(self, event) is not None
        ):
            event.accept()  # the map's own key: deliver it as a key press, not a window shortcut
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = key_action(self, event)
        if action is None:
            super().keyPressEvent(event)
        else:
            action()

    def _search_chosen(self, code: str) -> None:
        point = self._catalog[code]
        if not self._read_only:
            self.add_point(code, "bilateral" if point.bilateral else "midline")
        self.focus_point(code)

    def _set_area_mode(self, on: bool) -> None:
        for scene in self._scenes.values():
            scene.set_editing_areas(on)
        self.map.viewport().setCursor(Qt.CursorShape.CrossCursor if on else Qt.CursorShape.ArrowCursor)

    def _channels_toggled(self) -> None:
        visible = self.toolbar.channels_visible()
        for scene in self._scenes.values():
            scene.set_channels_visible(visible)

    def marker_at(self, position: QPoint) -> PointMarker | None:
        """The marker nearest a viewport position, within a finger-friendly radius."""
        if not self._view_name:
            return None
        reach = styles.HIT_RADIUS / self.map.zoom()
        return self._scenes[self._view_name].marker_near(self.map.mapToScene(position), reach)

    def region_at(self, position: QPoint) -> RegionItem | None:
        regions = [item for item in self.map.items(position) if isinstance(item, RegionItem)]
        return min(regions, key=lambda item: item.area) if regions else None

    def _clicked(self, position: QPoint) -> None:
        if self._read_only:
            return
        if self.toolbar.areas.isChecked():
            region = self.region_at(position)
            if region is not None:
                kind, severity = self.toolbar.area_mark()
                same = region.mark is not None and (region.mark.kind, region.mark.severity) == (kind, severity)
                self.mark_area(region.region.id, region.region.side, None if same else kind, severity)
            return
        marker = self.marker_at(position)
        if marker is not None:
            code, side = marker.placement.code, marker.placement.side
            new_side = clicked_side(self._side_of(code), side)
            verb = self.tr("Add {0} {1}") if covers(new_side, side) else self.tr("Remove {0} {1}")
            self._change_points(code, new_side, verb.format(code, SIDE_TEXT[side]))

    def _context_menu(self, position: QPoint) -> None:
        menu = self.context_menu_at(position)
        if menu is not None and not menu.isEmpty():
            menu.exec(self.map.viewport().mapToGlobal(position))

    def context_menu_at(self, position: QPoint) -> QMenu | None:
        """Choices for what is under the pointer: a region while marking areas, else a point's
        role and sides. None when read-only or nothing is there."""
        if self._read_only:
            return None
        if self.toolbar.areas.isChecked():
            region = self.region_at(position)
            return area_menu(self, region.region, region.mark, self.toolbar.severity.value()) if region else None
        marker = self.marker_at(position)
        if marker is None:
            return None
        chosen = next((p for p in self._state.points if p.code == marker.placement.code), None)
        return point_menu(self, marker.point, chosen)

    def set_point_side(self, code: str, side: str) -> None:
        """Put a chosen or new point on exactly ``side`` (undoable)."""
        self._change_points(code, side, self.tr("Side of {0}").format(code))

"""Body map latency, offscreen: click → repaint, hover → repaint and view switch → repaint.

Measured at the whole-figure framing and again zoomed in far enough that every point is
labelled, with a twelve-point treatment already chosen. Each sample sends real mouse events to
the map's viewport (or switches the view) and runs the event loop until the viewport has painted,
so scene bookkeeping, role rules, label layout and painting are all inside the measured time.
Every point of the view is drawn.
"""

from __future__ import annotations

import os
import random
import statistics
import time
from collections.abc import Callable

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QWidget

WINDOW = (1366, 768)


class _PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def _until_painted(app: QApplication, counter: _PaintCounter, action: Callable[[], None]) -> float:
    """Milliseconds from the action to the end of the next viewport paint."""
    before = counter.paints
    start = time.perf_counter()
    action()
    deadline = start + 1.0
    while counter.paints == before and time.perf_counter() < deadline:
        app.processEvents()
    return (time.perf_counter() - start) * 1000


def _mouse(
    target: QWidget, kind: QEvent.Type, pos: QPoint, button: Qt.MouseButton, buttons: Qt.MouseButton
) -> QMouseEvent:
    local = QPointF(pos)
    screen = QPointF(target.mapToGlobal(pos))
    return QMouseEvent(kind, local, screen, button, buttons, Qt.KeyboardModifier.NoModifier)


def _percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if len(values) > 1 else values[0]


def run(samples: int = 200) -> dict[str, float]:
    from charting.ui.bodymap import BodyMapWidget
    from charting.ui.bodymap.point_item import PointMarker

    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    widget = BodyMapWidget()
    widget.resize(*WINDOW)
    widget.show()
    app.processEvents()
    views = widget.views()
    for name in views:  # scenes are built once, in idle time in the application; here up front
        widget.scene_for(name)
    body = next((v for v in views if widget.scene_for(v).view.kind == "body"), views[0])
    widget.set_view(body)
    app.processEvents()
    viewport = widget.map.viewport()
    counter = _PaintCounter()
    viewport.installEventFilter(counter)
    rng = random.Random(7)

    def in_sight() -> list[PointMarker]:
        return [m for m in widget.scene_for(body).markers if viewport.rect().contains(widget.map.mapFromScene(m.pos()))]

    def click(pos: QPoint) -> None:
        QApplication.sendEvent(
            viewport,
            _mouse(viewport, QEvent.Type.MouseButtonPress, pos, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton),
        )
        QApplication.sendEvent(
            viewport,
            _mouse(viewport, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton),
        )

    def move(pos: QPoint) -> None:
        QApplication.sendEvent(
            viewport, _mouse(viewport, QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton)
        )

    def clicks_and_hovers(candidates: list[PointMarker]) -> tuple[list[float], list[float]]:
        clicks: list[float] = []
        hovers: list[float] = []
        for _ in range(samples):
            pos = widget.map.mapFromScene(rng.choice(candidates).pos())
            move(QPoint(5, 5))
            app.processEvents()
            hovers.append(_until_painted(app, counter, lambda p=pos: move(p)))
            clicks.append(_until_painted(app, counter, lambda p=pos: click(p)))  # choose it
            clicks.append(_until_painted(app, counter, lambda p=pos: click(p)))  # and take it off again
        return clicks, hovers

    visit = rng.sample(in_sight(), 12)  # a typical treatment stays chosen throughout
    for marker in visit:
        click(widget.map.mapFromScene(marker.pos()))
    app.processEvents()
    clicks, hovers = clicks_and_hovers([m for m in in_sight() if m not in visit])
    # Zoomed in on the trunk, where every point also shows its label.
    widget.map.zoom_to(visit[0].pos(), 10 * widget.scene_for(body).view.cun_px)
    widget.scene_for(body).apply_detail(widget.map.zoom())
    app.processEvents()
    zoomed_clicks, zoomed_hovers = clicks_and_hovers([m for m in in_sight() if m not in visit])
    widget.map.fit()
    switches: list[float] = []
    others = [v for v in views if v != body] or [body]
    for i in range(max(10, samples // 4)):
        target = others[(i // 2) % len(others)] if i % 2 == 0 else body
        switches.append(_until_painted(app, counter, lambda v=target: widget.set_view(v)))
    widget.close()
    return {
        "click_repaint_p50_ms": statistics.median(clicks),
        "click_repaint_p95_ms": _percentile(clicks, 95),
        "hover_p95_ms": _percentile(hovers, 95),
        "click_repaint_zoomed_p95_ms": _percentile(zoomed_clicks, 95),
        "hover_zoomed_p95_ms": _percentile(zoomed_hovers, 95),
        "view_switch_p95_ms": _percentile(switches, 95),
        "points_in_view": float(len(widget.scene_for(body).markers)),
    }


if __name__ == "__main__":
    for key, value in run(200).items():
        print(f"{key:24} {value:8.2f}")

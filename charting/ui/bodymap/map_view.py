"""The zoomable, pannable viewport: wheel, pinch, keys and drag navigate; a still click selects.

A left-button press becomes a pan once the pointer moves past the drag distance, otherwise its
release is reported as a click, so practitioners pan and pick with the same button. Zoom keys
are in keys.py with the map's other keys; arrows scroll as in any view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent, QNativeGestureEvent, QPainter, QWheelEvent
from PySide6.QtWidgets import QApplication, QFrame, QGestureEvent, QGraphicsView, QPinchGesture, QWidget

MIN_RELATIVE_ZOOM = 0.7  # of the fitted scale
MAX_RELATIVE_ZOOM = 40.0
ZOOM_STEP = 1.25
FIT_MARGIN = 0.03


class MapView(QGraphicsView):
    clicked = Signal(QPoint)  # viewport position of a press and release without a drag
    contextRequested = Signal(QPoint)  # viewport position
    zoomChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)  # the figure: see scene.py
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)  # right press handled below
        self.viewport().grabGesture(Qt.GestureType.PinchGesture)
        self._press: QPoint | None = None
        self._last: QPoint | None = None
        self._panning = False
        # The framing asked for (whole figure, or a point's surroundings), kept so that a resize
        # - notably the first show - frames the same thing again; None once the user navigates.
        self._framing: tuple[QPointF, float] | None = None
        self._fit_requested = True

    # --- zoom -----------------------------------------------------------------------------
    def fit_scale(self) -> float:
        rect = self.sceneRect()
        if rect.isEmpty():
            return 1.0
        viewport = self.viewport().rect()
        return (1 - 2 * FIT_MARGIN) * min(viewport.width() / rect.width(), viewport.height() / rect.height())

    def zoom(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        """The whole figure, centred: the framing every view starts with."""
        self._apply_scale(self.fit_scale(), self.sceneRect().center())
        self._fit_requested, self._framing = True, None

    def zoom_by(self, factor: float, anchor: QPointF | None = None) -> None:
        """Scale by ``factor`` keeping the scene point under ``anchor`` (viewport px) in place."""
        fit = self.fit_scale()
        target = min(max(self.zoom() * factor, fit * MIN_RELATIVE_ZOOM), fit * MAX_RELATIVE_ZOOM)
        anchor = anchor if anchor is not None else QPointF(self.viewport().rect().center())
        fixed = self.mapToScene(anchor.toPoint())
        centre = self.mapToScene(self.viewport().rect().center())
        ratio = self.zoom() / target
        self._apply_scale(target, fixed + (centre - fixed) * ratio)
        self._fit_requested, self._framing = False, None

    def zoom_to(self, centre: QPointF, span: float) -> None:
        """Centre on ``centre`` with about ``span`` scene units across the viewport's short side."""
        viewport = self.viewport().rect()
        fit = self.fit_scale()
        scale = min(max(min(viewport.width(), viewport.height()) / span, fit), fit * MAX_RELATIVE_ZOOM)
        self._apply_scale(scale, centre)
        self._fit_requested, self._framing = False, (QPointF(centre), span)

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def _apply_scale(self, scale: float, centre: QPointF) -> None:
        if abs(scale - self.zoom()) > 1e-9:
            self.resetTransform()
            self.scale(scale, scale)
            self.zoomChanged.emit()
        self.centerOn(centre)

    # --- events ---------------------------------------------------------------------------
    def resizeEvent(self, event: QEvent) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self._fit_requested:
            self.fit()
        elif self._framing is not None:
            self.zoom_to(*self._framing)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            super().wheelEvent(event)  # shift-wheel scrolls
            return
        delta = event.angleDelta().y() or event.pixelDelta().y()
        if delta:
            self.zoom_by(1.0015**delta, event.position())
        event.accept()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Gesture:
            pinch = event.gesture(Qt.GestureType.PinchGesture)  # type: ignore[attr-defined]
            if isinstance(pinch, QPinchGesture):
                centre = self.viewport().mapFromGlobal(pinch.centerPoint().toPoint())  # given on screen
                self.zoom_by(pinch.scaleFactor(), QPointF(centre))
                assert isinstance(event, QGestureEvent)
                event.accept(pinch)
                return True
        if isinstance(event, QNativeGestureEvent) and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.zoom_by(1.0 + event.value(), event.position())
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.RightButton:
            self.contextRequested.emit(event.position().toPoint())
            return
        if event.button() in (Qt.MouseButton.LeftButton, Qt.MouseButton.MiddleButton):
            self._press = self._last = event.position().toPoint()
            self._panning = event.button() == Qt.MouseButton.MiddleButton
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        position = event.position().toPoint()
        if self._press is not None and self._last is not None:
            if not self._panning and (position - self._press).manhattanLength() >= QApplication.startDragDistance():
                self._panning = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._panning:
                delta = position - self._last
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
                self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
                self._fit_requested, self._framing = False, None
            self._last = position
            return
        super().mouseMoveEvent(event)  # hover

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._press is None:
            super().mouseReleaseEvent(event)
            return
        was_click = not self._panning and event.button() == Qt.MouseButton.LeftButton
        self._press = self._last = None
        self._panning = False
        self.viewport().unsetCursor()
        if was_click:
            self.clicked.emit(event.position().toPoint())

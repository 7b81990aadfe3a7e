"""The key under the map: marker shapes for local and distal points and the area shadings."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from charting.domain.marker_style import AREA_COLOURS
from charting.ui.bodymap import styles

SWATCH = 14
GAP = 6
SPACING = 16


class Legend(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[str, str]] = [  # (marker or area kind, label)
            ("local", self.tr("Local point")),
            ("distal", self.tr("Distal point")),
            ("", self.tr("Not chosen")),
            *((f"area:{kind}", self.tr(kind.capitalize())) for kind in AREA_COLOURS),
        ]
        self.setMinimumHeight(SWATCH + 8)

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        width = sum(SWATCH + GAP + metrics.horizontalAdvance(label) + SPACING for _, label in self._entries)
        return QSize(width, max(SWATCH, metrics.height()) + 8)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        x = 4.0
        middle = self.height() / 2
        for key, label in self._entries:
            centre = QPointF(x + SWATCH / 2, middle)
            if key.startswith("area:"):
                kind = key.removeprefix("area:")
                rect = QRectF(x, middle - SWATCH / 2, SWATCH, SWATCH)
                painter.setPen(styles.area_outline(kind))
                painter.setBrush(styles.area_fill(kind, 7))
                painter.drawRect(rect)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(styles.area_pattern(kind))
                painter.drawRect(rect)
            else:
                role = key or None
                painter.setPen(styles.outline_pen(role is not None))
                painter.setBrush(styles.role_brush(role) if role else styles.unchosen_brush())
                path = styles.marker_path(role) if role else styles.dot_path(styles.UNCHOSEN_RADIUS)
                painter.drawPath(path.translated(centre))
            x += SWATCH + GAP
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QPointF(x, middle + metrics.ascent() / 2 - 1), label)
            x += metrics.horizontalAdvance(label) + SPACING
        painter.end()

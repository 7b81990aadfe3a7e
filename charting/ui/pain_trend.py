"""A small chart of pain before and after treatment over a patient's visits (0–10 scale)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from charting.domain.records import VisitSummary

BEFORE_COLOUR = QColor("#c0392b")
AFTER_COLOUR = QColor("#2e7d5b")
GRID_COLOUR = QColor("#e3e6ea")
AXIS_TEXT = QColor("#5f6b7a")


@dataclass(frozen=True)
class PainPoint:
    day: date
    before: int | None
    after: int | None


def pain_series(visits: list[VisitSummary]) -> list[PainPoint]:
    """Oldest first, only visits where some pain score was charted."""
    ordered = sorted(visits, key=lambda v: (v.started_at, v.id))
    return [
        PainPoint(v.started_at.astimezone().date(), v.pain_before, v.pain_after)
        for v in ordered
        if v.pain_before is not None or v.pain_after is not None
    ]


class PainTrendChart(QWidget):
    """Painted by hand: two lines over a 0–10 grid, one dot per visit, a legend in the corner."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.series: list[PainPoint] = []
        self.setMinimumHeight(150)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Pain trend"))

    def sizeHint(self) -> QSize:
        return QSize(480, 190)

    def set_visits(self, visits: list[VisitSummary]) -> None:
        self.series = pain_series(visits)
        if self.series:
            last = self.series[-1]
            self.setToolTip(
                self.tr("{n} visits with pain scores; latest {day}: before {b}, after {a}").format(
                    n=len(self.series),
                    day=last.day.strftime("%d %b %Y"),
                    b="–" if last.before is None else last.before,
                    a="–" if last.after is None else last.after,
                )
            )
        else:
            self.setToolTip("")
        self.update()

    def chart_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.5, font.pointSizeF() * 0.9))
        return font

    def plot_rect(self) -> QRectF:
        """The grid area, leaving room for the score labels, the legend and the dates."""
        metrics = QFontMetrics(self.chart_font())
        left = metrics.horizontalAdvance("10") + 14
        top = metrics.height() + 10
        bottom = metrics.height() + 10
        return QRectF(left, top, max(10, self.width() - left - 14), max(10, self.height() - top - bottom))

    def score_y(self, score: float) -> float:
        plot = self.plot_rect()
        return plot.bottom() - plot.height() * score / 10

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = self.chart_font()
        painter.setFont(font)
        metrics = QFontMetrics(font)
        plot = self.plot_rect()
        y_for = self.score_y

        for score in (0, 2, 4, 6, 8, 10):
            y = y_for(score)
            painter.setPen(QPen(GRID_COLOUR, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS_TEXT)
            label_rect = QRectF(0, y - metrics.height() / 2, plot.left() - 6, metrics.height())
            painter.drawText(label_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(score))

        if not self.series:
            painter.setPen(AXIS_TEXT)
            painter.drawText(plot, Qt.AlignmentFlag.AlignCenter, self.tr("No pain scores charted yet"))
            painter.end()
            return

        count = len(self.series)

        def x_for(i: int) -> float:
            return plot.center().x() if count == 1 else plot.left() + 8 + (plot.width() - 16) * i / (count - 1)

        for colour, value_of in ((BEFORE_COLOUR, lambda p: p.before), (AFTER_COLOUR, lambda p: p.after)):
            points = [QPointF(x_for(i), y_for(v)) for i, p in enumerate(self.series) if (v := value_of(p)) is not None]
            if len(points) > 1:
                path = QPainterPath(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                painter.setPen(QPen(colour, 2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawPath(path)
            painter.setPen(QPen(Qt.GlobalColor.white, 1.5))
            painter.setBrush(colour)
            for point in points:
                painter.drawEllipse(point, 4, 4)

        # Date labels: first and last always, the rest only where they fit.
        painter.setPen(AXIS_TEXT)
        label_y = plot.bottom() + 6
        last_right = -1e9
        for i, pain in enumerate(self.series):
            text = pain.day.strftime("%d %b")
            width = metrics.horizontalAdvance(text)
            left = min(max(x_for(i) - width / 2, 0), self.width() - width)
            if left < last_right + 10 and i != count - 1:
                continue
            painter.drawText(QRectF(left, label_y, width, metrics.height()), Qt.AlignmentFlag.AlignCenter, text)
            last_right = left + width

        # Legend, top right.
        x = plot.right()
        for colour, text in ((AFTER_COLOUR, self.tr("after")), (BEFORE_COLOUR, self.tr("before"))):
            width = metrics.horizontalAdvance(text)
            x -= width
            painter.setPen(AXIS_TEXT)
            painter.drawText(QRectF(x, 2, width, metrics.height()), Qt.AlignmentFlag.AlignVCenter, text)
            x -= 16
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(QPointF(x + 6, 2 + metrics.height() / 2), 4, 4)
            x -= 14
        painter.end()

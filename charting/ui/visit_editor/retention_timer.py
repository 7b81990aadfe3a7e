"""The needle retention timer: counts down from needles-in and alerts, silently, when time is up.

The alert is visual only (a clinic room is quiet): the timer turns into a highlighted strip in the
editor and, where the desktop has a tray, a notification appears so it is seen from another window.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSpinBox, QSystemTrayIcon, QWidget

TICK_MS = 500


class RetentionTimer(QWidget):
    expired = Signal(int)  # minutes

    def __init__(self, parent: QWidget | None = None, clock=time.monotonic) -> None:
        super().__init__(parent)
        self._clock = clock
        self._ends_at: float | None = None
        self._tray: QSystemTrayIcon | None = None
        self.minutes = QSpinBox()
        self.minutes.setRange(1, 240)
        self.minutes.setValue(20)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setAccessibleName(self.tr("Retention minutes"))
        self.display = QLabel()
        self.display.setObjectName("retentionDisplay")
        self.display.setMinimumWidth(120)
        self.toggle = QPushButton(self.tr("Start timer"))
        self.toggle.clicked.connect(self._toggle)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Retention")))
        row.addWidget(self.minutes)
        row.addWidget(self.toggle)
        row.addWidget(self.display, 1)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._show_idle()

    def is_running(self) -> bool:
        return self._ends_at is not None

    def start(self, minutes: int | None = None) -> None:
        if minutes is not None:
            self.minutes.setValue(minutes)
        self._ends_at = self._clock() + self.minutes.value() * 60
        self.toggle.setText(self.tr("Stop timer"))
        self._ticker.start()
        self._tick()

    def stop(self) -> None:
        self._ends_at = None
        self._ticker.stop()
        self.toggle.setText(self.tr("Start timer"))
        self._show_idle()

    def _toggle(self) -> None:
        if self.is_running() or self.display.property("alert"):
            self.stop()
        else:
            self.start()

    def remaining_seconds(self) -> float:
        return max(0.0, self._ends_at - self._clock()) if self._ends_at is not None else 0.0

    def _tick(self) -> None:
        if self._ends_at is None:
            return
        left = self.remaining_seconds()
        if left <= 0:
            self._alert()
            return
        minutes, seconds = divmod(int(left + 0.999), 60)
        self._style(
            False, self.tr("Needles in — %1:%2 left").replace("%1", str(minutes)).replace("%2", f"{seconds:02d}")
        )

    def _alert(self) -> None:
        minutes = self.minutes.value()
        self._ends_at = None
        self._ticker.stop()
        self.toggle.setText(self.tr("Dismiss"))
        self._style(True, self.tr("Retention time is up (%n min): remove the needles.", "", minutes))
        self._notify(minutes)
        self.expired.emit(minutes)

    def _notify(self, minutes: int) -> None:
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return
        if self._tray is None:
            self._tray = QSystemTrayIcon(self.windowIcon(), self)
            self._tray.show()
        self._tray.showMessage(
            self.tr("Acuchart — retention time is up"),
            self.tr("%n minutes have passed since the needles went in.", "", minutes),
            QSystemTrayIcon.MessageIcon.Information,
            10_000,
        )

    def _show_idle(self) -> None:
        self._style(False, self.tr("Not running"))

    def _style(self, alert: bool, text: str) -> None:
        self.display.setProperty("alert", alert)
        self.display.setText(text)
        self.display.setStyleSheet(
            "QLabel { background: #d55e00; color: white; font-weight: bold; padding: 3px 8px; border-radius: 4px; }"
            if alert
            else "QLabel { padding: 3px 8px; }"
        )

"""The safety banner: a non-modal strip that holds each warning until it is acknowledged.

Warnings queue up and are acknowledged one at a time, so each acknowledgement names exactly one
warning the visit can record; nothing blocks the rest of the chart meanwhile.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from charting.ui.bodymap.safety import SafetyWarning

_STYLE = """
WarningBanner { background: #FFF4CE; border: 2px solid #C77C02; border-radius: 4px; }
QLabel#icon { color: #8A4B00; font-size: 18px; font-weight: bold; }
QLabel#message { color: #3D2600; }
QLabel#count { color: #6B4A00; }
"""


class WarningBanner(QFrame):
    acknowledged = Signal(str, str, str)  # kind, code, message

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self._queue: list[SafetyWarning] = []
        icon = QLabel("⚠", self)
        icon.setObjectName("icon")
        self._message = QLabel(self)
        self._message.setObjectName("message")
        self._message.setWordWrap(True)
        self._message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._count = QLabel(self)
        self._count.setObjectName("count")
        self.button = QPushButton(self.tr("Acknowledge"), self)
        self.button.setToolTip(self.tr("Confirm you have read this warning; it is recorded with the visit."))
        self.button.clicked.connect(self.acknowledge)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(icon)
        layout.addWidget(self._message, 1)
        layout.addWidget(self._count)
        layout.addWidget(self.button)
        self.setVisible(False)

    def post(self, warning: SafetyWarning) -> None:
        if warning not in self._queue:
            self._queue.append(warning)
            self._refresh()

    def withdraw(self, keep: set[tuple[str, str]]) -> None:
        """Drop pending warnings whose (kind, code) no longer applies, e.g. the point was removed."""
        self._queue = [w for w in self._queue if (w.kind, w.code) in keep]
        self._refresh()

    def pending(self) -> list[SafetyWarning]:
        return list(self._queue)

    def current(self) -> SafetyWarning | None:
        return self._queue[0] if self._queue else None

    def acknowledge(self) -> None:
        if not self._queue:
            return
        warning = self._queue.pop(0)
        self._refresh()
        self.acknowledged.emit(warning.kind, warning.code, warning.message)

    def _refresh(self) -> None:
        warning = self.current()
        self.setVisible(warning is not None)
        if warning is None:
            return
        self._message.setText(warning.message)
        more = len(self._queue) - 1
        self._count.setText(self.tr("+{0} more").format(more) if more else "")

"""A 0–10 pain score picked with one click or one key."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QButtonGroup, QFrame, QHBoxLayout, QToolButton, QWidget

# After "1", a "0" typed within this time makes 10; otherwise "0" means no pain.
TEN_CHORD_MS = 800


class PainScale(QFrame):
    """Eleven toggle buttons. Keys while focused: 0–9, then 1 followed by 0 (or T) for 10,
    Delete to clear. Clicking the chosen score again clears it (a mis-click is undone in one click)."""

    valueChanged = Signal(object)  # int | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("painScale")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "#painScale { border: 1px solid transparent; border-radius: 4px; }"
            " #painScale:focus { border: 2px solid palette(highlight); }"
            " QToolButton { min-height: 24px; padding: 0; }"
            " QToolButton:checked { background: #2f6fb5; color: white; font-weight: bold; }"
        )
        self._value: int | None = None
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 2, 2, 2)
        row.setSpacing(2)
        self.buttons: list[QToolButton] = []
        for score in range(11):
            button = QToolButton()
            button.setText(str(score))
            button.setCheckable(True)
            button.setFixedWidth(28)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(self.tr("Pain %n of 10", "", score))
            self._group.addButton(button, score)
            row.addWidget(button)
            self.buttons.append(button)
        self._group.idClicked.connect(self._clicked)
        self._ten_window = QTimer(self)
        self._ten_window.setSingleShot(True)
        self._ten_window.setInterval(TEN_CHORD_MS)

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        """Show a stored score without emitting valueChanged (loading is not an edit)."""
        self._value = value
        for score, button in enumerate(self.buttons):
            button.setChecked(score == value)

    def _choose(self, value: int | None) -> None:
        if value == self._value:
            return
        self.set_value(value)
        self.valueChanged.emit(value)

    def _clicked(self, score: int) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self._choose(None if score == self._value else score)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text.isdigit() and len(text) == 1:
            digit = int(text)
            if digit == 0 and self._ten_window.isActive() and self._value == 1:
                self._ten_window.stop()
                self._choose(10)
            else:
                self._choose(digit)
                if digit == 1:
                    self._ten_window.start()
            return
        if text.casefold() == "t":
            self._choose(10)
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._choose(None)
            return
        super().keyPressEvent(event)

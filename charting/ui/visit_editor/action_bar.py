"""An in-window strip with a message and buttons: signing prompts, missing items, conflicts.

Used instead of modal dialogs so charting never stops behind a box, and so every step can be done
(and tested) with ordinary clicks and keys.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

_KINDS = {
    "error": ("#fdecea", "#c62828", "#7f1d1d"),
    "warning": ("#fff4e0", "#e08a00", "#6b4200"),
    "info": ("#e8f1fb", "#2f6fb5", "#123a63"),
    "success": ("#e7f5ec", "#2e7d32", "#1b4d20"),
}


class ActionBar(QFrame):
    linkActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("actionBar")
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.linkActivated.connect(self.linkActivated)
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(10, 6, 6, 6)
        self._row.addWidget(self.label, 1)
        self.buttons: list[QPushButton] = []
        self.hide()

    def show_message(self, html: str, kind: str, buttons: list[tuple[str, Callable[[], None]]] | None = None) -> None:
        background, border, text = _KINDS[kind]
        self.setStyleSheet(
            f"#actionBar {{ background: {background}; border: 1px solid {border}; border-left: 5px solid {border};"
            f" border-radius: 4px; }} #actionBar QLabel {{ color: {text}; }}"
        )
        self.label.setText(html)
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for text_, slot in buttons or []:
            button = QPushButton(text_)
            button.clicked.connect(lambda _checked=False, s=slot: s())
            self._row.addWidget(button)
            button.show()  # at once, not on the next event-loop turn: Enter must reach it now
            self.buttons.append(button)
        self.show()
        if self.buttons:
            self.buttons[0].setDefault(True)
            self.buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def dismiss(self) -> None:
        self.hide()

"""The Revert / Save pair at the foot of every settings page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton


class SaveButtons(QHBoxLayout):
    """Save is the page's default action; Revert never is, so Enter in a field cannot discard."""

    def __init__(self, save_text: str, on_save: Callable[[], object], on_revert: Callable[[], object]) -> None:
        super().__init__()
        self.save_button = QPushButton(save_text)
        self.save_button.clicked.connect(on_save)
        self.revert_button = QPushButton(self.tr("&Revert"))
        self.revert_button.setAutoDefault(False)
        self.revert_button.clicked.connect(on_revert)
        self.addStretch(1)
        self.addWidget(self.revert_button)
        self.addWidget(self.save_button)

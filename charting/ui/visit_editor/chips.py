"""Quick-pick chips: one click records a finding; the text stored is the picked chips in order."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from charting.ui.visit_editor.flow_layout import FlowLayout

SEPARATOR = ", "
CHIP_STYLE = (
    "QToolButton { border: 1px solid #9aa5b1; border-radius: 10px; padding: 2px 8px; background: palette(base); }"
    " QToolButton:checked { background: #2f6fb5; border-color: #2f6fb5; color: white; }"
    " QToolButton:focus { border: 2px solid palette(highlight); }"
)


def split_value(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


class ChipGroup(QWidget):
    """Several chips may be on at once (a tongue can be pale *and* tooth-marked).

    A stored value naming something no longer in the vocabulary (the clinic edited its list) gets
    a chip of its own, so opening an old visit never silently drops a finding."""

    changed = Signal()

    def __init__(self, options: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(CHIP_STYLE)
        self._layout = FlowLayout(self)
        self.chips: dict[str, QToolButton] = {}
        for option in options:
            self._add_chip(option)

    def _add_chip(self, label: str) -> QToolButton:
        chip = QToolButton()
        chip.setText(label)
        chip.setCheckable(True)
        chip.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        chip.toggled.connect(lambda _on: self._toggled())
        self._layout.addWidget(chip)
        self.chips[label.casefold()] = chip
        return chip

    def _toggled(self) -> None:
        if not self.signalsBlocked():
            self.changed.emit()

    def text(self) -> str:
        return SEPARATOR.join(chip.text() for chip in self.chips.values() if chip.isChecked())

    def set_text(self, text: str) -> None:
        """Show a stored value without emitting changed."""
        wanted = {part.casefold(): part for part in split_value(text)}
        blocked = self.blockSignals(True)
        try:
            for key, part in wanted.items():
                if key not in self.chips:
                    self._add_chip(part)
            for key, chip in self.chips.items():
                chip.setChecked(key in wanted)
        finally:
            self.blockSignals(blocked)

    def set_read_only(self, read_only: bool) -> None:
        for chip in self.chips.values():
            chip.setEnabled(not read_only)

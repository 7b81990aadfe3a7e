"""Tongue and pulse findings: quick-pick chips from the vocabulary plus free text."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from charting.domain.records import VisitData
from charting.domain.vocabulary import PULSE_POSITIONS
from charting.ui.visit_editor.chips import CHIP_STYLE, ChipGroup
from charting.vocab import Vocabulary


class TonguePanel(QWidget):
    changed = Signal()

    def __init__(self, vocab: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.body = ChipGroup(vocab.tongue_body)
        self.coat = ChipGroup(vocab.tongue_coat)
        self.shape = ChipGroup(vocab.tongue_shape)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Other tongue findings"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Body"), self.body)
        form.addRow(self.tr("Coat"), self.coat)
        form.addRow(self.tr("Shape"), self.shape)
        form.addRow(self.tr("Notes"), self.notes)
        for chips in (self.body, self.coat, self.shape):
            chips.changed.connect(self.changed)
        self.notes.textEdited.connect(self.changed)

    def load(self, data: VisitData) -> None:
        self.body.set_text(data.tongue_body)
        self.coat.set_text(data.tongue_coat)
        self.shape.set_text(data.tongue_shape)
        self.notes.setText(data.tongue_notes)

    def store(self, data: VisitData) -> None:
        data.tongue_body = self.body.text()
        data.tongue_coat = self.coat.text()
        data.tongue_shape = self.shape.text()
        data.tongue_notes = self.notes.text()

    def set_read_only(self, read_only: bool) -> None:
        for chips in (self.body, self.coat, self.shape):
            chips.set_read_only(read_only)
        self.notes.setReadOnly(read_only)


def position_label(position: str) -> str:
    side, _, level = position.partition("_")
    return "Overall" if position == "overall" else f"{side[0].upper()} {level}"


class PulsePanel(QWidget):
    """Pick a position (left/right cun, guan, chi, or overall), then its qualities as chips.

    One chip row serves all seven positions, which keeps the panel small enough for a laptop;
    the summary line shows every position charted so far."""

    changed = Signal()

    def __init__(self, vocab: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._values: dict[str, str] = {}
        self._current = "overall"
        self.positions = QButtonGroup(self)
        self.position_buttons: dict[str, QToolButton] = {}
        grid = QGridLayout()
        grid.setSpacing(3)
        for index, position in enumerate(PULSE_POSITIONS):
            button = QToolButton()
            button.setText(position_label(position))
            button.setCheckable(True)
            button.setStyleSheet(CHIP_STYLE)
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            self.positions.addButton(button, index)
            self.position_buttons[position] = button
            row, column = (2, 0) if position == "overall" else divmod(index, 3)
            grid.addWidget(button, row, column, 1, 3 if position == "overall" else 1)
        self.position_buttons["overall"].setChecked(True)
        self.positions.idClicked.connect(lambda index: self._select(PULSE_POSITIONS[index]))
        self.qualities = ChipGroup(vocab.pulse_qualities)
        self.qualities.changed.connect(self._qualities_changed)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes = QLineEdit()
        self.notes.setPlaceholderText(self.tr("Other pulse findings"))
        self.notes.textEdited.connect(self.changed)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(grid)
        box.addWidget(self.qualities)
        box.addWidget(self.summary)
        box.addWidget(self.notes)
        self._refresh_summary()

    def _select(self, position: str) -> None:
        self._current = position
        self.position_buttons[position].setChecked(True)
        self.qualities.set_text(self._values.get(position, ""))

    def _qualities_changed(self) -> None:
        text = self.qualities.text()
        if text:
            self._values[self._current] = text
        else:
            self._values.pop(self._current, None)
        self._refresh_summary()
        self.changed.emit()

    def _refresh_summary(self) -> None:
        parts = [f"{position_label(p)}: {self._values[p].lower()}" for p in PULSE_POSITIONS if p in self._values]
        self.summary.setText(" · ".join(parts) if parts else self.tr("No pulse charted yet."))
        for position, button in self.position_buttons.items():
            button.setToolTip(self._values.get(position, ""))
            font = button.font()
            font.setBold(position in self._values)
            button.setFont(font)

    def load(self, data: VisitData) -> None:
        self._values = {k: v for k, v in data.pulse.items() if v}
        self.notes.setText(data.pulse_notes)
        self._select(self._current)
        self._refresh_summary()

    def store(self, data: VisitData) -> None:
        data.pulse = dict(self._values)
        data.pulse_notes = self.notes.text()

    def set_read_only(self, read_only: bool) -> None:
        self.qualities.set_read_only(read_only)
        self.notes.setReadOnly(read_only)

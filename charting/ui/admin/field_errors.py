"""Form rows that can show a validation message right under their field.

A `ValidationError` names the fields that are wrong; putting each message beside its field (and
leaving every typed value in place) tells the user where to look without making them retype.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from charting.errors import ValidationError

ERROR_COLOUR = "#b3261e"


class FieldErrors:
    """Owns the message label under each named field of one form."""

    def __init__(self) -> None:
        self._fields: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, label: str, name: str, field: QWidget) -> None:
        """Add `field` to `form` under `label`, with a hidden message line for the service's `name`."""
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        message = QLabel()
        message.setWordWrap(True)
        message.setStyleSheet(f"color: {ERROR_COLOUR};")
        message.hide()
        column.addWidget(message)
        form.addRow(label, cell)
        self._fields[name] = field
        self._labels[name] = message

    def show(self, error: ValidationError) -> list[str]:
        """Show each message under its field and focus the first; return those no field here owns."""
        self.clear()
        unplaced: list[str] = []
        first: QWidget | None = None
        for name, text in error.fields.items():
            label = self._labels.get(name)
            if label is None:
                unplaced.append(text)
                continue
            label.setText(text)
            label.show()
            self._fields[name].setAccessibleDescription(text)
            first = first or self._fields[name]
        if first is not None:
            first.setFocus()
        return unplaced

    def message(self, name: str) -> str:
        """The message showing under `name`, or "" when it has none."""
        label = self._labels[name]
        return label.text() if not label.isHidden() else ""

    def clear(self) -> None:
        for name, label in self._labels.items():
            label.clear()
            label.hide()
            self._fields[name].setAccessibleDescription("")

"""Cell editors for the points and modalities tables: choice lists and spin boxes that can be empty."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox, QStyledItemDelegate, QWidget

EMPTY_TEXT = "—"
Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box of the values allowed for this cell (e.g. only ``midline`` for GV20)."""

    def __init__(self, choices: Callable[[Index], Sequence[str]], parent=None) -> None:
        super().__init__(parent)
        self._choices = choices

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        editor = QComboBox(parent)
        for value in self._choices(index):
            editor.addItem(value or EMPTY_TEXT, value)
        editor.activated.connect(lambda _i: self.commitData.emit(editor))
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class NumberDelegate(QStyledItemDelegate):
    """A spin box whose lowest step means "not recorded", so a value can be cleared again."""

    def __init__(self, maximum: float, decimals: int = 0, step: float = 1, parent=None) -> None:
        super().__init__(parent)
        self._maximum, self._decimals, self._step = maximum, decimals, step

    def createEditor(self, parent: QWidget, option, index: Index) -> QWidget:
        editor: QSpinBox | QDoubleSpinBox
        if self._decimals:
            editor = QDoubleSpinBox(parent)
            editor.setDecimals(self._decimals)
            editor.setRange(-self._step, self._maximum)
            editor.setSingleStep(self._step)
        else:
            editor = QSpinBox(parent)
            editor.setRange(-1, int(self._maximum))
        editor.setSpecialValueText(EMPTY_TEXT)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        assert isinstance(editor, QSpinBox | QDoubleSpinBox)
        if value is None:
            value = editor.minimum()
        editor.setValue(value)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox | QDoubleSpinBox)
        editor.interpretText()
        value = editor.value()
        model.setData(index, None if value <= editor.minimum() else value, Qt.ItemDataRole.EditRole)

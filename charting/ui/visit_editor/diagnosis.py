"""Diagnosis: TCM pattern and treatment principle with suggestions, and ICD-10 codes from the
clinic's list."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charting.domain.records import VisitData
from charting.vocab import Vocabulary


def contains_completer(words: list[str], parent: QWidget) -> QCompleter:
    completer = QCompleter(words, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setMaxVisibleItems(12)
    return completer


class Icd10Picker(QWidget):
    """Search box (code or words, e.g. ``calf spasm``) over the clinic's list; Enter or a click on a
    suggestion adds the code; Delete removes the selected code from the visit."""

    changed = Signal()

    def __init__(self, vocab: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocab = vocab
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("ICD-10: type a code or words, e.g. calf spasm"))
        self.search.setClearButtonEnabled(True)
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.setWidget(self.search)
        self._completer.activated.connect(self._add_label)  # the default overload: activated(QString)
        self.search.textEdited.connect(self._suggest)
        self.search.returnPressed.connect(self._add_typed)
        self.codes = QListWidget()
        self.codes.setMaximumHeight(78)
        self.codes.installEventFilter(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.search)
        box.addWidget(self.codes)

    def _suggest(self, text: str) -> None:
        self._model.setStringList([c.label for c in self._vocab.search_icd10(text)])
        if text.strip():
            self._completer.complete()

    def _add_typed(self) -> None:
        """Enter adds the highlighted suggestion, else the best match for what was typed."""
        text = self.search.text().strip()
        if not text:
            return
        popup = self._completer.popup()
        assert popup is not None  # QCompleter makes its own list view when none was set
        if popup.isVisible() and popup.currentIndex().isValid():
            self._add_label(popup.currentIndex().data())
            return
        matches = self._vocab.search_icd10(text, limit=1)
        if matches:
            self.add_code(matches[0].code)

    def _add_label(self, label: str) -> None:
        self.add_code(label.split(" ", 1)[0])

    def add_code(self, code: str) -> None:
        self.search.clear()
        popup = self._completer.popup()
        assert popup is not None
        popup.hide()
        if code in self.code_list():
            return
        self._append(code)
        self.changed.emit()

    def _append(self, code: str) -> None:
        description = self._vocab.icd10_description(code)
        item = QListWidgetItem(f"{code} — {description}" if description else code)
        item.setData(Qt.ItemDataRole.UserRole, code)
        self.codes.addItem(item)

    def code_list(self) -> list[str]:
        return [self.codes.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.codes.count())]

    def set_codes(self, codes: list[str]) -> None:
        self.codes.clear()
        for code in codes:
            self._append(code)

    def remove_selected(self) -> None:
        rows = sorted((self.codes.row(i) for i in self.codes.selectedItems()), reverse=True)
        for row in rows:
            self.codes.takeItem(row)
        if rows:
            self.changed.emit()

    def eventFilter(self, watched, event) -> bool:
        if (
            watched is self.codes
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.search.isEnabled()
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def set_read_only(self, read_only: bool) -> None:
        self.search.setEnabled(not read_only)
        self.search.setVisible(not read_only)


class DiagnosisPanel(QWidget):
    changed = Signal()

    def __init__(self, vocab: Vocabulary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._vocab = vocab
        self.pattern = QLineEdit()
        self.pattern.setPlaceholderText(self.tr("e.g. Qi and Blood stagnation"))
        self.pattern.setCompleter(contains_completer([p.name for p in vocab.patterns], self))
        self.principle = QLineEdit()
        self.principle.setPlaceholderText(self.tr("Suggested from the pattern"))
        self.principle.setCompleter(contains_completer(list(vocab.principles), self))
        self.icd10 = Icd10Picker(vocab)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("TCM pattern"), self.pattern)
        form.addRow(self.tr("Principle"), self.principle)
        form.addRow(self.tr("ICD-10"), self.icd10)
        self.pattern.textEdited.connect(self.changed)
        completer = self.pattern.completer()
        assert completer is not None  # set just above
        completer.activated.connect(self._pattern_chosen)  # the default overload: activated(QString)
        self.pattern.editingFinished.connect(lambda: self._pattern_chosen(self.pattern.text()))
        self.principle.textEdited.connect(self.changed)
        self.icd10.changed.connect(self.changed)

    def _pattern_chosen(self, pattern: str) -> None:
        """Offer the paired principle, but never overwrite one the practitioner wrote."""
        suggestion = self._vocab.principle_for(pattern)
        if suggestion and not self.principle.text().strip() and not self.principle.isReadOnly():
            self.principle.setText(suggestion)
            self.changed.emit()

    def load(self, data: VisitData) -> None:
        self.pattern.setText(data.tcm_pattern)
        self.principle.setText(data.treatment_principle)
        self.icd10.set_codes(data.icd10_codes)

    def store(self, data: VisitData) -> None:
        data.tcm_pattern = self.pattern.text().strip()
        data.treatment_principle = self.principle.text().strip()
        data.icd10_codes = self.icd10.code_list()

    def set_read_only(self, read_only: bool) -> None:
        self.pattern.setReadOnly(read_only)
        self.principle.setReadOnly(read_only)
        self.icd10.set_read_only(read_only)

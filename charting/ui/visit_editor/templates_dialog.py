"""Editing the clinic's home-care templates: a list of titles and the text of the chosen one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charting.vocab import HomeCareTemplate, VocabularyError, save_home_care


class TemplatesDialog(QDialog):
    """Saved to the clinic's vocabulary folder, so an update of the app never overwrites it."""

    def __init__(
        self, templates: tuple[HomeCareTemplate, ...], clinic_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Home-care templates"))
        self.resize(720, 460)
        self._clinic_dir = clinic_dir
        self._items: list[list[str]] = [[t.title, t.text] for t in templates]
        self.saved_templates: tuple[HomeCareTemplate, ...] = templates
        self.saved_path = clinic_dir
        self.titles = QListWidget()
        self.title = QLineEdit()
        self.body = QPlainTextEdit()
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        add, remove = QPushButton(self.tr("New")), QPushButton(self.tr("Delete"))
        add.clicked.connect(self._add)
        remove.clicked.connect(self._remove)
        left = QVBoxLayout()
        left.addWidget(self.titles)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        left.addLayout(row)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Title")))
        right.addWidget(self.title)
        right.addWidget(QLabel(self.tr("Advice text")))
        right.addWidget(self.body, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addLayout(columns, 1)
        box.addWidget(self.error)
        box.addWidget(buttons)
        self.titles.addItems([t for t, _ in self._items])
        self.titles.currentRowChanged.connect(self._show)
        self.title.textEdited.connect(self._title_edited)
        self.body.textChanged.connect(self._body_edited)
        self.titles.setCurrentRow(0)

    def _show(self, row: int) -> None:
        valid = 0 <= row < len(self._items)
        self.title.setEnabled(valid)
        self.body.setEnabled(valid)
        self.title.setText(self._items[row][0] if valid else "")
        self.body.blockSignals(True)
        self.body.setPlainText(self._items[row][1] if valid else "")
        self.body.blockSignals(False)

    def _title_edited(self, text: str) -> None:
        row = self.titles.currentRow()
        if row >= 0:
            self._items[row][0] = text
            self.titles.item(row).setText(text)

    def _body_edited(self) -> None:
        row = self.titles.currentRow()
        if row >= 0:
            self._items[row][1] = self.body.toPlainText()

    def _add(self) -> None:
        self._items.append([self.tr("New template"), ""])
        self.titles.addItem(self._items[-1][0])
        self.titles.setCurrentRow(len(self._items) - 1)
        self.title.setFocus()
        self.title.selectAll()

    def _remove(self) -> None:
        row = self.titles.currentRow()
        if row >= 0:
            del self._items[row]
            self.titles.takeItem(row)

    def _save(self) -> None:
        templates = [HomeCareTemplate(title.strip(), text.strip()) for title, text in self._items]
        titles = [t.title.casefold() for t in templates]
        if len(set(titles)) != len(titles):
            self.error.setText(self.tr("Two templates have the same title."))
            return
        try:
            self.saved_path = save_home_care(self._clinic_dir, templates)
        except (VocabularyError, OSError) as exc:
            self.error.setText(str(exc))
            return
        self.saved_templates = tuple(templates)
        self.accept()

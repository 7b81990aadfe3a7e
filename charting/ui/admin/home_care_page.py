"""The home-care page: the advice templates the visit editor offers, and the way to edit them.

The templates are a file in this computer's data folder (not the database), edited with the visit
editor's own templates dialog so there is one editor for them, reachable from both places.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from charting.ui.context import AppContext
from charting.vocab import (
    HOME_CARE_FILE,
    HomeCareTemplate,
    VocabularyError,
    clinic_vocab_dir,
    vocabulary_file,
)
from charting.vocab.home_care import parse_home_care


class HomeCarePage(QWidget):
    """Shows the templates; edits go through the templates dialog, which saves on its own."""

    message = Signal(str, str)  # text, banner kind ("info" / "error")

    def __init__(self, ctx: AppContext, *, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clinic_dir = clinic_vocab_dir(ctx.settings.data_dir)
        self.templates: tuple[HomeCareTemplate, ...] = ()
        intro = QLabel(
            self.tr(
                "Advice offered in the Home care panel of every visit; the practitioner can still "
                "adjust the text for each patient. The templates are kept on this computer in {folder}."
            ).format(folder=self._clinic_dir)
        )
        intro.setWordWrap(True)
        self.titles = QListWidget()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.titles.currentRowChanged.connect(self._show)
        self.edit_button = QPushButton(self.tr("&Edit templates…"))
        self.edit_button.clicked.connect(self.edit)
        columns = QHBoxLayout()
        columns.addWidget(self.titles, 1)
        columns.addWidget(self.text, 2)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)
        self.edit_button.setHidden(read_only)
        self.load()

    def load(self) -> None:
        """Show the clinic's templates (or the shipped ones until the clinic saves its own)."""
        source = vocabulary_file(HOME_CARE_FILE, self._clinic_dir)
        try:
            self.templates = parse_home_care(source.read_text(encoding="utf-8"), source=str(source))
        except (VocabularyError, OSError) as error:
            self.templates = ()
            self.message.emit(str(error), "error")
        self.titles.clear()
        self.titles.addItems([t.title for t in self.templates])
        self.titles.setCurrentRow(0 if self.templates else -1)
        self._show(self.titles.currentRow())

    def _show(self, row: int) -> None:
        self.text.setPlainText(self.templates[row].text if 0 <= row < len(self.templates) else "")

    def edit(self) -> None:
        # Imported here: the visit editor package is large and the settings dialog rarely needs it.
        from charting.ui.visit_editor.templates_dialog import TemplatesDialog

        dialog = TemplatesDialog(self.templates, self._clinic_dir, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.load()
            self.message.emit(self.tr("Home-care templates saved."), "info")

    def is_dirty(self) -> bool:
        """Never: the templates dialog saves or discards its edits before it closes."""
        return False

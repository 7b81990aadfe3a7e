"""Type a code, alias, pinyin or English name; suggestions come from the catalog's ranked search."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from charting.points import Catalog, Point

SEPARATOR = "  —  "
SUGGESTIONS = 12


def suggestion_text(point: Point) -> str:
    return f"{point.code}{SEPARATOR}{point.pinyin}, {point.english}"


class PointSearchBox(QLineEdit):
    """Enter picks the highlighted suggestion, else the best match for what was typed."""

    pointChosen = Signal(str)  # catalog code

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(SUGGESTIONS)
        self.setCompleter(completer)
        self.setClearButtonEnabled(True)
        self.setPlaceholderText(self.tr("Find point: LI4, UB40, hegu, union valley…  (Ctrl+F)"))
        self.textEdited.connect(self._suggest)
        completer.activated.connect(self._choose)
        self.returnPressed.connect(lambda: self._choose(self.text()))

    def resolve(self, text: str) -> Point | None:
        """The point a suggestion or free text stands for: exact lookup first, then best search hit."""
        text = text.strip()
        if not text:
            return None
        head = text.split(SEPARATOR)[0]
        point = self._catalog.get(head) or self._catalog.get(text)
        if point is None:
            hits = self._catalog.search(text, 1)
            point = hits[0] if hits else None
        return point

    def _suggest(self, text: str) -> None:
        self.setStyleSheet("")
        self._model.setStringList([suggestion_text(p) for p in self._catalog.search(text, SUGGESTIONS)])

    def _choose(self, text: str) -> None:
        if not text.strip():
            return
        point = self.resolve(text)
        if point is None:
            self.setStyleSheet("QLineEdit { border: 2px solid #B00020; }")
            self.setToolTip(self.tr("No point matches “{0}”.").format(text))
            return
        self.setToolTip("")
        # Cleared before the completer forwards the same Enter to returnPressed, which then finds
        # the box empty: one Enter, one point. (The completer wrote its text before this slot ran.)
        self.clear()
        self._model.setStringList([])
        popup = self.completer().popup()
        assert popup is not None  # QCompleter makes its own list view when none was set
        popup.hide()
        self.pointChosen.emit(point.code)

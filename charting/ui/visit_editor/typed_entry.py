"""Typed point entry (Ctrl+K): ``LI4 B, ST36 L, GV20`` with suggestions for the item being typed."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QCompleter, QLabel, QLineEdit, QVBoxLayout, QWidget

from charting.domain.point_entry import PointEntryError, parse_point_entry
from charting.domain.records import PointData
from charting.points import Catalog

SUGGESTIONS = 12


def current_item(text: str) -> tuple[str, str]:
    """(everything before the item being typed, that item) — items are comma separated."""
    head, sep, tail = text.rpartition(",")
    return (head + sep + (" " if sep else ""), tail.strip())


class TypedPointEntry(QWidget):
    """Enter reads the whole entry; points are emitted only if every item is understood."""

    pointsEntered = Signal(list)  # list[PointData]

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Type points (Ctrl+K): LI4 B, ST36 L, GV20 — Enter adds them"))
        self.line.setClearButtonEnabled(True)
        self.line.setAccessibleName(self.tr("Typed point entry"))
        self._model = QStringListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setWidget(self.line)
        self._completer.activated.connect(self._complete)  # the default overload: activated(QString)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e;")
        self.error.hide()
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.line)
        box.addWidget(self.error)
        self.line.textEdited.connect(self._suggest)
        self.line.returnPressed.connect(self.submit)

    def focus(self) -> None:
        self.line.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.line.selectAll()

    def _suggest(self, text: str) -> None:
        self.error.hide()
        _head, item = current_item(text)
        if len(item) < 2 or (" " in item and item.rsplit(" ", 1)[-1].casefold() in ("b", "l", "r", "m")):
            self._popup().hide()
            return
        found = self._catalog.search(item, SUGGESTIONS)
        exact = self._catalog.get(item)
        if exact is not None and found[:1] == [exact]:
            self._popup().hide()  # already a point: Enter should add, not complete
            return
        labels = [f"{p.code} — {p.pinyin} · {p.english}" for p in found]
        self._model.setStringList(labels)
        if labels:
            self._completer.complete()

    def _complete(self, label: str) -> None:
        head, _item = current_item(self.line.text())
        self.line.setText(f"{head}{label.split(' ', 1)[0]} ")

    def _popup(self) -> QAbstractItemView:
        popup = self._completer.popup()
        assert popup is not None  # QCompleter makes its own list view when none was set
        return popup

    def submit(self) -> None:
        popup = self._popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            # Enter takes the highlighted suggestion into the entry; a second Enter adds it all.
            self._complete(popup.currentIndex().data())
            popup.hide()
            return
        popup.hide()
        try:
            points: list[PointData] = parse_point_entry(self.line.text(), self._catalog)
        except PointEntryError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        self.error.hide()
        self.line.clear()
        self.pointsEntered.emit(points)

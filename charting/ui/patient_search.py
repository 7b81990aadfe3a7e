"""The always-at-hand patient search: type name parts, chart number, phone or birth date.

Typing restarts a short timer; when it fires, one indexed query runs (a few milliseconds even on
a large practice) and the results drop down under the box. Up/Down move through them, Enter opens
one, Escape closes the list. The list is a child of the window, not a popup, so the box keeps the
keyboard and typing never stops.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QFrame, QLineEdit, QListView, QWidget

from charting.db.session import Database
from charting.domain.records import PatientSummary
from charting.services.patients import search_patients

DEBOUNCE_MS = 120
RESULT_LIMIT = 12


def describe(patient: PatientSummary) -> str:
    """One line that tells two patients of the same name apart."""
    preferred = (
        f" ({patient.preferred_name})"
        if patient.preferred_name and patient.preferred_name != patient.given_name
        else ""
    )
    born = patient.date_of_birth.strftime("%d %b %Y")
    phone = f"   ·   {patient.phone}" if patient.phone else ""
    return f"{patient.display_name}{preferred}   ·   #{patient.chart_no}   ·   born {born}{phone}"


class PatientSearchBox(QLineEdit):
    patientChosen = Signal(int)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.setPlaceholderText(self.tr("Find patient: name, chart no., phone or birth date  (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(360)
        self.setAccessibleName(self.tr("Find patient"))
        self.results: list[PatientSummary] = []
        self._model = QStandardItemModel(self)
        self._list = QListView()
        self._list.setModel(self._model)
        self._list.setFrameShape(QFrame.Shape.StyledPanel)
        self._list.setObjectName("searchResults")
        self._list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._list.setUniformItemSizes(True)
        self._list.clicked.connect(lambda index: self._choose(index.row()))
        self._list.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _text: self._timer.start())
        self.textChanged.connect(self._maybe_clear)

    # -- searching -----------------------------------------------------------------------------

    def run_search(self) -> None:
        self._timer.stop()
        query = self.text().strip()
        self.results = search_patients(self._db, query, limit=RESULT_LIMIT) if query else []
        self._model.clear()
        for patient in self.results:
            self._model.appendRow(QStandardItem(describe(patient)))
        if not self.results and query:
            empty = QStandardItem(self.tr("No patient matches “{query}”").format(query=query))
            empty.setEnabled(False)
            self._model.appendRow(empty)
        if self._model.rowCount():
            self._list.setCurrentIndex(self._model.index(0, 0))
            self._show_list()
        else:
            self._list.hide()

    def _maybe_clear(self, text: str) -> None:
        if not text:
            self._timer.stop()
            self.results = []
            self._list.hide()

    def _show_list(self) -> None:
        window = self.window()
        if self._list.parent() is not window:
            self._list.setParent(window)
            window.installEventFilter(self)
        below = self.mapTo(window, QPoint(0, self.height() + 2))
        rows = max(1, self._model.rowCount())
        row_height = max(self._list.sizeHintForRow(0), 28)
        width = max(self.width(), 520)
        below.setX(min(below.x(), max(0, window.width() - width - 8)))
        self._list.setGeometry(below.x(), below.y(), width, rows * row_height + 6)
        self._list.show()
        self._list.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self._list.isVisible():
            self._show_list()
        return False

    @property
    def list_visible(self) -> bool:
        return self._list.isVisible()

    # -- choosing ------------------------------------------------------------------------------

    def _choose(self, row: int) -> None:
        if 0 <= row < len(self.results):
            patient_id = self.results[row].id
            self._list.hide()
            self.clear()
            self.patientChosen.emit(patient_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self.run_search()  # Enter right after typing: search now rather than wait
            if self.results:
                self._choose(max(self._list.currentIndex().row(), 0))
            return
        if key == Qt.Key.Key_Escape and self._list.isVisible():
            self._list.hide()
            return
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results:
            step = 1 if key == Qt.Key.Key_Down else -1
            row = (self._list.currentIndex().row() + step) % len(self.results)
            self._list.setCurrentIndex(self._model.index(row, 0))
            self._show_list()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        # A click on the list does not take focus (NoFocus), so this only hides on leaving.
        QTimer.singleShot(150, self._hide_unless_focused)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self._list.hide()

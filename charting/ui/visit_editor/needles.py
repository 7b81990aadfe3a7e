"""Needle count in and out (the safety count), face-to-face minutes, and the retention timer."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox, QWidget

from charting.domain.records import VisitData
from charting.ui.visit_editor.retention_timer import RetentionTimer

EMPTY = -1  # the spin boxes' lowest step means "not counted yet"


def count_box(accessible: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(EMPTY, 999)
    box.setSpecialValueText("—")
    box.setValue(EMPTY)
    box.setAccessibleName(accessible)
    box.setMinimumWidth(64)
    return box


def box_value(box: QSpinBox) -> int | None:
    return None if box.value() == EMPTY else box.value()


def set_box(box: QSpinBox, value: int | None) -> None:
    box.setValue(EMPTY if value is None else value)


class NeedlesPanel(QWidget):
    """A count that does not match blocks signing until the needle is found or the difference is
    explained, so the note field appears exactly when the counts differ."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sites = 0
        self.needles_in = count_box(self.tr("Needles in"))
        self.needles_out = count_box(self.tr("Needles out"))
        self.use_sites = QPushButton()
        self.use_sites.setToolTip(self.tr("Needles in = one per chosen point and side"))
        self.all_out = QPushButton(self.tr("All out ✓"))
        self.all_out.setToolTip(self.tr("I counted the needles out: the same number as went in"))
        self.face_to_face = count_box(self.tr("Face-to-face minutes"))
        self.face_to_face.setSuffix(self.tr(" min"))
        self.mismatch = QLabel()
        self.mismatch.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.mismatch_note = QLineEdit()
        self.mismatch_note.setPlaceholderText(self.tr("Needle count differs: where is the needle, or why?"))
        self.mismatch_note.setAccessibleName(self.tr("Needle count note"))
        self.timer = RetentionTimer()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        counts = QHBoxLayout()
        counts.setSpacing(6)
        for widget in (
            QLabel(self.tr("Needles in")),
            self.needles_in,
            self.use_sites,
            QLabel(self.tr("out")),
            self.needles_out,
            self.all_out,
        ):
            counts.addWidget(widget)
        counts.addStretch(1)
        timing = QHBoxLayout()
        timing.addWidget(self.timer)
        timing.addWidget(QLabel(self.tr("Face-to-face")))
        timing.addWidget(self.face_to_face)
        timing.addStretch(1)
        grid.addLayout(counts, 0, 0)
        grid.addLayout(timing, 1, 0)
        grid.addWidget(self.mismatch, 2, 0)
        grid.addWidget(self.mismatch_note, 3, 0)
        self.needles_in.valueChanged.connect(self._in_changed)
        self.needles_out.valueChanged.connect(self._count_changed)
        self.face_to_face.valueChanged.connect(self._edited)
        self.mismatch_note.textEdited.connect(self._edited)
        self.use_sites.clicked.connect(lambda: self.needles_in.setValue(self._sites))
        self.all_out.clicked.connect(self._all_out)
        self._loading = False
        self.set_sites(0)
        self._refresh_mismatch()

    def set_sites(self, sites: int) -> None:
        self._sites = sites
        self.use_sites.setText(self.tr("= points (%1)").replace("%1", str(sites)))
        self.use_sites.setEnabled(sites > 0 and not self.needles_in.isReadOnly())

    def _all_out(self) -> None:
        if box_value(self.needles_in) is not None:
            self.needles_out.setValue(self.needles_in.value())

    def _in_changed(self) -> None:
        # Needles going in starts the retention clock; a practitioner can still stop or reset it.
        if not self._loading and box_value(self.needles_in) and not self.timer.is_running():
            self.timer.start()
        self._count_changed()

    def _count_changed(self) -> None:
        self._refresh_mismatch()
        self._edited()

    def _edited(self) -> None:
        if not self._loading:
            self.changed.emit()

    def _refresh_mismatch(self) -> None:
        n_in, n_out = box_value(self.needles_in), box_value(self.needles_out)
        differs = n_in is not None and n_out is not None and n_in != n_out
        self.mismatch.setVisible(differs)
        self.mismatch_note.setVisible(differs or bool(self.mismatch_note.text()))
        if differs:
            self.mismatch.setText(
                self.tr("Needle count does not match: %1 in, %2 out.")
                .replace("%1", str(n_in))
                .replace("%2", str(n_out))
            )
        self.all_out.setEnabled(n_in is not None and not self.needles_in.isReadOnly())

    def load(self, data: VisitData) -> None:
        self._loading = True
        try:
            set_box(self.needles_in, data.needles_in)
            set_box(self.needles_out, data.needles_out)
            set_box(self.face_to_face, data.face_to_face_minutes)
            self.mismatch_note.setText(data.needle_count_note)
            self._refresh_mismatch()
        finally:
            self._loading = False

    def store(self, data: VisitData) -> None:
        data.needles_in = box_value(self.needles_in)
        data.needles_out = box_value(self.needles_out)
        data.face_to_face_minutes = box_value(self.face_to_face)
        data.needle_count_note = self.mismatch_note.text().strip()

    def set_read_only(self, read_only: bool) -> None:
        for box in (self.needles_in, self.needles_out, self.face_to_face):
            box.setReadOnly(read_only)
            box.setEnabled(not read_only)
        self.mismatch_note.setReadOnly(read_only)
        self.timer.setVisible(not read_only)
        if read_only:
            self.timer.stop()
        self.set_sites(self._sites)
        self._refresh_mismatch()

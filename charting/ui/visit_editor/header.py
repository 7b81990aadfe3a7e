"""The editor's header: whose visit, when, its status, the patient's safety flags and save state."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QWidget

from charting.domain.records import PatientRecord, VisitRecord

SAVE_STATE_TEXT = {
    "idle": "All changes saved",
    "pending": "Saving…",
    "conflict": "Not saved: changed elsewhere",
    "error": "Not saved",
}


def local(moment: datetime) -> str:
    return moment.astimezone().strftime("%a %d %b %Y, %H:%M")


class VisitHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.details = QLabel()
        self.status = QLabel()
        self.status.setWordWrap(True)  # wrap rather than widen a laptop-sized window
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        self.flags.setStyleSheet(
            "QLabel { background: #fdecea; color: #7f1d1d; border-left: 5px solid #c62828; padding: 3px 8px;"
            " font-weight: bold; }"
        )
        self.save_state = QLabel()
        self.save_state.setAccessibleName(self.tr("Save state"))
        line = QHBoxLayout()
        line.setSpacing(16)
        line.addWidget(self.details)
        line.addWidget(self.status)
        line.addWidget(self.save_state)
        line.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        grid.addWidget(self.title, 0, 0)
        grid.addLayout(line, 1, 0)
        grid.addWidget(self.flags, 2, 0, 1, 2)
        grid.setColumnStretch(0, 1)
        self._grid = grid

    def set_side_widget(self, widget: QWidget) -> None:
        """A panel shown at the right of the title lines (the needle count and timer)."""
        self._grid.addWidget(widget, 0, 1, 2, 1)

    def show_visit(self, record: VisitRecord, patient: PatientRecord | None) -> None:
        self.title.setText(f"{record.patient_name}  ·  {record.chart_no}")
        started = record.data.started_at
        self.details.setText(
            self.tr("Visit of %1 with %2")
            .replace("%1", local(started) if started else "—")
            .replace("%2", record.practitioner_name)
        )
        if record.signed and record.signed_at is not None:
            self.status.setText(
                self.tr("Signed by %1, %2 — read-only")
                .replace("%1", record.signed_by or "")
                .replace("%2", local(record.signed_at))
            )
            self.status.setStyleSheet("color: #1b4d20; font-weight: bold;")
            self.save_state.hide()
        else:
            self.status.setText(self.tr("Draft"))
            self.status.setStyleSheet("color: #6b4200; font-weight: bold;")
            self.save_state.show()
        flags = patient.safety_flags() if patient else []
        self.flags.setText("⚠ " + " · ".join(flags) if flags else "")
        self.flags.setVisible(bool(flags))

    def show_save_state(self, state: str, saved_at: datetime | None) -> None:
        text = self.tr(SAVE_STATE_TEXT.get(state, state))
        if state == "idle" and saved_at is not None:
            text = self.tr("Saved %1").replace("%1", saved_at.strftime("%H:%M:%S"))
        self.save_state.setText(text)
        colour = {"conflict": "#b3261e", "error": "#b3261e"}.get(state, "#555")
        self.save_state.setStyleSheet(f"color: {colour};")

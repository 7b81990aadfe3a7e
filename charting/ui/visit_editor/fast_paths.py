"""The one-action starts of a follow-up: copy last treatment, apply a saved protocol, and saving
the current points as a new protocol."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMenu

from charting.domain.records import VisitData, VisitRecord
from charting.errors import DomainError, NotFoundError
from charting.services import protocols
from charting.services.copy_last import copy_last_treatment
from charting.services.visit_lists import patient_visits
from charting.services.visits import get_visit

if TYPE_CHECKING:
    from charting.ui.visit_editor.editor import VisitEditor


def previous_visit_data(editor: VisitEditor) -> tuple[VisitRecord, VisitData] | None:
    """The patient's visit before this one (what copy-last copies from)."""
    record = editor.record()
    assert record is not None
    for summary in patient_visits(editor.ctx.db, record.patient_id):
        if summary.id != record.id and record.data.started_at and summary.started_at <= record.data.started_at:
            previous = get_visit(editor.ctx.db, summary.id)
            return previous, previous.data
    return None


def carry_diagnosis(editor: VisitEditor, previous: VisitData) -> list[str]:
    """Fill the still-empty complaint and diagnosis fields from the previous visit; what was
    filled, for the message (a follow-up usually continues the same complaint)."""
    findings = editor.findings
    diagnosis = findings.diagnosis
    filled: list[str] = []
    if not findings.chief_complaint.text().strip() and previous.chief_complaint:
        findings.chief_complaint.setText(previous.chief_complaint)
        filled.append(editor.tr("chief complaint"))
    if not diagnosis.pattern.text().strip() and previous.tcm_pattern:
        diagnosis.pattern.setText(previous.tcm_pattern)
        filled.append(editor.tr("TCM pattern"))
    if not diagnosis.principle.text().strip() and previous.treatment_principle:
        diagnosis.principle.setText(previous.treatment_principle)
        filled.append(editor.tr("treatment principle"))
    if not diagnosis.icd10.code_list() and previous.icd10_codes:
        diagnosis.icd10.set_codes(previous.icd10_codes)
        filled.append(editor.tr("ICD-10 codes"))
    return filled


def counted(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


class FastPaths:
    def __init__(self, editor: VisitEditor) -> None:
        self.editor = editor
        self.protocol_menu = QMenu(editor.tr("Apply protocol"), editor)
        self.protocol_menu.aboutToShow.connect(self._fill_protocol_menu)

    def _ready(self) -> bool:
        return self.editor.is_draft() and self.editor.flush()

    def copy_last(self) -> None:
        editor = self.editor
        if not self._ready():
            return
        record = editor.record()
        assert record is not None and editor.autosave.version is not None
        try:
            updated = copy_last_treatment(
                editor.ctx.db, visit_id=record.id, expected_version=editor.autosave.version, user_id=editor.ctx.user.id
            )
        except NotFoundError as exc:
            editor.bar.show_message(html.escape(str(exc)), "info")
            return
        except DomainError as exc:
            editor.bar.show_message(html.escape(str(exc)), "error")
            return
        previous = previous_visit_data(editor)
        editor.adopt(updated)
        if previous is None:
            return
        source, data = previous
        filled = carry_diagnosis(editor, data)
        if filled:
            editor.autosave.schedule()
        day = source.data.started_at.astimezone().strftime("%d %b") if source.data.started_at else ""
        message = (
            editor.tr("Copied %1, %2 and %3 from the visit of %4.")
            .replace("%1", counted(len(data.points), "point", "points"))
            .replace("%2", counted(len(data.areas), "area", "areas"))
            .replace("%3", counted(len(data.modalities), "modality", "modalities"))
            .replace("%4", day)
        )
        if filled:
            message += " " + editor.tr("Also carried over: %1 — check they still apply.").replace(
                "%1", ", ".join(filled)
            )
        editor.bar.show_message(html.escape(message), "success")

    def _fill_protocol_menu(self) -> None:
        self.protocol_menu.clear()
        db = self.editor.ctx.db
        found = protocols.list_protocols(db)
        if not found and protocols.seed_starter_protocols(db):
            found = protocols.list_protocols(db)
        for protocol in found:
            action = self.protocol_menu.addAction(protocol.name)
            action.setToolTip(protocol.description)
            action.setStatusTip(", ".join(p.code for p in protocol.points))
            action.triggered.connect(lambda _checked=False, pid=protocol.id: self.apply_protocol(pid))
        if not found:
            self.protocol_menu.addAction(self.editor.tr("No protocols saved yet")).setEnabled(False)

    def apply_protocol(self, protocol_id: int) -> None:
        editor = self.editor
        if not self._ready():
            return
        record = editor.record()
        assert record is not None and editor.autosave.version is not None
        try:
            updated = protocols.apply_protocol(
                editor.ctx.db,
                visit_id=record.id,
                protocol_id=protocol_id,
                expected_version=editor.autosave.version,
                user_id=editor.ctx.user.id,
            )
        except DomainError as exc:
            editor.bar.show_message(html.escape(str(exc)), "error")
            return
        name = next((p.name for p in protocols.list_protocols(editor.ctx.db) if p.id == protocol_id), "")
        editor.adopt(updated, editor.tr("Applied the protocol “%1”.").replace("%1", name))

    def save_protocol(self, name: str | None = None) -> None:
        """Save the points now charted (sides, techniques, retention) under a new name."""
        editor = self.editor
        if name is None:
            name, ok = QInputDialog.getText(editor, editor.tr("Save as protocol"), editor.tr("Protocol name:"))
            if not ok:
                return
        try:
            saved = protocols.save_protocol(
                editor.ctx.db, name=name, points=editor.current_data().points, user_id=editor.ctx.user.id
            )
        except DomainError as exc:
            editor.bar.show_message(html.escape(str(exc)), "error")
            return
        editor.bar.show_message(
            html.escape(
                editor.tr("Saved the protocol “%1” (%2 points).")
                .replace("%1", saved.name)
                .replace("%2", str(len(saved.points)))
            ),
            "success",
        )

"""The visit editor: charting mid-session, autosaved as a draft, signed once, amended by addenda.

Hosted by the main window: ``open_visit(id)``, ``flush()`` before anything that leaves the visit,
``actions_for_menu()`` for the menu bar; ``visitChanged(id)`` after every stored change so lists
can refresh, ``closed()`` when the editor lets the visit go.
"""

from __future__ import annotations

import html
import logging
from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from charting.domain.records import PatientRecord, VisitData, VisitRecord
from charting.domain.signing import missing_for_signing
from charting.errors import ConflictError, DomainError, SignBlockedError
from charting.points import load_catalog
from charting.services import visits
from charting.services.patients import get_patient
from charting.ui import settings as ui_settings
from charting.ui.context import AppContext
from charting.ui.visit_editor.action_bar import ActionBar
from charting.ui.visit_editor.addenda import AddendaPanel
from charting.ui.visit_editor.autosave import AutosaveController
from charting.ui.visit_editor.fast_paths import FastPaths
from charting.ui.visit_editor.findings import FindingsPanel
from charting.ui.visit_editor.header import VisitHeader
from charting.ui.visit_editor.needles import NeedlesPanel
from charting.ui.visit_editor.safety_checks import estim_warning, modality_warning
from charting.ui.visit_editor.treatment import TreatmentPanel
from charting.vocab import VocabularyError, clinic_vocab_dir, load_vocabulary

log = logging.getLogger("charting.ui.visit_editor")
FINDINGS_WIDTH = 470  # the left column: a pain scale and a row of chips side by side


class VisitEditor(QWidget):
    visitChanged = Signal(int)
    closed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.catalog = load_catalog()
        vocab_dir = clinic_vocab_dir(ctx.settings.data_dir)
        vocab_problem = ""
        try:
            self.vocab = load_vocabulary(vocab_dir)
        except VocabularyError as exc:  # a hand-edited clinic file must not stop charting
            log.warning("clinic vocabulary unusable: %s", exc)
            vocab_problem = str(exc)
            self.vocab = load_vocabulary()
        self.ui_settings = ui_settings.UiSettings.for_app(ctx.settings)
        self._record: VisitRecord | None = None
        self._patient: PatientRecord | None = None

        self.header = VisitHeader()
        self.bar = ActionBar()
        self.findings = FindingsPanel(self.vocab, vocab_dir)
        self.treatment = TreatmentPanel(self.catalog)
        self.needles = NeedlesPanel()
        self.header.set_side_widget(self.needles)
        self.addenda = AddendaPanel()
        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.addenda)
        left_box.addWidget(self.findings)
        self.findings_scroll = QScrollArea()
        self.findings_scroll.setWidget(left)
        self.findings_scroll.setWidgetResizable(True)
        self.findings_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.findings_scroll.setMinimumWidth(380)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.findings_scroll)
        self.splitter.addWidget(self.treatment)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([FINDINGS_WIDTH, 10 * FINDINGS_WIDTH])
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.addWidget(self.header)
        box.addWidget(self.bar)
        box.addWidget(self.splitter, 1)

        self._loading = False
        self.autosave = AutosaveController(self._save, self.current_data, self)
        self.fast = FastPaths(self)
        self._build_actions()
        self._connect()
        self.setEnabled(False)
        if vocab_problem:
            self.bar.show_message(
                html.escape(
                    self.tr("A vocabulary file of the clinic has a problem, so the shipped lists are used: %1")
                ).replace("%1", html.escape(vocab_problem)),
                "warning",
            )

    # ---- host API ------------------------------------------------------------------------
    def record(self) -> VisitRecord | None:
        return self._record

    def open_visit(self, visit_id: int) -> None:
        if self._record is not None and self._record.id != visit_id:
            self.flush()
        record = visits.get_visit(self.ctx.db, visit_id)
        self._patient = get_patient(self.ctx.db, record.patient_id)
        self.bar.dismiss()
        self.show_record(record)
        self.setEnabled(True)
        # Start where charting starts, so keys work at once (and shortcuts find the editor).
        start = self.findings.chief_complaint if not record.signed else self.findings_scroll
        start.setFocus(Qt.FocusReason.OtherFocusReason)

    def flush(self) -> bool:
        """Store any pending edit now; False if it could not be stored (the bar says why)."""
        return self.autosave.flush()

    def close_visit(self) -> None:
        """Let the visit go (the host shows something else); pending edits are stored first."""
        self.flush()
        self._record = None
        self.ui_settings.set_now(ui_settings.OPEN_DRAFT, 0)
        self.setEnabled(False)
        self.closed.emit()

    def actions_for_menu(self) -> list[QAction]:
        return list(self._menu_actions)

    # ---- showing a record ----------------------------------------------------------------
    def show_record(self, record: VisitRecord) -> None:
        """Put a stored record into every widget (no autosave is triggered by loading)."""
        self._record = record
        self._loading = True
        try:
            self.findings.load(record.data)
            self.treatment.load(record.data)
            self.needles.load(record.data)
        finally:
            self._loading = False
        bodymap = self.treatment.bodymap
        bodymap.set_patient_flags(self._patient.data if self._patient else None)
        bodymap.set_acknowledged([(a.kind, a.code) for a in record.acknowledgements])
        bodymap.frame_treatment()
        self.header.show_visit(record, self._patient)
        self._set_read_only(record.signed)
        self.autosave.track(None if record.signed else record.version)
        self.header.show_save_state("idle", None)
        self.addenda.show_addenda(record.addenda)
        self.ui_settings.set_now(ui_settings.OPEN_DRAFT, 0 if record.signed else record.id)

    def _set_read_only(self, read_only: bool) -> None:
        self.findings.set_read_only(read_only)
        self.treatment.set_read_only(read_only)
        self.needles.set_read_only(read_only)
        self.addenda.setVisible(read_only)
        for action in self._draft_actions:
            action.setEnabled(not read_only)
        self.addendum_action.setEnabled(read_only)

    def is_draft(self) -> bool:
        return self._record is not None and not self._record.signed

    def current_data(self) -> VisitData:
        """The visit as the widgets show it now."""
        assert self._record is not None
        data = replace(self._record.data)
        self.findings.store(data)
        self.treatment.store(data)
        self.needles.store(data)
        return data

    # ---- autosave ------------------------------------------------------------------------
    def _edited(self) -> None:
        if not self._loading and self.is_draft():
            self.autosave.schedule()

    def _save(self, data: VisitData, version: int) -> VisitRecord:
        assert self._record is not None
        return visits.save_visit(
            self.ctx.db, visit_id=self._record.id, data=data, expected_version=version, user_id=self.ctx.user.id
        )

    def _saved(self, record: VisitRecord) -> None:
        # The widgets already show what was saved; only the bookkeeping follows the new version.
        self._record = replace(record, data=record.data)
        self.visitChanged.emit(record.id)

    def adopt(self, record: VisitRecord, message: str = "") -> None:
        """Show a record a fast path (copy last, protocol) stored, and keep autosaving from it."""
        self.show_record(record)
        if message:
            self.bar.show_message(html.escape(message), "success")
        self.visitChanged.emit(record.id)

    def _save_failed(self, error: DomainError) -> None:
        if isinstance(error, ConflictError):
            self.bar.show_message(
                html.escape(str(error)) + "<br>" + html.escape(self.tr("Your edits are still here, not yet saved.")),
                "error",
                [(self.tr("Keep my version"), self._keep_mine), (self.tr("Load the newer version"), self._load_theirs)],
            )
        else:
            self.bar.show_message(html.escape(str(error)), "error")

    def _keep_mine(self) -> None:
        assert self._record is not None
        newest = visits.get_visit(self.ctx.db, self._record.id)
        if newest.signed:
            self.bar.show_message(html.escape(self.tr("The visit was signed elsewhere; reloading it.")), "warning")
            self.open_visit(newest.id)
            return
        if self.autosave.overwrite(newest.version):
            self.bar.dismiss()

    def _load_theirs(self) -> None:
        assert self._record is not None
        self.autosave.track(None)
        self.open_visit(self._record.id)

    # ---- signing -------------------------------------------------------------------------
    def sign(self) -> None:
        """First step: store, check what is missing (and jump there), else ask to confirm."""
        if not self.is_draft() or not self.flush():
            return
        missing = missing_for_signing(self.current_data())
        if missing:
            self.show_missing(missing)
            return
        self.bar.show_message(
            html.escape(self.tr("Sign this visit? Once signed it can no longer change; later notes become addenda.")),
            "info",
            [(self.tr("Sign visit"), self.confirm_sign), (self.tr("Not yet"), self.bar.dismiss)],
        )

    def confirm_sign(self) -> None:
        assert self._record is not None and self.autosave.version is not None
        try:
            record = visits.sign_visit(
                self.ctx.db, visit_id=self._record.id, expected_version=self.autosave.version, user_id=self.ctx.user.id
            )
        except SignBlockedError as exc:
            self.show_missing(exc.missing)
            return
        except DomainError as exc:
            self.bar.show_message(html.escape(str(exc)), "error")
            return
        self.needles.timer.stop()
        self.show_record(record)
        self.bar.show_message(html.escape(self.tr("Visit signed. It is now read-only.")), "success")
        self.visitChanged.emit(record.id)

    def show_missing(self, missing: list[tuple[str, str]]) -> None:
        items = "".join(f'<li><a href="{name}">{html.escape(text)}</a></li>' for name, text in missing)
        self.bar.show_message(html.escape(self.tr("Before signing:")) + f"<ul style='margin:0'>{items}</ul>", "warning")
        self.focus_field(missing[0][0])

    def focus_field(self, name: str) -> None:
        needles = self.needles
        widget = self.findings.field_widget(name) or {
            "needles_in": needles.needles_in,
            "needles_out": needles.mismatch_note,
        }.get(name)
        if widget is None:
            return
        if self.findings.isAncestorOf(widget):
            self.findings_scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- addenda and safety --------------------------------------------------------------
    def _add_addendum(self, reason: str, text: str) -> None:
        assert self._record is not None
        try:
            record = visits.add_addendum(
                self.ctx.db, visit_id=self._record.id, user_id=self.ctx.user.id, reason=reason, text=text
            )
        except DomainError as exc:
            self.addenda.show_error(str(exc))
            return
        self.addenda.close_form()
        self.show_record(record)
        self.visitChanged.emit(record.id)

    def _warn(self, warning: tuple[str, str, str] | None) -> None:
        if warning is not None and self.is_draft():
            self.treatment.bodymap.show_warning(*warning)

    def _acknowledged(self, kind: str, code: str, message: str) -> None:
        """Every acknowledgement goes into the visit's record of safety decisions."""
        if not self.is_draft():
            return
        assert self._record is not None
        try:
            record = visits.acknowledge_warning(
                self.ctx.db, visit_id=self._record.id, user_id=self.ctx.user.id, kind=kind, code=code, message=message
            )
        except DomainError as exc:
            self.bar.show_message(html.escape(str(exc)), "error")
            return
        self._record = replace(self._record, acknowledgements=record.acknowledgements)

    # ---- wiring --------------------------------------------------------------------------
    def _connect(self) -> None:
        self.findings.changed.connect(self._edited)
        self.treatment.changed.connect(self._edited)
        self.needles.changed.connect(self._edited)
        self.treatment.sitesChanged.connect(self.needles.set_sites)
        self.autosave.saved.connect(self._saved)
        self.autosave.failed.connect(self._save_failed)
        self.autosave.stateChanged.connect(lambda s: self.header.show_save_state(s, self.autosave.last_saved_at))
        self.bar.linkActivated.connect(self.focus_field)
        self.addenda.submitted.connect(self._add_addendum)
        bodymap = self.treatment.bodymap
        bodymap.warningAcknowledged.connect(self._acknowledged)
        patient = lambda: self._patient.data if self._patient else None  # noqa: E731
        self.treatment.estimTurnedOn.connect(lambda code: self._warn(estim_warning(patient(), code)))
        self.treatment.modalityChosen.connect(lambda kind: self._warn(modality_warning(patient(), kind)))

    def _action(self, text: str, shortcut: str | QKeySequence | None, slot, draft_only: bool = True) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        self._menu_actions.append(action)
        if draft_only:
            self._draft_actions.append(action)
        return action

    def _build_actions(self) -> None:
        self._menu_actions: list[QAction] = []
        self._draft_actions: list[QAction] = []
        self.sign_action = self._action(self.tr("&Sign visit…"), "Ctrl+Shift+S", self.sign)
        self.copy_last_action = self._action(self.tr("&Copy last treatment"), "Ctrl+L", self.fast.copy_last)
        self.typed_entry_action = self._action(self.tr("&Type points…"), "Ctrl+K", self.treatment.typed_entry.focus)
        self.apply_protocol_action = self._action(self.tr("Apply &protocol"), None, lambda: None)
        self.apply_protocol_action.setMenu(self.fast.protocol_menu)
        self.save_protocol_action = self._action(self.tr("Save points as protocol…"), None, self.fast.save_protocol)
        self.addendum_action = self._action(self.tr("Add &addendum…"), None, self.addenda.open_form, draft_only=False)
        bodymap = self.treatment.bodymap
        self.next_view_action = self._action(
            self.tr("Next body-map view"), "F6", lambda: self._step_view(1), draft_only=False
        )
        self.previous_view_action = self._action(
            self.tr("Previous body-map view"), "Shift+F6", lambda: self._step_view(-1), draft_only=False
        )
        self.undo_action = bodymap.undo_stack().createUndoAction(self, self.tr("Undo on the body map"))
        self.redo_action = bodymap.undo_stack().createRedoAction(self, self.tr("Redo on the body map"))
        self._menu_actions += [self.undo_action, self.redo_action]

    def _step_view(self, step: int) -> None:
        bodymap = self.treatment.bodymap
        views = bodymap.views()
        if views:
            current = bodymap.current_view()
            index = views.index(current) if current in views else -1
            bodymap.set_view(views[(index + step) % len(views)])

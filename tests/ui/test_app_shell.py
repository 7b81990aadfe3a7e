"""Start-up and the main window: Today filled, who is working, keys, remembered state, crash recovery."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from charting.config import resolve_settings
from charting.services.patients import find_by_chart_no
from charting.services.visit_lists import list_day
from charting.services.visits import get_visit
from charting.ui import settings as keys
from charting.ui.app import prepare_database, run_app
from charting.ui.main_window import MainWindow
from charting.ui.settings import UiSettings
from charting.ui.user_picker import UserPicker


class RecordingEditor(QWidget):
    """Stands in for U2b's VisitEditor with its public surface, recording what the shell asks."""

    visitChanged = Signal(int)
    closed = Signal()

    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.opened: list[int] = []
        self.flushes = 0
        self.can_save = True
        self.title = QLabel()
        QVBoxLayout(self).addWidget(self.title)
        self.sign_action = QAction("Sign", self)

    def open_visit(self, visit_id: int) -> None:
        self.opened.append(visit_id)
        self.title.setText(f"visit {visit_id}")

    def flush(self) -> bool:
        self.flushes += 1
        return self.can_save

    def record(self):
        return get_visit(self.ctx.db, self.opened[-1]) if self.opened else None

    def actions_for_menu(self) -> list[QAction]:
        return [self.sign_action]


@pytest.fixture
def window(qtbot, ctx, ui_settings):
    win = MainWindow(ctx, ui_settings, editor_factory=RecordingEditor)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _draft_today(ctx):
    return next(v for v in list_day(ctx.db, date.today()) if v.status == "draft")


def test_start_up_with_demo_data_opens_on_today_filled(qtbot, demo_settings):
    # demo_settings holds a copy of what `acuchart --demo` wrote (see conftest): run_app must
    # open it as it is, not fill it a second time.
    seen: dict[str, object] = {}

    def pick_first_practitioner(db, ui_settings):
        from charting.services.users import list_users

        def look_then_quit() -> None:
            # The visible one: hidden windows left by earlier tests are top-level widgets too.
            shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
            if not shown:  # fail the asserts below rather than hang in the event loop
                QApplication.quit()
                return
            window = shown[0]
            seen["view"] = window.current_view
            seen["rows"] = window.today.model.rowCount()
            seen["title"] = window.windowTitle()
            window.close()

        QTimer.singleShot(0, look_then_quit)
        return list_users(db, role="practitioner")[0]

    assert run_app(demo_settings, demo=True, pick_user=pick_first_practitioner) == 0
    assert seen["view"] == "today"
    assert seen["rows"] == 8
    assert "Riverside Acupuncture" in str(seen["title"])
    assert (demo_settings.data_dir / "ui-settings.ini").exists()  # kept beside the data, not globally


def test_prepare_database_leaves_a_real_database_empty_but_seeds_protocols(tmp_path):
    from charting.services.protocols import list_protocols

    db = prepare_database(resolve_settings(str(tmp_path / "real")), demo=False)
    try:
        from charting.demo import patients_exist

        assert not patients_exist(db)
        assert len(list_protocols(db)) >= 4
    finally:
        db.dispose()


def test_user_picker_preselects_the_last_choice(qtbot, demo_db, ui_settings, demo_users):
    ortiz = demo_users["Daniel Ortiz"]
    ui_settings.set(keys.LAST_USER_ID, ortiz.id)
    picker = UserPicker(demo_db, ui_settings)
    qtbot.addWidget(picker)
    assert picker.users[picker.user_list.currentRow()].id == ortiz.id
    picker.user_list.setCurrentRow(next(i for i, u in enumerate(picker.users) if u.display_name == "Sam Reyes"))
    picker.accept_choice()
    assert picker.chosen.display_name == "Sam Reyes"
    assert UiSettings(ui_settings.path).get(keys.LAST_USER_ID) == picker.chosen.id


def test_first_run_creates_the_first_practitioner(qtbot, tmp_path):
    settings = resolve_settings(str(tmp_path / "new"))
    db = prepare_database(settings, demo=False)
    try:
        picker = UserPicker(db, UiSettings.for_app(settings))
        qtbot.addWidget(picker)
        assert picker.first_run
        picker.accept_choice()  # nothing typed: refused, with the reason beside the field
        assert picker.chosen is None
        assert picker.first_errors["display_name"].text() == "A display name is required."
        qtbot.keyClicks(picker.display_name, "Dr. Ana Silva")
        qtbot.keyClicks(picker.username, "asilva")
        qtbot.keyClicks(picker.credentials, "L.Ac.")
        picker.accept_choice()
        assert picker.chosen is not None and picker.chosen.role == "practitioner"
        assert picker.chosen.display_name == "Dr. Ana Silva"
    finally:
        db.dispose()


def test_alt_keys_switch_views_and_ctrl_f_focuses_search(qtbot, window, ctx):
    window.open_patient(find_by_chart_no(ctx.db, "100001").id)
    assert window.current_view == "patient"
    window.app_actions.show_today.trigger()
    assert window.current_view == "today"
    shortcuts = {
        a.shortcut().toString()
        for a in (
            window.app_actions.show_today,
            window.app_actions.show_patient,
            window.app_actions.show_visit,
            window.app_actions.find_patient,
            window.app_actions.new_visit,
            window.app_actions.refresh,
        )
    }
    assert shortcuts == {"Alt+1", "Alt+2", "Alt+3", "Ctrl+F", "Ctrl+N", "F5"}
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, "2", modifier=Qt.KeyboardModifier.AltModifier)
    assert window.current_view == "patient"
    qtbot.keyClick(window, "f", modifier=Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()


def test_opening_a_draft_remembers_it_and_signing_forgets_it(qtbot, window, ctx, ui_settings):
    draft = _draft_today(ctx)
    window.today.visitActivated.emit(draft.id)
    assert window.current_view == "visit"
    assert window.editor.opened == [draft.id]
    assert window.patient_view.patient.id == draft.patient_id  # Alt+2 shows whose visit it is
    assert UiSettings(ui_settings.path).get(keys.OPEN_DRAFT) == draft.id  # on disk at once
    window.editor.visitChanged.emit(draft.id)  # an autosave: still a draft
    assert ui_settings.get(keys.OPEN_DRAFT) == draft.id

    from charting.services.visits import save_visit, sign_visit

    visit = get_visit(ctx.db, draft.id)
    data = visit.data
    data.pain_after, data.needles_out = 2, data.needles_in
    saved = save_visit(ctx.db, visit_id=visit.id, data=data, expected_version=visit.version, user_id=ctx.user.id)
    sign_visit(ctx.db, visit_id=visit.id, expected_version=saved.version, user_id=ctx.user.id)
    window.editor.visitChanged.emit(draft.id)
    assert ui_settings.get(keys.OPEN_DRAFT) == 0


def test_start_up_reopens_the_draft_left_open_by_a_crash(qtbot, ctx, ui_settings):
    draft = _draft_today(ctx)
    ui_settings.set_now(keys.OPEN_DRAFT, draft.id)
    win = MainWindow(ctx, ui_settings, editor_factory=RecordingEditor)
    qtbot.addWidget(win)
    win.restore_last_view()
    assert win.current_view == "visit"
    assert win.editor.opened == [draft.id]
    assert "Reopened the draft" in win.banner.text


def test_a_signed_or_missing_draft_is_not_reopened(qtbot, ctx, ui_settings):
    signed = next(v for v in list_day(ctx.db, date.today()) if v.status == "signed")
    for stale in (signed.id, 999_999):
        ui_settings.set_now(keys.OPEN_DRAFT, stale)
        win = MainWindow(ctx, ui_settings, editor_factory=RecordingEditor)
        qtbot.addWidget(win)
        win.restore_last_view()
        assert win.current_view == "today"
        assert win.editor is None
        assert ui_settings.get(keys.OPEN_DRAFT) == 0


def test_window_size_and_last_patient_are_remembered(qtbot, ctx, ui_settings):
    first = MainWindow(ctx, ui_settings, editor_factory=RecordingEditor)
    qtbot.addWidget(first)
    first.show()
    first.setWindowState(Qt.WindowState.WindowNoState)  # on a small screen it starts maximised
    first.resize(1200, 640)
    assert first.height() == 640  # the first start filled the (800 px) test screen
    patient = find_by_chart_no(ctx.db, "100004")
    first.open_patient(patient.id)
    first.close()
    again = MainWindow(ctx, ui_settings, editor_factory=RecordingEditor)
    qtbot.addWidget(again)
    again.restore_last_view()
    again.show()
    assert again.current_view == "patient"
    assert again.patient_view.patient.id == patient.id
    assert again.height() == 640  # (the width is bound by the test screen and the window's minimum)


def test_closing_flushes_the_editor_first(qtbot, window, ctx):
    window.open_visit(_draft_today(ctx).id)
    flushed = window.editor.flushes
    window.close()
    assert window.editor.flushes == flushed + 1


def test_a_missing_patient_is_a_message_in_the_window(qtbot, window):
    window.open_patient(987_654)
    assert window.banner.isVisible() and window.banner.kind == "error"
    assert window.banner.text == "No patient with id 987654."
    assert window.current_view == "today"


def test_new_visit_starts_a_draft_for_the_open_patient_and_opens_it(qtbot, window, ctx):
    patient = find_by_chart_no(ctx.db, "100010")
    window.open_patient(patient.id)
    window.app_actions.new_visit.trigger()
    assert window.current_view == "visit"
    visit = get_visit(ctx.db, window.editor.opened[-1])
    assert (visit.patient_id, visit.status, visit.practitioner_id) == (patient.id, "draft", ctx.user.id)


def test_close_waits_once_when_the_visits_last_edits_cannot_be_saved(qtbot, window, ctx):
    window.open_visit(_draft_today(ctx).id)
    window.show_view("today")
    window.editor.can_save = False  # e.g. the database is locked by a backup
    assert not window.close()
    assert window.isVisible() and window.current_view == "visit"
    assert window.banner.kind == "warning" and "Close again to quit anyway" in window.banner.text
    assert window.close()  # the user insists


def test_the_real_visit_editor_opens_todays_draft(qtbot, ctx, ui_settings):
    win = MainWindow(ctx, ui_settings)
    qtbot.addWidget(win)
    win.show()
    draft = _draft_today(ctx)
    win.open_visit(draft.id)
    assert win.current_view == "visit"
    assert win.editor.record().id == draft.id
    assert win.visit_menu.isEnabled() and win.visit_menu.actions()
    assert UiSettings(ui_settings.path).get(keys.OPEN_DRAFT) == draft.id
    win.close()


def test_print_buttons_open_the_preview_for_the_selected_visit_and_the_day(qtbot, window, ctx):
    from charting.ui.print_preview import DaySheetDialog, PrintPreviewDialog

    signed_row = next(i for i, v in enumerate(list_day(ctx.db, date.today())) if v.status == "signed")
    window.today.table.selectRow(signed_row)
    assert window.app_actions.print_summary.isEnabled()
    window.app_actions.print_summary.trigger()
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, PrintPreviewDialog) and w.isVisible()]
    assert len(previews) == 1 and previews[0].visit_id == window.today.selected_visit().id
    previews[0].close()
    window.app_actions.print_day.trigger()
    sheets = [w for w in QApplication.topLevelWidgets() if isinstance(w, DaySheetDialog) and w.isVisible()]
    assert len(sheets) == 1
    task = sheets[0].task
    with qtbot.waitSignal(task.finished, timeout=20_000):
        sheets[0].close()  # closing cancels the batch being built


def test_clinic_settings_open_from_the_file_menu(window, monkeypatch) -> None:
    from charting.ui.admin.dialog import ClinicSettingsDialog

    shown: list[str] = []
    monkeypatch.setattr(ClinicSettingsDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    file_menu = window.menuBar().actions()[0].menu()
    assert window.app_actions.clinic_settings in file_menu.actions()
    window.app_actions.clinic_settings.trigger()
    assert len(shown) == 1


def test_print_means_the_open_visit_in_the_editor_and_superbills_need_a_signature(window, ctx, monkeypatch) -> None:
    from charting.ui import print_preview

    shown: list[tuple[str, int]] = []
    monkeypatch.setattr(print_preview, "show_visit_summary", lambda parent, c, vid: shown.append(("summary", vid)))
    monkeypatch.setattr(print_preview, "show_superbill", lambda parent, c, vid: shown.append(("superbill", vid)))
    draft = _draft_today(ctx)
    window.open_visit(draft.id)
    assert window.current_view == "visit"
    assert window.app_actions.print_summary.isEnabled()
    assert not window.app_actions.print_superbill.isEnabled()  # a draft cannot be billed
    window.app_actions.print_summary.trigger()
    signed = next(v for v in list_day(ctx.db, date.today()) if v.status == "signed")
    window.open_visit(signed.id)
    assert window.app_actions.print_superbill.isEnabled()
    window.app_actions.print_superbill.trigger()
    assert shown == [("summary", draft.id), ("superbill", signed.id)]

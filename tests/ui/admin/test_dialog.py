"""The clinic settings dialog: who may change things, and nothing typed lost on closing."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from charting.ui.admin import dialog as dialog_module
from charting.ui.admin.dialog import ClinicSettingsDialog, open_clinic_settings
from charting.ui.context import AppContext


def _dialog(qtbot: QtBot, ctx: AppContext) -> ClinicSettingsDialog:
    window = ClinicSettingsDialog(ctx)
    qtbot.addWidget(window)
    return window


def _change_buttons(window: ClinicSettingsDialog) -> list[QPushButton]:
    return [
        window.clinic_page.save_button,
        window.users_page.save_button,
        window.users_page.add_button,
        window.fees_page.save_button,
        window.home_care_page.edit_button,
    ]


def test_practitioner_can_edit_every_page(qtbot: QtBot, ctx: AppContext) -> None:
    window = _dialog(qtbot, ctx)
    assert not window.read_only
    assert [window.tabs.tabText(i) for i in range(window.tabs.count())] == [
        "Clinic",
        "People",
        "Fee schedule",
        "Home care",
    ]
    assert all(not button.isHidden() for button in _change_buttons(window))


def test_front_desk_sees_everything_read_only(qtbot: QtBot, desk_ctx: AppContext) -> None:
    window = _dialog(qtbot, desk_ctx)
    assert window.read_only
    assert all(button.isHidden() for button in _change_buttons(window))
    assert window.clinic_page.name.isReadOnly() and window.clinic_page.name.text() == "Riverside Acupuncture"


def test_page_messages_reach_the_banner(qtbot: QtBot, ctx: AppContext) -> None:
    window = _dialog(qtbot, ctx)
    window.clinic_page.name.clear()
    window.clinic_page.save()
    assert window.banner.kind == "error" and window.banner.text == "Please correct the marked fields."


def test_closing_with_unsaved_edits_asks_and_can_be_cancelled(qtbot: QtBot, ctx: AppContext) -> None:
    window = _dialog(qtbot, ctx)
    window.show()
    window.clinic_page.phone.setText("(503) 555-0199")
    window.users_page.credentials.setText("MD")
    asked: list[list[str]] = []
    window.confirm_close = lambda unsaved: asked.append(unsaved) or False  # type: ignore[method-assign]
    window.reject()
    assert asked == [["Clinic", "People"]] and window.isVisible()
    assert window.clinic_page.phone.text() == "(503) 555-0199"
    window.confirm_close = lambda unsaved: True  # type: ignore[method-assign]
    window.reject()
    assert not window.isVisible()


def test_closing_without_edits_does_not_ask(qtbot: QtBot, ctx: AppContext) -> None:
    window = _dialog(qtbot, ctx)
    window.show()
    window.confirm_close = lambda unsaved: (_ for _ in ()).throw(AssertionError("asked"))  # type: ignore[method-assign]
    window.reject()
    assert not window.isVisible()


def test_open_clinic_settings_runs_the_dialog(qtbot: QtBot, ctx: AppContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[ClinicSettingsDialog] = []
    monkeypatch.setattr(dialog_module.ClinicSettingsDialog, "exec", lambda self: shown.append(self) or 0)
    open_clinic_settings(None, ctx)
    assert len(shown) == 1 and shown[0].windowTitle() == "Clinic settings"

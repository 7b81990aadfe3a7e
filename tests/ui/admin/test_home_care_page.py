"""The home-care page shows the clinic's templates and opens the shared templates editor."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from charting.ui.admin.home_care_page import HomeCarePage
from charting.ui.context import AppContext
from charting.ui.visit_editor.templates_dialog import TemplatesDialog
from charting.vocab import HomeCareTemplate, clinic_vocab_dir, load_vocabulary, save_home_care


def _page(qtbot: QtBot, ctx: AppContext, *, read_only: bool = False) -> HomeCarePage:
    page = HomeCarePage(ctx, read_only=read_only)
    qtbot.addWidget(page)
    return page


def test_shows_the_shipped_templates_until_the_clinic_has_its_own(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    shipped = load_vocabulary().home_care
    assert [page.titles.item(i).text() for i in range(page.titles.count())] == [t.title for t in shipped]
    page.titles.setCurrentRow(1)
    assert page.text.toPlainText() == shipped[1].text and page.text.isReadOnly()


def test_edits_saved_in_the_templates_dialog_are_shown(
    qtbot: QtBot, ctx: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, ctx)
    clinic_dir = clinic_vocab_dir(ctx.settings.data_dir)
    ours = [HomeCareTemplate("Rest", "Rest the treated area today."), HomeCareTemplate("Walk", "Walk 20 minutes.")]

    def user_saves(dialog: TemplatesDialog) -> int:
        save_home_care(clinic_dir, ours)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(TemplatesDialog, "exec", user_saves)
    with qtbot.waitSignal(page.message) as shown:
        page.edit_button.click()
    assert shown.args == ["Home-care templates saved.", "info"]
    assert page.templates == tuple(ours)
    assert page.titles.count() == 2 and page.text.toPlainText() == "Rest the treated area today."


def test_a_broken_clinic_file_is_reported_not_raised(qtbot: QtBot, ctx: AppContext) -> None:
    clinic_dir = clinic_vocab_dir(ctx.settings.data_dir)
    clinic_dir.mkdir(parents=True)
    (clinic_dir / "home_care.md").write_text("stray text\n## Rest\nRest.\n", encoding="utf-8")
    page = HomeCarePage(ctx, read_only=False)
    qtbot.addWidget(page)
    messages: list[tuple[str, str]] = []
    page.message.connect(lambda text, kind: messages.append((text, kind)))
    page.load()
    assert page.titles.count() == 0
    assert messages and messages[0][1] == "error" and "line 1" in messages[0][0]


def test_read_only_page_has_no_edit_button(qtbot: QtBot, desk_ctx: AppContext) -> None:
    assert _page(qtbot, desk_ctx, read_only=True).edit_button.isHidden()

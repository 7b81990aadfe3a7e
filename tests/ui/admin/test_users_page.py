"""The people page: adding practitioners, field messages, deactivating someone who left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from charting.domain.records import UserRecord
from charting.services import users
from charting.ui.admin.users_page import UsersPage
from charting.ui.context import AppContext


def _page(qtbot: QtBot, ctx: AppContext, *, read_only: bool = False) -> UsersPage:
    page = UsersPage(ctx, read_only=read_only)
    qtbot.addWidget(page)
    return page


def _names(page: UsersPage) -> list[str]:
    return [page.table.item(row, 0).text() for row in range(page.table.rowCount())]


def test_add_a_practitioner(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert page.details.title() == "New person" and not page.username.isReadOnly()
    qtbot.keyClicks(page.username, "dortiz")
    qtbot.keyClicks(page.display_name, "Daniel Ortiz")
    qtbot.keyClicks(page.credentials, "L.Ac.")
    qtbot.keyClicks(page.licence_no, "AC-31877")
    qtbot.keyClicks(page.npi, "1295837460")
    assert page.role.currentData() == "practitioner"
    with qtbot.waitSignal(page.message) as shown:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert shown.args == ["Added Daniel Ortiz.", "info"]
    added = next(u for u in users.list_users(ctx.db, role="practitioner") if u.username == "dortiz")
    assert (added.display_name, added.credentials, added.licence_no, added.npi, added.active) == (
        "Daniel Ortiz",
        "L.Ac.",
        "AC-31877",
        "1295837460",
        True,
    )
    assert "Daniel Ortiz" in _names(page)
    assert page.details.title() == "Daniel Ortiz" and page.username.isReadOnly()  # now editing them


def test_empty_name_shows_a_message_beside_the_field_and_stores_nothing(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    before = users.list_users(ctx.db, include_inactive=True)
    page.start_new()
    qtbot.keyClicks(page.username, "newbie")
    qtbot.keyClicks(page.credentials, "L.Ac.")
    with qtbot.waitSignal(page.message) as shown:
        assert page.save() is False
    assert shown.args == ["Please correct the marked fields.", "error"]
    assert page.field_error("display_name") == "A display name is required."
    assert page.field_error("username") == ""
    assert (page.username.text(), page.credentials.text()) == ("newbie", "L.Ac.")
    assert users.list_users(ctx.db, include_inactive=True) == before


def test_taken_user_name_is_reported_on_its_field(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    page.start_new()
    qtbot.keyClicks(page.username, ctx.user.username)
    qtbot.keyClicks(page.display_name, "Someone Else")
    assert page.save() is False
    assert "taken" in page.field_error("username")


def test_deactivated_user_is_gone_from_list_users_and_listed_as_left(
    qtbot: QtBot, ctx: AppContext, desk: UserRecord
) -> None:
    page = _page(qtbot, ctx)
    page.select_user(desk.id)
    assert page.active.isEnabled() and page.active.isChecked()
    page.active.setChecked(False)
    assert page.save() is True
    assert desk.id not in [u.id for u in users.list_users(ctx.db)]
    assert users.get_user(ctx.db, desk.id).active is False
    assert desk.display_name not in _names(page)
    page.show_inactive.setChecked(True)
    row = _names(page).index(desk.display_name)
    assert page.table.item(row, 3).text() == "Left (inactive)"


def test_you_cannot_deactivate_yourself_from_the_form(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    page.select_user(ctx.user.id)
    assert not page.active.isEnabled()
    assert "you cannot deactivate yourself" in page.note.text()


def test_editing_yourself_refreshes_the_signed_in_user(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    page.select_user(ctx.user.id)
    page.credentials.setText("L.Ac., DACM")
    assert page.save() is True
    assert ctx.user.credentials == "L.Ac., DACM"


@pytest.mark.parametrize("discard", [False, True])
def test_switching_person_with_unsaved_edits_asks_first(
    qtbot: QtBot, ctx: AppContext, desk: UserRecord, discard: bool
) -> None:
    page = _page(qtbot, ctx)
    page.select_user(ctx.user.id)
    page.credentials.setText("MD")
    asked: list[bool] = []
    page.confirm_discard = lambda: asked.append(True) or discard  # type: ignore[method-assign]
    page.select_user(desk.id)
    assert asked == [True]
    if discard:
        assert page.display_name.text() == desk.display_name
    else:
        assert (page.display_name.text(), page.credentials.text()) == (ctx.user.display_name, "MD")
        assert page.table.item(page.table.currentRow(), 0).text() == ctx.user.display_name


def test_read_only_page_offers_no_changes(qtbot: QtBot, desk_ctx: AppContext) -> None:
    page = _page(qtbot, desk_ctx, read_only=True)
    assert page.add_button.isHidden() and page.save_button.isHidden()
    assert page.display_name.isReadOnly() and not page.role.isEnabled() and not page.active.isEnabled()
    assert not page.is_dirty()
    page.display_name.setText("Changed")
    assert page.save() is False


def test_hiding_people_who_left_asks_once_before_dropping_edits_to_one_of_them(
    qtbot: QtBot, ctx: AppContext, desk: UserRecord
) -> None:
    users.update_user(
        ctx.db,
        user_id=desk.id,
        display_name=desk.display_name,
        credentials="",
        licence_no="",
        npi="",
        role=desk.role,
        active=False,
        updated_by=ctx.user.id,
    )
    page = _page(qtbot, ctx)
    page.show_inactive.setChecked(True)
    page.select_user(desk.id)
    page.display_name.setText("Sam R.")
    answers = [False, True]
    asked: list[bool] = []
    page.confirm_discard = lambda: asked.append(True) or answers.pop(0)  # type: ignore[method-assign]
    page.show_inactive.setChecked(False)  # declined: still shown, typing kept
    assert page.show_inactive.isChecked() and page.display_name.text() == "Sam R."
    page.show_inactive.setChecked(False)  # accepted: hidden, form moves on
    assert asked == [True, True]
    assert not page.show_inactive.isChecked() and desk.display_name not in _names(page)
    assert page.display_name.text() == ctx.user.display_name

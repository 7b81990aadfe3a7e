"""The clinic profile page stores the letterhead and keeps what was typed when it is refused."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from charting.db.models import AuditEntry
from charting.services import users
from charting.ui.admin.clinic_page import ClinicPage
from charting.ui.context import AppContext


def _page(qtbot: QtBot, ctx: AppContext, *, read_only: bool = False) -> ClinicPage:
    page = ClinicPage(ctx, read_only=read_only)
    qtbot.addWidget(page)
    return page


def test_edited_profile_is_stored_and_audited(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    assert page.name.text() == "Riverside Acupuncture" and not page.is_dirty()
    page.name.clear()
    qtbot.keyClicks(page.name, "Riverside Acupuncture & Wellness")
    qtbot.keyClicks(page.address, "12 Harbour Road, Suite 3")
    qtbot.keyClick(page.address, Qt.Key.Key_Return)
    qtbot.keyClicks(page.address, "Portland, OR 97201")
    qtbot.keyClicks(page.email, "front@riverside-acu.example")
    qtbot.keyClicks(page.tax_id, "93-1234567")
    qtbot.keyClicks(page.npi, "1730418265")
    assert page.is_dirty()
    with qtbot.waitSignal(page.message) as shown:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert shown.args == ["Clinic details saved.", "info"]
    clinic = users.get_clinic(ctx.db)
    assert clinic is not None
    assert (clinic.name, clinic.address, clinic.phone, clinic.email, clinic.tax_id, clinic.npi) == (
        "Riverside Acupuncture & Wellness",
        "12 Harbour Road, Suite 3\nPortland, OR 97201",
        "(503) 555-0142",
        "front@riverside-acu.example",
        "93-1234567",
        "1730418265",
    )
    assert not page.is_dirty()
    with ctx.db.reading() as session:
        last = session.scalars(select(AuditEntry).where(AuditEntry.entity == "clinic").order_by(AuditEntry.id)).all()
    assert last[-1].user_id == ctx.user.id


def test_refused_profile_shows_messages_beside_fields_and_keeps_the_typing(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    page.name.clear()
    qtbot.keyClicks(page.email, "front@riverside-acu.example")
    qtbot.keyClicks(page.npi, "17304")
    with qtbot.waitSignal(page.message) as shown:
        assert page.save() is False
    assert shown.args[1] == "error"
    assert page.field_error("name") == "The clinic name is required."
    assert page.field_error("npi") == "An NPI is exactly 10 digits."
    assert page.field_error("email") == ""
    assert (page.email.text(), page.npi.text()) == ("front@riverside-acu.example", "17304")
    assert users.get_clinic(ctx.db).name == "Riverside Acupuncture"  # type: ignore[union-attr]
    # Correcting the fields and saving again clears the messages.
    qtbot.keyClicks(page.name, "Riverside")
    page.npi.setText("1730418265")
    assert page.save() is True
    assert page.field_error("name") == "" and page.field_error("npi") == ""


def test_revert_drops_unsaved_edits(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    qtbot.keyClicks(page.phone, " ext 4")
    qtbot.mouseClick(page.revert_button, Qt.MouseButton.LeftButton)
    assert page.phone.text() == "(503) 555-0142" and not page.is_dirty()


def test_read_only_page_cannot_change_the_profile(qtbot: QtBot, desk_ctx: AppContext) -> None:
    page = _page(qtbot, desk_ctx, read_only=True)
    assert page.name.isReadOnly() and page.address.isReadOnly() and page.save_button.isHidden()
    page.name.setText("Something else")
    assert page.save() is False
    assert users.get_clinic(desk_ctx.db).name == "Riverside Acupuncture"  # type: ignore[union-attr]

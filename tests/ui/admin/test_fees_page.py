"""The fee schedule page: edits are stored per line, refused lines stay as typed with the reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDoubleSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from charting.db.models import AuditEntry
from charting.domain.billing import DEFAULT_FEES
from charting.services import billing
from charting.ui.admin.fees_page import CPT, DESCRIPTION, FEE, FeesPage
from charting.ui.context import AppContext


def _page(qtbot: QtBot, ctx: AppContext, *, read_only: bool = False) -> FeesPage:
    page = FeesPage(ctx, read_only=read_only)
    qtbot.addWidget(page)
    page.show()
    return page


def _type_fee(qtbot: QtBot, page: FeesPage, row: int, dollars: str, *, commit: bool = True) -> None:
    """Edit a fee the way a user does: open the cell's spin box, type, press Enter (if `commit`)."""
    page.table.setCurrentCell(row, FEE)
    page.table.editItem(page.table.item(row, FEE))
    editor = page.table.findChild(QDoubleSpinBox)
    assert editor is not None
    editor.selectAll()
    qtbot.keyClicks(editor, dollars)
    if commit:
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_schedule_starts_from_the_defaults(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    assert page.table.rowCount() == len(DEFAULT_FEES)
    row = page.row_of("acupuncture_initial")
    assert (page.table.item(row, 0).text(), page.table.item(row, CPT).text()) == ("Acupuncture, first 15 min", "97810")
    assert page.table.item(row, FEE).text() == "$85.00"
    assert not page.is_dirty()


def test_fee_edit_is_stored_and_audited(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    cupping = page.row_of("cupping")
    _type_fee(qtbot, page, cupping, "42.50")
    page.table.item(cupping, DESCRIPTION).setText("Cupping, stationary")
    assert page.is_dirty()
    with qtbot.waitSignal(page.message) as shown:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert shown.args == ["Fee schedule saved (1 line(s) changed).", "info"]
    stored = billing.fee_schedule(ctx.db)["cupping"]
    assert (stored.fee_cents, stored.description, stored.cpt_code) == (4250, "Cupping, stationary", "97140")
    assert billing.fee_schedule(ctx.db)["gua_sha"].fee_cents == 3000  # untouched lines unchanged
    assert page.table.item(cupping, FEE).text() == "$42.50" and not page.is_dirty()
    with ctx.db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "fee_schedule")).one()
    assert (entry.user_id, entry.detail["service"], entry.detail["fee_cents"]) == (ctx.user.id, "cupping", 4250)


def test_refused_line_keeps_the_typing_and_says_why(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    moxa, herbs = page.row_of("moxibustion"), page.row_of("herbs")
    page.table.item(moxa, CPT).setText("  ")
    _type_fee(qtbot, page, herbs, "30")
    with qtbot.waitSignal(page.message) as shown:
        assert page.save() is False
    assert shown.args[1] == "error" and "1 still need correcting" in shown.args[0]
    assert page.problem_text() == "Moxibustion: A CPT code is required."
    assert page.table.item(moxa, CPT).toolTip() == "A CPT code is required."
    assert page.table.item(moxa, DESCRIPTION).toolTip() == ""
    schedule = billing.fee_schedule(ctx.db)
    assert schedule["moxibustion"].cpt_code == "97799" and schedule["herbs"].fee_cents == 3000
    assert page.is_dirty()  # the refused line is still as typed, waiting to be corrected
    page.table.item(moxa, CPT).setText("97799")
    page.table.item(moxa, DESCRIPTION).setText("Moxibustion (unlisted service)")
    assert page.save() is True and page.problem_text() == ""


def test_read_only_table_cannot_be_edited(qtbot: QtBot, desk_ctx: AppContext) -> None:
    page = _page(qtbot, desk_ctx, read_only=True)
    assert page.save_button.isHidden()
    assert page.table.editTriggers() == page.table.EditTrigger.NoEditTriggers
    page.table.item(0, FEE).setData(Qt.ItemDataRole.UserRole, 1)
    assert page.save() is False
    assert billing.fee_schedule(desk_ctx.db)[DEFAULT_FEES[0].service].fee_cents == DEFAULT_FEES[0].fee_cents


def test_save_commits_a_fee_still_being_typed(qtbot: QtBot, ctx: AppContext) -> None:
    page = _page(qtbot, ctx)
    row = page.row_of("acupuncture_initial")
    _type_fee(qtbot, page, row, "99", commit=False)  # no Enter: the user goes straight for Save
    assert page.save() is True
    assert billing.fee_schedule(ctx.db)["acupuncture_initial"].fee_cents == 9900

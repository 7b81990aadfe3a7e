"""The preview dialog: shows the PDF, saves and prints exactly it, records the issue; day batches."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

from charting.config import Settings
from charting.db.session import Database
from charting.domain.records import UserRecord
from charting.errors import NotSignedError
from charting.reports import printing
from charting.services import visits
from charting.ui import print_preview
from charting.ui.context import AppContext
from tests.reports.conftest import VisitMaker
from tests.reports.pdf_text import page_count, pdf_text

START = datetime(2026, 11, 24, 15, 0, tzinfo=UTC)


@pytest.fixture
def ctx(db: Database, desk: UserRecord, tmp_path: Path) -> AppContext:
    return AppContext(db=db, settings=Settings(data_dir=tmp_path, db_url=db.url), user=desk)


def test_summary_preview_switches_copy_and_saves(
    qtbot,
    ctx: AppContext,
    make_visit: VisitMaker,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    visit_id = make_visit()
    dialog = print_preview.show_visit_summary(None, ctx, visit_id)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() >= 1 and dialog.print_button.isEnabled()
    assert not dialog.sections_button.isEnabled()
    dialog.copy_box.setCurrentIndex(1)
    assert dialog.sections_button.isEnabled() and dialog.file_name == f"summary-{visit_id}-patient.pdf"
    dialog.section_actions["home_care"].setChecked(False)
    assert "Heat pack" not in pdf_text(dialog.pdf)
    assert visits.get_visit(ctx.db, visit_id).documents == ()  # previews record nothing
    target = tmp_path / "out.pdf"
    assert dialog.save_to(target)
    assert target.read_bytes() == dialog.pdf
    [issued] = visits.get_visit(ctx.db, visit_id).documents
    assert issued.kind == "summary-patient" and issued.issued_by == "Front Desk"


def test_print_renders_every_page(qtbot, ctx: AppContext, make_visit: VisitMaker, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = print_preview.show_visit_summary(None, ctx, make_visit())
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    dialog.print_to(printer)
    assert page_count((tmp_path / "printed.pdf").read_bytes()) == dialog.document.pageCount()


def test_saving_to_an_unwritable_place_says_so(
    qtbot,
    ctx: AppContext,
    make_visit: VisitMaker,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    visit_id = make_visit()
    dialog = print_preview.show_visit_summary(None, ctx, visit_id)
    qtbot.addWidget(dialog)
    assert not dialog.save_to(tmp_path / "missing" / "x.pdf")
    assert "Could not save" in dialog.status.text()
    assert visits.get_visit(ctx.db, visit_id).documents == ()


def test_superbill_of_a_draft_opens_nothing(ctx: AppContext, make_visit: VisitMaker) -> None:
    with pytest.raises(NotSignedError):
        print_preview.show_superbill(None, ctx, make_visit(sign=False))


def test_day_batch_builds_in_the_background(
    qtbot,
    ctx: AppContext,
    make_visit: VisitMaker,  # type: ignore[no-untyped-def]
    tmp_path: Path,
) -> None:
    signed = make_visit(start=START)
    draft = make_visit(start=START.replace(hour=16), sign=False)
    dialog = print_preview.print_day(None, ctx, START.astimezone().date())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=20_000)
    assert dialog.document.pageCount() == page_count(dialog.pdf) >= 2
    assert not dialog.progress.isVisible()
    dialog.copies_box.setCurrentIndex(2)  # both copies: built again
    assert dialog.sheet is None and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.sheet is not None, timeout=20_000)
    assert [p.options.copy for p in dialog.sheet.parts] == ["clinician", "patient"] * 2
    assert dialog.save_to(tmp_path / "day.pdf")
    assert [d.kind for d in visits.get_visit(ctx.db, signed).documents] == ["summary-clinician", "summary-patient"]
    assert visits.get_visit(ctx.db, draft).documents == ()


def test_a_cancelled_batch_stops_and_records_nothing(ctx: AppContext, make_visit: VisitMaker) -> None:
    make_visit(start=START)
    with pytest.raises(printing.BatchCancelled):
        printing.build_day_sheet(ctx.db, START.astimezone().date(), cancelled=lambda: True)

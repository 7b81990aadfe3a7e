"""Visit summaries read back from the PDF: content, copies, signature state, drawing, fonts."""

from __future__ import annotations

from datetime import UTC, datetime

from charting.db.session import Database
from charting.domain.records import UserRecord
from charting.points import Catalog
from charting.reports.body_map import BodyMap
from charting.reports.options import SummaryOptions
from charting.reports.page import render_pdf
from charting.reports.printing import issue_summary
from charting.reports.sources import load_visit_document
from charting.reports.summary import render_summary, summary_meta, summary_story
from charting.services import visits
from tests.reports.conftest import VisitMaker
from tests.reports.pdf_text import embedded_fonts, pdf_text

SECRETS = ("SECRET-SUBJECTIVE", "SECRET-OBJECTIVE", "SECRET-TONGUE", "SECRET-PULSE", "SECRET-PATTERN", "M54.50")


def _normal(text: str) -> str:
    return " ".join(text.split())


def test_clinician_copy_holds_the_whole_record(db: Database, make_visit: VisitMaker, catalog: Catalog) -> None:
    visit_id = make_visit()
    text = _normal(pdf_text(render_summary(load_visit_document(db, visit_id), SummaryOptions(), catalog)))
    for expected in (
        "Dubois, Chloé",
        "14 May 1991",
        "Riverside Acupuncture",
        "Licence AC-1",
        "NPI 1234567890",
        "Acute lower-back spasm after lifting",
        "8/10 before treatment",
        "4/10 after",
        *SECRETS,
        "M62.830",
        "Heat pack 20 minutes",
        "1 week",
        "In 7, out 7",
        "Electronically signed by Dr. Mei Lin, L.Ac.",
        "Page 1 of",
        "Confidential patient information",
    ):
        assert expected in text, expected
    assert "24 Nov 2026" in text
    for code in ("GV14", "BL57", "LI4", "ST36"):
        point = catalog[code]
        for value in (point.code, point.pinyin, point.hanzi):
            assert value in text, value
    assert "DRAFT" not in text


def test_patient_copy_leaves_out_internal_notes(db: Database, make_visit: VisitMaker, catalog: Catalog) -> None:
    doc = load_visit_document(db, make_visit())
    text = _normal(pdf_text(render_summary(doc, SummaryOptions(copy="patient"), catalog)))
    for secret in SECRETS:
        assert secret not in text
    for expected in (
        "Your visit summary",
        "Dubois, Chloé",
        "Acute lower-back spasm",
        "Heat pack 20 minutes",
        "Please book your next visit in 1 week",
        catalog["ST36"].pinyin,
        catalog["ST36"].hanzi,
        "both sides",
    ):
        assert expected in text, expected


def test_patient_copy_sections_are_chosen_by_staff(db: Database, make_visit: VisitMaker, catalog: Catalog) -> None:
    doc = load_visit_document(db, make_visit())
    options = SummaryOptions(copy="patient", complaint=False, home_care=False, points=False)
    text = _normal(pdf_text(render_summary(doc, options, catalog)))
    assert "Acute lower-back spasm" not in text
    assert "Heat pack" not in text
    assert catalog["ST36"].pinyin not in text
    assert "Please book your next visit" in text


def test_draft_is_marked_in_words_and_watermark(db: Database, make_visit: VisitMaker, catalog: Catalog) -> None:
    doc = load_visit_document(db, make_visit(sign=False))
    assert summary_meta(doc, SummaryOptions()).draft
    text = pdf_text(render_summary(doc, SummaryOptions(), catalog))
    assert "DRAFT — not signed" in text
    assert "Electronically signed" not in text


def test_addenda_are_printed(db: Database, make_visit: VisitMaker, practitioner: UserRecord, catalog: Catalog) -> None:
    visit_id = make_visit()
    visits.add_addendum(
        db, visit_id=visit_id, user_id=practitioner.id, reason="Late entry", text="Patient phoned: no soreness."
    )
    text = _normal(pdf_text(render_summary(load_visit_document(db, visit_id), SummaryOptions(), catalog)))
    assert "Addenda" in text and "Late entry" in text and "Patient phoned: no soreness." in text


def _body_maps(story: list) -> list[BodyMap]:  # type: ignore[type-arg]
    found: list[BodyMap] = []
    for flowable in story:
        if isinstance(flowable, BodyMap):
            found.append(flowable)
        found += _body_maps(getattr(flowable, "_content", []))
    return found


def test_drawing_has_one_marker_per_treated_point_instance(
    db: Database, make_visit: VisitMaker, catalog: Catalog
) -> None:
    doc = load_visit_document(db, make_visit())
    options = SummaryOptions()
    story = summary_story(doc, options, catalog)
    render_pdf(story, summary_meta(doc, options))
    [body_map] = _body_maps(story)
    drawn = sorted((m.code, m.side, m.role) for m in body_map.drawn_markers)
    assert drawn == sorted(
        [
            ("GV14", "midline", "local"),
            ("BL57", "left", "local"),
            ("LI4", "left", "distal"),
            ("LI4", "right", "distal"),
            ("ST36", "left", "distal"),
            ("ST36", "right", "distal"),
        ]
    )
    assert [p.view.name for p in body_map.plan.panels] == ["anterior", "posterior"]
    assert {a.region.id for p in body_map.plan.panels for a in p.areas} == {"lumbar", "calf"}


def test_fonts_are_embedded_and_output_is_deterministic(db: Database, make_visit: VisitMaker, catalog: Catalog) -> None:
    doc = load_visit_document(db, make_visit())
    first = render_summary(doc, SummaryOptions(), catalog)
    assert render_summary(doc, SummaryOptions(), catalog) == first
    fonts = embedded_fonts(first)
    assert fonts and all(fonts.values()), fonts
    assert any("WenQuanYiMicroHei" in name for name in fonts)
    assert not any("Helvetica" in name for name in fonts)


def test_issued_copy_is_reused_until_an_addendum(
    db: Database, make_visit: VisitMaker, practitioner: UserRecord, desk: UserRecord, catalog: Catalog
) -> None:
    visit_id = make_visit()
    options = SummaryOptions()  # the clinician copy prints addenda
    first, record = issue_summary(db, visit_id, options=options, user_id=desk.id, catalog=catalog)
    again, record2 = issue_summary(db, visit_id, options=options, user_id=practitioner.id, catalog=catalog)
    assert again == first and record is not None and record2 is not None
    assert record2.sha256 == record.sha256 and record2.issued_by == "Dr. Mei Lin"
    visits.add_addendum(db, visit_id=visit_id, user_id=practitioner.id, reason="Correction", text="Left side.")
    amended, record3 = issue_summary(db, visit_id, options=options, user_id=desk.id, catalog=catalog)
    assert amended != first and record3 is not None and record3.sha256 != record.sha256
    assert len(visits.get_visit(db, visit_id).documents) == 3


def test_draft_summaries_are_not_recorded(
    db: Database, make_visit: VisitMaker, desk: UserRecord, catalog: Catalog
) -> None:
    visit_id = make_visit(sign=False, start=datetime(2026, 11, 24, 9, 0, tzinfo=UTC))
    pdf, record = issue_summary(db, visit_id, options=SummaryOptions(), user_id=desk.id, catalog=catalog)
    assert pdf.startswith(b"%PDF") and record is None
    assert visits.get_visit(db, visit_id).documents == ()


def test_names_in_any_script_print_as_written(
    db: Database, make_visit: VisitMaker, desk: UserRecord, catalog: Catalog
) -> None:
    from datetime import date

    from charting.domain.records import PatientData
    from charting.services import patients

    data = PatientData(family_name="王", given_name="秀英", preferred_name="Xiùyīng", date_of_birth=date(1979, 2, 1))
    chinese = patients.create_patient(db, data=data, user_id=desk.id)
    visit_id = make_visit(patient=chinese.id, chief_complaint="Крампи в икрах — calf cramps")
    text = _normal(pdf_text(render_summary(load_visit_document(db, visit_id), SummaryOptions(), catalog)))
    assert "王, 秀英" in text
    assert "Крампи в икрах" in text

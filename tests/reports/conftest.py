"""A small hand-made body figure family (so drawing tests do not depend on the generated art) and
charted, signed visits in a fresh database."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from charting.db.session import Database
from charting.domain.records import AreaData, ModalityData, PatientData, PointData, UserRecord, VisitData
from charting.paths import POINTS_DIR
from charting.points import Catalog, read_catalog
from charting.services import patients, users, visits

# An arc, a quadratic and relative commands: the parser's whole repertoire in one outline.
SILHOUETTE = (
    "M200 20 a45 45 0 1 1 0.1 0 Z M150 120 Q200 100 250 120 L330 160 l40 320 h-30 L300 200 "
    "L290 560 L280 960 H220 L200 600 L180 960 H120 L110 560 L100 200 L60 480 h-30 l40 -320 Z"
)
VIEWS = [
    {
        "name": "anterior",
        "title": "Front",
        "svg": "anterior.svg",
        "width": 400,
        "height": 1000,
        "cun_px": 30,
        "kind": "body",
    },
    {
        "name": "posterior",
        "title": "Back",
        "svg": "posterior.svg",
        "width": 400,
        "height": 1000,
        "cun_px": 30,
        "kind": "body",
    },
]
PLACEMENTS = [
    ("LI4", "anterior", "right", 52, 470),
    ("LI4", "anterior", "left", 348, 470),
    ("ST36", "anterior", "right", 160, 700),
    ("ST36", "anterior", "left", 240, 700),
    ("CV12", "anterior", "midline", 200, 330),
    ("GB20", "posterior", "left", 180, 95),
    ("GB20", "posterior", "right", 220, 95),
    ("GV14", "posterior", "midline", 200, 135),
    ("BL57", "posterior", "left", 150, 800),
    ("BL57", "posterior", "right", 250, 800),
]
REGIONS = {
    "posterior": [
        {
            "id": "lumbar",
            "name": "Lumbar",
            "side": "midline",
            "polygon": [[160, 380], [240, 380], [240, 460], [160, 460]],
            "spine": ["L1", "S1"],
        },
        {"id": "calf", "name": "Calf", "side": "left", "polygon": [[125, 720], [185, 720], [180, 880], [130, 880]]},
    ]
}


def write_figures(folder: Path) -> Path:
    family = folder / "body"
    family.mkdir(parents=True)
    for view in VIEWS:
        (family / view["svg"]).write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 1000">'
            f'<path id="silhouette" d="{SILHOUETTE}" fill="#f5e6da" stroke="#4f4743" stroke-width="1.6"/>'
            '<g id="landmarks" fill="none" stroke="#8d7e75" stroke-width="1.1">'
            '<path d="M200 130 V560"/><path d="M170 300 c10 8 50 8 60 0" stroke-width="0.9"/></g></svg>',
            encoding="utf-8",
        )
    (family / "views.json").write_text(json.dumps(VIEWS), encoding="utf-8")
    rows = ["code,view,side,x,y", *(",".join(map(str, p)) for p in PLACEMENTS)]
    (family / "placements.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (family / "regions.json").write_text(json.dumps(REGIONS), encoding="utf-8")
    return folder


@pytest.fixture(scope="session")
def catalog(tmp_path_factory: pytest.TempPathFactory) -> Catalog:
    return read_catalog(POINTS_DIR, write_figures(tmp_path_factory.mktemp("figures")))


def charted_visit_data(start: datetime, **overrides: object) -> VisitData:
    data = VisitData(
        started_at=start,
        face_to_face_minutes=40,
        chief_complaint="Acute lower-back spasm after lifting",
        subjective="SECRET-SUBJECTIVE sleeps badly since the injury",
        objective="SECRET-OBJECTIVE taut band left erector spinae",
        tongue_body="SECRET-TONGUE purple",
        pulse={"overall": "SECRET-PULSE wiry"},
        tcm_pattern="SECRET-PATTERN Qi and Blood stagnation",
        treatment_principle="Move Qi and Blood",
        icd10_codes=["M54.50", "M62.830"],
        pain_before=8,
        pain_after=4,
        home_care="Heat pack 20 minutes; keep moving gently.",
        follow_up="1 week",
        needles_in=7,
        needles_out=7,
        areas=[AreaData("lumbar", "midline", "spasm", 8), AreaData("calf", "left", "pain", 4)],
        points=[
            PointData("GV14", "midline", "local", technique="even", depth_cun=0.8, retention_minutes=20),
            PointData("BL57", "left", "local", technique="reduce", depth_cun=1.0, retention_minutes=20),
            PointData("LI4", "bilateral", "distal", technique="even", depth_cun=0.6, retention_minutes=20),
            PointData("ST36", "bilateral", "distal", technique="tonify", depth_cun=1.0, retention_minutes=20),
        ],
        modalities=[ModalityData("cupping", "lower back", 8)],
    )
    return replace(data, **overrides)  # type: ignore[arg-type]


VisitMaker = Callable[..., int]


@pytest.fixture
def patient_id(db: Database, desk: UserRecord) -> int:
    data = PatientData(
        family_name="Dubois", given_name="Chloé", date_of_birth=date(1991, 5, 14), address="12 Mill Lane"
    )
    return patients.create_patient(db, data=data, user_id=desk.id).id


@pytest.fixture
def make_visit(db: Database, practitioner: UserRecord, patient_id: int) -> VisitMaker:
    """Chart a visit (signed unless sign=False) and return its id."""
    users.save_clinic(
        db,
        name="Riverside Acupuncture",
        address="12 Harbour Road",
        phone="(503) 555-0142",
        tax_id="93-1234567",
        npi="1730418265",
    )

    def make(
        *, start: datetime | None = None, sign: bool = True, patient: int | None = None, **overrides: object
    ) -> int:
        start = start or datetime(2026, 11, 24, 15, 0, tzinfo=UTC)
        visit = visits.start_visit(
            db,
            patient_id=patient or patient_id,
            practitioner_id=practitioner.id,
            user_id=practitioner.id,
            started_at=start,
        )
        saved = visits.save_visit(
            db,
            visit_id=visit.id,
            data=charted_visit_data(start, **overrides),
            expected_version=visit.version,
            user_id=practitioner.id,
        )
        if sign:
            visits.sign_visit(db, visit_id=visit.id, expected_version=saved.version, user_id=practitioner.id)
        return visit.id

    return make

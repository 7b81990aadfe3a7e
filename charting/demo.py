"""Realistic demo content: a small clinic's last six months, for trying the app and for training.

Everything goes through the services, so demo data obeys the same rules and leaves the same
audit trail as real charting.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta

from charting.db.session import Database
from charting.domain.point_merge import assign_point_roles
from charting.domain.records import AreaData, ModalityData, PatientData, PointData, VisitData
from charting.errors import DomainError
from charting.services import users, visits
from charting.services.patients import create_patient
from charting.services.protocols import seed_starter_protocols

FAMILY = [
    "García",
    "Nguyen",
    "Smith",
    "O'Connor",
    "Müller",
    "Kowalski",
    "Chen",
    "Okafor",
    "Rossi",
    "Johansson",
    "Dubois",
    "Patel",
    "Kim",
    "Hernández",
    "Novák",
    "Andersen",
    "Yilmaz",
    "Silva",
    "Brown",
    "Lefèvre",
    "Tanaka",
    "Ivanova",
    "Murphy",
    "Haddad",
    "Wong",
    "Schmidt",
]
GIVEN_F = [
    "Ana",
    "Chloé",
    "Mei",
    "Siobhan",
    "Zoë",
    "Priya",
    "Fatima",
    "Ingrid",
    "Sofia",
    "Hana",
    "Laura",
    "Olga",
    "Grace",
    "Amara",
]
GIVEN_M = [
    "Lucas",
    "Minh",
    "James",
    "Jürgen",
    "Tomasz",
    "Wei",
    "Chidi",
    "Marco",
    "Erik",
    "Rahul",
    "Joon",
    "Diego",
    "Pavel",
    "Kenji",
]
STREETS = ["Elm Street", "Harbour Road", "Mill Lane", "Oak Avenue", "Station Road", "Rue des Lilas"]


@dataclass(frozen=True)
class Case:
    complaint: str
    areas: tuple[AreaData, ...]
    points: tuple[tuple[str, str], ...]
    pattern: str
    principle: str
    icd10: tuple[str, ...]
    home_care: str
    modalities: tuple[ModalityData, ...] = ()


CASES = [
    Case(
        "Night cramps in the left calf for three weeks",
        (AreaData("calf", "left", "spasm", 7),),
        (
            ("BL57", "left"),
            ("BL56", "left"),
            ("BL40", "left"),
            ("GB34", "bilateral"),
            ("LR3", "bilateral"),
            ("SP6", "bilateral"),
        ),
        "Blood deficiency failing to nourish the sinews",
        "Nourish Blood, relax the sinews",
        ("R25.2", "M62.831"),
        "Drink water with electrolytes through the day; gentle calf stretch before bed; warm the calf.",
    ),
    Case(
        "Stiff neck and upper trapezius spasm after desk work",
        (
            AreaData("upper_trapezius", "left", "spasm", 6),
            AreaData("upper_trapezius", "right", "tension", 4),
            AreaData("cervical", "midline", "pain", 5),
        ),
        (
            ("GB20", "bilateral"),
            ("GB21", "bilateral"),
            ("BL10", "bilateral"),
            ("SI14", "left"),
            ("SI3", "bilateral"),
            ("TE5", "right"),
            ("LI4", "bilateral"),
        ),
        "Qi and Blood stagnation",
        "Move Qi and Blood, relax the sinews",
        ("M62.838", "M54.2"),
        "Heat on the neck 15 minutes twice a day; take a break from the screen every 30 minutes.",
        (ModalityData("cupping", "upper trapezius, both sides", 8),),
    ),
    Case(
        "Acute lower-back spasm after lifting",
        (AreaData("lumbar", "midline", "spasm", 8), AreaData("lower_back", "left", "pain", 6)),
        (
            ("BL23", "bilateral"),
            ("BL25", "bilateral"),
            ("GV4", "midline"),
            ("BL52", "left"),
            ("BL40", "bilateral"),
            ("BL60", "bilateral"),
            ("EX-UE7", "right"),
        ),
        "Qi and Blood stagnation in the Bladder channel",
        "Move Qi and Blood, stop pain",
        ("M54.50", "M62.830"),
        "Keep moving gently; heat pack 20 minutes; avoid lifting for a week.",
        (ModalityData("heat_lamp", "lumbar region", 20),),
    ),
    Case(
        "Chronic low-back ache, worse in cold and damp weather",
        (AreaData("lumbar", "midline", "pain", 5),),
        (("BL23", "bilateral"), ("GV4", "midline"), ("BL40", "bilateral"), ("KI3", "bilateral")),
        "Wind-Cold-Damp Bi",
        "Expel Wind-Damp, warm the channels",
        ("M54.50",),
        "Keep the lower back warm; gentle walking daily.",
        (ModalityData("moxibustion", "GV4 and BL23", 10),),
    ),
    Case(
        "Tension headaches and poor sleep with work stress",
        (AreaData("temple", "left", "pain", 5), AreaData("temple", "right", "pain", 5)),
        (
            ("LI4", "bilateral"),
            ("LR3", "bilateral"),
            ("EX-HN3", "midline"),
            ("GV20", "midline"),
            ("HT7", "bilateral"),
            ("PC6", "bilateral"),
        ),
        "Liver Qi stagnation",
        "Soothe the Liver, calm the Shen",
        ("G44.209", "G47.00"),
        "Breathing exercise before sleep; limit caffeine after noon.",
    ),
]
TONGUES = [
    ("pale", "thin white", "normal"),
    ("red sides", "thin yellow", "normal"),
    ("purple", "thin white", "swollen"),
    ("pale", "white greasy", "tooth-marked"),
]
PULSES = ["wiry", "thin", "choppy", "wiry, slippery", "thin, weak"]


def _patient(rng: random.Random, i: int) -> PatientData:
    female = rng.random() < 0.6
    given = rng.choice(GIVEN_F if female else GIVEN_M)
    born = date(rng.randint(1948, 2004), rng.randint(1, 12), rng.randint(1, 28))
    return PatientData(
        family_name=rng.choice(FAMILY),
        given_name=given,
        date_of_birth=born,
        sex="female" if female else "male",
        phone=f"555-{rng.randint(100, 999)}-{1000 + i:04d}",
        email=f"{given.lower()}.{i}@example.org",
        address=f"{rng.randint(1, 200)} {rng.choice(STREETS)}",
        emergency_contact=f"Partner, 555-{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        allergies=rng.choice(["", "", "Penicillin", "Latex", "Nickel"]),
        medications=rng.choice(["", "", "Ibuprofen as needed", "Levothyroxine 50 µg", "Sertraline 50 mg"]),
        medical_history=rng.choice(["", "Hypertension, controlled", "Migraine since teens", "Knee surgery 2015"]),
    )


def _visit_data(rng: random.Random, case: Case, step: int, course: int, start: datetime) -> VisitData:
    """Visit `step` of a course of `course`: pain falls over the course, as it should when it works."""
    pain_before = max(1, round(case.areas[0].severity - step * 5 / max(course, 1)))
    body, coat, shape = rng.choice(TONGUES)
    points = [
        PointData(
            code=c,
            side=s,
            technique="even",
            depth_cun=round(rng.uniform(0.5, 1.2), 1),
            retention_minutes=20,
            de_qi=True,
        )
        for c, s in case.points
    ]
    needles = sum(2 if p.side == "bilateral" else 1 for p in points)
    areas = [replace(a, severity=max(1, a.severity - step)) for a in case.areas]
    return VisitData(
        started_at=start,
        face_to_face_minutes=rng.choice([25, 30, 40, 45]),
        chief_complaint=case.complaint if step == 0 else f"Follow-up: {case.complaint[0].lower()}{case.complaint[1:]}",
        subjective=f"Visit {step + 1} of the course. Sleep {'better' if step else 'disturbed'}.",
        objective="Palpable taut band in the affected muscle; range of motion limited by pain.",
        tongue_body=body,
        tongue_coat=coat,
        tongue_shape=shape,
        pulse={"overall": rng.choice(PULSES), "left_guan": "wiry"},
        tcm_pattern=case.pattern,
        treatment_principle=case.principle,
        icd10_codes=list(case.icd10),
        pain_before=pain_before,
        pain_after=max(0, pain_before - rng.randint(2, 3)),
        home_care=case.home_care,
        follow_up="1 week",
        needles_in=needles,
        needles_out=needles,
        areas=areas,
        points=assign_point_roles(points, areas),
        modalities=list(case.modalities),
    )


def _at(day: date, hour: int, minute: int) -> datetime:
    return datetime.combine(day, time(hour, minute)).astimezone().astimezone(UTC)


def fill_demo_data(db: Database, *, patients: int = 40, seed: int = 7, today: date | None = None) -> str:
    """Fill an empty database; refuses one that already holds patients, so nothing real is mixed in."""
    if patients_exist(db):
        raise DomainError("This database already holds patients; demo data only goes into an empty one.")
    rng = random.Random(seed)
    today = today or date.today()
    desk = users.create_user(db, username="sam", display_name="Sam Reyes", role="front_desk")
    lin = users.create_user(
        db,
        username="mlin",
        display_name="Dr. Mei Lin",
        role="practitioner",
        credentials="L.Ac., DACM",
        licence_no="AC-20931",
        npi="1487659203",
        created_by=desk.id,
    )
    ortiz = users.create_user(
        db,
        username="dortiz",
        display_name="Daniel Ortiz",
        role="practitioner",
        credentials="L.Ac.",
        licence_no="AC-31877",
        npi="1295837460",
        created_by=desk.id,
    )
    users.save_clinic(
        db,
        name="Riverside Acupuncture & Wellness",
        address="12 Harbour Road, Suite 3\nPortland, OR 97201",
        phone="(503) 555-0142",
        email="front@riverside-acu.example",
        tax_id="93-1234567",
        npi="1730418265",
        user_id=lin.id,
    )
    seed_starter_protocols(db)
    visit_count = 0
    slots = iter(sorted(rng.sample(range(8 * 4), k=min(patients, 8 * 4))))  # today's quarter-hours
    for i in range(patients):
        data = _patient(rng, i)
        if i == 0:
            data = replace(
                data,
                sex="female",
                given_name="Chloé",
                family_name="Dubois",
                date_of_birth=date(1991, 5, 14),
                pregnant=True,
                due_date=today + timedelta(weeks=18),
            )
        elif i == 1:
            data = replace(
                data,
                pacemaker=True,
                anticoagulants=True,
                date_of_birth=date(1946, 2, 3),
                medications="Warfarin 5 mg; bisoprolol 2.5 mg",
            )
        elif i == 2:
            data = replace(data, needle_sensitivity=True, diabetes=True)
        record = create_patient(db, data=data, user_id=desk.id)
        case = CASES[i % len(CASES)]
        course = rng.randint(2, 6)
        practitioner = lin if i % 3 else ortiz
        first = today - timedelta(days=rng.randint(7 * course, 180))
        comes_today = i < 8
        for step in range(course):
            day = first + timedelta(days=7 * step + rng.randint(0, 2))
            last = step == course - 1
            if comes_today and last:
                slot = next(slots)
                day, hour, minute = today, 9 + slot // 4, 15 * (slot % 4)
            elif day >= today:
                break
            else:
                hour, minute = rng.randint(9, 17), rng.choice([0, 15, 30, 45])
            start = _at(day, hour, minute)
            visit = visits.start_visit(
                db,
                patient_id=record.id,
                practitioner_id=practitioner.id,
                user_id=practitioner.id,
                started_at=start,
            )
            content = _visit_data(rng, case, step, course, start)
            if comes_today and last and i % 2 == 0:
                # Still being charted: a draft without the after-treatment findings yet.
                content = replace(content, pain_after=None, needles_out=None)
            saved = visits.save_visit(
                db, visit_id=visit.id, data=content, expected_version=visit.version, user_id=practitioner.id
            )
            if not (comes_today and last and i % 2 == 0):
                visits.sign_visit(db, visit_id=visit.id, expected_version=saved.version, user_id=practitioner.id)
            visit_count += 1
    return f"{patients} patients, {visit_count} visits, 3 users"


def patients_exist(db: Database) -> bool:
    from sqlalchemy import select

    from charting.db.models import Patient

    with db.reading() as session:
        return session.scalar(select(Patient.id).limit(1)) is not None

"""Superbill lines: which CPT codes a visit earns, in how many units, at the clinic's fees.

Acupuncture is billed by face-to-face time in 15-minute units. 97810 (without electrical
stimulation) or 97813 (with it) covers the initial 15 minutes and may be billed once per patient
per day; 97811 / 97814 cover each additional 15 minutes with re-insertion of needles. Units follow
the CMS "8-minute" convention: a unit counts once at least 8 minutes of it were spent, so

    units = minutes // 15 + (1 if minutes % 15 >= 8 else 0)

of which the first is the initial code (unless the patient already had one that day) and the rest
are add-on units. Fewer than 8 minutes bill no acupuncture unit at all. When electro-acupuncture was
used in the visit, every unit uses the e-stim codes (97813 / 97814): the chart records e-stim per
point, not per 15-minute block, so the practitioner checks mixed sessions by hand (the superbill
says so). Other services (cupping, moxibustion, ...) bill one unit each at the clinic's fee.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Final

from charting.domain.records import VisitData

UNIT_MINUTES: Final = 15
MIN_UNIT_MINUTES: Final = 8
MAX_POINTERS: Final = 4  # a CMS-1500 service line points to at most four diagnoses
POINTER_LETTERS: Final = "ABCDEFGHIJKL"  # and a claim lists at most twelve

ACUPUNCTURE_SERVICES: Final = {
    (False, True): "acupuncture_initial",
    (False, False): "acupuncture_additional",
    (True, True): "acupuncture_estim_initial",
    (True, False): "acupuncture_estim_additional",
}
# Modalities that are not a separate service line: e-stim is billed through 97813/97814.
NOT_BILLED_SEPARATELY: Final = frozenset({"e_stim"})


@dataclass(frozen=True)
class FeeItem:
    service: str
    cpt_code: str
    description: str
    fee_cents: int


# Seeded into an empty fee schedule; every clinic sets its own fees (and, for the non-acupuncture
# services, the code its payers accept) in the fee schedule editor.
DEFAULT_FEES: Final = (
    FeeItem("acupuncture_initial", "97810", "Acupuncture, initial 15 min, without e-stim", 8500),
    FeeItem("acupuncture_additional", "97811", "Acupuncture, each additional 15 min, re-insertion", 5000),
    FeeItem("acupuncture_estim_initial", "97813", "Acupuncture with e-stim, initial 15 min", 9500),
    FeeItem("acupuncture_estim_additional", "97814", "Acupuncture with e-stim, each additional 15 min", 5500),
    FeeItem("cupping", "97140", "Cupping (manual therapy technique)", 3000),
    FeeItem("gua_sha", "97140", "Gua sha (manual therapy technique)", 3000),
    FeeItem("moxibustion", "97799", "Moxibustion (unlisted physical medicine service)", 2500),
    FeeItem("heat_lamp", "97026", "Infrared heat lamp", 1500),
    FeeItem("tui_na", "97124", "Tui na massage", 4000),
    FeeItem("ear_seeds", "97799", "Auricular seeds (unlisted physical medicine service)", 1500),
    FeeItem("herbs", "99070", "Herbal supplies", 2500),
)


@dataclass(frozen=True)
class ServiceLine:
    cpt_code: str
    description: str
    units: int
    fee_cents: int  # per unit
    pointers: str  # diagnosis letters, e.g. "AB"

    @property
    def amount_cents(self) -> int:
        return self.units * self.fee_cents


@dataclass(frozen=True)
class Superbill:
    diagnoses: tuple[tuple[str, str], ...]  # (pointer letter, ICD-10 code)
    lines: tuple[ServiceLine, ...]
    notes: tuple[str, ...]

    @property
    def total_cents(self) -> int:
        return sum(line.amount_cents for line in self.lines)


def acupuncture_units(minutes: int, *, initial_available: bool = True) -> tuple[int, int]:
    """(initial units, additional units) for `minutes` of face-to-face acupuncture time."""
    if minutes < 0:
        raise ValueError("minutes cannot be negative")
    units = minutes // UNIT_MINUTES + (1 if minutes % UNIT_MINUTES >= MIN_UNIT_MINUTES else 0)
    if units == 0:
        return 0, 0
    return (1, units - 1) if initial_available else (0, units)


def uses_estim(data: VisitData) -> bool:
    return any(p.estim for p in data.points) or any(m.kind == "e_stim" for m in data.modalities)


def needled(data: VisitData) -> bool:
    return bool(data.points) or bool(data.needles_in)


def superbill_for(data: VisitData, fees: Mapping[str, FeeItem], *, initial_billed_today: bool) -> Superbill:
    """The superbill of a signed visit; `initial_billed_today` when an earlier visit of the same
    patient that day already carried 97810 or 97813."""
    codes = list(dict.fromkeys(c.strip().upper() for c in data.icd10_codes if c.strip()))
    diagnoses = tuple(zip(POINTER_LETTERS, codes, strict=False))
    pointers = "".join(letter for letter, _ in diagnoses[:MAX_POINTERS])
    notes: list[str] = []
    if len(codes) > len(POINTER_LETTERS):
        notes.append(f"Only the first {len(POINTER_LETTERS)} ICD-10 codes fit on a claim.")
    lines: list[ServiceLine] = []

    def add(service: str, units: int) -> None:
        item = fees.get(service)
        if item is None:
            notes.append(f"No fee schedule entry for {service.replace('_', ' ')}: not billed.")
            return
        lines.append(ServiceLine(item.cpt_code, item.description, units, item.fee_cents, pointers))

    if needled(data):
        minutes = data.face_to_face_minutes
        if minutes is None:
            notes.append("Face-to-face minutes were not recorded: acupuncture units cannot be billed.")
        else:
            estim = uses_estim(data)
            initial, additional = acupuncture_units(minutes, initial_available=not initial_billed_today)
            if initial == additional == 0:
                notes.append(f"{minutes} face-to-face minutes is under the {MIN_UNIT_MINUTES} needed to bill a unit.")
            if initial:
                add(ACUPUNCTURE_SERVICES[(estim, True)], initial)
            if additional:
                add(ACUPUNCTURE_SERVICES[(estim, False)], additional)
            if initial_billed_today:
                notes.append("An initial acupuncture code was billed earlier today: add-on units only.")
            if estim:
                notes.append("E-stim codes applied to every unit; adjust by hand if e-stim covered only part.")
            notes.append(f"{minutes} face-to-face minutes; a 15-minute unit is billed from {MIN_UNIT_MINUTES} minutes.")
    for kind in dict.fromkeys(m.kind for m in data.modalities):
        if kind not in NOT_BILLED_SEPARATELY:
            add(kind, 1)
    return Superbill(diagnoses=diagnoses, lines=tuple(lines), notes=tuple(notes))

"""How dates, sides, techniques and other values read on paper (no ReportLab here)."""

from __future__ import annotations

from datetime import date, datetime

from charting.domain.records import PointData, UserRecord

MODALITY_NAMES = {
    "cupping": "Cupping",
    "gua_sha": "Gua sha",
    "moxibustion": "Moxibustion",
    "e_stim": "Electro-stimulation",
    "heat_lamp": "Heat lamp",
    "tui_na": "Tui na massage",
    "ear_seeds": "Ear seeds",
    "herbs": "Herbs",
}
PULSE_LABELS = {"cun": "Cun", "guan": "Guan", "chi": "Chi"}
PATIENT_SIDES = {"left": "left side", "right": "right side", "bilateral": "both sides", "midline": "centre line"}


def day_text(value: date) -> str:
    return f"{value.day} {value:%b %Y}"


def local(value: datetime) -> datetime:
    return value.astimezone()


def when_text(value: datetime) -> str:
    """Aware UTC → the workstation's local day and time, as the clinic reads its schedule."""
    value = local(value)
    return f"{value:%a} {day_text(value.date())}, {value:%H:%M}"


def span_text(start: datetime | None, end: datetime | None) -> str:
    if start is None:
        return "—"
    text = when_text(start)
    if end is not None and local(end).date() == local(start).date():
        text += f"–{local(end):%H:%M}"
    return text


def age_on(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def birth_text(born: date | None, on: date) -> str:
    if born is None:
        return "—"
    return f"{day_text(born)} (age {age_on(born, on)})"


def provider_text(user: UserRecord) -> str:
    return f"{user.display_name}, {user.credentials}" if user.credentials else user.display_name


def pain_text(before: int | None, after: int | None) -> str:
    if before is None and after is None:
        return "not recorded"
    b = "—" if before is None else f"{before}/10"
    a = "not recorded" if after is None else f"{after}/10"
    return f"{b} before treatment → {a} after"


def technique_text(point: PointData) -> str:
    parts = [point.technique] if point.technique else []
    if point.angle:
        parts.append(point.angle)
    needle = " ".join(p for p in (point.needle_gauge, point.needle_length) if p)
    if needle:
        parts.append(f"needle {needle}")
    if point.de_qi:
        parts.append("de qi")
    if point.estim:
        parts.append(f"e-stim {point.estim_hz:g} Hz" if point.estim_hz else "e-stim")
    if point.moxa:
        parts.append("moxa")
    if point.note:
        parts.append(point.note)
    return ", ".join(parts) or "—"


def money(cents: int) -> str:
    return f"${cents // 100:,}.{cents % 100:02d}"

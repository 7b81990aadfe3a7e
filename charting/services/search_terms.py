"""How patients are found: every name part, the chart number, phone digits and birth date are
indexed as separate normalised prefixes, so a keystroke is one index range scan per word."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from charting.domain.records import PatientData

_WORD = re.compile(r"[\w']+", re.UNICODE)
_DATE_FORMS = (
    re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"),  # 1984-03-07
    re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$"),  # 07.03.1984 or 07/03/1984 (day first)
)


def fold(text: str) -> str:
    """Case- and accent-insensitive form ("Zoë" -> "zoe"); CJK and other scripts pass unchanged."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def patient_terms(chart_no: str, data: PatientData) -> set[str]:
    terms = {fold(chart_no)}
    for name in (data.family_name, data.given_name, data.preferred_name):
        folded = fold(name)
        terms.update(_WORD.findall(folded))
        if folded.strip():
            terms.add(folded.strip())  # whole multi-word name too ("van der berg")
    phone = digits(data.phone)
    if phone:
        terms.add(phone)
        if len(phone) > 7:
            terms.add(phone[-7:])  # local number without the area code
    if data.date_of_birth:
        terms.add(data.date_of_birth.isoformat())
    return {t[:120] for t in terms if t}


def query_words(query: str) -> list[str]:
    """Split a typed query into the prefixes to look up; dates and phone numbers stay whole."""
    text = query.strip()
    if not text:
        return []
    as_date = parse_date(text)
    if as_date is not None:
        return [as_date.isoformat()]
    if digits(text) and not re.search(r"[^\d\s()+\-./]", text):
        return [digits(text)]
    return _WORD.findall(fold(text))


def parse_date(text: str) -> date | None:
    for form in _DATE_FORMS:
        m = form.match(text.strip())
        if not m:
            continue
        parts = [int(g) for g in m.groups()]
        year, month, day = parts if form is _DATE_FORMS[0] else (parts[2], parts[1], parts[0])
        try:
            return date(year, month, day)
        except ValueError:
            return None
    return None


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with `prefix` (for range scans)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)

"""Patient search at the edges of its index scan: limits, repeated hits, word order, ranking."""

from __future__ import annotations

from datetime import date

from charting.db.session import Database
from charting.domain.records import PatientData, UserRecord
from charting.services import patients


def _add(db: Database, user: UserRecord, family: str, given: str, **extra: object) -> int:
    data = PatientData(family_name=family, given_name=given, date_of_birth=date(1970, 1, 1), **extra)  # type: ignore[arg-type]
    return patients.create_patient(db, data=data, user_id=user.id).id


def test_limit_counts_patients_not_matching_terms(db: Database, desk: UserRecord) -> None:
    # One patient holds five terms starting with "a" ("aa", "ab", "ac", "ad" and the whole name),
    # more than a page of the scan: the search must read on to find a second patient.
    many = _add(db, desk, "Zed", "Aa Ab Ac Ad")
    other = _add(db, desk, "Zed", "Ae")
    hits = patients.search_patients(db, "a", limit=2)
    assert [p.id for p in hits] == [many, other]
    assert [p.id for p in patients.search_patients(db, "a", limit=1)] == [many]
    assert patients.search_patients(db, "a", limit=0) == []


def test_every_word_must_match_whatever_its_order(db: Database, desk: UserRecord) -> None:
    zoe = _add(db, desk, "Lefèvre", "Zoë")
    _add(db, desk, "Lefort", "Anne")
    _add(db, desk, "Zola", "Émile")
    for query in ("le zo", "zo le", "ZOË LEF", "lefe z"):
        assert [p.id for p in patients.search_patients(db, query)] == [zoe], query
    assert patients.search_patients(db, "le zo xyz") == []


def test_best_matching_term_first_then_name(db: Database, desk: UserRecord) -> None:
    smithson = _add(db, desk, "Smithson", "Alan")
    smith_b = _add(db, desk, "Smith", "Beth")
    smith_a = _add(db, desk, "Smith", "Anna")
    assert [p.id for p in patients.search_patients(db, "smith")] == [smith_a, smith_b, smithson]


def test_fewer_matches_than_the_limit_returns_them_all(db: Database, desk: UserRecord) -> None:
    ids = {_add(db, desk, f"Kim{n}", "Ji", phone=f"555-010{n}") for n in range(5)}
    assert {p.id for p in patients.search_patients(db, "kim", limit=50)} == ids
    assert {p.id for p in patients.search_patients(db, "555010", limit=50)} == ids

"""Search ranking and speed for the point picker (against the shipped catalog)."""

from __future__ import annotations

import pytest

from charting.points import Catalog


def codes(catalog: Catalog, query: str, limit: int | None = 10) -> list[str]:
    return [p.code for p in catalog.search(query, limit=limit)]


def test_exact_name_first(catalog: Catalog) -> None:
    assert codes(catalog, "hegu")[0] == "LI4"
    assert codes(catalog, "Hégǔ")[0] == "LI4"


def test_code_prefix_orders_short_codes_first(catalog: Catalog) -> None:
    assert codes(catalog, "st3", limit=11) == ["ST3", *(f"ST{n}" for n in range(30, 40))]
    assert codes(catalog, "ub 4", limit=2) == ["BL4", "BL40"]


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("li 4", "LI4"),
        ("ex-hn3", "EX-HN3"),
        ("exhn3", "EX-HN3"),
        ("ub 40", "BL40"),
        ("UB40", "BL40"),
        ("union valley", "LI4"),
        ("union", "LI4"),
        ("Leg Three", "ST36"),
        ("合谷", "LI4"),
        ("gv29", "EX-HN3"),
    ],
)
def test_insensitive_queries(catalog: Catalog, query: str, first: str) -> None:
    assert codes(catalog, query)[0] == first


def test_pinyin_prefix_before_english_before_substring(catalog: Catalog) -> None:
    found = codes(catalog, "yang", limit=None)
    pinyin = [c for c in found if catalog[c].pinyin_plain.lower().startswith("yang")]
    english = [c for c in found if c not in pinyin and " yang" in f" {catalog[c].english.lower()}"]
    rest = [c for c in found if c not in pinyin and c not in english]
    assert pinyin and english and rest  # Yangxi…, "Facing Yang"…, Taiyang…
    assert found == pinyin + english + rest


def test_hanzi_prefix(catalog: Catalog) -> None:
    found = codes(catalog, "合")
    assert {"LI4", "BL55"} <= set(found)


def test_empty_query_and_limit(catalog: Catalog) -> None:
    assert catalog.search("") == [] and catalog.search("  - ") == []
    assert len(catalog.search("a", limit=5)) == 5

"""Finding a point from whatever is typed (against the shipped catalog)."""

from __future__ import annotations

import pytest

from charting.points import AmbiguousPointError, Catalog, UnknownPointError


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("LI4", "LI4"),
        ("Hegu", "LI4"),
        ("li 4", "LI4"),
        ("合谷", "LI4"),
        ("Hégǔ", "LI4"),
        ("hegu", "LI4"),
        ("Union Valley", "LI4"),
        ("EX-HN3", "EX-HN3"),
        ("exhn3", "EX-HN3"),
        ("GV29", "EX-HN3"),
        ("印堂", "EX-HN3"),
        ("M-HN-54", "M-HN-54"),
        ("Anmian", "M-HN-54"),
        ("Zusanli", "ST36"),
        ("足三里", "ST36"),
        ("太衝", "LR3"),
        ("Lǚxì", "TE19"),
        ("luxi", "TE19"),
        ("Zhōngdū", "LR6"),
        ("Zhōngdú", "GB32"),
        ("子宫", "EX-CA1"),
        ("紫宫", "CV19"),
    ],
)
def test_lookup(catalog: Catalog, typed: str, code: str) -> None:
    assert catalog[typed].code == code
    assert typed in catalog


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("UB40", "BL40"),
        ("SJ5", "TE5"),
        ("TW5", "TE5"),
        ("LV3", "LR3"),
        ("Du20", "GV20"),
        ("Ren12", "CV12"),
        ("H7", "HT7"),
        ("P6", "PC6"),
        ("K3", "KI3"),
        ("Sp6", "SP6"),
        ("ub 40", "BL40"),
        ("BL040", "BL40"),
        ("st-36", "ST36"),
    ],
)
def test_legacy_codes(catalog: Catalog, typed: str, code: str) -> None:
    assert catalog[typed].code == code


def test_unknown_point(catalog: Catalog) -> None:
    with pytest.raises(UnknownPointError, match="xyz") as raised:
        catalog["xyz"]
    assert isinstance(raised.value, KeyError)
    assert catalog.get("xyz") is None
    assert "xyz" not in catalog and "LU12" not in catalog and 4 not in catalog


@pytest.mark.parametrize(("typed", "codes"), [("Zhongdu", ("GB32", "LR6")), ("Zigong", ("CV19", "EX-CA1"))])
def test_homonyms_are_refused_not_guessed(catalog: Catalog, typed: str, codes: tuple[str, ...]) -> None:
    with pytest.raises(AmbiguousPointError) as raised:
        catalog[typed]
    assert all(code in str(raised.value) for code in codes)
    assert [p.code for p in catalog.search(typed)][:2] == list(codes)


def test_point_fields(catalog: Catalog) -> None:
    hegu = catalog["LI4"]
    assert hegu.label == "LI4 Hégǔ"
    assert hegu.meridian == "LI" and hegu.number == 4 and hegu.bilateral
    assert hegu.valid_sides == ("left", "right", "bilateral")
    assert catalog["GV20"].valid_sides == ("midline",)
    assert str(hegu.depth).endswith("cun perpendicular")
    assert "yuan_source" in {c.category for c in hegu.categories}
    assert hash(hegu) == hash(catalog["Hegu"])

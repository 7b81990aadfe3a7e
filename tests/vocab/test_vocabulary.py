"""The shipped vocabularies and a clinic's own copies of them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from charting.domain.records import VisitData
from charting.domain.validation import validate_visit
from charting.vocab import (
    HomeCareTemplate,
    VocabularyError,
    load_vocabulary,
    save_home_care,
)
from charting.vocab.home_care import format_home_care, parse_home_care


@pytest.fixture(scope="module")
def vocab():  # type: ignore[no-untyped-def]
    return load_vocabulary()


def test_the_shipped_lists_are_full_enough_for_a_clinic(vocab) -> None:  # type: ignore[no-untyped-def]
    assert len(vocab.patterns) >= 60
    assert len(vocab.icd10) >= 150
    assert len(vocab.home_care) >= 8
    assert {"Pale", "Red", "Deep red", "Pale-purple"} <= set(vocab.tongue_body)
    assert {"Thin white", "Greasy yellow", "Peeled (geographic)"} <= set(vocab.tongue_coat)
    assert {"Swollen", "Tooth-marked", "Cracked"} <= set(vocab.tongue_shape)
    assert {"Wiry", "Slippery", "Thin", "Choppy"} <= set(vocab.pulse_qualities)
    names = {p.name for p in vocab.patterns}
    assert {
        "Liver Qi stagnation",
        "Blood deficiency failing to nourish the sinews",
        "Qi and Blood stagnation",
        "Wind-Cold-Damp Bi",
    } <= names
    assert all(p.principle for p in vocab.patterns)


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("M62.830", "spasm of back"),
        ("M62.831", "spasm of calf"),
        ("M62.838", "other muscle spasm"),
        ("R25.2", "cramp and spasm"),
        ("M54.2", "cervicalgia"),
        ("M54.50", "low back pain"),
        ("M79.10", "myalgia"),
        ("M79.12", "head and neck"),
        ("G44.209", "tension-type headache"),
        ("G43.909", "migraine"),
    ],
)
def test_key_codes_carry_their_official_meaning(vocab, code: str, words: str) -> None:  # type: ignore[no-untyped-def]
    assert words in vocab.icd10_description(code).casefold()


def test_every_icd10_code_is_accepted_by_the_visit_validation(vocab) -> None:  # type: ignore[no-untyped-def]
    codes = [c.code for c in vocab.icd10]
    assert validate_visit(VisitData(icd10_codes=codes)).icd10_codes == codes
    assert all(re.fullmatch(r"[A-Z]\d[0-9A-Z](\.[0-9A-Z]{1,4})?", c) for c in codes)


def test_icd10_search_by_code_prefix_then_words(vocab) -> None:  # type: ignore[no-untyped-def]
    assert [c.code for c in vocab.search_icd10("M62.83")] == ["M62.830", "M62.831", "M62.838"]
    assert [c.code for c in vocab.search_icd10("m6283")] == ["M62.830", "M62.831", "M62.838"]
    assert [c.code for c in vocab.search_icd10("calf spasm")] == ["M62.831"]
    assert "M25.562" in [c.code for c in vocab.search_icd10("left knee")]
    assert vocab.search_icd10("no such complaint") == []


def test_a_pattern_suggests_its_principle(vocab) -> None:  # type: ignore[no-untyped-def]
    assert vocab.principle_for("liver qi stagnation") == "Soothe the Liver and regulate Qi"
    assert vocab.principle_for("something new") == ""
    assert "Soothe the Liver and regulate Qi" in vocab.principles
    assert "Relax the sinews and stop pain" in vocab.principles


def test_a_clinic_file_replaces_the_shipped_one(tmp_path: Path) -> None:
    (tmp_path / "pulse_qualities.txt").write_text("# ours\nWiry\nSlippery\n", encoding="utf-8")
    vocab = load_vocabulary(tmp_path)
    assert vocab.pulse_qualities == ("Wiry", "Slippery")
    assert len(vocab.icd10) >= 150  # files the clinic did not copy stay the shipped ones


def test_errors_name_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "tongue_coat.txt").write_text("Thin white\n\nthin WHITE\n", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"tongue_coat.txt, line 3: 'thin WHITE' is already on line 1"):
        load_vocabulary(tmp_path)
    (tmp_path / "tongue_coat.txt").unlink()
    (tmp_path / "icd10.csv").write_text("code,description,group\nM62.831,Muscle spasm of calf,x\nM6,Bad,x\n")
    with pytest.raises(VocabularyError, match="'M6' is not an ICD-10 code"):
        load_vocabulary(tmp_path)


def test_home_care_templates_round_trip_through_the_clinic_file(tmp_path: Path) -> None:
    templates = [
        HomeCareTemplate("Heat", "Warm towel for 15 minutes.\n\nNever sleep on a heat pack."),
        HomeCareTemplate("Stretch", "Calf stretch against the wall, 30 s × 3."),
    ]
    path = save_home_care(tmp_path, templates)
    assert path == tmp_path / "home_care.md"
    assert load_vocabulary(tmp_path).home_care == tuple(templates)


def test_home_care_file_mistakes_are_reported() -> None:
    with pytest.raises(VocabularyError, match="text before the first"):
        parse_home_care("Some advice\n## Heat\nWarm.\n")
    with pytest.raises(VocabularyError, match="has no text"):
        parse_home_care("## Heat\n\n## Cold\nIce.\n")
    with pytest.raises(VocabularyError, match="empty or repeated"):
        parse_home_care("## Heat\nWarm.\n## heat\nAgain.\n")
    with pytest.raises(VocabularyError, match="title and some text"):
        format_home_care([HomeCareTemplate("", "text")])

"""The embedded fonts cover what the documents print: pinyin in the Latin face, Hanzi in the other."""

from __future__ import annotations

from charting.points import load_catalog
from charting.reports.fonts import BOLD, HANZI, REGULAR, covered, markup, runs


def test_every_point_name_is_covered() -> None:
    latin, bold, hanzi = covered(REGULAR), covered(BOLD), covered(HANZI)
    for point in load_catalog().points:
        for ch in point.pinyin + point.english + point.code:
            assert ord(ch) in latin and ord(ch) in bold, (point.code, ch)
        for ch in point.hanzi + point.hanzi_trad:
            assert ord(ch) in hanzi, (point.code, ch)


def test_patient_names_in_other_scripts_are_covered() -> None:
    """A name is printed as written: Chinese, Japanese, Korean, Greek, Cyrillic, accented Latin."""
    latin, hanzi = covered(REGULAR), covered(HANZI)
    for name in ("王秀英", "陳美玲", "やまだ はなこ", "김민준", "Παπαδόπουλος", "Иванова", "Żółć-Lefèvre"):
        for font, piece in runs(name, REGULAR):
            face = latin if font == REGULAR else hanzi
            assert all(ord(ch) in face for ch in piece if not ch.isspace()), (name, piece)


def test_markup_sets_hanzi_runs_in_the_hanzi_face() -> None:
    assert list(runs("Hégǔ 合谷 LI4", REGULAR)) == [(REGULAR, "Hégǔ "), (HANZI, "合谷"), (REGULAR, " LI4")]
    assert markup("a<b 合\nc") == f'a&lt;b <font name="{HANZI}">合</font><br/>c'
    assert markup("LI4", bold=True) == "<b>LI4</b>"

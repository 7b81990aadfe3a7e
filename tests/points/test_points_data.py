"""The shipped point data, held to the standard it claims (runs against resources/points)."""

from __future__ import annotations

import re
from collections import Counter

import pytest

from charting.points import Catalog
from charting.points.text import strip_tones

CHANNEL_COUNTS = {
    "LU": 11,
    "LI": 20,
    "ST": 45,
    "SP": 21,
    "HT": 9,
    "SI": 19,
    "BL": 67,
    "KI": 27,
    "PC": 9,
    "TE": 23,
    "GB": 44,
    "LR": 14,
    "GV": 28,
    "CV": 24,
}
YIN_CHANNELS = {"LU", "SP", "HT", "KI", "PC", "LR"}
SHU_ORDER = ("jing-well", "ying-spring", "shu-stream", "jing-river", "he-sea")
GENERATING_CYCLE = ("wood", "fire", "earth", "metal", "water")

EXTRA_POINTS = [
    ("EX-HN1", "Sishencong"),
    ("EX-HN2", "Dangyang"),
    ("EX-HN3", "Yintang"),
    ("EX-HN4", "Yuyao"),
    ("EX-HN5", "Taiyang"),
    ("EX-HN6", "Erjian"),
    ("EX-HN7", "Qiuhou"),
    ("EX-HN8", "Shangyingxiang"),
    ("EX-HN9", "Neiyingxiang"),
    ("EX-HN10", "Juquan"),
    ("EX-HN11", "Haiquan"),
    ("EX-HN12", "Jinjin"),
    ("EX-HN13", "Yuye"),
    ("EX-HN14", "Yiming"),
    ("EX-HN15", "Jingbailao"),
    ("EX-CA1", "Zigong"),
    ("EX-B1", "Dingchuan"),
    ("EX-B2", "Jiaji"),
    ("EX-B3", "Weiwanxiashu"),
    ("EX-B4", "Pigen"),
    ("EX-B5", "Xiajishu"),
    ("EX-B6", "Yaoyi"),
    ("EX-B7", "Yaoyan"),
    ("EX-B8", "Shiqizhui"),
    ("EX-B9", "Yaoqi"),
    ("EX-UE1", "Zhoujian"),
    ("EX-UE2", "Erbai"),
    ("EX-UE3", "Zhongquan"),
    ("EX-UE4", "Zhongkui"),
    ("EX-UE5", "Dagukong"),
    ("EX-UE6", "Xiaogukong"),
    ("EX-UE7", "Yaotongdian"),
    ("EX-UE8", "Wailaogong"),
    ("EX-UE9", "Baxie"),
    ("EX-UE10", "Sifeng"),
    ("EX-UE11", "Shixuan"),
    ("EX-LE1", "Kuangu"),
    ("EX-LE2", "Heding"),
    ("EX-LE3", "Baichongwo"),
    ("EX-LE4", "Neixiyan"),
    ("EX-LE5", "Xiyan"),
    ("EX-LE6", "Dannang"),
    ("EX-LE7", "Lanwei"),
    ("EX-LE8", "Neihuaijian"),
    ("EX-LE9", "Waihuaijian"),
    ("EX-LE10", "Bafeng"),
    ("EX-LE11", "Duyin"),
    ("EX-LE12", "Qiduan"),
    ("M-HN-54", "Anmian"),
]
GROUP_POINTS = ("EX-HN1", "EX-B2", "EX-UE9", "EX-UE10", "EX-UE11", "EX-LE10", "EX-LE12")


def test_channel_point_counts_and_who_numbering(catalog: Catalog) -> None:
    channel_points = [p for p in catalog.points if p.meridian != "EX"]
    assert Counter(p.meridian for p in channel_points) == CHANNEL_COUNTS
    assert len(channel_points) == 361
    expected = [f"{ch}{n}" for ch, count in CHANNEL_COUNTS.items() for n in range(1, count + 1)]
    assert [p.code for p in channel_points] == expected
    assert all(p.code == f"{p.meridian}{p.number}" for p in channel_points)


def test_extra_points_in_brief_order(catalog: Catalog) -> None:
    extras = [(p.code, p.pinyin_plain) for p in catalog.points if p.meridian == "EX"]
    assert extras == EXTRA_POINTS
    assert catalog.points[-len(EXTRA_POINTS) :] == tuple(catalog[code] for code, _ in EXTRA_POINTS)
    assert catalog["EX-HN3"].standard_codes == {"GB/T 12346-2021": "GV29"}
    for code, alias in [
        ("EX-HN8", "Bitong"),
        ("EX-B2", "Huatuojiaji"),
        ("EX-UE8", "Luozhen"),
        ("EX-UE8", "Xiangqiang"),
        ("EX-LE4", "Xiyan medial"),
        ("EX-LE6", "Dannangxue"),
        ("EX-LE7", "Lanweixue"),
        ("EX-HN15", "Bailao"),
    ]:
        assert catalog[alias].code == code
    for code in GROUP_POINTS:
        assert re.search(r"\b(four|eight|ten|17|group)\b", catalog[code].location), code


def test_codes_are_unique(catalog: Catalog) -> None:
    codes = [p.code for p in catalog.points]
    assert len(codes) == len(set(codes)) == 361 + len(EXTRA_POINTS)


def test_every_point_is_fully_described(catalog: Catalog) -> None:
    for p in catalog.points:
        assert p.pinyin and p.hanzi and p.english and p.location and p.region, p.code
        assert re.fullmatch(r"[\u3400-\u9fff]+", p.hanzi), p.code
        assert p.hanzi_trad != p.hanzi, f"{p.code}: hanzi_trad repeats hanzi; leave it empty"
        assert not p.hanzi_trad or len(p.hanzi_trad) == len(p.hanzi), p.code
        assert p.location.endswith("."), p.code
        assert len(re.findall(r"[.!?](?:\s+[A-Z]|$)", p.location)) <= 2, f"{p.code}: over two sentences"
        assert p.depth.max <= 3, f"{p.code}: {p.depth}"
        if p.depth.max == 0 or p.depth.angle == "none":
            assert p.depth.max == 0 and p.depth.angle in ("prick", "none"), f"{p.code}: {p.depth}"


def test_pinyin_plain_is_pinyin_without_tones(catalog: Catalog) -> None:
    for p in catalog.points:
        assert p.pinyin_plain == strip_tones(p.pinyin), p.code
        assert p.pinyin != p.pinyin_plain, f"{p.code}: pinyin lacks tone marks"
    assert strip_tones("Lǚxì") == "Luxi"


def test_midline_channels_are_not_bilateral(catalog: Catalog) -> None:
    for p in catalog.points:
        if p.meridian in ("GV", "CV"):
            assert not p.bilateral and p.valid_sides == ("midline",), p.code
        elif p.meridian != "EX":
            assert p.bilateral and p.valid_sides == ("left", "right", "bilateral"), p.code


@pytest.mark.parametrize("code", ["LI4", "SP6", "BL60", "BL67", "GB21"])
def test_pregnancy_cautions(catalog: Catalog, code: str) -> None:
    assert "pregnancy" in {c.kind for c in catalog[code].cautions}


def test_cautions_have_a_sentence(catalog: Catalog) -> None:
    for p in catalog.points:
        for caution in p.cautions:
            assert caution.note.endswith(".") and len(caution.note) > 15, (p.code, caution)


def _with(catalog: Catalog, category: str) -> dict[str, list[str | None]]:
    found: dict[str, list[str | None]] = {}
    for p in catalog.points:
        for c in p.categories:
            if c.category == category:
                found.setdefault(p.code, []).append(c.detail)
    return found


def test_five_shu_points_follow_the_generating_cycle(catalog: Catalog) -> None:
    shu = {p.code: c for p in catalog.points for c in p.categories if c.category == "five_shu"}
    assert len(shu) == 60
    for channel in CHANNEL_COUNTS.keys() - {"GV", "CV"}:
        points = sorted(
            (p for p in catalog.points if p.meridian == channel and p.code in shu),
            key=lambda p: SHU_ORDER.index(shu[p.code].detail or ""),
        )
        assert [shu[p.code].detail for p in points] == list(SHU_ORDER), channel
        start = GENERATING_CYCLE.index("wood" if channel in YIN_CHANNELS else "metal")
        cycle = [GENERATING_CYCLE[(start + i) % 5] for i in range(5)]
        assert [shu[p.code].element for p in points] == cycle, channel
        # Jing-well points are at the extremities: the lowest or highest number of the channel.
        assert points[0].number in (1, CHANNEL_COUNTS[channel]), channel


@pytest.mark.parametrize(
    ("category", "count"),
    [
        ("yuan_source", 12),
        ("luo_connecting", 15),
        ("xi_cleft", 16),
        ("back_shu", 12),
        ("front_mu", 12),
        ("influential", 8),
        ("lower_he_sea", 6),
        ("confluent", 8),
    ],
)
def test_category_counts(catalog: Catalog, category: str, count: int) -> None:
    assert len(_with(catalog, category)) == count


def test_category_examples(catalog: Catalog) -> None:
    assert _with(catalog, "back_shu")["BL13"] == ["Lung"]
    assert _with(catalog, "front_mu")["CV12"] == ["Stomach"]
    assert _with(catalog, "influential")["BL17"] == ["Blood"]
    assert _with(catalog, "confluent")["SP4"] == ["Chong"]
    assert _with(catalog, "lower_he_sea")["ST39"] == ["Small Intestine"]
    assert "luo_connecting" in {c.category for c in catalog["SP21"].categories}


def test_meridians_table(catalog: Catalog) -> None:
    assert list(catalog.meridians) == [*CHANNEL_COUNTS, "EX"]
    colours = [m.colour for m in catalog.meridians.values()]
    assert all(re.fullmatch(r"#[0-9a-f]{6}", c) for c in colours)
    assert len(set(colours)) == len(colours)
    for m in catalog.meridians.values():
        assert m.name and m.pinyin and m.hanzi, m.code
        assert _contrast_on_white(m.colour) >= 3.0, f"{m.code} {m.colour} too pale on white"


def _contrast_on_white(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(colour[i : i + 2], 16)) for i in (1, 3, 5))
    return 1.05 / (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05)


def test_every_alias_and_standard_code_names_its_own_point(catalog: Catalog) -> None:
    for p in catalog.points:
        for typed in (*p.aliases, *p.standard_codes.values()):
            assert catalog[typed] is p, (p.code, typed)

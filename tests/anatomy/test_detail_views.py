"""Where the detail views put the points: on the figure, all present, in the right order."""

from __future__ import annotations

import csv
import json
from collections import defaultdict

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

from charting.anatomy.detail.geometry import inside
from charting.paths import FIGURES_DIR

DETAIL_DIR = FIGURES_DIR / "detail"
VIEWS = {v["name"]: v for v in json.loads((DETAIL_DIR / "views.json").read_text(encoding="utf-8"))}
Point = tuple[float, float]


def _placements() -> dict[str, dict[tuple[str, str], list[Point]]]:
    out: dict[str, dict[tuple[str, str], list[Point]]] = defaultdict(lambda: defaultdict(list))
    with (DETAIL_DIR / "placements.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            out[row["view"]][(row["code"], row["side"])].append((float(row["x"]), float(row["y"])))
    return out


PLACED = _placements()


def at(view: str, code: str, side: str = "right") -> Point:
    (point,) = PLACED[view][(code, side)]
    return point


def codes(view: str) -> set[str]:
    return {code for code, _ in PLACED[view]}


def _silhouette(view: str) -> QImage:
    renderer = QSvgRenderer(str(DETAIL_DIR / VIEWS[view]["svg"]))
    assert renderer.isValid() and renderer.elementExists("silhouette")
    image = QImage(int(VIEWS[view]["width"]), int(VIEWS[view]["height"]), QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    bounds = renderer.boundsOnElement("silhouette")
    renderer.render(painter, "silhouette", QRectF(bounds))
    painter.end()
    return image


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_every_placement_lies_on_the_figure(qapp: object, view: str) -> None:
    image = _silhouette(view)
    margin = 2
    off = []
    for (code, side), points in PLACED[view].items():
        for x, y in points:
            probe = [(round(x) + dx, round(y) + dy) for dx in (-margin, 0, margin) for dy in (-margin, 0, margin)]
            if any(image.pixelColor(px, py).alpha() == 0 for px, py in probe):
                off.append(f"{code}/{side} at {x:.0f},{y:.0f}")
    assert not off, f"{view}: placements off the figure: {off}"


@pytest.mark.parametrize("view", sorted(VIEWS))
def test_regions_lie_on_the_figure(qapp: object, view: str) -> None:
    image = _silhouette(view)
    regions = json.loads((DETAIL_DIR / "regions.json").read_text(encoding="utf-8"))[view]
    assert regions
    for region in regions:
        outside = [(x, y) for x, y in region["polygon"] if image.pixelColor(round(x), round(y)).alpha() == 0]
        assert not outside, f"{view}/{region['id']}/{region['side']}: {outside}"


def test_the_silhouette_is_one_closed_path() -> None:
    for view in VIEWS.values():
        svg = (DETAIL_DIR / view["svg"]).read_text(encoding="utf-8")
        line = next(x for x in svg.splitlines() if 'id="silhouette"' in x)
        assert line.lstrip().startswith("<path") and 'Z"' in line


EXPECTED = {
    "head_front": {
        *(f"GV{n}" for n in range(20, 28)),
        "CV23",
        "CV24",
        *(f"ST{n}" for n in range(1, 10)),
        "LI19",
        "LI20",
        "BL1",
        "BL2",
        "BL3",
        "BL4",
        "GB1",
        "GB14",
        "GB13",
        "GB15",
        "TE23",
        "SI18",
        "EX-HN1",
        "EX-HN2",
        "EX-HN3",
        "EX-HN4",
        "EX-HN5",
        "EX-HN7",
        "EX-HN8",
        "EX-HN9",
        "EX-HN10",
        "EX-HN11",
        "EX-HN12",
        "EX-HN13",
        "GV28",
    },
    "head_side": {
        *(f"GB{n}" for n in range(1, 21)),
        *(f"TE{n}" for n in range(16, 24)),
        *(f"SI{n}" for n in range(16, 20)),
        *(f"ST{n}" for n in range(5, 10)),
        "LI17",
        "LI18",
        "BL9",
        "BL10",
        "GV15",
        "GV16",
        "GV17",
        "EX-HN5",
        "EX-HN6",
        "EX-HN14",
        "EX-HN15",
        "M-HN-54",
    },
    "hand_palm": {"LU9", "LU10", "HT7", "HT8", "PC7", "PC8", "PC9", "SI2", "SI3", "SI4", "EX-UE10"},
    "hand_dorsum": {
        "LU11",
        *(f"LI{n}" for n in range(1, 6)),
        "HT9",
        *(f"SI{n}" for n in range(1, 7)),
        *(f"TE{n}" for n in range(1, 5)),
        *(f"EX-UE{n}" for n in (3, 4, 5, 6, 7, 8, 9, 11)),
    },
    "foot_dorsum": {
        *(f"ST{n}" for n in range(41, 46)),
        "SP1",
        *(f"LR{n}" for n in range(1, 5)),
        *(f"GB{n}" for n in range(40, 45)),
        "BL67",
        "EX-LE10",
        "EX-LE12",
    },
    "foot_medial": {
        *(f"SP{n}" for n in range(1, 7)),
        *(f"KI{n}" for n in range(2, 10)),
        "LR4",
        "LR5",
        "EX-LE8",
    },
    "foot_lateral": {*(f"BL{n}" for n in range(59, 68)), "GB39", "GB40", "EX-LE9"},
    "foot_sole": {"KI1", "EX-LE11"},
    "leg_medial": {
        *(f"SP{n}" for n in range(1, 11)),
        *(f"KI{n}" for n in range(2, 11)),
        *(f"LR{n}" for n in range(4, 10)),
        "EX-LE3",
        "EX-LE4",
        "EX-LE8",
    },
    "trunk_side": {
        "HT1",
        "HT2",
        "HT3",
        "PC1",
        *(f"SP{n}" for n in range(17, 22)),
        *(f"GB{n}" for n in range(22, 27)),
        "LR13",
        "LR14",
    },
    "perineum": {"CV1", "GV1", "BL35"},
}


@pytest.mark.parametrize("view", sorted(EXPECTED))
def test_expected_points_are_present(view: str) -> None:
    assert EXPECTED[view] <= codes(view), sorted(EXPECTED[view] - codes(view))


def test_multi_site_extra_points_have_all_their_sites() -> None:
    def count(view: str, code: str) -> int:
        return sum(len(p) for (c, _), p in PLACED[view].items() if c == code)

    assert count("hand_dorsum", "EX-UE9") == 4  # Baxie: four webs
    assert count("hand_dorsum", "EX-UE11") == 5  # Shixuan: five finger tips
    assert count("hand_dorsum", "EX-UE7") == 2  # Yaotongdian
    assert count("hand_palm", "EX-UE10") == 4  # Sifeng
    assert count("foot_dorsum", "EX-LE10") == 4  # Bafeng
    assert count("foot_dorsum", "EX-LE12") == 5  # Qiduan
    assert count("head_front", "EX-HN1") == 3 and count("head_side", "EX-HN1") == 3  # Sishencong


def test_hand_nail_points_are_distal_to_the_hand_points() -> None:
    # The hands hang as in the anatomical position, fingers down: distal is a larger y.
    for well in ("LU11", "LI1", "TE1", "HT9", "SI1"):
        assert at("hand_dorsum", well)[1] > max(at("hand_dorsum", "LI4")[1], at("hand_dorsum", "SI3")[1])
    li = [at("hand_dorsum", f"LI{n}")[1] for n in range(1, 6)]
    assert li == sorted(li, reverse=True)
    si = [at("hand_dorsum", f"SI{n}")[1] for n in range(1, 7)]
    assert si == sorted(si, reverse=True)
    assert at("hand_palm", "PC9")[1] > at("hand_palm", "PC8")[1] > at("hand_palm", "PC7")[1]


def test_right_palm_has_the_thumb_on_the_viewers_left() -> None:
    # Facing the patient, whose right hand hangs palm forward: the thumb (radial) side is on the
    # viewer's left, as in the anterior body view.
    palm = "hand_palm"
    for radial in ("LU9", "LU10"):
        for ulnar in ("HT7", "HT8", "SI3"):
            assert at(palm, radial)[0] < at(palm, ulnar)[0], (radial, ulnar)
    assert at(palm, "LU10")[0] < at(palm, "PC7")[0] < at(palm, "HT7")[0]


def test_right_hand_back_has_the_thumb_on_the_viewers_right() -> None:
    # From behind the patient the right hand's thumb is on the viewer's right, as in the
    # posterior body view.
    back = "hand_dorsum"
    assert at(back, "LU11")[0] > at(back, "LI1")[0] > at(back, "TE1")[0] > at(back, "SI1")[0]
    assert at(back, "LI4")[0] > at(back, "TE3")[0] > at(back, "SI3")[0]


def test_hand_wrist_crease_and_cun() -> None:
    wrist = {at("hand_palm", c)[1] for c in ("LU9", "PC7", "HT7")}
    assert len(wrist) == 1
    # PC8 and HT8 lie level, where the middle and little finger tips rest in a fist.
    assert at("hand_palm", "PC8")[1] == pytest.approx(at("hand_palm", "HT8")[1], abs=1)
    cun = VIEWS["hand_palm"]["cun_px"]
    assert at("hand_palm", "PC7")[1] - at("hand_palm", "PC6")[1] == pytest.approx(2 * cun, abs=1)
    assert at("hand_palm", "HT7")[1] - at("hand_palm", "HT5")[1] == pytest.approx(1 * cun, abs=1)


def test_ki3_lies_behind_the_medial_malleolus_and_above_the_sole(qapp: object) -> None:
    # The medial view of the right foot has the toes on the viewer's left: behind is a larger x.
    malleolus = at("foot_medial", "EX-LE8")
    ki3 = at("foot_medial", "KI3")
    sole = QSvgRenderer(str(DETAIL_DIR / "foot_medial.svg")).boundsOnElement("silhouette").bottom()
    assert ki3[0] > malleolus[0] and ki3[1] == pytest.approx(malleolus[1], abs=1)
    cun = VIEWS["foot_medial"]["cun_px"]
    assert sole - malleolus[1] == pytest.approx(3 * cun, abs=2)  # malleolus prominence to sole: 3 cun
    assert ki3[1] < sole
    assert malleolus[1] - at("foot_medial", "SP6")[1] == pytest.approx(3 * cun, abs=1)
    assert ki3[1] - at("foot_medial", "KI7")[1] == pytest.approx(2 * cun, abs=1)
    assert at("foot_medial", "KI6")[1] - malleolus[1] == pytest.approx(1 * cun, abs=1)


def test_lateral_ankle_points() -> None:
    malleolus = at("foot_lateral", "EX-LE9")
    cun = VIEWS["foot_lateral"]["cun_px"]
    # Toes to the viewer's right: BL60 lies behind (left of) the lateral malleolus, BL62 below it.
    assert at("foot_lateral", "BL60")[0] < malleolus[0]
    assert at("foot_lateral", "BL62")[1] > malleolus[1]
    assert at("foot_lateral", "BL60")[1] - at("foot_lateral", "BL59")[1] == pytest.approx(3 * cun, abs=1)
    assert malleolus[1] - at("foot_lateral", "GB39")[1] == pytest.approx(3 * cun, abs=1)
    xs = [at("foot_lateral", f"BL{n}")[0] for n in range(62, 68)]
    assert xs == sorted(xs)


def test_foot_dorsum_runs_from_the_ankle_to_the_toes() -> None:
    ys = [at("foot_dorsum", f"ST{n}")[1] for n in range(41, 46)]
    assert ys == sorted(ys)  # leg at the top, toes down: each point nearer the toes is lower
    lr = [at("foot_dorsum", f"LR{n}")[1] for n in range(1, 5)]
    assert lr == sorted(lr, reverse=True)
    # LR3 is about 2 cun up the foot from the web (LR2).
    cun = VIEWS["foot_dorsum"]["cun_px"]
    assert 1.5 * cun < at("foot_dorsum", "LR2")[1] - at("foot_dorsum", "LR3")[1] < 2.8 * cun


def test_right_foot_top_has_the_big_toe_on_the_viewers_right() -> None:
    # Facing the patient, the right foot's medial border (big toe) is toward the midline: the
    # viewer's right. Nail points run from the big toe on the right to the little toe on the left.
    xs = [at("foot_dorsum", c)[0] for c in ("SP1", "LR1", "ST45", "GB44", "BL67")]
    assert xs == sorted(xs, reverse=True)
    for big in ("SP1", "LR1"):
        for little in ("BL67", "GB44"):
            assert at("foot_dorsum", big)[0] > at("foot_dorsum", little)[0]
    # Seen from the foot of the couch (patient supine), the sole also has the big toe on the right.
    assert at("foot_sole", "KI1")[0] < at("foot_sole", "EX-LE11")[0]


def test_ki1_lies_a_third_of_the_way_from_the_toes_to_the_heel(qapp: object) -> None:
    bounds = QSvgRenderer(str(DETAIL_DIR / "foot_sole.svg")).boundsOnElement("silhouette")
    ki1 = at("foot_sole", "KI1")
    fraction = (ki1[1] - bounds.top()) / bounds.height()
    assert 0.3 < fraction < 0.45


def test_head_front_is_mirror_symmetric() -> None:
    width = VIEWS["head_front"]["width"]
    pairs = 0
    for (code, side), points in PLACED["head_front"].items():
        if side == "right" and (code, "left") in PLACED["head_front"]:
            (xr, yr), (xl, yl) = points[0], PLACED["head_front"][(code, "left")][0]
            assert xr < width / 2 < xl, code  # the patient's right on the viewer's left
            assert xr + xl == pytest.approx(width, abs=0.2) and yr == pytest.approx(yl, abs=0.1), code
            pairs += 1
    assert pairs > 30


MIRRORED = sorted((name.removesuffix("_left"), name) for name in VIEWS if name.endswith("_left"))


def test_every_hand_and_foot_view_has_a_left_mirror() -> None:
    right = {name for name in VIEWS if name.startswith(("hand_", "foot_")) and not name.endswith("_left")}
    assert right == {"hand_palm", "hand_dorsum", "foot_dorsum", "foot_medial", "foot_lateral", "foot_sole"}
    one_sided = {"head_side", "leg_medial", "trunk_side"}
    assert {left for _, left in MIRRORED} == {f"{name}_left" for name in right | one_sided}


@pytest.mark.parametrize(("right", "left"), MIRRORED)
def test_left_view_mirrors_the_right(right: str, left: str) -> None:
    width = VIEWS[right]["width"]
    assert (VIEWS[left]["width"], VIEWS[left]["height"]) == (width, VIEWS[right]["height"])
    assert VIEWS[left]["title"] == VIEWS[right]["title"].replace("Right", "Left").replace("right", "left")
    expected: dict[tuple[str, str], list[Point]] = defaultdict(list)
    for (code, side), points in PLACED[right].items():
        assert side in {"right", "midline"}, (right, code, side)
        expected[(code, "left" if side == "right" else side)] += [(width - x, y) for x, y in points]
    assert set(PLACED[left]) == set(expected)
    for key, points in expected.items():
        mirrored = PLACED[left][key]
        assert len(mirrored) == len(points), key
        for (ex, ey), (mx, my) in zip(points, mirrored, strict=True):
            assert mx == pytest.approx(ex, abs=0.11) and my == ey, key


@pytest.mark.parametrize(("right", "left"), MIRRORED)
def test_left_view_outline_and_regions_mirror_the_right(qapp: object, right: str, left: str) -> None:
    width = VIEWS[right]["width"]
    a = QSvgRenderer(str(DETAIL_DIR / VIEWS[right]["svg"])).boundsOnElement("silhouette")
    b = QSvgRenderer(str(DETAIL_DIR / VIEWS[left]["svg"])).boundsOnElement("silhouette")
    assert b.left() == pytest.approx(width - a.right(), abs=0.5) and b.top() == pytest.approx(a.top(), abs=0.5)
    assert (b.width(), b.height()) == (pytest.approx(a.width(), abs=0.5), pytest.approx(a.height(), abs=0.5))
    regions = json.loads((DETAIL_DIR / "regions.json").read_text(encoding="utf-8"))
    flipped = {
        (r["id"], "left" if r["side"] == "right" else r["side"]): [[round(width - x, 1), y] for x, y in r["polygon"]]
        for r in regions[right]
    }
    mirrored = {(r["id"], r["side"]): r["polygon"] for r in regions[left]}
    assert set(mirrored) == set(flipped)
    for key, polygon in flipped.items():
        assert mirrored[key] == [[pytest.approx(x, abs=0.11), y] for x, y in polygon], key


def test_head_order_facts() -> None:
    # Pupil line: ST1 above ST2 above ST3 above ST4, GB14 and Yuyao above the eye, straight up.
    st = [at("head_front", f"ST{n}") for n in range(1, 4)]
    assert st[0][1] < st[1][1] < st[2][1] < at("head_front", "ST4")[1]
    assert st[0][0] == st[1][0] == st[2][0] == at("head_front", "GB14")[0] == at("head_front", "EX-HN4")[0]
    gv = [at("head_front", f"GV{n}", "midline")[1] for n in range(20, 28)]
    assert gv == sorted(gv)
    # Side view, face to the right: GV20 sits over the ear apex; GB20 behind the mastoid points.
    cun = VIEWS["head_side"]["cun_px"]
    assert abs(at("head_side", "GV20", "midline")[0] - at("head_side", "EX-HN6")[0]) < 0.5 * cun
    assert at("head_side", "GB20")[0] < at("head_side", "GB12")[0] < at("head_side", "TE17")[0]
    assert at("head_side", "SI19")[0] > at("head_side", "EX-HN6")[0]
    tragus = [at("head_side", c)[1] for c in ("TE21", "SI19", "GB2")]
    assert tragus == sorted(tragus)
    anmian = at("head_side", "M-HN-54")
    te17, gb20 = at("head_side", "TE17"), at("head_side", "GB20")
    assert anmian == pytest.approx(((te17[0] + gb20[0]) / 2, (te17[1] + gb20[1]) / 2), abs=0.2)


def test_leg_medial_order_facts() -> None:
    # Seen from the inner side with the toes to the viewer's left: up the leg is a smaller y,
    # forward (toward the shin) a smaller x.
    view = "leg_medial"
    cun = VIEWS[view]["cun_px"]
    malleolus = at(view, "EX-LE8")
    sp6, sp9 = at(view, "SP6"), at(view, "SP9")
    assert sp9[1] < at(view, "SP8")[1] < at(view, "SP7")[1] < sp6[1] < malleolus[1]
    assert malleolus[1] - sp6[1] == pytest.approx(3 * cun, abs=1)
    # Malleolus prominence to the lower border of the medial tibial condyle (SP9): 13 cun.
    assert malleolus[1] - sp9[1] == pytest.approx(13 * cun, abs=0.1 * cun)
    assert at(view, "SP8")[1] - sp9[1] == pytest.approx(3 * cun, abs=1)
    assert malleolus[1] - at(view, "SP7")[1] == pytest.approx(6 * cun, abs=1)
    ki3 = at(view, "KI3")
    assert ki3[1] - at(view, "KI7")[1] == pytest.approx(2 * cun, abs=1)
    assert ki3[1] - at(view, "KI9")[1] == pytest.approx(5 * cun, abs=1)
    assert malleolus[1] - at(view, "LR5")[1] == pytest.approx(5 * cun, abs=1)
    assert malleolus[1] - at(view, "LR6")[1] == pytest.approx(7 * cun, abs=1)
    # LR5 and LR6 lie on the face of the tibia, in front of SP6 and SP7 behind its border.
    assert at(view, "LR5")[0] < sp6[0] and at(view, "LR6")[0] < at(view, "SP7")[0]
    # LR7 is 1 cun behind SP9; at the knee crease LR8 lies in front of the tendons, KI10 behind.
    assert at(view, "LR7")[0] - sp9[0] == pytest.approx(cun, abs=1)
    assert at(view, "LR8")[1] == at(view, "KI10")[1] and at(view, "LR8")[0] < at(view, "KI10")[0]
    assert at(view, "LR8")[1] < sp9[1]
    # Above the knee: SP10, Baichongwo 1 cun above it, LR9 higher still; Neixiyan below the patella.
    assert at(view, "SP10")[1] - at(view, "EX-LE3")[1] == pytest.approx(cun, abs=1)
    assert at(view, "LR9")[1] < at(view, "SP10")[1] < at(view, "LR8")[1]
    assert at(view, "LR8")[1] < at(view, "EX-LE4")[1] < sp9[1]
    # KI9 lies on the line from KI3 to KI10, behind the tibia rather than on its border.
    ki9, ki10 = at(view, "KI9"), at(view, "KI10")
    t = (ki3[1] - ki9[1]) / (ki3[1] - ki10[1])
    assert ki9[0] == pytest.approx(ki3[0] + t * (ki10[0] - ki3[0]), abs=0.1 * cun)
    assert channels_in(view)["KI"] == [[f"KI{n}" for n in range(2, 11)]]


def test_leg_medial_agrees_with_foot_medial() -> None:
    # The ankle and foot are those of foot_medial: in cun from the malleolus, every shared point
    # sits in the same place in both views, so a practitioner never sees two SP6s.
    shared = codes("foot_medial") & codes("leg_medial")
    assert {"SP6", "KI3", "KI7", "LR5", "SP5"} <= shared
    for code in shared:
        offsets = []
        for view in ("foot_medial", "leg_medial"):
            (x, y), (mx, my) = at(view, code), at(view, "EX-LE8")
            offsets.append(((x - mx) / VIEWS[view]["cun_px"], (y - my) / VIEWS[view]["cun_px"]))
        (fx, fy), (lx, ly) = offsets
        assert (lx, ly) == (pytest.approx(fx, abs=0.02), pytest.approx(fy, abs=0.02)), code


def test_trunk_side_order_facts() -> None:
    # The patient's right side, front to the viewer's right: lower on the body is a larger y.
    view = "trunk_side"
    cun = VIEWS[view]["cun_px"]
    ht1, gb22, sp21 = at(view, "HT1"), at(view, "GB22"), at(view, "SP21")
    assert ht1[1] < gb22[1] < sp21[1]
    assert gb22[1] - ht1[1] == pytest.approx(3 * cun, abs=1)  # 3 cun below the axilla
    assert sp21[1] - ht1[1] == pytest.approx(6 * cun, abs=1)  # 6 cun below the axilla
    assert gb22[0] == sp21[0]  # both on the mid-axillary line
    gb23 = at(view, "GB23")
    assert gb23[0] - gb22[0] == pytest.approx(cun, abs=1) and abs(gb23[1] - gb22[1]) < 0.3 * cun
    lr13, gb25, gb26 = at(view, "LR13"), at(view, "GB25"), at(view, "GB26")
    assert lr13[1] < gb25[1] < gb26[1]  # the 12th rib ends lower than the 11th; GB26 at the navel
    assert gb25[0] < lr13[0] == gb26[0]  # the 12th rib's end lies further back; GB26 under LR13
    assert sp21[1] < lr13[1]
    sp = [at(view, f"SP{n}")[1] for n in range(17, 21)]
    assert sp == sorted(sp, reverse=True)  # SP17 (5th space) up to SP20 (2nd)
    assert at(view, "PC1")[1] == pytest.approx(at(view, "SP18")[1], abs=0.2 * cun)  # both 4th space
    assert at(view, "PC1")[0] > at(view, "SP18")[0] > gb23[0]  # 5 and 6 cun from the midline
    assert at(view, "LR14")[1] < at(view, "GB24")[1] < lr13[1]  # 6th and 7th spaces
    ht = [at(view, f"HT{n}")[1] for n in range(1, 4)]
    assert ht == sorted(ht, reverse=True)  # the raised arm: the elbow at the top


def test_perineum_order_facts() -> None:
    # From below in the lithotomy position: pubis at the top, coccyx at the bottom.
    view = "perineum"
    cun = VIEWS[view]["cun_px"]
    cv1, gv1 = at(view, "CV1", "midline"), at(view, "GV1", "midline")
    right, left = at(view, "BL35", "right"), at(view, "BL35", "left")
    assert cv1[0] == gv1[0] == VIEWS[view]["width"] / 2
    assert right[0] < cv1[0] < left[0]  # the patient's right on the viewer's left
    assert left[0] - cv1[0] == pytest.approx(0.5 * cun, abs=1) and right[1] == left[1]
    # BL35 beside the coccyx tip; GV1 halfway from there to the anus; CV1 halfway from the anus
    # to the genitals, so the anus lies between GV1 and CV1.
    assert cv1[1] < gv1[1] < right[1]
    anus = 2 * gv1[1] - right[1]
    assert cv1[1] < anus < gv1[1]
    genitals = 2 * cv1[1] - anus
    assert anus - genitals == pytest.approx(2 * cun, abs=0.5 * cun)
    regions = json.loads((DETAIL_DIR / "regions.json").read_text(encoding="utf-8"))[view]
    perineum = next(r for r in regions if r["id"] == "perineum")
    polygon = [(x, y) for x, y in perineum["polygon"]]
    assert inside(cv1, polygon) and inside(gv1, polygon)


def channels_in(view: str) -> dict[str, list[list[str]]]:
    return json.loads((DETAIL_DIR / "channels.json").read_text(encoding="utf-8"))[view]

"""Label placement never overlaps and prefers chosen points."""

from __future__ import annotations

import itertools

from charting.ui.bodymap.labels import LabelRequest, layout_labels


def overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_crowded_labels_do_not_overlap_and_chosen_ones_win() -> None:
    requests = [LabelRequest(i, 100 + 6 * (i % 10), 100 + 7 * (i // 10), 30, 12) for i in range(60)]
    chosen = [LabelRequest("chosen", 130, 120, 30, 12)]
    placed = layout_labels(chosen, requests, [(130, 120)], [(r.x, r.y) for r in requests])
    assert "chosen" in placed
    absolute = {}
    for r in [*requests, *chosen]:
        if r.key in placed:
            left, top, right, bottom = placed[r.key]
            absolute[r.key] = (left + r.x, top + r.y, right + r.x, bottom + r.y)
    assert 0 < len(absolute) < 61  # some fit, not all
    for a, b in itertools.combinations(absolute.values(), 2):
        assert not overlap(a, b)


def test_a_lone_label_goes_right_of_its_marker() -> None:
    placed = layout_labels([], [LabelRequest("x", 50, 50, 20, 10)], [], [(50, 50)])
    left, top, right, bottom = placed["x"]
    assert left > 0 and top < 0 < bottom and right - left == 20

"""Channel pathways for drawing: ordered runs of points, split wherever a view cannot show them.

A pathway is written as the classical course through its points (the Stomach branch from ST5 down
the neck, the Bladder's inner line, sacral points and outer line). In a view, each pathway becomes
the maximal runs of consecutive points that the view shows, on one side, so a line never jumps
across a hidden stretch of the body.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping


def _seq(channel: str, first: int, last: int) -> list[str]:
    return [f"{channel}{n}" for n in range(first, last + 1)]


PATHWAYS: dict[str, list[list[str]]] = {
    "LU": [_seq("LU", 1, 11)],
    "LI": [_seq("LI", 1, 20)],
    "ST": [_seq("ST", 1, 8), ["ST5", *_seq("ST", 9, 45)]],
    "SP": [_seq("SP", 1, 21)],
    "HT": [_seq("HT", 1, 9)],
    "SI": [_seq("SI", 1, 19)],
    "BL": [_seq("BL", 1, 30), _seq("BL", 31, 40), ["BL10", *_seq("BL", 41, 54), "BL40", *_seq("BL", 55, 67)]],
    "KI": [_seq("KI", 1, 27)],
    "PC": [_seq("PC", 1, 9)],
    "TE": [_seq("TE", 1, 23)],
    "GB": [_seq("GB", 1, 44)],
    "LR": [_seq("LR", 1, 14)],
    "GV": [_seq("GV", 1, 28)],
    "CV": [_seq("CV", 1, 24)],
}


def view_runs(shown: Mapping[str, set[tuple[str, str]]], view: str) -> dict[str, list[list[str]]]:
    """Runs per channel in one view; `shown[view]` holds the (code, side) pairs it draws."""
    drawn = shown.get(view, set())
    out: dict[str, list[list[str]]] = {}
    for channel, paths in PATHWAYS.items():
        runs: list[list[str]] = []
        for path in paths:
            for side in ("left", "right", "midline"):
                runs += _split(path, {code for code, s in drawn if s == side})
        unique: list[list[str]] = []
        for run in runs:
            if run not in unique:
                unique.append(run)
        if unique:
            out[channel] = unique
    return out


def _split(path: Iterable[str], visible: set[str]) -> list[list[str]]:
    runs: list[list[str]] = []
    current: list[str] = []
    for code in path:
        if code in visible:
            current.append(code)
            continue
        if len(current) > 1:
            runs.append(current)
        current = []
    if len(current) > 1:
        runs.append(current)
    return runs

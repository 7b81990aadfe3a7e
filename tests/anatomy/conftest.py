"""Fixtures for the whole-body figure tests: one in-memory generation shared by the session."""

from __future__ import annotations

import csv
import io

import pytest

from charting.anatomy.body_model import MODEL
from charting.anatomy.build import render_files
from charting.anatomy.placements import PlacementResult

Rows = list[dict[str, str]]


@pytest.fixture(scope="session")
def generated() -> tuple[dict[str, str], PlacementResult]:
    return render_files(MODEL)


@pytest.fixture(scope="session")
def files(generated: tuple[dict[str, str], PlacementResult]) -> dict[str, str]:
    return generated[0]


@pytest.fixture(scope="session")
def rows(files: dict[str, str]) -> Rows:
    return list(csv.DictReader(io.StringIO(files["placements.csv"])))


@pytest.fixture(scope="session")
def where(rows: Rows) -> dict[tuple[str, str, str], list[tuple[float, float]]]:
    """(code, view, side) -> placements."""
    out: dict[tuple[str, str, str], list[tuple[float, float]]] = {}
    for r in rows:
        out.setdefault((r["code"], r["view"], r["side"]), []).append((float(r["x"]), float(r["y"])))
    return out

"""Fixtures for the point catalog tests: the real shipped catalog, and tiny hand-written ones."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from charting.points import Catalog, load_catalog
from tests.points.catalog_files import write_small_catalog

PointsWriter = Callable[..., Path]


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def small_points(tmp_path: Path) -> PointsWriter:
    """Writes the small catalog into tmp_path/points; keyword arguments replace its rows."""

    def write(**rows: list[dict[str, str]]) -> Path:
        return write_small_catalog(tmp_path / "points", **rows)

    return write

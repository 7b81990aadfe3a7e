"""The acupuncture point catalog: the WHO channel points and the common extra points, how to find
them from whatever a practitioner types, and where each one is drawn on the body figures.

Qt-free; the data lives in ``resources/points`` and ``resources/figures``.
"""

from __future__ import annotations

import functools

from charting.points.catalog import Catalog, read_catalog
from charting.points.errors import AmbiguousPointError, CatalogDataError, UnknownPointError
from charting.points.model import (
    Category,
    Caution,
    Depth,
    Meridian,
    Placement,
    Point,
    Region,
    View,
)


@functools.cache
def load_catalog() -> Catalog:
    """The shipped catalog, read once per process and shared (every object in it is immutable)."""
    return read_catalog()


__all__ = [
    "AmbiguousPointError",
    "Catalog",
    "CatalogDataError",
    "Category",
    "Caution",
    "Depth",
    "Meridian",
    "Placement",
    "Point",
    "Region",
    "UnknownPointError",
    "View",
    "load_catalog",
    "read_catalog",
]

"""A shown body map on the shipped catalog."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from charting.points import Catalog, load_catalog
from charting.ui.bodymap import BodyMapWidget


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    return load_catalog()


@pytest.fixture
def widget(qtbot: QtBot, catalog: Catalog) -> BodyMapWidget:
    w = BodyMapWidget(catalog=catalog)
    qtbot.addWidget(w)
    w.resize(1100, 900)
    w.show()
    qtbot.waitExposed(w)
    return w

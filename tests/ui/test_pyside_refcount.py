"""Guards the PySide6 6.12.0 / Python 3.11 defect that drops None's refcount on void Qt calls."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QGraphicsRectItem


def test_void_qt_calls_do_not_leak_none_references() -> None:
    item = QGraphicsRectItem(0, 0, 1, 1)
    before = sys.getrefcount(None)
    for i in range(5_000):
        item.setPos(i, i)
    after = sys.getrefcount(None)
    assert after >= before - 50, f"None refcount fell by {before - after} over 5,000 void Qt calls"

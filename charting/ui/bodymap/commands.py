"""Undo entries: every change to the map is a swap between two whole snapshots of its state.

Snapshots are tiny (a visit has tens of points and a few areas) and immutable, so one command
class covers adding, removing, marking and overriding without per-action inverse logic.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from charting.ui.bodymap.selection import ChosenPoint, MarkedArea


@dataclass(frozen=True)
class MapState:
    points: tuple[ChosenPoint, ...] = ()
    areas: tuple[MarkedArea, ...] = ()


class ChangeMapCommand(QUndoCommand):
    def __init__(self, text: str, before: MapState, after: MapState, apply: Callable[[MapState], None]) -> None:
        super().__init__(text)
        self.before = before
        self.after = after
        self._apply = apply

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)

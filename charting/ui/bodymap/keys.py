"""The body map's keyboard: one table read both to claim keys and to act on them.

The map claims its keys through ShortcutOverride while it has focus, the way text fields keep
Ctrl+Z for themselves. Window shortcuts on the same keys (Ctrl+Z, or digits for pain scores in
the visit editor) then neither steal them from the map nor end up ambiguous.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

from charting.ui.bodymap.map_view import ZOOM_STEP

if TYPE_CHECKING:
    from charting.ui.bodymap.widget import BodyMapWidget

Action = Callable[[], object]
_CTRL = Qt.KeyboardModifier.ControlModifier
_SHIFT = Qt.KeyboardModifier.ShiftModifier
_ALT = Qt.KeyboardModifier.AltModifier
_PLAIN_ZOOM = {
    Qt.Key.Key_Plus: ZOOM_STEP,
    Qt.Key.Key_Equal: ZOOM_STEP,
    Qt.Key.Key_Minus: 1 / ZOOM_STEP,
    Qt.Key.Key_Underscore: 1 / ZOOM_STEP,
}


def key_action(widget: BodyMapWidget, event: QKeyEvent) -> Action | None:
    """What the key does on the map, or None if the map leaves it alone."""
    key = Qt.Key(event.key())
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    if event.matches(QKeySequence.StandardKey.Undo):
        return widget.undo
    if event.matches(QKeySequence.StandardKey.Redo) or (key == Qt.Key.Key_Z and modifiers == _CTRL | _SHIFT):
        return widget.redo
    if event.matches(QKeySequence.StandardKey.Find):
        return widget.focus_search
    if modifiers == _CTRL and key in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
        return lambda: widget.step_view(1 if key == Qt.Key.Key_PageDown else -1)
    if modifiers == _ALT and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
        index = key - Qt.Key.Key_1
        views = widget.views()
        return (lambda: widget.set_view(views[index])) if index < len(views) else None
    if modifiers & ~_SHIFT:
        return None
    return _plain_key(widget, key, shift=bool(modifiers & _SHIFT))


def _plain_key(widget: BodyMapWidget, key: Qt.Key, shift: bool) -> Action | None:
    if key in _PLAIN_ZOOM:
        return lambda: widget.map.zoom_by(_PLAIN_ZOOM[key])
    if key == Qt.Key.Key_0:
        return widget.map.fit
    if key == Qt.Key.Key_Slash:
        return widget.focus_search
    if key == Qt.Key.Key_M:
        return None if widget.is_read_only() else widget.toolbar.areas.toggle
    if key == Qt.Key.Key_N:
        return (lambda: widget.cycle_points(-1 if shift else 1)) if widget.chosen_points() else None
    code = widget.current_point()
    if code is None:
        return None
    if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
        return lambda: widget.remove_point(code, "bilateral")
    roles = {Qt.Key.Key_L: "local", Qt.Key.Key_D: "distal", Qt.Key.Key_A: None}
    if key in roles:
        return lambda: widget.set_point_role(code, roles[key])
    return None

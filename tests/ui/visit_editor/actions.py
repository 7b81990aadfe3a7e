"""Driving the editor the way a practitioner does, counting each user action (a click, a key
chord or one typed value) for the fast-path measurement."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from pytestqt.qtbot import QtBot

from charting.points import Catalog
from tests.ui.bodymap.map_helpers import viewport_pos


class User:
    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.actions = 0

    def click(self, widget: QWidget, pos: QPoint | None = None) -> None:
        self.actions += 1
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def press(
        self, widget: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.actions += 1
        self.qtbot.keyClick(widget, key, modifiers)

    def type(self, widget: QWidget, text: str) -> None:
        self.actions += 1
        self.qtbot.keyClicks(widget, text)

    def click_point(self, editor, catalog: Catalog, code: str, view: str, side: str) -> None:  # type: ignore[no-untyped-def]
        bodymap = editor.treatment.bodymap
        if bodymap.current_view() != view:
            self.press(editor, Qt.Key.Key_F6)  # only counted when the view really has to change
            bodymap.set_view(view)
        self.click(bodymap.map.viewport(), viewport_pos(bodymap, catalog, code, view, side))

    def click_button(self, button: QAbstractButton) -> None:
        assert button.isVisible() and button.isEnabled(), button.text()
        self.click(button)

"""Small shared steps for the visit-editor tests."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from charting.points import Catalog, load_catalog
from charting.ui.visit_editor import VisitEditor
from tests.ui.bodymap.map_helpers import click_region


def activate(qtbot: QtBot, widget: QWidget) -> None:
    """Make the window the active one, as the practitioner's window is: shortcuts need it."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window(), timeout=2000)


def catalog() -> Catalog:
    return load_catalog()


def body_view_of(code: str, side: str) -> str:
    """A whole-body view that draws this point on this side (posterior first: the calf case)."""
    views = [p.view for p in catalog().placements(code) if p.side == side and catalog().views[p.view].kind == "body"]
    return "posterior" if "posterior" in views else views[0]


def mark_area(qtbot: QtBot, editor: VisitEditor, region: str, side: str, kind: str, severity: int) -> None:
    bodymap = editor.treatment.bodymap
    bodymap.toolbar.areas.setChecked(True)
    bodymap.toolbar.kind.setCurrentIndex(bodymap.toolbar.kind.findData(kind))
    bodymap.toolbar.severity.setValue(severity)
    with qtbot.waitSignal(bodymap.areasChanged):
        click_region(qtbot, bodymap, catalog(), region, "posterior", side)
    bodymap.toolbar.areas.setChecked(False)


def sign_with_keys(qtbot: QtBot, editor: VisitEditor) -> None:
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    [sign] = [b for b in editor.bar.buttons if b.text() == "Sign visit"]
    qtbot.mouseClick(sign, Qt.MouseButton.LeftButton)


def saved(editor: VisitEditor) -> bool:
    return editor.autosave.state == "idle" and not editor.autosave.has_unsaved()

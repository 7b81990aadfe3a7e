"""The main window's commands with their keys, made in one place so menus and toolbar agree."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QWidget


@dataclass
class AppActions:
    show_today: QAction
    show_patient: QAction
    show_visit: QAction
    find_patient: QAction
    new_patient: QAction
    edit_patient: QAction
    new_visit: QAction
    refresh: QAction
    print_day: QAction
    print_summary: QAction
    print_superbill: QAction
    clinic_settings: QAction
    quit: QAction
    about: QAction
    views: QActionGroup


def _action(
    owner: QWidget, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None, tip: str = ""
) -> QAction:
    action = QAction(text, owner)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(
            f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
            if shortcut is not None
            else tip
        )
    owner.addAction(action)  # shortcuts work even when the action is in no visible menu
    return action


def create_actions(owner: QWidget) -> AppActions:
    tr = owner.tr
    views = QActionGroup(owner)
    views.setExclusive(True)
    show_today = _action(owner, tr("&Today"), "Alt+1", tr("The day's visits"))
    show_patient = _action(owner, tr("&Patient"), "Alt+2", tr("The open patient"))
    show_visit = _action(owner, tr("&Visit"), "Alt+3", tr("The visit being charted"))
    for view in (show_today, show_patient, show_visit):
        view.setCheckable(True)
        views.addAction(view)
    return AppActions(
        show_today=show_today,
        show_patient=show_patient,
        show_visit=show_visit,
        find_patient=_action(owner, tr("&Find patient…"), "Ctrl+F", tr("Find a patient")),
        new_patient=_action(owner, tr("New &patient…"), "Ctrl+Shift+N", tr("Register a new patient")),
        edit_patient=_action(owner, tr("&Edit patient…"), "Ctrl+E", tr("Correct the open patient's details")),
        new_visit=_action(owner, tr("&New visit"), "Ctrl+N", tr("Start a visit for the open patient")),
        refresh=_action(owner, tr("&Refresh"), "F5", tr("Reload from the database")),
        print_day=_action(owner, tr("Print &day sheet…"), None, tr("Print all of the shown day's visits")),
        print_summary=_action(
            owner, tr("Print visit &summary…"), "Ctrl+P", tr("Preview the open visit, or the one selected on Today")
        ),
        print_superbill=_action(owner, tr("Print super&bill…"), None, tr("Preview the superbill of a signed visit")),
        clinic_settings=_action(
            owner, tr("Clinic &settings…"), None, tr("Clinic profile, people, fees and home-care templates")
        ),
        quit=_action(owner, tr("&Quit"), QKeySequence.StandardKey.Quit),
        about=_action(owner, tr("&About Acuchart")),
        views=views,
    )

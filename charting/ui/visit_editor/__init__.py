"""The visit editor: what the practitioner charts during a session (see ``editor.VisitEditor``)."""

from charting.ui.visit_editor.editor import VisitEditor

__all__ = ["VisitEditor"]

"""The clickable body map: choose points, mark complaint areas, see safety warnings."""

from charting.ui.bodymap.selection import ChosenPoint, MarkedArea
from charting.ui.bodymap.widget import BodyMapWidget

__all__ = ["BodyMapWidget", "ChosenPoint", "MarkedArea"]

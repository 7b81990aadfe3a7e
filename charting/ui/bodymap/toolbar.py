"""The controls above the map: views, search, area marking, meridians, zoom, undo."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QMenu,
    QSpinBox,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from charting.domain.vocabulary import AREA_KINDS
from charting.points import Catalog
from charting.ui.bodymap.search_box import PointSearchBox


def _swatch(colour: str) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class MapToolbar(QWidget):
    channelsToggled = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Whole-body views as tabs; the many detail views behind one "Detail" tab and a chooser.
        self.tabs = QTabBar(self)
        self.tabs.setExpanding(False)
        self.tabs.setDocumentMode(True)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.details = QComboBox(self)
        self.details.setToolTip(self.tr("Detail views: head, hands, feet"))
        for view in catalog.views.values():
            if view.kind == "detail":
                self.details.addItem(view.title, view.name)
            else:
                self.tabs.setTabData(self.tabs.addTab(view.title), view.name)
        self.detail_tab = self.tabs.addTab(self.tr("Detail")) if self.details.count() else -1
        self.details.setVisible(self.details.count() > 0)
        self.search = PointSearchBox(catalog, self)

        self.areas = self._button(self.tr("Mark areas"), self.tr("Click body regions to mark complaint areas (M)"))
        self.areas.setCheckable(True)
        self.kind = QComboBox(self)
        for kind in AREA_KINDS:
            self.kind.addItem(self.tr(kind.capitalize()), kind)
        self.kind.setToolTip(self.tr("Kind of complaint to mark"))
        self.severity = QSpinBox(self)
        self.severity.setRange(0, 10)
        self.severity.setValue(5)
        self.severity.setPrefix(self.tr("Severity "))
        self.severity.setToolTip(self.tr("Severity 0–10 of the complaint to mark"))
        self.areas.toggled.connect(self._area_controls_enabled)
        self._area_controls_enabled(False)

        self.meridians = self._button(self.tr("Meridians"), self.tr("Show or hide meridian lines"))
        self.meridians.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.meridians)
        menu.addAction(self.tr("Show all"), lambda: self._set_all_channels(True))
        menu.addAction(self.tr("Hide all"), lambda: self._set_all_channels(False))
        menu.addSeparator()
        self.channel_actions: dict[str, QAction] = {}
        for code, meridian in catalog.meridians.items():
            if code == "EX":
                continue  # extra points form no channel
            action = menu.addAction(_swatch(meridian.colour), f"{code}  {self.tr(meridian.name)}")
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self.channelsToggled)
            self.channel_actions[code] = action
        self.meridians.setMenu(menu)

        self.zoom_out = self._button("−", self.tr("Zoom out (−)"))
        self.fit = self._button(self.tr("Fit"), self.tr("Show the whole figure (0)"))
        self.zoom_in = self._button("+", self.tr("Zoom in (+)"))
        self.undo = self._button(self.tr("Undo"), self.tr("Undo (Ctrl+Z)"))
        self.redo = self._button(self.tr("Redo"), self.tr("Redo (Ctrl+Shift+Z)"))

        tools = QHBoxLayout()
        tools.setContentsMargins(0, 0, 0, 0)
        tools.addWidget(self.search, 1)
        for widget in (self.areas, self.kind, self.severity, self.meridians):
            tools.addWidget(widget)
        tools.addSpacing(8)
        for widget in (self.zoom_out, self.fit, self.zoom_in):
            tools.addWidget(widget)
        tools.addSpacing(8)
        tools.addWidget(self.undo)
        tools.addWidget(self.redo)
        views = QHBoxLayout()
        views.setContentsMargins(0, 0, 0, 0)
        views.addWidget(self.tabs)
        views.addWidget(self.details)
        views.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(views)
        layout.addLayout(tools)

    def show_view(self, name: str, kind: str) -> None:
        """Reflect the current view in the tabs and the detail chooser without emitting signals."""
        for widget in (self.tabs, self.details):
            widget.blockSignals(True)
        if kind == "detail":
            self.tabs.setCurrentIndex(self.detail_tab)
            self.details.setCurrentIndex(self.details.findData(name))
        else:
            self.tabs.setCurrentIndex(next(i for i in range(self.tabs.count()) if self.tabs.tabData(i) == name))
        for widget in (self.tabs, self.details):
            widget.blockSignals(False)

    def _button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        return button

    def channels_visible(self) -> dict[str, bool]:
        return {code: action.isChecked() for code, action in self.channel_actions.items()}

    def _set_all_channels(self, visible: bool) -> None:
        for action in self.channel_actions.values():
            action.blockSignals(True)
            action.setChecked(visible)
            action.blockSignals(False)
        self.channelsToggled.emit()

    def _area_controls_enabled(self, on: bool) -> None:
        self.kind.setEnabled(on)
        self.severity.setEnabled(on)

    def area_mark(self) -> tuple[str, int]:
        return self.kind.currentData(), self.severity.value()

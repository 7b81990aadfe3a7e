"""The fee schedule page: the CPT code, superbill wording and price of each billable service.

The services themselves are fixed (the superbill maps acupuncture time and each modality to one of
them), so the page edits lines and never adds or removes them.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charting.domain.billing import FeeItem
from charting.errors import DomainError, ValidationError
from charting.services import billing
from charting.ui.admin.field_errors import ERROR_COLOUR
from charting.ui.admin.save_buttons import SaveButtons
from charting.ui.context import AppContext

SERVICE, CPT, DESCRIPTION, FEE = range(4)
FIELD_COLUMNS = {"cpt_code": CPT, "description": DESCRIPTION, "fee": FEE}
MAX_FEE = 99_999.99
CPT_LENGTH = 10  # the column width; real codes are five characters
DESCRIPTION_LENGTH = 200
ERROR_TINT = QColor("#fdecea")


def _dollars(cents: int) -> str:
    return f"${cents / 100:,.2f}"


class FeeDelegate(QStyledItemDelegate):
    """Edits a fee as dollars and cents in a spin box, so only a valid, non-negative price is typed."""

    def createEditor(
        self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = QDoubleSpinBox(parent)
        editor.setDecimals(2)
        editor.setRange(0.0, MAX_FEE)
        editor.setPrefix("$ ")
        editor.setFrame(False)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.UserRole)) / 100)

    def setModelData(self, editor: QWidget, model: object, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QDoubleSpinBox)
        editor.interpretText()
        cents = round(editor.value() * 100)
        model.setData(index, cents, Qt.ItemDataRole.UserRole)  # type: ignore[attr-defined]
        model.setData(index, _dollars(cents), Qt.ItemDataRole.DisplayRole)  # type: ignore[attr-defined]


class FeesPage(QWidget):
    """One table row per service; Save stores the rows that changed, each through `save_fee`."""

    message = Signal(str, str)  # text, banner kind ("info" / "error")

    def __init__(self, ctx: AppContext, *, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._read_only = read_only
        self._saved: dict[str, FeeItem] = {}
        self.service_names = {
            "acupuncture_initial": self.tr("Acupuncture, first 15 min"),
            "acupuncture_additional": self.tr("Acupuncture, each further 15 min"),
            "acupuncture_estim_initial": self.tr("Electro-acupuncture, first 15 min"),
            "acupuncture_estim_additional": self.tr("Electro-acupuncture, each further 15 min"),
            "cupping": self.tr("Cupping"),
            "gua_sha": self.tr("Gua sha"),
            "moxibustion": self.tr("Moxibustion"),
            "heat_lamp": self.tr("Heat lamp"),
            "tui_na": self.tr("Tui na"),
            "ear_seeds": self.tr("Ear seeds"),
            "herbs": self.tr("Herbs"),
        }
        intro = QLabel(
            self.tr(
                "Prices and codes printed on superbills. Acupuncture is billed in 15-minute units "
                "(8-minute rule); every other service bills one unit per visit."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("CPT code"), self.tr("Printed as"), self.tr("Fee")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setItemDelegateForColumn(FEE, FeeDelegate(self.table))
        if read_only:
            self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        else:
            self.table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(SERVICE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CPT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FEE, QHeaderView.ResizeMode.ResizeToContents)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.problems.hide()
        buttons = SaveButtons(self.tr("&Save fee schedule"), self.save, self.load)
        self.save_button, self.revert_button = buttons.save_button, buttons.revert_button
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        if read_only:
            self.save_button.hide()
            self.revert_button.hide()
        self.load()

    def load(self) -> None:
        """Show the stored schedule (seeded with defaults on first use), dropping unsaved edits."""
        self._saved = billing.fee_schedule(self._ctx.db)
        self.table.setRowCount(len(self._saved))
        for row, item in enumerate(self._saved.values()):
            service = QTableWidgetItem(self.service_names.get(item.service, item.service))
            service.setData(Qt.ItemDataRole.UserRole, item.service)
            service.setFlags(service.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, SERVICE, service)
            self.table.setItem(row, CPT, QTableWidgetItem(item.cpt_code))
            self.table.setItem(row, DESCRIPTION, QTableWidgetItem(item.description))
            fee = QTableWidgetItem(_dollars(item.fee_cents))
            fee.setData(Qt.ItemDataRole.UserRole, item.fee_cents)
            fee.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, FEE, fee)
        self._show_problems({})

    def row_of(self, service: str) -> int:
        return list(self._saved).index(service)

    def cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None, "load() fills every cell"
        return item

    def line(self, row: int) -> FeeItem:
        """The fee line as the table holds it now (edited or not)."""
        return FeeItem(
            service=str(self.cell(row, SERVICE).data(Qt.ItemDataRole.UserRole)),
            cpt_code=self.cell(row, CPT).text().strip(),
            description=self.cell(row, DESCRIPTION).text().strip(),
            fee_cents=int(self.cell(row, FEE).data(Qt.ItemDataRole.UserRole)),
        )

    def _edited(self) -> list[int]:
        return [r for r in range(self.table.rowCount()) if self.line(r) != self._saved[self.line(r).service]]

    def is_dirty(self) -> bool:
        return not self._read_only and bool(self._edited())

    def save(self) -> bool:
        """Store every changed line; lines the service refuses stay as typed, marked with why."""
        if self._read_only:
            return False
        self.table.setCurrentIndex(QModelIndex())  # commits a cell still being edited
        problems: dict[int, ValidationError] = {}
        stored = 0
        for row in self._edited():
            line = self.line(row)
            try:
                self._saved[line.service] = billing.save_fee(
                    self._ctx.db,
                    service=line.service,
                    cpt_code=line.cpt_code,
                    description=line.description,
                    fee_cents=line.fee_cents,
                    user_id=self._ctx.user.id,
                )
            except ValidationError as error:
                problems[row] = error
            except DomainError as error:
                self.message.emit(str(error), "error")
                return False
            else:
                stored += 1
        self._show_problems(problems)
        if problems:
            text = (
                self.tr("Saved {stored} line(s); {bad} still need correcting (marked below).")
                if stored
                else self.tr("Nothing saved: {bad} line(s) need correcting (marked below).")
            )
            self.message.emit(text.format(stored=stored, bad=len(problems)), "error")
            return False
        self.message.emit(self.tr("Fee schedule saved ({n} line(s) changed).").format(n=stored), "info")
        return True

    def _show_problems(self, problems: dict[int, ValidationError]) -> None:
        """Tint each refused cell, give it the reason as a tooltip, and list the reasons under the table."""
        lines: list[str] = []
        for row in range(self.table.rowCount()):
            error = problems.get(row)
            for field, column in FIELD_COLUMNS.items():
                cell = self.cell(row, column)
                reason = error.fields.get(field, "") if error else ""
                cell.setToolTip(reason)
                cell.setData(Qt.ItemDataRole.BackgroundRole, ERROR_TINT if reason else None)
            if error:
                name = self.cell(row, SERVICE).text()
                lines.extend(f"{name}: {text}" for text in error.fields.values())
        self.problems.setText("\n".join(lines))
        self.problems.setVisible(bool(lines))

    def problem_text(self) -> str:
        """The reasons listed under the table (empty when every line was accepted)."""
        return self.problems.text() if not self.problems.isHidden() else ""

"""The people page: who works at the clinic, their credentials, and who has left.

Nobody is deleted here. A practitioner who leaves is deactivated: they disappear from the user
picker and the practitioner lists, while the visits they signed keep their name and credentials.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from charting.domain import vocabulary as vocab
from charting.domain.records import UserRecord
from charting.errors import DomainError, ValidationError
from charting.services import users
from charting.ui.admin.field_errors import FieldErrors
from charting.ui.admin.save_buttons import SaveButtons
from charting.ui.context import AppContext

INACTIVE_COLOUR = QColor("#7a7a7a")
NEW_PERSON = UserRecord(id=0, username="", display_name="", role="practitioner", credentials="", licence_no="", npi="")


class UsersPage(QWidget):
    """A list of people beside a form for the one selected (or the one being added)."""

    message = Signal(str, str)  # text, banner kind ("info" / "error")

    def __init__(self, ctx: AppContext, *, read_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._read_only = read_only
        self._errors = FieldErrors()
        self._people: list[UserRecord] = []
        self._current: UserRecord | None = None  # None while adding someone new
        self._saved: dict[str, object] = {}
        self.role_names = {
            "practitioner": self.tr("Practitioner"),
            "front_desk": self.tr("Front desk"),
            "admin": self.tr("Administrator"),
        }

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Credentials"), self.tr("Status")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.show_inactive = QCheckBox(self.tr("Show people who have l&eft"))
        self.show_inactive.toggled.connect(self._on_show_inactive)
        self.add_button = QPushButton(self.tr("&Add person"))
        self.add_button.clicked.connect(self.start_new)
        below = QHBoxLayout()
        below.addWidget(self.show_inactive)
        below.addStretch(1)
        below.addWidget(self.add_button)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addLayout(below)

        self.username = QLineEdit()
        self.username.setMaxLength(80)
        self.display_name = QLineEdit()
        self.display_name.setMaxLength(200)
        self.display_name.setPlaceholderText(self.tr("e.g. Dr. Mei Lin"))
        self.role = QComboBox()
        for role in vocab.USER_ROLES:
            self.role.addItem(self.role_names[role], role)
        self.credentials = QLineEdit()
        self.credentials.setMaxLength(80)
        self.credentials.setPlaceholderText(self.tr("e.g. L.Ac., DACM"))
        self.licence_no = QLineEdit()
        self.licence_no.setMaxLength(80)
        self.npi = QLineEdit()
        self.npi.setMaxLength(20)
        self.npi.setPlaceholderText(self.tr("Individual (type 1) NPI, 10 digits"))
        self.active = QCheckBox(self.tr("Works here (active)"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for label, name, field in (
            (self.tr("&User name"), "username", self.username),
            (self.tr("&Display name"), "display_name", self.display_name),
            (self.tr("R&ole"), "role", self.role),
            (self.tr("&Credentials"), "credentials", self.credentials),
            (self.tr("&Licence no."), "licence_no", self.licence_no),
            (self.tr("&NPI"), "npi", self.npi),
            (self.tr("Status"), "active", self.active),
        ):
            self._errors.add_row(form, label, name, field)
        self._leavers = self.tr(
            "People who leave are deactivated, never deleted: the visits they signed keep their name and credentials."
        )
        self.note = QLabel(self._leavers)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")
        buttons = SaveButtons(self.tr("&Save"), self.save, self._revert)
        self.save_button, self.revert_button = buttons.save_button, buttons.revert_button
        self.details = QGroupBox()
        right = QVBoxLayout(self.details)
        right.addLayout(form)
        right.addWidget(self.note)
        right.addStretch(1)
        right.addLayout(buttons)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.details, 2)
        if read_only:
            for field in (self.username, self.display_name, self.credentials, self.licence_no, self.npi):
                field.setReadOnly(True)
            self.role.setEnabled(False)
            self.active.setEnabled(False)
            for button in (self.add_button, self.save_button, self.revert_button):
                button.hide()
        self._saved = self.values()  # the empty form holds no edits yet
        self.reload()
        self._show_first_or_new()

    # -- the list -------------------------------------------------------------------------------

    def reload(self) -> None:
        """Refill the list from the database, keeping the person in the form selected if listed."""
        self._people = users.list_users(self._ctx.db, include_inactive=self.show_inactive.isChecked())
        self.table.blockSignals(True)
        self.table.setRowCount(len(self._people))
        for row, person in enumerate(self._people):
            status = self.tr("Active") if person.active else self.tr("Left (inactive)")
            cells = (person.display_name, self.role_names[person.role], person.credentials, status)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, person.id)
                if not person.active:
                    item.setForeground(INACTIVE_COLOUR)
                self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self._reselect_current()

    def _row_of(self, person: UserRecord | None) -> int | None:
        ids = [p.id for p in self._people]
        return ids.index(person.id) if person is not None and person.id in ids else None

    def _show_first_or_new(self) -> None:
        if self._people:
            self.select_user(self._people[0].id)
        else:
            self._show(None)

    def _on_show_inactive(self, _on: bool) -> None:
        hides_current = self._current is not None and not self._current.active
        if hides_current and self.is_dirty():
            if not self.confirm_discard():
                self.show_inactive.blockSignals(True)
                self.show_inactive.setChecked(True)
                self.show_inactive.blockSignals(False)
                return
            self._revert()  # discarded once here, so moving to another person does not ask again
        self.reload()
        if self._current is not None and self._row_of(self._current) is None:
            self._show_first_or_new()

    def select_user(self, user_id: int) -> None:
        """Select a listed person, showing them in the form (asks first if edits would be lost)."""
        self.table.selectRow([p.id for p in self._people].index(user_id))

    def _selected(self) -> UserRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self._people[rows[0].row()] if rows else None

    def _on_selection(self) -> None:
        person = self._selected()
        if person is None or person == self._current:
            return
        if self.is_dirty() and not self.confirm_discard():
            self._reselect_current()
            return
        self._show(person)

    def _reselect_current(self) -> None:
        """Select the row of the person in the form (if listed) without reloading the form."""
        self.table.blockSignals(True)
        self.table.clearSelection()
        row = self._row_of(self._current)
        if row is not None:
            self.table.selectRow(row)
        self.table.blockSignals(False)

    def confirm_discard(self) -> bool:
        """Ask before unsaved edits are dropped; tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Discard the changes to this person?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    # -- the form -------------------------------------------------------------------------------

    def start_new(self) -> None:
        """Empty the form for someone new (a practitioner unless changed)."""
        if self.is_dirty() and not self.confirm_discard():
            return
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.blockSignals(False)
        self._show(None)
        self.username.setFocus()

    def _show(self, person: UserRecord | None) -> None:
        """Fill the form with `person`, or empty it for someone new (None)."""
        self._current = person
        self._errors.clear()
        shown = person or NEW_PERSON
        self.details.setTitle(self.tr("New person") if person is None else shown.display_name)
        self.username.setText(shown.username)
        self.username.setReadOnly(self._read_only or person is not None)
        self.display_name.setText(shown.display_name)
        self.role.setCurrentIndex(self.role.findData(shown.role))
        self.credentials.setText(shown.credentials)
        self.licence_no.setText(shown.licence_no)
        self.npi.setText(shown.npi)
        self.active.setChecked(shown.active)
        is_me = person is not None and person.id == self._ctx.user.id
        self.active.setEnabled(not self._read_only and person is not None and not is_me)
        yourself = self.tr("This is you: you cannot deactivate yourself.") + " " if is_me else ""
        self.note.setText(yourself + self._leavers)
        self._saved = self.values()

    def values(self) -> dict[str, object]:
        """What the form holds now, keyed like `update_user`'s arguments (plus the user name)."""
        return {
            "username": self.username.text().strip(),
            "display_name": self.display_name.text().strip(),
            "role": self.role.currentData(),
            "credentials": self.credentials.text().strip(),
            "licence_no": self.licence_no.text().strip(),
            "npi": self.npi.text().strip(),
            "active": self.active.isChecked(),
        }

    def is_dirty(self) -> bool:
        return not self._read_only and self.values() != self._saved

    def _revert(self) -> None:
        self._show(self._current)

    def save(self) -> bool:
        """Add or update the person in the form; a refusal is shown beside the fields, typing kept."""
        if self._read_only:
            return False
        values = self.values()
        db, me = self._ctx.db, self._ctx.user
        try:
            if self._current is None:
                saved = users.create_user(
                    db,
                    username=str(values["username"]),
                    display_name=str(values["display_name"]),
                    role=str(values["role"]),
                    credentials=str(values["credentials"]),
                    licence_no=str(values["licence_no"]),
                    npi=str(values["npi"]),
                    created_by=me.id,
                )
                done = self.tr("Added {name}.").format(name=saved.display_name)
            else:
                saved = users.update_user(
                    db,
                    user_id=self._current.id,
                    display_name=str(values["display_name"]),
                    credentials=str(values["credentials"]),
                    licence_no=str(values["licence_no"]),
                    npi=str(values["npi"]),
                    role=str(values["role"]),
                    active=bool(values["active"]),
                    updated_by=me.id,
                )
                done = self.tr("Saved {name}.").format(name=saved.display_name)
        except ValidationError as error:
            unplaced = self._errors.show(error)
            self.message.emit(" ".join(unplaced) or self.tr("Please correct the marked fields."), "error")
            return False
        except DomainError as error:
            self.message.emit(str(error), "error")
            return False
        if saved.id == me.id:
            self._ctx.user = saved  # the window title and new visits use the fresh name
        self._show(saved)
        self.reload()
        if self._row_of(saved) is None:  # deactivated while people who left are hidden
            self._show_first_or_new()
        self.message.emit(done, "info")
        return True

    def field_error(self, name: str) -> str:
        """The message shown under a field (for the dialog's tests and accessibility checks)."""
        return self._errors.message(name)

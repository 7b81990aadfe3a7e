"""Who is working: pick yourself from the active users, or create the first practitioner.

Not a login (the workstation is trusted); it decides whose name goes on visits and the audit
trail. The last choice is preselected so the usual start-up is one key: Enter.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from charting.db.session import Database
from charting.domain.records import UserRecord
from charting.errors import ValidationError
from charting.services.users import create_user, list_users
from charting.ui import settings as keys
from charting.ui.errors import MessageBanner
from charting.ui.settings import UiSettings

ROLE_NAMES = {"practitioner": "Practitioner", "front_desk": "Front desk", "admin": "Administrator"}


class UserPicker(QDialog):
    def __init__(self, db: Database, ui_settings: UiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self._ui = ui_settings
        self.chosen: UserRecord | None = None
        self.setWindowTitle(self.tr("Acuchart — who is working?"))
        self.banner = MessageBanner(self)

        # Page 1: the list of people.
        self.users = list_users(db)
        self.user_list = QListWidget()
        self.user_list.setAccessibleName(self.tr("Users"))
        self.user_list.setObjectName("userList")
        for user in self.users:
            role = self.tr(ROLE_NAMES.get(user.role, user.role))
            suffix = f", {user.credentials}" if user.credentials else ""
            item = QListWidgetItem(f"{user.display_name}{suffix}   —   {role}")
            item.setData(Qt.ItemDataRole.UserRole, user.id)
            self.user_list.addItem(item)
        self.user_list.itemActivated.connect(lambda _item: self.accept_choice())
        pick_page = QWidget()
        pick_layout = QVBoxLayout(pick_page)
        pick_layout.setContentsMargins(0, 0, 0, 0)
        prompt = QLabel(self.tr("Choose your name to start. Visits you chart are recorded under it."))
        prompt.setWordWrap(True)
        pick_layout.addWidget(prompt)
        pick_layout.addWidget(self.user_list, 1)

        # Page 2: first run, no users yet.
        self.display_name = QLineEdit()
        self.display_name.setPlaceholderText(self.tr("e.g. Dr. Mei Lin"))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. mlin"))
        self.credentials = QLineEdit()
        self.credentials.setPlaceholderText(self.tr("e.g. L.Ac."))
        self.licence_no = QLineEdit()
        self.first_errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for name, label, field in (
            ("display_name", self.tr("Your name *"), self.display_name),
            ("username", self.tr("User name *"), self.username),
            ("credentials", self.tr("Credentials"), self.credentials),
            ("licence_no", self.tr("Licence no."), self.licence_no),
        ):
            error = QLabel()
            error.setObjectName("fieldError")
            error.hide()
            self.first_errors[name] = error
            cell = QVBoxLayout()
            cell.setSpacing(2)
            cell.addWidget(field)
            cell.addWidget(error)
            form.addRow(label, cell)
        first_page = QWidget()
        first_layout = QVBoxLayout(first_page)
        first_layout.setContentsMargins(0, 0, 0, 0)
        welcome = QLabel(
            self.tr(
                "Welcome to Acuchart. This database has no users yet: enter the first practitioner. "
                "More people can be added later."
            )
        )
        welcome.setWordWrap(True)
        first_layout.addWidget(welcome)
        first_layout.addLayout(form)
        first_layout.addStretch(1)

        self.pages = QStackedWidget()
        self.pages.addWidget(pick_page)
        self.pages.addWidget(first_page)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Start"))
        buttons.accepted.connect(self.accept_choice)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.resize(480, 360)

        if self.users:
            remembered = self._ui.get(keys.LAST_USER_ID)
            row = next((i for i, u in enumerate(self.users) if u.id == remembered), 0)
            self.user_list.setCurrentRow(row)
            self.user_list.setFocus()
        else:
            self.pages.setCurrentIndex(1)
            self.display_name.setFocus()

    @property
    def first_run(self) -> bool:
        return not self.users

    def accept_choice(self) -> None:
        if self.first_run:
            user = self._create_first()
            if user is None:
                return
        else:
            row = self.user_list.currentRow()
            if row < 0:
                self.banner.show_message(self.tr("Choose your name in the list."), "warning")
                return
            user = self.users[row]
        self.chosen = user
        self._ui.set(keys.LAST_USER_ID, user.id)
        self.accept()

    def _create_first(self) -> UserRecord | None:
        for label in self.first_errors.values():
            label.hide()
        try:
            return create_user(
                self.db,
                username=self.username.text(),
                display_name=self.display_name.text(),
                role="practitioner",
                credentials=self.credentials.text().strip(),
                licence_no=self.licence_no.text().strip(),
            )
        except ValidationError as exc:
            for name, problem in exc.fields.items():
                if name in self.first_errors:
                    self.first_errors[name].setText(problem)
                    self.first_errors[name].show()
            self.banner.show_message(self.tr("Please correct the fields marked below."), "error")
            return None

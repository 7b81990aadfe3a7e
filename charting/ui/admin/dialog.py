"""The clinic settings dialog: clinic profile, people, fee schedule and home-care templates.

Anyone can look; only administrators and practitioners can change anything (front-desk staff get
the same pages read-only). Each page saves on its own button, and closing with unsaved edits asks
first, so nothing typed is lost by accident.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from charting.services import users
from charting.ui.admin.clinic_page import ClinicPage
from charting.ui.admin.fees_page import FeesPage
from charting.ui.admin.home_care_page import HomeCarePage
from charting.ui.admin.users_page import UsersPage
from charting.ui.context import AppContext
from charting.ui.errors import MessageBanner

DIALOG_SIZE = (940, 620)


class ClinicSettingsDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic settings"))
        self.read_only = not users.can_manage_clinic(ctx.user)
        self.banner = MessageBanner()
        self.clinic_page = ClinicPage(ctx, read_only=self.read_only)
        self.users_page = UsersPage(ctx, read_only=self.read_only)
        self.fees_page = FeesPage(ctx, read_only=self.read_only)
        self.home_care_page = HomeCarePage(ctx, read_only=self.read_only)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.clinic_page, self.tr("Clinic"))
        self.tabs.addTab(self.users_page, self.tr("People"))
        self.tabs.addTab(self.fees_page, self.tr("Fee schedule"))
        self.tabs.addTab(self.home_care_page, self.tr("Home care"))
        for page in self.pages():
            page.message.connect(self.banner.show_message)
        self.tabs.currentChanged.connect(lambda _index: self.banner.dismiss())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if self.read_only:
            notice = QLabel(
                self.tr(
                    "You are viewing the clinic settings read-only: only administrators and "
                    "practitioners can change them."
                )
            )
            notice.setWordWrap(True)
            notice.setStyleSheet(
                "background: #e8f1fb; border: 1px solid #2f6fb5; border-left: 5px solid #2f6fb5;"
                " border-radius: 4px; padding: 6px 10px; color: #123a63;"
            )
            layout.addWidget(notice)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(*DIALOG_SIZE)

    def pages(self) -> list[ClinicPage | UsersPage | FeesPage | HomeCarePage]:
        """The pages in tab order."""
        return [self.clinic_page, self.users_page, self.fees_page, self.home_care_page]

    def unsaved_pages(self) -> list[str]:
        """The tab names holding edits not yet saved."""
        return [self.tabs.tabText(i) for i, page in enumerate(self.pages()) if page.is_dirty()]

    def confirm_close(self, unsaved: list[str]) -> bool:
        """Ask before unsaved edits are dropped; tests replace this method."""
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Changes on {pages} are not saved. Close and discard them?").format(pages=", ".join(unsaved)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        # Close, Escape and the window's close box all come here.
        unsaved = self.unsaved_pages()
        if unsaved and not self.confirm_close(unsaved):
            return
        super().reject()


def open_clinic_settings(parent: QWidget | None, ctx: AppContext) -> None:
    """Show the clinic settings (read-only for front-desk staff) until the user closes them."""
    dialog = ClinicSettingsDialog(ctx, parent)
    dialog.exec()

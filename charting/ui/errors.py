"""Showing problems inside the window: a message banner, and the last-resort exception hook.

A practitioner mid-session must never meet a traceback. Domain errors carry a message written
for them and are shown as they are; anything unexpected is logged in full and answered with a
short apology that says what was kept.
"""

from __future__ import annotations

import logging
import sys
from types import TracebackType

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from charting.errors import DomainError

log = logging.getLogger("charting.ui")

# (background, border, text) per kind; readable on light themes, colour-blind safe by wording too.
_PALETTE = {
    "error": ("#fdecea", "#c62828", "#7f1d1d"),
    "warning": ("#fff4e0", "#e08a00", "#6b4200"),
    "info": ("#e8f1fb", "#2f6fb5", "#123a63"),
}
INFO_TIMEOUT_MS = 6000


class MessageBanner(QFrame):
    """A one-line strip at the top of a window; errors stay until dismissed, notes fade."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBanner")
        self._label = QLabel()
        self._label.setWordWrap(True)
        self._label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton()
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.dismiss)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 6, 6)
        row.addWidget(self._label, 1)
        row.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.dismiss)
        self.kind = ""
        self.hide()

    @property
    def text(self) -> str:
        return self._label.text()

    def show_message(self, text: str, kind: str = "info") -> None:
        background, border, foreground = _PALETTE[kind]
        self.kind = kind
        self.setStyleSheet(
            f"#messageBanner {{ background: {background}; border: 1px solid {border};"
            f" border-left: 5px solid {border}; border-radius: 4px; }}"
            f" #messageBanner QLabel {{ color: {foreground}; }}"
        )
        self._label.setText(text)
        self.show()
        if kind == "info":
            self._timer.start(INFO_TIMEOUT_MS)
        else:
            self._timer.stop()

    def show_error(self, error: DomainError) -> None:
        self.show_message(str(error), "error")

    def dismiss(self) -> None:
        self._timer.stop()
        self.hide()
        self.dismissed.emit()


APOLOGY = (
    "Sorry — something unexpected went wrong ({what}). Everything already saved is kept: drafts "
    "are stored as you type, and signed visits never change. Details were written to the log."
)

_banner: MessageBanner | None = None


def set_error_banner(banner: MessageBanner | None) -> None:
    """Where the exception hook reports; the main window registers its banner."""
    global _banner
    _banner = banner


def report_unexpected(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """sys.excepthook: log in full, then a short message in the window (never a traceback)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    if isinstance(exc, DomainError):
        # A domain error nobody caught is still meant for the user: show its own words.
        log.warning("uncaught domain error: %s", exc)
        if _banner is not None:
            _banner.show_error(exc)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    if _banner is not None:
        _banner.show_message(APOLOGY.format(what=exc_type.__name__), "error")
    else:
        sys.__excepthook__(exc_type, exc, tb)


def install_exception_hook() -> None:
    sys.excepthook = report_unexpected

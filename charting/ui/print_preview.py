"""Print preview: the PDF shown in the window (QtPdf), then Print or Save as PDF.

Entry points for the rest of the UI (each opens a non-modal dialog and returns it):
`show_visit_summary(parent, ctx, visit_id)`, `show_superbill(parent, ctx, visit_id)` and
`print_day(parent, ctx, day, practitioner_id=None)`. Previewing records nothing; printing or
saving a signed visit's document records it as issued (see charting.reports.printing).
ReportLab is imported only from here on, when something is printed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from charting.errors import DomainError
from charting.reports import printing
from charting.reports.options import SummaryOptions
from charting.ui.context import AppContext
from charting.ui.workers import Cancelled, Task, TaskState, run_task

log = logging.getLogger("charting.ui.print_preview")

MAX_PRINT_DPI = 300  # pages are rasterised for the printer; more only slows the spooler
Issue = Callable[[bytes], object]  # records the shown PDF as issued (printed or saved); result unused


class PrintPreviewDialog(QDialog):
    """Shows one PDF; Print and Save as PDF hand out exactly the bytes shown."""

    issued = Signal()

    def __init__(self, parent: QWidget | None, *, title: str, file_name: str, issue: Issue | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(QSize(900, 1000))
        self.file_name = file_name
        self.pdf = b""
        self._issue = issue
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.hide()
        self.print_button = QPushButton(self.tr("Print…"))
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.close_button = QPushButton(self.tr("Close"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.choose_save_path)
        self.close_button.clicked.connect(self.close)
        self.controls = QHBoxLayout()
        self.controls.addWidget(self.status, 1)
        self.controls.addWidget(self.progress)
        self.controls.addWidget(self.cancel_button)
        self.controls.addWidget(self.print_button)
        self.controls.addWidget(self.save_button)
        self.controls.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(self.controls)
        self._set_ready(False)

    # -- content --------------------------------------------------------------------------------
    def set_pdf(self, pdf: bytes) -> None:
        self.pdf = pdf
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(buffer)
        if self._buffer is not None:
            self._buffer.deleteLater()
        self._buffer = buffer  # QPdfDocument reads from it lazily: keep it alive
        self._set_ready(self.document.status() == QPdfDocument.Status.Ready)
        pages = self.document.pageCount()
        self.status.setText(self.tr("%n page(s)", "", pages))

    def show_error(self, error: BaseException) -> None:
        if not isinstance(error, DomainError):
            log.error("printing failed", exc_info=error)
            error = DomainError(self.tr("The document could not be made; details were written to the log."))
        self.status.setText(str(error))
        self.status.setStyleSheet("color: #b00020;")

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def _record_issue(self) -> None:
        if self._issue is not None:
            self._issue(self.pdf)
        self.issued.emit()

    # -- print and save -------------------------------------------------------------------------
    def print_document(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
            self._record_issue()
        except DomainError as exc:
            self.show_error(exc)
            return
        self.status.setText(self.tr("Sent to the printer."))

    def print_to(self, printer: QPrinter) -> None:
        """Each page rendered at the printer's resolution (capped) and scaled onto its page."""
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        if not painter.begin(printer):
            raise DomainError(self.tr("The printer could not be opened."))
        try:
            for index in range(self.document.pageCount()):
                if index:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                image = self.document.render(
                    index, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                target = painter.viewport()
                size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.setViewport(target.x(), target.y(), size.width(), size.height())
                painter.setWindow(image.rect())
                painter.drawImage(0, 0, image)
                painter.setViewport(target)
        finally:
            painter.end()

    def choose_save_path(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save as PDF"), self.file_name, self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> bool:
        try:
            path.write_bytes(self.pdf)
        except OSError as exc:
            self.show_error(
                DomainError(self.tr("Could not save {path}: {reason}").format(path=path, reason=exc.strerror or exc))
            )
            return False
        try:
            self._record_issue()
        except DomainError as exc:
            self.show_error(exc)
            return False
        self.status.setText(self.tr("Saved to {path}").format(path=path))
        return True


class SummaryPreviewDialog(PrintPreviewDialog):
    """A visit summary with the copy to print and, for the patient copy, its sections."""

    SECTIONS = (
        ("complaint", "What we worked on"),
        ("pain", "Pain score"),
        ("drawing", "Body map"),
        ("points", "Points used"),
        ("modalities", "Other treatments"),
        ("home_care", "Home care"),
        ("follow_up", "Next appointment"),
    )

    def __init__(self, parent: QWidget | None, ctx: AppContext, visit_id: int) -> None:
        super().__init__(parent, title="", file_name=f"summary-{visit_id}-clinician.pdf")
        self.setWindowTitle(self.tr("Visit summary"))
        self.ctx, self.visit_id = ctx, visit_id
        self.copy_box = QComboBox()
        self.copy_box.addItem(self.tr("Clinician copy"), "clinician")
        self.copy_box.addItem(self.tr("Patient copy"), "patient")
        self.sections_button = QToolButton()
        self.sections_button.setText(self.tr("Sections"))
        self.sections_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.sections_button)
        self.section_actions = {}
        for key, label in self.SECTIONS:
            action = menu.addAction(self.tr(label))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self.refresh)
            self.section_actions[key] = action
        self.sections_button.setMenu(menu)
        self.controls.insertWidget(0, self.copy_box)
        self.controls.insertWidget(1, self.sections_button)
        self.copy_box.currentIndexChanged.connect(self.refresh)
        self.refresh()

    def options(self) -> SummaryOptions:
        copy = self.copy_box.currentData()
        if copy == "clinician":
            return SummaryOptions()
        return SummaryOptions(copy="patient", **{k: a.isChecked() for k, a in self.section_actions.items()})

    def refresh(self) -> None:
        options = self.options()
        self.sections_button.setEnabled(options.copy == "patient")
        self.file_name = f"summary-{self.visit_id}-{options.copy}.pdf"
        self.set_pdf(printing.summary_preview(self.ctx.db, self.visit_id, options=options))

    def _record_issue(self) -> None:
        printing.issue_summary(
            self.ctx.db, self.visit_id, options=self.options(), user_id=self.ctx.user.id, rendered=self.pdf
        )
        self.issued.emit()


def show_visit_summary(parent: QWidget | None, ctx: AppContext, visit_id: int) -> PrintPreviewDialog:
    dialog = SummaryPreviewDialog(parent, ctx, visit_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_superbill(parent: QWidget | None, ctx: AppContext, visit_id: int) -> PrintPreviewDialog:
    """Raises the service's DomainError for a draft visit before any window opens."""
    pdf = printing.superbill_preview(ctx.db, visit_id)
    dialog = PrintPreviewDialog(
        parent,
        title=QCoreApplication.translate("PrintPreviewDialog", "Superbill"),
        file_name=f"superbill-{visit_id}.pdf",
        issue=lambda shown: printing.issue_superbill(ctx.db, visit_id, user_id=ctx.user.id, rendered=shown),
    )
    dialog.set_pdf(pdf)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


class DaySheetDialog(PrintPreviewDialog):
    """Builds the day's summaries on a worker thread with progress and Cancel, then previews;
    choosing other copies builds again."""

    COPIES = (
        ("Clinician copies", ("clinician",)),
        ("Patient copies", ("patient",)),
        ("Both copies", ("clinician", "patient")),
    )

    def __init__(self, parent: QWidget | None, ctx: AppContext, day: date, practitioner_id: int | None) -> None:
        super().__init__(parent, title="", file_name=f"day-sheet-{day.isoformat()}.pdf")
        self.setWindowTitle(self.tr("Day sheet {day}").format(day=day.isoformat()))
        self.ctx, self.day, self.practitioner_id = ctx, day, practitioner_id
        self.sheet: printing.DaySheet | None = None
        self.copies_box = QComboBox()
        for label, copies in self.COPIES:
            self.copies_box.addItem(self.tr(label), copies)
        self.controls.insertWidget(0, self.copies_box)
        self.progress.setRange(0, 1000)
        self.copies_box.currentIndexChanged.connect(self.build)
        self.task = self.build()

    def build(self) -> Task:
        """Start (or restart) the batch for the chosen copies."""
        previous = getattr(self, "task", None)
        if previous is not None and previous.running:
            self._cut_loose(previous)
        self.sheet = None
        self._set_ready(False)
        self.copies_box.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Preparing the day's summaries…"))
        db, day, practitioner_id, copies = self.ctx.db, self.day, self.practitioner_id, self.copies_box.currentData()

        def build(state: TaskState) -> printing.DaySheet:
            try:
                return printing.build_day_sheet(
                    db,
                    day,
                    copies=copies,
                    practitioner_id=practitioner_id,
                    cancelled=state.cancelled,
                    progress=lambda done, total: state.progress(done / total, f"{done} / {total}"),
                )
            except printing.BatchCancelled:
                raise Cancelled from None

        # No parent: the task must outlive a dialog closed mid-batch (closeEvent cuts it loose).
        self.task = run_task(
            build,
            on_done=self._built,
            on_error=self._failed,
            on_progress=self._progressed,
            on_cancelled=self._cancelled,
        )
        self.cancel_button.clicked.connect(self.task.cancel)
        return self.task

    @staticmethod
    def _cut_loose(task: Task) -> None:
        task.cancel()
        for signal in (task.succeeded, task.failed, task.progressed, task.cancelled):
            signal.disconnect()

    def _progressed(self, fraction: float, text: str) -> None:
        self.progress.setValue(round(fraction * 1000))
        self.status.setText(self.tr("Preparing summaries: {count}").format(count=text))

    def _finish_batch(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()
        self.copies_box.setEnabled(True)
        self.cancel_button.clicked.disconnect()

    def _built(self, sheet: printing.DaySheet) -> None:
        self._finish_batch()
        self.sheet = sheet
        self.set_pdf(sheet.pdf)

    def _failed(self, error: BaseException) -> None:
        self._finish_batch()
        self.show_error(error)

    def _cancelled(self) -> None:
        self._finish_batch()
        self.status.setText(self.tr("Cancelled: nothing was printed."))

    def _record_issue(self) -> None:
        if self.sheet is not None:
            printing.record_day_sheet(self.ctx.db, self.sheet, user_id=self.ctx.user.id)
        self.issued.emit()

    def closeEvent(self, event) -> None:
        if self.task.running:
            self._cut_loose(self.task)
        super().closeEvent(event)


def print_day(
    parent: QWidget | None, ctx: AppContext, day: date, practitioner_id: int | None = None
) -> PrintPreviewDialog:
    dialog = DaySheetDialog(parent, ctx, day, practitioner_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog

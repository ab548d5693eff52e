"""Every modal question the window asks goes through here, so tests can answer instead."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QColor, QDesktopServices
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

PLAN_FILTER_CONTEXT = "Dialogs"


def plan_file_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Service plans (*.svcplan);;All files (*)")


def image_file_filter() -> str:
    return QCoreApplication.translate("Dialogs", "Images (*.png *.jpg *.jpeg)")


def pdf_file_filter() -> str:
    return QCoreApplication.translate("Dialogs", "PDF documents (*.pdf)")


class Dialogs:
    """The real dialogs. Subclass (or replace) in tests; no method may block a test run."""

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.critical(parent, title, text)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_file(
        self, parent: QWidget | None, title: str, file_filter: str, folder: str = ""
    ) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(parent, title, folder, file_filter)
        return Path(name) if name else None

    def save_file(
        self, parent: QWidget | None, title: str, file_filter: str, suggested: str = ""
    ) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, file_filter)
        return Path(name) if name else None

    def run_modal(self, dialog: QWidget) -> bool:
        """Show a dialog of ours modally; True when the user accepted it."""
        from PySide6.QtWidgets import QDialog

        assert isinstance(dialog, QDialog)
        return dialog.exec() == QDialog.DialogCode.Accepted

    def choose_colour(self, parent: QWidget | None, title: str, initial: str) -> str | None:
        """A colour as "#RRGGBB", or None when the user cancelled."""
        colour = QColorDialog.getColor(QColor(initial), parent, title)
        return colour.name().upper() if colour.isValid() else None

    def choose_printer(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """The system's print dialog for `printer`; True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog

        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QPrintDialog.DialogCode.Accepted

    def show_file(self, path: Path) -> bool:
        """Open a file (or folder) in the system's viewer; False when none could be started."""
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

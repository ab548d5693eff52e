"""UI test fixtures: a window with scripted dialogs; any real modal dialog fails the test."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QColorDialog, QDialog, QFileDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.dialogs import Dialogs
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import TaskRunner


class FakeDialogs(Dialogs):
    """Answers from lists the test fills; records every question asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.open_paths: list[Path | None] = []
        self.save_paths: list[Path | None] = []
        self.modal_results: list[bool] = []
        self.modal_hook: Any = None
        self.colour_answers: list[str | None] = []
        self.shown_files: list[Path] = []
        # Each print dialog's answer: a PDF file to print into, or None for Cancel.
        self.print_answers: list[Path | None] = []

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.calls.append(("error", title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.calls.append(("info", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.calls.append(("confirm", title, text))
        assert self.confirm_answers, f"unexpected question: {text}"
        return self.confirm_answers.pop(0)

    def open_file(
        self, parent: QWidget | None, title: str, file_filter: str, folder: str = ""
    ) -> Path | None:
        self.calls.append(("open_file", title, ""))
        assert self.open_paths, "unexpected open-file dialog"
        return self.open_paths.pop(0)

    def save_file(
        self, parent: QWidget | None, title: str, file_filter: str, suggested: str = ""
    ) -> Path | None:
        self.calls.append(("save_file", title, suggested))
        assert self.save_paths, "unexpected save-file dialog"
        return self.save_paths.pop(0)

    def run_modal(self, dialog: QWidget) -> bool:
        self.calls.append(("modal", type(dialog).__name__, ""))
        if self.modal_hook is not None:
            self.modal_hook(dialog)
        result = self.modal_results.pop(0) if self.modal_results else False
        if isinstance(dialog, QDialog):
            dialog.done(QDialog.DialogCode.Accepted if result else QDialog.DialogCode.Rejected)
            if result:
                dialog.accept()
        return result

    def choose_colour(self, parent: QWidget | None, title: str, initial: str) -> str | None:
        self.calls.append(("choose_colour", title, initial))
        assert self.colour_answers, "unexpected colour dialog"
        return self.colour_answers.pop(0)

    def choose_printer(self, parent: QWidget | None, printer: Any) -> bool:
        """Never the real print dialog: the test's answer, and the printer made to write a
        PDF file (`print_to`) so what was printed can be read back."""
        self.calls.append(("choose_printer", "", ""))
        assert self.print_answers, "unexpected print dialog"
        target = self.print_answers.pop(0)
        if target is None:
            return False
        from PySide6.QtPrintSupport import QPrinter

        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        return True

    def show_file(self, path: Path) -> bool:
        """Recorded, never opened: a test must not start the system's PDF viewer."""
        self.calls.append(("show_file", "", str(path)))
        self.shown_files.append(path)
        return True

    def kinds(self) -> list[str]:
        return [kind for kind, _title, _text in self.calls]


class DeferredRunner(TaskRunner):
    """Keeps each job until the test finishes it, like a worker that has not finished yet."""

    def __init__(self) -> None:
        super().__init__(synchronous=False)
        self.jobs: list[tuple[Callable[[], Any], Callable[[Any], None], Callable[..., None]]] = []

    def run(
        self,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        error: Callable[[BaseException], None] | None = None,
        *,
        saves: bool = True,
    ) -> None:
        self.jobs.append((work, done, error or (lambda _e: None)))

    def finish(self) -> None:
        work, done, error = self.jobs.pop(0)
        try:
            result = work()
        except Exception as exc:
            error(exc)
        else:
            done(result)


def _refuse(*_args: object, **_kwargs: object) -> object:
    raise AssertionError("a real modal dialog was opened in a test")


@pytest.fixture(autouse=True)
def no_real_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """A modal dialog would hang the headless run: make it fail instead."""
    for name in ("critical", "information", "question", "warning"):
        monkeypatch.setattr(QMessageBox, name, _refuse)
    monkeypatch.setattr(QMessageBox, "exec", _refuse)
    monkeypatch.setattr(QDialog, "exec", _refuse)
    for name in ("getOpenFileName", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, _refuse)
    monkeypatch.setattr(QColorDialog, "getColor", _refuse)
    monkeypatch.setattr(QDesktopServices, "openUrl", _refuse)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def window(qtbot: QtBot, settings: Settings, dialogs: FakeDialogs) -> Iterator[MainWindow]:
    main = MainWindow(settings, dialogs=dialogs, language="en", runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    main.show()
    yield main
    main.close()


@pytest.fixture
def runner() -> TaskRunner:
    """Runs background work at once on the calling thread, so tests see results in order."""
    return TaskRunner(synchronous=True)

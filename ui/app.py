"""Starting the window: the application object, translations, and which plan to show first."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from plan.resources import assets_dir
from ui import settings as keys
from ui.i18n import install_translators, resolve_language
from ui.main_window import MainWindow
from ui.settings import APPLICATION, ORGANIZATION, Settings

ICON = assets_dir() / "icons" / "app.png"
CJK_FONT = assets_dir() / "fonts" / "ServicePlanCJK.ttf"

STYLE = """
QLabel#pageHeading { font-size: 20px; font-weight: 600; margin: 4px 0 8px 0; }
QLabel#hint { color: #5f6368; }
QLabel#fieldError { color: #b00020; }
QToolButton:checked { background: #2f6fb0; color: white; border: 1px solid #24568a; }
QTreeWidget#stepSidebar { font-size: 14px; }
QTreeWidget#stepSidebar::item { padding: 4px 2px; }
"""


def make_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setStyleSheet(STYLE)
    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))
    # The desktop entry installed by packaging/linux/install-desktop.sh (icon under Wayland).
    app.setDesktopFileName("serviceplan")
    # Chinese in the window on a machine with no CJK font: Qt's font fallback finds this one.
    if CJK_FONT.is_file():
        QFontDatabase.addApplicationFont(str(CJK_FONT))
    return app


def first_plan(window: MainWindow, requested: Path | None) -> None:
    """The plan named on the command line, else the last one; else the welcome page stays
    (start a plan, open one, explore the demo, or a recent plan)."""
    if requested is not None:
        window.open_plan(requested)
        return
    last = window.settings.get(keys.LAST_PLAN)
    if last and Path(last).is_file():
        window.open_plan(Path(last))


def restore_step(window: MainWindow) -> None:
    """After a restart the window asked for, show the page that was shown (once)."""
    value = window.settings.get(keys.RESTART_STEP)
    if not value:
        return
    window.settings.set(keys.RESTART_STEP, "")
    from plan.steps import Step

    try:
        step = Step(value)
    except ValueError:
        return
    window.show_step(step)


def run_gui(plan: Path | None = None, *, demo: bool = False) -> int:
    """The window: on `plan`, on the demo plan (`demo`, as `make run` asks), or as at any start
    (the last plan, else the welcome page)."""
    app = make_application()
    settings = Settings()
    language = resolve_language(settings.get(keys.UI_LANGUAGE))
    translators = install_translators(language)
    window = MainWindow(settings, language=language)
    window.show()
    if demo:
        window.open_demo()
    else:
        first_plan(window, plan)
    restore_step(window)
    if os.environ.get("SERVICEPLAN_EXIT_WHEN_SHOWN"):
        # For bench/startup.py: report when the event loop first runs with the window shown.
        def shown() -> None:
            print(f"shown-at {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)
    code = app.exec()
    del translators
    window.runner.wait_for_saving()
    if window.session is not None:  # the loop ended without the window's close (a signal)
        window.commit_pending()
        window.session.close()
        window.session = None
    if sys.gettrace() is None and sys.getprofile() is None:  # a profiler or coverage writes
        quit_now(int(code))  # its results at the normal exit
    return int(code)


def quit_now(code: int) -> None:
    """End the process without waiting for charts still being drawn in worker threads.

    By now the window has closed: edits were committed as they were made, the settings
    written, the plan closed, and `wait_for_saving` saw every writing job finish. What is
    left running only draws or computes for a window that is gone, and a normal interpreter
    exit would wait for it (the thread pool joins its threads) and then tear down every module
    and widget one by one: over a second in all (PySide's exit handler alone waits for the
    pool). Log handlers and output are flushed; nothing else registers an exit handler.
    """
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError, AttributeError):  # closed or absent
            stream.flush()
    os._exit(code)

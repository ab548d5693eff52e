"""Help ▸ About names the program's version, the one `serviceplan --version` prints."""

from __future__ import annotations

from typing import Any

from serviceplan import __version__
from ui.main_window import MainWindow


def test_about_shows_the_version(window: MainWindow, dialogs: Any) -> None:
    window.show_about()
    kind, _title, text = dialogs.calls[-1]
    assert kind == "info"
    assert text.endswith(f"Service Plan Builder {__version__}")

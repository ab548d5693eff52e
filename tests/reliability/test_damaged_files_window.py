"""The window, given each kind of damaged plan: a clear message, the latest backup offered.

tests/ui/test_main_window.py checks the offer for a truncated plan; here every kind of damage
from test_damaged_files.py goes through the window, and the file is never written.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from plan.backups import latest_backup
from plan.store import PlanStore
from tests.reliability.helpers import folder_state
from tests.reliability.test_damaged_files import DAMAGE, NAME
from tests.ui.conftest import FakeDialogs, no_real_dialogs  # noqa: F401
from ui.main_window import MainWindow
from ui.settings import Settings
from ui.tasks import TaskRunner


@pytest.fixture
def dialogs() -> FakeDialogs:
    return FakeDialogs()


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs) -> Iterator[MainWindow]:
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(settings, dialogs=dialogs, language="en", runner=TaskRunner(synchronous=True))
    qtbot.addWidget(main)
    yield main
    main.close()


@pytest.mark.parametrize("kind", sorted(DAMAGE))
def test_window_explains_and_offers_the_backup(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path, kind: str
) -> None:
    folder = tmp_path / "plans"
    folder.mkdir()
    path = folder / "client.svcplan"

    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", NAME)

    PlanStore.create(path, fill=fill).close()
    PlanStore.open(path).close()  # makes the backup
    backup = latest_backup(path)
    assert backup is not None
    damage, _error = DAMAGE[kind]
    damage(path)
    before = folder_state(folder)

    if kind == "newer-schema":
        # Not damaged: an older backup would hide the newer work. The message says what to do.
        assert not window.open_plan(path)
        assert dialogs.kinds() == ["error"]
        assert "newer version" in dialogs.calls[-1][2] and path.name in dialogs.calls[-1][2]
        assert window.session is None
    else:
        dialogs.confirm_answers.append(True)
        assert window.open_plan(path)
        kind_, _title, text = dialogs.calls[0]
        assert kind_ == "confirm"
        assert path.name in text and backup.name in text
        assert window.session is not None and window.session.readonly
        assert window.session.store.path == backup
        assert window.session.store.profile.get().business_name == NAME
    assert folder_state(folder) == before

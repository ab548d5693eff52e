"""Settings: typed values over an INI file, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from ui import settings as keys
from ui.settings import MAX_RECENT, Setting, Settings


def _settings(tmp_path: Path) -> Settings:
    return Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))


def test_defaults_when_unset(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    assert settings.get(keys.UI_LANGUAGE) == ""
    assert settings.get(keys.RECENT_FILES) == []
    assert settings.get(keys.WINDOW_GEOMETRY).isEmpty()


def test_bool_survives_the_ini_round_trip(tmp_path: Path) -> None:
    flag: Setting[bool] = Setting("test/flag", bool, True)
    settings = _settings(tmp_path)
    settings.set(flag, False)
    settings.qsettings.sync()
    assert _settings(tmp_path).get(flag) is False  # not the truthy string "false"


def test_recent_files_newest_first_unique_and_capped(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    files = []
    for index in range(MAX_RECENT + 3):
        path = tmp_path / f"p{index}.svcplan"
        path.write_bytes(b"x")
        files.append(path)
        settings.add_recent(path)
    settings.add_recent(files[-2])
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == files[-2].resolve()
    assert recent[1] == files[-1].resolve()
    assert settings.get(keys.LAST_PLAN) == str(files[-2].resolve())


def test_recent_files_skip_deleted_plans(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    gone = tmp_path / "gone.svcplan"
    gone.write_bytes(b"x")
    settings.add_recent(gone)
    gone.unlink()
    assert settings.recent_files() == []


def test_single_recent_file_reads_back_as_a_list(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    only = tmp_path / "only.svcplan"
    only.write_bytes(b"x")
    settings.add_recent(only)
    settings.qsettings.sync()
    assert _settings(tmp_path).recent_files() == [only.resolve()]

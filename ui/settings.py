"""Every user setting declared once, with its type and default, over QSettings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT = 10


@dataclass(frozen=True)
class Setting(Generic[T]):
    key: str
    type: type
    default: T


WINDOW_GEOMETRY: Setting[QByteArray] = Setting("window/geometry", QByteArray, QByteArray())
WINDOW_STATE: Setting[QByteArray] = Setting("window/state", QByteArray, QByteArray())
SPLITTER_STATE: Setting[QByteArray] = Setting("window/splitter", QByteArray, QByteArray())
RECENT_FILES: Setting[list[str]] = Setting("files/recent", list, [])
LAST_PLAN: Setting[str] = Setting("files/last", str, "")
UI_LANGUAGE: Setting[str] = Setting("ui/language", str, "")  # "" = the system's language


class Settings:
    """Typed access to QSettings. Tests pass a QSettings on a temporary INI file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self.qsettings = store if store is not None else QSettings()

    def get(self, setting: Setting[T]) -> T:
        if not self.qsettings.contains(setting.key):
            return setting.default
        value: Any
        if setting.type is list:
            raw = self.qsettings.value(setting.key)
            if raw is None:
                value = []
            elif isinstance(raw, str):
                value = [raw]
            else:
                value = [str(item) for item in raw]
        elif setting.type is bool:
            # INI files hold "true"/"false" strings: only type=bool reads them right.
            value = self.qsettings.value(setting.key, setting.default, type=bool)
        else:
            value = self.qsettings.value(setting.key, setting.default, type=setting.type)
        return cast(T, value)

    def set(self, setting: Setting[T], value: T) -> None:
        self.qsettings.setValue(setting.key, value)

    def recent_files(self) -> list[Path]:
        """Recent plans that still exist, newest first."""
        return [Path(p) for p in self.get(RECENT_FILES) if Path(p).is_file()]

    def add_recent(self, path: Path) -> None:
        entry = str(path.resolve())
        recent = [p for p in self.get(RECENT_FILES) if p != entry]
        self.set(RECENT_FILES, [entry, *recent][:MAX_RECENT])
        self.set(LAST_PLAN, entry)

    def clear_recent(self) -> None:
        self.set(RECENT_FILES, [])

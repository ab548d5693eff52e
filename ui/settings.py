"""Every user setting declared once, with its type and default, over QSettings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")

MAX_RECENT = 10
MAX_EXPORT_HISTORY = 50

# QSettings' file is named after these (ui/app.py sets them on the application).
ORGANIZATION = "ServicePlan"
APPLICATION = "Service Plan Builder"


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
# The step to show once after a restart the window asked for (a new language); "" = none.
RESTART_STEP: Setting[str] = Setting("ui/restart_step", str, "")

# The Export dialog remembers these between exports (the document's language is per plan).
# Sections are remembered as the ones left out, so a section added in a later version is in.
EXPORT_LEFT_OUT: Setting[list[str]] = Setting("export/left_out", list, [])
EXPORT_PAPER: Setting[str] = Setting("export/paper", str, "")  # "" = from the system's locale
EXPORT_OPEN_WHEN_DONE: Setting[bool] = Setting("export/open_when_done", bool, True)
# JSON object: resolved plan path -> the PDF last exported from it (newest last).
EXPORT_HISTORY: Setting[str] = Setting("export/history", str, "{}")

# The consultant's branding, applied to every plan's Service Plan (the logo is a file in the
# data folder, see ui/branding.py: up to 2 MB of bytes do not belong in the settings file).
BRAND_FIRM: Setting[str] = Setting("branding/firm", str, "")
BRAND_ACCENT: Setting[str] = Setting("branding/accent", str, "")  # "#RRGGBB"; "" = the default
BRAND_FOOTER: Setting[str] = Setting("branding/footer", str, "")


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

    def _export_history(self) -> dict[str, str]:
        try:
            history = json.loads(self.get(EXPORT_HISTORY))
        except ValueError:
            return {}
        if not isinstance(history, dict):
            return {}
        return {str(k): str(v) for k, v in history.items()}

    def last_export(self, plan: Path) -> Path | None:
        """The PDF last exported from `plan` (it may since have been moved or deleted)."""
        found = self._export_history().get(str(plan.resolve()))
        return Path(found) if found else None

    def set_last_export(self, plan: Path, pdf: Path) -> None:
        history = self._export_history()
        key = str(plan.resolve())
        history.pop(key, None)
        history[key] = str(pdf.resolve())
        kept = dict(list(history.items())[-MAX_EXPORT_HISTORY:])
        self.set(EXPORT_HISTORY, json.dumps(kept, ensure_ascii=False))


def user_settings() -> Settings:
    """The user's settings file, also when no QApplication has named it (the command line)."""
    return Settings(
        QSettings(
            QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )
    )

"""The consultant's branding (firm, logo, accent colour, footer line) kept in the user's settings.

A consultant sets it once in Preferences and it goes on every plan's Service Plan, from the
window and from `main.py export` alike: this module imports only PySide6.QtCore (through
ui.settings), so the command line can use it without a display.

The logo is kept as a file in the program's data folder rather than in the settings file: a
logo may be up to 2 MB, and the settings file is read at every start.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import TYPE_CHECKING

from plan.errors import PlanError
from plan.images import validate_logo
from plan.paths import data_dir
from ui import settings as keys
from ui.settings import Settings, user_settings

if TYPE_CHECKING:
    from export.service_plan import Branding

log = logging.getLogger(__name__)

_ACCENT = re.compile(r"#[0-9A-Fa-f]{6}")
MAX_TEXT = 200  # firm and footer: one line each


def logo_path() -> Path:
    return data_dir() / "branding" / "logo"


def load_logo() -> bytes | None:
    """The stored logo's bytes, or None when there is none or it no longer passes the checks."""
    path = logo_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("the branding logo %s cannot be read: %s", path, exc)
        return None
    try:
        validate_logo(data)
    except PlanError as exc:  # only a file changed behind the program's back gets here
        log.warning("the branding logo %s is left out: %s", path, exc)
        return None
    return data


def save_logo(data: bytes) -> None:
    """Keep `data` as the logo. Raises InvalidValueError (a bad image) or PlanError (a disk
    problem, naming the file); the previous logo is untouched either way."""
    from export.pdf_output import write_atomically

    validate_logo(data)
    path = logo_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlanError(f"cannot be written ({exc.strerror or exc})", path) from None
    write_atomically(path, data)


def remove_logo() -> None:
    logo_path().unlink(missing_ok=True)


def normalise_accent(text: str) -> str | None:
    """'#1f4e5f' → '#1F4E5F'; None for anything that is not a #RRGGBB colour."""
    text = text.strip()
    return text.upper() if _ACCENT.fullmatch(text) else None


def one_line(text: str) -> str:
    """Firm and footer are single lines of bounded length, whatever was stored."""
    return " ".join(text.split())[:MAX_TEXT]


def branding_from_settings(settings: Settings | None = None) -> Branding:
    """The Branding every Service Plan gets; `None` reads the user's own settings file."""
    from export.service_plan import DEFAULT_ACCENT, Branding

    if settings is None:
        settings = user_settings()
    accent = normalise_accent(settings.get(keys.BRAND_ACCENT)) or DEFAULT_ACCENT
    return Branding(
        firm=one_line(settings.get(keys.BRAND_FIRM)),
        logo=load_logo(),
        accent=accent,
        footer=one_line(settings.get(keys.BRAND_FOOTER)),
    )

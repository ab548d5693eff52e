"""The consultant's branding (firm, logo, accent colour, footer line, Word template) kept in
the user's settings.

A consultant sets it once in Preferences and it goes on every plan's Service Plan, from the
window and from `main.py export` alike: this module imports only PySide6.QtCore (through
ui.settings), so the command line can use it without a display.

The logo is kept as a file in the program's data folder rather than in the settings file: a
logo may be up to 2 MB, and the settings file is read at every start.
"""

from __future__ import annotations

import contextlib
import json
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


#: A consultant's Word template is at most this large (a letterhead with its logo).
MAX_TEMPLATE_BYTES = 10 * 1048576


def word_template_path() -> Path:
    return data_dir() / "branding" / "template.docx"


def validate_word_template(data: bytes) -> None:
    """Raise InvalidValueError unless `data` is a Word document (.docx) the Word Service Plan
    can be written into."""
    from export.word.document import open_template
    from plan.errors import InvalidValueError

    if len(data) > MAX_TEMPLATE_BYTES:
        raise InvalidValueError(
            "word_template", f"is larger than {MAX_TEMPLATE_BYTES // 1048576} MB", "too_large"
        )
    open_template(data)


def _looks_like_docx(data: bytes) -> bool:
    """A cheap check (no python-docx, so opening Preferences stays light): a zip holding a
    Word document's main part."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, ValueError):
        return False


def load_word_template(folder: Path | None = None) -> bytes | None:
    """The stored Word template's bytes (the Preferences', or a profile folder's), or None
    when there is none or it is no longer a Word document (it was checked when chosen)."""
    path = (folder / "template.docx") if folder is not None else word_template_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("the Word template %s cannot be read: %s", path, exc)
        return None
    if len(data) > MAX_TEMPLATE_BYTES or not _looks_like_docx(data):
        log.warning("the Word template %s is left out: not a Word document", path)
        return None
    return data


def save_word_template(data: bytes) -> None:
    """Keep `data` as the Word template; refused (InvalidValueError) unless it is a .docx."""
    from export.pdf_output import write_atomically

    validate_word_template(data)
    path = word_template_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlanError(f"cannot be written ({exc.strerror or exc})", path) from None
    write_atomically(path, data)


def remove_word_template() -> None:
    word_template_path().unlink(missing_ok=True)


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
        word_template=load_word_template(),
    )


# -- named branding profiles ------------------------------------------------------------------
#
# One consultant may serve several client identities: each profile is a named set of firm,
# accent colour, footer and logo, kept as a folder in the data folder (`branding.json` and
# `logo`), chosen per export with `main.py export … --branding NAME`. The Preferences' own
# branding stays the default.

_PROFILE_NAME = re.compile(r"[^\W_][\w .-]{0,59}")
_PROFILE_FILE = "branding.json"


def profiles_dir() -> Path:
    return data_dir() / "branding" / "profiles"


def check_profile_name(name: str) -> str:
    """A profile's name is also its folder's: letters, digits, spaces, '-', '_' and '.', up to
    60, starting with a letter or digit. Raises PlanError naming what is wrong."""
    if not _PROFILE_NAME.fullmatch(name) or name != name.strip():
        raise PlanError(
            f"{name!r} is not a usable branding profile name (letters, digits, spaces, '-', '_'"
            " and '.', up to 60 characters, starting with a letter or digit)"
        )
    return name


def profile_names() -> list[str]:
    """The branding profiles kept, by name."""
    folder = profiles_dir()
    try:
        found = [p.name for p in folder.iterdir() if (p / _PROFILE_FILE).is_file()]
    except OSError:
        return []
    return sorted(found, key=str.casefold)


def load_profile(name: str) -> Branding:
    """The Branding of a named profile; PlanError names the profiles there are if it is not."""
    from export.service_plan import DEFAULT_ACCENT, Branding

    check_profile_name(name)
    folder = profiles_dir() / name
    try:
        stored = json.loads((folder / _PROFILE_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        known = ", ".join(profile_names()) or "none yet"
        raise PlanError(
            f"there is no branding profile {name!r} (profiles: {known}); make one with"
            f" `branding {name} --firm …`"
        ) from None
    except (OSError, ValueError) as exc:
        raise PlanError(f"cannot be read ({exc})", folder / _PROFILE_FILE) from None
    if not isinstance(stored, dict):
        raise PlanError("is not a branding profile", folder / _PROFILE_FILE)
    logo: bytes | None = None
    try:
        logo = (folder / "logo").read_bytes()
        validate_logo(logo)
    except FileNotFoundError:
        logo = None
    except (OSError, PlanError) as exc:
        log.warning("the logo of branding profile %s is left out: %s", name, exc)
        logo = None
    return Branding(
        firm=one_line(str(stored.get("firm", ""))),
        logo=logo,
        accent=normalise_accent(str(stored.get("accent", ""))) or DEFAULT_ACCENT,
        footer=one_line(str(stored.get("footer", ""))),
        word_template=load_word_template(folder),
    )


def save_profile(name: str, branding: Branding) -> None:
    """Keep `branding` as the profile `name` (replacing one of that name). The accent must be
    #RRGGBB and the logo a PNG or JPEG; nothing is changed when either is refused."""
    from export.pdf_output import write_atomically

    check_profile_name(name)
    accent = normalise_accent(branding.accent)
    if accent is None:
        raise PlanError(f"{branding.accent!r} is not a colour written as #RRGGBB")
    if branding.logo is not None:
        validate_logo(branding.logo)
    if branding.word_template is not None:
        validate_word_template(branding.word_template)
    folder = profiles_dir() / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PlanError(f"cannot be written ({exc.strerror or exc})", folder) from None
    stored = {
        "firm": one_line(branding.firm),
        "accent": accent,
        "footer": one_line(branding.footer),
    }
    if branding.logo is not None:
        write_atomically(folder / "logo", branding.logo)
    else:
        (folder / "logo").unlink(missing_ok=True)
    if branding.word_template is not None:
        write_atomically(folder / "template.docx", branding.word_template)
    else:
        (folder / "template.docx").unlink(missing_ok=True)
    text = json.dumps(stored, ensure_ascii=False, indent=2) + "\n"
    write_atomically(folder / _PROFILE_FILE, text.encode("utf-8"))


def remove_profile(name: str) -> None:
    """Forget a profile; PlanError if there is none of that name."""
    load_profile(name)  # names the profiles there are when it is missing
    folder = profiles_dir() / name
    for child in (folder / "logo", folder / "template.docx", folder / _PROFILE_FILE):
        child.unlink(missing_ok=True)
    with contextlib.suppress(OSError):  # something else of the user's is in it: leave it
        folder.rmdir()

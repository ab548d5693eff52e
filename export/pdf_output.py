"""Writing a PDF to the user's file, and the logo that goes into one: shared by every document.

Why one module: the questionnaire and the Service Plan make the same promises about their
target (checked before any work, written atomically, never half-written) and about a logo (a
damaged image is left out rather than costing the user the document).
"""

from __future__ import annotations

import io
import logging
import os
import secrets
from pathlib import Path
from typing import Any

from plan.errors import InvalidValueError, PlanError
from plan.images import validate_logo
from plan.outputs import check_replaceable

__all__ = ["check_target", "logo_reader", "write_atomically"]

log = logging.getLogger(__name__)


def check_target(out: Path, what: str = "the document", plan: Path | None = None) -> None:
    """Refuse, before any work, a target that cannot be written or must not be replaced:
    `plan` (the plan being printed, under any name), another plan, a folder, a device or pipe.
    `what` names the document in the message."""
    check_replaceable(out, what, plan)
    if not out.parent.is_dir():
        raise PlanError(f"cannot be written: the folder {out.parent} does not exist", out)
    if not os.access(out.parent, os.W_OK | os.X_OK):
        raise PlanError(f"cannot be written: the folder {out.parent} is read-only", out)


def write_atomically(out: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `out`, then rename it over `out`.

    Readers see the old file or the whole new one, never a part. `os.open` with mode 0o666
    lets the umask decide the permissions, as for any file the user saves.
    """
    temporary = out.with_name(f".{out.name}.{secrets.token_hex(4)}.partial")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise PlanError(f"cannot be written ({exc.strerror or exc})", out) from None
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, out)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise PlanError(f"cannot be written ({exc.strerror or exc})", out) from None
        raise


def logo_reader(data: bytes | None) -> Any:
    """A reportlab ImageReader for a logo, or None when there is none or it cannot be decoded.

    The plan checks only the logo's header; a damaged image must not cost the user the document.
    """
    if not data:
        return None
    try:
        # A plan file made elsewhere may hold any bytes as its logo: check the header's size
        # before decoding, as when the logo was set (a 700 KB PNG can decode to 1.4 GB).
        validate_logo(data)
    except InvalidValueError as exc:
        log.warning("a logo is left out: %s", exc)
        return None
    from reportlab.lib.utils import ImageReader

    try:
        reader = ImageReader(io.BytesIO(data))
        width, height = reader.getSize()
        reader.getRGBData()  # decodes the whole image: fails now rather than mid-document
    except Exception as exc:  # Pillow and reportlab raise many kinds for a damaged image
        log.warning("a logo cannot be decoded and is left out: %s", exc)
        return None
    if width <= 0 or height <= 0:
        return None
    return reader

"""Logo validation without an image library: read the header, refuse what is not a small PNG/JPEG.

Only the header is trusted for size, so a decompression bomb (a tiny file claiming a huge canvas)
is refused before anything decodes it.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

from plan.errors import InvalidValueError

MAX_LOGO_BYTES = 2 * 1024 * 1024
MAX_LOGO_SIDE = 4096

_PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@dataclass(frozen=True)
class Logo:
    mime: str
    width: int
    height: int
    data: bytes


def _png_size(data: bytes) -> tuple[int, int]:
    if len(data) < 33 or data[12:16] != b"IHDR":
        raise InvalidValueError("logo", "the PNG file is truncated or damaged", "damaged_image")
    width, height = struct.unpack(">II", data[16:24])
    return width, height


# JPEG start-of-frame markers that carry the image size (baseline, progressive, lossless...).
_SOF_MARKERS = {0xC0, 0xC1, 0xC2, 0xC3, 0xC5, 0xC6, 0xC7, 0xC9, 0xCA, 0xCB, 0xCD, 0xCE, 0xCF}


def _jpeg_size(data: bytes) -> tuple[int, int]:
    pos = 2
    while pos + 4 <= len(data):
        if data[pos] != 0xFF:
            break
        marker = data[pos + 1]
        if marker == 0xFF:  # fill byte
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        (length,) = struct.unpack(">H", data[pos + 2 : pos + 4])
        if marker in _SOF_MARKERS:
            if pos + 9 > len(data):
                break
            height, width = struct.unpack(">HH", data[pos + 5 : pos + 9])
            return width, height
        if length < 2:
            break
        pos += 2 + length
    raise InvalidValueError(
        "logo", "the JPEG file is truncated or damaged (no image size found)", "damaged_image"
    )


def validate_logo(data: bytes) -> Logo:
    """Check that `data` is a PNG or JPEG of sensible size; say plainly what is wrong if not."""
    if not data:
        raise InvalidValueError("logo", "the file is empty", "empty_file")
    if len(data) > MAX_LOGO_BYTES:
        raise InvalidValueError(
            "logo",
            f"the file is {len(data) / 1048576:.1f} MB; a logo may be at most "
            f"{MAX_LOGO_BYTES // 1048576} MB",
            "file_too_big",
            {"size_mb": round(len(data) / 1048576, 1), "max_mb": MAX_LOGO_BYTES // 1048576},
        )
    if data.startswith(_PNG_MAGIC):
        mime = "image/png"
        width, height = _png_size(data)
    elif data.startswith(b"\xff\xd8\xff"):
        mime = "image/jpeg"
        width, height = _jpeg_size(data)
    else:
        raise InvalidValueError("logo", "the file is not a PNG or JPEG image", "not_image")
    if width <= 0 or height <= 0:
        raise InvalidValueError("logo", "the image has no pixels", "damaged_image")
    if width > MAX_LOGO_SIDE or height > MAX_LOGO_SIDE:
        raise InvalidValueError(
            "logo",
            f"the image is {width}×{height} pixels; at most {MAX_LOGO_SIDE}×{MAX_LOGO_SIDE} "
            "is accepted — scale it down first",
            "image_too_large",
            {"width": width, "height": height, "max": MAX_LOGO_SIDE},
        )
    return Logo(mime=mime, width=width, height=height, data=data)

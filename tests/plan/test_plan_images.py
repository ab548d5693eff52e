"""Logo validation from the header alone: PNG and JPEG accepted, everything else refused plainly."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from plan import images
from plan.errors import InvalidValueError
from plan.images import MAX_LOGO_BYTES, MAX_LOGO_SIDE, validate_logo

ROOT = Path(__file__).resolve().parents[2]
DEMO_LOGO = ROOT / "assets" / "demo" / "logo.png"

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, body: bytes) -> bytes:
    crc = zlib.crc32(kind + body) & 0xFFFFFFFF
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)


def png_header(width: int, height: int) -> bytes:
    """The signature and IHDR chunk only: all a header check reads."""
    return PNG_MAGIC + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))


def png_bytes(width: int, height: int) -> bytes:
    raw = b"".join(b"\x00" + b"\x00\x80\xff" * width for _ in range(height))
    return png_header(width, height) + _chunk(b"IDAT", zlib.compress(raw)) + _chunk(b"IEND", b"")


def jpeg_bytes(width: int, height: int, sof: int = 0xC0) -> bytes:
    """SOI, a JFIF APP0 segment, a start-of-frame segment with the size, EOI."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    components = b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    sof_body = struct.pack(">BHHB", 8, height, width, 3) + components
    frame = bytes([0xFF, sof]) + struct.pack(">H", 2 + len(sof_body)) + sof_body
    return b"\xff\xd8" + app0 + frame + b"\xff\xd9"


def refused(data: bytes) -> str:
    with pytest.raises(InvalidValueError) as caught:
        validate_logo(data)
    assert caught.value.field == "logo"
    return str(caught.value)


def test_accepts_a_real_png() -> None:
    data = png_bytes(5, 3)
    logo = validate_logo(data)
    assert (logo.mime, logo.width, logo.height) == ("image/png", 5, 3)
    assert logo.data == data


def test_accepts_the_demo_logo() -> None:
    logo = validate_logo(DEMO_LOGO.read_bytes())
    assert (logo.mime, logo.width, logo.height) == ("image/png", 256, 256)


@pytest.mark.parametrize("sof", [0xC0, 0xC2], ids=["baseline", "progressive"])
def test_accepts_a_jpeg(sof: int) -> None:
    data = jpeg_bytes(640, 480, sof)
    logo = validate_logo(data)
    assert (logo.mime, logo.width, logo.height) == ("image/jpeg", 640, 480)


def test_jpeg_with_fill_bytes_before_the_frame() -> None:
    data = jpeg_bytes(32, 16)
    data = data[:20] + b"\xff\xff" + data[20:]  # fill bytes between segments are legal
    logo = validate_logo(data)
    assert (logo.width, logo.height) == (32, 16)


def test_accepts_the_largest_allowed_side() -> None:
    logo = validate_logo(png_header(MAX_LOGO_SIDE, MAX_LOGO_SIDE))
    assert logo.width == MAX_LOGO_SIDE


def test_refuses_empty() -> None:
    assert "empty" in refused(b"")


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03 not an image at all",
        b"Just a note about our logo, in plain text.\n",
        b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" '
        b'height="10"><rect width="10" height="10"/></svg>\n',
        b'<svg xmlns="http://www.w3.org/2000/svg"/>',
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00;",
    ],
    ids=["binary", "text", "svg-xml", "svg", "gif"],
)
def test_refuses_other_formats(data: bytes) -> None:
    assert "not a PNG or JPEG" in refused(data)


def test_refuses_a_decompression_bomb_header() -> None:
    message = refused(png_header(20000, 20000))
    assert "20000×20000" in message
    assert f"{MAX_LOGO_SIDE}×{MAX_LOGO_SIDE}" in message


@pytest.mark.parametrize(("width", "height"), [(MAX_LOGO_SIDE + 1, 1), (1, MAX_LOGO_SIDE + 1)])
def test_refuses_one_side_too_long(width: int, height: int) -> None:
    assert "scale it down" in refused(png_header(width, height))


def test_refuses_a_huge_jpeg() -> None:
    assert "9000×100" in refused(jpeg_bytes(9000, 100))


@pytest.mark.parametrize("data", [png_header(0, 10), jpeg_bytes(10, 0)])
def test_refuses_an_image_without_pixels(data: bytes) -> None:
    assert "no pixels" in refused(data)


def test_refuses_too_many_bytes() -> None:
    data = png_header(10, 10) + b"\x00" * MAX_LOGO_BYTES
    message = refused(data)
    assert "2.0 MB" in message
    assert "at most 2 MB" in message


def test_byte_limit_is_read_at_call_time(monkeypatch: pytest.MonkeyPatch) -> None:
    data = png_bytes(4, 4)
    assert validate_logo(data)
    monkeypatch.setattr(images, "MAX_LOGO_BYTES", len(data) - 1)
    assert "MB" in refused(data)
    monkeypatch.setattr(images, "MAX_LOGO_BYTES", len(data))
    assert validate_logo(data).width == 4


@pytest.mark.parametrize(
    "data",
    [PNG_MAGIC, PNG_MAGIC + b"\x00\x00\x00\x0dIHDR\x00\x00", png_bytes(2, 2)[:30]],
    ids=["magic-only", "cut-ihdr", "cut-30"],
)
def test_refuses_a_truncated_png(data: bytes) -> None:
    assert "PNG file is truncated or damaged" in refused(data)


def test_refuses_a_png_whose_first_chunk_is_not_ihdr() -> None:
    data = PNG_MAGIC + _chunk(b"tEXt", b"Comment\x00hello world, padding") + b"\x00" * 20
    assert "PNG file is truncated or damaged" in refused(data)


@pytest.mark.parametrize(
    "data",
    [
        b"\xff\xd8\xff",
        jpeg_bytes(10, 10)[:22],  # cut before the frame header
        b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xd9",
    ],
    ids=["soi-only", "cut-before-frame", "no-frame"],
)
def test_refuses_a_jpeg_without_a_size(data: bytes) -> None:
    assert "JPEG file is truncated or damaged" in refused(data)

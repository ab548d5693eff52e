"""Hostile logos: refused with a message when set, and never decoded at a dangerous size later,
even when a plan file made elsewhere holds one that never passed the checks.

tests/plan/test_plan_images.py checks validate_logo on headers; here the real files go
through the store (nothing written), and the PDF side (logo_reader) is checked too.
"""

from __future__ import annotations

import io
import sqlite3
import tracemalloc
from pathlib import Path

import pytest
from pypdf import PdfReader

from export import pdf_output
from export.survey_form import render_survey_form
from plan.errors import InvalidValueError
from plan.images import MAX_LOGO_SIDE
from plan.store import PlanStore
from tests.reliability.corpus import blank_png
from tests.reliability.helpers import DEMO_LOGO, sha256

SVG = (
    b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" '
    b'xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">'
    b'<image xlink:href="file:///etc/passwd" width="10" height="10"/></svg>'
)


def _jpeg_header(width: int, height: int) -> bytes:
    sof = b"\xff\xc0\x00\x11\x08" + height.to_bytes(2, "big") + width.to_bytes(2, "big")
    return b"\xff\xd8" + sof + b"\x03\x01\x22\x00\x02\x11\x01\x03\x11\x01" + b"\xff\xd9"


def _png_claiming(width: int, height: int) -> bytes:
    """A tiny PNG whose header claims a huge canvas: the classic decompression bomb."""
    return blank_png(1, 1).replace(
        b"IHDR" + (1).to_bytes(4, "big") * 2,
        b"IHDR" + width.to_bytes(4, "big") + height.to_bytes(4, "big"),
    )


HOSTILE: dict[str, tuple[bytes, str]] = {
    "text-as-png": (b"this is not an image\n" * 10, "not a PNG or JPEG"),
    "svg": (SVG, "not a PNG or JPEG"),
    "gif": (b"GIF89a" + bytes(100), "not a PNG or JPEG"),
    "empty": (b"", "empty"),
    "png-20000x20000": (blank_png(20_000, 20_000), "20000×20000 pixels"),
    "png-bomb-header": (_png_claiming(65_535, 65_535), "65535×65535 pixels"),
    "jpeg-bomb-header": (_jpeg_header(65_000, 65_000), "65000×65000 pixels"),
    "png-truncated": (blank_png(50, 50)[:20], "truncated or damaged"),
}


@pytest.fixture
def plan_with_logo(tmp_path: Path) -> Path:
    path = tmp_path / "plan.svcplan"

    def fill(store: PlanStore) -> None:
        store.profile.set_logo(DEMO_LOGO.read_bytes())

    PlanStore.create(path, fill=fill).close()
    return path


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_logo_is_refused_with_a_message_and_nothing_written(
    plan_with_logo: Path, kind: str
) -> None:
    data, words = HOSTILE[kind]
    before = sha256(plan_with_logo)
    store = PlanStore.open(plan_with_logo, backup=False)
    try:
        tracemalloc.start()
        try:
            with pytest.raises(InvalidValueError) as caught:
                store.profile.set_logo(data)
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert caught.value.field == "logo"
        assert words in str(caught.value)
        # Only the header was read: nothing near the decoded size was allocated.
        assert peak < len(data) + 5 * 1024 * 1024
        logo = store.profile.logo()
        assert logo is not None and logo.data == DEMO_LOGO.read_bytes()
    finally:
        store.close()
    assert sha256(plan_with_logo) == before


def test_largest_allowed_logo_is_accepted_and_printed_scaled(tmp_path: Path) -> None:
    data = blank_png(MAX_LOGO_SIDE, 64)
    store = PlanStore.create(tmp_path / "plan.svcplan")
    try:
        store.profile.set_logo(data)
        stored = store.profile.logo()
    finally:
        store.close()
    assert stored is not None and (stored.width, stored.height) == (MAX_LOGO_SIDE, 64)
    pdf = render_survey_form("en", business_name="Big logo", logo=stored.data, invariant=True)
    assert len(PdfReader(io.BytesIO(pdf)).pages) >= 1


def _smuggle_logo(path: Path, data: bytes) -> None:
    """Write a logo straight into the file, as a plan made by another tool might hold one."""
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM assets WHERE name = 'logo'")
    conn.execute(
        "INSERT INTO assets (name, mime, width, height, data)"
        " VALUES ('logo', 'image/png', 1, 1, ?)",
        [data],
    )
    conn.commit()
    conn.close()


def _open_with_smuggled_logo(path: Path, data: bytes) -> PlanStore:
    """The plan read-only, with `data` as its logo in the in-memory copy: as if the checks on
    open had let it through (they leave such a logo out), to test the next line of defence."""
    store = PlanStore.open(path, readonly=True)
    store.conn.execute(
        "INSERT OR REPLACE INTO assets (name, mime, width, height, data)"
        " VALUES ('logo', 'image/png', 1, 1, ?)",
        [data],
    )
    return store


@pytest.mark.parametrize("kind", ["png-20000x20000", "png-bomb-header", "svg", "text-as-png"])
def test_smuggled_logo_is_left_out_of_the_pdf_without_decoding(
    plan_with_logo: Path, monkeypatch: pytest.MonkeyPatch, kind: str
) -> None:
    """A 12000×12000 PNG of 700 KB took 1.4 GB and 4 s to decode before logo_reader checked
    the header; now no image library even opens such a logo."""
    _smuggle_logo(plan_with_logo, HOSTILE[kind][0])
    import PIL.Image

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a hostile logo reached the image decoder")

    monkeypatch.setattr(PIL.Image, "open", refuse)
    store = PlanStore.open(plan_with_logo, readonly=True)
    try:
        # The plan layer leaves a logo that is not a usable image out, and says so...
        assert store.profile.logo() is None
        assert any("the logo cannot be used" in warning for warning in store.warnings)
    finally:
        store.close()
    # ...and the PDF code, handed such bytes all the same, leaves them out without decoding.
    store = _open_with_smuggled_logo(plan_with_logo, HOSTILE[kind][0])
    try:
        logo = store.profile.logo()
        assert logo is not None
        assert pdf_output.logo_reader(logo.data) is None
        pdf = render_survey_form("en", business_name="Smuggled", logo=logo.data, invariant=True)
    finally:
        store.close()
    reader = PdfReader(io.BytesIO(pdf))
    assert not any(page.images for page in reader.pages)


def test_profile_page_shows_no_smuggled_bomb(
    plan_with_logo: Path, qtbot: object, request: pytest.FixtureRequest
) -> None:
    """The window's preview reads a smuggled bomb with Qt's allocation limit: it says it cannot
    show it, instead of allocating 1.2 GB."""
    pytest.importorskip("PySide6")
    from tests.ui.conftest import FakeDialogs
    from ui.pages.profile import ProfilePage
    from ui.session import PlanSession

    session = PlanSession(_open_with_smuggled_logo(plan_with_logo, HOSTILE["png-20000x20000"][0]))
    page = ProfilePage(session, FakeDialogs())
    try:
        assert "Cannot show this image" in page.logo_preview.text()
    finally:
        page.dispose()
        page.deleteLater()
        session.close()

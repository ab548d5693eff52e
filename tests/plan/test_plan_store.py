"""The plan store: create/open round trips, edits, listeners, copies, read-only and memory plans."""

from __future__ import annotations

import hashlib
import os
import stat
import struct
import zlib
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path

import pytest

from plan.errors import InvalidValueError, PlanError, ReadOnlyPlanError, UnsafeTargetError
from plan.profile import PROFILE_FIELDS, Profile
from plan.store import PlanChange, PlanStore, Section

ROOT = Path(__file__).resolve().parents[2]
DEMO_LOGO = ROOT / "assets" / "demo" / "logo.png"

TRICKY_PROFILE: dict[str, str] = {
    "business_name": "<b>Bold</b> & Sons 🥐 面包坊",
    "industry": "مخبز وقهوة (bakery)",
    "size": "micro",
    "customer_types": "Residents — жители\n上班族 & <i>students</i>\n\nשכנים 🍞\n",
    "address": "1 R&D Way\n<Suite 5>\nТомск",
    "phone": "+7 (495) 555-01-42",
    "email": "owner@example.com",
    "website": "https://example.com/?a=1&b=<2>",
    "prepared_by": "consultant",
    "preparer_name": "王安娜 O'Neil",
    "consultant_firm": "\"Quotes\" & 'apostrophes'",
    "plan_date": "2026-02-28",
}


def png_bytes(width: int = 2, height: int = 1) -> bytes:
    """A real, decodable RGB PNG."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body) & 0xFFFFFFFF
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", crc)

    raw = b"".join(b"\x00" + b"\xff\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    path = tmp_path / "plan.svcplan"
    PlanStore.create(path).close()
    return path


@pytest.fixture
def store(plan_path: Path) -> Iterator[PlanStore]:
    opened = PlanStore.open(plan_path)
    yield opened
    opened.close()


# -- create and open --------------------------------------------------------------------------


def test_create_then_open_round_trips_every_profile_field(tmp_path: Path) -> None:
    path = tmp_path / "tricky.svcplan"

    def fill(store: PlanStore) -> None:
        for name, value in TRICKY_PROFILE.items():
            store.profile.set_field(name, value)

    PlanStore.create(path, language="ru", fill=fill).close()

    store = PlanStore.open(path)
    try:
        assert asdict(store.profile.get()) == TRICKY_PROFILE
        assert set(TRICKY_PROFILE) == set(PROFILE_FIELDS)
        assert store.language() == "ru"
        assert store.profile.get().customer_groups == [
            "Residents — жители",
            "上班族 & <i>students</i>",
            "שכנים 🍞",
        ]
        assert store.display_name() == TRICKY_PROFILE["business_name"]
    finally:
        store.close()


def test_new_plan_has_defaults_and_meta(store: PlanStore, plan_path: Path) -> None:
    assert store.profile.get() == Profile()
    assert store.language() == "en"
    assert store.profile.logo() is None
    assert store.meta("created")
    assert store.meta("modified") == store.meta("created")
    assert store.meta("no-such-key") is None
    assert not store.readonly
    assert store.display_name() == plan_path.stem


def test_create_refuses_an_existing_file_and_leaves_it_alone(tmp_path: Path) -> None:
    path = tmp_path / "taken.svcplan"
    path.write_bytes(b"someone else's file")
    with pytest.raises(PlanError, match="already exists"):
        PlanStore.create(path)
    assert path.read_bytes() == b"someone else's file"


def test_create_refuses_a_missing_folder(tmp_path: Path) -> None:
    path = tmp_path / "nowhere" / "plan.svcplan"
    with pytest.raises(PlanError, match="does not exist"):
        PlanStore.create(path)
    assert not (tmp_path / "nowhere").exists()


def test_create_refuses_unknown_language(tmp_path: Path) -> None:
    with pytest.raises(InvalidValueError, match="language"):
        PlanStore.create(tmp_path / "plan.svcplan", language="xx")
    assert list(tmp_path.iterdir()) == []


def test_create_with_failing_fill_leaves_nothing(tmp_path: Path) -> None:
    def fill(store: PlanStore) -> None:
        store.profile.set_field("business_name", "Fine")
        store.profile.set_field("plan_date", "not a date")

    with pytest.raises(InvalidValueError, match="plan_date"):
        PlanStore.create(tmp_path / "plan.svcplan", fill=fill)
    assert list(tmp_path.iterdir()) == []


# -- editing ----------------------------------------------------------------------------------


def test_set_profile_field_returns_old_value_and_persists(
    store: PlanStore, plan_path: Path
) -> None:
    assert store.profile.set_field("business_name", "First") == ""
    assert store.profile.set_field("business_name", "Second") == "First"
    assert store.profile.get().business_name == "Second"
    store.close()
    reopened = PlanStore.open(plan_path)
    try:
        assert reopened.profile.get().business_name == "Second"
    finally:
        reopened.close()


def test_line_fields_are_trimmed_text_fields_kept(store: PlanStore) -> None:
    store.profile.set_field("business_name", "  Padded  ")
    store.profile.set_field("customer_types", "  one\ntwo  \n")
    assert store.profile.get().business_name == "Padded"
    assert store.profile.get().customer_types == "  one\ntwo  \n"


def test_listener_hears_each_committed_edit(store: PlanStore) -> None:
    heard: list[PlanChange] = []
    store.subscribe(heard.append)

    store.profile.set_field("industry", "Bakery")
    store.set_language("zh")
    store.profile.set_logo(png_bytes())

    assert heard == [
        PlanChange(Section.PROFILE, frozenset({"industry"})),
        PlanChange(Section.META, frozenset({"language"})),
        PlanChange(Section.PROFILE, frozenset({"logo"})),
    ]


def test_changes_name_their_section_with_the_enum(store: PlanStore) -> None:
    """Pages match sections by enum member (`is`), so a plain string would slip past them."""
    heard: list[PlanChange] = []
    store.subscribe(heard.append)
    store.profile.set_field("industry", "Bakery")
    store.set_language("ru")
    store.problems.set_suggestion_dismissed("k", True)
    store.economics.set_input("currency", "EUR")
    assert [type(change.section) for change in heard] == [Section] * 4


def test_listener_sees_the_edit_already_committed(store: PlanStore) -> None:
    seen: list[str] = []
    store.subscribe(lambda change: seen.append(store.profile.get().industry))
    store.profile.set_field("industry", "Café")
    assert seen == ["Café"]
    assert not store.db.conn.in_transaction


def test_unsubscribe_stops_notifications(store: PlanStore) -> None:
    heard: list[PlanChange] = []
    unsubscribe = store.subscribe(heard.append)
    store.profile.set_field("industry", "A")
    unsubscribe()
    unsubscribe()  # a second call is harmless
    store.profile.set_field("industry", "B")
    assert len(heard) == 1


def test_failed_edit_notifies_nobody(store: PlanStore) -> None:
    heard: list[PlanChange] = []
    store.subscribe(heard.append)
    with pytest.raises(InvalidValueError):
        store.profile.set_field("email", "nope")
    assert heard == []


def test_edits_update_modified(store: PlanStore) -> None:
    created = store.meta("created")
    store.clock = lambda: datetime(2031, 5, 6, 7, 8, 9, tzinfo=UTC)
    store.profile.set_field("phone", "123")
    assert store.meta("modified") == "2031-05-06T07:08:09+00:00"
    assert store.meta("created") == created

    store.clock = lambda: datetime(2032, 1, 1, tzinfo=UTC)
    store.set_language("ru")
    assert store.meta("modified") == "2032-01-01T00:00:00+00:00"


def test_set_language(store: PlanStore) -> None:
    assert store.set_language("ru") == "en"
    assert store.language() == "ru"
    with pytest.raises(InvalidValueError, match="'de' is not one of en, ru, zh"):
        store.set_language("de")
    with pytest.raises(InvalidValueError):
        store.set_language("")
    assert store.language() == "ru"


def test_set_logo_stores_and_removes(store: PlanStore, plan_path: Path) -> None:
    tiny = png_bytes(3, 2)
    assert store.profile.set_logo(tiny) is None
    logo = store.profile.logo()
    assert logo is not None
    assert (logo.mime, logo.width, logo.height, logo.data) == ("image/png", 3, 2, tiny)

    real = DEMO_LOGO.read_bytes()
    assert store.profile.set_logo(real) == tiny
    logo = store.profile.logo()
    assert logo is not None and (logo.width, logo.height) == (256, 256)

    assert store.profile.set_logo(None) == real
    assert store.profile.logo() is None
    assert store.db.execute("SELECT count(*) FROM assets").fetchone()[0] == 0


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "not-an-address"),
        ("plan_date", "31/12/2026"),
        ("size", "enormous"),
        ("business_name", "two\nlines"),
        ("business_name", "x" * 201),
        ("nonexistent", "x"),
        ("business_name = 'x'; --", "x"),
        ("phone", "12\x003"),
    ],
)
def test_invalid_values_raise_and_leave_the_file_unchanged(
    store: PlanStore, plan_path: Path, field: str, value: str
) -> None:
    store.profile.set_field("business_name", "Kept")
    store.profile.set_field("email", "kept@example.com")
    before_hash = sha256(plan_path)
    before_profile = store.profile.get()
    before_modified = store.meta("modified")

    with pytest.raises(InvalidValueError) as caught:
        store.profile.set_field(field, value)

    assert caught.value.field == field
    assert sha256(plan_path) == before_hash
    assert store.profile.get() == before_profile
    assert store.meta("modified") == before_modified


def test_invalid_logo_raises_and_keeps_the_old_one(store: PlanStore, plan_path: Path) -> None:
    tiny = png_bytes()
    store.profile.set_logo(tiny)
    before = sha256(plan_path)
    with pytest.raises(InvalidValueError, match="not a PNG or JPEG"):
        store.profile.set_logo(b"GIF89a not accepted")
    assert sha256(plan_path) == before
    logo = store.profile.logo()
    assert logo is not None and logo.data == tiny


def test_foreign_keys_are_on(store: PlanStore) -> None:
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    memory = PlanStore.memory()
    assert memory.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    memory.close()


# -- copies -----------------------------------------------------------------------------------


def test_save_copy_makes_an_identical_openable_plan(store: PlanStore, tmp_path: Path) -> None:
    for name, value in TRICKY_PROFILE.items():
        store.profile.set_field(name, value)
    store.set_language("zh")
    store.profile.set_logo(png_bytes())
    copy_path = tmp_path / "copy.svcplan"

    store.save_copy(copy_path)

    copy = PlanStore.open(copy_path)
    try:
        assert copy.profile.get() == store.profile.get()
        assert copy.language() == "zh"
        assert copy.profile.logo() == store.profile.logo()
        assert copy.meta("modified") == store.meta("modified")
    finally:
        copy.close()
    assert not list(tmp_path.glob("*.partial"))


def test_save_copy_replaces_an_older_copy(store: PlanStore, tmp_path: Path) -> None:
    target = tmp_path / "copy.svcplan"
    store.save_copy(target)
    store.profile.set_field("industry", "Later")
    store.save_copy(target)
    copy = PlanStore.open(target, readonly=True)
    try:
        assert copy.profile.get().industry == "Later"
    finally:
        copy.close()


def test_save_copy_refuses_the_plans_own_path(store: PlanStore, plan_path: Path) -> None:
    before = sha256(plan_path)
    with pytest.raises(PlanError, match="the plan itself"):
        store.save_copy(plan_path)
    with pytest.raises(PlanError, match="the plan itself"):
        store.save_copy(plan_path.parent / "." / plan_path.name)
    assert sha256(plan_path) == before


def test_save_copy_refuses_a_missing_folder(store: PlanStore, tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="does not exist"):
        store.save_copy(tmp_path / "missing" / "copy.svcplan")


# -- memory and read-only plans ---------------------------------------------------------------


def test_memory_store_works_without_a_file(tmp_path: Path) -> None:
    store = PlanStore.memory("zh")
    try:
        assert store.path is None
        assert store.language() == "zh"
        assert store.display_name() == ""
        store.profile.set_field("business_name", "In memory")
        assert store.display_name() == "In memory"
        copy = tmp_path / "saved.svcplan"
        store.save_copy(copy)
    finally:
        store.close()
    reopened = PlanStore.open(copy)
    try:
        assert reopened.profile.get().business_name == "In memory"
        assert reopened.language() == "zh"
    finally:
        reopened.close()


def test_readonly_store_reads_but_refuses_edits(plan_path: Path) -> None:
    writer = PlanStore.open(plan_path)
    writer.profile.set_field("business_name", "Read me")
    writer.close()
    before = sha256(plan_path)

    store = PlanStore.open(plan_path, readonly=True)
    try:
        assert store.readonly
        assert store.readonly_reason == "opened read-only"
        assert store.profile.get().business_name == "Read me"
        assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        heard: list[PlanChange] = []
        store.subscribe(heard.append)
        with pytest.raises(ReadOnlyPlanError, match="read-only"):
            store.profile.set_field("business_name", "Changed")
        with pytest.raises(ReadOnlyPlanError):
            store.set_language("ru")
        with pytest.raises(ReadOnlyPlanError):
            store.profile.set_logo(None)
        assert heard == []
        assert store.profile.get().business_name == "Read me"
    finally:
        store.close()
    assert sha256(plan_path) == before


def test_readonly_store_can_save_a_copy(plan_path: Path, tmp_path: Path) -> None:
    store = PlanStore.open(plan_path, readonly=True)
    try:
        store.save_copy(tmp_path / "copy.svcplan")
    finally:
        store.close()
    copy = PlanStore.open(tmp_path / "copy.svcplan")
    copy.close()


def test_open_accepts_awkward_file_names(tmp_path: Path) -> None:
    path = tmp_path / "пекарня 面包 #1 ?%20 & (copy).svcplan"
    PlanStore.create(path, language="ru").close()
    for readonly in (False, True):
        store = PlanStore.open(path, readonly=readonly)
        try:
            assert store.language() == "ru"
        finally:
            store.close()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are POSIX")
def test_save_copy_never_replaces_a_pipe_or_folder(store: PlanStore, tmp_path: Path) -> None:
    fifo = tmp_path / "copy.svcplan"
    os.mkfifo(fifo)
    with pytest.raises(UnsafeTargetError, match="not a regular file"):
        store.save_copy(fifo)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    folder = tmp_path / "folder.svcplan"
    folder.mkdir()
    with pytest.raises(UnsafeTargetError):
        store.save_copy(folder)
    assert folder.is_dir()

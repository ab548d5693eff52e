"""The schema migrations: what each one builds, the version marks, idempotence, rollback."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlite_utils import Database

from plan import backups, migrations
from plan.migrations import (
    APPLICATION_ID,
    MIGRATIONS,
    SCHEMA_VERSION,
    apply_migrations,
    schema_version,
)
from plan.store import PlanStore

# Tables and columns each migration leaves behind (cumulative). A new migration needs an entry.
_SCHEMA_0001: dict[str, list[str]] = {
    "migrations": ["name", "applied_at"],
    "meta": ["key", "value"],
    "profile": [
        "id",
        "business_name",
        "industry",
        "size",
        "customer_types",
        "address",
        "phone",
        "email",
        "website",
        "prepared_by",
        "preparer_name",
        "consultant_firm",
        "plan_date",
    ],
    "assets": ["name", "mime", "width", "height", "data"],
}

EXPECTED_SCHEMA: dict[str, dict[str, list[str]]] = {
    "0001_profile": _SCHEMA_0001,
    "0002_self_audit": {
        **_SCHEMA_0001,
        "answers": ["item_id", "score", "not_applicable", "note"],
        "metrics": ["metric_id", "value"],
        "snapshots": ["id", "taken_on", "label", "service_index", "dimensions", "metrics"],
    },
}
EXPECTED_SCHEMA["0003_customers_view"] = {
    **EXPECTED_SCHEMA["0002_self_audit"],
    "imports": ["id", "kind", "file_name", "sha256", "imported_at", "rows", "skipped", "mapping"],
    "survey_responses": [
        "id",
        "import_id",
        "source_row",
        "date",
        "segment",
        "nps",
        "csat",
        "ces",
        "comment",
        *[f"e{n}" for n in range(1, 23)],
        *[f"p{n}" for n in range(1, 23)],
        *[f"w_{d}" for d in ("tangibles", "reliability", "responsiveness", "assurance", "empathy")],
    ],
    "complaints": ["id", "import_id", "source_row", "date", "category", "description", "resolved"],
    "complaint_categories": ["position", "name"],
}
EXPECTED_SCHEMA["0004_problems"] = {
    **EXPECTED_SCHEMA["0003_customers_view"],
    "problems": [
        "id",
        "title",
        "description",
        "evidence",
        "touchpoint",
        "frequency",
        "impact",
        "root_cause",
        "status",
        "focus",
        "suggestion_key",
    ],
    "dismissed_suggestions": ["key", "dismissed_at"],
    "sin_observations": ["sin_id", "seen"],
}
EXPECTED_SCHEMA["0005_standards_goals"] = {
    **EXPECTED_SCHEMA["0004_problems"],
    "standards": [
        "id",
        "statement",
        "touchpoint",
        "indicator",
        "target",
        "unit",
        "direction",
        "measurement",
        "frequency",
        "owner",
        "template_id",
    ],
    "goals": [
        "id",
        "title",
        "measure",
        "indicator",
        "baseline",
        "target",
        "unit",
        "higher_is_better",
        "deadline",
        "owner",
    ],
    "standard_problems": ["standard_id", "problem_id"],
    "goal_problems": ["goal_id", "problem_id"],
    "means": [
        "id",
        "action",
        "description",
        "kind",
        "form",
        "owner",
        "start_date",
        "end_date",
        "budget",
        "status",
        "goal_id",
        "template_id",
    ],
    "economics": [
        "id",
        "customers",
        "revenue_per_customer",
        "customers_lost",
        "poor_service_share",
        "replacement_factor",
        "currency",
    ],
}

EXPECTED_SCHEMA["0006_survey_waves"] = {
    **EXPECTED_SCHEMA["0005_standards_goals"],
    "imports": [*EXPECTED_SCHEMA["0005_standards_goals"]["imports"], "wave_id"],
    "waves": ["id", "label", "date"],
}
EXPECTED_SCHEMA["0007_complaint_segments"] = {
    **EXPECTED_SCHEMA["0006_survey_waves"],
    "complaints": [*EXPECTED_SCHEMA["0006_survey_waves"]["complaints"], "segment"],
}
EXPECTED_SCHEMA["0008_goal_segments"] = {
    **EXPECTED_SCHEMA["0007_complaint_segments"],
    "goals": [*EXPECTED_SCHEMA["0007_complaint_segments"]["goals"], "segment"],
}
EXPECTED_SCHEMA["0009_own_words"] = {
    **EXPECTED_SCHEMA["0008_goal_segments"],
    "section_texts": ["key", "text"],
    "own_sections": ["id", "title", "text", "after"],
}


def _tables(db: Database) -> dict[str, list[str]]:
    names = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
    ]
    return {
        name: [row[1] for row in db.execute(f"PRAGMA table_info([{name}])").fetchall()]
        for name in names
    }


def _application_id(db: Database) -> int:
    return int(db.execute("PRAGMA application_id").fetchone()[0])


def test_every_migration_has_an_expected_schema() -> None:
    names = [name for name, _ in MIGRATIONS]
    assert names == list(EXPECTED_SCHEMA), "describe each new migration in EXPECTED_SCHEMA"
    assert len(set(names)) == len(names)
    assert len(MIGRATIONS) == SCHEMA_VERSION


@pytest.mark.parametrize("upto", range(1, len(MIGRATIONS) + 1))
def test_migrations_build_the_expected_schema(upto: int) -> None:
    db = Database(memory=True)
    assert schema_version(db) == 0

    applied = apply_migrations(db, upto=upto)

    names = [name for name, _ in MIGRATIONS[:upto]]
    assert applied == names
    assert schema_version(db) == upto
    assert _application_id(db) == APPLICATION_ID
    rows = db.execute("SELECT name, applied_at FROM migrations ORDER BY name").fetchall()
    assert [row[0] for row in rows] == sorted(names)
    assert all(row[1] for row in rows)
    assert _tables(db) == EXPECTED_SCHEMA[names[-1]]


def test_first_migration_creates_the_single_profile_row() -> None:
    db = Database(memory=True)
    apply_migrations(db)
    rows = db.execute("SELECT id, prepared_by, business_name FROM profile").fetchall()
    assert rows == [(1, "owner", "")]
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO profile (id) VALUES (2)")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("UPDATE profile SET prepared_by = 'nobody' WHERE id = 1")


def test_problems_migration_checks_ranges_on_an_in_memory_plan() -> None:
    """0004 on an in-memory database brought to 0003: its tables refuse out-of-range values."""
    db = Database(memory=True)
    apply_migrations(db, upto=3)
    assert "problems" not in _tables(db)

    assert apply_migrations(db, upto=4) == ["0004_problems"]

    insert = (
        "INSERT INTO problems (title, frequency, impact, root_cause, status, focus,"
        " suggestion_key) VALUES (?, ?, ?, ?, ?, ?, ?)"
    )
    db.execute(insert, ["Slow replies", 4, 5, "can", "open", None, "servqual:responsiveness"])
    row = db.execute("SELECT description, evidence, touchpoint, status FROM problems").fetchone()
    assert row == ("", "", "", "open")
    for values in (
        ["  ", 3, 3, "can", "open", None, None],  # an empty title
        ["T", 0, 3, "can", "open", None, None],
        ["T", 3, 6, "can", "open", None, None],
        ["T", 3, 3, "luck", "open", None, None],
        ["T", 3, 3, "know", "forgotten", None, None],
        ["T", 3, 3, "know", "open", 2, None],
        ["T", 3, 3, "know", "open", None, "servqual:responsiveness"],  # accepted once only
    ):
        with pytest.raises(sqlite3.IntegrityError):
            db.execute(insert, values)
    db.execute("INSERT INTO sin_observations (sin_id, seen) VALUES ('apathy', 'often')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO sin_observations (sin_id, seen) VALUES ('greed', 'often')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO sin_observations (sin_id, seen) VALUES ('coldness', 'daily')")
    db.execute("INSERT INTO dismissed_suggestions (key, dismissed_at) VALUES ('sin:apathy', 'x')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(
            "INSERT INTO dismissed_suggestions (key, dismissed_at) VALUES ('sin:apathy', 'y')"
        )


def test_own_words_migration_on_an_in_memory_plan() -> None:
    """0009 on a database brought to 0008: one text per key, own sections need a title."""
    db = Database(memory=True)
    apply_migrations(db, upto=8)
    assert "own_sections" not in _tables(db)

    assert apply_migrations(db, upto=9) == ["0009_own_words"]

    db.execute("INSERT INTO section_texts (key, text) VALUES ('goals', 'Start with the phone.')")
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO section_texts (key, text) VALUES ('goals', 'twice')")
    db.execute("INSERT INTO own_sections (title) VALUES ('Next steps')")
    assert db.execute("SELECT title, text, after FROM own_sections").fetchall() == [
        ("Next steps", "", "summary")
    ]
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO own_sections (title) VALUES ('  ')")


def _survey_import(db: Database, imported_at: str, dates: list[str | None]) -> None:
    cursor = db.execute(
        "INSERT INTO imports (kind, file_name, sha256, imported_at, rows, skipped)"
        " VALUES ('survey', 'a.csv', 'x', ?, ?, 0)",
        [imported_at, len(dates)],
    )
    for day in dates:
        db.execute(
            "INSERT INTO survey_responses (import_id, date, nps) VALUES (?, ?, 9)",
            [cursor.lastrowid, day],
        )


def test_waves_migration_puts_every_survey_import_in_one_wave() -> None:
    """0006 on an in-memory plan brought to 0005: its survey imports (not its complaint
    imports) join one wave named after their latest response's month."""
    db = Database(memory=True)
    apply_migrations(db, upto=5)
    _survey_import(db, "2026-04-02T10:00:00+00:00", ["2026-03-01", "2026-03-28", None])
    _survey_import(db, "2026-04-05T10:00:00+00:00", ["not a date", "2026-02-11"])
    db.execute(
        "INSERT INTO imports (kind, file_name, sha256, imported_at, rows, skipped)"
        " VALUES ('complaints', 'c.csv', 'y', '2026-04-03', 0, 0)"
    )

    assert apply_migrations(db, upto=6) == ["0006_survey_waves"]

    assert db.execute("SELECT id, label, date FROM waves").fetchall() == [
        (1, "2026-03", "2026-03-28")
    ]
    rows = db.execute("SELECT kind, wave_id FROM imports ORDER BY id").fetchall()
    assert rows == [("survey", 1), ("survey", 1), ("complaints", None)]
    for label in ("", "  ", "x" * 41, "2026-03"):  # empty, blank, too long, taken
        with pytest.raises(sqlite3.IntegrityError):
            db.execute("INSERT INTO waves (label, date) VALUES (?, '2026-05-01')", [label])


def test_waves_migration_names_an_undated_survey_after_its_import_day() -> None:
    db = Database(memory=True)
    apply_migrations(db, upto=5)
    _survey_import(db, "2025-11-30T23:00:00+00:00", [None, None])
    apply_migrations(db)
    assert db.execute("SELECT label, date FROM waves").fetchall() == [("2025-11", "2025-11-30")]


def test_waves_migration_of_a_plan_without_a_survey_makes_no_wave() -> None:
    db = Database(memory=True)
    apply_migrations(db)
    assert db.execute("SELECT COUNT(*) FROM waves").fetchone() == (0,)


def test_applying_twice_changes_nothing() -> None:
    db = Database(memory=True)
    apply_migrations(db)
    before = db.execute("SELECT name, applied_at FROM migrations").fetchall()
    schema_before = _tables(db)

    assert apply_migrations(db) == []

    assert schema_version(db) == SCHEMA_VERSION
    assert db.execute("SELECT name, applied_at FROM migrations").fetchall() == before
    assert _tables(db) == schema_before


def _broken(db: Database) -> None:
    db.execute("CREATE TABLE half_done (x INTEGER)")
    db.execute("INSERT INTO half_done (x) VALUES (1)")
    db.execute("INSERT INTO meta (key, value) VALUES ('broken', 'yes')")
    raise RuntimeError("migration failed half-way")


def test_failing_migration_rolls_back(monkeypatch: pytest.MonkeyPatch) -> None:
    db = Database(memory=True)
    apply_migrations(db)
    schema_before = _tables(db)
    monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, ("9999_broken", _broken)])

    with pytest.raises(RuntimeError, match="half-way"):
        apply_migrations(db, upto=SCHEMA_VERSION + 1)

    assert schema_version(db) == SCHEMA_VERSION
    assert _tables(db) == schema_before
    assert "half_done" not in _tables(db)
    assert db.execute("SELECT count(*) FROM meta WHERE key = 'broken'").fetchone()[0] == 0
    names = [row[0] for row in db.execute("SELECT name FROM migrations").fetchall()]
    assert "9999_broken" not in names
    assert not db.conn.in_transaction


def test_failing_first_migration_leaves_an_empty_database(monkeypatch: pytest.MonkeyPatch) -> None:
    def create_then_fail(db: Database) -> None:
        db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", [("0001_broken", create_then_fail)])
    db = Database(memory=True)
    with pytest.raises(RuntimeError):
        apply_migrations(db, upto=1)
    assert schema_version(db) == 0
    assert _tables(db) == {}


# -- an older plan on disk is migrated forward on open --------------------------------------


def _add_column(db: Database) -> None:
    db.execute("ALTER TABLE profile ADD COLUMN slogan TEXT NOT NULL DEFAULT ''")


@pytest.fixture
def one_more_migration(monkeypatch: pytest.MonkeyPatch) -> Callable[[], None]:
    """Returns a function that makes the program one migration newer than the plans on disk."""

    def upgrade() -> None:
        newer = SCHEMA_VERSION + 1
        monkeypatch.setattr(migrations, "MIGRATIONS", [*MIGRATIONS, ("9999_slogan", _add_column)])
        monkeypatch.setattr(migrations, "SCHEMA_VERSION", newer)
        monkeypatch.setattr("plan.store.core.SCHEMA_VERSION", newer)
        assert apply_migrations.__kwdefaults__ is not None
        monkeypatch.setitem(apply_migrations.__kwdefaults__, "upto", newer)

    return upgrade


def test_older_plan_is_migrated_on_open_and_backed_up_first(
    tmp_path: Path, one_more_migration: Callable[[], None]
) -> None:
    path = tmp_path / "old.svcplan"
    PlanStore.create(path).close()
    one_more_migration()

    store = PlanStore.open(path)
    try:
        assert schema_version(store.db) == SCHEMA_VERSION + 1
        assert "slogan" in _tables(store.db)["profile"]
    finally:
        store.close()
    backup = backups.latest_backup(path)
    assert backup is not None
    conn = sqlite3.connect(backup)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    finally:
        conn.close()


def test_older_plan_opened_read_only_is_migrated_in_memory_only(
    tmp_path: Path, one_more_migration: Callable[[], None]
) -> None:
    path = tmp_path / "old.svcplan"
    PlanStore.create(path).close()
    before = path.read_bytes()
    one_more_migration()

    store = PlanStore.open(path, readonly=True)
    try:
        assert "slogan" in _tables(store.db)["profile"]
    finally:
        store.close()
    assert path.read_bytes() == before

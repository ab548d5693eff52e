"""The plan file's schema as small named migrations, applied in order.

`PRAGMA user_version` holds how many migrations a file has had; the `migrations` table names them.
A file whose version is higher than `SCHEMA_VERSION` was written by a newer program and is refused.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily at run time: sqlite-utils costs start-up time
    from sqlite_utils import Database

# 'SVPL': marks a SQLite file as a service plan, so other programs' databases are told apart.
APPLICATION_ID = 0x5356504C


def _m0001_profile(db: Database) -> None:
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("CREATE TABLE migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
    db.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    db.execute(
        """
        CREATE TABLE profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            business_name TEXT NOT NULL DEFAULT '',
            industry TEXT NOT NULL DEFAULT '',
            size TEXT NOT NULL DEFAULT '',
            customer_types TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            website TEXT NOT NULL DEFAULT '',
            prepared_by TEXT NOT NULL DEFAULT 'owner'
                CHECK (prepared_by IN ('owner', 'consultant')),
            preparer_name TEXT NOT NULL DEFAULT '',
            consultant_firm TEXT NOT NULL DEFAULT '',
            plan_date TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("INSERT INTO profile (id) VALUES (1)")
    db.execute(
        """
        CREATE TABLE assets (
            name TEXT PRIMARY KEY,
            mime TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            data BLOB NOT NULL
        )
        """
    )


def _m0002_self_audit(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE answers (
            item_id TEXT PRIMARY KEY,
            score INTEGER CHECK (score BETWEEN 1 AND 5),
            not_applicable INTEGER NOT NULL DEFAULT 0 CHECK (not_applicable IN (0, 1)),
            note TEXT NOT NULL DEFAULT '',
            CHECK (NOT (score IS NOT NULL AND not_applicable = 1))
        )
        """
    )
    db.execute("CREATE TABLE metrics (metric_id TEXT PRIMARY KEY, value REAL NOT NULL)")
    db.execute(
        """
        CREATE TABLE snapshots (
            id INTEGER PRIMARY KEY,
            taken_on TEXT NOT NULL,
            label TEXT NOT NULL DEFAULT '',
            service_index REAL,
            dimensions TEXT NOT NULL DEFAULT '{}',
            metrics TEXT NOT NULL DEFAULT '{}'
        )
        """
    )


#: The survey's item and weight columns, in the order of METHODOLOGY.md (E1…E22, P1…P22).
SERVQUAL_ITEM_COUNT = 22
WEIGHT_DIMENSIONS = ("tangibles", "reliability", "responsiveness", "assurance", "empathy")


def _m0003_customers_view(db: Database) -> None:
    db.execute(
        """
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('survey', 'complaints')),
            file_name TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            rows INTEGER NOT NULL,
            skipped INTEGER NOT NULL,
            mapping TEXT NOT NULL DEFAULT '{}'
        )
        """
    )
    db.execute("CREATE INDEX imports_by_hash ON imports (kind, sha256)")
    items = ",\n".join(
        f"{side}{n} REAL CHECK ({side}{n} BETWEEN 1 AND 7)"
        for side in ("e", "p")
        for n in range(1, SERVQUAL_ITEM_COUNT + 1)
    )
    weights = ",\n".join(
        f"w_{name} REAL CHECK (w_{name} BETWEEN 0 AND 100)" for name in WEIGHT_DIMENSIONS
    )
    db.execute(
        f"""
        CREATE TABLE survey_responses (
            id INTEGER PRIMARY KEY,
            import_id INTEGER REFERENCES imports (id) ON DELETE CASCADE,
            source_row INTEGER,
            date TEXT,
            segment TEXT,
            nps INTEGER CHECK (nps BETWEEN 0 AND 10),
            csat INTEGER CHECK (csat BETWEEN 1 AND 5),
            ces REAL CHECK (ces BETWEEN 1 AND 7),
            comment TEXT NOT NULL DEFAULT '',
            {items},
            {weights}
        )
        """
    )
    db.execute("CREATE INDEX survey_responses_by_import ON survey_responses (import_id)")
    db.execute(
        """
        CREATE TABLE complaints (
            id INTEGER PRIMARY KEY,
            import_id INTEGER REFERENCES imports (id) ON DELETE CASCADE,
            source_row INTEGER,
            date TEXT,
            category TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            resolved INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1))
        )
        """
    )
    db.execute("CREATE INDEX complaints_by_import ON complaints (import_id)")
    db.execute(
        """
        CREATE TABLE complaint_categories (
            position INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE
        )
        """
    )


def _m0004_problems(db: Database) -> None:
    """Step 2: the problem list, dismissed suggestions, and the seven sins checklist.

    Priority (frequency × impact) and the focus are derived, never stored; `focus` holds only a
    user's pin (1 in, 0 out, NULL: by priority). `suggestion_key` links a problem to the
    suggestion it was accepted from, once.
    """
    db.execute(
        """
        CREATE TABLE problems (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            evidence TEXT NOT NULL DEFAULT '',
            touchpoint TEXT NOT NULL DEFAULT '',
            frequency INTEGER NOT NULL CHECK (frequency BETWEEN 1 AND 5),
            impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5),
            root_cause TEXT NOT NULL CHECK (root_cause IN ('know', 'want', 'can')),
            status TEXT NOT NULL DEFAULT 'open'
                CHECK (status IN ('open', 'in_progress', 'solved')),
            focus INTEGER CHECK (focus IN (0, 1)),
            suggestion_key TEXT UNIQUE
        )
        """
    )
    db.execute(
        """
        CREATE TABLE dismissed_suggestions (
            key TEXT PRIMARY KEY,
            dismissed_at TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE sin_observations (
            sin_id TEXT PRIMARY KEY CHECK (sin_id IN ('apathy', 'brush_off', 'coldness',
                'condescension', 'robotism', 'rule_book', 'runaround')),
            seen TEXT NOT NULL
                CHECK (seen IN ('never', 'rarely', 'sometimes', 'often', 'always'))
        )
        """
    )


Migration = tuple[str, Callable[["Database"], None]]

MIGRATIONS: list[Migration] = [
    ("0001_profile", _m0001_profile),
    ("0002_self_audit", _m0002_self_audit),
    ("0003_customers_view", _m0003_customers_view),
    ("0004_problems", _m0004_problems),
]

SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(db: Database | sqlite3.Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def apply_migrations(db: Database, *, upto: int = SCHEMA_VERSION) -> list[str]:
    """Bring `db` forward to version `upto`, one transaction per migration; return their names."""
    applied: list[str] = []
    current = schema_version(db)
    for number in range(current + 1, upto + 1):
        name, migrate = MIGRATIONS[number - 1]
        with db.atomic():
            migrate(db)
            db.execute(
                "INSERT INTO migrations (name, applied_at) VALUES (?, ?)",
                [name, datetime.now(UTC).isoformat(timespec="seconds")],
            )
            db.execute(f"PRAGMA user_version = {number}")
        applied.append(name)
    return applied

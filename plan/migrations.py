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
#: The first 16 bytes of every SQLite database file.
SQLITE_MAGIC = b"SQLite format 3\x00"


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


#: The survey's item and weight columns, in the order of docs/methodology.md §3.1 (E1…E22, P1…P22).
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


def _m0005_standards_goals(db: Database) -> None:
    """Steps 3 and 4: service standards, goals, the means to reach them, and the inputs of the
    cost-of-poor-service calculator.

    A standard or goal links to problems through a table whose rows go with either side, so a
    deleted problem drops its links (the store hands them back for undo). A means whose goal is
    deleted stays, without a goal. Baselines of measured indicators are not stored: they follow
    the plan's measured values; `baseline` holds only a typed one.
    """
    db.execute(
        """
        CREATE TABLE standards (
            id INTEGER PRIMARY KEY,
            statement TEXT NOT NULL CHECK (length(trim(statement)) > 0),
            touchpoint TEXT NOT NULL DEFAULT '',
            indicator TEXT NOT NULL DEFAULT '',
            target REAL,
            unit TEXT NOT NULL DEFAULT '',
            direction TEXT NOT NULL DEFAULT 'at_most' CHECK (direction IN ('at_most', 'at_least')),
            measurement TEXT NOT NULL DEFAULT '',
            frequency TEXT NOT NULL DEFAULT '' CHECK (frequency IN ('', 'each_contact', 'daily',
                'weekly', 'monthly', 'quarterly', 'yearly')),
            owner TEXT NOT NULL DEFAULT '',
            template_id TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE goals (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            measure TEXT NOT NULL DEFAULT '',
            indicator TEXT NOT NULL DEFAULT '',
            baseline REAL,
            target REAL,
            unit TEXT NOT NULL DEFAULT '',
            higher_is_better INTEGER NOT NULL DEFAULT 1 CHECK (higher_is_better IN (0, 1)),
            deadline TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT ''
        )
        """
    )
    for owner in ("standard", "goal"):
        db.execute(
            f"""
            CREATE TABLE {owner}_problems (
                {owner}_id INTEGER NOT NULL REFERENCES {owner}s (id) ON DELETE CASCADE,
                problem_id INTEGER NOT NULL REFERENCES problems (id) ON DELETE CASCADE,
                PRIMARY KEY ({owner}_id, problem_id)
            ) WITHOUT ROWID
            """
        )
        db.execute(f"CREATE INDEX {owner}_problems_problem ON {owner}_problems (problem_id)")
    db.execute(
        """
        CREATE TABLE means (
            id INTEGER PRIMARY KEY,
            action TEXT NOT NULL CHECK (length(trim(action)) > 0),
            description TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL CHECK (kind IN ('know', 'want', 'can')),
            form TEXT NOT NULL DEFAULT '',
            owner TEXT NOT NULL DEFAULT '',
            start_date TEXT NOT NULL DEFAULT '',
            end_date TEXT NOT NULL DEFAULT '',
            budget REAL NOT NULL DEFAULT 0 CHECK (budget >= 0),
            status TEXT NOT NULL DEFAULT 'planned'
                CHECK (status IN ('planned', 'in_progress', 'done')),
            goal_id INTEGER REFERENCES goals (id) ON DELETE SET NULL,
            template_id TEXT NOT NULL DEFAULT '',
            CHECK (start_date = '' OR end_date = '' OR end_date >= start_date)
        )
        """
    )
    db.execute("CREATE INDEX means_goal ON means (goal_id)")
    db.execute(
        """
        CREATE TABLE economics (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            customers REAL CHECK (customers >= 0),
            revenue_per_customer REAL CHECK (revenue_per_customer >= 0),
            customers_lost REAL CHECK (customers_lost >= 0),
            poor_service_share REAL NOT NULL DEFAULT 0.68
                CHECK (poor_service_share BETWEEN 0 AND 1),
            replacement_factor REAL NOT NULL DEFAULT 10 CHECK (replacement_factor >= 0),
            currency TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("INSERT INTO economics (id) VALUES (1)")


def _m0006_survey_waves(db: Database) -> None:
    """Survey waves: each survey import belongs to one, so surveys a year apart are not pooled.

    A plan that already holds survey imports gets one wave with all of them, labelled with the
    month of their latest response (or of the first import, when no row has a date).
    """
    db.execute(
        """
        CREATE TABLE waves (
            id INTEGER PRIMARY KEY,
            label TEXT NOT NULL UNIQUE CHECK (length(trim(label)) BETWEEN 1 AND 40),
            date TEXT NOT NULL
        )
        """
    )
    db.execute("ALTER TABLE imports ADD COLUMN wave_id INTEGER REFERENCES waves (id)")
    db.execute("CREATE INDEX imports_by_wave ON imports (wave_id)")
    first_import = db.execute("SELECT MIN(imported_at) FROM imports WHERE kind = 'survey'")
    (imported_at,) = first_import.fetchone()
    if imported_at is None:
        return
    (latest,) = db.execute(
        "SELECT MAX(date) FROM survey_responses WHERE date GLOB"
        " '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'"
    ).fetchone()
    day = str(latest or imported_at)[:10]
    db.execute("INSERT INTO waves (id, label, date) VALUES (1, ?, ?)", [day[:7], day])
    db.execute("UPDATE imports SET wave_id = 1 WHERE kind = 'survey'")


def _m0007_complaint_segments(db: Database) -> None:
    """A complaint may name its branch or customer group, like a survey response's segment."""
    db.execute("ALTER TABLE complaints ADD COLUMN segment TEXT")


def _m0008_goal_segments(db: Database) -> None:
    """A goal may be for one branch or customer group: its baseline is that group's figure."""
    db.execute("ALTER TABLE goals ADD COLUMN segment TEXT NOT NULL DEFAULT ''")


def _m0009_own_words(db: Database) -> None:
    """The consultant's own words: a text under each section of the Service Plan (or in place
    of a generated sentence), and sections of their own placed after a section."""
    db.execute(
        """
        CREATE TABLE section_texts (
            key TEXT PRIMARY KEY,
            text TEXT NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE own_sections (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) >= 1),
            text TEXT NOT NULL DEFAULT '',
            after TEXT NOT NULL DEFAULT 'summary'
        )
        """
    )


Migration = tuple[str, Callable[["Database"], None]]

MIGRATIONS: list[Migration] = [
    ("0001_profile", _m0001_profile),
    ("0002_self_audit", _m0002_self_audit),
    ("0003_customers_view", _m0003_customers_view),
    ("0004_problems", _m0004_problems),
    ("0005_standards_goals", _m0005_standards_goals),
    ("0006_survey_waves", _m0006_survey_waves),
    ("0007_complaint_segments", _m0007_complaint_segments),
    ("0008_goal_segments", _m0008_goal_segments),
    ("0009_own_words", _m0009_own_words),
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

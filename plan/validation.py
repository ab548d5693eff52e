"""Checks on open for plans another program has changed (sqlite3, a script, DB Browser).

Two kinds of damage, two answers (reliability):
- Structural: a table or column the plan's format version has is missing, the version is lower
  than the tables present, or a row breaks one of the schema's CHECK rules. The plan is refused
  with one line naming what is wrong (`check_structure`, `describe_check_failure`).
- Odd values: a value of the wrong type, not finite or beyond any plan's range, an id the method
  does not know, a missing profile row, a snapshot that is not JSON, a logo that is not an image.
  `odd_values` lists each with the statement that leaves it out; a read-only open applies them
  to its in-memory copy (and warns), a writable open refuses the plan instead of rewriting it.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

from plan import LANGUAGES
from plan.errors import CorruptPlanError, InvalidValueError
from plan.fields import MAX_AMOUNT
from plan.goals import measure_keys
from plan.images import validate_logo
from plan.migrations import MIGRATIONS

if TYPE_CHECKING:
    from sqlite_utils import Database

#: How many rows of one table are looked at for odd values; more are reported as one.
_ROW_LIMIT = 50


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "number", "text" or "blob"
    notnull: bool
    default: str | None  # the schema's DEFAULT, as SQL
    key: bool
    #: A CHECK rule holds it to a range or a list (`x BETWEEN 1 AND 5`, `x IN (...)`): text,
    #: binary data and infinities break the rule, so `PRAGMA quick_check` has refused them.
    guarded: bool


@dataclass(frozen=True)
class Fix:
    """An odd value, said in words, and the statement that leaves it out of a copy of the plan."""

    what: str
    outcome: str
    statement: str
    params: tuple[object, ...] = ()

    @property
    def message(self) -> str:
        return f"{self.what}; {self.outcome}"


def _kind(declared: str) -> str:
    declared = declared.upper()
    if declared in ("INTEGER", "REAL"):
        return "number"
    return "blob" if declared == "BLOB" else "text"


def _normal(sql: str) -> str:
    return "".join(sql.split()).lower()


def expected_sql(version: int) -> dict[str, str]:
    """Each table's CREATE statement in a plan of format `version`, without its spaces."""
    return _made(version)[0]


_CHECKED_COLUMN = re.compile(r"\b(\w+)\s+(?:BETWEEN|IN)\b")


def expected_schema(version: int) -> dict[str, tuple[Column, ...]]:
    """The tables and columns a plan of format `version` has, made by its own migrations."""
    return _made(version)[1]


@cache
def _made(version: int) -> tuple[dict[str, str], dict[str, tuple[Column, ...]]]:
    """A plan of format `version` made in memory by its own migrations: each table's CREATE
    statement (without spaces) and columns. One database for both answers: running the
    migrations is most of what checking a plan's structure costs at start-up."""
    conn = sqlite3.connect(":memory:")
    try:
        # The migrations only call `db.execute(sql)`, which a connection has too: no need to
        # import sqlite-utils for this (a read-only open otherwise never does).
        db = cast("Database", conn)
        for _name, migrate in MIGRATIONS[:version]:
            migrate(db)
        sql_of: dict[str, str] = {}
        tables: dict[str, tuple[Column, ...]] = {}
        names = conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"
        ).fetchall()
        for table, sql in names:
            sql_of[str(table)] = _normal(str(sql))
            info = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
            # Columns with a range or a list of values in a CHECK: one scan of the table's SQL
            # (a pattern per column cost ~40 ms of every start-up in compiling alone).
            checked = set(_CHECKED_COLUMN.findall(sql))
            tables[table] = tuple(
                Column(row[1], _kind(row[2]), bool(row[3]), row[4], bool(row[5]), row[1] in checked)
                for row in info
            )
        return sql_of, tables
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(row[0]) for row in rows}


def check_structure(conn: sqlite3.Connection, version: int, path: Path) -> None:
    """Refuse a plan whose tables and columns are not those of its format version."""
    expected = expected_schema(version)
    present = _tables(conn)
    changed = "; it was changed by another program: restore it from a backup"
    for table, columns in expected.items():
        if table not in present:
            raise CorruptPlanError(
                f"has no table {table!r} (format {version} has one){changed}", path
            )
        have = {str(row[1]) for row in conn.execute(f'PRAGMA table_info("{table}")')}
        missing = [column.name for column in columns if column.name not in have]
        if missing:
            raise CorruptPlanError(
                f"table {table!r} has no column {missing[0]!r} (format {version} has it){changed}",
                path,
            )
    definitions = expected_sql(version)
    for table, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'"):
        want = definitions.get(table)
        definition = _normal(str(sql))
        # ALTER TABLE ... ADD COLUMN appends to the definition: harmless, and allowed.
        if want is not None and definition != want and not definition.startswith(want[:-1] + ","):
            raise CorruptPlanError(
                f"table {table!r} was redefined by another program (its columns' types or rules"
                " are not a plan's); restore it from a backup",
                path,
            )
    later = expected_schema(len(MIGRATIONS))
    ahead = sorted(table for table in present if table in later and table not in expected)
    if ahead:
        raise CorruptPlanError(
            f"says it is plan format {version}, but holds table {ahead[0]!r} of a later format"
            f" (its version number was changed by another program); restore it from a backup",
            path,
        )


def describe_check_failure(conn: sqlite3.Connection, table: str) -> str | None:
    """Which row of `table` breaks which CHECK rule, found in an in-memory copy: 'problems
    row id 3 breaks the rule "root_cause IN (...)"', or None if it cannot be told."""
    if table not in expected_schema(len(MIGRATIONS)):
        return None
    memory = sqlite3.connect(":memory:")
    try:
        conn.backup(memory)
        columns = [str(row[1]) for row in memory.execute(f'PRAGMA table_info("{table}")')]
        # Only the rules on changed columns are checked: "change" every one.
        assignments = ", ".join(f'"{name}" = "{name}"' for name in columns)
        try:
            memory.execute(f'UPDATE "{table}" SET {assignments}')
        except sqlite3.IntegrityError as exc:
            rule = str(exc).partition(": ")[2]
        else:
            return None
        if not rule:
            return None
        # The rule is the plan's own schema text, as SQLite reports it.
        found = memory.execute(
            f'SELECT "{columns[0]}" FROM "{table}" WHERE NOT ({rule}) LIMIT 1'
        ).fetchone()
        where = "a row" if found is None else f"row {columns[0]} {found[0]!r}"
        return f"{table}: {where} breaks the rule {rule!r}"
    except sqlite3.Error:
        return None
    finally:
        memory.close()


def _bad_value(column: Column) -> str:
    name = f'"{column.name}"'
    if column.kind == "number":
        return (
            f"(typeof({name}) NOT IN ('integer', 'real', 'null')"
            f" OR (typeof({name}) IN ('integer', 'real') AND abs({name}) > {MAX_AMOUNT!r}))"
        )
    if column.kind == "blob":
        return f"typeof({name}) <> 'blob'"
    return f"typeof({name}) NOT IN ('text', 'null')"


def _describe(value: object) -> str:
    if isinstance(value, bytes):
        return f"binary data ({len(value)} bytes)"
    if isinstance(value, float) and math.isinf(value):
        return "-infinity" if value < 0 else "infinity"
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def _leave_out(table: str, column: Column, rowid: object) -> tuple[str, str]:
    """What stands in for an odd value, and the statement that puts it there."""
    where = f"WHERE rowid = {int(rowid)}" if isinstance(rowid, int) else "WHERE 0"
    if not column.notnull:
        return "left out", f'UPDATE "{table}" SET "{column.name}" = NULL {where}'
    if column.default is not None:
        return "left out", f'UPDATE "{table}" SET "{column.name}" = {column.default} {where}'
    return "row left out", f'DELETE FROM "{table}" {where}'


def _typed_values(conn: sqlite3.Connection, table: str, columns: tuple[Column, ...]) -> list[Fix]:
    checked = [
        column
        for column in columns
        if not column.guarded and not (column.key and column.kind == "number")
    ]
    if not checked:
        return []
    condition = " OR ".join(_bad_value(column) for column in checked)
    picks = ", ".join(
        f'CASE WHEN {_bad_value(column)} THEN 1 ELSE 0 END, "{column.name}"' for column in checked
    )
    rows = conn.execute(
        f'SELECT rowid, {picks} FROM "{table}" WHERE {condition} LIMIT {_ROW_LIMIT}'
    ).fetchall()
    fixes: list[Fix] = []
    for row in rows:
        for index, column in enumerate(checked):
            if row[1 + 2 * index]:
                value = row[2 + 2 * index]
                what = {"number": "not a number", "text": "not text", "blob": "not binary data"}[
                    column.kind
                ]
                if isinstance(value, int | float) and column.kind == "number":
                    what = "beyond any plan's range" if math.isfinite(value) else "not finite"
                done, statement = _leave_out(table, column, row[0])
                fixes.append(
                    Fix(
                        f"{table} row {row[0]}: {column.name} is {_describe(value)}, {what}",
                        done,
                        statement,
                    )
                )
    return fixes


def _only_row(conn: sqlite3.Connection, table: str) -> list[Fix]:
    if conn.execute(f"SELECT 1 FROM {table} WHERE id = 1").fetchone() is not None:
        return []
    return [
        Fix(
            f"{table}: its row is missing",
            "empty values stand in",
            f"INSERT INTO {table} (id) VALUES (1)",
        )
    ]


def _known_ids(conn: sqlite3.Connection) -> list[Fix]:
    from plan.self_audit import structure  # the method's item and metric ids, any language

    fixes: list[Fix] = []
    content = structure()
    for table, column, known in (
        ("answers", "item_id", {entry["id"] for entry in content["items"]}),
        ("metrics", "metric_id", {entry["id"] for entry in content["metrics"]}),
    ):
        for (value,) in conn.execute(f"SELECT {column} FROM {table}").fetchall():
            if value not in known:
                fixes.append(
                    Fix(
                        f"{table}: {_describe(value)} is not an item of the method",
                        "row left out",
                        f"DELETE FROM {table} WHERE {column} IS ?",
                        (value,),
                    )
                )
    measures = set(measure_keys())
    for goal_id, measure in conn.execute("SELECT id, measure FROM goals WHERE measure <> ''"):
        if measure not in measures:
            fixes.append(
                Fix(
                    f"goals row {goal_id}: measure {_describe(measure)} is not a measure of the"
                    " plan",
                    "left out",
                    "UPDATE goals SET measure = '' WHERE id = ?",
                    (goal_id,),
                )
            )
    language = conn.execute("SELECT value FROM meta WHERE key = 'language'").fetchone()
    if language is not None and language[0] not in LANGUAGES:
        fixes.append(
            Fix(
                f"meta: language {_describe(language[0])} is not one of {', '.join(LANGUAGES)}",
                "English stands in",
                "UPDATE meta SET value = 'en' WHERE key = 'language'",
            )
        )
    return fixes


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number")


def _snapshot_problem(dimensions: object, metrics: object) -> str | None:
    for label, text in (("dimensions", dimensions), ("metrics", metrics)):
        if not isinstance(text, str):
            return f"{label} is not text"
        try:
            data = json.loads(text, parse_constant=_refuse_constant)
        except ValueError as exc:
            return f"{label} is not valid JSON ({exc})"
        if not isinstance(data, dict):
            return f"{label} is not a JSON object"
        for value in data.values():
            if value is None and label == "dimensions":
                continue
            if isinstance(value, bool) or not isinstance(value, int | float):
                return f"{label} holds {_describe(value)}, not a number"
            if abs(value) > MAX_AMOUNT:
                return f"{label} holds a number beyond any plan's range"
    return None


def _snapshots(conn: sqlite3.Connection) -> list[Fix]:
    fixes: list[Fix] = []
    for snapshot_id, dimensions, metrics in conn.execute(
        "SELECT id, dimensions, metrics FROM snapshots"
    ).fetchall():
        problem = _snapshot_problem(dimensions, metrics)
        if problem is not None:
            fixes.append(
                Fix(
                    f"snapshots row {snapshot_id}: {problem}",
                    "the snapshot is left out",
                    "DELETE FROM snapshots WHERE id = ?",
                    (snapshot_id,),
                )
            )
    return fixes


def _logo(conn: sqlite3.Connection) -> list[Fix]:
    row = conn.execute("SELECT data FROM assets WHERE name = 'logo'").fetchone()
    if row is None or not isinstance(row[0], bytes):
        return []  # not a blob at all: the typed check leaves it out
    try:
        validate_logo(row[0])
    except InvalidValueError as exc:
        return [
            Fix(
                f"assets: the logo cannot be used ({exc.message})",
                "it is left out",
                "DELETE FROM assets WHERE name = 'logo'",
            )
        ]
    return []


#: Links to rows that are not there (another program deleted with foreign keys off), and what
#: deleting the row here would have done to them: set the link to NULL, or delete the link row.
_DANGLING: tuple[tuple[str, str, str, bool], ...] = (
    ("means", "goal_id", "goals", False),
    ("survey_responses", "import_id", "imports", False),
    ("complaints", "import_id", "imports", False),
    ("imports", "wave_id", "waves", False),
    ("goal_problems", "goal_id", "goals", True),
    ("goal_problems", "problem_id", "problems", True),
    ("standard_problems", "standard_id", "standards", True),
    ("standard_problems", "problem_id", "problems", True),
)


def _dangling(conn: sqlite3.Connection, tables: set[str]) -> list[Fix]:
    fixes: list[Fix] = []
    for table, column, parent, delete in _DANGLING:
        if table not in tables or parent not in tables:
            continue
        where = f"{column} IS NOT NULL AND {column} NOT IN (SELECT id FROM {parent})"
        (count,) = conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()
        if count:
            fixes.append(
                Fix(
                    f"{table}: {count} row(s) link by {column} to {parent} that are not there",
                    "the links are left out",
                    f"DELETE FROM {table} WHERE {where}"
                    if delete
                    else f"UPDATE {table} SET {column} = NULL WHERE {where}",
                )
            )
    return fixes


def odd_values(conn: sqlite3.Connection, version: int) -> list[Fix]:
    """Every odd value of a plan whose structure `check_structure` accepted, with its fix."""
    fixes: list[Fix] = []
    for table, columns in expected_schema(version).items():
        sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", [table]
        ).fetchone()
        if sql is None or "WITHOUT ROWID" in str(sql[0]).upper():
            continue  # link tables: integer keys under foreign keys
        fixes.extend(_typed_values(conn, table, columns))
    if fixes:
        return fixes  # the rules below read values of the right type
    tables = _tables(conn)
    if "profile" in tables:
        fixes.extend(_only_row(conn, "profile"))
    if "economics" in tables:
        fixes.extend(_only_row(conn, "economics"))
    if "goals" in tables:
        fixes.extend(_known_ids(conn))
    if "snapshots" in tables:
        fixes.extend(_snapshots(conn))
    fixes.extend(_dangling(conn, tables))
    if "assets" in tables:
        fixes.extend(_logo(conn))
    return fixes


def apply_fixes(conn: sqlite3.Connection, fixes: list[Fix]) -> None:
    """Leave the odd values out of `conn`, an in-memory copy of a plan (never the file)."""
    conn.execute("PRAGMA foreign_keys = OFF")  # a row left out takes no others with it
    try:
        with conn:
            for fix in fixes:
                conn.execute(fix.statement, fix.params)
    finally:
        conn.execute("PRAGMA foreign_keys = ON")

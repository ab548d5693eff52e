"""Plans changed by another tool (sqlite3, a script, DB Browser): one function per kind of change.

Each change writes to a closed plan file with Python's sqlite3 module, as another program would,
bypassing the plan's CHECK constraints where that program could (`ignore_check_constraints`).
`REFUSED` names the changes after which a plan must be refused with one line; after the others
a plan opens with the bad value left out (and a warning).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

Change = Callable[[sqlite3.Connection], None]


def _first(table: str) -> str:
    return f"(SELECT min(rowid) FROM {table})"


def _set(table: str, column: str, value: object) -> Change:
    def change(conn: sqlite3.Connection) -> None:
        conn.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = {_first(table)}", [value])

    return change


def _not_utf8(table: str, column: str) -> Change:
    """Text whose bytes are not UTF-8 (a Latin-1 'é' between two letters)."""

    def change(conn: sqlite3.Connection) -> None:
        conn.execute(
            f"UPDATE {table} SET {column} = CAST(X'41e942' AS TEXT) WHERE rowid = {_first(table)}"
        )

    return change


def _sql(*statements: str) -> Change:
    def change(conn: sqlite3.Connection) -> None:
        for statement in statements:
            conn.execute(statement)

    return change


def _insert_snapshot(dimensions: str, metrics: str = "{}") -> Change:
    def change(conn: sqlite3.Connection) -> None:
        conn.execute(
            "INSERT INTO snapshots (taken_on, label, service_index, dimensions, metrics)"
            " VALUES ('2025-01-01', 'by hand', 50, ?, ?)",
            [dimensions, metrics],
        )

    return change


INF = float("inf")

CHANGES: dict[str, Change] = {
    # CHECK constraints broken: refused, naming the table, row and rule.
    "nps-99": _set("survey_responses", "nps", 99),
    "answer-9": _set("answers", "score", 9),
    "unknown-root-cause": _set("problems", "root_cause", "luck"),
    "unknown-direction": _set("standards", "direction", "sideways"),
    "unknown-means-kind": _set("means", "kind", "magic"),
    "nps-text": _set("survey_responses", "nps", "nine"),
    # Structure: refused.
    "dropped-table": _sql("DROP TABLE standard_problems", "DROP TABLE standards"),
    "dropped-column": _sql("ALTER TABLE problems DROP COLUMN touchpoint"),
    "user-version-3": _sql("PRAGMA user_version = 3"),
    "table-rebuilt-without-checks": _sql(
        "CREATE TABLE sr AS SELECT * FROM survey_responses",
        "DROP TABLE survey_responses",
        "ALTER TABLE sr RENAME TO survey_responses",
        "UPDATE survey_responses SET nps = 99 WHERE rowid = 1",
    ),
    "column-added": _sql("ALTER TABLE problems ADD COLUMN colour TEXT"),
    "dangling-links": _sql(
        "UPDATE means SET goal_id = 999",
        "INSERT INTO goal_problems VALUES ((SELECT min(id) FROM goals), 999)",
        "INSERT INTO standard_problems VALUES (999, (SELECT min(id) FROM problems))",
        "UPDATE survey_responses SET import_id = 999",
    ),
    # Odd values: left out, with a warning.
    "deleted-profile": _sql("DELETE FROM profile"),
    "deleted-economics": _sql("DELETE FROM economics"),
    "unknown-goal-measure": _set("goals", "measure", "happiness"),
    "metric-text": _set("metrics", "value", "lots"),
    "budget-text": _set("means", "budget", "a few thousand"),
    "standard-target-text": _set("standards", "target", "soon"),
    "goal-target-text": _set("goals", "target", "more"),
    "calculator-text": _set("economics", "customers", "many"),
    "snapshot-json-broken": _insert_snapshot("{not json"),
    "snapshot-json-list": _insert_snapshot("[1, 2]", "null"),
    "snapshot-infinity": _insert_snapshot('{"reliability": Infinity}'),
    "business-name-blob": _set("profile", "business_name", b"\x00\xffname"),
    "business-name-number": _set("profile", "business_name", 42),
    "logo-as-text": _set("assets", "data", "not a picture"),
    "logo-not-an-image": _set("assets", "data", b"GIF89a not a logo"),
    "metric-infinite": _set("metrics", "value", INF),
    "budget-infinite": _set("means", "budget", INF),
    "goal-target-infinite": _set("goals", "target", -INF),
    "calculator-infinite": _set("economics", "customers", INF),
    "unknown-metric": _set("metrics", "metric_id", "happiness"),
    "unknown-answer-item": _set("answers", "item_id", "Z99"),
    "business-name-not-utf8": _not_utf8("profile", "business_name"),
    "category-not-utf8": _not_utf8("complaints", "category"),
    "language-unknown": _sql("UPDATE meta SET value = 'xx' WHERE key = 'language'"),
}

REFUSED = frozenset(
    {
        "nps-99",
        "answer-9",
        "unknown-root-cause",
        "unknown-direction",
        "unknown-means-kind",
        "nps-text",
        "dropped-table",
        "dropped-column",
        "user-version-3",
        "table-rebuilt-without-checks",
    }
)


#: Changes after which a plan still opens for editing, as it is: the column's affinity stored
#: 42 as text, and text that is not UTF-8 reads with U+FFFD in place of the bad bytes.
OPENS_FOR_EDITING = frozenset(
    {
        "business-name-number",
        "business-name-not-utf8",
        "category-not-utf8",
        "column-added",
    }
)


def change_plan(path: Path, kind: str) -> None:
    """Apply the change `kind` to the closed plan at `path`, as another program would."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA ignore_check_constraints = ON")
        conn.execute("PRAGMA foreign_keys = OFF")
        CHANGES[kind](conn)
        conn.commit()
    finally:
        conn.close()

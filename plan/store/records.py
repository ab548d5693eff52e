"""The base of the record managers (`store.goals`, `store.survey`, …).

Each kind of record is a small class over its store's one connection; every edit goes through
the store's one edit path (`PlanStore._edit`: read-only check, one transaction, `modified`
stamped, listeners told), so all kinds behave alike. Records kept one per row with an id
(complaints, problems, standards, goals, means) are described by a `RecordSpec` and read and
written by the same `SpecRecords` code; the managers add only their kind's own rules.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from plan.errors import InvalidValueError
from plan.store.changes import PlanChange, Section

if TYPE_CHECKING:
    import sqlite3

    from plan.store.core import PlanStore


class Records:
    """One kind of record of an open plan."""

    def __init__(self, store: PlanStore) -> None:
        self._store = store

    @property
    def conn(self) -> sqlite3.Connection:
        return self._store.conn

    def _now(self) -> str:
        return self._store._now()

    def _edit(self, change: PlanChange, write: Callable[[], object]) -> None:
        self._store._edit(change, write)


@dataclass(frozen=True)
class RecordSpec:
    """How one kind of record maps to its table: `columns` after the id, in `write` order."""

    kind: str
    table: str
    section: Section
    columns: tuple[str, ...]
    read: Callable[[Any, tuple[int, ...]], Any]
    write: Callable[[Any], list[object]]
    validate: Callable[[Any], Any]
    links: str = ""
    #: Columns written when a record is added and never changed after (an import's id).
    insert_only: tuple[str, ...] = ()


class SpecRecords(Records):
    """Reading and writing records described by a `RecordSpec`."""

    def _rows(self, spec: RecordSpec, where: str = "", args: tuple[object, ...] = ()) -> list[Any]:
        rows = self.conn.execute(
            f"SELECT id, {', '.join(spec.columns)} FROM {spec.table} {where} ORDER BY id", args
        ).fetchall()
        links: dict[int, list[int]] = {}
        if spec.links:
            for owner, problem in self.conn.execute(
                f"SELECT {spec.kind}_id, problem_id FROM {spec.links} ORDER BY problem_id"
            ):
                links.setdefault(owner, []).append(problem)
        return [spec.read(row, tuple(links.get(row[0], ()))) for row in rows]

    def _one(self, spec: RecordSpec, record_id: int) -> Any:
        found = self._rows(spec, "WHERE id = ?", (record_id,))
        if not found:
            raise InvalidValueError(spec.kind, f"no {spec.kind} {record_id}", "unknown_item")
        return found[0]

    def _check_problems(self, problem_ids: tuple[int, ...]) -> None:
        known = {row[0] for row in self.conn.execute("SELECT id FROM problems")}
        unknown = [pid for pid in problem_ids if pid not in known]
        if unknown:
            raise InvalidValueError(
                "problem_ids", f"no problem {unknown[0]}", "unknown_item", {"problem": unknown[0]}
            )

    def _check(self, spec: RecordSpec, record: Any) -> None:
        """Rules across records, checked before a record is written (a kind adds its own)."""
        if spec.links:
            self._check_problems(record.problem_ids)

    def _write_record(self, spec: RecordSpec, record: Any, *, insert: bool) -> int:
        values = spec.write(record)
        if insert:
            cursor = self.conn.execute(
                f"INSERT INTO {spec.table} (id, {', '.join(spec.columns)})"
                f" VALUES (?{', ?' * len(spec.columns)})",
                [record.id, *values],
            )
            record_id = int(cursor.lastrowid or 0)
        else:
            record_id = record.id
            changed = [
                (column, value)
                for column, value in zip(spec.columns, values, strict=True)
                if column not in spec.insert_only
            ]
            assignments = ", ".join(f"{column} = ?" for column, _ in changed)
            self.conn.execute(
                f"UPDATE {spec.table} SET {assignments} WHERE id = ?",
                [*(value for _, value in changed), record_id],
            )
        if spec.links:
            self.conn.execute(f"DELETE FROM {spec.links} WHERE {spec.kind}_id = ?", [record_id])
            self.conn.executemany(
                f"INSERT INTO {spec.links} ({spec.kind}_id, problem_id) VALUES (?, ?)",
                [(record_id, pid) for pid in record.problem_ids],
            )
        return record_id

    def _add(self, spec: RecordSpec, record: Any) -> Any:
        record = spec.validate(record)
        self._check(spec, record)
        new_id: list[int] = []
        self._edit(
            PlanChange(spec.section),
            lambda: new_id.append(self._write_record(spec, record, insert=True)),
        )
        return replace(record, id=new_id[0])

    def _update(self, spec: RecordSpec, record: Any) -> Any:
        if record.id is None:
            raise ValueError(f"updating a {spec.kind} needs its id")
        record = spec.validate(record)
        old = self._one(spec, record.id)
        self._check(spec, record)
        self._edit(
            PlanChange(spec.section, frozenset({str(record.id)})),
            lambda: self._write_record(spec, record, insert=False),
        )
        return old

    def _delete(self, spec: RecordSpec, record_id: int) -> Any:
        old = self._one(spec, record_id)
        self._edit(
            PlanChange(spec.section),
            lambda: self.conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", [record_id]),
        )
        return old

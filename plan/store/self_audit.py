"""The company's view (step 1): self-audit answers, business metrics, saved assessments."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import date

from plan.errors import InvalidValueError
from plan.scoring import Answer
from plan.self_audit import item_ids, metric_spec
from plan.store.changes import PlanChange, Section
from plan.store.records import Records

MAX_NOTE_LENGTH = 2000


@dataclass(frozen=True)
class Snapshot:
    """Scores as they were on a date: the record of a (re)assessment, kept to show progress."""

    taken_on: str
    service_index: float | None
    dimensions: dict[str, float | None]
    metrics: dict[str, float]
    label: str = ""
    id: int | None = None


class SelfAuditRecords(Records):
    """`store.self_audit`: answers, metrics and snapshots."""

    def answers(self) -> dict[str, Answer]:
        rows = self.conn.execute("SELECT item_id, score, not_applicable, note FROM answers")
        return {row[0]: Answer(row[1], bool(row[2]), row[3]) for row in rows}

    def set_answer(self, item_id: str, answer: Answer | None) -> Answer | None:
        """Store one self-audit answer (None clears it); returns the previous one."""
        if item_id not in item_ids():
            raise InvalidValueError(
                "answer", f"{item_id!r} is not a self-audit statement", "unknown_item"
            )
        if answer is not None:
            if answer.score is not None and (
                not isinstance(answer.score, int) or not 1 <= answer.score <= 5
            ):
                raise InvalidValueError(
                    "answer",
                    f"{answer.score!r} is not an answer from 1 to 5",
                    "out_of_range",
                    {"minimum": 1, "maximum": 5},
                )
            if answer.score is not None and answer.not_applicable:
                raise InvalidValueError("answer", "cannot be both scored and not applicable")
            if len(answer.note) > MAX_NOTE_LENGTH:
                raise InvalidValueError(
                    "note",
                    f"is {len(answer.note)} characters long; at most {MAX_NOTE_LENGTH} are allowed",
                    "too_long",
                    {"length": len(answer.note), "max": MAX_NOTE_LENGTH},
                )
        old = self.answers().get(item_id)

        def write() -> None:
            if answer is None or (not answer.is_answered and not answer.note):
                self.conn.execute("DELETE FROM answers WHERE item_id = ?", [item_id])
            else:
                self.conn.execute(
                    "INSERT INTO answers (item_id, score, not_applicable, note) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT (item_id) DO UPDATE SET score = excluded.score,"
                    " not_applicable = excluded.not_applicable, note = excluded.note",
                    [item_id, answer.score, int(answer.not_applicable), answer.note],
                )

        self._edit(PlanChange(Section.ANSWERS, frozenset({item_id})), write)
        return old

    def metric_values(self) -> dict[str, float]:
        rows = self.conn.execute("SELECT metric_id, value FROM metrics")
        return {row[0]: float(row[1]) for row in rows}

    def set_metric(self, metric_id: str, value: float | None) -> float | None:
        """Store one business metric (None clears it); returns the previous value."""
        spec = metric_spec(metric_id)
        if value is not None:
            if (
                not isinstance(value, int | float)
                or value != value
                or value
                in (
                    float("inf"),
                    float("-inf"),
                )
            ):
                raise InvalidValueError(metric_id, f"{value!r} is not a number", "not_a_number")
            if not spec["minimum"] <= value <= spec["maximum"]:
                raise InvalidValueError(
                    metric_id,
                    f"{value:g} is outside {spec['minimum']:g}–{spec['maximum']:g}",
                    "out_of_range",
                    {"minimum": spec["minimum"], "maximum": spec["maximum"]},
                )
        old = self.metric_values().get(metric_id)

        def write() -> None:
            if value is None:
                self.conn.execute("DELETE FROM metrics WHERE metric_id = ?", [metric_id])
            else:
                self.conn.execute(
                    "INSERT INTO metrics (metric_id, value) VALUES (?, ?)"
                    " ON CONFLICT (metric_id) DO UPDATE SET value = excluded.value",
                    [metric_id, float(value)],
                )

        self._edit(PlanChange(Section.METRICS, frozenset({metric_id})), write)
        return old

    def snapshots(self) -> list[Snapshot]:
        """Saved assessments, oldest first."""
        rows = self.conn.execute(
            "SELECT id, taken_on, label, service_index, dimensions, metrics FROM snapshots"
            " ORDER BY taken_on, id"
        )
        return [
            Snapshot(
                id=row[0],
                taken_on=row[1],
                label=row[2],
                service_index=row[3],
                dimensions=json.loads(row[4]),
                metrics=json.loads(row[5]),
            )
            for row in rows
        ]

    def add_snapshot(self, snapshot: Snapshot) -> Snapshot:
        """Store a snapshot (keeping its id when it has one, as undo of a delete needs)."""
        try:
            date.fromisoformat(snapshot.taken_on)
        except ValueError:
            raise InvalidValueError(
                "taken_on",
                f"{snapshot.taken_on!r} is not a date in the form YYYY-MM-DD",
                "bad_date",
            ) from None
        if len(snapshot.label) > 200:
            raise InvalidValueError(
                "label",
                "is longer than 200 characters",
                "too_long",
                {"length": len(snapshot.label), "max": 200},
            )
        new_id: list[int] = []

        def write() -> None:
            cursor = self.conn.execute(
                "INSERT INTO snapshots (id, taken_on, label, service_index, dimensions, metrics)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    snapshot.id,
                    snapshot.taken_on,
                    snapshot.label,
                    snapshot.service_index,
                    json.dumps(snapshot.dimensions, sort_keys=True),
                    json.dumps(snapshot.metrics, sort_keys=True),
                ],
            )
            new_id.append(int(cursor.lastrowid or 0))

        self._edit(PlanChange(Section.SNAPSHOTS), write)
        return replace(snapshot, id=new_id[0])

    def delete_snapshot(self, snapshot_id: int) -> Snapshot:
        """Remove a snapshot; returns it, so undo can add it back with the same id."""
        found = [s for s in self.snapshots() if s.id == snapshot_id]
        if not found:
            raise InvalidValueError("snapshot", f"no snapshot {snapshot_id}", "unknown_snapshot")
        self._edit(
            PlanChange(Section.SNAPSHOTS),
            lambda: self.conn.execute("DELETE FROM snapshots WHERE id = ?", [snapshot_id]),
        )
        return found[0]

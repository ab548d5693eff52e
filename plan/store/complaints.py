"""Complaints typed in or imported (step 1), and the plan's list of categories."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from plan.complaints import (
    Complaint,
    default_categories,
    validate_categories,
    validate_complaint,
)
from plan.errors import InvalidValueError
from plan.store.changes import PlanChange, Section
from plan.store.records import Records

_COMPLAINT_COLUMNS = "id, date, category, description, resolved, import_id"


def _complaint(row: Any) -> Complaint:
    """A `complaints` row, selected as _COMPLAINT_COLUMNS, as a record."""
    return Complaint(row[1], row[2], row[3], bool(row[4]), id=row[0], import_id=row[5])


class ComplaintRecords(Records):
    """`store.complaints`: the complaints and their categories."""

    def all(self) -> list[Complaint]:
        rows = self.conn.execute(f"SELECT {_COMPLAINT_COLUMNS} FROM complaints ORDER BY id")
        return [_complaint(row) for row in rows]

    def get(self, complaint_id: int) -> Complaint:
        row = self.conn.execute(
            f"SELECT {_COMPLAINT_COLUMNS} FROM complaints WHERE id = ?", [complaint_id]
        ).fetchone()
        if row is None:
            raise InvalidValueError("complaint", f"no complaint {complaint_id}", "unknown_item")
        return _complaint(row)

    def add(self, complaint: Complaint) -> Complaint:
        """Store a complaint typed in by hand (keeping its id when it has one, for undo)."""
        complaint = validate_complaint(complaint)
        new_id: list[int] = []

        def write() -> None:
            cursor = self.conn.execute(
                "INSERT INTO complaints (id, import_id, date, category, description, resolved)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    complaint.id,
                    complaint.import_id,
                    complaint.date,
                    complaint.category,
                    complaint.description,
                    int(complaint.resolved),
                ],
            )
            new_id.append(int(cursor.lastrowid or 0))

        self._edit(PlanChange(Section.COMPLAINTS), write)
        return replace(complaint, id=new_id[0])

    def update(self, complaint: Complaint) -> Complaint:
        """Change a complaint; returns it as it was."""
        complaint_id = complaint.id
        if complaint_id is None:
            raise ValueError("update_complaint needs a complaint id")
        complaint = validate_complaint(complaint)
        old = self.get(complaint_id)
        self._edit(
            PlanChange(Section.COMPLAINTS, frozenset({str(complaint.id)})),
            lambda: self.conn.execute(
                "UPDATE complaints SET date = ?, category = ?, description = ?, resolved = ?"
                " WHERE id = ?",
                [
                    complaint.date,
                    complaint.category,
                    complaint.description,
                    int(complaint.resolved),
                    complaint.id,
                ],
            ),
        )
        return old

    def delete(self, complaint_id: int) -> Complaint:
        """Remove one complaint; returns it, so undo can add it back with the same id."""
        old = self.get(complaint_id)
        self._edit(
            PlanChange(Section.COMPLAINTS),
            lambda: self.conn.execute("DELETE FROM complaints WHERE id = ?", [complaint_id]),
        )
        return old

    def counts(self) -> list[tuple[str, int]]:
        """(category, count), most frequent first: the Pareto's input."""
        return [
            (row[0], int(row[1]))
            for row in self.conn.execute(
                "SELECT category, COUNT(*) FROM complaints GROUP BY category"
                " ORDER BY COUNT(*) DESC, category"
            )
        ]

    def resolved_count(self) -> int:
        return int(
            self.conn.execute("SELECT COUNT(*) FROM complaints WHERE resolved").fetchone()[0]
        )

    def stored_categories(self) -> list[str]:
        """The plan's own category list; empty while it follows its language's defaults."""
        return [
            row[0]
            for row in self.conn.execute("SELECT name FROM complaint_categories ORDER BY position")
        ]

    def categories(self) -> list[str]:
        """The plan's category list, or the default one for its language until it is edited."""
        return self.stored_categories() or default_categories(self._store.language())

    def set_categories(self, names: list[str]) -> list[str]:
        """Replace the category list ([] goes back to the language's defaults); returns the
        previous stored list, so undo of a first edit follows the defaults again."""
        cleaned = validate_categories(names)
        old = self.stored_categories()

        def write() -> None:
            self.conn.execute("DELETE FROM complaint_categories")
            self.conn.executemany(
                "INSERT INTO complaint_categories (position, name) VALUES (?, ?)",
                list(enumerate(cleaned)),
            )

        self._edit(PlanChange(Section.COMPLAINT_CATEGORIES), write)
        return old

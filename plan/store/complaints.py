"""Complaints typed in or imported (step 1), and the plan's list of categories."""

from __future__ import annotations

from plan.complaints import (
    Complaint,
    default_categories,
    validate_categories,
    validate_complaint,
)
from plan.store.changes import PlanChange, Section
from plan.store.records import RecordSpec, SpecRecords

_COMPLAINTS = RecordSpec(
    kind="complaint",
    table="complaints",
    section=Section.COMPLAINTS,
    columns=("date", "category", "description", "resolved", "import_id", "segment"),
    read=lambda row, _links: Complaint(
        row[1], row[2], row[3], bool(row[4]), id=row[0], import_id=row[5], segment=row[6] or ""
    ),
    write=lambda c: [
        c.date,
        c.category,
        c.description,
        int(c.resolved),
        c.import_id,
        c.segment or None,
    ],
    validate=validate_complaint,
    insert_only=("import_id",),
)


class ComplaintRecords(SpecRecords):
    """`store.complaints`: the complaints and their categories."""

    def all(self) -> list[Complaint]:
        return self._rows(_COMPLAINTS)

    def get(self, complaint_id: int) -> Complaint:
        return self._one(_COMPLAINTS, complaint_id)

    def add(self, complaint: Complaint) -> Complaint:
        """Store a complaint typed in by hand (keeping its id when it has one, for undo)."""
        return self._add(_COMPLAINTS, complaint)

    def update(self, complaint: Complaint) -> Complaint:
        """Change a complaint (not the import it came from); returns it as it was."""
        return self._update(_COMPLAINTS, complaint)

    def delete(self, complaint_id: int) -> Complaint:
        """Remove one complaint; returns it, so undo can add it back with the same id."""
        return self._delete(_COMPLAINTS, complaint_id)

    def counts(self) -> list[tuple[str, int]]:
        """(category, count), most frequent first: the Pareto's input."""
        return [
            (row[0], int(row[1]))
            for row in self.conn.execute(
                "SELECT category, COUNT(*) FROM complaints GROUP BY category"
                " ORDER BY COUNT(*) DESC, category"
            )
        ]

    def counts_by_segment(self) -> dict[str, list[tuple[str, int]]]:
        """(category, count) per branch or customer group, the groups with most complaints
        first; complaints without a segment are left out."""
        groups: dict[str, list[tuple[str, int]]] = {}
        for segment, category, count in self.conn.execute(
            "SELECT segment, category, COUNT(*) FROM complaints WHERE segment IS NOT NULL"
            " GROUP BY segment, category ORDER BY segment, COUNT(*) DESC, category"
        ):
            groups.setdefault(str(segment), []).append((str(category), int(count)))
        return dict(sorted(groups.items(), key=lambda g: (-sum(n for _, n in g[1]), g[0])))

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

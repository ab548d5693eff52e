"""The customers' view (step 1): imported files, and the survey's responses summed in SQL."""

from __future__ import annotations

import json
from dataclasses import dataclass

from plan.errors import InvalidValueError
from plan.imports import SURVEY, ImportPreview, PreviousImport
from plan.migrations import SERVQUAL_ITEM_COUNT, WEIGHT_DIMENSIONS
from plan.store.changes import PlanChange, Section
from plan.store.records import Records

#: Columns of `survey_responses` a caller may read through `survey_page`.
SURVEY_RESPONSE_COLUMNS: tuple[str, ...] = (
    "id",
    "import_id",
    "source_row",
    "date",
    "segment",
    "nps",
    "csat",
    "ces",
    "comment",
    *(f"{side}{n}" for side in "ep" for n in range(1, SERVQUAL_ITEM_COUNT + 1)),
    *(f"w_{name}" for name in WEIGHT_DIMENSIONS),
)


@dataclass(frozen=True)
class RemovedImport:
    """An import taken out of the plan, with its rows, so undo can put it back as it was."""

    id: int
    record: tuple[object, ...]
    columns: tuple[str, ...]
    rows: list[tuple[object, ...]]


class ImportRecords(Records):
    """`store.imports`: survey and complaint files imported, each with its rows."""

    def all(self, kind: str) -> list[PreviousImport]:
        rows = self.conn.execute(
            "SELECT id, file_name, imported_at, rows FROM imports WHERE kind = ? ORDER BY id",
            [kind],
        )
        return [PreviousImport(*row) for row in rows]

    def previous(self, kind: str, sha256: str) -> PreviousImport | None:
        """The earlier import of the same file's bytes, so importing it twice can be caught."""
        row = self.conn.execute(
            "SELECT id, file_name, imported_at, rows FROM imports"
            " WHERE kind = ? AND sha256 = ? ORDER BY id DESC LIMIT 1",
            [kind, sha256],
        ).fetchone()
        return None if row is None else PreviousImport(*row)

    def add(self, preview: ImportPreview) -> int:
        """Store a checked import's valid rows in one transaction; returns the import's id."""
        if not preview.records:
            raise InvalidValueError(
                preview.file_name, "has no valid rows to import", "nothing_to_import"
            )
        table = "survey_responses" if preview.kind == SURVEY else "complaints"
        columns = ("import_id", *preview.columns)
        new_id: list[int] = []

        def write() -> None:
            cursor = self.conn.execute(
                "INSERT INTO imports (kind, file_name, sha256, imported_at, rows, skipped, mapping)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    preview.kind,
                    preview.file_name,
                    preview.sha256,
                    self._now(),
                    len(preview.records),
                    preview.bad_rows,
                    json.dumps(preview.mapping_by_header(), ensure_ascii=False),
                ],
            )
            import_id = int(cursor.lastrowid or 0)
            new_id.append(import_id)
            # The id is our own integer, written into the statement so the rows go in as is.
            marks = ", ".join([str(import_id)] + ["?"] * len(preview.columns))
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", preview.records
            )

        self._edit(PlanChange(Section(preview.kind), frozenset({"import"})), write)
        return new_id[0]

    def delete(self, import_id: int) -> RemovedImport:
        """Remove an import and all its rows; returns them, so undo can put them back."""
        row = self.conn.execute(
            "SELECT kind, file_name, sha256, imported_at, rows, skipped, mapping FROM imports"
            " WHERE id = ?",
            [import_id],
        ).fetchone()
        if row is None:
            raise InvalidValueError("import", f"no import {import_id}", "unknown_import")
        table = "survey_responses" if row[0] == SURVEY else "complaints"
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE import_id = ?", [import_id])
        columns = tuple(d[0] for d in cursor.description)
        removed = RemovedImport(import_id, tuple(row), columns, cursor.fetchall())
        self._edit(
            PlanChange(Section(row[0]), frozenset({"import"})),
            lambda: self.conn.execute("DELETE FROM imports WHERE id = ?", [import_id]),
        )
        return removed

    def restore(self, removed: RemovedImport) -> None:
        """Put back what `delete` removed, with the same ids."""
        table = "survey_responses" if removed.record[0] == SURVEY else "complaints"

        def write() -> None:
            self.conn.execute(
                "INSERT INTO imports (id, kind, file_name, sha256, imported_at, rows, skipped,"
                " mapping) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [removed.id, *removed.record],
            )
            marks = ", ".join("?" * len(removed.columns))
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(removed.columns)}) VALUES ({marks})",
                removed.rows,
            )

        self._edit(PlanChange(Section(str(removed.record[0])), frozenset({"import"})), write)


class SurveyRecords(Records):
    """`store.survey`: the responses, read and summed (they change only through imports)."""

    def response_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM survey_responses").fetchone()[0])

    def totals(
        self, *, by_segment: bool = False, with_unsegmented: bool = False
    ) -> list[dict[str, float | int | None]]:
        """Counts and means over the survey's answers, in one pass of SQL (100,000 rows are
        summed in the database, not in Python). One row, or one per segment (plus, with
        `with_unsegmented`, one for the answers without a segment, last)."""
        n = SERVQUAL_ITEM_COUNT
        parts = [
            "COUNT(*) AS responses",
            "SUM(nps >= 9) AS promoters",
            "SUM(nps BETWEEN 7 AND 8) AS passives",
            "SUM(nps <= 6) AS detractors",
            "SUM(csat >= 4) AS satisfied",
            "COUNT(csat) AS csat_responses",
            "AVG(ces) AS ces",
            "COUNT(ces) AS ces_responses",
        ]
        for i in range(1, n + 1):
            # Expectation and perception over the same respondents, so P - E is their gap.
            parts.append(f"AVG(CASE WHEN p{i} IS NOT NULL THEN e{i} END) AS e{i}")
            parts.append(f"AVG(CASE WHEN e{i} IS NOT NULL THEN p{i} END) AS p{i}")
            parts.append(f"COUNT(e{i} + p{i}) AS n{i}")
        total = " + ".join(f"COALESCE(w_{d}, 0)" for d in WEIGHT_DIMENSIONS)
        for d in WEIGHT_DIMENSIONS:
            # Each respondent's points are scaled to 100, so a miscounted paper form still counts.
            parts.append(
                f"AVG(CASE WHEN ({total}) > 0 THEN COALESCE(w_{d}, 0) * 100.0 / ({total}) END)"
                f" AS w_{d}"
            )
        parts.append(f"COUNT(CASE WHEN ({total}) > 0 THEN 1 END) AS weight_responses")
        select = ", ".join(parts)
        if by_segment:
            sql = (
                f"SELECT segment, {select} FROM survey_responses"
                " GROUP BY segment ORDER BY segment IS NULL, COUNT(*) DESC, segment"
            )
        else:
            sql = f"SELECT NULL AS segment, {select} FROM survey_responses"
        cursor = self.conn.execute(sql)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor]
        if by_segment and not with_unsegmented:
            return [row for row in rows if row["segment"] is not None]
        return rows

    def totals_and_segments(
        self,
    ) -> tuple[dict[str, float | int | None], list[dict[str, float | int | None]]]:
        """The whole survey's totals and each segment's from one pass over the answers (the
        report needs both; on 100,000 answers each pass takes a second or more). The whole is
        the groups combined, every mean weighted by the count it was taken over."""
        groups = self.totals(by_segment=True, with_unsegmented=True)
        if not groups:  # no answers: the plain query gives its zero counts and NULL means
            return self.totals()[0], []
        return _combined_totals(groups), [g for g in groups if g["segment"] is not None]

    def nps_distribution(self) -> list[int]:
        """How many respondents gave each answer 0…10."""
        counts = [0] * 11
        for value, count in self.conn.execute(
            "SELECT nps, COUNT(*) FROM survey_responses WHERE nps IS NOT NULL GROUP BY nps"
        ):
            counts[int(value)] = int(count)
        return counts

    def page(self, offset: int, limit: int, columns: tuple[str, ...]) -> list[tuple[object, ...]]:
        """A window of responses in a stable order, for a table that shows 100,000 rows lazily."""
        allowed = set(SURVEY_RESPONSE_COLUMNS)
        if not set(columns) <= allowed:
            raise ValueError(f"unknown columns {set(columns) - allowed}")
        return self.conn.execute(
            f"SELECT {', '.join(columns)} FROM survey_responses ORDER BY id LIMIT ? OFFSET ?",
            [limit, offset],
        ).fetchall()

    def comments(self, search: str = "", limit: int = 500) -> list[tuple[int, str, str]]:
        """Non-empty comments (id, segment, text), newest rows first, matching `search`."""
        pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return [
            (row[0], row[1] or "", row[2])
            for row in self.conn.execute(
                "SELECT id, segment, comment FROM survey_responses WHERE comment != ''"
                " AND comment LIKE ? ESCAPE '\\' ORDER BY id DESC LIMIT ?",
                [pattern, limit],
            )
        ]


#: survey_totals' means, each with the count it is taken over.
_MEAN_COUNTS: dict[str, str] = {
    "ces": "ces_responses",
    **{f"{side}{i}": f"n{i}" for side in "ep" for i in range(1, SERVQUAL_ITEM_COUNT + 1)},
    **{f"w_{d}": "weight_responses" for d in WEIGHT_DIMENSIONS},
}


def _combined_totals(
    groups: list[dict[str, float | int | None]],
) -> dict[str, float | int | None]:
    """One survey_totals row for all (non-empty) groups together: counts add up, means are
    weighted by their counts."""
    combined: dict[str, float | int | None] = {"segment": None}
    counts = [key for key in groups[0] if key != "segment" and key not in _MEAN_COUNTS]
    for key in counts:
        combined[key] = sum(int(g[key] or 0) for g in groups)
    for key, count in _MEAN_COUNTS.items():
        weight = sum(int(g[count] or 0) for g in groups)
        total = 0.0
        for group in groups:
            mean = group[key]
            if mean is not None:
                total += float(mean) * int(group[count] or 0)
        combined[key] = total / weight if weight else None
    return combined

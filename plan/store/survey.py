"""The customers' view (step 1): imported files, and the survey's responses summed in SQL."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from plan.errors import InvalidValueError
from plan.imports import COMPLAINTS, SURVEY, ImportPreview, PreviousImport
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


#: The columns of an import's rows, per kind (`survey_responses` and `complaints`, no ids).
_ROW_COLUMNS: dict[str, tuple[str, ...]] = {
    SURVEY: SURVEY_RESPONSE_COLUMNS[2:],
    COMPLAINTS: ("source_row", "date", "category", "description", "resolved"),
}
_TABLES = {SURVEY: "survey_responses", COMPLAINTS: "complaints"}


def _mapping(text: str) -> dict[str, str]:
    """An import's stored column → role mapping (another program may have written nonsense)."""
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(k): str(v) for k, v in value.items()}


@dataclass(frozen=True)
class StoredImport:
    """One imported file as the plan keeps it: what, when, how many rows, which columns."""

    kind: str
    file_name: str
    sha256: str
    imported_at: str
    rows: int
    skipped: int
    mapping: dict[str, str]
    id: int | None = None


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
        return self.add_rows(
            StoredImport(
                kind=preview.kind,
                file_name=preview.file_name,
                sha256=preview.sha256,
                imported_at="",
                rows=len(preview.records),
                skipped=preview.bad_rows,
                mapping=preview.mapping_by_header(),
            ),
            preview.columns,
            preview.records,
        )

    def add_rows(
        self, record: StoredImport, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
    ) -> int:
        """Store an import's checked rows (`columns` of the kind's table, `import_id` left
        out) in one transaction; returns the import's id. `record.id` and `record.imported_at`
        are kept when given (a plan rebuilt from its data file), else chosen now."""
        allowed = set(_ROW_COLUMNS[record.kind])
        if not set(columns) <= allowed:
            raise ValueError(f"unknown columns {set(columns) - allowed}")
        table = _TABLES[record.kind]
        all_columns = ("import_id", *columns)
        new_id: list[int] = []

        def write() -> None:
            cursor = self.conn.execute(
                "INSERT INTO imports (id, kind, file_name, sha256, imported_at, rows, skipped,"
                " mapping) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    record.id,
                    record.kind,
                    record.file_name,
                    record.sha256,
                    record.imported_at or self._now(),
                    len(rows),
                    record.skipped,
                    json.dumps(record.mapping, ensure_ascii=False),
                ],
            )
            import_id = int(cursor.lastrowid or 0)
            new_id.append(import_id)
            # The id is our own integer, written into the statement so the rows go in as is.
            marks = ", ".join([str(import_id)] + ["?"] * len(columns))
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(all_columns)}) VALUES ({marks})", rows
            )

        self._edit(PlanChange(Section(record.kind), frozenset({"import"})), write)
        return new_id[0]

    def stored(self) -> list[StoredImport]:
        """Every import of either kind, oldest first, as stored (for listing and data files)."""
        return [
            StoredImport(
                id=row[0],
                kind=row[1],
                file_name=row[2],
                sha256=row[3],
                imported_at=row[4],
                rows=row[5],
                skipped=row[6],
                mapping=_mapping(row[7]),
            )
            for row in self.conn.execute(
                "SELECT id, kind, file_name, sha256, imported_at, rows, skipped, mapping"
                " FROM imports ORDER BY id"
            )
        ]

    def rows_of(self, import_id: int, kind: str) -> tuple[tuple[str, ...], list[tuple[Any, ...]]]:
        """An import's rows in their stored order: (columns, rows), without ids."""
        columns = _ROW_COLUMNS[kind]
        rows = self.conn.execute(
            f"SELECT {', '.join(columns)} FROM {_TABLES[kind]} WHERE import_id = ? ORDER BY id",
            [import_id],
        ).fetchall()
        return columns, rows

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

"""The customers' view (step 1): imported files, and the survey's responses summed in SQL."""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from plan.errors import InvalidValueError
from plan.imports import COMPLAINTS, SURVEY, ImportPreview, PreviousImport
from plan.migrations import SERVQUAL_ITEM_COUNT, WEIGHT_DIMENSIONS
from plan.scoring import SERVQUAL_ITEMS
from plan.store.changes import PlanChange, Section
from plan.store.records import Records
from plan.waves import Wave, check_date, check_label, default_label, wave_date

if TYPE_CHECKING:
    import sqlite3

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
    COMPLAINTS: ("source_row", "date", "category", "description", "resolved", "segment"),
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
    #: A survey import's wave: its label and date (None: chosen from the rows' dates).
    wave: str | None = None
    wave_date: str | None = None


@dataclass(frozen=True)
class RemovedImport:
    """An import taken out of the plan, with its rows, so undo can put it back as it was."""

    id: int
    record: tuple[object, ...]
    columns: tuple[str, ...]
    rows: list[tuple[object, ...]]
    #: The survey wave the import was the last of (removed with it), else None.
    wave: tuple[int, str, str] | None = None


@dataclass(frozen=True)
class RemovedWave:
    """A wave taken out with every import in it, so undo can put it back as it was."""

    wave: tuple[int, str, str]
    imports: tuple[RemovedImport, ...]


@dataclass(frozen=True)
class MergedWave:
    """A wave merged into another: its record and the imports moved, so undo can part them."""

    wave: tuple[int, str, str]
    into: int
    import_ids: tuple[int, ...]


#: Every change to waves is a survey change with this key (pages listening to the survey refresh).
_WAVES = PlanChange(Section.SURVEY, frozenset({"waves"}))


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

    def add(self, preview: ImportPreview, wave: str | None = None) -> int:
        """Store a checked import's valid rows in one transaction; returns the import's id.

        A survey import goes into the wave labelled `wave` (made if there is none), or by
        default into the wave of its responses' month (`plan.waves.default_label`).
        """
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
                wave=wave,
            ),
            preview.columns,
            preview.records,
        )

    def add_rows(
        self, record: StoredImport, columns: tuple[str, ...], rows: list[tuple[Any, ...]]
    ) -> int:
        """Store an import's checked rows (`columns` of the kind's table, `import_id` left
        out) in one transaction; returns the import's id. `record.id` and `record.imported_at`
        are kept when given (a plan rebuilt from its data file), else chosen now. A survey
        import joins the wave `record.wave` (made with `record.wave_date` if there is none),
        or by default the wave of its responses' month."""
        allowed = set(_ROW_COLUMNS[record.kind])
        if not set(columns) <= allowed:
            raise ValueError(f"unknown columns {set(columns) - allowed}")
        table = _TABLES[record.kind]
        all_columns = ("import_id", *columns)
        label, day = record.wave, record.wave_date
        if record.kind == SURVEY:
            today = self._store.clock().date()
            dates = _dates(columns, rows)
            label = check_label(label) if label is not None else default_label(dates, today)
            day = day or wave_date(dates, today)
        new_id: list[int] = []

        def write() -> None:
            wave_id = None
            if label is not None and day is not None:
                wave_id = _wave_id(self.conn, label)
                if wave_id is None:
                    wave_id = _insert_wave(self.conn, label, day)
            cursor = self.conn.execute(
                "INSERT INTO imports (id, kind, file_name, sha256, imported_at, rows, skipped,"
                " mapping, wave_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    record.id,
                    record.kind,
                    record.file_name,
                    record.sha256,
                    record.imported_at or self._now(),
                    len(rows),
                    record.skipped,
                    json.dumps(record.mapping, ensure_ascii=False),
                    wave_id,
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
                wave=row[8],
                wave_date=row[9],
            )
            for row in self.conn.execute(
                "SELECT imports.id, kind, file_name, sha256, imported_at, rows, skipped, mapping,"
                " waves.label, waves.date FROM imports"
                " LEFT JOIN waves ON waves.id = imports.wave_id ORDER BY imports.id"
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

    def wave_label(self, preview: ImportPreview, wave: str | None = None) -> str:
        """The label of the wave a survey import joins: `wave` checked, or by default its
        responses' month (or the import day's)."""
        if wave is not None:
            return check_label(wave)
        return default_label(_dates(preview.columns, preview.records), self._store.clock().date())

    def delete(self, import_id: int) -> RemovedImport:
        """Remove an import and all its rows; returns them, so undo can put them back. A wave
        left empty goes with its last import (an undone import leaves no empty wave behind)."""
        removed = _removed_import(self.conn, import_id)

        def write() -> None:
            self.conn.execute("DELETE FROM imports WHERE id = ?", [import_id])
            if removed.wave is not None:
                self.conn.execute("DELETE FROM waves WHERE id = ?", [removed.wave[0]])

        self._edit(PlanChange(Section(str(removed.record[0])), frozenset({"import"})), write)
        return removed

    def restore(self, removed: RemovedImport) -> None:
        """Put back what `delete` removed, with the same ids."""
        self._edit(
            PlanChange(Section(str(removed.record[0])), frozenset({"import"})),
            lambda: _restore_import(self.conn, removed),
        )


def _dates(columns: Sequence[str], rows: Sequence[Sequence[object]]) -> list[object]:
    """The rows' response dates (none when the import has no date column)."""
    if "date" not in columns:
        return []
    index = list(columns).index("date")
    return [row[index] for row in rows]


def _wave_id(conn: sqlite3.Connection, label: str) -> int | None:
    row = conn.execute("SELECT id FROM waves WHERE label = ?", [label]).fetchone()
    return None if row is None else int(row[0])


def _insert_wave(conn: sqlite3.Connection, label: str, day: str, wave_id: int | None = None) -> int:
    cursor = conn.execute(
        "INSERT INTO waves (id, label, date) VALUES (?, ?, ?)", [wave_id, label, day]
    )
    return int(cursor.lastrowid or 0)


#: The columns of `imports` a removed import keeps, after its id, in this order.
_IMPORT_RECORD = "kind, file_name, sha256, imported_at, rows, skipped, mapping, wave_id"


def _removed_import(conn: sqlite3.Connection, import_id: int) -> RemovedImport:
    row = conn.execute(f"SELECT {_IMPORT_RECORD} FROM imports WHERE id = ?", [import_id]).fetchone()
    if row is None:
        raise InvalidValueError("import", f"no import {import_id}", "unknown_import")
    table = "survey_responses" if row[0] == SURVEY else "complaints"
    cursor = conn.execute(f"SELECT * FROM {table} WHERE import_id = ?", [import_id])
    columns = tuple(d[0] for d in cursor.description)
    rows = cursor.fetchall()
    wave = None
    if row[7] is not None:
        (others,) = conn.execute(
            "SELECT COUNT(*) FROM imports WHERE wave_id = ? AND id != ?", [row[7], import_id]
        ).fetchone()
        if not others:
            wave = _wave_record(conn, int(row[7]))
    return RemovedImport(import_id, tuple(row), columns, rows, wave)


def _wave_record(conn: sqlite3.Connection, wave_id: int) -> tuple[int, str, str]:
    row = conn.execute("SELECT id, label, date FROM waves WHERE id = ?", [wave_id]).fetchone()
    if row is None:
        raise InvalidValueError("wave", f"no wave {wave_id}", "unknown_wave")
    return (int(row[0]), str(row[1]), str(row[2]))


def _restore_import(conn: sqlite3.Connection, removed: RemovedImport) -> None:
    table = "survey_responses" if removed.record[0] == SURVEY else "complaints"
    if removed.wave is not None:
        _insert_wave(conn, removed.wave[1], removed.wave[2], removed.wave[0])
    conn.execute(
        f"INSERT INTO imports (id, {_IMPORT_RECORD}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [removed.id, *removed.record],
    )
    marks = ", ".join("?" * len(removed.columns))
    conn.executemany(
        f"INSERT INTO {table} ({', '.join(removed.columns)}) VALUES ({marks})", removed.rows
    )


class SurveyRecords(Records):
    """`store.survey`: the responses, read and summed (they change only through imports), and
    the waves they belong to.

    Every read of the responses takes a wave's id; None (the default) means the latest wave
    (`latest_wave`), so every survey figure of the plan is the latest wave's.
    """

    # -- waves ---------------------------------------------------------------------------

    def waves(self) -> list[Wave]:
        """Every wave in date order (then in the order they were made), with what each holds."""
        rows = self.conn.execute(
            "SELECT w.id, w.label, w.date, COUNT(i.id), COALESCE(SUM(i.rows), 0) FROM waves w"
            " LEFT JOIN imports i ON i.wave_id = w.id AND i.kind = 'survey'"
            " GROUP BY w.id ORDER BY w.date, w.id"
        )
        return [Wave(int(r[0]), str(r[1]), str(r[2]), int(r[3]), int(r[4])) for r in rows]

    def latest_wave(self) -> Wave | None:
        """The wave the plan's survey figures are of: the latest by date holding an import."""
        held = [wave for wave in self.waves() if wave.imports]
        return held[-1] if held else None

    def wave(self, wave_id: int) -> Wave:
        for wave in self.waves():
            if wave.id == wave_id:
                return wave
        raise InvalidValueError("wave", f"no wave {wave_id}", "unknown_wave")

    def add_wave(self, label: str, day: str | None = None) -> int:
        """A new, empty wave (imports are added to it by label); refuses a label in use."""
        label = check_label(label)
        day = check_date(day) if day else self._store.clock().date().isoformat()
        self._refuse_taken(label)
        new_id: list[int] = []
        self._edit(_WAVES, lambda: new_id.append(_insert_wave(self.conn, label, day)))
        return new_id[0]

    def rename_wave(self, wave_id: int, label: str) -> str:
        """Give a wave another label; returns the old one, for undo."""
        old = self.wave(wave_id).label
        label = check_label(label)
        if label != old:
            self._refuse_taken(label)
        self._edit(
            _WAVES,
            lambda: self.conn.execute("UPDATE waves SET label = ? WHERE id = ?", [label, wave_id]),
        )
        return old

    def merge_waves(self, wave_id: int, into: int) -> MergedWave:
        """Move every import of wave `wave_id` into wave `into` and remove the first; returns
        what `unmerge_waves` needs to part them again."""
        if wave_id == into:
            raise InvalidValueError("wave", "a wave cannot be merged into itself", "same_wave")
        self.wave(into)  # refuses an unknown target before anything changes
        record = _wave_record(self.conn, wave_id)
        ids = tuple(
            int(row[0])
            for row in self.conn.execute(
                "SELECT id FROM imports WHERE wave_id = ? ORDER BY id", [wave_id]
            )
        )

        def write() -> None:
            self.conn.execute("UPDATE imports SET wave_id = ? WHERE wave_id = ?", [into, wave_id])
            self.conn.execute("DELETE FROM waves WHERE id = ?", [wave_id])

        self._edit(_WAVES, write)
        return MergedWave(record, into, ids)

    def unmerge_waves(self, merged: MergedWave) -> None:
        """Undo `merge_waves`: the wave back with its own imports."""
        marks = ", ".join(str(int(i)) for i in merged.import_ids)

        def write() -> None:
            _insert_wave(self.conn, merged.wave[1], merged.wave[2], merged.wave[0])
            if marks:
                self.conn.execute(
                    f"UPDATE imports SET wave_id = ? WHERE id IN ({marks})", [merged.wave[0]]
                )

        self._edit(_WAVES, write)

    def remove_wave(self, wave_id: int) -> RemovedWave:
        """Remove a wave and every import (and response) in it; returns them for undo."""
        record = _wave_record(self.conn, wave_id)
        ids = [
            int(row[0])
            for row in self.conn.execute(
                "SELECT id FROM imports WHERE wave_id = ? ORDER BY id", [wave_id]
            )
        ]
        imports = tuple(replace(_removed_import(self.conn, i), wave=None) for i in ids)

        def write() -> None:
            self.conn.execute("DELETE FROM imports WHERE wave_id = ?", [wave_id])
            self.conn.execute("DELETE FROM waves WHERE id = ?", [wave_id])

        self._edit(_WAVES, write)
        return RemovedWave(record, imports)

    def restore_wave(self, removed: RemovedWave) -> None:
        """Put back what `remove_wave` removed, with the same ids."""

        def write() -> None:
            _insert_wave(self.conn, removed.wave[1], removed.wave[2], removed.wave[0])
            for item in removed.imports:
                _restore_import(self.conn, item)

        self._edit(_WAVES, write)

    def _refuse_taken(self, label: str) -> None:
        if _wave_id(self.conn, label) is not None:
            raise InvalidValueError(
                "wave",
                f"a wave is already labelled {label!r}",
                "wave_label_taken",
                {"label": label},
            )

    def _where(self, wave: int | None) -> str:
        """The SQL condition keeping the responses of `wave` (None: the latest wave)."""
        if wave is None:
            latest = self.latest_wave()
            if latest is None:
                return "0"
            wave = latest.id
        return f"import_id IN (SELECT id FROM imports WHERE wave_id = {int(wave)})"

    def _unweighted(self, where: str) -> bool:
        """Whether any response kept by `where` gave no importance points (then importance
        is derived from NPS, and its sums are wanted)."""
        none = " AND ".join(f"w_{d} IS NULL" for d in WEIGHT_DIMENSIONS)
        row = self.conn.execute(
            f"SELECT 1 FROM survey_responses WHERE {where} AND {none} LIMIT 1"
        ).fetchone()
        return row is not None

    # -- the responses -------------------------------------------------------------------

    def response_count(self, wave: int | None = None) -> int:
        return int(
            self.conn.execute(
                f"SELECT COUNT(*) FROM survey_responses WHERE {self._where(wave)}"
            ).fetchone()[0]
        )

    def totals(
        self, *, by_segment: bool = False, with_unsegmented: bool = False, wave: int | None = None
    ) -> list[dict[str, float | int | None]]:
        """Counts, means and sums of squares over a wave's answers, in one pass of SQL (100,000
        rows are summed in the database, not in Python). One row, or one per segment (plus,
        with `with_unsegmented`, one for the answers without a segment, last)."""
        where = self._where(wave)
        select = _totals_select(self._unweighted(where))
        if by_segment:
            sql = (
                f"SELECT segment, {select} FROM {_rows(where)}"
                " GROUP BY segment ORDER BY segment IS NULL, COUNT(*) DESC, segment"
            )
        else:
            sql = f"SELECT NULL AS segment, {select} FROM {_rows(where)}"
        cursor = self.conn.execute(sql)
        names = [d[0] for d in cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in cursor]
        if by_segment and not with_unsegmented:
            return [row for row in rows if row["segment"] is not None]
        return rows

    def totals_and_segments(
        self, wave: int | None = None
    ) -> tuple[dict[str, float | int | None], list[dict[str, float | int | None]]]:
        """A wave's totals and each segment's from one pass over the answers (the report needs
        both; on 100,000 answers each pass takes a second or more). The whole is the groups
        combined, every mean weighted by the count it was taken over."""
        groups = self.totals(by_segment=True, with_unsegmented=True, wave=wave)
        if not groups:  # no answers: the plain query gives its zero counts and NULL means
            return self.totals(wave=wave)[0], []
        return _combined_totals(groups), [g for g in groups if g["segment"] is not None]

    def wave_totals(
        self,
    ) -> list[tuple[Wave, dict[str, float | int | None], list[dict[str, float | int | None]]]]:
        """Every wave holding responses, in date order, with its totals and its segments'
        totals: one pass over all the answers, grouped by import and segment."""
        cursor = self.conn.execute(
            f"SELECT import_id, segment, {_totals_select(self._unweighted('1'))}"
            f" FROM {_rows('1')}"
            " GROUP BY import_id, segment"
        )
        names = [d[0] for d in cursor.description]
        groups = [dict(zip(names, row, strict=True)) for row in cursor]
        wave_of: dict[int, int | None] = {
            int(row[0]): row[1]
            for row in self.conn.execute("SELECT id, wave_id FROM imports WHERE kind = 'survey'")
        }
        result = []
        for wave in self.waves():
            mine = [g for g in groups if wave_of.get(int(g["import_id"] or 0)) == wave.id]
            if not mine:
                continue
            by_segment: dict[Any, list[dict[str, Any]]] = {}
            for group in mine:
                group = {k: v for k, v in group.items() if k != "import_id"}
                by_segment.setdefault(group["segment"], []).append(group)
            segments = [
                # One import's group is as SQL summed it (the same floats as before waves).
                parts[0] if len(parts) == 1 else {**_combined_totals(parts), "segment": name}
                for name, parts in by_segment.items()
                if name is not None
            ]
            segments.sort(key=lambda g: (-int(g["responses"] or 0), str(g["segment"])))
            whole = _combined_totals([g for parts in by_segment.values() for g in parts])
            result.append((wave, whole, segments))
        return result

    def nps_distribution(self, wave: int | None = None) -> list[int]:
        """How many respondents of a wave gave each answer 0…10."""
        counts = [0] * 11
        for value, count in self.conn.execute(
            "SELECT nps, COUNT(*) FROM survey_responses WHERE nps IS NOT NULL"
            f" AND {self._where(wave)} GROUP BY nps"
        ):
            counts[int(value)] = int(count)
        return counts

    def page(
        self, offset: int, limit: int, columns: tuple[str, ...], wave: int | None = None
    ) -> list[tuple[object, ...]]:
        """A window of a wave's responses in a stable order, for a table that shows 100,000
        rows lazily."""
        allowed = set(SURVEY_RESPONSE_COLUMNS)
        if not set(columns) <= allowed:
            raise ValueError(f"unknown columns {set(columns) - allowed}")
        return self.conn.execute(
            f"SELECT {', '.join(columns)} FROM survey_responses WHERE {self._where(wave)}"
            " ORDER BY id LIMIT ? OFFSET ?",
            [limit, offset],
        ).fetchall()

    def comments(
        self, search: str = "", limit: int = 500, wave: int | None = None
    ) -> list[tuple[int, str, str]]:
        """A wave's non-empty comments (id, segment, text), newest rows first, matching
        `search`."""
        pattern = "%" + search.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        return [
            (row[0], row[1] or "", row[2])
            for row in self.conn.execute(
                "SELECT id, segment, comment FROM survey_responses WHERE comment != ''"
                f" AND {self._where(wave)} AND comment LIKE ? ESCAPE '\\' ORDER BY id DESC"
                " LIMIT ?",
                [pattern, limit],
            )
        ]


def _rows(where: str) -> str:
    """The responses kept by `where`, each with its derived values per SERVQUAL dimension
    worked out once: `c_<d>` 1 when the respondent rated every item of the dimension on both
    sides (else NULL), and then `se_<d>`/`sp_<d>` the sums of their expectation and perception
    answers and `qe_<d>`/`qp_<d>` the sums of their squares.

    Two levels: the inner one adds each side's items up once (NULL when one is missing), the
    outer one keeps them only for complete respondents, so the items are not added up again
    for every derived value (a third of the survey pass on 100,000 responses). LIMIT/OFFSET
    keeps SQLite from folding either level into the query above it, which would work each
    value out again for every sum that uses it."""
    skipped = ("id", "source_row", "date", "comment")  # no sum reads them
    columns = ", ".join(c for c in SURVEY_RESPONSE_COLUMNS if c not in skipped)
    added, kept = [], []
    for name, items in SERVQUAL_ITEMS.items():
        for side in "ep":
            added.append(f"{' + '.join(f'{side}{i}' for i in items)} AS t{side}_{name}")
            squares = " + ".join(f"{side}{i} * {side}{i}" for i in items)
            added.append(f"{squares} AS u{side}_{name}")
        complete = f"te_{name} + tp_{name} IS NOT NULL"
        kept.append(f"CASE WHEN {complete} THEN 1 END AS c_{name}")
        for side in "ep":
            kept.append(f"CASE WHEN {complete} THEN t{side}_{name} END AS s{side}_{name}")
            kept.append(f"CASE WHEN {complete} THEN u{side}_{name} END AS q{side}_{name}")
    inner = (
        f"(SELECT {columns}, {', '.join(added)} FROM survey_responses WHERE {where}"
        " LIMIT -1 OFFSET 0)"
    )
    return f"(SELECT {columns}, {', '.join(kept)} FROM {inner} LIMIT -1 OFFSET 0)"


@functools.cache
def _totals_select(correlation: bool = True) -> str:
    """The aggregates of one group of `_rows` (see `SurveyRecords.totals`); `correlation`:
    with the sums that correlate each dimension's perception with NPS (wanted only where
    some respondents gave no importance points).

    Besides counts and means: sums and sums of squares (keys `sum_…`, `sum2_…`) from which
    `plan.survey_stats` takes variances — of CES; and, over the respondents who rated every
    item of a SERVQUAL dimension on both sides (`alpha_n_<d>` of them), of their own gap and
    of each item and each scale total (Cronbach's alpha).
    """
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
            f"AVG(CASE WHEN ({total}) > 0 THEN COALESCE(w_{d}, 0) * 100.0 / ({total}) END) AS w_{d}"
        )
    parts.append(f"COUNT(CASE WHEN ({total}) > 0 THEN 1 END) AS weight_responses")
    parts.append("SUM(ces) AS sum_ces")
    parts.append("SUM(ces * ces) AS sum2_ces")
    for name, items in SERVQUAL_ITEMS.items():
        parts.append(f"COUNT(c_{name}) AS alpha_n_{name}")
        for key in (f"se_{name}", f"sp_{name}"):
            parts.append(f"SUM({key}) AS sum_{key}")
            parts.append(f"SUM({key} * {key}) AS sum2_{key}")
        # With the sums above, the respondents' own gaps' sums: (sp − se) / k.
        parts.append(f"SUM(se_{name} * sp_{name}) AS sum_sesp_{name}")
        if correlation:
            # The perception with the NPS answer, for importance where no points were given.
            parts.append(f"COUNT(sp_{name} + nps) AS corr_n_{name}")
            parts.append(f"SUM(sp_{name} + 0 * nps) AS sum_corr_x_{name}")
            parts.append(f"SUM(sp_{name} * sp_{name} + 0 * nps) AS sum_corr_xx_{name}")
            parts.append(f"SUM(nps + 0 * sp_{name}) AS sum_corr_y_{name}")
            parts.append(f"SUM(nps * nps + 0 * sp_{name}) AS sum_corr_yy_{name}")
            parts.append(f"SUM(sp_{name} * nps) AS sum_corr_xy_{name}")
        for side in "ep":
            parts.append(f"SUM(q{side}_{name}) AS sum2_alpha_{side}_{name}")
            for i in items:
                parts.append(f"SUM({side}{i} * c_{name}) AS sum_alpha_{side}{i}")
    return ", ".join(parts)


#: survey_totals' means, each with the count it is taken over.
_MEAN_COUNTS: dict[str, str] = {
    "ces": "ces_responses",
    **{f"{side}{i}": f"n{i}" for side in "ep" for i in range(1, SERVQUAL_ITEM_COUNT + 1)},
    **{f"w_{d}": "weight_responses" for d in WEIGHT_DIMENSIONS},
}


def _combined_totals(
    groups: Sequence[dict[str, float | int | None]],
) -> dict[str, float | int | None]:
    """One survey_totals row for all (non-empty) groups together: counts and sums add up,
    means are weighted by their counts."""
    combined: dict[str, float | int | None] = {"segment": None}
    for key in groups[0]:
        if key == "segment" or key in _MEAN_COUNTS:
            continue
        if key.startswith("sum"):  # sums of answers: floats, None where no answer
            values = [float(v) for g in groups if (v := g[key]) is not None]
            combined[key] = sum(values) if values else None
        else:
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

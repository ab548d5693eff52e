"""Survey and complaint imports: which column holds what (its role), and which rows are valid.

Real exports (Google Forms, SurveyMonkey, Excel in any locale) name their columns after the
question, in the survey's language, so roles are matched from common wordings in en, ru and zh;
the user confirms or corrects the match. Every cell of a mapped column is checked against its
role's range; a bad cell marks its row, and the user imports the valid rows or nothing.
Validation is per cell on up to a million rows, so each role has a lookup table of the usual
answers ("1"…"7") and falls back to full parsing only for anything else.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from itertools import repeat
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plan.errors import PlanError
from plan.migrations import SERVQUAL_ITEM_COUNT, WEIGHT_DIMENSIONS
from plan.numbers import parse_decimal
from plan.resources import assets_dir

if TYPE_CHECKING:
    from plan.tabular import Table, TableHead

CONTENT_FILE = assets_dir() / "content" / "import_roles.json"

SURVEY = "survey"
COMPLAINTS = "complaints"
KINDS = (SURVEY, COMPLAINTS)

#: Survey roles in the order of the `survey_responses` columns (docs/design.md §6.3 spells them).
SURVEY_ROLES: tuple[str, ...] = (
    "date",
    "segment",
    "nps",
    "csat",
    "ces",
    "comment",
    *(f"E{n}" for n in range(1, SERVQUAL_ITEM_COUNT + 1)),
    *(f"P{n}" for n in range(1, SERVQUAL_ITEM_COUNT + 1)),
    *(f"W_{name}" for name in WEIGHT_DIMENSIONS),
)
COMPLAINT_ROLES: tuple[str, ...] = ("date", "category", "description", "resolved")
#: Roles that carry a survey measure: a survey import needs at least one of them mapped.
MEASURE_ROLES = frozenset(r for r in SURVEY_ROLES if r not in ("date", "segment", "comment"))
#: Longest comment, description, category or segment kept (longer text is refused, not cut).
MAX_TEXT_LENGTH = 5000
MAX_LABEL_LENGTH = 200
#: Problems listed in full; beyond this only their count is kept (a broken file has millions).
MAX_PROBLEMS = 1000


def roles_of(kind: str) -> tuple[str, ...]:
    return SURVEY_ROLES if kind == SURVEY else COMPLAINT_ROLES


def column_of(role: str) -> str:
    """The table column a role fills: E5 → e5, W_empathy → w_empathy."""
    return role.lower()


class ImportRefused(PlanError):
    """The file or the mapping cannot be imported at all (no single row is to blame).

    `code` and `params` let the window word the message in the user's language.
    """

    def __init__(
        self, path: Path | str | None, code: str, message: str, params: dict[str, object] | None
    ) -> None:
        self.code = code
        self.params = params or {}
        super().__init__(message, path)


@dataclass(frozen=True)
class RowProblem:
    """Why one row cannot be imported: its row number as the spreadsheet shows it, the column."""

    row: int
    column: str
    code: str
    params: dict[str, object] = field(default_factory=dict)

    @property
    def message(self) -> str:
        p = self.params
        value = p.get("value", "")
        text = {
            "not_number": f"{value!r} is not a number",
            "not_whole": f"{value!r} is not a whole number",
            "out_of_range": f"{value!r} is outside {p.get('minimum')}–{p.get('maximum')}",
            "not_date": f"{value!r} is not a date",
            "not_yes_no": f"{value!r} is neither yes nor no",
            "too_long": f"is {p.get('length')} characters long; at most {p.get('max')} allowed",
            "extra_cells": f"has {p.get('count')} filled cells beyond the last column",
            "bad_cell": f"cell {p.get('cell')} on sheet {p.get('sheet')!r}: {p.get('reason')}",
        }.get(self.code, self.code)
        return f"row {self.row}, column {self.column!r}: {text}"


@dataclass(frozen=True)
class PreviousImport:
    id: int
    file_name: str
    imported_at: str
    rows: int


@dataclass
class ImportPreview:
    """A file read, mapped and checked, ready to be stored in one transaction (or not at all)."""

    kind: str
    file_name: str
    sha256: str
    table: Table
    mapping: dict[int, str]
    columns: tuple[str, ...] = ()
    records: list[tuple[Any, ...]] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0
    bad_rows: int = 0
    empty_rows: int = 0
    previous: PreviousImport | None = None

    @property
    def valid_rows(self) -> int:
        return len(self.records)

    def mapping_by_header(self) -> dict[str, str]:
        return {self.table.headers[index]: role for index, role in sorted(self.mapping.items())}


# -- matching columns to roles ----------------------------------------------------------------


@cache
def _wordings() -> dict[str, Any]:
    with CONTENT_FILE.open(encoding="utf-8") as handle:
        data: dict[str, Any] = json.load(handle)
    return data


def _normalised(header: str) -> str:
    return re.sub(r"[\s_\-.]+", "", header).casefold()


def _contains(header: str, word: str) -> bool:
    """A wording matches at a word start when it is Latin (so 'ces' is not in 'services')."""
    if word.isascii():
        return re.search(r"(?<![a-z0-9])" + re.escape(word), header) is not None
    return word in header


_ITEM_HEADER = re.compile(r"^\s*([ep])\s*[-_.#]?\s*(\d{1,2})(?!\d)", re.IGNORECASE)
_NUMBER_IN_HEADER = re.compile(r"(?<!\d)(\d{1,2})(?!\d)")


def _servqual_role(header: str) -> str | None:
    folded = header.casefold()
    if match := _ITEM_HEADER.match(header):
        number = int(match.group(2))
        if 1 <= number <= SERVQUAL_ITEM_COUNT:
            return f"{match.group(1).upper()}{number}"
    sides: dict[str, list[str]] = _wordings()["servqual_sides"]
    for side, words in sides.items():
        if any(_contains(folded, w) for w in words) and (
            number_match := _NUMBER_IN_HEADER.search(header)
        ):
            number = int(number_match.group(1))
            if 1 <= number <= SERVQUAL_ITEM_COUNT:
                return f"{side}{number}"
    return None


def _weight_role(header: str) -> str | None:
    folded = header.casefold()
    if folded.startswith("w_") or folded.startswith("w "):
        rest = folded[2:].strip()
        for name in WEIGHT_DIMENSIONS:
            if rest == name:
                return f"W_{name}"
    wordings = _wordings()
    if not any(_contains(folded, w) for w in wordings["weight_words"]):
        return None
    for name, words in wordings["dimension_words"].items():
        if any(_contains(folded, w) for w in words):
            return f"W_{name}"
    return None


#: A grid question's column: its title, then its row. Google Forms writes `TITLE [ROW]`; other
#: tools (Microsoft Forms among them) join the two with a dot, a colon or a dash.
_GRID_BRACKETS = re.compile(r"^(?P<title>.*\S)\s*\[(?P<row>[^\[\]]+)\]\s*$")
_GRID_JOINS = re.compile(r"\.|:|\s[-–—]\s")


def _grid_titles(header: str) -> set[str]:
    """Every title a grid column's header may have: before its bracketed row, or before any
    dot, colon or dash that a row follows."""
    titles: set[str] = set()
    if match := _GRID_BRACKETS.match(header):
        titles.add(match.group("title").strip().casefold())
    for join in _GRID_JOINS.finditer(header):
        title, row = header[: join.start()].strip(), header[join.end() :].strip()
        if title and row:
            titles.add(title.casefold())
    return titles


def _grid_side(title: str) -> str | None:
    """E or P when a grid's title speaks of expectations or of perceptions (not both)."""
    sides: dict[str, list[str]] = _wordings()["servqual_sides"]
    found = [side for side, words in sides.items() if any(_contains(title, w) for w in words)]
    return found[0] if len(found) == 1 else None


def grid_roles(headers: list[str]) -> dict[int, str]:
    """SERVQUAL grids (`Expectations [statement]`, one column per row): a grid whose title
    names expectations or perceptions and that has exactly 22 rows gives its columns E1…E22
    or P1…P22 in order, whatever the statements' wording (a statement that mentions
    "5 minutes" is not item 5)."""
    grids: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        for title in _grid_titles(header):
            grids.setdefault(title, []).append(index)
    roles: dict[int, str] = {}
    for title, indexes in sorted(grids.items(), key=lambda item: item[1][0]):
        side = _grid_side(title)
        if side is None or len(indexes) != SERVQUAL_ITEM_COUNT:
            continue
        if any(index in roles for index in indexes):
            continue  # the same columns under a shorter or longer title
        roles.update({index: f"{side}{n}" for n, index in enumerate(indexes, 1)})
    return roles


@cache
def _roles_by_name(kind: str) -> dict[str, str]:
    """A kind's roles by their name as matched: any case, spaces, '_', '-' and '.' ignored."""
    return {_normalised(role): role for role in roles_of(kind)}


def guess_role(kind: str, header: str) -> str | None:
    """The role a header names: exactly (any case), or by the usual wording of the question."""
    if (exact := _roles_by_name(kind).get(_normalised(header))) is not None:
        return exact
    if kind == SURVEY:
        if (role := _servqual_role(header)) is not None:
            return role
        if (role := _weight_role(header)) is not None:
            return role
    folded = header.casefold()
    keywords: dict[str, list[str]] = _wordings()[kind]
    for role, words in keywords.items():
        if any(_contains(folded, w) for w in words):
            return role
    return None


def auto_mapping(kind: str, headers: list[str]) -> dict[int, str]:
    """Column index → role for the columns whose header names a role; each role used once.

    Exact role names are matched first, so a column called `nps` wins over a question that
    merely mentions recommending.
    """
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    by_name = _roles_by_name(kind)
    for index, header in enumerate(headers):
        role = by_name.get(_normalised(header))
        if role is not None and role not in taken:
            mapping[index] = role
            taken.add(role)
    if kind == SURVEY:
        for index, role in grid_roles(headers).items():
            if index not in mapping and role not in taken:
                mapping[index] = role
                taken.add(role)
    for index, header in enumerate(headers):
        if index in mapping or not header.strip():
            continue
        role = guess_role(kind, header)
        if role is not None and role not in taken:
            mapping[index] = role
            taken.add(role)
    return mapping


def apply_overrides(
    kind: str,
    headers: list[str],
    mapping: dict[int, str],
    overrides: Iterable[tuple[str, str]],
    path: Path | str | None = None,
) -> dict[int, str]:
    """Apply `COLUMN=ROLE` choices (role empty or `ignore` drops the column) to a mapping."""
    result = dict(mapping)
    roles = _roles_by_name(kind)
    for column, role_name in overrides:
        indexes = [i for i, h in enumerate(headers) if h == column.strip()]
        if not indexes:
            indexes = [
                i for i, h in enumerate(headers) if h.casefold() == column.strip().casefold()
            ]
        if not indexes:
            named = [h for h in headers if h]
            shown = ", ".join(map(repr, named[:50])) + (" …" if len(named) > 50 else "")
            raise ImportRefused(
                path,
                "unknown_column",
                f"no column is called {column!r} (columns: {shown})",
                {"column": column},
            )
        if role_name.strip().casefold() in ("", "ignore", "none", "-"):
            result.pop(indexes[0], None)
            continue
        role = roles.get(_normalised(role_name))
        if role is None:
            raise ImportRefused(
                path,
                "unknown_role",
                f"{role_name!r} is not a {kind} role (roles: {', '.join(roles_of(kind))})",
                {"role": role_name},
            )
        for index, existing in list(result.items()):
            if existing == role:
                del result[index]
        result[indexes[0]] = role
    return result


def check_mapping(kind: str, mapping: dict[int, str], path: Path | str | None = None) -> None:
    """A mapping must give the import something to store, and each role at most one column."""
    roles = list(mapping.values())
    for role in set(roles):
        if roles.count(role) > 1:
            raise ImportRefused(
                path,
                "duplicate_role",
                f"two columns are mapped to {role!r}; choose one",
                {"role": role},
            )
    if kind == SURVEY and not MEASURE_ROLES & set(roles):
        raise ImportRefused(
            path,
            "no_measure",
            "no column is mapped to a survey question (nps, csat, ces, E1…E22, P1…P22, W_…);"
            " map one with --map COLUMN=ROLE",
            {},
        )
    if kind == COMPLAINTS and not {"category", "description"} & set(roles):
        raise ImportRefused(
            path,
            "no_complaint_text",
            "no column is mapped to category or description; map one with --map COLUMN=ROLE",
            {},
        )


# -- checking cells ---------------------------------------------------------------------------


class CellError(Exception):
    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(code)


_LABELLED_NUMBER = re.compile(r"^(\d+(?:[.,]\d+)?)\s*[-–—:=)]\s*\D.*$")


def parse_number(text: str) -> float:
    """A cell's number: as `parse_decimal` reads it, or the number of a labelled answer as
    survey tools export them ("9 – very likely")."""
    value = text.strip()
    if match := _LABELLED_NUMBER.match(value):
        value = match.group(1)
    try:
        return parse_decimal(value)
    except ValueError:
        raise CellError("not_number", value=text) from None


Converter = Callable[[str], Any]


@dataclass(frozen=True)
class _Rule:
    """How one role's cells become stored values: a lookup of usual answers, then parsing."""

    fast: dict[str, Any]
    parse: Converter


def _number_rule(minimum: int, maximum: int, *, whole: bool) -> _Rule:
    def parse(text: str) -> Any:
        value = parse_number(text)
        if whole and value != int(value):
            raise CellError("not_whole", value=text)
        if not minimum <= value <= maximum:
            raise CellError("out_of_range", value=text, minimum=minimum, maximum=maximum)
        return int(value) if whole else value

    fast: dict[str, Any] = {"": None}
    for n in range(minimum, maximum + 1):
        fast[str(n)] = n if whole else float(n)
        fast[f"{n}.0"] = fast[str(n)]
    return _Rule(fast, parse)


def _text_rule(limit: int) -> _Rule:
    def parse(text: str) -> str:
        text = text.strip()
        if len(text) > limit:
            raise CellError("too_long", length=len(text), max=limit)
        return text

    return _Rule({"": ""}, parse)


def _label_rule(limit: int) -> _Rule:
    def parse(text: str) -> str | None:
        text = " ".join(text.split())
        if len(text) > limit:
            raise CellError("too_long", length=len(text), max=limit)
        return text or None

    return _Rule({"": None}, parse)


def _yes_no_rule() -> _Rule:
    wordings = _wordings()
    fast: dict[str, Any] = {word: 1 for word in wordings["yes"]}
    fast.update({word: 0 for word in wordings["no"]})

    def parse(text: str) -> int:
        folded = " ".join(text.split()).casefold()
        if folded in fast:
            return int(fast[folded])
        raise CellError("not_yes_no", value=text)

    return _Rule(fast, parse)


_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$")
_YMD = re.compile(r"^(\d{4})[/.年](\d{1,2})[/.月](\d{1,2})日?(?:\s.*)?$")
_DMY_DOTS = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ ,].*)?$")
_SLASHES = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?:[ ,].*)?$")


def _date_rule(day_first_slashes: bool) -> _Rule:
    def parse(text: str) -> str | None:
        value = text.strip()
        if not value:
            return None
        try:
            if m := _ISO.match(value) or _YMD.match(value):
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            if m := _DMY_DOTS.match(value):
                return date(int(m.group(3)), int(m.group(2)), int(m.group(1))).isoformat()
            if m := _SLASHES.match(value):
                first, second = int(m.group(1)), int(m.group(2))
                day, month = (first, second) if day_first_slashes else (second, first)
                year = int(m.group(3))
                year += 2000 if len(m.group(3)) == 2 else 0  # Microsoft Forms: 3/14/25 9:41
                return date(year, month, day).isoformat()
        except ValueError:
            pass
        raise CellError("not_date", value=text)

    return _Rule({"": None}, parse)


def _slashes_are_day_first(cells: Iterable[str]) -> bool:
    """Dates like 3/14/2025 are month first (US, Google Forms' default) unless a day shows.

    A column where some first number is above 12 (14/3/2025) is written day first.
    """
    return any((m := _SLASHES.match(c.strip())) and int(m.group(1)) > 12 for c in cells)


def _rule_for(role: str, column_cells: Callable[[], Iterable[str]]) -> _Rule:
    if role == "nps":
        return _number_rule(0, 10, whole=True)
    if role == "csat":
        return _number_rule(1, 5, whole=True)
    if role == "ces" or (role[0] in "EP" and role[1:].isdigit()):
        return _number_rule(1, 7, whole=False)
    if role.startswith("W_"):
        return _number_rule(0, 100, whole=False)
    if role == "date":
        return _date_rule(_slashes_are_day_first(column_cells()))
    if role in ("comment", "description"):
        return _text_rule(MAX_TEXT_LENGTH)
    if role in ("segment", "category"):
        return _label_rule(MAX_LABEL_LENGTH)
    if role == "resolved":
        return _yes_no_rule()
    raise ValueError(f"no rule for role {role!r}")


def validate(preview: ImportPreview) -> None:
    """Fill the preview's records and problems from its table and mapping."""
    table, kind = preview.table, preview.kind
    order = [role for role in roles_of(kind) if role in preview.mapping.values()]
    index_of = {role: index for index, role in preview.mapping.items()}

    def cells(index: int) -> Callable[[], Iterable[str]]:
        return lambda: (row[index] for row in table.rows)

    rules = [
        (
            index_of[role],
            table.headers[index_of[role]] or f"#{index_of[role] + 1}",
            _rule_for(role, cells(index_of[role])),
        )
        for role in order
    ]
    preview.columns = ("source_row", *(column_of(role) for role in order))
    rows, numbers, extra = table.rows, table.row_numbers, table.extra_cells
    missing: Any = object()  # compared in C by identity, never equal to a value
    # Column by column, in C: each cell is looked up in its role's table of usual answers
    # (map + dict.get), and only the cells it does not know are parsed, one by one, in Python.
    bad = {position for position, number in enumerate(numbers) if number in extra}
    found = [
        (p, RowProblem(numbers[p], "", "extra_cells", {"count": extra[numbers[p]]}))
        for p in sorted(bad)
    ]
    # Workbook cells that could not be read as what Excel shows (a date past 9999, "0x10"):
    # a bad value in their row, named by cell and sheet, when their column is imported.
    odd: set[tuple[int, int]] = set()
    if table.cell_problems:
        mapped = {index: header for index, header, _ in rules}
        position_of = {n: p for p, n in enumerate(numbers) if n in table.cell_problems}
        for number, cell_problems in table.cell_problems.items():
            found_at = position_of.get(number)
            if found_at is None:
                continue
            p = found_at
            for cell_problem in cell_problems:
                if cell_problem.column in mapped:
                    odd.add((p, cell_problem.column))
                    bad.add(p)
                    params: dict[str, object] = {
                        "cell": cell_problem.cell,
                        "sheet": table.sheet_name or "",
                        "value": cell_problem.value,
                        "reason": cell_problem.reason,
                        "cell_code": cell_problem.code,
                    }
                    problem = RowProblem(number, mapped[cell_problem.column], "bad_cell", params)
                    found.append((p, problem))
    columns: list[list[Any]] = []
    for index, header, rule in rules:
        texts: list[str] = list(map(itemgetter(index), rows))
        if set(texts).issubset(rule.fast):  # the usual case: every answer is a usual one
            columns.append(list(map(rule.fast.__getitem__, texts)))
            continue
        column = list(map(rule.fast.get, texts, repeat(missing)))
        for p, value in enumerate(column):
            if value is missing:
                if odd and (p, index) in odd:
                    continue  # already reported as the cell it is
                try:
                    column[p] = rule.parse(texts[p])
                except CellError as error:
                    bad.add(p)
                    found.append((p, RowProblem(numbers[p], header, error.code, error.params)))
        columns.append(column)
    found.sort(key=lambda entry: entry[0])  # row order; within a row, as found
    if len(rules) == 1:
        only = rules[0][0]
        filled = [bool(row[only]) for row in rows]
    elif rules:
        filled = list(map(any, map(itemgetter(*(index for index, _, _ in rules)), rows)))
    else:
        filled = [False] * len(rows)
    keep = [ok and p not in bad for p, ok in enumerate(filled)] if bad else filled
    records = list(zip(numbers, *columns, strict=True))
    if not all(keep):
        records = [record for record, ok in zip(records, keep, strict=True) if ok]
    preview.records = records
    preview.problems = [problem for _, problem in found[:MAX_PROBLEMS]]
    preview.problem_count = len(found)
    preview.bad_rows = len(bad)
    preview.empty_rows = sum(1 for p, ok in enumerate(filled) if not ok and p not in bad)


def file_digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def _named_columns(head: TableHead) -> list[int]:
    """The columns a user can choose a role for: those with a header (a sheet that once had
    something typed in column ALL has hundreds without one, and they are never held)."""
    return [index for index, header in enumerate(head.headers) if header]


def read_for_import(
    kind: str,
    path: Path | str,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
) -> ImportPreview:
    """Read a file and match its columns; the caller may change the mapping, then `validate`.

    Only the columns with a header are read (the window offers those); `encoding` and `sheet`
    override the reader's choice of the text's encoding and the workbook's sheet.
    """
    if kind not in KINDS:
        raise ValueError(f"unknown import kind {kind!r}")
    from plan.tabular import file_display_name, read_table  # only when a file is imported

    path = Path(path)
    table = read_table(path, encoding=encoding, sheet=sheet, select=_named_columns)
    return ImportPreview(
        kind=kind,
        file_name=file_display_name(path),
        sha256=file_digest(path),
        table=table,
        mapping=auto_mapping(kind, table.headers),
    )


def _on_sheet(error: ImportRefused, head: TableHead) -> ImportRefused:
    """A mapping refused on a workbook names the sheet read and the others to choose from."""
    if head.source_format != "xlsx" or head.sheet_name is None:
        return error
    others = [n for n in head.sheet_names if n != head.sheet_name]
    where = f' (read from sheet "{head.sheet_name}"'
    if others:
        names = ", ".join(f'"{n}"' for n in others)
        where += f"; the workbook also has {names}: choose one with --sheet NAME"
    message = error.message + where + ")"
    params = {**error.params, "sheet": head.sheet_name, "sheets": ", ".join(others)}
    return ImportRefused(error.path, error.code, message, params)


def prepare_import(
    kind: str,
    path: Path | str,
    overrides: Iterable[tuple[str, str]] = (),
    *,
    encoding: str | None = None,
    sheet: str | None = None,
) -> ImportPreview:
    """Read, map (with the user's `COLUMN=ROLE` choices) and check a file: the CLI's one call.

    The mapping is settled as soon as the header is read, so only the mapped columns of each
    row are ever held (a 1,000-column export costs what its mapped columns cost).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown import kind {kind!r}")
    from plan.tabular import file_display_name, read_table  # only when a file is imported

    path = Path(path)
    choices = list(overrides)
    chosen: dict[int, str] = {}

    def select(head: TableHead) -> list[int]:
        mapping = apply_overrides(
            kind, head.headers, auto_mapping(kind, head.headers), choices, path
        )
        try:
            check_mapping(kind, mapping, path)
        except ImportRefused as error:
            raise _on_sheet(error, head) from None
        chosen.update(mapping)
        return sorted(mapping)

    table = read_table(path, encoding=encoding, sheet=sheet, select=select)
    position = {index: kept for kept, index in enumerate(sorted(chosen))}
    preview = ImportPreview(
        kind=kind,
        file_name=file_display_name(path),
        sha256=file_digest(path),
        table=table,
        mapping={position[index]: role for index, role in chosen.items()},
    )
    validate(preview)
    return preview


def parse_map_option(text: str) -> tuple[str, str]:
    """`COLUMN=ROLE` from the command line; a column may itself contain '=' (split at the last)."""
    column, sep, role = text.rpartition("=")
    if not sep or not column.strip():
        raise ValueError(f"--map wants COLUMN=ROLE, got {text!r}")
    return column, role

"""The whole plan as one JSON file, and a plan built (or changed) from one.

A consultant scripts a client's plan as data: `export-data` writes everything a plan holds,
`new --from` builds a plan from such a file, `apply` merges a partial one into a plan, and
`new --template` starts a plan with another's standards, goals and means. The file's shape is
declared once here (`DATA_SPEC`); the checks and the JSON Schema committed in the repository
(`docs/serviceplan-data.schema.json`, `json_schema()`) both come from it, so they cannot drift.

Every value first passes the shape's checks, which name the JSON path of the first bad value
(`goals[2].target: must be a number`); then it is written through the same store functions the
window uses, inside one `store.batch()` (one transaction, one change notice), and a store
refusal is named by its path too. Nothing is written unless all of it is.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import math
import re
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields, replace
from datetime import date
from pathlib import Path
from typing import Any

from plan import LANGUAGES
from plan.complaints import Complaint
from plan.economics import INPUTS as ECONOMICS_INPUTS
from plan.economics import EconomicsInputs
from plan.errors import InvalidValueError, PlanError
from plan.fields import MAX_AMOUNT
from plan.goals import MEANS_STATUSES, Goal, Means, measure_keys
from plan.imports import COMPLAINTS, MAX_LABEL_LENGTH, MAX_TEXT_LENGTH, SURVEY
from plan.migrations import SERVQUAL_ITEM_COUNT, SQLITE_MAGIC, WEIGHT_DIMENSIONS
from plan.own_words import DOCUMENT_SECTIONS, MAX_TITLE_LENGTH, TEXT_KEYS, OwnSection
from plan.problems import SIN_SCALE, SINS, STATUSES, Problem
from plan.profile import FIELD_SPECS, PROFILE_FIELDS, Profile
from plan.scoring import Answer
from plan.self_audit import ROOT_CAUSES, item_ids, structure
from plan.standards import DIRECTIONS, FREQUENCIES, Standard
from plan.store import PlanStore, Snapshot, StoredImport
from plan.waves import MAX_WAVE_LABEL

#: What the `format` field of every data file says.
FORMAT = "serviceplan-data"
#: The data file's version; a file with a higher one was written by a newer program.
VERSION = 1
#: Where the JSON Schema of the format is committed (tests check it matches `json_schema()`).
SCHEMA_FILE = "docs/serviceplan-data.schema.json"
#: A data file larger than this is refused before it is parsed.
MAX_DATA_BYTES = 512 * 1024 * 1024


class DataFileError(PlanError):
    """A data file that cannot be used: `json_path` names the first bad value in it."""

    def __init__(self, json_path: str, message: str, path: Path | str | None = None) -> None:
        self.json_path = json_path
        super().__init__(f"{json_path}: {message}" if json_path else message, path)


# -- the shape of a data file -----------------------------------------------------------------


@dataclass(frozen=True)
class Spec:
    """One value's shape; `nullable` lets it be JSON null."""

    nullable: bool = False


@dataclass(frozen=True)
class Text(Spec):
    limit: int | None = None
    choices: tuple[str, ...] = ()
    date: bool = False
    pattern: str | None = None


@dataclass(frozen=True)
class Number(Spec):
    minimum: float | None = None
    maximum: float | None = None
    whole: bool = False


@dataclass(frozen=True)
class Flag(Spec):
    pass


@dataclass(frozen=True)
class Record(Spec):
    """An object with named fields; other keys are unknown (warned, or refused with --strict)."""

    fields: dict[str, Spec] = field(default_factory=dict)
    required: tuple[str, ...] = ()


@dataclass(frozen=True)
class Keyed(Spec):
    """An object whose keys are ids (of `keys` when given), each with a value of one shape."""

    value: Spec = field(default_factory=Spec)
    keys: tuple[str, ...] | None = None


@dataclass(frozen=True)
class Many(Spec):
    item: Spec = field(default_factory=Spec)


#: The largest id a data file may give: any larger is no plan's, and SQLite's limit is near.
MAX_ID = 2**53
_ID = Number(minimum=1, maximum=MAX_ID, whole=True)
_LINKS = Many(item=_ID)
#: A self-audit score: 0–100 points.
_POINTS = Number(minimum=0, maximum=100, nullable=True)
#: Any other figure: within what the plan's own records allow (plan.fields.MAX_AMOUNT).
_AMOUNT = Number(minimum=-MAX_AMOUNT, maximum=MAX_AMOUNT)
_DATE = Text(date=True)


#: A shorter name a hand-written file may use for `business_name` (never written).
PROFILE_ALIASES = {"name": "business_name"}


def _profile_spec() -> Record:
    fields: dict[str, Spec] = {
        name: Text(limit=spec.max_length, choices=spec.choices)
        for name, spec in FIELD_SPECS.items()
    }
    for alias, name in PROFILE_ALIASES.items():
        fields[alias] = fields[name]
    return Record(fields=fields)


def _survey_row() -> Record:
    items = Number(minimum=1, maximum=7, nullable=True)
    return Record(
        fields={
            "source_row": Number(minimum=1, maximum=MAX_ID, whole=True, nullable=True),
            "date": Text(date=True, nullable=True),
            "segment": Text(limit=MAX_LABEL_LENGTH, nullable=True),
            "nps": Number(minimum=0, maximum=10, whole=True, nullable=True),
            "csat": Number(minimum=1, maximum=5, whole=True, nullable=True),
            "ces": Number(minimum=1, maximum=7, nullable=True),
            "comment": Text(limit=MAX_TEXT_LENGTH),
            **{f"{side}{n}": items for side in "ep" for n in range(1, SERVQUAL_ITEM_COUNT + 1)},
            **{
                f"w_{name}": Number(minimum=0, maximum=100, nullable=True)
                for name in WEIGHT_DIMENSIONS
            },
        }
    )


def _complaint_row() -> Record:
    return Record(
        fields={
            "source_row": Number(minimum=1, maximum=MAX_ID, whole=True, nullable=True),
            "date": Text(date=True, nullable=True),
            "category": Text(limit=MAX_LABEL_LENGTH),
            "description": Text(limit=MAX_TEXT_LENGTH),
            "resolved": Flag(),
            "segment": Text(limit=MAX_LABEL_LENGTH, nullable=True),
        }
    )


def _import_spec(row: Record) -> Record:
    return Record(
        fields={
            "id": _ID,
            "file_name": Text(limit=MAX_LABEL_LENGTH * 5),
            "sha256": Text(pattern="^[0-9a-f]{64}$"),
            "imported_at": Text(limit=40),
            "skipped": Number(minimum=0, maximum=MAX_ID, whole=True),
            "mapping": Keyed(value=Text(limit=MAX_LABEL_LENGTH)),
            # A survey import's wave (absent: the wave of its responses' month).
            "wave": Text(limit=MAX_WAVE_LABEL, nullable=True),
            "wave_date": Text(date=True, nullable=True),
            "rows": Many(item=row),
        },
        required=("file_name", "rows"),
    )


def _spec() -> Record:
    audit = structure()
    metric_ids = tuple(m["id"] for m in audit["metrics"])
    return Record(
        fields={
            "format": Text(choices=(FORMAT,)),
            "version": Number(minimum=1, whole=True),
            "language": Text(choices=LANGUAGES),
            "profile": _profile_spec(),
            "logo": Record(
                fields={"mime": Text(choices=("image/png", "image/jpeg")), "data": Text()},
                required=("data",),
                nullable=True,
            ),
            "self_audit": Record(
                fields={
                    "answers": Keyed(
                        value=Record(
                            fields={
                                "score": Number(minimum=1, maximum=5, whole=True, nullable=True),
                                "not_applicable": Flag(),
                                "note": Text(),
                            }
                        ),
                        keys=item_ids(),
                    ),
                    "metrics": Keyed(value=Number(), keys=metric_ids),
                    "snapshots": Many(
                        item=Record(
                            fields={
                                "id": _ID,
                                "taken_on": _DATE,
                                "label": Text(),
                                "service_index": _POINTS,
                                "dimensions": Keyed(value=_POINTS),
                                "metrics": Keyed(value=_AMOUNT),
                            },
                            required=("taken_on",),
                        )
                    ),
                }
            ),
            "survey_imports": Many(item=_import_spec(_survey_row())),
            "complaint_imports": Many(item=_import_spec(_complaint_row())),
            "complaints": Many(
                item=Record(
                    fields={
                        "id": _ID,
                        "date": Text(date=True, nullable=True),
                        "category": Text(),
                        "description": Text(),
                        "resolved": Flag(),
                        "segment": Text(limit=MAX_LABEL_LENGTH),
                    }
                )
            ),
            "complaint_categories": Many(item=Text(limit=MAX_LABEL_LENGTH)),
            "problems": Many(
                item=Record(
                    fields={
                        "id": _ID,
                        "title": Text(),
                        "description": Text(),
                        "evidence": Text(),
                        "touchpoint": Text(),
                        "frequency": Number(minimum=1, maximum=5, whole=True),
                        "impact": Number(minimum=1, maximum=5, whole=True),
                        "root_cause": Text(choices=ROOT_CAUSES),
                        "status": Text(choices=STATUSES),
                        "focus": Flag(nullable=True),
                        "suggestion_key": Text(nullable=True),
                    },
                    required=("title", "frequency", "impact", "root_cause"),
                )
            ),
            "dismissed_suggestions": Many(item=Text(limit=300)),
            "sins": Keyed(value=Text(choices=SIN_SCALE), keys=SINS),
            "standards": Many(
                item=Record(
                    fields={
                        "id": _ID,
                        "statement": Text(),
                        "touchpoint": Text(),
                        "indicator": Text(),
                        "target": Number(nullable=True),
                        "unit": Text(),
                        "direction": Text(choices=DIRECTIONS),
                        "measurement": Text(),
                        "frequency": Text(choices=("", *FREQUENCIES)),
                        "owner": Text(),
                        "template_id": Text(),
                        "problem_ids": _LINKS,
                    },
                    required=("statement",),
                )
            ),
            "goals": Many(
                item=Record(
                    fields={
                        "id": _ID,
                        "title": Text(),
                        "measure": Text(choices=("", *measure_keys())),
                        "indicator": Text(),
                        "baseline": Number(nullable=True),
                        "target": Number(nullable=True),
                        "unit": Text(),
                        "higher_is_better": Flag(),
                        "deadline": Text(),
                        "owner": Text(),
                        "problem_ids": _LINKS,
                        "segment": Text(limit=MAX_LABEL_LENGTH),
                    },
                    required=("title",),
                )
            ),
            "means": Many(
                item=Record(
                    fields={
                        "id": _ID,
                        "action": Text(),
                        "description": Text(),
                        "kind": Text(choices=ROOT_CAUSES),
                        "form": Text(),
                        "owner": Text(),
                        "start": Text(),
                        "end": Text(),
                        "budget": Number(minimum=0),
                        "status": Text(choices=MEANS_STATUSES),
                        "goal_id": Number(minimum=1, maximum=MAX_ID, whole=True, nullable=True),
                        "template_id": Text(),
                    },
                    required=("action", "kind"),
                )
            ),
            "economics": Record(
                fields={
                    "customers": Number(minimum=0, nullable=True),
                    "revenue_per_customer": Number(minimum=0, nullable=True),
                    "customers_lost": Number(minimum=0, nullable=True),
                    "poor_service_share": Number(minimum=0, maximum=1),
                    "replacement_factor": Number(minimum=0, maximum=1000),
                    "currency": Text(limit=12),
                }
            ),
            # The consultant's own words in the Service Plan (plan.own_words).
            "own_words": Record(
                fields={
                    "texts": Keyed(value=Text(limit=MAX_TEXT_LENGTH), keys=TEXT_KEYS),
                    "sections": Many(
                        item=Record(
                            fields={
                                "id": _ID,
                                "title": Text(limit=MAX_TITLE_LENGTH),
                                "text": Text(limit=MAX_TEXT_LENGTH),
                                "after": Text(choices=DOCUMENT_SECTIONS),
                            },
                            required=("title",),
                        )
                    ),
                }
            ),
        },
        required=("format", "version"),
    )


DATA_SPEC = _spec()
#: The parts of a plan a data file may hold, in the order they are written.
SECTIONS: tuple[str, ...] = tuple(k for k in DATA_SPEC.fields if k not in ("format", "version"))
#: What a template carries: the plan's approach, none of its client's data.
TEMPLATE_SECTIONS: tuple[str, ...] = (
    "language",
    "complaint_categories",
    "standards",
    "goals",
    "means",
    "own_words",
)
_TEMPLATE_PROFILE = ("prepared_by", "preparer_name", "consultant_firm")
_TEMPLATE_ECONOMICS = ("poor_service_share", "replacement_factor", "currency")


# -- checking a value against its shape -------------------------------------------------------


def _key(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


def _number_text(value: float) -> str:
    return f"{value:g}"


def _check(spec: Spec, value: Any, path: str, unknown: list[str]) -> None:
    """Raise DataFileError naming `path` if `value` does not fit `spec`; list unknown keys."""
    if value is None:
        if spec.nullable:
            return
        raise DataFileError(path, "must not be null")
    if isinstance(spec, Text):
        if not isinstance(value, str):
            raise DataFileError(path, "must be text")
        if spec.choices and value not in spec.choices:
            shown = ", ".join(repr(c) for c in spec.choices[:12])
            more = " …" if len(spec.choices) > 12 else ""
            raise DataFileError(path, f"{value!r} is not one of {shown}{more}")
        if spec.limit is not None and len(value) > spec.limit:
            raise DataFileError(
                path, f"is {len(value)} characters long; at most {spec.limit} are allowed"
            )
        if spec.date and not _is_date(value):
            raise DataFileError(path, f"{value!r} is not a date like 2026-12-31")
        if spec.pattern is not None and not re.match(spec.pattern, value):
            raise DataFileError(path, f"{value!r} is not in the expected form")
    elif isinstance(spec, Number):
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise DataFileError(path, "must be a number")
        if not math.isfinite(value):
            raise DataFileError(path, "must be a finite number")
        if spec.whole and value != int(value):
            raise DataFileError(path, "must be a whole number")
        if spec.minimum is not None and value < spec.minimum:
            raise DataFileError(path, f"must be at least {_number_text(spec.minimum)}")
        if spec.maximum is not None and value > spec.maximum:
            raise DataFileError(path, f"must be at most {_number_text(spec.maximum)}")
    elif isinstance(spec, Flag):
        if not isinstance(value, bool):
            raise DataFileError(path, "must be true or false")
    elif isinstance(spec, Record):
        if not isinstance(value, dict):
            raise DataFileError(path, "must be an object")
        for name in spec.required:
            if name not in value:
                raise DataFileError(_key(path, name), "is missing")
        for name, item in value.items():
            inner = spec.fields.get(name)
            if inner is None:
                unknown.append(_key(path, name))
            else:
                _check(inner, item, _key(path, name), unknown)
    elif isinstance(spec, Keyed):
        if not isinstance(value, dict):
            raise DataFileError(path, "must be an object")
        for name, item in value.items():
            if spec.keys is not None and name not in spec.keys:
                raise DataFileError(_key(path, name), "is not a known id here")
            _check(spec.value, item, _key(path, name), unknown)
    elif isinstance(spec, Many):
        if not isinstance(value, list):
            raise DataFileError(path, "must be a list")
        for index, item in enumerate(value):
            _check(spec.item, item, f"{path}[{index}]", unknown)
        _check_ids(value, path)


def _is_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return len(value) == 10


def _check_ids(items: list[Any], path: str) -> None:
    """Ids within one list are each given once: they are what links point at."""
    seen: set[int] = set()
    for index, item in enumerate(items):
        if isinstance(item, dict) and item.get("id") is not None:
            number = int(item["id"])
            if number in seen:
                raise DataFileError(f"{path}[{index}].id", f"{number} is given twice")
            seen.add(number)


def check_data(data: Any) -> list[str]:
    """Check a parsed data file against the format; returns the unknown keys' paths.

    `format` and `version` are checked first: a file of a newer version may have another
    shape, and is refused as newer rather than as wrong.
    """
    if not isinstance(data, dict):
        raise DataFileError("", "the file must hold one JSON object, not a list or a value")
    if data.get("format") != FORMAT:
        raise DataFileError("format", f'must be "{FORMAT}" (this is not a plan data file)')
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise DataFileError("version", "must be a whole number from 1")
    if version > VERSION:
        raise DataFileError(
            "version",
            f"is {version}: the file was written by a newer version of this program (this one"
            f" reads up to version {VERSION}); update the program to read it",
        )
    unknown: list[str] = []
    _check(DATA_SPEC, data, "", unknown)
    return unknown


def parse_data(text: str, path: Path | str | None = None) -> tuple[dict[str, Any], list[str]]:
    """Parse and check a data file's text; returns it and its unknown keys."""

    def no_constants(name: str) -> Any:
        raise ValueError(f"{name} is not a JSON number")

    try:
        data = json.loads(text, parse_constant=no_constants)
    except json.JSONDecodeError as exc:
        ended = exc.pos >= len(text.rstrip())
        why = "it ends before the JSON is complete (truncated?)" if ended else exc.msg
        raise DataFileError(
            "", f"is not valid JSON (line {exc.lineno}, column {exc.colno}: {why})", path
        ) from None
    except (ValueError, RecursionError) as exc:
        raise DataFileError("", f"is not valid JSON ({exc})", path) from None
    try:
        unknown = check_data(data)
    except DataFileError as exc:
        raise DataFileError(exc.json_path, _bare(exc), path) from None
    return data, unknown


def read_data_file(path: Path | str) -> tuple[dict[str, Any], list[str]]:
    """Read, parse and check a data file; returns it and its unknown keys (paths)."""
    path = Path(path)
    if path.is_dir():
        raise PlanError("is a folder, not a data file", path)
    with path.open("rb") as handle:
        raw = handle.read(MAX_DATA_BYTES + 1)
    if len(raw) > MAX_DATA_BYTES:
        raise DataFileError("", f"is larger than {MAX_DATA_BYTES // 2**20} MB", path)
    if not raw.strip():
        raise DataFileError("", "is empty, not a plan data file", path)
    if raw.startswith(SQLITE_MAGIC):
        raise DataFileError(
            "",
            "is a plan (or another database), not a data file; export-data writes a plan's"
            " data file, and new --template takes a plan as it is",
            path,
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataFileError(
            "", f"is not UTF-8 text (byte {exc.start + 1}); JSON files are UTF-8", path
        ) from None
    return parse_data(text, path)


def _bare(exc: DataFileError) -> str:
    """The message of a DataFileError without its path prefix (to re-raise it with a file)."""
    prefix = f"{exc.json_path}: "
    return exc.message[len(prefix) :] if exc.message.startswith(prefix) else exc.message


# -- the JSON Schema --------------------------------------------------------------------------


def _schema_of(spec: Spec) -> dict[str, Any]:
    schema: dict[str, Any]
    if isinstance(spec, Text):
        schema = {"type": "string"}
        if spec.choices:
            schema["enum"] = list(spec.choices)
        if spec.limit is not None:
            schema["maxLength"] = spec.limit
        if spec.date:
            schema["format"] = "date"
        if spec.pattern is not None:
            schema["pattern"] = spec.pattern
    elif isinstance(spec, Number):
        schema = {"type": "integer" if spec.whole else "number"}
        if spec.minimum is not None:
            schema["minimum"] = spec.minimum
        if spec.maximum is not None:
            schema["maximum"] = spec.maximum
    elif isinstance(spec, Flag):
        schema = {"type": "boolean"}
    elif isinstance(spec, Record):
        schema = {
            "type": "object",
            "properties": {name: _schema_of(inner) for name, inner in spec.fields.items()},
            "additionalProperties": False,
        }
        if spec.required:
            schema["required"] = list(spec.required)
    elif isinstance(spec, Keyed):
        schema = {"type": "object", "additionalProperties": _schema_of(spec.value)}
        if spec.keys is not None:
            schema["propertyNames"] = {"enum": list(spec.keys)}
    elif isinstance(spec, Many):
        schema = {"type": "array", "items": _schema_of(spec.item)}
    else:
        raise TypeError(spec)
    if spec.nullable:
        kind = schema.get("type")
        schema["type"] = [kind, "null"]
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
    return schema


def json_schema() -> dict[str, Any]:
    """The format as a JSON Schema (draft 2020-12), committed as `SCHEMA_FILE`.

    It describes the strict form (`--strict`): without it, unknown keys are listed in a
    warning and left out rather than refused.
    """
    schema = _schema_of(DATA_SPEC)
    schema["properties"]["format"] = {"const": FORMAT}
    schema["properties"]["version"] = {"type": "integer", "minimum": 1, "maximum": VERSION}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://serviceplan.invalid/serviceplan-data.schema.json",
        "title": "Service Plan data file",
        "description": "Everything a Service Plan holds, as written by `main.py export-data` and"
        " read by `main.py new --from`, `new --template` and `apply`. See README.md.",
        **schema,
    }


# -- writing a plan's data --------------------------------------------------------------------


def _without_none(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if v is not None and v != ""}


def _import_entry(store: PlanStore, stored: StoredImport) -> dict[str, Any]:
    assert stored.id is not None
    columns, rows = store.imports.rows_of(stored.id, stored.kind)
    entries = [dict(zip(columns, row, strict=True)) for row in rows]
    if stored.kind == COMPLAINTS:
        for entry in entries:
            entry["resolved"] = bool(entry["resolved"])
    return {
        "id": stored.id,
        "file_name": stored.file_name,
        "sha256": stored.sha256,
        "imported_at": stored.imported_at,
        "skipped": stored.skipped,
        "mapping": stored.mapping,
        **({"wave": stored.wave, "wave_date": stored.wave_date} if stored.wave else {}),
        "rows": [_without_none(e) if stored.kind == SURVEY else e for e in entries],
    }


def _record(value: Any, *, drop: tuple[str, ...] = ()) -> dict[str, Any]:
    result = {f.name: getattr(value, f.name) for f in fields(value) if f.name not in drop}
    for name, item in result.items():
        if isinstance(item, tuple):
            result[name] = list(item)
    if "id" in result:
        result = {"id": result.pop("id"), **result}
    return result


def export_data(store: PlanStore) -> dict[str, Any]:
    """Everything the plan holds, in the data file's shape (see `DATA_SPEC`)."""
    logo = store.profile.logo()
    audit = store.self_audit
    stored = store.imports.stored()
    return {
        "format": FORMAT,
        "version": VERSION,
        "language": store.language(),
        "profile": _record(store.profile.get()),
        "logo": None
        if logo is None
        else {"mime": logo.mime, "data": base64.b64encode(logo.data).decode("ascii")},
        "self_audit": {
            "answers": {
                item_id: _record(answer) for item_id, answer in sorted(audit.answers().items())
            },
            "metrics": dict(sorted(audit.metric_values().items())),
            "snapshots": [_record(snapshot) for snapshot in audit.snapshots()],
        },
        "survey_imports": [_import_entry(store, s) for s in stored if s.kind == SURVEY],
        "complaint_imports": [_import_entry(store, s) for s in stored if s.kind == COMPLAINTS],
        "complaints": [
            _record(c, drop=("import_id",)) for c in store.complaints.all() if c.import_id is None
        ],
        "complaint_categories": store.complaints.stored_categories(),
        "problems": [_record(p) for p in store.problems.all()],
        "dismissed_suggestions": sorted(store.problems.dismissed_suggestions()),
        "sins": dict(sorted(store.problems.sin_observations().items())),
        "standards": [_record(s) for s in store.standards.all()],
        "goals": [_record(g) for g in store.goals.all()],
        "means": [_record(m) for m in store.means.all()],
        "economics": _record(store.economics.inputs()),
        "own_words": _own_words(store),
    }


def _own_words(store: PlanStore) -> dict[str, Any]:
    own = store.own_words.get()
    return {
        "texts": {key: own.texts[key] for key in TEXT_KEYS if key in own.texts},
        "sections": [_record(section) for section in own.sections],
    }


def export_sections(store: PlanStore, sections: set[str] | frozenset[str]) -> dict[str, Any]:
    """The plan's data for only these sections (what undo of an `apply` puts back)."""
    data = export_data(store)
    return {k: v for k, v in data.items() if k in ("format", "version") or k in sections}


def sections_of(data: dict[str, Any]) -> frozenset[str]:
    """The sections a (checked) data file holds."""
    return frozenset(k for k in data if k in SECTIONS)


def template_data(data: dict[str, Any]) -> dict[str, Any]:
    """A plan's data made a template: its standards, goals, means and category list, the
    preparer's own profile fields and the calculator's settings; none of the client's records
    (answers, responses, complaints, problems) and so no links to problems."""
    result: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for section in TEMPLATE_SECTIONS:
        if section in data:
            result[section] = data[section]
    for section in ("standards", "goals"):
        if section in result:
            result[section] = [{**entry, "problem_ids": []} for entry in result[section]]
    if "profile" in data:
        result["profile"] = {k: v for k, v in data["profile"].items() if k in _TEMPLATE_PROFILE}
    if "economics" in data:
        economics = data["economics"]
        result["economics"] = {k: v for k, v in economics.items() if k in _TEMPLATE_ECONOMICS}
    return result


# -- building a plan from data ----------------------------------------------------------------


@contextmanager
def _at(path: str, *, itself: tuple[str, ...] = ()) -> Iterator[None]:
    """A store refusal while writing the value at `path` names that path and the field the
    store names in it (`goals[2]` + `target`); fields in `itself` are the value at `path`."""
    try:
        yield
    except DataFileError:
        raise
    except InvalidValueError as exc:
        prefix = f"{exc.field}: "
        text = exc.message[len(prefix) :] if exc.message.startswith(prefix) else exc.message
        last = re.split(r"[.\[]", path)[-1]
        where = path if exc.field in (last, *itself) else _key(path, exc.field)
        raise DataFileError(where, text) from None


#: Fields that hold whole numbers (a JSON 3.0 is stored as the integer 3).
_WHOLE = frozenset({"id", "goal_id", "frequency", "impact", "source_row", "nps", "csat", "score"})


def _whole(name: str, value: Any) -> Any:
    return int(value) if name in _WHOLE and isinstance(value, float) else value


def _fields_of(cls: type, entry: dict[str, Any]) -> dict[str, Any]:
    names = {f.name for f in fields(cls)}
    values = {k: _whole(k, v) for k, v in entry.items() if k in names}
    if "problem_ids" in values:
        values["problem_ids"] = tuple(int(i) for i in values["problem_ids"])
    return values


def load_data(
    store: PlanStore,
    data: dict[str, Any],
    *,
    replace_all: bool,
    source: Path | str | None = None,
) -> None:
    """Write a checked data file into `store` as one change (all of it or nothing).

    A list section present replaces the plan's list (ids in the file are kept: they are what
    links point at); a keyed section (profile, answers, metrics, sins, economics) sets the keys
    it gives, and with `replace_all` also clears the keys it does not give. Sections absent
    are left as they are. Links to problems or goals not in the file point at the plan's own.
    """
    try:
        with store.batch():
            _Loader(store, data, replace_all).run()
    except DataFileError as exc:
        if source is None or exc.path is not None:
            raise
        raise DataFileError(exc.json_path, _bare(exc), source) from None


class _Loader:
    def __init__(self, store: PlanStore, data: dict[str, Any], replace_all: bool) -> None:
        self.store = store
        self.data = data
        self.replace_all = replace_all

    def run(self) -> None:
        data = self.data
        if "language" in data:
            with _at("language"):
                self.store.set_language(data["language"])
        if "profile" in data:
            self._profile(data["profile"])
        if "logo" in data:
            self._logo(data["logo"])
        if "self_audit" in data:
            self._self_audit(data["self_audit"])
        if "complaint_categories" in data:
            with _at("complaint_categories"):
                self.store.complaints.set_categories(list(data["complaint_categories"]))
        if "complaints" in data:
            self._complaints(data["complaints"])
        for section, kind in (("survey_imports", SURVEY), ("complaint_imports", COMPLAINTS)):
            if section in data:
                self._imports(section, kind, data[section])
        if "problems" in data:
            self._problems(data["problems"])
        if "dismissed_suggestions" in data:
            self._dismissed(data["dismissed_suggestions"])
        if "sins" in data:
            self._sins(data["sins"])
        if "standards" in data:
            self._standards(data["standards"])
        if "goals" in data:
            self._goals(data["goals"])
        if "means" in data:
            self._means(data["means"])
        if "economics" in data:
            self._economics(data["economics"])
        if "own_words" in data:
            self._own_words(data["own_words"])

    def _own_words(self, own: dict[str, Any]) -> None:
        """Texts given are set (with `replace_all`, the others cleared); a list of sections
        replaces the plan's."""
        store = self.store.own_words
        texts = own.get("texts", {})
        for key in TEXT_KEYS:
            if key in texts or (self.replace_all and "texts" in own):
                with _at(f"own_words.texts.{key}", itself=(f"own_text.{key}",)):
                    store.set_text(key, texts.get(key, ""))
        if "sections" in own:
            for old in store.sections():
                assert old.id is not None
                store.delete(old.id)
            for index, entry in enumerate(own["sections"]):
                with _at(f"own_words.sections[{index}]"):
                    # A hand-written file may leave out the id (a new section) or the text.
                    values = {"id": None, "text": "", **_fields_of(OwnSection, entry)}
                    store.add(OwnSection(**values))

    # keyed sections

    def _profile(self, values: dict[str, Any]) -> None:
        values = dict(values)
        for alias, name in PROFILE_ALIASES.items():
            if alias in values:
                if name in values and values[name] != values[alias]:
                    raise DataFileError(
                        f"profile.{alias}", f"differs from profile.{name}; give one of them"
                    )
                values[name] = values.pop(alias)
        defaults = Profile()
        for name in PROFILE_FIELDS:
            if name in values:
                value = values[name]
            elif self.replace_all:
                value = getattr(defaults, name)
            else:
                continue
            with _at("profile"):
                self.store.profile.set_field(name, value)

    def _logo(self, logo: dict[str, Any] | None) -> None:
        if logo is None:
            self.store.profile.set_logo(None)
            return
        try:
            raw = base64.b64decode(logo["data"], validate=True)
        except (binascii.Error, ValueError):
            raise DataFileError("logo.data", "is not base64 text") from None
        with _at("logo.data", itself=("logo",)):
            self.store.profile.set_logo(raw)

    def _self_audit(self, audit: dict[str, Any]) -> None:
        store = self.store.self_audit
        if "answers" in audit:
            answers = audit["answers"]
            clear = set(store.answers()) - set(answers) if self.replace_all else set()
            for item_id in sorted(clear):
                store.set_answer(item_id, None)
            for item_id, entry in answers.items():
                answer = Answer(
                    _whole("score", entry.get("score")),
                    bool(entry.get("not_applicable", False)),
                    entry.get("note", ""),
                )
                with _at(f"self_audit.answers.{item_id}", itself=("answer",)):
                    store.set_answer(item_id, answer)
        if "metrics" in audit:
            metrics = audit["metrics"]
            if self.replace_all:
                for metric_id in sorted(set(store.metric_values()) - set(metrics)):
                    store.set_metric(metric_id, None)
            for metric_id, value in metrics.items():
                with _at("self_audit.metrics"):
                    store.set_metric(metric_id, value)
        if "snapshots" in audit:
            for old in store.snapshots():
                assert old.id is not None
                store.delete_snapshot(old.id)
            for index, entry in enumerate(audit["snapshots"]):
                snapshot = Snapshot(
                    taken_on=entry["taken_on"],
                    service_index=entry.get("service_index"),
                    dimensions=dict(entry.get("dimensions", {})),
                    metrics={k: float(v) for k, v in entry.get("metrics", {}).items()},
                    label=entry.get("label", ""),
                    id=_whole("id", entry.get("id")),
                )
                with _at(f"self_audit.snapshots[{index}]"):
                    store.add_snapshot(snapshot)

    def _sins(self, sins: dict[str, str]) -> None:
        store = self.store.problems
        for sin in SINS:
            if sin in sins:
                store.set_sin_observation(sin, sins[sin])
            elif self.replace_all:
                store.set_sin_observation(sin, None)

    def _economics(self, values: dict[str, Any]) -> None:
        defaults = EconomicsInputs()
        for name in ECONOMICS_INPUTS:
            if name in values:
                value = values[name]
            elif self.replace_all:
                value = getattr(defaults, name)
            else:
                continue
            with _at("economics"):
                self.store.economics.set_input(name, value)

    # list sections

    def _complaints(self, entries: list[dict[str, Any]]) -> None:
        store = self.store.complaints
        for old in store.all():
            if old.import_id is None and old.id is not None:
                store.delete(old.id)
        for index, entry in enumerate(entries):
            complaint = Complaint(
                date=entry.get("date"),
                category=entry.get("category", ""),
                description=entry.get("description", ""),
                resolved=bool(entry.get("resolved", False)),
                id=_whole("id", entry.get("id")),
                segment=entry.get("segment", ""),
            )
            if complaint.id is not None and _taken(self.store, "complaints", complaint.id):
                complaint = replace(complaint, id=None)  # an imported row has it: a new one
            with _at(f"complaints[{index}]"):
                store.add(complaint)

    def _imports(self, section: str, kind: str, entries: list[dict[str, Any]]) -> None:
        store = self.store.imports
        for old in store.stored():
            if old.kind == kind and old.id is not None:
                store.delete(old.id)
        row_spec = _survey_row() if kind == SURVEY else _complaint_row()
        columns = tuple(row_spec.fields)
        for index, entry in enumerate(entries):
            rows: list[tuple[Any, ...]] = []
            for row in entry["rows"]:
                values = [_whole(column, row.get(column)) for column in columns]
                if kind == SURVEY:
                    comment = columns.index("comment")
                    values[comment] = (values[comment] or "").strip()
                    segment = columns.index("segment")
                    if values[segment] is not None:
                        values[segment] = " ".join(values[segment].split()) or None
                else:
                    values[columns.index("category")] = " ".join(
                        (row.get("category") or "").split()
                    )
                    values[columns.index("description")] = (row.get("description") or "").strip()
                    values[columns.index("resolved")] = int(bool(row.get("resolved", False)))
                rows.append(tuple(values))
            import_id = _whole("id", entry.get("id"))
            if import_id is not None and _taken(self.store, "imports", import_id):
                import_id = None  # the other kind's import has it: a new one
            sha = (
                entry.get("sha256")
                or hashlib.sha256(
                    json.dumps(entry["rows"], sort_keys=True, ensure_ascii=False).encode("utf-8")
                ).hexdigest()
            )
            record = StoredImport(
                kind=kind,
                file_name=entry["file_name"],
                sha256=sha,
                imported_at=entry.get("imported_at", ""),
                rows=len(rows),
                skipped=int(entry.get("skipped", 0)),
                mapping=dict(entry.get("mapping", {})),
                id=import_id,
                wave=entry.get("wave") if kind == SURVEY else None,
                wave_date=entry.get("wave_date") if kind == SURVEY else None,
            )
            with _at(f"{section}[{index}]"):
                store.add_rows(record, columns, rows)

    def _problems(self, entries: list[dict[str, Any]]) -> None:
        store = self.store.problems
        # Links of records this file does not replace are put back to the same ids after.
        links = {
            "standards": {s.id: s.problem_ids for s in self.store.standards.all()},
            "goals": {g.id: g.problem_ids for g in self.store.goals.all()},
        }
        for old in store.all():
            assert old.id is not None
            store.delete(old.id)
        for index, entry in enumerate(entries):
            with _at(f"problems[{index}]"):
                store.add(Problem(**_fields_of(Problem, entry)))
        known = {p.id for p in store.all()}
        if "standards" not in self.data:
            for standard in self.store.standards.all():
                again = tuple(i for i in links["standards"].get(standard.id, ()) if i in known)
                if again != standard.problem_ids:
                    self.store.standards.update(replace(standard, problem_ids=again))
        if "goals" not in self.data:
            for goal in self.store.goals.all():
                again = tuple(i for i in links["goals"].get(goal.id, ()) if i in known)
                if again != goal.problem_ids:
                    self.store.goals.update(replace(goal, problem_ids=again))

    def _dismissed(self, keys: list[str]) -> None:
        store = self.store.problems
        wanted = set(keys)
        for key in sorted(store.dismissed_suggestions() - wanted):
            store.set_suggestion_dismissed(key, False)
        for index, key in enumerate(keys):
            with _at(f"dismissed_suggestions[{index}]"):
                store.set_suggestion_dismissed(key, True)

    def _check_links(self, path: str, problem_ids: list[int]) -> None:
        known = {p.id for p in self.store.problems.all()}
        for position, problem_id in enumerate(problem_ids):
            if problem_id not in known:
                where = "in the file" if "problems" in self.data else "in the plan"
                raise DataFileError(
                    f"{path}.problem_ids[{position}]", f"there is no problem {problem_id} {where}"
                )

    def _standards(self, entries: list[dict[str, Any]]) -> None:
        store = self.store.standards
        for old in store.all():
            assert old.id is not None
            store.delete(old.id)
        for index, entry in enumerate(entries):
            path = f"standards[{index}]"
            self._check_links(path, entry.get("problem_ids", []))
            with _at(path):
                store.add(Standard(**_fields_of(Standard, entry)))

    def _goals(self, entries: list[dict[str, Any]]) -> None:
        store = self.store.goals
        means_goals = {m.id: m.goal_id for m in self.store.means.all()}
        for old in store.all():
            assert old.id is not None
            store.delete(old.id)
        for index, entry in enumerate(entries):
            path = f"goals[{index}]"
            self._check_links(path, entry.get("problem_ids", []))
            with _at(path):
                store.add(Goal(**_fields_of(Goal, entry)))
        if "means" not in self.data:
            # Means this file leaves as they are keep working towards their goal's id.
            known = {g.id for g in store.all()}
            for means in self.store.means.all():
                old_goal = means_goals.get(means.id)
                if old_goal is not None and old_goal in known and means.goal_id != old_goal:
                    self.store.means.update(replace(means, goal_id=old_goal))

    def _means(self, entries: list[dict[str, Any]]) -> None:
        store = self.store.means
        for old in store.all():
            assert old.id is not None
            store.delete(old.id)
        known = {g.id for g in self.store.goals.all()}
        for index, entry in enumerate(entries):
            path = f"means[{index}]"
            goal_id = entry.get("goal_id")
            if goal_id is not None and goal_id not in known:
                where = "in the file" if "goals" in self.data else "in the plan"
                raise DataFileError(f"{path}.goal_id", f"there is no goal {goal_id} {where}")
            with _at(path):
                store.add(Means(**_fields_of(Means, entry)))


def _taken(store: PlanStore, table: str, record_id: int) -> bool:
    found = store.conn.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone()
    return found is not None


def read_template(path: Path | str) -> tuple[dict[str, Any], list[str]]:
    """A template from another plan (read-only) or a data file; returns it and the data
    file's unknown keys."""
    from plan.outputs import is_service_plan

    path = Path(path)
    if is_service_plan(path):
        store = PlanStore.open(path, readonly=True)
        try:
            return template_data(export_data(store)), []
        finally:
            store.close()
    data, unknown = read_data_file(path)
    return template_data(data), unknown


# -- files ------------------------------------------------------------------------------------


def data_file_text(data: dict[str, Any]) -> str:
    """A data file's text: UTF-8 JSON, indented, keys in the format's order; each imported row
    on one line (100,000 responses stay readable, diffable and quick to write)."""
    marker = secrets.token_hex(8)
    rows: dict[str, list[Any]] = {}
    skeleton = dict(data)
    for section in ("survey_imports", "complaint_imports"):
        entries = data.get(section)
        if not isinstance(entries, list):
            continue
        skeleton[section] = []
        for entry in entries:
            if isinstance(entry, dict) and isinstance(entry.get("rows"), list) and entry["rows"]:
                key = f"{marker}-{len(rows)}"
                rows[key] = entry["rows"]
                entry = {**entry, "rows": key}
            skeleton[section].append(entry)
    text = json.dumps(skeleton, ensure_ascii=False, indent=2)
    for key, entries in rows.items():
        lines = ",\n".join(
            "        " + json.dumps(row, ensure_ascii=False, separators=(", ", ": "))
            for row in entries
        )
        text = text.replace(json.dumps(key), "[\n" + lines + "\n      ]", 1)
    return text + "\n"

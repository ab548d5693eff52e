"""The plan file: open, check, migrate, read and edit a `*.svcplan` SQLite database.

Every edit is one function here, committed in one transaction before it returns, after which
listeners are told what changed. Nothing is cached: reads go to the file, so what is shown is
what is saved.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import secrets
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from plan import LANGUAGES, backups, validation
from plan.complaints import (
    Complaint,
    default_categories,
    validate_categories,
    validate_complaint,
)
from plan.economics import INPUTS as ECONOMICS_INPUTS
from plan.economics import EconomicsInputs
from plan.economics import validate_input as validate_economics_input
from plan.errors import (
    ChangedPlanError,
    CorruptPlanError,
    DiskFullError,
    InvalidValueError,
    NewerPlanError,
    NotAPlanError,
    PlanError,
    PlanExistsError,
    PlanInUseError,
    ReadOnlyPlanError,
    UnsafeTargetError,
)
from plan.goals import Goal, Means, validate_goal, validate_means
from plan.images import Logo, validate_logo
from plan.imports import COMPLAINTS, SURVEY, ImportPreview, PreviousImport
from plan.lock import WriterLock, held_in_this_process
from plan.migrations import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    SERVQUAL_ITEM_COUNT,
    WEIGHT_DIMENSIONS,
    apply_migrations,
    schema_version,
)
from plan.problems import SIN_SCALE, SINS, Problem, validate_problem
from plan.profile import PROFILE_FIELDS, Profile, validate_field
from plan.scoring import Answer
from plan.self_audit import item_ids, metric_spec
from plan.standards import Standard, validate_standard

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

PLAN_SUFFIX = ".svcplan"
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class PlanChange:
    """What an edit touched: a section of the plan and, where it helps, the keys within it."""

    section: str
    keys: frozenset[str] = field(default_factory=frozenset)


Listener = Callable[[PlanChange], None]

MAX_NOTE_LENGTH = 2000

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


_COMPLAINT_COLUMNS = "id, date, category, description, resolved, import_id"
_PROBLEM_COLUMNS = (
    "id, title, description, evidence, touchpoint, frequency, impact, root_cause, status,"
    " focus, suggestion_key"
)


def _complaint(row: Any) -> Complaint:
    """A `complaints` row, selected as _COMPLAINT_COLUMNS, as a record."""
    return Complaint(row[1], row[2], row[3], bool(row[4]), id=row[0], import_id=row[5])


def _problem(row: Any) -> Problem:
    """A `problems` row, selected as _PROBLEM_COLUMNS, as a record."""
    return Problem(
        id=row[0],
        title=row[1],
        description=row[2],
        evidence=row[3],
        touchpoint=row[4],
        frequency=row[5],
        impact=row[6],
        root_cause=row[7],
        status=row[8],
        focus=None if row[9] is None else bool(row[9]),
        suggestion_key=row[10],
    )


@dataclass(frozen=True)
class AcceptedSuggestion:
    """A suggestion turned into a problem, and whether it had been dismissed before (so undo
    puts the plan back exactly as it was)."""

    problem: Problem
    was_dismissed: bool


@dataclass(frozen=True)
class RemovedImport:
    """An import taken out of the plan, with its rows, so undo can put it back as it was."""

    id: int
    record: tuple[object, ...]
    columns: tuple[str, ...]
    rows: list[tuple[object, ...]]


@dataclass(frozen=True)
class Snapshot:
    """Scores as they were on a date: the record of a (re)assessment, kept to show progress."""

    taken_on: str
    service_index: float | None
    dimensions: dict[str, float | None]
    metrics: dict[str, float]
    label: str = ""
    id: int | None = None


def _looks_like_text(head: bytes) -> bool:
    for encoding in ("utf-8-sig", "utf-16", "cp1251"):
        try:
            # Incremental: the first 100 bytes may end inside a character (CJK is 3 bytes each).
            text = codecs.getincrementaldecoder(encoding)().decode(head)
        except UnicodeError:  # not only UnicodeDecodeError: UTF-16 without a BOM raises this
            continue
        if all(ch.isprintable() or ch in "\r\n\t" for ch in text[:-1]):
            return True
    return False


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _has_journal(path: Path) -> bool:
    """Whether a rollback journal lies beside the plan: a commit is under way, or a process
    died in one (then SQLite rolls the plan back to its last commit on the next writable open;
    until then the file itself may look short or half-written, but it is not damaged)."""
    try:
        return _journal(path).stat().st_size > 0
    except OSError:
        return False


def check_file(path: Path) -> None:
    """Byte-level checks that need no database connection and never write.

    Catches what SQLite would report obscurely, or not at all: empty files, other formats,
    other programs' databases, and truncation (the header states the size the file must have).
    """
    if not path.exists():
        raise PlanError("no such file", path)
    if path.is_dir():
        raise NotAPlanError("is a folder, not a service plan file", path)
    size = path.stat().st_size
    if size == 0:
        raise NotAPlanError("is empty (0 bytes), not a service plan", path)
    with path.open("rb") as handle:
        head = handle.read(100)
    if not head.startswith(_SQLITE_MAGIC):
        kind = "a text file" if _looks_like_text(head) else "not a SQLite database"
        raise NotAPlanError(f"is not a service plan ({kind})", path)
    if len(head) < 100:
        raise CorruptPlanError(f"is truncated ({size} bytes; the header alone is 100)", path)
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    change_counter, page_count = struct.unpack(">II", head[24:32])
    (valid_for,) = struct.unpack(">I", head[92:96])
    if (
        valid_for == change_counter
        and page_count
        and size < page_count * page_size
        and not _has_journal(path)  # killed mid-commit: the journal restores it (reliability)
    ):
        raise CorruptPlanError(
            f"is truncated: {size} bytes on disk, {page_count * page_size} expected; "
            "restore it from a backup",
            path,
        )
    (application_id,) = struct.unpack(">I", head[68:72])
    if application_id != APPLICATION_ID:
        raise NotAPlanError("is a SQLite database of another program, not a service plan", path)


def _text(data: bytes) -> str:
    """Text as stored; bytes that are not UTF-8 (another program wrote them) read as U+FFFD,
    where the default would raise on every read of that row. (reliability)"""
    return data.decode("utf-8", errors="replace")


def _connect(
    target: str, *, uri: bool = False, check_same_thread: bool = True
) -> sqlite3.Connection:
    conn = sqlite3.connect(target, uri=uri, timeout=5.0, check_same_thread=check_same_thread)
    conn.text_factory = _text
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _quick_check(conn: sqlite3.Connection, path: Path) -> None:
    """SQLite's own check of the file's pages and of the schema's CHECK rules. On a read-only
    connection SQLite skips the CHECK rules (it says "ok" for an NPS of 99), so a read-only open
    runs this on its in-memory copy. (reliability)"""
    try:
        result = str(conn.execute("PRAGMA quick_check").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise CorruptPlanError(f"is damaged and cannot be read ({exc})", path) from None
    if result == "ok":
        return
    prefix = "CHECK constraint failed in "
    if result.startswith(prefix):
        detail = validation.describe_check_failure(conn, result[len(prefix) :]) or result
        raise CorruptPlanError(
            f"breaks a rule of the plan format ({detail}); it was changed by another program:"
            " correct it, or restore it from a backup",
            path,
        )
    raise CorruptPlanError(f"is damaged ({result}); restore it from a backup", path)


def _verify(conn: sqlite3.Connection, path: Path, *, quick_check: bool = True) -> int:
    """Refuse what is not a healthy plan this version can read; return its format version."""
    if quick_check:
        _quick_check(conn, path)
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        has_meta = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise CorruptPlanError(f"is damaged and cannot be read ({exc})", path) from None
    if version > SCHEMA_VERSION:
        raise NewerPlanError(
            f"was saved by a newer version of this program (plan format {version}; this "
            f"version reads up to {SCHEMA_VERSION}); update the program to open it",
            path,
        )
    if version <= 0 or not has_meta:
        raise NotAPlanError("is marked as a service plan but holds no plan tables", path)
    _refuse_foreign_code(conn, path)
    validation.check_structure(conn, version, path)
    return version


#: Odd values are looked for, and left out, at most this many times over (50 rows a table each).
_FIX_PASSES = 3


def _leave_out_odd_values(conn: sqlite3.Connection, path: Path) -> list[str]:
    """Leave odd values out of `conn`, an in-memory copy of a plan; say what was left out."""
    said: list[str] = []
    for passes in range(_FIX_PASSES + 1):
        fixes = validation.odd_values(conn, schema_version(conn))
        if not fixes:
            return said
        if passes == _FIX_PASSES:
            break
        validation.apply_fixes(conn, fixes)
        said.extend(fix.message for fix in fixes)
    raise ChangedPlanError(
        f"holds too many values another program wrote that this program cannot read"
        f" (first: {said[0]}); correct them, or restore it from a backup",
        path,
    )


def _refuse_odd_values(conn: sqlite3.Connection, version: int, path: Path) -> None:
    """A plan to be edited is not rewritten around odd values: it is refused, naming them."""
    fixes = validation.odd_values(conn, version)
    if fixes:
        more = f" and {len(fixes) - 1} more" if len(fixes) > 1 else ""
        raise ChangedPlanError(
            f"holds values another program wrote ({fixes[0].what}{more}); open it read-only"
            " (report, export) to see it with them left out, or correct them",
            path,
        )


#: Triggers and views the migrations create (none): anything else in a plan is foreign code.
_PLAN_CODE: frozenset[tuple[str, str]] = frozenset()


def _refuse_foreign_code(conn: sqlite3.Connection, path: Path) -> None:
    """A plan made or altered by another tool may carry triggers (or views) that would run
    on the user's next edit: code from a file, which the program never runs. (reliability)"""
    found = conn.execute(
        "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view') ORDER BY name"
    ).fetchall()
    foreign = [f"{kind} {name!r}" for kind, name in found if (kind, name) not in _PLAN_CODE]
    if foreign:
        raise NotAPlanError(
            f"holds database code a plan never has ({', '.join(foreign[:3])}); it was made or "
            "changed by another program, and is not opened so that code cannot run",
            path,
        )


def _read_into_memory(target: str, path: Path) -> sqlite3.Connection:
    """A checked plan (`target`, a URI) copied into a new in-memory database."""
    source = _connect(target, uri=True)
    memory: sqlite3.Connection | None = None
    try:
        _verify(source, path, quick_check=False)
        memory = _connect(":memory:")
        source.backup(memory)
        _quick_check(memory, path)  # writable: SQLite checks the CHECK rules here
    except sqlite3.DatabaseError as exc:
        if memory is not None:
            memory.close()
        raise CorruptPlanError(f"cannot be read ({exc})", path) from None
    except BaseException:
        if memory is not None:
            memory.close()
        raise
    finally:
        source.close()
    return memory


def _read_rolled_back_copy(path: Path) -> sqlite3.Connection:
    """Read a plan whose writer died mid-commit, without writing to it (reliability fix).

    A read-only connection cannot roll the hot journal back, so SQLite refuses to read at all
    ("attempt to write a readonly database"), and the plan would look damaged. The plan and its
    journal are copied to a private folder, where SQLite rolls the copy back to the last commit.
    The journal is copied first: a rollback by another process meanwhile only restores pages
    that this journal restores again.
    """
    with tempfile.TemporaryDirectory(prefix="serviceplan-") as folder:
        copy = Path(folder) / "plan.svcplan"
        try:
            shutil.copyfile(_journal(path), _journal(copy))
        except FileNotFoundError:  # rolled back by another process just now: read it as it is
            return _read_into_memory(path.resolve().as_uri() + "?mode=ro", path)
        except OSError as exc:
            raise CorruptPlanError(f"cannot be read ({exc.strerror or exc})", path) from None
        try:
            shutil.copyfile(path, copy)
        except OSError as exc:
            raise CorruptPlanError(f"cannot be read ({exc.strerror or exc})", path) from None
        return _read_into_memory(copy.as_uri(), path)


def _publish(partial: Path, path: Path) -> None:
    """Give the finished plan its name, unless a file took that name meanwhile.

    A hard link fails if the name exists, where a rename would replace it; file systems without
    hard links (FAT, some network shares) fall back to a rename after one more check.
    """
    try:
        os.link(partial, path)
    except FileExistsError:
        raise PlanExistsError(
            "already exists (made meanwhile by another program); choose another name", path
        ) from None
    except OSError:
        if path.exists():
            raise PlanExistsError("already exists; choose another name", path) from None
        partial.replace(path)
        return
    partial.unlink(missing_ok=True)


def _sqlite_reason(exc: sqlite3.Error) -> str:
    """SQLite's words, or plainer ones for what a person can act on."""
    if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL:
        return "the disk is full"
    return str(exc)


def _writable_reason(path: Path) -> str | None:
    """Why this file cannot be edited, if it cannot."""
    if not os.access(path, os.W_OK):
        return "the file is read-only"
    if not os.access(path.parent, os.W_OK):
        return "its folder is read-only"
    return None


class PlanStore:
    """An open plan. Use `open`, `create` or `memory`; call `close` when done."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        *,
        readonly_reason: str | None = None,
        lock: WriterLock | None = None,
    ) -> None:
        self.conn = conn
        self._db: Database | None = None
        self.path = path
        self.readonly_reason = readonly_reason
        self._lock = lock
        self._listeners: list[Listener] = []
        self.backup_problem: str | None = None
        #: What was left out when the plan was read (values another program wrote), in words.
        self.warnings: list[str] = []
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)

    # -- opening and closing ------------------------------------------------------------------

    @classmethod
    def open(cls, path: Path | str, *, readonly: bool = False, backup: bool = True) -> PlanStore:
        """Open a plan for editing, or read-only when asked or when the file cannot be written.

        Refuses (raising a PlanError) anything that is not a healthy plan this version can read,
        without writing to it. A plan open for writing elsewhere raises PlanInUseError.
        """
        path = Path(path)
        if held_in_this_process(path):
            # Touching the file here would drop the other connection's POSIX locks.
            if not readonly:
                raise PlanInUseError(
                    "is already open in another window; switch to it, or open this plan read-only",
                    path,
                )
        else:
            check_file(path)
        reason = "opened read-only" if readonly else _writable_reason(path)
        if reason is not None:
            return cls._open_readonly(path, reason)
        lock = WriterLock(path)
        conn: sqlite3.Connection | None = None
        try:
            conn = _connect(str(path))
            version = _verify(conn, path)
            _refuse_odd_values(conn, version, path)
            backup_problem = None
            if backup:
                try:
                    backups.make_backup(conn, path)
                except (OSError, sqlite3.Error) as exc:
                    # A plan that cannot be backed up is still the user's work: open it, and say so.
                    backup_problem = f"no backup could be made ({exc})"
            store = cls(conn, path, lock=lock)
            store.backup_problem = backup_problem
            if schema_version(conn) < SCHEMA_VERSION:
                apply_migrations(store.db)
            return store
        except sqlite3.DatabaseError as exc:
            if conn is not None:
                conn.close()
            lock.release()
            raise CorruptPlanError(f"cannot be opened ({exc})", path) from None
        except BaseException:
            if conn is not None:
                conn.close()
            lock.release()
            raise

    @classmethod
    def _open_readonly(cls, path: Path, reason: str) -> PlanStore:
        """Copy the plan into memory: nothing can write the file, and old plans still migrate."""
        try:
            memory = _read_into_memory(path.resolve().as_uri() + "?mode=ro", path)
        except CorruptPlanError:
            if not _has_journal(path):
                raise
            memory = _read_rolled_back_copy(path)
        store = cls(memory, path, readonly_reason=reason)
        try:
            if schema_version(memory) < SCHEMA_VERSION:
                apply_migrations(store.db)
            store.warnings = _leave_out_odd_values(memory, path)
        except sqlite3.DatabaseError as exc:
            memory.close()
            raise CorruptPlanError(f"cannot be read ({exc})", path) from None
        except BaseException:
            memory.close()
            raise
        for warning in store.warnings:
            log.warning("warning: %s: %s", path, warning)
        return store

    @classmethod
    def create(
        cls,
        path: Path | str,
        *,
        language: str = "en",
        fill: Callable[[PlanStore], None] | None = None,
    ) -> PlanStore:
        """Make a new plan at `path`, filled by `fill` before it appears there, then open it."""
        path = Path(path)
        if language not in LANGUAGES:
            raise InvalidValueError(
                "language", f"{language!r} is not one of {', '.join(LANGUAGES)}"
            )
        if path.exists():
            raise PlanExistsError("already exists; choose another name or remove it first", path)
        if not path.parent.is_dir():
            raise PlanError(f"the folder {path.parent} does not exist", path)
        # A name of its own per attempt: two `new` on one path at once must not share (and
        # break) one file; the first to publish wins and the other is told the plan exists.
        partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
        try:
            conn = _connect(str(partial))
        except sqlite3.Error as exc:
            raise PlanError(f"cannot be created ({exc})", path) from None
        try:
            store = cls(conn, path)
            store._initialise(language)
            if fill is not None:
                fill(store)
            conn.close()
            _publish(partial, path)
        except (sqlite3.Error, DiskFullError) as exc:
            conn.close()
            partial.unlink(missing_ok=True)
            reason = "the disk is full" if isinstance(exc, DiskFullError) else _sqlite_reason(exc)
            raise PlanError(f"cannot be created ({reason}); nothing was written", path) from None
        except BaseException:
            conn.close()
            partial.unlink(missing_ok=True)
            raise
        return cls.open(path, backup=False)

    @classmethod
    def memory(cls, language: str = "en") -> PlanStore:
        """An unsaved plan in memory, for tests and previews."""
        store = cls(_connect(":memory:"), None)
        store._initialise(language)
        return store

    def _initialise(self, language: str) -> None:
        apply_migrations(self.db)
        now = self._now()
        with self.transaction():
            self.conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [("language", language), ("created", now), ("modified", now)],
            )

    @property
    def db(self) -> Database:
        """The plan as a sqlite-utils Database (same connection), for schema and bulk work."""
        if self._db is None:
            from sqlite_utils import Database

            self._db = Database(self.conn, execute_plugins=False)
        return self._db

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One transaction (a savepoint when nested): all of it is committed, or none."""
        if self.conn.in_transaction:
            self.conn.execute("SAVEPOINT plan_edit")
            try:
                yield
            except BaseException:
                self.conn.execute("ROLLBACK TO SAVEPOINT plan_edit")
                self.conn.execute("RELEASE SAVEPOINT plan_edit")
                raise
            self.conn.execute("RELEASE SAVEPOINT plan_edit")
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error) and _sqlite_reason(exc) == "the disk is full":
                raise DiskFullError(
                    "the disk is full: nothing of this change was saved, and the plan is as it"
                    " was before it; free some space and try again",
                    self.path,
                ) from None
            raise

    def close(self) -> None:
        self.conn.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def save_copy(self, target: Path | str) -> None:
        """Write a consistent copy to `target` (replacing it atomically) via the backup API."""
        target = Path(target)
        if self.path is not None and target.resolve() == self.path.resolve():
            raise PlanError("is the plan itself; choose another file name", target)
        if not target.parent.is_dir():
            raise PlanError(f"the folder {target.parent} does not exist", target)
        if target.exists() and not target.is_file():
            raise UnsafeTargetError(
                "is not a regular file (a folder, device, pipe or socket); choose a file name",
                target,
            )
        # Replacing a plan open elsewhere would send its window's edits into a deleted file:
        # hold its writer lock while replacing it, or refuse (PlanInUseError). (reliability)
        lock: WriterLock | None = None
        if target.is_file():
            try:
                lock = WriterLock(target)
            except OSError:
                lock = None  # unreadable: copy_database below says why it cannot be written
        try:
            backups.copy_database(self.conn, target)
        except (sqlite3.Error, OSError) as exc:
            raise PlanError(f"cannot be written ({exc})", target) from None
        finally:
            if lock is not None:
                lock.release()

    def detached_copy(self) -> PlanStore:
        """A read-only copy in memory that a worker thread may read (PDF writing, exports)
        while the window goes on editing the plan itself."""
        memory = _connect(":memory:", check_same_thread=False)
        self.conn.backup(memory)
        return PlanStore(memory, self.path, readonly_reason="a copy for reading")

    # -- listeners ----------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        """Call `listener` after every committed edit; returns a function that unsubscribes."""
        self._listeners.append(listener)
        return lambda: self._listeners.remove(listener) if listener in self._listeners else None

    def _notify(self, change: PlanChange) -> None:
        for listener in list(self._listeners):
            listener(change)

    # -- reading ------------------------------------------------------------------------------

    @property
    def readonly(self) -> bool:
        return self.readonly_reason is not None

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return None if row is None else str(row[0])

    def language(self) -> str:
        return self.meta("language") or "en"

    def profile(self) -> Profile:
        row = self.conn.execute(
            f"SELECT {', '.join(PROFILE_FIELDS)} FROM profile WHERE id = 1"
        ).fetchone()
        return Profile(**dict(zip(PROFILE_FIELDS, row, strict=True)))

    def logo(self) -> Logo | None:
        row = self.conn.execute(
            "SELECT mime, width, height, data FROM assets WHERE name = 'logo'"
        ).fetchone()
        return None if row is None else Logo(row[0], row[1], row[2], bytes(row[3]))

    def display_name(self) -> str:
        """The business name, else the file name: what a window title or a list shows."""
        name = self.profile().business_name
        if name:
            return name
        return self.path.stem if self.path is not None else ""

    # -- editing ------------------------------------------------------------------------------

    def _now(self) -> str:
        return self.clock().isoformat(timespec="seconds")

    def _edit(self, change: PlanChange, write: Callable[[], object]) -> None:
        if self.readonly_reason is not None:
            raise ReadOnlyPlanError(f"cannot be changed: {self.readonly_reason}", self.path)
        with self.transaction():
            try:
                write()
            except UnicodeEncodeError:
                # A lone UTF-16 surrogate (pasted from a broken clipboard, say) cannot be stored
                # as UTF-8: refuse it like a NUL, rolled back, instead of crashing. (reliability)
                raise InvalidValueError(
                    change.section, "contains a character that is not allowed", "nul"
                ) from None
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('modified', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [self._now()],
            )
        self._notify(change)

    def set_profile_field(self, name: str, value: str) -> str:
        """Store one profile field; returns the previous value (for undo)."""
        stored = validate_field(name, value)
        old = str(getattr(self.profile(), name))
        self._edit(
            PlanChange("profile", frozenset({name})),
            lambda: self.conn.execute(f"UPDATE profile SET {name} = ? WHERE id = 1", [stored]),
        )
        return old

    def set_language(self, language: str) -> str:
        """Set the plan's language (its content and PDF); returns the previous one."""
        if language not in LANGUAGES:
            raise InvalidValueError(
                "language", f"{language!r} is not one of {', '.join(LANGUAGES)}"
            )
        old = self.language()
        self._edit(
            PlanChange("meta", frozenset({"language"})),
            lambda: self.conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'language'", [language]
            ),
        )
        return old

    def set_logo(self, data: bytes | None) -> bytes | None:
        """Store a validated PNG/JPEG logo, or remove it with None; returns the previous bytes."""
        logo = validate_logo(data) if data is not None else None
        old = self.logo()

        def write() -> None:
            self.conn.execute("DELETE FROM assets WHERE name = 'logo'")
            if logo is not None:
                self.conn.execute(
                    "INSERT INTO assets (name, mime, width, height, data) VALUES (?, ?, ?, ?, ?)",
                    ["logo", logo.mime, logo.width, logo.height, logo.data],
                )

        self._edit(PlanChange("profile", frozenset({"logo"})), write)
        return old.data if old is not None else None

    # -- self-audit and metrics (step 1, the company's view) ------------------------------------

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

        self._edit(PlanChange("answers", frozenset({item_id})), write)
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

        self._edit(PlanChange("metrics", frozenset({metric_id})), write)
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

        self._edit(PlanChange("snapshots"), write)
        return replace(snapshot, id=new_id[0])

    def delete_snapshot(self, snapshot_id: int) -> Snapshot:
        """Remove a snapshot; returns it, so undo can add it back with the same id."""
        found = [s for s in self.snapshots() if s.id == snapshot_id]
        if not found:
            raise InvalidValueError("snapshot", f"no snapshot {snapshot_id}", "unknown_snapshot")
        self._edit(
            PlanChange("snapshots"),
            lambda: self.conn.execute("DELETE FROM snapshots WHERE id = ?", [snapshot_id]),
        )
        return found[0]

    # -- survey and complaints (step 1, the customers' view) ------------------------------------

    def imports(self, kind: str) -> list[PreviousImport]:
        rows = self.conn.execute(
            "SELECT id, file_name, imported_at, rows FROM imports WHERE kind = ? ORDER BY id",
            [kind],
        )
        return [PreviousImport(*row) for row in rows]

    def previous_import(self, kind: str, sha256: str) -> PreviousImport | None:
        """The earlier import of the same file's bytes, so importing it twice can be caught."""
        row = self.conn.execute(
            "SELECT id, file_name, imported_at, rows FROM imports"
            " WHERE kind = ? AND sha256 = ? ORDER BY id DESC LIMIT 1",
            [kind, sha256],
        ).fetchone()
        return None if row is None else PreviousImport(*row)

    def import_records(self, preview: ImportPreview) -> int:
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

        self._edit(PlanChange(preview.kind, frozenset({"import"})), write)
        return new_id[0]

    def delete_import(self, import_id: int) -> RemovedImport:
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
            PlanChange(str(row[0]), frozenset({"import"})),
            lambda: self.conn.execute("DELETE FROM imports WHERE id = ?", [import_id]),
        )
        return removed

    def restore_import(self, removed: RemovedImport) -> None:
        """Put back what `delete_import` removed, with the same ids."""
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

        self._edit(PlanChange(str(removed.record[0]), frozenset({"import"})), write)

    def survey_response_count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM survey_responses").fetchone()[0])

    def survey_totals(
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

    def survey_totals_and_segments(
        self,
    ) -> tuple[dict[str, float | int | None], list[dict[str, float | int | None]]]:
        """The whole survey's totals and each segment's from one pass over the answers (the
        report needs both; on 100,000 answers each pass takes a second or more). The whole is
        the groups combined, every mean weighted by the count it was taken over."""
        groups = self.survey_totals(by_segment=True, with_unsegmented=True)
        if not groups:  # no answers: the plain query gives its zero counts and NULL means
            return self.survey_totals()[0], []
        return _combined_totals(groups), [g for g in groups if g["segment"] is not None]

    def nps_distribution(self) -> list[int]:
        """How many respondents gave each answer 0…10."""
        counts = [0] * 11
        for value, count in self.conn.execute(
            "SELECT nps, COUNT(*) FROM survey_responses WHERE nps IS NOT NULL GROUP BY nps"
        ):
            counts[int(value)] = int(count)
        return counts

    def survey_page(
        self, offset: int, limit: int, columns: tuple[str, ...]
    ) -> list[tuple[object, ...]]:
        """A window of responses in a stable order, for a table that shows 100,000 rows lazily."""
        allowed = set(SURVEY_RESPONSE_COLUMNS)
        if not set(columns) <= allowed:
            raise ValueError(f"unknown columns {set(columns) - allowed}")
        return self.conn.execute(
            f"SELECT {', '.join(columns)} FROM survey_responses ORDER BY id LIMIT ? OFFSET ?",
            [limit, offset],
        ).fetchall()

    def survey_comments(self, search: str = "", limit: int = 500) -> list[tuple[int, str, str]]:
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

    def complaints(self) -> list[Complaint]:
        rows = self.conn.execute(f"SELECT {_COMPLAINT_COLUMNS} FROM complaints ORDER BY id")
        return [_complaint(row) for row in rows]

    def complaint(self, complaint_id: int) -> Complaint:
        row = self.conn.execute(
            f"SELECT {_COMPLAINT_COLUMNS} FROM complaints WHERE id = ?", [complaint_id]
        ).fetchone()
        if row is None:
            raise InvalidValueError("complaint", f"no complaint {complaint_id}", "unknown_item")
        return _complaint(row)

    def add_complaint(self, complaint: Complaint) -> Complaint:
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

        self._edit(PlanChange(COMPLAINTS), write)
        return replace(complaint, id=new_id[0])

    def update_complaint(self, complaint: Complaint) -> Complaint:
        """Change a complaint; returns it as it was."""
        complaint_id = complaint.id
        if complaint_id is None:
            raise ValueError("update_complaint needs a complaint id")
        complaint = validate_complaint(complaint)
        old = self.complaint(complaint_id)
        self._edit(
            PlanChange(COMPLAINTS, frozenset({str(complaint.id)})),
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

    def delete_complaint(self, complaint_id: int) -> Complaint:
        """Remove one complaint; returns it, so undo can add it back with the same id."""
        old = self.complaint(complaint_id)
        self._edit(
            PlanChange(COMPLAINTS),
            lambda: self.conn.execute("DELETE FROM complaints WHERE id = ?", [complaint_id]),
        )
        return old

    def complaint_counts(self) -> list[tuple[str, int]]:
        """(category, count), most frequent first: the Pareto's input."""
        return [
            (row[0], int(row[1]))
            for row in self.conn.execute(
                "SELECT category, COUNT(*) FROM complaints GROUP BY category"
                " ORDER BY COUNT(*) DESC, category"
            )
        ]

    def resolved_complaint_count(self) -> int:
        return int(
            self.conn.execute("SELECT COUNT(*) FROM complaints WHERE resolved").fetchone()[0]
        )

    def stored_complaint_categories(self) -> list[str]:
        """The plan's own category list; empty while it follows its language's defaults."""
        return [
            row[0]
            for row in self.conn.execute("SELECT name FROM complaint_categories ORDER BY position")
        ]

    def complaint_categories(self) -> list[str]:
        """The plan's category list, or the default one for its language until it is edited."""
        return self.stored_complaint_categories() or default_categories(self.language())

    def set_complaint_categories(self, names: list[str]) -> list[str]:
        """Replace the category list ([] goes back to the language's defaults); returns the
        previous stored list, so undo of a first edit follows the defaults again."""
        cleaned = validate_categories(names)
        old = self.stored_complaint_categories()

        def write() -> None:
            self.conn.execute("DELETE FROM complaint_categories")
            self.conn.executemany(
                "INSERT INTO complaint_categories (position, name) VALUES (?, ?)",
                list(enumerate(cleaned)),
            )

        self._edit(PlanChange("complaint_categories"), write)
        return old

    # -- problems (step 2) ----------------------------------------------------------------------

    def problems(self) -> list[Problem]:
        """Every problem, oldest first (plan.problems.by_priority sorts them for showing)."""
        rows = self.conn.execute(f"SELECT {_PROBLEM_COLUMNS} FROM problems ORDER BY id")
        return [_problem(row) for row in rows]

    def problem(self, problem_id: int) -> Problem:
        row = self.conn.execute(
            f"SELECT {_PROBLEM_COLUMNS} FROM problems WHERE id = ?", [problem_id]
        ).fetchone()
        if row is None:
            raise InvalidValueError("problem", f"no problem {problem_id}", "unknown_item")
        return _problem(row)

    def _check_key_free(self, problem: Problem) -> None:
        key = problem.suggestion_key
        if key is None:
            return
        row = self.conn.execute(
            "SELECT id FROM problems WHERE suggestion_key = ? AND id IS NOT ?", [key, problem.id]
        ).fetchone()
        if row is not None:
            raise InvalidValueError(
                "suggestion_key",
                f"the suggestion {key!r} is already the problem {row[0]}",
                "already_accepted",
                {"problem": row[0]},
            )

    def _insert_problem(self, problem: Problem) -> int:
        cursor = self.conn.execute(
            f"INSERT INTO problems ({_PROBLEM_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                problem.id,
                problem.title,
                problem.description,
                problem.evidence,
                problem.touchpoint,
                problem.frequency,
                problem.impact,
                problem.root_cause,
                problem.status,
                None if problem.focus is None else int(problem.focus),
                problem.suggestion_key,
            ],
        )
        return int(cursor.lastrowid or 0)

    def add_problem(self, problem: Problem) -> Problem:
        """Store a problem (keeping its id when it has one, as undo of a delete needs)."""
        problem = validate_problem(problem)
        self._check_key_free(problem)
        new_id: list[int] = []
        self._edit(PlanChange("problems"), lambda: new_id.append(self._insert_problem(problem)))
        return replace(problem, id=new_id[0])

    def update_problem(self, problem: Problem) -> Problem:
        """Change a problem's fields; returns it as it was."""
        problem_id = problem.id
        if problem_id is None:
            raise ValueError("update_problem needs a problem id")
        problem = validate_problem(problem)
        old = self.problem(problem_id)
        self._check_key_free(problem)
        self._edit(
            PlanChange("problems", frozenset({str(problem_id)})),
            lambda: self.conn.execute(
                "UPDATE problems SET title = ?, description = ?, evidence = ?, touchpoint = ?,"
                " frequency = ?, impact = ?, root_cause = ?, status = ?, focus = ?,"
                " suggestion_key = ? WHERE id = ?",
                [
                    problem.title,
                    problem.description,
                    problem.evidence,
                    problem.touchpoint,
                    problem.frequency,
                    problem.impact,
                    problem.root_cause,
                    problem.status,
                    None if problem.focus is None else int(problem.focus),
                    problem.suggestion_key,
                    problem_id,
                ],
            ),
        )
        return old

    def delete_problem(self, problem_id: int) -> RemovedProblem:
        """Remove a problem and its links to standards and goals; returns them, so
        `restore_problem` can put all back with the same id."""
        old = self.problem(problem_id)
        links = {
            owner: tuple(
                row[0]
                for row in self.conn.execute(
                    f"SELECT {owner}_id FROM {owner}_problems WHERE problem_id = ?", [problem_id]
                )
            )
            for owner in ("standard", "goal")
        }
        self._edit(
            PlanChange("problems"),
            lambda: self.conn.execute("DELETE FROM problems WHERE id = ?", [problem_id]),
        )
        return RemovedProblem(old, links["standard"], links["goal"])

    def restore_problem(self, removed: RemovedProblem) -> Problem:
        """Undo `delete_problem`: the problem with its id, and its links that still can be."""
        problem = validate_problem(removed.problem)
        self._check_key_free(problem)

        def write() -> None:
            self._insert_problem(problem)
            links = (("standard", removed.standard_ids), ("goal", removed.goal_ids))
            for owner, owner_ids in links:
                self.conn.executemany(
                    f"INSERT OR IGNORE INTO {owner}_problems ({owner}_id, problem_id)"
                    f" SELECT id, ? FROM {owner}s WHERE id = ?",
                    [(problem.id, owner_id) for owner_id in owner_ids],
                )

        self._edit(PlanChange("problems"), write)
        return problem

    def accept_suggestion(self, problem: Problem) -> AcceptedSuggestion:
        """Turn a suggestion into a problem in one transaction: the problem is stored with the
        suggestion's key, and a dismissal of that key is lifted. Undo: `revert_acceptance`."""
        key = problem.suggestion_key
        if key is None:
            raise ValueError("accept_suggestion needs a problem with a suggestion_key")
        problem = validate_problem(problem)
        self._check_key_free(problem)
        was_dismissed = key in self.dismissed_suggestions()
        new_id: list[int] = []

        def write() -> None:
            new_id.append(self._insert_problem(problem))
            self.conn.execute("DELETE FROM dismissed_suggestions WHERE key = ?", [key])

        self._edit(PlanChange("problems"), write)
        return AcceptedSuggestion(replace(problem, id=new_id[0]), was_dismissed)

    def revert_acceptance(self, accepted: AcceptedSuggestion) -> Problem:
        """Undo `accept_suggestion`: remove the problem (as it is now, which is returned) and
        dismiss the suggestion again if it had been dismissed."""
        problem_id = accepted.problem.id
        key = accepted.problem.suggestion_key
        if problem_id is None or key is None:
            raise ValueError("revert_acceptance needs what accept_suggestion returned")
        current = self.problem(problem_id)

        def write() -> None:
            self.conn.execute("DELETE FROM problems WHERE id = ?", [problem_id])
            if accepted.was_dismissed:
                self.conn.execute(
                    "INSERT OR IGNORE INTO dismissed_suggestions (key, dismissed_at) VALUES (?, ?)",
                    [key, self._now()],
                )

        self._edit(PlanChange("problems"), write)
        return current

    def dismissed_suggestions(self) -> set[str]:
        """Keys of the suggestions the user dismissed; they are not suggested again."""
        return {row[0] for row in self.conn.execute("SELECT key FROM dismissed_suggestions")}

    def set_suggestion_dismissed(self, key: str, dismissed: bool) -> bool:
        """Dismiss a suggestion (or take the dismissal back); returns whether it was dismissed."""
        if not key or len(key) > 300:
            raise InvalidValueError("suggestion_key", "is empty or too long", "bad_key")
        old = key in self.dismissed_suggestions()

        def write() -> None:
            if dismissed:
                self.conn.execute(
                    "INSERT OR IGNORE INTO dismissed_suggestions (key, dismissed_at) VALUES (?, ?)",
                    [key, self._now()],
                )
            else:
                self.conn.execute("DELETE FROM dismissed_suggestions WHERE key = ?", [key])

        self._edit(PlanChange("suggestions", frozenset({key})), write)
        return old

    def sin_observations(self) -> dict[str, str]:
        """The seven sins checklist: sin id → how often it is seen (unrecorded sins are absent)."""
        return {
            row[0]: row[1] for row in self.conn.execute("SELECT sin_id, seen FROM sin_observations")
        }

    def set_sin_observation(self, sin_id: str, seen: str | None) -> str | None:
        """Record how often a sin is seen (None clears it); returns the previous answer."""
        if sin_id not in SINS:
            raise InvalidValueError(
                "sin", f"{sin_id!r} is not one of the seven sins", "unknown_sin"
            )
        if seen is not None and seen not in SIN_SCALE:
            raise InvalidValueError(
                "seen", f"{seen!r} is not one of {', '.join(SIN_SCALE)}", "unknown_frequency"
            )
        old = self.sin_observations().get(sin_id)

        def write() -> None:
            if seen is None:
                self.conn.execute("DELETE FROM sin_observations WHERE sin_id = ?", [sin_id])
            else:
                self.conn.execute(
                    "INSERT INTO sin_observations (sin_id, seen) VALUES (?, ?)"
                    " ON CONFLICT (sin_id) DO UPDATE SET seen = excluded.seen",
                    [sin_id, seen],
                )

        self._edit(PlanChange("sins", frozenset({sin_id})), write)
        return old

    # -- standards, goals and means (steps 3 and 4) ----------------------------------------------

    def _rows(self, spec: _RecordSpec, where: str = "", args: tuple[object, ...] = ()) -> list[Any]:
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

    def _one(self, spec: _RecordSpec, record_id: int) -> Any:
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

    def _write_record(self, spec: _RecordSpec, record: Any, *, insert: bool) -> int:
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
            assignments = ", ".join(f"{column} = ?" for column in spec.columns)
            self.conn.execute(
                f"UPDATE {spec.table} SET {assignments} WHERE id = ?", [*values, record_id]
            )
        if spec.links:
            self.conn.execute(f"DELETE FROM {spec.links} WHERE {spec.kind}_id = ?", [record_id])
            self.conn.executemany(
                f"INSERT INTO {spec.links} ({spec.kind}_id, problem_id) VALUES (?, ?)",
                [(record_id, pid) for pid in record.problem_ids],
            )
        return record_id

    def _add(self, spec: _RecordSpec, record: Any) -> Any:
        record = spec.validate(record)
        if spec.links:
            self._check_problems(record.problem_ids)
        new_id: list[int] = []
        self._edit(
            PlanChange(spec.section),
            lambda: new_id.append(self._write_record(spec, record, insert=True)),
        )
        return replace(record, id=new_id[0])

    def _update(self, spec: _RecordSpec, record: Any) -> Any:
        if record.id is None:
            raise ValueError(f"updating a {spec.kind} needs its id")
        record = spec.validate(record)
        old = self._one(spec, record.id)
        if spec.links:
            self._check_problems(record.problem_ids)
        self._edit(
            PlanChange(spec.section, frozenset({str(record.id)})),
            lambda: self._write_record(spec, record, insert=False),
        )
        return old

    def _delete(self, spec: _RecordSpec, record_id: int) -> Any:
        old = self._one(spec, record_id)
        self._edit(
            PlanChange(spec.section),
            lambda: self.conn.execute(f"DELETE FROM {spec.table} WHERE id = ?", [record_id]),
        )
        return old

    def standards(self) -> list[Standard]:
        return self._rows(_STANDARDS)

    def standard(self, standard_id: int) -> Standard:
        return self._one(_STANDARDS, standard_id)

    def add_standard(self, standard: Standard) -> Standard:
        """Store a standard (keeping its id and problem links when it has them, for undo)."""
        return self._add(_STANDARDS, standard)

    def update_standard(self, standard: Standard) -> Standard:
        """Change a standard; returns it as it was."""
        return self._update(_STANDARDS, standard)

    def delete_standard(self, standard_id: int) -> Standard:
        """Remove a standard; returns it with its links, so undo can add it back as it was."""
        return self._delete(_STANDARDS, standard_id)

    def goals(self) -> list[Goal]:
        return self._rows(_GOALS)

    def goal(self, goal_id: int) -> Goal:
        return self._one(_GOALS, goal_id)

    def add_goal(self, goal: Goal) -> Goal:
        return self._add(_GOALS, goal)

    def update_goal(self, goal: Goal) -> Goal:
        return self._update(_GOALS, goal)

    def delete_goal(self, goal_id: int) -> RemovedGoal:
        """Remove a goal; its means stay, without a goal. Undo: `restore_goal`."""
        means_ids = tuple(
            row[0] for row in self.conn.execute("SELECT id FROM means WHERE goal_id = ?", [goal_id])
        )
        return RemovedGoal(self._delete(_GOALS, goal_id), means_ids)

    def restore_goal(self, removed: RemovedGoal) -> Goal:
        """Put a deleted goal back with its id, problem links and means."""
        goal = _GOALS.validate(removed.goal)
        self._check_problems(goal.problem_ids)

        def write() -> None:
            self._write_record(_GOALS, goal, insert=True)
            self.conn.executemany(
                "UPDATE means SET goal_id = ? WHERE id = ?",
                [(goal.id, means_id) for means_id in removed.means_ids],
            )

        self._edit(PlanChange(_GOALS.section), write)
        return goal

    def means(self) -> list[Means]:
        """Every means, oldest first."""
        return self._rows(_MEANS)

    def means_by_id(self, means_id: int) -> Means:
        return self._one(_MEANS, means_id)

    def _check_goal(self, means: Means) -> Means:
        means = validate_means(means)
        if means.goal_id is not None:
            self.goal(means.goal_id)
        return means

    def add_means(self, means: Means) -> Means:
        return self._add(_MEANS, self._check_goal(means))

    def update_means(self, means: Means) -> Means:
        return self._update(_MEANS, self._check_goal(means))

    def delete_means(self, means_id: int) -> Means:
        return self._delete(_MEANS, means_id)

    def economics(self) -> EconomicsInputs:
        """The cost-of-poor-service calculator's inputs (defaults until the user sets them)."""
        row = self.conn.execute(
            f"SELECT {', '.join(ECONOMICS_INPUTS)} FROM economics WHERE id = 1"
        ).fetchone()
        return EconomicsInputs(*row)

    def set_economics_input(self, name: str, value: object) -> object:
        """Store one calculator input; returns the previous value (for undo)."""
        stored = validate_economics_input(name, value)
        old = getattr(self.economics(), name)
        self._edit(
            PlanChange("economics", frozenset({name})),
            lambda: self.conn.execute(f"UPDATE economics SET {name} = ? WHERE id = 1", [stored]),
        )
        return old


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


@dataclass(frozen=True)
class RemovedProblem:
    """A deleted problem and the standards and goals that were linked to it."""

    problem: Problem
    standard_ids: tuple[int, ...]
    goal_ids: tuple[int, ...]


@dataclass(frozen=True)
class RemovedGoal:
    """A deleted goal and the means that were working towards it (undo links them again)."""

    goal: Goal
    means_ids: tuple[int, ...]


@dataclass(frozen=True)
class _RecordSpec:
    """How one kind of record maps to its table: `columns` after the id, in `write` order."""

    kind: str
    table: str
    section: str
    columns: tuple[str, ...]
    read: Callable[[Any, tuple[int, ...]], Any]
    write: Callable[[Any], list[object]]
    validate: Callable[[Any], Any]
    links: str = ""


_STANDARDS = _RecordSpec(
    kind="standard",
    table="standards",
    section="standards",
    columns=(
        "statement",
        "touchpoint",
        "indicator",
        "target",
        "unit",
        "direction",
        "measurement",
        "frequency",
        "owner",
        "template_id",
    ),
    read=lambda row, links: Standard(
        id=row[0],
        statement=row[1],
        touchpoint=row[2],
        indicator=row[3],
        target=row[4],
        unit=row[5],
        direction=row[6],
        measurement=row[7],
        frequency=row[8],
        owner=row[9],
        template_id=row[10],
        problem_ids=links,
    ),
    write=lambda s: [
        s.statement,
        s.touchpoint,
        s.indicator,
        s.target,
        s.unit,
        s.direction,
        s.measurement,
        s.frequency,
        s.owner,
        s.template_id,
    ],
    validate=validate_standard,
    links="standard_problems",
)

_GOALS = _RecordSpec(
    kind="goal",
    table="goals",
    section="goals",
    columns=(
        "title",
        "measure",
        "indicator",
        "baseline",
        "target",
        "unit",
        "higher_is_better",
        "deadline",
        "owner",
    ),
    read=lambda row, links: Goal(
        id=row[0],
        title=row[1],
        measure=row[2],
        indicator=row[3],
        baseline=row[4],
        target=row[5],
        unit=row[6],
        higher_is_better=bool(row[7]),
        deadline=row[8],
        owner=row[9],
        problem_ids=links,
    ),
    write=lambda g: [
        g.title,
        g.measure,
        g.indicator,
        g.baseline,
        g.target,
        g.unit,
        int(g.higher_is_better),
        g.deadline,
        g.owner,
    ],
    validate=validate_goal,
    links="goal_problems",
)

_MEANS = _RecordSpec(
    kind="means",
    table="means",
    section="means",
    columns=(
        "action",
        "description",
        "kind",
        "form",
        "owner",
        "start_date",
        "end_date",
        "budget",
        "status",
        "goal_id",
        "template_id",
    ),
    read=lambda row, _links: Means(
        id=row[0],
        action=row[1],
        description=row[2],
        kind=row[3],
        form=row[4],
        owner=row[5],
        start=row[6],
        end=row[7],
        budget=row[8],
        status=row[9],
        goal_id=row[10],
        template_id=row[11],
    ),
    write=lambda m: [
        m.action,
        m.description,
        m.kind,
        m.form,
        m.owner,
        m.start,
        m.end,
        m.budget,
        m.status,
        m.goal_id,
        m.template_id,
    ],
    validate=validate_means,
)

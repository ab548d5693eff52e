"""The plan file: open, check, migrate a `*.svcplan` SQLite database; transactions, listeners.

The records are read and edited through managers, one per kind (`store.goals`, `store.survey`,
… in the sibling modules); every edit goes through `_edit` here, committed in one transaction
before it returns, after which listeners are told what changed. Nothing is cached: reads go to
the file, so what is shown is what is saved.
"""

from __future__ import annotations

import codecs
import logging
import os
import secrets
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from plan import LANGUAGES, backups, validation
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
from plan.lock import WriterLock, held_in_this_process
from plan.migrations import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    SQLITE_MAGIC,
    apply_migrations,
    schema_version,
)
from plan.store.changes import Listener, PlanChange, Section
from plan.store.complaints import ComplaintRecords
from plan.store.own_words import OwnWordsRecords
from plan.store.plans import EconomicsRecords, GoalRecords, MeansRecords, StandardRecords
from plan.store.problems import ProblemRecords
from plan.store.profile import ProfileRecords
from plan.store.self_audit import SelfAuditRecords
from plan.store.survey import ImportRecords, SurveyRecords

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

PLAN_SUFFIX = ".svcplan"


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
    if not head.startswith(SQLITE_MAGIC):
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


def _is_disk_full(exc: BaseException) -> bool:
    """SQLite ran out of space (SQLITE_FULL), as a person can act on: free some."""
    return getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_FULL


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
        #: Sections touched inside `batch`, whose listeners are told once at its end.
        self._batched: set[str] | None = None
        self.backup_problem: str | None = None
        #: What was left out when the plan was read (values another program wrote), in words.
        self.warnings: list[str] = []
        self.clock: Callable[[], datetime] = lambda: datetime.now(UTC)
        # The records, one manager per kind, each over this connection and this edit path.
        self.profile = ProfileRecords(self)
        self.self_audit = SelfAuditRecords(self)
        self.imports = ImportRecords(self)
        self.survey = SurveyRecords(self)
        self.complaints = ComplaintRecords(self)
        self.problems = ProblemRecords(self)
        self.standards = StandardRecords(self)
        self.goals = GoalRecords(self)
        self.means = MeansRecords(self)
        self.economics = EconomicsRecords(self)
        self.own_words = OwnWordsRecords(self)

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
            full = isinstance(exc, DiskFullError) or _is_disk_full(exc)
            reason = "the disk is full" if full else str(exc)
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
            if _is_disk_full(exc):
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
        if self._batched is not None:
            self._batched.add(change.section.value)
            return
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

    def display_name(self) -> str:
        """The business name, else the file name: what a window title or a list shows."""
        name = self.profile.get().business_name
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
                    change.section.value, "contains a character that is not allowed", "nul"
                ) from None
            self.conn.execute(
                "INSERT INTO meta (key, value) VALUES ('modified', ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [self._now()],
            )
        self._notify(change)

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many edits as one change (a data file applied): one transaction, all of it or none,
        and listeners told once at the end, with `Section.PLAN` and the touched sections as its
        keys, so the window refreshes once and undo can take the whole back in one step."""
        if self._batched is not None:  # already inside one: part of it
            yield
            return
        if self.readonly_reason is not None:
            raise ReadOnlyPlanError(f"cannot be changed: {self.readonly_reason}", self.path)
        self._batched = set()
        try:
            with self.transaction():
                yield
        finally:
            touched, self._batched = self._batched, None
        if touched:
            self._notify(PlanChange(Section.PLAN, frozenset(touched)))

    def set_language(self, language: str) -> str:
        """Set the plan's language (its content and PDF); returns the previous one."""
        if language not in LANGUAGES:
            raise InvalidValueError(
                "language", f"{language!r} is not one of {', '.join(LANGUAGES)}"
            )
        old = self.language()
        self._edit(
            PlanChange(Section.META, frozenset({"language"})),
            lambda: self.conn.execute(
                "UPDATE meta SET value = ? WHERE key = 'language'", [language]
            ),
        )
        return old

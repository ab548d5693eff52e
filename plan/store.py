"""The plan file: open, check, migrate, read and edit a `*.svcplan` SQLite database.

Every edit is one function here, committed in one transaction before it returns, after which
listeners are told what changed. Nothing is cached: reads go to the file, so what is shown is
what is saved.
"""

from __future__ import annotations

import codecs
import os
import sqlite3
import struct
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from plan import LANGUAGES, backups
from plan.errors import (
    CorruptPlanError,
    InvalidValueError,
    NewerPlanError,
    NotAPlanError,
    PlanError,
    PlanExistsError,
    PlanInUseError,
    ReadOnlyPlanError,
)
from plan.images import Logo, validate_logo
from plan.lock import WriterLock, held_in_this_process
from plan.migrations import APPLICATION_ID, SCHEMA_VERSION, apply_migrations, schema_version
from plan.profile import PROFILE_FIELDS, Profile, validate_field

if TYPE_CHECKING:
    from sqlite_utils import Database

PLAN_SUFFIX = ".svcplan"
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class PlanChange:
    """What an edit touched: a section of the plan and, where it helps, the keys within it."""

    section: str
    keys: frozenset[str] = field(default_factory=frozenset)


Listener = Callable[[PlanChange], None]


def _looks_like_text(head: bytes) -> bool:
    for encoding in ("utf-8-sig", "utf-16", "cp1251"):
        try:
            # Incremental: the first 100 bytes may end inside a character (CJK is 3 bytes each).
            text = codecs.getincrementaldecoder(encoding)().decode(head)
        except UnicodeDecodeError:
            continue
        if all(ch.isprintable() or ch in "\r\n\t" for ch in text[:-1]):
            return True
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
    if valid_for == change_counter and page_count and size < page_count * page_size:
        raise CorruptPlanError(
            f"is truncated: {size} bytes on disk, {page_count * page_size} expected; "
            "restore it from a backup",
            path,
        )
    (application_id,) = struct.unpack(">I", head[68:72])
    if application_id != APPLICATION_ID:
        raise NotAPlanError("is a SQLite database of another program, not a service plan", path)


def _connect(target: str, *, uri: bool = False) -> sqlite3.Connection:
    conn = sqlite3.connect(target, uri=uri, timeout=5.0)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA trusted_schema = OFF")
    return conn


def _verify(conn: sqlite3.Connection, path: Path) -> None:
    try:
        result = conn.execute("PRAGMA quick_check").fetchone()[0]
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        has_meta = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
        ).fetchone()
    except sqlite3.DatabaseError as exc:
        raise CorruptPlanError(f"is damaged and cannot be read ({exc})", path) from None
    if result != "ok":
        raise CorruptPlanError(f"is damaged ({result}); restore it from a backup", path)
    if version > SCHEMA_VERSION:
        raise NewerPlanError(
            f"was saved by a newer version of this program (plan format {version}; this "
            f"version reads up to {SCHEMA_VERSION}); update the program to open it",
            path,
        )
    if version == 0 or not has_meta:
        raise NotAPlanError("is marked as a service plan but holds no plan tables", path)


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
            _verify(conn, path)
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
        source = _connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            _verify(source, path)
            memory = _connect(":memory:")
            source.backup(memory)
        except sqlite3.DatabaseError as exc:
            raise CorruptPlanError(f"cannot be read ({exc})", path) from None
        finally:
            source.close()
        store = cls(memory, path, readonly_reason=reason)
        if schema_version(memory) < SCHEMA_VERSION:
            apply_migrations(store.db)
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
        partial = path.with_name(f".{path.name}.partial")
        partial.unlink(missing_ok=True)
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
            partial.replace(path)
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
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

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
        try:
            backups.copy_database(self.conn, target)
        except (sqlite3.Error, OSError) as exc:
            raise PlanError(f"cannot be written ({exc})", target) from None

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
            write()
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

"""The base of the record managers (`store.goals`, `store.survey`, …).

Each kind of record is a small class over its store's one connection; every edit goes through
the store's one edit path (`PlanStore._edit`: read-only check, one transaction, `modified`
stamped, listeners told), so all kinds behave alike.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from plan.store.changes import PlanChange

if TYPE_CHECKING:
    import sqlite3

    from plan.store.core import PlanStore


class Records:
    """One kind of record of an open plan."""

    def __init__(self, store: PlanStore) -> None:
        self._store = store

    @property
    def conn(self) -> sqlite3.Connection:
        return self._store.conn

    def _now(self) -> str:
        return self._store._now()

    def _edit(self, change: PlanChange, write: Callable[[], object]) -> None:
        self._store._edit(change, write)

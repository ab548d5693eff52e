"""Undo commands: each edit is one command calling one `plan.store` function each way.

Qt calls redo()/undo() from C++, where a Python exception would only be printed; so a store
error is kept on the command (and a refused first redo marks it obsolete, which drops it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from plan.errors import PlanError
from plan.store import PlanStore

_PROFILE_FIELD_ID = 1001


class PlanCommand(QUndoCommand):
    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.error: PlanError | None = None
        self._done_once = False

    def _run(self, action: Callable[[], None], *, first: bool) -> None:
        try:
            action()
            self.error = None
        except PlanError as exc:
            self.error = exc
            if first:
                self.setObsolete(True)

    def redo(self) -> None:
        first = not self._done_once
        self._done_once = True
        self._run(self.do, first=first)

    def undo(self) -> None:
        self._run(self.revert, first=False)

    def do(self) -> None:
        raise NotImplementedError

    def revert(self) -> None:
        raise NotImplementedError


class SetProfileField(PlanCommand):
    """One profile field. Edits of the same field in one focus visit merge into one step."""

    def __init__(self, store: PlanStore, name: str, value: str, text: str, visit: int = 0) -> None:
        super().__init__(text)
        self.store = store
        self.name = name
        self.new = value
        self.old: str | None = None
        self.visit = visit

    def do(self) -> None:
        old = self.store.set_profile_field(self.name, self.new)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        if self.old is not None:
            self.store.set_profile_field(self.name, self.old)

    def id(self) -> int:
        return _PROFILE_FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetProfileField)
            and other.error is None
            and other.name == self.name
            and other.visit == self.visit
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class SetPlanLanguage(PlanCommand):
    def __init__(self, store: PlanStore, language: str, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.new = language
        self.old: str | None = None

    def do(self) -> None:
        old = self.store.set_language(self.new)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        if self.old is not None:
            self.store.set_language(self.old)


class SetLogo(PlanCommand):
    def __init__(self, store: PlanStore, data: bytes | None, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.new = data
        self.old: bytes | None = None
        self._captured = False

    def do(self) -> None:
        old = self.store.set_logo(self.new)
        if not self._captured:
            self.old = old
            self._captured = True

    def revert(self) -> None:
        self.store.set_logo(self.old)

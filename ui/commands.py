"""Undo commands: each edit is one command calling one `plan.store` function each way.

Qt calls redo()/undo() from C++, where a Python exception would only be printed; so a store
error is kept on the command (and a refused first redo marks it obsolete, which drops it).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from plan.errors import PlanError
from plan.scoring import Answer
from plan.store import PlanStore, Snapshot

_PROFILE_FIELD_ID = 1001
_ANSWER_ID = 1002


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


class SetAnswer(PlanCommand):
    """One self-audit statement's answer and note. Note typing in one visit merges."""

    def __init__(
        self, store: PlanStore, item_id: str, answer: Answer | None, text: str, visit: int = 0
    ) -> None:
        super().__init__(text)
        self.store = store
        self.item_id = item_id
        self.new = answer
        self.old: Answer | None = None
        self.visit = visit
        self._captured = False

    def do(self) -> None:
        old = self.store.set_answer(self.item_id, self.new)
        if not self._captured:
            self.old, self._captured = old, True

    def revert(self) -> None:
        self.store.set_answer(self.item_id, self.old)

    def id(self) -> int:
        return _ANSWER_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetAnswer)
            and other.error is None
            and other.item_id == self.item_id
            and self.visit != 0
            and other.visit == self.visit
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


class SetMetric(PlanCommand):
    def __init__(self, store: PlanStore, metric_id: str, value: float | None, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.metric_id = metric_id
        self.new = value
        self.old: float | None = None
        self._captured = False

    def do(self) -> None:
        old = self.store.set_metric(self.metric_id, self.new)
        if not self._captured:
            self.old, self._captured = old, True

    def revert(self) -> None:
        self.store.set_metric(self.metric_id, self.old)


class AddSnapshot(PlanCommand):
    def __init__(self, store: PlanStore, snapshot: Snapshot, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.snapshot = snapshot

    def do(self) -> None:
        self.snapshot = self.store.add_snapshot(self.snapshot)

    def revert(self) -> None:
        if self.snapshot.id is not None:
            self.store.delete_snapshot(self.snapshot.id)


class DeleteSnapshot(PlanCommand):
    def __init__(self, store: PlanStore, snapshot_id: int, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.snapshot_id = snapshot_id
        self.removed: Snapshot | None = None

    def do(self) -> None:
        self.removed = self.store.delete_snapshot(self.snapshot_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.store.add_snapshot(self.removed)

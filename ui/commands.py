"""Undo commands: each edit is one command calling one `plan.store` function each way.

Qt calls redo()/undo() from C++, where a Python exception would only be printed; so a store
error is kept on the command (and a refused first redo marks it obsolete, which drops it).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtGui import QUndoCommand

from plan.complaints import Complaint
from plan.errors import PlanError
from plan.imports import ImportPreview
from plan.problems import Problem
from plan.scoring import Answer
from plan.store import AcceptedSuggestion, PlanStore, RemovedImport, Snapshot

_MERGEABLE_ID = 1001


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


class SetValue(PlanCommand):
    """Set one value through a store function that returns the previous value (kept for undo).

    Commands with the same `merge_key` merge into one undo step, e.g. typing in one field during
    one visit; a run of edits that ends where it began leaves no step at all.
    """

    def __init__(
        self,
        setter: Callable[[Any], Any],
        value: Any,
        text: str,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self.setter = setter
        self.new = value
        self.old: Any = None
        self.merge_key = merge_key
        self._captured = False

    def do(self) -> None:
        old = self.setter(self.new)
        if not self._captured:
            self.old, self._captured = old, True

    def revert(self) -> None:
        self.setter(self.old)

    def id(self) -> int:
        return _MERGEABLE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (
            isinstance(other, SetValue)
            and other.error is None
            and self.merge_key is not None
            and other.merge_key == self.merge_key
        ):
            return False
        self.new = other.new
        if self.new == self.old:
            self.setObsolete(True)
        return True


def SetProfileField(store: PlanStore, name: str, value: str, text: str, visit: int = 0) -> SetValue:
    """One profile field; edits of the same field in one focus visit merge."""
    return SetValue(
        lambda v: store.set_profile_field(name, v), value, text, ("profile", name, visit)
    )


def SetPlanLanguage(store: PlanStore, language: str, text: str) -> SetValue:
    return SetValue(store.set_language, language, text)


def SetLogo(store: PlanStore, data: bytes | None, text: str) -> SetValue:
    return SetValue(store.set_logo, data, text)


def SetAnswer(
    store: PlanStore, item_id: str, answer: Answer | None, text: str, visit: int = 0
) -> SetValue:
    """One self-audit statement's answer and note; note typing in one visit merges."""
    key = ("answer", item_id, visit) if visit else None
    return SetValue(lambda v: store.set_answer(item_id, v), answer, text, key)


def SetMetric(store: PlanStore, metric_id: str, value: float | None, text: str) -> SetValue:
    return SetValue(lambda v: store.set_metric(metric_id, v), value, text)


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


class ImportRows(PlanCommand):
    """Import a checked file's valid rows; undo removes them, redo puts the same rows back."""

    def __init__(self, store: PlanStore, preview: ImportPreview, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.preview: ImportPreview | None = preview
        self.import_id: int | None = None
        self.removed: RemovedImport | None = None

    def do(self) -> None:
        if self.removed is not None:
            self.store.restore_import(self.removed)
            self.removed = None
        elif self.preview is not None:
            self.import_id = self.store.import_records(self.preview)
            self.preview = None  # the rows live in the plan now; undo keeps its own copy

    def revert(self) -> None:
        if self.import_id is not None:
            self.removed = self.store.delete_import(self.import_id)


class RemoveImport(PlanCommand):
    def __init__(self, store: PlanStore, import_id: int, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.import_id = import_id
        self.removed: RemovedImport | None = None

    def do(self) -> None:
        self.removed = self.store.delete_import(self.import_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.store.restore_import(self.removed)


class AddComplaint(PlanCommand):
    def __init__(self, store: PlanStore, complaint: Complaint, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.complaint = complaint

    def do(self) -> None:
        self.complaint = self.store.add_complaint(self.complaint)

    def revert(self) -> None:
        if self.complaint.id is not None:
            self.store.delete_complaint(self.complaint.id)


class EditComplaint(PlanCommand):
    def __init__(self, store: PlanStore, complaint: Complaint, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.new = complaint
        self.old: Complaint | None = None

    def do(self) -> None:
        old = self.store.update_complaint(self.new)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        if self.old is not None:
            self.store.update_complaint(self.old)


class DeleteComplaint(PlanCommand):
    def __init__(self, store: PlanStore, complaint_id: int, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.complaint_id = complaint_id
        self.removed: Complaint | None = None

    def do(self) -> None:
        self.removed = self.store.delete_complaint(self.complaint_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.store.add_complaint(self.removed)


def SetComplaintCategories(store: PlanStore, names: list[str], text: str) -> SetValue:
    return SetValue(store.set_complaint_categories, names, text)


# -- step 2: problems, suggestions and the seven sins ---------------------------------------------


class AddProblem(PlanCommand):
    def __init__(self, store: PlanStore, problem: Problem, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.problem = problem

    def do(self) -> None:
        self.problem = self.store.add_problem(self.problem)

    def revert(self) -> None:
        if self.problem.id is not None:
            self.store.delete_problem(self.problem.id)


class EditProblem(PlanCommand):
    def __init__(self, store: PlanStore, problem: Problem, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.new = problem
        self.old: Problem | None = None

    def do(self) -> None:
        old = self.store.update_problem(self.new)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        if self.old is not None:
            self.store.update_problem(self.old)


class DeleteProblem(PlanCommand):
    def __init__(self, store: PlanStore, problem_id: int, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.problem_id = problem_id
        self.removed: Problem | None = None

    def do(self) -> None:
        self.removed = self.store.delete_problem(self.problem_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.store.add_problem(self.removed)


class AcceptSuggestion(PlanCommand):
    """A suggestion becomes a problem (as suggested, or as the user edited it first); undo takes
    the problem out and offers the suggestion again, dismissed again if it had been."""

    def __init__(self, store: PlanStore, problem: Problem, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.problem = problem
        self.accepted: AcceptedSuggestion | None = None

    def do(self) -> None:
        self.accepted = self.store.accept_suggestion(self.problem)
        self.problem = self.accepted.problem  # redo keeps the same id

    def revert(self) -> None:
        if self.accepted is not None:
            self.problem = self.store.revert_acceptance(self.accepted)


def SetSuggestionDismissed(store: PlanStore, key: str, dismissed: bool, text: str) -> SetValue:
    """Dismiss a suggestion, or bring a dismissed one back."""
    return SetValue(lambda v: store.set_suggestion_dismissed(key, v), dismissed, text)


def SetSinObservation(store: PlanStore, sin_id: str, seen: str | None, text: str) -> SetValue:
    return SetValue(lambda v: store.set_sin_observation(sin_id, v), seen, text)

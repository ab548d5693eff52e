"""Undo commands: each edit is one command calling one `plan.store` function each way.

Qt calls redo()/undo() from C++, where a Python exception would only be printed; so a store
error is kept on the command (and a refused first redo marks it obsolete, which drops it).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QUndoCommand

from plan.complaints import Complaint
from plan.errors import PlanError
from plan.goals import Goal, Means
from plan.imports import ImportPreview
from plan.own_words import OwnSection
from plan.problems import Problem
from plan.scoring import Answer
from plan.standards import Standard
from plan.store import (
    AcceptedSuggestion,
    MergedWave,
    PlanStore,
    RemovedImport,
    RemovedWave,
    Snapshot,
)

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


class AddRecord(PlanCommand):
    """Add a record (complaint, problem, standard, goal, means); undo deletes it by id.

    `record` holds the stored record, id included, once done."""

    def __init__(
        self, add: Callable[[Any], Any], delete: Callable[[int], Any], record: Any, text: str
    ) -> None:
        super().__init__(text)
        self.add, self.delete = add, delete
        self.record = record

    def do(self) -> None:
        self.record = self.add(self.record)

    def revert(self) -> None:
        if self.record.id is not None:
            self.delete(self.record.id)


class EditRecord(PlanCommand):
    """Change a record through a store function that returns it as it was."""

    def __init__(self, update: Callable[[Any], Any], record: Any, text: str) -> None:
        super().__init__(text)
        self.update = update
        self.new = record
        self.old: Any = None

    def do(self) -> None:
        old = self.update(self.new)
        if self.old is None:
            self.old = old

    def revert(self) -> None:
        if self.old is not None:
            self.update(self.old)


class DeleteRecord(PlanCommand):
    """Delete a record; `restore` takes what the delete returned and puts it all back."""

    def __init__(
        self, delete: Callable[[int], Any], restore: Callable[[Any], Any], record_id: int, text: str
    ) -> None:
        super().__init__(text)
        self.delete, self.restore = delete, restore
        self.record_id = record_id
        self.removed: Any = None

    def do(self) -> None:
        self.removed = self.delete(self.record_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.restore(self.removed)


def SetProfileField(store: PlanStore, name: str, value: str, text: str, visit: int = 0) -> SetValue:
    """One profile field; edits of the same field in one focus visit merge."""
    return SetValue(
        lambda v: store.profile.set_field(name, v), value, text, ("profile", name, visit)
    )


def SetPlanLanguage(store: PlanStore, language: str, text: str) -> SetValue:
    return SetValue(store.set_language, language, text)


def SetLogo(store: PlanStore, data: bytes | None, text: str) -> SetValue:
    return SetValue(store.profile.set_logo, data, text)


def SetAnswer(
    store: PlanStore, item_id: str, answer: Answer | None, text: str, visit: int = 0
) -> SetValue:
    """One self-audit statement's answer and note; note typing in one visit merges."""
    key = ("answer", item_id, visit) if visit else None
    return SetValue(lambda v: store.self_audit.set_answer(item_id, v), answer, text, key)


def SetMetric(store: PlanStore, metric_id: str, value: float | None, text: str) -> SetValue:
    return SetValue(lambda v: store.self_audit.set_metric(metric_id, v), value, text)


class AddSnapshot(PlanCommand):
    def __init__(self, store: PlanStore, snapshot: Snapshot, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.snapshot = snapshot

    def do(self) -> None:
        self.snapshot = self.store.self_audit.add_snapshot(self.snapshot)

    def revert(self) -> None:
        if self.snapshot.id is not None:
            self.store.self_audit.delete_snapshot(self.snapshot.id)


class DeleteSnapshot(PlanCommand):
    def __init__(self, store: PlanStore, snapshot_id: int, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.snapshot_id = snapshot_id
        self.removed: Snapshot | None = None

    def do(self) -> None:
        self.removed = self.store.self_audit.delete_snapshot(self.snapshot_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.store.self_audit.add_snapshot(self.removed)


class ImportRows(PlanCommand):
    """Import a checked file's valid rows; undo removes them, redo puts the same rows back."""

    def __init__(
        self, store: PlanStore, preview: ImportPreview, text: str, wave: str | None = None
    ) -> None:
        super().__init__(text)
        self.store = store
        self.preview: ImportPreview | None = preview
        self.wave = wave  # a survey's wave label (None: its responses' month)
        self.import_id: int | None = None
        self.removed: RemovedImport | None = None

    def do(self) -> None:
        if self.removed is not None:
            self.store.imports.restore(self.removed)
            self.removed = None
        elif self.preview is not None:
            self.import_id = self.store.imports.add(self.preview, self.wave)
            self.preview = None  # the rows live in the plan now; undo keeps its own copy

    def revert(self) -> None:
        if self.import_id is not None:
            self.removed = self.store.imports.delete(self.import_id)


class RemoveImport(PlanCommand):
    def __init__(self, store: PlanStore, import_id: int, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.import_id = import_id
        self.removed: RemovedImport | None = None

    def do(self) -> None:
        self.removed = self.store.imports.delete(self.import_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.store.imports.restore(self.removed)


class ApplyData(PlanCommand):
    """A data file merged into the plan (File ▸ Apply a Data File…): one transaction and one
    undo step; undo puts back the sections the file touched as they were."""

    def __init__(
        self, store: PlanStore, data: dict[str, Any], text: str, source: Path | None = None
    ) -> None:
        super().__init__(text)
        self.store = store
        self.data = data
        self.source = source
        self.saved: dict[str, Any] | None = None

    def do(self) -> None:
        from plan.datafile import export_sections, load_data, sections_of  # not at start-up

        saved = export_sections(self.store, sections_of(self.data))
        load_data(self.store, self.data, replace_all=False, source=self.source)
        self.saved = saved

    def revert(self) -> None:
        from plan.datafile import load_data

        if self.saved is not None:
            load_data(self.store, self.saved, replace_all=True)


class RenameWave(PlanCommand):
    def __init__(self, store: PlanStore, wave_id: int, label: str, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.wave_id = wave_id
        self.label = label
        self.old: str | None = None

    def do(self) -> None:
        self.old = self.store.survey.rename_wave(self.wave_id, self.label)

    def revert(self) -> None:
        if self.old is not None:
            self.store.survey.rename_wave(self.wave_id, self.old)


class MergeWaves(PlanCommand):
    """Move one wave's imports into another; undo parts them again."""

    def __init__(self, store: PlanStore, wave_id: int, into: int, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.wave_id = wave_id
        self.into = into
        self.merged: MergedWave | None = None

    def do(self) -> None:
        self.merged = self.store.survey.merge_waves(self.wave_id, self.into)

    def revert(self) -> None:
        if self.merged is not None:
            self.store.survey.unmerge_waves(self.merged)


class RemoveWave(PlanCommand):
    """Remove a wave with its imports and responses; undo puts them back as they were."""

    def __init__(self, store: PlanStore, wave_id: int, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.wave_id = wave_id
        self.removed: RemovedWave | None = None

    def do(self) -> None:
        self.removed = self.store.survey.remove_wave(self.wave_id)

    def revert(self) -> None:
        if self.removed is not None:
            self.store.survey.restore_wave(self.removed)


def AddComplaint(store: PlanStore, complaint: Complaint, text: str) -> AddRecord:
    return AddRecord(store.complaints.add, store.complaints.delete, complaint, text)


def EditComplaint(store: PlanStore, complaint: Complaint, text: str) -> EditRecord:
    return EditRecord(store.complaints.update, complaint, text)


def DeleteComplaint(store: PlanStore, complaint_id: int, text: str) -> DeleteRecord:
    return DeleteRecord(store.complaints.delete, store.complaints.add, complaint_id, text)


def SetComplaintCategories(store: PlanStore, names: list[str], text: str) -> SetValue:
    return SetValue(store.complaints.set_categories, names, text)


# -- step 2: problems, suggestions and the seven sins ---------------------------------------------


def AddProblem(store: PlanStore, problem: Problem, text: str) -> AddRecord:
    return AddRecord(store.problems.add, store.problems.delete, problem, text)


def EditProblem(store: PlanStore, problem: Problem, text: str) -> EditRecord:
    return EditRecord(store.problems.update, problem, text)


def DeleteProblem(store: PlanStore, problem_id: int, text: str) -> DeleteRecord:
    return DeleteRecord(store.problems.delete, store.problems.restore, problem_id, text)


class AcceptSuggestion(PlanCommand):
    """A suggestion becomes a problem (as suggested, or as the user edited it first); undo takes
    the problem out and offers the suggestion again, dismissed again if it had been."""

    def __init__(self, store: PlanStore, problem: Problem, text: str) -> None:
        super().__init__(text)
        self.store = store
        self.record = problem
        self.accepted: AcceptedSuggestion | None = None

    def do(self) -> None:
        self.accepted = self.store.problems.accept_suggestion(self.record)
        self.record = self.accepted.problem  # redo keeps the same id

    def revert(self) -> None:
        if self.accepted is not None:
            self.record = self.store.problems.revert_acceptance(self.accepted)


def SetSuggestionDismissed(store: PlanStore, key: str, dismissed: bool, text: str) -> SetValue:
    """Dismiss a suggestion, or bring a dismissed one back."""
    return SetValue(lambda v: store.problems.set_suggestion_dismissed(key, v), dismissed, text)


def SetSinObservation(store: PlanStore, sin_id: str, seen: str | None, text: str) -> SetValue:
    return SetValue(lambda v: store.problems.set_sin_observation(sin_id, v), seen, text)


# -- steps 3 and 4: standards, goals, means and the cost of poor service -------------------------


def AddStandard(store: PlanStore, standard: Standard, text: str) -> AddRecord:
    return AddRecord(store.standards.add, store.standards.delete, standard, text)


def EditStandard(store: PlanStore, standard: Standard, text: str) -> EditRecord:
    return EditRecord(store.standards.update, standard, text)


def DeleteStandard(store: PlanStore, standard_id: int, text: str) -> DeleteRecord:
    return DeleteRecord(store.standards.delete, store.standards.add, standard_id, text)


def AddGoal(store: PlanStore, goal: Goal, text: str) -> AddRecord:
    return AddRecord(store.goals.add, store.goals.delete, goal, text)


def EditGoal(store: PlanStore, goal: Goal, text: str) -> EditRecord:
    return EditRecord(store.goals.update, goal, text)


def DeleteGoal(store: PlanStore, goal_id: int, text: str) -> DeleteRecord:
    """Means of the goal stay (without a goal); undo links them to it again."""
    return DeleteRecord(store.goals.delete, store.goals.restore, goal_id, text)


def AddMeans(store: PlanStore, means: Means, text: str) -> AddRecord:
    return AddRecord(store.means.add, store.means.delete, means, text)


def EditMeans(store: PlanStore, means: Means, text: str) -> EditRecord:
    return EditRecord(store.means.update, means, text)


def DeleteMeans(store: PlanStore, means_id: int, text: str) -> DeleteRecord:
    return DeleteRecord(store.means.delete, store.means.add, means_id, text)


def SetEconomicsInput(
    store: PlanStore, name: str, value: object, text: str, visit: int = 0
) -> SetValue:
    """One calculator input; typing in one field during one visit is one undo step."""
    return SetValue(
        lambda v: store.economics.set_input(name, v), value, text, ("economics", name, visit)
    )


def SetOwnText(store: PlanStore, key: str, value: str, text: str) -> SetValue:
    """The consultant's own text under a section (or in place of a generated sentence)."""
    return SetValue(lambda v: store.own_words.set_text(key, v), value, text)


def AddOwnSection(store: PlanStore, own: OwnSection, text: str) -> AddRecord:
    return AddRecord(store.own_words.add, store.own_words.delete, own, text)


def EditOwnSection(store: PlanStore, own: OwnSection, text: str) -> EditRecord:
    """Change an own section's title, text or place (moving it is an edit of `after`)."""
    return EditRecord(store.own_words.update, own, text)


def DeleteOwnSection(store: PlanStore, own_id: int, text: str) -> DeleteRecord:
    return DeleteRecord(store.own_words.delete, store.own_words.add, own_id, text)

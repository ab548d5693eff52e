"""Standards (step 3), goals and means (step 4), and the economics calculator's inputs.

Standards, goals and means share one shape: a table with an id, columns in a fixed order and,
for standards and goals, links to the problems they answer. A `RecordSpec` says how each maps.
"""

from __future__ import annotations

from dataclasses import dataclass

from plan.economics import INPUTS as ECONOMICS_INPUTS
from plan.economics import EconomicsInputs
from plan.economics import validate_input as validate_economics_input
from plan.goals import Goal, Means, validate_goal, validate_means
from plan.standards import Standard, validate_standard
from plan.store.changes import PlanChange, Section
from plan.store.records import Records, RecordSpec, SpecRecords


@dataclass(frozen=True)
class RemovedGoal:
    """A deleted goal and the means that were working towards it (undo links them again)."""

    goal: Goal
    means_ids: tuple[int, ...]


class StandardRecords(SpecRecords):
    """`store.standards`."""

    def all(self) -> list[Standard]:
        return self._rows(_STANDARDS)

    def get(self, standard_id: int) -> Standard:
        return self._one(_STANDARDS, standard_id)

    def add(self, standard: Standard) -> Standard:
        """Store a standard (keeping its id and problem links when it has them, for undo)."""
        return self._add(_STANDARDS, standard)

    def update(self, standard: Standard) -> Standard:
        """Change a standard; returns it as it was."""
        return self._update(_STANDARDS, standard)

    def delete(self, standard_id: int) -> Standard:
        """Remove a standard; returns it with its links, so undo can add it back as it was."""
        return self._delete(_STANDARDS, standard_id)


class GoalRecords(SpecRecords):
    """`store.goals`."""

    def all(self) -> list[Goal]:
        return self._rows(_GOALS)

    def get(self, goal_id: int) -> Goal:
        return self._one(_GOALS, goal_id)

    def add(self, goal: Goal) -> Goal:
        return self._add(_GOALS, goal)

    def update(self, goal: Goal) -> Goal:
        return self._update(_GOALS, goal)

    def delete(self, goal_id: int) -> RemovedGoal:
        """Remove a goal; its means stay, without a goal. Undo: `restore`."""
        means_ids = tuple(
            row[0] for row in self.conn.execute("SELECT id FROM means WHERE goal_id = ?", [goal_id])
        )
        return RemovedGoal(self._delete(_GOALS, goal_id), means_ids)

    def restore(self, removed: RemovedGoal) -> Goal:
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


class MeansRecords(SpecRecords):
    """`store.means`."""

    def all(self) -> list[Means]:
        """Every means, oldest first."""
        return self._rows(_MEANS)

    def get(self, means_id: int) -> Means:
        return self._one(_MEANS, means_id)

    def _check_goal(self, means: Means) -> Means:
        means = validate_means(means)
        if means.goal_id is not None:
            self._store.goals.get(means.goal_id)
        return means

    def add(self, means: Means) -> Means:
        return self._add(_MEANS, self._check_goal(means))

    def update(self, means: Means) -> Means:
        return self._update(_MEANS, self._check_goal(means))

    def delete(self, means_id: int) -> Means:
        return self._delete(_MEANS, means_id)


class EconomicsRecords(Records):
    """`store.economics`: the cost-of-poor-service calculator's inputs (one row)."""

    def inputs(self) -> EconomicsInputs:
        """The cost-of-poor-service calculator's inputs (defaults until the user sets them)."""
        row = self.conn.execute(
            f"SELECT {', '.join(ECONOMICS_INPUTS)} FROM economics WHERE id = 1"
        ).fetchone()
        return EconomicsInputs(*row)

    def set_input(self, name: str, value: object) -> object:
        """Store one calculator input; returns the previous value (for undo)."""
        stored = validate_economics_input(name, value)
        old = getattr(self.inputs(), name)
        self._edit(
            PlanChange(Section.ECONOMICS, frozenset({name})),
            lambda: self.conn.execute(f"UPDATE economics SET {name} = ? WHERE id = 1", [stored]),
        )
        return old


_STANDARDS = RecordSpec(
    kind="standard",
    table="standards",
    section=Section.STANDARDS,
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

_GOALS = RecordSpec(
    kind="goal",
    table="goals",
    section=Section.GOALS,
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
        "segment",
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
        segment=row[10] or "",
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
        g.segment,
    ],
    validate=validate_goal,
    links="goal_problems",
)

_MEANS = RecordSpec(
    kind="means",
    table="means",
    section=Section.MEANS,
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

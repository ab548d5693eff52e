"""Problems (step 2): the list, the suggestions turned into problems or dismissed, the sins."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from plan.errors import InvalidValueError
from plan.problems import SIN_SCALE, SINS, Problem, validate_problem
from plan.store.changes import PlanChange, Section
from plan.store.records import RecordSpec, SpecRecords

_PROBLEMS = RecordSpec(
    kind="problem",
    table="problems",
    section=Section.PROBLEMS,
    columns=(
        "title",
        "description",
        "evidence",
        "touchpoint",
        "frequency",
        "impact",
        "root_cause",
        "status",
        "focus",
        "suggestion_key",
    ),
    read=lambda row, _links: Problem(
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
    ),
    write=lambda p: [
        p.title,
        p.description,
        p.evidence,
        p.touchpoint,
        p.frequency,
        p.impact,
        p.root_cause,
        p.status,
        None if p.focus is None else int(p.focus),
        p.suggestion_key,
    ],
    validate=validate_problem,
)


@dataclass(frozen=True)
class AcceptedSuggestion:
    """A suggestion turned into a problem, and whether it had been dismissed before (so undo
    puts the plan back exactly as it was)."""

    problem: Problem
    was_dismissed: bool


@dataclass(frozen=True)
class RemovedProblem:
    """A deleted problem and the standards and goals that were linked to it."""

    problem: Problem
    standard_ids: tuple[int, ...]
    goal_ids: tuple[int, ...]


class ProblemRecords(SpecRecords):
    """`store.problems`: problems, dismissed suggestions and the seven sins checklist."""

    def all(self) -> list[Problem]:
        """Every problem, oldest first (plan.problems.by_priority sorts them for showing)."""
        return self._rows(_PROBLEMS)

    def get(self, problem_id: int) -> Problem:
        return self._one(_PROBLEMS, problem_id)

    def _check(self, spec: RecordSpec, record: Any) -> None:
        super()._check(spec, record)
        self._check_key_free(record)

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
        return self._write_record(_PROBLEMS, problem, insert=True)

    def add(self, problem: Problem) -> Problem:
        """Store a problem (keeping its id when it has one, as undo of a delete needs)."""
        return self._add(_PROBLEMS, problem)

    def update(self, problem: Problem) -> Problem:
        """Change a problem's fields; returns it as it was."""
        return self._update(_PROBLEMS, problem)

    def delete(self, problem_id: int) -> RemovedProblem:
        """Remove a problem and its links to standards and goals; returns them, so
        `restore` can put all back with the same id."""
        old = self.get(problem_id)
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
            PlanChange(Section.PROBLEMS),
            lambda: self.conn.execute("DELETE FROM problems WHERE id = ?", [problem_id]),
        )
        return RemovedProblem(old, links["standard"], links["goal"])

    def restore(self, removed: RemovedProblem) -> Problem:
        """Undo `delete`: the problem with its id, and its links that still can be."""
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

        self._edit(PlanChange(Section.PROBLEMS), write)
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

        self._edit(PlanChange(Section.PROBLEMS), write)
        return AcceptedSuggestion(replace(problem, id=new_id[0]), was_dismissed)

    def revert_acceptance(self, accepted: AcceptedSuggestion) -> Problem:
        """Undo `accept_suggestion`: remove the problem (as it is now, which is returned) and
        dismiss the suggestion again if it had been dismissed."""
        problem_id = accepted.problem.id
        key = accepted.problem.suggestion_key
        if problem_id is None or key is None:
            raise ValueError("revert_acceptance needs what accept_suggestion returned")
        current = self.get(problem_id)

        def write() -> None:
            self.conn.execute("DELETE FROM problems WHERE id = ?", [problem_id])
            if accepted.was_dismissed:
                self.conn.execute(
                    "INSERT OR IGNORE INTO dismissed_suggestions (key, dismissed_at) VALUES (?, ?)",
                    [key, self._now()],
                )

        self._edit(PlanChange(Section.PROBLEMS), write)
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

        self._edit(PlanChange(Section.SUGGESTIONS, frozenset({key})), write)
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

        self._edit(PlanChange(Section.SINS, frozenset({sin_id})), write)
        return old

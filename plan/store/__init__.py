"""The plan file and its records: `PlanStore` and the names callers use with it.

`PlanStore` (in `core`) opens, checks, migrates and closes a plan and runs every edit in one
transaction; each kind of record has a small manager over the same connection and edit path
(`store.profile`, `store.self_audit`, `store.imports`, `store.survey`, `store.complaints`,
`store.problems`, `store.standards`, `store.goals`, `store.means`, `store.economics`).
Plan-wide computations (scores, goal baselines, the report) live above, in modules that take a
store.
"""

from plan.store.changes import Listener, PlanChange, Section
from plan.store.core import PLAN_SUFFIX, PlanStore, check_file
from plan.store.plans import RemovedGoal
from plan.store.problems import AcceptedSuggestion, RemovedProblem
from plan.store.self_audit import MAX_NOTE_LENGTH, Snapshot
from plan.store.survey import SURVEY_RESPONSE_COLUMNS, RemovedImport, StoredImport

__all__ = [
    "MAX_NOTE_LENGTH",
    "PLAN_SUFFIX",
    "SURVEY_RESPONSE_COLUMNS",
    "AcceptedSuggestion",
    "Listener",
    "PlanChange",
    "PlanStore",
    "RemovedGoal",
    "RemovedImport",
    "RemovedProblem",
    "Section",
    "Snapshot",
    "StoredImport",
    "check_file",
]

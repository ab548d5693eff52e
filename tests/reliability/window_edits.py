"""The edits a tour of the window makes on a large plan, one per step that has a record to
add or change: shared by the large-plan window test and bench/window.py, so the benchmark
measures the edits the test shows to run off the GUI thread. Each is a factory of the undo
command the page's own controls would push."""

from __future__ import annotations

from collections.abc import Callable

from plan.complaints import Complaint
from plan.goals import Goal
from plan.scoring import Answer
from plan.self_audit import item_ids, structure
from plan.standards import Standard
from plan.steps import Step
from plan.store import PlanStore
from ui import commands

Edit = Callable[[PlanStore], commands.PlanCommand]


def store_edits() -> dict[Step, list[tuple[str, Edit]]]:
    """Step → (name, command factory) in the order a user would make them."""
    metric = structure()["metrics"][0]["id"]
    standard = Standard(
        "Greet within 30 seconds",
        touchpoint="store",
        indicator="Seconds to greeting",
        target=30.0,
        unit="s",
        frequency="weekly",
    )
    complaint = Complaint("2025-04-01", "Category 1", "Late again", False)
    return {
        Step.PROFILE: [
            ("edit", lambda s: commands.SetProfileField(s, "industry", "Cafés", "edit"))
        ],
        Step.SELF_AUDIT: [
            ("edit", lambda s: commands.SetAnswer(s, item_ids()[0], Answer(2), "edit"))
        ],
        Step.METRICS: [("edit", lambda s: commands.SetMetric(s, metric, 25.0, "edit"))],
        Step.COMPLAINTS: [("edit", lambda s: commands.AddComplaint(s, complaint, "edit"))],
        Step.STANDARDS: [("edit", lambda s: commands.AddStandard(s, standard, "edit"))],
        Step.GOALS: [
            (
                "edit",
                lambda s: commands.AddGoal(
                    s, Goal("More promoters", measure="nps", target=60.0), "edit"
                ),
            ),
            ("economics", lambda s: commands.SetEconomicsInput(s, "customers", 5000, "edit", 1)),
        ],
    }

"""What each step holds and lacks (the window's guidance words these)."""

from __future__ import annotations

from pathlib import Path

from plan.demo import create_demo
from plan.goals import Goal
from plan.progress import next_step, plan_progress
from plan.steps import Completeness, Step
from plan.store import PlanStore


def test_a_new_plan_lacks_something_in_every_step(tmp_path: Path) -> None:
    store = PlanStore.create(tmp_path / "new.svcplan")
    progress = plan_progress(store)
    for step in Step:
        assert progress[step].missing, step
    assert progress[Step.SELF_AUDIT].missing[0].count == 44
    assert [m.code for m in progress[Step.PROBLEMS].missing] == ["problems_none", "sins_unmarked"]
    assert next_step(progress) is Step.PROFILE
    store.close()


def test_counts_follow_the_plan(tmp_path: Path) -> None:
    store = PlanStore.create(tmp_path / "new.svcplan")
    store.profile.set_field("business_name", "Corner Bakery")
    store.self_audit.set_metric("customer_retention", 80.0)
    store.goals.add(Goal("More"))  # no indicator, target or deadline; no means
    progress = plan_progress(store)
    profile = progress[Step.PROFILE]
    assert profile.mark is Completeness.PARTIAL
    assert profile.done == profile.total - len(profile.missing[0].names)
    assert "business_name" not in profile.missing[0].names
    assert progress[Step.METRICS].missing[0].count == 4
    codes = [m.code for m in progress[Step.GOALS].missing]
    assert codes == ["goals_not_smart", "goals_without_means"]
    store.close()


def test_the_demo_lacks_nothing(tmp_path: Path) -> None:
    store = create_demo(tmp_path / "demo.svcplan", "en")
    progress = plan_progress(store)
    assert all(not p.missing for p in progress.values())
    assert all(p.mark is Completeness.COMPLETE for p in progress.values())
    assert next_step(progress) is None
    store.close()

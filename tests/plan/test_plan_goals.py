"""Step 4: goals (baselines that follow the measured value, the specific-measurable-dated check),
means (kinds, forms, dates: an end before the start is refused), the library, the store's
functions with undo, and the step's completeness."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest

from plan import LANGUAGES
from plan.demo import table_preview
from plan.errors import InvalidValueError
from plan.goals import (
    FORMS,
    GOAL_FLAGS,
    RETENTION_MEASURE,
    Goal,
    Means,
    check_goal,
    explain_goal,
    goal_baseline,
    load_goal_texts,
    load_means_texts,
    means_from_template,
    means_structure,
    measure_keys,
    measures,
    validate_goal,
    validate_means,
)
from plan.imports import SURVEY
from plan.measured import measured_values
from plan.problems import Problem
from plan.steps import Completeness, Step, completeness
from plan.store import PlanStore


@pytest.fixture
def store() -> Iterator[PlanStore]:
    plan = PlanStore.memory()
    yield plan
    plan.close()


def nps_goal(**change: object) -> Goal:
    goal = Goal(
        "Turn detractors into promoters",
        measure="nps",
        target=20.0,
        deadline="2027-06-30",
        owner="Owner",
    )
    return replace(goal, **change)


def import_nps(store: PlanStore, answers: list[int]) -> None:
    rows = [[str(a)] for a in answers]
    store.imports.add(table_preview(SURVEY, f"nps{len(rows)}.csv", ["nps"], rows))


# -- baselines ---------------------------------------------------------------------------------


def test_baseline_follows_the_measured_value(store: PlanStore) -> None:
    goal = store.goals.add(nps_goal(baseline=-50.0))
    assert goal_baseline(goal, measured_values(store)) == -50.0  # nothing measured: typed one
    import_nps(store, [10, 10, 9, 3])  # 3 promoters, 1 detractor: NPS +50
    assert measured_values(store)["nps"] == pytest.approx(50.0)
    assert goal_baseline(goal, measured_values(store)) == pytest.approx(50.0)
    import_nps(store, [0, 0, 0, 0])  # now 3 promoters, 5 detractors of 8: −25
    assert goal_baseline(goal, measured_values(store)) == pytest.approx(-25.0)


def test_metric_and_self_audit_baselines_follow_the_plan(store: PlanStore) -> None:
    retention = Goal("Keep more customers", measure=RETENTION_MEASURE, target=80.0)
    assert goal_baseline(retention, measured_values(store)) is None
    store.self_audit.set_metric("customer_retention", 64.0)
    assert goal_baseline(retention, measured_values(store)) == 64.0
    store.self_audit.set_metric("customer_retention", 70.0)
    assert goal_baseline(retention, measured_values(store)) == 70.0
    values = measured_values(store)
    assert set(values) == set(measure_keys())
    assert values["service_index"] is None and values["csat"] is None


def test_custom_indicator_keeps_its_typed_baseline(store: PlanStore) -> None:
    goal = Goal("Log every complaint", indicator="Complaints logged", unit="%", baseline=20.0)
    assert goal_baseline(goal, measured_values(store)) == 20.0


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_measure_is_named_with_a_unit_and_direction(language: str) -> None:
    named = measures(language)
    assert tuple(named) == measure_keys()
    assert all(m.name and m.unit for m in named.values())
    assert not named["metric:complaints_per_100"].higher_is_better
    assert named["nps"].minimum == -100 and named["nps"].maximum == 100
    assert "{" not in "".join(m.name for m in named.values())  # placeholders filled


# -- the goal check ----------------------------------------------------------------------------


def test_a_specific_measurable_dated_goal_with_means_has_no_flags() -> None:
    goal = nps_goal(id=1)
    means = [Means("Complaint training", "know", goal_id=1)]
    result = check_goal(goal, {"nps": -7.5}, "en", means=means, today=date(2026, 11, 23))
    assert result.flags == () and result.smart and result.baseline == -7.5


@pytest.mark.parametrize(
    ("change", "flag"),
    [
        ({"title": "NPS"}, "not_specific"),
        ({"measure": "", "indicator": "", "baseline": 0.0}, "not_specific"),
        ({"target": None}, "not_measurable"),
        ({"deadline": ""}, "not_dated"),
        ({"target": -10.0}, "target_not_better"),
        ({"deadline": "2026-01-31"}, "deadline_passed"),
    ],
)
def test_goal_flags(change: dict[str, object], flag: str) -> None:
    goal = nps_goal(id=1, **change)
    means = [Means("Complaint training", "know", goal_id=1)]
    result = check_goal(goal, {"nps": -7.5}, "en", means=means, today=date(2026, 11, 23))
    assert result.flags == (flag,)
    assert result.smart is (flag not in ("not_specific", "not_measurable", "not_dated"))


def test_lower_is_better_measures_and_custom_direction() -> None:
    hours = Goal("Answer messages faster", measure="metric:first_response_hours", target=30.0)
    assert (
        "target_not_better" in check_goal(hours, {"metric:first_response_hours": 24.0}, "en").flags
    )
    assert (
        "target_not_better"
        not in check_goal(
            replace(hours, target=8.0), {"metric:first_response_hours": 24.0}, "en"
        ).flags
    )
    custom = Goal("Fewer returns", indicator="Returns", baseline=40.0, target=20.0)
    assert "target_not_better" in check_goal(custom, {}, "en").flags
    assert (
        "target_not_better"
        not in check_goal(replace(custom, higher_is_better=False), {}, "en").flags
    )


def test_no_baseline_and_no_means_are_flagged() -> None:
    result = check_goal(nps_goal(id=3), {"nps": None}, "en")
    assert {"no_baseline", "means_missing"} <= set(result.flags)
    assert result.smart  # still specific, measurable and dated


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_chinese_or_russian_title_without_spaces_is_specific(language: str) -> None:
    titles = {"en": "Raise NPS", "ru": "Поднять NPS", "zh": "提高净推荐值"}
    result = check_goal(nps_goal(title=titles[language]), {"nps": 0.0}, language)
    assert "not_specific" not in result.flags


@pytest.mark.parametrize("language", LANGUAGES)
def test_explain_goal_in_each_language(language: str) -> None:
    goal = nps_goal(target=-20.0, deadline="")
    result = check_goal(goal, {"nps": -7.5}, language)
    lines = explain_goal(goal, result, language)
    assert len(lines) == len(result.flags)
    baseline = "-7,5" if language == "ru" else "-7.5"
    assert any("-20" in line and baseline in line for line in lines)  # target_not_better
    words = load_goal_texts(language).check
    assert set(GOAL_FLAGS) <= set(words)


def test_validate_goal() -> None:
    assert validate_goal(nps_goal(title="  Raise \n NPS ")).title == "Raise NPS"
    for change, field, code in (
        ({"title": ""}, "title", "empty"),
        ({"measure": "mood"}, "measure", "unknown_measure"),
        ({"deadline": "31.12.2027"}, "deadline", "bad_date"),
        ({"deadline": "2027-02-30"}, "deadline", "bad_date"),
        ({"target": float("inf")}, "target", "not_a_number"),
    ):
        with pytest.raises(InvalidValueError) as caught:
            validate_goal(nps_goal(**change))
        assert (caught.value.field, caught.value.code) == (field, code)


# -- means -------------------------------------------------------------------------------------


def test_end_before_start_is_refused() -> None:
    with pytest.raises(InvalidValueError) as caught:
        validate_means(Means("Training", "know", start="2027-02-01", end="2027-01-31"))
    assert (caught.value.field, caught.value.code) == ("end", "end_before_start")
    assert caught.value.params == {"start": "2027-02-01"}
    same_day = validate_means(Means("Briefing", "know", start="2027-02-01", end="2027-02-01"))
    assert same_day.end == "2027-02-01"
    open_ended = validate_means(Means("Briefing", "know", start="2027-02-01"))
    assert open_ended.end == ""


def test_means_fields_are_checked() -> None:
    for change, field, code in (
        ({"kind": "must"}, "kind", "unknown_kind"),
        ({"form": "rewards"}, "form", "unknown_form"),  # a "want" form on a "know" means
        ({"budget": -1.0}, "budget", "out_of_range"),
        ({"status": "late"}, "status", "unknown_status"),
        ({"start": "tomorrow"}, "start", "bad_date"),
        ({"action": " "}, "action", "empty"),
    ):
        with pytest.raises(InvalidValueError) as caught:
            validate_means(replace(Means("Training", "know"), **change))
        assert (caught.value.field, caught.value.code) == (field, code), change


def test_store_refuses_reversed_dates_and_keeps_what_was_saved(store: PlanStore) -> None:
    kept = store.means.add(Means("Training", "know", start="2027-01-01", end="2027-01-31"))
    with pytest.raises(InvalidValueError):
        store.means.update(replace(kept, end="2026-12-31"))
    assert store.means.all() == [kept]
    with pytest.raises(InvalidValueError):
        store.means.add(Means("Other", "can", goal_id=99))  # no such goal
    assert store.means.all() == [kept]


@pytest.mark.parametrize("language", LANGUAGES)
def test_means_library(language: str) -> None:
    texts = load_means_texts(language)
    for template in means_structure()["templates"]:
        means = means_from_template(template["id"], language, date(2027, 1, 1))
        assert validate_means(means) == means
        assert means.form in FORMS[means.kind]
        assert means.start == "2027-01-01" and means.end > means.start
        assert means.action == texts.templates[template["id"]]["action"]
    power = means_from_template("power_of_three", language, date(2027, 1, 1))
    assert power.kind == "want"
    assert set(texts.forms) == {form for forms in FORMS.values() for form in forms}


def test_delete_goal_keeps_its_means_and_undo_links_them_again(store: PlanStore) -> None:
    problem = store.problems.add(Problem("Slow", 4, 4, "can"))
    goal = store.goals.add(nps_goal(problem_ids=(problem.id or 0,)))
    assert goal.id is not None
    means = store.means.add(Means("Training", "know", goal_id=goal.id, budget=500))
    removed = store.goals.delete(goal.id)
    assert removed.means_ids == (means.id,)
    assert store.goals.all() == [] and store.means.all()[0].goal_id is None
    back = store.goals.restore(removed)
    assert back == goal == store.goals.get(goal.id)
    assert store.means.all()[0].goal_id == goal.id


def test_goals_completeness(store: PlanStore) -> None:
    assert completeness(store)[Step.GOALS] is Completeness.EMPTY
    assert completeness(store)[Step.SERVICE_PLAN] is Completeness.EMPTY
    goal = store.goals.add(nps_goal(deadline=""))
    assert completeness(store)[Step.GOALS] is Completeness.PARTIAL
    store.goals.update(replace(goal, deadline="2027-06-30"))
    assert completeness(store)[Step.GOALS] is Completeness.PARTIAL  # no means yet
    store.means.add(Means("Training", "know", goal_id=goal.id))
    assert completeness(store)[Step.GOALS] is Completeness.COMPLETE
    assert completeness(store)[Step.SERVICE_PLAN] is Completeness.PARTIAL  # steps 1-3 to do

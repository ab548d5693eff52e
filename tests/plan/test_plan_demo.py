"""The built-in demo plan in each language: complete profile, language, logo, localised name."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from plan import LANGUAGES
from plan.demo import create_demo, demo_content
from plan.errors import InvalidValueError, PlanExistsError
from plan.profile import PROFILE_FIELDS, validate_field
from plan.steps import Completeness, Step, completeness

SCRIPT = {
    "en": re.compile(r"[A-Za-z]"),
    "ru": re.compile(r"[\u0400-\u04FF]"),
    "zh": re.compile(r"[\u4E00-\u9FFF]"),
}


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_demo_plan(tmp_path: Path, language: str) -> None:
    path = tmp_path / f"demo-{language}.svcplan"
    store = create_demo(path, language)
    try:
        assert store.path == path and path.is_file()
        assert not store.readonly
        assert store.language() == language
        assert completeness(store)[Step.PROFILE] == Completeness.COMPLETE
        profile = store.profile.get()
        assert profile.missing_required() == []
        assert SCRIPT[language].search(profile.business_name), profile.business_name
        if language != "en":
            assert not re.search(r"[A-Za-z]", profile.business_name)
        assert len(profile.customer_groups) >= 2
        logo = store.profile.logo()
        assert logo is not None
        assert logo.mime in ("image/png", "image/jpeg")
        assert logo.width > 0 and logo.height > 0
    finally:
        store.close()


def test_demo_names_differ_per_language() -> None:
    names = {demo_content(language)["profile"]["business_name"] for language in LANGUAGES}
    assert len(names) == len(LANGUAGES)


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_demo_content_passes_the_field_rules(language: str) -> None:
    profile = demo_content(language)["profile"]
    assert set(profile) == set(PROFILE_FIELDS)
    for name, value in profile.items():
        assert validate_field(name, value) == value, name


def test_demo_content_refuses_unknown_language() -> None:
    with pytest.raises(InvalidValueError, match="'fr' is not one of"):
        demo_content("fr")


def test_create_demo_does_not_overwrite(tmp_path: Path) -> None:
    path = tmp_path / "demo.svcplan"
    path.write_text("mine", encoding="utf-8")
    with pytest.raises(PlanExistsError):
        create_demo(path, "en")
    assert path.read_text(encoding="utf-8") == "mine"


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_demo_problems_come_from_its_own_data(tmp_path: Path, language: str) -> None:
    from plan.problems import SINS
    from plan.suggestions import gather, suggest

    store = create_demo(tmp_path / f"demo-{language}.svcplan", language)
    try:
        problems = store.problems.all()
        assert 6 <= len(problems) <= 10
        linked = [p for p in problems if p.suggestion_key]
        assert len(linked) * 2 > len(problems)  # most come from suggestions
        # Were the demo's suggestions offered again now, their numbers would be the same: the
        # evidence of each accepted one is still true of the demo's data.
        offered = {s.key: s for s in suggest(gather(store))}
        for problem in linked:
            assert problem.suggestion_key in offered, problem.suggestion_key
            assert problem.evidence == offered[problem.suggestion_key].evidence
        assert set(store.problems.sin_observations()) == set(SINS)
        assert completeness(store)[Step.PROBLEMS] == Completeness.COMPLETE
        assert {p.root_cause for p in problems} == {"know", "want", "can"}
        assert any(p.status == "in_progress" for p in problems)
        for problem in problems:
            assert SCRIPT[language].search(problem.title), problem.title
        assert store.problems.dismissed_suggestions()
    finally:
        store.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_has_a_full_set_of_standards_goals_and_means(tmp_path: Path, language: str) -> None:
    """The demo is a model plan: every standard measurable, every focus problem covered, every
    goal specific, measurable and dated with means, and the calculator filled in."""
    from plan.report import build_report

    store = create_demo(tmp_path / f"demo-{language}.svcplan", language)
    try:
        marks = completeness(store)
        assert set(marks.values()) == {Completeness.COMPLETE}  # the Service Plan's mark too
        report = build_report(store)
        assert report["standards"] >= 10 and report["goals"] >= 5 and report["means"] >= 10
        assert report["focus_without_standard"] == []
        assert all(s["measurable"] and s["owner"] for s in report["standard_list"])
        assert all(g["flags"] == [] and g["baseline"] is not None for g in report["goal_list"])
        touchpoints = {s["touchpoint"] for s in report["standard_list"]}
        assert len(touchpoints) >= 5
        assert {m["kind"] for m in report["means_list"]} == {"know", "want", "can"}
        assert report["budget_total"] > 0
        assert report["cost_of_poor_service"] > report["budget_total"]
        assert report["projected_gain"] > 0
        for record in report["standard_list"] + report["goal_list"] + report["means_list"]:
            text = record.get("statement") or record.get("title") or record.get("action")
            assert SCRIPT[language].search(text), text
    finally:
        store.close()

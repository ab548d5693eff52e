"""Complaints per branch or customer group: the record's segment, the import role matched from
"Branch", «Филиал», 门店, and `complaints.segments` in the report."""

from __future__ import annotations

from pathlib import Path

import pytest

from plan.complaints import Complaint, validate_complaint
from plan.errors import InvalidValueError
from plan.imports import COMPLAINTS, auto_mapping, prepare_import
from plan.report import build_report
from plan.store import PlanStore


@pytest.mark.parametrize("header", ["Branch", "Филиал", "门店", "Store location", "Segment"])
def test_branch_columns_are_matched_to_the_segment_role(header: str) -> None:
    headers = ["Date", "Category", header, "Description"]
    assert auto_mapping(COMPLAINTS, headers)[2] == "segment"


def test_segment_is_tidied_and_a_long_one_refused() -> None:
    assert validate_complaint(Complaint(None, "Prices", "", segment="  North   side ")).segment == (
        "North side"
    )
    with pytest.raises(InvalidValueError, match="segment: is 201 characters long"):
        validate_complaint(Complaint(None, "Prices", "", segment="x" * 201))


def test_complaints_per_segment_in_the_report(tmp_path: Path) -> None:
    store = PlanStore.memory("en")
    source = tmp_path / "c.csv"
    source.write_text(
        "date,category,branch,resolved\n"
        "2026-01-02,Waiting time,North,no\n"
        "2026-01-03,Waiting time,North,yes\n"
        "2026-01-04,Prices,North,no\n"
        "2026-01-05,Prices,South,no\n"
        "2026-01-06,Prices,,no\n",
        encoding="utf-8",
    )
    store.imports.add(prepare_import(COMPLAINTS, source))
    store.complaints.add(Complaint("2026-02-01", "Staff attitude", "", segment="South"))
    complaints = build_report(store)["complaints"]
    assert complaints["total"] == 6
    assert list(complaints["segments"]) == ["North", "South"]  # most complaints first
    north = complaints["segments"]["North"]
    assert north["total"] == 3
    assert [(e["category"], e["count"], e["vital_few"]) for e in north["pareto"]] == [
        ("Waiting time", 2, True),
        ("Prices", 1, True),  # the one at which the share reaches 80%
    ]
    assert complaints["segments"]["South"]["total"] == 2
    first = store.complaints.all()[0]
    assert first.segment == "North"
    # Editing keeps the segment; an empty one is stored as none.
    store.complaints.update(first.__class__(**{**first.__dict__, "segment": ""}))
    assert build_report(store)["complaints"]["segments"]["North"]["total"] == 2


def test_no_segments_is_an_empty_mapping() -> None:
    store = PlanStore.memory("en")
    store.complaints.add(Complaint(None, "Prices", ""))
    assert build_report(store)["complaints"]["segments"] == {}


def test_a_goal_for_one_customer_group_takes_its_baseline(tmp_path: Path) -> None:
    from plan.goals import Goal
    from plan.imports import SURVEY

    store = PlanStore.memory("en")
    source = tmp_path / "s.csv"
    source.write_text("nps,segment\n10,Office\n10,Office\n0,Office\n0,Walk-in\n")
    store.imports.add(prepare_import(SURVEY, source))
    store.goals.add(Goal("Office workers recommend us", measure="nps", target=60, segment="Office"))
    store.goals.add(Goal("Everyone recommends us", measure="nps", target=60))
    store.goals.add(Goal("Unknown group", measure="nps", baseline=5.0, segment="Nobody"))
    goals = {g["title"]: g for g in build_report(store)["goal_list"]}
    assert goals["Office workers recommend us"]["baseline"] == pytest.approx(100 / 3)
    assert goals["Office workers recommend us"]["segment"] == "Office"
    assert goals["Everyone recommends us"]["baseline"] == 0.0
    assert goals["Unknown group"]["baseline"] == 5.0  # no such group: the typed baseline
    with pytest.raises(InvalidValueError, match="only a survey measure"):
        store.goals.add(Goal("Faster", measure="metric:first_response_hours", segment="Office"))

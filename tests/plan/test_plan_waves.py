"""Survey waves in the store: which wave an import joins, each wave's own figures, and the wave
edits (rename, merge, remove) with what undo needs."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from plan import scoring
from plan.errors import InvalidValueError
from plan.imports import SURVEY, prepare_import
from plan.store import PlanChange, PlanStore
from plan.waves import MAX_WAVE_LABEL, check_label, default_label, wave_date


@pytest.fixture
def store() -> PlanStore:
    store = PlanStore.memory("en")
    store.clock = lambda: datetime(2026, 6, 15, 9, 0, tzinfo=UTC)
    return store


def _import(
    store: PlanStore, tmp_path: Path, name: str, rows: list[str], wave: str | None = None
) -> int:
    source = tmp_path / name
    source.write_text("\n".join(["date,nps,segment", *rows]), encoding="utf-8")
    return store.imports.add(prepare_import(SURVEY, source), wave)


def _nps(store: PlanStore, wave: int | None = None) -> float | None:
    return scoring.summarise_survey(store.survey.totals(wave=wave)[0]).net_promoter.nps


def test_default_label_is_the_responses_month_or_the_import_day() -> None:
    today = date(2026, 6, 15)
    assert default_label(["2026-03-02", None, "2026-03-30", ""], today) == "2026-03"
    assert wave_date(["2026-03-02", "2026-03-30"], today) == "2026-03-30"
    assert default_label([None, ""], today) == "2026-06"
    assert wave_date([], today) == "2026-06-15"


def test_labels_are_trimmed_and_bad_ones_refused_with_a_reason() -> None:
    assert check_label("  Spring   2026 ") == "Spring 2026"
    with pytest.raises(InvalidValueError, match="label is empty") as empty:
        check_label("   ")
    assert empty.value.code == "empty_wave_label"
    with pytest.raises(InvalidValueError, match=f"41 characters long; at most {MAX_WAVE_LABEL}"):
        check_label("x" * 41)


def test_an_import_joins_its_month_wave_by_default_or_the_wave_named(
    store: PlanStore, tmp_path: Path
) -> None:
    _import(store, tmp_path, "march.csv", ["2026-03-03,10,A", "2026-03-20,0,A"])
    _import(store, tmp_path, "march2.csv", ["2026-03-25,9,B"])  # same month: same wave
    _import(store, tmp_path, "undated.csv", [",5,"], wave="Autumn")
    waves = store.survey.waves()
    assert [(w.label, w.date, w.imports, w.responses) for w in waves] == [
        ("2026-03", "2026-03-20", 2, 3),  # its first import's latest day
        ("Autumn", "2026-06-15", 1, 1),  # a new label: a new wave dated the import day
    ]
    _import(store, tmp_path, "more.csv", ["2026-09-01,10,A"], wave=" Autumn ")
    assert [w.responses for w in store.survey.waves()] == [3, 2]


def test_figures_are_the_latest_waves_and_never_mix(store: PlanStore, tmp_path: Path) -> None:
    _import(store, tmp_path, "a.csv", ["2025-05-01,10,A", "2025-05-02,10,B", "2025-05-03,0,A"])
    _import(store, tmp_path, "b.csv", ["2026-05-01,0,A", "2026-05-02,9,A"])
    first, second = store.survey.waves()
    assert (first.label, second.label) == ("2025-05", "2026-05")
    assert store.survey.latest_wave() == second
    assert _nps(store) == 0.0  # the latest wave's: one promoter, one detractor
    assert _nps(store, first.id) == pytest.approx(100 / 3)
    assert store.survey.response_count() == 2
    assert store.survey.response_count(first.id) == 3
    assert store.survey.nps_distribution()[9] == 1
    assert store.survey.nps_distribution(first.id)[10] == 2
    assert [r[0] for r in store.survey.page(0, 10, ("nps",))] == [0, 9]
    by_wave = store.survey.wave_totals()
    assert [(w.label, t["responses"], [s["segment"] for s in segs]) for w, t, segs in by_wave] == [
        ("2025-05", 3, ["A", "B"]),
        ("2026-05", 2, ["A"]),
    ]
    # The report's one pass gives what the wave's own query gives.
    whole, segments = store.survey.totals_and_segments(first.id)
    assert by_wave[0][1] == pytest.approx(whole)
    assert by_wave[0][2] == segments


def test_wave_edits_are_one_notice_each_and_undo_restores(store: PlanStore, tmp_path: Path) -> None:
    _import(store, tmp_path, "a.csv", ["2025-05-01,10,A"])
    _import(store, tmp_path, "b.csv", ["2026-05-01,0,A", "2026-05-02,9,A"])
    first, second = store.survey.waves()
    changes: list[PlanChange] = []
    store.subscribe(changes.append)

    assert store.survey.rename_wave(first.id, "Spring 2025") == "2025-05"
    with pytest.raises(InvalidValueError, match="already labelled"):
        store.survey.rename_wave(second.id, "Spring 2025")
    with pytest.raises(InvalidValueError, match="empty"):
        store.survey.rename_wave(second.id, "")
    assert [w.label for w in store.survey.waves()] == ["Spring 2025", "2026-05"]

    merged = store.survey.merge_waves(first.id, second.id)
    assert [(w.label, w.responses) for w in store.survey.waves()] == [("2026-05", 3)]
    store.survey.unmerge_waves(merged)
    assert store.survey.waves() == [replace(first, label="Spring 2025"), second]

    removed = store.survey.remove_wave(second.id)
    assert [w.label for w in store.survey.waves()] == ["Spring 2025"]
    assert _nps(store) == 100.0  # the earlier wave is now the latest
    store.survey.restore_wave(removed)
    assert store.survey.waves()[1] == second
    assert _nps(store) == 0.0
    assert len(changes) == 5
    assert {c.section for c in changes} == {"survey"}
    with pytest.raises(InvalidValueError, match="into itself"):
        store.survey.merge_waves(first.id, first.id)
    with pytest.raises(InvalidValueError, match="no wave 99"):
        store.survey.remove_wave(99)


def test_a_refused_label_saves_nothing(store: PlanStore, tmp_path: Path) -> None:
    with pytest.raises(InvalidValueError, match="label is empty"):
        _import(store, tmp_path, "a.csv", ["2025-05-01,10,A"], wave="  ")
    with pytest.raises(InvalidValueError, match="at most 40"):
        store.survey.add_wave("y" * 50)
    assert store.survey.waves() == []
    assert store.survey.response_count() == 0


def test_undoing_a_waves_only_import_takes_the_wave_and_redo_brings_it(
    store: PlanStore, tmp_path: Path
) -> None:
    _import(store, tmp_path, "a.csv", ["2025-05-01,10,A"])
    second = _import(store, tmp_path, "b.csv", ["2026-05-01,0,A"])
    before = store.survey.waves()
    removed = store.imports.delete(second)
    assert [w.label for w in store.survey.waves()] == ["2025-05"]
    store.imports.restore(removed)
    assert store.survey.waves() == before


def test_an_empty_wave_is_listed_but_not_the_latest(store: PlanStore, tmp_path: Path) -> None:
    _import(store, tmp_path, "a.csv", ["2025-05-01,10,A"])
    new = store.survey.add_wave("Next year", "2027-01-01")
    assert [w.label for w in store.survey.waves()] == ["2025-05", "Next year"]
    latest = store.survey.latest_wave()
    assert latest is not None and latest.label == "2025-05"
    _import(store, tmp_path, "b.csv", ["2026-05-01,0,A"], wave="Next year")
    latest = store.survey.latest_wave()
    assert latest is not None and latest.id == new
    with pytest.raises(InvalidValueError, match="not a date"):
        store.survey.add_wave("Bad", "next week")

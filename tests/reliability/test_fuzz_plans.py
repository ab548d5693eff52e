"""Random plans round-trip through the plan file unchanged (hypothesis).

Text is any Unicode (RTL, emoji, CJK, control characters) plus markup-like and formula-like
strings; numbers run to the ends of their ranges; sections are empty or hold thousands of rows.
Each plan is written through `PlanStore`, closed, opened again from the file, and read back:
what was accepted is what is stored, and what was refused left the plan as it was.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plan.errors import PlanError
from plan.profile import PROFILE_FIELDS
from plan.store import PlanStore
from tests.reliability.strategies import CHARS, RESPONSE_COLUMNS, FuzzPlan, plans, store_plan

FUZZ = settings(
    max_examples=25,
    deadline=None,
    derandomize=True,  # the same examples on every CI run; the soak run explores
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
SOAK = settings(FUZZ, max_examples=500, derandomize=False)


@pytest.fixture(scope="module")
def template() -> Iterator[Path]:
    """One new plan file, copied for each example (creating one costs a dozen fsyncs)."""
    folder = Path(tempfile.mkdtemp(prefix="fuzz-template-"))
    path = folder / "template.svcplan"
    PlanStore.create(path).close()
    yield path
    shutil.rmtree(folder)


def _fresh(template: Path) -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-"))
    try:
        path = folder / "plan.svcplan"
        shutil.copyfile(template, path)
        yield path
    finally:
        shutil.rmtree(folder)


def _check_round_trip(template: Path, plan: FuzzPlan) -> None:
    for path in _fresh(template):
        store = PlanStore.open(path, backup=False)
        try:
            expected_profile, stored = store_plan(store, plan)
        finally:
            store.close()

        reopened = PlanStore.open(path, readonly=True)
        try:
            profile = reopened.profile.get()
            for name in PROFILE_FIELDS:
                default = "owner" if name == "prepared_by" else ""
                assert getattr(profile, name) == expected_profile.get(name, default), name
            assert reopened.self_audit.answers() == plan.answers
            assert reopened.self_audit.metric_values() == plan.metrics
            assert reopened.complaints.all() == stored
            rows = reopened.survey.page(0, len(plan.responses) + 1, RESPONSE_COLUMNS)
            assert rows == plan.responses
            assert reopened.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            reopened.close()


@FUZZ
@given(plan=plans())
def test_random_plans_round_trip_through_the_file(template: Path, plan: FuzzPlan) -> None:
    _check_round_trip(template, plan)


@pytest.mark.soak
@SOAK
@given(plan=plans(max_bulk=20_000))
def test_random_plans_round_trip_soak(template: Path, plan: FuzzPlan) -> None:
    _check_round_trip(template, plan)


# -- text no widget delivers: still refused cleanly or stored, never a crash ------------------


@FUZZ
@given(value=st.text(st.characters(), max_size=50))
def test_any_str_in_a_profile_field_is_stored_or_refused(template: Path, value: str) -> None:
    for path in _fresh(template):
        store = PlanStore.open(path, backup=False)
        try:
            try:
                store.profile.set_field("business_name", value)
            except PlanError:
                assert store.profile.get().business_name == ""
            else:
                assert store.profile.get().business_name == value.strip()
        finally:
            store.close()


# -- any bytes as a plan file: a PlanError, and the file untouched ----------------------------

SQLITE_MAGIC = b"SQLite format 3\x00"


@FUZZ
@given(
    data=st.one_of(
        st.binary(max_size=4096),
        st.binary(min_size=84, max_size=4096).map(lambda b: SQLITE_MAGIC + b),
        st.text(CHARS, max_size=200).map(lambda t: t.encode("utf-8")),
    )
)
def test_any_bytes_as_a_plan_are_refused_with_a_plan_error(data: bytes) -> None:
    folder = Path(tempfile.mkdtemp(prefix="fuzz-bytes-"))
    try:
        path = folder / "plan.svcplan"
        path.write_bytes(data)
        for readonly in (True, False):
            with pytest.raises(PlanError) as caught:
                PlanStore.open(path, readonly=readonly, backup=False)
            assert path.name in str(caught.value)
        assert path.read_bytes() == data
        assert [p.name for p in folder.iterdir()] == ["plan.svcplan"]
    finally:
        shutil.rmtree(folder)

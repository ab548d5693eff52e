"""Reliability tests: the `soak` marker's default, and shared fixtures.

Long soak runs are marked `@pytest.mark.soak` and skipped unless asked for:
`pytest -m soak tests/reliability` runs them (and only them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from plan.store import PlanStore


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    markexpr = str(config.getoption("markexpr", "") or "")
    if "soak" in markexpr and "not soak" not in markexpr:
        return
    skip = pytest.mark.skip(reason="soak run: select it with -m soak")
    for item in items:
        if item.get_closest_marker("soak") is not None:
            item.add_marker(skip)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    """A new, empty plan file, closed."""
    path = tmp_path / "plan.svcplan"
    PlanStore.create(path).close()
    return path

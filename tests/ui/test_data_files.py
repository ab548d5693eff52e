"""The window's File ▸ Apply a Data File… (one undo step) and File ▸ New from Template…."""

from __future__ import annotations

import json
from pathlib import Path

from plan.datafile import export_data
from plan.demo import create_demo
from plan.steps import Step
from tests.ui.conftest import FakeDialogs
from ui.main_window import MainWindow


def _demo(tmp_path: Path, language: str = "en") -> Path:
    path = tmp_path / f"demo-{language}.svcplan"
    create_demo(path, language).close()
    return path


def _part(tmp_path: Path, data: dict[str, object]) -> Path:
    path = tmp_path / "part.json"
    path.write_text(
        json.dumps({"format": "serviceplan-data", "version": 1, **data}), encoding="utf-8"
    )
    return path


def test_apply_is_one_step_that_undo_takes_back(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    assert window.open_plan(_demo(tmp_path))
    assert window.session is not None
    store = window.session.store
    before = export_data(store)
    dialogs.open_paths.append(
        _part(
            tmp_path,
            {
                "profile": {"business_name": "Northside Bakery"},
                "standards": [{"statement": "Serve every customer within 3 minutes"}],
                "sins": {"apathy": "always"},
            },
        )
    )
    window.apply_data_action.trigger()
    assert dialogs.kinds() == ["open_file"]
    assert store.profile.get().business_name == "Northside Bakery"
    assert [s.statement for s in store.standards.all()] == ["Serve every customer within 3 minutes"]
    assert "Northside Bakery" in window.windowTitle()  # the one change notice reached the window
    assert window.session.undo_stack.count() == 1
    assert window.undo_action.text() == "&Undo Apply part.json"
    window.undo_action.trigger()
    assert export_data(store) == before
    window.redo_action.trigger()
    assert store.profile.get().business_name == "Northside Bakery"


def test_a_bad_data_file_is_refused_naming_the_value(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    assert window.open_plan(_demo(tmp_path))
    assert window.session is not None
    before = export_data(window.session.store)
    dialogs.open_paths.append(_part(tmp_path, {"goals": [{"title": "G", "target": "ten"}]}))
    window.apply_data_action.trigger()
    kind, title, text = dialogs.calls[-1]
    assert (kind, title) == ("error", "Cannot apply the data file")
    assert "goals[0].target: must be a number" in text
    assert export_data(window.session.store) == before
    assert window.session.undo_stack.count() == 0


def test_unknown_keys_are_asked_about(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    assert window.open_plan(_demo(tmp_path))
    assert window.session is not None
    dialogs.open_paths.append(_part(tmp_path, {"profile": {"industry": "Cafés", "x": 1}}))
    dialogs.confirm_answers.append(False)
    window.apply_data_action.trigger()
    assert "profile.x" in dialogs.calls[-1][2]
    assert window.session.store.profile.get().industry != "Cafés"
    assert window.session.undo_stack.count() == 0


def test_new_from_template(window: MainWindow, dialogs: FakeDialogs, tmp_path: Path) -> None:
    template = _demo(tmp_path, "ru")
    target = tmp_path / "client"
    dialogs.open_paths.append(template)
    dialogs.save_paths.append(target)
    window.template_action.trigger()
    assert window.session is not None
    store = window.session.store
    assert store.path == tmp_path / "client.svcplan"
    assert store.language() == "ru"
    assert len(store.standards.all()) > 5 and len(store.means.all()) > 5
    assert store.survey.response_count() == 0 and store.problems.all() == []
    assert window.sidebar.current_step() is Step.PROFILE


def test_a_template_with_unknown_keys_is_asked_about(
    window: MainWindow, dialogs: FakeDialogs, tmp_path: Path
) -> None:
    template = _part(tmp_path, {"standards": [{"statement": "Smile", "tone": "warm"}]})
    dialogs.open_paths.append(template)
    dialogs.save_paths.append(tmp_path / "client.svcplan")
    dialogs.confirm_answers.append(False)
    window.template_action.trigger()
    assert "standards[0].tone" in dialogs.calls[-1][2]
    assert window.session is None and not (tmp_path / "client.svcplan").exists()

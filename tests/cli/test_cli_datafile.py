"""`export-data`, `new --from`, `new --template`, `apply` and `imports` (docs/design.md §6):
round trips, one-line refusals that leave no plan behind, and merging as one transaction."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from plan.report import build_report
from plan.store import PlanStore
from tests.cli.test_cli import run_main, sha256
from tests.export.pdf_checks import pdf_text


def _report(plan: Path) -> dict[str, Any]:
    store = PlanStore.open(plan, readonly=True)
    try:
        report = build_report(store)
    finally:
        store.close()
    for key in ("created", "modified"):
        report["plan"].pop(key)
    return report


@pytest.fixture(scope="module")
def demo_plans(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("demo")
    plans = {}
    for language in ("en", "ru", "zh"):
        from plan.demo import create_demo

        plans[language] = folder / f"demo-{language}.svcplan"
        create_demo(plans[language], language).close()
    return plans


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_export_data_then_new_from_gives_the_same_plan_and_pdf(
    demo_plans: dict[str, Path],
    language: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    original = demo_plans[language]
    data = tmp_path / "plan.json"
    code, out, err = run_main(capsys, "export-data", str(original), "-o", str(data))
    assert (code, err) == (0, "")
    assert out == f"Wrote the plan's data to {data}\n"
    assert json.loads(data.read_text(encoding="utf-8"))["format"] == "serviceplan-data"
    copy = tmp_path / "copy.svcplan"
    code, out, err = run_main(capsys, "new", str(copy), "--from", str(data))
    assert (code, err) == (0, "")
    assert f"from {data} ({language})" in out
    assert _report(copy) == _report(original)
    pdfs = []
    for plan in (original, copy):
        pdf = tmp_path / f"{plan.stem}.pdf"
        assert run_main(capsys, "export", str(plan), "-o", str(pdf), "--no-branding")[0] == 0
        pdfs.append(pdf_text(pdf))
    assert pdfs[0] == pdfs[1]
    assert len(pdfs[0]) > 1000


def _write(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def demo_json(
    demo_plans: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> dict[str, Any]:
    data = tmp_path / "demo.json"
    assert run_main(capsys, "export-data", str(demo_plans["en"]), "-o", str(data))[0] == 0
    loaded: dict[str, Any] = json.loads(data.read_text(encoding="utf-8"))
    return loaded


def _broken(data: dict[str, Any], what: str) -> Any:
    data = json.loads(json.dumps(data))
    if what == "type":
        data["goals"][2]["target"] = "ten"
    elif what == "range":
        data["survey_imports"][0]["rows"][5]["csat"] = 6
    elif what == "link":
        data["means"][0]["goal_id"] = 404
    elif what == "newer":
        data["version"] = 2
    elif what == "store":
        data["profile"]["plan_date"] = "2026-13-45"
    return data


@pytest.mark.parametrize(
    ("what", "message"),
    [
        ("type", "goals[2].target: must be a number"),
        ("range", "survey_imports[0].rows[5].csat: must be at most 5"),
        ("link", "means[0].goal_id: there is no goal 404 in the file"),
        ("newer", "version: is 2: the file was written by a newer version of this program"),
        ("store", "profile.plan_date: '2026-13-45' is not a date"),
    ],
)
def test_new_from_a_bad_file_is_refused_in_one_line_and_leaves_no_plan(
    demo_json: dict[str, Any],
    what: str,
    message: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = _write(tmp_path / "bad.json", _broken(demo_json, what))
    plan = tmp_path / "client.svcplan"
    code, out, err = run_main(capsys, "new", str(plan), "--from", str(source))
    assert code == 1 and out == ""
    assert err.startswith(f"error: {source}: {message}")
    assert err.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "bad.json",
        "demo.json",
    ]  # no plan, no partial


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b'{"format": "serviceplan-data", "version": 1, "goals": [{"title": ', "truncated"),
        (b"{format: serviceplan}", "is not valid JSON (line 1, column 2"),
        (b"", "is empty"),
        (b"\xff\xfe{}", "is not UTF-8 text"),
        (b'{"version": 1}', 'format: must be "serviceplan-data"'),
    ],
)
def test_malformed_files_are_refused(
    content: bytes, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "bad.json"
    source.write_bytes(content)
    plan = tmp_path / "client.svcplan"
    code, out, err = run_main(capsys, "new", str(plan), "--from", str(source))
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith(f"error: {source}: ") and message in err
    assert not plan.exists()


def test_unknown_keys_are_warned_and_strict_refuses(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(
        tmp_path / "part.json",
        {
            "format": "serviceplan-data",
            "version": 1,
            "profile": {"business_name": "Northside", "colour": "red"},
            "notes": "x",
        },
    )
    plan = tmp_path / "a.svcplan"
    code, _out, err = run_main(capsys, "new", str(plan), "--from", str(source))
    assert code == 0
    assert err == f"warning: {source}: unknown keys left out: profile.colour, notes\n"
    strict = tmp_path / "b.svcplan"
    code, out, err = run_main(capsys, "new", str(strict), "--from", str(source), "--strict")
    assert code == 1 and out == ""
    assert err.startswith(f"error: {source}: profile.colour: is not part of the data format")
    assert "--strict" in err and not strict.exists()


def test_export_data_refuses_to_overwrite_the_plan(
    demo_plans: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "p.svcplan"
    plan.write_bytes(demo_plans["en"].read_bytes())
    digest = sha256(plan)
    code, _out, err = run_main(capsys, "export-data", str(plan), "-o", str(plan))
    assert code == 1 and "is the plan itself" in err
    assert sha256(plan) == digest


def test_apply_merges_a_partial_file(
    demo_plans: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "p.svcplan"
    plan.write_bytes(demo_plans["en"].read_bytes())
    before = _report(plan)
    part = _write(
        tmp_path / "part.json",
        {
            "format": "serviceplan-data",
            "version": 1,
            "profile": {"prepared_by": "consultant", "consultant_firm": "Service Works Ltd"},
            "standards": [{"statement": "Answer the phone within three rings", "target": 3}],
        },
    )
    code, out, err = run_main(capsys, "apply", str(plan), str(part))
    assert (code, err) == (0, "")
    assert out == f"Applied {part} to {plan}: profile, standards\n"
    store = PlanStore.open(plan, readonly=True)
    try:
        assert store.profile.get().consultant_firm == "Service Works Ltd"
        assert [s.statement for s in store.standards.all()] == [
            "Answer the phone within three rings"
        ]
    finally:
        store.close()
    after = _report(plan)
    assert after["goals"] == before["goals"] and after["survey"] == before["survey"]


def test_apply_of_a_bad_file_changes_nothing(
    demo_plans: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "p.svcplan"
    plan.write_bytes(demo_plans["en"].read_bytes())
    digest = sha256(plan)
    part = _write(
        tmp_path / "part.json",
        {
            "format": "serviceplan-data",
            "version": 1,
            "profile": {"business_name": "Changed"},
            "goals": [{"title": "G", "problem_ids": [999]}],
        },
    )
    code, _out, err = run_main(capsys, "apply", str(plan), str(part))
    assert code == 1
    assert err == f"error: {part}: goals[0].problem_ids[0]: there is no problem 999 in the plan\n"
    store = PlanStore.open(plan, readonly=True)
    try:
        assert store.profile.get().business_name != "Changed"  # rolled back with the rest
    finally:
        store.close()
    assert _report(plan) == _report(demo_plans["en"])
    assert digest == sha256(demo_plans["en"])  # the copy was exact before


def test_new_from_a_template_plan(
    demo_plans: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "client.svcplan"
    code, out, err = run_main(
        capsys, "new", str(plan), "--template", str(demo_plans["ru"]), "--name", "Клиент"
    )
    assert (code, err) == (0, "")
    assert "from the template" in out and "(ru)" in out
    report = _report(plan)
    original = _report(demo_plans["ru"])
    assert report["standards"] == original["standards"] > 0
    assert report["goals"] == original["goals"] and report["means"] == original["means"]
    assert report["survey"]["responses"] == 0
    assert report["complaints"]["total"] == 0
    assert report["problems"] == 0
    assert report["plan"]["name"] == "Клиент"


def test_template_and_from_together_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run_main(
        capsys, "new", str(tmp_path / "x.svcplan"), "--from", "a.json", "--template", "b.json"
    )
    assert code == 2 and "--from and --template cannot be used together" in err


def test_imports_lists_and_removes(
    demo_plans: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "p.svcplan"
    plan.write_bytes(demo_plans["en"].read_bytes())
    code, out, _err = run_main(capsys, "imports", str(plan))
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["id", "kind", "date", "rows", "file"]
    assert lines[1].split()[:2] == ["1", "survey"] and lines[1].split()[3] == "120"
    assert lines[2].split()[:2] == ["2", "complaints"] and lines[2].split()[3] == "40"
    code, out, _err = run_main(capsys, "imports", str(plan), "--json")
    listed = json.loads(out)
    assert [(i["id"], i["kind"], i["rows"]) for i in listed] == [
        (1, "survey", 120),
        (2, "complaints", 40),
    ]
    code, out, err = run_main(capsys, "imports", str(plan), "--remove", "2")
    assert (code, err) == (0, "")
    assert out.startswith("Removed import 2 (complaints,") and "40 rows" in out
    assert _report(plan)["complaints"]["total"] == 0
    code, out, err = run_main(capsys, "imports", str(plan), "--remove", "7")
    assert code == 1 and err == f"error: {plan}: has no import 7 (its imports: 1)\n"


def test_imports_of_an_empty_plan(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plan = tmp_path / "p.svcplan"
    assert run_main(capsys, "new", str(plan))[0] == 0
    assert run_main(capsys, "imports", str(plan)) == (0, f"{plan} has no imports.\n", "")


def test_new_from_a_template_data_file(
    demo_json: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = _write(tmp_path / "approach.json", {**demo_json, "notes": "for the team"})
    plan = tmp_path / "client.svcplan"
    code, out, err = run_main(capsys, "new", str(plan), "--template", str(source), "--lang", "zh")
    assert code == 0 and "(zh)" in out
    assert err == f"warning: {source}: unknown keys left out: notes\n"
    store = PlanStore.open(plan, readonly=True)
    try:
        assert store.language() == "zh"
        assert len(store.goals.all()) == len(demo_json["goals"])
        assert all(goal.problem_ids == () for goal in store.goals.all())
        assert store.complaints.all() == [] and store.self_audit.answers() == {}
        assert store.profile.get().business_name == ""
    finally:
        store.close()


def test_apply_of_a_file_with_no_section_changes_nothing(
    demo_plans: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "p.svcplan"
    plan.write_bytes(demo_plans["en"].read_bytes())
    empty = _write(tmp_path / "empty.json", {"format": "serviceplan-data", "version": 1})
    code, out, err = run_main(capsys, "apply", str(plan), str(empty))
    assert (code, err) == (0, "")
    assert out == f"Nothing to apply: {empty} holds no part of a plan.\n"
    assert sha256(plan) == sha256(demo_plans["en"])


def test_round_trip_keeps_waves_and_segments(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from plan.complaints import Complaint
    from plan.goals import Goal

    plan = tmp_path / "waves.svcplan"
    PlanStore.create(plan).close()
    for name, rows, wave in (
        ("spring.csv", "2025-03-02,10,North\n2025-03-09,0,South\n", "Spring"),
        ("autumn.csv", "2025-10-02,9,North\n2025-10-05,7,South\n2025-10-07,3,North\n", "Autumn"),
    ):
        source = tmp_path / name
        source.write_text("date,nps,branch\n" + rows, encoding="utf-8")
        code, _, err = run_main(capsys, "import-survey", str(plan), str(source), "--wave", wave)
        assert (code, err) == (0, "")
    store = PlanStore.open(plan)
    try:
        store.complaints.add(Complaint("2025-10-03", "Waiting", "Long queue", segment="North"))
        store.goals.add(Goal(title="Raise NPS in the north", measure="nps", segment="North"))
    finally:
        store.close()
    data = tmp_path / "waves.json"
    assert run_main(capsys, "export-data", str(plan), "-o", str(data))[0] == 0
    written = json.loads(data.read_text(encoding="utf-8"))
    assert [i["wave"] for i in written["survey_imports"]] == ["Spring", "Autumn"]
    assert written["complaints"][0]["segment"] == "North"
    assert written["goals"][0]["segment"] == "North"
    copy = tmp_path / "copy.svcplan"
    code, _, err = run_main(capsys, "new", str(copy), "--from", str(data))
    assert (code, err) == (0, "")
    report = _report(copy)
    assert report == _report(plan)
    assert [w["label"] for w in report["survey"]["waves"]] == ["Spring", "Autumn"]


def test_own_words_go_through_export_data_template_and_report(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from plan.own_words import OwnSection

    source = tmp_path / "consultant.svcplan"
    store = PlanStore.create(source)
    store.own_words.set_text("goals", "Start with the phone <3 & 先做")
    store.own_words.add(OwnSection(None, "Next steps", "We meet in May.", "goals"))
    store.close()
    client = tmp_path / "client.svcplan"
    code, _, err = run_main(capsys, "new", str(client), "--template", str(source))
    assert (code, err) == (0, "")
    code, out, err = run_main(capsys, "report", str(client), "--json")
    assert (code, err) == (0, "")
    own = json.loads(out)["own_words"]
    assert own["texts"] == {"goals": "Start with the phone <3 & 先做"}
    assert [(s["title"], s["after"]) for s in own["sections"]] == [("Next steps", "goals")]

    data = tmp_path / "client.json"
    code, _, err = run_main(capsys, "export-data", str(client), "-o", str(data))
    assert (code, err) == (0, "")
    written = json.loads(data.read_text(encoding="utf-8"))
    written["own_words"]["texts"]["goals"] = "x" * 5001
    data.write_text(json.dumps(written), encoding="utf-8")
    code, _, err = run_main(capsys, "apply", str(client), str(data))
    assert code == 1
    assert "own_words.texts.goals: is 5001 characters long; at most 5000" in err
    assert err.count("\n") == 1


def test_a_hand_written_own_section_needs_no_id_or_text(
    demo_plans: dict[str, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    plan = tmp_path / "plan.svcplan"
    plan.write_bytes(demo_plans["en"].read_bytes())
    part = _write(
        tmp_path / "part.json",
        {
            "format": "serviceplan-data",
            "version": 1,
            "own_words": {"sections": [{"title": "Next steps with Acme & Co", "after": "goals"}]},
        },
    )
    code, out, err = run_main(capsys, "apply", str(plan), str(part))
    assert (code, err) == (0, "")
    assert out.startswith("Applied ")
    sections = _report(plan)["own_words"]["sections"]
    assert [(s["title"], s["text"]) for s in sections] == [("Next steps with Acme & Co", "")]

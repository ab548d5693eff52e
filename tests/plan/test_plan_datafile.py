"""The plan as one JSON data file (plan/datafile.py): round trip, refusals named by JSON path,
merging a partial file as one change, undoing it, and templates."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from plan.datafile import (
    FORMAT,
    SCHEMA_FILE,
    VERSION,
    DataFileError,
    data_file_text,
    export_data,
    export_sections,
    json_schema,
    load_data,
    parse_data,
    read_data_file,
    sections_of,
    template_data,
)
from plan.demo import fill_demo
from plan.report import build_report
from plan.store import PlanChange, PlanStore, Section

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_data() -> dict[str, dict[str, Any]]:
    """The demo plan's data file in each language (built once: filling the demo takes time)."""
    result = {}
    for language in ("en", "ru", "zh"):
        store = PlanStore.memory(language)
        fill_demo(store, language)
        result[language] = export_data(store)
        store.close()
    return result


def _report_without_stamps(store: PlanStore) -> dict[str, Any]:
    report = build_report(store)
    for key in ("created", "modified"):
        report["plan"].pop(key, None)
    return report


def _load_new(data: dict[str, Any]) -> PlanStore:
    store = PlanStore.memory(data.get("language", "en"))
    load_data(store, data, replace_all=True)
    return store


@pytest.mark.parametrize("language", ["en", "ru", "zh"])
def test_round_trip_gives_the_same_plan(language: str) -> None:
    original = PlanStore.memory(language)
    fill_demo(original, language)
    data, unknown = parse_data(data_file_text(export_data(original)))
    assert unknown == []
    rebuilt = _load_new(data)
    assert _report_without_stamps(rebuilt) == _report_without_stamps(original)
    again = export_data(rebuilt)
    for stamp in ("survey_imports", "complaint_imports"):  # the same imports, dates included
        assert [i["imported_at"] for i in again[stamp]] == [i["imported_at"] for i in data[stamp]]
    assert again == data


def test_the_data_file_holds_everything(demo_data: dict[str, dict[str, Any]]) -> None:
    data = demo_data["en"]
    assert data["format"] == FORMAT and data["version"] == VERSION
    assert data["profile"]["business_name"]
    assert data["logo"]["mime"] == "image/png" and len(data["logo"]["data"]) > 100
    assert len(data["self_audit"]["answers"]) > 20 and data["self_audit"]["metrics"]
    assert data["self_audit"]["snapshots"][0]["taken_on"]
    assert len(data["survey_imports"][0]["rows"]) == 120
    assert len(data["complaint_imports"][0]["rows"]) == 40
    assert data["problems"] and data["dismissed_suggestions"] and data["sins"]
    assert data["standards"] and data["goals"] and data["means"]
    assert data["economics"]["currency"]
    # Links point at ids the file holds.
    problem_ids = {p["id"] for p in data["problems"]}
    goal_ids = {g["id"] for g in data["goals"]}
    assert all(set(s["problem_ids"]) <= problem_ids for s in data["standards"])
    assert all(m["goal_id"] in goal_ids for m in data["means"] if m["goal_id"] is not None)


def test_committed_schema_matches_the_format() -> None:
    committed = json.loads((ROOT / SCHEMA_FILE).read_text(encoding="utf-8"))
    assert committed == json_schema(), "regenerate docs/serviceplan-data.schema.json"


def test_schema_describes_every_section(demo_data: dict[str, dict[str, Any]]) -> None:
    properties = json_schema()["properties"]
    assert set(demo_data["en"]) <= set(properties)
    assert properties["goals"]["items"]["properties"]["target"]["type"] == ["number", "null"]


def _bad(data: dict[str, Any], change: Any) -> dict[str, Any]:
    bad = copy.deepcopy(data)
    change(bad)
    return bad


REFUSALS: list[tuple[str, Any, str]] = [
    ("wrong type", lambda d: d["goals"][2].update(target="x"), "goals[2].target: must be a number"),
    (
        "out of range",
        lambda d: d["problems"][0].update(impact=9),
        "problems[0].impact: must be at most 5",
    ),
    (
        "not whole",
        lambda d: d["survey_imports"][0]["rows"][3].update(nps=7.5),
        "survey_imports[0].rows[3].nps: must be a whole number",
    ),
    (
        "not a choice",
        lambda d: d["means"][1].update(kind="maybe"),
        "means[1].kind: 'maybe' is not one of 'know', 'want', 'can'",
    ),
    ("missing", lambda d: d["standards"][0].pop("statement"), "standards[0].statement: is missing"),
    (
        "bad date",
        lambda d: d["self_audit"]["snapshots"][0].update(taken_on="31.12.2026"),
        "self_audit.snapshots[0].taken_on: '31.12.2026' is not a date like 2026-12-31",
    ),
    (
        "unknown statement",
        lambda d: d["self_audit"]["answers"].update(nonsense={"score": 3}),
        "self_audit.answers.nonsense: is not a known id here",
    ),
    ("null", lambda d: d["profile"].update(industry=None), "profile.industry: must not be null"),
    (
        "not a list",
        lambda d: d.update(standards={"statement": "x"}),
        "standards: must be a list",
    ),
    (
        "id twice",
        lambda d: d["goals"][1].update(id=d["goals"][0]["id"]),
        "goals[1].id: 1 is given twice",
    ),
    ("not a data file", lambda d: d.update(format="other"), "format: must be"),
    (
        "newer version",
        lambda d: d.update(version=VERSION + 1),
        f"version: is {VERSION + 1}: the file was written by a newer version",
    ),
    ("version text", lambda d: d.update(version="1"), "version: must be a whole number"),
]


@pytest.mark.parametrize(("what", "change", "message"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_bad_values_are_named_by_their_json_path(
    demo_data: dict[str, dict[str, Any]], what: str, change: Any, message: str
) -> None:
    text = json.dumps(_bad(demo_data["en"], change))
    with pytest.raises(DataFileError) as caught:
        parse_data(text, "plan.json")
    assert message in str(caught.value)
    assert str(caught.value).startswith("plan.json: ")


STORE_REFUSALS: list[tuple[str, Any, str]] = [
    (
        "broken goal link",
        lambda d: d["means"][0].update(goal_id=99),
        "means[0].goal_id: there is no goal 99 in the file",
    ),
    (
        "broken problem link",
        lambda d: d["standards"][1].update(problem_ids=[1, 77]),
        "standards[1].problem_ids[1]: there is no problem 77 in the file",
    ),
    (
        "store rule",
        lambda d: d["means"][0].update(start="2026-05-01", end="2026-04-01"),
        "means[0].end: 2026-04-01 is before the start 2026-05-01",
    ),
    (
        "profile rule",
        lambda d: d["profile"].update(email="not an address"),
        "profile.email: 'not an address' is not an e-mail address",
    ),
    (
        "empty title",
        lambda d: d["goals"][0].update(title="  "),
        "goals[0].title: is empty",
    ),
    (
        "logo not base64",
        lambda d: d["logo"].update(data="%%%"),
        "logo.data: is not base64 text",
    ),
    (
        "logo not an image",
        lambda d: d["logo"].update(data="aGVsbG8="),
        "logo.data: ",
    ),
]


@pytest.mark.parametrize(
    ("what", "change", "message"), STORE_REFUSALS, ids=[r[0] for r in STORE_REFUSALS]
)
def test_store_refusals_are_named_and_nothing_is_written(
    demo_data: dict[str, dict[str, Any]], what: str, change: Any, message: str
) -> None:
    data, _ = parse_data(json.dumps(_bad(demo_data["en"], change)))
    store = PlanStore.memory("en")
    before = export_data(store)
    with pytest.raises(DataFileError) as caught:
        load_data(store, data, replace_all=True, source="plan.json")
    assert str(caught.value).startswith("plan.json: " + message)
    assert export_data(store) == before  # one transaction: none of it stays


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('{"format": "serviceplan-data", "version": 1, "goals": [', "truncated"),
        ("{'format': 1}", "is not valid JSON (line 1, column 2"),
        ('{"format": "serviceplan-data", "version": 1, "economics": {"customers": NaN}}', "NaN"),
        ("[1, 2]", "must hold one JSON object"),
    ],
)
def test_malformed_json_is_refused(text: str, message: str) -> None:
    with pytest.raises(DataFileError) as caught:
        parse_data(text, "x.json")
    assert message in str(caught.value)


def test_unreadable_files_are_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"  \n")
    with pytest.raises(DataFileError, match="is empty"):
        read_data_file(empty)
    plan = tmp_path / "plan.svcplan"
    PlanStore.create(plan).close()
    with pytest.raises(DataFileError, match=r"is a plan .* not a data file"):
        read_data_file(plan)
    latin = tmp_path / "latin.json"
    latin.write_bytes(b'{"format": "caf\xe9"}')
    with pytest.raises(DataFileError, match="is not UTF-8 text"):
        read_data_file(latin)


def test_unknown_keys_are_listed_not_dropped_silently(
    demo_data: dict[str, dict[str, Any]],
) -> None:
    data = _bad(demo_data["en"], lambda d: (d.update(colour="red"), d["goals"][0].update(x=1)))
    _, unknown = parse_data(json.dumps(data))
    assert unknown == ["goals[0].x", "colour"] or sorted(unknown) == ["colour", "goals[0].x"]


PART = {
    "format": FORMAT,
    "version": VERSION,
    "profile": {"business_name": "Northside Bakery", "preparer_name": "A. Consultant"},
    "standards": [{"statement": "Greet every customer within 10 seconds", "target": 10}],
}


def test_apply_merges_a_partial_file_as_one_change(demo_data: dict[str, dict[str, Any]]) -> None:
    store = _load_new(demo_data["en"])
    before = export_data(store)
    changes: list[PlanChange] = []
    store.subscribe(changes.append)
    load_data(store, copy.deepcopy(PART), replace_all=False)
    after = export_data(store)
    assert len(changes) == 1 and changes[0].section is Section.PLAN
    assert {"profile", "standards"} <= changes[0].keys
    assert after["profile"]["business_name"] == "Northside Bakery"
    assert after["profile"]["industry"] == before["profile"]["industry"]  # keys not given stay
    assert [s["statement"] for s in after["standards"]] == [
        "Greet every customer within 10 seconds"
    ]
    for untouched in ("goals", "means", "problems", "survey_imports", "self_audit"):
        assert after[untouched] == before[untouched]


def test_undo_of_apply_puts_the_sections_back(demo_data: dict[str, dict[str, Any]]) -> None:
    """What the window's File ▸ Apply data file… command does each way."""
    store = _load_new(demo_data["en"])
    before = export_data(store)
    part = {**copy.deepcopy(PART), "sins": {"apathy": "always"}, "logo": None}
    saved = export_sections(store, sections_of(part))
    load_data(store, part, replace_all=False)
    assert export_data(store)["sins"] == {**before["sins"], "apathy": "always"}
    load_data(store, saved, replace_all=True)
    assert export_data(store) == before


def test_replacing_goals_keeps_means_working_towards_them(
    demo_data: dict[str, dict[str, Any]],
) -> None:
    store = _load_new(demo_data["en"])
    before = export_data(store)
    goals = copy.deepcopy(before["goals"])
    goals[0]["target"] = 99
    load_data(store, {"format": FORMAT, "version": VERSION, "goals": goals}, replace_all=False)
    after = export_data(store)
    assert after["goals"][0]["target"] == 99
    assert after["means"] == before["means"]  # still linked to the same goal ids


def test_replacing_problems_keeps_links_of_standards_left_alone(
    demo_data: dict[str, dict[str, Any]],
) -> None:
    store = _load_new(demo_data["en"])
    before = export_data(store)
    problems = copy.deepcopy(before["problems"])
    problems[0]["title"] = "Renamed"
    load_data(
        store, {"format": FORMAT, "version": VERSION, "problems": problems}, replace_all=False
    )
    after = export_data(store)
    assert after["problems"][0]["title"] == "Renamed"
    assert after["standards"] == before["standards"]
    assert after["goals"] == before["goals"]


def test_apply_links_to_the_plans_own_problems(demo_data: dict[str, dict[str, Any]]) -> None:
    store = _load_new(demo_data["en"])
    known = store.problems.all()[0].id
    part = {
        "format": FORMAT,
        "version": VERSION,
        "goals": [{"title": "Fewer waits", "problem_ids": [known]}],
    }
    load_data(store, part, replace_all=False)
    assert store.goals.all()[0].problem_ids == (known,)
    part["goals"][0]["problem_ids"] = [404]
    with pytest.raises(
        DataFileError, match=r"goals\[0\].problem_ids\[0\]: there is no problem 404 in the plan"
    ):
        load_data(store, part, replace_all=False)


def test_template_carries_the_approach_not_the_data(demo_data: dict[str, dict[str, Any]]) -> None:
    data = demo_data["ru"]
    template = template_data(data)
    store = _load_new(template)
    made = export_data(store)
    assert made["language"] == "ru"
    assert [s["statement"] for s in made["standards"]] == [
        s["statement"] for s in data["standards"]
    ]
    assert [g["title"] for g in made["goals"]] == [g["title"] for g in data["goals"]]
    assert len(made["means"]) == len(data["means"])
    assert all(m["goal_id"] is not None for m in made["means"])
    for empty in ("survey_imports", "complaint_imports", "complaints", "problems"):
        assert made[empty] == []
    assert made["self_audit"]["answers"] == {} and made["self_audit"]["metrics"] == {}
    assert all(s["problem_ids"] == [] for s in made["standards"])
    assert made["profile"]["business_name"] == ""
    assert made["profile"]["preparer_name"] == data["profile"]["preparer_name"]
    assert made["economics"]["customers"] is None


def test_batch_is_one_transaction_and_one_notice() -> None:
    store = PlanStore.memory("en")
    changes: list[PlanChange] = []
    store.subscribe(changes.append)
    with pytest.raises(RuntimeError), store.batch():
        store.profile.set_field("business_name", "Kept?")
        raise RuntimeError("stop")
    assert store.profile.get().business_name == ""
    assert changes == []
    with store.batch():
        store.profile.set_field("business_name", "One")
        store.economics.set_input("currency", "EUR")
    assert changes == [PlanChange(Section.PLAN, frozenset({"profile", "economics"}))]


def test_the_readme_example_is_a_valid_data_file() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## The plan as data") :]
    example = section[section.index("```json") + 7 : section.index("```\n", 10)]
    data, unknown = parse_data(example)
    assert unknown == []
    store = _load_new(data)
    assert store.goals.all()[0].problem_ids == (1,)
    assert store.means.all()[0].goal_id == 1
    assert store.self_audit.answers()["att.customer_first"].score == 4


def test_each_imported_row_is_one_line(demo_data: dict[str, dict[str, Any]]) -> None:
    text = data_file_text(demo_data["zh"])
    lines = text.splitlines()
    rows = [line for line in lines if line.lstrip().startswith('{"source_row"')]
    assert len(rows) == 120 + 40
    assert parse_data(text)[0] == demo_data["zh"]
    assert "迷迭香" in text  # UTF-8 as it is, not escaped


def test_profile_name_is_the_business_name() -> None:
    data, unknown = parse_data(
        '{"format": "serviceplan-data", "version": 1, "profile": {"name": "Kiosk"}}'
    )
    assert unknown == []
    store = _load_new(data)
    assert store.profile.get().business_name == "Kiosk"
    assert "name" not in export_data(store)["profile"]
    both = {"format": FORMAT, "version": VERSION, "profile": {"name": "A", "business_name": "B"}}
    with pytest.raises(DataFileError, match=r"profile\.name: differs from profile\.business_name"):
        load_data(store, both, replace_all=False)
    assert store.profile.get().business_name == "Kiosk"


def _leaves(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a parsed JSON value (objects' keys and lists' indexes), leaves and all."""
    found = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            found += _leaves(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value[:3]):  # a few rows stand for all of them
            found += _leaves(item, (*path, index))
    return found


ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    -1,
    1.5,
    10**30,
    -1e308,
    "",
    "x",
    "2026-02-30",
    "\x00",
    "a" * 6000,
    [],
    [1],
    {},
    {"id": 1},
    [None],
    7,
    3,
    "know",
    "1970-01-01",
]


def test_random_odd_values_are_refused_cleanly_or_kept(
    demo_data: dict[str, dict[str, Any]],
) -> None:
    """Any value anywhere in a data file: the plan is built, or a DataFileError names a path
    and nothing is written; never another exception."""
    import random

    rng = random.Random(18)
    original = demo_data["en"]
    places = [p for p in _leaves(original) if p and p[0] not in ("format", "version")]
    refused = 0
    for _ in range(400):
        data = copy.deepcopy(original)
        place = rng.choice(places)
        target = data
        for step in place[:-1]:
            target = target[step]
        target[place[-1]] = copy.deepcopy(rng.choice(ODD_VALUES))
        store = PlanStore.memory("en")
        try:
            checked, _ = parse_data(json.dumps(data))
            load_data(store, checked, replace_all=True)
        except DataFileError as exc:
            refused += 1
            assert exc.json_path, str(exc)
            assert store.problems.all() == [] and store.survey.response_count() == 0
            assert store.profile.get().business_name == ""
        finally:
            store.close()
    assert 100 < refused < 400  # most odd values are refused, some are simply values


def test_a_data_file_cut_anywhere_is_refused(demo_data: dict[str, dict[str, Any]]) -> None:
    import random

    text = data_file_text(demo_data["ru"])
    rng = random.Random(7)
    for cut in sorted(rng.sample(range(1, len(text) - 2), 60)):
        with pytest.raises(DataFileError) as caught:
            parse_data(text[:cut], "cut.json")
        assert str(caught.value).startswith("cut.json: ")


def _with_own_words(data: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(data)
    result["own_words"] = {
        "texts": {"goals": "Start with the phone <3 & 先做", "summary.opening": "Dear client."},
        "sections": [
            {"id": 4, "title": "Next steps", "text": "We meet in May.", "after": "goals"},
            {"id": 7, "title": "About us", "text": "", "after": "summary"},
        ],
    }
    return result


def test_own_words_round_trip_and_template(demo_data: dict[str, dict[str, Any]]) -> None:
    data = _with_own_words(demo_data["en"])
    store = _load_new(data)
    assert export_data(store)["own_words"] == data["own_words"]
    assert store.own_words.text("goals") == "Start with the phone <3 & 先做"
    made = export_data(_load_new(template_data(export_data(store))))
    assert made["own_words"] == data["own_words"]  # a template carries the consultant's words


def test_apply_sets_the_own_texts_given_and_keeps_the_others(
    demo_data: dict[str, dict[str, Any]],
) -> None:
    store = _load_new(_with_own_words(demo_data["en"]))
    load_data(store, {"own_words": {"texts": {"goals": "New advice."}}}, replace_all=False)
    own = export_data(store)["own_words"]
    assert own["texts"] == {"goals": "New advice.", "summary.opening": "Dear client."}
    assert [s["title"] for s in own["sections"]] == ["Next steps", "About us"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            lambda d: d["own_words"]["texts"].update(goals="x" * 5001),
            "own_words.texts.goals: is 5001 characters long; at most 5000",
        ),
        (
            lambda d: d["own_words"]["texts"].update(nowhere="x"),
            "own_words.texts",
        ),
        (
            lambda d: d["own_words"]["sections"][1].update(after="nowhere"),
            "own_words.sections[1].after: 'nowhere' is not one of",
        ),
        (
            lambda d: d["own_words"]["sections"][0].pop("title"),
            "own_words.sections[0]",
        ),
    ],
)
def test_bad_own_words_are_refused_by_path(
    demo_data: dict[str, dict[str, Any]], change: Any, message: str
) -> None:
    text = json.dumps(_bad(_with_own_words(demo_data["en"]), change))
    with pytest.raises(DataFileError) as caught:
        parse_data(text, "plan.json")
    assert message in str(caught.value)


def test_a_blank_own_section_title_is_refused_by_the_store(
    demo_data: dict[str, dict[str, Any]],
) -> None:
    data = _bad(
        _with_own_words(demo_data["en"]), lambda d: d["own_words"]["sections"][1].update(title="  ")
    )
    store = _load_new(demo_data["en"])
    with pytest.raises(DataFileError, match=r"own_words.sections\[1\].title: is empty"):
        load_data(store, data, replace_all=True)
    assert store.own_words.sections() == []

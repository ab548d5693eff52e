"""export.service_plan: the Service Plan as pdftotext, pdffonts, qpdf and pypdf read it."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest
from pdf_checks import assert_fonts_embedded, assert_qpdf_clean, pdf_text, squash
from pypdf import PdfReader

from export import charts, pdf_output, service_plan
from export.service_plan import (
    SECTIONS,
    Branding,
    ExportCancelled,
    ExportOptions,
    data,
    render_service_plan,
    texts,
    write_service_plan,
)
from export.service_plan.sections import customers, goals
from plan import LANGUAGES
from plan.complaints import Complaint
from plan.demo import create_demo
from plan.errors import InvalidValueError, PlanError
from plan.figures import read_figures
from plan.report import build_report
from plan.store import PlanStore

ROOT = Path(__file__).resolve().parents[2]
LOGO = (ROOT / "assets" / "demo" / "logo.png").read_bytes()
HOSTILE = '<b>R&D</b> "Café" & \'Co\' $x$ <img src="/etc/passwd"/> 咖啡 😀'
STEPS_HOSTILE = "<b>R&D</b> $x$ 咖啡"


def _texts(language: str) -> dict[str, object]:
    with (ROOT / "assets" / "content" / language / "service_plan.json").open(encoding="utf-8") as f:
        data: dict[str, object] = json.load(f)
    return data


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], tuple[Path, PlanStore]]:
    """The demo plan of each language and its Service Plan, made once for the tests below."""
    folder = tmp_path_factory.mktemp("plans")
    made: dict[str, tuple[Path, PlanStore]] = {}

    def get(language: str) -> tuple[Path, PlanStore]:
        if language not in made:
            store = create_demo(folder / f"demo-{language}.svcplan", language)
            out = folder / f"plan-{language}.pdf"
            write_service_plan(store, out, ExportOptions(invariant=True))
            made[language] = (out, store)
        return made[language]

    yield get
    for _, store in made.values():
        store.close()


def _number(value: float, language: str, digits: int = 1) -> str:
    text = f"{abs(value):.{digits}f}".replace(".", "," if language == "ru" else ".")
    return ("−" if value < 0 else "") + text


@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_plan_prints_every_section_and_its_key_figures(
    demo: Callable[[str], tuple[Path, PlanStore]], language: str
) -> None:
    out, store = demo(language)
    text = pdf_text(out)
    texts = _texts(language)
    sections = texts["sections"]
    assert isinstance(sections, dict)
    for section in SECTIONS:
        assert squash(sections[section]) in text, section
    report = build_report(store)
    survey = report["survey"]
    assert squash(_number(survey["nps"], language)) in text  # −7.5 / −7,5
    assert f"{round(survey['csat'])}%" in text
    assert str(round(report["service_index"])) in text
    gaps = [g["gap"] for g in survey["servqual"]["dimensions"].values()]
    assert squash(_number(min(gaps), language, 2)) in text  # the largest gap, −1.84
    for category in report["complaints"]["vital_few"]:
        assert squash(category) in text
    for problem in report["problem_list"]:  # titles in table cells may wrap; these do not
        if problem["focus"]:
            assert squash(problem["title"]) in text
    assert 6 <= report["problems"] <= 10


@pytest.mark.parametrize("language", LANGUAGES)
def test_fonts_are_embedded_and_the_file_is_sound(
    demo: Callable[[str], tuple[Path, PlanStore]], language: str
) -> None:
    out, _ = demo(language)
    names = " ".join(assert_fonts_embedded(out))
    assert "DejaVuSans" in names
    assert ("ServicePlanCJK" in names) == (language == "zh")
    assert_qpdf_clean(out)


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_say_page_x_of_y_and_the_outline_lists_the_sections(
    demo: Callable[[str], tuple[Path, PlanStore]], language: str
) -> None:
    out, _ = demo(language)
    reader = PdfReader(out)
    pages = len(reader.pages)
    assert pages >= 6
    page_of = str(_texts(language)["page_of"])
    assert squash(page_of.format(page=2, pages=pages)) in pdf_text(out, first=2, last=2)
    assert squash(page_of.format(page=pages, pages=pages)) in pdf_text(out, first=pages)
    sections = _texts(language)["sections"]
    assert isinstance(sections, dict)
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top == [sections[s] for s in SECTIONS]
    # Each outline entry leads to the page where pdftotext finds that heading.
    for item in reader.outline:
        if isinstance(item, list):
            continue
        page = reader.get_destination_page_number(item) + 1
        assert squash(item.title) in pdf_text(out, first=page, last=page), item.title


def test_contents_list_each_heading_with_its_page(
    demo: Callable[[str], tuple[Path, PlanStore]],
) -> None:
    out, _ = demo("en")
    reader = PdfReader(out)
    contents = pdf_text(out, first=2, last=2)
    assert contents.startswith("RosemaryRyeBakery-CaféServicePlanContents".replace("Rye", "&Rye"))

    def walk(items: list[object]) -> list[object]:
        flat: list[object] = []
        for item in items:
            flat.extend(walk(item) if isinstance(item, list) else [item])
        return flat

    entries = walk(list(reader.outline))
    assert len(entries) > len(SECTIONS)  # subsections too
    for item in entries:
        page = reader.get_destination_page_number(item) + 1  # type: ignore[arg-type]
        assert f"{squash(item.title)}{page}" in contents, item.title  # type: ignore[attr-defined]


def test_metadata_names_the_plan(demo: Callable[[str], tuple[Path, PlanStore]]) -> None:
    out, store = demo("ru")
    reader = PdfReader(out)
    metadata = reader.metadata
    assert metadata is not None
    assert metadata.title == f"Сервисный план — {store.profile.get().business_name}"
    assert metadata.author == "Анна Петрова, «Норд-Вест Сервис Консалтинг»"
    assert metadata.subject and "клиентов" in metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "ru"


def test_output_is_deterministic_in_invariant_mode() -> None:
    store = PlanStore.memory("en")
    store.profile.set_field("business_name", "Harbour Lane")
    first = render_service_plan(store, ExportOptions(invariant=True))
    second = render_service_plan(store, ExportOptions(invariant=True, paper="letter"))
    third = render_service_plan(store, ExportOptions(invariant=True))
    assert first == third
    assert first != second


def test_an_empty_plan_is_marked_not_assessed_never_zero(tmp_path: Path) -> None:
    store = PlanStore.memory("en")
    store.profile.set_field("business_name", "Harbour Lane")
    out = tmp_path / "plan.pdf"
    write_service_plan(store, out, ExportOptions(invariant=True))
    text = pdf_text(out)
    sections = _texts("en")["sections"]
    assert isinstance(sections, dict)
    assert squash(sections["summary"]) in text
    assert squash(sections["business"]) in text
    for empty in ("service_level", "customers", "problems", "appendix"):
        assert squash(sections[empty]) not in text, empty
    assert text.count("Notassessedyet.") == 6  # each key figure of the summary (CES too)
    assert "NetPromoterScore" in text
    assert "−0" not in text and "0%" not in text


def test_sections_can_be_left_out(demo: Callable[[str], tuple[Path, PlanStore]]) -> None:
    _, store = demo("en")
    pdf = render_service_plan(
        store, ExportOptions(sections=frozenset({"summary", "problems"}), invariant=True)
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert [item.title for item in reader.outline if not isinstance(item, list)] == [
        "Executive summary",
        "The main problems",
    ]


def _hostile_plan() -> PlanStore:
    store = PlanStore.memory("en")
    store.profile.set_field("business_name", HOSTILE)
    store.profile.set_field("industry", "Cafés & <bakeries>")
    store.profile.set_field("customer_types", 'Regulars <3\n"Night owls" & co\n咖啡 fans')
    store.complaints.set_categories(["Wait & see <slow>", "$5 coffee $"])
    for category in ("Wait & see <slow>", "Wait & see <slow>", "$5 coffee $"):
        store.complaints.add(Complaint(date="2026-11-01", category=category, description="x"))
    from plan.goals import Goal, Means
    from plan.standards import Standard

    store.standards.add(Standard(statement=f"Standard {STEPS_HOSTILE}", owner=STEPS_HOSTILE))
    goal = store.goals.add(
        Goal(title=f"Goal {STEPS_HOSTILE}", indicator="R&D <i>", target=5.0, deadline="2027-01-31")
    )
    store.means.add(
        Means(
            action=f"Means {STEPS_HOSTILE}",
            kind="can",
            start="2026-12-01",
            end="2026-12-31",
            budget=10.0,
            goal_id=goal.id,
        )
    )
    store.economics.set_input("customers", 10.0)
    store.economics.set_input("currency", "<$>")
    return store


def test_hostile_text_prints_verbatim_and_reads_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = _hostile_plan()
    opened: list[str] = []
    real_open = open

    def watching_open(file: object, *args: object, **kwargs: object) -> object:
        opened.append(str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", watching_open)
    out = tmp_path / "plan.pdf"
    write_service_plan(store, out, ExportOptions(invariant=True))
    monkeypatch.undo()
    assert "/etc/passwd" not in opened
    text = pdf_text(out)
    assert squash(HOSTILE.replace(" 😀", "")) in text
    assert squash("Cafés & <bakeries>") in text
    assert squash("Regulars <3") in text and squash('"Night owls" & co') in text
    assert squash("Wait & see <slow>") in text
    assert squash("$5 coffee $") in text
    assert squash(f"Standard {STEPS_HOSTILE}") in text
    assert squash(f"Goal {STEPS_HOSTILE}") in text
    assert squash(f"Means {STEPS_HOSTILE}") in text
    assert squash("R&D <i>") in text and squash("10 <$>") in text
    reader = PdfReader(out)
    assert reader.metadata is not None and HOSTILE.replace(" 😀", "") in str(reader.metadata.title)


def test_branding_goes_on_the_cover_and_in_every_footer(tmp_path: Path) -> None:
    store = PlanStore.memory("en")
    store.profile.set_field("business_name", "Harbour Lane")
    branding = Branding(firm="Coastal & Co", logo=LOGO, accent="#7A1F5C", footer="Confidential")
    out = tmp_path / "plan.pdf"
    write_service_plan(store, out, ExportOptions(branding=branding, invariant=True))
    reader = PdfReader(out)
    assert "CoastalCo" in squash(pdf_text(out, first=1, last=1)).replace("&", "")
    for number in range(2, len(reader.pages) + 1):
        assert "Confidential" in pdf_text(out, first=number, last=number)
    accent = re.compile(rb"0?\.478431 0?\.121569 0?\.360784 rg")  # #7A1F5C as PDF fill

    def cover_drawing(pdf: bytes) -> bytes:
        page = PdfReader(io.BytesIO(pdf)).pages[0]
        return bytes(page.get_contents().get_data())  # type: ignore[union-attr]

    assert accent.search(cover_drawing(out.read_bytes()))
    assert not accent.search(cover_drawing(render_service_plan(store, ExportOptions())))


def test_a_damaged_logo_is_left_out_rather_than_failing() -> None:
    store = PlanStore.memory("en")
    pdf = render_service_plan(
        store, ExportOptions(branding=Branding(logo=b"\x89PNG\r\n\x1a\n broken"), invariant=True)
    )
    assert pdf.startswith(b"%PDF")


@pytest.mark.parametrize(
    ("options", "field"),
    [
        (ExportOptions(language="fr"), "language"),
        (ExportOptions(paper="a5"), "paper"),
        (ExportOptions(sections=frozenset({"summary", "gossip"})), "sections"),
        (ExportOptions(branding=Branding(accent="teal")), "accent"),
    ],
)
def test_bad_options_are_refused(options: ExportOptions, field: str) -> None:
    with pytest.raises(InvalidValueError) as caught:
        render_service_plan(PlanStore.memory("en"), options)
    assert caught.value.field == field


def test_progress_rises_to_the_end_and_cancel_stops_the_work(tmp_path: Path) -> None:
    store = PlanStore.memory("en")
    seen: list[tuple[int, int, str]] = []
    render_service_plan(store, progress=lambda done, total, what: seen.append((done, total, what)))
    done = [d for d, _, _ in seen]
    assert done == sorted(done) and done[0] == 0 and done[-1] == seen[-1][1]
    assert {what for _, _, what in seen} >= set(SECTIONS)

    out = tmp_path / "plan.pdf"
    out.write_bytes(b"%PDF-1.4 the good old plan")
    calls = [0]

    def cancelled() -> bool:
        calls[0] += 1
        return calls[0] > 3

    with pytest.raises(ExportCancelled):
        write_service_plan(store, out, cancelled=cancelled)
    assert out.read_bytes() == b"%PDF-1.4 the good old plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_cancel_during_layout_stops_too() -> None:
    store = PlanStore.memory("en")
    progress: list[str] = []

    def cancelled() -> bool:
        return "layout" in progress

    with pytest.raises(ExportCancelled):
        render_service_plan(
            store, progress=lambda d, t, what: progress.append(what), cancelled=cancelled
        )


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "plan.pdf"
    out.write_bytes(b"%PDF-1.4 the good old plan")

    def no_space(*_args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pdf_output.os, "replace", no_space)
    with pytest.raises(PlanError) as caught:
        write_service_plan(PlanStore.memory("en"), out)
    assert "No space left on device" in str(caught.value) and str(out) in str(caught.value)
    assert out.read_bytes() == b"%PDF-1.4 the good old plan"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["plan.pdf"]


def test_an_unwritable_target_is_refused_before_any_work(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        service_plan, "render_service_plan", lambda *a, **k: pytest.fail("rendered anyway")
    )
    with pytest.raises(PlanError) as caught:
        write_service_plan(PlanStore.memory("en"), tmp_path / "missing" / "plan.pdf")
    assert "does not exist" in str(caught.value)
    with pytest.raises(PlanError, match="is a folder"):
        write_service_plan(PlanStore.memory("en"), tmp_path)


def test_a_plans_language_can_be_overridden(demo: Callable[[str], tuple[Path, PlanStore]]) -> None:
    _, store = demo("ru")
    pdf = render_service_plan(store, ExportOptions(language="en", invariant=True))
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.outline[0].title == "Executive summary"  # type: ignore[union-attr]
    assert reader.trailer["/Root"]["/Lang"] == "en"


def test_charts_are_vectors_not_images(demo: Callable[[str], tuple[Path, PlanStore]]) -> None:
    out, _ = demo("en")
    images = 0
    for page in PdfReader(out).pages:
        resources = page["/Resources"]
        if "/XObject" in resources:
            objects = resources["/XObject"].get_object()  # type: ignore[attr-defined]
            images += sum(objects[n].get_object()["/Subtype"] == "/Image" for n in objects)
    assert images == 1  # the business's logo on the cover; every chart is vector paths


def test_a_long_tail_of_categories_is_one_other_bar() -> None:
    store = PlanStore.memory("en")
    names = [f"Category {n:02d}" for n in range(15)]
    store.complaints.set_categories(names)
    for n, name in enumerate(names):
        for _ in range(15 - n):
            store.complaints.add(Complaint(date="2026-11-01", category=name, description="x"))
    pareto = read_figures(store).complaints.pareto
    bars = customers._chart_categories(pareto, texts._load_texts("en"))
    assert len(bars) == customers.MAX_CHART_CATEGORIES
    assert bars[:11] == [(e.category, e.count, e.cumulative_percent) for e in pareto[:11]]
    assert bars[-1] == ("4 other categories", 4 + 3 + 2 + 1, 100.0)
    assert render_service_plan(store).startswith(b"%PDF")


def test_comments_quoted_are_readable_length_in_any_script() -> None:
    comments = [
        "Ok",
        "好吃，但是午餐时排队太久了。",  # 14 characters, as much as a 28-letter English one
        "Tasty food, but lunch runs out by 1 pm.",
        "tasty food, but lunch  runs out by 1 pm.",  # the same comment again
        "x" * 301,
    ]
    assert data._representative(comments) == [
        "好吃，但是午餐时排队太久了。",
        "Tasty food, but lunch runs out by 1 pm.",
    ]


# -- steps 3 and 4: standards, goals and means, why it pays ------------------------------------

STEPS_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "slow": "Calls ring too long",
        "rude": "Curt answers at the counter",
        "statement": "Answer the phone within three rings.",
        "indicator": "Rings before the phone is answered",
        "unit": "rings",
        "slogan": "The customer is always right!",
        "goal": "Answer nine calls in ten within three rings",
        "goal_indicator": "Calls answered within three rings",
        "retention": "Keep more regular customers",
        "means": "Phone etiquette training",
        "means2": "A second phone line",
        "owner": "Shift manager",
        "currency": "$",
    },
    "ru": {
        "slow": "Звонки долго остаются без ответа",
        "rude": "Резкие ответы у стойки",
        "statement": "Отвечать на звонок не позднее третьего гудка.",
        "indicator": "Число гудков до ответа",
        "unit": "гудков",
        "slogan": "Клиент всегда прав!",
        "goal": "Отвечать на девять звонков из десяти до третьего гудка",
        "goal_indicator": "Доля звонков с ответом до третьего гудка",
        "retention": "Удержать больше постоянных клиентов",
        "means": "Обучение телефонному этикету",
        "means2": "Вторая телефонная линия",
        "owner": "Администратор смены",
        "currency": "₽",
    },
    "zh": {
        "slow": "电话响铃太久无人接听",
        "rude": "柜台回答生硬",
        "statement": "电话铃响三声之内接听。",
        "indicator": "接听前的响铃声数",
        "unit": "声",
        "slogan": "顾客就是上帝！",
        "goal": "十个电话中有九个在响铃三声内接听",
        "goal_indicator": "响铃三声内接听的电话比例",
        "retention": "留住更多老顾客",
        "means": "电话礼仪培训",
        "means2": "第二条电话线路",
        "owner": "值班经理",
        "currency": "¥",
    },
}
#: What the calculator says for the inputs below: 200 × 0.68 × 1234.5 a year.
REVENUE_LOST = {"en": "$167,892", "ru": "167 892 ₽", "zh": "¥167,892"}
DEADLINE = {"en": "31 March 2027", "ru": "31.03.2027", "zh": "2027年3月31日"}


def _steps_plan(language: str, *, economics: bool = True, deadlines: bool = True) -> PlanStore:
    """A plan with two problems, a measurable standard and a slogan, two goals (one on
    customer retention) with means, and the calculator's inputs: built through the store."""
    from datetime import UTC, datetime

    from plan.goals import RETENTION_MEASURE, Goal, Means
    from plan.problems import Problem
    from plan.standards import Standard

    w = STEPS_WORDS[language]
    store = PlanStore.memory(language)
    store.clock = lambda: datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
    store.profile.set_field("business_name", "Harbour Lane")
    store.profile.set_field("plan_date", "2026-11-02")
    slow = store.problems.add(
        Problem(w["slow"], frequency=5, impact=4, root_cause="can", touchpoint="phone")
    )
    rude = store.problems.add(Problem(w["rude"], frequency=4, impact=4, root_cause="want"))
    store.standards.add(
        Standard(
            statement=w["statement"],
            touchpoint="phone",
            indicator=w["indicator"],
            target=3.0,
            unit=w["unit"],
            direction="at_most",
            measurement="Ten test calls a week.",
            frequency="weekly",
            owner=w["owner"],
            problem_ids=(slow.id or 0,),
        )
    )
    store.standards.add(Standard(statement=w["slogan"], touchpoint="in_person"))
    goal = store.goals.add(
        Goal(
            title=w["goal"],
            indicator=w["goal_indicator"],
            baseline=60.0,
            target=90.0,
            unit="%",
            deadline="2027-03-31" if deadlines else "",
            owner=w["owner"],
            problem_ids=(slow.id or 0,),
        )
    )
    retention = store.goals.add(
        Goal(
            title=w["retention"],
            measure=RETENTION_MEASURE,
            baseline=70.0,
            target=80.0,
            deadline="2027-02-28" if deadlines else "",
            owner="Anna",
            problem_ids=(rude.id or 0,),
        )
    )
    store.means.add(
        Means(
            action=w["means"],
            kind="know",
            owner=w["owner"],
            start="2026-12-01",
            end="2027-01-15",
            budget=1200.0,
            status="done",
            goal_id=goal.id,
        )
    )
    store.means.add(
        Means(
            action=w["means2"],
            kind="can",
            owner="Anna",
            start="2027-01-01",
            end="2027-02-28",
            budget=3400.0,
            goal_id=retention.id,
        )
    )
    if economics:
        store.economics.set_input("customers", 1000.0)
        store.economics.set_input("revenue_per_customer", 1234.5)
        store.economics.set_input("customers_lost", 200.0)
        store.economics.set_input("currency", w["currency"])
    return store


@pytest.fixture(scope="module")
def steps_pdf(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    folder = tmp_path_factory.mktemp("steps")
    made: dict[str, Path] = {}

    def get(language: str) -> Path:
        if language not in made:
            out = folder / f"steps-{language}.pdf"
            write_service_plan(_steps_plan(language), out, ExportOptions(invariant=True))
            made[language] = out
        return made[language]

    return get


@pytest.mark.parametrize("language", LANGUAGES)
def test_standards_goals_and_economics_are_printed(
    steps_pdf: Callable[[str], Path], language: str
) -> None:
    out = steps_pdf(language)
    text = pdf_text(out)
    texts = _texts(language)
    sections = texts["sections"]
    assert isinstance(sections, dict)
    for section in ("standards", "goals", "economics"):
        assert squash(sections[section]) in text, section
    # In the method's order, between the problems and the appendix.
    positions = [text.index(squash(sections[s])) for s in ("standards", "goals", "economics")]
    assert positions == sorted(positions)
    w = STEPS_WORDS[language]
    assert squash(w["statement"]) in text
    assert squash(w["goal"]) in text and squash(w["means"]) in text
    assert squash(DEADLINE[language]) in text  # the summary's goal line
    assert squash(REVENUE_LOST[language]) in text  # money grouped the language's way
    if language == "ru":
        assert squash("1 235 ₽") in text  # revenue per customer: whole roubles, grouped
    # The retention goal's measured baseline is not in the plan: the typed 70% is used.
    assert squash("70% → 80%") in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_slogan_is_printed_with_what_it_lacks(
    steps_pdf: Callable[[str], Path], language: str
) -> None:
    from plan.standards import MEASURABLE_FIELDS
    from plan.standards import load_texts as standard_texts

    text = pdf_text(steps_pdf(language))
    words = standard_texts(language).check
    missing = str(words["list_separator"]).join(
        words["missing_names"][name] for name in MEASURABLE_FIELDS
    )
    standards = _texts(language)["standards"]
    assert isinstance(standards, dict)
    assert squash(STEPS_WORDS[language]["slogan"]) in text
    assert squash(standards["not_measurable"].format(missing=missing)) in text
    assert squash(standards["slogan"]) in text
    # The measurable standard says its target; the focus problem without one is named.
    assert squash(standards["without_heading"]) in text
    assert squash(STEPS_WORDS[language]["rude"]) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_summary_lists_the_goals_and_the_money(
    steps_pdf: Callable[[str], Path], language: str
) -> None:
    out = steps_pdf(language)
    summary = pdf_text(out, first=3, last=3)
    texts = _texts(language)["summary"]
    assert isinstance(texts, dict)
    w = STEPS_WORDS[language]
    assert squash(w["goal"]) in summary and squash(w["retention"]) in summary
    assert squash(DEADLINE[language]) in summary
    assert squash(texts["goals_none"]) not in summary
    assert squash(texts["budget_none"]) not in summary
    assert squash(REVENUE_LOST[language]) in summary
    budget = {"en": "$4,600", "ru": "4 600 ₽", "zh": "¥4,600"}[language]
    assert squash(budget) in summary


@pytest.mark.parametrize("language", LANGUAGES)
def test_steps_plan_fonts_are_embedded_and_the_file_is_sound(
    steps_pdf: Callable[[str], Path], language: str
) -> None:
    out = steps_pdf(language)
    assert_fonts_embedded(out)
    assert_qpdf_clean(out)


def test_next_assessment_falls_back_to_six_months_after_the_plan_date() -> None:
    pdf = render_service_plan(_steps_plan("en", deadlines=False), ExportOptions(invariant=True))
    text = squash(_pdf_bytes_text(pdf))
    assert squash("is due by 2 May 2027: no goal has a deadline, so 6 months") in text
    with_deadlines = squash(_pdf_bytes_text(render_service_plan(_steps_plan("en"))))
    assert squash("is due by 31 March 2027, the latest goal deadline") in with_deadlines


def _pdf_bytes_text(pdf: bytes) -> str:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "plan.pdf"
        path.write_bytes(pdf)
        return pdf_text(path)


def test_new_sections_can_be_chosen_alone() -> None:
    pdf = render_service_plan(
        _steps_plan("en"),
        ExportOptions(sections=frozenset({"summary", "standards", "economics"}), invariant=True),
    )
    reader = PdfReader(io.BytesIO(pdf))
    assert [item.title for item in reader.outline if not isinstance(item, list)] == [
        "Executive summary",
        "Service standards",
        "Why it pays: the cost of poor service",
    ]
    assert SECTIONS[-4:] == ("standards", "goals", "economics", "appendix")


def test_a_plan_without_steps_3_and_4_says_not_set_yet() -> None:
    store = _steps_plan("en", economics=False)
    for standard in store.standards.all():
        store.standards.delete(standard.id or 0)
    for means in store.means.all():
        store.means.delete(means.id or 0)
    for goal in store.goals.all():
        store.goals.delete(goal.id or 0)
    assert service_plan.sections_with_data(store) == {"summary", "business", "problems"}
    text = squash(_pdf_bytes_text(render_service_plan(store, ExportOptions(invariant=True))))
    summary = _texts("en")["summary"]
    sections = _texts("en")["sections"]
    assert isinstance(summary, dict) and isinstance(sections, dict)
    assert squash(summary["goals_none"]) in text
    assert squash(summary["budget_none"]) in text
    for section in ("standards", "goals", "economics"):
        assert squash(sections[section]) not in text, section


def test_means_without_the_calculator_print_the_budget_only() -> None:
    store = _steps_plan("en", economics=False)
    assert "economics" not in service_plan.sections_with_data(store)
    assert {"standards", "goals"} <= service_plan.sections_with_data(store)
    text = squash(_pdf_bytes_text(render_service_plan(store, ExportOptions(invariant=True))))
    assert squash("The plan's budget: 4,600") in text  # no currency given
    assert squash("Cost of poor service: not estimated yet") in text


def test_a_long_timeline_is_split_into_charts_of_a_page() -> None:
    from datetime import date

    bars = [
        charts.TimelineBar(f"m{n}", date(2027, 1, 1), date(2027, 2, 1), "know", False)
        for n in range(45)
    ]
    parts = goals._timeline_parts([("A", bars[:5]), ("B", bars[5:])])
    assert [sum(len(b) for _, b in part) for part in parts] == [5, 20, 20]
    assert [[title for title, _ in part] for part in parts] == [["A"], ["B"], ["B"]]
    assert goals._timeline_parts([("A", bars[:3]), ("B", bars[3:6])]) == [
        [("A", bars[:3]), ("B", bars[3:6])]
    ]


def test_many_goals_and_means_are_charted_in_part_and_listed_in_full() -> None:
    from plan.goals import Goal, Means

    store = PlanStore.memory("en")
    goal_ids = [
        store.goals.add(Goal(f"Goal {n:02d}", indicator="x", target=1.0, deadline="2027-06-30")).id
        for n in range(12)
    ]
    for n in range(65):
        store.means.add(
            Means(
                f"Means {n:02d}",
                "can",
                start=f"2027-{1 + n % 12:02d}-01",
                end=f"2027-{1 + n % 12:02d}-20",
                goal_id=goal_ids[n % 12],
            )
        )
    text = squash(_pdf_bytes_text(render_service_plan(store, ExportOptions(invariant=True))))
    words = _texts("en")["goals"]
    assert isinstance(words, dict)
    assert squash(words["chart_first"].format(shown=10, count=12)) in text
    assert squash(words["timeline_first"].format(shown=60, count=65)) in text
    assert squash("Goal 11") in text and squash("Means 64") in text  # the tables have all

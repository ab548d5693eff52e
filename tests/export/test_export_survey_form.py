"""export.survey_form: the printable customer questionnaire, checked as a PDF reader sees it."""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pdf_checks import assert_fonts_embedded, assert_qpdf_clean, pdf_text, squash
from pypdf import PdfReader

from export import pdf_output, survey_form
from export.survey_form import MAX_GROUPS, render_survey_form, write_survey_form
from plan import LANGUAGES
from plan.errors import InvalidValueError, PlanError
from plan.questionnaire import load_questionnaire
from plan.store import PlanStore

ROOT = Path(__file__).resolve().parents[2]
LOGO = (ROOT / "assets" / "demo" / "logo.png").read_bytes()
HOSTILE = '<b>R&D</b> "Café" $x$ <img src="/etc/passwd"/> 咖啡 😀'
NAMES = {"en": "Harbour Lane Bakery", "ru": "Кофейня «Уют»", "zh": "老街咖啡馆"}
GROUPS = {
    "en": "Regulars\nOffice workers\n\nTourists",
    "ru": "Постоянные гости\nОфисные сотрудники\nТуристы",
    "zh": "常客\n上班族\n游客",
}


def _plan(language: str, *, name: str | None = None, logo: bool = True) -> PlanStore:
    store = PlanStore.memory(language)
    store.profile.set_field("business_name", NAMES[language] if name is None else name)
    store.profile.set_field("customer_types", GROUPS[language])
    if logo:
        store.profile.set_logo(LOGO)
    return store


def _pages(pdf: Path) -> int:
    return len(PdfReader(pdf).pages)


def _images(pdf: Path) -> int:
    count = 0
    for page in PdfReader(pdf).pages:
        resources: Any = page["/Resources"]
        if "/XObject" in resources:
            objects = resources["/XObject"].get_object()
            count += sum(objects[name].get_object()["/Subtype"] == "/Image" for name in objects)
    return count


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str, str], Path]:
    """The form of a typical plan per language and paper, written once for the tests below."""
    folder = tmp_path_factory.mktemp("forms")
    made: dict[tuple[str, str], Path] = {}

    def get(language: str, paper: str) -> Path:
        if (language, paper) not in made:
            out = folder / f"form-{language}-{paper}.pdf"
            write_survey_form(_plan(language), out, paper=paper)
            made[language, paper] = out
        return made[language, paper]

    return get


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_form_in_every_language_and_paper(
    form: Callable[[str, str], Path], language: str, paper: str
) -> None:
    out = form(language, paper)

    assert 1 <= _pages(out) <= 2
    reader = PdfReader(out)
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert (round(width), round(height)) == ((595, 842) if paper == "a4" else (612, 792))

    q = load_questionnaire(language).for_business(NAMES[language])
    text = pdf_text(out)
    for expected in (
        NAMES[language],
        q.nps_question,
        q.items[0].statement,
        q.items[21].statement,
        q.expectation_label,
        q.perception_label,
        q.importance_question,
        q.segment_question,
        q.comment_prompt,
        q.page_text(2, 2),
        *q.csat_labels,
        "Офисныесотрудники" if language == "ru" else "",
    ):
        assert squash(expected) in text, expected
    assert _images(out) == 1  # the logo


@pytest.mark.parametrize("language", LANGUAGES)
def test_fonts_are_embedded_and_helvetica_is_absent(tmp_path: Path, language: str) -> None:
    out = tmp_path / "form.pdf"
    write_survey_form(_plan(language, name=HOSTILE), out)
    names = " ".join(assert_fonts_embedded(out))
    assert "DejaVuSans" in names and "DejaVuSans-Bold" in names
    assert "ServicePlanCJK" in names or language != "zh"


@pytest.mark.parametrize("paper", ["a4", "letter"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_qpdf_finds_no_errors(form: Callable[[str, str], Path], language: str, paper: str) -> None:
    out = form(language, paper)
    assert_qpdf_clean(out)


def test_metadata(tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    write_survey_form(_plan("ru"), out)
    reader = PdfReader(out)
    assert reader.metadata is not None
    assert reader.metadata.title == "Анкета для клиентов — Кофейня «Уют»"
    assert reader.metadata.author == "Кофейня «Уют»"
    assert "SERVQUAL" in (reader.metadata.subject or "")
    root: Any = reader.trailer["/Root"]
    assert root["/Lang"] == "ru"


def test_hostile_business_name_prints_literally_and_reads_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A picture that <img src="secret.png"/> would find, were it read as markup.
    (tmp_path / "secret.png").write_bytes(LOGO)
    monkeypatch.chdir(tmp_path)
    name = HOSTILE.replace("/etc/passwd", "secret.png")
    out = tmp_path / "form.pdf"
    write_survey_form(_plan("en", name=name, logo=False), out)
    text = pdf_text(out)
    assert squash(name.replace("😀", "")) in text  # the header
    assert squash(f"How likely are you to recommend {name.replace(' 😀', '')} to a") in text
    assert _images(out) == 0  # <img src=...> was text, not a picture


def test_invariant_output_is_byte_identical(tmp_path: Path) -> None:
    store = _plan("zh")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    write_survey_form(store, first, invariant=True)
    write_survey_form(store, second, invariant=True)
    assert first.read_bytes() == second.read_bytes()


def test_language_and_defaults(tmp_path: Path) -> None:
    store = _plan("en", logo=False)
    out = tmp_path / "form.pdf"
    write_survey_form(store, out, language="ru")
    assert squash(load_questionnaire("ru").title) in pdf_text(out)
    write_survey_form(store, out)
    assert "Customerquestionnaire" in pdf_text(out)
    assert _images(out) == 0


def test_no_name_and_no_groups(tmp_path: Path) -> None:
    store = PlanStore.memory("ru")
    out = tmp_path / "form.pdf"
    write_survey_form(store, out)
    q = load_questionnaire("ru").for_business("")
    text = pdf_text(out)
    assert squash(q.nps_question) in text  # "порекомендуете нас"
    assert squash(q.segment_question) not in text
    assert 1 <= _pages(out) <= 2


@pytest.mark.parametrize("language", LANGUAGES)
def test_long_name_and_many_groups_still_fit_on_letter(tmp_path: Path, language: str) -> None:
    name = {"en": "Wide ", "ru": "Общество с ограниченной ответственностью ", "zh": "北京"}
    groups = [f"{NAMES[language]} group number {i} with a very long name" for i in range(20)]
    pdf = render_survey_form(
        language,
        business_name=(name[language] * 100)[:200],
        logo=LOGO,
        groups=groups,
        paper="letter",
    )
    assert 1 <= len(PdfReader(io.BytesIO(pdf)).pages) <= 2
    text = squash("".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages))
    assert f"groupnumber{MAX_GROUPS - 1}" in text
    assert f"groupnumber{MAX_GROUPS}" not in text


def test_damaged_logo_is_left_out(tmp_path: Path) -> None:
    pdf = render_survey_form("en", business_name="X", logo=LOGO[:200])
    out = tmp_path / "form.pdf"
    out.write_bytes(pdf)
    assert _images(out) == 0


def test_bad_paper_and_language_are_refused(tmp_path: Path) -> None:
    store = _plan("en")
    with pytest.raises(InvalidValueError) as raised:
        write_survey_form(store, tmp_path / "form.pdf", paper="a5")
    assert raised.value.field == "paper"
    with pytest.raises(InvalidValueError) as raised:
        write_survey_form(store, tmp_path / "form.pdf", language="de")
    assert raised.value.field == "language"
    assert list(tmp_path.iterdir()) == []


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


@pytest.mark.parametrize(
    "break_it",
    [
        lambda monkeypatch: monkeypatch.setattr(
            survey_form, "_build", lambda *a: (_ for _ in ()).throw(RuntimeError("boom"))
        ),
        lambda monkeypatch: monkeypatch.setattr(
            pdf_output.os, "replace", lambda *a: (_ for _ in ()).throw(OSError(28, "No space"))
        ),
        lambda monkeypatch: monkeypatch.setattr(
            pdf_output.os, "fsync", lambda *a: (_ for _ in ()).throw(OSError(5, "I/O error"))
        ),
    ],
    ids=["build fails", "rename fails", "write fails"],
)
def test_failure_keeps_the_old_file_and_leaves_no_temporary(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    break_it: Callable[[pytest.MonkeyPatch], None],
) -> None:
    out = tmp_path / "form.pdf"
    out.write_bytes(b"the old form")
    break_it(monkeypatch)
    with pytest.raises((PlanError, RuntimeError)) as raised:
        write_survey_form(_plan("en"), out)
    if isinstance(raised.value, PlanError):
        assert str(out) in str(raised.value)
    assert out.read_bytes() == b"the old form"
    assert _leftovers(tmp_path) == ["form.pdf"]


def test_missing_folder_is_a_plan_error(tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "form.pdf"
    with pytest.raises(PlanError) as raised:
        write_survey_form(_plan("en"), out)
    assert str(out) in str(raised.value)
    assert "does not exist" in str(raised.value)


def test_folder_as_target_is_a_plan_error(tmp_path: Path) -> None:
    with pytest.raises(PlanError, match="is a folder"):
        write_survey_form(_plan("en"), tmp_path)


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root may write to any folder"
)
def test_read_only_folder_is_a_plan_error(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(PlanError) as raised:
            write_survey_form(_plan("en"), folder / "form.pdf")
        assert str(folder / "form.pdf") in str(raised.value)
        assert _leftovers(folder) == []
    finally:
        folder.chmod(0o700)


def test_unwritable_folder_is_a_plan_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As the read-only test, for systems (or root) where permissions do not stop us."""

    def refuse(*args: object, **kwargs: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(pdf_output.os, "open", refuse)
    out = tmp_path / "form.pdf"
    with pytest.raises(PlanError) as raised:
        write_survey_form(_plan("en"), out)
    assert str(out) in str(raised.value)
    assert "Permission denied" in str(raised.value)
    assert _leftovers(tmp_path) == []


def test_new_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    out = tmp_path / "form.pdf"
    write_survey_form(_plan("en", logo=False), out)
    umask = os.umask(0)
    os.umask(umask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~umask


def test_chinese_without_a_cjk_font_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    from export.pdf_text import CjkFontMissingError, FontSet, register_fonts

    registered = register_fonts()
    latin_only = FontSet(registered.regular, registered.bold, None)
    monkeypatch.setattr(survey_form, "register_fonts", lambda: latin_only)
    assert render_survey_form("ru", business_name="Уют").startswith(b"%PDF")
    with pytest.raises(CjkFontMissingError, match="fonts-wqy-microhei"):
        render_survey_form("zh", business_name="Harbour Lane")
    with pytest.raises(CjkFontMissingError):
        render_survey_form("en", business_name="老街")

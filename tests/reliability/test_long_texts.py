"""Plans whose texts are far longer than the forms accept (written by another tool, straight
into the file) still export a whole Service Plan and questionnaire, the texts cut with a note.

Before: a 100,000-character complaint category, problem title, segment or goal title ended the
export with reportlab's LayoutError after up to half a minute and 1.5 GB; a long business name
made the export time grow with the square of its length. The default run tries 20,000
characters in every field at once, in Russian and Chinese (tests/export has English); the soak
run (`pytest -m soak tests/reliability`) tries 100,000 characters in each field alone, in each
language, and 100,000-character names.
"""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

import pytest
from pypdf import PdfReader

from export import fonts as font_files
from export.service_plan import ExportOptions, write_service_plan
from export.survey_form import write_survey_form
from plan import LANGUAGES
from plan.demo import fill_demo
from plan.store import PlanStore

pytestmark = pytest.mark.skipif(
    font_files.cjk_font() is None, reason="no TrueType CJK font installed (fonts-wqy-microhei)"
)

SHORTENED = {"en": "(shortened)", "ru": "(сокращено)", "zh": "（已缩短）"}
WORDS = {"en": "Riverside bakery ", "ru": "Пекарня у реки ", "zh": "河边面包店，"}

#: One SQL statement per field, written past the store's limits.
FIELDS = {
    "category": "UPDATE complaints SET category = ?1"
    " WHERE id IN (SELECT id FROM complaints ORDER BY id LIMIT 3)",
    "problem_title": "UPDATE problems SET title = ?1"
    " WHERE id = (SELECT id FROM problems ORDER BY frequency * impact DESC, id LIMIT 1)",
    "segment": "UPDATE survey_responses SET segment = ?1 WHERE id % 4 = 0",
    "goal_title": "UPDATE goals SET title = ?1 WHERE id = (SELECT min(id) FROM goals)",
    "business_name": "UPDATE profile SET business_name = ?1",
    "address": "UPDATE profile SET address = replace(substr(?1, 1, 4000), ' ', char(10))",
}


def _words(language: str, length: int) -> str:
    text = WORDS[language] * (length // len(WORDS[language]) + 1)
    return text[:length]


def _plan(tmp_path: Path, language: str, fields: list[str], length: int) -> Path:
    plan = tmp_path / f"plan-{language}.svcplan"
    PlanStore.create(plan, language=language, fill=lambda store: fill_demo(store, language)).close()
    conn = sqlite3.connect(plan)
    try:
        with conn:
            for name in fields:
                conn.execute(FIELDS[name], [_words(language, length)])
    finally:
        conn.close()
    return plan


def _exports(tmp_path: Path, plan: Path, language: str) -> None:
    store = PlanStore.open(plan, readonly=True)
    try:
        out = tmp_path / "plan.pdf"
        write_service_plan(store, out, ExportOptions(invariant=True))
        form = tmp_path / "form.pdf"
        write_survey_form(store, form, invariant=True)
    finally:
        store.close()
    reader = PdfReader(io.BytesIO(out.read_bytes()), strict=True)
    text = "".join(page.extract_text() for page in reader.pages)
    assert SHORTENED[language] in text.replace("\n", "")
    assert 1 <= len(PdfReader(form).pages) <= 2


@pytest.mark.parametrize("language", ["ru", "zh"])
def test_every_field_at_20000_characters_exports(tmp_path: Path, language: str) -> None:
    fields = ["category", "problem_title", "segment", "goal_title", "business_name", "address"]
    _exports(tmp_path, _plan(tmp_path, language, fields, 20_000), language)


@pytest.mark.soak
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("field", sorted(FIELDS))
def test_one_field_at_100000_characters_exports(tmp_path: Path, language: str, field: str) -> None:
    _exports(tmp_path, _plan(tmp_path, language, [field], 100_000), language)

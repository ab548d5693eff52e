"""Random hostile plans always export PDFs that pypdf opens (hypothesis).

The same strategies as test_fuzz_plans.py (any Unicode, markup, formulas, extreme numbers,
empty sections, thousands of rows), in each of the plan languages: the Service Plan and the
customer questionnaire come out whole, with the text printed rather than interpreted.
"""

from __future__ import annotations

import io
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from export.survey_form import render_survey_form
from plan import LANGUAGES
from plan.store import PlanStore
from tests.reliability.strategies import FuzzPlan, bulk_complaints, plans, store_plan, texts

service_plan = pytest.importorskip("export.service_plan")

PDF_FUZZ = settings(
    max_examples=3,  # a Service Plan takes a second or more: the soak run does hundreds
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
PDF_SOAK = settings(PDF_FUZZ, max_examples=150, derandomize=False)


def _opens(pdf: bytes) -> PdfReader:
    reader = PdfReader(io.BytesIO(pdf), strict=True)
    assert len(reader.pages) >= 1
    for page in reader.pages:
        page.extract_text()  # every page's content stream parses
    return reader


def _export(plan: FuzzPlan, language: str) -> bytes:
    store = PlanStore.memory(language)
    try:
        store_plan(store, plan)
        pdf: bytes = service_plan.render_service_plan(
            store, service_plan.ExportOptions(invariant=True)
        )
    finally:
        store.close()
    return pdf


@PDF_FUZZ
@given(plan=plans(max_bulk=500), language=st.sampled_from(LANGUAGES))
def test_random_plans_export_a_service_plan_pypdf_opens(plan: FuzzPlan, language: str) -> None:
    _opens(_export(plan, language))


@pytest.mark.soak
@PDF_SOAK
@given(plan=plans(max_bulk=3000), language=st.sampled_from(LANGUAGES))
def test_random_plans_export_soak(plan: FuzzPlan, language: str) -> None:
    _opens(_export(plan, language))


@pytest.mark.soak
def test_thousands_of_distinct_complaint_categories_still_export() -> None:
    """Imported complaint logs may carry a free-text category per row. 2,000 distinct ones
    took 80-110 s to export when the Pareto chart drew a bar each; it now draws the largest
    and one "other" bar. No time is asserted, but the PDF must come out whole."""
    plan = FuzzPlan({}, {}, {}, bulk_complaints(random.Random(3), 2000, categories=2000), [])
    _opens(_export(plan, "en"))


@settings(PDF_FUZZ, max_examples=5)
@given(
    name=texts(200),
    groups=st.lists(texts(60), max_size=8),
    language=st.sampled_from(LANGUAGES),
)
def test_hostile_names_give_a_questionnaire_pypdf_opens(
    name: str, groups: list[str], language: str
) -> None:
    _opens(render_survey_form(language, business_name=name, groups=groups, invariant=True))

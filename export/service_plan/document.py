"""The Service Plan document: the template with every section."""

from __future__ import annotations

from export.service_plan.options import SECTIONS
from export.service_plan.sections.appendix import AppendixSection
from export.service_plan.sections.business import BusinessSection
from export.service_plan.sections.customers import CustomersSection
from export.service_plan.sections.economics import EconomicsSection
from export.service_plan.sections.goals import GoalsSection
from export.service_plan.sections.problems import ProblemsSection
from export.service_plan.sections.service_level import ServiceLevelSection
from export.service_plan.sections.standards import StandardsSection
from export.service_plan.sections.summary import SummarySection
from export.service_plan.template import _BUILDERS


class _Document(
    SummarySection,
    BusinessSection,
    ServiceLevelSection,
    CustomersSection,
    ProblemsSection,
    StandardsSection,
    GoalsSection,
    EconomicsSection,
    AppendixSection,
):
    """Builds the story (flowables) and lays it out; one instance per export."""


assert set(_BUILDERS) == set(SECTIONS), "every section has its builder"

"""The Service Plan's section 4 What customers say: the survey, SERVQUAL, the two views,
complaints."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING

from export import charts
from export.service_plan.sections.survey_waves import SurveyWavesPart
from export.service_plan.template import builds
from export.service_plan.texts import (
    _Texts,
)
from plan.questionnaire import dimension_titles
from plan.scoring import OVERRATING_POINTS, SMALL_SAMPLE, ParetoEntry
from plan.self_audit import SERVQUAL_DIMENSIONS

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


class CustomersSection(SurveyWavesPart):
    """4 What customers say: the survey, SERVQUAL, the two views, complaints."""

    @builds("customers")
    def _customers(self) -> list[Flowable]:
        return self.survey() + self.complaints()

    def survey(self) -> list[Flowable]:
        t, s = self.t, self.styles
        survey = self.plan.figures.survey
        summary, groups_of = survey.summary, survey.summary.net_promoter
        story: list[Flowable] = [self.heading(t("customers.survey"), 1)]
        if not summary.responses:
            return [*story, self.note(t("customers.survey_none"))]
        story.append(self.para(t("customers.survey_intro", responses=summary.responses), s.lead))
        if summary.small_sample:
            story.append(self.note(t("small_sample", minimum=SMALL_SAMPLE)))
        rows = [
            [
                t("customers.figure"),
                t("customers.answers"),
                t("customers.value"),
                t("waves.interval"),
            ]
        ]
        intervals = self.intervals(summary)
        nps_n = groups_of.responses
        rows.append(
            [t.name("nps"), str(nps_n), self.maybe(groups_of.nps, t.signed), intervals["nps"]]
        )
        for key, count in (
            ("promoters", groups_of.promoters),
            ("passives", groups_of.passives),
            ("detractors", groups_of.detractors),
        ):
            share = t.percent(100 * count / nps_n) if nps_n else "—"
            rows.append([t(f"customers.{key}"), str(count), share, ""])
        rows.append(
            [
                t("customers.csat", name=t.name("csat")),
                str(summary.csat_responses),
                self.maybe(summary.csat, t.percent),
                intervals["csat"],
            ]
        )
        rows.append(
            [
                t("customers.ces", name=t.name("ces")),
                str(summary.ces_responses),
                self.maybe(summary.ces, lambda v: t.number(v, 2)),
                intervals["ces"],
            ]
        )
        story.append(self.table(rows, (0.44, 0.14, 0.14, 0.28), right=(1, 2, 3)))
        if nps_n:
            groups = t.raw("customers.nps_groups")
            figure = functools.partial(
                charts.nps_distribution_figure,
                list(survey.distribution),
                group_labels=(groups[0], groups[1], groups[2]),
                nps=groups_of.nps,
                nps_label=t.name("nps_short"),
                title=t("customers.nps_title"),
                count_label=t("customers.answers"),
                width=self.width / 72,
                height=2.9,
                decimal_separator=t.decimal,
            )
            story.append(self.chart("nps", figure, 0.9))
        story += self.servqual()
        story += self.survey_change()
        if self.plan.comments:
            story.append(self.heading(t("customers.comments"), 1))
            for comment in self.plan.comments:
                story.append(self.para(t("customers.quote", text=comment), s.quote))
        return story

    def servqual(self) -> list[Flowable]:
        t, s = self.t, self.styles
        result = self.plan.figures.survey.summary.servqual
        dims = result.dimensions
        if not any(dims[d].responses for d in SERVQUAL_DIMENSIONS):
            return []
        names = dimension_titles(t.language)
        labels = [names[d] for d in SERVQUAL_DIMENSIONS]
        story: list[Flowable] = [self.heading(t("customers.servqual"), 1)]
        figure = functools.partial(
            charts.servqual_gaps_figure,
            labels,
            [dims[d].expectation for d in SERVQUAL_DIMENSIONS],
            [dims[d].perception for d in SERVQUAL_DIMENSIONS],
            expectation_label=t("customers.expected"),
            perception_label=t("customers.perceived"),
            title=t("customers.servqual_title"),
            missing_text=t("service_level.not_rated"),
            decimal_separator=t.decimal,
            width=self.width / 72,
            height=3.2,
        )
        story.append(self.chart("servqual", figure, 0.9))
        rows = [
            [
                t("service_level.dimension"),
                t("customers.expected"),
                t("customers.perceived"),
                t("customers.gap"),
                t("customers.answers"),
            ]
        ]
        for d in SERVQUAL_DIMENSIONS:
            gap = dims[d]
            rows.append(
                [
                    names[d],
                    self.maybe(gap.expectation, lambda v: t.number(v, 2)),
                    self.maybe(gap.perception, lambda v: t.number(v, 2)),
                    self.maybe(gap.gap, lambda v: t.signed(v, 2)),
                    str(gap.responses),
                ]
            )
        story.append(self.table(rows, (0.36, 0.16, 0.16, 0.16, 0.16), right=(1, 2, 3, 4)))
        story += self.reliability_notes()
        unweighted = result.unweighted
        weighted = result.weighted
        if unweighted is not None:
            story.append(
                self.para(
                    t(
                        "customers.unweighted",
                        name=t.name("servqual"),
                        value=t.signed(unweighted, 2),
                    ),
                    s.body,
                )
            )
        if weighted is not None:
            story.append(self.para(t("customers.weighted", value=t.signed(weighted, 2)), s.body))
        story += self.segments_servqual()
        story += self.act_first()
        story += self.views(labels)
        return story

    def views(self, labels: list[str]) -> list[Flowable]:
        t, s = self.t, self.styles
        company = self.plan.figures.assessment.servqual_self_view
        customers = self.plan.figures.survey.customer_view
        if all(company.get(d) is None for d in SERVQUAL_DIMENSIONS):
            return []
        story: list[Flowable] = [self.heading(t("customers.views"), 1)]
        figure = functools.partial(
            charts.views_comparison_figure,
            labels,
            [company.get(d) for d in SERVQUAL_DIMENSIONS],
            [customers.get(d) for d in SERVQUAL_DIMENSIONS],
            company_label=t("customers.owner"),
            customers_label=t("customers.customers"),
            title=t("customers.views_title"),
            missing_text=t("service_level.not_rated"),
            decimal_separator=t.decimal,
            width=self.width / 72,
            height=3.0,
        )
        story.append(self.chart("views", figure, 0.9))
        names = dimension_titles(t.language)
        overrated = self.plan.figures.survey.overrated
        points = t.number(OVERRATING_POINTS, 0)
        if overrated:
            # The difference itself, as the chart writes it: "Assurance +15.5".
            differences = [f"{names[d]} {t.signed(gap)}" for d, gap in overrated.items()]
            text = t("customers.overrated", dimensions=t.listing(differences), points=points)
        else:
            text = t("customers.overrated_none", points=points)
        story.append(self.para(text, s.body))
        return story

    def complaints(self) -> list[Flowable]:
        t, s = self.t, self.styles
        complaints = self.plan.figures.complaints
        story: list[Flowable] = [self.heading(t("customers.complaints"), 1)]
        if not complaints.total:
            return [*story, self.note(t("customers.complaints_none"))]
        story.append(
            self.para(
                t(
                    "customers.complaints_intro",
                    total=complaints.total,
                    resolved=complaints.resolved,
                ),
                s.lead,
            )
        )
        pareto = complaints.pareto
        shown = _chart_categories(pareto, t)
        figure = functools.partial(
            charts.pareto_figure,
            [category for category, _, _ in shown],
            [count for _, count, _ in shown],
            [cumulative for _, _, cumulative in shown],
            vital_few=sum(1 for e in pareto[: len(shown)] if e.vital_few),
            count_label=t("customers.count"),
            cumulative_label=t("customers.cumulative"),
            title=t("customers.pareto_title"),
            width=self.width / 72,
            height=3.3,
        )
        story.append(self.chart("pareto", figure, 0.95))
        vital = [e for e in pareto if e.vital_few]
        if vital:
            share = sum(e.percent for e in vital)
            story.append(
                self.para(
                    t(
                        "customers.vital_few",
                        categories=t.listing([e.category for e in vital]),
                        percent=t.percent(share),
                    ),
                    s.body,
                )
            )
        # The heading, its sentence, the chart and what it shows on one page: never a heading
        # over half a blank page, nor the vital few apart from their chart.
        return [self.keep_together(story), *self.complaints_by_group()]


#: The Pareto chart shows at most this many categories; the rest are one "other" bar (a log
#: with a free-text category per complaint could otherwise draw thousands of bars).
MAX_CHART_CATEGORIES = 12


def _chart_categories(pareto: Sequence[ParetoEntry], t: _Texts) -> list[tuple[str, int, float]]:
    """(category, count, cumulative percent) per bar: the largest categories, then the rest."""
    if len(pareto) <= MAX_CHART_CATEGORIES:
        return [(e.category, e.count, e.cumulative_percent) for e in pareto]
    kept = pareto[: MAX_CHART_CATEGORIES - 1]
    rest = pareto[MAX_CHART_CATEGORIES - 1 :]
    bars = [(e.category, e.count, e.cumulative_percent) for e in kept]
    other = t("customers.other_categories", count=len(rest))
    bars.append((other, sum(e.count for e in rest), 100.0))
    return bars

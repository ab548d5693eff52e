"""Section 4's survey waves: how sure each figure is, what changed since the last survey (with
the trend across every wave), and the SERVQUAL scales whose answers do not hang together.

The figures are the typed model's (`plan.figures.Survey`: `waves`, `change`); the sentences
`plan.wording`'s, so the PDF says what the window says.
"""

from __future__ import annotations

import functools
from datetime import date
from typing import TYPE_CHECKING

from export import charts
from export.service_plan.template import _DocumentBase
from plan.importance import statements_chart_inputs
from plan.questionnaire import dimension_titles
from plan.scoring import SMALL_SAMPLE
from plan.self_audit import SERVQUAL_DIMENSIONS
from plan.survey_stats import RELIABLE_ALPHA

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from plan.scoring import SurveySummary
    from plan.survey_stats import Change, Interval


#: Customer groups side by side in the SERVQUAL table at most (the largest ones).
MAX_GROUPS = 6


class SurveyWavesPart(_DocumentBase):
    """What section 4 prints of the survey's waves, intervals and reliability."""

    def interval_cell(
        self, interval: Interval | None, digits: int = 1, *, signed: bool = False, unit: str = ""
    ) -> str:
        """An interval's ends for the figures table's "95% interval" column ("" without one)."""
        if interval is None:
            return ""
        return self.t.span(interval, digits, signed=signed, unit=unit)

    def intervals(self, summary: SurveySummary) -> dict[str, str]:
        """The figures table's interval column, by row: NPS, CSAT and CES."""
        return {
            "nps": self.interval_cell(summary.nps_ci, signed=True),
            "csat": self.interval_cell(summary.csat_ci, unit="%"),
            "ces": self.interval_cell(summary.ces_ci, 2),
        }

    def reliability_notes(self) -> list[Flowable]:
        """A note for each dimension whose expectation or perception items do not hang
        together (Cronbach's alpha below 0.7): its gap is to be read with care."""
        t = self.t
        summary = self.plan.figures.survey.summary
        names = dimension_titles(t.language)
        notes = []
        for name in SERVQUAL_DIMENSIONS:
            alphas = (summary.alpha_expectation.get(name), summary.alpha_perception.get(name))
            low = [a for a in alphas if a is not None and a < RELIABLE_ALPHA]
            if low:
                notes.append(self.note(t.alpha_warning(names[name], min(low))))
        return notes

    def segments_servqual(self) -> list[Flowable]:
        """Each customer group's SERVQUAL gap per dimension (with two groups or more); a group
        of fewer than 30 answers is marked, and the mark explained."""
        t = self.t
        segments = self.plan.figures.survey.segments
        rated = {
            name: summary
            for name, summary in segments.items()
            if any(gap.gap is not None for gap in summary.servqual.dimensions.values())
        }
        if len(rated) < 2:
            return []
        shown = list(rated.items())[:MAX_GROUPS]  # the largest groups (segments come so)
        names = dimension_titles(t.language)
        rows = [[t("service_level.dimension"), *(name for name, _ in shown)]]
        for d in SERVQUAL_DIMENSIONS:
            rows.append(
                [
                    names[d],
                    *(
                        self.maybe(summary.servqual.dimensions[d].gap, lambda v: t.signed(v, 2))
                        for _, summary in shown
                    ),
                ]
            )
        few = any(summary.servqual.responses < SMALL_SAMPLE for _, summary in shown)
        rows.append(
            [
                t("customers.answers"),
                *(
                    f"{summary.servqual.responses}"
                    + ("*" if summary.servqual.responses < SMALL_SAMPLE else "")
                    for _, summary in shown
                ),
            ]
        )
        story: list[Flowable] = [self.heading(t("waves.groups"), 1)]
        story += self.groups_nps(shown)
        story.append(self.para(t("waves.segments_servqual"), self.styles.body, bold=True))
        first = 0.28
        widths = (first, *([(1 - first) / len(shown)] * len(shown)))
        story.append(self.table(rows, widths, right=range(1, len(shown) + 1)))
        if few:
            story.append(self.note(t("waves.few", minimum=SMALL_SAMPLE)))
        return story

    def groups_nps(self, groups: list[tuple[str, SurveySummary]]) -> list[Flowable]:
        """The groups side by side: each one's NPS with its 95% interval."""
        t = self.t
        if sum(1 for _, summary in groups if summary.net_promoter.nps is not None) < 2:
            return []
        figure = functools.partial(
            charts.groups_interval_figure,
            [name for name, _ in groups],
            [summary.net_promoter.nps for _, summary in groups],
            [_ends(summary.nps_ci) for _, summary in groups],
            marked=[summary.net_promoter.small_sample for _, summary in groups],
            title=t("waves.groups_nps_title", minimum=SMALL_SAMPLE),
            value_label="NPS",
            decimal_separator=t.decimal,
            width=self.width / 72,
            height=1.1 + 0.4 * len(groups),
        )
        return [self.chart("groups_nps", figure, 0.9)]

    def complaints_by_group(self) -> list[Flowable]:
        """Each branch's or customer group's complaints and its vital few (two groups or
        more)."""
        t = self.t
        groups = self.plan.figures.complaints.segments
        if len(groups) < 2:
            return []
        rows = [[t("waves.groups_header"), t("customers.count"), t("waves.vital")]]
        for name, group in groups.items():
            vital = [e.category or "—" for e in group.pareto if e.vital_few]
            rows.append([name, str(group.total), t.listing(vital)])
        return [
            self.heading(t("waves.complaints_groups"), 1),
            self.table(rows, (0.3, 0.14, 0.56), right=(1,)),
        ]

    def act_first(self) -> list[Flowable]:
        """Where to act first: the importance–performance chart of the five dimensions, its
        basis said, and the dimensions to fix first named."""
        t, s = self.t, self.styles
        analysis = self.plan.figures.survey.importance_performance
        if analysis is None:
            return []
        names = dimension_titles(t.language)
        points = analysis.points
        figure = functools.partial(
            charts.importance_performance_figure,
            [names[p.dimension] for p in points],
            [p.importance for p in points],
            [p.performance for p in points],
            importance_cut=analysis.importance_cut,
            performance_cut=analysis.performance_cut,
            quadrant_names=(
                t.sure("fix_first"),
                t.sure("keep_it_up"),
                t.sure("low_priority"),
                t.sure("possibly_overdone"),
            ),
            importance_label=t.sure(analysis.basis),
            performance_label=t("waves.performance"),
            title=t("waves.act_title"),
            width=self.width / 72,
            height=3.3,
        )
        # The chart right under its heading (a heading keeps with what follows it).
        story: list[Flowable] = [self.heading(t("waves.act_title"), 1)]
        story.append(self.chart("importance", figure, 0.9))
        story.append(self.para(t("waves.act_first_intro"), s.body))
        first = [names[p.dimension] for p in points if p.quadrant == "fix_first"]
        if first:
            text = t(
                "waves.quadrant_list", quadrant=t.sure("fix_first"), dimensions=t.listing(first)
            )
            story.append(self.para(text, s.body))
        return story + self.act_first_statements()

    def act_first_statements(self) -> list[Flowable]:
        """The 22 statements' importance–performance chart (each at its dimension's importance)
        and the statements to fix first, by number."""
        t, s = self.t, self.styles
        statements = self.plan.figures.survey.statements_importance_performance
        if statements is None:
            return []
        figure = functools.partial(
            charts.statements_importance_figure,
            **statements_chart_inputs(statements, t.language),
            performance_label=t("waves.performance"),
            title=t("waves.statements_title"),
            width=self.width / 72,
            height=3.6,
        )
        story: list[Flowable] = [self.chart("importance_statements", figure, 0.9)]
        story.append(self.para(t("waves.statements_intro"), s.body))
        first = [str(p.item) for p in statements.points if p.quadrant == "fix_first"]
        if first:
            text = t(
                "waves.statements_list", quadrant=t.sure("fix_first"), numbers=t.listing(first)
            )
            story.append(self.para(text, s.body))
        return story

    def survey_change(self) -> list[Flowable]:
        """ "What changed since the last survey": the latest wave against the one before, each
        figure's change with its interval and whether it is real; every wave's figures and
        their trend."""
        t, s = self.t, self.styles
        survey = self.plan.figures.survey
        change = survey.change
        if change is None or len(survey.waves) < 2:
            return []
        before, after = survey.waves[-2], survey.waves[-1]
        story: list[Flowable] = [self.heading(t("waves.change"), 1)]
        story.append(
            self.para(
                t(
                    "waves.change_intro",
                    to=after.wave.label,
                    to_date=t.short_day(date.fromisoformat(after.wave.date)),
                    to_n=after.summary.responses,
                    before=before.wave.label,
                    before_date=t.short_day(date.fromisoformat(before.wave.date)),
                    before_n=before.summary.responses,
                ),
                s.lead,
            )
        )
        names = dimension_titles(t.language)
        tests: list[tuple[str, Change, int, str, bool]] = [
            (t("waves.nps_points"), change.nps, 1, "", True),
            (t("waves.csat_points"), change.csat, 1, "", False),
            (t("customers.ces", name=t.name("ces")), change.ces, 2, "", False),
            *(
                (t("waves.gap_of", dimension=names[d]), change.servqual[d], 2, "", True)
                for d in SERVQUAL_DIMENSIONS
            ),
        ]
        rows = [
            [
                t("customers.figure"),
                before.wave.label,
                after.wave.label,
                t("waves.figure_change"),
                t("waves.verdict"),
            ]
        ]
        significant = []
        for label, test, digits, unit, signed in tests:
            if test.before is None and test.after is None:
                continue

            def shown(value: float, signed: bool = signed, digits: int = digits) -> str:
                return t.signed(value, digits) if signed else t.number(value, digits)

            diff = "—"
            if test.diff is not None:
                diff = t.signed(test.diff, digits)
                if test.interval is not None:
                    diff += " (" + t.span(test.interval, digits, signed=True, unit=unit) + ")"
            if test.significant:
                significant.append(len(rows))
            rows.append(
                [
                    label,
                    self.maybe(test.before, shown),
                    self.maybe(test.after, shown),
                    diff,
                    t.verdict(test) if test.diff is not None else "—",
                ]
            )
        story.append(
            self.table(rows, (0.26, 0.12, 0.12, 0.25, 0.25), right=(1, 2), highlight=significant)
        )
        story += self.waves_trend()
        return story

    def waves_trend(self) -> list[Flowable]:
        """Every wave's figures in a table, and NPS and CSAT across the waves with their
        intervals as error bars."""
        t = self.t
        waves = self.plan.figures.survey.waves
        story: list[Flowable] = []
        labels = [item.wave.label for item in waves]
        nps = [item.summary.net_promoter.nps for item in waves]
        csat = [item.summary.csat for item in waves]
        series = {"NPS": nps, "CSAT": csat}
        intervals = {
            "NPS": [_ends(item.summary.nps_ci) for item in waves],
            "CSAT": [_ends(item.summary.csat_ci) for item in waves],
        }
        series = {
            name: values for name, values in series.items() if any(v is not None for v in values)
        }
        if series:
            figure = functools.partial(
                charts.waves_trend_figure,
                labels,
                series,
                {name: intervals[name] for name in series},
                title=t("waves.trend_title"),
                y_label=t("waves.trend_axis"),
                decimal_separator=t.decimal,
                width=self.width / 72,
                height=2.9,
            )
            story.append(self.chart("waves", figure, 0.9))
        story.append(self.heading(t("waves.waves"), 1))
        rows = [
            [
                t("waves.wave"),
                t("waves.date"),
                t("customers.answers"),
                "NPS",
                "CSAT",
                "CES",
                t("waves.unweighted"),
            ]
        ]
        for item in waves:
            summary = item.summary
            rows.append(
                [
                    item.wave.label,
                    t.short_day(date.fromisoformat(item.wave.date)),
                    str(summary.responses),
                    self.maybe(summary.net_promoter.nps, t.signed),
                    self.maybe(summary.csat, t.percent),
                    self.maybe(summary.ces, lambda v: t.number(v, 2)),
                    self.maybe(summary.servqual.unweighted, lambda v: t.signed(v, 2)),
                ]
            )
        story.append(
            self.table(rows, (0.22, 0.16, 0.12, 0.12, 0.12, 0.12, 0.14), right=(2, 3, 4, 5, 6))
        )
        return story


def _ends(interval: Interval | None) -> tuple[float, float] | None:
    return None if interval is None else (interval.low, interval.high)

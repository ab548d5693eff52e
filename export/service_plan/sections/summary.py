"""The Service Plan's section 1 Executive summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from export.service_plan.options import (
    GROUPS_SPREAD_POINTS,
    MAX_SUMMARY_GOALS,
)
from export.service_plan.template import _DocumentBase, _iso_day, builds
from plan.figures import GoalFigures
from plan.questionnaire import dimension_titles
from plan.scoring import SurveySummary

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


class SummarySection(_DocumentBase):
    """1 Executive summary."""

    @builds("summary")
    def _summary(self) -> list[Flowable]:
        t, s = self.t, self.styles
        complaints = self.plan.figures.complaints
        story: list[Flowable] = [
            # The consultant's wording replaces the generated opening; cleared, it is back.
            self.para(
                self.plan.own_words.text("summary.opening")
                or t("summary.intro", business=self.business or "—"),
                s.lead,
            ),
            self.figure_cards(self.summary_cards(), per_row=3),
            self.spacer(),
        ]
        own = self.plan.own_words
        spread = self.groups_spread()
        if spread:
            story.append(self.para(own.text("summary.spread") or spread, s.body))
        if complaints.vital_few:
            vital_few = t("summary.vital_few", categories=t.listing(complaints.vital_few))
            story.append(self.para(own.text("summary.vital_few") or vital_few, s.body))
        story += self.summary_focus_and_goals()
        story += self.summary_budget()
        return story

    def summary_cards(self) -> list[tuple[str, str | None, str]]:
        """The key figures: the index, NPS, CSAT, CES, the largest gap, complaints."""
        t = self.t
        figures = self.plan.figures
        summary, complaints = figures.survey.summary, figures.complaints
        cards: list[tuple[str, str | None, str]] = []
        index = figures.assessment.service_index
        cards.append(
            (
                t.name("service_index"),
                None if index is None else t.number(index, 0),
                t("summary.service_index_note"),
            )
        )
        responses = summary.net_promoter.responses
        nps = summary.net_promoter.nps
        cards.append(
            (
                t.name("nps"),
                None if nps is None else t.signed(nps),
                t("summary.nps_note", responses=responses),
            )
        )
        csat = summary.csat
        cards.append(
            (
                t.name("csat"),
                None if csat is None else t.percent(csat),
                t("summary.csat_note", responses=summary.csat_responses),
            )
        )
        ces = summary.ces
        cards.append(
            (
                t.name("ces"),
                None if ces is None else t.number(ces, 2),
                t("summary.ces_note", responses=summary.ces_responses),
            )
        )
        gap = _largest_gap(summary)
        names = dimension_titles(t.language)
        if gap is None:
            cards.append((t("summary.largest_gap"), None, ""))
        else:
            dimension, value = gap
            cards.append(
                (
                    t("summary.largest_gap"),
                    t.signed(value, 2) if value < 0 else t("summary.no_gap"),
                    t("summary.largest_gap_note", dimension=names[dimension]),
                )
            )
        cards.append(
            (
                t("summary.complaints"),
                str(complaints.total) if complaints.total else None,
                t("summary.complaints_note", resolved=complaints.resolved),
            )
        )
        return cards

    def groups_spread(self) -> str:
        """The customer groups' NPS from the highest to the lowest, when they differ by more
        than GROUPS_SPREAD_POINTS: for a business with several sites or kinds of customer this
        is often the finding. Groups with too few answers to read are left out."""
        t = self.t
        readable = [
            (figures.net_promoter.nps, name)
            for name, figures in self.plan.figures.survey.segments.items()
            if figures.net_promoter.nps is not None and not figures.small_sample
        ]
        if len(readable) < 2:
            return ""
        (low, low_group), (high, high_group) = min(readable), max(readable)
        if high - low <= GROUPS_SPREAD_POINTS:
            return ""
        return t(
            "summary.spread",
            high=t.signed(high),
            high_group=high_group,
            low=t.signed(low),
            low_group=low_group,
        )

    def summary_focus_and_goals(self) -> list[Flowable]:
        t, s = self.t, self.styles
        figures = self.plan.figures
        story: list[Flowable] = []
        story.append(self.para(t("summary.focus"), s.h3, bold=True))
        focus = figures.problems.focus_problems
        if focus:
            for problem in focus[:5]:
                item = t("summary.focus_item", title=problem.title, priority=problem.priority)
                story.append(self.para(item, s.bullet))
        else:
            story.append(self.note(t("summary.focus_none")))
        story.append(self.para(t("summary.goals"), s.h3, bold=True))
        goals = figures.goals
        if goals:
            for goal in goals[:MAX_SUMMARY_GOALS]:
                story.append(self.para(self.goal_line(goal), s.bullet))
            if len(goals) > MAX_SUMMARY_GOALS:
                story.append(
                    self.note(t("summary.goals_more", count=len(goals) - MAX_SUMMARY_GOALS))
                )
        else:
            story.append(self.note(t("summary.goals_none")))
        return story

    def summary_budget(self) -> list[Flowable]:
        t, s = self.t, self.styles
        story: list[Flowable] = []
        story.append(self.para(t("summary.budget"), s.h3, bold=True))
        money = self.money_lines()
        if money:
            for label, amount in money:
                story.append(self.labelled(label, amount, style=s.bullet))
        else:
            story.append(self.note(t("summary.budget_none")))
        return story

    def goal_line(self, item: GoalFigures) -> str:
        """A goal in one line: "Raise NPS: −7.5 → +10 points by 31 May 2027"."""
        t, goal = self.t, item.goal
        unit = self.goal_unit(goal)
        deadline = _iso_day(goal.deadline)
        return t(
            "summary.goal_item" if deadline else "summary.goal_item_undated",
            title=goal.title,
            baseline=self.goal_value(item.baseline, unit, self.goal_digits(goal)),
            target=self.goal_value(goal.target, unit, self.goal_digits(goal)),
            deadline=t.day(deadline) if deadline else "",
        )

    def money_lines(self) -> list[tuple[str, str]]:
        """The summary's budget lines: (label, value), or none when nothing is estimated."""
        t, figures = self.t, self.plan.figures
        economics = figures.economics
        currency = economics.inputs.currency
        budget = economics.budget_total
        if not figures.means and not figures.has_economics:
            return []
        missing = t("summary.not_estimated")
        cost, gain = economics.revenue_lost, economics.projected_gain
        months = economics.payback_months
        return [
            (t.name("budget_total"), t.money(budget, currency) if figures.means else missing),
            (t.name("revenue_lost"), missing if cost is None else t.money(cost, currency)),
            (t.name("projected_gain"), missing if gain is None else t.money(gain, currency)),
            (
                t.name("payback_months"),
                missing if months is None else t("economics.months", months=t.short(months)),
            ),
        ]


def _largest_gap(summary: SurveySummary) -> tuple[str, float] | None:
    """The SERVQUAL dimension with the most negative gap (or the smallest gap if none is)."""
    gaps = [
        (name, gap.gap) for name, gap in summary.servqual.dimensions.items() if gap.gap is not None
    ]
    if not gaps:
        return None
    return min(gaps, key=lambda pair: pair[1])

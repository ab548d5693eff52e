"""The Service Plan's section 7 Goals and means."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from export import charts
from export.service_plan.options import (
    MM,
    REASSESS_MONTHS,
)
from export.service_plan.template import _add_months, _DocumentBase, _iso_day, builds
from plan.figures import GoalFigures, means_by_goal

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from plan.goals import Means


class GoalsSection(_DocumentBase):
    """7 Goals and means."""

    @builds("goals")
    def _goals(self) -> list[Flowable]:
        t, s = self.t, self.styles
        figures = self.plan.figures
        goals = list(figures.goals)
        means = list(figures.means)
        currency = figures.economics.inputs.currency
        story: list[Flowable] = [
            self.para(
                t(
                    "goals.intro",
                    goals=len(goals),
                    means=len(means),
                    budget=t.money(figures.economics.budget_total, currency),
                ),
                s.lead,
            )
        ]
        if goals:
            charted = goals[:MAX_CHART_GOALS]
            figure = functools.partial(
                charts.goal_progress_figure,
                [g.goal.title for g in charted],
                [g.baseline for g in charted],
                [g.goal.target for g in charted],
                [self.goal_unit(g.goal) for g in charted],
                baseline_label=t("goals.baseline"),
                target_label=t("goals.target"),
                decimal_separator=t.decimal,
                title=t("goals.progress_title"),
                width=self.width * 0.95 / 72,
                digits=[self.goal_digits(g.goal) for g in charted],
            )
            story.append(self.chart("goal_progress", figure, 0.95))
            if len(goals) > len(charted):
                story.append(
                    self.note(t("goals.chart_first", shown=len(charted), count=len(goals)))
                )
            story += self.goals_table(goals)
            story += self.goal_points(goals)
        story += self.means_table(goals, means, currency)
        story += self.timeline(goals, means)
        story += self.budget_chart(currency)
        story += self.checking(goals)
        return story

    def goals_table(self, goals: list[GoalFigures]) -> list[Flowable]:
        t, s = self.t, self.styles
        titles = self.problem_titles()
        rows: list[list[str | list[Any]]] = [
            [
                t("appendix.number"),
                t("goals.goal"),
                t("goals.baseline"),
                t("goals.target"),
                t("goals.deadline"),
                t("goals.owner"),
            ]
        ]
        any_measured = False
        for number, item in enumerate(goals, start=1):
            goal = item.goal
            unit = self.goal_unit(goal)
            about: list[Any] = [self.para(goal.title, s.td, bold=True)]
            indicator = self.goal_indicator(goal)
            if indicator and indicator != goal.title:
                about.append(self.para(indicator, s.td_note))
            linked = [titles[pid] for pid in goal.problem_ids if pid in titles]
            if linked:
                about.append(self.para(t("goals.problems", problems=t.titles(linked)), s.td_note))
            digits = self.goal_digits(goal)
            baseline: str | list[Any] = self.goal_value(item.baseline, unit, digits)
            measured = (
                bool(goal.measure) and self.plan.figures.measured.get(goal.measure) is not None
            )
            if measured:
                any_measured = True
                baseline = [
                    self.para(str(baseline), s.td_right),
                    self.para(t("goals.measured"), s.td_note_right),
                ]
            deadline = _iso_day(goal.deadline)
            rows.append(
                [
                    str(number),
                    about,
                    baseline,
                    self.goal_value(goal.target, unit, digits),
                    t.short_day(deadline) if deadline else t("goals.undated"),
                    " ".join(goal.owner.split()) or "—",
                ]
            )
        story: list[Flowable] = [
            self.table(rows, (0.06, 0.36, 0.12, 0.12, 0.13, 0.21), right=(0, 2, 3))
        ]
        if any_measured:
            story += [self.spacer(1.5 * MM), self.note(t("goals.measured_note"))]
        return story

    def goal_points(self, goals: list[GoalFigures]) -> list[Flowable]:
        """What the goal check still finds, goal by goal: the points to settle."""
        from plan.goals import load_goal_texts

        t, s = self.t, self.styles
        check = load_goal_texts(t.language).check
        lines = []
        for item in goals:
            goal = item.goal
            unit = self.goal_unit(goal)
            deadline = _iso_day(goal.deadline)
            values = {
                "indicator": self.goal_indicator(goal) or goal.title,
                "target": self.goal_value(goal.target, unit, self.goal_digits(goal)),
                "baseline": self.goal_value(item.baseline, unit, self.goal_digits(goal)),
                "deadline": t.day(deadline) if deadline else "",
            }
            for flag in item.flags:
                if flag in check:
                    text = check[flag].format(**values)
                    lines.append(t("goals.point", title=goal.title, text=text))
        if not lines:
            return []
        story: list[Flowable] = [self.para(t("goals.points"), s.h3, bold=True)]
        story += [self.para(line, s.bullet) for line in lines]
        return story

    def means_by_goal(
        self, goals: list[GoalFigures], means: Sequence[Means]
    ) -> list[tuple[str, tuple[Means, ...]]]:
        """The means under the goal each serves (`plan.figures.means_by_goal`), with each
        group's title."""
        return [
            (group.goal.title if group.goal else self.t("goals.unlinked"), group.means)
            for group in means_by_goal([item.goal for item in goals], means)
        ]

    def means_table(
        self, goals: list[GoalFigures], means: list[Means], currency: str
    ) -> list[Flowable]:
        from plan.goals import load_means_texts
        from plan.problems import load_texts as load_problem_texts

        t, s = self.t, self.styles
        if not means:
            return []
        kinds = load_problem_texts(t.language).root_causes
        statuses = load_means_texts(t.language).statuses
        rows: list[list[str | list[Any]]] = [
            [
                t("goals.action"),
                t("goals.kind"),
                t("goals.owner"),
                t("goals.dates"),
                t("goals.budget"),
            ]
        ]
        groups = []
        for title, members in self.means_by_goal(goals, means):
            groups.append(len(rows))
            subtotal = sum(m.budget for m in members)
            rows.append([title, "", "", "", t.money(subtotal, currency)])
            for item in members:
                # A means under way or done says so under its name; "planned" goes unsaid
                # (a column of "Planned" would only take room from the names).
                action: str | list[Any] = item.action
                if item.status != "planned":
                    status = statuses.get(item.status, item.status)
                    action = [self.para(item.action, s.td), self.para(status, s.td_note)]
                rows.append(
                    [
                        action,
                        kinds.get(item.kind, item.kind),
                        " ".join(item.owner.split()) or "—",
                        self.means_dates(item),
                        t.money(item.budget, currency),
                    ]
                )
        groups.append(len(rows))
        rows.append(
            [
                t("goals.total"),
                "",
                "",
                "",
                t.money(self.plan.figures.economics.budget_total, currency),
            ]
        )
        return [
            self.heading(t("goals.means"), 1),
            self.para(t("goals.means_intro"), s.body),
            self.table(rows, (0.37, 0.09, 0.19, 0.18, 0.17), right=(4,), groups=groups),
        ]

    def means_dates(self, item: Means) -> str | list[Any]:
        """A means' dates as a table cell: the start and the end, one under the other (a
        date is never broken across lines)."""
        t, s = self.t, self.styles
        start, end = _iso_day(item.start), _iso_day(item.end)
        if start is None and end is None:
            return "—"
        shown = [t.short_day(day) if day else "…" for day in (start, end)]
        return [self.para(f"{shown[0]} –", s.td), self.para(shown[1], s.td)]

    def timeline(self, goals: list[GoalFigures], means: list[Means]) -> list[Flowable]:
        from plan.goals import load_means_texts
        from plan.problems import load_texts as load_problem_texts

        t = self.t
        if not means:
            return []
        story: list[Flowable] = [self.heading(t("goals.timeline"), 1)]
        dated = []
        for item in means:  # in the order they start
            start, end = _iso_day(item.start), _iso_day(item.end)
            if start is not None and end is not None and start <= end:
                dated.append((item, start, end))
        if not dated:
            return [*story, self.note(t("goals.timeline_none"))]
        shown = dated[:MAX_TIMELINE_MEANS]
        bars = {
            id(item): charts.TimelineBar(item.action, start, end, item.kind, item.status == "done")
            for item, start, end in shown
        }
        groups = [
            (title, [bars[id(item)] for item in members if id(item) in bars])
            for title, members in self.means_by_goal(goals, [item for item, _, _ in shown])
        ]
        from reportlab.platypus import CondPageBreak

        kinds = dict(load_problem_texts(t.language).root_causes)
        kinds["done"] = load_means_texts(t.language).statuses["done"]
        for number, part in enumerate(_timeline_parts(groups)):
            figure = functools.partial(
                charts.means_timeline_figure,
                part,
                kind_labels=kinds,
                today=self.plan.today,
                title=t("goals.timeline_title") if number == 0 else "",
                width=self.width / 72,
            )
            chart = self.chart(f"timeline{number}", figure, shrink=TIMELINE_SHRINK)
            if number == 0:
                # The heading stays with the chart by a conditional page break rather than by
                # keep-with-next, which would lay the two out as one block and never let the
                # chart shrink into the room left on the page.
                heading = story[0]
                heading.keepWithNext = 0
                room = chart.drawing.height * TIMELINE_SHRINK + 12 * MM
                story.insert(0, CondPageBreak(room))
            story.append(chart)
        if len(dated) > len(shown):
            story.append(self.note(t("goals.timeline_first", shown=len(shown), count=len(dated))))
        return story

    def budget_chart(self, currency: str) -> list[Flowable]:
        from plan.problems import load_texts as load_problem_texts

        t = self.t
        figures = self.plan.figures
        if not figures.economics.budget_total:
            return []
        share = 0.7
        figure = functools.partial(
            charts.budget_by_kind_figure,
            dict(figures.budget_by_kind),
            kind_labels=dict(load_problem_texts(t.language).root_causes),
            currency=currency,
            decimal_separator=t.decimal,
            title="",  # the heading above says it
            width=self.width * share / 72,
            height=2.1,
        )
        return [self.heading(t("goals.budget_heading"), 1), self.chart("budget", figure, share)]

    def checking(self, goals: list[GoalFigures]) -> list[Flowable]:
        """Who checks progress, and when the next assessment is due: the latest goal deadline,
        or six months after the plan date when no goal has one."""
        t, s = self.t, self.styles
        story: list[Flowable] = [self.heading(t("goals.checking"), 1)]
        owners: list[str] = []
        for goal in goals:
            owner = " ".join(goal.goal.owner.split())
            if owner and owner not in owners:
                owners.append(owner)
        if owners:
            story.append(self.para(t("goals.checkers", owners=t.listing(owners)), s.body))
        elif goals:
            story.append(self.para(t("goals.checkers_none"), s.body))
        deadlines = [day for day in (_iso_day(g.goal.deadline) for g in goals) if day]
        if deadlines:
            text = t("goals.next_deadline", date=t.day(max(deadlines)))
        else:
            due = _add_months(self.plan_day(), REASSESS_MONTHS)
            text = t("goals.next_default", date=t.day(due), months=REASSESS_MONTHS)
        story.append(self.para(text, s.body))
        return story


#: The timeline may be drawn down to this share of its size to stay on the page.
TIMELINE_SHRINK = 0.85
#: At most this many means on one timeline chart; more are drawn as several charts.
MAX_TIMELINE_BARS = 20
#: The timeline shows at most this many means (the first to start); the table lists them all.
#: Why a limit: each chart of 20 takes a page and most of a second to draw.
MAX_TIMELINE_MEANS = 3 * MAX_TIMELINE_BARS
#: The goals' progress chart shows at most this many goals (a row each); the table has all.
MAX_CHART_GOALS = 10


def _timeline_parts(
    groups: list[tuple[str, list[charts.TimelineBar]]],
) -> list[list[tuple[str, list[charts.TimelineBar]]]]:
    """The timeline's goals in charts of at most MAX_TIMELINE_BARS means each (about a page),
    a goal with more means than that split across charts under its title."""
    parts: list[list[tuple[str, list[charts.TimelineBar]]]] = [[]]
    count = 0
    for title, bars in groups:
        for start in range(0, len(bars), MAX_TIMELINE_BARS):
            piece = bars[start : start + MAX_TIMELINE_BARS]
            if count and count + len(piece) > MAX_TIMELINE_BARS:
                parts.append([])
                count = 0
            parts[-1].append((title, piece))
            count += len(piece)
    return [part for part in parts if part]

"""The Service Plan's section 5 The main problems."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from export import charts
from export.service_plan.template import _DocumentBase, builds

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from plan.problems import ProblemTexts


class ProblemsSection(_DocumentBase):
    """5 The main problems."""

    @builds("problems")
    def _problems(self) -> list[Flowable]:
        from plan.problems import load_texts as load_problem_texts

        t, s = self.t, self.styles
        words = load_problem_texts(t.language)
        problems = self.plan.figures.problems.problems
        focus = self.plan.figures.problems.focus_problems
        chosen = self.plan.figures.problems.focus
        story: list[Flowable] = [
            self.para(t("problems.intro", count=len(problems), focus=len(focus)), s.lead)
        ]
        figure = functools.partial(
            charts.priority_matrix_figure,
            [p.title for p in problems],
            [p.frequency for p in problems],
            [p.impact for p in problems],
            [p.id in chosen for p in problems],
            frequency_label=t("problems.frequency_axis"),
            impact_label=t("problems.impact_axis"),
            title=t("problems.matrix_title"),
            focus_label=t("problems.focus"),
            other_label=t("problems.other"),
            zone_labels=tuple(t.raw("problems.zones")),
            width=self.width / 72,
            height=4.0,
        )
        story.append(self.chart("matrix", figure, 0.9))
        story.append(self.problems_table(words))
        story.append(self.note(t("problems.legend")))
        if focus:
            story.append(self.heading(t("problems.focus_heading"), 1))
        for problem in focus:
            story.append(self.para(problem.title, s.h3, bold=True))
            for label, text in (
                ("problems.description", problem.description),
                ("problems.evidence", problem.evidence),
            ):
                if text.strip():
                    story.append(self.labelled(t(label), text.strip()))
            cause = problem.root_cause
            story.append(
                self.labelled(
                    t("problems.root_cause"),
                    f"{words.root_causes[cause]}: {words.root_cause_descriptions[cause]}",
                )
            )
        return story

    def problems_table(self, words: ProblemTexts) -> Flowable:
        """The problems by priority, the focus highlighted."""
        t = self.t
        problems = self.plan.figures.problems.problems
        chosen = self.plan.figures.problems.focus
        # The "where it is seen" column only when some problem says where: a touchpoint of
        # the method by its id, or the place as typed ("Counter, 8–9 a.m.").
        where_seen = [words.touchpoint(p.touchpoint) or p.touchpoint.strip() for p in problems]
        touchpoints = any(where_seen)
        rows = [
            [
                t("appendix.number"),
                t("problems.problem"),
                *([t("problems.touchpoint")] if touchpoints else []),
                t("problems.frequency"),
                t("problems.impact"),
                t("problems.priority"),
                t("problems.root_cause"),
                t("problems.status"),
            ]
        ]
        highlight = []
        for number, problem in enumerate(problems, start=1):
            if problem.id in chosen:
                highlight.append(len(rows))
            where = where_seen[number - 1] or "—"
            rows.append(
                [
                    str(number),
                    problem.title,
                    *([where] if touchpoints else []),
                    str(problem.frequency),
                    str(problem.impact),
                    str(problem.priority),
                    words.root_causes[problem.root_cause],
                    words.statuses[problem.status],
                ]
            )
        numbers = (0.09, 0.09, 0.1)  # frequency, impact, priority
        widths = (
            # "No." wide enough not to break as "No" over "." in bold
            (0.06, 0.26, 0.14, *numbers, 0.11, 0.15)
            if touchpoints
            else (0.06, 0.40, *numbers, 0.11, 0.15)
        )
        first_number = 3 if touchpoints else 2
        right = (0, first_number, first_number + 1, first_number + 2)
        return self.table(rows, widths, right=right, highlight=highlight)

"""The Service Plan's section 9 Appendix."""

from __future__ import annotations

from typing import TYPE_CHECKING

from export.service_plan.template import _DocumentBase, builds
from plan.questionnaire import load_questionnaire

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


class AppendixSection(_DocumentBase):
    """9 Appendix."""

    @builds("appendix")
    def _appendix(self) -> list[Flowable]:
        return self.appendix_items() + self.appendix_statistics() + self.appendix_categories()

    def appendix_items(self) -> list[Flowable]:
        t, s = self.t, self.styles
        answered = self.plan.figures.survey.summary.servqual.items
        items = {number: gap for number, gap in answered.items() if gap.responses}
        if not items:
            return []
        questionnaire = load_questionnaire(t.language)
        texts = {item.number: item.statement for item in questionnaire.items}
        story: list[Flowable] = [
            self.heading(t("appendix.items"), 1),
            self.para(t("appendix.items_intro"), s.body),
        ]
        rows = [
            [
                t("appendix.number"),
                t("appendix.statement"),
                t("appendix.expectation_short"),
                t("appendix.perception_short"),
                t("customers.gap"),
                "n",
            ]
        ]
        for number in sorted(texts):
            gap = items.get(number)
            if gap is None:
                continue
            rows.append(
                [
                    str(number),
                    texts.get(number, ""),
                    self.maybe(gap.expectation, lambda v: t.number(v, 2)),
                    self.maybe(gap.perception, lambda v: t.number(v, 2)),
                    self.maybe(gap.gap, lambda v: t.signed(v, 2)),
                    str(gap.responses),
                ]
            )
        story.append(self.table(rows, (0.07, 0.55, 0.095, 0.095, 0.1, 0.09), right=(0, 2, 3, 4, 5)))
        return story

    def appendix_statistics(self) -> list[Flowable]:
        t = self.t
        survey = self.plan.figures.survey
        if not survey.responses:
            return []
        story: list[Flowable] = [self.heading(t("appendix.statistics"), 1)]
        story.append(self.para(t("appendix.distribution"), self.styles.h3))
        counts = survey.distribution
        rows = [[t("appendix.score"), *[str(n) for n in range(11)]]]
        rows.append([t("customers.answers"), *[str(c) for c in counts]])
        share = 0.84 / 11
        story.append(self.table(rows, (0.16, *([share] * 11)), right=range(1, 12)))
        # The customer groups' table is section 2's; the appendix does not print it twice.
        return story

    def appendix_categories(self) -> list[Flowable]:
        t = self.t
        complaints = self.plan.figures.complaints
        if not complaints.total:
            return []
        story: list[Flowable] = [
            self.heading(t("appendix.categories"), 1),
            self.para(t("appendix.categories_intro"), self.styles.body),
        ]
        rows = [
            [
                t("customers.category"),
                t("customers.count"),
                t("customers.share"),
                t("customers.cumulative_share"),
            ]
        ]
        highlight = []
        for entry in complaints.pareto:
            if entry.vital_few:
                highlight.append(len(rows))
            rows.append(
                [
                    entry.category,
                    str(entry.count),
                    t.percent(entry.percent, 1),
                    t.percent(entry.cumulative_percent, 1),
                ]
            )
        rows.append([t("appendix.total"), str(complaints.total), t.percent(100), ""])
        story.append(
            self.table(rows, (0.52, 0.16, 0.16, 0.16), right=(1, 2, 3), highlight=highlight)
        )
        return story

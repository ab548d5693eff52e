"""The Service Plan's section 8 Why it pays."""

from __future__ import annotations

from typing import TYPE_CHECKING

from export.service_plan.template import _DocumentBase, builds

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


class EconomicsSection(_DocumentBase):
    """8 Why it pays."""

    @builds("economics")
    def _economics(self) -> list[Flowable]:
        from plan.goals import load_goal_texts

        t, s = self.t, self.styles
        figures = self.plan.figures
        e = figures.economics
        words = load_goal_texts(t.language)
        money = self.money_or_none

        months = e.payback_months
        story: list[Flowable] = [
            self.para(words.explanation, s.body),
            self.figure_cards(
                [
                    (t("economics.revenue_lost"), money(e.revenue_lost), t("economics.a_year")),
                    (
                        t("economics.budget_total"),
                        money(e.budget_total) if figures.means else None,
                        t("economics.means_count", count=len(figures.means)),
                    ),
                    (
                        t("economics.projected_gain"),
                        money(e.projected_gain),
                        t("economics.a_year"),
                    ),
                    (
                        t("economics.payback_months"),
                        None if months is None else t.short(months),
                        t("economics.payback_note"),
                    ),
                ]
            ),
            self.spacer(),
        ]
        retention = e.retention_goal
        if retention is not None:
            story.append(
                self.para(
                    t(
                        "economics.retention",
                        title=retention.title,
                        baseline=self.goal_value(e.retention_baseline, "%"),
                        target=self.goal_value(retention.target, "%"),
                    ),
                    s.body,
                )
            )
        else:
            story.append(self.note(t("economics.retention_none")))

        story += self.economics_tables()
        story.append(self.para(t("economics.sources"), s.h3, bold=True))
        story += [self.para(source, s.source) for source in words.sources]
        return story

    def money_or_none(self, value: float | None) -> str | None:
        currency = self.plan.figures.economics.inputs.currency
        return None if value is None else self.t.money(value, currency)

    def people_or_none(self, value: float | None) -> str | None:
        return None if value is None else self.t.money(round(value))

    def economics_tables(self) -> list[Flowable]:
        """The calculator's inputs, then what it computes from them."""
        t = self.t
        e = self.plan.figures.economics
        money, people = self.money_or_none, self.people_or_none
        months = e.payback_months
        payback = None if months is None else t("economics.months", months=t.short(months))

        def shown(value: str | None) -> str:
            return "—" if value is None else value

        story: list[Flowable] = []
        story.append(self.heading(t("economics.inputs"), 1))
        rows = [[t("economics.input"), t("economics.value")]]
        rows += [
            [t("economics.customers"), shown(people(e.inputs.customers))],
            [t("economics.revenue_per_customer"), shown(money(e.inputs.revenue_per_customer))],
            [t("economics.customers_lost"), shown(people(e.inputs.customers_lost))],
            [t("economics.poor_service_share"), t.short(100 * e.inputs.poor_service_share) + "%"],
            [
                t("economics.replacement_factor"),
                t("economics.times", value=t.short(e.inputs.replacement_factor)),
            ],
        ]
        story.append(self.table(rows, (0.72, 0.28), right=(1,)))
        story.append(self.heading(t("economics.outputs"), 1))
        rows = [[t("economics.figure"), t("economics.value")]]
        rows += [
            [t("economics.lost_to_poor_service"), shown(people(e.lost_to_poor_service))],
            [t("economics.revenue_lost"), shown(money(e.revenue_lost))],
            [t("economics.told_unhappy"), shown(people(e.told_unhappy))],
            [t("economics.told_happy"), shown(people(e.told_happy))],
            [t("economics.replacement_cost"), shown(money(e.replacement_cost))],
            [t("economics.budget_total"), shown(money(e.budget_total))],
            [t("economics.projected_gain"), shown(money(e.projected_gain))],
            [t("economics.payback_months"), shown(payback)],
        ]
        story.append(self.table(rows, (0.72, 0.28), right=(1,), highlight=(2,)))
        if e.replacement_cost is not None:
            # Larger than the year's revenue, it reads as an error unless it is explained.
            factor = t.short(e.inputs.replacement_factor)
            story.append(self.note(t("economics.replacement_note", factor=factor)))
        return story

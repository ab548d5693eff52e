"""The Service Plan's section 3 Service level today: the company's view."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

from export import charts
from export.service_plan.options import (
    MAX_WEAKEST,
)
from export.service_plan.template import _DocumentBase, builds
from plan.self_audit import load_content
from plan.wording import with_unit

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


class ServiceLevelSection(_DocumentBase):
    """3 Service level today: the company's view."""

    @builds("service_level")
    def _service_level(self) -> list[Flowable]:
        t, s = self.t, self.styles
        assessment = self.plan.figures.assessment
        content = load_content(t.language)
        story: list[Flowable] = []
        index = assessment.service_index
        if index is None:
            story.append(self.note(t("service_level.index_none")))
        else:
            story.append(
                self.para(
                    t(
                        "service_level.index",
                        index=t.number(index, 0),
                        answered=assessment.answered,
                        statements=assessment.statements,
                    ),
                    s.lead,
                )
            )
        if assessment.answered:
            labels = [d.title for d in content.dimensions]
            scores = [assessment.dimensions.get(d.id) for d in content.dimensions]
            figure = functools.partial(
                charts.radar_figure,
                labels,
                scores,
                title=t("service_level.radar_title"),
                missing_text=t("service_level.not_rated"),
                width=self.width / 72,
                height=3.6,
            )
            story.append(self.chart("radar", figure, 0.8))
            rows = [[t("service_level.dimension"), t("service_level.score")]]
            rows += [
                [label, self.maybe(score, lambda v: t.number(v, 0))]
                for label, score in zip(labels, scores, strict=True)
            ]
            story.append(self.table(rows, (0.75, 0.25), right=(1,)))
            weakest = assessment.weakest[:MAX_WEAKEST]
            if weakest:
                story.append(self.heading(t("service_level.weakest"), 1))
                story.append(self.para(t("service_level.weakest_intro"), s.body))
                for weak in weakest:
                    points = t("service_level.points", points=t.number(weak.points, 0))
                    story.append(self.para(f"{weak.text} — {points}", s.bullet))
        story += self.metrics(content)
        story += self.trend()
        return story

    def metrics(self, content: Any) -> list[Flowable]:
        t = self.t
        checks = {check.id: check for check in self.plan.figures.assessment.metrics}
        story: list[Flowable] = [self.heading(t("service_level.metrics"), 1)]
        if all(check.value is None for check in checks.values()):
            return [*story, self.note(t("service_level.metrics_none"))]
        metrics = list(content.metrics)
        figure = functools.partial(
            charts.metrics_figure,
            [m.title for m in metrics],
            [checks[m.id].value for m in metrics],
            [m.threshold for m in metrics],
            [m.higher_is_better for m in metrics],
            [m.unit for m in metrics],
            title=t("service_level.metrics_title"),
            missing_text=t("service_level.no_value"),
            width=self.width / 72,
            decimal_separator=t.decimal,
        )
        story.append(self.chart("metrics", figure))
        rows = [
            [
                t("service_level.metric"),
                t("service_level.value"),
                t("service_level.threshold"),
                t("service_level.meets"),
            ]
        ]
        for metric in metrics:
            check = checks[metric.id]
            meets = check.meets_threshold
            value = check.value
            rows.append(
                [
                    metric.title,
                    "—" if value is None else with_unit(t.number(value), metric.unit),
                    ("≥ " if metric.higher_is_better else "≤ ")
                    + with_unit(t.number(metric.threshold, 0), metric.unit),
                    "—"
                    if meets is None
                    else t("service_level.yes" if meets else "service_level.no"),
                ]
            )
        story.append(self.table(rows, (0.46, 0.18, 0.2, 0.16), right=(1, 2)))
        return story

    def trend(self) -> list[Flowable]:
        t = self.t
        snapshots = self.plan.figures.assessment.snapshots
        points = [(s.taken_on, s.service_index) for s in snapshots]
        if len(points) < 2:
            return []
        figure = functools.partial(
            charts.trend_figure,
            [d for d, _ in points],
            {t.name("service_index"): [v for _, v in points]},
            title=t("service_level.trend"),
            width=self.width / 72,
            height=2.8,
        )
        return [self.heading(t("service_level.trend"), 1), self.chart("trend", figure, 0.85)]

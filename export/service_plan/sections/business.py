"""The Service Plan's section 2 The business and its customers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from export.service_plan.template import _DocumentBase, builds, groups_value_dimensions

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


class BusinessSection(_DocumentBase):
    """2 The business and its customers."""

    @builds("business")
    def _business(self) -> list[Flowable]:
        t, s, profile = self.t, self.styles, self.plan.profile
        story: list[Flowable] = []
        rows = []
        size = t.raw("business.sizes").get(profile.size, "")
        preparer = profile.preparer_name
        if profile.prepared_by == "consultant" and profile.consultant_firm:
            preparer = t("cover_consultant", name=preparer, firm=profile.consultant_firm)
        for label, value in (
            ("business.industry", profile.industry),
            ("business.size", size),
            ("business.address", profile.address),
            ("business.phone", profile.phone),
            ("business.email", profile.email),
            ("business.website", profile.website),
            ("business.prepared_by", preparer),
            ("business.plan_date", self.plan_date() if profile.plan_date else ""),
        ):
            if value.strip():
                rows.append([t(label), value.strip()])
        if rows:  # a heading only over something: never an empty "Profile"
            story.append(self.heading(t("business.profile"), 1))
            story.append(self.table(rows, (0.3, 0.7), header=False))
        story.append(self.heading(t("business.groups"), 1))
        groups = profile.customer_groups
        segments = self.plan.figures.survey.segments
        if groups:
            for group in groups:
                story.append(self.para(group, s.bullet))
        elif not segments:  # the survey's groups below would contradict "none described"
            story.append(self.note(t("business.groups_none")))
        if segments:
            story.append(self.para(t("business.groups_survey"), s.h3, bold=True))
            intro = "groups_intro" if groups_value_dimensions(segments) else "groups_intro_plain"
            story.append(self.para(t(f"business.{intro}"), s.body))
            story.append(self.segments_table(segments))
        return story

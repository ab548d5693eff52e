"""The Service Plan's section 6 Service standards."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from export.service_plan.template import _DocumentBase, builds
from plan.figures import StandardFigures
from plan.wording import with_unit

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


class StandardsSection(_DocumentBase):
    """6 Service standards."""

    @builds("standards")
    def _standards(self) -> list[Flowable]:
        from plan.problems import load_texts as load_problem_texts
        from plan.standards import load_texts as load_standard_texts

        t, s = self.t, self.styles
        words = load_standard_texts(t.language)
        places = load_problem_texts(t.language)
        standards = self.plan.figures.standards
        measurable = sum(1 for item in standards if item.check.measurable)
        story: list[Flowable] = [
            self.para(t("standards.intro", count=len(standards), measurable=measurable), s.lead)
        ]
        order = list(places.touchpoints)

        def place(item: StandardFigures) -> tuple[int, str]:
            # The library's touchpoints in its order; a touchpoint of the user's own after
            # them; standards for no particular touchpoint last.
            where = item.standard.touchpoint
            if where in order:
                return (order.index(where), "")
            return (len(order) + (0 if where else 1), where)

        groups: dict[str, list[StandardFigures]] = {}
        for item in sorted(standards, key=place):
            groups.setdefault(item.standard.touchpoint, []).append(item)
        titles = self.problem_titles()
        for where, members in groups.items():
            heading = self.heading(places.touchpoint(where) or where or t("standards.general"), 1)
            for number, standard in enumerate(members):
                block = self.standard_block(standard, words, titles)
                # The touchpoint's heading goes with its first standard: keep-with-next does
                # not hold a heading to a block kept together.
                story.append(self.keep_together([heading, *block] if number == 0 else block))
        story += self.focus_without_standard(titles)
        story.append(self.spacer())
        story.append(self.note(words.source))
        return story

    def standard_block(
        self, item: StandardFigures, words: Any, titles: dict[int, str]
    ) -> list[Flowable]:
        """One standard: its statement, then what is measured against which target, how and
        how often it is checked, who answers for it, the problems it addresses; a standard
        that cannot be measured yet says what it lacks."""
        t, s, standard = self.t, self.styles, item.standard
        block: list[Flowable] = [self.para(standard.statement, s.h3, bold=True)]
        indicator = " ".join(standard.indicator.split())
        if indicator:
            if standard.target is not None:
                indicator = t(
                    "standards.target_text",
                    indicator=indicator,
                    direction=words.directions[standard.direction],
                    target=with_unit(t.short(standard.target), standard.unit.strip()),
                )
            block.append(self.labelled(t("standards.indicator"), indicator))
        frequency = words.frequencies.get(standard.frequency, "")
        how = " ".join(standard.measurement.split())
        if frequency and how:
            block.append(
                self.labelled(
                    t("standards.checked"),
                    t("standards.checked_text", frequency=frequency, how=how),
                )
            )
        elif frequency or how:
            block.append(self.labelled(t("standards.checked"), frequency or how))
        owner = " ".join(standard.owner.split())
        if owner:
            block.append(self.labelled(t("standards.owner"), owner))
        linked = [titles[pid] for pid in standard.problem_ids if pid in titles]
        if linked:
            block.append(self.labelled(t("standards.problems"), t.titles(linked)))
        if not item.check.measurable:
            check = words.check
            missing = str(check["list_separator"]).join(
                check["missing_names"][name] for name in item.check.missing
            )
            text = t("standards.not_measurable", missing=missing)
            if item.check.imperative:
                text = f"{t('standards.slogan')} {text}"
            block.append(self.para(text, s.warning))
        return block

    def focus_without_standard(self, titles: dict[int, str]) -> list[Flowable]:
        t, s = self.t, self.styles
        if not self.plan.figures.problems.focus_problems:
            return []
        uncovered = [titles[pid] for pid in self.plan.figures.focus_without_standard]
        if not uncovered:
            return [self.spacer(), self.para(t("standards.all_covered"), s.body)]
        story: list[Flowable] = [
            self.heading(t("standards.without_heading"), 1),
            self.para(t("standards.without_intro"), s.body),
        ]
        story += [self.para(title, s.bullet) for title in uncovered]
        return story

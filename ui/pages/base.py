"""What every step page shares, and the registry the main window builds pages from.

A page names its step and the plan sections whose changes refresh it (`Section` members, so a
renamed section is a type error, not a page that silently stops refreshing). Pages whose refresh
is costly are refreshed "when shown": a change that arrives while the page is hidden only marks
the parts it touched as stale, and they are refreshed the next time the page is shown. That logic
lives here, once. Pages are listed in `PAGES`, each imported when first shown, so start-up
loads only the first page.

No `self.tr()` here: a base class's `tr` would look the text up under the subclass's context.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QScrollArea, QWidget

from plan.steps import Step
from plan.store import PlanChange, Section

if TYPE_CHECKING:
    from ui.dialogs import Dialogs
    from ui.session import PlanSession
    from ui.settings import Settings
    from ui.tasks import TaskRunner


@dataclass(frozen=True)
class PageContext:
    """What a page may need from the window that shows it."""

    session: PlanSession
    dialogs: Dialogs
    runner: TaskRunner
    settings: Settings
    export_requested: Callable[[], None]
    #: Shows another step's page (links on a page that say where to fix something).
    show_step: Callable[[Step], None] | None = None
    #: Opens the Service Plan's preview (with Print and Save).
    preview_requested: Callable[[], None] | None = None


class StepPage(QScrollArea):
    """One step of the plan, shown in the window's stack."""

    #: The step this page shows.
    step: ClassVar[Step]
    #: Sections whose changes this page reacts to; other changes never reach `apply_change`.
    refreshed_by: ClassVar[frozenset[Section]] = frozenset()
    #: For a page refreshed when shown: each part it refreshes and the sections that stale it.
    parts_refreshed_by: ClassVar[Mapping[str, frozenset[Section]]] = {}

    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._stale: set[str] = set()  # parts to refresh when the page is next shown
        session.changed.connect(self._on_changed)

    @classmethod
    def build(cls, context: PageContext) -> StepPage:
        """The page for the window (pages that need more than the session say so here)."""
        raise NotImplementedError

    # -- changes ------------------------------------------------------------------------------

    def _on_changed(self, change: PlanChange) -> None:
        if change.section in self.refreshed_by:
            self.apply_change(change)

    def apply_change(self, change: PlanChange) -> None:
        """Show `change`; by default refresh the parts it touched, at once if the page is
        shown, else when it next is (a hidden page need not recompute)."""
        parts = {
            part for part, sections in self.parts_refreshed_by.items() if change.section in sections
        }
        if not parts:
            return
        if self.isVisible():
            self.refresh_parts(parts)
        else:
            self._stale |= parts

    def refresh_parts(self, parts: set[str]) -> None:
        """Refresh the named parts (pages that use `parts_refreshed_by` define this)."""
        raise NotImplementedError

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            parts, self._stale = self._stale, set()
            self.refresh_parts(parts)

    # -- the window's calls -------------------------------------------------------------------

    def commit_pending(self) -> None:
        """Store what was typed but not saved yet (before undo, another step or closing);
        a page with nothing typed in keeps this."""

    def dispose(self) -> None:
        """Stop listening to the plan: the page is about to be deleted. Pages that run work
        stop it first, then call this."""
        self.session.changed.disconnect(self._on_changed)


# Each loader imports its page's module when first called, with a plain import statement (not
# a module name in a string) so that bundlers see the module.


def _profile() -> type[StepPage]:
    from ui.pages.profile import ProfilePage

    return ProfilePage


def _self_audit() -> type[StepPage]:
    from ui.pages.self_audit import SelfAuditPage

    return SelfAuditPage


def _metrics() -> type[StepPage]:
    from ui.pages.metrics import MetricsPage

    return MetricsPage


def _survey() -> type[StepPage]:
    from ui.pages.survey import SurveyPage

    return SurveyPage


def _complaints() -> type[StepPage]:
    from ui.pages.complaints import ComplaintsPage

    return ComplaintsPage


def _problems() -> type[StepPage]:
    from ui.pages.problems import ProblemsPage

    return ProblemsPage


def _standards() -> type[StepPage]:
    from ui.pages.standards import StandardsPage

    return StandardsPage


def _goals() -> type[StepPage]:
    from ui.pages.goals import GoalsPage

    return GoalsPage


def _service_plan() -> type[StepPage]:
    from ui.pages.service_plan import ServicePlanPage

    return ServicePlanPage


#: Each step's page class, loaded when the page is first shown (start-up loads only the first).
PAGES: dict[Step, Callable[[], type[StepPage]]] = {
    Step.PROFILE: _profile,
    Step.SELF_AUDIT: _self_audit,
    Step.METRICS: _metrics,
    Step.SURVEY: _survey,
    Step.COMPLAINTS: _complaints,
    Step.PROBLEMS: _problems,
    Step.STANDARDS: _standards,
    Step.GOALS: _goals,
    Step.SERVICE_PLAN: _service_plan,
}


def page_class(step: Step) -> type[StepPage]:
    """The page class registered for `step` (its module is imported now if it was not)."""
    page_type = PAGES[step]()
    if page_type.step is not step:
        raise TypeError(f"{page_type.__name__} shows {page_type.step}, not {step}")
    return page_type


def build_page(step: Step, context: PageContext) -> StepPage:
    """A new page for `step`."""
    return page_class(step).build(context)

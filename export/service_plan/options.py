"""The export's options and the document's constants (sections, papers, colours, limits)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from plan.errors import PlanError

#: The document's sections in print order; the cover and the contents are always printed.
SECTIONS: tuple[str, ...] = (
    "summary",
    "business",
    "service_level",
    "customers",
    "problems",
    "standards",
    "goals",
    "economics",
    "appendix",
)
PAPERS: tuple[str, ...] = ("a4", "letter")
DEFAULT_ACCENT = "#1F4E5F"


_PDF_LANG = {"en": "en", "ru": "ru", "zh": "zh-CN"}
#: English month names, spelled out here: strftime("%B") follows the process's locale.
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")


MM = 72 / 25.4
INK = "#222222"
MUTED = "#5A6670"
HAIRLINE = "#C5CED3"
GOOD = "#2F7A4D"
BAD = "#A8402C"


#: At most this many customers' comments are quoted.
MAX_COMMENTS = 6
#: At most this many of the weakest self-audit statements are listed.
MAX_WEAKEST = 5
#: The summary names the customer groups' NPS spread when the best and the worst readable
#: groups (30 answers or more) differ by more than this many points.
GROUPS_SPREAD_POINTS = 20.0
#: At most this many goals are listed in the executive summary.
MAX_SUMMARY_GOALS = 5
#: Without a goal deadline, the next assessment is due this many months after the plan date.
REASSESS_MONTHS = 6


Progress = Callable[[int, int, str], None]


class ExportCancelled(Exception):
    """The user cancelled the export; nothing was written."""


class NothingToPrintError(PlanError):
    """None of the chosen sections has data: a cover and an empty contents page are not a
    document, so nothing is written (the command line exits 1 with one line)."""


@dataclass(frozen=True)
class Branding:
    """A consultant's look, kept in the preferences and applied to every plan's PDF."""

    firm: str = ""
    logo: bytes | None = None
    accent: str = DEFAULT_ACCENT
    footer: str = ""
    #: The consultant's own Word document (.docx) whose styles, page, header, footer and
    #: logo the Word Service Plan is written into; None: the program's own look.
    word_template: bytes | None = None


@dataclass(frozen=True)
class ExportOptions:
    language: str | None = None  # None: the plan's language
    paper: str = "a4"
    sections: frozenset[str] = frozenset(SECTIONS)
    branding: Branding = field(default_factory=Branding)
    invariant: bool = False  # byte-identical output for identical input (tests)

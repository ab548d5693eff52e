"""The consultant's own words in the Service Plan: a text of their own under any section (an
introduction, recommendations), sections of their own placed after a section they choose, and
their own wording in place of the summary's generated opening sentence.

Kept apart from the figures: nothing here is computed, it is printed as typed (escaped) in the
PDF and the Word document, carried by the data file and listed in `report --json`.
"""

from __future__ import annotations

from dataclasses import dataclass

from plan import fields
from plan.imports import MAX_TEXT_LENGTH

#: The document's sections, in print order (the export's SECTIONS; a test keeps them equal).
DOCUMENT_SECTIONS: tuple[str, ...] = (
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
#: The generated sentences a consultant may word themselves; cleared, the generated one is back.
#: The summary's opening, and its key findings: the customer groups' spread and the vital few
#: complaint categories (replaced only where the plan's figures print that finding).
REPLACEABLE: tuple[str, ...] = ("summary.opening", "summary.spread", "summary.vital_few")
#: Keys of `section_texts`: a text under each section, and the replaceable sentences.
TEXT_KEYS: tuple[str, ...] = (*DOCUMENT_SECTIONS, *REPLACEABLE)
MAX_TITLE_LENGTH = 200


@dataclass(frozen=True)
class OwnSection:
    """A section of the consultant's own, printed after the section `after`."""

    id: int | None
    title: str
    text: str
    after: str = "summary"


@dataclass(frozen=True)
class OwnWords:
    """Everything of the consultant's own: `texts` by key (only those not empty), and their
    sections in print order."""

    texts: dict[str, str]
    sections: tuple[OwnSection, ...]

    def text(self, key: str) -> str:
        return self.texts.get(key, "")

    def after(self, section: str) -> list[OwnSection]:
        return [own for own in self.sections if own.after == section]


def validate_text(key: str, value: str) -> str:
    """A section's own text (or a replaced sentence): trimmed, at most MAX_TEXT_LENGTH."""
    fields.choice("section", key, TEXT_KEYS)
    return fields.text(f"own_text.{key}", value, limit=MAX_TEXT_LENGTH)


def validate_own_section(own: OwnSection) -> OwnSection:
    """A title (required, one line), a text and a section to follow."""
    return OwnSection(
        own.id,
        fields.line("title", own.title, required=True, limit=MAX_TITLE_LENGTH),
        fields.text("text", own.text, limit=MAX_TEXT_LENGTH),
        fields.choice("after", own.after, DOCUMENT_SECTIONS),
    )

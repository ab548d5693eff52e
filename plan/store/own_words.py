"""The consultant's own words in the Service Plan (`store.own_words`): a text per section and
sections of their own, each edit one undoable store call."""

from __future__ import annotations

from typing import Any

from plan.own_words import (
    OwnSection,
    OwnWords,
    validate_own_section,
    validate_text,
)
from plan.store.changes import PlanChange, Section
from plan.store.records import RecordSpec, SpecRecords


def _read(row: Any, _links: tuple[int, ...]) -> OwnSection:
    return OwnSection(row[0], row[1], row[2], row[3])


_OWN_SECTIONS = RecordSpec(
    kind="own_section",
    table="own_sections",
    section=Section.OWN_WORDS,
    columns=("title", "text", "after"),
    read=_read,
    write=lambda own: [own.title, own.text, own.after],
    validate=validate_own_section,
)


class OwnWordsRecords(SpecRecords):
    """`store.own_words`."""

    def get(self) -> OwnWords:
        texts = dict(
            self.conn.execute("SELECT key, text FROM section_texts WHERE text != ''").fetchall()
        )
        return OwnWords(texts, tuple(self.sections()))

    def text(self, key: str) -> str:
        row = self.conn.execute("SELECT text FROM section_texts WHERE key = ?", [key]).fetchone()
        return "" if row is None else str(row[0])

    def set_text(self, key: str, value: str) -> str:
        """Store a section's own text ("" removes it); returns the previous one (for undo)."""
        stored = validate_text(key, value)
        old = self.text(key)

        def write() -> None:
            self.conn.execute("DELETE FROM section_texts WHERE key = ?", [key])
            if stored:
                self.conn.execute(
                    "INSERT INTO section_texts (key, text) VALUES (?, ?)", [key, stored]
                )

        self._edit(PlanChange(Section.OWN_WORDS, frozenset({key})), write)
        return old

    def sections(self) -> list[OwnSection]:
        """The own sections in the order they print after their section (then by id)."""
        return self._rows(_OWN_SECTIONS)

    def section(self, own_id: int) -> OwnSection:
        return self._one(_OWN_SECTIONS, own_id)

    def add(self, own: OwnSection) -> OwnSection:
        """Store an own section (keeping its id when it has one, for undo)."""
        return self._add(_OWN_SECTIONS, own)

    def update(self, own: OwnSection) -> OwnSection:
        """Change an own section (its title, text or place); returns it as it was."""
        return self._update(_OWN_SECTIONS, own)

    def delete(self, own_id: int) -> OwnSection:
        """Remove an own section; returns it, so undo can add it back with its id."""
        return self._delete(_OWN_SECTIONS, own_id)

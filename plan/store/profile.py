"""The business profile and its logo (step 0)."""

from __future__ import annotations

from plan.images import Logo, validate_logo
from plan.profile import PROFILE_FIELDS, Profile, validate_field
from plan.store.changes import PlanChange, Section
from plan.store.records import Records


class ProfileRecords(Records):
    """`store.profile`: the one profile row and the logo."""

    def get(self) -> Profile:
        row = self.conn.execute(
            f"SELECT {', '.join(PROFILE_FIELDS)} FROM profile WHERE id = 1"
        ).fetchone()
        return Profile(**dict(zip(PROFILE_FIELDS, row, strict=True)))

    def set_field(self, name: str, value: str) -> str:
        """Store one profile field; returns the previous value (for undo)."""
        stored = validate_field(name, value)
        old = str(getattr(self.get(), name))
        self._edit(
            PlanChange(Section.PROFILE, frozenset({name})),
            lambda: self.conn.execute(f"UPDATE profile SET {name} = ? WHERE id = 1", [stored]),
        )
        return old

    def logo(self) -> Logo | None:
        row = self.conn.execute(
            "SELECT mime, width, height, data FROM assets WHERE name = 'logo'"
        ).fetchone()
        return None if row is None else Logo(row[0], row[1], row[2], bytes(row[3]))

    def set_logo(self, data: bytes | None) -> bytes | None:
        """Store a validated PNG/JPEG logo, or remove it with None; returns the previous bytes."""
        logo = validate_logo(data) if data is not None else None
        old = self.logo()

        def write() -> None:
            self.conn.execute("DELETE FROM assets WHERE name = 'logo'")
            if logo is not None:
                self.conn.execute(
                    "INSERT INTO assets (name, mime, width, height, data) VALUES (?, ?, ?, ?, ?)",
                    ["logo", logo.mime, logo.width, logo.height, logo.data],
                )

        self._edit(PlanChange(Section.PROFILE, frozenset({"logo"})), write)
        return old.data if old is not None else None

"""The business profile: the fields of step 0 and the rules each value must meet."""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from datetime import date

from plan.errors import InvalidValueError

SIZES: tuple[str, ...] = ("micro", "small", "medium", "large")
PREPARED_BY: tuple[str, ...] = ("owner", "consultant")

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class FieldSpec:
    kind: str  # "line", "text", "choice", "date", "email", "url"
    max_length: int = 200
    choices: tuple[str, ...] = ()
    required: bool = False  # needed for the profile step to count as complete


FIELD_SPECS: dict[str, FieldSpec] = {
    "business_name": FieldSpec("line", 200, required=True),
    "industry": FieldSpec("line", 200, required=True),
    "size": FieldSpec("choice", choices=("", *SIZES), required=True),
    "customer_types": FieldSpec("text", 4000, required=True),
    "address": FieldSpec("text", 1000),
    "phone": FieldSpec("line", 100),
    "email": FieldSpec("email", 254),
    "website": FieldSpec("url", 500),
    "prepared_by": FieldSpec("choice", choices=PREPARED_BY, required=True),
    "preparer_name": FieldSpec("line", 200, required=True),
    "consultant_firm": FieldSpec("line", 200),
    "plan_date": FieldSpec("date", required=True),
}


@dataclass(frozen=True)
class Profile:
    business_name: str = ""
    industry: str = ""
    size: str = ""
    customer_types: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    prepared_by: str = "owner"
    preparer_name: str = ""
    consultant_firm: str = ""
    plan_date: str = ""

    @property
    def customer_groups(self) -> list[str]:
        """One customer group per line of `customer_types`, blanks dropped."""
        return [line.strip() for line in self.customer_types.splitlines() if line.strip()]

    def missing_required(self) -> list[str]:
        missing = [
            name for name, spec in FIELD_SPECS.items() if spec.required and not getattr(self, name)
        ]
        if self.prepared_by == "consultant" and not self.consultant_firm:
            missing.append("consultant_firm")
        return missing


PROFILE_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(Profile))
assert set(PROFILE_FIELDS) == set(FIELD_SPECS)


def validate_field(name: str, value: object) -> str:
    """Return the value as stored, or raise InvalidValueError saying what is wrong."""
    spec = FIELD_SPECS.get(name)
    if spec is None:
        raise InvalidValueError(name, "no such profile field", "unknown_field")
    if not isinstance(value, str):
        raise InvalidValueError(name, f"expected text, got {type(value).__name__}", "not_text")
    if "\x00" in value:
        raise InvalidValueError(name, "contains a NUL character", "nul")
    text = value if spec.kind == "text" else value.strip()
    if spec.kind != "text" and ("\n" in text or "\r" in text):
        raise InvalidValueError(name, "must be a single line", "multiline")
    if len(text) > spec.max_length:
        raise InvalidValueError(
            name,
            f"is {len(text)} characters long; at most {spec.max_length} are allowed",
            "too_long",
            {"length": len(text), "max": spec.max_length},
        )
    if spec.kind == "choice" and text not in spec.choices:
        allowed = ", ".join(c for c in spec.choices if c)
        raise InvalidValueError(name, f"{text!r} is not one of: {allowed}", "not_choice")
    if spec.kind == "date" and text:
        try:
            date.fromisoformat(text)
        except ValueError:
            raise InvalidValueError(
                name, f"{text!r} is not a date in the form YYYY-MM-DD", "bad_date"
            ) from None
    if spec.kind == "email" and text and not _EMAIL.match(text):
        raise InvalidValueError(name, f"{text!r} is not an e-mail address", "bad_email")
    return text

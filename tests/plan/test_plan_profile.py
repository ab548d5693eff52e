"""Profile field rules, the required-fields check and customer groups."""

from __future__ import annotations

from dataclasses import replace

import pytest

from plan.errors import InvalidValueError
from plan.profile import FIELD_SPECS, PROFILE_FIELDS, Profile, validate_field

COMPLETE = Profile(
    business_name="Rosemary & Rye",
    industry="Bakery",
    size="small",
    customer_types="Residents\nOffice workers",
    prepared_by="owner",
    preparer_name="Anna",
    plan_date="2026-11-02",
)


def refused(name: str, value: object) -> str:
    with pytest.raises(InvalidValueError) as caught:
        validate_field(name, value)
    assert caught.value.field == name
    message = str(caught.value)
    assert message.startswith(f"{name}: ")
    return message


def test_fields_and_specs_agree() -> None:
    assert set(PROFILE_FIELDS) == set(FIELD_SPECS)
    assert PROFILE_FIELDS[0] == "business_name"


@pytest.mark.parametrize(
    ("name", "value", "stored"),
    [
        ("business_name", "  Rosemary & Rye <b>  ", "Rosemary & Rye <b>"),
        ("business_name", "x" * 200, "x" * 200),
        ("customer_types", "  one\n\ntwo\r\n", "  one\n\ntwo\r\n"),
        ("size", "", ""),
        ("size", "medium", "medium"),
        ("prepared_by", "consultant", "consultant"),
        ("plan_date", "2024-02-29", "2024-02-29"),
        ("plan_date", "", ""),
        ("email", "", ""),
        ("email", " anna@example.co.uk ", "anna@example.co.uk"),
        ("website", "https://example.com/a?b=1&c=2", "https://example.com/a?b=1&c=2"),
        ("industry", "面包店 🥐", "面包店 🥐"),
    ],
)
def test_accepted_values(name: str, value: str, stored: str) -> None:
    assert validate_field(name, value) == stored


def test_unknown_field() -> None:
    assert "no such profile field" in refused("favourite_colour", "blue")


@pytest.mark.parametrize(
    ("name", "limit"), [("business_name", 200), ("customer_types", 4000), ("phone", 100)]
)
def test_too_long(name: str, limit: int) -> None:
    message = refused(name, "a" * (limit + 1))
    assert f"is {limit + 1} characters long" in message
    assert f"at most {limit}" in message


@pytest.mark.parametrize("value", ["two\nlines", "carriage\rreturn", "win\r\ndows"])
@pytest.mark.parametrize("name", ["business_name", "industry", "phone", "preparer_name"])
def test_newline_in_a_single_line_field(name: str, value: str) -> None:
    assert "single line" in refused(name, value)


def test_trailing_newline_on_a_line_field_is_trimmed_not_refused() -> None:
    assert validate_field("business_name", "Pasted name\n") == "Pasted name"


@pytest.mark.parametrize(
    ("name", "value"),
    [("size", "huge"), ("size", "Small"), ("prepared_by", ""), ("prepared_by", "agency")],
)
def test_bad_choice(name: str, value: str) -> None:
    message = refused(name, value)
    assert f"{value!r} is not one of" in message


def test_bad_choice_lists_the_allowed_values() -> None:
    assert "micro, small, medium, large" in refused("size", "huge")


@pytest.mark.parametrize(
    "value", ["2026-13-01", "2023-02-29", "02.11.2026", "tomorrow", "2026/11/02"]
)
def test_bad_date(value: str) -> None:
    assert "YYYY-MM-DD" in refused("plan_date", value)


@pytest.mark.parametrize("value", ["anna", "anna@", "@example.com", "anna@example", "an na@x.com"])
def test_bad_email(value: str) -> None:
    assert "not an e-mail address" in refused("email", value)


@pytest.mark.parametrize("name", ["business_name", "customer_types", "email", "plan_date"])
def test_nul_character(name: str) -> None:
    assert "NUL" in refused(name, "a\x00b")


@pytest.mark.parametrize("value", [None, 5, b"bytes"])
def test_non_text_value(value: object) -> None:
    assert "expected text" in refused("business_name", value)


def test_empty_profile_misses_every_required_field() -> None:
    assert Profile().missing_required() == [
        "business_name",
        "industry",
        "size",
        "customer_types",
        "preparer_name",
        "plan_date",
    ]


def test_complete_owner_profile_misses_nothing() -> None:
    assert COMPLETE.missing_required() == []


def test_consultant_needs_a_firm() -> None:
    consultant = replace(COMPLETE, prepared_by="consultant")
    assert consultant.missing_required() == ["consultant_firm"]
    assert replace(consultant, consultant_firm="Northwind").missing_required() == []
    # An owner's plan does not need a firm.
    assert replace(COMPLETE, consultant_firm="").missing_required() == []


def test_missing_required_reports_each_missing_field() -> None:
    assert replace(COMPLETE, industry="", plan_date="").missing_required() == [
        "industry",
        "plan_date",
    ]


@pytest.mark.parametrize(
    ("text", "groups"),
    [
        ("", []),
        ("One", ["One"]),
        (
            "  Residents  \n\n\tOffice workers\r\n   \nFamilies\n",
            ["Residents", "Office workers", "Families"],
        ),
        ("жители\n上班族\nשכנים", ["жители", "上班族", "שכנים"]),
    ],
)
def test_customer_groups(text: str, groups: list[str]) -> None:
    assert Profile(customer_types=text).customer_groups == groups

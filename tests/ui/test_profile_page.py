"""The Profile page: edits commit themselves, are validated, and undo as one step per field."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from plan.demo import DEMO_DIR
from plan.images import MAX_LOGO_BYTES
from plan.store import PlanStore
from tests.ui.conftest import FakeDialogs
from ui.date_field import DateField, parse_date
from ui.pages.profile import ProfilePage
from ui.session import PlanSession


@pytest.fixture
def session(tmp_path: Path) -> Iterator[PlanSession]:
    store = PlanStore.create(tmp_path / "plan.svcplan", language="en")
    session = PlanSession(store)
    yield session
    session.close()


@pytest.fixture
def page(qtbot: QtBot, session: PlanSession, dialogs: FakeDialogs) -> Iterator[ProfilePage]:
    widget = ProfilePage(session, dialogs)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.dispose()


def _line(page: ProfilePage, name: str) -> QLineEdit:
    edit = page.findChild(QLineEdit, name)
    assert edit is not None
    return edit


def _type(page: ProfilePage, name: str, text: str) -> None:
    """What a user's typing does: the text changes, then the page's pause timer fires."""
    edit = _line(page, name)
    edit.setText(text)
    edit.textEdited.emit(text)


def _error(page: ProfilePage, name: str) -> QLabel:
    return page._errors[name]


def test_typing_commits_after_a_pause(
    qtbot: QtBot, page: ProfilePage, session: PlanSession
) -> None:
    _type(page, "industry", "Bakery")
    assert session.store.profile.get().industry == ""  # not yet: the pause has not passed
    qtbot.waitUntil(lambda: session.store.profile.get().industry == "Bakery", timeout=3000)
    assert session.undo_stack.count() == 1


def test_edits_in_one_visit_merge_into_one_undo_step(
    page: ProfilePage, session: PlanSession
) -> None:
    for text in ("B", "Ba", "Bak"):
        _type(page, "industry", text)
        page.commit_pending()
    assert session.store.profile.get().industry == "Bak"
    assert session.undo_stack.count() == 1
    session.undo_stack.undo()
    assert session.store.profile.get().industry == ""
    assert _line(page, "industry").text() == ""


def test_edits_in_separate_visits_undo_separately(page: ProfilePage, session: PlanSession) -> None:
    _type(page, "industry", "Bakery")
    page.commit_pending()
    page._visit += 1  # the user left the field and came back
    _type(page, "industry", "Bakery and café")
    page.commit_pending()
    assert session.undo_stack.count() == 2
    session.undo_stack.undo()
    assert session.store.profile.get().industry == "Bakery"


def test_edit_back_to_original_leaves_no_undo_step(page: ProfilePage, session: PlanSession) -> None:
    _type(page, "phone", "123")
    page.commit_pending()
    _type(page, "phone", "")
    page.commit_pending()
    assert session.undo_stack.count() == 0
    assert session.store.profile.get().phone == ""


def test_invalid_email_is_shown_and_not_saved(page: ProfilePage, session: PlanSession) -> None:
    _type(page, "email", "not an address")
    page.commit_pending()
    assert session.store.profile.get().email == ""
    assert session.undo_stack.count() == 0
    label = _error(page, "email")
    assert label.isVisibleTo(page)
    assert "e-mail" in label.text()
    _type(page, "email", "owner@bakery.example")
    page.commit_pending()
    assert session.store.profile.get().email == "owner@bakery.example"
    assert not label.isVisibleTo(page)


def test_customer_groups_keep_their_lines(
    qtbot: QtBot, page: ProfilePage, session: PlanSession
) -> None:
    edit = page.findChild(QPlainTextEdit, "customer_types")
    assert edit is not None
    edit.setPlainText("Office workers\nFamilies & kids <weekends>\n学生")
    page.commit_pending()
    profile = session.store.profile.get()
    assert profile.customer_groups == ["Office workers", "Families & kids <weekends>", "学生"]


def test_consultant_firm_follows_prepared_by(page: ProfilePage, session: PlanSession) -> None:
    firm = _line(page, "consultant_firm")
    assert not firm.isEnabled()
    combo = page.findChild(QComboBox, "prepared_by")
    assert combo is not None
    combo.setCurrentIndex(combo.findData("consultant"))
    combo.activated.emit(combo.currentIndex())
    assert session.store.profile.get().prepared_by == "consultant"
    assert firm.isEnabled()
    session.undo_stack.undo()
    assert combo.currentData() == "owner"
    assert not firm.isEnabled()


def _type_date(field: DateField, text: str) -> None:
    field.line.setFocus()
    field.line.clear()
    QTest.keyClicks(field.line, text)
    field.line.editingFinished.emit()


def test_plan_date_round_trip(page: ProfilePage, session: PlanSession) -> None:
    field = page.findChild(DateField, "plan_date")
    assert field is not None
    assert field.text() == ""
    assert "Not set" in field.line.placeholderText()
    typed = field.locale_.toString(QDate(2026, 12, 1), field.pattern)
    _type_date(field, typed)
    page.commit_pending()
    assert session.store.profile.get().plan_date == "2026-12-01"
    assert field.text() == typed
    session.undo_stack.undo()
    assert field.text() == ""


def test_plan_date_accepts_an_iso_date_and_says_what_is_wrong_with_others(
    page: ProfilePage, session: PlanSession
) -> None:
    field = page.date_edit
    _type_date(field, "2026-12-07")
    assert session.store.profile.get().plan_date == "2026-12-07"
    _type_date(field, "20261307")  # month 13
    error = _error(page, "plan_date")
    assert not error.isHidden()
    assert "20261307" in error.text() and "not a date" in error.text()
    assert session.store.profile.get().plan_date == "2026-12-07"  # nothing saved was lost
    _type_date(field, "")  # empty: no date
    assert session.store.profile.get().plan_date == ""
    assert error.isHidden()


def test_calendar_opens_at_the_set_date_or_today(page: ProfilePage) -> None:
    field = page.date_edit
    field.prepare_calendar()
    today = QDate.currentDate()
    assert field.calendar.selectedDate() == today
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (
        today.year(),
        today.month(),
    )
    field.set_value("2024-03-15")
    field.prepare_calendar()
    assert field.calendar.selectedDate() == QDate(2024, 3, 15)
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2024, 3)


def test_picking_a_day_on_the_calendar_saves_it(page: ProfilePage, session: PlanSession) -> None:
    page.date_edit.calendar.clicked.emit(QDate(2026, 5, 4))
    assert session.store.profile.get().plan_date == "2026-05-04"


@pytest.mark.parametrize(
    ("locale", "text"),
    [
        ("en_US", "12/7/2026"),
        ("en_US", "12/7/26"),
        ("en_GB", "07/12/2026"),
        ("ru_RU", "07.12.2026"),
        ("ru_RU", "7.12.2026"),
        ("zh_CN", "2026/12/7"),
        ("zh_CN", "2026-12-07"),
    ],
)
def test_dates_are_read_in_the_languages_usual_form(locale: str, text: str) -> None:
    assert parse_date(text, QLocale(locale)) == QDate(2026, 12, 7)


@pytest.mark.parametrize("text", ["", "Not set20261207", "31.02.2026", "tomorrow"])
def test_unreadable_dates_are_none(text: str) -> None:
    assert parse_date(text, QLocale("ru_RU")) is None


def test_plan_language_change_is_undoable(page: ProfilePage, session: PlanSession) -> None:
    page.language_combo.setCurrentIndex(page.language_combo.findData("zh"))
    page.language_combo.activated.emit(page.language_combo.currentIndex())
    assert session.store.language() == "zh"
    session.undo_stack.undo()
    assert session.store.language() == "en"
    assert page.language_combo.currentData() == "en"


def test_logo_set_undo_and_remove(
    page: ProfilePage, session: PlanSession, dialogs: FakeDialogs
) -> None:
    dialogs.open_paths.append(DEMO_DIR / "logo.png")
    page.choose_logo()
    logo = session.store.profile.logo()
    assert logo is not None and (logo.width, logo.height) == (256, 256)
    pixmap = page.logo_preview.pixmap()
    assert pixmap is not None and not pixmap.isNull()
    assert page.remove_logo_button.isEnabled()
    session.undo_stack.undo()
    assert session.store.profile.logo() is None
    session.undo_stack.redo()
    page.remove_logo()
    assert session.store.profile.logo() is None


def test_logo_that_is_not_an_image_is_refused(
    page: ProfilePage, session: PlanSession, tmp_path: Path
) -> None:
    fake = tmp_path / "logo.png"
    fake.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>", encoding="utf-8")
    page.set_logo_from_file(fake)
    assert session.store.profile.logo() is None
    assert session.undo_stack.count() == 0
    assert "PNG or JPEG" in _error(page, "logo").text()


def test_huge_logo_file_is_refused_before_reading(
    page: ProfilePage, session: PlanSession, tmp_path: Path
) -> None:
    huge = tmp_path / "huge.png"
    with huge.open("wb") as handle:
        handle.truncate(MAX_LOGO_BYTES * 50)  # sparse: costs no disk
    page.set_logo_from_file(huge)
    assert session.store.profile.logo() is None
    assert "MB" in _error(page, "logo").text()


def test_outside_change_refreshes_the_fields(page: ProfilePage, session: PlanSession) -> None:
    session.store.profile.set_field("business_name", "Changed elsewhere")
    assert _line(page, "business_name").text() == "Changed elsewhere"


def test_read_only_plan_disables_editing(
    qtbot: QtBot, tmp_path: Path, dialogs: FakeDialogs
) -> None:
    path = tmp_path / "ro.svcplan"
    PlanStore.create(path).close()
    session = PlanSession(PlanStore.open(path, readonly=True))
    page = ProfilePage(session, dialogs)
    qtbot.addWidget(page)
    assert _line(page, "business_name").isReadOnly()
    assert not page.choose_logo_button.isEnabled()
    _type(page, "business_name", "ignored")
    page.commit_pending()
    assert session.undo_stack.count() == 0
    page.dispose()
    session.close()

"""The mouse wheel scrolls the page over fields that have no focus; it never edits them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from plan.demo import create_demo
from plan.steps import Step
from ui.main_window import MainWindow
from ui.pages.profile import ProfilePage
from ui.wheel_guard import install_wheel_guard


def _wheel(widget: QWidget, steps: int = -1) -> None:
    """Turn the wheel over `widget` (negative: towards the user, i.e. scroll down)."""
    centre = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(QPoint(int(centre.x()), int(centre.y())))),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _page_with_fields(qtbot: QtBot) -> tuple[QScrollArea, QSpinBox, QComboBox, QDateEdit]:
    install_wheel_guard(QApplication.instance())  # type: ignore[arg-type]
    area = QScrollArea()
    area.setWidgetResizable(True)
    inner = QWidget()
    column = QVBoxLayout(inner)
    spin = QSpinBox()
    spin.setRange(0, 100)
    spin.setValue(50)
    combo = QComboBox()
    combo.addItems(["Never", "Sometimes", "Often"])
    date = QDateEdit(QDate(2026, 12, 7))
    for field in (spin, combo, date):
        column.addWidget(field)
        column.addSpacing(900)  # taller than the view: the page can scroll
    area.setWidget(inner)
    area.resize(400, 300)
    qtbot.addWidget(area)
    area.show()
    qtbot.waitExposed(area)
    return area, spin, combo, date


def test_wheel_over_unfocused_fields_scrolls_the_page_and_changes_nothing(qtbot: QtBot) -> None:
    area, spin, combo, date = _page_with_fields(qtbot)
    area.setFocus()
    bar = area.verticalScrollBar()
    assert bar.value() == 0
    _wheel(spin)
    _wheel(combo)
    _wheel(date)
    assert spin.value() == 50
    assert combo.currentIndex() == 0
    assert date.date() == QDate(2026, 12, 7)
    assert bar.value() > 0  # the page scrolled instead


def test_fields_never_take_focus_from_the_wheel(qtbot: QtBot) -> None:
    _area, spin, combo, date = _page_with_fields(qtbot)
    for field in (spin, combo, date):
        assert field.focusPolicy() == Qt.FocusPolicy.StrongFocus


def test_a_focused_field_still_takes_the_wheel(qtbot: QtBot) -> None:
    _area, spin, combo, _date = _page_with_fields(qtbot)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    _wheel(spin, steps=1)
    assert spin.value() == 51
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    _wheel(combo, steps=-1)
    assert combo.currentIndex() == 1


def test_plan_date_is_not_changed_by_the_wheel_on_the_profile_page(
    window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "demo.svcplan"
    create_demo(path, "en").close()
    window.open_plan(path)
    window.show_step(Step.PROFILE)
    app = QApplication.instance()
    assert app is not None
    # The window installs the guard once it is up (after its first event-loop pass).
    for _ in range(3):
        QApplication.processEvents()
    assert app.property("serviceplanWheelGuard")
    page = window.stack.currentWidget()
    assert isinstance(page, ProfilePage)
    before = page.date_edit.text()
    stack_count = window.session.undo_stack.count() if window.session else 0
    window.sidebar.setFocus()
    for _ in range(3):
        _wheel(page.date_edit.line)
        _wheel(page.size_combo)
    assert page.date_edit.text() == before
    assert window.session is not None
    assert window.session.undo_stack.count() == stack_count  # no edit was made


def test_fields_built_before_the_guard_lose_their_wheel_focus(qtbot: QtBot) -> None:
    from ui import wheel_guard

    app = QApplication.instance()
    assert app is not None
    installed = app.property(wheel_guard._PROPERTY)
    app.setProperty(wheel_guard._PROPERTY, False)
    combo = QComboBox()
    qtbot.addWidget(combo)
    combo.setFocusPolicy(Qt.FocusPolicy.WheelFocus)
    try:
        install_wheel_guard(app)  # type: ignore[arg-type]
        assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    finally:
        app.setProperty(wheel_guard._PROPERTY, installed or True)

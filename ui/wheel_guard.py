"""The mouse wheel never changes a field the user is not editing.

A wheel turned over a page scrolls the page, also while the pointer passes over a spin box,
combo box or date edit: those take the wheel only once they have the keyboard focus (a click
or Tab). One event filter on the application does this for every such field, present and
future, so no page has to remember it.

The window installs it once it is on screen (an application-wide filter costs a Python call
per event, hundreds while the window is first painted); the fields built before then lose
their wheel focus when it is installed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QAbstractSpinBox, QComboBox, QWidget

_GUARDED = (QAbstractSpinBox, QComboBox)
_PROPERTY = "serviceplanWheelGuard"


def _field_of(widget: QWidget) -> QWidget | None:
    """The spin box or combo box `widget` belongs to (its line edit is a child), if any."""
    current: QWidget | None = widget
    while current is not None:
        if isinstance(current, _GUARDED):
            return current
        if current.isWindow():
            return None
        current = current.parentWidget()
    return None


class WheelGuard(QObject):
    """The application-wide filter: see the module docstring."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, _GUARDED):
            # Wheel focus would give the field focus by the wheel itself, before this filter
            # is asked: a field gets focus by click or Tab only.
            _no_wheel_focus(watched)
            return False
        if kind != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        field = _field_of(watched)
        if field is None or field.hasFocus() or watched.hasFocus():
            return False
        self._scroll_instead(field, event)
        return True

    @staticmethod
    def _scroll_instead(field: QWidget, event: QEvent) -> None:
        """Hand the wheel to the nearest scroll area around `field` that can use it."""
        parent = field.parentWidget()
        while parent is not None:
            if isinstance(parent, QAbstractScrollArea):
                event.ignore()
                QCoreApplication.sendEvent(parent.viewport(), event)
                if event.isAccepted():
                    return
            if parent.isWindow():
                break
            parent = parent.parentWidget()
        event.accept()  # nowhere to scroll: the field still does not change


def _no_wheel_focus(widget: QWidget) -> None:
    if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)


def install_wheel_guard(app: QCoreApplication) -> None:
    """Install the guard on `app` once (later calls do nothing). Fields that exist already
    lose their wheel focus here; later ones when they are polished."""
    if app.property(_PROPERTY):
        return
    from PySide6.QtWidgets import QApplication

    # By type, in Qt: wrapping every widget of the window for Python would cost more.
    for window in QApplication.topLevelWidgets():
        for kind in _GUARDED:
            for field in window.findChildren(kind):
                _no_wheel_focus(field)
        if isinstance(window, _GUARDED):
            _no_wheel_focus(window)
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    app.setProperty(_PROPERTY, True)

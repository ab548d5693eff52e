"""The installed Qt binding keeps Python's reference counts: a Qt call that returns nothing must
hand back a reference to None it owns. PySide6 6.12.0 did not (one reference lost per call),
and under Python 3.11, where None is counted like any other object, the window aborted with
"deallocating None" (or "deallocating True or False") after a while of use or on closing.
pyproject.toml keeps that release out under 3.11; this test tells if a binding with the same
fault gets installed. (From Python 3.12 on None is immortal and its count does not move, so the
test holds there whatever the binding does, and so does the window.)
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

CALLS = 500
#: The counts also move for reasons of their own (a cache filling, garbage collected): far less
#: than one per call, which is what the fault costs.
SLACK = CALLS // 10


def _loss(obj: object, call: Callable[[], object]) -> int:
    before = sys.getrefcount(obj)
    for _ in range(CALLS):
        call()
    return before - sys.getrefcount(obj)


def test_calls_returning_none_keep_its_reference(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    for call in (lambda: label.setText("x"), label.update, QCoreApplication.processEvents):
        assert _loss(None, call) < SLACK

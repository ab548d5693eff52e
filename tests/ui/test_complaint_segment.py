"""The complaint dialog's branch or customer group: shown when editing, saved with the rest."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from plan.complaints import Complaint
from ui.pages.complaints import ComplaintDialog


def test_the_dialog_keeps_and_changes_the_segment(qtbot: QtBot) -> None:
    dialog = ComplaintDialog(["Prices"], Complaint("2026-01-02", "Prices", "", segment="North"))
    qtbot.addWidget(dialog)
    assert dialog.segment.text() == "North"
    dialog.segment.setText("South")
    assert dialog.complaint().segment == "South"
    empty = ComplaintDialog(["Prices"])
    qtbot.addWidget(empty)
    assert empty.complaint().segment == ""

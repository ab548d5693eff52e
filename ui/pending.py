"""Edits typed into a field are saved after a pause, or at once when the field is left."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


class PendingCommits(QObject):
    """One single-shot timer per key; when it fires, `commit(key)` saves that key's edit."""

    def __init__(self, commit: Callable[[str], None], delay_ms: int, parent: QObject) -> None:
        super().__init__(parent)
        self._commit = commit
        self._delay_ms = delay_ms
        self._timers: dict[str, QTimer] = {}

    def schedule(self, key: str) -> None:
        """(Re)start the pause for `key`: typing on postpones the save."""
        timer = self._timers.get(key)
        if timer is None:
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(self._delay_ms)
            timer.timeout.connect(lambda: self._commit(key))
            self._timers[key] = timer
        timer.start()

    def cancel(self, key: str) -> None:
        """The edit for `key` is being saved now: its pause no longer matters."""
        timer = self._timers.get(key)
        if timer is not None:
            timer.stop()

    def is_scheduled(self, key: str) -> bool:
        return key in self._timers

    def flush(self) -> None:
        """Save every edit still waiting for its pause (before undo, closing, switching)."""
        for key, timer in list(self._timers.items()):
            if timer.isActive():
                self._commit(key)

    def stop(self) -> None:
        for timer in self._timers.values():
            timer.stop()

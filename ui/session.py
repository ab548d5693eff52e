"""One open plan in the window: the store, its undo stack, and a Qt signal per committed edit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from plan.errors import PlanError
from plan.store import PlanChange, PlanStore, Section
from ui.commands import PlanCommand


class PlanSession(QObject):
    """Views connect to `changed` and refresh what depends on the change; nobody pokes them."""

    changed = Signal(object)  # PlanChange

    def __init__(self, store: PlanStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._unsubscribe = store.subscribe(self.changed.emit)

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def push(self, command: PlanCommand) -> PlanError | None:
        """Run an edit as an undoable command; returns the error if the store refused it."""
        self.undo_stack.push(command)
        return command.error

    @contextmanager
    def macro(self, text: str) -> Iterator[None]:
        """Commands pushed inside are one undo step (adding several templates at once)."""
        self.undo_stack.beginMacro(text)
        try:
            yield
        finally:
            self.undo_stack.endMacro()

    def close(self) -> None:
        self._unsubscribe()
        self.undo_stack.clear()
        self.store.close()

    def emit_all(self) -> None:
        """Tell every view to refresh everything (after opening or reloading)."""
        self.changed.emit(PlanChange(Section.PLAN))

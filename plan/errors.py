"""Errors a user can act on. Each message names the file (and field) that is wrong."""

from __future__ import annotations

from pathlib import Path


class PlanError(Exception):
    """Base of every error the plan layer reports to a person."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        self.message = message
        super().__init__(f"{path}: {message}" if path is not None else message)


class NotAPlanError(PlanError):
    """The file is not a service plan at all (text, image, another program's database)."""


class CorruptPlanError(PlanError):
    """The file was a plan but is damaged (truncated, malformed pages)."""


class ChangedPlanError(PlanError):
    """Another program wrote values this program would never store (text for a number, say).

    The plan can still be read: opened read-only, those values are left out, with a warning.
    It is not opened for editing, so nothing rewrites the file around them."""


class NewerPlanError(PlanError):
    """The plan was written by a newer version of the program; opening it could damage it."""


class PlanInUseError(PlanError):
    """Another window or process already has the plan open for writing."""


class ReadOnlyPlanError(PlanError):
    """An edit was attempted on a plan opened read-only."""


class PlanExistsError(PlanError):
    """Creating a plan would overwrite an existing file."""


class DiskFullError(PlanError):
    """The disk filled up while a change was written: it was rolled back, the plan is intact."""


class UnsafeTargetError(PlanError):
    """An output path names a file that writing a document over would destroy: the plan
    itself, another plan, a folder, a device or a pipe."""


class InvalidValueError(PlanError):
    """A value entered for a field is out of range or malformed.

    `code` names the rule that failed and `params` its numbers, so the window can word the
    message in the user's language; `message` is the English wording for the command line.
    """

    def __init__(
        self,
        field: str,
        message: str,
        code: str = "invalid",
        params: dict[str, object] | None = None,
    ) -> None:
        self.field = field
        self.code = code
        self.params = params or {}
        super().__init__(f"{field}: {message}")

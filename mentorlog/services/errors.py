"""Errors a service raises, each worded for the person using mentorlog."""

from __future__ import annotations


class ServiceError(Exception):
    """Something the user asked for cannot be done; the message says why."""


class NotFoundError(ServiceError):
    pass


class ValidationError(ServiceError):
    """Input that cannot be saved. ``problems`` maps a field name to what is wrong with it."""

    def __init__(self, problems: dict[str, str]) -> None:
        self.problems = dict(problems)
        super().__init__("; ".join(self.problems.values()))


class PermissionDeniedError(ServiceError):
    pass


class StaleEditError(ServiceError):
    """A save made from a copy someone else has changed since it was read: refused, so no
    one's work is silently overwritten. ``changed_by`` and ``changed_at`` say who and when,
    where known, for the person to compare and merge."""

    def __init__(self, message: str, *, changed_by: str = "", changed_at: object = None) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at
        super().__init__(message)

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

"""Errors a service raises, each worded for the person using mentorlog.

An error carries a ``Message`` (mentorlog.i18n.msg): its ``msgid`` (the English with
``{name}`` placeholders: the error's code) and ``params``. ``str(exc)`` is the English,
for logs and the audit trail; ``exc.worded(lang)`` (or ``mentorlog.i18n.word(exc)``) is
the reader's language, which the UI and the command line show.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from mentorlog.i18n.messages import Message, as_message

__all__ = [
    "NotFoundError",
    "PermissionDeniedError",
    "ServiceError",
    "StaleEditError",
    "ValidationError",
    "as_message",
]


class ServiceError(Exception):
    """Something the user asked for cannot be done; the message says why."""

    def __init__(self, message: Message | str = "", *args: object) -> None:
        self.message = as_message(message)
        super().__init__(str(self.message), *args)

    @property
    def msgid(self) -> str:
        return self.message.msgid

    @property
    def params(self) -> dict[str, Any]:
        return self.message.kwargs

    def worded(self, lang: str | None = None) -> str:
        """The message in ``lang`` (None: the current language)."""
        return self.message.word(lang)


class NotFoundError(ServiceError):
    pass


class ValidationError(ServiceError):
    """Input that cannot be saved. ``messages`` maps a field name to what is wrong with it;
    ``problems`` says the same as text in the current language (what a form shows beside
    the field), ``worded_problems(lang)`` in any."""

    def __init__(self, problems: Mapping[str, Message | str]) -> None:
        self.messages = {field: as_message(text) for field, text in problems.items()}
        super().__init__("; ".join(str(text) for text in self.messages.values()))

    @property
    def problems(self) -> dict[str, str]:
        return self.worded_problems()

    def worded_problems(self, lang: str | None = None) -> dict[str, str]:
        return {field: text.word(lang) for field, text in self.messages.items()}

    def worded(self, lang: str | None = None) -> str:
        return "; ".join(self.worded_problems(lang).values())


class PermissionDeniedError(ServiceError):
    pass


class StaleEditError(ServiceError):
    """A save made from a copy someone else has changed since it was read: refused, so no
    one's work is silently overwritten. ``changed_by`` and ``changed_at`` say who and when,
    where known, for the person to compare and merge."""

    def __init__(
        self, message: Message | str, *, changed_by: str = "", changed_at: object = None
    ) -> None:
        self.changed_by = changed_by
        self.changed_at = changed_at
        super().__init__(message)

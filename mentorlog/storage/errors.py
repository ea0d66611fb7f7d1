"""Errors of the storage layer, worded for the person using mentorlog. Driver errors are
turned into these in one place: storage/faults.py."""

from __future__ import annotations

from mentorlog.i18n.messages import Message, as_message


class StorageError(Exception):
    """A problem with the database, described in the user's terms: ``str()`` the English,
    ``worded(lang)`` the reader's language (where the text is in the catalogue)."""

    def __init__(self, message: Message | str = "", *args: object) -> None:
        self.message = as_message(message)
        super().__init__(str(self.message), *args)

    def worded(self, lang: str | None = None) -> str:
        return self.message.word(lang)


class DiskFullError(StorageError):
    pass

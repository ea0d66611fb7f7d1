"""Errors of the storage layer, worded for the person using mentorlog."""


class StorageError(Exception):
    """A problem with the database, described in the user's terms."""


class DiskFullError(StorageError):
    pass


def explain_write_error(exc: BaseException) -> BaseException:
    """A driver error while saving, as the user should hear it; other errors unchanged."""
    text = str(getattr(exc, "orig", None) or exc).lower()
    if "disk is full" in text or "disk i/o error" in text or "no space" in text:
        return DiskFullError(
            "The disk is full (or failing), so this was not saved. Nothing saved before was "
            "lost. Your text is still in the editor: free some disk space, then save again."
        )
    if "database is locked" in text or "database is busy" in text:
        return StorageError(
            "The database is busy in another program, so this was not saved yet. Nothing "
            "saved before was lost; try again in a moment."
        )
    if "readonly" in text or "read-only" in text:
        return StorageError(
            "The database can only be read just now (it may be damaged or on a read-only "
            "drive), so this was not saved. Your text is still in the editor."
        )
    return exc

"""Errors of the storage layer, worded for the person using mentorlog."""


class StorageError(Exception):
    """A problem with the database, described in the user's terms."""

"""Errors of the storage layer, worded for the person using mentorlog. Driver errors are
turned into these in one place: storage/faults.py."""


class StorageError(Exception):
    """A problem with the database, described in the user's terms."""


class DiskFullError(StorageError):
    pass

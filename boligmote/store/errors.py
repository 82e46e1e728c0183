"""Why a database file could not be used, in words a caseworker understands.

The GUI shows `str(error)`; it never shows a traceback for these.
"""
from __future__ import annotations


class StoreError(Exception):
    """Base class: something about the database file stops us from using it."""


class NotABoligmoteFile(StoreError):
    pass


class NewerSchemaVersion(StoreError):
    pass


class DatabaseLocked(StoreError):
    pass


class CorruptDatabase(StoreError):
    pass


class FileAccessError(StoreError):
    pass


class FrozenRecordError(StoreError):
    """A signed meeting (or its decisions) was asked to change."""


class RecordNotFound(StoreError):
    pass

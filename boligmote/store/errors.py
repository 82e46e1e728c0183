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


class PassphraseRequired(NotABoligmoteFile):
    """Not plain SQLite, but it could be an encrypted Boligmøte file: ask for the passphrase.

    A SQLCipher file is indistinguishable from random bytes, so this is also what a
    random file of the right shape gives; a wrong passphrase then says so.
    """


class WrongPassphrase(StoreError):
    pass


class PlainCopyOntoEncrypted(StoreError):
    """A plain backup copy was asked to replace an encrypted file: that would undo the encryption."""


class EncryptionUnavailable(StoreError):
    """The optional SQLCipher driver (extra `encryption`) is not installed."""


class DatabaseInUse(DatabaseLocked):
    """Another Boligmøte session holds the file's lock; it may be opened read-only."""


class ReadOnlyFile(FileAccessError):
    """The file (or its folder) is write-protected; it may be opened read-only."""


class DiskFull(FileAccessError):
    pass

"""Storage: the only package that speaks SQL (SQLite through sqlite-utils)."""
from .database import Database
from .errors import (
    CorruptDatabase,
    DatabaseLocked,
    FileAccessError,
    FrozenRecordError,
    NewerSchemaVersion,
    NotABoligmoteFile,
    RecordNotFound,
    StoreError,
)
from .migrations import LATEST_VERSION

__all__ = [
    "Database", "StoreError", "NotABoligmoteFile", "NewerSchemaVersion", "DatabaseLocked",
    "CorruptDatabase", "FileAccessError", "FrozenRecordError", "RecordNotFound", "LATEST_VERSION",
]

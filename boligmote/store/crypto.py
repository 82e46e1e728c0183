"""Encryption at rest: SQLCipher connections, telling encrypted files apart, converting.

SQLCipher comes from the optional extra `encryption` (`sqlcipher3-binary`); a plain file
never needs it, so it is imported only when a passphrase is in play. Its connection is a
DB-API twin of sqlite3's, but its exception classes are its own: code that catches
database errors on a connection it did not open uses `database_errors()`.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path
from types import ModuleType
from typing import cast

from ..words import Phrase
from .errors import EncryptionUnavailable, StoreError, WrongPassphrase

SQLITE_HEADER = b"SQLite format 3\x00"


def driver() -> ModuleType:
    try:
        import sqlcipher3
    except ImportError:
        raise EncryptionUnavailable(Phrase("errors.encryption.unavailable")) from None
    return cast(ModuleType, sqlcipher3)


def database_errors(conn: object = None, *, also: tuple[type[Exception], ...] = ()) -> tuple[type[Exception], ...]:
    """The DatabaseError classes a connection can raise (sqlite3's, plus SQLCipher's), after
    `also`: one tuple for an except clause (mypy cannot type `except (A, *errors)`)."""
    errors: tuple[type[Exception], ...] = (*also, sqlite3.DatabaseError)
    if conn is None or not isinstance(conn, sqlite3.Connection):
        try:
            import sqlcipher3
        except ImportError:
            return errors
        errors += (sqlcipher3.DatabaseError,)
    return errors


def is_plain_sqlite(header: bytes) -> bool:
    return header.startswith(SQLITE_HEADER)


# SQLCipher 4 (what sqlcipher3-binary writes; Boligmøte never changes cipher_page_size).
CIPHER_PAGE_SIZE = 4096
# Every table and index has a root page of its own, and a Boligmøte file has dozens (a new,
# empty encrypted file is 67 pages): a smaller file of whole pages is not one of ours.
MIN_ENCRYPTED_PAGES = 16
# Files whose first bytes say what they are (PDF, zip/xlsx/docx, PNG, GIF, old Office, 7z, rar,
# rtf). A SQLCipher file starts with a random 16-byte salt: four-byte signatures or longer
# only, so that a real encrypted file is never refused by chance.
_KNOWN_MAGIC = (b"%PDF", b"PK\x03\x04", b"PK\x05\x06", b"\x89PNG", b"GIF8", b"\xd0\xcf\x11\xe0",
                b"7z\xbc\xaf", b"Rar!", b"{\\rtf")


def could_be_encrypted(path: Path) -> bool:
    """Whether the bytes are shaped like an encrypted Boligmøte file: at least MIN_ENCRYPTED_PAGES
    whole SQLCipher pages, every sampled page high-entropy, no known file signature.

    Still only a guess: a large enough file of random bytes passes too, and then the
    passphrase prompt says that no passphrase helps if the file is not ours. It keeps a text
    file, a PDF, a truncated download, a file of zeros or a small random file from being met
    with a passphrase prompt (issue 16 item 7). A file whose pages still sit in its -wal
    (a session killed before its first checkpoint) may be shorter.
    """
    size = path.stat().st_size
    if size < 2 * CIPHER_PAGE_SIZE or size % CIPHER_PAGE_SIZE:
        return False
    if size < MIN_ENCRYPTED_PAGES * CIPHER_PAGE_SIZE and not _has_wal(path):
        return False
    with open(path, "rb") as f:
        first = f.read(1024)
        if first.startswith(_KNOWN_MAGIC):
            return False
        f.seek(size - CIPHER_PAGE_SIZE)
        last = f.read(1024)
    # 1024 random bytes show ~251 of the 256 byte values; text shows < 100, zeros show 1.
    return len(set(first)) >= 200 and len(set(last)) >= 200


def _has_wal(path: Path) -> bool:
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def _quote(passphrase: str) -> str:
    if not passphrase:
        raise WrongPassphrase(Phrase("errors.encryption.empty"))
    if "\x00" in passphrase:
        raise WrongPassphrase(Phrase("errors.encryption.nul"))
    # PRAGMA key takes no bound parameters: quote as an SQL string literal.
    return "'" + passphrase.replace("'", "''") + "'"


def connect(path: Path, passphrase: str, *, readonly: bool = False, timeout: float = 3.0) -> sqlite3.Connection:
    """A keyed SQLCipher connection whose key has been checked against the file."""
    sqlcipher3 = driver()
    target = f"{path.resolve().as_uri()}?mode=ro" if readonly else str(path)
    try:
        conn = sqlcipher3.connect(target, uri=readonly, isolation_level=None,
                                  check_same_thread=False, timeout=timeout)
    except sqlcipher3.OperationalError as exc:
        raise StoreError(Phrase("errors.file.cannot_open", path=path, reason=exc)) from exc
    try:
        # SQLCipher writes its own error lines to stderr (a wrong key is one); we say it better.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = {_quote(passphrase)}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongPassphrase(Phrase("errors.encryption.wrong", name=path.name)) from None
        raise
    except BaseException:
        conn.close()
        raise
    # SQLCipher's connection has sqlite3's interface (it is the same module, built on SQLCipher)
    return cast(sqlite3.Connection, conn)


def key_connection(conn: sqlite3.Connection, passphrase: str) -> None:
    """Key a fresh SQLCipher connection (the destination of a backup) with the same passphrase."""
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")


def export_encrypted(plain: Path, target: Path, passphrase: str) -> None:
    """Write an encrypted copy of a plain file into `target` (an empty, existing 0600 file).

    `sqlcipher_export` copies schema and rows but not the header fields that make the file
    ours, so application_id and user_version are copied by hand.
    """
    sqlcipher3 = driver()
    source = sqlcipher3.connect(str(plain), isolation_level=None)
    try:
        source.execute("PRAGMA cipher_log_level = NONE")
        app_id = source.execute("PRAGMA application_id").fetchone()[0]
        version = source.execute("PRAGMA user_version").fetchone()[0]
        source.execute(f"ATTACH DATABASE ? AS encrypted KEY {_quote(passphrase)}", (str(target),))
        source.execute("SELECT sqlcipher_export('encrypted')")
        source.execute(f"PRAGMA encrypted.application_id = {int(app_id)}")
        source.execute(f"PRAGMA encrypted.user_version = {int(version)}")
        source.execute("DETACH DATABASE encrypted")
    finally:
        source.close()

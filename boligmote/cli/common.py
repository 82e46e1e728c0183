"""What the commands share: opening a file (read-only, with a passphrase), dates, private files."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from ..store import Database

_T = TypeVar("_T")


PASSPHRASE_ENV = "BOLIGMOTE_PASSPHRASE"


def parse_day(text: str) -> date:
    """dd.mm.åååå or ISO (åååå-mm-dd)."""
    from datetime import datetime

    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"ugyldig dato «{text}»; bruk dd.mm.åååå")


# SQLite stores a record number in 64 bits: a larger one reached sqlite3 as an OverflowError traceback.
_LARGEST_RECORD = 2**63 - 1


def whole_number(minimum: int = 1, maximum: int = _LARGEST_RECORD, what: str = "nummer") -> Callable[[str], int]:
    """An argparse type: a whole number within bounds, refused in bokmål otherwise."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"«{text}» er ikke et helt tall") from None
        if not minimum <= value <= maximum:
            raise argparse.ArgumentTypeError(f"{what} må være mellom {minimum} og {maximum}, ikke {text}")
        return value
    return parse


record_number = whole_number(what="nummeret")


def add_list_command(commands: Any, name: str, help: str, handler: Callable[[argparse.Namespace], int],
                     window: tuple[str, dict[str, Any]] | None = None) -> argparse.ArgumentParser:
    """A command that lists what is due from one file: --db, an optional window (--months, --days …),
    --format text|json and --today, the same for every list (renewals, follow-ups, at-risk)."""
    parser: argparse.ArgumentParser = commands.add_parser(name, help=help)
    parser.add_argument("--db", required=True, metavar="FIL")
    if window is not None:
        flag, options = window
        parser.add_argument(flag, **options)
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--today", type=parse_day, default=None, metavar="DATO")
    parser.set_defaults(handler=handler)
    return parser


def open_with_passphrase(opener: Callable[[str | None], _T], path: Path) -> _T:
    """Call opener(passphrase); an encrypted file asks for the passphrase once.

    The passphrase comes from BOLIGMOTE_PASSPHRASE (scripts) or is typed without echo.
    """
    import os

    from ..store.errors import PassphraseRequired

    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    try:
        return opener(passphrase)
    except PassphraseRequired as error:
        if passphrase is not None:
            raise
        if not sys.stdin.isatty():
            raise PassphraseRequired(f"{error} Kjør kommandoen i en terminal, eller sett {PASSPHRASE_ENV}.") from None
    return opener(ask_passphrase(f"Passord for {path.name}: "))


def open_for_reading(path: Path) -> Database:
    """Open for a command that only reads: read-only, so it works while the window (or another
    writer) holds the file's lock, and with the passphrase if the file is encrypted.

    A file from an older version of the app cannot be read as it is; it is opened for
    writing instead, which upgrades it after a backup copy, as opening it always did.
    """
    from ..store import LATEST_VERSION, Database

    def opener(passphrase: str | None) -> Database:
        database = Database.open(path, readonly=True, passphrase=passphrase)
        if database.schema_version >= LATEST_VERSION:
            return database
        database.close()
        return Database.open(path, passphrase=passphrase)

    return open_with_passphrase(opener, path)


def ask_passphrase(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def print_notices(database: object) -> None:
    for notice in getattr(database, "notices", []):
        print(f"Advarsel: {notice}", file=sys.stderr)


def write_private(path: Path, data: bytes) -> None:
    """Minutes and letters hold special-category data: written readable by the owner only."""
    import os

    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o600)

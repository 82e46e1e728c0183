"""Numbered schema migrations. `PRAGMA user_version` is the number of the last one applied.

Each migration is a module `mNNNN_<what>.py` with a `SQL` script; it is frozen once
released (a change to the schema is a new migration, never an edit of an old one).
"""
from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    number: int
    name: str
    sql: str
    # A table rebuild drops a table that others refer to; SQLite only honours turning
    # foreign keys off outside a transaction, so the runner does it around the migration.
    foreign_keys_off: bool = False


def _names() -> list[str]:
    """The migrations' module names in number order, checked to be numbered 1..n."""
    names = sorted((info.name for info in pkgutil.iter_modules(__path__) if info.name.startswith("m")),
                   key=lambda name: int(name[1:5]))
    numbers = [int(name[1:5]) for name in names]
    if numbers != list(range(1, len(names) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {numbers}")
    return names


def all_migrations() -> list[Migration]:
    found = []
    for name in _names():
        module = importlib.import_module(f"{__name__}.{name}")
        found.append(Migration(int(name[1:5]), name[6:], module.SQL, getattr(module, "FOREIGN_KEYS_OFF", False)))
    return found


# Counted, not imported: the scripts are read only when a file is created or upgraded (every
# start would otherwise import them all, issue 16 item 12).
LATEST_VERSION = len(_names())

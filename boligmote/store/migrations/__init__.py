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


def all_migrations() -> list[Migration]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if not info.name.startswith("m"):
            continue
        number = int(info.name[1:5])
        module = importlib.import_module(f"{__name__}.{info.name}")
        found.append(Migration(number, info.name[6:], module.SQL, getattr(module, "FOREIGN_KEYS_OFF", False)))
    found.sort(key=lambda m: m.number)
    expected = list(range(1, len(found) + 1))
    if [m.number for m in found] != expected:
        raise RuntimeError(f"migrations are not numbered 1..n: {[m.number for m in found]}")
    return found


LATEST_VERSION = len(all_migrations())

"""How much a file holds, by kind, with bokmål labels."""
from __future__ import annotations

from .database import Database

_COUNTS = {
    "Bygninger": "SELECT count(*) FROM buildings",
    "Oppganger": "SELECT count(*) FROM stairwells",
    "Boliger": "SELECT count(*) FROM units",
    "Ledige boliger": "SELECT count(*) FROM units WHERE status = 'vacant'",
    "Husstander (nåværende leieforhold)": "SELECT count(*) FROM tenancies WHERE ended_on IS NULL",
    "Søkere på venteliste": "SELECT count(*) FROM applicants WHERE status = 'waiting'",
    "Hendelser": "SELECT count(*) FROM incidents",
    "Møter": "SELECT count(*) FROM meetings",
    "Vedtak": "SELECT count(*) FROM decisions",
}


def counts(database: Database) -> dict[str, int]:
    return {label: database.scalar(sql) for label, sql in _COUNTS.items()}


def table_row_counts(database: Database) -> dict[str, int]:
    """Rows in every table, found by sqlite-utils' introspection: two copies of a file that
    agree here hold the same records (what encrypting a file checks before it swaps them)."""
    tables = database.db
    return {name: tables[name].count for name in tables.table_names()}

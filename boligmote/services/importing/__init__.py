"""Importing tables from case systems and landlord registers: read, check every row, write all or nothing.

    plan = plan_import(database, "units", path)   # reads and checks; writes nothing (the dry run)
                                                  # («kobo»: a JSON file of Kobo units, see kobo.py)
    if plan.ok:
        commit_import(database, plan)             # one transaction, one audit entry

pandas and openpyxl are imported only when a file is read (see reading.py).
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ...store import Database
from .kinds import KINDS, KOBO, kind_named
from .kobo import KoboImportPlan, is_kobo_file, plan_kobo_import
from .parsing import parse_table
from .plan import Changes, ImportKind, ImportPlan
from .problems import ImportFileError, Problem
from .reading import read_table

__all__ = ["KINDS", "KOBO", "ImportFileError", "ImportKind", "ImportPlan", "KoboImportPlan", "Problem", "commit_import",
           "is_kobo_file", "kind_named", "plan_import", "plan_kobo_import"]


def plan_import(database: Database, kind: str | ImportKind, path: Path, today: date | None = None) -> ImportPlan:
    """Read and check a file against the database; nothing is written. Raises ImportFileError."""
    kind = kind_named(kind) if isinstance(kind, str) else kind
    today = today or date.today()
    if kind is KOBO:
        return plan_kobo_import(database, Path(path), today)
    table = read_table(Path(path), kind.columns)
    rows = parse_table(table, kind.columns)
    if all(column.name in table.cells for column in kind.columns.required):
        changes = kind.check(rows, database, today)
    else:
        changes = Changes()  # without a required column no row can be judged as a whole
    # By row, and within a row in the order found: cells left to right, then checks across rows.
    return ImportPlan(kind, table, sorted(rows.problems, key=lambda problem: problem.row), changes)


def commit_import(database: Database, plan: ImportPlan) -> None:
    """Write a checked plan in one transaction, all of it or (on any database error) none of it.

    The window and the command line commit right after checking. Should another program
    change the file in between, the database's own constraints (references, one current
    tenancy per unit, value checks) still refuse what has become impossible."""
    if not plan.ok:
        raise ValueError("an import with problems cannot be committed")
    if not plan.has_changes:
        return  # nothing changes, so there is nothing for the audit log either
    changes = plan.changes
    with database.transaction("import", plan.kind.name, plan.table.source.name, {
        "rows": plan.rows, "created": changes.created, "updated": changes.updated,
        "unchanged": changes.unchanged, "format": plan.table.format,
    }):
        plan.kind.write(database, changes.records)

"""What an import would do, before it does it: the dry run the user sees, and what commit writes."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ...store import Database
from .columns import ColumnSet
from .parsing import ParsedRows
from .problems import Problem
from .reading import Table
from ...words import Count, Phrase


@dataclass
class Changes:
    """A kind's verdict on the rows: the records to write and how many are new, changed or the same."""

    records: Any = None
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    notes: list[str] = field(default_factory=list)

    def count(self, before: object, after: object, force: bool = False) -> bool:
        """Count a row as new, changed or the same; True when its record must be written
        (`force`: written as a change even if the record itself did not change)."""
        if before is None:
            self.created += 1
            return True
        if force or after != before:
            self.updated += 1
            return True
        self.unchanged += 1
        return False


@dataclass(frozen=True)
class ImportKind:
    name: str                 # as on the command line: buildings, units, …
    title: str                # «Bygninger», for menus and headings
    noun: str                 # «bygninger», inside sentences
    columns: ColumnSet
    key: str | None           # the column that identifies a record; re-importing updates it
    # Checks rows against each other and the database; refuses through rows.refuse(…).
    check: Callable[[ParsedRows, Database, date], Changes]
    # Writes the records inside the import's one transaction.
    write: Callable[[Database, Any], None]


@dataclass
class ImportPlan:
    kind: ImportKind
    table: Table
    problems: list[Problem]
    changes: Changes

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def rows(self) -> int:
        return len(self.table)

    @property
    def ended_tenancies(self) -> int:
        """How many current tenancies committing this plan ends; the Kobo import can end some."""
        return 0

    @property
    def has_changes(self) -> bool:
        return self.ok and (self.changes.created + self.changes.updated) > 0

    def summary_lines(self) -> list[str]:
        """The counts and notes (words.Text: bokmål for the command line, shown() for the preview)."""
        lines: list[str] = [Phrase("import.summary", name=self.table.source.name, format=self.table.format,
                                   rows=Count(self.rows, "row"), what=self.kind.noun)]
        if self.problems:
            rows_with_errors = len({p.row for p in self.problems})
            lines.append(Phrase("import.problems", problems=len(self.problems), rows=Count(rows_with_errors, "row")))
        else:
            c = self.changes
            lines.append(Phrase("import.changes", created=c.created, updated=c.updated, unchanged=c.unchanged))
            lines.extend(c.notes)
        if self.table.ignored_headers:
            lines.append(Phrase("import.ignored", headers=", ".join(self.table.ignored_headers)))
        return lines



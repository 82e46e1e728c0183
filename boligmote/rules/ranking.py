"""Ordering candidates, with every factor shown: no single opaque score.

For a unit: priority group, then waiting time, then fewest and least severe flags.
For an applicant: fewest and least severe flags, then the earliest vacancy.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..domain import Applicant, Priority, Severity, UnitSurroundings
from .engine import MITIGATION, FlagMatrix
from .rule import plural


@dataclass(frozen=True)
class RankedPair:
    row: int
    column: int
    applicant: Applicant
    target: UnitSurroundings
    suitable: bool
    severities: tuple[tuple[str, Severity], ...]  # (rule id, severity) of each flag that fired
    factors: tuple[str, ...]  # why it stands where it stands, in bokmål

    @property
    def risk_counts(self) -> dict[Severity, int]:
        return risk_counts(self.severities)


def risk_counts(severities) -> dict[Severity, int]:
    """Flags per severity; MITIGATION softens risks and is not counted as one."""
    counts = {s: 0 for s in Severity}
    for rule, severity in severities:
        if rule != MITIGATION:
            counts[severity] += 1
    return counts


def describe_flag_counts(counts: dict[Severity, int]) -> str:
    if not any(counts.values()):
        return "Ingen risikovarsler"
    parts = [plural(counts[Severity.CRITICAL], "kritisk", "kritiske"),
             plural(counts[Severity.WARNING], "advarsel", "advarsler"),
             f"{counts[Severity.INFO]} info"]
    return "Varsler: " + ", ".join(parts)


def _pair(matrix: FlagMatrix, row: int, column: int, factors: list[str]) -> RankedPair:
    severities = tuple(matrix.severities(row, column))
    suitable = bool(matrix.suitable[row, column])
    factors = [*factors, describe_flag_counts(risk_counts(severities))]
    if not suitable:
        factors.append("Oppfyller ikke absolutte krav")
    return RankedPair(row, column, matrix.applicants[row], matrix.targets[column], suitable, severities, tuple(factors))


def candidates_for_unit(matrix: FlagMatrix, column: int, include_unsuitable: bool = False) -> list[RankedPair]:
    waiting = np.fromiter(((matrix.today - a.decision_date).days for a in matrix.applicants), dtype=np.int64,
                          count=len(matrix.applicants))
    priority = np.fromiter((a.priority.rank for a in matrix.applicants), dtype=np.int8, count=len(matrix.applicants))
    burden = matrix.burden[:, column]
    rows = np.arange(len(matrix.applicants))
    if not include_unsuitable:
        rows = rows[matrix.suitable[:, column]]
    # np.lexsort sorts by the last key first
    order = rows[np.lexsort((rows, burden[rows], -waiting[rows], priority[rows]))]
    ranked = []
    for row in order:
        applicant = matrix.applicants[row]
        factors = ["Prioritert" if applicant.priority is Priority.PRIORITIZED else "Ikke prioritert",
                   f"Ventetid {int(waiting[row])} dager (kvalifisert {applicant.decision_date:%d.%m.%Y})"]
        ranked.append(_pair(matrix, int(row), column, factors))
    return ranked


def units_for_applicant(matrix: FlagMatrix, row: int, include_unsuitable: bool = False) -> list[RankedPair]:
    columns = np.arange(len(matrix.targets))
    if not include_unsuitable:
        columns = columns[matrix.suitable[row, :]]
    vacant_from = np.fromiter(
        ((t.vacant.unit.vacant_from or matrix.today).toordinal() for t in matrix.targets), dtype=np.int64,
        count=len(matrix.targets))
    order = columns[np.lexsort((columns, vacant_from[columns], matrix.burden[row, columns]))]
    ranked = []
    for column in order:
        unit = matrix.targets[column].vacant.unit
        factors = [f"Ledig fra {(unit.vacant_from or matrix.today):%d.%m.%Y}"]
        ranked.append(_pair(matrix, row, int(column), factors))
    return ranked

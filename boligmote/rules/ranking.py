"""Ordering candidates, with every factor shown: no single opaque score.

For a unit: priority group; within it, households that fill the unit before those that would
leave two or more bedrooms unused, fewest unused first (SIZE_MISMATCH.rank_unused_bedrooms_from;
002 l.2281, 2293); then waiting time, then fewest and least severe flags.
For an applicant: fewest and least severe flags, then the earliest vacancy.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, overload

from ..domain import Applicant, Priority, Severity, UnitSurroundings
from ..words import Count, Phrase, Text, Waiting
from .rule import MITIGATION

if TYPE_CHECKING:  # the window imports RankedPair at start; numpy comes with the first matrix
    import numpy as np

    from .engine import FlagMatrix


@dataclass(frozen=True)
class RankedPair:
    row: int
    column: int
    applicant: Applicant
    target: UnitSurroundings
    suitable: bool
    severities: tuple[tuple[str, Severity], ...]  # (rule id, severity) of each flag that fired
    factors: tuple[str, ...]  # why it stands where it stands: bokmål, or words.Text (shown() translates)

    @property
    def risk_counts(self) -> dict[Severity, int]:
        return risk_counts(self.severities)


def risk_counts(severities: Iterable[tuple[str, Severity]]) -> dict[Severity, int]:
    """Flags per severity; MITIGATION softens risks and is not counted as one."""
    counts = dict.fromkeys(Severity, 0)
    for rule, severity in severities:
        if rule != MITIGATION:
            counts[severity] += 1
    return counts


def describe_flag_counts(counts: dict[Severity, int]) -> Text:
    if not any(counts.values()):
        return Phrase("ranking.no_flags")
    return Phrase("ranking.flags", critical=Count(counts[Severity.CRITICAL], "critical"),
                  warning=Count(counts[Severity.WARNING], "warning"), info=counts[Severity.INFO])


def _pair(matrix: FlagMatrix, row: int, column: int, factors: list[Text]) -> RankedPair:
    severities = tuple(matrix.severities(row, column))
    suitable = bool(matrix.suitable[row, column])
    factors = [*factors, describe_flag_counts(risk_counts(severities))]
    if not suitable:
        factors.append(Phrase("ranking.unsuitable"))
    return RankedPair(row, column, matrix.applicants[row], matrix.targets[column], suitable, severities, tuple(factors))


class Ranking(Sequence[RankedPair]):
    """Pairs in ranking order; each is built (and its factors written) when first read,
    so a list of hundreds costs only the rows that are shown."""

    def __init__(self, cells: list[tuple[int, int]], build: Callable[[int, int], RankedPair]):
        self._cells = cells
        self._build = build
        self._built: dict[int, RankedPair] = {}

    def __len__(self) -> int:
        return len(self._cells)

    @overload
    def __getitem__(self, position: int) -> RankedPair: ...

    @overload
    def __getitem__(self, position: slice) -> list[RankedPair]: ...

    def __getitem__(self, position: int | slice) -> RankedPair | list[RankedPair]:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        if position < 0:
            position += len(self)
        if position not in self._built:
            self._built[position] = self._build(*self._cells[position])
        return self._built[position]


def unused_bedroom_ranks(matrix: FlagMatrix, column: int) -> np.ndarray:
    """Per applicant: 0 for a household that (nearly) fills the unit; otherwise the bedrooms it
    would leave unused, so a family leaving 2 comes before a single person leaving 4."""
    return unused_bedroom_rank(matrix, int(matrix.unit_bedrooms[column]) - matrix.bedrooms_needed)


def unused_bedroom_rank(matrix: FlagMatrix, unused: np.ndarray) -> np.ndarray:
    """The same for bedrooms left unused (unit bedrooms − bedrooms needed), pair by pair."""
    import numpy as np

    spare_from = matrix.settings.rule("SIZE_MISMATCH").rank_unused_bedrooms_from
    return np.where(unused >= spare_from, unused, 0)


def rank_rows(matrix: FlagMatrix, column: int, rows: np.ndarray) -> np.ndarray:
    """`rows` in the order the candidate list for unit `column` shows them: priority group,
    unused bedrooms, waiting time, flag burden, queue row. The one ranking function: the
    candidate list and the agenda planner (boligmote/planning) both sort with it."""
    import numpy as np

    unused_rank = unused_bedroom_rank(matrix, int(matrix.unit_bedrooms[column]) - matrix.bedrooms_needed[rows])
    waiting = matrix.waiting_days[rows]
    priority = matrix.priority_ranks[rows].astype(np.int64)
    burden = matrix.burden_by_unit[column, rows].astype(np.int64)
    # The five keys packed into one integer when each fits its bits (1 + 4 + 16 + 16 + 20 = 57):
    # one argsort instead of a five-key lexsort — the planner ranks every vacant unit.
    if (len(rows) and 0 <= priority.min() and priority.max() < 2 and 0 <= unused_rank.min() and unused_rank.max() < 16
            and 0 <= waiting.min() and waiting.max() < 1 << 16 and rows.max() < 1 << 20):
        key = ((((priority << 4 | unused_rank) << 16 | ((1 << 16) - 1 - waiting)) << 16 | burden) << 20) | rows
        return rows[np.argsort(key, kind="stable")]
    # np.lexsort sorts by the last key first
    return rows[np.lexsort((rows, burden, -waiting, unused_rank, priority))]


def queue_order(matrix: FlagMatrix) -> np.ndarray:
    """Rows in queue order: the ranking's keys that belong to the applicant alone (priority
    group, then waiting time, then queue row), without those of a particular unit."""
    import numpy as np

    rows = np.arange(len(matrix.applicants))
    return rows[np.lexsort((rows, -matrix.waiting_days, matrix.priority_ranks))]


def candidates_for_unit(matrix: FlagMatrix, column: int, include_unsuitable: bool = False) -> Ranking:
    import numpy as np

    rows = np.arange(len(matrix.applicants))
    if not include_unsuitable:
        rows = rows[matrix.suitable[:, column]]
    bedrooms = int(matrix.unit_bedrooms[column])
    unused_rank = unused_bedroom_ranks(matrix, column)
    order = rank_rows(matrix, column, rows)

    def build(row: int, column: int) -> RankedPair:
        applicant = matrix.applicants[row]
        factors = [priority_factor(applicant.priority),
                   _bedroom_factor(applicant.bedrooms_needed, bedrooms, bool(unused_rank[row])),
                   waiting_factor(int(matrix.waiting_days[row]), applicant.decision_date)]
        return _pair(matrix, row, column, factors)

    return Ranking([(int(row), column) for row in order], build)


def priority_factor(priority: Priority) -> Text:
    return Phrase("ranking.prioritized" if priority is Priority.PRIORITIZED else "ranking.not_prioritized")


def waiting_factor(days: int, qualified: date) -> Text:
    return Phrase("ranking.waiting", waiting=Waiting(days), date=f"{qualified:%d.%m.%Y}")


def _bedroom_factor(needed: int, bedrooms: int, leaves_unused: bool) -> Text:
    """Why the household stands where it does within its priority group, by size."""
    use = Phrase("ranking.one_room") if needed == 0 else \
        Phrase("ranking.needs_bedrooms", needed=needed, bedrooms=bedrooms)
    if leaves_unused:
        return Phrase("ranking.leaves_unused", use=use, unused=Count(bedrooms - needed, "bedroom"))
    return Phrase("ranking.fills", use=use) if needed >= bedrooms else use


def units_for_applicant(matrix: FlagMatrix, row: int, include_unsuitable: bool = False) -> Ranking:
    import numpy as np

    columns = np.arange(len(matrix.targets))
    if not include_unsuitable:
        columns = columns[matrix.suitable[row, :]]
    order = columns[np.lexsort((columns, matrix.vacant_from_ordinals[columns], matrix.burden[row, columns]))]

    def build(row: int, column: int) -> RankedPair:
        unit = matrix.targets[column].vacant.unit
        return _pair(matrix, row, column, [Phrase("ranking.vacant_from", date=f"{(unit.vacant_from or matrix.today):%d.%m.%Y}")])

    return Ranking([(row, int(column)) for column in order], build)

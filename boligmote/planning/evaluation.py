"""A set of placements measured the same way whoever made it (planner or baseline).

Flags are evaluated twice: for each pair alone, on the composition before the meeting (what
the candidate lists show), and on the composition after the whole plan — each placement
with every other household the plan moves into its building already there. A flag found
only the second way is an interaction the pairwise flags cannot see.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..domain import Priority, Severity
from ..rules import FlagMatrix
from ..rules.rule import MITIGATION
from ..rules.ranking import rank_rows
from .problem import moved_in

Flags = tuple[tuple[str, Severity], ...]


@dataclass
class Measures:
    housed: dict[Priority, int]
    critical: int  # placements with a critical flag, on the whole plan
    warnings: int  # warning flags, on the whole plan
    infos: int
    interactions: int  # flags (rule, severity) found only on the whole plan
    interaction_critical: int
    passed_over_units: int  # units where a higher-ranked applicant who could have had it is left unhoused
    passed_over: int  # applicants left unhoused who ranked above the one placed at a unit they could have had
    vacant_left: int  # units the plan leaves empty
    seconds: float = 0.0
    # per placement (row, column): flags alone and after the whole plan
    alone: dict[tuple[int, int], Flags] = field(default_factory=dict, repr=False)
    after: dict[tuple[int, int], Flags] = field(default_factory=dict, repr=False)
    passed: dict[tuple[int, int], list[int]] = field(default_factory=dict, repr=False)
    # per placement: every applicant the unit's ranking puts before the one placed (housed or not)
    ahead: dict[tuple[int, int], np.ndarray] = field(default_factory=dict, repr=False)

    def as_row(self) -> dict[str, Any]:
        return {"bosatt_prioritert": self.housed.get(Priority.PRIORITIZED, 0),
                "bosatt_ikke_prioritert": self.housed.get(Priority.NOT_PRIORITIZED, 0),
                "kritiske": self.critical, "advarsler": self.warnings, "info": self.infos,
                "samspill": self.interactions, "samspill_kritiske": self.interaction_critical,
                "forbigått_boliger": self.passed_over_units, "forbigåtte_søkere": self.passed_over,
                "ledige_igjen": self.vacant_left}


def flags_after_plan(matrix: FlagMatrix, placements: Sequence[tuple[int, int]]) -> dict[tuple[int, int], Flags]:
    """Each placement's flags with the plan's other households in its building moved in."""
    by_building: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for row, column in placements:
        by_building[matrix.targets[column].building.id].append((row, column))
    after = {(r, c): _risks(matrix.severities(r, c)) for r, c in placements}
    shared = [(r, c) for group in by_building.values() if len(group) > 1 for r, c in group]
    if shared:
        targets = []
        for row, column in shared:
            group = by_building[matrix.targets[column].building.id]
            others = [(matrix.applicants[r], matrix.targets[c]) for r, c in group if (r, c) != (row, column)]
            targets.append(moved_in(matrix.targets[column], others, matrix.today))
        again = FlagMatrix([matrix.applicants[r] for r, _ in shared], targets, matrix.settings, matrix.today)
        for k, pair in enumerate(shared):
            after[pair] = _risks(again.severities(k, k))
    return after


def _risks(severities: Iterable[tuple[str, Severity]]) -> Flags:
    return tuple((rule, severity) for rule, severity in severities if rule != MITIGATION)


def measure(matrix: FlagMatrix, placements: Sequence[tuple[int, int]], seconds: float = 0.0) -> Measures:
    placements = list(placements)
    alone = {(r, c): _risks(matrix.severities(r, c)) for r, c in placements}
    after = flags_after_plan(matrix, placements)
    housed_rows = {r for r, _ in placements}
    housed: dict[Priority, int] = dict.fromkeys(Priority, 0)
    for row in housed_rows:
        housed[matrix.applicants[row].priority] += 1
    critical = sum(any(s is Severity.CRITICAL for _, s in flags) for flags in after.values())
    counts = {s: sum(1 for flags in after.values() for _, f in flags if f is s) for s in Severity}
    interactions = interaction_critical = 0
    for pair, flags in after.items():
        new = set(flags) - set(alone[pair])
        interactions += len(new)
        interaction_critical += sum(1 for _, s in new if s is Severity.CRITICAL)
    ahead = ranked_ahead(matrix, placements)
    passed = passed_over(matrix, placements, ahead)
    filled = {c for _, c in placements}
    return Measures(
        housed=housed, critical=critical, warnings=counts[Severity.WARNING], infos=counts[Severity.INFO],
        interactions=interactions, interaction_critical=interaction_critical,
        passed_over_units=sum(1 for rows in passed.values() if rows),
        passed_over=len({r for rows in passed.values() for r in rows}),
        vacant_left=len(matrix.targets) - len(filled), seconds=seconds, alone=alone, after=after, passed=passed,
        ahead=ahead)


def ranked_ahead(matrix: FlagMatrix, placements: Sequence[tuple[int, int]]) -> dict[tuple[int, int], np.ndarray]:
    """Per placement, the applicants the unit's candidate ranking puts before the one placed who
    meet its hard requirements (in ranking order; all of them if the one placed is not ranked)."""
    out = {}
    for row, column in placements:
        ranked = rank_rows(matrix, column, np.flatnonzero(matrix.suitable[:, column]))
        position = np.flatnonzero(ranked == row)
        out[(row, column)] = ranked[: int(position[0])] if len(position) else ranked
    return out


def passed_over(matrix: FlagMatrix, placements: Sequence[tuple[int, int]],
                ahead: dict[tuple[int, int], np.ndarray] | None = None) -> dict[tuple[int, int], list[int]]:
    """Per placement, the applicants the unit's candidate ranking puts before the one placed
    who meet its hard requirements and are housed nowhere in the plan (in ranking order)."""
    ahead = ranked_ahead(matrix, placements) if ahead is None else ahead
    housed = np.zeros(len(matrix.applicants), dtype=bool)
    for row, _ in placements:
        housed[row] = True
    return {pair: before[~housed[before]].tolist() for pair, before in ahead.items()}

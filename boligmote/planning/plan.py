"""Making a plan, and what it says: each placement with its flags on the whole plan, and for
each placement who stood before the one placed and why they did not get the unit.

A plan is advice for the meeting. Every placement is still decided one by one, with its own
weighing; nothing here writes to the file.
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..domain import Severity
from ..rules import FlagMatrix
from ..rules.engine import has_critical, split_burden
from ..rules.rule import plural
from ..rules.settings import defaults_edition
from ..text import waiting_time
from .evaluation import Flags, Measures, measure
from .problem import Pair, Problem, build_problem, own_burden
from .settings import QUEUE_VS_FLAGS_STEPS, PlanSettings
from .outcome import Progress, Stage
from .solver import PlanModel

OPTIMAL, FEASIBLE, CANCELLED, INFEASIBLE = "optimal", "feasible", "cancelled", "infeasible"
# «optimal» only in the terms the plan was asked to weigh (its settings and its candidate pairs): it
# says nothing of what is right for each household, which the meeting decides one case at a time
STATUS_TEXT = {OPTIMAL: "best etter planens vekting", FEASIBLE: "beste funnet innen tidsgrensen", CANCELLED: "avbrutt",
               INFEASIBLE: "ingen plan mulig"}


@dataclass
class Placement:
    row: int
    column: int
    case_no: str
    unit_id: str
    address: str
    stairwell: str
    locked: bool
    flags: Flags  # on the composition after the whole plan
    interaction: Flags  # of those, the ones the pair alone does not have
    passed_over: list[str]  # case numbers ranked before at this unit, suitable, housed nowhere
    why: list[str]  # bokmål, for the minutes
    flag_words: list[str] = field(default_factory=list)  # «Title (alvorlighet)», for text and tooltips
    flag_chips: list[str] = field(default_factory=list)  # «Short (alvorlighet)», for a table cell


@dataclass
class Unhoused:
    """A high-ranked applicant the plan houses nowhere: before someone placed at a unit they could
    have had, or among the first in the queue (as many as there are vacant units)."""

    row: int
    case_no: str
    queue_place: int  # 1 = first in the queue
    reasons: list[str]  # bokmål, for the minutes


@dataclass
class Plan:
    placements: list[Placement]
    vacant_left: list[str]
    status: str
    stages: list[Stage]
    settings: PlanSettings
    rule_settings_version: int
    defaults_edition: str
    seconds: float
    measures: Measures
    graph_note: str
    stage_count: int = 0
    rounds: int = 1
    locks: tuple[Pair, ...] = ()
    forbidden: tuple[Pair, ...] = ()
    unhoused: list[Unhoused] = field(default_factory=list)

    @property
    def gap(self) -> float:
        return max((s.gap for s in self.stages), default=0.0)

    @property
    def status_text(self) -> str:
        text = STATUS_TEXT[self.status]
        if self.status == FEASIBLE and len(self.stages) < self.stage_count:
            text += f" ({len(self.stages)} av {self.stage_count} trinn fullført)"
        elif self.status == FEASIBLE:
            text += f" (høyst {self.gap:.1%} fra solverens grense)"
        return text

    @property
    def settings_version(self) -> str:
        """What the plan was made with: the rule settings version, the edition of the shipped
        defaults, and the planner's own settings."""
        return f"regelinnstillinger v{self.rule_settings_version} ({self.defaults_edition[:8]}), planinnstillinger {self.settings.fingerprint()}"

    def as_json(self) -> dict[str, Any]:
        return {
            "advice": "Planen er et råd til møtet, ikke et vedtak. Hver sak avgjøres for seg.",
            "status": self.status, "status_text": self.status_text, "gap": round(self.gap, 6),
            "settings_version": {"rules": self.rule_settings_version, "defaults_edition": self.defaults_edition,
                                 "planner": self.settings.fingerprint()},
            "settings": self.settings.as_dict(),
            "slider": QUEUE_VS_FLAGS_STEPS[self.settings.queue_vs_flags],
            "stage_count": self.stage_count,
            "stages": [{"name": s.name, "value": s.value, "bound": s.bound, "optimal": s.optimal,
                        "method": s.method, "seconds": round(s.seconds, 3)} for s in self.stages],
            "seconds": round(self.seconds, 3), "rounds": self.rounds, "graph": self.graph_note,
            "locks": [f"{p.case_no}:{p.unit_id}" for p in self.locks],
            "forbidden": [f"{p.case_no}:{p.unit_id}" for p in self.forbidden],
            "measures": self.measures.as_row(),
            "placements": [{"case_no": p.case_no, "unit_id": p.unit_id, "address": p.address,
                            "stairwell": p.stairwell, "locked": p.locked,
                            "flags": [{"rule": r, "severity": s.value} for r, s in p.flags],
                            "interaction_flags": [{"rule": r, "severity": s.value} for r, s in p.interaction],
                            "passed_over": p.passed_over, "why": p.why} for p in self.placements],
            "vacant_left": self.vacant_left,
            "unhoused": [{"case_no": u.case_no, "queue_place": u.queue_place, "reasons": u.reasons}
                         for u in self.unhoused],
        }


class Planner:
    """One planning run; `cancel()` may be called from another thread (the window's)."""

    def __init__(self, matrix: FlagMatrix, settings: PlanSettings | None = None, locks: Sequence[Pair] = (),
                 forbidden: Sequence[Pair] = (), reuse: Problem | None = None):
        self.matrix = matrix
        self.reuse = reuse
        self.problem: Problem | None = None  # after run(): to plan again quickly with other choices
        self.settings = settings or PlanSettings()
        self.locks = tuple(locks)
        self.forbidden = tuple(forbidden)
        self._model: PlanModel | None = None
        self._reasons: dict[tuple[int, int], str] = {}  # (passed-over applicant, unit) → why
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True
        if self._model is not None:
            self._model.cancel()

    def run(self, progress: Progress | None = None) -> Plan:
        started = time.perf_counter()
        problem = self.problem = build_problem(self.matrix, self.settings, self.locks, self.forbidden, self.reuse)
        model = self._model = PlanModel(problem)
        if self._cancelled:
            model.cancel()
        rounds = 0
        while True:
            rounds += 1
            result = model.solve(self.settings.time_limit_seconds, progress, started=started)
            placements = [(int(problem.rows[k]), int(problem.columns[k])) for k in result.chosen]
            if result.restart and rounds <= self.settings.max_rounds:
                continue
            if result.cancelled or result.infeasible or rounds > self.settings.max_rounds:
                measures = measure(self.matrix, placements)
                break
            conflicts = model.violated_conflicts(result.chosen)
            if conflicts:  # two placements critical together: that pair's row, and plan again
                model.require(conflicts if rounds < self.settings.max_rounds else model.all_conflicts())
                continue
            measures = measure(self.matrix, placements)
            clashes = self._clashes(problem, result.chosen, measures)
            if not clashes:
                break
            for edges in clashes:
                model.forbid_together(edges)
        if result.infeasible:
            status = INFEASIBLE
        elif result.cancelled:
            status = CANCELLED
        else:
            # a plan whose later stages never ran (the rounds ran out) is not the best by its weighting
            status = OPTIMAL if result.optimal and len(result.stages) == len(model.order) else FEASIBLE
        self._reasons = self._passed_reasons(problem, measures)
        placed = self._placements(problem, placements, measures)
        unhoused = self._unhoused(problem, placements, measures)
        measures.seconds = time.perf_counter() - started
        filled = {column for _, column in placements}
        return Plan(
            placements=placed, unhoused=unhoused,
            vacant_left=[t.vacant.unit.id for c, t in enumerate(self.matrix.targets) if c not in filled],
            status=status, stages=result.stages, stage_count=len(model.order), settings=self.settings,
            rule_settings_version=self.matrix.settings.version, defaults_edition=defaults_edition()[0],
            seconds=measures.seconds, measures=measures, graph_note=problem.graph_note, rounds=rounds,
            locks=self.locks, forbidden=self.forbidden)

    def _clashes(self, problem: Problem, chosen: list[int], measures: Measures) -> list[list[int]]:
        """Groups of placements in one building that raise a critical flag only together (three or
        more households: the model sees two at a time) — ruled out for the next round."""
        if self.settings.allow_critical:
            return []
        locked = set(problem.locked.tolist())
        by_building: dict[str, list[int]] = {}
        for k in chosen:
            by_building.setdefault(self.matrix.targets[int(problem.columns[k])].building.id, []).append(k)
        clashes = []
        for edges in by_building.values():
            if len(edges) < 2 or all(k in locked for k in edges):
                continue
            if any(s is Severity.CRITICAL for k in edges
                   for _, s in measures.after[(int(problem.rows[k]), int(problem.columns[k]))]):
                clashes.append(edges)
        return clashes

    # ---- what the plan says ----------------------------------------------------------------
    def _placements(self, problem: Problem, placements: list[tuple[int, int]], measures: Measures) -> list[Placement]:
        matrix = self.matrix
        unit_of = dict(placements)
        locked = {(int(problem.rows[k]), int(problem.columns[k])) for k in problem.locked.tolist()}
        position = problem.queue_position
        self._housed = np.zeros(len(matrix.applicants), dtype=bool)
        self._housed[list(unit_of)] = True
        out = []
        for row, column in sorted(placements, key=lambda rc: (matrix.targets[rc[1]].building.address,
                                                               matrix.targets[rc[1]].vacant.unit.id)):
            target = matrix.targets[column]
            alone, after = measures.alone[(row, column)], measures.after[(row, column)]
            interaction = tuple(f for f in after if f not in alone)
            passed = measures.passed[(row, column)]
            why = self._why(row, column, passed, measures.ahead[(row, column)], unit_of, locked, position, after,
                            interaction)
            out.append(Placement(row, column, matrix.applicants[row].case_no, target.vacant.unit.id,
                                 target.building.address, target.stairwell.label, (row, column) in locked, after,
                                 interaction, [matrix.applicants[r].case_no for r in passed], why,
                                 [f"{self._title(r)} ({s.label})" for r, s in after],
                                 [f"{self._short(r)} ({s.label})" for r, s in after]))
        return out

    def _why(self, row: int, column: int, passed: list[int], ahead: np.ndarray, unit_of: dict[int, int],
             locked: set[tuple[int, int]], position: np.ndarray, after: Flags, interaction: Flags) -> list[str]:
        matrix = self.matrix
        lines = []
        if (row, column) in locked:
            lines.append("Låst av møtet.")
        place = len(ahead)
        housed_elsewhere = [r for r in ahead.tolist() if r in unit_of]
        lines.append(f"Nr. {place + 1} i rangeringen for boligen; "
                     f"ventetid {waiting_time(int(matrix.waiting_days[row]))}.")
        if housed_elsewhere:
            lines.append(f"{plural(len(housed_elsewhere), 'søker', 'søkere')} foran får en annen bolig i planen.")
        groups: dict[str, list[str]] = {}
        for other in passed:
            reason = self._reasons[(other, column)]
            groups.setdefault(reason, []).append(matrix.applicants[other].case_no)
        for reason, case_nos in groups.items():
            lines.append(f"Forbigått, {reason}: {_case_list(case_nos)}; "
                         f"{'søkeren får ingen' if len(case_nos) == 1 else 'ingen av dem får'} bolig i planen.")
        # waited longer but ranked after: they would leave bedrooms unused, or cannot live here
        longer = (position < position[row]) & ~self._housed
        longer[ahead] = False
        unsuitable = int(np.count_nonzero(longer & ~matrix.suitable[:, column]))
        bigger = int(np.count_nonzero(longer)) - unsuitable
        if unsuitable:
            lines.append(f"{plural(unsuitable, 'søker', 'søkere')} foran i køen uten bolig i planen oppfyller ikke "
                         "boligens absolutte krav (størrelse, tilgjengelighet eller steder de vil unngå).")
        if bigger:
            lines.append(f"{plural(bigger, 'søker', 'søkere')} foran i køen uten bolig i planen rangeres etter her: "
                         "de ville latt soverom stå ubrukt.")
        if interaction:
            named = ", ".join(f"«{self._title(r)}»" for r, _ in interaction)
            lines.append(f"Med planens andre innflyttinger i bygningen får plasseringen også {named}.")
        return lines

    def _passed_reasons(self, problem: Problem, measures: Measures) -> dict[tuple[int, int], str]:
        """Why each applicant passed over at a placement's unit did not get it, keyed by (applicant,
        unit): half a million of them on the national file, so what can be is read for a unit's
        whole list at once."""
        matrix = self.matrix
        forbidden = {(p.case_no, p.unit_id) for p in self.forbidden}
        in_graph = np.zeros(matrix.shape, dtype=bool)
        in_graph[problem.rows, problem.columns] = True
        in_graph[problem.rows[problem.banned], problem.columns[problem.banned]] = False
        critical = self._critical()
        texts: dict[tuple[int, int], str] = {}  # the same few combinations of critical flags recur
        out = {}
        for (chosen, column), passed in measures.passed.items():
            if not passed:
                continue
            others = np.array(passed, dtype=np.int64)
            unit_id = matrix.targets[column].vacant.unit.id
            keys = zip(matrix.bits[others, column].tolist(), matrix.lesser[others, column].tolist())
            for other, is_critical, graph, key in zip(passed, critical[others, column].tolist(),
                                                      in_graph[others, column].tolist(), keys):
                if forbidden and (matrix.applicants[other].case_no, unit_id) in forbidden:
                    reason = "paret er utelukket av møtet"
                elif is_critical:
                    if key not in texts:
                        titles = [self._title(r) for r, s in matrix.severities(other, column) if s is Severity.CRITICAL]
                        texts[key] = "kritisk varsel her: " + ", ".join(f"«{t}»" for t in titles)
                    reason = texts[key]
                elif not graph:
                    reason = "ikke blant planens kandidater for boligen (for langt bak i køen)"
                else:
                    reason = self._traded(other, column, chosen)
                out[(other, column)] = reason
        return out

    def _unhoused(self, problem: Problem, placements: list[tuple[int, int]], measures: Measures) -> list[Unhoused]:
        """The high-ranked applicants the plan houses nowhere, first in the queue first, each with
        why: the units they were passed over at and the reason there, or that no vacant unit
        meets their hard requirements, or has no critical flag for them, or that each unit open
        to them goes to someone the ranking puts before them there."""
        matrix = self.matrix
        housed = {r for r, _ in placements}
        position = problem.queue_position
        front = {int(r) for r in np.flatnonzero(position < len(matrix.targets)).tolist()} - housed
        passed_at: dict[int, list[tuple[int, int]]] = {}
        for (row, column), others in measures.passed.items():
            for other in others:
                passed_at.setdefault(other, []).append((column, row))
        critical = self._critical()
        out = []
        for row in sorted(front | set(passed_at), key=lambda r: int(position[r])):
            by_reason: dict[str, list[str]] = {}
            for column, chosen in sorted(passed_at.get(row, []), key=lambda cc: matrix.targets[cc[0]].vacant.unit.id):
                reason = self._reasons[(row, column)]
                by_reason.setdefault(reason, []).append(
                    f"{matrix.targets[column].vacant.unit.id} (gikk til {matrix.applicants[chosen].case_no})")
            reasons = [f"Forbigått, {reason}: {', '.join(units)}." for reason, units in by_reason.items()]
            if not reasons:
                suitable = np.flatnonzero(matrix.suitable[row])
                if not len(suitable):
                    reasons.append("Ingen av de ledige boligene oppfyller søkerens absolutte krav "
                                   "(størrelse, tilgjengelighet eller steder søkeren vil unngå).")
                elif not self.settings.allow_critical and all(critical[row, c] for c in suitable.tolist()):
                    titles = sorted({self._title(r) for c in suitable.tolist()
                                     for r, s in matrix.severities(row, c) if s is Severity.CRITICAL})
                    reasons.append(f"Kritisk varsel ved hver av de {len(suitable)} ledige boligene som passer: "
                                   + ", ".join(f"«{t}»" for t in titles) + ".")
                else:
                    reasons.append(f"Hver av de {len(suitable)} ledige boligene som passer, går til en søker "
                                   "rangeringen setter foran for den boligen (flere soverom i bruk, lenger "
                                   "ventetid eller en annen bolig i planen for den som sto foran).")
            out.append(Unhoused(row, matrix.applicants[row].case_no, int(position[row]) + 1, reasons))
        return out

    def _title(self, rule_id: str) -> str:
        titles: dict[str, str] = self.__dict__.setdefault("_titles", {})
        if rule_id not in titles:
            titles[rule_id] = self.matrix.settings.rule(rule_id).title
        return titles[rule_id]

    def _short(self, rule_id: str) -> str:
        shorts: dict[str, str] = self.__dict__.setdefault("_shorts", {})
        if rule_id not in shorts:
            shorts[rule_id] = self.matrix.settings.rule(rule_id).short
        return shorts[rule_id]

    def _critical(self) -> np.ndarray:
        """Where a pair has a critical flag (a boolean matrix, once: 12 MB at national scale, where
        the counts of split_burden would take 300)."""
        if "_critical_pairs" not in self.__dict__:
            self.__dict__["_critical_pairs"] = has_critical(self.matrix.burden)
        critical: np.ndarray = self.__dict__["_critical_pairs"]
        return critical

    def _others(self, row: int, column: int) -> int:
        """The weighted burden of a pair's flags that do not protect the applicant, remembered: the
        reasons ask for the same pairs again and again (125 000 times on the national file)."""
        cache: dict[tuple[int, int], int] = self.__dict__.setdefault("_others_cache", {})
        if (row, column) not in cache:
            cache[row, column] = _weighted_others(self.matrix, row, column, self.settings)
        return cache[row, column]

    def _traded(self, other: int, column: int, chosen: int) -> str:
        """Why the plan passed over a higher-ranked applicant without a critical flag here (only
        flags that do not protect the applicant weigh against housing them: problem.own_burden)."""
        theirs = self._others(other, column)
        ours = self._others(chosen, column)
        if theirs > ours:
            return "planen valgte færre eller mildere varsler i boligen"
        return "å bosette søkeren ville gitt en dårligere plan for køen eller varslene samlet"


def _case_list(case_nos: list[str]) -> str:
    """Every one of them: the minutes quote the list whole (the view scrolls)."""
    return ", ".join(case_nos)


def _weighted_others(matrix: FlagMatrix, row: int, column: int, settings: PlanSettings) -> int:
    critical, warning, info = (int(v) for v in split_burden(np.array(matrix.burden[row, column])))
    total = critical * settings.critical_weight + warning * settings.warning_weight + info * settings.info_weight
    if not matrix.protective[row, column]:
        return total
    own = own_burden(matrix, matrix.protective[row:row + 1, column], matrix.lesser[row:row + 1, column], settings)
    return total - int(own[0])


def make_plan(matrix: FlagMatrix, settings: PlanSettings | None = None, locks: Sequence[Pair] = (),
              forbidden: Sequence[Pair] = (), progress: Progress | None = None) -> Plan:
    return Planner(matrix, settings, locks, forbidden).run(progress)

"""Use cases of the agenda planner: a plan for the open file, its comparison with strict queue
order, and putting its placements on a meeting's agenda as proposals.

The plan is advice. «Legg på sakslisten» adds each placement as a proposal (forslag); each is
still decided one by one in the meeting, with its own weighing (boligmote/planning).
"""
from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass

from ..domain import saved_id
from ..planning import Pair, PlanSettings
from ..planning.baselines import greedy
from ..planning.evaluation import Measures, measure
from ..planning.plan import Plan, Planner
from ..planning.problem import Problem
from ..planning.outcome import Progress
from ..rules.rule import plural
from .matching import Matching
from .meetings import MeetingError, Meetings


# What the planner weighs of placements made together (problem.find_interactions): a critical flag
# from any group is ruled out, but a warning or an info is priced two placements at a time — one
# household moved in beside one other; what three or more in one building add only together is
# seen when the plan is measured (this table), not while it is chosen.
INTERACTIONS_NOTE = ("Samspill: planen unngår kritiske varsler fra hele planen, men veier andre varsler fra "
                     "samspill to plasseringer om gangen; tabellen teller dem på hele planen.")


@dataclass
class Comparison:
    strict: Measures
    plan: Measures

    def rows(self) -> list[tuple[str, int, int]]:
        """(what, strict queue order, the plan), in bokmål, for a table or the minutes."""
        from ..domain import Priority

        s, p = self.strict, self.plan
        return [
            ("Bosatt, prioritert", s.housed[Priority.PRIORITIZED], p.housed[Priority.PRIORITIZED]),
            ("Bosatt, ikke prioritert", s.housed[Priority.NOT_PRIORITIZED], p.housed[Priority.NOT_PRIORITIZED]),
            ("Plasseringer med kritisk varsel", s.critical, p.critical),
            ("Advarsler", s.warnings, p.warnings),
            ("Varsler bare sett på hele planen (samspill)", s.interactions, p.interactions),
            ("Boliger der noen foran er forbigått", s.passed_over_units, p.passed_over_units),
            ("Forbigåtte søkere", s.passed_over, p.passed_over),
            ("Boliger uten plassering", s.vacant_left, p.vacant_left),
        ]


def planner(matching: Matching, settings: PlanSettings | None = None, locks: Sequence[Pair] = (),
            forbidden: Sequence[Pair] = (), reuse: Problem | None = None) -> Planner:
    """`reuse`: an earlier planner's problem (Planner.problem), so a lock or a forbidden pair
    only changes bounds."""
    return Planner(matching.matrix, settings, locks, forbidden, reuse)


def make_plan(matching: Matching, settings: PlanSettings | None = None, locks: Sequence[Pair] = (),
              forbidden: Sequence[Pair] = (), progress: Progress | None = None) -> Plan:
    return planner(matching, settings, locks, forbidden).run(progress)


def compare_with_strict_order(matching: Matching, plan: Plan) -> Comparison:
    """The meeting's usual way beside the plan: one unit at a time, the first in its ranking."""
    started = time.perf_counter()
    strict = greedy(matching.matrix, skip_critical=False)
    return Comparison(measure(matching.matrix, strict, time.perf_counter() - started), plan.measures)


def proposal_note(plan: Plan, case_no: str) -> str:
    """What the case's note (and so the minutes and the applicant's own case file) says about
    the plan. Other applicants are counted, never named: the plan's reasons name them beside
    flags such as «Rehabilitering nær aktiv rus», health data about them that does not belong in
    this applicant's record (fvl. § 13, DOMAIN §1); the plan's own view names them."""
    placement = next(p for p in plan.placements if p.case_no == case_no)
    lines = [(f"Ifølge fordelingsplanen ({plan.settings_version}) – et råd til møtet; saken avgjøres "
              "for seg med sin egen avveining."),
             *(line for line in placement.why if not line.startswith("Forbigått, "))]
    if placement.passed_over:
        lines.append(f"{plural(len(placement.passed_over), 'søker', 'søkere')} foran i rangeringen for boligen "
                     "får ingen bolig i planen; møtet må vurdere dem særskilt (planen viser hvorfor).")
    return "\n".join(lines)


def add_plan_to_agenda(meetings: Meetings, meeting_id: int, plan: Plan, prepared_by: str = "") -> tuple[int, list[str]]:
    """Each placement as a proposal on the agenda (applicant with the unit prepared). Returns how
    many were added and, for those that were not, why (in bokmål)."""
    existing = {c.case_no: c for c in meetings.cases(meeting_id)}
    added, skipped = 0, []
    for placement in plan.placements:
        note = proposal_note(plan, placement.case_no)
        try:
            case = existing.get(placement.case_no)
            if case is None:
                meetings.add_case(meeting_id, placement.case_no, placement.unit_id, prepared_by, notes=note)
            elif case.unit_id in (None, placement.unit_id):
                notes = (case.notes + "\n\n" + note).strip() if case.notes else note
                meetings.change_case(saved_id(case.id), unit_id=placement.unit_id, notes=notes)
            else:
                skipped.append(f"Sak {placement.case_no} står allerede på sakslisten med bolig {case.unit_id}.")
                continue
            added += 1
        except MeetingError as error:
            skipped.append(f"Sak {placement.case_no}: {error}")
    return added, skipped

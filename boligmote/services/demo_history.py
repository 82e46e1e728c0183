"""Synthetic history for the demo municipality (issue 17 item 6): about three years of
earlier allocation meetings, each placement with the flags shown at decision time and how the
tenancy went, so that a new user sees «Erfaringer med varslene» filled.

**THE EFFECT SIZES ARE INVENTED.** Nothing below is measured, and nothing here may be read as
what the research found: the model exists so the report has something to show. Whatever the
demo's report says about a rule, it says about these made-up numbers.

The model, seeded and deterministic (same seed and reference date, same history):

1. Meetings every four weeks, `HISTORY_MEETINGS` of them (about three years), the newest four weeks before the
   showcase meeting of demo_meetings.py — which stays the most recent signed meeting. The history
   meetings are *closed*, not signed: signing renders each meeting's minutes, which would cost
   the demo seconds per meeting (they can be signed in the app like any closed meeting).
2. Placements come from the estate the generator made: a share `PLACEMENT_SHARE` of the current
   tenancies that started within the history window is the placement of the meeting before the
   start (the household still lives there). For a share `ENDED_SHARE` of them the current
   household is instead the successor of a placement that ended: an earlier household moved in
   after an earlier meeting and left before it (an eviction, a move-out, or a transfer).
3. Flags are drawn, not computed: each rule has an invented chance for households it can concern
   (`_FLAG_CHANCES`: families for CHILDREN_ACTIVE_USE and SCHOOL_CHANGE, people in recovery for
   RECOVERY_NEAR_USE, and so on).
4. A poor outcome in the first year has the chance `_BASE_POOR` (+ `_HEAVY_NEED_POOR` for heavy
   needs) plus an invented amount for each flag shown (`_INVENTED_EFFECT`). Poor is incidents or
   arrears for a household that stayed, eviction or an unplanned move for one that left; good is
   stable, or a planned move or a transfer for one that left.
5. Follow-up points at 3, 6 and 12 months after move-in (the default setting), recorded a few days
   after they fell due; points not yet due stay open. A share `_NO_PROMISE_SHARE` of placements
   promised nothing and has no points: their outcome is not recorded, as in a real register.

The history is written in one change (one audit entry), after the showcase and planned meetings.
Beside the allocations, demo_statistics.py adds what «Årsstatistikk» counts (refusals, withdrawals,
deferrals, renewals, vacancy dates, measures for tenancies at risk) from a random stream of its own.
After it, demo_renewals.py adds two signed meetings on renewals (refusals and transfers among them),
made through the decision services.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from ..domain import Building, NeedCategory, ResidentHousehold, TenancyState
from ..domain.follow_up import add_months
from ..rules import RuleSettings
from ..rules.settings import defaults_edition
from ..store import Database
from ..store.demo_history import HistoryWriter
from ..store.rule_settings import RuleSettingsRepository
from .demo import DemoMunicipality
from .demo_meetings import ORGANISATIONS, PAST_MEETING_DAYS_AGO
from .demo_statistics import PastCases, add_at_risk_history

HISTORY_MEETINGS = 38  # every four weeks: about three years
MEETING_INTERVAL_DAYS = 28
PLACEMENT_SHARE = 0.6
ENDED_SHARE = 0.2
FOLLOW_UP_MONTHS = (3, 6, 12)
_NO_PROMISE_SHARE = 0.08

N = NeedCategory
_HEAVY = frozenset({N.ACTIVE_USE, N.SEVERE_MENTAL_ILLNESS, N.HIGH_FOLLOW_UP})
_VULNERABLE = frozenset({N.ELDERLY, N.INTELLECTUAL_DISABILITY, N.YOUNG_HOMELESS})

# INVENTED: the chance that a rule's flag was shown, for a household it can concern.
_FLAG_CHANCES = {
    "CHILDREN_ACTIVE_USE": 0.12, "RECOVERY_NEAR_USE": 0.25, "VULNERABLE_EXPOSED": 0.15, "CONCENTRATION": 0.30,
    "HOMOGENEOUS": 0.15, "RECENT_INCIDENTS": 0.25, "ONE_PERSON_TIPS": 0.18, "FAMILY_ELDERLY": 0.15,
    "COOPERATIVE_RULES": 0.25, "SIZE_MISMATCH": 0.08, "ACCESS_MISMATCH": 0.10, "FOLLOW_UP_MISSING": 0.45,
    "SCHOOL_CHANGE": 0.35, "MITIGATION": 0.35,
}
# INVENTED effect sizes: what a shown flag adds to the chance of a poor first year.
_BASE_POOR = 0.12
_HEAVY_NEED_POOR = 0.10
_INVENTED_EFFECT = {
    "CHILDREN_ACTIVE_USE": 0.10, "RECOVERY_NEAR_USE": 0.22, "VULNERABLE_EXPOSED": 0.06, "CONCENTRATION": 0.14,
    "HOMOGENEOUS": 0.04, "RECENT_INCIDENTS": 0.08, "ONE_PERSON_TIPS": 0.10, "FAMILY_ELDERLY": 0.0,
    "COOPERATIVE_RULES": 0.03, "SIZE_MISMATCH": 0.03, "ACCESS_MISMATCH": 0.02, "FOLLOW_UP_MISSING": 0.16,
    "SCHOOL_CHANGE": 0.0, "MITIGATION": -0.05,
}

_WEIGHING = ("Drøftet i møtet (demohistorikk). Oppfølging er avtalt før innflytting, og boligkontoret tar "
             "kontakt etter tre måneder.")
_PROMISE = "Booppfølging det første året; boligkontoret tar kontakt etter tre måneder (demohistorikk)."
_DONE = {
    TenancyState.STABLE: "Hjemmebesøk; husstanden har funnet seg til rette.",
    TenancyState.INCIDENTS: "Møte med husstanden etter klager fra naboene; tettere oppfølging avtalt.",
    TenancyState.ARREARS: "Husleierestanse; avtale om nedbetaling og kontakt med NAV.",
    TenancyState.EVICTED: "Leieforholdet ble avsluttet etter fravikelse.",
    TenancyState.MOVED_OUT: "Husstanden har flyttet ut.",
    TenancyState.TRANSFERRED: "Husstanden har fått en annen kommunal bolig som passer bedre.",
}


@dataclass
class _Placement:
    meeting: int  # index into the meeting dates
    unit_id: str
    household: tuple[Any, ...]  # household_type, adults, children_ages, needs, follow_up (JSON as stored)
    needs: frozenset[NeedCategory]
    children: tuple[Any, ...]
    moved_in: date
    lease_years: int
    tenancy_id: int | None  # the current tenancy, when the household stayed
    ended_on: date | None = None
    successor_start: date | None = None


def meeting_dates(today: date) -> list[date]:
    """Oldest first; the newest four weeks before the showcase meeting."""
    showcase = today - timedelta(days=PAST_MEETING_DAYS_AGO)
    return [showcase - timedelta(days=MEETING_INTERVAL_DAYS * k) for k in range(HISTORY_MEETINGS, 0, -1)]


def add_demo_history(database: Database, municipality: DemoMunicipality, seed: int) -> int:
    """Write the history; returns the number of placements."""
    rng = random.Random(seed * 15485863 + 29)
    today = municipality.reference_date
    dates = meeting_dates(today)
    writer = HistoryWriter(database)
    tenancy_of_unit = {t.unit_id: t for t in municipality.tenancies}
    building_of_unit = _buildings_by_unit(municipality)
    with_points = writer.tenancies_with_points()
    placements: list[_Placement] = []
    for tenancy_id, unit_id, start_text in writer.current_tenancies():
        start = date.fromisoformat(start_text)
        tenancy = tenancy_of_unit.get(unit_id)
        if tenancy is None or tenancy_id in with_points or tenancy.contract_start != start:
            continue  # the showcase meeting's own tenancies, and those with points added by hand
        if not dates[0] + timedelta(days=14) <= start <= dates[-1] + timedelta(days=35):
            continue
        if rng.random() >= PLACEMENT_SHARE:
            continue
        household = _household_row(tenancy)
        lease = max(1, round((tenancy.contract_end - start).days / 365.25)) if tenancy.contract_end else 3
        ended = rng.random() < ENDED_SHARE
        if ended:
            # An earlier household moved in 4–12 months before this one and left before it.
            earliest = start - timedelta(days=365)
            chosen = [i for i, d in enumerate(dates) if earliest <= d <= start - timedelta(days=150)]
            if chosen:
                index = rng.choice(chosen)
                moved_in = dates[index] + timedelta(days=rng.randint(14, 28))
                ended_on = moved_in + timedelta(days=rng.randint(60, max(60, (start - moved_in).days - 10)))
                placements.append(_Placement(index, unit_id, household, tenancy.needs, tenancy.children_ages,
                                             moved_in, lease, None, min(ended_on, start - timedelta(days=1)), start))
                continue
        index = max(i for i, d in enumerate(dates) if d <= start - timedelta(days=14))
        placements.append(_Placement(index, unit_id, household, tenancy.needs, tenancy.children_ages, start, lease,
                                     tenancy_id))

    settings = RuleSettings.defaults()
    digest, canonical = defaults_edition()
    names = _names(rng)
    # Refusals, withdrawals and deferrals beside the allocations, for «Årsstatistikk»: a random stream of
    # their own (demo_statistics.py), so every draw above and below stays as it was.
    past_cases = PastCases(seed, writer, _names(random.Random(seed * 7919 + 14)), today)
    districts = sorted({district for _, district in building_of_unit.values()})
    by_meeting: dict[int, list[_Placement]] = {}
    for placement in placements:
        by_meeting.setdefault(placement.meeting, []).append(placement)
    last_meeting = max(by_meeting, default=-1)
    points: list[tuple[Any, ...]] = []
    case_number = 0
    with database.transaction("demo", "meeting_history", "",
                              {"meetings": len(by_meeting), "placements": len(placements),
                               "note": "syntetisk historikk; effektstørrelsene er oppdiktet"}):
        RuleSettingsRepository(database).keep_defaults_edition(digest, canonical)
        staff = [(names(), "chair", ORGANISATIONS["housing"], 1), (names(), "secretary", ORGANISATIONS["housing"], 0),
                 (names(), "member", ORGANISATIONS["nav"], 1), (names(), "member", ORGANISATIONS["health"], 1),
                 (names(), "advisor", ORGANISATIONS["landlord"], 0)]
        for index in sorted(by_meeting):
            held_on = dates[index]
            meeting_id, participant_ids = writer.meeting(
                held_on.isoformat(), "Rådhuset, møterom Fjorden",
                datetime.combine(held_on, time(9)).isoformat(timespec="seconds"), staff)
            deciders = [pid for pid, person in zip(participant_ids, staff) if person[3]]
            applicants, rows, flags, members, cases, outcomes = [], [], [], [], [], []
            for position, placement in enumerate(by_meeting[index]):
                case_number += 1
                case_no = f"{held_on.year}/{70000 + case_number}"
                applicants.append(_applicant_row(rng, names(), case_no, placement, held_on,
                                                 building_of_unit[placement.unit_id][1]))
                shown = _draw_flags(rng, placement, building_of_unit[placement.unit_id])
                if placement.tenancy_id is not None:
                    tenancy_id = placement.tenancy_id
                else:
                    assert placement.ended_on is not None  # a household that did not stay has left
                    tenancy_id = writer.ended_tenancy(
                        placement.unit_id, placement.household, placement.moved_in.isoformat(),
                        add_months(placement.moved_in, 12 * placement.lease_years).isoformat(),
                        placement.ended_on.isoformat())
                decided_at = datetime.combine(held_on, time(9, 10)) + timedelta(minutes=8 * position)
                promised = rng.random() >= _NO_PROMISE_SHARE
                rows.append((meeting_id, case_no, placement.unit_id, (held_on + timedelta(days=30)).isoformat(),
                             placement.lease_years, _PROMISE if promised else "",
                             "Søkeren er kvalifisert og prioritert, og boligen passer husstanden (demohistorikk).",
                             "Kvalifisert og prioritert.", decided_at.isoformat(timespec="seconds"), tenancy_id,
                             digest, past_cases.vacant_from(held_on)))
                for rule in shown:
                    config = settings.rule(rule)
                    severity = str(getattr(config.severity, "value", config.severity))
                    flags.append((position, rule, severity, f"{config.title} (demohistorikk: varselet er trukket "
                                  "etter en modell, ikke regnet ut).", "stairwell", config.source,
                                  _WEIGHING if severity == "critical" else "", 1))
                members += [(position, pid) for pid in deciders]
                cases.append((meeting_id, case_no, placement.unit_id, staff[1][0], "Demohistorikk.", position))
                outcomes.append((tenancy_id, case_no, promised, _outcome(rng, placement, shown)))
            writer.applicants(applicants)
            first = writer.decisions(rows, flags, members, cases)
            past_cases.add(meeting_id, held_on, len(rows), deciders, staff[1][0], districts, index == last_meeting)
            writer.close(meeting_id, datetime.combine(held_on, time(12)).isoformat(timespec="seconds"))
            for offset, (tenancy_id, case_no, promised, outcome) in enumerate(outcomes):
                if promised:
                    points += _points(rng, by_meeting[index][offset], outcome, tenancy_id, case_no, first + offset,
                                      held_on, today, staff[1][0])
        writer.follow_up_points(points)
        add_at_risk_history(writer, seed, today)  # measures before the evictions and after the arrears recorded
    return len(placements)


def _buildings_by_unit(municipality: DemoMunicipality) -> dict[str, tuple[Any, ...]]:
    """unit id → (building, district)."""
    stairwell_building = {s.id: s.building_id for s in municipality.stairwells}
    buildings = {b.id: b for b in municipality.buildings}
    return {u.id: (buildings[stairwell_building[u.stairwell_id]],
                   buildings[stairwell_building[u.stairwell_id]].district) for u in municipality.units}


def _household_row(tenancy: ResidentHousehold) -> tuple[Any, ...]:
    return (tenancy.household_type.value, tenancy.adults, json.dumps(list(tenancy.children_ages)),
            json.dumps(sorted(n.value for n in tenancy.needs)), json.dumps(sorted(f.value for f in tenancy.follow_up)))


def _names(rng: random.Random) -> Callable[[], str]:
    import tomllib

    from ..paths import resource

    vocabulary = tomllib.loads(resource("demo", "seed.toml").read_text(encoding="utf-8"))
    return lambda: f"{rng.choice(vocabulary['first_names'])} {rng.choice(vocabulary['surnames'])}"


def _applicant_row(rng: random.Random, name: str, case_no: str, placement: _Placement, held_on: date, district: str) -> tuple[Any, ...]:
    household_type, adults, children, needs, follow_up = placement.household
    return (case_no, name, household_type, adults, children, 1, rng.choice(["homeless", "at_risk", "unsuitable"]),
            "prioritert", (held_on - timedelta(days=rng.randint(40, 500))).isoformat(), needs, follow_up, district, 1)


def _concerns(rule: str, placement: _Placement, building: Building) -> bool:
    """Whether the rule's flag could be shown for this household and building (the model's step 3)."""
    needs, children = placement.needs, placement.children
    heavy = bool(needs & _HEAVY)
    return {
        "CHILDREN_ACTIVE_USE": bool(children) or N.ACTIVE_USE in needs,
        "RECOVERY_NEAR_USE": bool(needs & {N.IN_TREATMENT, N.FORMER_USE}),
        "VULNERABLE_EXPOSED": bool(needs & _VULNERABLE) or bool(children),
        "CONCENTRATION": heavy,
        "FAMILY_ELDERLY": any(a < 7 for a in children),
        "COOPERATIVE_RULES": building.ownership.value == "innskutt" and bool(needs & {N.ACTIVE_USE, N.DISTURBANCE}),
        "ACCESS_MISMATCH": N.ELDERLY in needs,
        "FOLLOW_UP_MISSING": heavy,
        "SCHOOL_CHANGE": any(6 <= a < 16 for a in children),
        "MITIGATION": bool(building.presence),
    }.get(rule, True)


def _draw_flags(rng: random.Random, placement: _Placement, building_and_district: tuple[Any, ...]) -> list[str]:
    building = building_and_district[0]
    return [rule for rule, chance in _FLAG_CHANCES.items()
            if _concerns(rule, placement, building) and rng.random() < chance]


def _outcome(rng: random.Random, placement: _Placement, shown: list[str]) -> tuple[TenancyState, bool | None]:
    """The first year's outcome (the model's step 4): the state recorded, and for a move-out
    whether it was planned."""
    chance = _BASE_POOR + (_HEAVY_NEED_POOR if placement.needs & _HEAVY else 0.0)
    chance += sum(_INVENTED_EFFECT[rule] for rule in shown)
    poor = rng.random() < min(0.85, max(0.02, chance))
    if placement.ended_on is None:
        if not poor:
            return TenancyState.STABLE, None
        return (TenancyState.INCIDENTS if rng.random() < 0.55 else TenancyState.ARREARS), None
    if poor:
        return (TenancyState.EVICTED, None) if rng.random() < 0.4 else (TenancyState.MOVED_OUT, False)
    return (TenancyState.MOVED_OUT, True) if rng.random() < 0.6 else (TenancyState.TRANSFERRED, None)


def _points(rng: random.Random, placement: _Placement, outcome: tuple[TenancyState, bool | None],
            tenancy_id: int, case_no: str, decision_id: int, held_on: date,
            today: date, secretary: str) -> list[tuple[Any, ...]]:
    """Points at 3, 6 and 12 months; recorded when due. A household that stayed with a poor year
    shows it from a random point on; one that left shows it at the first point after it left."""
    state, planned = outcome
    created_at = datetime.combine(held_on, time(11)).isoformat(timespec="seconds")
    trouble_from = rng.randrange(len(FOLLOW_UP_MONTHS))
    rows: list[tuple[Any, ...]] = []
    for number, months in enumerate(FOLLOW_UP_MONTHS):
        due = add_months(placement.moved_in, months)
        recorded, move = TenancyState.STABLE, None
        if placement.ended_on is not None and due >= placement.ended_on:
            recorded, move = state, planned
        elif placement.ended_on is None and state is not TenancyState.STABLE and number >= trouble_from:
            recorded = state
        done_on = due + timedelta(days=rng.randint(0, 9))
        if due > today:
            rows.append((tenancy_id, due.isoformat(), _PROMISE, decision_id, case_no, created_at, secretary,
                         None, None, None, None, None))
        else:
            rows.append((tenancy_id, due.isoformat(), _PROMISE, decision_id, case_no, created_at, secretary,
                         min(done_on, today).isoformat(), secretary, _DONE[recorded], recorded.value,
                         None if move is None else int(move)))
        if placement.ended_on is not None and due >= placement.ended_on:
            break  # the tenancy is over: no later points
    return rows

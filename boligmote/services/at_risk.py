"""Leieforhold i risiko (issue 17 item 4): the tenancies the landlord's ledger marks, and the
measures the meeting decides for them.

A tenancy is at risk when its latest arrears balance reaches the setting «Restanse som gir
risiko» (default 5 000 kr) or the ledger has a warning — varsel om oppsigelse, begjæring om
fravikelse — within «Varsler teller i» months (default 12). The measures are the ones the
eviction-prevention circular names: a talk with the tenant first (004 l.1843–1844), telling
the social services (NAV) when it goes on (004 l.1867–1869), economic and debt counselling
(004 l.1074–1100) and follow-up in the home (004 l.1848–1850, 1102–1126). A decision records
who decided what and when, the ledger as it stood, and may cite the tenancy's cooperation
plan; it is frozen once recorded (m0010), like a done follow-up point.

A measure is an internal decision («beslutning (internt)»), not an enkeltvedtak: it decides
what the office does, not a tenant's rights (forvaltningsloven § 2). It is made in a meeting by
its members with decision authority (chosen, never typed: DOMAIN.md §1), on the meeting's day —
never in a meeting still ahead —, and appears in that meeting's minutes. Telling NAV needs the
tenant's consent, or the tenant is asked to contact NAV themselves (004 l.1822–1839). Measures
have someone to carry them out and a deadline, which becomes a follow-up point (m0012).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from ..domain import AtRiskMeasure, HouseholdType, LedgerEntryKind, NavBasis, ResidentHousehold
from ..domain.at_risk import AtRiskCase, AtRiskDecision, AtRiskTenancy
from ..domain.follow_up import FollowUpPoint, add_months
from ..domain.meetings import decided_too_early
from ..domain.limits import TextRefused, check_text
from ..store import Database, RecordNotFound
from ..store.at_risk import AtRiskRepository, CooperationPlanRepository, LedgerRepository
from ..store.follow_up import FollowUpRepository
from ..text import household_words
from .meeting_settings import load_meeting_settings
from .meetings import MeetingError, require_writable
from .record_text import refused_sentence, text_problem
from ..words import Phrase, message_of


class AtRiskError(MeetingError):
    """A decision on a tenancy at risk cannot be recorded as asked; the message is for the user."""


@dataclass(frozen=True)
class AtRiskList:
    items: tuple[AtRiskTenancy, ...]
    today: date
    arrears_from: int  # kroner
    warnings_since: date

    @property
    def undecided(self) -> int:
        """How many have news in the ledger the meeting has not decided on yet."""
        return sum(not item.decided_since_ledger for item in self.items)


def warnings_since(database: Database, today: date) -> date:
    return add_months(today, -load_meeting_settings(database).value("at_risk", "warning_months"))


def tenancies_at_risk(database: Database, today: date) -> AtRiskList:
    """Current tenancies at risk: those the meeting has not decided on since the ledger's latest
    news first, then the most serious (a petition for eviction, then the largest arrears)."""
    settings = load_meeting_settings(database)
    arrears_from = settings.value("at_risk", "arrears_from")
    since = add_months(today, -settings.value("at_risk", "warning_months"))
    items = [AtRiskTenancy(tenancy_id, unit_id, address, label, district, _household(htype, adults, children), rent,
                           amount, amount_on, warning, warning_on, decision, plan, previous)
             for (tenancy_id, unit_id, htype, adults, children, address, label, district, rent, amount, amount_on,
                  warning, warning_on, decision, plan, previous)
             in AtRiskRepository(database).at_risk(arrears_from, since, today)]
    items.sort(key=lambda i: (i.decided_since_ledger, i.warning is not LedgerEntryKind.EVICTION_PETITION,
                              i.warning is None, -(i.arrears or 0), i.address, i.unit_id))
    return AtRiskList(tuple(items), today, arrears_from, since)


@lru_cache(maxsize=512)
def _household(household_type: str, adults: int, children_ages: str) -> str:
    """The household in words, once per distinct household (a long list repeats the same few)."""
    return household_words(ResidentHousehold(None, "", HouseholdType(household_type), adults,
                                             tuple(json.loads(children_ages))))


def deciders_of(database: Database, meeting_id: int) -> list[tuple[int, str]]:
    """(participant id, name): the meeting's members with decision authority who are present —
    whom «who decided» is chosen from."""
    return AtRiskRepository(database).deciders(meeting_id)


def record_at_risk_decision(database: Database, tenancy_id: int, measures: Iterable[AtRiskMeasure], note: str, *,
                            meeting_id: int, deciders: Iterable[int], plan_id: int | None = None,
                            nav_basis: NavBasis | None = None, owner: str = "", due_on: date | None = None,
                            today: date | None = None) -> AtRiskDecision:
    """Record what the meeting decided (one audited change); AtRiskError before anything is written.

    `note` says what exactly is to be done and why, as a sentence; with no measure ticked it says
    why none is needed (the arrears are paid, a payment plan is in place). `deciders` are
    participant ids of the meeting's members with decision authority; the decision carries the
    meeting's date. With measures, `owner` carries them out by `due_on`, a follow-up point."""
    require_writable(database)
    measures = frozenset(measures)
    today = today or date.today()
    repository, ledger = AtRiskRepository(database), LedgerRepository(database)
    meeting = repository.meeting_day(meeting_id)
    if meeting is None:
        raise AtRiskError(Phrase("errors.at_risk.no_meeting", meeting=meeting_id))
    status, held_on, started_at = meeting
    if status == "signed":  # what a signed meeting decided is fixed; this is not in its minutes
        raise AtRiskError(Phrase("errors.at_risk.signed", meeting=meeting_id))
    if held_on > today:
        raise AtRiskError(Phrase("errors.at_risk.before_meeting", date=f"{held_on:%d.%m.%Y}"))
    # The decision is stamped now, whatever `today` the caller gave: never before the meeting's day, nor
    # before it was started (a meeting not yet started decides on its day, as before).
    recorded_at = datetime.now().replace(microsecond=0)
    if too_early := decided_too_early(held_on, started_at, recorded_at, kind="measure"):
        raise AtRiskError(too_early)
    allowed = dict(repository.deciders(meeting_id))
    chosen = sorted(set(deciders))
    if not chosen:
        raise AtRiskError(Phrase("errors.at_risk.deciders"))
    if stray := [p for p in chosen if p not in allowed]:
        raise AtRiskError(Phrase("errors.at_risk.not_a_decider", participants=", ".join(map(str, stray))))
    if (AtRiskMeasure.NAV in measures) != (nav_basis is not None):
        raise AtRiskError(Phrase("errors.at_risk.nav_basis" if nav_basis is None else "errors.at_risk.nav_only"))
    owner = " ".join(_checked("decided_by", owner).split())
    if measures and (not owner or due_on is None):
        raise AtRiskError(Phrase("errors.at_risk.owner_and_deadline"))
    if due_on is not None and due_on < held_on:
        raise AtRiskError(Phrase("errors.at_risk.deadline_before_meeting"))
    settings = load_meeting_settings(database)
    if problem := text_problem(Phrase("fields.what_to_do"), note, settings.min_characters, settings.min_words):
        raise AtRiskError(problem)
    note = _checked("notes", note).strip()
    decided_by = ", ".join(allowed[p] for p in chosen)
    since = add_months(held_on, -settings.value("at_risk", "warning_months"))
    with database.transaction("at_risk_decision", "tenancy", str(tenancy_id), {
            "measures": sorted(m.value for m in measures), "decided_on": held_on.isoformat(),
            "deciders": chosen, "meeting_id": meeting_id, "plan_id": plan_id,
            "nav_basis": nav_basis.value if nav_basis else None, "owner": owner,
            "due_on": due_on.isoformat() if due_on else None}):
        if not repository.tenancy_is_current(tenancy_id):
            raise AtRiskError(Phrase("errors.tenancy_gone", tenancy=tenancy_id))
        if plan_id is not None:
            try:
                plan = CooperationPlanRepository(database).get(plan_id)
            except RecordNotFound as error:
                raise AtRiskError(message_of(error)) from None
            if plan.tenancy_id != tenancy_id:
                raise AtRiskError(Phrase("errors.at_risk.other_plan", plan=plan_id))
        arrears, arrears_on, warning, warning_on = ledger.standing(tenancy_id, since)
        decision = AtRiskDecision(None, tenancy_id, held_on, decided_by, measures, note, meeting_id, plan_id,
                                  arrears, arrears_on, LedgerEntryKind(warning) if warning else None, warning_on,
                                  nav_basis=nav_basis, owner=owner if measures else "",
                                  due_on=due_on if measures else None, decider_ids=tuple(chosen))
        decision_id = repository.add_decision(decision, recorded_at, database.actor)
        if measures and due_on is not None:
            # The deadline is a promise like a decision's conditions: on the follow-up list when due.
            promised = f"{decision.measures_text[:1].upper()}{decision.measures_text[1:]} (ansvarlig: {owner}): {note}"
            FollowUpRepository(database).add_at_risk(FollowUpPoint(None, tenancy_id, due_on, promised[:4000]),
                                                     decision_id, recorded_at, database.actor)
    return repository.decision(decision_id)


def latest_arrears(database: Database) -> dict[int, tuple[int | None, date]]:
    """tenancy id → (latest arrears balance, its day) for current tenancies the ledger knows."""
    return AtRiskRepository(database).latest_arrears()


def decisions_for(database: Database, tenancy_id: int) -> list[AtRiskDecision]:
    """What the meetings decided for this tenancy, newest first."""
    return AtRiskRepository(database).decisions_for(tenancy_id)


def cases_in_meeting(database: Database, meeting_id: int) -> list[AtRiskCase]:
    """The measures a meeting decided on tenancies at risk, for its minutes (issue 17 item 7)."""
    return [AtRiskCase(decision, unit_id, address, label, _household(htype, adults, children),
                       ResidentHousehold(decision.tenancy_id, unit_id, HouseholdType(htype), adults,
                                         tuple(json.loads(children))))
            for decision, unit_id, address, label, htype, adults, children
            in AtRiskRepository(database).cases_in_meeting(meeting_id)]


def decisions_in_meeting(database: Database, meeting_id: int) -> list[AtRiskDecision]:
    """The measures a meeting decided on tenancies at risk (for its minutes and agenda)."""
    return AtRiskRepository(database).decisions_in_meeting(meeting_id)


def _checked(field: str, text: str) -> str:
    try:
        return check_text(field, text)
    except TextRefused as refused:
        raise AtRiskError(refused_sentence(refused)) from None



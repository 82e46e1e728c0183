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
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from ..domain import AtRiskMeasure, HouseholdType, LedgerEntryKind, ResidentHousehold
from ..domain.at_risk import AtRiskDecision, AtRiskTenancy
from ..domain.follow_up import add_months
from ..domain.limits import TextRefused, check_text
from ..store import Database, RecordNotFound
from ..store.at_risk import AtRiskRepository, CooperationPlanRepository, LedgerRepository
from ..text import household_words
from .meeting_settings import load_meeting_settings
from .meetings import MeetingError, require_writable
from .record_text import text_problem


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
                           amount, amount_on, warning, warning_on, decision, plan)
             for (tenancy_id, unit_id, htype, adults, children, address, label, district, rent, amount, amount_on,
                  warning, warning_on, decision, plan) in AtRiskRepository(database).at_risk(arrears_from, since)]
    items.sort(key=lambda i: (i.decided_since_ledger, i.warning is not LedgerEntryKind.EVICTION_PETITION,
                              i.warning is None, -(i.arrears or 0), i.address, i.unit_id))
    return AtRiskList(tuple(items), today, arrears_from, since)


@lru_cache(maxsize=512)
def _household(household_type: str, adults: int, children_ages: str) -> str:
    """The household in words, once per distinct household (a long list repeats the same few)."""
    return household_words(ResidentHousehold(None, "", HouseholdType(household_type), adults,
                                             tuple(json.loads(children_ages))))


def record_at_risk_decision(database: Database, tenancy_id: int, measures: Iterable[AtRiskMeasure], note: str,
                            decided_by: str, decided_on: date | None = None, *, meeting_id: int | None = None,
                            plan_id: int | None = None) -> AtRiskDecision:
    """Record what the meeting decided (one audited change); AtRiskError before anything is written.

    `note` says what exactly is to be done and why, as a sentence; with no measure ticked it says
    why none is needed (the arrears are paid, a payment plan is in place)."""
    require_writable(database)
    measures = frozenset(measures)
    decided_on = decided_on or date.today()
    if decided_on > date.today():
        raise AtRiskError("Vedtaksdatoen kan ikke være fram i tid.")
    decided_by = _one_line("decided_by", decided_by, "Hvem som vedtok tiltakene")
    settings = load_meeting_settings(database)
    if problem := text_problem("Hva som skal gjøres", note, settings.min_characters, settings.min_words):
        raise AtRiskError(problem)
    note = _checked("notes", note).strip()
    repository, ledger = AtRiskRepository(database), LedgerRepository(database)
    since = add_months(decided_on, -settings.value("at_risk", "warning_months"))
    with database.transaction("at_risk_decision", "tenancy", str(tenancy_id), {
            "measures": sorted(m.value for m in measures), "decided_on": decided_on.isoformat(),
            "decided_by": decided_by, "meeting_id": meeting_id, "plan_id": plan_id}):
        if not repository.tenancy_is_current(tenancy_id):
            raise AtRiskError(f"Leieforhold nr. {tenancy_id} finnes ikke eller er avsluttet.")
        if meeting_id is not None:
            status = repository.meeting_status(meeting_id)
            if status is None:
                raise AtRiskError(f"Møte nr. {meeting_id} finnes ikke.")
            if status == "signed":  # what a signed meeting decided is fixed; this is not in its minutes
                raise AtRiskError(f"Møte nr. {meeting_id} er signert; et vedtak kan ikke føres i det etterpå.")
        if plan_id is not None:
            try:
                plan = CooperationPlanRepository(database).get(plan_id)
            except RecordNotFound as error:
                raise AtRiskError(str(error)) from None
            if plan.tenancy_id != tenancy_id:
                raise AtRiskError(f"Samarbeidsplan nr. {plan_id} hører til et annet leieforhold.")
        arrears, arrears_on, warning, warning_on = ledger.standing(tenancy_id, since)
        decision = AtRiskDecision(None, tenancy_id, decided_on, decided_by, measures, note, meeting_id, plan_id,
                                  arrears, arrears_on, LedgerEntryKind(warning) if warning else None, warning_on)
        decision_id = repository.add_decision(decision, datetime.now().replace(microsecond=0), database.actor)
    return repository.decision(decision_id)


def latest_arrears(database: Database) -> dict[int, tuple[int | None, date]]:
    """tenancy id → (latest arrears balance, its day) for current tenancies the ledger knows."""
    return AtRiskRepository(database).latest_arrears()


def decisions_for(database: Database, tenancy_id: int) -> list[AtRiskDecision]:
    """What the meetings decided for this tenancy, newest first."""
    return AtRiskRepository(database).decisions_for(tenancy_id)


def decisions_in_meeting(database: Database, meeting_id: int) -> list[AtRiskDecision]:
    """The measures a meeting decided on tenancies at risk (for its minutes and agenda)."""
    return AtRiskRepository(database).decisions_in_meeting(meeting_id)


def _checked(field: str, text: str) -> str:
    try:
        return check_text(field, text)
    except TextRefused as refused:
        raise AtRiskError(f"{str(refused)[:1].upper()}{str(refused)[1:]}.") from None


def _one_line(field: str, text: str, label: str) -> str:
    text = " ".join(_checked(field, text).split())
    if not text:
        raise AtRiskError(f"{label} mangler.")
    return text

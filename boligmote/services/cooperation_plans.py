"""Samarbeidsplaner (issue 17 item 5): a cooperation plan per tenancy, its review and its end.

The circular (004 l.1555–1584) describes the plan between the municipality and the tenant:
it makes roles and expectations visible and what the parties work on together, simple and
concrete with realistic goals, a supplement to the lease (never the lease itself), built on
trust, time-limited and voluntary, and renewed when its goals are reached. So a plan here
has at least two parties, its goals and measures, the day it was agreed and a review date;
what was agreed never changes (a changed plan is a new plan), the review date moves when the
plan is reviewed, and it ends as completed (goals reached) or ended (the tenant withdrew,
moved, or it no longer fits). Each step is one audited change.

The tenant is always a party, and the plan records that they agreed — in writing or orally, and
when (004 l.1559–1582: voluntary, made with the tenant; the municipal lawyer's review, m0012).

A renewal or allocation decision may cite the tenancy's plan (`cite_plan`), e.g. «renewed on
the condition that the plan is followed» (004 l.1567–1569).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

from ..domain import PlanAgreement, PlanStatus
from ..domain.at_risk import CooperationPlan
from ..domain.limits import TextRefused, check_text
from ..store import Database, RecordNotFound
from ..store.at_risk import AtRiskRepository, CooperationPlanRepository
from .meeting_settings import load_meeting_settings
from .meetings import MeetingError, require_writable
from .record_text import refused_sentence, text_problem
from ..words import Phrase, message_of


class PlanError(MeetingError):
    """A cooperation plan cannot be made or changed as asked; the message is for the user."""


def create_plan(database: Database, tenancy_id: int, parties: Iterable[str], measures: str, review_on: date,
                goals: str = "", agreed_on: date | None = None, *, tenant_agreement: PlanAgreement | None,
                tenant_party: str = "Leietakeren", tenant_agreed_on: date | None = None) -> CooperationPlan:
    """A new active plan for a current tenancy that has none active (one audited change).

    `tenant_party` names the tenant among the parties (added when the list lacks it);
    `tenant_agreement` how they agreed, on `tenant_agreed_on` (default: the day it was agreed)."""
    require_writable(database)
    agreed_on = agreed_on or date.today()
    if agreed_on > date.today():
        raise PlanError(Phrase("errors.plan.agreed_future"))
    tenant_party = " ".join(_checked("party", tenant_party).split())
    if not tenant_party:
        raise PlanError(Phrase("errors.plan.tenant_party"))

    if review_on < agreed_on:
        raise PlanError(Phrase("errors.plan.review_before_agreed"))
    cleaned: list[str] = [tenant_party]
    for party in parties:
        party = " ".join(_checked("party", party).split())
        if party and party.casefold() not in {p.casefold() for p in cleaned}:
            cleaned.append(party)
    if len(cleaned) < 2:
        raise PlanError(Phrase("errors.plan.parties"))
    if tenant_agreement is None:
        raise PlanError(Phrase("errors.plan.tenant_agreement"))
    tenant_agreed_on = tenant_agreed_on or agreed_on
    if tenant_agreed_on > date.today():
        raise PlanError(Phrase("errors.plan.tenant_agreed_future"))
    settings = load_meeting_settings(database)
    if problem := text_problem(Phrase("fields.plan.measures"), measures, settings.min_characters, settings.min_words):
        raise PlanError(problem)
    measures, goals = _checked("plan_text", measures).strip(), _checked("plan_text", goals).strip()
    repository = CooperationPlanRepository(database)
    plan = CooperationPlan(None, tenancy_id, tuple(cleaned), goals, measures, agreed_on, review_on,
                           tenant_party=tenant_party, tenant_agreed_on=tenant_agreed_on,
                           tenant_agreement=tenant_agreement)
    with database.transaction("add", "cooperation_plan", str(tenancy_id),
                              {"parties": len(cleaned), "agreed_on": agreed_on.isoformat(),
                               "review_on": review_on.isoformat(), "tenant_agreement": tenant_agreement.value,
                               "tenant_agreed_on": tenant_agreed_on.isoformat()}):
        if not AtRiskRepository(database).tenancy_is_current(tenancy_id):
            raise PlanError(Phrase("errors.tenancy_gone", tenancy=tenancy_id))
        if any(p.active for p in repository.for_tenancy(tenancy_id)):
            raise PlanError(Phrase("errors.plan.already_active"))
        plan_id = repository.add(plan, datetime.now().replace(microsecond=0), database.actor)
    return repository.get(plan_id)


def review_plan(database: Database, plan_id: int, next_review_on: date, note: str,
                reviewed_on: date | None = None) -> CooperationPlan:
    """The plan was reviewed and goes on: the next review date (the note goes to the audit log)."""
    require_writable(database)
    reviewed_on = reviewed_on or date.today()
    if reviewed_on > date.today():
        raise PlanError(Phrase("errors.plan.review_future"))
    if next_review_on <= reviewed_on:
        raise PlanError(Phrase("errors.plan.next_review"))
    note = _sentence(Phrase("fields.plan.review"), note, database)
    repository = CooperationPlanRepository(database)
    plan = _get(repository, plan_id)
    with database.transaction("review", "cooperation_plan", str(plan_id),
                              {"reviewed_on": reviewed_on.isoformat(), "review_on": next_review_on.isoformat(),
                               "note": note}):
        _update(lambda: repository.reviewed(plan_id, reviewed_on, next_review_on), plan)
    return repository.get(plan_id)


def close_plan(database: Database, plan_id: int, status: PlanStatus, note: str,
               closed_on: date | None = None) -> CooperationPlan:
    """End the plan as completed (goals reached) or ended; it is frozen from then on."""
    require_writable(database)
    if status is PlanStatus.ACTIVE:
        raise PlanError(Phrase("errors.plan.close_status"))
    closed_on = closed_on or date.today()
    if closed_on > date.today():
        raise PlanError(Phrase("errors.plan.closed_future"))
    note = _sentence(Phrase("fields.plan.close"), note, database)
    repository = CooperationPlanRepository(database)
    plan = _get(repository, plan_id)
    if closed_on < plan.agreed_on:
        raise PlanError(Phrase("errors.plan.closed_before_agreed", date=f"{plan.agreed_on:%d.%m.%Y}"))
    with database.transaction("close", "cooperation_plan", str(plan_id),
                              {"status": status.value, "closed_on": closed_on.isoformat()}):
        _update(lambda: repository.close(plan_id, status, closed_on, database.actor, note), plan)
    return repository.get(plan_id)


def cite_plan(database: Database, decision_id: int, plan_id: int) -> None:
    """A decision cites a cooperation plan of the tenancy it concerns (refused once its meeting is signed)."""
    require_writable(database)
    repository = CooperationPlanRepository(database)
    plan = _get(repository, plan_id)
    exists, tenancy_id = repository.decision_tenancy(decision_id)
    if not exists:
        raise PlanError(Phrase("errors.plan.no_decision", decision=decision_id))
    if tenancy_id is not None and tenancy_id != plan.tenancy_id:
        raise PlanError(Phrase("errors.plan.other_tenancy", plan=plan_id))
    with database.transaction("cite", "cooperation_plan", str(plan_id), {"decision_id": decision_id}):
        repository.cite(decision_id, plan_id)


def plans_for(database: Database, tenancy_id: int) -> list[CooperationPlan]:
    """The tenancy's plans, the active one first."""
    return CooperationPlanRepository(database).for_tenancy(tenancy_id)


def active_plans(database: Database) -> dict[int, CooperationPlan]:
    """tenancy id → its active plan (the renewal and at-risk lists show it beside each case)."""
    return CooperationPlanRepository(database).active()


def plans_cited_by(database: Database, decision_id: int) -> list[CooperationPlan]:
    return CooperationPlanRepository(database).cited_by(decision_id)


def _get(repository: CooperationPlanRepository, plan_id: int) -> CooperationPlan:
    try:
        plan = repository.get(plan_id)
    except RecordNotFound as error:
        raise PlanError(message_of(error)) from None
    return plan


def _update(change: Callable[[], object], plan: CooperationPlan) -> None:
    if not plan.active:
        raise PlanError(Phrase("errors.plan.frozen", status=plan.status))
    try:
        change()
    except RecordNotFound as error:
        raise PlanError(message_of(error)) from None


def _sentence(label: str, text: str, database: Database) -> str:
    settings = load_meeting_settings(database)
    if problem := text_problem(label, text, settings.min_characters, settings.min_words):
        raise PlanError(problem)
    return _checked("plan_text", text).strip()


def _checked(field: str, text: str) -> str:
    try:
        return check_text(field, text)
    except TextRefused as refused:
        raise PlanError(refused_sentence(refused)) from None


__all__ = ["PlanError", "active_plans", "cite_plan", "close_plan", "create_plan", "plans_cited_by",
           "plans_for", "review_plan"]

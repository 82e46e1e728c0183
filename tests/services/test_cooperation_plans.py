"""Cooperation plans (samarbeidsplan, issue 17 item 5): made, reviewed and ended per tenancy, what
was agreed never rewritten, cited by decisions and by decisions on tenancies at risk."""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from boligmote.domain import AtRiskMeasure, Outcome, PlanAgreement, PlanStatus
from boligmote.services.at_risk import AtRiskError, tenancies_at_risk
from boligmote.services.cooperation_plans import (
    PlanError,
    active_plans,
    cite_plan,
    close_plan,
    create_plan,
    plans_cited_by,
    plans_for,
    review_plan,
)
from boligmote.services.decisions import Decisions
from boligmote.services.decision_draft import DecisionDraft
from boligmote.services.meetings import MeetingError
from boligmote.store import StoreError

from .test_at_risk import _fresh_tenancies, decide
from .test_import_fuzz import content_digest
from .test_meetings import lawful
from .test_meetings_decisions import _allocate, _started

PARTIES = ["Leietakeren", "Boligkontoret", "NAV Eksempelvik"]
WRITTEN = PlanAgreement.WRITTEN
MEASURES = "Husleien trekkes fra stønaden; booppfølging annenhver uke det første halvåret."
GOALS = "Leieavtalen fornyes om samarbeidet går greit."


def test_a_plan_is_made_reviewed_and_completed_and_then_frozen(demo_db, reference_date):
    [(tenancy_id, _unit)] = _fresh_tenancies(demo_db, 1)
    agreed = date.today() - timedelta(days=30)
    plan = create_plan(demo_db, tenancy_id, PARTIES + ["nav eksempelvik", " "], MEASURES, agreed + timedelta(days=60),
                       GOALS, agreed, tenant_agreement=WRITTEN)
    assert plan.parties == tuple(PARTIES) and plan.status is PlanStatus.ACTIVE  # blank and repeated party dropped
    assert (plan.measures, plan.goals, plan.created_by) == (MEASURES, GOALS, demo_db.actor)
    assert active_plans(demo_db)[tenancy_id] == plan

    reviewed = review_plan(demo_db, plan.id, date.today() + timedelta(days=90),
                           "Husleien er betalt hver måned siden planen ble laget.")
    assert (reviewed.reviewed_on, reviewed.review_on) == (date.today(), date.today() + timedelta(days=90))
    assert demo_db.scalar("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "review"

    closed = close_plan(demo_db, plan.id, PlanStatus.COMPLETED, "Målene er nådd, og leieavtalen ble fornyet.")
    assert (closed.status, closed.closed_on, closed.closed_by) == (PlanStatus.COMPLETED, date.today(), demo_db.actor)
    assert tenancy_id not in active_plans(demo_db)
    with pytest.raises(PlanError, match="fullført"):
        review_plan(demo_db, plan.id, date.today() + timedelta(days=200), "Ny gjennomgang etter at planen er slutt.")
    for statement in ("UPDATE cooperation_plans SET status = 'active', closed_on = NULL, closed_by = NULL, "
                      "closing_note = NULL WHERE id = ?",
                      "UPDATE cooperation_plans SET review_on = '2030-01-01' WHERE id = ?",
                      "DELETE FROM cooperation_plans WHERE id = ?"):
        with pytest.raises(sqlite3.IntegrityError):
            demo_db.conn.execute(statement, (plan.id,))
    # a new plan may follow the completed one
    again = create_plan(demo_db, tenancy_id, PARTIES[:2], MEASURES, date.today() + timedelta(days=30), tenant_agreement=WRITTEN)
    assert [p.id for p in plans_for(demo_db, tenancy_id)] == [again.id, plan.id]


def test_what_was_agreed_cannot_be_rewritten_even_while_the_plan_is_active(demo_db):
    [(tenancy_id, _unit)] = _fresh_tenancies(demo_db, 1)
    plan = create_plan(demo_db, tenancy_id, PARTIES, MEASURES, date.today() + timedelta(days=60), tenant_agreement=WRITTEN)
    for statement in ("UPDATE cooperation_plans SET measures = 'Noe annet enn det som ble avtalt.' WHERE id = ?",
                      "UPDATE cooperation_plans SET parties = '[\"A\", \"B\"]' WHERE id = ?"):
        with pytest.raises(sqlite3.IntegrityError):
            demo_db.conn.execute(statement, (plan.id,))
    with pytest.raises(PlanError, match="allerede en aktiv"):
        create_plan(demo_db, tenancy_id, PARTIES, MEASURES, date.today() + timedelta(days=60), tenant_agreement=WRITTEN)


@pytest.mark.parametrize("change, message", [
    (dict(parties=["Leietakeren"]), "minst to parter"),
    (dict(measures="Ja."), "hel setning"),
    # dates as days from the day the test runs, not the day it was collected (a run across midnight)
    (dict(review_on=-400), "før planen ble avtalt"),
    (dict(agreed_on=1), "fram i tid"),
    (dict(tenancy_id=10**9), "finnes ikke"),
])
def test_a_plan_that_cannot_stand_is_refused_and_nothing_is_written(demo_db, change, message):
    [(tenancy_id, _unit)] = _fresh_tenancies(demo_db, 1)
    change = {key: date.today() + timedelta(days=value) if key.endswith("_on") else value
              for key, value in change.items()}
    arguments = dict(tenancy_id=tenancy_id, parties=PARTIES, measures=MEASURES,
                     review_on=date.today() + timedelta(days=60), tenant_agreement=WRITTEN) | change
    before = content_digest(demo_db)
    with pytest.raises(PlanError, match=message):
        create_plan(demo_db, **arguments)
    assert content_digest(demo_db) == before


def test_a_plan_ends_only_as_completed_or_ended_with_a_reason(demo_db):
    [(tenancy_id, _unit)] = _fresh_tenancies(demo_db, 1)
    plan = create_plan(demo_db, tenancy_id, PARTIES, MEASURES, date.today() + timedelta(days=60), tenant_agreement=WRITTEN)
    with pytest.raises(PlanError, match="fullført eller avsluttet"):
        close_plan(demo_db, plan.id, PlanStatus.ACTIVE, "Leietakeren ønsker ikke lenger samarbeid.")
    with pytest.raises(PlanError, match="hel setning"):
        close_plan(demo_db, plan.id, PlanStatus.ENDED, "Slutt.")
    ended = close_plan(demo_db, plan.id, PlanStatus.ENDED, "Leietakeren ønsker ikke lenger samarbeid.")
    assert ended.status is PlanStatus.ENDED and ended.closing_note.startswith("Leietakeren")


def test_the_at_risk_list_shows_the_plan_and_a_decision_may_cite_it(demo_db, reference_date):
    item = next(i for i in tenancies_at_risk(demo_db, reference_date).items if i.plan is None)
    plan = create_plan(demo_db, item.tenancy_id, PARTIES, MEASURES, date.today() + timedelta(days=60), tenant_agreement=WRITTEN)
    listed = {i.tenancy_id: i for i in tenancies_at_risk(demo_db, reference_date).items}
    assert listed[item.tenancy_id].plan == plan
    decided = decide(demo_db, item.tenancy_id, {AtRiskMeasure.FOLLOW_UP_SERVICE}, reference_date, plan_id=plan.id)
    assert decided.plan_id == plan.id
    other = next(i for i in listed.values() if i.tenancy_id != item.tenancy_id)
    with pytest.raises(AtRiskError, match="annet leieforhold"):
        decide(demo_db, other.tenancy_id, {AtRiskMeasure.CONTACT}, reference_date, plan_id=plan.id)


def test_a_decision_cites_the_plan_of_its_tenancy_and_then_cannot_be_undone(demo_db, reference_date):
    _, meeting, _, [(case_no, unit_id)] = _started(demo_db, reference_date, count=1)
    decisions = Decisions(demo_db)
    decision = _allocate(decisions, meeting.id, case_no, unit_id, conditions="Samarbeidsplan med NAV første året.")
    tenancy_id = demo_db.scalar("SELECT tenancy_id FROM decisions WHERE id = ?", (decision.id,))
    plan = create_plan(demo_db, tenancy_id, PARTIES, MEASURES, date.today() + timedelta(days=90), tenant_agreement=WRITTEN)
    cite_plan(demo_db, decision.id, plan.id)
    assert plans_cited_by(demo_db, decision.id) == [plan]
    [(other_tenancy, _)] = _fresh_tenancies(demo_db, 1)
    other = create_plan(demo_db, other_tenancy, PARTIES, MEASURES, date.today() + timedelta(days=90), tenant_agreement=WRITTEN)
    with pytest.raises(PlanError, match="annet leieforhold"):
        cite_plan(demo_db, decision.id, other.id)
    assert demo_db.scalar("SELECT count(*) FROM decision_plans WHERE decision_id = ?", (decision.id,)) == 1
    # the plan is frozen and belongs to the tenancy the allocation made: undoing it is refused in words
    before = content_digest(demo_db)
    with pytest.raises(MeetingError, match="har allerede en samarbeidsplan"):
        decisions.undo_last(meeting.id)
    assert content_digest(demo_db) == before


def test_undoing_a_decision_takes_its_citation_with_it(demo_db, reference_date):
    """«Utsatt til samarbeidsplanen er på plass»: a deferral makes no tenancy and may cite a plan."""
    [(tenancy_id, _unit)] = _fresh_tenancies(demo_db, 1)
    plan = create_plan(demo_db, tenancy_id, PARTIES, MEASURES, date.today() + timedelta(days=90), tenant_agreement=WRITTEN)
    _, meeting, _, [(case_no, _unit_id)] = _started(demo_db, reference_date, count=1)
    decisions = Decisions(demo_db)
    deferred = decisions.record(meeting.id, lawful(DecisionDraft(case_no, Outcome.DEFERRED,
                                                                 "Utsatt til samarbeidsplanen er på plass.")))
    cite_plan(demo_db, deferred.id, plan.id)
    assert plans_cited_by(demo_db, deferred.id) == [plan]
    decisions.undo_last(meeting.id)
    assert demo_db.scalar("SELECT count(*) FROM decision_plans WHERE decision_id = ?", (deferred.id,)) == 0
    assert plans_for(demo_db, tenancy_id) == [plan]  # the plan is the tenancy's, not the decision's


def test_a_signed_decision_cannot_cite_a_plan_afterwards(demo_db):
    decision_id, tenancy_id = demo_db.query(
        "SELECT d.id, d.tenancy_id FROM decisions d JOIN meetings m ON m.id = d.meeting_id JOIN tenancies t "
        "ON t.id = d.tenancy_id WHERE m.status = 'signed' AND t.ended_on IS NULL LIMIT 1")[0]
    existing = active_plans(demo_db).get(tenancy_id)
    plan = existing or create_plan(demo_db, tenancy_id, PARTIES, MEASURES, date.today() + timedelta(days=60), tenant_agreement=WRITTEN)
    with pytest.raises(StoreError, match="signert"):
        cite_plan(demo_db, decision_id, plan.id)
    assert plans_cited_by(demo_db, decision_id) == []


def test_the_tenant_is_a_party_and_their_agreement_is_recorded(demo_db):
    [(tenancy_id, _unit)] = _fresh_tenancies(demo_db, 1)
    before = content_digest(demo_db)
    with pytest.raises(PlanError, match="frivillig"):  # 004 l.1559–1582: made with the tenant, voluntary
        create_plan(demo_db, tenancy_id, ["Boligkontoret", "NAV"], MEASURES, date.today() + timedelta(days=60),
                    tenant_agreement=None)
    assert content_digest(demo_db) == before
    agreed = date.today() - timedelta(days=2)
    plan = create_plan(demo_db, tenancy_id, ["Boligkontoret", "NAV"], MEASURES, date.today() + timedelta(days=60),
                       agreed_on=agreed, tenant_agreement=PlanAgreement.ORAL, tenant_party="Leietaker Hansen")
    # the tenant is a party even when the list left them out, and how and when they agreed is kept
    assert plan.parties[0] == "Leietaker Hansen" and set(plan.parties) == {"Leietaker Hansen", "Boligkontoret", "NAV"}
    assert (plan.tenant_agreement, plan.tenant_agreed_on) == (PlanAgreement.ORAL, agreed)
    with pytest.raises(sqlite3.IntegrityError):  # part of what was agreed (m0012)
        demo_db.conn.execute("UPDATE cooperation_plans SET tenant_agreement = 'skriftlig' WHERE id = ?", (plan.id,))
    with pytest.raises(sqlite3.IntegrityError, match="part"):  # the tenant among the parties, in the database too
        demo_db.conn.execute(
            "INSERT INTO cooperation_plans (tenancy_id, parties, measures, agreed_on, review_on, created_at, created_by, "
            "tenant_party, tenant_agreed_on, tenant_agreement) VALUES (?, '[\"A\", \"B\"]', 'x', '2026-01-01', "
            "'2026-02-01', '2026-01-01T10:00:00', 'x', 'Leietakeren', '2026-01-01', 'muntlig')", (tenancy_id,))

"""The demo municipality's ledger and cooperation plans (issue 17 items 4–5): synthetic, invented.

So that a new user opening the demo sees tenancies at risk (Møte → Leieforhold i risiko), a
few current tenancies get entries from the landlord's ledger: arrears that grow over a few
months, some paid off again, notice warnings and one petition for eviction; some get a
cooperation plan (one active with its review due, one completed), and one has a decision
already recorded by the housing office. Nothing here is drawn from real data or real rates:
the shares below are picked so the list has a handful of rows on the small demo and grows
in proportion on the large ones (the bench measures the list on the oslo file).
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from ..domain import AtRiskMeasure, LedgerEntryKind, NavBasis, PlanAgreement, PlanStatus
from ..domain.at_risk import AtRiskDecision, CooperationPlan, LedgerEntry
from ..domain.follow_up import add_months
from ..store import Database
from ..store.at_risk import AtRiskRepository, CooperationPlanRepository, LedgerRepository
from .demo import DemoMunicipality

SHARE_WITH_LEDGER = 0.015  # of current tenancies, at least MINIMUM
MINIMUM = 8

_PARTIES = (("Leietakeren", "Boligkontoret", "NAV"), ("Leietakeren", "Booppfølgingen", "Utleier"),
            ("Leietakeren", "Boligkontoret", "Økonomirådgiver i NAV"))
_PLANS = (
    ("Husleien betales til forfall; leieavtalen fornyes om samarbeidet går greit.",
     "Husleien trekkes fra stønaden på utbetalingsdagen. Booppfølging annenhver uke det første halvåret. "
     "Leietakeren melder fra til boligkontoret om endringer i økonomien."),
    ("Stabil bosituasjon og ingen nye naboklager.",
     "Booppfølger besøker husstanden hver uke. Utleier kontakter booppfølgingen ved klager før et varsel sendes."),
    ("Restansen er nedbetalt innen ett år.",
     "Nedbetalingsavtale på 1 000 kr i måneden. Økonomirådgiver i NAV går gjennom budsjettet med leietakeren."),
)


def add_demo_ledger(database: Database, municipality: DemoMunicipality, seed: int) -> None:
    rng = random.Random(seed * 31337 + 4)
    today = municipality.reference_date
    tenancies = sorted((tenancy_id, start, rent) for tenancy_id, start, rent in database.query(
        "SELECT t.id, t.contract_start, u.rent FROM tenancies t JOIN units u ON u.id = t.unit_id "
        "WHERE t.ended_on IS NULL AND t.contract_start IS NOT NULL AND t.contract_start <= ?",
        (add_months(today, -8).isoformat(),)))
    chosen = rng.sample(tenancies, min(len(tenancies), max(MINIMUM, round(len(tenancies) * SHARE_WITH_LEDGER))))
    # the showcase meeting's tenancy at risk has its own ledger already (showcase_at_risk)
    already = {row[0] for row in database.query("SELECT DISTINCT tenancy_id FROM ledger_entries")}
    chosen = [row for row in chosen if row[0] not in already]
    entries: list[LedgerEntry] = []
    plans: list[tuple[CooperationPlan, PlanStatus | None]] = []
    decided: list[int] = []
    for number, (tenancy_id, _start, rent) in enumerate(sorted(chosen)):
        rent = rent or 8_000
        story = number % 6
        # arrears on the last day of each of the last few months
        months = rng.randint(2, 5)
        balance = 0
        for back in range(months, 0, -1):
            day = _month_end(add_months(today, -back))
            balance += rng.choice((0, rent // 2, rent))
            if story == 4 and back == 1:
                balance = 0  # paid off: on the ledger, but no longer at risk
            entries.append(LedgerEntry(None, tenancy_id, day, LedgerEntryKind.ARREARS, balance,
                                       f"DEMO-{tenancy_id}-{day:%Y%m}"))
        if story in (0, 1, 3):
            day = today - timedelta(days=rng.randint(10, 120))
            entries.append(LedgerEntry(None, tenancy_id, day, LedgerEntryKind.NOTICE_WARNING, max(balance, rent)))
        if story == 0 and number == 0:
            day = today - timedelta(days=rng.randint(3, 9))
            entries.append(LedgerEntry(None, tenancy_id, day, LedgerEntryKind.EVICTION_PETITION, max(balance, rent)))
        if story in (1, 2):
            goals, measures = rng.choice(_PLANS)
            agreed = today - timedelta(days=rng.randint(90, 300))
            review = today + timedelta(days=rng.randint(-10, 40)) if story == 1 else agreed + timedelta(days=60)
            plans.append((CooperationPlan(None, tenancy_id, rng.choice(_PARTIES), goals, measures, agreed, review,
                                          tenant_party="Leietakeren", tenant_agreed_on=agreed,
                                          tenant_agreement=PlanAgreement.WRITTEN),
                          None if story == 1 else PlanStatus.COMPLETED))
        if story == 3:
            decided.append(tenancy_id)

    with database.transaction("demo", "ledger", "", {"entries": len(entries), "plans": len(plans)}):
        LedgerRepository(database).save(entries, datetime.combine(today, time(7)))
        plan_repository = CooperationPlanRepository(database)
        plan_ids = {}
        for plan, closed in plans:
            plan_id = plan_repository.add(plan, datetime.combine(plan.agreed_on, time(10)), "demo")
            plan_ids[plan.tenancy_id] = plan_id
            if closed is not None:
                plan_repository.close(plan_id, closed, plan.review_on, "demo",
                                      "Restansen er nedbetalt og målene i planen er nådd.")
        at_risk = AtRiskRepository(database)
        for tenancy_id in decided:
            arrears = [e for e in entries if e.tenancy_id == tenancy_id and e.kind is LedgerEntryKind.ARREARS]
            warning = next((e for e in entries if e.tenancy_id == tenancy_id
                            and e.kind is LedgerEntryKind.NOTICE_WARNING), None)
            decided_on = max(e.entry_on for e in entries if e.tenancy_id == tenancy_id) + timedelta(days=2)
            decided_on = min(decided_on, today)
            at_risk.add_decision(AtRiskDecision(
                None, tenancy_id, decided_on, "Boligkontoret (demo)",
                frozenset({AtRiskMeasure.CONTACT, AtRiskMeasure.DEBT_COUNSELLING}),
                "Leietakeren kalles inn til samtale, og økonomirådgiveren i NAV tilbyr en nedbetalingsavtale.",
                None, plan_ids.get(tenancy_id), arrears[-1].amount, arrears[-1].entry_on,
                warning.kind if warning else None, warning.entry_on if warning else None,
                owner="Boligkontoret (demo)", due_on=min(decided_on + timedelta(days=14), today)),
                datetime.combine(decided_on, time(14)), "demo")


def showcase_at_risk(database: Database, meeting_id: int, held_on: date, today: date, rng: random.Random,
                     avoid: set[int], owner: str) -> None:
    """A tenancy at risk decided in the showcase meeting (issue 17 items 4 and 7), so that its signed
    minutes show «Leieforhold i risiko»: arrears growing over three months and a notice warning in
    the ledger before the meeting, and the measures the circular names first — a talk, NAV with the
    tenant's consent, debt counselling — decided by the meeting's members (services/at_risk.py)."""
    from .at_risk import deciders_of, record_at_risk_decision

    tenancies = sorted((tenancy_id, rent) for tenancy_id, rent in database.query(
        "SELECT t.id, u.rent FROM tenancies t JOIN units u ON u.id = t.unit_id WHERE t.ended_on IS NULL "
        "AND t.contract_start <= ? AND t.contract_end > ? AND t.children_ages = '[]'",
        (add_months(held_on, -12).isoformat(), add_months(held_on, 12).isoformat())) if tenancy_id not in avoid)
    if not tenancies:
        return
    tenancy_id, rent = rng.choice(tenancies)
    rent = rent or 8_000
    owed = {3: rent, 2: 2 * rent, 1: 2 * rent + rent // 2}  # one rent, two, two and a half unpaid
    entries = [LedgerEntry(None, tenancy_id, _month_end(add_months(held_on, -back)), LedgerEntryKind.ARREARS,
                           amount, f"DEMO-{tenancy_id}-{add_months(held_on, -back):%Y%m}")
               for back, amount in owed.items()]
    warned = held_on - timedelta(days=12)
    entries.append(LedgerEntry(None, tenancy_id, warned, LedgerEntryKind.NOTICE_WARNING, entries[-1].amount))
    with database.transaction("demo", "ledger", str(tenancy_id), {"entries": len(entries)}):
        LedgerRepository(database).save(entries, datetime.combine(warned + timedelta(days=1), time(7)))
    record_at_risk_decision(
        database, tenancy_id, {AtRiskMeasure.CONTACT, AtRiskMeasure.NAV, AtRiskMeasure.DEBT_COUNSELLING},
        "Leietakeren kalles inn til samtale innen en uke. NAV kontaktes om stønad til husleien, og "
        "økonomirådgiveren i NAV tilbyr en nedbetalingsavtale før utleier går videre med oppsigelsen.",
        meeting_id=meeting_id, deciders=[pid for pid, _ in deciders_of(database, meeting_id)],
        nav_basis=NavBasis.CONSENT, owner=owner, due_on=held_on + timedelta(days=35), today=today)


def _month_end(day: date) -> date:
    return add_months(day.replace(day=1), 1) - timedelta(days=1)

"""The demo's renewals (issue 17 items 1 and 7): invented, like everything in the demo.

The showcase meeting (services/demo_meetings.py) decides three leases that run out in one to three
months, so that its signed minutes show the renewal section with each kind of outcome a user meets
most: a family renewed for the length the demo's lease preset gives children aged 0–14 (Oslo's
regulation from 2024: five years), a single person renewed with conditions (which become follow-up
points), and a household not renewed — an enkeltvedtak with reasons, the advance notice of
forvaltningsloven § 16 and the tenant's statement considered, the day the demand to move is sent
(so the letter carries the warning of tvangsfullbyrdelsesloven § 13-2) and a letter with the
right to appeal. Every case goes through the services a user's decision goes through
(services/renewal_agenda.py, services/renewal_decisions.py), with every check they make.

Households with children under 18 are never the demo's refusals: a refusal affecting children
needs the written weighing of the children's best interests, which the demo does not model.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from ..domain import HouseholdType, saved_id
from ..domain.households import ResidentHousehold
from ..domain.renewals import AgendaRenewal, RenewalOutcome
from ..store import Database
from ..store.households import HouseholdRepository
from .renewal_agenda import put_on_agenda
from .renewal_decisions import RenewalDecisions, RenewalDraft

# Leases that end one to three months after the meeting: decided in time for the demand to move
# to be sent one to three months before the lease ends (tvangsfullbyrdelsesloven § 13-2).
SHOWCASE_LEASE_ENDS = (35, 85)  # days after the meeting

_FAMILY_REASONS = ("Familien har bodd stabilt i boligen og betalt husleien til forfall. Barna går på skolen i "
                   "nærområdet, og leieavtalen fornyes for den tiden forskriften gir familier med barn.")
_CONDITIONS_REASONS = ("Leieforholdet har gått bedre etter at booppfølgingen kom i gang i vår, og leietakeren ønsker "
                       "å bli boende. Leieavtalen fornyes på vilkår om at oppfølgingen fortsetter.")
_CONDITIONS = ("Leietakeren tar imot booppfølging annenhver uke det første året, og husleien trekkes fra "
               "stønaden på utbetalingsdagen.")
_REFUSAL_REASONS = (
    "Leieavtalen fornyes ikke. Kommunal bolig er et midlertidig tilbud til dem som ikke selv kan skaffe seg en "
    "egnet bolig. Husstanden har de tre siste årene hatt fast inntekt over grensen i kommunens retningslinjer, "
    "og regnes ikke lenger som vanskeligstilt på boligmarkedet. Boligkontoret kan hjelpe med å søke startlån "
    "og med å finne bolig å leie.")
_REFUSAL_NOTES = "Inntekten er kontrollert mot skatteoppgjøret for de tre siste årene, med leietakerens samtykke."
_STATEMENT = ("Leietakeren svarte skriftlig {date} at husstanden ønsker å bli boende fordi de trives i nabolaget og "
              "har kort vei til arbeid. Møtet har vurdert uttalelsen, men den endrer ikke at inntekten over flere år har "
              "vært over grensen. Boligkontoret tilbyr veiledning om startlån.")


@dataclass(frozen=True)
class ShowcaseRenewal:
    item: AgendaRenewal
    outcome: RenewalOutcome


def put_showcase_renewals(database: Database, meeting_id: int, held_on: date, rng: random.Random,
                          name: Callable[[], str], preparer: str, avoid: set[int]) -> list[ShowcaseRenewal]:
    """Put the showcase's renewals on its agenda, before the meeting starts; `avoid`: tenancy ids not to use."""
    earliest, latest = (held_on + timedelta(days=d) for d in SHOWCASE_LEASE_ENDS)
    leases = sorted((t for t in HouseholdRepository(database).current_tenancies()
                     if t.contract_end is not None and earliest <= t.contract_end <= latest and t.id not in avoid),
                    key=lambda t: saved_id(t.id))
    family = [t for t in leases if t.children_ages and min(t.children_ages) < 14]
    followed = [t for t in leases if not t.children_ages and t.follow_up]
    refused = [t for t in leases if not t.children_ages and not t.follow_up
               and t.household_type in (HouseholdType.SINGLE, HouseholdType.COUPLE)]
    chosen: list[tuple[ResidentHousehold, RenewalOutcome, str]] = []
    for candidates, outcome, note in (
            (family, RenewalOutcome.RENEWED, "Ingen restanse eller klager registrert."),
            (followed, RenewalOutcome.RENEWED_WITH_CONDITIONS, "Booppfølgingen anbefaler fornyelse med vilkår."),
            (refused, RenewalOutcome.NOT_RENEWED, "Forhåndsvarsel sendt; leietakeren har uttalt seg.")):
        candidates = [t for t in candidates if t.unit_id not in {c[0].unit_id for c in chosen}]
        if candidates:
            chosen.append((rng.choice(candidates), outcome, note))
    cases = []
    for number, (tenancy, outcome, note) in enumerate(chosen, start=1):
        item = put_on_agenda(database, meeting_id, tenancy.unit_id, f"{held_on.year}/F{80000 + number}", name(),
                             prepared_by=preparer, contact_person=preparer, notes=note)
        cases.append(ShowcaseRenewal(item, outcome))
    return cases


def decide_showcase_renewals(database: Database, cases: list[ShowcaseRenewal], held_on: date,
                             clock: Iterator[datetime]) -> None:
    """Decide the showcase's renewals in the running meeting, as the renewal dialog would."""
    decisions = RenewalDecisions(database)
    for case in cases:
        item_id = saved_id(case.item.id)
        if case.outcome is RenewalOutcome.NOT_RENEWED:
            notice = held_on - timedelta(days=21)
            draft = RenewalDraft(item_id, case.outcome, _REFUSAL_REASONS, internal_notes=_REFUSAL_NOTES,
                                 notice_sent_on=notice, statement_received=True,
                                 tenant_statement=_STATEMENT.format(date=f"{notice + timedelta(days=9):%d.%m.%Y}"),
                                 move_demand_on=held_on + timedelta(days=1))
        elif case.outcome is RenewalOutcome.RENEWED_WITH_CONDITIONS:
            draft = RenewalDraft(item_id, case.outcome, _CONDITIONS_REASONS, conditions=_CONDITIONS)
        else:
            draft = RenewalDraft(item_id, case.outcome, _FAMILY_REASONS)
        decisions.record(draft, decided_at=next(clock))


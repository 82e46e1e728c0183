"""The demo's renewals (issue 17 items 1 and 7): invented, like everything in the demo.

The showcase meeting (services/demo_meetings.py) decides three leases that run out in one to three
months, so that its signed minutes show the renewal section with each kind of outcome a user meets
most: a family renewed for the length the demo's lease preset gives children aged 0–14 (Oslo's
regulation from 2024: five years), a single person renewed with conditions (which become follow-up
points), and a family not renewed — an enkeltvedtak with reasons, the children's best interests, the advance notice of
forvaltningsloven § 16 and the tenant's statement considered, the day the demand to move is sent
(so the letter carries the warning of tvangsfullbyrdelsesloven § 13-2) and a letter with the
right to appeal. Every case goes through the services a user's decision goes through
(services/renewal_agenda.py, services/renewal_decisions.py), with every check they make.

The showcase's refusal is of a family: the meeting writes how it weighed the children's best interests
(Grunnloven § 104; the decision service requires it), and sets the move-out day after the school year.
The history's refusals and transfers (below) are of households without children.
"""
from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..domain import HouseholdType, MeetingStatus, Unit, saved_id
from ..domain.households import ResidentHousehold
from ..domain.renewals import AgendaRenewal, RenewalOutcome
from ..store import Database
from ..store.estate import EstateRepository
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
_STATEMENT = ("Leietakeren svarte skriftlig {date} at familien ønsker å bli boende fordi {children} går på skolen i "
              "nærheten. Møtet har vurdert uttalelsen og satt fraflyttingsfristen etter skoleåret, men den endrer ikke "
              "at inntekten over flere år har vært over grensen. Boligkontoret tilbyr veiledning om startlån.")
# Grunnloven § 104 second paragraph: a decision that takes children's home weighs their best interests in writing.
_CHILDREN_WEIGHING = (
    "{Children} går på skolen i nærmiljøet, og en flytting midt i skoleåret ville ramme {them} mest. Fraflyttingsfristen er "
    "derfor satt etter skoleårets slutt, og boligkontoret hjelper familien å finne en bolig i samme skolekrets. "
    "Familiens inntekt gjør at den kan skaffe seg en trygg bolig selv, og plassen trengs for barnefamilier som "
    "ikke kan det.")


@dataclass(frozen=True)
class ShowcaseRenewal:
    item: AgendaRenewal
    outcome: RenewalOutcome
    tenancy: ResidentHousehold


def put_showcase_renewals(database: Database, meeting_id: int, held_on: date, rng: random.Random,
                          name: Callable[[], str], preparer: str, avoid: set[int]) -> list[ShowcaseRenewal]:
    """Put the showcase's renewals on its agenda, before the meeting starts; `avoid`: tenancy ids not to use."""
    earliest, latest = (held_on + timedelta(days=d) for d in SHOWCASE_LEASE_ENDS)
    leases = sorted((t for t in HouseholdRepository(database).current_tenancies()
                     if t.contract_end is not None and earliest <= t.contract_end <= latest and t.id not in avoid),
                    key=lambda t: saved_id(t.id))
    family = [t for t in leases if t.children_ages and min(t.children_ages) < 14]
    followed = [t for t in leases if not t.children_ages and t.follow_up]
    # the refusal: a family, so the minutes and the letter show the children's best interests weighed
    refused = [t for t in leases if t.children_ages and not t.follow_up]
    refused = [t for t in refused if all(6 <= age for age in t.children_ages)] or refused  # at school, as said
    refused = [t for t in refused if len(t.children_ages) > 1] or refused
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
        cases.append(ShowcaseRenewal(item, outcome, tenancy))
    return cases


def decide_showcase_renewals(database: Database, cases: list[ShowcaseRenewal], held_on: date,
                             clock: Iterator[datetime]) -> None:
    """Decide the showcase's renewals in the running meeting, as the renewal dialog would."""
    decisions = RenewalDecisions(database)
    for case in cases:
        item_id = saved_id(case.item.id)
        if case.outcome is RenewalOutcome.NOT_RENEWED:
            notice = held_on - timedelta(days=21)
            lease_ends = case.item.lease_ends
            # after the school year, never before the lease runs out
            school_year_ends = date(lease_ends.year + (date(lease_ends.year, 6, 20) < lease_ends), 6, 20)
            many = len(case.tenancy.children_ages) > 1
            children = "barna" if many else "barnet"
            draft = RenewalDraft(item_id, case.outcome, _REFUSAL_REASONS, internal_notes=_REFUSAL_NOTES,
                                 notice_sent_on=notice, statement_received=True,
                                 tenant_statement=_STATEMENT.format(date=f"{notice + timedelta(days=9):%d.%m.%Y}",
                                                                    children=children),
                                 move_demand_on=held_on + timedelta(days=1), move_out_by=school_year_ends,
                                 children_weighing=_CHILDREN_WEIGHING.format(
                                     Children=children.capitalize(), them="dem" if many else "det"))
        elif case.outcome is RenewalOutcome.RENEWED_WITH_CONDITIONS:
            draft = RenewalDraft(item_id, case.outcome, _CONDITIONS_REASONS, conditions=_CONDITIONS)
        else:
            draft = RenewalDraft(item_id, case.outcome, _FAMILY_REASONS)
        decisions.record(draft, decided_at=next(clock))


# ---- the history's meetings on renewals --------------------------------------------------------------

# Two meetings on renewals only, between the history's allocation meetings (services/demo_history.py:
# every four weeks, the newest six weeks ago) and before the showcase meeting, which stays the most
# recent signed one. They are signed like any meeting: their minutes are short (renewals only), so
# signing costs little whatever the demo's size, and their letters are the ones sent.
RENEWAL_MEETINGS_BEFORE_SHOWCASE = (42, 14)  # days
# INVENTED: a meeting's renewal cases, and how many of them are not renewed or end in a transfer. Three
# in a hundred leases refused is a guess at «many get their lease renewed» (002 l.1619–1620); the
# research gives no share, so these are numbers that look like a meeting, not a measurement.
CASES_PER_MEETING = 8
REFUSED_PER_MEETING = 1
TRANSFERS_PER_MEETING = 1
CONDITIONS_SHARE = 0.2

_RENEWED = ("Leieforholdet har gått greit, og husstanden fyller fortsatt vilkårene for kommunal bolig. "
            "Leieavtalen fornyes.")
_TRANSFER_REASONS = {
    "step_free": ("Leietakeren trenger en bolig uten trapper. Boligen i dag ligger i en oppgang uten heis, og "
                  "husstanden settes på ventelisten for en tilgjengelig bolig."),
    "smaller": ("Boligen er større enn husstanden trenger, og det er mange familier på ventelisten. Husstanden "
                "får tilbud om en mindre bolig i samme bydel og settes på ventelisten for bytte."),
    "wish": ("Leietakeren har søkt om å bytte bolig fordi bomiljøet i oppgangen har vært vanskelig over lang tid. "
             "Møtet finner grunn til bytte, og husstanden settes på ventelisten for en annen bolig."),
}


def add_renewal_meetings(database: Database, seed: int, today: date) -> int:
    """The history's two signed meetings on renewals (after the history is written); returns the
    number of renewal cases decided. Everything goes through the services a user's meeting does."""
    import tomllib

    from ..domain import ParticipantRole
    from ..paths import resource
    from ..store.meetings import ParticipantRepository
    from ..store.renewals import RenewalAgendaRepository
    from .demo_meetings import PAST_MEETING_DAYS_AGO  # it imports this module
    from .meetings import Meetings
    from .signing import initials, sign_minutes

    rng = random.Random(seed * 104723 + 3)
    vocabulary = tomllib.loads(resource("demo", "seed.toml").read_text(encoding="utf-8"))

    def name() -> str:
        return f"{rng.choice(vocabulary['first_names'])} {rng.choice(vocabulary['surnames'])}"

    estate = EstateRepository(database)
    meetings = Meetings(database)
    # The committee of the newest history meeting, as it was then.
    latest = next((s.meeting for s in meetings.all() if s.meeting.status is MeetingStatus.CLOSED), None)
    if latest is None:
        return 0
    staff = [(p.name, p.role, p.organisation, p.has_decision_authority)
             for p in ParticipantRepository(database).for_meeting(saved_id(latest.id))]
    showcase = today - timedelta(days=PAST_MEETING_DAYS_AGO)
    decided = 0
    for number, days in enumerate(RENEWAL_MEETINGS_BEFORE_SHOWCASE, start=1):
        held_on = showcase - timedelta(days=days)
        earliest, latest_end = (held_on + timedelta(days=d) for d in SHOWCASE_LEASE_ENDS)
        leases = [t for t in HouseholdRepository(database).current_tenancies()
                  if t.contract_end is not None and earliest <= t.contract_end <= latest_end]
        on_agenda = RenewalAgendaRepository(database).status_by_tenancy(saved_id(t.id) for t in leases)
        leases = sorted((t for t in leases if saved_id(t.id) not in on_agenda), key=lambda t: saved_id(t.id))
        plan = _plan(rng, [(t, estate.unit(t.unit_id)) for t in leases])
        if not plan:
            continue
        meeting = meetings.create(held_on, "Rådhuset, møterom Fjorden", "Møte om fornyelser")
        meeting_id = saved_id(meeting.id)
        participants = [meetings.add_participant(meeting_id, *person) for person in staff]
        secretary = next(p for p in participants if p.role is ParticipantRole.SECRETARY)
        chair = next(p for p in participants if p.role is ParticipantRole.CHAIR)
        cases = [ShowcaseRenewal(put_on_agenda(database, meeting_id, tenancy.unit_id,
                                               f"{held_on.year}/F{80000 + 100 * number + n}", name(),
                                               prepared_by=secretary.name, contact_person=secretary.name), outcome,
                                 tenancy)
                 for n, (tenancy, outcome, _ground) in enumerate(plan, start=1)]
        clock = iter(datetime.combine(held_on, time(13, 0)) + timedelta(minutes=6 * n) for n in range(40))
        meetings.start(meeting_id, at=next(clock))
        for case, (tenancy, _outcome, ground) in zip(cases, plan):
            _decide(database, case, tenancy, ground, held_on, clock)
        meetings.close(meeting_id, at=next(clock))
        sign_minutes(database, meeting_id, chair_id=chair.id, secretary_id=secretary.id,
                     confirmations={saved_id(p.id): initials(p.name) for p in (chair, secretary)},
                     signed_at=datetime.combine(held_on + timedelta(days=1), time(10, 0)))
        decided += len(cases)
    return decided


def _plan(rng: random.Random, leases: list[tuple[ResidentHousehold, Unit]]
          ) -> list[tuple[ResidentHousehold, RenewalOutcome, str]]:
    """Which leases the meeting decides, and how: a transfer and a refusal among households without
    children (see the module's note), the rest renewed, some with conditions; in lease order."""
    pool = list(leases)
    rng.shuffle(pool)
    plan: list[tuple[ResidentHousehold, Unit, RenewalOutcome, str]] = []
    for _ in range(TRANSFERS_PER_MEETING):
        found = next(((t, u) for t, u in pool if not t.children_ages and _transfer_ground(t, u) != "wish"), None)
        found = found or next(((t, u) for t, u in pool if not t.children_ages), None)
        if found:
            pool.remove(found)
            plan.append((*found, RenewalOutcome.TRANSFER, _transfer_ground(*found)))
    for _ in range(REFUSED_PER_MEETING):
        found = next(((t, u) for t, u in pool if not t.children_ages and not t.follow_up
                      and t.household_type in (HouseholdType.SINGLE, HouseholdType.COUPLE)), None)
        if found:
            pool.remove(found)
            plan.append((*found, RenewalOutcome.NOT_RENEWED, ""))
    for tenancy, unit in pool[:max(0, CASES_PER_MEETING - len(plan))]:
        conditions = tenancy.follow_up and rng.random() < CONDITIONS_SHARE
        plan.append((tenancy, unit, RenewalOutcome.RENEWED_WITH_CONDITIONS if conditions else RenewalOutcome.RENEWED,
                     ""))
    plan.sort(key=lambda p: (p[0].contract_end or date.max, saved_id(p[0].id)))
    return [(tenancy, outcome, ground) for tenancy, _unit, outcome, ground in plan]


def _transfer_ground(tenancy: ResidentHousehold, unit: Unit) -> str:
    """Why the household would move: an elderly household up stairs, one person in three rooms or more,
    or its own wish to leave a hard stairwell."""
    if tenancy.household_type is HouseholdType.ELDERLY and not unit.step_free:
        return "step_free"
    if tenancy.adults == 1 and not tenancy.children_ages and unit.rooms >= 3:
        return "smaller"
    return "wish"


def _decide(database: Database, case: ShowcaseRenewal, tenancy: ResidentHousehold, ground: str, held_on: date,
            clock: Iterator[datetime]) -> None:
    item_id = saved_id(case.item.id)
    if case.outcome is RenewalOutcome.TRANSFER:
        draft = RenewalDraft(item_id, case.outcome, _TRANSFER_REASONS[ground])
    elif case.outcome is RenewalOutcome.NOT_RENEWED:
        notice = held_on - timedelta(days=24)
        draft = RenewalDraft(item_id, case.outcome, _REFUSAL_REASONS, internal_notes=_REFUSAL_NOTES,
                             notice_sent_on=notice, statement_received=False, move_demand_on=held_on + timedelta(days=1))
    elif case.outcome is RenewalOutcome.RENEWED_WITH_CONDITIONS:
        draft = RenewalDraft(item_id, case.outcome, _CONDITIONS_REASONS, conditions=_CONDITIONS)
    else:
        young = any(age < 15 for age in tenancy.children_ages)
        draft = RenewalDraft(item_id, case.outcome, _FAMILY_REASONS if young else _RENEWED)
    RenewalDecisions(database).record(draft, decided_at=next(clock))

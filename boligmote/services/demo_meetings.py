"""The demo municipality's meetings: one signed two weeks ago, one planned in two weeks.

So that a new user sees the whole loop at once: a past meeting with participants (one
sent apologies), decisions of every outcome (tildelt, avslag, utsatt, trukket) with their
flags weighed, a member who stood aside as disqualified, a higher-ranked candidate passed
over with the reason, consent handled, renewals of each common outcome (services/demo_renewals.py),
a tenancy at risk decided (services/demo_ledger.py), the follow-up points due
(services/demo_follow_up.py), and minutes signed by the chair and the secretary;
and a coming meeting with an agenda of cases with prepared proposals. The signed meeting
is the most recent one: any history added later must be older. Both are made through the same services
the app uses (and audited like any other change), deterministically from the seed.

The past meeting's allocations go to *extra* applicants, into units whose previous
households had moved out before the meeting; afterwards each unit is occupied by its new
tenancy. The queue and the vacant units therefore stay exactly as the generator made
them (e.g. 60 waiting and 24 vacant in the small demo). Every name comes from the
fictional vocabulary in resources/demo/seed.toml.
"""
from __future__ import annotations

import random
import tomllib
from collections import defaultdict
from dataclasses import replace
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any, TypeAlias

from ..domain import (
    Applicant,
    Attendance,
    Flag,
    ConsentHandling,
    FollowUpService,
    HouseholdType,
    NeedCategory,
    Outcome,
    Participant,
    ParticipantRole,
    Priority,
    Severity,
    Situation,
    Unit,
    UnitStatus,
    VacantUnit,
    saved_id,
)
from ..paths import resource
from ..store import Database
from ..store.households import HouseholdRepository
from ..store.meetings import AllocationRepository
from .decisions import DecisionDraft, Decisions, FlagWeighing
from .demo import DemoMunicipality, with_postal_address
from .demo_follow_up import add_earlier_follow_ups, record_done
from .demo_ledger import showcase_at_risk
from .demo_renewals import decide_showcase_renewals, put_showcase_renewals
from .meeting_settings import apply_lease_preset, change_meeting_settings
from .meetings import Meetings
from .signing import initials, sign_minutes
from .workspace import Workspace

if TYPE_CHECKING:
    from ..rules import RuleSettings

PAST_MEETING_DAYS_AGO = 14
PLANNED_MEETING_DAYS_AHEAD = 14
PLANNED_CASES = 5
# The lease lengths the demo municipality has chosen: Oslo's regulation from 2024 (domain/renewals.py).
DEMO_LEASE_PRESET = "oslo_2024"

ORGANISATIONS = {
    "housing": "Boligkontoret",
    "nav": "NAV Eksempelvik",
    "health": "Rus og psykisk helse",
    "landlord": "Kommunale eiendommer (utleier)",
    "ordering": "Bestillerenheten",
}

# How the demo meeting weighed the critical flags it met (written, as the law requires of
# the reasons; DOMAIN.md §1 on the undocumented judgements).
CRITICAL_WEIGHINGS = {
    "CHILDREN_ACTIVE_USE": (
        "Drøftet grundig. Oppgangen har bomiljøarbeider og rustjenesten følger opp beboeren med aktiv rus. "
        "Familien ønsker å bli i bydelen nær barnas skole, og alternativene ville gitt skolebytte. "
        "Boligkontoret tar kontakt med familien etter tre måneder og ved enhver melding om uro."),
    "RECOVERY_NEAR_USE": (
        "Søkeren er orientert og ønsker likevel boligen; LAR-teamet mener det er forsvarlig med tett oppfølging. "
        "Ny vurdering om søkeren melder fra om press fra miljøet."),
    "ACCESS_MISMATCH": (
        "Søkeren har selv valgt boligen og klarer trappene i dag; ny vurdering av tilgjengelighet ved endret helse."),
}
GENERIC_CRITICAL = ("Drøftet i møtet. Hensynet til søkerens behov veier tyngst, og oppfølging er avtalt før "
                    "innflytting.")
WARNING_NOTES = {
    "FOLLOW_UP_MISSING": "Booppfølging bestilles før innflytting.",
    "CONCENTRATION": "Sett. Oppgangen følges med i bomiljøarbeidet.",
    "RECENT_INCIDENTS": "Sett. Utleier følger opp hendelsene på adressen.",
}


def add_demo_meetings(database: Database, municipality: DemoMunicipality, seed: int) -> None:
    rng = random.Random(seed * 7919 + 5)
    vocabulary = tomllib.loads(resource("demo", "seed.toml").read_text(encoding="utf-8"))
    names = _NamePicker(rng, vocabulary)
    today = municipality.reference_date
    # The lease lengths of Oslo's regulation from 2024, all of them (domain/renewals.py LEASE_PRESETS): a
    # first lease of 7 years for households with children aged 0–14 and 5 otherwise, a renewal of 5 and 3.
    apply_lease_preset(database, DEMO_LEASE_PRESET)
    staff = _staff(names)
    # The office as its letters name it (issue 13 item 2): invented, like everything in the demo.
    # A case added with nobody named to prepare it gets the secretary as its letters' contact.
    change_meeting_settings(database, {"office": {
        "name": "Boligkontoret i Eksempelvik", "postal_address": "Postboks 100 Sentrum", "postal_code": "9001",
        "postal_town": "Eksempelvik", "phone": "00 00 00 00", "email": "boligkontoret@eksempel.invalid",
        "default_contact": staff[1][0]},
        "hjemmel": {"regulation": "Forskrift om tildeling av kommunale boliger, Eksempelvik kommune (demo)"}},
        note="Demokommunens boligkontor og forskrift.")
    _past_meeting(database, municipality, rng, names, staff + [_absent_member(names)],
                  today - timedelta(days=PAST_MEETING_DAYS_AGO), vocabulary, seed)
    _planned_meeting(database, rng, staff, today, today + timedelta(days=PLANNED_MEETING_DAYS_AHEAD))


class _NamePicker:
    def __init__(self, rng: random.Random, vocabulary: dict[str, Any]):
        self.rng, self.vocabulary = rng, vocabulary
        self.used: set[str] = set()

    def __call__(self) -> str:
        while True:
            name = f"{self.rng.choice(self.vocabulary['first_names'])} {self.rng.choice(self.vocabulary['surnames'])}"
            if name not in self.used:
                self.used.add(name)
                return name


# (name, role, organisation, decision authority[, attendance]): what add_participant takes
_Person: TypeAlias = tuple[Any, ...]


def _staff(names: _NamePicker) -> list[_Person]:
    return [
        (names(), ParticipantRole.CHAIR, ORGANISATIONS["housing"], True),
        (names(), ParticipantRole.SECRETARY, ORGANISATIONS["housing"], False),
        (names(), ParticipantRole.MEMBER, ORGANISATIONS["nav"], True),
        (names(), ParticipantRole.MEMBER, ORGANISATIONS["health"], True),
        # The landlord advises; decision authority is kept apart from management (004 l.1394–1404).
        (names(), ParticipantRole.ADVISOR, ORGANISATIONS["landlord"], False),
    ]


def _absent_member(names: _NamePicker) -> _Person:
    return (names(), ParticipantRole.MEMBER, ORGANISATIONS["ordering"], True, Attendance.APOLOGIES)


def _add_staff(meetings: Meetings, meeting_id: int, staff: list[_Person]) -> list[Participant]:
    return [meetings.add_participant(meeting_id, *person) for person in staff]


# ---- the past, signed meeting ------------------------------------------------------------

def _past_meeting(database: Database, municipality: DemoMunicipality, rng: random.Random, names: _NamePicker,
                  staff: list[_Person], held_on: date, vocabulary: dict[str, Any], seed: int) -> None:
    units = _units_for_allocation(municipality, rng)
    if len(units) < 3:
        return  # an estate too small to show allocations; the planned meeting still shows the agenda
    family_unit, single_unit, elderly_unit = units
    first_number = len(municipality.applicants) + 1
    queue = HouseholdRepository(database).queue()
    # Waited longer than anyone in the queue: the ranking puts them first for their unit.
    longest = min((a.decision_date for a in queue), default=held_on) - timedelta(days=30)
    extra = [with_postal_address(a, vocabulary) for a in (
        Applicant(_case_no(held_on, first_number), names(), HouseholdType.SINGLE_PARENT, 1, Priority.PRIORITIZED,
                  longest, children_ages=(9, 4), bedrooms_needed=1, situation=Situation.TEMPORARY,
                  consent_to_share=True, wishes="Ønsker å bo nær barnas skole."),
        Applicant(_case_no(held_on, first_number + 1), names(), HouseholdType.SINGLE, 1, Priority.PRIORITIZED,
                  held_on - timedelta(days=20), bedrooms_needed=0, situation=Situation.HOMELESS,
                  needs=frozenset({NeedCategory.YOUNG_HOMELESS}),
                  follow_up=frozenset({FollowUpService.HOUSING_FOLLOW_UP}), consent_to_share=True),
        Applicant(_case_no(held_on, first_number + 2), names(), HouseholdType.ELDERLY, 2, Priority.PRIORITIZED,
                  longest + timedelta(days=1), bedrooms_needed=1, step_free_needed=True,
                  situation=Situation.UNSUITABLE,
                  needs=frozenset({NeedCategory.ELDERLY}), follow_up=frozenset({FollowUpService.HOME_CARE}),
                  consent_to_share=True, wishes="Ønsker bolig uten trapper."),
        Applicant(_case_no(held_on, first_number + 3), names(), HouseholdType.SINGLE, 1, Priority.NOT_PRIORITIZED,
                  held_on - timedelta(days=95), bedrooms_needed=0, situation=Situation.UNSUITABLE),
        Applicant(_case_no(held_on, first_number + 4), names(), HouseholdType.COUPLE, 2, Priority.NOT_PRIORITIZED,
                  held_on - timedelta(days=60), bedrooms_needed=1, situation=Situation.UNSUITABLE,
                  consent_to_share=True),
    )]
    deferred = queue[rng.randrange(len(queue))] if queue else None
    allocation = AllocationRepository(database)
    moved_out = held_on - timedelta(days=21)
    with database.transaction("demo", "meeting_history", held_on.isoformat(),
                              {"applicants": [a.case_no for a in extra], "vacated": [u.id for u in units]}):
        HouseholdRepository(database).save_applicants(extra)
        for unit in units:  # the previous households moved out three weeks before the meeting
            allocation.end_tenancy(unit.id, moved_out)
            allocation.make_vacant_again(unit.id, moved_out + timedelta(days=1))

    meetings = Meetings(database)
    meeting = meetings.create(held_on, "Rådhuset, møterom Fjorden", "Tildelingsmøte")
    meeting_id = saved_id(meeting.id)
    participants = _add_staff(meetings, meeting_id, staff)
    chair, secretary, member_nav, member_health = participants[:4]
    preparer = secretary.name
    plan = [(extra[0], family_unit.id), (extra[1], single_unit.id), (extra[2], elderly_unit.id)]
    for unit in units:
        meetings.add_agenda_unit(meeting_id, unit.id)  # its vacancy day: the minutes read it off the unit
    for applicant, unit_id in plan:
        meetings.add_case(meeting_id, applicant.case_no, unit_id, preparer,
                          "Forslag forberedt etter samtale med søkeren.")
    meetings.add_case(meeting_id, extra[4].case_no, None, preparer, "Søknaden vurderes mot vilkårene i forskriften.")
    if deferred is not None:
        meetings.add_case(meeting_id, deferred.case_no, None, preparer, "Saken tas opp på nytt når planen er klar.")
    meetings.add_case(meeting_id, extra[3].case_no, None, preparer, "Søkeren har meldt at søknaden trekkes.")
    # Follow-up points from before the file, added before the minutes are signed so that they list
    # what was due (services/demo_follow_up.py); random streams of their own, as are the renewals'.
    today = municipality.reference_date
    done = add_earlier_follow_ups(database, random.Random(seed * 104729 + 17), today, preparer)
    cases_rng = random.Random(seed * 7919 + 21)
    tenant_names = _NamePicker(cases_rng, vocabulary)
    tenant_names.used = names.used
    renewals = put_showcase_renewals(database, meeting_id, held_on, cases_rng, tenant_names, preparer, set())
    clock = iter(datetime.combine(held_on, time(9, 0)) + timedelta(minutes=8 * n) for n in range(20))
    meetings.start(meeting_id, at=next(clock))

    decisions = Decisions(database)
    _one_candidate_ahead(database, decisions, meeting_id, extra[1], single_unit.id)
    texts = [
        ("Du og barna har bodd i midlertidig botilbud i over ett år. Boligen har riktig størrelse for "
         "husstanden og ligger i barnas skolekrets, slik at barna ikke må bytte skole.",
         "Kvalifisert og prioritert; barn i husstanden; ventetid.",
         "Vurderte en ledig bolig i en annen bydel; forkastet fordi barna da måtte bytte skole."),
        ("Du er uten bolig i dag. En ettromsbolig i en vanlig oppgang gir deg en ordinær bosituasjon, og "
         "boligkontoret gir deg booppfølging de første månedene.", "Kvalifisert og prioritert; bostedsløs.",
         "Vurderte bolig i samlokalisert bygg; forkastet fordi søkeren ønsker og trenger et ordinært bomiljø."),
        ("Dere trenger en bolig uten trapper. Boligen har heis og trinnfri adkomst og passer for to personer.",
         "Kvalifisert og prioritert; behov for tilgjengelig bolig.", ""),
    ]
    internal = [
        "Rustjenesten opplyste i møtet om oppfølgingen av beboeren i oppgangen; opplysningen står ikke i brevet.",
        "",
        "Hjemmetjenesten bekreftet at de kan følge opp på den nye adressen fra første dag.",
    ]
    for (applicant, unit_id), (reasons, criteria, alternatives), notes in zip(plan, texts, internal):
        check = decisions.check(meeting_id, DecisionDraft(applicant.case_no, Outcome.ALLOCATED, reasons,
                                                          unit_id=unit_id))
        flags = check.flags
        draft = decisions.draft(meeting_id, applicant.case_no)
        dissents: tuple[tuple[int, str], ...] = ()
        if applicant is extra[0] and any(f.severity is Severity.CRITICAL for f in flags):
            dissents = ((saved_id(member_health.id), "Mener familien burde fått en bolig i en oppgang uten aktiv rus, "
                                           "selv om det gir skolebytte."),)
        decisions.record(meeting_id, DecisionDraft(
            applicant.case_no, Outcome.ALLOCATED, reasons, unit_id=unit_id,
            move_in_deadline=draft.move_in_deadline, lease_type=draft.lease_type, lease_years=draft.lease_years,
            conditions="Booppfølging fra boligkontoret de første seks månedene." if applicant is extra[1] else "",
            criteria=criteria, alternatives=alternatives, dissents=dissents, internal_notes=notes,
            weighings={f.rule: _weighing(f) for f in flags},
            passed_over_reasons={c.case_no: PASSED_OVER_REASON for c in check.passed_over}),
            decided_at=next(clock))
    decisions.record(meeting_id, DecisionDraft(
        extra[4].case_no, Outcome.REFUSED,
        "Dere eier i dag en selveierleilighet som passer for husstanden, og har inntekt til å bo der. Dere "
        "oppfyller derfor ikke vilkåret om å være vanskeligstilt på boligmarkedet.",
        criteria="Vilkåret om å være vanskeligstilt på boligmarkedet er ikke oppfylt.",
        internal_notes="Boligkontoret har sjekket eierforholdet i grunnboken.",
        disqualified=((saved_id(member_nav.id), "Er søkerens svoger (forvaltningsloven § 6 første ledd bokstav b)."),)),
        decided_at=next(clock))
    if deferred is not None:
        consent = ConsentHandling.CONSENT_GIVEN if deferred.consent_to_share else ConsentHandling.OFFICE_ONLY
        decisions.record(meeting_id, DecisionDraft(
            deferred.case_no, Outcome.DEFERRED,
            "Vi trenger en plan for oppfølging før vi kan tildele deg en bolig. Saken din behandles på nytt "
            "når planen er klar.",
            criteria="Oppfølging må være bestilt før innflytting.",
            internal_notes="Søkeren er under behandling hos spesialisthelsetjenesten; samarbeidsplan lages med "
                           "behandlingsstedet.",
            consent_handling=None if deferred.consent_to_share else consent,
            consent_note=""), decided_at=next(clock))
    decisions.record(meeting_id, DecisionDraft(
        extra[3].case_no, Outcome.WITHDRAWN, "Du har meldt at du ikke lenger ønsker kommunal bolig.",
        internal_notes="Søkeren ringte boligkontoret og opplyste at han har leid bolig privat.",
        consent_handling=ConsentHandling.OFFICE_ONLY), decided_at=next(clock))
    decide_showcase_renewals(database, renewals, held_on, clock)
    showcase_at_risk(database, meeting_id, held_on, today, cases_rng, {saved_id(r.item.tenancy_id) for r in renewals},
                     f"Boligkontoret v/ {preparer}")
    meetings.close(meeting_id, at=next(clock))
    done = record_done(database, done, preparer, before=held_on)
    # Each signer confirms for themselves, with their initials, as the window asks them to.
    sign_minutes(database, meeting_id, chair_id=chair.id, secretary_id=secretary.id,
                 confirmations={saved_id(p.id): initials(p.name) for p in (chair, secretary)},
                 signed_at=datetime.combine(held_on + timedelta(days=1), time(14, 30)))
    record_done(database, done, preparer)  # what was done after the meeting


PASSED_OVER_REASON = ("Søkeren står på sakslisten til neste møte med en bolig som passer bedre for behovet "
                      "for booppfølging.")


def _one_candidate_ahead(database: Database, decisions: Decisions, meeting_id: int, applicant: Applicant,
                         unit_id: str) -> None:
    """Date the applicant's qualification just after the best-ranked waiting candidate for the
    unit, so that the meeting passes over exactly one higher-ranked candidate and writes why."""
    check = decisions.check(meeting_id, DecisionDraft(applicant.case_no, Outcome.ALLOCATED,
                                                      "Foreløpig utkast.", unit_id=unit_id))
    if not check.passed_over:
        return
    households = HouseholdRepository(database)
    ahead = households.applicant(check.passed_over[0].case_no)
    with database.transaction("demo", "applicant", applicant.case_no, {"decision_date": "after best candidate"}):
        households.save_applicants([replace(households.applicant(applicant.case_no),
                                            decision_date=ahead.decision_date + timedelta(days=1))])


def _weighing(flag: Flag) -> FlagWeighing:
    if flag.severity is Severity.CRITICAL:
        return FlagWeighing(CRITICAL_WEIGHINGS.get(flag.rule, GENERIC_CRITICAL), True)
    if flag.severity is Severity.WARNING:
        return FlagWeighing(WARNING_NOTES.get(flag.rule, ""), True)
    return FlagWeighing()


def _case_no(on: date, number: int) -> str:
    return f"{on.year}/{number:05d}"


def _units_for_allocation(municipality: DemoMunicipality, rng: random.Random) -> list[Unit]:
    """Three occupied units: a family unit in a stairwell with active use (so the meeting
    has a critical flag to weigh), a small unit, and a step-free two-room unit."""
    stairwell_active: defaultdict[int, int] = defaultdict(int)
    unit_by_id = {u.id: u for u in municipality.units}
    tenant = {t.unit_id: t for t in municipality.tenancies}
    for t in municipality.tenancies:
        if NeedCategory.ACTIVE_USE in t.needs:
            stairwell_active[unit_by_id[t.unit_id].stairwell_id] += 1
    occupied = sorted((u for u in municipality.units if u.status is UnitStatus.OCCUPIED and u.id in tenant),
                      key=lambda u: u.id)

    def pick(candidates: list[Unit], used: list[Unit]) -> Unit | None:
        taken = {u.stairwell_id for u in used}
        candidates = [u for u in candidates if u.stairwell_id not in taken]
        return rng.choice(candidates) if candidates else None

    chosen: list[Unit] = []
    family = [u for u in occupied if u.rooms >= 3 and NeedCategory.ACTIVE_USE not in tenant[u.id].needs
              and stairwell_active[u.stairwell_id] >= 1]
    family = family or [u for u in occupied if u.rooms >= 3]
    single = [u for u in occupied if u.rooms == 1 and stairwell_active[u.stairwell_id] == 0]
    elderly = [u for u in occupied if u.rooms == 2 and u.step_free and stairwell_active[u.stairwell_id] == 0]
    for candidates in (family, single, elderly):
        unit = pick(candidates, chosen)
        if unit is None:
            return []
        chosen.append(unit)
    return chosen


# ---- the planned meeting ---------------------------------------------------------------------

def _planned_meeting(database: Database, rng: random.Random, staff: list[_Person], today: date,
                     held_on: date) -> None:
    from ..rules import evaluate_pair, unmet_requirements
    from .rule_settings import load_rule_settings

    workspace = Workspace.load(database, today)
    settings = load_rule_settings(database)
    meetings = Meetings(database)
    meeting = meetings.create(held_on, "Rådhuset, møterom Fjorden", "Tildelingsmøte")
    meeting_id = saved_id(meeting.id)
    participants = _add_staff(meetings, meeting_id, staff)
    preparer = participants[1].name
    vacant = sorted(workspace.vacant_units, key=lambda v: v.unit.id)
    on_agenda = rng.sample(vacant, k=min(len(vacant), PLANNED_CASES + 3))
    on_agenda.sort(key=lambda v: (v.building.district, v.address, v.unit.id))
    for item in on_agenda:
        meetings.add_agenda_unit(meeting_id, item.unit.id)
    taken: set[str] = set()
    for item in on_agenda[:PLANNED_CASES]:
        proposal = _best_candidate(workspace, item, taken, settings, today, evaluate_pair, unmet_requirements)
        if proposal is None:
            continue
        applicant, flags = proposal
        taken.add(applicant.case_no)
        serious = [f for f in flags if f.severity is not Severity.INFO]
        notes = ("Ingen risikovarsler ved forberedelsen." if not serious else
                 "Varsler å vurdere i møtet: " + ", ".join(settings.rule(f.rule).title.lower() for f in serious) + ".")
        meetings.add_case(meeting_id, applicant.case_no, item.unit.id, preparer, notes)
    # One case without a prepared unit: the meeting is to find one.
    rest = [a for a in workspace.queue if a.case_no not in taken]
    if rest:
        meetings.add_case(meeting_id, rest[0].case_no, None, preparer,
                          "Lengst ventetid blant de prioriterte; ingen passende bolig funnet ved forberedelsen.")


def _best_candidate(workspace: Workspace, item: VacantUnit, taken: set[str], settings: RuleSettings, today: date,
                    evaluate_pair: Callable[..., list[Flag]], unmet_requirements: Callable[..., list[str]],
                    ) -> tuple[Applicant, list[Flag]] | None:
    target = workspace.surroundings(item)
    best = None
    for applicant in workspace.queue[:40]:
        if applicant.case_no in taken or applicant.bedrooms_needed > item.unit.bedrooms:
            continue
        if unmet_requirements(applicant, target, settings, today):
            continue
        flags = evaluate_pair(applicant, target, settings, today)
        burden = sum(f.severity.weight ** 3 for f in flags if f.rule != "MITIGATION")
        if best is None or burden < best[0]:
            best = (burden, applicant, flags)
        if burden == 0:
            break
    return (best[1], best[2]) if best else None

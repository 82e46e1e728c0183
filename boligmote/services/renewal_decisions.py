"""Renewals decided in the meeting (issue 17 item 1): checked, recorded, undone while the meeting runs.

A renewal is a case on the meeting's agenda (services/renewal_agenda.py). The meeting decides one
of four outcomes:

- renewed: the lease runs on from the day after the old end, for the length the lease rules
  suggest (services/renewals.py, the presets in domain/renewals.py) or the meeting's own;
- renewed with conditions: as renewed; the conditions become follow-up points after the new
  lease starts, as an allocation's do (services/follow_up.py);
- not renewed: an enkeltvedtak with reasons, a letter and the right to appeal; what it needs
  besides is checked in services/renewal_refusal.py;
- transfer to another unit: the household joins the queue as an applicant, with where it lives
  now, since when, and the decision that sent it there.

Husleieloven § 9-3 makes three years the minimum of a fixed-term lease; § 11-1 lets housing
earmarked for people disadvantaged on the housing market be let for shorter if the tenant was told
so in writing beforehand. A length under the minimum (a setting, lease.minimum_years) is refused
here without the § 11-1 basis and the date the tenant was informed — and by the database under
three years whatever the setting (m0011). The circular of 2002 described the short lease under the
then § 11-2 for transitional housing (004 l.420–434); the issue follows today's numbering.

Who decided is recorded as for allocations (fvl § 6): present members with decision authority,
minus those who stood aside. Every check is in `RenewalDecisions.check`; the dialog shows them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from ..domain import ApplicantStatus, MeetingStatus, Priority, Situation, saved_id
from ..domain.households import Applicant, ResidentHousehold, default_bedrooms_needed
from ..domain.limits import refused_texts
from ..domain.meetings import Meeting, Participant
from ..domain.renewals import (AgendaRenewal, RenewalDecision, RenewalLease, RenewalOutcome, children_under_18,
                               lease_end, renewal_lease)
from ..store import Database, RecordNotFound, StoreError
from ..store.households import HouseholdRepository
from ..store.meetings import ParticipantRepository
from ..store.renewals import IssuedRenewalLetterRepository, RenewalAgendaRepository, RenewalDecisionRepository
from .follow_up import points_promised
from .meeting_settings import MeetingSettings, load_meeting_settings
from .meetings import MeetingStateError, require_writable
from .record_text import text_problem
from .renewal_agenda import RenewalDecisionError, agenda_item, meeting_of, tenancy_of
from .renewal_refusal import refusal_check
from ..words import Count, Joined, Phrase

# Husleieloven § 9-3 first paragraph: no setting lowers the statute (the database holds it too, m0011).
STATUTORY_MINIMUM_YEARS = 3
SHORT_TERM_LAW = "husleieloven § 11-1"


@dataclass(frozen=True)
class RenewalDraft:
    """What the meeting decided on one renewal, before it is saved.

    lease_years None: the suggested length. youngest_child_born: when given, whether a child is
    0–14 is decided by its age on the day the renewed lease starts. transfer_case_no: the case
    number the household gets in the queue (default: the renewal's). deciders None: every present
    member with decision authority who is not disqualified."""

    agenda_renewal_id: int
    outcome: RenewalOutcome
    reasons: str = ""
    lease_years: int | None = None
    youngest_child_born: date | None = None
    short_term_basis: str = ""
    tenant_informed_on: date | None = None
    conditions: str = ""
    internal_notes: str = ""
    transfer_case_no: str = ""
    move_out_by: date | None = None  # not renewed: None is the day the lease runs out
    deciders: tuple[int, ...] | None = None
    disqualified: tuple[tuple[int, str], ...] = ()
    # Not renewed (services/renewal_refusal.py): forvaltningsloven § 16's advance notice and the
    # tenant's statement, or its third paragraph's exception; the day the demand to move is sent.
    notice_sent_on: date | None = None
    statement_received: bool | None = None
    tenant_statement: str = ""
    notice_exception: str = ""
    move_demand_on: date | None = None
    # Not renewed or transfer, a household with children under 18 on the meeting's day: how the
    # meeting weighed the children's best interests (Grunnloven § 104 second paragraph; m0014).
    children_weighing: str = ""


@dataclass(frozen=True)
class RenewalCheck:
    problems: tuple[str, ...]
    starts: date  # the renewed lease's first day
    suggestion: RenewalLease
    years: int | None  # what will be recorded (renewals only)
    ends: date | None
    short_term: bool  # under the minimum: the § 11-1 basis is needed
    deciders: tuple[Participant, ...]
    move_out_by: date | None = None  # not renewed: what will be recorded
    eviction_warning: bool = False  # not renewed: the letter warns of eviction (tvfbl § 13-2)
    children: int = 0  # children under 18 on the meeting's day (what will be recorded)

    @property
    def ok(self) -> bool:
        return not self.problems


def renewal_start(previous_end: date) -> date:
    """A renewed lease runs on from the day after the old one ends."""
    return previous_end + timedelta(days=1)


def suggest(settings: MeetingSettings, tenancy: ResidentHousehold, starts: date,
            youngest_child_born: date | None = None) -> RenewalLease:
    return renewal_lease(
        tenancy, years=settings.value("renewal", "years"), minimum_years=settings.minimum_years,
        children_rule=settings.value("renewal", "children_rule"),
        children_years=settings.value("renewal", "children_years"),
        children_age_below=settings.value("lease", "children_age_below"), law=settings.law("lease"),
        source=settings.lease_source, starts=starts, youngest_child_born=youngest_child_born)


# ---- deciding ------------------------------------------------------------------------------------------


class RenewalDecisions:
    def __init__(self, database: Database):
        self.database = database
        self._agenda = RenewalAgendaRepository(database)
        self._decisions = RenewalDecisionRepository(database)

    def get(self, decision_id: int) -> RenewalDecision:
        try:
            return self._decisions.get(decision_id)
        except RecordNotFound as error:
            raise RenewalDecisionError(str(error)) from None

    def meeting_day(self, agenda_renewal_id: int) -> date:
        """The day of the meeting the renewal is on the agenda of (the demand to move goes out from it)."""
        return meeting_of(self.database, agenda_item(self._agenda, agenda_renewal_id).meeting_id).held_on

    def draft(self, agenda_renewal_id: int, outcome: RenewalOutcome = RenewalOutcome.RENEWED) -> RenewalDraft:
        """A draft with the suggested length and the renewal's case number for a transfer."""
        item = agenda_item(self._agenda, agenda_renewal_id)
        check = self.check(RenewalDraft(agenda_renewal_id, outcome))
        return RenewalDraft(agenda_renewal_id, outcome,
                            lease_years=check.suggestion.years if outcome.renews else None,
                            transfer_case_no=item.case_no if outcome is RenewalOutcome.TRANSFER else "")

    def check(self, draft: RenewalDraft, *, at: datetime | None = None) -> RenewalCheck:
        """Every reason this draft cannot be saved yet (decided `at`, default now), and the lease it
        would record."""
        return self._check(draft, at or datetime.now())[0]

    def _check(self, draft: RenewalDraft, at: datetime) -> tuple[RenewalCheck, tuple[Any, ...]]:
        item = agenda_item(self._agenda, draft.agenda_renewal_id)
        meeting = meeting_of(self.database, item.meeting_id)
        settings = load_meeting_settings(self.database)
        rules = (settings.min_characters, settings.min_words)
        tenancy, ended_on = tenancy_of(self.database, item.tenancy_id)
        starts = renewal_start(item.lease_ends)
        problems: list[str] = []
        if too_early := meeting.too_early(at):  # never a decision of the meeting made before it
            problems.append(too_early)
        if ended_on is not None:
            problems.append(f"Leieforholdet i bolig {tenancy.unit_id} er avsluttet {ended_on:%d.%m.%Y}.")
        elif tenancy.contract_end != item.lease_ends:
            problems.append(f"Leieavtalen i bolig {tenancy.unit_id} er endret siden saken ble satt opp (utløper nå "
                            f"{tenancy.contract_end:%d.%m.%Y}); ta saken av sakslisten og sett den opp på nytt.")
        if any(d.agenda_renewal_id == item.id for d in self._decisions.for_meeting(item.meeting_id)):
            problems.append(f"Fornyelsessak {item.case_no} er allerede avgjort i dette møtet.")
        outcome = draft.outcome
        problems += _limit_problems(draft)

        # -- texts: real sentences (issue 13 item 11) --
        if outcome.needs_reasons or draft.reasons.strip():
            if problem := text_problem("Begrunnelsen til leietakeren", draft.reasons, *rules):
                problems.append(problem + (" Begrunnelsen står i brevet (forvaltningsloven §§ 24–25)."
                                           if outcome is RenewalOutcome.NOT_RENEWED else ""))
        if outcome is RenewalOutcome.RENEWED_WITH_CONDITIONS:
            if problem := text_problem("Vilkårene", draft.conditions, *rules):
                problems.append(problem)
        elif draft.conditions.strip():
            problems.append("Vilkår hører til et vedtak om fornyelse med vilkår; velg det utfallet, eller ta bort "
                            "vilkårene.")
        if draft.internal_notes.strip() and (problem := text_problem("De interne merknadene", draft.internal_notes,
                                                                     *rules)):
            problems.append(problem)

        # -- the lease: length, the youngest child's age on the first day, § 11-1 --
        if draft.youngest_child_born is not None:
            if not tenancy.children_ages:
                problems.append("Husstanden har ingen barn registrert; fødselsdatoen til yngste barn hører ikke til "
                                "saken.")
            elif outcome.renews and draft.youngest_child_born > starts:
                problems.append("Yngste barns fødselsdato kan ikke være etter at leieavtalen starter.")
            elif not outcome.renews and draft.youngest_child_born > meeting.held_on:
                problems.append(Phrase("errors.best_interests.born_after_meeting"))
        suggestion = suggest(settings, tenancy, starts, draft.youngest_child_born)
        years = ends = None
        short_term = False
        if outcome.renews:
            years = draft.lease_years if draft.lease_years is not None else suggestion.years
            if years < 1:
                problems.append("Leieavtalen må vare minst ett år.")
            else:
                ends = lease_end(starts, years)
            # The setting may raise the minimum; the statute's three years stand whatever it says.
            short_term = years < max(settings.minimum_years, STATUTORY_MINIMUM_YEARS)
            if short_term:
                if problem := text_problem(f"Grunnlaget etter {SHORT_TERM_LAW} for en leieavtale kortere enn "
                                           f"{settings.minimum_years} år", draft.short_term_basis, *rules):
                    problems.append(problem + f" Minstetiden er {settings.minimum_years} år ({settings.law('lease')}); "
                                    f"kortere tid krever at boligen er øremerket for vanskeligstilte på "
                                    f"boligmarkedet ({SHORT_TERM_LAW}).")
                if draft.tenant_informed_on is None:
                    problems.append(f"Før datoen leietakeren skriftlig fikk vite om den korte leietiden; "
                                    f"{SHORT_TERM_LAW} krever at det skjer før avtalen inngås.")
                elif draft.tenant_informed_on > min(starts, meeting.held_on):
                    problems.append("Leietakeren må ha fått skriftlig beskjed om den korte leietiden før møtet og "
                                    f"før leieavtalen starter ({SHORT_TERM_LAW}).")
            elif draft.short_term_basis.strip() or draft.tenant_informed_on is not None:
                problems.append(f"Grunnlaget etter {SHORT_TERM_LAW} gjelder bare en leieavtale kortere enn "
                                f"{settings.minimum_years} år; ta det bort.")
        elif draft.lease_years is not None or draft.short_term_basis.strip() or draft.tenant_informed_on:
            problems.append("Leietid hører bare til et vedtak om fornyelse.")

        # -- not renewed: the tenant heard beforehand, and when they must have moved out --
        refusal = refusal_check(draft, item, meeting, rules)
        problems += refusal.problems

        # -- against the household: the children's best interests, weighed in writing --
        children = children_under_18(tenancy, meeting.held_on, draft.youngest_child_born)
        problems += _best_interests_problems(draft, children, rules)

        # -- transfer: the household joins the queue --
        transfer_case_no = ""
        if outcome is RenewalOutcome.TRANSFER:
            transfer_case_no = (draft.transfer_case_no or item.case_no).strip()
            if HouseholdRepository(self.database).has_applicant(transfer_case_no):
                problems.append(f"Saksnummeret {transfer_case_no} finnes allerede i søkerlisten; oppgi et nytt "
                                "saksnummer for byttesøknaden.")

        # -- who decides (fvl § 6) --
        participants = {saved_id(p.id): p for p in ParticipantRepository(self.database).for_meeting(saved_id(meeting.id))}
        eligible = [p for p in participants.values() if p.has_decision_authority and p.present]
        disqualified = set()
        for participant_id, ground in draft.disqualified:
            if participant_id not in participants:
                problems.append("Inhabilitet kan bare føres for en deltaker i dette møtet.")
                continue
            disqualified.add(participant_id)
            if ground.strip() and (problem := text_problem(
                    f"Grunnen til at {participants[participant_id].name} er inhabil", ground, *rules)):
                problems.append(problem)
        if draft.deciders is None:
            deciders = tuple(p for p in eligible if p.id not in disqualified)
        else:
            deciders = tuple(participants[i] for i in draft.deciders
                             if i in participants and participants[i] in eligible and i not in disqualified)
            if len(deciders) != len(draft.deciders):
                problems.append("Bare møtende medlemmer med vedtaksmyndighet som ikke er inhabile, kan fatte vedtaket.")
        if not eligible:
            problems.insert(0, "Ingen av møtets deltakere som er til stede har vedtaksmyndighet. Legg til møteleder "
                               "eller et medlem med vedtaksmyndighet før vedtak fattes.")
        elif not deciders:
            problems.append("Ingen med vedtaksmyndighet som er til stede og ikke inhabil, er med på vedtaket.")

        check = RenewalCheck(tuple(problems), starts, suggestion, years, ends, short_term, deciders,
                             refusal.move_out_by, refusal.eviction_warning, children)
        return check, (item, meeting, settings, tenancy, participants, transfer_case_no)

    def record(self, draft: RenewalDraft, *, decided_at: datetime | None = None) -> RenewalDecision:
        """Save one renewal decision and what it changes, as one transaction."""
        require_writable(self.database)
        item = agenda_item(self._agenda, draft.agenda_renewal_id)
        meeting = meeting_of(self.database, item.meeting_id)
        if meeting.status is not MeetingStatus.IN_PROGRESS:
            raise MeetingStateError(f"Vedtak kan bare føres mens møtet pågår; møtet er {meeting.status.label}.")
        decided_at = (decided_at or datetime.now()).replace(microsecond=0)
        check, (item, meeting, settings, tenancy, participants, transfer_case_no) = self._check(draft, decided_at)
        if check.problems:
            # One problem keeps its code (the window shows it in its language); several are joined.
            raise RenewalDecisionError(check.problems[0] if len(check.problems) == 1 else Joined(check.problems))
        outcome = draft.outcome
        decision = RenewalDecision(
            None, meeting.id, item.id, item.tenancy_id, outcome, draft.reasons.strip(),
            lease_starts=check.starts if outcome.renews else None, lease_years=check.years,
            lease_ends=check.ends, lease_reason=check.suggestion.reason if outcome.renews else "",
            youngest_child_born=(draft.youngest_child_born if outcome.renews or outcome.against_household
                                 else None),
            short_term_basis=draft.short_term_basis.strip() if check.short_term else "",
            tenant_informed_on=draft.tenant_informed_on if check.short_term else None,
            conditions=draft.conditions.strip(), internal_notes=draft.internal_notes.strip(),
            previous_lease_ends=item.lease_ends, move_out_by=check.move_out_by,
            transfer_case_no=transfer_case_no or None,
            notice_sent_on=draft.notice_sent_on, statement_received=draft.statement_received,
            tenant_statement=draft.tenant_statement.strip(), notice_exception=draft.notice_exception.strip(),
            move_demand_on=draft.move_demand_on,
            children_under_18=check.children, children_weighing=draft.children_weighing.strip(),
            meeting_settings_version=settings.version, decided_at=decided_at,
            deciders=tuple(saved_id(p.id) for p in check.deciders),
            disqualified=tuple((pid, participants[pid].name, ground.strip()) for pid, ground in draft.disqualified))
        points = []
        if outcome is RenewalOutcome.RENEWED_WITH_CONDITIONS:
            points = points_promised(item.tenancy_id, check.starts, settings.follow_up_months, decision.conditions,
                                     [], case_no=item.case_no)
        detail = {"meeting": meeting.id, "case_no": item.case_no, "tenancy_id": item.tenancy_id,
                  "outcome": outcome.value, "lease_years": check.years,
                  "lease_ends": check.ends.isoformat() if check.ends else None,
                  "short_term": check.short_term, "deciders": list(decision.deciders),
                  "meeting_settings_version": settings.version}
        if points:
            detail["follow_up_due"] = [p.due_on.isoformat() for p in points]
        if transfer_case_no:
            detail["transfer_case_no"] = transfer_case_no
        if outcome is RenewalOutcome.NOT_RENEWED:
            detail |= {"notice_sent_on": draft.notice_sent_on.isoformat() if draft.notice_sent_on else None,
                       "notice_exception": bool(decision.notice_exception),
                       "move_demand_on": draft.move_demand_on.isoformat() if draft.move_demand_on else None,
                       "eviction_warning": check.eviction_warning}
        if outcome.against_household:
            detail |= {"children_under_18": check.children, "children_weighed": bool(decision.children_weighing)}
        try:
            with self.database.transaction("decide", "renewal", f"{meeting.id}/{item.case_no}", detail):
                if transfer_case_no:
                    HouseholdRepository(self.database).save_applicants(
                        [_transfer_applicant(transfer_case_no, item, tenancy, meeting, check)])
                    HouseholdRepository(self.database).mark_transferred(transfer_case_no, item.tenancy_id)
                decision_id = self._decisions.add(decision)
                if outcome.renews:
                    assert check.ends is not None  # a renewal has its new lease end
                    self._decisions.set_lease_end(item.tenancy_id, check.ends, item.lease_ends)
                if points:
                    self._decisions.add_follow_up(points, decision_id, decided_at)
        except StoreError as error:
            raise RenewalDecisionError(str(error)) from None
        return self._decisions.get(decision_id)

    def undo(self, decision_id: int) -> RenewalDecision:
        """Undo one renewal decision of a meeting in progress, and everything it changed."""
        require_writable(self.database)
        decision = self.get(decision_id)
        item = agenda_item(self._agenda, decision.agenda_renewal_id)
        meeting = meeting_of(self.database, decision.meeting_id)
        if meeting.status is not MeetingStatus.IN_PROGRESS:
            raise MeetingStateError(f"Vedtak kan bare angres mens møtet pågår; møtet er {meeting.status.label}.")
        if IssuedRenewalLetterRepository(self.database).get(decision_id) is not None:
            raise RenewalDecisionError(f"Vedtaksbrevet i fornyelsessak {item.case_no} er allerede sendt; vedtaket kan "
                                       "ikke angres.")
        if self._decisions.follow_up_done(decision_id):
            raise RenewalDecisionError(f"Et oppfølgingspunkt fra vedtaket i fornyelsessak {item.case_no} er allerede "
                                       "ført som utført; vedtaket kan ikke angres.")
        households = HouseholdRepository(self.database)
        if decision.transfer_case_no and households.applicant_on_an_agenda(decision.transfer_case_no):
            raise RenewalDecisionError(f"Byttesøknaden {decision.transfer_case_no} står allerede på en saksliste; "
                                       "vedtaket kan ikke angres.")
        detail = {"renewal_decision_id": decision_id, "outcome": decision.outcome.value,
                  "tenancy_id": decision.tenancy_id}
        try:
            with self.database.transaction("undo", "renewal", f"{meeting.id}/{item.case_no}", detail):
                self._decisions.delete_follow_up(decision_id)
                if decision.outcome.renews:
                    assert decision.previous_lease_ends is not None and decision.lease_ends is not None  # a renewal has both
                    self._decisions.set_lease_end(decision.tenancy_id, decision.previous_lease_ends,
                                                  decision.lease_ends)
                self._decisions.delete(decision_id)
                if decision.transfer_case_no:
                    households.delete_applicant(decision.transfer_case_no)
        except StoreError as error:
            raise RenewalDecisionError(str(error)) from None
        return decision


def _transfer_applicant(case_no: str, item: AgendaRenewal, tenancy: ResidentHousehold, meeting: Meeting,
                        check: RenewalCheck) -> Applicant:
    """The household as an applicant for another unit: its members and needs from the tenancy, its
    history in words (where it lives, since when, the decision), waiting from the meeting day."""
    lived = f" siden {tenancy.contract_start:%d.%m.%Y}" if tenancy.contract_start else ""
    history = (f"Bytte fra bolig {tenancy.unit_id}{lived}: vedtak om bytte i møtet {meeting.held_on:%d.%m.%Y} "
               f"(fornyelsessak {item.case_no}).")
    return Applicant(
        case_no=case_no, name=item.tenant_name, household_type=tenancy.household_type, adults=tenancy.adults,
        priority=Priority.PRIORITIZED, decision_date=meeting.held_on, children_ages=tenancy.children_ages,
        bedrooms_needed=default_bedrooms_needed(tenancy.adults, tenancy.children_ages),
        situation=Situation.UNSUITABLE, needs=tenancy.needs, follow_up=tenancy.follow_up, wishes=history,
        status=ApplicantStatus.WAITING)


def _limit_problems(draft: RenewalDraft) -> list[str]:
    texts = [("reasons", draft.reasons), ("internal_notes", draft.internal_notes), ("conditions", draft.conditions),
             ("notes", draft.short_term_basis), ("case_no", draft.transfer_case_no),
             ("reasons", draft.tenant_statement), ("reasons", draft.notice_exception),
             ("weighing", draft.children_weighing)]
    texts += [("notes", ground) for _, ground in draft.disqualified]
    return refused_texts(texts)


def _best_interests_problems(draft: RenewalDraft, children: int, rules: tuple[int, int]) -> list[str]:
    """Grunnloven § 104 second paragraph and barnekonvensjonen art. 3 no. 1: in a decision that
    concerns children their best interests are a fundamental consideration; forvaltningsloven § 25
    third paragraph: the reasons name the main considerations. A lease not renewed, or a transfer,
    takes the children's home: with children under 18 on the meeting's day the meeting writes down
    how it weighed their best interests, as a whole sentence (the database holds it too, m0014)."""
    if draft.outcome.against_household and children:
        if not draft.children_weighing.strip():
            return [Phrase("errors.best_interests.missing", count=Count(children, "child"))]
        if problem := text_problem(Phrase("best_interests.label"), draft.children_weighing, *rules):
            return [problem]
        return []
    if draft.children_weighing.strip():
        return [Phrase("errors.best_interests.not_here")]
    return []

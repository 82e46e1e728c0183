"""Issue 17 items 1 and 7: a renewal on the agenda, decided in the meeting, in the minutes and a letter.

The lease-length presets at their edges (a child 14 or 15 on the lease's first day, the birthday
on that very day; a first lease and a renewal), the § 11-1 basis a short lease needs (the service
and the database), the refused renewal's letter with its appeal paragraph, frozen once issued, and
the minutes' own section for renewals, covered by the signed record's fingerprint.
"""
from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date, timedelta

import pytest

from boligmote.domain import ApplicantStatus, HouseholdType, ResidentHousehold
from boligmote.domain.households import Applicant
from boligmote.domain.renewals import RenewalOutcome, age_on, lease_end
from boligmote.services.meeting_settings import MeetingSettings, apply_lease_preset, change_meeting_settings
from boligmote.services.meetings import MeetingError
from boligmote.services.minutes import render_minutes
from boligmote.domain.follow_up import add_months
from boligmote.services.renewal_agenda import RenewalDecisionError, put_on_agenda, renewal_cases
from boligmote.services.renewal_decisions import RenewalDecisions, RenewalDraft, suggest
from boligmote.services.renewal_letters import issue_renewal_letter, render_renewal_letter
from boligmote.services.signing import sign_minutes
from boligmote.services.verification import verify_file
from boligmote.store import StoreError
from boligmote.store.audit import verify
from boligmote.store.households import HouseholdRepository
from boligmote.words import error_code, message_of

from .test_letters import OFFICE, letter_text
from .test_meetings import new_meeting
from .test_minutes import pages_text

REASONS = "Husstanden har fått egen bolig i privat marked og har ikke lenger behov for kommunal bolig."
BASIS = "Boligen er øremerket for vanskeligstilte på boligmarkedet etter vedtak om øremerking."
OSLO = {"lease": {"children_rule": True, "children_years": 7, "children_age_below": 15, "first_years": 5},
        "renewal": {"children_rule": True, "children_years": 5, "years": 3}}


STATEMENT = "Leietakeren ba om mer tid; det er tatt hensyn til i fraflyttingsfristen."


def heard(meeting, **more):
    """What a refusal rests on besides its reasons (m0013): advance notice two weeks before the
    meeting with no statement by the deadline, and the demand to move sent on the meeting day."""
    return {"notice_sent_on": meeting.held_on - timedelta(days=14), "statement_received": False,
            "move_demand_on": meeting.held_on} | more


def family(*ages: int) -> ResidentHousehold:
    return ResidentHousehold(None, "U1", HouseholdType.SINGLE_PARENT, 1, tuple(ages))


def applicant(*ages: int) -> Applicant:
    from boligmote.domain import Priority

    return Applicant("2027/001", "Søker Eksempel", HouseholdType.SINGLE_PARENT, 1, Priority.PRIORITIZED,
                     date(2026, 1, 1), children_ages=tuple(ages))


# ---- the presets at their edges ---------------------------------------------------------------------

STARTS = date(2027, 3, 1)
TURNS_15_ON_START = date(2012, 3, 1)  # 15th birthday on the lease's first day: no longer 0–14
TURNS_15_NEXT_DAY = date(2012, 3, 2)  # still 14 on the first day


def test_the_birthday_on_the_start_date_counts():
    assert age_on(TURNS_15_ON_START, STARTS) == 15
    assert age_on(TURNS_15_NEXT_DAY, STARTS) == 14
    assert age_on(date(2012, 2, 29), date(2027, 2, 28)) == 14 and age_on(date(2012, 2, 29), STARTS) == 15


@pytest.mark.parametrize(("born", "first", "renewal"), [(TURNS_15_NEXT_DAY, 7, 5), (TURNS_15_ON_START, 5, 3)])
def test_oslo_preset_child_aged_14_or_15_on_the_start_date_first_lease_and_renewal(born, first, renewal):
    settings = MeetingSettings(OSLO)
    assert settings.lease_preset.key == "oslo_2024"
    # the household is recorded with a child of 14; the birth date decides on the first day
    first_lease = settings.suggest_lease(applicant(14), starts=STARTS, youngest_child_born=born)
    renewed = suggest(settings, family(14), STARTS, born)
    assert (first_lease.years, renewed.years) == (first, renewal)
    assert "Oslo kommunes forskrift" in (first_lease.reason if first == 7 else renewed.reason if renewal == 5
                                         else first_lease.reason)


def test_the_plain_default_is_three_years_first_and_at_renewal_whatever_the_children():
    settings = MeetingSettings()
    assert settings.lease_preset.key == "standard"
    assert settings.suggest_lease(applicant(2)).years == 3
    assert suggest(settings, family(2), STARTS).years == 3
    assert "husleieloven § 9-3" in suggest(settings, family(2), STARTS).reason


def test_a_preset_is_applied_as_one_audited_settings_change_and_a_changed_value_leaves_it(new_db):
    settings = apply_lease_preset(new_db, "oslo_2024")
    assert settings.lease_preset.key == "oslo_2024" and settings.value("lease", "first_years") == 5
    note = new_db.scalar("SELECT note FROM meeting_settings ORDER BY version DESC LIMIT 1")
    assert "Oslo kommunes forskrift" in note
    settings = change_meeting_settings(new_db, {"renewal": {"years": 4}})
    assert settings.lease_preset is None  # the municipality's own values: «kommunens valg»
    assert "kommunens" in suggest(settings, family(), STARTS).reason


def test_a_lease_ends_the_day_before_its_anniversary():
    assert lease_end(STARTS, 3) == date(2030, 2, 28)
    assert lease_end(date(2028, 2, 29), 3) == date(2031, 2, 28)


# ---- in the meeting -------------------------------------------------------------------------------------


def _tenancy_with(db, children: bool, ends: date, skip: int = 0) -> str:
    condition = "> 0" if children else "= 0"
    (unit_id,) = db.query(f"SELECT unit_id FROM tenancies WHERE ended_on IS NULL AND contract_end IS NOT NULL "
                          f"AND json_array_length(children_ages) {condition} ORDER BY unit_id LIMIT 1 OFFSET ?",
                          (skip,))[0]
    with db.transaction("test", "lease"):
        db.conn.execute("UPDATE tenancies SET contract_end = ? WHERE unit_id = ? AND ended_on IS NULL",
                        (ends.isoformat(), unit_id))
    return unit_id


@pytest.fixture
def renewal_meeting(demo_db, reference_date):
    """A meeting with two renewals on the agenda, started: a family whose lease ends on
    28.02.2027 (so the renewal starts 01.03.2027) and a single person's."""
    change_meeting_settings(demo_db, {"office": OFFICE})
    meetings, meeting, people = new_meeting(demo_db, reference_date)
    family_unit = _tenancy_with(demo_db, True, date(2027, 2, 28))
    single_unit = _tenancy_with(demo_db, False, reference_date + timedelta(days=60))
    family_item = put_on_agenda(demo_db, meeting.id, family_unit, "2026/F001", "Frida Leietaker",
                                prepared_by="Liv Eksempelsen")
    single_item = put_on_agenda(demo_db, meeting.id, single_unit, "2026/F002", "Sander Leietaker",
                                prepared_by="Liv Eksempelsen")
    meetings.start(meeting.id)
    return meetings, meeting, people, family_item, single_item


def test_the_youngest_childs_birth_date_decides_the_renewal_on_its_first_day(demo_db, renewal_meeting):
    apply_lease_preset(demo_db, "oslo_2024")
    *_, family_item, _ = renewal_meeting
    decisions = RenewalDecisions(demo_db)
    draft = RenewalDraft(family_item.id, RenewalOutcome.RENEWED)
    assert decisions.check(replace(draft, youngest_child_born=TURNS_15_NEXT_DAY)).years == 5
    assert decisions.check(replace(draft, youngest_child_born=TURNS_15_ON_START)).years == 3
    saved = decisions.record(replace(draft, youngest_child_born=TURNS_15_ON_START))
    assert (saved.lease_starts, saved.lease_years, saved.lease_ends) == (STARTS, 3, date(2030, 2, 28))
    tenancy = HouseholdRepository(demo_db).tenancy_in(demo_db.scalar(
        "SELECT unit_id FROM tenancies WHERE id = ?", (saved.tenancy_id,)))
    assert tenancy.contract_end == date(2030, 2, 28)  # the lease runs on
    decisions.undo(saved.id)
    assert HouseholdRepository(demo_db).tenancy_in(tenancy.unit_id).contract_end == date(2027, 2, 28)
    assert verify(demo_db.conn).ok


def test_a_lease_under_three_years_is_refused_without_the_section_11_1_basis(demo_db, renewal_meeting):
    _, meeting, _, family_item, _ = renewal_meeting
    decisions = RenewalDecisions(demo_db)
    short = RenewalDraft(family_item.id, RenewalOutcome.RENEWED, lease_years=1)
    with pytest.raises(RenewalDecisionError, match="husleieloven § 11-1") as refused:
        decisions.record(short)
    assert "skriftlig" in str(refused.value)
    with pytest.raises(RenewalDecisionError, match="før møtet"):  # told afterwards is not beforehand
        decisions.record(replace(short, short_term_basis=BASIS, tenant_informed_on=meeting.held_on + timedelta(1)))
    assert demo_db.scalar("SELECT count(*) FROM renewal_decisions WHERE meeting_id = ?", (meeting.id,)) == 0
    saved = decisions.record(replace(short, short_term_basis=BASIS, tenant_informed_on=meeting.held_on))
    assert saved.lease_years == 1 and saved.short_term_basis == BASIS
    # the database holds the statute whatever the service says (m0011)
    with pytest.raises(sqlite3.IntegrityError, match="CHECK"):
        demo_db.conn.execute(
            "INSERT INTO renewal_decisions (meeting_id, agenda_renewal_id, tenancy_id, outcome, lease_starts, "
            "lease_years, lease_ends, previous_lease_ends, decided_at) "
            "SELECT meeting_id, id, tenancy_id, 'renewed', '2027-01-01', 2, '2028-12-31', lease_ends, 'x' "
            "FROM agenda_renewals WHERE id = ?", (renewal_meeting[4].id,))


def test_a_municipal_minimum_above_three_years_needs_the_basis_too(demo_db, renewal_meeting):
    change_meeting_settings(demo_db, {"lease": {"minimum_years": 5}})
    *_, family_item, _ = renewal_meeting
    check = RenewalDecisions(demo_db).check(RenewalDraft(family_item.id, RenewalOutcome.RENEWED, lease_years=4))
    assert check.short_term and any("§ 11-1" in p for p in check.problems)


def test_conditions_become_follow_up_points_after_the_renewed_lease_starts(demo_db, renewal_meeting):
    *_, family_item, _ = renewal_meeting
    saved = RenewalDecisions(demo_db).record(RenewalDraft(
        family_item.id, RenewalOutcome.RENEWED_WITH_CONDITIONS,
        conditions="Leietakeren tar imot booppfølging det første året."))
    due = [date.fromisoformat(d) for (d,) in demo_db.query(
        "SELECT due_on FROM follow_up_points WHERE renewal_decision_id = ? ORDER BY due_on", (saved.id,))]
    assert due == [date(2027, 6, 1), date(2027, 9, 1), date(2028, 3, 1)]  # 3, 6, 12 months after 01.03.2027


def test_a_transfer_puts_the_household_in_the_queue_with_its_history(demo_db, renewal_meeting):
    *_, family_item, _ = renewal_meeting
    decisions = RenewalDecisions(demo_db)
    with pytest.raises(RenewalDecisionError, match="Begrunnelsen til leietakeren mangler"):
        decisions.record(RenewalDraft(family_item.id, RenewalOutcome.TRANSFER))
    saved = decisions.record(RenewalDraft(family_item.id, RenewalOutcome.TRANSFER,
                                          reasons="Husstanden har vokst og trenger en større bolig.",
                                          children_weighing=WEIGHING))
    queued = HouseholdRepository(demo_db).applicant("2026/F001")
    assert queued.status is ApplicantStatus.WAITING and queued.name == "Frida Leietaker"
    assert queued.children_ages and "Bytte fra bolig" in queued.wishes and "2026/F001" in queued.wishes
    assert demo_db.scalar("SELECT transferred_from_tenancy FROM applicants WHERE case_no = '2026/F001'") \
        == saved.tenancy_id
    decisions.undo(saved.id)
    assert demo_db.scalar("SELECT count(*) FROM applicants WHERE case_no = '2026/F001'") == 0


def test_a_refused_renewals_letter_has_the_appeal_paragraph_and_is_frozen_once_issued(demo_db, renewal_meeting):
    meetings, meeting, *_, single_item = renewal_meeting
    decisions = RenewalDecisions(demo_db)
    with pytest.raises(RenewalDecisionError, match="Begrunnelsen til leietakeren"):
        decisions.record(RenewalDraft(single_item.id, RenewalOutcome.NOT_RENEWED))
    saved = decisions.record(RenewalDraft(single_item.id, RenewalOutcome.NOT_RENEWED, reasons=REASONS,
                                          internal_notes="Naboene har klaget; ikke for brevet.", **heard(meeting)))
    text = letter_text(render_renewal_letter(demo_db, saved.id))
    assert "Vedtak om ikke å fornye leieavtalen" in text and "Sander Leietaker" in text and REASONS in text
    # the appeal paragraph as the allocation letters have it (forvaltningsloven §§ 28–29)
    assert "Klagefristen er tre uker" in text and "forvaltningsloven §§ 28 og 29" in text
    assert "Kommunens klagenemnd for boligsaker" in text and "forvaltningsloven § 42" in text
    assert f"{saved.previous_lease_ends:%d.%m.%Y}" in text and "ikke for brevet" not in text
    # the law the lease ends by, and the written demand to move (the lawyer's review)
    assert "husleieloven § 9-3" in text and "husleieloven § 9-2 første ledd" in text
    assert "den skriftlige oppfordringen til å flytte ut" in text and "§ 9-2 tredje ledd" in text
    # sent two months before the lease ends: the warning that allows eviction without a court case
    assert "tvangsfullbyrdelsesloven § 13-2 tredje ledd bokstav b" in text
    # … and only on the condition the law sets: the tenant accepted it in the lease (the lawyer's review)
    assert "Står det i leieavtalen at du godtar utkastelse når leietiden er ute" in " ".join(text.split())
    # the advance notice the tenant was given (forvaltningsloven § 16), dated as recorded
    notice = meeting.held_on - timedelta(days=14)
    assert f"Du fikk forhåndsvarsel om saken {notice:%d.%m.%Y}" in text and "ingen uttalelse fra deg" in text
    assert f"Dato {meeting.held_on:%d.%m.%Y}" in " ".join(text.split())  # dated the day the demand is sent
    _, issued = issue_renewal_letter(demo_db, saved.id)
    assert not issued  # a draft until the minutes are signed
    meetings.close(meeting.id)
    sign_minutes(demo_db, meeting.id)
    first, issued = issue_renewal_letter(demo_db, saved.id)
    assert issued
    change_meeting_settings(demo_db, {"office": {**OFFICE, "phone": "99 99 99 99"}})
    again, _ = issue_renewal_letter(demo_db, saved.id)
    assert again == first  # the letter as sent, not as it would print today
    with pytest.raises(sqlite3.IntegrityError, match="kan ikke endres"):
        demo_db.conn.execute("UPDATE issued_renewal_letters SET pdf = x'00'")
    with pytest.raises(MeetingError, match="pågår"):
        decisions.undo(saved.id)


def test_a_lease_run_out_before_the_meeting_needs_a_move_out_date_after_it(demo_db, renewal_meeting):
    _, meeting, *_ = renewal_meeting
    unit_id = _tenancy_with(demo_db, False, meeting.held_on - timedelta(days=3), skip=1)
    late = put_on_agenda(demo_db, meeting.id, unit_id, "2026/F003", "Vera Leietaker")
    decisions = RenewalDecisions(demo_db)
    refused = RenewalDraft(late.id, RenewalOutcome.NOT_RENEWED, reasons=REASONS, **heard(meeting))
    with pytest.raises(RenewalDecisionError, match="fraflyttingsfrist minst en måned etter møtet"):
        decisions.record(refused)  # the letter would say «move out by» a day already past
    by = meeting.held_on + timedelta(days=60)
    saved = decisions.record(replace(refused, move_out_by=by))
    assert saved.move_out_by == by
    text = letter_text(render_renewal_letter(demo_db, saved.id))
    # the lease ran out before the letter: said in the past tense, never as a day to come
    assert f"løp ut {late.lease_ends:%d.%m.%Y}" in text and f"senest {by:%d.%m.%Y}" in text


def test_a_lease_that_ran_out_over_three_months_ago_cannot_be_refused_renewal(demo_db, renewal_meeting):
    """Review (municipal lawyer): a tenant who stayed on more than three months after the lease ran
    out, with no written demand to move, has a lease without end (husleieloven § 9-2 third paragraph);
    «not renewed» would mean nothing, and the letter would order a move the law does not back."""
    _, meeting, *_ = renewal_meeting
    unit_id = _tenancy_with(demo_db, False, meeting.held_on - timedelta(days=100), skip=1)
    stale = put_on_agenda(demo_db, meeting.id, unit_id, "2026/F004", "Per Leietaker")
    refused = RenewalDraft(stale.id, RenewalOutcome.NOT_RENEWED, reasons=REASONS,
                           move_out_by=meeting.held_on + timedelta(days=60), **heard(meeting))
    with pytest.raises(RenewalDecisionError, match="husleieloven § 9-2 tredje ledd"):
        RenewalDecisions(demo_db).record(refused)
    # renewing it is still possible: the meeting is not stuck
    assert RenewalDecisions(demo_db).record(RenewalDraft(stale.id, RenewalOutcome.RENEWED)).id


def test_the_move_out_day_leaves_the_tenant_time_to_appeal(demo_db, renewal_meeting):
    """Review: a move-out day a week after the meeting fell inside the three weeks to appeal
    (forvaltningsloven § 29); it must lie at least a month after the meeting."""
    _, meeting, *_ = renewal_meeting
    unit_id = _tenancy_with(demo_db, False, meeting.held_on + timedelta(days=5), skip=1)
    soon = put_on_agenda(demo_db, meeting.id, unit_id, "2026/F005", "Åse Leietaker")
    decisions = RenewalDecisions(demo_db)
    refused = RenewalDraft(soon.id, RenewalOutcome.NOT_RENEWED, reasons=REASONS, **heard(meeting))
    with pytest.raises(RenewalDecisionError, match="minst en måned etter møtet"):
        decisions.record(refused)  # the lease's own end, five days on
    with pytest.raises(RenewalDecisionError, match="minst en måned etter møtet"):
        decisions.record(replace(refused, move_out_by=meeting.held_on + timedelta(days=21)))
    month_later = add_months(meeting.held_on, 1)
    assert decisions.record(replace(refused, move_out_by=month_later)).move_out_by == month_later


def test_the_minutes_give_renewals_their_own_section_after_the_allocations(demo_db, renewal_meeting):
    meetings, meeting, *_, family_item, single_item = renewal_meeting
    from .test_meetings import pairs

    (case_no, unit_id), = pairs(demo_db, meeting.held_on, 1)
    meetings.add_case(meeting.id, case_no, unit_id, "Liv Eksempelsen")  # an allocation, added last
    RenewalDecisions(demo_db).record(RenewalDraft(single_item.id, RenewalOutcome.NOT_RENEWED, reasons=REASONS,
                                                  **heard(meeting)))
    text = " ".join(pages_text(render_minutes(demo_db, meeting.id)))
    # allocations first, then «Fornyelser» on the agenda and in the body, numbered on from them
    allocation = text.index(f"Sak 1: {case_no}")
    renewals = text.index("Fornyelser", text.index("Saksliste"))
    assert renewals < allocation < text.index("Fornyelser", allocation) < text.index("Sak 2: 2026/F001 – fornyelse")
    assert "Sak 3: 2026/F002 – fornyelse, Sander Leietaker" in text
    assert "Ikke fornyet – vedtak om ikke å fornye leieavtalen (enkeltvedtak)" in text
    assert "Ikke behandlet i møtet" in text
    # the unit by its address, its number after it (as the allocation cases name it)
    case = next(c for c in renewal_cases(demo_db, meeting.id) if c.item.id == single_item.id)
    case_part = text[text.index("Sak 3: 2026/F002 – fornyelse"):]
    assert case.place is not None
    assert case_part.index(case.place.building.address) < case_part.index(f"bolig {case.unit_id}")
    screened = " ".join(pages_text(render_minutes(demo_db, meeting.id, names=False)))
    assert "Frida Leietaker" not in screened and "2026/F001 – fornyelse, (navn skjult)" in screened


def test_minutes_without_renewals_leave_the_section_out(demo_db, reference_date):
    _, meeting, _ = new_meeting(demo_db, reference_date)
    text = " ".join(pages_text(render_minutes(demo_db, meeting.id)))
    assert "Fornyelser" not in text


def test_the_signed_records_fingerprint_covers_the_renewal_decisions(demo_path, demo_db, renewal_meeting):
    meetings, meeting, *_, single_item = renewal_meeting
    saved = RenewalDecisions(demo_db).record(RenewalDraft(single_item.id, RenewalOutcome.NOT_RENEWED,
                                                          reasons=REASONS, **heard(meeting)))
    meetings.close(meeting.id)
    sign_minutes(demo_db, meeting.id)
    assert verify_file(demo_db).meetings and all(not m.problems for m in verify_file(demo_db).meetings)
    with pytest.raises(sqlite3.IntegrityError):
        demo_db.conn.execute("DELETE FROM renewal_decisions WHERE id = ?", (saved.id,))
    # behind the app's back: the trigger dropped, the reasons rewritten
    demo_db.conn.execute("DROP TRIGGER renewal_decisions_no_update")
    demo_db.conn.execute("UPDATE renewal_decisions SET reasons = 'Endret i ettertid av noen.' WHERE id = ?",
                         (saved.id,))
    problems = [p for m in verify_file(demo_db).meetings if m.meeting_id == meeting.id for p in m.problems]
    assert any(f"fornyelsesvedtak {saved.id} er endret" in p for p in problems)
    with pytest.raises(MeetingError, match="endret etter signering"):
        render_renewal_letter(demo_db, saved.id)


def test_a_planned_meeting_with_renewals_on_its_agenda_can_still_be_deleted(demo_db, reference_date):
    meetings, meeting, _ = new_meeting(demo_db, reference_date)
    unit_id = _tenancy_with(demo_db, False, reference_date + timedelta(days=30))
    put_on_agenda(demo_db, meeting.id, unit_id, "2026/F010", "Ola Leietaker")
    meetings.delete(meeting.id)
    assert demo_db.scalar("SELECT count(*) FROM agenda_renewals WHERE meeting_id = ?", (meeting.id,)) == 0


# ---- a refusal after the tenant was heard (m0013) ---------------------------------------------------------


def test_a_refusal_needs_advance_notice_or_the_stated_exception(demo_db, renewal_meeting):
    """Forvaltningsloven § 16: the tenant is told beforehand and may comment, and what they said is
    considered; the third paragraph's exception is written down instead, never silently."""
    _, meeting, *_, single_item = renewal_meeting
    decisions = RenewalDecisions(demo_db)
    bare = RenewalDraft(single_item.id, RenewalOutcome.NOT_RENEWED, reasons=REASONS, move_demand_on=meeting.held_on)
    with pytest.raises(RenewalDecisionError, match="forhåndsvarsel og mulighet til å uttale seg før vedtak om ikke "
                                                   "å fornye \\(forvaltningsloven § 16\\)"):
        decisions.record(bare)
    with pytest.raises(RenewalDecisionError, match="må være sendt før møtet"):
        decisions.record(replace(bare, notice_sent_on=meeting.held_on, statement_received=False))
    with pytest.raises(RenewalDecisionError, match="om leietakeren uttalte seg"):
        decisions.record(replace(bare, notice_sent_on=meeting.held_on - timedelta(days=14)))
    with pytest.raises(RenewalDecisionError, match="Hva leietakeren uttalte og hvordan det ble vurdert"):
        decisions.record(replace(bare, notice_sent_on=meeting.held_on - timedelta(days=14), statement_received=True))
    exception = "Leietakeren la fram sitt syn i møte med boligkontoret og fikk to uker til å komme med mer."
    with pytest.raises(RenewalDecisionError, match="ikke begge"):
        decisions.record(replace(bare, notice_sent_on=meeting.held_on - timedelta(days=14), statement_received=False,
                                 notice_exception=exception))
    # the database holds it too, whatever the service lets through
    with pytest.raises(StoreError, match="forvaltningsloven § 16"):
        with demo_db.transaction("test", "renewal"):
            demo_db.conn.execute(
                "INSERT INTO renewal_decisions (meeting_id, agenda_renewal_id, tenancy_id, outcome, reasons, "
                "previous_lease_ends, move_out_by, move_demand_on, decided_at, children_under_18) "
                "VALUES (?, ?, ?, 'not_renewed', ?, ?, ?, ?, '2026-11-23T10:00:00', 0)",
                (meeting.id, single_item.id, single_item.tenancy_id, REASONS, single_item.lease_ends.isoformat(),
                 single_item.lease_ends.isoformat(), meeting.held_on.isoformat()))
    saved = decisions.record(replace(bare, notice_sent_on=meeting.held_on - timedelta(days=14), statement_received=True,
                                     tenant_statement=STATEMENT))
    assert (saved.notice_sent_on, saved.statement_received, saved.tenant_statement) == (
        meeting.held_on - timedelta(days=14), True, STATEMENT)
    text = letter_text(render_renewal_letter(demo_db, saved.id))
    assert "Vi har vurdert det du uttalte, før vedtaket ble fattet" in text and STATEMENT not in text
    minutes = " ".join(" ".join(pages_text(render_minutes(demo_db, meeting.id))).split())
    assert "Forhåndsvarsel (fvl. § 16)" in minutes and STATEMENT in minutes


def test_the_exception_of_section_16_third_paragraph_is_stated_in_the_letter(demo_db, renewal_meeting):
    _, meeting, *_, single_item = renewal_meeting
    exception = "Leietakeren la fram sitt syn i møte med boligkontoret og fikk to uker til å komme med mer."
    saved = RenewalDecisions(demo_db).record(RenewalDraft(
        single_item.id, RenewalOutcome.NOT_RENEWED, reasons=REASONS, notice_exception=exception,
        move_demand_on=meeting.held_on))
    assert saved.notice_sent_on is None and saved.notice_exception == exception
    text = " ".join(letter_text(render_renewal_letter(demo_db, saved.id)).split())
    assert f"Du fikk ikke forhåndsvarsel før vedtaket ble fattet (forvaltningsloven § 16 tredje ledd): {exception}" \
        in text


def test_the_day_the_demand_to_move_is_sent_is_recorded_and_decides_the_eviction_warning(demo_db, renewal_meeting):
    """Tvangsfullbyrdelsesloven § 13-2 third paragraph b: the warning counts only one to three months
    before the lease ends. The day is recorded with the decision, and the letter is dated it; sent
    outside those months the letter is still the written demand to move, without the warning."""
    _, meeting, *_ = renewal_meeting
    unit_id = _tenancy_with(demo_db, False, meeting.held_on + timedelta(days=150), skip=1)
    later = put_on_agenda(demo_db, meeting.id, unit_id, "2026/F006", "Ola Leietaker")
    decisions = RenewalDecisions(demo_db)
    refused = RenewalDraft(later.id, RenewalOutcome.NOT_RENEWED, reasons=REASONS, **heard(meeting))
    del_demand = replace(refused, move_demand_on=None)
    with pytest.raises(RenewalDecisionError, match="Før datoen brevet med oppfordringen til å flytte sendes"):
        decisions.record(del_demand)
    with pytest.raises(RenewalDecisionError, match="kan ikke sendes før vedtaket er fattet"):
        decisions.record(replace(refused, move_demand_on=meeting.held_on - timedelta(days=1)))
    assert not decisions.check(refused).eviction_warning  # five months before: too early for the warning
    in_window = add_months(later.lease_ends, -2)
    assert decisions.check(replace(refused, move_demand_on=in_window)).eviction_warning
    saved = decisions.record(refused)
    assert saved.move_demand_on == meeting.held_on
    text = letter_text(render_renewal_letter(demo_db, saved.id))
    assert "den skriftlige oppfordringen til å flytte ut" in text  # the demand stands without the warning
    assert "tvangsfullbyrdelsesloven" not in text
    minutes = " ".join(" ".join(pages_text(render_minutes(demo_db, meeting.id))).split())
    assert f"Sendes {meeting.held_on:%d.%m.%Y} (husleieloven § 9-2 tredje ledd), uten varsel om utkastelse" in minutes


# ---- the children's best interests (m0014) -----------------------------------------------------------------

WEIGHING = ("Barna på 9 og 17 år går på skolen i nærmiljøet; fraflyttingsfristen er satt etter skoleåret, og "
            "boligkontoret hjelper familien å finne bolig i samme skolekrets.")


def _set_ages(db, item, ages: list[int]) -> None:
    with db.transaction("test", "ages"):
        db.conn.execute("UPDATE tenancies SET children_ages = ? WHERE id = ?", (str(ages), item.tenancy_id))


def _refusal(meeting, item, **more) -> RenewalDraft:
    return RenewalDraft(item.id, RenewalOutcome.NOT_RENEWED, reasons=REASONS, **heard(meeting)) if not more \
        else replace(_refusal(meeting, item), **more)


@pytest.mark.parametrize(("ages", "weighed"), [([17], True), ([18], False), ([20, 18], False), ([18, 3], True)])
def test_a_refusal_needs_the_childrens_best_interests_weighed_while_a_child_is_under_18(demo_db, renewal_meeting,
                                                                                       ages, weighed):
    """Grunnloven § 104 second paragraph: a child aged 17 on the decision date requires the written
    weighing; a household whose children are all 18 or older does not (barnekonvensjonen art. 1)."""
    _, meeting, *_, family_item, _ = renewal_meeting
    _set_ages(demo_db, family_item, ages)
    decisions = RenewalDecisions(demo_db)
    refused = _refusal(meeting, family_item)
    if weighed:
        with pytest.raises(RenewalDecisionError, match="barnets beste skriftlig") as error:
            decisions.record(refused)
        assert error_code(error.value) == "errors.best_interests.missing"
        assert "Grunnloven § 104 andre ledd" in str(error.value) and "1 barn under 18 år" in str(error.value)
        # the window shows it in its own language
        assert "skriftleg" in message_of(error.value).render("nn")
        assert "in writing" in message_of(error.value).render("en")
        with pytest.raises(RenewalDecisionError, match="hel setning"):  # a whole sentence, not a word
            decisions.record(replace(refused, children_weighing="Vurdert."))
        saved = decisions.record(replace(refused, children_weighing=WEIGHING))
        assert (saved.children_under_18, saved.children_weighing) == (sum(a < 18 for a in ages), WEIGHING)
    else:
        assert decisions.check(refused).children == 0
        with pytest.raises(RenewalDecisionError, match="hører til et vedtak om ikke å fornye eller om bytte for en "
                                                       "husstand med barn under 18"):
            decisions.record(replace(refused, children_weighing=WEIGHING))
        saved = decisions.record(refused)
        assert (saved.children_under_18, saved.children_weighing) == (0, "")


@pytest.mark.parametrize(("eighteenth_birthday", "weighed"), [(1, True), (0, False), (-1, False)])
def test_the_youngest_childs_age_on_the_meeting_day_decides_whether_the_weighing_is_needed(
        demo_db, renewal_meeting, eighteenth_birthday, weighed):
    """Recorded ages carry no date: with the youngest child's birth date, the age on the day of the
    meeting decides — 18 on the meeting day itself is no longer a child."""
    _, meeting, *_, family_item, _ = renewal_meeting
    _set_ages(demo_db, family_item, [17])  # as recorded at import, months ago
    born = meeting.held_on.replace(year=meeting.held_on.year - 18) + timedelta(days=eighteenth_birthday)
    assert age_on(born, meeting.held_on) == (17 if weighed else 18)
    decisions = RenewalDecisions(demo_db)
    refused = _refusal(meeting, family_item, youngest_child_born=born)
    assert decisions.check(refused).children == (1 if weighed else 0)
    if weighed:
        with pytest.raises(RenewalDecisionError, match="barnets beste"):
            decisions.record(refused)
        refused = replace(refused, children_weighing=WEIGHING)
    saved = decisions.record(refused)
    assert saved.youngest_child_born == born and saved.children_under_18 == (1 if weighed else 0)


def test_a_transfer_of_a_household_with_children_needs_the_weighing_and_a_renewal_does_not(demo_db, renewal_meeting):
    _, meeting, *_, family_item, _ = renewal_meeting
    _set_ages(demo_db, family_item, [4, 9])
    decisions = RenewalDecisions(demo_db)
    transfer = RenewalDraft(family_item.id, RenewalOutcome.TRANSFER, reasons="Husstanden har vokst og trenger en "
                                                                             "større bolig.")
    with pytest.raises(RenewalDecisionError, match="2 barn under 18 år"):
        decisions.record(transfer)
    assert not decisions.check(RenewalDraft(family_item.id, RenewalOutcome.RENEWED)).problems
    with pytest.raises(RenewalDecisionError, match="hører til et vedtak om ikke å fornye"):
        decisions.record(RenewalDraft(family_item.id, RenewalOutcome.RENEWED, children_weighing=WEIGHING))
    assert decisions.record(replace(transfer, children_weighing=WEIGHING)).children_weighing == WEIGHING


def test_the_file_itself_refuses_a_new_refusal_of_a_family_without_the_weighing(demo_db, renewal_meeting):
    """m0014: whatever the service lets through, a raw insert of a refusal for a household with a
    child under 18 is refused without the weighing — also when it claims there are no children."""
    _, meeting, *_, family_item, _ = renewal_meeting
    _set_ages(demo_db, family_item, [17])
    insert = ("INSERT INTO renewal_decisions (meeting_id, agenda_renewal_id, tenancy_id, outcome, reasons, "
              "previous_lease_ends, move_out_by, notice_sent_on, statement_received, move_demand_on, decided_at, "
              "children_under_18, children_weighing) "
              "VALUES (?, ?, ?, 'not_renewed', ?, ?, ?, ?, 0, ?, '2026-11-23T10:00:00', ?, ?)")

    def row(children, weighing="", ends=family_item.lease_ends):
        return (meeting.id, family_item.id, family_item.tenancy_id, REASONS, ends.isoformat(), ends.isoformat(),
                (meeting.held_on - timedelta(days=14)).isoformat(), meeting.held_on.isoformat(), children, weighing)

    for children, message in ((1, "skriftlig vurdering av barnets beste"), (0, "hvor mange barn under 18"),
                              (None, "hvor mange barn under 18")):
        with pytest.raises(StoreError, match=message):
            with demo_db.transaction("test", "renewal"):
                demo_db.conn.execute(insert, row(children))
    with pytest.raises(StoreError, match="hører til et vedtak"):  # a weighing without children is not a refusal's
        with demo_db.transaction("test", "renewal"):
            demo_db.conn.execute(insert.replace("'not_renewed'", "'renewed_conditions'"), row(1, WEIGHING))
    with demo_db.transaction("test", "renewal"):
        demo_db.conn.execute(insert, row(1, WEIGHING))
    assert demo_db.scalar("SELECT children_weighing FROM renewal_decisions WHERE meeting_id = ?",
                          (meeting.id,)) == WEIGHING


def test_the_letter_and_the_minutes_give_the_childrens_best_interests_in_bokmal_and_nynorsk(demo_db, renewal_meeting):
    meetings, meeting, *_, family_item, _ = renewal_meeting
    _set_ages(demo_db, family_item, [9, 17])
    saved = RenewalDecisions(demo_db).record(_refusal(meeting, family_item, children_weighing=WEIGHING))
    text = " ".join(letter_text(render_renewal_letter(demo_db, saved.id)).split())
    assert "Barnets beste" in text and WEIGHING in text
    assert "Grunnloven § 104 andre ledd og barnekonvensjonen artikkel 3 nr. 1" in text
    # after the reasons, before the advance notice
    assert text.index(REASONS) < text.index("Barnets beste") < text.index("forhåndsvarsel om saken")
    minutes = " ".join(" ".join(pages_text(render_minutes(demo_db, meeting.id))).split())
    assert f"Barnets beste Husstanden har 2 barn under 18 år på møtedagen. Vurdert slik: {WEIGHING}" in minutes
    change_meeting_settings(demo_db, {"documents": {"language": "nn"}})
    nynorsk = " ".join(letter_text(render_renewal_letter(demo_db, saved.id)).split())
    assert "Barnets beste" in nynorsk and "Hushaldet ditt har barn under 18 år" in nynorsk and WEIGHING in nynorsk
    assert "Grunnlova § 104 andre ledd" in nynorsk
    minutes = " ".join(" ".join(pages_text(render_minutes(demo_db, meeting.id))).split())
    assert "Hushaldet har 2 barn under 18 år på møtedagen" in minutes


def test_a_refusal_without_children_has_no_best_interests_paragraph(demo_db, renewal_meeting):
    _, meeting, *_, single_item = renewal_meeting
    saved = RenewalDecisions(demo_db).record(_refusal(meeting, single_item))
    assert "Barnets beste" not in letter_text(render_renewal_letter(demo_db, saved.id))


def test_the_fingerprint_covers_the_weighing(demo_db, renewal_meeting):
    meetings, meeting, *_, family_item, _ = renewal_meeting
    _set_ages(demo_db, family_item, [17])
    saved = RenewalDecisions(demo_db).record(_refusal(meeting, family_item, children_weighing=WEIGHING))
    meetings.close(meeting.id)
    sign_minutes(demo_db, meeting.id)
    assert all(not m.problems for m in verify_file(demo_db).meetings)
    demo_db.conn.execute("DROP TRIGGER renewal_decisions_no_update")
    demo_db.conn.execute("UPDATE renewal_decisions SET children_weighing = 'Barna klarer seg fint et annet sted.' "
                         "WHERE id = ?", (saved.id,))
    problems = [p for m in verify_file(demo_db).meetings if m.meeting_id == meeting.id for p in m.problems]
    assert any(f"fornyelsesvedtak {saved.id} er endret" in p for p in problems)


@pytest.mark.parametrize("version", [1, 2, 3])
def test_a_meeting_signed_under_an_earlier_fingerprint_still_verifies(demo_db, renewal_meeting, monkeypatch, version):
    """A signed meeting is recomputed with the version it was signed with: v1–v3 cover no weighing."""
    import boligmote.services.signing as signing
    from boligmote.store.fingerprint import FINGERPRINT_VERSION, record_fingerprint

    assert FINGERPRINT_VERSION == 4
    meetings, meeting, *_, family_item, _ = renewal_meeting
    _set_ages(demo_db, family_item, [17])
    RenewalDecisions(demo_db).record(_refusal(meeting, family_item, children_weighing=WEIGHING))
    meetings.close(meeting.id)
    monkeypatch.setattr(signing, "record_fingerprint", lambda db, meeting_id: record_fingerprint(db, meeting_id,
                                                                                                  version))
    sign_minutes(demo_db, meeting.id)
    monkeypatch.undo()
    checks = [m for m in verify_file(demo_db).meetings if m.meeting_id == meeting.id]
    assert checks and not checks[0].problems
    assert demo_db.scalar("SELECT count(*) FROM audit_log WHERE action = 'sign' AND detail LIKE ?",
                          (f'%"fingerprint_version": {version}%',)) == 1


# ---- never before the meeting (the lawyer's review) ----------------------------------------------------


def test_a_renewal_decision_stamped_before_the_meeting_began_is_refused(demo_db, renewal_meeting):
    from datetime import datetime

    meetings, meeting, *_, single_item = renewal_meeting
    started = meetings.get(meeting.id).started_at
    decisions = RenewalDecisions(demo_db)
    draft = RenewalDraft(single_item.id, RenewalOutcome.RENEWED)
    for moment, code in ((datetime.combine(meeting.held_on - timedelta(days=1), started.time()), "decision_day"),
                         (started - timedelta(minutes=1), "decision_started")):
        with pytest.raises(RenewalDecisionError) as refused:
            decisions.record(draft, decided_at=moment)
        assert error_code(refused.value) == f"errors.before_start.{code}"
        assert any(error_code_of(p) == f"errors.before_start.{code}" for p in decisions.check(draft, at=moment).problems)
    assert demo_db.scalar("SELECT count(*) FROM renewal_decisions WHERE meeting_id = ?", (meeting.id,)) == 0
    assert decisions.record(draft, decided_at=started + timedelta(minutes=5)).id
    # a renewal decided in it pins the meeting's day: moving it would leave the decision before it
    with pytest.raises(MeetingError):
        meetings.change(meeting.id, held_on=meeting.held_on + timedelta(days=1))


def test_a_meeting_dated_ahead_shows_why_its_renewals_cannot_be_decided_yet(demo_db, reference_date):
    from datetime import date

    change_meeting_settings(demo_db, {"office": OFFICE})
    meetings, ahead, _ = new_meeting(demo_db, date.today() + timedelta(days=7))
    unit_id = _tenancy_with(demo_db, False, date.today() + timedelta(days=90))
    item = put_on_agenda(demo_db, ahead.id, unit_id, "2026/F020", "Ola Leietaker")
    meetings.start(ahead.id)
    check = RenewalDecisions(demo_db).check(RenewalDraft(item.id, RenewalOutcome.RENEWED))
    assert [p for p in check.problems if error_code_of(p) == "errors.before_start.decision_day"]
    with pytest.raises(RenewalDecisionError, match="før møtedagen"):
        RenewalDecisions(demo_db).record(RenewalDraft(item.id, RenewalOutcome.RENEWED))


def error_code_of(problem) -> str | None:
    from boligmote.words import Phrase

    return problem.key if isinstance(problem, Phrase) else None


def test_the_meeting_panes_record_leaves_the_renewals_out_and_the_minutes_record_keeps_them(demo_db, renewal_meeting):
    """The window's meeting pane lists the allocation cases and reads the record at every start:
    it no longer reads the renewals (nor the tenancies at risk) it does not show (issue 16)."""
    from boligmote.services.meetings import Meetings

    meeting = renewal_meeting[1]
    meetings = Meetings(demo_db)
    full = meetings.record(meeting.id)
    pane = meetings.record(meeting.id, with_follow_ups_due=False, with_other_cases=False)
    assert [r.item.case_no for r in full.renewals] == ["2026/F001", "2026/F002"]
    assert pane.renewals == () and pane.at_risk == ()
    assert [c.applicant.case_no for c in pane.cases] == [c.applicant.case_no for c in full.cases]

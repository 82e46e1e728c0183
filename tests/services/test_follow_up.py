"""The follow-up register (issue 17 item 2): points a decision promised, due after move-in."""
from __future__ import annotations

import sqlite3
from datetime import date, timedelta

import pytest

from boligmote.domain import TenancyState
from boligmote.domain.follow_up import add_months
from boligmote.services.decisions import Decisions
from boligmote.services.decision_draft import FlagWeighing, draft_of
from boligmote.services.follow_up import FollowUpError, follow_ups_due, record_follow_up
from boligmote.services.meeting_settings import change_meeting_settings
from boligmote.services.meetings import MeetingError
from boligmote.store.audit import verify
from boligmote.store.follow_up import FollowUpRepository

from .test_meetings_decisions import _allocate, _started

CONDITION = "Booppfølging de første seks månedene, og husleien trekkes fra NAV."


def _allocated_with_condition(db, today, **changes):
    _, meeting, people, [(case_no, unit_id)] = _started(db, today, count=1)
    decisions = Decisions(db)
    decision = _allocate(decisions, meeting.id, case_no, unit_id, conditions=CONDITION, **changes)
    return decisions, meeting, decision


def test_a_decision_with_a_condition_creates_points_at_3_6_and_12_months_after_move_in(demo_db, reference_date):
    decisions, meeting, decision = _allocated_with_condition(demo_db, reference_date)
    points = FollowUpRepository(demo_db).for_decision(decision.id)
    move_in = meeting.held_on  # the tenancy starts on the day of the decision
    assert [p.due_on for p in points] == [add_months(move_in, 3), add_months(move_in, 6), add_months(move_in, 12)]
    assert all(CONDITION in p.promised and p.case_no == decision.case_no and not p.done for p in points)
    assert all(p.created_by == demo_db.actor for p in points)
    # one change: the decision and its points are one audit entry, and the chain holds
    detail = demo_db.scalar("SELECT detail FROM audit_log WHERE action = 'decide' ORDER BY id DESC LIMIT 1")
    assert add_months(move_in, 12).isoformat() in detail
    assert verify(demo_db.conn).ok


def test_a_decision_that_promised_nothing_creates_no_points(demo_db, reference_date):
    _, meeting, _, [(case_no, unit_id)] = _started(demo_db, reference_date, count=1)
    decision = _allocate(Decisions(demo_db), meeting.id, case_no, unit_id)
    assert not decision.flags or not any(f.weighing for f in decision.flags)
    assert FollowUpRepository(demo_db).for_decision(decision.id) == []


def test_a_written_weighing_creates_points_and_the_months_are_a_setting(demo_db, reference_date):
    change_meeting_settings(demo_db, {"follow_up": {"months": [1, 24]}}, "Kortere første oppfølging.")
    _, meeting, _, [(case_no, unit_id)] = _started(demo_db, reference_date, count=1, critical=True)
    decisions = Decisions(demo_db)
    flags = decisions.flags(meeting.id, case_no, unit_id)
    weighing = "Boligkontoret tar kontakt etter tre måneder."
    decision = _allocate(decisions, meeting.id, case_no, unit_id,
                         weighings={f.rule: FlagWeighing(weighing, True) for f in flags})
    points = FollowUpRepository(demo_db).for_decision(decision.id)
    assert [p.due_on for p in points] == [add_months(meeting.held_on, 1), add_months(meeting.held_on, 24)]
    assert weighing in points[0].promised and "Avveining" in points[0].promised


def test_months_must_be_whole_numbers():
    from boligmote.services.meeting_settings import MeetingSettings, MeetingSettingsError

    with pytest.raises(MeetingSettingsError, match="heltall"):
        MeetingSettings({"follow_up": {"months": [3, "seks"]}})
    assert MeetingSettings({"follow_up": {"months": [12, 3]}}).follow_up_months == (3, 12)


def test_a_point_appears_in_the_list_on_its_due_date_and_not_the_day_before_the_period(demo_db, reference_date):
    _, meeting, decision = _allocated_with_condition(demo_db, reference_date)
    first = FollowUpRepository(demo_db).for_decision(decision.id)[0]
    days = 30

    def listed(today):
        return [item.point.id for item in follow_ups_due(demo_db, today, days).items]

    assert first.id not in listed(first.due_on - timedelta(days=days + 1))  # the day before the period
    assert first.id in listed(first.due_on - timedelta(days=days))  # the first day it is due within the period
    assert first.id in listed(first.due_on)  # on its due date
    def own(listing):  # the demo's earlier meetings promised follow-up too
        return [i for i in listing.items if i.point.decision_id == decision.id]

    on_due = follow_ups_due(demo_db, first.due_on, 0)
    assert [i.point.id for i in own(on_due)] == [first.id] and not own(on_due)[0].point.overdue(on_due.today)
    later = follow_ups_due(demo_db, first.due_on + timedelta(days=1), 0)
    assert own(later)[0].point.overdue(later.today) and later.overdue >= 1
    item = own(on_due)[0]
    assert item.unit_id == decision.unit_id and item.address and item.household
    assert item.meeting_held_on == meeting.held_on
    # the household in words, never the tenant's name (only the own case number)
    assert decision.case_no == item.point.case_no
    name = demo_db.scalar("SELECT name FROM applicants WHERE case_no = ?", (decision.case_no,))
    assert name not in item.household and name not in item.address


def test_recording_a_point_done_with_the_tenancys_state(demo_db, reference_date):
    _, _, decision = _allocated_with_condition(demo_db, reference_date)
    point = FollowUpRepository(demo_db).for_decision(decision.id)[0]
    with pytest.raises(FollowUpError, match="hel setning"):
        record_follow_up(demo_db, point.id, "Ok.", TenancyState.STABLE, reference_date)
    with pytest.raises(FollowUpError, match="fram i tid"):
        record_follow_up(demo_db, point.id, "Hjemmebesøk hos leietakeren.", TenancyState.STABLE,
                         date.today() + timedelta(days=1))
    done = record_follow_up(demo_db, point.id, "Hjemmebesøk; husleien er betalt og booppfølgingen går.",
                            TenancyState.ARREARS, reference_date)
    assert done.done and done.state is TenancyState.ARREARS and done.done_by == demo_db.actor
    assert done.done_on == reference_date and "Hjemmebesøk" in done.done_what
    assert point.id not in [i.point.id for i in follow_ups_due(demo_db, point.due_on, 30).items]
    with pytest.raises(FollowUpError, match="kan ikke endres"):
        record_follow_up(demo_db, point.id, "Et nytt forsøk på å endre det.", TenancyState.STABLE, reference_date)
    entry = demo_db.query("SELECT action, entity, entity_id FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    assert entry == ("follow_up_done", "follow_up_point", str(point.id))
    assert verify(demo_db.conn).ok


def test_a_done_point_cannot_be_changed_or_deleted_by_raw_sql(demo_db, reference_date):
    _, _, decision = _allocated_with_condition(demo_db, reference_date)
    point, open_point = FollowUpRepository(demo_db).for_decision(decision.id)[:2]
    record_follow_up(demo_db, point.id, "Telefon med leietakeren; alt går greit.", TenancyState.STABLE,
                     reference_date)
    for statement in ("UPDATE follow_up_points SET tenancy_state = 'evicted' WHERE id = ?",
                      "UPDATE follow_up_points SET done_what = 'Omskrevet i ettertid.' WHERE id = ?",
                      "DELETE FROM follow_up_points WHERE id = ?"):
        with pytest.raises(sqlite3.IntegrityError, match="utført oppfølgingspunkt"):
            demo_db.conn.execute(statement, (point.id,))
    # what an open point promised and when is fixed too; the states are a closed list
    with pytest.raises(sqlite3.IntegrityError, match="kan ikke endres"):
        demo_db.conn.execute("UPDATE follow_up_points SET due_on = '2099-01-01' WHERE id = ?", (open_point.id,))
    with pytest.raises(sqlite3.IntegrityError):
        demo_db.conn.execute("UPDATE follow_up_points SET done_on = '2026-01-01', done_by = 'x', done_what = 'y', "
                             "tenancy_state = 'unknown' WHERE id = ?", (open_point.id,))


def test_undo_removes_the_points_and_redo_recreates_them(demo_db, reference_date):
    decisions, meeting, decision = _allocated_with_condition(demo_db, reference_date)
    before = [(p.due_on, p.promised) for p in FollowUpRepository(demo_db).for_decision(decision.id)]
    assert len(before) == 3
    undone = decisions.undo_last(meeting.id)
    assert demo_db.scalar("SELECT count(*) FROM follow_up_points WHERE decision_id = ?", (decision.id,)) == 0
    again = decisions.record(meeting.id, draft_of(undone))
    assert [(p.due_on, p.promised) for p in FollowUpRepository(demo_db).for_decision(again.id)] == before
    assert verify(demo_db.conn).ok


def test_a_decision_whose_point_is_done_cannot_be_undone(demo_db, reference_date):
    decisions, meeting, decision = _allocated_with_condition(demo_db, reference_date)
    point = FollowUpRepository(demo_db).for_decision(decision.id)[0]
    record_follow_up(demo_db, point.id, "Hjemmebesøk tidlig, alt på plass.", TenancyState.STABLE, meeting.held_on)
    with pytest.raises(MeetingError, match="oppfølgingspunkt"):
        decisions.undo_last(meeting.id)
    assert decisions.last(meeting.id).id == decision.id


def test_the_minutes_list_a_decisions_points_and_doing_one_leaves_the_signed_record_alone(demo_db, reference_date):
    """The minutes say when the promise is followed up; recording it done later changes neither
    the record fingerprint nor the signed minutes (points are operational, store/fingerprint.py)."""
    from boligmote.services.meetings import Meetings
    from boligmote.services.minutes import render_minutes
    from boligmote.services.signing import sign_minutes
    from boligmote.services.verification import signed_record_problems
    from boligmote.store.fingerprint import record_fingerprint

    from .test_minutes import pages_text

    _, meeting, decision = _allocated_with_condition(demo_db, reference_date)
    Meetings(demo_db).close(meeting.id)
    points = FollowUpRepository(demo_db).for_decision(decision.id)
    text = " ".join(pages_text(render_minutes(demo_db, meeting.id)))
    assert f"Følges opp {points[0].due_on:%d.%m.%Y}, {points[1].due_on:%d.%m.%Y} og {points[2].due_on:%d.%m.%Y}" in text
    sign_minutes(demo_db, meeting.id)
    before = record_fingerprint(demo_db, meeting.id).digest
    stored = Meetings(demo_db).get(meeting.id).minutes_sha256
    record_follow_up(demo_db, points[0].id, "Hjemmebesøk etter innflytting; alt i orden.", TenancyState.STABLE,
                     reference_date)
    assert record_fingerprint(demo_db, meeting.id).digest == before
    assert Meetings(demo_db).get(meeting.id).minutes_sha256 == stored
    assert signed_record_problems(demo_db, meeting.id) == ()


def test_the_minutes_have_a_follow_up_section_for_what_is_due_by_the_meeting(demo_db, reference_date):
    """Issue 17 item 7: the demo's earlier points that are overdue at the meeting date appear in
    their own section, with the household in words; a screened copy leaves out the address."""
    from boligmote.services.meetings import Meetings
    from boligmote.services.minutes import render_minutes

    from .test_minutes import pages_text

    meetings, meeting, _ = _started(demo_db, reference_date, count=1)[:3]
    due = follow_ups_due(demo_db, meeting.held_on).items
    assert due, "the demo has points due around today"
    text = " ".join(pages_text(render_minutes(demo_db, meeting.id)))
    assert "Oppfølging etter tildeling og fornyelse" in text and f"{due[0].point.due_on:%d.%m.%Y} (forfalt)" in text
    assert due[0].address in text
    screened = " ".join(pages_text(render_minutes(demo_db, meeting.id, names=False)))
    assert "Oppfølging etter tildeling og fornyelse" in screened and due[0].address not in screened
    assert len(Meetings(demo_db).record(meeting.id).follow_ups_due) == len(due)

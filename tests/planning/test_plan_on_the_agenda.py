"""A plan put on the agenda: each placement a proposal whose note says the plan is advice and
counts, never names, the applicants it passed over (their flags are health data about them)."""
from __future__ import annotations

import io
import re

from pypdf import PdfReader

from boligmote.services.matching import Matching
from boligmote.services.meetings import Meetings
from boligmote.services.minutes import render_minutes
from boligmote.services.planning import add_plan_to_agenda, make_plan
from boligmote.services.workspace import Workspace

CASE_NO = re.compile(r"\b20\d\d/\d{5}\b")


def test_the_minutes_of_planned_proposals_name_no_one_the_plan_passed_over(demo_db, reference_date):
    plan = make_plan(Matching.for_workspace(Workspace.load(demo_db, reference_date)))
    passed = {case_no for p in plan.placements for case_no in p.passed_over}
    assert passed, "the demo's plan passes someone over: what this test is about"
    meetings = Meetings(demo_db)
    meeting = meetings.create(reference_date, "Rådhuset", "Tildelingsmøte")
    added, _ = add_plan_to_agenda(meetings, meeting.id, plan, "Liv Eksempelsen")
    assert added == len(plan.placements)
    notes = " ".join(case.notes for case in meetings.cases(meeting.id))
    assert "et råd til møtet" in notes and "møtet må vurdere dem særskilt" in notes
    assert set(CASE_NO.findall(notes)) <= {p.case_no for p in plan.placements} - passed
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(render_minutes(demo_db, meeting.id))).pages)
    assert not passed & set(CASE_NO.findall(text))

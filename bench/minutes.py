"""Minutes PDF for a 40-case meeting (DESIGN.md budget ≤ 1 s), beside its floor.

The meeting is made through the services on a copy of the Oslo-size demo file: 40 cases,
most of them allocations with their flags weighed, some refusals and deferrals, a dissent.
Figure: render_minutes() end to end (reading the record from the database, laying out
tables, embedding the fonts). Floor: reportlab laying out the very same text — extracted
from the minutes with pypdf — as plain paragraphs in the same embedded font, no tables.

Run: .venv/bin/python bench/minutes.py
"""
from __future__ import annotations

import io
import shutil
import sys
import tempfile
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import demo_file, median_seconds, print_table

from boligmote.domain import ConsentHandling, Outcome, ParticipantRole, Severity
from boligmote.services.decisions import Decisions
from boligmote.services.decision_draft import DecisionDraft, FlagWeighing
from boligmote.services.matching import Matching
from boligmote.services.meetings import Meetings
from boligmote.services.minutes import render_minutes
from boligmote.services.workspace import Workspace
from boligmote.store import Database

CASES = 40
BUDGET = 1.0


def build_meeting(database: Database, today: date) -> int:
    workspace = Workspace.load(database, today)
    matching = Matching.for_workspace(workspace)
    meetings = Meetings(database)
    meeting = meetings.create(today, "Rådhuset, store møtesal", "Tildelingsmøte")
    meetings.add_participant(meeting.id, "Kari Demosen", ParticipantRole.CHAIR, "Boligkontoret")
    meetings.add_participant(meeting.id, "Per Prøvestad", ParticipantRole.SECRETARY, "Boligkontoret")
    member = meetings.add_participant(meeting.id, "Aisha Testbakken", ParticipantRole.MEMBER, "NAV")
    meetings.add_participant(meeting.id, "Lars Øvingsnes", ParticipantRole.MEMBER, "Rus og psykisk helse")
    meetings.add_participant(meeting.id, "Jonas Fiktivdal", ParticipantRole.ADVISOR, "Kommunale eiendommer")
    cases, used = [], set()
    for vacant in workspace.vacant_units:
        for candidate in matching.candidates_for_unit(vacant.unit.id, include_unsuitable=True):
            if candidate.applicant.case_no not in used:
                used.add(candidate.applicant.case_no)
                cases.append((candidate.applicant.case_no, vacant.unit.id))
                break
        if len(cases) == CASES:
            break
    for case_no, unit_id in cases:
        meetings.add_case(meeting.id, case_no, unit_id, "Liv Eksempelsen", "Forberedt etter samtale med søkeren.")
    clock = datetime.combine(today, datetime.min.time()) + timedelta(hours=9)
    meetings.start(meeting.id, at=clock)  # started before its first decision, as the service requires
    decisions = Decisions(database, workspace)
    for number, (case_no, unit_id) in enumerate(cases):
        clock += timedelta(minutes=6)
        if number % 8 == 5:
            decisions.record(meeting.id, DecisionDraft(case_no, Outcome.REFUSED,
                                                       "Vilkårene i de lokale retningslinjene er ikke oppfylt.",
                                                       consent_handling=ConsentHandling.OFFICE_ONLY),
                             decided_at=clock)
            continue
        if number % 8 == 6:
            decisions.record(meeting.id, DecisionDraft(case_no, Outcome.DEFERRED,
                                                       "Utsatt til samarbeidsplanen er på plass.",
                                                       consent_handling=ConsentHandling.OFFICE_ONLY),
                             decided_at=clock)
            continue
        flags = decisions.flags(meeting.id, case_no, unit_id)
        critical_note = "Drøftet i møtet: bomiljøarbeider følger opp, og søkeren ønsker boligen."
        # A weighing is a whole sentence now (issue 15); the record needs how consent was handled.
        weighings = {f.rule: FlagWeighing(critical_note if f.severity is Severity.CRITICAL
                                          else "Sett og drøftet i møtet.", acknowledged=True) for f in flags}
        draft = replace(decisions.draft(meeting.id, case_no),
                        reasons="Søkeren er kvalifisert og prioritert, har ventet lenge, og boligen passer "
                                "husstandens størrelse og behov.",
                        conditions="Booppfølging de første seks månedene." if number % 3 == 0 else "",
                        criteria="Prioritert; ventetid; husstandens størrelse.",
                        alternatives="Vurderte en annen ledig bolig i samme bydel." if number % 2 else "",
                        dissents=((member.id, "Mener en annen bolig passer bedre."),) if number % 10 == 0 else (),
                        weighings=weighings, consent_handling=ConsentHandling.OFFICE_ONLY,
                        passed_over_reason="Søkeren har fått tilbud om en annen bolig som passer bedre.")
        decisions.record(meeting.id, draft, decided_at=clock)
    meetings.close(meeting.id)
    return meeting.id


def plain_floor(text_lines: list[str]):
    """reportlab rendering the same text as plain paragraphs in the same embedded font."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from boligmote.services.pdf_document import FONT, register_fonts, text

    register_fonts()
    style = ParagraphStyle("plain", fontName=FONT, fontSize=9.5, leading=12.5)
    story = [Paragraph(text(line), style) for line in text_lines if line.strip()]

    def render() -> bytes:
        buffer = io.BytesIO()
        SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(list(story_copy()))
        return buffer.getvalue()

    def story_copy():
        # Paragraphs are consumed by layout; build fresh ones each run, as the figure does.
        return [Paragraph(p.text, style) for p in story]

    return render


def main() -> None:
    from pypdf import PdfReader

    source = demo_file("oslo")
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "oslo.sqlite"
        shutil.copy(source, path)
        with Database.open(path, backup_dir=Path(scratch)) as database:
            meeting_id = build_meeting(database, date.today())
            pdf = render_minutes(database, meeting_id)
            reader = PdfReader(io.BytesIO(pdf))
            lines = [line for page in reader.pages for line in page.extract_text().splitlines()]
            figure = median_seconds(lambda: render_minutes(database, meeting_id), runs=7)
            floor = median_seconds(plain_floor(lines), runs=7)
            print(f"{CASES} saker, {len(reader.pages)} sider, {len(pdf) / 1000:.0f} kB, {len(lines)} tekstlinjer")
            print_table([
                (f"minutes PDF, {CASES} cases (render_minutes)", figure, floor, BUDGET),
            ])


if __name__ == "__main__":
    main()

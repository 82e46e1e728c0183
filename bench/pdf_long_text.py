"""Minutes and a decision letter with the worst text there is, beside an ordinary letter. Not a test.

DESIGN.md budget: any letter ≤ 2 s whatever the text length; issue 14 asks the same of the
minutes. Before the fix a 250 KB reason took a letter 281 s and made the minutes fail to
sign (LayoutError). The worst case here, on a copy of the small demo municipality:

- «longest»: a reason as long as domain/limits.py allows (20 000 characters) in ~280 short
  lines, conditions of 2 000 lines, and alternatives holding a 50 000-character word;
- «250 KB»: a reason of 250 000 characters (text stored before the limits, or by other means).

The texts are written into the decision row directly, past the decision service's limits.
Floor: the same letter with a one-line reason. Figures are medians of 3 runs.

Run: .venv/bin/python bench/pdf_long_text.py
"""
from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import print_table

from boligmote.domain import ParticipantRole
from boligmote.domain.limits import LIMITS
from boligmote.services.decisions import Decisions
from boligmote.services.demo_file import create_demo_database
from boligmote.services.letters import render_decision_letter
from boligmote.services.matching import Matching
from boligmote.services.meetings import Meetings
from boligmote.services.minutes import render_minutes
from boligmote.services.workspace import Workspace
from boligmote.store import Database

BUDGET = 2.0
RUNS = 3
TODAY = date(2026, 11, 23)
SENTENCE = "Familien har ventet lengst, og boligen passer størrelsen på husstanden. "


def longest_texts() -> dict[str, str]:
    lines = "\n".join(f"{n}. {SENTENCE}" for n in range(1, 1000))[:LIMITS["reasons"].max_length]
    return {"reasons": lines, "conditions": "Vilkår.\n" * 2_000, "alternatives": "Vurdert: " + "x" * 50_000}


def decided_case(database: Database) -> tuple[int, int]:
    """A meeting in progress with one decided case; returns (meeting id, decision id)."""
    workspace = Workspace.load(database, TODAY)
    matching = Matching.for_workspace(workspace)
    meetings = Meetings(database)
    meeting = meetings.create(TODAY, "Rådhuset", "Tildelingsmøte")
    meetings.add_participant(meeting.id, "Kari Demosen", ParticipantRole.CHAIR, "Boligkontoret")
    meetings.add_participant(meeting.id, "Per Prøvestad", ParticipantRole.SECRETARY, "Boligkontoret")
    vacant = workspace.vacant_units[0].unit.id
    case_no = matching.candidates_for_unit(vacant, include_unsuitable=True)[0].applicant.case_no
    meetings.add_case(meeting.id, case_no, vacant)
    meetings.start(meeting.id, at=datetime(2026, 11, 23, 9, 0))  # started before its decision
    decisions = Decisions(database)
    decision = decisions.record(meeting.id, replace(decisions.draft(meeting.id, case_no), reasons="Kort begrunnelse."),
                                decided_at=datetime(2026, 11, 23, 10, 0))
    return meeting.id, decision.id


def store(database: Database, decision_id: int, texts: dict[str, str]) -> None:
    with database.transaction("bench", "decision", str(decision_id)) as conn:
        for column, value in texts.items():
            conn.execute(f"UPDATE decisions SET {column} = ? WHERE id = ?", (value, decision_id))


def median(action) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def measure() -> list[tuple[str, float, float, float]]:
    with tempfile.TemporaryDirectory(prefix="boligmote-bench-") as folder:
        path = Path(folder) / "demo.sqlite"
        create_demo_database(path, "small", reference_date=TODAY).close()
        with Database.open(path, backup_dir=Path(folder)) as database:
            meeting_id, decision_id = decided_case(database)
            floor = median(lambda: render_decision_letter(database, decision_id))
            rows = []
            for label, texts in (("longest", longest_texts()), ("250 KB", {"reasons": SENTENCE * 3_500, "conditions": "", "alternatives": ""})):
                store(database, decision_id, texts)
                rows.append((f"letter, {label} text", median(lambda: render_decision_letter(database, decision_id)),
                             floor, BUDGET))
                rows.append((f"minutes (1 case), {label} text", median(lambda: render_minutes(database, meeting_id)),
                             floor, BUDGET))
    return rows


def main() -> None:
    print_table(measure())


if __name__ == "__main__":
    main()

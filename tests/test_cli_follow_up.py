"""`boligmote follow-ups` (issue 17 item 2): the points overdue and due soon, as text and JSON."""
from __future__ import annotations

import json
from datetime import timedelta

from boligmote.cli import main
from boligmote.domain.follow_up import add_months
from boligmote.services.demo_meetings import PAST_MEETING_DAYS_AGO


def test_follow_ups_as_text_mark_overdue_points(demo_path, reference_date, capsys):
    assert main(["follow-ups", "--db", str(demo_path), "--today", reference_date.strftime("%d.%m.%Y")]) == 0
    out = capsys.readouterr().out
    assert "oppfølgingspunkter forfaller innen 23.12.2026 (per 23.11.2026)" in out
    assert "har passert fristen" in out and "FORFALT" in out
    assert "voksen" in out  # the household in words


def test_follow_ups_as_json_and_the_period(demo_path, reference_date, capsys):
    day = reference_date.strftime("%d.%m.%Y")
    assert main(["follow-ups", "--db", str(demo_path), "--today", day, "--format", "json"]) == 0
    month = json.loads(capsys.readouterr().out)
    assert month and {"id", "due_on", "overdue", "case_no", "unit_id", "address", "household", "promised"} <= set(month[0])
    assert any(p["overdue"] for p in month) and all(p["due_on"] <= "2026-12-23" for p in month)
    assert main(["follow-ups", "--db", str(demo_path), "--today", day, "--days", "0", "--format", "json"]) == 0
    overdue_only = json.loads(capsys.readouterr().out)
    assert overdue_only and all(p["due_on"] <= reference_date.isoformat() for p in overdue_only)
    assert len(overdue_only) < len(month)
    # a decision's own points, three months after the signed meeting's move-in, when that day comes
    due = add_months(reference_date - timedelta(days=PAST_MEETING_DAYS_AGO), 3)
    assert main(["follow-ups", "--db", str(demo_path), "--today", f"{due:%d.%m.%Y}", "--days", "0",
                 "--format", "json"]) == 0
    assert any(p["case_no"] and p["due_on"] == due.isoformat() for p in json.loads(capsys.readouterr().out))


def test_follow_ups_says_so_when_nothing_is_due(demo_path, capsys):
    assert main(["follow-ups", "--db", str(demo_path), "--today", "01.01.2020", "--days", "1"]) == 0
    assert "Ingen oppfølgingspunkter forfaller innen 02.01.2020." in capsys.readouterr().out

"""`boligmote renewals --agenda` puts a lease on a meeting's agenda; `letter --renewal` writes the letter."""
from __future__ import annotations

from datetime import date, timedelta

from boligmote.domain.follow_up import add_months
from boligmote.cli import main
from boligmote.domain.renewals import RenewalOutcome
from boligmote.services.meetings import Meetings
from boligmote.services.renewal_decisions import RenewalDecisions, RenewalDraft
from boligmote.store import Database

from .services.test_meetings import new_meeting


def test_a_renewal_goes_on_the_agenda_from_the_command_line_and_its_letter_is_written(demo_path, tmp_path, capsys):
    database = Database.open(demo_path)
    try:
        _, meeting, _ = new_meeting(database, date(2026, 11, 30))
        unit_id = database.scalar("SELECT unit_id FROM tenancies WHERE ended_on IS NULL AND contract_end > ? "
                                  "ORDER BY contract_end LIMIT 1", (meeting.held_on.isoformat(),))
    finally:
        database.close()
    args = ["renewals", "--db", str(demo_path), "--agenda", str(meeting.id), "--unit", unit_id]
    assert main(args) == 2 and "--case-no, --tenant" in capsys.readouterr().err
    assert main(args + ["--case-no", "2026/F900", "--tenant", "Tora Leietaker"]) == 0
    assert "Fornyelsessak 2026/F900" in capsys.readouterr().out
    assert main(args + ["--case-no", "2026/F901", "--tenant", "Tora Leietaker"]) == 1
    assert "står allerede på sakslisten" in capsys.readouterr().err
    database = Database.open(demo_path)
    try:
        Meetings(database).start(meeting.id)
        item_id = database.scalar("SELECT id FROM agenda_renewals WHERE case_no = '2026/F900'")
        decision = RenewalDecisions(database).record(RenewalDraft(
            item_id, RenewalOutcome.NOT_RENEWED, reasons="Leietakeren har selv sagt opp og flytter til en annen by.",
            move_out_by=add_months(meeting.held_on, 2),  # never inside the appeal period
            notice_sent_on=meeting.held_on - timedelta(days=14), statement_received=False,
            move_demand_on=meeting.held_on))
    finally:
        database.close()
    out = tmp_path / "brev.pdf"
    assert main(["letter", "--db", str(demo_path), "--renewal", str(decision.id), "--out", str(out)]) == 0
    assert "utkast til vedtaksbrev" in capsys.readouterr().out and out.read_bytes().startswith(b"%PDF")

"""`boligmote verify` shows tampering with the audit log and with signed minutes."""
from __future__ import annotations

import sqlite3

from boligmote.cli import main


def test_an_untouched_file_verifies_with_its_signed_minutes(demo_path, capsys):
    assert main(["verify", "--db", str(demo_path)]) == 0
    out = capsys.readouterr().out
    assert "kjeden er hel" in out
    assert "Signert møte 1" in out and "uendret siden signering" in out


def test_minutes_changed_behind_the_apps_back_are_named(demo_path, capsys):
    raw = sqlite3.connect(demo_path)
    raw.execute("DROP TRIGGER signed_minutes_no_update")  # what a tamperer would have to do
    raw.execute("UPDATE signed_minutes SET pdf = CAST(replace(CAST(pdf AS TEXT), 'Protokoll', 'Protokol1') AS BLOB) "
                "WHERE meeting_id = 1")
    raw.commit()
    raw.close()
    assert main(["verify", "--db", str(demo_path)]) == 1
    out = capsys.readouterr().out
    assert "møte 1" in out and "ikke den som ble signert" in out
    assert "Filen er endret utenom Boligmøte" in out

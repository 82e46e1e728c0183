"""`boligmote verify`: the audit chain recomputed from the command line."""
from __future__ import annotations

import sqlite3
import subprocess
import sys

from boligmote.cli import main


def _tamper(path, sql: str, *params) -> None:
    """Behind the app's back: drop the guards and rewrite history with plain sqlite3."""
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    raw.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    raw.execute(sql, params)
    raw.close()


def test_verify_passes_an_untouched_file(demo_path, capsys):
    assert main(["verify", "--db", str(demo_path)]) == 0
    assert "kjeden er hel" in capsys.readouterr().out


def test_verify_names_an_edited_row_and_exits_1(demo_path):
    raw = sqlite3.connect(demo_path)
    rows = raw.execute("SELECT id FROM audit_log ORDER BY id").fetchall()
    raw.close()
    assert len(rows) >= 2
    target = rows[1][0]
    _tamper(demo_path, "UPDATE audit_log SET actor = 'noen andre' WHERE id = ?", target)
    result = subprocess.run([sys.executable, "-m", "boligmote", "verify", "--db", str(demo_path)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert f"BRUDD i revisjonsloggen i demo.sqlite ved oppføring {target}" in result.stdout
    assert "noen andre" in result.stdout
    assert "innholdet er endret" in result.stdout
    assert "Traceback" not in result.stderr


def test_verify_names_the_row_after_a_deleted_one(demo_path, capsys):
    raw = sqlite3.connect(demo_path)
    first, second = [r[0] for r in raw.execute("SELECT id FROM audit_log ORDER BY id LIMIT 2")]
    raw.close()
    _tamper(demo_path, "DELETE FROM audit_log WHERE id = ?", first)
    assert main(["verify", "--db", str(demo_path)]) == 1
    out = capsys.readouterr().out
    assert f"ved oppføring {second}" in out
    assert "en tidligere oppføring er endret eller slettet" in out


def test_verify_of_a_file_that_is_not_ours_is_a_message(tmp_path):
    bad = tmp_path / "x.sqlite"
    bad.write_text("hei")
    result = subprocess.run([sys.executable, "-m", "boligmote", "verify", "--db", str(bad)],
                            capture_output=True, text=True)
    assert result.returncode == 1
    assert "ikke en Boligmøte-database" in result.stderr
    assert "Traceback" not in result.stderr


def test_verify_of_an_encrypted_file_takes_the_passphrase_from_the_environment(tmp_path, monkeypatch, capsys):
    from boligmote.services.encryption import create_encrypted

    path = tmp_path / "kryptert.sqlite"
    create_encrypted(path, "korrekt hest batteri").close()
    monkeypatch.setenv("BOLIGMOTE_PASSPHRASE", "korrekt hest batteri")
    assert main(["verify", "--db", str(path)]) == 0
    assert "kjeden er hel" in capsys.readouterr().out
    monkeypatch.setenv("BOLIGMOTE_PASSPHRASE", "feil")
    assert main(["verify", "--db", str(path)]) == 1
    assert "Feil passord" in capsys.readouterr().err

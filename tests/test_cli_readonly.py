"""Commands that only read open the file read-only: they work while the window holds it.

The window takes the file's one-writer lock (store/locking.py). A caseworker who prints
minutes or looks up flags from a terminal meanwhile must not be refused, and must not be
able to change anything either. Encrypted files take the passphrase as `verify` does.
"""
from __future__ import annotations

import json

import pytest

from boligmote.cli import PASSPHRASE_ENV, main
from boligmote.services.workspace import Workspace
from boligmote.store import LATEST_VERSION, Database

PASSPHRASE = "korrekt hest batteri stift"


@pytest.fixture
def held(demo_path):
    """The demo file open for writing in «another session» (the window), with a fresh write
    in its WAL, as the window has after a decision."""
    database = Database.open(demo_path)
    with database.transaction("test", "meta", "held"):
        database.set_meta([("held_by_test", "ja")])
    yield database
    database.close()


def _demo_ids(database, reference_date):
    workspace = Workspace.load(database, reference_date)
    unit_id = workspace.vacant_units[0].unit.id
    case_no = workspace.queue[0].case_no
    decision_id = database.scalar("SELECT min(id) FROM decisions WHERE outcome = 'tildelt'")
    meeting_id = database.scalar("SELECT id FROM meetings WHERE status = 'signed'")
    return case_no, unit_id, decision_id, meeting_id


def _audit_rows(database) -> int:
    return database.scalar("SELECT count(*) FROM audit_log")


def test_a_writer_refuses_while_the_file_is_held(held, demo_path, capsys):
    """The premise: a command that opens for writing is refused meanwhile."""
    assert main(["backup", "--db", str(demo_path)]) == 1
    assert "allerede åpen" in capsys.readouterr().err


def test_flags_while_the_window_holds_the_file(held, demo_path, reference_date, capsys):
    case_no, unit_id, _, _ = _demo_ids(held, reference_date)
    assert main(["flags", "--db", str(demo_path), "--applicant", case_no, "--unit", unit_id,
                 "--format", "json", "--today", reference_date.isoformat()]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)


def test_candidates_while_the_window_holds_the_file(held, demo_path, reference_date, capsys):
    _, unit_id, _, _ = _demo_ids(held, reference_date)
    assert main(["candidates", "--db", str(demo_path), "--unit", unit_id, "--format", "json",
                 "--today", reference_date.isoformat()]) == 0
    assert json.loads(capsys.readouterr().out)


def test_export_while_the_window_holds_the_file(held, demo_path, tmp_path, capsys):
    out = tmp_path / "kø.xlsx"
    assert main(["export", "--db", str(demo_path), "--what", "queue", "--out", str(out)]) == 0
    assert out.stat().st_size > 0


def test_meetings_while_the_window_holds_the_file(held, demo_path, capsys):
    assert main(["meetings", "--db", str(demo_path)]) == 0
    assert "signert" in capsys.readouterr().out


def test_minutes_while_the_window_holds_the_file(held, demo_path, tmp_path, reference_date, capsys):
    _, _, _, meeting_id = _demo_ids(held, reference_date)
    pdf = tmp_path / "protokoll.pdf"
    assert main(["minutes", "--db", str(demo_path), "--meeting", str(meeting_id), "--out", str(pdf)]) == 0
    assert "uendret" in capsys.readouterr().out
    assert pdf.read_bytes().startswith(b"%PDF")


def test_letter_while_the_window_holds_the_file(held, demo_path, tmp_path, reference_date, capsys):
    _, _, decision_id, _ = _demo_ids(held, reference_date)
    out = tmp_path / "vedtak.pdf"
    assert main(["letter", "--db", str(demo_path), "--decision", str(decision_id), "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_check_while_the_window_holds_the_file(held, demo_path, capsys):
    assert main(["check", str(demo_path)]) == 0
    assert "kjeden er hel" in capsys.readouterr().out


def test_reading_commands_write_nothing(held, demo_path, tmp_path, reference_date, capsys):
    case_no, unit_id, decision_id, meeting_id = _demo_ids(held, reference_date)
    before = _audit_rows(held)
    for argv in (["flags", "--db", str(demo_path), "--applicant", case_no, "--unit", unit_id],
                 ["candidates", "--db", str(demo_path), "--unit", unit_id],
                 ["meetings", "--db", str(demo_path)],
                 ["minutes", "--db", str(demo_path), "--meeting", str(meeting_id), "--out", str(tmp_path / "p.pdf")],
                 ["letter", "--db", str(demo_path), "--decision", str(decision_id), "--out", str(tmp_path / "v.pdf")],
                 ["export", "--db", str(demo_path), "--what", "decisions", "--out", str(tmp_path / "v.xlsx")],
                 ["check", str(demo_path)]):
        assert main(argv) == 0, argv
    assert _audit_rows(held) == before


@pytest.fixture
def encrypted_demo(demo_path, monkeypatch):
    from boligmote.services.encryption import encrypt_database

    encrypt_database(demo_path, PASSPHRASE)
    return demo_path


def test_reading_commands_take_the_passphrase_from_the_environment(encrypted_demo, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv(PASSPHRASE_ENV, PASSPHRASE)
    with Database.open(encrypted_demo, passphrase=PASSPHRASE) as held:  # and the window has it open
        decision_id = held.scalar("SELECT min(id) FROM decisions WHERE outcome = 'tildelt'")
        assert main(["check", str(encrypted_demo)]) == 0
        assert main(["meetings", "--db", str(encrypted_demo)]) == 0
        assert main(["letter", "--db", str(encrypted_demo), "--decision", str(decision_id),
                     "--out", str(tmp_path / "v.pdf")]) == 0
        assert main(["export", "--db", str(encrypted_demo), "--what", "queue", "--out", str(tmp_path / "k.xlsx")]) == 0
    assert "kjeden er hel" in capsys.readouterr().out


def test_reading_commands_ask_for_the_passphrase_in_a_terminal(encrypted_demo, monkeypatch, capsys):
    import boligmote.cli.common as cli_common

    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    monkeypatch.setattr(cli_common.sys.stdin, "isatty", lambda: True, raising=False)
    asked = []
    monkeypatch.setattr(cli_common, "ask_passphrase", lambda prompt: asked.append(prompt) or PASSPHRASE)
    assert main(["check", str(encrypted_demo)]) == 0
    assert main(["meetings", "--db", str(encrypted_demo)]) == 0
    assert len(asked) == 2 and encrypted_demo.name in asked[0]


def test_without_a_passphrase_and_no_terminal_the_message_says_how(encrypted_demo, monkeypatch, capsys):
    monkeypatch.delenv(PASSPHRASE_ENV, raising=False)
    assert main(["check", str(encrypted_demo)]) == 1
    assert PASSPHRASE_ENV in capsys.readouterr().err
    assert main(["meetings", "--db", str(encrypted_demo)]) == 1
    assert PASSPHRASE_ENV in capsys.readouterr().err


def test_a_file_from_an_older_version_is_upgraded_as_before(demo_path, monkeypatch, capsys):
    """Read-only cannot read an old schema; the command opens it for writing once, which
    upgrades it after a backup copy (what these commands always did)."""
    import boligmote.store as store_package
    import boligmote.store.database as database_module
    from boligmote.store.migrations import Migration, all_migrations

    extra = Migration(LATEST_VERSION + 1, "test_column", "ALTER TABLE meta ADD COLUMN note TEXT;")
    monkeypatch.setattr(database_module, "LATEST_VERSION", LATEST_VERSION + 1)
    monkeypatch.setattr(store_package, "LATEST_VERSION", LATEST_VERSION + 1)
    monkeypatch.setattr(database_module, "all_migrations", lambda: all_migrations() + [extra])
    assert main(["meetings", "--db", str(demo_path)]) == 0
    with Database.open(demo_path, readonly=True) as db:
        assert db.schema_version == LATEST_VERSION + 1

"""Restoring from a backup copy (service and `boligmote restore`/`backup`), shared by CLI and GUI."""
from __future__ import annotations

import os
import stat
import subprocess
import sys

import pytest

from boligmote.cli import main
from boligmote.services.backups import find_backup, format_size, list_backups, restore, take_backup
from boligmote.store import CorruptDatabase, Database, NotABoligmoteFile
from boligmote.store.audit import verify
from boligmote.store.errors import DatabaseInUse


def _copy_then_change(demo_path):
    """A backup, then a change after it; returns the backup's path."""
    with Database.open(demo_path, daily_backup=False) as db:
        copy = take_backup(db)
        with db.transaction("test", "meta", "etter"):
            db.set_meta([("endret_etter_kopien", "ja")])
    return copy


def test_restore_brings_back_the_copy_and_keeps_the_current_file(demo_path):
    copy = _copy_then_change(demo_path)
    result = restore(demo_path, copy)
    assert result.restored_from == copy
    assert "er gjenopprettet fra" in result.message()
    with Database.open(demo_path) as db:
        assert db.meta("endret_etter_kopien") == ""
        assert db.scalar("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "gjenopprett"
        assert verify(db.conn).ok
    # The file as it was just before is a copy of its own, owner-only, and still has the change.
    assert result.safety_copy is not None
    assert stat.S_IMODE(os.stat(result.safety_copy).st_mode) == 0o600
    with Database.open(result.safety_copy, readonly=True) as before:
        assert before.meta("endret_etter_kopien") == "ja"
    assert stat.S_IMODE(os.stat(demo_path).st_mode) == 0o600
    assert not list(demo_path.parent.glob(".*gjenopprettes*"))


def test_restore_is_refused_while_the_file_is_open_elsewhere(demo_path):
    copy = _copy_then_change(demo_path)
    with Database.open(demo_path) as db:
        before = demo_path.read_bytes()
        with pytest.raises(DatabaseInUse, match="allerede åpen"):
            restore(demo_path, copy)
        assert demo_path.read_bytes() == before
        assert db.meta("endret_etter_kopien") == "ja"


def test_a_bad_copy_is_refused_before_anything_is_touched(demo_path, tmp_path):
    bad = tmp_path / "ødelagt.sqlite"
    bad.write_bytes(b"ikke en database" * 100)
    before = demo_path.read_bytes()
    with pytest.raises(NotABoligmoteFile):
        restore(demo_path, bad)
    assert demo_path.read_bytes() == before
    assert list_backups(demo_path) == []


def test_a_broken_current_file_is_kept_byte_for_byte_before_it_is_replaced(demo_path):
    copy = _copy_then_change(demo_path)
    broken = bytearray(demo_path.read_bytes())
    for offset in range(8192, len(broken), 4096):
        broken[offset + 100: offset + 400] = os.urandom(300)
    demo_path.write_bytes(bytes(broken))
    with pytest.raises(CorruptDatabase):
        Database.open(demo_path)
    result = restore(demo_path, copy)
    with Database.open(demo_path) as db:
        assert db.scalar("SELECT count(*) FROM units") > 0
    assert result.safety_copy.read_bytes() == bytes(broken)
    assert stat.S_IMODE(os.stat(result.safety_copy).st_mode) == 0o600


def test_listing_is_newest_first_with_date_size_and_reason(demo_path):
    with Database.open(demo_path, daily_backup=False) as db:
        first, second = take_backup(db), take_backup(db)
    copies = list_backups(demo_path)
    assert [c.path for c in copies] == [second, first]
    assert all(c.size > 0 and c.reason_label == "tatt for hånd" for c in copies)
    assert find_backup(demo_path, "1") == second
    assert find_backup(demo_path, first.name) == first
    assert format_size(1_234_567) == "1,2 MB" and format_size(830_000) == "830 kB" and format_size(12) == "12 byte"


# ---- the command line -----------------------------------------------------------------------

def test_cli_backup_list_and_restore(demo_path, capsys):
    assert main(["backup", "--db", str(demo_path), "--keep", "4"]) == 0
    assert "beholder de 4 nyeste" in capsys.readouterr().out
    with Database.open(demo_path, daily_backup=False) as db:
        with db.transaction("test", "meta"):
            db.set_meta([("endret_etter_kopien", "ja")])
    assert main(["restore", "--db", str(demo_path), "--list"]) == 0
    listing = capsys.readouterr().out
    assert "nyeste først" in listing and "tatt for hånd" in listing and "kB" in listing
    assert main(["restore", "--db", str(demo_path), "--from", "1"]) == 0
    assert "er gjenopprettet fra" in capsys.readouterr().out
    with Database.open(demo_path, readonly=True) as db:
        assert db.meta("endret_etter_kopien") == ""
        assert db.meta("backup_keep") == "4"


def test_cli_restore_refuses_with_a_message_while_the_gui_has_the_file(demo_path):
    copy = _copy_then_change(demo_path)
    with Database.open(demo_path):
        result = subprocess.run([sys.executable, "-m", "boligmote", "restore", "--db", str(demo_path),
                                 "--from", str(copy)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "allerede åpen i en annen Boligmøte-økt" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_restore_names_a_missing_copy(demo_path, capsys):
    assert main(["restore", "--db", str(demo_path), "--from", "finnes-ikke.backup.sqlite"]) == 1
    assert "Fant ikke sikkerhetskopien" in capsys.readouterr().err


def test_cli_restore_without_copies_says_so(demo_path, capsys):
    assert main(["restore", "--db", str(demo_path)]) == 0
    assert "Ingen sikkerhetskopier" in capsys.readouterr().out


def test_cli_encrypt_then_backup_and_restore_with_the_passphrase_from_the_environment(demo_path, monkeypatch, capsys):
    monkeypatch.setenv("BOLIGMOTE_PASSPHRASE", "korrekt hest batteri")
    assert main(["encrypt", "--db", str(demo_path)]) == 0
    assert "er nå kryptert" in capsys.readouterr().out
    assert main(["backup", "--db", str(demo_path)]) == 0
    capsys.readouterr()
    assert main(["restore", "--db", str(demo_path), "--from", "1"]) == 0
    assert "er gjenopprettet fra" in capsys.readouterr().out
    assert main(["verify", "--db", str(demo_path)]) == 0
    monkeypatch.delenv("BOLIGMOTE_PASSPHRASE")
    assert main(["verify", "--db", str(demo_path)]) == 1  # stdin is not a terminal under pytest
    assert "sett BOLIGMOTE_PASSPHRASE" in capsys.readouterr().err


def test_cli_encrypt_without_a_passphrase_and_no_terminal_changes_nothing(demo_path, monkeypatch, capsys):
    monkeypatch.delenv("BOLIGMOTE_PASSPHRASE", raising=False)
    before = demo_path.read_bytes()
    assert main(["encrypt", "--db", str(demo_path)]) == 1
    assert "BOLIGMOTE_PASSPHRASE" in capsys.readouterr().err
    assert demo_path.read_bytes() == before

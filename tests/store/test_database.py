"""Opening, creating and refusing files; transactions; the audit chain."""
from __future__ import annotations

import os
import sqlite3
import stat

import pytest

import boligmote.store.database as database_module
from boligmote.store import (
    LATEST_VERSION,
    CorruptDatabase,
    Database,
    DatabaseLocked,
    FileAccessError,
    NewerSchemaVersion,
    NotABoligmoteFile,
    StoreError,
)
from boligmote.store.audit import verify


def test_new_file_is_owner_only_and_fully_migrated(tmp_path):
    path = tmp_path / "ny.sqlite"
    with Database.open(path, create=True) as db:
        assert db.schema_version == LATEST_VERSION
        assert db.scalar("PRAGMA journal_mode") == "wal"
        assert db.scalar("PRAGMA foreign_keys") == 1
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_missing_file_is_not_created_unless_asked(tmp_path):
    with pytest.raises(FileAccessError, match="Finner ikke"):
        Database.open(tmp_path / "finnes-ikke.sqlite")
    assert not (tmp_path / "finnes-ikke.sqlite").exists()


def test_text_file_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "notat.sqlite"
    path.write_text("Dette er et notat, ikke en database.")
    before = path.read_bytes()
    with pytest.raises(NotABoligmoteFile, match="ikke en Boligmøte-database"):
        Database.open(path)
    assert path.read_bytes() == before


def test_other_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "annen.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE kunder (navn TEXT)")
    other.commit()
    other.close()
    with pytest.raises(NotABoligmoteFile, match="SQLite-fil, men ikke en Boligmøte-database"):
        Database.open(path)


def test_file_from_newer_version_is_refused(demo_path):
    raw = sqlite3.connect(demo_path)
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    raw.close()
    with pytest.raises(NewerSchemaVersion, match="nyere versjon"):
        Database.open(demo_path)


def test_corrupt_file_is_reported(demo_path):
    data = bytearray(demo_path.read_bytes())
    for offset in range(8192, len(data), 4096):  # scribble over every page but the first two
        data[offset + 100: offset + 400] = os.urandom(300)
    demo_path.write_bytes(bytes(data))
    with pytest.raises((CorruptDatabase, NotABoligmoteFile)) as caught:
        Database.open(demo_path)
    assert "skadet" in str(caught.value) or "ikke en Boligmøte" in str(caught.value)


def test_exclusively_locked_file_gives_clear_message(demo_path, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
    holder = sqlite3.connect(demo_path, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseLocked, match="låst"):
            Database.open(demo_path)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_write_while_another_session_writes_gives_clear_message(demo_db, monkeypatch):
    monkeypatch.setattr(database_module, "BUSY_TIMEOUT_MS", 100)
    demo_db.conn.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(demo_db.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(DatabaseLocked):
            with demo_db.transaction("test", "meta"):
                demo_db.set_meta([("x", "y")])
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_failed_change_writes_nothing_not_even_audit(new_db):
    audit_rows = new_db.scalar("SELECT count(*) FROM audit_log")
    with pytest.raises(ZeroDivisionError):
        with new_db.transaction("test", "meta"):
            new_db.set_meta([("halvveis", "skrevet")])
            1 / 0  # noqa: B018 - fails halfway through the change
    assert new_db.meta("halvveis") == ""
    assert new_db.scalar("SELECT count(*) FROM audit_log") == audit_rows


def test_constraint_violation_becomes_store_error_and_rolls_back(new_db):
    with pytest.raises(StoreError, match="avvist"):
        with new_db.transaction("test", "building"):
            new_db.conn.execute(
                "INSERT INTO buildings (id, address, district, ownership, building_type, total_units)"
                " VALUES ('B1', 'Demoveien 1', 'Sentrum', 'solgt', 'blokk', 10)")
    assert new_db.scalar("SELECT count(*) FROM buildings") == 0


def test_every_change_is_audited_in_an_unbroken_chain(new_db):
    for n in range(3):
        with new_db.transaction("set", "meta", str(n), {"n": n}):
            new_db.set_meta([(f"k{n}", "v")])
    rows = new_db.query("SELECT action, entity_id FROM audit_log ORDER BY id")
    assert rows[-3:] == [("set", "0"), ("set", "1"), ("set", "2")]
    assert verify(new_db.conn).ok


def test_audit_log_refuses_edits_and_tampering_shows(new_db):
    with new_db.transaction("set", "meta", "a"):
        new_db.set_meta([("a", "1")])
    with pytest.raises(sqlite3.DatabaseError, match="kan ikke endres"):
        new_db.conn.execute("UPDATE audit_log SET actor = 'noen andre'")
    # Behind the app's back: drop the guard and rewrite history.
    new_db.conn.execute("DROP TRIGGER audit_log_no_update")
    first_id = new_db.scalar("SELECT min(id) FROM audit_log")
    new_db.conn.execute("UPDATE audit_log SET actor = 'noen andre' WHERE id = ?", (first_id,))
    check = verify(new_db.conn)
    assert not check.ok and check.first_broken_id == first_id


def test_readonly_open_writes_nothing(demo_path):
    before = demo_path.read_bytes()
    with Database.open(demo_path, readonly=True) as db:
        assert db.scalar("SELECT count(*) FROM units") > 0
        with pytest.raises(sqlite3.OperationalError):
            db.conn.execute("DELETE FROM meta")
    assert demo_path.read_bytes() == before


def test_backup_is_complete_and_owner_only(demo_db, tmp_path):
    target = demo_db.backup_to(tmp_path / "kopi.sqlite")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    with Database.open(target) as copy:
        assert copy.scalar("SELECT count(*) FROM units") == demo_db.scalar("SELECT count(*) FROM units")

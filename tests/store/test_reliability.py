"""Bad files, write-protected files, a full disk, a second session, a network share.

Every refused file must give a bokmål message a caseworker can act on (a StoreError, never
a traceback) and be left byte for byte as it was.
"""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

import pytest

import boligmote.store.network_share as network_share
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
from boligmote.store.errors import DatabaseInUse, DiskFull, PassphraseRequired, ReadOnlyFile
from boligmote.store.locking import lock_path


def _snapshot(path):
    """The file and its sidecars, so that "untouched" covers the WAL too."""
    return {suffix: open(f"{path}{suffix}", "rb").read()
            for suffix in ("", "-wal") if os.path.exists(f"{path}{suffix}")}


def _refused(path, error_class, *phrases, **open_args):
    before = _snapshot(path)
    with pytest.raises(error_class) as caught:
        Database.open(path, **open_args)
    message = str(caught.value)
    for phrase in phrases:
        assert phrase in message
    assert "Traceback" not in message
    assert _snapshot(path) == before, "a refused file must be left untouched"
    assert not lock_path(path).exists(), "a refused file gets no lock file beside it"
    return message


# ---- bad files ---------------------------------------------------------------------------

def test_truncated_file_is_reported_as_damaged(demo_path):
    data = demo_path.read_bytes()
    demo_path.write_bytes(data[: len(data) // 2])
    message = _refused(demo_path, CorruptDatabase, "skadet", "sikkerhetskopi")
    assert message.startswith("demo.sqlite er skadet")


def test_file_cut_inside_the_magic_string_is_not_a_database(demo_path):
    demo_path.write_bytes(demo_path.read_bytes()[:10])
    _refused(demo_path, NotABoligmoteFile, "ikke en Boligmøte-database", "ikke en SQLite-fil")


def test_file_cut_after_the_first_page_header_is_damaged(demo_path):
    demo_path.write_bytes(demo_path.read_bytes()[:60])
    _refused(demo_path, CorruptDatabase, "skadet", "Gjenopprett fra en sikkerhetskopi")


def test_random_bytes_of_odd_length_are_not_a_database(tmp_path):
    path = tmp_path / "tilfeldig.sqlite"
    path.write_bytes(os.urandom(10_001))
    _refused(path, NotABoligmoteFile, "ikke en SQLite-fil")


def test_random_whole_pages_could_be_encrypted_so_the_message_asks_for_a_passphrase(tmp_path):
    """SQLCipher output looks exactly like this, once there are as many pages as a Boligmøte
    file has; the message covers both possibilities."""
    path = tmp_path / "sider.sqlite"
    path.write_bytes(os.urandom(64 * 4096))
    _refused(path, PassphraseRequired, "ikke en Boligmøte-database, eller den er kryptert: oppgi passord")


@pytest.mark.parametrize("content", [os.urandom(8 * 4096), b"%PDF-1.7\n" + os.urandom(64 * 4096 - 9),
                                     b"PK\x03\x04" + os.urandom(64 * 4096 - 4)],
                         ids=["few random pages", "pdf", "zip"])
def test_files_no_encrypted_boligmote_file_could_be_ask_for_no_passphrase(tmp_path, content):
    """Fewer pages than any Boligmøte file has, or a known file signature: not ours, said plainly
    (issue 16 item 7: a random-bytes file was called «Kryptert database»)."""
    path = tmp_path / "søppel.sqlite"
    path.write_bytes(content)
    for readonly in (False, True):
        with pytest.raises(NotABoligmoteFile) as caught:
            Database.open(path, readonly=readonly)
        assert not isinstance(caught.value, PassphraseRequired)
        assert "ikke en SQLite-fil" in str(caught.value)


def test_a_file_of_zeros_is_not_mistaken_for_an_encrypted_one(tmp_path):
    path = tmp_path / "nuller.sqlite"
    path.write_bytes(bytes(8 * 4096))
    with pytest.raises(NotABoligmoteFile) as caught:
        Database.open(path)
    assert not isinstance(caught.value, PassphraseRequired)


def test_empty_existing_file_is_named_as_empty(tmp_path):
    path = tmp_path / "tom.sqlite"
    path.touch()
    _refused(path, NotABoligmoteFile, "tom (0 byte)")
    with pytest.raises(NotABoligmoteFile, match="tom"):
        Database.open(path, readonly=True)


def test_other_sqlite_file_is_refused_without_being_switched_to_wal(tmp_path):
    path = tmp_path / "kunder.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE kunder (navn TEXT)")
    other.execute("INSERT INTO kunder VALUES ('Eksempel AS')")
    other.commit()
    other.close()
    _refused(path, NotABoligmoteFile, "SQLite-fil, men ikke en Boligmøte-database")
    assert sqlite3.connect(path).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_newer_schema_version_is_refused_untouched(demo_path):
    raw = sqlite3.connect(demo_path)
    raw.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    raw.close()
    _refused(demo_path, NewerSchemaVersion, "nyere versjon av Boligmøte", "Oppdater programmet")
    assert not (demo_path.parent / "backups").exists()


def test_every_refusal_is_a_store_error_with_a_norwegian_sentence(tmp_path, demo_path):
    """The GUI and CLI show str(error) for StoreError; nothing here may escape as another type."""
    cases = {
        "text": b"Dette er et notat.\n" * 50,
        "zip": b"PK\x03\x04" + bytes(2000),
        "pdf": b"%PDF-1.7\n" + os.urandom(3000),
    }
    for name, data in cases.items():
        path = tmp_path / f"{name}.sqlite"
        path.write_bytes(data)
        with pytest.raises(StoreError) as caught:
            Database.open(path)
        assert "Boligmøte" in str(caught.value)


# ---- write-protected files ------------------------------------------------------------------

def test_write_protected_file_is_refused_for_writing_and_opens_read_only(demo_path):
    os.chmod(demo_path, 0o400)
    try:
        _refused(demo_path, ReadOnlyFile, "skrivebeskyttet", "Åpne filen skrivebeskyttet")
        before = demo_path.read_bytes()
        with Database.open(demo_path, readonly=True) as db:
            assert db.readonly
            assert db.scalar("SELECT count(*) FROM units") > 0
            with pytest.raises(ReadOnlyFile, match="åpnet skrivebeskyttet; endringer kan ikke lagres"):
                with db.transaction("test", "meta"):
                    db.set_meta([("x", "y")])
        assert demo_path.read_bytes() == before
    finally:
        os.chmod(demo_path, 0o600)


def test_read_only_error_class_is_a_file_access_error():
    assert issubclass(ReadOnlyFile, FileAccessError)
    assert issubclass(DiskFull, FileAccessError)
    assert issubclass(DatabaseInUse, DatabaseLocked)


# ---- a full disk ---------------------------------------------------------------------------

def test_full_disk_gives_a_clear_message_and_keeps_what_was_there(demo_path):
    with Database.open(demo_path, daily_backup=False) as db:
        before = list(db.conn.iterdump())
        audit_rows = db.scalar("SELECT count(*) FROM audit_log")
        # SQLITE_FULL on demand: the file may not grow by a single page.
        db.conn.execute(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count')}")
        with pytest.raises(DiskFull) as caught:
            with db.transaction("test", "meta", "stor"):
                db.set_meta([("stor", "x" * 200_000)])
        assert "Disken er full" in str(caught.value)
        assert "Ingenting av denne endringen ble lagret" in str(caught.value)
        assert db.scalar("SELECT count(*) FROM audit_log") == audit_rows
        assert list(db.conn.iterdump()) == before
        # Once there is room again the same session goes on working.
        db.conn.execute("PRAGMA max_page_count = 1073741823")
        with db.transaction("test", "meta", "liten"):
            db.set_meta([("liten", "ok")])
        assert db.meta("liten") == "ok"


# ---- a second session --------------------------------------------------------------------------

def test_second_session_in_the_same_process_is_refused_with_read_only_offered(demo_db):
    with pytest.raises(DatabaseInUse) as caught:
        Database.open(demo_db.path)
    message = str(caught.value)
    assert "allerede åpen i en annen Boligmøte-økt" in message
    assert "skrivebeskyttet" in message
    assert demo_db.actor in message
    with Database.open(demo_db.path, readonly=True) as viewer:
        assert viewer.scalar("SELECT count(*) FROM units") == demo_db.scalar("SELECT count(*) FROM units")


def test_lock_is_released_on_close(demo_path):
    Database.open(demo_path).close()
    Database.open(demo_path).close()
    assert lock_path(demo_path).read_text() == ""  # no stale holder note


def test_second_app_instance_gets_a_message_at_once_not_a_hang(demo_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time
            from boligmote.store import Database
            db = Database.open({str(demo_path)!r})
            print("open", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(DatabaseInUse, match="allerede åpen"):
            Database.open(demo_path)
    finally:
        holder.kill()  # like a crash: the OS drops the lock with the process
        holder.wait()
    Database.open(demo_path).close()


# ---- a network share ---------------------------------------------------------------------------

MOUNTS = textwrap.dedent("""\
    /dev/vda / ext4 rw,relatime 0 0
    tmpfs /tmp tmpfs rw 0 0
    fileserver:/home /mnt/home nfs4 rw,vers=4.2 0 0
    //kommune/felles /mnt/felles\\040disk cifs rw 0 0
    sshfs#bruker@maskin: /mnt/ssh fuse.sshfs rw 0 0
""")


@pytest.mark.parametrize("path, kind", [
    ("/mnt/home/saksbehandler/boligmote.sqlite", "nfs4"),
    ("/mnt/felles disk/boligmote.sqlite", "cifs"),
    ("/mnt/ssh/boligmote.sqlite", "fuse.sshfs"),
    ("/tmp/boligmote.sqlite", None),
    ("/home/saksbehandler/boligmote.sqlite", None),
])
def test_network_share_is_recognised_from_the_mount_table(path, kind, monkeypatch):
    monkeypatch.setattr(network_share.sys, "platform", "linux")
    assert network_share.network_share_kind(__import__("pathlib").Path(path), MOUNTS) == kind


def test_opening_a_file_on_a_network_share_warns_but_opens(demo_path, tmp_path, monkeypatch):
    mounts = tmp_path / "mounts"
    mounts.write_text(f"server:/eksport {demo_path.parent.resolve()} nfs rw 0 0\n")
    monkeypatch.setattr(network_share, "PROC_MOUNTS", mounts)
    with Database.open(demo_path) as db:
        assert db.scalar("SELECT count(*) FROM units") > 0
        assert any("nettverksdisk (nfs)" in notice for notice in db.notices)


def test_a_local_file_has_no_network_warning(demo_db):
    assert not any("nettverksdisk" in notice for notice in demo_db.notices)

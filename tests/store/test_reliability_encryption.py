"""Encryption at rest (SQLCipher): create, reopen, wrong passphrase, convert plain → encrypted.

sqlcipher3-binary is in the `test` extra, so CI runs these; they fail (not skip) without it.
"""
from __future__ import annotations

import os
import stat

import pytest

from boligmote.services.encryption import create_encrypted, encrypt_database
from boligmote.store import Database, StoreError
from boligmote.store import backups as store_backups
from boligmote.store.audit import verify
from boligmote.store.crypto import SQLITE_HEADER
from boligmote.store.errors import PassphraseRequired, WrongPassphrase

PASSPHRASE = "korrekt hest batteri stift"


def _no_plaintext(path, *needles: str) -> None:
    data = path.read_bytes()
    assert not data.startswith(SQLITE_HEADER)
    for needle in needles:
        assert needle.encode("utf-8") not in data


def test_create_write_reopen(tmp_path):
    path = tmp_path / "kryptert.sqlite"
    with create_encrypted(path, PASSPHRASE) as db:
        assert db.encrypted
        with db.transaction("test", "meta"):
            db.set_meta([("kommune", "Hemmelighavn")])
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    _no_plaintext(path, "Hemmelighavn", "audit_log")
    with Database.open(path, passphrase=PASSPHRASE) as db:
        assert db.meta("kommune") == "Hemmelighavn"
        assert db.scalar("PRAGMA journal_mode") == "wal"
        assert verify(db.conn).ok
    with Database.open(path, readonly=True, passphrase=PASSPHRASE) as db:
        assert db.meta("kommune") == "Hemmelighavn"


def test_without_passphrase_the_message_asks_for_one(tmp_path):
    path = tmp_path / "kryptert.sqlite"
    create_encrypted(path, PASSPHRASE).close()
    before = path.read_bytes()
    for readonly in (False, True):
        with pytest.raises(PassphraseRequired, match="eller den er kryptert: oppgi passord"):
            Database.open(path, readonly=readonly)
    assert path.read_bytes() == before


def test_wrong_passphrase_is_named_and_leaves_the_file_alone(tmp_path):
    path = tmp_path / "kryptert.sqlite"
    create_encrypted(path, PASSPHRASE).close()
    before = path.read_bytes()
    with pytest.raises(WrongPassphrase, match="Feil passord for kryptert.sqlite"):
        Database.open(path, passphrase="feil passord")
    with pytest.raises(WrongPassphrase):
        Database.open(path, readonly=True, passphrase="feil passord")
    assert path.read_bytes() == before
    Database.open(path, passphrase=PASSPHRASE).close()  # and the lock was given back


def test_passphrase_with_quotes_and_non_ascii(tmp_path):
    path = tmp_path / "sitat.sqlite"
    odd = "O'Brien sier «æøå» \"hei\" ; DROP"
    create_encrypted(path, odd).close()
    Database.open(path, passphrase=odd).close()
    with pytest.raises(WrongPassphrase):
        Database.open(path, passphrase="O'Brien")


def test_too_short_passphrase_is_refused(tmp_path):
    with pytest.raises(StoreError, match="minst 8 tegn"):
        create_encrypted(tmp_path / "kort.sqlite", "kort")
    assert not (tmp_path / "kort.sqlite").exists()


def test_convert_plain_to_encrypted_keeps_everything_and_encrypts_the_plain_copies(demo_path):
    with Database.open(demo_path) as db:  # opening makes today's (plain) daily copy
        counts = {t: db.scalar(f"SELECT count(*) FROM {t}") for t in ("units", "applicants", "audit_log")}
        a_name = db.scalar("SELECT name FROM applicants ORDER BY case_no LIMIT 1")
    [daily] = store_backups.list_backups(demo_path)

    result = encrypt_database(demo_path, PASSPHRASE)

    # The daily copy is kept, encrypted: encrypting must not throw the file's history away.
    assert result.encrypted_backups == [daily.path] and result.removed_plain_backups == []
    assert "er nå kryptert" in result.message() and "kryptert med samme passord" in result.message()
    assert daily.path in [c.path for c in store_backups.list_backups(demo_path)]
    _no_plaintext(demo_path, a_name)
    with Database.open(demo_path, passphrase=PASSPHRASE) as db:
        for table, n in counts.items():
            expected = n + (1 if table == "audit_log" else 0)  # the conversion is audited
            assert db.scalar(f"SELECT count(*) FROM {table}") == expected
        assert db.scalar("SELECT action FROM audit_log ORDER BY id DESC LIMIT 1") == "krypter"
        assert verify(db.conn).ok
    # Every copy left beside it is encrypted too.
    copies = store_backups.list_backups(demo_path)
    assert copies
    for copy in copies:
        _no_plaintext(copy.path, a_name)
        assert stat.S_IMODE(os.stat(copy.path).st_mode) == 0o600
        with Database.open(copy.path, readonly=True, passphrase=PASSPHRASE) as old:
            assert old.scalar("SELECT count(*) FROM units") == counts["units"]


def test_converting_an_encrypted_file_again_is_refused(tmp_path):
    path = tmp_path / "kryptert.sqlite"
    create_encrypted(path, PASSPHRASE).close()
    with pytest.raises(StoreError, match="allerede kryptert"):
        encrypt_database(path, "et annet passord")


def test_converting_an_open_file_is_refused(demo_db):
    before = demo_db.path.read_bytes()
    with pytest.raises(StoreError, match="allerede åpen"):
        encrypt_database(demo_db.path, PASSPHRASE)
    assert demo_db.path.read_bytes() == before
    assert not list(demo_db.path.parent.glob(".*krypteres*"))


def test_backups_of_an_encrypted_file_are_encrypted(tmp_path):
    path = tmp_path / "kryptert.sqlite"
    with create_encrypted(path, PASSPHRASE) as db:
        with db.transaction("test", "meta"):
            db.set_meta([("kommune", "Hemmelighavn")])
        copy = db.backup()
    _no_plaintext(copy, "Hemmelighavn")
    with pytest.raises(PassphraseRequired):
        Database.open(copy, readonly=True)
    with Database.open(copy, readonly=True, passphrase=PASSPHRASE) as old:
        assert old.meta("kommune") == "Hemmelighavn"


def test_an_encrypted_copy_that_differs_from_the_original_is_not_swapped_in(demo_path, monkeypatch):
    """Encrypting compares every table's rows in the copy with the original before the copy
    replaces it: a copy with one row more (or less) leaves the plain file as it was."""
    from boligmote.store import crypto

    export = crypto.export_encrypted

    def export_with_a_stray_row(plain, target, passphrase):
        export(plain, target, passphrase)
        copy = crypto.connect(target, passphrase)
        copy.execute("INSERT INTO meta (key, value) VALUES ('stray', 'row')")
        copy.commit()
        copy.close()

    monkeypatch.setattr(crypto, "export_encrypted", export_with_a_stray_row)
    before = demo_path.read_bytes()
    with pytest.raises(StoreError, match="ble ikke lik originalen"):
        encrypt_database(demo_path, PASSPHRASE)
    assert demo_path.read_bytes() == before
    with Database.open(demo_path, readonly=True) as db:
        assert db.scalar("SELECT count(*) FROM meta WHERE key = 'stray'") == 0

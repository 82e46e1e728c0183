"""Automatic backup copies: before an upgrade, at most daily on open, rotated, owner-only."""
from __future__ import annotations

import os
import sqlite3
import stat
from datetime import datetime, timedelta

import boligmote.store.database as database_module
from boligmote.store import LATEST_VERSION, Database
from boligmote.store import backups as store_backups
from boligmote.store.migrations import Migration, all_migrations


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_first_open_of_the_day_makes_one_owner_only_copy_in_backups(demo_path):
    folder = demo_path.parent / "backups"
    assert not folder.exists()
    Database.open(demo_path).close()
    Database.open(demo_path).close()  # the same day: no second copy
    copies = store_backups.list_backups(demo_path)
    assert len(copies) == 1
    assert copies[0].reason == "daglig" and copies[0].reason_label == "daglig"
    assert _mode(folder) == 0o700
    assert _mode(copies[0].path) == 0o600
    assert copies[0].path.parent == folder
    # A copy is one self-contained file that opens by itself.
    assert not os.path.exists(f"{copies[0].path}-wal")
    with Database.open(copies[0].path, readonly=True) as copy:
        assert copy.scalar("SELECT count(*) FROM units") > 0


def test_a_new_day_gets_a_new_copy(demo_path):
    Database.open(demo_path).close()
    assert not store_backups.is_due(demo_path)
    assert store_backups.is_due(demo_path, datetime.now() + timedelta(days=1))


def test_new_file_and_read_only_open_make_no_copy(tmp_path, demo_path):
    Database.open(tmp_path / "ny.sqlite", create=True).close()
    assert store_backups.list_backups(tmp_path / "ny.sqlite") == []
    Database.open(demo_path, readonly=True).close()
    assert store_backups.list_backups(demo_path) == []


def test_rotation_keeps_the_newest_n_as_set_per_file(demo_path):
    with Database.open(demo_path, daily_backup=False) as db:
        assert db.backup_keep == store_backups.DEFAULT_KEEP == 10
        db.set_backup_keep(3)
        made = [db.backup() for _ in range(5)]
        assert db.backup_keep == 3
    kept = [c.path for c in store_backups.list_backups(demo_path)]
    assert kept == list(reversed(made))[:3]  # newest first
    assert all(not p.exists() for p in made[:2])


def test_backups_of_two_files_in_one_folder_do_not_mix(demo_path, tmp_path):
    other = tmp_path / "annen.sqlite"
    Database.open(other, create=True).close()
    with Database.open(demo_path, daily_backup=False) as db:
        db.backup()
    with Database.open(other, daily_backup=False) as db:
        db.set_backup_keep(1)
        db.backup()
        db.backup()
    assert len(store_backups.list_backups(demo_path)) == 1
    assert len(store_backups.list_backups(other)) == 1


def test_upgrade_copy_goes_into_backups_and_counts_as_todays(demo_path, monkeypatch):
    extra = Migration(LATEST_VERSION + 1, "test_column", "ALTER TABLE meta ADD COLUMN note TEXT;")
    monkeypatch.setattr(database_module, "LATEST_VERSION", LATEST_VERSION + 1)
    monkeypatch.setattr(database_module, "all_migrations", lambda: all_migrations() + [extra])
    with Database.open(demo_path) as db:
        assert db.schema_version == LATEST_VERSION + 1
    copies = store_backups.list_backups(demo_path)
    assert [c.reason for c in copies] == [f"oppgradering-fra-v{LATEST_VERSION}"]
    assert copies[0].reason_label == f"før oppgradering fra versjon {LATEST_VERSION}"
    assert _mode(copies[0].path) == 0o600
    old = sqlite3.connect(copies[0].path)
    assert old.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    old.close()


def test_failed_daily_copy_does_not_stop_the_meeting_but_is_told(demo_path, monkeypatch):
    folder = demo_path.parent / "backups"
    folder.write_text("en fil der mappen skulle vært")
    with Database.open(demo_path) as db:
        assert db.scalar("SELECT count(*) FROM units") > 0
        assert any("daglige sikkerhetskopien kunne ikke tas" in n for n in db.notices)

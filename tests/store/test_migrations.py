"""Schema versions: numbered migrations from an empty file, and the upgrade backup."""
from __future__ import annotations

import sqlite3

from boligmote.store import LATEST_VERSION, Database
from boligmote.store.migrations import all_migrations


def test_migrations_are_numbered_from_one_without_gaps():
    numbers = [m.number for m in all_migrations()]
    assert numbers == list(range(1, LATEST_VERSION + 1))


def test_empty_file_is_migrated_to_latest(tmp_path):
    path = tmp_path / "tom.sqlite"
    path.touch(mode=0o600)
    with Database.open(path, create=True) as db:
        assert db.schema_version == LATEST_VERSION
        tables = {r[0] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"buildings", "stairwells", "units", "tenancies", "applicants", "incidents", "meetings",
            "participants", "proposals", "decisions", "decision_flags", "audit_log", "rule_settings"} <= tables


def test_upgrade_from_an_older_version_makes_a_backup_first(demo_path, tmp_path, monkeypatch):
    """Pretend a new migration exists: opening must back the old file up before changing it."""
    import boligmote.store.database as database_module
    from boligmote.store.migrations import Migration

    extra = Migration(LATEST_VERSION + 1, "test_column", "ALTER TABLE meta ADD COLUMN note TEXT;")
    monkeypatch.setattr(database_module, "LATEST_VERSION", LATEST_VERSION + 1)
    monkeypatch.setattr(database_module, "all_migrations", lambda: all_migrations() + [extra])
    backups = tmp_path / "backups"
    backups.mkdir()
    with Database.open(demo_path, backup_dir=backups) as db:
        assert db.schema_version == LATEST_VERSION + 1
    copies = list(backups.glob("*.backup.sqlite"))
    assert len(copies) == 1
    old = sqlite3.connect(copies[0])
    assert old.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    old.close()

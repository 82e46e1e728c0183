"""Schema versions: numbered migrations from an empty file, and the upgrade backup."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from boligmote.store import LATEST_VERSION, Database
from boligmote.store.migrations import all_migrations


def _file_at_version(path: Path, monkeypatch, version: int, fixture: str = "") -> Path:
    """A file as release `version` left it (migrations 1..version only), holding the rows
    `fixture` inserts (statements separated by «;»), for the next migrations to upgrade."""
    import boligmote.store.database as database_module

    with monkeypatch.context() as patched:
        patched.setattr(database_module, "LATEST_VERSION", version)
        patched.setattr(database_module, "all_migrations", lambda: all_migrations()[:version])
        with Database.open(path, create=True) as old:
            assert old.schema_version == version
            with old.transaction("test", "fixture"):
                for statement in fixture.split(";"):  # executescript would commit on its own
                    if statement.strip():
                        old.conn.execute(statement)
    return path


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


def test_a_version_2_file_with_meetings_upgrades_to_refused_status(tmp_path, monkeypatch):
    """m0003 rebuilds the applicants table that proposals and decisions refer to."""
    path = _file_at_version(tmp_path / "v2.sqlite", monkeypatch, 2, """
                INSERT INTO buildings (id, address, district, ownership, building_type, total_units)
                    VALUES ('B1', 'Demoveien 1', 'Sentrum Demo', 'heleid', 'blokk', 4);
                INSERT INTO stairwells (id, building_id, label) VALUES (1, 'B1', 'A');
                INSERT INTO units (id, stairwell_id, floor, rooms, bedrooms, area_m2, rent, unit_type, status)
                    VALUES ('U1', 1, 1, 2, 1, 40, 8000, 'ordinaer', 'vacant');
                INSERT INTO applicants (case_no, name, household_type, adults, situation, priority, decision_date)
                    VALUES ('2026/1', 'Kari Demosen', 'single', 1, 'homeless', 'prioritert', '2026-01-05');
                INSERT INTO meetings (id, held_on) VALUES (1, '2026-11-23');
                INSERT INTO proposals (meeting_id, case_no, unit_id) VALUES (1, '2026/1', 'U1')
            """)
    backups = tmp_path / "copies"
    backups.mkdir()
    with Database.open(path, backup_dir=backups) as upgraded:
        assert upgraded.schema_version == LATEST_VERSION >= 3
        assert upgraded.scalar("PRAGMA foreign_keys") == 1  # back on after the rebuild
        assert upgraded.query("PRAGMA foreign_key_check") == []
        assert upgraded.scalar("SELECT name FROM applicants WHERE case_no = '2026/1'") == "Kari Demosen"
        assert upgraded.scalar("SELECT case_no FROM proposals") == "2026/1"
        with upgraded.transaction("test", "refuse"):
            upgraded.conn.execute("UPDATE applicants SET status = 'refused' WHERE case_no = '2026/1'")
        indexes = {r[0] for r in upgraded.query("SELECT name FROM sqlite_master WHERE tbl_name = 'applicants'")}
        assert "applicants_status" in indexes
    assert len(list(backups.iterdir())) >= 1  # the old file was copied before the upgrade


def test_a_version_3_file_keeps_who_decided_and_its_meeting_settings(tmp_path, monkeypatch):
    """m0004: decisions of meetings not yet signed get every member with authority as deciders
    (what the minutes then said), and meeting settings kept in meta become version 1."""
    import json

    path = _file_at_version(tmp_path / "v3.sqlite", monkeypatch, 3, """
                INSERT INTO applicants (case_no, name, household_type, adults, situation, priority, decision_date)
                    VALUES ('2026/1', 'Demo Søker', 'single', 1, 'homeless', 'prioritert', '2026-01-05');
                INSERT INTO meetings (id, held_on, status) VALUES (1, '2026-11-01', 'planned');
                INSERT INTO participants (meeting_id, name, role, has_decision_authority)
                    VALUES (1, 'Leder', 'chair', 1), (1, 'Rådgiver', 'advisor', 0), (1, 'Medlem', 'member', 1);
                INSERT INTO proposals (meeting_id, case_no) VALUES (1, '2026/1');
                UPDATE meetings SET status = 'in_progress' WHERE id = 1;
                INSERT INTO decisions (meeting_id, case_no, outcome, reasons, decided_at)
                    VALUES (1, '2026/1', 'utsatt', 'Venter på opplysninger.', '2026-11-01T10:00:00');
                INSERT INTO meta (key, value) VALUES ('meeting_settings', '{"move_in": {"deadline_days": 21}}');
            """)
    with Database.open(path, backup_dir=tmp_path / "backups") as db:
        assert db.schema_version == LATEST_VERSION
        deciders = {r[0] for r in db.query("SELECT p.name FROM decision_members x JOIN participants p "
                                           "ON p.id = x.participant_id WHERE x.part = 'decider'")}
        assert deciders == {"Leder", "Medlem"}
        version, overrides = db.query("SELECT version, overrides FROM meeting_settings")[0]
        assert version == 1 and json.loads(overrides) == {"move_in": {"deadline_days": 21}}
        assert db.meta("meeting_settings", "") == ""
        assert db.scalar("SELECT attendance FROM participants LIMIT 1") == "present"


def test_a_version_5_file_keeps_its_incidents_and_the_defaults_its_decisions_were_made_under(tmp_path, monkeypatch):
    """m0006: incidents are rebuilt to allow «omsetning», buildings get a school catchment, and
    decisions made before it name the defaults as released then (kept verbatim in the file)."""
    import json

    from boligmote.rules.settings import defaults_edition
    from boligmote.store.migrations.m0006_faithful_flags import EDITION_BEFORE_ISSUE_15

    path = _file_at_version(tmp_path / "v5.sqlite", monkeypatch, 5, """
                INSERT INTO buildings (id, address, district, ownership, building_type, total_units)
                    VALUES ('B1', 'Demoveien 1', 'Sentrum Demo', 'heleid', 'blokk', 4);
                INSERT INTO stairwells (id, building_id, label) VALUES (1, 'B1', 'A');
                INSERT INTO incidents (building_id, stairwell_id, occurred_on, incident_type)
                    VALUES ('B1', 1, '2026-10-01', 'sproyter');
                INSERT INTO applicants (case_no, name, household_type, adults, situation, priority, decision_date)
                    VALUES ('2026/1', 'Demo Søker', 'single', 1, 'homeless', 'prioritert', '2026-01-05');
                INSERT INTO meetings (id, held_on, status) VALUES (1, '2026-11-01', 'planned');
                INSERT INTO participants (meeting_id, name, role, has_decision_authority)
                    VALUES (1, 'Leder', 'chair', 1);
                INSERT INTO proposals (meeting_id, case_no) VALUES (1, '2026/1');
                UPDATE meetings SET status = 'in_progress' WHERE id = 1;
                INSERT INTO decisions (meeting_id, case_no, outcome, reasons, decided_at)
                    VALUES (1, '2026/1', 'utsatt', 'Venter på opplysninger.', '2026-11-01T10:00:00')
            """)
    old = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError):  # the kind the old schema did not know
        old.execute("INSERT INTO incidents (building_id, occurred_on, incident_type) "
                    "VALUES ('B1', '2026-10-02', 'omsetning')")
    old.close()
    with Database.open(path, backup_dir=tmp_path / "backups") as db:
        assert db.schema_version == LATEST_VERSION
        assert db.scalar("SELECT incident_type FROM incidents") == "sproyter"
        with db.transaction("test", "dealing"):
            db.conn.execute("INSERT INTO incidents (building_id, occurred_on, incident_type) "
                            "VALUES ('B1', '2026-10-02', 'omsetning')")
        assert db.scalar("SELECT school_catchment FROM buildings") == ""
        digest = db.scalar("SELECT rule_defaults FROM decisions")
        assert digest == EDITION_BEFORE_ISSUE_15 != defaults_edition()[0]
        kept = json.loads(db.scalar("SELECT defaults FROM rule_defaults WHERE digest = ?", (digest,)))
        assert kept["MUNICIPAL_SHARE"]["max_share"] == 0.1  # the rule those decisions could show
        assert "CHILDREN_ACTIVE_USE" in kept["MITIGATION"]["softens"]
        with pytest.raises(sqlite3.IntegrityError, match="kan ikke endres"):
            db.conn.execute("UPDATE rule_defaults SET defaults = '{}'")


def test_a_version_6_file_keeps_its_incidents_and_learns_who_reported_and_registered_them(tmp_path, monkeypatch):
    """m0007: who reported an incident and who registered it in the window; the imported ones
    stay as they were (nobody known), and the log cannot be thinned afterwards."""
    path = _file_at_version(tmp_path / "v6.sqlite", monkeypatch, 6, """
                INSERT INTO buildings (id, address, district, ownership, building_type, total_units)
                    VALUES ('B1', 'Demoveien 1', 'Sentrum Demo', 'heleid', 'blokk', 4);
                INSERT INTO stairwells (id, building_id, label) VALUES (1, 'B1', 'A');
                INSERT INTO incidents (building_id, stairwell_id, occurred_on, incident_type, note)
                    VALUES ('B1', 1, '2026-10-01', 'omsetning', 'Importert')
            """)
    with Database.open(path, backup_dir=tmp_path / "backups") as db:
        assert db.schema_version == LATEST_VERSION
        assert db.query("SELECT incident_type, note, reported_by, registered_at, registered_by FROM incidents") == [
            ("omsetning", "Importert", "", None, "")]
        with pytest.raises(sqlite3.IntegrityError, match="samme dag"):
            db.conn.execute("DELETE FROM incidents")
        with pytest.raises(sqlite3.IntegrityError):
            db.conn.execute("UPDATE incidents SET reported_by = ?", ("x" * 101,))
        with db.transaction("test", "registered"):
            db.conn.execute("INSERT INTO incidents (building_id, occurred_on, incident_type, reported_by, "
                            "registered_at, registered_by) VALUES ('B1', '2026-11-02', 'uro', 'vaktmester', "
                            "strftime('%Y-%m-%dT%H:%M:%f+00:00', 'now'), 'kari')")
        with db.transaction("test", "removed the same day"):
            db.conn.execute("DELETE FROM incidents WHERE registered_by = 'kari'")
        assert db.scalar("SELECT count(*) FROM incidents") == 1


def test_a_version_7_file_gets_the_follow_up_register_and_keeps_its_tenancies(tmp_path, monkeypatch):
    """m0008: a file from before the follow-up register opens with an empty one; a point on a
    tenancy it already had can be added and recorded, and the states are a closed list."""
    path = _file_at_version(tmp_path / "v7.sqlite", monkeypatch, 7, """
                INSERT INTO buildings (id, address, district, ownership, building_type, total_units)
                    VALUES ('B1', 'Demoveien 1', 'Sentrum Demo', 'heleid', 'blokk', 4);
                INSERT INTO stairwells (id, building_id, label) VALUES (1, 'B1', 'A');
                INSERT INTO units (id, stairwell_id, floor, rooms, bedrooms, area_m2, rent, unit_type, status)
                    VALUES ('U1', 1, 2, 2, 1, 50, 9000, 'ordinaer', 'occupied');
                INSERT INTO tenancies (id, unit_id, household_type, adults, contract_start)
                    VALUES (1, 'U1', 'single', 1, '2026-01-05')
            """)
    old = sqlite3.connect(path)
    assert old.execute("SELECT count(*) FROM sqlite_master WHERE name = 'follow_up_points'").fetchone()[0] == 0
    old.close()
    with Database.open(path, backup_dir=tmp_path / "backups") as db:
        assert db.schema_version == LATEST_VERSION >= 8
        assert db.scalar("SELECT count(*) FROM follow_up_points") == 0
        with db.transaction("test", "point"):
            db.conn.execute("INSERT INTO follow_up_points (tenancy_id, due_on, promised, created_at, created_by) "
                            "VALUES (1, '2026-04-05', 'Kontakt etter tre måneder.', '2026-01-05T10:00:00', 'kari')")
        with pytest.raises(sqlite3.IntegrityError):
            db.conn.execute("UPDATE follow_up_points SET done_on = '2026-04-05', done_by = 'kari', "
                            "done_what = 'Besøk.', tenancy_state = 'ukjent'")
        with pytest.raises(sqlite3.IntegrityError):  # done is all of it or nothing
            db.conn.execute("UPDATE follow_up_points SET done_on = '2026-04-05'")
        db.conn.execute("UPDATE follow_up_points SET done_on = '2026-04-05', done_by = 'kari', "
                        "done_what = 'Besøk.', tenancy_state = 'stable'")
        with pytest.raises(sqlite3.IntegrityError, match="utført"):
            db.conn.execute("DELETE FROM follow_up_points")


def test_a_version_13_file_keeps_its_refusals_and_new_ones_weigh_the_childrens_best_interests(tmp_path, monkeypatch):
    """m0014: a refusal recorded before for a household with children keeps what it had (no count,
    no weighing); from now on the file itself refuses one without the weighing (Grunnloven § 104)."""
    refusal = ("INSERT INTO renewal_decisions (meeting_id, agenda_renewal_id, tenancy_id, outcome, reasons, "
               "previous_lease_ends, move_out_by, notice_sent_on, statement_received, move_demand_on, decided_at) "
               "VALUES (1, {item}, {item}, 'not_renewed', 'Husstanden har fått egen bolig og flytter ut.', "
               "'2027-02-28', '2027-02-28', '2026-11-09', 0, '2026-11-23', '2026-11-23T10:00:00')")
    path = _file_at_version(tmp_path / "v13.sqlite", monkeypatch, 13, """
                INSERT INTO buildings (id, address, district, ownership, building_type, total_units)
                    VALUES ('B1', 'Demoveien 1', 'Sentrum Demo', 'heleid', 'blokk', 4);
                INSERT INTO stairwells (id, building_id, label) VALUES (1, 'B1', 'A');
                INSERT INTO units (id, stairwell_id, floor, rooms, bedrooms, area_m2, rent, unit_type, status)
                    VALUES ('U1', 1, 2, 3, 2, 70, 9000, 'ordinaer', 'occupied');
                INSERT INTO units (id, stairwell_id, floor, rooms, bedrooms, area_m2, rent, unit_type, status)
                    VALUES ('U2', 1, 3, 3, 2, 70, 9000, 'ordinaer', 'occupied');
                INSERT INTO tenancies (id, unit_id, household_type, adults, children_ages, contract_start, contract_end)
                    VALUES (1, 'U1', 'single_parent', 1, '[5, 17]', '2024-03-01', '2027-02-28');
                INSERT INTO tenancies (id, unit_id, household_type, adults, children_ages, contract_start, contract_end)
                    VALUES (2, 'U2', 'single_parent', 1, '[17]', '2024-03-01', '2027-02-28');
                INSERT INTO meetings (id, held_on, status) VALUES (1, '2026-11-23', 'in_progress');
                INSERT INTO agenda_renewals (id, meeting_id, tenancy_id, case_no, tenant_name, lease_ends)
                    VALUES (1, 1, 1, '2026/F1', 'Frida Leietaker', '2027-02-28');
                INSERT INTO agenda_renewals (id, meeting_id, tenancy_id, case_no, tenant_name, lease_ends)
                    VALUES (2, 1, 2, '2026/F2', 'Sara Leietaker', '2027-02-28');
            """ + ";" + refusal.format(item=1))
    with Database.open(path, backup_dir=tmp_path / "backups") as db:
        assert db.schema_version == LATEST_VERSION >= 14
        assert db.query("SELECT children_under_18, children_weighing FROM renewal_decisions") == [(None, "")]
        with pytest.raises(sqlite3.IntegrityError, match="hvor mange barn under 18"):
            db.conn.execute(refusal.format(item=2))
        counted = refusal.format(item=2).replace("decided_at)", "decided_at, children_under_18)").replace(
            "'2026-11-23T10:00:00')", "'2026-11-23T10:00:00', 1)")
        with pytest.raises(sqlite3.IntegrityError, match="barnets beste"):
            db.conn.execute(counted)
        db.conn.execute(counted.replace("children_under_18)", "children_under_18, children_weighing)").replace(
            ", 1)", ", 1, 'Barnet på 17 år fullfører skoleåret før fristen, og kontoret hjelper med ny bolig.')"))
        assert db.scalar("SELECT count(*) FROM renewal_decisions") == 2


def test_a_failing_migration_rolls_back_and_leaves_the_file_as_it_was(demo_path, tmp_path, monkeypatch):
    """As sqlite-utils tests its migrations: a migration that fails halfway changes nothing — not
    its first statements, not the version — and the error is a message, not a half-built file."""
    import hashlib

    import boligmote.store.database as database_module
    from boligmote.store import StoreError
    from boligmote.store.migrations import Migration

    def content(path) -> str:
        connection = sqlite3.connect(path)
        try:
            rows = connection.execute("SELECT * FROM applicants ORDER BY case_no").fetchall()
            tables = connection.execute("SELECT name FROM sqlite_master ORDER BY name").fetchall()
            version = connection.execute("PRAGMA user_version").fetchone()[0]
        finally:
            connection.close()
        return hashlib.sha256(repr((rows, tables, version)).encode()).hexdigest()

    before = content(demo_path)
    fine = Migration(LATEST_VERSION + 1, "fine", "CREATE TABLE extra_ok (id INTEGER PRIMARY KEY);")
    broken = Migration(LATEST_VERSION + 2, "broken", (
        "CREATE TABLE half_built (id INTEGER PRIMARY KEY);\n"
        "UPDATE applicants SET name = 'Endret Navn';\n"
        "INSERT INTO no_such_table VALUES (1);"), foreign_keys_off=True)
    monkeypatch.setattr(database_module, "LATEST_VERSION", LATEST_VERSION + 2)
    monkeypatch.setattr(database_module, "all_migrations", lambda: all_migrations() + [fine, broken])
    with pytest.raises(StoreError):
        Database.open(demo_path, backup_dir=tmp_path)
    connection = sqlite3.connect(demo_path)
    try:
        tables = {r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "half_built" not in tables and "extra_ok" in tables  # each migration is its own transaction
        assert connection.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION + 1
        assert connection.execute("SELECT count(*) FROM applicants WHERE name = 'Endret Navn'").fetchone()[0] == 0
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        connection.close()
    monkeypatch.undo()
    # the one that succeeded stays; take it away and the file is what it was
    connection = sqlite3.connect(demo_path)
    connection.execute("DROP TABLE extra_ok")
    connection.execute(f"PRAGMA user_version = {LATEST_VERSION}")
    connection.commit()
    connection.close()
    assert content(demo_path) == before

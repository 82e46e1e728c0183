"""The incident log in the window (issue 17 item 3): what it refuses, that the flags see a new
incident at once, and that one registered by mistake can be removed the same day only."""
from __future__ import annotations

from datetime import datetime, timedelta, UTC

import pytest

from boligmote.domain import IncidentType, NeedCategory
from boligmote.services.incidents import IncidentDraft, IncidentError, IncidentLog
from boligmote.services.matching import Matching
from boligmote.services.workspace import Workspace
from boligmote.store import Database, StoreError
from boligmote.store.incidents import IncidentRepository


def _stairwell_of_a_vacant_unit(workspace):
    vacant = workspace.vacant_units[0]
    return vacant.building.id, vacant.unit.stairwell_id


def _draft(workspace, today, **changes):
    building_id, stairwell_id = _stairwell_of_a_vacant_unit(workspace)
    values = dict(building_id=building_id, stairwell_id=stairwell_id, occurred_on=today,
                  kind=IncidentType.NEEDLES, reported_by="vaktmester", note="Sprøyter i kjelleren.")
    values.update(changes)
    return IncidentDraft(**values)


def test_refuses_a_future_date_no_kind_and_text_over_the_limit(demo_db, reference_date):
    workspace = Workspace.load(demo_db, reference_date)
    log = IncidentLog(demo_db, workspace)
    before = demo_db.scalar("SELECT count(*) FROM incidents")

    tomorrow = reference_date + timedelta(days=1)
    with pytest.raises(IncidentError, match=rf"{tomorrow:%d\.%m\.%Y} ligger fram i tid"):
        log.register(_draft(workspace, reference_date, occurred_on=tomorrow), reference_date)
    with pytest.raises(IncidentError, match="Velg hva slags hendelse"):
        log.register(_draft(workspace, reference_date, kind=None), reference_date)
    with pytest.raises(IncidentError, match="Beskrivelse kan være høyst 500 tegn; her er det 501"):
        log.register(_draft(workspace, reference_date, note="x" * 501), reference_date)
    with pytest.raises(IncidentError, match="Meldt av kan være høyst 100 tegn"):
        log.register(_draft(workspace, reference_date, reported_by="v" * 101), reference_date)
    with pytest.raises(IncidentError, match="Skriv hvem som meldte"):
        log.register(_draft(workspace, reference_date, reported_by="  "), reference_date)
    assert demo_db.scalar("SELECT count(*) FROM incidents") == before  # nothing half-written
    # The dialog shows every problem at once.
    assert len(log.check(_draft(workspace, reference_date, kind=None, occurred_on=tomorrow, reported_by=""),
                         reference_date)) == 3
    assert log.check(_draft(workspace, reference_date), reference_date) == []


def test_refuses_a_description_that_names_an_applicant(demo_db, reference_date):
    workspace = Workspace.load(demo_db, reference_date)
    log = IncidentLog(demo_db, workspace)
    name = workspace.queue[0].name
    with pytest.raises(IncidentError, match="kan ikke inneholde navn"):
        log.register(_draft(workspace, reference_date, note=f"Bråk hos {name.upper()} i natt."), reference_date)
    # A word that only begins like a name is no name.
    first = name.split()[0]
    assert log.check(_draft(workspace, reference_date, note=f"{first}sen-gata ble tilgriset."), reference_date) == []


def test_two_dealing_incidents_make_recovery_near_use_fire_without_reopening(demo_db, reference_date):
    """Issue 15 b through the window: «omsetning» twice in a clean stairwell flags an applicant in
    treatment (critical) in the open workspace at once, and still after the file is reopened."""
    workspace = Workspace.load(demo_db, reference_date)
    matching = Matching.for_workspace(workspace)
    in_treatment = [a for a in workspace.queue if a.in_recovery]
    assert in_treatment, "the demo queue has applicants in treatment"
    applicant = in_treatment[0]
    target = next(v for v in workspace.vacant_units
                  if workspace.compositions.stairwell(v.unit.stairwell_id).count(NeedCategory.ACTIVE_USE) == 0
                  and "RECOVERY_NEAR_USE" not in {f.rule for f in matching.flags(applicant.case_no, v.unit.id)})
    unit_id = target.unit.id

    def fired() -> bool:
        return any(p.applicant.case_no == applicant.case_no and "RECOVERY_NEAR_USE" in
                   {f.rule for f in matching.explained_flags(p)}
                   for p in matching.candidates_for_unit(unit_id, include_unsuitable=True))

    assert not fired()
    log = IncidentLog(demo_db, workspace)
    for days_ago in (3, 40):
        log.register(IncidentDraft(target.building.id, target.unit.stairwell_id,
                                   reference_date - timedelta(days=days_ago), IncidentType.DRUG_DEALING,
                                   "politiet", "Salg av narkotika i oppgangen."), reference_date)
    matching.invalidate()  # as the window does after saving
    assert fired()
    flag = next(f for f in matching.flags(applicant.case_no, unit_id) if f.rule == "RECOVERY_NEAR_USE")
    assert "2 hendelser med omsetning" in flag.message

    reopened = Workspace.load(demo_db, reference_date)
    assert "RECOVERY_NEAR_USE" in {f.rule for f in Matching.for_workspace(reopened).flags(applicant.case_no, unit_id)}


def test_who_reported_and_who_registered_are_kept(demo_db, reference_date):
    workspace = Workspace.load(demo_db, reference_date)
    moment = datetime(2026, 11, 23, 9, 30, tzinfo=UTC)
    log = IncidentLog(demo_db, workspace, clock=lambda: moment)
    saved = log.register(_draft(workspace, reference_date, stairwell_id=None, reported_by="politiet"), reference_date)
    assert (saved.stairwell_id, saved.reported_by, saved.registered_by) == (None, "politiet", demo_db.actor)
    assert saved.registered_at == moment
    entry = demo_db.query("SELECT actor, action, entity, detail FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    assert entry[:3] == (demo_db.actor, "register", "incident")
    assert f'"id": {saved.id}' in entry[3] and "kjelleren" not in entry[3]  # the description stays out


def test_removed_the_same_day_by_the_same_user_only(demo_db, reference_date):
    workspace = Workspace.load(demo_db, reference_date)
    now = datetime.now(UTC)
    log = IncidentLog(demo_db, workspace, clock=lambda: now)
    building_id, _ = _stairwell_of_a_vacant_unit(workspace)
    count = workspace.compositions.building(building_id).incidents_since(reference_date)
    saved = log.register(_draft(workspace, reference_date), reference_date)
    assert workspace.compositions.building(building_id).incidents_since(reference_date) == count + 1
    assert log.removable() == saved

    me = demo_db.actor
    demo_db.actor = "en-annen"
    with pytest.raises(IncidentError, match=f"registrert av {me}; bare den som registrerte"):
        log.remove(saved.id)
    demo_db.actor = me

    tomorrow = IncidentLog(demo_db, workspace, clock=lambda: now + timedelta(days=1))
    with pytest.raises(IncidentError, match="bare fjernes samme dag"):
        tomorrow.remove(saved.id)
    assert tomorrow.removable() is None

    log.remove(saved.id)
    assert workspace.compositions.building(building_id).incidents_since(reference_date) == count
    actions = [a for (a,) in demo_db.query("SELECT action FROM audit_log WHERE entity = 'incident' ORDER BY id")]
    assert actions == ["register", "remove"]


def test_the_database_refuses_to_delete_an_imported_or_old_incident(demo_db):
    imported = demo_db.scalar("SELECT id FROM incidents WHERE registered_at IS NULL LIMIT 1")
    with pytest.raises(StoreError, match="samme dag"):
        with demo_db.transaction("test", "incident"):
            IncidentRepository(demo_db).delete(imported)
    with pytest.raises(IncidentError, match="importert"):
        IncidentLog(demo_db).remove(imported)
    with pytest.raises(StoreError, match="samme dag"):
        with demo_db.transaction("test", "incident"):
            demo_db.conn.execute("UPDATE incidents SET registered_at = '2026-01-01T10:00:00+00:00', "
                                 "registered_by = ? WHERE id = ?", (demo_db.actor, imported))
            IncidentRepository(demo_db).delete(imported)
    assert demo_db.scalar("SELECT count(*) FROM incidents WHERE id = ?", (imported,)) == 1


def test_a_read_only_file_refuses_a_registration(demo_path, reference_date):
    with Database.open(demo_path, readonly=True) as database:
        workspace = Workspace.load(database, reference_date)
        with pytest.raises(IncidentError, match="skrivebeskyttet"):
            IncidentLog(database, workspace).register(_draft(workspace, reference_date), reference_date)

"""What goes into the store comes back out as the same domain objects."""
from __future__ import annotations

from datetime import date

import pytest

from boligmote.domain import (
    Applicant,
    Building,
    BuildingType,
    FollowUpService,
    HouseholdType,
    Incident,
    IncidentType,
    NeedCategory,
    Ownership,
    Presence,
    Priority,
    ResidentHousehold,
    Security,
    Situation,
    Stairwell,
    Unit,
    UnitStatus,
)
from boligmote.store import RecordNotFound, StoreError
from boligmote.store.estate import EstateRepository
from boligmote.store.households import HouseholdRepository
from boligmote.store.incidents import IncidentRepository

BUILDING = Building("B1", "Demoveien 1", "Sentrum Demo", Ownership.COOPERATIVE_SHARE, BuildingType.BLOCK, 80,
                    has_lift=True, security=frozenset({Security.CAMERA}),
                    presence=frozenset({Presence.CARETAKER, Presence.RESIDENTS_BOARD}), centre_distance_km=1.5,
                    postcode="9010", town="Eksempelvik")


def _estate(db):
    repo = EstateRepository(db)
    with db.transaction("test", "estate"):
        repo.save_buildings([BUILDING])
        stairwell_id = repo.ensure_stairwell("B1", "A")
        repo.save_units([
            Unit("U1", stairwell_id, 2, 3, 2, 64.5, 11_250, step_free=True, status=UnitStatus.VACANT,
                 vacant_from=date(2026, 12, 1)),
            Unit("U2", stairwell_id, 3, 2, 1, 48.0, 9_400),
        ])
    return repo, stairwell_id


def test_estate_round_trip(new_db):
    repo, stairwell_id = _estate(new_db)
    assert repo.buildings() == {"B1": BUILDING}
    assert repo.stairwells() == {stairwell_id: Stairwell(stairwell_id, "B1", "A")}
    assert repo.unit("U1").vacant_from == date(2026, 12, 1)
    vacant = repo.vacant_units()
    assert [(v.unit.id, v.building, v.stairwell_label) for v in vacant] == [("U1", BUILDING, "A")]


def test_saving_a_building_again_updates_it(new_db):
    repo, _ = _estate(new_db)
    from dataclasses import replace

    with new_db.transaction("test", "building"):
        repo.save_buildings([replace(BUILDING, address="Demoveien 1B")])
    assert repo.building("B1").address == "Demoveien 1B"
    assert len(repo.buildings()) == 1


def test_household_round_trip(new_db):
    _estate(new_db)
    households = HouseholdRepository(new_db)
    tenancy = ResidentHousehold(None, "U2", HouseholdType.SINGLE_PARENT, 1, (4, 9),
                                frozenset({NeedCategory.FORMER_USE}), frozenset({FollowUpService.NAV}),
                                date(2024, 1, 1), date(2031, 1, 1))
    applicant = Applicant("2026/00001", "Kari Demosen", HouseholdType.FAMILY, 2, Priority.PRIORITIZED,
                          date(2026, 3, 1), children_ages=(2,), bedrooms_needed=2, step_free_needed=True,
                          situation=Situation.HOMELESS, needs=frozenset({NeedCategory.IN_TREATMENT}),
                          follow_up=frozenset({FollowUpService.SUBSTANCE_TEAM}), avoid_places=frozenset({"B1"}),
                          school_district="Sentrum Demo", consent_to_share=True)
    with new_db.transaction("test", "households"):
        households.add_tenancies([tenancy])
        households.save_applicants([applicant])
    (loaded,) = households.current_tenancies()
    assert loaded.unit_id == "U2" and loaded.children_ages == (4, 9) and loaded.needs == tenancy.needs
    assert loaded.contract_end == date(2031, 1, 1)
    assert households.applicant("2026/00001") == applicant
    assert households.queue() == [applicant]


def test_one_current_household_per_unit(new_db):
    _estate(new_db)
    households = HouseholdRepository(new_db)
    tenancy = ResidentHousehold(None, "U2", HouseholdType.SINGLE, 1)
    with pytest.raises(StoreError):
        with new_db.transaction("test", "tenancy"):
            households.add_tenancies([tenancy, tenancy])
    assert households.current_tenancies() == []


def test_queue_order_is_priority_then_waiting_time(new_db):
    households = HouseholdRepository(new_db)
    def applicant(case_no, priority, decided):
        return Applicant(case_no, "Demo", HouseholdType.SINGLE, 1, priority, decided)
    with new_db.transaction("test", "applicants"):
        households.save_applicants([
            applicant("C", Priority.NOT_PRIORITIZED, date(2020, 1, 1)),
            applicant("B", Priority.PRIORITIZED, date(2026, 1, 1)),
            applicant("A", Priority.PRIORITIZED, date(2025, 1, 1)),
        ])
    assert [a.case_no for a in households.queue()] == ["A", "B", "C"]


def test_unit_referring_to_missing_stairwell_is_refused(new_db):
    with pytest.raises(StoreError):
        with new_db.transaction("test", "unit"):
            EstateRepository(new_db).save_units([Unit("U9", 999, 1, 2, 1, 40.0, 8000)])


def test_impossible_date_is_refused_by_the_schema(new_db):
    _estate(new_db)
    with pytest.raises(StoreError):
        with new_db.transaction("test", "incident"):
            new_db.conn.execute("INSERT INTO incidents (building_id, occurred_on, incident_type) "
                                "VALUES ('B1', '2026-02-30', 'uro')")


def test_incidents_round_trip(new_db):
    _, stairwell_id = _estate(new_db)
    repo = IncidentRepository(new_db)
    with new_db.transaction("test", "incidents"):
        repo.add([Incident(None, "B1", stairwell_id, date(2026, 10, 1), IncidentType.NEEDLES),
                  Incident(None, "B1", None, date(2025, 1, 1), IncidentType.BURGLARY)])
    recent = repo.since(date(2026, 1, 1))
    assert [(i.stairwell_id, i.incident_type) for i in recent] == [(stairwell_id, IncidentType.NEEDLES)]


def test_missing_records_are_named(new_db):
    with pytest.raises(RecordNotFound, match="U404"):
        EstateRepository(new_db).unit("U404")
    with pytest.raises(RecordNotFound, match="2026/404"):
        HouseholdRepository(new_db).applicant("2026/404")

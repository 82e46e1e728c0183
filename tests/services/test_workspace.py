"""The composition aggregates agree with a plain recount of the residents."""
from __future__ import annotations

from collections import Counter
from datetime import timedelta

from boligmote.services.workspace import Workspace
from boligmote.store.estate import EstateRepository
from boligmote.store.households import HouseholdRepository
from boligmote.store.incidents import IncidentRepository


def test_composition_equals_recount_of_every_stairwell_and_building(demo_db, reference_date):
    workspace = Workspace.load(demo_db, reference_date)
    units = {u.id: u for u in EstateRepository(demo_db).units()}
    stairwells = workspace.stairwells
    expected_households, expected_needs, expected_persons = Counter(), Counter(), Counter()
    for t in HouseholdRepository(demo_db).current_tenancies():
        stairwell = units[t.unit_id].stairwell_id
        for key in (("s", stairwell), ("b", stairwells[stairwell].building_id)):
            expected_households[key] += 1
            expected_persons[key] += t.size
            for need in t.needs:
                expected_needs[key, need] += 1
    for stairwell_id, composition in workspace.compositions.stairwells.items():
        key = ("s", stairwell_id)
        assert composition.households == expected_households[key]
        assert composition.persons == expected_persons[key]
        assert dict(composition.by_need) == {n: c for (k, n), c in expected_needs.items() if k == key}
    for building_id, composition in workspace.compositions.buildings.items():
        assert composition.households == expected_households[("b", building_id)]


def test_incident_windows_count_the_right_incidents(demo_db, reference_date):
    workspace = Workspace.load(demo_db, reference_date)
    since = reference_date - timedelta(days=round(6 * 30.44))
    recent = IncidentRepository(demo_db).since(since)
    per_building = Counter(i.building_id for i in recent)
    for building_id, composition in workspace.compositions.buildings.items():
        assert composition.incidents_in_last_months(6, reference_date) == per_building[building_id]


def test_queue_and_vacant_units_are_loaded(demo_db, reference_date):
    workspace = Workspace.load(demo_db, reference_date)
    assert len(workspace.queue) == 60
    assert len(workspace.vacant_units) == 24
    assert workspace.municipality.startswith("Eksempelvik")
    surroundings = workspace.surroundings(workspace.vacant_units[0])
    assert surroundings.stairwell.id == workspace.vacant_units[0].unit.stairwell_id
    assert surroundings.stairwell_composition.vacant_units >= 1


def test_sql_aggregates_equal_incremental_aggregates(demo_db, reference_date):
    """The GROUP BY load and Composition.add (used after each decision) must agree on every count."""
    from boligmote.domain import CompositionIndex

    workspace = Workspace.load(demo_db, reference_date)
    units = {u.id: u for u in EstateRepository(demo_db).units()}
    rebuilt = CompositionIndex()
    for t in HouseholdRepository(demo_db).current_tenancies():
        stairwell = units[t.unit_id].stairwell_id
        rebuilt.stairwell(stairwell).add(t)
        rebuilt.building(workspace.stairwells[stairwell].building_id).add(t)
    fields = ("households", "persons", "children", "households_with_children", "heavy_need_households",
              "in_recovery_households", "untreated_severe_mental", "elderly_households")
    for stairwell_id, expected in rebuilt.stairwells.items():
        loaded = workspace.compositions.stairwells[stairwell_id]
        assert [getattr(loaded, f) for f in fields] == [getattr(expected, f) for f in fields]
        assert +loaded.by_household_type == +expected.by_household_type
        assert +loaded.by_need == +expected.by_need
    assert any(c.untreated_severe_mental for c in rebuilt.stairwells.values())
    assert any(c.in_recovery_households for c in rebuilt.stairwells.values())


def test_compositions_counted_on_demand_equal_the_full_count(demo_db, reference_date):
    """The window counts a building when first looked at (issue 16 item 12): the same numbers."""
    full = Workspace.load(demo_db, reference_date)
    on_demand = Workspace.load(demo_db, reference_date, compositions_on_demand=True)
    assert on_demand.compositions.buildings == {}  # nothing counted at start
    for stairwell_id, stairwell in full.stairwells.items():
        assert on_demand.compositions.stairwell(stairwell_id) == full.compositions.stairwell(stairwell_id)
        assert on_demand.compositions.building(stairwell.building_id) == full.compositions.building(
            stairwell.building_id)


def test_a_change_to_a_building_not_yet_counted_is_counted_once(demo_db, reference_date):
    """A decision's household or a new incident in a building not looked at yet is in the file
    already: counted when the building is read, not added twice."""
    from boligmote.domain import IncidentType
    from boligmote.services.incidents import IncidentDraft, IncidentLog

    on_demand = Workspace.load(demo_db, reference_date, compositions_on_demand=True)
    vacant = on_demand.vacant_units[0]
    before = Workspace.load(demo_db, reference_date).compositions.building(vacant.building.id)
    IncidentLog(demo_db, on_demand).register(
        IncidentDraft(vacant.building.id, vacant.unit.stairwell_id, reference_date, IncidentType.DISTURBANCE,
                      reported_by="vaktmester"), reference_date)
    counted = on_demand.compositions.building(vacant.building.id)
    assert counted.incidents_since(reference_date) == before.incidents_since(reference_date) + 1
    assert on_demand.compositions.version == 1

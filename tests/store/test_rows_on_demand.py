"""The window reads buildings and stairwells as it needs them (issue 16 item 12): a row by key
when asked for, every row when listed, and the same answers as reading them all at once."""
from __future__ import annotations

from boligmote.store.estate import EstateRepository


def test_buildings_and_stairwells_read_on_demand_answer_as_the_whole_table(demo_db):
    estate = EstateRepository(demo_db)
    vacant = estate.vacant_units()
    all_buildings, all_stairwells = estate.buildings(), estate.stairwells()
    buildings, stairwells = estate.on_demand(vacant)

    some = next(s for s in all_stairwells.values() if s.id not in {v.unit.stairwell_id for v in vacant})
    assert stairwells[some.id] == some and some.id in stairwells
    assert stairwells[vacant[0].unit.stairwell_id].label == vacant[0].stairwell_label
    assert buildings[vacant[0].building.id] is vacant[0].building  # the vacant unit's own object
    assert "no-such-building" not in buildings and stairwells.get(-1) is None
    assert dict(buildings) == all_buildings
    assert dict(stairwells) == all_stairwells
    assert len(stairwells) == len(all_stairwells)

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


def test_the_queue_read_on_demand_is_the_queue_read_at_once(demo_db):
    """The window's waiting list reads applicants as it shows them (issue 16 item 12): the same
    applicants in the same order, whether looked at one by one, a slice, backwards or all."""
    from boligmote.store.households import HouseholdRepository

    households = HouseholdRepository(demo_db)
    at_once = households.queue()
    lazy = households.lazy_queue()

    assert len(lazy) == len(at_once) > 2
    assert not lazy.fully_read  # nothing decoded before anyone looks
    assert lazy[-1] == at_once[-1] and lazy[1] == at_once[1]
    assert lazy[1] is lazy[1]  # read once: a view's row stays the same object
    assert lazy[2:5] == at_once[2:5]
    assert lazy.position(at_once[3].case_no) == 3 and lazy.position("1999/00000") is None
    assert list(lazy) == at_once and lazy.fully_read
    try:
        lazy[len(at_once)]
    except IndexError:
        pass
    else:
        raise AssertionError("past the end must be an IndexError, as in a list")

"""The demo municipality: deterministic, realistic in its shares, plainly fictional."""
from __future__ import annotations

import tomllib
from collections import Counter

import pytest

from boligmote.domain import HouseholdType, NeedCategory, Ownership, UnitStatus
from boligmote.paths import resource
from boligmote.services.demo import SIZES, generate


@pytest.fixture(scope="module")
def small(reference_date):
    return generate("small", seed=7, reference_date=reference_date)


def test_same_seed_same_municipality(small, reference_date):
    again = generate("small", seed=7, reference_date=reference_date)
    assert again.units == small.units and again.applicants == small.applicants
    assert again.tenancies == small.tenancies and again.incidents == small.incidents


def test_other_seed_other_municipality(small, reference_date):
    assert generate("small", seed=8, reference_date=reference_date).units != small.units


def test_size_matches_the_requested_scale(small):
    spec = SIZES["small"]
    assert spec.target_units <= len(small.units) < spec.target_units * 1.05
    assert 30 <= len(small.buildings) <= 70
    assert sum(u.status is UnitStatus.VACANT for u in small.units) == spec.vacant
    assert len(small.applicants) == spec.applicants


def test_stairwells_hold_4_to_20_units_in_wholly_owned_buildings(small):
    owned = {b.id for b in small.buildings if b.ownership is Ownership.WHOLLY_OWNED}
    per_stairwell = Counter(u.stairwell_id for u in small.units)
    sizes = [per_stairwell[s.id] for s in small.stairwells if s.building_id in owned]
    assert sizes and min(sizes) >= 4 and max(sizes) <= 20


def test_most_units_are_small_and_ownership_is_mixed(small):
    rooms = Counter(u.rooms for u in small.units)
    assert (rooms[1] + rooms[2]) / len(small.units) > 0.5
    building_of = {s.id: s.building_id for s in small.stairwells}
    ownership = {b.id: b.ownership for b in small.buildings}
    shares = Counter(ownership[building_of[u.stairwell_id]] for u in small.units)
    assert 0.10 < shares[Ownership.COOPERATIVE_SHARE] / len(small.units) < 0.45


def test_cooperatives_mostly_keep_near_the_ten_percent_rule(small):
    municipal = Counter()
    building_of = {s.id: s.building_id for s in small.stairwells}
    for unit in small.units:
        municipal[building_of[unit.stairwell_id]] += 1
    shares = [municipal[b.id] / b.total_units for b in small.buildings if b.ownership is Ownership.COOPERATIVE_SHARE]
    assert shares and max(shares) <= 0.2
    assert sum(s <= 0.10 for s in shares) / len(shares) > 0.5


def test_households_and_needs_in_plausible_shares(small):
    types = Counter(t.household_type for t in small.tenancies)
    assert types[HouseholdType.SINGLE] / len(small.tenancies) > 0.3
    assert types[HouseholdType.FAMILY] + types[HouseholdType.SINGLE_PARENT] > 0
    with_active_use = sum(NeedCategory.ACTIVE_USE in t.needs for t in small.tenancies)
    assert 0.02 < with_active_use / len(small.tenancies) < 0.2
    # vacant and refurbishing units have nobody living in them
    empty = {u.id for u in small.units if u.status is not UnitStatus.OCCUPIED}
    assert not empty & {t.unit_id for t in small.tenancies}


def test_children_fit_their_unit(small):
    rooms = {u.id: u.rooms for u in small.units}
    assert all(len(t.children_ages) <= 2 * (rooms[t.unit_id] - 1) or rooms[t.unit_id] == 1
               for t in small.tenancies)


def test_substance_stages_are_exclusive(small):
    for household in [*small.tenancies, *small.applicants]:
        stages = household.needs & {"active_use", "in_treatment", "former_use"}
        assert len(stages) <= 1


def test_names_and_addresses_are_from_the_fictional_seed(small):
    seed = tomllib.loads(resource("demo", "seed.toml").read_text(encoding="utf-8"))
    surnames = set(seed["surnames"])
    assert all(a.name.split()[-1] in surnames for a in small.applicants)
    assert all(any(a.address.startswith(stem) for stem in seed["street_stems"]) for a in small.buildings)
    assert all(a.national_id == "" for a in small.applicants)


def test_unknown_size_is_refused():
    with pytest.raises(ValueError, match="ukjent størrelse"):
        generate("tokyo")

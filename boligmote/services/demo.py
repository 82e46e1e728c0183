"""The demo municipality «Eksempelvik»: a synthetic, deterministic, realistic estate.

Same seed and reference date give the same file. Shares follow DOMAIN.md and the
research: about two thirds of units in wholly owned buildings and one third bought into
cooperatives (002; 004 l.307–328), stairwells of 4–20 units, mostly one- and two-room
units, and some buildings where heavy needs cluster (000 l.5601–5604), so that the
flags have something real to say. Nothing here describes a real person or address.
"""
from __future__ import annotations

import math
import random
import tomllib
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from collections.abc import Sequence
from typing import Any, TypeVar

from ..domain import (
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
    UnitType,
    saved_id,
)
from ..domain.households import default_bedrooms_needed
from ..paths import resource
from ..words import Phrase

N = NeedCategory


@dataclass(frozen=True)
class DemoSize:
    target_units: int
    applicants: int
    vacant: int


SIZES = {
    "small": DemoSize(target_units=900, applicants=60, vacant=24),
    "oslo": DemoSize(target_units=11_000, applicants=800, vacant=150),
    "norge": DemoSize(target_units=110_000, applicants=8_000, vacant=1_500),
}
DEFAULT_SEED = 2026


@dataclass
class DemoMunicipality:
    name: str
    reference_date: date
    buildings: list[Building] = field(default_factory=list)
    stairwells: list[Stairwell] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    tenancies: list[ResidentHousehold] = field(default_factory=list)
    applicants: list[Applicant] = field(default_factory=list)
    incidents: list[Incident] = field(default_factory=list)


# Probability of each need for a resident household, by household type (per-household
# draws; a «hot» building multiplies the substance/mental-health ones).
_RESIDENT_NEEDS = {
    HouseholdType.SINGLE: {N.ACTIVE_USE: 0.11, N.IN_TREATMENT: 0.06, N.FORMER_USE: 0.06,
                           N.SEVERE_MENTAL_ILLNESS: 0.10, N.INTELLECTUAL_DISABILITY: 0.03,
                           N.YOUNG_HOMELESS: 0.05, N.HIGH_FOLLOW_UP: 0.07},
    HouseholdType.COUPLE: {N.ACTIVE_USE: 0.05, N.IN_TREATMENT: 0.04, N.FORMER_USE: 0.04,
                           N.SEVERE_MENTAL_ILLNESS: 0.04},
    HouseholdType.FAMILY: {N.ACTIVE_USE: 0.01, N.SEVERE_MENTAL_ILLNESS: 0.03, N.HIGH_FOLLOW_UP: 0.04},
    HouseholdType.SINGLE_PARENT: {N.ACTIVE_USE: 0.02, N.FORMER_USE: 0.03, N.SEVERE_MENTAL_ILLNESS: 0.04,
                                  N.HIGH_FOLLOW_UP: 0.05},
    HouseholdType.ELDERLY: {N.SEVERE_MENTAL_ILLNESS: 0.04, N.ACTIVE_USE: 0.03, N.HIGH_FOLLOW_UP: 0.08},
}
# The queue leans towards heavier needs than the settled tenants.
_APPLICANT_NEED_FACTOR = 1.5
_HOT_FACTOR = 2.6
_HOT_NEEDS = frozenset({N.ACTIVE_USE, N.SEVERE_MENTAL_ILLNESS, N.HIGH_FOLLOW_UP})

_CO_LOCATED_GROUPS = [N.ACTIVE_USE, N.SEVERE_MENTAL_ILLNESS, N.INTELLECTUAL_DISABILITY, N.IN_TREATMENT]

_INCIDENT_TYPES = [
    (IncidentType.NEIGHBOUR_COMPLAINT, 30), (IncidentType.DISTURBANCE, 25),
    (IncidentType.VISITOR_TRAFFIC, 12), (IncidentType.VANDALISM, 10), (IncidentType.NEEDLES, 6),
    (IncidentType.BURGLARY, 6), (IncidentType.THREATS, 6), (IncidentType.SUBLETTING, 5),
    (IncidentType.DRUG_DEALING, 4),
]


_V = TypeVar("_V")


def _weighted(rng: random.Random, pairs: Sequence[tuple[_V, float]]) -> _V:
    return rng.choices([value for value, _ in pairs], [weight for _, weight in pairs])[0]


class _Generator:
    def __init__(self, size: DemoSize, seed: int, reference_date: date):
        self.size = size
        self.rng = random.Random(seed)
        self.today = reference_date
        self.seed = tomllib.loads(resource("demo", "seed.toml").read_text(encoding="utf-8"))
        self.result = DemoMunicipality(self.seed["municipality"], reference_date)
        self._addresses: set[str] = set()
        self._hot_buildings: set[str] = set()
        self._disturbance_stairwells: set[int] = set()

    # ---- estate ------------------------------------------------------------------------

    def run(self) -> DemoMunicipality:
        building_no = 0
        while len(self.result.units) < self.size.target_units:
            building_no += 1
            self._building(f"B{building_no:05d}")
        self._vacate()
        self._incidents()
        self._applicants()
        self.result.applicants = [with_school_catchment(with_postal_address(a, self.seed), self.seed)
                                  for a in self.result.applicants]
        return self.result

    def _address(self, district: str) -> str:
        rng = self.rng
        while True:
            street = rng.choice(self.seed["street_stems"]) + rng.choice(self.seed["street_suffixes"])
            address = f"{street} {rng.randint(1, 140)}{rng.choice(['', '', '', 'A', 'B'])}"
            if address not in self._addresses:
                self._addresses.add(address)
                return address

    def _building(self, building_id: str) -> None:
        rng = self.rng
        district, distance = rng.choice(self.seed["districts"])
        owned = rng.random() < 0.5
        if owned:
            btype = _weighted(rng, [(BuildingType.TENEMENT, 40), (BuildingType.BLOCK, 40),
                                    (BuildingType.TERRACED, 8), (BuildingType.SMALL_HOUSE, 4),
                                    (BuildingType.CO_LOCATED, 5), (BuildingType.STAFFED, 3)])
        else:
            btype = _weighted(rng, [(BuildingType.BLOCK, 80), (BuildingType.TENEMENT, 20)])
        floors = {BuildingType.TENEMENT: rng.randint(3, 5), BuildingType.BLOCK: rng.randint(3, 12),
                  BuildingType.TERRACED: 2, BuildingType.SMALL_HOUSE: 2,
                  BuildingType.CO_LOCATED: rng.randint(1, 3), BuildingType.STAFFED: rng.randint(1, 3)}[btype]
        has_lift = floors >= 5 and rng.random() < 0.85 or (floors >= 3 and rng.random() < 0.15)
        stairwell_count = 1 if btype in (BuildingType.SMALL_HOUSE, BuildingType.STAFFED) else rng.choice(
            [1, 2, 2, 3, 3, 4, 5, 6])
        if not owned:
            stairwell_count = rng.randint(2, 8)
        per_stairwell = [max(4, min(20, int(rng.gauss(8 if owned else 14, 3)))) for _ in range(stairwell_count)]
        if owned:
            total_units = sum(per_stairwell)
            municipal_per_stairwell = per_stairwell
        else:
            total_units = sum(per_stairwell)
            # The ten-percent rule (004 l.307–328): most cooperatives stay under it, some not.
            share = rng.choice([0.05, 0.07, 0.08, 0.09, 0.10, 0.10, 0.12, 0.15])
            municipal = max(1, round(total_units * share))
            municipal_per_stairwell = [0] * stairwell_count
            for _ in range(municipal):
                municipal_per_stairwell[rng.randrange(stairwell_count)] += 1

        presence = set()
        if owned and rng.random() < 0.30:
            presence.add(Presence.CARETAKER)
        if owned and distance < 4 and rng.random() < 0.25:
            presence.add(Presence.NEIGHBOURHOOD_OFFICE)
        if owned and rng.random() < 0.15:
            presence.add(Presence.ESTATE_WORKER)
        if rng.random() < 0.2:
            presence.add(Presence.RESIDENTS_BOARD)
        security = {s for s, p in ((Security.ENTRY_PHONE, 0.8), (Security.SECURE_LOCKS, 0.5),
                                   (Security.CAMERA, 0.15)) if rng.random() < p}
        building = Building(
            id=building_id, address=self._address(district), district=district,
            ownership=Ownership.WHOLLY_OWNED if owned else Ownership.COOPERATIVE_SHARE,
            building_type=btype, total_units=total_units, has_lift=has_lift,
            security=frozenset(security), presence=frozenset(presence),
            area_programme=distance < 8 and rng.random() < 0.15,
            centre_distance_km=round(max(0.2, distance + rng.uniform(-1.5, 1.5)), 1),
            postcode=f"{9000 + int(distance * 10) + rng.randint(0, 9):04d}", town=self.seed["town"],
            school_catchment=school_catchment(building_id, district, self.seed),
        )
        self.result.buildings.append(building)
        # Some wholly owned buildings are where heavy needs have piled up over the years.
        hot = owned and rng.random() < 0.18 * (1.5 if distance < 4 else 1.0)
        if hot:
            self._hot_buildings.add(building_id)
        # Samlokaliserte boliger are built for one group (002 l.2446–2468 on what that does).
        group = rng.choice(_CO_LOCATED_GROUPS) if btype is BuildingType.CO_LOCATED else None
        for index, units_here in enumerate(municipal_per_stairwell):
            if units_here == 0:
                continue
            stairwell_id = len(self.result.stairwells) + 1
            self.result.stairwells.append(Stairwell(stairwell_id, building_id, chr(ord("A") + index)))
            # Some stairwells of older blocks have become mostly elderly over the years.
            elderly = group is None and owned and has_lift and rng.random() < 0.08
            for position in range(units_here):
                # Norwegian numbering: the ground floor is 1. etasje.
                floor = 1 + (min(floors - 1, position * floors // max(1, units_here)) if owned else rng.randrange(floors))
                self._unit(building, stairwell_id, floor, hot, group, elderly)

    def _unit(self, building: Building, stairwell_id: int, floor: int, hot: bool,
              group: NeedCategory | None = None, elderly: bool = False) -> None:
        rng = self.rng
        rooms = _weighted(rng, [(1, 22), (2, 40), (3, 24), (4, 11), (5, 3)])
        area = round(18 + 16 * rooms + rng.uniform(-4, 8), 1)
        rate = 260 - 9 * building.centre_distance_km + rng.uniform(-15, 15)
        step_free = floor == 1 or building.has_lift
        unit_type = {BuildingType.STAFFED: UnitType.STAFFED, BuildingType.SMALL_HOUSE: UnitType.SMALL_HOUSE}.get(
            building.building_type, UnitType.TRANSITIONAL if rng.random() < 0.06 else UnitType.ORDINARY)
        unit = Unit(
            id=f"{building.id}-{len(self.result.units) + 1:06d}", stairwell_id=stairwell_id, floor=floor,
            rooms=rooms, bedrooms=rooms - 1, area_m2=area, rent=int(round(area * max(150, rate), -1)),
            unit_type=unit_type, step_free=step_free,
            wheelchair_access=step_free and rng.random() < 0.3, status=UnitStatus.OCCUPIED,
        )
        self.result.units.append(unit)
        self.result.tenancies.append(self._resident(unit, hot, group, elderly))

    # ---- households --------------------------------------------------------------------

    def _household_for_rooms(self, rooms: int) -> tuple[HouseholdType, int, tuple[int, ...]]:
        rng = self.rng
        if rooms == 1:
            htype = _weighted(rng, [(HouseholdType.SINGLE, 88), (HouseholdType.ELDERLY, 10), (HouseholdType.COUPLE, 2)])
        elif rooms == 2:
            htype = _weighted(rng, [(HouseholdType.SINGLE, 55), (HouseholdType.COUPLE, 12),
                                    (HouseholdType.SINGLE_PARENT, 15), (HouseholdType.ELDERLY, 16),
                                    (HouseholdType.FAMILY, 2)])
        else:
            htype = _weighted(rng, [(HouseholdType.FAMILY, 50), (HouseholdType.SINGLE_PARENT, 35),
                                    (HouseholdType.COUPLE, 8), (HouseholdType.SINGLE, 7)])
        return htype, *self._members(htype, max_children=max(1, 2 * (rooms - 1)))

    def _members(self, htype: HouseholdType, max_children: int) -> tuple[int, tuple[int, ...]]:
        rng = self.rng
        adults = 2 if htype in (HouseholdType.COUPLE, HouseholdType.FAMILY) else 1
        if htype is HouseholdType.ELDERLY and rng.random() < 0.2:
            adults = 2
        children: tuple[int, ...] = ()
        if htype in (HouseholdType.FAMILY, HouseholdType.SINGLE_PARENT):
            count = min(max_children, _weighted(rng, [(1, 40), (2, 35), (3, 17), (4, 6), (5, 2)]))
            children = tuple(sorted((rng.randint(0, 17) for _ in range(count)), reverse=True))
        return adults, children

    def _needs(self, htype: HouseholdType, factor: float, hot: bool) -> frozenset[NeedCategory]:
        rng = self.rng
        needs = set()
        for need, p in _RESIDENT_NEEDS[htype].items():
            if rng.random() < p * factor * (_HOT_FACTOR if hot and need in _HOT_NEEDS else 1.0):
                needs.add(need)
        if htype is HouseholdType.ELDERLY:
            needs.add(N.ELDERLY)
        # Substance-use stages are exclusive (000 l.5637–5640: aktiv – limbo – rehabilitering).
        if N.ACTIVE_USE in needs:
            needs -= {N.IN_TREATMENT, N.FORMER_USE}
        elif N.IN_TREATMENT in needs:
            needs.discard(N.FORMER_USE)
        return frozenset(needs)

    def _follow_up(self, needs: frozenset[NeedCategory], p_any: float) -> frozenset[FollowUpService]:
        rng = self.rng
        services = set()
        if needs & {N.ACTIVE_USE, N.IN_TREATMENT} and rng.random() < p_any:
            services.add(rng.choice([FollowUpService.SUBSTANCE_TEAM, FollowUpService.ACT_TEAM]))
        if N.SEVERE_MENTAL_ILLNESS in needs and rng.random() < p_any:
            services.add(FollowUpService.MENTAL_HEALTH)
        if needs & {N.HIGH_FOLLOW_UP, N.INTELLECTUAL_DISABILITY, N.YOUNG_HOMELESS} and rng.random() < p_any:
            services.add(FollowUpService.HOUSING_FOLLOW_UP)
        if N.ELDERLY in needs and rng.random() < 0.4:
            services.add(FollowUpService.HOME_CARE)
        return frozenset(services)

    def _resident(self, unit: Unit, hot: bool, group: NeedCategory | None = None,
                  elderly: bool = False) -> ResidentHousehold:
        rng = self.rng
        if elderly and rng.random() < 0.8:
            htype, adults, children = HouseholdType.ELDERLY, *self._members(HouseholdType.ELDERLY, 0)
        else:
            htype, adults, children = self._household_for_rooms(unit.rooms)
        if group is not None and rng.random() < 0.8:
            htype, adults, children = HouseholdType.SINGLE, 1, ()
        needs = self._needs(htype, 1.0, hot)
        if group is not None and htype is HouseholdType.SINGLE:
            needs = (needs - {N.IN_TREATMENT, N.FORMER_USE, N.ACTIVE_USE}) | {group}
        if N.ACTIVE_USE in needs and rng.random() < 0.25:
            needs = needs | {N.DISTURBANCE}
            self._disturbance_stairwells.add(unit.stairwell_id)
        # Lease length: 3 years minimum, 5 where stable, 7 for children 0–14 (DOMAIN.md §2).
        years = 7 if any(a < 15 for a in children) and rng.random() < 0.4 else rng.choice([3, 3, 5])
        start = self.today - timedelta(days=rng.randint(30, 365 * years - 1))
        return ResidentHousehold(
            id=None, unit_id=unit.id, household_type=htype, adults=adults, children_ages=children,
            needs=needs, follow_up=self._follow_up(needs, 0.65),
            contract_start=start, contract_end=_add_years(start, years),
        )

    # ---- vacancies, incidents, queue ---------------------------------------------------------

    def _vacate(self) -> None:
        rng = self.rng
        chosen = rng.sample(range(len(self.result.units)), self.size.vacant + self.size.vacant // 10)
        vacant, refurbishing = chosen[: self.size.vacant], chosen[self.size.vacant:]
        for i in vacant:
            unit = self.result.units[i]
            self.result.units[i] = _replace_unit(unit, UnitStatus.VACANT,
                                                 self.today + timedelta(days=rng.randint(-30, 60)))
        for i in refurbishing:
            self.result.units[i] = _replace_unit(self.result.units[i], UnitStatus.REFURBISHMENT, None)
        empty = {self.result.units[i].id for i in chosen}
        self.result.tenancies = [t for t in self.result.tenancies if t.unit_id not in empty]

    def _incidents(self) -> None:
        rng = self.rng
        heavy: dict[int, int] = {}
        stairwell_of_unit = {u.id: u.stairwell_id for u in self.result.units}
        for t in self.result.tenancies:
            if t.is_heavy_need:
                sid = stairwell_of_unit[t.unit_id]
                heavy[sid] = heavy.get(sid, 0) + 1
        building_of = {s.id: s.building_id for s in self.result.stairwells}
        for stairwell in self.result.stairwells:
            rate = 0.4 + 1.6 * heavy.get(saved_id(stairwell.id), 0) + (3 if stairwell.id in self._disturbance_stairwells else 0)
            for _ in range(_poisson(rng, rate)):  # over the last 24 months
                on_stairwell = rng.random() < 0.85
                self.result.incidents.append(Incident(
                    None, building_of[stairwell.id], stairwell.id if on_stairwell else None,
                    self.today - timedelta(days=rng.randint(0, 730)), _weighted(rng, _INCIDENT_TYPES)))

    def _applicants(self) -> None:
        rng = self.rng
        districts = [d for d, _ in self.seed["districts"]]
        active_use_buildings = sorted({
            b for b, s in ((s.building_id, s.id) for s in self.result.stairwells) if b in self._hot_buildings})
        for number in range(1, self.size.applicants + 1):
            htype = _weighted(rng, [(HouseholdType.SINGLE, 55), (HouseholdType.SINGLE_PARENT, 14),
                                    (HouseholdType.FAMILY, 14), (HouseholdType.COUPLE, 6),
                                    (HouseholdType.ELDERLY, 11)])
            adults, children = self._members(htype, max_children=5)
            needs = self._needs(htype, _APPLICANT_NEED_FACTOR, hot=False)
            if htype is HouseholdType.SINGLE and rng.random() < 0.10:
                needs |= {N.IN_TREATMENT}
                needs -= {N.ACTIVE_USE, N.FORMER_USE}
            recovering = bool(needs & {N.IN_TREATMENT, N.FORMER_USE})
            avoid = frozenset(rng.sample(active_use_buildings, k=min(len(active_use_buildings), rng.randint(1, 2)))
                              ) if recovering and active_use_buildings and rng.random() < 0.5 else frozenset()
            current = rng.choice(districts)
            heavy = bool(needs & _HOT_NEEDS)
            first, last = rng.choice(self.seed["first_names"]), rng.choice(self.seed["surnames"])
            self.result.applicants.append(Applicant(
                case_no=f"{self.today.year - rng.choice([0, 0, 1, 1, 2])}/{number:05d}",
                name=f"{first} {last}", household_type=htype, adults=adults,
                priority=Priority.PRIORITIZED if rng.random() < 0.7 else Priority.NOT_PRIORITIZED,
                decision_date=self.today - timedelta(days=int(rng.triangular(3, 900, 120))),
                children_ages=children,
                bedrooms_needed=default_bedrooms_needed(adults, children),
                wheelchair_needed=rng.random() < 0.04,
                # Not every elderly applicant has an access need recorded (ACCESS_MISMATCH's
                # elderly branch is for them); a stream of its own keeps the queue as the seed made it.
                step_free_needed=(htype is HouseholdType.ELDERLY and random.Random(f"{number}/tilgang").random() < 0.7)
                or (htype is not HouseholdType.ELDERLY and rng.random() < 0.05),
                situation=_weighted(rng, [(Situation.HOMELESS, 25), (Situation.AT_RISK, 20),
                                          (Situation.UNSUITABLE, 35), (Situation.TEMPORARY, 20)]),
                needs=needs, follow_up=self._follow_up(needs, 0.6), avoid_places=avoid,
                school_district=current if any(6 <= a <= 15 for a in children) else "",
                current_district=current,
                wishes=rng.choice(["", "", "", "Ønsker å bo nær barnas skole.", "Ønsker bolig uten trapper.",
                                   "Ønsker å bo et stykke unna sentrum.", "Ønsker nærhet til arbeid."]),
                consent_to_share=rng.random() < 0.85,
                lost_home_before=rng.random() < (0.4 if heavy else 0.1),
            ))


def school_catchment(building_id: str, district: str, vocabulary: dict[str, Any]) -> str:
    """The building's school catchment: one of its bydel's schools; one in twenty buildings has
    none recorded, so SCHOOL_CHANGE's fallback to the bydel shows in the demo too."""
    rng = random.Random(f"{building_id}/skolekrets")
    if rng.random() < 0.05:
        return ""
    catchment: str = rng.choice(vocabulary["school_catchments"][district])
    return catchment


def with_school_catchment(applicant: Applicant, vocabulary: dict[str, Any]) -> Applicant:
    """Children of school age go to a school of the bydel they live in now."""
    if not applicant.school_district:
        return applicant
    rng = random.Random(f"{applicant.case_no}/skolekrets")
    return replace(applicant, school_district=rng.choice(vocabulary["school_catchments"][applicant.current_district]))


def with_postal_address(applicant: Applicant, vocabulary: dict[str, Any]) -> Applicant:
    """Where the letters go: a street address in town, or c/o a temporary place for the
    homeless (letters need an address; issue 13 item 1). A random stream of its own per case,
    so the estate and the queue stay exactly what the seed made them."""
    rng = random.Random(f"{applicant.case_no}/adresse")
    street = rng.choice(vocabulary["street_stems"]) + rng.choice(vocabulary["street_suffixes"])
    address = f"{street} {rng.randint(1, 140)}"
    if applicant.situation is Situation.HOMELESS:
        address = f"c/o {rng.choice(['Demohospitset', 'Eksempelvik krisesenter (demo)', 'NAV Eksempelvik'])}, {address}"
    first = applicant.name.split()[0].lower().translate(str.maketrans("æøå", "eoa"))
    return replace(applicant, postal_address=address, postal_code=f"{9000 + rng.randint(1, 99):04d}",
                   postal_town=vocabulary["town"], email=f"{first}.{applicant.case_no[-5:]}@eksempel.invalid",
                   interpreter_language=rng.choice(["", "", "", "", "", "", "", "arabisk", "polsk", "somali"]))


def _replace_unit(unit: Unit, status: UnitStatus, vacant_from: date | None) -> Unit:
    from dataclasses import replace
    return replace(unit, status=status, vacant_from=vacant_from)


def _add_years(start: date, years: int) -> date:
    try:
        return start.replace(year=start.year + years)
    except ValueError:  # 29 February
        return start.replace(year=start.year + years, day=28)


def _poisson(rng: random.Random, rate: float) -> int:
    # Knuth's method; rates here are small.
    limit, k, p = math.exp(-rate), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def generate(size: str = "small", seed: int = DEFAULT_SEED, reference_date: date | None = None) -> DemoMunicipality:
    if size not in SIZES:
        raise ValueError(Phrase("errors.demo.size", size=size, sizes=", ".join(SIZES)))
    return _Generator(SIZES[size], seed, reference_date or date.today()).run()

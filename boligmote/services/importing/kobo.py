"""Importing units and their households from a file in the shape of Husbanken's Kobo Bolig API.

    plan = plan_kobo_import(database, path)   # reads and checks; writes nothing (the dry run)
    if plan.ok:
        commit_import(database, plan)         # one transaction, one audit entry

The file is JSON: a list of `kobobolig` objects, or an object whose only member
`kobobolig` is that list (README «Kobo» has the whole mapping; domain/kobo.py the
vocabulary; kobo_file.py reads the file, kobo_fields.py one object's fields). The rules are
those of every import (README «Import og eksport»): each object is checked, every problem
is reported with its place — the object's index in the list and the field's path inside it,
`kobobolig[12].adresse.nummer` — and if there is one, nothing is written. The buildings are
imported first: Kobo does not carry a building's ownership, its total units or its district,
so a unit whose address matches no building is refused.

**Hostile files.** The file is refused as a whole, before any object is looked at, when it
is larger than `MAX_FILE_BYTES`, is not UTF-8, is not JSON (with the line and column),
holds `NaN`/`Infinity` (not JSON), a number of more than 4 300 digits, nesting deeper than
`MAX_DEPTH`, or more than `MAX_OBJECTS` objects. A member named twice in one JSON object
(which `json` would silently resolve to the last) is refused with its path, wherever it is.
A value of the wrong JSON type (a string for a number, 1 for true, 2.5 bedrooms) and an
unknown enum value are refused with the path and the values allowed. Text goes through the
same checks as a spreadsheet cell (domain/limits.py): control characters, bidirectional
overrides and over-long text are refused.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from ...domain import Building, HouseholdType, ResidentHousehold, Unit, UnitStatus, UnitType, saved_id
from ...domain.kobo import (HOUSEHOLD_TYPE_OF, SHARED_LIVING, UNIT_TYPE_OF, KoboAddress, split_address)
from ...store import Database
from ...store.estate import EstateRepository
from ...store.households import HouseholdRepository
from . import residents, units
from .columns import ColumnSet
from .kobo_fields import _BAD, _MISSING, _Reader
from .kobo_file import (
    _ID_KEYS,
    MAX_CHILDREN,
    MAX_DEPTH,
    _containers,
    _Duplicated,
    _json_type,
    _needs_a_look,
    read_kobo,
)
from .plan import Changes, ImportKind, ImportPlan
from .problems import Problem, displayable
from .reading import Table
from ...words import Count, Phrase

# ---- the plan ------------------------------------------------------------------------------------

@dataclass
class KoboRecords:
    units: units.PlannedUnits
    tenancies: residents.PlannedTenancies = field(default_factory=residents.PlannedTenancies)


@dataclass
class _Estate:
    """What the database holds, indexed for matching."""

    buildings: dict[str, Building]
    by_address: dict[tuple[str, int | None, str], list[Building]]
    stored: dict[str, Unit]
    building_of_stairwell: dict[int, str]
    label_of_stairwell: dict[int, str]
    stairwell_ids: dict[tuple[str, str], int]
    labels_in_building: dict[str, list[str]]
    tenancies: dict[str, ResidentHousehold]

    @classmethod
    def load(cls, database: Database) -> _Estate:
        estate = EstateRepository(database)
        buildings = estate.buildings()
        by_address: dict[tuple[str, int | None, str], list[Building]] = {}
        for building in buildings.values():
            by_address.setdefault(split_address(building.address).key, []).append(building)
        stairwells = estate.stairwells()
        labels: dict[str, list[str]] = {}
        for s in sorted(stairwells.values(), key=lambda s: s.label):
            labels.setdefault(s.building_id, []).append(s.label)
        return cls(
            buildings, by_address, {u.id: u for u in estate.units()},
            {saved_id(s.id): s.building_id for s in stairwells.values()},
            {saved_id(s.id): s.label for s in stairwells.values()},
            {(s.building_id, s.label): saved_id(s.id) for s in stairwells.values()}, labels,
            {t.unit_id: t for t in HouseholdRepository(database).current_tenancies()})


@dataclass
class _Unchecked:
    """What one object says, read and typed but not yet checked against the database."""

    unit_id: str
    address: KoboAddress
    stairwell: Any           # label, or _MISSING
    unit_type: Any           # UnitType, or _MISSING
    bedrooms: int
    area_m2: float
    floor: int
    rent: Any                # int, or _MISSING
    shared_living: Any       # bool or _MISSING
    wheelchair: Any          # bool or _MISSING
    household: Any           # dict of ResidentHousehold fields, None (nobody lives there), or _MISSING
    contract: Any            # (start, end), or _MISSING


def _read_object(data: Any, reader: _Reader) -> _Unchecked | None:
    if not isinstance(data, dict):
        reader.refuse("", data, Phrase("errors.kobo.object", type=_json_type(data)))
        return None
    for container, path, depth in (_containers(data, "", 2) if _needs_a_look(data) else ()):
        if depth > MAX_DEPTH:
            reader.refuse(path, container, Phrase("errors.kobo.nested", depth=MAX_DEPTH))
            return None
        if isinstance(container, _Duplicated):
            for key in dict.fromkeys(container.duplicates):
                reader.refuse(f"{path}.{key}" if path else key, _MISSING,
                              Phrase("errors.kobo.twice"))
    ids = [key for key in _ID_KEYS if key in data]
    if len(ids) > 1:
        reader.refuse(ids[1], data[ids[1]], Phrase("errors.kobo.same_field", other=ids[0]))
    unit_id = reader.text(data, ids[0] if ids else _ID_KEYS[0], ids[0] if ids else _ID_KEYS[0], "unit_id",
                          required=True)
    address: Any = _BAD
    raw_address = reader.obj(data, "adresse", "adresse", required=True)
    if isinstance(raw_address, dict):
        street = reader.text(raw_address, "adressenavn", "adresse.adressenavn", "address", required=True)
        number = reader.get(raw_address, "nummer", "adresse.nummer", False, nullable=True)
        if number is not None:
            number = reader.integer(raw_address, "nummer", "adresse.nummer", 0, 99999)
        letter = reader.get(raw_address, "bokstav", "adresse.bokstav", False, nullable=True)
        if letter is not None:
            letter = reader.text(raw_address, "bokstav", "adresse.bokstav", "stairwell")
            if isinstance(letter, str) and not (len(letter) == 1 and letter.isalpha()):
                letter = reader.refuse("adresse.bokstav", letter, Phrase("errors.kobo.one_letter"))
        postcode = reader.get(raw_address, "postnummer", "adresse.postnummer", False, nullable=True)
        if postcode is not None:
            postcode = reader.text(raw_address, "postnummer", "adresse.postnummer", "postal_code")
            if isinstance(postcode, str) and not (len(postcode) == 4 and postcode.isdigit()):
                postcode = reader.refuse("adresse.postnummer", postcode, Phrase("errors.kobo.postcode"))
        town = reader.get(raw_address, "poststed", "adresse.poststed", False, nullable=True)
        if town is not None:
            town = reader.text(raw_address, "poststed", "adresse.poststed", "postal_town")
        parts = (street, number, letter, postcode, town)
        if _BAD not in parts:
            address = KoboAddress(street, None if number in (None, _MISSING) else number,
                                  "" if letter in (None, _MISSING) else letter.upper(),
                                  "" if postcode in (None, _MISSING) else postcode,
                                  "" if town in (None, _MISSING) else town)
    stairwell = reader.text(data, "oppgang", "oppgang", "stairwell")
    # boligtype, leiekostnad.husleie and the fields inside husstand are Boligmøte's choice, not
    # Husbanken's published fields: a genuine Kobo file may lack them, so each may be missing
    # (README «Kobo» says what is kept or assumed then; _judge does it).
    unit_type = reader.enum(data, "boligtype", "boligtype", UNIT_TYPE_OF)
    bedrooms = reader.integer(data, "antallSoverom", "antallSoverom", 0, 20, required=True)
    area = reader.number(data, "bruksareal", "bruksareal", above=0, required=True)
    floor = reader.integer(data, "etasjenummer", "etasjenummer", -2, 60, required=True)
    rent: Any = _MISSING
    cost = reader.obj(data, "leiekostnad", "leiekostnad", required=False)
    if cost is _BAD:
        rent = _BAD
    elif isinstance(cost, dict):
        amount = reader.number(cost, "husleie", "leiekostnad.husleie", minimum=0)
        rent = amount if amount in (_BAD, _MISSING) else int(round(amount))
    shared = reader.boolean(data, "erBofellesskap", "erBofellesskap")
    wheelchair = reader.boolean(data, "erTilgjengeligForRullestolbruker", "erTilgjengeligForRullestolbruker")
    household: Any = reader.obj(data, "husstand", "husstand", required=False, nullable=True)
    if isinstance(household, dict):
        kind = reader.enum(household, "husstandstype", "husstand.husstandstype", HOUSEHOLD_TYPE_OF)
        adults = reader.integer(household, "antallVoksne", "husstand.antallVoksne", 1, 20, required=True)
        ages: Any = _MISSING  # the export leaves children out (kobo_export's doc): the stored ages stay
        raw_ages = reader.get(household, "barnAlder", "husstand.barnAlder", False, nullable=True)
        if isinstance(raw_ages, list):
            if len(raw_ages) > MAX_CHILDREN:
                ages = reader.refuse("husstand.barnAlder", raw_ages, Phrase("errors.kobo.children", n=MAX_CHILDREN))
            else:
                read = [reader.integer({"x": age}, "x", f"husstand.barnAlder[{i}]", 0, 17)
                        for i, age in enumerate(raw_ages)]
                ages = _BAD if _BAD in read else tuple(sorted(read, reverse=True))
        elif raw_ages not in (_MISSING, None, _BAD):
            ages = reader.refuse("husstand.barnAlder", raw_ages, Phrase("errors.kobo.ages", type=_json_type(raw_ages)))
        household = _BAD if _BAD in (kind, adults, ages) else {
            name: value for name, value in (("household_type", kind), ("adults", adults), ("children_ages", ages))
            if value is not _MISSING}
    contract: Any = _MISSING
    raw_contract = reader.obj(data, "leieforhold", "leieforhold", required=False, nullable=True)
    if isinstance(raw_contract, dict):
        start = reader.day(raw_contract, "startdato", "leieforhold.startdato")
        end = reader.day(raw_contract, "sluttdato", "leieforhold.sluttdato")
        if household is None:
            reader.refuse("leieforhold", raw_contract, Phrase("errors.kobo.no_household"))
        elif isinstance(start, date) and isinstance(end, date) and end < start:
            reader.refuse("leieforhold.sluttdato", end.isoformat(), Phrase("errors.kobo.ends_before"))
        elif _BAD not in (start, end):
            contract = (None if start is _MISSING else start, None if end is _MISSING else end)
    if not reader.ok:
        return None
    return _Unchecked(unit_id, address, stairwell, unit_type, bedrooms, area, floor, rent, shared, wheelchair,
                      household, contract)


def _check(objects: list[Any], database: Database, today: date, problems: list[Problem],
           ignored: dict[str, None]) -> Changes:
    estate = _Estate.load(database)
    plan = KoboRecords(units.PlannedUnits(on=today))
    changes = Changes(records=plan)
    first: dict[str, int] = {}
    new_tenancies = changed_tenancies = 0
    assumed = dict.fromkeys(("boligtype", "husleie", "husstand"), 0)  # new units without the field
    for index, data in enumerate(objects):
        reader = _Reader(index, problems)
        read = _read_object(data, reader)
        if isinstance(data, dict):
            for key in data:
                if key not in _KNOWN and len(ignored) < 50:
                    ignored.setdefault(displayable(key), None)
        if read is None:
            continue
        if read.unit_id in first:
            reader.refuse(_id_key(data), read.unit_id, Phrase("errors.kobo.same_unit", index=first[read.unit_id]))
            continue
        first[read.unit_id] = index
        outcome = _judge(read, data, estate, reader, today)
        if outcome is None:
            continue
        after, building_id, label, moving_out, tenancy = outcome
        before = estate.stored.get(read.unit_id)
        if before is None:
            for name, value in (("boligtype", read.unit_type), ("husleie", read.rent), ("husstand", read.household)):
                assumed[name] += value is _MISSING
        tenancy_before = estate.tenancies.get(read.unit_id)
        tenancy_changes = tenancy is not None and tenancy != tenancy_before
        if changes.count(before, after, force=moving_out or tenancy_changes):
            plan.units.units.append((after, building_id, label))
            if moving_out:
                plan.units.move_outs.append(read.unit_id)
        if tenancy_changes:
            assert tenancy is not None
            if tenancy_before is None:
                plan.tenancies.new.append(tenancy)
                new_tenancies += 1
            else:
                plan.tenancies.changed.append(tenancy)
                changed_tenancies += 1
    if new_tenancies or changed_tenancies:
        changes.notes.append(Phrase("import.kobo_notes.tenancies", new=new_tenancies, changed=changed_tenancies))
    if plan.units.move_outs:
        ended = len(plan.units.move_outs)
        changes.notes.append(Phrase("import.kobo_notes.ends", ended=ended, date=f"{today:%d.%m.%Y}",
                                    units=Count(ended, "unit")))
    if assumed["boligtype"]:
        changes.notes.append(Phrase("import.kobo_notes.no_type", n=assumed["boligtype"]))
    if assumed["husleie"]:
        changes.notes.append(Phrase("import.kobo_notes.no_rent", n=assumed["husleie"]))
    if assumed["husstand"]:
        changes.notes.append(Phrase("import.kobo_notes.no_household", n=assumed["husstand"]))
    return changes


_KNOWN = frozenset({*_ID_KEYS, "adresse", "oppgang", "boligtype", "antallSoverom", "bruksareal", "etasjenummer",
                    "leiekostnad", "erBofellesskap", "erTilgjengeligForRullestolbruker", "husstand", "leieforhold"})


def _id_key(data: dict[str, Any]) -> str:
    return next((key for key in _ID_KEYS if key in data), _ID_KEYS[0])


def _judge(read: _Unchecked, data: dict[str, Any], estate: _Estate, reader: _Reader,
           today: date) -> tuple[Unit, str, str, bool, ResidentHousehold | None] | None:
    """The unit (and tenancy) an object asks for, checked against the database; None if refused."""
    matches = estate.by_address.get(read.address.key, [])
    if not matches:
        reader.refuse("adresse", read.address.text, Phrase("errors.kobo.no_building"))
        return None
    if len(matches) > 1:
        reader.refuse("adresse", read.address.text, Phrase("errors.kobo.several_buildings",
                                                           buildings=", ".join(sorted(b.id for b in matches))))
        return None
    building = matches[0]
    if read.address.postcode and building.postcode and read.address.postcode != building.postcode:
        reader.refuse("adresse.postnummer", read.address.postcode,
                      Phrase("errors.kobo.postcode_differs", building=building.id, postcode=building.postcode))
    if read.address.town and building.town and read.address.town.casefold() != building.town.casefold():
        reader.refuse("adresse.poststed", read.address.town,
                      Phrase("errors.kobo.town_differs", building=building.id, town=building.town))
    if read.shared_living is not _MISSING and read.shared_living != (building.building_type in SHARED_LIVING):
        reader.refuse("erBofellesskap", read.shared_living, Phrase(
            "errors.kobo.shared_living", building=building.id, type=building.building_type))
    before = estate.stored.get(read.unit_id)
    label = read.stairwell
    if label is _MISSING:
        stored_building = estate.building_of_stairwell.get(before.stairwell_id) if before else None
        known = estate.labels_in_building.get(building.id, [])
        if before is not None and stored_building == building.id:
            label = estate.label_of_stairwell[before.stairwell_id]
        elif len(known) > 1:
            reader.refuse("oppgang", _MISSING, Phrase("errors.kobo.which_stairwell", building=building.id,
                                                      stairwells=", ".join(known)))
        else:
            label = known[0] if known else "A"
    household = read.household
    if not reader.ok:
        return None

    if household is _MISSING and before is None:
        # The register without households (the export's default): nothing says the unit is free, so
        # it is not offered to anyone until someone marks it vacant (README «Kobo»).
        status, vacant_from = UnitStatus.OCCUPIED, None
    elif household is _MISSING:
        status, vacant_from = before.status, before.vacant_from  # type: ignore[union-attr]
    elif household is None:
        stored_status = before.status if before else UnitStatus.VACANT
        status = UnitStatus.REFURBISHMENT if stored_status is UnitStatus.REFURBISHMENT else UnitStatus.VACANT
        vacant_from = before.vacant_from if before and before.status is status else None
    else:
        status, vacant_from = UnitStatus.OCCUPIED, None
    unit_type = read.unit_type if read.unit_type is not _MISSING else (before.unit_type if before else UnitType.ORDINARY)
    rent = read.rent if read.rent is not _MISSING else (before.rent if before else 0)
    wheelchair = read.wheelchair if read.wheelchair is not _MISSING else (before.wheelchair_access if before else False)
    step_free = (before.step_free if before else building.has_lift) or wheelchair
    after = Unit(
        id=read.unit_id, stairwell_id=estate.stairwell_ids.get((building.id, label), 0), floor=read.floor,
        rooms=read.bedrooms + 1, bedrooms=read.bedrooms, area_m2=read.area_m2, rent=rent,
        unit_type=unit_type, step_free=step_free, wheelchair_access=wheelchair, status=status,
        vacant_from=vacant_from, earmark=before.earmark if before else "")
    current = estate.tenancies.get(read.unit_id)
    moving_out = status is not UnitStatus.OCCUPIED and current is not None
    tenancy = None
    if isinstance(household, dict):
        facts = dict(household)
        if read.contract is not _MISSING:
            facts["contract_start"], facts["contract_end"] = read.contract
        if current is None:
            facts.setdefault("children_ages", ())
            facts.setdefault("household_type", _household_type(facts["adults"], facts["children_ages"]))
            tenancy = ResidentHousehold(id=None, unit_id=read.unit_id, **facts)
        else:
            tenancy = replace(current, **facts)
    return after, building.id, label, moving_out, tenancy


def _household_type(adults: int, children: tuple[int, ...]) -> HouseholdType:
    """A new household without «husstandstype» (Boligmøte's own field): what its members say."""
    if children:
        return HouseholdType.SINGLE_PARENT if adults == 1 else HouseholdType.FAMILY
    return HouseholdType.SINGLE if adults == 1 else HouseholdType.COUPLE


# ---- the kind and the plan the window and the command line use ----------------------------------

class KoboImportPlan(ImportPlan):
    @property
    def ended_tenancies(self) -> int:
        """How many current tenancies committing this plan ends (units with «husstand»: null)."""
        return len(self.changes.records.units.move_outs) if self.ok and self.changes.records else 0

    def summary_lines(self) -> list[str]:
        count = self.rows
        lines: list[str] = [Phrase("import.kobo_notes.summary", name=self.table.source.name, format=self.table.format,
                                   units=Count(count, "unit"))]
        if self.problems:
            objects = len({p.row for p in self.problems})
            lines.append(Phrase("import.kobo_notes.problems", problems=len(self.problems),
                                objects=Count(objects, "object")))
        else:
            c = self.changes
            lines.append(Phrase("import.changes", created=c.created, updated=c.updated, unchanged=c.unchanged))
            lines.extend(c.notes)
        if self.table.ignored_headers:
            lines.append(Phrase("import.kobo_notes.ignored", fields=", ".join(self.table.ignored_headers)))
        return lines


def plan_kobo_import(database: Database, path: Path, today: date | None = None) -> KoboImportPlan:
    """Read and check a Kobo file against the database; nothing is written. Raises ImportFileError."""
    path = Path(path)
    today = today or date.today()
    objects = read_kobo(path)
    problems: list[Problem] = []
    ignored: dict[str, None] = {}
    changes = _check(objects, database, today, problems, ignored)
    if problems:
        changes = Changes()
    table = Table(path, "Kobo, JSON", {}, {}, list(range(len(objects))), ignored_headers=list(ignored))
    problems.sort(key=lambda problem: problem.row)  # stable: within an object, in the order found
    return KoboImportPlan(KIND, table, problems, changes)


def _write(database: Database, records: KoboRecords) -> None:
    units.write(database, records.units)
    residents.write(database, records.tenancies)


def _no_table_check(*_: Any) -> Changes:
    raise TypeError("a Kobo file is JSON, not a table: use plan_kobo_import")


KIND = ImportKind("kobo", Phrase("import.kobo.title"), Phrase("import.kobo.noun"), ColumnSet(()), "fdvuBoligId",
                  _no_table_check, _write)


def is_kobo_file(path: Path) -> bool:
    """A Kobo file is JSON; every table the other kinds read is .csv or .xlsx."""
    return Path(path).suffix.lower() == ".json"

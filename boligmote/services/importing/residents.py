"""Importing residents: the household that lives in each unit now. Key: unit_id.

A resident file is a snapshot from the landlord's register and carries no identity for
a household, so the app cannot tell a new household from one whose facts changed (a
child born, a need that is no longer there). It does not guess: a row replaces the
facts of the unit's current tenancy in place, and creates the tenancy if the unit has
none. What the file does not carry — contract start, and follow-up services unless the
file has that column — stays as stored. A move-out is recorded by importing the unit as
vacant (see units.py), which ends the tenancy. A unit registered as vacant or under
refurbishment is refused: import it as occupied first, so that the vacancy list and the
residents never contradict each other.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from ...domain import FollowUpService, HouseholdType, NeedCategory, ResidentHousehold, UnitStatus
from ...store import Database
from ...store.estate import EstateRepository
from ...store.households import HouseholdRepository
from . import cells
from .columns import Column, ColumnSet
from .parsing import INVALID, ParsedRows
from .plan import Changes, ImportKind

COLUMNS = ColumnSet((
    Column("unit_id", cells.text, ("bolig_id", "bolignummer", "bolignr"), required=True,
           help="en bolig som finnes i databasen og er utleid"),
    Column("household_type", cells.choice(HouseholdType), ("husstandstype", "husstand"), required=True,
           help=", ".join(t.value for t in HouseholdType)),
    Column("adults", cells.integer(minimum=1, maximum=20), ("voksne", "antall_voksne"), required=True,
           help="heltall ≥ 1"),
    Column("children_ages", cells.ages, ("barn_alder", "barnas_alder", "alder_barn", "barn"), default=(),
           help="kommaliste av alder 0–17, f.eks. «4, 9»"),
    Column("needs", cells.choices(NeedCategory), ("behov",), default=frozenset(),
           help="kommaliste: " + ", ".join(n.value for n in NeedCategory)),
    Column("contract_end", cells.day, ("kontrakt_slutt", "kontraktsslutt", "kontrakt_til", "leieavtale_til"),
           default=None, help="dato"),
    Column("follow_up", cells.choices(FollowUpService), ("oppfølging", "oppfølgingstjenester", "tjenester"),
           default=frozenset(), help="valgfri kommaliste: " + ", ".join(s.value for s in FollowUpService)),
))

_FIELDS = ("household_type", "adults", "children_ages", "needs", "contract_end", "follow_up")


@dataclass
class PlannedTenancies:
    new: list[ResidentHousehold] = field(default_factory=list)
    changed: list[ResidentHousehold] = field(default_factory=list)


def check(rows: ParsedRows, database: Database, today: date) -> Changes:
    unit_status = {unit.id: unit.status for unit in EstateRepository(database).units()}
    current = {t.unit_id: t for t in HouseholdRepository(database).current_tenancies()}

    all_rows = list(rows)
    rows.refuse_duplicates(all_rows, "unit_id", "samme bolig")
    plan = PlannedTenancies()
    changes = Changes(records=plan)
    for row in all_rows:
        values = row.values
        unit_id = values["unit_id"]
        if unit_id is not INVALID:
            status = unit_status.get(unit_id)
            if status is None:
                rows.refuse(row, "unit_id", "boligen finnes ikke i databasen; importer boligene først")
            elif status is not UnitStatus.OCCUPIED:
                rows.refuse(row, "unit_id", f"boligen er registrert som {status.label}; "
                                            "importer den som utleid (occupied) først")
        if not row.valid:
            continue
        fields = {name: values[name] for name in _FIELDS if name in values}
        before = current.get(unit_id)
        after = ResidentHousehold(id=None, unit_id=unit_id, **fields) if before is None else replace(before, **fields)
        if changes.count(before, after):
            (plan.new if before is None else plan.changed).append(after)
    return changes


def write(database: Database, plan: PlannedTenancies) -> None:
    households = HouseholdRepository(database)
    households.update_tenancies(plan.changed)
    households.add_tenancies(plan.new)


KIND = ImportKind("residents", "Beboere", "beboere (husstander)", COLUMNS, "unit_id", check, write)

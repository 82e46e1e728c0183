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

The contract number (kontraktnummer, optional) is the landlord's identity of the lease: the
ledger matches its rows on it (ledger.py), so a former tenant's balance never lands on today's.
It is written on the unit's current tenancy; a row giving another number than the one stored is
a new household, refused until the move-out is imported (the unit as vacant).
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
from ...words import Phrase

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
    Column("lease_no", cells.text, ("kontraktnr", "kontraktnummer", "leiekontrakt", "kontrakt", "leieavtale_nr"),
           default="", help="leiekontraktens nummer hos utleier, høyst 40 tegn (reskontroen kobles på det)"),
))

_FIELDS = ("household_type", "adults", "children_ages", "needs", "contract_end", "follow_up")


@dataclass
class PlannedTenancies:
    new: list[ResidentHousehold] = field(default_factory=list)
    changed: list[ResidentHousehold] = field(default_factory=list)
    lease_numbers: dict[str, str] = field(default_factory=dict)  # unit id → contract number of its tenancy


def check(rows: ParsedRows, database: Database, today: date) -> Changes:
    unit_status = {unit.id: unit.status for unit in EstateRepository(database).units()}
    current = {t.unit_id: t for t in HouseholdRepository(database).current_tenancies()}
    lease_of = HouseholdRepository(database).lease_numbers()  # tenancy id → contract number
    lease_owner = {number: tenancy_id for tenancy_id, number in lease_of.items()}

    all_rows = list(rows)
    rows.refuse_duplicates(all_rows, "unit_id", Phrase("errors.rows.same_unit"))
    plan = PlannedTenancies()
    changes = Changes(records=plan)
    for row in all_rows:
        values = row.values
        unit_id = values["unit_id"]
        if unit_id is not INVALID:
            status = unit_status.get(unit_id)
            if status is None:
                rows.refuse(row, "unit_id", Phrase("errors.rows.no_unit_import"))
            elif status is not UnitStatus.OCCUPIED:
                rows.refuse(row, "unit_id", Phrase("errors.rows.not_occupied", status=status))
        lease_no = values.get("lease_no", "")
        before = current.get(unit_id) if unit_id is not INVALID else None
        if lease_no and lease_no is not INVALID:
            stored = lease_of.get(before.id) if before is not None and before.id is not None else None
            owner = lease_owner.get(lease_no)
            if len(lease_no) > 40:
                rows.refuse(row, "lease_no", Phrase("errors.rows.lease_length"))
            elif stored is not None and stored != lease_no:
                rows.refuse(row, "lease_no", Phrase("errors.rows.lease_stored", lease=stored))
            elif owner is not None and (before is None or owner != before.id):
                rows.refuse(row, "lease_no", Phrase("errors.rows.lease_taken", lease=lease_no))
        if not row.valid:
            continue
        fields = {name: values[name] for name in _FIELDS if name in values}
        after = ResidentHousehold(id=None, unit_id=unit_id, **fields) if before is None else replace(before, **fields)
        new_number = bool(lease_no) and (before is None or lease_of.get(before.id or 0) != lease_no)
        if changes.count(before, after, force=new_number):
            (plan.new if before is None else plan.changed).append(after)
        if new_number:
            plan.lease_numbers[unit_id] = lease_no
    return changes


def write(database: Database, plan: PlannedTenancies) -> None:
    households = HouseholdRepository(database)
    households.update_tenancies(plan.changed)
    households.add_tenancies(plan.new)
    households.set_lease_numbers(plan.lease_numbers)


KIND = ImportKind("residents", Phrase("import.residents.title"), Phrase("import.residents.noun"), COLUMNS, "unit_id", check, write)

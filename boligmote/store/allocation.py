"""What an allocation changes outside the meeting: the unit, the tenancy, the applicant; and
the units (with building and stairwell) that minutes and letters name.

Writes are called inside the decision's `database.transaction(...)`.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..domain import (
    ApplicantStatus,
    ResidentHousehold,
    UnitStatus,
    VacantUnit,
)
from .codec import to_iso
from .database import Database, inserted_id
from ..words import Phrase
from .errors import RecordNotFound, StoreError
from .estate import BUILDING_COLUMNS, UNIT_COLUMNS, building_from_row, unit_from_row
from .households import tenancy_values


class AllocationRepository:
    """What an allocation changes outside the meeting: the unit, the tenancy, the applicant."""

    def __init__(self, database: Database):
        self.database = database

    def occupy_vacant_unit(self, unit_id: str) -> None:
        """Mark a vacant unit occupied. Raises if it is not vacant (or does not exist).

        The WHERE clause makes the check and the change one step, so two decisions can
        never both take the same unit. The caller read the unit (and its vacant_from) when
        it checked the decision; the row is read again only to say why it was refused.
        """
        cursor = self.database.conn.execute(
            "UPDATE units SET status = 'occupied', vacant_from = NULL WHERE id = ? AND status = 'vacant'", (unit_id,))
        if cursor.rowcount != 1:
            status = self.database.scalar("SELECT status FROM units WHERE id = ?", (unit_id,))
            if status is None:
                raise RecordNotFound(Phrase("errors.store_records.no_unit", unit=unit_id))
            raise UnitNotVacant(unit_id, UnitStatus(status))

    def make_vacant_again(self, unit_id: str, vacant_from: date | None) -> None:
        self.database.conn.execute("UPDATE units SET status = 'vacant', vacant_from = ? WHERE id = ?",
                                   (to_iso(vacant_from), unit_id))

    def add_tenancy(self, tenancy: ResidentHousehold) -> int:
        cursor = self.database.conn.execute(
            "INSERT INTO tenancies (unit_id, household_type, adults, children_ages, needs, follow_up, "
            "contract_start, contract_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", tenancy_values(tenancy))
        return inserted_id(cursor)

    def remove_tenancy(self, tenancy_id: int) -> None:
        """Only for undoing an allocation: the household never moved in."""
        self.database.conn.execute("DELETE FROM tenancies WHERE id = ?", (tenancy_id,))

    def end_tenancy(self, unit_id: str, ended_on: date) -> None:
        self.database.conn.execute("UPDATE tenancies SET ended_on = ? WHERE unit_id = ? AND ended_on IS NULL",
                                   (to_iso(ended_on), unit_id))

    def set_applicant_status(self, case_no: str, status: ApplicantStatus) -> None:
        self.database.conn.execute("UPDATE applicants SET status = ? WHERE case_no = ?", (status.value, case_no))


class UnitNotVacant(StoreError):
    def __init__(self, unit_id: str, status: UnitStatus):
        super().__init__(f"Boligen {unit_id} er ikke ledig (status: {status.label}), og kan ikke tildeles.")
        self.unit_id, self.status = unit_id, status


def unit_places(database: Database, unit_ids: Iterable[str]) -> dict[str, VacantUnit]:
    """Units (vacant or not) with their building and stairwell label, by id: what minutes
    and letters print about «the unit». Unknown ids are left out."""
    ids = sorted(set(unit_ids))
    if not ids:
        return {}
    unit_columns = ", ".join(f"u.{c}" for c in UNIT_COLUMNS.split(", "))
    building_columns = ", ".join(f"b.{c}" for c in BUILDING_COLUMNS.split(", "))
    rows = database.query(
        f"SELECT {unit_columns}, s.label, {building_columns} FROM units u "
        "JOIN stairwells s ON s.id = u.stairwell_id JOIN buildings b ON b.id = s.building_id "
        f"WHERE u.id IN ({', '.join('?' * len(ids))})", tuple(ids))
    width = len(UNIT_COLUMNS.split(", "))
    return {row[0]: VacantUnit(unit_from_row(row[:width]), building_from_row(row[width + 1:]), row[width]) for row in rows}

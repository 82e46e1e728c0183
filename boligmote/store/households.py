"""Current tenancies (resident households) and applicants."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from ..domain import (
    Applicant,
    ApplicantStatus,
    FollowUpService,
    HouseholdType,
    NeedCategory,
    Priority,
    ResidentHousehold,
    Situation,
)
from .codec import Row, enum_set, from_iso, int_tuple, iso_date, str_set, to_iso, to_json_list
from .bulk import upsert
from .database import Database
from .errors import RecordNotFound

_TENANCY_COLUMNS = ("id, unit_id, household_type, adults, children_ages, needs, follow_up, "
                    "contract_start, contract_end")
_APPLICANT_COLUMNS = ("case_no, name, household_type, adults, priority, decision_date, children_ages, "
                      "bedrooms_needed, wheelchair_needed, step_free_needed, situation, needs, follow_up, "
                      "avoid_buildings, school_district, current_district, wishes, consent_to_share, "
                      "lost_home_before, national_id, status, postal_address, postal_code, postal_town, phone, "
                      "email, interpreter_language")


# Enum(value) costs a microsecond or more a call; the window loads a national queue at start.
_HOUSEHOLD_TYPE = {m.value: m for m in HouseholdType}
_PRIORITY = {m.value: m for m in Priority}
_SITUATION = {m.value: m for m in Situation}
_STATUS = {m.value: m for m in ApplicantStatus}


def _tenancy(row: Row) -> ResidentHousehold:
    id_, unit_id, htype, adults, children, needs, follow_up, start, end = row
    return ResidentHousehold(id_, unit_id, _HOUSEHOLD_TYPE[htype], adults, int_tuple(children),
                             enum_set(NeedCategory, needs), enum_set(FollowUpService, follow_up),
                             from_iso(start), from_iso(end))


def _tenancy_row(t: ResidentHousehold) -> Row:
    return (t.unit_id, t.household_type.value, t.adults, to_json_list(t.children_ages),
            to_json_list(t.needs), to_json_list(t.follow_up), to_iso(t.contract_start), to_iso(t.contract_end))


def _applicant(row: Row) -> Applicant:
    (case_no, name, htype, adults, priority, decided, children, bedrooms, wheelchair, step_free,
     situation, needs, follow_up, avoid, school, current, wishes, consent, lost, national_id, status,
     postal_address, postal_code, postal_town, phone, email, interpreter_language) = row
    return Applicant(
        case_no, name, _HOUSEHOLD_TYPE[htype], adults, _PRIORITY[priority], iso_date(decided),
        int_tuple(children), bedrooms, bool(wheelchair), bool(step_free), _SITUATION[situation],
        enum_set(NeedCategory, needs), enum_set(FollowUpService, follow_up), str_set(avoid),
        school, current, wishes, bool(consent), bool(lost), national_id, _STATUS[status],
        postal_address, postal_code, postal_town, phone, email, interpreter_language,
    )


def _applicant_row(a: Applicant) -> Row:
    return (a.case_no, a.name, a.household_type.value, a.adults, a.priority.value, to_iso(a.decision_date),
            to_json_list(a.children_ages), a.bedrooms_needed, int(a.wheelchair_needed),
            int(a.step_free_needed), a.situation.value, to_json_list(a.needs), to_json_list(a.follow_up),
            to_json_list(a.avoid_places), a.school_district, a.current_district, a.wishes,
            int(a.consent_to_share), int(a.lost_home_before), a.national_id, a.status.value,
            a.postal_address, a.postal_code, a.postal_town, a.phone, a.email, a.interpreter_language)


class HouseholdRepository:
    def __init__(self, database: Database):
        self.database = database

    def applicant_names(self) -> list[str]:
        """Every applicant's name: the file's only names of households (residents have none).
        For a guard against free text that names someone (an incident's description)."""
        return [name for (name,) in self.database.query("SELECT DISTINCT name FROM applicants")]

    # -- writes: call inside database.transaction(...) --

    def add_tenancies(self, tenancies: Iterable[ResidentHousehold]) -> None:
        self.database.conn.executemany(
            "INSERT INTO tenancies (unit_id, household_type, adults, children_ages, needs, follow_up, "
            "contract_start, contract_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [_tenancy_row(t) for t in tenancies],
        )

    def save_applicants(self, applicants: Iterable[Applicant]) -> None:
        upsert(self.database, "applicants", _APPLICANT_COLUMNS.split(", "), map(_applicant_row, applicants))

    def update_tenancies(self, tenancies: Iterable[ResidentHousehold]) -> None:
        """Overwrite tenancies by id (an import that corrects who lives in a unit now)."""
        self.database.conn.executemany(
            "UPDATE tenancies SET unit_id = ?, household_type = ?, adults = ?, children_ages = ?, needs = ?, "
            "follow_up = ?, contract_start = ?, contract_end = ? WHERE id = ?",
            [(*_tenancy_row(t), t.id) for t in tenancies],
        )

    def set_lease_numbers(self, numbers: dict[str, str]) -> None:
        """The contract number of each unit's current tenancy (m0012)."""
        self.database.conn.executemany("UPDATE tenancies SET lease_no = ? WHERE unit_id = ? AND ended_on IS NULL",
                                       [(number, unit_id) for unit_id, number in numbers.items()])

    def lease_numbers(self) -> dict[int, str]:
        """tenancy id → contract number, for the tenancies that have one."""
        return {int(tenancy_id): str(number) for tenancy_id, number in self.database.query(
            "SELECT id, lease_no FROM tenancies WHERE lease_no IS NOT NULL")}

    def end_tenancies(self, unit_ids: Iterable[str], ended_on: date) -> None:
        """The current households of these units have moved out."""
        self.database.conn.executemany(
            "UPDATE tenancies SET ended_on = ? WHERE unit_id = ? AND ended_on IS NULL",
            [(to_iso(ended_on), unit_id) for unit_id in unit_ids],
        )

    def mark_transferred(self, case_no: str, tenancy_id: int) -> None:
        """The applicant a renewal's transfer put in the queue comes from this tenancy (m0011)."""
        self.database.conn.execute("UPDATE applicants SET transferred_from_tenancy = ? WHERE case_no = ?",
                                   (tenancy_id, case_no))

    def delete_applicant(self, case_no: str) -> None:
        self.database.conn.execute("DELETE FROM applicants WHERE case_no = ?", (case_no,))

    def set_applicant_status(self, case_no: str, status: ApplicantStatus) -> None:
        self.database.conn.execute("UPDATE applicants SET status = ? WHERE case_no = ?", (status.value, case_no))

    # -- reads --

    def current_tenancies(self) -> list[ResidentHousehold]:
        return [_tenancy(r) for r in self.database.query(
            f"SELECT {_TENANCY_COLUMNS} FROM tenancies WHERE ended_on IS NULL")]

    def tenancy_by_id(self, tenancy_id: int) -> tuple[ResidentHousehold, date | None] | None:
        """One tenancy, current or ended, with the day it ended (None while it runs)."""
        row = self.database.conn.execute(f"SELECT {_TENANCY_COLUMNS}, ended_on FROM tenancies WHERE id = ?",
                                         (tenancy_id,)).fetchone()
        return (_tenancy(row[:-1]), from_iso(row[-1])) if row else None

    def tenancy_in(self, unit_id: str) -> ResidentHousehold | None:
        row = self.database.conn.execute(
            f"SELECT {_TENANCY_COLUMNS} FROM tenancies WHERE unit_id = ? AND ended_on IS NULL", (unit_id,)
        ).fetchone()
        return _tenancy(row) if row else None

    def queue(self) -> list[Applicant]:
        """Applicants still waiting, in queue order: priority group, then longest wait."""
        return [_applicant(r) for r in self.database.query(
            f"SELECT {_APPLICANT_COLUMNS} FROM applicants WHERE status = 'waiting' "
            "ORDER BY priority = 'ikke_prioritert', decision_date, case_no")]

    def applicants(self) -> dict[str, Applicant]:
        """Every applicant by case number, whatever their status."""
        return {row[0]: _applicant(row) for row in self.database.query(f"SELECT {_APPLICANT_COLUMNS} FROM applicants")}

    def applicants_by_case(self, case_nos: Iterable[str]) -> dict[str, Applicant]:
        """These applicants by case number, in one read (a meeting's agenda); every case number
        must be known: the foreign keys of the rows that name them see to it."""
        wanted = sorted(set(case_nos))
        if not wanted:
            return {}
        found = {row[0]: _applicant(row) for row in self.database.query(
            f"SELECT {_APPLICANT_COLUMNS} FROM applicants WHERE case_no IN ({', '.join('?' * len(wanted))})",
            tuple(wanted))}
        if missing := [c for c in wanted if c not in found]:
            raise RecordNotFound(f"Søkeren med saksnummer {missing[0]} finnes ikke.")
        return found

    def has_applicant(self, case_no: str) -> bool:
        return bool(self.database.scalar("SELECT EXISTS (SELECT 1 FROM applicants WHERE case_no = ?)", (case_no,)))

    def applicant_on_an_agenda(self, case_no: str) -> bool:
        """Whether the applicant is a case on some meeting's agenda or has a decision."""
        return bool(self.database.scalar(
            "SELECT EXISTS (SELECT 1 FROM proposals WHERE case_no = ?1) OR EXISTS (SELECT 1 FROM decisions "
            "WHERE case_no = ?1)", (case_no,)))

    def applicant(self, case_no: str) -> Applicant:
        row = self.database.conn.execute(
            f"SELECT {_APPLICANT_COLUMNS} FROM applicants WHERE case_no = ?", (case_no,)).fetchone()
        if row is None:
            raise RecordNotFound(f"Søkeren med saksnummer {case_no} finnes ikke.")
        return _applicant(row)

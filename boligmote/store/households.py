"""Current tenancies (resident households) and applicants."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import overload

from ..domain import (
    Applicant,
    ApplicantStatus,
    FollowUpService,
    HouseholdType,
    NeedCategory,
    Priority,
    ResidentHousehold,
    Situation,
    saved_id,
)
from .codec import Row, enum_set, from_iso, int_tuple, iso_date, str_set, to_iso, to_json_list
from .bulk import upsert
from .database import Database
from ..words import Phrase
from .errors import RecordNotFound

TENANCY_COLUMNS = ("id, unit_id, household_type, adults, children_ages, needs, follow_up, "
                    "contract_start, contract_end")
APPLICANT_COLUMNS = ("case_no, name, household_type, adults, priority, decision_date, children_ages, "
                      "bedrooms_needed, wheelchair_needed, step_free_needed, situation, needs, follow_up, "
                      "avoid_buildings, school_district, current_district, wishes, consent_to_share, "
                      "lost_home_before, national_id, status, postal_address, postal_code, postal_town, phone, "
                      "email, interpreter_language")


# The waiting list's order: priority group, then longest wait (follows «status = »).
_QUEUE_ORDER = "'waiting' ORDER BY priority = 'ikke_prioritert', decision_date, case_no"
# Case numbers per «IN (…)»: well below SQLite's limit on parameters.
_BATCH = 500

# Enum(value) costs a microsecond or more a call; the window loads a national queue at start.
_HOUSEHOLD_TYPE = {m.value: m for m in HouseholdType}
_PRIORITY = {m.value: m for m in Priority}
_SITUATION = {m.value: m for m in Situation}
_STATUS = {m.value: m for m in ApplicantStatus}


def tenancy_from_row(row: Row) -> ResidentHousehold:
    id_, unit_id, htype, adults, children, needs, follow_up, start, end = row
    return ResidentHousehold(id_, unit_id, _HOUSEHOLD_TYPE[htype], adults, int_tuple(children),
                             enum_set(NeedCategory, needs), enum_set(FollowUpService, follow_up),
                             from_iso(start), from_iso(end))


def tenancy_values(t: ResidentHousehold) -> Row:
    return (t.unit_id, t.household_type.value, t.adults, to_json_list(t.children_ages),
            to_json_list(t.needs), to_json_list(t.follow_up), to_iso(t.contract_start), to_iso(t.contract_end))


def applicant_from_row(row: Row) -> Applicant:
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
            [tenancy_values(t) for t in tenancies],
        )

    def save_applicants(self, applicants: Iterable[Applicant]) -> None:
        upsert(self.database, "applicants", APPLICANT_COLUMNS.split(", "), map(_applicant_row, applicants))

    def update_tenancies(self, tenancies: Iterable[ResidentHousehold]) -> None:
        """Overwrite tenancies by id (an import that corrects who lives in a unit now)."""
        self.database.conn.executemany(
            "UPDATE tenancies SET unit_id = ?, household_type = ?, adults = ?, children_ages = ?, needs = ?, "
            "follow_up = ?, contract_start = ?, contract_end = ? WHERE id = ?",
            [(*tenancy_values(t), t.id) for t in tenancies],
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
        return [tenancy_from_row(r) for r in self.database.query(
            f"SELECT {TENANCY_COLUMNS} FROM tenancies WHERE ended_on IS NULL")]

    def tenancy_by_id(self, tenancy_id: int) -> tuple[ResidentHousehold, date | None] | None:
        """One tenancy, current or ended, with the day it ended (None while it runs)."""
        row = self.database.conn.execute(f"SELECT {TENANCY_COLUMNS}, ended_on FROM tenancies WHERE id = ?",
                                         (tenancy_id,)).fetchone()
        return (tenancy_from_row(row[:-1]), from_iso(row[-1])) if row else None

    def tenancies_by_id(self, tenancy_ids: Iterable[int]) -> dict[int, ResidentHousehold]:
        """Tenancies, current or ended, by id, in one read (a meeting's renewal cases)."""
        ids = sorted(set(tenancy_ids))
        if not ids:
            return {}
        rows = self.database.query(f"SELECT {TENANCY_COLUMNS} FROM tenancies WHERE id IN ({', '.join('?' * len(ids))})",
                                   tuple(ids))
        return {saved_id(tenancy.id): tenancy for tenancy in map(tenancy_from_row, rows)}

    def tenancy_in(self, unit_id: str) -> ResidentHousehold | None:
        row = self.database.conn.execute(
            f"SELECT {TENANCY_COLUMNS} FROM tenancies WHERE unit_id = ? AND ended_on IS NULL", (unit_id,)
        ).fetchone()
        return tenancy_from_row(row) if row else None

    def queue(self) -> list[Applicant]:
        """Applicants still waiting, in queue order: priority group, then longest wait."""
        return [applicant_from_row(r) for r in self.database.query(
            f"SELECT {APPLICANT_COLUMNS} FROM applicants WHERE status = {_QUEUE_ORDER}")]

    def lazy_queue(self) -> LazyQueue:
        """The same list, each applicant read when first looked at (the window's)."""
        return LazyQueue(self.database, [case_no for (case_no,) in self.database.query(
            f"SELECT case_no FROM applicants WHERE status = {_QUEUE_ORDER}")])

    def applicants_in_order(self, case_nos: Sequence[str]) -> list[Applicant]:
        """These applicants, in this order (a case number that is gone is a RecordNotFound)."""
        found: dict[str, Applicant] = {}
        for start in range(0, len(case_nos), _BATCH):
            batch = tuple(case_nos[start:start + _BATCH])
            found.update((row[0], applicant_from_row(row)) for row in self.database.query(
                f"SELECT {APPLICANT_COLUMNS} FROM applicants WHERE case_no IN ({', '.join('?' * len(batch))})", batch))
        missing = next((case_no for case_no in case_nos if case_no not in found), None)
        if missing is not None:
            raise RecordNotFound(Phrase("errors.store.applicant_gone", case=missing))
        return [found[case_no] for case_no in case_nos]

    def applicants(self) -> dict[str, Applicant]:
        """Every applicant by case number, whatever their status."""
        return {row[0]: applicant_from_row(row) for row in self.database.query(f"SELECT {APPLICANT_COLUMNS} FROM applicants")}

    def applicants_by_case(self, case_nos: Iterable[str]) -> dict[str, Applicant]:
        """These applicants by case number, in one read (a meeting's agenda); every case number
        must be known: the foreign keys of the rows that name them see to it."""
        wanted = sorted(set(case_nos))
        if not wanted:
            return {}
        found = {row[0]: applicant_from_row(row) for row in self.database.query(
            f"SELECT {APPLICANT_COLUMNS} FROM applicants WHERE case_no IN ({', '.join('?' * len(wanted))})",
            tuple(wanted))}
        if missing := [c for c in wanted if c not in found]:
            raise RecordNotFound(Phrase("errors.store.no_applicant", case=missing[0]))
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
            f"SELECT {APPLICANT_COLUMNS} FROM applicants WHERE case_no = ?", (case_no,)).fetchone()
        if row is None:
            raise RecordNotFound(Phrase("errors.store.no_applicant", case=case_no))
        return applicant_from_row(row)


class LazyQueue(Sequence[Applicant]):
    """The waiting list in queue order, each applicant read and decoded when first looked at.

    A national file has 8,000 applicants; reading and decoding them all cost a quarter of a
    second at every start and after every decision, while the window shows a screenful (issue
    16 item 12). The case numbers (and so the order and the length) are read at once; the rest
    a screenful at a time, or all in one go when the list is iterated. Only the thread that
    owns `database` may look: a worker reads its own copy by `case_nos` and hands it to adopt().
    """

    _SCREENFUL = 100

    def __init__(self, database: Database, case_nos: list[str]):
        self._database = database
        self.case_nos = case_nos
        self._applicants: list[Applicant | None] = [None] * len(case_nos)
        self._unread = len(case_nos)
        self._positions: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.case_nos)

    @overload
    def __getitem__(self, index: int) -> Applicant: ...

    @overload
    def __getitem__(self, index: slice) -> list[Applicant]: ...

    def __getitem__(self, index: int | slice) -> Applicant | list[Applicant]:
        if isinstance(index, slice):
            positions = range(len(self.case_nos))[index]
            self._read(positions)
            return [self._applicants[p] for p in positions]  # type: ignore[misc]  # read above
        applicant = self._applicants[index]  # an IndexError as a list gives it; views ask often
        if applicant is None:
            position = index if index >= 0 else index + len(self.case_nos)
            self._read(range(position, min(position + self._SCREENFUL, len(self.case_nos))))
            applicant = self._applicants[position]
            assert applicant is not None
        return applicant

    def __iter__(self) -> Iterator[Applicant]:
        if self._unread:
            self._read(range(len(self.case_nos)))
        return iter(self._applicants)  # type: ignore[arg-type]  # every one read above

    def position(self, case_no: str) -> int | None:
        """Where this applicant stands in the list (None: not waiting), without reading anyone."""
        if self._positions is None:
            self._positions = {case_no: position for position, case_no in enumerate(self.case_nos)}
        return self._positions.get(case_no)

    @property
    def fully_read(self) -> bool:
        return not self._unread

    def adopt(self, applicants: Sequence[Applicant]) -> None:
        """The same list read elsewhere (the flags' worker): taken for those not read here, so
        that the window and the flags speak of the same objects."""
        if len(applicants) != len(self.case_nos):
            raise ValueError("a list of another length")
        for position, applicant in enumerate(applicants):
            if self._applicants[position] is None:
                self._applicants[position] = applicant
        self._unread = 0

    def _read(self, positions: Iterable[int]) -> None:
        wanted = [p for p in positions if self._applicants[p] is None]
        if not wanted:
            return
        read = HouseholdRepository(self._database).applicants_in_order([self.case_nos[p] for p in wanted])
        for position, applicant in zip(wanted, read):
            self._applicants[position] = applicant
        self._unread -= len(wanted)

"""Meetings, their participants and agenda (cases and vacant units), signers and signed minutes.

Decisions and addenda are in store/decisions.py; what an allocation changes outside the meeting
(unit, tenancy, applicant) in store/allocation.py.

Writes are called inside `database.transaction(...)`; the services decide what is allowed
when. The database itself freezes a signed meeting and everything under it (triggers in
m0001 and m0002), so a bug above this layer cannot change a signed record.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain import (
    Applicant,
    Attendance,
    MeetingStatus,
    ParticipantRole,
)
from ..domain.meetings import (
    AgendaUnit,
    Meeting,
    MinutesSigner,
    Participant,
    Proposal,
)
from .codec import Row, to_stamp, datetime_from_iso, iso_date, iso_datetime, to_iso
from .database import Database, inserted_id
from .errors import RecordNotFound
from .households import APPLICANT_COLUMNS, applicant_from_row

# Moved to store/decisions.py and store/allocation.py (issue 19 item 6); named here for code written
# against the old place (the demo generator, branches in flight). New code imports from the new modules.
from .allocation import AllocationRepository as AllocationRepository, UnitNotVacant as UnitNotVacant
from .allocation import unit_places as unit_places
from .decisions import AddendumRepository as AddendumRepository, DecisionRepository as DecisionRepository
from .decisions import ROLE_RANK_SQL, UndoRecord as UndoRecord, dissent_summary as dissent_summary

_MEETING_COLUMNS = ("id, held_on, place, status, title, signed_at, minutes_sha256, all_members_sign, "
                    "started_at, ended_at")
_PARTICIPANT_COLUMNS = "id, meeting_id, name, role, organisation, has_decision_authority, attendance"
_PROPOSAL_COLUMNS = "id, meeting_id, case_no, unit_id, prepared_by, notes, position, contact_person"

def meeting_from_row(row: Row) -> Meeting:
    id_, held_on, place, status, title, signed_at, sha, all_sign, started_at, ended_at = row
    return Meeting(id_, iso_date(held_on), place, MeetingStatus(status), title, datetime_from_iso(signed_at),
                   sha, bool(all_sign), datetime_from_iso(started_at), datetime_from_iso(ended_at))


def participant_from_row(row: Row) -> Participant:
    id_, meeting_id, name, role, organisation, authority, attendance = row
    return Participant(id_, meeting_id, name, ParticipantRole(role), organisation, bool(authority),
                       Attendance(attendance))


def proposal_from_row(row: Row) -> Proposal:
    return Proposal(*row)


@dataclass(frozen=True, slots=True)
class MeetingCounts:
    cases: int
    decisions: int


class MeetingRepository:
    def __init__(self, database: Database):
        self.database = database

    # -- writes --

    def add(self, meeting: Meeting) -> Meeting:
        cursor = self.database.conn.execute(
            "INSERT INTO meetings (held_on, place, status, title, all_members_sign) VALUES (?, ?, ?, ?, ?)",
            (to_iso(meeting.held_on), meeting.place, meeting.status.value, meeting.title,
             int(meeting.all_members_sign)))
        return self.get(inserted_id(cursor))

    def update(self, meeting: Meeting) -> None:
        """Date, place, title and who signs; the status changes through set_status/sign."""
        self.database.conn.execute(
            "UPDATE meetings SET held_on = ?, place = ?, title = ?, all_members_sign = ? WHERE id = ?",
            (to_iso(meeting.held_on), meeting.place, meeting.title, int(meeting.all_members_sign), meeting.id))

    def set_status(self, meeting_id: int, status: MeetingStatus, at: datetime | None = None) -> None:
        """Starting stamps started_at (the first time); closing stamps ended_at (the last time)."""
        column = {MeetingStatus.IN_PROGRESS: "started_at = coalesce(started_at, ?)",
                  MeetingStatus.CLOSED: "ended_at = ?"}.get(status)
        if column is None or at is None:
            self.database.conn.execute("UPDATE meetings SET status = ? WHERE id = ?", (status.value, meeting_id))
            return
        self.database.conn.execute(f"UPDATE meetings SET status = ?, {column} WHERE id = ?",
                                   (status.value, to_stamp(at), meeting_id))

    def delete(self, meeting_id: int) -> None:
        """A meeting without decisions, with its participants and agenda."""
        conn = self.database.conn
        for table in ("agenda_units", "agenda_renewals", "proposals", "participants"):
            conn.execute(f"DELETE FROM {table} WHERE meeting_id = ?", (meeting_id,))
        conn.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))

    def add_signers(self, meeting_id: int, signers: tuple[MinutesSigner, ...]) -> None:
        """The members who sign, first in the signing transaction (the fingerprint covers them)."""
        self.database.conn.executemany(
            "INSERT INTO minutes_signers (meeting_id, participant_id, signed_as, signed_at) VALUES (?, ?, ?, ?)",
            [(meeting_id, x.participant_id, x.signed_as.value, to_stamp(x.signed_at)) for x in signers])

    def sign(self, meeting_id: int, pdf: bytes, sha256: str, signed_at: datetime, signed_by: str) -> None:
        """Store the minutes as signed, then mark the meeting signed (the triggers freeze it).

        `signed_by` is the account that operated the app; the members who signed are in
        minutes_signers (add_signers)."""
        conn = self.database.conn
        conn.execute("INSERT INTO signed_minutes (meeting_id, signed_at, signed_by, sha256, pdf) VALUES (?, ?, ?, ?, ?)",
                     (meeting_id, to_stamp(signed_at), signed_by, sha256, pdf))
        conn.execute("UPDATE meetings SET status = 'signed', signed_at = ?, minutes_sha256 = ? WHERE id = ?",
                     (to_stamp(signed_at), sha256, meeting_id))

    # -- reads --

    def get(self, meeting_id: int) -> Meeting:
        row = self.database.conn.execute(
            f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"Møte nr. {meeting_id} finnes ikke.")
        return meeting_from_row(row)

    def with_participants(self, meeting_id: int) -> tuple[Meeting, list[Participant]]:
        """The meeting and its participants (in ParticipantRepository.for_meeting's order) in
        one read: the context of a decision (issue 19 item 2)."""
        meeting_columns = ", ".join(f"m.{c}" for c in _MEETING_COLUMNS.split(", "))
        participant_columns = ", ".join(f"p.{c}" for c in _PARTICIPANT_COLUMNS.split(", "))
        rows = self.database.query(
            f"SELECT {meeting_columns}, {participant_columns} FROM meetings m "
            f"LEFT JOIN participants p ON p.meeting_id = m.id WHERE m.id = ? ORDER BY {ROLE_RANK_SQL}, p.id",
            (meeting_id,))
        if not rows:
            raise RecordNotFound(f"Møte nr. {meeting_id} finnes ikke.")
        width = len(_MEETING_COLUMNS.split(", "))
        return meeting_from_row(rows[0][:width]), [participant_from_row(r[width:]) for r in rows if r[width] is not None]

    def all(self) -> list[Meeting]:
        """Newest first: the meeting a user wants is usually the next or the last one."""
        return [meeting_from_row(r) for r in self.database.query(
            f"SELECT {_MEETING_COLUMNS} FROM meetings ORDER BY held_on DESC, id DESC")]

    def counts(self) -> dict[int, MeetingCounts]:
        rows = self.database.query(
            "SELECT m.id, (SELECT count(*) FROM proposals p WHERE p.meeting_id = m.id), "
            "(SELECT count(*) FROM decisions d WHERE d.meeting_id = m.id) FROM meetings m")
        return {id_: MeetingCounts(cases, decisions) for id_, cases, decisions in rows}

    def statuses(self) -> dict[int, tuple[str, str, str]]:
        """{meeting id: (status, held_on, minutes_sha256)}, as stored: what verify holds the audit log to."""
        return {id_: (status, held_on, sha) for id_, status, held_on, sha in self.database.query(
            "SELECT id, status, held_on, minutes_sha256 FROM meetings")}

    def signers(self, meeting_id: int) -> list[MinutesSigner]:
        return [MinutesSigner(pid, name, ParticipantRole(role), iso_datetime(at))
                for pid, name, role, at in self.database.query(
                    "SELECT s.participant_id, p.name, s.signed_as, s.signed_at FROM minutes_signers s "
                    "JOIN participants p ON p.id = s.participant_id WHERE s.meeting_id = ? "
                    "ORDER BY CASE s.signed_as WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 ELSE 2 END, p.id",
                    (meeting_id,))]

    def signed_minutes(self, meeting_id: int) -> tuple[bytes, str] | None:
        row = self.database.conn.execute(
            "SELECT CAST(pdf AS BLOB), sha256 FROM signed_minutes WHERE meeting_id = ?", (meeting_id,)).fetchone()
        return (bytes(row[0]), row[1]) if row else None


class ParticipantRepository:
    def __init__(self, database: Database):
        self.database = database

    def add(self, participant: Participant) -> Participant:
        cursor = self.database.conn.execute(
            "INSERT INTO participants (meeting_id, name, role, organisation, has_decision_authority, attendance) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (participant.meeting_id, participant.name, participant.role.value, participant.organisation,
             int(participant.has_decision_authority), participant.attendance.value))
        return self.get(inserted_id(cursor))

    def update(self, participant: Participant) -> None:
        self.database.conn.execute(
            "UPDATE participants SET name = ?, role = ?, organisation = ?, has_decision_authority = ?, "
            "attendance = ? WHERE id = ?",
            (participant.name, participant.role.value, participant.organisation,
             int(participant.has_decision_authority), participant.attendance.value, participant.id))

    def delete(self, participant_id: int) -> None:
        self.database.conn.execute("DELETE FROM participants WHERE id = ?", (participant_id,))

    def get(self, participant_id: int) -> Participant:
        row = self.database.conn.execute(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants WHERE id = ?", (participant_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"Deltaker nr. {participant_id} finnes ikke.")
        return participant_from_row(row)

    def for_meeting(self, meeting_id: int) -> list[Participant]:
        """Chair, secretary, members, advisors; in the order they were added within each role."""
        return [participant_from_row(r) for r in self.database.query(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants p WHERE meeting_id = ? ORDER BY {ROLE_RANK_SQL}, id",
            (meeting_id,))]

    def has_dissent(self, participant_id: int) -> bool:
        return bool(self.database.scalar(
            "SELECT count(*) FROM decision_dissents WHERE participant_id = ?", (participant_id,)))

    def took_part_in_decision(self, participant_id: int) -> bool:
        """Decided, dissented or stood aside in a recorded case."""
        return bool(self.database.scalar(
            "SELECT EXISTS (SELECT 1 FROM decision_members WHERE participant_id = ?) "
            "OR EXISTS (SELECT 1 FROM decision_dissents WHERE participant_id = ?)", (participant_id, participant_id)))


class AgendaRepository:
    """The agenda: applicants' cases (proposals) and the vacant units to allocate."""

    def __init__(self, database: Database):
        self.database = database

    # -- cases --

    def add_case(self, proposal: Proposal) -> Proposal:
        position = self.database.scalar(
            "SELECT coalesce(max(position), 0) + 1 FROM proposals WHERE meeting_id = ?", (proposal.meeting_id,))
        cursor = self.database.conn.execute(
            "INSERT INTO proposals (meeting_id, case_no, unit_id, prepared_by, notes, position, contact_person) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (proposal.meeting_id, proposal.case_no, proposal.unit_id, proposal.prepared_by, proposal.notes, position,
             proposal.contact_person))
        return self.case(inserted_id(cursor))

    def update_case(self, proposal: Proposal) -> None:
        self.database.conn.execute(
            "UPDATE proposals SET unit_id = ?, prepared_by = ?, notes = ?, contact_person = ? WHERE id = ?",
            (proposal.unit_id, proposal.prepared_by, proposal.notes, proposal.contact_person, proposal.id))

    def delete_case(self, proposal_id: int) -> None:
        self.database.conn.execute("DELETE FROM proposals WHERE id = ?", (proposal_id,))

    def set_case_order(self, proposal_ids: list[int]) -> None:
        self.database.conn.executemany("UPDATE proposals SET position = ? WHERE id = ?",
                                       [(n, pid) for n, pid in enumerate(proposal_ids, start=1)])

    def case(self, proposal_id: int) -> Proposal:
        row = self.database.conn.execute(
            f"SELECT {_PROPOSAL_COLUMNS} FROM proposals WHERE id = ?", (proposal_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"Sak nr. {proposal_id} finnes ikke på noen saksliste.")
        return proposal_from_row(row)

    def case_for(self, meeting_id: int, case_no: str) -> Proposal | None:
        row = self.database.conn.execute(
            f"SELECT {_PROPOSAL_COLUMNS} FROM proposals WHERE meeting_id = ? AND case_no = ?",
            (meeting_id, case_no)).fetchone()
        return proposal_from_row(row) if row else None

    def case_in_meeting(self, meeting_id: int, case_no: str) -> tuple[Applicant, Proposal | None, bool]:
        """The applicant, the case on this meeting's agenda (None: not on it) and whether the
        meeting has decided it, in one read: what recording a decision checks first (issue 19
        item 2). Raises RecordNotFound for a case number no applicant has."""
        applicant_columns = ", ".join(f"a.{c}" for c in APPLICANT_COLUMNS.split(", "))
        proposal_columns = ", ".join(f"p.{c}" for c in _PROPOSAL_COLUMNS.split(", "))
        row = self.database.conn.execute(
            f"SELECT {applicant_columns}, {proposal_columns}, EXISTS (SELECT 1 FROM decisions d "
            "WHERE d.meeting_id = ?1 AND d.case_no = a.case_no) FROM applicants a "
            "LEFT JOIN proposals p ON p.case_no = a.case_no AND p.meeting_id = ?1 WHERE a.case_no = ?2",
            (meeting_id, case_no)).fetchone()
        if row is None:
            raise RecordNotFound(f"Søkeren med saksnummer {case_no} finnes ikke.")
        width = len(APPLICANT_COLUMNS.split(", "))
        proposal = row[width:-1]
        return applicant_from_row(row[:width]), proposal_from_row(proposal) if proposal[0] is not None else None, bool(row[-1])

    def cases(self, meeting_id: int) -> list[Proposal]:
        return [proposal_from_row(r) for r in self.database.query(
            f"SELECT {_PROPOSAL_COLUMNS} FROM proposals WHERE meeting_id = ? ORDER BY position, id", (meeting_id,))]

    # -- units --

    def add_unit(self, item: AgendaUnit) -> AgendaUnit:
        position = self.database.scalar(
            "SELECT coalesce(max(position), 0) + 1 FROM agenda_units WHERE meeting_id = ?", (item.meeting_id,))
        cursor = self.database.conn.execute(
            "INSERT INTO agenda_units (meeting_id, unit_id, note, position) VALUES (?, ?, ?, ?)",
            (item.meeting_id, item.unit_id, item.note, position))
        return AgendaUnit(inserted_id(cursor), item.meeting_id, item.unit_id, item.note, position)

    def units(self, meeting_id: int) -> list[AgendaUnit]:
        return [AgendaUnit(*r) for r in self.database.query(
            "SELECT id, meeting_id, unit_id, note, position FROM agenda_units WHERE meeting_id = ? "
            "ORDER BY position, id", (meeting_id,))]

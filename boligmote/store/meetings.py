"""Meetings, participants, agenda, decisions with their flag snapshot, signed minutes, addenda.

Writes are called inside `database.transaction(...)`; the services decide what is allowed
when. The database itself freezes a signed meeting and everything under it (triggers in
m0001 and m0002), so a bug above this layer cannot change a signed record.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from collections.abc import Iterable

from ..domain import (
    Applicant,
    ApplicantStatus,
    Attendance,
    ConsentHandling,
    LeaseType,
    MeetingStatus,
    Outcome,
    ParticipantRole,
    ResidentHousehold,
    Scope,
    Severity,
    UnitStatus,
    VacantUnit,
)
from ..domain.meetings import (
    Addendum,
    AgendaUnit,
    Decision,
    Disqualification,
    Dissent,
    Meeting,
    MinutesSigner,
    Participant,
    PassedOver,
    Proposal,
    WeighedFlag,
)
from .codec import Row, datetime_from_iso, from_iso, iso_date, iso_datetime, to_iso
from .database import Database, inserted_id
from .migrations.m0006_faithful_flags import EDITION_BEFORE_ISSUE_15
from .errors import RecordNotFound, StoreError
from .estate import _BUILDING_COLUMNS, _UNIT_COLUMNS, _building, _unit
from .households import _APPLICANT_COLUMNS, _applicant, _tenancy_row

_MEETING_COLUMNS = ("id, held_on, place, status, title, signed_at, minutes_sha256, all_members_sign, "
                    "started_at, ended_at")
_PARTICIPANT_COLUMNS = "id, meeting_id, name, role, organisation, has_decision_authority, attendance"
_PROPOSAL_COLUMNS = "id, meeting_id, case_no, unit_id, prepared_by, notes, position, contact_person"
_DECISION_COLUMNS = ("id, meeting_id, case_no, outcome, reasons, unit_id, move_in_deadline, lease_type, "
                     "lease_years, conditions, criteria, alternatives, dissent, settings_version, decided_at, "
                     "internal_notes, consent_handling, consent_note, passed_over_reason")
_FLAG_COLUMNS = "rule, severity, message, scope, source, weighing, acknowledged, message_masked"
# Chair, secretary, members, advisers: the order participants are listed and sign in.
_ROLE_ORDER = "CASE p.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 WHEN 'member' THEN 2 ELSE 3 END"
_ADDENDUM_COLUMNS = "id, meeting_id, dated, author, text, decision_id, created_at, sha256"


def _stamp(moment: datetime | None) -> str | None:
    return moment.isoformat(timespec="seconds") if moment else None


def _meeting(row: Row) -> Meeting:
    id_, held_on, place, status, title, signed_at, sha, all_sign, started_at, ended_at = row
    return Meeting(id_, iso_date(held_on), place, MeetingStatus(status), title, datetime_from_iso(signed_at),
                   sha, bool(all_sign), datetime_from_iso(started_at), datetime_from_iso(ended_at))


def _participant(row: Row) -> Participant:
    id_, meeting_id, name, role, organisation, authority, attendance = row
    return Participant(id_, meeting_id, name, ParticipantRole(role), organisation, bool(authority),
                       Attendance(attendance))


def _proposal(row: Row) -> Proposal:
    return Proposal(*row)


@dataclass(frozen=True, slots=True)
class MeetingCounts:
    cases: int
    decisions: int


@dataclass(frozen=True, slots=True)
class UndoRecord:
    """What recording a decision changed besides the decision itself."""

    decision: Decision
    tenancy_id: int | None
    unit_vacant_from: date | None


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
                                   (status.value, _stamp(at), meeting_id))

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
            [(meeting_id, x.participant_id, x.signed_as.value, _stamp(x.signed_at)) for x in signers])

    def sign(self, meeting_id: int, pdf: bytes, sha256: str, signed_at: datetime, signed_by: str) -> None:
        """Store the minutes as signed, then mark the meeting signed (the triggers freeze it).

        `signed_by` is the account that operated the app; the members who signed are in
        minutes_signers (add_signers)."""
        conn = self.database.conn
        conn.execute("INSERT INTO signed_minutes (meeting_id, signed_at, signed_by, sha256, pdf) VALUES (?, ?, ?, ?, ?)",
                     (meeting_id, _stamp(signed_at), signed_by, sha256, pdf))
        conn.execute("UPDATE meetings SET status = 'signed', signed_at = ?, minutes_sha256 = ? WHERE id = ?",
                     (_stamp(signed_at), sha256, meeting_id))

    # -- reads --

    def get(self, meeting_id: int) -> Meeting:
        row = self.database.conn.execute(
            f"SELECT {_MEETING_COLUMNS} FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"Møte nr. {meeting_id} finnes ikke.")
        return _meeting(row)

    def with_participants(self, meeting_id: int) -> tuple[Meeting, list[Participant]]:
        """The meeting and its participants (in ParticipantRepository.for_meeting's order) in
        one read: the context of a decision (issue 19 item 2)."""
        meeting_columns = ", ".join(f"m.{c}" for c in _MEETING_COLUMNS.split(", "))
        participant_columns = ", ".join(f"p.{c}" for c in _PARTICIPANT_COLUMNS.split(", "))
        rows = self.database.query(
            f"SELECT {meeting_columns}, {participant_columns} FROM meetings m "
            f"LEFT JOIN participants p ON p.meeting_id = m.id WHERE m.id = ? ORDER BY {_ROLE_ORDER}, p.id",
            (meeting_id,))
        if not rows:
            raise RecordNotFound(f"Møte nr. {meeting_id} finnes ikke.")
        width = len(_MEETING_COLUMNS.split(", "))
        return _meeting(rows[0][:width]), [_participant(r[width:]) for r in rows if r[width] is not None]

    def all(self) -> list[Meeting]:
        """Newest first: the meeting a user wants is usually the next or the last one."""
        return [_meeting(r) for r in self.database.query(
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
        return _participant(row)

    def for_meeting(self, meeting_id: int) -> list[Participant]:
        """Chair, secretary, members, advisors; in the order they were added within each role."""
        return [_participant(r) for r in self.database.query(
            f"SELECT {_PARTICIPANT_COLUMNS} FROM participants p WHERE meeting_id = ? ORDER BY {_ROLE_ORDER}, id",
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
        return _proposal(row)

    def case_for(self, meeting_id: int, case_no: str) -> Proposal | None:
        row = self.database.conn.execute(
            f"SELECT {_PROPOSAL_COLUMNS} FROM proposals WHERE meeting_id = ? AND case_no = ?",
            (meeting_id, case_no)).fetchone()
        return _proposal(row) if row else None

    def case_in_meeting(self, meeting_id: int, case_no: str) -> tuple[Applicant, Proposal | None, bool]:
        """The applicant, the case on this meeting's agenda (None: not on it) and whether the
        meeting has decided it, in one read: what recording a decision checks first (issue 19
        item 2). Raises RecordNotFound for a case number no applicant has."""
        applicant_columns = ", ".join(f"a.{c}" for c in _APPLICANT_COLUMNS.split(", "))
        proposal_columns = ", ".join(f"p.{c}" for c in _PROPOSAL_COLUMNS.split(", "))
        row = self.database.conn.execute(
            f"SELECT {applicant_columns}, {proposal_columns}, EXISTS (SELECT 1 FROM decisions d "
            "WHERE d.meeting_id = ?1 AND d.case_no = a.case_no) FROM applicants a "
            "LEFT JOIN proposals p ON p.case_no = a.case_no AND p.meeting_id = ?1 WHERE a.case_no = ?2",
            (meeting_id, case_no)).fetchone()
        if row is None:
            raise RecordNotFound(f"Søkeren med saksnummer {case_no} finnes ikke.")
        width = len(_APPLICANT_COLUMNS.split(", "))
        proposal = row[width:-1]
        return _applicant(row[:width]), _proposal(proposal) if proposal[0] is not None else None, bool(row[-1])

    def cases(self, meeting_id: int) -> list[Proposal]:
        return [_proposal(r) for r in self.database.query(
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


class DecisionRepository:
    def __init__(self, database: Database):
        self.database = database

    # -- writes --

    def add(self, decision: Decision, tenancy_id: int | None = None, unit_vacant_from: date | None = None,
            meeting_settings_version: int = 0, rule_defaults: str = "") -> Decision:
        """The decision, its flag snapshot, deciders, dissents and passed-over candidates; returns it as stored.

        `rule_defaults` names the edition of the shipped rule defaults (m0006) the flags were
        evaluated under; the settings version is a municipality's overrides on top of it."""
        conn = self.database.conn
        d = decision
        cursor = conn.execute(
            f"INSERT INTO decisions ({_DECISION_COLUMNS.split(', ', 1)[1]}, tenancy_id, unit_vacant_from, "
            f"meeting_settings_version, rule_defaults) VALUES ({', '.join('?' * 22)})",
            (d.meeting_id, d.case_no, d.outcome.value, d.reasons, d.unit_id, to_iso(d.move_in_deadline),
             d.lease_type.value if d.lease_type else None, d.lease_years, d.conditions, d.criteria,
             d.alternatives, dissent_summary(d.dissents) or d.dissent, d.settings_version, _stamp(d.decided_at),
             d.internal_notes, d.consent_handling.value if d.consent_handling else "", d.consent_note,
             d.passed_over_reason, tenancy_id, to_iso(unit_vacant_from), meeting_settings_version,
             rule_defaults or EDITION_BEFORE_ISSUE_15))
        decision_id = inserted_id(cursor)
        for sql, rows in (
                (f"INSERT INTO decision_flags (decision_id, {_FLAG_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                 [(decision_id, f.rule, f.severity.value, f.message, f.scope.value, f.source, f.weighing,
                   int(f.acknowledged), f.masked_message) for f in d.flags]),
                ("INSERT INTO decision_dissents (decision_id, participant_id, opinion) VALUES (?, ?, ?)",
                 [(decision_id, x.participant_id, x.opinion) for x in d.dissents]),
                ("INSERT INTO decision_members (decision_id, participant_id, part, note) VALUES (?, ?, ?, ?)",
                 [(decision_id, pid, "decider", "") for pid in d.deciders]
                 + [(decision_id, x.participant_id, "disqualified", x.ground) for x in d.disqualified]),
                ("INSERT INTO decision_passed_over (decision_id, case_no, rank, reason) VALUES (?, ?, ?, ?)",
                 [(decision_id, x.case_no, x.rank, x.reason) for x in d.passed_over])):
            if rows:  # nothing to send for an empty list
                conn.executemany(sql, rows)
        # As stored, without reading it back (issue 19 item 2): the same values in the order the
        # reads give them (flags, dissents and passed-over in the order written; the deciders in
        # the order given, with the names the caller gives in `decider_names`).
        return replace(d, id=decision_id, dissent=dissent_summary(d.dissents) or d.dissent)

    def delete(self, decision_id: int) -> None:
        conn = self.database.conn
        conn.execute("DELETE FROM decision_flags WHERE decision_id = ?", (decision_id,))
        for table in ("decision_dissents", "decision_members", "decision_passed_over"):
            conn.execute(f"DELETE FROM {table} WHERE decision_id = ?", (decision_id,))
        conn.execute("DELETE FROM decisions WHERE id = ?", (decision_id,))

    # -- reads --

    def get(self, decision_id: int) -> Decision:
        found = self._load("WHERE id = ?", (decision_id,))
        if not found:
            raise RecordNotFound(f"Vedtak nr. {decision_id} finnes ikke.")
        return found[0]

    def for_meeting(self, meeting_id: int) -> list[Decision]:
        return self._load("WHERE meeting_id = ? ORDER BY id", (meeting_id,))

    def last_in_meeting(self, meeting_id: int) -> UndoRecord | None:
        row = self.database.conn.execute(
            "SELECT id, tenancy_id, unit_vacant_from FROM decisions WHERE meeting_id = ? ORDER BY id DESC LIMIT 1",
            (meeting_id,)).fetchone()
        if row is None:
            return None
        return UndoRecord(self.get(row[0]), row[1], from_iso(row[2]))

    def _load(self, where: str, params: Row) -> list[Decision]:
        rows = self.database.query(f"SELECT {_DECISION_COLUMNS} FROM decisions {where}", params)
        if not rows:
            return []
        ids = [r[0] for r in rows]
        marks = ", ".join("?" * len(ids))
        flags: dict[int, list[WeighedFlag]] = {i: [] for i in ids}
        for decision_id, *values in self.database.query(
                f"SELECT decision_id, {_FLAG_COLUMNS} FROM decision_flags WHERE decision_id IN ({marks}) ORDER BY id",
                tuple(ids)):
            rule, severity, message, scope, source, weighing, acknowledged, masked = values
            flags[decision_id].append(WeighedFlag(rule, Severity(severity), message, Scope(scope), source,
                                                  weighing, bool(acknowledged), masked))
        dissents: dict[int, list[Dissent]] = {i: [] for i in ids}
        for decision_id, participant_id, name, opinion in self.database.query(
                "SELECT x.decision_id, x.participant_id, p.name, x.opinion FROM decision_dissents x "
                f"JOIN participants p ON p.id = x.participant_id WHERE x.decision_id IN ({marks}) ORDER BY x.id",
                tuple(ids)):
            dissents[decision_id].append(Dissent(participant_id, name, opinion))
        deciders: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
        disqualified: dict[int, list[Disqualification]] = {i: [] for i in ids}
        for decision_id, participant_id, name, part, note in self.database.query(
                "SELECT x.decision_id, x.participant_id, p.name, x.part, x.note FROM decision_members x "
                f"JOIN participants p ON p.id = x.participant_id WHERE x.decision_id IN ({marks}) "
                "ORDER BY CASE p.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 WHEN 'member' THEN 2 ELSE 3 END, "
                "p.id", tuple(ids)):
            if part == "decider":
                deciders[decision_id].append((participant_id, name))
            else:
                disqualified[decision_id].append(Disqualification(participant_id, name, note))
        passed: dict[int, list[PassedOver]] = {i: [] for i in ids}
        for decision_id, case_no, rank, reason, name in self.database.query(
                "SELECT x.decision_id, x.case_no, x.rank, x.reason, a.name FROM decision_passed_over x "
                f"JOIN applicants a ON a.case_no = x.case_no WHERE x.decision_id IN ({marks}) ORDER BY x.rank",
                tuple(ids)):
            passed[decision_id].append(PassedOver(case_no, rank, reason, name))
        result = []
        for row in rows:
            (id_, meeting_id, case_no, outcome, reasons, unit_id, deadline, lease_type, lease_years, conditions,
             criteria, alternatives, dissent, version, decided_at, internal_notes, consent, consent_note,
             passed_reason) = row
            result.append(Decision(
                id=id_, meeting_id=meeting_id, case_no=case_no, outcome=Outcome(outcome), reasons=reasons,
                unit_id=unit_id, move_in_deadline=from_iso(deadline),
                lease_type=LeaseType(lease_type) if lease_type else None, lease_years=lease_years,
                conditions=conditions, criteria=criteria, alternatives=alternatives, dissent=dissent,
                settings_version=version, decided_at=datetime_from_iso(decided_at), flags=tuple(flags[id_]),
                dissents=tuple(dissents[id_]), internal_notes=internal_notes,
                consent_handling=ConsentHandling(consent) if consent else None, consent_note=consent_note,
                deciders=tuple(pid for pid, _ in deciders[id_]), decider_names=tuple(name for _, name in deciders[id_]),
                disqualified=tuple(disqualified[id_]), passed_over=tuple(passed[id_]),
                passed_over_reason=passed_reason))
        return result


def dissent_summary(dissents: Iterable[Dissent]) -> str:
    """The dissents as one text, for readers of the plain `decisions.dissent` column."""
    return "\n".join(f"{d.name}: {d.opinion}" for d in dissents)


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
                raise RecordNotFound(f"Boligen {unit_id} finnes ikke.")
            raise UnitNotVacant(unit_id, UnitStatus(status))

    def make_vacant_again(self, unit_id: str, vacant_from: date | None) -> None:
        self.database.conn.execute("UPDATE units SET status = 'vacant', vacant_from = ? WHERE id = ?",
                                   (to_iso(vacant_from), unit_id))

    def add_tenancy(self, tenancy: ResidentHousehold) -> int:
        cursor = self.database.conn.execute(
            "INSERT INTO tenancies (unit_id, household_type, adults, children_ages, needs, follow_up, "
            "contract_start, contract_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", _tenancy_row(tenancy))
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


class AddendumRepository:
    def __init__(self, database: Database):
        self.database = database

    def add(self, addendum: Addendum, pdf: bytes) -> Addendum:
        cursor = self.database.conn.execute(
            "INSERT INTO addenda (meeting_id, decision_id, dated, author, text, created_at, sha256, pdf) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (addendum.meeting_id, addendum.decision_id, to_iso(addendum.dated), addendum.author, addendum.text,
             _stamp(addendum.created_at), addendum.sha256, pdf))
        return self.get(inserted_id(cursor))

    def get(self, addendum_id: int) -> Addendum:
        row = self.database.conn.execute(
            f"SELECT {_ADDENDUM_COLUMNS} FROM addenda WHERE id = ?", (addendum_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"Tillegg nr. {addendum_id} finnes ikke.")
        return _addendum(row)

    def for_meeting(self, meeting_id: int) -> list[Addendum]:
        return [_addendum(r) for r in self.database.query(
            f"SELECT {_ADDENDUM_COLUMNS} FROM addenda WHERE meeting_id = ? ORDER BY dated, id", (meeting_id,))]

    def pdf(self, addendum_id: int) -> tuple[bytes, str]:
        row = self.database.conn.execute(
            "SELECT CAST(pdf AS BLOB), sha256 FROM addenda WHERE id = ?", (addendum_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"Tillegg nr. {addendum_id} finnes ikke.")
        return bytes(row[0]), row[1]


def _addendum(row: Row) -> Addendum:
    id_, meeting_id, dated, author, text, decision_id, created_at, sha = row
    return Addendum(id_, meeting_id, iso_date(dated), author, text, decision_id, iso_datetime(created_at), sha)


def unit_places(database: Database, unit_ids: Iterable[str]) -> dict[str, VacantUnit]:
    """Units (vacant or not) with their building and stairwell label, by id: what minutes
    and letters print about «the unit». Unknown ids are left out."""
    ids = sorted(set(unit_ids))
    if not ids:
        return {}
    unit_columns = ", ".join(f"u.{c}" for c in _UNIT_COLUMNS.split(", "))
    building_columns = ", ".join(f"b.{c}" for c in _BUILDING_COLUMNS.split(", "))
    rows = database.query(
        f"SELECT {unit_columns}, s.label, {building_columns} FROM units u "
        "JOIN stairwells s ON s.id = u.stairwell_id JOIN buildings b ON b.id = s.building_id "
        f"WHERE u.id IN ({', '.join('?' * len(ids))})", tuple(ids))
    width = len(_UNIT_COLUMNS.split(", "))
    return {row[0]: VacantUnit(_unit(row[:width]), _building(row[width + 1:]), row[width]) for row in rows}

"""One meeting's record rows in one statement: what its minutes print and what its fingerprint covers.

Rendering minutes read the meeting's tables once for the record and then once more, table by
table, for the tamper check's fingerprint (issue 19 item 2: 32 statements). Here every table is
read once, in one statement (UNION ALL, each row as JSON arrays), and both are built from the
same rows: the fingerprint from the columns store/fingerprint.py names for its version, the
record from those and the few columns only the record needs («extra» below).

JSON carries each value as SQLite holds it: the fingerprint's columns are integers, text and
NULL (no REAL, no BLOB), which JSON returns unchanged, so a fingerprint made from these rows is
the fingerprint the per-table reads made (tests/store/test_meeting_rows.py holds the two equal).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.meetings import Addendum, AgendaUnit, Decision, Meeting, MinutesSigner, Participant, Proposal
from ..domain import ParticipantRole
from .codec import iso_date, iso_datetime
from .database import Database
from .decisions import ROLE_RANK, addendum_from_row, assemble_decisions
from .errors import RecordNotFound
from .fingerprint import FINGERPRINT_VERSION, Fingerprint, fingerprint_of, parts
from .meetings import meeting_from_row, participant_from_row, proposal_from_row

# The columns only the record needs, beside the fingerprint's (same FROM as its part).
_EXTRA = {
    "møte": "status, signed_at, minutes_sha256",
    "vedtaksdeltaker": "x.decision_id, x.participant_id",
    # the inner join DecisionRepository makes: a passed-over case without an applicant is not printed
    "forbigått søker": "(SELECT a.name FROM applicants a WHERE a.case_no = x.case_no)",
}
# Read for the record only (not fingerprinted): (kind, columns, FROM … with ?1 the meeting id).
_RECORD_ONLY = (
    ("tillegg", "id, meeting_id, dated, author, text, decision_id, created_at, sha256",
     "FROM addenda WHERE meeting_id = ?1"),
    ("oppfølging", "decision_id, due_on, id",
     "FROM follow_up_points WHERE decision_id IN (SELECT id FROM decisions WHERE meeting_id = ?1)"),
    ("kommune", "value", "FROM meta WHERE key = 'municipality'"),
)


def _statement() -> str:
    branches = []
    for kind, sql in parts(FINGERPRINT_VERSION):
        columns, source = sql[len("SELECT "):].split(" FROM ", 1)
        source = source.split(" ORDER BY ")[0].replace("?", "?1")
        branches.append(f"SELECT '{kind}', json_array({columns}), json_array({_EXTRA.get(kind, '')}) FROM {source}")
    for kind, columns, source in _RECORD_ONLY:
        branches.append(f"SELECT '{kind}', NULL, json_array({columns}) {source}")
    return " UNION ALL ".join(branches)


_STATEMENT = _statement()


@dataclass(frozen=True)
class MeetingRows:
    """One meeting's rows by kind: (the fingerprint's columns, the record's extra columns)."""

    meeting_id: int
    rows: dict[str, list[tuple[list[Any], list[Any]]]]

    def _of(self, kind: str) -> list[tuple[list[Any], list[Any]]]:
        return self.rows.get(kind, [])

    def fingerprint(self, version: int = FINGERPRINT_VERSION) -> Fingerprint:
        return fingerprint_of({kind: [columns for columns, _ in found] for kind, found in self.rows.items()},
                              version)

    def meeting(self) -> Meeting:
        found = self._of("møte")
        if not found:
            raise RecordNotFound(f"Møte nr. {self.meeting_id} finnes ikke.")
        (id_, held_on, place, title, all_sign, started_at, ended_at), (status, signed_at, sha) = found[0]
        return meeting_from_row((id_, held_on, place, status, title, signed_at, sha, all_sign, started_at, ended_at))

    def participants(self) -> list[Participant]:
        """In ParticipantRepository.for_meeting's order: chair, secretary, members, advisers."""
        found = [participant_from_row((id_, self.meeting_id, *rest)) for (id_, *rest), _ in self._of("deltaker")]
        return sorted(found, key=lambda p: (ROLE_RANK.get(p.role.value, 3), p.id))

    def proposals(self) -> list[Proposal]:
        """The cases in agenda order (AgendaRepository.cases)."""
        found = [proposal_from_row((id_, self.meeting_id, case_no, unit_id, prepared_by, notes, position, contact))
                 for (id_, case_no, unit_id, prepared_by, notes, position, contact), _ in self._of("sak")]
        return sorted(found, key=lambda p: (p.position, p.id))

    def agenda_units(self) -> list[AgendaUnit]:
        found = [AgendaUnit(id_, self.meeting_id, unit_id, note, position)
                 for (id_, unit_id, note, position), _ in self._of("ledig bolig")]
        return sorted(found, key=lambda u: (u.position, u.id))

    def decisions(self) -> list[Decision]:
        """As DecisionRepository.for_meeting gives them."""
        names = {p.id: (p.name, p.role.value) for p in self.participants()}
        rows = sorted(
            ((id_, self.meeting_id, case_no, outcome, reasons, unit_id, deadline, lease_type, lease_years, conditions,
              criteria, alternatives, dissent, version, decided_at, notes, consent, consent_note, passed_reason)
             for (id_, case_no, outcome, reasons, notes, unit_id, deadline, lease_type, lease_years, conditions,
                  criteria, alternatives, dissent, version, _meeting_version, decided_at, consent, consent_note,
                  passed_reason), _ in self._of("vedtak")), key=lambda r: r[0])
        flags = sorted((f for f, _ in self._of("varsel")), key=lambda f: f[0])
        dissents = sorted((d for d, _ in self._of("dissens") if d[2] in names), key=lambda d: d[0])
        members = sorted(((decision_id, pid, *names[pid]) + (part, note)
                          for (_key, part, note), (decision_id, pid) in self._of("vedtaksdeltaker") if pid in names),
                         key=lambda m: (ROLE_RANK.get(m[3], 3), m[1]))
        passed = sorted(((p, name) for p, (name,) in self._of("forbigått søker") if name is not None),
                        key=lambda pair: (pair[0][3], pair[0][0]))
        return assemble_decisions(
            rows,
            [(decision_id, rule, severity, message, scope, source, weighing, acknowledged, masked)
             for _id, decision_id, rule, severity, message, masked, scope, source, weighing, acknowledged in flags],
            [(decision_id, pid, names[pid][0], opinion) for _id, decision_id, pid, opinion in dissents],
            [(decision_id, pid, name, part, note) for decision_id, pid, name, _role, part, note in members],
            [(decision_id, case_no, rank, reason, name)
             for (_id, decision_id, case_no, rank, reason), name in passed])

    def signers(self) -> list[MinutesSigner]:
        """As MeetingRepository.signers gives them: chair, secretary, then the others."""
        names = {p.id: p.name for p in self.participants()}
        rank = {"chair": 0, "secretary": 1}
        found = [(pid, signed_as, at) for (pid, signed_as, at), _ in self._of("signatur") if pid in names]
        return [MinutesSigner(pid, names[pid], ParticipantRole(signed_as), iso_datetime(at))
                for pid, signed_as, at in sorted(found, key=lambda s: (rank.get(s[1], 2), s[0]))]

    def addenda(self) -> list[Addendum]:
        found = [addendum_from_row(tuple(row)) for _, row in self._of("tillegg")]
        return sorted(found, key=lambda a: (a.dated, a.id))

    def follow_up_dates(self) -> dict[int, tuple[date, ...]]:
        """Each decision's follow-up points' due dates, soonest first (decisions without any left out)."""
        found: dict[int, list[tuple[str, int]]] = {}
        for _, (decision_id, due_on, id_) in self._of("oppfølging"):
            found.setdefault(decision_id, []).append((due_on, id_))
        return {decision_id: tuple(iso_date(due) for due, _ in sorted(points)) for decision_id, points in found.items()}

    def municipality(self) -> str:
        found = self._of("kommune")
        return "" if not found or found[0][1][0] is None else str(found[0][1][0])


def read_meeting_rows(database: Database, meeting_id: int) -> MeetingRows:
    """Every row of the meeting's record, in one statement."""
    rows: dict[str, list[tuple[list[Any], list[Any]]]] = {}
    for kind, columns, extra in database.conn.execute(_STATEMENT, (meeting_id,)):
        rows.setdefault(kind, []).append((json.loads(columns) if columns is not None else [], json.loads(extra)))
    return MeetingRows(meeting_id, rows)

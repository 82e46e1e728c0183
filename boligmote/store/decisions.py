"""Decisions with their flag snapshot, deciders, dissents and passed-over candidates; addenda.

Writes are called inside `database.transaction(...)`; the services decide what is allowed
when. The database freezes a signed meeting's decisions and addenda (triggers in m0001 and
m0002), so a bug above this layer cannot change a signed record.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from ..domain import (
    ConsentHandling,
    LeaseType,
    Outcome,
    Scope,
    Severity,
)
from ..domain.meetings import (
    Addendum,
    Decision,
    Disqualification,
    Dissent,
    PassedOver,
    WeighedFlag,
)
from .codec import Row, to_stamp, datetime_from_iso, from_iso, iso_date, iso_datetime, to_iso
from .database import Database, inserted_id
from .errors import RecordNotFound
from .migrations.m0006_faithful_flags import EDITION_BEFORE_ISSUE_15

_DECISION_COLUMNS = ("id, meeting_id, case_no, outcome, reasons, unit_id, move_in_deadline, lease_type, "
                     "lease_years, conditions, criteria, alternatives, dissent, settings_version, decided_at, "
                     "internal_notes, consent_handling, consent_note, passed_over_reason")
_FLAG_COLUMNS = "rule, severity, message, scope, source, weighing, acknowledged, message_masked"
_ADDENDUM_COLUMNS = "id, meeting_id, dated, author, text, decision_id, created_at, sha256"
# Chair, secretary, members, advisers: the order participants are listed, decide and sign in.
ROLE_RANK = {"chair": 0, "secretary": 1, "member": 2}
ROLE_RANK_SQL = "CASE p.role WHEN 'chair' THEN 0 WHEN 'secretary' THEN 1 WHEN 'member' THEN 2 ELSE 3 END"


@dataclass(frozen=True, slots=True)
class UndoRecord:
    """What recording a decision changed besides the decision itself."""

    decision: Decision
    tenancy_id: int | None
    unit_vacant_from: date | None


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
             d.alternatives, dissent_summary(d.dissents) or d.dissent, d.settings_version, to_stamp(d.decided_at),
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
        ids = tuple(r[0] for r in rows)
        marks = ", ".join("?" * len(ids))
        return assemble_decisions(
            rows,
            self.database.query(f"SELECT decision_id, {_FLAG_COLUMNS} FROM decision_flags "
                                f"WHERE decision_id IN ({marks}) ORDER BY id", ids),
            self.database.query("SELECT x.decision_id, x.participant_id, p.name, x.opinion FROM decision_dissents x "
                                f"JOIN participants p ON p.id = x.participant_id WHERE x.decision_id IN ({marks}) "
                                "ORDER BY x.id", ids),
            self.database.query("SELECT x.decision_id, x.participant_id, p.name, x.part, x.note FROM decision_members x "
                                f"JOIN participants p ON p.id = x.participant_id WHERE x.decision_id IN ({marks}) "
                                f"ORDER BY {ROLE_RANK_SQL}, p.id", ids),
            self.database.query("SELECT x.decision_id, x.case_no, x.rank, x.reason, a.name FROM decision_passed_over x "
                                f"JOIN applicants a ON a.case_no = x.case_no WHERE x.decision_id IN ({marks}) "
                                "ORDER BY x.rank", ids))


def assemble_decisions(rows: Iterable[Row], flag_rows: Iterable[Row], dissent_rows: Iterable[Row],
                       member_rows: Iterable[Row], passed_rows: Iterable[Row]) -> list[Decision]:
    """Decisions from their rows, each kind in the order it is printed: decisions in
    _DECISION_COLUMNS, flags (decision id, _FLAG_COLUMNS), dissents (decision id, participant id,
    name, opinion), members (decision id, participant id, name, part, note) in role order,
    passed-over applicants (decision id, case no, rank, reason, name) by rank. Whether the rows
    come from one read per kind (DecisionRepository) or the meeting's one read (meeting_rows.py)."""
    rows = list(rows)
    ids = [r[0] for r in rows]
    flags: dict[int, list[WeighedFlag]] = {i: [] for i in ids}
    for decision_id, *values in flag_rows:
        rule, severity, message, scope, source, weighing, acknowledged, masked = values
        flags[decision_id].append(WeighedFlag(rule, Severity(severity), message, Scope(scope), source,
                                              weighing, bool(acknowledged), masked))
    dissents: dict[int, list[Dissent]] = {i: [] for i in ids}
    for decision_id, participant_id, name, opinion in dissent_rows:
        dissents[decision_id].append(Dissent(participant_id, name, opinion))
    deciders: dict[int, list[tuple[int, str]]] = {i: [] for i in ids}
    disqualified: dict[int, list[Disqualification]] = {i: [] for i in ids}
    for decision_id, participant_id, name, part, note in member_rows:
        if part == "decider":
            deciders[decision_id].append((participant_id, name))
        else:
            disqualified[decision_id].append(Disqualification(participant_id, name, note))
    passed: dict[int, list[PassedOver]] = {i: [] for i in ids}
    for decision_id, case_no, rank, reason, name in passed_rows:
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


class AddendumRepository:
    def __init__(self, database: Database):
        self.database = database

    def add(self, addendum: Addendum, pdf: bytes) -> Addendum:
        cursor = self.database.conn.execute(
            "INSERT INTO addenda (meeting_id, decision_id, dated, author, text, created_at, sha256, pdf) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (addendum.meeting_id, addendum.decision_id, to_iso(addendum.dated), addendum.author, addendum.text,
             to_stamp(addendum.created_at), addendum.sha256, pdf))
        return self.get(inserted_id(cursor))

    def get(self, addendum_id: int) -> Addendum:
        row = self.database.conn.execute(
            f"SELECT {_ADDENDUM_COLUMNS} FROM addenda WHERE id = ?", (addendum_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"Tillegg nr. {addendum_id} finnes ikke.")
        return addendum_from_row(row)

    def for_meeting(self, meeting_id: int) -> list[Addendum]:
        return [addendum_from_row(r) for r in self.database.query(
            f"SELECT {_ADDENDUM_COLUMNS} FROM addenda WHERE meeting_id = ? ORDER BY dated, id", (meeting_id,))]

    def pdf(self, addendum_id: int) -> tuple[bytes, str]:
        row = self.database.conn.execute(
            "SELECT CAST(pdf AS BLOB), sha256 FROM addenda WHERE id = ?", (addendum_id,)).fetchone()
        if row is None:
            raise RecordNotFound(f"Tillegg nr. {addendum_id} finnes ikke.")
        return bytes(row[0]), row[1]


def addendum_from_row(row: Row) -> Addendum:
    id_, meeting_id, dated, author, text, decision_id, created_at, sha = row
    return Addendum(id_, meeting_id, iso_date(dated), author, text, decision_id, iso_datetime(created_at), sha)

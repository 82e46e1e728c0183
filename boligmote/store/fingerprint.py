"""The record fingerprint of a meeting: SHA-256 over everything the meeting decided.

At signing the fingerprint goes into the `sign` audit entry and onto every page of the
minutes the members sign; `verify` recomputes it from the live rows. A change behind the
app's back (triggers dropped, rows edited through raw SQL) then shows as a mismatch — and
the per-record hashes kept beside it say which record changed.

The serialisation is canonical and versioned: rows read by explicit column lists, in a
fixed order, as JSON with sorted keys. A later version may cover more; a stored
fingerprint is always recomputed with the version it was made with.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from .audit import entry_detail, entry_details
from .database import Database

FINGERPRINT_VERSION = 4

# (kind, SQL selecting (record key, columns …) for one meeting: ? is the meeting id). Every
# column the minutes print, and those they rest on — except the follow-up points' due dates
# (m0008): they are operational, recorded as done long after signing, not the signed record. Status is left out: it is «closed»
# when the fingerprint is made and «signed» from the same transaction on.
_PARTS_V1: tuple[tuple[str, str], ...] = (
    ("møte", "SELECT id, held_on, place, title, all_members_sign, started_at, ended_at FROM meetings WHERE id = ?"),
    ("deltaker", "SELECT id, name, role, organisation, has_decision_authority, attendance FROM participants "
                 "WHERE meeting_id = ? ORDER BY id"),
    ("sak", "SELECT id, case_no, unit_id, prepared_by, notes, position, contact_person FROM proposals "
            "WHERE meeting_id = ? ORDER BY id"),
    ("ledig bolig", "SELECT id, unit_id, note, position FROM agenda_units WHERE meeting_id = ? ORDER BY id"),
    ("vedtak", "SELECT id, case_no, outcome, reasons, internal_notes, unit_id, move_in_deadline, lease_type, "
               "lease_years, conditions, criteria, alternatives, dissent, settings_version, "
               "meeting_settings_version, decided_at, consent_handling, consent_note, passed_over_reason "
               "FROM decisions WHERE meeting_id = ? ORDER BY id"),
    ("varsel", "SELECT f.id, f.decision_id, f.rule, f.severity, f.message, f.message_masked, f.scope, f.source, "
               "f.weighing, f.acknowledged FROM decision_flags f JOIN decisions d ON d.id = f.decision_id "
               "WHERE d.meeting_id = ? ORDER BY f.id"),
    ("dissens", "SELECT x.id, x.decision_id, x.participant_id, x.opinion FROM decision_dissents x "
                "JOIN decisions d ON d.id = x.decision_id WHERE d.meeting_id = ? ORDER BY x.id"),
    ("vedtaksdeltaker", "SELECT x.decision_id || '/' || x.participant_id, x.part, x.note FROM decision_members x "
                        "JOIN decisions d ON d.id = x.decision_id WHERE d.meeting_id = ? "
                        "ORDER BY x.decision_id, x.participant_id"),
    ("forbigått søker", "SELECT x.id, x.decision_id, x.case_no, x.rank, x.reason FROM decision_passed_over x "
                        "JOIN decisions d ON d.id = x.decision_id WHERE d.meeting_id = ? ORDER BY x.id"),
    ("signatur", "SELECT participant_id, signed_as, signed_at FROM minutes_signers WHERE meeting_id = ? "
                 "ORDER BY participant_id"),
)
# Version 2 (m0011): the renewals on the agenda, their decisions and who decided them, too.
_PARTS_V2: tuple[tuple[str, str], ...] = _PARTS_V1[:-1] + (
    ("fornyelsessak", "SELECT id, tenancy_id, case_no, tenant_name, lease_ends, prepared_by, contact_person, notes, "
                      "position FROM agenda_renewals WHERE meeting_id = ? ORDER BY id"),
    ("fornyelsesvedtak", "SELECT id, agenda_renewal_id, tenancy_id, outcome, reasons, lease_starts, lease_years, "
                         "lease_ends, lease_reason, youngest_child_born, short_term_basis, tenant_informed_on, "
                         "conditions, internal_notes, previous_lease_ends, move_out_by, transfer_case_no, "
                         "meeting_settings_version, decided_at FROM renewal_decisions WHERE meeting_id = ? ORDER BY id"),
    ("fornyelsesvedtaksdeltaker", "SELECT x.renewal_decision_id || '/' || x.participant_id, x.part, x.note "
                                  "FROM renewal_decision_members x JOIN renewal_decisions d "
                                  "ON d.id = x.renewal_decision_id WHERE d.meeting_id = ? "
                                  "ORDER BY x.renewal_decision_id, x.participant_id"),
    _PARTS_V1[-1],
)
# Version 3 (m0013): a refusal's advance notice (fvl § 16), the tenant's statement or the exception,
# and the day the demand to move is sent.
_PARTS_V3: tuple[tuple[str, str], ...] = tuple(
    (kind, sql.replace("decided_at FROM renewal_decisions", "decided_at, notice_sent_on, statement_received, "
                       "tenant_statement, notice_exception, move_demand_on FROM renewal_decisions"))
    for kind, sql in _PARTS_V2)
# Version 4 (m0014): how many children under 18 the household had, and the written weighing of their
# best interests (Grunnloven § 104), on a decision against the household.
_PARTS_V4: tuple[tuple[str, str], ...] = tuple(
    (kind, sql.replace("move_demand_on FROM renewal_decisions", "move_demand_on, children_under_18, "
                       "children_weighing FROM renewal_decisions"))
    for kind, sql in _PARTS_V3)
_VERSIONS = {1: _PARTS_V1, 2: _PARTS_V2, 3: _PARTS_V3, 4: _PARTS_V4}


@dataclass(frozen=True)
class Fingerprint:
    version: int
    digest: str  # SHA-256 hex over every record below
    records: dict[str, str]  # «vedtak 12» → SHA-256 of that record's columns

    @property
    def short(self) -> str:
        """The 16 hex digits printed in every page's footer."""
        return self.digest[:16]

    def differences(self, stored: dict[str, str]) -> list[str]:
        """Records changed, removed or added since `stored` (bokmål, one per record)."""
        found = []
        for key in sorted(set(stored) | set(self.records)):
            if key not in self.records:
                found.append(f"{key} er fjernet")
            elif key not in stored:
                found.append(f"{key} er lagt til")
            elif stored[key] != self.records[key]:
                found.append(f"{key} er endret")
        return found


def _digest(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def parts(version: int) -> tuple[tuple[str, str], ...]:
    """The kinds of record a fingerprint of this version covers, each with the SQL of its rows."""
    return _VERSIONS[version]


def _width(sql: str) -> int:
    """How many values a part's SELECT gives: the record key and its columns."""
    return len(sql[len("SELECT "):sql.index(" FROM ")].split(", "))


def fingerprint_of(rows: dict[str, list[list[Any]]], version: int = FINGERPRINT_VERSION) -> Fingerprint:
    """The fingerprint of rows read as the latest version's parts select them ({kind: [[key,
    columns …], …]}, in any order): an older version takes the columns it covered, which come
    first (a later version adds columns at the end)."""
    records: dict[str, str] = {}
    for kind, sql in _VERSIONS[version]:
        width = _width(sql)
        for key, *columns in (row[:width] for row in rows.get(kind, ())):
            records[f"{kind} {key}"] = _digest(columns)
    return Fingerprint(version, _digest([version, sorted(records.items())]), records)


def record_fingerprint(database: Database, meeting_id: int, version: int = FINGERPRINT_VERSION) -> Fingerprint:
    """The fingerprint of one meeting's record as the rows stand now (read in one statement,
    store/meeting_rows.py)."""
    from .meeting_rows import read_meeting_rows  # it imports this module

    return read_meeting_rows(database, meeting_id).fingerprint(version)


def sign_entries(database: Database) -> dict[int, dict[str, Any]]:
    """What the audit log recorded when each meeting was signed: {meeting id: detail}.

    The log is append-only and chained, so this is the record the live rows are held to."""
    found: dict[int, dict[str, Any]] = {}
    for entity_id, detail in entry_details(database.conn, "sign", "meeting").items():
        if entity_id.isdigit():
            found[int(entity_id)] = detail
    return found


def sign_entry(database: Database, meeting_id: int) -> dict[str, Any] | None:
    """What the audit log recorded when this meeting was signed (None: no `sign` entry), as
    sign_entries gives it for every meeting, in one read of that meeting's entries."""
    return entry_detail(database.conn, "sign", "meeting", str(meeting_id))

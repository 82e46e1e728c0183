"""Every decision with its meeting and unit, read-only, for the decisions export.

(The meeting repository that writes decisions lives elsewhere; this reads the columns of
the first schema version only, so it keeps working as meetings gain columns.)
"""
from __future__ import annotations

from ..domain import Decision, LeaseType, Meeting, MeetingStatus, Outcome, Scope, Severity, WeighedFlag
from .codec import datetime_from_iso, from_iso, iso_date
from .database import Database


def decision_history(database: Database) -> list[tuple[Meeting, Decision, str, str]]:
    """(meeting, decision with its weighed flags, address, stairwell label) by meeting date, then case."""
    flags: dict[int, list[WeighedFlag]] = {}
    for decision_id, rule, severity, message, scope, source, weighing, acknowledged in database.query(
            "SELECT decision_id, rule, severity, message, scope, source, weighing, acknowledged "
            "FROM decision_flags ORDER BY id"):
        flags.setdefault(decision_id, []).append(WeighedFlag(
            rule, Severity(severity), message, Scope(scope), source, weighing, bool(acknowledged)))
    result = []
    for row in database.query(
            "SELECT m.id, m.held_on, m.place, m.status, m.title, m.signed_at, m.minutes_sha256, "
            "d.id, d.case_no, d.outcome, d.reasons, d.unit_id, d.move_in_deadline, d.lease_type, d.lease_years, "
            "d.conditions, d.criteria, d.alternatives, d.dissent, d.settings_version, d.decided_at, "
            "coalesce(b.address, ''), coalesce(s.label, '') "
            "FROM decisions d JOIN meetings m ON m.id = d.meeting_id LEFT JOIN units u ON u.id = d.unit_id "
            "LEFT JOIN stairwells s ON s.id = u.stairwell_id LEFT JOIN buildings b ON b.id = s.building_id "
            "ORDER BY m.held_on, m.id, d.case_no"):
        (meeting_id, held_on, place, status, title, signed_at, sha, decision_id, case_no, outcome, reasons,
         unit_id, deadline, lease_type, lease_years, conditions, criteria, alternatives, dissent, version,
         decided_at, address, stairwell) = row
        meeting = Meeting(meeting_id, iso_date(held_on), place, MeetingStatus(status), title,
                          datetime_from_iso(signed_at), sha)
        decision = Decision(id=decision_id, meeting_id=meeting_id, case_no=case_no, outcome=Outcome(outcome),
                            reasons=reasons, unit_id=unit_id, move_in_deadline=from_iso(deadline),
                            lease_type=LeaseType(lease_type) if lease_type else None, lease_years=lease_years,
                            conditions=conditions, criteria=criteria, alternatives=alternatives, dissent=dissent,
                            settings_version=version, decided_at=datetime_from_iso(decided_at),
                            flags=tuple(flags.get(decision_id, ())))
        result.append((meeting, decision, address, stairwell))
    return result

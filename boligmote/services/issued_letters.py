"""Issuing a decision letter: rendered once, frozen, and the same bytes every time after.

A letter that went to the applicant is evidence in an appeal; re-rendering it from the rows
later could print something else (a changed office address, a changed template). So the
first print of a signed meeting's letter stores the PDF and its SHA-256, with an audit entry
of its own (issue 14), and `verify` checks the stored bytes against both.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime

from ..domain import MeetingStatus
from ..store import Database, RecordNotFound
from ..store.audit import AuditLog
from ..store.issued_letters import IssuedLetterRepository
from ..store.decisions import DecisionRepository
from .letters import render_decision_letter
from .meetings import MeetingError, Meetings


def issue_letter(database: Database, decision_id: int, *, letter_date: date | None = None) -> tuple[bytes, bool]:
    """The letter for one decision and whether it is the issued (frozen) one.

    Once the meeting is signed the first call stores the letter; every later call returns the
    same bytes. Before signing the letter is a draft and nothing is stored."""
    repository = IssuedLetterRepository(database)
    stored = repository.get(decision_id)
    if stored is not None:
        return stored[0], True
    try:
        decision = DecisionRepository(database).get(decision_id)
    except RecordNotFound as error:
        raise MeetingError(str(error)) from None
    if Meetings(database).get(decision.meeting_id).status is not MeetingStatus.SIGNED or database.readonly:
        return render_decision_letter(database, decision_id, letter_date=letter_date), False
    # The letter's PDF/A dates are the moment of issue the record keeps (services/pdfa.py)
    issued_at = datetime.now().replace(microsecond=0)
    pdf = render_decision_letter(database, decision_id, letter_date=letter_date, created=issued_at)
    digest = hashlib.sha256(pdf).hexdigest()
    with database.transaction("issue", "letter", str(decision_id),
                              {"case_no": decision.case_no, "sha256": digest, "bytes": len(pdf)}):
        repository.add(decision_id, pdf, digest, issued_at)
    return pdf, True


def letter_problems(database: Database) -> list[str]:
    """Issued letters whose bytes no longer match what was recorded when they were issued."""
    recorded = {int(entity_id): detail.get("sha256", "")
                for entity_id, detail in AuditLog(database).details("issue", "letter").items() if entity_id.isdigit()}
    problems = []
    seen = set()
    for decision_id, pdf, stored_sha in IssuedLetterRepository(database).all():
        seen.add(decision_id)
        actual = hashlib.sha256(pdf).hexdigest()
        if decision_id not in recorded:
            problems.append(f"vedtaksbrevet til vedtak {decision_id} har ingen oppføring i revisjonsloggen")
        elif actual != recorded[decision_id] or stored_sha != actual:
            problems.append(f"vedtaksbrevet til vedtak {decision_id} er ikke det som ble sendt")
    problems += [f"vedtaksbrevet til vedtak {d} er fjernet" for d in sorted(set(recorded) - seen)]
    return problems

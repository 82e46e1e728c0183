"""Issuing a decision letter: rendered once, frozen, and the same bytes every time after.

A letter that went to the applicant is evidence in an appeal; re-rendering it from the rows
later could print something else (a changed office address, a changed template). So the
first print of a signed meeting's letter stores the PDF and its SHA-256, with an audit entry
of its own (issue 14), and `verify` checks the stored bytes against both.
"""
from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import Protocol

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
    freeze(database, repository, "letter", decision_id, pdf, issued_at, case_no=decision.case_no)
    return pdf, True


def letter_problems(database: Database) -> list[str]:
    """Issued letters whose bytes no longer match what was recorded when they were issued."""
    return frozen_problems(database, "letter", IssuedLetterRepository(database).all(), "vedtaksbrevet til vedtak")


class FrozenLetters(Protocol):
    def add(self, decision_id: int, pdf: bytes, sha256: str, issued_at: datetime) -> None: ...


def freeze(database: Database, letters: FrozenLetters, kind: str, decision_id: int, pdf: bytes,
           issued_at: datetime, **detail: str) -> None:
    """Keep a letter as issued: its bytes and SHA-256 in `letters`, and the hash again in an
    audit entry of its own (`kind`: «letter», «renewal_letter»), so `verify` can hold the bytes
    to both (frozen_problems). One audited change."""
    digest = hashlib.sha256(pdf).hexdigest()
    with database.transaction("issue", kind, str(decision_id), {**detail, "sha256": digest, "bytes": len(pdf)}):
        letters.add(decision_id, pdf, digest, issued_at)


def frozen_problems(database: Database, kind: str, issued: list[tuple[int, bytes, str]], what: str) -> list[str]:
    """The letters of `kind` whose bytes (`issued`: decision id, pdf, stored SHA-256) no longer match
    what the audit log recorded at issue, or that are gone; `what` names one in the messages
    («vedtaksbrevet til vedtak»)."""
    recorded = {int(entity_id): detail.get("sha256", "")
                for entity_id, detail in AuditLog(database).details("issue", kind).items() if entity_id.isdigit()}
    problems = []
    seen = set()
    for decision_id, pdf, stored_sha in issued:
        seen.add(decision_id)
        actual = hashlib.sha256(pdf).hexdigest()
        if decision_id not in recorded:
            problems.append(f"{what} {decision_id} har ingen oppføring i revisjonsloggen")
        elif actual != recorded[decision_id] or stored_sha != actual:
            problems.append(f"{what} {decision_id} er ikke det som ble sendt")
    problems += [f"{what} {d} er fjernet" for d in sorted(set(recorded) - seen)]
    return problems

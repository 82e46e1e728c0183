"""Signing the minutes, verifying them, and dated addenda afterwards.

Signing stores the minutes PDF and its SHA-256 and marks the meeting signed in one
transaction; from then on the database's triggers refuse any change to the meeting, its
participants, agenda and decisions (DESIGN.md «Reliability»). A correction is a new,
dated addendum — a document of its own, with its own hash, never an edit.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, datetime

from ..domain import MeetingStatus
from ..domain.meetings import Addendum, Meeting
from ..store import Database
from ..store.meetings import AddendumRepository, MeetingRepository
from .meeting_settings import load_meeting_settings
from .meetings import MeetingError, MeetingStateError, Meetings
from .minutes import render_addendum, render_minutes


@dataclass(frozen=True)
class MinutesCheck:
    ok: bool
    stored_sha256: str
    computed_sha256: str
    message: str  # bokmål, for the user


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sign_minutes(database: Database, meeting_id: int, *, previewed: bytes | None = None,
                 signed_at: datetime | None = None) -> Meeting:
    """Mark a closed meeting's minutes signed; the meeting is frozen from then on.

    `previewed`: the PDF the participants saw and signed (render_minutes with its default
    options: names shown, no addenda). If the record changed since, signing is refused so
    the stored minutes are what was signed.
    """
    meetings = Meetings(database)
    meeting = meetings.get(meeting_id)
    if meeting.status is not MeetingStatus.CLOSED:
        raise MeetingStateError(f"Bare et avsluttet møte kan signeres; dette møtet er {meeting.status.label}.")
    record = meetings.record(meeting_id)
    missing = [label for label, who in (("møteleder", record.chair), ("referent", record.secretary)) if who is None]
    if missing:
        raise MeetingError(f"Protokollen kan ikke signeres uten {' og '.join(missing)}. Legg til deltakeren først.")
    pdf = render_minutes(database, meeting_id, include_addenda=False)
    if previewed is not None and previewed != pdf:
        raise MeetingError("Møtet er endret etter at protokollen ble vist. Vis protokollen på nytt før den signeres.")
    digest = sha256(pdf)
    signed_at = (signed_at or datetime.now()).replace(microsecond=0)
    with database.transaction("sign", "meeting", str(meeting_id), {"sha256": digest, "bytes": len(pdf)}):
        MeetingRepository(database).sign(meeting_id, pdf, digest, signed_at, database.actor)
    return meetings.get(meeting_id)


def signed_minutes_pdf(database: Database, meeting_id: int) -> bytes:
    """The minutes exactly as signed."""
    stored = MeetingRepository(database).signed_minutes(meeting_id)
    if stored is None:
        raise MeetingStateError("Møtet er ikke signert; det finnes ingen signert protokoll.")
    return stored[0]


def verify_signed_minutes(database: Database, meeting_id: int) -> MinutesCheck:
    """Recompute the stored PDF's SHA-256 and compare it with the hash recorded at signing."""
    meeting = Meetings(database).get(meeting_id)
    stored = MeetingRepository(database).signed_minutes(meeting_id)
    if meeting.status is not MeetingStatus.SIGNED or stored is None:
        return MinutesCheck(False, meeting.minutes_sha256, "", "Møtet er ikke signert.")
    computed = sha256(stored[0])
    if computed == meeting.minutes_sha256 == stored[1]:
        return MinutesCheck(True, meeting.minutes_sha256, computed, "Den signerte protokollen er uendret.")
    return MinutesCheck(False, meeting.minutes_sha256, computed,
                        "Kontrollsummen stemmer ikke: den lagrede protokollen er ikke den som ble signert.")


def add_addendum(database: Database, meeting_id: int, text: str, author: str, *, dated: date | None = None,
                 decision_id: int | None = None) -> Addendum:
    """A dated correction to signed minutes, stored with its own page and hash."""
    meetings = Meetings(database)
    meeting = meetings.get(meeting_id)
    if meeting.status is not MeetingStatus.SIGNED:
        raise MeetingStateError("Tillegg føres bare til en signert protokoll; før signering rettes møtet direkte.")
    if not text.strip():
        raise MeetingError("Skriv hva tillegget retter eller legger til.")
    if not author.strip():
        raise MeetingError("Oppgi hvem som fører tillegget.")
    dated = dated or date.today()
    if meeting.signed_at and dated < meeting.signed_at.date():
        raise MeetingError(f"Et tillegg kan ikke dateres før protokollen ble signert ({meeting.signed_at:%d.%m.%Y}).")
    record = meetings.record(meeting_id)
    if decision_id is not None and record.case_number_of(decision_id) is None:
        raise MeetingError(f"Vedtak nr. {decision_id} hører ikke til dette møtet.")
    created_at = datetime.now().replace(microsecond=0)
    draft = Addendum(None, meeting_id, dated, author.strip(), text.strip(), decision_id, created_at)
    pdf = render_addendum(record, draft, load_meeting_settings(database))
    digest = sha256(pdf)
    with database.transaction("add", "addendum", str(meeting_id),
                              {"decision_id": decision_id, "dated": draft.dated, "sha256": digest}):
        return AddendumRepository(database).add(Addendum(
            None, meeting_id, draft.dated, draft.author, draft.text, decision_id, created_at, digest), pdf)


def addendum_pdf(database: Database, addendum_id: int) -> bytes:
    return AddendumRepository(database).pdf(addendum_id)[0]

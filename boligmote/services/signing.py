"""Signing the minutes, verifying them, and dated addenda afterwards.

Signing stores the minutes PDF and its SHA-256 and marks the meeting signed in one
transaction; from then on the database's triggers refuse any change to the meeting, its
participants, agenda and decisions (DESIGN.md «Reliability»). A correction is a new,
dated addendum — a document of its own, with its own hash, never an edit.
"""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from ..domain import MeetingStatus, ParticipantRole, saved_id
from ..domain.meetings import Addendum, Meeting, MinutesSigner
from ..store import Database
from ..store.fingerprint import record_fingerprint, sign_entry
from ..store.meeting_rows import MeetingRows
from ..store.meetings import MeetingRepository
from ..store.decisions import AddendumRepository
from .meeting_settings import load_meeting_settings
from .meetings import MeetingError, MeetingStateError, Meetings, meeting_state, require_writable
from .meeting_record import MeetingRecord, is_outside_adviser
from .minutes import render_addendum, render_minutes, render_record, rule_titles
from ..words import Joined, Listing, Phrase


@dataclass(frozen=True)
class MinutesCheck:
    ok: bool
    stored_sha256: str
    computed_sha256: str
    message: str  # for the user: a words.Phrase (bokmål as a str; words.shown() in the reader's language)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sign_minutes(database: Database, meeting_id: int, *, chair_id: int | None = None,
                 secretary_id: int | None = None, confirmations: Mapping[int, str] | None = None,
                 previewed: bytes | None = None, signed_at: datetime | None = None) -> Meeting:
    """Mark a closed meeting's minutes signed; the meeting is frozen from then on.

    The chair and the secretary who sign are chosen in the meeting (default: those registered
    as such); with «all members sign», every present member with decision authority signs too.
    Each is recorded with the moment of approval. The app records an approval, not a
    signature: the minutes say who approved them and when, and the signature lines stay for
    the wet signatures on the printed copy (issue 16, the lawyer's review).

    `confirmations`: what each signer typed to confirm for themselves, by participant id — their
    own name or initials (the window asks each of them; one operator's tick no longer stands for
    two people). When given, every signer must have confirmed, or nothing is signed.

    Never before the meeting's date: minutes dated before the meeting they record are refused.

    `previewed`: the PDF the participants saw (render_minutes with its default options: names
    shown, no addenda). If the record changed since, signing is refused so the stored minutes
    are what was signed.
    """
    require_writable(database)
    meetings = Meetings(database)
    meeting = meetings.get(meeting_id)
    if meeting.status is not MeetingStatus.CLOSED:
        raise MeetingStateError(Phrase("errors.signing.not_closed", state=meeting_state(meeting.status)))
    record = meetings.record(meeting_id)
    signed_at = (signed_at or datetime.now()).replace(microsecond=0)
    signers = choose_signers(record, chair_id, secretary_id, signed_at)
    if confirmations is not None:
        require_confirmations(signers, confirmations)
    # Rendered only to compare with what was shown: nobody reads it otherwise, and a long meeting's
    # minutes take a second or more to lay out (the demo signs three meetings when it is made).
    if previewed is not None and previewed != render_minutes(database, meeting_id, include_addenda=False):
        raise MeetingError(Phrase("errors.signing.changed_since_preview"))
    settings, titles = load_meeting_settings(database), rule_titles(database)
    detail: dict[str, Any] = {"signers": [{"participant": s.participant_id, "as": s.signed_as.value} for s in signers],
                              "confirmed_each": confirmations is not None}
    repository = MeetingRepository(database)
    with database.transaction("sign", "meeting", str(meeting_id), detail):
        repository.add_signers(meeting_id, signers)
        # The fingerprint of everything decided, signers included, goes onto every page and into
        # the audit entry: what `verify` holds the live rows to (issue 14).
        fingerprint = record_fingerprint(database, meeting_id)
        pdf = render_record(replace(record, signed_by=signers, fingerprint=fingerprint.digest,
                                    confirmed_each=confirmations is not None,
                                    fingerprint_version=fingerprint.version), settings, titles,
                            include_addenda=False)
        digest = sha256(pdf)
        repository.sign(meeting_id, pdf, digest, signed_at, database.actor)
        detail.update(sha256=digest, bytes=len(pdf), fingerprint=fingerprint.digest,
                      fingerprint_version=fingerprint.version, records=fingerprint.records)
    return meetings.get(meeting_id)


def choose_signers(record: MeetingRecord, chair_id: int | None, secretary_id: int | None,
                   signed_at: datetime) -> tuple[MinutesSigner, ...]:
    """The members who sign: a chair with decision authority and a secretary, both present; and
    not before the meeting's date (minutes dated before the meeting they record, issue 16)."""
    held_on = record.meeting.held_on
    if signed_at.date() < held_on:
        raise MeetingError(Phrase("errors.signing.before_meeting", held_on=f"{held_on:%d.%m.%Y}",
                                  today=f"{signed_at:%d.%m.%Y}"))
    present = {p.id: p for p in record.participants if p.present}
    chair_id = chair_id if chair_id is not None else (record.chair.id if record.chair else None)
    secretary_id = secretary_id if secretary_id is not None else (record.secretary.id if record.secretary else None)
    missing = [role for role, who in ((ParticipantRole.CHAIR, chair_id), (ParticipantRole.SECRETARY, secretary_id))
               if who is None]
    if missing:
        raise MeetingError(Phrase("errors.signing.missing", roles=Listing(missing)))
    chair, secretary = present.get(chair_id), present.get(secretary_id)
    if chair is None or secretary is None:
        raise MeetingError(Phrase("errors.signing.not_present"))
    if chair_id == secretary_id:
        raise MeetingError(Phrase("errors.signing.same_person"))
    if not chair.has_decision_authority:
        raise MeetingError(Phrase("errors.signing.chair_authority", name=chair.name))
    if is_outside_adviser(secretary):
        # The landlord's adviser attests neither the committee's decisions nor what was said
        raise MeetingError(Phrase("errors.signing.outside_secretary", name=secretary.name))
    signers = [MinutesSigner(saved_id(chair.id), chair.name, ParticipantRole.CHAIR, signed_at),
               MinutesSigner(saved_id(secretary.id), secretary.name, ParticipantRole.SECRETARY, signed_at)]
    if record.meeting.all_members_sign:
        signers += [MinutesSigner(saved_id(p.id), p.name, ParticipantRole.MEMBER, signed_at) for p in present.values()
                    if p.has_decision_authority and p.id not in (chair.id, secretary.id)]
    return tuple(signers)


def initials(name: str) -> str:
    """«Kari Demosen» → «KD»; «Anne-Lise Berg» → «ALB»."""
    return "".join(part[0] for part in name.replace("-", " ").replace(".", " ").split()).upper()


def confirms(name: str, typed: str) -> bool:
    """Whether `typed` is this person's own name or initials: «Kari Demosen», «kari demosen»,
    «KD» or «K.D.» all confirm for Kari Demosen."""
    folded = " ".join(typed.replace(".", " ").split()).casefold()
    if not folded:
        return False
    full = " ".join(name.replace(".", " ").split()).casefold()
    own = initials(name).casefold()
    return folded == full or folded.replace(" ", "") == own


def require_confirmations(signers: tuple[MinutesSigner, ...], confirmations: Mapping[int, str]) -> None:
    """Each signer confirmed for themselves, with their own name or initials; else nothing is signed."""
    missing = [s for s in signers if not confirms(s.name, confirmations.get(s.participant_id, ""))]
    if missing:
        names = Joined((Phrase("errors.signing.signer", name=s.name, role=s.signed_as) for s in missing), ", ")
        raise MeetingError(Phrase("errors.signing.unconfirmed", names=names))


def signed_minutes_pdf(database: Database, meeting_id: int) -> bytes:
    """The minutes exactly as signed."""
    stored = MeetingRepository(database).signed_minutes(meeting_id)
    if stored is None:
        raise MeetingStateError(Phrase("errors.signing.no_signed_minutes"))
    return stored[0]


def verify_signed_minutes(database: Database, meeting_id: int) -> MinutesCheck:
    """The stored PDF against the hash the audit log recorded at signing, and the live record
    against its fingerprint (services/verification.py)."""
    from .verification import signed_record_problems

    meeting = Meetings(database).get(meeting_id)
    stored = MeetingRepository(database).signed_minutes(meeting_id)
    if meeting.status is not MeetingStatus.SIGNED or stored is None:
        return MinutesCheck(False, meeting.minutes_sha256, "", Phrase("errors.signing.unsigned"))
    computed = sha256(stored[0])
    problems = signed_record_problems(database, meeting_id)
    if problems:
        return MinutesCheck(False, meeting.minutes_sha256, computed,
                            Phrase("errors.signing.changed", problems=Joined(problems, "; ")))
    return MinutesCheck(True, meeting.minutes_sha256, computed, Phrase("errors.signing.unchanged"))


def refuse_if_tampered(database: Database, meeting_id: int,
                       read: tuple[Meeting, dict[str, Any] | None] | None = None,
                       rows: MeetingRows | None = None) -> None:
    """A signed meeting whose rows no longer match what was signed is not printed from again
    (minutes re-rendered with addenda, decision letters): the paper would carry altered text.
    `read`: the meeting row and its `sign` audit entry, when the caller has read them, and
    `rows` the meeting's rows the record is built from, so that the fingerprint is computed from
    the rows printed, not read again (Meetings.record(to_print=True))."""
    from .verification import signed_meeting_problems

    meeting, entry = read if read is not None else (Meetings(database).get(meeting_id), None)
    if meeting.status is MeetingStatus.SIGNED:
        if read is None:
            entry = sign_entry(database, meeting_id)
        problems = signed_meeting_problems(database, meeting, entry, rows)
        if problems:
            raise MeetingError(Phrase("errors.signing.tampered", meeting=meeting_id, problems=Joined(problems, "; ")))


def add_addendum(database: Database, meeting_id: int, text: str, author: str, *, dated: date | None = None,
                 decision_id: int | None = None) -> Addendum:
    """A dated correction to signed minutes, stored with its own page and hash."""
    require_writable(database)
    meetings = Meetings(database)
    meeting = meetings.get(meeting_id)
    if meeting.status is not MeetingStatus.SIGNED:
        raise MeetingStateError(Phrase("errors.signing.addendum_unsigned"))
    if not text.strip():
        raise MeetingError(Phrase("errors.signing.addendum_text"))
    if not author.strip():
        raise MeetingError(Phrase("errors.signing.addendum_author"))
    dated = dated or date.today()
    if meeting.signed_at and dated < meeting.signed_at.date():
        raise MeetingError(Phrase("errors.signing.addendum_date", signed=f"{meeting.signed_at:%d.%m.%Y}"))
    record = meetings.record(meeting_id)
    if decision_id is not None and record.case_number_of(decision_id) is None:
        raise MeetingError(Phrase("errors.signing.other_decision", decision=decision_id))
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

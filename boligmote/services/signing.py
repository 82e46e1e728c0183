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
from ..store.meetings import MeetingRepository
from ..store.decisions import AddendumRepository
from .meeting_settings import load_meeting_settings
from .meetings import MeetingError, MeetingStateError, Meetings, require_writable
from .meeting_record import MeetingRecord, is_outside_adviser
from .minutes import render_addendum, render_minutes, render_record, rule_titles


@dataclass(frozen=True)
class MinutesCheck:
    ok: bool
    stored_sha256: str
    computed_sha256: str
    message: str  # bokmål, for the user


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
        raise MeetingStateError(f"Bare et avsluttet møte kan signeres; dette møtet {meeting.status.state}.")
    record = meetings.record(meeting_id)
    signed_at = (signed_at or datetime.now()).replace(microsecond=0)
    signers = choose_signers(record, chair_id, secretary_id, signed_at)
    if confirmations is not None:
        require_confirmations(signers, confirmations)
    unsigned = render_minutes(database, meeting_id, include_addenda=False)
    if previewed is not None and previewed != unsigned:
        raise MeetingError("Møtet er endret etter at protokollen ble vist. Vis protokollen på nytt før den signeres.")
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
        raise MeetingError(f"Protokollen kan ikke signeres før møtedagen: møtet er datert {held_on:%d.%m.%Y}, "
                           f"og i dag er {signed_at:%d.%m.%Y}. Signer den {held_on:%d.%m.%Y} eller senere.")
    present = {p.id: p for p in record.participants if p.present}
    chair_id = chair_id if chair_id is not None else (record.chair.id if record.chair else None)
    secretary_id = secretary_id if secretary_id is not None else (record.secretary.id if record.secretary else None)
    missing = [label for label, who in (("møteleder", chair_id), ("referent", secretary_id)) if who is None]
    if missing:
        raise MeetingError(f"Protokollen kan ikke signeres uten {' og '.join(missing)}. Legg til deltakeren først.")
    chair, secretary = present.get(chair_id), present.get(secretary_id)
    if chair is None or secretary is None:
        raise MeetingError("Den som signerer som møteleder eller referent må være en deltaker som var til stede "
                           "i møtet.")
    if chair_id == secretary_id:
        raise MeetingError("Møteleder og referent må være to forskjellige personer.")
    if not chair.has_decision_authority:
        raise MeetingError(f"{chair.name} har ikke vedtaksmyndighet og kan ikke signere som møteleder.")
    if is_outside_adviser(secretary):
        # The landlord's adviser attests neither the committee's decisions nor what was said
        raise MeetingError(f"{secretary.name} er rådgiver utenfra og kan ikke signere protokollen som referent. "
                           "Velg en referent fra boligkontoret eller et medlem av møtet.")
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
        names = ", ".join(f"{s.name} ({s.signed_as.label})" for s in missing)
        raise MeetingError(f"Hver som signerer, må bekrefte selv med navnet eller initialene sine. Ikke bekreftet: "
                           f"{names}.")


def signed_minutes_pdf(database: Database, meeting_id: int) -> bytes:
    """The minutes exactly as signed."""
    stored = MeetingRepository(database).signed_minutes(meeting_id)
    if stored is None:
        raise MeetingStateError("Møtet er ikke signert; det finnes ingen signert protokoll.")
    return stored[0]


def verify_signed_minutes(database: Database, meeting_id: int) -> MinutesCheck:
    """The stored PDF against the hash the audit log recorded at signing, and the live record
    against its fingerprint (services/verification.py)."""
    from .verification import signed_record_problems

    meeting = Meetings(database).get(meeting_id)
    stored = MeetingRepository(database).signed_minutes(meeting_id)
    if meeting.status is not MeetingStatus.SIGNED or stored is None:
        return MinutesCheck(False, meeting.minutes_sha256, "", "Møtet er ikke signert.")
    computed = sha256(stored[0])
    problems = signed_record_problems(database, meeting_id)
    if problems:
        return MinutesCheck(False, meeting.minutes_sha256, computed,
                            "Protokollen er endret etter signering: " + "; ".join(problems) + ".")
    return MinutesCheck(True, meeting.minutes_sha256, computed, "Den signerte protokollen er uendret.")


def refuse_if_tampered(database: Database, meeting_id: int,
                       read: tuple[Meeting, dict[str, Any] | None] | None = None) -> None:
    """A signed meeting whose rows no longer match what was signed is not printed from again
    (minutes re-rendered with addenda, decision letters): the paper would carry altered text.
    `read`: the meeting row and its `sign` audit entry, when the caller has read them
    (Meetings.record(to_print=True))."""
    from .verification import signed_meeting_problems

    meeting, entry = read if read is not None else (Meetings(database).get(meeting_id), None)
    if meeting.status is MeetingStatus.SIGNED:
        if read is None:
            entry = sign_entry(database, meeting_id)
        problems = signed_meeting_problems(database, meeting, entry)
        if problems:
            raise MeetingError(f"Møte nr. {meeting_id} er endret etter signering ({'; '.join(problems)}). "
                               "Ingenting skrives ut fra det; kjør «boligmote verify» og bruk en sikkerhetskopi.")


def add_addendum(database: Database, meeting_id: int, text: str, author: str, *, dated: date | None = None,
                 decision_id: int | None = None) -> Addendum:
    """A dated correction to signed minutes, stored with its own page and hash."""
    require_writable(database)
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

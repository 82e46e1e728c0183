"""`boligmote verify`: does the file show tampering?

- the audit chain, link by link;
- every signed meeting: its record fingerprint recomputed from the live rows against the
  one in the `sign` audit entry (and which record differs), the stored PDF against the hash
  in that entry, and the meeting still marked signed;
- the schema: every table, index and trigger exactly as the file's migrations create them;
- the chain against the newest backup: the backup's entries must still be there, unchanged;
- an anchor code taken out of the file (`--anchor`), checked later with `--since CODE`.

Inside one file nothing stops its owner rewriting everything consistently; the printed
fingerprint on the signed paper and an anchor written outside the file are what they cannot
reach (README, «Sikkerhet»).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from typing import Any

from ..domain import MeetingStatus, saved_id
from ..domain.meetings import Meeting
from ..store import Database, StoreError
from ..store.audit import (
    AuditLog,
    EDITED,
    GENESIS_HASH,
    ChainCheck,
)
from ..store.backups import list_backups
from ..store.fingerprint import record_fingerprint, sign_entries
from ..store.meeting_rows import MeetingRows
from ..store.meetings import MeetingRepository
from ..store.schema_check import SchemaCheck, check_schema


@dataclass(frozen=True)
class SignedMeetingCheck:
    meeting_id: int
    held_on: str
    problems: tuple[str, ...]  # bokmål; empty: the record and its minutes are as signed
    fingerprint: str = ""

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class BackupCheck:
    backup: str  # file name, "" when there is none
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class Verification:
    chain: ChainCheck
    broken_entry: str  # the first broken entry as a user reads it ("" when the chain is whole)
    meetings: list[SignedMeetingCheck]
    schema: SchemaCheck
    backup: BackupCheck
    anchor: str = ""
    letters: list[str] = field(default_factory=list)  # problems with issued letters (bokmål)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return (self.chain.ok and all(m.ok for m in self.meetings) and self.schema.ok and self.backup.ok
                and not self.letters)

    def lines(self, file_name: str) -> list[str]:
        if self.chain.ok:
            lines = [f"Revisjonsloggen i {file_name}: {self.chain.rows} oppføringer, kjeden er hel."]
        else:
            what = ("innholdet er endret etter at den ble skrevet" if self.chain.reason == EDITED
                    else "den henger ikke sammen med oppføringen før: en tidligere oppføring er endret eller slettet")
            lines = [f"BRUDD i revisjonsloggen i {file_name} ved oppføring {self.chain.first_broken_id} "
                     f"({self.broken_entry}): {what}."]
        if self.schema.ok:
            lines.append(f"Skjemaet er slik versjon {self.schema.version} lager det (tabeller, indekser, triggere).")
        else:
            lines.append(f"BRUDD i skjemaet (versjon {self.schema.version}): " + "; ".join(self.schema.differences) + ".")
        if not self.backup.backup:
            lines.append("Ingen sikkerhetskopi å sammenligne revisjonsloggen med.")
        elif self.backup.ok:
            lines.append(f"Revisjonsloggen har alt den nyeste sikkerhetskopien ({self.backup.backup}) hadde, uendret.")
        else:
            lines.append(f"BRUDD mot sikkerhetskopien {self.backup.backup}: " + "; ".join(self.backup.problems) + ".")
        for check in self.meetings:
            if check.ok:
                lines.append(f"Signert møte {check.meeting_id} ({check.held_on}): uendret siden signering "
                             f"(kontrollsum {check.fingerprint[:16]}).")
            else:
                lines.append(f"BRUDD i signert møte {check.meeting_id} ({check.held_on}): " + "; ".join(check.problems)
                             + ".")
        if self.letters:
            lines.append("BRUDD i sendte vedtaksbrev: " + "; ".join(self.letters) + ".")
        lines += self.notes
        if not self.ok:
            lines.append("Filen er endret utenom Boligmøte. Ta vare på filen som den er, og sammenlign med en "
                         "sikkerhetskopi (boligmote restore --list) og med den signerte papirprotokollen.")
        return lines


def verify_file(database: Database) -> Verification:
    chain = AuditLog(database).verify()
    broken = "" if chain.ok or chain.first_broken_id is None else AuditLog(database).describe(chain.first_broken_id)
    from .issued_letters import letter_problems
    from .renewal_letters import renewal_letter_problems

    return Verification(chain, broken, check_signed_meetings(database), check_schema(database),
                        check_against_backup(database), anchor_code(database),
                        letter_problems(database) + renewal_letter_problems(database))


# ---- signed meetings ---------------------------------------------------------------------------

def check_signed_meetings(database: Database, only: int | None = None) -> list[SignedMeetingCheck]:
    """Every signed meeting (or only meeting `only`) against what the audit log recorded at signing."""
    entries = sign_entries(database)
    rows = MeetingRepository(database).statuses()
    checks = []
    signed = set(entries) | {m for m, (status, *_) in rows.items() if status == MeetingStatus.SIGNED.value}
    for meeting_id in sorted(signed if only is None else signed & {only}):
        checks.append(_check_signed(database, meeting_id, rows.get(meeting_id), entries.get(meeting_id)))
    return checks


def signed_record_problems(database: Database, meeting_id: int) -> tuple[str, ...]:
    """Why a signed meeting's record cannot be trusted (empty: it is as signed)."""
    return next((c.problems for c in check_signed_meetings(database, only=meeting_id)), ())


def signed_meeting_problems(database: Database, meeting: Meeting, entry: dict[str, Any] | None,
                            rows: MeetingRows | None = None) -> tuple[str, ...]:
    """signed_record_problems for a meeting whose row and `sign` audit entry (store/fingerprint.py
    sign_entry) the caller has read already, and perhaps its record's rows (store/meeting_rows.py):
    printing from a record checks it without reading them again (issue 19 item 2)."""
    state = (meeting.status.value, meeting.held_on.isoformat(), meeting.minutes_sha256)
    return _check_signed(database, saved_id(meeting.id), state, entry, rows).problems


def _check_signed(database: Database, meeting_id: int, state: tuple[str, str, str] | None,
                  entry: dict[str, Any] | None, rows: MeetingRows | None = None) -> SignedMeetingCheck:
    """One meeting against its `sign` entry; `state` is its (status, held_on, minutes_sha256) as
    stored, None when the row is gone."""
    status, held_on, sha_column = state or (None, "", "")
    day = ".".join(reversed(held_on.split("-"))) if held_on else "?"
    problems = []
    if status is None:
        problems.append("møtet er slettet etter signering")
    elif status != MeetingStatus.SIGNED.value:
        problems.append(f"møtet er satt tilbake fra signert til «{status}»")
    if entry is None:
        problems.append("revisjonsloggen har ingen oppføring for signeringen")
        return SignedMeetingCheck(meeting_id, day, tuple(problems))
    stored = MeetingRepository(database).signed_minutes(meeting_id)
    if stored is None:
        problems.append("den signerte protokollen (PDF) er fjernet")
    else:
        pdf, sha_table = stored
        actual = hashlib.sha256(pdf).hexdigest()
        if actual != entry.get("sha256"):
            problems.append("den lagrede protokollen (PDF) er ikke den som ble signert: kontrollsummen i "
                            "revisjonsloggen er en annen")
        elif sha_table != actual or (status is not None and sha_column != actual):
            problems.append("kontrollsummen for protokollen er endret i databasen")
    fingerprint = entry.get("fingerprint")
    if fingerprint:
        version = entry.get("fingerprint_version", 1)
        live = rows.fingerprint(version) if rows is not None else record_fingerprint(database, meeting_id, version)
        if live.digest != fingerprint:
            differences = live.differences(entry.get("records", {})) or ["innholdet er endret"]
            problems.append("vedtaksprotokollen stemmer ikke med kontrollsummen fra signeringen: "
                            + ", ".join(differences))
    return SignedMeetingCheck(meeting_id, day, tuple(problems), fingerprint or "")


# ---- the chain against the newest backup ----------------------------------------------------------

def check_against_backup(database: Database) -> BackupCheck:
    backups = list_backups(database.path)
    if not backups:
        return BackupCheck("")
    newest = backups[0]
    try:
        copy = Database.open(newest.path, readonly=True, passphrase=database.passphrase)
    except StoreError as error:
        return BackupCheck(newest.path.name, (f"sikkerhetskopien kan ikke åpnes: {error}",))
    try:
        theirs = AuditLog(copy).hashes()
    finally:
        copy.close()
    ours = AuditLog(database).hashes(len(theirs))
    problems = []
    if len(ours) < len(theirs):
        problems.append(f"revisjonsloggen har {len(ours)} oppføringer, færre enn de {len(theirs)} i kopien")
    for (their_id, their_hash), (our_id, our_hash) in zip(theirs, ours):
        if (their_id, their_hash) != (our_id, our_hash):
            problems.append(f"oppføring {their_id} er ikke lenger den samme som i kopien")
            break
    return BackupCheck(newest.path.name, tuple(problems))


# ---- anchors: a short code written outside the file ---------------------------------------------------

_ANCHOR = re.compile(r"^BM1-(\d+)-([0-9a-f]{20})$")


def anchor_code(database: Database) -> str:
    """«BM1-<entries>-<first 20 hex of the chain's head>»: write it into the archive or the
    minutes; `verify --since CODE` later proves nothing recorded up to it has changed."""
    count, head = AuditLog(database).head()
    return f"BM1-{count}-{head[:20]}"


@dataclass(frozen=True)
class AnchorCheck:
    ok: bool
    message: str  # bokmål


def check_anchor(database: Database, code: str) -> AnchorCheck:
    match = _ANCHOR.match(code.strip().lower().replace("bm1", "BM1", 1))
    if match is None:
        return AnchorCheck(False, f"«{code}» er ikke en ankerkode fra Boligmøte (BM1-antall-kode).")
    count, head = int(match.group(1)), match.group(2)
    chain = AuditLog(database).verify()
    if not chain.ok and chain.first_broken_id is not None and chain.rows <= count:
        return AnchorCheck(False, f"Revisjonsloggen er brutt ved oppføring {chain.first_broken_id}, før ankeret.")
    rows = AuditLog(database).hashes(count)
    if len(rows) < count:
        return AnchorCheck(False, f"Ankeret gjelder {count} oppføringer, men revisjonsloggen har bare {len(rows)}: "
                                  "oppføringer er slettet.")
    at_anchor = rows[-1][1] if rows else GENESIS_HASH
    if not at_anchor.startswith(head):
        return AnchorCheck(False, f"Oppføring {count} er ikke den samme som da ankeret ble tatt: noe som var "
                                  "registrert før ankeret, er endret.")
    return AnchorCheck(True, f"Alt som var registrert da ankeret {code.strip()} ble tatt ({count} oppføringer), "
                             "er uendret.")

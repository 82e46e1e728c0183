"""`boligmote verify`: does the file show tampering? The audit chain, and every signed
meeting's minutes against the SHA-256 stored when they were signed."""
from __future__ import annotations

from dataclasses import dataclass

from ..domain import MeetingStatus
from ..store import Database
from ..store.audit import EDITED, ChainCheck, describe, verify
from .meetings import Meetings
from .signing import MinutesCheck, verify_signed_minutes


@dataclass(frozen=True)
class Verification:
    chain: ChainCheck
    broken_entry: str  # the first broken entry as a user reads it ("" when the chain is whole)
    minutes: list[tuple[int, str, MinutesCheck]]  # (meeting id, date, check) per signed meeting

    @property
    def ok(self) -> bool:
        return self.chain.ok and all(check.ok for _, _, check in self.minutes)

    def lines(self, file_name: str) -> list[str]:
        if self.chain.ok:
            lines = [f"Revisjonsloggen i {file_name}: {self.chain.rows} oppføringer, kjeden er hel."]
        else:
            what = ("innholdet er endret etter at den ble skrevet" if self.chain.reason == EDITED
                    else "den henger ikke sammen med oppføringen før: en tidligere oppføring er endret eller slettet")
            lines = [f"BRUDD i revisjonsloggen i {file_name} ved oppføring {self.chain.first_broken_id} "
                     f"({self.broken_entry}): {what}."]
        for meeting_id, held_on, check in self.minutes:
            lines.append(f"Signert protokoll, møte {meeting_id} ({held_on}): {check.message}")
        if not self.ok:
            lines.append("Filen er endret utenom Boligmøte. Ta vare på filen som den er, og sammenlign med en "
                         "sikkerhetskopi (boligmote restore --list).")
        return lines


def verify_file(database: Database) -> Verification:
    chain = verify(database.conn)
    broken = "" if chain.ok else describe(database.conn, chain.first_broken_id)
    signed = [s.meeting for s in Meetings(database).all() if s.meeting.status is MeetingStatus.SIGNED]
    minutes = [(m.id, f"{m.held_on:%d.%m.%Y}", verify_signed_minutes(database, m.id)) for m in signed]
    return Verification(chain, broken, minutes)

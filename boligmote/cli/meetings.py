"""`meetings`, `minutes`, `letter`: the meeting record and its PDFs."""
from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from .common import open_for_reading, open_with_passphrase, write_private

if TYPE_CHECKING:
    from ..store import Database


def meetings_command(args: argparse.Namespace) -> int:
    from ..services.meetings import Meetings

    with open_for_reading(Path(args.db)) as database:
        summaries = Meetings(database).all()
    if not summaries:
        print("Ingen møter.")
        return 0
    print(f"{'nr':>4}  {'dato':10}  {'status':10}  {'saker':>5}  {'vedtak':>6}  sted")
    for s in summaries:
        m = s.meeting
        print(f"{m.id:>4}  {m.held_on.strftime('%d.%m.%Y')}  {m.status.label:10}  {s.cases:>5}  {s.decisions:>6}  {m.place}")
    return 0


def _pdf_command(args: argparse.Namespace, produce: Callable[[Database], tuple[bytes, str, bool]],
                 opener: Callable[[Path], Database] | None = None) -> int:
    """Write the PDF that `produce(database)` makes — (bytes, what it is, ok) — to --out, 0600."""
    from ..services.meetings import MeetingError

    out = Path(args.out)
    if out.is_dir():
        print(f"Feil: {out} er en mappe; oppgi et filnavn, f.eks. {out / 'dokument.pdf'}.", file=sys.stderr)
        return 1
    if not out.parent.is_dir():
        print(f"Feil: mappen {out.parent} finnes ikke.", file=sys.stderr)
        return 1
    with (opener or open_for_reading)(Path(args.db)) as database:
        try:
            pdf, what, ok = produce(database)
        except MeetingError as error:
            print(f"Feil: {error}", file=sys.stderr)
            return 1
    try:
        write_private(out, pdf)
    except OSError as error:
        print(f"Feil: kan ikke skrive {out}: {error.strerror or error}.", file=sys.stderr)
        return 1
    print(f"Skrev {out} ({what}).")
    return 0 if ok else 1


def minutes_command(args: argparse.Namespace) -> int:
    from ..domain import MeetingStatus, saved_id
    from ..services.meetings import Meetings
    from ..services.minutes import render_minutes
    from ..services.signing import signed_minutes_pdf, verify_signed_minutes

    def produce(database: Database) -> tuple[bytes, str, bool]:
        meeting = Meetings(database).get(args.meeting)
        meeting_id = saved_id(meeting.id)
        if args.hide_names:
            # Never the signed file itself: a copy with case numbers only, marked as such.
            signed = meeting.status is MeetingStatus.SIGNED
            return (render_minutes(database, meeting_id, names=False),
                    "skjermet kopi med saksnumre i stedet for navn"
                    + ("; ikke den signerte protokollen" if signed else f", møtet {meeting.status.state}"), True)
        if meeting.status is MeetingStatus.SIGNED and not args.with_addenda:
            check = verify_signed_minutes(database, meeting_id)
            return (signed_minutes_pdf(database, meeting_id),
                    f"signert protokoll; {check.message} (SHA-256 {check.computed_sha256[:16]}…)", check.ok)
        return (render_minutes(database, meeting_id),
                f"protokoll, møtet {meeting.status.state}", True)

    return _pdf_command(args, produce)


def letter_command(args: argparse.Namespace) -> int:
    from ..services.issued_letters import issue_letter

    from ..services.renewal_letters import issue_renewal_letter

    def produce(database: Database) -> tuple[bytes, str, bool]:
        if args.renewal is not None:
            pdf, issued = issue_renewal_letter(database, args.renewal)
        else:
            pdf, issued = issue_letter(database, args.decision)
        if issued:
            return pdf, "vedtaksbrev, lagret som sendt; en ny utskrift gir det samme brevet", True
        if database.readonly:
            return pdf, "vedtaksbrev; filen er i bruk, så brevet er ikke registrert som sendt", True
        return pdf, "utkast til vedtaksbrev: møtet er ikke signert", True

    def open_to_issue(path: Path) -> Database:
        """Issuing writes the letter into the file; while the window holds it, read only."""
        from ..store import Database, DatabaseLocked

        try:
            return open_with_passphrase(lambda pw: Database.open(path, passphrase=pw), path)
        except DatabaseLocked:
            return open_for_reading(path)

    return _pdf_command(args, produce, open_to_issue)

"""`archive`: a signed meeting as Fiks Arkiv messages for the municipality's archive."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import open_for_reading, open_with_passphrase


def archive_command(args: argparse.Namespace) -> int:
    from ..services.archive import export_meeting
    from ..services.meetings import MeetingError
    from ..store import Database, DatabaseLocked, RecordNotFound

    out = Path(args.out)
    if not out.is_dir():
        print(f"Feil: mappen {out} finnes ikke. Oppgi en mappe som finnes; eksporten legges i en ny mappe i den.",
              file=sys.stderr)
        return 1
    path = Path(args.db)
    try:
        # Letters not yet issued are issued by the export, which writes; while the window holds
        # the file, read only, and the export says what it cannot do.
        database = open_with_passphrase(lambda pw: Database.open(path, passphrase=pw), path)
    except DatabaseLocked:
        database = open_for_reading(path)
    with database:
        try:
            result = export_meeting(database, args.meeting, out)
        except (MeetingError, RecordNotFound) as error:
            print(f"Feil: {error}", file=sys.stderr)
            return 1
    print(result.summary())
    for message in result.messages:
        files = ", ".join(f.name for f in message.files)
        print(f"  {message.folder}/  {message.title}: {files}")
    print("Sjekk filene med: sha256sum -c sjekksummer.sha256 (i eksportmappen).")
    return 0

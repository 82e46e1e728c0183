"""`follow-ups`: the follow-up points overdue and due soon (issue 17 item 2), as text or JSON."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from .common import open_for_reading


def follow_ups_command(args: argparse.Namespace) -> int:
    import json

    from ..services.follow_up import follow_ups_due

    today = args.today or date.today()
    database = open_for_reading(Path(args.db))
    try:
        listing = follow_ups_due(database, today, args.days)
    finally:
        database.close()
    if args.format == "json":
        print(json.dumps([{
            "id": i.point.id, "due_on": i.point.due_on.isoformat(), "overdue": i.point.overdue(today),
            "case_no": i.point.case_no, "unit_id": i.unit_id, "address": i.address, "stairwell": i.stairwell_label,
            "district": i.district, "household": i.household, "promised": i.point.promised,
            "decided_on": i.meeting_held_on.isoformat() if i.meeting_held_on else None,
        } for i in listing.items], ensure_ascii=False, indent=2))
        return 0
    if not listing.items:
        print(f"Ingen oppfølgingspunkter forfaller innen {listing.until:%d.%m.%Y}.")
        return 0
    overdue = f"; {listing.overdue} har passert fristen" if listing.overdue else ""
    print(f"{len(listing.items)} oppfølgingspunkter forfaller innen {listing.until:%d.%m.%Y} "
          f"(per {today:%d.%m.%Y}){overdue}:")
    for i in listing.items:
        due = ("FORFALT " if i.point.overdue(today) else "") + f"{i.point.due_on:%d.%m.%Y}"
        case = f"sak {i.point.case_no}, " if i.point.case_no else ""
        print(f"  {due}  {case}{i.unit_id}  {i.address}, oppgang {i.stairwell_label} ({i.district})")
        print(f"      {i.household}")
        for line in i.point.promised.splitlines():
            print(f"      {line}")
    return 0

"""`renewals`: the leases that run out soon (issue 17 item 1), as text or JSON."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from .common import open_for_reading


def renewals_command(args: argparse.Namespace) -> int:
    import json

    from ..services.renewals import renewals_due
    from ..text import household_words, waiting_time

    today = args.today or date.today()
    if args.agenda is not None:
        return _put_on_agenda(args)
    database = open_for_reading(Path(args.db))
    try:
        renewals = renewals_due(database, today, args.months)
        items = renewals.items
    finally:
        database.close()
    if args.format == "json":
        print(json.dumps([{
            "unit_id": i.due.tenancy.unit_id, "address": i.due.address, "stairwell": i.due.stairwell_label,
            "district": i.due.district, "lease_ends": i.due.lease_ends.isoformat(), "overdue": i.due.overdue(today),
            "lived_years_months": list(i.due.lived_there(today)),
            "household": household_words(i.due.tenancy), "follow_up": sorted(s.value for s in i.due.tenancy.follow_up),
            "incidents_12_months": {"stairwell": i.due.incidents_stairwell, "building": i.due.incidents_building},
            "suggested_years": i.suggestion.years, "suggestion": i.suggestion.reason,
        } for i in items], ensure_ascii=False, indent=2))
        return 0
    if not items:
        print(f"Ingen leieavtaler utløper innen {renewals.until:%d.%m.%Y}.")
        return 0
    print(f"{len(items)} leieavtaler utløper innen {renewals.until:%d.%m.%Y} (per {today:%d.%m.%Y}):")
    for i in items:
        start = i.due.tenancy.contract_start
        lived = waiting_time((today - start).days) if start else "ukjent tid"
        ends = ("UTLØPT " if i.due.overdue(today) else "") + f"{i.due.lease_ends:%d.%m.%Y}"
        services = ", ".join(sorted(s.label for s in i.due.tenancy.follow_up)) or "ingen oppfølging registrert"
        print(f"  {ends}  {i.due.tenancy.unit_id}  {i.due.address}, oppgang {i.due.stairwell_label} "
              f"({i.due.district})")
        print(f"      {household_words(i.due.tenancy)}; bodd der {lived}; {services}; "
              f"hendelser siste 12 mnd: {i.due.incidents_stairwell} i oppgangen, {i.due.incidents_building} i bygningen")
        print(f"      Forslag: {i.suggestion.reason}")
    return 0


def _put_on_agenda(args: argparse.Namespace) -> int:
    """`renewals --agenda MØTE --unit BOLIG --case-no SAKSNR --tenant NAVN`: one renewal on a meeting's agenda."""
    import sys

    from ..services.meetings import MeetingError
    from ..services.renewal_agenda import put_on_agenda
    from ..store import Database
    from .common import open_with_passphrase

    missing = [flag for flag, value in (("--unit", args.unit), ("--case-no", args.case_no), ("--tenant", args.tenant))
               if not (value or "").strip()]
    if missing:
        print(f"Feil: med --agenda må du også oppgi {', '.join(missing)}.", file=sys.stderr)
        return 2
    path = Path(args.db)
    database = open_with_passphrase(lambda pw: Database.open(path, passphrase=pw), path)
    try:
        item = put_on_agenda(database, args.agenda, args.unit, args.case_no, args.tenant,
                             prepared_by=args.prepared_by)
    except MeetingError as error:
        print(f"Feil: {error}", file=sys.stderr)
        return 1
    finally:
        database.close()
    print(f"Fornyelsessak {item.case_no} (bolig {args.unit.strip()}, leieavtalen utløper {item.lease_ends:%d.%m.%Y}) "
          f"står på sakslisten til møte nr. {item.meeting_id} som sak nr. {item.position} blant fornyelsene.")
    return 0

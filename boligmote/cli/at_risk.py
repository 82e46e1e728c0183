"""`at-risk`: tenancies at risk from the landlord's ledger (issue 17 item 4), as text or JSON.

Each with the arrears in months of rent and their trend (the balance before the latest), and
what the meeting last decided («beslutning»: an internal decision, not an enkeltvedtak).
`--today` shows the list as it stood that day: the ledger after it is not read."""
from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from .common import open_for_reading


def at_risk_command(args: argparse.Namespace) -> int:
    import json

    from ..domain.at_risk import kroner
    from ..services.at_risk import tenancies_at_risk

    today = args.today or date.today()
    database = open_for_reading(Path(args.db))
    try:
        listing = tenancies_at_risk(database, today)
    finally:
        database.close()
    if args.format == "json":
        print(json.dumps([{
            "tenancy_id": i.tenancy_id, "unit_id": i.unit_id, "address": i.address, "stairwell": i.stairwell_label,
            "district": i.district, "household": i.household, "rent": i.rent,
            "arrears": i.arrears, "arrears_on": i.arrears_on.isoformat() if i.arrears_on else None,
            "arrears_months": None if i.arrears_months is None else round(i.arrears_months, 1),
            "previous_arrears": i.previous_arrears, "trend": i.trend or None,
            "warning": i.warning.value if i.warning else None,
            "warning_on": i.warning_on.isoformat() if i.warning_on else None,
            "decided_since_ledger": i.decided_since_ledger,
            "last_decision": None if i.last_decision is None else {
                "decided_on": i.last_decision.decided_on.isoformat(), "decided_by": i.last_decision.decided_by,
                "measures": sorted(m.value for m in i.last_decision.measures), "note": i.last_decision.note,
                "meeting_id": i.last_decision.meeting_id, "owner": i.last_decision.owner or None,
                "due_on": i.last_decision.due_on.isoformat() if i.last_decision.due_on else None},
            "cooperation_plan": None if i.plan is None else {
                "id": i.plan.id, "agreed_on": i.plan.agreed_on.isoformat(), "review_on": i.plan.review_on.isoformat(),
                "parties": list(i.plan.parties)},
        } for i in listing.items], ensure_ascii=False, indent=2))
        return 0
    rule = (f"restanse fra {kroner(listing.arrears_from)} eller varsel siden {listing.warnings_since:%d.%m.%Y}")
    if not listing.items:
        print(f"Ingen leieforhold i risiko per {today:%d.%m.%Y} ({rule}).")
        return 0
    undecided = (f"; {listing.undecided} uten beslutning etter siste melding fra utleier" if listing.undecided
                 else "")
    print(f"{len(listing.items)} leieforhold i risiko per {today:%d.%m.%Y} ({rule}){undecided}:")
    for i in listing.items:
        print(f"  {i.unit_id}  {i.address}, oppgang {i.stairwell_label} ({i.district})")
        print(f"      {i.household}; {i.reasons()}")
        if i.arrears:
            months = "" if i.arrears_months is None else f"{i.arrears_months:.1f}".replace(".", ",") + " måneders leie"
            trend = {"stiger": f"stiger (fra {kroner(i.previous_arrears or 0)})",
                     "synker": f"synker (fra {kroner(i.previous_arrears or 0)})",
                     "uendret": "uendret"}.get(i.trend, "én saldo")
            print(f"      Restanse: {months}; {trend}")
        if i.plan is not None:
            print(f"      Samarbeidsplan: {i.plan.summary(today)}")
        if i.last_decision is not None:
            d = i.last_decision
            print(f"      Beslutning (internt) {d.decided_on:%d.%m.%Y} av {d.decided_by}: {d.measures_text}"
                  + (f"; ansvarlig {d.owner}, frist {d.due_on:%d.%m.%Y}" if d.owner and d.due_on else ""))
        else:
            print("      Ingen tiltak besluttet.")
    return 0

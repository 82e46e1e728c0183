"""`evidence`: how placements turned out with and without each flag (issue 17 item 6), as text,
JSON or the yearly PDF report."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import open_for_reading, write_private

if TYPE_CHECKING:
    from ..domain.evidence import RuleEvidence, Share
    from ..services.evidence import EvidenceReport


def _share(share: Share) -> dict[str, Any]:
    from ..services.evidence_pdf import SMALL_CELL

    if share.disclosive(SMALL_CELL):  # as the PDF: the count could point at a household
        return {"poor": None, "total": share.total, "share": None, "ci95": None,
                "fewer_than_minimum": share.few, "suppressed": True}
    interval = share.interval
    return {"poor": share.poor, "total": share.total,
            "share": None if share.proportion is None else round(share.proportion, 4),
            "ci95": None if interval is None else [round(interval[0], 4), round(interval[1], 4)],
            "fewer_than_minimum": share.few, "suppressed": False}


def _rule(report: EvidenceReport, item: RuleEvidence) -> dict[str, Any]:
    """A rule's comparison, or none: one group too small or too uniform hides both, since with and
    without make the whole (RuleEvidence.disclosive, the PDF's «Små tall»)."""
    from ..services.evidence_pdf import SMALL_CELL

    if item.disclosive(SMALL_CELL):
        return {"rule": item.rule, "title": report.title(item), "suppressed": True,
                "counted": item.flagged.total + item.not_flagged.total, "flagged": None, "not_flagged": None}
    return {"rule": item.rule, "title": report.title(item), "suppressed": False,
            "counted": item.flagged.total + item.not_flagged.total,
            "flagged": _share(item.flagged), "not_flagged": _share(item.not_flagged)}


def evidence_command(args: argparse.Namespace) -> int:
    import json

    from ..domain.evidence import FIRST_YEAR_MONTHS, MIN_PLACEMENTS, share_words
    from ..services.evidence import DEMO_NOTE, evidence_report
    from ..services.evidence_pdf import SMALL_CELL, SUPPRESSED

    as_of = args.today or date.today()
    if args.year is not None:
        as_of = min(date(args.year, 12, 31), as_of)
    database = open_for_reading(Path(args.db))
    try:
        report = evidence_report(database, as_of)
    finally:
        database.close()
    found = report.evidence
    if args.pdf:
        from ..services.evidence_pdf import render_evidence_report

        write_private(Path(args.pdf), render_evidence_report(report))
        print(f"Rapporten er lagret i {args.pdf}.", file=sys.stderr)
    if args.format == "json":
        print(json.dumps({
            "as_of": found.as_of.isoformat(), "first_year_months": FIRST_YEAR_MONTHS,
            "min_placements": MIN_PLACEMENTS, "placements": found.placements, "too_recent": found.too_recent,
            "not_recorded": found.not_recorded, "counted": found.counted, "overall": _share(found.overall),
            "rules": [_rule(report, item) for item in found.rules],
        }, ensure_ascii=False, indent=2))
        return 0
    print(f"Erfaringer med varslene per {found.as_of:%d.%m.%Y}: tildelinger vedtatt minst {FIRST_YEAR_MONTHS} "
          f"måneder før, med utfall registrert i oppfølgingen.")
    print(f"{found.placements} tildelinger i alt; {found.too_recent} er yngre enn {FIRST_YEAR_MONTHS} måneder, "
          f"{found.not_recorded} har ikke registrert utfall; {found.counted} telles med.")
    overall = (f"færre enn {SMALL_CELL} med dårlig eller godt utfall, tallet vises ikke"
               if found.overall.disclosive(SMALL_CELL) else share_words(found.overall))
    print(f"Alle talte: {overall}.")
    if report.demo:
        print(DEMO_NOTE)
    if not found.counted:
        print("Ingen tildelinger har registrert utfall ennå, så det er ingen tall å vise.")
        return 0
    for item in found.rules:
        print()
        print(report.title(item))
        if item.disclosive(SMALL_CELL):  # the same groups the PDF hides, for the same reason
            print(f"  {SUPPRESSED}: en av gruppene er for liten eller for ensartet "
                  f"({item.flagged.total + item.not_flagged.total} telt i alt).")
            continue
        print(f"  med varselet:  {share_words(item.flagged)}")
        print(f"  uten varselet: {share_words(item.not_flagged)}")
    print()
    print("Tallene viser samvariasjon, ikke årsak, og bare blant tildelinger møtet gjennomførte.")
    return 0

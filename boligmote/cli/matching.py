"""`flags` and `candidates`: the rule engine on one pair, or ranked for a unit."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .common import open_for_reading

if TYPE_CHECKING:
    from ..domain import Flag
    from ..services.matching import Matching


def _matching(args: argparse.Namespace) -> Matching:
    from ..services.matching import Matching
    from ..services.workspace import Workspace

    database = open_for_reading(Path(args.db))
    try:
        return Matching.for_workspace(Workspace.load(database, args.today))
    except BaseException:
        database.close()
        raise


def _flag_json(flag: Flag) -> dict[str, Any]:
    return {"rule": flag.rule, "severity": flag.severity.value, "message": flag.message,
            "scope": flag.scope.value, "source": flag.source, "softens": list(flag.softens)}


def flags_command(args: argparse.Namespace) -> int:
    import json

    from ..rules.sources import readable

    matching = _matching(args)
    try:
        flags = matching.flags(args.applicant, args.unit)
        unmet = matching.unmet_requirements(args.applicant, args.unit)
    finally:
        matching.workspace.database.close()
    if args.format == "json":
        print(json.dumps([_flag_json(f) for f in flags], ensure_ascii=False, indent=2))
        return 0
    target = matching.target(args.unit)
    print(f"Søker {args.applicant} → bolig {args.unit} ({target.building.address}, oppgang "
          f"{target.stairwell.label}, {target.building.district})")
    for problem in unmet:
        print(f"  KRAV IKKE OPPFYLT  {problem}")
    if not flags:
        print("  Ingen risikovarsler.")
    for flag in flags:
        print(f"  {flag.severity.label.upper():9} {flag.rule} ({flag.scope.label}): {flag.message} [kilde: {readable(flag.source)}]")
    return 0


def candidates_command(args: argparse.Namespace) -> int:
    import json

    matching = _matching(args)
    try:
        ranked = matching.candidates_for_unit(args.unit, include_unsuitable=args.all)[: args.limit]
        flags = {pair.applicant.case_no: matching.flags(pair.applicant.case_no, args.unit) for pair in ranked}
    finally:
        matching.workspace.database.close()
    if args.format == "json":
        print(json.dumps([{"rank": n, "case_no": p.applicant.case_no, "suitable": p.suitable,
                           "factors": list(p.factors), "flags": [_flag_json(f) for f in flags[p.applicant.case_no]]}
                          for n, p in enumerate(ranked, start=1)], ensure_ascii=False, indent=2))
        return 0
    print(f"Kandidater for bolig {args.unit} ({len(ranked)} vist):")
    for number, pair in enumerate(ranked, start=1):
        print(f"{number:3}. {pair.applicant.case_no}  " + " · ".join(pair.factors))
        for flag in flags[pair.applicant.case_no]:
            print(f"       {flag.severity.label.upper():9} {flag.rule}: {flag.message}")
    return 0

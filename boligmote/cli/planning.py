"""`plan`: one plan for every vacant unit, with the comparison and the reasons, as advice."""
from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .common import open_for_reading

if TYPE_CHECKING:
    from ..planning.plan import Plan
    from ..services.planning import Comparison


def plan_command(args: argparse.Namespace) -> int:
    import json
    import sys

    from ..planning import Pair, PlanInputError, PlanSettings
    from ..services.matching import Matching
    from ..services.planning import compare_with_strict_order, make_plan
    from ..services.workspace import Workspace

    try:
        locks = [Pair.parse(text) for text in args.lock or []]
        forbidden = [Pair.parse(text) for text in args.forbid or []]
    except PlanInputError as error:
        print(f"Feil: {error}", file=sys.stderr)
        return 2
    settings = PlanSettings(time_limit_seconds=args.time_limit, queue_vs_flags=args.slider,
                            allow_critical=args.allow_critical)
    database = open_for_reading(Path(args.db))
    try:
        matching = Matching.for_workspace(Workspace.load(database, args.today))

        def progress(stage: str, number: int, count: int, seconds: float) -> None:
            if args.format == "text" and sys.stderr.isatty():
                print(f"\r{number}/{count} {stage} ({seconds:.1f} s) ", end="", file=sys.stderr, flush=True)

        try:
            plan = make_plan(matching, settings, locks, forbidden, progress)
        except PlanInputError as error:
            print(f"Feil: {error}", file=sys.stderr)
            return 1
        comparison = compare_with_strict_order(matching, plan)
    finally:
        database.close()
    if args.format == "text" and sys.stderr.isatty():
        print(file=sys.stderr)
    if args.format == "json":
        data = plan.as_json()
        data["strict_order"] = comparison.strict.as_row()
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0 if plan.status != "infeasible" else 1
    _print_text(plan, comparison)
    return 0 if plan.status != "infeasible" else 1


def _print_text(plan: Plan, comparison: Comparison) -> None:
    from ..planning.settings import QUEUE_VS_FLAGS_STEPS
    from ..services.planning import INTERACTIONS_NOTE

    print("Fordelingsplan – et råd til møtet, ikke et vedtak. Hver sak avgjøres for seg, med sin egen avveining.")
    print(f"Status: {plan.status_text}. Laget med {plan.settings_version}; "
          f"vekting «{QUEUE_VS_FLAGS_STEPS[plan.settings.queue_vs_flags]}»; {plan.graph_note}; "
          f"{plan.seconds:.1f} s.")
    if plan.locks:
        print("Låst: " + ", ".join(f"{p.case_no} i {p.unit_id}" for p in plan.locks))
    if plan.forbidden:
        print("Utelukket: " + ", ".join(f"{p.case_no} i {p.unit_id}" for p in plan.forbidden))
    print()
    print(f"{'':48} {'streng køorden':>18} {'planen':>8}")
    for what, strict, planned in comparison.rows():
        print(f"{what:48} {strict:>18} {planned:>8}")
    print(INTERACTIONS_NOTE)
    print()
    for p in plan.placements:
        flags = "; ".join(p.flag_words) or "ingen varsler"
        print(f"{p.unit_id}  {p.address}, oppgang {p.stairwell}  →  {p.case_no}  [{flags}]")
        for line in p.why:
            print(f"    {line}")
    if plan.vacant_left:
        print()
        print("Uten plassering i planen: " + ", ".join(plan.vacant_left))
    if plan.unhoused:
        print()
        print(f"Høyt rangerte søkere uten bolig i planen ({len(plan.unhoused)}):")
        for u in plan.unhoused:
            print(f"{u.case_no}  (nr. {u.queue_place} i køen)")
            for line in u.reasons:
                print(f"    {line}")

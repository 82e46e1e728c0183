"""Rule engine speed at Oslo and national scale, each beside its floor.

Floor: one SQL GROUP BY over the residents per stairwell on the same file, the least
any evaluation must do to know the composition. Run: .venv/bin/python bench/rules.py
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import demo_file, median_seconds, print_table

from boligmote.rules import FlagMatrix, RuleSettings, evaluate_pair
from boligmote.services.workspace import Workspace
from boligmote.store import Database

BUDGET = {"oslo": 0.2, "norge": 2.0}
FLOOR_SQL = ("SELECT u.stairwell_id, t.household_type, count(*) FROM tenancies t "
             "JOIN units u ON u.id = t.unit_id WHERE t.ended_on IS NULL GROUP BY 1, 2")


def main() -> None:
    rows = []
    for size in ("oslo", "norge"):
        with Database.open(demo_file(size)) as database:
            today = date.today()
            floor = median_seconds(lambda: database.query(FLOOR_SQL))
            load = median_seconds(lambda: Workspace.load(database, today), runs=3)
            workspace = Workspace.load(database, today)
            targets = [workspace.surroundings(v) for v in workspace.vacant_units]
            settings = RuleSettings.defaults()
            matrix_time = median_seconds(lambda: FlagMatrix(workspace.queue, targets, settings, today),
                                         runs=5 if size == "oslo" else 3)
            pair = median_seconds(lambda: evaluate_pair(workspace.queue[0], targets[0], settings, today), runs=50)
            pairs = len(workspace.queue) * len(targets)
            rows.append((f"{size}: full matrix ({len(workspace.queue)}×{len(targets)} = {pairs:,} pairs)",
                         matrix_time, floor, BUDGET[size]))
            rows.append((f"{size}: one pair, explained", pair, floor, 0.016))
            # the start budget (1 s) is set for the oslo file only; issue 9 measures start-up whole
            rows.append((f"{size}: load workspace + aggregates", load, floor, 1.0 if size == "oslo" else None))
    print_table(rows)


if __name__ == "__main__":
    main()

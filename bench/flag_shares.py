"""How many applicant × vacant-unit pairs each flag fires on, on the small and oslo demos.

Not a speed figure: the share a flag fires on says whether it is a warning a committee will
still read (issue 15). Run: .venv/bin/python bench/flag_shares.py [small oslo]
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import demo_file

from boligmote.rules import FlagMatrix, RuleSettings
from boligmote.rules.engine import RULE_IDS
from boligmote.services.workspace import Workspace
from boligmote.store import Database


def shares(size: str, today: date) -> tuple[int, dict[str, int]]:
    with Database.open(demo_file(size)) as database:
        workspace = Workspace.load(database, today)
        targets = [workspace.surroundings(v) for v in workspace.vacant_units]
        matrix = FlagMatrix(workspace.queue, targets, RuleSettings.defaults(), today)
        return matrix.bits.size, {rule: matrix.count_with(rule) for rule in RULE_IDS}


def main(sizes: list[str]) -> None:
    today = date(2026, 11, 29)
    for size in sizes:
        pairs, counts = shares(size, today)
        print(f"## {size}: {pairs:,} pairs (evaluated {today:%d.%m.%Y})")
        for rule, n in counts.items():
            print(f"{rule:22} {n:>10,}  {100 * n / pairs:6.2f} %")


if __name__ == "__main__":
    main(sys.argv[1:] or ["small", "oslo"])

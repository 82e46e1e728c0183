"""Shared helpers for benchmarks: cached demo files and median timing."""
from __future__ import annotations

import hashlib
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

CACHE = Path(__file__).resolve().parent / "cache"


def _generator_digest() -> str:
    """A short hash of what makes the demo, so a changed generator never reuses an old file."""
    root = Path(__file__).resolve().parents[1]
    sources = [root / "boligmote/services/demo.py", root / "boligmote/services/demo_meetings.py",
               root / "boligmote/services/demo_history.py", root / "boligmote/store/demo_history.py",
               root / "boligmote/services/demo_ledger.py", root / "boligmote/services/demo_renewals.py",
               root / "boligmote/services/demo_follow_up.py", root / "boligmote/services/demo_statistics.py",
               root / "boligmote/services/demo_file.py",
               root / "resources/demo/seed.toml", *sorted((root / "boligmote/store/migrations").glob("m*.py"))]
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:10]


def demo_file(size: str, seed: int = 2026) -> Path:
    """The demo municipality of `size`, generated once into bench/cache/ and reused."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{size}-{seed}-{_generator_digest()}.sqlite"
    if not path.exists():
        subprocess.run([sys.executable, "-m", "boligmote", "demo", "--size", size, "--seed", str(seed),
                        "--out", str(path)], check=True)
    return path


def median_seconds(action: Callable[[], object], runs: int = 5, warmup: int = 1) -> float:
    for _ in range(warmup):
        action()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def print_table(rows: list[tuple[str, float, float, float]]) -> None:
    """rows: (figure, seconds, floor seconds, budget seconds or None when DESIGN.md sets none)."""
    width = max(len(r[0]) for r in rows) + 1
    print(f"{'figure':{width}} {'median s':>10} {'floor s':>10} {'ratio':>8} {'budget s':>9}  ok")
    for figure, seconds, floor, budget in rows:
        ratio = seconds / floor if floor else float("inf")
        verdict = "–" if budget is None else ("ja" if seconds <= budget else "NEI")
        budget_text = "–" if budget is None else f"{budget:.3f}"
        print(f"{figure:{width}} {seconds:10.4f} {floor:10.4f} {ratio:8.1f} {budget_text:>9}  {verdict}")

"""Import of 30,000 residents with full validation, beside its floor. Not a test.

DESIGN.md budget: 30,000 residents from CSV/XLSX with full validation ≤ 5 s. The floor is
pandas reading the same file alone (no checking, no database): what any import must pay.

A resident row is one household in one unit, and the Oslo demo has ~11,000 units with one
household each, so 30,000 valid rows need a larger estate. The bench grows the Oslo demo
(`boligmote demo --size oslo`) with 1,200 generated wholly owned buildings of 16 occupied
units each, imported through the importer itself (untimed), and then writes one resident
row for each of the first 30,000 occupied units: ~10,800 replace a current tenancy, ~19,200
create one. Each timed run imports into a fresh copy of that file: read, check every row
against the database, write in one transaction.

Everything is generated into bench/cache/ (gitignored). Synthetic data only.
Run: .venv/bin/python bench/import_residents.py [--xlsx]
"""
from __future__ import annotations

import argparse
import csv
import random
import shutil
import statistics
import sys
import time
import tomllib
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CACHE, demo_file, print_table

from boligmote.domain import UnitStatus
from boligmote.paths import resource
from boligmote.services.importing import commit_import, plan_import
from boligmote.store import Database
from boligmote.store.estate import EstateRepository

ROWS = 30_000
RUNS = 3
BUDGET_SECONDS = 5.0
NEW_BUILDINGS, STAIRWELLS, UNITS_PER_STAIRWELL = 1_200, 2, 8
TODAY = date(2026, 11, 23)
SEED = 6


def _write_csv(path: Path, header: list[str], rows: list[list]) -> Path:
    # UTF-8 with BOM and semicolons: what a Norwegian Excel writes.
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _import(database: Database, kind: str, path: Path) -> None:
    plan = plan_import(database, kind, path, TODAY)
    if not plan.ok:
        raise SystemExit(f"bench data refused: {plan.problems[:5]}")
    commit_import(database, plan)


def grown_estate() -> Path:
    """The Oslo demo plus 19,200 occupied units in new buildings, built once."""
    target = CACHE / f"oslo-grown-{NEW_BUILDINGS}.sqlite"
    if target.exists():
        return target
    rng = random.Random(SEED)
    seed = tomllib.loads(resource("demo", "seed.toml").read_text(encoding="utf-8"))
    buildings, units = [], []
    for number in range(1, NEW_BUILDINGS + 1):
        building_id = f"BX{number:05d}"
        district = rng.choice(seed["districts"])[0]
        street = rng.choice(seed["street_stems"]) + rng.choice(seed["street_suffixes"])
        buildings.append([building_id, f"{street} {200 + number}", district, "heleid",
                          STAIRWELLS * UNITS_PER_STAIRWELL, rng.choice(["ja", "nei"]), ""])
        for stairwell in "AB"[:STAIRWELLS]:
            for position in range(UNITS_PER_STAIRWELL):
                bedrooms = rng.choice([0, 1, 1, 1, 2, 2, 3])
                area = 18 + 16 * (bedrooms + 1) + rng.randint(-4, 8)
                units.append([f"{building_id}-{stairwell}{position + 1:02d}", building_id, stairwell, position // 2,
                              bedrooms, f"{area},0", area * 190, "nei", "occupied", ""])
    work = CACHE / "grown-work"
    work.mkdir(exist_ok=True)
    partial = work / target.name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{partial}{suffix}").unlink(missing_ok=True)
    shutil.copy(demo_file("oslo"), partial)
    with Database.open(partial) as database:
        _import(database, "buildings", _write_csv(work / "buildings.csv", [
            "bygning_id", "adresse", "bydel", "eierform", "antall_boliger", "heis", "tilstedeværelse"], buildings))
        _import(database, "units", _write_csv(work / "units.csv", [
            "bolig_id", "bygning_id", "oppgang", "etasje", "soverom", "areal", "husleie", "rullestol", "status",
            "ledig_fra"], units))
    partial.rename(target)
    return target


def _household(rng: random.Random, bedrooms: int) -> list:
    if bedrooms <= 1:
        kind = rng.choices(["single", "elderly", "couple"], [80, 15, 5])[0]
    else:
        kind = rng.choices(["family", "single_parent", "couple", "single"], [45, 35, 10, 10])[0]
    adults = 2 if kind in ("couple", "family") else 1
    children = sorted((rng.randint(0, 17) for _ in range(rng.randint(1, min(4, 2 * bedrooms)))), reverse=True) \
        if kind in ("family", "single_parent") else []
    needs = [need for need, p in (("active_use", 0.07), ("severe_mental_illness", 0.07), ("former_use", 0.04),
                                  ("high_follow_up", 0.05), ("young_homeless", 0.03)) if rng.random() < p]
    if kind == "elderly":
        needs.append("elderly")
    end = TODAY + timedelta(days=rng.randint(30, 7 * 365))
    return [kind, adults, ", ".join(map(str, children)), ", ".join(needs), end.strftime("%d.%m.%Y")]


def residents_file(estate: Path) -> Path:
    path = CACHE / f"residents-{ROWS}.csv"
    if path.exists():
        return path
    with Database.open(estate, readonly=True) as database:
        occupied = sorted((u for u in EstateRepository(database).units() if u.status is UnitStatus.OCCUPIED),
                          key=lambda u: u.id)
    if len(occupied) < ROWS:
        raise SystemExit(f"only {len(occupied)} occupied units; grow the estate")
    rng = random.Random(SEED)
    rows = [[unit.id, *_household(rng, unit.bedrooms)] for unit in occupied[:ROWS]]
    return _write_csv(path, ["bolig_id", "husstandstype", "voksne", "barn_alder", "behov", "kontrakt_slutt"], rows)


def xlsx_copy(csv_path: Path) -> Path:
    import pandas as pd

    path = csv_path.with_suffix(".xlsx")
    if not path.exists():
        pd.read_csv(csv_path, sep=";", dtype=str, keep_default_na=False, encoding="utf-8-sig").to_excel(
            path, index=False)
    return path


def time_import(estate: Path, source: Path) -> tuple[float, float, float, str]:
    """Median seconds of the whole import, and of its two halves (check, write), over fresh copies."""
    totals, checks, writes = [], [], []
    summary = ""
    for _run in range(RUNS):
        copy = CACHE / "import-run.sqlite"
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        shutil.copy(estate, copy)
        with Database.open(copy) as database:
            started = time.perf_counter()
            plan = plan_import(database, "residents", source, TODAY)
            checked = time.perf_counter()
            commit_import(database, plan)
            done = time.perf_counter()
        assert plan.ok and plan.rows == ROWS, plan.problems[:5]
        totals.append(done - started)
        checks.append(checked - started)
        writes.append(done - checked)
        summary = " ".join(plan.summary_lines()[1:])
    return statistics.median(totals), statistics.median(checks), statistics.median(writes), summary


def floor_seconds(read) -> float:
    times = []
    for _ in range(RUNS):
        started = time.perf_counter()
        frame = read()
        times.append(time.perf_counter() - started)
    assert len(frame) == ROWS
    return statistics.median(times)


def main() -> None:
    import pandas as pd

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--xlsx", action="store_true", help="also time the same rows from an .xlsx file")
    args = parser.parse_args()

    estate = grown_estate()
    source = residents_file(estate)
    print(f"estate: {estate.name} (Oslo demo + {NEW_BUILDINGS * STAIRWELLS * UNITS_PER_STAIRWELL} units); "
          f"file: {source.name}, {source.stat().st_size / 1e6:.1f} MB, median of {RUNS}")

    seconds, check, write, summary = time_import(estate, source)
    floor = floor_seconds(lambda: pd.read_csv(source, sep=";", dtype=str, keep_default_na=False,
                                              na_filter=False, encoding="utf-8-sig"))
    rows = [(f"import {ROWS} residents (CSV)", seconds, floor, BUDGET_SECONDS)]
    notes = [f"CSV: check {check:.2f} s + write {write:.2f} s; {summary}"]
    if args.xlsx:
        workbook = xlsx_copy(source)
        seconds, check, write, _ = time_import(estate, workbook)
        floor = floor_seconds(lambda: pd.read_excel(workbook, dtype=str, keep_default_na=False, na_filter=False))
        rows.append((f"import {ROWS} residents (XLSX)", seconds, floor, BUDGET_SECONDS))
        notes.append(f"XLSX: check {check:.2f} s + write {write:.2f} s")
    print_table(rows)
    print("\n".join(notes))


if __name__ == "__main__":
    main()

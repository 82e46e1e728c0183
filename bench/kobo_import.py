"""Time and peak memory of `boligmote import --kind kobo` (issue 20 item 4). Not a test.

DESIGN.md budget: any import ≤ 500 MB peak memory. The demo municipality at scale «oslo»
(~11,000 units) is exported in Kobo shape and imported by the real command line, in a fresh
process, into a new file holding only its buildings (what a municipality has before its
first Kobo import) — the done-criterion of issue 20 at scale. Then the largest Kobo file the
importer takes: the same units repeated under new ids up to just under `MAX_FILE_BYTES`,
every one valid. The floor is the same process importing an empty Kobo list.

Each child reports its own peak resident set (VmHWM), as bench/import_memory.py does.

Run: .venv/bin/python bench/kobo_import.py [--size oslo] [--skip-largest]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from import_memory import BUDGET_MB, run_import  # noqa: E402


def buildings_only(source: Path, target: Path) -> None:
    from boligmote.store import Database
    from boligmote.store.estate import EstateRepository

    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with Database.open(source, readonly=True) as demo:
        buildings = list(EstateRepository(demo).buildings().values())
    with Database.open(target, create=True) as database, database.transaction("bench", "buildings"):
        EstateRepository(database).save_buildings(buildings)


def largest_file(objects: list[dict], path: Path, cap: int) -> int:
    """Copies of `objects` under new ids, as many as fit under `cap` bytes; returns the count."""
    one_copy = len(json.dumps(objects, ensure_ascii=False, indent=1).encode())
    copies = max(1, int(cap * 0.97) // one_copy)
    everything = [dict(obj, fdvuBoligId=f"{obj['fdvuBoligId']}-K{n}") for n in range(copies) for obj in objects]
    path.write_text(json.dumps({"kobobolig": everything}, ensure_ascii=False, indent=1), encoding="utf-8")
    return len(everything)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="oslo", choices=["small", "oslo", "norge"])
    parser.add_argument("--skip-largest", action="store_true")
    args = parser.parse_args()
    from boligmote.services.demo_file import create_demo_database
    from boligmote.services.importing.kobo_file import MAX_FILE_BYTES
    from boligmote.services.kobo_export import export_kobo

    rows = []
    with tempfile.TemporaryDirectory(prefix="boligmote-kobo-") as folder:
        folder_path = Path(folder)
        demo = folder_path / "demo.sqlite"
        with create_demo_database(demo, args.size, reference_date=date(2026, 11, 23), history=False) as database:
            count = export_kobo(database, folder_path / "kobo.json", with_households=True)  # the larger form
        source = folder_path / "kobo.json"
        empty = folder_path / "empty.json"
        empty.write_text('{"kobobolig": []}', encoding="utf-8")
        target = folder_path / "target.sqlite"
        buildings_only(demo, target)
        rows.append(("floor: an empty Kobo list", *run_import(target, "kobo", empty, keep=True)))
        rows.append((f"{args.size}: {count:,} units, {source.stat().st_size / 1e6:.1f} MB, into its buildings only",
                     *run_import(target, "kobo", source, keep=True)))
        if not args.skip_largest:
            objects = json.loads(source.read_text(encoding="utf-8"))["kobobolig"]
            big = folder_path / "largest.json"
            units = largest_file(objects, big, MAX_FILE_BYTES)
            del objects
            buildings_only(demo, target)
            rows.append((f"largest accepted: {units:,} units, {big.stat().st_size / 1e6:.0f} MB",
                         *run_import(target, "kobo", big, keep=True)))
    print("| Kobo import (fresh process) | peak MB | s | exit | within 500 MB | says |")
    print("|---|---:|---:|---:|:---:|---|")
    for figure, peak, seconds, code, message in rows:
        print(f"| {figure} | {peak} | {seconds:.1f} | {code} | {'ja' if peak <= BUDGET_MB else 'NEI'} | "
              f"{message.replace('|', '/')} |")
    return 0 if all(peak <= BUDGET_MB for _, peak, *_ in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""Peak memory of `boligmote import` on hostile and huge files. Not a test.

DESIGN.md budget: any import ≤ 500 MB peak memory, whatever the file. Three files are
generated into a temporary folder (never into the repo, never into the tests):

- the largest file the importer takes (`MAX_ROWS` applicant rows, every one valid, into a new
  empty database): the most an import can hold in memory;
- a 1-million-row applicant CSV (every row valid): refused at the row cap, read as a stream;
- a 1-million-row resident CSV (every row refused: no unit exists), so the errors pile up;
- a «zip bomb» XLSX: a few MB on disk that unpack to about 1 GB of sheet XML.

Each is imported by the real command line in a fresh process (`boligmote import`), which
reports its own peak resident set (VmHWM: what the kernel saw, not what Python counted).
The floor is the same process importing the 5-row building sample: what the interpreter and
the database cost before any row.

Run: .venv/bin/python bench/import_memory.py [--rows N]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BUDGET_MB = 500
ROWS = 1_000_000
BOMB_UNPACKED = 1_000_000_000

# The command line in a child process; the last line on stdout is that process's own peak RSS.
_CHILD = textwrap.dedent("""
    import sys
    from boligmote.cli import main
    try:
        code = main(sys.argv[1:])
    except BaseException as error:  # a crash is a result too: report it with the peak
        print(f"CRASH {type(error).__name__}: {str(error)[:200]}", file=sys.stderr)
        code = 99
    print(int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) // 1024, flush=True)
    sys.exit(code)
""")


def applicants_csv(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("saksnummer;husstandstype;voksne;barn_alder;behov;prioritet;vedtaksdato;navn\n")
        kinds = ("single", "couple", "family", "single_parent", "elderly")
        for n in range(rows):
            f.write(f"2026/{n:07d};{kinds[n % 5]};{1 + n % 2};{n % 18};;prioritert;"
                    f"{1 + n % 28:02d}.{1 + n % 12:02d}.2025;Søker Nummer {n}\n")
    return path


def residents_csv(path: Path, rows: int) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write("bolig_id;husstandstype;voksne;barn_alder;behov\n")
        for n in range(rows):
            f.write(f"FINNES-IKKE-{n:07d};single;1;;\n")
    return path


def zip_bomb_xlsx(path: Path, unpacked: int) -> Path:
    """A valid workbook whose one sheet is ~`unpacked` bytes of XML, deflated to a few MB."""
    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>')
    row = '<row><c t="inlineStr"><is><t>' + "A" * 200 + "</t></is></c></row>"
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
            'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
            'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/'
            'workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
            '2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
            '<sheet name="Ark1" sheetId="1" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/'
            '2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write(head.encode())
            block = (row * 5000).encode()
            for _ in range(unpacked // len(block)):
                sheet.write(block)
            sheet.write(b"</sheetData></worksheet>")
    return path


def run_import(database: Path, kind: str, source: Path, timeout: float = 1800,
               keep: bool = False) -> tuple[int, float, int, str]:
    """(peak MB, seconds, exit code, the last message) of one `boligmote import` in a fresh process,
    into a new database (`keep`: into `database` as it is)."""
    for suffix in ("", "-wal", "-shm"):
        if not keep:
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _CHILD, "import", "--db", str(database), "--kind", kind,
                             str(source)], capture_output=True, text=True, cwd=ROOT, timeout=timeout,
                            env={**os.environ, "PYTHONPATH": str(ROOT)})
    seconds = time.perf_counter() - started
    peak = int(result.stdout.strip().splitlines()[-1])
    said = [line for line in (result.stdout.strip().splitlines()[:-1] + result.stderr.strip().splitlines())
            if line.strip()]
    message = next((line for line in said if "CRASH" in line), None) or (said[0] if said else "")
    return peak, seconds, result.returncode, message[:160]


def measure(rows: int, bomb: int) -> list[tuple[str, int, float, int, str]]:
    results = []
    with tempfile.TemporaryDirectory(prefix="boligmote-bench-") as folder:
        folder = Path(folder)
        database = folder / "import.sqlite"
        sample = ROOT / "resources" / "samples" / "bygninger.csv"
        results.append(("floor: the 5-row building sample", *run_import(database, "buildings", sample)))
        from boligmote.services.importing.reading import MAX_ROWS

        source = applicants_csv(folder / "applicants.csv", MAX_ROWS)
        results.append((f"{MAX_ROWS:,} applicants (the row cap), CSV {source.stat().st_size / 1e6:.0f} MB, all valid",
                        *run_import(database, "applicants", source)))
        source = applicants_csv(folder / "applicants.csv", rows)
        results.append((f"{rows:,} applicants, CSV {source.stat().st_size / 1e6:.0f} MB, all valid",
                        *run_import(database, "applicants", source)))
        source.unlink()
        source = residents_csv(folder / "residents.csv", rows)
        results.append((f"{rows:,} residents, CSV {source.stat().st_size / 1e6:.0f} MB, all refused",
                        *run_import(database, "residents", source)))
        source.unlink()
        source = zip_bomb_xlsx(folder / "bomb.xlsx", bomb)
        results.append((f"zip bomb XLSX, {source.stat().st_size / 1e6:.1f} MB → {bomb / 1e9:.1f} GB unpacked",
                        *run_import(database, "applicants", source)))
    return results


def table(results) -> str:
    lines = ["| import (fresh process, `boligmote import`) | peak MB | s | exit | within 500 MB | says |",
             "|---|---:|---:|---:|:---:|---|"]
    for figure, peak, seconds, code, message in results:
        lines.append(f"| {figure} | {peak} | {seconds:.1f} | {code} | {'ja' if peak <= BUDGET_MB else 'NEI'} | "
                     f"{message.replace('|', '/')} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=ROWS)
    parser.add_argument("--bomb", type=int, default=BOMB_UNPACKED, help="unpacked bytes of the zip bomb")
    args = parser.parse_args()
    results = measure(args.rows, args.bomb)
    print(table(results))
    return 0 if all(peak <= BUDGET_MB for _, peak, *_ in results) else 1


if __name__ == "__main__":
    raise SystemExit(main())

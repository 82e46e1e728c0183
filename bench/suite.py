"""Every performance budget of DESIGN.md, each beside its floor measured in the same run.

Run with `bench/run`. Prints one table and writes it to bench/results.md. Figures are
medians over several runs; the floor is the least the same work could cost (see each
row), so a ratio says how much the app adds on top.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import textwrap
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import demo_file, median_seconds  # noqa: E402


@dataclass
class Row:
    figure: str
    seconds: float
    floor: float
    floor_is: str
    budget: float | None

    @property
    def ratio(self) -> float:
        return self.seconds / self.floor if self.floor else float("inf")

    @property
    def verdict(self) -> str:
        return "–" if self.budget is None else ("ja" if self.seconds <= self.budget else "NEI")


# ---- start-up, in fresh processes ---------------------------------------------------------
# «Interactive» = the window is on screen with the queue and the vacant units listed, and a
# real mouse click on the first vacant unit (QTest, through Qt's event dispatch) has been
# answered: the composition pane shows that unit's stairwell and the candidate pane shows
# its ranked applicants or, on a file whose flags are still being computed in the background,
# «Beregner varsler …» with nothing to propose (issue 16 item 12). The figure ends there; the
# flag matrix, the full integrity check and the daily copy may still be running, and what
# they cost the click (a second thread sharing the interpreter) is in the figure.
# The bare window is timed through the same harness: the same QTest click on its centre.
# The app's script goes through gui/app.show_start_file, the path `boligmote FIL` takes.
# Before each run the file's daily copies of today are removed, so every start is the first
# of the day (a meeting morning). The package's bytecode is compiled first, as pip and
# PyInstaller ship it: with PYTHONDONTWRITEBYTECODE (set in some shells) every start would
# otherwise compile ~100 modules, which no installed copy does.
# Each child also reports its CPU time (both threads) and its peak RSS at that moment.

_REPORT = textwrap.dedent("""
    def report():
        import time
        peak = int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) // 1024
        print("ready", time.process_time(), peak, flush=True)
""")

_START_APP = _REPORT + textwrap.dedent("""
    import sys
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from boligmote.gui.app import create_application, show_start_file
    app = create_application()
    from boligmote.gui.main_window import MainWindow
    window = MainWindow()
    show_start_file(window, Path(sys.argv[1]))
    window.show()
    def click():
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        view = window.unitsView
        assert window.queue_model.rowCount() and window.units_model.rowCount(), "lists empty"
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(view.model().index(0, 0)).center())
        shown = window.composition_model.surroundings
        assert shown is not None and shown.vacant is window.selected_unit(), "the click was not answered"
        heading = window.candidatesHeading.text()
        assert "søkere" in heading or "Beregner varsler" in heading, heading
        report()
        window.close()  # waits for the daily copy and the flags, which are not part of the figure
        app.quit()
    QTimer.singleShot(0, click)
    app.exec()
""")

_START_BARE = _REPORT + textwrap.dedent("""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow
    app = QApplication([])
    window = QMainWindow()
    window.show()
    def click():
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        QTest.mouseClick(window, Qt.MouseButton.LeftButton, pos=window.rect().center())
        report()
        app.quit()
    QTimer.singleShot(0, click)
    app.exec()
""")


def _clear_daily_copies(path: Path) -> None:
    folder = path.parent / "backups"
    if folder.is_dir():
        for copy in folder.glob(f"{path.name}.{date.today():%Y%m%d}-*.daglig.backup.sqlite"):
            copy.unlink()


@dataclass
class Start:
    seconds: float  # wall time from starting the interpreter to the click answered
    cpu: float  # CPU time of the process (all threads) by then
    peak_mb: int  # peak RSS by then


def _time_process(script: str, *args: str) -> Start:
    """Wall time from starting the interpreter to «ready»; what the process does after that
    (closing, a copy finishing) is not counted."""
    if args:
        _clear_daily_copies(Path(args[0]))
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True, cwd=ROOT,
                               env={**os.environ, "PYTHONPATH": str(ROOT)})
    line = process.stdout.readline()
    elapsed = time.perf_counter() - started
    _, err = process.communicate()
    if not line.startswith("ready") or process.returncode != 0:
        raise RuntimeError(err[-2000:])
    _, cpu, peak = line.split()
    return Start(elapsed, float(cpu), int(peak))


def compile_package() -> None:
    import compileall

    compileall.compile_dir(str(ROOT / "boligmote"), quiet=1)


START_PEAK_MB: dict[str, int] = {}  # peak RSS at the moment the window answered (median run)


def start_rows(oslo: Path, norge: Path, runs: int = 5) -> list[Row]:
    """The bare window and the app are started in turn, run after run, so that a machine busy
    with other work slows floor and figure alike and the ratio stays fair. CPU time beside
    wall time: on a shared machine it says what the start costs whatever the others do."""
    compile_package()
    bare, oslo_runs, norge_runs = [], [], []
    for run in range(runs):
        bare.append(_time_process(_START_BARE))
        oslo_runs.append(_time_process(_START_APP, str(oslo)))
        if run % 2 == 0:
            norge_runs.append(_time_process(_START_APP, str(norge)))
    floor, floor_cpu = (statistics.median(s.seconds for s in bare), statistics.median(s.cpu for s in bare))
    for size, runs_ in (("oslo", oslo_runs), ("norge", norge_runs)):
        START_PEAK_MB[size] = int(statistics.median(s.peak_mb for s in runs_))
    return [
        Row("start → window interactive, oslo file (budget 2× floor)", statistics.median(s.seconds for s in oslo_runs),
            floor, "bare PySide6 window, fresh process, same click", round(2 * floor, 3)),
        Row("start → window interactive, norge file", statistics.median(s.seconds for s in norge_runs), floor,
            "bare PySide6 window, fresh process, same click", 1.0),
        Row("  the same, oslo file, CPU time", statistics.median(s.cpu for s in oslo_runs), floor_cpu,
            "CPU time of the bare window", None),
        Row("  the same, norge file, CPU time", statistics.median(s.cpu for s in norge_runs), floor_cpu,
            "CPU time of the bare window", None),
    ]


# ---- the workspace, in this process ----------------------------------------------------------

def workspace_rows(oslo: Path) -> list[Row]:
    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel

    from boligmote.domain import NeedCategory
    from boligmote.gui.app import create_application
    from boligmote.gui.main_window import MainWindow
    from boligmote.services.workspace import Workspace
    from boligmote.store import Database

    app = create_application()
    database = Database.open(oslo)
    window = MainWindow()
    window.show_workspace(Workspace.load(database, date.today()))
    window.resize(1600, 1000)
    window.show()
    app.processEvents()
    _ = window.matching.matrix  # built once after the window shows, as in the app
    units = [v.unit.id for v in window.workspace.vacant_units]

    position = iter(range(10**9))

    def select() -> None:
        window.select_unit(units[next(position) % len(units)])
        app.processEvents()  # composition and the candidates with their chips are painted

    stairwell_ids = [v.unit.stairwell_id for v in window.workspace.vacant_units]

    def bare_queries() -> None:
        stairwell = stairwell_ids[next(position) % len(stairwell_ids)]
        database.query("SELECT t.household_type, count(*) FROM tenancies t JOIN units u ON u.id = t.unit_id "
                       "WHERE u.stairwell_id = ? AND t.ended_on IS NULL GROUP BY 1", (stairwell,))
        database.query("SELECT j.value, count(*) FROM tenancies t JOIN units u ON u.id = t.unit_id, "
                       "json_each(t.needs) j WHERE u.stairwell_id = ? AND t.ended_on IS NULL GROUP BY 1", (stairwell,))

    select_time = median_seconds(select, runs=40, warmup=3)
    select_floor = median_seconds(bare_queries, runs=40, warmup=3)

    needs = list(NeedCategory)

    def filter_by_need() -> None:
        combo = window.needFilter
        combo.setCurrentIndex(combo.findData(needs[next(position) % len(needs)]))
        combo.setCurrentIndex(0)

    texts = [a.case_no + " " + " ".join(n.value for n in a.needs) for a in window.workspace.queue]
    plain = QStringListModel(texts)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(plain)

    def plain_filter() -> None:
        proxy.setFilterFixedString(needs[next(position) % len(needs)].value)
        proxy.setFilterFixedString("")

    filter_time = median_seconds(filter_by_need, runs=30, warmup=2)
    filter_floor = median_seconds(plain_filter, runs=30, warmup=2)
    window.close()
    database.close()
    return [
        Row("select unit → composition + flagged candidates painted", select_time, select_floor,
            "the bare SQL for the same stairwell counts", 0.016),
        Row(f"filter queue by need tag ({len(texts)} applicants)", filter_time, filter_floor,
            "QSortFilterProxyModel on a plain string list", 0.050),
    ]


# ---- the rule matrix -------------------------------------------------------------------------

def matrix_rows(files: dict[str, Path]) -> list[Row]:
    from boligmote.rules import FlagMatrix, RuleSettings
    from boligmote.services.workspace import Workspace
    from boligmote.store import Database

    rows = []
    for size, budget in (("oslo", 0.2), ("norge", 2.0)):
        with Database.open(files[size]) as database:
            today = date.today()
            workspace = Workspace.load(database, today)
            targets = [workspace.surroundings(v) for v in workspace.vacant_units]
            settings = RuleSettings.defaults()
            seconds = median_seconds(lambda: FlagMatrix(workspace.queue, targets, settings, today),
                                     runs=5 if size == "oslo" else 3)
            floor = median_seconds(lambda: database.query(
                "SELECT u.stairwell_id, t.household_type, count(*) FROM tenancies t JOIN units u ON u.id = t.unit_id "
                "WHERE t.ended_on IS NULL GROUP BY 1, 2"))
            rows.append(Row(f"flag matrix {size} ({len(workspace.queue)}×{len(targets)})", seconds, floor,
                            "one GROUP BY over residents per stairwell", budget))
    return rows


# ---- minutes and import (the helpers' own benchmarks, reused) ----------------------------------

def minutes_row(oslo: Path) -> Row:
    import io
    import shutil
    import tempfile

    from pypdf import PdfReader

    import minutes as minutes_bench

    from boligmote.services.minutes import render_minutes
    from boligmote.store import Database

    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "minutes.sqlite"
        shutil.copy(oslo, copy)
        with Database.open(copy, backup_dir=Path(folder)) as database:
            meeting_id = minutes_bench.build_meeting(database, date.today())
            pdf = render_minutes(database, meeting_id)
            seconds = median_seconds(lambda: render_minutes(database, meeting_id), runs=5)
            lines = [line for page in PdfReader(io.BytesIO(pdf)).pages for line in page.extract_text().splitlines()]
            floor = median_seconds(minutes_bench.plain_floor(lines), runs=5)
    return Row(f"minutes PDF, {minutes_bench.CASES} cases", seconds, floor,
               "reportlab: the same text as plain paragraphs", 1.0)


def renewal_row(oslo: Path) -> Row:
    """Møte → Fornyelser on the oslo file (issue 17: ≤ 50 ms), beside a bare scan of the leases."""
    from boligmote.domain.follow_up import add_months
    from boligmote.services.renewals import renewals_due
    from boligmote.store import Database

    today = date.today()
    with Database.open(oslo) as database:
        seconds = median_seconds(lambda: renewals_due(database, today), runs=7)
        until = add_months(today, 6).isoformat()
        floor = median_seconds(lambda: database.query(
            "SELECT * FROM tenancies WHERE ended_on IS NULL AND contract_end <= ?", (until,)), runs=7)
        count = len(renewals_due(database, today).items)
    return Row(f"renewal list oslo ({count} leases in 6 months)", seconds, floor,
               "SQL: the same leases, no joins or counts", 0.05)


def evidence_row(norge: Path) -> Row:
    """Erfaringer med varslene on the norge file (issue 17: ≤ 2 s): its synthetic history has some
    50,000 placements (services/demo_history.py), beside a bare read of the allocations."""
    from boligmote.services.evidence import evidence_report
    from boligmote.store import Database

    today = date.today()
    with Database.open(norge, readonly=True) as database:
        seconds = median_seconds(lambda: evidence_report(database, today), runs=5)
        floor = median_seconds(lambda: database.query(
            "SELECT id, meeting_id, tenancy_id FROM decisions WHERE outcome = 'tildelt'"), runs=5)
        found = evidence_report(database, today).evidence
    return Row(f"evidence report norge ({found.placements:,} placements, {found.counted:,} counted)", seconds, floor,
               "SQL: the allocations' ids, no flags or points", 2.0)


def statistics_row(norge: Path) -> Row:
    """Årsstatistikk for the last full year on the norge file (issue 20 item 5; budget 2 s, as the
    evidence report): every case, decision, unit, measure and recorded eviction read once and counted,
    beside a bare read of the decisions' case numbers and dates."""
    from boligmote.services.statistics import last_full_year, statistics_report
    from boligmote.store import Database

    today = date.today()
    year = last_full_year(today)
    with Database.open(norge, readonly=True) as database:
        seconds = median_seconds(lambda: statistics_report(database, year, today), runs=5)
        floor = median_seconds(lambda: database.query(
            "SELECT d.case_no, d.outcome, m.held_on FROM decisions d JOIN meetings m ON m.id = d.meeting_id"), runs=5)
        found = statistics_report(database, year, today).figures
    return Row(f"yearly figures norge {year} ({found.figure('V1').value:,} allocations, "
               f"{found.figure('B1').value:,} units)", seconds, floor, "SQL: the decisions' case, outcome and date alone",
               2.0)


def at_risk_row(oslo: Path) -> Row:
    """Møte → Leieforhold i risiko on the oslo file (issue 17: ≤ 50 ms), beside a bare read of the
    ledger's latest balances. Read-only: the cached file is never changed by measuring it."""
    from boligmote.services.at_risk import tenancies_at_risk
    from boligmote.store import Database

    today = date.today()
    with Database.open(oslo, readonly=True) as database:
        seconds = median_seconds(lambda: tenancies_at_risk(database, today), runs=7)
        floor = median_seconds(lambda: database.query(
            "SELECT tenancy_id, amount, max(entry_on) FROM ledger_entries WHERE kind = 'restanse' "
            "GROUP BY tenancy_id"), runs=7)
        count = len(tenancies_at_risk(database, today).items)
    return Row(f"at-risk list oslo ({count} tenancies)", seconds, floor,
               "SQL: the latest balances alone, no joins", 0.05)


def follow_up_row(oslo: Path) -> Row:
    """Møte → Oppfølging on the oslo file (issue 17: ≤ 50 ms), beside a bare scan of the open points."""
    from boligmote.services.follow_up import follow_ups_due
    from boligmote.store import Database

    today = date.today()
    with Database.open(oslo, readonly=True) as database:
        seconds = median_seconds(lambda: follow_ups_due(database, today), runs=7)
        until = date.fromordinal(today.toordinal() + 30).isoformat()
        floor = median_seconds(lambda: database.query(
            "SELECT * FROM follow_up_points WHERE done_on IS NULL AND due_on <= ?", (until,)), runs=7)
        count = len(follow_ups_due(database, today).items)
    return Row(f"follow-up list oslo ({count} points due in 30 days)", seconds, floor,
               "SQL: the same points, no joins or households", 0.05)


def import_row() -> Row:
    import import_residents as import_bench
    import pandas as pd

    estate = import_bench.grown_estate()
    source = import_bench.residents_file(estate)
    seconds, _check, _write, _summary = import_bench.time_import(estate, source)
    floor = import_bench.floor_seconds(lambda: pd.read_csv(source, sep=";", dtype=str, keep_default_na=False,
                                                           na_filter=False, encoding="utf-8-sig"))
    return Row(f"import {import_bench.ROWS:,} residents (CSV, full validation)", seconds, floor,
               "pandas reading the CSV alone", 5.0)


def pdf_long_text_rows() -> list[Row]:
    import pdf_long_text

    return [Row(figure, seconds, floor, "the same letter with a one-line reason", budget)
            for figure, seconds, floor, budget in pdf_long_text.measure()]


# ---- memory ------------------------------------------------------------------------------------

_MEMORY = textwrap.dedent("""
    import sys
    from datetime import date
    from boligmote.gui.app import create_application
    app = create_application()
    from boligmote.gui.main_window import MainWindow
    from boligmote.services.workspace import Workspace
    from boligmote.store import Database
    window = MainWindow()
    window.show_workspace(Workspace.load(Database.open(sys.argv[1]), date.today()))
    window.show(); app.processEvents()
    window.matching.matrix
    window.select_unit(window.workspace.vacant_units[0].unit.id); app.processEvents()
    # VmHWM, not ru_maxrss: on Linux ru_maxrss survives fork and would report this script's parent
    print(int(open("/proc/self/status").read().split("VmHWM:")[1].split()[0]) // 1024)
""")


def peak_rss_mb(path: Path) -> int:
    result = subprocess.run([sys.executable, "-c", _MEMORY, str(path)], capture_output=True, text=True, cwd=ROOT,
                            env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    return int(result.stdout.strip().splitlines()[-1])


# ---- report ----------------------------------------------------------------------------------------

def table(rows: list[Row]) -> str:
    lines = ["| figure | median s | floor s | floor is | ratio | budget s | within |",
             "|---|---:|---:|---|---:|---:|:---:|"]
    for r in rows:
        budget = "–" if r.budget is None else f"{r.budget:g}"
        lines.append(f"| {r.figure} | {r.seconds:.4f} | {r.floor:.4f} | {r.floor_is} | {r.ratio:.1f} | {budget} | "
                     f"{r.verdict} |")
    return "\n".join(lines)


def main() -> int:
    started = time.perf_counter()
    load = os.getloadavg()[0]  # other work on the machine slows every figure but the ratios
    files = {size: demo_file(size) for size in ("oslo", "norge")}
    rows = [*start_rows(files["oslo"], files["norge"]), *workspace_rows(files["oslo"]), *matrix_rows(files),
            minutes_row(files["oslo"]), renewal_row(files["oslo"]), follow_up_row(files["oslo"]),
            evidence_row(files["norge"]), statistics_row(files["norge"]), at_risk_row(files["oslo"]),
            *pdf_long_text_rows(), import_row()]
    memory = {size: peak_rss_mb(path) for size, path in files.items()}
    import import_memory

    imports = import_memory.measure(import_memory.ROWS, import_memory.BOMB_UNPACKED)
    import planning

    plans = planning.run(files)
    report = "\n".join([
        "# Boligmøte – ytelse mot budsjett (DESIGN.md)",
        "",
        f"Målt {date.today():%d.%m.%Y} med `bench/run` på {os.cpu_count()} kjerner; medianer over flere kjøringer. "
        f"Maskinens belastning (load average) ved start: {load:.1f}; over antall kjerner blir tidene lengre, "
        "forholdet til gulvet mindre.",
        "",
        table(rows),
        "",
        "| peak RSS | MB |",
        "|---|---:|",
        *[f"| {size} file ({files[size].stat().st_size / 1e6:.0f} MB on disk), window open, matrix built, one unit "
          f"selected | {mb} |" for size, mb in memory.items()],
        *[f"| {size} file, at start: the window answered its first click | {mb} |"
          for size, mb in START_PEAK_MB.items()],
        "",
        "Peak memory of an import (budget 500 MB, whatever the file; `bench/import_memory.py`):",
        "",
        import_memory.table(imports),
        "",
        "The agenda planner beside the meeting's own ways (issue 18; `bench/planning.py`, each file in a fresh "
        "process):",
        "",
        planning.report(plans),
        "",
        f"Hele målingen tok {time.perf_counter() - started:.0f} s.",
    ])
    print(report)
    (HERE / "results.md").write_text(report + "\n", encoding="utf-8")
    within = all(peak <= import_memory.BUDGET_MB for _, peak, *_ in imports)
    plans_within = all(ok for _, _, ok in planning.verdicts(plans))
    return 0 if all(r.verdict != "NEI" for r in rows) and within and plans_within else 1


if __name__ == "__main__":
    raise SystemExit(main())

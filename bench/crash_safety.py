"""Crash safety: kill a process that is writing decisions, at random moments, many times.

A child process opens the file through `Database.open` and records decisions in a loop,
each through `Database.transaction` (one decision = one transaction). After each commit
has returned it writes the decision's id to a pipe in one write(2). The parent kills it
with SIGKILL after a random delay, then checks the file:

- `PRAGMA integrity_check` is ok (and `Database.open` accepts the file),
- the audit chain is unbroken,
- every id the child reported is in the file (a reported id is a commit that returned).

Some kills land while the child is still starting (opening, integrity check, daily
backup), most while it writes. Usage (Linux/macOS; SIGKILL has no Windows twin):

    python bench/crash_safety.py                 # 200 kills on a fresh small demo file
    python bench/crash_safety.py --kills 500 --seed 7 --fresh-every 50
    python bench/crash_safety.py --kills 0 --file-steps   # backup/encrypt/restore, every step

`--file-steps` kills `backup`, `encrypt` and `restore` after each of their renames, deletes
and fsyncs in turn (see run_file_steps); no plaintext copy, broken copy or leftover may
survive the next open.

The test suite runs a handful of kills through `run()` (tests/store/test_reliability_crash.py).
"""
from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

READY = "ready"


# ---- the child: writes until it is killed ------------------------------------------------

def _decision_writer(database):
    """One decision (in its own meeting, so no case repeats in a meeting) per transaction."""
    from boligmote.domain import MeetingStatus, Outcome, Scope, Severity
    from boligmote.domain.meetings import Decision, Meeting, WeighedFlag
    from boligmote.store.meetings import MeetingRepository
    from boligmote.store.decisions import DecisionRepository

    case_no = database.scalar("SELECT case_no FROM applicants ORDER BY case_no LIMIT 1")
    meetings, decisions = MeetingRepository(database), DecisionRepository(database)
    flag = WeighedFlag("krasjtest", Severity.WARNING, "Varsel lagret sammen med vedtaket", Scope.STAIRWELL,
                       "bench/crash_safety.py", "Vurdert i krasjtesten", True)

    def write(run: int, seq: int) -> int:
        label = f"Krasjtest {run}-{seq}"
        with database.transaction("vedtak", "decision", label, {"run": run, "seq": seq}):
            meeting = meetings.add(Meeting(None, date.today(), "Krasjtest", MeetingStatus.IN_PROGRESS, label))
            stored = decisions.add(Decision(id=None, meeting_id=meeting.id, case_no=case_no, outcome=Outcome.DEFERRED,
                                            reasons=label, decided_at=datetime.now(), flags=(flag, flag)))
        return stored.id

    return write


def _incident_writer(database):
    """Fallback while the meeting store is not there: one incident per transaction."""
    from boligmote.domain import Incident, IncidentType
    from boligmote.store.incidents import IncidentRepository

    building, stairwell = database.query("SELECT building_id, id FROM stairwells ORDER BY id LIMIT 1")[0]
    incidents = IncidentRepository(database)

    def write(run: int, seq: int) -> int:
        label = f"Krasjtest {run}-{seq}"
        with database.transaction("hendelse", "incident", label):
            incidents.add([Incident(None, building, stairwell, date.today(), IncidentType.NEIGHBOUR_COMPLAINT, label)])
            return database.scalar("SELECT last_insert_rowid()")

    return write


def writer_kind(requested: str = "auto") -> str:
    if requested != "auto":
        return requested
    try:
        import boligmote.store.meetings  # noqa: F401
    except ImportError:
        return "incidents"
    return "decisions"


def _child(db_path: str, run: int, kind: str) -> None:
    from boligmote.store import Database

    database = Database.open(db_path)
    write = _decision_writer(database) if kind == "decisions" else _incident_writer(database)
    os.write(1, f"{READY}\n".encode())
    seq = 0
    while True:
        seq += 1
        ident = write(run, seq)
        os.write(1, f"{ident}\n".encode())  # only after the commit returned; one write(2)


# ---- the parent: kills and checks -----------------------------------------------------------

@dataclass
class CrashReport:
    kind: str
    kills: int = 0
    killed_while_starting: int = 0
    confirmed_commits: int = 0
    lost_commits: int = 0
    integrity_failures: int = 0
    chain_failures: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.lost_commits or self.integrity_failures or self.chain_failures or self.problems)

    def lines(self) -> list[str]:
        return [
            f"writer: {self.kind} through Database.transaction",
            f"kills (SIGKILL): {self.kills} ({self.killed_while_starting} while opening/starting)",
            f"commits confirmed by the child before the kill: {self.confirmed_commits}",
            f"lost commits: {self.lost_commits}",
            f"integrity_check failures: {self.integrity_failures}",
            f"audit chain breaks: {self.chain_failures}",
            f"time: {self.seconds:.1f} s",
            *[f"problem: {p}" for p in self.problems],
        ]


def _table(kind: str) -> str:
    return "decisions" if kind == "decisions" else "incidents"


def run(template: Path, kills: int, seed: int = 2026, max_delay: float = 0.25,
        start_kill_share: float = 0.1, writer: str = "auto", fresh_every: int = 20,
        workdir: Path | None = None) -> CrashReport:
    """Kill the writer `kills` times; `template` is an existing, migrated Boligmøte file.

    Every `fresh_every` kills the writer starts again on a fresh copy of the template, so
    the file (and the time each check takes) stays small however many kills are asked for.
    """
    from boligmote.store import Database, StoreError
    from boligmote.store.audit import verify

    rng = random.Random(seed)
    kind = writer_kind(writer)
    report = CrashReport(kind)
    table, column = _table(kind), _label_column(kind)
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    workdir = workdir or Path(tempfile.mkdtemp(prefix="crash-"))
    db_path = workdir / "crash.sqlite"
    confirmed: set[int] = set()
    for run_number in range(1, kills + 1):
        if (run_number - 1) % fresh_every == 0:
            report.confirmed_commits += len(confirmed)
            confirmed = set()
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db_path}{suffix}").unlink(missing_ok=True)
            shutil.copyfile(template, db_path)
            os.chmod(db_path, 0o600)
        child = subprocess.Popen([sys.executable, __file__, "--child", str(db_path), str(run_number), kind],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
        if rng.random() < start_kill_share:
            time.sleep(rng.uniform(0.0, 0.3))  # somewhere in start-up: open, checks, backup
            report.killed_while_starting += 1
        else:
            if child.stdout.readline().decode().strip() != READY:
                child.kill()
                _, err = child.communicate()
                report.problems.append(f"run {run_number}: the writer did not start: {err.decode()[-500:]}")
                break
            time.sleep(rng.uniform(0.0, max_delay))
        os.kill(child.pid, signal.SIGKILL)
        out, err = child.communicate()
        report.kills += 1
        lines = out.decode().split("\n")
        # A line cut short by the kill has no newline; it does not count as confirmed.
        confirmed.update(int(line) for line in lines[:-1] if line.strip().isdigit())
        if child.returncode != -signal.SIGKILL:
            report.problems.append(f"run {run_number}: writer ended by itself ({child.returncode}): "
                                   f"{err.decode()[-500:]}")
            break
        try:
            with Database.open(db_path, daily_backup=False) as database:
                if database.query("PRAGMA integrity_check") != [("ok",)]:
                    report.integrity_failures += 1
                if not verify(database.conn).ok:
                    report.chain_failures += 1
                present = {r[0] for r in database.query(
                    f"SELECT id FROM {table} WHERE {column} LIKE 'Krasjtest %'")}
        except StoreError as error:
            report.integrity_failures += 1
            report.problems.append(f"run {run_number}: the file could not be opened: {error}")
            break
        missing = confirmed - present
        if missing:
            report.lost_commits += len(missing)
            report.problems.append(f"run {run_number}: confirmed but missing: {sorted(missing)[:10]}")
            break
    report.confirmed_commits += len(confirmed)
    report.seconds = time.perf_counter() - started
    return report


def _label_column(kind: str) -> str:
    return "reasons" if kind == "decisions" else "note"


# ---- file operations killed at every step: backup, encrypt, restore --------------------------
#
# The child runs one operation on the file and kills itself (SIGKILL: nothing is cleaned up)
# right after its n-th change to a folder — a rename, a delete or an fsync — or, for a
# backup, after every 16 pages of the copy. n goes 1, 2, 3 … until the operation finishes by itself, so every
# point at which the folder changes is a kill point, including the dangerous ones (issue 14
# §3): after `encrypt` renames the encrypted file over the plain one, between a backup
# copy's last page and its rename, after a restore's staging. After each kill a writing
# session opens the file (which finishes or undoes what was left) and checks that:
# - the file opens (with the passphrase if it is encrypted) and still holds every applicant,
# - no plaintext file is left anywhere beside an encrypted one,
# - every listed copy opens, passes quick_check and is a Boligmøte file,
# - no hidden leftover (`.skrives`, `.krypteres`, `.gjenopprettes`, a journal) is left.

STEP_PASSPHRASE = "krasjtest passord"
STEP_OPERATIONS = ("backup", "encrypt", "restore")


def _step_child(db_path: str, operation: str, step: int) -> None:
    import signal as _signal

    target = Path(db_path).resolve()
    done = [0]

    def tick():
        done[0] += 1
        if done[0] == step:
            os.kill(os.getpid(), _signal.SIGKILL)

    def kill_after(real):
        def changed(*args, **kwargs):
            result = real(*args, **kwargs)
            tick()
            return result
        return changed

    os.replace, os.rename, os.unlink = kill_after(os.replace), kill_after(os.rename), kill_after(os.unlink)
    os.fsync = kill_after(os.fsync)
    if operation == "encrypt":
        from boligmote.services.encryption import encrypt_database

        encrypt_database(target, STEP_PASSPHRASE)
    elif operation == "restore":
        from boligmote.services.backups import list_backups, restore

        restore(target, list_backups(target)[-1].path)
    else:
        from boligmote.store import Database

        class KillingConnection:
            def __init__(self, conn):
                self._conn = conn

            def __getattr__(self, name):
                return getattr(self._conn, name)

            def backup(self, destination, *args, **kwargs):
                # 16 pages at a time: every progress call is a kill point too.
                self._conn.backup(destination, pages=16, progress=lambda *_: tick())

        database = Database.open(target, daily_backup=False)
        database.conn = KillingConnection(database.conn)
        database.backup()
        database.close()


@dataclass
class StepReport:
    kills: dict = field(default_factory=dict)      # operation → kill points tried
    encrypted_after: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        return [
            *[f"{operation}: killed at {n} points (after every rename/delete/fsync"
              f"{', every 16 pages copied' if operation == 'backup' else ''})" for operation, n in self.kills.items()],
            f"kills after which the file was encrypted: {self.encrypted_after}",
            f"time: {self.seconds:.1f} s",
            *[f"problem: {p}" for p in self.problems],
        ]


def _is_plain_file(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def _check_after_kill(db_path: Path, applicants: int) -> tuple[bool, list[str]]:
    from boligmote.services.backups import list_backups
    from boligmote.store import Database, StoreError
    from boligmote.store.backups import verify_copy

    problems = []
    encrypted = not _is_plain_file(db_path)
    passphrase = STEP_PASSPHRASE if encrypted else None
    try:
        with Database.open(db_path, passphrase=passphrase, daily_backup=False) as database:
            if database.scalar("SELECT count(*) FROM applicants") != applicants:
                problems.append("applicants lost")
    except StoreError as error:
        return encrypted, [f"the file could not be opened: {error}"]
    folder = db_path.parent
    if encrypted:
        plain = [p.name for p in folder.rglob("*") if p.is_file() and _is_plain_file(p)]
        if plain:
            problems.append(f"plaintext beside the encrypted file: {plain}")
    for copy in list_backups(db_path):
        try:
            verify_copy(copy.path, STEP_PASSPHRASE if not _is_plain_file(copy.path) else None)
        except StoreError as error:
            problems.append(f"a listed copy is broken: {copy.path.name}: {error}")
    hidden = [p.name for p in [*folder.iterdir(), *(folder / "backups").iterdir()]
              if p.name.startswith(".") and not p.name.endswith(".lock")]
    if hidden:
        problems.append(f"leftovers: {hidden}")
    return encrypted, problems


def run_file_steps(template: Path, workdir: Path, operations=STEP_OPERATIONS, max_steps: int = 400) -> StepReport:
    """Kill each operation at every step in turn (see above); `template` is a migrated file."""
    from boligmote.store import Database

    report = StepReport()
    started = time.perf_counter()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    base = workdir / "mal"
    shutil.rmtree(base, ignore_errors=True)
    base.mkdir(parents=True)
    db_template = base / "steg.sqlite"
    shutil.copyfile(template, db_template)
    os.chmod(db_template, 0o600)
    with Database.open(db_template) as database:  # the daily copy, then a second one: plain copies
        database.backup()
        applicants = database.scalar("SELECT count(*) FROM applicants")
    for operation in operations:
        report.kills[operation] = 0
        for step in range(1, max_steps + 1):
            work = workdir / "steg"
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(base, work, ignore=shutil.ignore_patterns("*.lock"))
            db_path = work / db_template.name
            child = subprocess.run([sys.executable, __file__, "--step-child", str(db_path), operation, str(step)],
                                   capture_output=True, env=env, timeout=300)
            if child.returncode == 0:
                break
            if child.returncode != -signal.SIGKILL:
                report.problems.append(f"{operation} step {step}: ended by itself ({child.returncode}): "
                                       f"{child.stderr.decode()[-500:]}")
                break
            report.kills[operation] += 1
            encrypted, problems = _check_after_kill(db_path, applicants)
            report.encrypted_after += encrypted
            report.problems.extend(f"{operation} step {step}: {p}" for p in problems)
    report.seconds = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--max-delay", type=float, default=0.25, help="longest wait before a kill (s)")
    parser.add_argument("--fresh-every", type=int, default=20, help="start on a fresh file every N kills")
    parser.add_argument("--writer", choices=["auto", "decisions", "incidents"], default="auto",
                        help="what the child writes (auto: decisions when the meeting store exists)")
    parser.add_argument("--file-steps", action="store_true",
                        help="also kill backup, encrypt and restore at every step (see run_file_steps)")
    parser.add_argument("--child", nargs=3, metavar=("DB", "RUN", "KIND"), help=argparse.SUPPRESS)
    parser.add_argument("--step-child", nargs=3, metavar=("DB", "OPERATION", "STEP"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        _child(args.child[0], int(args.child[1]), args.child[2])
        return 0
    if args.step_child:
        _step_child(args.step_child[0], args.step_child[1], int(args.step_child[2]))
        return 0
    from boligmote.services.demo_file import create_demo_database

    with tempfile.TemporaryDirectory() as scratch:
        template = Path(scratch) / "template.sqlite"
        create_demo_database(template, "small").close()
        workdir = Path(scratch) / "work"
        workdir.mkdir()
        report = run(template, args.kills, args.seed, args.max_delay, writer=args.writer,
                     fresh_every=args.fresh_every, workdir=workdir)
        print("\n".join(report.lines()))
        ok = report.ok
        if args.file_steps:
            steps = run_file_steps(template, workdir)
            print("\n".join(steps.lines()))
            ok = ok and steps.ok
    print("OK" if ok else "FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

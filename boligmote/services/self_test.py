"""`boligmote --self-test`: does this installation work, end to end, without a display?

Meant for an installed copy (a PyInstaller bundle above all, where a missing library or
resource shows only when something reaches for it): it makes the small demo municipality
in a temporary folder, opens it, evaluates every flag, renders the minutes as a PDF,
exports Excel and dry-runs an import of a shipped sample, and reports in bokmål. The
user's own data folder is never touched.

The checks that need Qt live above this layer (the command line adds them), so this
module stays free of PySide6 like the rest of services/.
"""
from __future__ import annotations

import platform
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .. import APP_NAME, __version__
from ..paths import resource, user_data_dir
from ..domain import saved_id
from ..store import Database


@dataclass
class SelfTestContext:
    """What the checks share: the scratch folder and the demo file once it is made."""

    workdir: Path
    today: date
    demo_path: Path | None = None
    database: Database | None = None
    versions: dict[str, str] = field(default_factory=dict)  # Qt and PySide6, for the heading
    minutes_pdf: Path | None = None

    def open_demo(self) -> Database:
        if self.database is None:
            raise RuntimeError("demokommunen er ikke laget (en tidligere kontroll feilet)")
        return self.database


# A check returns one line saying what it saw; it raises when something does not work.
CheckFunction = Callable[[SelfTestContext], str]


@dataclass(frozen=True)
class Check:
    label: str
    run: CheckFunction
    required: bool = True  # an optional part (encryption) that is missing is a note, not a failure


@dataclass(frozen=True)
class CheckResult:
    label: str
    ok: bool
    detail: str
    seconds: float
    details: str = ""  # the traceback of a failure, for stderr


@dataclass
class SelfTestReport:
    heading: str
    results: list[CheckResult]
    seconds: float

    @property
    def ok(self) -> bool:
        return all(result.ok for result in self.results)

    @property
    def failures(self) -> list[CheckResult]:
        return [result for result in self.results if not result.ok]

    def lines(self) -> list[str]:
        lines = [self.heading]
        for result in self.results:
            status = "OK  " if result.ok else "FEIL"
            lines.append(f"  {status}  {result.label}: {result.detail} ({result.seconds:.2f} s)")
        if self.ok:
            lines.append(f"Selvtesten er bestått: {len(self.results)} av {len(self.results)} kontroller "
                         f"på {self.seconds:.1f} s. Dine egne data ({user_data_dir()}) er ikke rørt.")
        else:
            lines.append(f"Selvtesten feilet i {len(self.failures)} av {len(self.results)} kontroller. "
                         "Installasjonen er ufullstendig; installer programmet på nytt, eller send denne "
                         "teksten til den som installerte det.")
        return lines


# ---- the checks that need no display ---------------------------------------------------------

def make_demo(context: SelfTestContext) -> str:
    from .demo_file import create_demo_database

    context.demo_path = context.workdir / "demokommune.sqlite"
    create_demo_database(context.demo_path, "small", reference_date=context.today).close()
    size = context.demo_path.stat().st_size / 1_000_000
    return f"den lille demokommunen er laget ({size:.1f} MB)"


def open_demo(context: SelfTestContext) -> str:
    from .workspace import Workspace

    if context.demo_path is None:
        raise RuntimeError("demokommunen er ikke laget (en tidligere kontroll feilet)")
    # Opening runs the integrity check and the migrations, as for a user's file.
    context.database = Database.open(context.demo_path)
    workspace = Workspace.load(context.database, context.today)
    return (f"{workspace.municipality}: {len(workspace.buildings)} bygninger, {len(workspace.queue)} søkere, "
            f"{len(workspace.vacant_units)} ledige boliger")


def evaluate_flags(context: SelfTestContext) -> str:
    from .matching import Matching
    from .workspace import Workspace

    matching = Matching.for_workspace(Workspace.load(context.open_demo(), context.today))
    matrix = matching.matrix
    rows, columns = matrix.shape
    if rows == 0 or columns == 0:
        raise RuntimeError("demokommunen har ingen søkere eller ingen ledige boliger å vurdere")
    flagged = int((matrix.bits != 0).sum())
    rules = len(matching.settings.rule_ids())
    return f"{rules} regler over {rows} × {columns} par; {flagged} par har minst ett varsel"


def render_minutes_pdf(context: SelfTestContext) -> str:
    from .meetings import Meetings
    from .minutes import render_minutes

    database = context.open_demo()
    meetings = Meetings(database).all()
    if not meetings:
        raise RuntimeError("demokommunen har ingen møter")
    meeting = meetings[-1].meeting  # newest first: the last is the oldest, the signed one
    pdf = render_minutes(database, saved_id(meeting.id))
    out = context.workdir / "protokoll.pdf"
    out.write_bytes(pdf)
    head = out.read_bytes()[:5]
    if not head.startswith(b"%PDF"):
        raise RuntimeError(f"filen begynner med {head!r}, ikke %PDF")
    context.minutes_pdf = out
    return f"møte nr. {meeting.id} ({meeting.status.label}), {len(pdf) // 1024} kB, begynner med %PDF"


def preview_minutes(context: SelfTestContext) -> str:
    """The preview window draws pages with PDFium: is its native library there?"""
    import pypdfium2 as pdfium

    if context.minutes_pdf is None:
        raise RuntimeError("protokollen ble ikke laget (en tidligere kontroll feilet)")
    document = pdfium.PdfDocument(str(context.minutes_pdf))
    try:
        pages = len(document)
        bitmap = document[0].render(scale=0.5)
        width, height = bitmap.width, bitmap.height
    finally:
        document.close()
    return f"{pages} sider; side 1 tegnet som {width} × {height} punkter"


def export_excel(context: SelfTestContext) -> str:
    from .table_export import export_table

    out = context.workdir / "venteliste.xlsx"
    rows = export_table(context.open_demo(), "queue", out, context.today)
    return f"ventelisten, {rows} rader, skrevet til Excel ({out.stat().st_size // 1024} kB)"


def dry_run_import(context: SelfTestContext) -> str:
    from .importing import plan_import

    sample = resource("samples", "bygninger.csv")
    with Database.open(context.workdir / "tom.sqlite", create=True, daily_backup=False) as database:
        plan = plan_import(database, "buildings", sample, context.today)
    if not plan.ok:
        raise RuntimeError("; ".join(str(problem) for problem in plan.problems[:3]))
    return f"prøvekjøring av {sample.name}: {plan.changes.created} nye bygninger, ingen feil"


def encryption_available(context: SelfTestContext) -> str:
    import sqlcipher3  # noqa: F401  (the optional extra; a missing one is a note)

    return "SQLCipher er tilgjengelig (boligmote encrypt)"


DATA_CHECKS: tuple[Check, ...] = (
    Check("Demokommune", make_demo),
    Check("Åpne filen", open_demo),
    Check("Risikovarsler", evaluate_flags),
    Check("Protokoll (PDF)", render_minutes_pdf),
    # pypdfium2 comes with the minutes preview; where it is not installed the check is a note
    Check("Forhåndsvisning av PDF", preview_minutes, required=False),
    Check("Excel-eksport", export_excel),
    Check("Import", dry_run_import),
)
OPTIONAL_CHECKS: tuple[Check, ...] = (
    Check("Kryptering", encryption_available, required=False),
)


# ---- running them ---------------------------------------------------------------------------

def _run_one(check: Check, context: SelfTestContext) -> CheckResult:
    started = time.perf_counter()
    try:
        detail = check.run(context)
        ok = True
        details = ""
    except Exception as error:  # a self-test reports every failure, it never stops at the first
        details = traceback.format_exc()
        if not check.required and isinstance(error, ImportError):
            detail, ok = f"ikke installert ({error.name or error}); valgfritt", True
        else:
            detail, ok = f"{type(error).__name__}: {error}", False
    return CheckResult(check.label, ok, detail, time.perf_counter() - started, details)


def run_self_test(before: Sequence[Check] = (), after: Sequence[Check] = (), *,
                  today: date | None = None) -> SelfTestReport:
    """Run `before` (the command line: Qt starts), the data checks, then `after` (the
    window on the demo file), in a scratch folder that is removed afterwards."""
    started = time.perf_counter()
    checks = [*before, *DATA_CHECKS, *after, *OPTIONAL_CHECKS]
    with tempfile.TemporaryDirectory(prefix="boligmote-selvtest-") as scratch:
        context = SelfTestContext(Path(scratch), today or date.today())
        try:
            results = [_run_one(check, context) for check in checks]
        finally:
            if context.database is not None:
                context.database.close()
    facts = [f"Python {platform.python_version()}", *(f"{name} {version}" for name, version in context.versions.items()),
             "pakket program" if getattr(sys, "frozen", False) else "fra kildekoden"]
    heading = f"{APP_NAME} {__version__} – selvtest ({', '.join(facts)})"
    return SelfTestReport(heading, results, time.perf_counter() - started)

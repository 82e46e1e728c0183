"""Command line: `boligmote` opens the window; subcommands work on a file without it.

Heavy modules (Qt, pandas, reportlab) are imported inside the command that needs them so
that `boligmote check` stays quick and the window starts fast.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from . import APP_NAME, __version__
from .store import StoreError


def _cmd_gui(args: argparse.Namespace) -> int:
    from .gui.app import run_gui

    return run_gui(Path(args.db) if args.db else None)


def _cmd_demo(args: argparse.Namespace) -> int:
    from .services.demo_file import create_demo_database

    out = Path(args.out)
    if out.exists():
        if not args.force:
            print(f"{out} finnes allerede; bruk --force for å erstatte den.", file=sys.stderr)
            return 1
        for suffix in ("", "-wal", "-shm"):
            Path(f"{out}{suffix}").unlink(missing_ok=True)
    started = time.perf_counter()
    database = create_demo_database(out, args.size, args.seed)
    database.close()
    elapsed = time.perf_counter() - started
    size_mb = out.stat().st_size / 1_000_000
    print(f"Laget demokommune ({args.size}) i {out}: {size_mb:.1f} MB på {elapsed:.2f} s")
    return 0


def _cmd_check(args: argparse.Namespace) -> int:
    from .services.health import check_file

    path = Path(args.file)
    report = _open_with_passphrase(lambda pw: check_file(path, pw), path)
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def _parse_day(text: str):
    """dd.mm.åååå or ISO (åååå-mm-dd)."""
    from datetime import datetime

    for pattern in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"ugyldig dato «{text}»; bruk dd.mm.åååå")


def _matching(args: argparse.Namespace):
    from .services.matching import Matching
    from .services.workspace import Workspace

    database = _open_for_reading(Path(args.db))
    try:
        return Matching.for_workspace(Workspace.load(database, args.today))
    except BaseException:
        database.close()
        raise


def _flag_json(flag) -> dict:
    return {"rule": flag.rule, "severity": flag.severity.value, "message": flag.message,
            "scope": flag.scope.value, "source": flag.source, "softens": list(flag.softens)}


def _cmd_flags(args: argparse.Namespace) -> int:
    import json

    matching = _matching(args)
    try:
        flags = matching.flags(args.applicant, args.unit)
        unmet = matching.unmet_requirements(args.applicant, args.unit)
    finally:
        matching.workspace.database.close()
    if args.format == "json":
        print(json.dumps([_flag_json(f) for f in flags], ensure_ascii=False, indent=2))
        return 0
    target = matching.target(args.unit)
    print(f"Søker {args.applicant} → bolig {args.unit} ({target.building.address}, oppgang "
          f"{target.stairwell.label}, {target.building.district})")
    for problem in unmet:
        print(f"  KRAV IKKE OPPFYLT  {problem}")
    if not flags:
        print("  Ingen risikovarsler.")
    for flag in flags:
        print(f"  {flag.severity.label.upper():9} {flag.rule} ({flag.scope.label}): {flag.message} [kilde: {flag.source}]")
    return 0


def _cmd_candidates(args: argparse.Namespace) -> int:
    import json

    matching = _matching(args)
    try:
        ranked = matching.candidates_for_unit(args.unit, include_unsuitable=args.all)[: args.limit]
        flags = {pair.applicant.case_no: matching.flags(pair.applicant.case_no, args.unit) for pair in ranked}
    finally:
        matching.workspace.database.close()
    if args.format == "json":
        print(json.dumps([{"rank": n, "case_no": p.applicant.case_no, "suitable": p.suitable,
                           "factors": list(p.factors), "flags": [_flag_json(f) for f in flags[p.applicant.case_no]]}
                          for n, p in enumerate(ranked, start=1)], ensure_ascii=False, indent=2))
        return 0
    print(f"Kandidater for bolig {args.unit} ({len(ranked)} vist):")
    for number, pair in enumerate(ranked, start=1):
        print(f"{number:3}. {pair.applicant.case_no}  " + " · ".join(pair.factors))
        for flag in flags[pair.applicant.case_no]:
            print(f"       {flag.severity.label.upper():9} {flag.rule}: {flag.message}")
    return 0


def _remove_database_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _cmd_import(args: argparse.Namespace) -> int:
    import tempfile

    from .services.importing import ImportFileError, commit_import, plan_import
    from .store import Database

    target = Path(args.db)
    creating = not target.exists()
    succeeded = False
    with tempfile.TemporaryDirectory() as scratch:
        # A dry run never creates the database: it checks against an empty one instead.
        path = Path(scratch) / "tom.sqlite" if creating and args.dry_run else target
        try:
            with Database.open(path, create=creating) as database:
                plan = plan_import(database, args.kind, Path(args.path))
                print("\n".join(plan.summary_lines()))
                if not plan.ok:
                    print("Ingenting er importert. Feil:", file=sys.stderr)
                    print("\n".join(f"  {problem}" for problem in plan.problems), file=sys.stderr)
                    return 1
                if args.dry_run:
                    print("Prøvekjøring: ingenting er lagret.")
                elif plan.has_changes:
                    commit_import(database, plan)
                    print(f"Importert til {target}.")
                else:
                    print(f"Ingen endringer; {target} er som før.")
                succeeded = True
                return 0
        except ImportFileError as error:
            print(f"Feil: {error}", file=sys.stderr)
            return 1
        finally:
            if creating and not succeeded and path == target:
                _remove_database_file(target)  # a failed import leaves no new, empty file behind


def _cmd_export(args: argparse.Namespace) -> int:
    from .services.table_export import export_table

    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        print(f"Feil: {out.name} må slutte på .xlsx.", file=sys.stderr)
        return 1
    if not out.parent.is_dir():
        print(f"Feil: mappen {out.parent} finnes ikke.", file=sys.stderr)
        return 1
    with _open_for_reading(Path(args.db)) as database:
        rows = export_table(database, args.what, out)
    print(f"Skrev {rows} rader til {out}.")
    return 0


PASSPHRASE_ENV = "BOLIGMOTE_PASSPHRASE"


def _open_with_passphrase(opener, path: Path):
    """Call opener(passphrase); an encrypted file asks for the passphrase once.

    The passphrase comes from BOLIGMOTE_PASSPHRASE (scripts) or is typed without echo.
    """
    import os

    from .store.errors import PassphraseRequired

    passphrase = os.environ.get(PASSPHRASE_ENV) or None
    try:
        return opener(passphrase)
    except PassphraseRequired as error:
        if passphrase is not None:
            raise
        if not sys.stdin.isatty():
            raise PassphraseRequired(f"{error} Kjør kommandoen i en terminal, eller sett {PASSPHRASE_ENV}.") from None
    return opener(_ask_passphrase(f"Passord for {path.name}: "))


def _open_for_reading(path: Path):
    """Open for a command that only reads: read-only, so it works while the window (or another
    writer) holds the file's lock, and with the passphrase if the file is encrypted.

    A file from an older version of the app cannot be read as it is; it is opened for
    writing instead, which upgrades it after a backup copy, as opening it always did.
    """
    from .store import LATEST_VERSION, Database

    def opener(passphrase):
        database = Database.open(path, readonly=True, passphrase=passphrase)
        if database.schema_version >= LATEST_VERSION:
            return database
        database.close()
        return Database.open(path, passphrase=passphrase)

    return _open_with_passphrase(opener, path)


def _ask_passphrase(prompt: str) -> str:
    import getpass

    return getpass.getpass(prompt)


def _print_notices(database) -> None:
    for notice in getattr(database, "notices", []):
        print(f"Advarsel: {notice}", file=sys.stderr)


def _cmd_verify(args: argparse.Namespace) -> int:
    from .services.verification import verify_file
    from .store import Database

    path = Path(args.db)
    with _open_with_passphrase(lambda pw: Database.open(path, readonly=True, passphrase=pw), path) as database:
        result = verify_file(database)
    print("\n".join(result.lines(path.name)))
    return 0 if result.ok else 1


def _cmd_restore(args: argparse.Namespace) -> int:
    from .services.backups import find_backup, format_size, list_backups, restore

    path = Path(args.db)
    copies = list_backups(path)
    if args.source is None:
        if not copies:
            print(f"Ingen sikkerhetskopier av {path.name} i {path.parent / 'backups'}.")
            return 0
        print(f"Sikkerhetskopier av {path.name} (nyeste først):")
        for number, copy in enumerate(copies, start=1):
            print(f"  {number:>2}  {copy.created:%d.%m.%Y %H:%M:%S}  {format_size(copy.size):>9}  "
                  f"{copy.reason_label:<28} {copy.path.name}")
        print("Gjenopprett med: boligmote restore --db FIL --from NUMMER|FILNAVN")
        return 0
    source = find_backup(path, args.source)
    result = _open_with_passphrase(lambda pw: restore(path, source, pw), source)
    print(result.message())
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from .services.backups import take_backup
    from .store import Database

    path = Path(args.db)
    with _open_with_passphrase(lambda pw: Database.open(path, passphrase=pw, daily_backup=False), path) as database:
        _print_notices(database)
        if args.keep is not None:
            database.set_backup_keep(args.keep)
        copy = take_backup(database)
        print(f"Sikkerhetskopi lagret: {copy} (beholder de {database.backup_keep} nyeste).")
    return 0


def _cmd_encrypt(args: argparse.Namespace) -> int:
    import os

    from .services.encryption import encrypt_database

    path = Path(args.db)
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        if not sys.stdin.isatty():
            print(f"Oppgi passordet i miljøvariabelen {PASSPHRASE_ENV} eller kjør kommandoen i en terminal.",
                  file=sys.stderr)
            return 1
        passphrase = _ask_passphrase("Nytt passord: ")
        if _ask_passphrase("Gjenta passordet: ") != passphrase:
            print("Passordene er ikke like; ingenting er endret.", file=sys.stderr)
            return 1
    print(encrypt_database(path, passphrase).message())
    return 0


def _cmd_package_export(args: argparse.Namespace) -> int:
    from .services.case_packages import PackageError, export_package
    from .store import Database
    from .store.errors import DatabaseInUse

    path = Path(args.db)
    remembered = True
    try:
        database = _open_with_passphrase(lambda pw: Database.open(path, passphrase=pw), path)
    except DatabaseInUse:
        # The window has the file: a package can still be made, read-only; only the file's
        # memory of what it exported is not updated (the next package may then ask more).
        database = _open_for_reading(path)
        remembered = False
    with database:
        _print_notices(database)
        try:
            package = export_package(database, args.meeting, Path(args.out), args.cases)
        except PackageError as error:
            print(f"Feil: {error}", file=sys.stderr)
            return 1
    print(f"Skrev {package.describe()}.")
    print("Pakken inneholder særlige kategorier av personopplysninger (helse, rus): den er lesbar bare for deg. "
          "Send den som fortrolig, og slett den når den er importert.")
    if not remembered:
        print("Merk: filen er åpen i en annen økt, så den husker ikke denne pakken. Importen kan derfor vise "
              "flere konflikter enn nødvendig.", file=sys.stderr)
    return 0


def _print_package_conflicts(plan) -> None:
    from .services.case_packages import FIELD_LABELS, describe_value

    print(f"Konflikter ({len(plan.conflicts)}): det samme er endret både i møtefilen og i pakken.")
    for item in plan.conflicts:
        print(f"  {item.record.label}: {item.reason}"
              + (f" (pakkens versjon kan ikke brukes: {item.problem})" if item.problem else ""))
        for name in item.changed_fields:
            mine = describe_value(name, item.mine.get(name)) if item.mine else "(ikke i møtefilen)"
            print(f"      {FIELD_LABELS.get(name, name)}: møtefilen «{mine}» – pakken "
                  f"«{describe_value(name, item.theirs.get(name))}»")


def _cmd_package_import(args: argparse.Namespace) -> int:
    from .services.case_packages import (
        Choice,
        PackageError,
        commit_package_import,
        plan_package_import,
        read_package,
    )
    from .store import Database

    path = Path(args.db)
    try:
        package = read_package(Path(args.package))
    except PackageError as error:
        print(f"Feil: {error}", file=sys.stderr)
        return 1
    if args.dry_run:
        database = _open_for_reading(path)
    else:
        database = _open_with_passphrase(lambda pw: Database.open(path, passphrase=pw), path)
    with database:
        _print_notices(database)
        plan = plan_package_import(database, package)
        print("\n".join(plan.summary_lines()))
        if not plan.ok:
            print("Ingenting er importert:", file=sys.stderr)
            print("\n".join(f"  {problem}" for problem in plan.problems), file=sys.stderr)
            return 1
        if plan.conflicts:
            _print_package_conflicts(plan)
        if args.dry_run:
            print("Prøvekjøring: ingenting er lagret.")
            return 2 if plan.conflicts else 0
        choice = Choice.TAKE_THEIRS if args.take_theirs else Choice.KEEP_MINE if args.keep_mine else None
        if plan.conflicts and choice is None:
            print("Ingenting er importert. Velg --keep-mine (behold møtefilens) eller --take-theirs (ta pakkens) "
                  "for alle konfliktene, eller velg per sak i vinduet (Fil → Importer saker …).", file=sys.stderr)
            return 2
        if not plan.has_changes:
            print(f"Ingen endringer; {path.name} har alt i pakken fra før.")
            return 0
        try:
            result = commit_package_import(database, plan, choice)
        except PackageError as error:
            print(f"Feil: {error} Ingenting er importert.", file=sys.stderr)
            return 1
    print("\n".join(result.lines()))
    return 0


def _write_private(path: Path, data: bytes) -> None:
    """Minutes and letters hold special-category data: written readable by the owner only."""
    import os

    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)
    os.chmod(path, 0o600)


def _cmd_meetings(args: argparse.Namespace) -> int:
    from .services.meetings import Meetings

    with _open_for_reading(Path(args.db)) as database:
        summaries = Meetings(database).all()
    if not summaries:
        print("Ingen møter.")
        return 0
    print(f"{'nr':>4}  {'dato':10}  {'status':10}  {'saker':>5}  {'vedtak':>6}  sted")
    for s in summaries:
        m = s.meeting
        print(f"{m.id:>4}  {m.held_on.strftime('%d.%m.%Y')}  {m.status.label:10}  {s.cases:>5}  {s.decisions:>6}  {m.place}")
    return 0


def _pdf_command(args: argparse.Namespace, produce) -> int:
    """Write the PDF that `produce(database)` makes — (bytes, what it is, ok) — to --out, 0600."""
    from .services.meetings import MeetingError

    out = Path(args.out)
    if not out.parent.is_dir():
        print(f"Feil: mappen {out.parent} finnes ikke.", file=sys.stderr)
        return 1
    with _open_for_reading(Path(args.db)) as database:
        try:
            pdf, what, ok = produce(database)
        except MeetingError as error:
            print(f"Feil: {error}", file=sys.stderr)
            return 1
    _write_private(out, pdf)
    print(f"Skrev {out} ({what}).")
    return 0 if ok else 1


def _cmd_minutes(args: argparse.Namespace) -> int:
    from .domain import MeetingStatus
    from .services.meetings import Meetings
    from .services.minutes import render_minutes
    from .services.signing import signed_minutes_pdf, verify_signed_minutes

    def produce(database):
        meeting = Meetings(database).get(args.meeting)
        if meeting.status is MeetingStatus.SIGNED and not args.with_addenda:
            check = verify_signed_minutes(database, meeting.id)
            return (signed_minutes_pdf(database, meeting.id),
                    f"signert protokoll; {check.message} (SHA-256 {check.computed_sha256[:16]}…)", check.ok)
        return (render_minutes(database, meeting.id, names=not args.hide_names),
                f"protokoll, møtet er {meeting.status.label}", True)

    return _pdf_command(args, produce)


def _cmd_letter(args: argparse.Namespace) -> int:
    from .services.letters import render_decision_letter

    return _pdf_command(args, lambda database: (render_decision_letter(database, args.decision), "vedtaksbrev", True))


def _cmd_self_test(args: argparse.Namespace) -> int:
    import os

    # Before Qt starts (a platform Qt cannot load aborts the process): a self-test needs no
    # display, for it runs in installers, CI jobs and on servers. Unset or empty = offscreen.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from .gui.self_test_checks import check_help, check_qt, check_window
    from .services.self_test import Check, run_self_test

    report = run_self_test(before=[Check("Qt", check_qt)],
                           after=[Check("Hovedvinduet", check_window), Check("Velkomst, hjelp og om", check_help)])
    print("\n".join(report.lines()))
    for failure in report.failures:
        print(f"--- {failure.label} ---\n{failure.details}", file=sys.stderr)
    return 0 if report.ok else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boligmote", description=f"{APP_NAME}: beslutningsstøtte for tildelingsmøter.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="FIL", help="databasefil å åpne (standard: din egen i brukermappen)")
    parser.add_argument("--self-test", action="store_true",
                        help="kontroller installasjonen uten skjerm (demokommune, varsler, protokoll-PDF); "
                             "exit 0 når alt virker")
    parser.set_defaults(handler=_cmd_gui)
    commands = parser.add_subparsers(title="kommandoer", metavar="KOMMANDO")

    demo = commands.add_parser("demo", help="lag en demokommune med syntetiske data")
    demo.add_argument("--size", choices=["small", "oslo", "norge"], default="small")
    demo.add_argument("--out", required=True, metavar="FIL")
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--force", action="store_true", help="erstatt filen om den finnes")
    demo.set_defaults(handler=_cmd_demo)

    check = commands.add_parser("check", help="kontroller en databasefil (integritet, versjon, innhold)")
    check.add_argument("file", metavar="FIL")
    check.set_defaults(handler=_cmd_check)
    flags = commands.add_parser("flags", help="risikovarsler for én søker i én bolig")
    flags.add_argument("--db", required=True, metavar="FIL")
    flags.add_argument("--applicant", required=True, metavar="SAKSNR")
    flags.add_argument("--unit", required=True, metavar="BOLIGNR")
    flags.add_argument("--format", choices=["text", "json"], default="text")
    flags.add_argument("--today", type=_parse_day, default=None, metavar="DATO", help="vurderingsdato (standard: i dag)")
    flags.set_defaults(handler=_cmd_flags)

    candidates = commands.add_parser("candidates", help="rangerte kandidater for en ledig bolig, med varsler")
    candidates.add_argument("--db", required=True, metavar="FIL")
    candidates.add_argument("--unit", required=True, metavar="BOLIGNR")
    candidates.add_argument("--limit", type=int, default=20)
    candidates.add_argument("--all", action="store_true", help="ta med søkere som ikke oppfyller absolutte krav")
    candidates.add_argument("--format", choices=["text", "json"], default="text")
    candidates.add_argument("--today", type=_parse_day, default=None, metavar="DATO")
    candidates.set_defaults(handler=_cmd_candidates)
    importing = commands.add_parser(
        "import", help="importer bygninger, boliger, beboere, søkere eller hendelser fra CSV/XLSX")
    importing.add_argument("--db", required=True, metavar="FIL", help="databasefil (lages tom om den ikke finnes)")
    importing.add_argument("--kind", required=True,
                           choices=["buildings", "units", "residents", "applicants", "incidents"])
    importing.add_argument("path", metavar="FIL.csv|FIL.xlsx")
    importing.add_argument("--dry-run", action="store_true", help="kontroller bare; lagre ingenting")
    importing.set_defaults(handler=_cmd_import)

    exporting = commands.add_parser("export", help="eksporter venteliste, vedtak eller sammensetning til Excel")
    exporting.add_argument("--db", required=True, metavar="FIL")
    exporting.add_argument("--what", required=True, choices=["queue", "decisions", "composition"])
    exporting.add_argument("--out", required=True, metavar="FIL.xlsx")
    exporting.set_defaults(handler=_cmd_export)

    verify = commands.add_parser("verify", help="kontroller revisjonsloggens hash-kjede; exit 1 ved brudd")
    verify.add_argument("--db", required=True, metavar="FIL")
    verify.set_defaults(handler=_cmd_verify)

    restore = commands.add_parser("restore", help="list sikkerhetskopier eller gjenopprett fra en")
    restore.add_argument("--db", required=True, metavar="FIL")
    restore_what = restore.add_mutually_exclusive_group()
    restore_what.add_argument("--list", action="store_true", help="list sikkerhetskopiene (standard)")
    restore_what.add_argument("--from", dest="source", metavar="KOPI",
                              help="kopien å gjenopprette: nummer fra --list, filnavn eller sti")
    restore.set_defaults(handler=_cmd_restore)

    backup = commands.add_parser("backup", help="ta en sikkerhetskopi nå")
    backup.add_argument("--db", required=True, metavar="FIL")
    backup.add_argument("--keep", type=int, metavar="N",
                        help="hvor mange kopier som beholdes for denne filen (standard 10)")
    backup.set_defaults(handler=_cmd_backup)

    encrypt = commands.add_parser("encrypt", help="krypter en databasefil med passord (SQLCipher)")
    encrypt.add_argument("--db", required=True, metavar="FIL")
    encrypt.set_defaults(handler=_cmd_encrypt)

    meetings = commands.add_parser("meetings", help="list møtene: nummer, dato, status, antall saker")
    meetings.add_argument("--db", required=True, metavar="FIL")
    meetings.set_defaults(handler=_cmd_meetings)

    minutes = commands.add_parser("minutes", help="skriv protokollen for et møte som PDF")
    minutes.add_argument("--db", required=True, metavar="FIL")
    minutes.add_argument("--meeting", required=True, type=int, metavar="NR")
    minutes.add_argument("--out", required=True, metavar="FIL.pdf")
    minutes.add_argument("--with-addenda", action="store_true",
                         help="for et signert møte: lag protokollen på nytt med tilleggene bakerst")
    minutes.add_argument("--hide-names", action="store_true", help="vis saksnummer i stedet for søkernes navn")
    minutes.set_defaults(handler=_cmd_minutes)

    letter = commands.add_parser("letter", help="skriv vedtaksbrevet for ett vedtak som PDF")
    letter.add_argument("--db", required=True, metavar="FIL")
    letter.add_argument("--decision", required=True, type=int, metavar="NR")
    letter.add_argument("--out", required=True, metavar="FIL.pdf")
    letter.set_defaults(handler=_cmd_letter)

    package = commands.add_parser(
        "package", help="saksmappe: forbered saker på en bærbar kopi og ta dem inn i møtefilen")
    package_commands = package.add_subparsers(title="handlinger", metavar="HANDLING", required=True)
    package_out = package_commands.add_parser("export", help="pakk sakene til et planlagt møte i en .bmpak-fil")
    package_out.add_argument("--db", required=True, metavar="FIL")
    package_out.add_argument("--meeting", required=True, type=int, metavar="NR", help="møtenummer (se meetings)")
    package_out.add_argument("--cases", nargs="+", metavar="SAKSNR", help="bare disse sakene (standard: alle)")
    package_out.add_argument("--out", required=True, metavar="FIL.bmpak")
    package_out.set_defaults(handler=_cmd_package_export)
    package_in = package_commands.add_parser(
        "import", help="ta inn en saksmappe; konflikter listes, og ingenting lagres uten et valg (exit 2)")
    package_in.add_argument("--db", required=True, metavar="FIL")
    package_in.add_argument("package", metavar="FIL.bmpak")
    package_choice = package_in.add_mutually_exclusive_group()
    package_choice.add_argument("--take-theirs", action="store_true", help="ved konflikt: ta pakkens versjon")
    package_choice.add_argument("--keep-mine", action="store_true", help="ved konflikt: behold møtefilens versjon")
    package_choice.add_argument("--dry-run", action="store_true", help="vis hva som ville skjedd; lagre ingenting")
    package_in.set_defaults(handler=_cmd_package_import)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if getattr(args, "self_test", False):
            return _cmd_self_test(args)
        return args.handler(args)
    except StoreError as error:
        print(f"Feil: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130

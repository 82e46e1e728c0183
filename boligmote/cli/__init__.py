"""Command line: `boligmote [FIL]` opens the window; subcommands work on a file without it.

Heavy modules (Qt, pandas, reportlab) are imported inside the command that needs them so
that `boligmote check` stays quick and the window starts fast.
"""
from __future__ import annotations

import argparse
import sys

from .. import APP_NAME, __version__
from ..store import StoreError
from .at_risk import at_risk_command
from .common import PASSPHRASE_ENV, add_list_command, parse_day, record_number, whole_number
from .archive import archive_command
from .files import backup_command, check_command, demo_command, encrypt_command, gui_command, restore_command, verify_command
from .evidence import evidence_command
from .statistics import statistics_command
from .follow_up import follow_ups_command
from .matching import candidates_command, flags_command
from .meetings import letter_command, meetings_command, minutes_command
from .renewals import renewals_command
from .planning import plan_command
from .packages import package_copy_command, package_export_command, package_import_command
from .self_test import self_test_command
from .tables import export_command, import_command

__all__ = ["main", "build_parser", "PASSPHRASE_ENV"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boligmote", description=f"{APP_NAME}: beslutningsstøtte for tildelingsmøter.",
        usage="%(prog)s [-h] [--version] [--self-test] [FIL | --db FIL]\n       %(prog)s KOMMANDO ...",
        epilog="«boligmote FIL» åpner FIL i vinduet (som --db FIL); slik åpner filbehandleren en fil med "
               "Boligmøte. Heter filen det samme som en kommando, skriv ./FIL.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="FIL", help="databasefil å åpne (standard: din egen i brukermappen)")
    parser.add_argument("--self-test", action="store_true",
                        help="kontroller installasjonen uten skjerm (demokommune, varsler, protokoll-PDF); "
                             "exit 0 når alt virker")
    parser.set_defaults(handler=gui_command)
    commands = parser.add_subparsers(title="kommandoer", metavar="KOMMANDO", prog="boligmote")

    demo = commands.add_parser("demo", help="lag en demokommune med syntetiske data")
    demo.add_argument("--size", choices=["small", "oslo", "norge"], default="small")
    demo.add_argument("--out", required=True, metavar="FIL")
    demo.add_argument("--seed", type=int, default=2026)
    demo.add_argument("--force", action="store_true", help="erstatt filen om den finnes")
    demo.set_defaults(handler=demo_command)

    check = commands.add_parser("check", help="kontroller en databasefil (integritet, versjon, innhold)")
    check.add_argument("file", metavar="FIL")
    check.set_defaults(handler=check_command)
    flags = commands.add_parser("flags", help="risikovarsler for én søker i én bolig")
    flags.add_argument("--db", required=True, metavar="FIL")
    flags.add_argument("--applicant", required=True, metavar="SAKSNR")
    flags.add_argument("--unit", required=True, metavar="BOLIGNR")
    flags.add_argument("--format", choices=["text", "json"], default="text")
    flags.add_argument("--today", type=parse_day, default=None, metavar="DATO", help="vurderingsdato (standard: i dag)")
    flags.set_defaults(handler=flags_command)

    renewals = add_list_command(
        commands, "renewals", "leieavtaler som snart utløper (fornyelser)", renewals_command,
        ("--months", dict(type=whole_number(0, 120, "antall måneder"), default=None,
                          help="måneder fram i tid (standard: innstillingen, 6)")))
    renewals.add_argument("--agenda", type=record_number, default=None, metavar="MØTE",
                          help="sett leieavtalen i --unit på sakslisten til dette møtet (nummeret fra «meetings»)")
    renewals.add_argument("--unit", default=None, metavar="BOLIG", help="med --agenda: boligen leieavtalen gjelder")
    renewals.add_argument("--case-no", default=None, metavar="SAKSNR", help="med --agenda: saksnummeret for fornyelsen")
    renewals.add_argument("--tenant", default=None, metavar="NAVN",
                          help="med --agenda: leietakerens navn (vedtaksbrevet sendes til leietakeren)")
    renewals.add_argument("--prepared-by", default="", metavar="NAVN", help="med --agenda: hvem som forberedte saken")

    candidates = commands.add_parser("candidates", help="rangerte kandidater for en ledig bolig, med varsler")
    candidates.add_argument("--db", required=True, metavar="FIL")
    candidates.add_argument("--unit", required=True, metavar="BOLIGNR")
    candidates.add_argument("--limit", type=whole_number(1, 100_000, "antallet"), default=20)
    candidates.add_argument("--all", action="store_true", help="ta med søkere som ikke oppfyller absolutte krav")
    candidates.add_argument("--format", choices=["text", "json"], default="text")
    candidates.add_argument("--today", type=parse_day, default=None, metavar="DATO")
    candidates.set_defaults(handler=candidates_command)

    plan = commands.add_parser(
        "plan", help="fordelingsplan for alle ledige boliger samtidig (et råd til møtet, ikke et vedtak)")
    plan.add_argument("--db", required=True, metavar="FIL")
    plan.add_argument("--format", choices=["text", "json"], default="text")
    plan.add_argument("--lock", action="append", metavar="SAKSNR:BOLIGNR",
                      help="lås en plassering (kan gjentas)")
    plan.add_argument("--forbid", action="append", metavar="SAKSNR:BOLIGNR",
                      help="utelukk et par søker og bolig (kan gjentas)")
    plan.add_argument("--time-limit", type=whole_number(1, 3600, "tidsgrensen"), default=30, metavar="S",
                      help="sekunder solveren kan bruke (standard 30)")
    plan.add_argument("--slider", type=whole_number(0, 4, "vektingen"), default=0, metavar="0-4",
                      help="0 køen først (standard) … 4 færrest varsler")
    plan.add_argument("--allow-critical", action="store_true",
                      help="tillat plasseringer med kritisk varsel (så få som mulig)")
    plan.add_argument("--today", type=parse_day, default=None, metavar="DATO")
    plan.set_defaults(handler=plan_command)

    add_list_command(commands, "follow-ups", "oppfølgingspunkter som har forfalt eller snart forfaller",
                     follow_ups_command,
                     ("--days", dict(type=whole_number(0, 3660, "antall dager"), default=None,
                                     help="dager fram i tid (standard: innstillingen, 30); forfalte punkter vises alltid")))
    add_list_command(commands, "at-risk", "leieforhold i risiko: husleierestanse eller varsel fra utleier",
                     at_risk_command)
    evidence = commands.add_parser("evidence", help="erfaringer med varslene: utfall med og uten hvert varsel")
    evidence.add_argument("--db", required=True, metavar="FIL")
    evidence.add_argument("--format", choices=["text", "json"], default="text")
    evidence.add_argument("--year", type=whole_number(2000, 2999, "årstall"), default=None, metavar="ÅR",
                          help="årsrapport: tallene per 31.12.ÅR")
    evidence.add_argument("--pdf", default=None, metavar="FIL.pdf", help="lagre årsrapporten som PDF")
    evidence.add_argument("--today", type=parse_day, default=None, metavar="DATO")
    evidence.set_defaults(handler=evidence_command)
    statistics = commands.add_parser(
        "statistics", help="årsstatistikk: søknader, vedtak, ventetid, boliger, ledighet, fornyelser, utkastelser")
    statistics.add_argument("--db", required=True, metavar="FIL")
    statistics.add_argument("--year", type=whole_number(2000, 2999, "årstall"), default=None, metavar="ÅR",
                            help="året tallene gjelder (standard: fjoråret), per 31.12.ÅR")
    statistics.add_argument("--pdf", default=None, metavar="FIL.pdf", help="lagre rapporten med figurer som PDF")
    statistics.add_argument("--xlsx", default=None, metavar="FIL.xlsx", help="lagre tabellene som Excel-arbeidsbok")
    statistics.add_argument("--format", choices=["text", "json"], default="text")
    statistics.add_argument("--today", type=parse_day, default=None, metavar="DATO")
    statistics.set_defaults(handler=statistics_command)
    importing = commands.add_parser(
        "import", help="importer bygninger, boliger, beboere, søkere, hendelser eller leiereskontro fra CSV/XLSX, "
                       "eller boliger og leieforhold fra en Kobo-fil (JSON)")
    importing.add_argument("--db", required=True, metavar="FIL", help="databasefil (lages tom om den ikke finnes)")
    importing.add_argument("--kind", required=True,
                           choices=["buildings", "units", "residents", "applicants", "incidents", "ledger", "kobo"])
    importing.add_argument("path", metavar="FIL.csv|FIL.xlsx|FIL.json")
    importing.add_argument("--dry-run", action="store_true", help="kontroller bare; lagre ingenting")
    importing.add_argument("--end-tenancies", action="store_true",
                           help="kobo: tillat at boliger med «husstand»: null avslutter leieforholdet sitt")
    importing.set_defaults(handler=import_command)

    exporting = commands.add_parser(
        "export", help="eksporter venteliste, vedtak eller sammensetning til Excel, eller boligregisteret i Kobo-format")
    exporting.add_argument("--db", required=True, metavar="FIL")
    exporting.add_argument("--what", required=True, choices=["queue", "decisions", "composition", "kobo"],
                           help="kobo: boligregisteret som JSON i en Kobo-lignende form (uten husstander)")
    exporting.add_argument("--out", required=True, metavar="FIL.xlsx|FIL.json")
    exporting.add_argument("--with-households", action="store_true",
                           help="kobo: ta med husstandene (personopplysninger: krever behandlingsgrunnlag og "
                                "databehandleravtale; aldri i bemannede boliger og bofellesskap)")
    exporting.set_defaults(handler=export_command)

    verify = commands.add_parser(
        "verify", help="kontroller revisjonslogg, skjema, signerte møter og sikkerhetskopi; exit 1 ved brudd")
    verify.add_argument("--db", required=True, metavar="FIL")
    verify.add_argument("--anchor", action="store_true",
                        help="skriv ut en ankerkode for revisjonsloggen slik den er nå (til arkivet eller protokollen)")
    verify.add_argument("--since", metavar="KODE", help="vis at ingenting registrert før ankerkoden er endret")
    verify.set_defaults(handler=verify_command)

    restore = commands.add_parser("restore", help="list sikkerhetskopier eller gjenopprett fra en")
    restore.add_argument("--db", required=True, metavar="FIL")
    restore_what = restore.add_mutually_exclusive_group()
    restore_what.add_argument("--list", action="store_true", help="list sikkerhetskopiene (standard)")
    restore_what.add_argument("--from", dest="source", metavar="KOPI",
                              help="kopien å gjenopprette: nummer fra --list, filnavn eller sti")
    restore.add_argument("--encrypt", action="store_true",
                         help="en ukryptert kopi til en kryptert fil: krypter innholdet med filens passord")
    restore.set_defaults(handler=restore_command)

    backup = commands.add_parser("backup", help="ta en sikkerhetskopi nå")
    backup.add_argument("--db", required=True, metavar="FIL")
    backup.add_argument("--keep", type=whole_number(1, 10_000, "antallet"), metavar="N",
                        help="hvor mange kopier som beholdes for denne filen (standard 10)")
    backup.set_defaults(handler=backup_command)

    encrypt = commands.add_parser("encrypt", help="krypter en databasefil med passord (SQLCipher)")
    encrypt.add_argument("--db", required=True, metavar="FIL")
    encrypt.set_defaults(handler=encrypt_command)

    meetings = commands.add_parser("meetings", help="list møtene: nummer, dato, status, antall saker")
    meetings.add_argument("--db", required=True, metavar="FIL")
    meetings.set_defaults(handler=meetings_command)

    minutes = commands.add_parser("minutes", help="skriv protokollen for et møte som PDF")
    minutes.add_argument("--db", required=True, metavar="FIL")
    minutes.add_argument("--meeting", required=True, type=record_number, metavar="NR")
    minutes.add_argument("--out", required=True, metavar="FIL.pdf")
    minutes.add_argument("--with-addenda", action="store_true",
                         help="for et signert møte: lag protokollen på nytt med tilleggene bakerst")
    minutes.add_argument("--hide-names", action="store_true", help="vis saksnummer i stedet for søkernes navn")
    minutes.set_defaults(handler=minutes_command)

    letter = commands.add_parser("letter", help="skriv vedtaksbrevet for ett vedtak som PDF")
    letter.add_argument("--db", required=True, metavar="FIL")
    which = letter.add_mutually_exclusive_group(required=True)
    which.add_argument("--decision", type=record_number, metavar="NR")
    which.add_argument("--renewal", type=record_number, metavar="NR",
                       help="vedtaket om ikke å fornye en leieavtale (nummeret fra «renewals --agenda»)")
    letter.add_argument("--out", required=True, metavar="FIL.pdf")
    letter.set_defaults(handler=letter_command)

    archive = commands.add_parser(
        "archive", help="signert møte til kommunens arkiv: Fiks Arkiv-meldinger med PDF/A-filer")
    archive.add_argument("--db", required=True, metavar="FIL")
    archive.add_argument("--meeting", required=True, type=record_number, metavar="NR", help="møtenummer (se meetings)")
    archive.add_argument("--out", required=True, metavar="MAPPE",
                         help="mappen eksporten legges i (som en ny mappe arkiv-mote-NR-DATO)")
    archive.set_defaults(handler=archive_command)

    package = commands.add_parser(
        "package", help="saksmappe: forbered saker på en bærbar kopi og ta dem inn i møtefilen")
    package_commands = package.add_subparsers(title="handlinger", metavar="HANDLING", required=True)
    package_copy = package_commands.add_parser(
        "copy", help="lag en forberedelseskopi av møtefilen til en bærbar PC (bare den kan lage saksmapper)")
    package_copy.add_argument("--db", required=True, metavar="FIL", help="møtefilen")
    package_copy.add_argument("--out", required=True, metavar="KOPI.sqlite")
    package_copy.set_defaults(handler=package_copy_command)
    package_out = package_commands.add_parser(
        "export", help="pakk sakene til et planlagt møte i en .bmpak-fil (fra en forberedelseskopi)")
    package_out.add_argument("--db", required=True, metavar="FIL")
    package_out.add_argument("--meeting", required=True, type=record_number, metavar="NR", help="møtenummer (se meetings)")
    package_out.add_argument("--cases", nargs="+", metavar="SAKSNR", help="bare disse sakene (standard: alle)")
    package_out.add_argument("--out", required=True, metavar="FIL.bmpak")
    package_out.set_defaults(handler=package_export_command)
    package_in = package_commands.add_parser(
        "import", help="ta inn en saksmappe; konflikter listes, og ingenting lagres uten et valg (exit 2)")
    package_in.add_argument("--db", required=True, metavar="FIL")
    package_in.add_argument("package", metavar="FIL.bmpak")
    package_choice = package_in.add_mutually_exclusive_group()
    package_choice.add_argument("--take-theirs", action="store_true", help="ved konflikt: ta pakkens versjon")
    package_choice.add_argument("--keep-mine", action="store_true",
                                help="behold møtefilens versjon: ved konflikt, og legg ikke til noe nytt")
    package_choice.add_argument("--dry-run", action="store_true", help="vis hva som ville skjedd; lagre ingenting")
    package_in.set_defaults(handler=package_import_command)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    argv = sys.argv[1:] if argv is None else list(argv)
    file, argv = _file_to_open(argv, _command_names(parser))
    args = parser.parse_args(argv)
    if file is not None:
        if args.handler is not gui_command or getattr(args, "self_test", False):
            parser.error(f"filen {file} kan ikke stå foran en kommando eller --self-test")
        if args.db:
            parser.error("oppgi filen enten som FIL eller med --db FIL, ikke begge")
        args.db = file
    try:
        if getattr(args, "self_test", False):
            return self_test_command(args)
        code: int = args.handler(args)
        return code
    except StoreError as error:
        print(f"Feil: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _output_closed()


# Options before the command that take a value: their value is not the file to open.
_VALUE_OPTIONS = ("--db",)


def _command_names(parser: argparse.ArgumentParser) -> set[str]:
    subparsers = parser._subparsers
    if subparsers is None:
        return set()
    return {name for action in subparsers._group_actions for name in (action.choices or ())}


def _file_to_open(argv: list[str], commands: set[str]) -> tuple[str | None, list[str]]:
    """`boligmote FIL`: the first plain word that is not a command is the file to open, and is
    taken out before argparse sees it (argparse cannot have an optional positional beside
    subcommands: it would take «demo» as a file name). The Linux .desktop entry runs
    `boligmote %f`, the Windows file association `boligmote "%1"`. A file named like a command
    is opened as ./check; after `--` the next word is always a file."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--":
            if index + 1 < len(argv):
                return argv[index + 1], argv[:index] + argv[index + 2:]
            return None, argv
        if word in _VALUE_OPTIONS:
            index += 2
            continue
        if word.startswith("-"):
            index += 1
            continue
        if word in commands:
            return None, argv
        return word, argv[:index] + argv[index + 1:]
    return None, argv


def _output_closed() -> int:
    """`boligmote check FIL | head -1`: the reader has gone. Say so once, on stderr, and exit like
    a program that SIGPIPE stopped; stdout goes to /dev/null so that Python's own flush at exit
    does not raise the same error again as a traceback."""
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        print("Utskriften ble avbrutt: mottakeren lukket røret.", file=sys.stderr)
    except (OSError, ValueError):
        pass
    return 141  # 128 + SIGPIPE, what the shell shows for a writer whose reader went away

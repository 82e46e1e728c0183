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

    report = check_file(Path(args.file))
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boligmote", description=f"{APP_NAME}: beslutningsstøtte for tildelingsmøter.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="FIL", help="databasefil å åpne (standard: din egen i brukermappen)")
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
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except StoreError as error:
        print(f"Feil: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130

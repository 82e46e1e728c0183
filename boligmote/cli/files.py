"""Commands about the database file itself: open the window, demo, check, verify, backups, encryption."""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from .common import PASSPHRASE_ENV, open_with_passphrase, ask_passphrase, print_notices


def gui_command(args: argparse.Namespace) -> int:
    from ..gui.app import run_gui

    return run_gui(Path(args.db) if args.db else None)


def demo_command(args: argparse.Namespace) -> int:
    from ..services.demo_file import create_demo_database

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


def check_command(args: argparse.Namespace) -> int:
    from ..services.health import check_file

    path = Path(args.file)
    report = open_with_passphrase(lambda pw: check_file(path, pw), path)
    print("\n".join(report.lines()))
    return 0 if report.ok else 1


def verify_command(args: argparse.Namespace) -> int:
    from ..services.verification import anchor_code, check_anchor, verify_file
    from ..store import Database

    path = Path(args.db)
    with open_with_passphrase(lambda pw: Database.open(path, readonly=True, passphrase=pw), path) as database:
        if args.anchor:
            print(anchor_code(database))
            print("Skriv koden inn i arkivet eller protokollen. «boligmote verify --since KODE» viser senere at "
                  "ingenting registrert før den er endret.", file=sys.stderr)
            return 0
        result = verify_file(database)
        since = check_anchor(database, args.since) if args.since else None
    lines = result.lines(path.name)
    if since is not None:
        lines.append(("Anker: " if since.ok else "BRUDD mot ankeret: ") + since.message)
    print("\n".join(lines))
    return 0 if result.ok and (since is None or since.ok) else 1


def restore_command(args: argparse.Namespace) -> int:
    from ..services.backups import find_backup, format_size, list_backups, restore

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
    result = open_with_passphrase(lambda pw: restore(path, source, pw, encrypt=args.encrypt), source)
    print(result.message())
    return 0


def backup_command(args: argparse.Namespace) -> int:
    from ..services.backups import take_backup
    from ..store import Database

    path = Path(args.db)
    with open_with_passphrase(lambda pw: Database.open(path, passphrase=pw, daily_backup=False), path) as database:
        print_notices(database)
        if args.keep is not None:
            database.set_backup_keep(args.keep)
        copy = take_backup(database)
        print(f"Sikkerhetskopi lagret: {copy} (beholder de {database.backup_keep} nyeste).")
    return 0


def encrypt_command(args: argparse.Namespace) -> int:
    import os

    from ..services.encryption import encrypt_database

    path = Path(args.db)
    passphrase = os.environ.get(PASSPHRASE_ENV)
    if not passphrase:
        if not sys.stdin.isatty():
            print(f"Oppgi passordet i miljøvariabelen {PASSPHRASE_ENV} eller kjør kommandoen i en terminal.",
                  file=sys.stderr)
            return 1
        passphrase = ask_passphrase("Nytt passord: ")
        if ask_passphrase("Gjenta passordet: ") != passphrase:
            print("Passordene er ikke like; ingenting er endret.", file=sys.stderr)
            return 1
    print(encrypt_database(path, passphrase).message())
    return 0

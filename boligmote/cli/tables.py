"""`import` and `export`: case-system tables in, Excel out."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .common import open_for_reading, open_with_passphrase


def _remove_database_file(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def import_command(args: argparse.Namespace) -> int:
    import tempfile

    from ..services.importing import ImportFileError, commit_import, plan_import
    from ..store import Database

    target = Path(args.db)
    creating = not target.exists()
    succeeded = False
    with tempfile.TemporaryDirectory() as scratch:
        # A dry run never creates the database: it checks against an empty one instead.
        path = Path(scratch) / "tom.sqlite" if creating and args.dry_run else target
        try:
            # An encrypted file takes the passphrase as every other command does
            # (BOLIGMOTE_PASSPHRASE, or asked in a terminal); a new file is created plain, as before.
            database = (Database.open(path, create=True) if creating else
                        open_with_passphrase(lambda pw: Database.open(path, passphrase=pw), path))
            with database:
                plan = plan_import(database, args.kind, Path(args.path))
                print("\n".join(plan.summary_lines()))
                if not plan.ok:
                    print("Ingenting er importert. Feil:", file=sys.stderr)
                    print("\n".join(f"  {problem}" for problem in plan.problems), file=sys.stderr)
                    return 1
                ended = plan.ended_tenancies
                if ended and not args.end_tenancies:
                    print(f"Importen ville avslutte {ended} leieforhold. Kjør igjen med --end-tenancies for å "
                          "tillate det" + (" (prøvekjøringen lagrer uansett ingenting)." if args.dry_run else
                                           "; ingenting er importert."), file=sys.stderr)
                    if not args.dry_run:
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


def export_command(args: argparse.Namespace) -> int:
    out = Path(args.out)
    suffix = ".json" if args.what == "kobo" else ".xlsx"
    if out.suffix.lower() != suffix:
        print(f"Feil: {out.name} må slutte på {suffix}.", file=sys.stderr)
        return 1
    if out.is_dir():
        print(f"Feil: {out} er en mappe; oppgi et filnavn.", file=sys.stderr)
        return 1
    if not out.parent.is_dir():
        print(f"Feil: mappen {out.parent} finnes ikke.", file=sys.stderr)
        return 1
    with open_for_reading(Path(args.db)) as database:
        try:
            if args.what == "kobo":
                from ..services.kobo_export import export_kobo

                units = export_kobo(database, out, with_households=args.with_households)
            else:
                from ..services.table_export import export_table

                rows = export_table(database, args.what, out)
        except OSError as error:
            print(f"Feil: kan ikke skrive {out}: {error.strerror or error}.", file=sys.stderr)
            return 1
    if args.what == "kobo":
        print(f"Skrev {units} boliger i Kobo-lignende format til {out}" + (
            ", med husstander: filen inneholder personopplysninger." if args.with_households else
            ", uten husstander."))
    else:
        print(f"Skrev {rows} rader til {out}.")
    return 0

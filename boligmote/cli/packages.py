"""`package copy|export|import`: offline case packages between a laptop and the meeting file."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from .common import open_with_passphrase, open_for_reading, print_notices

if TYPE_CHECKING:
    from ..services.case_packages import PackageImportPlan


def package_copy_command(args: argparse.Namespace) -> int:
    from ..services.case_packages import PackageError, make_preparation_copy
    from ..store import Database
    from ..store.errors import DatabaseInUse

    path = Path(args.db)
    try:
        database = open_with_passphrase(lambda pw: Database.open(path, passphrase=pw), path)
    except DatabaseInUse as error:
        print(f"Feil: {error} Møtefilen må huske kopien den lager; lag den i vinduet (Fil → Lag "
              "forberedelseskopi …) eller lukk vinduet først.", file=sys.stderr)
        return 1
    with database:
        print_notices(database)
        try:
            made = make_preparation_copy(database, Path(args.out))
        except PackageError as error:
            print(f"Feil: {error}", file=sys.stderr)
            return 1
    print(f"Skrev forberedelseskopien {made.path} ({made.applicants} søkere, {made.cases} saker på åpne møter).")
    print("Forbered sakene i kopien og eksporter dem med «boligmote package export»; bare saksmapper fra en "
          "kopi møtefilen har laget, kan importeres. Kopien inneholder alle personopplysningene i møtefilen: "
          "oppbevar den som møtefilen, og slett den etter bruk.")
    return 0


def package_export_command(args: argparse.Namespace) -> int:
    from ..services.case_packages import PackageError, export_package
    from ..store import Database
    from ..store.errors import DatabaseInUse

    path = Path(args.db)
    remembered = True
    try:
        database = open_with_passphrase(lambda pw: Database.open(path, passphrase=pw), path)
    except DatabaseInUse:
        # The window has the file: a package can still be made, read-only; only the file's
        # memory of what it exported is not updated (the next package may then ask more).
        database = open_for_reading(path)
        remembered = False
    with database:
        print_notices(database)
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


def _print_package_conflicts(plan: PackageImportPlan) -> None:
    from ..services.case_packages import FIELD_LABELS, describe_value

    print(f"Konflikter ({len(plan.conflicts)}): det samme er endret både i møtefilen og i pakken.")
    for item in plan.conflicts:
        print(f"  {item.record.label}: {item.reason}"
              + (f" (pakkens versjon kan ikke brukes: {item.problem})" if item.problem else ""))
        for name in item.changed_fields:
            mine = describe_value(name, item.mine.get(name)) if item.mine else "(ikke i møtefilen)"
            print(f"      {FIELD_LABELS.get(name, name)}: møtefilen «{mine}» – pakken "
                  f"«{describe_value(name, item.theirs.get(name))}»")


def package_import_command(args: argparse.Namespace) -> int:
    from ..services.case_packages import (
        Choice,
        PackageError,
        commit_package_import,
        plan_package_import,
        read_package,
    )
    from ..store import Database

    path = Path(args.db)
    try:
        package = read_package(Path(args.package))
    except PackageError as error:
        print(f"Feil: {error}", file=sys.stderr)
        return 1
    if args.dry_run:
        database = open_for_reading(path)
    else:
        database = open_with_passphrase(lambda pw: Database.open(path, passphrase=pw), path)
    with database:
        print_notices(database)
        try:
            plan = plan_package_import(database, package)
        except PackageError as error:
            print(f"Feil: {error} Ingenting er importert.", file=sys.stderr)
            return 1
        print("\n".join(plan.summary_lines()))
        if not plan.ok:
            print("Ingenting er importert:", file=sys.stderr)
            print("\n".join(f"  {problem}" for problem in plan.problems), file=sys.stderr)
            return 1
        if plan.additions:
            print(f"Nye ({len(plan.additions)}), legges til unntatt med --keep-mine: "
                  + ", ".join(item.record.label for item in plan.additions) + ".")
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

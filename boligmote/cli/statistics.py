"""`statistics`: the yearly figures on the municipality's rental housing (issue 20 item 5), as text,
JSON, a PDF with charts and an XLSX workbook."""
from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from .common import open_for_reading, write_private


def statistics_command(args: argparse.Namespace) -> int:
    import json

    from ..services.statistics import last_full_year, report_json, report_lines, statistics_report

    today = args.today or date.today()
    year = args.year if args.year is not None else last_full_year(today)
    if year > today.year:
        print(f"Året {year} har ikke begynt ennå; velg et år som er over (for eksempel {last_full_year(today)}).",
              file=sys.stderr)
        return 2
    database = open_for_reading(Path(args.db))
    try:
        report = statistics_report(database, year, today)
    finally:
        database.close()
    if year == today.year:
        print(f"Merk: {year} er ikke over; tallene gjelder til og med i dag og endrer seg til årets slutt.",
              file=sys.stderr)
    try:
        if args.pdf:
            from ..services.statistics_pdf import render_statistics_report

            write_private(Path(args.pdf), render_statistics_report(report))
            print(f"Årsstatistikken (PDF) er lagret i {args.pdf}.", file=sys.stderr)
        if args.xlsx:
            from ..services.statistics_xlsx import write_statistics_xlsx

            write_statistics_xlsx(report, Path(args.xlsx))
            print(f"Årsstatistikken (Excel) er lagret i {args.xlsx}.", file=sys.stderr)
    except OSError as error:
        print(f"Kunne ikke lagre årsstatistikken: {error.strerror or error}.", file=sys.stderr)
        return 1
    if args.format == "json":
        print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
    else:
        print("\n".join(report_lines(report)))
    return 0

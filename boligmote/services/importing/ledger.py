"""Importing the landlord's ledger (leiereskontro): arrears and warnings per tenancy (issue 17 item 4).

A row names the unit (the landlord's register knows units, not the app's households), the
day, what it is — `restanse` (the arrears balance that day, kroner), `varsel_oppsigelse` or
`begjaering_fravikelse` — and for arrears the amount. The row belongs to the unit's current
tenancy: a unit that does not exist, stands empty, or whose tenancy began after the row's day
(the entry is about the household before) is refused. Key: unit, day and kind. Importing the
same file again adds nothing; a row whose amount or reference differs corrects the stored
one (counted as changed). Two rows with the same key in one file are refused: a ledger has
one balance per day. The same strict rules as every import: each refused cell named by row
and column, and nothing written while any row is wrong.
"""
from __future__ import annotations

from datetime import date, datetime

from ...domain import LedgerEntryKind
from ...domain.at_risk import LedgerEntry
from ...store import Database
from ...store.at_risk import LedgerRepository
from . import cells
from .columns import Column, ColumnSet
from .parsing import INVALID, ParsedRows
from .plan import Changes, ImportKind

COLUMNS = ColumnSet((
    Column("unit_id", cells.text, ("bolig_id", "bolignummer", "bolignr", "leieobjekt"), required=True,
           help="en bolig som finnes og er utleid; raden gjelder leieforholdet i den"),
    Column("date", cells.day, ("dato", "bokfort", "bokføringsdato", "posteringsdato"), required=True,
           help="dato, ikke fram i tid og ikke før leieforholdet begynte"),
    Column("entry", cells.choice(LedgerEntryKind), ("post", "posttype", "type"), required=True,
           help="restanse, varsel_oppsigelse, begjaering_fravikelse"),
    Column("amount", cells.kroner, ("beløp", "restanse_kr", "kroner"), default=None,
           help="kroner ≥ 0; for restanse saldoen den dagen (påkrevd), for et varsel beløpet det gjelder"),
    Column("reference", cells.text, ("referanse", "bilag", "bilagsnr", "saksnr_utleier"), default="",
           help="utleiers egen referanse, høyst 64 tegn"),
))


def check(rows: ParsedRows, database: Database, today: date) -> Changes:
    ledger = LedgerRepository(database)
    tenancies = ledger.current_tenancies()
    units = {unit_id for (unit_id,) in database.query("SELECT id FROM units")}

    first_row: dict[tuple[str, date, LedgerEntryKind], int] = {}
    wanted: list[LedgerEntry] = []
    for row in rows:
        values = row.values
        unit_id, day, kind, amount = values["unit_id"], values["date"], values["entry"], values.get("amount")
        tenancy = None
        if unit_id is not INVALID:
            tenancy = tenancies.get(unit_id)
            if tenancy is None:
                rows.refuse(row, "unit_id", "boligen finnes ikke i databasen" if unit_id not in units
                            else "boligen har ikke noe leieforhold nå (den er ledig eller under oppussing)")
        if day is not INVALID:
            if day > today:
                rows.refuse(row, "date", f"datoen ligger fram i tid (i dag er {today:%d.%m.%Y})")
            elif tenancy is not None and tenancy[1] is not None and day < tenancy[1]:
                rows.refuse(row, "date", f"datoen er før leieforholdet i {unit_id} begynte "
                                         f"({tenancy[1]:%d.%m.%Y}); posten gjelder en tidligere leietaker")
        if kind is LedgerEntryKind.ARREARS and amount is None and rows.has("amount"):
            rows.refuse(row, "amount", "en restanse må ha beløpet (saldoen den dagen, 0 når alt er betalt)")
        elif kind is LedgerEntryKind.ARREARS and not rows.has("amount"):
            rows.refuse(row, "entry", "en restanse trenger kolonnen «amount» (beløp) med saldoen", value=None)
        if not row.valid:
            continue
        key = (unit_id, day, kind)
        if key in first_row:
            rows.refuse(row, "entry", f"samme bolig, dato og post står også på rad {first_row[key]}")
            continue
        first_row[key] = row.number
        assert tenancy is not None  # a row without its tenancy was refused above
        wanted.append(LedgerEntry(None, tenancy[0], day, kind, amount, values.get("reference", "")))

    stored = ledger.stored(entry.tenancy_id for entry in wanted)
    changes = Changes(records=[])
    for entry in wanted:
        before = stored.get((entry.tenancy_id, entry.entry_on, entry.kind))
        if before is not None and not rows.has("reference"):
            entry = LedgerEntry(None, entry.tenancy_id, entry.entry_on, entry.kind, entry.amount, before.reference)
        if changes.count(None if before is None else (before.amount, before.reference), (entry.amount, entry.reference)):
            changes.records.append(entry)
    if changes.updated:
        changes.notes.append(f"{changes.updated} poster finnes fra før med et annet beløp eller en annen referanse "
                             "og blir rettet.")
    return changes


def write(database: Database, entries: list[LedgerEntry]) -> None:
    LedgerRepository(database).save(entries, datetime.now().replace(microsecond=0))


KIND = ImportKind("ledger", "Leiereskontro", "poster fra leiereskontroen", COLUMNS, None, check, write)

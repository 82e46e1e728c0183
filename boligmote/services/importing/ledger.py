"""Importing the landlord's ledger (leiereskontro): arrears and warnings per tenancy (issue 17 item 4).

A row names the unit and, best, the contract number (kontraktnummer) of the lease it is about,
the day, what it is — `restanse` (the arrears balance that day, kroner), `varsel_oppsigelse` or
`begjaering_fravikelse` — and for arrears the amount.

Whose row it is (the municipal lawyer's review): a ledger lists former tenants' balances beside
today's, and a unit's balance from before the current tenancy is not the current tenant's debt.
So a row with a contract number belongs to the tenancy with that number (m0012), whatever
household lives in the unit now. A row without one is «uavklart» (unresolved): it could be the
household living there now or one before, and arrears are never put on a person by guess — it is
skipped and listed in the import's report by row and unit, for the caseworker to assign by
giving its contract number. Rows about former tenants — a contract number of an ended tenancy,
or of another lease than the unit's current one — are skipped and listed too. Neither is written,
and neither is a reason to refuse the rest of the file. A contract number the app does not know, for a unit whose
current tenancy has none, is refused: the app cannot tell whose it is (import the residents
with their contract numbers).

Key: tenancy, day and kind. Importing the same file again adds nothing; a row whose amount or
reference differs corrects the stored one (counted as changed). Two rows with the same key in
one file are refused: a ledger has one balance per day. Otherwise the strict rules of every
import: each refused cell named by row and column, and nothing written while any row is wrong.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from ...domain import LedgerEntryKind
from ...domain.at_risk import LedgerEntry
from ...store import Database
from ...store.at_risk import LedgerRepository
from . import cells
from .columns import Column, ColumnSet
from .parsing import INVALID, ParsedRows
from .plan import Changes, ImportKind
from ...words import Count, Joined, Listing, Phrase

COLUMNS = ColumnSet((
    Column("unit_id", cells.text, ("bolig_id", "bolignummer", "bolignr", "leieobjekt"), required=True,
           help="en bolig som finnes; uten kontraktnummer gjelder raden leieforholdet i den nå"),
    Column("lease_no", cells.text, ("kontraktnr", "kontraktnummer", "leiekontrakt", "kontrakt", "leieavtale_nr"),
           default="", help="leiekontraktens nummer hos utleier (anbefalt): raden gjelder det leieforholdet"),
    Column("date", cells.day, ("dato", "bokfort", "bokføringsdato", "posteringsdato"), required=True,
           help="dato, ikke fram i tid; en dato før leieforholdet begynte gjelder en tidligere leietaker"),
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
    leases = ledger.by_lease_no()
    units = {unit_id for (unit_id,) in database.query("SELECT id FROM units")}

    first_row: dict[tuple[int, date, LedgerEntryKind], int] = {}
    wanted: list[LedgerEntry] = []
    former: list[int] = []  # rows about former tenants: skipped, and said so
    unresolved: list[tuple[int, str]] = []  # (row, unit): no contract number, so nobody's by guess
    for row in rows:
        values = row.values
        unit_id, day, kind, amount = values["unit_id"], values["date"], values["entry"], values.get("amount")
        lease_no = values.get("lease_no", "")
        tenancy_id: int | None = None
        is_former = is_unresolved = False
        if unit_id is not INVALID and lease_no is not INVALID:
            current = tenancies.get(unit_id)
            lease = leases.get(lease_no) if lease_no else None
            if lease is not None:
                lease_tenancy, lease_unit, start, still = lease
                if lease_unit != unit_id:
                    rows.refuse(row, "lease_no", Phrase("errors.rows.lease_other_unit", lease=lease_no, other=lease_unit,
                                                        unit=unit_id))
                elif not still:
                    is_former = True
                else:
                    tenancy_id = lease_tenancy
                    if day is not INVALID and start is not None and day < start:
                        rows.refuse(row, "date", Phrase("errors.rows.before_lease", lease=lease_no,
                                                        start=f"{start:%d.%m.%Y}"))
            elif unit_id not in units:
                rows.refuse(row, "unit_id", Phrase("errors.rows.no_unit"))
            elif lease_no and current is not None and current[2] is not None:
                is_former = True  # another lease than the one the unit has now
            elif lease_no:
                rows.refuse(row, "lease_no", Phrase("errors.rows.lease_unknown", lease=lease_no, unit=unit_id))
            elif current is None:
                rows.refuse(row, "unit_id", Phrase("errors.rows.no_tenancy"))
            else:
                is_unresolved = True  # the unit alone does not say whose balance it is
        if day is not INVALID and day > today:
            rows.refuse(row, "date", Phrase("errors.rows.date_future", today=f"{today:%d.%m.%Y}"))
        if kind is LedgerEntryKind.ARREARS and amount is None and rows.has("amount"):
            rows.refuse(row, "amount", Phrase("errors.rows.arrears_amount"))
        elif kind is LedgerEntryKind.ARREARS and not rows.has("amount"):
            rows.refuse(row, "entry", Phrase("errors.rows.arrears_column"), value=None)
        if not row.valid:
            continue
        if is_former:
            former.append(row.number)
            continue
        if is_unresolved:
            unresolved.append((row.number, unit_id))
            continue
        assert tenancy_id is not None  # a row without its tenancy was refused or skipped above
        key = (tenancy_id, day, kind)
        if key in first_row:
            rows.refuse(row, "entry", Phrase("errors.rows.same_entry", row=first_row[key]))
            continue
        first_row[key] = row.number
        wanted.append(LedgerEntry(None, tenancy_id, day, kind, amount, values.get("reference", ""), lease_no))

    stored = ledger.stored(entry.tenancy_id for entry in wanted)
    changes = Changes(records=[])
    for entry in wanted:
        before = stored.get((entry.tenancy_id, entry.entry_on, entry.kind))
        if before is not None and not rows.has("reference"):
            entry = replace(entry, reference=before.reference)
        if changes.count(None if before is None else (before.amount, before.reference), (entry.amount, entry.reference)):
            changes.records.append(entry)
    if changes.updated:
        changes.notes.append(Phrase("import.ledger_notes.corrected", n=changes.updated))
    if former:
        listed = ", ".join(map(str, former[:20])) + (" …" if len(former) > 20 else "")
        changes.notes.append(Phrase("import.ledger_notes.former_one" if len(former) == 1 else "import.ledger_notes.former",
                                    n=len(former), rows=listed))
    if unresolved:
        changes.notes.append(_unresolved_note(unresolved))
    return changes


def _unresolved_note(unresolved: list[tuple[int, str]]) -> str:
    """«uavklart»: the rows without a contract number, by row and unit, and what to do."""
    by_unit: dict[str, list[int]] = {}
    for number, unit_id in unresolved:
        by_unit.setdefault(unit_id, []).append(number)
    listed = Joined([Phrase("import.ledger_notes.unit_rows", unit=unit_id, rows=Listing(numbers))
                     for unit_id, numbers in list(by_unit.items())[:20]], "; ")
    return Phrase("import.ledger_notes.unresolved", rows=Count(len(unresolved), "row"), listed=listed,
                  more=" …" if len(by_unit) > 20 else "")


def write(database: Database, entries: list[LedgerEntry]) -> None:
    LedgerRepository(database).save(entries, datetime.now().replace(microsecond=0))


KIND = ImportKind("ledger", Phrase("import.ledger.title"), Phrase("import.ledger.noun"), COLUMNS, None, check, write)

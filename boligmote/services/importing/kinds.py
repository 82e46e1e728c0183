"""The kinds of file the app imports, in the order a new database needs them."""
from __future__ import annotations

from . import applicants, buildings, incidents, kobo, ledger, residents, units
from ...words import Phrase
from .plan import ImportKind

# The tables (CSV or XLSX, one row a record).
KINDS: dict[str, ImportKind] = {kind.name: kind for kind in (
    buildings.KIND, units.KIND, residents.KIND, applicants.KIND, incidents.KIND, ledger.KIND)}
# Units and their households in the shape of Husbanken's Kobo Bolig API (JSON), after the buildings.
KOBO = kobo.KIND


def kind_named(name: str) -> ImportKind:
    if name == KOBO.name:
        return KOBO
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(Phrase("errors.rows.unknown_kind", kind=name, kinds=", ".join([*KINDS, KOBO.name]))) from None

"""The kinds of file the app imports, in the order a new database needs them."""
from __future__ import annotations

from . import applicants, buildings, incidents, ledger, residents, units
from .plan import ImportKind

KINDS: dict[str, ImportKind] = {kind.name: kind for kind in (
    buildings.KIND, units.KIND, residents.KIND, applicants.KIND, incidents.KIND, ledger.KIND)}


def kind_named(name: str) -> ImportKind:
    try:
        return KINDS[name]
    except KeyError:
        raise ValueError(f"ukjent type «{name}»; velg {', '.join(KINDS)}") from None

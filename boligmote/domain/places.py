"""Places an applicant wants to avoid: a building, a street or a whole bydel.

000 (e.g. l.5586–5589, «ryktet forteller hvor du bor») describes people in recovery keeping
away from an *area* where they used or where users gather, not from one building number; so
an entry on the avoid list may name a building id, a street address (with or without the
house number) or a bydel, matched without regard to case or spacing.
"""
from __future__ import annotations

from collections.abc import Iterable

from .estate import Building


def place_key(text: str) -> str:
    """How an avoid-list entry and a place are compared: case and spacing do not matter."""
    return " ".join(text.split()).casefold()


def places_of(building: Building) -> dict[str, str]:
    """The keys an avoid-list entry can match for this building, each with how a reader names it."""
    places = {place_key(building.district): f"bydel {building.district}"}
    if building.street:
        places[place_key(building.street)] = building.street
    places[place_key(building.address)] = building.address
    places[place_key(building.id)] = f"bygning {building.id}"
    return {key: name for key, name in places.items() if key}


def avoided_place(avoid: Iterable[str], building: Building) -> str:
    """The place on the list that this building lies in, as a reader names it ('' if none)."""
    places = places_of(building)
    for entry in sorted(avoid):
        if (key := place_key(entry)) in places:
            return places[key]
    return ""


def unknown_places(avoid: Iterable[str], buildings: Iterable[Building]) -> list[str]:
    """Entries that name no building, street or bydel in the file (a typo protects nobody)."""
    known: set[str] = set()
    for building in buildings:
        known.update(places_of(building))
    return sorted(entry for entry in avoid if place_key(entry) not in known)

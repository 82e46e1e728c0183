"""Small text helpers shared by every layer (pure Python)."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .domain.households import Applicant, ResidentHousehold


def floor_label(floor: int) -> str:
    """Norwegian floor numbering: the ground floor is «1. etasje»; below it, underetasje/kjeller."""
    if floor >= 1:
        return f"{floor}. etasje"
    return "underetasje" if floor == 0 else "kjeller"


def sentence_case(text: str) -> str:
    """First letter upper-case, the rest untouched (str.capitalize would turn «LAR» into «lar»)."""
    return text[:1].upper() + text[1:]


# An average month in days (365.25 / 12): waiting time is told in whole months elapsed.
_DAYS_PER_MONTH = 30.4375


def waiting_time(days: int, year: str = "år", month: str = "mnd", under: str = "under 1 mnd") -> str:
    """Waiting time in one unit everywhere: «2 år 3 mnd», «1 år», «5 mnd» (issue 16 item 10).

    Whole months elapsed, never rounded up: «har ventet 7 mnd» is true after 7 months. The
    GUI passes the words in the user's language; everything else prints bokmål."""
    months = int((max(0, days) + 1) / _DAYS_PER_MONTH)  # +1: 365 days is a year, 152 are 5 months
    if months == 0:
        return under
    years, months = divmod(months, 12)
    parts = ([f"{years} {year}"] if years else []) + ([f"{months} {month}"] if months else [])
    return " ".join(parts)


def household_words(household: Applicant | ResidentHousehold) -> str:
    """«Familie med barn: 2 voksne, 2 barn (4 og 9 år)» — a household in words, no names."""
    text = sentence_case(household.household_type.label)
    adults = f"{household.adults} voksen" if household.adults == 1 else f"{household.adults} voksne"
    if not household.children_ages:
        return f"{text}: {adults}"
    ages = sorted(household.children_ages)
    listed = ", ".join(str(a) for a in ages[:-1]) + " og " + str(ages[-1]) if len(ages) > 1 else str(ages[0])
    return f"{text}: {adults}, {len(ages)} barn ({listed} år)"

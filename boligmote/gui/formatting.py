"""How numbers, money and dates look to a Norwegian user (nb_NO)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale

from ..text import sentence_case as sentence_case  # re-exported for the GUI
from ..text import waiting_time
from .qt_translations import translate

NB_NO = QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)


def to_date(value: QDate) -> date:
    """A QDate as a date (QDate.toPython() is typed as returning `object`)."""
    return date(value.year(), value.month(), value.day())


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def format_date(value: date | None) -> str:
    return value.strftime("%d.%m.%Y") if value else ""


def format_kroner(amount: int | float) -> str:
    return f"{NB_NO.toString(int(round(amount)))} kr"


def format_number(value: int | float, decimals: int = 0) -> str:
    if decimals:
        return NB_NO.toString(float(value), "f", decimals)
    return NB_NO.toString(int(value))


def format_waiting(days: int) -> str:
    """Waiting time as everyone else in the program tells it («2 år 3 mnd»), in the user's language."""
    return waiting_time(days, translate("Formatting", "år"), translate("Formatting", "mnd"),
                        translate("Formatting", "under 1 mnd"))


def format_percent(share: float) -> str:
    return f"{NB_NO.toString(share * 100, 'f', 0)} %"

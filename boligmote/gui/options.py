"""Every per-person setting the window keeps between starts, in one typed registry (as
Picard's options.py and Electrum's ConfigVar keep theirs): each key is spelled once, with its
type and default, so a misspelt key or a wrong type cannot quietly start from nothing.

These live in QSettings (the person's own settings folder); what belongs to the municipality's
file (rules, meeting settings) lives in the file and is not here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Option(Generic[T]):
    key: str
    default: T
    description: str

    def get(self) -> T:
        value = QSettings().value(self.key, self.default)
        return _as_type(value, self.default)

    def set(self, value: T) -> None:
        QSettings().setValue(self.key, value)


def _as_type(value, default):
    """QSettings' INI files give strings back («true», «3»), a one-item list as its item, and
    nothing at all for an empty list; bring the value back to the default's type."""
    if value is None:
        return list(default) if isinstance(default, list) else default
    if isinstance(default, bool):
        return value if isinstance(value, bool) else str(value).strip().casefold() in ("true", "1", "yes")
    if isinstance(default, int):
        try:
            return int(value)
        except (TypeError, ValueError):
            return default
    if isinstance(default, list):
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(item) for item in items]
    if isinstance(default, str):
        return str(value)
    return value  # QByteArray and other Qt values come back as themselves


LANGUAGE = Option("language", "nb", "Språket i vinduet (nb, nn, en), valgt i Innstillinger")
# false turns the welcome off (tests, and IT departments that roll out a prepared file)
WELCOME_ON_FIRST_START = Option("welcome/onFirstStart", True, "Vis velkomsten første gang et vindu åpnes")
RECENT_FILES: Option[list[str]] = Option("recentFiles", [], "Sist brukte databasefiler, nyeste først")
USER_NAME = Option("user/name", "", "Ditt navn, slik dokumentene skal si hvem som forberedte en sak")
LAST_IMPORT_FOLDER = Option("import/lastFolder", "", "Mappen det sist ble importert fra")
LAST_ARCHIVE_FOLDER = Option("archive/lastFolder", "", "Mappen arkiveksporten sist ble lagt i")
LAST_CASE_PACKAGE_FOLDER = Option("casePackages/lastFolder", "", "Mappen saksmapper sist ble lagret i eller hentet fra")
WINDOW_GEOMETRY = Option("mainWindow/geometry", QByteArray(), "Hovedvinduets plass og størrelse")


def splitter_state(key: str) -> Option[QByteArray]:
    """Where the dividers between the panes of one splitter were left (key: «layout2/main» …)."""
    return Option(f"mainWindow/{key}", QByteArray(), "Delelinjene mellom rutene i hovedvinduet")

"""Where the app finds its shipped files and where it keeps the user's data.

`ui/` and `resources/` sit at the top of the checkout and are copied into the package
when a wheel is built, so both places are tried: installed first, then the checkout.
"""
from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from platformdirs import PlatformDirs

_PACKAGE_DIR = Path(__file__).resolve().parent
_DIRS = PlatformDirs(appname="Boligmote", appauthor=False)

DATABASE_FILE_NAME = "boligmote.sqlite"


@cache
def _shipped_dir(name: str) -> Path:
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"Fant ikke mappen «{name}» verken i pakken ({_PACKAGE_DIR}) eller i kildekoden."
    )


def ui_dir() -> Path:
    return _shipped_dir("ui")


def resources_dir() -> Path:
    return _shipped_dir("resources")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def user_data_dir() -> Path:
    return Path(_DIRS.user_data_dir)


def ensure_private_dir(directory: Path) -> Path:
    """Create the folder if needed, readable by its owner only: it holds special-category data."""
    directory.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(directory, 0o700)
    return directory


def default_database_path() -> Path:
    return user_data_dir() / DATABASE_FILE_NAME

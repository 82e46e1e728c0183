"""The person's own settings (gui/options.py): one registry, values back in their own type."""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings

from boligmote.gui import options

GUI = Path(options.__file__).parent


def test_a_one_item_recent_list_comes_back_as_a_list_and_none_as_empty():
    assert options.RECENT_FILES.get() == []
    options.RECENT_FILES.set(["/data/kommune.sqlite"])
    QSettings().sync()
    assert options.RECENT_FILES.get() == ["/data/kommune.sqlite"]  # INI files give back a lone string


def test_an_it_department_s_false_in_the_settings_file_turns_the_welcome_off():
    settings = QSettings()
    settings.setValue(options.WELCOME_ON_FIRST_START.key, "false")  # as written by hand in the .ini
    settings.sync()
    assert options.WELCOME_ON_FIRST_START.get() is False


def test_a_value_of_the_wrong_kind_falls_back_to_the_default():
    QSettings().setValue("mainWindow/none", "x")
    assert options.Option("mainWindow/none", 3, "test").get() == 3


def test_settings_keys_are_spelled_only_in_the_registry():
    """A key typed in two places drifts apart (it was, four times over); QSettings is used
    through gui/options.py alone."""
    offenders = [path.name for path in GUI.rglob("*.py") if path.name != "options.py"
                 and re.search(r"QSettings\(\)\.(value|setValue)|settings\.(value|setValue)\(\"", path.read_text())]
    assert offenders == []

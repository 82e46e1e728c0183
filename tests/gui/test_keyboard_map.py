"""The keyboard map (issue 16): one source, resources/help/tastatur.toml, shown in README and in
the F1 guide, and true to the window's actions."""
from __future__ import annotations

import re

from PySide6.QtGui import QAction, QKeySequence

from boligmote.gui.help_window import guide_markdown, keyboard_map, keyboard_section



def _readme_block() -> str:
    from pathlib import Path

    text = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    match = re.search(r"<!-- tastatur:[^\n]*-->\n(.*?)<!-- /tastatur -->", text, re.S)
    assert match, "README has no keyboard map between the tastatur markers"
    return match.group(1)


def test_readme_shows_exactly_the_keyboard_map_of_the_guide():
    assert _readme_block() == keyboard_section()
    assert keyboard_section() in guide_markdown()
    assert "<!-- tastatur -->" not in guide_markdown()


def test_the_f1_guide_shows_the_keyboard_map(window):
    from boligmote.gui.help_window import show_help

    help_window = show_help(window)
    text = help_window.text()
    for section in keyboard_map():
        assert section["title"] in text
        for row in section["row"]:
            assert row["keys"] in text, row["keys"]
    help_window.close()


def test_every_shortcut_of_the_window_is_in_the_map_with_its_keys(window):
    listed = {}
    for section in keyboard_map():
        for row in section["row"]:
            for name, keys in row.get("actions", {}).items():
                listed[name] = keys
                action = getattr(window, name)
                assert QKeySequence(keys) in action.shortcuts(), (name, keys, action.shortcuts())
    with_shortcuts = {a.objectName() for a in window.findChildren(QAction) if a.shortcuts() and a.objectName()}
    assert with_shortcuts <= set(listed), f"not in resources/help/tastatur.toml: {with_shortcuts - set(listed)}"


def test_redo_answers_both_ctrl_shift_z_and_ctrl_y(window):
    assert {QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")} <= set(window.actionRedoDecision.shortcuts())

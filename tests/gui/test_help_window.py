"""Hjelp → Brukerveiledning (F1): the guide, and every flag with its meaning and source."""
from __future__ import annotations

import os
import tomllib
from pathlib import Path

import pytest
from PySide6.QtGui import QKeySequence

from boligmote.gui.help_window import HelpWindow, flag_meanings, guide_markdown
from boligmote.paths import resource
from boligmote.rules import RuleSettings
from boligmote.rules.sources import readable

SCREENSHOTS = os.environ.get("BOLIGMOTE_SCREENSHOTS")


@pytest.fixture
def help_window(qtbot):
    w = HelpWindow(RuleSettings.defaults())
    qtbot.addWidget(w)
    return w


def test_every_rule_in_the_catalogue_has_a_meaning_and_no_other():
    catalogue = tomllib.loads(resource("rules", "defaults.toml").read_text(encoding="utf-8"))
    assert set(flag_meanings()) == set(catalogue)


def test_the_guide_shows_each_flag_with_title_chip_severity_and_source(help_window):
    text = help_window.text()
    catalogue = tomllib.loads(resource("rules", "defaults.toml").read_text(encoding="utf-8"))
    for rule_id, values in catalogue.items():
        assert values["title"] in text, rule_id
        assert f"Brikke: {values['short']}" in text, rule_id
        assert f"Kilde: {readable(values['source'])}" in text, rule_id
    for severity in ("kritisk", "advarsel", "info"):
        assert f"Alvorlighet: {severity}" in text
    assert "{" not in text  # every threshold was filled in


def test_thresholds_and_switches_are_those_of_the_open_file():
    settings = RuleSettings(3, {"CONCENTRATION": {"stairwell_max": 3, "building_share": 0.3},
                                "SCHOOL_CHANGE": {"enabled": False}})
    guide = guide_markdown(settings)
    assert "minst 3 husstander med tunge behov" in guide and "minst 30 % av husstandene" in guide
    school = guide[guide.index("### Skolebytte for barna"):]
    assert "Slått av i denne filen" in school.split("###")[1]
    assert "minst 2 husstander med tunge behov" in guide_markdown()
    # a list of rules reads as their titles
    assert "«Konsentrasjon av tunge behov»" in guide_markdown()


def test_the_guide_takes_a_meeting_from_agenda_to_signed_minutes(help_window):
    text = help_window.text()
    for step in ("Nytt møte", "Deltakere", "Start møtet", "Ctrl+Enter", "vurderes skriftlig", "Avslutt møtet",
                 "Protokoll", "Signer", "Angre siste vedtak (Ctrl+Z)", "Tillegg", "Skjermet visning (Ctrl+Shift+S)",
                 "Importer", "Sikkerhetskopier"):
        assert step in text, step
    assert help_window.windowTitle() == "Brukerveiledning – Boligmøte"


def test_f1_opens_the_guide_once_with_the_windows_flags(window, qtbot):
    assert window.actionHelp.shortcut() == QKeySequence("F1")
    assert window.actionHelp in window.menuHelp.actions()
    window.actionHelp.trigger()
    window.actionHelp.trigger()
    (guide,) = window.findChildren(HelpWindow)
    assert guide.isVisible() and guide.isWindow()
    assert window.matching.settings.rule("CHILDREN_ACTIVE_USE").title in guide.text()
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        qtbot.wait(50)  # let the document lay out to the window's width
        guide.grab().save(str(Path(SCREENSHOTS) / "help_window.png"))
        bar = guide.browser.verticalScrollBar()
        bar.setValue(int(bar.maximum() * 0.72))
        guide.grab().save(str(Path(SCREENSHOTS) / "help_window_flags.png"))
    guide.close()

"""Every place the window shows a flag's source reads «Velferdsetaten Oslo (2018), kap. 3.3»,
never the team's «002 l.2429–2433» (resources/sources.toml)."""
from __future__ import annotations

import os
import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from boligmote.domain import Severity
from boligmote.gui.decision_dialog import _FlagWeighingRow
from boligmote.gui.help_window import HelpWindow
from boligmote.gui.settings_form import SettingsSection
from boligmote.rules import RuleSettings
from boligmote.rules.sources import readable, references

LINE_REFERENCE = re.compile(r"\b\d{3} l\.\s?\d")
SCREENSHOTS = os.environ.get("BOLIGMOTE_SCREENSHOTS")


def _critically_flagged(window):
    for vacant in window.workspace.vacant_units:
        window.select_unit(vacant.unit.id)
        model = window.candidatesView.model()
        for row in range(model.rowCount()):
            if any(s is Severity.CRITICAL for _, s in model.row_object(row).severities):
                return model, row
    raise AssertionError("the demo should have a critically flagged candidate")


def test_proposal_pane_and_flag_tooltips_name_report_year_and_chapter(window, qtbot):
    model, row = _critically_flagged(window)
    flags = model.explained_flags(model.row_object(row))
    tooltip = model.index(row, model.flags_column).data(Qt.ItemDataRole.ToolTipRole)
    window.candidatesView.selectRow(row)
    shown = window.proposalView.toPlainText()
    for text in (tooltip, shown):
        assert not LINE_REFERENCE.search(text), text
        for flag in flags:
            assert readable(flag.source) in text
    assert "(2018), " in shown  # Velferdsetaten Oslo is behind most rules
    if SCREENSHOTS:
        Path(SCREENSHOTS).mkdir(parents=True, exist_ok=True)
        window.proposalView.grab().save(str(Path(SCREENSHOTS) / "proposal_sources.png"))


def test_the_decision_dialog_shows_each_flag_with_its_readable_source(window, qtbot):
    model, row = _critically_flagged(window)
    for flag in model.explained_flags(model.row_object(row)):
        widget = _FlagWeighingRow(flag, "Tittel")
        qtbot.addWidget(widget)
        shown = " ".join(label.text() for label in widget.findChildren(QLabel))
        assert readable(flag.source) in shown and not LINE_REFERENCE.search(shown), shown


def test_the_guide_cites_readably_and_lists_the_reports_in_full(qtbot):
    guide = HelpWindow(RuleSettings.defaults())
    qtbot.addWidget(guide)
    text = guide.text()
    assert not LINE_REFERENCE.search(text), LINE_REFERENCE.search(text)
    assert "Kilde: Velferdsetaten Oslo (2018), sammendraget og kap. 3.3; Skaar, UiS (2023), kap. 4.3" in text
    kilder = text[text.index("Kilder\n"):]
    for report in references():
        assert re.sub(r"\s+", " ", report.reference) in re.sub(r"\s+", " ", kilder)


def test_the_settings_field_for_a_source_shows_how_it_will_print(qtbot):
    section = SettingsSection("Barn og aktiv rus", {"source": "002 l.2429–2433", "title": "Barn"})
    qtbot.addWidget(section)
    editor = section._editors["source"]
    assert editor.text() == "002 l.2429–2433"  # the stored form is what the municipality edits
    assert editor.toolTip() == "Skrives ut som: Velferdsetaten Oslo (2018), kap. 3.3"
    editor.setText("Lokal retningslinje § 4; 004 l.1542–1553")
    assert editor.toolTip() == ("Skrives ut som: Lokal retningslinje § 4; "
                                "Kommunal- og regionaldepartementet mfl. (2002), kap. 5.3")
    assert not section._editors["title"].toolTip()
    # and in plain sight under the field, not only on hover (issue 16 item 10)
    shown = " ".join(label.text() for label in section.findChildren(QLabel))
    assert "Skrives ut som: Lokal retningslinje § 4; Kommunal- og regionaldepartementet mfl. (2002), kap. 5.3" in shown

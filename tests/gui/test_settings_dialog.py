"""Innstillinger: a municipality tunes its rules and defaults; the flags follow."""
from __future__ import annotations

from boligmote.gui.settings_dialog import SettingsDialog
from boligmote.rules import RULE_IDS
from boligmote.services.meeting_settings import load_meeting_settings
from boligmote.services.rule_settings import load_rule_settings


def test_every_rule_has_its_own_form(window):
    dialog = SettingsDialog(window.workspace.database, window)
    assert dialog.rulesList.model().rowCount() == len(RULE_IDS)
    dialog.rulesList.setCurrentIndex(dialog.rulesList.model().index(3, 0))
    shown = [rule for rule, section in dialog.rule_sections.items() if not section.isHidden()]
    assert shown == [RULE_IDS[3]]
    assert "versjon 0" in dialog.versionLabel.text()


def test_a_saved_threshold_becomes_a_new_version_and_the_flags_follow(window, monkeypatch):
    def change_and_save(self):
        section = self.rule_sections["CONCENTRATION"]
        section._editors["stairwell_max"].setValue(4)
        section._editors["building_share"].setValue(40)
        self.noteEdit.setText("Vedtatt i tildelingsmøtet 07.12.2026")
        self.save()
        return self.result()

    monkeypatch.setattr(SettingsDialog, "exec", change_and_save)
    window.edit_settings()
    settings = load_rule_settings(window.workspace.database)
    assert settings.version == 1
    assert settings.rule("CONCENTRATION").stairwell_max == 4 and settings.rule("CONCENTRATION").building_share == 0.4
    assert window.matching.settings.version == 1  # the window evaluates under the new version


def test_a_change_needs_a_reason(window):
    dialog = SettingsDialog(window.workspace.database, window)
    dialog.meeting_sections["move_in"]._editors["deadline_days"].setValue(21)
    dialog.save()
    assert "begrunnelse" in dialog.problemLabel.text()
    assert load_meeting_settings(window.workspace.database).value("move_in", "deadline_days") == 14
    dialog.noteEdit.setText("Lengre frist etter klage fra brukerorganisasjon")
    dialog.save()
    assert load_meeting_settings(window.workspace.database).value("move_in", "deadline_days") == 21


def test_a_bad_category_is_refused_with_the_valid_ones(window):
    dialog = SettingsDialog(window.workspace.database, window)
    dialog.rule_sections["HOMOGENEOUS"]._editors["categories"].setText("active_use, rusbruk")
    dialog.noteEdit.setText("test")
    dialog.save()
    assert "ukjent rusbruk" in dialog.problemLabel.text()
    assert load_rule_settings(window.workspace.database).version == 0


def test_settings_dialog_screenshot(window, tmp_path_factory):
    dialog = SettingsDialog(window.workspace.database, window)
    dialog.resize(900, 640)
    dialog.show()
    out = tmp_path_factory.mktemp("settings")
    dialog.grab().save(str(out / "regler.png"))
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(out / "moter.png"))
    print(f"\nskjermbilder: {out}")
    assert (out / "regler.png").stat().st_size > 10_000

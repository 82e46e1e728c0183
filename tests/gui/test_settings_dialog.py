"""Innstillinger: a municipality tunes its rules and defaults; the flags follow."""
from __future__ import annotations

from boligmote.gui.settings_dialog import SettingsDialog
from boligmote.rules import RULE_IDS
from boligmote.services.meeting_settings import load_meeting_settings
from boligmote.services.rule_settings import load_rule_settings
from .screens import assert_distinct_screens


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


def test_closed_lists_are_ticks_named_as_a_reader_names_them(window):
    """Drug-related incident kinds (issue 15 b) are chosen, not typed as codes; an untouched list
    is no change even though the ticks come in another order than the stored list."""
    from PySide6.QtCore import Qt

    dialog = SettingsDialog(window.workspace.database, window)
    section = dialog.rule_sections["RECOVERY_NEAR_USE"]
    kinds = section._editors["drug_incident_kinds"]
    shown = {kinds.item(row).text(): kinds.item(row) for row in range(kinds.count())}
    assert shown["omsetning av rusmidler"].checkState() is Qt.CheckState.Checked
    assert shown["naboklage"].checkState() is Qt.CheckState.Unchecked
    assert dialog.rule_sections["HOMOGENEOUS"].changes() == {}
    shown["omsetning av rusmidler"].setCheckState(Qt.CheckState.Unchecked)
    dialog.noteEdit.setText("Omsetning registreres ikke som egen hendelse hos oss")
    dialog.save()
    saved = load_rule_settings(window.workspace.database)
    assert saved.version == 1
    assert sorted(saved.rule("RECOVERY_NEAR_USE").drug_incident_kinds) == ["besokstrafikk", "sproyter"]


def test_settings_dialog_screenshot(window, tmp_path_factory):
    dialog = SettingsDialog(window.workspace.database, window)
    dialog.resize(900, 640)
    dialog.show()
    out = tmp_path_factory.mktemp("settings")
    dialog.grab().save(str(out / "regler.png"))
    dialog.tabs.setCurrentIndex(1)
    dialog.grab().save(str(out / "moter.png"))
    print(f"\nskjermbilder: {out}")
    assert_distinct_screens(dialog, [out / "regler.png", out / "moter.png"])


def test_the_municipality_chooses_nynorsk_for_its_documents_apart_from_the_window(window):
    """Målform (issue 20 item 3): a setting of the file, saved with a reason like any other and
    kept in the audited versions; the window's language is the user's own choice beside it."""
    from PySide6.QtWidgets import QComboBox

    before = load_meeting_settings(window.workspace.database).version
    dialog = SettingsDialog(window.workspace.database, window)
    choice = dialog.meeting_sections["documents"]._editors["language"]
    assert isinstance(choice, QComboBox)
    assert [choice.itemText(i) for i in range(choice.count())] == ["Bokmål", "Nynorsk"]
    assert choice.currentData() == "nb"
    choice.setCurrentIndex(choice.findData("nn"))
    dialog.noteEdit.setText("Kommunestyret vedtok nynorsk som målform 01.12.2026")
    dialog.save()
    settings = load_meeting_settings(window.workspace.database)
    assert settings.document_language == "nn" and settings.version == before + 1
    assert dialog.languageCombo.currentData() == "nb"  # the user's window stays as it was


def test_the_appeal_address_and_the_sender_show_what_the_letters_print(window):
    """The lawyer's review: the settings showed «Boligkontoret» while the letters print the office
    the letterhead names. Left as shown, nothing is saved and the letters keep following the office."""
    from boligmote.services.meeting_settings import change_meeting_settings

    database = window.workspace.database
    change_meeting_settings(database, {"office": {"name": "Boligkontoret i Eksempelvik"}})
    dialog = SettingsDialog(database, window)
    fields = {(name, key): section._editors[key] for name, section in dialog.meeting_sections.items()
              for key in section._editors}
    assert fields[("appeal", "send_to")].text() == "Boligkontoret i Eksempelvik"
    assert fields[("letter", "sender")].text() == "Boligkontoret i Eksempelvik"
    assert "appeal" not in dialog.meeting_changes() and "letter" not in dialog.meeting_changes()
    dialog.reject()


def test_every_setting_shows_its_value_and_saving_something_else_keeps_it(window):
    """The at-risk threshold (5 000 kr) showed as 1 000 in a spin box that went no higher, and
    saving the settings for any other reason lowered it to 1 000 kr without a word."""
    database = window.workspace.database
    before = load_meeting_settings(database)
    dialog = SettingsDialog(database, window)
    for name, section in dialog.meeting_sections.items():
        for key in section._editors:
            assert section._differs(key) is False, (name, key, section.value(key))
    arrears = dialog.meeting_sections["at_risk"]._editors["arrears_from"]
    assert arrears.value() == before.value("at_risk", "arrears_from") == 5000
    arrears.setValue(25_000)
    assert arrears.value() == 25_000  # a municipality may set a higher threshold
    dialog.meeting_sections["move_in"]._editors["deadline_days"].setValue(21)
    dialog.noteEdit.setText("Lengre frist etter klage fra brukerorganisasjon")
    arrears.setValue(5000)
    dialog.save()
    after = load_meeting_settings(database)
    assert after.value("move_in", "deadline_days") == 21 and after.value("at_risk", "arrears_from") == 5000

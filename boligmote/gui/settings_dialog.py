"""Innstillinger: the municipality's rule thresholds and its meeting/decision defaults,
and (tab «Generelt») the user's own language and name.

Every saved change to the rules is a new settings version (decisions record the version
they were evaluated under); both kinds of change go to the audit log with their reason.
The language is the person's, not the file's: it lives in QSettings and needs no reason.
"""
from __future__ import annotations

from typing import cast

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel

from ..rules import RULE_IDS, SettingsError
from ..services.meeting_settings import (
    MeetingSettingsError,
    change_meeting_settings,
    default_meeting_values,
    load_meeting_settings,
)
from ..services.rule_settings import change_rule_settings, load_rule_settings
from ..store import Database, StoreError
from .confirm import AskBeforeDiscarding, typed_texts
from .forms_generated.ui_settings_dialog import Ui_SettingsDialog
from .qt_translations import LANGUAGES, save_language, saved_language, translate
from .screen_fit import fit_to_screen
from .settings_form import SettingsSection, section_title
from .user_name import save_user_name, saved_user_name
from ..words import error_text, rule_title


class SettingsDialog(AskBeforeDiscarding, QDialog, Ui_SettingsDialog):
    def __init__(self, database: Database, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.database = database
        self.saved = False
        rules = load_rule_settings(database)
        # Each rule named in the window's language (a name the municipality set is theirs in every language).
        self.rule_sections = {rule_id: SettingsSection(rule_title(rules, rule_id), dict(rules.rule(rule_id).values),
                                                       self.ruleContainer, labels_above=True) for rule_id in RULE_IDS}
        self.evidence_labels = self._add_evidence(database)
        for section in self.rule_sections.values():
            self.ruleLayout.addWidget(section)
            section.hide()
        self.ruleLayout.addStretch()
        self._rule_names = QStringListModel([rule_title(rules, r) for r in RULE_IDS], self)
        self.rulesList.setModel(self._rule_names)
        self.rulesList.selectionModel().currentRowChanged.connect(lambda current, _: self.show_rule(current.row()))
        self.rulesList.setCurrentIndex(self._rule_names.index(0, 0))

        meeting = load_meeting_settings(database)
        self._add_lease_presets(meeting)
        self.meeting_sections = {}
        for name, values in default_meeting_values().items():
            current = {key: meeting.value(name, key) for key in values}
            # Where an appeal goes and who signs: unless the municipality set its own, the office the
            # letterhead names — what the letters print, not the default «Boligkontoret» they never print
            # (fvl §§ 27, 32). Left as shown, nothing is saved and the letters keep following the office.
            if name == "appeal" and "send_to" in current:
                current["send_to"] = meeting.appeal_send_to
            if name == "letter" and "sender" in current:
                current["sender"] = meeting.letter_sender
            widget = SettingsSection(section_title(name), current, self.meetingContainer)
            self.meeting_sections[name] = widget
            self.meetingLayout.addWidget(widget)
        self.meetingLayout.addStretch()

        for code, name in LANGUAGES.items():
            self.languageCombo.addItem(name, code)
        self.languageCombo.setCurrentIndex(self.languageCombo.findData(saved_language()))
        self.userNameEdit.setText(saved_user_name())

        self.versionLabel.setText(
            (translate("SettingsDialog", "Regelinnstillingene er versjon {version} (standardverdiene).")
             if rules.version == 0 else translate("SettingsDialog", "Regelinnstillingene er versjon {version}."))
            .format(version=rules.version) + " "
            + translate("SettingsDialog", "Hver lagring blir en ny versjon, og hvert vedtak viser hvilken versjon "
                        "det ble vurdert etter."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("SettingsDialog", "&Lagre"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.remember_untouched()
        fit_to_screen(self)

    def _add_evidence(self, database: Database) -> dict:
        """Under each rule's thresholds: how its placements turned out, with and without the flag
        (issue 17 item 6; the yearly report is Fil → Erfaringer med varslene …)."""
        from datetime import date

        from ..domain.evidence import rule_words
        from ..services.evidence import evidence_report

        try:
            found = evidence_report(database, date.today()).evidence
        except StoreError:
            return {}
        labels = {}
        for rule_id, section in self.rule_sections.items():
            if found.counted:
                heading = translate("SettingsDialog", "Erfaringer (tildelinger for minst 12 måneder siden, {counted} "
                                                      "med registrert utfall):").format(counted=found.counted)
                text = f"{heading}\n{rule_words(found.rule(rule_id))}"
            else:
                text = translate("SettingsDialog", "Erfaringer: ingen tildelinger med registrert utfall ennå.")
            label = QLabel(text, section)
            label.setObjectName(f"evidence_{rule_id}")
            label.setWordWrap(True)
            label.setStyleSheet("color: #333; padding-top: 4px;")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            cast(QFormLayout, section.layout()).insertRow(0, label)  # first: visible without scrolling past the thresholds
            labels[rule_id] = label
        return labels

    def _add_lease_presets(self, meeting) -> None:
        """«Forhåndsvalg for leietid»: a named set of lease lengths with its source (domain/renewals.py),
        put into the «Leiekontrakt» and «Fornyelse» fields below; saved with them and the reason."""
        from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel

        from ..domain.renewals import LEASE_PRESETS

        box = QGroupBox(translate("SettingsDialog", "Forhåndsvalg for leietid"), self.meetingContainer)
        form = QFormLayout(box)
        self.presetCombo = QComboBox(box)
        self.presetCombo.setAccessibleName(translate("SettingsDialog", "Forhåndsvalg for leietid"))
        for preset in LEASE_PRESETS:
            self.presetCombo.addItem(preset.title, preset.key)
        self.presetCombo.addItem(translate("SettingsDialog", "Egne verdier (feltene under)"), "")
        current = meeting.lease_preset
        self.presetCombo.setCurrentIndex(self.presetCombo.findData(current.key if current else ""))
        self.presetSource = QLabel(box)
        self.presetSource.setWordWrap(True)
        form.addRow(translate("SettingsDialog", "Leietid:"), self.presetCombo)
        form.addRow("", self.presetSource)
        self.meetingLayout.addWidget(box)
        self.presetCombo.currentIndexChanged.connect(self._apply_preset)
        self._show_preset_source()

    def _show_preset_source(self) -> None:
        from ..domain.renewals import lease_preset

        key = self.presetCombo.currentData()
        self.presetSource.setText(translate("SettingsDialog", "Kilde: {source}").format(source=lease_preset(key).source)
                                  if key else translate("SettingsDialog", "Kommunens egne verdier."))

    def _apply_preset(self, _index: int) -> None:
        from ..domain.renewals import lease_preset

        key = self.presetCombo.currentData()
        if key:
            for section, values in lease_preset(key).values.items():
                for name, value in values.items():
                    self.meeting_sections[section].set_value(name, value)
        self._show_preset_source()

    def edited_state(self):
        """A changed threshold is work too: Esc asks before it is thrown away (issue 16)."""
        return typed_texts(self), self.rule_changes(), self.meeting_changes()

    def show_rule(self, row: int) -> None:
        for index, rule_id in enumerate(RULE_IDS):
            self.rule_sections[rule_id].setVisible(index == row)

    def rule_changes(self) -> dict:
        return {rule: changes for rule, section in self.rule_sections.items() if (changes := section.changes())}

    @property
    def language(self) -> str:
        return self.languageCombo.currentData()

    def meeting_changes(self) -> dict:
        return {name: changes for name, section in self.meeting_sections.items() if (changes := section.changes())}

    def save(self) -> None:
        # The language is the user's own setting: saved at once, with no reason and no audit entry.
        if self.language != saved_language():
            save_language(self.language)
        name = " ".join(self.userNameEdit.text().split())
        if name and name != saved_user_name():  # the person's, like the language: no reason, no audit
            save_user_name(name)
        rule_changes, meeting_changes = self.rule_changes(), self.meeting_changes()
        if not rule_changes and not meeting_changes:
            self.accept()
            return
        note = self.noteEdit.text().strip()
        if not note:
            self.problemLabel.setText(
                translate("SettingsDialog", "Skriv en kort begrunnelse for endringen; den føres i revisjonsloggen."))
            self.noteEdit.setFocus()
            return
        try:
            if rule_changes:
                change_rule_settings(self.database, rule_changes, note)
            if meeting_changes:
                change_meeting_settings(self.database, meeting_changes, note)
        except (SettingsError, MeetingSettingsError, StoreError) as error:
            self.problemLabel.setText(error_text(error))
            return
        self.saved = True
        self.accept()

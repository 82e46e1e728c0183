"""An editable form over one section of settings ({key: value}), the editor chosen by type."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from ..domain import LeaseType, Severity
from ..rules.catalogue import list_choices
from ..rules.sources import readable
from .chips import severity_word
from .qt_translations import QT_TRANSLATE_NOOP, translate
from ..words import shown

# Labels for setting keys (bokmål source texts, translated where shown); a key not listed is shown as it is.
LABELS = {
    "enabled": QT_TRANSLATE_NOOP("SettingsForm", "Varselet er på"),
    "severity": QT_TRANSLATE_NOOP("SettingsForm", "Alvorlighet"),
    "title": QT_TRANSLATE_NOOP("SettingsForm", "Navn"),
    "short": QT_TRANSLATE_NOOP("SettingsForm", "Kort navn (merket)"),
    "source": QT_TRANSLATE_NOOP("SettingsForm", "Kilde"),
    "min_households": QT_TRANSLATE_NOOP("SettingsForm", "Minst antall husstander"),
    "count_untreated_mental_illness": QT_TRANSLATE_NOOP("SettingsForm", "Regn med alvorlig psykisk lidelse uten behandling"),
    "child_age_below": QT_TRANSLATE_NOOP("SettingsForm", "Barn er under (år)"),
    "min_in_stairwell": QT_TRANSLATE_NOOP("SettingsForm", "Grense i oppgangen"),
    "min_in_building": QT_TRANSLATE_NOOP("SettingsForm", "Grense i bygningen"),
    "min_active_use_in_stairwell": QT_TRANSLATE_NOOP("SettingsForm", "Husstander i aktiv rus i oppgangen"),
    "min_outsider_incidents": QT_TRANSLATE_NOOP("SettingsForm", "Hendelser med innbrudd, besøkstrafikk, sprøyter eller hærverk"),
    "window_months": QT_TRANSLATE_NOOP("SettingsForm", "Periode (måneder)"),
    "stairwell_max": QT_TRANSLATE_NOOP("SettingsForm", "Husstander med tunge behov i oppgangen (etter tildeling)"),
    "building_share": QT_TRANSLATE_NOOP("SettingsForm", "Andel med tunge behov i bygningen"),
    "building_min_households": QT_TRANSLATE_NOOP("SettingsForm", "Gjelder bygninger med minst (husstander)"),
    "share": QT_TRANSLATE_NOOP("SettingsForm", "Andel av oppgangen"),
    "categories": QT_TRANSLATE_NOOP("SettingsForm", "Behovskategorier"),
    "young_child_age_below": QT_TRANSLATE_NOOP("SettingsForm", "Småbarn er under (år)"),
    "elderly_share": QT_TRANSLATE_NOOP("SettingsForm", "Andel eldre"),
    "single_person_max_rooms": QT_TRANSLATE_NOOP("SettingsForm", "Én person i bolig med minst (rom)"),
    "school_age_from": QT_TRANSLATE_NOOP("SettingsForm", "Skolealder fra (år)"),
    "school_age_below": QT_TRANSLATE_NOOP("SettingsForm", "Skolealder under (år)"),
    "softens": QT_TRANSLATE_NOOP("SettingsForm", "Demper disse reglene"),
    "min_in_other_stairwells": QT_TRANSLATE_NOOP("SettingsForm", "Husstander i bygningens andre oppganger"),
    "building_severity": QT_TRANSLATE_NOOP("SettingsForm", "Alvorlighet når det bare gjelder andre oppganger"),
    "min_drug_incidents": QT_TRANSLATE_NOOP("SettingsForm", "Rusrelaterte hendelser i oppgangen"),
    "drug_incident_window_months": QT_TRANSLATE_NOOP("SettingsForm", "Periode for rusrelaterte hendelser (måneder)"),
    "drug_incident_kinds": QT_TRANSLATE_NOOP("SettingsForm", "Rusrelaterte hendelsestyper"),
    "household_groups": QT_TRANSLATE_NOOP("SettingsForm", "Husstandstyper"),
    "rank_unused_bedrooms_from": QT_TRANSLATE_NOOP("SettingsForm", "Rangeres bak når ubrukte soverom er minst"),
    "elderly_floor_from": QT_TRANSLATE_NOOP("SettingsForm", "Eldre uten heis fra etasje"),
    "elderly_severity": QT_TRANSLATE_NOOP("SettingsForm", "Alvorlighet for eldre uten registrert behov"),
    "type": QT_TRANSLATE_NOOP("SettingsForm", "Leietype"),
    "minimum_years": QT_TRANSLATE_NOOP("SettingsForm", "Minste varighet (år)"),
    "months_ahead": QT_TRANSLATE_NOOP("SettingsForm", "Vis fornyelser (måneder før utløp)"),
    "years": QT_TRANSLATE_NOOP("SettingsForm", "Varighet ved fornyelse (år)"),
    "first_years": QT_TRANSLATE_NOOP("SettingsForm", "Varighet første gang (år)"),
    "stable_years": QT_TRANSLATE_NOOP("SettingsForm", "Varighet ved stabil situasjon (år)"),
    "children_rule": QT_TRANSLATE_NOOP("SettingsForm", "Egen varighet for barn 0–14 år"),
    "children_years": QT_TRANSLATE_NOOP("SettingsForm", "Varighet for barnefamilier (år)"),
    "children_age_below": QT_TRANSLATE_NOOP("SettingsForm", "Yngste barn under (år)"),
    "deadline_days": QT_TRANSLATE_NOOP("SettingsForm", "Innflyttingsfrist (dager etter vedtak)"),
    "weeks": QT_TRANSLATE_NOOP("SettingsForm", "Klagefrist (uker)"),
    "body": QT_TRANSLATE_NOOP("SettingsForm", "Klageinstans"),
    "send_to": QT_TRANSLATE_NOOP("SettingsForm", "Klagen sendes til"),
    "sender": QT_TRANSLATE_NOOP("SettingsForm", "Avsender"),
    "exempt_marking": QT_TRANSLATE_NOOP("SettingsForm", "Merking"),
    "decision": QT_TRANSLATE_NOOP("SettingsForm", "Vedtak"),
    "appeal": QT_TRANSLATE_NOOP("SettingsForm", "Klage"),
    "access": QT_TRANSLATE_NOOP("SettingsForm", "Innsyn"),
    "lease": QT_TRANSLATE_NOOP("SettingsForm", "Leieavtale"),
    "postpone": QT_TRANSLATE_NOOP("SettingsForm", "Utsatt iverksetting"),
    "preliminary": QT_TRANSLATE_NOOP("SettingsForm", "Foreløpig svar"),
    "impartiality": QT_TRANSLATE_NOOP("SettingsForm", "Habilitet"),
    "name": QT_TRANSLATE_NOOP("SettingsForm", "Kontorets navn"),
    "postal_address": QT_TRANSLATE_NOOP("SettingsForm", "Postadresse"),
    "postal_code": QT_TRANSLATE_NOOP("SettingsForm", "Postnummer"),
    "postal_town": QT_TRANSLATE_NOOP("SettingsForm", "Poststed"),
    "phone": QT_TRANSLATE_NOOP("SettingsForm", "Telefon"),
    "email": QT_TRANSLATE_NOOP("SettingsForm", "E-post"),
    "default_contact": QT_TRANSLATE_NOOP("SettingsForm", "Kontaktperson når saken ikke har noen"),
    "regulation": QT_TRANSLATE_NOOP("SettingsForm", "Lokal forskrift eller retningslinjer"),
    "allocated": QT_TRANSLATE_NOOP("SettingsForm", "Paragraf for tildeling"),
    "refused": QT_TRANSLATE_NOOP("SettingsForm", "Paragraf for avslag"),
    "not_renewed": QT_TRANSLATE_NOOP("SettingsForm", "Paragraf for ikke fornyet leieavtale"),
    "statute": QT_TRANSLATE_NOOP("SettingsForm", "Lov"),
    "accept_days": QT_TRANSLATE_NOOP("SettingsForm", "Frist for å svare på tilbudet (dager)"),
    "declined": QT_TRANSLATE_NOOP("SettingsForm", "Hva det betyr å takke nei"),
    "expected_weeks": QT_TRANSLATE_NOOP("SettingsForm", "Forventet tid til vedtak ved utsettelse (uker)"),
    "neighbour_count_below": QT_TRANSLATE_NOOP("SettingsForm", "Vis antall naboer under dette som «færre enn»"),
    "min_characters": QT_TRANSLATE_NOOP("SettingsForm", "Minst antall tegn i en begrunnelse"),
    "min_words": QT_TRANSLATE_NOOP("SettingsForm", "Minst antall ord i en begrunnelse"),
    "passed_over_listed": QT_TRANSLATE_NOOP("SettingsForm", "Høyere rangerte søkere som nevnes (høyst)"),
    "months": QT_TRANSLATE_NOOP("SettingsForm", "Oppfølging (måneder etter innflytting, f.eks. 3, 6, 12)"),
    "days_ahead": QT_TRANSLATE_NOOP("SettingsForm", "Vis oppfølging som forfaller innen (dager)"),
    "arrears_from": QT_TRANSLATE_NOOP("SettingsForm", "Restanse som gir risiko (kr, fra og med)"),
    "warning_months": QT_TRANSLATE_NOOP("SettingsForm", "Varsler teller i (måneder)"),
    "language": QT_TRANSLATE_NOOP("SettingsForm", "Målform i protokoller og brev"),
}
SECTION_TITLES = {"lease": QT_TRANSLATE_NOOP("SettingsForm", "Leiekontrakt"),
                  "renewal": QT_TRANSLATE_NOOP("SettingsForm", "Fornyelse av leieavtaler"),
                  "move_in": QT_TRANSLATE_NOOP("SettingsForm", "Innflytting"),
                  "appeal": QT_TRANSLATE_NOOP("SettingsForm", "Klageadgang"),
                  "letter": QT_TRANSLATE_NOOP("SettingsForm", "Vedtaksbrev"),
                  "documents": QT_TRANSLATE_NOOP("SettingsForm", "Kommunens målform"),
                  "minutes": QT_TRANSLATE_NOOP("SettingsForm", "Protokoll"),
                  "law": QT_TRANSLATE_NOOP("SettingsForm", "Lovhenvisninger"),
                  "office": QT_TRANSLATE_NOOP("SettingsForm", "Boligkontoret (i brevene)"),
                  "hjemmel": QT_TRANSLATE_NOOP("SettingsForm", "Hjemmel for vedtakene"),
                  "offer": QT_TRANSLATE_NOOP("SettingsForm", "Tilbud om bolig"),
                  "deferral": QT_TRANSLATE_NOOP("SettingsForm", "Utsatt sak"),
                  "privacy": QT_TRANSLATE_NOOP("SettingsForm", "Personvern for naboer"),
                  "record": QT_TRANSLATE_NOOP("SettingsForm", "Krav til protokollen"),
                  "follow_up": QT_TRANSLATE_NOOP("SettingsForm", "Oppfølging etter innflytting"),
                  "at_risk": QT_TRANSLATE_NOOP("SettingsForm", "Leieforhold i risiko")}


def label_for(key: str) -> str:
    return translate("SettingsForm", LABELS[key]) if key in LABELS else key


def section_title(section: str) -> str:
    return translate("SettingsForm", SECTION_TITLES[section]) if section in SECTION_TITLES else section


# Settings with a closed set of values get a choice, not a text field: (stored, shown).
# Settings that are amounts in kroner (their spin box must reach far beyond a count's 1 000).
_KRONER = frozenset({"arrears_from"})
_CHOICES = {
    "severity": lambda: [(s.value, severity_word(s)) for s in Severity],
    "type": lambda: [(t.value, shown(t).capitalize()) for t in LeaseType],
    # the municipality's language for its documents (services/document_text.py), not the window's
    "language": lambda: [("nb", translate("SettingsForm", "Bokmål")), ("nn", translate("SettingsForm", "Nynorsk"))],
}


def _show_how_it_prints(editor: QLineEdit, line: QLabel | None = None) -> None:
    """A source is stored as the team cites it («002 l.384»); the tooltip, and the line under
    the field, show what a reader of the flags, the guide and the minutes gets: author, year
    and chapter (rules/sources.py), so nobody takes «002 l.384» for the citation (issue 16)."""
    def update(text: str) -> None:
        printed = translate("SettingsForm", "Skrives ut som: {source}").format(source=shown(readable(text)))
        editor.setToolTip(printed)
        if line is not None:
            line.setText(printed)

    editor.textChanged.connect(update)
    update(editor.text())


def _checklist(choices: list[tuple[str, str]], chosen: list[str]) -> QListWidget:
    """A closed list as ticks (Space toggles the current one), in the catalogue's order."""
    editor = QListWidget()
    for stored, text in choices:
        item = QListWidgetItem(text, editor)
        item.setData(Qt.ItemDataRole.UserRole, stored)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if stored in chosen else Qt.CheckState.Unchecked)
    rows = min(len(choices), 8)
    editor.setFixedHeight(editor.sizeHintForRow(0) * rows + 2 * editor.frameWidth() + 4)
    return editor


class SettingsSection(QGroupBox):
    """Editors for one section; `changes()` is what differs from the values it was given."""

    def __init__(self, title: str, values: Mapping[str, Any], parent: QWidget | None = None,
                 labels_above: bool = False):
        super().__init__(title, parent)
        self._original = dict(values)
        self._editors: dict[str, QWidget] = {}
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows if labels_above
                              else QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, value in values.items():
            editor = self._editor(key, value)
            editor.setAccessibleName(label_for(key))
            self._editors[key] = editor
            form.addRow(label_for(key) + ":", editor)
            if key == "source" and isinstance(editor, QLineEdit):
                printed = QLabel(self)
                printed.setWordWrap(True)
                printed.setStyleSheet("color: #444;")
                _show_how_it_prints(editor, printed)
                form.addRow("", printed)

    @staticmethod
    def _editor(key: str, value: Any) -> QWidget:
        ticks = list_choices(key) if isinstance(value, list) else None
        if ticks is not None:
            return _checklist(ticks, value)
        choices = _CHOICES.get("severity" if key.endswith("_severity") else key)
        if choices is not None:
            editor = QComboBox()
            for stored, shown in choices():
                editor.addItem(shown, stored)
            editor.setCurrentIndex(editor.findData(value))
            return editor
        if isinstance(value, bool):
            box = QCheckBox()
            box.setChecked(value)
            return box
        if isinstance(value, int):
            spin = QSpinBox()
            if key in _KRONER:  # an amount: 5 000 kr is the default, a municipality may set far more
                spin.setRange(0, 10_000_000)
                spin.setGroupSeparatorShown(True)
                spin.setSingleStep(500)
            else:  # counts, days, months, years: never clamp a stored value on showing it
                spin.setRange(0, max(1000, value))
            spin.setValue(value)
            return spin
        if isinstance(value, float):  # every float setting is a share
            share = QDoubleSpinBox()
            share.setRange(0, 100)
            share.setDecimals(0)
            share.setSuffix(" %")
            share.setValue(round(value * 100))
            return share
        line = QLineEdit(", ".join(str(v) for v in value) if isinstance(value, list) else str(value))
        if key == "source":
            _show_how_it_prints(line)
        return line

    def value(self, key: str) -> Any:
        editor, original = self._editors[key], self._original[key]
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QDoubleSpinBox):
            return round(editor.value() / 100, 4)
        if isinstance(editor, QListWidget):
            return [editor.item(row).data(Qt.ItemDataRole.UserRole) for row in range(editor.count())
                    if editor.item(row).checkState() is Qt.CheckState.Checked]
        assert isinstance(editor, QLineEdit)  # every other setting is a line of text
        if isinstance(original, list):
            items = [item.strip() for item in editor.text().split(",") if item.strip()]
            if original and all(isinstance(v, int) for v in original):  # months: numbers, checked on saving
                return [int(item) if item.isdigit() else item for item in items]
            return items
        return editor.text().strip()

    def set_value(self, key: str, value: Any) -> None:
        """Put a value in a yes/no or whole-number editor (a preset chosen above the sections)."""
        editor = self._editors[key]
        if isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value))

    def changes(self) -> dict[str, Any]:
        return {key: self.value(key) for key in self._editors if self._differs(key)}

    def _differs(self, key: str) -> bool:
        value, original = self.value(key), self._original[key]
        if isinstance(original, list) and isinstance(value, list):  # ticks come in the catalogue's order
            return sorted(map(str, value)) != sorted(map(str, original))
        return value != original

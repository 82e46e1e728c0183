"""An editable form over one section of settings ({key: value}), the editor chosen by type."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ..domain import LeaseType, Severity
from .chips import SEVERITY_WORD

# Bokmål labels for setting keys; a key not listed is shown as it is.
LABELS = {
    "enabled": "Varselet er på", "severity": "Alvorlighet", "title": "Navn", "short": "Kort navn (merket)",
    "source": "Kilde", "min_households": "Minst antall husstander", "count_untreated_mental_illness":
    "Regn med alvorlig psykisk lidelse uten behandling", "child_age_below": "Barn er under (år)",
    "min_in_stairwell": "Grense i oppgangen", "min_in_building": "Grense i bygningen",
    "min_active_use_in_stairwell": "Husstander i aktiv rus i oppgangen", "min_outsider_incidents":
    "Hendelser med innbrudd, besøkstrafikk, sprøyter eller hærverk", "window_months": "Periode (måneder)",
    "stairwell_max": "Husstander med tunge behov i oppgangen (etter tildeling)", "building_share":
    "Andel med tunge behov i bygningen", "building_min_households": "Gjelder bygninger med minst (husstander)",
    "share": "Andel av oppgangen", "categories": "Behovskategorier (kommaliste)", "young_child_age_below":
    "Småbarn er under (år)", "elderly_share": "Andel eldre", "max_share": "Største kommunale andel",
    "single_person_max_rooms": "Én person i bolig med minst (rom)", "school_age_from": "Skolealder fra (år)",
    "school_age_below": "Skolealder under (år)", "softens": "Demper disse reglene (kommaliste)",
    "type": "Leietype", "minimum_years": "Minste varighet (år)", "stable_years": "Varighet ved stabil situasjon (år)",
    "children_rule": "Egen varighet for barn 0–14 år", "children_years": "Varighet for barnefamilier (år)",
    "children_age_below": "Yngste barn under (år)", "deadline_days": "Innflyttingsfrist (dager etter vedtak)",
    "weeks": "Klagefrist (uker)", "body": "Klageinstans", "send_to": "Klagen sendes til", "sender": "Avsender",
    "exempt_marking": "Merking", "decision": "Vedtak", "appeal": "Klage", "access": "Innsyn", "lease": "Leieavtale",
}
SECTION_TITLES = {"lease": "Leiekontrakt", "move_in": "Innflytting", "appeal": "Klageadgang",
                  "letter": "Vedtaksbrev", "minutes": "Protokoll", "law": "Lovhenvisninger"}


# Settings with a closed set of values get a choice, not a text field: (stored, shown).
_CHOICES = {
    "severity": lambda: [(s.value, SEVERITY_WORD[s]) for s in Severity],
    "type": lambda: [(t.value, t.label.capitalize()) for t in LeaseType],
}


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
            editor.setAccessibleName(LABELS.get(key, key))
            self._editors[key] = editor
            form.addRow(LABELS.get(key, key) + ":", editor)

    @staticmethod
    def _editor(key: str, value: Any) -> QWidget:
        choices = _CHOICES.get(key)
        if choices is not None:
            editor = QComboBox()
            for stored, shown in choices():
                editor.addItem(shown, stored)
            editor.setCurrentIndex(editor.findData(value))
            return editor
        if isinstance(value, bool):
            editor = QCheckBox()
            editor.setChecked(value)
            return editor
        if isinstance(value, int):
            editor = QSpinBox()
            editor.setRange(0, 1000)
            editor.setValue(value)
            return editor
        if isinstance(value, float):  # every float setting is a share
            editor = QDoubleSpinBox()
            editor.setRange(0, 100)
            editor.setDecimals(0)
            editor.setSuffix(" %")
            editor.setValue(round(value * 100))
            return editor
        editor = QLineEdit(", ".join(value) if isinstance(value, list) else str(value))
        return editor

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
        if isinstance(original, list):
            return [item.strip() for item in editor.text().split(",") if item.strip()]
        return editor.text().strip()

    def changes(self) -> dict[str, Any]:
        return {key: self.value(key) for key in self._editors if self.value(key) != self._original[key]}

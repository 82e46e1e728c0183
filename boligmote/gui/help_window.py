"""Hjelp → Brukerveiledning (F1): the bokmål user guide in a window of its own.

The guide is resources/help/brukerveiledning.md. Its section on the risk flags is written
when it is shown, from the rule settings of the open file (title, chip label, severity,
source, thresholds) and the plain-language meaning in resources/help/varsler.toml, so it
can never disagree with the flags the window shows. Sources read as «author (year), chapter»
and the list of reports at the end comes from resources/sources.toml.
"""
from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from functools import cache
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from .. import APP_NAME
from ..domain import Severity
from ..paths import resource
from ..rules import RuleSettings
from ..rules.sources import readable, references
from .qt_translations import translate

FLAGS_MARKER = "<!-- varsler -->"
SOURCES_MARKER = "<!-- kilder -->"


@cache
def _guide_text() -> str:
    return resource("help", "brukerveiledning.md").read_text(encoding="utf-8")


@cache
def flag_meanings() -> Mapping[str, str]:
    data = tomllib.loads(resource("help", "varsler.toml").read_text(encoding="utf-8"))
    return {rule: values["meaning"] for rule, values in data.items()}


def _setting_text(value: Any, titles: Mapping[str, str]) -> str:
    if isinstance(value, bool):
        return "ja" if value else "nei"
    if isinstance(value, float) and 0 < value < 1:
        return f"{value * 100:.0f} %"  # every fractional setting is a share of households or units
    if isinstance(value, (list, tuple)):
        return ", ".join(f"«{titles[item]}»" if item in titles else str(item) for item in value)
    return str(value)


def _meaning(template: str, values: Mapping[str, Any], titles: Mapping[str, str]) -> str:
    fields = {name for _text, name, _spec, _conversion in string.Formatter().parse(template) if name}
    return template.format_map({name: _setting_text(values[name], titles) for name in fields})


def flag_section(settings: RuleSettings) -> str:
    """One Markdown section per rule, in catalogue order."""
    titles = {rule_id: settings.rule(rule_id).title for rule_id in settings.rule_ids()}
    meanings = flag_meanings()
    parts = []
    for rule_id in settings.rule_ids():
        config = settings.rule(rule_id)
        values = config.values
        facts = [f"*Brikke:* {values['short']}", f"*Alvorlighet:* **{Severity(values['severity']).label}**",
                 f"*Kilde:* {readable(values['source'])}"]
        parts.append(f"### {values['title']}\n\n" + " · ".join(facts) + "\n\n"
                     + _meaning(meanings[rule_id], values, titles)
                     + ("" if values["enabled"] else "\n\n**Slått av i denne filen:** varselet vises ikke.")
                     + "\n")
    return "\n".join(parts)


def sources_section() -> str:
    """The reports in full, each after the short form the flags cite it by."""
    return "\n".join(f"- **{report.short}**: {report.reference}" for report in references()) + "\n"


def guide_markdown(settings: RuleSettings | None = None) -> str:
    return (_guide_text().replace(FLAGS_MARKER, flag_section(settings or RuleSettings.defaults()))
            .replace(SOURCES_MARKER, sources_section()))


class HelpWindow(QWidget):
    """A window beside the main window (not a dialog: it stays open while you work)."""

    def __init__(self, settings: RuleSettings | None = None, parent=None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("HelpWindow", "Brukerveiledning – {app}").format(app=APP_NAME))
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)  # nothing leaves the machine
        self.browser.setAccessibleName(translate("HelpWindow", "Brukerveiledning"))
        # The guide reads as a page of text: give it margins and a measure that is easy to read.
        self.browser.document().setDocumentMargin(18)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.resize(860, 900)
        self.show_guide(settings)

    def show_guide(self, settings: RuleSettings | None) -> None:
        self.browser.setMarkdown(guide_markdown(settings))

    def text(self) -> str:
        return self.browser.toPlainText()


def show_help(main_window) -> HelpWindow:
    """F1: open the guide (or bring it forward), with the flags of the file the window shows."""
    matching = getattr(main_window, "matching", None)
    settings = matching.settings if matching is not None else None
    window = main_window.findChild(HelpWindow)
    if window is None:
        window = HelpWindow(settings, main_window)
    else:
        window.show_guide(settings)
    window.show()
    window.raise_()
    window.activateWindow()
    return window

"""Hjelp → Brukerveiledning (F1): the user guide in a window of its own, in the window's language.

The guide is resources/help/brukerveiledning.md (bokmål), brukerveiledning.nn.md and
brukerveiledning.en.md; tests/gui/test_help_window.py holds the three to the same sections. Its section on the risk flags is written
when it is shown, from the rule settings of the open file (rules/catalogue.py, which also
writes README's catalogue from the defaults), so it can never disagree with the flags the
window shows. The keyboard map comes from resources/help/tastatur.toml, which README's
table (bokmål) is held to (tests/gui/test_keyboard_map.py); its rows carry `en` and `nn`.
"""
from __future__ import annotations

import tomllib
from functools import cache

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWidget

from .. import APP_NAME
from ..paths import resource
from ..rules import RuleSettings
from ..rules.catalogue import flag_meanings, flag_section, sources_section  # noqa: F401 (flag_meanings: tests)
from ..words import DEFAULT_LANGUAGE, language, lookup
from .qt_translations import translate
from .screen_fit import fit_to_screen

FLAGS_MARKER = "<!-- varsler -->"
SOURCES_MARKER = "<!-- kilder -->"
KEYBOARD_MARKER = "<!-- tastatur -->"


@cache
def guide_text(code: str = DEFAULT_LANGUAGE) -> str:
    """The guide's own text in `code`, before the flags, sources and keyboard map are put in."""
    name = "brukerveiledning.md" if code == DEFAULT_LANGUAGE else f"brukerveiledning.{code}.md"
    return resource("help", name).read_text(encoding="utf-8")


@cache
def keyboard_map() -> tuple[dict, ...]:
    """resources/help/tastatur.toml: the keyboard map README and this guide both show."""
    return tuple(tomllib.loads(resource("help", "tastatur.toml").read_text(encoding="utf-8"))["section"])


def _in(entry: dict, key: str, code: str) -> str:
    """An entry's `key` in `code`: a row's keys differ between languages only where a mnemonic does."""
    return str(entry.get(code, {}).get(key, entry[key])) if code != DEFAULT_LANGUAGE else str(entry[key])


def keyboard_section(code: str = DEFAULT_LANGUAGE) -> str:
    """The keyboard map as Markdown: one table per part of the program."""
    head = f"| {lookup('guide.key', code)} | {lookup('guide.does', code)} |\n|---|---|"
    parts = []
    for section in keyboard_map():
        rows = "\n".join(f"| {_in(row, 'keys', code)} | {_in(row, 'does', code)} |" for row in section["row"])
        parts.append(f"**{_in(section, 'title', code)}**\n\n{head}\n{rows}\n")
    return "\n".join(parts)


def guide_markdown(settings: RuleSettings | None = None, code: str | None = None) -> str:
    """The whole guide in `code` (default: the window's language)."""
    code = code or language()
    return (guide_text(code).replace(FLAGS_MARKER, flag_section(settings or RuleSettings.defaults(), code))
            .replace(SOURCES_MARKER, sources_section()).replace(KEYBOARD_MARKER, keyboard_section(code)))


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
        self.show_guide(settings)
        fit_to_screen(self, QSize(860, 900))

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

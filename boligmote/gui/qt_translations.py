"""The user's language: the app's own texts, and Qt's standard texts (buttons, file dialog).

The source language of every text in the code and in ui/*.ui is bokmål, so bokmål needs
no table of its own; nynorsk and English come from resources/translations/boligmote_nn.qm
and boligmote_en.qm (built from the .ts files by `make translations`, and committed so that
`pip install .` and the bundle need no build step).

Qt 6.12 no longer ships bokmål for qtbase (only nynorsk), so for bokmål a translator
answers Qt's own texts from resources/translations/qt_nb.toml; anything not listed falls
back to Qt's English. Nynorsk uses Qt's own qtbase_nn.qm, which PySide6 ships (its
translations folder; the bokmål table is the fallback should a build lack it). In English,
Qt's own texts simply stay English.

The window's language is the user's; the documents' language (minutes, letters) is the
municipality's, a setting of the file (services/document_text.py), whatever the window speaks.

Domain words (enum labels, rule titles, flag messages, the proposal's reasons) come from
boligmote/words.py's tables in the window's language, set here; PDFs follow the municipality's
document language, and the user guide is bokmål.
"""
from __future__ import annotations

import tomllib

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import words
from ..paths import resource
from . import options

# Per person (gui/options.py), not in the database: a language belongs to a person, not a file.
DEFAULT_LANGUAGE = options.LANGUAGE.default
# Shown in Innstillinger in their own language, so a user who cannot read the other finds theirs.
LANGUAGES = {"nb": "Bokmål", "nn": "Norsk nynorsk", "en": "English"}
APP_TRANSLATIONS = {"en": "boligmote_en.qm", "nn": "boligmote_nn.qm"}
# Marks the translators installed here, so switching language replaces them instead of stacking.
_OURS = "boligmote-translator"
_installed: list[QTranslator] = []


class TableTranslator(QTranslator):
    def __init__(self, table: dict[str, dict[str, str]], parent=None):
        super().__init__(parent)
        self._table = table

    def translate(self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1):
        return self._table.get(context, {}).get(source_text)

    def isEmpty(self) -> bool:
        return not self._table


def install_qt_bokmal(app: QCoreApplication) -> TableTranslator:
    table = tomllib.loads(resource("translations", "qt_nb.toml").read_text(encoding="utf-8"))
    translator = TableTranslator(table, app)
    translator.setObjectName(_OURS)
    app.installTranslator(translator)
    return translator


def saved_language() -> str:
    """The language chosen in Innstillinger; bokmål when none (or an unknown one) is saved."""
    value = options.LANGUAGE.get()
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    options.LANGUAGE.set(language)


def install_language(app: QCoreApplication, language: str) -> None:
    """Replace our translators with those of `language`. Forms read their texts when they
    are loaded, so this must run before the first window is built."""
    # The domain's words (labels, rule titles, flag messages, errors) follow the window too.
    words.set_window_language(language)
    # Kept here, not found with app.findChildren(QTranslator): its first call costs ~10 ms of
    # the window's start.
    while _installed:
        translator = _installed.pop()
        app.removeTranslator(translator)
        translator.setParent(None)
    if language in APP_TRANSLATIONS:
        translator = QTranslator(app)
        translator.setObjectName(_OURS)
        if not translator.load(str(resource("translations", APP_TRANSLATIONS[language]))):
            raise FileNotFoundError(resource("translations", APP_TRANSLATIONS[language]))
        app.installTranslator(translator)
        _installed.append(translator)
    if language == "en":
        # English words, Norwegian conventions (the data is Norwegian: kroner, dates).
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Norway))
    elif language == "nn":
        qt = QTranslator(app)
        qt.setObjectName(_OURS)
        if qt.load("qtbase_nn", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        else:  # a Qt build without nynorsk: Qt's buttons in bokmål rather than English
            _installed.append(install_qt_bokmal(app))
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway))
    else:
        _installed.append(install_qt_bokmal(app))
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))


# The one spelling the GUI uses: lupdate collects the texts of calls to `translate` with a
# context and a string literal.
translate = QCoreApplication.translate


def QT_TRANSLATE_NOOP(context: str, source_text: str) -> str:
    """Marks a text for translation where it is defined; `translate` translates it where it is
    shown. PySide6's own returns `object` to type checkers, this one the text."""
    return source_text

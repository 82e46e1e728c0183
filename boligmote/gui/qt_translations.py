"""Qt's own texts (standard buttons, file dialog, print preview) in bokmål.

Qt 6.12 no longer ships bokmål for qtbase (only nynorsk), so this translator answers
from resources/translations/qt_nb.toml; anything not listed falls back to Qt's English.
"""
from __future__ import annotations

import tomllib

from PySide6.QtCore import QCoreApplication, QTranslator

from ..paths import resource


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
    app.installTranslator(translator)
    return translator

"""Opening a file from the window: the questions only a person can answer.

`Database.open` refuses with a StoreError; here some refusals become a question instead:
an encrypted file asks for its passphrase (again after a wrong one), a file another
session has open or a write-protected file can be opened read-only. Whatever is left is a
plain message, never a traceback. Warnings from opening (a network share, a daily backup
that failed) are shown once the file is open.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from ..store import Database, StoreError
from ..store.errors import DatabaseInUse, NotABoligmoteFile, PassphraseRequired, ReadOnlyFile, WrongPassphrase
from .passphrase_dialog import PassphraseDialog
from .qt_translations import translate
from ..words import error_text

# Enough for a typo or two; after that the dialog is more likely to be the wrong file.
MAX_PASSPHRASE_TRIES = 5


def open_database(parent: QWidget | None, path: Path, create: bool = False,
                  passphrase: str | None = None) -> Database | None:
    """The open file, or None when it cannot be opened or the person gave up (they were told)."""
    readonly = False
    wrong = ""
    tries = 0
    while True:
        try:
            # The full integrity check and the daily copy run after the window shows the file
            # (gui/after_open.py, issue 16 item 12).
            database = Database.open(path, create=create, readonly=readonly, passphrase=passphrase,
                                     daily_backup=False, full_check=False)
        except (PassphraseRequired, WrongPassphrase) as error:
            if isinstance(error, WrongPassphrase):
                tries += 1
                wrong = translate("Opening", "Feil passord (eller filen er ikke en Boligmøte-database). Prøv igjen.")
                if tries >= MAX_PASSPHRASE_TRIES:
                    QMessageBox.critical(parent, translate("Opening", "Kunne ikke åpne filen"), error_text(error))
                    return None
            dialog = PassphraseDialog(path, wrong, parent)
            if not dialog.exec():
                return None
            passphrase = dialog.passphrase()
            continue
        except (DatabaseInUse, ReadOnlyFile) as error:
            if readonly or not ask_read_only(parent, error):
                return None
            readonly = True
            continue
        except NotABoligmoteFile as error:
            not_ours(parent, path, error)
            return None
        except StoreError as error:
            QMessageBox.critical(parent, translate("Opening", "Kunne ikke åpne filen"), error_text(error))
            return None
        show_notices(parent, database)
        return database


def not_ours(parent: QWidget | None, path: Path, error: StoreError) -> None:
    """A text file, a PDF, random bytes, another program's SQLite file: said as such, with its
    name, never as «kryptert» (issue 16 item 7)."""
    QMessageBox.critical(parent, translate("Opening", "Ikke en Boligmøte-fil"),
                         translate("Opening", "«{file}» er ikke en Boligmøte-fil og kan ikke åpnes.")
                         .format(file=path.name) + "\n\n" + error_text(error))


def ask_read_only(parent: QWidget | None, error: StoreError) -> bool:
    """Offer to open read-only; True when the person chose that."""
    title = translate("Opening", "Filen er i bruk") if isinstance(error, DatabaseInUse) else translate("Opening", "Filen er skrivebeskyttet")
    box = QMessageBox(QMessageBox.Icon.Warning, title, error_text(error), parent=parent)
    box.setInformativeText(translate("Opening", "Skrivebeskyttet kan du se alt, men ikke føre vedtak eller endre noe."))
    read_only = box.addButton(translate("Opening", "Åpne &skrivebeskyttet"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("Opening", "&Avbryt"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    return box.clickedButton() is read_only


def show_notices(parent: QWidget | None, database: Database) -> None:
    if database.notices:
        QMessageBox.warning(parent, translate("Opening", "Merk"), "\n\n".join(database.notices))

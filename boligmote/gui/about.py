"""Hjelp → Om Boligmøte: version, licence, where the data lives, and what it runs on.

IT staff and support read this box to answer «which version, which file, which Qt?»,
so it names real paths rather than describing them.
"""
from __future__ import annotations

import html
import platform
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QMessageBox, QWidget

from .. import APP_NAME, __version__
from ..paths import resource, user_data_dir
from .qt_translations import translate

LICENCE = "GPL-3.0-or-later"


def about_html(database_path: Path | None) -> str:
    data_dir = user_data_dir()
    open_file = html.escape(str(database_path)) if database_path is not None else translate("AboutBox", "ingen fil er åpen")
    backups = html.escape(str(database_path.parent / "backups")) if database_path is not None else "–"
    how = translate("AboutBox", "pakket program") if getattr(sys, "frozen", False) else translate("AboutBox", "kjører fra Python-pakken")
    rows = [
        (translate("AboutBox", "Åpen fil"), open_file),
        (translate("AboutBox", "Sikkerhetskopier"), backups),
        (translate("AboutBox", "Datamappe"), html.escape(str(data_dir))),
        (translate("AboutBox", "Logg"), html.escape(str(data_dir / "boligmote.log"))),
        (translate("AboutBox", "Programvare"), f"Qt {qVersion()}, PySide6 {PySide6.__version__}, Python {platform.python_version()} "
                           f"({how})"),
    ]
    table = "".join(f"<tr><td style='padding-right:10px; color:#444'>{label}</td><td>{value}</td></tr>"
                    for label, value in rows)
    return (
        f"<h3 style='margin-bottom:2px'>{APP_NAME} {__version__}</h3>"
        "<p>" + translate("AboutBox", "Beslutningsstøtte for tildelingsmøter i kommunale boliger.") + "</p>"
        "<p>" + translate("AboutBox", "<b>Lisens:</b> GNU General Public License, versjon 3 eller senere ({licence}). Du kan bruke, "
                  "endre og dele programmet på lisensens vilkår. Programmet leveres uten garanti. Skriften "
                  "DejaVu Sans følger med under sin egen frie lisens.").format(licence=LICENCE) + "</p>"
        f"<table cellspacing='0' cellpadding='1' style='margin-top:10px'>{table}</table>"
        "<p style='color:#444'>" + translate("AboutBox", "Dataene ligger bare på denne maskinen, lesbare bare for deg; ingenting "
                                     "sendes over nettverket.") + "</p>"
    )


def show_about(parent: QWidget, database_path: Path | None) -> QMessageBox:
    box = QMessageBox(parent)
    box.setWindowTitle(translate("AboutBox", "Om {app}").format(app=APP_NAME))
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setText(about_html(database_path))
    box.setIconPixmap(QPixmap(str(resource("icons", "boligmote.png"))).scaledToWidth(
        64, Qt.TransformationMode.SmoothTransformation))
    box.setStandardButtons(QMessageBox.StandardButton.Close)
    # QMessageBox keeps its text narrow; paths then break at every «/». Give them room.
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 560px; }")
    box.setObjectName("aboutBox")
    box.open()
    return box

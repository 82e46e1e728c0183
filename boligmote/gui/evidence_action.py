"""Fil → Erfaringer med varslene … (issue 17 item 6): the yearly report as a PDF the user saves.

The same report is `boligmote evidence --pdf`, and each rule's line stands in Innstillinger beside
its thresholds. Reading only: it works on a read-only file too.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..store import StoreError
from .menu_actions import install_dialog_action
from .qt_translations import translate
from ..words import error_text


def save_evidence_report(window, today: date | None = None) -> Path | None:
    """Ask where, write the report for this year (as of today), and say where it went."""
    from ..services.evidence import evidence_report
    from ..services.evidence_pdf import render_evidence_report

    workspace = getattr(window, "workspace", None)
    if workspace is None:
        return None
    today = today or date.today()
    database = workspace.database
    suggested = database.path.parent / f"erfaringer-med-varslene-{today.year}.pdf"
    chosen, _ = QFileDialog.getSaveFileName(window, translate("MainWindow", "Lagre erfaringer med varslene"),
                                            str(suggested), translate("MainWindow", "PDF (*.pdf)"))
    if not chosen:
        return None
    out = Path(chosen)
    if out.suffix.lower() != ".pdf":
        out = out.with_name(out.name + ".pdf")
    try:
        report = evidence_report(database, today)
        out.write_bytes(render_evidence_report(report))  # counts only: no personal data in it
    except (StoreError, OSError) as error:
        QMessageBox.critical(window, translate("MainWindow", "Rapporten ble ikke lagret"), error_text(error))
        return None
    found = report.evidence
    window.statusBar().showMessage(
        translate("MainWindow", "Erfaringer med varslene lagret i {path}: {counted} tildelinger med utfall.")
        .format(path=out, counted=found.counted), 10000)
    return out


def install_evidence_action(window) -> QAction:
    """After «Innstillinger …» in the Fil menu."""
    return install_dialog_action(
        window, window.menuFile, "actionEvidence", translate("MainWindow", "Erfaringer med &varslene …"),
        translate("MainWindow", "Årsrapport (PDF): hvor mange tildelinger fikk et dårlig utfall med og "
                                "uten hvert varsel"),
        lambda: save_evidence_report(window), "actionSettings", else_last=True)

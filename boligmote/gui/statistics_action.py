"""Fil → Årsstatistikk … (issue 20 item 5): the yearly figures as a PDF with charts and an Excel
workbook beside it, for the year the user picks (the last full year unless told otherwise).

The same report is `boligmote statistics --pdf --xlsx`. Reading only: it works on a read-only file.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from ..store import StoreError
from .menu_actions import install_dialog_action
from .qt_translations import translate
from ..words import error_text


def save_statistics_report(window, year: int | None = None) -> tuple[Path, Path] | None:
    """Ask for the year and where, write the PDF and the workbook (same name, .xlsx), and say where."""
    from ..services.statistics import last_full_year, statistics_report
    from ..services.statistics_xlsx import write_statistics_xlsx
    from ..services.statistics_pdf import render_statistics_report

    workspace = getattr(window, "workspace", None)
    if workspace is None:
        return None
    today = window.today
    if year is None:
        year, accepted = QInputDialog.getInt(
            window, translate("MainWindow", "Årsstatistikk"),
            translate("MainWindow", "Tallene gjelder året (per 31.12):"), last_full_year(today), 2000, today.year)
        if not accepted:
            return None
    database = workspace.database
    suggested = database.path.parent / f"arsstatistikk-{year}.pdf"
    chosen, _ = QFileDialog.getSaveFileName(window, translate("MainWindow", "Lagre årsstatistikken"),
                                            str(suggested), translate("MainWindow", "PDF (*.pdf)"))
    if not chosen:
        return None
    pdf = Path(chosen)
    if pdf.suffix.lower() != ".pdf":
        pdf = pdf.with_name(pdf.name + ".pdf")
    workbook = pdf.with_suffix(".xlsx")
    try:
        report = statistics_report(database, year, today)
        pdf.write_bytes(render_statistics_report(report))  # counts only, small ones shown as «<5»
        write_statistics_xlsx(report, workbook)
    except (StoreError, OSError) as error:
        QMessageBox.critical(window, translate("MainWindow", "Årsstatistikken ble ikke lagret"), error_text(error))
        return None
    window.statusBar().showMessage(
        translate("MainWindow", "Årsstatistikk {year} lagret i {pdf} og {xlsx}.")
        .format(year=year, pdf=pdf, xlsx=workbook), 15000)
    return pdf, workbook


def install_statistics_action(window) -> QAction:
    """After «Erfaringer med varslene …» in the Fil menu."""
    return install_dialog_action(
        window, window.menuFile, "actionStatistics", translate("MainWindow", "Årsstatisti&kk …"),
        translate("MainWindow", "Årets tall (PDF og Excel): søknader, vedtak, ventetid, boliger, "
                                "ledighet, fornyelser og utkastelser forhindret"),
        lambda: save_statistics_report(window), "actionEvidence", else_last=True)

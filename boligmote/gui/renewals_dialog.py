"""Møte → Fornyelser: the leases that run out soon, with what the meeting weighs (issue 17)."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QHeaderView

from ..domain.at_risk import kroner
from ..services.at_risk import latest_arrears
from ..services.cooperation_plans import active_plans
from ..services.meeting_settings import load_meeting_settings
from ..services.renewals import renewals_due
from ..store import Database
from .forms_generated.ui_renewals_dialog import Ui_RenewalsDialog
from .models.base import SORT_ROLE
from .models.renewals import RenewalsModel
from .qt_translations import translate
from .screen_fit import fit_to_screen


class RenewalsDialog(QDialog, Ui_RenewalsDialog):
    def __init__(self, database: Database, today: date, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.database, self.today = database, today
        self.model = RenewalsModel(today, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.renewalsView.setModel(self.proxy)
        header = self.renewalsView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the long texts share what is left, so the suggestion stays on a 1366-pixel screen
        for column in (2, 3, 5, 8):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.renewalsView.verticalHeader().hide()
        self.monthsSpin.setValue(load_meeting_settings(database).value("renewal", "months_ahead"))
        self.monthsSpin.valueChanged.connect(self.refresh)
        self.renewalsView.selectionModel().currentRowChanged.connect(self._show_detail)
        self.buttonBox.rejected.connect(self.reject)
        self.refresh()
        fit_to_screen(self)

    def refresh(self) -> None:
        renewals = renewals_due(self.database, self.today, self.monthsSpin.value())
        self.model.plans.clear()
        self.model.plans.update(active_plans(self.database))
        self.arrears = latest_arrears(self.database)
        self.model.set_rows(renewals.items)
        overdue = sum(item.due.overdue(self.today) for item in renewals.items)
        summary = translate("RenewalsDialog", "{count} leieavtaler utløper innen {until}").format(
            count=len(renewals.items), until=f"{renewals.until:%d.%m.%Y}")
        if overdue:
            summary += translate("RenewalsDialog", "; {overdue} er allerede utløpt").format(overdue=overdue)
        self.summaryLabel.setText(summary + ".")
        self.detailLabel.setText(translate("RenewalsDialog", "Velg en leieavtale for å se forslaget.")
                                 if renewals.items else translate("RenewalsDialog", "Ingen leieavtaler utløper i perioden."))
        if renewals.items:
            self.renewalsView.selectRow(0)

    def _show_detail(self, current, _previous) -> None:
        if not current.isValid():
            return
        item = self.model.row_object(self.proxy.mapToSource(current).row())
        text = translate("RenewalsDialog", "Forslag: {reason}").format(reason=item.suggestion.reason)
        amount, on = self.arrears.get(item.due.tenancy.id, (None, None))
        if amount:  # what the landlord's ledger says (issue 17 item 4): the meeting weighs it
            text += " " + translate("RenewalsDialog", "Restanse {amount} per {date}.").format(
                amount=kroner(amount), date=f"{on:%d.%m.%Y}")
        plan = self.model.plans.get(item.due.tenancy.id)
        if plan is not None:
            text += " " + translate("RenewalsDialog", "Samarbeidsplan mellom {parties}: {measures}").format(
                parties=", ".join(plan.parties), measures=plan.measures.replace("\n", " "))
        self.detailLabel.setText(text)


def install_renewals_action(window) -> QAction:
    """Møte → Fornyelser … (after «Nytt møte»): the list for the file the window shows."""
    action = QAction(translate("MainWindow", "Forn&yelser …"), window)
    action.setObjectName("actionRenewals")
    action.setStatusTip(translate("MainWindow", "Leieavtaler som snart utløper, med forslag til fornyelse"))

    def show() -> None:
        workspace = getattr(window, "workspace", None)
        if workspace is None:
            return
        RenewalsDialog(workspace.database, workspace.today, window).exec()

    action.triggered.connect(show)
    actions = window.menuMeeting.actions()
    window.menuMeeting.insertAction(actions[1] if len(actions) > 1 else None, action)
    return action

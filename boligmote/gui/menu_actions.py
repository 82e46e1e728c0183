"""Menu entries whose dialogs load when first opened: Fornyelser …, Planlegg fordeling …,
Oppfølging …, Leieforhold i risiko …, and whether the incident entries are available.

Apart from their dialogs so that the window's start imports none of them (issue 16 item 12):
the planner brings numpy and the HiGHS solver, which cost more than the rest of the window.
"""
from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from .qt_translations import translate


def install_renewals_action(window) -> QAction:
    """Møte → Fornyelser … (after «Nytt møte»): the list for the file the window shows, with the
    meeting chosen in the Møte pane."""
    action = QAction(translate("MainWindow", "Forn&yelser …"), window)
    action.setObjectName("actionRenewals")
    action.setStatusTip(translate("MainWindow", "Leieavtaler som snart utløper, med forslag til fornyelse"))

    def show() -> None:
        workspace = getattr(window, "workspace", None)
        if workspace is None:
            return
        panel = getattr(window, "meeting_panel", None)
        meeting_id = panel.meeting_id if panel is not None else None
        from .renewals_dialog import RenewalsDialog

        RenewalsDialog(workspace.database, workspace.today, window, meeting_id=meeting_id).exec()
        if panel is not None:
            panel.refresh()

    action.triggered.connect(show)
    _insert_after(window.menuMeeting, action, None)
    return action


def install_plan_action(window) -> QAction:
    """Møte → Planlegg fordeling … : the plan for the file the window shows."""
    action = QAction(translate("MainWindow", "Planlegg fordel&ing …"), window)
    action.setObjectName("actionPlan")
    action.setStatusTip(translate("MainWindow", "Én plan for alle ledige boliger, ved siden av streng køorden – et råd, "
                                                "ikke et vedtak"))

    def show() -> None:
        matching = getattr(window, "matching", None)
        if matching is None or getattr(window, "workspace", None) is None:
            return
        from .plan_dialog import PlanDialog  # the planner (numpy, HiGHS) loads when first asked for

        PlanDialog(matching, getattr(window, "meeting_panel", None), window).exec()

    action.triggered.connect(show)
    _insert_after(window.menuMeeting, action, "actionRenewals")
    return action


def install_follow_up_action(window) -> QAction:
    """Møte → Oppfølging … (after «Fornyelser …» where there is one, else after «Nytt møte …»)."""
    action = QAction(translate("MainWindow", "&Oppfølging …"), window)
    action.setObjectName("actionFollowUps")
    action.setToolTip(translate("MainWindow", "Oppfølgingspunkter fra vedtakene som har forfalt eller snart "
                                              "forfaller, og hva som ble gjort"))

    def show() -> None:
        workspace = getattr(window, "workspace", None)
        if workspace is None:
            return
        from .follow_up_dialog import FollowUpDialog

        FollowUpDialog(workspace.database, workspace.today, window).exec()

    action.triggered.connect(show)
    _insert_after(window.menuMeeting, action, "actionRenewals")
    return action


def install_at_risk_action(window) -> QAction:
    """Møte → Leieforhold i risiko … (after «Oppfølging …» where there is one)."""
    action = QAction(translate("MainWindow", "&Leieforhold i risiko …"), window)
    action.setObjectName("actionAtRisk")
    action.setToolTip(translate("MainWindow", "Leieforhold med husleierestanse eller varsel fra utleier, "
                                              "tiltakene møtet beslutter og samarbeidsplanene"))

    def show() -> None:
        workspace = getattr(window, "workspace", None)
        if workspace is None:
            return
        from .at_risk_dialog import AtRiskDialog  # its form and services (~35 ms) when first opened

        AtRiskDialog(workspace.database, workspace.today, window).exec()

    action.triggered.connect(show)
    _insert_after(window.menuMeeting, action, "actionFollowUps")
    return action


def _insert_after(menu: QMenu, action: QAction, name: str | None) -> None:
    """Put `action` after the entry called `name` where the menu has one, else second (after
    the menu's first entry, «Nytt møte …»), or last in a menu with fewer entries."""
    actions = menu.actions()
    names = [a.objectName() for a in actions]
    after = names.index(name) + 1 if name in names else 1
    menu.insertAction(actions[after] if after < len(actions) else None, action)


def update_incident_actions(window) -> None:
    """Registering needs a file that can be written (file_state says why not); removing, an
    incident this user registered today."""
    from ..services.incidents import IncidentLog
    from .file_state import no_file_reason, read_only_reason, set_available

    workspace = window.workspace
    writable = workspace is not None and not workspace.database.readonly
    reason = read_only_reason() if workspace is not None else no_file_reason()
    for item in (window.actionRegisterIncident, window.registerIncidentButton):
        set_available(item, writable, reason)
    removable = writable and IncidentLog(workspace.database, workspace).removable() is not None
    set_available(window.actionRemoveIncident, removable, "" if writable else reason)

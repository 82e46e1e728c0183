"""Menu entries whose dialogs load when first opened: Fornyelser …, Planlegg fordeling …,
Oppfølging …, and whether the incident entries are available.

Apart from their dialogs so that the window's start imports none of them (issue 16 item 12):
the planner brings numpy and the HiGHS solver, which cost more than the rest of the window.
"""
from __future__ import annotations

from PySide6.QtGui import QAction

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
    actions = window.menuMeeting.actions()
    window.menuMeeting.insertAction(actions[1] if len(actions) > 1 else None, action)
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
    # after «Fornyelser …» (which stays second, after «Nytt møte …»)
    actions = window.menuMeeting.actions()
    renewals = getattr(window, "actionRenewals", None)
    after = actions.index(renewals) + 1 if renewals in actions else min(1, len(actions))
    window.menuMeeting.insertAction(actions[after] if after < len(actions) else None, action)
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
    actions = window.menuMeeting.actions()
    names = [a.objectName() for a in actions]
    after = names.index("actionRenewals") + 1 if "actionRenewals" in names else 1
    window.menuMeeting.insertAction(actions[after] if after < len(actions) else None, action)
    return action


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

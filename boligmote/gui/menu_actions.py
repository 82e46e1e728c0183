"""Menu entries whose dialogs load when first opened: Fornyelser …, Planlegg fordeling …,
Oppfølging …, Leieforhold i risiko …, and whether the incident entries are available.

Apart from their dialogs so that the window's start imports none of them (issue 16 item 12):
the planner brings numpy and the HiGHS solver, which cost more than the rest of the window.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from .qt_translations import translate

if TYPE_CHECKING:
    from ..services.workspace import Workspace


def install_dialog_action(window, menu: QMenu, name: str, text: str, tip: str, run: Callable[[], object],
                          after: str | None, *, tip_in_status_bar: bool = False, else_last: bool = False) -> QAction:
    """One menu entry that opens a dialog or writes a report whose module loads when `run` first
    runs: called `name` (the window's attribute and the entry's object name), `text` in the menu,
    `tip` as its tooltip (or in the status bar), after the entry called `after` where `menu` has
    one; where not, second (after the menu's first entry) or, with else_last, last. The callers
    pass `text` and `tip` as literal translate() calls, so lupdate finds them there."""
    action = QAction(text, window)
    action.setObjectName(name)
    if tip_in_status_bar:
        action.setStatusTip(tip)
    else:
        action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: run())
    actions = menu.actions()
    names = [a.objectName() for a in actions]
    position = names.index(after) + 1 if after in names else len(actions) if else_last else 1
    menu.insertAction(actions[position] if position < len(actions) else None, action)
    return action


def _with_file(window, show: Callable[[Workspace], object]) -> Callable[[], None]:
    """`show` for the file the window shows; nothing while no file is open."""
    def run() -> None:
        workspace = getattr(window, "workspace", None)
        if workspace is not None:
            show(workspace)
    return run


def install_renewals_action(window) -> QAction:
    """Møte → Fornyelser … (after «Nytt møte»): the list for the file the window shows, with the
    meeting chosen in the Møte pane."""
    def show(workspace: Workspace) -> None:
        from .renewals_dialog import RenewalsDialog

        panel = getattr(window, "meeting_panel", None)
        meeting_id = panel.meeting_id if panel is not None else None
        RenewalsDialog(workspace.database, workspace.today, window, meeting_id=meeting_id).exec()
        if panel is not None:
            panel.refresh()

    return install_dialog_action(
        window, window.menuMeeting, "actionRenewals", translate("MainWindow", "Forn&yelser …"),
        translate("MainWindow", "Leieavtaler som snart utløper, med forslag til fornyelse"),
        _with_file(window, show), None, tip_in_status_bar=True)


def install_plan_action(window) -> QAction:
    """Møte → Planlegg fordeling … : the plan for the file the window shows."""
    def show(_workspace: Workspace) -> None:
        matching = getattr(window, "matching", None)
        if matching is None:
            return
        from .plan_dialog import PlanDialog  # the planner (numpy, HiGHS) loads when first asked for

        PlanDialog(matching, getattr(window, "meeting_panel", None), window).exec()

    return install_dialog_action(
        window, window.menuMeeting, "actionPlan", translate("MainWindow", "Planlegg fordel&ing …"),
        translate("MainWindow", "Én plan for alle ledige boliger, ved siden av streng køorden – et råd, "
                                "ikke et vedtak"),
        _with_file(window, show), "actionRenewals", tip_in_status_bar=True)


def install_follow_up_action(window) -> QAction:
    """Møte → Oppfølging … (after «Fornyelser …» where there is one, else after «Nytt møte …»)."""
    def show(workspace: Workspace) -> None:
        from .follow_up_dialog import FollowUpDialog

        FollowUpDialog(workspace.database, workspace.today, window).exec()

    return install_dialog_action(
        window, window.menuMeeting, "actionFollowUps", translate("MainWindow", "&Oppfølging …"),
        translate("MainWindow", "Oppfølgingspunkter fra vedtakene som har forfalt eller snart "
                                "forfaller, og hva som ble gjort"),
        _with_file(window, show), "actionRenewals")


def install_at_risk_action(window) -> QAction:
    """Møte → Leieforhold i risiko … (after «Oppfølging …» where there is one)."""
    def show(workspace: Workspace) -> None:
        from .at_risk_dialog import AtRiskDialog  # its form and services (~35 ms) when first opened

        AtRiskDialog(workspace.database, workspace.today, window).exec()

    return install_dialog_action(
        window, window.menuMeeting, "actionAtRisk", translate("MainWindow", "&Leieforhold i risiko …"),
        translate("MainWindow", "Leieforhold med husleierestanse eller varsel fra utleier, "
                                "tiltakene møtet beslutter og samarbeidsplanene"),
        _with_file(window, show), "actionFollowUps")


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

"""The lawyer's review of issue 16: a decision before the meeting's date is asked about and
records nothing on Enter, and documents name a person, never the computer's login account."""
from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox

from boligmote.domain import MeetingStatus
from boligmote.gui.decision_dialog import DecisionDialog
from boligmote.gui.user_name import USER_NAME_KEY, UserNameDialog, saved_user_name
from boligmote.services.minutes import render_minutes
from tests.gui.test_safe_keys import when_modal
from tests.services.test_minutes import pages_text


def _start_the_planned_meeting(window):
    panel = window.meeting_panel
    panel.meetings.start(panel.meeting_id)
    panel.refresh()
    panel.agendaView.selectRow(0)
    return panel


def test_enter_on_a_decision_before_the_meeting_date_records_nothing(window, qtbot):
    panel = _start_the_planned_meeting(window)
    meeting = panel.meetings.get(panel.meeting_id)
    assert meeting.held_on > window.today
    asked, opened = {}, []

    def press_enter(box):
        asked["text"] = box.text()
        asked["default"] = box.defaultButton().text().replace("&", "")
        asked["buttons"] = sorted(b.text().replace("&", "") for b in box.buttons())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    when_modal(qtbot, QMessageBox, press_enter)
    when_modal(qtbot, DecisionDialog, lambda dialog: (opened.append(dialog), dialog.done(0)))
    assert panel.decide_selected() is None
    qtbot.wait(100)
    for timer in when_modal.timers:  # the dialog never opened: its watcher must not outlive the test
        timer.stop()
    assert asked["default"] == "Nei" and f"Møtet er datert {meeting.held_on:%d.%m.%Y}" in asked["text"]
    assert "kan ikke føres før møtedagen" in asked["text"]
    # moving the meeting, or nothing: the decision service refuses a decision before the meeting's day
    assert asked["buttons"] == ["Flytt møtet til i dag", "Nei"]
    assert not opened and panel.decisions.for_meeting(panel.meeting_id) == []
    assert panel.meetings.get(panel.meeting_id).held_on == meeting.held_on  # nothing moved either


def test_a_meeting_ahead_of_its_date_with_decisions_is_not_offered_a_decision_ahead(window, qtbot):
    """Review (lawyer): «Fatt vedtaket likevel» recorded a decision before the meeting it belongs to.
    The service refuses it now, so the window no longer offers it: a meeting that cannot be moved
    says why, and nothing opens."""
    from datetime import datetime

    panel = _start_the_planned_meeting(window)
    meeting = panel.meetings.get(panel.meeting_id)
    asked, opened = {}, []

    def look(box):
        asked["buttons"] = [b.text().replace("&", "") for b in box.buttons()]
        asked["informative"] = box.informativeText()
        box.done(0)

    # a decision recorded under the old rule (before this check), so the date can no longer be moved
    with panel.meetings.database.transaction("test", "legacy decision"):
        panel.meetings.database.conn.execute(
            "INSERT INTO decisions (meeting_id, case_no, outcome, reasons, decided_at) VALUES (?, ?, 'utsatt', "
            "'Saken tas opp igjen når søkeren har svart.', ?)",
            (meeting.id, panel.selected_case().applicant.case_no, datetime.now().isoformat(timespec="seconds")))
    panel.agendaView.selectRow(1)
    when_modal(qtbot, QMessageBox, look)
    when_modal(qtbot, DecisionDialog, lambda dialog: (opened.append(dialog), dialog.done(0)))
    assert panel.decide_selected() is None
    qtbot.wait(100)
    for timer in when_modal.timers:
        timer.stop()
    assert asked["buttons"] == ["Nei"] and "kan ikke flyttes" in asked["informative"]
    assert not opened and panel.meetings.get(panel.meeting_id).status is MeetingStatus.IN_PROGRESS


def test_a_case_is_prepared_by_the_persons_own_name_asked_once_never_the_login(window, qtbot):
    QSettings().remove(USER_NAME_KEY)
    panel = window.meeting_panel
    on_agenda = {c.applicant.case_no for c in panel.agenda.rows()}
    applicants = [a for a in window.workspace.queue if a.case_no not in on_agenda][:2]
    asked = []

    def type_name(dialog):
        asked.append(dialog)
        assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()  # not empty
        qtbot.keyClicks(dialog.nameEdit, "Kari  Nordmann ")
        qtbot.keyClick(dialog.nameEdit, Qt.Key.Key_Return)

    when_modal(qtbot, UserNameDialog, type_name)
    assert panel.add_case(applicants[0], None)
    assert len(asked) == 1 and saved_user_name() == "Kari Nordmann"
    assert panel.add_case(applicants[1], None)  # saved: not asked again
    assert len(asked) == 1
    prepared = {c.proposal.prepared_by for c in panel.agenda.rows()
                if c.applicant.case_no in {a.case_no for a in applicants}}
    assert prepared == {"Kari Nordmann"} and getpass.getuser() not in prepared
    text = " ".join(pages_text(render_minutes(window.workspace.database, panel.meeting_id)))
    assert "forberedt av Kari Nordmann" in text and f"forberedt av {getpass.getuser()}" not in text


def test_declining_to_give_a_name_names_nobody(window, qtbot):
    QSettings().remove(USER_NAME_KEY)
    panel = window.meeting_panel
    on_agenda = {c.applicant.case_no for c in panel.agenda.rows()}
    applicant = next(a for a in window.workspace.queue if a.case_no not in on_agenda)
    when_modal(qtbot, UserNameDialog, lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    assert panel.add_case(applicant, None)
    case = next(c for c in panel.agenda.rows() if c.applicant.case_no == applicant.case_no)
    assert case.proposal.prepared_by == "" and saved_user_name() == ""


def test_the_name_is_a_setting_of_the_user(window, qtbot):
    from boligmote.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.workspace.database, window)
    qtbot.addWidget(dialog)
    assert dialog.userNameEdit.text() == "Tove Testesen"
    dialog.userNameEdit.setText("Ola Nordmann")
    dialog.save()
    assert saved_user_name() == "Ola Nordmann"


def test_what_is_done_from_the_window_is_done_by_the_person_and_the_audit_log_keeps_the_login(window, qtbot):
    """Review of issue 16: follow-up «utført av», the case package's maker and the audit log named
    the login account («root»). The window now acts in the person's name; the audit log adds the login,
    since a typed name is anyone's to type."""
    from boligmote.domain import TenancyState
    from boligmote.services.follow_up import follow_ups_due, record_follow_up

    database = window.workspace.database
    point = follow_ups_due(database, window.today, 365).items[0].point
    done = record_follow_up(database, point.id, "Hjemmebesøk, alt i orden.", TenancyState.STABLE,
                            done_on=window.today)
    assert done.done_by == "Tove Testesen"
    actor = database.scalar("SELECT actor FROM audit_log ORDER BY id DESC LIMIT 1")
    assert actor == f"Tove Testesen ({getpass.getuser()})"
    QSettings().setValue(USER_NAME_KEY, "Ola Nordmann")  # changed in Innstillinger: from now on
    assert database.actor == "Ola Nordmann"
    QSettings().remove(USER_NAME_KEY)  # no name given: the login, as before a person is known
    assert database.actor == getpass.getuser() == database.audit_actor

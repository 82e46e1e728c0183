"""Deciding a renewal in the meeting from Møte → Fornyelser (issue 17 item 1): on the agenda, decided
in its own dialog (Save waits for the service's checks), its letter, undone while the meeting runs."""
from __future__ import annotations

import pytest

from datetime import timedelta

from PySide6.QtWidgets import QLabel

from boligmote.domain.follow_up import add_months
from boligmote.domain.renewals import RenewalOutcome
from boligmote.gui.renewal_decision_dialog import RenewalDecisionDialog
from boligmote.gui.renewals_dialog import RenewalsDialog
from boligmote.services.renewal_agenda import renewal_cases
from boligmote.services.renewal_decisions import RenewalDecisions


def _dialog(window, qtbot):
    """The renewals window over the demo's meeting. A test that decides takes the fixture held_today:
    the meeting is dated two weeks ahead, and no decision is made before its day."""
    panel = window.meeting_panel
    dialog = RenewalsDialog(window.workspace.database, window.workspace.today, window, meeting_id=panel.meeting_id)
    qtbot.addWidget(dialog)
    return panel, dialog


def test_a_renewal_goes_on_the_agenda_is_decided_and_undone_from_the_renewals_dialog(window, qtbot, held_today, monkeypatch):
    panel, dialog = _dialog(window, qtbot)
    database = window.workspace.database
    assert dialog.agendaButton.isEnabled() and not dialog.decideButton.isEnabled()
    item = dialog.selected()
    dialog.caseNoEdit.setText("2026/F777")
    dialog.tenantEdit.setText("Tora Leietaker")
    dialog.agendaButton.click()
    column = dialog.model.column_index("I møtet")
    row = dialog.renewalsView.currentIndex().row()
    assert dialog.proxy.index(row, column).data().endswith("på sakslisten")
    assert dialog.selected().due.tenancy.id == item.due.tenancy.id and not dialog.agendaButton.isEnabled()
    panel.startButton.click()
    dialog.refresh(select_tenancy=item.due.tenancy.id)
    assert dialog.decideButton.isEnabled() and not dialog.undoButton.isEnabled()

    case = dialog.selected_case()
    decide = RenewalDecisionDialog(RenewalDecisions(database), case, dialog)
    qtbot.addWidget(decide)
    decide.outcomeCombo.setCurrentIndex(decide.outcomeCombo.findData(RenewalOutcome.NOT_RENEWED.value))
    decide.refresh()
    assert not decide.save_button.isEnabled() and "Begrunnelsen til leietakeren" in decide.problemLabel.text()
    assert not decide.yearsSpin.isEnabled() and not decide.conditionsEdit.isEnabled()
    decide.reasonsEdit.setPlainText("Leietakeren har fått egen bolig og trenger ikke lenger kommunal bolig.")
    held_on = window.meeting_panel.meetings.get(panel.meeting_id).held_on
    if case.item.lease_ends < add_months(held_on, 1):
        # the first lease in the list has run out, or soon will: the tenant is given a date a month
        # or more after the meeting, to appeal first (forvaltningsloven §§ 29 and 42)
        decide.refresh()
        assert "fraflyttingsfrist minst en måned etter møtet" in decide.problemLabel.text()
        decide.moveOutEdit.setText("31.03.2027")
    # forvaltningsloven § 16: no refusal before the tenant was warned and could comment
    decide.refresh()
    assert not decide.save_button.isEnabled() and "forvaltningsloven § 16" in decide.problemLabel.text()
    assert decide.demandEdit.text() == f"{held_on:%d.%m.%Y}"  # the demand to move goes out the meeting day
    assert not decide.tenantStatementEdit.isEnabled()
    decide.noticeEdit.setText(f"{held_on - timedelta(days=14):%d.%m.%Y}")
    decide.statementCombo.setCurrentIndex(decide.statementCombo.findData(True))
    assert decide.tenantStatementEdit.isEnabled()
    decide.tenantStatementEdit.setPlainText("Leietakeren ba om mer tid til å finne bolig; fristen er satt deretter.")
    decide.refresh()
    assert decide.save_button.isEnabled(), decide.problemLabel.text()
    decide.save()
    assert decide.saved is not None and decide.saved.outcome is RenewalOutcome.NOT_RENEWED
    assert decide.saved.notice_sent_on == held_on - timedelta(days=14) and decide.saved.statement_received
    assert decide.saved.move_demand_on == held_on

    dialog.refresh(select_tenancy=item.due.tenancy.id)
    row = dialog.renewalsView.currentIndex().row()
    assert dialog.proxy.index(row, column).data().endswith("ikke fornyet")
    assert dialog.letterButton.isEnabled() and dialog.undoButton.isEnabled()
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.undoButton.click()
    assert renewal_cases(database, panel.meeting_id)[0].decision is None


def test_a_short_lease_opens_the_section_11_1_fields_and_is_refused_without_them(window, qtbot, held_today):
    panel, dialog = _dialog(window, qtbot)
    item = dialog.selected()
    dialog.caseNoEdit.setText("2026/F778")
    dialog.tenantEdit.setText("Nora Leietaker")
    dialog.agendaButton.click()
    panel.startButton.click()
    case = next(c for c in renewal_cases(window.workspace.database, panel.meeting_id)
                if c.item.tenancy_id == item.due.tenancy.id)
    decide = RenewalDecisionDialog(RenewalDecisions(window.workspace.database), case, dialog)
    qtbot.addWidget(decide)
    assert decide.save_button.isEnabled() and not decide.basisEdit.isEnabled()  # renewed, the suggested length
    decide.yearsSpin.setValue(1)
    decide.refresh()
    assert decide.basisEdit.isEnabled() and decide.informedEdit.isEnabled()
    assert not decide.save_button.isEnabled() and "§ 11-1" in decide.problemLabel.text()
    decide.informedEdit.setText("31.02.2026")
    decide.refresh()
    assert "dd.mm.åååå" in decide.problemLabel.text()


@pytest.fixture(params=["nb", "nn", "en"])
def speaking(request):
    """Mnemonics are per language: in English two labels had Alt+I and two Alt+T, in nynorsk three Alt+G."""
    from PySide6.QtWidgets import QApplication

    from boligmote.gui.qt_translations import install_language

    install_language(QApplication.instance(), request.param)
    yield request.param
    install_language(QApplication.instance(), "nb")


def test_every_field_of_the_renewal_decision_has_a_keyboard_label(speaking, window, qtbot):
    panel, dialog = _dialog(window, qtbot)
    dialog.caseNoEdit.setText("2026/F779")
    dialog.tenantEdit.setText("Ola Leietaker")
    dialog.agendaButton.click()
    panel.startButton.click()
    case = renewal_cases(window.workspace.database, panel.meeting_id)[0]
    decide = RenewalDecisionDialog(RenewalDecisions(window.workspace.database), case, dialog)
    qtbot.addWidget(decide)
    labelled = {label.buddy() for label in decide.findChildren(QLabel) if label.buddy() is not None}
    for field in (decide.outcomeCombo, decide.yearsSpin, decide.childEdit, decide.basisEdit, decide.informedEdit,
                  decide.transferEdit, decide.moveOutEdit, decide.conditionsEdit, decide.reasonsEdit, decide.notesEdit,
                  decide.demandEdit, decide.noticeEdit, decide.statementCombo, decide.exceptionEdit,
                  decide.tenantStatementEdit, decide.childrenEdit):
        assert field in labelled
    mnemonics = [label.text()[label.text().index("&") + 1].lower() for label in decide.findChildren(QLabel)
                 if "&" in label.text()]
    save = decide.save_button.text()
    mnemonics.append(save[save.index("&") + 1].lower())  # «&Lagre vedtaket»
    assert len(mnemonics) == len(set(mnemonics)), (speaking, sorted(mnemonics))
    assert decide.focusWidget() in (decide.outcomeCombo, None)
    assert all(w.tabChangesFocus() for w in (decide.basisEdit, decide.conditionsEdit, decide.reasonsEdit))


def test_a_lease_preset_chosen_in_the_settings_fills_the_lengths_and_names_its_source(window, qtbot):
    from boligmote.gui.settings_dialog import SettingsDialog
    from boligmote.services.meeting_settings import load_meeting_settings

    database = window.workspace.database
    dialog = SettingsDialog(database, window)
    qtbot.addWidget(dialog)
    # the demo follows Oslo's regulation from 2024, and says so
    assert dialog.presetCombo.currentData() == "oslo_2024" and "Oslo kommunes forskrift" in dialog.presetSource.text()
    dialog.presetCombo.setCurrentIndex(dialog.presetCombo.findData("standard"))
    assert "husleieloven § 9-3" in dialog.presetSource.text()
    assert dialog.meeting_changes()["lease"]["first_years"] == 3
    assert dialog.meeting_changes()["renewal"]["children_rule"] is False
    dialog.noteEdit.setText("Bystyret vedtok tre år for alle.")
    dialog.save()
    assert load_meeting_settings(database).lease_preset.key == "standard"


def test_a_renewal_put_on_the_agenda_names_the_user_never_the_login_account(window, qtbot):
    import getpass

    panel, dialog = _dialog(window, qtbot)
    dialog.caseNoEdit.setText("2026/F780")
    dialog.tenantEdit.setText("Tora Leietaker")
    dialog.agendaButton.click()
    case = renewal_cases(window.workspace.database, panel.meeting_id)[0]
    # «Forberedt av» in the minutes and the letter's contact person: the name given in Innstillinger
    assert case.item.prepared_by == "Tove Testesen" != getpass.getuser()


def test_the_renewal_list_uses_a_laptop_screen_so_addresses_and_households_are_read_whole(window, qtbot, monkeypatch):
    from PySide6.QtCore import QRect

    import boligmote.gui.screen_fit as screen_fit

    monkeypatch.setattr(screen_fit, "available_area", lambda anchor=None: QRect(0, 0, 1366, 728))
    _, dialog = _dialog(window, qtbot)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 1300  # the form's 1100 pixels cut «Kreklingløkka 97, B» to «Kreklingl…»
    view, metrics = dialog.renewalsView, dialog.renewalsView.fontMetrics()
    for name in ("Adresse", "Husstand"):
        column = dialog.model.column_index(name)
        widest = max(metrics.horizontalAdvance(str(dialog.proxy.index(row, column).data()))
                     for row in range(min(20, dialog.proxy.rowCount())))
        assert view.columnWidth(column) >= min(widest, 200), name
    plan = dialog.model.column_index("Samarbeidsplan")
    assert view.columnWidth(plan) >= view.horizontalHeader().fontMetrics().horizontalAdvance("Samarbeidsplan")


def test_a_familys_refusal_asks_for_the_childrens_best_interests_before_it_can_be_saved(window, qtbot, held_today):
    """Grunnloven § 104 second paragraph: the weighing's field is there for a household with children
    under 18, names the law, comes before the buttons in the tab order, and Save waits for it."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from boligmote.services.renewal_agenda import put_on_agenda

    from .test_safe_keys import activate

    panel, dialog = _dialog(window, qtbot)
    database = window.workspace.database
    family = next(d for d in (i.due for i in dialog.model.rows())
                  if any(age < 18 for age in d.tenancy.children_ages))
    single = next(d for d in (i.due for i in dialog.model.rows())
                  if not d.tenancy.children_ages)
    put_on_agenda(database, panel.meeting_id, family.tenancy.unit_id, "2026/F781", "Frida Leietaker")
    put_on_agenda(database, panel.meeting_id, single.tenancy.unit_id, "2026/F782", "Sander Leietaker")
    panel.startButton.click()
    cases = {c.item.case_no: c for c in renewal_cases(database, panel.meeting_id)}
    alone = RenewalDecisionDialog(RenewalDecisions(database), cases["2026/F782"], dialog)
    qtbot.addWidget(alone, before_close_func=lambda d: d.remember_untouched())  # never ask at teardown
    alone.show()
    alone.outcomeCombo.setCurrentIndex(alone.outcomeCombo.findData(RenewalOutcome.NOT_RENEWED.value))
    assert not alone.childrenEdit.isVisible()  # no children: nothing to weigh
    decide = RenewalDecisionDialog(RenewalDecisions(database), cases["2026/F781"], dialog)
    qtbot.addWidget(decide, before_close_func=lambda d: d.remember_untouched())
    decide.show()
    assert not decide.childrenEdit.isVisible()  # renewed: the household keeps its home
    decide.outcomeCombo.setCurrentIndex(decide.outcomeCombo.findData(RenewalOutcome.NOT_RENEWED.value))
    assert decide.childrenEdit.isVisible() and decide.childrenLabel.buddy() is decide.childrenEdit
    assert not decide.conditionsEdit.isVisible()  # its place: a refusal has no conditions
    assert "Grunnloven § 104" in decide.childrenLabel.text() and "barnekonvensjonen" in decide.childrenEdit.toolTip()
    held_on = panel.meetings.get(panel.meeting_id).held_on
    decide.reasonsEdit.setPlainText("Leietakeren har fått egen bolig og trenger ikke lenger kommunal bolig.")
    decide.noticeEdit.setText(f"{held_on - timedelta(days=14):%d.%m.%Y}")
    decide.statementCombo.setCurrentIndex(decide.statementCombo.findData(False))
    if cases["2026/F781"].item.lease_ends < add_months(held_on, 1):
        decide.moveOutEdit.setText(f"{add_months(held_on, 2):%d.%m.%Y}")
    decide.refresh()
    assert not decide.save_button.isEnabled() and "barnets beste skriftlig" in decide.problemLabel.text()
    # Tab from the last field of the form reaches the weighing, the reasons and the notes, the buttons last
    activate(qtbot, decide)
    decide.exceptionEdit.setFocus()
    reached = []
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        reached.append(QApplication.focusWidget())
    assert reached[:3] == [decide.childrenEdit, decide.reasonsEdit, decide.notesEdit]  # no statement was made
    assert reached[3] in decide.buttonBox.buttons()
    weighing = "Barna går på skolen i nærmiljøet; fristen er satt etter skoleåret, og kontoret hjelper med ny bolig."
    decide.childrenEdit.setPlainText(weighing)
    decide.refresh()
    assert decide.save_button.isEnabled(), decide.problemLabel.text()
    decide.save()
    assert decide.saved is not None and decide.saved.children_weighing == weighing

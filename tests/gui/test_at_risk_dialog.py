"""Møte → Leieforhold i risiko (issue 17 items 4–5): the list, deciding measures from the keyboard,
the cooperation plan beside each case, in the renewals too."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from boligmote.domain import AtRiskMeasure, LedgerEntryKind, NavBasis, PlanAgreement, PlanStatus
from boligmote.gui.at_risk_dialog import AtRiskDialog, CooperationPlanDialog
from boligmote.gui.file_state import read_only_reason
from boligmote.gui.models.at_risk import AtRiskModel
from boligmote.gui.renewals_dialog import RenewalsDialog
from boligmote.services.at_risk import decisions_for, tenancies_at_risk
from boligmote.services.cooperation_plans import create_plan, plans_for
from boligmote.store import Database

from ..services.test_meetings import new_meeting
from .test_safe_keys import _clashes, _letter, _mnemonics, activate, mnemonic, press_in_menu, when_modal


def _dialog_in_meeting(qtbot, db, on):
    """The dialog with a meeting held `on` chosen: its chair and member decide, its advisor does not."""
    _, meeting, people = new_meeting(db, on)
    dialog = AtRiskDialog(db, on)
    qtbot.addWidget(dialog)
    dialog.meetingCombo.setCurrentIndex(dialog.meetingCombo.findData(meeting.id))
    return dialog, meeting, people


@pytest.fixture(autouse=True)
def _no_question_left_open(monkeypatch):
    """A dialog closed at teardown with text still typed would ask, and wait for an answer."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def test_the_model_passes_qtmodeltester(qtmodeltester, demo_db, reference_date):
    model = AtRiskModel(reference_date)
    model.set_rows(tenancies_at_risk(demo_db, reference_date).items)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_the_dialog_lists_a_petition_for_eviction_first_and_in_red(qtbot, demo_db, reference_date):
    dialog = AtRiskDialog(demo_db, reference_date)
    qtbot.addWidget(dialog)
    first = dialog.model.row_object(dialog.proxy.mapToSource(dialog.proxy.index(0, 0)).row())
    assert first.warning is LedgerEntryKind.EVICTION_PETITION and first.last_decision is None
    assert "begjæring om fravikelse" in dialog.proxy.index(0, 4).data()
    assert dialog.proxy.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # red, and the text says it
    assert "mnd. leie" in dialog.proxy.index(0, 3).data()  # arrears read against the rent
    assert "leieforhold i risiko" in dialog.summaryLabel.text() and "uten beslutning" in dialog.summaryLabel.text()
    # «beslutning (internt)»: a measure is not an enkeltvedtak (the municipal lawyer's review)
    assert "Beslutning (internt)" in dialog.decisionGroup.title() and dialog.model.column_index("Beslutning") >= 0
    assert "begjæring om fravikelse" in dialog.detailLabel.text()
    households = [dialog.proxy.index(r, 2).data() for r in range(dialog.proxy.rowCount())]
    assert all(":" in h and "voks" in h for h in households)  # in words, never a name
    assert dialog.atRiskView.horizontalHeader().sortIndicatorSection() == -1  # no column claims the order
    dialog.atRiskView.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # by arrears, as numbers
    amounts = [dialog.model.row_object(dialog.proxy.mapToSource(dialog.proxy.index(r, 0)).row()).arrears or 0
               for r in range(dialog.proxy.rowCount())]
    assert amounts == sorted(amounts, reverse=True)


def test_deciding_measures_from_the_keyboard_records_who_what_and_when(qtbot, demo_db, reference_date):
    dialog, meeting, people = _dialog_in_meeting(qtbot, demo_db, reference_date)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    item = dialog.selected()
    # who decided is chosen from the meeting's members with decision authority, all ticked
    listed = {dialog.decidersList.item(i).text() for i in range(dialog.decidersList.count())}
    assert listed == {people["chair"].name, people["member"].name}
    mnemonic(qtbot, dialog.atRiskView, Qt.Key.Key_K)  # «&Kontakt og samtale»
    mnemonic(qtbot, dialog.atRiskView, Qt.Key.Key_N)  # «Melding til &NAV»
    assert dialog.contactCheck.isChecked() and dialog.navCheck.isChecked() and dialog.navBasisCombo.isEnabled()
    mnemonic(qtbot, dialog.atRiskView, Qt.Key.Key_S)  # «Hva &skal gjøres»
    assert QApplication.focusWidget() is dialog.noteEdit
    qtbot.keyClicks(dialog.noteEdit, "Leietakeren kalles inn til samtale, og NAV vurderer å dekke restansen.")
    qtbot.keyClick(dialog.noteEdit, Qt.Key.Key_Tab)  # Tab leaves the text, as in a form
    assert QApplication.focusWidget() is dialog.meetingCombo
    mnemonic(qtbot, dialog.noteEdit, Qt.Key.Key_F)  # «&Før beslutningen»: refused, NAV needs its ground
    assert "samtykket" in dialog.problemLabel.text() and decisions_for(demo_db, item.tenancy_id) == []
    mnemonic(qtbot, dialog.noteEdit, Qt.Key.Key_G)  # «&Grunnlag for NAV»
    assert QApplication.focusWidget() is dialog.navBasisCombo
    dialog.navBasisCombo.setCurrentIndex(dialog.navBasisCombo.findData(NavBasis.CONSENT.value))
    mnemonic(qtbot, dialog.navBasisCombo, Qt.Key.Key_I)  # «Ansvarl&ig»
    qtbot.keyClicks(dialog.ownerEdit, "Boligkontoret ved Kari")
    mnemonic(qtbot, dialog.ownerEdit, Qt.Key.Key_F)
    [decided] = decisions_for(demo_db, item.tenancy_id)
    assert decided.measures == {AtRiskMeasure.CONTACT, AtRiskMeasure.NAV} and decided.nav_basis is NavBasis.CONSENT
    assert (decided.decided_by, decided.decided_on, decided.meeting_id, decided.recorded_by) == (
        f"{people['chair'].name}, {people['member'].name}", meeting.held_on, meeting.id, demo_db.actor)
    assert decided.owner == "Boligkontoret ved Kari" and decided.due_on == reference_date + timedelta(days=14)
    assert decided.arrears_amount == item.arrears and decided.warning is item.warning
    assert "Beslutningen er ført" in dialog.problemLabel.text() and dialog.noteEdit.toPlainText() == ""
    assert dialog.selected().tenancy_id == item.tenancy_id  # the same case stays selected, now decided
    assert dialog.selected().decided_since_ledger and "Siste beslutning" in dialog.detailLabel.text()
    assert not _clashes(_mnemonics(dialog)), _clashes(_mnemonics(dialog))


def test_a_decision_without_a_sentence_is_refused_in_red_and_nothing_is_written(qtbot, demo_db, reference_date):
    dialog, _, _ = _dialog_in_meeting(qtbot, demo_db, reference_date)
    item = dialog.selected()
    dialog.contactCheck.setChecked(True)
    dialog.noteEdit.setPlainText("Ok")
    dialog.ownerEdit.setText("Boligkontoret")
    dialog.recordButton.click()
    assert "hel setning" in dialog.problemLabel.text() and "9c1c1c" in dialog.problemLabel.styleSheet()
    assert decisions_for(demo_db, item.tenancy_id) == []


def test_a_meeting_ahead_is_not_offered(qtbot, demo_db, reference_date):
    _, ahead, _ = new_meeting(demo_db, reference_date + timedelta(days=7))
    dialog = AtRiskDialog(demo_db, reference_date)
    qtbot.addWidget(dialog)
    assert dialog.meetingCombo.findData(ahead.id) == -1


def test_a_decision_may_cite_the_tenancys_plan(qtbot, demo_db, reference_date):
    dialog, _, _ = _dialog_in_meeting(qtbot, demo_db, reference_date)
    row = dialog.model.find_row(lambda i: i.plan is not None)
    dialog.atRiskView.setCurrentIndex(dialog.proxy.mapFromSource(dialog.model.index(row, 0)))
    item = dialog.selected()
    assert dialog.planCheck.isEnabled() and "Samarbeidsplan" in dialog.detailLabel.text()
    dialog.planCheck.setChecked(True)
    dialog.followUpCheck.setChecked(True)
    dialog.noteEdit.setPlainText("Booppfølgingen følger planen tettere fram til neste gjennomgang.")
    dialog.ownerEdit.setText("Booppfølgingen")
    dialog.recordButton.click()
    assert decisions_for(demo_db, item.tenancy_id)[0].plan_id == item.plan.id, dialog.problemLabel.text()


def test_a_read_only_file_lists_but_cannot_decide(qtbot, demo_path, reference_date):
    with Database.open(demo_path, readonly=True) as database:
        dialog = AtRiskDialog(database, reference_date)
        qtbot.addWidget(dialog)
        assert dialog.proxy.rowCount() > 0
        assert not dialog.recordButton.isEnabled() and dialog.recordButton.toolTip() == read_only_reason()
        assert dialog.planButton.isEnabled()  # the plan can be read


def test_a_plan_is_made_then_ended_in_its_dialog(qtbot, demo_db, reference_date):
    item = next(i for i in tenancies_at_risk(demo_db, reference_date).items if i.plan is None)
    dialog = CooperationPlanDialog(demo_db, item.tenancy_id, item.address)
    qtbot.addWidget(dialog)
    assert dialog.newGroup.isVisibleTo(dialog) and not dialog.activeGroup.isVisibleTo(dialog)
    dialog.partiesEdit.setPlainText("Leietakeren\nBoligkontoret\nNAV Eksempelvik")
    dialog.goalsEdit.setPlainText("Restansen er nedbetalt innen ett år.")
    dialog.measuresEdit.setPlainText("Nedbetalingsavtale på 1 000 kr i måneden; NAV går gjennom budsjettet.")
    dialog.createButton.click()
    assert "frivillig" in dialog.problemLabel.text() and plans_for(demo_db, item.tenancy_id) == []
    dialog.agreementCombo.setCurrentIndex(dialog.agreementCombo.findData(PlanAgreement.WRITTEN.value))
    dialog.createButton.click()
    [plan] = plans_for(demo_db, item.tenancy_id)
    assert plan.parties == ("Leietakeren", "Boligkontoret", "NAV Eksempelvik") and plan.active
    assert plan.tenant_party == "Leietakeren" and plan.tenant_agreement is PlanAgreement.WRITTEN
    assert "Leietakeren sa seg enig skriftlig" in dialog.planLabel.text()
    assert dialog.activeGroup.isVisibleTo(dialog) and "NAV Eksempelvik" in dialog.planLabel.text()
    assert not _clashes(_mnemonics(dialog)), _clashes(_mnemonics(dialog))
    dialog.noteEdit.setPlainText("Restansen er betalt, og leietakeren ønsker ikke mer oppfølging.")
    dialog.statusCombo.setCurrentIndex(dialog.statusCombo.findData(PlanStatus.ENDED.value))
    dialog.closeButton.click()
    [ended] = plans_for(demo_db, item.tenancy_id)
    assert ended.status is PlanStatus.ENDED and "Tidligere planer" in dialog.planLabel.text()
    assert dialog.newGroup.isVisibleTo(dialog)  # a new plan may follow


def test_a_plan_with_one_party_is_refused_with_the_reason(qtbot, demo_db, reference_date):
    item = next(i for i in tenancies_at_risk(demo_db, reference_date).items if i.plan is None)
    dialog = CooperationPlanDialog(demo_db, item.tenancy_id, item.address)
    qtbot.addWidget(dialog)
    dialog.partiesEdit.setPlainText("Leietakeren")
    dialog.measuresEdit.setPlainText("Husleien trekkes fra stønaden hver måned.")
    dialog.createButton.click()
    assert "minst to parter" in dialog.problemLabel.text() and plans_for(demo_db, item.tenancy_id) == []


def test_the_renewals_show_the_cooperation_plan_and_arrears(qtbot, demo_db, reference_date):
    dialog = RenewalsDialog(demo_db, reference_date)
    qtbot.addWidget(dialog)
    first = dialog.model.row_object(0)
    create_plan(demo_db, first.due.tenancy.id, ["Leietakeren", "Booppfølgingen"],
                "Booppfølging hver uke fram til fornyelsen.", date.today() + timedelta(days=30),
                tenant_agreement=PlanAgreement.WRITTEN)
    demo_db.conn.execute("INSERT INTO ledger_entries (tenancy_id, entry_on, kind, amount, imported_at) "
                         "VALUES (?, '2026-10-31', 'restanse', 8000, '2026-11-01T08:00:00')", (first.due.tenancy.id,))
    dialog.refresh()
    column = dialog.model.column_index("Samarbeidsplan")
    row = dialog.model.find_row(lambda i: i.due.tenancy.id == first.due.tenancy.id)
    assert dialog.model.index(row, column).data().startswith("aktiv, gjennomgås")
    dialog.renewalsView.setCurrentIndex(dialog.proxy.mapFromSource(dialog.model.index(row, 0)))
    assert "Booppfølgingen" in dialog.detailLabel.text() and "Restanse 8\u00a0000\u00a0kr" in dialog.detailLabel.text()


def test_the_meeting_menu_opens_the_list_with_its_own_letter(window, qtbot):
    action = window.actionAtRisk
    assert action in window.menuMeeting.actions() and action.isEnabled()
    letters = [_letter(a.text()) for a in window.menuMeeting.actions() if not a.isSeparator()]
    assert letters.count(_letter(action.text())) == 1
    activate(qtbot, window)
    opened = when_modal(qtbot, AtRiskDialog, lambda dialog: dialog.reject())
    press_in_menu(qtbot, window, Qt.Key.Key_M, Qt.Key.Key_L)
    qtbot.waitUntil(lambda: bool(opened))
    dialog = AtRiskDialog(window.workspace.database, window.workspace.today, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not _clashes(_mnemonics(dialog)), _clashes(_mnemonics(dialog))


def test_the_dialog_uses_a_laptop_screen_so_addresses_and_households_are_read(qtbot, demo_db, reference_date,
                                                                              monkeypatch):
    from PySide6.QtCore import QRect

    import boligmote.gui.screen_fit as screen_fit

    monkeypatch.setattr(screen_fit, "available_area", lambda anchor=None: QRect(0, 0, 1366, 728))
    dialog = AtRiskDialog(demo_db, reference_date)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() >= 1300  # the form's 1120 pixels cut «Ærfuglbakken 102, A» to «Ærfuglbakken …»
    metrics = dialog.atRiskView.fontMetrics()
    widest = max(metrics.horizontalAdvance(str(dialog.proxy.index(r, 1).data())) for r in range(dialog.proxy.rowCount()))
    assert dialog.atRiskView.columnWidth(1) >= min(widest, 180)

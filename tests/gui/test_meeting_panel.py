"""Running a meeting in the window: agenda, decision, undo, minutes, signing."""
from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from boligmote.domain import MeetingStatus, Severity
from boligmote.gui.decision_dialog import DecisionDialog
from boligmote.gui.models.meeting import AgendaModel, ParticipantModel
from boligmote.gui.signers_dialog import SignersDialog
from boligmote.services.signing import initials


@pytest.fixture(autouse=True)
def confirm_every_question(monkeypatch):
    """Every «are you sure?» is answered yes."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


def _critical_candidate(window):
    """Select a unit and a candidate for it whose flags include a critical one."""
    for vacant in window.workspace.vacant_units:
        window.select_unit(vacant.unit.id)
        model = window.candidatesView.model()
        for row in range(model.rowCount()):
            if any(s is Severity.CRITICAL for _, s in model.row_object(row).severities):
                window.candidatesView.selectRow(row)
                return model.row_object(row)
    raise AssertionError("no critically flagged candidate in the demo")


def test_the_panel_opens_on_the_planned_meeting_with_its_agenda(window):
    panel = window.meeting_panel
    assert "planlagt" in panel.meetingChooser.currentText()
    assert panel.agenda.rowCount() == 6
    assert panel.startButton.isEnabled() and not panel.decideButton.isEnabled()
    assert not panel.signButton.isEnabled()
    assert panel.meetingChooser.count() == 2  # and the signed past meeting


def test_decision_by_keyboard_then_undo(window, qtbot, held_today):
    panel = window.meeting_panel
    panel.startButton.click()
    assert "pågår" in panel.meetingChooser.currentText()
    pair = _critical_candidate(window)
    queue_before, vacant_before = len(window.workspace.queue), len(window.workspace.vacant_units)
    composition = pair.target.stairwell_composition
    households_before = composition.households
    seen = {}

    def fill_in_the_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, DecisionDialog)
        seen["problems"] = dialog.problems()
        dialog.buttons.buttons()[0]
        checked = lambda: not dialog._check_timer.isActive()  # noqa: E731 - the service checks after a pause
        save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
        qtbot.keyClicks(dialog.reasonsEdit, "Lengst ventetid; boligen passer størrelsen.")
        qtbot.waitUntil(checked)
        critical = [row for row in dialog._rows if row.flag.severity is Severity.CRITICAL]
        seen["blocked_after_reasons"] = not save.isEnabled()
        if dialog.consentCombo.isEnabled():  # no consent to share: only the housing office saw the case
            dialog.consentCombo.setFocus()
            qtbot.keyClicks(dialog.consentCombo, "Bare")
        if dialog.passedOverBox.isVisible():
            qtbot.keyClicks(dialog.passedOverEdit, "De har fått tilbud om andre boliger i dette møtet.")
        for row in critical:
            qtbot.keyClicks(row.note, "Bomiljøarbeider på stedet; booppfølging bestilt før innflytting.")
        qtbot.waitUntil(checked)
        seen["problems_left"] = dialog.problems()
        seen["enabled"] = save.isEnabled()
        dialog.activateWindow()  # mnemonics act in the active window
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        # the weighing is a paragraph (Enter is a new line); «&Lagre vedtak» saves
        qtbot.keyClick(critical[-1].note, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
        qtbot.wait(300)  # a mnemonic «clicks» the button after Qt's short animation
        if dialog.isVisible():  # never leave the test waiting on a dialog that refused to save
            dialog.reject()

    QTimer.singleShot(0, fill_in_the_dialog)
    qtbot.keyClick(window.candidatesView, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    assert any("kritiske varselet" in p or "kritiske varslene" in p for p in seen["problems"])
    assert seen["blocked_after_reasons"] and seen["enabled"], seen["problems_left"]
    assert len(window.workspace.queue) == queue_before - 1
    assert len(window.workspace.vacant_units) == vacant_before - 1
    assert window.queue_model.rowCount() == queue_before - 1
    assert composition.households == households_before + 1
    decided = next(c for c in panel.agenda.rows() if c.applicant.case_no == pair.applicant.case_no)
    assert decided.decision.outcome.value == "tildelt"
    assert all(f.weighing for f in decided.decision.flags if f.severity is Severity.CRITICAL)

    window.activateWindow()  # what the window manager does when the dialog closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(window.workspace.queue) == queue_before
    assert composition.households == households_before
    assert all(c.decision is None for c in panel.agenda.rows())


def test_close_preview_and_sign_freezes_the_meeting(window, demo_db, qtbot, held_today):
    panel = window.meeting_panel
    panel.startButton.click()
    panel.closeMeetingButton.click()  # open cases: confirmed by the patched question
    assert panel.signButton.isEnabled()
    signed = {}

    def sign_in_the_preview():
        dialog = QApplication.activeModalWidget()
        signed["pages"] = dialog.page_count
        signed["pdf"] = dialog.pdf
        QTimer.singleShot(0, choose_the_signers)
        dialog.signAction.trigger()

    def choose_the_signers():
        chooser = QApplication.activeModalWidget()
        assert isinstance(chooser, SignersDialog) and not chooser.signButton.isEnabled()
        for signer in chooser.signers:  # each signer types their own initials
            chooser.confirm_edits[signer.participant_id].setText(initials(signer.name))
        chooser.signButton.click()

    QTimer.singleShot(0, sign_in_the_preview)
    panel.signButton.click()
    meeting = panel.meetings.get(panel.meeting_id)
    assert meeting.status is MeetingStatus.SIGNED
    assert signed["pages"] >= 1 and signed["pdf"].startswith(b"%PDF")
    from boligmote.services.signing import signed_minutes_pdf
    from tests.services.test_minutes import pages_text

    # what was shown is what was signed, with who signed and when under the signature lines
    # the signed copy adds the record's fingerprint to every footer
    footers = r" · Kontrollsum: [0-9a-f]{16}| side \d+ av \d+"
    stored = re.sub(footers, "", " ".join(pages_text(signed_minutes_pdf(demo_db, meeting.id))))
    shown = re.sub(footers, "", " ".join(pages_text(signed["pdf"])))
    assert stored.split("Underskrifter")[0] == shown.split("Underskrifter")[0]
    assert "Godkjent i Boligmøte" in stored.split("Underskrifter")[1] and "Godkjent i Boligmøte" not in shown
    assert "bekreftet godkjenningen selv" in stored
    with pytest.raises(sqlite3.DatabaseError, match="signert"):
        demo_db.conn.execute("UPDATE meetings SET place = 'et annet sted' WHERE id = ?", (meeting.id,))
    assert panel.addendumButton.isEnabled() and not panel.decideButton.isEnabled()


def test_a_new_meeting_with_participants(window, qtbot, monkeypatch):
    from boligmote.gui.meeting_dialogs import NewMeetingDialog, ParticipantsDialog

    monkeypatch.setattr(NewMeetingDialog, "exec", lambda self: True)

    def add_people(self):
        for name, role in (("Kari Demosen", 0), ("Ola Testbakken", 1)):
            self.nameEdit.setText(name)
            self.roleCombo.setCurrentIndex(role)
            self.add()
        return True

    monkeypatch.setattr(ParticipantsDialog, "exec", add_people)
    panel = window.meeting_panel
    panel.newMeetingButton.click()
    assert panel.meetingChooser.count() == 3
    record = panel.meetings.record(panel.meeting_id)
    assert [p.name for p in record.participants] == ["Kari Demosen", "Ola Testbakken"]
    assert record.chair.name == "Kari Demosen" and record.secretary.name == "Ola Testbakken"


def test_screened_mode_hides_names_on_the_agenda(window):
    names = {c.applicant.name for c in window.meeting_panel.agenda.rows()}
    window.set_screened(True)
    model = window.meeting_panel.agenda
    shown = {model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())}
    assert names and not shown & names


def test_meeting_models_pass_the_model_tester(window, qtmodeltester):
    qtmodeltester.check(window.meeting_panel.agenda, force_py=True)
    participants = ParticipantModel()
    participants.set_rows(window.meeting_panel.meetings.participants(window.meeting_panel.meeting_id))
    qtmodeltester.check(participants, force_py=True)
    assert isinstance(window.meeting_panel.agenda, AgendaModel)


def test_every_meeting_step_is_in_the_meeting_menu(window):
    texts = [a.text().replace("&", "") for a in window.menuMeeting.actions() if not a.isSeparator()]
    for step in ("Nytt møte", "Start møtet", "Avslutt møtet", "Foreslå tildeling", "Fatt vedtak", "Angre siste vedtak",
                 "Protokoll", "Signer protokollen", "Vedtaksbrev"):
        assert any(t.startswith(step) for t in texts), step


def test_decision_letter_of_a_decided_case_in_the_signed_meeting(window, monkeypatch):
    from boligmote.gui.minutes_preview import PdfPreviewDialog

    panel = window.meeting_panel
    panel.meetingChooser.setCurrentIndex(panel.meetingChooser.findText("signert", Qt.MatchFlag.MatchContains))
    shown = {}
    monkeypatch.setattr(PdfPreviewDialog, "exec", lambda self: shown.setdefault("pdf", self.pdf))
    assert not panel.letterButton.isEnabled()
    decided = next(r for r in range(panel.agenda.rowCount()) if panel.agenda.row_object(r).decision)
    panel.agendaView.selectRow(decided)
    assert panel.letterButton.isEnabled()
    window.actionLetter.trigger()
    import io

    from pypdf import PdfReader

    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(shown["pdf"])).pages)
    case = panel.agenda.row_object(decided)
    assert case.applicant.name in text and "klage" in text.lower()


def test_adding_a_case_without_consent_warns_and_names_the_organisations(window, qtbot):
    from dataclasses import replace

    from boligmote.store.households import HouseholdRepository

    panel = window.meeting_panel
    database = window.workspace.database
    households = HouseholdRepository(database)
    on_agenda = {c.applicant.case_no for c in panel.agenda.rows()}
    applicant = next(a for a in window.workspace.queue if a.case_no not in on_agenda)
    with database.transaction("test", "applicant", applicant.case_no):
        households.save_applicants([replace(applicant, consent_to_share=False)])
    assert panel.add_case(applicant, None)
    warning = window.statusBar().currentMessage()
    assert "ikke samtykket" in warning and "NAV" in warning
    box = next(w for w in QApplication.topLevelWidgets() if w.isVisible() and "samtykket" in getattr(w, "text", lambda: "")())
    assert not box.isModal()  # the meeting goes on
    box.close()

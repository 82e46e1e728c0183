"""Safe by default and keyboard first (issue 16): «Nei» is the default on what cannot be taken
back, signing needs chosen signers and a confirmation, undo keeps the draft for redo, Esc asks
before typed text is lost, and a whole meeting runs from the keyboard."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from boligmote.domain import MeetingStatus, Severity
from boligmote.gui.decision_dialog import DecisionDialog
from boligmote.gui.minutes_preview import PdfPreviewDialog
from boligmote.gui.signers_dialog import SignersDialog
from boligmote.services.meeting_record import is_outside_adviser
from boligmote.services.signing import initials

ALT, CTRL, SHIFT = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
REASONS = "Søkeren har ventet lengst, og boligen passer husstandens størrelse."
NOTES = "Tjenesten melder at oppfølgingen er på plass før innflytting."
WEIGHING = "Bomiljøarbeider på stedet;\nbooppfølging bestilt før innflytting."


def activate(qtbot, widget) -> None:
    """What the window manager does for a window that opens: shortcuts act in the active window."""
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def when_modal(qtbot, kind, act) -> list:
    """Run act(dialog) once a modal dialog of `kind` is open (exec() blocks the test meanwhile)."""
    done: list = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible() and not done:
            done.append(dialog)
            timer.stop()
            activate(qtbot, dialog)
            act(dialog)

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(20)
    when_modal.timers.append(timer)
    return done


when_modal.timers = []


def mnemonic(qtbot, widget, key) -> None:
    """Alt+letter, and the short wait after which Qt «clicks» the button it names."""
    qtbot.keyClick(widget, key, ALT)
    qtbot.wait(250)


def press_in_menu(qtbot, window, menu_key, item_key) -> None:
    qtbot.keyClick(window, menu_key, ALT)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
    qtbot.keyClick(QApplication.activePopupWidget(), item_key)


def start_meeting(window, qtbot) -> None:
    activate(qtbot, window)
    press_in_menu(qtbot, window, Qt.Key.Key_M, Qt.Key.Key_T)  # Møte → S&tart møtet
    qtbot.waitUntil(lambda: "pågår" in window.meeting_panel.meetingChooser.currentText())


def fill_in(qtbot, dialog: DecisionDialog) -> None:
    """A lawful decision, typed: reasons, internal notes, consent, the passed-over reason and
    a paragraph for every critical flag."""
    checked = lambda: not dialog._check_timer.isActive()  # noqa: E731 - the service checks after a pause
    assert dialog.reasonsEdit.hasFocus()  # typing starts with the reasons
    qtbot.keyClicks(dialog.reasonsEdit, REASONS)
    mnemonic(qtbot, dialog, Qt.Key.Key_N)  # I&nterne merknader
    assert dialog.internalNotesEdit.hasFocus()
    qtbot.keyClicks(dialog.internalNotesEdit, NOTES)
    if dialog.consentCombo.isEnabled():
        mnemonic(qtbot, dialog, Qt.Key.Key_M)  # Sa&mtykke
        qtbot.keyClicks(dialog.consentCombo, "Bare")
    qtbot.waitUntil(checked)
    if dialog.passedOverBox.isVisible():
        qtbot.keyClicks(dialog.passedOverEdit, "De har fått tilbud om andre boliger i dette møtet.")
    for row in dialog._rows:
        if row.flag.severity is Severity.CRITICAL:
            qtbot.keyClicks(row.note, WEIGHING.split("\n")[0])
            qtbot.keyClick(row.note, Qt.Key.Key_Return)  # a paragraph: Enter is a new line, not «Lagre»
            qtbot.keyClicks(row.note, WEIGHING.split("\n")[1])
    qtbot.waitUntil(checked)


def test_a_meeting_from_the_agenda_to_signed_minutes_by_keyboard_alone(window, qtbot):
    panel = window.meeting_panel
    planned_for = panel.meetings.get(panel.meeting_id).held_on
    assert planned_for > window.today  # the demo's meeting is two weeks ahead
    start_meeting(window, qtbot)

    # Ctrl+5: the agenda, its first case selected; Ctrl+D decides it
    qtbot.keyClick(window, Qt.Key.Key_5, CTRL)
    case = panel.selected_case()
    assert panel.agendaView.hasFocus() and case is not None
    case_no = case.applicant.case_no
    seen = {}

    # The meeting is dated later than today: Ctrl+D asks first («Nei» is the default); the
    # meeting is being held today, so Alt+F moves it to today (issue 16)
    def move_to_today(box):
        seen["date question"] = box.text()
        seen["default is no"] = box.defaultButton().text().replace("&", "") == "Nei"
        mnemonic(qtbot, box, Qt.Key.Key_F)  # &Flytt møtet til i dag

    when_modal(qtbot, QMessageBox, move_to_today)

    def decide(dialog):
        fill_in(qtbot, dialog)
        seen["problems"] = dialog.problems()
        seen["critical"] = [row.flag.rule for row in dialog._rows if row.flag.severity is Severity.CRITICAL]
        mnemonic(qtbot, dialog, Qt.Key.Key_L)  # &Lagre vedtak
        if dialog.isVisible():
            dialog.done(0)

    when_modal(qtbot, DecisionDialog, decide)
    qtbot.keyClick(panel.agendaView, Qt.Key.Key_D, CTRL)
    assert f"Møtet er datert {planned_for:%d.%m.%Y}" in seen["date question"] and seen["default is no"]
    assert panel.meetings.get(panel.meeting_id).held_on == window.today
    assert seen["problems"] == []
    decided = panel.decisions.last(panel.meeting_id)
    assert decided.case_no == case_no and decided.reasons == REASONS and decided.internal_notes == NOTES
    weighings = {f.rule: f.weighing for f in decided.flags if f.rule in seen["critical"]}
    assert all(text == WEIGHING for text in weighings.values())

    # Ctrl+Z asks, «Nei» is the default: answer «&Ja» with Alt+J
    activate(qtbot, window)
    when_modal(qtbot, QMessageBox, lambda box: mnemonic(qtbot, box, Qt.Key.Key_J))
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert panel.decisions.last(panel.meeting_id) is None
    assert "Ctrl+Shift+Z" in window.statusBar().currentMessage()

    # Ctrl+Shift+Z: the same decision again, reasons, notes and weighings intact
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)
    again = panel.decisions.last(panel.meeting_id)
    assert again is not None and again.case_no == case_no
    assert (again.reasons, again.internal_notes, again.unit_id, again.lease_years, again.deciders) == (
        decided.reasons, decided.internal_notes, decided.unit_id, decided.lease_years, decided.deciders)
    assert {f.rule: f.weighing for f in again.flags} == {f.rule: f.weighing for f in decided.flags}

    # Møte → Avsl&utt møtet … (v in the menu), confirmed with Alt+J
    when_modal(qtbot, QMessageBox, lambda box: mnemonic(qtbot, box, Qt.Key.Key_J))
    press_in_menu(qtbot, window, Qt.Key.Key_M, Qt.Key.Key_V)
    qtbot.waitUntil(lambda: panel.meetings.get(panel.meeting_id).status is MeetingStatus.CLOSED)

    # Ctrl+P previews; Ctrl+G in the preview chooses the signers and signs
    record = panel.meetings.record(panel.meeting_id)
    chosen = {}

    def choose(chooser):
        try:
            choose_and_confirm(chooser)
        finally:  # a failed check must not leave the modal dialog open (the test would hang)
            if chooser.isVisible():
                chooser.done(0)

    def choose_and_confirm(chooser):
        assert chooser.chairCombo.hasFocus()
        mnemonic(qtbot, chooser, Qt.Key.Key_R)  # &Referent
        qtbot.keyClick(chooser.secretaryCombo, Qt.Key.Key_Down)  # another member takes the minutes
        chosen["secretary"] = chooser.secretary_id
        chosen["chair"] = chooser.chair_id
        assert not chooser.signButton.isEnabled()  # not before each signer has confirmed
        # each signer types their own initials in their own field: Alt+1 the chair, Alt+2 the secretary
        chair, secretary = chooser.signers[:2]
        mnemonic(qtbot, chooser, Qt.Key.Key_1)
        qtbot.keyClicks(QApplication.focusWidget(), initials(chair.name))
        assert not chooser.signButton.isEnabled()  # one confirmation does not stand for two
        mnemonic(qtbot, chooser, Qt.Key.Key_2)
        qtbot.keyClicks(QApplication.focusWidget(), initials(secretary.name))
        assert chooser.signButton.isEnabled() == (len(chooser.signers) == 2)
        for number in range(3, len(chooser.signers) + 1):  # «all members sign»: each of them too
            mnemonic(qtbot, chooser, getattr(Qt.Key, f"Key_{number}"))
            qtbot.keyClicks(QApplication.focusWidget(), initials(chooser.signers[number - 1].name))
        assert chooser.signButton.isEnabled(), (chooser.signers, chooser.confirmations, [e.text() for e in chooser.confirm_edits.values()])
        mnemonic(qtbot, chooser, Qt.Key.Key_S)  # &Signer protokollen

    def sign(preview):
        when_modal(qtbot, SignersDialog, choose)
        qtbot.keyClick(preview, Qt.Key.Key_G, CTRL)
        if preview.isVisible():
            preview.done(0)

    activate(qtbot, window)
    when_modal(qtbot, PdfPreviewDialog, sign)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL)
    meeting = panel.meetings.get(panel.meeting_id)
    assert meeting.status is MeetingStatus.SIGNED
    signers = panel.meetings.record(panel.meeting_id).signed_by
    assert [s.participant_id for s in signers[:2]] == [chosen["chair"], chosen["secretary"]]
    assert chosen["secretary"] != (record.secretary.id if record.secretary else None)
    # and it says so: in the status bar and in the meeting pane
    names = {s.name for s in signers}
    assert "Protokollen er signert" in window.statusBar().currentMessage()
    assert "signert" in panel.meetingStatus.text() and all(name in panel.meetingStatus.text() for name in names)
    # the minutes say what the app recorded: each approved for themselves; the ink is on paper
    from boligmote.services.signing import signed_minutes_pdf
    from tests.services.test_minutes import pages_text

    signed_text = " ".join(pages_text(signed_minutes_pdf(window.workspace.database, panel.meeting_id)))
    assert "Hver av dem bekreftet godkjenningen selv i Boligmøte" in signed_text
    assert "Underskriftene står på den utskrevne protokollen." in signed_text
    assert REASONS in signed_text  # the redone decision's reasons are what was minuted


def _record_a_decision(window, qtbot):
    """A decision through the dialog (filled in by keyboard), on the first agenda case."""
    panel = window.meeting_panel
    start_meeting(window, qtbot)
    panel.agendaView.selectRow(0)

    def decide(dialog):
        fill_in(qtbot, dialog)
        mnemonic(qtbot, dialog, Qt.Key.Key_L)
        if dialog.isVisible():
            dialog.done(0)

    when_modal(qtbot, DecisionDialog, decide)
    panel.decide_selected()
    decision = panel.decisions.last(panel.meeting_id)
    assert decision is not None
    return decision


def test_enter_on_the_undo_question_keeps_the_decision(window, qtbot, held_today):
    panel = window.meeting_panel
    decision = _record_a_decision(window, qtbot)
    asked = {}

    def press_enter(box):
        asked["default"] = box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        qtbot.keyClick(box, Qt.Key.Key_Return)

    activate(qtbot, window)
    when_modal(qtbot, QMessageBox, press_enter)
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    assert asked["default"]
    assert panel.decisions.last(panel.meeting_id) == decision


def test_enter_on_the_end_meeting_question_keeps_the_meeting_running(window, qtbot):
    panel = window.meeting_panel
    start_meeting(window, qtbot)
    when_modal(qtbot, QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))
    panel.closeMeetingButton.click()  # cases are still open: it asks
    assert panel.meetings.get(panel.meeting_id).status is MeetingStatus.IN_PROGRESS


def test_enter_never_signs_and_the_signers_come_from_those_present(window, qtbot, held_today):
    panel = window.meeting_panel
    start_meeting(window, qtbot)
    when_modal(qtbot, QMessageBox, lambda box: mnemonic(qtbot, box, Qt.Key.Key_J))
    panel.closeMeetingButton.click()
    record = panel.meetings.record(panel.meeting_id)
    seen = {}

    def press_enter(chooser):
        # present, and not the landlord's adviser (who attests nothing in the committee's record)
        present = {p.id for p in record.participants if p.present and not is_outside_adviser(p)}
        choices = {chooser.secretaryCombo.itemData(i) for i in range(chooser.secretaryCombo.count())}
        seen["only present"] = choices == present
        seen["chairs"] = all(record.participants[[p.id for p in record.participants].index(
            chooser.chairCombo.itemData(i))].has_decision_authority for i in range(chooser.chairCombo.count()))
        for signer in chooser.signers:
            chooser.confirm_edits[signer.participant_id].setText(initials(signer.name))
        seen["confirmed"] = chooser.signButton.isEnabled()
        last = chooser.confirm_edits[chooser.signers[-1].participant_id]
        qtbot.keyClick(last, Qt.Key.Key_Return)  # the default is «Avbryt»

    def sign(preview):
        when_modal(qtbot, SignersDialog, press_enter)
        preview.signAction.trigger()
        preview.done(0)

    when_modal(qtbot, PdfPreviewDialog, sign)
    window.actionMinutes.trigger()  # Ctrl+P's preview can sign
    assert seen == {"only present": True, "chairs": True, "confirmed": True}
    assert panel.meetings.get(panel.meeting_id).status is MeetingStatus.CLOSED


def test_redo_with_ctrl_y_and_the_kept_draft_fills_the_dialog_again(window, qtbot, held_today):
    panel = window.meeting_panel
    decision = _record_a_decision(window, qtbot)
    when_modal(qtbot, QMessageBox, lambda box: mnemonic(qtbot, box, Qt.Key.Key_J))
    panel.undo_last()
    # Ctrl+D on the undone case shows what was written
    panel.agendaView.selectRow(0)
    shown = {}

    def look(dialog):
        shown["reasons"] = dialog.reasonsEdit.toPlainText()
        shown["notes"] = dialog.internalNotesEdit.toPlainText()
        shown["weighings"] = {row.flag.rule: row.note_text() for row in dialog._rows if row.note_text()}
        qtbot.keyClick(dialog.reasonsEdit, Qt.Key.Key_Escape)  # nothing typed since it opened: closes at once

    when_modal(qtbot, DecisionDialog, look)
    panel.decide_selected()
    assert shown["reasons"] == REASONS and shown["notes"] == NOTES
    assert shown["weighings"] == {f.rule: f.weighing for f in decision.flags if f.weighing}
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    again = panel.decisions.last(panel.meeting_id)
    assert again is not None and again.reasons == REASONS and again.internal_notes == NOTES


def test_esc_asks_before_typed_reasons_are_discarded(window, qtbot, held_today):
    panel = window.meeting_panel
    start_meeting(window, qtbot)
    panel.agendaView.selectRow(0)
    seen = {}

    def type_then_escape(dialog):
        qtbot.keyClicks(dialog.reasonsEdit, REASONS)
        when_modal(qtbot, QMessageBox, lambda box: qtbot.keyClick(box, Qt.Key.Key_Return))  # «Nei»
        qtbot.keyClick(dialog.reasonsEdit, Qt.Key.Key_Escape)
        seen["open after Nei"] = dialog.isVisible() and dialog.reasonsEdit.toPlainText() == REASONS
        when_modal(qtbot, QMessageBox, lambda box: mnemonic(qtbot, box, Qt.Key.Key_J))
        dialog.close()  # the window's close button asks too
        seen["closed after Ja"] = not dialog.isVisible()
        if dialog.isVisible():
            dialog.done(0)

    when_modal(qtbot, DecisionDialog, type_then_escape)
    panel.decide_selected()
    assert seen == {"open after Nei": True, "closed after Ja": True}
    assert panel.decisions.last(panel.meeting_id) is None


# ---- keyboard: menus, mnemonics, tab order, where typing starts ------------------------------

def _letter(text: str) -> str | None:
    """The mnemonic of a text («Fatt ve&dtak» → d), None without one («&&» is a literal &)."""
    i = 0
    while (i := text.find("&", i)) >= 0 and i + 1 < len(text):
        if text[i + 1] != "&":
            return text[i + 1].lower()
        i += 2
    return None


def _mnemonics(root) -> list[tuple[str, str]]:
    """Every Alt+letter the user can press in a window: visible buttons, group boxes, tabs and
    labels with a buddy (what Qt turns into a shortcut), not the menus' own items."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar

    found = []
    for widget in root.findChildren(QAbstractButton) + root.findChildren(QGroupBox) + root.findChildren(QLabel):
        if not widget.isVisibleTo(root) or any(isinstance(p, QMenu) for p in _parents(widget)):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if (letter := _letter(text)) is not None:
            found.append((letter, text))
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root):
            found += [(letter, bar.tabText(i)) for i in range(bar.count()) if (letter := _letter(bar.tabText(i)))]
    return found


def _parents(widget):
    while (widget := widget.parentWidget()) is not None:
        yield widget


def _clashes(pairs) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in pairs:
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def _menus(window):
    from PySide6.QtWidgets import QMenu

    return list(window.menuBar().findChildren(QMenu)) + [
        a.menu() for a in window.menuBar().actions() if a.menu() is not None]


@pytest.fixture(params=["nb", "nn", "en"])
def language(request):
    """Mnemonics are per language: each translation needs its own unique letters."""
    from boligmote.gui.qt_translations import install_language

    install_language(QApplication.instance(), request.param)
    yield request.param
    install_language(QApplication.instance(), "nb")


def test_no_two_items_of_a_menu_share_a_mnemonic(language, window):
    for menu in set(_menus(window)):
        items = [(_letter(a.text()), a.text()) for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        assert all(letter for letter, _ in items), (menu.title(), [t for letter, t in items if not letter])
        assert not _clashes(items), (menu.title(), _clashes(items))


def test_the_main_window_panes_leave_alt_letters_to_the_menus(language, window):
    menu_titles = [(_letter(a.text()), a.text()) for a in window.menuBar().actions()]
    assert not _clashes(menu_titles + _mnemonics(window)), _clashes(menu_titles + _mnemonics(window))


def test_alt_f_and_alt_m_open_the_menus_from_any_pane(window, qtbot):
    activate(qtbot, window)
    for pane in (window.proposalView, window.meeting_panel.agendaView):
        for key, menu in ((Qt.Key.Key_F, window.menuFile), (Qt.Key.Key_M, window.menuMeeting)):
            pane.setFocus()
            qtbot.keyClick(window, key, ALT)
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
            assert QApplication.activePopupWidget() is menu
            menu.close()
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None)


def _dialogs(window, qtbot, tmp_path):
    """One of each dialog a user meets, filled as when it opens."""
    from boligmote.gui.import_dialog import ImportDialog
    from boligmote.gui.meeting_dialogs import NewMeetingDialog, ParticipantsDialog, TextDialog
    from boligmote.gui.passphrase_dialog import PassphraseDialog
    from boligmote.gui.plan_dialog import PlanDialog
    from boligmote.gui.restore_dialog import RestoreDialog
    from boligmote.gui.welcome_dialog import WelcomeDialog
    from boligmote.gui.settings_dialog import SettingsDialog

    panel = window.meeting_panel
    database = window.workspace.database
    record = panel.meetings.record(panel.meeting_id)
    panel.meetings.start(panel.meeting_id)
    case = record.cases[0]
    yield DecisionDialog(panel.decisions, panel.meeting_id, case.applicant, case.proposal.unit_id,
                         window.workspace.vacant_units, record.participants, parent=window)
    yield SignersDialog(record, window)
    yield ParticipantsDialog(panel.meetings, panel.meeting_id, window)
    yield NewMeetingDialog(window.today, window)
    yield TextDialog("Tillegg", "Hva retter tillegget?", window)
    yield ImportDialog(database, window.today, window)
    yield SettingsDialog(database, window)
    yield PassphraseDialog(tmp_path / "møte.sqlite", "", window)
    yield RestoreDialog(database.path, window)
    yield WelcomeDialog(window)
    yield PlanDialog(window.matching, panel, window, start=False)


def test_no_two_controls_of_a_dialog_share_a_mnemonic(language, window, qtbot, tmp_path):
    from PySide6.QtWidgets import QTabWidget

    for dialog in _dialogs(window, qtbot, tmp_path):
        dialog.show()
        qtbot.waitExposed(dialog)
        pages = [dialog.findChildren(QTabWidget)[0]] if dialog.findChildren(QTabWidget) else []
        for tabs in pages:  # every tab page in turn: a hidden page's letters do not count
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                assert not _clashes(_mnemonics(dialog)), (type(dialog).__name__, index, _clashes(_mnemonics(dialog)))
        assert not _clashes(_mnemonics(dialog)), (type(dialog).__name__, _clashes(_mnemonics(dialog)))
        dialog.done(0)


def _critical_candidate(window):
    """A unit and a candidate for it whose flags include a critical one."""
    for vacant in window.workspace.vacant_units:
        window.select_unit(vacant.unit.id)
        model = window.candidatesView.model()
        for row in range(model.rowCount()):
            if any(s is Severity.CRITICAL for _, s in model.row_object(row).severities):
                return model.row_object(row)
    raise AssertionError("no critically flagged candidate in the demo")


def test_tab_reaches_every_weighing_before_the_buttons_and_critical_ones_are_paragraphs(window, qtbot):
    from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QPlainTextEdit

    panel = window.meeting_panel
    start_meeting(window, qtbot)
    record = panel.meetings.record(panel.meeting_id)
    pair = _critical_candidate(window)
    dialog = DecisionDialog(panel.decisions, panel.meeting_id, pair.applicant, pair.target.vacant.unit.id,
                            window.workspace.vacant_units, record.participants, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    critical = [row for row in dialog._rows if row.flag.severity is Severity.CRITICAL]
    assert critical and all(isinstance(row.note, QPlainTextEdit) and row.note.tabChangesFocus() for row in critical)
    dialog.consentCombo.setFocus()
    order = []
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        order.append(focused)
        if isinstance(focused, QAbstractButton) and isinstance(focused.parent(), QDialogButtonBox):
            break
    notes = [row.note for row in dialog._rows]
    assert all(note in order for note in notes), "a weighing is not reached by Tab before the buttons"
    assert order.index(notes[-1]) < len(order) - 1
    dialog.done(0)


def test_typing_starts_in_the_name_of_a_new_participant(window, qtbot):
    from boligmote.gui.meeting_dialogs import ParticipantsDialog

    panel = window.meeting_panel
    dialog = ParticipantsDialog(panel.meetings, panel.meeting_id, window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    assert dialog.nameEdit.hasFocus()
    qtbot.keyClicks(dialog.focusWidget(), "Kari Demosen")
    assert dialog.nameEdit.text() == "Kari Demosen"
    dialog.done(0)


def test_ctrl_4_selects_the_first_candidate(window, qtbot):
    activate(qtbot, window)
    window.select_unit(window.workspace.vacant_units[0].unit.id)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    assert window.candidatesView.hasFocus()
    assert window.selected_pair() is not None
    assert window.candidatesView.selectionModel().isRowSelected(0)


def test_every_dialog_with_free_text_asks_before_esc_discards_it(window, qtbot):
    """Untouched, Esc closes at once; with text typed, it asks, and «Nei» (Enter) keeps it open."""
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit

    from boligmote.gui.meeting_dialogs import NewMeetingDialog, ParticipantsDialog, TextDialog
    from boligmote.gui.settings_dialog import SettingsDialog

    panel = window.meeting_panel
    makers = {
        "nytt møte": (lambda: NewMeetingDialog(window.today, window), lambda d: d.titleEdit),
        "deltakere": (lambda: ParticipantsDialog(panel.meetings, panel.meeting_id, window), lambda d: d.nameEdit),
        "tillegg": (lambda: TextDialog("Tillegg", "Hva retter tillegget?", window), lambda d: d.edit),
        "innstillinger": (lambda: SettingsDialog(window.workspace.database, window), lambda d: d.noteEdit),
    }
    for name, (make, field) in makers.items():
        untouched = make()
        untouched.show()
        activate(qtbot, untouched)
        qtbot.keyClick(untouched, Qt.Key.Key_Escape)
        assert not untouched.isVisible(), f"{name}: an untouched dialog closes at once"

        typed = make()
        typed.show()
        activate(qtbot, typed)
        edit = field(typed)
        edit.setFocus()
        qtbot.keyClicks(edit, " Noe møtet skrev.")
        asked = []
        when_modal(qtbot, QMessageBox, lambda box, asked=asked: (asked.append(box.text()),
                                                    qtbot.keyClick(box, Qt.Key.Key_Return)))
        qtbot.keyClick(edit, Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda asked=asked: bool(asked))
        text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text() if isinstance(edit, QLineEdit) else ""
        assert typed.isVisible() and "Noe møtet skrev." in text, f"{name}: «Nei» keeps the dialog and the text"
        typed.done(0)


def test_redo_that_can_no_longer_be_saved_as_it_was_opens_the_kept_draft(window, qtbot, monkeypatch, held_today):
    """The unit went to someone else after the undo: redo shows the draft and why, never a traceback."""
    from boligmote.services.meetings import MeetingError

    panel = window.meeting_panel
    decision = _record_a_decision(window, qtbot)
    when_modal(qtbot, QMessageBox, lambda box: mnemonic(qtbot, box, Qt.Key.Key_J))
    panel.undo_last()

    def refuse(*_args, **_kwargs):
        raise MeetingError("Boligen er ikke ledig og kan ikke tildeles.")

    monkeypatch.setattr(panel.decisions, "record", refuse)
    shown = {}

    def look(dialog):
        shown["reasons"] = dialog.reasonsEdit.toPlainText()
        dialog.done(0)

    when_modal(qtbot, DecisionDialog, look)
    panel.redo_last()
    assert shown["reasons"] == decision.reasons
    assert panel.can_redo()  # cancelled: it can still be redone
    monkeypatch.undo()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Y, CTRL)
    assert panel.decisions.last(panel.meeting_id).reasons == decision.reasons
    assert not panel.can_redo()


def test_the_landlords_adviser_is_not_offered_as_referent(window, qtbot):
    """A chair review found the outside adviser offered as the one who attests the minutes."""
    from boligmote.domain import ParticipantRole

    panel = window.meeting_panel
    adviser = panel.meetings.add_participant(panel.meeting_id, "Rådgiver Demosen", ParticipantRole.ADVISOR,
                                             organisation="Kommunale eiendommer")
    dialog = SignersDialog(panel.meetings.record(panel.meeting_id), window)
    qtbot.addWidget(dialog)
    offered = [dialog.secretaryCombo.itemData(i) for i in range(dialog.secretaryCombo.count())]
    assert offered and adviser.id not in offered

"""Møtevisning (Vis → Møtevisning, F11): the case in hand, full screen, for the projector."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import QApplication

from boligmote.domain import ConsentHandling, Severity
from boligmote.gui.meeting_view import MeetingView
from boligmote.gui.composition_chart import CompositionChart
from boligmote.rules import evaluate_pair
from boligmote.services.composition_change import placement_change
from boligmote.services.decision_draft import FlagWeighing

from ..rules.scenario import TODAY, N, applicant, family, resident, single, target

# The meeting-room screens at 100 %, and the two laptops at 125 % scaling (logical pixels).
SCREENS = ((1280, 720), (1366, 768), (1920, 1080), (1024, 576), (1093, 614))


def _plain(rich: str) -> str:
    document = QTextDocument()
    document.setHtml(rich)
    return document.toPlainText()


def _open(window, qtbot) -> MeetingView:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    view = window.meeting_view
    qtbot.waitUntil(view.isVisible)
    return view


def _critical_pair(window, at_least: int = 2):
    """Select a unit and a candidate with a critical flag and at least one more flag."""
    for vacant in window.workspace.vacant_units:
        window.select_unit(vacant.unit.id)
        model = window.candidatesView.model()
        for row in range(model.rowCount()):
            severities = [s for _, s in model.row_object(row).severities]
            if Severity.CRITICAL in severities and len(severities) >= at_least and set(severities) != {Severity.CRITICAL}:
                window.candidatesView.selectRow(row)
                return model.row_object(row)
    raise AssertionError("the demo should have a candidate with a critical flag and a milder one")


def test_f11_opens_the_meeting_view_and_f11_or_esc_leaves_it(window, qtbot):
    assert window.actionMeetingView.shortcut().toString() == "F11"
    assert window.actionMeetingView in window.menuView.actions()
    view = _open(window, qtbot)
    assert view.isFullScreen() or view.isVisible()
    assert window.actionMeetingView.isChecked()
    qtbot.keyClick(view, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert not window.actionMeetingView.isChecked()  # the menu says it is off again
    view = _open(window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not view.isVisible())
    assert not window.actionMeetingView.isChecked()


def test_it_shows_the_agenda_case_in_hand_and_follows_a_change(window, qtbot):
    panel = window.meeting_panel
    first, second = panel.agenda.rows()[0], panel.agenda.rows()[1]
    panel.agendaView.selectRow(0)
    view = _open(window, qtbot)
    assert first.applicant.case_no in view.caseLabel.text()
    assert view.case.unit_id == first.proposal.unit_id
    address = window.matching.target(first.proposal.unit_id).building.address
    assert address in view.caseLabel.text()
    assert "Oppgang" in view.chart.as_text() and "Husstander i alt" in view.chart.as_text()
    assert view.chart.columns_text() == "nå → med søkeren"

    panel.agendaView.selectRow(1)  # the chair moves on to the next case
    assert second.applicant.case_no in view.caseLabel.text()
    assert first.applicant.case_no not in view.caseLabel.text()
    assert "Sak 2" in view.caseLabel.text()

    pair = _critical_pair(window)  # or picks a candidate in the workspace
    assert view.case.case_no == pair.applicant.case_no and view.case.unit_id == pair.target.vacant.unit.id
    assert pair.target.building.address in view.caseLabel.text()
    unit = pair.target.vacant.unit
    facts = view.unitLabel.text()
    assert f"{unit.rooms} rom" in facts and "kr i måneden" in facts and "etasje" in facts


def test_the_case_stays_after_its_decision_is_recorded(window, qtbot, held_today):
    panel = window.meeting_panel
    panel.startButton.click()
    case = next(c for c in panel.agenda.rows() if c.proposal.unit_id)
    panel.agendaView.selectRow(panel.agenda.rows().index(case))
    view = _open(window, qtbot)
    households_before = view.chart.change.stairwell.households
    decisions, meeting_id = panel.decisions, panel.meeting_id
    draft = decisions.draft(meeting_id, case.applicant.case_no)
    flags = decisions.flags(meeting_id, case.applicant.case_no, draft.unit_id)
    decisions.record(meeting_id, replace(
        draft, reasons="Lengst ventetid; boligen passer.", consent_handling=ConsentHandling.OFFICE_ONLY,
        weighings={f.rule: FlagWeighing("Drøftet i møtet.") for f in flags},
        passed_over_reason="Søkeren har fått tilbud om en annen bolig."))
    panel.refresh()
    panel.workspaceChanged.emit()  # what the decision dialog's save does

    assert view.case.case_no == case.applicant.case_no
    assert case.applicant.case_no in view.caseLabel.text()
    assert "vedtak: tildelt" in view.unitLabel.text()
    # The unit is let now; the chart still reads as before→after this placement.
    assert view.chart.change.stairwell.households == households_before
    assert view.chart.columns_text() == "før vedtaket → med søkeren"  # «now» would be the household in


def test_names_are_hidden_until_the_chair_shows_them_and_hidden_again_next_time(window, qtbot):
    panel = window.meeting_panel
    name = panel.agenda.rows()[0].applicant.name
    panel.agendaView.selectRow(0)
    view = _open(window, qtbot)
    assert name not in view.caseLabel.text() and not view.namesToggle.isChecked()
    assert view.namesToggle.isVisible() and view.namesToggle.text().replace("&", "") == "Vis navn"
    view.namesToggle.click()
    assert name in view.caseLabel.text()
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    view = _open(window, qtbot)
    assert name not in view.caseLabel.text() and not view.namesToggle.isChecked()  # off each time

    view.namesToggle.click()
    window.set_screened(True)  # Skjermet visning wins: no names on any screen
    assert name not in view.caseLabel.text() and not view.namesToggle.isEnabled()


def test_counts_before_and_after_for_a_constructed_stairwell():
    where = target(stairwell=[single(N.ACTIVE_USE), single(N.ACTIVE_USE), family(), family()],
                   elsewhere_in_building=[family()])
    who = applicant(needs=(N.IN_TREATMENT,))
    chart = CompositionChart()
    chart.set_change(placement_change(where, who, TODAY), "A")
    text = chart.as_text().splitlines()
    assert "Husstander i alt: Oppgang A 4 → 5, Bygningen 5 → 6" in text
    assert "Enslig: Oppgang A 2 → 3, Bygningen 2 → 3" in text
    assert "Familie med barn: Oppgang A 2, Bygningen 3" in text
    assert "Aktiv rus: Oppgang A 2, Bygningen 2" in text
    assert "I behandling / LAR: Oppgang A 0 → 1, Bygningen 0 → 1" in text
    assert not any(line.startswith("Eldre") for line in text)  # nobody, before or after: not drawn



def test_elderly_as_household_type_and_as_need_are_two_named_rows_each_in_its_own_group():
    """«Eldre» is both a household type and a need category (the two enums even compare equal as
    strings): the projector showed «Eldre» twice, and a need row could slip under
    «Husstandstype» when its counts matched (issue 16, the chair's review)."""
    from boligmote.domain import HouseholdType, NeedCategory

    elderly = resident(HouseholdType.ELDERLY, needs=(N.ELDERLY,))
    where = target(stairwell=[elderly, resident(HouseholdType.ELDERLY, needs=(N.ELDERLY,)), family()])
    chart = CompositionChart()
    chart.set_change(placement_change(where, applicant(needs=(N.ELDERLY,)), TODAY), "A")
    labels = [line.split(":")[0] for line in chart.as_text().splitlines()]
    assert len(labels) == len(set(labels))  # every row named once
    assert "Eldre (husstand)" in labels and "Eldre (behov)" in labels
    groups = dict(chart.groups())
    assert all(isinstance(s.key, HouseholdType) for s, _b in groups["Husstandstype"])
    assert all(not isinstance(s.key, HouseholdType) for s, _b in groups["Behov"])
    assert any(s.key is NeedCategory.ELDERLY for s, _b in groups["Behov"])

def test_with_an_adviser_present_the_projector_masks_small_counts(window, qtbot):
    view = _open(window, qtbot)
    window.meeting_panel.startButton.click()  # the demo's meeting has the landlord as adviser
    assert window.masking and view.maskingLabel.isVisible() and "færre enn 3" in view.maskingLabel.text()
    for vacant in window.workspace.vacant_units:
        window.select_unit(vacant.unit.id)
        model = window.candidatesView.model()
        small = [c for c in view.chart.change.stairwell.rows if c.before in (1, 2)] if model.rowCount() else []
        if small:
            window.candidatesView.selectRow(0)
            break
    else:
        raise AssertionError("the demo should have a stairwell with one or two households of a kind")
    pair = window.selected_pair()
    change = view.chart.change.stairwell
    for row in change.rows:
        if row.before in (1, 2):
            # Neither «1» nor «1 → 2»: after − 1 would give the masked count away.
            assert view.chart.cell_text(row) in ("færre enn 3", f"færre enn 3 → +{row.added}")
    exact = evaluate_pair(pair.applicant, pair.target, window.matching.settings, window.today, mask_below=3)
    shown = _plain(view.flagsLabel.text())
    for flag in exact:
        assert flag.shared_message in shown
        if flag.message != flag.shared_message:
            assert flag.message not in shown


def test_critical_flags_come_first_with_their_explanation_and_readable_source(window, qtbot):
    _critical_pair(window)
    view = _open(window, qtbot)
    assert view.flags[0].severity is Severity.CRITICAL
    weights = [f.severity.weight for f in view.flags if f.rule != "MITIGATION"]
    assert weights == sorted(weights, reverse=True)
    text = _plain(view.flagsLabel.text())
    assert text.index("KRITISK") < min(text.index(w) for w in ("ADVARSEL", "INFO", "TILTAK") if w in text)
    assert "Kilde:" in text and " l." not in text  # «Velferdsetaten Oslo (2018), kap. 3.3», not «002 l.384»


@pytest.mark.parametrize("size", SCREENS)
def test_the_view_fits_the_meeting_room_screens(window, qtbot, size):
    _critical_pair(window)
    window.meeting_panel.startButton.click()  # an adviser present: «færre enn 3» is the widest text
    view = _open(window, qtbot)
    view.showNormal()  # offscreen has no projector: the screen's size by hand

    def sized() -> bool:
        view.resize(*size)
        QApplication.processEvents()
        return (view.width(), view.height()) == size

    qtbot.waitUntil(sized)
    minimum = view.minimumSizeHint()
    assert minimum.width() <= 1280 and minimum.height() <= 720
    chart = view.chart
    px = chart.fit_font_px(chart.width(), chart.height())
    # Row text a room reads from three metres: ≥ 20 screen pixels on the laptops (at 125 % the
    # logical 16 px are 20), and growing with a larger screen.
    scaling = 1.25 if size[0] < 1280 else 1.0
    assert px * scaling >= 20 and px >= size[1] / 40
    assert chart.content_height(px) <= chart.height()
    assert chart.legend_width(chart._fonts(px)[0], px, long=False) <= chart.width()
    small = chart._fonts(chart._small_px(px))[0]
    scope_width = (chart.width() - chart._label_width(px)) / 2
    assert QFontMetrics(small).horizontalAdvance(chart.columns_text()) < scope_width  # «nå → med søkeren»
    assert view.flags_px >= 0.8 * view.base_px() and view.base_px() >= 16
    assert view.caseLabel.geometry().bottom() < chart.geometry().top()


def test_closed_it_still_follows_the_case_and_shows_it_when_opened_again(window, qtbot):
    panel = window.meeting_panel
    panel.agendaView.selectRow(0)
    view = _open(window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    third = panel.agenda.rows()[2]
    panel.agendaView.selectRow(2)  # chosen while the projector is off
    view = _open(window, qtbot)
    assert third.applicant.case_no in view.caseLabel.text() and "Sak 3" in view.caseLabel.text()


def test_ctrl_down_and_up_step_through_the_agenda_from_the_view(window, qtbot):
    panel = window.meeting_panel
    cases = panel.agenda.rows()
    panel.agendaView.selectRow(0)
    view = _open(window, qtbot)
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert view.case.case_no == cases[1].applicant.case_no and "Sak 2" in view.caseLabel.text()
    assert panel.selected_case().applicant.case_no == cases[1].applicant.case_no  # the main window follows
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert view.case.case_no == cases[0].applicant.case_no
    qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)  # the first stays the first
    assert view.case.case_no == cases[0].applicant.case_no


def test_another_file_takes_the_old_case_off_the_projector(window, qtbot, new_db, reference_date):
    from boligmote.services.workspace import Workspace

    panel = window.meeting_panel
    case_no = panel.agenda.rows()[0].applicant.case_no
    panel.agendaView.selectRow(0)
    view = _open(window, qtbot)
    assert case_no in view.caseLabel.text()
    # (Opening a file while the candidates list a unit raises RecordNotFound in
    # CandidatePane.set_matching today, with or without this view: reported, not ours to fix here.)
    window.candidates.show_for(None)
    window.show_workspace(Workspace.load(new_db, reference_date))
    assert case_no not in view.caseLabel.text() and "Ingen sak valgt" in view.caseLabel.text()
    assert view.chart.change is None


def test_masked_changes_still_read_at_twenty_pixels_on_the_laptop(window, qtbot, monkeypatch):
    """«færre enn 3 → +1» in both columns is the widest the chart gets: the flag column gives
    width back (and scrolls sooner) so the counts still read at 20 px on a 1366×768 projector."""
    import boligmote.gui.meeting_view as meeting_view

    where = target(stairwell=[single(N.SEVERE_MENTAL_ILLNESS), single(N.ACTIVE_USE), family(), family(), family()],
                   elsewhere_in_building=[single(N.SEVERE_MENTAL_ILLNESS)] + [family()] * 20)
    worst = placement_change(where, applicant(needs=(N.SEVERE_MENTAL_ILLNESS,)), TODAY)
    monkeypatch.setattr(meeting_view, "placement_change", lambda *_args: worst)
    _critical_pair(window, at_least=4)  # a long flag list wants the width too
    window.meeting_panel.startButton.click()
    view = _open(window, qtbot)
    view.showNormal()

    def sized() -> bool:
        view.resize(1366, 768)
        QApplication.processEvents()
        return (view.width(), view.height()) == (1366, 768)

    qtbot.waitUntil(sized)
    chart = view.chart
    assert "færre enn 3 → +1" in chart.as_text()
    px = chart.fit_font_px(chart.width(), chart.height())
    assert px >= 20 and chart.content_height(px) <= chart.height()

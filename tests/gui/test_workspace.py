"""The meeting workspace as the committee uses it: select, read the flags, propose."""
from __future__ import annotations

from PySide6.QtCore import Qt

from boligmote.domain import NeedCategory, Priority
from boligmote.gui.chips import CHIPS_ROLE
from boligmote.rules import RuleSettings, evaluate_pair
from boligmote.rules.sources import readable
from .screens import assert_distinct_screens




def _unit_with_critical_candidate(window):
    for vacant in window.workspace.vacant_units:
        window.select_unit(vacant.unit.id)
        model = window.candidatesView.model()
        for row in range(model.rowCount()):
            if any(s.value == "critical" for _, s in model.row_object(row).severities):
                return vacant, row
    raise AssertionError("the demo should have a unit with a critically flagged candidate")


def test_selecting_a_unit_lists_ranked_candidates_in_queue_order(window):
    vacant = window.workspace.vacant_units[0]
    window.select_unit(vacant.unit.id)
    model = window.candidatesView.model()
    assert model.rowCount() > 0
    assert vacant.building.address in window.candidatesHeading.text()
    keys = [(model.row_object(r).applicant.priority.rank, -model.row_object(r).applicant.waiting_days(window.today))
            for r in range(model.rowCount())]
    assert keys == sorted(keys)
    assert model.index(0, 0).data() == "1"


def test_chips_and_explanations_match_the_rule_engine(window):
    vacant, row = _unit_with_critical_candidate(window)
    model = window.candidatesView.model()
    pair = model.row_object(row)
    expected = evaluate_pair(pair.applicant, window.workspace.surroundings(vacant), RuleSettings.defaults(),
                             window.today)
    chips = model.index(row, model.flags_column).data(CHIPS_ROLE)
    assert [c.text.split(" ", 1)[1] for c in chips] == [
        RuleSettings.defaults().rule(f.rule).short for f in sorted(expected, key=lambda f: _catalogue_order(f.rule))]
    assert chips[0].text.startswith("‼")  # severity is in the text, not only the colour
    tooltip = model.index(row, model.flags_column).data(Qt.ItemDataRole.ToolTipRole)
    for flag in expected:
        assert flag.message in tooltip
    window.candidatesView.selectRow(row)
    shown = window.proposalView.toPlainText()
    assert "Det gir søkeren" in shown and "Det koster oppgangen" in shown
    for flag in expected:
        assert flag.message in shown and readable(flag.source) in shown


def _catalogue_order(rule):
    from boligmote.rules import RULE_IDS

    return RULE_IDS.index(rule)


def test_selecting_an_applicant_lists_suitable_units(window):
    applicant = window.workspace.queue[0]
    window.select_applicant(applicant.case_no)
    model = window.candidatesView.model()
    assert applicant.case_no in window.candidatesHeading.text()
    assert 0 < model.rowCount() <= len(window.workspace.vacant_units)
    assert all(model.row_object(r).suitable for r in range(model.rowCount()))
    window.candidatesView.selectRow(0)
    target = model.row_object(0).target
    assert target.building.address in window.compositionHeading.text()


def test_show_unsuitable_adds_rows_that_say_why(window):
    vacant = window.workspace.vacant_units[0]
    window.select_unit(vacant.unit.id)
    suitable = window.candidatesView.model().rowCount()
    window.showUnsuitable.setChecked(True)
    model = window.candidatesView.model()
    assert model.rowCount() > suitable
    unsuitable_row = next(r for r in range(model.rowCount()) if not model.row_object(r).suitable)
    window.candidatesView.selectRow(unsuitable_row)
    assert "Absolutte krav som ikke er oppfylt" in window.proposalView.toPlainText()


def test_screened_mode_hides_names_in_candidates_proposal_and_tooltips(window, qtbot):
    names = {a.name for a in window.workspace.queue}
    vacant, row = _unit_with_critical_candidate(window)
    window.candidatesView.selectRow(row)
    assert window.candidatesView.model().row_object(row).applicant.name in window.proposalView.toPlainText()
    window.set_screened(True)
    model = window.candidatesView.model()
    shown = {str(model.index(r, c).data(role)) for r in range(model.rowCount()) for c in range(model.columnCount())
             for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)}
    assert not any(name in text for name in names for text in shown)
    assert not any(name in window.proposalView.toPlainText() for name in names)
    window.select_applicant(window.workspace.queue[1].case_no)
    window.candidatesView.selectRow(0)
    assert not any(name in window.proposalView.toPlainText() for name in names)


def test_filters_by_district_rooms_access_priority_and_need(window):
    district = window.workspace.vacant_units[-1].building.district
    window.districtFilter.setCurrentIndex(window.districtFilter.findData(district))
    shown = [window.units_model.row_object(window.units_proxy.mapToSource(window.units_proxy.index(r, 0)).row())
             for r in range(window.units_proxy.rowCount())]
    assert shown and all(v.building.district == district for v in shown)
    window.districtFilter.setCurrentIndex(0)
    rooms = next(v.unit.rooms for v in window.workspace.vacant_units if v.unit.step_free and v.unit.rooms < 5)
    window.roomsFilter.setCurrentIndex(window.roomsFilter.findData(rooms))
    window.accessFilter.setCurrentIndex(window.accessFilter.findData("step_free"))
    shown = [window.units_model.row_object(window.units_proxy.mapToSource(window.units_proxy.index(r, 0)).row())
             for r in range(window.units_proxy.rowCount())]
    assert shown and all(v.unit.rooms == rooms and v.unit.step_free for v in shown)
    assert len(shown) == sum(v.unit.rooms == rooms and v.unit.step_free for v in window.workspace.vacant_units)
    assert window.unitsCount.text() == f"{len(shown)} av {window.units_model.rowCount()} ledige boliger"

    window.priorityFilter.setCurrentIndex(window.priorityFilter.findData(Priority.NOT_PRIORITIZED))
    window.needFilter.setCurrentIndex(window.needFilter.findData(NeedCategory.YOUNG_HOMELESS))
    queue = [window.queue_model.row_object(window.queue_proxy.mapToSource(window.queue_proxy.index(r, 0)).row())
             for r in range(window.queue_proxy.rowCount())]
    assert all(a.priority is Priority.NOT_PRIORITIZED and NeedCategory.YOUNG_HOMELESS in a.needs for a in queue)
    expected = sum(a.priority is Priority.NOT_PRIORITIZED and NeedCategory.YOUNG_HOMELESS in a.needs
                   for a in window.workspace.queue)
    assert len(queue) == expected


def test_keyboard_only_from_unit_to_proposal(window, qtbot):
    proposed = []
    window.proposalRequested.connect(lambda applicant, target: proposed.append((applicant.case_no, target.vacant.unit.id)))
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.unitsView, Qt.Key.Key_Down)
    unit = window.selected_unit()
    assert unit is not None
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert window.candidatesView.hasFocus()
    qtbot.keyClick(window.candidatesView, Qt.Key.Key_Down)
    pair = window.selected_pair()
    assert pair is not None and window.proposeButton.isEnabled()
    qtbot.keyClick(window.candidatesView, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert proposed == [(pair.applicant.case_no, unit.unit.id)]


def test_ctrl_f_goes_to_the_filter_of_the_current_list(window, qtbot):
    window.unitsView.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.unitsFilter.hasFocus()
    window.queueView.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.queueFilter.hasFocus()


def test_every_input_widget_has_an_accessible_name(window):
    from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QLineEdit, QTextBrowser

    unnamed = [w.objectName() for kind in (QComboBox, QLineEdit, QAbstractItemView, QTextBrowser)
               for w in window.findChildren(kind)
               if w.isVisible() and not w.accessibleName() and not isinstance(w, QHeaderView)]
    assert unnamed == []


def test_candidate_models_pass_the_model_tester(window, qtmodeltester):
    unit_id = window.workspace.vacant_units[0].unit.id
    window.select_unit(unit_id)
    model = window.unit_candidates
    qtmodeltester.check(model, force_py=True)
    # the candidates are for the unit in hand, numbered 1, 2, 3 … down the list
    assert model.rowCount() > 0
    assert {model.row_object(r).target.vacant.unit.id for r in range(model.rowCount())} == {unit_id}
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [str(r + 1) for r in range(model.rowCount())]
    case_no = window.workspace.queue[0].case_no
    window.select_applicant(case_no)
    model = window.applicant_units
    qtmodeltester.check(model, force_py=True)
    # the units offered are for the applicant in hand, each named by its own address
    assert model.rowCount() > 0
    for r in range(model.rowCount()):
        pair = model.row_object(r)
        assert pair.applicant.case_no == case_no
        assert model.index(r, model.column_index("Adresse")).data().startswith(pair.target.building.address)


def test_workspace_screenshots(window, tmp_path_factory):
    """Main states saved for a person to look at (printed with -s)."""
    out = tmp_path_factory.mktemp("workspace")
    vacant, row = _unit_with_critical_candidate(window)
    window.candidatesView.selectRow(row)
    window.grab().save(str(out / "unit_with_flags.png"))
    window.select_applicant(window.workspace.queue[0].case_no)
    window.candidatesView.selectRow(0)
    window.grab().save(str(out / "applicant_units.png"))
    window.set_screened(True)
    window.grab().save(str(out / "screened.png"))
    print(f"\nskjermbilder: {out}")
    assert_distinct_screens(window, sorted(out.glob("*.png")))

"""Fil → Eksporter saker … / Importer saker …: conflicts listed with a choice per row."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from boligmote.gui.case_package_dialog import CasePackageDialog, ConflictTableModel
from boligmote.services.case_packages import (
    APPLICANT,
    CASE,
    Choice,
    export_package,
    plan_package_import,
    read_package,
)
from boligmote.services.meetings import Meetings
from boligmote.store.households import HouseholdRepository
from boligmote.store.meetings import AgendaRepository

from ..services.test_case_packages import (
    change_applicant,
    change_notes,
    planned_meeting,
    sync_round,
    take_copy,
)


@pytest.fixture
def laptop(demo_db, tmp_path):
    database = take_copy(demo_db, tmp_path / "laptop.sqlite")
    yield database
    database.close()


@pytest.fixture
def conflicted(demo_db, laptop, tmp_path):
    """After one round, one case's notes and its applicant's wishes changed on both sides."""
    meeting = sync_round(demo_db, laptop, tmp_path)
    case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
    change_notes(laptop, meeting.id, case_no, "Laptopens merknad")
    change_notes(demo_db, meeting.id, case_no, "Møtefilens merknad")
    change_applicant(laptop, case_no, wishes="Laptop", name="Navn Fra Laptop")
    change_applicant(demo_db, case_no, wishes="Møtefil")
    plan = plan_package_import(demo_db, read_package(
        export_package(laptop, meeting.id, tmp_path / "runde2.bmpak").path))
    return meeting, case_no, plan


@pytest.fixture
def dialog(qtbot, demo_db, conflicted):
    _, _, plan = conflicted
    d = CasePackageDialog(demo_db, plan)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


def test_conflict_model_passes_the_qt_model_tester(qtmodeltester, conflicted):
    _, _, plan = conflicted
    model = ConflictTableModel(plan.conflicts, screened=False)
    qtmodeltester.check(model)
    assert model.rowCount() == 2 and model.open_count == 2


def test_every_conflict_needs_a_choice_before_import(dialog, conflicted):
    _, case_no, _ = conflicted
    model = dialog.conflict_model
    assert dialog.conflictsBox.isVisible() and not dialog.problemsLabel.isVisible()
    assert not dialog.importButton.isEnabled() and dialog.choiceCountLabel.text() == "0 av 2 valgt"
    texts = {model.index(r, 0).data(): [model.index(r, c).data() for c in (2, 3, 4)] for r in range(2)}
    assert texts[f"Saken på sakslisten\n{case_no}"] == [
        "merknad: Møtefilens merknad", "merknad: Laptopens merknad", "Velg …"]
    assert "ønsker: Møtefil" in texts[f"Søkeren\n{case_no}"][0]
    model.setData(model.index(0, ConflictTableModel.CHOICE_COLUMN), Choice.KEEP_MINE)
    assert not dialog.importButton.isEnabled() and dialog.choiceCountLabel.text() == "1 av 2 valgt"
    dialog.takeAllButton.click()
    assert dialog.importButton.isEnabled()


def test_per_row_choice_through_the_combo_boxes_both_ways(dialog, demo_db, conflicted):
    meeting, case_no, plan = conflicted
    view, model = dialog.conflictsView, dialog.conflict_model
    wanted = {(CASE, case_no): Choice.TAKE_THEIRS, (APPLICANT, case_no): Choice.KEEP_MINE}
    for row, item in enumerate(plan.conflicts):
        combo = view.indexWidget(model.index(row, ConflictTableModel.CHOICE_COLUMN))
        position = combo.findData(wanted[item.id])
        combo.setCurrentIndex(position)
        combo.activated.emit(position)  # what a click on the item does
    assert dialog.choices() == wanted and dialog.importButton.isEnabled()
    dialog.importButton.click()
    assert dialog.result() == CasePackageDialog.DialogCode.Accepted and dialog.result_lines
    assert AgendaRepository(demo_db).case_for(meeting.id, case_no).notes == "Laptopens merknad"
    assert HouseholdRepository(demo_db).applicant(case_no).wishes == "Møtefil"


def test_keep_all_keeps_the_meeting_file(dialog, demo_db, conflicted):
    meeting, case_no, _ = conflicted
    dialog.keepAllButton.click()
    combo = dialog.conflictsView.indexWidget(dialog.conflict_model.index(0, ConflictTableModel.CHOICE_COLUMN))
    assert combo.currentData() is Choice.KEEP_MINE  # the visible combo follows
    dialog.importButton.click()
    assert AgendaRepository(demo_db).case_for(meeting.id, case_no).notes == "Møtefilens merknad"


def test_new_cases_are_listed_and_keep_all_adds_none_of_them(qtbot, demo_db, laptop, tmp_path):
    """«Behold møtefilens for alle» means the meeting file stays as it is: nothing is added."""
    meeting = planned_meeting(laptop)
    new_case = next(a.case_no for a in HouseholdRepository(laptop).queue()
                    if AgendaRepository(laptop).case_for(meeting.id, a.case_no) is None)
    Meetings(laptop).add_case(meeting.id, new_case, notes="Fra laptopen")
    plan = plan_package_import(demo_db, read_package(export_package(laptop, meeting.id, tmp_path / "n.bmpak").path))
    d = CasePackageDialog(demo_db, plan)
    qtbot.addWidget(d)
    d.show()
    model = d.conflict_model
    rows = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert "ny sak" in rows[f"Saken på sakslisten\n{new_case}"]
    assert d.choices()[(CASE, new_case)] is Choice.TAKE_THEIRS and d.importButton.isEnabled()
    d.keepAllButton.click()
    d.importButton.click()
    assert AgendaRepository(demo_db).case_for(meeting.id, new_case) is None


def test_screened_mode_hides_names_in_the_conflict_list(qtbot, demo_db, conflicted):
    _, _, plan = conflicted
    d = CasePackageDialog(demo_db, plan, screened=True)
    qtbot.addWidget(d)
    cells = " ".join(d.conflict_model.index(r, c).data() or "" for r in range(2) for c in range(4))
    assert "navn: ••••" in cells and "Navn Fra Laptop" not in cells


def test_a_package_that_cannot_be_imported_says_why(qtbot, demo_db, laptop, tmp_path):
    meeting = planned_meeting(laptop)
    proposal = AgendaRepository(laptop).cases(meeting.id)[0]
    plan = plan_package_import(demo_db, read_package(export_package(laptop, meeting.id, tmp_path / "x.bmpak").path))
    with demo_db.transaction("test", "unit"):
        demo_db.conn.execute("UPDATE units SET status = 'occupied' WHERE id = ?", (proposal.unit_id,))
    new_case = next(a.case_no for a in HouseholdRepository(laptop).queue()
                    if AgendaRepository(laptop).case_for(meeting.id, a.case_no) is None)
    Meetings(laptop).add_case(meeting.id, new_case, proposal.unit_id)
    plan = plan_package_import(demo_db, read_package(export_package(laptop, meeting.id, tmp_path / "y.bmpak").path))
    d = CasePackageDialog(demo_db, plan)
    qtbot.addWidget(d)
    d.show()
    assert d.problemsLabel.isVisible() and "ikke ledig" in d.problemsLabel.text()
    assert not d.importButton.isEnabled()


def test_file_menu_exports_and_imports(window, demo_db, laptop, tmp_path, monkeypatch):
    file_actions = [a.objectName() for a in window.menuFile.actions()]
    assert file_actions.index("actionExportCases") == file_actions.index("actionImport") + 1
    assert "actionImportCases" in file_actions

    assert file_actions.index("actionPreparationCopy") == file_actions.index("actionImportCases") + 1

    # The meeting file itself is no preparation copy: its packages would be refused, so it makes none.
    out = tmp_path / "fra-vinduet.bmpak"
    monkeypatch.setattr(QInputDialog, "getItem", lambda parent, title, label, items, current, editable:
                        (items[current], True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(out), ""))
    told, refused = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: refused.append(text))
    window.actionExportCases.trigger()
    assert not out.exists() and "ikke en forberedelseskopi" in refused[0]

    # It makes a preparation copy instead, owner-only.
    copy = tmp_path / "kari.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(copy), ""))
    window.actionPreparationCopy.trigger()
    assert copy.exists() and copy.stat().st_mode & 0o777 == 0o600
    assert "personopplysningene" in told[0] and str(copy) in told[0]

    # Import a package from the laptop with a new case: the agenda shows it afterwards.
    meeting = planned_meeting(laptop)
    new_case = next(a.case_no for a in HouseholdRepository(laptop).queue()
                    if AgendaRepository(laptop).case_for(meeting.id, a.case_no) is None)
    Meetings(laptop).add_case(meeting.id, new_case, notes="Fra laptopen")
    package = export_package(laptop, meeting.id, tmp_path / "laptop.bmpak").path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(package), ""))

    def accept(dialog):
        assert not dialog.plan.conflicts and dialog.importButton.isEnabled()
        dialog.commit()
        return dialog.result()
    monkeypatch.setattr(CasePackageDialog, "exec", accept)
    window.actionImportCases.trigger()
    assert AgendaRepository(demo_db).case_for(meeting.id, new_case).notes == "Fra laptopen"

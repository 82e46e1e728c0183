"""Kobo in the window (issue 20 item 4): Fil → Importer … takes a Kobo file with its dry run
first, and Fil → Eksporter boligregisteret (Kobo) … writes the register back."""
from __future__ import annotations

import json
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from boligmote.gui.import_dialog import ImportDialog
from boligmote.gui.kobo_action import export_kobo_register, households_question
from boligmote.gui.main_window import MainWindow
from boligmote.services.kobo_export import export_kobo
from boligmote.services.workspace import Workspace
from boligmote.store.estate import EstateRepository
from boligmote.store.households import HouseholdRepository

TODAY = date(2026, 11, 23)


@pytest.fixture
def kobo_file(demo_db, tmp_path):
    path = tmp_path / "boliger-kobo.json"
    export_kobo(demo_db, path, with_households=True)
    return path


@pytest.fixture
def buildings_only(demo_db, new_db):
    with new_db.transaction("test", "buildings"):
        EstateRepository(new_db).save_buildings(EstateRepository(demo_db).buildings().values())
    return new_db


def _dialog(qtbot, database, size=(820, 560)):
    dialog = ImportDialog(database, TODAY)
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_kobo_file_is_recognised_and_its_dry_run_shown_before_anything_is_stored(
        qtbot, buildings_only, kobo_file, demo_db):
    dialog = _dialog(qtbot, buildings_only)
    assert dialog.kindCombo.findData("kobo") >= 0
    # The user types the file's name and presses Enter, with «Bygninger» still chosen.
    dialog.pathEdit.setFocus()
    qtbot.keyClicks(dialog.pathEdit, str(kobo_file))
    qtbot.keyClick(dialog.pathEdit, Qt.Key.Key_Return)
    assert dialog.kindCombo.currentData() == "kobo"  # the .json file chose its kind
    units = len(EstateRepository(demo_db).units())
    assert f"{units} boliger." in dialog.summaryLabel.text()
    assert f"Nye: {units}." in dialog.summaryLabel.text() and "Ingen feil" in dialog.summaryLabel.text()
    assert "Kobo-lignende format (ikke prøvd mot en ekte Kobo-fil)" in dialog.columnsLabel.text()
    # The dry run is on screen and nothing is stored; a second Enter does not store it either.
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and EstateRepository(buildings_only).units() == []
    assert dialog.importButton.isEnabled()
    with qtbot.waitSignal(dialog.accepted):
        dialog.importButton.click()
    assert len(EstateRepository(buildings_only).units()) == units
    assert HouseholdRepository(buildings_only).current_tenancies()


def test_the_errors_of_a_kobo_file_show_the_object_and_the_field(qtbot, demo_db, kobo_file, tmp_path):
    objects = json.loads(kobo_file.read_text(encoding="utf-8"))["kobobolig"]
    objects[3]["boligtype"] = "SLOTT"
    objects[7]["adresse"]["nummer"] = "12"
    bad = tmp_path / "feil.json"
    bad.write_text(json.dumps(objects), encoding="utf-8")
    dialog = _dialog(qtbot, demo_db)
    dialog.set_source("kobo", bad)
    assert "2 feil i 2 objekter" in dialog.summaryLabel.text() and not dialog.importButton.isEnabled()
    model = dialog.problem_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Objekt", "Felt", "Verdi", "Feil"]
    assert [model.index(0, c).data() for c in range(3)] == ["3", "boligtype", "SLOTT"]
    assert [model.index(1, c).data() for c in range(3)] == ["7", "adresse.nummer", "12"]
    # A table afterwards has rows and columns again.
    dialog.set_source("buildings", tmp_path / "finnes-ikke.csv")
    dialog.set_source("kobo", bad)
    dialog.set_source("applicants", bad.with_suffix(".csv"))
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Rad"


def test_the_file_menu_exports_the_register_in_kobo_shape(qtbot, demo_db, tmp_path, monkeypatch):
    window = MainWindow(today=TODAY)
    qtbot.addWidget(window)
    names = [a.objectName() for a in window.menuFile.actions()]
    assert names.index("actionExportKobo") == names.index("actionPreparationCopy") + 1
    assert not window.actionExportKobo.isEnabled()  # no file open
    window.show_workspace(Workspace.load(demo_db, TODAY))
    assert window.actionExportKobo.isEnabled()
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    # The user goes past the first question with «Fortsett» without ticking «Ta med husstandene».
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Ok)
    out = export_kobo_register(window, tmp_path / "register.json")
    assert out is not None and said and "uten husstander. Behov, oppfølging og navn er ikke med" in said[0]
    objects = json.loads(out.read_text(encoding="utf-8"))["kobobolig"]
    assert len(objects) == len(EstateRepository(demo_db).units())
    assert not any("husstand" in o for o in objects)  # households only when asked for


def test_the_export_asks_before_households_leave_unticked_and_with_a_warning(qtbot, demo_db, tmp_path, monkeypatch):
    window = MainWindow(today=TODAY)
    qtbot.addWidget(window)
    window.show_workspace(Workspace.load(demo_db, TODAY))
    box = households_question(window)
    assert not box.checkBox().isChecked()
    assert "husstandene" in box.checkBox().text() and "personopplysninger" in box.checkBox().text()
    warning = box.informativeText()
    assert "personopplysninger" in warning and "behandlingsgrunnlag" in warning and "databehandleravtale" in warning
    assert "Kobo-lignende format (ikke prøvd mot en ekte Kobo-fil)" in box.text()
    # Ticked: the households go with the file, and the message says it holds personal data.
    said = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: said.append(text))
    out = export_kobo_register(window, tmp_path / "husstander.json", with_households=True)
    assert out is not None and "inneholder personopplysninger" in said[0]
    assert any(o.get("husstand") for o in json.loads(out.read_text(encoding="utf-8"))["kobobolig"])
    # «Avbryt» writes nothing.
    monkeypatch.setattr(QMessageBox, "exec", lambda self: QMessageBox.StandardButton.Cancel)
    assert export_kobo_register(window, tmp_path / "ingenting.json") is None
    assert not (tmp_path / "ingenting.json").exists()


def test_an_import_that_ends_tenancies_asks_first_with_no_as_the_default(qtbot, demo_db, kobo_file, tmp_path,
                                                                          monkeypatch):
    objects = json.loads(kobo_file.read_text(encoding="utf-8"))["kobobolig"]
    leaving = [o for o in objects if o.get("husstand")][:3]
    for obj in leaving:
        obj["husstand"] = None
        del obj["leieforhold"]
    path = tmp_path / "utflytting.json"
    path.write_text(json.dumps({"kobobolig": leaving}), encoding="utf-8")
    dialog = _dialog(qtbot, demo_db)
    dialog.set_source("kobo", path)
    assert "Importen avslutter 3 leieforhold" in dialog.summaryLabel.text()
    asked = []

    def answer(reply):
        def question(parent, title, text, buttons, default):
            asked.append((text, default))
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    dialog.importButton.click()
    assert asked and "avslutter 3 leieforhold" in asked[0][0]
    assert asked[0][1] == QMessageBox.StandardButton.No  # Enter does not end anyone's tenancy
    assert dialog.isVisible()
    households = HouseholdRepository(demo_db)
    assert all(households.tenancy_in(o["fdvuBoligId"]) is not None for o in leaving)
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    with qtbot.waitSignal(dialog.accepted):
        dialog.importButton.click()
    assert all(households.tenancy_in(o["fdvuBoligId"]) is None for o in leaving)


def test_screenshot_of_a_kobo_dry_run_at_1366x768(qtbot, buildings_only, kobo_file, tmp_path, tmp_path_factory):
    """Saved for a person to look at (path printed with -s): a Kobo file with errors, and a clean one."""
    out = tmp_path_factory.mktemp("kobo_screens")
    dialog = _dialog(qtbot, buildings_only, (1366, 768))
    objects = json.loads(kobo_file.read_text(encoding="utf-8"))["kobobolig"]
    objects[0]["adresse"] = {"adressenavn": "Blindveien", "nummer": 7}
    objects[2]["antallSoverom"] = "to"
    objects[5]["husstand"] = {"husstandstype": "STORFAMILIE", "antallVoksne": 0}
    bad = tmp_path / "kobo-feil.json"
    bad.write_text(json.dumps({"kobobolig": objects}), encoding="utf-8")
    dialog.set_source("kobo", bad)
    qtbot.wait(20)
    dialog.grab().save(str(out / "kobo_errors.png"))
    dialog.set_source("kobo", kobo_file)
    qtbot.wait(20)
    dialog.grab().save(str(out / "kobo_clean.png"))
    print(f"\nskjermbilder: {out}")
    assert dialog.problemsView.isHidden() and dialog.importButton.isEnabled()

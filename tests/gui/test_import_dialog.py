"""Fil → Importer …: the dry run shows counts and every error; only a clean file can be imported."""
from __future__ import annotations

import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from boligmote.gui.import_dialog import ImportDialog, ProblemTableModel
from boligmote.gui.main_window import MainWindow
from boligmote.paths import resource
from boligmote.services.importing import Problem
from boligmote.services.workspace import Workspace
from boligmote.store.households import HouseholdRepository
from .screens import assert_distinct_screens

TODAY = date(2026, 11, 23)
HEADER = "saksnummer;navn;husstandstype;voksne;prioritet;vedtaksdato\n"


@pytest.fixture
def dialog(qtbot, demo_db):
    d = ImportDialog(demo_db, TODAY)
    qtbot.addWidget(d)
    d.resize(820, 560)
    d.show()
    qtbot.waitExposed(d)
    return d


def applicants_file(tmp_path, *rows: str):
    path = tmp_path / "søkere.csv"
    path.write_text(HEADER + "".join(f"{row}\n" for row in rows), encoding="cp1252")
    return path


def test_problem_model_passes_the_qt_model_tester(qtmodeltester):
    model = ProblemTableModel()
    model.set_rows([Problem(3, "soverom", "-1", "kan ikke være negativ"),
                    Problem(7, "vedtaksdato", "31.02.2026", "datoen finnes ikke")])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in range(4)] == ["3", "soverom", "-1", "kan ikke være negativ"]


def test_nothing_chosen_nothing_to_import(dialog):
    assert dialog.kindCombo.count() == 7 and dialog.kindCombo.currentText() == "Bygninger"
    assert dialog.kindCombo.itemText(6) == "Boliger og leieforhold (Kobo)"  # issue 20 item 4
    assert dialog.kindCombo.itemText(dialog.kindCombo.findData("ledger")) == "Leiereskontro"  # issue 17 item 4
    assert not dialog.importButton.isEnabled()
    assert "Velg en fil" in dialog.summaryLabel.text()
    assert "<b>building_id</b>" in dialog.columnsLabel.text()


def test_a_bad_file_shows_every_error_and_cannot_be_imported(dialog, tmp_path):
    path = applicants_file(tmp_path, "2026/90001;Åse Demosen;single;1;prioritert;01.06.2026",
                           "2026/90002;Øyvind Prøvestad;single;0;prioritert;31.02.2026",
                           "2026/90001;Ærlig Testbakken;single;1;haster;01.06.2026")
    dialog.set_source("applicants", path)
    assert dialog.plan is not None and not dialog.plan.ok
    model = dialog.problem_model
    shown = [[model.index(r, c).data() for c in range(3)] for r in range(model.rowCount())]
    assert shown == [["3", "voksne", "0"], ["3", "vedtaksdato", "31.02.2026"], ["4", "prioritet", "haster"],
                     ["4", "saksnummer", "2026/90001"]]
    assert "4 feil i 2 rader" in dialog.summaryLabel.text()
    assert "Windows-1252" in dialog.summaryLabel.text()
    assert not dialog.importButton.isEnabled()
    assert dialog.problemsView.isVisible()


def test_an_unreadable_file_is_said_so(dialog, tmp_path):
    path = tmp_path / "rapport.pdf"
    path.write_bytes(b"%PDF")
    dialog.set_source("units", path)
    assert "Filen kan ikke leses" in dialog.summaryLabel.text() and "ukjent filtype" in dialog.summaryLabel.text()
    assert not dialog.importButton.isEnabled()


def test_a_clean_file_shows_counts_and_imports_on_ok(dialog, tmp_path, demo_db, qtbot):
    path = applicants_file(tmp_path, "2026/90001;Åse Demosen;single;1;prioritert;01.06.2026",
                           "2026/90002;Øyvind Prøvestad;couple;2;ikke prioritert;15.05.2026")
    dialog.set_source("applicants", path)
    assert "Nye: 2. Endres: 0. Uendret: 0." in dialog.summaryLabel.text()
    assert dialog.importButton.isEnabled() and not dialog.problemsView.isVisible()
    with qtbot.waitSignal(dialog.accepted):
        dialog.importButton.click()
    assert HouseholdRepository(demo_db).applicant("2026/90001").name == "Åse Demosen"
    # and the same file again has nothing left to import
    dialog.set_source("applicants", path)
    assert "Uendret: 2" in dialog.summaryLabel.text() and not dialog.importButton.isEnabled()


def test_a_database_refusal_is_a_message_and_nothing_changes(dialog, tmp_path, demo_db, monkeypatch):
    from boligmote.gui import import_dialog
    from boligmote.store import StoreError

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(import_dialog, "commit_import", lambda *args: (_ for _ in ()).throw(StoreError("låst")))
    dialog.set_source("applicants", applicants_file(tmp_path, "2026/90001;Åse Demosen;single;1;prioritert;01.06.2026"))
    dialog.importButton.click()
    assert shown and "Ingenting er endret" in shown[0]
    assert dialog.isVisible()


def test_the_file_menu_opens_the_dialog_and_the_window_shows_the_import(qtbot, demo_db, tmp_path, monkeypatch):
    window = MainWindow(today=TODAY)
    qtbot.addWidget(window)
    window.show_workspace(Workspace.load(demo_db, TODAY))
    queue_before = window.queue_model.rowCount()
    path = applicants_file(tmp_path, "2026/90001;Åse Demosen;single;1;prioritert;01.06.2026")

    def run_dry_run_then_import(self):
        self.set_source("applicants", path)
        self.importButton.click()
        return self.result()

    monkeypatch.setattr(ImportDialog, "exec", run_dry_run_then_import)
    assert window.actionImport in window.menuFile.actions()
    window.actionImport.trigger()
    assert window.queue_model.rowCount() == queue_before + 1


def test_screenshots_of_the_dry_run(dialog, tmp_path, tmp_path_factory, qtbot):
    """Saved for a person to look at (path printed with -s); each dry run looks different."""
    out = tmp_path_factory.mktemp("import_screens")

    def grab(name):
        qtbot.wait(20)  # let the layout settle, as the event loop would between clicks
        dialog.grab().save(str(out / name))

    bad = applicants_file(tmp_path, "2026/90001;Åse Demosen;single;1;prioritert;01.06.2026",
                          "2026/90002;Øyvind Prøvestad;single;0;prioritert;31.02.2026",
                          "2026/90001;Ærlig Testbakken;single;1;haster;01.06.2026")
    dialog.set_source("applicants", bad)
    grab("01_errors.png")
    dialog.set_source("units", resource("samples", "boliger.csv"))
    grab("02_units_need_buildings.png")
    dialog.set_source("buildings", resource("samples", "bygninger.csv"))
    grab("03_clean.png")
    print(f"\nskjermbilder: {out}")
    assert_distinct_screens(dialog, [out / f for f in ("01_errors.png", "02_units_need_buildings.png", "03_clean.png")])


def test_the_window_and_the_dialog_load_without_pandas():
    """pandas and openpyxl load when a file is read, not when the window or the dialog module loads."""
    code = ("import sys; sys.modules['pandas'] = sys.modules['openpyxl'] = None; "
            "import boligmote.gui.main_window, boligmote.gui.import_dialog; print('ok')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_enter_in_the_file_field_shows_the_dry_run_and_never_commits(dialog, tmp_path, demo_db, qtbot):
    """Issue 16 item 6: one Enter stored the file unseen."""
    from PySide6.QtCore import Qt

    path = applicants_file(tmp_path, "2026/90001;Åse Demosen;single;1;prioritert;01.06.2026")
    dialog.kindCombo.setCurrentIndex(dialog.kindCombo.findData("applicants"))
    dialog.pathEdit.setFocus()
    qtbot.keyClicks(dialog.pathEdit, str(path))
    qtbot.keyClick(dialog.pathEdit, Qt.Key.Key_Return)
    assert "Nye: 1." in dialog.summaryLabel.text() and dialog.isVisible()
    qtbot.keyClick(dialog.pathEdit, Qt.Key.Key_Return)  # a second Enter, with the dry run on screen
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert all(a.case_no != "2026/90001" for a in HouseholdRepository(demo_db).queue())

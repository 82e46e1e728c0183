"""Årsstatistikk (issue 20 item 5): each figure on a small built scenario with known answers, the
year boundary, small counts shown as «<5», the PDF (PDF/A-2b), the workbook and the command line."""
from __future__ import annotations

import dataclasses
import json
import re
from datetime import date

import numpy as np
import pandas as pd
import pytest
from pypdf import PdfReader

from boligmote.cli import main
from boligmote.services.statistics import figure_text, report_json, statistics_report
from boligmote.services.statistics_xlsx import TITLE_ROWS, write_statistics_xlsx
from boligmote.services.statistics_pdf import render_statistics_report
from boligmote.store import Database

from .pdfa_rules import pdfa_problems

MADE_ON = date(2026, 2, 15)

# (id, district, ownership)
_BUILDINGS = [("B-N", "Nord", "heleid"), ("B-S", "Sør", "innskutt")]
# (id, building, type, bedrooms, wheelchair, status, vacant_from)
_UNITS = [
    ("U1", "B-N", "ordinaer", 1, 1, "occupied", None),
    ("U2", "B-N", "ordinaer", 2, 0, "occupied", None),
    ("U3", "B-S", "gjennomgang", 0, 0, "vacant", "2025-11-01"),  # vacant at 31.12: 60 days
    ("U4", "B-S", "ordinaer", 3, 0, "vacant", "2026-02-01"),  # vacant only after the year
    ("U5", "B-S", "ordinaer", 1, 0, "occupied", None),  # vacant 01.12.2025, allocated 01.01.2026
    ("U6", "B-N", "ordinaer", 4, 0, "occupied", None),
]
# (case, qualified on, status)
_CASES = [
    ("C1", "2024-09-10", "allocated"), ("C2", "2025-01-10", "refused"), ("C3", "2025-02-01", "withdrawn"),
    ("C4", "2025-02-15", "allocated"), ("C5", "2025-06-01", "allocated"), ("C6", "2025-12-20", "allocated"),
    ("C7", "2025-01-05", "refused"), ("C8", "2026-01-02", "waiting"), ("C9", "2023-05-01", "waiting"),
    ("C10", "2024-12-31", "withdrawn"),  # out of the queue without a decision in the file
]
# meeting date, status it ends in, decisions (case, outcome, unit, unit vacant from, lease years)
_MEETINGS = [
    ("2025-03-10", "closed", [("C1", "tildelt", "U1", "2025-02-08", 5), ("C2", "avslag", None, None, None),
                              ("C3", "trukket", None, None, None), ("C4", "utsatt", None, None, None)]),
    ("2025-12-31", "closed", [("C4", "tildelt", "U2", "2025-12-01", 2), ("C5", "tildelt", "U6", "2025-10-01", 3)]),
    ("2026-01-01", "closed", [("C6", "tildelt", "U5", "2025-12-01", 3)]),
    ("2025-06-01", "in_progress", [("C7", "avslag", None, None, None)]),  # not closed: can still be undone
]
# tenancy on unit → measures (decided, recorded), evictions recorded, petitions (day, imported)
_AT_RISK = [
    ("U1", [("2024-08-01", "2024-08-01")], ["2024-12-01"], [("2024-10-01", "2024-10-02")]),  # evicted within 6 mnd
    ("U2", [("2025-06-30", "2025-06-30")], [], []),  # last day of the window: prevented
    ("U3", [("2025-07-01", "2025-07-01")], ["2025-09-01"], [("2025-08-01", "2025-08-02")]),  # after the window
    ("U4", [("2024-06-30", "2024-06-30")], [], []),  # before the window
    ("U5", [("2025-03-01", "2026-01-05")], [], []),  # recorded after the year: not counted
]

# renewals: meeting date, outcome, tenancy's unit
_RENEWALS = [("2025-12-31", "renewed", "U1"), ("2025-12-31", "renewed_conditions", "U2"),
             ("2026-01-01", "renewed", "U3")]


def _build(db: Database) -> None:
    with db.transaction("test", "scenario") as conn:
        for building, district, ownership in _BUILDINGS:
            conn.execute("INSERT INTO buildings (id, address, district, ownership, building_type, total_units) "
                         "VALUES (?, ?, ?, ?, 'blokk', 10)", (building, f"{building}-veien 1", district, ownership))
            conn.execute("INSERT INTO stairwells (building_id, label) VALUES (?, 'A')", (building,))
        stairwell = {b: s for s, b in conn.execute("SELECT id, building_id FROM stairwells")}
        for unit, building, kind, bedrooms, wheelchair, status, vacant in _UNITS:
            conn.execute("INSERT INTO units (id, stairwell_id, floor, rooms, bedrooms, area_m2, rent, unit_type, "
                         "wheelchair_access, status, vacant_from) VALUES (?, ?, 1, ?, ?, 50, 8000, ?, ?, ?, ?)",
                         (unit, stairwell[building], bedrooms + 1, bedrooms, kind, wheelchair, status, vacant))
        for case, qualified, status in _CASES:
            conn.execute("INSERT INTO applicants (case_no, name, household_type, adults, situation, priority, "
                         "decision_date, status) VALUES (?, 'Test Søker', 'single', 1, 'homeless', 'prioritert', ?, ?)",
                         (case, qualified, status))
        for held_on, status, decisions in _MEETINGS:
            meeting = conn.execute("INSERT INTO meetings (held_on, status) VALUES (?, 'planned')", (held_on,)).lastrowid
            conn.execute("UPDATE meetings SET status = 'in_progress' WHERE id = ?", (meeting,))
            for case, outcome, unit, vacant, years in decisions:
                conn.execute("INSERT INTO decisions (meeting_id, case_no, outcome, unit_id, unit_vacant_from, lease_type, "
                             "lease_years, reasons, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'Begrunnelse.', ?)",
                             (meeting, case, outcome, unit, vacant, "tidsbestemt" if years else None, years,
                              f"{held_on}T10:00:00"))
            if status == "closed":
                conn.execute("UPDATE meetings SET status = 'closed' WHERE id = ?", (meeting,))
        tenancies = {}
        for unit, measures, evictions, petitions in _AT_RISK:
            tenancy = conn.execute("INSERT INTO tenancies (unit_id, household_type, adults, contract_start, ended_on) "
                                   "VALUES (?, 'single', 1, '2023-01-01', '2023-12-31')", (unit,)).lastrowid
            tenancies[unit] = tenancy
            for decided, recorded in measures:
                # a measure has an owner and a deadline (m0012)
                conn.execute("INSERT INTO at_risk_decisions (tenancy_id, decided_on, decided_by, measures, note, "
                             "recorded_at, recorded_by, owner, due_on) VALUES (?, ?, 'Boligkontoret', '[\"kontakt\"]', "
                             "'Samtale.', ?, 'test', 'Boligkontoret', ?)", (tenancy, decided, f"{recorded}T14:00:00",
                                                                            decided))
            for done in evictions:
                conn.execute("INSERT INTO follow_up_points (tenancy_id, due_on, promised, created_at, created_by, "
                             "done_on, done_by, done_what, tenancy_state) VALUES (?, ?, 'Oppfølging.', ?, 'test', ?, "
                             "'test', 'Fravikelse.', 'evicted')", (tenancy, done, f"{done}T08:00:00", done))
            for day, imported in petitions:
                conn.execute("INSERT INTO ledger_entries (tenancy_id, entry_on, kind, amount, imported_at) "
                             "VALUES (?, ?, 'begjaering_fravikelse', 20000, ?)", (tenancy, day, f"{imported}T07:00:00"))
        # C5 came from a municipal tenancy (a renewal decided as a transfer): not a new application
        conn.execute("UPDATE applicants SET transferred_from_tenancy = ? WHERE case_no = 'C5'", (tenancies["U4"],))
        for held_on, outcome, unit in _RENEWALS:
            meeting = conn.execute("INSERT INTO meetings (held_on, status) VALUES (?, 'in_progress')",
                                   (held_on,)).lastrowid
            agenda = conn.execute("INSERT INTO agenda_renewals (meeting_id, tenancy_id, case_no, tenant_name, "
                                  "lease_ends) VALUES (?, ?, 'F1', 'Test Leietaker', ?)",
                                  (meeting, tenancies[unit], held_on)).lastrowid
            conn.execute("INSERT INTO renewal_decisions (meeting_id, agenda_renewal_id, tenancy_id, outcome, "
                         "lease_starts, lease_years, lease_ends, previous_lease_ends, conditions, decided_at) "
                         "VALUES (?, ?, ?, ?, '2026-02-01', 3, '2029-01-31', ?, 'Booppfølging.', ?)",
                         (meeting, agenda, tenancies[unit], outcome, held_on, f"{held_on}T10:00:00"))
            conn.execute("UPDATE meetings SET status = 'closed' WHERE id = ?", (meeting,))


@pytest.fixture
def scenario(new_db):
    _build(new_db)
    return new_db


def test_each_figure_of_the_year_is_counted_as_defined(scenario):
    found = statistics_report(scenario, 2025, MADE_ON).figures
    value = {item.code: item.value for item in found.figures}
    # cases qualified 01.01–31.12.2025 (C10, qualified 31.12.2024, and C8, 02.01.2026, are not)
    assert value["A1"] == 6 and value["A2"] == 5  # C5 is a transfer
    # waiting on 31.12: C6 (allocated 01.01.2026), C7 (refused in a meeting still open), C9; C10 left undated
    assert value["A3"] == 3
    assert found.left_out == {"vedtak i møter som ikke er avsluttet": 1, "saker ute av køen uten vedtak i filen": 1}
    # the meeting of 31.12.2025 belongs to 2025, the one of 01.01.2026 does not
    assert (value["V1"], value["V3"], value["V6"], value["V7"], value["V8"]) == (3, 1, 1, 1, 1)
    assert value["V2"] == 2 and value["V4"] == 1
    assert value["V5"] == pytest.approx(100 / 5)
    assert (value["F1"], value["F2"], value["F3"], value["F4"]) == (2, 1, 1, 0)  # not the one of 01.01.2026
    assert value["W1"] == 213  # 181, 213 and 319 days
    assert value["W2"] == 360  # C6 11 days, C7 360 days, C9 975 days
    assert value["L1"] == 30  # 30, 30 and 91 days
    assert (value["L2"], value["L3"]) == (2, 45)  # U3 for 60 days, U5 for 30 days
    assert (value["R1"], value["R2"], value["R3"], value["R4"], value["R5"], value["R6"]) == (2, 2, 2, 1, 1, 1)
    assert (value["B1"], value["B2"]) == (6, 1) and value["B3"] == pytest.approx(100 / 6)
    assert (value["B4"], value["B5"]) == (3, 3)
    months = dict(found.per_month.rows)
    assert months["mars"] == (1, 1, 1, 1) and months["desember"] == (2, 0, 0, 0) and months["januar"] == (0, 0, 0, 0)
    assert found.waiting_queue.counts == (1, 0, 1, 0, 1)  # 11 days, 11 months, 2 years 8 months
    assert dict(found.districts.rows)["Sør"] == (3, 2, 1, 2, 0)


def test_the_next_year_counts_the_decision_of_the_first_of_january(scenario):
    found = statistics_report(scenario, 2026, MADE_ON).figures
    assert found.figure("V1").value == 1  # C6 on 01.01.2026
    assert found.figure("A1").value == 1  # C8
    assert found.figure("W1").value == 12  # 20.12.2025 → 01.01.2026


def test_a_measure_recorded_after_the_year_is_left_out_of_it(scenario):
    """U5's measure is dated 01.03.2025 but entered 05.01.2026: the report for 2025 stays as it was."""
    assert statistics_report(scenario, 2025, MADE_ON).figures.figure("R1").value == 2
    assert statistics_report(scenario, 2026, MADE_ON).figures.figure("R1").value == 0


def test_small_counts_are_shown_as_under_five_and_their_medians_not_at_all(scenario):
    report = statistics_report(scenario, 2025, MADE_ON)
    found = report.figures
    assert report.figure_text(found.figure("V1")) == "<5"  # 3 allocations
    assert report.figure_text(found.figure("A1")) == "6"
    assert report.figure_text(found.figure("V3")) == "<5"
    assert report.figure_text(found.figure("W1")) == "vises ikke (<5)"  # a median of three waiting times
    assert report.figure_text(found.figure("R4")) == "<5"
    # A1 6 − A2 5 would say one transfer: A2 is hidden as well, and the share built on it
    assert report.figure_text(found.figure("A2")) == "vises ikke"
    assert report.figure_text(found.figure("V5")) == "vises ikke (<5)"
    assert figure_text(found.figure("A2")) == "5"  # the count itself is kept


def test_a_small_cell_cannot_be_worked_out_from_its_total():
    from boligmote.domain.statistics_protection import protect

    values = {"R3": 7, "R4": 2, "R5": 5, "A1": 181, "A2": 179, "F1": 71, "F2": 62, "F3": 9, "F4": 0, "F5": 0}
    hidden = protect(values, [("R3", 7, ["R4", "R5"]), ("A1", 181, ["A2"]), ("F1", 71, ["F2", "F3", "F4", "F5"])])
    assert hidden == {"R4", "R5", "A2"}  # R4 is small; R5 and A2 (181 − 179 = 2 transfers) would give a small one away
    assert protect(values, [("R3", 7, ["R4", "R5"], "R3")]) == {"R4", "R3"}  # or the total, where told so
    assert protect({"T": 20, "a": 3, "b": 4, "c": 13}, [("T", 20, ["a", "b", "c"])]) == {"a", "b"}  # two unknowns


def test_the_pdf_is_pdfa_with_charts_method_and_what_the_file_cannot_hold(scenario):
    pdf = render_statistics_report(statistics_report(scenario, 2025, MADE_ON))
    assert pdfa_problems(pdf) == []
    from io import BytesIO

    text = "\n".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages)
    assert "Årsstatistikk 2025" in text and "Slik er tallene regnet ut" in text
    assert "Det filen ikke kan svare på" in text and "Midlertidige botilbud" in text
    assert "Vedtak per måned" in text and "Bydelene" in text
    assert "ssb.no/kompis" in text  # the KOSTRA items are cited
    assert "213 dager" not in text  # the suppressed median
    assert "<5" in text


def test_the_workbook_opens_with_pandas_and_holds_every_figure(scenario, tmp_path):
    out = tmp_path / "arsstatistikk.xlsx"
    write_statistics_xlsx(statistics_report(scenario, 2025, MADE_ON), out)
    sheets = pd.read_excel(out, sheet_name=None, header=TITLE_ROWS)
    explained = sheets["Forklaring"].set_index("Kode")
    assert explained.loc["A1", "Tall"] == 6
    assert explained.loc["V1", "Tall"] == "<5"
    assert "kvalifiseringsdato" in explained.loc["A1", "Hva tallet er"]
    months = sheets["Vedtak per måned"].set_index("Måned")
    assert months.loc["desember", "Tildelt"] == "<5" and months.loc["januar", "Tildelt"] == 0


def test_each_sheet_says_what_it_holds_for_which_year_and_each_figure_its_unit(scenario, tmp_path):
    """The lawyer's M10: a sheet read on its own (printed, mailed) says what it is; a number says whether it
    is a count, days or a percentage; no sheet's name is cut at Excel's 31 characters."""
    out = tmp_path / "arsstatistikk.xlsx"
    write_statistics_xlsx(statistics_report(scenario, 2025, MADE_ON), out)
    raw = pd.read_excel(out, sheet_name=None, header=None)
    assert set(raw) == {
        "Forklaring", "Søknader og venteliste", "Vedtak i tildelingsmøtene", "Ventetid", "Ledige boliger",
        "Fornyelser", "Leieforhold i risiko", "Boligmassen 15.02.2026", "Ventetid for tildelte i året",
        "Ventetid venteliste 31.12.2025", "Ledigtid for tildelte boliger", "Ledigtid ledige 31.12.2025",
        "Vedtak per måned", "Boliger etter type og størrelse", "Bydeler", "Ikke i filen", "Metode og kilder"}
    for name, sheet in raw.items():
        title, marking = sheet.iloc[0, 0], sheet.iloc[1, 0]
        assert title.startswith("Årsstatistikk 2025") and "per 31.12.2025" in title, name
        assert marking == "Sammenstilte tall – ingen personopplysninger", name
    assert "Bydeler" in raw["Bydeler"].iloc[0, 0]
    explained = pd.read_excel(out, sheet_name="Forklaring", header=TITLE_ROWS).set_index("Kode")
    assert explained.loc["A1", "Enhet"] == "antall" and explained.loc["W2", "Enhet"] == "dager"
    assert explained.loc["V5", "Enhet"] == "%" and explained.loc["B3", "Enhet"] == "%"
    decisions = pd.read_excel(out, sheet_name="Vedtak i tildelingsmøtene", header=TITLE_ROWS).set_index("Kode")
    assert decisions.loc["V5", "Enhet"] == "%" and decisions.loc["V1", "Enhet"] == "antall"


def test_the_workbook_names_the_municipality_on_every_sheet(scenario, tmp_path):
    with scenario.transaction("test", "municipality") as conn:
        conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('municipality', '=Eksempelvik kommune')")
    out = tmp_path / "arsstatistikk.xlsx"
    write_statistics_xlsx(statistics_report(scenario, 2025, MADE_ON), out)
    from openpyxl import load_workbook

    book = load_workbook(out)
    for sheet in book.worksheets:
        assert sheet["A1"].value.startswith("Årsstatistikk 2025 – =Eksempelvik kommune:"), sheet.title
        assert sheet["A1"].data_type == "s"  # text, never a formula


def test_the_command_writes_pdf_and_workbook_and_prints_json(scenario, tmp_path, capsys):
    path = scenario.path
    scenario.close()
    pdf, xlsx = tmp_path / "s.pdf", tmp_path / "s.xlsx"
    assert main(["statistics", "--db", str(path), "--year", "2025", "--pdf", str(pdf), "--xlsx", str(xlsx),
                 "--format", "json", "--today", "15.02.2026"]) == 0
    out, err = capsys.readouterr()
    found = json.loads(out)
    assert {f["code"]: f["value"] for f in found["figures"]}["A1"] == 6
    assert str(pdf) in err and str(xlsx) in err
    assert pdf.read_bytes().startswith(b"%PDF") and xlsx.stat().st_size > 0
    assert main(["statistics", "--db", str(path), "--year", "2027", "--today", "15.02.2026"]) == 2
    assert "har ikke begynt" in capsys.readouterr().err


def test_the_demos_last_full_year_gives_a_filled_report(history_demo_path, reference_date):
    """The demo's synthetic history (demo_history.py, demo_statistics.py) fills every figure the file can hold."""
    with Database.open(history_demo_path, readonly=True) as db:
        report = statistics_report(db, reference_date.year - 1, reference_date)
    found = report.figures
    assert report.demo
    for code in ("A1", "A3", "V1", "V3", "V6", "V7", "W1", "W2", "L1", "L2", "F1", "F2", "R1", "R3", "R5", "B1",
                 "B2"):
        assert found.figure(code).value, code
    assert all(count for _, (allocated, *_) in found.per_month.rows for count in (allocated,))  # every month
    assert sum(found.waiting_allocated.counts) == found.figure("V1").value


def test_the_demos_extra_cases_never_take_an_allocations_case_number():
    """The norge demo has some 50,000 past allocations numbered «ÅÅÅÅ/70000 + n»: the refused, withdrawn
    and deferred cases beside them must not meet that range (a clash stopped `demo --size norge`)."""
    from boligmote.services.demo_statistics import past_case_number

    allocations = {f"2025/{70000 + n}" for n in range(1, 120_001)}
    assert not allocations & {past_case_number(2025, n) for n in range(1, 120_001)}


def test_a_case_refused_before_the_year_and_allocated_in_it_counts_its_waiting_time(scenario):
    """C11 was refused in 2024 and allocated in 2025: its wait is counted with the year's allocations."""
    with scenario.transaction("test", "scenario") as conn:
        conn.execute("INSERT INTO applicants (case_no, name, household_type, adults, situation, priority, "
                     "decision_date, status) VALUES ('C11', 'Test Søker', 'single', 1, 'homeless', 'prioritert', "
                     "'2024-01-10', 'allocated')")
        for held_on, outcome, unit in (("2024-05-02", "avslag", None), ("2025-04-01", "tildelt", "U4")):
            meeting = conn.execute("INSERT INTO meetings (held_on, status) VALUES (?, 'planned')", (held_on,)).lastrowid
            conn.execute("UPDATE meetings SET status = 'in_progress' WHERE id = ?", (meeting,))
            conn.execute("INSERT INTO decisions (meeting_id, case_no, outcome, unit_id, reasons, decided_at) "
                         "VALUES (?, 'C11', ?, ?, 'Begrunnelse.', ?)", (meeting, outcome, unit, f"{held_on}T10:00:00"))
            conn.execute("UPDATE meetings SET status = 'closed' WHERE id = ?", (meeting,))
    found = statistics_report(scenario, 2025, MADE_ON).figures
    assert found.figure("V1").value == 4
    assert found.waiting_allocated.total == 4  # 181, 213, 319 and 447 days
    assert found.figure("W1").value == (213 + 319) / 2


def test_unit_counts_are_shown_however_small_and_counts_of_people_are_not(scenario):
    """The lawyer's M5: units and buildings are not personal data, so the register by type, size and district
    and the vacant units are shown as counted; allocations, refusals and tenancies at risk stay «<5»."""
    report = statistics_report(scenario, 2025, MADE_ON)
    found = report.figures
    assert report.figure_text(found.figure("B2")) == "1"  # one wheelchair-accessible unit
    assert report.figure_text(found.figure("B3")) == "16,7 %"
    assert report.figure_text(found.figure("L2")) == "2"  # two vacant units at 31.12
    assert report.figure_text(found.figure("L3")) == "45 dager (1 mnd)"  # the median of two units' vacancy
    stock = {label: [report.text(("stock", r, c), n) for c, n in enumerate(row)]
             for r, (label, row) in enumerate(found.stock.rows)}
    assert stock["gjennomgangsbolig"] == ["1", "0", "0", "0", "0", "1"]
    south = next(r for r, (label, _) in enumerate(found.districts.rows) if label == "Sør")
    shown = [report.text(("districts", south, c), n) for c, n in enumerate(found.districts.rows[south][1])]
    assert shown == ["3", "2", "1", "2", "0"]  # units, ordinary, other, vacant at 31.12, allocated
    assert [report.text(("vacancy_year_end", i), n) for i, n in enumerate(found.vacancy_year_end.counts)] == [
        "0", "2", "0", "0", "0"]  # 30 and 60 days: 1–2 whole months
    # … while the counts of people and decisions are protected as before
    assert report.figure_text(found.figure("V1")) == "<5" and report.figure_text(found.figure("R4")) == "<5"
    north = next(r for r, (label, _) in enumerate(found.districts.rows) if label == "Nord")
    assert report.text(("districts", north, 4), found.districts.rows[north][1][4]) == "<5"  # 2 allocations
    assert report_json(report)["tables"][1]["rows"]["gjennomgangsbolig"][-1] == 1  # the JSON as the PDF


def test_the_stock_heading_says_the_day_the_register_was_read(scenario):
    report = statistics_report(scenario, 2025, MADE_ON)
    assert report.figures.sections[-1][0] == "Boligmassen (slik registeret sto 15.02.2026)"
    text = _pdf_text(render_statistics_report(report))
    assert "i dag" not in text
    assert "(slik registeret sto 15.02.2026)" in text and "Boligene slik registeret sto 15.02.2026" in text


def test_a_lease_renewed_for_less_than_three_years_is_a_short_lease(scenario):
    """V8 counted only allocations; a renewal for one year under § 11-1 is a short lease too."""
    before = statistics_report(scenario, 2025, MADE_ON).figures.figure("V8").value
    with scenario.transaction("test", "short renewal") as conn:
        tenancy = conn.execute("SELECT id FROM tenancies WHERE unit_id = 'U6'").fetchone()
        tenancy = tenancy[0] if tenancy else conn.execute(
            "INSERT INTO tenancies (unit_id, household_type, adults, contract_start) VALUES ('U6', 'single', 1, "
            "'2023-01-01')").lastrowid
        meeting = conn.execute("INSERT INTO meetings (held_on, status) VALUES ('2025-11-03', 'in_progress')").lastrowid
        agenda = conn.execute("INSERT INTO agenda_renewals (meeting_id, tenancy_id, case_no, tenant_name, lease_ends) "
                              "VALUES (?, ?, 'F9', 'Test Leietaker', '2025-12-31')", (meeting, tenancy)).lastrowid
        conn.execute("INSERT INTO renewal_decisions (meeting_id, agenda_renewal_id, tenancy_id, outcome, lease_starts, "
                     "lease_years, lease_ends, previous_lease_ends, short_term_basis, tenant_informed_on, decided_at) "
                     "VALUES (?, ?, ?, 'renewed', '2026-01-01', 1, '2026-12-31', '2025-12-31', "
                     "'Boligen er øremerket for vanskeligstilte.', '2025-10-01', '2025-11-03T10:00:00')",
                     (meeting, agenda, tenancy))
        conn.execute("UPDATE meetings SET status = 'closed' WHERE id = ?", (meeting,))
    found = statistics_report(scenario, 2025, MADE_ON).figures
    assert (before, found.figure("V8").value) == (1, 2)  # C4's two-year lease, and the one-year renewal
    assert found.figure("F2").value == 2
    assert "fornyelser" in found.figure("V8").definition


def test_the_charts_and_the_tables_use_the_same_words_for_a_hidden_cell(scenario):
    """A cell hidden so that a «<5» cannot be worked out says «vises ikke» in the tables, the charts and the
    method text alike (the chart said «–»)."""
    from reportlab.graphics.shapes import Group, String

    from boligmote.services.statistics_pdf import _columns_chart

    report = statistics_report(scenario, 2025, MADE_ON)
    report = dataclasses.replace(report, hidden=report.hidden | {("per_month", 2, 0)})  # March's 7, hidden
    counts = (0, 0, 7, 3, 0, 0, 0, 0, 0, 0, 0, 0)
    chart = _columns_chart(report, [("Tildelt", "#000000", counts, [("per_month", r, 0) for r in range(12)])],
                           tuple(name[:3] for name, _ in report.figures.per_month.rows), 400)

    def texts(node) -> list[str]:
        found_texts = []
        for item in getattr(node, "contents", []):
            if isinstance(item, String):
                found_texts.append(item.text)
            elif isinstance(item, Group):
                found_texts += texts(item)
        return found_texts

    labels = texts(chart)
    assert "vises ikke" in labels and "<5" in labels and "–" not in labels and "7" not in labels
    text = _pdf_text(render_statistics_report(statistics_report(scenario, 2025, MADE_ON)))
    assert "«–»" not in text
    legend = text[text.index("Tallet over hver stolpe"):text.index("Ventetid: tildelte")]
    assert "«vises ikke»" in legend


def test_the_method_says_which_cells_are_hidden_and_why(scenario):
    text = _pdf_text(render_statistics_report(statistics_report(scenario, 2025, MADE_ON)))
    method = text[text.index("Små tall", text.index("Slik er tallene regnet ut")):text.index("Boligmassen",
                                                                                           text.index("Slik er tallene"))]
    for words in ("husstander, personer og vedtak", "«<5»", "«vises ikke»", "regnes ut", "på tvers av tabellene",
                  "Tall om boliger", "ikke personopplysninger"):
        assert words in method, words


def _pdf_text(pdf: bytes) -> str:
    from io import BytesIO

    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(BytesIO(pdf)).pages))


# ---- complementary suppression across the tables ----------------------------------------------------

def _determined(values, hidden, constraints) -> set:
    """The hidden cells a reader can work out exactly from the shown ones by any linear combination of the
    sums (numpy's rank, independent of protect's own reasoning): an implicit remainder is a cell too."""
    unknown = sorted(set(hidden), key=repr)
    rests = []
    rows = []
    for index, (total_key, total, parts, *_) in enumerate(constraints):
        remainder = total - sum(values[p] for p in parts)
        row_rest = ("remainder", index) if remainder else None
        if row_rest is not None:
            rests.append((row_rest, remainder))
        rows.append((total_key, total, parts, row_rest))
    unknown += [r for r, _ in rests]
    column = {k: i for i, k in enumerate(unknown)}
    matrix = np.zeros((len(rows), len(unknown)))
    for i, (total_key, _, parts, row_rest) in enumerate(rows):
        if total_key is not None and total_key in column:
            matrix[i, column[total_key]] -= 1
        for p in parts:
            if p in column:
                matrix[i, column[p]] += 1
        if row_rest is not None:
            matrix[i, column[row_rest]] += 1
    rank = np.linalg.matrix_rank(matrix) if len(rows) and unknown else 0
    found = set()
    small = {k for k in hidden if 1 <= values[k] <= 4} | {r for r, n in rests if 1 <= n <= 4}
    for cell in small:
        probe = np.zeros((1, len(unknown)))
        probe[0, column[cell]] = 1
        if np.linalg.matrix_rank(np.vstack([matrix, probe])) == rank:  # e_cell lies in the rows' span
            found.add(cell)
    return found


def test_a_small_cell_cannot_be_worked_out_through_another_tables_total():
    """Allocations per month and per district both add up to the year's V1. Hiding V1 (named first, as R3
    is) left a small month hidden on its own table — but the districts, all shown, give V1 back, and
    V1 − February gives January: 9 − 7 = 2."""
    from boligmote.domain.statistics_protection import protect

    values = {"V1": 9, "jan": 2, "feb": 7, "Nord": 9, "Sør": 0}
    constraints = [("V1", 9, ["jan", "feb"], "V1"), ("V1", 9, ["Nord", "Sør"])]
    hidden = protect(values, constraints)
    assert {"jan", "V1"} <= hidden
    assert _determined(values, hidden, constraints) == set()
    assert "feb" in hidden  # the month beside it goes too: January and February now share 9


def test_a_cell_hidden_to_protect_another_cannot_be_worked_out_from_a_second_sum():
    """A hidden helper that is the only unknown of another sum is known, and gives the small cell away."""
    from boligmote.domain.statistics_protection import protect

    values = {"T": 20, "a": 3, "b": 6, "c": 11, "S": 15, "d": 9}
    constraints = [("T", 20, ["a", "b", "c"]), ("S", 15, ["b", "d"])]
    hidden = protect(values, constraints)
    assert _determined(values, hidden, constraints) == set()
    assert "a" in hidden and len(hidden) >= 3


@pytest.mark.parametrize("year", [2025, 2026])
def test_no_small_count_in_the_report_can_be_worked_out_from_what_it_shows(scenario, year):
    from boligmote.domain.statistics_protection import cell_values, figure_constraints

    report = statistics_report(scenario, year, MADE_ON)
    values, constraints = cell_values(report.figures), figure_constraints(report.figures)
    assert _determined(values, set(report.hidden) & set(values), constraints) == set()


def test_no_small_count_in_the_demos_report_can_be_worked_out(history_demo_path, reference_date):
    from boligmote.domain.statistics_protection import cell_values, figure_constraints

    with Database.open(history_demo_path, readonly=True) as db:
        report = statistics_report(db, reference_date.year - 1, reference_date)
    values, constraints = cell_values(report.figures), figure_constraints(report.figures)
    assert _determined(values, set(report.hidden) & set(values), constraints) == set()

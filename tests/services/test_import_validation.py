"""Every kind of bad row is refused with its spreadsheet row, its column, its value and a reason in bokmål."""
from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from boligmote.services.importing import Problem, plan_import
from boligmote.store.estate import EstateRepository
from boligmote.store.households import HouseholdRepository

TODAY = date(2026, 11, 23)

BUILDINGS = ["bygning_id", "adresse", "bydel", "eierform", "antall_boliger", "heis", "tilstedeværelse"]
UNITS = ["bolig_id", "bygning_id", "oppgang", "etasje", "soverom", "areal", "husleie", "rullestol", "status",
         "ledig_fra"]
RESIDENTS = ["bolig_id", "husstandstype", "voksne", "barn_alder", "behov", "kontrakt_slutt"]
APPLICANTS = ["saksnummer", "husstandstype", "voksne", "barn_alder", "soverom_behov", "rullestol", "behov",
              "prioritet", "vedtaksdato", "oppfølging", "unngå", "skolekrets"]
INCIDENTS = ["bygning_id", "oppgang", "dato", "hendelsestype"]


def plan(database, tmp_path: Path, kind: str, header: list[str], *rows: list[str]):
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows([header, *rows])
    path = tmp_path / f"{kind}.csv"
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return plan_import(database, kind, path, TODAY)


def problems(result) -> list[tuple[int, str, str]]:
    return [(p.row, p.column, p.value) for p in result.problems]


@pytest.fixture
def estate(demo_db):
    """The demo municipality's facts that the rows below refer to."""
    repo, households = EstateRepository(demo_db), HouseholdRepository(demo_db)
    stairwells = repo.stairwells()
    occupied = households.current_tenancies()[0].unit_id
    vacant = repo.vacant_units()[0].unit.id
    building = stairwells[repo.unit(occupied).stairwell_id].building_id
    label = stairwells[repo.unit(occupied).stairwell_id].label
    return {"building": building, "stairwell": label, "occupied": occupied, "vacant": vacant}


def good_unit(estate, unit_id="NY-1", **changes) -> list[str]:
    row = dict(bolig_id=unit_id, bygning_id=estate["building"], oppgang="A", etasje="2", soverom="1", areal="40,5",
               husleie="9000", rullestol="nei", status="occupied", ledig_fra="")
    row.update(changes)
    return list(row.values())


def good_applicant(case_no="2026/90001", **changes) -> list[str]:
    row = dict(saksnummer=case_no, husstandstype="single", voksne="1", barn_alder="", soverom_behov="1",
               rullestol="nei", behov="", prioritet="prioritert", vedtaksdato="01.06.2026", oppfolging="",
               unnga="", skolekrets="")
    row.update(changes)
    return list(row.values())


# ---- cells ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("column, value, reason", [
    ("bolig_id", "", "må fylles ut"),
    ("etasje", "andre", "må være et heltall"),
    ("etasje", "2,5", "må være et heltall"),
    ("etasje", "61", "kan ikke være større enn 60"),
    ("soverom", "-1", "kan ikke være negativ"),
    ("areal", "0", "må være større enn 0"),
    ("areal", "-12", "må være større enn 0"),
    ("areal", "stor", "må være et tall"),
    ("areal", "nan", "må være et tall"),
    ("husleie", "-5", "kan ikke være negativ"),
    ("rullestol", "kanskje", "må være ja eller nei"),
    ("status", "solgt", "ukjent verdi «solgt»"),
    ("ledig_fra", "31.02.2027", "datoen finnes ikke"),
    ("ledig_fra", "1/2/2027", "ukjent datoformat"),
    ("ledig_fra", "01.02.27", "ukjent datoformat"),
    ("ledig_fra", "01.02.1027", "året 1027 er ikke mulig"),
])
def test_a_bad_cell_is_named_with_row_column_value_and_reason(demo_db, tmp_path, estate, column, value, reason):
    row = good_unit(estate, **{"status": "vacant", column: value})
    result = plan(demo_db, tmp_path, "units", UNITS, good_unit(estate, "NY-0"), row)
    assert not result.ok
    [problem] = result.problems
    assert (problem.row, problem.column, problem.value) == (3, column, value)
    assert reason in problem.reason
    assert str(problem).startswith(f"Rad 3, kolonne «{column}»")


@pytest.mark.parametrize("column, value, reason", [
    ("antall_boliger", "-3", "kan ikke være negativ"),
    ("eierform", "privat", "ukjent verdi «privat»; gyldige: heleid, innskutt"),
    ("tilstedeværelse", "vaktmester, vekter", "ukjent verdi «vekter»"),
])
def test_building_cells(new_db, tmp_path, column, value, reason):
    row = dict(zip(BUILDINGS, ["B1", "Demoveien 1", "Sentrum Demo", "heleid", "10", "ja", ""]))
    row[column] = value
    result = plan(new_db, tmp_path, "buildings", BUILDINGS, list(row.values()))
    assert problems(result) == [(2, column, value)] and reason in result.problems[0].reason


@pytest.mark.parametrize("column, value, reason", [
    ("voksne", "0", "må være minst 1"),
    ("barn_alder", "4, 19", "«19» er ikke en barnealder (0–17 år)"),
    ("barn_alder", "4, -1", "er ikke en barnealder"),
    ("behov", "active_use, hjemløs", "ukjent verdi «hjemløs»"),
    ("husstandstype", "storfamilie", "ukjent verdi"),
    ("prioritet", "haster", "ukjent verdi"),
    ("vedtaksdato", "01.12.2026", "vedtaksdatoen ligger fram i tid"),
    ("oppfølging", "psykolog", "ukjent verdi «psykolog»"),
    ("unngå", "B-FINNES-IKKE", "ingen bygning, gate eller bydel i databasen heter B-FINNES-IKKE"),
])
def test_applicant_cells(demo_db, tmp_path, column, value, reason):
    row = dict(zip(APPLICANTS, good_applicant()))
    row[column] = value
    result = plan(demo_db, tmp_path, "applicants", APPLICANTS, list(row.values()))
    assert problems(result) == [(2, column, value)] and reason in result.problems[0].reason


def test_bokmal_labels_and_loose_spelling_are_accepted_for_vocabularies(demo_db, tmp_path):
    row = dict(zip(APPLICANTS, good_applicant()))
    row.update(prioritet="ikke prioritert", husstandstype="Enslig forsørger", barn_alder="3",
               behov="aktiv rus, Høyt oppfølgingsbehov", oppfølging="booppfølging", rullestol="JA")
    result = plan(demo_db, tmp_path, "applicants", APPLICANTS, list(row.values()))
    assert result.ok, result.problems
    [applicant] = result.changes.records
    assert (applicant.priority.value, applicant.household_type.value) == ("ikke_prioritert", "single_parent")
    assert {n.value for n in applicant.needs} == {"active_use", "high_follow_up"}
    assert applicant.wheelchair_needed and applicant.step_free_needed


# ---- rows against each other and against the database ----------------------------------------------


def test_duplicates_in_the_file_name_the_first_row(demo_db, tmp_path, estate):
    result = plan(demo_db, tmp_path, "units", UNITS, good_unit(estate, "NY-1"), good_unit(estate, "NY-2"),
                  good_unit(estate, "NY-1"))
    assert problems(result) == [(4, "bolig_id", "NY-1")]
    assert result.problems[0].reason == "samme bolig står også på rad 2"


@pytest.mark.parametrize("kind, header, key", [
    ("buildings", BUILDINGS, "bygning_id"), ("residents", RESIDENTS, "bolig_id"),
    ("applicants", APPLICANTS, "saksnummer")])
def test_every_kind_with_a_key_refuses_duplicates(demo_db, tmp_path, estate, kind, header, key):
    row = {"buildings": ["B1", "Demoveien 1", "Sentrum Demo", "heleid", "10", "ja", ""],
           "residents": [estate["occupied"], "single", "1", "", "", ""],
           "applicants": good_applicant()}[kind]
    result = plan(demo_db, tmp_path, kind, header, row, row)
    assert problems(result) == [(3, key, row[0])]


def test_a_unit_in_a_building_that_does_not_exist(demo_db, tmp_path, estate):
    result = plan(demo_db, tmp_path, "units", UNITS, good_unit(estate, bygning_id="B-INGEN"))
    assert problems(result) == [(2, "bygning_id", "B-INGEN")]
    assert "importer bygningene først" in result.problems[0].reason


def test_a_vacancy_date_on_a_unit_that_is_not_vacant(demo_db, tmp_path, estate):
    result = plan(demo_db, tmp_path, "units", UNITS, good_unit(estate, ledig_fra="01.01.2027"))
    assert problems(result) == [(2, "ledig_fra", "01.01.2027")]
    assert "bare en ledig bolig" in result.problems[0].reason


def test_total_units_below_the_municipal_units_already_there(demo_db, tmp_path, estate):
    building = EstateRepository(demo_db).building(estate["building"])
    row = [building.id, building.address, building.district, building.ownership.value, "1", "nei", ""]
    result = plan(demo_db, tmp_path, "buildings", BUILDINGS, row)
    assert problems(result) == [(2, "antall_boliger", "1")]
    assert "kommunale boliger i databasen" in result.problems[0].reason


def test_residents_need_an_existing_occupied_unit(demo_db, tmp_path, estate):
    result = plan(demo_db, tmp_path, "residents", RESIDENTS, ["U-INGEN", "single", "1", "", "", ""],
                  [estate["vacant"], "single", "1", "", "", ""])
    assert problems(result) == [(2, "bolig_id", "U-INGEN"), (3, "bolig_id", estate["vacant"])]
    assert "finnes ikke i databasen" in result.problems[0].reason
    assert "registrert som ledig" in result.problems[1].reason


def test_incidents_need_an_existing_building_and_stairwell_and_a_past_date(demo_db, tmp_path, estate):
    result = plan(demo_db, tmp_path, "incidents", INCIDENTS,
                  [estate["building"], estate["stairwell"], "01.10.2026", "naboklage"],
                  ["B-INGEN", "", "01.10.2026", "uro"],
                  [estate["building"], "Ø", "01.10.2026", "uro"],
                  [estate["building"], "", "24.11.2026", "uro"],
                  [estate["building"], "", "01.10.2026", "bråk"])
    assert problems(result) == [(3, "bygning_id", "B-INGEN"), (4, "oppgang", "Ø"), (5, "dato", "24.11.2026"),
                                (6, "hendelsestype", "bråk")]
    assert "ingen oppgang «Ø»" in result.problems[1].reason
    assert "fram i tid" in result.problems[2].reason


def test_missing_and_doubled_columns_are_named_on_the_header_row(new_db, tmp_path):
    header = ["bygning_id", "adresse", "address", "eierform", "antall_boliger"]
    result = plan(new_db, tmp_path, "buildings", header, ["B1", "Demoveien 1", "Demoveien 1", "heleid", "10"])
    assert problems(result) == [(1, "address", ""), (1, "district", "")]
    assert "samme kolonne som «adresse»" in result.problems[0].reason
    assert "kolonnen mangler (kan også hete bydel)" in result.problems[1].reason


def test_every_error_is_reported_not_only_the_first(demo_db, tmp_path, estate):
    rows = [good_unit(estate, f"NY-{n}") for n in range(1, 8)]
    rows[1][4] = "-1"            # row 3: bedrooms
    rows[3][1] = "B-INGEN"       # row 5: building
    rows[3][6] = "gratis"        # row 5: rent
    rows[6][8] = "revet"         # row 8: status
    result = plan(demo_db, tmp_path, "units", UNITS, *rows)
    assert problems(result) == [(3, "soverom", "-1"), (5, "husleie", "gratis"), (5, "bygning_id", "B-INGEN"),
                                (8, "status", "revet")]
    assert "4 feil i 3 rader" in result.summary_lines()[1]
    assert all(isinstance(p, Problem) for p in result.problems)


def _synthetic_national_ids() -> tuple[str, str]:
    """A fødselsnummer and a D-nummer (first digit + 4) that pass both check digits, for someone
    born 01.01.1854 (individual digits 500–749 with year 54): no living person has them."""
    from stdnum.no import fodselsnummer

    def complete(base: str) -> str | None:
        number = base + fodselsnummer.calc_check_digit1(base)
        number += fodselsnummer.calc_check_digit2(number)
        return number if fodselsnummer.is_valid(number) else None

    for individual in range(600, 750):
        birth, d_number = complete(f"010154{individual}"), complete(f"410154{individual}")
        if birth and d_number:
            return birth, d_number
    raise AssertionError("no synthetic number found")


def test_a_national_id_is_checked_with_its_check_digits(demo_db, tmp_path):
    """python-stdnum checks fødselsnummer and D-nummer: a typo would put a letter in another
    person's name (issue 19 item 5)."""
    columns = APPLICANTS + ["fødselsnummer"]
    good, d_number = _synthetic_national_ids()
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)
    result = plan(demo_db, tmp_path, "applicants", columns,
                  good_applicant("2026/90001") + [good[:6] + " " + good[6:]],
                  good_applicant("2026/90002") + [d_number],
                  good_applicant("2026/90003") + [wrong])
    assert problems(result) == [(4, "fødselsnummer", wrong)]
    assert "kontrollsifre" in result.problems[0].reason
    accepted = {a.case_no: a.national_id for a in result.changes.records}
    assert accepted == {"2026/90001": good, "2026/90002": d_number}

"""Importing the five kinds of file: every encoding and delimiter, XLSX, aliases, updates, all or nothing."""
from __future__ import annotations

import csv
import io
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from boligmote.domain import BuildingType, HouseholdType, IncidentType, NeedCategory, Presence, Priority, UnitStatus
from boligmote.paths import resource
from boligmote.services.importing import KINDS, ImportFileError, commit_import, plan_import
from boligmote.store.estate import EstateRepository
from boligmote.store.households import HouseholdRepository

TODAY = date(2026, 11, 23)
# The shipped samples, in the order an empty database needs them.
SAMPLES = {"buildings": "bygninger.csv", "units": "boliger.csv", "residents": "beboere.csv",
           "applicants": "sokere.csv", "incidents": "hendelser.csv"}
PREREQUISITES = {"buildings": [], "units": ["buildings"], "residents": ["buildings", "units"],
                 "applicants": ["buildings"], "incidents": ["buildings", "units"]}
SAMPLE_ROWS = {"buildings": 5, "units": 17, "residents": 13, "applicants": 6, "incidents": 6}


def sample_rows(kind: str) -> list[list[str]]:
    with open(resource("samples", SAMPLES[kind]), encoding="utf-8-sig", newline="") as f:
        return list(csv.reader(f, delimiter=";"))


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", delimiter: str = ";") -> Path:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def _typed(text: str):
    """What Excel would store: numbers as numbers, dates as dates, the rest as text."""
    for pattern in ("%d.%m.%Y",):
        try:
            return datetime.strptime(text, pattern)
        except ValueError:
            pass
    try:
        number = float(text.replace(",", "."))
        return int(number) if number.is_integer() and "," not in text else number
    except ValueError:
        return text or None


def write_xlsx(path: Path, rows: list[list[str]]) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(rows[0])
    for row in rows[1:]:
        sheet.append([_typed(cell) for cell in row])
    workbook.save(path)
    return path


def import_samples(database, kinds) -> None:
    for kind in kinds:
        plan = plan_import(database, kind, resource("samples", SAMPLES[kind]), TODAY)
        assert plan.ok, plan.problems
        commit_import(database, plan)


def content(database) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order: «unchanged» means this is equal, not the file bytes."""
    tables = [r[0] for r in database.query("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    return {t: sorted(database.query(f"SELECT * FROM {t}"), key=repr) for t in tables}


# ---- the samples and the formats ------------------------------------------------------------


def test_the_samples_build_a_database_from_nothing(new_db):
    import_samples(new_db, SAMPLES)
    estate, households = EstateRepository(new_db), HouseholdRepository(new_db)
    b01 = estate.building("EKS-B01")
    assert (b01.address, b01.district, b01.has_lift) == ("Blåbærveien 12", "Sentrum Demo", True)
    assert b01.presence == {Presence.CARETAKER, Presence.NEIGHBOURHOOD_OFFICE}
    assert estate.building("EKS-B04").building_type is BuildingType.TENEMENT
    labels = sorted((s.building_id, s.label) for s in estate.stairwells().values())
    assert ("EKS-B01", "A") in labels and ("EKS-B02", "D") in labels and len(labels) == 7
    unit = estate.unit("EKS-B01-A02")
    assert (unit.bedrooms, unit.rooms, unit.area_m2, unit.rent) == (2, 3, 61.0, 11_250)
    vacant = estate.unit("EKS-B01-A03")
    assert (vacant.status, vacant.vacant_from) == (UnitStatus.VACANT, date(2026, 12, 1))
    assert estate.unit("EKS-B01-B03").status is UnitStatus.REFURBISHMENT
    # step-free: wheelchair accessible, or a lift in the building; not in a building without one
    assert estate.unit("EKS-B01-A04").step_free and not estate.unit("EKS-B04-H0101").step_free
    tenancy = households.tenancy_in("EKS-B01-A04")
    assert (tenancy.household_type, tenancy.children_ages) == (HouseholdType.FAMILY, (14, 11, 6))
    assert households.tenancy_in("EKS-B04-H0101").needs == {NeedCategory.ACTIVE_USE, NeedCategory.DISTURBANCE}
    applicant = households.applicant("2026/00102")
    assert applicant.name == "Ola Eksempelsen" and applicant.avoid_places == {"EKS-B04"}
    assert households.applicant("2025/00417").step_free_needed  # a wheelchair user needs step-free access
    assert households.applicant("2026/00133").priority is Priority.NOT_PRIORITIZED
    assert new_db.scalar("SELECT count(*) FROM incidents WHERE incident_type = ?", (IncidentType.NEIGHBOUR_COMPLAINT,)) == 2


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
@pytest.mark.parametrize("delimiter", [";", ","])
@pytest.mark.parametrize("kind", list(SAMPLES))
def test_each_kind_in_each_encoding_and_delimiter(new_db, tmp_path, kind, encoding, delimiter):
    import_samples(new_db, PREREQUISITES[kind])
    rows = sample_rows(kind)
    path = write_csv(tmp_path / f"{kind}.csv", rows, encoding, delimiter)
    plan = plan_import(new_db, kind, path, TODAY)
    assert plan.ok, plan.problems
    plain_ascii = all(cell.isascii() for row in rows for cell in row)  # then every encoding reads as UTF-8
    expected = {"utf-8": "UTF-8,", "utf-8-sig": "UTF-8 med BOM", "cp1252": "UTF-8," if plain_ascii else "Windows-1252"}
    assert expected[encoding] in plan.table.format
    assert (plan.rows, plan.changes.created) == (SAMPLE_ROWS[kind], SAMPLE_ROWS[kind])
    assert list(plan.table.headers.values()) == rows[0]  # æøå in the headers survived: all columns known
    commit_import(new_db, plan)
    reference = tmp_path / "reference.sqlite"
    from boligmote.store import Database

    with Database.open(reference, create=True) as expected:
        import_samples(expected, [*PREREQUISITES[kind], kind])
        table = {"buildings": "buildings", "units": "units", "residents": "tenancies", "applicants": "applicants",
                 "incidents": "incidents"}[kind]
        assert content(new_db)[table] == content(expected)[table]


@pytest.mark.parametrize("kind", list(SAMPLES))
def test_each_kind_from_xlsx_with_typed_cells(new_db, tmp_path, kind):
    import_samples(new_db, PREREQUISITES[kind])
    path = write_xlsx(tmp_path / f"{kind}.xlsx", sample_rows(kind))
    plan = plan_import(new_db, kind, path, TODAY)
    assert plan.ok, plan.problems
    assert plan.changes.created == SAMPLE_ROWS[kind] and plan.table.format == "Excel (xlsx)"


def test_xlsx_dates_and_numbers_arrive_as_in_the_csv(new_db, tmp_path):
    import_samples(new_db, ["buildings"])
    plan = plan_import(new_db, "units", write_xlsx(tmp_path / "u.xlsx", sample_rows("units")), TODAY)
    commit_import(new_db, plan)
    unit = EstateRepository(new_db).unit("EKS-B01-A01")
    assert (unit.area_m2, unit.rent) == (42.5, 8_900)
    assert EstateRepository(new_db).unit("EKS-B02-C11").vacant_from == date(2027, 1, 15)


def test_canonical_english_headers_and_bokmal_aliases_mean_the_same(new_db, tmp_path):
    import_samples(new_db, ["buildings"])
    rows = sample_rows("units")
    english = [["unit_id", "building_id", "stairwell", "floor", "bedrooms", "area_m2", "rent", "wheelchair_access",
                "status", "vacant_from"], *rows[1:]]
    shouted = [["Bolig-ID", "BYGNING ID", "Oppgang", "Etasjenummer", "Antall soverom", "Bruksareal", "Leiekostnad",
                "erTilgjengeligForRullestolbruker", "Status", "Ledig fra"], *rows[1:]]
    plans = [plan_import(new_db, "units", write_csv(tmp_path / f"{n}.csv", r), TODAY)
             for n, r in (("en", english), ("nb", rows), ("kobo", shouted))]
    assert all(p.ok for p in plans), [p.problems for p in plans]
    assert plans[0].changes.records.units == plans[1].changes.records.units == plans[2].changes.records.units


def test_unknown_columns_are_ignored_and_named(new_db, tmp_path):
    rows = sample_rows("buildings")
    rows = [[*row, extra] for row, extra in zip(rows, ["merknad", *["noe"] * (len(rows) - 1)])]
    plan = plan_import(new_db, "buildings", write_csv(tmp_path / "b.csv", rows), TODAY)
    assert plan.ok
    assert plan.table.ignored_headers == ["merknad"]
    assert any("merknad" in line for line in plan.summary_lines())


def test_blank_rows_are_skipped_but_rows_keep_their_spreadsheet_numbers(new_db, tmp_path):
    rows = sample_rows("buildings")
    rows.insert(2, [""] * len(rows[0]))
    rows[4][4] = "mange"  # total_units of EKS-B03, now on spreadsheet row 5
    plan = plan_import(new_db, "buildings", write_csv(tmp_path / "b.csv", rows), TODAY)
    assert [(p.row, p.column, p.value) for p in plan.problems] == [(5, "antall_boliger", "mange")]


@pytest.mark.parametrize("name, data, message", [
    ("gammel.xls", b"\xd0\xcf\x11\xe0", "gammel Excel-fil"),
    ("notat.pdf", b"%PDF-1.4", "ukjent filtype"),
    ("tom.csv", b"", "er tom"),
    ("skadet.xlsx", b"PK\x03\x04 ikke en zip", "kan ikke leses som Excel-fil"),
    ("skjev.csv", b"bygning_id;adresse\nB1;Demoveien 1;ekstra;felt\n", "linje 2 har 4 felt"),
])
def test_a_file_that_is_not_a_table_is_refused_with_a_message(new_db, tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ImportFileError, match=message):
        plan_import(new_db, "buildings", path, TODAY)


def test_a_missing_file_is_refused_with_a_message(new_db, tmp_path):
    with pytest.raises(ImportFileError, match="Finner ikke filen"):
        plan_import(new_db, "buildings", tmp_path / "borte.csv", TODAY)


# ---- re-import, updates, all or nothing -------------------------------------------------------


@pytest.mark.parametrize("kind", list(SAMPLES))
def test_importing_the_same_file_again_changes_nothing(new_db, kind):
    import_samples(new_db, [*PREREQUISITES[kind], kind])
    before = content(new_db)
    again = plan_import(new_db, kind, resource("samples", SAMPLES[kind]), TODAY)
    assert (again.changes.created, again.changes.updated, again.changes.unchanged) == (0, 0, SAMPLE_ROWS[kind])
    commit_import(new_db, again)
    assert content(new_db) == before  # not even an audit entry: nothing changed


def test_a_changed_row_updates_the_record_and_keeps_what_the_file_does_not_carry(demo_db, tmp_path):
    from dataclasses import replace

    estate = EstateRepository(demo_db)
    stored = next(b for b in estate.buildings().values() if b.security)
    rows = [["bygning_id", "adresse", "bydel", "eierform", "antall_boliger"],
            [stored.id, stored.address + " B", stored.district, stored.ownership.value, str(stored.total_units + 1)]]
    count = len(estate.buildings())
    plan = plan_import(demo_db, "buildings", write_csv(tmp_path / "b.csv", rows), TODAY)
    assert (plan.changes.created, plan.changes.updated) == (0, 1)
    commit_import(demo_db, plan)
    assert estate.building(stored.id) == replace(stored, address=stored.address + " B", total_units=stored.total_units + 1)
    assert len(estate.buildings()) == count


def test_a_resident_row_replaces_the_units_current_tenancy_in_place(demo_db, tmp_path):
    households = HouseholdRepository(demo_db)
    before = next(t for t in households.current_tenancies() if t.contract_start and not t.children_ages)
    count = len(households.current_tenancies())
    rows = [["bolig_id", "husstandstype", "voksne", "barn_alder", "behov"],
            [before.unit_id, "single_parent", "1", "3", "former_use"]]
    plan = plan_import(demo_db, "residents", write_csv(tmp_path / "r.csv", rows), TODAY)
    assert (plan.changes.created, plan.changes.updated) == (0, 1)
    commit_import(demo_db, plan)
    after = households.tenancy_in(before.unit_id)
    assert (after.id, after.household_type, after.children_ages, after.needs) == (
        before.id, HouseholdType.SINGLE_PARENT, (3,), {NeedCategory.FORMER_USE})
    assert (after.contract_start, after.follow_up) == (before.contract_start, before.follow_up)
    assert len(households.current_tenancies()) == count


def test_a_unit_imported_as_vacant_ends_its_tenancy(demo_db, tmp_path):
    estate, households = EstateRepository(demo_db), HouseholdRepository(demo_db)
    tenancy = households.current_tenancies()[0]
    unit = estate.unit(tenancy.unit_id)
    stairwell = estate.stairwells()[unit.stairwell_id]
    rows = [["bolig_id", "bygning_id", "oppgang", "etasje", "soverom", "areal", "husleie", "status", "ledig_fra"],
            [unit.id, stairwell.building_id, stairwell.label, str(unit.floor), str(unit.bedrooms), str(unit.area_m2),
             str(unit.rent), "ledig", "01.01.2027"]]
    plan = plan_import(demo_db, "units", write_csv(tmp_path / "u.csv", rows), TODAY)
    assert any("leieforholdet deres avsluttes 23.11.2026" in note for note in plan.changes.notes)
    commit_import(demo_db, plan)
    assert households.tenancy_in(unit.id) is None
    assert demo_db.scalar("SELECT ended_on FROM tenancies WHERE id = ?", (tenancy.id,)) == "2026-11-23"
    assert estate.unit(unit.id).status is UnitStatus.VACANT


def test_incidents_alike_are_counted_not_collapsed(new_db, tmp_path):
    import_samples(new_db, ["buildings", "units"])
    rows = sample_rows("incidents")
    plan = plan_import(new_db, "incidents", write_csv(tmp_path / "h.csv", rows), TODAY)
    commit_import(new_db, plan)
    # the same file with one more complaint on the same day: only that one is added
    plan = plan_import(new_db, "incidents", write_csv(tmp_path / "h2.csv", [*rows, rows[1]]), TODAY)
    assert (plan.changes.created, plan.changes.unchanged) == (1, 6)


def test_a_bad_last_row_leaves_the_database_content_unchanged(demo_db, tmp_path):
    households = HouseholdRepository(demo_db)
    rows = [["saksnummer", "husstandstype", "voksne", "prioritet", "vedtaksdato"]]
    rows += [[f"2026/9{n:04d}", "single", "1", "prioritert", "01.06.2026"] for n in range(200)]
    rows.append(["2026/99999", "single", "1", "prioritert", "31.02.2026"])
    before, applicants = content(demo_db), len(households.applicants())
    plan = plan_import(demo_db, "applicants", write_csv(tmp_path / "s.csv", rows), TODAY)
    assert not plan.ok and [p.row for p in plan.problems] == [202]
    with pytest.raises(ValueError):
        commit_import(demo_db, plan)
    assert content(demo_db) == before
    assert len(households.applicants()) == applicants


def test_a_failure_while_writing_rolls_back_everything(demo_db, tmp_path, monkeypatch):
    """One transaction: if the database refuses anything half-way, nothing before it stays either."""
    from boligmote.store import StoreError

    estate = EstateRepository(demo_db)
    building = next(iter(estate.buildings().values()))
    rows = [["bolig_id", "bygning_id", "oppgang", "etasje", "soverom", "areal", "husleie", "status"]]
    rows += [[f"NY-{n}", building.id, "Ny", "1", "1", "40", "9000", "occupied"] for n in range(50)]
    plan = plan_import(demo_db, "units", write_csv(tmp_path / "u.csv", rows), TODAY)
    assert plan.ok
    before = content(demo_db)
    original = EstateRepository.save_units

    def save_then_fail(self, units):
        original(self, units)  # the stairwell and all 50 units are written …
        demo_db.conn.execute("INSERT INTO units (id) VALUES ('uten verdier')")  # … then the database says no

    monkeypatch.setattr(EstateRepository, "save_units", save_then_fail)
    with pytest.raises(StoreError):
        commit_import(demo_db, plan)
    assert content(demo_db) == before


def test_an_import_is_one_audit_entry_with_counts_and_no_personal_data(new_db):
    import_samples(new_db, ["buildings", "units", "residents"])
    action, entity, entity_id, detail = new_db.query(
        "SELECT action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    assert (action, entity, entity_id) == ("import", "residents", "beboere.csv")
    assert '"created": 13' in detail and "EKS-B01" not in detail


def test_every_kind_is_documented_in_the_readme():
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Import og eksport", 1)[1]
    for kind in KINDS.values():
        assert f"`{kind.name}`" in section
        for column in kind.columns:
            assert f"`{column.name}`" in section, (kind.name, column.name)


def test_import_and_export_modules_load_without_pandas():
    """pandas and openpyxl are imported only when a file is read or written, never when a module loads.

    (sqlite-utils itself imports pandas when it is installed, so «not in sys.modules» cannot be the test:
    instead the modules must load with pandas and openpyxl made unimportable.)"""
    code = ("import sys; sys.modules['pandas'] = sys.modules['openpyxl'] = None; "
            "import boligmote.services.importing, boligmote.services.table_export, boligmote.cli; print('ok')")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr

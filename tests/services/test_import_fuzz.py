"""Fuzzing the importer (issue 7, item 7): whatever the file holds, the importer either
imports it or refuses it the way it refuses bad input — never with another exception —
and a refused import leaves the database's content exactly as it was.

The acceptable outcomes, per attempt:
- `plan_import` raises `ImportFileError` (the file as a whole cannot be read), or
- the plan has problems (rows refused with row, column, value and reason), or
- the plan is ok and `commit_import` writes it. A database error at commit would mean the
  checks let through something the schema refuses: that is a failure here too.

Files are random bytes, and CSVs built from the real column names and aliases (in any
case, with junk headers, duplicates and missing ones) with cells drawn from valid values,
near misses (bad dates, huge numbers, unknown ids, æøå) and arbitrary text, written with
any of the delimiters and encodings the importer detects.
"""
from __future__ import annotations

import csv
import hashlib
import io
import itertools
import os
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boligmote.domain import FollowUpService, HouseholdType, NeedCategory, Priority
from boligmote.domain.enums import BuildingType, IncidentType, Ownership, Presence, UnitStatus
from boligmote.services.importing import KINDS, ImportFileError, commit_import, plan_import
from boligmote.store import Database

from ..conftest import REFERENCE_DATE

# A fixed, modest set of examples in the suite (fast and the same on every run);
# BOLIGMOTE_FUZZ_EXAMPLES=500 explores new random ones each run, for a longer session.
_EXPLORE = int(os.environ.get("BOLIGMOTE_FUZZ_EXAMPLES", "0"))
FUZZ = settings(max_examples=_EXPLORE or 40, deadline=None, derandomize=not _EXPLORE,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def fuzz_db(_small_demo_template, tmp_path_factory):
    """One demo copy for a whole kind: successful imports change it, which is fine: each
    attempt compares the content just before and just after itself."""
    path = tmp_path_factory.mktemp("fuzz") / "demo.sqlite"
    shutil.copy(_small_demo_template, path)
    database = Database.open(path)
    yield database
    database.close()


@pytest.fixture(scope="module")
def demo_ids(fuzz_db):
    q = fuzz_db.query
    return {
        "buildings": [r[0] for r in q("SELECT id FROM buildings ORDER BY id LIMIT 6")],
        "units": [r[0] for r in q("SELECT id FROM units ORDER BY id LIMIT 6")],
        "vacant": [r[0] for r in q("SELECT id FROM units WHERE status = 'vacant' ORDER BY id LIMIT 4")],
        "stairwells": [r[0] for r in q("SELECT DISTINCT label FROM stairwells ORDER BY label LIMIT 4")],
        "cases": [r[0] for r in q("SELECT case_no FROM applicants ORDER BY case_no LIMIT 4")],
    }


def content_digest(database: Database) -> str:
    """Every row of every table (the audit log included), as one hash."""
    digest = hashlib.sha256()
    tables = [r[0] for r in database.query(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    for table in tables:
        digest.update(table.encode())
        for row in database.query(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr(row).encode())
    return digest.hexdigest()


def attempt(database: Database, kind: str, path) -> str:
    """Import the file as the window and the command line do; return which outcome it had."""
    before = content_digest(database)
    try:
        plan = plan_import(database, kind, path, REFERENCE_DATE)
    except ImportFileError as error:
        assert str(error)
        assert content_digest(database) == before
        return "unreadable"
    if not plan.ok:
        assert all(p.reason for p in plan.problems)
        assert plan.summary_lines()
        assert content_digest(database) == before
        return "refused"
    commit_import(database, plan)  # the checks passed it, so the database must take it
    return "imported"


# ---- cell values ---------------------------------------------------------------------------------

def _vocabulary(*enums) -> list[str]:
    words = []
    for enum in enums:
        for member in enum:
            words.append(member.value)
            label = getattr(member, "label", None)
            if isinstance(label, str):
                words.append(label)
    return words


JUNK = ["", " ", "æøå", "ÆØÅ", "Blåbærveien 12", "n/a", "-", "?", "0", "-1", "-0", "1e308", "-1e308", "nan",
        "inf", "99999999999999999999999", "3,5", "1 234,5", "1.234,5", "2,5,6", "31.02.2026", "29.02.2025",
        "2026-13-01", "00.00.0000", "01.01.1899", "01.01.2101", "9999-12-31", "12/05/2020", "45231",
        "=SUM(A1)", "'", '"', ";", ",", "\t", "a\nb", "ja,nei", "\u00a0", "\u202f1", "💥"]
DATES = ["01.01.2020", "15.06.2024", "2025-03-31", "23.11.2026", "24.11.2026", "2027-01-01", "2026-02-29"]
NUMBERS = ["0", "1", "2", "3", "4", "12", "20", "21", "60", "61", "-2", "-3", "48,5", "48.5", "7 500", "11 250,00"]
BOOLEANS = ["ja", "nei", "Ja", "yes", "no", "true", "false", "1", "0", "x"]


def _valid_cells(ids: dict) -> dict[str, list[str]]:
    households = _vocabulary(HouseholdType)
    return {
        "building_id": ids["buildings"] + ["NY-1", "NY-2"],
        "address": ["Storgata 1", "Åsveien 7 B", "Økern torg 3"],
        "district": ["Alna", "Grünerløkka", "Søndre Nordstrand"],
        "ownership": _vocabulary(Ownership),
        "total_units": NUMBERS,
        "lift": BOOLEANS,
        "presence": _vocabulary(Presence) + ["naermiljokontor, vaktmester"],
        "building_type": _vocabulary(BuildingType),
        "unit_id": ids["units"] + ids["vacant"] + ["NY-1-A-101"],
        "stairwell": ids["stairwells"] + ["A", "B", "Z"],
        "floor": NUMBERS,
        "bedrooms": NUMBERS,
        "area_m2": NUMBERS,
        "rent": NUMBERS,
        "wheelchair_access": BOOLEANS,
        "status": _vocabulary(UnitStatus),
        "vacant_from": DATES,
        "household_type": households,
        "adults": NUMBERS,
        "children_ages": ["", "4", "9, 4", "17,0", "18", "3,3,3"],
        "needs": _vocabulary(NeedCategory) + ["active_use, elderly", "aktiv rus"],
        "contract_end": DATES,
        "follow_up": _vocabulary(FollowUpService) + ["booppfolging, nav"],
        "case_no": ids["cases"] + ["2026/90001", "2026/90002", "Å-1"],
        "bedrooms_needed": NUMBERS,
        "priority": _vocabulary(Priority) + ["ikke prioritert"],
        "decision_date": DATES,
        "avoid": ids["buildings"][:2] + ["FINNES-IKKE", ", ".join(ids["buildings"][:2])],
        "school_district": ["Haugen", "Bjørndal"],
        "name": ["Kari Nordmann", "Åse Ødegård", ""],
        "date": DATES,
        "type": _vocabulary(IncidentType),
    }


def cell_for(name: str, valid: dict[str, list[str]]):
    return st.one_of(
        st.sampled_from(valid.get(name) or [""]),
        st.sampled_from(valid.get(name) or [""]),  # valid values twice as often: some rows get through
        st.sampled_from(JUNK),
        st.text(max_size=12),
    )


# ---- headers -------------------------------------------------------------------------------------

def _spellings(column) -> list[str]:
    names = [column.name, *column.aliases]
    return names + [n.upper() for n in names] + [n.replace("_", " ").title() for n in names]


JUNK_HEADERS = ["kommentar", "Merknad", "æøå", "", "ID", "x" * 40, "Unnamed: 0"]


@st.composite
def csv_tables(draw, kind_name: str, valid: dict[str, list[str]]):
    """(header, canonical column per header or None for junk, rows of cell texts)."""
    kind = KINDS[kind_name]
    columns = list(kind.columns)
    chosen = draw(st.lists(st.sampled_from(columns), max_size=len(columns) + 2))
    # Most tables carry every required column, so the row checks run, not only the header check.
    if draw(st.booleans()) or draw(st.booleans()):
        chosen = [c for c in columns if c.required] + chosen
    headers, canon = [], []
    for column in chosen:
        headers.append(draw(st.sampled_from(_spellings(column))))
        canon.append(column.name)
    for _ in range(draw(st.integers(0, 2))):
        position = draw(st.integers(0, len(headers)))
        headers.insert(position, draw(st.one_of(st.sampled_from(JUNK_HEADERS), st.text(max_size=10))))
        canon.insert(position, None)
    row_count = draw(st.integers(0, 6))
    rows = [[draw(cell_for(name, valid) if name else st.text(max_size=8)) for name in canon]
            for _ in range(row_count)]
    # Ragged rows too: a line with a cell missing or one too many.
    if rows and draw(st.integers(0, 9)) == 0:
        rows[-1] = rows[-1][:-1] if draw(st.booleans()) else rows[-1] + ["ekstra"]
    return headers, rows


def write_csv(path, headers, rows, delimiter: str, encoding: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n").writerows([headers, *rows])
    text = buffer.getvalue()
    if encoding == "cp1252":
        data = text.encode("cp1252", errors="replace")  # what Excel does with a character it lacks
    else:
        data = text.encode(encoding)
    path.write_bytes(data)


_counter = itertools.count()


def _file(tmp_path_factory, suffix: str):
    return tmp_path_factory.getbasetemp() / f"fuzz-{next(_counter)}{suffix}"


# ---- the fuzz tests ----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", list(KINDS))
def test_random_csv_is_imported_or_refused_never_a_crash(kind, fuzz_db, demo_ids, tmp_path_factory):
    valid = _valid_cells(demo_ids)
    outcomes = []

    @FUZZ
    @given(table=csv_tables(kind, valid), delimiter=st.sampled_from([";", ",", "\t"]),
           encoding=st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
    def run(table, delimiter, encoding):
        path = _file(tmp_path_factory, ".csv")
        write_csv(path, *table, delimiter, encoding)
        outcomes.append(attempt(fuzz_db, kind, path))

    run()
    print(kind, {outcome: outcomes.count(outcome) for outcome in sorted(set(outcomes))})
    # The fuzzing reached the row checks, not only the header check.
    assert "refused" in outcomes


@given(data=st.binary(max_size=600), suffix=st.sampled_from([".csv", ".txt", ".xlsx"]),
       kind=st.sampled_from(list(KINDS)))
@FUZZ
def test_random_bytes_are_refused_or_read_never_a_crash(data, suffix, kind, fuzz_db, tmp_path_factory):
    path = _file(tmp_path_factory, suffix)
    path.write_bytes(data)
    attempt(fuzz_db, kind, path)


@given(lines=st.lists(st.text(alphabet=st.sampled_from(list("abæøå;,\t\"'\r\n 0123456789.-")), max_size=30),
                      max_size=8),
       kind=st.sampled_from(list(KINDS)))
@FUZZ
def test_random_text_lines_are_refused_or_read_never_a_crash(lines, kind, fuzz_db, tmp_path_factory):
    """Quotes that never close, stray carriage returns, lines of any width."""
    path = _file(tmp_path_factory, ".csv")
    path.write_text("\n".join(lines), encoding="utf-8")
    attempt(fuzz_db, kind, path)


@given(data=st.binary(min_size=4, max_size=400))
@FUZZ
def test_a_damaged_xlsx_is_refused_never_a_crash(data, fuzz_db, tmp_path_factory):
    """A file that starts like a zip (as .xlsx does) but is not one, or is the wrong zip."""
    import zipfile

    path = _file(tmp_path_factory, ".xlsx")
    if data[0] % 2:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("xl/workbook.xml", data)
    else:
        path.write_bytes(b"PK\x03\x04" + data)
    attempt(fuzz_db, "units", path)


def test_the_fuzzing_also_imports_some_files(fuzz_db, demo_ids, tmp_path_factory):
    """Guard for the strategies: a table of valid values does get through, so the fuzz tests
    above exercise commit too and not only refusal."""
    path = _file(tmp_path_factory, ".csv")
    write_csv(path, ["case_no", "household_type", "adults", "priority", "decision_date"],
              [["2026/99999", "single", "1", "prioritert", "01.01.2026"]], ";", "utf-8")
    assert attempt(fuzz_db, "applicants", path) == "imported"

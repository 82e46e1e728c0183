"""Case packages as an attacker sees them: edited, forged, replayed or hostile packages.

Each test reproduces a hole found by trying (issue 14, section 2 and the package bullets of
section 3) and checks that it is closed: the package is refused with a message in bokmål,
and the meeting file is left exactly as it was.
"""
from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from boligmote.services import case_packages as cp
from boligmote.services.case_packages import (
    Choice,
    PackageError,
    export_package,
    import_package,
    make_preparation_copy,
    read_package,
)
from boligmote.services.case_packages.copies import copy_identity
from boligmote.services.meetings import Meetings
from boligmote.store import Database
from boligmote.store.households import HouseholdRepository
from boligmote.store.meetings import AgendaRepository
from boligmote.store.package_exports import PackageExportRepository

from .test_case_packages import change_notes, content, free_case_and_unit, planned_meeting, take_copy


@pytest.fixture
def meeting_file(demo_db):
    return demo_db


@pytest.fixture
def laptop(meeting_file, tmp_path):
    database = take_copy(meeting_file, tmp_path / "laptop.sqlite")
    yield database
    database.close()


def members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def forge(path: Path, out: Path, edit_records=None, edit_manifest=None, records_bytes: bytes | None = None) -> Path:
    """What an attacker with only the zip can do: change the content and recompute every checksum in it."""
    parts = members(path)
    manifest = json.loads(parts["manifest.json"])
    if records_bytes is None:
        records = json.loads(parts["records.json"])
        if edit_records:
            edit_records(records)
        records_bytes = json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")
    parts["records.json"] = records_bytes
    if "records_sha256" in manifest:
        manifest["records_sha256"] = hashlib.sha256(records_bytes).hexdigest()
    if edit_manifest:
        edit_manifest(manifest)
    parts["manifest.json"] = json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8")
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out


def applicant_record(records: dict, case_no: str) -> dict:
    return next(r for r in records["applicants"] if r["key"] == case_no)


def fresh_package(laptop, tmp_path, name="saker.bmpak") -> Path:
    return export_package(laptop, planned_meeting(laptop).id, tmp_path / name).path


# ---- section 2: packages are authentic ------------------------------------------------------------

def _number_of_someone_born_in_1854() -> str:
    from stdnum.no import fodselsnummer

    for individual in range(600, 750):
        base = f"010154{individual}"
        number = base + fodselsnummer.calc_check_digit1(base)
        number += fodselsnummer.calc_check_digit2(number)
        if fodselsnummer.is_valid(number):
            return number
    raise AssertionError("no number")


def test_an_edited_package_with_a_recomputed_checksum_is_refused(meeting_file, laptop, tmp_path):
    good = fresh_package(laptop, tmp_path)
    case_no = read_package(good).applicants[0].key
    stored = HouseholdRepository(meeting_file).applicant(case_no)

    def edit(records):
        data = applicant_record(records, case_no)["data"]
        data["needs"] = ["active_use"]
        data["national_id"] = _number_of_someone_born_in_1854()  # valid, so only the checksum can refuse it
    forged = forge(good, tmp_path / "endret.bmpak", edit)
    before = content(meeting_file)
    with pytest.raises(PackageError, match="endret etter at den ble laget"):
        import_package(meeting_file, forged, Choice.TAKE_THEIRS)
    assert content(meeting_file) == before
    after = HouseholdRepository(meeting_file).applicant(case_no)
    assert (after.needs, after.national_id) == (stored.needs, stored.national_id)



def test_a_forged_base_cannot_make_an_edit_look_changed_only_in_the_package(meeting_file, laptop, tmp_path):
    """The attacker tags a fingerprint of the meeting file's record with an earlier package's id."""
    first = fresh_package(laptop, tmp_path, "runde1.bmpak")
    import_package(meeting_file, first, Choice.TAKE_THEIRS)
    second = fresh_package(laptop, tmp_path, "runde2.bmpak")
    case_no = read_package(second).applicants[0].key
    mine = cp.applicant_data(HouseholdRepository(meeting_file).applicant(case_no))

    def edit(records):
        record = applicant_record(records, case_no)
        record["data"].update(name="Falsk Navn", needs=["active_use"], national_id=_number_of_someone_born_in_1854())
        record["bases"] = [{"fingerprint": cp.fingerprint(mine), "sync": read_package(first).package_id}]
    forged = forge(second, tmp_path / "falsk.bmpak", edit, lambda m: m.update(created_by="Revisor Falsk"))
    before = content(meeting_file)
    with pytest.raises(PackageError):
        import_package(meeting_file, forged, Choice.KEEP_MINE)
    assert content(meeting_file) == before
    assert HouseholdRepository(meeting_file).applicant(case_no).name == mine["name"]
    assert not meeting_file.query("SELECT 1 FROM audit_log WHERE detail LIKE '%Revisor Falsk%'")



def test_a_package_the_meeting_file_never_handed_out_is_refused(meeting_file, tmp_path):
    """A copy of the meeting file taken behind its back (here: a backup, which then made a
    preparation copy of its own) cannot feed it: the meeting file never made that key."""
    with Database.open(meeting_file.backup_to(tmp_path / "sikkerhetskopi.sqlite"), daily_backup=False) as backup, \
            take_copy(backup, tmp_path / "bakdør.sqlite") as stranger:
        package = fresh_package(stranger, tmp_path, "ukjent.bmpak")
    before = content(meeting_file)
    with pytest.raises(PackageError, match="ukjent"):
        import_package(meeting_file, package, Choice.TAKE_THEIRS)
    assert content(meeting_file) == before



def test_a_package_is_imported_once_only(meeting_file, laptop, tmp_path):
    meeting = planned_meeting(laptop)
    case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
    change_notes(laptop, meeting.id, case_no, "Fra laptopen")
    package = fresh_package(laptop, tmp_path)
    import_package(meeting_file, package, Choice.TAKE_THEIRS)
    change_notes(meeting_file, meeting.id, case_no, "Rettet i møtet")
    before = content(meeting_file)
    with pytest.raises(PackageError, match="allerede importert"):
        import_package(meeting_file, package, Choice.TAKE_THEIRS)
    assert content(meeting_file) == before



def test_the_meeting_file_records_what_it_handed_out_and_the_copy_holds_only_its_own_key(meeting_file, tmp_path):
    first = make_preparation_copy(meeting_file, tmp_path / "kari.sqlite")
    second = make_preparation_copy(meeting_file, tmp_path / "ola.sqlite")
    exports = PackageExportRepository(meeting_file)
    for made in (first, second):
        export = exports.get(made.export_id)
        assert len(export.key) == 32 and export.copy_name == made.path.name
        prints = exports.fingerprints(made.export_id)
        assert len(prints) == made.applicants + made.cases == len(HouseholdRepository(meeting_file).applicants()) \
            + made.cases
    assert exports.get(first.export_id).key != exports.get(second.export_id).key
    assert first.path.stat().st_mode & 0o777 == 0o600
    with Database.open(second.path, readonly=True) as copy:
        assert copy.scalar("SELECT count(*) FROM package_exports") == 0  # not Kari's key, nor any other
        assert copy_identity(copy).key == exports.get(second.export_id).key
    action, entity = meeting_file.query("SELECT action, entity FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    assert (action, entity) == ("export", "preparation_copy")


def test_a_plain_copy_cannot_write_a_package(meeting_file, tmp_path):
    with Database.open(meeting_file.backup_to(tmp_path / "vanlig.sqlite"), daily_backup=False) as plain:
        with pytest.raises(PackageError, match="ikke en forberedelseskopi"):
            fresh_package(plain, tmp_path)
    assert not list(tmp_path.glob("*.bmpak"))


def test_keep_mine_adds_nothing_the_user_did_not_choose(meeting_file, laptop, tmp_path):
    meeting = planned_meeting(laptop)
    case_no, unit_id = free_case_and_unit(laptop, meeting.id)
    Meetings(laptop).add_case(meeting.id, case_no, unit_id, notes="Ny sak fra laptopen")
    template = HouseholdRepository(laptop).applicant(case_no)
    with laptop.transaction("test", "applicant"):
        HouseholdRepository(laptop).save_applicants([replace(template, case_no="2026/77777", name="Ny Søker")])
    _, other_unit = free_case_and_unit(laptop, meeting.id)
    Meetings(laptop).add_case(meeting.id, "2026/77777", other_unit)
    package = fresh_package(laptop, tmp_path)
    result = import_package(meeting_file, package, Choice.KEEP_MINE)
    agenda = AgendaRepository(meeting_file)
    assert agenda.case_for(meeting.id, case_no) is None and agenda.case_for(meeting.id, "2026/77777") is None
    assert "2026/77777" not in HouseholdRepository(meeting_file).applicants()
    assert len(result.declined) == 3 and not result.written


# ---- section 3: package contents are checked like an imported table ----------------------------

def _with_applicant_field(laptop, tmp_path, field, value) -> Path:
    good = fresh_package(laptop, tmp_path)
    return forge(good, tmp_path / "felt.bmpak", lambda r: r["applicants"][0]["data"].__setitem__(field, value))


@pytest.mark.parametrize("field, value, reason", [
    ("decision_date", "2099-01-01", "fram i tid"),
    ("children_ages", [True], "barnealder"),
    ("adults", 10 ** 30, "kan ikke være større enn"),
    ("adults", "2", "heltall"),
    ("needs", ["ikke_et_behov"], "ukjent verdi"),
    ("name", "Ola\x00Nordmann", "kontrolltegn"),
    ("wishes", "x" * 300_000, "høyst"),
])
def test_package_fields_are_checked_like_the_table_import(laptop, tmp_path, field, value, reason):
    forged = _with_applicant_field(laptop, tmp_path, field, value)
    case_no = read_package(fresh_package(laptop, tmp_path, "ren.bmpak")).applicants[0].key
    with pytest.raises(PackageError) as raised:
        read_package(forged)
    message = str(raised.value)
    assert f"Søker {case_no}" in message and cp.FIELD_LABELS[field] in message and reason in message


def test_deeply_nested_json_is_a_message_not_a_crash(laptop, tmp_path):
    deep = b"[" * 200_000 + b"]" * 200_000
    forged = forge(fresh_package(laptop, tmp_path), tmp_path / "dyp.bmpak", records_bytes=deep)
    with pytest.raises(PackageError, match="ikke en Boligmøte-saksmappe"):
        read_package(forged)


def test_a_text_format_version_is_damage_not_a_newer_version(laptop, tmp_path):
    forged = forge(fresh_package(laptop, tmp_path), tmp_path / "tekst.bmpak",
                   edit_manifest=lambda m: m.update(format_version="1"))
    with pytest.raises(PackageError) as raised:
        read_package(forged)
    assert "nyere versjon" not in str(raised.value) and "formatversjon" in str(raised.value)


def test_the_readme_says_what_the_check_protects_against_and_what_not():
    readme = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Saksmapper"):readme.index("## Ytelse")]
    assert "HMAC" in section and "forberedelseskopi" in section
    assert "beskytter mot den som bare har saksmappen" in section.replace("\n", " ")
    assert "beskytter *ikke* mot den som har forberedelseskopien" in section.replace("\n", " ")


def test_an_encrypted_meeting_file_makes_an_encrypted_copy_that_round_trips(demo_path, tmp_path):
    from boligmote.services.encryption import encrypt_database
    from boligmote.store.crypto import SQLITE_HEADER

    passphrase = "korrekt hest batteri stift"
    encrypt_database(demo_path, passphrase)
    with Database.open(demo_path, passphrase=passphrase) as meeting_file:
        made = make_preparation_copy(meeting_file, tmp_path / "kopi.sqlite")
        assert not made.path.read_bytes().startswith(SQLITE_HEADER)  # not plain text on the laptop
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
        with Database.open(made.path, passphrase=passphrase, daily_backup=False) as laptop:
            meeting = planned_meeting(laptop)
            case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
            change_notes(laptop, meeting.id, case_no, "Kryptert hele veien")
            package = fresh_package(laptop, tmp_path)
        import_package(meeting_file, package)
        assert AgendaRepository(meeting_file).case_for(meeting.id, case_no).notes == "Kryptert hele veien"

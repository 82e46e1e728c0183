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
from boligmote.services.case_packages import Choice, PackageError, export_package, import_package, read_package
from boligmote.services.meetings import Meetings
from boligmote.store.households import HouseholdRepository
from boligmote.store.meetings import AgendaRepository

from .test_case_packages import free_case_and_unit, planned_meeting, take_copy


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


def fresh_package(laptop, tmp_path, name="saker.bmpak") -> Path:
    return export_package(laptop, planned_meeting(laptop).id, tmp_path / name).path


# ---- section 2: packages are authentic ------------------------------------------------------------

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

"""Offline case packages: a laptop copy prepares cases, the meeting file takes them in.

The meeting file («M») is the demo municipality; the caseworker's laptop file («L») is a
preparation copy the meeting file made of itself (Fil → Lag forberedelseskopi …).
"""
from __future__ import annotations

import hashlib
import json
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest

from boligmote.domain import ApplicantStatus, MeetingStatus
from boligmote.services import case_packages as cp
from boligmote.services.case_packages import (
    APPLICANT,
    CASE,
    Choice,
    PackageError,
    Verdict,
    commit_package_import,
    export_package,
    import_package,
    make_preparation_copy,
    plan_package_import,
    read_package,
)
from boligmote.services.meetings import Meetings
from boligmote.store import Database
from boligmote.store.estate import EstateRepository
from boligmote.store.households import HouseholdRepository
from boligmote.store.meetings import AgendaRepository

# ---- helpers ---------------------------------------------------------------------------------------

def planned_meeting(database):
    return next(s.meeting for s in Meetings(database).all() if s.meeting.status is MeetingStatus.PLANNED)


def take_copy(database, path: Path) -> Database:
    """A preparation copy of an open meeting file, opened for writing."""
    make_preparation_copy(database, path)
    return Database.open(path, daily_backup=False)


def free_case_and_unit(database, meeting_id):
    """A waiting applicant not on the agenda and a vacant unit nobody has been proposed."""
    agenda = AgendaRepository(database).cases(meeting_id)
    on_agenda = {p.case_no for p in agenda}
    proposed = {p.unit_id for p in agenda}
    case_no = next(a.case_no for a in HouseholdRepository(database).queue() if a.case_no not in on_agenda)
    unit_id = next(v.unit.id for v in EstateRepository(database).vacant_units() if v.unit.id not in proposed)
    return case_no, unit_id


def change_applicant(database, case_no, **fields):
    households = HouseholdRepository(database)
    with database.transaction("test", "applicant", case_no):
        households.save_applicants([replace(households.applicant(case_no), **fields)])


def change_notes(database, meeting_id, case_no, notes):
    proposal = AgendaRepository(database).case_for(meeting_id, case_no)
    return Meetings(database).change_case(proposal.id, notes=notes)


def content(database) -> str:
    digest = hashlib.sha256()
    # sqlite_stat1 is the query planner's statistics (PRAGMA optimize on close), not content.
    for (table,) in database.query("SELECT name FROM sqlite_master WHERE type = 'table' "
                                   "AND name NOT LIKE 'sqlite_stat%' ORDER BY name"):
        for row in database.query(f'SELECT * FROM "{table}" ORDER BY rowid'):
            digest.update(repr((table, row)).encode())
    return digest.hexdigest()


def verdicts(plan) -> dict:
    return {(i.kind, i.key): i.verdict for i in plan.items if i.verdict is not Verdict.UNCHANGED}


@pytest.fixture
def meeting_file(demo_db):
    return demo_db


@pytest.fixture
def laptop(meeting_file, tmp_path):
    database = take_copy(meeting_file, tmp_path / "laptop.sqlite")
    yield database
    database.close()


def sync_round(meeting_file, laptop, tmp_path, name="runde1.bmpak"):
    """One full round: the laptop exports its cases, the meeting file takes them all."""
    meeting = planned_meeting(laptop)
    path = export_package(laptop, meeting.id, tmp_path / name).path
    import_package(meeting_file, path, Choice.TAKE_THEIRS)
    return meeting


# ---- export and the file ---------------------------------------------------------------------------

def test_package_is_owner_only_and_self_describing(laptop, tmp_path):
    meeting = planned_meeting(laptop)
    out = tmp_path / "saker.bmpak"
    package = export_package(laptop, meeting.id, out)
    assert out.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob(".saker-*"))  # no temporary left behind
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        records = json.loads(archive.read("records.json"))
    assert manifest["format"] == "boligmote-case-package" and manifest["format_version"] == 2
    assert manifest["source_file_name"] == "laptop.sqlite" and manifest["copy_of"] == "demo.sqlite"
    assert manifest["export_id"] == package.export_id and manifest["sequence"] > 0
    assert manifest["meeting"]["held_on"] == meeting.held_on.isoformat()
    assert manifest["created_by"] and manifest["created_at"] and "Unntatt offentlighet" in manifest["marking"]
    cases = AgendaRepository(laptop).cases(meeting.id)
    assert [r["key"] for r in records["cases"]] == [p.case_no for p in cases]
    assert {r["key"] for r in records["applicants"]} == {p.case_no for p in cases}
    assert len(package.cases) == len(cases)


def test_export_of_chosen_cases_only(laptop, tmp_path):
    meeting = planned_meeting(laptop)
    chosen = [p.case_no for p in AgendaRepository(laptop).cases(meeting.id)][:2]
    package = export_package(laptop, meeting.id, tmp_path / "to.bmpak", chosen)
    assert [r.key for r in package.cases] == chosen
    with pytest.raises(PackageError, match="Ikke på sakslisten.*2099/0001"):
        export_package(laptop, meeting.id, tmp_path / "x.bmpak", ["2099/0001"])


def test_export_refuses_what_it_cannot_package(laptop, tmp_path):
    meeting = planned_meeting(laptop)
    signed = next(s.meeting for s in Meetings(laptop).all() if s.meeting.status is MeetingStatus.SIGNED)
    with pytest.raises(PackageError, match="bare pakkes for et planlagt møte"):
        export_package(laptop, signed.id, tmp_path / "x.bmpak")
    with pytest.raises(PackageError, match=r"må slutte på \.bmpak"):
        export_package(laptop, meeting.id, tmp_path / "x.zip")
    with pytest.raises(PackageError, match="finnes ikke"):
        export_package(laptop, 999, tmp_path / "x.bmpak")
    assert not list(tmp_path.glob("x*")) and not list(tmp_path.glob(".x-*"))


def test_a_failed_export_leaves_no_file_and_no_memory(laptop, tmp_path, monkeypatch):
    meeting = planned_meeting(laptop)
    before = content(laptop)
    monkeypatch.setattr(type(laptop), "set_meta", lambda self, pairs: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        export_package(laptop, meeting.id, tmp_path / "saker.bmpak")
    assert list(tmp_path.glob("*.bmpak")) == [] and list(tmp_path.glob(".saker-*")) == []
    assert content(laptop) == before


def test_export_from_a_read_only_file(meeting_file, tmp_path):
    path = tmp_path / "kopi.sqlite"
    make_preparation_copy(meeting_file, path)
    with Database.open(path, readonly=True) as database:
        package = export_package(database, planned_meeting(database).id, tmp_path / "ro.bmpak")
    assert package.cases


@pytest.mark.parametrize("damage", ["bytes", "older", "newer", "not_ours"])
def test_a_damaged_or_foreign_package_is_refused_with_a_message(laptop, tmp_path, damage):
    good = export_package(laptop, planned_meeting(laptop).id, tmp_path / "god.bmpak").path
    bad = tmp_path / "dårlig.bmpak"
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        records = archive.read("records.json")
    if damage == "bytes":
        bad.write_bytes(good.read_bytes()[: 200])
    else:
        if damage == "older":
            manifest["format_version"] = 1
        elif damage == "newer":
            manifest["format_version"] = 99
        else:
            manifest["format"] = "noe-annet"
        with zipfile.ZipFile(bad, "w") as archive:
            archive.writestr("manifest.json", json.dumps(manifest))
            archive.writestr("records.json", records)
    message = {"bytes": "ikke en Boligmøte-saksmappe", "older": "eldre versjon",
               "newer": "nyere versjon", "not_ours": "ikke en Boligmøte-saksmappe"}[damage]
    with pytest.raises(PackageError, match=message):
        read_package(bad)


# ---- import --------------------------------------------------------------------------------------

def test_round_trip_new_case_with_unit_and_notes(meeting_file, laptop, tmp_path):
    meeting = planned_meeting(laptop)
    case_no, unit_id = free_case_and_unit(laptop, meeting.id)
    Meetings(laptop).add_case(meeting.id, case_no, unit_id, prepared_by="Kari Saksbehandler",
                              notes="Ønsker nær skolen. Trenger trinnfri.")
    path = export_package(laptop, meeting.id, tmp_path / "saker.bmpak").path

    plan = plan_package_import(meeting_file, read_package(path))
    assert plan.ok and not plan.conflicts
    assert verdicts(plan) == {(CASE, case_no): Verdict.NEW}
    audit_before = meeting_file.scalar("SELECT count(*) FROM audit_log")
    result = commit_package_import(meeting_file, plan)
    assert [i.key for i in result.written] == [case_no]
    added = AgendaRepository(meeting_file).case_for(meeting.id, case_no)
    assert (added.unit_id, added.prepared_by, added.notes) == (unit_id, "Kari Saksbehandler",
                                                               "Ønsker nær skolen. Trenger trinnfri.")
    assert added.position == len(AgendaRepository(meeting_file).cases(meeting.id))  # last on the agenda
    # One transaction, one audit entry, naming the package.
    assert meeting_file.scalar("SELECT count(*) FROM audit_log") == audit_before + 1
    action, entity, detail = meeting_file.query(
        "SELECT action, entity, detail FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    assert (action, entity) == ("import", "case_package") and case_no in detail
    # The same package cannot be imported again.
    with pytest.raises(PackageError, match="allerede importert"):
        plan_package_import(meeting_file, read_package(path))


def test_a_new_applicant_arrives_waiting(meeting_file, laptop, tmp_path):
    meeting = planned_meeting(laptop)
    _, unit_id = free_case_and_unit(laptop, meeting.id)
    template = HouseholdRepository(laptop).queue()[0]
    newcomer = replace(template, case_no="2026/77777", name="Ny Søker", wishes="Nær T-bane")
    with laptop.transaction("test", "applicant"):
        HouseholdRepository(laptop).save_applicants([newcomer])
    Meetings(laptop).add_case(meeting.id, "2026/77777", unit_id, notes="Ny sak")
    path = export_package(laptop, meeting.id, tmp_path / "ny.bmpak").path
    plan = plan_package_import(meeting_file, read_package(path))
    assert verdicts(plan) == {(APPLICANT, "2026/77777"): Verdict.NEW, (CASE, "2026/77777"): Verdict.NEW}
    commit_package_import(meeting_file, plan)
    arrived = HouseholdRepository(meeting_file).applicant("2026/77777")
    assert arrived.status is ApplicantStatus.WAITING and arrived.wishes == "Nær T-bane"


def test_first_round_a_change_on_the_laptop_only_needs_no_question(meeting_file, laptop, tmp_path):
    """The meeting file remembers what the copy held, so it knows who changed what."""
    meeting = planned_meeting(laptop)
    case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
    change_notes(laptop, meeting.id, case_no, "Endret på laptopen")
    plan = plan_package_import(meeting_file, read_package(export_package(laptop, meeting.id, tmp_path / "a.bmpak").path))
    assert verdicts(plan) == {(CASE, case_no): Verdict.CHANGED} and not plan.conflicts
    commit_package_import(meeting_file, plan)
    assert AgendaRepository(meeting_file).case_for(meeting.id, case_no).notes == "Endret på laptopen"


def test_first_round_a_change_on_both_sides_is_a_conflict(meeting_file, laptop, tmp_path):
    meeting = planned_meeting(laptop)
    case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
    change_notes(laptop, meeting.id, case_no, "Endret på laptopen")
    change_notes(meeting_file, meeting.id, case_no, "Endret i møtefilen")
    plan = plan_package_import(meeting_file, read_package(export_package(laptop, meeting.id, tmp_path / "a.bmpak").path))
    (conflict,) = plan.conflicts
    assert conflict.id == (CASE, case_no) and conflict.base_known and conflict.changed_fields == ["notes"]
    with pytest.raises(PackageError, match="Velg hva som skal gjelde"):
        commit_package_import(meeting_file, plan)


def test_after_a_round_a_change_on_one_side_needs_no_question(meeting_file, laptop, tmp_path):
    meeting = sync_round(meeting_file, laptop, tmp_path)
    first, second = (p.case_no for p in AgendaRepository(laptop).cases(meeting.id)[:2])
    change_notes(laptop, meeting.id, first, "Oppdatert etter hjemmebesøk")   # only the laptop
    change_notes(meeting_file, meeting.id, second, "Referenten har rettet")   # only the meeting file
    change_applicant(laptop, first, wishes="Vil bo i første etasje")
    path = export_package(laptop, meeting.id, tmp_path / "runde2.bmpak").path
    plan = plan_package_import(meeting_file, read_package(path))
    assert verdicts(plan) == {(CASE, first): Verdict.CHANGED, (APPLICANT, first): Verdict.CHANGED,
                              (CASE, second): Verdict.KEPT}
    commit_package_import(meeting_file, plan)
    agenda = AgendaRepository(meeting_file)
    assert agenda.case_for(meeting.id, first).notes == "Oppdatert etter hjemmebesøk"
    assert agenda.case_for(meeting.id, second).notes == "Referenten har rettet"
    assert HouseholdRepository(meeting_file).applicant(first).wishes == "Vil bo i første etasje"


@pytest.mark.parametrize("choice", [Choice.KEEP_MINE, Choice.TAKE_THEIRS])
def test_changed_in_both_is_shown_and_resolved_by_choice(meeting_file, laptop, tmp_path, choice):
    meeting = sync_round(meeting_file, laptop, tmp_path)
    case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
    change_notes(laptop, meeting.id, case_no, "Laptopens merknad")
    change_notes(meeting_file, meeting.id, case_no, "Møtefilens merknad")
    change_applicant(laptop, case_no, adults=2, wishes="Laptop")
    change_applicant(meeting_file, case_no, wishes="Møtefil")
    plan = plan_package_import(meeting_file, read_package(
        export_package(laptop, meeting.id, tmp_path / "runde2.bmpak").path))
    assert {i.id for i in plan.conflicts} == {(CASE, case_no), (APPLICANT, case_no)}
    case_conflict = next(i for i in plan.conflicts if i.kind == CASE)
    assert case_conflict.base_known and "både i møtefilen og i pakken" in case_conflict.reason
    assert (case_conflict.mine["notes"], case_conflict.theirs["notes"]) == ("Møtefilens merknad", "Laptopens merknad")
    applicant_conflict = next(i for i in plan.conflicts if i.kind == APPLICANT)
    assert set(applicant_conflict.changed_fields) == {"adults", "wishes"}

    commit_package_import(meeting_file, plan, {i.id: choice for i in plan.conflicts})
    notes = AgendaRepository(meeting_file).case_for(meeting.id, case_no).notes
    applicant = HouseholdRepository(meeting_file).applicant(case_no)
    if choice is Choice.KEEP_MINE:
        assert (notes, applicant.wishes, applicant.adults) == ("Møtefilens merknad", "Møtefil", 1)
    else:
        assert (notes, applicant.wishes, applicant.adults) == ("Laptopens merknad", "Laptop", 2)
    # The next round from a fresh copy starts from what was chosen: nothing to ask.
    with take_copy(meeting_file, tmp_path / "fersk.sqlite") as fresh:
        again = plan_package_import(meeting_file, read_package(
            export_package(fresh, meeting.id, tmp_path / "runde3.bmpak").path))
    assert verdicts(again) == {}


def test_choices_per_item(meeting_file, laptop, tmp_path):
    meeting = sync_round(meeting_file, laptop, tmp_path)
    case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
    change_notes(laptop, meeting.id, case_no, "Laptop")
    change_notes(meeting_file, meeting.id, case_no, "Møtefil")
    change_applicant(laptop, case_no, wishes="Laptop")
    change_applicant(meeting_file, case_no, wishes="Møtefil")
    plan = plan_package_import(meeting_file, read_package(export_package(laptop, meeting.id, tmp_path / "b.bmpak").path))
    commit_package_import(meeting_file, plan, {(CASE, case_no): Choice.TAKE_THEIRS,
                                               (APPLICANT, case_no): Choice.KEEP_MINE})
    assert AgendaRepository(meeting_file).case_for(meeting.id, case_no).notes == "Laptop"
    assert HouseholdRepository(meeting_file).applicant(case_no).wishes == "Møtefil"


def test_a_lost_package_does_not_matter_the_next_one_carries_the_change(meeting_file, laptop, tmp_path):
    """The base is the meeting file's own record of the copy, not what the laptop exported."""
    meeting = planned_meeting(laptop)
    case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
    change_notes(laptop, meeting.id, case_no, "Laptop")
    export_package(laptop, meeting.id, tmp_path / "mistet.bmpak")  # lost on the way
    path = export_package(laptop, meeting.id, tmp_path / "ny.bmpak").path
    plan = plan_package_import(meeting_file, read_package(path))
    assert verdicts(plan) == {(CASE, case_no): Verdict.CHANGED}


def test_an_older_package_after_a_newer_one_is_refused(meeting_file, laptop, tmp_path):
    """It would write older notes over newer ones as «changed only in the package»."""
    meeting = planned_meeting(laptop)
    case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
    change_notes(laptop, meeting.id, case_no, "Første utkast")
    older = export_package(laptop, meeting.id, tmp_path / "eldre.bmpak").path
    change_notes(laptop, meeting.id, case_no, "Endelig")
    import_package(meeting_file, export_package(laptop, meeting.id, tmp_path / "nyere.bmpak").path)
    with pytest.raises(PackageError, match="eldre enn en saksmappe fra samme forberedelseskopi"):
        plan_package_import(meeting_file, read_package(older))
    assert AgendaRepository(meeting_file).case_for(meeting.id, case_no).notes == "Endelig"


def test_the_laptop_can_go_several_rounds(meeting_file, laptop, tmp_path):
    meeting = sync_round(meeting_file, laptop, tmp_path)
    case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
    for round_, notes in enumerate(("Runde to", "Runde tre"), start=2):
        change_notes(laptop, meeting.id, case_no, notes)
        path = export_package(laptop, meeting.id, tmp_path / f"r{round_}.bmpak").path
        plan = plan_package_import(meeting_file, read_package(path))
        assert verdicts(plan) == {(CASE, case_no): Verdict.CHANGED}
        commit_package_import(meeting_file, plan)
    assert AgendaRepository(meeting_file).case_for(meeting.id, case_no).notes == "Runde tre"


def test_a_case_removed_in_the_meeting_file_stays_removed_unless_the_package_changed_it(
        meeting_file, laptop, tmp_path):
    meeting = sync_round(meeting_file, laptop, tmp_path)
    first, second = (p.case_no for p in AgendaRepository(laptop).cases(meeting.id)[:2])
    for case_no in (first, second):
        Meetings(meeting_file).remove_case(AgendaRepository(meeting_file).case_for(meeting.id, case_no).id)
    change_notes(laptop, meeting.id, second, "Fortsatt aktuell")
    plan = plan_package_import(meeting_file, read_package(export_package(laptop, meeting.id, tmp_path / "c.bmpak").path))
    assert verdicts(plan) == {(CASE, first): Verdict.KEPT, (CASE, second): Verdict.CONFLICT}
    assert "fjernet fra sakslisten" in plan.conflicts[0].reason
    commit_package_import(meeting_file, plan, Choice.TAKE_THEIRS)
    agenda = AgendaRepository(meeting_file)
    assert agenda.case_for(meeting.id, first) is None
    assert agenda.case_for(meeting.id, second).notes == "Fortsatt aktuell"


def test_a_unit_let_meanwhile_refuses_the_import_naming_the_case(meeting_file, laptop, tmp_path):
    meeting = planned_meeting(laptop)
    case_no, unit_id = free_case_and_unit(laptop, meeting.id)
    Meetings(laptop).add_case(meeting.id, case_no, unit_id)
    with meeting_file.transaction("test", "unit", unit_id):
        meeting_file.conn.execute("UPDATE units SET status = 'occupied', vacant_from = NULL WHERE id = ?", (unit_id,))
    before = content(meeting_file)
    plan = plan_package_import(meeting_file, read_package(export_package(laptop, meeting.id, tmp_path / "d.bmpak").path))
    assert not plan.ok
    assert plan.problems == [f"Sak {case_no}: boligen {unit_id} er ikke ledig i møtefilen (status: utleid)."]
    with pytest.raises(PackageError, match="kan ikke importeres"):
        commit_package_import(meeting_file, plan)
    assert content(meeting_file) == before


def test_a_conflict_whose_package_version_cannot_be_written_can_only_be_kept(meeting_file, laptop, tmp_path):
    meeting = sync_round(meeting_file, laptop, tmp_path)
    proposal = AgendaRepository(laptop).cases(meeting.id)[0]
    _, free_unit = free_case_and_unit(laptop, meeting.id)
    Meetings(laptop).change_case(proposal.id, unit_id=free_unit)
    change_notes(meeting_file, meeting.id, proposal.case_no, "Møtefil")
    with meeting_file.transaction("test", "unit", free_unit):
        meeting_file.conn.execute("UPDATE units SET status = 'refurbishment' WHERE id = ?", (free_unit,))
    plan = plan_package_import(meeting_file, read_package(export_package(laptop, meeting.id, tmp_path / "e.bmpak").path))
    (conflict,) = plan.conflicts
    assert plan.ok and "ikke ledig" in conflict.problem
    with pytest.raises(PackageError, match="kan ikke brukes"):
        commit_package_import(meeting_file, plan, Choice.TAKE_THEIRS)
    commit_package_import(meeting_file, plan, Choice.KEEP_MINE)
    assert AgendaRepository(meeting_file).case_for(meeting.id, proposal.case_no).notes == "Møtefil"


def test_nothing_is_half_written_when_the_import_fails_midway(meeting_file, laptop, tmp_path, monkeypatch):
    meeting = planned_meeting(laptop)
    case_no, unit_id = free_case_and_unit(laptop, meeting.id)
    change_applicant(laptop, case_no, wishes="Skrives før saken")
    Meetings(laptop).add_case(meeting.id, case_no, unit_id)
    plan = plan_package_import(meeting_file, read_package(export_package(laptop, meeting.id, tmp_path / "f.bmpak").path))
    assert verdicts(plan) == {(APPLICANT, case_no): Verdict.CHANGED, (CASE, case_no): Verdict.NEW}
    before = content(meeting_file)

    def fail(self, proposal):
        raise RuntimeError("strømmen gikk")
    monkeypatch.setattr(AgendaRepository, "add_case", fail)
    with pytest.raises(RuntimeError):
        commit_package_import(meeting_file, plan, Choice.TAKE_THEIRS)  # the applicant was written first
    assert content(meeting_file) == before
    monkeypatch.undo()
    commit_package_import(meeting_file, plan, Choice.TAKE_THEIRS)
    assert HouseholdRepository(meeting_file).applicant(case_no).wishes == "Skrives før saken"


def test_a_file_changed_between_check_and_commit_is_checked_again(meeting_file, laptop, tmp_path):
    meeting = planned_meeting(laptop)
    case_no, unit_id = free_case_and_unit(laptop, meeting.id)
    Meetings(laptop).add_case(meeting.id, case_no, unit_id)
    plan = plan_package_import(meeting_file, read_package(export_package(laptop, meeting.id, tmp_path / "g.bmpak").path))
    Meetings(meeting_file).add_case(meeting.id, case_no, None, notes="Lagt inn i mellomtiden")
    before = content(meeting_file)
    with pytest.raises(PackageError, match="endret siden"):
        commit_package_import(meeting_file, plan)
    assert content(meeting_file) == before


def test_the_meeting_must_exist_and_be_open(meeting_file, laptop, tmp_path):
    meeting = planned_meeting(laptop)
    path = export_package(laptop, meeting.id, tmp_path / "h.bmpak").path
    Meetings(meeting_file).change(meeting.id, held_on=meeting.held_on.replace(day=1))
    plan = plan_package_import(meeting_file, read_package(path))
    assert not plan.ok and "finnes ikke i denne filen" in plan.problems[0]


def test_a_package_from_another_file_is_refused(meeting_file, laptop, tmp_path, new_db):
    path = export_package(laptop, planned_meeting(laptop).id, tmp_path / "i.bmpak").path
    with pytest.raises(PackageError, match="ukjent for denne møtefilen"):
        plan_package_import(new_db, read_package(path))


def test_describe_value_reads_like_the_app():
    assert cp.describe_value("household_type", "single_parent") == "enslig forsørger"
    assert cp.describe_value("needs", ["active_use", "elderly"]).startswith("aktiv rus, ")
    assert cp.describe_value("decision_date", "2026-03-01") == "01.03.2026"
    assert cp.describe_value("wheelchair_needed", True) == "ja"
    assert cp.describe_value("notes", "") == "–"


def test_one_concept_per_module_and_the_public_api_still_imports():
    """The 780-line module became a package; the CLI and the window import from its top."""
    from importlib import import_module

    package = import_module("boligmote.services.case_packages")
    folder = Path(package.__file__).parent
    modules = sorted(p.stem for p in folder.glob("*.py") if p.stem != "__init__")
    assert {"records", "validation", "format", "export", "reading", "conflicts", "importing"} <= set(modules)
    for module in modules:
        assert len((folder / f"{module}.py").read_text(encoding="utf-8").splitlines()) <= 300, module
    for name in package.__all__:
        assert getattr(package, name) is not None


def test_contact_data_travels_with_the_applicant(meeting_file, laptop, tmp_path):
    """Postal address, phone, e-mail and interpreter language (m0004) go both ways like any field."""
    meeting = planned_meeting(laptop)
    case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
    change_applicant(laptop, case_no, postal_address="c/o Hansen, Storgata 1", postal_code="9001",
                     postal_town="Eksempelvik", phone="00 00 00 01", email="ny@eksempel.invalid",
                     interpreter_language="polsk")
    plan = plan_package_import(meeting_file, read_package(export_package(laptop, meeting.id, tmp_path / "k.bmpak").path))
    (item,) = [i for i in plan.items if i.verdict is Verdict.CHANGED]
    assert set(item.changed_fields) >= {"postal_address", "phone", "email", "interpreter_language"}
    commit_package_import(meeting_file, plan)
    arrived = HouseholdRepository(meeting_file).applicant(case_no)
    assert (arrived.postal_address, arrived.postal_code, arrived.postal_town, arrived.phone, arrived.email,
            arrived.interpreter_language) == ("c/o Hansen, Storgata 1", "9001", "Eksempelvik", "00 00 00 01",
                                              "ny@eksempel.invalid", "polsk")
    assert cp.FIELD_LABELS["postal_address"] == "postadresse" and "phone" in cp.IDENTIFYING_FIELDS

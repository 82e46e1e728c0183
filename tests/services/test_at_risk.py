"""Tenancies at risk (issue 17 item 4): the landlord's ledger imported strictly, the list, and the
measures the meeting decides — recorded with who and when, and frozen like decided records."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from datetime import date, timedelta
from pathlib import Path

import openpyxl
import pytest

from boligmote.domain import AtRiskMeasure, LedgerEntryKind
from boligmote.services.at_risk import AtRiskError, decisions_for, record_at_risk_decision, tenancies_at_risk
from boligmote.services.importing import ImportFileError, commit_import, plan_import
from boligmote.services.meeting_settings import change_meeting_settings
from boligmote.services.meetings import MeetingError
from boligmote.store.audit import verify

from .test_import import write_csv
from .test_import_fuzz import content_digest

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["bolig_id", "dato", "post", "beløp", "referanse"]
NOTE = "Leietakeren kalles inn til samtale, og NAV tilbyr økonomisk rådgivning."


def _fresh_tenancies(db, count: int = 3) -> list[tuple[int, str]]:
    """Current tenancies with no ledger entries, begun well before the reference date."""
    return db.query(
        "SELECT t.id, t.unit_id FROM tenancies t WHERE t.ended_on IS NULL AND t.contract_start <= '2025-01-01' "
        "AND t.id NOT IN (SELECT tenancy_id FROM ledger_entries) "
        "AND t.id NOT IN (SELECT tenancy_id FROM cooperation_plans) ORDER BY t.id LIMIT ?", (count,))


def _import(db, path, today):
    plan = plan_import(db, "ledger", path, today)
    assert plan.ok, plan.problems
    commit_import(db, plan)
    return plan


def _refusals(plan) -> list[tuple[int, str]]:
    return [(p.row, p.column) for p in plan.problems]


# ---- the import ------------------------------------------------------------------------------------

def test_the_ledger_imports_arrears_and_warnings_and_a_second_import_adds_nothing(demo_db, tmp_path, reference_date):
    (t1, u1), (t2, u2) = _fresh_tenancies(demo_db, 2)
    path = write_csv(tmp_path / "reskontro.csv", [
        HEADER,
        [u1, "31.10.2026", "restanse", "12 500,00", "B-1"],
        [u1, "05.11.2026", "varsel om oppsigelse", "12 500", ""],
        [u2, "2026-11-20", "begjaering_fravikelse", "", "NM-7"],
    ])
    before = demo_db.scalar("SELECT count(*) FROM ledger_entries")
    dry = plan_import(demo_db, "ledger", path, reference_date)
    assert dry.ok and (dry.changes.created, dry.changes.updated) == (3, 0)
    assert demo_db.scalar("SELECT count(*) FROM ledger_entries") == before  # the dry run wrote nothing
    commit_import(demo_db, dry)
    rows = demo_db.query("SELECT tenancy_id, entry_on, kind, amount, reference FROM ledger_entries "
                         "WHERE tenancy_id IN (?, ?) ORDER BY entry_on", (t1, t2))
    assert rows == [(t1, "2026-10-31", "restanse", 12500, "B-1"), (t1, "2026-11-05", "varsel_oppsigelse", 12500, ""),
                    (t2, "2026-11-20", "begjaering_fravikelse", None, "NM-7")]
    assert demo_db.scalar("SELECT detail FROM audit_log WHERE action = 'import' ORDER BY id DESC LIMIT 1")
    again = plan_import(demo_db, "ledger", path, reference_date)
    assert (again.changes.created, again.changes.updated, again.changes.unchanged) == (0, 0, 3)
    assert not again.has_changes
    # the landlord corrects a balance: the same key, a new amount, counted as changed
    corrected = write_csv(tmp_path / "rettet.csv", [HEADER, [u1, "31.10.2026", "restanse", "11 000", "B-1"]])
    plan = _import(demo_db, corrected, reference_date)
    assert plan.changes.updated == 1 and any("rettet" in note for note in plan.changes.notes)
    assert demo_db.scalar("SELECT amount FROM ledger_entries WHERE tenancy_id = ? AND kind = 'restanse'", (t1,)) == 11000


def test_the_ledger_also_comes_as_xlsx_with_typed_cells(demo_db, tmp_path, reference_date):
    [(t1, u1)] = _fresh_tenancies(demo_db, 1)
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER)
    workbook.active.append([u1, date(2026, 10, 31), "restanse", 9800.0, None])
    workbook.save(tmp_path / "r.xlsx")
    plan = _import(demo_db, tmp_path / "r.xlsx", reference_date)
    assert plan.table.format == "Excel (xlsx)" and plan.changes.created == 1
    assert demo_db.scalar("SELECT amount FROM ledger_entries WHERE tenancy_id = ?", (t1,)) == 9800


@pytest.mark.parametrize("row, column, reason", [
    (["{unit}", "31.02.2026", "restanse", "100", ""], "dato", "finnes ikke"),
    (["{unit}", "01.01.2030", "restanse", "100", ""], "dato", "fram i tid"),
    (["{unit}", "01.01.2001", "restanse", "100", ""], "dato", "før leieforholdet"),
    (["{unit}", "31.10.2026", "restanse", "-500", ""], "beløp", "negativ"),
    (["{unit}", "31.10.2026", "restanse", "", ""], "beløp", "beløpet"),
    (["{unit}", "31.10.2026", "purring", "100", ""], "post", "ukjent verdi"),
    (["FINNES-IKKE", "31.10.2026", "restanse", "100", ""], "bolig_id", "finnes ikke"),
    (["{vacant}", "31.10.2026", "restanse", "100", ""], "bolig_id", "ikke noe leieforhold"),
], ids=["impossible-date", "future", "before-tenancy", "negative", "arrears-without-amount", "unknown-kind",
        "unknown-unit", "vacant-unit"])
def test_one_bad_row_refuses_the_whole_file_naming_row_and_column(demo_db, tmp_path, reference_date, row, column,
                                                                    reason):
    (t1, u1), (t2, u2) = _fresh_tenancies(demo_db, 2)
    vacant = demo_db.scalar("SELECT id FROM units WHERE status = 'vacant' ORDER BY id LIMIT 1")
    bad = [cell.format(unit=u2, vacant=vacant) for cell in row]
    path = write_csv(tmp_path / "r.csv", [HEADER, [u1, "31.10.2026", "restanse", "7000", ""], bad])
    before = content_digest(demo_db)
    plan = plan_import(demo_db, "ledger", path, reference_date)
    assert not plan.ok and _refusals(plan) == [(3, column)]
    assert reason in plan.problems[0].reason
    assert "Ingenting blir importert" in " ".join(plan.summary_lines())
    with pytest.raises(ValueError):
        commit_import(demo_db, plan)
    assert content_digest(demo_db) == before  # the good first row was not written either


def test_a_duplicate_row_is_refused_naming_the_first(demo_db, tmp_path, reference_date):
    [(t1, u1)] = _fresh_tenancies(demo_db, 1)
    path = write_csv(tmp_path / "r.csv", [HEADER, [u1, "31.10.2026", "restanse", "7000", ""],
                                          [u1, "2026-10-31", "Husleierestanse", "7 100", ""]])
    before = content_digest(demo_db)
    plan = plan_import(demo_db, "ledger", path, reference_date)
    assert _refusals(plan) == [(3, "post")] and "rad 2" in plan.problems[0].reason
    assert content_digest(demo_db) == before


def test_a_missing_column_refuses_the_file_and_an_unknown_one_is_named(demo_db, tmp_path, reference_date):
    [(t1, u1)] = _fresh_tenancies(demo_db, 1)
    path = write_csv(tmp_path / "r.csv", [["bolig_id", "dato", "saldo"], [u1, "31.10.2026", "7000"]])
    before = content_digest(demo_db)
    plan = plan_import(demo_db, "ledger", path, reference_date)
    assert not plan.ok and any("post" in p.column or "entry" in p.column for p in plan.problems)
    assert any("saldo" in line for line in plan.summary_lines())
    assert content_digest(demo_db) == before


def test_a_hostile_xlsx_is_refused_and_nothing_is_written(demo_db, demo_path, tmp_path, reference_date):
    [(t1, u1)] = _fresh_tenancies(demo_db, 1)
    workbook = openpyxl.Workbook()
    workbook.active.append(HEADER)
    workbook.active.append([u1, "31.10.2026", "restanse", "=1000*10", None])
    workbook.save(tmp_path / "formel.xlsx")
    before = content_digest(demo_db)
    plan = plan_import(demo_db, "ledger", tmp_path / "formel.xlsx", reference_date)
    assert _refusals(plan) == [(2, "beløp")] and "formel" in plan.problems[0].reason
    # an XML entity bomb inside the sheet: refused before it is parsed
    path = tmp_path / "bombe.xlsx"
    with zipfile.ZipFile(tmp_path / "formel.xlsx") as source:
        parts = {name: source.read(name) for name in source.namelist()}
    parts["xl/worksheets/sheet1.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">'
        b'<c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>')
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)
    with pytest.raises(ImportFileError):
        plan_import(demo_db, "ledger", path, reference_date)
    assert content_digest(demo_db) == before
    demo_db.close()
    result = subprocess.run([sys.executable, "-m", "boligmote", "import", "--db", str(demo_path), "--kind", "ledger",
                             str(path)], capture_output=True, text=True, timeout=120,
                            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 1 and "Traceback" not in result.stderr and "XML" in result.stderr


def test_the_sample_ledger_imports_after_the_sample_residents(new_db):
    from boligmote.paths import resource

    from .test_import import TODAY, import_samples

    import_samples(new_db, ["buildings", "units", "residents"])
    plan = _import(new_db, resource("samples", "reskontro.csv"), TODAY)
    assert plan.changes.created == 6
    units = {i.unit_id: i for i in tenancies_at_risk(new_db, TODAY).items}
    assert units["EKS-B01-A02"].arrears == 16875 and units["EKS-B01-A02"].warning is LedgerEntryKind.NOTICE_WARNING
    assert units["EKS-B04-H0101"].arrears == 0 and units["EKS-B04-H0101"].warning is LedgerEntryKind.EVICTION_PETITION


# ---- the list --------------------------------------------------------------------------------------

def test_arrears_over_the_threshold_or_any_recent_warning_put_a_tenancy_on_the_list(demo_db, tmp_path,
                                                                                      reference_date):
    (t1, u1), (t2, u2), (t3, u3) = _fresh_tenancies(demo_db, 3)
    _import(demo_db, write_csv(tmp_path / "r.csv", [
        HEADER,
        [u1, "30.09.2026", "restanse", "9000", ""], [u1, "31.10.2026", "restanse", "0", ""],  # paid off
        [u2, "31.10.2026", "restanse", "4999", ""],                                          # just under
        [u3, "15.06.2026", "varsel_oppsigelse", "", ""],                                     # a warning
    ]), reference_date)
    listed = {i.tenancy_id: i for i in tenancies_at_risk(demo_db, reference_date).items}
    assert t1 not in listed and t2 not in listed
    assert listed[t3].warning is LedgerEntryKind.NOTICE_WARNING and listed[t3].warning_on == date(2026, 6, 15)
    # both are settings: a lower threshold lists the 4 999 kr; a shorter window drops the June warning
    change_meeting_settings(demo_db, {"at_risk": {"arrears_from": 4000, "warning_months": 3}}, "Strengere.")
    listed = {i.tenancy_id: i for i in tenancies_at_risk(demo_db, reference_date).items}
    assert listed[t2].arrears == 4999 and listed[t2].arrears_on == date(2026, 10, 31) and t3 not in listed


def test_the_list_puts_undecided_and_the_most_serious_first(demo_db, tmp_path, reference_date):
    (t1, u1), (t2, u2) = _fresh_tenancies(demo_db, 2)
    _import(demo_db, write_csv(tmp_path / "r.csv", [
        HEADER, [u1, "31.10.2026", "restanse", "99000", ""], [u2, "20.11.2026", "begjaering_fravikelse", "", ""]]),
        reference_date)
    record_at_risk_decision(demo_db, t1, {AtRiskMeasure.CONTACT}, NOTE, "Tildelingsmøtet", reference_date)
    listing = tenancies_at_risk(demo_db, reference_date)
    order = [i.tenancy_id for i in listing.items]
    undecided = [i for i in listing.items if not i.decided_since_ledger]
    assert undecided[0].warning is LedgerEntryKind.EVICTION_PETITION  # a petition before any arrears
    assert order.index(t2) < order.index(t1)  # decided since the ledger's news: further down
    assert listing.items[order.index(t1)].decided_since_ledger
    assert listing.undecided == len(undecided)


def test_the_demo_municipality_has_tenancies_at_risk_and_plans(demo_db, reference_date):
    listing = tenancies_at_risk(demo_db, reference_date)
    assert 4 <= len(listing.items) <= 30
    assert any(i.warning is LedgerEntryKind.EVICTION_PETITION for i in listing.items)
    assert any(i.plan is not None for i in listing.items) and any(i.last_decision for i in listing.items)
    assert listing.undecided > 0


# ---- decisions -------------------------------------------------------------------------------------

def test_a_decision_records_who_decided_what_and_when_with_the_ledger_as_it_stood(demo_db, tmp_path, reference_date):
    [(t1, u1)] = _fresh_tenancies(demo_db, 1)
    _import(demo_db, write_csv(tmp_path / "r.csv", [
        HEADER, [u1, "31.10.2026", "restanse", "15000", ""], [u1, "05.11.2026", "varsel_oppsigelse", "", ""]]),
        reference_date)
    meeting_id = demo_db.scalar("SELECT id FROM meetings WHERE status <> 'signed' ORDER BY held_on LIMIT 1")
    decided = record_at_risk_decision(demo_db, t1, {AtRiskMeasure.NAV, AtRiskMeasure.DEBT_COUNSELLING}, NOTE,
                                      "Tildelingsmøtet", reference_date - timedelta(days=1), meeting_id=meeting_id)
    assert (decided.decided_by, decided.decided_on, decided.meeting_id) == (
        "Tildelingsmøtet", reference_date - timedelta(days=1), meeting_id)
    assert decided.measures == {AtRiskMeasure.NAV, AtRiskMeasure.DEBT_COUNSELLING}
    assert (decided.arrears_amount, decided.arrears_on, decided.warning) == (
        15000, date(2026, 10, 31), LedgerEntryKind.NOTICE_WARNING)
    assert decided.recorded_by == demo_db.actor
    action, entity, entity_id, detail = demo_db.query(
        "SELECT action, entity, entity_id, detail FROM audit_log ORDER BY id DESC LIMIT 1")[0]
    assert (action, entity, entity_id) == ("at_risk_decision", "tenancy", str(t1))
    assert json.loads(detail)["measures"] == ["gjeldsradgivning", "nav"]
    assert verify(demo_db.conn).ok
    # a later correction by the landlord does not rewrite what the meeting decided on
    _import(demo_db, write_csv(tmp_path / "r2.csv", [HEADER, [u1, "31.10.2026", "restanse", "1000", ""]]),
            reference_date)
    assert decisions_for(demo_db, t1)[0].arrears_amount == 15000


def test_a_recorded_decision_is_frozen_in_the_database(demo_db, reference_date):
    [(t1, _u1)] = _fresh_tenancies(demo_db, 1)
    decided = record_at_risk_decision(demo_db, t1, {AtRiskMeasure.CONTACT}, NOTE, "Boligkontoret", reference_date)
    for statement in ("UPDATE at_risk_decisions SET note = 'Endret i etterkant av noen.' WHERE id = ?",
                      "UPDATE at_risk_decisions SET measures = '[]' WHERE id = ?",
                      "DELETE FROM at_risk_decisions WHERE id = ?"):
        with pytest.raises(sqlite3.IntegrityError):
            demo_db.conn.execute(statement, (decided.id,))
    with pytest.raises(sqlite3.IntegrityError):  # a measure the circular does not name
        demo_db.conn.execute("INSERT INTO at_risk_decisions (tenancy_id, decided_on, decided_by, measures, note, "
                             "recorded_at, recorded_by) VALUES (?, '2026-11-01', 'x', '[\"utkastelse\"]', 'x', "
                             "'2026-11-01T10:00:00', 'x')", (t1,))
    assert decisions_for(demo_db, t1) == [decided]


@pytest.mark.parametrize("change, message", [
    (dict(note="ok"), "hel setning"),
    (dict(decided_by="  "), "Hvem som vedtok"),
    (dict(decided_on=date.today() + timedelta(days=1)), "fram i tid"),
    (dict(tenancy_id=10**9), "finnes ikke"),
    (dict(meeting_id=10**9), "Møte nr."),
    (dict(meeting_id="signed"), "signert"),
])
def test_a_decision_that_cannot_stand_is_refused_in_words_and_nothing_is_written(demo_db, reference_date, change,
                                                                                   message):
    [(t1, _u1)] = _fresh_tenancies(demo_db, 1)
    if change.get("meeting_id") == "signed":  # what a signed meeting decided is fixed; nothing is added to it
        change = {"meeting_id": demo_db.scalar("SELECT id FROM meetings WHERE status = 'signed' LIMIT 1")}
    arguments = dict(tenancy_id=t1, measures={AtRiskMeasure.CONTACT}, note=NOTE, decided_by="Tildelingsmøtet",
                     decided_on=reference_date) | change
    before = content_digest(demo_db)
    with pytest.raises(AtRiskError, match=message):
        record_at_risk_decision(demo_db, **arguments)
    assert content_digest(demo_db) == before


def test_a_read_only_file_lists_but_does_not_record(demo_path, reference_date):
    from boligmote.store import Database

    with Database.open(demo_path, readonly=True) as database:
        assert tenancies_at_risk(database, reference_date).items
        tenancy_id = tenancies_at_risk(database, reference_date).items[0].tenancy_id
        with pytest.raises(MeetingError, match="skrivebeskyttet"):
            record_at_risk_decision(database, tenancy_id, {AtRiskMeasure.CONTACT}, NOTE, "Møtet", reference_date)


def test_the_ledger_keeps_its_history(demo_db):
    entry_id = demo_db.scalar("SELECT id FROM ledger_entries LIMIT 1")
    with pytest.raises(sqlite3.IntegrityError):
        demo_db.conn.execute("DELETE FROM ledger_entries WHERE id = ?", (entry_id,))
    with pytest.raises(sqlite3.IntegrityError):
        demo_db.conn.execute("UPDATE ledger_entries SET entry_on = '2020-01-01' WHERE id = ?", (entry_id,))


# ---- the command line ------------------------------------------------------------------------------

def test_the_at_risk_command_lists_the_demo_as_text_and_json(demo_path, reference_date):
    def run(*extra):
        return subprocess.run([sys.executable, "-m", "boligmote", "at-risk", "--db", str(demo_path), "--today",
                               f"{reference_date:%d.%m.%Y}", *extra], capture_output=True, text=True, timeout=120,
                              env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})

    text = run()
    assert text.returncode == 0, text.stderr
    assert "leieforhold i risiko per 23.11.2026" in text.stdout and "begjæring om fravikelse" in text.stdout
    listed = json.loads(run("--format", "json").stdout)
    assert listed and {"unit_id", "arrears", "warning", "last_decision", "cooperation_plan"} <= set(listed[0])
    assert any(item["warning"] == "begjaering_fravikelse" for item in listed)


def test_the_list_commands_share_their_options():
    from boligmote.cli import build_parser

    parser = build_parser()
    for argv in (["renewals", "--db", "f", "--months", "3"], ["follow-ups", "--db", "f", "--days", "3"],
                 ["at-risk", "--db", "f"]):
        args = parser.parse_args([*argv, "--format", "json", "--today", "01.02.2026"])
        assert (args.format, args.today) == ("json", date(2026, 2, 1))
    with pytest.raises(SystemExit):
        parser.parse_args(["at-risk", "--db", "f", "--months", "3"])

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

from boligmote.domain import AtRiskMeasure, LedgerEntryKind, NavBasis
from boligmote.services.at_risk import (
    AtRiskError,
    deciders_of,
    decisions_for,
    record_at_risk_decision,
    tenancies_at_risk,
)
from boligmote.services.importing import ImportFileError, commit_import, plan_import
from boligmote.services.meeting_settings import change_meeting_settings
from boligmote.services.meetings import MeetingError
from boligmote.store.audit import verify

from .test_import import write_csv as write_table
from .test_import_fuzz import content_digest
from .test_meetings import new_meeting

ROOT = Path(__file__).resolve().parents[2]
HEADER = ["bolig_id", "dato", "post", "beløp", "referanse"]
NOTE = "Leietakeren kalles inn til samtale, og NAV tilbyr økonomisk rådgivning."


def _fresh_tenancies(db, count: int = 3, numbered: bool = True) -> list[tuple[int, str]]:
    """Current tenancies with no ledger entries, begun well before the reference date; numbered:
    each gets the contract number «K-<unit>» (a ledger row names the lease it is about)."""
    found = db.query(
        "SELECT t.id, t.unit_id FROM tenancies t WHERE t.ended_on IS NULL AND t.contract_start <= '2025-01-01' "
        "AND t.id NOT IN (SELECT tenancy_id FROM ledger_entries) "
        "AND t.id NOT IN (SELECT tenancy_id FROM cooperation_plans) ORDER BY t.id LIMIT ?", (count,))
    if numbered:
        with db.transaction("test", "lease_no"):
            db.conn.executemany("UPDATE tenancies SET lease_no = ? WHERE id = ?", [(f"K-{u}", t) for t, u in found])
    return found


def write_csv(path, rows):
    """A ledger file (rows after HEADER) gets the contract number column: «K-<unit>» for a row of five
    cells, a sixth cell as given."""
    if rows and rows[0] == HEADER:
        rows = [[*HEADER, "kontraktnr"], *[[*r, f"K-{r[0]}"] if len(r) == 5 else r for r in rows[1:]]]
    return write_table(path, rows)


def _import(db, path, today):
    plan = plan_import(db, "ledger", path, today)
    assert plan.ok, plan.problems
    commit_import(db, plan)
    return plan


def _refusals(plan) -> list[tuple[int, str]]:
    return [(p.row, p.column) for p in plan.problems]


def decide(db, tenancy_id: int, measures, on: date, *, meeting_id: int | None = None, **more):
    """Measures decided in a meeting held `on` (a new one unless given) by all its members with
    decision authority; with measures, the office carries them out within two weeks."""
    if meeting_id is None:
        meeting_id = new_meeting(db, on)[1].id
    arguments = dict(meeting_id=meeting_id, deciders=[p for p, _ in deciders_of(db, meeting_id)])
    if measures:
        arguments |= dict(owner="Boligkontoret", due_on=on + timedelta(days=14))
    if AtRiskMeasure.NAV in measures:
        arguments["nav_basis"] = NavBasis.CONSENT
    return record_at_risk_decision(db, tenancy_id, measures, more.pop("note", NOTE), **(arguments | more))


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
    workbook.active.append([*HEADER, "kontraktnr"])
    workbook.active.append([u1, date(2026, 10, 31), "restanse", 9800.0, None, f"K-{u1}"])
    workbook.save(tmp_path / "r.xlsx")
    plan = _import(demo_db, tmp_path / "r.xlsx", reference_date)
    assert plan.table.format == "Excel (xlsx)" and plan.changes.created == 1
    assert demo_db.scalar("SELECT amount FROM ledger_entries WHERE tenancy_id = ?", (t1,)) == 9800


@pytest.mark.parametrize("row, column, reason", [
    (["{unit}", "31.02.2026", "restanse", "100", ""], "dato", "finnes ikke"),
    (["{unit}", "01.01.2030", "restanse", "100", ""], "dato", "fram i tid"),
    (["{unit}", "31.10.2026", "restanse", "-500", ""], "beløp", "negativ"),
    (["{unit}", "31.10.2026", "restanse", "", ""], "beløp", "beløpet"),
    (["{unit}", "31.10.2026", "purring", "100", ""], "post", "ukjent verdi"),
    (["FINNES-IKKE", "31.10.2026", "restanse", "100", "", ""], "bolig_id", "finnes ikke"),
    (["{vacant}", "31.10.2026", "restanse", "100", "", ""], "bolig_id", "ikke noe leieforhold"),
], ids=["impossible-date", "future", "negative", "arrears-without-amount", "unknown-kind",
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


def test_rows_about_former_tenants_are_skipped_with_a_report_and_the_rest_imports(demo_db, tmp_path, reference_date):
    (t1, u1), (t2, u2) = _fresh_tenancies(demo_db, 2)
    with demo_db.transaction("test", "lease_no"):
        demo_db.conn.execute("INSERT INTO tenancies (unit_id, household_type, adults, children_ages, needs, follow_up, "
                             "contract_start, ended_on, lease_no) VALUES (?, 'single', 1, '[]', '[]', '[]', "
                             "'1998-01-01', '2003-01-01', 'K-GAMMEL')", (u2,))
    path = write_csv(tmp_path / "r.csv", [HEADER, [u1, "31.10.2026", "restanse", "7000", ""],
                                          [u2, "01.01.2001", "restanse", "25000", "gammel", "K-GAMMEL"]])
    plan = _import(demo_db, path, reference_date)  # not refused: the rest of the file is good
    assert plan.changes.created == 1
    assert any("tidligere leietakere" in note and "rad 3" in note for note in plan.changes.notes), plan.changes.notes
    # the old balance never lands on the household living there now
    assert demo_db.scalar("SELECT count(*) FROM ledger_entries WHERE tenancy_id = ?", (t2,)) == 0


def test_rows_without_a_contract_number_are_listed_as_unresolved_never_put_on_the_current_tenant(
        demo_db, tmp_path, reference_date):
    """The lawyer's review: a row that names only the unit could be the household living there now or
    one before; arrears are never put on a person by guess. Such rows are listed «uavklart» for the
    caseworker to assign (by the contract number), and the rest of the file imports."""
    (t1, u1), (t2, u2) = _fresh_tenancies(demo_db, 2)
    path = write_csv(tmp_path / "r.csv", [HEADER, [u1, "31.10.2026", "restanse", "7000", ""],
                                          [u2, "31.10.2026", "restanse", "25000", "uten kontrakt", ""],
                                          [u2, "05.11.2026", "varsel_oppsigelse", "", "", ""]])
    plan = _import(demo_db, path, reference_date)
    assert plan.changes.created == 1
    assert demo_db.scalar("SELECT count(*) FROM ledger_entries WHERE tenancy_id = ?", (t2,)) == 0
    [note] = [n for n in plan.changes.notes if "Uavklart" in n]
    assert "2 rader" in note and "rad 3 og 4" in note and f"bolig {u2}" in note and "kontraktnummer" in note
    assert t2 not in {item.tenancy_id for item in tenancies_at_risk(demo_db, reference_date).items}


def test_a_row_with_a_contract_number_lands_on_that_lease_never_on_the_current_tenant(demo_db, tmp_path,
                                                                                      reference_date):
    (t1, u1), (t2, u2) = _fresh_tenancies(demo_db, 2, numbered=False)
    demo_db.conn.execute("UPDATE tenancies SET lease_no = 'K-1' WHERE id = ?", (t1,))
    # the household before in the same unit, moved out, with its own contract
    demo_db.conn.execute("INSERT INTO tenancies (unit_id, household_type, adults, children_ages, needs, follow_up, "
                         "contract_start, ended_on, lease_no) VALUES (?, 'single', 1, '[]', '[]', '[]', "
                         "'2019-01-01', '2024-12-31', 'K-0')", (u1,))
    header = [*HEADER, "kontraktnr"]
    path = write_csv(tmp_path / "r.csv", [
        header,
        [u1, "31.10.2026", "restanse", "9000", "", "K-1"],          # today's lease
        [u1, "31.10.2026", "varsel_oppsigelse", "", "", "K-0"],     # the former tenant's, dated after the move
        [u1, "15.10.2026", "begjaering_fravikelse", "", "", "K-9"],  # another lease than the unit's current one
    ])
    plan = _import(demo_db, path, reference_date)
    assert plan.changes.created == 1 and any("rad 3, 4" in note for note in plan.changes.notes)
    assert demo_db.query("SELECT kind, amount, lease_no FROM ledger_entries WHERE tenancy_id = ?", (t1,)) == [
        ("restanse", 9000, "K-1")]
    # a number the file names for another unit, or that nobody has where the unit's lease has none: refused
    refused = plan_import(demo_db, "ledger", write_csv(tmp_path / "bad.csv", [
        header, [u2, "31.10.2026", "restanse", "100", "", "K-1"], [u2, "31.10.2026", "restanse", "100", "", "K-7"]]),
        reference_date)
    assert _refusals(refused) == [(2, "kontraktnr"), (3, "kontraktnr")]
    assert "gjelder bolig" in refused.problems[0].reason and "kontraktnummer" in refused.problems[1].reason


def test_the_residents_file_gives_each_lease_its_contract_number(demo_db, tmp_path, reference_date):
    (t1, u1), (t2, u2) = _fresh_tenancies(demo_db, 2, numbered=False)
    residents = [["bolig_id", "husstandstype", "voksne", "kontraktnr"], [u1, "single", "1", "K-100"]]
    plan = plan_import(demo_db, "residents", write_csv(tmp_path / "b.csv", residents), reference_date)
    assert plan.ok, plan.problems
    commit_import(demo_db, plan)
    assert demo_db.scalar("SELECT lease_no FROM tenancies WHERE id = ?", (t1,)) == "K-100"
    # another number for the same unit is another household: the move-out comes first
    changed = plan_import(demo_db, "residents", write_csv(tmp_path / "c.csv", [
        residents[0], [u1, "single", "1", "K-101"], [u2, "single", "1", "K-100"]]), reference_date)
    assert _refusals(changed) == [(2, "kontraktnr"), (3, "kontraktnr")]
    assert "utflytting" in changed.problems[0].reason and "annet leieforhold" in changed.problems[1].reason


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
    workbook.active.append([*HEADER, "kontraktnr"])
    workbook.active.append([u1, "31.10.2026", "restanse", "=1000*10", None, f"K-{u1}"])
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
    decide(demo_db, t1, {AtRiskMeasure.CONTACT}, reference_date)
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
    _, meeting, people = new_meeting(demo_db, reference_date - timedelta(days=1))
    members = dict(deciders_of(demo_db, meeting.id))
    assert people["advisor"].id not in members and people["chair"].id in members  # the landlord advises
    decided = decide(demo_db, t1, {AtRiskMeasure.NAV, AtRiskMeasure.DEBT_COUNSELLING}, meeting.held_on,
                     meeting_id=meeting.id, deciders=[people["chair"].id, people["member"].id])
    # who decided: chosen from the meeting's members with decision authority, on the meeting's day
    assert (decided.decided_by, decided.decided_on, decided.meeting_id) == (
        "Kari Demosen, Aisha Testbakken", meeting.held_on, meeting.id)
    assert decided.decider_ids == (people["chair"].id, people["member"].id)
    assert decided.measures == {AtRiskMeasure.NAV, AtRiskMeasure.DEBT_COUNSELLING}
    assert decided.nav_basis is NavBasis.CONSENT
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


def test_measures_have_an_owner_and_a_deadline_that_becomes_a_follow_up_point(demo_db, reference_date):
    from boligmote.services.follow_up import follow_ups_due

    [(t1, _u1)] = _fresh_tenancies(demo_db, 1)
    decided = decide(demo_db, t1, {AtRiskMeasure.CONTACT}, reference_date, owner="Boligkontoret ved Kari",
                     due_on=reference_date + timedelta(days=10))
    assert (decided.owner, decided.due_on) == ("Boligkontoret ved Kari", reference_date + timedelta(days=10))
    due = [i for i in follow_ups_due(demo_db, reference_date + timedelta(days=10), days=0).items
           if i.point.tenancy_id == t1]
    assert len(due) == 1 and "Boligkontoret ved Kari" in due[0].point.promised and NOTE in due[0].point.promised
    assert due[0].point.at_risk_decision_id == decided.id  # the list says whose deadline, not «added by hand»
    with pytest.raises(AtRiskError, match="ansvarlig og en frist"):
        decide(demo_db, t1, {AtRiskMeasure.CONTACT}, reference_date, owner=" ")
    with pytest.raises(sqlite3.IntegrityError, match="ansvarlig"):  # the database holds it too (m0012)
        demo_db.conn.execute("INSERT INTO at_risk_decisions (tenancy_id, decided_on, decided_by, measures, note, "
                             "recorded_at, recorded_by) VALUES (?, '2026-11-01', 'x', '[\"kontakt\"]', 'x', "
                             "'2026-11-01T10:00:00', 'x')", (t1,))
    # with no measure, nothing to carry out: no owner, no point
    none = decide(demo_db, t1, set(), reference_date,
                  note="Restansen er betalt, og leietakeren har en nedbetalingsavtale med utleier.")
    assert none.owner == "" and none.due_on is None


def test_nav_is_told_only_with_the_tenants_consent_or_the_tenant_contacts_nav(demo_db, reference_date):
    [(t1, _u1)] = _fresh_tenancies(demo_db, 1)
    with pytest.raises(AtRiskError, match="samtykket"):
        decide(demo_db, t1, {AtRiskMeasure.NAV}, reference_date, nav_basis=None)
    with pytest.raises(AtRiskError, match="bare til tiltaket"):
        decide(demo_db, t1, {AtRiskMeasure.CONTACT}, reference_date, nav_basis=NavBasis.CONSENT)
    asked = decide(demo_db, t1, {AtRiskMeasure.NAV}, reference_date, nav_basis=NavBasis.TENANT_CONTACTS)
    assert asked.nav_basis is NavBasis.TENANT_CONTACTS
    with pytest.raises(sqlite3.IntegrityError, match="samtykke"):  # the database holds it too (m0012)
        demo_db.conn.execute("INSERT INTO at_risk_decisions (tenancy_id, decided_on, decided_by, measures, note, "
                             "recorded_at, recorded_by, owner, due_on) VALUES (?, '2026-11-01', 'x', '[\"nav\"]', "
                             "'x', '2026-11-01T10:00:00', 'x', 'x', '2026-11-20')", (t1,))


def test_who_decided_is_a_member_with_decision_authority_and_never_in_a_meeting_ahead(demo_db, reference_date):
    [(t1, _u1)] = _fresh_tenancies(demo_db, 1)
    _, meeting, people = new_meeting(demo_db, reference_date)
    with pytest.raises(AtRiskError, match="vedtaksmyndighet"):
        decide(demo_db, t1, {AtRiskMeasure.CONTACT}, reference_date, meeting_id=meeting.id,
               deciders=[people["advisor"].id])
    with pytest.raises(AtRiskError, match="Velg hvem"):
        decide(demo_db, t1, {AtRiskMeasure.CONTACT}, reference_date, meeting_id=meeting.id, deciders=[])
    _, ahead, _ = new_meeting(demo_db, date.today() + timedelta(days=7))
    with pytest.raises(AtRiskError, match="før møtedagen"):
        decide(demo_db, t1, {AtRiskMeasure.CONTACT}, ahead.held_on, meeting_id=ahead.id)
    decided = decide(demo_db, t1, {AtRiskMeasure.CONTACT}, reference_date, meeting_id=meeting.id)
    with pytest.raises(sqlite3.IntegrityError, match="vedtaksmyndighet"):  # the database holds it too (m0012)
        demo_db.conn.execute("INSERT INTO at_risk_deciders (decision_id, participant_id) VALUES (?, ?)",
                             (decided.id, people["advisor"].id))
    with pytest.raises(sqlite3.IntegrityError, match="møtets dato"):
        demo_db.conn.execute("INSERT INTO at_risk_decisions (tenancy_id, meeting_id, decided_on, decided_by, measures, "
                             "note, recorded_at, recorded_by) VALUES (?, ?, '2026-01-01', 'x', '[]', 'x', "
                             "'2026-11-01T10:00:00', 'x')", (t1, meeting.id))


def test_measures_decided_in_the_meeting_are_in_its_minutes_as_an_internal_decision(demo_db, reference_date):
    from boligmote.services.minutes import render_minutes

    from .test_minutes import pages_text

    [(t1, u1)] = _fresh_tenancies(demo_db, 1)
    _, meeting, _ = new_meeting(demo_db, reference_date)
    decide(demo_db, t1, {AtRiskMeasure.NAV}, reference_date, meeting_id=meeting.id,
           nav_basis=NavBasis.TENANT_CONTACTS)
    text = " ".join(pages_text(render_minutes(demo_db, meeting.id)))
    start = text.index("Beslutninger om tiltak")
    part = text[start:]
    assert "beslutning (internt)" in part and "ikke enkeltvedtak" in part and "Kari Demosen" in part
    assert "Leietakeren er bedt om å kontakte NAV selv" in part and "Boligkontoret, innen" in part
    assert "Leieforhold i risiko" in text[:start]  # its own part of the minutes
    screened = " ".join(pages_text(render_minutes(demo_db, meeting.id, names=False)))
    address = demo_db.scalar("SELECT b.address FROM units u JOIN stairwells s ON s.id = u.stairwell_id "
                             "JOIN buildings b ON b.id = s.building_id WHERE u.id = ?", (u1,))
    screened_part = screened[screened.index("Beslutninger om tiltak"):]
    assert u1 in screened_part and address not in screened_part


def test_the_minutes_count_at_risk_decisions_among_the_cases(demo_db, reference_date):
    """A meeting that only decided measures for tenancies at risk did not handle «0 cases»."""
    from boligmote.services.minutes import render_minutes

    from .test_minutes import pages_text

    [(t1, _), (t2, _)] = _fresh_tenancies(demo_db, 2)
    _, meeting, _ = new_meeting(demo_db, reference_date)
    decide(demo_db, t1, {AtRiskMeasure.CONTACT}, reference_date, meeting_id=meeting.id)
    decide(demo_db, t2, {AtRiskMeasure.DEBT_COUNSELLING}, reference_date, meeting_id=meeting.id)
    text = " ".join(" ".join(pages_text(render_minutes(demo_db, meeting.id))).split())
    assert "2 på sakslisten, 2 avgjort" in text


def test_a_recorded_decision_is_frozen_in_the_database(demo_db, reference_date):
    [(t1, _u1)] = _fresh_tenancies(demo_db, 1)
    decided = decide(demo_db, t1, {AtRiskMeasure.CONTACT}, reference_date)
    for statement in ("UPDATE at_risk_decisions SET note = 'Endret i etterkant av noen.' WHERE id = ?",
                      "UPDATE at_risk_decisions SET measures = '[]' WHERE id = ?",
                      "DELETE FROM at_risk_decisions WHERE id = ?"):
        with pytest.raises(sqlite3.IntegrityError, match="beslutning"):  # not «vedtak»: not an enkeltvedtak
            demo_db.conn.execute(statement, (decided.id,))
    with pytest.raises(sqlite3.IntegrityError):  # a measure the circular does not name
        demo_db.conn.execute("INSERT INTO at_risk_decisions (tenancy_id, decided_on, decided_by, measures, note, "
                             "recorded_at, recorded_by) VALUES (?, '2026-11-01', 'x', '[\"utkastelse\"]', 'x', "
                             "'2026-11-01T10:00:00', 'x')", (t1,))
    assert decisions_for(demo_db, t1) == [decided]


@pytest.mark.parametrize("change, message", [
    (dict(note="ok"), "hel setning"),
    (dict(tenancy_id=10**9), "finnes ikke"),
    (dict(meeting_id=10**9), "Møte nr."),
    (dict(meeting_id="signed"), "signert"),
])
def test_a_decision_that_cannot_stand_is_refused_in_words_and_nothing_is_written(demo_db, reference_date, change,
                                                                                   message):
    [(t1, _u1)] = _fresh_tenancies(demo_db, 1)
    _, meeting, people = new_meeting(demo_db, reference_date)
    if change.get("meeting_id") == "signed":  # what a signed meeting decided is fixed; nothing is added to it
        change = {"meeting_id": demo_db.scalar("SELECT id FROM meetings WHERE status = 'signed' LIMIT 1")}
    arguments = dict(tenancy_id=t1, measures={AtRiskMeasure.CONTACT}, note=NOTE, meeting_id=meeting.id,
                     deciders=[people["chair"].id], owner="Boligkontoret",
                     due_on=reference_date + timedelta(days=7)) | change
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
            record_at_risk_decision(database, tenancy_id, {AtRiskMeasure.CONTACT}, NOTE, meeting_id=1, deciders=[1],
                                    owner="Boligkontoret", due_on=reference_date)


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


def test_the_at_risk_command_shows_months_of_rent_and_the_trend_and_today_limits_the_ledger(demo_path, tmp_path,
                                                                                             capsys, reference_date):
    from boligmote.cli import main
    from boligmote.store import Database

    with Database.open(demo_path) as database:
        [(t1, u1)] = _fresh_tenancies(database, 1)
        _import(database, write_csv(tmp_path / "r.csv", [
            HEADER, [u1, "30.09.2026", "restanse", "6000", ""], [u1, "31.10.2026", "restanse", "9000", ""],
            [u1, "20.11.2026", "restanse", "2000", ""]]), reference_date)
        rent = database.scalar("SELECT rent FROM units WHERE id = ?", (u1,))

    def listed(day: str) -> dict:
        assert main(["at-risk", "--db", str(demo_path), "--today", day, "--format", "json"]) == 0
        return {item["tenancy_id"]: item for item in json.loads(capsys.readouterr().out)}

    # on 05.11 the ledger of 20.11 is not read: the balance then, risen from the one before
    then = listed("05.11.2026")[t1]
    assert (then["arrears"], then["previous_arrears"], then["trend"]) == (9000, 6000, "stiger")
    assert then["arrears_months"] == round(9000 / rent, 1)
    assert t1 not in listed("23.11.2026")  # paid down to 2 000 kr: under the threshold
    assert main(["at-risk", "--db", str(demo_path), "--today", "05.11.2026"]) == 0
    text = capsys.readouterr().out
    months = f"{9000 / rent:.1f}".replace(".", ",")
    assert f"Restanse: {months} måneders leie; stiger (fra 6\u00a0000\u00a0kr)" in text


def test_the_list_commands_share_their_options():
    from boligmote.cli import build_parser

    parser = build_parser()
    for argv in (["renewals", "--db", "f", "--months", "3"], ["follow-ups", "--db", "f", "--days", "3"],
                 ["at-risk", "--db", "f"]):
        args = parser.parse_args([*argv, "--format", "json", "--today", "01.02.2026"])
        assert (args.format, args.today) == ("json", date(2026, 2, 1))
    with pytest.raises(SystemExit):
        parser.parse_args(["at-risk", "--db", "f", "--months", "3"])


def test_a_measure_is_never_stamped_before_its_meeting_whatever_today_the_caller_gives(demo_db, reference_date):
    """The lawyer's review: the service compared the meeting's day with the `today` it was given,
    while the decision is stamped with the clock; a caller's «today» ahead of the clock let a
    decision be recorded before its meeting. A meeting started later than now decides nothing yet."""
    from datetime import datetime

    from boligmote.words import error_code

    [(t1, _u1)] = _fresh_tenancies(demo_db, 1)
    meetings, ahead, _ = new_meeting(demo_db, date.today() + timedelta(days=7))
    with pytest.raises(AtRiskError) as refused:
        decide(demo_db, t1, {AtRiskMeasure.CONTACT}, ahead.held_on, meeting_id=ahead.id, today=ahead.held_on)
    assert error_code(refused.value) == "errors.before_start.measure_day" and "beslutning" in str(refused.value)
    meetings, started_later, _ = new_meeting(demo_db, date.today())
    meetings.start(started_later.id, at=datetime.now() + timedelta(hours=2))
    with pytest.raises(AtRiskError) as refused:
        decide(demo_db, t1, {AtRiskMeasure.CONTACT}, started_later.held_on, meeting_id=started_later.id)
    assert error_code(refused.value) == "errors.before_start.measure_started"
    assert decisions_for(demo_db, t1) == []

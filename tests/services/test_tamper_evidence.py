"""Tamper evidence an auditor can trust (issue 14 §1): each attack below was made with raw SQL
against a demo file and went unnoticed before the record fingerprint, the schema check, the
backup comparison and the anchor."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys

import pytest

from boligmote.services.backups import take_backup
from boligmote.services.meetings import MeetingError, Meetings
from boligmote.services.verification import anchor_code, check_anchor, verify_file
from boligmote.store import Database
from boligmote.store.audit import _row_hash
from boligmote.store.fingerprint import FINGERPRINT_VERSION

from .test_minutes import pages_text


def _raw(path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def _signed_meeting(path) -> int:
    database = Database.open(path, readonly=True)
    try:
        return next(s.meeting.id for s in Meetings(database).all() if s.meeting.status.value == "signed")
    finally:
        database.close()


def _verify(path):
    database = Database.open(path, readonly=True)
    try:
        return verify_file(database)
    finally:
        database.close()


def _cli(*args, path):
    return subprocess.run([sys.executable, "-m", "boligmote", *args, "--db", str(path)], capture_output=True,
                          text=True, timeout=120)


def test_an_untouched_demo_verifies_and_its_minutes_carry_the_fingerprint(demo_path):
    result = _verify(demo_path)
    assert result.ok, result.lines("demo")
    [meeting] = result.meetings
    database = Database.open(demo_path, readonly=True)
    try:
        from boligmote.services.signing import signed_minutes_pdf

        pages = pages_text(signed_minutes_pdf(database, meeting.meeting_id))
    finally:
        database.close()
    assert all(f"Kontrollsum: {meeting.fingerprint[:16]}" in page for page in pages)
    assert meeting.fingerprint[48:] in pages[-1].replace(" ", "")  # in full on the last page


def test_a_decision_changed_behind_dropped_triggers_is_named_and_no_longer_printed(demo_path):
    meeting_id = _signed_meeting(demo_path)
    conn = _raw(demo_path)
    decision_id = conn.execute("SELECT min(id) FROM decisions WHERE meeting_id = ?", (meeting_id,)).fetchone()[0]
    conn.execute("DROP TRIGGER decisions_signed_no_update")
    conn.execute("UPDATE decisions SET reasons = 'Endret i ettertid.' WHERE id = ?", (decision_id,))
    conn.close()
    result = _verify(demo_path)
    assert not result.ok
    text = "\n".join(result.lines("demo"))
    assert f"vedtak {decision_id} er endret" in text
    assert "trigger «decisions_signed_no_update» mangler" in text
    assert _cli("verify", path=demo_path).returncode == 1
    letter = _cli("letter", "--decision", str(decision_id), "--out", str(demo_path.parent / "brev.pdf"), path=demo_path)
    assert letter.returncode != 0 and "endret etter signering" in letter.stderr + letter.stdout
    assert not (demo_path.parent / "brev.pdf").exists()
    minutes = _cli("minutes", "--meeting", str(meeting_id), "--with-addenda", "--out",
                   str(demo_path.parent / "p.pdf"), path=demo_path)
    assert minutes.returncode != 0 and "endret etter signering" in minutes.stderr + minutes.stdout


@pytest.mark.parametrize("sql, expected", [
    ("UPDATE participants SET name = 'Noen Andre' WHERE id = (SELECT min(id) FROM participants WHERE meeting_id = :m)",
     "deltaker"),
    ("UPDATE meetings SET status = 'closed' WHERE id = :m", "satt tilbake fra signert"),
    ("DELETE FROM decision_members WHERE decision_id = (SELECT min(id) FROM decisions WHERE meeting_id = :m)",
     "vedtaksdeltaker"),
])
def test_raw_edits_of_a_signed_meeting_are_found(demo_path, sql, expected):
    meeting_id = _signed_meeting(demo_path)
    conn = _raw(demo_path)
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    conn.execute(sql, {"m": meeting_id})
    conn.close()
    result = _verify(demo_path)
    assert not result.ok and expected in "\n".join(result.lines("demo"))


def test_a_replaced_pdf_with_a_matching_hash_is_found(demo_path):
    import hashlib

    meeting_id = _signed_meeting(demo_path)
    forged = b"%PDF-1.4 forfalsket protokoll"
    digest = hashlib.sha256(forged).hexdigest()
    conn = _raw(demo_path)
    conn.execute("DROP TRIGGER signed_minutes_no_update")
    conn.execute("DROP TRIGGER meetings_signed_no_update")
    conn.execute("UPDATE signed_minutes SET pdf = ?, sha256 = ? WHERE meeting_id = ?", (forged, digest, meeting_id))
    conn.execute("UPDATE meetings SET minutes_sha256 = ? WHERE id = ?", (digest, meeting_id))
    conn.close()
    text = "\n".join(_verify(demo_path).lines("demo"))
    assert "ikke den som ble signert" in text


def test_triggers_removed_through_writable_schema_are_found(demo_path):
    conn = _raw(demo_path)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("DELETE FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'decisions_%'")
    conn.execute("PRAGMA writable_schema = OFF")
    conn.close()
    result = _verify(demo_path)
    assert not result.schema.ok and any("decisions_signed_no_delete" in d for d in result.schema.differences)
    checked = subprocess.run([sys.executable, "-m", "boligmote", "check", str(demo_path)], capture_output=True,
                             text=True, timeout=120)
    assert checked.returncode == 1 and "Skjema: BRUDD" in checked.stdout


def _backup(path):
    database = Database.open(path)
    try:
        take_backup(database)
    finally:
        database.close()


def _backup_and_anchor(path) -> str:
    """A backup copy and an anchor code taken now, as an office would keep them outside the file."""
    _backup(path)
    database = Database.open(path, readonly=True)
    try:
        return anchor_code(database)
    finally:
        database.close()


def _anchor_holds(path, code: str) -> bool:
    database = Database.open(path, readonly=True)
    try:
        return check_anchor(database, code).ok
    finally:
        database.close()


def test_deleting_the_whole_audit_log_is_found_against_the_backup_and_the_anchor(demo_path):
    code = _backup_and_anchor(demo_path)
    conn = _raw(demo_path)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.execute("DELETE FROM audit_log")
    conn.close()
    result = _verify(demo_path)
    assert result.chain.ok and result.chain.rows == 0  # an empty chain is whole …
    assert not result.backup.ok and not result.ok  # … but the backup had entries
    assert any("ingen oppføring for signeringen" in p for m in result.meetings for p in m.problems)
    assert not _anchor_holds(demo_path, code)


def test_an_edited_and_rehashed_chain_is_found_against_the_backup_and_the_anchor(demo_path):
    code = _backup_and_anchor(demo_path)
    conn = _raw(demo_path)
    conn.execute("DROP TRIGGER audit_log_no_update")
    rows = conn.execute("SELECT id, at, actor, action, entity, entity_id, detail FROM audit_log ORDER BY id").fetchall()
    prev = "0" * 64
    for row_id, at, actor, action, entity, entity_id, detail in rows:
        if row_id == rows[3][0]:
            actor = "en annen"  # rewrite who made an early change …
        digest = _row_hash(prev, at, actor, action, entity, entity_id, detail)  # … and re-hash everything after
        conn.execute("UPDATE audit_log SET actor = ?, prev_hash = ?, hash = ? WHERE id = ?", (actor, prev, digest, row_id))
        prev = digest
    conn.close()
    result = _verify(demo_path)
    assert result.chain.ok  # consistent inside the file …
    assert not result.backup.ok and "ikke lenger den samme" in result.backup.problems[0]  # … not against the copy
    assert not _anchor_holds(demo_path, code)


def test_the_anchor_code_proves_an_untouched_file_on_the_command_line(demo_path):
    code = _cli("verify", "--anchor", path=demo_path).stdout.strip()
    assert code.startswith("BM1-")
    _backup(demo_path)  # later changes do not disturb what the anchor covers
    checked = _cli("verify", "--since", code, path=demo_path)
    assert checked.returncode == 0 and "er uendret" in checked.stdout
    assert _cli("verify", "--since", "BM1-3-" + "0" * 20, path=demo_path).returncode == 1


def test_the_sign_entry_keeps_the_fingerprint_and_every_records_hash(demo_path):
    conn = _raw(demo_path)
    detail = json.loads(conn.execute("SELECT detail FROM audit_log WHERE action = 'sign'").fetchone()[0])
    conn.close()
    assert len(detail["fingerprint"]) == 64 and detail["fingerprint_version"] == FINGERPRINT_VERSION
    assert any(key.startswith("vedtak ") for key in detail["records"])
    assert any(key.startswith("signatur ") for key in detail["records"])


def test_render_refuses_a_tampered_signed_meeting(demo_db):
    meeting_id = next(s.meeting.id for s in Meetings(demo_db).all() if s.meeting.status.value == "signed")
    demo_db.conn.execute("DROP TRIGGER proposals_signed_no_update")
    demo_db.conn.execute("UPDATE proposals SET notes = 'endret' WHERE meeting_id = ?", (meeting_id,))
    from boligmote.services.minutes import render_minutes

    with pytest.raises(MeetingError, match="endret etter signering"):
        render_minutes(demo_db, meeting_id)


def test_a_letter_is_frozen_when_issued_and_verify_checks_it(demo_path):
    from boligmote.services.issued_letters import issue_letter

    meeting_id = _signed_meeting(demo_path)
    database = Database.open(demo_path)
    try:
        decision_id = database.scalar("SELECT min(id) FROM decisions WHERE meeting_id = ?", (meeting_id,))
        first, issued = issue_letter(database, decision_id)
        # a later change of the office address does not change the letter that was sent
        from boligmote.services.meeting_settings import change_meeting_settings

        change_meeting_settings(database, {"office": {"postal_address": "Ny adresse 1"}})
        again, _ = issue_letter(database, decision_id)
        entries = database.scalar("SELECT count(*) FROM audit_log WHERE action = 'issue' AND entity = 'letter'")
    finally:
        database.close()
    assert issued and again == first and entries == 1
    assert _verify(demo_path).ok
    conn = _raw(demo_path)
    conn.execute("DROP TRIGGER issued_letters_no_update")
    conn.execute("UPDATE issued_letters SET pdf = ? WHERE decision_id = ?", (b"%PDF annet brev", decision_id))
    conn.close()
    result = _verify(demo_path)
    assert not result.ok and any(f"vedtak {decision_id}" in p for p in result.letters)

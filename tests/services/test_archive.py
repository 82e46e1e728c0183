"""A signed meeting into the municipality's archive as Fiks Arkiv V1 messages (issue 20 item 2).

Every message is validated here against the KS schemas copied into resources/fiks-arkiv-v1/
(lxml), independently of the export's own check."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from boligmote.paths import resource
from boligmote.services.archive import ArchiveError, export_meeting
from boligmote.services.meetings import Meetings
from boligmote.services.signing import signed_minutes_pdf
from boligmote.store import Database

from .pdfa_rules import pdfa_problems

REFERENCE_DATE = __import__("tests.conftest", fromlist=["REFERENCE_DATE"]).REFERENCE_DATE
NS = {"a": "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1",
      "n": "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1",
      "xsi": "http://www.w3.org/2001/XMLSchema-instance"}
EXEMPTION = "Offl. § 13 jf. fvl. § 13"


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(resource("fiks-arkiv-v1",
                                                    "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd"))))


@pytest.fixture
def out(tmp_path) -> Path:
    """An empty folder to export into (tmp_path holds the demo file and its backups)."""
    folder = tmp_path / "ut"
    folder.mkdir()
    return folder


def _signed(database) -> int:
    return next(s.meeting.id for s in Meetings(database).all() if s.meeting.status.value == "signed")


def _messages(folder: Path) -> dict[str, etree._Element]:
    return {path.parent.name: etree.parse(str(path)).getroot() for path in sorted(folder.glob("*/arkivmelding.xml"))}


def _one(node, path: str) -> str:
    found = node.xpath(path, namespaces=NS)
    assert len(found) == 1, (path, found)
    return found[0] if isinstance(found[0], str) else found[0].text


def test_every_exported_message_validates_against_the_fiks_arkiv_schema(demo_db, out, schema):
    meeting_id = _signed(demo_db)
    result = export_meeting(demo_db, meeting_id, out)
    messages = _messages(result.folder)
    decided = [c for c in Meetings(demo_db).record(meeting_id).cases if c.decision]
    assert len(messages) == 1 + len(decided) == len(result.messages)
    for name, root in messages.items():
        assert schema.validate(root), (name, [str(e) for e in schema.error_log])
        # one journal entry per message, and every file it names is there with its size and hash
        assert len(root.xpath("a:registrering", namespaces=NS)) == 1
        objects = root.xpath("//a:dokumentobjekt", namespaces=NS)
        assert int(_one(root, "a:antallFiler")) == len(objects) >= 1
        for item in objects:
            data = (result.folder / name / _one(item, "a:referanseDokumentfil")).read_bytes()
            assert _one(item, "a:sjekksum") == hashlib.sha256(data).hexdigest()
            assert int(_one(item, "a:filstoerrelse")) == len(data)
            assert _one(item, "a:variantformat/n:kode") == "A"
            assert pdfa_problems(data) == [], name
    # the checksum list verifies the way an archivist checks it
    listed = (result.folder / "sjekksummer.sha256").read_text(encoding="utf-8").splitlines()
    assert len(listed) == sum(1 + len(m.files) for m in result.messages)
    for line in listed:
        digest, relative = line.split("  ", 1)
        assert hashlib.sha256((result.folder / relative).read_bytes()).hexdigest() == digest


def test_each_entry_has_case_number_date_access_code_exemption_basis_and_the_applicant_on_letters(demo_db, out):
    meeting_id = _signed(demo_db)
    record = Meetings(demo_db).record(meeting_id)
    messages = _messages(export_meeting(demo_db, meeting_id, out).folder)
    minutes = messages.pop("01-protokoll")
    assert _one(minutes, "a:mappe/@xsi:type") == "moetemappe"
    assert _one(minutes, "a:mappe/a:moetedato") == record.meeting.held_on.isoformat()
    assert _one(minutes, "a:registrering/a:journalposttype/n:kode") == "X"
    assert _one(minutes, "a:registrering/a:dokumentetsDato") == record.meeting.signed_at.date().isoformat()
    referenced = {f"{int(y)}/{int(n):05d}" for y, n in zip(
        minutes.xpath("//a:kryssreferanse/a:referanseTilMappe/n:saksnummer/n:saksaar/text()", namespaces=NS),
        minutes.xpath("//a:kryssreferanse/a:referanseTilMappe/n:saksnummer/n:sakssekvensnummer/text()", namespaces=NS))}
    decided = {c.proposal.case_no: c for c in record.cases if c.decision}
    assert referenced == set(decided)
    for root in [minutes, *messages.values()]:
        for screening in root.xpath("//a:registrering/a:skjerming | //a:dokumentbeskrivelse/a:skjerming",
                                    namespaces=NS):
            assert _one(screening, "a:tilgangsrestriksjon/n:kode") == "13"
            assert _one(screening, "a:skjermingshjemmel") == EXEMPTION
        assert len(root.xpath("//a:skjerming", namespaces=NS)) >= 2  # the entry and its document
    assert len(messages) == len(decided)
    for root in messages.values():
        entry = root.xpath("a:registrering", namespaces=NS)[0]
        case_no = f"{_one(entry, 'a:referanseForelderMappe/n:saksnummer/n:saksaar')}/" \
                  f"{int(_one(entry, 'a:referanseForelderMappe/n:saksnummer/n:sakssekvensnummer')):05d}"
        case = decided.pop(case_no)
        assert _one(entry, "a:journalposttype/n:kode") == "U"
        assert _one(entry, "a:dokumentetsDato") == case.decision.decided_at.date().isoformat()
        assert _one(entry, "a:korrespondansepart/a:korrespondanseparttype/n:kode") == "EM"
        assert _one(entry, "a:korrespondansepart/a:korrespondansepartNavn") == case.applicant.name
        assert _one(entry, "a:korrespondansepart/a:postnummer") == case.applicant.postal_code
        assert _one(entry, "a:korrespondansepart/a:erSkjermet") == "true"
        # the applicant's name stays out of the title the public journal shows
        assert case.applicant.name not in _one(entry, "a:offentligTittel")
    assert not decided


def test_an_unsigned_meeting_is_never_exported(demo_db, out):
    unsigned = next(s.meeting.id for s in Meetings(demo_db).all() if s.meeting.status.value != "signed")
    with pytest.raises(ArchiveError, match="ikke signert.*Bare et signert møte kan arkiveres"):
        export_meeting(demo_db, unsigned, out)
    assert list(out.iterdir()) == []


def test_an_export_is_never_written_over(demo_db, out):
    meeting_id = _signed(demo_db)
    first = export_meeting(demo_db, meeting_id, out)
    before = (first.folder / "sjekksummer.sha256").read_bytes()
    with pytest.raises(ArchiveError, match="finnes allerede"):
        export_meeting(demo_db, meeting_id, out)
    assert (first.folder / "sjekksummer.sha256").read_bytes() == before


def test_documents_frozen_before_pdfa_go_as_an_archival_copy_beside_the_untouched_original(tmp_path, monkeypatch,
                                                                                         schema):
    from boligmote.services.demo_file import create_demo_database

    # a file whose meeting was signed, and letters issued, by the app before PDF/A
    monkeypatch.setattr("boligmote.services.pdfa.to_pdfa", lambda pdf, info: pdf)
    database = create_demo_database(tmp_path / "old.sqlite", "small", reference_date=REFERENCE_DATE)
    meeting_id = _signed(database)
    from boligmote.services.issued_letters import issue_letter

    decision_id = Meetings(database).record(meeting_id).decisions[0].id
    old_letter, _ = issue_letter(database, decision_id)
    monkeypatch.undo()
    try:
        original = signed_minutes_pdf(database, meeting_id)
        stored_sha = Meetings(database).get(meeting_id).minutes_sha256
        out = tmp_path / "eksport"
        out.mkdir()
        result = export_meeting(database, meeting_id, out)
        # the old minutes and the old letter get a copy; the letters issued by the export are PDF/A
        decided = len(Meetings(database).record(meeting_id).decisions)
        assert (result.derived_copies, result.issued_now) == (2, decided - 1)
        minutes = _messages(result.folder)["01-protokoll"]
        assert schema.validate(minutes), [str(e) for e in schema.error_log]
        objects = {_one(o, "a:variantformat/n:kode"): o for o in minutes.xpath("//a:dokumentobjekt", namespaces=NS)}
        assert set(objects) == {"A", "P"}
        kept = (result.folder / "01-protokoll" / _one(objects["P"], "a:referanseDokumentfil")).read_bytes()
        assert kept == original and _one(objects["P"], "a:sjekksum") == stored_sha
        copy = (result.folder / "01-protokoll" / _one(objects["A"], "a:referanseDokumentfil")).read_bytes()
        assert pdfa_problems(copy) == [] and pdfa_problems(original)
        assert _one(objects["A"], "a:sjekksum") == hashlib.sha256(copy).hexdigest() != stored_sha
        # the frozen documents in the file are as they were
        assert signed_minutes_pdf(database, meeting_id) == original
        assert issue_letter(database, decision_id)[0] == old_letter
    finally:
        database.close()


def test_the_archive_command_exports_a_signed_meeting_and_refuses_an_unsigned_one(demo_path, out):
    database = Database.open(demo_path, readonly=True)
    try:
        signed = _signed(database)
        unsigned = next(s.meeting.id for s in Meetings(database).all() if s.meeting.status.value != "signed")
    finally:
        database.close()

    def run(meeting: int):
        return subprocess.run([sys.executable, "-m", "boligmote", "archive", "--db", str(demo_path), "--meeting",
                               str(meeting), "--out", str(out)], capture_output=True, text=True, timeout=180)

    refused = run(unsigned)
    assert refused.returncode == 1 and "ikke signert" in refused.stderr and "Traceback" not in refused.stderr
    done = run(signed)
    assert done.returncode == 0, done.stderr
    assert "7 arkivmeldinger" in done.stdout
    [folder] = list(out.iterdir())
    assert (folder / "01-protokoll" / "protokoll.pdf").is_file()

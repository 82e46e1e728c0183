"""A signed meeting into the municipality's archive: Fiks Arkiv V1 messages (issue 20 item 2).

A Noark 5 sak/arkiv system takes documents in through an *arkivmelding*
(`no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett`, resources/fiks-arkiv-v1/). One
message holds at most one folder (mappe) and one journal entry (registrering), so a
meeting becomes one message per journal entry, each in a folder of its own:

- «01-protokoll»: a meeting folder (moetemappe: meeting number, committee, date, place,
  participants) and in it the signed minutes as an internal journal entry (type X), with a
  cross-reference to every applicant's case folder the meeting decided in;
- «02-…» onwards, one per decided case: the letter to the applicant as an outgoing journal
  entry (type U) in the applicant's case folder, found by its case number (saksår/sekvens-
  nummer, «2026/00061» → 2026, 61), with the applicant as correspondence party (recipient)
  and a cross-reference to the minutes.

Every journal entry and document carries the access code and the legal basis for exemption
(offl. § 13 jf. fvl. § 13), the document date, and its PDF/A file with size and SHA-256.
Documents signed or issued before the app wrote PDF/A keep their frozen bytes: the original
goes along as production format (variantformat P) and a derived PDF/A copy, with its own
hash, as archival format (A) — services/pdfa.py. `sjekksummer.sha256` lists every file for
`sha256sum -c`.

Only a signed meeting is archived, and only from a record that verifies. Letters not yet
issued are issued here (frozen, as printing them would), so that the archive holds the
letter the applicant gets; a file opened read-only cannot, and says so. Each message is
validated against the schema before anything is written, and nothing is written unless
every message is valid.
"""
from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, time
from functools import cache
from pathlib import Path
from typing import Any

from ..domain import MeetingStatus, Outcome
from ..paths import resource
from ..store import Database
from ..store.issued_letters import IssuedLetterRepository
from ..store.meetings import MeetingRepository
from ..domain.meetings import Decision
from .meetings import MeetingError, Meetings
from .meeting_record import AgendaCase, MeetingRecord
from ..words import Phrase

NAMESPACE = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1"
# The children of a type the Noark metadata catalogue defines (kode, identifikatorer,
# saksnummer, eksternNoekkel, moetedeltaker …) are in the catalogue's namespace.
CATALOGUE = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA = ("fiks-arkiv-v1", "no.ks.fiks.arkiv.v1.arkivering.arkivmelding.opprett.xsd")
MESSAGE_FILE = "arkivmelding.xml"
CHECKSUMS_FILE = "sjekksummer.sha256"
SYSTEM = "Boligmøte"

# Access code and legal basis: the marking every page carries (resources/meetings/defaults.toml).
# «13» is the access code most Noark systems use for duty of confidentiality (taushetsplikt);
# the archivist maps it to the municipality's own code list if it differs (README).
ACCESS_CODE = ("13", "Taushetsplikt")
EXEMPTION_BASIS = "Offl. § 13 jf. fvl. § 13"
# Noark 5 codes (metadatakatalog M082, M087, M217, M700) and PRONOM ids for M701
ENTRY_INTERNAL = ("X", "Organinternt dokument uten oppfølging")
ENTRY_OUTGOING = ("U", "Utgående dokument")
RECIPIENT = ("EM", "Mottaker")
MAIN_DOCUMENT = ("H", "Hoveddokument")
FINISHED = ("F", "Dokumentet er ferdigstilt")
ARCHIVAL_FORMAT = ("A", "Arkivformat")
PRODUCTION_FORMAT = ("P", "Produksjonsformat")
PDFA_2B = ("fmt/477", "PDF/A-2b")
PDF_1_4 = ("fmt/18", "PDF 1.4")
DOCUMENT_TYPE = {
    Outcome.ALLOCATED: ("VEDTAK", "Vedtak"),
    Outcome.REFUSED: ("VEDTAK", "Vedtak"),
    Outcome.DEFERRED: ("MELDING", "Foreløpig svar"),
    Outcome.WITHDRAWN: ("KORR", "Bekreftelse"),
}
MINUTES_TYPE = ("PROTOKOLL", "Møteprotokoll")
_CASE_NUMBER = re.compile(r"^\s*(\d{4})\s*/\s*0*(\d+)\s*$")


class ArchiveError(MeetingError):
    """Why a meeting cannot be archived (bokmål, for the user)."""


@dataclass(frozen=True)
class ArchiveFile:
    name: str  # in its message folder, ASCII
    shown_name: str  # the file name the archive shows
    pdf: bytes
    archival: bool  # PDF/A (variantformat A), or the frozen original (P)

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.pdf).hexdigest()


@dataclass
class ArchiveMessage:
    folder: str  # «01-protokoll», «02-2026-00061»
    title: str
    xml: bytes = b""
    files: list[ArchiveFile] = field(default_factory=list)


@dataclass(frozen=True)
class ArchiveResult:
    folder: Path
    messages: tuple[ArchiveMessage, ...]
    derived_copies: int  # documents frozen before PDF/A that got an archival copy
    issued_now: int  # letters issued by this export

    def summary(self) -> str:
        """One line of bokmål for the user."""
        letters = len(self.messages) - 1
        text = (f"Arkivert møtet i {self.folder}: {len(self.messages)} arkivmeldinger (protokollen og "
                f"{letters} brev).")
        if self.derived_copies:
            text += (f" {self.derived_copies} dokument(er) signert eller sendt før PDF/A fikk en avledet PDF/A-kopi "
                     "ved siden av originalen.")
        if self.issued_now:
            text += f" {self.issued_now} vedtaksbrev ble registrert som sendt nå."
        return text


def folder_name(record: MeetingRecord) -> str:
    return f"arkiv-mote-{record.meeting.id}-{record.meeting.held_on:%Y-%m-%d}"


def export_meeting(database: Database, meeting_id: int, out: Path) -> ArchiveResult:
    """Write the meeting's messages into a new folder in `out`; return what was written."""
    messages, derived, issued = build_messages(database, meeting_id)
    record = Meetings(database).record(meeting_id)
    target = out / folder_name(record)
    if not out.is_dir():
        raise ArchiveError(Phrase("errors.archive.no_folder", folder=out))
    if target.exists():
        raise ArchiveError(Phrase("errors.archive.exists", target=target))
    _write(target, messages)
    return ArchiveResult(target, tuple(messages), derived, issued)


def build_messages(database: Database, meeting_id: int) -> tuple[list[ArchiveMessage], int, int]:
    """The meeting's messages, each validated; (messages, archival copies derived, letters issued)."""
    from .issued_letters import issue_letter

    meetings = Meetings(database)
    meeting = meetings.get(meeting_id)
    if meeting.status is not MeetingStatus.SIGNED:
        raise ArchiveError(Phrase("errors.archive.not_signed", meeting=meeting_id, status=meeting.status))
    record = meetings.record(meeting_id, to_print=True)
    decided = [(case, case.decision) for case in record.cases if case.decision is not None]
    letters = IssuedLetterRepository(database)
    unissued = [case.proposal.case_no for case, decision in decided if letters.get(_id(decision)) is None]
    if unissued and database.readonly:
        raise ArchiveError(Phrase("errors.archive.unissued_read_only", cases=", ".join(unissued)))
    issued_now = 0
    for _case, decision in decided:
        if letters.get(_id(decision)) is None:
            issue_letter(database, _id(decision))  # a MeetingError names the case and what is missing
            issued_now += 1
    derived = 0
    stored = MeetingRepository(database).signed_minutes(meeting_id)
    if stored is None:
        raise ArchiveError(Phrase("errors.archive.minutes_missing", meeting=meeting_id))
    minutes_pdf = stored[0]
    minutes_files, copied = _files("protokoll", _minutes_file_title(record), minutes_pdf, meeting.signed_at)
    derived += copied
    messages = [_minutes_message(record, minutes_files)]
    for number, (case, decision) in enumerate(decided, start=2):
        pdf, issued_at = _issued(database, _id(decision))
        slug = re.sub(r"[^0-9A-Za-z]+", "-", case.proposal.case_no).strip("-")
        files, copied = _files(f"vedtaksbrev-{slug}", f"Vedtaksbrev {case.proposal.case_no}", pdf, issued_at)
        derived += copied
        messages.append(_letter_message(record, case, decision, files, issued_at, pdf, f"{number:02d}-{slug}"))
    schema = _schema()
    from lxml import etree

    for message in messages:
        document = etree.fromstring(message.xml)
        if not schema.validate(document):
            error = schema.error_log.last_error
            raise ArchiveError(Phrase("errors.archive.schema", title=message.title, line=error.line,
                                      error=error.message))
    return messages, derived, issued_now


def _id(decision: Decision) -> int:
    assert decision.id is not None, "a stored decision has an id"
    return decision.id


def _issued(database: Database, decision_id: int) -> tuple[bytes, datetime]:
    issued = IssuedLetterRepository(database).issued(decision_id)
    assert issued is not None, "asked for a letter the archive found issued"
    return issued


def _files(stem: str, shown: str, frozen: bytes, frozen_at: datetime | None) -> tuple[list[ArchiveFile], int]:
    """The document as the archive takes it: the frozen bytes if they are PDF/A; else a derived
    PDF/A copy (archival format) and the untouched original (production format)."""
    from .pdfa import archival_copy, is_pdfa

    if is_pdfa(frozen):
        return [ArchiveFile(f"{stem}.pdf", f"{shown}.pdf", frozen, True)], 0
    copy = archival_copy(frozen, frozen_at or datetime.now())
    return [ArchiveFile(f"{stem}.pdf", f"{shown}.pdf", copy, True),
            ArchiveFile(f"{stem}-original.pdf", f"{shown} (original).pdf", frozen, False)], 1


def _minutes_file_title(record: MeetingRecord) -> str:
    return f"Protokoll {record.meeting.title.lower()} {record.meeting.held_on:%d.%m.%Y}"


# ---- the XML ----------------------------------------------------------------------------------

def _minutes_message(record: MeetingRecord, files: list[ArchiveFile]) -> ArchiveMessage:
    meeting = record.meeting
    signed_at = meeting.signed_at or datetime.combine(meeting.held_on, time.min)
    title = f"Protokoll – {meeting.title} {meeting.held_on:%d.%m.%Y}"
    root, m = _message(len(files))
    folder = m.sub(root, "mappe", {f"{{{XSI}}}type": "moetemappe"})
    m.text(folder, "tittel", f"{meeting.title} {meeting.held_on:%d.%m.%Y}")
    m.text(folder, "offentligTittel", f"{meeting.title} {meeting.held_on:%d.%m.%Y}")
    m.text(folder, "opprettetDato", _moment(meeting.started_at or signed_at))
    m.text(folder, "avsluttetDato", _moment(signed_at))
    m.key(folder, _meeting_key(record))
    m.text(folder, "moetenummer", str(meeting.id))
    m.identity(folder, "utvalg", meeting.title)
    m.text(folder, "moetedato", meeting.held_on.isoformat())
    if meeting.place.strip():
        m.text(folder, "moetested", meeting.place.strip())
    for participant in record.participants:
        if participant.present:
            member = m.sub(folder, "moetedeltaker")
            m.identity(member, "identifikator", participant.name, CATALOGUE)
            m.code(member, "funksjon", (participant.role.label.upper(), participant.role.label), CATALOGUE)
    entry = m.sub(root, "registrering", {f"{{{XSI}}}type": "journalpost"})
    m.text(entry, "opprettetDato", _moment(signed_at))
    parent = m.sub(entry, "referanseForelderMappe")
    m.key(parent, _meeting_key(record), CATALOGUE)
    m.screening(entry)
    m.document(entry, title, MINUTES_TYPE, record.municipality, signed_at, files)
    m.text(entry, "tittel", title)
    m.text(entry, "offentligTittel", title)
    m.text(entry, "forfatter", record.municipality)
    for case in record.cases:
        if case.decision is not None:
            reference = m.sub(entry, "kryssreferanse")
            m.case_folder(m.sub(reference, "referanseTilMappe"), case.proposal.case_no)
    m.key(entry, _minutes_key(record))
    m.code(entry, "journalposttype", ENTRY_INTERNAL)
    m.text(entry, "dokumentetsDato", signed_at.date().isoformat())
    m.text(entry, "offentlighetsvurdertDato", signed_at.date().isoformat())
    m.text(entry, "antallVedlegg", "0")
    return ArchiveMessage("01-protokoll", title, m.bytes(root), files)


def _letter_message(record: MeetingRecord, case: AgendaCase, decision: Decision, files: list[ArchiveFile],
                    issued_at: datetime, pdf: bytes, folder: str) -> ArchiveMessage:
    applicant = case.applicant
    title = _pdf_title(pdf) or f"{DOCUMENT_TYPE[decision.outcome][1]} – {case.proposal.case_no}"
    dated = decision.decided_at.date() if decision.decided_at else record.meeting.held_on
    root, m = _message(len(files))
    entry = m.sub(root, "registrering", {f"{{{XSI}}}type": "journalpost"})
    m.text(entry, "opprettetDato", _moment(issued_at))
    m.case_folder(m.sub(entry, "referanseForelderMappe"), case.proposal.case_no)
    m.screening(entry)
    m.document(entry, title, DOCUMENT_TYPE[decision.outcome], record.municipality, issued_at, files)
    m.text(entry, "tittel", title)
    # the public journal shows the title without the applicant: it names none (letters.py)
    m.text(entry, "offentligTittel", title)
    m.text(entry, "forfatter", record.municipality)
    reference = m.sub(entry, "kryssreferanse")
    m.key(m.sub(reference, "referanseTilRegistrering"), _minutes_key(record), CATALOGUE)
    party = m.sub(entry, "korrespondansepart")
    m.code(party, "korrespondanseparttype", RECIPIENT)
    m.text(party, "korrespondansepartNavn", applicant.name)
    if applicant.postal_address.strip():
        m.text(party, "postadresse", applicant.postal_address.strip())
    if applicant.postal_code.strip():
        m.text(party, "postnummer", applicant.postal_code.strip())
    if applicant.postal_town.strip():
        m.text(party, "poststed", applicant.postal_town.strip())
    # a private person under the duty of confidentiality: the name is screened in the public journal
    m.text(party, "erSkjermet", "true")
    m.text(party, "erPersonnavn", "true")
    m.key(entry, _decision_key(_id(decision)))
    m.code(entry, "journalposttype", ENTRY_OUTGOING)
    m.text(entry, "dokumentetsDato", dated.isoformat())
    m.text(entry, "sendtDato", _moment(issued_at))
    m.text(entry, "offentlighetsvurdertDato", issued_at.date().isoformat())
    m.text(entry, "antallVedlegg", "0")
    return ArchiveMessage(folder, f"{title} ({case.proposal.case_no})", m.bytes(root), files)


def _meeting_key(record: MeetingRecord) -> str:
    return f"møte {record.meeting.id}"


def _minutes_key(record: MeetingRecord) -> str:
    return f"protokoll møte {record.meeting.id}"


def _decision_key(decision_id: int) -> str:
    return f"vedtak {decision_id}"


def _moment(value: datetime) -> str:
    from .pdfa import zoned

    return zoned(value).isoformat(timespec="seconds")


def _pdf_title(pdf: bytes) -> str:
    from io import BytesIO

    import pikepdf

    with pikepdf.open(BytesIO(pdf)) as document:
        title = document.docinfo.get("/Title")
        return str(title).strip() if title is not None else ""


class _Builder:
    """Elements in the message's namespace, in the order the schema fixes."""

    def __init__(self) -> None:
        from lxml import etree

        self.etree = etree

    def sub(self, parent: Any, name: str, attributes: dict[str, str] | None = None,
            namespace: str = NAMESPACE) -> Any:
        return self.etree.SubElement(parent, f"{{{namespace}}}{name}", attributes or {})

    def text(self, parent: Any, name: str, value: str, namespace: str = NAMESPACE) -> Any:
        element = self.sub(parent, name, namespace=namespace)
        element.text = value
        return element

    def code(self, parent: Any, name: str, code: tuple[str, str], namespace: str = NAMESPACE) -> Any:
        element = self.sub(parent, name, namespace=namespace)
        self.text(element, "kode", code[0], CATALOGUE)
        self.text(element, "beskrivelse", code[1], CATALOGUE)
        return element

    def identity(self, parent: Any, name: str, who: str, namespace: str = NAMESPACE) -> Any:
        element = self.sub(parent, name, namespace=namespace)
        self.text(element, "navn", who, CATALOGUE)
        return element

    def key(self, parent: Any, key: str, namespace: str = NAMESPACE) -> Any:
        element = self.sub(parent, "referanseEksternNoekkel", namespace=namespace)
        self.text(element, "fagsystem", SYSTEM, CATALOGUE)
        self.text(element, "noekkel", key, CATALOGUE)
        return element

    def case_folder(self, reference: Any, case_no: str) -> None:
        """The applicant's case folder by its case number (inside a referanseTilMappe); one the
        archive cannot read as saksår/sekvensnummer goes as the folder id (mappeID) as it stands."""
        match = _CASE_NUMBER.match(case_no)
        if match:
            number = self.sub(reference, "saksnummer", namespace=CATALOGUE)
            self.text(number, "saksaar", match[1], CATALOGUE)
            self.text(number, "sakssekvensnummer", str(int(match[2])), CATALOGUE)
        else:
            self.text(reference, "mappeID", case_no, CATALOGUE)

    def screening(self, parent: Any) -> Any:
        element = self.sub(parent, "skjerming")
        self.code(element, "tilgangsrestriksjon", ACCESS_CODE)
        self.text(element, "skjermingshjemmel", EXEMPTION_BASIS)
        return element

    def document(self, entry: Any, title: str, kind: tuple[str, str], author: str, created: datetime,
                 files: list[ArchiveFile]) -> Any:
        description = self.sub(entry, "dokumentbeskrivelse")
        self.code(description, "dokumenttype", kind)
        self.code(description, "dokumentstatus", FINISHED)
        self.text(description, "tittel", title)
        self.text(description, "forfatter", author)
        self.text(description, "opprettetDato", _moment(created))
        self.code(description, "tilknyttetRegistreringSom", MAIN_DOCUMENT)
        self.text(description, "dokumentnummer", "1")
        self.screening(description)
        for file in files:
            item = self.sub(description, "dokumentobjekt")
            self.text(item, "versjonsnummer", "1")
            self.code(item, "variantformat", ARCHIVAL_FORMAT if file.archival else PRODUCTION_FORMAT)
            self.code(item, "format", PDFA_2B if file.archival else PDF_1_4)
            self.text(item, "mimeType", "application/pdf")
            self.text(item, "opprettetDato", _moment(created))
            self.text(item, "filnavn", file.shown_name)
            self.text(item, "referanseDokumentfil", file.name)
            self.text(item, "sjekksum", file.sha256)
            self.text(item, "sjekksumAlgoritme", "SHA256")
            self.text(item, "filstoerrelse", str(len(file.pdf)))
        return description

    def bytes(self, root: Any) -> bytes:
        return bytes(self.etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def _message(files: int) -> tuple[Any, _Builder]:
    from lxml import etree

    builder = _Builder()
    root = etree.Element(f"{{{NAMESPACE}}}arkivmelding", nsmap={None: NAMESPACE, "n5mdk": CATALOGUE, "xsi": XSI})
    builder.text(root, "system", SYSTEM)
    builder.text(root, "antallFiler", str(files))
    return root, builder


@cache
def _schema() -> Any:
    from lxml import etree

    # the schema imports metadatakatalog.xsd by a relative path: parse from the file, not a string
    return etree.XMLSchema(etree.parse(str(resource(*SCHEMA))))


def validation_errors(xml: bytes) -> list[str]:
    """What the schema says about a message (empty when it is valid)."""
    from lxml import etree

    schema = _schema()
    if schema.validate(etree.fromstring(xml)):
        return []
    return [f"linje {error.line}: {error.message}" for error in schema.error_log]


def _write(target: Path, messages: list[ArchiveMessage]) -> None:
    """Each message in its folder, every file readable by the owner only (special-category
    data), and the checksums of all of them; half a folder is removed again on failure."""
    import shutil

    lines = []
    try:
        target.mkdir(mode=0o700, parents=False)
        for message in messages:
            folder = target / message.folder
            folder.mkdir(mode=0o700)
            _write_private(folder / MESSAGE_FILE, message.xml)
            lines.append(f"{hashlib.sha256(message.xml).hexdigest()}  {message.folder}/{MESSAGE_FILE}")
            for file in message.files:
                _write_private(folder / file.name, file.pdf)
                lines.append(f"{file.sha256}  {message.folder}/{file.name}")
        _write_private(target / CHECKSUMS_FILE, ("\n".join(lines) + "\n").encode("utf-8"))
    except OSError as error:
        shutil.rmtree(target, ignore_errors=True)
        raise ArchiveError(Phrase("errors.archive.cannot_write", target=target, reason=error.strerror or error)) from None


def _write_private(path: Path, data: bytes) -> None:
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as handle:
        handle.write(data)

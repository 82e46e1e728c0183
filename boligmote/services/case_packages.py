"""Offline case packages: cases prepared on a laptop, carried into the meeting file.

A caseworker works in a copy of the meeting file on a laptop, without a network: updates
applicants and puts their cases on the agenda of a planned meeting, with a prepared unit
and notes. `export_package` writes those cases and their applicants to a small file
(«saksmappe», *.bmpak); the secretary's `plan_package_import` compares it with the meeting
file and `commit_package_import` writes it, in one transaction, with every conflict
resolved by an explicit choice. Nothing is ever overwritten silently.

Three-way comparison, per record (an applicant, or an agenda case):
- «mine» is the record in the file being imported into, «theirs» the one in the package;
- «base» is the record as it was when the two files last agreed, carried in the package as a
  fingerprint (SHA-256 of the record's fields). The package carries the fingerprints the
  laptop file remembers, each tagged with the package (the sync point) it came from: a
  fingerprint counts only if the meeting file has imported that package, so a package that
  was made but never imported can never make a record look unchanged.
- mine == theirs: nothing to do. Only theirs differs from base: take it. Only mine differs:
  keep it. Both differ, or there is no usable base and they differ: a conflict, which the
  user resolves per record («behold min» / «ta pakkens»).

Where the fingerprints come from: the meeting file remembers, after each import, how every
imported record turned out; a laptop copy of it inherits that. The laptop remembers what
it exported. A fresh copy of the meeting file for each round of preparation therefore has
the fewest conflicts; a record changed in the meeting file after the last import of it is
shown as a conflict even if that change is older than the copy (safe, never silent).

Package format (version 1): a zip with
  manifest.json  format, format_version, package_id, app_version, schema_version,
                 source_file_id (hash of the source file's first audit entry: the same for
                 every copy of one file), source_file_name, created_at, created_by,
                 meeting {id, held_on, place, title}, counts, records_sha256, marking
  records.json   {"applicants": [record], "cases": [record]}, where a record is
                 {"key": case_no, "data": {field: value}, "bases": [{"fingerprint", "sync"}]}
The package holds special-category personal data: it is created readable by its owner only.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from .. import __version__
from ..domain import (
    Applicant,
    ApplicantStatus,
    FollowUpService,
    HouseholdType,
    MeetingStatus,
    NeedCategory,
    Priority,
    Situation,
    UnitStatus,
)
from ..domain.meetings import Meeting, Proposal
from ..store import Database, RecordNotFound
from ..store.audit import chain_origin
from ..store.estate import EstateRepository
from ..store.households import HouseholdRepository
from ..store.meetings import AgendaRepository, DecisionRepository, MeetingRepository

FORMAT = "boligmote-case-package"
FORMAT_VERSION = 1
SUFFIX = ".bmpak"
MARKING = "Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13"
_MANIFEST = "manifest.json"
_RECORDS = "records.json"
_MAX_MEMBER_BYTES = 50_000_000  # a package of a few hundred cases is well under 1 MB
# In the meta table: what this file last agreed with a package on, and which packages it took.
SYNC_META_KEY = "case_packages.sync"
IMPORTED_META_KEY = "case_packages.imported"
_BASES_KEPT = 4
_IMPORTED_KEPT = 500

APPLICANT = "applicant"
CASE = "case"


class PackageError(Exception):
    """The package cannot be made, read or imported; `str(error)` says why, in bokmål."""


class Verdict(Enum):
    NEW = "new"                # not in the meeting file: added
    CHANGED = "changed"        # changed only in the package: taken
    UNCHANGED = "unchanged"    # the same in both
    KEPT = "kept"              # changed only in the meeting file: kept
    CONFLICT = "conflict"      # changed in both (or no common base): the user chooses


class Choice(Enum):
    KEEP_MINE = "keep_mine"
    TAKE_THEIRS = "take_theirs"

    @property
    def label(self) -> str:
        return "Behold møtefilens" if self is Choice.KEEP_MINE else "Ta pakkens"


# ---- records as plain data -----------------------------------------------------------------------

# Field names as the user reads them (conflict lists, CLI and dialog).
FIELD_LABELS = {
    "name": "navn", "national_id": "fødselsnummer", "household_type": "husstandstype", "adults": "voksne",
    "children_ages": "barnas alder", "bedrooms_needed": "soverom", "wheelchair_needed": "rullestol",
    "step_free_needed": "trinnfri", "situation": "boforhold", "priority": "prioritet",
    "decision_date": "vedtaksdato", "needs": "behov", "follow_up": "oppfølging", "avoid_buildings": "unngå",
    "school_district": "skolekrets", "current_district": "nåværende bydel", "wishes": "ønsker",
    "consent_to_share": "samtykke", "lost_home_before": "har mistet bolig før",
    "unit_id": "forberedt bolig", "prepared_by": "forberedt av", "notes": "merknad",
}
# Shown as «••••» in screened mode (screen sharing).
IDENTIFYING_FIELDS = frozenset({"name", "national_id"})
_ENUM_FIELDS = {"household_type": HouseholdType, "situation": Situation, "priority": Priority,
                "needs": NeedCategory, "follow_up": FollowUpService}


def applicant_data(applicant: Applicant) -> dict:
    """An applicant as the package carries it. Not the queue status: that changes only by
    decisions in the meeting file, never by a package."""
    a = applicant
    return {
        "case_no": a.case_no, "name": a.name, "national_id": a.national_id,
        "household_type": a.household_type.value, "adults": a.adults, "children_ages": list(a.children_ages),
        "bedrooms_needed": a.bedrooms_needed, "wheelchair_needed": a.wheelchair_needed,
        "step_free_needed": a.step_free_needed, "situation": a.situation.value, "priority": a.priority.value,
        "decision_date": a.decision_date.isoformat(), "needs": sorted(n.value for n in a.needs),
        "follow_up": sorted(s.value for s in a.follow_up), "avoid_buildings": sorted(a.avoid_buildings),
        "school_district": a.school_district, "current_district": a.current_district, "wishes": a.wishes,
        "consent_to_share": a.consent_to_share, "lost_home_before": a.lost_home_before,
    }


def applicant_from_data(data: Mapping, status: ApplicantStatus = ApplicantStatus.WAITING) -> Applicant:
    """Raises ValueError, TypeError or KeyError for data that is not a valid applicant."""
    def text(name: str) -> str:
        value = data[name]
        if not isinstance(value, str):
            raise TypeError(f"{name} skal være tekst")
        return value

    def whole(name: str, minimum: int) -> int:
        value = data[name]
        if not isinstance(value, int) or isinstance(value, bool) or value < minimum:
            raise ValueError(f"{name} skal være et heltall ≥ {minimum}")
        return value

    def flag(name: str) -> bool:
        if not isinstance(data[name], bool):
            raise TypeError(f"{name} skal være ja/nei")
        return data[name]

    def strings(name: str) -> list[str]:
        value = data[name]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise TypeError(f"{name} skal være en liste av tekster")
        return value

    ages = data["children_ages"]
    if not isinstance(ages, list) or not all(isinstance(x, int) and 0 <= x <= 17 for x in ages):
        raise ValueError("children_ages skal være en liste av alder 0–17")
    case_no = text("case_no").strip()
    if not case_no:
        raise ValueError("case_no mangler")
    return Applicant(
        case_no=case_no, name=text("name"), household_type=HouseholdType(text("household_type")),
        adults=whole("adults", 1), priority=Priority(text("priority")),
        decision_date=date.fromisoformat(text("decision_date")), children_ages=tuple(ages),
        bedrooms_needed=whole("bedrooms_needed", 0), wheelchair_needed=flag("wheelchair_needed"),
        step_free_needed=flag("step_free_needed"), situation=Situation(text("situation")),
        needs=frozenset(NeedCategory(v) for v in strings("needs")),
        follow_up=frozenset(FollowUpService(v) for v in strings("follow_up")),
        avoid_buildings=frozenset(strings("avoid_buildings")), school_district=text("school_district"),
        current_district=text("current_district"), wishes=text("wishes"),
        consent_to_share=flag("consent_to_share"), lost_home_before=flag("lost_home_before"),
        national_id=text("national_id"), status=status,
    )


def case_data(proposal: Proposal) -> dict:
    """An agenda case as the package carries it (not its place in the agenda order)."""
    return {"case_no": proposal.case_no, "unit_id": proposal.unit_id, "prepared_by": proposal.prepared_by,
            "notes": proposal.notes}


def _check_case_data(data: Mapping) -> None:
    for name in ("case_no", "prepared_by", "notes"):
        if not isinstance(data[name], str):
            raise TypeError(f"{name} skal være tekst")
    if data["unit_id"] is not None and not isinstance(data["unit_id"], str):
        raise TypeError("unit_id skal være tekst eller tom")
    if not data["case_no"].strip():
        raise ValueError("case_no mangler")


def fingerprint(data: Mapping) -> str:
    """SHA-256 of a record's fields in a canonical form: equal records, equal prints."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def describe_value(name: str, value) -> str:
    """A field's value as the user reads it: labels for vocabularies, ja/nei, dd.mm.åååå."""
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return "ja" if value else "nei"
    enum = _ENUM_FIELDS.get(name)
    if enum is not None:
        values = value if isinstance(value, list) else [value]
        try:
            return ", ".join(enum(v).label for v in values)
        except ValueError:
            return ", ".join(map(str, values))
    if name == "decision_date":
        try:
            return date.fromisoformat(value).strftime("%d.%m.%Y")
        except (TypeError, ValueError):
            return str(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


# ---- the package ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Base:
    """A record's fingerprint as of a sync point (the id of a package both files know)."""

    fingerprint: str
    sync: str


@dataclass(frozen=True)
class PackageRecord:
    kind: str          # APPLICANT or CASE
    key: str           # the case number
    data: dict
    bases: tuple[Base, ...] = ()

    @property
    def label(self) -> str:
        return f"{'Søker' if self.kind == APPLICANT else 'Sak'} {self.key}"


@dataclass(frozen=True)
class MeetingRef:
    id: int
    held_on: date
    place: str
    title: str

    def __str__(self) -> str:
        place = f", {self.place}" if self.place else ""
        return f"{self.title} {self.held_on:%d.%m.%Y}{place}"


@dataclass(frozen=True)
class CasePackage:
    path: Path
    package_id: str
    source_file_id: str
    source_file_name: str
    created_at: datetime
    created_by: str
    app_version: str
    meeting: MeetingRef
    applicants: tuple[PackageRecord, ...]
    cases: tuple[PackageRecord, ...]

    @property
    def records(self) -> tuple[PackageRecord, ...]:
        return self.applicants + self.cases

    def describe(self) -> str:
        return (f"{self.path.name}: {len(self.cases)} saker til {self.meeting}, laget av {self.created_by} "
                f"{self.created_at:%d.%m.%Y kl. %H:%M} fra {self.source_file_name}")


def _sync_key(kind: str, meeting_id: int, case_no: str) -> str:
    return f"applicant:{case_no}" if kind == APPLICANT else f"case:{meeting_id}:{case_no}"


def _load_json_meta(database: Database, key: str, default):
    try:
        value = json.loads(database.meta(key, ""))
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def file_id(database: Database) -> str:
    return chain_origin(database.conn)


def export_package(database: Database, meeting_id: int, out: Path, case_nos: Sequence[str] | None = None, *,
                   now: datetime | None = None) -> CasePackage:
    """Write the meeting's agenda cases (all, or those named) and their applicants to `out`.

    The file appears whole or not at all (written beside, then renamed) and is readable by
    its owner only. Unless the database is open read-only, it then remembers the records
    as exported (one audited change), so that a later package from this file knows what the
    meeting file last heard from it.
    """
    out = Path(out)
    if out.suffix.lower() != SUFFIX:
        raise PackageError(f"{out.name} må slutte på {SUFFIX}.")
    if not out.parent.is_dir():
        raise PackageError(f"Mappen {out.parent} finnes ikke.")
    try:
        meeting = MeetingRepository(database).get(meeting_id)
    except RecordNotFound as error:
        raise PackageError(str(error)) from None
    if meeting.status is not MeetingStatus.PLANNED:
        raise PackageError(f"Saker kan bare pakkes for et planlagt møte; møtet {meeting.held_on:%d.%m.%Y} er "
                           f"{meeting.status.label}.")
    agenda = {p.case_no: p for p in AgendaRepository(database).cases(meeting_id)}
    if case_nos:
        wanted = list(dict.fromkeys(c.strip() for c in case_nos))
        missing = [c for c in wanted if c not in agenda]
        if missing:
            raise PackageError(f"Ikke på sakslisten for møtet {meeting.held_on:%d.%m.%Y}: {', '.join(missing)}.")
        proposals = [agenda[c] for c in wanted]
    else:
        proposals = list(agenda.values())
    if not proposals:
        raise PackageError(f"Møtet {meeting.held_on:%d.%m.%Y} har ingen saker på sakslisten å pakke.")

    households = HouseholdRepository(database)
    remembered = _load_json_meta(database, SYNC_META_KEY, {})
    package_id = str(uuid.uuid4())

    def record(kind: str, key: str, data: dict) -> dict:
        bases = remembered.get(_sync_key(kind, meeting_id, key), [])
        return {"key": key, "data": data, "bases": bases[:_BASES_KEPT]}

    applicants = [record(APPLICANT, p.case_no, applicant_data(households.applicant(p.case_no))) for p in proposals]
    cases = [record(CASE, p.case_no, case_data(p)) for p in proposals]
    records_text = json.dumps({"applicants": applicants, "cases": cases}, ensure_ascii=False, indent=1)
    created_at = (now or datetime.now()).astimezone()
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "package_id": package_id,
        "app_version": __version__, "schema_version": database.schema_version,
        "source_file_id": file_id(database), "source_file_name": database.path.name,
        "created_at": created_at.isoformat(timespec="seconds"), "created_by": database.actor,
        "meeting": {"id": meeting.id, "held_on": meeting.held_on.isoformat(), "place": meeting.place,
                    "title": meeting.title},
        "counts": {"applicants": len(applicants), "cases": len(cases)},
        "records_sha256": hashlib.sha256(records_text.encode("utf-8")).hexdigest(),
        "marking": MARKING,
        "content": "Særlige kategorier av personopplysninger (helse, rus). Oppbevares og sendes som "
                   "fortrolig; slett filen når den er importert.",
    }
    temporary = _write_temporary_zip(out, {_MANIFEST: json.dumps(manifest, ensure_ascii=False, indent=1),
                                           _RECORDS: records_text})
    try:
        read_package(temporary)  # what the secretary will read, checked before it is handed over
        if not database.readonly:
            for kind, items in ((APPLICANT, applicants), (CASE, cases)):
                for item in items:
                    key = _sync_key(kind, meeting_id, item["key"])
                    remembered[key] = _prepend_base(remembered.get(key, []), fingerprint(item["data"]), package_id)
            with database.transaction("export", "case_package", str(meeting_id),
                                      {"package_id": package_id, "file": out.name, "cases": len(cases)}):
                database.set_meta([(SYNC_META_KEY, json.dumps(remembered, ensure_ascii=False, sort_keys=True))])
        # Last: should the rename fail, the file remembers a package nobody can import, which
        # only means that its records count as unknown to the meeting file (never silent).
        os.replace(temporary, out)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    os.chmod(out, 0o600)
    return read_package(out)


def _prepend_base(bases: list, print_: str, sync: str) -> list:
    entry = {"fingerprint": print_, "sync": sync}
    return [entry] + [b for b in bases if b != entry][: _BASES_KEPT - 1]


def _write_temporary_zip(out: Path, members: dict[str, str]) -> Path:
    """The package beside its final name, created 0600 (mkstemp), never world-readable."""
    handle, name = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=".tmp", dir=out.parent)
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as archive:
            for member, text in members.items():
                archive.writestr(member, text.encode("utf-8"))
        os.chmod(temporary, 0o600)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return temporary


def read_package(path: Path) -> CasePackage:
    """Read and check a package; PackageError for anything that is not a whole, valid one."""
    path = Path(path)
    if not path.is_file():
        raise PackageError(f"Finner ikke filen {path}.")
    damaged = f"{path.name} er ikke en Boligmøte-saksmappe, eller den er skadet"
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if _MANIFEST not in names or _RECORDS not in names:
                raise PackageError(f"{damaged} (mangler {_MANIFEST} eller {_RECORDS}).")
            for name in (_MANIFEST, _RECORDS):
                if archive.getinfo(name).file_size > _MAX_MEMBER_BYTES:
                    raise PackageError(f"{damaged} (urimelig stor).")
            manifest = json.loads(archive.read(_MANIFEST).decode("utf-8"))
            records_bytes = archive.read(_RECORDS)
    except PackageError:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, UnicodeDecodeError, OSError, EOFError,
            RuntimeError, NotImplementedError) as error:
        raise PackageError(f"{damaged} ({error}).") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise PackageError(f"{damaged}.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise PackageError(f"{path.name} er laget av en nyere versjon av Boligmøte (format {version}); "
                           "oppdater programmet for å importere den.")
    if hashlib.sha256(records_bytes).hexdigest() != manifest.get("records_sha256"):
        raise PackageError(f"{damaged}: innholdet stemmer ikke med kontrollsummen.")
    try:
        content = json.loads(records_bytes.decode("utf-8"))
        meeting = manifest["meeting"]
        package = CasePackage(
            path=path, package_id=str(manifest["package_id"]), source_file_id=str(manifest["source_file_id"]),
            source_file_name=str(manifest["source_file_name"]),
            created_at=datetime.fromisoformat(manifest["created_at"]), created_by=str(manifest["created_by"]),
            app_version=str(manifest.get("app_version", "")),
            meeting=MeetingRef(int(meeting["id"]), date.fromisoformat(meeting["held_on"]), str(meeting["place"]),
                               str(meeting["title"])),
            applicants=tuple(_record(APPLICANT, r) for r in content["applicants"]),
            cases=tuple(_record(CASE, r) for r in content["cases"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise PackageError(f"{damaged} ({error}).") from None
    keys = [r.key for r in package.cases]
    if len(set(keys)) != len(keys) or {r.key for r in package.applicants} != set(keys):
        raise PackageError(f"{damaged} (sakene og søkerne i pakken stemmer ikke overens).")
    return package


def _record(kind: str, raw: Mapping) -> PackageRecord:
    data = dict(raw["data"])
    if kind == APPLICANT:
        applicant_from_data(data)  # validates every field
        data = applicant_data(applicant_from_data(data))  # and normalises (sorted lists)
    else:
        _check_case_data(data)
    if str(raw["key"]) != data["case_no"]:
        raise ValueError(f"nøkkelen {raw['key']} og saksnummeret {data['case_no']} er ulike")
    bases = tuple(Base(str(b["fingerprint"]), str(b["sync"])) for b in raw.get("bases", []))
    return PackageRecord(kind, data["case_no"], data, bases)


# ---- planning an import ----------------------------------------------------------------------------

@dataclass(frozen=True)
class ItemPlan:
    """What importing one record would do."""

    record: PackageRecord
    verdict: Verdict
    mine: dict | None          # the record in the meeting file now (None: not there)
    base_known: bool
    problem: str = ""          # why the package's version cannot be written (then only «behold» is possible)

    @property
    def kind(self) -> str:
        return self.record.kind

    @property
    def key(self) -> str:
        return self.record.key

    @property
    def theirs(self) -> dict:
        return self.record.data

    @property
    def id(self) -> tuple[str, str]:
        return (self.kind, self.key)

    @property
    def changed_fields(self) -> list[str]:
        if self.mine is None:
            return list(self.theirs)
        return [name for name in self.theirs if name != "case_no" and self.theirs[name] != self.mine.get(name)]

    @property
    def writes(self) -> bool:
        """Whether the package's version is written without asking (new or changed only there)."""
        return self.verdict in (Verdict.NEW, Verdict.CHANGED)

    @property
    def reason(self) -> str:
        """Why this is a conflict, in bokmål."""
        if self.verdict is not Verdict.CONFLICT:
            return ""
        if self.mine is None:
            return "fjernet fra sakslisten i møtefilen, men endret i pakken"
        if not self.base_known:
            return "ulik i møtefilen og pakken, og det er ukjent hva de sist var enige om"
        return "endret både i møtefilen og i pakken siden sist"


@dataclass
class PackageImportPlan:
    package: CasePackage
    meeting: Meeting | None
    items: list[ItemPlan]
    problems: list[str] = field(default_factory=list)  # the import cannot go ahead
    notes: list[str] = field(default_factory=list)     # worth knowing, no obstacle

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def conflicts(self) -> list[ItemPlan]:
        return [i for i in self.items if i.verdict is Verdict.CONFLICT]

    def count(self, kind: str, verdict: Verdict) -> int:
        return sum(1 for i in self.items if i.kind == kind and i.verdict is verdict)

    @property
    def has_changes(self) -> bool:
        return any(i.writes or i.verdict is Verdict.CONFLICT for i in self.items)

    def summary_lines(self) -> list[str]:
        p = self.package
        lines = [f"{p.path.name}: {len(p.cases)} saker til {p.meeting}.",
                 f"Laget av {p.created_by} {p.created_at:%d.%m.%Y kl. %H:%M} fra {p.source_file_name}."]
        for kind, noun in ((CASE, "Saker på sakslisten"), (APPLICANT, "Søkere")):
            parts = [f"{n} {text}" for n, text in (
                (self.count(kind, Verdict.NEW), "nye" if self.count(kind, Verdict.NEW) > 1 else "ny"),
                (self.count(kind, Verdict.CHANGED), "endret bare i pakken (tas inn)"),
                (self.count(kind, Verdict.KEPT), "endret bare i møtefilen (beholdes)"),
                (self.count(kind, Verdict.CONFLICT), "i konflikt"),
                (self.count(kind, Verdict.UNCHANGED), "like i begge")) if n]
            lines.append(f"{noun}: {', '.join(parts) or 'ingen'}.")
        lines.extend(self.notes)
        return lines


def plan_package_import(database: Database, package: CasePackage) -> PackageImportPlan:
    """Compare a package with the file; writes nothing."""
    meeting, problems = _target_meeting(database, package.meeting)
    notes = []
    if package.source_file_id != file_id(database):
        notes.append(f"Pakken er laget fra en annen databasefil ({package.source_file_name}) enn denne; "
                     "alt som er ulikt, vises som konflikt.")
    imported = _load_json_meta(database, IMPORTED_META_KEY, [])
    if package.package_id in imported:
        notes.append("Denne pakken er importert i denne filen før.")
    if meeting is None:
        return PackageImportPlan(package, None, [], problems, notes)

    households = HouseholdRepository(database)
    stored = households.applicants()
    agenda = {p.case_no: p for p in AgendaRepository(database).cases(meeting.id)}
    decided = {d.case_no for d in DecisionRepository(database).for_meeting(meeting.id)}
    buildings = set(EstateRepository(database).buildings())
    known_syncs = set(imported)

    items = []
    for record in package.applicants:
        before = stored.get(record.key)
        mine = applicant_data(before) if before else None
        problem = ""
        if unknown := sorted(set(record.data["avoid_buildings"]) - buildings):
            problem = f"steder å unngå finnes ikke i møtefilen: {', '.join(unknown)}"
        items.append(_item(record, mine, known_syncs, problem))
    for record in package.cases:
        before = agenda.get(record.key)
        mine = case_data(before) if before else None
        items.append(_item(record, mine, known_syncs, _case_problem(database, record, stored, decided)))

    for item in items:
        if item.problem and item.writes:
            problems.append(f"{item.record.label}: {item.problem}.")
    return PackageImportPlan(package, meeting, items, problems, notes)


def _item(record: PackageRecord, mine: dict | None, known_syncs: set[str], problem: str) -> ItemPlan:
    base = next((b.fingerprint for b in record.bases if b.sync in known_syncs), None)
    theirs = record.data
    if mine == theirs:
        verdict = Verdict.UNCHANGED
    elif mine is None:
        # Gone from the meeting file since both agreed: respect that unless the package changed it.
        verdict = Verdict.NEW if base is None else (Verdict.KEPT if fingerprint(theirs) == base else Verdict.CONFLICT)
    elif base is None:
        verdict = Verdict.CONFLICT
    elif fingerprint(mine) == base:
        verdict = Verdict.CHANGED
    elif fingerprint(theirs) == base:
        verdict = Verdict.KEPT
    else:
        verdict = Verdict.CONFLICT
    return ItemPlan(record, verdict, mine, base is not None, problem if verdict in (
        Verdict.NEW, Verdict.CHANGED, Verdict.CONFLICT) else "")


def _case_problem(database: Database, record: PackageRecord, stored: dict[str, Applicant], decided: set[str]) -> str:
    case_no = record.key
    if case_no in decided:
        return "saken er allerede avgjort i møtet"
    applicant = stored.get(case_no)
    if applicant is not None and applicant.status is not ApplicantStatus.WAITING:
        return f"søkeren står ikke på ventelisten i møtefilen (status: {applicant.status.label})"
    unit_id = record.data["unit_id"]
    if unit_id:
        try:
            unit = EstateRepository(database).unit(unit_id)
        except RecordNotFound:
            return f"boligen {unit_id} finnes ikke i møtefilen"
        if unit.status is not UnitStatus.VACANT:
            return f"boligen {unit_id} er ikke ledig i møtefilen (status: {unit.status.label})"
    return ""


def _target_meeting(database: Database, ref: MeetingRef) -> tuple[Meeting | None, list[str]]:
    """The same meeting in this file: by number if the date agrees, else the one meeting that day."""
    meetings = MeetingRepository(database).all()
    same = [m for m in meetings if m.id == ref.id and m.held_on == ref.held_on]
    if not same:
        same = [m for m in meetings if m.held_on == ref.held_on]
    if not same:
        return None, [(f"Møtet {ref.held_on:%d.%m.%Y} ({ref.title}) finnes ikke i denne filen. Opprett det, "
                       "eller importer pakken i filen den er laget for.")]
    if len(same) > 1:
        return None, [(f"Det er {len(same)} møter {ref.held_on:%d.%m.%Y} i denne filen; pakken kan ikke vite "
                       "hvilket den gjelder.")]
    meeting = same[0]
    if meeting.status not in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS):
        return meeting, [(f"Møtet {meeting.held_on:%d.%m.%Y} er {meeting.status.label}; saker kan bare legges "
                          "til et planlagt møte eller et som pågår.")]
    return meeting, []


# ---- committing ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PackageImportResult:
    written: list[ItemPlan]            # records the package's version was written for
    kept: list[ItemPlan]               # conflicts resolved as «behold møtefilens»

    def lines(self) -> list[str]:
        cases = sum(1 for i in self.written if i.kind == CASE)
        applicants = sum(1 for i in self.written if i.kind == APPLICANT)
        text = f"Importert: {cases} saker og {applicants} søkere fra pakken."
        if self.kept:
            text += f" Beholdt møtefilens versjon av {len(self.kept)}."
        return [text]


def commit_package_import(database: Database, plan: PackageImportPlan,
                          choices: Mapping[tuple[str, str], Choice] | Choice | None = None) -> PackageImportResult:
    """Write the plan in one transaction: all of it, or (on any error) nothing.

    `choices` resolves the conflicts: one Choice for all, or one per item id (kind, key).
    A conflict left without a choice refuses the import (PackageError), as does choosing
    the package's version where it cannot be written (`ItemPlan.problem`).
    """
    if not plan.ok:
        raise PackageError("Pakken kan ikke importeres: " + " ".join(plan.problems))
    chosen = _resolve(plan, choices)
    written = [i for i in plan.items if i.writes or chosen.get(i.id) is Choice.TAKE_THEIRS]
    kept = [i for i in plan.conflicts if chosen.get(i.id) is Choice.KEEP_MINE]
    meeting = plan.meeting
    package = plan.package
    with database.transaction("import", "case_package", package.path.name, {
        "package_id": package.package_id, "source": package.source_file_name, "created_by": package.created_by,
        "created_at": package.created_at.isoformat(), "meeting_id": meeting.id,
        "written": [f"{i.kind}:{i.key}" for i in written], "kept": [f"{i.kind}:{i.key}" for i in kept],
    }):
        # Compare again inside the transaction: the file must be as it was when the user chose.
        fresh = plan_package_import(database, package)
        if [(i.id, i.verdict, i.mine) for i in fresh.items] != [(i.id, i.verdict, i.mine) for i in plan.items] \
                or not fresh.ok:
            raise PackageError("Møtefilen er endret siden pakken ble kontrollert. Kontroller pakken på nytt.")
        households = HouseholdRepository(database)
        agenda = AgendaRepository(database)
        stored = households.applicants()
        for item in written:
            if item.kind == APPLICANT:
                before = stored.get(item.key)
                status = before.status if before else ApplicantStatus.WAITING
                households.save_applicants([applicant_from_data(item.theirs, status)])
        for item in written:
            if item.kind == CASE:
                existing = agenda.case_for(meeting.id, item.key)
                data = item.theirs
                if existing is None:
                    agenda.add_case(Proposal(None, meeting.id, item.key, data["unit_id"], data["prepared_by"],
                                             data["notes"]))
                else:
                    agenda.update_case(replace(existing, unit_id=data["unit_id"], prepared_by=data["prepared_by"],
                                               notes=data["notes"]))
        _remember_sync(database, plan, package.package_id)
    return PackageImportResult(written, kept)


def _resolve(plan: PackageImportPlan, choices) -> dict[tuple[str, str], Choice]:
    if isinstance(choices, Choice):
        chosen = {i.id: choices for i in plan.conflicts}
    else:
        chosen = {i.id: choices[i.id] for i in plan.conflicts if choices and i.id in choices}
    open_ = [i.record.label for i in plan.conflicts if i.id not in chosen]
    if open_:
        raise PackageError("Velg hva som skal gjelde for hver konflikt: " + ", ".join(open_) + ".")
    blocked = [f"{i.record.label}: {i.problem}" for i in plan.conflicts
               if chosen[i.id] is Choice.TAKE_THEIRS and i.problem]
    if blocked:
        raise PackageError("Pakkens versjon kan ikke brukes for " + "; ".join(blocked) + ".")
    return chosen


def _remember_sync(database: Database, plan: PackageImportPlan, package_id: str) -> None:
    """After the import both files agree on these records as they are now in this file:
    remember that (a copy made from this file for the next round inherits it)."""
    remembered = _load_json_meta(database, SYNC_META_KEY, {})
    stored = HouseholdRepository(database).applicants()
    agenda = {p.case_no: p for p in AgendaRepository(database).cases(plan.meeting.id)}
    for item in plan.items:
        if item.kind == APPLICANT:
            now = applicant_data(stored[item.key]) if item.key in stored else None
        else:
            now = case_data(agenda[item.key]) if item.key in agenda else None
        if now is None:
            continue
        key = _sync_key(item.kind, plan.meeting.id, item.key)
        remembered[key] = _prepend_base(remembered.get(key, []), fingerprint(now), package_id)
    imported = [p for p in _load_json_meta(database, IMPORTED_META_KEY, []) if p != package_id]
    imported = (imported + [package_id])[-_IMPORTED_KEPT:]
    database.set_meta([(SYNC_META_KEY, json.dumps(remembered, ensure_ascii=False, sort_keys=True)),
                       (IMPORTED_META_KEY, json.dumps(imported))])


def import_package(database: Database, path: Path, choices=None) -> PackageImportResult:
    """Read, plan and commit in one call (scripts and tests)."""
    return commit_package_import(database, plan_package_import(database, read_package(path)), choices)


__all__ = [
    "APPLICANT",
    "CASE",
    "FIELD_LABELS",
    "FORMAT_VERSION",
    "IDENTIFYING_FIELDS",
    "SUFFIX",
    "CasePackage",
    "Choice",
    "ItemPlan",
    "PackageError",
    "PackageImportPlan",
    "PackageImportResult",
    "PackageRecord",
    "Verdict",
    "applicant_data",
    "case_data",
    "commit_package_import",
    "describe_value",
    "export_package",
    "fingerprint",
    "import_package",
    "plan_package_import",
    "read_package",
]

"""Importing applicants (søkere) from the case system. Key: case_no.

A re-imported case is updated; what the file does not carry (name unless given,
situation, wishes, status on the queue, and any optional column the file lacks) stays as
stored. A new case without a bedrooms_needed value gets the household's default
(domain/households.py default_bedrooms_needed: a single adult or a couple without children
can live in a studio, 0 bedrooms; issue 15). An applicant who is
(newly) a wheelchair user needs step-free access too; otherwise the stored step-free need
is kept.

The postal address, code and town are where the decision letter is sent (the window of
the envelope, services/letters.py): a row gives all three or none, so a letter never goes
out with half an address. Consent to share (004 l.1816–1839) is imported as the case
system records it; an empty cell keeps what is stored (a new case: no consent), so a blank
never grants consent and never silently withdraws it.
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from ...domain import Applicant, FollowUpService, HouseholdType, NeedCategory, Priority
from ...domain.households import default_bedrooms_needed
from ...domain.places import unknown_places
from ...store import Database
from ...store.estate import EstateRepository
from ...store.households import HouseholdRepository
from . import cells
from .columns import Column, ColumnSet
from .parsing import INVALID, ParsedRows
from .plan import Changes, ImportKind
from ...words import Phrase

# The three parts of the address the letter is sent to: all or none.
_ADDRESS = ("postal_address", "postal_code", "postal_town")
_ADDRESS_LABELS = {"postal_address": "postadresse", "postal_code": "postnummer", "postal_town": "poststed"}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_NO_INTERPRETER = frozenset({"nei", "n", "no", "ingen", "-", "0", "false"})


def _postal_code(value: str) -> str:
    """Four digits, kept as text. A number cell in Excel drops Oslo's leading zero (0150 → 150),
    so a shorter all-digit value is padded back to four."""
    compact = value.replace(" ", "").removesuffix(".0")
    if not (1 <= len(compact) <= 4 and compact.isdigit()):
        raise ValueError(Phrase("errors.rows.postal_code"))
    return compact.zfill(4)


def _phone(value: str) -> str:
    digits = sum(ch.isdigit() for ch in value)
    if any(not (ch.isdigit() or ch in " +-()") for ch in value) or digits < 5 or "+" in value[1:]:
        raise ValueError(Phrase("errors.rows.phone"))
    return " ".join(value.split())


def _email(value: str) -> str:
    if not _EMAIL.fullmatch(value):
        raise ValueError(Phrase("errors.rows.email"))
    return value


def _language(value: str) -> str:
    folded = value.casefold()
    if folded in _NO_INTERPRETER:
        return ""
    if folded in {"ja", "j", "yes", "x", "1", "true"}:  # a yes/no column read as a language would mislead
        raise ValueError(Phrase("errors.rows.interpreter"))
    return value


COLUMNS = ColumnSet((
    Column("case_no", cells.text, ("saksnummer", "saksnr"), required=True, help="tekst, unik"),
    Column("household_type", cells.choice(HouseholdType), ("husstandstype", "husstand"), required=True,
           help=", ".join(t.value for t in HouseholdType)),
    Column("adults", cells.integer(minimum=1, maximum=20), ("voksne", "antall_voksne"), required=True,
           help="heltall ≥ 1"),
    Column("children_ages", cells.ages, ("barn_alder", "barnas_alder", "alder_barn", "barn"), default=(),
           help="kommaliste av alder 0–17"),
    Column("bedrooms_needed", cells.integer(minimum=0, maximum=20),
           ("soverom_behov", "behov_soverom", "soverom", "antall_soverom"), default=None,
           help="heltall ≥ 0 (ny søker uten: utledet av husstanden; enslig eller par uten barn: 0)"),
    Column("wheelchair_access", cells.boolean, ("rullestol", "rullestolbruker", "trenger_rullestoltilgang"),
           default=False, help="ja/nei: trenger rullestoltilgang"),
    Column("needs", cells.choices(NeedCategory), ("behov",), default=frozenset(),
           help="kommaliste av behovskategorier (som for beboere)"),
    Column("priority", cells.choice(Priority), ("prioritet",), required=True,
           help="prioritert, ikke_prioritert"),
    Column("decision_date", cells.day, ("vedtaksdato", "kvalifisert_dato"), required=True,
           help="dato, ikke fram i tid; ventetiden regnes herfra"),
    Column("follow_up", cells.choices(FollowUpService), ("oppfølging", "oppfølgingstjenester", "tjenester"),
           default=frozenset(), help="kommaliste: " + ", ".join(s.value for s in FollowUpService)),
    Column("avoid", cells.identifiers, ("unngå", "unnga", "unngå_bygninger", "steder_å_unngå"),
           default=frozenset(), help="kommaliste av steder å unngå: building_id, gateadresse eller bydel som finnes i databasen"),
    Column("school_district", cells.text, ("skolekrets",), default="", help="tekst"),
    Column("name", cells.text, ("navn",), default=None, help="valgfri tekst"),
    Column("national_id", cells.national_id, ("fødselsnummer", "fnr", "d_nummer", "personnummer"),
           default=None, help="valgfri: fødselsnummer eller D-nummer, 11 sifre, kontrollsifrene sjekkes; tom: som lagret"),
    Column("postal_address", cells.text, ("postadresse", "adresse", "co_adresse"), default="",
           help="tekst, c/o tillatt («c/o Hansen, Storgata 1»)"),
    Column("postal_code", _postal_code, ("postnr", "postnummer"), default="",
           help="fire sifre"),
    Column("postal_town", cells.text, ("poststed",), default="", help="tekst"),
    Column("phone", _phone, ("telefon", "tlf", "telefonnummer", "mobil", "mobilnummer"),
           default="", help="telefonnummer, f.eks. 912 34 567 eller +47 912 34 567"),
    Column("email", _email, ("e-post", "epost", "e-postadresse", "epostadresse"), default="",
           help="e-postadresse"),
    Column("interpreter_language", _language, ("tolk", "tolkespråk", "tolkesprak", "språk_tolk"),
           default="", help="språket tolken skal bruke; tom: ingen tolk"),
    Column("consent_to_share", cells.boolean, ("samtykke", "samtykke_til_deling", "samtykke_deling"), default=None,
           help="ja/nei: samtykke til å dele opplysninger med de som er i møtet; tom: som lagret (ny søker: nei)"),
))


def decision_date_problem(decided: date, today: date) -> str:
    """Why a decision date cannot be right, or "": the queue counts waiting time from it.
    Case packages apply the same rule (services/case_packages/validation.py)."""
    if decided > today:
        return Phrase("errors.rows.decision_future", today=f"{today:%d.%m.%Y}")
    return ""


def check(rows: ParsedRows, database: Database, today: date) -> Changes:
    buildings = list(EstateRepository(database).buildings().values())
    stored = HouseholdRepository(database).applicants()

    all_rows = list(rows)
    rows.refuse_duplicates(all_rows, "case_no", Phrase("errors.rows.same_case"))
    changes = Changes(records=[])
    for row in all_rows:
        values = row.values
        decided = values["decision_date"]
        if decided is not INVALID and (problem := decision_date_problem(decided, today)):
            rows.refuse(row, "decision_date", problem)
        avoid = values.get("avoid")
        if avoid and avoid is not INVALID and (unknown := unknown_places(avoid, buildings)):
            rows.refuse(row, "avoid", Phrase("errors.rows.unknown_places", places=", ".join(unknown)))
        if not row.valid:
            continue

        before = stored.get(values["case_no"])
        fields = dict(household_type=values["household_type"], adults=values["adults"],
                      priority=values["priority"], decision_date=decided)
        for column, field in (("children_ages", "children_ages"), ("needs", "needs"), ("follow_up", "follow_up"),
                              ("avoid", "avoid_places"), ("school_district", "school_district"),
                              ("wheelchair_access", "wheelchair_needed"), ("bedrooms_needed", "bedrooms_needed"),
                              ("name", "name"), ("national_id", "national_id"), ("postal_address", "postal_address"), ("postal_code", "postal_code"),
                              ("postal_town", "postal_town"), ("phone", "phone"), ("email", "email"),
                              ("interpreter_language", "interpreter_language"),
                              ("consent_to_share", "consent_to_share")):
            if values.get(column) is not None:
                fields[field] = values[column]
        if before is None and "bedrooms_needed" not in fields:
            fields["bedrooms_needed"] = default_bedrooms_needed(fields["adults"], fields.get("children_ages", ()))
        if fields.get("wheelchair_needed") and not (before and before.wheelchair_needed):
            fields["step_free_needed"] = True  # one who now needs a wheelchair needs step-free access too
        after = (Applicant(case_no=values["case_no"], **{"name": "", **fields}) if before is None
                 else replace(before, **fields))
        if any(rows.has(c) for c in _ADDRESS) and (half := _half_address(after)):
            column, reason = half
            rows.refuse(row, column if rows.has(column) else next(c for c in _ADDRESS if rows.has(c)), reason)
            continue
        if changes.count(before, after):
            changes.records.append(after)
    return changes


def _half_address(applicant: Applicant) -> tuple[str, str] | None:
    """(column, reason) when the address the letter goes to is given in part; None when whole or empty."""
    given = {name: bool(getattr(applicant, name).strip()) for name in _ADDRESS}
    if all(given.values()) or not any(given.values()):
        return None
    missing = [name for name in _ADDRESS if not given[name]]
    return missing[0], ("adressen brevet sendes til er ufullstendig: " + " og ".join(
        _ADDRESS_LABELS[name] for name in missing) + " mangler")


def write(database: Database, applicants: list[Applicant]) -> None:
    HouseholdRepository(database).save_applicants(applicants)


KIND = ImportKind("applicants", Phrase("import.applicants.title"), Phrase("import.applicants.noun"), COLUMNS, "case_no", check, write)

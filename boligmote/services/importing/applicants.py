"""Importing applicants (søkere) from the case system. Key: case_no.

A re-imported case is updated; what the file does not carry (name unless given,
situation, wishes, consent, status on the queue) stays as stored. A new case without a
bedrooms_needed column needs one bedroom. An applicant who is (newly) a wheelchair user
needs step-free access too; otherwise the stored step-free need is kept.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from ...domain import Applicant, FollowUpService, HouseholdType, NeedCategory, Priority
from ...store import Database
from ...store.estate import EstateRepository
from ...store.households import HouseholdRepository
from . import cells
from .columns import Column, ColumnSet
from .parsing import INVALID, ParsedRows
from .plan import Changes, ImportKind

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
           help="heltall ≥ 0 (ny søker uten: 1)"),
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
           default=frozenset(), help="kommaliste av building_id som finnes i databasen"),
    Column("school_district", cells.text, ("skolekrets",), default="", help="tekst"),
    Column("name", cells.text, ("navn",), default=None, help="valgfri tekst"),
))


def decision_date_problem(decided: date, today: date) -> str:
    """Why a decision date cannot be right, or "": the queue counts waiting time from it.
    Case packages apply the same rule (services/case_packages/validation.py)."""
    if decided > today:
        return f"vedtaksdatoen ligger fram i tid (i dag er {today:%d.%m.%Y})"
    return ""


def check(rows: ParsedRows, database: Database, today: date) -> Changes:
    known_buildings = set(EstateRepository(database).buildings())
    stored = HouseholdRepository(database).applicants()

    all_rows = list(rows)
    rows.refuse_duplicates(all_rows, "case_no", "samme saksnummer")
    changes = Changes(records=[])
    for row in all_rows:
        values = row.values
        decided = values["decision_date"]
        if decided is not INVALID and (problem := decision_date_problem(decided, today)):
            rows.refuse(row, "decision_date", problem)
        avoid = values.get("avoid")
        if avoid and avoid is not INVALID and (unknown := sorted(avoid - known_buildings)):
            rows.refuse(row, "avoid", "bygningen finnes ikke i databasen: " + ", ".join(unknown))
        if not row.valid:
            continue

        before = stored.get(values["case_no"])
        fields = dict(household_type=values["household_type"], adults=values["adults"],
                      priority=values["priority"], decision_date=decided)
        for column, field in (("children_ages", "children_ages"), ("needs", "needs"), ("follow_up", "follow_up"),
                              ("avoid", "avoid_buildings"), ("school_district", "school_district"),
                              ("wheelchair_access", "wheelchair_needed"), ("bedrooms_needed", "bedrooms_needed"),
                              ("name", "name")):
            if values.get(column) is not None:
                fields[field] = values[column]
        if fields.get("wheelchair_needed") and not (before and before.wheelchair_needed):
            fields["step_free_needed"] = True  # one who now needs a wheelchair needs step-free access too
        after = (Applicant(case_no=values["case_no"], **{"name": "", **fields}) if before is None
                 else replace(before, **fields))
        if changes.count(before, after):
            changes.records.append(after)
    return changes


def write(database: Database, applicants: list[Applicant]) -> None:
    HouseholdRepository(database).save_applicants(applicants)


KIND = ImportKind("applicants", "Søkere", "søkere", COLUMNS, "case_no", check, write)

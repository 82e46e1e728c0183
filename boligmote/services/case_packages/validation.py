"""A package's records checked by the same rules as an imported applicant table.

A package is JSON, so each value must first have its JSON type (a whole number where the
table has a number, true/false for ja/nei, a list for a comma list). Its text form then
goes where an imported cell goes: the text limits and character rules of domain/limits.py
for that column, then the very cell parser the CSV/XLSX importer uses for it
(services/importing/applicants.py COLUMNS), then the importer's rule for decision dates. So
lengths, control characters, ranges, vocabularies and dates are judged alike whichever way
the data comes in. Fields the table does not carry (situation, wishes …) use the limits and
parsers of the same kind.

Every problem names the record and the field, in bokmål; nothing here raises anything else
than PackageError, whatever the package holds.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ...domain import Applicant, ApplicantStatus, Situation
from ...domain.limits import check_text
from ..importing import applicants as applicant_table
from ..importing import cells
from .format import PackageError
from .records import APPLICANT, CASE, applicant_data, case_data, field_label, record_label
from ...words import Joined, Phrase, message_of

_TABLE = {column.name: column for column in applicant_table.COLUMNS}

TEXT, WHOLE, FLAG, DAY, TEXTS, WHOLES = "text", "whole", "flag", "day", "texts", "wholes"


def _should_be(shape: str) -> Phrase:
    """«skal være et heltall» ([errors.package.type]: tekst, et heltall, ja/nei (true/false) …)."""
    return Phrase("errors.package.should_be", type=Phrase(f"errors.package.type.{shape}"))


@dataclass(frozen=True)
class _Field:
    shape: str
    parse: Callable[[str], Any]
    limit: str               # the field in domain/limits.py its text (each item of a list) must keep
    required: bool = False   # an empty text is refused, as an empty cell in a required column


def _column(name: str, shape: str, required: bool = False) -> _Field:
    """As the table importer reads its column `name`: the same parser, the same limit."""
    column = _TABLE[name]
    return _Field(shape, column.parse, "building_id" if name == "avoid" else column.limit, required)


# Package field → its JSON shape, and the table importer's parser and limit for it.
# A package names a field as the package format does; the Applicant attribute may have been
# renamed since (the avoid list holds streets and bydeler too now: domain/places.py).
PACKAGE_KEY_ATTRIBUTES = {"avoid_buildings": "avoid_places"}


def applicant_attribute(key: str) -> str:
    return PACKAGE_KEY_ATTRIBUTES.get(key, key)


APPLICANT_FIELDS = {
    "case_no": _column("case_no", TEXT, required=True),
    "name": _column("name", TEXT),
    "national_id": _Field(TEXT, cells.national_id, "cell"),
    "household_type": _column("household_type", TEXT, required=True),
    "adults": _column("adults", WHOLE),
    "children_ages": _column("children_ages", WHOLES),
    "bedrooms_needed": _column("bedrooms_needed", WHOLE),
    "wheelchair_needed": _column("wheelchair_access", FLAG),
    "step_free_needed": _Field(FLAG, cells.boolean, "cell"),
    "situation": _Field(TEXT, cells.choice(Situation), "cell", required=True),
    "priority": _column("priority", TEXT, required=True),
    "decision_date": _column("decision_date", DAY, required=True),
    "needs": _column("needs", TEXTS),
    "follow_up": _column("follow_up", TEXTS),
    "avoid_buildings": _column("avoid", TEXTS),
    "school_district": _column("school_district", TEXT),
    "current_district": _Field(TEXT, cells.text, "district"),
    "wishes": _Field(TEXT, cells.text, "wishes"),
    "consent_to_share": _Field(FLAG, cells.boolean, "cell"),
    "lost_home_before": _Field(FLAG, cells.boolean, "cell"),
    "postal_address": _Field(TEXT, cells.text, "address"),
    "postal_code": _Field(TEXT, cells.text, "cell"),
    "postal_town": _Field(TEXT, cells.text, "cell"),
    "phone": _Field(TEXT, cells.text, "cell"),
    "email": _Field(TEXT, cells.text, "cell"),
    "interpreter_language": _Field(TEXT, cells.text, "cell"),
}
CASE_FIELDS = {
    "case_no": _Field(TEXT, _TABLE["case_no"].parse, "case_no", required=True),
    "unit_id": _Field(TEXT, cells.text, "unit_id"),      # or null: no unit prepared yet
    "prepared_by": _Field(TEXT, cells.text, "prepared_by"),
    "notes": _Field(TEXT, cells.text, "notes"),
}


class RecordProblems(Exception):
    """The reasons one record is refused, each «Søker 2026/00012, vedtaksdato: …»."""

    def __init__(self, problems: list[str]):
        super().__init__(Joined(problems, "; "))
        self.problems = problems


def _parse(field: _Field, value: object) -> Any:
    """The value through the table importer's parser; ValueError/TypeError says why (a words.Phrase)."""
    shape = field.shape
    if shape in (TEXTS, WHOLES):
        if not isinstance(value, list):
            raise TypeError(_should_be(shape))
        parsed: list[Any] = []
        for item in value:  # one by one: an item with a comma in it must not become two
            if shape == WHOLES and (not isinstance(item, int) or isinstance(item, bool)):
                raise TypeError(Phrase("errors.cell.child_age", item=item) if field is APPLICANT_FIELDS[
                    "children_ages"] else _should_be(shape))
            if shape == TEXTS and (not isinstance(item, str) or not item.strip()):
                raise TypeError(_should_be(shape))
            text = check_text(field.limit, item).strip() if shape == TEXTS else str(item)
            parsed.extend(field.parse(text))
        return parsed
    if shape == WHOLE:
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(_should_be(shape))
        return field.parse(str(value))
    if shape == FLAG:
        if not isinstance(value, bool):
            raise TypeError(_should_be(shape))
        return value
    if not isinstance(value, str):
        raise TypeError(_should_be(shape))
    value = check_text(field.limit, value)  # length and characters, as for an imported cell
    if not value.strip():
        if field.required:
            raise ValueError(Phrase("errors.package.missing"))
        return value
    return field.parse(value.strip() if shape != TEXT or field.required else value)


def _check(kind: str, data: object, fields: Mapping[str, _Field], nullable: frozenset[str] = frozenset()) -> dict[str, Any]:
    label = record_label(kind, str(data.get("case_no", "?")) if isinstance(data, Mapping) else "?")
    if not isinstance(data, Mapping):
        raise RecordProblems([Phrase("errors.package.not_a_record", record=label)])
    values: dict[str, Any] = {}
    problems: list[str] = []
    for name, field in fields.items():
        where = Phrase("errors.package.field_of", record=label, field=field_label(name))
        if name not in data:
            problems.append(Phrase("errors.package.field_problem", where=where, problem=Phrase("errors.package.missing")))
            continue
        if data[name] is None and name in nullable:
            values[name] = None
            continue
        try:
            values[name] = _parse(field, data[name])
        except (ValueError, TypeError) as error:
            problems.append(Phrase("errors.package.field_problem", where=where, problem=message_of(error)))
    if problems:
        raise RecordProblems(problems)
    return values


def check_applicant(data: object, today: date, status: ApplicantStatus = ApplicantStatus.WAITING) -> Applicant:
    """The applicant the data describes, or RecordProblems naming every refused field."""
    v = _check(APPLICANT, data, APPLICANT_FIELDS)
    if problem := applicant_table.decision_date_problem(v["decision_date"], today):
        where = Phrase("errors.package.field_of", record=record_label(APPLICANT, v["case_no"]),
                       field=field_label("decision_date"))
        raise RecordProblems([Phrase("errors.package.field_problem", where=where, problem=problem)])
    return Applicant(
        case_no=v["case_no"], name=v["name"], household_type=v["household_type"], adults=v["adults"],
        priority=v["priority"], decision_date=v["decision_date"],
        children_ages=tuple(sorted(v["children_ages"], reverse=True)), bedrooms_needed=v["bedrooms_needed"],
        wheelchair_needed=v["wheelchair_needed"], step_free_needed=v["step_free_needed"],
        situation=v["situation"], needs=frozenset(v["needs"]), follow_up=frozenset(v["follow_up"]),
        avoid_places=frozenset(v["avoid_buildings"]), school_district=v["school_district"],
        current_district=v["current_district"], wishes=v["wishes"], consent_to_share=v["consent_to_share"],
        lost_home_before=v["lost_home_before"], national_id=v["national_id"], status=status,
        postal_address=v["postal_address"], postal_code=v["postal_code"], postal_town=v["postal_town"],
        phone=v["phone"], email=v["email"], interpreter_language=v["interpreter_language"],
    )


def check_case(data: object) -> dict[str, Any]:
    v = _check(CASE, data, CASE_FIELDS, nullable=frozenset({"unit_id"}))
    if v["unit_id"] is not None and not v["unit_id"].strip():
        v["unit_id"] = None
    return {"case_no": v["case_no"], "unit_id": v["unit_id"], "prepared_by": v["prepared_by"], "notes": v["notes"]}


def normalised(kind: str, data: object, today: date) -> dict[str, Any]:
    """The record's data as this version writes it (sorted lists, ISO dates), once checked."""
    return applicant_data(check_applicant(data, today)) if kind == APPLICANT else check_case(data)


def applicant_from_data(data: Mapping[str, Any], status: ApplicantStatus = ApplicantStatus.WAITING,
                        today: date | None = None) -> Applicant:
    """Raises PackageError for data that is not a valid applicant."""
    try:
        return check_applicant(data, today or date.today(), status)
    except RecordProblems as error:
        raise PackageError(message_of(error)) from None


__all__ = ["CASE", "RecordProblems", "applicant_from_data", "case_data", "check_applicant", "check_case",
           "normalised"]

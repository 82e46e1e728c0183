"""A package's records checked by the same rules as an imported applicant table.

A package is JSON, so each value must first have its JSON type (a whole number where the
table has a number, true/false for ja/nei, a list for a comma list). Its text form then
goes through the very cell parser the CSV/XLSX importer uses for that column
(services/importing/applicants.py COLUMNS) and the importer's rule for decision dates, so
ranges, vocabularies and dates are judged alike whichever way the data comes in. Fields
the table does not carry (situation, wishes …) use the parsers of the same kind.

Every problem names the record and the field, in bokmål; nothing here raises anything else
than PackageError, whatever the package holds.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date

from ...domain import Applicant, ApplicantStatus, Situation
from ..importing import applicants as applicant_table
from ..importing import cells
from .format import PackageError
from .records import APPLICANT, CASE, FIELD_LABELS, applicant_data, case_data, record_label

_TABLE = {column.name: column.parse for column in applicant_table.COLUMNS}

TEXT, WHOLE, FLAG, DAY, TEXTS, WHOLES = "text", "whole", "flag", "day", "texts", "wholes"
_TYPE_NAMES = {TEXT: "tekst", WHOLE: "et heltall", FLAG: "ja/nei (true/false)", DAY: "en dato (tekst)",
               TEXTS: "en liste av tekster", WHOLES: "en liste av heltall"}


@dataclass(frozen=True)
class _Field:
    shape: str
    parse: Callable[[str], object]
    required: bool = False   # an empty text is refused, as an empty cell in a required column


# Package field → its JSON shape and the table importer's parser for it.
APPLICANT_FIELDS = {
    "case_no": _Field(TEXT, _TABLE["case_no"], required=True),
    "name": _Field(TEXT, _TABLE["name"]),
    "national_id": _Field(TEXT, cells.text),
    "household_type": _Field(TEXT, _TABLE["household_type"], required=True),
    "adults": _Field(WHOLE, _TABLE["adults"]),
    "children_ages": _Field(WHOLES, _TABLE["children_ages"]),
    "bedrooms_needed": _Field(WHOLE, _TABLE["bedrooms_needed"]),
    "wheelchair_needed": _Field(FLAG, _TABLE["wheelchair_access"]),
    "step_free_needed": _Field(FLAG, cells.boolean),
    "situation": _Field(TEXT, cells.choice(Situation), required=True),
    "priority": _Field(TEXT, _TABLE["priority"], required=True),
    "decision_date": _Field(DAY, _TABLE["decision_date"], required=True),
    "needs": _Field(TEXTS, _TABLE["needs"]),
    "follow_up": _Field(TEXTS, _TABLE["follow_up"]),
    "avoid_buildings": _Field(TEXTS, _TABLE["avoid"]),
    "school_district": _Field(TEXT, _TABLE["school_district"]),
    "current_district": _Field(TEXT, cells.text),
    "wishes": _Field(TEXT, cells.text),
    "consent_to_share": _Field(FLAG, cells.boolean),
    "lost_home_before": _Field(FLAG, cells.boolean),
}
CASE_FIELDS = {
    "case_no": _Field(TEXT, _TABLE["case_no"], required=True),
    "unit_id": _Field(TEXT, cells.text),      # or null: no unit prepared yet
    "prepared_by": _Field(TEXT, cells.text),
    "notes": _Field(TEXT, cells.text),
}


class RecordProblems(Exception):
    """The reasons one record is refused, each «Søker 2026/00012, vedtaksdato: …»."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


def _parse(field: _Field, value):
    """The value through the table importer's parser; ValueError/TypeError says why, in bokmål."""
    shape = field.shape
    if shape in (TEXTS, WHOLES):
        if not isinstance(value, list):
            raise TypeError(f"skal være {_TYPE_NAMES[shape]}")
        parsed = []
        for item in value:  # one by one: an item with a comma in it must not become two
            if shape == WHOLES and (not isinstance(item, int) or isinstance(item, bool)):
                raise TypeError(f"«{item}» er ikke en barnealder (0–17 år)" if field is APPLICANT_FIELDS[
                    "children_ages"] else f"skal være {_TYPE_NAMES[shape]}")
            if shape == TEXTS and (not isinstance(item, str) or not item.strip()):
                raise TypeError(f"skal være {_TYPE_NAMES[shape]}")
            parsed.extend(field.parse(str(item)))
        return parsed
    if shape == WHOLE:
        if not isinstance(value, int) or isinstance(value, bool):
            raise TypeError(f"skal være {_TYPE_NAMES[shape]}")
        return field.parse(str(value))
    if shape == FLAG:
        if not isinstance(value, bool):
            raise TypeError(f"skal være {_TYPE_NAMES[shape]}")
        return value
    if not isinstance(value, str):
        raise TypeError(f"skal være {_TYPE_NAMES[shape]}")
    if not value.strip():
        if field.required:
            raise ValueError("mangler")
        return value
    return field.parse(value.strip() if shape != TEXT or field.required else value)


def _check(kind: str, data, fields: Mapping[str, _Field], nullable: frozenset[str] = frozenset()) -> dict:
    label = record_label(kind, str(data.get("case_no", "?")) if isinstance(data, Mapping) else "?")
    if not isinstance(data, Mapping):
        raise RecordProblems([f"{label}: er ikke en post"])
    values, problems = {}, []
    for name, field in fields.items():
        where = f"{label}, {FIELD_LABELS[name]}"
        if name not in data:
            problems.append(f"{where}: mangler")
            continue
        if data[name] is None and name in nullable:
            values[name] = None
            continue
        try:
            values[name] = _parse(field, data[name])
        except (ValueError, TypeError) as error:
            problems.append(f"{where}: {error}")
    if problems:
        raise RecordProblems(problems)
    return values


def check_applicant(data, today: date, status: ApplicantStatus = ApplicantStatus.WAITING) -> Applicant:
    """The applicant the data describes, or RecordProblems naming every refused field."""
    v = _check(APPLICANT, data, APPLICANT_FIELDS)
    if problem := applicant_table.decision_date_problem(v["decision_date"], today):
        raise RecordProblems([f"{record_label(APPLICANT, v['case_no'])}, {FIELD_LABELS['decision_date']}: {problem}"])
    return Applicant(
        case_no=v["case_no"], name=v["name"], household_type=v["household_type"], adults=v["adults"],
        priority=v["priority"], decision_date=v["decision_date"],
        children_ages=tuple(sorted(v["children_ages"], reverse=True)), bedrooms_needed=v["bedrooms_needed"],
        wheelchair_needed=v["wheelchair_needed"], step_free_needed=v["step_free_needed"],
        situation=v["situation"], needs=frozenset(v["needs"]), follow_up=frozenset(v["follow_up"]),
        avoid_buildings=frozenset(v["avoid_buildings"]), school_district=v["school_district"],
        current_district=v["current_district"], wishes=v["wishes"], consent_to_share=v["consent_to_share"],
        lost_home_before=v["lost_home_before"], national_id=v["national_id"], status=status,
    )


def check_case(data) -> dict:
    v = _check(CASE, data, CASE_FIELDS, nullable=frozenset({"unit_id"}))
    if v["unit_id"] is not None and not v["unit_id"].strip():
        v["unit_id"] = None
    return {"case_no": v["case_no"], "unit_id": v["unit_id"], "prepared_by": v["prepared_by"], "notes": v["notes"]}


def normalised(kind: str, data, today: date) -> dict:
    """The record's data as this version writes it (sorted lists, ISO dates), once checked."""
    return applicant_data(check_applicant(data, today)) if kind == APPLICANT else check_case(data)


def applicant_from_data(data: Mapping, status: ApplicantStatus = ApplicantStatus.WAITING,
                        today: date | None = None) -> Applicant:
    """Raises PackageError for data that is not a valid applicant."""
    try:
        return check_applicant(data, today or date.today(), status)
    except RecordProblems as error:
        raise PackageError(str(error)) from None


__all__ = ["CASE", "RecordProblems", "applicant_from_data", "case_data", "check_applicant", "check_case",
           "normalised"]

"""The two kinds of record a package carries, as plain data: an applicant and an agenda case.

The same shape is compared field by field (conflicts), fingerprinted (what a file exported)
and shown to the user (labels, ja/nei, dd.mm.åååå).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import date
from typing import Any

from ...domain import Applicant, FollowUpService, HouseholdType, NeedCategory, Priority, Situation
from ...domain.meetings import Proposal
from ...words import Joined, Phrase

APPLICANT = "applicant"
CASE = "case"

# Field names as the user reads them in bokmål (the CLI); field_label() in the reader's language.
FIELD_LABELS = {
    "case_no": "saksnummer", "name": "navn", "national_id": "fødselsnummer", "household_type": "husstandstype",
    "adults": "voksne", "children_ages": "barnas alder", "bedrooms_needed": "soverom",
    "wheelchair_needed": "rullestol", "step_free_needed": "trinnfri", "situation": "boforhold",
    "priority": "prioritet", "decision_date": "vedtaksdato", "needs": "behov", "follow_up": "oppfølging",
    "avoid_buildings": "unngå", "school_district": "skolekrets", "current_district": "nåværende bydel",
    "wishes": "ønsker", "consent_to_share": "samtykke", "lost_home_before": "har mistet bolig før",
    "postal_address": "postadresse", "postal_code": "postnummer", "postal_town": "poststed",
    "phone": "telefon", "email": "e-post", "interpreter_language": "tolk (språk)",
    "unit_id": "forberedt bolig", "prepared_by": "forberedt av", "notes": "merknad",
}
# Shown as «••••» in screened mode (screen sharing).
IDENTIFYING_FIELDS = frozenset({"name", "national_id", "postal_address", "phone", "email"})
_ENUM_FIELDS = {"household_type": HouseholdType, "situation": Situation, "priority": Priority,
                "needs": NeedCategory, "follow_up": FollowUpService}


def record_id(kind: str, meeting_id: int, case_no: str) -> str:
    """How the meeting file names a record in its memory of a preparation copy: an applicant
    by case number, an agenda case by meeting and case number."""
    return f"{APPLICANT}:{case_no}" if kind == APPLICANT else f"{CASE}:{meeting_id}:{case_no}"


def field_label(name: str) -> str:
    """A package field's name as the user reads it ([errors.package.field]: «vedtaksdato»)."""
    return Phrase(f"errors.package.field.{name}") if name in FIELD_LABELS else name


def record_label(kind: str, key: str) -> str:
    """«Søker 2026/00012», «Sak 2026/00012» (a words.Phrase)."""
    return Phrase(f"errors.package.{kind}_record", key=key)


def applicant_data(applicant: Applicant) -> dict[str, Any]:
    """An applicant as the package carries it. Not the queue status: that changes only by
    decisions in the meeting file, never by a package."""
    a = applicant
    return {
        "case_no": a.case_no, "name": a.name, "national_id": a.national_id,
        "household_type": a.household_type.value, "adults": a.adults, "children_ages": list(a.children_ages),
        "bedrooms_needed": a.bedrooms_needed, "wheelchair_needed": a.wheelchair_needed,
        "step_free_needed": a.step_free_needed, "situation": a.situation.value, "priority": a.priority.value,
        "decision_date": a.decision_date.isoformat(), "needs": sorted(n.value for n in a.needs),
        "follow_up": sorted(s.value for s in a.follow_up), "avoid_buildings": sorted(a.avoid_places),
        "school_district": a.school_district, "current_district": a.current_district, "wishes": a.wishes,
        "consent_to_share": a.consent_to_share, "lost_home_before": a.lost_home_before,
        "postal_address": a.postal_address, "postal_code": a.postal_code, "postal_town": a.postal_town,
        "phone": a.phone, "email": a.email, "interpreter_language": a.interpreter_language,
    }


def case_data(proposal: Proposal) -> dict[str, Any]:
    """An agenda case as the package carries it (not its place in the agenda order)."""
    return {"case_no": proposal.case_no, "unit_id": proposal.unit_id, "prepared_by": proposal.prepared_by,
            "notes": proposal.notes}


def fingerprint(data: Mapping[str, Any]) -> str:
    """SHA-256 of a record's fields in a canonical form: equal records, equal prints."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def describe_value(name: str, value: Any) -> str:  # a JSON value from a package
    """A field's value as the user reads it: labels for vocabularies, ja/nei, dd.mm.åååå."""
    if value is None or value == "" or value == []:
        return "–"
    if isinstance(value, bool):
        return Phrase("errors.package.yes" if value else "errors.package.no")
    enum = _ENUM_FIELDS.get(name)
    if enum is not None:
        values = value if isinstance(value, list) else [value]
        try:
            return Joined([enum(v) for v in values], ", ")
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

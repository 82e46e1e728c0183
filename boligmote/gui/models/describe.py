"""Short descriptions of households and units for table cells, in the user's language."""
from __future__ import annotations

from ...domain import Applicant, NeedCategory, Unit
from ..formatting import sentence_case
from ..qt_translations import translate
from ...words import Count, Phrase, label, shown, tag


def household_summary(applicant: Applicant) -> str:
    text = sentence_case(label(applicant.household_type))
    if applicant.children_ages:
        ages = ", ".join(str(a) for a in applicant.children_ages)
        count = len(applicant.children_ages)
        text += ", " + shown(Phrase("household.children", children=Count(count, "child"), ages=ages))
    elif applicant.adults > 1 and applicant.household_type.value in ("single", "elderly"):
        text += ", " + translate("Models", "{adults} voksne").format(adults=applicant.adults)
    return text


def need_tags(needs: frozenset[NeedCategory]) -> str:
    return " · ".join(tag(n) for n in sorted(needs, key=lambda n: list(NeedCategory).index(n)))


def need_labels(needs: frozenset[NeedCategory]) -> str:
    return ", ".join(label(n) for n in sorted(needs, key=lambda n: list(NeedCategory).index(n)))


def access_needed(applicant: Applicant) -> str:
    if applicant.wheelchair_needed:
        return translate("Models", "Rullestol")
    if applicant.step_free_needed:
        return translate("Models", "Trinnfri")
    return ""


def unit_access(unit: Unit) -> str:
    if unit.wheelchair_access:
        return translate("Models", "Rullestol")
    if unit.step_free:
        return translate("Models", "Trinnfri")
    return translate("Models", "Trapp")

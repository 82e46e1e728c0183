"""The renewal list (Møte → Fornyelser) as a table: one row per lease that runs out."""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from ...domain.at_risk import CooperationPlan
from ...services.renewals import RenewalItem
from ...text import household_words
from ..formatting import format_waiting
from ..qt_translations import translate
from .base import Column, ColumnTableModel
from ...words import shown


def renewal_columns(today: date, plans: Mapping[int, CooperationPlan] | None = None,
                    cases: Mapping[int, object] | None = None) -> list[Column[RenewalItem]]:
    """`plans`: tenancy id → its active cooperation plan (issue 17 item 5); `cases`: the chosen
    meeting's renewal cases by tenancy id (issue 17 item 1). Both filled in by the dialog."""
    plans = {} if plans is None else plans
    cases = {} if cases is None else cases

    def lived(item: RenewalItem) -> str:
        start = item.due.tenancy.contract_start
        return format_waiting((today - start).days) if start else "–"

    def ends(item: RenewalItem) -> str:
        text = f"{item.due.lease_ends:%d.%m.%Y}"
        return translate("Models", "{date} (utløpt)").format(date=text) if item.due.overdue(today) else text

    return [
        # sort keys Qt can compare (a date or a tuple reaches Qt as an object it cannot order)
        Column(translate("Models", "Utløper"), ends, sort_key=lambda i: i.due.lease_ends.isoformat()),
        Column(translate("Models", "Bolig"), lambda i: i.due.tenancy.unit_id),
        Column(translate("Models", "Adresse"), lambda i: f"{i.due.address}, {i.due.stairwell_label}",
               tooltip=lambda i: f"{i.due.address}, {i.due.stairwell_label} ({i.due.district})"),
        Column(translate("Models", "Husstand"), lambda i: household_words(i.due.tenancy),
               tooltip=lambda i: household_words(i.due.tenancy)),
        Column(translate("Models", "Bodd der"), lived,
               sort_key=lambda i: (today - i.due.tenancy.contract_start).days if i.due.tenancy.contract_start else -1),
        Column(translate("Models", "Oppfølging"),
               lambda i: ", ".join(sorted(shown(s) for s in i.due.tenancy.follow_up)) or "–"),
        Column(translate("Models", "Hendelser\n12 mnd"),  # two lines: the household needs the width
               lambda i: f"{i.due.incidents_stairwell} / {i.due.incidents_building}",
               tooltip=lambda i: translate("Models", "{stairwell} i oppgangen, {building} i bygningen").format(
                   stairwell=i.due.incidents_stairwell, building=i.due.incidents_building),
               sort_key=lambda i: i.due.incidents_stairwell * 100_000 + i.due.incidents_building, align_right=True),
        Column(translate("Models", "Forslag"), lambda i: translate("Models", "{years} år").format(years=i.suggestion.years),
               tooltip=lambda i: i.suggestion.reason, sort_key=lambda i: i.suggestion.years),
        Column(translate("Models", "Samarbeidsplan"),
               lambda i: plans[i.due.tenancy.id].summary(today) if i.due.tenancy.id in plans else "–",
               tooltip=lambda i: "; ".join(plans[i.due.tenancy.id].parties) if i.due.tenancy.id in plans else ""),
        Column(translate("Models", "I møtet"), lambda i: in_meeting(cases.get(i.due.tenancy.id))),
    ]


def in_meeting(case) -> str:
    """«Sak 4: vedtatt: ikke fornyet», «Sak 4: på sakslisten», or "" when not on the chosen meeting's agenda."""
    if case is None:
        return ""
    if case.decision is None:
        return translate("Models", "Sak {number}: på sakslisten").format(number=case.number)
    return translate("Models", "Sak {number}: {outcome}").format(number=case.number, outcome=shown(case.decision.outcome))


class RenewalsModel(ColumnTableModel[RenewalItem]):
    def __init__(self, today: date, parent=None):
        self.plans: dict[int, CooperationPlan] = {}  # set before set_rows: the columns read it
        cases: dict[int, object] = {}
        super().__init__(renewal_columns(today, self.plans, cases), parent)
        self._cases = cases

    def set_meeting_cases(self, cases: Mapping[int, object]) -> None:
        """The chosen meeting's renewal cases by tenancy id: the «I møtet» column (call set_rows after)."""
        self._cases.clear()
        self._cases.update(cases)

"""Tenancies at risk (issue 17 item 4) and cooperation plans (item 5).

The eviction-prevention circular (Kommunal- og regionaldepartementet mfl. 2002, file 004)
asks the municipality to act when something is about to go wrong: unpaid rent may be a sign
of trouble managing money and a need for help from the social services, and quick follow-up
can prevent an eviction or a pile of arrears (004 l.1802–1812). The tenant is called to a
talk before measures are taken (004 l.1843–1844); reminders go out quickly, and if the
breach goes on the social services are told (004 l.1863–1869). A petition for eviction is
the last warning: the bailiff should tell the social services (004 l.1914–1919).

A tenancy is at risk when the ledger's latest arrears balance reaches a threshold (a
setting: the circular names no amount) or a warning was sent within a number of months (a
setting). The meeting decides measures and records who decided what, when.

A cooperation plan (samarbeidsplan) makes roles and expectations visible between the
municipality and the tenant, simple and concrete with realistic goals (004 l.1555–1569); it
is time-limited and voluntary and is renewed when its goals are reached (004 l.1581–1584).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from .enums import AtRiskMeasure, LedgerEntryKind, NavBasis, PlanAgreement, PlanStatus
from .households import ResidentHousehold

WARNINGS = (LedgerEntryKind.NOTICE_WARNING, LedgerEntryKind.EVICTION_PETITION)


@dataclass(frozen=True, slots=True)
class LedgerEntry:
    """One line of the landlord's ledger about a tenancy."""

    id: int | None
    tenancy_id: int
    entry_on: date
    kind: LedgerEntryKind
    amount: int | None = None  # kroner: the arrears balance that day; for a warning, what it claims
    reference: str = ""  # the landlord's own reference (bilag, sak)
    lease_no: str = ""  # the contract number the row gave, when it gave one (m0012)


@dataclass(frozen=True, slots=True)
class CooperationPlan:
    id: int | None
    tenancy_id: int
    parties: tuple[str, ...]  # the tenant and the services: «Leietaker», «NAV Alna», «Boligkontoret»
    goals: str
    measures: str
    agreed_on: date
    review_on: date
    status: PlanStatus = PlanStatus.ACTIVE
    reviewed_on: date | None = None
    created_at: datetime | None = None
    created_by: str = ""
    closed_on: date | None = None
    closed_by: str = ""
    closing_note: str = ""
    # The tenant is a party and agreed (004 l.1559–1582); empty for plans made before m0012.
    tenant_party: str = ""
    tenant_agreed_on: date | None = None
    tenant_agreement: PlanAgreement | None = None

    @property
    def active(self) -> bool:
        return self.status is PlanStatus.ACTIVE

    def review_overdue(self, today: date) -> bool:
        return self.active and self.review_on < today

    def summary(self, today: date) -> str:
        """One line for a list: «aktiv, gjennomgås 01.03.2027» (or «gjennomgang forfalt …»)."""
        if not self.active:
            return f"{self.status.label} {self.closed_on:%d.%m.%Y}" if self.closed_on else self.status.label
        if self.review_overdue(today):
            return f"aktiv, gjennomgang forfalt {self.review_on:%d.%m.%Y}"
        return f"aktiv, gjennomgås {self.review_on:%d.%m.%Y}"


@dataclass(frozen=True, slots=True)
class AtRiskDecision:
    """What the meeting decided for a tenancy at risk — an internal decision («beslutning»), not an
    enkeltvedtak; frozen once recorded."""

    id: int | None
    tenancy_id: int
    decided_on: date
    decided_by: str  # the members who decided, by name (from the meeting's members with decision authority)
    measures: frozenset[AtRiskMeasure]
    note: str
    meeting_id: int | None = None
    plan_id: int | None = None
    arrears_amount: int | None = None  # the ledger as it stood when decided
    arrears_on: date | None = None
    warning: LedgerEntryKind | None = None
    warning_on: date | None = None
    recorded_at: datetime | None = None
    recorded_by: str = ""
    nav_basis: NavBasis | None = None  # with the NAV measure: consent, or the tenant contacts NAV
    owner: str = ""  # who carries the measures out
    due_on: date | None = None  # by when; a follow-up point on that day
    decider_ids: tuple[int, ...] = ()  # the meeting's participants who decided

    @property
    def measures_text(self) -> str:
        return ", ".join(m.label for m in AtRiskMeasure if m in self.measures) or "ingen tiltak"


@dataclass(frozen=True, slots=True)
class AtRiskTenancy:
    """A tenancy at risk as the list shows it: the address and the household in words, no names."""

    tenancy_id: int
    unit_id: str
    address: str
    stairwell_label: str
    district: str
    household: str  # in words: «Enslig: 1 voksen»
    rent: int  # kroner per month: arrears read against it («2,1 måneders leie»)
    arrears: int | None  # latest balance, kroner; None: the ledger has none
    arrears_on: date | None
    warning: LedgerEntryKind | None  # the most serious recent warning
    warning_on: date | None
    last_decision: AtRiskDecision | None = None
    plan: CooperationPlan | None = None  # the active plan, if any
    previous_arrears: int | None = None  # the balance before the latest: the trend

    @property
    def trend(self) -> str:
        """«stiger», «synker», «uendret», or "" with a single balance."""
        if self.arrears is None or self.previous_arrears is None:
            return ""
        if self.arrears > self.previous_arrears:
            return "stiger"
        return "synker" if self.arrears < self.previous_arrears else "uendret"

    @property
    def arrears_months(self) -> float | None:
        if self.arrears is None or not self.rent:
            return None
        return self.arrears / self.rent

    @property
    def decided_since_ledger(self) -> bool:
        """Whether the meeting has decided since the latest ledger news of this tenancy."""
        if self.last_decision is None:
            return False
        latest = max((d for d in (self.arrears_on, self.warning_on) if d is not None), default=None)
        return latest is None or self.last_decision.decided_on >= latest

    def reasons(self) -> str:
        """Why the tenancy is on the list, in bokmål."""
        parts = []
        if self.arrears:
            parts.append(f"restanse {kroner(self.arrears)} per {self.arrears_on:%d.%m.%Y}")
        if self.warning is not None:
            parts.append(f"{self.warning.label} {self.warning_on:%d.%m.%Y}")
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class AtRiskCase:
    """A measure decided in a meeting, for its minutes: the decision, where, and the household in
    words (never a name)."""

    decision: AtRiskDecision
    unit_id: str
    address: str
    stairwell_label: str
    household: str  # in bokmål words
    resident: ResidentHousehold | None = None  # the same household, for the document's own language


def kroner(amount: int) -> str:
    """«12 500 kr», with a no-break space between thousands as Norwegians write it."""
    return f"{amount:,}".replace(",", "\u00a0") + "\u00a0kr"

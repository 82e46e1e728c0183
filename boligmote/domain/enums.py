"""Closed vocabularies of the domain, each value with its bokmål label.

Values are stable English identifiers (they are stored in the database and used in
import files); labels are what a Norwegian user reads. There is deliberately no
vocabulary for ethnicity, nationality, religion or any «adaptability» judgement
(DOMAIN.md §4; 001 l.2318–2414).
"""
from __future__ import annotations

from enum import StrEnum
from typing import Self

from ..words import Phrase


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry a bokmål label (set in _LABELS below)."""

    @property
    def label(self) -> str:
        return _LABELS[self]

    @classmethod
    def parse(cls, text: str) -> Self:
        """Accept the stored value or the bokmål label, case-insensitively."""
        wanted = text.strip().casefold()
        for member in cls:
            if wanted in (member.value.casefold(), member.label.casefold()):
                return member
        raise ValueError(Phrase("errors.cell.unknown_value", text=text, valid=", ".join(m.value for m in cls)))


class NeedCategory(LabelledEnum):
    """Need categories (GDPR art. 9 special-category data). 000 l.5637–5640."""

    ACTIVE_USE = "active_use"
    IN_TREATMENT = "in_treatment"
    FORMER_USE = "former_use"
    SEVERE_MENTAL_ILLNESS = "severe_mental_illness"
    INTELLECTUAL_DISABILITY = "intellectual_disability"
    ELDERLY = "elderly"
    YOUNG_HOMELESS = "young_homeless"
    DISTURBANCE = "disturbance"
    HIGH_FOLLOW_UP = "high_follow_up"

    @property
    def tag(self) -> str:
        """Short tag for narrow table columns."""
        return _NEED_TAGS[self]


# Needs that make a household «heavy-need» for concentration (000 l.5601–5604).
HEAVY_NEEDS = frozenset(
    {NeedCategory.ACTIVE_USE, NeedCategory.SEVERE_MENTAL_ILLNESS, NeedCategory.HIGH_FOLLOW_UP}
)


# Stages of substance use that count as «in recovery» (000 l.5637–5640).
RECOVERY_NEEDS = frozenset({NeedCategory.IN_TREATMENT, NeedCategory.FORMER_USE})


class HouseholdType(LabelledEnum):
    SINGLE = "single"
    COUPLE = "couple"
    FAMILY = "family"
    SINGLE_PARENT = "single_parent"
    ELDERLY = "elderly"


class Ownership(LabelledEnum):
    WHOLLY_OWNED = "heleid"
    COOPERATIVE_SHARE = "innskutt"


class BuildingType(LabelledEnum):
    TENEMENT = "bygard"
    BLOCK = "blokk"
    TERRACED = "rekkehus"
    SMALL_HOUSE = "smahus"
    CO_LOCATED = "samlokalisert"
    STAFFED = "bemannet"


class Presence(LabelledEnum):
    """On-site presence that softens risks (002 l.2466–2470, 2539)."""

    NEIGHBOURHOOD_OFFICE = "naermiljokontor"
    ESTATE_WORKER = "bomiljoarbeider"
    CARETAKER = "vaktmester"
    RESIDENTS_BOARD = "gardsstyre"


class Security(LabelledEnum):
    ENTRY_PHONE = "porttelefon"
    SECURE_LOCKS = "laas"
    CAMERA = "kamera"


class UnitType(LabelledEnum):
    ORDINARY = "ordinaer"
    TRANSITIONAL = "gjennomgang"
    SMALL_HOUSE = "smahus"
    STAFFED = "bemannet"


class UnitStatus(LabelledEnum):
    OCCUPIED = "occupied"
    VACANT = "vacant"
    REFURBISHMENT = "refurbishment"


class Situation(LabelledEnum):
    HOMELESS = "homeless"
    AT_RISK = "at_risk"
    UNSUITABLE = "unsuitable"
    TEMPORARY = "temporary"


class Priority(LabelledEnum):
    PRIORITIZED = "prioritert"
    NOT_PRIORITIZED = "ikke_prioritert"

    @property
    def rank(self) -> int:
        """Lower ranks first in the queue."""
        return 0 if self is Priority.PRIORITIZED else 1


class ApplicantStatus(LabelledEnum):
    WAITING = "waiting"
    ALLOCATED = "allocated"
    WITHDRAWN = "withdrawn"
    REFUSED = "refused"


class FollowUpService(LabelledEnum):
    HOUSING_FOLLOW_UP = "booppfolging"
    SUBSTANCE_TEAM = "rusteam"
    MENTAL_HEALTH = "psykisk_helse"
    ACT_TEAM = "act_team"
    HOME_CARE = "hjemmetjeneste"
    RESPONSIBILITY_GROUP = "ansvarsgruppe"
    NAV = "nav"


# Follow-up that counts as treatment for a severe mental illness.
MENTAL_HEALTH_SERVICES = frozenset({FollowUpService.MENTAL_HEALTH, FollowUpService.ACT_TEAM})


class IncidentType(LabelledEnum):
    NEIGHBOUR_COMPLAINT = "naboklage"
    DISTURBANCE = "uro"
    VANDALISM = "haerverk"
    BURGLARY = "innbrudd"
    VISITOR_TRAFFIC = "besokstrafikk"
    SUBLETTING = "framleie"
    NEEDLES = "sproyter"
    THREATS = "trusler"
    # Drug dealing at the address (issue 15 b): a drug-related incident like needles and
    # visitor traffic, which RECOVERY_NEAR_USE counts even where no resident is registered
    # in active use (000 l.5608–5620).
    DRUG_DEALING = "omsetning"


# Incidents that signal outsiders seeking a building out (002 l.2429–2433; 000 l.5597–5600).
OUTSIDER_INCIDENTS = frozenset({IncidentType.BURGLARY, IncidentType.VISITOR_TRAFFIC, IncidentType.NEEDLES,
                                IncidentType.VANDALISM, IncidentType.DRUG_DEALING})


class MeetingStatus(LabelledEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    CLOSED = "closed"
    SIGNED = "signed"

    @property
    def state(self) -> str:
        """The status as a sentence's predicate, in bokmål: «møtet pågår», «møtet er avsluttet»
        (the label after «er» read «møtet er pågår»)."""
        return self.label if self is MeetingStatus.IN_PROGRESS else f"er {self.label}"


class ParticipantRole(LabelledEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"
    ADVISOR = "advisor"


class Attendance(LabelledEnum):
    """Whether a participant attends; apologies (forfall) are minuted."""

    PRESENT = "present"
    APOLOGIES = "apologies"


class ConsentHandling(LabelledEnum):
    """How a case was handled when the applicant has or has not consented to sharing
    information with the organisations in the meeting (004 l.1816–1839)."""

    CONSENT_GIVEN = "consent_given"
    OFFICE_ONLY = "office_only"
    EXCEPTION = "exception"


class Outcome(LabelledEnum):
    ALLOCATED = "tildelt"
    REFUSED = "avslag"
    DEFERRED = "utsatt"
    WITHDRAWN = "trukket"


class LeaseType(LabelledEnum):
    FIXED_TERM = "tidsbestemt"
    INDEFINITE = "tidsubestemt"


class Severity(LabelledEnum):
    INFO = "info"
    WARNING = "warning"
    CRITICAL = "critical"

    @property
    def weight(self) -> int:
        return _SEVERITY_WEIGHT[self]


class Scope(LabelledEnum):
    STAIRWELL = "stairwell"
    BUILDING = "building"
    UNIT = "unit"
    APPLICANT = "applicant"


_SEVERITY_WEIGHT = {Severity.INFO: 1, Severity.WARNING: 2, Severity.CRITICAL: 3}

_NEED_TAGS = {
    NeedCategory.ACTIVE_USE: "Rus",
    NeedCategory.IN_TREATMENT: "LAR/beh.",
    NeedCategory.FORMER_USE: "Tidl. rus",
    NeedCategory.SEVERE_MENTAL_ILLNESS: "Psyk.",
    NeedCategory.INTELLECTUAL_DISABILITY: "Utv.h.",
    NeedCategory.ELDERLY: "Eldre",
    NeedCategory.YOUNG_HOMELESS: "Ung",
    NeedCategory.DISTURBANCE: "Uro",
    NeedCategory.HIGH_FOLLOW_UP: "Høy oppf.",
}

class TenancyState(LabelledEnum):
    """How a tenancy stands when a follow-up point is done (issue 17 item 2): the outcome the
    evidence on each rule will later count (a poor outcome: incidents, arrears, eviction, an
    unplanned move)."""

    STABLE = "stable"
    INCIDENTS = "incidents"
    ARREARS = "arrears"
    MOVED_OUT = "moved_out"
    EVICTED = "evicted"
    TRANSFERRED = "transferred"


class LedgerEntryKind(LabelledEnum):
    """What the landlord's ledger reports about a tenancy (issue 17 item 4): the arrears
    balance on a day, or a warning sent. Unpaid rent is the sign the circular names first
    (004 l.1802–1812), and a petition for eviction is the last step before the bailiff
    (004 l.1914–1919, 1953–1956). Values as a landlord's export writes them."""

    ARREARS = "restanse"
    NOTICE_WARNING = "varsel_oppsigelse"
    EVICTION_PETITION = "begjaering_fravikelse"


class AtRiskMeasure(LabelledEnum):
    """The measures the meeting may decide for a tenancy at risk, as the eviction-prevention
    circular names them: call the tenant to a talk first (004 l.1843–1844), tell the social
    services (today NAV) quickly when it goes on (004 l.1867–1869), economic and debt
    counselling (the box «Økonomisk rådgivning», 004 l.1074–1100) and more extensive follow-up
    (booppfølging: 004 l.1848–1850 and the box l.1102–1126)."""

    CONTACT = "kontakt"
    NAV = "nav"
    DEBT_COUNSELLING = "gjeldsradgivning"
    FOLLOW_UP_SERVICE = "oppfolgingstjeneste"


class NavBasis(LabelledEnum):
    """Why NAV may be told of a tenancy at risk: the landlord's duty of confidentiality lets it
    tell the social services only with the tenant's consent; without it, the tenant is asked to
    contact NAV themselves (004 l.1822–1839)."""

    CONSENT = "samtykke"
    TENANT_CONTACTS = "selv_kontakt"


class PlanAgreement(LabelledEnum):
    """How the tenant agreed to a cooperation plan: it is voluntary and made with them
    (004 l.1559–1582)."""

    WRITTEN = "skriftlig"
    ORAL = "muntlig"


class PlanStatus(LabelledEnum):
    """A cooperation plan (samarbeidsplan) is time-limited and voluntary, and is renewed when
    its goals are reached (004 l.1581–1584): active, completed, or ended without that."""

    ACTIVE = "active"
    COMPLETED = "completed"
    ENDED = "ended"


_LABELS: dict[LabelledEnum, str] = {
    NeedCategory.ACTIVE_USE: "aktiv rus",
    NeedCategory.IN_TREATMENT: "i behandling / LAR",
    NeedCategory.FORMER_USE: "tidligere rus",
    NeedCategory.SEVERE_MENTAL_ILLNESS: "alvorlig psykisk lidelse",
    NeedCategory.INTELLECTUAL_DISABILITY: "utviklingshemming",
    NeedCategory.ELDERLY: "eldre",
    NeedCategory.YOUNG_HOMELESS: "ung uten bolig",
    NeedCategory.DISTURBANCE: "uro / mange besøkende",
    NeedCategory.HIGH_FOLLOW_UP: "høyt oppfølgingsbehov",
    HouseholdType.SINGLE: "enslig",
    HouseholdType.COUPLE: "par uten barn",
    HouseholdType.FAMILY: "familie med barn",
    HouseholdType.SINGLE_PARENT: "enslig forsørger",
    HouseholdType.ELDERLY: "eldre",
    Ownership.WHOLLY_OWNED: "heleid kommunal gård",
    Ownership.COOPERATIVE_SHARE: "innskutt i borettslag/sameie",
    BuildingType.TENEMENT: "bygård",
    BuildingType.BLOCK: "blokk",
    BuildingType.TERRACED: "rekkehus",
    BuildingType.SMALL_HOUSE: "småhus",
    BuildingType.CO_LOCATED: "samlokaliserte boliger",
    BuildingType.STAFFED: "bemannet bolig",
    Presence.NEIGHBOURHOOD_OFFICE: "nærmiljøkontor",
    Presence.ESTATE_WORKER: "bomiljøarbeider",
    Presence.CARETAKER: "bomiljøvaktmester",
    Presence.RESIDENTS_BOARD: "gårdsstyre",
    Security.ENTRY_PHONE: "porttelefon",
    Security.SECURE_LOCKS: "sikre låser",
    Security.CAMERA: "kamera",
    UnitType.ORDINARY: "ordinær",
    UnitType.TRANSITIONAL: "gjennomgangsbolig",
    UnitType.SMALL_HOUSE: "småhus",
    UnitType.STAFFED: "bemannet",
    UnitStatus.OCCUPIED: "utleid",
    UnitStatus.VACANT: "ledig",
    UnitStatus.REFURBISHMENT: "under oppussing",
    Situation.HOMELESS: "bostedsløs",
    Situation.AT_RISK: "i risiko for å miste bolig",
    Situation.UNSUITABLE: "uegnet bolig",
    Situation.TEMPORARY: "midlertidig botilbud",
    Priority.PRIORITIZED: "kvalifisert og prioritert",
    Priority.NOT_PRIORITIZED: "kvalifisert, ikke prioritert",
    ApplicantStatus.WAITING: "venter",
    ApplicantStatus.ALLOCATED: "tildelt",
    ApplicantStatus.WITHDRAWN: "trukket",
    ApplicantStatus.REFUSED: "avslått",
    FollowUpService.HOUSING_FOLLOW_UP: "booppfølging",
    FollowUpService.SUBSTANCE_TEAM: "rusteam",
    FollowUpService.MENTAL_HEALTH: "psykisk helsetjeneste",
    FollowUpService.ACT_TEAM: "ACT/FACT-team",
    FollowUpService.HOME_CARE: "hjemmetjeneste",
    FollowUpService.RESPONSIBILITY_GROUP: "ansvarsgruppe",
    FollowUpService.NAV: "NAV-oppfølging",
    IncidentType.NEIGHBOUR_COMPLAINT: "naboklage",
    IncidentType.DISTURBANCE: "uro",
    IncidentType.VANDALISM: "hærverk",
    IncidentType.BURGLARY: "innbrudd",
    IncidentType.VISITOR_TRAFFIC: "besøkstrafikk",
    IncidentType.SUBLETTING: "framleie",
    IncidentType.NEEDLES: "sprøyter funnet",
    IncidentType.THREATS: "trusler",
    IncidentType.DRUG_DEALING: "omsetning av rusmidler",
    MeetingStatus.PLANNED: "planlagt",
    MeetingStatus.IN_PROGRESS: "pågår",
    MeetingStatus.CLOSED: "avsluttet",
    MeetingStatus.SIGNED: "signert",
    ParticipantRole.CHAIR: "møteleder",
    ParticipantRole.SECRETARY: "referent",
    ParticipantRole.MEMBER: "medlem",
    ParticipantRole.ADVISOR: "rådgiver",
    Attendance.PRESENT: "til stede",
    Attendance.APOLOGIES: "forfall",
    ConsentHandling.CONSENT_GIVEN: "samtykke gitt",
    ConsentHandling.OFFICE_ONLY: "bare boligkontoret så saken",
    ConsentHandling.EXCEPTION: "unntak med begrunnelse",
    Outcome.ALLOCATED: "tildelt",
    Outcome.REFUSED: "avslag",
    Outcome.DEFERRED: "utsatt",
    Outcome.WITHDRAWN: "trukket",
    LeaseType.FIXED_TERM: "tidsbestemt",
    LeaseType.INDEFINITE: "tidsubestemt",
    Severity.INFO: "info",
    Severity.WARNING: "advarsel",
    Severity.CRITICAL: "kritisk",
    Scope.STAIRWELL: "oppgang",
    Scope.BUILDING: "bygning",
    Scope.UNIT: "bolig",
    Scope.APPLICANT: "søker",
    TenancyState.STABLE: "stabilt",
    TenancyState.INCIDENTS: "hendelser",
    TenancyState.ARREARS: "husleierestanse",
    TenancyState.MOVED_OUT: "flyttet ut",
    TenancyState.EVICTED: "utkastet (fravikelse)",
    TenancyState.TRANSFERRED: "flyttet til annen kommunal bolig",
    LedgerEntryKind.ARREARS: "husleierestanse",
    LedgerEntryKind.NOTICE_WARNING: "varsel om oppsigelse",
    LedgerEntryKind.EVICTION_PETITION: "begjæring om fravikelse",
    AtRiskMeasure.CONTACT: "kontakt og samtale med leietakeren",
    AtRiskMeasure.NAV: "melding til NAV (sosialtjenesten)",
    AtRiskMeasure.DEBT_COUNSELLING: "økonomi- og gjeldsrådgivning",
    AtRiskMeasure.FOLLOW_UP_SERVICE: "oppfølgingstjeneste (booppfølging)",
    NavBasis.CONSENT: "leietakeren har samtykket til at NAV kontaktes",
    NavBasis.TENANT_CONTACTS: "leietakeren er bedt om å kontakte NAV selv",
    PlanAgreement.WRITTEN: "skriftlig",
    PlanAgreement.ORAL: "muntlig",
    PlanStatus.ACTIVE: "aktiv",
    PlanStatus.COMPLETED: "fullført",
    PlanStatus.ENDED: "avsluttet",
}

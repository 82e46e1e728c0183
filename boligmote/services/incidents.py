"""The incident log in the window (issue 17 item 3): register an incident on a stairwell or a
building, and remove one registered by mistake the same day.

Incidents used to come only from an import; the rules read them (RECENT_INCIDENTS, and by kind
RECOVERY_NEAR_USE and VULNERABLE_EXPOSED, issue 15). An incident registered here updates the
open workspace's compositions at once, as a decision does, so the flags of the candidate list
and the proposal change without reopening the file.

What is refused, in bokmål, before anything is written (`IncidentLog.check` lists every problem
so the dialog can show them while the user types):
- a day in the future (when the building was built is not known, so no lower bound);
- no kind, or no building;
- a stairwell that is not the building's;
- who reported it missing, or either text over its limit or with control characters
  (domain/limits.py);
- a description or reporter that contains the name of an applicant known to the file. Residents
  have no names in the file; a household that was let a unit is still an applicant. The guard
  catches a name as the file spells it, not a nickname: the form says names must not be
  written (composition counts what happened, never who — DOMAIN.md §2).

Removal: only the user who registered it, only the same (local) day; the audit log keeps both
the registration and the removal. After that day the database refuses (m0007).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, UTC

from ..domain import Building, Incident, IncidentType, Stairwell
from ..domain.limits import TextRefused, check_text, refusal
from ..store import Database, RecordNotFound, StoreError
from ..store.estate import EstateRepository
from ..store.households import HouseholdRepository
from ..store.incidents import IncidentRepository
from .workspace import Workspace
from ..words import Joined, Phrase, message_of

# Offered in the form's «Meldt av» list; any other role or organisation may be typed.
REPORTER_SUGGESTIONS = ("vaktmester", "nabo", "bomiljøarbeider", "politiet", "boligkontoret", "utleier",
                        "oppfølgingstjenesten")


class IncidentError(Exception):
    """An incident that cannot be registered or removed; str(error) is bokmål for the user."""


@dataclass(frozen=True)
class IncidentDraft:
    """What the user filled in; `stairwell_id` None is the building as a whole."""

    building_id: str | None
    stairwell_id: int | None
    occurred_on: date | None
    kind: IncidentType | None
    reported_by: str = ""
    note: str = ""


def _contains_name(text: str, name: str) -> bool:
    """`name` (all its words, in order, as whole words) in `text`, ignoring case and spacing."""
    words = name.split()
    if not words or len("".join(words)) < 3:
        return False
    pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    return re.search(pattern, text, re.IGNORECASE) is not None


class IncidentLog:
    def __init__(self, database: Database, workspace: Workspace | None = None,
                 clock: Callable[[], datetime] | None = None):
        self.database = database
        self.workspace = workspace
        # Registration time; its local date decides «the same day» for a removal.
        self.clock = clock or (lambda: datetime.now(UTC))
        self._incidents = IncidentRepository(database)
        self._names: list[str] | None = None  # read once: the dialog checks on every keystroke

    def _estate(self) -> tuple[Mapping[str, Building], Mapping[int, Stairwell]]:
        if self.workspace is not None:
            return self.workspace.buildings, self.workspace.stairwells
        estate = EstateRepository(self.database)
        return estate.buildings(), estate.stairwells()

    @property
    def actor(self) -> str:
        return self.database.actor

    # ---- registering ----------------------------------------------------------------------------

    def check(self, draft: IncidentDraft, today: date) -> list[str]:
        """Every problem of the draft, in the form's order (empty: it can be saved)."""
        problems, _ = self._checked(draft, today)
        return problems

    def register(self, draft: IncidentDraft, today: date) -> Incident:
        problems, incident = self._checked(draft, today)
        if problems or incident is None:
            raise IncidentError(Joined(problems))
        incident = Incident(None, incident.building_id, incident.stairwell_id, incident.date, incident.incident_type,
                            incident.note, incident.reported_by, self.clock(), self.actor)
        # The description stays out of the audit log: the log cannot be edited, so a name
        # written there by mistake could never be removed again.
        detail = {"bygning": incident.building_id, "oppgang": incident.stairwell_id,
                  "dato": incident.date.isoformat(), "type": incident.incident_type.value,
                  "meldt_av": incident.reported_by}
        try:
            with self.database.transaction("register", "incident", incident.building_id, detail):
                incident_id = self._incidents.register(incident)
                detail["id"] = incident_id  # the audit entry is written at the end of the transaction
        except StoreError as error:
            raise IncidentError(message_of(error)) from None
        saved = self._incidents.get(incident_id)
        if self.workspace is not None:
            self.workspace.compositions.add_incident(saved.date, saved.incident_type, saved.building_id,
                                                     saved.stairwell_id)
        return saved

    def _checked(self, draft: IncidentDraft, today: date) -> tuple[list[str], Incident | None]:
        problems: list[str] = []
        buildings, stairwells = self._estate()
        building_id = (draft.building_id or "").strip()
        if not building_id:
            problems.append(Phrase("errors.incident.building"))
        elif building_id not in buildings:
            problems.append(Phrase("errors.incident.no_building", building=building_id))
            building_id = ""
        if building_id and draft.stairwell_id is not None:
            stairwell = stairwells.get(draft.stairwell_id)
            if stairwell is None or stairwell.building_id != building_id:
                problems.append(Phrase("errors.incident.stairwell"))
        if draft.occurred_on is None:
            problems.append(Phrase("errors.incident.date"))
        elif draft.occurred_on > today:
            problems.append(Phrase("errors.incident.future", date=f"{draft.occurred_on:%d.%m.%Y}",
                                   today=f"{today:%d.%m.%Y}"))
        if draft.kind is None:
            problems.append(Phrase("errors.incident.kind"))
        reported_by = self._text("reported_by", draft.reported_by, problems)
        if reported_by is not None and not reported_by:
            problems.append(Phrase("errors.incident.reported_by"))
        note = self._text("incident_note", draft.note, problems)
        if self._names is None:
            self._names = HouseholdRepository(self.database).applicant_names()
        named = sorted({name for name in self._names
                        for text in (reported_by or "", note or "") if _contains_name(text, name)})
        if named:
            problems.append(Phrase("errors.incident.name" if len(named) == 1 else "errors.incident.names"))
        if problems:
            return problems, None
        # each was checked above: a missing one is a problem
        assert draft.occurred_on is not None and draft.kind is not None and note is not None and reported_by is not None
        return [], Incident(None, building_id, draft.stairwell_id, draft.occurred_on, draft.kind, note, reported_by)

    @staticmethod
    def _text(field: str, value: str, problems: list[str]) -> str | None:
        try:
            return check_text(field, value).strip()
        except TextRefused as refused:
            problems.append(refusal(refused))
            return None

    # ---- removing one registered by mistake ---------------------------------------------------------

    def removable(self) -> Incident | None:
        """The newest incident this user registered today, which `remove` would accept."""
        incident = self._incidents.last_registered_by(self.actor)
        return incident if incident is not None and self._same_day(incident) else None

    def remove(self, incident_id: int) -> Incident:
        try:
            incident = self._incidents.get(incident_id)
        except RecordNotFound as error:
            raise IncidentError(message_of(error)) from None
        if incident.registered_at is None:
            raise IncidentError(Phrase("errors.incident.imported"))
        if incident.registered_by != self.actor:
            raise IncidentError(Phrase("errors.incident.not_yours", who=incident.registered_by))
        if not self._same_day(incident):
            raise IncidentError(Phrase("errors.incident.same_day",
                                       date=f"{self._local(incident.registered_at):%d.%m.%Y}"))
        detail = {"id": incident.id, "bygning": incident.building_id, "oppgang": incident.stairwell_id,
                  "dato": incident.date.isoformat(), "type": incident.incident_type.value,
                  "registrert": incident.registered_at.isoformat()}
        try:
            with self.database.transaction("remove", "incident", incident.building_id, detail):
                self._incidents.delete(incident_id)
        except StoreError as error:
            raise IncidentError(message_of(error)) from None
        if self.workspace is not None:
            self.workspace.compositions.remove_incident(incident.date, incident.incident_type, incident.building_id,
                                                        incident.stairwell_id)
        return incident

    def _same_day(self, incident: Incident) -> bool:
        return (incident.registered_at is not None
                and self._local(incident.registered_at).date() == self._local(self.clock()).date())

    @staticmethod
    def _local(moment: datetime) -> datetime:
        return moment.astimezone() if moment.tzinfo else moment

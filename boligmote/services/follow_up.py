"""The follow-up register (issue 17 item 2): the points a decision promised, what is due, what was done.

Points are created with an allocation in its own transaction (services/decisions.py), at the
settings' months after move-in ([follow_up] in resources/meetings/defaults.toml); undoing the
decision in the running meeting removes them with it. Recording a point done writes what was
done, by whom (the app user, as the audit log names the actor) and how the tenancy stands —
the outcome the evidence on each rule will count (issue 17 item 6).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from ..domain import HouseholdType, ResidentHousehold, TenancyState
from ..domain.follow_up import FollowUpDue, FollowUpPoint, add_months, promised_text
from ..domain.limits import TextRefused, check_text
from ..store import Database, RecordNotFound
from ..store.follow_up import FollowUpRepository
from ..text import household_words
from .meeting_settings import load_meeting_settings
from .meetings import MeetingError, require_writable
from .record_text import refused_sentence, text_problem
from ..words import Phrase, message_of


class FollowUpError(MeetingError):
    """A follow-up point cannot be recorded as asked; the message is for the user."""


@dataclass(frozen=True)
class FollowUps:
    items: tuple[FollowUpDue, ...]
    today: date
    until: date

    @property
    def overdue(self) -> int:
        return sum(item.point.overdue(self.today) for item in self.items)


def points_promised(tenancy_id: int, move_in: date, months: Sequence[int], conditions: str,
                    weighings: list[tuple[str, str]], *, case_no: str = "",
                    decision_id: int | None = None) -> list[FollowUpPoint]:
    """The points an allocation creates: one per month setting, when it wrote conditions or
    weighed a flag in writing; none when it promised nothing."""
    promised = promised_text(conditions, weighings)
    if not promised:
        return []
    return [FollowUpPoint(None, tenancy_id, add_months(move_in, m), promised, decision_id, case_no)
            for m in sorted(set(months))]


def follow_ups_due(database: Database, today: date, days: int | None = None) -> FollowUps:
    """Open points overdue or due within `days` (default: the setting, 30), soonest first."""
    if days is None:
        days = load_meeting_settings(database).follow_up_days
    until = today + timedelta(days=days)
    items = tuple(FollowUpDue(point, unit_id, address, label, district, household_words(resident), held_on, resident)
                  for point, unit_id, htype, adults, children, address, label, district, held_on
                  in FollowUpRepository(database).open_until(until)
                  for resident in (_household(htype, adults, children),))
    return FollowUps(items, today, until)


@lru_cache(maxsize=512)
def _household(household_type: str, adults: int, children_ages: str) -> ResidentHousehold:
    """The household, once per distinct household (a long list repeats the same few)."""
    return ResidentHousehold(None, "", HouseholdType(household_type), adults, tuple(json.loads(children_ages)))


def record_follow_up(database: Database, point_id: int, what: str, state: TenancyState,
                     done_on: date | None = None, move_planned: bool | None = None) -> FollowUpPoint:
    """Record a point done (one audited change); raises FollowUpError before anything is written.

    A move-out says whether it was planned (`move_planned`): the evidence on each rule counts an
    unplanned move as a poor outcome and a planned one as not (m0009)."""
    require_writable(database)
    if state is TenancyState.MOVED_OUT and move_planned is None:
        raise FollowUpError(Phrase("errors.follow_up.move_planned"))
    if state is not TenancyState.MOVED_OUT:
        move_planned = None
    repository = FollowUpRepository(database)
    try:
        point = repository.get(point_id)
    except RecordNotFound as error:
        raise FollowUpError(message_of(error)) from None
    if point.done:
        raise FollowUpError(Phrase("errors.follow_up.done", date=f"{point.done_on:%d.%m.%Y}", who=point.done_by))
    done_on = done_on or date.today()
    if done_on > date.today():
        raise FollowUpError(Phrase("errors.follow_up.future"))
    _require_text(database, Phrase("fields.what_was_done"), what)
    what = what.strip()
    with database.transaction("follow_up_done", "follow_up_point", str(point_id),
                              {"due_on": point.due_on.isoformat(), "done_on": done_on.isoformat(),
                               "state": state.value, "move_planned": move_planned, "decision_id": point.decision_id}):
        repository.record_done(point_id, done_on, database.actor, what, state, move_planned)
    return repository.get(point_id)


def _require_text(database: Database, field: Phrase, text: str) -> None:
    """A follow-up's text says enough (the meeting settings' least length) and fits its column."""
    settings = load_meeting_settings(database)
    if problem := text_problem(field, text, settings.min_characters, settings.min_words):
        raise FollowUpError(problem)
    try:
        check_text("notes", text)
    except TextRefused as refused:
        raise FollowUpError(refused_sentence(refused)) from None


def add_follow_up(database: Database, tenancy_id: int, due_on: date, promised: str) -> FollowUpPoint:
    """A point added by hand, on a tenancy no decision in this file created (one audited change)."""
    require_writable(database)
    _require_text(database, Phrase("fields.what_to_follow_up"), promised)
    repository = FollowUpRepository(database)
    point = FollowUpPoint(None, tenancy_id, due_on, promised.strip())
    with database.transaction("add", "follow_up_point", str(tenancy_id), {"due_on": due_on.isoformat()}):
        if not repository.tenancy_is_current(tenancy_id):
            raise FollowUpError(Phrase("errors.tenancy_gone", tenancy=tenancy_id))
        point_id = repository.add(point, datetime.now().replace(microsecond=0), database.actor)
    return repository.get(point_id)

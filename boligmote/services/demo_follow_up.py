"""The demo's follow-up points from before the file (issue 17 item 2): invented, like everything in the demo.

So that Møte → Oppfølging is not empty for a new user, and so that the showcase meeting's minutes
show «Oppfølging» (the points due by the meeting day and a month on): they are added before the
showcase meeting is signed. They are added by hand — no decision in the file made them — so the
signed meeting's decisions and fingerprint are untouched. The showcase meeting's own points fall
due in three months.
"""
from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from ..domain import TenancyState, saved_id
from ..domain.follow_up import FollowUpPoint, add_months
from ..store import Database
from ..store.follow_up import FollowUpRepository
from ..store.households import HouseholdRepository

_DEMO_PROMISES = (
    "Booppfølging første år; boligkontoret tar kontakt etter tre måneder.",
    "Vilkår: husleien trekkes direkte fra NAV det første året.",
    "Bomiljøarbeider besøker husstanden jevnlig etter innflytting.",
    "Ny vurdering av oppgangen om det kommer meldinger om uro.",
    "Samarbeidsplan med mål om fornyelse av leieavtalen om samarbeidet går greit.",
)
_DEMO_DONE = (
    ("Hjemmebesøk sammen med booppfølgingen; husstanden har kommet godt i gang.", TenancyState.STABLE),
    ("Telefon med leietakeren og NAV; restansen er ordnet med en nedbetalingsavtale.", TenancyState.ARREARS),
    ("Møte med utleier etter to naboklager; avtalt tettere oppfølging.", TenancyState.INCIDENTS),
)


# (point id, the day it was done, what was done, the tenancy's state)
Done = tuple[int, date, str, TenancyState]


def add_earlier_follow_ups(database: Database, rng: random.Random, today: date, secretary: str) -> list[Done]:
    """Points at 3, 6 and 12 months after some current tenancies moved in: about a dozen overdue
    or due within a month. Returns the ones to record as done (record_done): the signed meeting's
    minutes list what was still open on its day, so what was done after it is recorded after."""
    window = (today - timedelta(days=60), today + timedelta(days=30))
    tenancies = sorted((saved_id(t.id), t.contract_start) for t in HouseholdRepository(database).current_tenancies()
                        if t.follow_up and t.contract_start)
    points = []
    for tenancy_id, moved_in in tenancies:
        for months in (3, 6, 12):
            due = add_months(moved_in, months)
            if window[0] <= due <= window[1] and rng.random() < 0.5:
                points.append(FollowUpPoint(None, tenancy_id, due, rng.choice(_DEMO_PROMISES)))
    points = points[:14]
    done: list[Done] = []
    with database.transaction("demo", "follow_up_point", "", {"points": len(points)}):
        repository = FollowUpRepository(database)
        for point in points:
            point_id = repository.add(point, datetime.combine(point.due_on, time(9)) - timedelta(days=90),
                                      secretary)
            if point.due_on < today - timedelta(days=7) and rng.random() < 0.4:
                what, state = rng.choice(_DEMO_DONE)
                done.append((point_id, point.due_on + timedelta(days=rng.randint(0, 5)), what, state))
    return done


def record_done(database: Database, done: list[Done], secretary: str, before: date | None = None) -> list[Done]:
    """Record the points done before `before` (all when None); returns the rest."""
    now = [d for d in done if before is None or d[1] < before]
    if now:
        with database.transaction("demo", "follow_up_point", "", {"done": len(now)}):
            repository = FollowUpRepository(database)
            for point_id, done_on, what, state in now:
                repository.record_done(point_id, done_on, secretary, what, state)
    return [d for d in done if d not in now]

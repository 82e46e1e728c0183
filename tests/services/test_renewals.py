"""Issue 17 item 1: the renewal list and the suggested length of a renewed lease."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest

from boligmote.domain import HouseholdType, ResidentHousehold
from boligmote.domain.renewals import renewal_lease
from boligmote.services.meeting_settings import change_meeting_settings
from boligmote.domain.follow_up import add_months
from boligmote.services.renewals import renewals_due

TODAY = date(2026, 11, 29)


def household(*ages: int) -> ResidentHousehold:
    kind = HouseholdType.SINGLE_PARENT if ages else HouseholdType.SINGLE
    return ResidentHousehold(None, "U1", kind, 1, tuple(ages))


OSLO = dict(years=3, minimum_years=3, children_rule=True, children_years=5, children_age_below=15,
            law="husleieloven § 9-3")


@pytest.mark.parametrize(("ages", "years"), [((14,), 5), ((15,), 3), ((16, 14), 5), ((), 3), ((0,), 5)])
def test_oslo_renews_for_five_years_while_a_child_is_at_most_fourteen(ages, years):
    assert renewal_lease(household(*ages), **OSLO).years == years


def test_the_plain_default_is_three_years_for_everyone_and_never_below_the_minimum():
    plain = dict(OSLO, children_rule=False)
    assert renewal_lease(household(4), **plain).years == 3
    assert "husleieloven § 9-3" in renewal_lease(household(4), **plain).reason
    assert renewal_lease(household(4), **dict(plain, years=2)).years == 3  # § 9-3: three years at least
    assert renewal_lease(household(4), **dict(plain, years=4)).reason == "4 år: kommunens standard ved fornyelse."


def test_add_months_keeps_the_day_or_takes_the_last_of_a_shorter_month():
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2026, 11, 29), 6) == date(2027, 5, 29)
    assert add_months(date(2026, 11, 29), 0) == date(2026, 11, 29)


def _lease_ends(db, unit_id: str, ends: date) -> None:
    with db.transaction("test", "lease"):
        db.conn.execute("UPDATE tenancies SET contract_end = ? WHERE unit_id = ? AND ended_on IS NULL",
                        (ends.isoformat(), unit_id))


def test_renewals_list_the_leases_ending_within_the_months_soonest_first_with_past_ones_on_top(demo_db):
    current = demo_db.query("SELECT unit_id FROM tenancies WHERE ended_on IS NULL ORDER BY unit_id LIMIT 2")
    (first,), (second,) = current
    soonest = date.fromisoformat(demo_db.scalar("SELECT min(contract_end) FROM tenancies WHERE ended_on IS NULL"))
    today = soonest  # a demo lease ends today; ours ended three days ago and ends tomorrow
    _lease_ends(demo_db, first, today - timedelta(days=3))
    _lease_ends(demo_db, second, today + timedelta(days=1))
    renewals = renewals_due(demo_db, today, months=6)
    assert renewals.until == add_months(today, 6)
    units = [item.due.tenancy.unit_id for item in renewals.items]
    assert units[0] == first and renewals.items[0].due.overdue(today)
    assert second in units and not renewals.items[units.index(second)].due.overdue(today)
    ends = [item.due.lease_ends for item in renewals.items]
    assert ends == sorted(ends) and ends[-1] <= renewals.until
    expected = demo_db.scalar("SELECT count(*) FROM tenancies WHERE ended_on IS NULL AND contract_end <= ?",
                              (renewals.until.isoformat(),))
    assert len(renewals.items) == expected


def test_incidents_at_the_address_in_the_last_twelve_months_are_counted(demo_db):
    (unit_id,) = demo_db.query("SELECT unit_id FROM tenancies WHERE ended_on IS NULL ORDER BY unit_id LIMIT 1")[0]
    building, stairwell = demo_db.query("SELECT s.building_id, s.id FROM units u JOIN stairwells s "
                                        "ON s.id = u.stairwell_id WHERE u.id = ?", (unit_id,))[0]
    _lease_ends(demo_db, unit_id, TODAY + timedelta(days=10))

    def counts():
        item = next(i for i in renewals_due(demo_db, TODAY, 1).items if i.due.tenancy.unit_id == unit_id)
        return item.due.incidents_stairwell, item.due.incidents_building

    before = counts()
    with demo_db.transaction("test", "incidents"):
        for stair, days in ((stairwell, 10), (None, 20), (stairwell, 400)):  # the last is too old
            demo_db.conn.execute("INSERT INTO incidents (building_id, stairwell_id, occurred_on, incident_type) "
                                 "VALUES (?, ?, ?, 'uro')", (building, stair, (TODAY - timedelta(days=days)).isoformat()))
    assert counts() == (before[0] + 1, before[1] + 2)


def test_the_renewal_setting_decides_the_period_and_the_childrens_rule(demo_db):
    (unit_id,) = demo_db.query("SELECT unit_id FROM tenancies WHERE ended_on IS NULL AND children_ages != '[]' "
                               "ORDER BY unit_id LIMIT 1")[0]
    _lease_ends(demo_db, unit_id, add_months(TODAY, 8))
    assert unit_id not in {i.due.tenancy.unit_id for i in renewals_due(demo_db, TODAY).items}  # 6 months ahead
    change_meeting_settings(demo_db, {"renewal": {"months_ahead": 9, "children_rule": True}}, "Oslo-modellen")
    item = next(i for i in renewals_due(demo_db, TODAY).items if i.due.tenancy.unit_id == unit_id)
    young = min(item.due.tenancy.children_ages) < 15
    assert item.suggestion.years == (5 if young else 3)


def test_cli_lists_renewals_as_text_and_json(demo_path, capsys):
    from boligmote.cli import main

    assert main(["renewals", "--db", str(demo_path), "--months", "3", "--today", "29.11.2026"]) == 0
    text = capsys.readouterr().out
    assert "leieavtaler utløper innen 28.02.2027 (per 29.11.2026)" in text and "Forslag: 3 år" in text
    assert main(["renewals", "--db", str(demo_path), "--months", "3", "--today", "29.11.2026",
                 "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows and {"unit_id", "lease_ends", "suggested_years", "incidents_12_months"} <= set(rows[0])

"""The meeting view's before→after numbers for a constructed stairwell: the projector must show
the stairwell and the building as they are now, and what this placement changes."""
from __future__ import annotations

from boligmote.domain import Flag, HouseholdType, Scope, Severity
from boligmote.rules import MITIGATION
from boligmote.services.composition_change import flags_in_reading_order, placement_change

from ..rules.scenario import TODAY, N, applicant, family, single, target


def _row(scope, key):
    return next(r for r in scope.rows if r.key == key)


def test_a_family_into_a_stairwell_of_singles_changes_the_counts_it_joins():
    where = target(stairwell=[single(N.ACTIVE_USE), single(N.ACTIVE_USE), single(N.ELDERLY), family()],
                   elsewhere_in_building=[family(), family(), single()])
    who = applicant(HouseholdType.FAMILY, adults=2, children=(3, 7), needs=(N.HIGH_FOLLOW_UP,))
    change = placement_change(where, who, TODAY)
    sw, bd = change.stairwell, change.building

    assert sw.households == (4, 5) and bd.households == (7, 8)
    assert sw.persons == (1 + 1 + 1 + 4, 1 + 1 + 1 + 4 + 4)
    assert (_row(sw, HouseholdType.FAMILY).before, _row(sw, HouseholdType.FAMILY).after) == (1, 2)
    assert (_row(bd, HouseholdType.FAMILY).before, _row(bd, HouseholdType.FAMILY).after) == (3, 4)
    assert (_row(sw, HouseholdType.SINGLE).before, _row(sw, HouseholdType.SINGLE).after) == (3, 3)
    assert (_row(sw, N.ACTIVE_USE).before, _row(sw, N.ACTIVE_USE).added) == (2, 0)
    assert (_row(sw, N.HIGH_FOLLOW_UP).before, _row(sw, N.HIGH_FOLLOW_UP).after) == (0, 1)
    heavy = _row(sw, None)  # households with heavy needs: the two in active use, and now the newcomer
    assert (heavy.before, heavy.after) == (2, 3)
    # Categories nobody has, before or after, are not drawn.
    assert not _row(sw, N.IN_TREATMENT).shown and not _row(sw, HouseholdType.COUPLE).shown
    assert _row(sw, N.HIGH_FOLLOW_UP).shown


def test_before_is_the_target_as_it_is_and_is_not_changed_by_asking():
    where = target(stairwell=[single(N.DISTURBANCE)])
    placement_change(where, applicant(needs=(N.DISTURBANCE,)), TODAY)
    assert where.stairwell_composition.households == 1  # the workspace's own aggregate is untouched
    again = placement_change(where, applicant(needs=(N.DISTURBANCE,)), TODAY)
    assert (_row(again.stairwell, N.DISTURBANCE).before, _row(again.stairwell, N.DISTURBANCE).after) == (1, 2)


def test_a_unit_without_an_applicant_shows_no_change():
    change = placement_change(target(stairwell=[family(), single()]), None, TODAY)
    assert change.stairwell.households == (2, 2)
    assert all(r.added == 0 for r in change.stairwell.rows + change.building.rows)


def test_small_counts_of_neighbours_are_masked_and_none_is_not():
    where = target(stairwell=[single(N.ACTIVE_USE), family(), family(), family()])
    change = placement_change(where, applicant(needs=(N.ACTIVE_USE,)), TODAY)
    assert _row(change.stairwell, N.ACTIVE_USE).masked(3)  # one neighbour in active use: identifies them
    assert not _row(change.stairwell, HouseholdType.FAMILY).masked(3)  # three is not small
    assert not _row(change.stairwell, N.ELDERLY).masked(3)  # none identifies nobody
    assert not _row(change.stairwell, N.ACTIVE_USE).masked(0)  # no adviser: exact


def _flag(rule, severity):
    return Flag(rule, severity, "melding", Scope.STAIRWELL, "002 l.384")


def test_flags_read_critical_first_and_mitigation_last():
    flags = [_flag(MITIGATION, Severity.INFO), _flag("A", Severity.INFO), _flag("B", Severity.WARNING),
             _flag("C", Severity.CRITICAL), _flag("D", Severity.WARNING), _flag("E", Severity.CRITICAL)]
    ordered = [f.rule for f in flags_in_reading_order(flags)]
    assert ordered == ["C", "E", "B", "D", "A", MITIGATION]

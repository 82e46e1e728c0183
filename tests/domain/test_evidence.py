"""Evidence on each rule (issue 17 item 6): the Wilson interval, what counts as a poor outcome, and
the figures per flag, computed by hand."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from boligmote.domain import TenancyState
from boligmote.domain.evidence import (
    MIN_PLACEMENTS,
    Placement,
    RecordedState,
    Result,
    RuleEvidence,
    Share,
    evidence,
    placement_result,
    rule_words,
    share_words,
    wilson_interval,
)

S = TenancyState
AS_OF = date(2026, 11, 23)


# Reference values computed independently of the formula in the code: the score-test inversion
# |x/n − p| = z·√(p(1−p)/n) solved for p by bisection, with z from scipy.stats.norm.ppf(0.975).
# 81/263, 15/148, 0/20 and 1/29 are also the published ones in Newcombe (1998), Stat Med 17:857,
# table II, method 3 (0.2553–0.3662, 0.0624–0.1605, 0–0.1611, 0.0061–0.1718).
@pytest.mark.parametrize("poor, total, low, high", [
    (0, 10, 0.0, 0.277533),
    (5, 10, 0.236593, 0.763407),
    (1, 20, 0.008881, 0.236131),
    (81, 263, 0.255289, 0.366210),
    (15, 148, 0.062386, 0.160487),
    (0, 20, 0.0, 0.161125),
    (1, 29, 0.006113, 0.171755),
    (10, 10, 0.722467, 1.0),
    (12, 40, 0.180748, 0.454300),
])
def test_wilson_interval_matches_known_values(poor, total, low, high):
    found = wilson_interval(poor, total)
    assert found == pytest.approx((low, high), abs=5e-6)


def test_wilson_interval_has_nothing_to_say_about_no_placements():
    assert wilson_interval(0, 0) is None
    with pytest.raises(ValueError):
        wilson_interval(3, 2)


def test_the_compact_line_reads_as_the_settings_show_it():
    assert share_words(Share(12, 40)) == "12 av 40 dårlig utfall (30 %, 95 % KI 18–45 %)"
    assert share_words(Share(2, 16)).startswith("2 av 16 dårlig utfall (13 %, 95 % KI 3–36 %)")  # 12.5 % up
    line = rule_words(evidence([], AS_OF, ["X"]).rules[0])
    assert line == "Med varselet: ingen plasseringer · uten: ingen plasseringer"


def test_fewer_than_twenty_placements_carry_a_plain_warning():
    assert MIN_PLACEMENTS == 20
    assert Share(5, 19).few and "færre enn 20 plasseringer, tallet sier lite" in share_words(Share(5, 19))
    assert not Share(5, 20).few and "færre enn" not in share_words(Share(5, 20))


def _placement(number: int, rules=(), states=(), decided=date(2024, 6, 4), moved_in=date(2024, 6, 25)) -> Placement:
    return Placement(number, decided, moved_in, frozenset(rules), tuple(states))


def _at(months_after: int, state: TenancyState, planned=None, moved_in=date(2024, 6, 25)) -> RecordedState:
    from boligmote.domain.follow_up import add_months

    return RecordedState(add_months(moved_in, months_after), state, planned)


def test_what_a_poor_outcome_is():
    good_year = [_at(3, S.STABLE), _at(6, S.STABLE), _at(12, S.STABLE)]
    assert placement_result(_placement(1, states=good_year)) is Result.GOOD
    for poor in (S.INCIDENTS, S.ARREARS, S.EVICTED):
        assert placement_result(_placement(1, states=[_at(6, poor)])) is Result.POOR
    # a move: unplanned is poor, planned is good, not told is not counted
    assert placement_result(_placement(1, states=[_at(6, S.MOVED_OUT, False)])) is Result.POOR
    assert placement_result(_placement(1, states=[_at(3, S.STABLE), _at(6, S.MOVED_OUT, True),
                                                  _at(12, S.MOVED_OUT, True)])) is Result.GOOD
    assert placement_result(_placement(1, states=[_at(6, S.MOVED_OUT, None), _at(12, S.STABLE)])) is Result.NOT_RECORDED
    assert placement_result(_placement(1, states=[_at(12, S.TRANSFERRED)])) is Result.GOOD
    # no point past the first year: not recorded, however calm the first months were
    assert placement_result(_placement(1, states=[_at(3, S.STABLE), _at(6, S.STABLE)])) is Result.NOT_RECORDED
    assert placement_result(_placement(1)) is Result.NOT_RECORDED
    # the first point after a year speaks for the year's end; later trouble is outside the first year
    assert placement_result(_placement(1, states=[_at(14, S.ARREARS)])) is Result.POOR
    assert placement_result(_placement(1, states=[_at(12, S.STABLE), _at(24, S.EVICTED)])) is Result.GOOD
    assert placement_result(_placement(1, states=[_at(24, S.EVICTED), _at(14, S.STABLE)])) is Result.GOOD  # any order


def test_the_flagged_group_with_more_poor_outcomes_counted_by_hand():
    """30 placements with RECENT_INCIDENTS (12 poor) and 50 without (5 poor); 10 of each group also
    had SIZE_MISMATCH, 2 poor among the flagged and 1 among the others."""
    placements, number = [], 0

    def add(count, rules, poor):
        nonlocal number
        for _ in range(count):
            number += 1
            states = [_at(6, S.ARREARS)] if poor else [_at(6, S.STABLE), _at(12, S.STABLE)]
            placements.append(_placement(number, rules, states))

    add(2, {"RECENT_INCIDENTS", "SIZE_MISMATCH"}, True)
    add(8, {"RECENT_INCIDENTS", "SIZE_MISMATCH"}, False)
    add(10, {"RECENT_INCIDENTS"}, True)
    add(10, {"RECENT_INCIDENTS"}, False)
    add(1, {"SIZE_MISMATCH"}, True)
    add(9, {"SIZE_MISMATCH"}, False)
    add(4, set(), True)
    add(36, set(), False)
    found = evidence(placements, AS_OF, ["RECENT_INCIDENTS", "SIZE_MISMATCH", "FAMILY_ELDERLY"])
    assert (found.placements, found.counted, found.too_recent, found.not_recorded) == (80, 80, 0, 0)
    assert found.overall == Share(17, 80)
    incidents = found.rule("RECENT_INCIDENTS")
    assert incidents.flagged == Share(12, 30) and incidents.not_flagged == Share(5, 50)
    assert incidents.flagged.proportion == pytest.approx(0.40) and incidents.not_flagged.proportion == pytest.approx(0.10)
    assert incidents.flagged.interval[0] > incidents.not_flagged.interval[1]  # the intervals do not overlap
    size = found.rule("SIZE_MISMATCH")
    assert size.flagged == Share(3, 20) and size.not_flagged == Share(14, 60)
    assert found.rule("FAMILY_ELDERLY").flagged == Share(0, 0)
    assert share_words(incidents.flagged) == "12 av 30 dårlig utfall (40 %, 95 % KI 25–58 %)"


def test_placements_younger_than_twelve_months_are_left_out():
    as_of = date(2026, 6, 4)
    old = _placement(1, {"CONCENTRATION"}, [_at(6, S.EVICTED)], decided=date(2025, 6, 4))
    young = _placement(2, {"CONCENTRATION"}, [_at(3, S.EVICTED, moved_in=date(2025, 6, 20))],
                       decided=date(2025, 6, 5), moved_in=date(2025, 6, 20))
    unrecorded = _placement(3, {"CONCENTRATION"}, [_at(3, S.STABLE)], decided=date(2024, 1, 9))
    found = evidence([old, young, unrecorded], as_of, ["CONCENTRATION"])
    assert (found.placements, found.too_recent, found.not_recorded, found.counted) == (3, 1, 1, 1)
    assert found.rule("CONCENTRATION").flagged == Share(1, 1)
    # a day later the young one is a year old and counts
    found = evidence([old, young], as_of + timedelta(days=1), ["CONCENTRATION"])
    assert found.too_recent == 0 and found.rule("CONCENTRATION").flagged == Share(2, 2)


def test_a_retired_rule_seen_in_old_decisions_is_reported_after_the_catalogue():
    placements = [_placement(1, {"MUNICIPAL_SHARE"}, [_at(12, S.STABLE)])]
    found = evidence(placements, AS_OF, ["CONCENTRATION"])
    assert [r.rule for r in found.rules] == ["CONCENTRATION", "MUNICIPAL_SHARE"]


def test_a_flag_shown_at_two_severities_is_split_and_counted_at_the_higher():
    """CHILDREN_ACTIVE_USE is critical in the stairwell and a warning from the other stairwells: the
    report tells the two apart (review of issue 17), and a placement shown both counts as critical."""
    def placement(number, shown, poor):
        states = [_at(6, S.ARREARS)] if poor else [_at(6, S.STABLE), _at(12, S.STABLE)]
        return Placement(number, date(2024, 6, 4), date(2024, 6, 25), frozenset({"CHILDREN_ACTIVE_USE"}),
                         tuple(states), frozenset(shown))

    placements = [placement(n, {"CHILDREN_ACTIVE_USE:critical"}, n < 4) for n in range(10)]
    placements += [placement(10 + n, {"CHILDREN_ACTIVE_USE:warning"}, n < 2) for n in range(20)]
    placements += [placement(30, {"CHILDREN_ACTIVE_USE:warning", "CHILDREN_ACTIVE_USE:critical"}, True)]
    item = evidence(placements, AS_OF, ["CHILDREN_ACTIVE_USE"]).rule("CHILDREN_ACTIVE_USE")
    assert item.flagged == Share(7, 31)
    assert item.by_severity == (("critical", Share(5, 11)), ("warning", Share(2, 20)))


def test_a_group_that_could_point_at_a_household_is_not_printed():
    """1–4 with a poor (or good) outcome; and, review of issue 17, a small group where all or none
    had a poor outcome («5 av 5»): knowing a household had the flag, a reader would know its outcome."""
    assert Share(3, 40).disclosive(5) and Share(37, 40).disclosive(5) and Share(2, 2).disclosive(5)
    assert Share(5, 5).disclosive(5) and Share(0, 12).disclosive(5)
    assert not Share(0, 40).disclosive(5) and not Share(5, 40).disclosive(5) and not Share(0, 0).disclosive(5)
    assert not Share(5, 10).disclosive(5)
    item = RuleEvidence("X", Share(10, 30), Share(4, 50))
    assert item.disclosive(5)  # with + without make the whole: one hidden group hides the comparison
    assert not RuleEvidence("X", Share(10, 30), Share(5, 50)).disclosive(5)

"""The agenda planner: one plan for every vacant unit, judged on the composition after the
whole plan (issue 18). Synthetic households only."""
from __future__ import annotations

import random

import pytest

from boligmote.domain import FollowUpService, Ownership, Severity
from boligmote.planning import Pair, PlanInputError, PlanSettings
from boligmote.planning.baselines import greedy, pairwise_optimum
from boligmote.planning.evaluation import measure
from boligmote.planning.plan import OPTIMAL, make_plan

from .scenario import (
    Estate,
    N,
    family_with_school_children,
    in_recovery,
    person,
    plain_resident,
)

RUSTEAM = (FollowUpService.SUBSTANCE_TEAM,)


def _placed(plan) -> dict[str, str]:
    return {p.case_no: p.unit_id for p in plan.placements}


def _child_and_active_use_clash():
    """Two vacant units in one stairwell (A1, A2) and one in another building (B1), whose
    stairwell has a resident in recovery, so a person in active use is critical there.

    Each pair alone is acceptable: the family in A1 or A2, the active user in A1 or A2, the
    single adult anywhere. Only the family at B1 costs a little (its children would change
    school: info). Together, family and active user in one stairwell are critical for both."""
    estate = Estate()
    a = estate.building("BA", catchment="Nord")
    b = estate.building("BB", catchment="Sør")
    stairwell_a = estate.stairwell(a, "A", [plain_resident()])
    stairwell_b = estate.stairwell(b, "A", [in_recovery()])
    estate.vacant("A1", stairwell_a)
    estate.vacant("A2", stairwell_a)
    estate.vacant("B1", stairwell_b)
    people = [person("2026/1-aktiv-rus", 900, needs=(N.ACTIVE_USE,), follow_up=RUSTEAM),
              family_with_school_children("2026/2-familie", 800),
              person("2026/3-enslig", 700)]
    return estate.matrix(people)


def test_plan_avoids_the_stairwell_clash_the_pairwise_optimum_makes():
    matrix = _child_and_active_use_clash()
    pairwise = pairwise_optimum(matrix)
    blind = measure(matrix, pairwise)
    # pairwise, every placement is acceptable; on the whole plan, family and active use share a stairwell
    assert all(not any(s is Severity.CRITICAL for _, s in flags) for flags in blind.alone.values())
    assert blind.critical == 2 and blind.interaction_critical == 2

    plan = make_plan(matrix)
    assert plan.status == OPTIMAL
    assert plan.measures.critical == 0
    assert len(plan.placements) == 3  # nobody is left out to avoid it
    placed = _placed(plan)
    assert placed["2026/2-familie"] == "B1"
    assert placed["2026/1-aktiv-rus"] in {"A1", "A2"}


def _two_heavy_needs_in_one_stairwell():
    """Two people in active use would each be fine alone in stairwell A; together they make
    it a concentration of heavy needs (warning). Building B is a cooperative, where active
    use gives an info flag: pairwise, both look better in A."""
    estate = Estate()
    a = estate.building("BA")
    b = estate.building("BB", ownership=Ownership.COOPERATIVE_SHARE)
    stairwell_a = estate.stairwell(a, "A", [plain_resident()])
    stairwell_b = estate.stairwell(b, "A", [plain_resident()])
    estate.vacant("A1", stairwell_a)
    estate.vacant("A2", stairwell_a)
    estate.vacant("B1", stairwell_b)
    people = [person("2026/1-rus", 900, needs=(N.ACTIVE_USE,), follow_up=RUSTEAM),
              person("2026/2-rus", 800, needs=(N.ACTIVE_USE,), follow_up=RUSTEAM),
              person("2026/3-enslig", 700)]
    return estate.matrix(people)


def test_two_heavy_need_placements_are_kept_apart_when_the_queue_allows_it():
    matrix = _two_heavy_needs_in_one_stairwell()
    blind = measure(matrix, pairwise_optimum(matrix))
    assert blind.warnings == 2 and blind.interactions == 2  # «Konsentrasjon» for both, seen only together

    plan = make_plan(matrix)
    placed = _placed(plan)
    assert {placed["2026/1-rus"], placed["2026/2-rus"]} & {"B1"}  # one of them in the other building
    assert plan.measures.warnings == 0 and plan.measures.interactions == 0
    assert len(plan.placements) == 3


def _random_estate(seed: int):
    rng = random.Random(seed)
    estate = Estate()
    for b in range(6):
        building = estate.building(f"B{b}", catchment=rng.choice(["Nord", "Sør"]))
        for s in range(2):
            residents = [rng.choice([plain_resident(), in_recovery(),
                                     person("r", 1, needs=(N.ACTIVE_USE,)), person("r", 1)]) for _ in range(3)]
            stairwell = estate.stairwell(building, "AB"[s], residents)
            for u in range(rng.randint(0, 2)):
                estate.vacant(f"U{b}{s}{u}", stairwell)
    needs = [(), (), (N.ACTIVE_USE,), (N.IN_TREATMENT,), (N.SEVERE_MENTAL_ILLNESS,)]
    people = []
    for k in range(40):
        if rng.random() < 0.3:
            people.append(family_with_school_children(f"2026/{k:03}", rng.randint(10, 900)))
        else:
            people.append(person(f"2026/{k:03}", rng.randint(10, 900), needs=rng.choice(needs),
                                 follow_up=RUSTEAM if rng.random() < 0.5 else ()))
    return estate.matrix(people)


def test_the_same_input_gives_the_same_plan_twice():
    first = make_plan(_random_estate(7))
    second = make_plan(_random_estate(7))
    assert first.status == OPTIMAL
    assert [(p.case_no, p.unit_id) for p in first.placements] == [(p.case_no, p.unit_id) for p in second.placements]
    assert [(s.name, s.value) for s in first.stages] == [(s.name, s.value) for s in second.stages]
    assert first.settings_version == second.settings_version


def test_a_lock_is_kept_and_a_forbidden_pair_is_never_chosen():
    matrix = _child_and_active_use_clash()
    plan = make_plan(matrix, locks=[Pair("2026/3-enslig", "B1")],
                     forbidden=[Pair("2026/1-aktiv-rus", "A1"), Pair("2026/1-aktiv-rus", "A2")])
    placed = _placed(plan)
    assert placed["2026/3-enslig"] == "B1"
    assert "2026/1-aktiv-rus" not in placed  # nowhere left for them: B1 is locked, A1/A2 forbidden
    assert next(p for p in plan.placements if p.case_no == "2026/3-enslig").locked
    why = " ".join(line for p in plan.placements for line in p.why)
    assert "Forbigått, paret er utelukket av møtet: 2026/1-aktiv-rus" in why


def test_a_lock_that_fails_a_hard_requirement_is_refused_in_words():
    estate = Estate()
    estate.vacant("A1", estate.stairwell(estate.building("BA"), "A"))
    matrix = estate.matrix([person("2026/1-rullestol", 100, wheelchair_needed=True), person("2026/2", 50),
                            person("2026/3", 40)])
    with pytest.raises(PlanInputError, match="oppfyller ikke absolutte krav"):
        make_plan(matrix, locks=[Pair("2026/1-rullestol", "A1")])
    with pytest.raises(PlanInputError, match="samme søker eller samme bolig"):
        make_plan(matrix, locks=[Pair("2026/2", "A1"), Pair("2026/3", "A1")])
    with pytest.raises(PlanInputError, match="står ikke på ventelisten"):
        make_plan(matrix, forbidden=[Pair("2099/0", "A1")])


def _family_into_active_use():
    estate = Estate()
    a = estate.building("BA")
    estate.vacant("A1", estate.stairwell(a, "A", [person("r", 1, needs=(N.ACTIVE_USE,))]))
    return estate.matrix([family_with_school_children("2026/1-familie", 900)])


def test_a_critical_pair_is_refused_unless_the_meeting_allows_it():
    matrix = _family_into_active_use()
    refused = make_plan(matrix)
    assert refused.placements == [] and refused.vacant_left == ["A1"]
    allowed = make_plan(matrix, PlanSettings(allow_critical=True))
    assert _placed(allowed) == {"2026/1-familie": "A1"}
    assert allowed.measures.critical == 1


def test_a_passed_over_applicant_is_named_with_the_reason():
    estate = Estate()
    a = estate.building("BA")
    estate.vacant("A1", estate.stairwell(a, "A", [person("r", 1, needs=(N.ACTIVE_USE,))]))
    matrix = estate.matrix([family_with_school_children("2026/1-familie", 900), person("2026/2-enslig", 100)])
    plan = make_plan(matrix)
    (placement,) = plan.placements
    assert placement.case_no == "2026/2-enslig"
    assert placement.passed_over == ["2026/1-familie"]
    assert any(line.startswith("Forbigått, kritisk varsel her: «Barn og aktiv rus") and "2026/1-familie" in line
               for line in placement.why)


def test_the_plan_is_never_worse_than_strict_order_on_housing_and_has_no_critical_flag():
    matrix = _random_estate(11)
    strict = measure(matrix, greedy(matrix, skip_critical=False))
    plan = make_plan(matrix)
    assert plan.measures.critical == 0
    assert sum(plan.measures.housed.values()) >= sum(strict.housed.values()) - strict.critical
    assert "ikke et vedtak" in plan.as_json()["advice"]


def test_the_slider_trades_queue_order_for_fewer_flags_and_says_so():
    estate = Estate()
    estate.vacant("A1", estate.stairwell(estate.building("BA"), "A", [plain_resident()]))
    # heavy need without follow-up ordered: «Oppfølging ikke bestilt» (warning) wherever they go
    matrix = estate.matrix([person("2026/1-uten-oppfolging", 900, needs=(N.ACTIVE_USE,)),
                            person("2026/2-enslig", 100)])
    strict = make_plan(matrix)
    assert _placed(strict) == {"2026/1-uten-oppfolging": "A1"}
    fewest = make_plan(matrix, PlanSettings(queue_vs_flags=4))
    (placement,) = fewest.placements
    assert placement.case_no == "2026/2-enslig"
    assert any("Forbigått, planen valgte færre eller mildere varsler i boligen: 2026/1-uten-oppfolging" in line
               for line in placement.why)


def test_planning_again_after_a_lock_gives_the_plan_a_fresh_start_gives():
    from boligmote.planning.plan import Planner

    matrix = _random_estate(5)
    first = Planner(matrix)
    plan = first.run()
    unit = plan.placements[1].unit_id
    lock, ban = Pair(plan.placements[0].case_no, unit), Pair(plan.placements[2].case_no, plan.placements[2].unit_id)
    again = Planner(matrix, locks=[lock], forbidden=[ban], reuse=first.problem).run()
    fresh = Planner(matrix, locks=[lock], forbidden=[ban]).run()
    assert again.status == fresh.status == OPTIMAL
    assert [(p.case_no, p.unit_id) for p in again.placements] == [(p.case_no, p.unit_id) for p in fresh.placements]
    assert (lock.case_no, lock.unit_id) in {(p.case_no, p.unit_id) for p in again.placements}

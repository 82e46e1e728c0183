"""Properties that must hold for any stairwell, not just the scenarios."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from boligmote.domain import HouseholdType, IncidentType, NeedCategory, Scope
from boligmote.rules import FlagMatrix, RuleSettings, evaluate_pair

from .scenario import TODAY, applicant, resident, target

needs = st.frozensets(st.sampled_from(list(NeedCategory)), max_size=3)
households = st.builds(
    lambda htype, need_set, children: resident(htype, need_set, children if htype in (
        HouseholdType.FAMILY, HouseholdType.SINGLE_PARENT) else ()),
    st.sampled_from(list(HouseholdType)), needs, st.lists(st.integers(0, 17), max_size=3))
applicants = st.builds(
    lambda htype, need_set, children, wheelchair, lost: applicant(
        htype, adults=2 if htype in (HouseholdType.FAMILY, HouseholdType.COUPLE) else 1,
        children=children if htype in (HouseholdType.FAMILY, HouseholdType.SINGLE_PARENT) else (),
        needs=need_set, wheelchair_needed=wheelchair, lost_home_before=lost, bedrooms_needed=len(children) // 2,
        school_district="Havnebyen"),
    st.sampled_from(list(HouseholdType)), needs, st.lists(st.integers(0, 17), max_size=4), st.booleans(), st.booleans())
stairwells = st.lists(households, max_size=12)
incident_lists = st.lists(st.tuples(st.integers(0, 500), st.sampled_from(list(IncidentType))), max_size=8)


def rules_of(who, where):
    return {f.rule for f in evaluate_pair(who, where, RuleSettings.defaults(), TODAY)}


@settings(max_examples=150, deadline=None)
@given(applicants, stairwells, incident_lists)
def test_adding_a_resident_in_active_use_never_removes_children_or_concentration_flags(who, residents, events):
    before = rules_of(who, target(residents, stairwell_incidents=events))
    after = rules_of(who, target([*residents, resident(HouseholdType.SINGLE, [NeedCategory.ACTIVE_USE])],
                                 stairwell_incidents=events))
    for rule in ("CHILDREN_ACTIVE_USE", "CONCENTRATION"):
        assert rule not in before or rule in after


@settings(max_examples=150, deadline=None)
@given(applicants, stairwells)
def test_an_empty_address_leaves_only_unit_and_applicant_flags(who, residents):
    for flag in evaluate_pair(who, target([]), RuleSettings.defaults(), TODAY):
        assert flag.scope in (Scope.UNIT, Scope.APPLICANT), flag


@settings(max_examples=40, deadline=None)
@given(st.lists(applicants, min_size=1, max_size=6), st.lists(st.tuples(stairwells, incident_lists), min_size=1, max_size=5))
def test_matrix_and_single_pair_agree(people, places):
    targets = [target(residents, stairwell_incidents=events, district=d)
               for (residents, events), d in zip(places, ["Havnebyen", "Fjellsiden"] * 3)]
    matrix = FlagMatrix(people, targets, RuleSettings.defaults(), TODAY)
    for row, who in enumerate(people):
        for column, where in enumerate(targets):
            assert set(matrix.rule_ids(row, column)) == rules_of(who, where)

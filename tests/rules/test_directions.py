"""A rule about two kinds of household fires whichever of them is the applicant."""
from __future__ import annotations

from boligmote.domain import HouseholdType

from .scenario import N, applicant, family, flags, single, target


def test_children_active_use_fires_when_the_applicant_is_the_one_in_active_use():
    user = applicant(needs=[N.ACTIVE_USE])
    flag = flags(user, target([family(children=(1, 5)), single()]))["CHILDREN_ACTIVE_USE"]
    assert "aktiv rus" in flag.message and "1 barnefamilie (2 barn)" in flag.message
    assert "CHILDREN_ACTIVE_USE" not in flags(user, target([single(), single()]))


def test_children_active_use_reverse_for_untreated_severe_mental_illness():
    untreated = applicant(needs=[N.SEVERE_MENTAL_ILLNESS])
    assert "CHILDREN_ACTIVE_USE" in flags(untreated, target([family()]))
    treated = applicant(needs=[N.SEVERE_MENTAL_ILLNESS], follow_up=["psykisk_helse"])
    assert "CHILDREN_ACTIVE_USE" not in flags(treated, target([family()]))


def test_recovery_near_use_fires_when_the_applicant_is_the_active_user():
    user = applicant(needs=[N.ACTIVE_USE])
    flag = flags(user, target([single(N.IN_TREATMENT)]))["RECOVERY_NEAR_USE"]
    assert "behandling eller rehabilitering" in flag.message
    assert "RECOVERY_NEAR_USE" not in flags(user, target([single(N.ACTIVE_USE)]))


def test_one_person_tips_fires_when_the_applicant_is_the_disturbing_one():
    loud = applicant(needs=[N.DISTURBANCE])
    assert "ONE_PERSON_TIPS" in flags(loud, target([single()]))
    assert "ONE_PERSON_TIPS" not in flags(loud, target([]))  # nobody to disturb yet


def test_the_family_direction_and_the_reverse_agree_on_the_same_pair_of_households():
    """Family A into B's stairwell and B into A's stairwell are both flagged."""
    family_applicant = applicant(HouseholdType.FAMILY, adults=2, children=(4,), bedrooms_needed=1)
    user_applicant = applicant(needs=[N.ACTIVE_USE])
    assert "CHILDREN_ACTIVE_USE" in flags(family_applicant, target([single(N.ACTIVE_USE)]))
    assert "CHILDREN_ACTIVE_USE" in flags(user_applicant, target([family(children=(4,))]))

"""What a proposal gives the applicant and what it costs the stairwell (001 l.2750–2764)."""
from __future__ import annotations

from boligmote.domain import Presence, Situation
from boligmote.rules.two_sides import costs, gains

from .scenario import N, applicant, single, target


def test_gains_name_the_new_home_and_a_calm_stairwell():
    who = applicant(situation=Situation.HOMELESS, needs=[N.IN_TREATMENT], bedrooms_needed=1)
    lines = gains(who, target([single(), single()], presence={Presence.CARETAKER}, bedrooms=1, rooms=2), 240)
    text = " ".join(lines)
    assert "bostedsløs" in text and "har ventet 7 mnd" in text  # one unit of waiting time (issue 16)
    assert "Plass nok: 2 rom og 1 soverom; husstanden trenger 1." in lines
    assert "ingen husstander med tunge behov" in text
    assert "aktive rusbrukere ikke bor på samme sted" in text  # nobody in active use, for someone in recovery
    assert "bomiljøvaktmester" in text


def test_costs_count_the_stairwell_before_and_after():
    heavy = applicant(needs=[N.ACTIVE_USE])
    lines = costs(heavy, target([single(N.ACTIVE_USE), single()], elsewhere_in_building=[single()]))
    assert lines[0] == "Oppgangen får 3 husstander (3 personer; i dag 2 husstander)."
    assert "Husstander med tunge behov i oppgangen: 1 → 2; i bygningen: 1 → 2 av 4." in lines
    assert "«Aktiv rus» i oppgangen: 1 → 2 av 3 husstander." in lines


def test_a_light_need_applicant_costs_no_heavy_need():
    assert "Ingen økning i antall husstander med tunge behov." in costs(applicant(), target([single(N.ACTIVE_USE)]))


def test_an_empty_stairwell_reads_in_the_singular():
    assert costs(applicant(), target([]))[0] == "Oppgangen får 1 husstand (1 person; i dag 0 husstander)."


def test_costs_mask_small_counts_of_other_households_for_an_adviser():
    """With an adviser present, «1 → 2» would name the one neighbour in active use; the count
    after gives the one before away too, so both go (issue 13 item 8). Totals stay exact."""
    heavy = applicant(needs=[N.ACTIVE_USE])
    building = [single(N.ACTIVE_USE) for _ in range(3)]
    lines = costs(heavy, target([single(N.ACTIVE_USE), single()], elsewhere_in_building=building), mask_below=3)
    assert lines[0] == "Oppgangen får 3 husstander (3 personer; i dag 2 husstander)."
    assert "Husstander med tunge behov i oppgangen: færre enn 3 → én til; i bygningen: 4 → 5 av 6." in lines
    assert "«Aktiv rus» i oppgangen: færre enn 3 → én til av 3 husstander." in lines
    assert not any("1 → 2" in line for line in lines)


def test_gains_say_the_children_keep_their_school_only_when_the_catchment_is_theirs():
    pupil = applicant(children=(9,), bedrooms_needed=1, school_district="Fossen skole", current_district="Elvebredden")
    same = " ".join(gains(pupil, target(district="Havnebyen", school_catchment="Fossen skole"), 10))
    other = " ".join(gains(pupil, target(district="Elvebredden", school_catchment="Elvebredden skole"), 10))
    assert "Barna kan fortsette på Fossen skole." in same
    assert "fortsette" not in other

"""Issue 15: flags that say what the research says — each branch at its threshold edge."""
from __future__ import annotations

from pathlib import Path

import pytest

from boligmote.domain import HouseholdType, IncidentType, Presence, Priority, Scope, Severity
from boligmote.domain.households import default_bedrooms_needed
from boligmote.rules import FlagMatrix, RuleSettings
from boligmote.rules.catalogue import readme_section
from boligmote.rules.ranking import candidates_for_unit
from boligmote.rules.settings import SettingsError, stored_overrides

from .scenario import TODAY, N, applicant, family, flags, resident, single, target

FAMILY = dict(household_type=HouseholdType.FAMILY, adults=2, children=(5, 9), bedrooms_needed=2)


def matrix_severity(who, where, rule: str, settings: RuleSettings | None = None) -> Severity | None:
    matrix = FlagMatrix([who], [where], settings or RuleSettings.defaults(), TODAY)
    return dict(matrix.severities(0, 0)).get(rule)


# a. 001 l.2459–2476: storage-room break-ins and needles where children play — in the building.
def test_family_into_a_clean_stairwell_of_a_building_with_active_use_elsewhere_is_warned():
    building = target([single()], elsewhere_in_building=[single(N.ACTIVE_USE), single(N.ACTIVE_USE)])
    flag = flags(applicant(**FAMILY), building)["CHILDREN_ACTIVE_USE"]
    assert flag.severity is Severity.WARNING and flag.scope is Scope.BUILDING
    assert "andre oppganger har 2 husstander i aktiv rus" in flag.message
    assert "Skaar" in flag.message  # the source, as a reader cites it
    assert matrix_severity(applicant(**FAMILY), building, "CHILDREN_ACTIVE_USE") is Severity.WARNING


def test_the_building_branch_starts_at_its_setting_and_the_stairwell_stays_critical():
    one_elsewhere = target([single()], elsewhere_in_building=[single(N.ACTIVE_USE)])
    none_elsewhere = target([single()], elsewhere_in_building=[single(N.FORMER_USE)])
    assert flags(applicant(**FAMILY), one_elsewhere)["CHILDREN_ACTIVE_USE"].severity is Severity.WARNING
    assert "CHILDREN_ACTIVE_USE" not in flags(applicant(**FAMILY), none_elsewhere)
    two_needed = RuleSettings.defaults().with_overrides({"CHILDREN_ACTIVE_USE": {"min_in_other_stairwells": 2}}, 1)
    assert "CHILDREN_ACTIVE_USE" not in flags(applicant(**FAMILY), one_elsewhere, two_needed)
    both = target([single(N.ACTIVE_USE)], elsewhere_in_building=[single(N.ACTIVE_USE)])
    assert flags(applicant(**FAMILY), both)["CHILDREN_ACTIVE_USE"].severity is Severity.CRITICAL
    assert matrix_severity(applicant(**FAMILY), both, "CHILDREN_ACTIVE_USE") is Severity.CRITICAL


# b. 000 l.5608–5620: drug-related incidents show use even with no registered user.
def test_person_in_treatment_into_a_stairwell_with_needles_and_visitor_traffic():
    stairwell = target([single()], stairwell_incidents=[(30, IncidentType.NEEDLES)] * 4
                       + [(60, IncidentType.VISITOR_TRAFFIC)] * 2)
    flag = flags(applicant(needs=[N.IN_TREATMENT]), stairwell)["RECOVERY_NEAR_USE"]
    assert flag.severity is Severity.CRITICAL
    assert "4 hendelser med sprøyter funnet" in flag.message and "2 hendelser med besøkstrafikk" in flag.message


@pytest.mark.parametrize(("incidents", "fires"), [
    ([(30, IncidentType.DRUG_DEALING)] * 2, True),  # the new kind counts
    ([(30, IncidentType.DRUG_DEALING)], False),  # one is below the default of two
    ([(30, IncidentType.NEEDLES), (30, IncidentType.NEIGHBOUR_COMPLAINT)], False),  # a complaint is not drug-related
    ([(200, IncidentType.NEEDLES)] * 3, False),  # older than six months
])
def test_drug_incident_branch_at_its_edges(incidents, fires):
    where = target([single()], stairwell_incidents=incidents)
    assert ("RECOVERY_NEAR_USE" in flags(applicant(needs=[N.IN_TREATMENT]), where)) is fires


# c. 000 l.5601–5604: the number of active users matters for everyone vulnerable.
def test_young_person_without_housing_among_active_users_is_warned():
    stairwell = target([single(N.ACTIVE_USE)] * 5 + [single()] * 2)
    flag = flags(applicant(needs=[N.YOUNG_HOMELESS]), stairwell)["VULNERABLE_EXPOSED"]
    assert flag.severity is Severity.WARNING and "ung og uten bolig" in flag.message
    assert "VULNERABLE_EXPOSED" in flags(applicant(needs=[N.YOUNG_HOMELESS]), target([single(N.ACTIVE_USE)] * 2))
    assert "VULNERABLE_EXPOSED" not in flags(applicant(needs=[N.YOUNG_HOMELESS]), target([single(N.ACTIVE_USE)]))


def test_a_family_is_warned_once_about_active_use_and_also_about_outsiders():
    two_users = target([single(N.ACTIVE_USE)] * 2)
    assert "VULNERABLE_EXPOSED" not in flags(applicant(**FAMILY), two_users)  # CHILDREN_ACTIVE_USE says it
    without = RuleSettings.defaults().with_overrides({"CHILDREN_ACTIVE_USE": {"enabled": False}}, 1)
    assert "VULNERABLE_EXPOSED" in flags(applicant(**FAMILY), two_users, without)
    burgled = target([single()], building_incidents=[(30, IncidentType.BURGLARY)] * 3)
    assert "en barnefamilie" in flags(applicant(**FAMILY), burgled)["VULNERABLE_EXPOSED"].message
    once = target([single()], building_incidents=[(30, IncidentType.BURGLARY)] * 2)
    assert "VULNERABLE_EXPOSED" not in flags(applicant(**FAMILY), once)


# d. 002 l.2446–2460: grouping families with children caused conflicts.
def test_a_family_into_a_stairwell_that_becomes_eleven_of_eighteen_families():
    stairwell = target([family()] * 10 + [single()] * 7)
    flag = flags(applicant(**FAMILY), stairwell)["HOMOGENEOUS"]
    assert flag.severity is Severity.WARNING and "11 av 18" in flag.message and "barnefamilier" in flag.message
    at_the_share = target([family()] * 5 + [single()] * 5)  # 6 of 11 = 55 %
    assert "HOMOGENEOUS" not in flags(applicant(**FAMILY), at_the_share)
    assert "HOMOGENEOUS" not in flags(applicant(), stairwell)  # a single person dilutes it


# e. An elderly applicant with no recorded access need, high up without a lift.
def test_elderly_applicant_on_a_seventh_floor_without_lift_gets_an_info():
    elderly = applicant(HouseholdType.ELDERLY, needs=[N.ELDERLY])
    flag = flags(elderly, target(has_lift=False, floor=7))["ACCESS_MISMATCH"]
    assert flag.severity is Severity.INFO and "7. etasje uten heis" in flag.message
    assert matrix_severity(elderly, target(has_lift=False, floor=7), "ACCESS_MISMATCH") is Severity.INFO
    assert FlagMatrix([elderly], [target(has_lift=False, floor=7)], RuleSettings.defaults(), TODAY).suitable[0, 0]
    assert "ACCESS_MISMATCH" in flags(elderly, target(has_lift=False, floor=3))
    assert "ACCESS_MISMATCH" not in flags(elderly, target(has_lift=False, floor=2))
    assert "ACCESS_MISMATCH" not in flags(elderly, target(has_lift=True, floor=7))
    recorded = applicant(HouseholdType.ELDERLY, needs=[N.ELDERLY], step_free_needed=True)
    assert flags(recorded, target(has_lift=False, floor=7))["ACCESS_MISMATCH"].severity is Severity.CRITICAL


# MITIGATION: softens five rules (002 l.2462–2466), never the two of 002 l.2535–2540.
def test_presence_never_appears_as_softening_children_and_active_use():
    office = target([single(N.ACTIVE_USE)], presence={Presence.NEIGHBOURHOOD_OFFICE})
    alone = flags(applicant(**FAMILY), office)
    assert alone["CHILDREN_ACTIVE_USE"].severity is Severity.CRITICAL and "MITIGATION" not in alone
    unrest = target([single(N.ACTIVE_USE), single(N.DISTURBANCE)], presence={Presence.NEIGHBOURHOOD_OFFICE})
    mitigation = flags(applicant(**FAMILY), unrest)["MITIGATION"]
    assert mitigation.softens == ("ONE_PERSON_TIPS",)
    assert "demper ikke «Barn og aktiv rus" in mitigation.message and "kan ikke avhjelpes" in mitigation.message


def test_presence_softens_concentration_but_not_a_flag_the_municipality_made_critical():
    office = target([single(N.HIGH_FOLLOW_UP)], presence={Presence.ESTATE_WORKER})
    heavy = applicant(needs=[N.HIGH_FOLLOW_UP], follow_up=[])
    assert flags(heavy, office)["MITIGATION"].softens == ("CONCENTRATION",)
    critical = RuleSettings.defaults().with_overrides({"CONCENTRATION": {"severity": "critical"}}, 1)
    assert "MITIGATION" not in flags(heavy, office, critical)


def test_presence_never_changes_a_rank():
    with_office = target([single(N.ACTIVE_USE)], presence={Presence.NEIGHBOURHOOD_OFFICE})
    without = target([single(N.ACTIVE_USE)])
    matrix = FlagMatrix([applicant(**FAMILY)], [with_office, without], RuleSettings.defaults(), TODAY)
    assert matrix.burden[0, 0] == matrix.burden[0, 1]


def test_children_and_recovery_cannot_be_set_as_softened():
    for rule in ("CHILDREN_ACTIVE_USE", "RECOVERY_NEAR_USE"):
        with pytest.raises(SettingsError, match="ukjent"):
            RuleSettings.defaults().with_overrides({"MITIGATION": {"softens": [rule]}}, 1)


def test_a_version_saved_before_issue_15_still_reads():
    old = {"MUNICIPAL_SHARE": {"max_share": 0.2},
           "MITIGATION": {"softens": ["CONCENTRATION", "CHILDREN_ACTIVE_USE"]}, "CONCENTRATION": {"stairwell_max": 3}}
    settings = RuleSettings(4, stored_overrides(old))
    assert settings.rule("MITIGATION").softens == ["CONCENTRATION"]
    assert settings.rule("CONCENTRATION").stairwell_max == 3
    assert "MUNICIPAL_SHARE" not in settings.rule_ids()


# SIZE_MISMATCH in ranking: a household that fills a four-bedroom unit comes first.
def test_a_family_of_six_ranks_above_three_single_people_for_a_four_bedroom_unit():
    # the single people have waited two years longer
    singles = [applicant(case_no=f"single-{k}", decision_date=TODAY.replace(year=2024)) for k in range(3)]
    six = applicant(HouseholdType.FAMILY, adults=2, children=(3, 5, 8, 12), bedrooms_needed=3, case_no="six")
    unit = target([single()], bedrooms=4, rooms=5)
    ranking = candidates_for_unit(FlagMatrix([*singles, six], [unit], RuleSettings.defaults(), TODAY), 0)
    first = ranking[0]
    assert first.applicant.case_no == "six" and first.applicant.bedrooms_needed >= 3
    assert first.factors[1] == "Trenger 3 av boligens 4 soverom"
    assert ranking[1].factors[1] == ("Kan bo i ettromsleilighet; 4 soverom ville stå ubrukt – rangeres etter "
                                     "husstander som fyller boligen")


def test_among_those_who_under_occupy_the_fewest_unused_bedrooms_come_first():
    single = applicant(case_no="single", decision_date=TODAY.replace(year=2023))  # waited longest
    parent = applicant(HouseholdType.SINGLE_PARENT, children=(7,), bedrooms_needed=1, case_no="parent")
    couple = applicant(HouseholdType.COUPLE, adults=2, bedrooms_needed=0, case_no="couple",
                       decision_date=TODAY.replace(year=2024))
    ranking = candidates_for_unit(FlagMatrix([single, parent, couple], [target(bedrooms=3, rooms=4)],
                                             RuleSettings.defaults(), TODAY), 0)
    assert [pair.applicant.case_no for pair in ranking] == ["parent", "single", "couple"]


def test_the_size_order_stays_inside_a_priority_group():
    single_first = applicant(case_no="single", priority=Priority.PRIORITIZED)
    family_later = applicant(HouseholdType.FAMILY, adults=2, children=(3, 5, 8, 12), bedrooms_needed=3,
                             case_no="six", priority=Priority.NOT_PRIORITIZED)
    ranking = candidates_for_unit(FlagMatrix([single_first, family_later], [target(bedrooms=4, rooms=5)],
                                             RuleSettings.defaults(), TODAY), 0)
    assert [pair.applicant.case_no for pair in ranking] == ["single", "six"]


@pytest.mark.parametrize(("adults", "children", "bedrooms"), [
    (1, (), 0), (2, (), 0), (1, (4,), 1), (1, (3, 5), 2), (2, (4,), 2), (2, (3, 5, 8, 12), 3), (1, (2, 6, 9), 3),
    (3, (), 2),
])
def test_default_bedrooms_follow_the_household(adults, children, bedrooms):
    assert default_bedrooms_needed(adults, children) == bedrooms


# SCHOOL_CHANGE compares school catchments; the bydel only where the building has none.
def test_school_change_compares_catchments_and_says_when_it_falls_back_to_the_bydel():
    pupil = applicant(HouseholdType.SINGLE_PARENT, children=(9,), bedrooms_needed=1,
                      school_district="Fossen skole", current_district="Elvebredden")
    same_school_other_bydel = target(district="Havnebyen", school_catchment="fossen  SKOLE")
    assert "SCHOOL_CHANGE" not in flags(pupil, same_school_other_bydel)
    other_school_same_bydel = target(district="Elvebredden", school_catchment="Elvebredden skole")
    assert "skolekretsen til Elvebredden skole" in flags(pupil, other_school_same_bydel)["SCHOOL_CHANGE"].message
    no_catchment = target(district="Havnebyen")
    assert "ingen skolekrets registrert" in flags(pupil, no_catchment)["SCHOOL_CHANGE"].message
    assert "SCHOOL_CHANGE" not in flags(pupil, target(district="Elvebredden"))


# The avoid list holds buildings, streets and bydeler (000: people avoid an area).
@pytest.mark.parametrize("entry", ["B1", "Tøyengata 12 B", "tøyengata", "Sentrum Demo", " sentrum  DEMO "])
def test_avoid_list_matches_building_street_and_bydel(entry):
    where = target(address="Tøyengata 12 B", district="Sentrum Demo")
    flag = flags(applicant(needs=[N.IN_TREATMENT], avoid_places=frozenset({entry})), where)["RECOVERY_NEAR_USE"]
    assert "liste over steder å unngå" in flag.message
    matrix = FlagMatrix([applicant(avoid_places=frozenset({entry}))], [where], RuleSettings.defaults(), TODAY)
    assert not matrix.suitable[0, 0]


def test_avoid_list_does_not_match_another_street_or_bydel():
    where = target(address="Tøyengata 12 B", district="Sentrum Demo")
    for entry in ("Tøyengata 14", "Storgata", "Havnebyen", "B2"):
        assert "RECOVERY_NEAR_USE" not in flags(applicant(avoid_places=frozenset({entry})), where)


def test_cooperative_rules_replace_the_ten_percent_rule_on_the_demo_catalogue():
    assert "MUNICIPAL_SHARE" not in RuleSettings.defaults().rule_ids()
    assert RuleSettings.defaults().rule("COOPERATIVE_RULES").severity_level is Severity.INFO


def test_readme_carries_the_flag_catalogue_of_the_defaults():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert readme_section() in readme, "run: python -m boligmote.rules.catalogue README.md"


def test_minutes_name_a_retired_flag_recorded_before_it_was_retired(demo_db):
    from boligmote.services.minutes import rule_titles

    titles = rule_titles(demo_db)
    assert titles("MUNICIPAL_SHARE").startswith("Kommunal andel i borettslag")
    assert titles("COOPERATIVE_RULES") == "Ordensregler i borettslag eller sameie"


def test_drug_incidents_recorded_in_the_file_reach_the_flag(demo_db):
    """Silence b through the database, not only in memory: two «omsetning» in a stairwell with no
    registered user warn a person in treatment (the loader must keep incidents by kind)."""
    from datetime import timedelta

    from boligmote.domain import NeedCategory
    from boligmote.rules import evaluate_pair
    from boligmote.services.workspace import Workspace

    today = demo_db_today(demo_db)
    workspace = Workspace.load(demo_db, today)
    clean = next(t for t in (workspace.surroundings(v) for v in workspace.vacant_units)
                 if not t.building_composition.count(NeedCategory.ACTIVE_USE) and t.stairwell.id is not None)
    in_treatment = applicant(needs=[N.IN_TREATMENT])
    before = {f.rule for f in evaluate_pair(in_treatment, clean, RuleSettings.defaults(), today)}
    assert "RECOVERY_NEAR_USE" not in before
    with demo_db.transaction("test", "incidents"):
        for days in (20, 40):
            demo_db.conn.execute(
                "INSERT INTO incidents (building_id, stairwell_id, occurred_on, incident_type) VALUES (?, ?, ?, 'omsetning')",
                (clean.building.id, clean.stairwell.id, (today - timedelta(days=days)).isoformat()))
    reloaded = Workspace.load(demo_db, today)
    target_after = next(reloaded.surroundings(v) for v in reloaded.vacant_units if v.unit.id == clean.vacant.unit.id)
    flag = {f.rule: f for f in evaluate_pair(in_treatment, target_after, RuleSettings.defaults(), today)}[
        "RECOVERY_NEAR_USE"]
    assert "2 hendelser med omsetning av rusmidler" in flag.message


def demo_db_today(database):
    from datetime import date
    return date.fromisoformat(database.scalar("SELECT max(held_on) FROM meetings") or "2026-11-23")


def test_presence_does_not_soften_exposure_beside_the_hard_mixes_nor_active_users():
    """One question, one answer: beside CHILDREN_ACTIVE_USE presence softens no exposure, and it
    never softens VULNERABLE_EXPOSED's count of active users (002 l.2535–2541)."""
    burgled_with_use = target([single(N.ACTIVE_USE)], building_incidents=[(30, IncidentType.BURGLARY)] * 3,
                              presence={Presence.ESTATE_WORKER})
    family_flags = flags(applicant(**FAMILY), burgled_with_use)
    assert "VULNERABLE_EXPOSED" in family_flags and "MITIGATION" not in family_flags
    young = applicant(needs=[N.YOUNG_HOMELESS])
    among_users = target([single(N.ACTIVE_USE)] * 5 + [single()] * 2, presence={Presence.ESTATE_WORKER})
    assert "MITIGATION" not in flags(young, among_users)
    burgled = target([single()], building_incidents=[(30, IncidentType.BURGLARY)] * 3, presence={Presence.ESTATE_WORKER})
    mitigation = flags(young, burgled)["MITIGATION"]
    assert mitigation.softens == ("VULNERABLE_EXPOSED",) and "«Sårbar søker" in mitigation.message
    matrix = FlagMatrix([applicant(**FAMILY), young], [burgled_with_use, among_users, burgled],
                        RuleSettings.defaults(), TODAY)
    # the young person among one user and three burglaries: only outsiders speak, which presence may soften
    assert [("MITIGATION" in matrix.rule_ids(r, c)) for r in range(2) for c in range(3)] == [
        False, False, True, True, False, True]


def test_avoid_list_reads_neutrally_for_someone_not_in_recovery():
    family_avoiding = applicant(**FAMILY, avoid_places=frozenset({"Sentrum Demo"}))
    flag = flags(family_avoiding, target(district="Sentrum Demo"))["RECOVERY_NEAR_USE"]
    assert flag.message == "Boligen ligger i bydel Sentrum Demo, som står på søkerens egen liste over steder å unngå."


def test_small_counts_of_elderly_neighbours_and_their_children_are_masked():
    from boligmote.rules import evaluate_pair
    elderly = resident(HouseholdType.ELDERLY, [N.ELDERLY])
    young_family = applicant(HouseholdType.SINGLE_PARENT, children=(2,), bedrooms_needed=1)
    (masked,) = [f.masked_message for f in evaluate_pair(young_family, target([elderly, elderly, single()]),
                                                         RuleSettings.defaults(), TODAY, mask_below=3)
                 if f.rule == "FAMILY_ELDERLY"]
    assert "2 av 3" not in masked and "mer enn halvparten" in masked
    (reverse,) = [f.masked_message for f in evaluate_pair(applicant(needs=[N.ACTIVE_USE]), target([family()]),
                                                          RuleSettings.defaults(), TODAY, mask_below=3)
                  if f.rule == "CHILDREN_ACTIVE_USE"]
    assert "færre enn 3 barnefamilier" in reverse and "barn)" not in reverse


def test_the_bydel_fallback_names_what_it_compared():
    """Without a current bydel (an imported case), the fallback compares the school area as given,
    and does not say the family lives in a school."""
    imported = applicant(HouseholdType.SINGLE_PARENT, children=(9,), bedrooms_needed=1, school_district="Havnebyen")
    message = flags(imported, target(district="Fjellsiden"))["SCHOOL_CHANGE"].message
    assert "barna hører til Havnebyen, boligen ligger i Fjellsiden" in message and "bor nå i" not in message
    moved = applicant(HouseholdType.SINGLE_PARENT, children=(9,), bedrooms_needed=1, school_district="Fossen skole",
                      current_district="Elvebredden")
    assert "familien bor nå i Elvebredden" in flags(moved, target(district="Havnebyen"))["SCHOOL_CHANGE"].message

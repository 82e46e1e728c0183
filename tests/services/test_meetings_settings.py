"""Meeting settings: documented defaults as data, overridable per database, validated."""
from __future__ import annotations

from datetime import date

import pytest

from boligmote.domain import Applicant, HouseholdType, LeaseType, Priority
from boligmote.services.meeting_settings import (
    MeetingSettings,
    MeetingSettingsError,
    change_meeting_settings,
    default_meeting_values,
    load_meeting_settings,
)

FAMILY = Applicant("2026/1", "Ola Demosen", HouseholdType.FAMILY, 2, Priority.PRIORITIZED, date(2026, 1, 1),
                   children_ages=(16, 12))
TEENS = Applicant("2026/2", "Kari Demosen", HouseholdType.SINGLE_PARENT, 1, Priority.PRIORITIZED, date(2026, 1, 1),
                  children_ages=(17, 15))


def test_documented_defaults():
    values = default_meeting_values()
    assert values["lease"]["minimum_years"] == 3 and values["lease"]["stable_years"] == 5
    assert values["lease"]["children_years"] == 7 and values["lease"]["children_rule"] is False
    assert values["appeal"]["weeks"] == 3
    assert values["minutes"]["exempt_marking"] == "Unntatt offentlighet, jf. offl. § 13 jf. fvl. § 13"
    settings = MeetingSettings()
    assert settings.move_in_deadline(date(2026, 11, 23)) == date(2026, 12, 7)
    assert settings.suggest_lease(FAMILY).years == 3
    assert settings.suggest_lease(FAMILY, stable=True).years == 5


def test_seven_years_for_children_0_to_14_only_when_switched_on():
    settings = MeetingSettings({"lease": {"children_rule": True}})
    suggestion = settings.suggest_lease(FAMILY)
    assert (suggestion.lease_type, suggestion.years) == (LeaseType.FIXED_TERM, 7) and "0–14" in suggestion.reason
    assert settings.suggest_lease(TEENS).years == 3


def test_lease_below_the_minimum_is_refused():
    settings = MeetingSettings()
    assert "minst 3 år" in settings.lease_problem(LeaseType.FIXED_TERM, 2)
    assert settings.lease_problem(LeaseType.FIXED_TERM, 3) == ""
    assert "varigheten" in settings.lease_problem(LeaseType.FIXED_TERM, None)
    assert settings.lease_problem(LeaseType.INDEFINITE, None) == ""


def test_overrides_are_stored_per_database_and_audited(new_db):
    assert load_meeting_settings(new_db).appeal_body == default_meeting_values()["appeal"]["body"]
    change_meeting_settings(new_db, {"appeal": {"body": "Klagenemnda"}}, note="vedtatt i kommunestyret")
    change_meeting_settings(new_db, {"move_in": {"deadline_days": 21}})
    settings = load_meeting_settings(new_db)
    assert settings.appeal_body == "Klagenemnda" and settings.move_in_days == 21
    assert new_db.scalar("SELECT count(*) FROM audit_log WHERE entity = 'meeting_settings'") == 2


@pytest.mark.parametrize("changes, message", [
    ({"lease": {"minimum_years": 0}}, "minst 1"),
    ({"lease": {"children_rule": "ja"}}, "sann eller usann"),
    ({"lease": {"type": "evig"}}, "tidsbestemt eller tidsubestemt"),
    ({"appeal": {"body": " "}}, "ikke er tom"),
    ({"appeal": {"farge": "rød"}}, "ingen «appeal.farge»"),
    ({"ukjent": {}}, "Ukjent del"),
])
def test_bad_overrides_are_refused_before_anything_is_written(new_db, changes, message):
    with pytest.raises(MeetingSettingsError, match=message):
        change_meeting_settings(new_db, changes)
    assert new_db.meta("meeting_settings") == ""

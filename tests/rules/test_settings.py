"""Thresholds, severities and on/off are municipal settings, versioned per database."""
from __future__ import annotations

import pytest

from boligmote.rules import RuleSettings, SettingsError, default_values
from boligmote.services.rule_settings import change_rule_settings, load_rule_settings
from boligmote.store import Database

from .scenario import N, applicant, flags, incidents, single, target


def test_every_rule_has_documented_defaults_with_a_source():
    from boligmote.rules import RULE_IDS

    values = default_values()
    assert set(values) == set(RULE_IDS)
    for rule, settings in values.items():
        assert settings["source"] and settings["title"], rule
        assert settings["severity"] in {"info", "warning", "critical"}
        assert isinstance(settings["enabled"], bool)


def test_a_lower_threshold_makes_a_rule_fire():
    quiet = target([single()], stairwell_incidents=incidents(2, 30))
    assert "RECENT_INCIDENTS" not in flags(applicant(), quiet)
    stricter = RuleSettings(1, {"RECENT_INCIDENTS": {"min_in_stairwell": 2}})
    assert "(grense 2)" in flags(applicant(), quiet, stricter)["RECENT_INCIDENTS"].message


def test_a_wider_window_counts_older_incidents():
    older = target([single()], stairwell_incidents=incidents(3, 250))
    assert "RECENT_INCIDENTS" not in flags(applicant(), older)
    assert "RECENT_INCIDENTS" in flags(applicant(), older, RuleSettings(1, {"RECENT_INCIDENTS": {"window_months": 12}}))


def test_a_rule_can_be_switched_off_and_its_severity_changed():
    recovering, where = applicant(needs=[N.IN_TREATMENT]), target([single(N.ACTIVE_USE)])
    assert "RECOVERY_NEAR_USE" not in flags(recovering, where, RuleSettings(1, {"RECOVERY_NEAR_USE": {"enabled": False}}))
    softer = RuleSettings(2, {"RECOVERY_NEAR_USE": {"severity": "warning"}})
    assert flags(recovering, where, softer)["RECOVERY_NEAR_USE"].severity.value == "warning"


def test_switching_a_flag_off_keeps_its_hard_requirement():
    from boligmote.rules import unmet_requirements

    from .scenario import TODAY

    wheelchair = applicant(wheelchair_needed=True)
    off = RuleSettings(1, {"ACCESS_MISMATCH": {"enabled": False}})
    assert "ACCESS_MISMATCH" not in flags(wheelchair, target(), off)
    assert unmet_requirements(wheelchair, target(), off, TODAY)


@pytest.mark.parametrize("overrides, message", [
    ({"NO_SUCH_RULE": {"enabled": False}}, "Ukjent regel"),
    ({"CONCENTRATION": {"stairwell_maximum": 3}}, "ingen innstilling"),
    ({"CONCENTRATION": {"stairwell_max": "tre"}}, "må være et tall"),
    ({"CONCENTRATION": {"stairwell_max": 2.5}}, "heltall"),
    ({"CONCENTRATION": {"building_share": 25}}, "andel mellom 0 og 1"),
    ({"HOMOGENEOUS": {"min_households": -1}}, "negativ"),
    ({"ACCESS_MISMATCH": {"severity": "fatal"}}, "alvorlighet"),
    ({"ACCESS_MISMATCH": {"enabled": "ja"}}, "true/false"),
    ({"HOMOGENEOUS": {"categories": ["active_use", "rusbruk"]}}, "ukjent rusbruk"),
    ({"MITIGATION": {"softens": ["CONCENTRATION", "NOISE"]}}, "ukjent NOISE"),
])
def test_bad_overrides_are_refused_with_a_message(overrides, message):
    with pytest.raises(SettingsError, match=message):
        RuleSettings(1, overrides)


def test_settings_versions_in_the_database(new_db: Database):
    assert load_rule_settings(new_db).version == 0
    first = change_rule_settings(new_db, {"CONCENTRATION": {"stairwell_max": 3}}, "Vedtatt i møte 01.11.2026")
    second = change_rule_settings(new_db, {"HOMOGENEOUS": {"share": 0.5}})
    assert (first.version, second.version) == (1, 2)
    current = load_rule_settings(new_db)
    assert current.version == 2
    assert current.rule("CONCENTRATION").stairwell_max == 3 and current.rule("HOMOGENEOUS").share == 0.5
    assert new_db.scalar("SELECT count(*) FROM audit_log WHERE entity = 'rule_settings'") == 2


def test_a_refused_change_writes_nothing(new_db: Database):
    with pytest.raises(SettingsError):
        change_rule_settings(new_db, {"CONCENTRATION": {"stairwell_max": "mange"}})
    assert load_rule_settings(new_db).version == 0
    assert new_db.scalar("SELECT count(*) FROM rule_settings") == 0

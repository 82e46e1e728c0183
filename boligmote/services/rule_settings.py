"""Reading and changing the rule settings of one database."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..rules import RuleSettings, validate_overrides
from ..rules.settings import stored_overrides
from ..store import Database
from ..store.rule_settings import RuleSettingsRepository


def load_rule_settings(database: Database) -> RuleSettings:
    return rule_settings_of(*RuleSettingsRepository(database).latest())


def rule_settings_of(version: int, overrides: Mapping[str, Mapping[str, Any]]) -> RuleSettings:
    """A saved version as today's catalogue reads it."""
    return RuleSettings(version, stored_overrides(overrides))


def change_rule_settings(database: Database, changes: Mapping[str, Mapping[str, Any]], note: str = "") -> RuleSettings:
    """Apply `changes` on top of the current overrides as a new version (one audited change).

    Raises SettingsError, with a message for the user, before anything is written.
    """
    current = load_rule_settings(database)
    merged = {rule: dict(values) for rule, values in current.overrides.items()}
    for rule, values in changes.items():
        merged.setdefault(rule, {}).update(values)
    validate_overrides(merged)
    with database.transaction("change", "rule_settings", detail={"changes": changes, "note": note}):
        version = RuleSettingsRepository(database).add_version(merged, note)
    return RuleSettings(version, merged)

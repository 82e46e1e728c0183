"""The risk-mix rule engine: pure functions over domain objects and composition aggregates.

Where risky mixes are decided: each rule in its concept module (mix, concentration,
incidents, fit), evaluated by engine.py, tuned by settings.py from
resources/rules/defaults.toml.
"""
from .engine import (
    HARD_REQUIREMENTS,
    MITIGATION,
    RISK_RULES,
    RULE_IDS,
    FlagMatrix,
    evaluate_pair,
    unmet_requirements,
)
from .settings import RuleSettings, SettingsError, default_values, validate_overrides

__all__ = [
    "HARD_REQUIREMENTS", "MITIGATION", "RISK_RULES", "RULE_IDS", "FlagMatrix", "evaluate_pair",
    "unmet_requirements", "RuleSettings", "SettingsError", "default_values", "validate_overrides",
]

"""The risk-mix rule engine: pure functions over domain objects and composition aggregates.

Where risky mixes are decided: each rule in its concept module (mix, concentration,
incidents, fit), evaluated by engine.py, tuned by settings.py from
resources/rules/defaults.toml.
"""
from typing import TYPE_CHECKING, Any

from .rule import MITIGATION
from .settings import RuleSettings, SettingsError, default_values, validate_overrides

if TYPE_CHECKING:  # what __getattr__ gives, as the type checker is to see it
    from .engine import HARD_REQUIREMENTS, RISK_RULES, RULE_IDS, FlagMatrix, evaluate_pair, unmet_requirements

# The engine (and numpy with it) is imported when first used, not with the package: the
# window's start needs the settings and the names above, not the matrix (issue 16 item 12).
_ENGINE = frozenset({"HARD_REQUIREMENTS", "RISK_RULES", "RULE_IDS", "FlagMatrix", "evaluate_pair",
                     "unmet_requirements"})


def __getattr__(name: str) -> Any:
    if name in _ENGINE:
        from . import engine

        return getattr(engine, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "HARD_REQUIREMENTS", "MITIGATION", "RISK_RULES", "RULE_IDS", "FlagMatrix", "evaluate_pair",
    "unmet_requirements", "RuleSettings", "SettingsError", "default_values", "validate_overrides",
]

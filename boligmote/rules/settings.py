"""Rule settings: documented defaults from resources/rules/defaults.toml plus a
municipality's overrides, with a version number that decisions record."""
from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType
from typing import Any

from ..domain import HouseholdType, IncidentType, NeedCategory, Severity
from ..paths import resource
from ..words import Phrase

# Rules that no longer exist. MUNICIPAL_SHARE read the ten-percent rule (004 l.307–328) as a
# pair flag, but the rule limits *buying* shares (issue 15); a municipality's saved overrides
# for it are left out when read, and flags recorded under it keep their stored text.
RETIRED_RULES = frozenset({"MUNICIPAL_SHARE"})
# How minutes and letters name a retired rule's flags recorded before it was retired.
RETIRED_TITLES = {"MUNICIPAL_SHARE": "Kommunal andel i borettslag (ti-prosentregelen; varselet er tatt ut)"}

# On-site presence softens only these (002 l.2462–2470); never CHILDREN_ACTIVE_USE or
# RECOVERY_NEAR_USE, where some insecurity «ikke kan avhjelpes av booppfølging» (002 l.2535–2541).
SOFTENABLE = ("CONCENTRATION", "HOMOGENEOUS", "RECENT_INCIDENTS", "ONE_PERSON_TIPS", "VULNERABLE_EXPOSED")

# HOMOGENEOUS's household groups: the household types, and families and single parents together.
WITH_CHILDREN = "with_children"


class SettingsError(ValueError):
    """An override that does not fit the rule catalogue; the message is for the user."""


@cache
def _defaults() -> Mapping[str, Mapping[str, Any]]:
    data = tomllib.loads(resource("rules", "defaults.toml").read_text(encoding="utf-8"))
    return MappingProxyType({rule: MappingProxyType(dict(values)) for rule, values in data.items()})


@dataclass(frozen=True)
class RuleConfig:
    """One rule's settings; values read as attributes (`config.min_households`)."""

    rule: str
    values: Mapping[str, Any]

    def __getattr__(self, key: str) -> Any:
        try:
            return self.values[key]
        except KeyError:
            raise AttributeError(f"{self.rule} has no setting «{key}»") from None

    @property
    def severity_level(self) -> Severity:
        return Severity(self.values["severity"])


@dataclass(frozen=True)
class RuleSettings:
    version: int = 0  # 0: the shipped defaults, untouched
    overrides: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        validate_overrides(self.overrides)

    @classmethod
    def defaults(cls) -> RuleSettings:
        return cls()

    # Each rule's merged settings, built once: the agenda planner evaluates the rules a few
    # hundred times per plan, and merging cost more than the evaluation (24 000 calls).
    _merged: dict[str, RuleConfig] = field(default_factory=dict, init=False, repr=False, compare=False)

    def rule(self, rule_id: str) -> RuleConfig:
        config = self._merged.get(rule_id)
        if config is None:
            merged = dict(_defaults()[rule_id])
            merged.update(self.overrides.get(rule_id, {}))
            config = self._merged[rule_id] = RuleConfig(rule_id, MappingProxyType(merged))
        return config

    def rule_ids(self) -> list[str]:
        return list(_defaults())

    def with_overrides(self, overrides: Mapping[str, Mapping[str, Any]], version: int) -> RuleSettings:
        merged = {rule: dict(values) for rule, values in self.overrides.items()}
        for rule, values in overrides.items():
            merged.setdefault(rule, {}).update(values)
        return RuleSettings(version, merged)


def default_values() -> Mapping[str, Mapping[str, Any]]:
    return _defaults()


@cache
def defaults_edition() -> tuple[str, str]:
    """(SHA-256, canonical JSON) of the shipped defaults: a settings version is overrides on top
    of these, so a decision names this edition beside its version (m0006)."""
    canonical = json.dumps({rule: dict(values) for rule, values in _defaults().items()},
                           ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest(), canonical


def stored_overrides(overrides: Mapping[str, Mapping[str, Any]]) -> dict[str, dict[str, Any]]:
    """A saved version's overrides as today's catalogue reads them: retired rules and list
    items no longer allowed (CHILDREN_ACTIVE_USE among the softened) are left out, so a file
    saved before issue 15 still opens; every other value is kept and checked as before."""
    cleaned: dict[str, dict[str, Any]] = {}
    for rule, values in overrides.items():
        if rule in RETIRED_RULES:
            continue
        kept = dict(values)
        for key, value in values.items():
            allowed = _LIST_VOCABULARY.get(key)
            if allowed is not None and isinstance(value, list):
                kept[key] = [v for v in value if v in allowed()]
        cleaned[rule] = kept
    return cleaned


def validate_overrides(overrides: Mapping[str, Mapping[str, Any]]) -> None:
    defaults = _defaults()
    for rule, values in overrides.items():
        if rule not in defaults:
            raise SettingsError(Phrase("errors.settings.unknown_rule", rule=rule))
        for key, value in values.items():
            if key not in defaults[rule]:
                raise SettingsError(Phrase("errors.settings.no_setting", rule=rule, key=key))
            _check_value(rule, key, defaults[rule][key], value)


# List settings whose items must come from a closed vocabulary (a typo would otherwise
# only show when the rules run).
_LIST_VOCABULARY: dict[str, Callable[[], list[str]]] = {
    "categories": lambda: [n.value for n in NeedCategory],
    "softens": lambda: list(SOFTENABLE),
    "drug_incident_kinds": lambda: [k.value for k in IncidentType],
    "household_groups": lambda: [WITH_CHILDREN, *(t.value for t in HouseholdType)],
}


def list_vocabulary(key: str) -> list[str] | None:
    """The values a list setting may hold, or None for a free list."""
    allowed = _LIST_VOCABULARY.get(key)
    return allowed() if allowed is not None else None


def _check_value(rule: str, key: str, default: Any, value: Any) -> None:
    where = f"{rule}.{key}"
    if key == "severity" or key.endswith("_severity"):
        if value not in {s.value for s in Severity}:
            raise SettingsError(Phrase("errors.settings.severity", where=where, value=value))
        return
    if isinstance(default, bool):
        if not isinstance(value, bool):
            raise SettingsError(Phrase("errors.settings.boolean", where=where, value=value))
    elif isinstance(default, (int, float)):
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise SettingsError(Phrase("errors.settings.number", where=where, value=value))
        if isinstance(default, int) and not isinstance(value, int):
            raise SettingsError(Phrase("errors.settings.integer", where=where, value=value))
        if value < 0:
            raise SettingsError(Phrase("errors.settings.negative", where=where, value=value))
        if isinstance(default, float) and value > 1:
            raise SettingsError(Phrase("errors.settings.share", where=where, value=value))
    elif isinstance(default, list):
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise SettingsError(Phrase("errors.settings.text_list", where=where))
        allowed = _LIST_VOCABULARY.get(key)
        unknown = [v for v in value if allowed is not None and v not in allowed()]
        if unknown and allowed is not None:
            raise SettingsError(Phrase("errors.settings.unknown_items", where=where, unknown=", ".join(unknown),
                                       valid=", ".join(allowed())))
    elif isinstance(default, str) and not isinstance(value, str):
        raise SettingsError(Phrase("errors.settings.text", where=where))

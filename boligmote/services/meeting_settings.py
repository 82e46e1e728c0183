"""Meeting settings: lease defaults, move-in deadline, appeal, the office and the legal
basis letters print, privacy and the minimum content of the record — as data.

The documented defaults live in resources/meetings/defaults.toml; a municipality's
overrides are kept per database as versions in the meeting_settings table (a JSON object
of {section: {key: value}}, like the rule settings), each saved change one audited change.
Decisions record the version they were made under.
"""
from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

from ..domain import Applicant, LeaseType
from ..paths import resource
from ..store import Database
from ..store.rule_settings import MeetingSettingsRepository, latest_settings
from .document_text import LANGUAGES, default_text
from ..words import Phrase

if TYPE_CHECKING:
    from ..rules import RuleSettings
    from ..domain.renewals import LeasePreset


class MeetingSettingsError(ValueError):
    """An override that does not fit the settings; the message is for the user."""


@cache
def default_meeting_values() -> Mapping[str, Mapping[str, Any]]:
    data = tomllib.loads(resource("meetings", "defaults.toml").read_text(encoding="utf-8"))
    return MappingProxyType({section: MappingProxyType(dict(values)) for section, values in data.items()})


@dataclass(frozen=True)
class LeaseSuggestion:
    lease_type: LeaseType
    years: int | None  # None for an indefinite lease
    reason: str  # bokmål: why this length


@dataclass(frozen=True)
class MeetingSettings:
    overrides: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    version: int = 0  # 0: the documented defaults, nothing saved

    def __post_init__(self) -> None:
        validate_meeting_overrides(self.overrides)

    def value(self, section: str, key: str) -> Any:
        if key in (own := self.overrides.get(section, {})):
            return own[key]
        if section != "documents" and (words := default_text(self.document_language, section, key)) is not None:
            return words  # a text left at its default, in the document language (nn.toml [defaults])
        return default_meeting_values()[section][key]

    @property
    def document_language(self) -> str:
        """"nb" or "nn": the language of the municipality's documents (services/document_text.py)."""
        return str(self.overrides.get("documents", {}).get("language", default_meeting_values()["documents"]["language"]))

    # -- named values --

    @property
    def lease_type(self) -> LeaseType:
        return LeaseType(self.value("lease", "type"))

    @property
    def minimum_years(self) -> int:
        return int(self.value("lease", "minimum_years"))

    @property
    def move_in_days(self) -> int:
        return int(self.value("move_in", "deadline_days"))

    @property
    def appeal_weeks(self) -> int:
        return int(self.value("appeal", "weeks"))

    @property
    def appeal_body(self) -> str:
        return str(self.value("appeal", "body"))

    @property
    def appeal_send_to(self) -> str:
        """Where an appeal goes (fvl § 32: the office that decided). Not set by the municipality,
        it is the office as the letterhead names it: a name is data, not a word to translate
        (a nynorsk default «Bustadkontoret» under «Boligkontoret i Eksempelvik»'s letterhead)."""
        return self._own_or_office("appeal", "send_to")

    @property
    def letter_sender(self) -> str:
        return self._own_or_office("letter", "sender")

    def _own_or_office(self, section: str, key: str) -> str:
        if key in self.overrides.get(section, {}):
            return str(self.overrides[section][key])
        return self.office("name")

    @property
    def exempt_marking(self) -> str:
        return str(self.value("minutes", "exempt_marking"))

    def law(self, key: str) -> str:
        return str(self.value("law", key))

    def office(self, key: str) -> str:
        return str(self.value("office", key)).strip()

    @property
    def office_address_lines(self) -> list[str]:
        """The office's name and postal address, one line each; empty lines left out."""
        postal = f"{self.office('postal_code')} {self.office('postal_town')}".strip()
        return [line for line in (self.office("name"), self.office("postal_address"), postal) if line]

    def missing_office_settings(self) -> list[str]:
        """The office settings a letter cannot do without, as «Kontor: …» labels (empty: all set)."""
        labels = {"name": "kontorets navn", "postal_address": "kontorets postadresse",
                  "postal_code": "kontorets postnummer", "postal_town": "kontorets poststed"}
        return [label for key, label in labels.items() if not self.office(key)]

    def hjemmel(self, key: str) -> str:
        return str(self.value("hjemmel", key)).strip()

    @property
    def accept_days(self) -> int:
        return int(self.value("offer", "accept_days"))

    @property
    def declined_text(self) -> str:
        return str(self.value("offer", "declined"))

    @property
    def deferral_weeks(self) -> int:
        return int(self.value("deferral", "expected_weeks"))

    @property
    def neighbour_count_below(self) -> int:
        return int(self.value("privacy", "neighbour_count_below"))

    @property
    def min_characters(self) -> int:
        return int(self.value("record", "min_characters"))

    @property
    def min_words(self) -> int:
        return int(self.value("record", "min_words"))

    @property
    def passed_over_listed(self) -> int:
        return int(self.value("record", "passed_over_listed"))

    @property
    def follow_up_months(self) -> tuple[int, ...]:
        return tuple(sorted(set(self.value("follow_up", "months"))))

    @property
    def follow_up_days(self) -> int:
        return int(self.value("follow_up", "days_ahead"))

    # -- what they mean for one decision --

    def move_in_deadline(self, decided_on: date) -> date:
        return decided_on + timedelta(days=self.move_in_days)

    @property
    def lease_preset(self) -> LeasePreset | None:
        """The lease-length preset the settings follow (domain/renewals.py), or None: own values."""
        from ..domain.renewals import matching_preset

        return matching_preset(self.value)

    @property
    def lease_source(self) -> str:
        """Where the lengths come from, as a suggestion prints it: the preset's source, or empty
        when the municipality set its own values («kommunens valg»)."""
        preset = self.lease_preset
        return preset.source if preset else ""

    def suggest_lease(self, applicant: Applicant, stable: bool = False, *, starts: date | None = None,
                      youngest_child_born: date | None = None) -> LeaseSuggestion:
        """The default first lease for this household (DOMAIN.md §2): the meeting may change it.

        With the youngest child's birth date, a child is 0–14 by its age on `starts` (the
        birthday itself counts); otherwise by the ages recorded for the household."""
        from ..domain.renewals import has_child_under

        if self.lease_type is LeaseType.INDEFINITE:
            return LeaseSuggestion(LeaseType.INDEFINITE, None, Phrase("lease.indefinite"))
        below = self.value("lease", "children_age_below")
        # the preset's source in the window's language (resources/words [lease_sources]); the bokmål is the same
        preset = self.lease_preset
        where = (Phrase("words.in_brackets", text=Phrase(f"lease_sources.{preset.key}")) if preset
                 else Phrase("lease.municipal_choice"))
        if self.value("lease", "children_rule") and has_child_under(applicant, below, starts=starts,
                                                                     youngest_child_born=youngest_child_born):
            years = max(self.value("lease", "children_years"), self.minimum_years)
            return LeaseSuggestion(LeaseType.FIXED_TERM, years,
                                   Phrase("lease.children", years=years, oldest=below - 1, where=where))
        if stable:
            years = self.value("lease", "stable_years")
            return LeaseSuggestion(LeaseType.FIXED_TERM, years, Phrase("lease.stable", years=years))
        years = max(self.value("lease", "first_years"), self.minimum_years)
        if years == self.minimum_years:
            return LeaseSuggestion(LeaseType.FIXED_TERM, years,
                                   Phrase("lease.minimum", years=years, law=self.law("lease")))
        return LeaseSuggestion(LeaseType.FIXED_TERM, years, Phrase("lease.first", years=years, where=where))

    def lease_problem(self, lease_type: LeaseType | None, years: int | None) -> str:
        """Why this lease cannot be decided, in bokmål; empty when it can."""
        if lease_type is LeaseType.FIXED_TERM:
            if years is None:
                return Phrase("errors.lease.no_length")
            if years < self.minimum_years:
                return Phrase("errors.lease.too_short", minimum=self.minimum_years, law=self.law("lease"), years=years)
        if lease_type is LeaseType.INDEFINITE and years is not None:
            return Phrase("errors.lease.indefinite_length")
        return ""


def validate_meeting_overrides(overrides: Mapping[str, Mapping[str, Any]]) -> None:
    defaults = default_meeting_values()
    for section, values in overrides.items():
        if section not in defaults:
            raise MeetingSettingsError(Phrase("errors.meeting_settings.unknown_section", section=section))
        for key, value in values.items():
            if key not in defaults[section]:
                raise MeetingSettingsError(Phrase("errors.meeting_settings.no_setting", key=f"{section}.{key}"))
            _check(f"{section}.{key}", defaults[section][key], value)
    lease_type = overrides.get("lease", {}).get("type")
    if lease_type is not None and lease_type not in {t.value for t in LeaseType}:
        raise MeetingSettingsError(Phrase("errors.meeting_settings.lease_type", value=lease_type))
    language = overrides.get("documents", {}).get("language")
    if language is not None and language not in LANGUAGES:
        raise MeetingSettingsError(Phrase("errors.meeting_settings.language", value=language))


def _check(where: str, default: Any, value: Any) -> None:
    if isinstance(default, list):  # whole numbers, e.g. follow_up.months
        if (not isinstance(value, list) or not value
                or any(isinstance(v, bool) or not isinstance(v, int) or not 1 <= v <= 120 for v in value)):
            raise MeetingSettingsError(Phrase("errors.meeting_settings.months", where=where, value=_listed(value)))
    elif isinstance(default, bool):
        if not isinstance(value, bool):
            raise MeetingSettingsError(Phrase("errors.settings.boolean", where=where, value=value))
    elif isinstance(default, int):
        if isinstance(value, bool) or not isinstance(value, int):
            raise MeetingSettingsError(Phrase("errors.settings.integer", where=where, value=value))
        if value < 1:
            raise MeetingSettingsError(Phrase("errors.meeting_settings.at_least_one", where=where, value=value))
    elif isinstance(default, str):
        if not isinstance(value, str):
            raise MeetingSettingsError(Phrase("errors.meeting_settings.text", where=where, value=value))
        if default.strip() and not value.strip():  # an empty default means «not set» is allowed
            raise MeetingSettingsError(Phrase("errors.meeting_settings.empty", where=where))


def _listed(value: Any) -> str:
    return ", ".join(str(v) for v in value) if isinstance(value, list) else str(value)


def load_meeting_settings(database: Database) -> MeetingSettings:
    version, overrides = MeetingSettingsRepository(database).latest()
    return MeetingSettings(MappingProxyType(overrides), version)


@dataclass(frozen=True)
class Settings:
    """The rule settings and the meeting settings an operation works under, read together."""

    rules: RuleSettings
    meeting: MeetingSettings
    defaults_kept: bool = True  # whether the shipped defaults' edition asked about is kept (m0006)


def load_settings(database: Database, defaults_digest: str = "") -> Settings:
    """Both settings in one read (issue 19 item 2); with `defaults_digest`, whether that edition
    of the shipped rule defaults is kept already."""
    from .rule_settings import rule_settings_of

    latest = latest_settings(database, defaults_digest)
    version, overrides = latest.meeting
    return Settings(rule_settings_of(*latest.rules), MeetingSettings(MappingProxyType(overrides), version),
                    latest.defaults_kept)


def change_meeting_settings(database: Database, changes: Mapping[str, Mapping[str, Any]],
                            note: str = "") -> MeetingSettings:
    """Apply `changes` on top of the current overrides (one audited change).

    Raises MeetingSettingsError, with a message for the user, before anything is written.
    """
    merged = {section: dict(values) for section, values in load_meeting_settings(database).overrides.items()}
    for section, values in changes.items():
        merged.setdefault(section, {}).update(values)
    validate_meeting_overrides(merged)
    with database.transaction("change", "meeting_settings", detail={"changes": changes, "note": note}):
        version = MeetingSettingsRepository(database).add_version(merged, note)
    return MeetingSettings(MappingProxyType(merged), version)


def apply_lease_preset(database: Database, key: str) -> MeetingSettings:
    """Set the lease lengths of a named preset (domain/renewals.py LEASE_PRESETS) in one audited
    change; the note names the preset and its source."""
    from ..domain.renewals import lease_preset

    try:
        preset = lease_preset(key)
    except KeyError:
        raise MeetingSettingsError(Phrase("errors.meeting_settings.unknown_preset", key=key)) from None
    return change_meeting_settings(database, preset.values, f"Leietid: {preset.title} ({preset.source}).")

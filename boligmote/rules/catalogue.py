"""The flag catalogue as a reader sees it: one section per rule, from the settings and the
plain-language meaning in resources/help/varsler.toml (bokmål `meaning`; `nn` and `en` for the
guide in the window's other languages).

The user guide (F1) writes it from the open file's settings; README.md carries it from the
shipped defaults between two markers, and a test keeps README true. To rewrite README after a
change to the defaults or the meanings: `python -m boligmote.rules.catalogue README.md`.
Sources read as «author (year), chapter» (rules/sources.py).
"""
from __future__ import annotations

import string
import sys
import tomllib
from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from ..domain import IncidentType, NeedCategory, Severity
from ..paths import resource
from ..words import DEFAULT_LANGUAGE, Text, label, lookup, rule_title
from .features import GROUP_WORDS
from .settings import RuleSettings, default_values, list_vocabulary
from .sources import readable, references

README_START = "<!-- varselkatalog: start (skrevet av python -m boligmote.rules.catalogue README.md) -->"
README_END = "<!-- varselkatalog: slutt -->"


@cache
def flag_meanings(code: str = DEFAULT_LANGUAGE) -> Mapping[str, str]:
    """Each rule's meaning in `code` («nb», «nn», «en»)."""
    data = tomllib.loads(resource("help", "varsler.toml").read_text(encoding="utf-8"))
    key = "meaning" if code == DEFAULT_LANGUAGE else code
    return {rule: values[key] for rule, values in data.items()}


def _setting_text(name: str, value: Any, titles: Mapping[str, str], code: str = DEFAULT_LANGUAGE) -> str:
    if name == "severity" or name.endswith("_severity"):
        return label(Severity(value), code)
    if name == "drug_incident_kinds":
        return ", ".join(label(IncidentType(kind), code) for kind in value)
    if name == "household_groups":
        return ", ".join(str(lookup(f"groups.{group}", code)) for group in value)
    if isinstance(value, bool):
        return str(lookup("guide.yes" if value else "guide.no", code))
    if isinstance(value, float) and 0 < value < 1:
        return f"{value * 100:.0f} %"  # every fractional setting is a share of households or units
    if isinstance(value, (list, tuple)):
        return ", ".join(f"«{titles[item]}»" if item in titles else str(item) for item in value)
    return str(value)


def _meaning(template: str, values: Mapping[str, Any], titles: Mapping[str, str], code: str) -> str:
    fields = {name for _text, name, _spec, _conversion in string.Formatter().parse(template) if name}
    return template.format_map({name: _setting_text(name, values[name], titles, code) for name in fields})


def flag_section(settings: RuleSettings, code: str = DEFAULT_LANGUAGE) -> str:
    """One Markdown section per rule, in catalogue order, in `code`: a rule's title and chip are
    the municipality's own where it set them (words.rule_title), the meaning the guide's."""
    titles = {rule_id: rule_title(settings, rule_id, code=code) for rule_id in settings.rule_ids()}
    meanings = flag_meanings(code)
    word = {name: str(lookup(f"guide.{name}", code)) for name in ("chip", "severity", "source", "switched_off")}
    parts = []
    for rule_id in settings.rule_ids():
        values = settings.rule(rule_id).values
        facts = [f"*{word['chip']}:* {rule_title(settings, rule_id, short=True, code=code)}",
                 f"*{word['severity']}:* **{label(Severity(values['severity']), code)}**",
                 f"*{word['source']}:* {_cited(values['source'], code)}"]
        parts.append(f"### {titles[rule_id]}\n\n" + " · ".join(facts) + "\n\n"
                     + _meaning(meanings[rule_id], values, titles, code)
                     + ("" if values["enabled"] else f"\n\n{word['switched_off']}")
                     + "\n")
    return "\n".join(parts)


def _cited(source: str, code: str) -> str:
    """A rule's source as a reader of `code` reads it: «kap.», «og» in the language, author and year as published."""
    cited = readable(source)
    return cited.render(code) if isinstance(cited, Text) else cited


def sources_section() -> str:
    """The reports in full, each after the short form the flags cite it by."""
    return "\n".join(f"- **{report.short}**: {report.reference}" for report in references()) + "\n"


def list_choices(key: str) -> list[tuple[str, str]] | None:
    """A list setting's allowed values as (stored, as a reader names it), or None for a free list;
    the settings window offers them as ticks, not codes to type."""
    allowed = list_vocabulary(key)
    if allowed is None:
        return None
    named = {"softens": lambda v: default_values()[v]["title"], "categories": lambda v: NeedCategory(v).label,
             "drug_incident_kinds": lambda v: IncidentType(v).label, "household_groups": GROUP_WORDS.__getitem__}
    name = named.get(key, str)
    return [(value, name(value)) for value in allowed]


def readme_section() -> str:
    """The catalogue as README carries it: the shipped defaults, between the markers."""
    return f"{README_START}\n\n{flag_section(RuleSettings.defaults())}\n{README_END}"


def rewrite_readme(path: Path) -> bool:
    """Put the current catalogue between README's markers; True if the text changed."""
    text = path.read_text(encoding="utf-8")
    start, end = text.index(README_START), text.index(README_END) + len(README_END)
    updated = text[:start] + readme_section() + text[end:]
    if updated != text:
        path.write_text(updated, encoding="utf-8")
    return updated != text


if __name__ == "__main__":
    for argument in sys.argv[1:]:
        print(f"{argument}: {'oppdatert' if rewrite_readme(Path(argument)) else 'uendret'}")

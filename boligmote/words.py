"""Domain words and explanations in the reader's language: bokmål, nynorsk or English.

The rules, the ranking and the services write their explanations (flag messages, the two
sides of a proposal, the ranking's factors) and their error messages as `Text`: a key into
one table per language, resources/words/<language>.toml, and the fields that fill it. A Text
*is* its bokmål rendering (a str), so the CLI, the logs, the exports and everything stored in
the file stay bokmål exactly as before; `shown(text)` renders it again in the language of the
reader — the window's language (set by the GUI at start), or, inside `speaking(language)`,
the documents' language (services/document_text.py enters it for minutes and letters).

Domain labels (household types, needs, outcomes …) are the tables' [labels.<Enum>] entries;
bokmål falls back to the domain's own label (domain/enums.py), so nb.toml need not list them.
A rule's title and short name are the tables' [rules.<RULE>] entries, unless the municipality
has set its own in Innstillinger: a name a municipality chose is theirs in every language.
"""
from __future__ import annotations

import tomllib
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from enum import Enum
from functools import cache
from typing import Any

from .paths import resource

LANGUAGES = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"
# The window's language: a plain module variable, not a context variable, so that the GUI's
# worker threads see it too. The CLI never sets it: everything it prints is bokmål.
_window = DEFAULT_LANGUAGE
# A document's language while one is made (overrides the window's within the block).
_speaking: ContextVar[str | None] = ContextVar("words_language", default=None)


def language() -> str:
    return _speaking.get() or _window


def set_window_language(code: str) -> None:
    global _window
    _window = code if code in LANGUAGES else DEFAULT_LANGUAGE


@contextmanager
def speaking(code: str) -> Iterator[None]:
    """Render inside this block in `code` («nb», «nn», «en»), whatever the window speaks."""
    token = _speaking.set(code if code in LANGUAGES else DEFAULT_LANGUAGE)
    try:
        yield
    finally:
        _speaking.reset(token)


@cache
def table(code: str) -> Mapping[str, Any]:
    """resources/words/<code>.toml flattened to «section.key» → text (or list of forms)."""
    return flattened(tomllib.loads(resource("words", f"{code}.toml").read_text(encoding="utf-8")))


def flattened(sections: Mapping[str, Any]) -> dict[str, Any]:
    """A table of nested TOML sections as «section.key» → value (the window's words and the documents'
    texts are both looked up by such dotted keys)."""
    flat: dict[str, Any] = {}

    def walk(prefix: str, node: Mapping[str, Any]) -> None:
        for key, value in node.items():
            if isinstance(value, Mapping):
                walk(f"{prefix}{key}.", value)
            else:
                flat[f"{prefix}{key}"] = value
    walk("", sections)
    return flat


def lookup(key: str, code: str) -> Any:
    """The entry `key` of language `code`; bokmål's where the language lacks it (a test keeps
    the nynorsk and English tables complete)."""
    found = table(code).get(key)
    return found if found is not None else table(DEFAULT_LANGUAGE)[key]


def label(member: Enum, code: str | None = None) -> str:
    """A domain value's label in `code` (default: the current language)."""
    code = code or language()
    if code != DEFAULT_LANGUAGE:
        words = table(code).get(f"labels.{type(member).__name__}.{member.value}")
        if words is not None:
            return str(words)
    return str(getattr(member, "label"))  # noqa: B009 - every LabelledEnum has one


def tag(member: Enum, code: str | None = None) -> str:
    """A need's short tag for narrow columns, in `code`."""
    code = code or language()
    words = table(code).get(f"tags.{type(member).__name__}.{member.value}") if code != DEFAULT_LANGUAGE else None
    return str(words) if words is not None else str(getattr(member, "tag"))  # noqa: B009


def _field(value: Any, code: str) -> Any:
    if isinstance(value, Text):
        return value.render(code)
    if isinstance(value, Enum) and hasattr(value, "label"):
        return label(value, code)
    return value


class Text(str):
    """A text that is its bokmål rendering and can render itself in another language."""

    def render(self, code: str) -> str:
        raise NotImplementedError

    def __reduce__(self) -> tuple[Any, ...]:  # pickled as what it is made of, not as its bokmål
        raise NotImplementedError


class Phrase(Text):
    """The table entry `key`, its {fields} filled (fields may be Texts or domain values)."""

    key: str
    fields: dict[str, Any]

    def __new__(cls, key: str, /, **fields: Any) -> Phrase:
        made = super().__new__(cls, _format(key, fields, DEFAULT_LANGUAGE))
        made.key, made.fields = key, fields
        return made

    def render(self, code: str) -> str:
        return str(self) if code == DEFAULT_LANGUAGE else _format(self.key, self.fields, code)

    def __reduce__(self) -> tuple[Any, ...]:
        return _phrase, (self.key, self.fields)


def _phrase(key: str, fields: dict[str, Any]) -> Phrase:
    return Phrase(key, **fields)


def _format(key: str, fields: Mapping[str, Any], code: str) -> str:
    words = str(lookup(key, code))
    return words.format(**{name: _field(value, code) for name, value in fields.items()}) if fields else words


class Count(Text):
    """«1 husstand», «3 husstander»; with `below`, a count of other households under it reads
    «færre enn 3 husstander» (issue 13 item 8). The noun's forms are the table's [nouns]."""

    n: int
    noun: str
    below: int

    def __new__(cls, n: int, noun: str, below: int = 0) -> Count:
        made = super().__new__(cls, _count(n, noun, below, DEFAULT_LANGUAGE))
        made.n, made.noun, made.below = n, noun, below
        return made

    def render(self, code: str) -> str:
        return str(self) if code == DEFAULT_LANGUAGE else _count(self.n, self.noun, self.below, code)

    def __reduce__(self) -> tuple[Any, ...]:
        return Count, (self.n, self.noun, self.below)


def _count(n: int, noun: str, below: int, code: str) -> str:
    singular, plural = lookup(f"nouns.{noun}", code)
    if 0 < n < below:
        return str(lookup("words.fewer_than", code)).format(n=below) + f" {plural}"
    return f"{n} {singular if n == 1 else plural}"


def masked(n: int, below: int) -> Text | int:
    """A count of other households as a number, or «færre enn N» when it is below `below`."""
    return Phrase("words.fewer_than", n=below) if 0 < n < below else n


class Listing(Text):
    """«a», «a og b», «a, b og c» (last: «and» or «or»)."""

    items: tuple[Any, ...]
    last: str

    def __new__(cls, items: Iterable[Any], last: str = "and") -> Listing:
        items = tuple(items)
        made = super().__new__(cls, _listing(items, last, DEFAULT_LANGUAGE))
        made.items, made.last = items, last
        return made

    def render(self, code: str) -> str:
        return str(self) if code == DEFAULT_LANGUAGE else _listing(self.items, self.last, code)

    def __reduce__(self) -> tuple[Any, ...]:
        return Listing, (self.items, self.last)


def _listing(items: tuple[Any, ...], last: str, code: str) -> str:
    rendered = [str(_field(item, code)) for item in items]
    if len(rendered) < 2:
        return "".join(rendered)
    return ", ".join(rendered[:-1]) + f" {lookup(f'words.{last}', code)} " + rendered[-1]


class Joined(Text):
    """Texts joined by `separator` («. » between sentences, « · » between factors)."""

    parts: tuple[Any, ...]
    separator: str

    def __new__(cls, parts: Iterable[Any], separator: str = " ") -> Joined:
        parts = tuple(parts)
        made = super().__new__(cls, separator.join(str(_field(p, DEFAULT_LANGUAGE)) for p in parts))
        made.parts, made.separator = parts, separator
        return made

    def render(self, code: str) -> str:
        return self.separator.join(str(_field(p, code)) for p in self.parts)

    def __reduce__(self) -> tuple[Any, ...]:
        return Joined, (self.parts, self.separator)


class Capitalised(Text):
    """A text with its first letter upper-case («Enslig forsørger»)."""

    inner: Any

    def __new__(cls, inner: Any) -> Capitalised:
        made = super().__new__(cls, _capital(str(_field(inner, DEFAULT_LANGUAGE))))
        made.inner = inner
        return made

    def render(self, code: str) -> str:
        return _capital(str(_field(self.inner, code)))

    def __reduce__(self) -> tuple[Any, ...]:
        return Capitalised, (self.inner,)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


_DAYS_PER_MONTH = 30.4375


class Waiting(Text):
    """Waiting time in whole months elapsed: «2 år 3 mnd», «1 år», «5 mnd», «under 1 mnd»."""

    days: int

    def __new__(cls, days: int) -> Waiting:
        made = super().__new__(cls, _waiting(days, DEFAULT_LANGUAGE))
        made.days = days
        return made

    def render(self, code: str) -> str:
        return _waiting(self.days, code)

    def __reduce__(self) -> tuple[Any, ...]:
        return Waiting, (self.days,)


def _waiting(days: int, code: str) -> str:
    months = int((max(0, days) + 1) / _DAYS_PER_MONTH)  # +1: 365 days is a year, 152 are 5 months
    if months == 0:
        return str(lookup("words.under_a_month", code))
    years, months = divmod(months, 12)
    parts = ([f"{years} {lookup('words.years', code)}"] if years else []) + \
        ([f"{months} {lookup('words.months', code)}"] if months else [])
    return " ".join(parts)


def shown(text: Any) -> str:
    """A text as the current reader reads it: a Text rendered in the current language, a domain
    value's label, anything else as it is (data: names, addresses)."""
    return str(_field(text, language()))


def rule_title(settings: Any, rule_id: str, short: bool = False, code: str | None = None) -> str:
    """A rule's title (or chip name) in `code` (default: the current language); a municipality's
    own name for it, set in Innstillinger, wins in every language."""
    key = "short" if short else "title"
    own = settings.overrides.get(rule_id, {}).get(key)
    if own is not None:
        return str(own)
    code = code or language()
    if code != DEFAULT_LANGUAGE:
        words = table(code).get(f"rules.{rule_id}.{key}")
        if words is not None:
            return str(words)
    return str(getattr(settings.rule(rule_id), key))


def floor_words(floor: int) -> Phrase:
    """Norwegian floor numbering: the ground floor is «1. etasje»; below it, underetasje/kjeller."""
    if floor >= 1:
        return Phrase("words.floor", floor=floor)
    return Phrase("words.ground_floor" if floor == 0 else "words.basement")


class RuleTitle(Text):
    """A rule's title inside another text («Det kan dempe risikoen i «Ensartet oppgang»»)."""

    settings: Any
    rule_id: str

    def __new__(cls, settings: Any, rule_id: str) -> RuleTitle:
        made = super().__new__(cls, rule_title(settings, rule_id, code=DEFAULT_LANGUAGE))
        made.settings, made.rule_id = settings, rule_id
        return made

    def render(self, code: str) -> str:
        return rule_title(self.settings, self.rule_id, code=code)

    def __reduce__(self) -> tuple[Any, ...]:
        return RuleTitle, (self.settings, self.rule_id)


def message_of(error: BaseException) -> str:
    """An error's message as it was raised: a Text keeps its key and fields (so it can still be
    shown in another language), anything else is its str()."""
    if len(error.args) == 1 and isinstance(error.args[0], Text) and str(error) == str(error.args[0]):
        return error.args[0]
    return str(error)


def error_code(error: BaseException) -> str | None:
    """The code of an error raised with a Phrase («errors.import.unknown_type»), or None."""
    message = message_of(error)
    return message.key if isinstance(message, Phrase) else None


def error_text(error: BaseException) -> str:
    """An error's message in the reader's language: what the GUI shows instead of str(error).
    An error raised with plain bokmål text (not yet given a code) is shown as it is."""
    return shown(message_of(error))

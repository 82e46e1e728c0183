"""How long each text field may be, and which characters text may hold.

Text reaches the record from import files, the window and case packages. Without limits a
single field could stop the app: a NUL byte in a name made every Excel export fail, a
250 KB reason made signing fail, and a 200 MB cell was accepted (issue 14 §3). One table
and one function, so the importer, the decision service and the dialogs refuse the same
things with the same words:

    from boligmote.domain.limits import check_text, TextRefused
    reasons = check_text("reasons", typed)   # the clean text, or TextRefused (a ValueError) in bokmål

`check_text` returns the text in one canonical form and refuses what cannot be text:

- Unicode NFC, so «å» typed as a + ring and «å» as one letter are the same key.
- Invisible characters that carry no meaning here (byte-order mark U+FEFF, zero-width
  space U+200B, word joiner U+2060, soft hyphen U+00AD) are removed: inside a key they
  would make «2026/0001» and a look-alike two different applicants.
- Line breaks: CR LF and lone CR become LF; U+2028/U+2029 too. Multi-line fields keep LF
  and TAB; a single-line field (names, keys, addresses) refuses them.
- Every other control or format character (NUL and the rest of C0/C1, DEL, bidirectional
  overrides that can make text read differently than it is stored, lone surrogates from a
  file that is not valid UTF-8) is refused, naming the character and its position.
- Longer than the field's limit: refused, saying the limit and the length.

Leading and trailing white space is not touched: callers strip where the field wants it.
Pure Python: no Qt, no SQL, no I/O.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from ..words import Capitalised, Phrase, Text, message_of


class TextRefused(ValueError):
    """Text a field cannot hold; str(error) is a bokmål sentence for the user."""


@dataclass(frozen=True)
class FieldLimit:
    label: str           # bokmål, as the user knows the field (the words' [fields.limit] in every language)
    max_length: int      # in characters, after cleaning
    multiline: bool      # LF and TAB allowed


# Keys: what identifies a record (case number, unit, building, stairwell).
_KEY = 64
# One line of text a person types: a name, an address, an organisation.
_LINE = 200
# Free text in a decision or on the agenda: several pages in the minutes at most.
_NOTE = 4_000
_LONG = 20_000

LIMITS: dict[str, FieldLimit] = {
    # keys
    "case_no": FieldLimit("saksnummer", _KEY, False),
    "unit_id": FieldLimit("bolignummer", _KEY, False),
    "building_id": FieldLimit("bygningsnummer", _KEY, False),
    "stairwell": FieldLimit("oppgang", _KEY, False),
    # one line
    "name": FieldLimit("navn", _LINE, False),
    "address": FieldLimit("adresse", _LINE, False),
    "district": FieldLimit("bydel", 100, False),
    "school_district": FieldLimit("skolekrets", 100, False),
    "organisation": FieldLimit("organisasjon", _LINE, False),
    "place": FieldLimit("møtested", _LINE, False),
    "title": FieldLimit("tittel", _LINE, False),
    "prepared_by": FieldLimit("forberedt av", _LINE, False),
    "author": FieldLimit("forfatter", _LINE, False),
    "earmark": FieldLimit("øremerking", _LINE, False),
    # where the letter goes and how to reach the applicant: one line each (the envelope's window)
    "postal_address": FieldLimit("postadresse", _LINE, False),
    "postal_code": FieldLimit("postnummer", 16, False),
    "postal_town": FieldLimit("poststed", 100, False),
    "phone": FieldLimit("telefon", 32, False),
    "email": FieldLimit("e-post", 254, False),
    "interpreter_language": FieldLimit("tolkespråk", 100, False),
    # who reported an incident: a role or an organisation, never a name (m0007 holds it to 100)
    "reported_by": FieldLimit("meldt av", 100, False),
    # any other cell of an import file (numbers, dates, vocabulary lists): generous, but bounded
    "cell": FieldLimit("celle", 1_000, False),
    # free text
    "reasons": FieldLimit("begrunnelse", _LONG, True),
    "weighing": FieldLimit("avveining", _NOTE, True),
    "conditions": FieldLimit("vilkår", _NOTE, True),
    "criteria": FieldLimit("kriterier", _NOTE, True),
    "alternatives": FieldLimit("alternativer", _NOTE, True),
    "dissent": FieldLimit("dissens", _NOTE, True),
    "notes": FieldLimit("merknad", _NOTE, True),
    "wishes": FieldLimit("ønsker", _NOTE, True),
    "internal_notes": FieldLimit("interne notater", _LONG, True),
    "addendum": FieldLimit("tillegg", _LONG, True),
    # an incident's description: short, what happened and not who (issue 17 item 3)
    "incident_note": FieldLimit("beskrivelse", 500, True),
    # tenancies at risk and cooperation plans (issue 17 items 4–5)
    "reference": FieldLimit("referanse", _KEY, False),  # the landlord's own reference on a ledger row
    "decided_by": FieldLimit("vedtatt av", _LINE, False),
    "party": FieldLimit("part", _LINE, False),
    "plan_text": FieldLimit("samarbeidsplan", _NOTE, True),
}

# Removed wherever they appear: invisible, and meaningless in this data.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u2060\u00ad"))
_LINE_BREAKS = {"\r\n": "\n", "\r": "\n", "\u2028": "\n", "\u2029": "\n", "\x85": "\n"}
_NAMES = {"\x00": "NUL", "\x7f": "DEL"}


def remove_invisible(text: str) -> str:
    """`text` without the invisible characters check_text removes (for headers and other non-field text)."""
    return text.translate(_INVISIBLE)


def limit(field: str) -> FieldLimit:
    try:
        return LIMITS[field]
    except KeyError:
        raise KeyError(f"no text limit for field {field!r}; add it to LIMITS") from None


def check_text(field: str, value: str) -> str:
    """`value` cleaned for `field` (see the module doc), or TextRefused saying why in bokmål."""
    rule = limit(field)
    # Cheap first: a 200 MB cell must not be normalised before it is refused.
    if len(value) > 4 * rule.max_length:
        raise _too_long(field, rule, len(value))
    text = value
    if not text.isascii():  # ASCII text needs neither (and is not copied: a million cells stay a million)
        text = unicodedata.normalize("NFC", text.translate(_INVISIBLE))
    if "\r" in text or "\u2028" in text or "\u2029" in text or "\x85" in text:
        for old, new in _LINE_BREAKS.items():
            text = text.replace(old, new)
    if not text.isprintable():
        _refuse_unprintable(field, rule, text)
    if len(text) > rule.max_length:
        raise _too_long(field, rule, len(text))
    return text


def refused_texts(texts: Iterable[tuple[str, str]]) -> list[str]:
    """What `check_text` refuses among (field, value) pairs, each as a sentence a form lists with the
    other problems of a draft (the allocation and the renewal decision share it)."""
    problems: list[str] = []
    for field, value in texts:
        try:
            check_text(field, value)
        except TextRefused as refused:
            problems.append(refusal(refused))
    return problems


def refusal(refused: TextRefused) -> Text:
    """A refusal as a sentence among a form's other problems: «Begrunnelse kan være høyst …»,
    capitalised and with its full stop, in the reader's language when shown."""
    return Capitalised(Phrase("errors.text_limit.sentence", text=message_of(refused)))


def _label(field: str) -> Phrase:
    return Phrase(f"fields.limit.{field}")


def _refuse_unprintable(field: str, rule: FieldLimit, text: str) -> None:
    for position, char in enumerate(text, start=1):
        if char.isprintable() or (rule.multiline and char in "\n\t"):
            continue
        category = unicodedata.category(char)
        if category == "Zs" or category in ("Co", "Cn"):
            continue  # no-break and thin spaces are text; so are private and (to this Python) unassigned letters
        where = Phrase("errors.text_limit.where", position=position)
        if category == "Cs":
            raise TextRefused(Phrase("errors.text_limit.encoding", where=where))
        if char == "\n":
            raise TextRefused(Phrase("errors.text_limit.one_line", label=_label(field), where=where))
        if char == "\t":
            raise TextRefused(Phrase("errors.text_limit.tab", label=_label(field), where=where))
        name = _NAMES.get(char) or unicodedata.name(char, "")
        code = f"U+{ord(char):04X}"
        raise TextRefused(Phrase("errors.text_limit.control", label=_label(field),
                                 char=f"{name} ({code})" if name else code, where=where))


def _too_long(field: str, rule: FieldLimit, length: int) -> TextRefused:
    def count(number: int) -> str:
        return f"{number:,}".replace(",", " ")

    return TextRefused(Phrase("errors.text_limit.too_long", label=_label(field), limit=count(rule.max_length),
                              length=count(length)))

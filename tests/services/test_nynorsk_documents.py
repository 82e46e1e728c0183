"""The municipality's documents in nynorsk (issue 20 item 3): the demo municipality switched to
nynorsk prints nynorsk minutes and letters for a meeting signed after the switch; what was signed
or issued before keeps its bokmål bytes. The text is read out of the PDFs (pypdf)."""
from __future__ import annotations

import re
import tomllib
from datetime import datetime

import pytest

from boligmote.domain import Outcome
from boligmote.paths import resource
from boligmote.services.issued_letters import issue_letter
from boligmote.services.meeting_settings import MeetingSettingsError, change_meeting_settings, load_meeting_settings
from boligmote.services.minutes import render_minutes
from boligmote.services.signing import sign_minutes, signed_minutes_pdf

from .pdfa_rules import language_of, pdfa_problems
from .test_letters import OFFICE, letter_text
from .test_minutes import decided_meeting, pages_text  # noqa: F401 - decided_meeting is a fixture

# Words of the fixed texts as a nynorsk-speaking caseworker writes them …
NYNORSK_MINUTES = ["Møtebok", "Deltakarar", "Søkjar", "Bustad", "Grunngjeving til søkjaren", "Vedteke av",
                   "Hushald", "Frist for innflytting", "Unnateke frå offentlegheit", "Underskrifter",
                   "møteleiar", "Regelinnstillingar", "møteboka er godkjend av", "Underskriftene står på den "
                   "utskrivne møteboka", "Kjelde:"]
# … and their bokmål, which must not be left in them (data the meeting wrote stays as written).
BOKMAL_MINUTES = ["Protokoll", "Deltakere", "Søker ", "Begrunnelse til søkeren", "Vedtatt av", "Husstand",
                  "Innflyttingsfrist", "Unntatt offentlighet", "Regelinnstillinger", "protokollen",
                  "møteleder", "Kilde:", "Leieavtale", "Alternativer vurdert", "Ingen. Vedtaket er enstemmig"]
NYNORSK_LETTER = ["Vedtak om tildeling av kommunal bustad", "Heimel", "Grunngjeving", "Du kan klage",
                  "Klagefristen er tre veker", "forvaltningslova §§ 28 og 29", "Med helsing", "ikkje",
                  "Unnateke frå offentlegheit", "Frist for innflytting", "Husleige", "Leigeavtale",
                  "Tidsavgrensa", "husleigelova § 9-3", "Nummeret på bustaden"]
BOKMAL_LETTER = ["kommunal bolig", "Hjemmel", "Begrunnelse", "tre uker", "forvaltningsloven", "Med hilsen",
                 "ikke", "Unntatt offentlighet", "Innflyttingsfrist", "Husleie", "Leieavtale", "Tidsbestemt",
                 "husleieloven", "Boligens nummer", "Størrelse", "måned"]


def whole(pages: list[str]) -> str:
    return re.sub(r"\s+", " ", " ".join(pages))


def to_nynorsk(database) -> None:
    change_meeting_settings(database, {"documents": {"language": "nn"}}, "Kommunestyret vedtok nynorsk som målform.")


def test_both_tables_hold_the_same_texts_with_the_same_fields():
    """A key missing in nynorsk would stop a document; a field named differently would print wrong."""
    def flat(language: str) -> dict[str, object]:
        out: dict[str, object] = {}

        def walk(prefix: str, node: dict) -> None:
            for key, value in node.items():
                walk(f"{prefix}{key}.", value) if isinstance(value, dict) else out.__setitem__(prefix + key, value)
        walk("", tomllib.loads(resource("documents", f"{language}.toml").read_text(encoding="utf-8")))
        return {k: v for k, v in out.items() if not k.startswith(("labels.", "defaults."))}

    bokmal, nynorsk = flat("nb"), flat("nn")
    assert bokmal.keys() == nynorsk.keys()
    for key, words in bokmal.items():
        fields = re.compile(r"\{\w+\}").findall
        assert sorted(fields(str(words))) == sorted(fields(str(nynorsk[key]))), key
    for outcome in ("tildelt", "avslag", "utsatt", "trukket", "ikke_fornyet"):
        bokmal_fields = set(re.findall(r"\$\w+", resource("letters", f"{outcome}.md").read_text(encoding="utf-8")))
        nn = resource("letters", "nn", f"{outcome}.md").read_text(encoding="utf-8")
        assert set(re.findall(r"\$\w+", nn)) == bokmal_fields, outcome


def test_the_document_language_is_a_setting_of_the_file_and_audited(demo_db):
    assert load_meeting_settings(demo_db).document_language == "nb"
    to_nynorsk(demo_db)
    settings = load_meeting_settings(demo_db)
    assert settings.document_language == "nn"
    # Texts the municipality has not set follow the language; its own stay as written.
    assert settings.law("appeal") == "forvaltningslova §§ 28 og 29"
    assert settings.exempt_marking.startswith("Unnateke frå offentlegheit")
    change_meeting_settings(demo_db, {"appeal": {"body": "Klagenemnda i Eksempelvik"}})
    assert load_meeting_settings(demo_db).appeal_body == "Klagenemnda i Eksempelvik"
    audited = demo_db.conn.execute("SELECT detail FROM audit_log WHERE entity = 'meeting_settings'").fetchall()
    assert any('"language": "nn"' in row[0] and "nynorsk" in row[0] for row in audited)
    with pytest.raises(MeetingSettingsError, match="nb \\(bokmål\\) eller nn \\(nynorsk\\)"):
        change_meeting_settings(demo_db, {"documents": {"language": "se"}})


def test_a_meeting_signed_after_the_switch_has_nynorsk_minutes_and_letters(demo_db, decided_meeting):  # noqa: F811
    meeting_id = decided_meeting[0]
    change_meeting_settings(demo_db, {"office": OFFICE})
    signed_before = demo_db.scalar("SELECT id FROM meetings WHERE status = 'signed'")
    bokmal_minutes = signed_minutes_pdf(demo_db, signed_before)
    letter_before = next(d for d in demo_db.conn.execute(
        "SELECT id FROM decisions WHERE meeting_id = ? AND outcome = 'tildelt'", (signed_before,)).fetchall())[0]
    bokmal_letter, issued = issue_letter(demo_db, letter_before)
    assert issued and "Vedtak om tildeling av kommunal bolig" in whole(pages_text(bokmal_letter))

    to_nynorsk(demo_db)
    sign_minutes(demo_db, meeting_id, previewed=render_minutes(demo_db, meeting_id),
                 signed_at=datetime(2026, 11, 24, 9, 0))

    nynorsk_minutes = signed_minutes_pdf(demo_db, meeting_id)
    minutes = whole(pages_text(nynorsk_minutes))
    assert [w for w in NYNORSK_MINUTES if w not in minutes] == []
    assert [w for w in BOKMAL_MINUTES if w in minutes] == []

    allocated = demo_db.scalar("SELECT id FROM decisions WHERE meeting_id = ? AND outcome = ?",
                               (meeting_id, Outcome.ALLOCATED.value))
    nynorsk_letter = issue_letter(demo_db, allocated)[0]
    letter = letter_text(nynorsk_letter)
    # each says its language (/Lang), so a screen reader reads nynorsk as nynorsk, and stays PDF/A-2b
    assert (language_of(nynorsk_minutes), language_of(nynorsk_letter)) == ("nn-NO", "nn-NO")
    assert language_of(bokmal_minutes) == language_of(bokmal_letter) == "nb-NO"
    assert pdfa_problems(nynorsk_minutes) == pdfa_problems(nynorsk_letter) == []
    fixed = letter  # less the meeting's own words (test_minutes.decided_meeting), printed as written
    for written in ("Familien har ventet lengst og boligen passer størrelsen.", "Booppfølging de første seks månedene.",
                    "Prioritert; barn i husstanden."):
        fixed = fixed.replace(written, "")
    assert [w for w in NYNORSK_LETTER if w not in letter] == []
    assert [w for w in BOKMAL_LETTER if w in fixed] == []

    # What was signed and issued before the switch keeps its bokmål bytes.
    assert signed_minutes_pdf(demo_db, signed_before) == bokmal_minutes
    assert "Protokoll" in whole(pages_text(bokmal_minutes)) and "Møtebok" not in whole(pages_text(bokmal_minutes))
    assert issue_letter(demo_db, letter_before) == (bokmal_letter, True)


def test_every_nynorsk_letter_and_the_screened_copy_read_as_nynorsk(demo_db, decided_meeting):  # noqa: F811
    from boligmote.services.letters import render_decision_letter

    meeting_id = decided_meeting[0]
    change_meeting_settings(demo_db, {"office": OFFICE})
    to_nynorsk(demo_db)
    titles = {Outcome.ALLOCATED: "Vedtak om tildeling av kommunal bustad",
              Outcome.REFUSED: "Vedtak om avslag på søknad om kommunal bustad"}
    for outcome, title in titles.items():
        decision_id = demo_db.scalar("SELECT id FROM decisions WHERE meeting_id = ? AND outcome = ?",
                                     (meeting_id, outcome.value))
        text = letter_text(render_decision_letter(demo_db, decision_id))
        assert title in text and "Klagefristen er tre veker" in text
        assert "Du kan be om utsett iverksetjing" in text and "Med helsing" in text
        screened = letter_text(render_decision_letter(demo_db, decision_id, names=False))
        assert "Skjerma kopi: saksnummer i staden for namn og adresser" in screened
    screened_minutes = whole(pages_text(render_minutes(demo_db, meeting_id, names=False)))
    assert "(namn skjult)" in screened_minutes and "Skjermet" not in screened_minutes


def test_the_at_risk_part_of_nynorsk_minutes_is_nynorsk(demo_db, reference_date):
    """Measures for tenancies at risk print in the municipality's language like the rest of the
    minutes: headings, the ledger's words, the measures, NAV and the household."""
    from boligmote.domain import AtRiskMeasure, NavBasis

    from .test_at_risk import _fresh_tenancies, decide
    from .test_meetings import new_meeting

    to_nynorsk(demo_db)
    [(tenancy_id, _)] = _fresh_tenancies(demo_db, 1)
    _, meeting, _ = new_meeting(demo_db, reference_date)
    decide(demo_db, tenancy_id, {AtRiskMeasure.NAV, AtRiskMeasure.CONTACT}, reference_date, meeting_id=meeting.id,
           nav_basis=NavBasis.TENANT_CONTACTS)
    text = whole(pages_text(render_minutes(demo_db, meeting.id)))
    part = text[text.index("Avgjerder om tiltak"):text.index("Oppfølging etter tildeling")]
    for words in ("avgjerd (internt)", "ikkje enkeltvedtak", "Hushald", "Reskontro", "Kva som skal gjerast",
                  "Ansvarleg og frist", "Avgjort av", "Leigetakaren er beden om å kontakte NAV sjølv",
                  "Kontakt og samtale med leigetakaren", "melding til NAV (sosialtenesta)", "innan",
                  "ingen restanse eller varsel"):
        assert words in part, words
    for words in ("beslutning", "Husstand", "Hva skal gjøres", "Besluttet av", "Ansvarlig",
                  "ikke enkeltvedtak", "sosialtjenesten", "innen"):
        assert words not in part, words
    assert "Leigeforhold i risiko" in text[:text.index("Avgjerder om tiltak")]  # the note stays as written

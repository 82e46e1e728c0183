"""Letters after the meeting, each as the law has it for its outcome (issue 13 item 3).

Allocation and refusal are enkeltvedtak (hjemmel, reasons, appeal within three weeks and to
whom, § 18, § 42); an allocation adds the unit and the deadline to accept; a deferral is a
foreløpig svar (§ 11 a) with the expected date; a withdrawal is a confirmation. Every letter
has the address in the envelope's window, the contact person and the office's address, and
never the meeting's internal notes.

The meeting is built here from the shipped sample files with the services, so these tests
do not depend on what the demo municipality happens to hold.
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from pypdf import PdfReader

from boligmote.cli import main
from boligmote.domain import Outcome, ParticipantRole
from boligmote.paths import resource
from boligmote.services.decisions import Decisions
from boligmote.services.decision_draft import DecisionDraft, FlagWeighing
from boligmote.services.letters import render_decision_letter
from boligmote.services.meeting_settings import change_meeting_settings
from boligmote.services.meetings import MeetingError, Meetings
from boligmote.services.minutes import render_minutes
from boligmote.store import Database

from .test_import import import_samples

MEETING_DAY = date(2026, 11, 23)
OFFICE = {"name": "Boligkontoret i Eksempelvik", "postal_address": "Postboks 100 Sentrum", "postal_code": "9001",
          "postal_town": "Eksempelvik", "phone": "000 00 900", "email": "bolig@example.com",
          "default_contact": "Siri Saksbehandlersen"}
# What the meeting writes only for itself; none of it may reach a letter.
INTERNAL = "INTERN: naboen i oppgang A er i aktiv rus, behandles ved Eksempelvik rusklinikk."
REASONS = {
    "allocated": "Du er prioritert, har ventet lengst, og boligen har plass til deg og barna.",
    "refused": "Du har ikke bodd i kommunen de siste to årene, som forskriften krever.",
    "deferred": "Vi mangler legeerklæringen om behovet for en bolig uten trapper.",
    "withdrawn": "Søkeren har selv trukket søknaden etter samtale med NAV.",
}
CASES = {"allocated": "2026/00101", "refused": "2026/00102", "deferred": "2025/00417", "withdrawn": "2026/00140",
         "no_address": "2026/00151"}


@dataclass
class LetterCase:
    database: Database
    meeting_id: int
    ids: dict[str, int]

    def text(self, which: str, **kwargs) -> str:
        return letter_text(render_decision_letter(self.database, self.ids[which], **kwargs))


def letter_text(pdf: bytes) -> str:
    return " ".join(re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(pdf)).pages)


def build_letter_meeting(database: Database, *, office: bool = True) -> LetterCase:
    """The samples, the office settings, and a meeting with one decision of each outcome
    (and a refusal for the one applicant in the samples without an address)."""
    import_samples(database, ["buildings", "units", "residents", "applicants", "incidents"])
    if office:
        change_meeting_settings(database, {"office": OFFICE})
    meetings = Meetings(database)
    meeting = meetings.create(MEETING_DAY, "Rådhuset, møterom 2", "Tildelingsmøte")
    meetings.add_participant(meeting.id, "Kari Møteleder", ParticipantRole.CHAIR, "Boligkontoret", True)
    meetings.add_participant(meeting.id, "Per Sekretær", ParticipantRole.SECRETARY, "Boligkontoret", True)
    meetings.add_case(meeting.id, CASES["allocated"], "EKS-B04-H0301", prepared_by="Ola Saksbehandler")
    meetings.add_case(meeting.id, CASES["deferred"], prepared_by="Ola Saksbehandler", contact_person="Nina Kontaktsen")
    for which in ("refused", "withdrawn", "no_address"):
        meetings.add_case(meeting.id, CASES[which])
    meetings.start(meeting.id)
    decisions = Decisions(database)
    flags = decisions.flags(meeting.id, CASES["allocated"], "EKS-B04-H0301")
    weighings = {f.rule: FlagWeighing("Avveiing som bare protokollen skal vise, aldri brevet.", acknowledged=True)
                 for f in flags}
    ids = {"allocated": decisions.record(meeting.id, replace(
        decisions.draft(meeting.id, CASES["allocated"]), reasons=REASONS["allocated"], internal_notes=INTERNAL,
        conditions="Du skal ha en samarbeidsplan med booppfølgingen før du flytter inn.",
        weighings=weighings)).id}
    for which, outcome in (("refused", Outcome.REFUSED), ("deferred", Outcome.DEFERRED),
                           ("withdrawn", Outcome.WITHDRAWN), ("no_address", Outcome.REFUSED)):
        reasons = REASONS.get(which, REASONS["refused"])
        ids[which] = decisions.record(meeting.id, DecisionDraft(CASES[which], outcome, reasons,
                                                                internal_notes=INTERNAL)).id
    return LetterCase(database, meeting.id, ids)


@pytest.fixture(scope="module")
def _letters_template(tmp_path_factory):
    path = tmp_path_factory.mktemp("letters") / "letters.sqlite"
    with Database.open(path, create=True) as database:
        build_letter_meeting(database)
    return path


@pytest.fixture
def letters(_letters_template, tmp_path) -> LetterCase:
    import shutil

    path = tmp_path / "letters.sqlite"
    shutil.copy(_letters_template, path)
    database = Database.open(path)
    ids = {which: database.scalar("SELECT id FROM decisions WHERE case_no = ?", (case_no,))
           for which, case_no in CASES.items()}
    yield LetterCase(database, database.scalar("SELECT max(id) FROM meetings"), ids)
    database.close()


LETTERS = ("allocated", "refused", "deferred", "withdrawn")
SENT = date(2026, 11, 24)


# ---- every letter -----------------------------------------------------------------------------


@pytest.mark.parametrize("which", LETTERS)
def test_every_letter_has_the_window_address_contact_person_and_office_address(letters, which):
    pdf = render_decision_letter(letters.database, letters.ids[which])
    text = letter_text(pdf)
    assert any(person in text for person in ("Siri Saksbehandlersen", "Ola Saksbehandler", "Nina Kontaktsen"))
    assert "Postboks 100 Sentrum" in text and "9001 Eksempelvik" in text
    assert "000 00 900" in text and "bolig@example.com" in text
    # the applicant's name and postal address in the window of a C5/DL envelope
    window = text_in(pdf, left_mm=(15, 105), top_mm=(44, 79))
    applicant = letters.database.query("SELECT name, postal_address, postal_code, postal_town FROM applicants "
                                       "WHERE case_no = ?", (CASES[which],))[0]
    name, address, code, town = applicant
    assert name in window and f"{code} {town}" in window
    assert address.split(",")[-1].strip() in window


def test_a_care_of_address_puts_the_co_line_above_the_street(letters):
    window = text_in(render_decision_letter(letters.database, letters.ids["refused"]), left_mm=(15, 105),
                     top_mm=(44, 79))
    lines = [line.strip() for line in window.splitlines() if line.strip()]
    assert lines.index("c/o Eksempelsen") + 1 == lines.index("Furustien 7")


@pytest.mark.parametrize("which", LETTERS)
def test_internal_notes_never_reach_a_letter(letters, which):
    text = letter_text(render_decision_letter(letters.database, letters.ids[which]))
    assert "INTERN" not in text and "rusklinikk" not in text and "aktiv rus" not in text
    assert "Avveiing" not in text and "protokollen skal vise" not in text


def test_the_contact_person_is_the_cases_then_who_prepared_it_then_the_offices_default(letters):
    assert "Kontaktperson Ola Saksbehandler" in letters.text("allocated")  # prepared the case
    deferred = letters.text("deferred")  # named for the case, though someone else prepared it
    assert "Kontaktperson Nina Kontaktsen" in deferred and "Ola Saksbehandler" not in deferred
    assert "Kontaktperson Siri Saksbehandlersen" in letters.text("refused")  # nobody: the office's default


# ---- refused, not printed blank -----------------------------------------------------------------


def test_no_postal_address_refuses_the_letter_naming_the_case_and_what_is_missing(letters):
    with pytest.raises(MeetingError) as refused:
        render_decision_letter(letters.database, letters.ids["no_address"])
    message = str(refused.value)
    assert CASES["no_address"] in message and "postadresse" in message and "postnummer og poststed" in message


def test_a_decision_without_reasons_to_the_applicant_is_not_sent(letters):
    from boligmote.services.letters import render_letter
    from boligmote.services.meeting_settings import load_meeting_settings

    record = Meetings(letters.database).record(letters.meeting_id)
    case = next(c for c in record.cases if c.proposal.case_no == CASES["refused"])
    bare = replace(case, decision=replace(case.decision, reasons=" "))
    with pytest.raises(MeetingError, match="ingen begrunnelse"):
        render_letter(record, bare, load_meeting_settings(letters.database))


def test_missing_office_settings_refuse_the_letter(tmp_path):
    with Database.open(tmp_path / "bare.sqlite", create=True) as database:
        case = build_letter_meeting(database, office=False)
        with pytest.raises(MeetingError, match="kontorets postadresse, kontorets postnummer og kontorets poststed"):
            render_decision_letter(database, case.ids["refused"])


def test_the_letter_command_prints_the_refusal_without_a_traceback(letters, tmp_path, capsys):
    path = letters.database.path
    letters.database.close()
    out = tmp_path / "brev.pdf"
    assert main(["letter", "--db", str(path), "--decision", str(letters.ids["no_address"]), "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "Feil: Brevet i sak 2026/00151 kan ikke lages" in err and "Traceback" not in err
    assert not out.exists()
    assert main(["letter", "--db", str(path), "--decision", str(letters.ids["allocated"]), "--out", str(out)]) == 0
    assert out.stat().st_mode & 0o777 == 0o600 and "Du kan klage" in letter_text(out.read_bytes())
    assert main(["letter", "--db", str(path), "--decision", "9999", "--out", str(out)]) == 1
    assert "finnes ikke" in capsys.readouterr().err
    letters.database = Database.open(path)


# ---- enkeltvedtak: allocation and refusal -------------------------------------------------------


@pytest.mark.parametrize(("which", "section"), [("allocated", "§ 4"), ("refused", "§ 3")])
def test_a_decision_names_its_legal_basis_appeal_access_and_postponement(letters, which, section):
    text = letters.text(which).replace("\u00a0", " ")
    assert f"med hjemmel i {section} i kommunens forskrift om tildeling av kommunale boliger, jf." in text
    assert "lov om kommunenes ansvar på det boligsosiale feltet" in text
    assert REASONS[which] in text
    # appeal: three weeks from receipt, where to send it, who decides it
    assert "Klagefristen er tre uker fra den dagen du mottok dette brevet (forvaltningsloven §§ 28 og 29)" in text
    assert "Send klagen til Boligkontoret i Eksempelvik, Postboks 100 Sentrum, 9001 Eksempelvik." in text
    assert "Kommunens klagenemnd for boligsaker" in text
    assert "rett til å se dokumentene i saken din (forvaltningsloven § 18)" in text
    assert "ikke blir iverksatt før klagefristen er ute eller klagen er avgjort (forvaltningsloven § 42)" in text


def test_the_appeal_body_and_where_to_send_the_appeal_come_from_the_settings(letters):
    change_meeting_settings(letters.database, {"appeal": {"send_to": "Tildelingsnemnda, Postboks 7, 9001 Eksempelvik",
                                                          "body": "Klagenemnda i Eksempelvik"}})
    text = letters.text("refused").replace("\u00a0", " ")
    assert "Send klagen til Tildelingsnemnda, Postboks 7, 9001 Eksempelvik." in text
    assert "sender vi klagen til Klagenemnda i Eksempelvik" in text


def test_an_allocation_gives_the_unit_the_deadline_to_accept_and_what_declining_means(letters):
    text = letters.text("allocated", letter_date=SENT).replace("\u00a0", " ")
    accept = SENT + timedelta(days=7)
    assert f"Du må gi oss beskjed innen {accept:%d.%m.%Y} om du tar imot boligen" in text
    assert f"Svarfrist {accept:%d.%m.%Y}" in text
    assert "Takker du nei til boligen, eller svarer du ikke innen fristen, faller tilbudet bort." in text
    decision = Decisions(letters.database).get(letters.ids["allocated"])
    assert f"Innflyttingsfrist {decision.move_in_deadline:%d.%m.%Y}" in text and "EKS-B04-H0301" in text
    assert f"{decision.lease_years} år (husleieloven § 9-3)" in text
    assert "samarbeidsplan med booppfølgingen" in text and "åpenbart uegnet" in text
    change_meeting_settings(letters.database, {"offer": {"accept_days": 10}})
    assert f"innen {SENT + timedelta(days=10):%d.%m.%Y}" in letters.text("allocated", letter_date=SENT)


def test_a_refusal_has_no_offer(letters):
    text = letters.text("refused")
    assert "Søknaden din er avslått" in text
    assert "Svarfrist" not in text and "Takker du nei" not in text and "Innflyttingsfrist" not in text


# ---- not decisions: deferral and withdrawal ------------------------------------------------------


def test_a_deferral_is_a_preliminary_answer_with_the_expected_date_and_no_appeal(letters):
    text = letters.text("deferred", letter_date=SENT).replace("\u00a0", " ")
    assert "Foreløpig svar" in text and "forvaltningsloven § 11 a" in text
    assert REASONS["deferred"] in text
    assert f"innen {SENT + timedelta(weeks=4):%d.%m.%Y}" in text
    assert "kan ikke klages på" in text
    assert "Du kan klage" not in text and "Klagefristen" not in text and "Hjemmel" not in text
    change_meeting_settings(letters.database, {"deferral": {"expected_weeks": 6}})
    assert f"innen {SENT + timedelta(weeks=6):%d.%m.%Y}" in letters.text("deferred", letter_date=SENT)


def test_a_withdrawal_is_a_confirmation_without_reasons(letters):
    text = letters.text("withdrawn")
    assert "Bekreftelse" in text and "er trukket" in text
    assert REASONS["withdrawn"] not in text and "Begrunnelse" not in text and "NAV" not in text
    assert "Du kan klage" not in text and "Hjemmel" not in text


# ---- fonts --------------------------------------------------------------------------------------


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Every font of every page (and form) with whether its file is embedded."""
    fonts: dict[str, bool] = {}

    def visit(resources):
        resources = resources.get_object() if resources is not None else {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            fonts[str(font.get("/BaseFont"))] = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
        for xobject in (resources.get("/XObject") or {}).values():
            xobject = xobject.get_object()
            if xobject.get("/Subtype") == "/Form":
                visit(xobject.get("/Resources"))

    for page in PdfReader(io.BytesIO(pdf)).pages:
        visit(page.get("/Resources"))
    return fonts


def test_every_font_in_letters_and_minutes_is_embedded(letters):
    pdfs = [render_decision_letter(letters.database, letters.ids[w]) for w in LETTERS]
    pdfs.append(render_minutes(letters.database, letters.meeting_id))
    for pdf in pdfs:
        fonts = embedded_fonts(pdf)
        assert fonts and all(fonts.values()), fonts
        assert not any("Helvetica" in name for name in fonts)


def test_there_is_one_template_per_outcome():
    names = {p.stem for p in resource("letters").glob("*.md") if p.stem != "README"}
    from boligmote.services.renewal_letters import TEMPLATE

    # one per outcome of an allocation case, and a lease not renewed (services/renewal_letters.py)
    assert names == {o.value for o in Outcome} | {TEMPLATE}


# ---- where the text is on the page ----------------------------------------------------------------


def text_in(pdf: bytes, *, left_mm: tuple[float, float], top_mm: tuple[float, float]) -> str:
    """The text of page 1 whose starting point lies in the rectangle (mm from the left and top edges)."""
    page = PdfReader(io.BytesIO(pdf)).pages[0]
    height = float(page.mediabox.height)
    found: list[tuple[float, float, str]] = []

    def visitor(text, cm, tm, font, size):
        x, y = tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5]
        x_mm, top = x / 72 * 25.4, (height - y) / 72 * 25.4
        if text.strip() and left_mm[0] <= x_mm <= left_mm[1] and top_mm[0] <= top <= top_mm[1]:
            found.append((top, x_mm, text))

    page.extract_text(visitor_text=visitor)
    return "\n".join(t for _, _, t in sorted(found))


# ---- the demo: what a new user sees first ----------------------------------------------------------


def test_the_letters_of_the_demos_most_recent_signed_meeting(demo_db):
    """Issue 13 «Done when»: one letter per outcome, each as the law has it."""
    meeting_id = demo_db.scalar("SELECT id FROM meetings WHERE status = 'signed' ORDER BY held_on DESC LIMIT 1")
    seen = set()
    for decision_id, outcome, case_no in demo_db.query(
            "SELECT id, outcome, case_no FROM decisions WHERE meeting_id = ? ORDER BY id", (meeting_id,)):
        if outcome in seen:
            continue
        seen.add(outcome)
        pdf = render_decision_letter(demo_db, decision_id)
        text = letter_text(pdf).replace("\u00a0", " ")
        name, code, town = demo_db.query("SELECT name, postal_code, postal_town FROM applicants WHERE case_no = ?",
                                         (case_no,))[0]
        window = text_in(pdf, left_mm=(15, 105), top_mm=(44, 79))
        assert name in window and f"{code} {town}" in window, outcome
        assert "Kontaktperson" in text and "Postboks 100 Sentrum" in text, outcome
        if outcome in ("tildelt", "avslag"):
            assert "med hjemmel i §" in text and "tre uker fra den dagen du mottok" in text, outcome
            assert "Kommunens klagenemnd for boligsaker" in text, outcome
            assert "(forvaltningsloven § 18)" in text and "(forvaltningsloven § 42)" in text, outcome
        if outcome == "tildelt":
            assert "Du må gi oss beskjed innen" in text and "Svarfrist" in text
        if outcome == "utsatt":
            assert "Vi regner med å avgjøre saken innen" in text and "kan ikke klages på" in text
    assert seen == {"tildelt", "avslag", "utsatt", "trukket"}

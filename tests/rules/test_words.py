"""The domain's words in three languages (boligmote/words.py, resources/words/*.toml): the rules
explain themselves in bokmål for the file, the CLI and the logs, and in the reader's language on
screen and in the municipality's documents."""
from __future__ import annotations

import pickle
import re

import pytest

from boligmote import words
from boligmote.domain import HouseholdType, Presence, enums
from boligmote.rules import RuleSettings, evaluate_pair
from boligmote.rules.settings import default_values
from boligmote.rules.two_sides import costs
from boligmote.services.document_text import document_language, label

from .scenario import TODAY, N, applicant, family, single, target

_PLACEHOLDER = re.compile(r"\{\w*\}")
_ENUMS = [e for e in vars(enums).values()
          if isinstance(e, type) and issubclass(e, enums.LabelledEnum) and e is not enums.LabelledEnum]


@pytest.fixture
def window_in(request):
    """The window's language as the GUI sets it; bokmål again afterwards."""
    def choose(code: str) -> None:
        words.set_window_language(code)
    yield choose
    words.set_window_language("nb")


@pytest.mark.parametrize("code", ["nn", "en"])
def test_every_text_has_its_nynorsk_and_english_with_the_same_fields(code):
    nb, other = words.table("nb"), words.table(code)
    missing = [key for key in nb if key not in other]
    assert not missing, f"{code}.toml lacks {missing}"
    for key, text in nb.items():
        if isinstance(text, str):
            assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(other[key])), key
    labels = [f"{e.__name__}.{m.value}" for e in _ENUMS for m in e if f"labels.{e.__name__}.{m.value}" not in other]
    assert not labels, f"{code}.toml lacks labels for {labels}"
    rules = [f"{r}.{k}" for r in default_values() for k in ("title", "short") if f"rules.{r}.{k}" not in other]
    assert not rules, f"{code}.toml lacks rule names {rules}"


def test_the_nynorsk_words_are_nynorsk():
    from tests.gui.test_translations import BOKMAL_WORDS

    texts = [t for t in words.table("nn").values() if isinstance(t, str)]
    texts += [form for t in words.table("nn").values() if isinstance(t, list) for form in t]
    texts = [t.replace("«husstand»", "«»") for t in texts]  # a Kobo file's field name, as the file spells it
    found = sorted({f"{w!r} in {t!r}" for t in texts for w in BOKMAL_WORDS
                    if re.search(rf"(?<!\w){w}(?!\w)", t, re.IGNORECASE)})
    assert not found, "bokmål in nn.toml:\n" + "\n".join(found)


def test_a_flag_is_stored_in_bokmal_and_shown_in_the_window_language(window_in):
    """The window in English shows the flag in English; what the decision stores (the str) and
    what the CLI prints stays bokmål, whatever the window speaks."""
    window_in("en")
    who = applicant(household_type=HouseholdType.FAMILY, adults=2, children=(4, 9))
    flag = next(f for f in evaluate_pair(who, target([single(N.ACTIVE_USE), family()]), RuleSettings.defaults(), TODAY)
                if f.rule == "CHILDREN_ACTIVE_USE")
    assert str(flag.message).startswith("Søkeren har barn, og oppgangen har 1 husstand i aktiv rus.")
    assert words.shown(flag.message).startswith(
        "The applicant has children, and the stairwell has 1 household in active substance use.")
    window_in("nn")
    assert words.shown(flag.message).startswith("Søkjaren har barn, og oppgangen har 1 hushald i aktiv rus.")
    # pickled (a worker's queue) as what it is made of, so it still translates
    assert words.shown(pickle.loads(pickle.dumps(flag.message))) == words.shown(flag.message)


def test_masked_counts_and_plurals_follow_the_language(window_in):
    window_in("en")
    heavy = applicant(needs=[N.ACTIVE_USE])
    lines = costs(heavy, target([single(N.ACTIVE_USE), single()], elsewhere_in_building=[single()] * 3), mask_below=3)
    assert lines[0] == "Oppgangen får 3 husstander (3 personer; i dag 2 husstander)."
    assert words.shown(lines[0]) == "The stairwell gets 3 households (3 people; today 2 households)."
    assert words.shown(lines[1]) == ("Households with heavy needs in the stairwell: fewer than 3 → one more; "
                                     "in the building: fewer than 3 → one more of 6.")
    assert words.shown(lines[2]) == "“Active substance use” in the stairwell: fewer than 3 → one more of 3 households."


def test_mitigation_names_the_rules_in_the_language(window_in):
    window_in("en")
    heavy = applicant(needs=[N.ACTIVE_USE])
    where = target([single(N.ACTIVE_USE), single(N.ACTIVE_USE), single()], presence={Presence.CARETAKER})
    flag = next(f for f in evaluate_pair(heavy, where, RuleSettings.defaults(), TODAY) if f.rule == "MITIGATION")
    assert "bomiljøvaktmester" in flag.message and "«Konsentrasjon av tunge behov»" in flag.message
    assert words.shown(flag.message).startswith("The address has estate caretaker on site. It may soften the risk in "
                                                "“Concentration of heavy needs”")


def test_a_municipalitys_own_rule_name_wins_in_every_language(window_in):
    window_in("en")
    settings = RuleSettings.defaults().with_overrides({"CONCENTRATION": {"title": "Tunge behov samlet"}}, 2)
    assert words.rule_title(settings, "CONCENTRATION") == "Tunge behov samlet"
    assert words.rule_title(settings, "HOMOGENEOUS") == "One-sided stairwell"
    assert words.rule_title(settings, "HOMOGENEOUS", short=True) == "One-sided"


def test_documents_speak_the_municipalitys_language_whatever_the_window_speaks(window_in):
    window_in("en")
    with document_language("nn"):
        assert label(HouseholdType.SINGLE_PARENT) == "einsleg forsørgjar"
        assert label(Presence.CARETAKER) == "bumiljøvaktmeister"  # not in documents/nn.toml: the words' table
        assert words.rule_title(RuleSettings.defaults(), "HOMOGENEOUS") == "Einsarta oppgang"
    with document_language("nb"):
        assert words.rule_title(RuleSettings.defaults(), "HOMOGENEOUS") == "Ensartet oppgang"
    assert words.shown(HouseholdType.SINGLE_PARENT) == "single parent"


def test_an_error_carries_a_code_and_its_fields_and_stays_bokmal_for_the_cli(tmp_path, window_in):
    from boligmote.services.importing import ImportFileError, plan_import
    from boligmote.store import Database, FileAccessError

    window_in("en")
    with pytest.raises(FileAccessError) as opened:
        Database.open(tmp_path / "borte.sqlite")
    assert words.error_code(opened.value) == "errors.file.not_found"
    assert str(opened.value) == f"Finner ikke databasefilen {tmp_path / 'borte.sqlite'}."  # the CLI and the log
    assert words.error_text(opened.value) == f"The database file {tmp_path / 'borte.sqlite'} cannot be found."
    report = tmp_path / "rapport.ods"
    report.write_bytes(b"PK")
    with pytest.raises(ImportFileError) as imported:
        plan_import(None, "units", report)
    assert words.error_code(imported.value) == "errors.import.unknown_type"
    assert words.message_of(imported.value).fields == {"name": "rapport.ods"}
    window_in("nn")
    assert words.error_text(imported.value) == "rapport.ods: ukjend filtype. Bruk .csv eller .xlsx."
    # an error raised with plain text (not yet given a code) is shown as it is
    assert words.error_code(ValueError("Noe gikk galt.")) is None
    assert words.error_text(ValueError("Noe gikk galt.")) == "Noe gikk galt."


def test_a_text_limit_names_its_field_as_the_field_is_known_in_each_language(window_in):
    """TextRefused names the field; bokmål as domain/limits.py has always said it, the others from
    the words' [fields.limit] (every field of LIMITS has its name there)."""
    from boligmote.domain.limits import LIMITS, TextRefused, check_text

    assert {key: words.table("nb")[f"fields.limit.{key}"] for key in LIMITS} == {
        key: rule.label for key, rule in LIMITS.items()}
    with pytest.raises(TextRefused) as refused:
        check_text("name", "Ola\x00Nordmann")
    assert str(refused.value) == "navn inneholder et usynlig kontrolltegn, NUL (U+0000), på tegn nummer 4"
    window_in("en")
    assert words.error_text(refused.value) == "name contains an invisible control character, NUL (U+0000), at character number 4"
    window_in("nn")
    assert words.error_text(refused.value) == "namn inneheld eit usynleg kontrollteikn, NUL (U+0000), på teikn nummer 4"


def test_the_files_lock_copies_and_the_planners_refusals_have_codes(tmp_path, window_in, demo_db):
    """What the file, its lock, a backup copy and the planner refuse is said in the reader's language;
    str(error) — the CLI's and the log's — stays bokmål."""
    from boligmote.planning.problem import Pair, PlanInputError
    from boligmote.store import backups
    from boligmote.store.errors import CorruptDatabase, DatabaseInUse, RecordNotFound
    from boligmote.store.estate import EstateRepository
    from boligmote.store.locking import FileLock

    copy = tmp_path / "demo-2026-11-30.sqlite"
    copy.write_bytes(b"")
    refused = []
    for action in (lambda: Pair.parse("2026/0001-B12"), lambda: backups.check_complete(copy),
                   lambda: EstateRepository(demo_db).unit("FINNES-IKKE")):
        with pytest.raises((PlanInputError, CorruptDatabase, RecordNotFound)) as error:
            action()
        refused.append(error.value)
    held = FileLock.acquire(tmp_path / "delt.sqlite", "kari")
    try:
        with pytest.raises(DatabaseInUse) as in_use:
            FileLock.acquire(tmp_path / "delt.sqlite", "ola")
    finally:
        held.release()
    refused.append(in_use.value)
    assert [str(e) for e in refused][:3] == [
        "«2026/0001-B12» er ikke på formen SAKSNR:BOLIGNR.",
        f"Sikkerhetskopien {copy.name} er ufullstendig (den er tom (0 byte)) og kan ikke gjenopprettes. Velg en annen kopi.",
        "Boligen FINNES-IKKE finnes ikke."]
    assert str(in_use.value).startswith("delt.sqlite er allerede åpen i en annen Boligmøte-økt (kari på ")
    window_in("en")
    english = [words.error_text(e) for e in refused]
    assert english[:3] == [
        "“2026/0001-B12” is not of the form CASENO:UNITNO.",
        f"The backup copy {copy.name} is incomplete (it is empty (0 bytes)) and cannot be restored. Choose another copy.",
        "The unit FINNES-IKKE does not exist."]
    assert english[3].startswith("delt.sqlite is already open in another Boligmøte session (kari on ")
    assert " since " in english[3] and " siden " not in english[3]

"""Languages: bokmål (the source language) by default, nynorsk and English complete, the .qm current.

The English and nynorsk checks open the windows and dialogs in English and reads every visible text:
a text that is still one of the bokmål source texts (with its {placeholders} filled in)
fails. Data — addresses, names, enum labels, rule titles, flag messages — is bokmål in
every language and is not a source text, so it never matches.
"""
from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from boligmote.gui import options
from boligmote.gui.qt_translations import install_language, saved_language
from boligmote.paths import resource

TS = resource("translations", "boligmote_en.ts")
QM = resource("translations", "boligmote_en.qm")
NN_TS = resource("translations", "boligmote_nn.ts")
NN_QM = resource("translations", "boligmote_nn.qm")
_PLACEHOLDER = re.compile(r"\{\w*\}")
# Domain data that happens to equal a GUI text: Priority labels (the filter lists them) and
# the incident rule's chip «Hendelser» / the import kind «Hendelser» (rule settings, services).
DATA_TEXTS = {"Prioritert", "Kvalifisert og prioritert", "Hendelser"}


def _messages(ts: Path = TS) -> list[tuple[str, str, str]]:
    """(context, bokmål source, translation) for every message of the .ts (English by default)."""
    root = ET.parse(ts).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert not translation.get("type"), f"{name}: unfinished {message.findtext('source')!r}"
            out.append((name, message.findtext("source"), translation.text or ""))
    return out


def _bokmal_patterns(ts: Path = TS) -> list[tuple[str, re.Pattern]]:
    """Source texts whose translation differs, as patterns (placeholders match anything)."""
    patterns = []
    for _context, source, english in _messages(ts):
        if source == english:
            continue  # «OK», «Info», shortcuts: the same in both languages
        body = ".+?".join(re.escape(part) for part in _PLACEHOLDER.split(source))
        whole = len(source) < 30  # short texts only as a whole: «Rom» is not in a street name
        patterns.append((source, re.compile(f"^{body}$" if whole else body, re.DOTALL)))
    return patterns


# ---- the files -----------------------------------------------------------------------------------

def test_every_message_has_an_english_translation_with_the_same_placeholders():
    messages = _messages()
    assert len(messages) > 400
    for context, source, english in messages:
        assert english.strip(), f"{context}: no English for {source!r}"
        assert sorted(_PLACEHOLDER.findall(source)) == sorted(_PLACEHOLDER.findall(english)), (context, source)
        assert ("&" in source.replace("&amp;", "")) == ("&" in english.replace("&amp;", "")), (context, source)


@pytest.mark.parametrize(("ts", "qm"), [(TS, QM), (NN_TS, NN_QM)], ids=["en", "nn"])
def test_the_committed_qm_is_compiled_from_the_committed_ts(tmp_path, ts, qm):
    import PySide6

    lrelease = Path(list(PySide6.__path__)[0]) / "lrelease"
    if not lrelease.exists():
        lrelease = Path(shutil.which("lrelease") or lrelease)
    out = tmp_path / qm.name
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(out)], check=True)
    assert out.read_bytes() == qm.read_bytes(), "run `make translations` and commit the .qm"


def test_every_message_has_a_nynorsk_translation_with_the_same_placeholders():
    """The nynorsk file holds every message of the English one (new UI texts need both)."""
    nynorsk = {(c, s): t for c, s, t in _messages(NN_TS)}
    assert {(c, s) for c, s, _ in _messages()} == set(nynorsk)
    for (context, source), words in nynorsk.items():
        assert words.strip(), f"{context}: no nynorsk for {source!r}"
        assert sorted(_PLACEHOLDER.findall(source)) == sorted(_PLACEHOLDER.findall(words)), (context, source)
        assert ("&" in source.replace("&amp;", "")) == ("&" in words.replace("&amp;", "")), (context, source)


# Bokmål forms that have no place in the nynorsk window (as whole words; data such as rule titles
# and enum labels stays bokmål and is not in the .ts), with their nynorsk.
BOKMAL_WORDS = {"ikke": "ikkje", "hva": "kva", "hvem": "kven", "hvorfor": "kvifor", "hvordan": "korleis",
                "bolig": "bustad", "boliger": "bustader", "søker": "søkjar", "søkere": "søkjarar",
                "fra": "frå", "bare": "berre", "uten": "utan", "begrunnelse": "grunngjeving",
                "husstand": "hushald", "leietaker": "leigetakar", "innstillinger": "innstillingar",
                "protokollen": "møteboka", "vinduet": "vindauget", "hendelse": "hending", "navn": "namn"}


def test_the_nynorsk_translation_is_nynorsk_not_bokmal():
    def plain(words: str) -> str:  # names stay as they are: Husbanken's «Kobo Bolig» API and its field names
        return words.replace("&", "").replace("Kobo Bolig", "Kobo").replace("«husstand»", "«»") \
            .replace("felta i husstand", "felta i")

    found = sorted({f"{word!r} in {words!r}" for _c, _s, words in _messages(NN_TS)
                    for word in BOKMAL_WORDS if re.search(rf"(?<![\w&]){word}(?!\w)", plain(words), re.IGNORECASE)})
    assert not found, "bokmål in the nynorsk window:\n" + "\n".join(found)
    every = " ".join(words for _c, _s, words in _messages(NN_TS))
    assert [w for w in BOKMAL_WORDS.values() if not re.search(rf"\b{w}\b", every, re.IGNORECASE)] == []


def test_every_translated_text_in_the_code_is_in_the_ts():
    """A translate() call that lupdate has not collected yet would stay bokmål in English."""
    root = Path(__file__).resolve().parents[2] / "boligmote" / "gui"
    call = re.compile(r'(?:translate|QT_TRANSLATE_NOOP)\(\s*"(\w+)",\s*((?:"(?:[^"\\]|\\.)*"\s*)+)\)')
    known = {(c, s) for c, s, _ in _messages()}
    for path in root.rglob("*.py"):
        for context, literals in call.findall(path.read_text(encoding="utf-8")):
            text = "".join(eval(part) for part in re.findall(r'"(?:[^"\\]|\\.)*"', literals))
            assert (context, text) in known, f"{path.name}: {text!r} — run `make translations`"


# ---- the setting -----------------------------------------------------------------------------------

def test_bokmal_is_the_default(window):
    assert saved_language() == "nb"
    assert window.menuBar().actions()[0].text() == "&Fil"
    assert window.queue_model.headerData(0, Qt.Orientation.Horizontal) == "Saksnr."


def test_an_unknown_saved_language_falls_back_to_bokmal():
    options.LANGUAGE.set("xx")
    assert saved_language() == "nb"


def test_the_language_is_chosen_in_settings_and_stored_per_user(window, monkeypatch):
    from boligmote.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.workspace.database, window)
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())][-1] == "&Generelt"
    assert dialog.languageCombo.currentData() == "nb"
    assert "neste oppstart" in dialog.languageNote.text()
    dialog.languageCombo.setCurrentIndex(dialog.languageCombo.findData("en"))
    dialog.save()  # no rule change: no reason needed, nothing in the database
    assert options.LANGUAGE.get() == "en"
    assert saved_language() == "en"


# ---- English everywhere -------------------------------------------------------------------------

@pytest.fixture
def english():
    app = QApplication.instance()
    install_language(app, "en")
    yield
    install_language(app, "nb")


@pytest.fixture
def english_window(english, window):
    """The shared main window, built after `english` has installed the translator."""
    return window


def _texts(widget: QWidget) -> list[str]:
    """Every text a user can see (or a screen reader reads) in a widget and its children."""
    texts = [widget.windowTitle()]
    for child in [widget, *widget.findChildren(QWidget)]:
        if isinstance(child, QLabel):
            texts.append(child.text())
        elif isinstance(child, QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QLineEdit):
            texts.append(child.placeholderText())
        elif isinstance(child, QTextEdit):
            texts += [child.placeholderText(), child.toPlainText()]
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QTabWidget):
            texts += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QMenu):
            texts.append(child.title())
        if isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            try:
                columns = model.columnCount()
            except TypeError:  # QStringListModel keeps columnCount private: one column
                columns = 1
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
            texts += [str(model.index(r, c).data() or "") for r in range(min(model.rowCount(), 5))
                      for c in range(columns)]
        texts += [child.toolTip(), child.accessibleName()]
        texts += [a.text() for a in child.actions()] + [a.toolTip() for a in child.actions()]
    return [t for t in texts if t]


def _assert_english(widget: QWidget, ts: Path = TS) -> None:
    """No visible text is still a bokmål source text whose translation in `ts` differs."""
    patterns = _bokmal_patterns(ts)
    left = sorted({f"{source!r} in {text!r}" for text in _texts(widget) if text not in DATA_TEXTS
                   for source, pattern in patterns if pattern.search(text)})
    assert not left, "still bokmål:\n" + "\n".join(left)


def test_main_window_in_english(english_window):
    _check_main_window(english_window, TS)
    assert english_window.menuBar().actions()[0].text() == "&File"


def _check_main_window(w, ts: Path) -> None:
    code = "en" if ts == TS else "nn"
    vacant = w.workspace.vacant_units[0]
    w.select_unit(vacant.unit.id)
    w.candidatesView.selectRow(0)
    _assert_english(w, ts)
    _assert_no_bokmal_words(w, code)
    w.queueView.selectRow(0)  # the other candidate list: units for an applicant
    w.candidatesView.selectRow(0)
    _assert_english(w, ts)
    _assert_no_bokmal_words(w, code)


# ---- the domain's words: labels, chips, flags, the proposal, the composition ----------------------

def _bokmal_words(code: str) -> list[tuple[str, re.Pattern]]:
    """The bokmål of boligmote/words.py's tables (explanations, rule names, domain labels) where the
    language's own differs, as patterns: placeholders match anything; short texts and labels match
    only as whole words, case-insensitively («Enslig forsørger, 1 children» fails in English)."""
    from boligmote import words
    from boligmote.domain import enums
    from boligmote.rules.settings import RuleSettings, default_values

    patterns = []
    nb, other = words.table("nb"), words.table(code)
    # A case package's field names («vedtaksdato») are also the import files' column names, which the
    # import dialog shows as they stand in the file (data).
    for key, source in nb.items():
        if not isinstance(source, str) or other.get(key) == source or key.startswith(("words.quoted",
                                                                                       "errors.package.field.")):
            continue
        parts = [p for p in _PLACEHOLDER.split(source) if p.strip(" ().;,:–")]
        if len(source) < 30:
            body = ".+?".join(re.escape(part) for part in _PLACEHOLDER.split(source))
            patterns.append((source, re.compile(f"^{body}$", re.IGNORECASE)))
        elif parts:
            patterns.append((source, re.compile(".+?".join(re.escape(p) for p in parts), re.DOTALL)))
    names = [(str(m.label), words.label(m, code))
             for enum in vars(enums).values() if isinstance(enum, type) and issubclass(enum, enums.LabelledEnum)
             and enum is not enums.LabelledEnum for m in enum]
    names += [(values[key], words.rule_title(RuleSettings.defaults(), rule, short=key == "short", code=code))
              for rule, values in default_values().items() for key in ("title", "short")]
    for source, translated in names:
        if source.casefold() != translated.casefold() and len(source) > 3:
            patterns.append((source, re.compile(rf"(?<!\w){re.escape(source)}(?!\w)", re.IGNORECASE)))
    return patterns


def _domain_texts(w) -> list[str]:
    """What the panes built from the domain show: every row of the composition and the candidates
    (their chips as words, their tooltips), the proposal and the composition's heading."""
    texts = [w.proposalView.toPlainText(), w.compositionHeading.text()]
    for view in (w.compositionView, w.candidatesView, w.queueView, w.unitsView):
        model = view.model()
        for r in range(min(model.rowCount(), 40)):
            for c in range(model.columnCount()):
                index = model.index(r, c)
                texts += [str(index.data() or ""), str(index.data(Qt.ItemDataRole.ToolTipRole) or "")]
    return [t for t in texts if t]


def _assert_no_bokmal_words(w, code: str) -> None:
    patterns = _bokmal_words(code)
    # names stay as they are: Husbanken's «Kobo Bolig» API in a rule's source
    texts = [t.replace("Kobo Bolig", "Kobo") for t in _texts(w) + _domain_texts(w)]
    left = sorted({f"{source!r} in {text!r}" for text in texts if text not in DATA_TEXTS
                   for source, pattern in patterns if pattern.search(text)})
    assert not left, f"bokmål in the {code} window:\n" + "\n".join(left[:40])


def test_dialogs_in_english(english_window, qtbot, tmp_path):
    _check_dialogs(english_window, qtbot, tmp_path, TS)


def _check_dialogs(w, qtbot, tmp_path, ts: Path) -> None:
    from boligmote.gui.about import show_about
    from boligmote.gui.decision_dialog import DecisionDialog
    from boligmote.gui.import_dialog import ImportDialog
    from boligmote.gui.meeting_dialogs import NewMeetingDialog, ParticipantsDialog
    from boligmote.gui.passphrase_dialog import PassphraseDialog
    from boligmote.gui.restore_dialog import RestoreDialog
    from boligmote.gui.settings_dialog import SettingsDialog
    from boligmote.gui.welcome_dialog import WelcomeDialog

    panel = w.meeting_panel
    panel.startButton.click()
    record = panel.meetings.record(panel.meeting_id)
    case = next(c for c in record.cases if c.proposal.unit_id)
    dialogs = [
        DecisionDialog(panel.decisions, panel.meeting_id, case.applicant, case.proposal.unit_id,
                       w.workspace.vacant_units, record.participants, False, w),
        SettingsDialog(w.workspace.database, w),
        WelcomeDialog(w),
        NewMeetingDialog(w.today, w),
        ParticipantsDialog(panel.meetings, panel.meeting_id, w),
        ImportDialog(w.workspace.database, w.today, w),
        RestoreDialog(w.workspace.database.path, w),
        PassphraseDialog(tmp_path / "kryptert.sqlite", "", w),
        show_about(w, w.workspace.database.path),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        _assert_english(dialog, ts)
    settings = dialogs[1]
    for index in range(settings.rulesList.model().rowCount()):  # every rule's form, not only the first
        settings.show_rule(index)
        _assert_english(settings, ts)


# ---- Nynorsk everywhere ---------------------------------------------------------------------------

@pytest.fixture
def nynorsk_window(nynorsk, window):
    """The shared main window, built after `nynorsk` has installed the translators."""
    return window


@pytest.fixture
def nynorsk():
    app = QApplication.instance()
    install_language(app, "nn")
    yield
    install_language(app, "nb")


def test_main_window_in_nynorsk(nynorsk_window):
    w = nynorsk_window
    _check_main_window(w, NN_TS)
    menus = [a.text() for a in w.menuBar().actions()]
    assert {"&Fil", "&Møte", "&Vis", "&Hjelp"} <= set(menus)
    texts = " ".join(_texts(w))
    assert "&Søkjarar" in texts and "&Ledige bustader" in texts and "Bebuarsamansetjing" in texts


def test_dialogs_and_qt_own_buttons_in_nynorsk(nynorsk_window, qtbot, tmp_path):
    from PySide6.QtWidgets import QDialogButtonBox

    from boligmote.gui.settings_dialog import SettingsDialog

    _check_dialogs(nynorsk_window, qtbot, tmp_path, NN_TS)
    settings = SettingsDialog(nynorsk_window.workspace.database, nynorsk_window)
    qtbot.addWidget(settings)
    tabs = [settings.tabs.tabText(i) for i in range(settings.tabs.count())]
    assert tabs == ["&Risikovarsel", "&Møte og vedtak", "&Generelt"]
    assert [settings.languageCombo.itemText(i) for i in range(settings.languageCombo.count())] == [
        "Bokmål", "Norsk nynorsk", "English"]
    # Qt's own buttons speak nynorsk too (PySide6's qtbase_nn.qm).
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(box)
    assert {b.text().replace("&", "") for b in box.buttons()} == {"Avbryt", "Lukk"}


# ---- error messages ------------------------------------------------------------------------------

@pytest.mark.parametrize("code", ["en", "nn"])
def test_import_errors_in_the_users_language(code, window, qtbot, tmp_path):
    """An import's refusals — a file that cannot be read, and every refused cell — are said in the
    window's language; what the command line prints (str) stays bokmål."""
    from boligmote.gui.import_dialog import ImportDialog
    from boligmote.services.importing import ImportFileError, plan_import

    app = QApplication.instance()
    install_language(app, code)
    try:
        dialog = ImportDialog(window.workspace.database, window.today, window)
        qtbot.addWidget(dialog)
        dialog.show()
        report = tmp_path / "rapport.pdf"
        report.write_bytes(b"%PDF")
        dialog.set_source("units", report)
        expected = {"en": "rapport.pdf: unknown file type. Use .csv or .xlsx.",
                    "nn": "rapport.pdf: ukjend filtype. Bruk .csv eller .xlsx."}[code]
        assert expected in dialog.summaryLabel.text()
        _assert_english(dialog, TS if code == "en" else NN_TS)
        assert not [(s, t) for t in _texts(dialog) for s, p in _bokmal_words(code) if p.search(t)]
        with pytest.raises(ImportFileError, match="ukjent filtype"):  # the CLI's words
            plan_import(window.workspace.database, "units", report, window.today)

        rows = tmp_path / "søkere.csv"
        rows.write_text("saksnummer;navn;husstandstype;voksne;prioritet;vedtaksdato\n"
                        "2026/90002;Øyvind Prøvestad;single;1;prioritert;31.02.2026\n"
                        "2026/90003;Ærlig Testbakken;single;1;haster;01.06.2026\n", encoding="utf-8")
        dialog.set_source("applicants", rows)
        model = dialog.problem_model
        reasons = [model.index(r, 3).data() for r in range(model.rowCount())]
        assert reasons[0] == {"en": "the date does not exist", "nn": "datoen finst ikkje"}[code]
        assert reasons[1].startswith({"en": "unknown value “haster”", "nn": "ukjend verdi «haster»"}[code])
        texts = _texts(dialog) + reasons
        patterns = _bokmal_words(code)
        assert not [(s, t) for t in texts for s, p in patterns if p.search(t)]
    finally:
        install_language(app, "nb")


@pytest.mark.parametrize("code", ["en", "nn"])
def test_a_file_that_cannot_be_opened_is_said_in_the_users_language(code, qtbot, tmp_path, monkeypatch):
    """Fil → Åpne on another program's file, a damaged file and a file from a newer version: the
    message box speaks the window's language, its technical detail aside."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from boligmote.gui.opening import open_database
    from boligmote.store.database import APPLICATION_ID, LATEST_VERSION

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(f"{title}\n{text}"))
    other = tmp_path / "notat.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE x (y)")
    newer = tmp_path / "nyere.sqlite"
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
        conn.execute("CREATE TABLE x (y)")
    app = QApplication.instance()
    install_language(app, code)
    try:
        for path in (other, newer, tmp_path / "finnes-ikke.sqlite"):
            assert open_database(None, path) is None
    finally:
        install_language(app, "nb")
    assert len(shown) == 3
    expected = {"en": ["notat.sqlite is an SQLite file, but not a Boligmøte database.",
                       "nyere.sqlite was made by a newer version of Boligmøte",
                       "cannot be found"],
                "nn": ["notat.sqlite er ei SQLite-fil, men ikkje ein Boligmøte-database.",
                       "nyere.sqlite er laga av ein nyare versjon av Boligmøte",
                       "Finn ikkje databasefila"]}[code]
    for text, words in zip(shown, expected):
        assert words in text
    patterns = _bokmal_words(code) + _bokmal_patterns(TS if code == "en" else NN_TS)
    assert not [(s, t) for t in shown for s, p in patterns if p.search(t.split("\n", 1)[1])]


@pytest.mark.parametrize("code", ["en", "nn"])
def test_the_incident_dialogs_problems_in_the_users_language(code, window, qtbot):
    """Registrer hendelse …: what is missing, and a name in the description, said in the window's
    language (the service's checks, not the dialog's own texts)."""
    from boligmote.gui.incident_dialog import IncidentDialog
    from boligmote.services.incidents import IncidentLog

    app = QApplication.instance()
    install_language(app, code)
    try:
        workspace = window.workspace
        dialog = IncidentDialog(IncidentLog(workspace.database, workspace), workspace, window.today)
        qtbot.addWidget(dialog, before_close_func=lambda d: d.remember_untouched())
        dialog.show()
        missing = dialog.problemLabel.text()
        assert {"en": "Choose the building the incident concerns.",
                "nn": "Vel bygningen hendinga gjeld."}[code] in missing
        dialog.buildingCombo.setCurrentIndex(0)
        dialog.kindCombo.setCurrentIndex(1)
        dialog.reporterCombo.setEditText("nabo")
        dialog.noteEdit.setPlainText(f"Bråk hos {workspace.queue[0].name}")
        named = dialog.problemLabel.text()
        assert {"en": "write what happened, not who", "nn": "skriv kva som skjedde, ikkje kven"}[code] in named
        patterns = _bokmal_words(code) + _bokmal_patterns(TS if code == "en" else NN_TS)
        assert not [(s, t) for t in (missing, named) for s, p in patterns if p.search(t)]
    finally:
        install_language(app, "nb")


@pytest.mark.parametrize("code", ["en", "nn"])
def test_the_decision_dialogs_problems_in_the_users_language(code, window, held_today, qtbot):
    """Fatt vedtak …: what the service says is missing (the reasons, the consent, why a higher-ranked
    applicant is passed over) and the suggested lease, in the window's language."""
    from boligmote.gui.decision_dialog import DecisionDialog

    app = QApplication.instance()
    install_language(app, code)
    try:
        panel = window.meeting_panel
        panel.startButton.click()
        record = panel.meetings.record(panel.meeting_id)
        case = next(c for c in record.cases if c.proposal.unit_id)
        dialog = DecisionDialog(panel.decisions, panel.meeting_id, case.applicant, case.proposal.unit_id,
                                window.workspace.vacant_units, record.participants, False, window)
        qtbot.addWidget(dialog)
        dialog.show()
        problems, lease = dialog.problemLabel.text(), dialog.leaseReason.text()
        assert {"en": "The reasons to the applicant: missing. The reasons are printed in the letter",
                "nn": "Grunngjevinga til søkjaren manglar. Grunngjevinga står i brevet"}[code] in problems
        patterns = _bokmal_words(code) + _bokmal_patterns(TS if code == "en" else NN_TS)
        assert not [(s, t) for t in (problems, lease) for s, p in patterns if p.search(t)]
        assert not re.search(r"(?<!\w)(ikke|søkeren|mangler|begrunnelsen)(?!\w)", problems + lease, re.IGNORECASE)
    finally:
        install_language(app, "nb")


def _refusal(call) -> BaseException:
    """The error a user's action is refused with."""
    try:
        call()
    except Exception as error:  # whichever the service raises, it must be said
        return error
    raise AssertionError("the action was not refused")


@pytest.mark.parametrize("code", ["en", "nn"])
def test_meeting_signing_decision_letter_and_plan_refusals_in_the_users_language(code, window, held_today, qtbot):
    """Møte → Deltakere: a second chair; Signer protokollen: one person as chair and secretary; and
    the meeting's, the decisions', the letters' and the cooperation plans' refusals as the window
    shows them (error_text): in the window's language, no bokmål; the CLI's str stays bokmål."""
    from datetime import timedelta

    from boligmote.domain import ParticipantRole
    from boligmote.gui.meeting_dialogs import ParticipantsDialog
    from boligmote.gui.signers_dialog import SignersDialog
    from boligmote.services.cooperation_plans import create_plan
    from boligmote.services.decisions import Decisions
    from boligmote.services.letters import render_letter
    from boligmote.services.meeting_settings import load_meeting_settings
    from boligmote.words import error_text

    app = QApplication.instance()
    install_language(app, code)
    try:
        panel, database = window.meeting_panel, window.workspace.database
        meeting_id = panel.meeting_id
        chair = panel.meetings.record(meeting_id).chair
        participants = ParticipantsDialog(panel.meetings, meeting_id, window)
        qtbot.addWidget(participants)
        participants.roleCombo.setCurrentIndex(participants.roleCombo.findData(ParticipantRole.CHAIR.value))
        participants.nameEdit.setText("Ola Nyleder")
        participants.add()
        second_chair = participants.problemLabel.text()

        signers = SignersDialog(panel.meetings.record(meeting_id), window)
        qtbot.addWidget(signers)
        signers.secretaryCombo.setCurrentIndex(signers.secretaryCombo.findData(chair.id))
        same_person = signers.problemLabel.text()

        undo = _refusal(lambda: Decisions(database).undo_last(meeting_id))
        record = panel.meetings.record(meeting_id)
        letter = _refusal(lambda: render_letter(record, record.cases[0], load_meeting_settings(database)))
        plan = _refusal(lambda: create_plan(database, 1, ["NAV"], "Husleie trekkes fra trygden hver måned.",
                                            window.today + timedelta(days=90), window.today, tenant_agreement=None))
        panel.meetings.start(meeting_id)
        delete = _refusal(lambda: panel.meetings.delete(meeting_id))
        shown = [second_chair, same_person] + [error_text(e) for e in (undo, letter, plan, delete)]
    finally:
        install_language(app, "nb")
    expected = {"en": [f"The meeting already has a chair ({chair.name}).",
                       "The chair and the secretary must be two different people.",
                       "while the meeting is in progress; the meeting is planned.",
                       f"Case {record.cases[0].proposal.case_no} has not been decided",
                       "The cooperation plan is voluntary",
                       "Only a planned meeting can be deleted; this meeting is in progress."],
                "nn": [f"Møtet har allereie møteleiar ({chair.name}).",
                       "Møteleiar og referent må vere to ulike personar.",
                       "medan møtet er i gang; møtet er planlagt.",
                       f"Sak {record.cases[0].proposal.case_no} er ikkje avgjord",
                       "Samarbeidsplanen er frivillig",
                       "Berre eit planlagt møte kan slettast; dette møtet er i gang."]}[code]
    for text, words in zip(shown, expected, strict=True):
        assert words in text
    patterns = _bokmal_words(code) + _bokmal_patterns(TS if code == "en" else NN_TS)
    assert not [(s, t) for t in shown for s, p in patterns if p.search(t)]
    assert str(delete) == "Bare et planlagt møte kan slettes; dette møtet pågår."  # the CLI's words


def _no_bokmal(texts: list[str], code: str) -> list[tuple[str, str]]:
    patterns = _bokmal_words(code) + _bokmal_patterns(TS if code == "en" else NN_TS)
    return [(s, t) for t in texts for s, p in patterns if p.search(t)]


@pytest.mark.parametrize("code", ["en", "nn"])
def test_a_setting_out_of_range_is_refused_in_the_users_language(code, window, qtbot):
    """Innstillinger: a move-in deadline of 0 days is refused by the service's check, in the window's
    language; nothing is saved."""
    from boligmote.gui.settings_dialog import SettingsDialog
    from boligmote.services.meeting_settings import load_meeting_settings

    app = QApplication.instance()
    install_language(app, code)
    try:
        dialog = SettingsDialog(window.workspace.database, window)
        qtbot.addWidget(dialog)
        names = dialog.rulesList.model().stringList()
        dialog.meeting_sections["move_in"]._editors["deadline_days"].setValue(0)
        dialog.noteEdit.setText("Prøver en frist på null dager")
        dialog.save()
        said = dialog.problemLabel.text()
    finally:
        install_language(app, "nb")
    assert said == {"en": "move_in.deadline_days: must be at least 1, not 0.",
                    "nn": "move_in.deadline_days: må vere minst 1, ikkje 0."}[code]
    assert load_meeting_settings(window.workspace.database).value("move_in", "deadline_days") == 14
    assert not _no_bokmal([said], code)
    assert {"en": "One-sided stairwell", "nn": "Einsarta oppgang"}[code] in names  # the rules, listed beside
    assert not _no_bokmal(names, code)


@pytest.mark.parametrize("code", ["en", "nn"])
def test_a_wrong_passphrase_is_said_in_the_users_language(code, window, tmp_path, monkeypatch):
    """Fil → Åpne on an encrypted file, a wrong passphrase five times: the last word is the window's
    language, and the command line still says it in bokmål."""
    from PySide6.QtWidgets import QMessageBox

    from boligmote.gui import opening
    from boligmote.gui.passphrase_dialog import PassphraseDialog
    from boligmote.services.encryption import create_encrypted
    from boligmote.store import Database
    from boligmote.store.errors import WrongPassphrase

    path = tmp_path / "kryptert.sqlite"
    create_encrypted(path, "riktig passord").close()
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(PassphraseDialog, "exec", lambda self: True)
    monkeypatch.setattr(PassphraseDialog, "passphrase", lambda self: "galt passord")
    app = QApplication.instance()
    install_language(app, code)
    try:
        assert opening.open_database(window, path) is None
    finally:
        install_language(app, "nb")
    assert shown == [{"en": "Wrong passphrase for kryptert.sqlite, or the file is not a Boligmøte database.",
                      "nn": "Feil passord for kryptert.sqlite, eller fila er ikkje ein Boligmøte-database."}[code]]
    assert not _no_bokmal(shown, code)
    with pytest.raises(WrongPassphrase, match="eller filen er ikke en Boligmøte-database"):
        Database.open(path, passphrase="galt passord")


@pytest.mark.parametrize("code", ["en", "nn"])
def test_a_text_too_long_is_refused_in_the_users_language(code, window, held_today, qtbot):
    """Fatt vedtak …: reasons longer than the field holds are refused with the field's name and both
    numbers, in the window's language (the decision dialog lists the service's problems)."""
    from boligmote.gui.decision_dialog import DecisionDialog

    app = QApplication.instance()
    install_language(app, code)
    try:
        panel = window.meeting_panel
        panel.startButton.click()
        record = panel.meetings.record(panel.meeting_id)
        case = next(c for c in record.cases if c.proposal.unit_id)
        dialog = DecisionDialog(panel.decisions, panel.meeting_id, case.applicant, case.proposal.unit_id,
                                window.workspace.vacant_units, record.participants, False, window)
        qtbot.addWidget(dialog, before_close_func=lambda d: d.remember_untouched())
        dialog.show()
        dialog.reasonsEdit.setPlainText("Lang begrunnelse. " * 1200)
        dialog._validate()  # what the pause in typing does
        problems = dialog.problemLabel.text()
    finally:
        install_language(app, "nb")
    assert {"en": "Reasons can be at most 20 000 characters; here there are 21 600.",
            "nn": "Grunngjeving kan vere høgst 20 000 teikn; her er det 21 600."}[code] in problems
    assert not _no_bokmal([problems], code)


@pytest.mark.parametrize("code", ["en", "nn"])
def test_case_package_import_in_the_users_language(code, qtbot, demo_db, new_db, tmp_path, monkeypatch):
    """Fil → Importer saker …: a package from another meeting file is refused, and a package with
    conflicts is summed up and its rows explained (why asked, which fields), in the window's language."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from boligmote.gui.case_package_dialog import CasePackageDialog, import_cases
    from boligmote.services.case_packages import export_package, plan_package_import, read_package
    from boligmote.store.meetings import AgendaRepository

    from ..services.test_case_packages import change_applicant, change_notes, sync_round, take_copy

    laptop = take_copy(demo_db, tmp_path / "laptop.sqlite")
    try:
        meeting = sync_round(demo_db, laptop, tmp_path)
        case_no = AgendaRepository(laptop).cases(meeting.id)[0].case_no
        change_notes(laptop, meeting.id, case_no, "Laptopens merknad")
        change_notes(demo_db, meeting.id, case_no, "Møtefilens merknad")
        change_applicant(laptop, case_no, wishes="Laptop")
        change_applicant(demo_db, case_no, wishes="Møtefil")
        package = export_package(laptop, meeting.id, tmp_path / "runde2.bmpak").path
    finally:
        laptop.close()
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(package), ""))
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    app = QApplication.instance()
    install_language(app, code)
    try:
        assert import_cases(None, new_db) is False  # another meeting file: refused, said why
        dialog = CasePackageDialog(demo_db, plan_package_import(demo_db, read_package(package)))
        qtbot.addWidget(dialog)
        dialog.show()
        model = dialog.conflict_model
        rows = [model.index(r, c).data() for r in range(model.rowCount()) for c in (1, 2, 3)]
        texts = shown + [dialog.summaryLabel.text()] + rows
    finally:
        install_language(app, "nb")
    expected = {"en": ["is unknown to this meeting file", "Applicants: 1 in conflict",
                       "changed both in the meeting file and in the package", "wishes: Møtefil"],
                "nn": ["er ukjend for denne møtefila", "Søkjarar: 1 i konflikt",
                       "endra både i møtefila og i pakken", "ønske: Møtefil"]}[code]
    every = "\n".join(texts)
    assert [words for words in expected if words not in every] == []
    patterns = _bokmal_words(code) + _bokmal_patterns(TS if code == "en" else NN_TS)
    assert not [(s, t) for t in texts for s, p in patterns if p.search(t.replace("Møtefil", ""))]


@pytest.mark.parametrize("code", ["en", "nn"])
def test_a_kobo_files_refusals_and_summary_in_the_users_language(code, window, qtbot, tmp_path):
    """Fil → Importer … a Kobo file: an object without «antallSoverom», a list where an address should
    be, and a file that is not JSON are said in the window's language, the summary too; the command
    line's plan still speaks bokmål."""
    import json

    from boligmote.gui.import_dialog import ImportDialog
    from boligmote.services.importing import plan_kobo_import
    from boligmote.services.kobo_export import export_kobo

    register = tmp_path / "register.json"
    export_kobo(window.workspace.database, register)
    objects = json.loads(register.read_text(encoding="utf-8"))["kobobolig"]
    del objects[0]["antallSoverom"]
    objects[1]["adresse"] = [1, 2, 3]
    bad = tmp_path / "kobo-feil.json"
    bad.write_text(json.dumps({"kobobolig": objects}), encoding="utf-8")
    broken = tmp_path / "ikke-json.json"
    broken.write_text("{kobobolig: []}", encoding="utf-8")
    app = QApplication.instance()
    install_language(app, code)
    try:
        dialog = ImportDialog(window.workspace.database, window.today, window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.set_source("kobo", bad)
        model = dialog.problem_model
        rows = [[str(model.index(r, c).data()) for c in range(4)] for r in range(model.rowCount())]
        summary = dialog.summaryLabel.text()
        dialog.set_source("kobo", broken)
        unreadable = dialog.summaryLabel.text()
    finally:
        install_language(app, "nb")
    expected = {"en": (["0", "antallSoverom", "", "the field is missing"],
                       ["1", "adresse", "(a list with 3 items)", "must be an object, not a list"],
                       f"{len(objects)} units.", "2 errors in 2 objects.",
                       "ikke-json.json is not valid JSON: line 1, character 2: expected a field name in double quotation marks."),
                "nn": (["0", "antallSoverom", "", "feltet manglar"],
                       ["1", "adresse", "(ei liste med 3 element)", "skal vere eit objekt, ikkje ei liste"],
                       f"{len(objects)} bustader.", "2 feil i 2 objekt.",
                       "ikke-json.json er ikkje gyldig JSON: linje 1, teikn 2: venta eit feltnamn i doble hermeteikn.")}[code]
    assert rows == list(expected[:2])
    assert expected[2] in summary and expected[3] in summary
    assert expected[4] in unreadable
    # the object's number and the field's path are the file's own (JSON names), not words
    texts = [cell for row in rows for cell in row[2:]] + [summary, unreadable.replace("ikke-json.json", "fila")]
    assert not _no_bokmal(texts, code)
    plan = plan_kobo_import(window.workspace.database, bad, window.today)
    assert [p.reason for p in plan.problems] == ["feltet mangler", "skal være et objekt, ikke en liste"]
    assert plan.summary_lines()[1].startswith("2 feil i 2 objekter.")


@pytest.mark.parametrize("code", ["en", "nn"])
def test_rooms_are_counted_and_sources_framed_in_the_users_language(code, window, held_today, qtbot):
    """«1 room», not «1 rooms», in Fatt vedtak …'s list of units; and under each risk flag the source's
    frame words («kap.», «sammendraget», «og») in the window's language, the research named as published."""
    from dataclasses import replace

    from boligmote.gui.decision_dialog import DecisionDialog
    from boligmote.rules.sources import readable

    app = QApplication.instance()
    install_language(app, code)
    try:
        proposal = ""
        for candidate in window.workspace.vacant_units:  # the first proposal with a risk flag and its source
            window.select_unit(candidate.unit.id)
            for row in range(min(window.candidatesView.model().rowCount(), 5)):
                window.candidatesView.selectRow(row)
                proposal = window.proposalView.toPlainText()
                if "(2018)" in proposal:
                    break
            if "(2018)" in proposal:
                break
        panel = window.meeting_panel
        panel.startButton.click()
        record = panel.meetings.record(panel.meeting_id)
        case = next(c for c in record.cases if c.proposal.unit_id)
        vacant = [replace(v, unit=replace(v.unit, rooms=1 if i == 0 else 3))
                  for i, v in enumerate(window.workspace.vacant_units)]
        dialog = DecisionDialog(panel.decisions, panel.meeting_id, case.applicant, vacant[0].unit.id,
                                vacant, record.participants, False, window)
        qtbot.addWidget(dialog)
        units = [dialog.unitCombo.itemText(i) for i in range(dialog.unitCombo.count())]
    finally:
        install_language(app, "nb")
    one, three = {"en": ("1 room", "3 rooms"), "nn": ("1 rom", "3 rom")}[code]
    assert units[0].endswith(f", {one}") and all(u.endswith(f", {three}") for u in units[1:])
    assert readable("002 l.384–386, 2411") == "Velferdsetaten Oslo (2018), sammendraget og kap. 3.3"  # the CLI, the file
    summary, chapter, source = {"en": ("the summary and ch. 3.3", "ch. ", "Source:"),
                                "nn": ("samandraget og kap. 3.3", "kap. ", "Kjelde:")}[code]
    assert summary in words_shown(readable("002 l.384–386, 2411"), code)
    assert source in proposal and chapter in proposal
    assert not re.search(r"(?<!\w)(sammendraget|Kilde:)", proposal)
    if code == "en":
        assert not re.search(r"(?<!\w)(kap\.|og)(?!\w)", proposal)
        assert not re.search(r"(?<![\d.])1 (rooms|bedrooms)", proposal)  # «Room enough: 2 rooms and 1 bedroom»


def words_shown(text: str, code: str) -> str:
    from boligmote import words

    with words.speaking(code):
        return words.shown(text)


@pytest.mark.parametrize("code", ["en", "nn"])
def test_an_import_files_row_refusals_in_the_users_language(code, window, qtbot, tmp_path):
    """Fil → Importer … søkere: a case number twice, a phone number that is not one, a decision date
    ahead and a place nobody knows are refused row by row in the window's language."""
    from boligmote.gui.import_dialog import ImportDialog
    from boligmote.services.importing import plan_import

    rows = tmp_path / "søkere.csv"
    rows.write_text("saksnummer;husstandstype;voksne;prioritet;vedtaksdato;telefon;unngå\n"
                    "2026/90002;single;1;prioritert;01.06.2026;912 34 567;\n"
                    "2026/90002;single;1;prioritert;01.06.2026;ring meg;\n"
                    "2026/90003;single;1;prioritert;01.06.2099;;Atlantis\n", encoding="utf-8")
    app = QApplication.instance()
    install_language(app, code)
    try:
        dialog = ImportDialog(window.workspace.database, window.today, window)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.set_source("applicants", rows)
        model = dialog.problem_model
        reasons = sorted(str(model.index(r, 3).data()) for r in range(model.rowCount()))
    finally:
        install_language(app, "nb")
    today = f"{window.today:%d.%m.%Y}"
    assert reasons == sorted({
        "en": ["the same case number also appears on row 2",
               "must be a phone number (digits, spaces and possibly + first)",
               f"the decision date is in the future (today is {today})",
               "no building, street or district in the database is called Atlantis"],
        "nn": ["same saksnummer står også på rad 2",
               "må vere eit telefonnummer (siffer, mellomrom og eventuelt + først)",
               f"vedtaksdatoen ligg fram i tid (i dag er {today})",
               "ingen bygning, gate eller bydel i databasen heiter Atlantis"]}[code])
    assert not _no_bokmal(reasons, code)
    plan = plan_import(window.workspace.database, "applicants", rows, window.today)
    assert "samme saksnummer står også på rad 2" in [p.reason for p in plan.problems]  # the CLI's words

"""Sources a citizen can read: «002 l.384» becomes «Velferdsetaten Oslo (2018), sammendraget».

The line references stay in code comments and in a flag's stored `source`; everything a user
reads goes through rules/sources.py. Every citation the app can print must resolve to a part
of a report in resources/sources.toml: an unknown range fails here, not silently in print.
"""
from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from boligmote.paths import resource
from boligmote.rules import RuleSettings, evaluate_pair
from boligmote.rules.sources import SourceError, readable, references
from boligmote.rules.two_sides import gains

from .scenario import TODAY, N, applicant, single, target

PACKAGE = Path(__file__).resolve().parents[2] / "boligmote"
# A research citation as the team writes it: report number, «l.», lines.
LINE_REFERENCE = re.compile(r"\b\d{3} l\.\s?\d")
CITATION = re.compile(r"\b\d{3} l\.\s?\d+(?:\s?[–-]\s?\d+)?(?:\s?,\s?\d+(?:\s?[–-]\s?\d+)?)*")


def printable_citations() -> dict[str, str]:
    """Every citation the app can print, by where it comes from."""
    found = {}
    rules = tomllib.loads(resource("rules", "defaults.toml").read_text(encoding="utf-8"))
    for rule_id, values in rules.items():
        found[f"defaults.toml {rule_id}"] = values["source"]
    # Help, templates, settings: any text a resource hands to a window or a PDF (comments aside).
    for path in sorted(resource().rglob("*")):
        if path.suffix not in {".md", ".toml", ".txt", ".html", ".csv"} or path == resource("sources.toml"):
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.lstrip().startswith(("#", "<!--")):
                for cited in CITATION.finditer(line):
                    found[f"{path.relative_to(resource())}:{number}:{cited.start()}"] = cited.group(0)
    # String literals in the code (not docstrings, not comments) end up in flag messages and
    # other printed text: each one that cites a report must go through readable().
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:  # schema: a migration stores old defaults verbatim, never prints them
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant)}
        cited = {id(node.args[0]) for node in ast.walk(tree)
                 if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", "")) == "readable"
                 and node.args}
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings
                    and LINE_REFERENCE.search(node.value)):
                where = f"{path.relative_to(PACKAGE.parent)}:{node.lineno}"
                assert id(node) in cited, f"{where} prints a line reference: pass it through readable()"
                found[where] = node.value
    return found


def test_the_catalogue_citation_reads_as_author_year_and_chapter():
    assert readable("002 l.384, 2411; 001 l.2459–2476") == (
        "Velferdsetaten Oslo (2018), sammendraget og kap. 3.3; Skaar, UiS (2023), kap. 4.3")
    assert readable("000 l.5608–5620; 002 l.4063–4067, 2591; 001 l.529") == (
        "Vassenden mfl., IRIS (2012), kap. 6.6; Velferdsetaten Oslo (2018), kap. 3.3 og 4.6; "
        "Skaar, UiS (2023), kap. 2.1")
    assert readable("002 l.3619–3625, 5701; 004 l.1542–1553") == (
        "Velferdsetaten Oslo (2018), kap. 4.5 og vedlegg 2; Kommunal- og regionaldepartementet mfl. (2002), kap. 5.3")


def test_a_note_after_the_lines_and_a_source_outside_the_reports_are_kept():
    assert readable("004 l.307–328 (ti-prosentregelen)") == (
        "Kommunal- og regionaldepartementet mfl. (2002), kap. 2.3.1 (ti-prosentregelen)")
    own = "Husbanken; Kobo Bolig API (erTilgjengeligForRullestolbruker)"
    assert readable(own) == own
    assert readable("Lokal retningslinje for tildeling § 4") == "Lokal retningslinje for tildeling § 4"


def test_an_unknown_range_fails_instead_of_printing_nothing():
    for citation in ("002 l.99999", "002 l.2690–2710", "002 l.10", "007 l.12"):
        with pytest.raises(SourceError):
            readable(citation, strict=True)
    # In the app a municipality's own text never stops a window: the report is still named,
    # and no line number reaches the reader.
    assert readable("002 l.99999; 003 l.5") == "Velferdsetaten Oslo (2018); Dyb mfl., NIBR (2011)"


def test_every_citation_the_app_can_print_resolves_to_a_chapter():
    citations = printable_citations()
    assert len(citations) > 15  # the walk found the catalogue and the messages
    for where, citation in citations.items():
        text = readable(citation, strict=True)
        assert not LINE_REFERENCE.search(text), (where, text)
        if LINE_REFERENCE.search(citation):
            assert re.search(r"\(\d{4}\), ", text), (where, text)


def test_flag_messages_and_proposal_texts_cite_readably():
    settings = RuleSettings.defaults()
    recovering = applicant(needs=[N.FORMER_USE])
    near_use = target([single()], elsewhere_in_building=[single(N.ACTIVE_USE), single(N.ACTIVE_USE)])
    flags = evaluate_pair(recovering, near_use, settings, TODAY)
    (message,) = [f.message for f in flags if f.rule == "RECOVERY_NEAR_USE"]
    assert "Vassenden mfl., IRIS (2012), kap. 6.6" in message and not LINE_REFERENCE.search(message)
    lines = " ".join(gains(recovering, target([single()]), 30))
    assert "Vassenden mfl., IRIS (2012), kap. 6.6" in lines and not LINE_REFERENCE.search(lines)


def test_every_report_has_a_full_reference():
    refs = references()
    assert [r.number for r in refs] == ["000", "001", "002", "003", "004"]
    for ref in refs:
        assert str(ref.year) in ref.reference and ref.reference.endswith(".")
        assert not LINE_REFERENCE.search(ref.reference)
    assert "«Ryktet forteller hvor du bor»" in refs[0].reference
    assert "NIBR-rapport 2011:22" in refs[3].reference

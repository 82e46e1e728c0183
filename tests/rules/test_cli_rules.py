"""`boligmote flags` and `boligmote candidates` on the demo file."""
from __future__ import annotations

import json
import re

from boligmote.cli import main
from boligmote.rules import RuleSettings, evaluate_pair
from boligmote.rules.sources import readable
from boligmote.services.workspace import Workspace
from boligmote.store import Database


def _pair(demo_path, reference_date):
    with Database.open(demo_path) as db:
        workspace = Workspace.load(db, reference_date)
        for vacant in workspace.vacant_units:
            target = workspace.surroundings(vacant)
            for applicant in workspace.queue:
                expected = evaluate_pair(applicant, target, RuleSettings.defaults(), reference_date)
                if len(expected) >= 2:
                    return applicant.case_no, vacant.unit.id, expected
    raise AssertionError("the demo has no pair with two flags")


def test_flags_json_matches_the_engine(demo_path, reference_date, capsys):
    case_no, unit_id, expected = _pair(demo_path, reference_date)
    assert main(["flags", "--db", str(demo_path), "--applicant", case_no, "--unit", unit_id,
                 "--format", "json", "--today", reference_date.strftime("%d.%m.%Y")]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert [(f["rule"], f["severity"], f["message"], f["scope"]) for f in printed] == [
        (f.rule, f.severity.value, f.message, f.scope.value) for f in expected]


def test_flags_text_names_severity_rule_and_source(demo_path, reference_date, capsys):
    case_no, unit_id, expected = _pair(demo_path, reference_date)
    main(["flags", "--db", str(demo_path), "--applicant", case_no, "--unit", unit_id,
          "--today", reference_date.isoformat()])
    out = capsys.readouterr().out
    for flag in expected:
        assert flag.rule in out and f"[kilde: {readable(flag.source)}]" in out
    assert not re.search(r"\b\d{3} l\.\s?\d", out)  # the team's line references stay out of print
    assert expected[0].severity.label.upper() in out


def test_candidates_are_ranked_with_their_factors(demo_path, reference_date, capsys):
    with Database.open(demo_path) as db:
        unit_id = Workspace.load(db, reference_date).vacant_units[0].unit.id
    assert main(["candidates", "--db", str(demo_path), "--unit", unit_id, "--format", "json", "--limit", "5",
                 "--today", reference_date.isoformat()]) == 0
    ranked = json.loads(capsys.readouterr().out)
    assert [r["rank"] for r in ranked] == list(range(1, len(ranked) + 1)) and ranked
    assert all(r["suitable"] for r in ranked)
    assert all(r["factors"][0] in ("Prioritert", "Ikke prioritert") for r in ranked)


def test_unknown_unit_or_applicant_gives_a_message(demo_path, capsys):
    assert main(["flags", "--db", str(demo_path), "--applicant", "2026/00001", "--unit", "FINNES-IKKE"]) == 1
    assert "FINNES-IKKE finnes ikke" in capsys.readouterr().err
    assert main(["candidates", "--db", str(demo_path), "--unit", "FINNES-IKKE"]) == 1
    assert "ikke blant de ledige" in capsys.readouterr().err

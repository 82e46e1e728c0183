"""`boligmote plan`: the plan as text or JSON, as advice, with locks and forbidden pairs."""
from __future__ import annotations

import json

from boligmote.cli import main


def _plan(demo_path, capsys, *extra) -> dict:
    assert main(["plan", "--db", str(demo_path), "--format", "json", "--today", "23.11.2026", *extra]) == 0
    return json.loads(capsys.readouterr().out)


def test_plan_as_json_says_it_is_advice_and_how_it_was_made(demo_path, capsys):
    data = _plan(demo_path, capsys)
    assert "ikke et vedtak" in data["advice"]
    assert data["status"] == "optimal"
    assert data["settings_version"]["rules"] == 0 and len(data["settings_version"]["planner"]) == 12
    assert data["placements"], "the small demo has vacant units and a queue"
    assert data["measures"]["kritiske"] == 0
    assert data["strict_order"]["kritiske"] >= data["measures"]["kritiske"]
    cases = [p["case_no"] for p in data["placements"]]
    assert len(cases) == len(set(cases))


def test_lock_and_forbid_from_the_command_line(demo_path, capsys):
    first = _plan(demo_path, capsys)["placements"][0]
    pair = f"{first['case_no']}:{first['unit_id']}"
    forbidden = _plan(demo_path, capsys, "--forbid", pair)
    assert all((p["case_no"], p["unit_id"]) != (first["case_no"], first["unit_id"]) for p in forbidden["placements"])
    assert forbidden["forbidden"] == [pair]
    # lock the first applicant into another unit of the first plan
    other = _plan(demo_path, capsys)["placements"][1]["unit_id"]
    locked = _plan(demo_path, capsys, "--lock", f"{first['case_no']}:{other}")
    assert {"case_no": first["case_no"], "unit_id": other} in [
        {"case_no": p["case_no"], "unit_id": p["unit_id"]} for p in locked["placements"] if p["locked"]]


def test_plan_text_is_bokmal_with_the_comparison(demo_path, capsys):
    assert main(["plan", "--db", str(demo_path), "--today", "23.11.2026"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Fordelingsplan – et råd til møtet, ikke et vedtak.")
    assert "streng køorden" in out and "Plasseringer med kritisk varsel" in out
    # the review: the high-ranked applicants the plan houses nowhere, with why; interactions said plainly
    assert "Høyt rangerte søkere uten bolig i planen" in out and "nr. 1 i køen" not in out.split("Høyt rangerte")[0]
    assert "to plasseringer om gangen" in out
    assert "bevist optimal" not in out and "best etter planens vekting" in out


def test_a_malformed_pair_is_refused_without_a_traceback(demo_path, capsys):
    assert main(["plan", "--db", str(demo_path), "--lock", "ingen-kolon"]) == 2
    assert "SAKSNR:BOLIGNR" in capsys.readouterr().err
    assert main(["plan", "--db", str(demo_path), "--lock", "2099/1:X"]) == 1
    assert "står ikke på ventelisten" in capsys.readouterr().err

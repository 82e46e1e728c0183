"""DOMAIN.md §4: no field for ethnicity, nationality, religion, skin colour or «adaptability»."""
from __future__ import annotations

import dataclasses
import re

import boligmote.domain as domain

FORBIDDEN = re.compile(
    r"ethnic|etnisk|etnisitet|national(ity)?$|nationality|nasjonalitet|citizen|statsborger|religio|tro_|"
    r"faith|skin|hudfarge|race|rase|origin|opprinnelse|landbakgrunn|birth_country|fodeland|fødeland|"
    r"adaptab|tilpasning|integrer",
    re.IGNORECASE,
)


def test_schema_has_no_forbidden_field(new_db):
    offenders = []
    for (table,) in new_db.query("SELECT name FROM sqlite_master WHERE type = 'table'"):
        for column in new_db.query(f"PRAGMA table_info({table})"):
            if FORBIDDEN.search(column[1]):
                offenders.append(f"{table}.{column[1]}")
    assert offenders == []


def test_domain_objects_have_no_forbidden_field():
    offenders = []
    for name in dir(domain):
        cls = getattr(domain, name)
        if dataclasses.is_dataclass(cls):
            offenders += [f"{name}.{f.name}" for f in dataclasses.fields(cls) if FORBIDDEN.search(f.name)]
    assert offenders == []


def test_the_checker_would_catch_such_a_field(new_db):
    """Guard against a pattern that matches nothing: an offending column must be found."""
    new_db.conn.execute("CREATE TABLE probe (case_no TEXT, nationality TEXT, religion TEXT)")
    found = [c[1] for c in new_db.query("PRAGMA table_info(probe)") if FORBIDDEN.search(c[1])]
    assert found == ["nationality", "religion"]
    assert not FORBIDDEN.search("national_id")

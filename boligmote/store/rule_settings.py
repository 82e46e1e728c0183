"""Versions of a municipality's setting overrides (the defaults live in resources/).

Rule settings (rule_settings) and meeting/letter settings (meeting_settings, m0004) are
kept the same way: every saved change is a complete new version; old versions stay."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, UTC
from typing import Any

from .database import Database


class RuleSettingsRepository:
    table = "rule_settings"

    def __init__(self, database: Database):
        self.database = database

    def latest(self) -> tuple[int, dict[str, Any]]:
        """(version, overrides); version 0 and no overrides when nothing was ever saved."""
        row = self.database.conn.execute(
            f"SELECT version, overrides FROM {self.table} ORDER BY version DESC LIMIT 1").fetchone()
        return (row[0], json.loads(row[1])) if row else (0, {})

    def add_version(self, overrides: dict[str, Any], note: str) -> int:
        """Store a complete set of overrides as the next version; call inside a transaction."""
        version = self.latest()[0] + 1
        self.database.conn.execute(
            f"INSERT INTO {self.table} (version, created_at, created_by, overrides, note) VALUES (?, ?, ?, ?, ?)",
            (version, datetime.now(UTC).isoformat(timespec="seconds"), self.database.actor,
             json.dumps(overrides, ensure_ascii=False, sort_keys=True), note),
        )
        return version


    def keep_defaults_edition(self, digest: str, defaults_json: str) -> None:
        """Keep the edition of the shipped defaults a decision is made under (m0006); call
        inside the decision's transaction. An edition once kept is never changed."""
        self.database.conn.execute(
            "INSERT OR IGNORE INTO rule_defaults (digest, defaults, first_used_at) VALUES (?, ?, ?)",
            (digest, defaults_json, datetime.now(UTC).isoformat(timespec="seconds")))

    def defaults_edition(self, digest: str) -> dict[str, Any] | None:
        row = self.database.conn.execute("SELECT defaults FROM rule_defaults WHERE digest = ?", (digest,)).fetchone()
        return json.loads(row[0]) if row else None


class MeetingSettingsRepository(RuleSettingsRepository):
    table = "meeting_settings"


@dataclass(frozen=True)
class LatestSettings:
    """Both kinds of settings as an operation starts: (version, overrides) each."""

    rules: tuple[int, dict[str, Any]]
    meeting: tuple[int, dict[str, Any]]
    defaults_kept: bool  # the edition of the shipped rule defaults asked about is kept already (m0006)


def latest_settings(database: Database, defaults_digest: str = "") -> LatestSettings:
    """The newest rule settings and meeting settings, and whether the defaults edition
    `defaults_digest` is kept, in one read: recording a decision needs all three (issue 19 item 2)."""
    newest = "(SELECT {column} FROM {table} ORDER BY version DESC LIMIT 1)"
    row = database.conn.execute(
        "SELECT " + ", ".join(newest.format(column=column, table=table)
                              for table in ("rule_settings", "meeting_settings") for column in ("version", "overrides"))
        + ", EXISTS (SELECT 1 FROM rule_defaults WHERE digest = ?)", (defaults_digest,)).fetchone()
    rule_version, rule_overrides, meeting_version, meeting_overrides, kept = row
    return LatestSettings((rule_version, json.loads(rule_overrides)) if rule_version is not None else (0, {}),
                          (meeting_version, json.loads(meeting_overrides)) if meeting_version is not None else (0, {}),
                          bool(kept))

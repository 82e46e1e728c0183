"""Versions of a municipality's rule-setting overrides (the defaults live in resources/)."""
from __future__ import annotations

import json
from datetime import datetime, timezone

from .database import Database


class RuleSettingsRepository:
    def __init__(self, database: Database):
        self.database = database

    def latest(self) -> tuple[int, dict]:
        """(version, overrides); version 0 and no overrides when nothing was ever saved."""
        row = self.database.conn.execute(
            "SELECT version, overrides FROM rule_settings ORDER BY version DESC LIMIT 1").fetchone()
        return (row[0], json.loads(row[1])) if row else (0, {})

    def add_version(self, overrides: dict, note: str) -> int:
        """Store a complete set of overrides as the next version; call inside a transaction."""
        version = self.latest()[0] + 1
        self.database.conn.execute(
            "INSERT INTO rule_settings (version, created_at, created_by, overrides, note) VALUES (?, ?, ?, ?, ?)",
            (version, datetime.now(timezone.utc).isoformat(timespec="seconds"), self.database.actor,
             json.dumps(overrides, ensure_ascii=False, sort_keys=True), note),
        )
        return version

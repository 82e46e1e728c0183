"""The incident log in the app (issue 17 item 3): who reported an incident, and who registered it.

- `reported_by`: who told the housing office — a role or an organisation («vaktmester», «nabo»,
  «politiet», «boligkontoret»), never a resident's name. Empty for incidents imported before.
- `registered_at` / `registered_by`: when and by which app user an incident was registered in
  the window (the same user name the audit log gives as actor). NULL / empty for imported rows.

Added columns only: incidents were rebuilt in m0006, and nothing here needs a new CHECK on an
old column. An incident registered by mistake may be removed by the app the same day (the
service checks the user; the audit log keeps both steps); the database refuses to delete an
imported incident or one registered more than a day ago, so the log cannot be thinned silently
later.
"""

SQL = """
ALTER TABLE incidents ADD COLUMN reported_by TEXT NOT NULL DEFAULT '' CHECK (length(reported_by) <= 100);
ALTER TABLE incidents ADD COLUMN registered_at TEXT CHECK (registered_at IS NULL OR julianday(registered_at) IS NOT NULL);
ALTER TABLE incidents ADD COLUMN registered_by TEXT NOT NULL DEFAULT '';

CREATE TRIGGER incidents_removed_only_same_day BEFORE DELETE ON incidents
WHEN OLD.registered_at IS NULL OR julianday('now') - julianday(OLD.registered_at) > 1
BEGIN SELECT RAISE(ABORT, 'En hendelse kan bare fjernes samme dag som den ble registrert i programmet'); END;
"""

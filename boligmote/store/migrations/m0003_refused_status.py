"""Applicants can be refused (avslag): a status the initial schema did not allow."""

# The rebuild drops a table other tables refer to, so foreign keys must be off around it.
FOREIGN_KEYS_OFF = True

SQL = """
-- A refusal (avslag) takes the applicant off the waiting list: status «refused».
-- SQLite cannot change a CHECK constraint, so the table is rebuilt (the documented
-- twelve-step way: foreign keys off around the migration, checked before commit).
CREATE TABLE applicants_rebuilt (
    case_no TEXT PRIMARY KEY CHECK (length(trim(case_no)) > 0),
    name TEXT NOT NULL,
    national_id TEXT NOT NULL DEFAULT '',
    household_type TEXT NOT NULL CHECK (household_type IN ('single', 'couple', 'family', 'single_parent', 'elderly')),
    adults INTEGER NOT NULL CHECK (adults >= 1),
    children_ages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(children_ages) AND json_type(children_ages) = 'array'),
    bedrooms_needed INTEGER NOT NULL DEFAULT 1 CHECK (bedrooms_needed >= 0),
    wheelchair_needed INTEGER NOT NULL DEFAULT 0 CHECK (wheelchair_needed IN (0, 1)),
    step_free_needed INTEGER NOT NULL DEFAULT 0 CHECK (step_free_needed IN (0, 1)),
    situation TEXT NOT NULL CHECK (situation IN ('homeless', 'at_risk', 'unsuitable', 'temporary')),
    priority TEXT NOT NULL CHECK (priority IN ('prioritert', 'ikke_prioritert')),
    decision_date TEXT NOT NULL CHECK ((decision_date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(decision_date, '+0 days') = decision_date)),
    needs TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(needs) AND json_type(needs) = 'array'),
    follow_up TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(follow_up) AND json_type(follow_up) = 'array'),
    avoid_buildings TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(avoid_buildings) AND json_type(avoid_buildings) = 'array'),
    school_district TEXT NOT NULL DEFAULT '',
    current_district TEXT NOT NULL DEFAULT '',
    wishes TEXT NOT NULL DEFAULT '',
    consent_to_share INTEGER NOT NULL DEFAULT 0 CHECK (consent_to_share IN (0, 1)),
    lost_home_before INTEGER NOT NULL DEFAULT 0 CHECK (lost_home_before IN (0, 1)),
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'allocated', 'withdrawn', 'refused'))
);

INSERT INTO applicants_rebuilt SELECT * FROM applicants;
DROP TABLE applicants;
ALTER TABLE applicants_rebuilt RENAME TO applicants;
CREATE INDEX applicants_status ON applicants(status);
"""

"""Initial schema: estate, households, incidents, rule settings, meetings, audit log."""

SQL = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE buildings (
    id TEXT PRIMARY KEY,
    address TEXT NOT NULL CHECK (length(trim(address)) > 0),
    postcode TEXT NOT NULL DEFAULT '',
    town TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL CHECK (length(trim(district)) > 0),
    ownership TEXT NOT NULL CHECK (ownership IN ('heleid', 'innskutt')),
    building_type TEXT NOT NULL CHECK (building_type IN ('bygard', 'blokk', 'rekkehus', 'smahus', 'samlokalisert', 'bemannet')),
    total_units INTEGER NOT NULL CHECK (total_units >= 0),
    has_lift INTEGER NOT NULL DEFAULT 0 CHECK (has_lift IN (0, 1)),
    security TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(security) AND json_type(security) = 'array'),
    presence TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(presence) AND json_type(presence) = 'array'),
    area_programme INTEGER NOT NULL DEFAULT 0 CHECK (area_programme IN (0, 1)),
    centre_distance_km REAL NOT NULL DEFAULT 0 CHECK (centre_distance_km >= 0)
);
CREATE INDEX buildings_district ON buildings(district);

CREATE TABLE stairwells (
    id INTEGER PRIMARY KEY,
    building_id TEXT NOT NULL REFERENCES buildings(id),
    label TEXT NOT NULL,
    UNIQUE (building_id, label)
);

CREATE TABLE units (
    id TEXT PRIMARY KEY,
    stairwell_id INTEGER NOT NULL REFERENCES stairwells(id),
    floor INTEGER NOT NULL CHECK (floor BETWEEN -2 AND 60),
    rooms INTEGER NOT NULL CHECK (rooms >= 1),
    bedrooms INTEGER NOT NULL CHECK (bedrooms >= 0 AND bedrooms < rooms),
    area_m2 REAL NOT NULL CHECK (area_m2 > 0),
    rent INTEGER NOT NULL CHECK (rent >= 0),
    unit_type TEXT NOT NULL CHECK (unit_type IN ('ordinaer', 'gjennomgang', 'smahus', 'bemannet')),
    step_free INTEGER NOT NULL DEFAULT 0 CHECK (step_free IN (0, 1)),
    wheelchair_access INTEGER NOT NULL DEFAULT 0 CHECK (wheelchair_access IN (0, 1)),
    status TEXT NOT NULL CHECK (status IN ('occupied', 'vacant', 'refurbishment')),
    vacant_from TEXT CHECK (vacant_from IS NULL OR (vacant_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(vacant_from, '+0 days') = vacant_from)),
    earmark TEXT NOT NULL DEFAULT ''
);
CREATE INDEX units_stairwell ON units(stairwell_id);
CREATE INDEX units_status ON units(status);

CREATE TABLE tenancies (
    id INTEGER PRIMARY KEY,
    unit_id TEXT NOT NULL REFERENCES units(id),
    household_type TEXT NOT NULL CHECK (household_type IN ('single', 'couple', 'family', 'single_parent', 'elderly')),
    adults INTEGER NOT NULL CHECK (adults >= 1),
    children_ages TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(children_ages) AND json_type(children_ages) = 'array'),
    needs TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(needs) AND json_type(needs) = 'array'),
    follow_up TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(follow_up) AND json_type(follow_up) = 'array'),
    contract_start TEXT CHECK (contract_start IS NULL OR (contract_start GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(contract_start, '+0 days') = contract_start)),
    contract_end TEXT CHECK (contract_end IS NULL OR (contract_end GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(contract_end, '+0 days') = contract_end)),
    ended_on TEXT CHECK (ended_on IS NULL OR (ended_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(ended_on, '+0 days') = ended_on))
);
-- one current household per unit
CREATE UNIQUE INDEX tenancies_current_per_unit ON tenancies(unit_id) WHERE ended_on IS NULL;

CREATE TABLE applicants (
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
    status TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'allocated', 'withdrawn'))
);
CREATE INDEX applicants_status ON applicants(status);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY,
    building_id TEXT NOT NULL REFERENCES buildings(id),
    stairwell_id INTEGER REFERENCES stairwells(id),
    occurred_on TEXT NOT NULL CHECK ((occurred_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(occurred_on, '+0 days') = occurred_on)),
    incident_type TEXT NOT NULL CHECK (incident_type IN ('naboklage', 'uro', 'haerverk', 'innbrudd', 'besokstrafikk', 'framleie', 'sproyter', 'trusler')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX incidents_building ON incidents(building_id, occurred_on);

-- Rule settings: every saved change is a new version; decisions record the version.
CREATE TABLE rule_settings (
    version INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    overrides TEXT NOT NULL CHECK (json_valid(overrides)),
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    held_on TEXT NOT NULL CHECK ((held_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(held_on, '+0 days') = held_on)),
    place TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT 'Tildelingsmøte',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'closed', 'signed')),
    signed_at TEXT,
    minutes_sha256 TEXT NOT NULL DEFAULT ''
);

CREATE TABLE participants (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    name TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role TEXT NOT NULL CHECK (role IN ('chair', 'secretary', 'member', 'advisor')),
    organisation TEXT NOT NULL DEFAULT '',
    has_decision_authority INTEGER NOT NULL DEFAULT 0 CHECK (has_decision_authority IN (0, 1))
);
CREATE INDEX participants_meeting ON participants(meeting_id);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    case_no TEXT NOT NULL REFERENCES applicants(case_no),
    unit_id TEXT REFERENCES units(id),
    prepared_by TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX proposals_meeting ON proposals(meeting_id);

CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    case_no TEXT NOT NULL REFERENCES applicants(case_no),
    outcome TEXT NOT NULL CHECK (outcome IN ('tildelt', 'avslag', 'utsatt', 'trukket')),
    unit_id TEXT REFERENCES units(id),
    move_in_deadline TEXT CHECK (move_in_deadline IS NULL OR (move_in_deadline GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(move_in_deadline, '+0 days') = move_in_deadline)),
    lease_type TEXT CHECK (lease_type IN ('tidsbestemt', 'tidsubestemt') OR lease_type IS NULL),
    lease_years INTEGER CHECK (lease_years IS NULL OR lease_years >= 1),
    conditions TEXT NOT NULL DEFAULT '',
    reasons TEXT NOT NULL CHECK (length(trim(reasons)) > 0),
    criteria TEXT NOT NULL DEFAULT '',
    alternatives TEXT NOT NULL DEFAULT '',
    dissent TEXT NOT NULL DEFAULT '',
    settings_version INTEGER NOT NULL DEFAULT 0,
    decided_at TEXT NOT NULL,
    CHECK (outcome != 'tildelt' OR unit_id IS NOT NULL)
);
CREATE INDEX decisions_meeting ON decisions(meeting_id);

-- The flags as they stood at decision time, and how the meeting weighed each.
CREATE TABLE decision_flags (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES decisions(id),
    rule TEXT NOT NULL,
    severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    message TEXT NOT NULL,
    scope TEXT NOT NULL CHECK (scope IN ('stairwell', 'building', 'unit', 'applicant')),
    source TEXT NOT NULL DEFAULT '',
    weighing TEXT NOT NULL DEFAULT '',
    acknowledged INTEGER NOT NULL DEFAULT 0 CHECK (acknowledged IN (0, 1)),
    CHECK (severity != 'critical' OR length(trim(weighing)) > 0)
);
CREATE INDEX decision_flags_decision ON decision_flags(decision_id);

-- Append-only; each row carries the SHA-256 of the previous one so tampering shows.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL DEFAULT '',
    detail TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(detail)),
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Revisjonsloggen kan ikke endres'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'Revisjonsloggen kan ikke slettes'); END;

-- A signed meeting and everything under it is frozen in the database itself.
CREATE TRIGGER meetings_signed_no_update BEFORE UPDATE ON meetings WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER meetings_signed_no_delete BEFORE DELETE ON meetings WHEN OLD.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke slettes'); END;
CREATE TRIGGER participants_signed_no_insert BEFORE INSERT ON participants
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER participants_signed_no_update BEFORE UPDATE ON participants
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER participants_signed_no_delete BEFORE DELETE ON participants
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER proposals_signed_no_insert BEFORE INSERT ON proposals
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER proposals_signed_no_update BEFORE UPDATE ON proposals
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER proposals_signed_no_delete BEFORE DELETE ON proposals
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER decisions_signed_no_insert BEFORE INSERT ON decisions
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER decisions_signed_no_update BEFORE UPDATE ON decisions
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER decisions_signed_no_delete BEFORE DELETE ON decisions
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER decision_flags_signed_no_insert BEFORE INSERT ON decision_flags
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = NEW.decision_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER decision_flags_signed_no_update BEFORE UPDATE ON decision_flags
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = OLD.decision_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER decision_flags_signed_no_delete BEFORE DELETE ON decision_flags
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = OLD.decision_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
"""

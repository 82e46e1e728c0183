"""Meeting records: agenda units, dissent by name, undo data, signed minutes, addenda.

A signed meeting is frozen in the database itself (DESIGN.md «Reliability»): these
tables follow the same rule as m0001's, and the signed minutes and their addenda are
append-only documents with their SHA-256.
"""

SQL = """
-- Whether every member with decision authority signs (not only chair and secretary).
ALTER TABLE meetings ADD COLUMN all_members_sign INTEGER NOT NULL DEFAULT 0 CHECK (all_members_sign IN (0, 1));

-- What an allocation changed, so that undo can put back exactly that.
ALTER TABLE decisions ADD COLUMN tenancy_id INTEGER REFERENCES tenancies(id);
ALTER TABLE decisions ADD COLUMN unit_vacant_from TEXT CHECK (unit_vacant_from IS NULL OR (unit_vacant_from GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(unit_vacant_from, '+0 days') = unit_vacant_from));

-- A case is on an agenda once and decided once per meeting.
CREATE UNIQUE INDEX proposals_one_per_case ON proposals(meeting_id, case_no);
CREATE UNIQUE INDEX decisions_one_per_case ON decisions(meeting_id, case_no);

-- The vacant units the meeting is to allocate (agenda, beside the applicants' cases).
CREATE TABLE agenda_units (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    unit_id TEXT NOT NULL REFERENCES units(id),
    note TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (meeting_id, unit_id)
);

-- Dissent (dissens) names the member: only members with decision authority vote.
CREATE TABLE decision_dissents (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES decisions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    opinion TEXT NOT NULL CHECK (length(trim(opinion)) > 0)
);
CREATE INDEX decision_dissents_decision ON decision_dissents(decision_id);

-- The minutes exactly as signed; the hash is also in meetings.minutes_sha256.
CREATE TABLE signed_minutes (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id),
    signed_at TEXT NOT NULL,
    signed_by TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    pdf BLOB NOT NULL
);

-- A correction after signing is a new, dated addendum with its own page (tillegg).
CREATE TABLE addenda (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    decision_id INTEGER REFERENCES decisions(id),
    dated TEXT NOT NULL CHECK ((dated GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(dated, '+0 days') = dated)),
    author TEXT NOT NULL CHECK (length(trim(author)) > 0),
    text TEXT NOT NULL CHECK (length(trim(text)) > 0),
    created_at TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    pdf BLOB NOT NULL
);
CREATE INDEX addenda_meeting ON addenda(meeting_id);

-- A meeting is never created signed, and becomes signed only together with its minutes.
CREATE TRIGGER meetings_not_created_signed BEFORE INSERT ON meetings WHEN NEW.status = 'signed'
BEGIN SELECT RAISE(ABORT, 'Et møte kan ikke opprettes som signert'); END;
CREATE TRIGGER meetings_signed_needs_minutes BEFORE UPDATE OF status ON meetings
WHEN NEW.status = 'signed' AND NOT EXISTS (
    SELECT 1 FROM signed_minutes WHERE meeting_id = NEW.id AND sha256 = NEW.minutes_sha256)
BEGIN SELECT RAISE(ABORT, 'Protokollen må lagres med kontrollsum før møtet settes som signert'); END;

-- Decisions are made, and undone, only while the meeting is in progress.
CREATE TRIGGER decisions_only_in_progress BEFORE INSERT ON decisions
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) IN ('planned', 'closed')
BEGIN SELECT RAISE(ABORT, 'Vedtak kan bare føres mens møtet pågår'); END;
CREATE TRIGGER decisions_undo_only_in_progress BEFORE DELETE ON decisions
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) IN ('planned', 'closed')
BEGIN SELECT RAISE(ABORT, 'Vedtak kan bare angres mens møtet pågår'); END;

CREATE TRIGGER agenda_units_signed_no_insert BEFORE INSERT ON agenda_units
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER agenda_units_signed_no_update BEFORE UPDATE ON agenda_units
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER agenda_units_signed_no_delete BEFORE DELETE ON agenda_units
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;

CREATE TRIGGER decision_dissents_signed_no_insert BEFORE INSERT ON decision_dissents
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = NEW.decision_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER decision_dissents_signed_no_update BEFORE UPDATE ON decision_dissents
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = OLD.decision_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER decision_dissents_signed_no_delete BEFORE DELETE ON decision_dissents
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = OLD.decision_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;

-- Signed minutes: written once, when a closed meeting is signed; never changed.
CREATE TRIGGER signed_minutes_only_when_closed BEFORE INSERT ON signed_minutes
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) IS NOT 'closed'
BEGIN SELECT RAISE(ABORT, 'Bare et avsluttet møte kan signeres'); END;
CREATE TRIGGER signed_minutes_no_update BEFORE UPDATE ON signed_minutes
BEGIN SELECT RAISE(ABORT, 'Den signerte protokollen kan ikke endres'); END;
CREATE TRIGGER signed_minutes_no_delete BEFORE DELETE ON signed_minutes
BEGIN SELECT RAISE(ABORT, 'Den signerte protokollen kan ikke slettes'); END;

-- Addenda: only to signed minutes, about one of the meeting's own decisions; append-only.
CREATE TRIGGER addenda_only_when_signed BEFORE INSERT ON addenda
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) IS NOT 'signed'
BEGIN SELECT RAISE(ABORT, 'Tillegg føres bare til en signert protokoll'); END;
CREATE TRIGGER addenda_decision_of_meeting BEFORE INSERT ON addenda
WHEN NEW.decision_id IS NOT NULL
 AND (SELECT meeting_id FROM decisions WHERE id = NEW.decision_id) IS NOT NEW.meeting_id
BEGIN SELECT RAISE(ABORT, 'Tillegget gjelder et vedtak fra et annet møte'); END;
CREATE TRIGGER addenda_no_update BEFORE UPDATE ON addenda
BEGIN SELECT RAISE(ABORT, 'Et tillegg til en signert protokoll kan ikke endres'); END;
CREATE TRIGGER addenda_no_delete BEFORE DELETE ON addenda
BEGIN SELECT RAISE(ABORT, 'Et tillegg til en signert protokoll kan ikke slettes'); END;
"""

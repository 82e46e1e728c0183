"""A record that holds up in an appeal (klagesak): who decided, who stood aside, who was away.

Adds what forvaltningsloven asks of the record and the letters (issue 13):
- applicants' postal address and contact data, for the letter's address block;
- meetings' start and end time, participants' attendance (forfall);
- per decision: the reasons to the applicant (the existing `reasons`) beside the meeting's
  internal notes, how consent to share was handled, the members who decided and those who
  stood aside as disqualified (inhabil, fvl § 6), and the higher-ranked candidates that
  were passed over with the reason (equal treatment);
- the flag text with small neighbour counts masked, as the minutes print it;
- the members who signed the minutes, with the moment each signed.

Existing table and column names stay: other tools read this file, so columns are added,
never renamed. The new tables follow m0001/m0002: frozen once the meeting is signed.
"""

SQL = """
-- 1. Contact data for letters. c/o goes in postal_address; letters follow the municipality's
--    written language, the interpreter language is a note for the meeting.
ALTER TABLE applicants ADD COLUMN postal_address TEXT NOT NULL DEFAULT '';
ALTER TABLE applicants ADD COLUMN postal_code TEXT NOT NULL DEFAULT '';
ALTER TABLE applicants ADD COLUMN postal_town TEXT NOT NULL DEFAULT '';
ALTER TABLE applicants ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE applicants ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE applicants ADD COLUMN interpreter_language TEXT NOT NULL DEFAULT '';

-- The applicant's contact at the office for this case (default: who prepared it).
ALTER TABLE proposals ADD COLUMN contact_person TEXT NOT NULL DEFAULT '';

-- 2. When the meeting was opened and closed (set by start and close).
ALTER TABLE meetings ADD COLUMN started_at TEXT;
ALTER TABLE meetings ADD COLUMN ended_at TEXT;

-- 3. Attendance: a member who sent apologies (forfall) is minuted and does not decide.
ALTER TABLE participants ADD COLUMN attendance TEXT NOT NULL DEFAULT 'present'
    CHECK (attendance IN ('present', 'apologies'));

-- 4. Decisions: what only the minutes show, and how consent to share was handled.
ALTER TABLE decisions ADD COLUMN internal_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN consent_handling TEXT NOT NULL DEFAULT ''
    CHECK (consent_handling IN ('', 'consent_given', 'office_only', 'exception'));
ALTER TABLE decisions ADD COLUMN consent_note TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN passed_over_reason TEXT NOT NULL DEFAULT '';

-- The flag's text as the minutes print it: counts of other households below the privacy
-- setting read «færre enn 3». Empty for decisions made before this migration.
ALTER TABLE decision_flags ADD COLUMN message_masked TEXT NOT NULL DEFAULT '';

-- Who decided each case, and who stood aside as disqualified (fvl § 6) with the ground.
CREATE TABLE decision_members (
    decision_id INTEGER NOT NULL REFERENCES decisions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    part TEXT NOT NULL CHECK (part IN ('decider', 'disqualified')),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (decision_id, participant_id)
);
CREATE INDEX decision_members_participant ON decision_members(participant_id);

-- Higher-ranked candidates for the same unit that the meeting passed over, and why.
CREATE TABLE decision_passed_over (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES decisions(id),
    case_no TEXT NOT NULL REFERENCES applicants(case_no),
    rank INTEGER NOT NULL CHECK (rank >= 1),
    reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    UNIQUE (decision_id, case_no)
);
CREATE INDEX decision_passed_over_decision ON decision_passed_over(decision_id);

-- The members who signed the minutes (chair, secretary, and members if all sign).
CREATE TABLE minutes_signers (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    signed_as TEXT NOT NULL CHECK (signed_as IN ('chair', 'secretary', 'member')),
    signed_at TEXT NOT NULL,
    PRIMARY KEY (meeting_id, participant_id)
);

-- Meeting and letter settings are versioned like the rule settings (m0001 rule_settings):
-- a letter's hjemmel or an office address that changes is a new version, and the old one
-- stays readable. Overrides held in meta until now become version 1.
CREATE TABLE meeting_settings (
    version INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    overrides TEXT NOT NULL CHECK (json_valid(overrides) AND json_type(overrides) = 'object'),
    note TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER meeting_settings_no_update BEFORE UPDATE ON meeting_settings
BEGIN SELECT RAISE(ABORT, 'En lagret versjon av innstillingene kan ikke endres; lagre en ny versjon'); END;
CREATE TRIGGER meeting_settings_no_delete BEFORE DELETE ON meeting_settings
BEGIN SELECT RAISE(ABORT, 'En lagret versjon av innstillingene kan ikke slettes'); END;
INSERT INTO meeting_settings (version, created_at, created_by, overrides, note)
SELECT 1, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'), 'oppgradering', value, 'fra før versjonering'
FROM meta WHERE key = 'meeting_settings' AND json_valid(value);
DELETE FROM meta WHERE key = 'meeting_settings';

-- Decisions remember the meeting settings version they were made under (hjemmel, deadlines).
ALTER TABLE decisions ADD COLUMN meeting_settings_version INTEGER NOT NULL DEFAULT 0;

-- A decision letter is frozen when it is issued: the exact bytes and their hash, once per
-- decision; printing it again gives the same letter, and verify checks it (issue 14).
CREATE TABLE issued_letters (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL UNIQUE REFERENCES decisions(id),
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    pdf BLOB NOT NULL
);
CREATE TRIGGER issued_letters_no_update BEFORE UPDATE ON issued_letters
BEGIN SELECT RAISE(ABORT, 'Et sendt vedtaksbrev kan ikke endres'); END;
CREATE TRIGGER issued_letters_no_delete BEFORE DELETE ON issued_letters
BEGIN SELECT RAISE(ABORT, 'Et sendt vedtaksbrev kan ikke slettes'); END;

-- Decisions recorded before this migration in meetings not yet signed: every member with
-- decision authority decided, as the minutes then said. Signed meetings keep their record.
INSERT INTO decision_members (decision_id, participant_id, part)
SELECT d.id, p.id, 'decider' FROM decisions d
JOIN meetings m ON m.id = d.meeting_id AND m.status != 'signed'
JOIN participants p ON p.meeting_id = d.meeting_id AND p.has_decision_authority = 1;

-- The chair holds decision authority (only advisers, such as the landlord, do not decide).
CREATE TRIGGER participants_chair_decides_insert BEFORE INSERT ON participants
WHEN NEW.role = 'chair' AND NEW.has_decision_authority = 0
BEGIN SELECT RAISE(ABORT, 'Møtelederen må ha vedtaksmyndighet'); END;
CREATE TRIGGER participants_chair_decides_update BEFORE UPDATE ON participants
WHEN NEW.role = 'chair' AND NEW.has_decision_authority = 0
BEGIN SELECT RAISE(ABORT, 'Møtelederen må ha vedtaksmyndighet'); END;

-- Authority, role and attendance are part of a decided case: they cannot change afterwards.
CREATE TRIGGER participants_fixed_once_decided BEFORE UPDATE ON participants
WHEN EXISTS (SELECT 1 FROM decision_members WHERE participant_id = OLD.id)
 AND (NEW.has_decision_authority IS NOT OLD.has_decision_authority OR NEW.role IS NOT OLD.role
      OR NEW.attendance IS NOT OLD.attendance OR NEW.meeting_id IS NOT OLD.meeting_id)
BEGIN SELECT RAISE(ABORT, 'Deltakeren har vært med på et vedtak; vedtaksmyndighet, rolle og oppmøte kan ikke endres'); END;

-- Only a present member with decision authority of the same meeting decides.
CREATE TRIGGER decision_members_decider_valid BEFORE INSERT ON decision_members
WHEN NEW.part = 'decider' AND NOT EXISTS (
    SELECT 1 FROM participants p JOIN decisions d ON d.meeting_id = p.meeting_id
    WHERE p.id = NEW.participant_id AND d.id = NEW.decision_id
      AND p.has_decision_authority = 1 AND p.attendance = 'present')
BEGIN SELECT RAISE(ABORT, 'Bare møtende medlemmer med vedtaksmyndighet kan fatte vedtak'); END;
CREATE TRIGGER decision_members_same_meeting BEFORE INSERT ON decision_members
WHEN NOT EXISTS (SELECT 1 FROM participants p JOIN decisions d ON d.meeting_id = p.meeting_id
                 WHERE p.id = NEW.participant_id AND d.id = NEW.decision_id)
BEGIN SELECT RAISE(ABORT, 'Deltakeren hører ikke til møtet vedtaket ble fattet i'); END;
CREATE TRIGGER decision_members_no_update BEFORE UPDATE ON decision_members
BEGIN SELECT RAISE(ABORT, 'Hvem som fattet et vedtak kan ikke endres; angre vedtaket og før det på nytt'); END;

-- Frozen with the meeting, like the decision they belong to (m0001, m0002).
CREATE TRIGGER decision_members_signed_no_insert BEFORE INSERT ON decision_members
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = NEW.decision_id) != 'in_progress'
BEGIN SELECT RAISE(ABORT, 'Vedtak kan bare føres mens møtet pågår'); END;
CREATE TRIGGER decision_members_signed_no_delete BEFORE DELETE ON decision_members
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = OLD.decision_id) != 'in_progress'
BEGIN SELECT RAISE(ABORT, 'Vedtak kan bare angres mens møtet pågår'); END;
CREATE TRIGGER decision_passed_over_no_insert BEFORE INSERT ON decision_passed_over
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = NEW.decision_id) != 'in_progress'
BEGIN SELECT RAISE(ABORT, 'Vedtak kan bare føres mens møtet pågår'); END;
CREATE TRIGGER decision_passed_over_no_update BEFORE UPDATE ON decision_passed_over
BEGIN SELECT RAISE(ABORT, 'Et ført vedtak kan ikke endres; angre vedtaket og før det på nytt'); END;
CREATE TRIGGER decision_passed_over_no_delete BEFORE DELETE ON decision_passed_over
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = OLD.decision_id) != 'in_progress'
BEGIN SELECT RAISE(ABORT, 'Vedtak kan bare angres mens møtet pågår'); END;

-- A tildelt/avslag without a decider cannot be signed: someone with authority decided it.
CREATE TRIGGER meetings_signed_needs_deciders BEFORE UPDATE OF status ON meetings
WHEN NEW.status = 'signed' AND EXISTS (
    SELECT 1 FROM decisions d WHERE d.meeting_id = NEW.id AND d.outcome IN ('tildelt', 'avslag')
      AND NOT EXISTS (SELECT 1 FROM decision_members x WHERE x.decision_id = d.id AND x.part = 'decider'))
BEGIN SELECT RAISE(ABORT, 'Et vedtak i møtet har ingen som fattet det; møtet kan ikke signeres'); END;

-- Signers are written once, as the closed meeting is signed; never changed.
CREATE TRIGGER minutes_signers_only_when_closed BEFORE INSERT ON minutes_signers
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) IS NOT 'closed'
  OR (SELECT meeting_id FROM participants WHERE id = NEW.participant_id) IS NOT NEW.meeting_id
BEGIN SELECT RAISE(ABORT, 'Bare deltakere i et avsluttet møte kan signere protokollen'); END;
CREATE TRIGGER minutes_signers_no_update BEFORE UPDATE ON minutes_signers
BEGIN SELECT RAISE(ABORT, 'Den signerte protokollen kan ikke endres'); END;
CREATE TRIGGER minutes_signers_no_delete BEFORE DELETE ON minutes_signers
BEGIN SELECT RAISE(ABORT, 'Den signerte protokollen kan ikke endres'); END;
"""

"""Renewals decided in the meeting (issue 17 item 1): on the agenda, decided, frozen when signed.

- `agenda_renewals`: a tenancy whose lease runs out, on one meeting's agenda, as a case of its
  own (the office's case number and the tenant's name: a refusal is an enkeltvedtak sent to
  someone). The lease end as it stood when the case was put on the agenda is kept.
- `renewal_decisions`: renewed, renewed with conditions, not renewed, transfer to another unit.
  A lease not renewed has a move-out date (fraflyttingsfrist): the lease's end, or a later day when
  the lease runs out before the meeting or too soon after it.
  A renewed lease keeps its start, length and end, and the reason for its length (the lease
  rules, the youngest child's birth date when the age on the start date decided it).
  Husleieloven § 9-3 makes three years the minimum of a fixed-term lease of a home; § 11-1
  allows shorter for housing earmarked for the disadvantaged when the tenant was told so in
  writing beforehand: a CHECK refuses a shorter lease without the basis and the date the tenant
  was informed (on or before the lease starts). The municipality's own minimum is a setting the
  service enforces; the CHECK holds the statute's three years, which no setting lowers.
- who decided and who stood aside (fvl § 6), as m0004's decision_members for allocations;
- letters for a renewal refused, frozen when issued (as m0004's issued_letters);
- follow-up points from a renewal's conditions (m0008's table, one column more);
- the applicant a transfer put in the queue points back to the tenancy it came from.

Everything under a meeting follows m0001/m0002/m0004: written while the meeting is in progress,
frozen once it is signed.
"""

_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date({0}, '+0 days') = {0}"


def _date(column: str, nullable: bool = True) -> str:
    check = _DATE.format(column)
    return f"CHECK ({column} IS NULL OR ({column} {check}))" if nullable else f"CHECK ({column} {check})"


SQL = f"""
CREATE TABLE agenda_renewals (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    tenancy_id INTEGER NOT NULL REFERENCES tenancies(id),
    case_no TEXT NOT NULL CHECK (length(trim(case_no)) > 0 AND length(case_no) <= 40),
    tenant_name TEXT NOT NULL CHECK (length(trim(tenant_name)) > 0 AND length(tenant_name) <= 200),
    lease_ends TEXT NOT NULL {_date('lease_ends', nullable=False)},
    prepared_by TEXT NOT NULL DEFAULT '',
    contact_person TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (meeting_id, tenancy_id),
    UNIQUE (meeting_id, case_no)
);
CREATE INDEX agenda_renewals_tenancy ON agenda_renewals(tenancy_id);

CREATE TABLE renewal_decisions (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    agenda_renewal_id INTEGER NOT NULL UNIQUE REFERENCES agenda_renewals(id),
    tenancy_id INTEGER NOT NULL REFERENCES tenancies(id),
    outcome TEXT NOT NULL CHECK (outcome IN ('renewed', 'renewed_conditions', 'not_renewed', 'transfer')),
    lease_starts TEXT {_date('lease_starts')},
    lease_years INTEGER CHECK (lease_years IS NULL OR lease_years >= 1),
    lease_ends TEXT {_date('lease_ends')},
    lease_reason TEXT NOT NULL DEFAULT '',
    youngest_child_born TEXT {_date('youngest_child_born')},
    short_term_basis TEXT NOT NULL DEFAULT '',
    tenant_informed_on TEXT {_date('tenant_informed_on')},
    conditions TEXT NOT NULL DEFAULT '',
    reasons TEXT NOT NULL DEFAULT '',
    internal_notes TEXT NOT NULL DEFAULT '',
    previous_lease_ends TEXT NOT NULL {_date('previous_lease_ends', nullable=False)},
    move_out_by TEXT {_date('move_out_by')},
    transfer_case_no TEXT REFERENCES applicants(case_no),
    meeting_settings_version INTEGER NOT NULL DEFAULT 0,
    decided_at TEXT NOT NULL,
    -- a renewal has a lease, and only a renewal has one
    CHECK ((outcome IN ('renewed', 'renewed_conditions'))
           = (lease_starts IS NOT NULL AND lease_years IS NOT NULL AND lease_ends IS NOT NULL)),
    CHECK (lease_ends IS NULL OR lease_ends > lease_starts),
    CHECK (outcome != 'renewed_conditions' OR length(trim(conditions)) > 0),
    -- a refusal and a transfer are reasoned (forvaltningsloven §§ 24–25)
    CHECK (outcome NOT IN ('not_renewed', 'transfer') OR length(trim(reasons)) > 0),
    CHECK ((outcome = 'transfer') = (transfer_case_no IS NOT NULL)),
    -- a lease not renewed says when the tenant must have moved out: never before the lease runs out
    CHECK ((outcome = 'not_renewed') = (move_out_by IS NOT NULL)),
    CHECK (move_out_by IS NULL OR move_out_by >= previous_lease_ends),
    -- husleieloven § 9-3: three years; shorter only under § 11-1, the tenant told in writing beforehand
    CHECK (lease_years IS NULL OR lease_years >= 3
           OR (length(trim(short_term_basis)) > 0 AND tenant_informed_on IS NOT NULL
               AND tenant_informed_on <= lease_starts)),
    CHECK (tenant_informed_on IS NULL OR length(trim(short_term_basis)) > 0)
);
CREATE INDEX renewal_decisions_meeting ON renewal_decisions(meeting_id);
CREATE INDEX renewal_decisions_tenancy ON renewal_decisions(tenancy_id);

CREATE TABLE renewal_decision_members (
    renewal_decision_id INTEGER NOT NULL REFERENCES renewal_decisions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    part TEXT NOT NULL CHECK (part IN ('decider', 'disqualified')),
    note TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (renewal_decision_id, participant_id)
);
CREATE INDEX renewal_decision_members_participant ON renewal_decision_members(participant_id);

CREATE TABLE issued_renewal_letters (
    id INTEGER PRIMARY KEY,
    renewal_decision_id INTEGER NOT NULL UNIQUE REFERENCES renewal_decisions(id),
    issued_at TEXT NOT NULL,
    issued_by TEXT NOT NULL,
    sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
    pdf BLOB NOT NULL
);

ALTER TABLE follow_up_points ADD COLUMN renewal_decision_id INTEGER REFERENCES renewal_decisions(id);
CREATE INDEX follow_up_points_renewal_decision ON follow_up_points(renewal_decision_id);
ALTER TABLE applicants ADD COLUMN transferred_from_tenancy INTEGER REFERENCES tenancies(id);

-- Møte → Fornyelser reads the current tenancies by lease end (≤ 50 ms on the oslo file, bench/).
CREATE INDEX tenancies_current_contract_end ON tenancies(contract_end) WHERE ended_on IS NULL;

-- The agenda: changed until the meeting is signed; a decided case stays on it.
CREATE TRIGGER agenda_renewals_signed_no_insert BEFORE INSERT ON agenda_renewals
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER agenda_renewals_signed_no_update BEFORE UPDATE ON agenda_renewals
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER agenda_renewals_signed_no_delete BEFORE DELETE ON agenda_renewals
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER agenda_renewals_decided_fixed BEFORE UPDATE ON agenda_renewals
WHEN EXISTS (SELECT 1 FROM renewal_decisions WHERE agenda_renewal_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'Fornyelsessaken er avgjort og kan ikke endres; angre vedtaket først'); END;

-- Decisions: made and undone only while the meeting is in progress, never edited.
CREATE TRIGGER renewal_decisions_only_in_progress BEFORE INSERT ON renewal_decisions
WHEN (SELECT status FROM meetings WHERE id = NEW.meeting_id) IS NOT 'in_progress'
  OR (SELECT meeting_id FROM agenda_renewals WHERE id = NEW.agenda_renewal_id) IS NOT NEW.meeting_id
  OR (SELECT tenancy_id FROM agenda_renewals WHERE id = NEW.agenda_renewal_id) IS NOT NEW.tenancy_id
BEGIN SELECT RAISE(ABORT, 'Vedtak om fornyelse kan bare føres mens møtet pågår, for en sak på sakslisten'); END;
CREATE TRIGGER renewal_decisions_no_update BEFORE UPDATE ON renewal_decisions
BEGIN SELECT RAISE(ABORT, 'Et ført vedtak kan ikke endres; angre vedtaket og før det på nytt'); END;
CREATE TRIGGER renewal_decisions_undo_only_in_progress BEFORE DELETE ON renewal_decisions
WHEN (SELECT status FROM meetings WHERE id = OLD.meeting_id) IS NOT 'in_progress'
BEGIN SELECT RAISE(ABORT, 'Vedtak kan bare angres mens møtet pågår'); END;

-- Who decided: present members with decision authority of the same meeting (m0004).
CREATE TRIGGER renewal_decision_members_valid BEFORE INSERT ON renewal_decision_members
WHEN NOT EXISTS (SELECT 1 FROM participants p JOIN renewal_decisions d ON d.meeting_id = p.meeting_id
                 WHERE p.id = NEW.participant_id AND d.id = NEW.renewal_decision_id)
  OR (NEW.part = 'decider' AND NOT EXISTS (
        SELECT 1 FROM participants p WHERE p.id = NEW.participant_id
          AND p.has_decision_authority = 1 AND p.attendance = 'present'))
BEGIN SELECT RAISE(ABORT, 'Bare møtende medlemmer med vedtaksmyndighet i møtet kan fatte vedtak'); END;
CREATE TRIGGER renewal_decision_members_in_progress BEFORE INSERT ON renewal_decision_members
WHEN (SELECT m.status FROM renewal_decisions d JOIN meetings m ON m.id = d.meeting_id
      WHERE d.id = NEW.renewal_decision_id) IS NOT 'in_progress'
BEGIN SELECT RAISE(ABORT, 'Vedtak kan bare føres mens møtet pågår'); END;
CREATE TRIGGER renewal_decision_members_no_update BEFORE UPDATE ON renewal_decision_members
BEGIN SELECT RAISE(ABORT, 'Hvem som fattet et vedtak kan ikke endres; angre vedtaket og før det på nytt'); END;
CREATE TRIGGER renewal_decision_members_no_delete BEFORE DELETE ON renewal_decision_members
WHEN (SELECT m.status FROM renewal_decisions d JOIN meetings m ON m.id = d.meeting_id
      WHERE d.id = OLD.renewal_decision_id) IS NOT 'in_progress'
BEGIN SELECT RAISE(ABORT, 'Vedtak kan bare angres mens møtet pågår'); END;
CREATE TRIGGER participants_fixed_once_renewal_decided BEFORE UPDATE ON participants
WHEN EXISTS (SELECT 1 FROM renewal_decision_members WHERE participant_id = OLD.id)
 AND (NEW.has_decision_authority IS NOT OLD.has_decision_authority OR NEW.role IS NOT OLD.role
      OR NEW.attendance IS NOT OLD.attendance OR NEW.meeting_id IS NOT OLD.meeting_id)
BEGIN SELECT RAISE(ABORT, 'Deltakeren har vært med på et vedtak; vedtaksmyndighet, rolle og oppmøte kan ikke endres'); END;
CREATE TRIGGER meetings_signed_needs_renewal_deciders BEFORE UPDATE OF status ON meetings
WHEN NEW.status = 'signed' AND EXISTS (
    SELECT 1 FROM renewal_decisions d WHERE d.meeting_id = NEW.id
      AND NOT EXISTS (SELECT 1 FROM renewal_decision_members x
                      WHERE x.renewal_decision_id = d.id AND x.part = 'decider'))
BEGIN SELECT RAISE(ABORT, 'Et vedtak om fornyelse i møtet har ingen som fattet det; møtet kan ikke signeres'); END;

-- A letter as sent: never changed, never removed.
CREATE TRIGGER issued_renewal_letters_no_update BEFORE UPDATE ON issued_renewal_letters
BEGIN SELECT RAISE(ABORT, 'Et sendt vedtaksbrev kan ikke endres'); END;
CREATE TRIGGER issued_renewal_letters_no_delete BEFORE DELETE ON issued_renewal_letters
BEGIN SELECT RAISE(ABORT, 'Et sendt vedtaksbrev kan ikke slettes'); END;

-- Follow-up points a renewal's conditions created: what they promise is fixed (m0008), and they go
-- only with the decision, undone while its meeting is in progress.
CREATE TRIGGER follow_up_points_renewal_fixed BEFORE UPDATE ON follow_up_points
WHEN NEW.renewal_decision_id IS NOT OLD.renewal_decision_id
BEGIN SELECT RAISE(ABORT, 'Hva oppfølgingspunktet gjelder og når det forfaller, kan ikke endres'); END;
CREATE TRIGGER follow_up_points_renewal_no_delete BEFORE DELETE ON follow_up_points
WHEN OLD.renewal_decision_id IS NOT NULL AND (SELECT m.status FROM renewal_decisions d JOIN meetings m
                                              ON m.id = d.meeting_id WHERE d.id = OLD.renewal_decision_id)
                                             IS NOT 'in_progress'
BEGIN SELECT RAISE(ABORT, 'Oppfølgingspunktene til et vedtak kan bare fjernes når vedtaket angres mens møtet pågår'); END;
"""

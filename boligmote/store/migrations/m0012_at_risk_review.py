"""The municipal lawyer's review of tenancies at risk (issue 17 items 4–5).

- `tenancies.lease_no`: the landlord's contract number (kontraktnummer) of a tenancy, unique.
  A ledger row that gives it is matched on it rather than on the unit, so an old balance of a
  former tenant never lands on the household living there now; `ledger_entries.lease_no`
  keeps the number the row gave.
- `at_risk_deciders`: who decided a measure in a meeting — members of that meeting with
  decision authority (vedtaksmyndighet), never free text (DOMAIN.md §1: only members with
  decision authority decide). A measure recorded «i møtet» carries the meeting's date.
- `at_risk_decisions.nav_basis`: telling NAV needs the tenant's consent, or the tenant was asked
  to contact NAV themselves (004 l.1822–1839: the landlord's duty of confidentiality).
- `at_risk_decisions.owner`, `due_on`: who carries the measures out and by when; the deadline
  becomes a follow-up point (`follow_up_points.at_risk_decision_id`).
- `cooperation_plans.tenant_party`, `tenant_agreed_on`, `tenant_agreement`: the tenant is a
  party to the plan and agreed to it (004 l.1559–1582: a plan is voluntary and made with the
  tenant).
- The messages of m0010's triggers say «beslutning», not «vedtak»: a measure for a tenancy at
  risk is an internal decision, not an enkeltvedtak (forvaltningsloven § 2).

Every new column is part of what is frozen once recorded, like the rest of its row.
"""

_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date({c}, '+0 days') = {c}"


def _day(column: str) -> str:
    return f"CHECK ({column} IS NULL OR ({column} {_DATE.format(c=column)}))"


SQL = f"""
ALTER TABLE tenancies ADD COLUMN lease_no TEXT
    CHECK (lease_no IS NULL OR (length(trim(lease_no)) > 0 AND length(lease_no) <= 40));
CREATE UNIQUE INDEX tenancies_lease_no ON tenancies(lease_no) WHERE lease_no IS NOT NULL;
ALTER TABLE ledger_entries ADD COLUMN lease_no TEXT NOT NULL DEFAULT '' CHECK (length(lease_no) <= 40);

ALTER TABLE at_risk_decisions ADD COLUMN nav_basis TEXT
    CHECK (nav_basis IS NULL OR nav_basis IN ('samtykke', 'selv_kontakt'));
ALTER TABLE at_risk_decisions ADD COLUMN owner TEXT CHECK (owner IS NULL OR length(owner) <= 200);
ALTER TABLE at_risk_decisions ADD COLUMN due_on TEXT {_day('due_on')};

-- NAV is told only with the tenant's consent, or the tenant contacts NAV (004 l.1822–1839).
CREATE TRIGGER at_risk_decisions_nav_basis BEFORE INSERT ON at_risk_decisions
WHEN (EXISTS (SELECT 1 FROM json_each(NEW.measures) WHERE value = 'nav')) IS NOT (NEW.nav_basis IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'Tiltaket NAV krever leietakerens samtykke eller at leietakeren selv kontakter NAV'); END;
-- A measure is someone's to carry out by a day.
CREATE TRIGGER at_risk_decisions_owner BEFORE INSERT ON at_risk_decisions
WHEN json_array_length(NEW.measures) > 0
 AND (NEW.owner IS NULL OR length(trim(NEW.owner)) = 0 OR NEW.due_on IS NULL OR NEW.due_on < NEW.decided_on)
BEGIN SELECT RAISE(ABORT, 'Et tiltak må ha en ansvarlig og en frist etter beslutningen'); END;
-- Decided in a meeting: on the meeting's day, never in a meeting still ahead.
CREATE TRIGGER at_risk_decisions_meeting_day BEFORE INSERT ON at_risk_decisions
WHEN NEW.meeting_id IS NOT NULL AND NEW.decided_on IS NOT (SELECT held_on FROM meetings WHERE id = NEW.meeting_id)
BEGIN SELECT RAISE(ABORT, 'En beslutning i et møte har møtets dato'); END;

-- In a signed meeting's minutes nothing is added afterwards.
CREATE TRIGGER at_risk_decisions_signed_meeting BEFORE INSERT ON at_risk_decisions
WHEN NEW.meeting_id IS NOT NULL AND (SELECT status FROM meetings WHERE id = NEW.meeting_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;

CREATE TABLE at_risk_deciders (
    decision_id INTEGER NOT NULL REFERENCES at_risk_decisions(id),
    participant_id INTEGER NOT NULL REFERENCES participants(id),
    PRIMARY KEY (decision_id, participant_id)
);
CREATE TRIGGER at_risk_deciders_member BEFORE INSERT ON at_risk_deciders
WHEN NOT EXISTS (SELECT 1 FROM participants p JOIN at_risk_decisions d ON d.meeting_id = p.meeting_id
                 WHERE p.id = NEW.participant_id AND d.id = NEW.decision_id AND p.has_decision_authority = 1)
BEGIN SELECT RAISE(ABORT, 'Bare møtets medlemmer med vedtaksmyndighet kan stå som dem som besluttet'); END;
CREATE TRIGGER at_risk_deciders_no_update BEFORE UPDATE ON at_risk_deciders
BEGIN SELECT RAISE(ABORT, 'En beslutning om tiltak kan ikke endres; før en ny beslutning'); END;
CREATE TRIGGER at_risk_deciders_no_delete BEFORE DELETE ON at_risk_deciders
BEGIN SELECT RAISE(ABORT, 'En beslutning om tiltak kan ikke slettes'); END;

ALTER TABLE follow_up_points ADD COLUMN at_risk_decision_id INTEGER REFERENCES at_risk_decisions(id);
CREATE INDEX follow_up_points_at_risk_decision ON follow_up_points(at_risk_decision_id);
CREATE TRIGGER follow_up_points_at_risk_fixed BEFORE UPDATE ON follow_up_points
WHEN NEW.at_risk_decision_id IS NOT OLD.at_risk_decision_id
BEGIN SELECT RAISE(ABORT, 'Hva oppfølgingspunktet gjelder og når det forfaller, kan ikke endres'); END;
CREATE TRIGGER follow_up_points_at_risk_no_delete BEFORE DELETE ON follow_up_points
WHEN OLD.at_risk_decision_id IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'Oppfølgingspunktet til en beslutning om tiltak kan ikke slettes'); END;

ALTER TABLE cooperation_plans ADD COLUMN tenant_party TEXT CHECK (tenant_party IS NULL OR length(tenant_party) <= 200);
ALTER TABLE cooperation_plans ADD COLUMN tenant_agreed_on TEXT {_day('tenant_agreed_on')};
ALTER TABLE cooperation_plans ADD COLUMN tenant_agreement TEXT
    CHECK (tenant_agreement IS NULL OR tenant_agreement IN ('skriftlig', 'muntlig'));
-- The tenant is one of the parties, and agreed (the three together or none, for plans made before).
CREATE TRIGGER cooperation_plans_tenant_party BEFORE INSERT ON cooperation_plans
WHEN NOT ((NEW.tenant_party IS NULL AND NEW.tenant_agreed_on IS NULL AND NEW.tenant_agreement IS NULL)
       OR (NEW.tenant_agreed_on IS NOT NULL AND NEW.tenant_agreement IS NOT NULL
           AND EXISTS (SELECT 1 FROM json_each(NEW.parties) WHERE value = NEW.tenant_party)))
BEGIN SELECT RAISE(ABORT, 'Leietakeren må være part i samarbeidsplanen og ha sagt seg enig'); END;
CREATE TRIGGER cooperation_plans_tenant_fixed BEFORE UPDATE ON cooperation_plans
WHEN NEW.tenant_party IS NOT OLD.tenant_party OR NEW.tenant_agreed_on IS NOT OLD.tenant_agreed_on
  OR NEW.tenant_agreement IS NOT OLD.tenant_agreement
BEGIN SELECT RAISE(ABORT, 'Hva samarbeidsplanen sier og hvem som er parter, kan ikke endres; lag en ny plan'); END;

-- «beslutning», not «vedtak» (m0010's messages; the triggers are otherwise the same).
DROP TRIGGER at_risk_decisions_no_update;
CREATE TRIGGER at_risk_decisions_no_update BEFORE UPDATE ON at_risk_decisions
BEGIN SELECT RAISE(ABORT, 'En beslutning om tiltak kan ikke endres; før en ny beslutning'); END;
DROP TRIGGER at_risk_decisions_no_delete;
CREATE TRIGGER at_risk_decisions_no_delete BEFORE DELETE ON at_risk_decisions
BEGIN SELECT RAISE(ABORT, 'En beslutning om tiltak kan ikke slettes'); END;
"""

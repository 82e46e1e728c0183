"""Tenancies at risk and cooperation plans (issue 17 items 4 and 5).

- `ledger_entries`: what the landlord's ledger says about a tenancy, imported (CSV/XLSX): the
  arrears balance on a day (`restanse`, kroner), a notice warning (`varsel_oppsigelse`) or a
  petition for eviction (`begjaering_fravikelse`). One entry per tenancy, day and kind; a new
  import may correct an amount or reference (the audit log has both), never the key, and
  nothing is deleted: a paid balance is a new entry of 0 kr. Unpaid rent and warnings are
  the signs the eviction-prevention circular asks the municipality to act on early
  (004 l.1802–1812, 1863–1869).
- `cooperation_plans`: a samarbeidsplan per tenancy — parties, goals, measures, the day it was
  agreed, the next review, status (004 l.1555–1584: roles and expectations made visible,
  simple and concrete, time-limited and voluntary). At most one active plan per tenancy.
  What was agreed does not change; while active, only the review date moves; once completed
  or ended the plan is frozen.
- `at_risk_decisions`: what the meeting decided for a tenancy at risk — the measures the
  circular names (contact, NAV, debt counselling, follow-up service), a note, who decided and
  when, optionally in which meeting, optionally citing the tenancy's cooperation plan, with
  the ledger as it stood. Operational like follow-up points (m0008), not part of a signed
  record, and frozen at once: a correction is a new decision.
- `decision_plans`: an allocation or renewal decision may cite cooperation plans; the link is
  part of the decision and frozen with it when its meeting is signed.
"""

_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date({c}, '+0 days') = {c}"


def _day(column: str, nullable: bool = False) -> str:
    check = f"{column} {_DATE.format(c=column)}"
    return f"CHECK ({column} IS NULL OR ({check}))" if nullable else f"CHECK ({check})"


SQL = f"""
CREATE TABLE ledger_entries (
    id INTEGER PRIMARY KEY,
    tenancy_id INTEGER NOT NULL REFERENCES tenancies(id),
    entry_on TEXT NOT NULL {_day('entry_on')},
    kind TEXT NOT NULL CHECK (kind IN ('restanse', 'varsel_oppsigelse', 'begjaering_fravikelse')),
    amount INTEGER CHECK (amount IS NULL OR (typeof(amount) = 'integer' AND amount >= 0)),
    reference TEXT NOT NULL DEFAULT '' CHECK (length(reference) <= 64),
    imported_at TEXT NOT NULL CHECK (julianday(imported_at) IS NOT NULL),
    -- an arrears entry is its balance; a warning may carry the amount it claims
    CHECK (kind <> 'restanse' OR amount IS NOT NULL),
    UNIQUE (tenancy_id, entry_on, kind)
);
CREATE INDEX ledger_entries_kind_day ON ledger_entries(kind, entry_on);

CREATE TRIGGER ledger_entries_key_fixed BEFORE UPDATE ON ledger_entries
WHEN NEW.tenancy_id IS NOT OLD.tenancy_id OR NEW.entry_on IS NOT OLD.entry_on OR NEW.kind IS NOT OLD.kind
BEGIN SELECT RAISE(ABORT, 'Leieforholdet, datoen og typen til en post i leiereskontroen kan ikke endres'); END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'Poster fra leiereskontroen kan ikke slettes; en betalt restanse er en ny post på 0 kr'); END;

CREATE TABLE cooperation_plans (
    id INTEGER PRIMARY KEY,
    tenancy_id INTEGER NOT NULL REFERENCES tenancies(id),
    parties TEXT NOT NULL CHECK (json_valid(parties) AND json_type(parties) = 'array' AND json_array_length(parties) >= 2),
    goals TEXT NOT NULL DEFAULT '' CHECK (length(goals) <= 4000),
    measures TEXT NOT NULL CHECK (length(trim(measures)) > 0 AND length(measures) <= 4000),
    agreed_on TEXT NOT NULL {_day('agreed_on')},
    review_on TEXT NOT NULL {_day('review_on')},
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'completed', 'ended')),
    reviewed_on TEXT {_day('reviewed_on', nullable=True)},
    created_at TEXT NOT NULL CHECK (julianday(created_at) IS NOT NULL),
    created_by TEXT NOT NULL,
    closed_on TEXT {_day('closed_on', nullable=True)},
    closed_by TEXT,
    closing_note TEXT CHECK (closing_note IS NULL OR length(closing_note) <= 4000),
    CHECK (review_on >= agreed_on),
    -- closed is all three or none: a plan is never half-closed
    CHECK ((status = 'active' AND closed_on IS NULL AND closed_by IS NULL AND closing_note IS NULL)
        OR (status <> 'active' AND closed_on IS NOT NULL AND length(trim(closed_by)) > 0
            AND length(trim(closing_note)) > 0))
);
CREATE UNIQUE INDEX cooperation_plans_one_active ON cooperation_plans(tenancy_id) WHERE status = 'active';

-- What the parties agreed is the plan; a changed plan is a new plan (004 l.1581–1584).
CREATE TRIGGER cooperation_plans_agreement_fixed BEFORE UPDATE ON cooperation_plans
WHEN NEW.tenancy_id IS NOT OLD.tenancy_id OR NEW.parties IS NOT OLD.parties OR NEW.goals IS NOT OLD.goals
  OR NEW.measures IS NOT OLD.measures OR NEW.agreed_on IS NOT OLD.agreed_on
  OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
BEGIN SELECT RAISE(ABORT, 'Hva samarbeidsplanen sier og hvem som er parter, kan ikke endres; lag en ny plan'); END;
CREATE TRIGGER cooperation_plans_closed_no_update BEFORE UPDATE ON cooperation_plans
WHEN OLD.status <> 'active'
BEGIN SELECT RAISE(ABORT, 'En avsluttet samarbeidsplan kan ikke endres'); END;
CREATE TRIGGER cooperation_plans_no_delete BEFORE DELETE ON cooperation_plans
BEGIN SELECT RAISE(ABORT, 'En samarbeidsplan kan ikke slettes; avslutt den i stedet'); END;

CREATE TABLE at_risk_decisions (
    id INTEGER PRIMARY KEY,
    tenancy_id INTEGER NOT NULL REFERENCES tenancies(id),
    meeting_id INTEGER REFERENCES meetings(id),
    decided_on TEXT NOT NULL {_day('decided_on')},
    decided_by TEXT NOT NULL CHECK (length(trim(decided_by)) > 0 AND length(decided_by) <= 200),
    measures TEXT NOT NULL CHECK (json_valid(measures) AND json_type(measures) = 'array'),
    note TEXT NOT NULL CHECK (length(trim(note)) > 0 AND length(note) <= 4000),
    arrears_amount INTEGER CHECK (arrears_amount IS NULL OR arrears_amount >= 0),
    arrears_on TEXT {_day('arrears_on', nullable=True)},
    warning TEXT CHECK (warning IS NULL OR warning IN ('varsel_oppsigelse', 'begjaering_fravikelse')),
    warning_on TEXT {_day('warning_on', nullable=True)},
    plan_id INTEGER REFERENCES cooperation_plans(id),
    recorded_at TEXT NOT NULL CHECK (julianday(recorded_at) IS NOT NULL),
    recorded_by TEXT NOT NULL,
    CHECK ((arrears_amount IS NULL) = (arrears_on IS NULL)),
    CHECK ((warning IS NULL) = (warning_on IS NULL))
);
CREATE INDEX at_risk_decisions_tenancy ON at_risk_decisions(tenancy_id, decided_on);
CREATE INDEX at_risk_decisions_meeting ON at_risk_decisions(meeting_id);

CREATE TRIGGER at_risk_decisions_known_measures BEFORE INSERT ON at_risk_decisions
WHEN EXISTS (SELECT 1 FROM json_each(NEW.measures)
             WHERE value NOT IN ('kontakt', 'nav', 'gjeldsradgivning', 'oppfolgingstjeneste'))
BEGIN SELECT RAISE(ABORT, 'Ukjent tiltak for et leieforhold i risiko'); END;
CREATE TRIGGER at_risk_decisions_plan_of_tenancy BEFORE INSERT ON at_risk_decisions
WHEN NEW.plan_id IS NOT NULL
 AND (SELECT tenancy_id FROM cooperation_plans WHERE id = NEW.plan_id) IS NOT NEW.tenancy_id
BEGIN SELECT RAISE(ABORT, 'Samarbeidsplanen hører til et annet leieforhold'); END;
CREATE TRIGGER at_risk_decisions_no_update BEFORE UPDATE ON at_risk_decisions
BEGIN SELECT RAISE(ABORT, 'Et vedtak om tiltak kan ikke endres; før et nytt vedtak'); END;
CREATE TRIGGER at_risk_decisions_no_delete BEFORE DELETE ON at_risk_decisions
BEGIN SELECT RAISE(ABORT, 'Et vedtak om tiltak kan ikke slettes'); END;

CREATE TABLE decision_plans (
    decision_id INTEGER NOT NULL REFERENCES decisions(id) ON DELETE CASCADE,
    plan_id INTEGER NOT NULL REFERENCES cooperation_plans(id),
    PRIMARY KEY (decision_id, plan_id)
);
CREATE INDEX decision_plans_plan ON decision_plans(plan_id);
CREATE TRIGGER decision_plans_signed_no_insert BEFORE INSERT ON decision_plans
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = NEW.decision_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER decision_plans_signed_no_update BEFORE UPDATE ON decision_plans
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = OLD.decision_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER decision_plans_signed_no_delete BEFORE DELETE ON decision_plans
WHEN (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id WHERE d.id = OLD.decision_id) = 'signed'
BEGIN SELECT RAISE(ABORT, 'Møtet er signert og kan ikke endres'); END;
CREATE TRIGGER decision_plans_plan_of_tenancy BEFORE INSERT ON decision_plans
WHEN (SELECT tenancy_id FROM decisions WHERE id = NEW.decision_id) IS NOT NULL
 AND (SELECT tenancy_id FROM decisions WHERE id = NEW.decision_id)
     IS NOT (SELECT tenancy_id FROM cooperation_plans WHERE id = NEW.plan_id)
BEGIN SELECT RAISE(ABORT, 'Samarbeidsplanen hører til et annet leieforhold enn vedtaket'); END;
"""

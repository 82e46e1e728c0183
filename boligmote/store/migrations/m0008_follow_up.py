"""Follow-up points (issue 17 item 2): what a decision promised, due some months after move-in.

A point belongs to the tenancy it follows up and, when a decision created it, to that
decision (NULL for one added by hand). Points are operational, not part of the signed record:
they may be added to a tenancy whose meeting is signed, and the record fingerprint
(store/fingerprint.py) does not cover them. What the point promised does not change; once
done (what was done, by whom, how the tenancy stands) it is frozen, like a signed decision.
"""

SQL = """
CREATE TABLE follow_up_points (
    id INTEGER PRIMARY KEY,
    decision_id INTEGER REFERENCES decisions(id),
    tenancy_id INTEGER NOT NULL REFERENCES tenancies(id),
    case_no TEXT NOT NULL DEFAULT '',
    due_on TEXT NOT NULL CHECK (due_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(due_on, '+0 days') = due_on),
    promised TEXT NOT NULL CHECK (length(trim(promised)) > 0),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    done_on TEXT CHECK (done_on IS NULL OR (done_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date(done_on, '+0 days') = done_on)),
    done_by TEXT,
    done_what TEXT,
    tenancy_state TEXT CHECK (tenancy_state IS NULL OR tenancy_state IN ('stable', 'incidents', 'arrears', 'moved_out', 'evicted', 'transferred')),
    -- done is all four or none: a point is never half-recorded
    CHECK ((done_on IS NULL AND done_by IS NULL AND done_what IS NULL AND tenancy_state IS NULL)
        OR (done_on IS NOT NULL AND length(trim(done_by)) > 0 AND length(trim(done_what)) > 0 AND tenancy_state IS NOT NULL))
);
CREATE INDEX follow_up_points_open_due ON follow_up_points(due_on) WHERE done_on IS NULL;
CREATE INDEX follow_up_points_decision ON follow_up_points(decision_id);
CREATE INDEX follow_up_points_tenancy ON follow_up_points(tenancy_id);

-- What was promised, to whom and when it is due is the decision's; only «done» is written later.
CREATE TRIGGER follow_up_points_promise_fixed BEFORE UPDATE ON follow_up_points
WHEN NEW.decision_id IS NOT OLD.decision_id OR NEW.tenancy_id IS NOT OLD.tenancy_id OR NEW.case_no IS NOT OLD.case_no
  OR NEW.due_on IS NOT OLD.due_on OR NEW.promised IS NOT OLD.promised OR NEW.created_at IS NOT OLD.created_at
  OR NEW.created_by IS NOT OLD.created_by
BEGIN SELECT RAISE(ABORT, 'Hva oppfølgingspunktet gjelder og når det forfaller, kan ikke endres'); END;
CREATE TRIGGER follow_up_points_done_no_update BEFORE UPDATE ON follow_up_points
WHEN OLD.done_on IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'Et utført oppfølgingspunkt kan ikke endres'); END;
CREATE TRIGGER follow_up_points_done_no_delete BEFORE DELETE ON follow_up_points
WHEN OLD.done_on IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'Et utført oppfølgingspunkt kan ikke slettes'); END;
-- A decision's points go only with the decision, undone while its meeting is in progress.
CREATE TRIGGER follow_up_points_decision_no_delete BEFORE DELETE ON follow_up_points
WHEN OLD.decision_id IS NOT NULL AND (SELECT m.status FROM decisions d JOIN meetings m ON m.id = d.meeting_id
                                      WHERE d.id = OLD.decision_id) IS NOT 'in_progress'
BEGIN SELECT RAISE(ABORT, 'Oppfølgingspunktene til et vedtak kan bare fjernes når vedtaket angres mens møtet pågår'); END;
"""

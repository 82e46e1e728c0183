"""A lease not renewed after the tenant was heard (issue 17, the municipal lawyer's last review).

`renewal_decisions` gains what a refusal rests on besides its reasons:

- forvaltningsloven § 16: the tenant gets advance notice (forhåndsvarsel) before an enkeltvedtak
  against them and may state their view before a deadline. `notice_sent_on` is the day the
  notice was sent; `statement_received` whether the tenant made a statement (1) or none came by
  the deadline (0); `tenant_statement` how the meeting considered it. § 16 third paragraph lets
  the notice be left out (not practically possible, the tenant already knew the case and had
  time to comment, or plainly unnecessary): then `notice_exception` says which and why, and no
  notice date is recorded.
- husleieloven § 9-2 third paragraph / tvangsfullbyrdelsesloven § 13-2 third paragraph b:
  `move_demand_on` is the day the written demand to move (the refusal letter) is sent — recorded,
  not inferred from the day the letter happens to be printed: whether the letter may carry the
  warning of eviction without a court ruling depends on it (one to three months before the lease
  ends).

A refusal recorded from this version on must have them (a trigger: rows recorded before keep
what they had, and decisions are never updated, m0011). No other outcome has them.
"""

_DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' AND date({c}, '+0 days') = {c}"


def _day(column: str) -> str:
    return f"CHECK ({column} IS NULL OR ({column} {_DATE.format(c=column)}))"


SQL = f"""
ALTER TABLE renewal_decisions ADD COLUMN notice_sent_on TEXT {_day('notice_sent_on')};
ALTER TABLE renewal_decisions ADD COLUMN statement_received INTEGER
    CHECK (statement_received IS NULL OR statement_received IN (0, 1));
ALTER TABLE renewal_decisions ADD COLUMN tenant_statement TEXT NOT NULL DEFAULT '';
ALTER TABLE renewal_decisions ADD COLUMN notice_exception TEXT NOT NULL DEFAULT '';
ALTER TABLE renewal_decisions ADD COLUMN move_demand_on TEXT {_day('move_demand_on')};

-- forvaltningsloven § 16: a refusal was preceded by advance notice, sent before the meeting, and
-- what the tenant said (or that nothing came) was considered; or the exception of § 16 third
-- paragraph is stated instead. Never both.
CREATE TRIGGER renewal_decisions_refusal_heard BEFORE INSERT ON renewal_decisions
WHEN NEW.outcome = 'not_renewed' AND NOT (
    (NEW.notice_sent_on IS NOT NULL AND length(trim(NEW.notice_exception)) = 0
     AND NEW.notice_sent_on < (SELECT held_on FROM meetings WHERE id = NEW.meeting_id)
     AND NEW.statement_received IS NOT NULL
     AND (NEW.statement_received = 0 OR length(trim(NEW.tenant_statement)) > 0))
    OR (NEW.notice_sent_on IS NULL AND NEW.statement_received IS NULL AND length(trim(NEW.notice_exception)) > 0))
BEGIN SELECT RAISE(ABORT, 'Et vedtak om ikke å fornye krever forhåndsvarsel til leietakeren (forvaltningsloven § 16), eller begrunnet unntak'); END;
-- The written demand to move is sent on a recorded day, never before the decision.
CREATE TRIGGER renewal_decisions_refusal_demand BEFORE INSERT ON renewal_decisions
WHEN NEW.outcome = 'not_renewed' AND (NEW.move_demand_on IS NULL
      OR NEW.move_demand_on < (SELECT held_on FROM meetings WHERE id = NEW.meeting_id))
BEGIN SELECT RAISE(ABORT, 'Et vedtak om ikke å fornye krever datoen oppfordringen til å flytte sendes, tidligst møtedagen'); END;
CREATE TRIGGER renewal_decisions_heard_only_refusal BEFORE INSERT ON renewal_decisions
WHEN NEW.outcome != 'not_renewed' AND (NEW.notice_sent_on IS NOT NULL OR NEW.statement_received IS NOT NULL
      OR length(trim(NEW.tenant_statement)) > 0 OR length(trim(NEW.notice_exception)) > 0
      OR NEW.move_demand_on IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'Forhåndsvarsel og oppfordring til å flytte hører bare til et vedtak om ikke å fornye'); END;

"""

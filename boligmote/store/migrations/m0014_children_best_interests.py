"""The children's best interests in a renewal decision against the household (issue 17, the lawyer's review).

Grunnloven § 104 second paragraph and the UN Convention on the Rights of the Child art. 3 no. 1
make the child's best interests a fundamental consideration in every decision that concerns
children; forvaltningsloven § 25 third paragraph asks the reasons to name the main considerations.
A lease not renewed, and a transfer to another unit, take a child's home: when the household has
children under 18 on the day of the meeting, the meeting writes down how it weighed their best
interests.

`renewal_decisions` gains:

- `children_under_18`: how many children under 18 the household had on the meeting's day, as the
  service counted them when the decision was recorded (the recorded ages; with the youngest
  child's birth date, its age on that day). A snapshot, so what the decision rested on stays in
  the record when the tenancy's ages are later changed; NULL on decisions recorded before.
- `children_weighing`: the written weighing (Barnets beste).

A refusal or a transfer recorded from this version on must carry the count, the count may not be
below what the tenancy records, and a count above zero needs the weighing. Triggers on INSERT only,
as m0013's: decisions recorded before keep what they had, and decisions are never updated (m0011).
"""

# Children under 18 as the tenancy records them (ages, no dates), when no birth date was given.
_RECORDED = ("(SELECT count(*) FROM tenancies t, json_each(t.children_ages) a "
             "WHERE t.id = NEW.tenancy_id AND a.type IN ('integer', 'real') AND a.value < 18)")
# With the youngest child's birth date: under 18 on the meeting's day (the 18th birthday counts).
_YOUNGEST_UNDER_18 = ("date(NEW.youngest_child_born, '+18 years') > "
                      "(SELECT held_on FROM meetings WHERE id = NEW.meeting_id)")
_AGAINST = "NEW.outcome IN ('not_renewed', 'transfer')"

SQL = f"""
ALTER TABLE renewal_decisions ADD COLUMN children_under_18 INTEGER
    CHECK (children_under_18 IS NULL OR children_under_18 >= 0);
ALTER TABLE renewal_decisions ADD COLUMN children_weighing TEXT NOT NULL DEFAULT '';

-- The count is recorded with every decision against the household, and never below what the
-- tenancy holds: a refusal cannot leave the children out by saying there are none.
CREATE TRIGGER renewal_decisions_children_counted BEFORE INSERT ON renewal_decisions
WHEN {_AGAINST} AND (NEW.children_under_18 IS NULL
      OR (NEW.youngest_child_born IS NULL AND NEW.children_under_18 < {_RECORDED})
      OR (NEW.youngest_child_born IS NOT NULL AND NEW.children_under_18 = 0 AND {_YOUNGEST_UNDER_18}))
BEGIN SELECT RAISE(ABORT, 'Et vedtak om ikke å fornye eller om bytte må føre hvor mange barn under 18 år husstanden har (Grunnloven § 104)'); END;
-- Grunnloven § 104 second paragraph, barnekonvensjonen art. 3 no. 1, forvaltningsloven § 25 third
-- paragraph: a decision against a household with children weighs their best interests in writing.
CREATE TRIGGER renewal_decisions_children_weighed BEFORE INSERT ON renewal_decisions
WHEN {_AGAINST} AND NEW.children_under_18 > 0 AND length(trim(NEW.children_weighing)) = 0
BEGIN SELECT RAISE(ABORT, 'Et vedtak om ikke å fornye eller om bytte for en husstand med barn under 18 år krever en skriftlig vurdering av barnets beste (Grunnloven § 104 andre ledd)'); END;
CREATE TRIGGER renewal_decisions_weighing_only_children BEFORE INSERT ON renewal_decisions
WHEN length(trim(NEW.children_weighing)) > 0 AND NOT ({_AGAINST} AND NEW.children_under_18 > 0)
BEGIN SELECT RAISE(ABORT, 'Vurderingen av barnets beste hører til et vedtak om ikke å fornye eller om bytte for en husstand med barn under 18 år'); END;
"""

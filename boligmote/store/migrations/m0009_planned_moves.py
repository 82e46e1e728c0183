"""Whether a move-out was planned (issue 17 item 6): the evidence on each rule counts an
unplanned move as a poor outcome, and a household that moves on to a home of its own or a
private lease as a good one. m0008's «moved_out» cannot tell the two apart.

`move_planned` is recorded with the follow-up point, in the same change that records it done
(1 planned, 0 unplanned), and only beside «moved_out». A point recorded «moved_out» before this
migration keeps NULL: not known, and the evidence does not count it as either (see
domain/evidence.py). A done point stays frozen (m0008's trigger), this column with it.
"""

SQL = """
ALTER TABLE follow_up_points ADD COLUMN move_planned INTEGER
    CHECK (move_planned IS NULL OR (move_planned IN (0, 1) AND tenancy_state = 'moved_out'));
"""

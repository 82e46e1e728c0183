"""The flag matrix built by a job (on the window's background thread) equals the one built at
once, and a job prepared before a change is never accepted: no stale flag reaches a list."""
from __future__ import annotations

import numpy as np

from boligmote.domain import IncidentType
from boligmote.services.matching import Matching
from boligmote.services.workspace import Workspace


def _on_demand(demo_db, reference_date) -> Matching:
    return Matching.for_workspace(Workspace.load(demo_db, reference_date, compositions_on_demand=True))


def test_a_job_gives_the_matrix_built_at_once(demo_db, reference_date):
    matching = _on_demand(demo_db, reference_date)
    job = matching.job()
    assert job.missing  # nothing counted yet: the job reads the compositions itself
    job.run()
    assert matching.accept(job) and matching.ready

    at_once = Matching.for_workspace(Workspace.load(demo_db, reference_date)).matrix
    assert np.array_equal(matching.matrix.bits, at_once.bits)
    assert np.array_equal(matching.matrix.burden, at_once.burden)
    assert np.array_equal(matching.matrix.suitable, at_once.suitable)
    # the window's compositions are the ones the matrix explains from (decisions keep them current)
    vacant = matching.workspace.vacant_units[0]
    assert matching.matrix.targets[0].stairwell_composition is \
        matching.workspace.compositions.stairwell(vacant.unit.stairwell_id)


def test_a_job_prepared_before_an_incident_or_a_decision_is_refused(demo_db, reference_date):
    matching = _on_demand(demo_db, reference_date)
    job = matching.job()
    job.run()
    vacant = matching.workspace.vacant_units[0]
    matching.workspace.compositions.add_incident(reference_date, IncidentType.DISTURBANCE, vacant.building.id,
                                                 vacant.unit.stairwell_id)
    assert not matching.accept(job)
    assert not matching.ready

    job = matching.job()
    job.run()
    matching.invalidate()  # a decision moved a household
    assert not matching.accept(job)
    assert not matching.ready


def test_a_job_that_cannot_read_the_file_says_so_and_gives_no_matrix(demo_db, reference_date, tmp_path):
    matching = _on_demand(demo_db, reference_date)
    job = matching.job()
    job.path = tmp_path / "gone.sqlite"
    job.run()
    assert job.error and job.matrix is None
    assert not matching.accept(job)

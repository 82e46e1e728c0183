"""One unit of waiting time throughout (issue 16 item 10): «2 år 3 mnd», «5 mnd», «1 år»,
in the queue, the candidates, the ranking's reasons and the proposal alike."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from boligmote.text import waiting_time

# What a waiting time may look like anywhere: years and/or months, or under a month.
ONE_UNIT = re.compile(r"^(?:(?:[1-9]\d* år)(?: (?:[1-9]|1[01]) mnd)?|(?:[1-9]|1[01]) mnd|under 1 mnd)$")


@pytest.mark.parametrize(("days", "shown"), [
    (0, "under 1 mnd"), (29, "under 1 mnd"), (31, "1 mnd"), (152, "5 mnd"), (365, "1 år"),
    (366, "1 år"), (730, "2 år"), (822, "2 år 3 mnd"), (3700, "10 år 1 mnd"),
])
def test_waiting_time_reads_in_years_and_months(days, shown):
    assert waiting_time(days) == shown


def test_queue_candidates_ranking_and_proposal_tell_waiting_time_alike(window):
    queue = window.queue_model
    column = queue.column_index("Ventetid")
    shown = [queue.index(r, column).data() for r in range(queue.rowCount())]
    assert all(ONE_UNIT.match(text) for text in shown), shown

    window.select_unit(window.workspace.vacant_units[0].unit.id)
    window.candidatesView.selectRow(0)
    candidates = window.candidatesView.model()
    column = candidates.column_index("Ventetid")
    listed = [candidates.index(r, column).data() for r in range(candidates.rowCount())]
    assert listed and all(ONE_UNIT.match(text) for text in listed), listed
    reason = candidates.index(0, column).data(Qt.ItemDataRole.ToolTipRole)  # the ranking's factor
    assert re.match(r"^Ventetid (.+) \(kvalifisert \d\d\.\d\d\.\d{4}\)$", reason)
    assert ONE_UNIT.match(re.match(r"^Ventetid (.+) \(", reason).group(1))

    proposal = window.proposalView.toPlainText()
    assert "dager" not in proposal and not re.search(r"\d,\d år", proposal)
    waited = re.search(r"har ventet ([^)]+)\)", proposal).group(1)
    assert ONE_UNIT.match(waited), waited

"""The critical flag is what a meeting must weigh: in the proposal it stands first, above
what the allocation gives and costs, in view without scrolling (issue 16 item 10)."""
from __future__ import annotations

from boligmote.domain import Severity


def test_the_critical_flag_is_in_view_without_scrolling(window, qtbot):
    window.resize(1366, 768)
    for vacant in window.workspace.vacant_units:
        window.select_unit(vacant.unit.id)
        model = window.candidatesView.model()
        row = next((r for r in range(model.rowCount())
                    if any(s is Severity.CRITICAL for _, s in model.row_object(r).severities)), None)
        if row is not None:
            break
    else:
        raise AssertionError("the demo should have a critically flagged candidate")
    window.candidatesView.selectRow(row)
    pair = window.selected_pair()
    critical = [f for f in model.explained_flags(pair) if f.severity is Severity.CRITICAL]
    text = window.proposalView.toPlainText()
    assert text.index(critical[0].shared_message) < text.index("Det gir søkeren")

    view = window.proposalView
    document = view.document()
    cursor = document.find(critical[0].shared_message[:40])
    top = view.cursorRect(cursor).top()
    assert 0 <= top < view.viewport().height()

"""Møte → Fornyelser: the leases that run out, listed for the meeting (issue 17 item 1)."""
from __future__ import annotations

from datetime import timedelta

from boligmote.gui.renewals_dialog import RenewalsDialog


def test_renewals_dialog_lists_the_leases_that_run_out_and_follows_the_period(window, qtbot, qtmodeltester):
    database, today = window.workspace.database, window.workspace.today
    # a household without children: 3 years at renewal under the demo's preset (5 with a child aged 0–14)
    soon = database.query("SELECT unit_id FROM tenancies WHERE ended_on IS NULL AND children_ages = '[]' "
                          "ORDER BY unit_id LIMIT 1")[0][0]
    with database.transaction("test", "lease"):
        database.conn.execute("UPDATE tenancies SET contract_end = ? WHERE unit_id = ? AND ended_on IS NULL",
                              ((today - timedelta(days=2)).isoformat(), soon))
    dialog = RenewalsDialog(database, today, window)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    assert dialog.monthsSpin.value() == 6  # the setting's default
    six_months = dialog.model.rowCount()
    assert six_months >= 1 and "allerede utløpt" in dialog.summaryLabel.text()
    first = dialog.proxy.index(0, 0)
    assert "(utløpt)" in first.data() and dialog.proxy.index(0, 1).data() == soon
    assert dialog.detailLabel.text().startswith("Forslag: 3 år")
    dialog.monthsSpin.setValue(0)
    assert dialog.model.rowCount() == 1  # only the one already run out
    dialog.monthsSpin.setValue(12)
    assert dialog.model.rowCount() >= six_months


def test_renewals_are_on_the_meeting_menu_with_their_own_mnemonic(window):
    texts = [a.text() for a in window.menuMeeting.actions() if a.text()]
    assert "Forn&yelser …" in texts
    mnemonics = [t[t.index("&") + 1].lower() for t in texts if "&" in t]
    assert len(mnemonics) == len(set(mnemonics))
    assert window.actionRenewals.text() == "Forn&yelser …" and not window.actionRenewals.isCheckable()
    assert window.menuMeeting.actions().index(window.actionRenewals) == 1


def test_renewals_need_an_open_file(qtbot):
    from boligmote.gui.main_window import MainWindow

    empty = MainWindow()
    qtbot.addWidget(empty)
    empty.update_file_state()
    assert not empty.actionRenewals.isEnabled() and "Fil" in empty.actionRenewals.toolTip()


def test_renewal_columns_sort_as_dates_and_numbers(window, qtbot):
    """A date or a tuple as a sort key reaches Qt as an object it cannot order: the rows would stay put."""
    from PySide6.QtCore import Qt

    dialog = RenewalsDialog(window.workspace.database, window.workspace.today, window)
    qtbot.addWidget(dialog)
    dialog.monthsSpin.setValue(24)
    rows = dialog.proxy.rowCount()
    assert rows > 2
    dialog.proxy.sort(0, Qt.SortOrder.DescendingOrder)  # Utløper: latest first
    ends = [dialog.model.row_object(dialog.proxy.mapToSource(dialog.proxy.index(r, 0)).row()).due.lease_ends
            for r in range(rows)]
    assert ends == sorted(ends, reverse=True)
    dialog.proxy.sort(4, Qt.SortOrder.DescendingOrder)  # Bodd der: longest first
    starts = [dialog.model.row_object(dialog.proxy.mapToSource(dialog.proxy.index(r, 0)).row()).due.tenancy.contract_start
              for r in range(rows)]
    assert starts == sorted(starts)

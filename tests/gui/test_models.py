"""Every Qt item model passes Qt's own model tester, with real rows in it."""
from __future__ import annotations

from PySide6.QtCore import Qt

from boligmote.gui.filtering import TextFilterProxy
from boligmote.gui.models import ApplicantQueueModel, CompositionModel, VacantUnitModel
from boligmote.gui.models.base import SORT_ROLE
from boligmote.services.workspace import Workspace


def test_queue_model(qtmodeltester, demo_db, reference_date):
    workspace = Workspace.load(demo_db, reference_date)
    model = ApplicantQueueModel(reference_date)
    model.set_rows(workspace.queue)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(workspace.queue)


def test_vacant_unit_model(qtmodeltester, demo_db, reference_date):
    model = VacantUnitModel()
    vacant = Workspace.load(demo_db, reference_date).vacant_units
    model.set_rows(vacant)
    qtmodeltester.check(model, force_py=True)
    # each row is the unit it stands for: its address and its own unit number, in order
    shown = [(model.index(r, model.column_index("Adresse")).data(), model.index(r, model.column_index("Bolignr.")).data())
             for r in range(model.rowCount())]
    assert shown == [(v.building.address, v.unit.id) for v in vacant] and shown


def test_composition_model(qtmodeltester, demo_db, reference_date):
    workspace = Workspace.load(demo_db, reference_date)
    model = CompositionModel(reference_date)
    surroundings = workspace.surroundings(workspace.vacant_units[0])
    model.show(surroundings)
    qtmodeltester.check(model, force_py=True)
    households = model.index(next(r for r in range(model.rowCount())
                                  if model.index(r, 0).data() == "Husstander"), 1)
    # the stairwell column counts the stairwell's households, the building column the building's
    assert households.data() == str(surroundings.stairwell_composition.households)
    assert households.siblingAtColumn(2).data() == str(surroundings.building_composition.households)
    model.show(None)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0  # no unit chosen: no stale counts from the last one


def test_filter_proxy(qtmodeltester, demo_db, reference_date):
    model = ApplicantQueueModel(reference_date)
    model.set_rows(Workspace.load(demo_db, reference_date).queue)
    proxy = TextFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("rus")
    qtmodeltester.check(proxy, force_py=True)
    # the filter keeps exactly the applicants whose needs, as the «Behov» column names them
    # when the pointer rests on it, mention «rus»: not all, not none
    needs = model.column_index("Behov")

    def mentions_rus(row: int) -> bool:
        return "rus" in (model.index(row, needs).data(Qt.ItemDataRole.ToolTipRole) or "").casefold()

    kept = {proxy.mapToSource(proxy.index(r, 0)).row() for r in range(proxy.rowCount())}
    assert kept == {r for r in range(model.rowCount()) if mentions_rus(r)}
    assert 0 < len(kept) < model.rowCount()


def test_numbers_sort_as_numbers_not_text(demo_db, reference_date):
    model = VacantUnitModel()
    model.set_rows(Workspace.load(demo_db, reference_date).vacant_units)
    proxy = TextFilterProxy()
    proxy.setSourceModel(model)
    rent = model.column_index("Husleie")
    proxy.sort(rent, Qt.SortOrder.AscendingOrder)
    rents = [proxy.index(r, rent).data(SORT_ROLE) for r in range(proxy.rowCount())]
    assert rents == sorted(rents) and isinstance(rents[0], int)


def test_money_and_dates_in_norwegian_format(demo_db, reference_date):
    model = VacantUnitModel()
    model.set_rows(Workspace.load(demo_db, reference_date).vacant_units)
    rent = model.index(0, model.column_index("Husleie")).data()
    vacant_from = model.index(0, model.column_index("Ledig fra")).data()
    assert rent.endswith(" kr") and "\u00a0" in rent  # «10 440 kr», with a non-breaking space
    day, month, year = vacant_from.split(".")
    assert len(day) == 2 and len(month) == 2 and len(year) == 4


def test_the_queue_sorts_by_household_type_and_size(demo_db, reference_date):
    """A tuple as a sort key reaches Qt as an object it cannot order: the queue stayed put."""
    from PySide6.QtCore import QSortFilterProxyModel

    model = ApplicantQueueModel(reference_date)
    model.set_rows(Workspace.load(demo_db, reference_date).queue)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    column = model.column_index("Husstand")
    proxy.sort(column, Qt.SortOrder.AscendingOrder)
    keys = [(a.household_type.value, a.size) for a in
            (model.row_object(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount()))]
    assert keys == sorted(keys) and len(set(keys)) > 1


def test_queue_model_over_the_queue_read_on_demand(qtmodeltester, demo_db, reference_date):
    """The window's queue (read as it is shown) passes the model tester, and sorted by waiting
    time or filtered by a need it lists what the queue read at once lists."""
    lazy = Workspace.load(demo_db, reference_date, compositions_on_demand=True).queue
    at_once = Workspace.load(demo_db, reference_date).queue
    model = ApplicantQueueModel(reference_date)
    model.set_rows(lazy)
    qtmodeltester.check(model, force_py=True)
    proxy = TextFilterProxy()
    proxy.setSourceModel(model)
    waiting = model.column_index("Ventetid")
    proxy.sort(waiting, Qt.SortOrder.DescendingOrder)
    shown = [proxy.row_object(r).case_no for r in range(proxy.rowCount())]
    days = [a.waiting_days(reference_date) for a in (proxy.row_object(r) for r in range(proxy.rowCount()))]
    assert sorted(shown) == sorted(a.case_no for a in at_once) and days == sorted(days, reverse=True)
    proxy.set_text("rus")
    qtmodeltester.check(proxy, force_py=True)
    kept = {proxy.row_object(r).case_no for r in range(proxy.rowCount())}
    assert kept == {a.case_no for a in at_once if "rus" in model.filter_text(a)} and kept

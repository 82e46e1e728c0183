"""The main window's filter boxes over the queue and the vacant units (priority, need, district,
rooms, access, free text), the counts they leave, and the rule that filtering never chooses a
row for the user. A part of MainWindow (window_base.py says why the window is in parts)."""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QTableView

from ..domain import NeedCategory, Priority
from ..words import shown
from .flow_layout import wrap_row
from .formatting import sentence_case
from .narrow_panes import combo_width
from .qt_translations import QT_TRANSLATE_NOOP, translate
from .selection import row_model, selected_object
from .window_base import WindowBase


# Translated where the combo boxes are filled (this runs at import, before any translator).
_ROOM_CHOICES = [(QT_TRANSLATE_NOOP("MainWindow", "Rom"), None),
                 (QT_TRANSLATE_NOOP("MainWindow", "1 rom"), 1), (QT_TRANSLATE_NOOP("MainWindow", "2 rom"), 2),
                 (QT_TRANSLATE_NOOP("MainWindow", "3 rom"), 3), (QT_TRANSLATE_NOOP("MainWindow", "4 rom"), 4),
                 (QT_TRANSLATE_NOOP("MainWindow", "5 rom +"), 5)]
_ACCESS_CHOICES = [(QT_TRANSLATE_NOOP("MainWindow", "Tilgjengelighet"), None),
                   (QT_TRANSLATE_NOOP("MainWindow", "Trinnfri"), "step_free"),
                   (QT_TRANSLATE_NOOP("MainWindow", "Rullestol"), "wheelchair")]


class FiltersPart(WindowBase):
    """The filter boxes of the two lists and the counts under them."""

    def _setup_filters(self) -> None:
        # A filter box may be narrower than its longest choice (the list opens wide enough):
        # otherwise «Alvorlig psykisk lidelse» alone sets how narrow the window can be.
        filters = (self.priorityFilter, self.needFilter, self.districtFilter, self.roomsFilter, self.accessFilter)
        for combo in filters:
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            # As wide as the name of what it filters (below): side by side where they fit.
            combo.setMinimumContentsLength(0)
        self.priorityFilter.addItem(translate("MainWindow", "Prioritet"), None)
        for priority in Priority:
            self.priorityFilter.addItem(sentence_case(shown(priority)), priority)
        self.needFilter.addItem(translate("MainWindow", "Behov"), None)
        for need in NeedCategory:
            self.needFilter.addItem(sentence_case(shown(need)), need)
        for label, rooms in _ROOM_CHOICES:
            self.roomsFilter.addItem(translate("MainWindow", label), rooms)
        for label, access in _ACCESS_CHOICES:
            self.accessFilter.addItem(translate("MainWindow", label), access)
        self.districtFilter.addItem(translate("MainWindow", "Bydel"), None)
        # Unfiltered, a box names what it filters («Bydel», not «Alle bydeler»), and is never
        # narrower than that name: at 1366×768 «Alle størrelser» was cut to «Alle størrel», and
        # three such boxes do not fit beside each other at 125 % (issue 16). A choice longer than
        # the box is in its tooltip.
        for combo in filters:
            combo.setMinimumWidth(combo_width(combo, combo.itemText(0)))
            combo.currentIndexChanged.connect(lambda _index, c=combo: _say_choice(c))
            _say_choice(combo)

        views = {id(self.queue_proxy): self.queueView, id(self.units_proxy): self.unitsView}

        def on_change(combo, proxy, name, condition_for) -> None:
            def apply(_index: int) -> None:
                value = combo.currentData()
                self._refilter(views[id(proxy)], lambda: proxy.set_condition(
                    name, None if value is None else condition_for(value)))
                self._update_counts()
            combo.currentIndexChanged.connect(apply)

        on_change(self.priorityFilter, self.queue_proxy, "priority", lambda p: lambda a: a.priority == p)
        on_change(self.needFilter, self.queue_proxy, "need", lambda n: lambda a: n in a.needs)
        on_change(self.districtFilter, self.units_proxy, "district", lambda d: lambda v: v.building.district == d)
        on_change(self.roomsFilter, self.units_proxy, "rooms",
                  lambda r: (lambda v: v.unit.rooms >= r) if r >= 5 else (lambda v: v.unit.rooms == r))
        on_change(self.accessFilter, self.units_proxy, "access",
                  lambda a: (lambda v: v.unit.wheelchair_access) if a == "wheelchair" else (lambda v: v.unit.step_free))
        for line, proxy in ((self.queueFilter, self.queue_proxy), (self.unitsFilter, self.units_proxy)):
            line.textChanged.connect(
                lambda text, p=proxy: self._refilter(views[id(p)], lambda: p.set_text(text)))
            line.textChanged.connect(self._update_counts)
        # The filters go onto two lines where a pane is narrow (125 % scaling), leaving the
        # meeting pane room for its agenda (issue 16).
        wrap_row(self.queueLayout, self.queueFilterLayout)
        wrap_row(self.unitsLayout, self.unitsFilterLayout)

    def _refilter(self, view: QTableView, change: Callable[[], None]) -> None:
        """Apply a filter without choosing for the user: when the selected row is filtered out,
        Qt selects a neighbour, and the candidates would follow an applicant nobody chose
        (issue 16 item 9). The row chosen stays chosen while it is shown; else none is."""
        before = selected_object(view)
        self._refiltering = True
        try:
            change()
            if selected_object(view) is not before:
                view.selectionModel().clear()
                if before is not None:
                    row = row_model(view).find_row(lambda row_object: row_object is before)
                    if row is not None:
                        view.selectRow(row)
        finally:
            self._refiltering = False

    def _focus_filter(self) -> None:
        """Ctrl+F: the free-text filter of the list you are in (the queue by default)."""
        in_units = self.unitsView.hasFocus() or self.unitsFilter.hasFocus()
        target = self.unitsFilter if in_units else self.queueFilter
        target.setFocus()
        target.selectAll()

    def _update_counts(self) -> None:
        self.queueCount.setText(translate("MainWindow", "{shown} av {total} søkere").format(
            shown=self.queue_proxy.rowCount(), total=self.queue_model.rowCount()))
        self.unitsCount.setText(translate("MainWindow", "{shown} av {total} ledige boliger").format(
            shown=self.units_proxy.rowCount(), total=self.units_model.rowCount()))


def _say_choice(combo: QComboBox) -> None:
    """A filter box's tooltip: what it filters on, and the choice in full when there is one."""
    name = combo.accessibleName()
    combo.setToolTip(f"{name}: {combo.currentText()}" if combo.currentIndex() > 0 else name)

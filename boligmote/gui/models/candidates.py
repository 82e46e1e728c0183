"""Ranked pairs as tables: candidates for a unit, or suitable units for an applicant."""
from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from ...domain import Flag
from ...rules.ranking import RankedPair
from ...rules.sources import readable
from ..chips import CHIPS_ROLE, Chip, chip_for, chips_as_text, severity_word
from ..qt_translations import QT_TRANSLATE_NOOP, translate
from ..formatting import format_date, format_kroner, format_waiting
from .base import DISPLAY, TOOLTIP, Column, ColumnTableModel
from ...words import shown
from .describe import household_summary, need_tags, unit_access

# Bokmål source text (this runs at import); translated where the column is made.
FLAGS_HEADER = QT_TRANSLATE_NOOP("Models", "Varsler")
_CHIPS = int(CHIPS_ROLE)


class _RankedPairModel(ColumnTableModel[RankedPair]):
    """Rows in ranking order (no sorting: the order is the point); flags as chips.

    The flags stand right after who or where (the first `lead` columns): they are what the
    committee reads first. Who is the case number and the name: with the flags between them,
    a list as narrow as a 1366×768 screen leaves it showed no name at all (issue 16)."""

    def __init__(self, columns: list[Column[RankedPair]], short_label: Callable[[str], str],
                 explain: Callable[[RankedPair], list[Flag]], parent=None, lead: int = 1):
        self._short = short_label
        self._explain = explain
        self._explained: dict[tuple[int, int], list[Flag]] = {}
        # A row's chips, made once: a view asks for them at every paint and size hint.
        self._chips: dict[int, list[Chip]] = {}
        self.flags_column = 1 + lead
        columns = [Column("#", lambda p: "", align_right=True),  # the rank: filled in data()
                   *columns[:lead], Column(translate("Models", FLAGS_HEADER), self._flag_text), *columns[lead:]]
        super().__init__(columns, parent)

    def set_rows(self, rows) -> None:
        self._explained.clear()
        self._chips.clear()
        super().set_rows(rows)

    def forget_explanations(self) -> None:
        """The explanations must be written again (small counts masked or no longer masked)."""
        self._explained.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, self.flags_column), self.index(len(self._rows) - 1, self.flags_column),
                                  [Qt.ItemDataRole.ToolTipRole])

    def explained_flags(self, pair: RankedPair) -> list[Flag]:
        """The explained flags of a row, written the first time someone looks at it."""
        key = (pair.row, pair.column)
        if key not in self._explained:
            self._explained[key] = self._explain(pair)
        return self._explained[key]

    def _labelled(self, pair: RankedPair):
        return [(rule, severity, self._short(rule)) for rule, severity in pair.severities]

    def _flag_text(self, pair: RankedPair) -> str:
        return chips_as_text(self._labelled(pair))

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        column = index.column()  # -1 for an invalid index; roles compared as plain ints (base.py)
        if column == 0 and role == DISPLAY:
            number = index.row()
            return str(number + 1) if 0 <= number < len(self._rows) else None
        if column == self.flags_column and 0 <= index.row() < len(self._rows):
            number = index.row()
            if role == _CHIPS:
                chips = self._chips.get(number)
                if chips is None:
                    chips = self._chips[number] = [chip_for(rule, severity, short)
                                                   for rule, severity, short in self._labelled(self._rows[number])]
                return chips
            pair = self._rows[number]
            if role == TOOLTIP:
                flags = self.explained_flags(pair)
                if not flags:
                    return translate("Models", "Ingen risikovarsler for dette paret.")
                source = translate("Models", "kilde:")
                # shared_message: small counts of other households masked while an adviser is present.
                return "\n\n".join(f"{severity_word(f.severity)} – {shown(f.shared_message)} ({source} {shown(readable(f.source))})"
                                   for f in flags)
        return super().data(index, role)


def _waiting_factor(pair: RankedPair) -> str:
    """The ranking's reason about waiting time («Ventetid 2 år 1 mnd (kvalifisert …)»), found by
    what it says: the reasons before it vary (a bedroom reason stands between, issue 15)."""
    return shown(next((factor for factor in pair.factors if factor.startswith("Ventetid")), ""))


class CandidatesForUnitModel(_RankedPairModel):
    def __init__(self, today: date, short_label, explain, parent=None):
        super().__init__([
            Column(translate("Models", "Saksnr."), lambda p: p.applicant.case_no),
            Column(translate("Models", "Navn"), lambda p: p.applicant.name, identifying=True),
            Column(translate("Models", "Prioritet"), lambda p: shown(p.factors[0])),
            Column(translate("Models", "Ventetid"), lambda p: format_waiting(p.applicant.waiting_days(today)), align_right=True,
                   tooltip=_waiting_factor),
            Column(translate("Models", "Husstand"), lambda p: household_summary(p.applicant)),
            Column(translate("Models", "Behov"), lambda p: need_tags(p.applicant.needs)),
        ], short_label, explain, parent, lead=2)


class UnitsForApplicantModel(_RankedPairModel):
    def __init__(self, short_label, explain, parent=None):
        super().__init__([
            Column(translate("Models", "Adresse"), lambda p: translate("Models", "{address}, oppg. {stairwell}").format(
                address=p.target.building.address, stairwell=p.target.stairwell.label)),
            Column(translate("Models", "Bydel"), lambda p: p.target.building.district),
            Column(translate("Models", "Rom"), lambda p: str(p.target.vacant.unit.rooms), align_right=True),
            Column(translate("Models", "Husleie"), lambda p: format_kroner(p.target.vacant.unit.rent), align_right=True),
            Column(translate("Models", "Tilgj."), lambda p: unit_access(p.target.vacant.unit)),
            Column(translate("Models", "Ledig fra"), lambda p: format_date(p.target.vacant.unit.vacant_from)),
        ], short_label, explain, parent)

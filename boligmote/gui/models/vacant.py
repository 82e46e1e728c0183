"""Vacant units (ledige boliger) as a table."""
from __future__ import annotations

from ...domain import VacantUnit
from ..formatting import format_date, format_kroner, format_number
from ..qt_translations import translate
from .base import Column, ColumnTableModel
from .describe import unit_access


class VacantUnitModel(ColumnTableModel[VacantUnit]):
    def __init__(self, parent=None):
        super().__init__([
            Column(translate("Models", "Adresse"), lambda v: v.building.address,
                   tooltip=lambda v: f"{v.building.address}, {v.building.postcode} {v.building.town}"),
            Column(translate("Models", "Bydel"), lambda v: v.building.district),
            Column(translate("Models", "Oppg."), lambda v: v.stairwell_label),
            Column(translate("Models", "Etg."), lambda v: str(v.unit.floor), sort_key=lambda v: v.unit.floor, align_right=True),
            Column(translate("Models", "Rom"), lambda v: str(v.unit.rooms), sort_key=lambda v: v.unit.rooms, align_right=True),
            Column("m²", lambda v: format_number(v.unit.area_m2, 1), sort_key=lambda v: v.unit.area_m2,
                   align_right=True),
            Column(translate("Models", "Husleie"), lambda v: format_kroner(v.unit.rent), sort_key=lambda v: v.unit.rent,
                   align_right=True, tooltip=lambda v: translate("Models", "Månedlig leie (gjengs leie)")),
            Column(translate("Models", "Tilgj."), lambda v: unit_access(v.unit)),
            Column(translate("Models", "Ledig fra"), lambda v: format_date(v.unit.vacant_from),
                   sort_key=lambda v: v.unit.vacant_from.toordinal() if v.unit.vacant_from else 0),
            Column(translate("Models", "Bolignr."), lambda v: v.unit.id),
        ], parent)

    @staticmethod
    def filter_text(vacant: VacantUnit) -> str:
        return " ".join([vacant.building.address, vacant.building.district, vacant.unit.id]).casefold()

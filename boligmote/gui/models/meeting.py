"""The meeting's agenda and participants as tables."""
from __future__ import annotations

from ...domain import Participant
from ...services.meetings import AgendaCase
from ..qt_translations import translate
from .base import Column, ColumnTableModel
from ...words import shown


def case_unit_id(case: AgendaCase) -> str | None:
    """The unit a case is about: the one decided, else the one proposed (None: not chosen yet)."""
    if case.decision is not None and case.decision.unit_id:
        return case.decision.unit_id
    return case.proposal.unit_id


def _decision_text(case: AgendaCase) -> str:
    # The unit stands in the «Bolig» column, so the outcome alone keeps this column narrow
    # enough to be read whole in the meeting pane (issue 16 item 9); on two lines, as the
    # applicant and the unit are, so that at 125 % the pane leaves them room (issue 16).
    if case.decision is None:
        return translate("Models", "Ikke avgjort").replace(" ", "\n", 1)
    return shown(case.decision.outcome).capitalize()


class AgendaModel(ColumnTableModel[AgendaCase]):
    def __init__(self, parent=None):
        # Unit id → place (with its building), from the meeting record: the agenda names a
        # unit by its address, as the committee speaks of it, not «B00197-003184».
        self._places: dict = {}
        # Two lines a case, so the agenda reads in a narrow pane (issue 16 item 9): the case
        # number over the name (hidden in «skjermet visning»), the address over the stairwell.
        super().__init__([
            Column(translate("Models", "Sak"), lambda c: str(c.number), sort_key=lambda c: c.number, align_right=True),
            Column(translate("Models", "Søker"), self._applicant_text, sort_key=lambda c: c.applicant.case_no),
            Column(translate("Models", "Vedtak"), _decision_text),
            Column(translate("Models", "Bolig"), self.place_lines, tooltip=self._place_tooltip),
        ], parent)

    def _applicant_text(self, case: AgendaCase) -> str:
        return case.applicant.case_no if self._screened else f"{case.applicant.case_no}\n{case.applicant.name}"

    def set_places(self, places: dict) -> None:
        """Unit id → VacantUnit (unit with building and stairwell label), set before the rows."""
        self._places = dict(places)

    def place_text(self, case: AgendaCase) -> str:
        """The case's unit as the committee names it: «Storgata 12, oppg. A» (or «–»)."""
        return self.place_lines(case).replace("\n", ", ")

    def place_lines(self, case: AgendaCase) -> str:
        unit_id = case_unit_id(case)
        if not unit_id:
            return "–"
        place = self._places.get(unit_id)
        if place is None:
            return unit_id
        return f"{place.building.address}\n" + translate("Models", "oppg. {stairwell}").format(
            stairwell=place.stairwell_label)

    def _place_tooltip(self, case: AgendaCase) -> str:
        unit_id = case_unit_id(case)
        lines = [translate("Models", "Bolig {unit}").format(unit=unit_id)] if unit_id else []
        lines.append(case.proposal.notes or translate("Models", "Ingen notater"))
        return "\n".join(lines)

    @staticmethod
    def filter_text(case: AgendaCase) -> str:
        return case.applicant.case_no.casefold()


class ParticipantModel(ColumnTableModel[Participant]):
    def __init__(self, parent=None):
        super().__init__([
            Column(translate("Models", "Navn"), lambda p: p.name),
            Column(translate("Models", "Rolle"), lambda p: shown(p.role).capitalize()),
            Column(translate("Models", "Organisasjon"), lambda p: p.organisation),
            Column(translate("Models", "Vedtaksmyndighet"),
                   lambda p: translate("Models", "Ja") if p.has_decision_authority
                   else translate("Models", "Nei (rådgivende)")),
            Column(translate("Models", "Oppmøte"), lambda p: translate("Models", "Til stede") if p.present else translate("Models", "Forfall")),
        ], parent)

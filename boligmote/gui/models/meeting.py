"""The meeting's agenda and participants as tables."""
from __future__ import annotations

from ...domain import Participant
from ...services.meetings import AgendaCase
from ..qt_translations import translate
from .base import Column, ColumnTableModel


def _decision_text(case: AgendaCase) -> str:
    if case.decision is None:
        return translate("Models", "Ikke avgjort")
    text = case.decision.outcome.label.capitalize()
    if case.decision.unit_id:
        text += f" ({case.decision.unit_id})"
    return text


class AgendaModel(ColumnTableModel[AgendaCase]):
    def __init__(self, parent=None):
        super().__init__([
            Column(translate("Models", "Sak"), lambda c: str(c.number), sort_key=lambda c: c.number, align_right=True),
            Column(translate("Models", "Saksnr."), lambda c: c.applicant.case_no),
            Column(translate("Models", "Navn"), lambda c: c.applicant.name, identifying=True),
            Column(translate("Models", "Foreslått bolig"), lambda c: c.proposal.unit_id or "–",
                   tooltip=lambda c: c.proposal.notes or translate("Models", "Ingen notater")),
            Column(translate("Models", "Vedtak"), _decision_text),
        ], parent)

    @staticmethod
    def filter_text(case: AgendaCase) -> str:
        return case.applicant.case_no.casefold()


class ParticipantModel(ColumnTableModel[Participant]):
    def __init__(self, parent=None):
        super().__init__([
            Column(translate("Models", "Navn"), lambda p: p.name),
            Column(translate("Models", "Rolle"), lambda p: p.role.label.capitalize()),
            Column(translate("Models", "Organisasjon"), lambda p: p.organisation),
            Column(translate("Models", "Vedtaksmyndighet"), lambda p: translate("Models", "Ja") if p.has_decision_authority else translate("Models", "Nei (rådgivende)")),
            Column(translate("Models", "Oppmøte"), lambda p: translate("Models", "Til stede") if p.present else translate("Models", "Forfall")),
        ], parent)

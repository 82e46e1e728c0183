"""The meeting's agenda and participants as tables."""
from __future__ import annotations

from ...domain import Participant
from ...services.meetings import AgendaCase
from .base import Column, ColumnTableModel


def _decision_text(case: AgendaCase) -> str:
    if case.decision is None:
        return "Ikke avgjort"
    text = case.decision.outcome.label.capitalize()
    if case.decision.unit_id:
        text += f" ({case.decision.unit_id})"
    return text


class AgendaModel(ColumnTableModel[AgendaCase]):
    def __init__(self, parent=None):
        super().__init__([
            Column("Sak", lambda c: str(c.number), sort_key=lambda c: c.number, align_right=True),
            Column("Saksnr.", lambda c: c.applicant.case_no),
            Column("Navn", lambda c: c.applicant.name, identifying=True),
            Column("Foreslått bolig", lambda c: c.proposal.unit_id or "–",
                   tooltip=lambda c: c.proposal.notes or "Ingen notater"),
            Column("Vedtak", _decision_text),
        ], parent)

    @staticmethod
    def filter_text(case: AgendaCase) -> str:
        return case.applicant.case_no.casefold()


class ParticipantModel(ColumnTableModel[Participant]):
    def __init__(self, parent=None):
        super().__init__([
            Column("Navn", lambda p: p.name),
            Column("Rolle", lambda p: p.role.label.capitalize()),
            Column("Organisasjon", lambda p: p.organisation),
            Column("Vedtaksmyndighet", lambda p: "Ja" if p.has_decision_authority else "Nei (rådgivende)"),
        ], parent)

"""The «Møte» panel's core: which file and meeting it shows, the meeting's status line and agenda,
which of its buttons are available, and the masking of small counts the meeting's advisers call for.

The panel is one QWidget made of parts, one concept each (issue 19 item 6): this core, and
meeting_planning (new meeting, participants, start and close, cases onto the agenda),
meeting_deciding (the decision dialog, undo and redo) and meeting_documents (minutes, letters,
signing, addenda); meeting_panel builds them. Mixins, as the main window's parts are
(window_base.py says why): the panel stays the one object the window and the tests talk to.
Each part derives from this core, so mypy checks it against the form, the state and the core's
methods; the one thing a part asks of another is declared here, and what the panel asks of the
window it sits in is the PanelWindow protocol."""
from __future__ import annotations

import html
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ..domain import Applicant, MeetingStatus, Participant
from ..services.meeting_settings import load_meeting_settings
from ..services.meetings import MeetingError, Meetings, require_writable
from ..services.workspace import Workspace
from ..words import error_text, shown
from .file_state import no_file_reason, read_only_reason, set_available
from .forms_generated.ui_meeting_panel import Ui_MeetingPanel
from .models.meeting import AgendaModel
from .narrow_panes import keep_columns_in_view
from .qt_translations import translate
from .selection import selected_object

if TYPE_CHECKING:
    from datetime import date

    from ..services.decisions import DecisionDraft, Decisions

    from PySide6.QtWidgets import QStatusBar

    from ..domain import VacantUnit


class PanelWindow(Protocol):
    """What the panel asks of the window it sits in (the main window)."""

    today: date

    @property
    def screened(self) -> bool: ...

    def selected_applicant(self) -> Applicant | None: ...

    def selected_unit(self) -> VacantUnit | None: ...

    def statusBar(self) -> QStatusBar: ...


class MeetingPanelBase(QWidget, Ui_MeetingPanel):
    """The meeting chosen and what the panel shows of it; the parts in meeting_*.py derive from it."""

    # The queue, the vacant units or a composition changed (a decision or its undo).
    workspaceChanged = Signal()
    # The meeting chosen started or ended, or its attendance changed, so that small counts of
    # other households must now (N) or no longer (0) show as «færre enn N» (issue 13 item 8).
    maskingChanged = Signal()
    # The committee chose a case on the agenda (an AgendaCase, or None): the window shows its
    # unit, composition, proposal and candidates (issue 16 item 9).
    caseSelected = Signal(object)

    # ---- state (set in MeetingPanel.__init__) ----
    window_: PanelWindow
    workspace: Workspace | None
    meetings: Meetings | None
    _decisions: Decisions | None  # made when first needed (the decisions property)
    # «færre enn N» for counts of other households below N while an adviser sees the
    # screen (0: exact), and who those advisers are (for the window's indicator).
    mask_below: int
    advisers: tuple[Participant, ...]
    # What undo took out of the record, kept so that nothing the meeting wrote is lost
    # (issue 16): by (meeting, case) for the decision dialog, and the order to redo in.
    _kept_drafts: dict[tuple[int, str], DecisionDraft]
    _redo: dict[int, list[str]]
    agenda: AgendaModel
    _quiet: bool  # True while refresh() puts the selection back: no caseSelected then

    # ---- what a part asks of another ----

    def add_case(self, applicant: Applicant, unit_id: str | None) -> bool:  # meeting_planning
        raise NotImplementedError

    # ---- which database and meeting ------------------------------------------------------

    def set_workspace(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.meetings = Meetings(workspace.database)
        self._decisions = None
        self._fill_chooser()

    @property
    def decisions(self) -> Decisions | None:
        """The decisions of this file, made when first needed: showing a meeting does not need
        them, and the service with what it imports costs the window's start ~20 ms (issue 16)."""
        if self._decisions is None and self.workspace is not None:
            from ..services.decisions import Decisions

            self._decisions = Decisions(self.workspace.database, self.workspace)
        return self._decisions

    def _fill_chooser(self, select: int | None = None) -> None:
        summaries = self.meetings.all()
        if select is None:
            select = self.meeting_id or _default_meeting(summaries)
        self.meetingChooser.blockSignals(True)
        self.meetingChooser.clear()
        for summary in summaries:
            m = summary.meeting
            self.meetingChooser.addItem(f"{m.held_on:%d.%m.%Y} – {m.title} ({shown(m.status)})", m.id)
        index = self.meetingChooser.findData(select)
        self.meetingChooser.setCurrentIndex(index if index >= 0 else 0)
        self.meetingChooser.blockSignals(False)
        self.refresh()

    @property
    def meeting_id(self) -> int | None:
        return self.meetingChooser.currentData()

    def _on_agenda_selection(self, *_) -> None:
        self._enable_letter()
        if not self._quiet:
            self.caseSelected.emit(self.selected_case())

    def select_case(self, case_no: str) -> bool:
        """Select the agenda row of this applicant's case (False: not on this agenda)."""
        row = self.agenda.find_row(lambda c: c.applicant.case_no == case_no)
        if row is None:
            return False
        self.agendaView.selectRow(row)
        self.agendaView.scrollTo(self.agenda.index(row, 0))
        return True

    def refresh(self, select: str | None = None) -> None:
        """Show the chosen meeting again. The agenda keeps the case that was selected (or
        selects the case of applicant `select`) without announcing it: whoever refreshed
        decides when the window follows (after a decision, once the workspace has moved)."""
        selected = self.selected_case()
        keep = select or (selected.applicant.case_no if selected else None)
        self._quiet = True
        try:
            self._refresh()
            if keep is not None:
                self.select_case(keep)
        finally:
            self._quiet = False

    def _refresh(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None or self.meetings is None:
            self.agenda.set_rows([])
            self.meetingStatus.setText(translate("MeetingPanel", "Ingen møter ennå. Lag et nytt møte for å sette opp sakslisten."))
            self._enable(None)
            self._set_masking(0, ())
            return
        # the pane lists the allocation cases: no follow-ups due, renewals or tenancies at risk
        record = self.meetings.record(meeting_id, with_follow_ups_due=False, with_other_cases=False)
        advisers = tuple(self.meetings.advisers_in_running_meetings())
        self._set_masking(load_meeting_settings(self.workspace.database).neighbour_count_below if advisers else 0,
                          advisers)
        self.agenda.set_places(record.places)
        self.agenda.set_rows(record.cases)
        self.agenda.set_screened(self.window_.screened)
        # The applicant and the unit keep a case number's first digits, never pushed out of the list.
        keep_columns_in_view(self.agendaView, self.fontMetrics().horizontalAdvance("000…") + 4)
        m = record.meeting
        deciders = ", ".join(html.escape(p.name) for p in record.deciders) or translate("MeetingPanel", "ingen ennå")
        decided = len(record.decisions)
        counts = translate("MeetingPanel", "{cases} saker, {decided} avgjort").format(cases=len(record.cases),
                                                                                  decided=decided)
        if m.status is MeetingStatus.SIGNED and m.signed_at is not None:
            # Who signed and when, first on the second line: the pane has room for two lines at
            # 1366×768, and after signing this is what the meeting needs to see (issue 16).
            second = "✔ " + translate("MeetingPanel", "Signert {date} kl. {time} av {names}").format(
                date=f"{m.signed_at:%d.%m.%Y}", time=f"{m.signed_at:%H:%M}",
                names=html.escape(", ".join(s.name for s in record.signed_by))) + " · " + counts
        else:
            second = counts + " · " + translate("MeetingPanel", "Vedtaksmyndighet: {deciders}").format(
                deciders=deciders)
        self.meetingStatus.setText(
            f"<b>{html.escape(m.title)} {m.held_on:%d.%m.%Y}</b>, {html.escape(m.place)} – <b>{shown(m.status)}</b>"
            "<br>" + second)
        self.meetingStatus.setToolTip(self.meetingStatus.text())  # all of it, where the pane is short
        self._enable(m.status)

    def _set_masking(self, mask_below: int, advisers: tuple[Participant, ...]) -> None:
        if mask_below < 2:  # a setting of 0 or 1 masks nothing
            mask_below, advisers = 0, ()
        if (mask_below, advisers) != (self.mask_below, self.advisers):
            self.mask_below, self.advisers = mask_below, advisers
            self.maskingChanged.emit()

    @property
    def writable(self) -> bool:
        return self.workspace is not None and not self.workspace.database.readonly

    def _enable(self, status: MeetingStatus | None) -> None:
        open_ = status in (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS)
        # On a read-only file nothing that changes it is offered; the tooltip says why.
        writable = self.writable
        reason = "" if writable else read_only_reason() if self.workspace is not None else no_file_reason()
        for button, allowed in (
                (self.newMeetingButton, True),
                (self.participantsButton, status is not None and status is not MeetingStatus.SIGNED),
                (self.startButton, status is MeetingStatus.PLANNED),
                (self.closeMeetingButton, status is MeetingStatus.IN_PROGRESS),
                (self.addCaseButton, open_),
                (self.decideButton, status is MeetingStatus.IN_PROGRESS),
                (self.undoButton, status is MeetingStatus.IN_PROGRESS and self.decisions is not None
                 and self.decisions.last(self.meeting_id) is not None),
                (self.signButton, status is MeetingStatus.CLOSED),
                (self.addendumButton, status is MeetingStatus.SIGNED)):
            set_available(button, allowed and writable, reason if allowed else "")
        self.minutesButton.setEnabled(status is not None)
        self._enable_letter()

    def _refused_read_only(self) -> bool:
        """Shortcuts and double-clicks reach here even with the buttons disabled: say why, change nothing."""
        if self.workspace is None:
            return True
        try:
            require_writable(self.workspace.database)
        except MeetingError as error:
            QMessageBox.information(self, translate("MeetingPanel", "Skrivebeskyttet"), error_text(error))
            return True
        return False

    def _enable_letter(self) -> None:
        case = self.selected_case()
        self.letterButton.setEnabled(case is not None and case.decision is not None)

    def _problem(self, title: str, error: Exception) -> None:
        QMessageBox.warning(self, title, error_text(error))

    def selected_case(self):
        return selected_object(self.agendaView)


def _default_meeting(summaries) -> int | None:
    """The meeting a user most likely wants: the running one, else the next planned, else the newest."""
    for status in (MeetingStatus.IN_PROGRESS, MeetingStatus.PLANNED):
        matching = [s.meeting for s in summaries if s.meeting.status is status]
        if matching:
            return min(matching, key=lambda m: m.held_on).id
    return summaries[0].meeting.id if summaries else None

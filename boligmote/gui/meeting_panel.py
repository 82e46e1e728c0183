"""The «Møte» panel: one meeting from agenda to signed minutes, beside the workspace."""
from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from ..domain import Applicant, MeetingStatus, Participant, UnitSurroundings
from ..services.meeting_settings import load_meeting_settings
from ..services.meetings import MeetingError, Meetings, require_writable
from ..services.workspace import Workspace
from ..store import StoreError
from .confirm import ask
from .file_state import no_file_reason, read_only_reason, set_available
from .flow_layout import wrap_row
from .narrow_panes import combo_width, keep_columns_in_view
from .forms_generated.ui_meeting_panel import Ui_MeetingPanel
from .qt_translations import translate
from .models.meeting import AgendaModel
from .selection import selected_object
from .user_name import user_name
from ..words import error_text, shown

if TYPE_CHECKING:
    from ..services.decisions import DecisionDraft, Decisions

# Documents, their dialogs (the decision dialog too) and the smaller dialogs are imported where
# they open: the window's start needs none of them (issue 16 item 12).


class MeetingPanel(QWidget, Ui_MeetingPanel):
    # The queue, the vacant units or a composition changed (a decision or its undo).
    workspaceChanged = Signal()
    # The meeting chosen started or ended, or its attendance changed, so that small counts of
    # other households must now (N) or no longer (0) show as «færre enn N» (issue 13 item 8).
    maskingChanged = Signal()
    # The committee chose a case on the agenda (an AgendaCase, or None): the window shows its
    # unit, composition, proposal and candidates (issue 16 item 9).
    caseSelected = Signal(object)

    def __init__(self, window, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        # The button rows wrap in a narrow pane rather than widen the window (issue 16 item 1).
        for row in (self.lifecycleLayout, self.caseLayout, self.minutesLayout):
            wrap_row(self.panelLayout, row)
        # The meeting's date always shows whole: at 125 % the chooser read «14.12.202» (issue 16).
        self.meetingChooser.setMinimumWidth(combo_width(self.meetingChooser, "00.00.0000 –"))
        self.window_ = window
        self.workspace: Workspace | None = None
        self.meetings: Meetings | None = None
        self._decisions: Decisions | None = None
        # «færre enn N» for counts of other households below N while an adviser sees the
        # screen (0: exact), and who those advisers are (for the window's indicator).
        self.mask_below = 0
        self.advisers: tuple[Participant, ...] = ()
        # What undo took out of the record, kept so that nothing the meeting wrote is lost
        # (issue 16): by (meeting, case) for the decision dialog, and the order to redo in.
        self._kept_drafts: dict[tuple[int, str], DecisionDraft] = {}
        self._redo: dict[int, list[str]] = {}
        # Meetings whose decisions the chair chose to record before the meeting's date (asked once).
        self._ahead_of_date: set[int] = set()
        self.agenda = AgendaModel(self)
        self.agendaView.setModel(self.agenda)
        self.agendaView.verticalHeader().hide()
        header = self.agendaView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The applicant and the address share what is left, cut short with «…» (the address's
        # tooltip has it whole), so the outcome is never pushed out of sight (issue 16 item 9).
        for name in (translate("Models", "Søker"), translate("Models", "Bolig")):
            header.setSectionResizeMode(self.agenda.column_index(name), QHeaderView.ResizeMode.Stretch)
        self.agendaView.setTextElideMode(Qt.TextElideMode.ElideRight)
        rows = self.agendaView.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 8)

        self.meetingChooser.currentIndexChanged.connect(lambda _index: self.refresh())
        self.newMeetingButton.clicked.connect(self.new_meeting)
        self.participantsButton.clicked.connect(self.edit_participants)
        self.startButton.clicked.connect(self._start_meeting)
        self.closeMeetingButton.clicked.connect(self._close_meeting)
        self.addCaseButton.clicked.connect(self.add_selected_applicant)
        self.decideButton.clicked.connect(self.decide_selected)
        self.agendaView.doubleClicked.connect(lambda _index: self.decide_selected())
        self.undoButton.clicked.connect(self.undo_last)
        self.minutesButton.clicked.connect(lambda: self.show_minutes(signing=False))
        self.signButton.clicked.connect(lambda: self.show_minutes(signing=True))
        self.addendumButton.clicked.connect(self.add_addendum)
        self.letterButton.clicked.connect(self.show_letter)
        self.agendaView.selectionModel().selectionChanged.connect(self._on_agenda_selection)
        self._quiet = False  # True while refresh() puts the selection back: no caseSelected then

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
        record = self.meetings.record(meeting_id, with_follow_ups_due=False)  # the pane shows none
        advisers = tuple(self.meetings.advisers_in_running_meetings())
        self._set_masking(load_meeting_settings(self.workspace.database).neighbour_count_below if advisers else 0,
                          advisers)
        self.agenda.set_places(record.places)
        self.agenda.set_rows(record.cases)
        self.agenda.set_screened(self.window_.screened)
        # The applicant and the unit keep a case number's first digits, never pushed out of the list.
        keep_columns_in_view(self.agendaView, self.fontMetrics().horizontalAdvance("0000…") + 4)
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

    # ---- planning --------------------------------------------------------------------------

    def new_meeting(self) -> None:
        if self._refused_read_only():
            return
        from .meeting_dialogs import NewMeetingDialog

        dialog = NewMeetingDialog(self.window_.today, self)
        if not dialog.exec():
            return
        held_on, place, title = dialog.values()
        try:
            meeting = self.meetings.create(held_on, place, title)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke lage møtet"), error)
            return
        self._fill_chooser(select=meeting.id)
        self.edit_participants()

    def edit_participants(self) -> None:
        if self._refused_read_only():
            return
        if self.meeting_id is not None:
            from .meeting_dialogs import ParticipantsDialog

            ParticipantsDialog(self.meetings, self.meeting_id, self).exec()
            self.refresh()

    def _start_meeting(self) -> None:
        self._lifecycle(self.meetings.start)

    def _lifecycle(self, move) -> None:
        try:
            move(self.meeting_id)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke endre møtets status"), error)
        self._fill_chooser(select=self.meeting_id)

    def _close_meeting(self) -> None:
        if self._refused_read_only():
            return
        record = self.meetings.record(self.meeting_id)
        open_cases = [c for c in record.cases if c.decision is None]
        if open_cases:
            if not ask(self, translate("MeetingPanel", "Avslutte møtet?"),
                       translate("MeetingPanel", "{count} saker er ikke avgjort og blir stående uten vedtak i protokollen. Avslutte likevel?")
                       .format(count=len(open_cases))):
                return
        self._lifecycle(self.meetings.close)

    def add_case(self, applicant: Applicant, unit_id: str | None) -> bool:
        try:
            # The person's own name, never the login account («forberedt av root», issue 16).
            self.meetings.add_case(self.meeting_id, applicant.case_no, unit_id, prepared_by=user_name(self))
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke legge saken på sakslisten"), error)
            return False
        self.refresh()
        self._warn_about_consent(applicant.case_no)
        return True

    def _warn_about_consent(self, case_no: str) -> None:
        """The applicant has not consented to sharing with the organisations in the meeting
        (004 l.1816–1839): say so at once, without stopping the meeting."""
        warning = shown(self.meetings.consent_warning(self.meeting_id, case_no))
        if not warning:
            return
        self.window_.statusBar().showMessage(warning, 30000)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MeetingPanel", "Samtykke mangler"), warning,
                          QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)  # the meeting goes on; the case is on the agenda
        box.show()

    def add_selected_applicant(self) -> None:
        if self._refused_read_only():
            return
        applicant = self.window_.selected_applicant()
        if applicant is None:
            QMessageBox.information(self, translate("MeetingPanel", "Velg en søker"), translate("MeetingPanel", "Velg søkeren i søkerlisten først."))
            return
        unit = self.window_.selected_unit()
        self.add_case(applicant, unit.unit.id if unit else None)

    # ---- deciding ---------------------------------------------------------------------------

    def propose(self, applicant: Applicant, target: UnitSurroundings) -> None:
        """Ctrl+Enter in the workspace: put the pair on the agenda and, in a running meeting, decide."""
        if self.meeting_id is None:
            QMessageBox.information(self, translate("MeetingPanel", "Ingen møter"), translate("MeetingPanel", "Lag et møte først (Møte → Nytt møte …)."))
            return
        record = self.meetings.record(self.meeting_id)
        if record.meeting.status in (MeetingStatus.CLOSED, MeetingStatus.SIGNED):
            QMessageBox.information(self, translate("MeetingPanel", "Møtet er avsluttet"), translate("MeetingPanel", "Velg et planlagt eller pågående møte."))
            return
        case = next((c for c in record.cases if c.applicant.case_no == applicant.case_no), None)
        if case is None and not self.add_case(applicant, target.vacant.unit.id):
            return
        if record.meeting.status is MeetingStatus.IN_PROGRESS:
            self.decide(applicant, target.vacant.unit.id)

    def selected_case(self):
        return selected_object(self.agendaView)

    def decide_selected(self) -> None:
        case = self.selected_case()
        if case is None:
            QMessageBox.information(self, translate("MeetingPanel", "Velg en sak"), translate("MeetingPanel", "Velg saken på sakslisten først."))
        elif case.decision is not None:
            QMessageBox.information(self, translate("MeetingPanel", "Allerede avgjort"),
                                    translate("MeetingPanel", "Sak {case} er avgjort. Angre vedtaket først om det skal endres.")
                                    .format(case=case.applicant.case_no))
        else:
            kept = self._kept_drafts.get((self.meeting_id, case.applicant.case_no))
            self.decide(case.applicant, kept.unit_id if kept and kept.unit_id else case.proposal.unit_id)

    def decide(self, applicant: Applicant, unit_id: str | None, initial: DecisionDraft | None = None) -> bool:
        """The decision dialog for one case; what an undo kept of this case is filled in again."""
        if self._refused_read_only() or not self._may_decide_today():
            return False
        record = self.meetings.record(self.meeting_id)
        key = (self.meeting_id, applicant.case_no)
        initial = initial or self._kept_drafts.get(key)
        from .decision_dialog import DecisionDialog  # its form and checks when first opened (issue 16 item 12)

        try:
            dialog = DecisionDialog(self.decisions, self.meeting_id, applicant, unit_id, self.workspace.vacant_units,
                                    record.participants, self.window_.screened, self,
                                    mask_below=self.mask_below, initial=initial)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kan ikke fatte vedtak"), error)
            return False
        decided = bool(dialog.exec())
        dialog.deleteLater()
        if not decided:
            return False
        # A new decision ends what could be redone (as in any editor); a kept draft of another
        # case still fills in its dialog.
        self._kept_drafts.pop(key, None)
        self._redo.pop(self.meeting_id, None)
        # The decided case stays selected, so the window keeps showing it (issue 16 item 9).
        self.refresh(select=applicant.case_no)
        self.workspaceChanged.emit()
        self._confirm_saved(applicant.case_no)
        return True

    def _may_decide_today(self) -> bool:
        """A meeting dated later than today: ask before a decision is recorded ahead of it («Nei» is
        the default), once per meeting and session. Before its first decision the meeting can be
        moved to today instead, the likely case when it is held early (issue 16: decisions were
        recorded before the meeting's date without a question)."""
        meeting = self.meetings.get(self.meeting_id)
        today = self.window_.today
        if meeting.held_on <= today or self.meeting_id in self._ahead_of_date:
            return True
        box = QMessageBox(QMessageBox.Icon.Question, translate("MeetingPanel", "Møtet er ikke i dag"),
                          translate("MeetingPanel", "Møtet er datert {date}, og i dag er {today}. Et vedtak som føres nå, "
                                                    "er fattet før møtet det hører til, og protokollen kan ikke "
                                                    "signeres før {date}.").format(date=f"{meeting.held_on:%d.%m.%Y}",
                                                                                  today=f"{today:%d.%m.%Y}"),
                          parent=self)
        movable = not self.decisions.for_meeting(self.meeting_id)
        move = box.addButton(translate("MeetingPanel", "&Flytt møtet til i dag"),
                             QMessageBox.ButtonRole.AcceptRole) if movable else None
        ahead = box.addButton(translate("MeetingPanel", "Fatt vedtaket &likevel"), QMessageBox.ButtonRole.YesRole)
        no = box.addButton(translate("MeetingPanel", "&Nei"), QMessageBox.ButtonRole.RejectRole)
        box.setInformativeText(translate("MeetingPanel", "Ble møtet holdt tidligere enn planlagt, flytt det til i dag.")
                               if movable else "")
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if clicked is move and move is not None:
            try:
                self.meetings.change(self.meeting_id, held_on=today)
            except (MeetingError, StoreError) as error:
                self._problem(translate("MeetingPanel", "Kunne ikke flytte møtet"), error)
                return False
            self._fill_chooser(select=self.meeting_id)
            self.window_.statusBar().showMessage(
                translate("MeetingPanel", "Møtet er flyttet til i dag, {today}.").format(today=f"{today:%d.%m.%Y}"), 10000)
            return True
        if clicked is ahead:
            self._ahead_of_date.add(self.meeting_id)
            return True
        return False

    def _confirm_saved(self, case_no: str) -> None:
        """Say in the status bar, for long enough to read it, what was recorded."""
        case = next((c for c in self.agenda.rows() if c.applicant.case_no == case_no), None)
        if case is None or case.decision is None:
            return
        outcome = shown(case.decision.outcome)
        if case.decision.unit_id:
            place = self.agenda.place_text(case)
            message = translate("MeetingPanel", "Vedtaket i sak {number} ({case}) er lagret: {outcome}, {place}.").format(
                number=case.number, case=case_no, outcome=outcome, place=place)
        else:
            message = translate("MeetingPanel", "Vedtaket i sak {number} ({case}) er lagret: {outcome}.").format(
                number=case.number, case=case_no, outcome=outcome)
        self.window_.statusBar().showMessage(message, 10000)

    def undo_last(self) -> None:
        last = self.decisions.last(self.meeting_id) if self.meeting_id else None
        if last is None or self._refused_read_only():
            return
        if not ask(self, translate("MeetingPanel", "Angre siste vedtak?"),
                   translate("MeetingPanel", "Angre vedtaket i sak {case} ({outcome})? Søkeren settes tilbake på ventelisten og boligen blir "
                             "ledig igjen. Angringen føres i revisjonsloggen.").format(case=last.case_no, outcome=shown(last.outcome))
                   + "\n\n" + translate("MeetingPanel", "Det som ble skrevet, beholdes: Gjør om (Ctrl+Shift+Z) fører "
                                          "vedtaket på nytt.")):
            return
        try:
            undone = self.decisions.undo_last(self.meeting_id)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke angre"), error)
            return
        from ..services.decisions import draft_of

        self._kept_drafts[(self.meeting_id, undone.case_no)] = draft_of(undone)
        self._redo.setdefault(self.meeting_id, []).append(undone.case_no)
        self.refresh(select=undone.case_no)
        self.workspaceChanged.emit()
        self.window_.statusBar().showMessage(
            translate("MeetingPanel", "Vedtaket i sak {case} er angret. Gjør om med Ctrl+Shift+Z.").format(
                case=undone.case_no), 10000)

    def can_redo(self) -> bool:
        return bool(self._redo.get(self.meeting_id))

    def redo_last(self) -> None:
        """Gjør om: record the last undone decision again, with everything that was written.

        It is a new decision through every check of a new one (the audit log shows decide, undo,
        decide). If it can no longer be saved as it was (the unit was given away meanwhile), the
        decision dialog opens with the kept draft and says why."""
        stack = self._redo.get(self.meeting_id)
        if not stack:
            self.window_.statusBar().showMessage(translate("MeetingPanel", "Ingen angrede vedtak å gjøre om."), 5000)
            return
        if self.meetings.get(self.meeting_id).status is not MeetingStatus.IN_PROGRESS:
            self.window_.statusBar().showMessage(
                translate("MeetingPanel", "Vedtak kan bare gjøres om mens møtet pågår."), 8000)
            return
        case_no = stack.pop()
        key = (self.meeting_id, case_no)
        draft = self._kept_drafts[key]
        try:
            self.decisions.record(self.meeting_id, draft)
        except (MeetingError, StoreError):
            # No longer savable as it was (the unit went to someone else meanwhile): the dialog
            # shows the kept draft and what stands in the way; cancelled, it can be redone later.
            case = next((c for c in self.meetings.record(self.meeting_id).cases if c.applicant.case_no == case_no), None)
            remaining = list(stack)
            if case is not None and self.decide(case.applicant, draft.unit_id, draft):
                self._redo[self.meeting_id] = remaining  # a redo, not a new decision: the rest stays
            else:
                stack.append(case_no)
            return
        self._kept_drafts.pop(key, None)
        self.refresh(select=case_no)
        self.workspaceChanged.emit()
        self.window_.statusBar().showMessage(
            translate("MeetingPanel", "Vedtaket i sak {case} er ført på nytt, med begrunnelsene.").format(case=case_no),
            10000)

    # ---- minutes ---------------------------------------------------------------------------

    def ask_screened_copy(self, what: str) -> str | None:
        """Skjermet visning is on and a document with names is about to be shown (and could be
        printed or saved from there): ask first. "screened" (the default) for a copy with case
        numbers only, "names" for the document itself, None to show nothing (issue 16 item 8)."""
        box = QMessageBox(QMessageBox.Icon.Question, translate("MeetingPanel", "Skjermet visning er på"),
                          translate("MeetingPanel", "{what} viser søkernes navn og adresser. Skjermen kan være delt "
                                                    "med rommet eller en videosamtale.").format(what=what), parent=self)
        box.setInformativeText(translate("MeetingPanel", "Kopien med bare saksnummer har saksnummer i stedet for navn "
                                                         "og adresser; tekst møtet har skrevet, står som skrevet."))
        screened = box.addButton(translate("MeetingPanel", "Vis &kopi med bare saksnummer"),
                                 QMessageBox.ButtonRole.AcceptRole)
        names = box.addButton(translate("MeetingPanel", "Vis med &navn"), QMessageBox.ButtonRole.DestructiveRole)
        cancel = box.addButton(translate("MeetingPanel", "&Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(screened)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        return "screened" if clicked is screened else "names" if clicked is names else None

    def show_minutes(self, signing: bool) -> None:
        meeting = self.meetings.get(self.meeting_id)
        choice = "names"
        if self.window_.screened:
            choice = self.ask_screened_copy(translate("MeetingPanel", "Protokollen"))
            if choice is None:
                return
        screened = choice == "screened"
        from ..services.minutes import render_minutes
        from ..services.signing import signed_minutes_pdf

        try:
            if screened:  # signed or not: rendered from the record, never the stored PDF
                pdf = render_minutes(self.workspace.database, self.meeting_id, names=False)
            elif meeting.status is MeetingStatus.SIGNED:
                pdf = signed_minutes_pdf(self.workspace.database, self.meeting_id)
            else:
                pdf = render_minutes(self.workspace.database, self.meeting_id)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke lage protokollen"), error)
            return
        title = translate("MeetingPanel", "Protokoll – {title} {date}").format(title=meeting.title,
                                                                               date=f"{meeting.held_on:%d.%m.%Y}")
        name = f"protokoll-{meeting.held_on:%Y-%m-%d}"
        if screened:
            title += " " + translate("MeetingPanel", "(skjermet kopi)")
            name += "-skjermet"
        # Ctrl+G signs from any preview of a closed meeting (Ctrl+P too, as README says); never a screened copy
        self._preview(pdf, title, f"{name}.pdf",
                      meeting.status is MeetingStatus.CLOSED and not self.window_.screened and self.writable)

    def show_letter(self) -> None:
        """The decision letter (vedtaksbrev) of the selected case: names, reasons, klageadgang."""
        case = self.selected_case()
        if case is None or case.decision is None:
            QMessageBox.information(self, translate("MeetingPanel", "Velg en avgjort sak"),
                                    translate("MeetingPanel", "Velg en sak med vedtak på sakslisten først."))
            return
        screened = False
        if self.window_.screened:
            choice = self.ask_screened_copy(translate("MeetingPanel", "Vedtaksbrevet"))
            if choice is None:
                return
            screened = choice == "screened"
        from ..services.issued_letters import issue_letter
        from ..services.letters import render_decision_letter

        try:
            if screened:  # a copy for the screen: not the letter that is sent, so not issued
                pdf = render_decision_letter(self.workspace.database, case.decision.id, names=False)
            else:
                pdf, _ = issue_letter(self.workspace.database, case.decision.id)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke lage vedtaksbrevet"), error)
            return
        title = translate("MeetingPanel", "Vedtaksbrev – sak {case}").format(case=case.applicant.case_no)
        name = f"vedtak-{case.applicant.case_no.replace('/', '-')}"
        if screened:
            title += " " + translate("MeetingPanel", "(skjermet kopi)")
            name += "-skjermet"
        self._preview(pdf, title, f"{name}.pdf")

    def _preview(self, pdf: bytes, title: str, file_name: str, can_sign: bool = False) -> None:
        from .minutes_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(pdf, title, file_name, can_sign=can_sign, parent=self)
        dialog.signRequested.connect(lambda: self._sign(dialog))
        dialog.exec()
        dialog.deleteLater()

    def _sign(self, dialog) -> None:
        """Ctrl+G in the preview: choose who signs and confirm; then the minutes are frozen."""
        from ..services.signing import sign_minutes
        from .signers_dialog import SignersDialog

        record = self.meetings.record(self.meeting_id)
        chooser = SignersDialog(record, dialog)
        chosen = chooser.exec()
        chair_id, secretary_id, confirmations = chooser.chair_id, chooser.secretary_id, chooser.confirmations
        chooser.deleteLater()
        if not chosen:
            return
        try:
            meeting = sign_minutes(self.workspace.database, self.meeting_id, chair_id=chair_id,
                                   secretary_id=secretary_id, confirmations=confirmations, previewed=dialog.pdf)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke signere"), error)
            return
        dialog.accept()
        self._fill_chooser(select=self.meeting_id)
        names = ", ".join(s.name for s in self.meetings.record(self.meeting_id).signed_by)
        self.window_.statusBar().showMessage(
            translate("MeetingPanel", "Protokollen er signert {date} kl. {time} av {names}. Møtet kan ikke lenger "
                      "endres.").format(date=f"{meeting.signed_at:%d.%m.%Y}", time=f"{meeting.signed_at:%H:%M}",
                                        names=names), 30000)

    def add_addendum(self) -> None:
        if self._refused_read_only():
            return
        from ..services.signing import add_addendum
        from .meeting_dialogs import TextDialog

        # Asked before the text is typed: an addendum names who wrote it, a person, not the login.
        author = user_name(self)
        if not author:
            QMessageBox.information(self, translate("MeetingPanel", "Tillegget er ikke ført"),
                                    translate("MeetingPanel", "Et tillegg til protokollen sier hvem som førte det. "
                                              "Skriv navnet ditt for å føre tillegget."))
            return
        dialog = TextDialog(translate("MeetingPanel", "Tillegg til signert protokoll"),
                            translate("MeetingPanel", "Hva retter eller legger tillegget til? (Tillegget dateres og får sin egen protokollside.)"),
                            self)
        ok, text = bool(dialog.exec()), dialog.text()
        dialog.deleteLater()
        if not ok or not text.strip():
            return
        try:
            add_addendum(self.workspace.database, self.meeting_id, text, author)
        except (MeetingError, StoreError) as error:
            self._problem(translate("MeetingPanel", "Kunne ikke føre tillegget"), error)
            return
        self.refresh()


def _default_meeting(summaries) -> int | None:
    """The meeting a user most likely wants: the running one, else the next planned, else the newest."""
    for status in (MeetingStatus.IN_PROGRESS, MeetingStatus.PLANNED):
        matching = [s.meeting for s in summaries if s.meeting.status is status]
        if matching:
            return min(matching, key=lambda m: m.held_on).id
    return summaries[0].meeting.id if summaries else None

"""The «Møte» panel: one meeting from agenda to signed minutes, beside the workspace.

MeetingPanel is made of parts, one concept each (meeting_panel_base.py says which and why):
this module builds the panel and connects its buttons to them."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from .flow_layout import wrap_row
from .meeting_deciding import DecidingPart
from .meeting_documents import DocumentsPart
from .meeting_panel_base import PanelWindow
from .meeting_planning import PlanningPart
from .models.meeting import AgendaModel
from .narrow_panes import combo_width
from .qt_translations import translate

# Documents, their dialogs (the decision dialog too) and the smaller dialogs are imported where
# they open: the window's start needs none of them (issue 16 item 12).


class MeetingPanel(PlanningPart, DecidingPart, DocumentsPart):
    def __init__(self, window: PanelWindow, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        # The button rows wrap in a narrow pane rather than widen the window (issue 16 item 1).
        for row in (self.lifecycleLayout, self.caseLayout, self.minutesLayout):
            wrap_row(self.panelLayout, row)
        # The meeting's date always shows whole: at 125 % the chooser read «14.12.202» (issue 16).
        self.meetingChooser.setMinimumWidth(combo_width(self.meetingChooser, "00.00.0000 –"))
        self.window_ = window
        self.workspace = None
        self.meetings = None
        self._decisions = None
        self.mask_below = 0  # the counts shown exact until an adviser is present
        self.advisers = ()
        self._kept_drafts = {}
        self._redo = {}
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

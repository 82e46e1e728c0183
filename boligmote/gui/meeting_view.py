"""Møtevisning (Vis → Møtevisning, F11): the case in hand, full screen, for the projector.

The room reads it from three metres: large type, black on white, and nothing said by colour
alone — every change is also an arrow and a hatched bar, every flag also a mark and a word
(‼ Kritisk, ! Advarsel, i Info, + Tiltak). It shows the case the main window has in hand (the
agenda case, the candidate, or the applicant and unit chosen) and follows it; a recorded
decision does not take it away. Names stay hidden unless the chair ticks «Vis navn» (off each
time the view opens, and locked off under Skjermet visning), and while an adviser is present
small neighbour counts read «færre enn N», exactly as in the main window (issue 13 item 8) —
a projector is the most public screen in the room.
"""
from __future__ import annotations

import html
import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QFont, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain import Applicant, Flag, Severity, UnitSurroundings
from ..rules import MITIGATION
from ..rules.sources import readable
from ..services.composition_change import flags_in_reading_order, placement_change
from ..store import StoreError
from ..text import floor_label
from .chips import mitigation_word, severity_word
from .formatting import format_kroner, format_number, format_waiting, sentence_case
from .models.meeting import case_unit_id
from .privacy import masking_label
from .qt_translations import translate
from ..words import Count, error_text, rule_title, shown
from .composition_chart import CompositionChart

_SEVERITY_STYLE = {Severity.CRITICAL: ("‼", "#a31b14", "#fde7e5"), Severity.WARNING: ("!", "#6b4700", "#fff3d6"),
                   Severity.INFO: ("i", "#1f4a6b", "#eaf1f7")}
_MITIGATION_STYLE = ("+", "#0f5d1f", "#e6f3e8")


@dataclass(frozen=True)
class CaseInHand:
    """What the view shows: an applicant (case number), a unit, or both."""

    case_no: str | None = None
    unit_id: str | None = None

    def __bool__(self) -> bool:
        return bool(self.case_no or self.unit_id)


# ---- the chart --------------------------------------------------------------------------------


# ---- the view ---------------------------------------------------------------------------------

class MeetingView(QWidget):
    """The projector window. Follows the main window's case in hand; Esc or F11 closes it."""

    closed = Signal()

    def __init__(self, window):
        super().__init__(window, Qt.WindowType.Window)
        self.window_ = window
        self.setObjectName("meetingView")
        self.setWindowTitle(translate("MeetingView", "Møtevisning – Boligmøte"))
        self.setAutoFillBackground(True)
        self.setStyleSheet("QWidget#meetingView { background: white; } QLabel { color: #111111; }")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.case = CaseInHand()
        self._workspace = window.workspace
        self.applicant: Applicant | None = None
        self.target: UnitSurroundings | None = None
        self.flags: list[Flag] = []

        self.caseLabel = QLabel(self)
        self.caseLabel.setObjectName("meetingCase")
        self.caseLabel.setWordWrap(True)
        self.namesToggle = QCheckBox(translate("MeetingView", "Vis &navn"), self)
        self.namesToggle.setObjectName("meetingNames")
        self.namesToggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Esc and F11 stay with the view
        self.namesToggle.setToolTip(translate("MeetingView", "Navnene er skjult på storskjermen til møtelederen slår dem på"))
        self.namesToggle.toggled.connect(lambda _on: self.refresh())
        self.hint = QLabel(translate("MeetingView", "Ctrl+↓/↑ neste/forrige sak · Esc eller F11 lukker"), self)
        self.hint.setObjectName("meetingHint")
        self.unitLabel = QLabel(self)
        self.unitLabel.setObjectName("meetingUnit")
        self.unitLabel.setWordWrap(True)
        self.maskingLabel = QLabel(self)
        self.maskingLabel.setObjectName("meetingMasking")
        self.maskingLabel.setStyleSheet("QLabel { background: #fff3cd; color: #3d2e00; border: 2px solid #8a6d00;"
                                        " padding: 2px 10px; }")
        self.chart = CompositionChart(self)
        self.flagsLabel = QLabel(self)
        self.flagsLabel.setObjectName("meetingFlags")
        self.flagsLabel.setWordWrap(True)
        self.flagsLabel.setTextFormat(Qt.TextFormat.RichText)
        self.flagsLabel.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.flagsScroll = QScrollArea(self)
        self.flagsScroll.setWidget(self.flagsLabel)
        self.flagsScroll.setWidgetResizable(True)
        self.flagsScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.flagsScroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.flagsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.flagsScroll.setStyleSheet("QScrollArea, QScrollArea > QWidget > QWidget { background: white; }")

        # Says so when flags are below the fold: a thin scroll bar is invisible from three metres.
        self.moreFlags = QLabel(translate("MeetingView", "▼ Flere varsler nedenfor (↓ / PgDn)"), self)
        self.moreFlags.setObjectName("meetingMoreFlags")
        self.moreFlags.setStyleSheet("QLabel { background: #111111; color: white; padding: 2px 8px; }")
        self.moreFlags.hide()
        bar = self.flagsScroll.verticalScrollBar()
        bar.valueChanged.connect(lambda _v: self._show_more())
        bar.rangeChanged.connect(lambda _a, _b: self._show_more())

        top = QHBoxLayout()
        top.addWidget(self.caseLabel, 1)
        top.addWidget(self.namesToggle, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.hint, 0, Qt.AlignmentFlag.AlignTop)
        body = QHBoxLayout()
        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.flagsScroll, 1)
        right.addWidget(self.moreFlags)
        body.addWidget(self.chart, 58)
        body.addLayout(right, 42)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.unitLabel)
        layout.addWidget(self.maskingLabel)
        layout.addLayout(body, 1)
        self._layout = layout
        self._body = body
        self._base_px = 0

        panel = window.meeting_panel
        window.candidates.pairSelected.connect(self._on_pair)
        panel.caseSelected.connect(self._on_agenda)  # after the main window has moved its panes
        window.unitsView.selectionModel().selectionChanged.connect(lambda *_: self._on_unit())
        window.queueView.selectionModel().selectionChanged.connect(lambda *_: self._on_applicant())
        panel.workspaceChanged.connect(self.refresh)  # a decision or its undo: same case, new numbers
        window.queue_model.modelReset.connect(self.refresh)  # another file opened (or this one re-read)
        panel.maskingChanged.connect(self.refresh)
        window.actionScreened.toggled.connect(lambda _on: self.refresh())
        self.case = self.case_from_window()

    # ---- which case --------------------------------------------------------------------------

    def case_from_window(self) -> CaseInHand:
        """What the main window has in hand when the view first opens: the chosen candidate, else
        the agenda case, else the applicant and/or the unit chosen in the lists."""
        w = self.window_
        pair = w.candidates.selected_pair
        if pair is not None:
            return CaseInHand(pair.applicant.case_no, pair.target.vacant.unit.id)
        case = w.meeting_panel.selected_case()
        if case is not None:
            return _agenda_case(case)
        applicant, vacant = w.selected_applicant(), w.selected_unit()
        return CaseInHand(applicant.case_no if applicant else None, vacant.unit.id if vacant else None)

    def show_case(self, case: CaseInHand) -> None:
        if case != self.case:
            self.case = case
            self.refresh()

    def _on_pair(self, pair) -> None:
        if pair is not None:
            self.show_case(CaseInHand(pair.applicant.case_no, pair.target.vacant.unit.id))

    def _on_agenda(self, case) -> None:
        if case is not None:  # an emptied selection (the agenda reloaded after a decision) keeps the case
            self.show_case(_agenda_case(case))

    def _on_unit(self) -> None:
        vacant = self.window_.selected_unit()
        if vacant is not None and vacant.unit.id != self.case.unit_id:
            self.show_case(CaseInHand(None, vacant.unit.id))

    def _on_applicant(self) -> None:
        applicant = self.window_.selected_applicant()
        if applicant is not None and applicant.case_no != self.case.case_no:
            self.show_case(CaseInHand(applicant.case_no, None))

    # ---- opening and closing ---------------------------------------------------------------------

    def open(self) -> None:
        """Full screen on the projector: a screen other than the main window's when there is one."""
        self.namesToggle.setChecked(False)  # names off each time the view opens
        screens = QGuiApplication.screens()
        own = self.window_.screen()
        other = next((s for s in screens if s is not own), None)
        if other is not None:
            self.setScreen(other)
            self.setGeometry(other.geometry())
        self.showFullScreen()
        self.refresh()
        self.raise_()
        self.activateWindow()
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            self.close()
            return
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.step_agenda(1 if key == Qt.Key.Key_Down else -1)  # a mirrored screen: no need to leave the view
            return
        bar = self.flagsScroll.verticalScrollBar()
        steps: dict[Any, int] = {Qt.Key.Key_Down: bar.singleStep(), Qt.Key.Key_Up: -bar.singleStep(),
                 Qt.Key.Key_PageDown: bar.pageStep(), Qt.Key.Key_PageUp: -bar.pageStep()}
        if key in steps:  # long flag lists scroll without a mouse
            bar.setValue(bar.value() + steps[key])
            return
        super().keyPressEvent(event)

    def step_agenda(self, step: int) -> None:
        """Ctrl+↓ / Ctrl+↑: the next or previous case on the agenda (the main window follows)."""
        panel = self.window_.meeting_panel
        cases = panel.agenda.rows()
        if not cases:
            return
        current = next((i for i, c in enumerate(cases) if c.applicant.case_no == self.case.case_no), None)
        index = (0 if step > 0 else len(cases) - 1) if current is None else current + step
        if 0 <= index < len(cases):
            panel.select_case(cases[index].applicant.case_no)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()

    # ---- what it shows -------------------------------------------------------------------------

    @property
    def names_shown(self) -> bool:
        return self.namesToggle.isChecked() and not self.window_.screened

    @property
    def mask_below(self) -> int:
        return self.window_.meeting_panel.mask_below

    def refresh(self) -> None:
        w = self.window_
        if w.workspace is not self._workspace:
            same_file = (w.workspace is not None and self._workspace is not None
                         and w.workspace.database.path == self._workspace.database.path)
            self._workspace = w.workspace
            if not same_file:  # another file: nothing of the old one stays on the projector
                self.case = CaseInHand()
        if not self.isVisible():  # closed: only the case is followed; open() draws it (selection stays fast)
            return
        screened = w.screened
        self.namesToggle.setEnabled(not screened)
        if screened:
            self.namesToggle.setToolTip(translate("MeetingView", "Skjermet visning er på: navn vises ikke"))
        self.applicant, self.target, self.flags = None, None, []
        problem = ""
        if w.matching is not None and self.case:
            try:
                if self.case.case_no:
                    self.applicant = w.matching.applicant(self.case.case_no)
                if self.case.unit_id:
                    self.target = w.matching.target(self.case.unit_id)
                if self.applicant is not None and self.target is not None:
                    self.flags = flags_in_reading_order(w.matching.flags(self.case.case_no, self.case.unit_id))
            except StoreError as error:  # e.g. a unit removed by an import: say so, no traceback
                problem = error_text(error)
        self._show_texts(problem)
        self._fit()

    def _show_texts(self, problem: str) -> None:
        mask_below = self.mask_below
        self.caseLabel.setText(self._case_html())
        self.unitLabel.setText(self._facts_html())
        self.unitLabel.setVisible(self.applicant is not None or self.target is not None)
        self.maskingLabel.setText(masking_label(mask_below) if mask_below else "")
        self.maskingLabel.setVisible(bool(mask_below))
        if self.target is not None:
            change = placement_change(self.target, self.applicant, self.window_.today)
            agenda = self._agenda_case()
            moved_in = bool(agenda and agenda.decision and agenda.decision.unit_id == self.target.vacant.unit.id
                            and self.target.vacant.unit.id not in {v.unit.id for v in self.window_.workspace.vacant_units})
            self.chart.set_change(change, self.target.stairwell.label, mask_below, moved_in=moved_in)
        else:
            self.chart.set_change(None, placeholder=problem or (
                translate("MeetingView", "Velg en bolig eller en kandidat for å se oppgangen og bygningen.") if self.case
                else translate("MeetingView", "Velg en sak på sakslisten, eller en søker og en bolig, i hovedvinduet.")))

    def _case_html(self) -> str:
        """One line: «Sak 3 · 2026/0012 → Bjørkeveien 6B, oppgang B» (the name only when shown)."""
        parts = []
        agenda = self._agenda_case()
        if agenda is not None:
            parts.append(translate("MeetingView", "Sak {number}").format(number=agenda.number))
        if self.applicant is not None:
            parts.append(self.applicant.case_no)
            if self.names_shown:
                parts.append(self.applicant.name)
        elif self.case.case_no:
            parts.append(self.case.case_no)
        who = " · ".join(parts)
        if self.target is not None:
            where = translate("MeetingView", "{address}, oppgang {stairwell}").format(address=self.target.building.address,
                                                                 stairwell=self.target.stairwell.label)
            who = f"{who} → {where}" if who else translate("MeetingView", "Bolig: {where}").format(where=where)
        return "<b>" + html.escape(who or translate("MeetingView", "Ingen sak valgt")) + "</b>"

    def _facts_html(self) -> str:
        """The applicant's household and the unit, one line each."""
        lines = []
        a = self.applicant
        if a is not None:
            adults = translate("MeetingView", "1 voksen") if a.adults == 1 else translate("MeetingView", "{n} voksne").format(n=a.adults)
            size = adults + (translate("MeetingView", ", {n} barn").format(n=len(a.children_ages)) if a.children_ages else "")
            facts = [sentence_case(shown(a.household_type)), size,
                     translate("MeetingView", "ventet {time}").format(time=format_waiting(a.waiting_days(self.window_.today))),
                     shown(a.priority)]
            agenda = self._agenda_case()
            if agenda is not None and agenda.decision is not None:
                facts.append(translate("MeetingView", "vedtak: {outcome}").format(outcome=shown(agenda.decision.outcome)))
            label = translate("MeetingView", "Søker:")
            lines.append(f"<b>{html.escape(label)}</b> {html.escape(' · '.join(facts))}")
        t = self.target
        if t is not None:
            unit, building = t.vacant.unit, t.building
            lift = translate("MeetingView", "heis") if building.has_lift else translate("MeetingView", "uten heis")
            facts = [building.district, unit.id,
                     translate("MeetingView", "{rooms}, {area} m²").format(rooms=shown(Count(unit.rooms, "room")),
                                                                    area=format_number(unit.area_m2)),
                     f"{floor_label(unit.floor)} ({lift})",
                     translate("MeetingView", "{rent} i måneden").format(rent=format_kroner(unit.rent))]
            label = translate("MeetingView", "Bolig:")
            lines.append(f"<b>{html.escape(label)}</b> {html.escape(' · '.join(facts))}")
        return "<br>".join(lines)

    def _agenda_case(self):
        if not self.case.case_no:
            return None
        return next((c for c in self.window_.meeting_panel.agenda.rows()
                     if c.applicant.case_no == self.case.case_no), None)

    def flags_html(self, px: int) -> str:
        if self.applicant is None or self.target is None:
            return ""
        settings = self.window_.matching.settings
        source = translate("MeetingView", "Kilde:")
        small = max(12, int(px * 0.88))
        heading = (translate("MeetingView", "Risikovarsler ({count})").format(count=len(self.flags)) if self.flags
                   else translate("MeetingView", "Risikovarsler"))
        parts = [f"<p style='font-size:{int(px * 1.1)}px; margin:0 0 {px // 3}px 0'><b>"
                 + html.escape(heading) + "</b></p>"]
        if not self.flags:
            parts.append(f"<p style='font-size:{px}px'>" + html.escape(translate("MeetingView", "Ingen risikovarsler for dette paret."))
                         + "</p>")
        for flag in self.flags:
            if flag.rule == MITIGATION:
                mark, colour, background = _MITIGATION_STYLE
                word = mitigation_word()
            else:
                mark, colour, background = _SEVERITY_STYLE[flag.severity]
                word = severity_word(flag.severity)
            try:
                title = rule_title(settings, flag.rule)
            except KeyError:  # a rule the settings do not know yet: its id says what it is
                title = flag.rule
            parts.append(
                f"<table width='100%' cellspacing='0' cellpadding='{max(4, px // 4)}' bgcolor='{background}' "
                f"style='margin-bottom:{px // 3}px'><tr><td>"
                f"<span style='font-size:{px}px; color:{colour}'><b>{mark} {html.escape(word.upper())}: "
                f"{html.escape(title)}</b></span>"
                f"<span style='font-size:{small}px'> ({html.escape(shown(flag.scope))})</span><br>"
                f"<span style='font-size:{px}px'>{html.escape(shown(flag.shared_message))}</span><br>"
                f"<span style='font-size:{small}px; color:#333333'>{html.escape(source)} "
                f"{html.escape(shown(readable(flag.source)))}</span></td></tr></table>")
        parts.append(f"<p style='font-size:{small}px; color:#333333'>"
                     + html.escape(translate("MeetingView", "Varslene er råd med begrunnelse, aldri et automatisk avslag.")) + "</p>")
        return "".join(parts)

    # ---- sizes -----------------------------------------------------------------------------------

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def base_px(self) -> int:
        """The body text size: about 1/34 of the screen height (22 px at 768, 32 at 1080)."""
        return max(16, round(self.height() / 34))

    def _fit(self) -> None:
        px = self._base_px = self.base_px()
        margin = px // 2
        self._layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._layout.setSpacing(max(4, px // 4))
        self._body.setSpacing(px)
        for label, size in ((self.caseLabel, px * 1.3), (self.unitLabel, px), (self.maskingLabel, px * 0.9),
                            (self.hint, px * 0.7), (self.namesToggle, px * 0.9),
                            (self.moreFlags, px * 0.85)):
            font = QFont(self.font())
            font.setPixelSize(int(size))
            label.setFont(font)
        indicator = int(px * 0.9)
        self.namesToggle.setStyleSheet(f"QCheckBox::indicator {{ width: {indicator}px; height: {indicator}px; }}")
        self.hint.setStyleSheet("QLabel { color: #3d3d3d; }")
        self._fit_flags(px)

    def _fit_flags(self, px: int) -> None:
        """The flags at body size, in a column as narrow as they allow (the chart's numbers need the
        width); when they do not fit at 42 % of the width — or at the widest share that keeps the
        chart readable — a little smaller (to 80 %), then they scroll (↓/PgDn), critical first,
        so what matters most is always in view."""
        available = self.chart.height() - (self.moreFlags.sizeHint().height() if self.moreFlags.isVisible() else 0)
        spacing = self._body.spacing()
        margins = self._layout.contentsMargins()
        room = self.width() - margins.left() - margins.right() - spacing
        scroll_bar = self.flagsScroll.verticalScrollBar().sizeHint().width()
        html_at_px = self.flags_html(px)
        # The chart comes first — it is what the room reads from three metres. The flags take only
        # the width that leaves the chart's rows at 90 % of body size and at least 20 screen pixels
        # (16 logical on a 125 % laptop; a fortieth of the height on a larger screen), down to a
        # quarter of the width («færre enn 3 → +1» and long flags both want it); then they scroll,
        # critical first.
        readable = max(20 if self.width() >= 1280 else 16, math.ceil(self.height() / 40), math.ceil(px * 0.9))
        room_for_chart = [share for share in (0.25, 0.30, 0.34, 0.38, 0.42)
                          if self.chart.fit_font_px(int(room * (1 - share)), self.chart.height()) >= readable]
        shares = [s for s in (0.34, 0.38, 0.42) if s in room_for_chart] or room_for_chart[-1:] or [0.25]
        for share in shares:
            self.flagsLabel.setText(html_at_px)
            if available <= 0 or self.flagsLabel.heightForWidth(int(room * share) - scroll_bar) <= available:
                break
        self._body.setStretch(0, round(100 * (1 - share)))
        self._body.setStretch(1, round(100 * share))
        self.flags_share = share
        width = int(room * share) - scroll_bar
        size, smallest = px, math.ceil(px * 0.8)
        while True:
            self.flagsLabel.setText(self.flags_html(size) if size != px else html_at_px)
            if size <= smallest or available <= 0 or self.flagsLabel.heightForWidth(width) <= available:
                break
            size -= 1
        self.flags_px = size
        self._show_more()

    def _show_more(self) -> None:
        bar = self.flagsScroll.verticalScrollBar()
        self.moreFlags.setVisible(bar.maximum() > 0 and bar.value() < bar.maximum())


def _agenda_case(case) -> CaseInHand:
    return CaseInHand(case.applicant.case_no, case_unit_id(case))

"""«Kandidater» and «Forslag»: ranked pairs for a unit (or an applicant), the chosen pair explained."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyleOptionViewItem

from ..rules.ranking import RankedPair, describe_flag_counts, priority_factor, risk_counts, waiting_factor
from ..words import rule_title
from ..services.matching import Matching
from ..store import RecordNotFound
from .chips import CHIPS_ROLE, FlagChipDelegate, least_width
from .models.candidates import CandidatesForUnitModel, UnitsForApplicantModel
from .proposal_view import proposal_html
from .qt_translations import QT_TRANSLATE_NOOP, translate
from .selection import selected_object

# A text cell's margins and grid line, beside its text.
_CELL_PADDING = 12
_LEAST_FLAGS = 48  # a chip's mark and «…»
# Bokmål source texts (this runs at import), translated where shown.
_NOTHING_CHOSEN = QT_TRANSLATE_NOOP("CandidatePane", "Velg en ledig bolig for å se rangerte søkere, "
                                    "eller en søker for å se egnede boliger.")
_NO_PAIR = QT_TRANSLATE_NOOP("CandidatePane", "Velg en kandidat for å se hva forslaget gir søkeren, hva det "
                             "koster oppgangen, og alle varsler forklart.")
_FLAGS_COMING = QT_TRANSLATE_NOOP("CandidatePane", "Varslene beregnes. Kandidatene og forslaget vises her når "
                                  "varslene for hvert par er kjent.")


class CandidatePane(QObject):
    """Drives the window's candidatesView, candidatesHeading, showUnsuitable, proposalView,
    proposeButton and actionPropose (laid out in ui/main_window.ui)."""

    # In applicant mode the chosen pair's unit is the one whose composition should show.
    surroundingsWanted = Signal(object)
    # The committee chose a candidate (a RankedPair): the meeting view follows it.
    pairSelected = Signal(object)

    def __init__(self, window):
        super().__init__(window)
        self.w = window
        self.matching: Matching | None = None
        self.screened = False
        self.mask_below = 0  # «færre enn N» for small counts of other households (0: exact)
        self._source: tuple[str, str] | None = None  # ("unit", unit_id) or ("applicant", case_no)
        self._pair: RankedPair | None = None
        # (case_no, unit_id, can_propose) while the proposal shows an agenda case's pair that
        # is not a row of the list (a decided case, or an unsuitable pair hidden from it).
        self._alone: tuple[str, str, bool] | None = None
        # An agenda case chosen while the flags were still being computed: chosen when they come.
        self._wanted: tuple[str, str] | None = None
        # Per list kind, its columns' widths as the first screenful needs them, and the least the
        # flags can take (every chip as its mark): spread over the list's width as it changes.
        self._fitted: dict = {}
        self._proposal = ""  # the HTML the proposal shows (_set_proposal)
        self.for_unit = CandidatesForUnitModel(window.today, self._short_label, self._explain, self)
        self.for_applicant = UnitsForApplicantModel(self._short_label, self._explain, self)
        self._chips = FlagChipDelegate(window.candidatesView)
        window.candidatesView.verticalHeader().hide()
        window.candidatesView.horizontalHeader().setStretchLastSection(True)
        window.candidatesView.viewport().installEventFilter(self)
        window.showUnsuitable.toggled.connect(self.refresh)
        # Its key on a line of its own: on one line the button alone held the «Forslag» pane wide,
        # and at 1280×720 and 125 % the window had no room left for the meeting pane (issue 16).
        window.proposeButton.setText(window.proposeButton.text().replace(" (", "\n(", 1))
        self._use(self.for_unit)

    # ---- what to list ---------------------------------------------------------------------------

    def set_matching(self, matching: Matching) -> None:
        self.matching = matching
        matching.mask_below = self.mask_below
        self.refresh()

    def show_for(self, source: tuple[str, str] | None) -> None:
        self._source = source
        self.refresh()

    def refresh(self) -> None:
        w, source, include = self.w, self._source, self.w.showUnsuitable.isChecked()
        self._wanted = None
        if source is None or self.matching is None:
            self.for_unit.set_rows([])
            w.candidatesHeading.setText(translate("CandidatePane", _NOTHING_CHOSEN))
        elif not w.flags_known():
            self._waiting_for_flags(source)
            return
        elif source[0] == "unit":
            ranked = self.matching.candidates_for_unit(source[1], include)
            self._fill(self.for_unit, ranked)
            target = self.matching.target(source[1])
            w.candidatesHeading.setText(
                translate("CandidatePane", "<b>{count} søkere</b> for {address}, oppgang {stairwell} – rangert etter prioritet, ventetid "
                  "og varsler").format(count=len(ranked), address=target.building.address,
                                       stairwell=target.stairwell.label))
        else:
            ranked = self.matching.units_for_applicant(source[1], include)
            self._fill(self.for_applicant, ranked)
            w.candidatesHeading.setText(
                translate("CandidatePane", "<b>{count} egnede boliger</b> for søker {case} – rangert etter varsler og ledig dato")
                .format(count=len(ranked), case=source[1]))
        self._alone = None
        self._show_pair(None)

    def set_mask_below(self, mask_below: int) -> None:
        """An adviser came or went: flag texts and the open proposal are written again, the
        lists and the chosen candidate stay."""
        self.mask_below = mask_below
        if self.matching is not None:
            self.matching.mask_below = mask_below
        for model in (self.for_unit, self.for_applicant):
            model.forget_explanations()
        self._redisplay()

    def set_screened(self, screened: bool) -> None:
        self.screened = screened
        for model in (self.for_unit, self.for_applicant):
            model.set_screened(screened)
        self._redisplay()

    def _redisplay(self) -> None:
        if self._alone is not None:
            self._show_pair_alone(*self._alone)
        else:
            self._show_pair(self._pair)

    def reevaluate(self) -> None:
        """The flags changed under the same list (an incident was registered): list again and keep
        the chosen candidate, or the agenda case's own pair, in the proposal."""
        alone, pair = self._alone, self._pair
        if self._source is not None:
            self.refresh()
        if alone is not None:
            self._show_pair_alone(*alone)
        elif pair is not None:
            view = self.w.candidatesView
            row = view.model().find_row(lambda p: p.applicant.case_no == pair.applicant.case_no
                                        and p.target.vacant.unit.id == pair.target.vacant.unit.id)
            if row is not None:
                view.selectRow(row)
                view.scrollTo(view.model().index(row, 0))

    def flags_ready(self) -> None:
        """The flags computed in the background have come: list, and select the case chosen meanwhile."""
        wanted = self._wanted
        self.reevaluate()
        if wanted is not None:
            self.choose_applicant(*wanted)

    def _waiting_for_flags(self, source: tuple[str, str]) -> None:
        """No ranking and no proposal until every pair's flags are known: a list ranked on
        flags not yet evaluated would mislead, and so would a pair proposed without its flags."""
        w = self.w
        model = self.for_unit if source[0] == "unit" else self.for_applicant
        self._use(model)
        model.set_rows([])
        if source[0] == "unit":
            target = self.matching.target(source[1])
            heading = translate("CandidatePane", "<b>Beregner varsler …</b> Søkerne for {address}, oppgang "
                                "{stairwell} rangeres når varslene er klare.").format(
                address=target.building.address, stairwell=target.stairwell.label)
        else:
            heading = translate("CandidatePane", "<b>Beregner varsler …</b> Egnede boliger for søker {case} "
                                "rangeres når varslene er klare.").format(case=source[1])
        w.candidatesHeading.setText(heading)
        self._alone = None
        self._show_pair(None)
        self._set_proposal(f"<p style='color:#555'>{translate('CandidatePane', _FLAGS_COMING)}</p>")

    @property
    def flags_pending(self) -> bool:
        """The list waits for flags being computed (nothing can be proposed meanwhile)."""
        return self._source is not None and self.matching is not None and not self.matching.ready \
            and not self.w.flags_known()

    @property
    def selected_pair(self) -> RankedPair | None:
        return self._pair

    # ---- an agenda case -------------------------------------------------------------------------

    def choose_applicant(self, case_no: str, unit_id: str) -> None:
        """The unit's candidates are listed: select the case's applicant among them, or, if the
        list leaves them out (unsuitable and hidden), show the pair's proposal all the same."""
        if not self.w.flags_known():
            self._wanted = (case_no, unit_id)  # the list is not ranked yet: chosen when it is
            return
        view = self.w.candidatesView
        row = view.model().find_row(lambda pair: pair.applicant.case_no == case_no)
        if row is not None:
            view.selectRow(row)
            view.scrollTo(view.model().index(row, 0))
            return
        view.clearSelection()
        self._show_pair_alone(case_no, unit_id)

    def show_settled(self, case_no: str, unit_id: str, heading: str) -> None:
        """A decided case whose unit is let: no candidates to rank, the proposal as it stood
        before the household moved in (so the panes keep the case after a decision)."""
        self._source = None
        self._use(self.for_unit)
        self.for_unit.set_rows([])
        self.w.candidatesHeading.setText(heading)
        self._show_pair_alone(case_no, unit_id, can_propose=False)

    def _show_pair_alone(self, case_no: str, unit_id: str, can_propose: bool = True) -> None:
        matching = self.matching
        self._alone = (case_no, unit_id, can_propose)
        try:
            applicant, target = matching.applicant(case_no), matching.target(unit_id)
            flags = matching.flags(case_no, unit_id)
            unmet = matching.unmet_requirements(case_no, unit_id)
        except RecordNotFound:
            self._show_pair(None)
            return
        severities = tuple((f.rule, f.severity) for f in flags)
        # The same reasons a listed pair gives (rules/ranking.py), so the case reads alike
        # whether it is picked from the candidates or from the agenda.
        factors = (priority_factor(applicant.priority),
                   waiting_factor(applicant.waiting_days(self.w.today), applicant.decision_date),
                   describe_flag_counts(risk_counts(severities)))
        pair = RankedPair(-1, -1, applicant, target, not unmet, severities, factors)
        self._show_pair(pair, flags=flags, unmet=unmet)
        self.w.proposeButton.setEnabled(can_propose and self.w.writable)
        self.w.actionPropose.setEnabled(can_propose and self.w.writable)
        if not can_propose:
            self._pair = None

    # ---- the list -------------------------------------------------------------------------------

    def _short_label(self, rule_id: str) -> str:
        return rule_title(self.matching.settings, rule_id, short=True)

    def _explain(self, pair: RankedPair):
        return self.matching.explained_flags(pair)

    def _fill(self, model, ranked) -> None:
        self._use(model)
        model.set_rows(ranked)
        self._fit_columns_once(model)

    def _use(self, model) -> None:
        view = self.w.candidatesView
        if view.model() is not model:
            view.setModel(model)
            view.selectionModel().selectionChanged.connect(self._on_selection)
            for column in range(model.columnCount()):
                view.setItemDelegateForColumn(column, self._chips if column == model.flags_column else None)
        model.set_screened(self.screened)

    def _fit_columns_once(self, model) -> None:
        """Measure the columns on what the first screenful shows, once per list kind (the user
        may resize them after that), and spread them over the list's width. What every chip
        as its mark needs is measured on each list: a unit's first rows may carry more flags."""
        if model.rowCount() == 0:
            return
        view = self.w.candidatesView
        rows = min(model.rowCount(), 15)
        chip_metrics = QFontMetrics(view.font())
        marks = max(least_width(model.index(r, model.flags_column).data(CHIPS_ROLE) or [], chip_metrics)
                    for r in range(rows))
        # The rank column as wide as the list's last rank: an agenda case may be ranked 170th.
        rank = view.fontMetrics().horizontalAdvance(str(model.rowCount())) + _CELL_PADDING
        if model in self._fitted:
            widths = list(self._fitted[model][0])
            widths[0] = max(widths[0], rank)
            self._fitted[model] = (widths, marks)
            self._spread(model)
            return
        metrics = view.fontMetrics()
        widths = []
        for column in range(model.columnCount()):
            if column == model.flags_column:
                option = QStyleOptionViewItem()
                option.font = view.font()
                width = max([self._chips.sizeHint(option, model.index(r, column)).width() for r in range(rows)] or [80])
                widths.append(min(520, max(120, width)))
                continue
            texts = [model.headerData(column, Qt.Orientation.Horizontal)] + [
                model.index(row, column).data() or "" for row in range(rows)]
            widths.append(min(260, max(metrics.horizontalAdvance(t) for t in texts) + _CELL_PADDING))
        widths[0] = max(widths[0], rank)
        self._fitted[model] = (widths, marks)
        self._spread(model)

    def _spread(self, model) -> None:
        """The rank, who (or where) and the flags inside the list, whatever its width (issue 16:
        at 1366×768 the flags took 520 px of 250 and no name showed). The flags get what they
        want where there is room, else what is left, but never less than every chip as its mark
        (nor, in a list narrower than that, beyond its edge);
        the name gives way, down to some four letters and «…», and where not even those fit (125 %
        scaling, a pane at its narrowest) it is left out: the proposal names the candidate.
        The columns after the flags keep their widths: the list scrolls sideways to them."""
        fitted = self._fitted.get(model)
        view = self.w.candidatesView
        if fitted is None or view.model() is not model:
            return
        widths, marks = list(fitted[0]), fitted[1]
        flags, who = model.flags_column, model.flags_column - 1
        room = view.viewport().width()
        least_who = min(widths[who], view.fontMetrics().horizontalAdvance("xxxx…") + _CELL_PADDING // 2)
        before = sum(widths[:who])
        widths[flags] = max(min(widths[flags], room - before - widths[who]), min(widths[flags], marks))
        # Narrower still, the marks that fit and «…» (the tooltip has every flag), inside the list.
        widths[flags] = max(min(widths[flags], room - before), _LEAST_FLAGS)
        widths[who] = min(widths[who], room - before - widths[flags])
        # Only a name gives way entirely (behind the case number); an address is who the list is about.
        view.setColumnHidden(who, who > 1 and widths[who] < least_who)
        widths[who] = max(widths[who], least_who)
        for column, width in enumerate(widths):
            if view.columnWidth(column) != width and not view.isColumnHidden(column):
                view.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.w.candidatesView.viewport():
            self._spread(self.w.candidatesView.model())
        return super().eventFilter(watched, event)

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        pair = selected_object(self.w.candidatesView)
        if pair is None and self._alone is not None:
            return  # the list was cleared to show an agenda case's own pair
        self._alone = None
        self._show_pair(pair)
        self.pairSelected.emit(pair)

    # ---- the proposal ---------------------------------------------------------------------------

    def _set_proposal(self, text: str) -> None:
        """The proposal's HTML, set only when it changed: setHtml builds and lays out the whole
        document again, and choosing a unit sets the same «Velg en kandidat …» each time."""
        if text != self._proposal:
            self._proposal = text
            self.w.proposalView.setHtml(text)

    def _show_pair(self, pair: RankedPair | None, flags=None, unmet=None) -> None:
        w = self.w
        self._pair = pair
        w.proposeButton.setEnabled(pair is not None and w.writable)  # a read-only file: said in its tooltip
        w.actionPropose.setEnabled(pair is not None and w.writable)
        if pair is None:
            self._set_proposal(f"<p style='color:#555'>{translate('CandidatePane', _NO_PAIR)}</p>")
            return
        if self._source and self._source[0] == "applicant":
            self.surroundingsWanted.emit(pair.target)
        if flags is None:
            flags = w.candidatesView.model().explained_flags(pair)
        if unmet is None:
            unmet = [] if pair.suitable else self.matching.unmet_requirements(pair.applicant.case_no,
                                                                              pair.target.vacant.unit.id)
        self._set_proposal(proposal_html(
            pair, flags, unmet, pair.applicant.waiting_days(w.today),
            lambda rule: rule_title(self.matching.settings, rule), self.screened, self.mask_below))

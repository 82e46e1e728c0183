"""Møte → Planlegg fordeling: one plan for every vacant unit, beside strict queue order (issue 18).

The solver runs in a worker thread with a progress bar and «Avbryt». The committee can lock
a placement, forbid a pair, or move the slider between strict queue order and fewest flags,
and plan again. «Legg på sakslisten» adds the placements as proposals; each is still decided
one by one. The plan is advice, never a decision.
"""
from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel, Qt, QThread, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox

from ..planning import Pair, PlanInputError, PlanSettings
from ..planning.settings import QUEUE_VS_FLAGS_STEPS
from ..services.planning import (
    Comparison,
    add_plan_to_agenda,
    compare_with_strict_order,
    planner,
)
from .confirm import ask
from .forms_generated.ui_plan_dialog import Ui_PlanDialog
from .models.base import SORT_ROLE
from .models.plan import ComparisonModel, PlanTableModel, UnhousedModel
from .qt_translations import translate
from .screen_fit import fit_to_screen
from .user_name import user_name
from ..words import error_text


class PlanWorker(QThread):
    """Plans in the background; `cancel()` stops the solver and keeps what it found."""

    progressed = Signal(str, int, int, float)
    planned = Signal(object, object)  # Plan, Comparison
    failed = Signal(str)

    def __init__(self, matching, settings: PlanSettings, locks, forbidden, parent=None, reuse=None):
        super().__init__(parent)
        self.matching = matching
        self._planner = planner(matching, settings, locks, forbidden, reuse)

    @property
    def problem(self):
        return self._planner.problem

    def cancel(self) -> None:
        self._planner.cancel()

    def run(self) -> None:
        try:
            plan = self._planner.run(lambda *args: self.progressed.emit(*args))
            comparison = compare_with_strict_order(self.matching, plan)
        except PlanInputError as error:
            self.failed.emit(error_text(error))
            return
        self.planned.emit(plan, comparison)


class PlanDialog(QDialog, Ui_PlanDialog):
    def __init__(self, matching, meeting_panel=None, parent=None, *, start: bool = True):
        super().__init__(parent)
        self.setupUi(self)
        self.matching = matching
        self.meeting_panel = meeting_panel
        self.locks: list[Pair] = []
        self.forbidden: list[Pair] = []
        self.plan = None
        self.comparison: Comparison | None = None
        self.worker: PlanWorker | None = None
        self._problem = None  # the last plan's pairs and costs: planning again after a lock is quick
        self.model = PlanTableModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.planView.setModel(self.proxy)
        header = self.planView.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.planView.verticalHeader().hide()
        # compact rows: the comparison shows whole at 1280×720 beside the reasons
        compact = self.fontMetrics().height() + 6
        for view in (self.planView, self.compareView, self.unhousedView):
            view.verticalHeader().setDefaultSectionSize(compact)
        self.unhoused = UnhousedModel(self)
        self.unhousedProxy = QSortFilterProxyModel(self)
        self.unhousedProxy.setSourceModel(self.unhoused)
        self.unhousedProxy.setSortRole(SORT_ROLE)
        self.unhousedView.setModel(self.unhousedProxy)
        self.unhousedView.verticalHeader().hide()
        self.unhousedView.horizontalHeader().setStretchLastSection(True)
        self.compareHeading.setToolTip(translate(
            "PlanDialog", "Samspill: planen unngår kritiske varsler fra hele planen, men veier andre varsler fra "
                          "samspill to plasseringer om gangen; tabellen teller dem på hele planen."))
        self.compare = ComparisonModel(self)
        self.compareView.setModel(self.compare)
        self.compareView.verticalHeader().hide()
        self.compareView.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.compareView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.weightSlider.setValue(PlanSettings().queue_vs_flags)
        self.weightSlider.valueChanged.connect(self._show_weight)
        self._show_weight(self.weightSlider.value())
        self.planButton.clicked.connect(self.start)
        self.cancelButton.clicked.connect(self.cancel)
        self.lockButton.clicked.connect(self.lock_selected)
        self.forbidButton.clicked.connect(self.forbid_selected)
        self.clearButton.clicked.connect(self.clear_choices)
        self.agendaButton.clicked.connect(self.add_to_agenda)
        self.buttonBox.rejected.connect(self.reject)
        self.planView.selectionModel().currentRowChanged.connect(self._show_why)
        self.unhousedView.selectionModel().currentRowChanged.connect(self._show_unhoused)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._enable(running=False)
        fit_to_screen(self)
        if start:
            self.start()

    # ---- planning ---------------------------------------------------------------------------
    def settings(self) -> PlanSettings:
        return PlanSettings(queue_vs_flags=self.weightSlider.value(), allow_critical=self.allowCriticalCheck.isChecked())

    def start(self) -> None:
        if self.worker is not None:
            return
        self.worker = PlanWorker(self.matching, self.settings(), list(self.locks), list(self.forbidden), self,
                                 reuse=self._problem)
        self.worker.progressed.connect(self._progress)
        self.worker.planned.connect(self._planned)
        self.worker.failed.connect(self._failed)
        self.worker.finished.connect(self._finished)
        self.progressBar.setRange(0, 0)
        self.statusLabel.setText(translate("PlanDialog", "Bygger modellen …"))
        self._enable(running=True)
        self.worker.start()

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.statusLabel.setText(translate("PlanDialog", "Avbryter … planen så langt beholdes."))

    def _progress(self, stage: str, number: int, count: int, seconds: float) -> None:
        self.progressBar.setRange(0, count)
        self.progressBar.setValue(number - 1)
        self.statusLabel.setText(translate("PlanDialog", "Trinn {number} av {count}: {stage} ({seconds:.1f} s)").format(
            number=number, count=count, stage=stage, seconds=seconds))

    def _planned(self, plan, comparison: Comparison) -> None:
        self.plan, self.comparison = plan, comparison
        self.model.set_rows(plan.placements)
        self.unhoused.set_rows(plan.unhoused)
        self.tabs.setTabText(1, translate("PlanDialog", "Høyt rangert, uten &bolig ({count})").format(
            count=len(plan.unhoused)))
        self.unhousedView.resizeColumnsToContents()
        self.compare.set_rows(comparison.rows())
        self.planView.resizeColumnsToContents()
        for column in (3, 4):  # flags and reasons: wide texts, the full text is in the pane and the tooltip
            self.planView.setColumnWidth(column, min(self.planView.columnWidth(column), 260))
        self.compareView.resizeColumnsToContents()
        self.compareView.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        rows = self.compare.rowCount()
        self.compareView.setFixedHeight(self.compareView.horizontalHeader().height()
                                        + rows * self.compareView.verticalHeader().defaultSectionSize() + 4)
        self.progressBar.setRange(0, 1)
        self.progressBar.setValue(1)
        text = translate("PlanDialog", "{count} plasseringer, {vacant} boliger uten plassering. Status: {status}. "
                                       "Laget med {version}; {seconds:.1f} s.").format(
            count=len(plan.placements), vacant=len(plan.vacant_left), status=plan.status_text,
            version=plan.settings_version, seconds=plan.seconds)
        if self.locks or self.forbidden:
            text += " " + translate("PlanDialog", "Låst: {locks}. Utelukket: {forbidden}.").format(
                locks=len(self.locks), forbidden=len(self.forbidden))
        self.statusLabel.setText(text)
        if plan.placements:
            self.planView.selectRow(0)
        else:
            self.whyText.setPlainText("")

    def _failed(self, message: str) -> None:
        self.progressBar.setRange(0, 1)
        self.progressBar.setValue(0)
        self.statusLabel.setText(message)

    def _finished(self) -> None:
        if self.worker.problem is not None:
            self._problem = self.worker.problem
        self.worker = None
        self._enable(running=False)

    def _enable(self, running: bool) -> None:
        self.cancelButton.setEnabled(running)
        for widget in (self.planButton, self.weightSlider, self.allowCriticalCheck, self.lockButton,
                       self.forbidButton, self.clearButton, self.agendaButton):
            widget.setEnabled(not running)
        if not running:
            self.agendaButton.setEnabled(bool(self.plan and self.plan.placements))
            self.clearButton.setEnabled(bool(self.locks or self.forbidden))

    def _show_weight(self, value: int) -> None:
        self.weightSlider.setToolTip(translate("PlanDialog", "Vekting: {step}").format(step=QUEUE_VS_FLAGS_STEPS[value]))

    def _show_why(self, current, _previous) -> None:
        placement = self.selected()
        if placement is None:
            return
        lines = [translate("PlanDialog", "{case} i {unit} ({address}, oppgang {stairwell})").format(
            case=placement.case_no, unit=placement.unit_id, address=placement.address, stairwell=placement.stairwell)]
        lines += placement.why
        self.whyText.setPlainText("\n".join(lines))

    def _show_unhoused(self, current, _previous) -> None:
        index = self.unhousedView.currentIndex()
        if not index.isValid():
            return
        unhoused = self.unhoused.row_object(self.unhousedProxy.mapToSource(index).row())
        lines = [translate("PlanDialog", "{case}, nr. {place} i køen, får ingen bolig i planen").format(
            case=unhoused.case_no, place=unhoused.queue_place)]
        self.whyText.setPlainText("\n".join(lines + unhoused.reasons))

    def _tab_changed(self, index: int) -> None:
        if index == 0:
            self._show_why(None, None)
        elif self.unhousedView.currentIndex().isValid():
            self._show_unhoused(None, None)
        else:
            self.whyText.setPlainText("")

    def selected(self):
        index = self.planView.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_object(self.proxy.mapToSource(index).row())

    # ---- the committee's choices ---------------------------------------------------------------
    def lock_selected(self) -> None:
        placement = self.selected()
        if placement is not None:
            pair = Pair(placement.case_no, placement.unit_id)
            self.locks = [p for p in self.locks if p.case_no != pair.case_no and p.unit_id != pair.unit_id] + [pair]
            self.start()

    def forbid_selected(self) -> None:
        placement = self.selected()
        if placement is not None:
            pair = Pair(placement.case_no, placement.unit_id)
            self.locks = [p for p in self.locks if p != pair]
            self.forbidden.append(pair)
            self.start()

    def clear_choices(self) -> None:
        self.locks, self.forbidden = [], []
        self.start()

    def add_to_agenda(self) -> None:
        panel = self.meeting_panel
        if self.plan is None or not self.plan.placements:
            return
        if panel is None or panel.meeting_id is None:
            QMessageBox.information(self, translate("PlanDialog", "Legg på sakslisten"),
                                    translate("PlanDialog", "Velg eller opprett et møte først."))
            return
        question = translate("PlanDialog", "Legge {count} plasseringer på sakslisten som forslag? Hver sak "
                                           "avgjøres for seg i møtet.").format(count=len(self.plan.placements))
        if not ask(self, translate("PlanDialog", "Legg på sakslisten"), question):
            return
        added, skipped = add_plan_to_agenda(panel.meetings, panel.meeting_id, self.plan,
                                            prepared_by=user_name(self))
        panel.refresh()
        text = translate("PlanDialog", "{added} forslag lagt på sakslisten.").format(added=added)
        if skipped:
            text += "\n\n" + "\n".join(skipped[:10])
            if len(skipped) > 10:
                text += "\n" + translate("PlanDialog", "… og {more} til.").format(more=len(skipped) - 10)
        QMessageBox.information(self, translate("PlanDialog", "Legg på sakslisten"), text)

    # ---- closing ------------------------------------------------------------------------------
    def done(self, result: int) -> None:
        if self.worker is not None:
            self.worker.cancel()
            self.worker.wait()
        super().done(result)

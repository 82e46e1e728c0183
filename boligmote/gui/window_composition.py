"""The main window's composition pane: the stairwell and building of the unit chosen, its heading,
rows that wrap rather than cut a label, and the masking of small counts while an adviser is
present. A part of MainWindow (window_base.py says why the window is in parts)."""
from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QHeaderView, QLabel

from ..domain import Ownership, UnitSurroundings
from ..words import shown
from .bars import ShareBarDelegate
from .formatting import format_percent, sentence_case
from .models import CompositionModel
from .privacy import masking_explanation, masking_label
from .qt_translations import translate
from .steady_heading import SteadyHeading
from .window_base import WindowBase


class CompositionPart(WindowBase):
    """The composition pane and the masking indicator in the status bar."""

    def _setup_composition(self) -> None:
        self.composition_model = CompositionModel(self.today, self)
        self.compositionView.setModel(self.composition_model)
        header = self.compositionView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # The number columns' widths are set from their texts (_fit_composition_rows): sized to
        # contents, Qt measured every cell again at each unit chosen (issue 16).
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000") + 24)  # room for a bar
        self.compositionView.verticalHeader().hide()
        # Rows as tight as the text allows, so the need rows show without scrolling.
        rows = self.compositionView.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        # A label never cut: where the pane is narrow (125 % scaling) it wraps onto a second line,
        # and the pane is never narrower than its longest word (issue 16: «Husstander m…»).
        self.compositionView.setWordWrap(True)
        self.compositionView.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.compositionView.viewport().installEventFilter(self)
        self._bars = ShareBarDelegate(self.compositionView)
        for column in (1, 2):
            self.compositionView.setItemDelegateForColumn(column, self._bars)
        self._measured_font, self._measured = "", {}
        # Their texts change at every unit chosen: held so that only they repaint (issue 16).
        self._steady_headings = [SteadyHeading(self.compositionHeading), SteadyHeading(self.candidatesHeading)]

    def _setup_masking_indicator(self) -> None:
        # While an adviser sees the screen, small neighbour counts are masked; this says so.
        self.maskingIndicator = QLabel(self)
        self.maskingIndicator.setObjectName("maskingIndicator")
        self.maskingIndicator.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; border: 1px solid #c9a227; padding: 1px 8px; }")
        self.maskingIndicator.hide()
        self._composition_note = self.compositionNote.text()
        self.statusBar().addPermanentWidget(self.maskingIndicator)
        self.meeting_panel.maskingChanged.connect(self.apply_masking)

    def _show_surroundings(self, surroundings: UnitSurroundings | None) -> None:
        self.composition_model.show(surroundings)
        self._show_heading(surroundings)
        self._fit_composition_rows()

    def refresh_composition(self) -> None:
        """The unit shown, counted again (an incident was registered or removed)."""
        self._show_surroundings(self.composition_model.surroundings)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.compositionView.viewport() and event.type() == QEvent.Type.Resize:
            # the label column changes width after the viewport: rows wrap anew once it has
            QTimer.singleShot(0, self._fit_composition_rows)
        return super().eventFilter(watched, event)

    def _composition_width(self, labels: list[str], numbers: int) -> int:
        """The composition pane's least width: its longest word, the number columns, the frame."""
        view = self.compositionView
        metrics = view.fontMetrics()
        padding = 8  # the cell's text margins, as the item delegate draws them
        word = max((metrics.horizontalAdvance(w) for label in labels for w in label.split()), default=0)
        frame = 2 * view.frameWidth() + view.style().pixelMetric(view.style().PixelMetric.PM_ScrollBarExtent)
        return word + padding + numbers + frame

    def _fit_composition_rows(self) -> None:
        """Each composition row as tall as its label needs at the label column's width: one line
        where the label fits, two where it wraps. The pane keeps room for the longest word."""
        view, model = self.compositionView, self.composition_model
        metrics = view.fontMetrics()
        padding = 8  # the cell's text margins, as the item delegate draws them
        # The texts from the model itself and each width measured once per font: the labels are
        # the same from one unit to the next, and asking through model indexes and measuring
        # every text again was a third of choosing a unit's Python (issue 16: within a frame).
        advance = self._text_widths(metrics, view.font().key())
        labels = model.column_texts(0)
        # The number columns' widths from their texts: sizeHintForColumn asked ~9 roles of every
        # cell, twice per unit chosen (issue 16: select a unit within a frame).
        header = view.horizontalHeader()
        widths = [max(header.sectionSizeHint(c), header.minimumSectionSize(),
                      max(map(advance, model.column_texts(c)), default=0) + padding) for c in (1, 2)]
        for column, width in zip((1, 2), widths):
            if view.columnWidth(column) != width:
                view.setColumnWidth(column, width)
        needed = self._composition_width(labels, sum(widths))
        if needed > view.minimumWidth():  # only wider: a unit with shorter labels does not lay the window out again
            view.setMinimumWidth(needed)
        line = metrics.height() + 6
        width = max(1, view.columnWidth(0) - padding)
        for row, label in enumerate(labels):
            lines = 1 if advance(label) <= width else 2 if _fits_in_two(advance, label, width) else 3
            height = line + (lines - 1) * metrics.lineSpacing()
            if view.rowHeight(row) != height:
                view.setRowHeight(row, height)

    def _text_widths(self, metrics: QFontMetrics, font: str) -> Callable[[str], int]:
        """horizontalAdvance in the view's font (its key: `font`), remembered per text."""
        if self._measured_font != font:
            self._measured_font, self._measured = font, {}
        known = self._measured

        def advance(text: str) -> int:
            width = known.get(text)
            if width is None:
                width = known[text] = metrics.horizontalAdvance(text)
            return width
        return advance

    def _show_heading(self, s: UnitSurroundings | None) -> None:
        if s is None:
            self.compositionHeading.setText(
                translate("MainWindow", "Velg en ledig bolig for å se oppgangen og bygningen den ligger i."))
            return
        b = s.building
        lines = [translate("MainWindow", "<b>{address}, oppgang {stairwell}</b> – {district}").format(
            address=html.escape(b.address), stairwell=html.escape(s.stairwell.label), district=html.escape(b.district))]
        lift = translate("MainWindow", "heis") if b.has_lift else translate("MainWindow", "uten heis")
        facts = [shown(b.building_type), lift]
        if b.ownership is Ownership.COOPERATIVE_SHARE:
            municipal = s.building_composition.municipal_units
            share = municipal / b.total_units if b.total_units else 0.0
            facts.insert(0, translate("MainWindow", "innskutt: {municipal} av {total} boliger kommunale ({share})")
                         .format(
                municipal=municipal, total=b.total_units, share=format_percent(share)))
        else:
            facts.insert(0, translate("MainWindow", "heleid kommunal gård, {total} boliger")
                         .format(total=b.total_units))
        lines.append(html.escape(sentence_case(" · ".join(facts))))
        if b.presence:
            present = ", ".join(sorted(shown(p) for p in b.presence))
            lines.append(translate("MainWindow", "Tilstede på stedet:") + " " + html.escape(present))
        else:
            lines.append(translate("MainWindow", "Ingen bemanning eller bomiljøtiltak på stedet."))
        self.compositionHeading.setText("<br>".join(lines))

    def apply_masking(self) -> None:
        """The meeting chosen started or ended, or an adviser came or went: while a participant
        without decision authority is present in a running meeting, counts of other households
        below the setting show as «færre enn N» in the composition, the flags and the proposal,
        as the minutes print them (issue 13 item 8); otherwise the exact counts."""
        mask_below = self.meeting_panel.mask_below
        self.composition_model.set_mask_below(mask_below)
        self._fit_composition_rows()  # «færre enn 3» is wider than a count
        self.candidates.set_mask_below(mask_below)
        self.maskingIndicator.setVisible(bool(mask_below))
        note = self._composition_note
        if mask_below:  # said where «færre enn 3» stands, not only in the status bar
            note += " " + translate("MainWindow", "En rådgiver er til stede, så antall under {n} vises som "
                                    "«færre enn {n}».").format(n=mask_below)
        self.compositionNote.setText(note)
        if mask_below:
            self.maskingIndicator.setText(masking_label(mask_below))
            explanation = masking_explanation(mask_below, self.meeting_panel.advisers)
            self.maskingIndicator.setToolTip(explanation)
            self.maskingIndicator.setAccessibleName(explanation)

    @property
    def masking(self) -> bool:
        """Small neighbour counts are masked on screen (an adviser is present)."""
        return bool(self.meeting_panel.mask_below)


def _fits_in_two(advance: Callable[[str], int], text: str, width: int) -> bool:
    """Whether `text`, wrapped at spaces, takes at most two lines of `width` pixels."""
    words, lines, current = text.split(), 1, ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if advance(candidate) <= width or not current:
            current = candidate
        else:
            lines, current = lines + 1, word
    return lines <= 2

"""Fil → Eksporter saker … and Fil → Importer saker …: offline case packages in the window.

Export asks which planned meeting and where to save. Import shows what the package would
do and lists every conflict with a choice per row («Behold møtefilens» / «Ta pakkens»);
«Importer» stays disabled until every conflict has one, and writes it all in one step.
New applicants and cases are listed too, chosen «Ta pakkens» (added) until the user keeps
the meeting file as it is: «Behold møtefilens for alle» adds nothing.
"""
from __future__ import annotations

import html
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QStyledItemDelegate,
)

from ..domain import MeetingStatus
from ..services.case_packages import (
    APPLICANT,
    IDENTIFYING_FIELDS,
    SUFFIX,
    Choice,
    ItemPlan,
    Verdict,
    PackageError,
    PackageImportPlan,
    commit_package_import,
    describe_value,
    export_package,
    field_label,
    make_preparation_copy,
    plan_package_import,
    read_package,
)
from ..services.meetings import Meetings
from ..store import Database, StoreError
from .user_name import user_name
from . import options
from .forms_generated.ui_case_package_dialog import Ui_CasePackageDialog
from .qt_translations import QT_TRANSLATE_NOOP, translate
from .screen_fit import fit_to_screen
from ..words import error_text, shown

def package_filter() -> str:
    return translate("CasePackageDialog", "Saksmappe (*{suffix});;Alle filer (*)").format(suffix=SUFFIX)


def _personal_data() -> str:
    return translate("CasePackageDialog", "Pakken inneholder særlige kategorier av personopplysninger (helse, rus). Den er lesbar bare "
             "for deg; send den som fortrolig, og slett den når referenten har importert den.")


# Bokmål source texts (this runs at import); _choice_text() translates.
_CHOICE_TEXTS = {None: QT_TRANSLATE_NOOP("CasePackageDialog", "Velg …"),
                 Choice.KEEP_MINE: QT_TRANSLATE_NOOP("CasePackageDialog", "Behold møtefilens"),
                 Choice.TAKE_THEIRS: QT_TRANSLATE_NOOP("CasePackageDialog", "Ta pakkens")}


def _choice_text(choice: Choice | None) -> str:
    return translate("CasePackageDialog", _CHOICE_TEXTS[choice])


# ---- export ------------------------------------------------------------------------------------------

def export_cases(parent, database: Database, preferred_meeting: int | None = None) -> Path | None:
    """Choose a planned meeting and a file; write its agenda cases. Returns the file written."""
    planned = [s for s in Meetings(database).all() if s.meeting.status is MeetingStatus.PLANNED]
    if not planned:
        QMessageBox.information(parent, translate("CasePackageDialog", "Eksporter saker"),
                                translate("CasePackageDialog", "Det er ingen planlagte møter å eksportere saker fra."))
        return None
    labels = [translate("CasePackageDialog", "{date} – {title}, {place} ({cases} saker)").format(
        date=f"{s.meeting.held_on:%d.%m.%Y}", title=s.meeting.title, place=s.meeting.place or translate("CasePackageDialog", "uten sted"),
        cases=s.cases) for s in planned]
    current = next((n for n, s in enumerate(planned) if s.meeting.id == preferred_meeting), 0)
    label, ok = QInputDialog.getItem(parent, translate("CasePackageDialog", "Eksporter saker"),
                                      translate("CasePackageDialog", "Sakene til møtet:"), labels, current, False)
    if not ok:
        return None
    meeting = planned[labels.index(label)].meeting
    folder = Path(options.LAST_CASE_PACKAGE_FOLDER.get() or database.path.parent)
    name = f"saker-{meeting.held_on:%Y-%m-%d}{SUFFIX}"
    chosen, _ = QFileDialog.getSaveFileName(parent, translate("CasePackageDialog", "Lagre saksmappe"), str(folder / name), package_filter())
    if not chosen:
        return None
    out = Path(chosen)
    if out.suffix.lower() != SUFFIX:
        out = out.with_name(out.name + SUFFIX)
    user_name(parent)  # the package says who made it: the person (asked once), not the login account
    try:
        package = export_package(database, meeting.id, out)
    except (PackageError, StoreError, OSError) as error:
        QMessageBox.critical(parent, translate("CasePackageDialog", "Sakene ble ikke eksportert"), error_text(error))
        return None
    options.LAST_CASE_PACKAGE_FOLDER.set(str(out.parent))
    QMessageBox.information(parent, translate("CasePackageDialog", "Saker eksportert"),
                            translate("CasePackageDialog", "{count} saker til møtet {date} er lagret i {file}.").format(
                                count=len(package.cases), date=f"{meeting.held_on:%d.%m.%Y}", file=out)
                            + "\n\n" + _personal_data())
    return out


# ---- the preparation copy -----------------------------------------------------------------------------

def make_copy(parent, database: Database) -> Path | None:
    """Choose where; write a preparation copy of the meeting file. Returns the file written."""
    folder = Path(options.LAST_CASE_PACKAGE_FOLDER.get() or database.path.parent)
    name = f"{database.path.stem}-forberedelse-{date.today():%Y-%m-%d}.sqlite"
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("CasePackageDialog", "Lagre forberedelseskopi"), str(folder / name),
        translate("CasePackageDialog", "Boligmøte-fil (*.sqlite)"))
    if not chosen:
        return None
    out = Path(chosen)
    if out.suffix.lower() != ".sqlite":
        out = out.with_name(out.name + ".sqlite")
    user_name(parent)
    try:
        made = make_preparation_copy(database, out)
    except (PackageError, StoreError, OSError) as error:
        QMessageBox.critical(parent, translate("CasePackageDialog", "Kopien ble ikke laget"), error_text(error))
        return None
    options.LAST_CASE_PACKAGE_FOLDER.set(str(out.parent))
    QMessageBox.information(parent, translate("CasePackageDialog", "Forberedelseskopi laget"), translate(
        "CasePackageDialog", "Forberedelseskopien er lagret i {file}. Åpne den på den bærbare PC-en, forbered "
        "sakene og lagre dem med Fil → Eksporter saker …; bare saksmapper fra en kopi møtefilen selv har "
        "laget, kan importeres.").format(file=made.path) + "\n\n" + translate(
        "CasePackageDialog", "Kopien inneholder alle personopplysningene i møtefilen. Oppbevar den som "
        "møtefilen, og slett den når sakene er importert."))
    return made.path


# ---- import ------------------------------------------------------------------------------------------

def import_cases(parent, database: Database, screened: bool = False) -> bool:
    """Choose a package, show the plan and the conflicts; True if something was imported."""
    start = options.LAST_CASE_PACKAGE_FOLDER.get()
    chosen, _ = QFileDialog.getOpenFileName(parent, translate("CasePackageDialog", "Importer saker fra saksmappe"), start, package_filter())
    if not chosen:
        return False
    options.LAST_CASE_PACKAGE_FOLDER.set(str(Path(chosen).parent))
    try:
        plan = plan_package_import(database, read_package(Path(chosen)))
    except (PackageError, StoreError) as error:
        QMessageBox.critical(parent, translate("CasePackageDialog", "Saksmappen kan ikke leses"), error_text(error))
        return False
    return bool(CasePackageDialog(database, plan, screened, parent).exec())


def _values(item: ItemPlan, side: dict | None, screened: bool) -> str:
    if side is None:
        return translate("CasePackageDialog", "(ikke på sakslisten)") if item.kind != APPLICANT else translate("CasePackageDialog", "(finnes ikke)")
    lines = []
    for name in item.changed_fields:
        value = "••••" if screened and name in IDENTIFYING_FIELDS else describe_value(name, side.get(name))
        lines.append(f"{shown(field_label(name))}: {shown(value)}")
    return "\n".join(lines)


class ConflictTableModel(QAbstractTableModel):
    """The conflicts and the additions, one per row, with the user's choice in the last column (editable)."""

    HEADERS = (QT_TRANSLATE_NOOP("CasePackageDialog", "Hva"), QT_TRANSLATE_NOOP("CasePackageDialog", "Hvorfor"),
               QT_TRANSLATE_NOOP("CasePackageDialog", "I møtefilen"),
               QT_TRANSLATE_NOOP("CasePackageDialog", "I pakken"), QT_TRANSLATE_NOOP("CasePackageDialog", "Valg"))
    CHOICE_COLUMN = 4

    def __init__(self, items: list[ItemPlan], screened: bool, parent=None):
        super().__init__(parent)
        self.items = items
        self.screened = screened
        # A conflict whose package version cannot be written can only be kept; a new record
        # is added unless the user says otherwise (the row shows it); a conflict waits for a choice.
        self.choices: dict[tuple[str, str], Choice | None] = {
            i.id: Choice.KEEP_MINE if i.problem else Choice.TAKE_THEIRS if i.verdict is Verdict.NEW else None
            for i in items}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("CasePackageDialog", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.items[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if column == 0:
                what = translate("CasePackageDialog", "Søkeren") if item.kind == APPLICANT else translate("CasePackageDialog", "Saken på sakslisten")
                return f"{what}\n{item.key}"
            if column == 1:
                unusable = translate("CasePackageDialog", "Pakkens versjon kan ikke brukes: {problem}.")
                return shown(item.reason) + ("\n" + unusable.format(problem=shown(item.problem)) if item.problem else "")
            if column == 2:
                return _values(item, item.mine, self.screened)
            if column == 3:
                return _values(item, item.theirs, self.screened)
            if item.problem:
                return _choice_text(Choice.KEEP_MINE) + "\n" + translate("CasePackageDialog", "(pakkens kan ikke brukes)")
            return _choice_text(self.choices[item.id])
        if role == Qt.ItemDataRole.UserRole and column == self.CHOICE_COLUMN:
            return self.choices[item.id]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.CHOICE_COLUMN and item.problem:
            return translate("CasePackageDialog", "Pakkens versjon kan ikke brukes: {problem}.").format(
                problem=shown(item.problem))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.CHOICE_COLUMN and self.choices[item.id] is None:
            return QColor("#a40000")
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.CHOICE_COLUMN and not self.items[index.row()].problem:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() != self.CHOICE_COLUMN or role != Qt.ItemDataRole.EditRole:
            return False
        item = self.items[index.row()]
        if item.problem or not isinstance(value, Choice):
            return False
        self.choices[item.id] = value
        self.dataChanged.emit(index, index)
        return True

    def choose_all(self, choice: Choice) -> None:
        for item in self.items:
            if not item.problem:
                self.choices[item.id] = choice
        if self.items:
            self.dataChanged.emit(self.index(0, self.CHOICE_COLUMN), self.index(len(self.items) - 1, self.CHOICE_COLUMN))

    @property
    def open_count(self) -> int:
        return sum(1 for choice in self.choices.values() if choice is None)


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box in the «Valg» column: behold møtefilens / ta pakkens."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        what = index.siblingAtColumn(0).data().replace(chr(10), ' ')
        editor.setAccessibleName(translate("CasePackageDialog", "Valg for {what}").format(what=what))
        editor.addItem(_choice_text(None), None)
        editor.addItem(_choice_text(Choice.KEEP_MINE), Choice.KEEP_MINE)
        editor.addItem(_choice_text(Choice.TAKE_THEIRS), Choice.TAKE_THEIRS)
        # Commit as soon as the user picks, not when the editor loses focus.
        editor.activated.connect(lambda _n, e=editor: self.commitData.emit(e))
        return editor

    def updateEditorGeometry(self, editor, option, index) -> None:
        """Its own height, centred in a row that may be several lines tall."""
        rect = option.rect
        height = min(rect.height(), editor.sizeHint().height())
        editor.setGeometry(rect.x() + 2, rect.y() + (rect.height() - height) // 2, rect.width() - 4, height)

    def setEditorData(self, editor, index) -> None:
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.UserRole))))

    def setModelData(self, editor, model, index) -> None:
        choice = editor.currentData()
        if choice is not None:
            model.setData(index, choice)


class CasePackageDialog(QDialog, Ui_CasePackageDialog):
    def __init__(self, database: Database, plan: PackageImportPlan, screened: bool = False, parent=None):
        super().__init__(parent)
        self.setupUi(self)
        self.database = database
        self.plan = plan
        self.result_lines: list[str] = []

        self.conflict_model = ConflictTableModel(plan.choosable, screened, self)
        self.conflictsView.setModel(self.conflict_model)
        self.conflictsView.verticalHeader().hide()
        self._delegate = ChoiceDelegate(self.conflictsView)
        self.conflictsView.setItemDelegateForColumn(ConflictTableModel.CHOICE_COLUMN, self._delegate)
        header = self.conflictsView.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        self.conflictsView.setColumnWidth(4, self._choice_width())
        for row in range(self.conflict_model.rowCount()):
            if not plan.choosable[row].problem:
                self.conflictsView.openPersistentEditor(self.conflict_model.index(row, ConflictTableModel.CHOICE_COLUMN))
        # Rows as tall as their wrapped text, again whenever the columns get their widths.
        header.sectionResized.connect(lambda *_: self.conflictsView.resizeRowsToContents())

        self.importButton = self.buttonBox.addButton(translate("CasePackageDialog", "&Importer"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttonBox.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("CasePackageDialog", "&Avbryt"))
        self.keepAllButton.clicked.connect(lambda: self._choose_all(Choice.KEEP_MINE))
        self.takeAllButton.clicked.connect(lambda: self._choose_all(Choice.TAKE_THEIRS))
        self.conflict_model.dataChanged.connect(self._update)
        self.buttonBox.accepted.connect(self.commit)
        self.buttonBox.rejected.connect(self.reject)
        self._show_plan()
        self._update()
        fit_to_screen(self)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.conflictsView.resizeRowsToContents()

    def _choice_width(self) -> int:
        probe = QComboBox()
        for choice in _CHOICE_TEXTS:
            probe.addItem(_choice_text(choice))
        return probe.sizeHint().width() + 12

    def _show_plan(self) -> None:
        lines = [html.escape(shown(line)) for line in self.plan.summary_lines()]
        lines[0] = f"<b>{lines[0]}</b>"
        if self.plan.ok and not self.plan.has_changes:
            lines.append(translate("CasePackageDialog", "<b>Ingenting å importere:</b> møtefilen har alt i pakken fra før."))
        elif self.plan.ok and not self.plan.conflicts:
            lines.append(translate("CasePackageDialog", "<b>Ingen konflikter.</b> Trykk «Importer» for å lagre alt i én operasjon."))
        self.summaryLabel.setText("<br>".join(lines))
        if self.plan.problems:
            items = "".join(f"<li>{html.escape(shown(p))}</li>" for p in self.plan.problems)
            refused = translate("CasePackageDialog", "<b>Pakken kan ikke importeres.</b> Ingenting blir lagret:")
            self.problemsLabel.setText(f"<span style='color:#a40000'>{refused}</span><ul>{items}</ul>")
        self.problemsLabel.setVisible(bool(self.plan.problems))
        self.conflictsBox.setVisible(bool(self.plan.choosable))
        if not self.plan.choosable:
            # Only text left: as wide as a readable line, as tall as the wrapped text needs.
            layout, width = self.layout(), 640
            height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else layout.sizeHint().height()
            self.resize(width, max(height, layout.minimumSize().height()))

    def _choose_all(self, choice: Choice) -> None:
        self.conflict_model.choose_all(choice)
        for row in range(self.conflict_model.rowCount()):  # persistent editors show the new choice
            index = self.conflict_model.index(row, ConflictTableModel.CHOICE_COLUMN)
            editor = self.conflictsView.indexWidget(index)
            if editor is not None:
                self._delegate.setEditorData(editor, index)

    def _update(self, *_args) -> None:
        open_count = self.conflict_model.open_count
        total = len(self.plan.choosable)
        self.choiceCountLabel.setText(translate("CasePackageDialog", "{chosen} av {total} valgt").format(chosen=total - open_count, total=total)
                                      if total else "")
        self.importButton.setEnabled(self.plan.ok and self.plan.has_changes and open_count == 0)
        if open_count:
            self.importButton.setToolTip(translate("CasePackageDialog", "Velg hva som skal gjelde for hver konflikt først."))
        else:
            self.importButton.setToolTip("")

    def choices(self) -> dict[tuple[str, str], Choice]:
        return {key: choice for key, choice in self.conflict_model.choices.items() if choice is not None}

    def commit(self) -> None:
        if not self.importButton.isEnabled():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = commit_package_import(self.database, self.plan, self.choices())
        except (PackageError, StoreError) as error:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.critical(self, translate("CasePackageDialog", "Sakene ble ikke importert"),
                                 error_text(error) + "\n\n" + translate("CasePackageDialog", "Ingenting er endret."))
            return
        QGuiApplication.restoreOverrideCursor()
        self.result_lines = [shown(line) for line in result.lines()]
        self.accept()

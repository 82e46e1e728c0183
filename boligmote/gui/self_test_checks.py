"""The self-test's checks that need Qt: Qt itself, the main window, the first-start screens.

`boligmote --self-test` (cli.py) runs them beside the checks in services/self_test.py; they
live here because only boligmote/gui may import PySide6.
"""
from __future__ import annotations

from .. import __version__

# A probe of Qt's own button text (resources/translations/qt_nb.toml), not one of our
# strings: kept out of the translate("…", "…") literals that lupdate and the tests collect.
_QT_OWN_CANCEL = ("QPlatformTheme", "Cancel")


def check_qt(context) -> str:
    """Qt starts without a display, with the bundled font and bokmål dialog texts."""
    import PySide6
    from PySide6 import QtCore
    from PySide6.QtCore import QSettings, qVersion
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    from .app import APP_FONT_FAMILY, create_application

    # The window remembers recent files and its geometry: keep that in the scratch folder.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(context.workdir / "innstillinger"))
    create_application(["boligmote"])
    context.versions.update({"Qt": qVersion(), "PySide6": PySide6.__version__})
    if APP_FONT_FAMILY not in QFontDatabase.families():
        raise RuntimeError(f"skriften {APP_FONT_FAMILY} ble ikke lastet")
    if QtCore.QCoreApplication.translate(*_QT_OWN_CANCEL) != "Avbryt":
        raise RuntimeError("Qts egne knapper og dialoger er ikke på bokmål (resources/translations)")
    return (f"plattform «{QGuiApplication.platformName()}», skriften {APP_FONT_FAMILY} er lastet, "
            "Qts egne tekster på bokmål")


def check_window(context) -> str:
    """The main window from its forms, on the demo file, with a unit's candidates ranked."""
    from .main_window import MainWindow
    from ..services.workspace import Workspace

    window = MainWindow(today=context.today)
    try:
        window.show_workspace(Workspace.load(context.open_demo(), context.today))
        window.resize(1280, 800)
        window.select_unit(window.workspace.vacant_units[0].unit.id)
        candidates = window.candidatesView.model().rowCount()
        if window.grab().isNull():
            raise RuntimeError("vinduet kunne ikke tegnes")
        return (f"{window.queue_model.rowCount()} søkere og {window.units_model.rowCount()} ledige boliger vist; "
                f"{candidates} kandidater for første bolig")
    finally:
        window.workspace = None  # the file belongs to the self-test, which closes it
        window.close()
        window.deleteLater()


def check_help(context) -> str:
    """The welcome dialog, the user guide and the about box: forms, icon and help text are shipped."""
    from .about import about_html
    from .help_window import HelpWindow
    from .main_window import MainWindow
    from .welcome_dialog import WelcomeDialog
    from ..rules import RuleSettings

    window = MainWindow(today=context.today)
    try:
        welcome = WelcomeDialog(window)
        if welcome.iconLabel.pixmap().isNull():
            raise RuntimeError("ikonet mangler")
        guide = HelpWindow(RuleSettings.defaults(), window)
        settings = RuleSettings.defaults()
        missing = [r for r in settings.rule_ids() if settings.rule(r).title not in guide.text()]
        if missing:
            raise RuntimeError(f"brukerveiledningen mangler varslene {', '.join(missing)}")
        if __version__ not in about_html(context.demo_path):
            raise RuntimeError("«Om Boligmøte» viser ikke versjonen")
        return f"velkomst, brukerveiledning ({len(guide.text().split())} ord, alle varsler) og «Om» er på plass"
    finally:
        window.close()
        window.deleteLater()

"""Loads Qt Designer forms from ui/ (the one place that knows where they are).

`load_form_into(instance, name)` builds the form onto an existing widget (so a class can
subclass QMainWindow/QDialog and still keep its layout in Designer) and makes every named
child widget and action an attribute of that instance.
"""
from __future__ import annotations

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

from ..paths import ui_dir


def _bind(instance: QWidget, name: str, child) -> None:
    if hasattr(type(instance), name):
        raise RuntimeError(f"the form names a child «{name}», which would hide {type(instance).__name__}.{name}")
    setattr(instance, name, child)


class _IntoInstanceLoader(QUiLoader):
    def __init__(self, instance: QWidget):
        super().__init__(instance)
        self._instance = instance

    def createWidget(self, class_name, parent=None, name=""):
        if parent is None:
            return self._instance  # the form's top-level widget is the instance itself
        widget = super().createWidget(class_name, parent, name)
        if name:
            _bind(self._instance, name, widget)
        return widget

    def createAction(self, parent=None, name=""):
        action = super().createAction(parent, name)
        if name:
            _bind(self._instance, name, action)
        return action

    def createLayout(self, class_name, parent=None, name=""):
        layout = super().createLayout(class_name, parent, name)
        if name:
            _bind(self._instance, name, layout)
        return layout


def load_form_into(instance: QWidget, name: str) -> QWidget:
    path = ui_dir() / f"{name}.ui"
    file = QFile(str(path))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"Fant ikke skjemaet {path}")
    try:
        loader = _IntoInstanceLoader(instance)
        widget = loader.load(file, None)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"Kunne ikke lese skjemaet {path}: {loader.errorString()}")
    return widget

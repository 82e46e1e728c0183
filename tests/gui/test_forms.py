"""The windows are built from typed modules compiled from ui/*.ui (`make forms`), and those
modules are what the forms say: a form changed in Designer without `make forms` fails here.
"""
from __future__ import annotations

import ast
import importlib
import inspect
import re
import xml.etree.ElementTree as ET

import pytest

from boligmote.gui import forms
from boligmote.paths import ui_dir

FORMS = sorted(ui_dir().glob("*.ui"))


def _generated(form):
    return forms.GENERATED_DIR / f"{forms.module_name(form)}.py"


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.name)
def test_the_compiled_form_is_current(form):
    generated = _generated(form)
    assert generated.exists(), f"{form.name} has no compiled module: run `make forms`"
    assert generated.read_text(encoding="utf-8") == forms.compile_form(form), (
        f"{generated.name} is older than {form.name}: run `make forms`")


def test_no_compiled_module_outlives_its_form():
    wanted = {_generated(form).name for form in FORMS}
    left = {p.name for p in forms.GENERATED_DIR.glob("ui_*.py")} - wanted
    assert not left, f"compiled modules without a form: {sorted(left)} (run `make forms`)"


@pytest.mark.parametrize("form", FORMS, ids=lambda f: f.name)
def test_the_form_is_translated_in_its_own_context(form):
    """lupdate files a form's texts under the form's class name; the compiled module must ask
    for them under the same name, or the English window shows bokmål."""
    context = ET.parse(form).getroot().findtext("class")
    used = set(re.findall(r'QCoreApplication\.translate\("([^"]+)"', _generated(form).read_text(encoding="utf-8")))
    assert used <= {context}, f"{form.name}: translated as {used}, lupdate files it as {context}"


def _form_names(module) -> set[str]:
    """The attributes setupUi gives the window: every named widget, layout and action."""
    tree = ast.parse(inspect.getsource(module))
    return {node.attr for node in ast.walk(tree)
            if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store)
            and isinstance(node.value, ast.Name) and node.value.id == "self"}


def _windows():
    """(window class, its Ui_ base) for every window built from a compiled form."""
    found = []
    for path in sorted(forms.GENERATED_DIR.parent.glob("*.py")):
        module = importlib.import_module(f"boligmote.gui.{path.stem}")
        for _, cls in inspect.getmembers(module, inspect.isclass):
            if cls.__module__ != module.__name__:
                continue
            ui = [b for b in cls.__mro__ if b.__name__.startswith("Ui_")]
            if ui:
                found.append((cls, ui[0]))
    return found


def test_every_form_builds_a_window():
    built = {ui.__name__ for _, ui in _windows()}
    compiled = {f"Ui_{ET.parse(form).getroot().findtext('class')}" for form in FORMS}
    assert built == compiled


@pytest.mark.parametrize("window", _windows(), ids=lambda w: w[0].__name__)
def test_no_child_of_the_form_hides_a_method_of_its_window(window):
    """A child named like a method («layout», «close», «accept») would silently replace it,
    as the window gets the form's children as attributes."""
    cls, ui = window
    names = _form_names(importlib.import_module(ui.__module__))
    others = [b for b in cls.__mro__ if b is not ui and b is not object and not b.__name__.startswith("Ui_")]
    hidden = sorted(n for n in names if any(n in vars(b) for b in others) or any(hasattr(b, n) for b in others))
    assert not hidden, f"{cls.__name__}: the form's {hidden} would hide the window's own"

"""Typed modules compiled from ui/*.ui by boligmote/gui/forms.py (`make forms`)."""

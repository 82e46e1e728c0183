"""Boligmøte: decision support for municipal housing allocation meetings."""

__version__ = "0.1.0"
APP_NAME = "Boligmøte"

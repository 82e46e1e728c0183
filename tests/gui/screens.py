"""Screenshots saved for a person to look at, checked for what a machine can see: each is the
widget's size and each state looks different (a blank or frozen frame fails)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget


def assert_distinct_screens(widget: QWidget, paths: list[Path]) -> None:
    images = [QImage(str(path)) for path in paths]
    for path, image in zip(paths, images):
        assert not image.isNull(), f"{path.name} is not an image"
        assert image.size() == widget.size() * image.devicePixelRatio(), f"{path.name} is not the widget's size"
        assert len({image.pixel(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)}) > 8, \
            f"{path.name} is blank"
    assert len({image.bits().tobytes() for image in images}) == len(images), "two states look the same"

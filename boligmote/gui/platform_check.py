"""Before Qt starts on Linux/X11: are the system libraries its xcb plugin needs there?

Without them Qt aborts with a message about «platform plugins» that helps nobody; we
name the missing packages and the command that installs them instead.
"""
from __future__ import annotations

import ctypes.util
import os
import sys

# library name for find_library → Debian/Ubuntu package that provides it
XCB_LIBRARIES = {
    "xcb-cursor": "libxcb-cursor0",
    "xcb-icccm": "libxcb-icccm4",
    "xcb-keysyms": "libxcb-keysyms1",
    "xkbcommon-x11": "libxkbcommon-x11-0",
}


def missing_x11_packages() -> list[str]:
    if not sys.platform.startswith("linux"):
        return []
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    uses_xcb = platform.startswith("xcb") or (not platform and os.environ.get("DISPLAY")
                                              and not os.environ.get("WAYLAND_DISPLAY"))
    if not uses_xcb:
        return []
    return [package for library, package in XCB_LIBRARIES.items() if ctypes.util.find_library(library) is None]


def explain_missing(packages: list[str]) -> str:
    return ("Boligmøte kan ikke åpne vinduet fordi systembiblioteker for X11 mangler.\n"
            f"Installer dem med:\n\n    sudo apt-get install {' '.join(packages)}\n")

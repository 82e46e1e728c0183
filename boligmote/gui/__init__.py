"""The Qt (PySide6) user interface: the only package that imports PySide6."""
from __future__ import annotations

import os
import sys
from typing import Any

# numpy's BLAS starts a thread per core when first loaded, in the flags' worker during the
# window's first second, and they spin for the cores the window needs (0.1 s of CPU at every
# start, issue 16). Nothing in the window multiplies matrices (the rules are element-wise, the
# planner's solver has its own threads), so one is enough. Set before numpy is first imported.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

import PySide6.QtCore  # noqa: F401  (PySide6 sets up its import hook with its first module)


def _spare_pyside_source_scan() -> None:
    """PySide6 reads the whole source of every module imported after it, to see whether the
    module might switch on one of its `__feature__`s (snake_case, true_property): its import
    hook calls inspect.getsource per module (shibokensupport/feature.py, _mod_uses_pyside).
    For the window's ~160 modules, and numpy's ~100 in the flags' worker, that is 0.05–0.1 s
    of CPU at every start (issue 16, start-up budget). Boligmøte uses no such feature, and a
    module that uses none behaves the same whether PySide6 takes it as «no feature» or
    «ignore»: so the scan is answered at once. If PySide6 changes its internals this finds
    nothing to replace and the scan simply runs as before."""
    feature: Any = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if callable(scan) and getattr(scan, "__module__", None) != __name__:
        feature._mod_uses_pyside = _uses_no_feature


def _uses_no_feature(module: object) -> bool:
    return False


_spare_pyside_source_scan()

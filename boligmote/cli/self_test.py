"""`--self-test`: check an installation without a display."""
from __future__ import annotations

import argparse
import sys


def self_test_command(args: argparse.Namespace) -> int:
    import os

    # Before Qt starts (a platform Qt cannot load aborts the process): a self-test needs no
    # display, for it runs in installers, CI jobs and on servers. Unset or empty = offscreen.
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from ..gui.self_test_checks import check_help, check_qt, check_window
    from ..services.self_test import Check, run_self_test

    report = run_self_test(before=[Check("Qt", check_qt)],
                           after=[Check("Hovedvinduet", check_window), Check("Velkomst, hjelp og om", check_help)])
    print("\n".join(report.lines()))
    for failure in report.failures:
        print(f"--- {failure.label} ---\n{failure.details}", file=sys.stderr)
    return 0 if report.ok else 1

"""Nothing is sent over a network: our code imports no networking module and opens no socket.

What is asserted, precisely:

1. Our source (every .py under boligmote/, the GUI included) imports none of the modules
   that open connections: socket, ssl, http.*, urllib.request, ftplib, smtplib, … nor
   requests/httpx/aiohttp/urllib3, nor PySide6.QtNetwork / QtWebEngine. `urllib.parse`
   (string handling) is allowed.
2. Importing every module of the package (GUI under offscreen) and using it loads no
   third-party network client (requests, urllib3, httpx), no PySide6.QtNetwork, ftplib or
   smtplib, and not even the standard library's socket, ssl, http.client or urllib.request
   (pdf_document.py escapes with html.escape, not xml.sax.saxutils, which imports
   urllib.request). Should one get loaded, the test names the module of ours it came
   through and the module that carried it in, for a person to judge.
3. At run time nothing touches a socket: a Python audit hook records every socket.*,
   urllib.Request, http/ftp/smtp event while the whole package is imported, a database is
   created, opened, backed up, shown in the main window, and its minutes are rendered as
   PDF. The list must stay empty.

What Qt does in C++ is outside Python's view: PySide6's libraries map libQt6Network.so
into the process (QtGui/QtWidgets link it). Mapping a library sends nothing, and we create
no Qt network object (point 1); the test prints whether the library is mapped.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "boligmote"

FORBIDDEN_IMPORTS = {
    "socket", "ssl", "http", "urllib.request", "urllib.error", "urllib3", "ftplib", "smtplib",
    "imaplib", "poplib", "telnetlib", "nntplib", "xmlrpc", "socketserver", "asyncio",
    "requests", "httpx", "aiohttp", "websocket", "websockets", "webbrowser",
    "PySide6.QtNetwork", "PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebSockets",
}
FORBIDDEN_LOADED = ["socket", "ssl", "http.client", "urllib.request", "ftplib", "smtplib", "imaplib",
                    "poplib", "requests", "urllib3", "httpx", "PySide6.QtNetwork"]


def _imported_names(tree: ast.AST) -> set[str]:
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) in (
                "import_module", "__import__") and node.args and isinstance(node.args[0], ast.Constant):
            names.add(str(node.args[0].value))
    return names


def _is_forbidden(name: str) -> bool:
    return any(name == bad or name.startswith(bad + ".") for bad in FORBIDDEN_IMPORTS)


def test_our_source_imports_no_networking_module():
    offenders = {}
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20
    for path in files:
        bad = sorted(n for n in _imported_names(ast.parse(path.read_text(encoding="utf-8"))) if _is_forbidden(n))
        if bad:
            offenders[str(path.relative_to(PACKAGE.parent))] = bad
    assert offenders == {}


def test_the_scan_would_catch_one():
    tree = ast.parse("import socket\nfrom urllib.request import urlopen\nfrom PySide6 import QtNetwork\n"
                     "import urllib.parse\nimportlib.import_module('http.client')\n")
    assert sorted(n for n in _imported_names(tree) if _is_forbidden(n)) == [
        "PySide6.QtNetwork", "http.client", "socket", "urllib.request", "urllib.request.urlopen"]


# Third-party or Qt network clients: never loaded at all.
NEVER_LOADED = ["requests", "urllib3", "httpx", "aiohttp", "ftplib", "smtplib", "PySide6.QtNetwork"]
# Standard-library network modules: not loaded at all; the probe records who carried one in.
WATCHED = ["socket", "ssl", "http.client", "urllib.request"]

_PROBE = """
import importlib, json, os, pkgutil, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
WATCHED = set({watched!r})
EVENT_PREFIXES = ("socket.", "urllib.Request", "http.client.", "ftplib.", "smtplib.", "imaplib.", "poplib.",
                  "nntplib.", "telnetlib.", "webbrowser.")
events = []
def hook(event, args):
    if event.startswith(EVENT_PREFIXES):
        events.append([event, repr(args)[:200]])
sys.addaudithook(hook)

carriers = {{}}
class Watch:
    def find_spec(self, name, path=None, target=None):
        if name in WATCHED and name not in carriers:
            chain, frame = [], sys._getframe(1)
            while frame:
                module = frame.f_globals.get("__name__", "")
                if not module.startswith("importlib") and module != "__main__" and (not chain or chain[-1] != module):
                    chain.append(module)
                frame = frame.f_back
            ours = next((i for i, m in enumerate(chain) if m.startswith("boligmote")), None)
            carriers[name] = [chain[ours - 1] if ours else "?", chain[ours] if ours is not None else "?"]
        return None
sys.meta_path.insert(0, Watch())

import boligmote
names = [m.name for m in pkgutil.walk_packages(boligmote.__path__, "boligmote.") if m.name != "boligmote.__main__"]
for name in names:
    importlib.import_module(name)

from pathlib import Path
from boligmote.gui.app import create_application
from boligmote.gui.main_window import MainWindow
from boligmote.services.backups import take_backup
from boligmote.services.demo_file import create_demo_database
from boligmote.services.workspace import Workspace
from boligmote.store import Database
app = create_application(["test"])
path = Path({tmp!r}) / "demo.sqlite"
create_demo_database(path).close()
database = Database.open(path)
take_backup(database)
from boligmote.services.meetings import Meetings
from boligmote.services.minutes import render_minutes
assert render_minutes(database, Meetings(database).all()[-1].meeting.id).startswith(b"%PDF")
window = MainWindow()
window.show_workspace(Workspace.load(database))
window.show()
app.processEvents()
window.close()
try:
    qt_network_library = "libQt6Network" in open("/proc/self/maps").read()
except OSError:
    qt_network_library = None
print(json.dumps({{"modules": len(names), "loaded": [m for m in {never!r} if m in sys.modules],
                  "carriers": carriers, "events": events, "qt_network_library": qt_network_library}}))
"""


def _probe(tmp_path) -> dict:
    script = _PROBE.format(watched=WATCHED, never=NEVER_LOADED, tmp=str(tmp_path))
    env = {**__import__("os").environ, "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180, env=env)
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    print(found)  # what Qt maps into the process is reported, not asserted (see the module doc)
    return found


def test_whole_package_at_work_opens_no_socket_and_loads_no_network_client(tmp_path):
    found = _probe(tmp_path)
    assert found["modules"] > 30
    assert found["events"] == [], "something touched a socket or a URL"
    assert found["loaded"] == []
    pulled_in = {module: f"{our_module} pulls it in through {carrier}"
                 for module, (carrier, our_module) in found["carriers"].items()}
    assert pulled_in == {}

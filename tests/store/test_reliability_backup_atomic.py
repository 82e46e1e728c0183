"""A backup copy killed half-way is never listed as a good one (issue 14 §3, «Killed backup»).

A copy is written under a temporary name, synced, checked (it opens, passes quick_check and
is a Boligmøte file) and only then renamed into the listing; leftovers of a killed copy are
ignored by the listing and cleared by the next writing session.
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from boligmote.cli import main
from boligmote.services.backups import list_backups, restore, take_backup
from boligmote.store import CorruptDatabase, Database
from boligmote.store import backups as store_backups

# The child copies the file through Database.backup, but its connection's backup() copies
# a few pages at a time and kills the process (SIGKILL, no clean-up) after `pages` pages.
CHILD = r"""
import os, signal, sys
from boligmote.store import Database

class KillingConnection:
    def __init__(self, conn, pages):
        self._conn, self._pages = conn, pages
    def __getattr__(self, name):
        return getattr(self._conn, name)
    def backup(self, target, *args, **kwargs):
        copied = [0]
        def progress(status, remaining, total):
            copied[0] += 4
            if copied[0] >= self._pages:
                os.kill(os.getpid(), signal.SIGKILL)
        self._conn.backup(target, pages=4, progress=progress)

database = Database.open(sys.argv[1], daily_backup=False)
database.conn = KillingConnection(database.conn, int(sys.argv[2]))
database.backup()
sys.exit("the backup was not killed")
"""


def _kill_a_backup(db_path: Path, pages: int) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    result = subprocess.run([sys.executable, "-c", CHILD, str(db_path), str(pages)], capture_output=True,
                            text=True, env=env, timeout=120)
    assert result.returncode == -signal.SIGKILL, result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL does not exist on Windows")
@pytest.mark.parametrize("pages", [4, 60])
def test_a_killed_backup_is_not_listed_and_the_good_one_restores(demo_path, capsys, pages):
    with Database.open(demo_path, daily_backup=False) as db:
        good = take_backup(db)
        with db.transaction("test", "meta", "etter"):
            db.set_meta([("endret_etter_kopien", "ja")])

    _kill_a_backup(demo_path, pages)

    assert [c.path for c in list_backups(demo_path)] == [good]
    assert main(["restore", "--db", str(demo_path), "--list"]) == 0
    listing = capsys.readouterr().out
    assert good.name in listing and listing.count(".backup.sqlite") == 1
    # The next writing session clears what the killed copy left behind.
    Database.open(demo_path, daily_backup=False).close()
    assert sorted(p.name for p in good.parent.iterdir()) == [good.name]
    assert main(["restore", "--db", str(demo_path), "--from", "1"]) == 0
    with Database.open(demo_path, readonly=True) as db:
        assert db.meta("endret_etter_kopien") == ""


def _named_like_a_backup(demo_path: Path, reason: str) -> Path:
    return store_backups.new_backup_path(demo_path, reason)


def test_broken_copies_from_an_older_version_are_never_offered(demo_path):
    with Database.open(demo_path, daily_backup=False) as db:
        good = take_backup(db)
    empty = _named_like_a_backup(demo_path, "daglig")
    empty.write_bytes(b"")
    half = _named_like_a_backup(demo_path, "manuell")
    data = good.read_bytes()
    half.write_bytes(data[: len(data) // 2])  # cut short: the header promises more pages
    with_journal = _named_like_a_backup(demo_path, "oppgradering-fra-v1")
    with_journal.write_bytes(data)
    Path(f"{with_journal}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 504)

    assert [c.path for c in list_backups(demo_path)] == [good]


def test_restoring_a_broken_copy_by_name_says_it_is_incomplete_not_write_protected(demo_path):
    with Database.open(demo_path, daily_backup=False) as db:
        good = take_backup(db)
    broken = _named_like_a_backup(demo_path, "manuell")
    broken.write_bytes(good.read_bytes())
    Path(f"{broken}-journal").write_bytes(b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7" + b"\x00" * 504)
    before = demo_path.read_bytes()
    with pytest.raises(CorruptDatabase, match="ufullstendig") as refused:
        restore(demo_path, broken)
    assert "skrivebeskyttet" not in str(refused.value)
    assert demo_path.read_bytes() == before


def test_a_copy_is_synced_checked_and_renamed_into_place(demo_path, monkeypatch):
    """What the listing sees appears in one rename, after the bytes are on disk."""
    events = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (events.append(("replace", Path(a).name, Path(b).name)),
                                                      real_replace(a, b))[1])
    with Database.open(demo_path, daily_backup=False) as db:
        copy = take_backup(db)
    renames = [e for e in events if isinstance(e, tuple) and e[2] == copy.name]
    assert len(renames) == 1 and renames[0][1] != copy.name
    position = events.index(renames[0])
    assert "fsync" in events[:position] and "fsync" in events[position + 1:]  # the file, then the folder

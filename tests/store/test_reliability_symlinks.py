"""One file, many names: a symlink or a `../` path must not make it a second file.

The one-writer lock, the backups folder, restore and encrypt all work on the real file,
whatever name it was opened by (issue 14, section 3, «Symlinks»).
"""
from __future__ import annotations

import os
import subprocess
import sys

import pytest

from boligmote.services.backups import list_backups, restore, take_backup
from boligmote.services.encryption import encrypt_database
from boligmote.store import Database
from boligmote.store.crypto import SQLITE_HEADER
from boligmote.store.errors import DatabaseInUse

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")

PASSPHRASE = "korrekt hest batteri stift"


@pytest.fixture
def alias(demo_path, tmp_path):
    """A symlink to the demo file from another folder, as a shortcut on the desktop would be."""
    desktop = tmp_path / "skrivebord"
    desktop.mkdir()
    link = desktop / "møtet.sqlite"
    link.symlink_to(demo_path)
    return link


def test_a_second_session_through_a_symlink_is_refused(demo_path, alias):
    with Database.open(demo_path, daily_backup=False):
        with pytest.raises(DatabaseInUse, match="allerede åpen"):
            Database.open(alias, daily_backup=False)
    with Database.open(alias, daily_backup=False):
        with pytest.raises(DatabaseInUse, match="allerede åpen"):
            Database.open(demo_path, daily_backup=False)


def test_a_second_session_through_a_dotdot_path_is_refused(demo_path, tmp_path):
    (tmp_path / "under").mkdir()
    roundabout = tmp_path / "under" / ".." / demo_path.name
    with Database.open(demo_path, daily_backup=False):
        with pytest.raises(DatabaseInUse, match="allerede åpen"):
            Database.open(roundabout, daily_backup=False)


def test_a_second_program_through_a_symlink_is_refused(demo_path, alias):
    """Two running copies of the app, one started on the link: the second may not write."""
    code = ("import sys\nfrom boligmote.store import Database\nfrom boligmote.store.errors import DatabaseInUse\n"
            "try:\n    Database.open(sys.argv[1], daily_backup=False)\nexcept DatabaseInUse:\n    sys.exit(3)\n")
    with Database.open(demo_path, daily_backup=False):
        result = subprocess.run([sys.executable, "-c", code, str(alias)], capture_output=True, text=True,
                                env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)})
    assert result.returncode == 3, result.stderr


def test_backups_of_a_file_opened_through_a_symlink_are_beside_the_real_file(demo_path, alias):
    with Database.open(alias, daily_backup=False) as db:
        copy = take_backup(db)
    assert copy.parent == demo_path.parent / "backups"
    assert not (alias.parent / "backups").exists()
    assert [c.path for c in list_backups(alias)] == [c.path for c in list_backups(demo_path)] == [copy]


def test_restore_through_a_symlink_replaces_the_file_and_keeps_the_link(demo_path, alias):
    with Database.open(demo_path, daily_backup=False) as db:
        copy = take_backup(db)
        with db.transaction("test", "meta", "etter"):
            db.set_meta([("endret_etter_kopien", "ja")])
    restore(alias, copy)
    assert alias.is_symlink() and alias.resolve() == demo_path
    with Database.open(demo_path, readonly=True) as db:
        assert db.meta("endret_etter_kopien") == ""  # the real file was restored
    assert not list(alias.parent.glob(".*gjenopprettes*"))


def test_encrypt_through_a_symlink_encrypts_the_file_and_keeps_the_link(demo_path, alias):
    encrypt_database(alias, PASSPHRASE)
    assert alias.is_symlink() and alias.resolve() == demo_path
    assert not demo_path.read_bytes().startswith(SQLITE_HEADER)
    with Database.open(alias, passphrase=PASSPHRASE, daily_backup=False) as db:
        assert db.scalar("SELECT count(*) FROM units") > 0

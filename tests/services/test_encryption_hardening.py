"""Encryption cannot be undone by accident (issue 14 §3, «Encryption undone silently»).

- A plain copy restored onto an encrypted file is refused; `--encrypt` restores it
  encrypted with the file's passphrase, which is the deliberate way.
- Encrypting is one recoverable step: a SIGKILL anywhere in it leaves either the plain
  file with its plain copies, or the encrypted file with no plaintext copy beside it.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from boligmote.cli import main
from boligmote.services.backups import list_backups, restore
from boligmote.services.encryption import encrypt_database
from boligmote.store import Database, StoreError
from boligmote.store.crypto import SQLITE_HEADER

PASSPHRASE = "korrekt hest batteri stift"


def _is_plain(path: Path) -> bool:
    with open(path, "rb") as f:
        return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER


def _plaintext_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file() and _is_plain(p))


@pytest.fixture
def encrypted_with_plain_copy(demo_path, tmp_path):
    """An encrypted demo file, and a plain copy of it as it was, saved elsewhere."""
    aside = tmp_path.parent / f"{tmp_path.name}-utenfor"  # not in the file's folder
    aside.mkdir()
    plain = aside / "plain.sqlite"
    shutil.copyfile(demo_path, plain)
    with Database.open(plain, daily_backup=False) as db, db.transaction("test", "meta"):
        db.set_meta([("fra_ukryptert_kopi", "ja")])
    encrypt_database(demo_path, PASSPHRASE)
    return demo_path, plain


def test_restoring_a_plain_copy_onto_an_encrypted_file_is_refused(encrypted_with_plain_copy):
    path, plain = encrypted_with_plain_copy
    before = path.read_bytes()
    copies_before = list_backups(path)
    with pytest.raises(StoreError, match="ukryptert") as refused:
        restore(path, plain, PASSPHRASE)
    assert "--encrypt" in str(refused.value)
    assert path.read_bytes() == before
    assert list_backups(path) == copies_before


def test_cli_refuses_a_plain_copy_and_restores_it_encrypted_when_asked(encrypted_with_plain_copy, monkeypatch,
                                                                        capsys):
    path, plain = encrypted_with_plain_copy
    monkeypatch.setenv("BOLIGMOTE_PASSPHRASE", PASSPHRASE)
    assert main(["restore", "--db", str(path), "--from", str(plain)]) == 1
    err = capsys.readouterr().err
    assert "ukryptert" in err and "Traceback" not in err
    assert not _is_plain(path)

    assert main(["restore", "--db", str(path), "--from", str(plain), "--encrypt"]) == 0
    assert "kryptert" in capsys.readouterr().out
    assert not _is_plain(path)
    assert _plaintext_files(path.parent) == []  # no plaintext beside it, nor in backups/
    with Database.open(path, passphrase=PASSPHRASE, daily_backup=False) as db:
        assert db.meta("fra_ukryptert_kopi") == "ja"
        assert db.scalar("SELECT count(*) FROM units") > 0


# ---- a SIGKILL inside `encrypt` ---------------------------------------------------------------

# The child encrypts the file and kills itself (SIGKILL: nothing is cleaned up) right after
# the n-th change to the folder (a rename or a delete); the first rename over the database
# itself is the moment it turns encrypted. bench/crash_safety.py --file-steps also kills
# after every fsync.
CHILD = r"""
import os, signal, sys
from pathlib import Path
database, after, passphrase = Path(sys.argv[1]).resolve(), sys.argv[2], sys.argv[3]
steps = [0]
def killing(real):
    def step(*args, **kwargs):
        result = real(*args, **kwargs)
        steps[0] += 1
        if after == "rename-over-database" and len(args) > 1 and Path(args[1]).resolve() == database:
            os.kill(os.getpid(), signal.SIGKILL)
        if after.isdigit() and steps[0] == int(after):
            os.kill(os.getpid(), signal.SIGKILL)
        return result
    return step
os.replace, os.rename, os.unlink = killing(os.replace), killing(os.rename), killing(os.unlink)
from boligmote.services.encryption import encrypt_database
encrypt_database(database, passphrase)
print("steps", steps[0])
"""


def _encrypt_in_a_child(path: Path, after: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-c", CHILD, str(path), after, PASSPHRASE],
                          capture_output=True, text=True, env=env, timeout=120)


def _with_plain_copies(demo_path: Path) -> int:
    Database.open(demo_path).close()  # today's daily copy, plain
    with Database.open(demo_path, daily_backup=False) as db:
        db.backup()
        return db.scalar("SELECT count(*) FROM applicants")


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL does not exist on Windows")
def test_a_kill_right_after_the_encrypted_file_is_renamed_leaves_no_plaintext_copy(demo_path, capsys):
    applicants = _with_plain_copies(demo_path)
    result = _encrypt_in_a_child(demo_path, "rename-over-database")
    assert result.returncode == -signal.SIGKILL, result.stderr
    assert not _is_plain(demo_path)

    # `restore --list` offers no plaintext copy ...
    assert main(["restore", "--db", str(demo_path), "--list"]) == 0
    listed = list_backups(demo_path)
    assert listed and not [c.path for c in listed if _is_plain(c.path)]
    # ... nothing in the folder is plaintext once the file is opened again, and it is whole.
    with Database.open(demo_path, passphrase=PASSPHRASE) as db:
        assert db.scalar("SELECT count(*) FROM applicants") == applicants
    assert _plaintext_files(demo_path.parent) == []
    for copy in list_backups(demo_path):
        with Database.open(copy.path, readonly=True, passphrase=PASSPHRASE) as old:
            assert old.scalar("SELECT count(*) FROM applicants") == applicants


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL does not exist on Windows")
@pytest.mark.parametrize("first_step", [1, 2], ids=["odd steps", "even steps"])
def test_a_kill_at_any_step_of_encrypt_leaves_plain_or_encrypted_never_a_mix(demo_path, tmp_path, first_step):
    """Kill after each rename/delete in turn; after the next open the file is wholly one or the other.
    The odd and the even steps are two tests, so that a parallel run shares the minutes they take."""
    applicants = _with_plain_copies(demo_path)
    folder, backups = demo_path.parent, demo_path.parent / "backups"
    template = tmp_path.parent / f"{tmp_path.name}-mal"
    shutil.copytree(backups, template / "backups")
    shutil.copyfile(demo_path, template / demo_path.name)
    step, outcomes = first_step - 2, set()
    while True:
        step += 2
        shutil.rmtree(backups)
        for leftover in [*folder.glob(f".{demo_path.name}*"), *folder.glob(f"{demo_path.name}-*")]:
            leftover.unlink()
        shutil.copytree(template / "backups", backups)
        shutil.copyfile(template / demo_path.name, demo_path)
        result = _encrypt_in_a_child(demo_path, str(step))
        finished = result.returncode == 0
        assert finished or result.returncode == -signal.SIGKILL, result.stderr
        encrypted = not _is_plain(demo_path)
        outcomes.add(encrypted)
        with Database.open(demo_path, passphrase=PASSPHRASE if encrypted else None, daily_backup=False) as db:
            assert db.scalar("SELECT count(*) FROM applicants") == applicants, f"step {step}"
        copies = list_backups(demo_path)
        assert len(copies) >= 2, f"step {step}: a copy was lost"
        if encrypted:
            assert _plaintext_files(folder) == [], f"step {step}"
        else:
            assert all(_is_plain(c.path) for c in copies), f"step {step}"
        assert not list(folder.glob(f".{demo_path.name}*")), f"step {step}: a leftover beside the file"
        assert not [p for p in backups.iterdir() if p.name.startswith(".")], f"step {step}: a leftover copy"
        if finished or step >= 60:
            break
    assert finished and True in outcomes
    if first_step == 1:
        assert False in outcomes  # killed at the first step, the file is still wholly plain


def test_encrypting_a_file_that_is_not_there_says_so(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BOLIGMOTE_PASSPHRASE", PASSPHRASE)
    assert main(["encrypt", "--db", str(tmp_path / "finnes-ikke.sqlite")]) == 1
    assert "Finner ikke databasefilen" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []  # not even a lock file


def test_restoring_an_encrypted_copy_onto_a_plain_file_encrypts_its_plain_copies_too(demo_path, tmp_path):
    """The file turns encrypted by the restore: its plain copies must not stay beside it in plaintext."""
    aside = tmp_path.parent / f"{tmp_path.name}-kryptert"
    aside.mkdir()
    encrypted_copy = aside / "kryptert.sqlite"
    shutil.copyfile(demo_path, encrypted_copy)
    encrypt_database(encrypted_copy, PASSPHRASE)
    _with_plain_copies(demo_path)

    result = restore(demo_path, encrypted_copy, PASSPHRASE)

    assert not _is_plain(demo_path)
    assert _plaintext_files(demo_path.parent) == []  # the daily, manual and «before restore» copies
    assert "kryptert med samme passord" in result.message()
    copies = list_backups(demo_path)
    assert len(copies) == 3 and result.safety_copy in [c.path for c in copies]
    for copy in copies:
        with Database.open(copy.path, readonly=True, passphrase=PASSPHRASE) as old:
            assert old.scalar("SELECT count(*) FROM units") > 0

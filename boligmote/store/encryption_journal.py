"""Encrypting a file and its backup copies as one step a crash cannot leave half done.

`boligmote encrypt` (services/encryption.py) writes the encrypted file beside the plain one
and an encrypted twin of every plain backup copy, then this journal, then renames the
encrypted file over the plain one: that rename is the commit. Then each twin is renamed
over its plain copy, and the journal is deleted. Killed anywhere (SIGKILL, power cut), the
next writing session — or `restore --list` — finishes or undoes the step from the journal:

- the file is still plain: the commit did not happen; the twins are thrown away and the
  file and its copies stay as they were;
- the file is encrypted: every plain copy named in the journal is replaced by its twin,
  or deleted if it had none (it could not be read), so no plaintext copy outlives the
  encryption (issue 14 §3).

Also cleared with the lock held: a staged file of a killed restore (`.gjenopprettes`,
possibly plaintext) or of a killed encryption without a journal (`.krypteres`).
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import backups, crypto
from .errors import StoreError
from .files import create_owner_only, real_path

JOURNAL_SUFFIX = ".kryptering"
STAGING_SUFFIX = ".krypteres"
RESTORE_STAGING_SUFFIX = ".gjenopprettes"
_SIDECARS = ("-journal", "-wal", "-shm")


def journal_path(database_path: Path) -> Path:
    return database_path.with_name(f".{database_path.name}{JOURNAL_SUFFIX}")


def staging_path(database_path: Path) -> Path:
    """Where the encrypted file is written before it is renamed over the plain one."""
    return database_path.with_name(f".{database_path.name}{STAGING_SUFFIX}")


def restore_staging_path(database_path: Path) -> Path:
    """Where a restored copy is staged before it is renamed over the file."""
    return database_path.with_name(f".{database_path.name}{RESTORE_STAGING_SUFFIX}")


def twin_path(copy: Path) -> Path:
    """The encrypted twin of a plain backup copy, until it is renamed over the copy."""
    return copy.with_name(f".{copy.name}{STAGING_SUFFIX}")


def is_plain(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return crypto.is_plain_sqlite(f.read(len(crypto.SQLITE_HEADER)))
    except OSError:
        return False


@dataclass
class Plan:
    """What the commit turns into encrypted copies (by name) and what it deletes."""
    convert: list[str] = field(default_factory=list)
    delete: list[str] = field(default_factory=list)


def prepare(database_path: Path, passphrase: str) -> Plan:
    """An encrypted, checked twin of every plain copy of the file; call with the lock held.

    A copy that cannot be read (cut short, or from an interrupted write) gets no twin and
    is deleted at the commit: it is plaintext, and useless.
    """
    plan = Plan()
    for copy in backups.copy_paths(database_path):
        if not is_plain(copy):
            continue
        if backups.incomplete_reason(copy) is not None:
            plan.delete.append(copy.name)
            continue
        twin = twin_path(copy)
        remove_with_sidecars(twin)
        try:
            create_owner_only(twin)
            crypto.export_encrypted(copy, twin, passphrase)
            backups.verify_copy(twin, passphrase, name=copy.name)
            backups.fsync_file(twin)
        except crypto.database_errors(also=(StoreError, OSError)):
            remove_with_sidecars(twin)
            plan.delete.append(copy.name)
            continue
        plan.convert.append(copy.name)
    if plan.convert:
        backups.fsync_dir(backups.backup_dir_for(database_path))
    return plan


def write(database_path: Path, plan: Plan) -> None:
    """Record the plan durably before the commit: after a crash it is all recovery has."""
    journal = journal_path(database_path)
    temp = journal.with_name(journal.name + ".ny")
    temp.unlink(missing_ok=True)
    create_owner_only(temp)
    with open(temp, "w", encoding="utf-8") as f:
        json.dump({"convert": plan.convert, "delete": plan.delete}, f)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temp, journal)
    backups.fsync_dir(journal.parent)


def finish(database_path: Path, plan: Plan) -> list[Path]:
    """After the commit: swap each twin in, delete what could not be converted, drop the journal.

    Safe to run again after a crash part-way: a twin already swapped in is simply gone.
    Returns the plaintext copies deleted.
    """
    folder = backups.backup_dir_for(database_path)
    deleted = []
    for name in plan.convert:
        copy, twin = folder / name, twin_path(folder / name)
        if twin.exists():
            os.replace(twin, copy)
            Path(f"{copy}-wal").unlink(missing_ok=True)
        elif copy.exists() and is_plain(copy):
            remove_with_sidecars(copy)  # no twin left for it: never keep it in plaintext
            deleted.append(copy)
    for name in plan.delete:
        if (folder / name).exists():
            remove_with_sidecars(folder / name)
            deleted.append(folder / name)
    if folder.is_dir():
        backups.fsync_dir(folder)
    journal_path(database_path).unlink(missing_ok=True)
    backups.fsync_dir(database_path.parent)
    return deleted


def abandon(database_path: Path, plan: Plan | None = None) -> None:
    """Before the commit: throw the twins and the staged file away; everything stays plain."""
    folder = backups.backup_dir_for(database_path)
    if folder.is_dir():
        names = set(plan.convert) if plan is not None else None
        for entry in folder.iterdir():
            if entry.name.startswith(".") and STAGING_SUFFIX in entry.name:
                copy_name = entry.name[1:].split(STAGING_SUFFIX)[0]
                if (names is None and backups.is_copy_name(database_path, copy_name)) or \
                        (names is not None and copy_name in names):
                    entry.unlink(missing_ok=True)
    remove_with_sidecars(staging_path(database_path))
    journal_path(database_path).unlink(missing_ok=True)


def recover(database_path: Path) -> None:
    """Finish or undo a killed encryption, and clear staged files; call with the lock held."""
    database_path = real_path(database_path)
    journal = journal_path(database_path)
    remove_with_sidecars(restore_staging_path(database_path))
    journal.with_name(journal.name + ".ny").unlink(missing_ok=True)
    if not journal.exists():
        abandon(database_path)
        return
    try:
        recorded = json.loads(journal.read_text(encoding="utf-8"))
        # Only names of this file's copies: the journal never reaches outside its backups folder.
        plan = Plan(*([str(n) for n in recorded.get(key, []) if backups.is_copy_name(database_path, str(n))]
                      for key in ("convert", "delete")))
    except (OSError, ValueError, AttributeError, TypeError):
        plan = None
    if is_plain(database_path):
        abandon(database_path)  # the encrypted file was never renamed into place
        return
    if plan is None:  # a journal that cannot be read after the commit: no plaintext copy may stay
        plan = Plan([], [p.name for p in backups.copy_paths(database_path) if is_plain(p)])
    remove_with_sidecars(staging_path(database_path))
    finish(database_path, plan)


def recover_if_free(database_path: Path, owner: str) -> None:
    """`recover` when no session holds the file (the listing); one that does has recovered already."""
    from .errors import DatabaseLocked
    from .locking import FileLock

    database_path = real_path(database_path)
    if not journal_path(database_path).exists() and not restore_staging_path(database_path).exists():
        return
    try:
        lock = FileLock.acquire(database_path, owner)
    except (DatabaseLocked, StoreError):
        return
    try:
        recover(database_path)
    finally:
        lock.release()


def remove_with_sidecars(path: Path) -> None:
    for candidate in (path, *(Path(f"{path}{suffix}") for suffix in _SIDECARS)):
        try:
            candidate.unlink(missing_ok=True)
        except OSError:
            continue

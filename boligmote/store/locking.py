"""One writing session per file: an advisory OS lock on `<file>.lock` beside the database.

Why not rely on SQLite's own locks: in WAL mode SQLite lets two programs write the same
file one transaction at a time. Both would keep a picture of the queue loaded at open and
decide on it, so the second one's decisions could rest on a stale queue. An app-level lock
makes the second session read-only or refuse, with a message saying who holds the file.

Why an OS lock (flock / msvcrt) and not a lock file that merely exists, or Qt's
QLockFile: the OS drops the lock when the process dies, even by SIGKILL or a power cut,
so there is no stale lock to clear by hand; and the store, the CLI (`boligmote restore`)
and the GUI take the same lock without the store importing Qt.

The lock file is never deleted: deleting it while another process is about to lock it
would let two sessions each hold a lock on a different file. It only holds who has the
lock now (user, machine, process, since when), for the message.
"""
from __future__ import annotations

import json
import os
import platform
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from ..words import Joined, Phrase, Text
from .errors import DatabaseInUse, FileAccessError, ReadOnlyFile
from .files import real_path

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


def lock_path(database_path: Path) -> Path:
    # Beside the real file: a lock beside a symlink would let a second writer in by the other name.
    database_path = real_path(database_path)
    return database_path.with_name(database_path.name + ".lock")


class FileLock:
    """Held from `acquire` until `release` (or the process ends)."""

    def __init__(self, path: Path, fd: int, created: bool, owner: str):
        self.path = path
        self.owner = owner
        self._fd: int | None = fd
        self.created = created

    @classmethod
    def acquire(cls, database_path: Path, owner: str) -> FileLock:
        """Lock for writing, or raise DatabaseInUse naming who holds it; `owner` is the user."""
        path = lock_path(database_path)
        created = not path.exists()
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except PermissionError:
            raise ReadOnlyFile(Phrase("errors.store.folder_read_only", folder=database_path.parent,
                                      name=database_path.name)) from None
        except OSError as exc:
            if exc.errno == 30:  # EROFS: a read-only file system (a mounted backup disk, a CD)
                raise ReadOnlyFile(Phrase("errors.store.read_only_file_system", name=database_path.name)) from None
            raise FileAccessError(Phrase("errors.store.cannot_lock", name=database_path.name, reason=exc.strerror)) from exc
        if not _try_lock(fd):
            holder = _read_holder(fd)
            os.close(fd)
            raise DatabaseInUse(Phrase("errors.store.in_use", name=database_path.name, holder=_describe(holder)))
        lock = cls(path, fd, created, owner)
        lock._write_holder()
        return lock

    def _write_holder(self) -> None:
        record = {
            "user": self.owner,
            "host": platform.node(),  # os.uname: no network look-up
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
        }
        # Byte 0 is the locked byte on Windows (msvcrt locks are mandatory there): write after it.
        data = b"\n" + json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
        fd = self._fd
        if fd is None:  # released: there is no lock to describe
            return
        try:
            if sys.platform != "win32":
                os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, data)
        except OSError:
            pass  # the lock holds even if the note about it cannot be written

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            if sys.platform != "win32":
                os.ftruncate(fd, 0)  # no stale holder note once the file is closed
            _unlock(fd)
        finally:
            os.close(fd)

    def release_and_forget(self) -> None:
        """Release, and remove the lock file if this lock created it (a refused open)."""
        self.release()
        if self.created:
            try:
                self.path.unlink()
            except OSError:
                pass

    def __enter__(self) -> FileLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_holder(fd: int) -> dict[str, Any]:
    try:
        os.lseek(fd, 1, os.SEEK_SET)
        holder = json.loads(os.read(fd, 4096).decode("utf-8").strip() or "{}")
    except (OSError, ValueError):
        return {}
    return holder if isinstance(holder, dict) else {}


def _describe(holder: dict[str, Any]) -> Text | str:
    """« (kari på PC-12 siden 30.11.2026 kl. 08:15)», or "" when the lock file says nothing."""
    parts: list[Any] = []
    if holder.get("user"):
        parts.append(str(holder["user"]))
    if holder.get("host"):
        parts.append(Phrase("errors.store.holder_host", host=holder["host"]))
    since = holder.get("since", "")
    try:
        opened = datetime.fromisoformat(since)
        parts.append(Phrase("errors.store.holder_since", date=f"{opened:%d.%m.%Y}", time=f"{opened:%H:%M}"))
    except (TypeError, ValueError):
        pass
    return Phrase("words.in_brackets", text=Joined(parts)) if parts else ""


"""Files that hold special-category data are created readable by their owner only."""
from __future__ import annotations

import os
from pathlib import Path

from ..words import Phrase
from .errors import FileAccessError


def create_owner_only(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0600)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        raise FileAccessError(Phrase("errors.store.exists", path=path)) from None
    except OSError as exc:
        raise FileAccessError(Phrase("errors.store.cannot_create", path=path, reason=exc.strerror)) from exc
    os.close(fd)
    os.chmod(path, 0o600)  # in case a umask or ACL widened it


def real_path(path: str | os.PathLike[str]) -> Path:
    """The file a path names, with every symlink and `..` resolved.

    Everything keyed on a database's path (its lock, its backups folder, the file a restore
    or encryption replaces) must use this: a symlink is another name for the same file, and
    a lock on `link.lock` would not stop a second writer holding `file.lock` (issue 14 §3).
    """
    return Path(path).expanduser().resolve()

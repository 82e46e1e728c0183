"""Files that hold special-category data are created readable by their owner only."""
from __future__ import annotations

import os
from pathlib import Path

from .errors import FileAccessError


def create_owner_only(path: Path) -> None:
    """Create an empty file readable and writable by its owner only (0600)."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        raise FileAccessError(f"Filen {path} finnes allerede.") from None
    except OSError as exc:
        raise FileAccessError(f"Kunne ikke opprette {path}: {exc.strerror}.") from exc
    os.close(fd)
    os.chmod(path, 0o600)  # in case a umask or ACL widened it

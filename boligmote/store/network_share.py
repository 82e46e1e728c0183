"""Is the database file on a network share? Then warn: locks and fsync may not hold there.

SQLite's own documentation warns that file locking on NFS and SMB is often broken, and
WAL mode needs shared memory that a network file system cannot provide between machines.
We warn rather than refuse: some municipalities keep files on a home share on purpose.

Detection only reads local information (/proc/mounts, the drive type); it never touches
the network.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

# File system types in /proc/mounts that live on another machine.
NETWORK_FS_TYPES = ("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "sshfs", "9p",
                    "afs", "ncpfs", "fuse.rclone", "davfs", "fuse.davfs2", "glusterfs", "ceph")
PROC_MOUNTS = Path("/proc/mounts")


def network_share_kind(path: Path, mounts_text: str | None = None) -> str | None:
    """The kind of network share `path` is on ("nfs", "cifs", "UNC-sti" …), or None."""
    if sys.platform == "win32":
        return _windows_kind(path)
    if mounts_text is None:
        try:
            mounts_text = PROC_MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # macOS and BSD have no /proc/mounts; we do not guess there
    fs_type = _mount_fs_type(_resolve(path), mounts_text)
    if fs_type and (fs_type in NETWORK_FS_TYPES or fs_type.startswith(("nfs", "smb", "cifs"))):
        return fs_type
    return None


def warning_for(path: Path) -> str | None:
    kind = network_share_kind(path)
    if kind is None:
        return None
    return (f"{path.name} ligger på en nettverksdisk ({kind}). Låsing og lagring er ikke like "
            "pålitelig der som på en lokal disk: to maskiner kan skrive samtidig, og et "
            "nettverksbrudd kan skade filen. Kopier filen til en lokal disk for møtet hvis du kan.")


def _resolve(path: Path) -> str:
    try:
        return str(path.resolve())
    except OSError:
        return os.path.abspath(path)


def _mount_fs_type(resolved: str, mounts_text: str) -> str | None:
    """The file system type of the longest mount point that contains `resolved`."""
    best, best_type = "", None
    for line in mounts_text.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")  # /proc/mounts escapes spaces
        inside = resolved == mount_point or resolved.startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) >= len(best):
            best, best_type = mount_point, fields[2]
    return best_type


def _windows_kind(path: Path) -> str | None:
    text = str(path.absolute())
    if text.startswith("\\\\"):
        return "UNC-sti"
    drive = os.path.splitdrive(text)[0]
    if sys.platform == "win32" and len(drive) == 2 and drive[1] == ":":
        import ctypes

        drive_remote = 4  # DRIVE_REMOTE in the Win32 API
        if ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote:
            return "nettverksstasjon"
    return None

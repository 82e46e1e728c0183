"""The full integrity check and the daily copy that the window runs after opening a file."""
from __future__ import annotations

from boligmote.services.backups import list_backups
from boligmote.services.health import AfterOpenCheck


def _damage_a_table_page(path) -> None:
    """Overwrite the applicants table's first page: the header and the schema stay readable.
    (A page picked from the middle of the file could be a free one, which no check reads.)"""
    import sqlite3

    connection = sqlite3.connect(path)
    page_size = connection.execute("PRAGMA page_size").fetchone()[0]
    root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = 'applicants'").fetchone()[0]
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    data = bytearray(path.read_bytes())
    page = page_size * (root - 1)
    data[page + 8:page + page_size] = (bytes(range(256)) * (page_size // 256 + 1))[:page_size - 8]
    path.write_bytes(bytes(data))


def test_the_check_after_open_finds_a_damaged_file(demo_path):
    _damage_a_table_page(demo_path)
    result = AfterOpenCheck(demo_path, None, daily_backup=True).run()
    assert "skadet" in result.problem and result.backup is None
    assert list_backups(demo_path) == []  # a damaged file is not copied over a good copy


def test_the_check_after_open_takes_the_daily_copy_only_once_a_day(demo_path):
    first = AfterOpenCheck(demo_path, None, daily_backup=True).run()
    second = AfterOpenCheck(demo_path, None, daily_backup=True).run()
    assert first.ok and first.backup is not None
    assert second.ok and second.backup is None
    assert len(list_backups(demo_path)) == 1

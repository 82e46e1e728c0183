"""What a file remembers about the packages it exchanged (the meta table).

The meeting file remembers, after each import, how every imported record turned out; a
laptop copy of it inherits that. The laptop remembers what it exported.
"""
from __future__ import annotations

import json

from ...store import Database
from ...store.audit import chain_origin
from .records import APPLICANT

# In the meta table: what this file last agreed with a package on, and which packages it took.
SYNC_META_KEY = "case_packages.sync"
IMPORTED_META_KEY = "case_packages.imported"
BASES_KEPT = 4
IMPORTED_KEPT = 500


def sync_key(kind: str, meeting_id: int, case_no: str) -> str:
    return f"applicant:{case_no}" if kind == APPLICANT else f"case:{meeting_id}:{case_no}"


def load_json_meta(database: Database, key: str, default):
    try:
        value = json.loads(database.meta(key, ""))
    except ValueError:
        return default
    return value if isinstance(value, type(default)) else default


def file_id(database: Database) -> str:
    return chain_origin(database.conn)


def prepend_base(bases: list, print_: str, sync: str) -> list:
    entry = {"fingerprint": print_, "sync": sync}
    return [entry] + [b for b in bases if b != entry][: BASES_KEPT - 1]

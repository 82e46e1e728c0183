"""The id of a saved record.

Domain objects carry `id: int | None`: None until the store has saved them. Code that works on
records read back from the file asks for the id through `saved_id`, so a record that was never
saved fails there, by name, and not as a None deep inside a query.
"""
from __future__ import annotations


def saved_id(record_id: int | None) -> int:
    if record_id is None:
        raise ValueError("the record is not saved yet, so it has no id")
    return record_id

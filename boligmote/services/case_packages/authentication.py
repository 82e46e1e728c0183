"""Is this package one the meeting file can trust? The threat model of case packages.

How it works. The meeting file makes the copy the caseworker prepares cases in
(`make_preparation_copy`, copies.py). At that moment it draws a random key
(secrets.token_bytes, 32 bytes), keeps it with the fingerprint of every applicant and
agenda case the copy holds (table package_exports, migration m0005), and puts the same
key into the copy's meta table. Only these two files know the key. A package exported from
the copy carries an HMAC-SHA256 under that key over its manifest and its records, exactly
as written. On import the meeting file looks up the copy named in the manifest, recomputes
the HMAC with its own key, refuses a package it has already imported or one older than a
package from the same copy it has imported, and compares every record with its OWN record
of what the copy held — never with anything the package claims about the past.

What it protects against: anyone who has only the package (on a memory stick, in an
e-mail, on a shared drive) and edits it — changes a field, adds an applicant, removes a
case, recomputes a checksum, claims a base or another author — cannot make a valid HMAC;
the package is refused whole. A package from a copy the meeting file did not make (a
backup, a plain file copy, another municipality's file) is refused as unknown. A package
imported once cannot be imported again, so an old package cannot undo later decisions.

What it cannot protect against: someone who holds the preparation copy holds its key, and
can write any package the caseworker could — the package says what the copy says, and the
secretary still sees and chooses every conflict. Someone who can change the meeting file
itself needs no package at all (the audit log, `verify` and the printed fingerprint are
what guard that file). The key is as secret as the files it lives in: an unencrypted copy
left on a laptop gives it away, which is one more reason to encrypt both files. The HMAC
proves where a package came from and that it is whole; it does not hide its content
(the package is not encrypted: send it as confidential).
"""
from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from ...store import Database
from ...store.package_exports import PackageExport, PackageExportRepository
from .format import CasePackage, PackageError
from ...words import Phrase

KEY_BYTES = 32
_CONTEXT = b"boligmote-case-package\x00"


def new_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def package_mac(key: bytes, manifest: bytes, records: bytes) -> str:
    """HMAC-SHA256 over the manifest and the records as written; each is length-prefixed so
    that no byte can move from one to the other."""
    message = b"".join((_CONTEXT, len(manifest).to_bytes(8, "big"), manifest, len(records).to_bytes(8, "big"),
                        records))
    return hmac.new(key, message, hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class Authenticated:
    """A package the meeting file made the key for, whole, and not imported before."""

    export: PackageExport
    bases: dict[str, str]      # record → fingerprint: the meeting file's own record of the base


def authenticate(database: Database, package: CasePackage) -> Authenticated:
    """PackageError (a words.Phrase: bokmål as a str) unless the package is authentic, whole and new to this file."""
    name = package.path.name
    repository = PackageExportRepository(database)
    export = repository.get(package.export_id)
    if export is None:
        raise PackageError(Phrase("errors.package.unknown", name=name))
    expected = package_mac(export.key, package.manifest_bytes, package.records_bytes)
    if not hmac.compare_digest(expected, package.mac):
        raise PackageError(Phrase("errors.package.altered", name=name))
    earlier = repository.imported(package.package_id)
    if earlier is not None:
        raise PackageError(Phrase("errors.package.imported", name=name, date=f"{earlier.imported_at:%d.%m.%Y}",
                                  time=f"{earlier.imported_at:%H:%M}"))
    if package.sequence <= repository.last_sequence(export.id):
        raise PackageError(Phrase("errors.package.older", name=name))
    return Authenticated(export, repository.fingerprints(export.id))

"""Case packages: what this file handed out for preparation, and which packages came back.

Issue 14 §2: a returning package is authenticated with a key only this file and the copy
it made know, and judged against this file's own record of what the copy held, never
against the package's own claim.
"""

SQL = """
-- One row per preparation copy this file made: its random HMAC key (32 bytes, from
-- secrets.token_bytes) and who made it when. The key never leaves this file except inside
-- the copy it was made for.
CREATE TABLE package_exports (
    id TEXT PRIMARY KEY CHECK (length(id) = 36),
    hmac_key BLOB NOT NULL CHECK (typeof(hmac_key) = 'blob' AND length(hmac_key) = 32),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    copy_name TEXT NOT NULL
);

-- The fingerprint (SHA-256) of every record the copy held when it was made, updated to
-- the package's version of a record after each import of a package from that copy: the
-- common base of the three-way comparison.
CREATE TABLE package_export_records (
    export_id TEXT NOT NULL REFERENCES package_exports(id),
    record TEXT NOT NULL CHECK (record GLOB 'applicant:*' OR record GLOB 'case:*'),
    fingerprint TEXT NOT NULL CHECK (length(fingerprint) = 64),
    PRIMARY KEY (export_id, record)
);

-- Every package imported: a package is imported once, and never one older than a package
-- already imported from the same copy (sequence grows with each package a copy writes).
CREATE TABLE package_imports (
    package_id TEXT PRIMARY KEY,
    export_id TEXT NOT NULL REFERENCES package_exports(id),
    sequence INTEGER NOT NULL,
    imported_at TEXT NOT NULL
);
CREATE INDEX package_imports_by_export ON package_imports(export_id, sequence);
"""

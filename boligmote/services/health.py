"""`boligmote check`: is this file healthy, which version, what does it hold."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..store import LATEST_VERSION, Database
from ..store.audit import verify
from ..store.inventory import counts
from ..store.schema_check import check_schema


@dataclass(frozen=True)
class HealthReport:
    path: Path
    schema_version: int
    latest_version: int
    counts: dict[str, int]
    audit_rows: int
    audit_first_broken: int | None
    schema_differences: tuple[str, ...] = ()  # objects missing, added or changed (store/schema_check.py)

    def lines(self) -> list[str]:
        upgrade = "" if self.schema_version == LATEST_VERSION else " (oppgraderes ved neste åpning)"
        lines = [
            f"Fil: {self.path}",
            "Integritet: ok",
            f"Skjemaversjon: {self.schema_version} av {self.latest_version}{upgrade}",
        ]
        lines += [f"  {label}: {n:,}".replace(",", "\u00a0") for label, n in self.counts.items()]
        if self.audit_first_broken is None:
            lines.append(f"Revisjonslogg: {self.audit_rows} oppføringer, kjeden er hel")
        else:
            lines.append(f"Revisjonslogg: BRUDD i kjeden ved oppføring {self.audit_first_broken}")
        if self.schema_differences:
            lines.append("Skjema: BRUDD – " + "; ".join(self.schema_differences)
                         + ". Kjør «boligmote verify» for signerte møter.")
        else:
            lines.append("Skjema: tabeller, indekser og triggere som versjonen lager dem")
        return lines

    @property
    def ok(self) -> bool:
        return self.audit_first_broken is None and not self.schema_differences


def check_file(path: Path, passphrase: str | None = None) -> HealthReport:
    """Raises StoreError (with a readable message) for a file that cannot be used;
    PassphraseRequired for an encrypted file opened without its passphrase."""
    with Database.open(path, readonly=True, passphrase=passphrase) as database:
        chain = verify(database.conn)
        return HealthReport(path, database.schema_version, LATEST_VERSION, counts(database),
                            chain.rows, chain.first_broken_id, check_schema(database).differences)

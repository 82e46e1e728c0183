"""Evidence on each rule (issue 17 item 6): the report the CLI, the settings and the yearly PDF show.

The counting is domain/evidence.py (pure); this module reads the rows and names the rules as the
municipality's settings title them.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..domain.evidence import Evidence, RuleEvidence, evidence
from ..rules import RULE_IDS
from ..store import Database
from ..store.evidence import placements
from .rule_settings import load_rule_settings


@dataclass(frozen=True)
class EvidenceReport:
    evidence: Evidence
    titles: dict[str, str]  # rule id → the title the settings give it (the id for a retired rule)
    municipality: str = ""
    demo: bool = False  # the demo municipality: its history is synthetic (services/demo_history.py)

    def title(self, item: RuleEvidence) -> str:
        return self.titles.get(item.rule, item.rule)


def evidence_report(database: Database, as_of: date) -> EvidenceReport:
    settings = load_rule_settings(database)
    titles = {rule: settings.rule(rule).title for rule in RULE_IDS}
    municipality = database.scalar("SELECT value FROM meta WHERE key = 'municipality'") or ""
    demo = database.scalar("SELECT 1 FROM meta WHERE key = 'demo_size'") is not None
    found, younger = placements(database, as_of)
    return EvidenceReport(evidence(found, as_of, RULE_IDS, younger), titles, municipality, demo)


DEMO_NOTE = ("Demokommunens historikk er syntetisk, laget etter en modell der effektstørrelsene er oppdiktet "
             "(boligmote/services/demo_history.py): tallene viser hvordan rapporten ser ut, ikke hva forskningen "
             "eller noen kommune har funnet.")

"""Writing the demo municipality into a new database file."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ..store import Database
from ..store.estate import EstateRepository
from ..store.households import HouseholdRepository
from ..store.incidents import IncidentRepository
from .demo import DEFAULT_SEED, DemoMunicipality, generate
from .demo_history import add_demo_history
from .demo_ledger import add_demo_ledger
from .demo_meetings import add_demo_meetings
from .demo_renewals import add_renewal_meetings


def write_demo(database: Database, municipality: DemoMunicipality, size: str, seed: int,
               history: bool = True) -> None:
    with database.transaction("demo", "municipality", municipality.name,
                              {"size": size, "seed": seed, "units": len(municipality.units),
                               "applicants": len(municipality.applicants)}):
        estate, households = EstateRepository(database), HouseholdRepository(database)
        estate.save_buildings(municipality.buildings)
        estate.add_stairwells(municipality.stairwells)
        estate.save_units(municipality.units)
        households.add_tenancies(municipality.tenancies)
        households.save_applicants(municipality.applicants)
        IncidentRepository(database).add(municipality.incidents)
        database.set_meta([
            ("municipality", municipality.name),
            ("demo_size", size),
            ("demo_seed", str(seed)),
            ("demo_reference_date", municipality.reference_date.isoformat()),
        ])
    # A signed past meeting and a planned one, made through the meeting services (own transactions).
    add_demo_meetings(database, municipality, seed)
    if history:
        # Earlier meetings and how their placements went, for «Erfaringer med varslene» (issue 17
        # item 6); older than the showcase meeting, and with invented effect sizes (demo_history.py).
        add_demo_history(database, municipality, seed)
        # Two signed meetings on renewals before the showcase: refusals and transfers with their letters.
        add_renewal_meetings(database, seed, municipality.reference_date)
    add_demo_ledger(database, municipality, seed)  # arrears, warnings and cooperation plans (issue 17)


def create_demo_database(path: Path, size: str = "small", seed: int = DEFAULT_SEED,
                         reference_date: date | None = None, history: bool = True) -> Database:
    """Create a new file at `path` holding the demo municipality; returns it open. `history=False`
    leaves out the earlier meetings (tests that do not need them build the demo faster)."""
    municipality = generate(size, seed, reference_date)
    database = Database.open(path, create=True)
    try:
        write_demo(database, municipality, size, seed, history)
    except BaseException:
        database.close()
        raise
    return database

"""The yearly figures (issue 20 item 5): what a municipality reports on its rental housing, counted
from the records the file holds, as of 31.12 of the year. Pure Python: store/statistics.py reads
the records, services/statistics*.py write the PDF and the workbook.

Every figure is defined here, beside the code that counts it, so that the definition printed on
the method page and in the workbook is the one the count follows. The definitions name the date
that decides the year (the meeting's date for a decision, the qualification date for a case) and
the record that counts; nothing recorded after 31.12 is counted (where the record says when it was
recorded), so the report for a year gives the same figures whenever it is made afterwards — except
the unit register, which holds no history (see STOCK_NOTE).

Small counts are not hidden here: statistics_protection.py says which cells the documents show as
«<5» or «vises ikke»; the records are statistics_records.py.
"""
from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from .enums import UnitType
from .follow_up import add_months
from .statistics_records import (
    CaseRecord,
    DecisionRecord,
    MeasureRecord,
    Records,
    RenewalRecord,
    UnitGroup,
)

EVICTION_MONTHS = 6  # «evictions prevented»: no eviction recorded within this many months of the measure
SHORT_LEASE_YEARS = 3  # husleieloven § 9-3: a fixed-term lease of a home is at least three years
RENEWED = ("renewed", "renewed_conditions")  # renewal outcomes that give a new lease
_DAYS_PER_MONTH = 30.4375  # as boligmote/text.py: waiting time in whole months elapsed


# (label, from months, to months (exclusive) or None)
WAITING_BINS: tuple[tuple[str, int, int | None], ...] = (
    ("under 3 mnd", 0, 3), ("3–5 mnd", 3, 6), ("6–11 mnd", 6, 12), ("12–23 mnd", 12, 24), ("2 år eller mer", 24, None))
VACANCY_BINS: tuple[tuple[str, int, int | None], ...] = (
    ("under 1 mnd", 0, 1), ("1–2 mnd", 1, 3), ("3–5 mnd", 3, 6), ("6–11 mnd", 6, 12), ("1 år eller mer", 12, None))
BEDROOM_COLUMNS = ("0 (hybel)", "1", "2", "3", "4 eller flere")
_UNIT_TYPES = {t.value for t in UnitType}
_TYPE_ORDER = {t.value: i for i, t in enumerate(UnitType)}
MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember")


# ---- the figures ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class Figure:
    code: str  # «A1»: the same in the PDF, the workbook and the JSON
    title: str
    value: int | float | None  # None: not counted (see `note`)
    kind: str  # «count», «days», «percent»
    basis: int  # the records behind it: a median or a share of fewer than 5 is not shown
    definition: str
    kostra: str = ""  # the KOSTRA item (skjema 13) it answers, when it answers one
    note: str = ""


@dataclass(frozen=True)
class Distribution:
    title: str
    labels: tuple[str, ...]
    counts: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.counts)


@dataclass(frozen=True)
class Grid:
    """A table of counts: rows × columns (the last column a total when `total` is set)."""
    title: str
    row_header: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, tuple[int, ...]], ...]


@dataclass(frozen=True)
class YearlyFigures:
    year: int
    made_on: date
    sections: tuple[tuple[str, tuple[Figure, ...]], ...]
    waiting_allocated: Distribution
    waiting_queue: Distribution
    vacancy_allocated: Distribution
    vacancy_year_end: Distribution
    per_month: Grid
    stock: Grid
    districts: Grid
    left_out: dict[str, int] = field(default_factory=dict)  # what was not counted, and how many

    @property
    def start(self) -> date:
        return date(self.year, 1, 1)

    @property
    def end(self) -> date:
        return date(self.year, 12, 31)

    def figure(self, code: str) -> Figure:
        for _, figures in self.sections:
            for item in figures:
                if item.code == code:
                    return item
        raise KeyError(code)

    @property
    def figures(self) -> list[Figure]:
        return [item for _, figures in self.sections for item in figures]


def whole_months(days: int) -> int:
    return int((max(0, days) + 1) / _DAYS_PER_MONTH)


def _bins(days: Iterable[int], bins: tuple[tuple[str, int, int | None], ...], title: str) -> Distribution:
    """Counts per bin of whole months; the bins are consecutive from 0, the last open-ended."""
    last = bins[-1][1]
    index_of = [next(i for i, (_, low, high) in enumerate(bins) if low <= months and (high is None or months < high))
                for months in range(last + 1)]
    counts = [0] * len(bins)
    for value, count in Counter(days).items():  # tens of thousands of values, a few hundred distinct
        counts[index_of[min(last, whole_months(value))]] += count
    return Distribution(title, tuple(label for label, _, _ in bins), tuple(counts))


def _median(values: Sequence[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def yearly_figures(records: Records, year: int, made_on: date) -> YearlyFigures:
    start, end = date(year, 1, 1), date(year, 12, 31)
    in_year = _in_year(start, end)

    # -- applications: the case's qualification date decides the year
    cases = {c.case_no: c for c in records.cases}
    registered = [c for c in records.cases if in_year(c.qualified_on)]
    new_cases = [c for c in registered if not c.transfer]

    # -- decisions: the meeting's date decides the year; only decisions that can no longer be undone,
    #    entered by 31.12
    counted = [d for d in records.decisions if d.final and d.recorded_on <= end]
    of_year = [d for d in counted if in_year(d.decided_on)]
    by_outcome: dict[str, list[DecisionRecord]] = {o: [] for o in ("tildelt", "avslag", "utsatt", "trukket")}
    for d in of_year:
        by_outcome[d.outcome].append(d)
    allocations, refusals = by_outcome["tildelt"], by_outcome["avslag"]

    def new_case(d: DecisionRecord) -> bool:
        case = cases.get(d.case_no)
        return case is None or not case.transfer

    new_refusals = [d for d in refusals if new_case(d)]
    not_final = sum(1 for d in records.decisions if in_year(d.decided_on) and not d.final)
    short_leases = [d for d in allocations if d.lease_type == "tidsbestemt" and d.lease_years is not None
                    and d.lease_years < SHORT_LEASE_YEARS]

    # -- waiting time: from qualification to the allocation's meeting
    waits = [(d.decided_on - cases[d.case_no].qualified_on).days for d in allocations if d.case_no in cases]
    waits = [max(0, w) for w in waits]

    # -- the queue at 31.12: qualified by then, not yet out by a final decision made by then
    undated_exits = 0
    queue_waits = []
    for case in records.cases:
        if case.qualified_on > end or case.left_on is not None:
            continue
        if case.status != "waiting" and not case.decided_later:
            undated_exits += 1  # left the queue without a decision in this file: the day is not known
            continue
        queue_waits.append((end - case.qualified_on).days)

    # -- vacancies
    allocated_vacancy = [(d.decided_on - d.vacant_from).days for d in allocations if d.vacant_from is not None]
    allocated_vacancy = [max(0, v) for v in allocated_vacancy]
    vacant_at_end: dict[str, tuple[date, str]] = {}
    for unit in records.vacant:
        if unit.vacant_from <= end:
            vacant_at_end[unit.unit_id] = (unit.vacant_from, unit.district)
    for d in records.decisions:  # allocated after 31.12, vacant on it: still vacant at the year's end
        if (d.outcome == "tildelt" and d.decided_on > end and d.vacant_from is not None and d.vacant_from <= end
                and d.unit_id is not None):
            vacant_at_end.setdefault(d.unit_id, (d.vacant_from, d.district))
    vacancy_at_end = [(end - since).days for since, _ in vacant_at_end.values()]

    # -- renewals decided in the year
    renewals = None if records.renewals is None else [
        r for r in records.renewals if r.final and r.recorded_on <= end and in_year(r.decided_on)]
    renewal_counts = Counter(r.outcome for r in renewals or [])
    # a lease renewed for less than the statute's three years (husleieloven § 11-1) is a short lease too
    short_renewals = [r for r in renewals or [] if r.outcome in RENEWED and r.lease_years is not None
                      and r.lease_years < SHORT_LEASE_YEARS]

    # -- tenancies at risk: measures in the year; evictions prevented over a window that has run its course
    measures = [m for m in records.measures if m.recorded_on <= end]
    measures_in_year = [m for m in measures if in_year(m.decided_on)]
    window_start, window_end = prevention_window(year)
    first_measure: dict[int, date] = {}
    for m in measures:
        if window_start <= m.decided_on <= window_end:
            first_measure[m.tenancy_id] = min(m.decided_on, first_measure.get(m.tenancy_id, m.decided_on))
    evicted_on: dict[int, list[date]] = {}
    for tenancy, on in records.evictions:
        evicted_on.setdefault(tenancy, []).append(on)
    evicted = {tenancy for tenancy, first in first_measure.items()
               if any(first <= on <= min(add_months(first, EVICTION_MONTHS), end) for on in evicted_on.get(tenancy, ()))}
    petitions = {t for t, on, imported in records.petitions if in_year(on) and imported <= end}

    sections = _sections(
        year, records, registered, new_cases, allocations, refusals, new_refusals, by_outcome,
        (len(short_leases), len(short_renewals)), waits,
        queue_waits, allocated_vacancy, vacancy_at_end, renewals, renewal_counts, measures_in_year, first_measure,
        evicted, petitions)
    months = [[0, 0, 0, 0] for _ in range(12)]
    for column, outcome in enumerate(("tildelt", "avslag", "trukket", "utsatt")):
        for d in by_outcome[outcome]:
            months[d.decided_on.month - 1][column] += 1
    per_month = Grid("Vedtak per måned", "Måned", ("Tildelt", "Avslag", "Trukket", "Utsatt"),
                     tuple((MONTHS[i], tuple(row)) for i, row in enumerate(months)))
    sections = (*sections, (stock_heading(made_on), stock_figures(records.units)))
    return YearlyFigures(
        year, made_on, sections,
        _bins(waits, WAITING_BINS, "Ventetid for tildelte i året"),
        _bins(queue_waits, WAITING_BINS, f"Ventetid for dem som ventet per {end:%d.%m.%Y}"),
        _bins(allocated_vacancy, VACANCY_BINS, "Ledigtid for boliger tildelt i året"),
        _bins(vacancy_at_end, VACANCY_BINS, f"Ledigtid for boliger ledige per {end:%d.%m.%Y}"),
        per_month, _stock(records.units), _districts(records.units, allocations, vacant_at_end),
        {"vedtak i møter som ikke er avsluttet": not_final, "saker ute av køen uten vedtak i filen": undated_exits})


def prevention_window(year: int) -> tuple[date, date]:
    """The measures whose tenancies «evictions prevented» follows: decided in the twelve months that
    end EVICTION_MONTHS before 31.12, so that every one has been followed for the full period by then
    (EVICTION_MONTHS = 6: 01.07 the year before – 30.06)."""
    end = date(year, 12, 31)
    last = add_months(end, -EVICTION_MONTHS)
    return add_months(last, -12) + timedelta(days=1), last


def _in_year(start: date, end: date) -> Callable[[date], bool]:
    return lambda day: start <= day <= end


def _stock(units: Sequence[UnitGroup]) -> Grid:
    by_type: dict[str, list[int]] = {}
    for unit in units:
        row = by_type.setdefault(unit.unit_type, [0] * (len(BEDROOM_COLUMNS) + 1))
        row[min(unit.bedrooms, len(BEDROOM_COLUMNS) - 1)] += unit.count
        row[-1] += unit.count
    rows = [(UnitType(name).label if name in _UNIT_TYPES else name, tuple(counts))
            for name, counts in sorted(by_type.items(), key=lambda item: _TYPE_ORDER.get(item[0], 99))]
    if rows:
        rows.append(("I alt", tuple(sum(r[1][i] for r in rows) for i in range(len(BEDROOM_COLUMNS) + 1))))
    return Grid("Boliger etter type og antall soverom", "Boligtype", (*BEDROOM_COLUMNS, "I alt"), tuple(rows))


def _districts(units: Sequence[UnitGroup], allocations: Sequence[DecisionRecord],
               vacant_at_end: dict[str, tuple[date, str]]) -> Grid:
    stock: dict[str, list[int]] = {}
    for unit in units:
        row = stock.setdefault(unit.district, [0, 0, 0, 0, 0])
        row[0] += unit.count
        row[1 if unit.unit_type == UnitType.ORDINARY else 2] += unit.count
    for _, district in vacant_at_end.values():
        stock.setdefault(district, [0, 0, 0, 0, 0])[3] += 1
    for d in allocations:
        stock.setdefault(d.district, [0, 0, 0, 0, 0])[4] += 1
    return Grid("Bydeler", "Bydel", ("Boliger i registeret", "herav ordinære", "herav andre typer",
                                      "Ledige per 31.12", "Tildelt i året"),
                tuple((name or "(uten bydel)", tuple(row)) for name, row in sorted(stock.items())))


def _sections(year: int, records: Records, registered: list[CaseRecord], new_cases: list[CaseRecord],
              allocations: list[DecisionRecord], refusals: list[DecisionRecord], new_refusals: list[DecisionRecord],
              by_outcome: dict[str, list[DecisionRecord]], short_leases: tuple[int, int], waits: list[int],
              queue_waits: list[int], allocated_vacancy: list[int], vacancy_at_end: list[int],
              renewals: list[RenewalRecord] | None, renewal_counts: Counter[str], measures_in_year: list[MeasureRecord],
              first_measure: dict[int, date], evicted: set[int], petitions: set[int],
              ) -> tuple[tuple[str, tuple[Figure, ...]], ...]:
    end = f"31.12.{year}"
    decided = ("i et møte holdt i året (møtets dato er vedtaksdatoen), når møtet er avsluttet eller signert og "
               f"vedtaket er ført senest {end}")
    transfer_words = ("Bytte er en sak appen selv har opprettet som overføring fra et kommunalt leieforhold "
                      "(fornyelse med utfallet «overføring»)." if records.transfers_known else
                      "Denne filen har ikke registrert bytter, så alle regnes som nye.")
    transfers = {c.case_no for c in records.cases if c.transfer}
    allocated_new = [d for d in allocations if d.case_no not in transfers]
    share = (100 * len(new_refusals) / len(new_cases)) if new_cases else None
    applications = (
        Figure("A1", "Søknader registrert i året", len(registered), "count", len(registered),
               "Saker med kvalifiseringsdato (vedtaksdato for søknaden, som ventetiden regnes fra) i året. En sak "
               "kommer inn i filen når søknaden er funnet kvalifisert; søknader som ble avvist før det, er ikke i "
               "filen.", "Mottatte søknader om kommunal bolig (delvis: bare kvalifiserte)"),
        Figure("A2", "herav nye søknader", len(new_cases), "count", len(new_cases),
               f"Søknader i A1 som ikke er bytte av kommunal bolig. {transfer_words} Filen vet ikke om "
               "en importert søker bodde i kommunal bolig da hen søkte.",
               "Mottatte nye søknader (delvis)"),
        Figure("A3", f"På venteliste per {end}", len(queue_waits), "count", len(queue_waits),
               f"Saker kvalifisert senest {end} som ikke hadde fått tildeling, avslag eller trukket søknad i et "
               f"avsluttet møte holdt senest {end}. Utsatte saker står fortsatt på ventelisten.",
               "Husstander som venter på kommunal bolig"),
    )
    decisions = (
        Figure("V1", "Tildelinger", len(allocations), "count", len(allocations),
               f"Vedtak «tildelt» {decided}. Et tilbud søkeren sa nei til, er ikke ført og telles derfor med, og "
               "en husstand med to tildelinger i året telles to ganger.",
               "Husstander tildelt kommunal bolig i løpet av året (delvis: vedtak, ikke ulike husstander)"),
        Figure("V2", "herav til nye søkere", len(allocated_new), "count", len(allocated_new),
               "Tildelinger i V1 til saker som ikke er bytte (som A2).", "Nyinnflyttede husstander (delvis)"),
        Figure("V3", "Avslag", len(refusals), "count", len(refusals), f"Vedtak «avslag» {decided}.",
               "Avslag på søknad om kommunal bolig"),
        Figure("V4", "herav avslag på nye søknader", len(new_refusals), "count", len(new_refusals),
               "Avslag i V3 i saker som ikke er bytte (som A2).", "Avslag på nye søknader (delvis)"),
        Figure("V5", "Andel avslag på nye søknader", share, "percent", min(len(new_refusals), len(new_cases)),
               "V4 delt på A2, i prosent – KOSTRAs formel (avslag i året på nye søknader / nye søknader mottatt "
               "i året); avslaget kan gjelde en søknad fra et tidligere år.",
               "Andel nye søkere som har fått avslag (KOSandelnyavslag) (delvis: A2 og V4 er delvise)"),
        Figure("V6", "Trukne søknader", len(by_outcome["trukket"]), "count", len(by_outcome["trukket"]),
               f"Vedtak «trukket» {decided}: søkeren har meldt at hen ikke lenger ønsker bolig, og møtet har "
               "avsluttet saken. En søker som er tatt ut av køen uten vedtak i møtet, er ikke med (se «Ikke talt»)."),
        Figure("V7", "Utsatte saker", len(by_outcome["utsatt"]), "count", len(by_outcome["utsatt"]),
               f"Vedtak «utsatt» {decided}. En sak som er utsatt i flere møter, telles én gang per møte."),
        Figure("V8", f"Leieavtaler under {SHORT_LEASE_YEARS} år (korttidskontrakter)", sum(short_leases), "count",
               sum(short_leases),
               f"Tidsbestemte leieavtaler kortere enn {SHORT_LEASE_YEARS} år (husleieloven § 11-1) {decided}: "
               "tildelinger i V1 og fornyelser i F2 og F3 (en leieavtale fornyet for kortere tid enn "
               f"{SHORT_LEASE_YEARS} år er også en korttidskontrakt).", "Korttidskontrakter (delvis)"),
    )
    waiting = (
        Figure("W1", "Median ventetid, tildelte", _median(waits), "days", len(waits),
               "Dager fra kvalifiseringsdatoen til møtet som tildelte boligen, for tildelingene i V1; medianen er "
               "den midterste verdien (halvparten ventet kortere)."),
        Figure("W2", f"Median ventetid, på venteliste per {end}", _median(queue_waits), "days", len(queue_waits),
               f"Dager fra kvalifiseringsdatoen til {end} for sakene i A3."),
    )
    vacancies = (
        Figure("L1", "Median ledigtid, boliger tildelt i året", _median(allocated_vacancy), "days",
               len(allocated_vacancy),
               "Dager fra datoen boligen ble ledig (slik registeret viste den da tildelingen ble vedtatt) til "
               "tildelingsmøtet, for tildelingene i V1 der ledig-datoen er kjent."),
        Figure("L2", f"Ledige boliger per {end}", len(vacancy_at_end), "count", len(vacancy_at_end),
               f"Boliger som er ledige nå og har vært det siden senest {end}, og boliger som var ledige {end} og "
               "er tildelt i et møte etter det. Boliger under oppussing er ikke med."),
        Figure("L3", f"Median ledigtid per {end}", _median(vacancy_at_end), "days", len(vacancy_at_end),
               f"Dager fra ledig-datoen til {end} for boligene i L2."),
    )
    if renewals is None:
        renewal_figures: tuple[Figure, ...] = (
            Figure("F1", "Fornyelsesvedtak", None, "count", 0, "Filen har ikke fornyelsesvedtak (eldre skjema).",
                   note="Ikke i filen"),)
    else:
        words = {"renewed": "fornyet", "renewed_conditions": "fornyet med vilkår", "not_renewed": "ikke fornyet",
                 "transfer": "overføring til en annen bolig"}
        renewal_figures = (
            Figure("F1", "Fornyelsesvedtak", len(renewals), "count", len(renewals),
                   f"Vedtak om fornyelse av en tidsbestemt leieavtale {decided}, uansett utfall."),
            # Only a lease actually renewed is KOSTRA's «forlenget husleiekontrakten»: F2 + F3, not F1.
            *(Figure(f"F{index}", f"herav {words[outcome]}", renewal_counts[outcome], "count", renewal_counts[outcome],
                     f"Fornyelsesvedtak i F1 med utfallet «{words[outcome]}».",
                     "Husstander som har fått forlenget husleiekontrakten (F2 + F3)"
                     if outcome in ("renewed", "renewed_conditions") else "")
              for index, outcome in enumerate(words, start=2)),
        )
    window_start, window_end = prevention_window(year)
    prevented = len(first_measure) - len(evicted)
    risk = (
        Figure("R1", "Tiltak for leieforhold i risiko", len(measures_in_year), "count", len(measures_in_year),
               f"Beslutninger (internt, ikke enkeltvedtak) om tiltak (kontakt, NAV, gjeldsrådgivning, "
               f"oppfølgingstjeneste) for et leieforhold i risiko, med beslutningsdato i året og ført senest {end}.",
               ""),
        Figure("R2", "Leieforhold med tiltak i året", len({m.tenancy_id for m in measures_in_year}), "count",
               len({m.tenancy_id for m in measures_in_year}), "Ulike leieforhold bak R1."),
        Figure("R3", f"Leieforhold fulgt i {EVICTION_MONTHS} mnd etter tiltak", len(first_measure), "count",
               len(first_measure),
               f"Leieforhold med et tiltak vedtatt {window_start:%d.%m.%Y}–{window_end:%d.%m.%Y}: tolv måneder som "
               f"slutter {EVICTION_MONTHS} måneder før årsskiftet, så hvert av dem er fulgt i {EVICTION_MONTHS} "
               f"måneder innen {end}. Fra det første tiltaket i perioden."),
        Figure("R4", "herav utkastet", len(evicted), "count", len(evicted),
               f"Leieforhold i R3 der et oppfølgingspunkt er ført med tilstanden «utkastet (fravikelse)» innen "
               f"{EVICTION_MONTHS} måneder etter tiltaket (og senest {end})."),
        Figure("R5", f"herav uten registrert utkastelse {EVICTION_MONTHS} mnd etter tiltaket", prevented, "count",
               prevented,
               f"R3 minus R4: leieforhold med tiltak der ingen utkastelse er ført innen {EVICTION_MONTHS} måneder – "
               "også dem som endte av andre grunner (flyttet, sagt opp). Tallet er ikke antall utkastelser "
               "forhindret: det viser ikke at tiltaket var årsaken, og en utkastelse boligkontoret ikke har ført, "
               "telles ikke."),
        Figure("R6", "Leieforhold med begjæring om fravikelse", len(petitions), "count", len(petitions),
               f"Leieforhold med en begjæring om fravikelse i leiereskontroen, datert i året og importert senest "
               f"{end}."),
    )
    return (("Søknader og venteliste", applications), ("Vedtak i tildelingsmøtene", decisions),
            ("Ventetid", waiting), ("Ledige boliger", vacancies), ("Fornyelser", renewal_figures),
            ("Leieforhold i risiko", risk))


STOCK_NOTE = ("Boligregisteret har ingen historikk: boligmassen (type, størrelse, bydel, eierform, rullestol) er "
              "slik den står i filen den dagen rapporten lages, ikke per 31.12.")


def stock_heading(made_on: date) -> str:
    """The register has no history (STOCK_NOTE): the heading says the day it was read."""
    return f"Boligmassen (slik registeret sto {made_on:%d.%m.%Y})"


def stock_figures(units: Sequence[UnitGroup]) -> tuple[Figure, ...]:
    """The stock as registered today (STOCK_NOTE)."""
    total = sum(u.count for u in units)
    wheelchair = sum(u.count for u in units if u.wheelchair)
    owned: Counter[str] = Counter()
    for unit in units:
        owned[unit.ownership] += unit.count
    return (
        Figure("B1", "Boliger i registeret", total, "count", total,
               "Alle boliger i filens boligregister (ledige, bebodde og under oppussing).",
               "Kommunalt disponerte boliger (delvis)"),
        Figure("B2", "herav tilgjengelige for rullestolbrukere", wheelchair, "count", wheelchair,
               "Boliger registrert som tilgjengelige for rullestolbruker.",
               "Boliger tilgjengelige for rullestolbrukere"),
        Figure("B3", "Andel tilgjengelige for rullestolbrukere", 100 * wheelchair / total if total else None,
               "percent", min(wheelchair, total), "B2 delt på B1, i prosent.",
               "Andel kommunale boliger tilgjengelige for rullestolbrukere (KOSAndeltilgjeng) (delvis: B1 er "
               "delvis, og registeret står slik det var da rapporten ble laget, ikke per 31.12)"),
        Figure("B4", "Boliger i heleide kommunale gårder", owned.get("heleid", 0), "count", owned.get("heleid", 0),
               "Boliger i bygninger kommunen eier hele."),
        Figure("B5", "Boliger innskutt i borettslag eller sameie", owned.get("innskutt", 0), "count",
               owned.get("innskutt", 0), "Boliger kommunen eier som andel i et borettslag eller sameie."),
    )

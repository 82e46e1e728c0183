"""Årsstatistikk (issue 20 item 5): the yearly figures on the municipality's rental housing, as text,
JSON, a PDF (services/statistics_pdf.py) and a workbook.

The counting is domain/statistics.py (pure); this module reads the records, names the reporting
items the file cannot answer and shows small counts as «<5»; statistics_pdf.py and
statistics_xlsx.py write the documents. The documents go
out of the meeting room (to the council, to SSB's KOSTRA reporting), so no cell about households,
persons or decisions rests on fewer than five of them; counts of units are shown as they are
(domain/statistics_protection.py).

KOSTRA reporting items named below are from SSB's indicator descriptions for skjema 13
(«Kommunalt disponerte boliger») and Husbanken's summary of the form; see SOURCES.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..domain.statistics import (
    EVICTION_MONTHS,
    STOCK_NOTE,
    Distribution,
    Figure,
    Grid,
    YearlyFigures,
    whole_months,
    yearly_figures,
)
from ..domain.statistics_protection import SMALL_MAX, hidden_cells, personal, suppressed
from ..store import Database
from ..store.statistics import statistics_records

MARKING = "Sammenstilte tall – ingen personopplysninger"
SMALL = f"<{SMALL_MAX + 1}"
HIDDEN = "vises ikke"
DISTRIBUTIONS = ("waiting_allocated", "waiting_queue", "vacancy_allocated", "vacancy_year_end")
TABLES = ("per_month", "stock", "districts")

# Where the reporting items come from (SSB's KOSTRA indicator pages for skjema 13, and Husbanken).
SOURCES = (
    ("SSB, KOSTRA-indikator «Andel nye søkere som har fått avslag på kommunal bolig» (KOSandelnyavslag): "
     "nye søkere er husstander som ikke bodde i kommunalt disponert bolig på søknadstidspunktet; skjema 13",
     "https://www.ssb.no/kompis/statbank/?id=5ffb87ce-9bc4-4cfa-9f10-a17cb783eba4&ver=101171&val=KOSandelnyavslag0000"),
    ("SSB, KOSTRA-indikator «Antall nyinnflyttede husstander» (KOSantnyinnflytt)",
     "https://www.ssb.no/kompis/statbank/?id=716ddee1-702c-4999-9dd8-91e12a037514&ver=284428&val=KOSantnyinnflytt0000"),
    ("SSB, KOSTRA-indikator «Behov for tilrettelagt bolig, på venteliste» (KOSventelistetil)",
     "https://www.ssb.no/kompis/statbank/?id=ad29052b-1409-4c52-b8a5-1924d34eb6b6&ver=284430&val=KOSventelistetil0000"),
    ("SSB, KOSTRA-indikator «Andel kommunale boliger som er tilgjengelige for rullestolbrukere» (KOSAndeltilgjeng)",
     "https://www.ssb.no/kompis/statbank/?id=5ffb87ce-9bc4-4cfa-9f10-a17cb783eba4&ver=101171&val=KOSAndeltilgjeng0000"),
    ("SSB, KOSTRA-indikatorer «Kommunalt disponerte boliger per 1000 innbyggere» og «Kommunalt eide boliger som "
     "andel av totalt antall disponerte» (skjema 13, punkt 2)",
     "https://www.ssb.no/kompis/statbank/?id=43dd1d4d-6dd4-4ec5-b851-8301f7f2b233&ver=297324&val=KOSEidavsamlet0000"),
    ("SSB, KOSTRA-indikator «Privat eide boliger med kommunal disposisjonsrett» (skjema 13)",
     "https://www.ssb.no/kompis/statbank/?id=43dd1d4d-6dd4-4ec5-b851-8301f7f2b233&ver=297324&val=KOSboligpkommuna0000"),
    ("Husbanken, «De boligsosiale KOSTRA-tallene for 2014»: skjema 13 spør om boligmassen, søknader, ventelister, "
     "korttidskontrakter, midlertidige botilbud, kommunal bostøtte, garanti og depositum",
     "https://www.husbanken.no/boligsosialt-arbeid/boligsosiale-kostratall-for-2014/"),
    ("SSB, «Kommunale boliger»: hva en kommunalt disponert bolig er",
     "https://www.ssb.no/bygg-bolig-og-eiendom/bolig-og-boforhold/statistikk/kommunale-boliger"),
)

# KOSTRA skjema 13 items this file cannot answer, and why (the report prints them).
NOT_IN_FILE = (
    ("Mottatte søknader i alt",
     "En sak kommer inn i filen først når søknaden er funnet kvalifisert. Søknader som ble avvist før det, er ikke "
     "her; A1 er derfor bare de kvalifiserte."),
    ("Nye søkere slik KOSTRA definerer dem",
     "KOSTRA skiller på om husstanden bodde i kommunal bolig da den søkte. Filen vet det bare for bytter appen selv "
     "har opprettet (fornyelse med utfallet «overføring»), ikke for importerte søkere: A2, V2 og V4 er anslag."),
    ("Kommunalt eide, innleide og privat eide boliger med kommunal disposisjonsrett",
     "Registeret skiller heleide gårder fra boliger innskutt i borettslag, men har ikke boliger kommunen leier inn "
     "eller disponerer i privat eie."),
    ("Omsorgsboliger og boliger til heldøgns omsorg",
     "Filen har ingen opplysning om at en bolig er finansiert som omsorgsbolig."),
    ("Behov for tilrettelagt bolig, på venteliste",
     "Filen fører behov for rullestol og trinnfri adkomst, ikke tilrettelegging i KOSTRAs forstand."),
    ("Midlertidige botilbud",
     "Husstander i midlertidig botilbud, antall opphold og varighet føres ikke i filen."),
    ("Kommunal bostøtte, garanti og depositum", "Føres ikke i filen."),
    ("Utgifter, lønn og investeringer",
     "Hentes fra kommuneregnskapet (funksjon 265, 283 og 315), ikke fra denne filen."),
    ("Boliger per 1000 innbyggere", "Innbyggertallet er ikke i filen (SSBs befolkningsstatistikk)."),
    ("Boligmassen per 31.12", STOCK_NOTE + " Kjøp og salg av boliger i året kan derfor ikke telles."),
    ("Utkastelser i alt",
     "Filen kjenner bare utkastelser boligkontoret har ført på et oppfølgingspunkt, og begjæringer om fravikelse "
     "i den importerte leiereskontroen; namsmannens tall er ikke her."),
)

METHOD = (
    ("Hvilket år et tall hører til",
     "Et vedtak hører til året møtet ble holdt (møtets dato er vedtaksdatoen). En søknad hører til året den ble "
     "funnet kvalifisert (kvalifiseringsdatoen, som ventetiden regnes fra). Et tiltak for et leieforhold i risiko "
     "hører til vedtaksdatoen for tiltaket. Et vedtak fattet 31.12 hører til året som slutter; et vedtak 01.01 "
     "til året som begynner."),
    ("Det som er ført etter årsskiftet",
     "Tall om året teller ikke det som er ført etter 31.12: vedtak ført senere, tiltak registrert senere, "
     "utkastelser ført senere og leiereskontro importert senere er ikke med. Vedtak i møter som ennå ikke er "
     "avsluttet, er ikke med før møtet er avsluttet (de kan fortsatt endres). Søkere har ingen registreringsdato "
     "i filen: en sak med kvalifiseringsdato i året som ble lagt inn etter årsskiftet, telles med. Lag rapporten "
     "når årets saker er ført."),
    ("Ventetid og ledigtid",
     "Ventetid er dager fra kvalifiseringsdatoen til tildelingsmøtet (eller til 31.12 for dem som fortsatt "
     "venter). Ledigtid er dager fra datoen boligen ble ledig til tildelingsmøtet (eller til 31.12). Medianen er "
     "den midterste verdien: halvparten ventet kortere. Fordelingene teller hele måneder (365,25/12 dager)."),
    ("Leieforhold uten registrert utkastelse etter tiltak",
     f"Et leieforhold telles i R5 når det fikk et tiltak mens det var i risiko, og ingen "
     f"utkastelse er ført innen {EVICTION_MONTHS} måneder etter tiltaket. For at hvert leieforhold skal være fulgt "
     f"hele perioden innen årets slutt, gjelder tallet tiltak vedtatt i de tolv månedene som slutter "
     f"{EVICTION_MONTHS} måneder før 31.12. Tallet er ikke antall forhindrede utkastelser: det viser ikke at "
     f"tiltaket var årsaken, og leieforhold som endte av andre grunner, telles med."),
    ("Små tall",
     f"Rapporten går ut av møterommet. Tall om husstander, personer og vedtak – søknader, vedtak, ventetid, "
     f"fornyelser og leieforhold i risiko – vises derfor ikke når de er små: et antall fra 1 til {SMALL_MAX} "
     f"står som «{SMALL}», og en median eller andel som bygger på 1 til {SMALL_MAX} husstander, står som "
     f"«{HIDDEN} ({SMALL})». Der en «{SMALL}» ellers kunne regnes ut av en sum og de andre tallene, står det "
     f"«{HIDDEN}» i så mange celler til som trengs (den minste, eller summen der delene er tallet som leses, som "
     f"R3 = R4 + R5). Det gjelder også på tvers av tabellene: årets tildelinger (V1) er også summen av "
     f"månedene, av bydelene og av ventetidene, og en celle som kan regnes ut i én tabell, kan brukes i en "
     f"annen; kontrollen følger alle disse summene. Tall om boliger – boligmassen etter type, størrelse og "
     f"bydel, ledige boliger og ledigtiden deres – er ikke personopplysninger og vises som de er, også når de "
     f"er små. Tallene i filen er ikke endret."),
    ("Boligmassen", STOCK_NOTE),
)

SMALL_COUNTS = (f"Små tall om husstander og vedtak: et antall fra 1 til {SMALL_MAX} vises som «{SMALL}», også i "
                f"figurene, og tall som ellers kunne gi det bort, som «{HIDDEN}» (se «Små tall» på metodesidene). "
                "Tall om boliger vises som de er.")

DEMO_NOTE = ("Demokommunens tall er syntetiske (boligmote/services/demo_history.py og demo_statistics.py): de viser "
             "hvordan rapporten ser ut, ikke tall fra noen kommune.")




@dataclass(frozen=True)
class StatisticsReport:
    figures: YearlyFigures
    municipality: str = ""
    demo: bool = False
    # cells shown as «<5» or «vises ikke» (domain/statistics.hidden_cells): by figure code, (table, row,
    # column) or (distribution, bin)
    hidden: frozenset[Any] = frozenset()

    def shows(self, key: Any, value: int) -> object:
        """A table's count as the documents show it: «<5», «vises ikke» or the number (a count of units
        always as it is)."""
        if not personal(key):
            return value
        if suppressed(value):
            return SMALL
        return HIDDEN if key in self.hidden else value

    def text(self, key: Any, value: int) -> str:
        shown = self.shows(key, value)
        return count_text(shown, personal=False) if isinstance(shown, int) else str(shown)

    def figure_text(self, item: Figure) -> str:
        return figure_text(item, self.hidden)

    def figure_cell(self, item: Figure) -> object:
        return figure_cell(item, self.hidden)


def statistics_report(database: Database, year: int, made_on: date | None = None) -> StatisticsReport:
    made_on = made_on or date.today()
    records = statistics_records(database, date(year, 12, 31))
    municipality = database.scalar("SELECT value FROM meta WHERE key = 'municipality'") or ""
    demo = database.scalar("SELECT 1 FROM meta WHERE key = 'demo_size'") is not None
    found = yearly_figures(records, year, made_on)
    return StatisticsReport(found, municipality, demo, frozenset(hidden_cells(found)))


def last_full_year(today: date) -> int:
    return today.year - 1


# ---- what a cell shows --------------------------------------------------------------------------

def count_text(value: int, personal: bool = True) -> str:
    """A count with a thin space between thousands; «<5» for 1–4 of something personal."""
    if personal and suppressed(value):
        return SMALL
    return f"{value:,}".replace(",", "\u00a0")


def figure_text(item: Figure, hidden: frozenset[Any] = frozenset()) -> str:
    """The figure as the documents show it: «<5», «vises ikke», «–» for nothing to measure, or the value."""
    if item.value is None:
        return item.note or "–"
    if personal(item.code) and suppressed(item.value, item.kind, item.basis):
        return SMALL if item.kind == "count" else f"{HIDDEN} ({SMALL})"
    if item.code in hidden:
        return HIDDEN
    if item.kind == "count":
        return count_text(int(item.value), personal=False)
    if item.kind == "percent":
        return f"{item.value:.1f}".replace(".", ",") + " %"
    days = round(item.value)
    return f"{days:,}".replace(",", "\u00a0") + f" dager ({_months_words(days)})"


def figure_cell(item: Figure, hidden: frozenset[Any] = frozenset()) -> object:
    """The figure as the workbook holds it: a number where it may be shown, else the same text as the PDF."""
    if item.value is None or item.code in hidden or (personal(item.code)
                                                       and suppressed(item.value, item.kind, item.basis)):
        return figure_text(item, hidden)
    if item.kind == "count":
        return int(item.value)
    return round(float(item.value), 1)


def _months_words(days: int) -> str:
    months = whole_months(days)
    return "under 1 mnd" if months == 0 else f"{months} mnd"


# ---- text and JSON (the command line) ----------------------------------------------------------

def report_lines(report: StatisticsReport) -> list[str]:
    found = report.figures
    lines = [f"Årsstatistikk {found.year}{' – ' + report.municipality if report.municipality else ''}: "
             f"tall per 31.12.{found.year}, laget {found.made_on:%d.%m.%Y}. Små tall (1–{SMALL_MAX}) om husstander og "
             f"vedtak vises som «{SMALL}», og tall som kunne gi dem bort, som «{HIDDEN}»."]
    if report.demo:
        lines.append(DEMO_NOTE)
    for section, figures in found.sections:
        lines += ["", section]
        lines += [f"  {item.code:<3} {item.title}: {report.figure_text(item)}" for item in figures]
    lines += ["", "Ikke talt: " + "; ".join(f"{count_text(n)} {what}" for what, n in found.left_out.items()) + "."]
    lines += ["", "Filen kan ikke svare på:"] + [f"  – {title}" for title, _ in NOT_IN_FILE]
    return lines


def report_json(report: StatisticsReport) -> dict[str, Any]:
    """The figures as shown (small counts as «<5»): the JSON may leave the machine like the PDF."""
    found = report.figures

    def distribution(name: str) -> dict[str, Any]:
        item: Distribution = getattr(found, name)
        return {"title": item.title, "counts": {label: report.shows((name, i), n)
                                                for i, (label, n) in enumerate(zip(item.labels, item.counts))}}

    def grid(name: str) -> dict[str, Any]:
        item: Grid = getattr(found, name)
        return {"title": item.title, "columns": list(item.columns),
                "rows": {label: [report.shows((name, r, c), n) for c, n in enumerate(values)]
                         for r, (label, values) in enumerate(item.rows)}}

    return {
        "year": found.year, "as_of": found.end.isoformat(), "made_on": found.made_on.isoformat(),
        "municipality": report.municipality, "small_counts_shown_as": SMALL,
        "figures": [{"code": f.code, "section": section, "title": f.title, "value": report.figure_cell(f),
                     "definition": f.definition, "kostra": f.kostra} for section, figures in found.sections
                    for f in figures],
        "distributions": [distribution(d) for d in DISTRIBUTIONS],
        "tables": [grid(g) for g in TABLES],
        "left_out": {what: SMALL if suppressed(n) else n for what, n in found.left_out.items()},
        "not_in_file": [{"item": title, "why": why} for title, why in NOT_IN_FILE],
    }

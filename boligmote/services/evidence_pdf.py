"""The yearly report «Erfaringer med varslene» (issue 17 item 6) as PDF: a summary table, a page on
the method and its limits, and one chart per rule (reportlab.graphics), in the conventions of
pdf_document.py (embedded DejaVu, a marking and «side X av Y» on every page, reproducible bytes).

The report holds counts only — no household, address or case number — so it carries an internal
marking rather than the minutes' «Unntatt offentlighet».
"""
from __future__ import annotations

from datetime import date

from ..domain.evidence import (
    FIRST_YEAR_MONTHS,
    MIN_PLACEMENTS,
    RuleEvidence,
    Share,
    percent,
    share_words,
    whole_percent,
)
from ..rules import MITIGATION
from .document_text import T
from .evidence import DEMO_NOTE, EvidenceReport
from .pdf_document import FONT, FONT_BOLD, Flowable, PageFrame, build_pdf, content_width, day, escape, grid_table, paragraph

# Not «til intern bruk»: that is no exemption ground under offentleglova, and the report needs
# none — it holds counts only, with the groups that could point at a household left out.
MARKING = "Sammenstilte tall, små grupper skjult"
# A group of 1–4 placements with a poor (or a good) outcome is not printed: in a municipality's own
# figures so few can point at a household the reader knows (the usual threshold in published
# statistics on people; the report leaves the meeting room).
SMALL_CELL = 5
SEVERITY_WORDS = {"critical": "kritisk", "warning": "advarsel", "info": "til informasjon"}

# What the outcome cannot see, per rule: several flags protect the household that moves in, and
# harm done to it is seldom something the office records about the tenancy (review of issue 17).
# What a rule's outcome does not measure, in resources/documents/<language>.toml [evidence.misses].
OUTCOME_MISSES = ("CHILDREN_ACTIVE_USE", "RECOVERY_NEAR_USE", "VULNERABLE_EXPOSED", "CONCENTRATION", "HOMOGENEOUS",
                  "RECENT_INCIDENTS", "ONE_PERSON_TIPS", "FAMILY_ELDERLY", "COOPERATIVE_RULES", "SIZE_MISMATCH",
                  "ACCESS_MISMATCH", "FOLLOW_UP_MISSING", "SCHOOL_CHANGE", MITIGATION)
_FLAGGED = "#b35806"  # orange: placements with the flag
_NOT_FLAGGED = "#5e6e8c"  # grey-blue: without it
_FEW = "#bbbbbb"  # a bar behind fewer than MIN_PLACEMENTS placements is drawn pale

METHOD = [
    ("Hva som telles",
     "Hver tildeling (vedtak «tildelt») i et møte som er avsluttet eller signert, med leieforholdet vedtaket "
     "opprettet og varslene slik de ble vist da vedtaket ble fattet. Tildelinger vedtatt mindre enn "
     f"{FIRST_YEAR_MONTHS} måneder før rapportdatoen er ikke med: det første året deres er ikke over."),
    ("Hva et dårlig utfall er",
     "Utfallet leses fra oppfølgingsregisteret, der boligkontoret fører hvordan leieforholdet står ved hvert "
     "oppfølgingspunkt. Det første året går fra innflytting til samme dato tolv måneder senere. Utfallet er "
     "<b>dårlig</b> når et punkt som forfalt i løpet av det første året, eller det første punktet etter ett år, "
     "er ført med hendelser (uro eller klager boligkontoret knytter til husstanden), husleierestanse, "
     "utkastelse (fravikelse) eller en utflytting som ikke var planlagt. Det er <b>godt</b> når ingenting av "
     "dette er ført det første året og et punkt ett år eller mer etter innflytting er ført (stabilt, planlagt "
     "flytting videre, eller flyttet til en annen kommunal bolig)."),
    ("Hva som ikke telles",
     "Tildelinger uten noe oppfølgingspunkt ført etter ett år, og utflyttinger ført uten å si om de var "
     "planlagt, har ikke registrert utfall og er ikke med i tallene. Hendelsesloggen for oppganger og "
     "bygninger er heller ikke med: den sier hvor noe skjedde, ikke hvem, og å telle den ville legge naboenes "
     "uro på den som flyttet inn."),
    ("Tallene",
     "For hvert varsel: andelen med dårlig utfall blant tildelingene som hadde varselet, og blant dem som ikke "
     "hadde det, med antall og et 95 % konfidensintervall (KI) etter Wilsons metode (Wilson 1927; Newcombe "
     "1998). Intervallet viser hvor usikker andelen er fordi tildelingene er få; det sier ingenting om de andre "
     f"begrensningene under. Står færre enn {MIN_PLACEMENTS} tildelinger bak et tall, sier rapporten det: da "
     "sier tallet lite."),
    ("Hva utfallet ikke måler",
     "Et dårlig utfall er noe boligkontoret fører om leieforholdet: uro, restanse, utkastelse, utflytting. Skade "
     "husstanden selv tar – et barn som ser rus i oppgangen, et tilbakefall, en eldre som blir utnyttet – blir "
     "sjelden en slik registrering. Flere av varslene er der for å beskytte den som flytter inn; at utfallet var "
     "godt, betyr ikke at varselet tok feil. Under «Varsel for varsel» står det for hvert varsel hva utfallet ikke "
     "fanger."),
    ("Alvorlighet",
     "Et varsel kan ha blitt vist som kritisk, som advarsel eller til informasjon: noen varsler har en mildere "
     "gren (barn og aktiv rus i en annen oppgang i bygningen er en advarsel, i samme oppgang kritisk), og en "
     "kommune kan ha endret alvorligheten i innstillingene. Når et varsel er vist med mer enn én alvorlighet, "
     "deler rapporten tildelingene med varselet etter alvorligheten det ble vist med ved vedtaket."),
    ("Tiltak på stedet",
     "«Tiltak på stedet» er ikke en risiko, men det motsatte: vaktmester, miljøarbeider eller bemanning som kan "
     "gjøre en plassering forsvarlig. Det står derfor for seg selv. Les tallene varsomt: tiltakene finnes der "
     "kommunen ventet problemer, og mer krevende plasseringer legges dit med vilje. Lik andel dårlige utfall med "
     "og uten tiltaket betyr derfor ikke at tiltaket ikke virker, og tallet kan ikke alene begrunne å ta det "
     "bort."),
    ("Rapportdatoen",
     "Tallene er regnet slik registeret sto per rapportdatoen: tildelinger vedtatt etter den, og "
     "oppfølgingspunkter med en dato etter den, er ikke med. Skrives rapporten for et år ut igjen senere, gir den "
     "de samme tallene, så sant ingen fører et besøk tilbake i tid."),
    ("Små tall",
     f"En gruppe med 1–{SMALL_CELL - 1} tildelinger med dårlig utfall, eller med godt, vises ikke: så få kan peke "
     "ut en husstand for den som kjenner boligene. Heller ikke en gruppe under "
     f"{MIN_PLACEMENTS} der alle eller ingen fikk dårlig utfall («5 av 5»): den som vet at en husstand hadde "
     "varselet, ville da vite hvordan det gikk. Fordi tildelingene med og uten et varsel til sammen er alle, "
     "skjules da hele sammenligningen for det varselet, ikke bare den ene gruppen."),
    ("Begrensninger",
     "<b>Samvariasjon, ikke årsak.</b> En høyere andel dårlige utfall med et varsel betyr ikke at plasseringen "
     "var årsaken: husstander som får et varsel, kan skille seg fra andre på mange måter varselet ikke måler. "
     "<b>Utvalg.</b> Bare tildelinger møtet gjennomførte er med. En tildeling med varsel ble gjennomført fordi "
     "møtet vurderte den som forsvarlig, ofte med oppfølging; de plasseringene møtet avviste, finnes ikke i "
     "tallene. Et varsel uten forskjell kan derfor bety at møtets vurderinger virker, ikke at varselet er "
     "unødvendig. <b>Mange sammenligninger.</b> Med mange varsler vil noen forskjeller oppstå ved tilfeldighet; "
     "se på intervallene, ikke bare andelene. <b>Terskler som endres.</b> Varslene er telt slik de ble vist ved "
     "vedtaket, etter innstillingene som gjaldt da. <b>Registrering.</b> Tallene er aldri bedre enn "
     "oppfølgingsregisteret: et punkt som ikke føres, gir en tildeling uten utfall."),
]


def _chart(flagged: Share, not_flagged: Share, width: float, sides: tuple[str, str]) -> Flowable:
    """Two horizontal bars (with / without the flag), each with its Wilson interval as a whisker."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib import colors

    label_width, value_width, row, top = 120.0, 150.0, 20.0, 8.0
    axis_width = width - label_width - value_width
    drawing = Drawing(width, top + 2 * row + 18)

    def x(value: float) -> float:
        return label_width + value * axis_width

    axis_y = 14.0
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        drawing.add(Line(x(tick), axis_y, x(tick), axis_y + 2 * row + 2, strokeColor=colors.HexColor("#dddddd"),
                         strokeWidth=0.5))
        drawing.add(String(x(tick), axis_y - 9, percent(tick), fontName=FONT, fontSize=7, textAnchor="middle",
                           fillColor=colors.HexColor("#555555")))
    for index, (label, share, colour) in enumerate(((sides[0], flagged, _FLAGGED),
                                                     (sides[1], not_flagged, _NOT_FLAGGED))):
        y = axis_y + 2 * row - (index + 1) * row + 4
        drawing.add(String(0, y + 3, f"{label} (n = {share.total})", fontName=FONT_BOLD if index == 0 else FONT,
                           fontSize=8))
        if not share.total:
            drawing.add(String(x(0) + 4, y + 3, "ingen plasseringer", fontName=FONT, fontSize=8,
                               fillColor=colors.HexColor("#555555")))
            continue
        fill = colors.HexColor(_FEW if share.few else colour)
        proportion, low, high = share.figures()
        drawing.add(Rect(x(0), y, max(0.5, proportion * axis_width), row - 8, fillColor=fill,
                         strokeColor=colors.HexColor(colour), strokeWidth=0.6))
        middle = y + (row - 8) / 2
        whisker = colors.HexColor("#222222")
        drawing.add(Line(x(low), middle, x(high), middle, strokeColor=whisker, strokeWidth=0.9))
        for end in (low, high):
            drawing.add(Line(x(end), middle - 4, x(end), middle + 4, strokeColor=whisker, strokeWidth=0.9))
        text = f"{share.poor} av {share.total}: {percent(proportion)} (KI {whole_percent(low)}–{percent(high)})"
        drawing.add(String(label_width + axis_width + 8, y + 3, text, fontName=FONT, fontSize=8))
    return drawing


def _summary_cell(share: Share) -> str:
    if not share.total:
        return escape("ingen")
    proportion, low, high = share.figures()
    text = escape(f"{share.poor} av {share.total} – {percent(proportion)} (KI {whole_percent(low)}–{percent(high)})")
    return text + (escape(f" · færre enn {MIN_PLACEMENTS}") if share.few else "")


def _flagged_cell(item: RuleEvidence) -> str:
    """The flagged share, and when the flag was shown at more than one severity, each apart."""
    text = _summary_cell(item.flagged)
    if len(item.by_severity) == 1:
        return text + escape(f" · vist som {SEVERITY_WORDS[item.by_severity[0][0]]}")
    for severity, share in item.by_severity:
        text += "<br/>" + escape(f"{SEVERITY_WORDS[severity]}: ") + _summary_cell(share)
    return text


SUPPRESSED = "Tallene kan peke ut en husstand og vises ikke (se «Små tall»)"
_RISK_SIDES = ("Med varselet", "Uten varselet")


def _sides(item: RuleEvidence) -> tuple[str, str]:
    return ("Med tiltaket", "Uten tiltaket") if item.rule == MITIGATION else _RISK_SIDES


def _summary_table(report: EvidenceReport, items: list[RuleEvidence], width: float) -> Flowable:
    rows = []
    for item in items:
        if item.disclosive(SMALL_CELL):
            cells = [paragraph(escape(SUPPRESSED), "cell"), paragraph("", "cell")]
        else:
            cells = [paragraph(_flagged_cell(item), "cell"), paragraph(_summary_cell(item.not_flagged), "cell")]
        rows.append([paragraph(escape(report.title(item)), "cell"), *cells])
    first = _sides(items[0]) if items else _RISK_SIDES
    return grid_table(["Varsel", f"{first[0]}: dårlig utfall", f"{first[1]}: dårlig utfall"], rows,
                      [width * 0.34, width * 0.36, width * 0.30])


def _rule_section(report: EvidenceReport, item: RuleEvidence, width: float) -> Flowable:
    from reportlab.platypus import KeepTogether

    lines = [paragraph(escape(report.title(item)), "h2")]
    if item.disclosive(SMALL_CELL):
        lines.append(paragraph(escape(f"{SUPPRESSED}: en av gruppene er for liten eller for ensartet "
                                      f"({item.flagged.total + item.not_flagged.total} telt i alt)."), "small"))
    else:
        lines += [_chart(item.flagged, item.not_flagged, width, _sides(item)),
                  paragraph(escape(f"{_sides(item)[0]}: {share_words(item.flagged)}."), "small"),
                  paragraph(escape(f"{_sides(item)[1]}: {share_words(item.not_flagged)}."), "small")]
        if len(item.by_severity) > 1:
            for severity, share in item.by_severity:
                lines.append(paragraph(escape(f"Vist som {SEVERITY_WORDS[severity]}: {share_words(share)}."), "small"))
    if item.rule in OUTCOME_MISSES:
        misses = T("evidence.misses_prefix") + T(f"evidence.misses.{item.rule}")
        lines.append(paragraph(f"<i>{escape(misses)}</i>", "small"))
    return KeepTogether(lines)


def render_evidence_report(report: EvidenceReport) -> bytes:
    from reportlab.platypus import PageBreak, Spacer

    found = report.evidence
    width = content_width()
    year = found.as_of.year
    old_enough = found.placements - found.too_recent
    missing = (f" Av de {old_enough} som er gamle nok, mangler {found.not_recorded} "
               f"({percent(found.not_recorded / old_enough)}) registrert utfall; skiller de seg fra de andre, "
               f"skjever det tallene." if old_enough else "")
    overall = (share_words(found.overall) if not found.overall.disclosive(SMALL_CELL)
               else f"færre enn {SMALL_CELL} med dårlig eller godt utfall, tallet vises ikke")
    story = [
        paragraph(escape(f"Erfaringer med varslene – årsrapport {year}"), "title"),
        paragraph(escape(f"{report.municipality + ', ' if report.municipality else ''}tildelinger vedtatt til og med "
                         f"{day(_year_before(found.as_of))}, fulgt ett år – tall per {day(found.as_of)}"), "subtitle"),
        paragraph(escape(
            f"Rapporten viser, for hvert risikovarsel, hvor mange tildelinger som fikk et dårlig utfall det første "
            f"året – blant dem som hadde varselet da vedtaket ble fattet, og blant dem som ikke hadde det. "
            f"Tildelinger vedtatt til og med {day(_year_before(found.as_of))} er med når utfallet er registrert. "
            f"Rapporten er samlet: hvert år tar med alle tidligere tildelinger, så rapporter for ulike år kan ikke "
            f"legges sammen. Les metodesiden før tallene: de viser samvariasjon, ikke årsak, og ikke skade "
            f"husstanden selv tar.")),
        Spacer(1, 6),
        paragraph(escape(
            f"{found.placements} tildelinger i alt; {found.too_recent} er yngre enn {FIRST_YEAR_MONTHS} måneder og "
            f"{found.not_recorded} har ikke registrert utfall. {found.counted} telles med: {overall}.{missing}")),
    ]
    if report.demo:
        story += [Spacer(1, 4), paragraph(f"<b>{escape(DEMO_NOTE)}</b>")]
    risks = [item for item in found.rules if item.rule != MITIGATION]
    measures = [item for item in found.rules if item.rule == MITIGATION]
    if found.counted:
        story += [Spacer(1, 6), paragraph(escape("Risikovarsler"), "h2"), _summary_table(report, risks, width)]
        if measures:
            story += [Spacer(1, 6), paragraph(escape("Tiltak på stedet (ikke en risiko – les «Tiltak på stedet» på "
                                                     "metodesiden)"), "h2"),
                      _summary_table(report, measures, width)]
    else:
        story.append(paragraph(escape("Ingen tildelinger har registrert utfall ennå, så det er ingen tall å vise.")))
    story += [PageBreak(), paragraph(escape("Slik er tallene regnet ut"), "h1")]
    for heading, body in METHOD:
        story += [paragraph(escape(heading), "h2"), paragraph(body)]
    if found.counted:
        story += [PageBreak(), paragraph(escape("Varsel for varsel"), "h1"),
                  paragraph(escape(f"Stolpen er andelen med dårlig utfall; streken er 95 % KI. En blek stolpe står "
                                   f"for færre enn {MIN_PLACEMENTS} tildelinger."), "small"), Spacer(1, 4)]
        story += [_rule_section(report, item, width) for item in risks]
        if measures:
            story += [Spacer(1, 8), paragraph(escape("Tiltak på stedet"), "h1")]
            story += [_rule_section(report, item, width) for item in measures]
    frame = PageFrame(marking=MARKING, header_right=report.municipality,
                      footer_left=f"Erfaringer med varslene, årsrapport {year} (per {day(found.as_of)})",
                      title=f"Erfaringer med varslene – årsrapport {year}", author=report.municipality,
                      language="nb")  # written in bokmål whatever the documents' language
    return build_pdf(story, frame)


def _year_before(as_of: date) -> date:
    from ..domain.follow_up import add_months

    return add_months(as_of, -FIRST_YEAR_MONTHS)

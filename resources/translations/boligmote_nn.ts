<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn" sourcelanguage="nb_NO">
<context>
    <name>AboutBox</name>
    <message>
        <source>ingen fil er åpen</source>
        <translation>inga fil er open</translation>
    </message>
    <message>
        <source>pakket program</source>
        <translation>pakka program</translation>
    </message>
    <message>
        <source>kjører fra Python-pakken</source>
        <translation>køyrer frå Python-pakken</translation>
    </message>
    <message>
        <source>Åpen fil</source>
        <translation>Open fil</translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Tryggingskopiar</translation>
    </message>
    <message>
        <source>Datamappe</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>Logg</source>
        <translation>Logg</translation>
    </message>
    <message>
        <source>Programvare</source>
        <translation>Programvare</translation>
    </message>
    <message>
        <source>Beslutningsstøtte for tildelingsmøter i kommunale boliger.</source>
        <translation>Avgjerdsstøtte for tildelingsmøte i kommunale bustader.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lisens:&lt;/b&gt; GNU General Public License, versjon 3 eller senere ({licence}). Du kan bruke, endre og dele programmet på lisensens vilkår. Programmet leveres uten garanti. Skriften DejaVu Sans følger med under sin egen frie lisens.</source>
        <translation>&lt;b&gt;Lisens:&lt;/b&gt; GNU General Public License, versjon 3 eller seinare ({licence}). Du kan bruke, endre og dele programmet på vilkåra i lisensen. Programmet blir levert utan garanti. Skrifta DejaVu Sans følgjer med under si eiga frie lisens.</translation>
    </message>
    <message>
        <source>Dataene ligger bare på denne maskinen, lesbare bare for deg; ingenting sendes over nettverket.</source>
        <translation>Dataa ligg berre på denne maskina, lesbare berre for deg; ingenting blir sendt over nettverket.</translation>
    </message>
    <message>
        <source>Om {app}</source>
        <translation>Om {app}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Uventet feil</source>
        <translation>Uventa feil</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil. Ingen lagrede data er tapt; den siste endringen ble ikke lagret hvis den ikke var fullført.</source>
        <translation>Det oppstod ein uventa feil. Ingen lagra data er tapte; den siste endringa vart ikkje lagra viss ho ikkje var fullført.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne filen</source>
        <translation>Kunne ikkje opne fila</translation>
    </message>
</context>
<context>
    <name>AskBeforeDiscarding</name>
    <message>
        <source>Forkaste det du har skrevet?</source>
        <translation>Forkaste det du har skrive?</translation>
    </message>
    <message>
        <source>Det du har skrevet i dette vinduet, blir ikke lagret. Lukke og forkaste teksten?</source>
        <translation>Det du har skrive i dette vindauget, blir ikkje lagra. Lukke og forkaste teksten?</translation>
    </message>
</context>
<context>
    <name>AtRiskDialog</name>
    <message>
        <source>(velg når NAV er krysset av)</source>
        <translation>(vel når NAV er kryssa av)</translation>
    </message>
    <message>
        <source>(ingen møte å beslutte i)</source>
        <translation>(ikkje noko møte å avgjere i)</translation>
    </message>
    <message>
        <source>{count} leieforhold i risiko: restanse fra {amount} eller varsel siden {since}</source>
        <translation>{count} leigeforhold i risiko: restanse frå {amount} eller varsel sidan {since}</translation>
    </message>
    <message>
        <source>; {count} uten beslutning etter siste melding fra utleier</source>
        <translation>; {count} utan avgjerd etter siste melding frå utleigar</translation>
    </message>
    <message>
        <source>Siste beslutning {date} av {who}: {measures}. {note}</source>
        <translation>Siste avgjerd {date} av {who}: {measures}. {note}</translation>
    </message>
    <message>
        <source>Tiltak besluttes i et møte: lag eller start møtet først.</source>
        <translation>Tiltak blir avgjorde i eit møte: lag eller start møtet først.</translation>
    </message>
    <message>
        <source>Beslutningen er ført: {unit}, {address}.</source>
        <translation>Avgjerda er ført: {unit}, {address}.</translation>
    </message>
    <message>
        <source>Ingen leieforhold er i risiko etter reskontroen.</source>
        <translation>Ingen leigeforhold er i risiko etter reskontroen.</translation>
    </message>
    <message>
        <source>Samarbeidsplan ({summary}) mellom {parties}: {measures}</source>
        <translation>Samarbeidsplan ({summary}) mellom {parties}: {measures}</translation>
    </message>
    <message>
        <source>Leieforhold i risiko</source>
        <translation>Leigeforhold i risiko</translation>
    </message>
    <message>
        <source>Restanse, varsler, siste beslutning og samarbeidsplan for valgt leieforhold</source>
        <translation>Restanse, varsel, siste avgjerd og samarbeidsplan for det valde leigeforholdet</translation>
    </message>
    <message>
        <source>Beslutning (internt) om tiltak</source>
        <translation>Avgjerd (internt) om tiltak</translation>
    </message>
    <message>
        <source>&amp;Kontakt og samtale</source>
        <translation>&amp;Kontakt og samtale</translation>
    </message>
    <message>
        <source>Leietakeren kalles inn til samtale før tiltak settes i verk – Kommunal- og regionaldepartementet mfl. (2002), kap. 6.2</source>
        <translation>Leigetakaren blir kalla inn til samtale før tiltak blir sette i verk – Kommunal- og regionaldepartementet mfl. (2002), kap. 6.2</translation>
    </message>
    <message>
        <source>Melding til &amp;NAV</source>
        <translation>Melding til &amp;NAV</translation>
    </message>
    <message>
        <source>Sosialtjenesten (NAV) kontaktes når misligholdet vedvarer – Kommunal- og regionaldepartementet mfl. (2002), kap. 6.3</source>
        <translation>Sosialtenesta (NAV) blir kontakta når misleghaldet held fram – Kommunal- og regionaldepartementet mfl. (2002), kap. 6.3</translation>
    </message>
    <message>
        <source>Økonomi- og g&amp;jeldsrådgivning</source>
        <translation>Økonomi- og g&amp;jeldsrådgjeving</translation>
    </message>
    <message>
        <source>Økonomisk veiledning og avtaler med kreditorer – Kommunal- og regionaldepartementet mfl. (2002), kap. 4.4</source>
        <translation>Økonomisk rettleiing og avtalar med kreditorar – Kommunal- og regionaldepartementet mfl. (2002), kap. 4.4</translation>
    </message>
    <message>
        <source>&amp;Oppfølgingstjeneste</source>
        <translation>&amp;Oppfølgingsteneste</translation>
    </message>
    <message>
        <source>Booppfølging eller annen oppfølging i hjemmet – Kommunal- og regionaldepartementet mfl. (2002), kap. 4.4 og 6.2</source>
        <translation>Buoppfølging eller anna oppfølging i heimen – Kommunal- og regionaldepartementet mfl. (2002), kap. 4.4 og 6.2</translation>
    </message>
    <message>
        <source>Hva &amp;skal gjøres:</source>
        <translation>Kva &amp;skal gjerast:</translation>
    </message>
    <message>
        <source>For eksempel: Leietakeren kalles inn til samtale; NAV vurderer å dekke restansen.</source>
        <translation>Til dømes: Leigetakaren blir kalla inn til samtale; NAV vurderer å dekkje restansen.</translation>
    </message>
    <message>
        <source>Hva skal gjøres, og hvorfor</source>
        <translation>Kva skal gjerast, og kvifor</translation>
    </message>
    <message>
        <source>Møtet beslutningen ble tatt i</source>
        <translation>Møtet der avgjerda vart teken</translation>
    </message>
    <message>
        <source>Tiltak besluttes i et møte, på møtedagen; et møte fram i tid kan ikke ta beslutninger ennå</source>
        <translation>Tiltak blir avgjorde i eit møte, på møtedagen; eit møte fram i tid kan ikkje ta avgjerder enno</translation>
    </message>
    <message>
        <source>&amp;Besluttet av:</source>
        <translation>&amp;Avgjort av:</translation>
    </message>
    <message>
        <source>Møtets medlemmer med vedtaksmyndighet som besluttet</source>
        <translation>Medlemmene i møtet med vedtaksmynde som avgjorde</translation>
    </message>
    <message>
        <source>Medlemmene med vedtaksmyndighet som er til stede i møtet; kryss av dem som besluttet</source>
        <translation>Medlemmene med vedtaksmynde som er til stades i møtet; kryss av dei som avgjorde</translation>
    </message>
    <message>
        <source>Ansvarl&amp;ig:</source>
        <translation>Ansvarle&amp;g:</translation>
    </message>
    <message>
        <source>Hvem som sørger for at tiltakene blir gjort</source>
        <translation>Kven som syter for at tiltaka blir gjorde</translation>
    </message>
    <message>
        <source>For eksempel: Boligkontoret ved saksbehandler</source>
        <translation>Til dømes: Bustadkontoret ved saksbehandlar</translation>
    </message>
    <message>
        <source>Fris&amp;t:</source>
        <translation>Fris&amp;t:</translation>
    </message>
    <message>
        <source>Fristen for tiltakene</source>
        <translation>Fristen for tiltaka</translation>
    </message>
    <message>
        <source>Fristen blir et oppfølgingspunkt (Møte → Oppfølging)</source>
        <translation>Fristen blir eit oppfølgingspunkt (Møte → Oppfølging)</translation>
    </message>
    <message>
        <source>&amp;Grunnlag for NAV:</source>
        <translation>&amp;Grunnlag for NAV:</translation>
    </message>
    <message>
        <source>Samtykke til melding til NAV, eller at leietakeren kontakter NAV selv</source>
        <translation>Samtykke til melding til NAV, eller at leigetakaren kontaktar NAV sjølv</translation>
    </message>
    <message>
        <source>Utleier har taushetsplikt: NAV kontaktes bare med leietakerens samtykke; ellers bes leietakeren kontakte NAV selv – Kommunal- og regionaldepartementet mfl. (2002), kap. 6.3</source>
        <translation>Utleigaren har teieplikt: NAV blir berre kontakta med samtykke frå leigetakaren; elles blir leigetakaren beden om å kontakte NAV sjølv – Kommunal- og regionaldepartementet mfl. (2002), kap. 6.3</translation>
    </message>
    <message>
        <source>Beslutningen viser til leieforholdets aktive samarbeidsplan</source>
        <translation>Avgjerda viser til den aktive samarbeidsplanen for leigeforholdet</translation>
    </message>
    <message>
        <source>&amp;Før beslutningen</source>
        <translation>&amp;Før avgjerda</translation>
    </message>
    <message>
        <source>Lagre tiltakene, hvem som besluttet dem og når; en beslutning kan ikke endres</source>
        <translation>Lagre tiltaka, kven som avgjorde dei og når; ei avgjerd kan ikkje endrast</translation>
    </message>
    <message>
        <source>&amp;Møte:</source>
        <translation>&amp;Møte:</translation>
    </message>
    <message>
        <source>Vis til samarbeids&amp;planen</source>
        <translation>Vis til samarbeids&amp;planen</translation>
    </message>
    <message>
        <source>S&amp;amarbeidsplan …</source>
        <translation>S&amp;amarbeidsplan …</translation>
    </message>
    <message>
        <source>Lag, gjennomgå eller avslutt samarbeidsplanen for valgt leieforhold</source>
        <translation>Lag, gå gjennom eller avslutt samarbeidsplanen for det valde leigeforholdet</translation>
    </message>
</context>
<context>
    <name>CandidatePane</name>
    <message>
        <source>Velg en ledig bolig for å se rangerte søkere, eller en søker for å se egnede boliger.</source>
        <translation>Vel ein ledig bustad for å sjå rangerte søkjarar, eller ein søkjar for å sjå eigna bustader.</translation>
    </message>
    <message>
        <source>Velg en kandidat for å se hva forslaget gir søkeren, hva det koster oppgangen, og alle varsler forklart.</source>
        <translation>Vel ein kandidat for å sjå kva framlegget gir søkjaren, kva det kostar oppgangen, og alle varsla forklarte.</translation>
    </message>
    <message>
        <source>Varslene beregnes. Kandidatene og forslaget vises her når varslene for hvert par er kjent.</source>
        <translation>Varsla blir rekna ut. Kandidatane og framlegget blir viste her når varsla for kvart par er kjende.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} søkere&lt;/b&gt; for {address}, oppgang {stairwell} – rangert etter prioritet, ventetid og varsler</source>
        <translation>&lt;b&gt;{count} søkjarar&lt;/b&gt; for {address}, oppgang {stairwell} – rangerte etter prioritet, ventetid og varsel</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} egnede boliger&lt;/b&gt; for søker {case} – rangert etter varsler og ledig dato</source>
        <translation>&lt;b&gt;{count} eigna bustader&lt;/b&gt; for søkjar {case} – rangerte etter varsel og ledig dato</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beregner varsler …&lt;/b&gt; Søkerne for {address}, oppgang {stairwell} rangeres når varslene er klare.</source>
        <translation>&lt;b&gt;Reknar ut varsel …&lt;/b&gt; Søkjarane for {address}, oppgang {stairwell} blir rangerte når varsla er klare.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beregner varsler …&lt;/b&gt; Egnede boliger for søker {case} rangeres når varslene er klare.</source>
        <translation>&lt;b&gt;Reknar ut varsel …&lt;/b&gt; Eigna bustader for søkjar {case} blir rangerte når varsla er klare.</translation>
    </message>
</context>
<context>
    <name>CasePackageDialog</name>
    <message>
        <source>Saksmappe (*{suffix});;Alle filer (*)</source>
        <translation>Saksmappe (*{suffix});;Alle filer (*)</translation>
    </message>
    <message>
        <source>Pakken inneholder særlige kategorier av personopplysninger (helse, rus). Den er lesbar bare for deg; send den som fortrolig, og slett den når referenten har importert den.</source>
        <translation>Pakken inneheld særlege kategoriar av personopplysningar (helse, rus). Han er lesbar berre for deg; send han som fortruleg, og slett han når referenten har importert han.</translation>
    </message>
    <message>
        <source>Velg …</source>
        <translation>Vel …</translation>
    </message>
    <message>
        <source>Behold møtefilens</source>
        <translation>Behald møtefila si</translation>
    </message>
    <message>
        <source>Ta pakkens</source>
        <translation>Ta pakken sin</translation>
    </message>
    <message>
        <source>Eksporter saker</source>
        <translation>Eksporter saker</translation>
    </message>
    <message>
        <source>Det er ingen planlagte møter å eksportere saker fra.</source>
        <translation>Det finst ingen planlagde møte å eksportere saker frå.</translation>
    </message>
    <message>
        <source>{date} – {title}, {place} ({cases} saker)</source>
        <translation>{date} – {title}, {place} ({cases} saker)</translation>
    </message>
    <message>
        <source>uten sted</source>
        <translation>utan stad</translation>
    </message>
    <message>
        <source>Sakene til møtet:</source>
        <translation>Sakene til møtet:</translation>
    </message>
    <message>
        <source>Lagre saksmappe</source>
        <translation>Lagre saksmappe</translation>
    </message>
    <message>
        <source>Sakene ble ikke eksportert</source>
        <translation>Sakene vart ikkje eksporterte</translation>
    </message>
    <message>
        <source>Saker eksportert</source>
        <translation>Saker eksporterte</translation>
    </message>
    <message>
        <source>{count} saker til møtet {date} er lagret i {file}.</source>
        <translation>{count} saker til møtet {date} er lagra i {file}.</translation>
    </message>
    <message>
        <source>Lagre forberedelseskopi</source>
        <translation>Lagre førebuingskopi</translation>
    </message>
    <message>
        <source>Boligmøte-fil (*.sqlite)</source>
        <translation>Boligmøte-fil (*.sqlite)</translation>
    </message>
    <message>
        <source>Kopien ble ikke laget</source>
        <translation>Kopien vart ikkje laga</translation>
    </message>
    <message>
        <source>Forberedelseskopi laget</source>
        <translation>Førebuingskopi laga</translation>
    </message>
    <message>
        <source>Forberedelseskopien er lagret i {file}. Åpne den på den bærbare PC-en, forbered sakene og lagre dem med Fil → Eksporter saker …; bare saksmapper fra en kopi møtefilen selv har laget, kan importeres.</source>
        <translation>Førebuingskopien er lagra i {file}. Opne han på den berbare PC-en, førebu sakene og lagre dei med Fil → Eksporter saker …; berre saksmapper frå ein kopi som møtefila sjølv har laga, kan importerast.</translation>
    </message>
    <message>
        <source>Kopien inneholder alle personopplysningene i møtefilen. Oppbevar den som møtefilen, og slett den når sakene er importert.</source>
        <translation>Kopien inneheld alle personopplysningane i møtefila. Ta vare på han som møtefila, og slett han når sakene er importerte.</translation>
    </message>
    <message>
        <source>Importer saker fra saksmappe</source>
        <translation>Importer saker frå saksmappe</translation>
    </message>
    <message>
        <source>Saksmappen kan ikke leses</source>
        <translation>Saksmappa kan ikkje lesast</translation>
    </message>
    <message>
        <source>(ikke på sakslisten)</source>
        <translation>(ikkje på sakslista)</translation>
    </message>
    <message>
        <source>(finnes ikke)</source>
        <translation>(finst ikkje)</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <source>I møtefilen</source>
        <translation>I møtefila</translation>
    </message>
    <message>
        <source>I pakken</source>
        <translation>I pakken</translation>
    </message>
    <message>
        <source>Valg</source>
        <translation>Val</translation>
    </message>
    <message>
        <source>Søkeren</source>
        <translation>Søkjaren</translation>
    </message>
    <message>
        <source>Saken på sakslisten</source>
        <translation>Saka på sakslista</translation>
    </message>
    <message>
        <source>Pakkens versjon kan ikke brukes: {problem}.</source>
        <translation>Versjonen i pakken kan ikkje brukast: {problem}.</translation>
    </message>
    <message>
        <source>(pakkens kan ikke brukes)</source>
        <translation>(pakken sin kan ikkje brukast)</translation>
    </message>
    <message>
        <source>Valg for {what}</source>
        <translation>Val for {what}</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingenting å importere:&lt;/b&gt; møtefilen har alt i pakken fra før.</source>
        <translation>&lt;b&gt;Ingenting å importere:&lt;/b&gt; møtefila har alt i pakken frå før.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingen konflikter.&lt;/b&gt; Trykk «Importer» for å lagre alt i én operasjon.</source>
        <translation>&lt;b&gt;Ingen konfliktar.&lt;/b&gt; Trykk «Importer» for å lagre alt i éin operasjon.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pakken kan ikke importeres.&lt;/b&gt; Ingenting blir lagret:</source>
        <translation>&lt;b&gt;Pakken kan ikkje importerast.&lt;/b&gt; Ingenting blir lagra:</translation>
    </message>
    <message>
        <source>{chosen} av {total} valgt</source>
        <translation>{chosen} av {total} valde</translation>
    </message>
    <message>
        <source>Velg hva som skal gjelde for hver konflikt først.</source>
        <translation>Vel kva som skal gjelde for kvar konflikt først.</translation>
    </message>
    <message>
        <source>Sakene ble ikke importert</source>
        <translation>Sakene vart ikkje importerte</translation>
    </message>
    <message>
        <source>Ingenting er endret.</source>
        <translation>Ingenting er endra.</translation>
    </message>
    <message>
        <source>Konflikter og nye – velg hva som skal gjelde for hver. Nye legges til med mindre du velger «Behold møtefilens».</source>
        <translation>Konfliktar og nye – vel kva som skal gjelde for kvar. Nye blir lagde til med mindre du vel «Behald møtefila si».</translation>
    </message>
    <message>
        <source>Konflikter mellom møtefilen og pakken</source>
        <translation>Konfliktar mellom møtefila og pakken</translation>
    </message>
    <message>
        <source>&amp;Behold møtefilens for alle</source>
        <translation>&amp;Behald møtefila si for alle</translation>
    </message>
    <message>
        <source>&amp;Ta pakkens for alle</source>
        <translation>&amp;Ta pakken sin for alle</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Kritisk</source>
        <translation>Kritisk</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Åtvaring</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Ingen varsler</source>
        <translation>Ingen varsel</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>CooperationPlanDialog</name>
    <message>
        <source>(velg)</source>
        <translation>(vel)</translation>
    </message>
    <message>
        <source>Ingen aktiv samarbeidsplan.</source>
        <translation>Ingen aktiv samarbeidsplan.</translation>
    </message>
    <message>
        <source>Avtalt {agreed} mellom {parties}; {summary}.</source>
        <translation>Avtalt {agreed} mellom {parties}; {summary}.</translation>
    </message>
    <message>
        <source>{tenant} sa seg enig {how} {date}.</source>
        <translation>{tenant} sa seg samd {how} {date}.</translation>
    </message>
    <message>
        <source>Mål: {goals}</source>
        <translation>Mål: {goals}</translation>
    </message>
    <message>
        <source>Tiltak: {measures}</source>
        <translation>Tiltak: {measures}</translation>
    </message>
    <message>
        <source>Tidligere planer: {plans}</source>
        <translation>Tidlegare planar: {plans}</translation>
    </message>
    <message>
        <source>Planen er lagret.</source>
        <translation>Planen er lagra.</translation>
    </message>
    <message>
        <source>Gjennomgangen er ført.</source>
        <translation>Gjennomgangen er ført.</translation>
    </message>
    <message>
        <source>Planen er avsluttet.</source>
        <translation>Planen er avslutta.</translation>
    </message>
    <message>
        <source>Samarbeidsplan</source>
        <translation>Samarbeidsplan</translation>
    </message>
    <message>
        <source>Samarbeidsplanen for leieforholdet</source>
        <translation>Samarbeidsplanen for leigeforholdet</translation>
    </message>
    <message>
        <source>Ny samarbeidsplan</source>
        <translation>Ny samarbeidsplan</translation>
    </message>
    <message>
        <source>Andre &amp;parter (én per linje):</source>
        <translation>Andre &amp;partar (éin per linje):</translation>
    </message>
    <message>
        <source>Partene i planen, én per linje</source>
        <translation>Partane i planen, éin per linje</translation>
    </message>
    <message>
        <source>Leietakeren som pa&amp;rt:</source>
        <translation>Leigetakaren som pa&amp;rt:</translation>
    </message>
    <message>
        <source>Hvordan leietakeren står som part i planen</source>
        <translation>Korleis leigetakaren står som part i planen</translation>
    </message>
    <message>
        <source>Leietakeren er alltid part i samarbeidsplanen – Kommunal- og regionaldepartementet mfl. (2002), kap. 5.4</source>
        <translation>Leigetakaren er alltid part i samarbeidsplanen – Kommunal- og regionaldepartementet mfl. (2002), kap. 5.4</translation>
    </message>
    <message>
        <source>Leietakerens samt&amp;ykke:</source>
        <translation>Samt&amp;ykket til leigetakaren:</translation>
    </message>
    <message>
        <source>Hvordan leietakeren sa seg enig i planen</source>
        <translation>Korleis leigetakaren sa seg samd i planen</translation>
    </message>
    <message>
        <source>Planen er frivillig: den gjelder når leietakeren har sagt seg enig i den</source>
        <translation>Planen er frivillig: han gjeld når leigetakaren har sagt seg samd i han</translation>
    </message>
    <message>
        <source>&amp;dato:</source>
        <translation>&amp;dato:</translation>
    </message>
    <message>
        <source>Datoen leietakeren sa seg enig i planen</source>
        <translation>Datoen då leigetakaren sa seg samd i planen</translation>
    </message>
    <message>
        <source>&amp;Mål:</source>
        <translation>&amp;Mål:</translation>
    </message>
    <message>
        <source>For eksempel: Leieavtalen fornyes om samarbeidet går greit.</source>
        <translation>Til dømes: Leigeavtalen blir fornya om samarbeidet går greitt.</translation>
    </message>
    <message>
        <source>Målene i planen</source>
        <translation>Måla i planen</translation>
    </message>
    <message>
        <source>&amp;Tiltak og ansvar:</source>
        <translation>&amp;Tiltak og ansvar:</translation>
    </message>
    <message>
        <source>Hvem gjør hva: husleien trekkes fra stønaden; booppfølging annenhver uke.</source>
        <translation>Kven gjer kva: husleiga blir trekt frå stønaden; buoppfølging annakvar veke.</translation>
    </message>
    <message>
        <source>Tiltakene i planen og hvem som har ansvaret</source>
        <translation>Tiltaka i planen og kven som har ansvaret</translation>
    </message>
    <message>
        <source>A&amp;vtalt den:</source>
        <translation>A&amp;vtalt den:</translation>
    </message>
    <message>
        <source>Datoen planen ble avtalt</source>
        <translation>Datoen då planen vart avtalt</translation>
    </message>
    <message>
        <source>&amp;Gjennomgås den:</source>
        <translation>&amp;Gjennomgåast den:</translation>
    </message>
    <message>
        <source>Datoen planen skal gjennomgås</source>
        <translation>Datoen då planen skal gjennomgåast</translation>
    </message>
    <message>
        <source>&amp;Lagre planen</source>
        <translation>&amp;Lagre planen</translation>
    </message>
    <message>
        <source>Gjennomgang og avslutning</source>
        <translation>Gjennomgang og avslutning</translation>
    </message>
    <message>
        <source>&amp;Hva gjennomgangen viste:</source>
        <translation>&amp;Kva gjennomgangen viste:</translation>
    </message>
    <message>
        <source>Hva gjennomgangen viste, eller hvorfor planen avsluttes.</source>
        <translation>Kva gjennomgangen viste, eller kvifor planen blir avslutta.</translation>
    </message>
    <message>
        <source>Hva gjennomgangen viste, eller hvorfor planen avsluttes</source>
        <translation>Kva gjennomgangen viste, eller kvifor planen blir avslutta</translation>
    </message>
    <message>
        <source>&amp;Neste gjennomgang:</source>
        <translation>&amp;Neste gjennomgang:</translation>
    </message>
    <message>
        <source>Datoen for neste gjennomgang</source>
        <translation>Datoen for neste gjennomgang</translation>
    </message>
    <message>
        <source>&amp;Før gjennomgangen</source>
        <translation>&amp;Før gjennomgangen</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Hvordan planen avsluttes</source>
        <translation>Korleis planen blir avslutta</translation>
    </message>
    <message>
        <source>Avslutt pl&amp;anen</source>
        <translation>Avslutt pl&amp;anen</translation>
    </message>
    <message>
        <source>En avsluttet plan kan ikke endres</source>
        <translation>Ein avslutta plan kan ikkje endrast</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Kilde:</source>
        <translation>Kjelde:</translation>
    </message>
    <message>
        <source>Avveining – påkrevd for kritiske varsler</source>
        <translation>Avveging – påkravd for kritiske varsel</translation>
    </message>
    <message>
        <source>Avveining (valgfritt)</source>
        <translation>Avveging (valfritt)</translation>
    </message>
    <message>
        <source>Avveining av varselet {title}</source>
        <translation>Avveging av varselet {title}</translation>
    </message>
    <message>
        <source>Sett og vurdert</source>
        <translation>Sett og vurdert</translation>
    </message>
    <message>
        <source>{name} fatter vedtaket</source>
        <translation>{name} gjer vedtaket</translation>
    </message>
    <message>
        <source>forfall</source>
        <translation>forfall</translation>
    </message>
    <message>
        <source>uten vedtaksmyndighet</source>
        <translation>utan vedtaksmynde</translation>
    </message>
    <message>
        <source>Inhabil</source>
        <translation>Ugild</translation>
    </message>
    <message>
        <source>{name} er inhabil i saken</source>
        <translation>{name} er ugild i saka</translation>
    </message>
    <message>
        <source>Grunnen (f.eks. slekt, nær venn)</source>
        <translation>Grunnen (t.d. slekt, nær ven)</translation>
    </message>
    <message>
        <source>Grunnen til at {name} er inhabil</source>
        <translation>Grunnen til at {name} er ugild</translation>
    </message>
    <message>
        <source>Vedtak i sak {case}</source>
        <translation>Vedtak i sak {case}</translation>
    </message>
    <message>
        <source>Vedtak for {who}</source>
        <translation>Vedtak for {who}</translation>
    </message>
    <message>
        <source>{unit} – {address}, oppg. {stairwell}, {rooms}</source>
        <translation>{unit} – {address}, oppg. {stairwell}, {rooms}</translation>
    </message>
    <message>
        <source>– velg –</source>
        <translation>– vel –</translation>
    </message>
    <message>
        <source>Søkeren har samtykket til at opplysninger deles.</source>
        <translation>Søkjaren har samtykt i at opplysningar blir delte.</translation>
    </message>
    <message>
        <source>&amp;Lagre vedtak</source>
        <translation>&amp;Lagre vedtak</translation>
    </message>
    <message>
        <source>Ingen bolig tildeles – ingen risikovarsler å vurdere.</source>
        <translation>Ingen bustad blir tildelt – ingen risikovarsel å vurdere.</translation>
    </message>
    <message>
        <source>Ingen risikovarsler for denne boligen.</source>
        <translation>Ingen risikovarsel for denne bustaden.</translation>
    </message>
    <message>
        <source>Velg medlemmet og skriv hva dissensen gjelder.</source>
        <translation>Vel medlemmet og skriv kva dissensen gjeld.</translation>
    </message>
    <message>
        <source>Nr. {rank}: {case} {name} – {factors}</source>
        <translation>Nr. {rank}: {case} {name} – {factors}</translation>
    </message>
    <message>
        <source>Uten samtykke fra søkeren er disse til stede: {organisations}.</source>
        <translation>Utan samtykke frå søkjaren er desse til stades: {organisations}.</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>&amp;Utfall:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>&amp;Bolig:</source>
        <translation>&amp;Bustad:</translation>
    </message>
    <message>
        <source>Bolig som tildeles</source>
        <translation>Bustad som blir tildelt</translation>
    </message>
    <message>
        <source>&amp;Innflyttingsfrist:</source>
        <translation>&amp;Frist for innflytting:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Innflyttingsfrist</source>
        <translation>Frist for innflytting</translation>
    </message>
    <message>
        <source>Leiekon&amp;trakt:</source>
        <translation>Leigekon&amp;trakt:</translation>
    </message>
    <message>
        <source>Type leiekontrakt</source>
        <translation>Type leigekontrakt</translation>
    </message>
    <message>
        <source> år</source>
        <translation> år</translation>
    </message>
    <message>
        <source>Varighet i år</source>
        <translation>Varigheit i år</translation>
    </message>
    <message>
        <source>Be&amp;grunnelse til søkeren:</source>
        <translation>&amp;Grunngjeving til søkjaren:</translation>
    </message>
    <message>
        <source>Begrunnelse til søkeren</source>
        <translation>Grunngjeving til søkjaren</translation>
    </message>
    <message>
        <source>Står i brevet til søkeren: regler, fakta og hovedhensyn (påkrevd). Ikke skriv om andre personer her.</source>
        <translation>Står i brevet til søkjaren: reglar, fakta og hovudomsyn (påkravd). Ikkje skriv om andre personar her.</translation>
    </message>
    <message>
        <source>&amp;Vilkår:</source>
        <translation>&amp;Vilkår:</translation>
    </message>
    <message>
        <source>Vilkår</source>
        <translation>Vilkår</translation>
    </message>
    <message>
        <source>F.eks. booppfølging bestilt før innflytting, samarbeidsplan</source>
        <translation>T.d. buoppfølging bestilt før innflytting, samarbeidsplan</translation>
    </message>
    <message>
        <source>&amp;Kriterier:</source>
        <translation>&amp;Kriterium:</translation>
    </message>
    <message>
        <source>Kriterier i retningslinjene som er lagt til grunn</source>
        <translation>Kriterium i retningslinjene som er lagde til grunn</translation>
    </message>
    <message>
        <source>&amp;Alternativer vurdert:</source>
        <translation>&amp;Alternativ som er vurderte:</translation>
    </message>
    <message>
        <source>Alternativer som ble vurdert</source>
        <translation>Alternativ som vart vurderte</translation>
    </message>
    <message>
        <source>I&amp;nterne merknader:</source>
        <translation>I&amp;nterne merknader:</translation>
    </message>
    <message>
        <source>Interne merknader, bare i protokollen</source>
        <translation>Interne merknader, berre i møteboka</translation>
    </message>
    <message>
        <source>Bare i protokollen, aldri i brevet: opplysninger fra tjenestene, om tredjepersoner (valgfritt)</source>
        <translation>Berre i møteboka, aldri i brevet: opplysningar frå tenestene, om tredjepersonar (valfritt)</translation>
    </message>
    <message>
        <source>Sa&amp;mtykke:</source>
        <translation>Sa&amp;mtykke:</translation>
    </message>
    <message>
        <source>Hvordan samtykke til deling ble håndtert</source>
        <translation>Korleis samtykke til deling vart handtert</translation>
    </message>
    <message>
        <source>Begrunnelse for unntak fra samtykke</source>
        <translation>Grunngjeving for unntak frå samtykke</translation>
    </message>
    <message>
        <source>Begrunnelse for unntaket</source>
        <translation>Grunngjeving for unntaket</translation>
    </message>
    <message>
        <source>Risikovarsler og avveining</source>
        <translation>Risikovarsel og avveging</translation>
    </message>
    <message>
        <source>Høyere rangerte søkere som ikke får boligen</source>
        <translation>Søkjarar med høgare rangering som ikkje får bustaden</translation>
    </message>
    <message>
        <source>Hvorfor de høyere rangerte søkerne ikke får boligen</source>
        <translation>Kvifor søkjarane med høgare rangering ikkje får bustaden</translation>
    </message>
    <message>
        <source>Hvorfor møtet går forbi dem (påkrevd, likebehandling)</source>
        <translation>Kvifor møtet går forbi dei (påkravd, likehandsaming)</translation>
    </message>
    <message>
        <source>Hvem fatter vedtaket (inhabilitet, fvl. § 6)</source>
        <translation>Kven gjer vedtaket (ugildskap, fvl. § 6)</translation>
    </message>
    <message>
        <source>Dissens</source>
        <translation>Dissens</translation>
    </message>
    <message>
        <source>Medlem med dissens</source>
        <translation>Medlem med dissens</translation>
    </message>
    <message>
        <source>Dissensens begrunnelse</source>
        <translation>Grunngjeving for dissensen</translation>
    </message>
    <message>
        <source>Medlemmets syn</source>
        <translation>Synet til medlemmet</translation>
    </message>
    <message>
        <source>Legg til &amp;dissens</source>
        <translation>Legg til &amp;dissens</translation>
    </message>
</context>
<context>
    <name>FileState</name>
    <message>
        <source>Filen er åpnet skrivebeskyttet: du kan se alt, men ikke endre noe. Åpne filen uten skrivebeskyttelse for å endre den.</source>
        <translation>Fila er opna skriveverna: du kan sjå alt, men ikkje endre noko. Opne fila utan skrivevern for å endre ho.</translation>
    </message>
    <message>
        <source>Ingen fil åpen – Fil → Åpne …</source>
        <translation>Inga fil er open – Fil → Opne …</translation>
    </message>
    <message>
        <source>Ingen fil åpen</source>
        <translation>Inga fil er open</translation>
    </message>
    <message>
        <source>Velg Fil → Åpne … (Ctrl+O) for å åpne en Boligmøte-fil, eller Fil → Ny database … for å lage en ny.</source>
        <translation>Vel Fil → Opne … (Ctrl+O) for å opne ei Boligmøte-fil, eller Fil → Ny database … for å lage ei ny.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Flyttet ut, planlagt (egen bolig, privat leie …)</source>
        <translation>Flytta ut, planlagt (eigen bustad, privat leige …)</translation>
    </message>
    <message>
        <source>Flyttet ut, ikke planlagt</source>
        <translation>Flytta ut, ikkje planlagt</translation>
    </message>
    <message>
        <source>{count} punkter forfaller innen {until}</source>
        <translation>{count} punkt forfell innan {until}</translation>
    </message>
    <message>
        <source>; {overdue} har passert fristen</source>
        <translation>; {overdue} har passert fristen</translation>
    </message>
    <message>
        <source>Ingen oppfølgingspunkter forfaller i perioden.</source>
        <translation>Ingen oppfølgingspunkt forfell i perioden.</translation>
    </message>
    <message>
        <source>Lovet: {promised}</source>
        <translation>Lova: {promised}</translation>
    </message>
    <message>
        <source>Ført som utført: {address} ({state}).</source>
        <translation>Ført som utført: {address} ({state}).</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Forfalte punkter og de som forfaller innen (&amp;dager):</source>
        <translation>Forfalne punkt og dei som forfell innan (&amp;dagar):</translation>
    </message>
    <message>
        <source>Antall dager fram i tid</source>
        <translation>Tal på dagar fram i tid</translation>
    </message>
    <message>
        <source>Oppfølgingspunkter som har forfalt eller snart forfaller</source>
        <translation>Oppfølgingspunkt som har forfalle eller snart forfell</translation>
    </message>
    <message>
        <source>Hva som ble lovet for valgt punkt</source>
        <translation>Kva som vart lova for det valde punktet</translation>
    </message>
    <message>
        <source>Før oppfølgingen</source>
        <translation>Før oppfølginga</translation>
    </message>
    <message>
        <source>&amp;Hva ble gjort:</source>
        <translation>&amp;Kva vart gjort:</translation>
    </message>
    <message>
        <source>For eksempel: Hjemmebesøk sammen med booppfølgingen; husleien er betalt.</source>
        <translation>Til dømes: Heimebesøk saman med buoppfølginga; husleiga er betalt.</translation>
    </message>
    <message>
        <source>Hva ble gjort</source>
        <translation>Kva vart gjort</translation>
    </message>
    <message>
        <source>&amp;Leieforholdet nå:</source>
        <translation>&amp;Leigeforholdet no:</translation>
    </message>
    <message>
        <source>Hvordan leieforholdet står nå</source>
        <translation>Korleis leigeforholdet står no</translation>
    </message>
    <message>
        <source>Utført de&amp;n:</source>
        <translation>Utført de&amp;n:</translation>
    </message>
    <message>
        <source>Datoen oppfølgingen ble gjort</source>
        <translation>Datoen då oppfølginga vart gjord</translation>
    </message>
    <message>
        <source>&amp;Før som utført</source>
        <translation>&amp;Før som utført</translation>
    </message>
    <message>
        <source>Lagre hva som ble gjort og hvordan leieforholdet står; et utført punkt kan ikke endres</source>
        <translation>Lagre kva som vart gjort og korleis leigeforholdet står; eit utført punkt kan ikkje endrast</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>år</source>
        <translation>år</translation>
    </message>
    <message>
        <source>mnd</source>
        <translation>mnd</translation>
    </message>
    <message>
        <source>under 1 mnd</source>
        <translation>under 1 mnd</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Brukerveiledning – {app}</source>
        <translation>Brukarrettleiing – {app}</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>Brukarrettleiing</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Tabeller og Kobo-filer (*.csv *.xlsx *.txt *.json);;Alle filer (*)</source>
        <translation>Tabellar og Kobo-filer (*.csv *.xlsx *.txt *.json);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Objekt</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Rad</translation>
    </message>
    <message>
        <source>Kolonne</source>
        <translation>Kolonne</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Verdi</translation>
    </message>
    <message>
        <source>Feil</source>
        <translation>Feil</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Velg fil å importere</source>
        <translation>Vel fil å importere</translation>
    </message>
    <message>
        <source>Kobo-lignende format (ikke prøvd mot en ekte Kobo-fil), JSON: boliger og husstander. Feltnavnene øverst er Husbankens; boligtype, husleie og feltene i husstand har Boligmøte valgt, og de kan mangle. Bygningene må være importert først; boligen finner bygningen på adressen. Feltene står i README-filen, «Kobo».</source>
        <translation>Kobo-liknande format (ikkje prøvd mot ei ekte Kobo-fil), JSON: bustader og hushald. Feltnamna øvst er dei til Husbanken; bustadtype, husleige og felta i husstand har Boligmøte valt, og dei kan mangle. Bygningane må vere importerte først; bustaden finn bygningen på adressa. Felta står i README-fila, «Kobo».</translation>
    </message>
    <message>
        <source>Kolonner (påkrevde i fet, norske navn går også): {names}</source>
        <translation>Kolonnar (påkravde med feit skrift, norske namn går òg): {names}</translation>
    </message>
    <message>
        <source>Velg en fil. Ingenting lagres før du trykker «Importer».</source>
        <translation>Vel ei fil. Ingenting blir lagra før du trykkjer «Importer».</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filen kan ikke leses.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fila kan ikkje lesast.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ingenting å importere: databasen har dette fra før.</source>
        <translation>Ingenting å importere: databasen har dette frå før.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingen feil.&lt;/b&gt; Trykk «Importer» for å lagre alt i én operasjon.</source>
        <translation>&lt;b&gt;Ingen feil.&lt;/b&gt; Trykk «Importer» for å lagre alt i éin operasjon.</translation>
    </message>
    <message>
        <source>Avslutte leieforhold?</source>
        <translation>Avslutte leigeforhold?</translation>
    </message>
    <message>
        <source>Importen avslutter {count} leieforhold i dag: boligene har «husstand»: null i filen og blir ledige. Vil du importere likevel?</source>
        <translation>Importen avsluttar {count} leigeforhold i dag: bustadene har «husstand»: null i fila og blir ledige. Vil du importere likevel?</translation>
    </message>
    <message>
        <source>Importen ble ikke lagret</source>
        <translation>Importen vart ikkje lagra</translation>
    </message>
    <message>
        <source>Ingenting er endret.</source>
        <translation>Ingenting er endra.</translation>
    </message>
    <message>
        <source>Importer fra fil</source>
        <translation>Importer frå fil</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Hva filen inneholder</source>
        <translation>Kva fila inneheld</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;Fil:</translation>
    </message>
    <message>
        <source>CSV- eller Excel-fil (.csv, .xlsx), eller en Kobo-fil (.json)</source>
        <translation>CSV- eller Excel-fil (.csv, .xlsx), eller ei Kobo-fil (.json)</translation>
    </message>
    <message>
        <source>Fil som skal importeres</source>
        <translation>Fil som skal importerast</translation>
    </message>
    <message>
        <source>&amp;Velg fil …</source>
        <translation>&amp;Vel fil …</translation>
    </message>
    <message>
        <source>Prøvekjøring – ingenting er lagret ennå</source>
        <translation>Prøvekøyring – ingenting er lagra enno</translation>
    </message>
    <message>
        <source>Feil i filen</source>
        <translation>Feil i fila</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Velg type …</source>
        <translation>Vel type …</translation>
    </message>
    <message>
        <source>Rolle eller instans, f.eks. vaktmester – aldri et navn</source>
        <translation>Rolle eller instans, t.d. vaktmeister – aldri eit namn</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Hele bygningen</source>
        <translation>Heile bygningen</translation>
    </message>
    <message>
        <source>Oppgang {label}</source>
        <translation>Oppgang {label}</translation>
    </message>
    <message>
        <source>Hendelsen er registrert: {what}</source>
        <translation>Hendinga er registrert: {what}</translation>
    </message>
    <message>
        <source>Du har ikke registrert noen hendelse i dag som kan fjernes.</source>
        <translation>Du har ikkje registrert noka hending i dag som kan fjernast.</translation>
    </message>
    <message>
        <source>Fjerne hendelsen?</source>
        <translation>Fjerne hendinga?</translation>
    </message>
    <message>
        <source>Fjerne {what}, registrert i dag kl. {time}? Bruk dette bare for en hendelse som ble registrert ved en feil. Revisjonsloggen beholder både registreringen og fjerningen.</source>
        <translation>Fjerne {what}, registrert i dag kl. {time}? Bruk dette berre for ei hending som vart registrert ved ein feil. Revisjonsloggen tek vare på både registreringa og fjerninga.</translation>
    </message>
    <message>
        <source>Kunne ikke fjerne hendelsen</source>
        <translation>Kunne ikkje fjerne hendinga</translation>
    </message>
    <message>
        <source>Hendelsen er fjernet: {what}</source>
        <translation>Hendinga er fjerna: {what}</translation>
    </message>
    <message>
        <source>{address}, oppgang {label}</source>
        <translation>{address}, oppgang {label}</translation>
    </message>
    <message>
        <source>«{kind}» {date} i {place}</source>
        <translation>«{kind}» {date} i {place}</translation>
    </message>
    <message>
        <source>Registrer hendelse</source>
        <translation>Registrer hending</translation>
    </message>
    <message>
        <source>Hendelsen telles i sammensetningen og i varslene med en gang. Skriv hva som skjedde, ikke hvem: &lt;b&gt;navn på beboere eller søkere skal ikke skrives&lt;/b&gt;.</source>
        <translation>Hendinga blir teken med i samansetjinga og i varsla med ein gong. Skriv kva som skjedde, ikkje kven: &lt;b&gt;namn på bebuarar eller søkjarar skal ikkje skrivast&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Bygning:</source>
        <translation>&amp;Bygning:</translation>
    </message>
    <message>
        <source>Bygningen hendelsen gjelder</source>
        <translation>Bygningen hendinga gjeld</translation>
    </message>
    <message>
        <source>&amp;Oppgang:</source>
        <translation>&amp;Oppgang:</translation>
    </message>
    <message>
        <source>Oppgangen hendelsen gjelder, eller hele bygningen</source>
        <translation>Oppgangen hendinga gjeld, eller heile bygningen</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Datoen hendelsen skjedde</source>
        <translation>Datoen då hendinga skjedde</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Hva slags hendelse</source>
        <translation>Kva slags hending</translation>
    </message>
    <message>
        <source>&amp;Meldt av:</source>
        <translation>&amp;Meldt av:</translation>
    </message>
    <message>
        <source>Hvem som meldte hendelsen: en rolle eller instans, aldri et navn</source>
        <translation>Kven som melde hendinga: ei rolle eller ein instans, aldri eit namn</translation>
    </message>
    <message>
        <source>B&amp;eskrivelse:</source>
        <translation>&amp;Skildring:</translation>
    </message>
    <message>
        <source>Kort beskrivelse uten navn</source>
        <translation>Kort skildring utan namn</translation>
    </message>
    <message>
        <source>Kort: hva skjedde og hvor (f.eks. «sprøyter funnet i kjellergangen»). Ingen navn. Valgfritt.</source>
        <translation>Kort: kva skjedde og kvar (t.d. «sprøyter funne i kjellargangen»). Ingen namn. Valfritt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Ar&amp;kiver …</source>
        <translation>Ar&amp;kiver …</translation>
    </message>
    <message>
        <source>Det signerte møtet til kommunens arkiv: Fiks Arkiv-meldinger med protokollen og vedtaksbrevene som PDF/A</source>
        <translation>Det signerte møtet til arkivet i kommunen: Fiks Arkiv-meldingar med møteboka og vedtaksbreva som PDF/A</translation>
    </message>
    <message>
        <source>Arkiver møtet</source>
        <translation>Arkiver møtet</translation>
    </message>
    <message>
        <source>Velg et signert møte i møtepanelet først.</source>
        <translation>Vel eit signert møte i møtepanelet først.</translation>
    </message>
    <message>
        <source>Møtet {date} er ikke signert ({status}). Bare et signert møte kan arkiveres: avslutt møtet og signer protokollen først.</source>
        <translation>Møtet {date} er ikkje signert ({status}). Berre eit signert møte kan arkiverast: avslutt møtet og signer møteboka først.</translation>
    </message>
    <message>
        <source>Velg mappen arkiveksporten skal legges i</source>
        <translation>Vel mappa som arkiveksporten skal leggjast i</translation>
    </message>
    <message>
        <source>Møtet ble ikke arkivert</source>
        <translation>Møtet vart ikkje arkivert</translation>
    </message>
    <message>
        <source>{count} arkivmeldinger (protokollen og {letters} vedtaksbrev) er lagret i {folder}. Gi mappen til arkivet; sjekksummer.sha256 i mappen lar arkivaren kontrollere filene.</source>
        <translation>{count} arkivmeldingar (møteboka og {letters} vedtaksbrev) er lagra i {folder}. Gi mappa til arkivet; sjekksummer.sha256 i mappa lèt arkivaren kontrollere filene.</translation>
    </message>
    <message>
        <source>{n} dokument(er) signert eller sendt før PDF/A fikk en avledet PDF/A-kopi ved siden av originalen, som er uendret.</source>
        <translation>{n} dokument signerte eller sende før PDF/A fekk ein avleidd PDF/A-kopi ved sida av originalen, som er uendra.</translation>
    </message>
    <message>
        <source>Møtet er klart for arkivet</source>
        <translation>Møtet er klart for arkivet</translation>
    </message>
    <message>
        <source>&amp;Leieforhold i risiko …</source>
        <translation>&amp;Leigeforhold i risiko …</translation>
    </message>
    <message>
        <source>Leieforhold med husleierestanse eller varsel fra utleier, tiltakene møtet beslutter og samarbeidsplanene</source>
        <translation>Leigeforhold med husleigerestanse eller varsel frå utleigar, tiltaka møtet avgjer og samarbeidsplanane</translation>
    </message>
    <message>
        <source>Lagre erfaringer med varslene</source>
        <translation>Lagre røynsler med varsla</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rapporten ble ikke lagret</source>
        <translation>Rapporten vart ikkje lagra</translation>
    </message>
    <message>
        <source>Erfaringer med varslene lagret i {path}: {counted} tildelinger med utfall.</source>
        <translation>Røynsler med varsla er lagra i {path}: {counted} tildelingar med utfall.</translation>
    </message>
    <message>
        <source>Erfaringer med &amp;varslene …</source>
        <translation>Røynsler med &amp;varsla …</translation>
    </message>
    <message>
        <source>Årsrapport (PDF): hvor mange tildelinger fikk et dårlig utfall med og uten hvert varsel</source>
        <translation>Årsrapport (PDF): kor mange tildelingar fekk eit dårleg utfall med og utan kvart varsel</translation>
    </message>
    <message>
        <source>&amp;Oppfølging …</source>
        <translation>&amp;Oppfølging …</translation>
    </message>
    <message>
        <source>Oppfølgingspunkter fra vedtakene som har forfalt eller snart forfaller, og hva som ble gjort</source>
        <translation>Oppfølgingspunkt frå vedtaka som har forfalle eller snart forfell, og kva som vart gjort</translation>
    </message>
    <message>
        <source>Boligmøte-database (*.sqlite *.boligmote);;Alle filer (*)</source>
        <translation>Boligmøte-database (*.sqlite *.boligmote);;Alle filer (*)</translation>
    </message>
    <message>
        <source>1 rom</source>
        <translation>1 rom</translation>
    </message>
    <message>
        <source>2 rom</source>
        <translation>2 rom</translation>
    </message>
    <message>
        <source>3 rom</source>
        <translation>3 rom</translation>
    </message>
    <message>
        <source>4 rom</source>
        <translation>4 rom</translation>
    </message>
    <message>
        <source>5 rom +</source>
        <translation>5 rom +</translation>
    </message>
    <message>
        <source>Trinnfri</source>
        <translation>Trinnfri</translation>
    </message>
    <message>
        <source>Rullestol</source>
        <translation>Rullestol</translation>
    </message>
    <message>
        <source>Registrer hendelse …</source>
        <translation>Registrer hending …</translation>
    </message>
    <message>
        <source>Skrivebeskyttet</source>
        <translation>Skriveverna</translation>
    </message>
    <message>
        <source>Beregner varsler …</source>
        <translation>Reknar ut varsel …</translation>
    </message>
    <message>
        <source>Varslene for hvert par av søker og ledig bolig vurderes. Kandidatene og forslagene vises når de er klare.</source>
        <translation>Varsla for kvart par av søkjar og ledig bustad blir vurderte. Kandidatane og framlegga blir viste når dei er klare.</translation>
    </message>
    <message>
        <source>Rom</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Tilgjengelighet</source>
        <translation>Tilgjenge</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Behov</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Bydel</source>
        <translation>Bydel</translation>
    </message>
    <message>
        <source>(skrivebeskyttet)</source>
        <translation>(skriveverna)</translation>
    </message>
    <message>
        <source>Åpnet {path}</source>
        <translation>Opna {path}</translation>
    </message>
    <message>
        <source>Kontrollerer filen og tar dagens sikkerhetskopi …</source>
        <translation>Kontrollerer fila og tek dagens tryggingskopi …</translation>
    </message>
    <message>
        <source>Filen er skadet – se meldingen</source>
        <translation>Fila er skadd – sjå meldinga</translation>
    </message>
    <message>
        <source>Filen er skadet</source>
        <translation>Fila er skadd</translation>
    </message>
    <message>
        <source>Ikke før flere vedtak i denne filen. Gjenopprett fra en sikkerhetskopi (Fil → Gjenopprett fra sikkerhetskopi …) eller kontakt IT.</source>
        <translation>Ikkje gjer fleire vedtak i denne fila. Gjenopprett frå ein tryggingskopi (Fil → Gjenopprett frå tryggingskopi …) eller kontakt IT.</translation>
    </message>
    <message>
        <source>Filen er hel, men dagens sikkerhetskopi mangler</source>
        <translation>Fila er heil, men dagens tryggingskopi manglar</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Tryggingskopi</translation>
    </message>
    <message>
        <source>Den daglige sikkerhetskopien kunne ikke tas:</source>
        <translation>Den daglege tryggingskopien kunne ikkje takast:</translation>
    </message>
    <message>
        <source>Filen er kontrollert og hel.</source>
        <translation>Fila er kontrollert og heil.</translation>
    </message>
    <message>
        <source>Dagens sikkerhetskopi er tatt.</source>
        <translation>Dagens tryggingskopi er teken.</translation>
    </message>
    <message>
        <source>Innstillingene er lagret; varslene er vurdert på nytt.</source>
        <translation>Innstillingane er lagra; varsla er vurderte på nytt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sak {number} er avgjort&lt;/b&gt; ({outcome}): boligen er ikke lenger ledig. Forslaget viser varslene slik de var før vedtaket, sammensetningen slik den er nå.</source>
        <translation>&lt;b&gt;Sak {number} er avgjord&lt;/b&gt; ({outcome}): bustaden er ikkje lenger ledig. Framlegget viser varsla slik dei var før vedtaket, samansetjinga slik ho er no.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne filen</source>
        <translation>Kunne ikkje opne fila</translation>
    </message>
    <message>
        <source>Åpne database</source>
        <translation>Opne database</translation>
    </message>
    <message>
        <source>Ny database</source>
        <translation>Ny database</translation>
    </message>
    <message>
        <source>Filen finnes</source>
        <translation>Fila finst</translation>
    </message>
    <message>
        <source>{path} finnes allerede. Velg et nytt navn.</source>
        <translation>{path} finst allereie. Vel eit nytt namn.</translation>
    </message>
    <message>
        <source>Foreslått: {case} → {address} ({unit})</source>
        <translation>Føreslått: {case} → {address} ({unit})</translation>
    </message>
    <message>
        <source>Velg en ledig bolig for å se oppgangen og bygningen den ligger i.</source>
        <translation>Vel ein ledig bustad for å sjå oppgangen og bygningen han ligg i.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{address}, oppgang {stairwell}&lt;/b&gt; – {district}</source>
        <translation>&lt;b&gt;{address}, oppgang {stairwell}&lt;/b&gt; – {district}</translation>
    </message>
    <message>
        <source>heis</source>
        <translation>heis</translation>
    </message>
    <message>
        <source>uten heis</source>
        <translation>utan heis</translation>
    </message>
    <message>
        <source>innskutt: {municipal} av {total} boliger kommunale ({share})</source>
        <translation>innskoten: {municipal} av {total} bustader kommunale ({share})</translation>
    </message>
    <message>
        <source>heleid kommunal gård, {total} boliger</source>
        <translation>heileigd kommunal gard, {total} bustader</translation>
    </message>
    <message>
        <source>Tilstede på stedet:</source>
        <translation>Til stades på staden:</translation>
    </message>
    <message>
        <source>Ingen bemanning eller bomiljøtiltak på stedet.</source>
        <translation>Ingen bemanning eller bumiljøtiltak på staden.</translation>
    </message>
    <message>
        <source>Skjermet visning: navn er skjult</source>
        <translation>Skjerma vising: namn er skjulte</translation>
    </message>
    <message>
        <source>Navn vises</source>
        <translation>Namn blir viste</translation>
    </message>
    <message>
        <source>En rådgiver er til stede, så antall under {n} vises som «færre enn {n}».</source>
        <translation>Ein rådgjevar er til stades, så tal under {n} blir viste som «færre enn {n}».</translation>
    </message>
    <message>
        <source>{shown} av {total} søkere</source>
        <translation>{shown} av {total} søkjarar</translation>
    </message>
    <message>
        <source>{shown} av {total} ledige boliger</source>
        <translation>{shown} av {total} ledige bustader</translation>
    </message>
    <message>
        <source>Planlegg fordel&amp;ing …</source>
        <translation>Planlegg fordel&amp;ing …</translation>
    </message>
    <message>
        <source>Én plan for alle ledige boliger, ved siden av streng køorden – et råd, ikke et vedtak</source>
        <translation>Éin plan for alle ledige bustader, ved sida av streng kørekkjefølgje – eit råd, ikkje eit vedtak</translation>
    </message>
    <message>
        <source>Forn&amp;yelser …</source>
        <translation>Forn&amp;yingar …</translation>
    </message>
    <message>
        <source>Leieavtaler som snart utløper, med forslag til fornyelse</source>
        <translation>Leigeavtalar som snart går ut, med framlegg om fornying</translation>
    </message>
    <message>
        <source>Årsstatistikk</source>
        <translation>Årsstatistikk</translation>
    </message>
    <message>
        <source>Tallene gjelder året (per 31.12):</source>
        <translation>Tala gjeld året (per 31.12):</translation>
    </message>
    <message>
        <source>Lagre årsstatistikken</source>
        <translation>Lagre årsstatistikken</translation>
    </message>
    <message>
        <source>Årsstatistikken ble ikke lagret</source>
        <translation>Årsstatistikken vart ikkje lagra</translation>
    </message>
    <message>
        <source>Årsstatistikk {year} lagret i {pdf} og {xlsx}.</source>
        <translation>Årsstatistikk {year} er lagra i {pdf} og {xlsx}.</translation>
    </message>
    <message>
        <source>Årsstatisti&amp;kk …</source>
        <translation>Årsstatisti&amp;kk …</translation>
    </message>
    <message>
        <source>Årets tall (PDF og Excel): søknader, vedtak, ventetid, boliger, ledighet, fornyelser og utkastelser forhindret</source>
        <translation>Tala for året (PDF og Excel): søknader, vedtak, ventetid, bustader, ledigheit, fornyingar og utkastingar som vart hindra</translation>
    </message>
    <message>
        <source>Boligmøte</source>
        <translation>Boligmøte</translation>
    </message>
    <message>
        <source>&amp;Søkere</source>
        <translation>&amp;Søkjarar</translation>
    </message>
    <message>
        <source>Filtrer på prioritet</source>
        <translation>Filtrer på prioritet</translation>
    </message>
    <message>
        <source>Filtrer på behov</source>
        <translation>Filtrer på behov</translation>
    </message>
    <message>
        <source>Søk i saksnummer, navn eller behov …</source>
        <translation>Søk i saksnummer, namn eller behov …</translation>
    </message>
    <message>
        <source>Søk i søkerlisten</source>
        <translation>Søk i søkjarlista</translation>
    </message>
    <message>
        <source>Søkere på venteliste</source>
        <translation>Søkjarar på venteliste</translation>
    </message>
    <message>
        <source>&amp;Ledige boliger</source>
        <translation>&amp;Ledige bustader</translation>
    </message>
    <message>
        <source>Filtrer på bydel</source>
        <translation>Filtrer på bydel</translation>
    </message>
    <message>
        <source>Filtrer på antall rom</source>
        <translation>Filtrer på tal på rom</translation>
    </message>
    <message>
        <source>Filtrer på tilgjengelighet</source>
        <translation>Filtrer på tilgjenge</translation>
    </message>
    <message>
        <source>Søk i adresse, bydel eller bolignummer …</source>
        <translation>Søk i adresse, bydel eller bustadnummer …</translation>
    </message>
    <message>
        <source>Søk i ledige boliger</source>
        <translation>Søk i ledige bustader</translation>
    </message>
    <message>
        <source>Ledige boliger</source>
        <translation>Ledige bustader</translation>
    </message>
    <message>
        <source>&amp;Kandidater</source>
        <translation>&amp;Kandidatar</translation>
    </message>
    <message>
        <source>Velg en ledig bolig for å se rangerte søkere, eller en søker for å se egnede boliger.</source>
        <translation>Vel ein ledig bustad for å sjå rangerte søkjarar, eller ein søkjar for å sjå eigna bustader.</translation>
    </message>
    <message>
        <source>Rangerte kandidater med risikovarsler</source>
        <translation>Rangerte kandidatar med risikovarsel</translation>
    </message>
    <message>
        <source>Vis også uegnede</source>
        <translation>Vis òg uegna</translation>
    </message>
    <message>
        <source>Ta med søkere eller boliger som ikke oppfyller absolutte krav (størrelse, tilgjengelighet, steder å unngå); raden sier hvorfor.</source>
        <translation>Ta med søkjarar eller bustader som ikkje oppfyller absolutte krav (storleik, tilgjenge, stader å unngå); rada seier kvifor.</translation>
    </message>
    <message>
        <source>‼ kritisk · ! advarsel · i info · + tiltak</source>
        <translation>‼ kritisk · ! åtvaring · i info · + tiltak</translation>
    </message>
    <message>
        <source>Forklaring til varselmerkene</source>
        <translation>Forklaring til varselmerka</translation>
    </message>
    <message>
        <source>F&amp;orslag</source>
        <translation>Fr&amp;amlegg</translation>
    </message>
    <message>
        <source>Forslaget: hva det gir søkeren, hva det koster oppgangen, og varslene</source>
        <translation>Framlegget: kva det gir søkjaren, kva det kostar oppgangen, og varsla</translation>
    </message>
    <message>
        <source>Foreslå tildeling (Ctrl+Enter)</source>
        <translation>Føreslå tildeling (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Foreslå tildeling av denne boligen til denne søkeren</source>
        <translation>Føreslå tildeling av denne bustaden til denne søkjaren</translation>
    </message>
    <message>
        <source>&amp;Beboersammensetning</source>
        <translation>&amp;Bebuarsamansetjing</translation>
    </message>
    <message>
        <source>Beboersammensetning i oppgang og bygning</source>
        <translation>Bebuarsamansetjing i oppgang og bygning</translation>
    </message>
    <message>
        <source>Bare antall vises – aldri navn eller diagnoser for andre beboere.</source>
        <translation>Berre tal blir viste – aldri namn eller diagnosar for andre bebuarar.</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Møte</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Nylig &amp;brukte</source>
        <translation>Nyleg &amp;brukte</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Møte</source>
        <translation>&amp;Møte</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;Ny database …</source>
        <translation>&amp;Ny database …</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Å&amp;pne …</source>
        <translation>O&amp;pne …</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
        <translation>&amp;Gjenopprett frå tryggingskopi …</translation>
    </message>
    <message>
        <source>Gå tilbake til en tidligere kopi av filen; filen slik den er nå, lagres først</source>
        <translation>Gå tilbake til ein tidlegare kopi av fila; fila slik ho er no, blir lagra først</translation>
    </message>
    <message>
        <source>&amp;Eksporter saker …</source>
        <translation>&amp;Eksporter saker …</translation>
    </message>
    <message>
        <source>Lagre sakene til et planlagt møte i en saksmappe (.bmpak) som referenten tar inn i møtefilen</source>
        <translation>Lagre sakene til eit planlagt møte i ei saksmappe (.bmpak) som referenten tek inn i møtefila</translation>
    </message>
    <message>
        <source>Lag &amp;forberedelseskopi …</source>
        <translation>Lag &amp;førebuingskopi …</translation>
    </message>
    <message>
        <source>Lag en kopi av møtefilen til å forberede saker på en bærbar PC; bare saksmapper fra en slik kopi kan importeres</source>
        <translation>Lag ein kopi av møtefila til å førebu saker på ein berbar PC; berre saksmapper frå ein slik kopi kan importerast</translation>
    </message>
    <message>
        <source>Importer &amp;saker …</source>
        <translation>Importer &amp;saker …</translation>
    </message>
    <message>
        <source>Ta inn saker forberedt på en annen maskin; konflikter vises, og du velger hva som gjelder</source>
        <translation>Ta inn saker som er førebudde på ei anna maskin; konfliktar blir viste, og du vel kva som gjeld</translation>
    </message>
    <message>
        <source>&amp;Importer …</source>
        <translation>&amp;Importer …</translation>
    </message>
    <message>
        <source>Importer bygninger, boliger, beboere, søkere eller hendelser fra CSV eller Excel</source>
        <translation>Importer bygningar, bustader, bebuarar, søkjarar eller hendingar frå CSV eller Excel</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Inns&amp;tillinger …</source>
        <translation>Inns&amp;tillingar …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Skjermet &amp;visning (skjul navn)</source>
        <translation>Skjerma &amp;vising (skjul namn)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Møtevisning (storskjerm)</source>
        <translation>&amp;Møtevising (storskjerm)</translation>
    </message>
    <message>
        <source>Saken i fullskjerm for prosjektoren: bolig, sammensetning før og etter, varsler</source>
        <translation>Saka i fullskjerm for prosjektoren: bustad, samansetjing før og etter, varsel</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Gå til &amp;søkere</source>
        <translation>Gå til &amp;søkjarar</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Gå til &amp;ledige boliger</source>
        <translation>Gå til &amp;ledige bustader</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Gå til &amp;beboersammensetning</source>
        <translation>Gå til &amp;bebuarsamansetjing</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Gå til &amp;kandidater</source>
        <translation>Gå til &amp;kandidatar</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Filtrer listen</source>
        <translation>&amp;Filtrer lista</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Foreslå tildeling</source>
        <translation>&amp;Føreslå tildeling</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Nytt møte …</source>
        <translation>&amp;Nytt møte …</translation>
    </message>
    <message>
        <source>S&amp;tart møtet</source>
        <translation>S&amp;tart møtet</translation>
    </message>
    <message>
        <source>A&amp;vslutt møtet …</source>
        <translation>A&amp;vslutt møtet …</translation>
    </message>
    <message>
        <source>&amp;Signer protokollen …</source>
        <translation>&amp;Signer møteboka …</translation>
    </message>
    <message>
        <source>Vedtaks&amp;brev for valgt sak …</source>
        <translation>Vedtaks&amp;brev for den valde saka …</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Fatt ve&amp;dtak i valgt sak …</source>
        <translation>Gjer ve&amp;dtak i den valde saka …</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Angre siste vedtak</source>
        <translation>&amp;Angre siste vedtak</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Gjør om angret vedtak</source>
        <translation>&amp;Gjer om angra vedtak</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Protokoll …</source>
        <translation>&amp;Møtebok …</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Gå til &amp;møtet</source>
        <translation>Gå til møt&amp;et</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Registrer &amp;hendelse …</source>
        <translation>Registrer &amp;hending …</translation>
    </message>
    <message>
        <source>Registrer en hendelse i oppgangen eller bygningen til boligen du ser på (dato, type, hvem som meldte den)</source>
        <translation>Registrer ei hending i oppgangen eller bygningen til bustaden du ser på (dato, type, kven som melde ho)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Fjern hendelse &amp;registrert ved en feil …</source>
        <translation>Fjern hending &amp;registrert ved ein feil …</translation>
    </message>
    <message>
        <source>Fjerner den siste hendelsen du registrerte i dag; revisjonsloggen beholder begge stegene</source>
        <translation>Fjernar den siste hendinga du registrerte i dag; revisjonsloggen tek vare på begge stega</translation>
    </message>
    <message>
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <source>Et møte fra saksliste til signert protokoll, og hva hvert varsel betyr</source>
        <translation>Eit møte frå saksliste til signert møtebok, og kva kvart varsel tyder</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Om Boligmøte</source>
        <translation>&amp;Om Boligmøte</translation>
    </message>
    <message>
        <source>Eksporter boligregisteret (K&amp;obo) …</source>
        <translation>Eksporter bustadregisteret (K&amp;obo) …</translation>
    </message>
    <message>
        <source>Boligregisteret som JSON i et Kobo-lignende format (ikke prøvd mot en ekte Kobo-fil); husstander bare om du velger det</source>
        <translation>Bustadregisteret som JSON i eit Kobo-liknande format (ikkje prøvd mot ei ekte Kobo-fil); hushald berre om du vel det</translation>
    </message>
    <message>
        <source>Eksporter boligregisteret (Kobo)</source>
        <translation>Eksporter bustadregisteret (Kobo)</translation>
    </message>
    <message>
        <source>Filen får boligene i et Kobo-lignende format (ikke prøvd mot en ekte Kobo-fil): adresse, oppgang, etasje, boligtype, soverom, areal og husleie.</source>
        <translation>Fila får bustadene i eit Kobo-liknande format (ikkje prøvd mot ei ekte Kobo-fil): adresse, oppgang, etasje, bustadtype, soverom, areal og husleige.</translation>
    </message>
    <message>
        <source>Advarsel: med husstandene (husstandstype, antall voksne og leieperiode per bolig) inneholder filen personopplysninger. Den trenger da et behandlingsgrunnlag og en databehandleravtale før den sendes til Husbanken. Barn tas aldri med, og heller ingen husstand i bemannede boliger og bofellesskap.</source>
        <translation>Åtvaring: med hushalda (hushaldstype, tal på vaksne og leigeperiode per bustad) inneheld fila personopplysningar. Ho treng då eit behandlingsgrunnlag og ein databehandlaravtale før ho blir send til Husbanken. Barn blir aldri tekne med, og heller ingen hushald i bemanna bustader og bufellesskap.</translation>
    </message>
    <message>
        <source>Ta med &amp;husstandene (personopplysninger)</source>
        <translation>Ta med &amp;hushalda (personopplysningar)</translation>
    </message>
    <message>
        <source>&amp;Fortsett</source>
        <translation>&amp;Hald fram</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Kobo-filer (*.json)</source>
        <translation>Kobo-filer (*.json)</translation>
    </message>
    <message>
        <source>Boligregisteret ble ikke eksportert</source>
        <translation>Bustadregisteret vart ikkje eksportert</translation>
    </message>
    <message>
        <source>{count} boliger er lagret i {file} med husstandene: filen inneholder personopplysninger. Behov, oppfølging, barn og navn er ikke med.</source>
        <translation>{count} bustader er lagra i {file} med hushalda: fila inneheld personopplysningar. Behov, oppfølging, barn og namn er ikkje med.</translation>
    </message>
    <message>
        <source>{count} boliger er lagret i {file}, uten husstander. Behov, oppfølging og navn er ikke med.</source>
        <translation>{count} bustader er lagra i {file}, utan hushald. Behov, oppfølging og namn er ikkje med.</translation>
    </message>
    <message>
        <source>Boligregisteret er eksportert</source>
        <translation>Bustadregisteret er eksportert</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Nytt møte</source>
        <translation>Nytt møte</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Møtedato</source>
        <translation>Møtedato</translation>
    </message>
    <message>
        <source>&amp;Sted:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <source>Møtested</source>
        <translation>Møtestad</translation>
    </message>
    <message>
        <source>&amp;Tittel:</source>
        <translation>&amp;Tittel:</translation>
    </message>
    <message>
        <source>Tildelingsmøte</source>
        <translation>Tildelingsmøte</translation>
    </message>
    <message>
        <source>Møtets tittel</source>
        <translation>Tittelen på møtet</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>Ingen møter ennå. Lag et nytt møte for å sette opp sakslisten.</source>
        <translation>Ingen møte enno. Lag eit nytt møte for å setje opp sakslista.</translation>
    </message>
    <message>
        <source>ingen ennå</source>
        <translation>ingen enno</translation>
    </message>
    <message>
        <source>{cases} saker, {decided} avgjort</source>
        <translation>{cases} saker, {decided} avgjorde</translation>
    </message>
    <message>
        <source>Signert {date} kl. {time} av {names}</source>
        <translation>Signert {date} kl. {time} av {names}</translation>
    </message>
    <message>
        <source>Vedtaksmyndighet: {deciders}</source>
        <translation>Vedtaksmynde: {deciders}</translation>
    </message>
    <message>
        <source>Skrivebeskyttet</source>
        <translation>Skriveverna</translation>
    </message>
    <message>
        <source>Kunne ikke lage møtet</source>
        <translation>Kunne ikkje lage møtet</translation>
    </message>
    <message>
        <source>Kunne ikke endre møtets status</source>
        <translation>Kunne ikkje endre statusen til møtet</translation>
    </message>
    <message>
        <source>Avslutte møtet?</source>
        <translation>Avslutte møtet?</translation>
    </message>
    <message>
        <source>{count} saker er ikke avgjort og blir stående uten vedtak i protokollen. Avslutte likevel?</source>
        <translation>{count} saker er ikkje avgjorde og blir ståande utan vedtak i møteboka. Avslutte likevel?</translation>
    </message>
    <message>
        <source>Kunne ikke legge saken på sakslisten</source>
        <translation>Kunne ikkje leggje saka på sakslista</translation>
    </message>
    <message>
        <source>Samtykke mangler</source>
        <translation>Samtykke manglar</translation>
    </message>
    <message>
        <source>Velg en søker</source>
        <translation>Vel ein søkjar</translation>
    </message>
    <message>
        <source>Velg søkeren i søkerlisten først.</source>
        <translation>Vel søkjaren i søkjarlista først.</translation>
    </message>
    <message>
        <source>Ingen møter</source>
        <translation>Ingen møte</translation>
    </message>
    <message>
        <source>Lag et møte først (Møte → Nytt møte …).</source>
        <translation>Lag eit møte først (Møte → Nytt møte …).</translation>
    </message>
    <message>
        <source>Møtet er avsluttet</source>
        <translation>Møtet er avslutta</translation>
    </message>
    <message>
        <source>Velg et planlagt eller pågående møte.</source>
        <translation>Vel eit planlagt møte eller eit møte som er i gang.</translation>
    </message>
    <message>
        <source>Velg en sak</source>
        <translation>Vel ei sak</translation>
    </message>
    <message>
        <source>Velg saken på sakslisten først.</source>
        <translation>Vel saka på sakslista først.</translation>
    </message>
    <message>
        <source>Allerede avgjort</source>
        <translation>Allereie avgjord</translation>
    </message>
    <message>
        <source>Sak {case} er avgjort. Angre vedtaket først om det skal endres.</source>
        <translation>Sak {case} er avgjord. Angre vedtaket først om det skal endrast.</translation>
    </message>
    <message>
        <source>Kan ikke fatte vedtak</source>
        <translation>Kan ikkje gjere vedtak</translation>
    </message>
    <message>
        <source>Møtet er ikke i dag</source>
        <translation>Møtet er ikkje i dag</translation>
    </message>
    <message>
        <source>&amp;Flytt møtet til i dag</source>
        <translation>&amp;Flytt møtet til i dag</translation>
    </message>
    <message>
        <source>Møtet er datert {date}, og i dag er {today}. Et vedtak kan ikke føres før møtedagen: det ville være fattet før møtet det hører til.</source>
        <translation>Møtet er datert {date}, og i dag er {today}. Eit vedtak kan ikkje førast før møtedagen: det ville vere gjort før møtet det høyrer til.</translation>
    </message>
    <message>
        <source>&amp;Nei</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>Ble møtet holdt tidligere enn planlagt, flytt det til i dag.</source>
        <translation>Vart møtet halde tidlegare enn planlagt, flytt det til i dag.</translation>
    </message>
    <message>
        <source>Møtet har allerede vedtak og kan ikke flyttes.</source>
        <translation>Møtet har alt vedtak og kan ikkje flyttast.</translation>
    </message>
    <message>
        <source>Kunne ikke flytte møtet</source>
        <translation>Kunne ikkje flytte møtet</translation>
    </message>
    <message>
        <source>Møtet er flyttet til i dag, {today}.</source>
        <translation>Møtet er flytt til i dag, {today}.</translation>
    </message>
    <message>
        <source>Vedtaket i sak {number} ({case}) er lagret: {outcome}, {place}.</source>
        <translation>Vedtaket i sak {number} ({case}) er lagra: {outcome}, {place}.</translation>
    </message>
    <message>
        <source>Vedtaket i sak {number} ({case}) er lagret: {outcome}.</source>
        <translation>Vedtaket i sak {number} ({case}) er lagra: {outcome}.</translation>
    </message>
    <message>
        <source>Angre siste vedtak?</source>
        <translation>Angre siste vedtak?</translation>
    </message>
    <message>
        <source>Angre vedtaket i sak {case} ({outcome})? Søkeren settes tilbake på ventelisten og boligen blir ledig igjen. Angringen føres i revisjonsloggen.</source>
        <translation>Angre vedtaket i sak {case} ({outcome})? Søkjaren blir sett tilbake på ventelista, og bustaden blir ledig igjen. Angringa blir ført i revisjonsloggen.</translation>
    </message>
    <message>
        <source>Det som ble skrevet, beholdes: Gjør om (Ctrl+Shift+Z) fører vedtaket på nytt.</source>
        <translation>Det som vart skrive, blir teke vare på: Gjer om (Ctrl+Shift+Z) fører vedtaket på nytt.</translation>
    </message>
    <message>
        <source>Kunne ikke angre</source>
        <translation>Kunne ikkje angre</translation>
    </message>
    <message>
        <source>Vedtaket i sak {case} er angret. Gjør om med Ctrl+Shift+Z.</source>
        <translation>Vedtaket i sak {case} er angra. Gjer om med Ctrl+Shift+Z.</translation>
    </message>
    <message>
        <source>Ingen angrede vedtak å gjøre om.</source>
        <translation>Ingen angra vedtak å gjere om.</translation>
    </message>
    <message>
        <source>Vedtak kan bare gjøres om mens møtet pågår.</source>
        <translation>Vedtak kan berre gjerast om medan møtet er i gang.</translation>
    </message>
    <message>
        <source>Vedtaket i sak {case} er ført på nytt, med begrunnelsene.</source>
        <translation>Vedtaket i sak {case} er ført på nytt, med grunngjevingane.</translation>
    </message>
    <message>
        <source>Skjermet visning er på</source>
        <translation>Skjerma vising er på</translation>
    </message>
    <message>
        <source>{what} viser søkernes navn og adresser. Skjermen kan være delt med rommet eller en videosamtale.</source>
        <translation>{what} viser namn og adresser til søkjarane. Skjermen kan vere delt med rommet eller ein videosamtale.</translation>
    </message>
    <message>
        <source>Kopien med bare saksnummer har saksnummer i stedet for navn og adresser; tekst møtet har skrevet, står som skrevet.</source>
        <translation>Kopien med berre saksnummer har saksnummer i staden for namn og adresser; tekst som møtet har skrive, står som han er skriven.</translation>
    </message>
    <message>
        <source>Vis &amp;kopi med bare saksnummer</source>
        <translation>Vis &amp;kopi med berre saksnummer</translation>
    </message>
    <message>
        <source>Vis med &amp;navn</source>
        <translation>Vis med &amp;namn</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Protokollen</source>
        <translation>Møteboka</translation>
    </message>
    <message>
        <source>Kunne ikke lage protokollen</source>
        <translation>Kunne ikkje lage møteboka</translation>
    </message>
    <message>
        <source>Protokoll – {title} {date}</source>
        <translation>Møtebok – {title} {date}</translation>
    </message>
    <message>
        <source>(skjermet kopi)</source>
        <translation>(skjerma kopi)</translation>
    </message>
    <message>
        <source>Velg en avgjort sak</source>
        <translation>Vel ei avgjord sak</translation>
    </message>
    <message>
        <source>Velg en sak med vedtak på sakslisten først.</source>
        <translation>Vel ei sak med vedtak på sakslista først.</translation>
    </message>
    <message>
        <source>Vedtaksbrevet</source>
        <translation>Vedtaksbrevet</translation>
    </message>
    <message>
        <source>Kunne ikke lage vedtaksbrevet</source>
        <translation>Kunne ikkje lage vedtaksbrevet</translation>
    </message>
    <message>
        <source>Vedtaksbrev – sak {case}</source>
        <translation>Vedtaksbrev – sak {case}</translation>
    </message>
    <message>
        <source>Kunne ikke signere</source>
        <translation>Kunne ikkje signere</translation>
    </message>
    <message>
        <source>Protokollen er signert {date} kl. {time} av {names}. Møtet kan ikke lenger endres.</source>
        <translation>Møteboka er signert {date} kl. {time} av {names}. Møtet kan ikkje lenger endrast.</translation>
    </message>
    <message>
        <source>Tillegget er ikke ført</source>
        <translation>Tillegget er ikkje ført</translation>
    </message>
    <message>
        <source>Et tillegg til protokollen sier hvem som førte det. Skriv navnet ditt for å føre tillegget.</source>
        <translation>Eit tillegg til møteboka seier kven som førte det. Skriv namnet ditt for å føre tillegget.</translation>
    </message>
    <message>
        <source>Tillegg til signert protokoll</source>
        <translation>Tillegg til signert møtebok</translation>
    </message>
    <message>
        <source>Hva retter eller legger tillegget til? (Tillegget dateres og får sin egen protokollside.)</source>
        <translation>Kva rettar tillegget, eller kva legg det til? (Tillegget blir datert og får si eiga side i møteboka.)</translation>
    </message>
    <message>
        <source>Kunne ikke føre tillegget</source>
        <translation>Kunne ikkje føre tillegget</translation>
    </message>
    <message>
        <source>Velg møte</source>
        <translation>Vel møte</translation>
    </message>
    <message>
        <source>N&amp;ytt møte …</source>
        <translation>N&amp;ytt møte …</translation>
    </message>
    <message>
        <source>&amp;Deltakere …</source>
        <translation>&amp;Deltakarar …</translation>
    </message>
    <message>
        <source>Sta&amp;rt møtet</source>
        <translation>Sta&amp;rt møtet</translation>
    </message>
    <message>
        <source>Avsl&amp;utt møtet</source>
        <translation>Avsl&amp;utt møtet</translation>
    </message>
    <message>
        <source>Sakslisten med vedtak</source>
        <translation>Sakslista med vedtak</translation>
    </message>
    <message>
        <source>Le&amp;gg på sakslisten</source>
        <translation>Le&amp;gg på sakslista</translation>
    </message>
    <message>
        <source>Legg søkeren som er valgt i ventelisten (og boligen som er valgt) på sakslisten</source>
        <translation>Legg søkjaren som er vald i ventelista (og bustaden som er vald) på sakslista</translation>
    </message>
    <message>
        <source>F&amp;att vedtak … (Ctrl+D)</source>
        <translation>G&amp;jer vedtak … (Ctrl+D)</translation>
    </message>
    <message>
        <source>Angr&amp;e siste vedtak</source>
        <translation>Angr&amp;e siste vedtak</translation>
    </message>
    <message>
        <source>&amp;Protokoll …</source>
        <translation>Møteb&amp;ok …</translation>
    </message>
    <message>
        <source>Sig&amp;ner …</source>
        <translation>Sig&amp;ner …</translation>
    </message>
    <message>
        <source>T&amp;illegg …</source>
        <translation>T&amp;illegg …</translation>
    </message>
    <message>
        <source>Ved&amp;taksbrev …</source>
        <translation>Ved&amp;taksbrev …</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Tunge behov i alt</source>
        <translation>Tunge behov i alt</translation>
    </message>
    <message>
        <source>husstand</source>
        <translation>hushald</translation>
    </message>
    <message>
        <source>behov</source>
        <translation>behov</translation>
    </message>
    <message>
        <source>Beboersammensetning før og etter tildelingen</source>
        <translation>Bebuarsamansetjing før og etter tildelinga</translation>
    </message>
    <message>
        <source>før vedtaket → med søkeren</source>
        <translation>før vedtaket → med søkjaren</translation>
    </message>
    <message>
        <source>nå → med søkeren</source>
        <translation>no → med søkjaren</translation>
    </message>
    <message>
        <source>Oppgang {label}</source>
        <translation>Oppgang {label}</translation>
    </message>
    <message>
        <source>Bygningen</source>
        <translation>Bygningen</translation>
    </message>
    <message>
        <source>Husstandstype</source>
        <translation>Hushaldstype</translation>
    </message>
    <message>
        <source>Behov</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>Husstander i alt</source>
        <translation>Hushald i alt</translation>
    </message>
    <message>
        <source>før vedtaket</source>
        <translation>før vedtaket</translation>
    </message>
    <message>
        <source>nå</source>
        <translation>no</translation>
    </message>
    <message>
        <source>med søkeren (▲ endres)</source>
        <translation>med søkjaren (▲ blir endra)</translation>
    </message>
    <message>
        <source>færre enn {n}: rådgiver til stede</source>
        <translation>færre enn {n}: rådgjevar til stades</translation>
    </message>
    <message>
        <source>færre enn {n}</source>
        <translation>færre enn {n}</translation>
    </message>
    <message>
        <source>Møtevisning – Boligmøte</source>
        <translation>Møtevising – Boligmøte</translation>
    </message>
    <message>
        <source>Vis &amp;navn</source>
        <translation>Vis &amp;namn</translation>
    </message>
    <message>
        <source>Navnene er skjult på storskjermen til møtelederen slår dem på</source>
        <translation>Namna er skjulte på storskjermen til møteleiaren slår dei på</translation>
    </message>
    <message>
        <source>Ctrl+↓/↑ neste/forrige sak · Esc eller F11 lukker</source>
        <translation>Ctrl+↓/↑ neste/førre sak · Esc eller F11 lukkar</translation>
    </message>
    <message>
        <source>▼ Flere varsler nedenfor (↓ / PgDn)</source>
        <translation>▼ Fleire varsel nedanfor (↓ / PgDn)</translation>
    </message>
    <message>
        <source>Skjermet visning er på: navn vises ikke</source>
        <translation>Skjerma vising er på: namn blir ikkje viste</translation>
    </message>
    <message>
        <source>Velg en bolig eller en kandidat for å se oppgangen og bygningen.</source>
        <translation>Vel ein bustad eller ein kandidat for å sjå oppgangen og bygningen.</translation>
    </message>
    <message>
        <source>Velg en sak på sakslisten, eller en søker og en bolig, i hovedvinduet.</source>
        <translation>Vel ei sak på sakslista, eller ein søkjar og ein bustad, i hovudvindauget.</translation>
    </message>
    <message>
        <source>Sak {number}</source>
        <translation>Sak {number}</translation>
    </message>
    <message>
        <source>{address}, oppgang {stairwell}</source>
        <translation>{address}, oppgang {stairwell}</translation>
    </message>
    <message>
        <source>Bolig: {where}</source>
        <translation>Bustad: {where}</translation>
    </message>
    <message>
        <source>Ingen sak valgt</source>
        <translation>Inga sak er vald</translation>
    </message>
    <message>
        <source>1 voksen</source>
        <translation>1 vaksen</translation>
    </message>
    <message>
        <source>{n} voksne</source>
        <translation>{n} vaksne</translation>
    </message>
    <message>
        <source>, {n} barn</source>
        <translation>, {n} barn</translation>
    </message>
    <message>
        <source>ventet {time}</source>
        <translation>venta {time}</translation>
    </message>
    <message>
        <source>vedtak: {outcome}</source>
        <translation>vedtak: {outcome}</translation>
    </message>
    <message>
        <source>Søker:</source>
        <translation>Søkjar:</translation>
    </message>
    <message>
        <source>heis</source>
        <translation>heis</translation>
    </message>
    <message>
        <source>uten heis</source>
        <translation>utan heis</translation>
    </message>
    <message>
        <source>{rooms}, {area} m²</source>
        <translation>{rooms}, {area} m²</translation>
    </message>
    <message>
        <source>{rent} i måneden</source>
        <translation>{rent} i månaden</translation>
    </message>
    <message>
        <source>Bolig:</source>
        <translation>Bustad:</translation>
    </message>
    <message>
        <source>Kilde:</source>
        <translation>Kjelde:</translation>
    </message>
    <message>
        <source>Risikovarsler ({count})</source>
        <translation>Risikovarsel ({count})</translation>
    </message>
    <message>
        <source>Risikovarsler</source>
        <translation>Risikovarsel</translation>
    </message>
    <message>
        <source>Ingen risikovarsler for dette paret.</source>
        <translation>Ingen risikovarsel for dette paret.</translation>
    </message>
    <message>
        <source>Varslene er råd med begrunnelse, aldri et automatisk avslag.</source>
        <translation>Varsla er råd med grunngjeving, aldri eit automatisk avslag.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Søker</source>
        <translation>Søkjar</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <source>{amount} ({months} mnd. leie)</source>
        <translation>{amount} ({months} mnd. leige)</translation>
    </message>
    <message>
        <source>ikke behandlet</source>
        <translation>ikkje handsama</translation>
    </message>
    <message>
        <source>{date} (nye meldinger siden)</source>
        <translation>{date} (nye meldingar sidan)</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Husstand</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <source>Restanse</source>
        <translation>Restanse</translation>
    </message>
    <message>
        <source>Saldo per {date}</source>
        <translation>Saldo per {date}</translation>
    </message>
    <message>
        <source>Varsel</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Samarbeidsplan</source>
        <translation>Samarbeidsplan</translation>
    </message>
    <message>
        <source>Varsler</source>
        <translation>Varsel</translation>
    </message>
    <message>
        <source>Ingen risikovarsler for dette paret.</source>
        <translation>Ingen risikovarsel for dette paret.</translation>
    </message>
    <message>
        <source>kilde:</source>
        <translation>kjelde:</translation>
    </message>
    <message>
        <source>Saksnr.</source>
        <translation>Saksnr.</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Ventetid</source>
        <translation>Ventetid</translation>
    </message>
    <message>
        <source>Behov</source>
        <translation>Behov</translation>
    </message>
    <message>
        <source>{address}, oppg. {stairwell}</source>
        <translation>{address}, oppg. {stairwell}</translation>
    </message>
    <message>
        <source>Bydel</source>
        <translation>Bydel</translation>
    </message>
    <message>
        <source>Rom</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Husleie</source>
        <translation>Husleige</translation>
    </message>
    <message>
        <source>Tilgj.</source>
        <translation>Tilgj.</translation>
    </message>
    <message>
        <source>Ledig fra</source>
        <translation>Ledig frå</translation>
    </message>
    <message>
        <source>Kommunale boliger</source>
        <translation>Kommunale bustader</translation>
    </message>
    <message>
        <source>Husstander</source>
        <translation>Hushald</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>Personar</translation>
    </message>
    <message>
        <source>Barn under 18 år</source>
        <translation>Barn under 18 år</translation>
    </message>
    <message>
        <source>Husstander med tunge behov</source>
        <translation>Hushald med tunge behov</translation>
    </message>
    <message>
        <source>Hendelser</source>
        <translation>Hendingar</translation>
    </message>
    <message>
        <source>Siste 6 måneder</source>
        <translation>Siste 6 månader</translation>
    </message>
    <message>
        <source>Siste 12 måneder</source>
        <translation>Siste 12 månader</translation>
    </message>
    <message>
        <source>Husstandstype</source>
        <translation>Hushaldstype</translation>
    </message>
    <message>
        <source>Oppgang</source>
        <translation>Oppgang</translation>
    </message>
    <message>
        <source>Bygning</source>
        <translation>Bygning</translation>
    </message>
    <message>
        <source>{adults} voksne</source>
        <translation>{adults} vaksne</translation>
    </message>
    <message>
        <source>Rullestol</source>
        <translation>Rullestol</translation>
    </message>
    <message>
        <source>Trinnfri</source>
        <translation>Trinnfri</translation>
    </message>
    <message>
        <source>Trapp</source>
        <translation>Trapp</translation>
    </message>
    <message>
        <source>{date} (forfalt, {days} d)</source>
        <translation>{date} (forfalle, {days} d)</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Sak</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Fristen for en beslutning om tiltak (leieforhold i risiko)</source>
        <translation>Fristen for ei avgjerd om tiltak (leigeforhold i risiko)</translation>
    </message>
    <message>
        <source>Lagt til for hånd, uten vedtak i filen</source>
        <translation>Lagt til for hand, utan vedtak i fila</translation>
    </message>
    <message>
        <source>Hva som ble lovet</source>
        <translation>Kva som vart lova</translation>
    </message>
    <message>
        <source>Vedtatt</source>
        <translation>Vedteke</translation>
    </message>
    <message>
        <source>Ikke avgjort</source>
        <translation>Ikkje avgjord</translation>
    </message>
    <message>
        <source>oppg. {stairwell}</source>
        <translation>oppg. {stairwell}</translation>
    </message>
    <message>
        <source>Bolig {unit}</source>
        <translation>Bustad {unit}</translation>
    </message>
    <message>
        <source>Ingen notater</source>
        <translation>Ingen notat</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>Vedtaksmyndighet</source>
        <translation>Vedtaksmynde</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Nei (rådgivende)</source>
        <translation>Nei (rådgjevande)</translation>
    </message>
    <message>
        <source>Oppmøte</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Til stades</translation>
    </message>
    <message>
        <source>Forfall</source>
        <translation>Forfall</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>{count} forbigått – {first}</source>
        <translation>{count} forbigått – {first}</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>låst</source>
        <translation>låst</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Streng køorden</source>
        <translation>Streng kørekkjefølgje</translation>
    </message>
    <message>
        <source>Nr. i køen</source>
        <translation>Nr. i køen</translation>
    </message>
    <message>
        <source>Planen</source>
        <translation>Planen</translation>
    </message>
    <message>
        <source>Prioritert</source>
        <translation>Prioritert</translation>
    </message>
    <message>
        <source>Ikke prioritert</source>
        <translation>Ikkje prioritert</translation>
    </message>
    <message>
        <source>Kvalifisert {date}</source>
        <translation>Kvalifisert {date}</translation>
    </message>
    <message>
        <source>Soverom</source>
        <translation>Soverom</translation>
    </message>
    <message>
        <source>Tilgjengelighet som trengs</source>
        <translation>Tilgjenge som trengst</translation>
    </message>
    <message>
        <source>{date} (utløpt)</source>
        <translation>{date} (gått ut)</translation>
    </message>
    <message>
        <source>Utløper</source>
        <translation>Går ut</translation>
    </message>
    <message>
        <source>Bodd der</source>
        <translation>Budd der</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Hendelser
12 mnd</source>
        <translation>Hendingar
12 mnd</translation>
    </message>
    <message>
        <source>{stairwell} i oppgangen, {building} i bygningen</source>
        <translation>{stairwell} i oppgangen, {building} i bygningen</translation>
    </message>
    <message>
        <source>Forslag</source>
        <translation>Framlegg</translation>
    </message>
    <message>
        <source>{years} år</source>
        <translation>{years} år</translation>
    </message>
    <message>
        <source>I møtet</source>
        <translation>I møtet</translation>
    </message>
    <message>
        <source>Sak {number}: på sakslisten</source>
        <translation>Sak {number}: på sakslista</translation>
    </message>
    <message>
        <source>Sak {number}: {outcome}</source>
        <translation>Sak {number}: {outcome}</translation>
    </message>
    <message>
        <source>Oppg.</source>
        <translation>Oppg.</translation>
    </message>
    <message>
        <source>Etg.</source>
        <translation>Etg.</translation>
    </message>
    <message>
        <source>Månedlig leie (gjengs leie)</source>
        <translation>Månadleg leige (gjengs leige)</translation>
    </message>
    <message>
        <source>Bolignr.</source>
        <translation>Bustadnr.</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Feil passord (eller filen er ikke en Boligmøte-database). Prøv igjen.</source>
        <translation>Feil passord (eller fila er ikkje ein Boligmøte-database). Prøv igjen.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne filen</source>
        <translation>Kunne ikkje opne fila</translation>
    </message>
    <message>
        <source>Ikke en Boligmøte-fil</source>
        <translation>Ikkje ei Boligmøte-fil</translation>
    </message>
    <message>
        <source>«{file}» er ikke en Boligmøte-fil og kan ikke åpnes.</source>
        <translation>«{file}» er ikkje ei Boligmøte-fil og kan ikkje opnast.</translation>
    </message>
    <message>
        <source>Filen er i bruk</source>
        <translation>Fila er i bruk</translation>
    </message>
    <message>
        <source>Filen er skrivebeskyttet</source>
        <translation>Fila er skriveverna</translation>
    </message>
    <message>
        <source>Skrivebeskyttet kan du se alt, men ikke føre vedtak eller endre noe.</source>
        <translation>Når fila er skriveverna, kan du sjå alt, men ikkje føre vedtak eller endre noko.</translation>
    </message>
    <message>
        <source>Åpne &amp;skrivebeskyttet</source>
        <translation>Opne &amp;skriveverna</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Merk</source>
        <translation>Merk</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Deltakere</source>
        <translation>Deltakarar</translation>
    </message>
    <message>
        <source>Møtets deltakere</source>
        <translation>Deltakarane i møtet</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Deltakerens navn</source>
        <translation>Namnet på deltakaren</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organisasjon</translation>
    </message>
    <message>
        <source>&amp;Vedtaksmyndighet</source>
        <translation>&amp;Vedtaksmynde</translation>
    </message>
    <message>
        <source>Meldt f&amp;orfall</source>
        <translation>Meldt f&amp;orfall</translation>
    </message>
    <message>
        <source>Deltakeren har meldt forfall</source>
        <translation>Deltakaren har meldt forfall</translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>&amp;Fjern valgt</source>
        <translation>&amp;Fjern den valde</translation>
    </message>
    <message>
        <source>&amp;Til stede / forfall</source>
        <translation>&amp;Til stades / forfall</translation>
    </message>
    <message>
        <source>Veksle oppmøtet for den valgte deltakeren</source>
        <translation>Byt oppmøtet for den valde deltakaren</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; er ikke en vanlig databasefil. Er den kryptert, skriver du passordet her.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; er ikkje ei vanleg databasefil. Er ho kryptert, skriv du passordet her.</translation>
    </message>
    <message>
        <source>Er filen ikke en Boligmøte-database, hjelper ikke noe passord. Et glemt passord kan ikke gjenopprettes.</source>
        <translation>Er fila ikkje ein Boligmøte-database, hjelper ikkje noko passord. Eit gløymt passord kan ikkje gjenopprettast.</translation>
    </message>
    <message>
        <source>&amp;Åpne</source>
        <translation>&amp;Opne</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Kryptert database</source>
        <translation>Kryptert database</translation>
    </message>
    <message>
        <source>&amp;Passord:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>Passord for databasefilen</source>
        <translation>Passord for databasefila</translation>
    </message>
    <message>
        <source>&amp;Vis passordet</source>
        <translation>&amp;Vis passordet</translation>
    </message>
    <message>
        <source>color: #b00020; font-weight: bold;</source>
        <translation>color: #b00020; font-weight: bold;</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Feilmelding</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Lagre som PDF …</source>
        <translation>Lagre som PDF …</translation>
    </message>
    <message>
        <source>Signer protokollen …</source>
        <translation>Signer møteboka …</translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>Kunne ikke lagre</source>
        <translation>Kunne ikkje lagre</translation>
    </message>
    <message>
        <source>Kunne ikke lagre {file}: {reason}.</source>
        <translation>Kunne ikkje lagre {file}: {reason}.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Samspill: planen unngår kritiske varsler fra hele planen, men veier andre varsler fra samspill to plasseringer om gangen; tabellen teller dem på hele planen.</source>
        <translation>Samspel: planen unngår kritiske varsel frå heile planen, men veg andre varsel frå samspel to plasseringar om gongen; tabellen tel dei på heile planen.</translation>
    </message>
    <message>
        <source>Bygger modellen …</source>
        <translation>Byggjer modellen …</translation>
    </message>
    <message>
        <source>Avbryter … planen så langt beholdes.</source>
        <translation>Avbryt … planen så langt blir teken vare på.</translation>
    </message>
    <message>
        <source>Trinn {number} av {count}: {stage} ({seconds:.1f} s)</source>
        <translation>Steg {number} av {count}: {stage} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <source>Høyt rangert, uten &amp;bolig ({count})</source>
        <translation>Høgt rangert, utan &amp;bustad ({count})</translation>
    </message>
    <message>
        <source>{count} plasseringer, {vacant} boliger uten plassering. Status: {status}. Laget med {version}; {seconds:.1f} s.</source>
        <translation>{count} plasseringar, {vacant} bustader utan plassering. Status: {status}. Laga med {version}; {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Låst: {locks}. Utelukket: {forbidden}.</source>
        <translation>Låst: {locks}. Utelukka: {forbidden}.</translation>
    </message>
    <message>
        <source>Vekting: {step}</source>
        <translation>Vekting: {step}</translation>
    </message>
    <message>
        <source>{case} i {unit} ({address}, oppgang {stairwell})</source>
        <translation>{case} i {unit} ({address}, oppgang {stairwell})</translation>
    </message>
    <message>
        <source>{case}, nr. {place} i køen, får ingen bolig i planen</source>
        <translation>{case}, nr. {place} i køen, får ingen bustad i planen</translation>
    </message>
    <message>
        <source>Legg på sakslisten</source>
        <translation>Legg på sakslista</translation>
    </message>
    <message>
        <source>Velg eller opprett et møte først.</source>
        <translation>Vel eller opprett eit møte først.</translation>
    </message>
    <message>
        <source>Legge {count} plasseringer på sakslisten som forslag? Hver sak avgjøres for seg i møtet.</source>
        <translation>Leggje {count} plasseringar på sakslista som framlegg? Kvar sak blir avgjord for seg i møtet.</translation>
    </message>
    <message>
        <source>{added} forslag lagt på sakslisten.</source>
        <translation>{added} framlegg er lagde på sakslista.</translation>
    </message>
    <message>
        <source>… og {more} til.</source>
        <translation>… og {more} til.</translation>
    </message>
    <message>
        <source>Planlegg fordeling</source>
        <translation>Planlegg fordeling</translation>
    </message>
    <message>
        <source>Planen er et råd til møtet, ikke et vedtak: hver plassering legges på sakslisten som et forslag og avgjøres for seg, med sin egen avveining.</source>
        <translation>Planen er eit råd til møtet, ikkje eit vedtak: kvar plassering blir lagd på sakslista som eit framlegg og avgjord for seg, med si eiga avveging.</translation>
    </message>
    <message>
        <source>K&amp;øen først</source>
        <translation>K&amp;øen først</translation>
    </message>
    <message>
        <source>Vekting mellom køen først og færrest varsler</source>
        <translation>Vekting mellom køen først og færrast varsel</translation>
    </message>
    <message>
        <source>færrest varsler</source>
        <translation>færrast varsel</translation>
    </message>
    <message>
        <source>Tillat &amp;kritiske varsler</source>
        <translation>Tillat &amp;kritiske varsel</translation>
    </message>
    <message>
        <source>&amp;Planlegg</source>
        <translation>&amp;Planlegg</translation>
    </message>
    <message>
        <source>Framdrift for planleggingen</source>
        <translation>Framdrift for planlegginga</translation>
    </message>
    <message>
        <source>&amp;Avbryt planleggingen</source>
        <translation>&amp;Avbryt planlegginga</translation>
    </message>
    <message>
        <source>Plasse&amp;ringer</source>
        <translation>Plasse&amp;ringar</translation>
    </message>
    <message>
        <source>Plasseringene i planen</source>
        <translation>Plasseringane i planen</translation>
    </message>
    <message>
        <source>Høyt rangert, uten &amp;bolig</source>
        <translation>Høgt rangert, utan &amp;bustad</translation>
    </message>
    <message>
        <source>Høyt rangerte søkere som planen ikke gir bolig</source>
        <translation>Søkjarar med høg rangering som planen ikkje gir bustad</translation>
    </message>
    <message>
        <source>Sammenlignet med streng køorden</source>
        <translation>Samanlikna med streng kørekkjefølgje</translation>
    </message>
    <message>
        <source>Planen sammenlignet med streng køorden</source>
        <translation>Planen samanlikna med streng kørekkjefølgje</translation>
    </message>
    <message>
        <source>&amp;Hvorfor</source>
        <translation>K&amp;vifor</translation>
    </message>
    <message>
        <source>Hvorfor – den valgte plasseringen eller søkeren</source>
        <translation>Kvifor – den valde plasseringa eller søkjaren</translation>
    </message>
    <message>
        <source>&amp;Lås plasseringen</source>
        <translation>&amp;Lås plasseringa</translation>
    </message>
    <message>
        <source>&amp;Utelukk paret</source>
        <translation>&amp;Utelukk paret</translation>
    </message>
    <message>
        <source>&amp;Fjern låser og utelukkelser</source>
        <translation>&amp;Fjern låsingar og utelukkingar</translation>
    </message>
    <message>
        <source>Legg på sakslist&amp;en</source>
        <translation>Le&amp;gg på sakslista</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>færre enn {n}</source>
        <translation>færre enn {n}</translation>
    </message>
    <message>
        <source>Rådgiver til stede: små antall vises som «færre enn {n}»</source>
        <translation>Rådgjevar til stades: små tal blir viste som «færre enn {n}»</translation>
    </message>
    <message>
        <source>Møtet pågår med deltakere uten vedtaksmyndighet til stede{who}. Antall andre husstander under {n} vises som «færre enn {n}» i sammensetningen, varslene og forslaget, slik protokollen skriver dem; 0 og totaler vises som de er. Når møtet avsluttes, vises nøyaktige antall igjen.</source>
        <translation>Møtet er i gang med deltakarar utan vedtaksmynde til stades{who}. Tal på andre hushald under {n} blir viste som «færre enn {n}» i samansetjinga, varsla og framlegget, slik møteboka skriv dei; 0 og totalar blir viste som dei er. Når møtet er avslutta, blir nøyaktige tal viste igjen.</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <source>Kilde:</source>
        <translation>Kjelde:</translation>
    </message>
    <message>
        <source>{address}, oppgang {stairwell} ({district}), bolig {unit}</source>
        <translation>{address}, oppgang {stairwell} ({district}), bustad {unit}</translation>
    </message>
    <message>
        <source>Absolutte krav som ikke er oppfylt:</source>
        <translation>Absolutte krav som ikkje er oppfylte:</translation>
    </message>
    <message>
        <source>Det gir søkeren</source>
        <translation>Det gir søkjaren</translation>
    </message>
    <message>
        <source>Det koster oppgangen</source>
        <translation>Det kostar oppgangen</translation>
    </message>
    <message>
        <source>Risikovarsler</source>
        <translation>Risikovarsel</translation>
    </message>
    <message>
        <source>Ingen andre varsler enn de kritiske øverst.</source>
        <translation>Ingen andre varsel enn dei kritiske øvst.</translation>
    </message>
    <message>
        <source>Ingen risikovarsler for dette paret.</source>
        <translation>Ingen risikovarsel for dette paret.</translation>
    </message>
    <message>
        <source>Varslene er råd med begrunnelse, aldri et automatisk avslag. Bare antall vises for andre beboere.</source>
        <translation>Varsla er råd med grunngjeving, aldri eit automatisk avslag. Berre tal blir viste for andre bebuarar.</translation>
    </message>
</context>
<context>
    <name>RenewalDecisionDialog</name>
    <message>
        <source>&lt;b&gt;Sak {number}: {case_no} – {tenant}&lt;/b&gt;&lt;br&gt;{address} (bolig {unit}) · {household} · leieavtalen utløper {ends}</source>
        <translation>&lt;b&gt;Sak {number}: {case_no} – {tenant}&lt;/b&gt;&lt;br&gt;{address} (bustad {unit}) · {household} · leigeavtalen går ut {ends}</translation>
    </message>
    <message>
        <source>– velg –</source>
        <translation>– vel –</translation>
    </message>
    <message>
        <source>Leietakeren uttalte seg</source>
        <translation>Leigetakaren uttalte seg</translation>
    </message>
    <message>
        <source>Ingen uttalelse innen fristen</source>
        <translation>Inga fråsegn innan fristen</translation>
    </message>
    <message>
        <source>&amp;Lagre vedtaket</source>
        <translation>&amp;Lagre vedtaket</translation>
    </message>
    <message>
        <source>Yngste barns fødselsdato</source>
        <translation>Fødselsdatoen til det yngste barnet</translation>
    </message>
    <message>
        <source>Datoen leietakeren ble informert</source>
        <translation>Datoen då leigetakaren vart informert</translation>
    </message>
    <message>
        <source>Fraflyttingsfristen</source>
        <translation>Fristen for utflytting</translation>
    </message>
    <message>
        <source>Datoen oppfordringen sendes</source>
        <translation>Datoen oppmodinga blir send</translation>
    </message>
    <message>
        <source>Datoen forhåndsvarselet ble sendt</source>
        <translation>Datoen førehandsvarselet vart sendt</translation>
    </message>
    <message>
        <source>{start}–{end}. Forslag: {reason}</source>
        <translation>{start}–{end}. Framlegg: {reason}</translation>
    </message>
    <message>
        <source>Ingen ny leieavtale. Brevet er oppfordringen til å flytte; sendt på datoen under varsler det utkastelse uten dom (tvangsfullbyrdelsesloven § 13-2).</source>
        <translation>Ingen ny leigeavtale. Brevet er oppmodinga om å flytte; sendt på datoen under varslar det utkasting utan dom (tvangsfullbyrdingslova § 13-2).</translation>
    </message>
    <message>
        <source>Ingen ny leieavtale. Brevet er oppfordringen til å flytte; sendt på datoen under varsler det ikke utkastelse uten dom: da må det sendes 1–3 måneder før leieavtalen løper ut (tvangsfullbyrdelsesloven § 13-2).</source>
        <translation>Ingen ny leigeavtale. Brevet er oppmodinga om å flytte; sendt på datoen under varslar det ikkje utkasting utan dom: då må det sendast 1–3 månader før leigeavtalen går ut (tvangsfullbyrdingslova § 13-2).</translation>
    </message>
    <message>
        <source>Ingen ny leieavtale.</source>
        <translation>Ingen ny leigeavtale.</translation>
    </message>
    <message>
        <source>Vedtaket ble ikke lagret</source>
        <translation>Vedtaket vart ikkje lagra</translation>
    </message>
    <message>
        <source>{label}: skriv datoen som dd.mm.åååå.</source>
        <translation>{label}: skriv datoen som dd.mm.åååå.</translation>
    </message>
    <message>
        <source>Vedtak om fornyelse</source>
        <translation>Vedtak om fornying</translation>
    </message>
    <message>
        <source>&amp;Utfall:</source>
        <translation>&amp;Utfall:</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Lei&amp;etid (år):</source>
        <translation>Leig&amp;etid (år):</translation>
    </message>
    <message>
        <source>Leietid i år</source>
        <translation>Leigetid i år</translation>
    </message>
    <message>
        <source>&amp;Yngste barn født:</source>
        <translation>&amp;Yngste barnet fødd:</translation>
    </message>
    <message>
        <source>dd.mm.åååå (valgfritt)</source>
        <translation>dd.mm.åååå (valfritt)</translation>
    </message>
    <message>
        <source>Barnets alder den dagen leieavtalen starter avgjør om det er 0–14 år; ved vedtak om ikke å fornye eller om bytte avgjør alderen på møtedagen om det er under 18 år</source>
        <translation>Alderen til barnet den dagen leigeavtalen tek til, avgjer om det er 0–14 år; ved vedtak om ikkje å fornye eller om byte avgjer alderen på møtedagen om det er under 18 år</translation>
    </message>
    <message>
        <source>&amp;Grunnlag (§ 11-1):</source>
        <translation>&amp;Heimel (§ 11-1):</translation>
    </message>
    <message>
        <source>Bare ved kortere leietid enn minstetiden</source>
        <translation>Berre ved kortare leigetid enn minstetida</translation>
    </message>
    <message>
        <source>Hvorfor husleieloven § 11-1 gjelder: boligen er øremerket for vanskeligstilte på boligmarkedet</source>
        <translation>Kvifor husleigelova § 11-1 gjeld: bustaden er øyremerkt for vanskelegstilte på bustadmarknaden</translation>
    </message>
    <message>
        <source>Grunnlag etter husleieloven § 11-1</source>
        <translation>Grunnlag etter husleigelova § 11-1</translation>
    </message>
    <message>
        <source>Leietaker &amp;informert:</source>
        <translation>Leigetakar &amp;informert:</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.åååå</translation>
    </message>
    <message>
        <source>Dagen leietakeren fikk skriftlig beskjed om kort leietid, før møtet og før avtalen starter</source>
        <translation>Dagen leigetakaren fekk skriftleg melding om kort leigetid, før møtet og før avtalen tek til</translation>
    </message>
    <message>
        <source>Dato leietakeren fikk skriftlig beskjed om kort leietid</source>
        <translation>Dato då leigetakaren fekk skriftleg melding om kort leigetid</translation>
    </message>
    <message>
        <source>&amp;Fraflyttingsfrist:</source>
        <translation>&amp;Frist for utflytting:</translation>
    </message>
    <message>
        <source>dd.mm.åååå (standard: avtalens slutt)</source>
        <translation>dd.mm.åååå (standard: slutten av avtalen)</translation>
    </message>
    <message>
        <source>Tom: dagen leieavtalen løper ut, eller en dag etter møtet når den alt har løpt ut</source>
        <translation>Tom: dagen leigeavtalen går ut, eller ein dag etter møtet når han alt har gått ut</translation>
    </message>
    <message>
        <source>Fraflyttingsfrist</source>
        <translation>Frist for utflytting</translation>
    </message>
    <message>
        <source>&amp;Oppfordring sendes:</source>
        <translation>&amp;Oppmoding blir send:</translation>
    </message>
    <message>
        <source>Dagen brevet med oppfordringen til å flytte sendes (husleieloven § 9-2). Sendt 1–3 måneder før leieavtalen løper ut, kan brevet varsle utkastelse uten dom (tvangsfullbyrdelsesloven § 13-2).</source>
        <translation>Dagen brevet med oppmodinga om å flytte blir sendt (husleigelova § 9-2). Sendt 1–3 månader før leigeavtalen går ut, kan brevet varsle utkasting utan dom (tvangsfullbyrdingslova § 13-2).</translation>
    </message>
    <message>
        <source>Dato oppfordringen til å flytte sendes</source>
        <translation>Dato oppmodinga om å flytte blir send</translation>
    </message>
    <message>
        <source>Forhåndsvarsel sen&amp;dt:</source>
        <translation>Førehandsvarsel sen&amp;dt:</translation>
    </message>
    <message>
        <source>Dagen leietakeren fikk forhåndsvarsel om at leieavtalen kanskje ikke fornyes, med frist til å uttale seg (forvaltningsloven § 16)</source>
        <translation>Dagen leigetakaren fekk førehandsvarsel om at leigeavtalen kanskje ikkje blir fornya, med frist til å uttale seg (forvaltningslova § 16)</translation>
    </message>
    <message>
        <source>Dato forhåndsvarselet ble sendt</source>
        <translation>Dato førehandsvarselet vart sendt</translation>
    </message>
    <message>
        <source>Utt&amp;alelse:</source>
        <translation>Fråse&amp;gn:</translation>
    </message>
    <message>
        <source>Om leietakeren uttalte seg</source>
        <translation>Om leigetakaren uttalte seg</translation>
    </message>
    <message>
        <source>Varsel unnlatt fo&amp;rdi:</source>
        <translation>Varsel unnlate fo&amp;rdi:</translation>
    </message>
    <message>
        <source>Bare når forhåndsvarsel kunne unnlates (§ 16 tredje ledd)</source>
        <translation>Berre når førehandsvarsel kunne unnlatast (§ 16 tredje ledd)</translation>
    </message>
    <message>
        <source>Forvaltningsloven § 16 tredje ledd: varsel ikke praktisk mulig, leietakeren kjente saken og hadde rimelig tid til å uttale seg, eller varsel åpenbart unødvendig</source>
        <translation>Forvaltningslova § 16 tredje ledd: varsel ikkje praktisk mogleg, leigetakaren kjende saka og hadde rimeleg tid til å uttale seg, eller varsel openbert unødvendig</translation>
    </message>
    <message>
        <source>Hvorfor forhåndsvarsel ble unnlatt</source>
        <translation>Kvifor førehandsvarsel vart unnlate</translation>
    </message>
    <message>
        <source>&amp;Saksnr. på ventelisten:</source>
        <translation>&amp;Saksnr. på ventelista:</translation>
    </message>
    <message>
        <source>Saksnummer for byttesøknaden</source>
        <translation>Saksnummer for byttesøknaden</translation>
    </message>
    <message>
        <source>&amp;Vilkår:</source>
        <translation>&amp;Vilkår:</translation>
    </message>
    <message>
        <source>Vilkår</source>
        <translation>Vilkår</translation>
    </message>
    <message>
        <source>Barnets beste (Grunnloven § 104) – &amp;hvordan vurdert:</source>
        <translation>Barnets beste (Grunnlova § 104) – &amp;korleis vurdert:</translation>
    </message>
    <message>
        <source>Husstanden har barn under 18 år: hvordan vedtaket rammer barna, hva som gjøres for dem, og hvorfor vedtaket likevel fattes</source>
        <translation>Hushaldet har barn under 18 år: korleis vedtaket råkar barna, kva som blir gjort for dei, og kvifor vedtaket likevel blir gjort</translation>
    </message>
    <message>
        <source>&amp;Begrunnelse til leietakeren (står i brevet):</source>
        <translation>Grunngjeving til leigetakaren (står i &amp;brevet):</translation>
    </message>
    <message>
        <source>Begrunnelse til leietakeren</source>
        <translation>Grunngjeving til leigetakaren</translation>
    </message>
    <message>
        <source>Barnets beste skal være et grunnleggende hensyn i saker som gjelder barn (Grunnloven § 104 andre ledd, barnekonvensjonen artikkel 3 nr. 1), og begrunnelsen skal nevne hovedhensynene (forvaltningsloven § 25 tredje ledd). Vurderingen står i brevet.</source>
        <translation>Barnets beste skal vere eit grunnleggjande omsyn i saker som gjeld barn (Grunnlova § 104 andre ledd, barnekonvensjonen artikkel 3 nr. 1), og grunngjevinga skal nemne hovudomsyna (forvaltningslova § 25 tredje ledd). Vurderinga står i brevet.</translation>
    </message>
    <message>
        <source>Vurderingen av barnets beste</source>
        <translation>Vurderinga av barnets beste</translation>
    </message>
    <message>
        <source>Hva leietakeren u&amp;ttalte, og hvordan det ble vurdert:</source>
        <translation>Kva leigetakaren u&amp;ttalte, og korleis det vart vurdert:</translation>
    </message>
    <message>
        <source>Hva leietakeren uttalte og hvordan det ble vurdert</source>
        <translation>Kva leigetakaren uttalte og korleis det vart vurdert</translation>
    </message>
    <message>
        <source>I&amp;nterne merknader (bare i protokollen):</source>
        <translation>I&amp;nterne merknader (berre i møteboka):</translation>
    </message>
    <message>
        <source>Interne merknader</source>
        <translation>Interne merknader</translation>
    </message>
    <message>
        <source>Hva som mangler før vedtaket kan lagres</source>
        <translation>Kva som manglar før vedtaket kan lagrast</translation>
    </message>
</context>
<context>
    <name>RenewalsDialog</name>
    <message>
        <source>{count} leieavtaler utløper innen {until}</source>
        <translation>{count} leigeavtalar går ut innan {until}</translation>
    </message>
    <message>
        <source>; {overdue} er allerede utløpt</source>
        <translation>; {overdue} har alt gått ut</translation>
    </message>
    <message>
        <source>Velg et møte i Møte-panelet for å sette fornyelser på sakslisten.</source>
        <translation>Vel eit møte i Møte-panelet for å setje fornyingar på sakslista.</translation>
    </message>
    <message>
        <source>Møte: {title} {date} ({status}); fornyelser på sakslisten: {count}</source>
        <translation>Møte: {title} {date} ({status}); fornyingar på sakslista: {count}</translation>
    </message>
    <message>
        <source>Velg en leieavtale for å se forslaget.</source>
        <translation>Vel ein leigeavtale for å sjå framlegget.</translation>
    </message>
    <message>
        <source>Ingen leieavtaler utløper i perioden.</source>
        <translation>Ingen leigeavtalar går ut i perioden.</translation>
    </message>
    <message>
        <source>Forslag: {reason}</source>
        <translation>Framlegg: {reason}</translation>
    </message>
    <message>
        <source>Restanse {amount} per {date}.</source>
        <translation>Restanse {amount} per {date}.</translation>
    </message>
    <message>
        <source>Samarbeidsplan mellom {parties}: {measures}</source>
        <translation>Samarbeidsplan mellom {parties}: {measures}</translation>
    </message>
    <message>
        <source>Ikke satt på sakslisten</source>
        <translation>Ikkje sett på sakslista</translation>
    </message>
    <message>
        <source>Angre vedtaket?</source>
        <translation>Angre vedtaket?</translation>
    </message>
    <message>
        <source>Angre vedtaket i fornyelsessak {case_no} ({outcome})? Det som vedtaket endret, settes tilbake.</source>
        <translation>Angre vedtaket i fornyingssak {case_no} ({outcome})? Det som vedtaket endra, blir sett tilbake.</translation>
    </message>
    <message>
        <source>Vedtaket ble ikke angret</source>
        <translation>Vedtaket vart ikkje angra</translation>
    </message>
    <message>
        <source>Brevet kan ikke lages</source>
        <translation>Brevet kan ikkje lagast</translation>
    </message>
    <message>
        <source>Vedtaksbrev, fornyelsessak {case_no}</source>
        <translation>Vedtaksbrev, fornyingssak {case_no}</translation>
    </message>
    <message>
        <source> (utkast: møtet er ikke signert)</source>
        <translation> (utkast: møtet er ikkje signert)</translation>
    </message>
    <message>
        <source>Fornyelser</source>
        <translation>Fornyingar</translation>
    </message>
    <message>
        <source>Leieavtaler som utløper innen (&amp;måneder):</source>
        <translation>Leigeavtalar som går ut innan (&amp;månader):</translation>
    </message>
    <message>
        <source>Antall måneder fram i tid</source>
        <translation>Tal på månader fram i tid</translation>
    </message>
    <message>
        <source>Leieavtaler som utløper</source>
        <translation>Leigeavtalar som går ut</translation>
    </message>
    <message>
        <source>Forslag for valgt leieavtale</source>
        <translation>Framlegg for den valde leigeavtalen</translation>
    </message>
    <message>
        <source>Sa&amp;ksnr.:</source>
        <translation>Sa&amp;ksnr.:</translation>
    </message>
    <message>
        <source>Saksnummer for fornyelsen</source>
        <translation>Saksnummer for fornyinga</translation>
    </message>
    <message>
        <source>&amp;Leietaker:</source>
        <translation>&amp;Leigetakar:</translation>
    </message>
    <message>
        <source>Leietakerens navn</source>
        <translation>Namnet på leigetakaren</translation>
    </message>
    <message>
        <source>Et vedtak om ikke å fornye sendes til leietakeren</source>
        <translation>Eit vedtak om ikkje å fornye blir sendt til leigetakaren</translation>
    </message>
    <message>
        <source>Sett på &amp;sakslisten</source>
        <translation>Set på &amp;sakslista</translation>
    </message>
    <message>
        <source>&amp;Fatt vedtak …</source>
        <translation>&amp;Gjer vedtak …</translation>
    </message>
    <message>
        <source>Vedtaks&amp;brev …</source>
        <translation>Vedtaks&amp;brev …</translation>
    </message>
    <message>
        <source>&amp;Angre vedtaket</source>
        <translation>&amp;Angre vedtaket</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{date} kl. {time}</source>
        <translation>{date} kl. {time}</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>Anledning</source>
        <translation>Høve</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Storleik</translation>
    </message>
    <message>
        <source>Velg kopien av &lt;b&gt;{file}&lt;/b&gt; du vil gå tilbake til. Endringer gjort etter at kopien ble tatt, forsvinner fra filen – men filen slik den er nå, lagres først som en egen sikkerhetskopi, så ingenting slettes.</source>
        <translation>Vel kopien av &lt;b&gt;{file}&lt;/b&gt; du vil gå tilbake til. Endringar som er gjorde etter at kopien vart teken, forsvinn frå fila – men fila slik ho er no, blir først lagra som ein eigen tryggingskopi, så ingenting blir sletta.</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopier av &lt;b&gt;{file}&lt;/b&gt; ennå. Boligmøte tar en kopi første gang filen åpnes hver dag.</source>
        <translation>Det finst ingen tryggingskopiar av &lt;b&gt;{file}&lt;/b&gt; enno. Boligmøte tek ein kopi første gong fila blir opna kvar dag.</translation>
    </message>
    <message>
        <source>Mappe: {folder}</source>
        <translation>Mappe: {folder}</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Gjenopprett</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Gjenopprette?</source>
        <translation>Gjenopprette?</translation>
    </message>
    <message>
        <source>{file} byttes ut med sikkerhetskopien fra {when} ({reason}).</source>
        <translation>{file} blir bytt ut med tryggingskopien frå {when} ({reason}).</translation>
    </message>
    <message>
        <source>Filen slik den er nå, lagres først som en egen sikkerhetskopi. Filen lukkes og åpnes igjen.</source>
        <translation>Fila slik ho er no, blir først lagra som ein eigen tryggingskopi. Fila blir lukka og opna igjen.</translation>
    </message>
    <message>
        <source>Ukryptert kopi</source>
        <translation>Ukryptert kopi</translation>
    </message>
    <message>
        <source>{file} er kryptert, men sikkerhetskopien fra {when} er ukryptert.</source>
        <translation>{file} er kryptert, men tryggingskopien frå {when} er ukryptert.</translation>
    </message>
    <message>
        <source>Gjenopprettet som den er, ville alle opplysningene ligget ukryptert på disken. Innholdet kan gjenopprettes kryptert med filens passord.</source>
        <translation>Gjenoppretta som han er, ville alle opplysningane lege ukrypterte på disken. Innhaldet kan gjenopprettast kryptert med passordet til fila.</translation>
    </message>
    <message>
        <source>Gjenopprett &amp;kryptert</source>
        <translation>Gjenopprett &amp;kryptert</translation>
    </message>
    <message>
        <source>Skrivebeskyttet</source>
        <translation>Skriveverna</translation>
    </message>
    <message>
        <source>Filen er åpnet skrivebeskyttet og kan ikke gjenopprettes herfra. Åpne den for endring først.</source>
        <translation>Fila er opna skriveverna og kan ikkje gjenopprettast herifrå. Opne ho for endring først.</translation>
    </message>
    <message>
        <source>Kunne ikke gjenopprette</source>
        <translation>Kunne ikkje gjenopprette</translation>
    </message>
    <message>
        <source>Filen er ikke byttet ut.</source>
        <translation>Fila er ikkje bytt ut.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne filen</source>
        <translation>Kunne ikkje opne fila</translation>
    </message>
    <message>
        <source>Gjenopprettet</source>
        <translation>Gjenoppretta</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Gjenopprett frå tryggingskopi</translation>
    </message>
    <message>
        <source>Sikkerhetskopier, nyeste først</source>
        <translation>Tryggingskopiar, nyaste først</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Regelinnstillingene er versjon {version} (standardverdiene).</source>
        <translation>Regelinnstillingane er versjon {version} (standardverdiane).</translation>
    </message>
    <message>
        <source>Regelinnstillingene er versjon {version}.</source>
        <translation>Regelinnstillingane er versjon {version}.</translation>
    </message>
    <message>
        <source>Hver lagring blir en ny versjon, og hvert vedtak viser hvilken versjon det ble vurdert etter.</source>
        <translation>Kvar lagring blir ein ny versjon, og kvart vedtak viser kva versjon det vart vurdert etter.</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Erfaringer (tildelinger for minst 12 måneder siden, {counted} med registrert utfall):</source>
        <translation>Røynsler (tildelingar for minst 12 månader sidan, {counted} med registrert utfall):</translation>
    </message>
    <message>
        <source>Erfaringer: ingen tildelinger med registrert utfall ennå.</source>
        <translation>Røynsler: ingen tildelingar med registrert utfall enno.</translation>
    </message>
    <message>
        <source>Forhåndsvalg for leietid</source>
        <translation>Førehandsval for leigetid</translation>
    </message>
    <message>
        <source>Egne verdier (feltene under)</source>
        <translation>Eigne verdiar (felta under)</translation>
    </message>
    <message>
        <source>Leietid:</source>
        <translation>Leigetid:</translation>
    </message>
    <message>
        <source>Kilde: {source}</source>
        <translation>Kjelde: {source}</translation>
    </message>
    <message>
        <source>Kommunens egne verdier.</source>
        <translation>Kommunen sine eigne verdiar.</translation>
    </message>
    <message>
        <source>Skriv en kort begrunnelse for endringen; den føres i revisjonsloggen.</source>
        <translation>Skriv ei kort grunngjeving for endringa; ho blir ført i revisjonsloggen.</translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation>Innstillingar</translation>
    </message>
    <message>
        <source>&amp;Risikovarsler</source>
        <translation>&amp;Risikovarsel</translation>
    </message>
    <message>
        <source>Reglene for risikovarsler</source>
        <translation>Reglane for risikovarsel</translation>
    </message>
    <message>
        <source>&amp;Møter og vedtak</source>
        <translation>&amp;Møte og vedtak</translation>
    </message>
    <message>
        <source>&amp;Generelt</source>
        <translation>&amp;Generelt</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Språk:</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Språket i vinduet endres ved neste oppstart. Protokoller og brev skrives på kommunens målform (under «Møter og vedtak»); årsstatistikken og «Erfaringer med varslene» er på bokmål.</source>
        <translation>Språket i vindauget blir endra ved neste oppstart. Møtebøker og brev blir skrivne på målforma til kommunen (under «Møte og vedtak»); årsstatistikken og «Erfaringer med varslene» er på bokmål.</translation>
    </message>
    <message>
        <source>Ditt &amp;navn:</source>
        <translation>Namnet &amp;ditt:</translation>
    </message>
    <message>
        <source>Ditt navn</source>
        <translation>Namnet ditt</translation>
    </message>
    <message>
        <source>Navnet ditt står i dokumentene: hvem som forberedte en sak («forberedt av …») og hvem som førte et tillegg til protokollen. Det lagres for deg på denne maskinen, ikke i databasen.</source>
        <translation>Namnet ditt står i dokumenta: kven som førebudde ei sak («førebudd av …») og kven som førte eit tillegg til møteboka. Det blir lagra for deg på denne maskina, ikkje i databasen.</translation>
    </message>
    <message>
        <source>&amp;Begrunnelse for endringen:</source>
        <translation>Gr&amp;unngjeving for endringa:</translation>
    </message>
    <message>
        <source>Begrunnelse for endringen</source>
        <translation>Grunngjeving for endringa</translation>
    </message>
    <message>
        <source>F.eks. vedtatt i tildelingsmøtet 07.12.2026</source>
        <translation>T.d. vedteke i tildelingsmøtet 07.12.2026</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Varselet er på</source>
        <translation>Varselet er på</translation>
    </message>
    <message>
        <source>Alvorlighet</source>
        <translation>Alvorsgrad</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Kort navn (merket)</source>
        <translation>Kort namn (merket)</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Kjelde</translation>
    </message>
    <message>
        <source>Minst antall husstander</source>
        <translation>Minste tal på hushald</translation>
    </message>
    <message>
        <source>Regn med alvorlig psykisk lidelse uten behandling</source>
        <translation>Rekn med alvorleg psykisk liding utan behandling</translation>
    </message>
    <message>
        <source>Barn er under (år)</source>
        <translation>Barn er under (år)</translation>
    </message>
    <message>
        <source>Grense i oppgangen</source>
        <translation>Grense i oppgangen</translation>
    </message>
    <message>
        <source>Grense i bygningen</source>
        <translation>Grense i bygningen</translation>
    </message>
    <message>
        <source>Husstander i aktiv rus i oppgangen</source>
        <translation>Hushald i aktiv rus i oppgangen</translation>
    </message>
    <message>
        <source>Hendelser med innbrudd, besøkstrafikk, sprøyter eller hærverk</source>
        <translation>Hendingar med innbrot, besøkstrafikk, sprøyter eller hærverk</translation>
    </message>
    <message>
        <source>Periode (måneder)</source>
        <translation>Periode (månader)</translation>
    </message>
    <message>
        <source>Husstander med tunge behov i oppgangen (etter tildeling)</source>
        <translation>Hushald med tunge behov i oppgangen (etter tildeling)</translation>
    </message>
    <message>
        <source>Andel med tunge behov i bygningen</source>
        <translation>Del med tunge behov i bygningen</translation>
    </message>
    <message>
        <source>Gjelder bygninger med minst (husstander)</source>
        <translation>Gjeld bygningar med minst (hushald)</translation>
    </message>
    <message>
        <source>Andel av oppgangen</source>
        <translation>Del av oppgangen</translation>
    </message>
    <message>
        <source>Behovskategorier</source>
        <translation>Behovskategoriar</translation>
    </message>
    <message>
        <source>Småbarn er under (år)</source>
        <translation>Småbarn er under (år)</translation>
    </message>
    <message>
        <source>Andel eldre</source>
        <translation>Del eldre</translation>
    </message>
    <message>
        <source>Én person i bolig med minst (rom)</source>
        <translation>Éin person i bustad med minst (rom)</translation>
    </message>
    <message>
        <source>Skolealder fra (år)</source>
        <translation>Skulealder frå (år)</translation>
    </message>
    <message>
        <source>Skolealder under (år)</source>
        <translation>Skulealder under (år)</translation>
    </message>
    <message>
        <source>Demper disse reglene</source>
        <translation>Dempar desse reglane</translation>
    </message>
    <message>
        <source>Husstander i bygningens andre oppganger</source>
        <translation>Hushald i dei andre oppgangane i bygningen</translation>
    </message>
    <message>
        <source>Alvorlighet når det bare gjelder andre oppganger</source>
        <translation>Alvorsgrad når det berre gjeld andre oppgangar</translation>
    </message>
    <message>
        <source>Rusrelaterte hendelser i oppgangen</source>
        <translation>Rusrelaterte hendingar i oppgangen</translation>
    </message>
    <message>
        <source>Periode for rusrelaterte hendelser (måneder)</source>
        <translation>Periode for rusrelaterte hendingar (månader)</translation>
    </message>
    <message>
        <source>Rusrelaterte hendelsestyper</source>
        <translation>Typar rusrelaterte hendingar</translation>
    </message>
    <message>
        <source>Husstandstyper</source>
        <translation>Hushaldstypar</translation>
    </message>
    <message>
        <source>Rangeres bak når ubrukte soverom er minst</source>
        <translation>Blir rangert bak når ubrukte soverom er minst</translation>
    </message>
    <message>
        <source>Eldre uten heis fra etasje</source>
        <translation>Eldre utan heis frå etasje</translation>
    </message>
    <message>
        <source>Alvorlighet for eldre uten registrert behov</source>
        <translation>Alvorsgrad for eldre utan registrert behov</translation>
    </message>
    <message>
        <source>Leietype</source>
        <translation>Leigetype</translation>
    </message>
    <message>
        <source>Minste varighet (år)</source>
        <translation>Minste varigheit (år)</translation>
    </message>
    <message>
        <source>Vis fornyelser (måneder før utløp)</source>
        <translation>Vis fornyingar (månader før dei går ut)</translation>
    </message>
    <message>
        <source>Varighet ved fornyelse (år)</source>
        <translation>Varigheit ved fornying (år)</translation>
    </message>
    <message>
        <source>Varighet første gang (år)</source>
        <translation>Varigheit første gong (år)</translation>
    </message>
    <message>
        <source>Varighet ved stabil situasjon (år)</source>
        <translation>Varigheit ved stabil situasjon (år)</translation>
    </message>
    <message>
        <source>Egen varighet for barn 0–14 år</source>
        <translation>Eiga varigheit for barn 0–14 år</translation>
    </message>
    <message>
        <source>Varighet for barnefamilier (år)</source>
        <translation>Varigheit for barnefamiliar (år)</translation>
    </message>
    <message>
        <source>Yngste barn under (år)</source>
        <translation>Yngste barnet under (år)</translation>
    </message>
    <message>
        <source>Innflyttingsfrist (dager etter vedtak)</source>
        <translation>Frist for innflytting (dagar etter vedtak)</translation>
    </message>
    <message>
        <source>Klagefrist (uker)</source>
        <translation>Klagefrist (veker)</translation>
    </message>
    <message>
        <source>Klageinstans</source>
        <translation>Klageinstans</translation>
    </message>
    <message>
        <source>Klagen sendes til</source>
        <translation>Klagen blir send til</translation>
    </message>
    <message>
        <source>Avsender</source>
        <translation>Avsendar</translation>
    </message>
    <message>
        <source>Merking</source>
        <translation>Merking</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Vedtak</translation>
    </message>
    <message>
        <source>Klage</source>
        <translation>Klage</translation>
    </message>
    <message>
        <source>Innsyn</source>
        <translation>Innsyn</translation>
    </message>
    <message>
        <source>Leieavtale</source>
        <translation>Leigeavtale</translation>
    </message>
    <message>
        <source>Utsatt iverksetting</source>
        <translation>Utsett iverksetjing</translation>
    </message>
    <message>
        <source>Foreløpig svar</source>
        <translation>Førebels svar</translation>
    </message>
    <message>
        <source>Habilitet</source>
        <translation>Habilitet</translation>
    </message>
    <message>
        <source>Kontorets navn</source>
        <translation>Namnet på kontoret</translation>
    </message>
    <message>
        <source>Postadresse</source>
        <translation>Postadresse</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Poststed</source>
        <translation>Poststad</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Kontaktperson når saken ikke har noen</source>
        <translation>Kontaktperson når saka ikkje har nokon</translation>
    </message>
    <message>
        <source>Lokal forskrift eller retningslinjer</source>
        <translation>Lokal forskrift eller retningslinjer</translation>
    </message>
    <message>
        <source>Paragraf for tildeling</source>
        <translation>Paragraf for tildeling</translation>
    </message>
    <message>
        <source>Paragraf for avslag</source>
        <translation>Paragraf for avslag</translation>
    </message>
    <message>
        <source>Paragraf for ikke fornyet leieavtale</source>
        <translation>Paragraf for leigeavtale som ikkje blir fornya</translation>
    </message>
    <message>
        <source>Lov</source>
        <translation>Lov</translation>
    </message>
    <message>
        <source>Frist for å svare på tilbudet (dager)</source>
        <translation>Frist for å svare på tilbodet (dagar)</translation>
    </message>
    <message>
        <source>Hva det betyr å takke nei</source>
        <translation>Kva det tyder å takke nei</translation>
    </message>
    <message>
        <source>Forventet tid til vedtak ved utsettelse (uker)</source>
        <translation>Venta tid til vedtak ved utsetjing (veker)</translation>
    </message>
    <message>
        <source>Vis antall naboer under dette som «færre enn»</source>
        <translation>Vis tal på naboar under dette som «færre enn»</translation>
    </message>
    <message>
        <source>Minst antall tegn i en begrunnelse</source>
        <translation>Minste tal på teikn i ei grunngjeving</translation>
    </message>
    <message>
        <source>Minst antall ord i en begrunnelse</source>
        <translation>Minste tal på ord i ei grunngjeving</translation>
    </message>
    <message>
        <source>Høyere rangerte søkere som nevnes (høyst)</source>
        <translation>Søkjarar med høgare rangering som blir nemnde (høgst)</translation>
    </message>
    <message>
        <source>Oppfølging (måneder etter innflytting, f.eks. 3, 6, 12)</source>
        <translation>Oppfølging (månader etter innflytting, t.d. 3, 6, 12)</translation>
    </message>
    <message>
        <source>Vis oppfølging som forfaller innen (dager)</source>
        <translation>Vis oppfølging som forfell innan (dagar)</translation>
    </message>
    <message>
        <source>Restanse som gir risiko (kr, fra og med)</source>
        <translation>Restanse som gir risiko (kr, frå og med)</translation>
    </message>
    <message>
        <source>Varsler teller i (måneder)</source>
        <translation>Varsel tel i (månader)</translation>
    </message>
    <message>
        <source>Målform i protokoller og brev</source>
        <translation>Målform i møtebøker og brev</translation>
    </message>
    <message>
        <source>Leiekontrakt</source>
        <translation>Leigekontrakt</translation>
    </message>
    <message>
        <source>Fornyelse av leieavtaler</source>
        <translation>Fornying av leigeavtalar</translation>
    </message>
    <message>
        <source>Innflytting</source>
        <translation>Innflytting</translation>
    </message>
    <message>
        <source>Klageadgang</source>
        <translation>Klagerett</translation>
    </message>
    <message>
        <source>Vedtaksbrev</source>
        <translation>Vedtaksbrev</translation>
    </message>
    <message>
        <source>Kommunens målform</source>
        <translation>Målforma til kommunen</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Møtebok</translation>
    </message>
    <message>
        <source>Lovhenvisninger</source>
        <translation>Lovtilvisingar</translation>
    </message>
    <message>
        <source>Boligkontoret (i brevene)</source>
        <translation>Bustadkontoret (i breva)</translation>
    </message>
    <message>
        <source>Hjemmel for vedtakene</source>
        <translation>Heimel for vedtaka</translation>
    </message>
    <message>
        <source>Tilbud om bolig</source>
        <translation>Tilbod om bustad</translation>
    </message>
    <message>
        <source>Utsatt sak</source>
        <translation>Utsett sak</translation>
    </message>
    <message>
        <source>Personvern for naboer</source>
        <translation>Personvern for naboar</translation>
    </message>
    <message>
        <source>Krav til protokollen</source>
        <translation>Krav til møteboka</translation>
    </message>
    <message>
        <source>Oppfølging etter innflytting</source>
        <translation>Oppfølging etter innflytting</translation>
    </message>
    <message>
        <source>Leieforhold i risiko</source>
        <translation>Leigeforhold i risiko</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
    <message>
        <source>Skrives ut som: {source}</source>
        <translation>Blir skrive ut som: {source}</translation>
    </message>
</context>
<context>
    <name>SignersDialog</name>
    <message>
        <source>Protokollen for &lt;b&gt;{title} {date}&lt;/b&gt; signeres av møteleder og referent, valgt blant dem som var til stede.</source>
        <translation>Møteboka for &lt;b&gt;{title} {date}&lt;/b&gt; blir signert av møteleiaren og referenten, valde blant dei som var til stades.</translation>
    </message>
    <message>
        <source>&amp;Signer protokollen</source>
        <translation>&amp;Signer møteboka</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>Signerer: {names}</source>
        <translation>Signerer: {names}</translation>
    </message>
    <message>
        <source>navn eller initialer</source>
        <translation>namn eller initialar</translation>
    </message>
    <message>
        <source>Bekreftelse fra {name}, {role}</source>
        <translation>Stadfesting frå {name}, {role}</translation>
    </message>
    <message>
        <source>Venter på bekreftelse fra {names}. Etter signering kan møtet og vedtakene ikke endres; rettelser føres som daterte tillegg.</source>
        <translation>Ventar på stadfesting frå {names}. Etter signeringa kan møtet og vedtaka ikkje endrast; rettingar blir førte som daterte tillegg.</translation>
    </message>
    <message>
        <source>Etter signering kan møtet og vedtakene ikke endres; rettelser føres som daterte tillegg.</source>
        <translation>Etter signeringa kan møtet og vedtaka ikkje endrast; rettingar blir førte som daterte tillegg.</translation>
    </message>
    <message>
        <source>Signer protokollen</source>
        <translation>Signer møteboka</translation>
    </message>
    <message>
        <source>&amp;Møteleder:</source>
        <translation>&amp;Møteleiar:</translation>
    </message>
    <message>
        <source>Møteleder som signerer</source>
        <translation>Møteleiar som signerer</translation>
    </message>
    <message>
        <source>&amp;Referent:</source>
        <translation>&amp;Referent:</translation>
    </message>
    <message>
        <source>Referent som signerer</source>
        <translation>Referent som signerer</translation>
    </message>
    <message>
        <source>Hver som signerer, bekrefter selv at protokollen er lest og godkjent: skriv ditt eget navn eller initialene dine i feltet ditt.</source>
        <translation>Kvar som signerer, stadfester sjølv at møteboka er lesen og godkjend: skriv ditt eige namn eller initialane dine i feltet ditt.</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Ditt navn</source>
        <translation>Namnet ditt</translation>
    </message>
    <message>
        <source>Dokumentene Boligmøte lager, sier hvem som forberedte en sak og hvem som førte et tillegg. Skriv navnet ditt slik det skal stå der. Det lagres for deg på denne maskinen og kan endres under Innstillinger → Generelt.</source>
        <translation>Dokumenta som Boligmøte lagar, seier kven som førebudde ei sak og kven som førte eit tillegg. Skriv namnet ditt slik det skal stå der. Det blir lagra for deg på denne maskina og kan endrast under Innstillingar → Generelt.</translation>
    </message>
    <message>
        <source>Ditt &amp;navn:</source>
        <translation>Namnet &amp;ditt:</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Avbryt</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Dine data lagres på denne maskinen, i &lt;b&gt;{folder}&lt;/b&gt;, lesbare bare for deg. Ingenting sendes over nettverket. Hjelp → Brukerveiledning (F1) forklarer et møte fra saksliste til signert protokoll.</source>
        <translation>Dataa dine blir lagra på denne maskina, i &lt;b&gt;{folder}&lt;/b&gt;, lesbare berre for deg. Ingenting blir sendt over nettverket. Hjelp → Brukarrettleiing (F1) forklarer eit møte frå saksliste til signert møtebok.</translation>
    </message>
    <message>
        <source>Velkommen til Boligmøte</source>
        <translation>Velkomen til Boligmøte</translation>
    </message>
    <message>
        <source>Boligmøtes ikon</source>
        <translation>Ikonet til Boligmøte</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:17pt; font-weight:bold&quot;&gt;Velkommen til Boligmøte&lt;/span&gt;&lt;br&gt;Beslutningsstøtte for tildelingsmøter i kommunale boliger</source>
        <translation>&lt;span style=&quot;font-size:17pt; font-weight:bold&quot;&gt;Velkomen til Boligmøte&lt;/span&gt;&lt;br&gt;Avgjerdsstøtte for tildelingsmøte i kommunale bustader</translation>
    </message>
    <message>
        <source>&lt;ul style=&quot;margin-left:-20px&quot;&gt;
&lt;li&gt;Ett vindu viser søkerne på ventelisten, de ledige boligene og hvem som allerede bor i oppgangen og bygningen.&lt;/li&gt;
&lt;li&gt;Programmet varsler om sammensetninger som forskningen advarer mot, med forklaring og kilde – som råd, aldri som automatisk avslag.&lt;/li&gt;
&lt;li&gt;Møtet fører vedtak, begrunnelser og avveininger i én lokal fil uten nettverk, og skriver ut protokollen som signeres.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;ul style=&quot;margin-left:-20px&quot;&gt;
&lt;li&gt;Eitt vindauge viser søkjarane på ventelista, dei ledige bustadene og kven som alt bur i oppgangen og bygningen.&lt;/li&gt;
&lt;li&gt;Programmet varslar om samansetjingar som forskinga åtvarar mot, med forklaring og kjelde – som råd, aldri som automatisk avslag.&lt;/li&gt;
&lt;li&gt;Møtet fører vedtak, grunngjevingar og avvegingar i éi lokal fil utan nettverk, og skriv ut møteboka som blir signert.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Åpne &amp;demokommune</source>
        <translation>Opne &amp;demokommune</translation>
    </message>
    <message>
        <source>Prøv programmet på Eksempelvik, en oppdiktet kommune med et signert og et planlagt møte. Ingen ekte personer.</source>
        <translation>Prøv programmet på Eksempelvik, ein oppdikta kommune med eitt signert og eitt planlagt møte. Ingen ekte personar.</translation>
    </message>
    <message>
        <source>&amp;Ny database</source>
        <translation>&amp;Ny database</translation>
    </message>
    <message>
        <source>Start med en tom fil for din kommune eller bydel.</source>
        <translation>Start med ei tom fil for kommunen eller bydelen din.</translation>
    </message>
    <message>
        <source>Åpne &amp;fil</source>
        <translation>Opne &amp;fil</translation>
    </message>
    <message>
        <source>Åpne en Boligmøte-database du allerede har, for eksempel fra en kollega.</source>
        <translation>Opne ein Boligmøte-database du alt har, til dømes frå ein kollega.</translation>
    </message>
    <message>
        <source>&amp;Importer data</source>
        <translation>&amp;Importer data</translation>
    </message>
    <message>
        <source>Lag en ny database og hent bygninger, boliger, beboere og søkere fra CSV eller Excel (saksbehandlingssystemet, utleiers register).</source>
        <translation>Lag ein ny database og hent bygningar, bustader, bebuarar og søkjarar frå CSV eller Excel (saksbehandlingssystemet, registeret til utleigaren).</translation>
    </message>
</context>
</TS>

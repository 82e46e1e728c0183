<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nb_NO">
<context>
    <name>AboutBox</name>
    <message>
        <source>ingen fil er åpen</source>
        <translation>no file is open</translation>
    </message>
    <message>
        <source>pakket program</source>
        <translation>bundled program</translation>
    </message>
    <message>
        <source>kjører fra Python-pakken</source>
        <translation>running from the Python package</translation>
    </message>
    <message>
        <source>Åpen fil</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Sikkerhetskopier</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Datamappe</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Logg</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Programvare</source>
        <translation>Software</translation>
    </message>
    <message>
        <source>Beslutningsstøtte for tildelingsmøter i kommunale boliger.</source>
        <translation>Decision support for municipal housing allocation meetings.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lisens:&lt;/b&gt; GNU General Public License, versjon 3 eller senere ({licence}). Du kan bruke, endre og dele programmet på lisensens vilkår. Programmet leveres uten garanti. Skriften DejaVu Sans følger med under sin egen frie lisens.</source>
        <translation>&lt;b&gt;Licence:&lt;/b&gt; GNU General Public License, version 3 or later ({licence}). You may use, change and share the program under the terms of the licence. The program comes without warranty. The DejaVu Sans font is included under its own free licence.</translation>
    </message>
    <message>
        <source>Dataene ligger bare på denne maskinen, lesbare bare for deg; ingenting sendes over nettverket.</source>
        <translation>The data stays on this machine, readable only by you; nothing is sent over the network.</translation>
    </message>
    <message>
        <source>Om {app}</source>
        <translation>About {app}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Uventet feil</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Det oppstod en uventet feil. Ingen lagrede data er tapt; den siste endringen ble ikke lagret hvis den ikke var fullført.</source>
        <translation>An unexpected error occurred. No saved data is lost; the last change was not saved if it was not complete.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne filen</source>
        <translation>Could not open the file</translation>
    </message>
</context>
<context>
    <name>AskBeforeDiscarding</name>
    <message>
        <source>Forkaste det du har skrevet?</source>
        <translation>Discard what you have typed?</translation>
    </message>
    <message>
        <source>Det du har skrevet i dette vinduet, blir ikke lagret. Lukke og forkaste teksten?</source>
        <translation>What you have typed in this window will not be saved. Close and discard the text?</translation>
    </message>
</context>
<context>
    <name>AtRiskDialog</name>
    <message>
        <source>{count} leieforhold i risiko: restanse fra {amount} eller varsel siden {since}</source>
        <translation>{count} tenancies at risk: arrears from {amount} or a warning since {since}</translation>
    </message>
    <message>
        <source>Ingen leieforhold er i risiko etter reskontroen.</source>
        <translation>No tenancy is at risk according to the ledger.</translation>
    </message>
    <message>
        <source>Samarbeidsplan ({summary}) mellom {parties}: {measures}</source>
        <translation>Cooperation plan ({summary}) between {parties}: {measures}</translation>
    </message>
    <message>
        <source>Leieforhold i risiko</source>
        <translation>Tenancies at risk</translation>
    </message>
    <message>
        <source>&amp;Kontakt og samtale</source>
        <translation>&amp;Contact and talk</translation>
    </message>
    <message>
        <source>Leietakeren kalles inn til samtale før tiltak settes i verk – Kommunal- og regionaldepartementet mfl. (2002), kap. 6.2</source>
        <translation>The tenant is called to a talk before measures are taken – Kommunal- og regionaldepartementet mfl. (2002), kap. 6.2</translation>
    </message>
    <message>
        <source>Melding til &amp;NAV</source>
        <translation>Notify &amp;NAV</translation>
    </message>
    <message>
        <source>Sosialtjenesten (NAV) kontaktes når misligholdet vedvarer – Kommunal- og regionaldepartementet mfl. (2002), kap. 6.3</source>
        <translation>The social services (NAV) are contacted when the breach goes on – Kommunal- og regionaldepartementet mfl. (2002), kap. 6.3</translation>
    </message>
    <message>
        <source>Økonomi- og g&amp;jeldsrådgivning</source>
        <translation>Money and &amp;debt counselling</translation>
    </message>
    <message>
        <source>Økonomisk veiledning og avtaler med kreditorer – Kommunal- og regionaldepartementet mfl. (2002), kap. 4.4</source>
        <translation>Financial guidance and agreements with creditors – Kommunal- og regionaldepartementet mfl. (2002), kap. 4.4</translation>
    </message>
    <message>
        <source>&amp;Oppfølgingstjeneste</source>
        <translation>&amp;Follow-up service</translation>
    </message>
    <message>
        <source>Booppfølging eller annen oppfølging i hjemmet – Kommunal- og regionaldepartementet mfl. (2002), kap. 4.4 og 6.2</source>
        <translation>Housing follow-up or other follow-up in the home – Kommunal- og regionaldepartementet mfl. (2002), kap. 4.4 og 6.2</translation>
    </message>
    <message>
        <source>Hva &amp;skal gjøres:</source>
        <translation>&amp;What is to be done:</translation>
    </message>
    <message>
        <source>For eksempel: Leietakeren kalles inn til samtale; NAV vurderer å dekke restansen.</source>
        <translation>For example: The tenant is called to a talk; NAV considers covering the arrears.</translation>
    </message>
    <message>
        <source>Hva skal gjøres, og hvorfor</source>
        <translation>What is to be done, and why</translation>
    </message>
    <message>
        <source>&amp;Møte:</source>
        <translation>&amp;Meeting:</translation>
    </message>
    <message>
        <source>Vis til samarbeids&amp;planen</source>
        <translation>Cite the cooperation &amp;plan</translation>
    </message>
    <message>
        <source>S&amp;amarbeidsplan …</source>
        <translation>Cooperation pl&amp;an …</translation>
    </message>
    <message>
        <source>Lag, gjennomgå eller avslutt samarbeidsplanen for valgt leieforhold</source>
        <translation>Make, review or end the cooperation plan of the selected tenancy</translation>
    </message>
    <message>
        <source>(velg når NAV er krysset av)</source>
        <translation>(choose when NAV is ticked)</translation>
    </message>
    <message>
        <source>(ingen møte å beslutte i)</source>
        <translation>(no meeting to decide in)</translation>
    </message>
    <message>
        <source>; {count} uten beslutning etter siste melding fra utleier</source>
        <translation>; {count} without a decision since the landlord&apos;s latest report</translation>
    </message>
    <message>
        <source>Siste beslutning {date} av {who}: {measures}. {note}</source>
        <translation>Latest decision {date} by {who}: {measures}. {note}</translation>
    </message>
    <message>
        <source>Tiltak besluttes i et møte: lag eller start møtet først.</source>
        <translation>Measures are decided in a meeting: create or start the meeting first.</translation>
    </message>
    <message>
        <source>Beslutningen er ført: {unit}, {address}.</source>
        <translation>The decision is recorded: {unit}, {address}.</translation>
    </message>
    <message>
        <source>Restanse, varsler, siste beslutning og samarbeidsplan for valgt leieforhold</source>
        <translation>Arrears, warnings, latest decision and cooperation plan for the selected tenancy</translation>
    </message>
    <message>
        <source>Beslutning (internt) om tiltak</source>
        <translation>Decision (internal) on measures</translation>
    </message>
    <message>
        <source>Møtet beslutningen ble tatt i</source>
        <translation>The meeting the decision was made in</translation>
    </message>
    <message>
        <source>Tiltak besluttes i et møte, på møtedagen; et møte fram i tid kan ikke ta beslutninger ennå</source>
        <translation>Measures are decided in a meeting, on its day; a meeting ahead cannot decide anything yet</translation>
    </message>
    <message>
        <source>&amp;Besluttet av:</source>
        <translation>Decided &amp;by:</translation>
    </message>
    <message>
        <source>Møtets medlemmer med vedtaksmyndighet som besluttet</source>
        <translation>The meeting&apos;s members with decision authority who decided</translation>
    </message>
    <message>
        <source>Medlemmene med vedtaksmyndighet som er til stede i møtet; kryss av dem som besluttet</source>
        <translation>The members with decision authority present in the meeting; tick those who decided</translation>
    </message>
    <message>
        <source>Ansvarl&amp;ig:</source>
        <translation>Respons&amp;ible:</translation>
    </message>
    <message>
        <source>Hvem som sørger for at tiltakene blir gjort</source>
        <translation>Who sees to it that the measures are carried out</translation>
    </message>
    <message>
        <source>For eksempel: Boligkontoret ved saksbehandler</source>
        <translation>For example: the housing office, by its caseworker</translation>
    </message>
    <message>
        <source>Fris&amp;t:</source>
        <translation>Dead&amp;line:</translation>
    </message>
    <message>
        <source>Fristen for tiltakene</source>
        <translation>The deadline for the measures</translation>
    </message>
    <message>
        <source>Fristen blir et oppfølgingspunkt (Møte → Oppfølging)</source>
        <translation>The deadline becomes a follow-up point (Meeting → Follow-up)</translation>
    </message>
    <message>
        <source>&amp;Grunnlag for NAV:</source>
        <translation>&amp;Grounds for NAV:</translation>
    </message>
    <message>
        <source>Samtykke til melding til NAV, eller at leietakeren kontakter NAV selv</source>
        <translation>Consent to telling NAV, or the tenant contacts NAV themselves</translation>
    </message>
    <message>
        <source>Utleier har taushetsplikt: NAV kontaktes bare med leietakerens samtykke; ellers bes leietakeren kontakte NAV selv – Kommunal- og regionaldepartementet mfl. (2002), kap. 6.3</source>
        <translation>The landlord has a duty of confidentiality: NAV is contacted only with the tenant&apos;s consent; otherwise the tenant is asked to contact NAV themselves – Ministry of Local Government and Regional Development et al. (2002), ch. 6.3</translation>
    </message>
    <message>
        <source>Beslutningen viser til leieforholdets aktive samarbeidsplan</source>
        <translation>The decision refers to the tenancy&apos;s active cooperation plan</translation>
    </message>
    <message>
        <source>&amp;Før beslutningen</source>
        <translation>&amp;Record the decision</translation>
    </message>
    <message>
        <source>Lagre tiltakene, hvem som besluttet dem og når; en beslutning kan ikke endres</source>
        <translation>Save the measures, who decided them and when; a decision cannot be changed</translation>
    </message>
</context>
<context>
    <name>CandidatePane</name>
    <message>
        <source>Velg en ledig bolig for å se rangerte søkere, eller en søker for å se egnede boliger.</source>
        <translation>Choose a vacant unit to see ranked applicants, or an applicant to see suitable units.</translation>
    </message>
    <message>
        <source>Velg en kandidat for å se hva forslaget gir søkeren, hva det koster oppgangen, og alle varsler forklart.</source>
        <translation>Choose a candidate to see what the proposal gives the applicant, what it costs the stairwell, and every flag explained.</translation>
    </message>
    <message>
        <source>Varslene beregnes. Kandidatene og forslaget vises her når varslene for hvert par er kjent.</source>
        <translation>Computing flags. The candidates and the proposal appear here once the flags of every pair are known.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} søkere&lt;/b&gt; for {address}, oppgang {stairwell} – rangert etter prioritet, ventetid og varsler</source>
        <translation>&lt;b&gt;{count} applicants&lt;/b&gt; for {address}, stairwell {stairwell} – ranked by priority, waiting time and flags</translation>
    </message>
    <message>
        <source>&lt;b&gt;{count} egnede boliger&lt;/b&gt; for søker {case} – rangert etter varsler og ledig dato</source>
        <translation>&lt;b&gt;{count} suitable units&lt;/b&gt; for applicant {case} – ranked by flags and vacancy date</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beregner varsler …&lt;/b&gt; Søkerne for {address}, oppgang {stairwell} rangeres når varslene er klare.</source>
        <translation>&lt;b&gt;Computing flags …&lt;/b&gt; The applicants for {address}, stairwell {stairwell} are ranked once the flags are ready.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Beregner varsler …&lt;/b&gt; Egnede boliger for søker {case} rangeres når varslene er klare.</source>
        <translation>&lt;b&gt;Computing flags …&lt;/b&gt; Suitable units for applicant {case} are ranked once the flags are ready.</translation>
    </message>
</context>
<context>
    <name>CasePackageDialog</name>
    <message>
        <source>Saksmappe (*{suffix});;Alle filer (*)</source>
        <translation>Case package (*{suffix});;All files (*)</translation>
    </message>
    <message>
        <source>Pakken inneholder særlige kategorier av personopplysninger (helse, rus). Den er lesbar bare for deg; send den som fortrolig, og slett den når referenten har importert den.</source>
        <translation>The package contains special categories of personal data (health, substance use). It is readable only by you; send it as confidential, and delete it once the secretary has imported it.</translation>
    </message>
    <message>
        <source>Velg …</source>
        <translation>Choose …</translation>
    </message>
    <message>
        <source>Behold møtefilens</source>
        <translation>Keep the meeting file&apos;s</translation>
    </message>
    <message>
        <source>Ta pakkens</source>
        <translation>Take the package&apos;s</translation>
    </message>
    <message>
        <source>Eksporter saker</source>
        <translation>Export cases</translation>
    </message>
    <message>
        <source>Det er ingen planlagte møter å eksportere saker fra.</source>
        <translation>There are no planned meetings to export cases from.</translation>
    </message>
    <message>
        <source>{date} – {title}, {place} ({cases} saker)</source>
        <translation>{date} – {title}, {place} ({cases} cases)</translation>
    </message>
    <message>
        <source>uten sted</source>
        <translation>no place</translation>
    </message>
    <message>
        <source>Sakene til møtet:</source>
        <translation>The cases of the meeting:</translation>
    </message>
    <message>
        <source>Lagre saksmappe</source>
        <translation>Save case package</translation>
    </message>
    <message>
        <source>Sakene ble ikke eksportert</source>
        <translation>The cases were not exported</translation>
    </message>
    <message>
        <source>Saker eksportert</source>
        <translation>Cases exported</translation>
    </message>
    <message>
        <source>{count} saker til møtet {date} er lagret i {file}.</source>
        <translation>{count} cases for the meeting of {date} are saved in {file}.</translation>
    </message>
    <message>
        <source>Lagre forberedelseskopi</source>
        <translation>Save preparation copy</translation>
    </message>
    <message>
        <source>Boligmøte-fil (*.sqlite)</source>
        <translation>Boligmøte file (*.sqlite)</translation>
    </message>
    <message>
        <source>Kopien ble ikke laget</source>
        <translation>The copy was not made</translation>
    </message>
    <message>
        <source>Forberedelseskopi laget</source>
        <translation>Preparation copy made</translation>
    </message>
    <message>
        <source>Forberedelseskopien er lagret i {file}. Åpne den på den bærbare PC-en, forbered sakene og lagre dem med Fil → Eksporter saker …; bare saksmapper fra en kopi møtefilen selv har laget, kan importeres.</source>
        <translation>The preparation copy is saved in {file}. Open it on the laptop, prepare the cases and save them with File → Export cases …; only case packages from a copy the meeting file made itself can be imported.</translation>
    </message>
    <message>
        <source>Kopien inneholder alle personopplysningene i møtefilen. Oppbevar den som møtefilen, og slett den når sakene er importert.</source>
        <translation>The copy holds all the personal data in the meeting file. Keep it as you keep the meeting file, and delete it once the cases are imported.</translation>
    </message>
    <message>
        <source>Importer saker fra saksmappe</source>
        <translation>Import cases from a case package</translation>
    </message>
    <message>
        <source>Saksmappen kan ikke leses</source>
        <translation>The case package cannot be read</translation>
    </message>
    <message>
        <source>(ikke på sakslisten)</source>
        <translation>(not on the agenda)</translation>
    </message>
    <message>
        <source>(finnes ikke)</source>
        <translation>(does not exist)</translation>
    </message>
    <message>
        <source>Hva</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>I møtefilen</source>
        <translation>In the meeting file</translation>
    </message>
    <message>
        <source>I pakken</source>
        <translation>In the package</translation>
    </message>
    <message>
        <source>Valg</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Søkeren</source>
        <translation>The applicant</translation>
    </message>
    <message>
        <source>Saken på sakslisten</source>
        <translation>The case on the agenda</translation>
    </message>
    <message>
        <source>Pakkens versjon kan ikke brukes: {problem}.</source>
        <translation>The package&apos;s version cannot be used: {problem}.</translation>
    </message>
    <message>
        <source>(pakkens kan ikke brukes)</source>
        <translation>(the package&apos;s cannot be used)</translation>
    </message>
    <message>
        <source>Valg for {what}</source>
        <translation>Choice for {what}</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingenting å importere:&lt;/b&gt; møtefilen har alt i pakken fra før.</source>
        <translation>&lt;b&gt;Nothing to import:&lt;/b&gt; the meeting file already has everything in the package.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingen konflikter.&lt;/b&gt; Trykk «Importer» for å lagre alt i én operasjon.</source>
        <translation>&lt;b&gt;No conflicts.&lt;/b&gt; Press “Import” to save everything in one step.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pakken kan ikke importeres.&lt;/b&gt; Ingenting blir lagret:</source>
        <translation>&lt;b&gt;The package cannot be imported.&lt;/b&gt; Nothing will be saved:</translation>
    </message>
    <message>
        <source>{chosen} av {total} valgt</source>
        <translation>{chosen} of {total} chosen</translation>
    </message>
    <message>
        <source>Velg hva som skal gjelde for hver konflikt først.</source>
        <translation>First choose what applies for each conflict.</translation>
    </message>
    <message>
        <source>Sakene ble ikke importert</source>
        <translation>The cases were not imported</translation>
    </message>
    <message>
        <source>Ingenting er endret.</source>
        <translation>Nothing has been changed.</translation>
    </message>
    <message>
        <source>Konflikter og nye – velg hva som skal gjelde for hver. Nye legges til med mindre du velger «Behold møtefilens».</source>
        <translation>Conflicts and new records – choose which applies for each. New ones are added unless you choose «Keep the meeting file&apos;s».</translation>
    </message>
    <message>
        <source>Konflikter mellom møtefilen og pakken</source>
        <translation>Conflicts between the meeting file and the package</translation>
    </message>
    <message>
        <source>&amp;Behold møtefilens for alle</source>
        <translation>&amp;Keep the meeting file&apos;s for all</translation>
    </message>
    <message>
        <source>&amp;Ta pakkens for alle</source>
        <translation>&amp;Take the package&apos;s for all</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Kritisk</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Advarsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Tiltak</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Ingen varsler</source>
        <translation>No flags</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>CooperationPlanDialog</name>
    <message>
        <source>Ingen aktiv samarbeidsplan.</source>
        <translation>No active cooperation plan.</translation>
    </message>
    <message>
        <source>Avtalt {agreed} mellom {parties}; {summary}.</source>
        <translation>Agreed {agreed} between {parties}; {summary}.</translation>
    </message>
    <message>
        <source>Mål: {goals}</source>
        <translation>Goals: {goals}</translation>
    </message>
    <message>
        <source>Tiltak: {measures}</source>
        <translation>Measures: {measures}</translation>
    </message>
    <message>
        <source>Tidligere planer: {plans}</source>
        <translation>Earlier plans: {plans}</translation>
    </message>
    <message>
        <source>Planen er lagret.</source>
        <translation>The plan is saved.</translation>
    </message>
    <message>
        <source>Gjennomgangen er ført.</source>
        <translation>The review is recorded.</translation>
    </message>
    <message>
        <source>Planen er avsluttet.</source>
        <translation>The plan is ended.</translation>
    </message>
    <message>
        <source>Samarbeidsplan</source>
        <translation>Cooperation plan</translation>
    </message>
    <message>
        <source>Samarbeidsplanen for leieforholdet</source>
        <translation>The tenancy&apos;s cooperation plan</translation>
    </message>
    <message>
        <source>Ny samarbeidsplan</source>
        <translation>New cooperation plan</translation>
    </message>
    <message>
        <source>Andre &amp;parter (én per linje):</source>
        <translation>Other &amp;parties (one per line):</translation>
    </message>
    <message>
        <source>Partene i planen, én per linje</source>
        <translation>The parties to the plan, one per line</translation>
    </message>
    <message>
        <source>&amp;Mål:</source>
        <translation>&amp;Goals:</translation>
    </message>
    <message>
        <source>For eksempel: Leieavtalen fornyes om samarbeidet går greit.</source>
        <translation>For example: The lease is renewed if the cooperation goes well.</translation>
    </message>
    <message>
        <source>Målene i planen</source>
        <translation>The plan&apos;s goals</translation>
    </message>
    <message>
        <source>&amp;Tiltak og ansvar:</source>
        <translation>&amp;Measures and who is responsible:</translation>
    </message>
    <message>
        <source>Hvem gjør hva: husleien trekkes fra stønaden; booppfølging annenhver uke.</source>
        <translation>Who does what: the rent is deducted from the benefit; housing follow-up every other week.</translation>
    </message>
    <message>
        <source>Tiltakene i planen og hvem som har ansvaret</source>
        <translation>The plan&apos;s measures and who is responsible</translation>
    </message>
    <message>
        <source>A&amp;vtalt den:</source>
        <translation>Agr&amp;eed on:</translation>
    </message>
    <message>
        <source>Datoen planen ble avtalt</source>
        <translation>The day the plan was agreed</translation>
    </message>
    <message>
        <source>&amp;Gjennomgås den:</source>
        <translation>Re&amp;view on:</translation>
    </message>
    <message>
        <source>Datoen planen skal gjennomgås</source>
        <translation>The day the plan is to be reviewed</translation>
    </message>
    <message>
        <source>&amp;Lagre planen</source>
        <translation>&amp;Save the plan</translation>
    </message>
    <message>
        <source>Gjennomgang og avslutning</source>
        <translation>Review and ending</translation>
    </message>
    <message>
        <source>&amp;Hva gjennomgangen viste:</source>
        <translation>&amp;What the review showed:</translation>
    </message>
    <message>
        <source>Hva gjennomgangen viste, eller hvorfor planen avsluttes.</source>
        <translation>What the review showed, or why the plan ends.</translation>
    </message>
    <message>
        <source>Hva gjennomgangen viste, eller hvorfor planen avsluttes</source>
        <translation>What the review showed, or why the plan ends</translation>
    </message>
    <message>
        <source>&amp;Neste gjennomgang:</source>
        <translation>&amp;Next review:</translation>
    </message>
    <message>
        <source>Datoen for neste gjennomgang</source>
        <translation>The day of the next review</translation>
    </message>
    <message>
        <source>&amp;Før gjennomgangen</source>
        <translation>&amp;Record the review</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Hvordan planen avsluttes</source>
        <translation>How the plan ends</translation>
    </message>
    <message>
        <source>Avslutt pl&amp;anen</source>
        <translation>En&amp;d the plan</translation>
    </message>
    <message>
        <source>En avsluttet plan kan ikke endres</source>
        <translation>An ended plan cannot be changed</translation>
    </message>
    <message>
        <source>(velg)</source>
        <translation>(choose)</translation>
    </message>
    <message>
        <source>{tenant} sa seg enig {how} {date}.</source>
        <translation>{tenant} agreed ({how}) on {date}.</translation>
    </message>
    <message>
        <source>Leietakeren som pa&amp;rt:</source>
        <translation>The tenant as a pa&amp;rty:</translation>
    </message>
    <message>
        <source>Hvordan leietakeren står som part i planen</source>
        <translation>How the tenant stands as a party to the plan</translation>
    </message>
    <message>
        <source>Leietakeren er alltid part i samarbeidsplanen – Kommunal- og regionaldepartementet mfl. (2002), kap. 5.4</source>
        <translation>The tenant is always a party to the cooperation plan – Ministry of Local Government and Regional Development et al. (2002), ch. 5.4</translation>
    </message>
    <message>
        <source>Leietakerens samt&amp;ykke:</source>
        <translation>The tenant&apos;s agreement (&amp;y):</translation>
    </message>
    <message>
        <source>Hvordan leietakeren sa seg enig i planen</source>
        <translation>How the tenant agreed to the plan</translation>
    </message>
    <message>
        <source>Planen er frivillig: den gjelder når leietakeren har sagt seg enig i den</source>
        <translation>The plan is voluntary: it applies once the tenant has agreed to it</translation>
    </message>
    <message>
        <source>&amp;dato:</source>
        <translation>&amp;date:</translation>
    </message>
    <message>
        <source>Datoen leietakeren sa seg enig i planen</source>
        <translation>The day the tenant agreed to the plan</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Kilde:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Avveining – påkrevd for kritiske varsler</source>
        <translation>Weighing – required for critical flags</translation>
    </message>
    <message>
        <source>Avveining (valgfritt)</source>
        <translation>Weighing (optional)</translation>
    </message>
    <message>
        <source>Avveining av varselet {title}</source>
        <translation>Weighing of the flag {title}</translation>
    </message>
    <message>
        <source>Sett og vurdert</source>
        <translation>Seen and considered</translation>
    </message>
    <message>
        <source>{name} fatter vedtaket</source>
        <translation>{name} takes part in the decision</translation>
    </message>
    <message>
        <source>forfall</source>
        <translation>sent apologies</translation>
    </message>
    <message>
        <source>uten vedtaksmyndighet</source>
        <translation>no decision authority</translation>
    </message>
    <message>
        <source>Inhabil</source>
        <translation>Disqualified</translation>
    </message>
    <message>
        <source>{name} er inhabil i saken</source>
        <translation>{name} is disqualified in this case</translation>
    </message>
    <message>
        <source>Grunnen (f.eks. slekt, nær venn)</source>
        <translation>Ground (e.g. relative, close friend)</translation>
    </message>
    <message>
        <source>Grunnen til at {name} er inhabil</source>
        <translation>Why {name} is disqualified</translation>
    </message>
    <message>
        <source>Vedtak i sak {case}</source>
        <translation>Decision in case {case}</translation>
    </message>
    <message>
        <source>Vedtak for {who}</source>
        <translation>Decision for {who}</translation>
    </message>
    <message>
        <source>{unit} – {address}, oppg. {stairwell}, {rooms}</source>
        <translation>{unit} – {address}, stairw. {stairwell}, {rooms}</translation>
    </message>
    <message>
        <source>– velg –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>Søkeren har samtykket til at opplysninger deles.</source>
        <translation>The applicant has consented to information being shared.</translation>
    </message>
    <message>
        <source>&amp;Lagre vedtak</source>
        <translation>&amp;Save decision</translation>
    </message>
    <message>
        <source>Ingen bolig tildeles – ingen risikovarsler å vurdere.</source>
        <translation>No unit is allocated – no risk flags to weigh.</translation>
    </message>
    <message>
        <source>Ingen risikovarsler for denne boligen.</source>
        <translation>No risk flags for this unit.</translation>
    </message>
    <message>
        <source>Velg medlemmet og skriv hva dissensen gjelder.</source>
        <translation>Choose the member and write what the dissent concerns.</translation>
    </message>
    <message>
        <source>Nr. {rank}: {case} {name} – {factors}</source>
        <translation>No. {rank}: {case} {name} – {factors}</translation>
    </message>
    <message>
        <source>Uten samtykke fra søkeren er disse til stede: {organisations}.</source>
        <translation>Present without the applicant&apos;s consent: {organisations}.</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Utfall:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Bolig:</source>
        <translation>&amp;Unit:</translation>
    </message>
    <message>
        <source>Bolig som tildeles</source>
        <translation>Unit to allocate</translation>
    </message>
    <message>
        <source>&amp;Innflyttingsfrist:</source>
        <translation>&amp;Move-in deadline:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Innflyttingsfrist</source>
        <translation>Move-in deadline</translation>
    </message>
    <message>
        <source>Leiekon&amp;trakt:</source>
        <translation>&amp;Lease:</translation>
    </message>
    <message>
        <source>Type leiekontrakt</source>
        <translation>Type of lease</translation>
    </message>
    <message>
        <source> år</source>
        <translation> yrs</translation>
    </message>
    <message>
        <source>Varighet i år</source>
        <translation>Duration in years</translation>
    </message>
    <message>
        <source>Be&amp;grunnelse til søkeren:</source>
        <translation>&amp;Reasons to the applicant:</translation>
    </message>
    <message>
        <source>Begrunnelse til søkeren</source>
        <translation>Reasons to the applicant</translation>
    </message>
    <message>
        <source>Står i brevet til søkeren: regler, fakta og hovedhensyn (påkrevd). Ikke skriv om andre personer her.</source>
        <translation>Printed in the letter to the applicant: rules, facts and main considerations (required). Do not write about other people here.</translation>
    </message>
    <message>
        <source>&amp;Vilkår:</source>
        <translation>Cond&amp;itions:</translation>
    </message>
    <message>
        <source>Vilkår</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>F.eks. booppfølging bestilt før innflytting, samarbeidsplan</source>
        <translation>E.g. housing follow-up ordered before moving in, cooperation plan</translation>
    </message>
    <message>
        <source>&amp;Kriterier:</source>
        <translation>&amp;Criteria:</translation>
    </message>
    <message>
        <source>Kriterier i retningslinjene som er lagt til grunn</source>
        <translation>Criteria in the guidelines that were applied</translation>
    </message>
    <message>
        <source>&amp;Alternativer vurdert:</source>
        <translation>&amp;Alternatives considered:</translation>
    </message>
    <message>
        <source>Alternativer som ble vurdert</source>
        <translation>Alternatives that were considered</translation>
    </message>
    <message>
        <source>I&amp;nterne merknader:</source>
        <translation>I&amp;nternal notes:</translation>
    </message>
    <message>
        <source>Interne merknader, bare i protokollen</source>
        <translation>Internal notes, in the minutes only</translation>
    </message>
    <message>
        <source>Bare i protokollen, aldri i brevet: opplysninger fra tjenestene, om tredjepersoner (valgfritt)</source>
        <translation>In the minutes only, never in the letter: information from the services, about third parties (optional)</translation>
    </message>
    <message>
        <source>Sa&amp;mtykke:</source>
        <translation>Consen&amp;t:</translation>
    </message>
    <message>
        <source>Hvordan samtykke til deling ble håndtert</source>
        <translation>How consent to sharing was handled</translation>
    </message>
    <message>
        <source>Begrunnelse for unntak fra samtykke</source>
        <translation>Reason for the exception from consent</translation>
    </message>
    <message>
        <source>Begrunnelse for unntaket</source>
        <translation>Reason for the exception</translation>
    </message>
    <message>
        <source>Risikovarsler og avveining</source>
        <translation>Risk flags and weighing</translation>
    </message>
    <message>
        <source>Høyere rangerte søkere som ikke får boligen</source>
        <translation>Higher-ranked applicants who do not get the unit</translation>
    </message>
    <message>
        <source>Hvorfor de høyere rangerte søkerne ikke får boligen</source>
        <translation>Why the higher-ranked applicants do not get the unit</translation>
    </message>
    <message>
        <source>Hvorfor møtet går forbi dem (påkrevd, likebehandling)</source>
        <translation>Why the meeting passes them over (required, equal treatment)</translation>
    </message>
    <message>
        <source>Hvem fatter vedtaket (inhabilitet, fvl. § 6)</source>
        <translation>Who takes the decision (disqualification, Public Administration Act § 6)</translation>
    </message>
    <message>
        <source>Dissens</source>
        <translation>Dissent</translation>
    </message>
    <message>
        <source>Medlem med dissens</source>
        <translation>Dissenting member</translation>
    </message>
    <message>
        <source>Dissensens begrunnelse</source>
        <translation>Reasons for the dissent</translation>
    </message>
    <message>
        <source>Medlemmets syn</source>
        <translation>The member&apos;s view</translation>
    </message>
    <message>
        <source>Legg til &amp;dissens</source>
        <translation>Add &amp;dissent</translation>
    </message>
</context>
<context>
    <name>FileState</name>
    <message>
        <source>Filen er åpnet skrivebeskyttet: du kan se alt, men ikke endre noe. Åpne filen uten skrivebeskyttelse for å endre den.</source>
        <translation>The file is open read-only: you can see everything but change nothing. Open the file without write protection to change it.</translation>
    </message>
    <message>
        <source>Ingen fil åpen – Fil → Åpne …</source>
        <translation>No file open – File → Open …</translation>
    </message>
    <message>
        <source>Ingen fil åpen</source>
        <translation>No file open</translation>
    </message>
    <message>
        <source>Velg Fil → Åpne … (Ctrl+O) for å åpne en Boligmøte-fil, eller Fil → Ny database … for å lage en ny.</source>
        <translation>Choose File → Open … (Ctrl+O) to open a Boligmøte file, or File → New database … to create one.</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Flyttet ut, planlagt (egen bolig, privat leie …)</source>
        <translation>Moved out, planned (own home, private lease …)</translation>
    </message>
    <message>
        <source>Flyttet ut, ikke planlagt</source>
        <translation>Moved out, not planned</translation>
    </message>
    <message>
        <source>{count} punkter forfaller innen {until}</source>
        <translation>{count} points due by {until}</translation>
    </message>
    <message>
        <source>; {overdue} har passert fristen</source>
        <translation>; {overdue} are overdue</translation>
    </message>
    <message>
        <source>Ingen oppfølgingspunkter forfaller i perioden.</source>
        <translation>No follow-up points are due in the period.</translation>
    </message>
    <message>
        <source>Lovet: {promised}</source>
        <translation>Promised: {promised}</translation>
    </message>
    <message>
        <source>Ført som utført: {address} ({state}).</source>
        <translation>Recorded as done: {address} ({state}).</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Forfalte punkter og de som forfaller innen (&amp;dager):</source>
        <translation>Overdue points and those due within (&amp;days):</translation>
    </message>
    <message>
        <source>Antall dager fram i tid</source>
        <translation>Number of days ahead</translation>
    </message>
    <message>
        <source>Oppfølgingspunkter som har forfalt eller snart forfaller</source>
        <translation>Follow-up points overdue or due soon</translation>
    </message>
    <message>
        <source>Hva som ble lovet for valgt punkt</source>
        <translation>What was promised for the selected point</translation>
    </message>
    <message>
        <source>Før oppfølgingen</source>
        <translation>Record the follow-up</translation>
    </message>
    <message>
        <source>&amp;Hva ble gjort:</source>
        <translation>&amp;What was done:</translation>
    </message>
    <message>
        <source>For eksempel: Hjemmebesøk sammen med booppfølgingen; husleien er betalt.</source>
        <translation>For example: Home visit with the housing follow-up service; the rent is paid.</translation>
    </message>
    <message>
        <source>Hva ble gjort</source>
        <translation>What was done</translation>
    </message>
    <message>
        <source>&amp;Leieforholdet nå:</source>
        <translation>&amp;Tenancy now:</translation>
    </message>
    <message>
        <source>Hvordan leieforholdet står nå</source>
        <translation>How the tenancy stands now</translation>
    </message>
    <message>
        <source>Utført de&amp;n:</source>
        <translation>Do&amp;ne on:</translation>
    </message>
    <message>
        <source>Datoen oppfølgingen ble gjort</source>
        <translation>The date the follow-up was done</translation>
    </message>
    <message>
        <source>&amp;Før som utført</source>
        <translation>&amp;Record as done</translation>
    </message>
    <message>
        <source>Lagre hva som ble gjort og hvordan leieforholdet står; et utført punkt kan ikke endres</source>
        <translation>Save what was done and how the tenancy stands; a point done cannot be changed</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>år</source>
        <translation>yr</translation>
    </message>
    <message>
        <source>mnd</source>
        <translation>mo</translation>
    </message>
    <message>
        <source>under 1 mnd</source>
        <translation>under 1 mo</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>Brukerveiledning – {app}</source>
        <translation>User guide – {app}</translation>
    </message>
    <message>
        <source>Brukerveiledning</source>
        <translation>User guide</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Tabeller og Kobo-filer (*.csv *.xlsx *.txt *.json);;Alle filer (*)</source>
        <translation>Tables and Kobo files (*.csv *.xlsx *.txt *.json);;All files (*)</translation>
    </message>
    <message>
        <source>Objekt</source>
        <translation>Object</translation>
    </message>
    <message>
        <source>Felt</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Rad</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Kolonne</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Verdi</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Feil</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Importer</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Velg fil å importere</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Kobo-lignende format (ikke prøvd mot en ekte Kobo-fil), JSON: boliger og husstander. Feltnavnene øverst er Husbankens; boligtype, husleie og feltene i husstand har Boligmøte valgt, og de kan mangle. Bygningene må være importert først; boligen finner bygningen på adressen. Feltene står i README-filen, «Kobo».</source>
        <translation>Kobo-like format (not tested against a real Kobo file), JSON: units and households. The top-level field names are Husbanken’s; the unit type, the rent and the fields inside the household were chosen by Boligmøte and may be missing. The buildings must be imported first; a unit finds its building by the address. The fields are listed in the README file, «Kobo».</translation>
    </message>
    <message>
        <source>Kolonner (påkrevde i fet, norske navn går også): {names}</source>
        <translation>Columns (required in bold, Norwegian names work too): {names}</translation>
    </message>
    <message>
        <source>Velg en fil. Ingenting lagres før du trykker «Importer».</source>
        <translation>Choose a file. Nothing is saved until you press “Import”.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filen kan ikke leses.&lt;/b&gt;</source>
        <translation>&lt;b&gt;The file cannot be read.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ingenting å importere: databasen har dette fra før.</source>
        <translation>Nothing to import: the database already has this.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ingen feil.&lt;/b&gt; Trykk «Importer» for å lagre alt i én operasjon.</source>
        <translation>&lt;b&gt;No errors.&lt;/b&gt; Press “Import” to save everything in one step.</translation>
    </message>
    <message>
        <source>Avslutte leieforhold?</source>
        <translation>End tenancies?</translation>
    </message>
    <message>
        <source>Importen avslutter {count} leieforhold i dag: boligene har «husstand»: null i filen og blir ledige. Vil du importere likevel?</source>
        <translation>The import ends {count} tenancies today: the units have «husstand»: null in the file and become vacant. Import anyway?</translation>
    </message>
    <message>
        <source>Importen ble ikke lagret</source>
        <translation>The import was not saved</translation>
    </message>
    <message>
        <source>Ingenting er endret.</source>
        <translation>Nothing has been changed.</translation>
    </message>
    <message>
        <source>Importer fra fil</source>
        <translation>Import from file</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Hva filen inneholder</source>
        <translation>What the file contains</translation>
    </message>
    <message>
        <source>&amp;Fil:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>CSV- eller Excel-fil (.csv, .xlsx), eller en Kobo-fil (.json)</source>
        <translation>CSV or Excel file (.csv, .xlsx), or a Kobo file (.json)</translation>
    </message>
    <message>
        <source>Fil som skal importeres</source>
        <translation>File to import</translation>
    </message>
    <message>
        <source>&amp;Velg fil …</source>
        <translation>C&amp;hoose file …</translation>
    </message>
    <message>
        <source>Prøvekjøring – ingenting er lagret ennå</source>
        <translation>Dry run – nothing has been saved yet</translation>
    </message>
    <message>
        <source>Feil i filen</source>
        <translation>Errors in the file</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Velg type …</source>
        <translation>Choose a kind …</translation>
    </message>
    <message>
        <source>Rolle eller instans, f.eks. vaktmester – aldri et navn</source>
        <translation>Role or organisation, e.g. caretaker – never a name</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Hele bygningen</source>
        <translation>The whole building</translation>
    </message>
    <message>
        <source>Oppgang {label}</source>
        <translation>Stairwell {label}</translation>
    </message>
    <message>
        <source>Hendelsen er registrert: {what}</source>
        <translation>Incident registered: {what}</translation>
    </message>
    <message>
        <source>Du har ikke registrert noen hendelse i dag som kan fjernes.</source>
        <translation>You have registered no incident today that can be removed.</translation>
    </message>
    <message>
        <source>Fjerne hendelsen?</source>
        <translation>Remove the incident?</translation>
    </message>
    <message>
        <source>Fjerne {what}, registrert i dag kl. {time}? Bruk dette bare for en hendelse som ble registrert ved en feil. Revisjonsloggen beholder både registreringen og fjerningen.</source>
        <translation>Remove {what}, registered today at {time}? Use this only for an incident registered by mistake. The audit log keeps both the registration and the removal.</translation>
    </message>
    <message>
        <source>Kunne ikke fjerne hendelsen</source>
        <translation>Could not remove the incident</translation>
    </message>
    <message>
        <source>Hendelsen er fjernet: {what}</source>
        <translation>Incident removed: {what}</translation>
    </message>
    <message>
        <source>{address}, oppgang {label}</source>
        <translation>{address}, stairwell {label}</translation>
    </message>
    <message>
        <source>«{kind}» {date} i {place}</source>
        <translation>“{kind}” {date} at {place}</translation>
    </message>
    <message>
        <source>Registrer hendelse</source>
        <translation>Register incident</translation>
    </message>
    <message>
        <source>Hendelsen telles i sammensetningen og i varslene med en gang. Skriv hva som skjedde, ikke hvem: &lt;b&gt;navn på beboere eller søkere skal ikke skrives&lt;/b&gt;.</source>
        <translation>The incident counts in the composition and the flags at once. Write what happened, not who: &lt;b&gt;never write the names of residents or applicants&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>&amp;Bygning:</source>
        <translation>&amp;Building:</translation>
    </message>
    <message>
        <source>Bygningen hendelsen gjelder</source>
        <translation>The building the incident concerns</translation>
    </message>
    <message>
        <source>&amp;Oppgang:</source>
        <translation>&amp;Stairwell:</translation>
    </message>
    <message>
        <source>Oppgangen hendelsen gjelder, eller hele bygningen</source>
        <translation>The stairwell the incident concerns, or the whole building</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Datoen hendelsen skjedde</source>
        <translation>The date the incident happened</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>Hva slags hendelse</source>
        <translation>What kind of incident</translation>
    </message>
    <message>
        <source>&amp;Meldt av:</source>
        <translation>&amp;Reported by:</translation>
    </message>
    <message>
        <source>Hvem som meldte hendelsen: en rolle eller instans, aldri et navn</source>
        <translation>Who reported the incident: a role or an organisation, never a name</translation>
    </message>
    <message>
        <source>B&amp;eskrivelse:</source>
        <translation>D&amp;escription:</translation>
    </message>
    <message>
        <source>Kort beskrivelse uten navn</source>
        <translation>Short description without names</translation>
    </message>
    <message>
        <source>Kort: hva skjedde og hvor (f.eks. «sprøyter funnet i kjellergangen»). Ingen navn. Valgfritt.</source>
        <translation>Short: what happened and where (e.g. “needles found in the basement corridor”). No names. Optional.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Boligmøte-database (*.sqlite *.boligmote);;Alle filer (*)</source>
        <translation>Boligmøte database (*.sqlite *.boligmote);;All files (*)</translation>
    </message>
    <message>
        <source>1 rom</source>
        <translation>1 room</translation>
    </message>
    <message>
        <source>2 rom</source>
        <translation>2 rooms</translation>
    </message>
    <message>
        <source>3 rom</source>
        <translation>3 rooms</translation>
    </message>
    <message>
        <source>4 rom</source>
        <translation>4 rooms</translation>
    </message>
    <message>
        <source>5 rom +</source>
        <translation>5 rooms +</translation>
    </message>
    <message>
        <source>Trinnfri</source>
        <translation>Step-free</translation>
    </message>
    <message>
        <source>Rullestol</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <source>Registrer hendelse …</source>
        <translation>Register incident …</translation>
    </message>
    <message>
        <source>Skrivebeskyttet</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Beregner varsler …</source>
        <translation>Computing flags …</translation>
    </message>
    <message>
        <source>Varslene for hvert par av søker og ledig bolig vurderes. Kandidatene og forslagene vises når de er klare.</source>
        <translation>The flags of every pair of applicant and vacant unit are being evaluated. Candidates and proposals appear once they are ready.</translation>
    </message>
    <message>
        <source>Rom</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Tilgjengelighet</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Behov</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Bydel</source>
        <translation>District</translation>
    </message>
    <message>
        <source>(skrivebeskyttet)</source>
        <translation>(read-only)</translation>
    </message>
    <message>
        <source>Åpnet {path}</source>
        <translation>Opened {path}</translation>
    </message>
    <message>
        <source>Kontrollerer filen og tar dagens sikkerhetskopi …</source>
        <translation>Checking the file and taking today&apos;s backup …</translation>
    </message>
    <message>
        <source>Filen er skadet – se meldingen</source>
        <translation>The file is damaged – see the message</translation>
    </message>
    <message>
        <source>Filen er skadet</source>
        <translation>The file is damaged</translation>
    </message>
    <message>
        <source>Ikke før flere vedtak i denne filen. Gjenopprett fra en sikkerhetskopi (Fil → Gjenopprett fra sikkerhetskopi …) eller kontakt IT.</source>
        <translation>Record no more decisions in this file. Restore from a backup (File → Restore from backup …) or contact IT.</translation>
    </message>
    <message>
        <source>Filen er hel, men dagens sikkerhetskopi mangler</source>
        <translation>The file is intact, but today&apos;s backup is missing</translation>
    </message>
    <message>
        <source>Sikkerhetskopi</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Den daglige sikkerhetskopien kunne ikke tas:</source>
        <translation>The daily backup could not be taken:</translation>
    </message>
    <message>
        <source>Filen er kontrollert og hel.</source>
        <translation>The file has been checked and is intact.</translation>
    </message>
    <message>
        <source>Dagens sikkerhetskopi er tatt.</source>
        <translation>Today&apos;s backup has been taken.</translation>
    </message>
    <message>
        <source>Innstillingene er lagret; varslene er vurdert på nytt.</source>
        <translation>The settings are saved; the flags have been re-evaluated.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sak {number} er avgjort&lt;/b&gt; ({outcome}): boligen er ikke lenger ledig. Forslaget viser varslene slik de var før vedtaket, sammensetningen slik den er nå.</source>
        <translation>&lt;b&gt;Case {number} is decided&lt;/b&gt; ({outcome}): the unit is no longer vacant. The proposal shows the flags as they were before the decision, the composition as it is now.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne filen</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <source>Åpne database</source>
        <translation>Open database</translation>
    </message>
    <message>
        <source>Ny database</source>
        <translation>New database</translation>
    </message>
    <message>
        <source>Filen finnes</source>
        <translation>The file exists</translation>
    </message>
    <message>
        <source>{path} finnes allerede. Velg et nytt navn.</source>
        <translation>{path} already exists. Choose a new name.</translation>
    </message>
    <message>
        <source>Foreslått: {case} → {address} ({unit})</source>
        <translation>Proposed: {case} → {address} ({unit})</translation>
    </message>
    <message>
        <source>Velg en ledig bolig for å se oppgangen og bygningen den ligger i.</source>
        <translation>Choose a vacant unit to see its stairwell and building.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{address}, oppgang {stairwell}&lt;/b&gt; – {district}</source>
        <translation>&lt;b&gt;{address}, stairwell {stairwell}&lt;/b&gt; – {district}</translation>
    </message>
    <message>
        <source>heis</source>
        <translation>lift</translation>
    </message>
    <message>
        <source>uten heis</source>
        <translation>no lift</translation>
    </message>
    <message>
        <source>innskutt: {municipal} av {total} boliger kommunale ({share})</source>
        <translation>housing cooperative: {municipal} of {total} units municipal ({share})</translation>
    </message>
    <message>
        <source>heleid kommunal gård, {total} boliger</source>
        <translation>wholly municipal building, {total} units</translation>
    </message>
    <message>
        <source>Tilstede på stedet:</source>
        <translation>Present on site:</translation>
    </message>
    <message>
        <source>Ingen bemanning eller bomiljøtiltak på stedet.</source>
        <translation>No staff or neighbourhood measures on site.</translation>
    </message>
    <message>
        <source>Skjermet visning: navn er skjult</source>
        <translation>Screened view: names are hidden</translation>
    </message>
    <message>
        <source>Navn vises</source>
        <translation>Names are shown</translation>
    </message>
    <message>
        <source>En rådgiver er til stede, så antall under {n} vises som «færre enn {n}».</source>
        <translation>An adviser is present, so counts below {n} are shown as “fewer than {n}”.</translation>
    </message>
    <message>
        <source>{shown} av {total} søkere</source>
        <translation>{shown} of {total} applicants</translation>
    </message>
    <message>
        <source>{shown} av {total} ledige boliger</source>
        <translation>{shown} of {total} vacant units</translation>
    </message>
    <message>
        <source>Boligmøte</source>
        <translation>Boligmøte</translation>
    </message>
    <message>
        <source>&amp;Søkere</source>
        <translation>&amp;Applicants</translation>
    </message>
    <message>
        <source>Filtrer på prioritet</source>
        <translation>Filter by priority</translation>
    </message>
    <message>
        <source>Filtrer på behov</source>
        <translation>Filter by need</translation>
    </message>
    <message>
        <source>Søk i saksnummer, navn eller behov …</source>
        <translation>Search case number, name or need …</translation>
    </message>
    <message>
        <source>Søk i søkerlisten</source>
        <translation>Search the applicant list</translation>
    </message>
    <message>
        <source>Søkere på venteliste</source>
        <translation>Applicants on the waiting list</translation>
    </message>
    <message>
        <source>&amp;Ledige boliger</source>
        <translation>Vacant &amp;units</translation>
    </message>
    <message>
        <source>Filtrer på bydel</source>
        <translation>Filter by district</translation>
    </message>
    <message>
        <source>Filtrer på antall rom</source>
        <translation>Filter by number of rooms</translation>
    </message>
    <message>
        <source>Filtrer på tilgjengelighet</source>
        <translation>Filter by accessibility</translation>
    </message>
    <message>
        <source>Søk i adresse, bydel eller bolignummer …</source>
        <translation>Search address, district or unit number …</translation>
    </message>
    <message>
        <source>Søk i ledige boliger</source>
        <translation>Search vacant units</translation>
    </message>
    <message>
        <source>Ledige boliger</source>
        <translation>Vacant units</translation>
    </message>
    <message>
        <source>&amp;Beboersammensetning</source>
        <translation>Res&amp;ident composition</translation>
    </message>
    <message>
        <source>Beboersammensetning i oppgang og bygning</source>
        <translation>Resident composition of stairwell and building</translation>
    </message>
    <message>
        <source>Bare antall vises – aldri navn eller diagnoser for andre beboere.</source>
        <translation>Only counts are shown – never names or diagnoses of other residents.</translation>
    </message>
    <message>
        <source>&amp;Kandidater</source>
        <translation>Ran&amp;ked candidates</translation>
    </message>
    <message>
        <source>Velg en ledig bolig for å se rangerte søkere, eller en søker for å se egnede boliger.</source>
        <translation>Choose a vacant unit to see ranked applicants, or an applicant to see suitable units.</translation>
    </message>
    <message>
        <source>‼ kritisk · ! advarsel · i info · + tiltak</source>
        <translation>‼ critical · ! warning · i info · + measure</translation>
    </message>
    <message>
        <source>Forklaring til varselmerkene</source>
        <translation>Key to the flag marks</translation>
    </message>
    <message>
        <source>Rangerte kandidater med risikovarsler</source>
        <translation>Ranked candidates with risk flags</translation>
    </message>
    <message>
        <source>Vis også uegnede</source>
        <translation>Also show unsuitable</translation>
    </message>
    <message>
        <source>Ta med søkere eller boliger som ikke oppfyller absolutte krav (størrelse, tilgjengelighet, steder å unngå); raden sier hvorfor.</source>
        <translation>Include applicants or units that do not meet absolute requirements (size, accessibility, places to avoid); the row says why.</translation>
    </message>
    <message>
        <source>F&amp;orslag</source>
        <translation>&amp;Proposal</translation>
    </message>
    <message>
        <source>Inns&amp;tillinger …</source>
        <translation>Se&amp;ttings …</translation>
    </message>
    <message>
        <source>Skjermet &amp;visning (skjul navn)</source>
        <translation>&amp;Screened view (hide names)</translation>
    </message>
    <message>
        <source>Fatt ve&amp;dtak i valgt sak …</source>
        <translation>&amp;Decide the selected case …</translation>
    </message>
    <message>
        <source>Forslaget: hva det gir søkeren, hva det koster oppgangen, og varslene</source>
        <translation>The proposal: what it gives the applicant, what it costs the stairwell, and the flags</translation>
    </message>
    <message>
        <source>Foreslå tildeling (Ctrl+Enter)</source>
        <translation>Propose allocation (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Foreslå tildeling av denne boligen til denne søkeren</source>
        <translation>Propose allocating this unit to this applicant</translation>
    </message>
    <message>
        <source>Møte</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Nylig &amp;brukte</source>
        <translation>Recently &amp;used</translation>
    </message>
    <message>
        <source>&amp;Møte</source>
        <translation>&amp;Meeting</translation>
    </message>
    <message>
        <source>&amp;Fil</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Vis</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Hjelp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Ny database …</source>
        <translation>&amp;New database …</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Å&amp;pne …</source>
        <translation>&amp;Open …</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett fra sikkerhetskopi …</source>
        <translation>&amp;Restore from backup …</translation>
    </message>
    <message>
        <source>Gå tilbake til en tidligere kopi av filen; filen slik den er nå, lagres først</source>
        <translation>Go back to an earlier copy of the file; the file as it is now is saved first</translation>
    </message>
    <message>
        <source>&amp;Eksporter saker …</source>
        <translation>&amp;Export cases …</translation>
    </message>
    <message>
        <source>Lagre sakene til et planlagt møte i en saksmappe (.bmpak) som referenten tar inn i møtefilen</source>
        <translation>Save the cases of a planned meeting in a case package (.bmpak) that the secretary takes into the meeting file</translation>
    </message>
    <message>
        <source>Lag &amp;forberedelseskopi …</source>
        <translation>Make &amp;preparation copy …</translation>
    </message>
    <message>
        <source>Lag en kopi av møtefilen til å forberede saker på en bærbar PC; bare saksmapper fra en slik kopi kan importeres</source>
        <translation>Make a copy of the meeting file to prepare cases in on a laptop; only case packages from such a copy can be imported</translation>
    </message>
    <message>
        <source>Importer &amp;saker …</source>
        <translation>Import &amp;cases …</translation>
    </message>
    <message>
        <source>Ta inn saker forberedt på en annen maskin; konflikter vises, og du velger hva som gjelder</source>
        <translation>Bring in cases prepared on another machine; conflicts are shown, and you choose what applies</translation>
    </message>
    <message>
        <source>&amp;Importer …</source>
        <translation>&amp;Import …</translation>
    </message>
    <message>
        <source>Importer bygninger, boliger, beboere, søkere eller hendelser fra CSV eller Excel</source>
        <translation>Import buildings, units, residents, applicants or incidents from CSV or Excel</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Avslutt</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Møtevisning (storskjerm)</source>
        <translation>&amp;Meeting view (projector)</translation>
    </message>
    <message>
        <source>Saken i fullskjerm for prosjektoren: bolig, sammensetning før og etter, varsler</source>
        <translation>The case full screen for the projector: unit, composition before and after, flags</translation>
    </message>
    <message>
        <source>F11</source>
        <translation>F11</translation>
    </message>
    <message>
        <source>Gå til &amp;søkere</source>
        <translation>Go to &amp;applicants</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Gå til &amp;ledige boliger</source>
        <translation>Go to &amp;vacant units</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Gå til &amp;beboersammensetning</source>
        <translation>Go to &amp;resident composition</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Gå til &amp;kandidater</source>
        <translation>Go to &amp;candidates</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Filtrer listen</source>
        <translation>&amp;Filter the list</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Foreslå tildeling</source>
        <translation>&amp;Propose allocation</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>&amp;Nytt møte …</source>
        <translation>&amp;New meeting …</translation>
    </message>
    <message>
        <source>S&amp;tart møtet</source>
        <translation>S&amp;tart the meeting</translation>
    </message>
    <message>
        <source>A&amp;vslutt møtet …</source>
        <translation>&amp;Close the meeting …</translation>
    </message>
    <message>
        <source>&amp;Signer protokollen …</source>
        <translation>&amp;Sign the minutes …</translation>
    </message>
    <message>
        <source>Vedtaks&amp;brev for valgt sak …</source>
        <translation>Decision &amp;letter for selected case …</translation>
    </message>
    <message>
        <source>Ctrl+B</source>
        <translation>Ctrl+B</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>&amp;Angre siste vedtak</source>
        <translation>&amp;Undo last decision</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <source>&amp;Gjør om angret vedtak</source>
        <translation>&amp;Redo undone decision</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>&amp;Protokoll …</source>
        <translation>&amp;Minutes …</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>Gå til &amp;møtet</source>
        <translation>Go to the meetin&amp;g</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>Registrer &amp;hendelse …</source>
        <translation>Register &amp;incident …</translation>
    </message>
    <message>
        <source>Registrer en hendelse i oppgangen eller bygningen til boligen du ser på (dato, type, hvem som meldte den)</source>
        <translation>Register an incident in the stairwell or building of the unit in view (date, kind, who reported it)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>Fjern hendelse &amp;registrert ved en feil …</source>
        <translation>R&amp;emove an incident registered by mistake …</translation>
    </message>
    <message>
        <source>Fjerner den siste hendelsen du registrerte i dag; revisjonsloggen beholder begge stegene</source>
        <translation>Removes the last incident you registered today; the audit log keeps both steps</translation>
    </message>
    <message>
        <source>&amp;Brukerveiledning</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>Et møte fra saksliste til signert protokoll, og hva hvert varsel betyr</source>
        <translation>A meeting from agenda to signed minutes, and what each flag means</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Om Boligmøte</source>
        <translation>&amp;About Boligmøte</translation>
    </message>
    <message>
        <source>&amp;Oppfølging …</source>
        <translation>F&amp;ollow-up …</translation>
    </message>
    <message>
        <source>Oppfølgingspunkter fra vedtakene som har forfalt eller snart forfaller, og hva som ble gjort</source>
        <translation>Follow-up points from the decisions that are overdue or due soon, and what was done</translation>
    </message>
    <message>
        <source>Forn&amp;yelser …</source>
        <translation>Rene&amp;wals …</translation>
    </message>
    <message>
        <source>Leieavtaler som snart utløper, med forslag til fornyelse</source>
        <translation>Leases that end soon, with a suggested renewal</translation>
    </message>
    <message>
        <source>Lagre erfaringer med varslene</source>
        <translation>Save evidence on the flags</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Rapporten ble ikke lagret</source>
        <translation>The report was not saved</translation>
    </message>
    <message>
        <source>Erfaringer med varslene lagret i {path}: {counted} tildelinger med utfall.</source>
        <translation>Evidence on the flags saved to {path}: {counted} allocations with an outcome.</translation>
    </message>
    <message>
        <source>Erfaringer med &amp;varslene …</source>
        <translation>Evidence on the &amp;flags …</translation>
    </message>
    <message>
        <source>Årsrapport (PDF): hvor mange tildelinger fikk et dårlig utfall med og uten hvert varsel</source>
        <translation>Yearly report (PDF): how many allocations had a poor outcome with and without each flag</translation>
    </message>
    <message>
        <source>&amp;Leieforhold i risiko …</source>
        <translation>Tenancies &amp;at risk …</translation>
    </message>
    <message>
        <source>Ar&amp;kiver …</source>
        <translation>Archi&amp;ve …</translation>
    </message>
    <message>
        <source>Det signerte møtet til kommunens arkiv: Fiks Arkiv-meldinger med protokollen og vedtaksbrevene som PDF/A</source>
        <translation>The signed meeting to the municipality&apos;s archive: Fiks Arkiv messages with the minutes and the decision letters as PDF/A</translation>
    </message>
    <message>
        <source>Arkiver møtet</source>
        <translation>Archive the meeting</translation>
    </message>
    <message>
        <source>Velg et signert møte i møtepanelet først.</source>
        <translation>Choose a signed meeting in the meeting pane first.</translation>
    </message>
    <message>
        <source>Møtet {date} er ikke signert ({status}). Bare et signert møte kan arkiveres: avslutt møtet og signer protokollen først.</source>
        <translation>The meeting of {date} is not signed ({status}). Only a signed meeting can be archived: close the meeting and sign the minutes first.</translation>
    </message>
    <message>
        <source>Velg mappen arkiveksporten skal legges i</source>
        <translation>Choose the folder to put the archive export in</translation>
    </message>
    <message>
        <source>Møtet ble ikke arkivert</source>
        <translation>The meeting was not archived</translation>
    </message>
    <message>
        <source>{count} arkivmeldinger (protokollen og {letters} vedtaksbrev) er lagret i {folder}. Gi mappen til arkivet; sjekksummer.sha256 i mappen lar arkivaren kontrollere filene.</source>
        <translation>{count} archive messages (the minutes and {letters} decision letters) are saved in {folder}. Hand the folder to the archive; sjekksummer.sha256 in the folder lets the archivist check the files.</translation>
    </message>
    <message>
        <source>{n} dokument(er) signert eller sendt før PDF/A fikk en avledet PDF/A-kopi ved siden av originalen, som er uendret.</source>
        <translation>{n} document(s) signed or sent before PDF/A got a derived PDF/A copy beside the original, which is unchanged.</translation>
    </message>
    <message>
        <source>Møtet er klart for arkivet</source>
        <translation>The meeting is ready for the archive</translation>
    </message>
    <message>
        <source>Planlegg fordel&amp;ing …</source>
        <translation>Plan t&amp;he allocation …</translation>
    </message>
    <message>
        <source>Én plan for alle ledige boliger, ved siden av streng køorden – et råd, ikke et vedtak</source>
        <translation>One plan for every vacant unit, beside strict queue order – advice, not a decision</translation>
    </message>
    <message>
        <source>Årsstatistikk</source>
        <translation>Yearly figures</translation>
    </message>
    <message>
        <source>Tallene gjelder året (per 31.12):</source>
        <translation>The figures are for the year (as of 31 December):</translation>
    </message>
    <message>
        <source>Lagre årsstatistikken</source>
        <translation>Save the yearly figures</translation>
    </message>
    <message>
        <source>Årsstatistikken ble ikke lagret</source>
        <translation>The yearly figures were not saved</translation>
    </message>
    <message>
        <source>Årsstatistikk {year} lagret i {pdf} og {xlsx}.</source>
        <translation>Yearly figures {year} saved in {pdf} and {xlsx}.</translation>
    </message>
    <message>
        <source>Årsstatisti&amp;kk …</source>
        <translation>Yearly fi&amp;gures …</translation>
    </message>
    <message>
        <source>Årets tall (PDF og Excel): søknader, vedtak, ventetid, boliger, ledighet, fornyelser og utkastelser forhindret</source>
        <translation>The year&apos;s figures (PDF and Excel): applications, decisions, waiting times, units, vacancies, renewals and evictions prevented</translation>
    </message>
    <message>
        <source>Eksporter boligregisteret (K&amp;obo) …</source>
        <translation>Export the unit register (&amp;Kobo) …</translation>
    </message>
    <message>
        <source>Boligregisteret som JSON i et Kobo-lignende format (ikke prøvd mot en ekte Kobo-fil); husstander bare om du velger det</source>
        <translation>The unit register as JSON in a Kobo-like format (not tested against a real Kobo file); households only if you choose so</translation>
    </message>
    <message>
        <source>Eksporter boligregisteret (Kobo)</source>
        <translation>Export the unit register (Kobo)</translation>
    </message>
    <message>
        <source>Filen får boligene i et Kobo-lignende format (ikke prøvd mot en ekte Kobo-fil): adresse, oppgang, etasje, boligtype, soverom, areal og husleie.</source>
        <translation>The file gets the units in a Kobo-like format (not tested against a real Kobo file): address, stairwell, floor, unit type, bedrooms, area and rent.</translation>
    </message>
    <message>
        <source>Advarsel: med husstandene (husstandstype, antall voksne og leieperiode per bolig) inneholder filen personopplysninger. Den trenger da et behandlingsgrunnlag og en databehandleravtale før den sendes til Husbanken. Barn tas aldri med, og heller ingen husstand i bemannede boliger og bofellesskap.</source>
        <translation>Warning: with the households (household type, number of adults and lease period per unit) the file contains personal data. It then needs a legal basis and a data processing agreement before it is sent to Husbanken. Children are never included, nor any household in staffed housing or shared housing.</translation>
    </message>
    <message>
        <source>Ta med &amp;husstandene (personopplysninger)</source>
        <translation>Include the &amp;households (personal data)</translation>
    </message>
    <message>
        <source>&amp;Fortsett</source>
        <translation>&amp;Continue</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kobo-filer (*.json)</source>
        <translation>Kobo files (*.json)</translation>
    </message>
    <message>
        <source>Boligregisteret ble ikke eksportert</source>
        <translation>The unit register was not exported</translation>
    </message>
    <message>
        <source>{count} boliger er lagret i {file} med husstandene: filen inneholder personopplysninger. Behov, oppfølging, barn og navn er ikke med.</source>
        <translation>{count} units have been saved in {file} with their households: the file contains personal data. Needs, follow-up, children and names are not included.</translation>
    </message>
    <message>
        <source>{count} boliger er lagret i {file}, uten husstander. Behov, oppfølging og navn er ikke med.</source>
        <translation>{count} units have been saved in {file}, without households. Needs, follow-up and names are not included.</translation>
    </message>
    <message>
        <source>Boligregisteret er eksportert</source>
        <translation>The unit register has been exported</translation>
    </message>
    <message>
        <source>Leieforhold med husleierestanse eller varsel fra utleier, tiltakene møtet beslutter og samarbeidsplanene</source>
        <translation>Tenancies with rent arrears or a warning from the landlord, the measures the meeting decides and the cooperation plans</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>Nytt møte</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>&amp;Dato:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>dd.MM.yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <source>Møtedato</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <source>&amp;Sted:</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <source>Møtested</source>
        <translation>Meeting place</translation>
    </message>
    <message>
        <source>&amp;Tittel:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Tildelingsmøte</source>
        <translation>Allocation meeting</translation>
    </message>
    <message>
        <source>Møtets tittel</source>
        <translation>The meeting&apos;s title</translation>
    </message>
</context>
<context>
    <name>MeetingPanel</name>
    <message>
        <source>Ingen møter ennå. Lag et nytt møte for å sette opp sakslisten.</source>
        <translation>No meetings yet. Create a new meeting to set up the agenda.</translation>
    </message>
    <message>
        <source>ingen ennå</source>
        <translation>none yet</translation>
    </message>
    <message>
        <source>{cases} saker, {decided} avgjort</source>
        <translation>{cases} cases, {decided} decided</translation>
    </message>
    <message>
        <source>Signert {date} kl. {time} av {names}</source>
        <translation>Signed on {date} at {time} by {names}</translation>
    </message>
    <message>
        <source>Vedtaksmyndighet: {deciders}</source>
        <translation>Decision authority: {deciders}</translation>
    </message>
    <message>
        <source>Skrivebeskyttet</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Kunne ikke lage møtet</source>
        <translation>Could not create the meeting</translation>
    </message>
    <message>
        <source>Kunne ikke endre møtets status</source>
        <translation>Could not change the meeting&apos;s status</translation>
    </message>
    <message>
        <source>Avslutte møtet?</source>
        <translation>Close the meeting?</translation>
    </message>
    <message>
        <source>{count} saker er ikke avgjort og blir stående uten vedtak i protokollen. Avslutte likevel?</source>
        <translation>{count} cases are not decided and will stand without a decision in the minutes. Close anyway?</translation>
    </message>
    <message>
        <source>Kunne ikke legge saken på sakslisten</source>
        <translation>Could not put the case on the agenda</translation>
    </message>
    <message>
        <source>Samtykke mangler</source>
        <translation>Consent missing</translation>
    </message>
    <message>
        <source>Velg en søker</source>
        <translation>Choose an applicant</translation>
    </message>
    <message>
        <source>Velg søkeren i søkerlisten først.</source>
        <translation>Choose the applicant in the applicant list first.</translation>
    </message>
    <message>
        <source>Ingen møter</source>
        <translation>No meetings</translation>
    </message>
    <message>
        <source>Lag et møte først (Møte → Nytt møte …).</source>
        <translation>Create a meeting first (Meeting → New meeting …).</translation>
    </message>
    <message>
        <source>Møtet er avsluttet</source>
        <translation>The meeting is closed</translation>
    </message>
    <message>
        <source>Velg et planlagt eller pågående møte.</source>
        <translation>Choose a planned or running meeting.</translation>
    </message>
    <message>
        <source>Velg en sak</source>
        <translation>Choose a case</translation>
    </message>
    <message>
        <source>Velg saken på sakslisten først.</source>
        <translation>Choose the case on the agenda first.</translation>
    </message>
    <message>
        <source>Allerede avgjort</source>
        <translation>Already decided</translation>
    </message>
    <message>
        <source>Sak {case} er avgjort. Angre vedtaket først om det skal endres.</source>
        <translation>Case {case} is decided. Undo the decision first if it is to be changed.</translation>
    </message>
    <message>
        <source>Kan ikke fatte vedtak</source>
        <translation>Cannot make a decision</translation>
    </message>
    <message>
        <source>Møtet er ikke i dag</source>
        <translation>The meeting is not today</translation>
    </message>
    <message>
        <source>&amp;Flytt møtet til i dag</source>
        <translation>&amp;Move the meeting to today</translation>
    </message>
    <message>
        <source>Møtet er datert {date}, og i dag er {today}. Et vedtak kan ikke føres før møtedagen: det ville være fattet før møtet det hører til.</source>
        <translation>The meeting is dated {date}, and today is {today}. A decision cannot be recorded before the day of the meeting: it would be made before the meeting it belongs to.</translation>
    </message>
    <message>
        <source>&amp;Nei</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Ble møtet holdt tidligere enn planlagt, flytt det til i dag.</source>
        <translation>If the meeting is held earlier than planned, move it to today.</translation>
    </message>
    <message>
        <source>Møtet har allerede vedtak og kan ikke flyttes.</source>
        <translation>The meeting already has decisions and cannot be moved.</translation>
    </message>
    <message>
        <source>Kunne ikke flytte møtet</source>
        <translation>Could not move the meeting</translation>
    </message>
    <message>
        <source>Møtet er flyttet til i dag, {today}.</source>
        <translation>The meeting has been moved to today, {today}.</translation>
    </message>
    <message>
        <source>Vedtaket i sak {number} ({case}) er lagret: {outcome}, {place}.</source>
        <translation>The decision in case {number} ({case}) is saved: {outcome}, {place}.</translation>
    </message>
    <message>
        <source>Vedtaket i sak {number} ({case}) er lagret: {outcome}.</source>
        <translation>The decision in case {number} ({case}) is saved: {outcome}.</translation>
    </message>
    <message>
        <source>Angre siste vedtak?</source>
        <translation>Undo the last decision?</translation>
    </message>
    <message>
        <source>Angre vedtaket i sak {case} ({outcome})? Søkeren settes tilbake på ventelisten og boligen blir ledig igjen. Angringen føres i revisjonsloggen.</source>
        <translation>Undo the decision in case {case} ({outcome})? The applicant goes back on the waiting list and the unit becomes vacant again. The undo is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Det som ble skrevet, beholdes: Gjør om (Ctrl+Shift+Z) fører vedtaket på nytt.</source>
        <translation>What was written is kept: Redo (Ctrl+Shift+Z) records the decision again.</translation>
    </message>
    <message>
        <source>Kunne ikke angre</source>
        <translation>Could not undo</translation>
    </message>
    <message>
        <source>Vedtaket i sak {case} er angret. Gjør om med Ctrl+Shift+Z.</source>
        <translation>The decision in case {case} was undone. Redo with Ctrl+Shift+Z.</translation>
    </message>
    <message>
        <source>Ingen angrede vedtak å gjøre om.</source>
        <translation>No undone decision to redo.</translation>
    </message>
    <message>
        <source>Vedtak kan bare gjøres om mens møtet pågår.</source>
        <translation>Decisions can only be redone while the meeting is in progress.</translation>
    </message>
    <message>
        <source>Vedtaket i sak {case} er ført på nytt, med begrunnelsene.</source>
        <translation>The decision in case {case} was recorded again, with its reasons.</translation>
    </message>
    <message>
        <source>Skjermet visning er på</source>
        <translation>Screened view is on</translation>
    </message>
    <message>
        <source>{what} viser søkernes navn og adresser. Skjermen kan være delt med rommet eller en videosamtale.</source>
        <translation>{what} shows the applicants&apos; names and addresses. The screen may be shared with the room or a video call.</translation>
    </message>
    <message>
        <source>Kopien med bare saksnummer har saksnummer i stedet for navn og adresser; tekst møtet har skrevet, står som skrevet.</source>
        <translation>The copy with case numbers only has case numbers in place of names and addresses; text the meeting wrote stands as written.</translation>
    </message>
    <message>
        <source>Vis &amp;kopi med bare saksnummer</source>
        <translation>Show a &amp;copy with case numbers only</translation>
    </message>
    <message>
        <source>Vis med &amp;navn</source>
        <translation>Show with &amp;names</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Protokollen</source>
        <translation>The minutes</translation>
    </message>
    <message>
        <source>Kunne ikke lage protokollen</source>
        <translation>Could not create the minutes</translation>
    </message>
    <message>
        <source>Protokoll – {title} {date}</source>
        <translation>Minutes – {title} {date}</translation>
    </message>
    <message>
        <source>(skjermet kopi)</source>
        <translation>(screened copy)</translation>
    </message>
    <message>
        <source>Velg en avgjort sak</source>
        <translation>Choose a decided case</translation>
    </message>
    <message>
        <source>Velg en sak med vedtak på sakslisten først.</source>
        <translation>Choose a case with a decision on the agenda first.</translation>
    </message>
    <message>
        <source>Vedtaksbrevet</source>
        <translation>The decision letter</translation>
    </message>
    <message>
        <source>Kunne ikke lage vedtaksbrevet</source>
        <translation>Could not create the decision letter</translation>
    </message>
    <message>
        <source>Vedtaksbrev – sak {case}</source>
        <translation>Decision letter – case {case}</translation>
    </message>
    <message>
        <source>Kunne ikke signere</source>
        <translation>Could not sign</translation>
    </message>
    <message>
        <source>Protokollen er signert {date} kl. {time} av {names}. Møtet kan ikke lenger endres.</source>
        <translation>The minutes were signed on {date} at {time} by {names}. The meeting can no longer be changed.</translation>
    </message>
    <message>
        <source>Tillegget er ikke ført</source>
        <translation>The addendum was not recorded</translation>
    </message>
    <message>
        <source>Et tillegg til protokollen sier hvem som førte det. Skriv navnet ditt for å føre tillegget.</source>
        <translation>An addendum to the minutes says who recorded it. Enter your name to record the addendum.</translation>
    </message>
    <message>
        <source>Tillegg til signert protokoll</source>
        <translation>Addendum to signed minutes</translation>
    </message>
    <message>
        <source>Hva retter eller legger tillegget til? (Tillegget dateres og får sin egen protokollside.)</source>
        <translation>What does the addendum correct or add? (The addendum is dated and gets its own page in the minutes.)</translation>
    </message>
    <message>
        <source>Kunne ikke føre tillegget</source>
        <translation>Could not record the addendum</translation>
    </message>
    <message>
        <source>Velg møte</source>
        <translation>Choose meeting</translation>
    </message>
    <message>
        <source>N&amp;ytt møte …</source>
        <translation>&amp;New meeting …</translation>
    </message>
    <message>
        <source>Sta&amp;rt møtet</source>
        <translation>Star&amp;t the meeting</translation>
    </message>
    <message>
        <source>Avsl&amp;utt møtet</source>
        <translation>C&amp;lose the meeting</translation>
    </message>
    <message>
        <source>Le&amp;gg på sakslisten</source>
        <translation>Put on the a&amp;genda</translation>
    </message>
    <message>
        <source>F&amp;att vedtak … (Ctrl+D)</source>
        <translation>De&amp;cide … (Ctrl+D)</translation>
    </message>
    <message>
        <source>Angr&amp;e siste vedtak</source>
        <translation>Und&amp;o last decision</translation>
    </message>
    <message>
        <source>Sig&amp;ner …</source>
        <translation>&amp;Sign …</translation>
    </message>
    <message>
        <source>T&amp;illegg …</source>
        <translation>A&amp;ddendum …</translation>
    </message>
    <message>
        <source>Ved&amp;taksbrev …</source>
        <translation>Decision l&amp;etter …</translation>
    </message>
    <message>
        <source>&amp;Deltakere …</source>
        <translation>Pa&amp;rticipants …</translation>
    </message>
    <message>
        <source>Sakslisten med vedtak</source>
        <translation>The agenda with decisions</translation>
    </message>
    <message>
        <source>Legg søkeren som er valgt i ventelisten (og boligen som er valgt) på sakslisten</source>
        <translation>Put the applicant selected in the queue (and the unit selected) on the agenda</translation>
    </message>
    <message>
        <source>&amp;Protokoll …</source>
        <translation>Vie&amp;w minutes …</translation>
    </message>
</context>
<context>
    <name>MeetingView</name>
    <message>
        <source>Tunge behov i alt</source>
        <translation>Heavy needs in all</translation>
    </message>
    <message>
        <source>Beboersammensetning før og etter tildelingen</source>
        <translation>Resident composition before and after the allocation</translation>
    </message>
    <message>
        <source>Oppgang {label}</source>
        <translation>Stairwell {label}</translation>
    </message>
    <message>
        <source>Bygningen</source>
        <translation>The building</translation>
    </message>
    <message>
        <source>Husstander i alt</source>
        <translation>Households in all</translation>
    </message>
    <message>
        <source>nå → med søkeren</source>
        <translation>now → with the applicant</translation>
    </message>
    <message>
        <source>husstand</source>
        <translation>household</translation>
    </message>
    <message>
        <source>behov</source>
        <translation>need</translation>
    </message>
    <message>
        <source>før vedtaket → med søkeren</source>
        <translation>before the decision → with the applicant</translation>
    </message>
    <message>
        <source>Husstandstype</source>
        <translation>Household type</translation>
    </message>
    <message>
        <source>Behov</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>nå</source>
        <translation>now</translation>
    </message>
    <message>
        <source>før vedtaket</source>
        <translation>before the decision</translation>
    </message>
    <message>
        <source>med søkeren (▲ endres)</source>
        <translation>with the applicant (▲ changes)</translation>
    </message>
    <message>
        <source>færre enn {n}: rådgiver til stede</source>
        <translation>fewer than {n}: adviser present</translation>
    </message>
    <message>
        <source>færre enn {n}</source>
        <translation>fewer than {n}</translation>
    </message>
    <message>
        <source>Møtevisning – Boligmøte</source>
        <translation>Meeting view – Boligmøte</translation>
    </message>
    <message>
        <source>Vis &amp;navn</source>
        <translation>Show &amp;names</translation>
    </message>
    <message>
        <source>Navnene er skjult på storskjermen til møtelederen slår dem på</source>
        <translation>Names are hidden on the big screen until the chair turns them on</translation>
    </message>
    <message>
        <source>Ctrl+↓/↑ neste/forrige sak · Esc eller F11 lukker</source>
        <translation>Ctrl+↓/↑ next/previous case · Esc or F11 closes</translation>
    </message>
    <message>
        <source>▼ Flere varsler nedenfor (↓ / PgDn)</source>
        <translation>▼ More flags below (↓ / PgDn)</translation>
    </message>
    <message>
        <source>Skjermet visning er på: navn vises ikke</source>
        <translation>Screened view is on: names are not shown</translation>
    </message>
    <message>
        <source>Velg en bolig eller en kandidat for å se oppgangen og bygningen.</source>
        <translation>Choose a unit or a candidate to see the stairwell and the building.</translation>
    </message>
    <message>
        <source>Velg en sak på sakslisten, eller en søker og en bolig, i hovedvinduet.</source>
        <translation>Choose a case on the agenda, or an applicant and a unit, in the main window.</translation>
    </message>
    <message>
        <source>Sak {number}</source>
        <translation>Case {number}</translation>
    </message>
    <message>
        <source>{address}, oppgang {stairwell}</source>
        <translation>{address}, stairwell {stairwell}</translation>
    </message>
    <message>
        <source>Bolig: {where}</source>
        <translation>Unit: {where}</translation>
    </message>
    <message>
        <source>Ingen sak valgt</source>
        <translation>No case chosen</translation>
    </message>
    <message>
        <source>1 voksen</source>
        <translation>1 adult</translation>
    </message>
    <message>
        <source>{n} voksne</source>
        <translation>{n} adults</translation>
    </message>
    <message>
        <source>, {n} barn</source>
        <translation>, {n} children</translation>
    </message>
    <message>
        <source>ventet {time}</source>
        <translation>waited {time}</translation>
    </message>
    <message>
        <source>vedtak: {outcome}</source>
        <translation>decision: {outcome}</translation>
    </message>
    <message>
        <source>Søker:</source>
        <translation>Applicant:</translation>
    </message>
    <message>
        <source>heis</source>
        <translation>lift</translation>
    </message>
    <message>
        <source>uten heis</source>
        <translation>no lift</translation>
    </message>
    <message>
        <source>{rooms}, {area} m²</source>
        <translation>{rooms}, {area} m²</translation>
    </message>
    <message>
        <source>{rent} i måneden</source>
        <translation>{rent} a month</translation>
    </message>
    <message>
        <source>Bolig:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <source>Kilde:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>Risikovarsler ({count})</source>
        <translation>Flags ({count})</translation>
    </message>
    <message>
        <source>Risikovarsler</source>
        <translation>Risk flags</translation>
    </message>
    <message>
        <source>Ingen risikovarsler for dette paret.</source>
        <translation>No risk flags for this pair.</translation>
    </message>
    <message>
        <source>Varslene er råd med begrunnelse, aldri et automatisk avslag.</source>
        <translation>Flags are advice with reasons, never an automatic refusal.</translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>Varsler</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Ingen risikovarsler for dette paret.</source>
        <translation>No risk flags for this pair.</translation>
    </message>
    <message>
        <source>kilde:</source>
        <translation>source:</translation>
    </message>
    <message>
        <source>Saksnr.</source>
        <translation>Case no.</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Prioritet</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Ventetid</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>{amount} ({months} mnd. leie)</source>
        <translation>{amount} ({months} months&apos; rent)</translation>
    </message>
    <message>
        <source>ikke behandlet</source>
        <translation>not dealt with</translation>
    </message>
    <message>
        <source>{date} (nye meldinger siden)</source>
        <translation>{date} (new entries since)</translation>
    </message>
    <message>
        <source>Husstand</source>
        <translation>Household</translation>
    </message>
    <message>
        <source>Restanse</source>
        <translation>Arrears</translation>
    </message>
    <message>
        <source>Saldo per {date}</source>
        <translation>Balance on {date}</translation>
    </message>
    <message>
        <source>Varsel</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Samarbeidsplan</source>
        <translation>Cooperation plan</translation>
    </message>
    <message>
        <source>Behov</source>
        <translation>Needs</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>{address}, oppg. {stairwell}</source>
        <translation>{address}, stairw. {stairwell}</translation>
    </message>
    <message>
        <source>Bydel</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Rom</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Husleie</source>
        <translation>Rent</translation>
    </message>
    <message>
        <source>Tilgj.</source>
        <translation>Access</translation>
    </message>
    <message>
        <source>Ledig fra</source>
        <translation>Vacant from</translation>
    </message>
    <message>
        <source>Kommunale boliger</source>
        <translation>Municipal units</translation>
    </message>
    <message>
        <source>Husstander</source>
        <translation>Households</translation>
    </message>
    <message>
        <source>Personer</source>
        <translation>Persons</translation>
    </message>
    <message>
        <source>Barn under 18 år</source>
        <translation>Children under 18</translation>
    </message>
    <message>
        <source>Husstandstype</source>
        <translation>Household type</translation>
    </message>
    <message>
        <source>Husstander med tunge behov</source>
        <translation>Households with heavy needs</translation>
    </message>
    <message>
        <source>Hendelser</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Siste 6 måneder</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <source>Siste 12 måneder</source>
        <translation>Last 12 months</translation>
    </message>
    <message>
        <source>Oppgang</source>
        <translation>Stairwell</translation>
    </message>
    <message>
        <source>Bygning</source>
        <translation>Building</translation>
    </message>
    <message>
        <source>{adults} voksne</source>
        <translation>{adults} adults</translation>
    </message>
    <message>
        <source>Rullestol</source>
        <translation>Wheelchair</translation>
    </message>
    <message>
        <source>Trinnfri</source>
        <translation>Step-free</translation>
    </message>
    <message>
        <source>Trapp</source>
        <translation>Stairs</translation>
    </message>
    <message>
        <source>Ikke avgjort</source>
        <translation>Not decided</translation>
    </message>
    <message>
        <source>{date} (forfalt, {days} d)</source>
        <translation>{date} (overdue, {days} d)</translation>
    </message>
    <message>
        <source>Frist</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Sak</source>
        <translation>Case</translation>
    </message>
    <message>
        <source>Fristen for en beslutning om tiltak (leieforhold i risiko)</source>
        <translation>The deadline of a decision on measures (tenancy at risk)</translation>
    </message>
    <message>
        <source>Lagt til for hånd, uten vedtak i filen</source>
        <translation>Added by hand, without a decision in this file</translation>
    </message>
    <message>
        <source>Hva som ble lovet</source>
        <translation>What was promised</translation>
    </message>
    <message>
        <source>Vedtatt</source>
        <translation>Decided</translation>
    </message>
    <message>
        <source>oppg. {stairwell}</source>
        <translation>stairw. {stairwell}</translation>
    </message>
    <message>
        <source>Ingen notater</source>
        <translation>No notes</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Bolig</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Søker</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <source>Bolig {unit}</source>
        <translation>Unit {unit}</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Vedtaksmyndighet</source>
        <translation>Decision authority</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nei (rådgivende)</source>
        <translation>No (advisory)</translation>
    </message>
    <message>
        <source>Oppmøte</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Til stede</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Forfall</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <source>Prioritert</source>
        <translation>Prioritised</translation>
    </message>
    <message>
        <source>Ikke prioritert</source>
        <translation>Not prioritised</translation>
    </message>
    <message>
        <source>Kvalifisert {date}</source>
        <translation>Qualified {date}</translation>
    </message>
    <message>
        <source>Soverom</source>
        <translation>Bedrooms</translation>
    </message>
    <message>
        <source>Tilgjengelighet som trengs</source>
        <translation>Accessibility needed</translation>
    </message>
    <message>
        <source>Oppg.</source>
        <translation>Stairw.</translation>
    </message>
    <message>
        <source>Etg.</source>
        <translation>Floor</translation>
    </message>
    <message>
        <source>Månedlig leie (gjengs leie)</source>
        <translation>Monthly rent (market rent)</translation>
    </message>
    <message>
        <source>Bolignr.</source>
        <translation>Unit no.</translation>
    </message>
    <message>
        <source>{date} (utløpt)</source>
        <translation>{date} (ended)</translation>
    </message>
    <message>
        <source>Utløper</source>
        <translation>Ends</translation>
    </message>
    <message>
        <source>Bodd der</source>
        <translation>Lived there</translation>
    </message>
    <message>
        <source>Oppfølging</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Hendelser
12 mnd</source>
        <translation>Incidents
12 mo</translation>
    </message>
    <message>
        <source>{stairwell} i oppgangen, {building} i bygningen</source>
        <translation>{stairwell} in the stairwell, {building} in the building</translation>
    </message>
    <message>
        <source>Forslag</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <source>{years} år</source>
        <translation>{years} yrs</translation>
    </message>
    <message>
        <source>ingen</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{count} forbigått – {first}</source>
        <translation>{count} passed over – {first}</translation>
    </message>
    <message>
        <source>Hvorfor</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Låst</source>
        <translation>Locked</translation>
    </message>
    <message>
        <source>låst</source>
        <translation>locked</translation>
    </message>
    <message>
        <source>Mål</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Streng køorden</source>
        <translation>Strict queue order</translation>
    </message>
    <message>
        <source>Nr. i køen</source>
        <translation>Place in queue</translation>
    </message>
    <message>
        <source>Planen</source>
        <translation>The plan</translation>
    </message>
    <message>
        <source>I møtet</source>
        <translation>In the meeting</translation>
    </message>
    <message>
        <source>Sak {number}: på sakslisten</source>
        <translation>Case {number}: on the agenda</translation>
    </message>
    <message>
        <source>Sak {number}: {outcome}</source>
        <translation>Case {number}: {outcome}</translation>
    </message>
    <message>
        <source>Beslutning</source>
        <translation>Decision</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>Feil passord (eller filen er ikke en Boligmøte-database). Prøv igjen.</source>
        <translation>Wrong passphrase (or the file is not a Boligmøte database). Try again.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne filen</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <source>Ikke en Boligmøte-fil</source>
        <translation>Not a Boligmøte file</translation>
    </message>
    <message>
        <source>«{file}» er ikke en Boligmøte-fil og kan ikke åpnes.</source>
        <translation>“{file}” is not a Boligmøte file and cannot be opened.</translation>
    </message>
    <message>
        <source>Filen er i bruk</source>
        <translation>The file is in use</translation>
    </message>
    <message>
        <source>Filen er skrivebeskyttet</source>
        <translation>The file is read-only</translation>
    </message>
    <message>
        <source>Skrivebeskyttet kan du se alt, men ikke føre vedtak eller endre noe.</source>
        <translation>Read-only, you can see everything but not record decisions or change anything.</translation>
    </message>
    <message>
        <source>Åpne &amp;skrivebeskyttet</source>
        <translation>Open &amp;read-only</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Merk</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ParticipantsDialog</name>
    <message>
        <source>Deltakere</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Møtets deltakere</source>
        <translation>The meeting&apos;s participants</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Deltakerens navn</source>
        <translation>Participant&apos;s name</translation>
    </message>
    <message>
        <source>Rolle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Organisasjon</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Vedtaksmyndighet</source>
        <translation>&amp;Decision authority</translation>
    </message>
    <message>
        <source>Meldt f&amp;orfall</source>
        <translation>Sent ap&amp;ologies</translation>
    </message>
    <message>
        <source>Deltakeren har meldt forfall</source>
        <translation>The participant has sent apologies</translation>
    </message>
    <message>
        <source>&amp;Legg til</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Fjern valgt</source>
        <translation>&amp;Remove selected</translation>
    </message>
    <message>
        <source>&amp;Til stede / forfall</source>
        <translation>&amp;Present / apologies</translation>
    </message>
    <message>
        <source>Veksle oppmøtet for den valgte deltakeren</source>
        <translation>Toggle attendance for the selected participant</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>&lt;b&gt;{file}&lt;/b&gt; er ikke en vanlig databasefil. Er den kryptert, skriver du passordet her.</source>
        <translation>&lt;b&gt;{file}&lt;/b&gt; is not a plain database file. If it is encrypted, enter its passphrase here.</translation>
    </message>
    <message>
        <source>Er filen ikke en Boligmøte-database, hjelper ikke noe passord. Et glemt passord kan ikke gjenopprettes.</source>
        <translation>If the file is not a Boligmøte database, no passphrase will help. A forgotten passphrase cannot be recovered.</translation>
    </message>
    <message>
        <source>&amp;Åpne</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Kryptert database</source>
        <translation>Encrypted database</translation>
    </message>
    <message>
        <source>&amp;Passord:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>Passord for databasefilen</source>
        <translation>Passphrase of the database file</translation>
    </message>
    <message>
        <source>&amp;Vis passordet</source>
        <translation>&amp;Show the passphrase</translation>
    </message>
    <message>
        <source>color: #b00020; font-weight: bold;</source>
        <translation>color: #b00020; font-weight: bold;</translation>
    </message>
    <message>
        <source>Feilmelding</source>
        <translation>Error message</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <source>Lagre som PDF …</source>
        <translation>Save as PDF …</translation>
    </message>
    <message>
        <source>Signer protokollen …</source>
        <translation>Sign the minutes …</translation>
    </message>
    <message>
        <source>Lagre som PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Kunne ikke lagre</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Kunne ikke lagre {file}: {reason}.</source>
        <translation>Could not save {file}: {reason}.</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Samspill: planen unngår kritiske varsler fra hele planen, men veier andre varsler fra samspill to plasseringer om gangen; tabellen teller dem på hele planen.</source>
        <translation>Interactions: the plan avoids critical flags from the whole plan, but weighs other flags from interactions two placements at a time; the table counts them on the whole plan.</translation>
    </message>
    <message>
        <source>Bygger modellen …</source>
        <translation>Building the model …</translation>
    </message>
    <message>
        <source>Avbryter … planen så langt beholdes.</source>
        <translation>Cancelling … the plan so far is kept.</translation>
    </message>
    <message>
        <source>Trinn {number} av {count}: {stage} ({seconds:.1f} s)</source>
        <translation>Stage {number} of {count}: {stage} ({seconds:.1f} s)</translation>
    </message>
    <message>
        <source>Høyt rangert, uten &amp;bolig ({count})</source>
        <translation>High-ranked, with&amp;out a unit ({count})</translation>
    </message>
    <message>
        <source>{count} plasseringer, {vacant} boliger uten plassering. Status: {status}. Laget med {version}; {seconds:.1f} s.</source>
        <translation>{count} placements, {vacant} units without a placement. Status: {status}. Made with {version}; {seconds:.1f} s.</translation>
    </message>
    <message>
        <source>Låst: {locks}. Utelukket: {forbidden}.</source>
        <translation>Locked: {locks}. Forbidden: {forbidden}.</translation>
    </message>
    <message>
        <source>Vekting: {step}</source>
        <translation>Weighting: {step}</translation>
    </message>
    <message>
        <source>{case} i {unit} ({address}, oppgang {stairwell})</source>
        <translation>{case} in {unit} ({address}, stairwell {stairwell})</translation>
    </message>
    <message>
        <source>{case}, nr. {place} i køen, får ingen bolig i planen</source>
        <translation>{case}, no. {place} in the queue, gets no unit in the plan</translation>
    </message>
    <message>
        <source>Legg på sakslisten</source>
        <translation>Add to the agenda</translation>
    </message>
    <message>
        <source>Velg eller opprett et møte først.</source>
        <translation>Choose or create a meeting first.</translation>
    </message>
    <message>
        <source>Legge {count} plasseringer på sakslisten som forslag? Hver sak avgjøres for seg i møtet.</source>
        <translation>Add {count} placements to the agenda as proposals? Each case is decided on its own in the meeting.</translation>
    </message>
    <message>
        <source>{added} forslag lagt på sakslisten.</source>
        <translation>{added} proposals added to the agenda.</translation>
    </message>
    <message>
        <source>… og {more} til.</source>
        <translation>… and {more} more.</translation>
    </message>
    <message>
        <source>Planlegg fordeling</source>
        <translation>Plan allocation</translation>
    </message>
    <message>
        <source>Planen er et råd til møtet, ikke et vedtak: hver plassering legges på sakslisten som et forslag og avgjøres for seg, med sin egen avveining.</source>
        <translation>The plan is advice for the meeting, not a decision: each placement goes on the agenda as a proposal and is decided on its own, with its own weighing.</translation>
    </message>
    <message>
        <source>Vekting mellom køen først og færrest varsler</source>
        <translation>Weighting between queue first and fewest flags</translation>
    </message>
    <message>
        <source>færrest varsler</source>
        <translation>fewest flags</translation>
    </message>
    <message>
        <source>Tillat &amp;kritiske varsler</source>
        <translation>Allow c&amp;ritical flags</translation>
    </message>
    <message>
        <source>&amp;Planlegg</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Framdrift for planleggingen</source>
        <translation>Planning progress</translation>
    </message>
    <message>
        <source>&amp;Avbryt planleggingen</source>
        <translation>C&amp;ancel planning</translation>
    </message>
    <message>
        <source>K&amp;øen først</source>
        <translation>&amp;Queue first</translation>
    </message>
    <message>
        <source>Plasse&amp;ringer</source>
        <translation>Placeme&amp;nts</translation>
    </message>
    <message>
        <source>Plasseringene i planen</source>
        <translation>The placements in the plan</translation>
    </message>
    <message>
        <source>Høyt rangert, uten &amp;bolig</source>
        <translation>High-ranked, with&amp;out a unit</translation>
    </message>
    <message>
        <source>Høyt rangerte søkere som planen ikke gir bolig</source>
        <translation>High-ranked applicants the plan gives no unit</translation>
    </message>
    <message>
        <source>Sammenlignet med streng køorden</source>
        <translation>Compared with strict queue order</translation>
    </message>
    <message>
        <source>Planen sammenlignet med streng køorden</source>
        <translation>The plan compared with strict queue order</translation>
    </message>
    <message>
        <source>&amp;Hvorfor</source>
        <translation>&amp;Why</translation>
    </message>
    <message>
        <source>Hvorfor – den valgte plasseringen eller søkeren</source>
        <translation>Why – the selected placement or applicant</translation>
    </message>
    <message>
        <source>&amp;Lås plasseringen</source>
        <translation>&amp;Lock the placement</translation>
    </message>
    <message>
        <source>&amp;Utelukk paret</source>
        <translation>&amp;Forbid the pair</translation>
    </message>
    <message>
        <source>&amp;Fjern låser og utelukkelser</source>
        <translation>Clear loc&amp;ks and forbidden pairs</translation>
    </message>
    <message>
        <source>Legg på sakslist&amp;en</source>
        <translation>Add to the ag&amp;enda</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <source>færre enn {n}</source>
        <translation>fewer than {n}</translation>
    </message>
    <message>
        <source>Rådgiver til stede: små antall vises som «færre enn {n}»</source>
        <translation>Adviser present: small counts are shown as “fewer than {n}”</translation>
    </message>
    <message>
        <source>Møtet pågår med deltakere uten vedtaksmyndighet til stede{who}. Antall andre husstander under {n} vises som «færre enn {n}» i sammensetningen, varslene og forslaget, slik protokollen skriver dem; 0 og totaler vises som de er. Når møtet avsluttes, vises nøyaktige antall igjen.</source>
        <translation>The meeting is in progress with participants without decision authority present{who}. Counts of other households below {n} are shown as “fewer than {n}” in the composition, the flags and the proposal, as the minutes print them; 0 and totals are shown as they are. When the meeting ends, exact counts are shown again.</translation>
    </message>
</context>
<context>
    <name>ProposalView</name>
    <message>
        <source>Kilde:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>{address}, oppgang {stairwell} ({district}), bolig {unit}</source>
        <translation>{address}, stairwell {stairwell} ({district}), unit {unit}</translation>
    </message>
    <message>
        <source>Absolutte krav som ikke er oppfylt:</source>
        <translation>Absolute requirements not met:</translation>
    </message>
    <message>
        <source>Det gir søkeren</source>
        <translation>What it gives the applicant</translation>
    </message>
    <message>
        <source>Det koster oppgangen</source>
        <translation>What it costs the stairwell</translation>
    </message>
    <message>
        <source>Risikovarsler</source>
        <translation>Risk flags</translation>
    </message>
    <message>
        <source>Ingen andre varsler enn de kritiske øverst.</source>
        <translation>No flags other than the critical ones at the top.</translation>
    </message>
    <message>
        <source>Ingen risikovarsler for dette paret.</source>
        <translation>No risk flags for this pair.</translation>
    </message>
    <message>
        <source>Varslene er råd med begrunnelse, aldri et automatisk avslag. Bare antall vises for andre beboere.</source>
        <translation>The flags are advice with reasons, never an automatic refusal. Only counts are shown for other residents.</translation>
    </message>
</context>
<context>
    <name>RenewalDecisionDialog</name>
    <message>
        <source>&lt;b&gt;Sak {number}: {case_no} – {tenant}&lt;/b&gt;&lt;br&gt;{address} (bolig {unit}) · {household} · leieavtalen utløper {ends}</source>
        <translation>&lt;b&gt;Case {number}: {case_no} – {tenant}&lt;/b&gt;&lt;br&gt;{address} (unit {unit}) · {household} · the lease ends {ends}</translation>
    </message>
    <message>
        <source>– velg –</source>
        <translation>– choose –</translation>
    </message>
    <message>
        <source>Leietakeren uttalte seg</source>
        <translation>The tenant made a statement</translation>
    </message>
    <message>
        <source>Ingen uttalelse innen fristen</source>
        <translation>No statement by the deadline</translation>
    </message>
    <message>
        <source>&amp;Lagre vedtaket</source>
        <translation>&amp;Save the decision</translation>
    </message>
    <message>
        <source>Yngste barns fødselsdato</source>
        <translation>The youngest child&apos;s date of birth</translation>
    </message>
    <message>
        <source>Datoen leietakeren ble informert</source>
        <translation>The date the tenant was informed</translation>
    </message>
    <message>
        <source>Fraflyttingsfristen</source>
        <translation>The move-out date</translation>
    </message>
    <message>
        <source>Datoen oppfordringen sendes</source>
        <translation>The date the demand is sent</translation>
    </message>
    <message>
        <source>Datoen forhåndsvarselet ble sendt</source>
        <translation>The date the advance notice was sent</translation>
    </message>
    <message>
        <source>{start}–{end}. Forslag: {reason}</source>
        <translation>{start}–{end}. Suggested: {reason}</translation>
    </message>
    <message>
        <source>Ingen ny leieavtale. Brevet er oppfordringen til å flytte; sendt på datoen under varsler det utkastelse uten dom (tvangsfullbyrdelsesloven § 13-2).</source>
        <translation>No new lease. The letter is the demand to move; sent on the date below it warns of eviction without a court ruling (Enforcement Act § 13-2).</translation>
    </message>
    <message>
        <source>Ingen ny leieavtale. Brevet er oppfordringen til å flytte; sendt på datoen under varsler det ikke utkastelse uten dom: da må det sendes 1–3 måneder før leieavtalen løper ut (tvangsfullbyrdelsesloven § 13-2).</source>
        <translation>No new lease. The letter is the demand to move; sent on the date below it does not warn of eviction without a court ruling: for that it must be sent 1–3 months before the lease runs out (Enforcement Act § 13-2).</translation>
    </message>
    <message>
        <source>Ingen ny leieavtale.</source>
        <translation>No new lease.</translation>
    </message>
    <message>
        <source>Vedtaket ble ikke lagret</source>
        <translation>The decision was not saved</translation>
    </message>
    <message>
        <source>{label}: skriv datoen som dd.mm.åååå.</source>
        <translation>{label}: write the date as dd.mm.yyyy.</translation>
    </message>
    <message>
        <source>Vedtak om fornyelse</source>
        <translation>Renewal decision</translation>
    </message>
    <message>
        <source>&amp;Utfall:</source>
        <translation>O&amp;utcome:</translation>
    </message>
    <message>
        <source>Utfall</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Lei&amp;etid (år):</source>
        <translation>L&amp;ease length (years):</translation>
    </message>
    <message>
        <source>Leietid i år</source>
        <translation>Lease length in years</translation>
    </message>
    <message>
        <source>&amp;Yngste barn født:</source>
        <translation>&amp;Youngest child born:</translation>
    </message>
    <message>
        <source>dd.mm.åååå (valgfritt)</source>
        <translation>dd.mm.yyyy (optional)</translation>
    </message>
    <message>
        <source>&amp;Grunnlag (§ 11-1):</source>
        <translation>&amp;Grounds (§ 11-1):</translation>
    </message>
    <message>
        <source>Grunnlag etter husleieloven § 11-1</source>
        <translation>Grounds under section 11-1 of the Tenancy Act</translation>
    </message>
    <message>
        <source>Leietaker &amp;informert:</source>
        <translation>Tenant &amp;informed:</translation>
    </message>
    <message>
        <source>Dato leietakeren fikk skriftlig beskjed om kort leietid</source>
        <translation>Date the tenant was told in writing of the short lease</translation>
    </message>
    <message>
        <source>&amp;Fraflyttingsfrist:</source>
        <translation>Move-&amp;out date:</translation>
    </message>
    <message>
        <source>Bare ved kortere leietid enn minstetiden</source>
        <translation>Only for a term shorter than the minimum</translation>
    </message>
    <message>
        <source>Barnets alder den dagen leieavtalen starter avgjør om det er 0–14 år; ved vedtak om ikke å fornye eller om bytte avgjør alderen på møtedagen om det er under 18 år</source>
        <translation>The child&apos;s age on the day the lease starts decides whether it is 0–14; for a decision not to renew, or to transfer, the age on the day of the meeting decides whether it is under 18</translation>
    </message>
    <message>
        <source>Hvorfor husleieloven § 11-1 gjelder: boligen er øremerket for vanskeligstilte på boligmarkedet</source>
        <translation>Why section 11-1 of the Tenancy Act applies: the unit is earmarked for people disadvantaged on the housing market</translation>
    </message>
    <message>
        <source>dd.mm.åååå</source>
        <translation>dd.mm.yyyy</translation>
    </message>
    <message>
        <source>Dagen leietakeren fikk skriftlig beskjed om kort leietid, før møtet og før avtalen starter</source>
        <translation>The day the tenant was told in writing of the short term, before the meeting and before the lease starts</translation>
    </message>
    <message>
        <source>dd.mm.åååå (standard: avtalens slutt)</source>
        <translation>dd.mm.yyyy (default: the lease&apos;s end)</translation>
    </message>
    <message>
        <source>Tom: dagen leieavtalen løper ut, eller en dag etter møtet når den alt har løpt ut</source>
        <translation>Empty: the day the lease ends, or a day after the meeting when it has already ended</translation>
    </message>
    <message>
        <source>Fraflyttingsfrist</source>
        <translation>Move-out date</translation>
    </message>
    <message>
        <source>&amp;Oppfordring sendes:</source>
        <translation>&amp;Demand sent on:</translation>
    </message>
    <message>
        <source>Dagen brevet med oppfordringen til å flytte sendes (husleieloven § 9-2). Sendt 1–3 måneder før leieavtalen løper ut, kan brevet varsle utkastelse uten dom (tvangsfullbyrdelsesloven § 13-2).</source>
        <translation>The day the letter with the demand to move is sent (Tenancy Act § 9-2). Sent 1–3 months before the lease runs out, the letter may warn of eviction without a court ruling (Enforcement Act § 13-2).</translation>
    </message>
    <message>
        <source>Dato oppfordringen til å flytte sendes</source>
        <translation>Date the demand to move is sent</translation>
    </message>
    <message>
        <source>Forhåndsvarsel sen&amp;dt:</source>
        <translation>Ad&amp;vance notice sent:</translation>
    </message>
    <message>
        <source>Dagen leietakeren fikk forhåndsvarsel om at leieavtalen kanskje ikke fornyes, med frist til å uttale seg (forvaltningsloven § 16)</source>
        <translation>The day the tenant was given advance notice that the lease may not be renewed, with a deadline to comment (Public Administration Act § 16)</translation>
    </message>
    <message>
        <source>Dato forhåndsvarselet ble sendt</source>
        <translation>Date the advance notice was sent</translation>
    </message>
    <message>
        <source>Utt&amp;alelse:</source>
        <translation>St&amp;atement:</translation>
    </message>
    <message>
        <source>Om leietakeren uttalte seg</source>
        <translation>Whether the tenant made a statement</translation>
    </message>
    <message>
        <source>Varsel unnlatt fo&amp;rdi:</source>
        <translation>Notice omitted be&amp;cause:</translation>
    </message>
    <message>
        <source>Bare når forhåndsvarsel kunne unnlates (§ 16 tredje ledd)</source>
        <translation>Only when advance notice could be omitted (§ 16 third paragraph)</translation>
    </message>
    <message>
        <source>Forvaltningsloven § 16 tredje ledd: varsel ikke praktisk mulig, leietakeren kjente saken og hadde rimelig tid til å uttale seg, eller varsel åpenbart unødvendig</source>
        <translation>Public Administration Act § 16 third paragraph: notice not practically possible, the tenant knew of the case and had reasonable time to comment, or notice plainly unnecessary</translation>
    </message>
    <message>
        <source>Hvorfor forhåndsvarsel ble unnlatt</source>
        <translation>Why advance notice was omitted</translation>
    </message>
    <message>
        <source>&amp;Saksnr. på ventelisten:</source>
        <translation>Case no. in the &amp;queue:</translation>
    </message>
    <message>
        <source>Saksnummer for byttesøknaden</source>
        <translation>Case number for the transfer application</translation>
    </message>
    <message>
        <source>&amp;Vilkår:</source>
        <translation>Co&amp;nditions:</translation>
    </message>
    <message>
        <source>Vilkår</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Barnets beste (Grunnloven § 104) – &amp;hvordan vurdert:</source>
        <translation>The child&apos;s best interests (Constitution § 104) – &amp;how weighed:</translation>
    </message>
    <message>
        <source>Husstanden har barn under 18 år: hvordan vedtaket rammer barna, hva som gjøres for dem, og hvorfor vedtaket likevel fattes</source>
        <translation>The household has children under 18: how the decision affects them, what is done for them, and why the decision is made all the same</translation>
    </message>
    <message>
        <source>&amp;Begrunnelse til leietakeren (står i brevet):</source>
        <translation>&amp;Reasons to the tenant (printed in the letter):</translation>
    </message>
    <message>
        <source>Begrunnelse til leietakeren</source>
        <translation>Reasons to the tenant</translation>
    </message>
    <message>
        <source>Barnets beste skal være et grunnleggende hensyn i saker som gjelder barn (Grunnloven § 104 andre ledd, barnekonvensjonen artikkel 3 nr. 1), og begrunnelsen skal nevne hovedhensynene (forvaltningsloven § 25 tredje ledd). Vurderingen står i brevet.</source>
        <translation>The child&apos;s best interests shall be a fundamental consideration in matters concerning children (Constitution § 104 second paragraph, Convention on the Rights of the Child article 3(1)), and the reasons shall name the main considerations (Public Administration Act § 25 third paragraph). The weighing is printed in the letter.</translation>
    </message>
    <message>
        <source>Vurderingen av barnets beste</source>
        <translation>The weighing of the child&apos;s best interests</translation>
    </message>
    <message>
        <source>Hva leietakeren u&amp;ttalte, og hvordan det ble vurdert:</source>
        <translation>What the tenant said, and ho&amp;w it was considered:</translation>
    </message>
    <message>
        <source>Hva leietakeren uttalte og hvordan det ble vurdert</source>
        <translation>What the tenant said and how it was considered</translation>
    </message>
    <message>
        <source>I&amp;nterne merknader (bare i protokollen):</source>
        <translation>In&amp;ternal notes (minutes only):</translation>
    </message>
    <message>
        <source>Interne merknader</source>
        <translation>Internal notes</translation>
    </message>
    <message>
        <source>Hva som mangler før vedtaket kan lagres</source>
        <translation>What is missing before the decision can be saved</translation>
    </message>
</context>
<context>
    <name>RenewalsDialog</name>
    <message>
        <source>{count} leieavtaler utløper innen {until}</source>
        <translation>{count} leases end by {until}</translation>
    </message>
    <message>
        <source>; {overdue} er allerede utløpt</source>
        <translation>; {overdue} have already ended</translation>
    </message>
    <message>
        <source>Velg en leieavtale for å se forslaget.</source>
        <translation>Choose a lease to see the suggestion.</translation>
    </message>
    <message>
        <source>Ingen leieavtaler utløper i perioden.</source>
        <translation>No leases end in the period.</translation>
    </message>
    <message>
        <source>Forslag: {reason}</source>
        <translation>Suggestion: {reason}</translation>
    </message>
    <message>
        <source>Restanse {amount} per {date}.</source>
        <translation>Arrears {amount} on {date}.</translation>
    </message>
    <message>
        <source>Samarbeidsplan mellom {parties}: {measures}</source>
        <translation>Cooperation plan between {parties}: {measures}</translation>
    </message>
    <message>
        <source>Fornyelser</source>
        <translation>Renewals</translation>
    </message>
    <message>
        <source>Leieavtaler som utløper innen (&amp;måneder):</source>
        <translation>Leases ending within (&amp;months):</translation>
    </message>
    <message>
        <source>Antall måneder fram i tid</source>
        <translation>Number of months ahead</translation>
    </message>
    <message>
        <source>Leieavtaler som utløper</source>
        <translation>Leases that end</translation>
    </message>
    <message>
        <source>Forslag for valgt leieavtale</source>
        <translation>Suggestion for the selected lease</translation>
    </message>
    <message>
        <source>Velg et møte i Møte-panelet for å sette fornyelser på sakslisten.</source>
        <translation>Choose a meeting in the Meeting pane to put renewals on its agenda.</translation>
    </message>
    <message>
        <source>Møte: {title} {date} ({status}); fornyelser på sakslisten: {count}</source>
        <translation>Meeting: {title} {date} ({status}); renewals on the agenda: {count}</translation>
    </message>
    <message>
        <source>Ikke satt på sakslisten</source>
        <translation>Not put on the agenda</translation>
    </message>
    <message>
        <source>Angre vedtaket?</source>
        <translation>Undo the decision?</translation>
    </message>
    <message>
        <source>Angre vedtaket i fornyelsessak {case_no} ({outcome})? Det som vedtaket endret, settes tilbake.</source>
        <translation>Undo the decision in renewal case {case_no} ({outcome})? What the decision changed is put back.</translation>
    </message>
    <message>
        <source>Vedtaket ble ikke angret</source>
        <translation>The decision was not undone</translation>
    </message>
    <message>
        <source>Brevet kan ikke lages</source>
        <translation>The letter cannot be made</translation>
    </message>
    <message>
        <source>Vedtaksbrev, fornyelsessak {case_no}</source>
        <translation>Decision letter, renewal case {case_no}</translation>
    </message>
    <message>
        <source> (utkast: møtet er ikke signert)</source>
        <translation> (draft: the meeting is not signed)</translation>
    </message>
    <message>
        <source>Sa&amp;ksnr.:</source>
        <translation>Case &amp;no.:</translation>
    </message>
    <message>
        <source>Saksnummer for fornyelsen</source>
        <translation>Case number for the renewal</translation>
    </message>
    <message>
        <source>&amp;Leietaker:</source>
        <translation>&amp;Tenant:</translation>
    </message>
    <message>
        <source>Leietakerens navn</source>
        <translation>The tenant&apos;s name</translation>
    </message>
    <message>
        <source>Et vedtak om ikke å fornye sendes til leietakeren</source>
        <translation>A decision not to renew is sent to the tenant</translation>
    </message>
    <message>
        <source>Sett på &amp;sakslisten</source>
        <translation>Put on the &amp;agenda</translation>
    </message>
    <message>
        <source>&amp;Fatt vedtak …</source>
        <translation>&amp;Decide …</translation>
    </message>
    <message>
        <source>Vedtaks&amp;brev …</source>
        <translation>Decision &amp;letter …</translation>
    </message>
    <message>
        <source>&amp;Angre vedtaket</source>
        <translation>&amp;Undo the decision</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>{date} kl. {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message>
        <source>Tidspunkt</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Anledning</source>
        <translation>Occasion</translation>
    </message>
    <message>
        <source>Størrelse</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Velg kopien av &lt;b&gt;{file}&lt;/b&gt; du vil gå tilbake til. Endringer gjort etter at kopien ble tatt, forsvinner fra filen – men filen slik den er nå, lagres først som en egen sikkerhetskopi, så ingenting slettes.</source>
        <translation>Choose the copy of &lt;b&gt;{file}&lt;/b&gt; you want to go back to. Changes made after the copy was taken disappear from the file – but the file as it is now is first saved as a backup of its own, so nothing is deleted.</translation>
    </message>
    <message>
        <source>Det finnes ingen sikkerhetskopier av &lt;b&gt;{file}&lt;/b&gt; ennå. Boligmøte tar en kopi første gang filen åpnes hver dag.</source>
        <translation>There are no backups of &lt;b&gt;{file}&lt;/b&gt; yet. Boligmøte makes a copy the first time the file is opened each day.</translation>
    </message>
    <message>
        <source>Mappe: {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>&amp;Gjenopprett</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Gjenopprette?</source>
        <translation>Restore?</translation>
    </message>
    <message>
        <source>{file} byttes ut med sikkerhetskopien fra {when} ({reason}).</source>
        <translation>{file} is replaced by the backup from {when} ({reason}).</translation>
    </message>
    <message>
        <source>Filen slik den er nå, lagres først som en egen sikkerhetskopi. Filen lukkes og åpnes igjen.</source>
        <translation>The file as it is now is first saved as a backup of its own. The file is closed and opened again.</translation>
    </message>
    <message>
        <source>Ukryptert kopi</source>
        <translation>Unencrypted copy</translation>
    </message>
    <message>
        <source>{file} er kryptert, men sikkerhetskopien fra {when} er ukryptert.</source>
        <translation>{file} is encrypted, but the backup copy from {when} is not.</translation>
    </message>
    <message>
        <source>Gjenopprettet som den er, ville alle opplysningene ligget ukryptert på disken. Innholdet kan gjenopprettes kryptert med filens passord.</source>
        <translation>Restored as it is, all the information would lie unencrypted on the disk. Its content can be restored encrypted with the file&apos;s passphrase.</translation>
    </message>
    <message>
        <source>Gjenopprett &amp;kryptert</source>
        <translation>Restore &amp;encrypted</translation>
    </message>
    <message>
        <source>Skrivebeskyttet</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <source>Filen er åpnet skrivebeskyttet og kan ikke gjenopprettes herfra. Åpne den for endring først.</source>
        <translation>The file is open read-only and cannot be restored from here. Open it for editing first.</translation>
    </message>
    <message>
        <source>Kunne ikke gjenopprette</source>
        <translation>Could not restore</translation>
    </message>
    <message>
        <source>Filen er ikke byttet ut.</source>
        <translation>The file has not been replaced.</translation>
    </message>
    <message>
        <source>Kunne ikke åpne filen</source>
        <translation>Could not open the file</translation>
    </message>
    <message>
        <source>Gjenopprettet</source>
        <translation>Restored</translation>
    </message>
    <message>
        <source>Gjenopprett fra sikkerhetskopi</source>
        <translation>Restore from backup</translation>
    </message>
    <message>
        <source>Sikkerhetskopier, nyeste først</source>
        <translation>Backups, newest first</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Regelinnstillingene er versjon {version} (standardverdiene).</source>
        <translation>The rule settings are version {version} (the defaults).</translation>
    </message>
    <message>
        <source>Regelinnstillingene er versjon {version}.</source>
        <translation>The rule settings are version {version}.</translation>
    </message>
    <message>
        <source>Hver lagring blir en ny versjon, og hvert vedtak viser hvilken versjon det ble vurdert etter.</source>
        <translation>Every save becomes a new version, and every decision shows which version it was evaluated under.</translation>
    </message>
    <message>
        <source>&amp;Lagre</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Erfaringer (tildelinger for minst 12 måneder siden, {counted} med registrert utfall):</source>
        <translation>Evidence (allocations at least 12 months ago, {counted} with a recorded outcome):</translation>
    </message>
    <message>
        <source>Erfaringer: ingen tildelinger med registrert utfall ennå.</source>
        <translation>Evidence: no allocations with a recorded outcome yet.</translation>
    </message>
    <message>
        <source>Skriv en kort begrunnelse for endringen; den føres i revisjonsloggen.</source>
        <translation>Write a short reason for the change; it is recorded in the audit log.</translation>
    </message>
    <message>
        <source>Innstillinger</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>&amp;Risikovarsler</source>
        <translation>&amp;Risk flags</translation>
    </message>
    <message>
        <source>Reglene for risikovarsler</source>
        <translation>The rules for risk flags</translation>
    </message>
    <message>
        <source>&amp;Møter og vedtak</source>
        <translation>&amp;Meetings and decisions</translation>
    </message>
    <message>
        <source>&amp;Generelt</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Språk:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Språk</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Språket i vinduet endres ved neste oppstart. Protokoller og brev skrives på kommunens målform (under «Møter og vedtak»); årsstatistikken og «Erfaringer med varslene» er på bokmål.</source>
        <translation>The window&apos;s language changes at the next start. Minutes and letters are written in the municipality&apos;s written standard of Norwegian (under «Meetings and decisions»); the yearly figures and the report on experience with the flags are in bokmål.</translation>
    </message>
    <message>
        <source>Ditt &amp;navn:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>Ditt navn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Navnet ditt står i dokumentene: hvem som forberedte en sak («forberedt av …») og hvem som førte et tillegg til protokollen. Det lagres for deg på denne maskinen, ikke i databasen.</source>
        <translation>Your name appears in the documents: who prepared a case («prepared by …») and who recorded an addendum to the minutes. It is stored for you on this computer, not in the database.</translation>
    </message>
    <message>
        <source>&amp;Begrunnelse for endringen:</source>
        <translation>Reason for the c&amp;hange:</translation>
    </message>
    <message>
        <source>Begrunnelse for endringen</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>F.eks. vedtatt i tildelingsmøtet 07.12.2026</source>
        <translation>E.g. adopted in the allocation meeting of 07.12.2026</translation>
    </message>
    <message>
        <source>Forhåndsvalg for leietid</source>
        <translation>Lease-length preset</translation>
    </message>
    <message>
        <source>Egne verdier (feltene under)</source>
        <translation>Own values (the fields below)</translation>
    </message>
    <message>
        <source>Leietid:</source>
        <translation>Lease length:</translation>
    </message>
    <message>
        <source>Kilde: {source}</source>
        <translation>Source: {source}</translation>
    </message>
    <message>
        <source>Kommunens egne verdier.</source>
        <translation>The municipality&apos;s own values.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Varselet er på</source>
        <translation>The flag is on</translation>
    </message>
    <message>
        <source>Alvorlighet</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Navn</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kort navn (merket)</source>
        <translation>Short name (the chip)</translation>
    </message>
    <message>
        <source>Kilde</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Minst antall husstander</source>
        <translation>Minimum number of households</translation>
    </message>
    <message>
        <source>Regn med alvorlig psykisk lidelse uten behandling</source>
        <translation>Count severe mental illness without treatment</translation>
    </message>
    <message>
        <source>Barn er under (år)</source>
        <translation>Children are under (years)</translation>
    </message>
    <message>
        <source>Grense i oppgangen</source>
        <translation>Limit in the stairwell</translation>
    </message>
    <message>
        <source>Grense i bygningen</source>
        <translation>Limit in the building</translation>
    </message>
    <message>
        <source>Husstander i aktiv rus i oppgangen</source>
        <translation>Households in active substance use in the stairwell</translation>
    </message>
    <message>
        <source>Hendelser med innbrudd, besøkstrafikk, sprøyter eller hærverk</source>
        <translation>Incidents of break-ins, visitor traffic, syringes or vandalism</translation>
    </message>
    <message>
        <source>Periode (måneder)</source>
        <translation>Period (months)</translation>
    </message>
    <message>
        <source>Husstander med tunge behov i oppgangen (etter tildeling)</source>
        <translation>Households with heavy needs in the stairwell (after allocation)</translation>
    </message>
    <message>
        <source>Andel med tunge behov i bygningen</source>
        <translation>Share with heavy needs in the building</translation>
    </message>
    <message>
        <source>Gjelder bygninger med minst (husstander)</source>
        <translation>Applies to buildings with at least (households)</translation>
    </message>
    <message>
        <source>Andel av oppgangen</source>
        <translation>Share of the stairwell</translation>
    </message>
    <message>
        <source>Småbarn er under (år)</source>
        <translation>Small children are under (years)</translation>
    </message>
    <message>
        <source>Andel eldre</source>
        <translation>Share of elderly</translation>
    </message>
    <message>
        <source>Én person i bolig med minst (rom)</source>
        <translation>One person in a unit with at least (rooms)</translation>
    </message>
    <message>
        <source>Skolealder fra (år)</source>
        <translation>School age from (years)</translation>
    </message>
    <message>
        <source>Skolealder under (år)</source>
        <translation>School age below (years)</translation>
    </message>
    <message>
        <source>Behovskategorier</source>
        <translation>Need categories</translation>
    </message>
    <message>
        <source>Demper disse reglene</source>
        <translation>Softens these rules</translation>
    </message>
    <message>
        <source>Husstander i bygningens andre oppganger</source>
        <translation>Households in the building&apos;s other stairwells</translation>
    </message>
    <message>
        <source>Alvorlighet når det bare gjelder andre oppganger</source>
        <translation>Severity when only other stairwells are affected</translation>
    </message>
    <message>
        <source>Rusrelaterte hendelser i oppgangen</source>
        <translation>Drug-related incidents in the stairwell</translation>
    </message>
    <message>
        <source>Periode for rusrelaterte hendelser (måneder)</source>
        <translation>Period for drug-related incidents (months)</translation>
    </message>
    <message>
        <source>Rusrelaterte hendelsestyper</source>
        <translation>Drug-related incident kinds</translation>
    </message>
    <message>
        <source>Husstandstyper</source>
        <translation>Household types</translation>
    </message>
    <message>
        <source>Rangeres bak når ubrukte soverom er minst</source>
        <translation>Ranked after others when unused bedrooms are at least</translation>
    </message>
    <message>
        <source>Eldre uten heis fra etasje</source>
        <translation>Elderly without a lift from floor</translation>
    </message>
    <message>
        <source>Alvorlighet for eldre uten registrert behov</source>
        <translation>Severity for elderly applicants with no recorded need</translation>
    </message>
    <message>
        <source>Leietype</source>
        <translation>Lease type</translation>
    </message>
    <message>
        <source>Minste varighet (år)</source>
        <translation>Minimum duration (years)</translation>
    </message>
    <message>
        <source>Vis fornyelser (måneder før utløp)</source>
        <translation>Show renewals (months before the end)</translation>
    </message>
    <message>
        <source>Varighet ved fornyelse (år)</source>
        <translation>Length of a renewal (years)</translation>
    </message>
    <message>
        <source>Varighet ved stabil situasjon (år)</source>
        <translation>Duration in a stable situation (years)</translation>
    </message>
    <message>
        <source>Egen varighet for barn 0–14 år</source>
        <translation>Own duration for children aged 0–14</translation>
    </message>
    <message>
        <source>Varighet for barnefamilier (år)</source>
        <translation>Duration for families with children (years)</translation>
    </message>
    <message>
        <source>Yngste barn under (år)</source>
        <translation>Youngest child under (years)</translation>
    </message>
    <message>
        <source>Innflyttingsfrist (dager etter vedtak)</source>
        <translation>Move-in deadline (days after the decision)</translation>
    </message>
    <message>
        <source>Klagefrist (uker)</source>
        <translation>Appeal deadline (weeks)</translation>
    </message>
    <message>
        <source>Klageinstans</source>
        <translation>Appeal body</translation>
    </message>
    <message>
        <source>Klagen sendes til</source>
        <translation>The appeal is sent to</translation>
    </message>
    <message>
        <source>Avsender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Merking</source>
        <translation>Marking</translation>
    </message>
    <message>
        <source>Vedtak</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Klage</source>
        <translation>Appeal</translation>
    </message>
    <message>
        <source>Innsyn</source>
        <translation>Access to records</translation>
    </message>
    <message>
        <source>Leieavtale</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>Utsatt iverksetting</source>
        <translation>Postponed implementation</translation>
    </message>
    <message>
        <source>Foreløpig svar</source>
        <translation>Preliminary reply</translation>
    </message>
    <message>
        <source>Habilitet</source>
        <translation>Impartiality</translation>
    </message>
    <message>
        <source>Kontorets navn</source>
        <translation>Office name</translation>
    </message>
    <message>
        <source>Postadresse</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <source>Postnummer</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <source>Poststed</source>
        <translation>Postal town</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-post</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Kontaktperson når saken ikke har noen</source>
        <translation>Contact person when the case names none</translation>
    </message>
    <message>
        <source>Lokal forskrift eller retningslinjer</source>
        <translation>Local regulation or guidelines</translation>
    </message>
    <message>
        <source>Paragraf for tildeling</source>
        <translation>Section for allocation</translation>
    </message>
    <message>
        <source>Paragraf for avslag</source>
        <translation>Section for refusal</translation>
    </message>
    <message>
        <source>Lov</source>
        <translation>Statute</translation>
    </message>
    <message>
        <source>Frist for å svare på tilbudet (dager)</source>
        <translation>Days to answer the offer</translation>
    </message>
    <message>
        <source>Hva det betyr å takke nei</source>
        <translation>What declining means</translation>
    </message>
    <message>
        <source>Forventet tid til vedtak ved utsettelse (uker)</source>
        <translation>Expected time to a decision when deferred (weeks)</translation>
    </message>
    <message>
        <source>Vis antall naboer under dette som «færre enn»</source>
        <translation>Show neighbour counts below this as “fewer than”</translation>
    </message>
    <message>
        <source>Minst antall tegn i en begrunnelse</source>
        <translation>Minimum characters in a reason</translation>
    </message>
    <message>
        <source>Minst antall ord i en begrunnelse</source>
        <translation>Minimum words in a reason</translation>
    </message>
    <message>
        <source>Høyere rangerte søkere som nevnes (høyst)</source>
        <translation>Higher-ranked applicants listed (at most)</translation>
    </message>
    <message>
        <source>Oppfølging (måneder etter innflytting, f.eks. 3, 6, 12)</source>
        <translation>Follow-up (months after move-in, e.g. 3, 6, 12)</translation>
    </message>
    <message>
        <source>Vis oppfølging som forfaller innen (dager)</source>
        <translation>Show follow-up due within (days)</translation>
    </message>
    <message>
        <source>Restanse som gir risiko (kr, fra og med)</source>
        <translation>Arrears that put a tenancy at risk (NOK, from)</translation>
    </message>
    <message>
        <source>Varsler teller i (måneder)</source>
        <translation>Warnings count for (months)</translation>
    </message>
    <message>
        <source>Leiekontrakt</source>
        <translation>Lease</translation>
    </message>
    <message>
        <source>Fornyelse av leieavtaler</source>
        <translation>Renewal of leases</translation>
    </message>
    <message>
        <source>Innflytting</source>
        <translation>Moving in</translation>
    </message>
    <message>
        <source>Klageadgang</source>
        <translation>Right of appeal</translation>
    </message>
    <message>
        <source>Vedtaksbrev</source>
        <translation>Decision letter</translation>
    </message>
    <message>
        <source>Protokoll</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Lovhenvisninger</source>
        <translation>Legal references</translation>
    </message>
    <message>
        <source>Boligkontoret (i brevene)</source>
        <translation>Housing office (in letters)</translation>
    </message>
    <message>
        <source>Hjemmel for vedtakene</source>
        <translation>Legal basis of decisions</translation>
    </message>
    <message>
        <source>Tilbud om bolig</source>
        <translation>Offer of a unit</translation>
    </message>
    <message>
        <source>Utsatt sak</source>
        <translation>Deferred case</translation>
    </message>
    <message>
        <source>Personvern for naboer</source>
        <translation>Neighbours&apos; privacy</translation>
    </message>
    <message>
        <source>Krav til protokollen</source>
        <translation>Requirements of the record</translation>
    </message>
    <message>
        <source>Oppfølging etter innflytting</source>
        <translation>Follow-up after move-in</translation>
    </message>
    <message>
        <source>Leieforhold i risiko</source>
        <translation>Tenancies at risk</translation>
    </message>
    <message>
        <source>Skrives ut som: {source}</source>
        <translation>Printed as: {source}</translation>
    </message>
    <message>
        <source>Varighet første gang (år)</source>
        <translation>Length of a first lease (years)</translation>
    </message>
    <message>
        <source>Paragraf for ikke fornyet leieavtale</source>
        <translation>Section for a lease not renewed</translation>
    </message>
    <message>
        <source>Målform i protokoller og brev</source>
        <translation>Language of minutes and letters</translation>
    </message>
    <message>
        <source>Kommunens målform</source>
        <translation>The municipality&apos;s written standard</translation>
    </message>
    <message>
        <source>Bokmål</source>
        <translation>Bokmål</translation>
    </message>
    <message>
        <source>Nynorsk</source>
        <translation>Nynorsk</translation>
    </message>
</context>
<context>
    <name>SignersDialog</name>
    <message>
        <source>Protokollen for &lt;b&gt;{title} {date}&lt;/b&gt; signeres av møteleder og referent, valgt blant dem som var til stede.</source>
        <translation>The minutes of &lt;b&gt;{title} {date}&lt;/b&gt; are signed by the chair and the secretary, chosen among those present.</translation>
    </message>
    <message>
        <source>&amp;Signer protokollen</source>
        <translation>&amp;Sign the minutes</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Signerer: {names}</source>
        <translation>Signing: {names}</translation>
    </message>
    <message>
        <source>navn eller initialer</source>
        <translation>name or initials</translation>
    </message>
    <message>
        <source>Bekreftelse fra {name}, {role}</source>
        <translation>Confirmation from {name}, {role}</translation>
    </message>
    <message>
        <source>Venter på bekreftelse fra {names}. Etter signering kan møtet og vedtakene ikke endres; rettelser føres som daterte tillegg.</source>
        <translation>Waiting for confirmation from {names}. After signing, the meeting and its decisions cannot be changed; corrections are recorded as dated addenda.</translation>
    </message>
    <message>
        <source>Signer protokollen</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <source>&amp;Møteleder:</source>
        <translation>C&amp;hair:</translation>
    </message>
    <message>
        <source>Møteleder som signerer</source>
        <translation>Chair who signs</translation>
    </message>
    <message>
        <source>&amp;Referent:</source>
        <translation>Secr&amp;etary:</translation>
    </message>
    <message>
        <source>Referent som signerer</source>
        <translation>Secretary who signs</translation>
    </message>
    <message>
        <source>Hver som signerer, bekrefter selv at protokollen er lest og godkjent: skriv ditt eget navn eller initialene dine i feltet ditt.</source>
        <translation>Each signer confirms for themselves that the minutes have been read and approved: type your own name or initials in your own field.</translation>
    </message>
    <message>
        <source>Etter signering kan møtet og vedtakene ikke endres; rettelser føres som daterte tillegg.</source>
        <translation>After signing, the meeting and its decisions can no longer be changed; corrections are made as dated addenda.</translation>
    </message>
</context>
<context>
    <name>UserNameDialog</name>
    <message>
        <source>Ditt navn</source>
        <translation>Your name</translation>
    </message>
    <message>
        <source>Dokumentene Boligmøte lager, sier hvem som forberedte en sak og hvem som førte et tillegg. Skriv navnet ditt slik det skal stå der. Det lagres for deg på denne maskinen og kan endres under Innstillinger → Generelt.</source>
        <translation>The documents Boligmøte makes say who prepared a case and who recorded an addendum. Enter your name as it should appear there. It is stored for you on this computer and can be changed under Settings → General.</translation>
    </message>
    <message>
        <source>Ditt &amp;navn:</source>
        <translation>Your &amp;name:</translation>
    </message>
    <message>
        <source>&amp;Avbryt</source>
        <translation>&amp;Cancel</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Dine data lagres på denne maskinen, i &lt;b&gt;{folder}&lt;/b&gt;, lesbare bare for deg. Ingenting sendes over nettverket. Hjelp → Brukerveiledning (F1) forklarer et møte fra saksliste til signert protokoll.</source>
        <translation>Your data is stored on this machine, in &lt;b&gt;{folder}&lt;/b&gt;, readable only by you. Nothing is sent over the network. Help → User guide (F1) explains a meeting from agenda to signed minutes.</translation>
    </message>
    <message>
        <source>Velkommen til Boligmøte</source>
        <translation>Welcome to Boligmøte</translation>
    </message>
    <message>
        <source>Boligmøtes ikon</source>
        <translation>Boligmøte icon</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:17pt; font-weight:bold&quot;&gt;Velkommen til Boligmøte&lt;/span&gt;&lt;br&gt;Beslutningsstøtte for tildelingsmøter i kommunale boliger</source>
        <translation>&lt;span style=&quot;font-size:17pt; font-weight:bold&quot;&gt;Welcome to Boligmøte&lt;/span&gt;&lt;br&gt;Decision support for municipal housing allocation meetings</translation>
    </message>
    <message>
        <source>&lt;ul style=&quot;margin-left:-20px&quot;&gt;
&lt;li&gt;Ett vindu viser søkerne på ventelisten, de ledige boligene og hvem som allerede bor i oppgangen og bygningen.&lt;/li&gt;
&lt;li&gt;Programmet varsler om sammensetninger som forskningen advarer mot, med forklaring og kilde – som råd, aldri som automatisk avslag.&lt;/li&gt;
&lt;li&gt;Møtet fører vedtak, begrunnelser og avveininger i én lokal fil uten nettverk, og skriver ut protokollen som signeres.&lt;/li&gt;
&lt;/ul&gt;</source>
        <translation>&lt;ul style=&quot;margin-left:-20px&quot;&gt;
&lt;li&gt;One window shows the applicants on the waiting list, the vacant units and who already lives in the stairwell and the building.&lt;/li&gt;
&lt;li&gt;The program flags resident mixes that research warns against, with an explanation and a source – as advice, never as an automatic refusal.&lt;/li&gt;
&lt;li&gt;The meeting records decisions, reasons and weighings in one local file without a network, and prints the minutes to be signed.&lt;/li&gt;
&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Åpne &amp;demokommune</source>
        <translation>Open &amp;demo municipality</translation>
    </message>
    <message>
        <source>Prøv programmet på Eksempelvik, en oppdiktet kommune med et signert og et planlagt møte. Ingen ekte personer.</source>
        <translation>Try the program on Eksempelvik, a made-up municipality with one signed and one planned meeting. No real people.</translation>
    </message>
    <message>
        <source>&amp;Ny database</source>
        <translation>&amp;New database</translation>
    </message>
    <message>
        <source>Start med en tom fil for din kommune eller bydel.</source>
        <translation>Start with an empty file for your municipality or district.</translation>
    </message>
    <message>
        <source>Åpne &amp;fil</source>
        <translation>Open &amp;file</translation>
    </message>
    <message>
        <source>Åpne en Boligmøte-database du allerede har, for eksempel fra en kollega.</source>
        <translation>Open a Boligmøte database you already have, for example from a colleague.</translation>
    </message>
    <message>
        <source>&amp;Importer data</source>
        <translation>&amp;Import data</translation>
    </message>
    <message>
        <source>Lag en ny database og hent bygninger, boliger, beboere og søkere fra CSV eller Excel (saksbehandlingssystemet, utleiers register).</source>
        <translation>Create a new database and load buildings, units, residents and applicants from CSV or Excel (the case system, the landlord&apos;s register).</translation>
    </message>
</context>
</TS>

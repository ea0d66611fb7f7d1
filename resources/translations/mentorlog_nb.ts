<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb" sourcelanguage="en">
<context>
    <name>AttentionLabels</name>
    <message>
        <source>Act now</source>
        <translation>Handle nå</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Trenger oppfølging</translation>
    </message>
    <message>
        <source>Keep an eye on</source>
        <translation>Følg med</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>I rute</translation>
    </message>
    <message>
        <source>final review: not passed</source>
        <translation>sluttvurdering: ikke bestått</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) escalated to the academy</source>
        <translation>
            <numerusform>%n bekymringsmelding eskalert til høgskolen</numerusform>
            <numerusform>%n bekymringsmeldinger eskalert til høgskolen</numerusform>
        </translation>
    </message>
    <message>
        <source>latest review: at risk</source>
        <translation>siste vurderingssamtale: i faresonen</translation>
    </message>
    <message numerus="yes">
        <source>%n open cause(s) for concern</source>
        <translation>
            <numerusform>%n åpen bekymringsmelding</numerusform>
            <numerusform>%n åpne bekymringsmeldinger</numerusform>
        </translation>
    </message>
    <message>
        <source>no final review</source>
        <translation>ingen sluttvurdering</translation>
    </message>
    <message>
        <source>past its end with no final review</source>
        <translation>forbi sluttdatoen uten sluttvurdering</translation>
    </message>
    <message numerus="yes">
        <source>final review not held, %n day(s) left</source>
        <translation>
            <numerusform>sluttvurdering ikke holdt, %n dag igjen</numerusform>
            <numerusform>sluttvurdering ikke holdt, %n dager igjen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not responding to training (%n rating(s) in 4 weeks)</source>
        <translation>
            <numerusform>responderer ikke på opplæring (%n vurdering på 4 uker)</numerusform>
            <numerusform>responderer ikke på opplæring (%n vurderinger på 4 uker)</numerusform>
        </translation>
    </message>
    <message>
        <source>mid-point review overdue (due %1)</source>
        <translation>midtveisvurdering forfalt (frist %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies below the level expected by now</source>
        <translation>
            <numerusform>%n kompetanse under nivået som forventes nå</numerusform>
            <numerusform>%n kompetanser under nivået som forventes nå</numerusform>
        </translation>
    </message>
    <message>
        <source>not observed yet</source>
        <translation>ikke observert ennå</translation>
    </message>
    <message numerus="yes">
        <source>no observation for %n day(s)</source>
        <translation>
            <numerusform>ingen observasjon på %n dag</numerusform>
            <numerusform>ingen observasjon på %n dager</numerusform>
        </translation>
    </message>
    <message>
        <source>latest review: needs support</source>
        <translation>siste vurderingssamtale: trenger støtte</translation>
    </message>
    <message>
        <source>a concern&apos;s review date has passed</source>
        <translation>vurderingsdatoen for en bekymringsmelding er passert</translation>
    </message>
    <message>
        <source>hours behind (%1 of %2 by now)</source>
        <translation>timer på etterskudd (%1 av %2 så langt)</translation>
    </message>
    <message numerus="yes">
        <source>disagreed with %n entries in 4 weeks</source>
        <translation>
            <numerusform>uenig i %n oppføring på 4 uker</numerusform>
            <numerusform>uenig i %n oppføringer på 4 uker</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the student&apos;s answer</source>
        <translation>%1 venter på aspirantens svar</translation>
    </message>
    <message>
        <source>%1 for the mentor&apos;s signature</source>
        <translation>%1 venter på veilederens signatur</translation>
    </message>
    <message>
        <source>entries waiting over a week: %1</source>
        <translation>oppføringer som har ventet over en uke: %1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeidsstasjon</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Event %1 · %2</source>
        <translation>Hendelse %1 · %2</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Any time</source>
        <translation>Når som helst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Siste 7 dager</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Siste 30 dager</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Siste 12 måneder</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Search names, workstations, actions…</source>
        <translation>Søk etter navn, arbeidsstasjoner, handlinger…</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Søk i revisjonsloggen</translation>
    </message>
    <message>
        <source>Show only this kind of event</source>
        <translation>Vis bare denne typen hendelser</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle hendelser</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Hendelser:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Hendelser i revisjonsloggen, nyeste først</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Vis &amp;flere</translation>
    </message>
    <message>
        <source>Each event is signed by whoever acted and chained to the one before; signed records carry the digest of what was signed.</source>
        <translation>Hver hendelse er signert av den som handlet og lenket til den forrige; signerte poster har sjekksummen av det som ble signert.</translation>
    </message>
    <message>
        <source>&amp;Verify records…</source>
        <translation>&amp;Kontroller poster…</translation>
    </message>
    <message>
        <source>No events match these filters. Clear the search, choose “All events” or a longer period.</source>
        <translation>Ingen hendelser passer med disse filtrene. Tøm søket, velg «Alle hendelser» eller en lengre periode.</translation>
    </message>
    <message>
        <source>The audit trail is empty. Sign-ins and changes will appear here.</source>
        <translation>Revisjonsloggen er tom. Pålogginger og endringer vises her.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 events, newest first</source>
        <translation>Viser %1 av %2 hendelser, nyeste først</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sikkerhetskopier</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sikkerhetskopier, nyeste først</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Ta sikkerhetskopi nå</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Gjenopprett valgt…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Åpne &amp;mappe</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Back it up with the server&apos;s own tools (pg_dump or the server&apos;s backup routine).</source>
        <translation>Denne databasen ligger på en PostgreSQL-server. Ta sikkerhetskopi med serverens egne verktøy (pg_dump eller serverens rutine for sikkerhetskopiering).</translation>
    </message>
    <message>
        <source>mentorlog backs up the database every 30 minutes while you work and when you close it, and checks every copy. Backups are kept in %1.</source>
        <translation>mentorlog tar sikkerhetskopi av databasen hvert 30. minutt mens du arbeider og når du lukker programmet, og kontrollerer hver kopi. Sikkerhetskopiene lagres i %1.</translation>
    </message>
    <message>
        <source>No backups yet. mentorlog makes one 30 minutes after the first change and whenever it closes; “Back up now” makes one straight away.</source>
        <translation>Ingen sikkerhetskopier ennå. mentorlog lager en 30 minutter etter første endring og hver gang programmet lukkes; «Ta sikkerhetskopi nå» lager en med en gang.</translation>
    </message>
    <message>
        <source>Only an administrator restores backups</source>
        <translation>Bare en administrator kan gjenopprette sikkerhetskopier</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Gjenopprette denne sikkerhetskopien?</translation>
    </message>
    <message>
        <source>Everything in the database will be replaced by the backup made %1 (%2 hours ago). Whatever was recorded after that will be lost. The database as it is now is backed up first, so this can be undone.</source>
        <translation>Alt i databasen blir erstattet av sikkerhetskopien fra %1 (for %2 timer siden). Alt som er registrert etter det, går tapt. Databasen slik den er nå, sikkerhetskopieres først, så dette kan angres.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Laget</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Størrelse</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>kontrollert</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>IKKE kontrollert: %1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisk</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>laget manuelt</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>ved lukking</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>før en gjenoppretting</translation>
    </message>
    <message>
        <source>after a retention purge</source>
        <translation>etter sletting av poster med utløpt lagringstid</translation>
    </message>
    <message>
        <source>when encryption was turned on</source>
        <translation>da kryptering ble slått på</translation>
    </message>
    <message>
        <source>before updating mentorlog</source>
        <translation>før oppdatering av mentorlog</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>Training prison</source>
        <translation>Opplæringsfengsel</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetanse</translation>
    </message>
    <message>
        <source>Every competency</source>
        <translation>Alle kompetanser</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <source>Each mentor&apos;s ratings beside everyone else&apos;s in the same competencies and phases. ▲ rates higher, ▼ lower than peers, by %1 of a level or more, over several students: an invitation to talk about the scale, not a verdict (it compares ratings, not students).</source>
        <translation>Hver veileders vurderinger ved siden av alle andres i de samme kompetansene og fasene. ▲ vurderer høyere, ▼ lavere enn kollegene, med %1 nivå eller mer, over flere aspiranter: en invitasjon til å snakke om skalaen, ikke en dom (det sammenligner vurderinger, ikke aspiranter).</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Veiledere</translation>
    </message>
    <message>
        <source>Prisons</source>
        <translation>Fengsler</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Sammenligner…</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Alle kull</translation>
    </message>
    <message>
        <source>Every prison</source>
        <translation>Alle fengsler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s); %1</source>
        <translation>
            <numerusform>%Ln vurdering; %1</numerusform>
            <numerusform>%Ln vurderinger; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) rating apart from peers</source>
        <translation>
            <numerusform>%n veileder vurderer annerledes enn kollegene</numerusform>
            <numerusform>%n veiledere vurderer annerledes enn kollegene</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings in this choice yet.</source>
        <translation>Ingen vurderinger i dette utvalget ennå.</translation>
    </message>
</context>
<context>
    <name>ChangeMentorDialog</name>
    <message>
        <source>New lead mentor for %1</source>
        <translation>Ny hovedveileder for %1</translation>
    </message>
    <message>
        <source>&amp;New lead mentor</source>
        <translation>&amp;Ny hovedveileder</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;Previous lead</source>
        <translation>F&amp;orrige hovedveileder</translation>
    </message>
    <message>
        <source>stays on as a co-mentor</source>
        <translation>fortsetter som medveileder</translation>
    </message>
</context>
<context>
    <name>CohortForm</name>
    <message>
        <source>Edit the cohort</source>
        <translation>Rediger kullet</translation>
    </message>
    <message>
        <source>Add a cohort</source>
        <translation>Legg til et kull</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Starter</translation>
    </message>
    <message>
        <source>on</source>
        <translation>den</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>S&amp;lutter</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Rammeverk</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Det som gjelder</translation>
    </message>
</context>
<context>
    <name>CohortsDialog</name>
    <message>
        <source>Cohorts</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>&amp;Add cohort…</source>
        <translation>&amp;Legg til kull…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>&amp;Placements…</source>
        <translation>&amp;Praksisperioder…</translation>
    </message>
    <message>
        <source>No cohorts yet. Press “Add cohort” for the students who started together, or import placements: a cohort the file names is made with them.</source>
        <translation>Ingen kull ennå. Trykk «Legg til kull» for aspirantene som startet sammen, eller importer praksisperioder: et kull som filen nevner, opprettes sammen med dem.</translation>
    </message>
</context>
<context>
    <name>CohortsModel</name>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Starter</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Slutter</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rammeverk</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praksisperioder</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Det som gjelder</translation>
    </message>
</context>
<context>
    <name>CompetenciesModel</name>
    <message>
        <source>Competency</source>
        <translation>Kompetanse</translation>
    </message>
    <message>
        <source>Mentor&apos;s latest rating</source>
        <translation>Veileders siste vurdering</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observert</translation>
    </message>
    <message>
        <source>Last observed</source>
        <translation>Sist observert</translation>
    </message>
    <message>
        <source>Student&apos;s self-assessment</source>
        <translation>Aspirantens egenvurdering</translation>
    </message>
    <message>
        <source>The latest level a mentor gave, with its label</source>
        <translation>Det siste nivået en veileder ga, med betegnelse</translation>
    </message>
    <message>
        <source>How many times it was rated (not counting “not observed”)</source>
        <translation>Hvor mange ganger den ble vurdert («ikke observert» telles ikke)</translation>
    </message>
    <message>
        <source>The student&apos;s own latest rating, shown beside the mentor&apos;s and never averaged into it</source>
        <translation>Aspirantens egen siste vurdering, vist ved siden av veilederens og aldri tatt med i et gjennomsnitt med den</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>ikke vurdert ennå</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recent ratings below %1, the level expected by now</source>
        <translation>Nylige vurderinger under %1, nivået som forventes nå</translation>
    </message>
    <message numerus="yes">
        <source>Not observed in the last %n day(s): look out for it on the next shift</source>
        <translation>
            <numerusform>Ikke observert den siste %n dagen: se etter den på neste vakt</numerusform>
            <numerusform>Ikke observert de siste %n dagene: se etter den på neste vakt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetenciesTab</name>
    <message>
        <source>Competencies</source>
        <translation>Kompetanser</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observert</translation>
    </message>
    <message>
        <source>100 days ago</source>
        <translation>For 100 dager siden</translation>
    </message>
    <message>
        <source>Your self-assessment is shown beside your mentor&apos;s rating, never averaged into it.</source>
        <translation>Egenvurderingen din vises ved siden av veilederens vurdering og tas aldri med i et gjennomsnitt med den.</translation>
    </message>
    <message>
        <source>Rate m&amp;yself…</source>
        <translation>Vurder &amp;meg selv…</translation>
    </message>
    <message>
        <source>Rate yourself on the chosen competency</source>
        <translation>Vurder deg selv på den valgte kompetansen</translation>
    </message>
    <message>
        <source>Choose a competency above to see its trend.</source>
        <translation>Velg en kompetanse ovenfor for å se utviklingen.</translation>
    </message>
    <message numerus="yes">
        <source>Every competency was observed in the last %n day(s).</source>
        <translation>
            <numerusform>Alle kompetanser ble observert den siste %n dagen.</numerusform>
            <numerusform>Alle kompetanser ble observert de siste %n dagene.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 og %n annen</numerusform>
            <numerusform>%1 og %n andre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 competencies were not observed in the last %2 days (highlighted): %3. Look out for them on the next shifts.</source>
        <translation>
            <numerusform>%n av %1 kompetanser ble ikke observert de siste %2 dagene (uthevet): %3. Se etter den på de neste vaktene.</numerusform>
            <numerusform>%n av %1 kompetanser ble ikke observert de siste %2 dagene (uthevet): %3. Se etter dem på de neste vaktene.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetencyPicker</name>
    <message>
        <source>Find a competency…</source>
        <translation>Finn en kompetanse…</translation>
    </message>
    <message>
        <source>Find a competency</source>
        <translation>Finn en kompetanse</translation>
    </message>
    <message>
        <source>Competencies shown on this shift</source>
        <translation>Kompetanser vist på denne vakten</translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <source>What was seen, over what time, and why it matters for the placement.</source>
        <translation>Hva som ble sett, over hvor lang tid, og hvorfor det har betydning for praksisperioden.</translation>
    </message>
    <message>
        <source>What the student will do, what support they get, and from whom.</source>
        <translation>Hva aspiranten skal gjøre, hvilken støtte aspiranten får, og fra hvem.</translation>
    </message>
    <message>
        <source>&amp;Raised on</source>
        <translation>&amp;Meldt den</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Bekymring</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>&amp;Tiltaksplan</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>&amp;Vurderes den</translation>
    </message>
    <message>
        <source>Outcome: what was done and where things stand (needed to resolve or escalate).</source>
        <translation>Utfall: hva som ble gjort og hvordan det står nå (kreves for å avslutte som løst eller eskalere).</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Følg opp</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Avslutt som &amp;løst</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Eskaler</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Gjenåpne</translation>
    </message>
    <message>
        <source>How you see it, and what you will do (your mentors and coordinator read it)</source>
        <translation>Hvordan du ser det, og hva du vil gjøre (veilederne og koordinatoren din leser det)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Send &amp;svar</translation>
    </message>
    <message>
        <source>The student&apos;s reply</source>
        <translation>Aspirantens svar</translation>
    </message>
    <message>
        <source>&amp;Your reply (you can change it)</source>
        <translation>&amp;Ditt svar (du kan endre det)</translation>
    </message>
    <message>
        <source>&amp;Your reply</source>
        <translation>&amp;Ditt svar</translation>
    </message>
    <message>
        <source>Raise a cause for concern</source>
        <translation>Meld bekymring</translation>
    </message>
    <message>
        <source>Cause for concern – %1</source>
        <translation>Bekymringsmelding – %1</translation>
    </message>
    <message>
        <source>&amp;Raise concern</source>
        <translation>&amp;Meld bekymring</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: handed on to the academy; it stays open until it is resolved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: overført til høgskolen; den forblir åpen til den er løst</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this concern needs follow-up – its review date has come</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: denne bekymringen må følges opp – vurderingsdatoen er nådd</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this concern needs follow-up</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: denne bekymringen må følges opp</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; den %2</translation>
    </message>
</context>
<context>
    <name>ConcernsModel</name>
    <message>
        <source>Raised</source>
        <translation>Meldt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Vurderes den</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Bekymring</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Meldt av</translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (forfalt)</translation>
    </message>
    <message>
        <source>%1, needs follow-up</source>
        <translation>%1, må følges opp</translation>
    </message>
</context>
<context>
    <name>ConcernsTab</name>
    <message>
        <source>&amp;Raise concern…</source>
        <translation>&amp;Meld bekymring…</translation>
    </message>
    <message numerus="yes">
        <source>%n open concern(s)</source>
        <translation>
            <numerusform>%n åpen bekymringsmelding</numerusform>
            <numerusform>%n åpne bekymringsmeldinger</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated concern(s)</source>
        <translation>
            <numerusform>%n eskalert bekymringsmelding</numerusform>
            <numerusform>%n eskalerte bekymringsmeldinger</numerusform>
        </translation>
    </message>
    <message>
        <source>No open concerns</source>
        <translation>Ingen åpne bekymringsmeldinger</translation>
    </message>
    <message>
        <source>No concerns have been raised.</source>
        <translation>Ingen bekymringsmeldinger er meldt.</translation>
    </message>
    <message>
        <source>No concerns raised. When a student is not progressing, press “Raise concern” to record what you see, agree an action plan and set a date to review it.</source>
        <translation>Ingen bekymringsmeldinger. Når en aspirant ikke har fremgang, trykker du «Meld bekymring» for å registrere det du ser, avtale en tiltaksplan og sette en dato for å vurdere den.</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Bekymring</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <source>Delete this concern? Use Resolve instead if it has been dealt with.</source>
        <translation>Slette denne bekymringsmeldingen? Bruk heller «Avslutt som løst» hvis den er håndtert.</translation>
    </message>
    <message>
        <source>Concern deleted</source>
        <translation>Bekymringsmelding slettet</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Attention</source>
        <translation>Oppfølging</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Aspirant</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Årsaker</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Fengsel</translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation>Hovedveileder</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dager igjen</translation>
    </message>
    <message>
        <source>Outcome so far</source>
        <translation>Resultat så langt</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Bekymringer</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>NRT</source>
        <translation>ROO</translation>
    </message>
    <message>
        <source>Remedial</source>
        <translation>Ekstra oppl.</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Venter</translation>
    </message>
    <message>
        <source>Last obs.</source>
        <translation>Siste obs.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Below exp.</source>
        <translation>Under forv.</translation>
    </message>
    <message>
        <source>How soon to look, from the reasons at the end of the row</source>
        <translation>Hvor snart det bør ses på, ut fra årsakene ved slutten av raden</translation>
    </message>
    <message>
        <source>Days until the placement ends</source>
        <translation>Dager til praksisperioden slutter</translation>
    </message>
    <message>
        <source>The final review&apos;s result, else the latest review&apos;s</source>
        <translation>Resultatet av sluttvurderingen, ellers av siste vurderingssamtale</translation>
    </message>
    <message>
        <source>Open causes for concern, escalated ones included</source>
        <translation>Åpne bekymringsmeldinger, også eskalerte</translation>
    </message>
    <message>
        <source>Reviews overdue or missing</source>
        <translation>Vurderingssamtaler som er forfalt eller mangler</translation>
    </message>
    <message>
        <source>Ratings marked &apos;not responding to training&apos; in the placement</source>
        <translation>Vurderinger merket «responderer ikke på opplæring» i praksisperioden</translation>
    </message>
    <message>
        <source>Minutes of remedial training logged</source>
        <translation>Minutter med ekstra opplæring registrert</translation>
    </message>
    <message>
        <source>Why, in words (the whole list in the row&apos;s tooltip)</source>
        <translation>Hvorfor, i ord (hele listen i radens verktøytips)</translation>
    </message>
    <message>
        <source>Entries the student disagreed with</source>
        <translation>Oppføringer aspiranten var uenig i</translation>
    </message>
    <message>
        <source>Entries shared over a week ago still waiting: for the student&apos;s answer / for the mentor&apos;s signature</source>
        <translation>Oppføringer delt for over en uke siden som fortsatt venter: på aspirantens svar / på veilederens signatur</translation>
    </message>
    <message>
        <source>Days since the last observation</source>
        <translation>Dager siden siste observasjon</translation>
    </message>
    <message>
        <source>Hours logged / the target pro-rated to today</source>
        <translation>Registrerte timer / timemålet omregnet til i dag</translation>
    </message>
    <message>
        <source>Competencies whose recent ratings are below the level expected by now</source>
        <translation>Kompetanser der de nylige vurderingene ligger under nivået som forventes nå</translation>
    </message>
    <message>
        <source>Mid-point overdue</source>
        <translation>Midtveis forfalt</translation>
    </message>
    <message>
        <source>No final review</source>
        <translation>Ingen sluttvurdering</translation>
    </message>
    <message>
        <source>Final due</source>
        <translation>Sluttvurdering snart</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 esc.)</source>
        <translation>%1 (%2 esk.)</translation>
    </message>
    <message>
        <source>%1: %2; %3; %4 – %5</source>
        <translation>%1: %2; %3; %4–%5</translation>
    </message>
    <message>
        <source>%1 of %2 hours; %3 expected by today</source>
        <translation>%1 av %2 timer; %3 forventet innen i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last four weeks</source>
        <translation>
            <numerusform>%n de siste fire ukene</numerusform>
            <numerusform>%n de siste fire ukene</numerusform>
        </translation>
    </message>
    <message>
        <source>Level expected by now: %1</source>
        <translation>Nivå som forventes nå: %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Find a student, prison or cohort</source>
        <translation>Finn en aspirant, et fengsel eller et kull</translation>
    </message>
    <message>
        <source>Find in the dashboard</source>
        <translation>Finn i oversikten</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Høgskole</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>Training prison</source>
        <translation>Opplæringsfengsel</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Alle faser</translation>
    </message>
    <message>
        <source>&amp;Needs attention only</source>
        <translation>Bare de som &amp;trenger oppfølging</translation>
    </message>
    <message>
        <source>Show &amp;ended placements</source>
        <translation>Vis &amp;avsluttede praksisperioder</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;ksporter…</translation>
    </message>
    <message>
        <source>Save these rows as CSV for the academy&apos;s records</source>
        <translation>Lagre disse radene som CSV for høgskolens arkiv</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praksisperioder</translation>
    </message>
    <message>
        <source>Every academy</source>
        <translation>Alle høgskoler</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Alle kull</translation>
    </message>
    <message>
        <source>Every prison</source>
        <translation>Alle fengsler</translation>
    </message>
    <message>
        <source>Every mentor</source>
        <translation>Alle veiledere</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s): %1 to act on now, %2 needing attention</source>
        <translation>
            <numerusform>%n praksisperiode: %1 å handle på nå, %2 som trenger oppfølging</numerusform>
            <numerusform>%n praksisperioder: %1 å handle på nå, %2 som trenger oppfølging</numerusform>
        </translation>
    </message>
    <message>
        <source>No placement needs attention now. Untick “Needs attention only” to see every placement.</source>
        <translation>Ingen praksisperiode trenger oppfølging nå. Fjern krysset for «Bare de som trenger oppfølging» for å se alle praksisperioder.</translation>
    </message>
    <message>
        <source>No placement matches these filters. Widen or clear them.</source>
        <translation>Ingen praksisperiode passer med disse filtrene. Utvid eller tøm dem.</translation>
    </message>
    <message>
        <source>None of these placements is current. Tick “Show ended placements” to see the ended ones.</source>
        <translation>Ingen av disse praksisperiodene pågår. Kryss av for «Vis avsluttede praksisperioder» for å se de avsluttede.</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Eksporter oversikten</translation>
    </message>
    <message>
        <source>attention dashboard.csv</source>
        <translation>oppfølgingsoversikt.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Lagret %n rad i %1</numerusform>
            <numerusform>Lagret %n rader i %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>This database was found damaged, so it is open to read only: nothing can be saved. Restore the newest verified backup (File &gt; Backups) to go on working.</source>
        <translation>Denne databasen ble funnet skadet, så den er åpnet skrivebeskyttet: ingenting kan lagres. Gjenopprett den nyeste kontrollerte sikkerhetskopien (Fil &gt; Sikkerhetskopier) for å arbeide videre.</translation>
    </message>
    <message>
        <source>This database is on read-only media: you can read it, make reports and export, but nothing can be saved here. To work in it, copy it with its .keys file to a folder you can write to.</source>
        <translation>Denne databasen ligger på et skrivebeskyttet medium: du kan lese den, lage rapporter og eksportere, men ingenting kan lagres her. For å arbeide i den, kopier den sammen med .keys-filen til en mappe du kan skrive til.</translation>
    </message>
</context>
<context>
    <name>DisagreeDialog</name>
    <message>
        <source>I disagree</source>
        <translation>Jeg er uenig</translation>
    </message>
    <message>
        <source>Say what you disagree with in the feedback of %1 from %2. Your comment is kept with this version of the feedback, so you and your mentor can discuss it.</source>
        <translation>Skriv hva du er uenig i i tilbakemeldingen fra %2 den %1. Kommentaren din lagres med denne versjonen av tilbakemeldingen, så du og veilederen din kan drøfte den.</translation>
    </message>
    <message>
        <source>&amp;Why you disagree (required)</source>
        <translation>&amp;Hvorfor du er uenig (påkrevd)</translation>
    </message>
    <message>
        <source>Why you disagree</source>
        <translation>Hvorfor du er uenig</translation>
    </message>
    <message>
        <source>e.g. I asked him to step back before I searched the cell.</source>
        <translation>f.eks. Jeg ba ham trekke seg unna før jeg ransaket cellen.</translation>
    </message>
    <message>
        <source>&amp;Record disagreement</source>
        <translation>&amp;Registrer uenighet</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>Hours logged against the target</source>
        <translation>Timer registrert mot målet</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>%1 phase · %2</source>
        <translation>Fase: %1 · %2</translation>
    </message>
    <message>
        <source>cohort %1</source>
        <translation>kull %1</translation>
    </message>
    <message>
        <source>Mentors: %1</source>
        <translation>Veiledere: %1</translation>
    </message>
    <message>
        <source>No mentor assigned yet</source>
        <translation>Ingen veileder tildelt ennå</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 of %2 h</source>
        <translation>%1 av %2 t</translation>
    </message>
    <message>
        <source>%1 h (no target set)</source>
        <translation>%1 t (ikke noe timemål satt)</translation>
    </message>
    <message>
        <source>Dossier of %1</source>
        <translation>Mappe for %1</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>&amp;Competencies</source>
        <translation>&amp;Kompetanser</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>&amp;Vurderinger</translation>
    </message>
    <message>
        <source>C&amp;oncerns</source>
        <translation>&amp;Bekymringer</translation>
    </message>
    <message>
        <source>Choose a student on the left to open their dossier. Type in the filter above the list to find someone quickly.</source>
        <translation>Velg en aspirant til venstre for å åpne mappen. Skriv i filteret over listen for å finne noen raskt.</translation>
    </message>
    <message>
        <source>Feedbac&amp;k</source>
        <translation>Tilbakemel&amp;dinger</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Unfinished work</source>
        <translation>Uferdig arbeid</translation>
    </message>
    <message>
        <source>mentorlog kept text you were typing when it last stopped. Open it to carry on, or discard what you no longer need.</source>
        <translation>mentorlog tok vare på tekst du skrev da programmet sist stoppet. Åpne den for å fortsette, eller forkast det du ikke lenger trenger.</translation>
    </message>
    <message>
        <source>Unfinished drafts</source>
        <translation>Uferdige utkast</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Forkast</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Senere</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observasjon</translation>
    </message>
    <message>
        <source>Amendment of a signed observation</source>
        <translation>Endring av en signert observasjon</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <source>%1 for %2, autosaved %3</source>
        <translation>%1 for %2, autolagret %3</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Text kept safe (autosaved %1)</source>
        <translation>Teksten er tatt vare på (autolagret %1)</translation>
    </message>
    <message>
        <source>Not saved: see the problems marked in red.</source>
        <translation>Ikke lagret: se problemene merket med rødt.</translation>
    </message>
    <message>
        <source>Not saved yet: someone saved a newer version.</source>
        <translation>Ikke lagret ennå: noen har lagret en nyere versjon.</translation>
    </message>
    <message>
        <source>Showing the newer version</source>
        <translation>Viser den nyere versjonen</translation>
    </message>
    <message>
        <source>Not saved: your text is still here.</source>
        <translation>Ikke lagret: teksten din er fortsatt her.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End %1&apos;s placement</source>
        <translation>Avslutt praksisperioden til %1</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Siste dag</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Årsak</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Interrupted (to be resumed later)</source>
        <translation>Avbrutt (skal fortsette senere)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Completing the placement signs it off: your signature covers its dates, status, target hours and framework.</source>
        <translation>Når praksisperioden fullføres, godkjennes den: signaturen din dekker datoer, status, timemål og rammeverk.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Begrunnelse</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export progress reports</source>
        <translation>Eksporter framdriftsrapporter</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>&amp;One student</source>
        <translation>&amp;Én aspirant</translation>
    </message>
    <message>
        <source>&amp;Several students</source>
        <translation>F&amp;lere aspiranter</translation>
    </message>
    <message>
        <source>A whole &amp;cohort, with its summary</source>
        <translation>Et helt &amp;kull, med sammendrag</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Aspirant</translation>
    </message>
    <message>
        <source>Students to export</source>
        <translation>Aspiranter som skal eksporteres</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>There are no placements you may report on yet. Once a student has a placement, their progress report can be exported here.</source>
        <translation>Det finnes ingen praksisperioder du kan rapportere på ennå. Når en aspirant har en praksisperiode, kan framdriftsrapporten eksporteres her.</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Lagre i</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Lagre &amp;i:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Eksporter framdrift</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>F&amp;orhåndsvis</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksporter</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>&amp;Avbryt eksport</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Åpne &amp;fil</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Åpne &amp;mappe</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Loading students…</source>
        <translation>Laster aspiranter…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n placement(s))</source>
        <translation>
            <numerusform>%1 (%2, %n praksisperiode)</numerusform>
            <numerusform>%1 (%2, %n praksisperioder)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Lagre rapporten som</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Save the reports in</source>
        <translation>Lagre rapportene i</translation>
    </message>
    <message>
        <source>Tick at least one student to export.</source>
        <translation>Kryss av minst én aspirant som skal eksporteres.</translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation>Velg hvor det skal lagres.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Forbereder forhåndsvisningen…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksporterer…</translation>
    </message>
    <message>
        <source>Stopping after the current report…</source>
        <translation>Stopper etter gjeldende rapport…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Skriver %1 (%2 av %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n report(s) were written whole before it stopped; nothing half-written was left.</source>
        <translation>
            <numerusform>Eksport avbrutt: %n rapport ble skrevet ferdig før den stoppet; ingenting halvskrevet ble liggende igjen.</numerusform>
            <numerusform>Eksport avbrutt: %n rapporter ble skrevet ferdig før den stoppet; ingenting halvskrevet ble liggende igjen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s), %1 in all.</source>
        <translation>
            <numerusform>Skrev %n PDF, %1 i alt.</numerusform>
            <numerusform>Skrev %n PDF-er, %1 i alt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n side</numerusform>
            <numerusform>%n sider</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (nothing in the period): %1</source>
        <translation>Utelatt (ingenting i perioden): %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend %1&apos;s placement</source>
        <translation>Forleng praksisperioden til %1</translation>
    </message>
    <message>
        <source>&amp;New end</source>
        <translation>&amp;Ny sluttdato</translation>
    </message>
    <message>
        <source>&amp;More target hours</source>
        <translation>&amp;Flere timer i timemålet</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Kvittert</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Uenig</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tilbakemelding</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Ditt svar</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>New feedback</source>
        <translation>Ny tilbakemelding</translation>
    </message>
    <message>
        <source>Answered feedback</source>
        <translation>Besvarte tilbakemeldinger</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;New feedback&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Ny tilbakemelding&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ans&amp;wered&lt;/b&gt;</source>
        <translation>&lt;b&gt;Be&amp;svart&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The chosen feedback</source>
        <translation>Den valgte tilbakemeldingen</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Kvitter ut</translation>
    </message>
    <message>
        <source>You have read this feedback; your mentor sees that you acknowledged it</source>
        <translation>Du har lest denne tilbakemeldingen; veilederen din ser at du har kvittert for den</translation>
    </message>
    <message>
        <source>I &amp;disagree…</source>
        <translation>Jeg er &amp;uenig…</translation>
    </message>
    <message>
        <source>Record that you disagree, with a comment saying why</source>
        <translation>Registrer at du er uenig, med en kommentar om hvorfor</translation>
    </message>
    <message>
        <source>Ref&amp;lect on this…</source>
        <translation>Ref&amp;lekter over dette…</translation>
    </message>
    <message>
        <source>Write a reflection linked to this feedback</source>
        <translation>Skriv en refleksjon knyttet til denne tilbakemeldingen</translation>
    </message>
    <message>
        <source>No new feedback — everything has been acknowledged. New feedback from your mentor appears here first.</source>
        <translation>Ingen ny tilbakemelding — alt er kvittert ut. Ny tilbakemelding fra veilederen din vises her først.</translation>
    </message>
    <message>
        <source>Feedback you have acknowledged or disagreed with is kept here.</source>
        <translation>Tilbakemeldinger du har kvittert for eller vært uenig i, lagres her.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n ny</numerusform>
            <numerusform>%n nye</numerusform>
        </translation>
    </message>
    <message>
        <source>No new feedback — everything has been acknowledged.</source>
        <translation>Ingen ny tilbakemelding — alt er kvittert ut.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) waiting for your signature</source>
        <translation>
            <numerusform>%n vurderingssamtale venter på signaturen din</numerusform>
            <numerusform>%n vurderingssamtaler venter på signaturen din</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most recent of %2 answers; the timeline and your progress report have them all.</source>
        <translation>De %1 siste av %2 svar; tidslinjen og framdriftsrapporten din har alle.</translation>
    </message>
    <message>
        <source>Choose feedback in a list to read it here.</source>
        <translation>Velg en tilbakemelding i en liste for å lese den her.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Fra %1</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>You acknowledged version %1 on %2.</source>
        <translation>Du kvitterte for versjon %1 den %2.</translation>
    </message>
    <message>
        <source>You disagreed with version %1 on %2:</source>
        <translation>Du var uenig i versjon %1 den %2:</translation>
    </message>
    <message>
        <source>Your mentor corrected this feedback (version %1).</source>
        <translation>Veilederen din har rettet denne tilbakemeldingen (versjon %1).</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Guard missing</source>
        <translation>Vern mangler</translation>
    </message>
    <message>
        <source>Trail broken</source>
        <translation>Kjeden brutt</translation>
    </message>
    <message>
        <source>Trail cut short</source>
        <translation>Kjeden avkortet</translation>
    </message>
    <message>
        <source>Signature fails</source>
        <translation>Signaturen feiler</translation>
    </message>
    <message>
        <source>Wrong key</source>
        <translation>Feil nøkkel</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Ikke signert</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signeringsnøkkel</translation>
    </message>
    <message>
        <source>Content changed</source>
        <translation>Innholdet er endret</translation>
    </message>
    <message>
        <source>No longer locked</source>
        <translation>Ikke lenger låst</translation>
    </message>
    <message>
        <source>Sign-off missing</source>
        <translation>Godkjenning mangler</translation>
    </message>
    <message>
        <source>Record missing</source>
        <translation>Post mangler</translation>
    </message>
    <message>
        <source>Not on the trail</source>
        <translation>Ikke i loggen</translation>
    </message>
    <message>
        <source>Seal broken</source>
        <translation>Forseglingen brutt</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Hvor</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Hva som er galt</translation>
    </message>
</context>
<context>
    <name>FirstPasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Velg passordet ditt</translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with the one-time password from your sign-in sheet; choose your own now (at least %2 characters). The one-time password stops working once it is saved.</source>
        <translation>Velkommen, %1. Du logget på med engangspassordet fra påloggingsarket ditt; velg ditt eget nå (minst %2 tegn). Engangspassordet slutter å virke når det nye er lagret.</translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation>&amp;Engangspassord</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nytt passord</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Nytt passord &amp;igjen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to mentorlog</source>
        <translation>Velkommen til mentorlog</translation>
    </message>
    <message>
        <source>This database is empty. Set mentorlog up for your site by creating the first administrator account, or load demo data to look around first.</source>
        <translation>Denne databasen er tom. Sett opp mentorlog for stedet ditt ved å opprette den første administratorkontoen, eller last inn demodata for å se deg om først.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Language of this site:</source>
        <translation>&amp;Språk for dette stedet:</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Opprett den første administratoren</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Etternavn</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Passord &amp;igjen</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Passordet må ha minst 8 tegn.</translation>
    </message>
    <message>
        <source>&amp;Create administrator and sign in</source>
        <translation>&amp;Opprett administrator og logg på</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
    <message>
        <source>Look around with demo data</source>
        <translation>Se deg om med demodata</translation>
    </message>
    <message numerus="yes">
        <source>Loads a made-up academy with training prisons in Belgium, Finland, Norway and Estonia, %n students and their observations, reflections, goals, reviews and concerns. Afterwards sign in as admin, coordinator, mentor or student, each with the password demo.</source>
        <translation>
            <numerusform>Laster inn en oppdiktet høgskole med opplæringsfengsler i Belgia, Finland, Norge og Estland, %n aspirant og observasjonene, refleksjonene, målene, vurderingssamtalene og bekymringsmeldingene. Logg deretter på som admin, coordinator, mentor eller student, alle med passordet demo.</numerusform>
            <numerusform>Laster inn en oppdiktet høgskole med opplæringsfengsler i Belgia, Finland, Norge og Estland, %n aspiranter og deres observasjoner, refleksjoner, mål, vurderingssamtaler og bekymringsmeldinger. Logg deretter på som admin, coordinator, mentor eller student, alle med passordet demo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Last inn demodata</translation>
    </message>
    <message>
        <source>Demo data progress</source>
        <translation>Framdrift for demodata</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Laster inn demodata…</translation>
    </message>
</context>
<context>
    <name>FrameworksDialog</name>
    <message>
        <source>Frameworks</source>
        <translation>Rammeverk</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksporter…</translation>
    </message>
    <message>
        <source>No framework yet. Press “Import” to add the academy&apos;s own (JSON or XLSX).</source>
        <translation>Ingen rammeverk ennå. Trykk «Importer» for å legge til høgskolens eget (JSON eller XLSX).</translation>
    </message>
    <message>
        <source>The framework to import</source>
        <translation>Rammeverket som skal importeres</translation>
    </message>
    <message>
        <source>Frameworks (*.json *.xlsx);;All files (*)</source>
        <translation>Rammeverk (*.json *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>%1, version %2, is now in force (%3 competencies, scale %4).</source>
        <translation>%1, versjon %2, gjelder nå (%3 kompetanser, skala %4).</translation>
    </message>
    <message>
        <source>Export the framework</source>
        <translation>Eksporter rammeverket</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel-arbeidsbok (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Skrevet til %1.</translation>
    </message>
</context>
<context>
    <name>FrameworksModel</name>
    <message>
        <source>Framework</source>
        <translation>Rammeverk</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetanser</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Gjeldende</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Utgått</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>e.g. Start conversations on the landing unprompted</source>
        <translation>f.eks. Ta initiativ til samtaler på avdelingen uten å bli bedt om det</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>What the student will do, with what support, and how progress will show.</source>
        <translation>Hva aspiranten skal gjøre, med hvilken støtte, og hvordan framgangen skal vise seg.</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>&amp;Lagre mål</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Mål</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Develops</source>
        <translation>&amp;Utvikler</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>Tiltaks&amp;plan</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Framdriftsnotater</translation>
    </message>
    <message>
        <source>What has happened towards this goal?</source>
        <translation>Hva har skjedd med tanke på dette målet?</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Legg til &amp;notat</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Framdriftsnotater&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nytt mål</translation>
    </message>
    <message>
        <source>No competency named</source>
        <translation>Ingen kompetanse angitt</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Open</source>
        <translation>Åpent</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Pågår</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Nådd</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Lagt bort</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Kompetanser</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notater</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (forfalt)</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>&amp;New goal</source>
        <translation>&amp;Nytt mål</translation>
    </message>
    <message numerus="yes">
        <source>%n open · %1 overdue</source>
        <translation>
            <numerusform>%n åpent · %1 forfalt</numerusform>
            <numerusform>%n åpne · %1 forfalt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n åpent</numerusform>
            <numerusform>%n åpne</numerusform>
        </translation>
    </message>
    <message>
        <source>No goals yet. Goals you agree with your mentor appear here, and you can note your progress on each.</source>
        <translation>Ingen læringsmål ennå. Mål du avtaler med veilederen din vises her, og du kan notere framgangen på hvert av dem.</translation>
    </message>
    <message>
        <source>No goals have been set for this placement yet.</source>
        <translation>Ingen læringsmål er satt for denne praksisperioden ennå.</translation>
    </message>
    <message>
        <source>No goals yet. Press “New goal” to agree the first one: what to work on, the action plan, and by when.</source>
        <translation>Ingen læringsmål ennå. Trykk «Nytt mål» for å avtale det første: hva det skal arbeides med, tiltaksplanen og innen når.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <source>Delete the goal “%1”?</source>
        <translation>Slette målet «%1»?</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Mål slettet</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>mentorlog help</source>
        <translation>Hjelp til mentorlog</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>Låst</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logg av</translation>
    </message>
    <message>
        <source>Sign %1 out?</source>
        <translation>Logge av %1?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New prisons, units and cohorts (%1):</source>
        <translation>Nye fengsler, avdelinger og kull (%1):</translation>
    </message>
    <message>
        <source>Would make (%1):</source>
        <translation>Ville opprette (%1):</translation>
    </message>
    <message>
        <source>Made (%1):</source>
        <translation>Opprettet (%1):</translation>
    </message>
    <message>
        <source>Would change (%1):</source>
        <translation>Ville endre (%1):</translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation>Endret (%1):</translation>
    </message>
    <message>
        <source>Left alone (%1):</source>
        <translation>Uendret (%1):</translation>
    </message>
    <message>
        <source>The file holds nothing new.</source>
        <translation>Filen inneholder ikke noe nytt.</translation>
    </message>
    <message>
        <source>Import people or placements</source>
        <translation>Importer personer eller praksisperioder</translation>
    </message>
    <message>
        <source>People (given_name, family_name, username, roles, email)</source>
        <translation>Personer (given_name, family_name, username, roles, email)</translation>
    </message>
    <message>
        <source>Placements (student, cohort, prison, unit, mentor, start, end, target_hours)</source>
        <translation>Praksisperioder (student, cohort, prison, unit, mentor, start, end, target_hours)</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>En .csv- eller .xlsx-fil</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Velg…</translation>
    </message>
    <message>
        <source>Where the new accounts&apos; one-time passwords go</source>
        <translation>Hvor engangspassordene til de nye kontoene skal lagres</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>V&amp;elg…</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Hva</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet</source>
        <translation>&amp;Påloggingsark</translation>
    </message>
    <message>
        <source>CSV as Excel saves it (UTF-8, &apos;;&apos; or &apos;,&apos;), or an Excel workbook. “Check” shows what the file would do and writes nothing; a file with any bad row is not imported. The sign-in sheet (PDF or CSV) is written once and kept nowhere else.</source>
        <translation>CSV slik Excel lagrer det (UTF-8, &apos;;&apos; eller &apos;,&apos;), eller en Excel-arbeidsbok. «Kontroller» viser hva filen ville gjøre, og skriver ingenting; en fil med en feil rad blir ikke importert. Påloggingsarket (PDF eller CSV) skrives én gang og lagres ikke noe annet sted.</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Hva importen ville gjøre</translation>
    </message>
    <message>
        <source>Choose a file and press Check.</source>
        <translation>Velg en fil og trykk Kontroller.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Filen som skal importeres</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabeller (*.csv *.xlsx);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Where the sign-in sheet goes</source>
        <translation>Hvor påloggingsarket skal lagres</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Velg først filen som skal importeres.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Kontrollerer %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importerer %1…</translation>
    </message>
    <message>
        <source>Choose where the sign-in sheet goes: it holds the new accounts&apos; one-time passwords, and mentorlog keeps no copy.</source>
        <translation>Velg hvor påloggingsarket skal lagres: det inneholder engangspassordene til de nye kontoene, og mentorlog beholder ingen kopi.</translation>
    </message>
    <message>
        <source>Nothing was written yet.</source>
        <translation>Ingenting er skrevet ennå.</translation>
    </message>
    <message>
        <source>The sign-in sheet is in %1: hand each person their line; each must choose their own password at the first sign-in.</source>
        <translation>Påloggingsarket ligger i %1: gi hver person deres linje; alle må velge sitt eget passord ved første pålogging.</translation>
    </message>
    <message>
        <source>Nothing was imported: mend the file and check it again.</source>
        <translation>Ingenting ble importert: rett opp filen og kontroller den på nytt.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>for %n dag siden</numerusform>
            <numerusform>for %n dager siden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>&amp;Your language</source>
        <translation>&amp;Ditt språk</translation>
    </message>
    <message>
        <source>mentorlog speaks this language to you on every workstation. The change takes effect at once: the main window is built again in it. An editor you have open stays as it is, with what you typed, until you close it.</source>
        <translation>mentorlog bruker dette språket overfor deg på alle arbeidsstasjoner. Endringen gjelder straks: hovedvinduet bygges opp på nytt på språket. Et redigeringsvindu du har åpent, forblir som det er, med det du har skrevet, til du lukker det.</translation>
    </message>
    <message>
        <source>&amp;Site default</source>
        <translation>&amp;Standard for stedet</translation>
    </message>
    <message>
        <source>Everyone who has not chosen a language works in the site&apos;s default, and the sign-in screen shows in it.</source>
        <translation>Alle som ikke har valgt språk, arbeider på stedets standardspråk, og påloggingsbildet vises på det.</translation>
    </message>
    <message>
        <source>The site&apos;s default (%1)</source>
        <translation>Stedets standard (%1)</translation>
    </message>
</context>
<context>
    <name>ListDetailTab</name>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Choose a student on the left to see this part of their file.</source>
        <translation>Velg en aspirant til venstre for å se denne delen av mappen.</translation>
    </message>
    <message>
        <source>Choose one in the list to see it here.</source>
        <translation>Velg en i listen for å se den her.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your password</source>
        <translation>Passordet ditt</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lås opp</translation>
    </message>
    <message>
        <source>Someone else at this workstation? Sign this person out; whatever they were writing stays saved as a draft for them.</source>
        <translation>Er det noen andre ved denne arbeidsstasjonen? Logg av denne personen; det de holdt på å skrive, lagres som et utkast for dem.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Logg &amp;av</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Låst — %1</translation>
    </message>
    <message>
        <source>This window locked itself to keep its records private. Enter your password to carry on where you left off: nothing you were writing is lost.</source>
        <translation>Dette vinduet låste seg selv for å holde postene private. Skriv inn passordet ditt for å fortsette der du slapp: ingenting du skrev, går tapt.</translation>
    </message>
    <message>
        <source>This window is locked to keep its records private. Enter your password to carry on where you left off: nothing you were writing is lost.</source>
        <translation>Dette vinduet er låst for å holde postene private. Skriv inn passordet ditt for å fortsette der du slapp: ingenting du skrev, går tapt.</translation>
    </message>
    <message>
        <source>Enter your password to unlock.</source>
        <translation>Skriv inn passordet ditt for å låse opp.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
</context>
<context>
    <name>MainViews</name>
    <message>
        <source>&amp;Attention</source>
        <translation>&amp;Oppfølging</translation>
    </message>
    <message>
        <source>&amp;My students</source>
        <translation>&amp;Mine aspiranter</translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation>&amp;Kalibrering</translation>
    </message>
    <message>
        <source>&amp;Placements</source>
        <translation>&amp;Praksisperioder</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New &amp;observation…</source>
        <translation>Ny &amp;observasjon…</translation>
    </message>
    <message>
        <source>New &amp;reflection…</source>
        <translation>Ny &amp;refleksjon…</translation>
    </message>
    <message>
        <source>&amp;Export reports…</source>
        <translation>&amp;Eksporter rapporter…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sikkerhetskopier…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>S&amp;pråk…</translation>
    </message>
    <message>
        <source>Choose the language mentorlog speaks to you</source>
        <translation>Velg språket mentorlog skal bruke overfor deg</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Logg a&amp;v</translation>
    </message>
    <message>
        <source>Sign out or switch user; the app stays open</source>
        <translation>Logg av eller bytt bruker; programmet forblir åpent</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>Lock the window now; your password unlocks it</source>
        <translation>Lås vinduet nå; passordet ditt låser det opp</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>&amp;Find in timeline</source>
        <translation>&amp;Finn i tidslinjen</translation>
    </message>
    <message>
        <source>Find &amp;student</source>
        <translation>Finn a&amp;spirant</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Oppdater</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tidslinje</translation>
    </message>
    <message>
        <source>&amp;Competencies</source>
        <translation>&amp;Kompetanser</translation>
    </message>
    <message>
        <source>Attention &amp;dashboard</source>
        <translation>&amp;Oppfølgingsoversikt</translation>
    </message>
    <message>
        <source>Mentor c&amp;alibration</source>
        <translation>Veilederk&amp;alibrering</translation>
    </message>
    <message>
        <source>&amp;Placements and dossier</source>
        <translation>&amp;Praksisperioder og mappe</translation>
    </message>
    <message>
        <source>&amp;About mentorlog</source>
        <translation>&amp;Om mentorlog</translation>
    </message>
    <message>
        <source>&amp;Guide for your role</source>
        <translation>&amp;Veiledning for din rolle</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Hurtigtaster</translation>
    </message>
    <message>
        <source>&amp;People and accounts…</source>
        <translation>&amp;Personer og kontoer…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Revisjonslogg…</translation>
    </message>
    <message>
        <source>&amp;Site settings…</source>
        <translation>&amp;Innstillinger for stedet…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Administrasjon</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Pålogget som %1 (%2)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>Where mentorlog keeps this data</source>
        <translation>Hvor mentorlog lagrer disse dataene</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeider</translation>
    </message>
    <message>
        <source>About mentorlog</source>
        <translation>Om mentorlog</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mentorlog %1&lt;/h3&gt;&lt;p&gt;Mentored on-the-job training of prison officers: observations, competency ratings, reflections, goals, reviews and progress reports.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mentorlog %1&lt;/h3&gt;&lt;p&gt;Veiledet praksisopplæring av fengselsbetjenter: observasjoner, kompetansevurderinger, refleksjoner, læringsmål, vurderingssamtaler og framdriftsrapporter.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;&lt;p&gt;MIT-lisens.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManageDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move %1 to another prison</source>
        <translation>Flytt %1 til et annet fengsel</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Til</translation>
    </message>
    <message>
        <source>&amp;Lead mentor there</source>
        <translation>&amp;Hovedveileder der</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
</context>
<context>
    <name>NarrativeFrame</name>
    <message>
        <source>&amp;What did you observe?</source>
        <translation>&amp;Hva observerte du?</translation>
    </message>
    <message>
        <source>What happened on the shift, what the student did and said, and how prisoners and colleagues responded.</source>
        <translation>Hva som skjedde på vakten, hva aspiranten gjorde og sa, og hvordan innsatte og kolleger reagerte.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Private mentor note: only you will see this. It is never shown to the student or other mentors, nor printed in reports.</source>
        <translation>Privat veiledernotat: bare du ser dette. Det vises aldri for aspiranten eller andre veiledere, og skrives aldri ut i rapporter.</translation>
    </message>
    <message>
        <source>Shared: the student reads this once it is published.</source>
        <translation>Delt: aspiranten leser dette når det er publisert.</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <source>Observation</source>
        <translation>Observasjon</translation>
    </message>
    <message>
        <source>Dis&amp;cussed with the student</source>
        <translation>&amp;Drøftet med aspiranten</translation>
    </message>
    <message>
        <source>Sh&amp;ared with the student</source>
        <translation>D&amp;elt med aspiranten</translation>
    </message>
    <message>
        <source>Pri&amp;vate mentor note (only you)</source>
        <translation>Pri&amp;vat veiledernotat (bare du)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Lagre utkast</translation>
    </message>
    <message>
        <source>Keep it unpublished (Ctrl+S)</source>
        <translation>Hold den upublisert (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publiser</translation>
    </message>
    <message>
        <source>Check and publish (Ctrl+Enter)</source>
        <translation>Kontroller og publiser (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Restored the amendment you were typing (autosaved %1). Save the amendment to keep it; close and discard to leave the signed version as it is.</source>
        <translation>Gjenopprettet endringen du holdt på å skrive (autolagret %1). Lagre endringen for å beholde den; lukk og forkast for å la den signerte versjonen være som den er.</translation>
    </message>
    <message>
        <source>Restored the text you were typing (autosaved %1). Save or publish to keep it; close and discard to go back to the saved version.</source>
        <translation>Gjenopprettet teksten du holdt på å skrive (autolagret %1). Lagre eller publiser for å beholde den; lukk og forkast for å gå tilbake til den lagrede versjonen.</translation>
    </message>
    <message>
        <source>Changes you typed for it are kept: Amend… to carry on with them.</source>
        <translation>Endringene du skrev i den, er tatt vare på: velg Endre… for å fortsette med dem.</translation>
    </message>
    <message>
        <source>Save a&amp;mendment</source>
        <translation>Lagre endr&amp;ing</translation>
    </message>
    <message>
        <source>Save the correction as a new, signed version (Ctrl+Enter)</source>
        <translation>Lagre rettelsen som en ny, signert versjon (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Ny observasjon</translation>
    </message>
    <message>
        <source>Draft observation</source>
        <translation>Utkast til observasjon</translation>
    </message>
    <message>
        <source>Published observation</source>
        <translation>Publisert observasjon</translation>
    </message>
    <message>
        <source>Amending signed observation (version %1)</source>
        <translation>Endrer signert observasjon (versjon %1)</translation>
    </message>
    <message>
        <source>Signed observation</source>
        <translation>Signert observasjon</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Lagre &amp;notat</translation>
    </message>
    <message>
        <source>Save the private note; only you will read it (Ctrl+Enter)</source>
        <translation>Lagre det private notatet; bare du leser det (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Publish changes</source>
        <translation>&amp;Publiser endringer</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Utkast lagret</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Notat lagret</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Lagre endring</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Lagre notat</translation>
    </message>
    <message>
        <source>Publish changes</source>
        <translation>Publiser endringer</translation>
    </message>
    <message>
        <source>Amendment saved</source>
        <translation>Endring lagret</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Competency table</source>
        <translation>Kompetansetabell</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Vurderinger over tid</translation>
    </message>
    <message>
        <source>Goals and action plans</source>
        <translation>Læringsmål og tiltaksplaner</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Vurderingssamtaler</translation>
    </message>
    <message>
        <source>Causes for concern</source>
        <translation>Bekymringsmeldinger</translation>
    </message>
    <message>
        <source>Shared observations</source>
        <translation>Delte observasjoner</translation>
    </message>
    <message>
        <source>Shared reflections</source>
        <translation>Delte refleksjoner</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Godkjenning</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Whole placement</source>
        <translation>&amp;Hele praksisperioden</translation>
    </message>
    <message>
        <source>&amp;Between %1 and %2</source>
        <translation>&amp;Mellom %1 og %2</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Første dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Siste dag</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Deler</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Rapport&amp;språk:</translation>
    </message>
    <message>
        <source>Tick at least one section to include.</source>
        <translation>Kryss av minst én del som skal tas med.</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Perioden starter etter at den slutter.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nytt passord for %1</translation>
    </message>
    <message>
        <source>%1 signs in with this password from now on; tell it to them in private. It needs at least %2 characters.</source>
        <translation>%1 logger på med dette passordet fra nå av; fortell det til personen uten at andre hører. Det må ha minst %2 tegn.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nytt &amp;passord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Passord &amp;igjen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <source>Search names and usernames…</source>
        <translation>Søk i navn og brukernavn…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Søk etter personer</translation>
    </message>
    <message>
        <source>Show only people with this role</source>
        <translation>Vis bare personer med denne rollen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Show &amp;deactivated</source>
        <translation>Vis &amp;deaktiverte</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Søk:</translation>
    </message>
    <message>
        <source>People, by family name</source>
        <translation>Personer, etter etternavn</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Legg til person…</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>&amp;Gi rolle</translation>
    </message>
    <message>
        <source>&amp;Remove role</source>
        <translation>&amp;Fjern rolle</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Nytt &amp;passord…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;opp</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Deak&amp;tiver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Sp&amp;råk</translation>
    </message>
    <message>
        <source>The language mentorlog speaks to this person, from their next sign-in</source>
        <translation>Språket mentorlog bruker overfor denne personen, fra neste pålogging</translation>
    </message>
    <message>
        <source>The site&apos;s default</source>
        <translation>Stedets standard</translation>
    </message>
    <message>
        <source>Nobody matches. Clear the search, choose “Everyone”, or show deactivated.</source>
        <translation>Ingen treff. Tøm søket, velg «Alle», eller vis deaktiverte.</translation>
    </message>
    <message>
        <source>Nobody has been added yet. Press “Add person” to add the first.</source>
        <translation>Ingen er lagt til ennå. Trykk «Legg til person» for å legge til den første.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reak&amp;tiver</translation>
    </message>
    <message>
        <source>Only an administrator may change this.</source>
        <translation>Bare en administrator kan endre dette.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 ble lagt til.</translation>
    </message>
    <message>
        <source>%1 is now also a mentor.</source>
        <translation>%1 er nå også veileder.</translation>
    </message>
    <message>
        <source>%1 is now also a student.</source>
        <translation>%1 er nå også aspirant.</translation>
    </message>
    <message>
        <source>%1 is now also a coordinator.</source>
        <translation>%1 er nå også koordinator.</translation>
    </message>
    <message>
        <source>%1 is now also an administrator.</source>
        <translation>%1 er nå også administrator.</translation>
    </message>
    <message>
        <source>%1 is no longer a mentor.</source>
        <translation>%1 er ikke lenger veileder.</translation>
    </message>
    <message>
        <source>%1 is no longer a student.</source>
        <translation>%1 er ikke lenger aspirant.</translation>
    </message>
    <message>
        <source>%1 is no longer a coordinator.</source>
        <translation>%1 er ikke lenger koordinator.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator.</source>
        <translation>%1 er ikke lenger administrator.</translation>
    </message>
    <message>
        <source>%1 now works in the site&apos;s default language.</source>
        <translation>%1 arbeider nå på stedets standardspråk.</translation>
    </message>
    <message>
        <source>%1 now works in %2.</source>
        <translation>%1 arbeider nå på %2.</translation>
    </message>
    <message>
        <source>%1 has a new password; their account is unlocked.</source>
        <translation>%1 har fått nytt passord; kontoen er låst opp.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kan logge på igjen.</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Deaktivere %1?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their records stay as they are, and you can reactivate them later (with a new password).</source>
        <translation>%1 vil ikke lenger kunne logge på. Postene forblir som de er, og du kan reaktivere kontoen senere (med et nytt passord).</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 ble deaktivert.</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>%1 ble reaktivert.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktivert</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Låst etter mislykkede pålogginger</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Kan ikke logge på</translation>
    </message>
    <message>
        <source>%1 failed sign-ins</source>
        <translation>%1 mislykkede pålogginger</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Kan logge på</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Ingen rolle</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Add a person</source>
        <translation>Legg til en person</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Fornavn</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>E&amp;tternavn</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-post</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Passord &amp;igjen</translation>
    </message>
    <message>
        <source>Leave username and password empty for someone who will not sign in. A password needs at least %1 characters; tell it to the person in private.</source>
        <translation>La brukernavn og passord stå tomme for en som ikke skal logge på. Et passord må ha minst %1 tegn; fortell det til personen uten at andre hører.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De to passordene er ulike.</translation>
    </message>
    <message>
        <source>Give the person at least one role.</source>
        <translation>Gi personen minst én rolle.</translation>
    </message>
</context>
<context>
    <name>PlacementEditor</name>
    <message>
        <source>Edit the placement</source>
        <translation>Rediger praksisperioden</translation>
    </message>
    <message>
        <source>Add a placement</source>
        <translation>Legg til en praksisperiode</translation>
    </message>
    <message>
        <source>S&amp;tudent</source>
        <translation>&amp;Aspirant</translation>
    </message>
    <message>
        <source>&amp;Prison</source>
        <translation>&amp;Fengsel</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>A&amp;vdeling</translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation>&amp;Kull</translation>
    </message>
    <message>
        <source>&amp;Lead mentor</source>
        <translation>&amp;Hovedveileder</translation>
    </message>
    <message>
        <source>C&amp;o-mentors</source>
        <translation>&amp;Medveiledere</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Starter</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>S&amp;lutter</translation>
    </message>
    <message>
        <source>Ear&amp;ly phase from</source>
        <translation>&amp;Tidlig fase fra</translation>
    </message>
    <message>
        <source>&amp;Mid-point phase from</source>
        <translation>Mi&amp;dtveisfase fra</translation>
    </message>
    <message>
        <source>&amp;Final phase from</source>
        <translation>Avsl&amp;uttende fase fra</translation>
    </message>
    <message>
        <source>&amp;Target hours</source>
        <translation>T&amp;imemål</translation>
    </message>
    <message>
        <source>Fra&amp;mework</source>
        <translation>&amp;Rammeverk</translation>
    </message>
    <message>
        <source>No cohort</source>
        <translation>Intet kull</translation>
    </message>
    <message>
        <source>The cohort&apos;s, or the one in force</source>
        <translation>Kullets, eller det som gjelder</translation>
    </message>
    <message>
        <source>There are no students yet: add or import them first.</source>
        <translation>Det finnes ingen aspiranter ennå: legg til eller importer dem først.</translation>
    </message>
    <message>
        <source>There are no mentors yet: add or import them first.</source>
        <translation>Det finnes ingen veiledere ennå: legg til eller importer dem først.</translation>
    </message>
    <message>
        <source>There are no training prisons yet: add them first.</source>
        <translation>Det finnes ingen opplæringsfengsler ennå: legg dem til først.</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Ingen avdeling</translation>
    </message>
</context>
<context>
    <name>PlacementsDialog</name>
    <message>
        <source>Placements</source>
        <translation>Praksisperioder</translation>
    </message>
    <message>
        <source>Placements of %1</source>
        <translation>Praksisperiodene til %1</translation>
    </message>
    <message>
        <source>Student, prison, unit or cohort…</source>
        <translation>Aspirant, fengsel, avdeling eller kull…</translation>
    </message>
    <message>
        <source>&amp;Add placement…</source>
        <translation>&amp;Legg til praksisperiode…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Rediger…</translation>
    </message>
    <message>
        <source>Change &amp;mentor…</source>
        <translation>Bytt &amp;veileder…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Forleng…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>Avsl&amp;utt…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>Fl&amp;ytt…</translation>
    </message>
    <message>
        <source>No placement matches. Clear the search to see them all.</source>
        <translation>Ingen praksisperiode passer. Tøm søket for å se alle.</translation>
    </message>
    <message>
        <source>No placements yet. Import them from the academy&apos;s spreadsheet (Site › Import people or placements), or press “Add placement” to place one student.</source>
        <translation>Ingen praksisperioder ennå. Importer dem fra høgskolens regneark (Sted › Importer personer eller praksisperioder), eller trykk «Legg til praksisperiode» for å plassere én aspirant.</translation>
    </message>
    <message>
        <source>%1 is placed.</source>
        <translation>%1 er plassert.</translation>
    </message>
    <message>
        <source>%1&apos;s placement is saved.</source>
        <translation>Praksisperioden til %1 er lagret.</translation>
    </message>
</context>
<context>
    <name>PlacementsModel</name>
    <message>
        <source>Student</source>
        <translation>Aspirant</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Siste</translation>
    </message>
    <message>
        <source>Last obs.</source>
        <translation>Siste obs.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Bekymringer</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Ubesvart</translation>
    </message>
    <message>
        <source>Days since the last observation shared with the student</source>
        <translation>Dager siden siste observasjon delt med aspiranten</translation>
    </message>
    <message>
        <source>Causes for concern open or escalated</source>
        <translation>Bekymringsmeldinger som er åpne eller eskalert</translation>
    </message>
    <message>
        <source>Shared feedback the student has not yet acknowledged or answered</source>
        <translation>Delt tilbakemelding som aspiranten ennå ikke har kvittert for eller svart på</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>avbrutt</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>trukket</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 phase: %3, %4 – %5</source>
        <translation>%1 (fase: %2): %3, %4–%5</translation>
    </message>
    <message>
        <source>Placement ended %1</source>
        <translation>Praksisperioden ble avsluttet %1</translation>
    </message>
    <message>
        <source>Placement ended %1; last observation %2</source>
        <translation>Praksisperioden ble avsluttet %1; siste observasjon %2</translation>
    </message>
    <message>
        <source>Not observed yet</source>
        <translation>Ikke observert ennå</translation>
    </message>
    <message>
        <source>Last observation %1 (%2)</source>
        <translation>Siste observasjon %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) for concern open or escalated</source>
        <translation>
            <numerusform>%n bekymringsmelding åpen eller eskalert</numerusform>
            <numerusform>%n bekymringsmeldinger åpne eller eskalert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared observation(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n delt observasjon ikke kvittert ennå</numerusform>
            <numerusform>%n delte observasjoner ikke kvittert ennå</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2
%3 – %4, %5</source>
        <translation>%1
%2
%3–%4, %5</translation>
    </message>
    <message>
        <source>%1, %2 phase</source>
        <translation>%1, fase: %2</translation>
    </message>
    <message>
        <source>Prison, unit</source>
        <translation>Fengsel, avdeling</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation>Hovedveileder</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datoer</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PlacementsPanel</name>
    <message>
        <source>Filter by student, prison or cohort</source>
        <translation>Filtrer på aspirant, fengsel eller kull</translation>
    </message>
    <message>
        <source>Filter placements</source>
        <translation>Filtrer praksisperioder</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praksisperioder</translation>
    </message>
    <message>
        <source>No placement matches “%1”. Check the spelling, or clear the filter.</source>
        <translation>Ingen praksisperiode passer med «%1». Kontroller stavemåten, eller tøm filteret.</translation>
    </message>
    <message>
        <source>As an administrator you look after the site, not placements. Set up the academy and its prisons in Site › Academy and prisons (Site › Set-up guide leads through it all); add people and give them their roles in Administration › People and accounts.</source>
        <translation>Som administrator har du ansvar for stedet, ikke praksisperiodene. Sett opp høgskolen og fengslene i Sted › Høgskole og fengsler (Sted › Oppsettsveiledning tar deg gjennom alt); legg til personer og gi dem roller i Administrasjon › Personer og kontoer.</translation>
    </message>
    <message>
        <source>No placements yet. Import the academy&apos;s people and placements in Site › Import people or placements, or add one in Site › Placements; Site › Set-up guide leads through it step by step.</source>
        <translation>Ingen praksisperioder ennå. Importer høgskolens personer og praksisperioder i Sted › Importer personer eller praksisperioder, eller legg til en i Sted › Praksisperioder; Sted › Oppsettsveiledning tar deg gjennom det trinn for trinn.</translation>
    </message>
    <message>
        <source>You have no placements to show yet. A coordinator adds students, their placements and mentors; they appear here as soon as you are a mentor or student of one.</source>
        <translation>Du har ingen praksisperioder å vise ennå. En koordinator legger inn aspiranter, praksisperiodene deres og veiledere; de vises her så snart du er veileder eller aspirant i en av dem.</translation>
    </message>
</context>
<context>
    <name>PrisonForm</name>
    <message>
        <source>Rename the prison</source>
        <translation>Gi fengselet nytt navn</translation>
    </message>
    <message>
        <source>Add a prison</source>
        <translation>Legg til et fengsel</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation>&amp;Landskode</translation>
    </message>
    <message>
        <source>EE, NO, FI, BE …</source>
        <translation>EE, NO, FI, BE …</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;By</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Avdelinger</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Valgfritt, skilt med komma</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Lukk</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Lukk uten å lagre</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Vis detaljer...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Skjul detaljer...</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lagre alle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja til &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ei til alle</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Prøv igjen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Forkast</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hjelp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Bruk</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Tilbakestill</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Gjenopprett standardverdier</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Angre</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gjør om</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Klipp &amp;ut</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopier lenkea&amp;dresse</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Lim inn</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Merk alt</translation>
    </message>
</context>
<context>
    <name>RatersModel</name>
    <message>
        <source>Prison</source>
        <translation>Fengsel</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Aspiranter</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Distribution (theirs above, everyone else&apos;s below)</source>
        <translation>Fordeling (deres øverst, alle andres under)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gjennomsnitt</translation>
    </message>
    <message>
        <source>Others&apos; mean</source>
        <translation>Andres gjennomsnitt</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Differanse</translation>
    </message>
    <message>
        <source>Everyone else&apos;s mean in the same competencies and phases</source>
        <translation>Alle andres gjennomsnitt i de samme kompetansene og fasene</translation>
    </message>
    <message>
        <source>How far this mentor&apos;s ratings sit from their peers&apos;, apart from their students&apos; own level; a prison&apos;s, from the other prisons&apos;</source>
        <translation>Hvor langt denne veilederens vurderinger ligger fra kollegenes, uavhengig av aspirantenes eget nivå; for et fengsel: fra de andre fengslenes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rating(s) (%2 from the lowest level up)</source>
        <translation>
            <numerusform>%1: %n vurdering (%2 fra laveste nivå og opp)</numerusform>
            <numerusform>%1: %n vurderinger (%2 fra laveste nivå og opp)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rates higher than peers: a conversation about the scale?</source>
        <translation>Vurderer høyere enn kollegene: en samtale om skalaen?</translation>
    </message>
    <message>
        <source>Rates lower than peers: a conversation about the scale?</source>
        <translation>Vurderer lavere enn kollegene: en samtale om skalaen?</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>Rating of %1</source>
        <translation>Vurdering av %1</translation>
    </message>
    <message>
        <source>Remove this competency</source>
        <translation>Fjern denne kompetansen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Fjern %1</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Nivå %1: %2</translation>
    </message>
    <message>
        <source>Choose a level: press 0 for not observed, %1–%2 to rate.</source>
        <translation>Velg et nivå: trykk 0 for ikke observert, %1–%2 for å vurdere.</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentar til %1</translation>
    </message>
    <message>
        <source>Not responding to training</source>
        <translation>Responderer ikke på opplæring</translation>
    </message>
    <message>
        <source>NRT: the student has not improved here despite repeated training.</source>
        <translation>ROO: aspiranten har ikke blitt bedre her til tross for gjentatt opplæring.</translation>
    </message>
    <message>
        <source>Comment required: level %1 (“%2”) needs a note of what you saw.</source>
        <translation>Kommentar påkrevd: nivå %1 («%2») krever et notat om hva du så.</translation>
    </message>
    <message>
        <source>What did the student do?</source>
        <translation>Hva gjorde aspiranten?</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (valgfritt)</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <source>No competency chosen yet. Tick the competencies this shift showed in the list on the left (type to find one), then rate each: 1–5, or 0 for not observed.</source>
        <translation>Ingen kompetanse valgt ennå. Kryss av kompetansene denne vakten viste i listen til venstre (skriv for å finne en), og vurder deretter hver: 1–5, eller 0 for ikke observert.</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation>&amp;Begrunnelse for endringen:</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Begrunnelse for endringen</translation>
    </message>
    <message>
        <source>What was wrong or missing in the signed version (required)</source>
        <translation>Hva var feil eller manglet i den signerte versjonen (påkrevd)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Gjenopprettingsnøkkelen din</translation>
    </message>
    <message>
        <source>The database&apos;s recovery key is still waiting to be written down, and it cannot be shown again.</source>
        <translation>Gjenopprettingsnøkkelen til databasen venter fortsatt på å bli skrevet ned, og den kan ikke vises igjen.</translation>
    </message>
    <message>
        <source>mentorlog encrypts this database. If every administrator&apos;s password were lost, this recovery key is the only way to open it. Print it or write it down now and keep it in a safe: it is shown only this once and is not stored anywhere.</source>
        <translation>mentorlog krypterer denne databasen. Hvis passordene til alle administratorer skulle gå tapt, er denne gjenopprettingsnøkkelen den eneste måten å åpne den på. Skriv den ut eller skriv den ned nå, og oppbevar den i et safe: den vises bare denne ene gangen og lagres ingen steder.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Gjenopprettingsnøkkel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopier</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Jeg har &amp;skrevet ned eller skrevet ut gjenopprettingsnøkkelen</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Reflection</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <source>A few words to find it again (optional)</source>
        <translation>Noen ord for å finne den igjen (valgfritt)</translation>
    </message>
    <message>
        <source>— not about one observation —</source>
        <translation>— ikke knyttet til én observasjon —</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Mal</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;ittel</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Om</translation>
    </message>
    <message>
        <source>Pri&amp;vate (only you)</source>
        <translation>Pri&amp;vat (bare du)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slett…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Lukk</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Save the reflection (Ctrl+S)</source>
        <translation>Lagre refleksjonen (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sh&amp;ared with my mentors</source>
        <translation>D&amp;elt med veilederne mine</translation>
    </message>
    <message>
        <source>Sh&amp;ared with the student</source>
        <translation>D&amp;elt med aspiranten</translation>
    </message>
    <message>
        <source>Restored the text you were typing (autosaved %1).</source>
        <translation>Gjenopprettet teksten du holdt på å skrive (autolagret %1).</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Ny refleksjon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Lagret</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lagre</translation>
    </message>
    <message>
        <source>Delete this reflection?</source>
        <translation>Slette denne refleksjonen?</translation>
    </message>
    <message>
        <source>Reflection deleted</source>
        <translation>Refleksjon slettet</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Preview: %1</source>
        <translation>Forhåndsvisning: %1</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Rapportsider</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is saved until you export.</source>
        <translation>
            <numerusform>%n side. Ingenting lagres før du eksporterer.</numerusform>
            <numerusform>%n sider. Ingenting lagres før du eksporterer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>How the student is doing overall, in a few lines.</source>
        <translation>Hvordan det går med aspiranten samlet sett, med noen få linjer.</translation>
    </message>
    <message>
        <source>What student and mentor agreed to do next.</source>
        <translation>Hva aspirant og veileder ble enige om å gjøre videre.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Vurderingssamtale</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Holdt den</translation>
    </message>
    <message>
        <source>Overall &amp;progress</source>
        <translation>Samlet &amp;framgang</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Sammendrag</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Lagre u&amp;tkast</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>P&amp;ubliser</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturer</translation>
    </message>
    <message>
        <source>Si&amp;gn review…</source>
        <translation>Si&amp;gner vurderingssamtalen…</translation>
    </message>
    <message>
        <source>&amp;Agreed actions</source>
        <translation>&amp;Avtalte tiltak</translation>
    </message>
    <message>
        <source>Level for %1</source>
        <translation>Nivå for %1</translation>
    </message>
    <message>
        <source>— no level —</source>
        <translation>— intet nivå —</translation>
    </message>
    <message>
        <source>Summary for %1</source>
        <translation>Sammendrag for %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Ny %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;By domain&lt;/b&gt; (a level is optional)</source>
        <translation>&lt;b&gt;Etter kompetanseområde&lt;/b&gt; (nivå er valgfritt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;By domain&lt;/b&gt;</source>
        <translation>&lt;b&gt;Etter kompetanseområde&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P&amp;ublish changes</source>
        <translation>P&amp;ubliser endringer</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Signer som %1</translation>
    </message>
    <message>
        <source>It is the %1’s turn to sign</source>
        <translation>Nå er det %1 som skal signere</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Avtalte tiltak</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Signed by all</source>
        <translation>Signert av alle</translation>
    </message>
    <message>
        <source>%1 to sign</source>
        <translation>%1 skal signere</translation>
    </message>
    <message>
        <source>Signed %1 of %2 (awaiting %3)</source>
        <translation>Signert %1 av %2 (venter på %3)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publisert</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Holdt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vurderingssamtale</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Samlet framgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>&amp;New review</source>
        <translation>&amp;Ny vurderingssamtale</translation>
    </message>
    <message>
        <source>No reviews have been published yet.</source>
        <translation>Ingen vurderingssamtaler er publisert ennå.</translation>
    </message>
    <message>
        <source>No reviews yet. Press “New review” at the mid-point of the placement to sum up progress per domain with the student and agree the next steps.</source>
        <translation>Ingen vurderingssamtaler ennå. Trykk «Ny vurderingssamtale» midtveis i praksisperioden for å oppsummere framgangen per kompetanseområde sammen med aspiranten og avtale de neste stegene.</translation>
    </message>
    <message>
        <source>Delete this review?</source>
        <translation>Slette denne vurderingssamtalen?</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Vurderingssamtale slettet</translation>
    </message>
</context>
<context>
    <name>ReviewsToSign</name>
    <message>
        <source>Reviews waiting for your signature</source>
        <translation>Vurderingssamtaler som venter på signaturen din</translation>
    </message>
    <message>
        <source>%1 of %2 by %3 — %4</source>
        <translation>%1 den %2 av %3 — %4</translation>
    </message>
    <message>
        <source>Read &amp;it</source>
        <translation>&amp;Les den</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Les: %1</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Signer: %1</translation>
    </message>
    <message>
        <source>&amp;Sign review…</source>
        <translation>&amp;Signer vurderingssamtalen…</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <source>Rate myself</source>
        <translation>Vurder meg selv</translation>
    </message>
    <message>
        <source>Loading the scale…</source>
        <translation>Laster skalaen…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivå</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>What makes you say so? (optional)</source>
        <translation>Hva får deg til å si det? (valgfritt)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Nivå</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Den</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>%1 is not part of this placement&apos;s framework.</source>
        <translation>%1 er ikke en del av rammeverket for denne praksisperioden.</translation>
    </message>
    <message>
        <source>How do you rate yourself on %1 %2 today? Your mentor sees it beside their own rating.</source>
        <translation>Hvordan vurderer du deg selv på %1 %2 i dag? Veilederen din ser det ved siden av sin egen vurdering.</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <source>Set up your academy</source>
        <translation>Sett opp høgskolen</translation>
    </message>
    <message>
        <source>Four steps make mentorlog ready for a real academy. Each opens its own window; come back here any time from Site › Set-up guide.</source>
        <translation>Fire trinn gjør mentorlog klar for en ekte høgskole. Hvert trinn åpner sitt eget vindu; du kan komme tilbake hit når som helst fra Sted › Oppsettsveiledning.</translation>
    </message>
    <message>
        <source>1. The academy: name, country, time zone, how long records are kept</source>
        <translation>1. Høgskolen: navn, land, tidssone, hvor lenge poster oppbevares</translation>
    </message>
    <message>
        <source>&amp;Academy…</source>
        <translation>&amp;Høgskole…</translation>
    </message>
    <message>
        <source>2. The training prisons and their units</source>
        <translation>2. Opplæringsfengslene og avdelingene deres</translation>
    </message>
    <message>
        <source>&amp;Prisons…</source>
        <translation>&amp;Fengsler…</translation>
    </message>
    <message>
        <source>3. Students, mentors and coordinators</source>
        <translation>3. Aspiranter, veiledere og koordinatorer</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Importer personer…</translation>
    </message>
    <message>
        <source>Add by &amp;hand…</source>
        <translation>&amp;Legg til manuelt…</translation>
    </message>
    <message>
        <source>4. Placements: who is where, with which mentor</source>
        <translation>4. Praksisperioder: hvem er hvor, med hvilken veileder</translation>
    </message>
    <message>
        <source>I&amp;mport placements…</source>
        <translation>I&amp;mporter praksisperioder…</translation>
    </message>
    <message>
        <source>Add by ha&amp;nd…</source>
        <translation>Legg til ma&amp;nuelt…</translation>
    </message>
    <message>
        <source>A coordinator does this step.</source>
        <translation>En koordinator gjør dette trinnet.</translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation>Satt opp: %1</translation>
    </message>
    <message>
        <source>Not set up yet.</source>
        <translation>Ikke satt opp ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n prison(s)</source>
        <translation>
            <numerusform>%n fengsel</numerusform>
            <numerusform>%n fengsler</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet; an import of placements can add them too.</source>
        <translation>Ingen ennå; en import av praksisperioder kan også legge dem til.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) besides you</source>
        <translation>
            <numerusform>%n person i tillegg til deg</numerusform>
            <numerusform>%n personer i tillegg til deg</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else yet.</source>
        <translation>Ingen andre ennå.</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n praksisperiode</numerusform>
            <numerusform>%n praksisperioder</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ingen ennå.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Log a shift</source>
        <translation>Registrer en vakt</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Vakt</translation>
    </message>
    <message>
        <source>&amp;Hours worked</source>
        <translation>&amp;Timer arbeidet</translation>
    </message>
    <message>
        <source>&amp;Remedial training</source>
        <translation>&amp;Ekstra opplæring</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Aktivitet</translation>
    </message>
    <message>
        <source>e.g. Wing duty, visits, night checks</source>
        <translation>f.eks. Tjeneste på fløyen, besøk, nattkontroller</translation>
    </message>
</context>
<context>
    <name>ShiftFields</name>
    <message>
        <source>Date of the shift</source>
        <translation>Dato for vakten</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vakt</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Tidligvakt</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Senvakt</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nattevakt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dagvakt</translation>
    </message>
    <message>
        <source> h</source>
        <translation> t</translation>
    </message>
    <message>
        <source>Duration in hours</source>
        <translation>Varighet i timer</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Where, e.g. Wing landing</source>
        <translation>Hvor, f.eks. Avdelingsgangen</translation>
    </message>
    <message>
        <source>Situation type</source>
        <translation>Situasjonstype</translation>
    </message>
    <message>
        <source>What, e.g. Meal service</source>
        <translation>Hva, f.eks. Matutdeling</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Dato</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>&amp;Vakt</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>V&amp;arighet</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>S&amp;ted</translation>
    </message>
    <message>
        <source>Situat&amp;ion</source>
        <translation>Situa&amp;sjon</translation>
    </message>
</context>
<context>
    <name>SignBar</name>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gner…</translation>
    </message>
    <message>
        <source>Sign as its mentor: the observation is then locked (Alt+G)</source>
        <translation>Signer som veileder for observasjonen: den blir da låst (Alt+G)</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>E&amp;ndre…</translation>
    </message>
    <message>
        <source>Correct the signed observation as a new version, with a reason</source>
        <translation>Rett den signerte observasjonen som en ny versjon, med begrunnelse</translation>
    </message>
    <message>
        <source>V&amp;ersions…</source>
        <translation>V&amp;ersjoner…</translation>
    </message>
    <message>
        <source>Every version, and what each said</source>
        <translation>Alle versjoner, og hva hver av dem sa</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Godkjenning</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to mentorlog</source>
        <translation>Logg på mentorlog</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logg på</translation>
    </message>
    <message>
        <source>Records in %1</source>
        <translation>Poster i %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passord</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Brukernavn</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passord</translation>
    </message>
    <message>
        <source>The language of this screen. Once you sign in, mentorlog speaks the language you chose for yourself, else the site&apos;s default.</source>
        <translation>Språket i dette bildet. Når du har logget på, bruker mentorlog språket du har valgt selv, ellers stedets standardspråk.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Påloggingsmelding</translation>
    </message>
    <message>
        <source>This is a demo database. Demo accounts: admin / coordinator / mentor / student, password demo.</source>
        <translation>Dette er en demodatabase. Demokontoer: admin / coordinator / mentor / student, passord demo.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Skriv inn brukernavn og passord.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logger på…</translation>
    </message>
</context>
<context>
    <name>SignReviewDialog</name>
    <message>
        <source>Sign review</source>
        <translation>Signer vurderingssamtalen</translation>
    </message>
    <message>
        <source>Sign this review?

Your signature says you have read the review and talked it through with your mentor. It cannot be taken back; a coordinator signs after you.</source>
        <translation>Signere denne vurderingssamtalen?

Signaturen din sier at du har lest vurderingssamtalen og gått gjennom den med veilederen din. Den kan ikke trekkes tilbake; en koordinator signerer etter deg.</translation>
    </message>
    <message>
        <source>&amp;Comment (optional), kept with your signature:</source>
        <translation>&amp;Kommentar (valgfritt), lagres med signaturen din:</translation>
    </message>
    <message>
        <source>Comment with your signature</source>
        <translation>Kommentar med signaturen din</translation>
    </message>
    <message>
        <source>e.g. what you agree with, or what you see differently</source>
        <translation>f.eks. hva du er enig i, eller hva du ser annerledes</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Academy and prisons</source>
        <translation>Høgskole og fengsler</translation>
    </message>
    <message>
        <source>Add &amp;prison…</source>
        <translation>Legg til &amp;fengsel…</translation>
    </message>
    <message>
        <source>Add &amp;unit…</source>
        <translation>Legg til &amp;avdeling…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Gi nytt &amp;navn…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Av&amp;vikle</translation>
    </message>
    <message>
        <source>The academy</source>
        <translation>Høgskolen</translation>
    </message>
    <message>
        <source> months</source>
        <translation> måneder</translation>
    </message>
    <message>
        <source>Sa&amp;ve the academy</source>
        <translation>Lagr&amp;e høgskolen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>C&amp;ountry code</source>
        <translation>&amp;Landskode</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Tids&amp;sone</translation>
    </message>
    <message>
        <source>Keep records &amp;for</source>
        <translation>Oppbevar poster &amp;i</translation>
    </message>
    <message>
        <source>Default &amp;framework</source>
        <translation>Standard&amp;rammeverk</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Det som gjelder</translation>
    </message>
    <message>
        <source>No training prisons yet. Press “Add prison” to add the first, with its units; an import of placements also adds the prisons its file names.</source>
        <translation>Ingen opplæringsfengsler ennå. Trykk «Legg til fengsel» for å legge til det første, med avdelingene; en import av praksisperioder legger også til fengslene som filen nevner.</translation>
    </message>
    <message>
        <source>The academy %1 is saved.</source>
        <translation>Høgskolen %1 er lagret.</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>&amp;Gjeninnsett</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 ble lagt til.</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 er avviklet.</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>%1 er i bruk igjen.</translation>
    </message>
    <message>
        <source>%1 is retired; its records stay.</source>
        <translation>%1 er avviklet; postene beholdes.</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Prison and units</source>
        <translation>Fengsel og avdelinger</translation>
    </message>
    <message>
        <source>Country, city</source>
        <translation>Land, by</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praksisperioder</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Avviklet</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>I bruk</translation>
    </message>
</context>
<context>
    <name>SiteSettingsDialog</name>
    <message>
        <source>Site settings</source>
        <translation>Innstillinger for stedet</translation>
    </message>
    <message>
        <source>&amp;Locking</source>
        <translation>&amp;Låsing</translation>
    </message>
    <message>
        <source>&amp;Privacy check</source>
        <translation>&amp;Personvernkontroll</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock an untouched window after, minutes</source>
        <translation>Lås et urørt vindu etter, minutter</translation>
    </message>
    <message>
        <source>Lock an &amp;untouched window after</source>
        <translation>Lås et &amp;urørt vindu etter</translation>
    </message>
    <message>
        <source>On every workstation of this site, a window nobody has typed in or moved the mouse over for this long locks itself; its user unlocks it with their password. Anyone can lock at once with Ctrl+Shift+L.</source>
        <translation>På alle arbeidsstasjoner på dette stedet låser et vindu seg selv når ingen har skrevet i det eller beveget musen over det så lenge; brukeren låser det opp med passordet sitt. Alle kan låse med en gang med Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>Before a record is published, saved or signed, mentorlog shows back what seems to name a prisoner or give a prison number and offers a neutral reference. The names of this site&apos;s own people, prisons, units and cohorts are never flagged. One entry a line.</source>
        <translation>Før en post publiseres, lagres eller signeres, viser mentorlog det som ser ut til å navngi en innsatt eller oppgi et fangenummer, og tilbyr en nøytral henvisning. Navnene på stedets egne personer, fengsler, avdelinger og kull blir aldri flagget. Én oppføring per linje.</translation>
    </message>
    <message>
        <source>Prison &amp;number formats</source>
        <translation>&amp;Formater for fangenummer</translation>
    </message>
    <message>
        <source>9 is any digit, A any letter: A9999AA, 9999-9999. re: starts a regular expression.</source>
        <translation>9 er et hvilket som helst siffer, A en hvilken som helst bokstav: A9999AA, 9999-9999. re: innleder et regulært uttrykk.</translation>
    </message>
    <message>
        <source>&amp;Before a number</source>
        <translation>Foran et nu&amp;mmer</translation>
    </message>
    <message>
        <source>Replaced with the number after them: prison no., fangenummer</source>
        <translation>Erstattes sammen med nummeret etter dem: fangenr., innsattnr.</translation>
    </message>
    <message>
        <source>Before a &amp;name</source>
        <translation>Foran et &amp;navn</translation>
    </message>
    <message>
        <source>A capitalised name after these is flagged: prisoner, Mr, innsatt. Written with a capital (Mr), a word is a title and goes with the name.</source>
        <translation>Et navn med stor forbokstav etter disse flagges: innsatt, hr., fange. Skrevet med stor forbokstav (Hr.) er ordet en tittel og hører til navnet.</translation>
    </message>
    <message>
        <source>&amp;Watch for</source>
        <translation>&amp;Se etter</translation>
    </message>
    <message>
        <source>Names flagged wherever they are</source>
        <translation>Navn som flagges uansett hvor de står</translation>
    </message>
    <message>
        <source>Ne&amp;ver names</source>
        <translation>Al&amp;dri navn</translation>
    </message>
    <message>
        <source>Capitalised words of this site that are not names: Gardenia, Bergen</source>
        <translation>Ord med stor forbokstav på dette stedet som ikke er navn: Gardenia, Bergen</translation>
    </message>
    <message>
        <source>Type a sentence to see what would be flagged</source>
        <translation>Skriv en setning for å se hva som ville bli flagget</translation>
    </message>
    <message>
        <source>Try the rules on a sentence</source>
        <translation>Prøv reglene på en setning</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>Prø&amp;v</translation>
    </message>
    <message>
        <source>Nothing is flagged.</source>
        <translation>Ingenting er flagget.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Lock an untouched window after</source>
        <translation>Lås et urørt vindu etter</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Lagret av en annen i mellomtiden</translation>
    </message>
    <message>
        <source>Your version is on the left and you can still change it; theirs is on the right. Copy across what you want to keep, then save yours over theirs, or take theirs instead.</source>
        <translation>Din versjon er til venstre, og du kan fortsatt endre den; den andres er til høyre. Kopier over det du vil beholde, og lagre deretter din over den andres, eller ta den andres i stedet.</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Lagre min over den andres</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ta den andres</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Fortsett å redigere</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>En annen</translation>
    </message>
    <message>
        <source>%1 saved a newer version at %2, after you opened this.</source>
        <translation>%1 lagret en nyere versjon kl. %2, etter at du åpnet dette.</translation>
    </message>
    <message>
        <source>%1 saved a newer version after you opened this.</source>
        <translation>%1 lagret en nyere versjon etter at du åpnet dette.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Din&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Den andres&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What you changed and what they saved look the same here.</source>
        <translation>Det du endret og det den andre lagret, ser likt ut her.</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Tøm filtrene</translation>
    </message>
    <message>
        <source>Search narratives and reflections (Ctrl+F)</source>
        <translation>Søk i beskrivelser og refleksjoner (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Søk i tidslinjen</translation>
    </message>
    <message>
        <source>Entry type</source>
        <translation>Type oppføring</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle oppføringer</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Kompetanse</translation>
    </message>
    <message>
        <source>Any competency</source>
        <translation>Alle kompetanser</translation>
    </message>
    <message>
        <source>Rating level</source>
        <translation>Vurderingsnivå</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Alle vurderinger</translation>
    </message>
    <message>
        <source>Shared or private</source>
        <translation>Delt eller privat</translation>
    </message>
    <message>
        <source>Shared and private</source>
        <translation>Delt og privat</translation>
    </message>
    <message>
        <source>Shared with the student</source>
        <translation>Delt med aspiranten</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Private notater</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Fra dato</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Til dato</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Fra</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;til</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Observation</source>
        <translation>Observasjon</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <source>Cause for concern · %1</source>
        <translation>Bekymringsmelding · %1</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Privat notat</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Utkast</translation>
    </message>
    <message>
        <source>Amended (v%1)</source>
        <translation>Endret (v%1)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signert</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Drøftet</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Ikke drøftet ennå</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Kvittert</translation>
    </message>
    <message>
        <source>Student disagreed</source>
        <translation>Aspiranten er uenig</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies
lowest level %1</source>
        <translation>
            <numerusform>%n kompetanse
laveste nivå %1</numerusform>
            <numerusform>%n kompetanser
laveste nivå %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Oppføring</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How many competencies the observation rated, and the lowest level given</source>
        <translation>Hvor mange kompetanser observasjonen vurderte, og det laveste nivået som ble gitt</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies rated; lowest level %1</source>
        <translation>
            <numerusform>%n kompetanse vurdert; laveste nivå %1</numerusform>
            <numerusform>%n kompetanser vurdert; laveste nivå %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline entries</source>
        <translation>Oppføringer i tidslinjen</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observasjon</translation>
    </message>
    <message>
        <source>12 competencies</source>
        <translation>12 kompetanser</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Ikke drøftet ennå</translation>
    </message>
    <message numerus="yes">
        <source>%n matching “%1”</source>
        <translation>
            <numerusform>%n treff på «%1»</numerusform>
            <numerusform>%n treff på «%1»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n oppføring</numerusform>
            <numerusform>%n oppføringer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filters</source>
        <translation>
            <numerusform>%n oppføring passer med filtrene</numerusform>
            <numerusform>%n oppføringer passer med filtrene</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the newest shown)</source>
        <translation>%1 (den nyeste vist)</translation>
    </message>
    <message>
        <source>No narrative or reflection here contains “%1”. Try fewer or shorter words, or &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>Ingen beskrivelse eller refleksjon her inneholder «%1». Prøv færre eller kortere ord, eller &lt;a href=&quot;clear&quot;&gt;Tøm filtrene&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No entry matches these filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>Ingen oppføring passer med disse filtrene. &lt;a href=&quot;clear&quot;&gt;Tøm filtrene&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No entries yet. Record a shift with File › New observation (Ctrl+N); the student&apos;s reflections, reviews and concerns will appear here too.</source>
        <translation>Ingen oppføringer ennå. Registrer en vakt med Fil › Ny observasjon (Ctrl+N); aspirantens refleksjoner, vurderingssamtaler og bekymringsmeldinger vises også her.</translation>
    </message>
    <message>
        <source>No entries yet. The student&apos;s mentors record observations here, and the student&apos;s reflections, reviews and concerns appear beside them.</source>
        <translation>Ingen oppføringer ennå. Aspirantens veiledere registrerer observasjoner her, og aspirantens refleksjoner, vurderingssamtaler og bekymringsmeldinger vises ved siden av dem.</translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet. Your mentor&apos;s feedback appears here once it is published; you can write a reflection with File › New reflection.</source>
        <translation>Ingenting er delt med deg ennå. Tilbakemeldingen fra veilederen din vises her når den er publisert; du kan skrive en refleksjon med Fil › Ny refleksjon.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Åpne</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Slett…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gner…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>E&amp;ndre…</translation>
    </message>
    <message>
        <source>V&amp;ersions…</source>
        <translation>V&amp;ersjoner…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend of the selected competency</source>
        <translation>Utvikling for den valgte kompetansen</translation>
    </message>
    <message>
        <source>Choose a competency above to see its trend.</source>
        <translation>Velg en kompetanse ovenfor for å se utviklingen.</translation>
    </message>
    <message>
        <source>%1: not rated yet</source>
        <translation>%1: ikke vurdert ennå</translation>
    </message>
    <message>
        <source>Expected by the end of this phase</source>
        <translation>Forventet ved slutten av denne fasen</translation>
    </message>
    <message>
        <source>Mentor&apos;s ratings</source>
        <translation>Veilederens vurderinger</translation>
    </message>
    <message>
        <source>Student&apos;s self-assessment</source>
        <translation>Aspirantens egenvurdering</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Rename the unit</source>
        <translation>Gi avdelingen nytt navn</translation>
    </message>
    <message>
        <source>Add a unit to %1</source>
        <translation>Legg til en avdeling i %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Navn</translation>
    </message>
    <message>
        <source>&amp;Security level</source>
        <translation>&amp;Sikkerhetsnivå</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>This database is not encrypted yet. When an administrator opens mentorlog and signs in, it is encrypted (a verified encrypted copy replaces it) and they are shown its recovery key.</source>
        <translation>Denne databasen er ikke kryptert ennå. Når en administrator åpner mentorlog og logger på, blir den kryptert (en kontrollert kryptert kopi erstatter den), og administratoren får se gjenopprettingsnøkkelen.</translation>
    </message>
</context>
<context>
    <name>VerifyRecordsDialog</name>
    <message>
        <source>Checking the trail&apos;s events</source>
        <translation>Kontrollerer hendelsene i loggen</translation>
    </message>
    <message>
        <source>Checking signed records</source>
        <translation>Kontrollerer signerte poster</translation>
    </message>
    <message>
        <source>Verify records</source>
        <translation>Kontroller poster</translation>
    </message>
    <message>
        <source>Checks the whole audit trail and every signed record: that each record still says what was signed, that every signature is good, that no sign-off the trail mentions is missing, that the trail still holds every head this workstation, the backups and reports noted, and that its guard is in place.</source>
        <translation>Kontrollerer hele revisjonsloggen og alle signerte poster: at hver post fortsatt sier det som ble signert, at hver signatur er gyldig, at ingen godkjenning som loggen nevner, mangler, at loggen fortsatt inneholder hvert kjedehode som denne arbeidsstasjonen, sikkerhetskopiene og rapportene noterte, og at vernet er på plass.</translation>
    </message>
    <message>
        <source>Verify &amp;every signature (slower; uses every processor core)</source>
        <translation>Kontroller &amp;hver signatur (tregere; bruker alle prosessorkjerner)</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Framdrift for kontrollen</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ikke kontrollert ennå.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problemer funnet</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kontroller</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollerer…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopper…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Kontroller på nytt</translation>
    </message>
    <message>
        <source>%1 events and %2 signed records checked; %3 of %4 signatures verified.</source>
        <translation>%1 hendelser og %2 signerte poster kontrollert; %3 av %4 signaturer verifisert.</translation>
    </message>
    <message>
        <source>Nothing is wrong. %1</source>
        <translation>Ingenting er galt. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. %1</source>
        <translation>
            <numerusform>%n problem funnet. %1</numerusform>
            <numerusform>%n problemer funnet. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail&apos;s head: event %1, %2.</source>
        <translation>Loggens kjedehode: hendelse %1, %2.</translation>
    </message>
    <message>
        <source>Stopped before the end: nothing was concluded.</source>
        <translation>Stoppet før slutten: ingen konklusjon ble trukket.</translation>
    </message>
    <message>
        <source>The records could not be checked.</source>
        <translation>Postene kunne ikke kontrolleres.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of the observation</source>
        <translation>Versjoner av observasjonen</translation>
    </message>
    <message>
        <source>A signed observation is corrected by amending it: each amendment is a new version, and earlier versions stay as they were signed.</source>
        <translation>En signert observasjon rettes ved å endre den: hver endring er en ny versjon, og tidligere versjoner forblir slik de ble signert.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versjoner</translation>
    </message>
    <message>
        <source>Content of the chosen version</source>
        <translation>Innholdet i den valgte versjonen</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skrevet av</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Gjeldende</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Første versjon</translation>
    </message>
    <message>
        <source>Version %1 · current</source>
        <translation>Versjon %1 · gjeldende</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versjon %1</translation>
    </message>
    <message>
        <source>not responding to training</source>
        <translation>responderer ikke på opplæring</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurderinger</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This database needs a newer mentorlog</source>
        <translation>Denne databasen krever en nyere mentorlog</translation>
    </message>
    <message>
        <source>The database could not be updated</source>
        <translation>Databasen kunne ikke oppdateres</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Databasen kan ikke åpnes</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a mentorlog database (%2). mentorlog has not changed it.</source>
        <translation>%1 er skadet eller er ikke en mentorlog-database (%2). mentorlog har ikke endret den.</translation>
    </message>
    <message>
        <source>mentorlog</source>
        <translation>mentorlog</translation>
    </message>
    <message>
        <source>Details are in the log file %1</source>
        <translation>Detaljer finnes i loggfilen %1</translation>
    </message>
</context>
<context>
    <name>damaged_dialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen er skadet</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Gjenopprett den nyeste sikkerhetskopien</translation>
    </message>
    <message>
        <source>The damaged file is moved into the backups folder, not deleted, so it can still be examined later.</source>
        <translation>Den skadede filen flyttes til mappen for sikkerhetskopier, ikke slettet, så den kan fortsatt undersøkes senere.</translation>
    </message>
    <message>
        <source>&amp;Close mentorlog</source>
        <translation>&amp;Lukk mentorlog</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ikke nå</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>Delete the observation of %1?</source>
        <translation>Slette observasjonen fra %1?</translation>
    </message>
    <message>
        <source>Observation of %1 deleted</source>
        <translation>Observasjonen fra %1 er slettet</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and this action was not completed. Nothing saved before was lost.</source>
        <translation>Noe gikk galt, og denne handlingen ble ikke fullført. Ingenting som var lagret fra før, gikk tapt.</translation>
    </message>
    <message>
        <source>mentorlog</source>
        <translation>mentorlog</translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>%1 h %2</source>
        <translation>%1 t %2</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Overalt</translation>
    </message>
    <message>
        <source>Lock the window now (from every window)</source>
        <translation>Lås vinduet nå (fra alle vinduer)</translation>
    </message>
    <message>
        <source>New observation (mentors)</source>
        <translation>Ny observasjon (veiledere)</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Ny refleksjon</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Eksporter rapporter</translation>
    </message>
    <message>
        <source>Find in the timeline</source>
        <translation>Finn i tidslinjen</translation>
    </message>
    <message>
        <source>Find a student (the filter on the left)</source>
        <translation>Finn en aspirant (filteret til venstre)</translation>
    </message>
    <message>
        <source>Timeline, Competencies</source>
        <translation>Tidslinje, Kompetanser</translation>
    </message>
    <message>
        <source>Undo a deletion</source>
        <translation>Angre en sletting</translation>
    </message>
    <message>
        <source>The guide for your role</source>
        <translation>Veiledningen for din rolle</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Denne listen</translation>
    </message>
    <message>
        <source>In an editor window</source>
        <translation>I et redigeringsvindu</translation>
    </message>
    <message>
        <source>Save (a draft, while it is not published)</source>
        <translation>Lagre (et utkast, så lenge det ikke er publisert)</translation>
    </message>
    <message>
        <source>Publish, or save (a note, a reflection)</source>
        <translation>Publiser, eller lagre (et notat, en refleksjon)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close; asks first when something is not saved</source>
        <translation>Lukk; spør først når noe ikke er lagret</translation>
    </message>
    <message>
        <source>Close, as Esc does</source>
        <translation>Lukk, slik Esc gjør</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next and previous field, in reading order</source>
        <translation>Neste og forrige felt, i leserekkefølge</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + understreket bokstav</translation>
    </message>
    <message>
        <source>Go to that field or button</source>
        <translation>Gå til det feltet eller den knappen</translation>
    </message>
    <message>
        <source>Rating competencies</source>
        <translation>Vurdering av kompetanser</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Skriv</translation>
    </message>
    <message>
        <source>Find a competency in the list</source>
        <translation>Finn en kompetanse i listen</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>Pil ned, Enter</translation>
    </message>
    <message>
        <source>From the search to the first match</source>
        <translation>Fra søket til første treff</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Mellomrom</translation>
    </message>
    <message>
        <source>Tick or untick the competency</source>
        <translation>Kryss av eller fjern krysset for kompetansen</translation>
    </message>
    <message>
        <source>1 – 5</source>
        <translation>1 – 5</translation>
    </message>
    <message>
        <source>Rate it (ticks it first); 0 for not observed</source>
        <translation>Vurder den (krysser av først); 0 for ikke observert</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Pil venstre, Pil høyre</translation>
    </message>
    <message>
        <source>On the levels: the next lower or higher one</source>
        <translation>På nivåene: det neste lavere eller høyere</translation>
    </message>
    <message>
        <source>Goals, reviews and concerns</source>
        <translation>Læringsmål, vurderingssamtaler og bekymringsmeldinger</translation>
    </message>
    <message>
        <source>Save the form (a review: as a draft)</source>
        <translation>Lagre skjemaet (en vurderingssamtale: som utkast)</translation>
    </message>
    <message>
        <source>Publish the review, save the goal or concern</source>
        <translation>Publiser vurderingssamtalen, lagre læringsmålet eller bekymringsmeldingen</translation>
    </message>
    <message>
        <source>Delete the chosen one (asks)</source>
        <translation>Slett den valgte (spør først)</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>I lister</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Pil opp, Pil ned</translation>
    </message>
    <message>
        <source>Move through the list</source>
        <translation>Flytt gjennom listen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen entry</source>
        <translation>Åpne den valgte oppføringen</translation>
    </message>
    <message>
        <source>Enter on a button</source>
        <translation>Enter på en knapp</translation>
    </message>
    <message>
        <source>Press it (Space does too)</source>
        <translation>Trykk på den (Mellomrom gjør det også)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Induction</source>
        <translation>Introduksjon</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Tidlig</translation>
    </message>
    <message>
        <source>Mid-point</source>
        <translation>Midtveis</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Avsluttende</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Avbrutt</translation>
    </message>
    <message>
        <source>Early shift</source>
        <translation>Tidligvakt</translation>
    </message>
    <message>
        <source>Late shift</source>
        <translation>Senvakt</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Nattevakt</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>Dagvakt</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observasjon</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vurderingssamtale</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Bekymringsmelding</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observasjoner</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksjoner</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Vurderingssamtaler</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Bekymringsmeldinger</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Midtveisvurdering</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Sluttvurdering</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>I rute</translation>
    </message>
    <message>
        <source>Needs support</source>
        <translation>Trenger støtte</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>I faresonen</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestått</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Ikke bestått</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpen</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Under oppfølging</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Løst</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Eskalert</translation>
    </message>
    <message>
        <source>Gibbs cycle</source>
        <translation>Gibbs&apos; refleksjonssirkel</translation>
    </message>
    <message>
        <source>Socratic dialogue</source>
        <translation>Sokratisk dialog</translation>
    </message>
    <message>
        <source>never</source>
        <translation>aldri</translation>
    </message>
    <message>
        <source>today</source>
        <translation>i dag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>i går</translation>
    </message>
</context>
<context>
    <name>record_versions</name>
    <message>
        <source>What you observed</source>
        <translation>Det du observerte</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situasjon</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vakt</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Vurderinger</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tittel</translation>
    </message>
</context>
<context>
    <name>reflection</name>
    <message>
        <source>Reflection</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <source>Write freely about your practice: what happened, what you made of it, and what you take forward.</source>
        <translation>Skriv fritt om praksisen din: hva som skjedde, hva du fikk ut av det, og hva du tar med deg videre.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beskrivelse</translation>
    </message>
    <message>
        <source>What happened? Where and when, who was there, what did you and others do?</source>
        <translation>Hva skjedde? Hvor og når, hvem var til stede, hva gjorde du og andre?</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Følelser</translation>
    </message>
    <message>
        <source>What were you thinking and feeling at the time, and afterwards?</source>
        <translation>Hva tenkte og følte du der og da, og etterpå?</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluering</translation>
    </message>
    <message>
        <source>What went well, and what went less well?</source>
        <translation>Hva gikk bra, og hva gikk mindre bra?</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Why did it go that way? What helps you make sense of it: training, rules and law, what you know of the prisoner, your own experience?</source>
        <translation>Hvorfor gikk det slik? Hva hjelper deg å forstå det: opplæring, regler og lov, det du vet om den innsatte, din egen erfaring?</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Konklusjon</translation>
    </message>
    <message>
        <source>What else could you have done? What have you learned about yourself and your role?</source>
        <translation>Hva annet kunne du ha gjort? Hva har du lært om deg selv og rollen din?</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <source>What will you do or practise next time, and how will you know it worked?</source>
        <translation>Hva vil du gjøre eller øve på neste gang, og hvordan vil du vite at det virket?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørsmål</translation>
    </message>
    <message>
        <source>The general question the group examined, e.g. “When is it right to make an exception to a rule for a prisoner?”</source>
        <translation>Det generelle spørsmålet gruppen undersøkte, f.eks. «Når er det riktig å gjøre unntak fra en regel for en innsatt?»</translation>
    </message>
    <message>
        <source>Concrete experience</source>
        <translation>Konkret erfaring</translation>
    </message>
    <message>
        <source>The one real situation the group examined, told by the person who lived it: what happened, step by step.</source>
        <translation>Den ene virkelige situasjonen gruppen undersøkte, fortalt av den som opplevde den: hva som skjedde, trinn for trinn.</translation>
    </message>
    <message>
        <source>Agreed answer</source>
        <translation>Omforent svar</translation>
    </message>
    <message>
        <source>The answer the group reached together, in its own words, and the reasons everyone could accept.</source>
        <translation>Svaret gruppen kom fram til sammen, med egne ord, og begrunnelsene alle kunne godta.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltakere</translation>
    </message>
    <message>
        <source>Who took part: names or roles, one per line.</source>
        <translation>Hvem som deltok: navn eller roller, én per linje.</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Fritekst</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle</source>
        <translation>Gibbs&apos; refleksjonssirkel</translation>
    </message>
    <message>
        <source>Socratic dialogue</source>
        <translation>Sokratisk dialog</translation>
    </message>
    <message>
        <source>Parts marked * are needed to save; fill the rest when you can.</source>
        <translation>Deler merket * må fylles ut for å lagre; fyll ut resten når du kan.</translation>
    </message>
</context>
<context>
    <name>role_guides</name>
    <message>
        <source>For mentors</source>
        <translation>For veiledere</translation>
    </message>
    <message>
        <source>For students</source>
        <translation>For aspiranter</translation>
    </message>
    <message>
        <source>For coordinators</source>
        <translation>For koordinatorer</translation>
    </message>
    <message>
        <source>For administrators</source>
        <translation>For administratorer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recording a shift&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Choose your student on the left (&lt;b&gt;Ctrl+L&lt;/b&gt; and type part of the name; accents do not matter: “hakon” finds Håkon).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; opens a new observation. Write what you saw: what the student did and said, and how it went. Write about the student, not the prisoners: “a prisoner on B-wing”, never a name or a prison number.&lt;/li&gt;&lt;li&gt;Type in &lt;i&gt;Find a competency&lt;/i&gt;, press &lt;b&gt;Down&lt;/b&gt; to the list, &lt;b&gt;Space&lt;/b&gt; to tick a competency and a digit to rate it: &lt;b&gt;1–5&lt;/b&gt;, or &lt;b&gt;0&lt;/b&gt; for not observed. Some levels ask for a comment.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt; publishes: the student reads it and acknowledges it. If the text seems to name a prisoner or give a prison number, mentorlog shows it to you first and offers a neutral reference (“prisoner A”).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;A &lt;b&gt;private mentor note&lt;/b&gt; (Alt+V) is for your eyes only and needs no rating; its button says Save note. Everything you type is kept as a draft while you type, and comes back after a crash.&lt;/p&gt;&lt;h3&gt;Signing and correcting&lt;/h3&gt;&lt;p&gt;Sign a published observation to lock it (Sign…). A signed one is corrected with Amend…, which asks why and keeps every version.&lt;/p&gt;&lt;h3&gt;Goals, reviews and concerns&lt;/h3&gt;&lt;p&gt;Agree goals with the student on the Goals tab; hold the mid-point and final reviews on the Reviews tab (save a draft with &lt;b&gt;Ctrl+S&lt;/b&gt;, publish with &lt;b&gt;Ctrl+Enter&lt;/b&gt;, then sign); raise a cause for concern when the student is not progressing, with an action plan and a date to look at it again.&lt;/p&gt;&lt;h3&gt;Called away?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks every window at once, editors included; your text is kept and your password opens it again. The window also locks itself when nobody has touched it for a few minutes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Registrere en vakt&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Velg aspiranten din til venstre (&lt;b&gt;Ctrl+L&lt;/b&gt; og skriv en del av navnet; aksenter spiller ingen rolle: «hakon» finner Håkon).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; åpner en ny observasjon. Skriv det du så: hva aspiranten gjorde og sa, og hvordan det gikk. Skriv om aspiranten, ikke om de innsatte: «en innsatt på fløy B», aldri et navn eller et fangenummer.&lt;/li&gt;&lt;li&gt;Skriv i &lt;i&gt;Finn en kompetanse&lt;/i&gt;, trykk &lt;b&gt;Pil ned&lt;/b&gt; til listen, &lt;b&gt;Mellomrom&lt;/b&gt; for å krysse av en kompetanse og et siffer for å vurdere den: &lt;b&gt;1–5&lt;/b&gt;, eller &lt;b&gt;0&lt;/b&gt; for ikke observert. Noen nivåer krever en kommentar.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt; publiserer: aspiranten leser og kvitterer for den. Hvis teksten ser ut til å navngi en innsatt eller oppgi et fangenummer, viser mentorlog deg det først og tilbyr en nøytral henvisning («innsatt A»).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Et &lt;b&gt;privat veiledernotat&lt;/b&gt; (Alt+V) er bare for deg og trenger ingen vurdering; knappen heter Lagre notat. Alt du skriver, tas vare på som utkast mens du skriver, og kommer tilbake etter et krasj.&lt;/p&gt;&lt;h3&gt;Signere og rette&lt;/h3&gt;&lt;p&gt;Signer en publisert observasjon for å låse den (Signer…). En signert observasjon rettes med Endre…, som spør om begrunnelse og beholder alle versjoner.&lt;/p&gt;&lt;h3&gt;Læringsmål, vurderingssamtaler og bekymringsmeldinger&lt;/h3&gt;&lt;p&gt;Avtal læringsmål med aspiranten i fanen Mål; hold midtveis- og sluttvurderingen i fanen Vurderinger (lagre utkast med &lt;b&gt;Ctrl+S&lt;/b&gt;, publiser med &lt;b&gt;Ctrl+Enter&lt;/b&gt;, og signer deretter); meld bekymring når aspiranten ikke har framgang, med en tiltaksplan og en dato for å se på det igjen.&lt;/p&gt;&lt;h3&gt;Kalt bort?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt; låser alle vinduer på én gang, også redigeringsvinduer; teksten din tas vare på, og passordet ditt åpner den igjen. Vinduet låser seg også selv når ingen har rørt det på noen minutter.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your feedback&lt;/h3&gt;&lt;p&gt;mentorlog opens on &lt;b&gt;Feedback&lt;/b&gt;: what your mentor published that you have not answered yet, newest first. Read it, then &lt;b&gt;Acknowledge&lt;/b&gt; (Alt+A), or &lt;b&gt;I disagree…&lt;/b&gt; (Alt+D) with a comment saying why. &lt;b&gt;Reflect on this…&lt;/b&gt; writes a reflection about it.&lt;/p&gt;&lt;h3&gt;Reflections and goals&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt; starts a reflection: free text, Gibbs&apos; cycle or a Socratic dialogue; it is shared with your mentors unless you keep it private. On the Goals tab you add notes of your progress on each goal.&lt;/p&gt;&lt;h3&gt;Rating yourself&lt;/h3&gt;&lt;p&gt;On the Competencies tab, &lt;b&gt;Rate myself…&lt;/b&gt; puts your own level beside your mentor&apos;s; each level&apos;s description is shown as you choose it.&lt;/p&gt;&lt;h3&gt;Reviews and concerns&lt;/h3&gt;&lt;p&gt;A review waiting for your signature is shown above your feedback: read it, then sign it (a comment may go with your signature; Enter does not sign). A cause for concern raised about you is yours to read, and you can answer it on the Concerns tab.&lt;/p&gt;&lt;p&gt;Leaving the workstation: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Tilbakemeldingene dine&lt;/h3&gt;&lt;p&gt;mentorlog åpner på &lt;b&gt;Tilbakemeldinger&lt;/b&gt;: det veilederen din har publisert som du ikke har svart på ennå, nyeste først. Les det, og velg så &lt;b&gt;Kvitter ut&lt;/b&gt; (Alt+K) eller &lt;b&gt;Jeg er uenig…&lt;/b&gt; (Alt+U) med en kommentar om hvorfor. &lt;b&gt;Reflekter over dette…&lt;/b&gt; skriver en refleksjon om det.&lt;/p&gt;&lt;h3&gt;Refleksjoner og læringsmål&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt; starter en refleksjon: fritekst, Gibbs&apos; refleksjonssirkel eller en sokratisk dialog; den deles med veilederne dine med mindre du holder den privat. I fanen Mål legger du inn notater om framgangen din på hvert mål.&lt;/p&gt;&lt;h3&gt;Vurdere deg selv&lt;/h3&gt;&lt;p&gt;I fanen Kompetanser setter &lt;b&gt;Vurder meg selv…&lt;/b&gt; ditt eget nivå ved siden av veilederens; beskrivelsen av hvert nivå vises når du velger det.&lt;/p&gt;&lt;h3&gt;Vurderingssamtaler og bekymringsmeldinger&lt;/h3&gt;&lt;p&gt;En vurderingssamtale som venter på signaturen din, vises over tilbakemeldingene dine: les den, og signer den (en kommentar kan følge signaturen; Enter signerer ikke). En bekymringsmelding om deg kan du lese, og du kan svare på den i fanen Bekymringer.&lt;/p&gt;&lt;p&gt;Når du forlater arbeidsstasjonen: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; låser den.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Following the cohort&lt;/h3&gt;&lt;p&gt;The list on the left has every placement you may see, by prison and cohort: the days since the last observation the student was shown, open concerns (⚑) and feedback still to be answered (✉). Choose one to read the student&apos;s file.&lt;/p&gt;&lt;h3&gt;Reports&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+E&lt;/b&gt; exports progress reports as PDF: for one student, several, or a whole cohort with its summary, with a preview first.&lt;/p&gt;&lt;h3&gt;Reviews and people&lt;/h3&gt;&lt;p&gt;You sign each review after the mentor and the student. Administration › People and accounts adds students and mentors and sets passwords; the audit trail shows who did what.&lt;/p&gt;&lt;p&gt;Leaving the workstation: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Følge kullet&lt;/h3&gt;&lt;p&gt;Listen til venstre viser alle praksisperioder du har tilgang til, etter fengsel og kull: dager siden siste observasjon aspiranten fikk se, åpne bekymringsmeldinger (⚑) og tilbakemeldinger som ennå ikke er besvart (✉). Velg en for å lese aspirantens mappe.&lt;/p&gt;&lt;h3&gt;Rapporter&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+E&lt;/b&gt; eksporterer framdriftsrapporter som PDF: for én aspirant, flere, eller et helt kull med sammendrag, med forhåndsvisning først.&lt;/p&gt;&lt;h3&gt;Vurderingssamtaler og personer&lt;/h3&gt;&lt;p&gt;Du signerer hver vurderingssamtale etter veilederen og aspiranten. Administrasjon › Personer og kontoer legger til aspiranter og veiledere og setter passord; revisjonsloggen viser hvem som gjorde hva.&lt;/p&gt;&lt;p&gt;Når du forlater arbeidsstasjonen: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; låser den.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Looking after the site&lt;/h3&gt;&lt;p&gt;Administration › People and accounts: add people, give them their roles, unlock an account and set a new password.&lt;/p&gt;&lt;p&gt;Administration › Site settings: how long an untouched window waits before it locks, and the privacy check: the site&apos;s prison number formats (9 for a digit, A for a letter, e.g. A9999AA), the words after which a name is flagged, names to watch for, and words that are never names here.&lt;/p&gt;&lt;p&gt;File › Backups: verified backups of the database, and restoring one. Keep the printed recovery key in a safe.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ta vare på stedet&lt;/h3&gt;&lt;p&gt;Administrasjon › Personer og kontoer: legg til personer, gi dem roller, lås opp en konto og sett nytt passord.&lt;/p&gt;&lt;p&gt;Administrasjon › Innstillinger for stedet: hvor lenge et urørt vindu venter før det låses, og personvernkontrollen: stedets formater for fangenummer (9 for et siffer, A for en bokstav, f.eks. A9999AA), ordene som gjør at et navn etter dem flagges, navn det skal ses etter, og ord som aldri er navn her.&lt;/p&gt;&lt;p&gt;Fil › Sikkerhetskopier: kontrollerte sikkerhetskopier av databasen, og gjenoppretting av en. Oppbevar den utskrevne gjenopprettingsnøkkelen i et safe.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sensitive_check</name>
    <message>
        <source>&amp;Replace and publish</source>
        <translation>&amp;Erstatt og publiser</translation>
    </message>
    <message>
        <source>Publish &amp;as written</source>
        <translation>Publiser &amp;som skrevet</translation>
    </message>
    <message>
        <source>&amp;Replace and save</source>
        <translation>&amp;Erstatt og lagre</translation>
    </message>
    <message>
        <source>Save &amp;as written</source>
        <translation>Lagre &amp;som skrevet</translation>
    </message>
    <message>
        <source>Sign &amp;as written</source>
        <translation>Signer &amp;som skrevet</translation>
    </message>
    <message>
        <source>&amp;Correct it first</source>
        <translation>&amp;Rett det først</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>et navn</translation>
    </message>
    <message>
        <source>a name after “%1”</source>
        <translation>et navn etter «%1»</translation>
    </message>
    <message>
        <source>a name on the site&apos;s list</source>
        <translation>et navn på stedets liste</translation>
    </message>
    <message>
        <source>a name nobody here has</source>
        <translation>et navn ingen her har</translation>
    </message>
    <message>
        <source>a first name nobody here has</source>
        <translation>et fornavn ingen her har</translation>
    </message>
    <message>
        <source>the same name again</source>
        <translation>det samme navnet igjen</translation>
    </message>
    <message>
        <source>a prison number</source>
        <translation>et fangenummer</translation>
    </message>
    <message>
        <source>“%1” → “%2” (%3)</source>
        <translation>«%1» → «%2» (%3)</translation>
    </message>
    <message>
        <source>Names or numbers in the text</source>
        <translation>Navn eller numre i teksten</translation>
    </message>
    <message>
        <source>This seems to name a prisoner or give a prison number. Records are about the student; a neutral reference keeps the prisoner&apos;s privacy.</source>
        <translation>Dette ser ut til å navngi en innsatt eller oppgi et fangenummer. Poster handler om aspiranten; en nøytral henvisning ivaretar den innsattes personvern.</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>its mentor</source>
        <translation>veilederen</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked. Your unsaved changes were not saved to it; they are kept for Amend….</source>
        <translation>%1 signerte denne observasjonen mens den var åpen her: den er nå låst. De ulagrede endringene dine ble ikke lagret i den; de er tatt vare på til Endre….</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked. Your unsaved changes were not saved to it.</source>
        <translation>%1 signerte denne observasjonen mens den var åpen her: den er nå låst. De ulagrede endringene dine ble ikke lagret i den.</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked.</source>
        <translation>%1 signerte denne observasjonen mens den var åpen her: den er nå låst.</translation>
    </message>
    <message>
        <source>%1 disagreed with version %2 on %3: “%4”</source>
        <translation>%1 var uenig i versjon %2 den %3: «%4»</translation>
    </message>
    <message>
        <source>Acknowledged by %1 (version %2) on %3.</source>
        <translation>Kvittert av %1 (versjon %2) den %3.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>Signert av %1 den %2.</translation>
    </message>
    <message>
        <source>Published, not signed yet.</source>
        <translation>Publisert, ikke signert ennå.</translation>
    </message>
    <message>
        <source>Version %1, amended by %2 on %3: “%4”</source>
        <translation>Versjon %1, endret av %2 den %3: «%4»</translation>
    </message>
    <message>
        <source>This version has been amended since; the current one is newer.</source>
        <translation>Denne versjonen er endret siden; den gjeldende er nyere.</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the student (version %1).</source>
        <translation>Ikke kvittert av aspiranten ennå (versjon %1).</translation>
    </message>
    <message>
        <source>A review is signed once it is published.</source>
        <translation>En vurderingssamtale signeres når den er publisert.</translation>
    </message>
    <message>
        <source>Signed by mentor, student and coordinator.</source>
        <translation>Signert av veileder, aspirant og koordinator.</translation>
    </message>
    <message>
        <source>Signed by %1 (mentor) on %2.</source>
        <translation>Signert av %1 (veileder) den %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (student) on %2.</source>
        <translation>Signert av %1 (aspirant) den %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (coordinator) on %2.</source>
        <translation>Signert av %1 (koordinator) den %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (administrator) on %2.</source>
        <translation>Signert av %1 (administrator) den %2.</translation>
    </message>
    <message>
        <source>Waiting for the mentor’s signature.</source>
        <translation>Venter på veilederens signatur.</translation>
    </message>
    <message>
        <source>Waiting for the student’s signature.</source>
        <translation>Venter på aspirantens signatur.</translation>
    </message>
    <message>
        <source>Waiting for the coordinator’s signature.</source>
        <translation>Venter på koordinatorens signatur.</translation>
    </message>
    <message>
        <source>Waiting for another signature.</source>
        <translation>Venter på en annen signatur.</translation>
    </message>
    <message>
        <source>Sign the observation?</source>
        <translation>Signere observasjonen?</translation>
    </message>
    <message>
        <source>Sign this observation as its mentor?</source>
        <translation>Signere denne observasjonen som veileder?</translation>
    </message>
    <message>
        <source>Once signed, this observation is locked; corrections become amendments.</source>
        <translation>Når den er signert, er observasjonen låst; rettelser blir endringer.</translation>
    </message>
    <message>
        <source>Once you sign, the review is locked; the student and a coordinator sign after you.</source>
        <translation>Når du signerer, låses vurderingssamtalen; aspiranten og en koordinator signerer etter deg.</translation>
    </message>
    <message>
        <source>Your signature is recorded with your name and the time.</source>
        <translation>Signaturen din registreres med navnet ditt og klokkeslettet.</translation>
    </message>
    <message>
        <source>Sign this review as %1?</source>
        <translation>Signere denne vurderingssamtalen som %1?</translation>
    </message>
    <message>
        <source>Sign the review?</source>
        <translation>Signere vurderingssamtalen?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Publish first</source>
        <translation>Publiser først</translation>
    </message>
    <message>
        <source>Publish your changes, or close and discard them, before signing: a signature is for what is published.</source>
        <translation>Publiser endringene dine, eller lukk og forkast dem, før du signerer: en signatur gjelder det som er publisert.</translation>
    </message>
    <message>
        <source>Signed meanwhile</source>
        <translation>Signert i mellomtiden</translation>
    </message>
    <message>
        <source>%1 signed this observation while you were editing it, so your changes were not saved to it.</source>
        <translation>%1 signerte denne observasjonen mens du redigerte den, så endringene dine ble ikke lagret i den.</translation>
    </message>
    <message>
        <source>A signed observation is corrected by amending it.</source>
        <translation>En signert observasjon rettes ved å endre den.</translation>
    </message>
    <message>
        <source>They are kept: Amend… opens them as a correction of the signed version, saved with a reason as its next version.</source>
        <translation>De er tatt vare på: Endre… åpner dem som en rettelse av den signerte versjonen, lagret med begrunnelse som neste versjon.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ikke nå</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>E&amp;ndre…</translation>
    </message>
</context>
<context>
    <name>site_menu</name>
    <message>
        <source>Set-up &amp;guide…</source>
        <translation>&amp;Oppsettsveiledning…</translation>
    </message>
    <message>
        <source>&amp;Academy and prisons…</source>
        <translation>&amp;Høgskole og fengsler…</translation>
    </message>
    <message>
        <source>&amp;Cohorts…</source>
        <translation>&amp;Kull…</translation>
    </message>
    <message>
        <source>&amp;Placements…</source>
        <translation>&amp;Praksisperioder…</translation>
    </message>
    <message>
        <source>&amp;Import people or placements…</source>
        <translation>&amp;Importer personer eller praksisperioder…</translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation>&amp;Rammeverk…</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>Log a s&amp;hift…</source>
        <translation>Registrer en &amp;vakt…</translation>
    </message>
</context>
<context>
    <name>stale_forms</name>
    <message>
        <source>Held on, progress</source>
        <translation>Holdt, framgang</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Sammendrag</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Avtalte tiltak</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, frist %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Tiltaksplan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Hva som ble sett</translation>
    </message>
    <message>
        <source>Raised, review on</source>
        <translation>Meldt, vurderes den</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>Mentor</source>
        <translation>Veileder</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Aspirant</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Logget på</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Pålogging mislyktes</translation>
    </message>
    <message>
        <source>Sign-in refused: too soon after failures</source>
        <translation>Pålogging avvist: for kort tid etter mislykkede forsøk</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>Pålogging avvist: kontoen er låst</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Logget av</translation>
    </message>
    <message>
        <source>Locked the window</source>
        <translation>Låste vinduet</translation>
    </message>
    <message>
        <source>Unlocked the window</source>
        <translation>Låste opp vinduet</translation>
    </message>
    <message>
        <source>Unlocking the window failed</source>
        <translation>Opplåsing av vinduet mislyktes</translation>
    </message>
    <message>
        <source>Unlocking refused: too soon after failures</source>
        <translation>Opplåsing avvist: for kort tid etter mislykkede forsøk</translation>
    </message>
    <message>
        <source>Unlocking refused: account locked</source>
        <translation>Opplåsing avvist: kontoen er låst</translation>
    </message>
    <message>
        <source>Account locked after failed attempts</source>
        <translation>Kontoen ble låst etter mislykkede forsøk</translation>
    </message>
    <message>
        <source>Password protection strengthened</source>
        <translation>Passordbeskyttelsen ble forsterket</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>Første administrator opprettet</translation>
    </message>
    <message>
        <source>Refused: not permitted</source>
        <translation>Avvist: ikke tillatt</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Person lagt til</translation>
    </message>
    <message>
        <source>Role given</source>
        <translation>Rolle gitt</translation>
    </message>
    <message>
        <source>Role removed</source>
        <translation>Rolle fjernet</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Passord tilbakestilt</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eget passord endret</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Konto låst opp</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Konto deaktivert</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Konto reaktivert</translation>
    </message>
    <message>
        <source>Observation signed</source>
        <translation>Observasjon signert</translation>
    </message>
    <message>
        <source>Observation amended</source>
        <translation>Observasjon endret</translation>
    </message>
    <message>
        <source>Feedback acknowledged</source>
        <translation>Tilbakemelding kvittert</translation>
    </message>
    <message>
        <source>Disagreement recorded</source>
        <translation>Uenighet registrert</translation>
    </message>
    <message>
        <source>Review signed</source>
        <translation>Vurderingssamtale signert</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Praksisperiode avsluttet</translation>
    </message>
    <message>
        <source>Placement completed and signed off</source>
        <translation>Praksisperiode fullført og godkjent</translation>
    </message>
    <message>
        <source>Framework imported</source>
        <translation>Rammeverk importert</translation>
    </message>
    <message>
        <source>Cause for concern raised</source>
        <translation>Bekymringsmelding meldt</translation>
    </message>
    <message>
        <source>Cause for concern changed</source>
        <translation>Bekymringsmelding endret</translation>
    </message>
    <message>
        <source>Cause for concern moved on</source>
        <translation>Status for bekymringsmelding endret</translation>
    </message>
    <message>
        <source>Student answered a cause for concern</source>
        <translation>Aspiranten svarte på en bekymringsmelding</translation>
    </message>
    <message>
        <source>Cause for concern deleted</source>
        <translation>Bekymringsmelding slettet</translation>
    </message>
    <message>
        <source>Cause for concern restored</source>
        <translation>Bekymringsmelding gjenopprettet</translation>
    </message>
    <message>
        <source>Progress note added to a goal</source>
        <translation>Framdriftsnotat lagt til et læringsmål</translation>
    </message>
    <message>
        <source>Observation marked as discussed</source>
        <translation>Observasjon merket som drøftet</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhetskopi gjenopprettet</translation>
    </message>
    <message>
        <source>A student&apos;s data exported on request</source>
        <translation>En aspirants data eksportert etter forespørsel</translation>
    </message>
    <message>
        <source>Records past their retention removed</source>
        <translation>Poster som har passert lagringstiden, fjernet</translation>
    </message>
    <message>
        <source>Site setting changed</source>
        <translation>Innstilling for stedet endret</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Database kryptert</translation>
    </message>
    <message>
        <source>Demonstration data loaded</source>
        <translation>Demodata lastet inn</translation>
    </message>
    <message>
        <source>Signing key issued</source>
        <translation>Signeringsnøkkel utstedt</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Signeringsnøkkel avviklet</translation>
    </message>
    <message>
        <source>Earlier sign-offs sealed</source>
        <translation>Tidligere godkjenninger forseglet</translation>
    </message>
    <message>
        <source>Wrong passwords counted before the database opened</source>
        <translation>Feil passord talt før databasen ble åpnet</translation>
    </message>
    <message>
        <source>Failed-attempt counts reset outside mentorlog</source>
        <translation>Tellere for mislykkede forsøk tilbakestilt utenfor mentorlog</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport eksportert</translation>
    </message>
    <message>
        <source>Language chosen</source>
        <translation>Språk valgt</translation>
    </message>
    <message>
        <source>Academy created</source>
        <translation>Høgskole opprettet</translation>
    </message>
    <message>
        <source>Academy changed</source>
        <translation>Høgskole endret</translation>
    </message>
    <message>
        <source>Cohort created</source>
        <translation>Kull opprettet</translation>
    </message>
    <message>
        <source>Cohort changed</source>
        <translation>Kull endret</translation>
    </message>
    <message>
        <source>Prison added</source>
        <translation>Fengsel lagt til</translation>
    </message>
    <message>
        <source>Prison changed</source>
        <translation>Fengsel endret</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>Avdeling lagt til</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>Avdeling endret</translation>
    </message>
    <message>
        <source>Placement created</source>
        <translation>Praksisperiode opprettet</translation>
    </message>
    <message>
        <source>Placement changed</source>
        <translation>Praksisperiode endret</translation>
    </message>
    <message>
        <source>Framework exported</source>
        <translation>Rammeverk eksportert</translation>
    </message>
    <message>
        <source>Observation written</source>
        <translation>Observasjon skrevet</translation>
    </message>
    <message>
        <source>Observation changed</source>
        <translation>Observasjon endret</translation>
    </message>
    <message>
        <source>Observation shared with the student</source>
        <translation>Observasjon delt med aspiranten</translation>
    </message>
    <message>
        <source>Observation deleted</source>
        <translation>Observasjon slettet</translation>
    </message>
    <message>
        <source>Observation restored</source>
        <translation>Observasjon gjenopprettet</translation>
    </message>
    <message>
        <source>Reflection written</source>
        <translation>Refleksjon skrevet</translation>
    </message>
    <message>
        <source>Reflection changed</source>
        <translation>Refleksjon endret</translation>
    </message>
    <message>
        <source>Reflection deleted</source>
        <translation>Refleksjon slettet</translation>
    </message>
    <message>
        <source>Reflection restored</source>
        <translation>Refleksjon gjenopprettet</translation>
    </message>
    <message>
        <source>Review written</source>
        <translation>Vurderingssamtale skrevet</translation>
    </message>
    <message>
        <source>Review changed</source>
        <translation>Vurderingssamtale endret</translation>
    </message>
    <message>
        <source>Review published</source>
        <translation>Vurderingssamtale publisert</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Vurderingssamtale slettet</translation>
    </message>
    <message>
        <source>Review restored</source>
        <translation>Vurderingssamtale gjenopprettet</translation>
    </message>
    <message>
        <source>Goal created</source>
        <translation>Læringsmål opprettet</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Læringsmål endret</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Læringsmål slettet</translation>
    </message>
    <message>
        <source>Goal restored</source>
        <translation>Læringsmål gjenopprettet</translation>
    </message>
    <message>
        <source>Self-assessment recorded</source>
        <translation>Egenvurdering registrert</translation>
    </message>
    <message>
        <source>Shift logged</source>
        <translation>Vakt registrert</translation>
    </message>
    <message>
        <source>Logged shift deleted</source>
        <translation>Registrert vakt slettet</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Brukernavn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endret</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Mislykkede forsøk</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sider</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Fra</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Innstilling</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Erstatter</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>Endrer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sikkerhetskopi</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>People needing a new password</source>
        <translation>Personer som trenger nytt passord</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjernet</translation>
    </message>
    <message>
        <source>Students removed</source>
        <translation>Aspiranter fjernet</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Aspiranter</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observasjoner</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praksisperioder</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksjoner</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Læringsmål</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Vurderingssamtaler</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeidsstasjon</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Gjelder</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New failures</source>
        <translation>Nye mislykkede forsøk</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Siste mislykkede forsøk</translation>
    </message>
    <message>
        <source>Counts restored for</source>
        <translation>Tellere gjenopprettet for</translation>
    </message>
    <message>
        <source>Failures removed</source>
        <translation>Mislykkede forsøk fjernet</translation>
    </message>
    <message>
        <source>Counted against</source>
        <translation>Talt mot</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Fullført</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Rammeverk</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observasjon</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksjon</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Læringsmål</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Vurderingssamtale</translation>
    </message>
    <message>
        <source>Cause for concern</source>
        <translation>Bekymringsmelding</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Praksisperiode</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Kull</translation>
    </message>
    <message>
        <source>Site setting</source>
        <translation>Innstilling for stedet</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signeringsnøkkel</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>minutes before an untouched window locks</source>
        <translation>minutter før et urørt vindu låses</translation>
    </message>
    <message>
        <source>privacy check</source>
        <translation>personvernkontroll</translation>
    </message>
    <message>
        <source>prison number formats</source>
        <translation>formater for fangenummer</translation>
    </message>
    <message>
        <source>words before a number</source>
        <translation>ord foran et nummer</translation>
    </message>
    <message>
        <source>words before a name</source>
        <translation>ord foran et navn</translation>
    </message>
    <message>
        <source>names watched for</source>
        <translation>navn det ses etter</translation>
    </message>
    <message>
        <source>words that are never names</source>
        <translation>ord som aldri er navn</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>la til %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>fjernet %1</translation>
    </message>
    <message>
        <source>unlocked as well</source>
        <translation>også låst opp</translation>
    </message>
    <message>
        <source>was not locked</source>
        <translation>var ikke låst</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
</context>
<context>
    <name>undo_delete</name>
    <message>
        <source>Delete?</source>
        <translation>Slette?</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Du kan angre dette med Rediger &gt; Angre (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Angre</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Rediger &gt; Angre (Ctrl+Z) henter det tilbake.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ulagrede endringer</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Du har endringer som ikke er lagret ennå.</translation>
    </message>
    <message>
        <source>Discarding drops what you typed since you last saved.</source>
        <translation>Forkasting fjerner det du har skrevet siden du sist lagret.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Lagre utkast</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Forkast endringer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Fortsett å redigere</translation>
    </message>
</context>
</TS>

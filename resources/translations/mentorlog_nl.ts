<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>AttentionLabels</name>
    <message>
        <source>Act now</source>
        <translation>Nu handelen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aandacht nodig</translation>
    </message>
    <message>
        <source>Keep an eye on</source>
        <translation>In het oog houden</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Op schema</translation>
    </message>
    <message>
        <source>final review: not passed</source>
        <translation>eindevaluatie: niet geslaagd</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) escalated to the academy</source>
        <translation>
            <numerusform>%n zorgmelding geëscaleerd naar het opleidingscentrum</numerusform>
            <numerusform>%n zorgmeldingen geëscaleerd naar het opleidingscentrum</numerusform>
        </translation>
    </message>
    <message>
        <source>latest review: at risk</source>
        <translation>laatste evaluatie: in gevaar</translation>
    </message>
    <message numerus="yes">
        <source>%n open cause(s) for concern</source>
        <translation>
            <numerusform>%n open zorgmelding</numerusform>
            <numerusform>%n open zorgmeldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>no final review</source>
        <translation>geen eindevaluatie</translation>
    </message>
    <message>
        <source>past its end with no final review</source>
        <translation>einddatum voorbij zonder eindevaluatie</translation>
    </message>
    <message numerus="yes">
        <source>final review not held, %n day(s) left</source>
        <translation>
            <numerusform>eindevaluatie niet gehouden, nog %n dag</numerusform>
            <numerusform>eindevaluatie niet gehouden, nog %n dagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not responding to training (%n rating(s) in 4 weeks)</source>
        <translation>
            <numerusform>reageert niet op opleiding (%n beoordeling in 4 weken)</numerusform>
            <numerusform>reageert niet op opleiding (%n beoordelingen in 4 weken)</numerusform>
        </translation>
    </message>
    <message>
        <source>mid-point review overdue (due %1)</source>
        <translation>tussentijdse evaluatie te laat (uiterlijk %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies below the level expected by now</source>
        <translation>
            <numerusform>%n competentie onder het niveau dat nu verwacht wordt</numerusform>
            <numerusform>%n competenties onder het niveau dat nu verwacht wordt</numerusform>
        </translation>
    </message>
    <message>
        <source>not observed yet</source>
        <translation>nog niet geobserveerd</translation>
    </message>
    <message numerus="yes">
        <source>no observation for %n day(s)</source>
        <translation>
            <numerusform>al %n dag geen observatie</numerusform>
            <numerusform>al %n dagen geen observatie</numerusform>
        </translation>
    </message>
    <message>
        <source>latest review: needs support</source>
        <translation>laatste evaluatie: ondersteuning nodig</translation>
    </message>
    <message>
        <source>a concern&apos;s review date has passed</source>
        <translation>de evaluatiedatum van een zorgmelding is voorbij</translation>
    </message>
    <message>
        <source>hours behind (%1 of %2 by now)</source>
        <translation>achterstand in uren (%1 van %2 tot nu)</translation>
    </message>
    <message numerus="yes">
        <source>disagreed with %n entries in 4 weeks</source>
        <translation>
            <numerusform>niet akkoord met %n item in 4 weken</numerusform>
            <numerusform>niet akkoord met %n items in 4 weken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the student&apos;s answer</source>
        <translation>%1 op het antwoord van de stagiair</translation>
    </message>
    <message>
        <source>%1 for the mentor&apos;s signature</source>
        <translation>%1 op de handtekening van de mentor</translation>
    </message>
    <message>
        <source>entries waiting over a week: %1</source>
        <translation>items die al meer dan een week wachten: %1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkstation</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Event %1 · %2</source>
        <translation>Gebeurtenis %1 · %2</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Any time</source>
        <translation>Altijd</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Laatste 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Laatste 30 dagen</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Laatste 12 maanden</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Logboek</translation>
    </message>
    <message>
        <source>Search names, workstations, actions…</source>
        <translation>Zoek namen, werkstations, acties…</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Zoeken in het logboek</translation>
    </message>
    <message>
        <source>Show only this kind of event</source>
        <translation>Alleen dit soort gebeurtenis tonen</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle gebeurtenissen</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Gebeurtenissen:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Periode:</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Gebeurtenissen in het logboek, nieuwste eerst</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>&amp;Meer tonen</translation>
    </message>
    <message>
        <source>Each event is signed by whoever acted and chained to the one before; signed records carry the digest of what was signed.</source>
        <translation>Elke gebeurtenis is ondertekend door wie handelde en gekoppeld aan de vorige; ondertekende records bevatten de hashwaarde van wat ondertekend werd.</translation>
    </message>
    <message>
        <source>&amp;Verify records…</source>
        <translation>Records &amp;controleren…</translation>
    </message>
    <message>
        <source>No events match these filters. Clear the search, choose “All events” or a longer period.</source>
        <translation>Geen gebeurtenissen voor deze filters. Wis de zoekopdracht, kies “Alle gebeurtenissen” of een langere periode.</translation>
    </message>
    <message>
        <source>The audit trail is empty. Sign-ins and changes will appear here.</source>
        <translation>Het logboek is leeg. Aanmeldingen en wijzigingen verschijnen hier.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 events, newest first</source>
        <translation>%1 van %2 gebeurtenissen, nieuwste eerst</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Back-ups, nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>Selectie &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Back it up with the server&apos;s own tools (pg_dump or the server&apos;s backup routine).</source>
        <translation>Deze database staat op een PostgreSQL-server. Maak er een back-up van met de eigen hulpmiddelen van de server (pg_dump of de back-uproutine van de server).</translation>
    </message>
    <message>
        <source>mentorlog backs up the database every 30 minutes while you work and when you close it, and checks every copy. Backups are kept in %1.</source>
        <translation>mentorlog maakt elke 30 minuten een back-up van de database terwijl u werkt en wanneer u ze sluit, en controleert elke kopie. Back-ups worden bewaard in %1.</translation>
    </message>
    <message>
        <source>No backups yet. mentorlog makes one 30 minutes after the first change and whenever it closes; “Back up now” makes one straight away.</source>
        <translation>Nog geen back-ups. mentorlog maakt er een 30 minuten na de eerste wijziging en telkens bij het sluiten; “Nu back-up maken” maakt er meteen een.</translation>
    </message>
    <message>
        <source>Only an administrator restores backups</source>
        <translation>Alleen een beheerder zet back-ups terug</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Deze back-up terugzetten?</translation>
    </message>
    <message>
        <source>Everything in the database will be replaced by the backup made %1 (%2 hours ago). Whatever was recorded after that will be lost. The database as it is now is backed up first, so this can be undone.</source>
        <translation>Alles in de database wordt vervangen door de back-up van %1 (%2 uur geleden). Wat daarna werd geregistreerd, gaat verloren. Eerst wordt een back-up van de huidige database gemaakt, zodat dit ongedaan kan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Gecontroleerd</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>gecontroleerd</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>NIET gecontroleerd: %1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>handmatig</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>bij het sluiten</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vóór een terugzetting</translation>
    </message>
    <message>
        <source>after a retention purge</source>
        <translation>na een bewaartermijnopschoning</translation>
    </message>
    <message>
        <source>when encryption was turned on</source>
        <translation>bij het inschakelen van versleuteling</translation>
    </message>
    <message>
        <source>before updating mentorlog</source>
        <translation>vóór een update van mentorlog</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Training prison</source>
        <translation>Stagegevangenis</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Every competency</source>
        <translation>Alle competenties</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>Each mentor&apos;s ratings beside everyone else&apos;s in the same competencies and phases. ▲ rates higher, ▼ lower than peers, by %1 of a level or more, over several students: an invitation to talk about the scale, not a verdict (it compares ratings, not students).</source>
        <translation>De beoordelingen van elke mentor naast die van alle anderen, in dezelfde competenties en fasen. ▲ beoordeelt hoger, ▼ lager dan collega&apos;s, met %1 van een niveau of meer, over meerdere stagiairs: een uitnodiging om over de schaal te praten, geen oordeel (het vergelijkt beoordelingen, geen stagiairs).</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentoren</translation>
    </message>
    <message>
        <source>Prisons</source>
        <translation>Gevangenissen</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergelijken…</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Alle cohortes</translation>
    </message>
    <message>
        <source>Every prison</source>
        <translation>Alle gevangenissen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s); %1</source>
        <translation>
            <numerusform>%Ln beoordeling; %1</numerusform>
            <numerusform>%Ln beoordelingen; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) rating apart from peers</source>
        <translation>
            <numerusform>%n mentor beoordeelt anders dan collega&apos;s</numerusform>
            <numerusform>%n mentoren beoordelen anders dan collega&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings in this choice yet.</source>
        <translation>Nog geen beoordelingen voor deze keuze.</translation>
    </message>
</context>
<context>
    <name>ChangeMentorDialog</name>
    <message>
        <source>New lead mentor for %1</source>
        <translation>Nieuwe hoofdmentor voor %1</translation>
    </message>
    <message>
        <source>&amp;New lead mentor</source>
        <translation>&amp;Nieuwe hoofdmentor</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
    <message>
        <source>&amp;Previous lead</source>
        <translation>V&amp;orige hoofdmentor</translation>
    </message>
    <message>
        <source>stays on as a co-mentor</source>
        <translation>blijft co-mentor</translation>
    </message>
</context>
<context>
    <name>CohortForm</name>
    <message>
        <source>Edit the cohort</source>
        <translation>Cohorte bewerken</translation>
    </message>
    <message>
        <source>Add a cohort</source>
        <translation>Cohorte toevoegen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Begint</translation>
    </message>
    <message>
        <source>on</source>
        <translation>op</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Eindigt</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Kader</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Het geldende kader</translation>
    </message>
</context>
<context>
    <name>CohortsDialog</name>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>&amp;Add cohort…</source>
        <translation>Cohorte &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Placements…</source>
        <translation>&amp;Stages…</translation>
    </message>
    <message>
        <source>No cohorts yet. Press “Add cohort” for the students who started together, or import placements: a cohort the file names is made with them.</source>
        <translation>Nog geen cohortes. Klik op “Cohorte toevoegen” voor stagiairs die samen gestart zijn, of importeer stages: een cohorte die in het bestand staat, wordt mee aangemaakt.</translation>
    </message>
</context>
<context>
    <name>CohortsModel</name>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Het geldende kader</translation>
    </message>
</context>
<context>
    <name>CompetenciesModel</name>
    <message>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Mentor&apos;s latest rating</source>
        <translation>Laatste beoordeling mentor</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Geobserveerd</translation>
    </message>
    <message>
        <source>Last observed</source>
        <translation>Laatst geobserveerd</translation>
    </message>
    <message>
        <source>Student&apos;s self-assessment</source>
        <translation>Zelfbeoordeling stagiair</translation>
    </message>
    <message>
        <source>The latest level a mentor gave, with its label</source>
        <translation>Het laatste niveau dat een mentor gaf, met het label</translation>
    </message>
    <message>
        <source>How many times it was rated (not counting “not observed”)</source>
        <translation>Hoe vaak ze beoordeeld werd (“niet geobserveerd” niet meegeteld)</translation>
    </message>
    <message>
        <source>The student&apos;s own latest rating, shown beside the mentor&apos;s and never averaged into it</source>
        <translation>De eigen laatste beoordeling van de stagiair, getoond naast die van de mentor en nooit ermee uitgemiddeld</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>nog niet beoordeeld</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recent ratings below %1, the level expected by now</source>
        <translation>Recente beoordelingen onder %1, het niveau dat nu verwacht wordt</translation>
    </message>
    <message numerus="yes">
        <source>Not observed in the last %n day(s): look out for it on the next shift</source>
        <translation>
            <numerusform>Niet geobserveerd in de laatste dag: let erop tijdens de volgende dienst</numerusform>
            <numerusform>Niet geobserveerd in de laatste %n dagen: let erop tijdens de volgende dienst</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetenciesTab</name>
    <message>
        <source>Competencies</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Geobserveerd</translation>
    </message>
    <message>
        <source>100 days ago</source>
        <translation>100 dagen geleden</translation>
    </message>
    <message>
        <source>Your self-assessment is shown beside your mentor&apos;s rating, never averaged into it.</source>
        <translation>Uw zelfbeoordeling wordt getoond naast de beoordeling van uw mentor, nooit ermee uitgemiddeld.</translation>
    </message>
    <message>
        <source>Rate m&amp;yself…</source>
        <translation>&amp;Mezelf beoordelen…</translation>
    </message>
    <message>
        <source>Rate yourself on the chosen competency</source>
        <translation>Uzelf beoordelen op de gekozen competentie</translation>
    </message>
    <message>
        <source>Choose a competency above to see its trend.</source>
        <translation>Kies hierboven een competentie om het verloop te zien.</translation>
    </message>
    <message numerus="yes">
        <source>Every competency was observed in the last %n day(s).</source>
        <translation>
            <numerusform>Elke competentie werd geobserveerd in de laatste dag.</numerusform>
            <numerusform>Elke competentie werd geobserveerd in de laatste %n dagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 en nog %n</numerusform>
            <numerusform>%1 en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 competencies were not observed in the last %2 days (highlighted): %3. Look out for them on the next shifts.</source>
        <translation>
            <numerusform>%n van %1 competenties werd niet geobserveerd in de laatste %2 dagen (gemarkeerd): %3. Let erop tijdens de volgende diensten.</numerusform>
            <numerusform>%n van %1 competenties werden niet geobserveerd in de laatste %2 dagen (gemarkeerd): %3. Let erop tijdens de volgende diensten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetencyPicker</name>
    <message>
        <source>Find a competency…</source>
        <translation>Competentie zoeken…</translation>
    </message>
    <message>
        <source>Find a competency</source>
        <translation>Competentie zoeken</translation>
    </message>
    <message>
        <source>Competencies shown on this shift</source>
        <translation>Competenties getoond bij deze dienst</translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <source>What was seen, over what time, and why it matters for the placement.</source>
        <translation>Wat werd gezien, over welke periode, en waarom het belangrijk is voor de stage.</translation>
    </message>
    <message>
        <source>What the student will do, what support they get, and from whom.</source>
        <translation>Wat de stagiair zal doen, welke ondersteuning hij of zij krijgt, en van wie.</translation>
    </message>
    <message>
        <source>&amp;Raised on</source>
        <translation>&amp;Gemeld op</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Zorg</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>&amp;Actieplan</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>&amp;Evaluatie op</translation>
    </message>
    <message>
        <source>Outcome: what was done and where things stand (needed to resolve or escalate).</source>
        <translation>Resultaat: wat gedaan werd en hoe het ervoor staat (nodig om af te sluiten of te escaleren).</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Opvolgen</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Af&amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Escaleren</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Heropenen</translation>
    </message>
    <message>
        <source>How you see it, and what you will do (your mentors and coordinator read it)</source>
        <translation>Hoe u het ziet en wat u zult doen (uw mentoren en coördinator lezen het)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>&amp;Antwoord versturen</translation>
    </message>
    <message>
        <source>The student&apos;s reply</source>
        <translation>Antwoord van de stagiair</translation>
    </message>
    <message>
        <source>&amp;Your reply (you can change it)</source>
        <translation>&amp;Uw antwoord (u kunt het wijzigen)</translation>
    </message>
    <message>
        <source>&amp;Your reply</source>
        <translation>&amp;Uw antwoord</translation>
    </message>
    <message>
        <source>Raise a cause for concern</source>
        <translation>Zorgmelding maken</translation>
    </message>
    <message>
        <source>Cause for concern – %1</source>
        <translation>Zorgmelding – %1</translation>
    </message>
    <message>
        <source>&amp;Raise concern</source>
        <translation>&amp;Melding maken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: handed on to the academy; it stays open until it is resolved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: doorgestuurd naar het opleidingscentrum; ze blijft open tot ze afgesloten is</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this concern needs follow-up – its review date has come</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: deze zorgmelding vraagt opvolging – de evaluatiedatum is bereikt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this concern needs follow-up</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: deze zorgmelding vraagt opvolging</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; op %2</translation>
    </message>
</context>
<context>
    <name>ConcernsModel</name>
    <message>
        <source>Raised</source>
        <translation>Gemeld</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Evaluatie op</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Zorgmelding</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Gemeld door</translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (te evalueren)</translation>
    </message>
    <message>
        <source>%1, needs follow-up</source>
        <translation>%1, vraagt opvolging</translation>
    </message>
</context>
<context>
    <name>ConcernsTab</name>
    <message>
        <source>&amp;Raise concern…</source>
        <translation>&amp;Zorgmelding maken…</translation>
    </message>
    <message numerus="yes">
        <source>%n open concern(s)</source>
        <translation>
            <numerusform>%n open zorgmelding</numerusform>
            <numerusform>%n open zorgmeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated concern(s)</source>
        <translation>
            <numerusform>%n geëscaleerde zorgmelding</numerusform>
            <numerusform>%n geëscaleerde zorgmeldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>No open concerns</source>
        <translation>Geen open zorgmeldingen</translation>
    </message>
    <message>
        <source>No concerns have been raised.</source>
        <translation>Er zijn geen zorgmeldingen gemaakt.</translation>
    </message>
    <message>
        <source>No concerns raised. When a student is not progressing, press “Raise concern” to record what you see, agree an action plan and set a date to review it.</source>
        <translation>Geen zorgmeldingen. Als een stagiair niet vooruitgaat, klik dan op “Zorgmelding maken” om vast te leggen wat u ziet, een actieplan af te spreken en een evaluatiedatum te bepalen.</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Zorgmelding</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Delete this concern? Use Resolve instead if it has been dealt with.</source>
        <translation>Deze zorgmelding verwijderen? Gebruik liever Afsluiten als ze afgehandeld is.</translation>
    </message>
    <message>
        <source>Concern deleted</source>
        <translation>Zorgmelding verwijderd</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Gevangenis</translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation>Hoofdmentor</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Resterende dagen</translation>
    </message>
    <message>
        <source>Outcome so far</source>
        <translation>Resultaat tot nu</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Zorgmeldingen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>NRT</source>
        <translation>RNO</translation>
    </message>
    <message>
        <source>Remedial</source>
        <translation>Remediëring</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Niet akkoord</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <source>Last obs.</source>
        <translation>Laatste obs.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Below exp.</source>
        <translation>Onder verw.</translation>
    </message>
    <message>
        <source>How soon to look, from the reasons at the end of the row</source>
        <translation>Hoe dringend, volgens de redenen aan het einde van de rij</translation>
    </message>
    <message>
        <source>Days until the placement ends</source>
        <translation>Dagen tot het einde van de stage</translation>
    </message>
    <message>
        <source>The final review&apos;s result, else the latest review&apos;s</source>
        <translation>Het resultaat van de eindevaluatie, anders dat van de laatste evaluatie</translation>
    </message>
    <message>
        <source>Open causes for concern, escalated ones included</source>
        <translation>Open zorgmeldingen, geëscaleerde inbegrepen</translation>
    </message>
    <message>
        <source>Reviews overdue or missing</source>
        <translation>Te late of ontbrekende evaluaties</translation>
    </message>
    <message>
        <source>Ratings marked &apos;not responding to training&apos; in the placement</source>
        <translation>Beoordelingen gemarkeerd als &apos;reageert niet op opleiding&apos; in de stage</translation>
    </message>
    <message>
        <source>Minutes of remedial training logged</source>
        <translation>Geregistreerde minuten remediëring</translation>
    </message>
    <message>
        <source>Why, in words (the whole list in the row&apos;s tooltip)</source>
        <translation>Waarom, in woorden (de volledige lijst in de tooltip van de rij)</translation>
    </message>
    <message>
        <source>Entries the student disagreed with</source>
        <translation>Items waarmee de stagiair niet akkoord ging</translation>
    </message>
    <message>
        <source>Entries shared over a week ago still waiting: for the student&apos;s answer / for the mentor&apos;s signature</source>
        <translation>Items die meer dan een week geleden gedeeld werden en nog wachten: op het antwoord van de stagiair / op de handtekening van de mentor</translation>
    </message>
    <message>
        <source>Days since the last observation</source>
        <translation>Dagen sinds de laatste observatie</translation>
    </message>
    <message>
        <source>Hours logged / the target pro-rated to today</source>
        <translation>Gepresteerde uren / het doel naar rato tot vandaag</translation>
    </message>
    <message>
        <source>Competencies whose recent ratings are below the level expected by now</source>
        <translation>Competenties waarvan de recente beoordelingen onder het niveau liggen dat nu verwacht wordt</translation>
    </message>
    <message>
        <source>Mid-point overdue</source>
        <translation>Tussentijdse evaluatie te laat</translation>
    </message>
    <message>
        <source>No final review</source>
        <translation>Geen eindevaluatie</translation>
    </message>
    <message>
        <source>Final due</source>
        <translation>Eindevaluatie te houden</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>gepland</translation>
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
        <translation>%1 (%2 geësc.)</translation>
    </message>
    <message>
        <source>%1: %2; %3; %4 – %5</source>
        <translation>%1: %2; %3; %4 – %5</translation>
    </message>
    <message>
        <source>%1 of %2 hours; %3 expected by today</source>
        <translation>%1 van %2 uur; %3 verwacht tegen vandaag</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last four weeks</source>
        <translation>
            <numerusform>%n in de laatste vier weken</numerusform>
            <numerusform>%n in de laatste vier weken</numerusform>
        </translation>
    </message>
    <message>
        <source>Level expected by now: %1</source>
        <translation>Nu verwacht niveau: %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Find a student, prison or cohort</source>
        <translation>Zoek een stagiair, gevangenis of cohorte</translation>
    </message>
    <message>
        <source>Find in the dashboard</source>
        <translation>Zoeken in het dashboard</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Opleidingscentrum</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Training prison</source>
        <translation>Stagegevangenis</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Alle fasen</translation>
    </message>
    <message>
        <source>&amp;Needs attention only</source>
        <translation>Alleen aandacht &amp;nodig</translation>
    </message>
    <message>
        <source>Show &amp;ended placements</source>
        <translation>&amp;Beëindigde stages tonen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Save these rows as CSV for the academy&apos;s records</source>
        <translation>Deze rijen als CSV opslaan voor het archief van het opleidingscentrum</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Every academy</source>
        <translation>Alle opleidingscentra</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Alle cohortes</translation>
    </message>
    <message>
        <source>Every prison</source>
        <translation>Alle gevangenissen</translation>
    </message>
    <message>
        <source>Every mentor</source>
        <translation>Alle mentoren</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s): %1 to act on now, %2 needing attention</source>
        <translation>
            <numerusform>%n stage: nu handelen bij %1, aandacht nodig bij %2</numerusform>
            <numerusform>%n stages: nu handelen bij %1, aandacht nodig bij %2</numerusform>
        </translation>
    </message>
    <message>
        <source>No placement needs attention now. Untick “Needs attention only” to see every placement.</source>
        <translation>Geen enkele stage vraagt nu aandacht. Vink “Alleen aandacht nodig” uit om alle stages te zien.</translation>
    </message>
    <message>
        <source>No placement matches these filters. Widen or clear them.</source>
        <translation>Geen stage voldoet aan deze filters. Verruim of wis ze.</translation>
    </message>
    <message>
        <source>None of these placements is current. Tick “Show ended placements” to see the ended ones.</source>
        <translation>Geen van deze stages is lopend. Vink “Beëindigde stages tonen” aan om de beëindigde te zien.</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Dashboard exporteren</translation>
    </message>
    <message>
        <source>attention dashboard.csv</source>
        <translation>aandachtsdashboard.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n rij opgeslagen in %1</numerusform>
            <numerusform>%n rijen opgeslagen in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>This database was found damaged, so it is open to read only: nothing can be saved. Restore the newest verified backup (File &gt; Backups) to go on working.</source>
        <translation>Deze database bleek beschadigd en is daarom alleen-lezen geopend: niets kan worden opgeslagen. Zet de nieuwste gecontroleerde back-up terug (Bestand &gt; Back-ups) om verder te werken.</translation>
    </message>
    <message>
        <source>This database is on read-only media: you can read it, make reports and export, but nothing can be saved here. To work in it, copy it with its .keys file to a folder you can write to.</source>
        <translation>Deze database staat op alleen-lezenmedia: u kunt ze lezen, rapporten maken en exporteren, maar hier kan niets worden opgeslagen. Om erin te werken, kopieert u ze met het .keys-bestand naar een map waarin u kunt schrijven.</translation>
    </message>
</context>
<context>
    <name>DisagreeDialog</name>
    <message>
        <source>I disagree</source>
        <translation>Niet akkoord</translation>
    </message>
    <message>
        <source>Say what you disagree with in the feedback of %1 from %2. Your comment is kept with this version of the feedback, so you and your mentor can discuss it.</source>
        <translation>Zeg waarmee u niet akkoord gaat in de feedback van %1 van %2. Uw opmerking wordt bewaard bij deze versie van de feedback, zodat u en uw mentor erover kunnen praten.</translation>
    </message>
    <message>
        <source>&amp;Why you disagree (required)</source>
        <translation>&amp;Waarom u niet akkoord gaat (verplicht)</translation>
    </message>
    <message>
        <source>Why you disagree</source>
        <translation>Waarom u niet akkoord gaat</translation>
    </message>
    <message>
        <source>e.g. I asked him to step back before I searched the cell.</source>
        <translation>bv. Ik vroeg hem achteruit te gaan voordat ik de cel doorzocht.</translation>
    </message>
    <message>
        <source>&amp;Record disagreement</source>
        <translation>&amp;Bezwaar vastleggen</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>Hours logged against the target</source>
        <translation>Gepresteerde uren tegenover het doel</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>%1 phase · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>cohort %1</source>
        <translation>cohorte %1</translation>
    </message>
    <message>
        <source>Mentors: %1</source>
        <translation>Mentoren: %1</translation>
    </message>
    <message>
        <source>No mentor assigned yet</source>
        <translation>Nog geen mentor toegewezen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 h</source>
        <translation>%1 van %2 u</translation>
    </message>
    <message>
        <source>%1 h (no target set)</source>
        <translation>%1 u (geen doel ingesteld)</translation>
    </message>
    <message>
        <source>Dossier of %1</source>
        <translation>Dossier van %1</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
        <source>&amp;Competencies</source>
        <translation>&amp;Competenties</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Leerdoelen</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>&amp;Evaluaties</translation>
    </message>
    <message>
        <source>C&amp;oncerns</source>
        <translation>&amp;Zorgmeldingen</translation>
    </message>
    <message>
        <source>Choose a student on the left to open their dossier. Type in the filter above the list to find someone quickly.</source>
        <translation>Kies links een stagiair om het dossier te openen. Typ in de filter boven de lijst om iemand snel te vinden.</translation>
    </message>
    <message>
        <source>Feedbac&amp;k</source>
        <translation>Feedbac&amp;k</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Unfinished work</source>
        <translation>Onafgewerkt werk</translation>
    </message>
    <message>
        <source>mentorlog kept text you were typing when it last stopped. Open it to carry on, or discard what you no longer need.</source>
        <translation>mentorlog heeft tekst bewaard die u aan het typen was toen het de laatste keer stopte. Open die om verder te werken, of verwijder wat u niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>Unfinished drafts</source>
        <translation>Onafgewerkte concepten</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Amendment of a signed observation</source>
        <translation>Wijziging van een ondertekende observatie</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>%1 for %2, autosaved %3</source>
        <translation>%1 voor %2, automatisch bewaard %3</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Text kept safe (autosaved %1)</source>
        <translation>Tekst veilig bewaard (automatisch bewaard %1)</translation>
    </message>
    <message>
        <source>Not saved: see the problems marked in red.</source>
        <translation>Niet opgeslagen: zie de problemen in het rood.</translation>
    </message>
    <message>
        <source>Not saved yet: someone saved a newer version.</source>
        <translation>Nog niet opgeslagen: iemand heeft een nieuwere versie opgeslagen.</translation>
    </message>
    <message>
        <source>Showing the newer version</source>
        <translation>De nieuwere versie wordt getoond</translation>
    </message>
    <message>
        <source>Not saved: your text is still here.</source>
        <translation>Niet opgeslagen: uw tekst staat er nog.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End %1&apos;s placement</source>
        <translation>Stage van %1 beëindigen</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Laatste dag</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Waarom</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Interrupted (to be resumed later)</source>
        <translation>Onderbroken (later te hervatten)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Stopgezet</translation>
    </message>
    <message>
        <source>Completing the placement signs it off: your signature covers its dates, status, target hours and framework.</source>
        <translation>Door de stage te voltooien, tekent u ze af: uw handtekening dekt de data, status, doeluren en het kader.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export progress reports</source>
        <translation>Voortgangsrapporten exporteren</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wie</translation>
    </message>
    <message>
        <source>&amp;One student</source>
        <translation>Éé&amp;n stagiair</translation>
    </message>
    <message>
        <source>&amp;Several students</source>
        <translation>&amp;Meerdere stagiairs</translation>
    </message>
    <message>
        <source>A whole &amp;cohort, with its summary</source>
        <translation>Een hele &amp;cohorte, met samenvatting</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <source>Students to export</source>
        <translation>Te exporteren stagiairs</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>There are no placements you may report on yet. Once a student has a placement, their progress report can be exported here.</source>
        <translation>Er zijn nog geen stages waarover u mag rapporteren. Zodra een stagiair een stage heeft, kan het voortgangsrapport hier worden geëxporteerd.</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Opslaan in</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>K&amp;iezen…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Op&amp;slaan in:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Voortgang van de export</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Export &amp;annuleren</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>&amp;Bestand openen</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Ma&amp;p openen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Loading students…</source>
        <translation>Stagiairs laden…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n placement(s))</source>
        <translation>
            <numerusform>%1 (%2, %n stage)</numerusform>
            <numerusform>%1 (%2, %n stages)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Rapport opslaan als</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Save the reports in</source>
        <translation>Rapporten opslaan in</translation>
    </message>
    <message>
        <source>Tick at least one student to export.</source>
        <translation>Vink minstens één stagiair aan om te exporteren.</translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation>Kies waar u wilt opslaan.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Voorbeeld voorbereiden…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <source>Stopping after the current report…</source>
        <translation>Stoppen na het huidige rapport…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>%1 schrijven (%2 van %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n report(s) were written whole before it stopped; nothing half-written was left.</source>
        <translation>
            <numerusform>Export geannuleerd: %n rapport werd volledig geschreven voordat het stopte; er bleef niets half geschreven achter.</numerusform>
            <numerusform>Export geannuleerd: %n rapporten werden volledig geschreven voordat het stopte; er bleef niets half geschreven achter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s), %1 in all.</source>
        <translation>
            <numerusform>%n pdf geschreven, %1 in totaal.</numerusform>
            <numerusform>%n pdf&apos;s geschreven, %1 in totaal.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (nothing in the period): %1</source>
        <translation>Weggelaten (niets in de periode): %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend %1&apos;s placement</source>
        <translation>Stage van %1 verlengen</translation>
    </message>
    <message>
        <source>&amp;New end</source>
        <translation>&amp;Nieuw einde</translation>
    </message>
    <message>
        <source>&amp;More target hours</source>
        <translation>&amp;Extra doeluren</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Niet akkoord</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Uw reactie</translation>
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
        <translation>Nieuwe feedback</translation>
    </message>
    <message>
        <source>Answered feedback</source>
        <translation>Beantwoorde feedback</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;New feedback&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nieu&amp;we feedback&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ans&amp;wered&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Beantwoord&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The chosen feedback</source>
        <translation>De gekozen feedback</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Gelezen</translation>
    </message>
    <message>
        <source>You have read this feedback; your mentor sees that you acknowledged it</source>
        <translation>U hebt deze feedback gelezen; uw mentor ziet dat u ze voor gelezen tekende</translation>
    </message>
    <message>
        <source>I &amp;disagree…</source>
        <translation>&amp;Niet akkoord…</translation>
    </message>
    <message>
        <source>Record that you disagree, with a comment saying why</source>
        <translation>Vastleggen dat u niet akkoord gaat, met een opmerking waarom</translation>
    </message>
    <message>
        <source>Ref&amp;lect on this…</source>
        <translation>&amp;Reflecteren hierop…</translation>
    </message>
    <message>
        <source>Write a reflection linked to this feedback</source>
        <translation>Een reflectie schrijven die aan deze feedback gekoppeld is</translation>
    </message>
    <message>
        <source>No new feedback — everything has been acknowledged. New feedback from your mentor appears here first.</source>
        <translation>Geen nieuwe feedback — alles is voor gelezen getekend. Nieuwe feedback van uw mentor verschijnt eerst hier.</translation>
    </message>
    <message>
        <source>Feedback you have acknowledged or disagreed with is kept here.</source>
        <translation>Feedback die u voor gelezen tekende of waarmee u niet akkoord ging, wordt hier bewaard.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message>
        <source>No new feedback — everything has been acknowledged.</source>
        <translation>Geen nieuwe feedback — alles is voor gelezen getekend.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) waiting for your signature</source>
        <translation>
            <numerusform>%n evaluatie wacht op uw handtekening</numerusform>
            <numerusform>%n evaluaties wachten op uw handtekening</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most recent of %2 answers; the timeline and your progress report have them all.</source>
        <translation>De %1 recentste van %2 antwoorden; de tijdlijn en uw voortgangsrapport bevatten ze allemaal.</translation>
    </message>
    <message>
        <source>Choose feedback in a list to read it here.</source>
        <translation>Kies feedback in een lijst om ze hier te lezen.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Van %1</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <source>You acknowledged version %1 on %2.</source>
        <translation>U tekende versie %1 voor gelezen op %2.</translation>
    </message>
    <message>
        <source>You disagreed with version %1 on %2:</source>
        <translation>U ging niet akkoord met versie %1 op %2:</translation>
    </message>
    <message>
        <source>Your mentor corrected this feedback (version %1).</source>
        <translation>Uw mentor heeft deze feedback gecorrigeerd (versie %1).</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Guard missing</source>
        <translation>Beveiliging ontbreekt</translation>
    </message>
    <message>
        <source>Trail broken</source>
        <translation>Keten verbroken</translation>
    </message>
    <message>
        <source>Trail cut short</source>
        <translation>Keten ingekort</translation>
    </message>
    <message>
        <source>Signature fails</source>
        <translation>Handtekening ongeldig</translation>
    </message>
    <message>
        <source>Wrong key</source>
        <translation>Verkeerde sleutel</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Niet ondertekend</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ondertekeningssleutel</translation>
    </message>
    <message>
        <source>Content changed</source>
        <translation>Inhoud gewijzigd</translation>
    </message>
    <message>
        <source>No longer locked</source>
        <translation>Niet meer vergrendeld</translation>
    </message>
    <message>
        <source>Sign-off missing</source>
        <translation>Aftekening ontbreekt</translation>
    </message>
    <message>
        <source>Record missing</source>
        <translation>Record ontbreekt</translation>
    </message>
    <message>
        <source>Not on the trail</source>
        <translation>Niet in de keten</translation>
    </message>
    <message>
        <source>Seal broken</source>
        <translation>Zegel verbroken</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Wat er mis is</translation>
    </message>
</context>
<context>
    <name>FirstPasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Kies uw wachtwoord</translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with the one-time password from your sign-in sheet; choose your own now (at least %2 characters). The one-time password stops working once it is saved.</source>
        <translation>Welkom, %1. U hebt zich aangemeld met het eenmalige wachtwoord van uw aanmeldingsblad; kies nu uw eigen wachtwoord (minstens %2 tekens). Het eenmalige wachtwoord werkt niet meer zodra dit is opgeslagen.</translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation>&amp;Eenmalig wachtwoord</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nieuw wachtwoord</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Nieuw wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to mentorlog</source>
        <translation>Welkom bij mentorlog</translation>
    </message>
    <message>
        <source>This database is empty. Set mentorlog up for your site by creating the first administrator account, or load demo data to look around first.</source>
        <translation>Deze database is leeg. Richt mentorlog in voor uw site door de eerste beheerdersaccount aan te maken, of laad demogegevens om eerst rond te kijken.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>&amp;Language of this site:</source>
        <translation>&amp;Taal van deze site:</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>De eerste beheerder aanmaken</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Familienaam</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Het wachtwoord moet minstens 8 tekens hebben.</translation>
    </message>
    <message>
        <source>&amp;Create administrator and sign in</source>
        <translation>Beheerder &amp;aanmaken en aanmelden</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Look around with demo data</source>
        <translation>Rondkijken met demogegevens</translation>
    </message>
    <message numerus="yes">
        <source>Loads a made-up academy with training prisons in Belgium, Finland, Norway and Estonia, %n students and their observations, reflections, goals, reviews and concerns. Afterwards sign in as admin, coordinator, mentor or student, each with the password demo.</source>
        <translation>
            <numerusform>Laadt een fictief opleidingscentrum met stagegevangenissen in België, Finland, Noorwegen en Estland, %n stagiair en diens observaties, reflecties, leerdoelen, evaluaties en zorgmeldingen. Meld u daarna aan als admin, coordinator, mentor of student, telkens met het wachtwoord demo.</numerusform>
            <numerusform>Laadt een fictief opleidingscentrum met stagegevangenissen in België, Finland, Noorwegen en Estland, %n stagiairs en hun observaties, reflecties, leerdoelen, evaluaties en zorgmeldingen. Meld u daarna aan als admin, coordinator, mentor of student, telkens met het wachtwoord demo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>Demogegevens &amp;laden</translation>
    </message>
    <message>
        <source>Demo data progress</source>
        <translation>Voortgang demogegevens</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Demogegevens laden…</translation>
    </message>
</context>
<context>
    <name>FrameworksDialog</name>
    <message>
        <source>Frameworks</source>
        <translation>Competentiekaders</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importeren…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>No framework yet. Press “Import” to add the academy&apos;s own (JSON or XLSX).</source>
        <translation>Nog geen kader. Klik op “Importeren” om het eigen kader van het opleidingscentrum toe te voegen (JSON of XLSX).</translation>
    </message>
    <message>
        <source>The framework to import</source>
        <translation>Het te importeren kader</translation>
    </message>
    <message>
        <source>Frameworks (*.json *.xlsx);;All files (*)</source>
        <translation>Kaders (*.json *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>%1, version %2, is now in force (%3 competencies, scale %4).</source>
        <translation>%1, versie %2, is nu van kracht (%3 competenties, schaal %4).</translation>
    </message>
    <message>
        <source>Export the framework</source>
        <translation>Kader exporteren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel-werkmap (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Geschreven naar %1.</translation>
    </message>
</context>
<context>
    <name>FrameworksModel</name>
    <message>
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Van kracht</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>e.g. Start conversations on the landing unprompted</source>
        <translation>bv. Uit zichzelf gesprekken beginnen op de gang</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <source>What the student will do, with what support, and how progress will show.</source>
        <translation>Wat de stagiair zal doen, met welke ondersteuning, en hoe de vooruitgang zichtbaar wordt.</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>Leerdoel op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Leerdoel</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatus</translation>
    </message>
    <message>
        <source>&amp;Develops</source>
        <translation>&amp;Ontwikkelt</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>&amp;Actieplan</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Voortgangsnotities</translation>
    </message>
    <message>
        <source>What has happened towards this goal?</source>
        <translation>Wat is er gebeurd voor dit leerdoel?</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>&amp;Notitie toevoegen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Voortgangsnotities&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nieuw leerdoel</translation>
    </message>
    <message>
        <source>No competency named</source>
        <translation>Geen competentie genoemd</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Geschrapt</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (te laat)</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>&amp;New goal</source>
        <translation>&amp;Nieuw leerdoel</translation>
    </message>
    <message numerus="yes">
        <source>%n open · %1 overdue</source>
        <translation>
            <numerusform>%n open · %1 te laat</numerusform>
            <numerusform>%n open · %1 te laat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message>
        <source>No goals yet. Goals you agree with your mentor appear here, and you can note your progress on each.</source>
        <translation>Nog geen leerdoelen. Leerdoelen die u met uw mentor afspreekt, verschijnen hier, en u kunt bij elk uw vooruitgang noteren.</translation>
    </message>
    <message>
        <source>No goals have been set for this placement yet.</source>
        <translation>Voor deze stage zijn nog geen leerdoelen bepaald.</translation>
    </message>
    <message>
        <source>No goals yet. Press “New goal” to agree the first one: what to work on, the action plan, and by when.</source>
        <translation>Nog geen leerdoelen. Klik op “Nieuw leerdoel” om het eerste af te spreken: waaraan gewerkt wordt, het actieplan, en tegen wanneer.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Delete the goal “%1”?</source>
        <translation>Het leerdoel “%1” verwijderen?</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Leerdoel verwijderd</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>mentorlog help</source>
        <translation>Hulp bij mentorlog</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Afmelden</translation>
    </message>
    <message>
        <source>Sign %1 out?</source>
        <translation>%1 afmelden?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New prisons, units and cohorts (%1):</source>
        <translation>Nieuwe gevangenissen, afdelingen en cohortes (%1):</translation>
    </message>
    <message>
        <source>Would make (%1):</source>
        <translation>Zou aanmaken (%1):</translation>
    </message>
    <message>
        <source>Made (%1):</source>
        <translation>Aangemaakt (%1):</translation>
    </message>
    <message>
        <source>Would change (%1):</source>
        <translation>Zou wijzigen (%1):</translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation>Gewijzigd (%1):</translation>
    </message>
    <message>
        <source>Left alone (%1):</source>
        <translation>Ongemoeid gelaten (%1):</translation>
    </message>
    <message>
        <source>The file holds nothing new.</source>
        <translation>Het bestand bevat niets nieuws.</translation>
    </message>
    <message>
        <source>Import people or placements</source>
        <translation>Personen of stages importeren</translation>
    </message>
    <message>
        <source>People (given_name, family_name, username, roles, email)</source>
        <translation>Personen (given_name, family_name, username, roles, email)</translation>
    </message>
    <message>
        <source>Placements (student, cohort, prison, unit, mentor, start, end, target_hours)</source>
        <translation>Stages (student, cohort, prison, unit, mentor, start, end, target_hours)</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>Een .csv- of .xlsx-bestand</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Where the new accounts&apos; one-time passwords go</source>
        <translation>Waar de eenmalige wachtwoorden van de nieuwe accounts terechtkomen</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ki&amp;ezen…</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Wat</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet</source>
        <translation>&amp;Aanmeldingsblad</translation>
    </message>
    <message>
        <source>CSV as Excel saves it (UTF-8, &apos;;&apos; or &apos;,&apos;), or an Excel workbook. “Check” shows what the file would do and writes nothing; a file with any bad row is not imported. The sign-in sheet (PDF or CSV) is written once and kept nowhere else.</source>
        <translation>CSV zoals Excel het opslaat (UTF-8, &apos;;&apos; of &apos;,&apos;), of een Excel-werkmap. “Controleren” toont wat het bestand zou doen en schrijft niets; een bestand met een foute rij wordt niet geïmporteerd. Het aanmeldingsblad (PDF of CSV) wordt één keer geschreven en nergens anders bewaard.</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Wat de import zou doen</translation>
    </message>
    <message>
        <source>Choose a file and press Check.</source>
        <translation>Kies een bestand en klik op Controleren.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Het te importeren bestand</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Where the sign-in sheet goes</source>
        <translation>Waar het aanmeldingsblad terechtkomt</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Kies eerst het te importeren bestand.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 controleren…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importeren…</translation>
    </message>
    <message>
        <source>Choose where the sign-in sheet goes: it holds the new accounts&apos; one-time passwords, and mentorlog keeps no copy.</source>
        <translation>Kies waar het aanmeldingsblad terechtkomt: het bevat de eenmalige wachtwoorden van de nieuwe accounts, en mentorlog bewaart geen kopie.</translation>
    </message>
    <message>
        <source>Nothing was written yet.</source>
        <translation>Er is nog niets geschreven.</translation>
    </message>
    <message>
        <source>The sign-in sheet is in %1: hand each person their line; each must choose their own password at the first sign-in.</source>
        <translation>Het aanmeldingsblad staat in %1: geef iedereen zijn eigen regel; elk moet bij de eerste aanmelding een eigen wachtwoord kiezen.</translation>
    </message>
    <message>
        <source>Nothing was imported: mend the file and check it again.</source>
        <translation>Er is niets geïmporteerd: verbeter het bestand en controleer het opnieuw.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n dag geleden</numerusform>
            <numerusform>%n dagen geleden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>&amp;Your language</source>
        <translation>&amp;Uw taal</translation>
    </message>
    <message>
        <source>mentorlog speaks this language to you on every workstation. The change takes effect at once: the main window is built again in it. An editor you have open stays as it is, with what you typed, until you close it.</source>
        <translation>mentorlog spreekt deze taal tegen u op elk werkstation. De wijziging geldt meteen: het hoofdvenster wordt opnieuw opgebouwd in die taal. Een bewerkingsvenster dat u open hebt, blijft zoals het is, met wat u typte, tot u het sluit.</translation>
    </message>
    <message>
        <source>&amp;Site default</source>
        <translation>&amp;Standaard van de site</translation>
    </message>
    <message>
        <source>Everyone who has not chosen a language works in the site&apos;s default, and the sign-in screen shows in it.</source>
        <translation>Wie geen taal gekozen heeft, werkt in de standaardtaal van de site, en het aanmeldscherm wordt erin getoond.</translation>
    </message>
    <message>
        <source>The site&apos;s default (%1)</source>
        <translation>Standaard van de site (%1)</translation>
    </message>
</context>
<context>
    <name>ListDetailTab</name>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Choose a student on the left to see this part of their file.</source>
        <translation>Kies links een stagiair om dit deel van het dossier te zien.</translation>
    </message>
    <message>
        <source>Choose one in the list to see it here.</source>
        <translation>Kies er een in de lijst om het hier te zien.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your password</source>
        <translation>Uw wachtwoord</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Someone else at this workstation? Sign this person out; whatever they were writing stays saved as a draft for them.</source>
        <translation>Iemand anders aan dit werkstation? Meld deze persoon af; wat hij of zij aan het schrijven was, blijft als concept bewaard.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Afmelden</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Vergrendeld — %1</translation>
    </message>
    <message>
        <source>This window locked itself to keep its records private. Enter your password to carry on where you left off: nothing you were writing is lost.</source>
        <translation>Dit venster is zichzelf gaan vergrendelen om de records vertrouwelijk te houden. Voer uw wachtwoord in om verder te gaan waar u gebleven was: niets wat u schreef, gaat verloren.</translation>
    </message>
    <message>
        <source>This window is locked to keep its records private. Enter your password to carry on where you left off: nothing you were writing is lost.</source>
        <translation>Dit venster is vergrendeld om de records vertrouwelijk te houden. Voer uw wachtwoord in om verder te gaan waar u gebleven was: niets wat u schreef, gaat verloren.</translation>
    </message>
    <message>
        <source>Enter your password to unlock.</source>
        <translation>Voer uw wachtwoord in om te ontgrendelen.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
</context>
<context>
    <name>MainViews</name>
    <message>
        <source>&amp;Attention</source>
        <translation>&amp;Aandacht</translation>
    </message>
    <message>
        <source>&amp;My students</source>
        <translation>&amp;Mijn stagiairs</translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation>&amp;Kalibratie</translation>
    </message>
    <message>
        <source>&amp;Placements</source>
        <translation>Sta&amp;ges</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New &amp;observation…</source>
        <translation>Nieuwe &amp;observatie…</translation>
    </message>
    <message>
        <source>New &amp;reflection…</source>
        <translation>Nieuwe &amp;reflectie…</translation>
    </message>
    <message>
        <source>&amp;Export reports…</source>
        <translation>Rapporten &amp;exporteren…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Taal…</translation>
    </message>
    <message>
        <source>Choose the language mentorlog speaks to you</source>
        <translation>Kies de taal waarin mentorlog tegen u spreekt</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Afmelden</translation>
    </message>
    <message>
        <source>Sign out or switch user; the app stays open</source>
        <translation>Afmelden of van gebruiker wisselen; de app blijft open</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>Lock the window now; your password unlocks it</source>
        <translation>Het venster nu vergrendelen; uw wachtwoord ontgrendelt het</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>&amp;Find in timeline</source>
        <translation>&amp;Zoeken in tijdlijn</translation>
    </message>
    <message>
        <source>Find &amp;student</source>
        <translation>&amp;Stagiair zoeken</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Tijdlijn</translation>
    </message>
    <message>
        <source>&amp;Competencies</source>
        <translation>&amp;Competenties</translation>
    </message>
    <message>
        <source>Attention &amp;dashboard</source>
        <translation>Aandachts&amp;dashboard</translation>
    </message>
    <message>
        <source>Mentor c&amp;alibration</source>
        <translation>Mentor&amp;kalibratie</translation>
    </message>
    <message>
        <source>&amp;Placements and dossier</source>
        <translation>Sta&amp;ges en dossier</translation>
    </message>
    <message>
        <source>&amp;About mentorlog</source>
        <translation>&amp;Over mentorlog</translation>
    </message>
    <message>
        <source>&amp;Guide for your role</source>
        <translation>&amp;Gids voor uw rol</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>&amp;People and accounts…</source>
        <translation>&amp;Personen en accounts…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Logboek…</translation>
    </message>
    <message>
        <source>&amp;Site settings…</source>
        <translation>&amp;Site-instellingen…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>Beh&amp;eer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Aangemeld als %1 (%2)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Gegevens: %1</translation>
    </message>
    <message>
        <source>Where mentorlog keeps this data</source>
        <translation>Waar mentorlog deze gegevens bewaart</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>About mentorlog</source>
        <translation>Over mentorlog</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mentorlog %1&lt;/h3&gt;&lt;p&gt;Mentored on-the-job training of prison officers: observations, competency ratings, reflections, goals, reviews and progress reports.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mentorlog %1&lt;/h3&gt;&lt;p&gt;Begeleide opleiding op de werkvloer van penitentiair beambten: observaties, competentiebeoordelingen, reflecties, leerdoelen, evaluaties en voortgangsrapporten.&lt;/p&gt;&lt;p&gt;Gegevens: %2&lt;/p&gt;&lt;p&gt;MIT-licentie.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManageDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move %1 to another prison</source>
        <translation>%1 naar een andere gevangenis verplaatsen</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Naar</translation>
    </message>
    <message>
        <source>&amp;Lead mentor there</source>
        <translation>&amp;Hoofdmentor daar</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Vanaf</translation>
    </message>
</context>
<context>
    <name>NarrativeFrame</name>
    <message>
        <source>&amp;What did you observe?</source>
        <translation>&amp;Wat hebt u geobserveerd?</translation>
    </message>
    <message>
        <source>What happened on the shift, what the student did and said, and how prisoners and colleagues responded.</source>
        <translation>Wat er tijdens de dienst gebeurde, wat de stagiair deed en zei, en hoe gedetineerden en collega&apos;s reageerden.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Private mentor note: only you will see this. It is never shown to the student or other mentors, nor printed in reports.</source>
        <translation>Privénotitie van de mentor: alleen u ziet dit. Het wordt nooit getoond aan de stagiair of andere mentoren, en nooit afgedrukt in rapporten.</translation>
    </message>
    <message>
        <source>Shared: the student reads this once it is published.</source>
        <translation>Gedeeld: de stagiair leest dit zodra het gedeeld is.</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Dis&amp;cussed with the student</source>
        <translation>Be&amp;sproken met de stagiair</translation>
    </message>
    <message>
        <source>Sh&amp;ared with the student</source>
        <translation>&amp;Gedeeld met de stagiair</translation>
    </message>
    <message>
        <source>Pri&amp;vate mentor note (only you)</source>
        <translation>Pri&amp;vénotitie van de mentor (alleen u)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Concept opslaan</translation>
    </message>
    <message>
        <source>Keep it unpublished (Ctrl+S)</source>
        <translation>Niet delen (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Delen</translation>
    </message>
    <message>
        <source>Check and publish (Ctrl+Enter)</source>
        <translation>Controleren en delen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Restored the amendment you were typing (autosaved %1). Save the amendment to keep it; close and discard to leave the signed version as it is.</source>
        <translation>De wijziging die u aan het typen was, is hersteld (automatisch bewaard %1). Sla de wijziging op om ze te behouden; sluit en verwijder om de ondertekende versie te laten zoals ze is.</translation>
    </message>
    <message>
        <source>Restored the text you were typing (autosaved %1). Save or publish to keep it; close and discard to go back to the saved version.</source>
        <translation>De tekst die u aan het typen was, is hersteld (automatisch bewaard %1). Sla op of deel om ze te behouden; sluit en verwijder om terug te gaan naar de opgeslagen versie.</translation>
    </message>
    <message>
        <source>Changes you typed for it are kept: Amend… to carry on with them.</source>
        <translation>Wijzigingen die u ervoor typte, zijn bewaard: Wijzigen… om ermee verder te gaan.</translation>
    </message>
    <message>
        <source>Save a&amp;mendment</source>
        <translation>W&amp;ijziging opslaan</translation>
    </message>
    <message>
        <source>Save the correction as a new, signed version (Ctrl+Enter)</source>
        <translation>De correctie opslaan als een nieuwe, ondertekende versie (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Nieuwe observatie</translation>
    </message>
    <message>
        <source>Draft observation</source>
        <translation>Conceptobservatie</translation>
    </message>
    <message>
        <source>Published observation</source>
        <translation>Gedeelde observatie</translation>
    </message>
    <message>
        <source>Amending signed observation (version %1)</source>
        <translation>Ondertekende observatie wijzigen (versie %1)</translation>
    </message>
    <message>
        <source>Signed observation</source>
        <translation>Ondertekende observatie</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>&amp;Notitie opslaan</translation>
    </message>
    <message>
        <source>Save the private note; only you will read it (Ctrl+Enter)</source>
        <translation>De privénotitie opslaan; alleen u leest ze (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Publish changes</source>
        <translation>Wijzigingen &amp;delen</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Concept opgeslagen</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Notitie opgeslagen</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Wijziging opslaan</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notitie opslaan</translation>
    </message>
    <message>
        <source>Publish changes</source>
        <translation>Wijzigingen delen</translation>
    </message>
    <message>
        <source>Amendment saved</source>
        <translation>Wijziging opgeslagen</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Competency table</source>
        <translation>Competentietabel</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Beoordelingen in de tijd</translation>
    </message>
    <message>
        <source>Goals and action plans</source>
        <translation>Leerdoelen en actieplannen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Causes for concern</source>
        <translation>Zorgmeldingen</translation>
    </message>
    <message>
        <source>Shared observations</source>
        <translation>Gedeelde observaties</translation>
    </message>
    <message>
        <source>Shared reflections</source>
        <translation>Gedeelde reflecties</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Aftekening</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>&amp;Whole placement</source>
        <translation>&amp;Hele stage</translation>
    </message>
    <message>
        <source>&amp;Between %1 and %2</source>
        <translation>&amp;Tussen %1 en %2</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Rapport&amp;taal:</translation>
    </message>
    <message>
        <source>Tick at least one section to include.</source>
        <translation>Vink minstens één onderdeel aan.</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>De periode begint na het einde.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nieuw wachtwoord voor %1</translation>
    </message>
    <message>
        <source>%1 signs in with this password from now on; tell it to them in private. It needs at least %2 characters.</source>
        <translation>%1 meldt zich vanaf nu aan met dit wachtwoord; deel het persoonlijk mee. Het moet minstens %2 tekens hebben.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nieuw &amp;wachtwoord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Search names and usernames…</source>
        <translation>Zoek namen en gebruikersnamen…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Personen zoeken</translation>
    </message>
    <message>
        <source>Show only people with this role</source>
        <translation>Alleen personen met deze rol tonen</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>Show &amp;deactivated</source>
        <translation>&amp;Gedeactiveerden tonen</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <source>People, by family name</source>
        <translation>Personen, op familienaam</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>Persoon toe&amp;voegen…</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>&amp;Rol geven</translation>
    </message>
    <message>
        <source>&amp;Remove role</source>
        <translation>Rol &amp;afnemen</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Nieuw &amp;wachtwoord…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Deac&amp;tiveren</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Taa&amp;l</translation>
    </message>
    <message>
        <source>The language mentorlog speaks to this person, from their next sign-in</source>
        <translation>De taal waarin mentorlog tegen deze persoon spreekt, vanaf de volgende aanmelding</translation>
    </message>
    <message>
        <source>The site&apos;s default</source>
        <translation>Standaard van de site</translation>
    </message>
    <message>
        <source>Nobody matches. Clear the search, choose “Everyone”, or show deactivated.</source>
        <translation>Niemand gevonden. Wis de zoekopdracht, kies “Iedereen”, of toon gedeactiveerden.</translation>
    </message>
    <message>
        <source>Nobody has been added yet. Press “Add person” to add the first.</source>
        <translation>Er is nog niemand toegevoegd. Klik op “Persoon toevoegen” om de eerste toe te voegen.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Reac&amp;tiveren</translation>
    </message>
    <message>
        <source>Only an administrator may change this.</source>
        <translation>Alleen een beheerder mag dit wijzigen.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 is toegevoegd.</translation>
    </message>
    <message>
        <source>%1 is now also a mentor.</source>
        <translation>%1 is nu ook mentor.</translation>
    </message>
    <message>
        <source>%1 is now also a student.</source>
        <translation>%1 is nu ook stagiair.</translation>
    </message>
    <message>
        <source>%1 is now also a coordinator.</source>
        <translation>%1 is nu ook coördinator.</translation>
    </message>
    <message>
        <source>%1 is now also an administrator.</source>
        <translation>%1 is nu ook beheerder.</translation>
    </message>
    <message>
        <source>%1 is no longer a mentor.</source>
        <translation>%1 is geen mentor meer.</translation>
    </message>
    <message>
        <source>%1 is no longer a student.</source>
        <translation>%1 is geen stagiair meer.</translation>
    </message>
    <message>
        <source>%1 is no longer a coordinator.</source>
        <translation>%1 is geen coördinator meer.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator.</source>
        <translation>%1 is geen beheerder meer.</translation>
    </message>
    <message>
        <source>%1 now works in the site&apos;s default language.</source>
        <translation>%1 werkt nu in de standaardtaal van de site.</translation>
    </message>
    <message>
        <source>%1 now works in %2.</source>
        <translation>De taal van %1 is nu %2.</translation>
    </message>
    <message>
        <source>%1 has a new password; their account is unlocked.</source>
        <translation>%1 heeft een nieuw wachtwoord; de account is ontgrendeld.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 kan zich weer aanmelden.</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>%1 deactiveren?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their records stay as they are, and you can reactivate them later (with a new password).</source>
        <translation>%1 zal zich niet meer kunnen aanmelden. De records blijven zoals ze zijn, en u kunt de account later opnieuw activeren (met een nieuw wachtwoord).</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 is gedeactiveerd.</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>%1 is opnieuw geactiveerd.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Gedeactiveerd</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Vergrendeld na mislukte aanmeldingen</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Kan zich niet aanmelden</translation>
    </message>
    <message>
        <source>%1 failed sign-ins</source>
        <translation>%1 mislukte aanmeldingen</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Kan zich aanmelden</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Geen rol</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Add a person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Voornaam</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Familienaam</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Wachtwoord &amp;herhalen</translation>
    </message>
    <message>
        <source>Leave username and password empty for someone who will not sign in. A password needs at least %1 characters; tell it to the person in private.</source>
        <translation>Laat gebruikersnaam en wachtwoord leeg voor iemand die zich niet zal aanmelden. Een wachtwoord moet minstens %1 tekens hebben; deel het de persoon persoonlijk mee.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>De twee wachtwoorden verschillen.</translation>
    </message>
    <message>
        <source>Give the person at least one role.</source>
        <translation>Geef de persoon minstens één rol.</translation>
    </message>
</context>
<context>
    <name>PlacementEditor</name>
    <message>
        <source>Edit the placement</source>
        <translation>Stage bewerken</translation>
    </message>
    <message>
        <source>Add a placement</source>
        <translation>Stage toevoegen</translation>
    </message>
    <message>
        <source>S&amp;tudent</source>
        <translation>S&amp;tagiair</translation>
    </message>
    <message>
        <source>&amp;Prison</source>
        <translation>&amp;Gevangenis</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Afdeling</translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation>&amp;Cohorte</translation>
    </message>
    <message>
        <source>&amp;Lead mentor</source>
        <translation>&amp;Hoofdmentor</translation>
    </message>
    <message>
        <source>C&amp;o-mentors</source>
        <translation>C&amp;o-mentoren</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Begint</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Eindigt</translation>
    </message>
    <message>
        <source>Ear&amp;ly phase from</source>
        <translation>Begin&amp;fase vanaf</translation>
    </message>
    <message>
        <source>&amp;Mid-point phase from</source>
        <translation>&amp;Tussenfase vanaf</translation>
    </message>
    <message>
        <source>&amp;Final phase from</source>
        <translation>&amp;Eindfase vanaf</translation>
    </message>
    <message>
        <source>&amp;Target hours</source>
        <translation>&amp;Doeluren</translation>
    </message>
    <message>
        <source>Fra&amp;mework</source>
        <translation>Ka&amp;der</translation>
    </message>
    <message>
        <source>No cohort</source>
        <translation>Geen cohorte</translation>
    </message>
    <message>
        <source>The cohort&apos;s, or the one in force</source>
        <translation>Dat van de cohorte, of het geldende kader</translation>
    </message>
    <message>
        <source>There are no students yet: add or import them first.</source>
        <translation>Er zijn nog geen stagiairs: voeg ze eerst toe of importeer ze.</translation>
    </message>
    <message>
        <source>There are no mentors yet: add or import them first.</source>
        <translation>Er zijn nog geen mentoren: voeg ze eerst toe of importeer ze.</translation>
    </message>
    <message>
        <source>There are no training prisons yet: add them first.</source>
        <translation>Er zijn nog geen stagegevangenissen: voeg ze eerst toe.</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Geen afdeling</translation>
    </message>
</context>
<context>
    <name>PlacementsDialog</name>
    <message>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Placements of %1</source>
        <translation>Stages van %1</translation>
    </message>
    <message>
        <source>Student, prison, unit or cohort…</source>
        <translation>Stagiair, gevangenis, afdeling of cohorte…</translation>
    </message>
    <message>
        <source>&amp;Add placement…</source>
        <translation>Stage &amp;toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>Change &amp;mentor…</source>
        <translation>&amp;Mentor wijzigen…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Verlengen…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>Beë&amp;indigen…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>Ver&amp;plaatsen…</translation>
    </message>
    <message>
        <source>No placement matches. Clear the search to see them all.</source>
        <translation>Geen stage gevonden. Wis de zoekopdracht om ze allemaal te zien.</translation>
    </message>
    <message>
        <source>No placements yet. Import them from the academy&apos;s spreadsheet (Site › Import people or placements), or press “Add placement” to place one student.</source>
        <translation>Nog geen stages. Importeer ze uit de spreadsheet van het opleidingscentrum (Site › Personen of stages importeren), of klik op “Stage toevoegen” om één stagiair te plaatsen.</translation>
    </message>
    <message>
        <source>%1 is placed.</source>
        <translation>%1 is geplaatst.</translation>
    </message>
    <message>
        <source>%1&apos;s placement is saved.</source>
        <translation>De stage van %1 is opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PlacementsModel</name>
    <message>
        <source>Student</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Last obs.</source>
        <translation>Laatste obs.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Zorgmeldingen</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Onbeantwoord</translation>
    </message>
    <message>
        <source>Days since the last observation shared with the student</source>
        <translation>Dagen sinds de laatste observatie die met de stagiair gedeeld werd</translation>
    </message>
    <message>
        <source>Causes for concern open or escalated</source>
        <translation>Open of geëscaleerde zorgmeldingen</translation>
    </message>
    <message>
        <source>Shared feedback the student has not yet acknowledged or answered</source>
        <translation>Gedeelde feedback die de stagiair nog niet voor gelezen tekende of beantwoordde</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>beëindigd</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>onderbroken</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>stopgezet</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
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
        <translation>%1, %2: %3, %4 – %5</translation>
    </message>
    <message>
        <source>Placement ended %1</source>
        <translation>Stage beëindigd %1</translation>
    </message>
    <message>
        <source>Placement ended %1; last observation %2</source>
        <translation>Stage beëindigd %1; laatste observatie %2</translation>
    </message>
    <message>
        <source>Not observed yet</source>
        <translation>Nog niet geobserveerd</translation>
    </message>
    <message>
        <source>Last observation %1 (%2)</source>
        <translation>Laatste observatie %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) for concern open or escalated</source>
        <translation>
            <numerusform>%n open of geëscaleerde zorgmelding</numerusform>
            <numerusform>%n open of geëscaleerde zorgmeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared observation(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n gedeelde observatie nog niet voor gelezen getekend</numerusform>
            <numerusform>%n gedeelde observaties nog niet voor gelezen getekend</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2
%3 – %4, %5</source>
        <translation>%1
%2
%3 – %4, %5</translation>
    </message>
    <message>
        <source>%1, %2 phase</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Prison, unit</source>
        <translation>Gevangenis, afdeling</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation>Hoofdmentor</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
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
        <translation>Filteren op stagiair, gevangenis of cohorte</translation>
    </message>
    <message>
        <source>Filter placements</source>
        <translation>Stages filteren</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>No placement matches “%1”. Check the spelling, or clear the filter.</source>
        <translation>Geen stage gevonden voor “%1”. Controleer de spelling of wis de filter.</translation>
    </message>
    <message>
        <source>As an administrator you look after the site, not placements. Set up the academy and its prisons in Site › Academy and prisons (Site › Set-up guide leads through it all); add people and give them their roles in Administration › People and accounts.</source>
        <translation>Als beheerder zorgt u voor de site, niet voor stages. Richt het opleidingscentrum en de gevangenissen in via Site › Opleidingscentrum en gevangenissen (Site › Installatiegids leidt u door alles); voeg personen toe en geef ze hun rollen via Beheer › Personen en accounts.</translation>
    </message>
    <message>
        <source>No placements yet. Import the academy&apos;s people and placements in Site › Import people or placements, or add one in Site › Placements; Site › Set-up guide leads through it step by step.</source>
        <translation>Nog geen stages. Importeer de personen en stages van het opleidingscentrum via Site › Personen of stages importeren, of voeg er een toe via Site › Stages; Site › Installatiegids leidt u er stap voor stap door.</translation>
    </message>
    <message>
        <source>You have no placements to show yet. A coordinator adds students, their placements and mentors; they appear here as soon as you are a mentor or student of one.</source>
        <translation>U hebt nog geen stages om te tonen. Een coördinator voegt stagiairs, hun stages en mentoren toe; ze verschijnen hier zodra u mentor of stagiair van een stage bent.</translation>
    </message>
</context>
<context>
    <name>PrisonForm</name>
    <message>
        <source>Rename the prison</source>
        <translation>Gevangenis hernoemen</translation>
    </message>
    <message>
        <source>Add a prison</source>
        <translation>Gevangenis toevoegen</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation>&amp;Landcode</translation>
    </message>
    <message>
        <source>EE, NO, FI, BE …</source>
        <translation>EE, NO, FI, BE …</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Stad</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Afdelingen</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Optioneel, gescheiden door komma&apos;s</translation>
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
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Sluiten zonder opslaan</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Details tonen...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Details verbergen...</translation>
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
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles opslaan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja op &amp;alles</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nee</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ee op alles</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Afbreken</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerpen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Toepassen</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Herstellen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Standaardwaarden herstellen</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Herhalen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>K&amp;nippen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;Linklocatie kopiëren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>RatersModel</name>
    <message>
        <source>Prison</source>
        <translation>Gevangenis</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Stagiairs</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <source>Distribution (theirs above, everyone else&apos;s below)</source>
        <translation>Verdeling (eigen boven, die van alle anderen onder)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <source>Others&apos; mean</source>
        <translation>Gemiddelde anderen</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>Everyone else&apos;s mean in the same competencies and phases</source>
        <translation>Het gemiddelde van alle anderen in dezelfde competenties en fasen</translation>
    </message>
    <message>
        <source>How far this mentor&apos;s ratings sit from their peers&apos;, apart from their students&apos; own level; a prison&apos;s, from the other prisons&apos;</source>
        <translation>Hoe ver de beoordelingen van deze mentor afwijken van die van collega&apos;s, los van het eigen niveau van hun stagiairs; bij een gevangenis: van die van de andere gevangenissen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rating(s) (%2 from the lowest level up)</source>
        <translation>
            <numerusform>%1: %n beoordeling (%2 vanaf het laagste niveau)</numerusform>
            <numerusform>%1: %n beoordelingen (%2 vanaf het laagste niveau)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rates higher than peers: a conversation about the scale?</source>
        <translation>Beoordeelt hoger dan collega&apos;s: een gesprek over de schaal?</translation>
    </message>
    <message>
        <source>Rates lower than peers: a conversation about the scale?</source>
        <translation>Beoordeelt lager dan collega&apos;s: een gesprek over de schaal?</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>Rating of %1</source>
        <translation>Beoordeling van %1</translation>
    </message>
    <message>
        <source>Remove this competency</source>
        <translation>Deze competentie verwijderen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 verwijderen</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Niveau %1: %2</translation>
    </message>
    <message>
        <source>Choose a level: press 0 for not observed, %1–%2 to rate.</source>
        <translation>Kies een niveau: druk 0 voor niet geobserveerd, %1–%2 om te beoordelen.</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Opmerking bij %1</translation>
    </message>
    <message>
        <source>Not responding to training</source>
        <translation>Reageert niet op opleiding</translation>
    </message>
    <message>
        <source>NRT: the student has not improved here despite repeated training.</source>
        <translation>RNO: de stagiair is hier niet vooruitgegaan ondanks herhaalde opleiding.</translation>
    </message>
    <message>
        <source>Comment required: level %1 (“%2”) needs a note of what you saw.</source>
        <translation>Opmerking verplicht: niveau %1 (“%2”) vraagt een notitie over wat u zag.</translation>
    </message>
    <message>
        <source>What did the student do?</source>
        <translation>Wat deed de stagiair?</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Opmerking (optioneel)</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <source>No competency chosen yet. Tick the competencies this shift showed in the list on the left (type to find one), then rate each: 1–5, or 0 for not observed.</source>
        <translation>Nog geen competentie gekozen. Vink in de lijst links de competenties aan die deze dienst toonde (typ om er een te vinden), en beoordeel ze elk: 1–5, of 0 voor niet geobserveerd.</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation>&amp;Reden voor de wijziging:</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Reden voor de wijziging</translation>
    </message>
    <message>
        <source>What was wrong or missing in the signed version (required)</source>
        <translation>Wat er fout was of ontbrak in de ondertekende versie (verplicht)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Uw herstelsleutel</translation>
    </message>
    <message>
        <source>The database&apos;s recovery key is still waiting to be written down, and it cannot be shown again.</source>
        <translation>De herstelsleutel van de database moet nog genoteerd worden, en kan niet opnieuw getoond worden.</translation>
    </message>
    <message>
        <source>mentorlog encrypts this database. If every administrator&apos;s password were lost, this recovery key is the only way to open it. Print it or write it down now and keep it in a safe: it is shown only this once and is not stored anywhere.</source>
        <translation>mentorlog versleutelt deze database. Als het wachtwoord van elke beheerder verloren zou gaan, is deze herstelsleutel de enige manier om ze te openen. Druk ze nu af of schrijf ze op en bewaar ze in een kluis: ze wordt maar deze ene keer getoond en nergens opgeslagen.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Herstelsleutel</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Ik heb de herstelsleutel &amp;opgeschreven of afgedrukt</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>A few words to find it again (optional)</source>
        <translation>Enkele woorden om ze terug te vinden (optioneel)</translation>
    </message>
    <message>
        <source>— not about one observation —</source>
        <translation>— niet over één observatie —</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Sjabloon</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itel</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Betreft</translation>
    </message>
    <message>
        <source>Pri&amp;vate (only you)</source>
        <translation>Pri&amp;vé (alleen u)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Save the reflection (Ctrl+S)</source>
        <translation>De reflectie opslaan (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sh&amp;ared with my mentors</source>
        <translation>&amp;Gedeeld met mijn mentoren</translation>
    </message>
    <message>
        <source>Sh&amp;ared with the student</source>
        <translation>&amp;Gedeeld met de stagiair</translation>
    </message>
    <message>
        <source>Restored the text you were typing (autosaved %1).</source>
        <translation>De tekst die u aan het typen was, is hersteld (automatisch bewaard %1).</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Nieuwe reflectie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Delete this reflection?</source>
        <translation>Deze reflectie verwijderen?</translation>
    </message>
    <message>
        <source>Reflection deleted</source>
        <translation>Reflectie verwijderd</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Preview: %1</source>
        <translation>Voorbeeld: %1</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Rapportpagina&apos;s</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is saved until you export.</source>
        <translation>
            <numerusform>%n pagina. Er wordt niets opgeslagen tot u exporteert.</numerusform>
            <numerusform>%n pagina&apos;s. Er wordt niets opgeslagen tot u exporteert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>How the student is doing overall, in a few lines.</source>
        <translation>Hoe het de stagiair in het algemeen vergaat, in enkele regels.</translation>
    </message>
    <message>
        <source>What student and mentor agreed to do next.</source>
        <translation>Wat stagiair en mentor afspraken als volgende stappen.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Evaluatie</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Gehouden op</translation>
    </message>
    <message>
        <source>Overall &amp;progress</source>
        <translation>Algemene &amp;vooruitgang</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Samenvatting</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>&amp;Concept opslaan</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>&amp;Delen</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Handtekeningen</translation>
    </message>
    <message>
        <source>Si&amp;gn review…</source>
        <translation>Evaluatie &amp;ondertekenen…</translation>
    </message>
    <message>
        <source>&amp;Agreed actions</source>
        <translation>&amp;Afgesproken acties</translation>
    </message>
    <message>
        <source>Level for %1</source>
        <translation>Niveau voor %1</translation>
    </message>
    <message>
        <source>— no level —</source>
        <translation>— geen niveau —</translation>
    </message>
    <message>
        <source>Summary for %1</source>
        <translation>Samenvatting voor %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>%1 (nieuw)</translation>
    </message>
    <message>
        <source>&lt;b&gt;By domain&lt;/b&gt; (a level is optional)</source>
        <translation>&lt;b&gt;Per domein&lt;/b&gt; (een niveau is optioneel)</translation>
    </message>
    <message>
        <source>&lt;b&gt;By domain&lt;/b&gt;</source>
        <translation>&lt;b&gt;Per domein&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P&amp;ublish changes</source>
        <translation>Wijzigingen &amp;delen</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Ondertekenen als %1</translation>
    </message>
    <message>
        <source>It is the %1’s turn to sign</source>
        <translation>Nu moet de %1 ondertekenen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Afgesproken acties</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Signed by all</source>
        <translation>Door iedereen ondertekend</translation>
    </message>
    <message>
        <source>%1 to sign</source>
        <translation>Te ondertekenen door %1</translation>
    </message>
    <message>
        <source>Signed %1 of %2 (awaiting %3)</source>
        <translation>%1 van %2 ondertekend (wacht op %3)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Gedeeld</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Gehouden op</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Algemene vooruitgang</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>&amp;New review</source>
        <translation>&amp;Nieuwe evaluatie</translation>
    </message>
    <message>
        <source>No reviews have been published yet.</source>
        <translation>Er zijn nog geen evaluaties gedeeld.</translation>
    </message>
    <message>
        <source>No reviews yet. Press “New review” at the mid-point of the placement to sum up progress per domain with the student and agree the next steps.</source>
        <translation>Nog geen evaluaties. Klik halfweg de stage op “Nieuwe evaluatie” om de vooruitgang per domein samen met de stagiair samen te vatten en de volgende stappen af te spreken.</translation>
    </message>
    <message>
        <source>Delete this review?</source>
        <translation>Deze evaluatie verwijderen?</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Evaluatie verwijderd</translation>
    </message>
</context>
<context>
    <name>ReviewsToSign</name>
    <message>
        <source>Reviews waiting for your signature</source>
        <translation>Evaluaties die op uw handtekening wachten</translation>
    </message>
    <message>
        <source>%1 of %2 by %3 — %4</source>
        <translation>%1 van %2 door %3 — %4</translation>
    </message>
    <message>
        <source>Read &amp;it</source>
        <translation>&amp;Lezen</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Lezen: %1</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Ondertekenen: %1</translation>
    </message>
    <message>
        <source>&amp;Sign review…</source>
        <translation>Evaluatie &amp;ondertekenen…</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <source>Rate myself</source>
        <translation>Mezelf beoordelen</translation>
    </message>
    <message>
        <source>Loading the scale…</source>
        <translation>De schaal laden…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>What makes you say so? (optional)</source>
        <translation>Waarom zegt u dat? (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>O&amp;p</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Opmerking</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <source>%1 is not part of this placement&apos;s framework.</source>
        <translation>%1 hoort niet bij het kader van deze stage.</translation>
    </message>
    <message>
        <source>How do you rate yourself on %1 %2 today? Your mentor sees it beside their own rating.</source>
        <translation>Hoe beoordeelt u zichzelf vandaag op %1 %2? Uw mentor ziet het naast de eigen beoordeling.</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <source>Set up your academy</source>
        <translation>Uw opleidingscentrum inrichten</translation>
    </message>
    <message>
        <source>Four steps make mentorlog ready for a real academy. Each opens its own window; come back here any time from Site › Set-up guide.</source>
        <translation>Vier stappen maken mentorlog klaar voor een echt opleidingscentrum. Elke stap opent een eigen venster; kom hier op elk moment terug via Site › Installatiegids.</translation>
    </message>
    <message>
        <source>1. The academy: name, country, time zone, how long records are kept</source>
        <translation>1. Het opleidingscentrum: naam, land, tijdzone, hoelang records bewaard worden</translation>
    </message>
    <message>
        <source>&amp;Academy…</source>
        <translation>&amp;Opleidingscentrum…</translation>
    </message>
    <message>
        <source>2. The training prisons and their units</source>
        <translation>2. De stagegevangenissen en hun afdelingen</translation>
    </message>
    <message>
        <source>&amp;Prisons…</source>
        <translation>&amp;Gevangenissen…</translation>
    </message>
    <message>
        <source>3. Students, mentors and coordinators</source>
        <translation>3. Stagiairs, mentoren en coördinatoren</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>Personen &amp;importeren…</translation>
    </message>
    <message>
        <source>Add by &amp;hand…</source>
        <translation>&amp;Handmatig toevoegen…</translation>
    </message>
    <message>
        <source>4. Placements: who is where, with which mentor</source>
        <translation>4. Stages: wie waar is, met welke mentor</translation>
    </message>
    <message>
        <source>I&amp;mport placements…</source>
        <translation>Stages i&amp;mporteren…</translation>
    </message>
    <message>
        <source>Add by ha&amp;nd…</source>
        <translation>Handmatig toe&amp;voegen…</translation>
    </message>
    <message>
        <source>A coordinator does this step.</source>
        <translation>Een coördinator doet deze stap.</translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation>Ingericht: %1</translation>
    </message>
    <message>
        <source>Not set up yet.</source>
        <translation>Nog niet ingericht.</translation>
    </message>
    <message numerus="yes">
        <source>%n prison(s)</source>
        <translation>
            <numerusform>%n gevangenis</numerusform>
            <numerusform>%n gevangenissen</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet; an import of placements can add them too.</source>
        <translation>Nog geen; een import van stages kan ze ook toevoegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) besides you</source>
        <translation>
            <numerusform>%n persoon naast u</numerusform>
            <numerusform>%n personen naast u</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else yet.</source>
        <translation>Nog niemand anders.</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n stage</numerusform>
            <numerusform>%n stages</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Nog geen.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Log a shift</source>
        <translation>Dienst registreren</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>D&amp;ienst</translation>
    </message>
    <message>
        <source>&amp;Hours worked</source>
        <translation>&amp;Gewerkte uren</translation>
    </message>
    <message>
        <source>&amp;Remedial training</source>
        <translation>&amp;Remediëring</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activiteit</translation>
    </message>
    <message>
        <source>e.g. Wing duty, visits, night checks</source>
        <translation>bv. Vleugeldienst, bezoek, nachtrondes</translation>
    </message>
</context>
<context>
    <name>ShiftFields</name>
    <message>
        <source>Date of the shift</source>
        <translation>Datum van de dienst</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Vroeg</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Laat</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nacht</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>Duration in hours</source>
        <translation>Duur in uren</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>Where, e.g. Wing landing</source>
        <translation>Waar, bv. gang van de vleugel</translation>
    </message>
    <message>
        <source>Situation type</source>
        <translation>Soort situatie</translation>
    </message>
    <message>
        <source>What, e.g. Meal service</source>
        <translation>Wat, bv. maaltijdbedeling</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>D&amp;ienst</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>Om&amp;geving</translation>
    </message>
    <message>
        <source>Situat&amp;ion</source>
        <translation>Si&amp;tuatie</translation>
    </message>
</context>
<context>
    <name>SignBar</name>
    <message>
        <source>Si&amp;gn…</source>
        <translation>&amp;Ondertekenen…</translation>
    </message>
    <message>
        <source>Sign as its mentor: the observation is then locked (Alt+G)</source>
        <translation>Ondertekenen als mentor: de observatie wordt dan vergrendeld (Alt+O)</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Correct the signed observation as a new version, with a reason</source>
        <translation>De ondertekende observatie corrigeren als een nieuwe versie, met een reden</translation>
    </message>
    <message>
        <source>V&amp;ersions…</source>
        <translation>V&amp;ersies…</translation>
    </message>
    <message>
        <source>Every version, and what each said</source>
        <translation>Elke versie, en wat elk zei</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Aftekening</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to mentorlog</source>
        <translation>Aanmelden bij mentorlog</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Aanmelden</translation>
    </message>
    <message>
        <source>Records in %1</source>
        <translation>Records in %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Gebruikersnaam</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Wachtwoord</translation>
    </message>
    <message>
        <source>The language of this screen. Once you sign in, mentorlog speaks the language you chose for yourself, else the site&apos;s default.</source>
        <translation>De taal van dit scherm. Zodra u aangemeld bent, spreekt mentorlog de taal die u voor uzelf koos, anders de standaardtaal van de site.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Aanmeldingsbericht</translation>
    </message>
    <message>
        <source>This is a demo database. Demo accounts: admin / coordinator / mentor / student, password demo.</source>
        <translation>Dit is een demodatabase. Demoaccounts: admin / coordinator / mentor / student, wachtwoord demo.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Voer uw gebruikersnaam en wachtwoord in.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Aanmelden…</translation>
    </message>
</context>
<context>
    <name>SignReviewDialog</name>
    <message>
        <source>Sign review</source>
        <translation>Evaluatie ondertekenen</translation>
    </message>
    <message>
        <source>Sign this review?

Your signature says you have read the review and talked it through with your mentor. It cannot be taken back; a coordinator signs after you.</source>
        <translation>Deze evaluatie ondertekenen?

Met uw handtekening bevestigt u dat u de evaluatie gelezen en met uw mentor besproken hebt. Ze kan niet ingetrokken worden; na u ondertekent een coördinator.</translation>
    </message>
    <message>
        <source>&amp;Comment (optional), kept with your signature:</source>
        <translation>&amp;Opmerking (optioneel), bewaard bij uw handtekening:</translation>
    </message>
    <message>
        <source>Comment with your signature</source>
        <translation>Opmerking bij uw handtekening</translation>
    </message>
    <message>
        <source>e.g. what you agree with, or what you see differently</source>
        <translation>bv. waarmee u akkoord gaat, of wat u anders ziet</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>O&amp;ndertekenen</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Academy and prisons</source>
        <translation>Opleidingscentrum en gevangenissen</translation>
    </message>
    <message>
        <source>Add &amp;prison…</source>
        <translation>&amp;Gevangenis toevoegen…</translation>
    </message>
    <message>
        <source>Add &amp;unit…</source>
        <translation>&amp;Afdeling toevoegen…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Hernoemen…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Deactiveren</translation>
    </message>
    <message>
        <source>The academy</source>
        <translation>Het opleidingscentrum</translation>
    </message>
    <message>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <source>Sa&amp;ve the academy</source>
        <translation>Opleidingscentrum op&amp;slaan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>C&amp;ountry code</source>
        <translation>&amp;Landcode</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Tijdzone</translation>
    </message>
    <message>
        <source>Keep records &amp;for</source>
        <translation>Records &amp;bewaren gedurende</translation>
    </message>
    <message>
        <source>Default &amp;framework</source>
        <translation>Standaard&amp;kader</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Het geldende kader</translation>
    </message>
    <message>
        <source>No training prisons yet. Press “Add prison” to add the first, with its units; an import of placements also adds the prisons its file names.</source>
        <translation>Nog geen stagegevangenissen. Klik op “Gevangenis toevoegen” om de eerste toe te voegen, met de afdelingen; een import van stages voegt ook de gevangenissen toe die in het bestand staan.</translation>
    </message>
    <message>
        <source>The academy %1 is saved.</source>
        <translation>Het opleidingscentrum %1 is opgeslagen.</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>&amp;Heractiveren</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 is toegevoegd.</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 is buiten gebruik gesteld.</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>%1 is opnieuw in gebruik.</translation>
    </message>
    <message>
        <source>%1 is retired; its records stay.</source>
        <translation>%1 is buiten gebruik gesteld; de records blijven bewaard.</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Prison and units</source>
        <translation>Gevangenis en afdelingen</translation>
    </message>
    <message>
        <source>Country, city</source>
        <translation>Land, stad</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Buiten gebruik</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In gebruik</translation>
    </message>
</context>
<context>
    <name>SiteSettingsDialog</name>
    <message>
        <source>Site settings</source>
        <translation>Site-instellingen</translation>
    </message>
    <message>
        <source>&amp;Locking</source>
        <translation>&amp;Vergrendelen</translation>
    </message>
    <message>
        <source>&amp;Privacy check</source>
        <translation>&amp;Privacycontrole</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock an untouched window after, minutes</source>
        <translation>Een onaangeroerd venster vergrendelen na, in minuten</translation>
    </message>
    <message>
        <source>Lock an &amp;untouched window after</source>
        <translation>Een &amp;onaangeroerd venster vergrendelen na</translation>
    </message>
    <message>
        <source>On every workstation of this site, a window nobody has typed in or moved the mouse over for this long locks itself; its user unlocks it with their password. Anyone can lock at once with Ctrl+Shift+L.</source>
        <translation>Op elk werkstation van deze site vergrendelt een venster zichzelf als niemand er zo lang in getypt of de muis over bewogen heeft; de gebruiker ontgrendelt het met het eigen wachtwoord. Iedereen kan meteen vergrendelen met Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>Before a record is published, saved or signed, mentorlog shows back what seems to name a prisoner or give a prison number and offers a neutral reference. The names of this site&apos;s own people, prisons, units and cohorts are never flagged. One entry a line.</source>
        <translation>Voordat een record gedeeld, opgeslagen of ondertekend wordt, toont mentorlog wat een gedetineerde lijkt te noemen of een gedetineerdennummer lijkt te geven, en biedt het een neutrale verwijzing aan. Namen van de eigen personen, gevangenissen, afdelingen en cohortes van deze site worden nooit gemarkeerd. Eén item per regel.</translation>
    </message>
    <message>
        <source>Prison &amp;number formats</source>
        <translation>Notaties van gedetineerden&amp;nummers</translation>
    </message>
    <message>
        <source>9 is any digit, A any letter: A9999AA, 9999-9999. re: starts a regular expression.</source>
        <translation>9 is een willekeurig cijfer, A een willekeurige letter: A9999AA, 9999-9999. re: begint een reguliere expressie.</translation>
    </message>
    <message>
        <source>&amp;Before a number</source>
        <translation>Vóór een n&amp;ummer</translation>
    </message>
    <message>
        <source>Replaced with the number after them: prison no., fangenummer</source>
        <translation>Vervangen, samen met het nummer erna: gedetineerdennr., fangenummer</translation>
    </message>
    <message>
        <source>Before a &amp;name</source>
        <translation>Vóór een n&amp;aam</translation>
    </message>
    <message>
        <source>A capitalised name after these is flagged: prisoner, Mr, innsatt. Written with a capital (Mr), a word is a title and goes with the name.</source>
        <translation>Een naam met hoofdletter na deze woorden wordt gemarkeerd: gedetineerde, Dhr, innsatt. Met een hoofdletter geschreven (Dhr) is een woord een titel en hoort het bij de naam.</translation>
    </message>
    <message>
        <source>&amp;Watch for</source>
        <translation>&amp;Letten op</translation>
    </message>
    <message>
        <source>Names flagged wherever they are</source>
        <translation>Namen die overal gemarkeerd worden</translation>
    </message>
    <message>
        <source>Ne&amp;ver names</source>
        <translation>Nooit na&amp;men</translation>
    </message>
    <message>
        <source>Capitalised words of this site that are not names: Gardenia, Bergen</source>
        <translation>Woorden met hoofdletter van deze site die geen namen zijn: Gardenia, Bergen</translation>
    </message>
    <message>
        <source>Type a sentence to see what would be flagged</source>
        <translation>Typ een zin om te zien wat gemarkeerd zou worden</translation>
    </message>
    <message>
        <source>Try the rules on a sentence</source>
        <translation>De regels uitproberen op een zin</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>P&amp;roberen</translation>
    </message>
    <message>
        <source>Nothing is flagged.</source>
        <translation>Niets gemarkeerd.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Lock an untouched window after</source>
        <translation>Een onaangeroerd venster vergrendelen na</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Intussen opgeslagen door iemand anders</translation>
    </message>
    <message>
        <source>Your version is on the left and you can still change it; theirs is on the right. Copy across what you want to keep, then save yours over theirs, or take theirs instead.</source>
        <translation>Uw versie staat links en u kunt ze nog wijzigen; die van de ander staat rechts. Neem over wat u wilt behouden, en sla dan uw versie op over die van de ander, of neem die van de ander.</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Mijn versie opslaan</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Die van de ander nemen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Verder bewerken</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Iemand anders</translation>
    </message>
    <message>
        <source>%1 saved a newer version at %2, after you opened this.</source>
        <translation>%1 heeft om %2 een nieuwere versie opgeslagen, nadat u dit opende.</translation>
    </message>
    <message>
        <source>%1 saved a newer version after you opened this.</source>
        <translation>%1 heeft een nieuwere versie opgeslagen nadat u dit opende.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uw versie&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die van de ander&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What you changed and what they saved look the same here.</source>
        <translation>Wat u wijzigde en wat de ander opsloeg, ziet er hier hetzelfde uit.</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <source>Search narratives and reflections (Ctrl+F)</source>
        <translation>Zoeken in verslagen en reflecties (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Zoeken in de tijdlijn</translation>
    </message>
    <message>
        <source>Entry type</source>
        <translation>Soort item</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Alle items</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <source>Any competency</source>
        <translation>Elke competentie</translation>
    </message>
    <message>
        <source>Rating level</source>
        <translation>Beoordelingsniveau</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Elke beoordeling</translation>
    </message>
    <message>
        <source>Shared or private</source>
        <translation>Gedeeld of privé</translation>
    </message>
    <message>
        <source>Shared and private</source>
        <translation>Gedeeld en privé</translation>
    </message>
    <message>
        <source>Shared with the student</source>
        <translation>Gedeeld met de stagiair</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Privénotities</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Vanaf datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Tot datum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Van</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;tot</translation>
    </message>
    <message>
        <source>any</source>
        <translation>elke</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Cause for concern · %1</source>
        <translation>Zorgmelding · %1</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Privénotitie</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <source>Amended (v%1)</source>
        <translation>Gewijzigd (v%1)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Ondertekend</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besproken</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Nog niet besproken</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <source>Student disagreed</source>
        <translation>Stagiair niet akkoord</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies
lowest level %1</source>
        <translation>
            <numerusform>%n competentie
laagste niveau %1</numerusform>
            <numerusform>%n competenties
laagste niveau %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>How many competencies the observation rated, and the lowest level given</source>
        <translation>Hoeveel competenties de observatie beoordeelde, en het laagste gegeven niveau</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies rated; lowest level %1</source>
        <translation>
            <numerusform>%n competentie beoordeeld; laagste niveau %1</numerusform>
            <numerusform>%n competenties beoordeeld; laagste niveau %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline entries</source>
        <translation>Items van de tijdlijn</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>12 competencies</source>
        <translation>12 competenties</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Nog niet besproken</translation>
    </message>
    <message numerus="yes">
        <source>%n matching “%1”</source>
        <translation>
            <numerusform>%n resultaat voor “%1”</numerusform>
            <numerusform>%n resultaten voor “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filters</source>
        <translation>
            <numerusform>%n item voldoet aan de filters</numerusform>
            <numerusform>%n items voldoen aan de filters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the newest shown)</source>
        <translation>%1 (de nieuwste getoond)</translation>
    </message>
    <message>
        <source>No narrative or reflection here contains “%1”. Try fewer or shorter words, or &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>Geen verslag of reflectie bevat “%1”. Probeer minder of kortere woorden, of &lt;a href=&quot;clear&quot;&gt;wis de filters&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No entry matches these filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>Geen item voldoet aan deze filters. &lt;a href=&quot;clear&quot;&gt;Filters wissen&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No entries yet. Record a shift with File › New observation (Ctrl+N); the student&apos;s reflections, reviews and concerns will appear here too.</source>
        <translation>Nog geen items. Registreer een dienst via Bestand › Nieuwe observatie (Ctrl+N); de reflecties, evaluaties en zorgmeldingen van de stagiair verschijnen hier ook.</translation>
    </message>
    <message>
        <source>No entries yet. The student&apos;s mentors record observations here, and the student&apos;s reflections, reviews and concerns appear beside them.</source>
        <translation>Nog geen items. De mentoren van de stagiair registreren hier observaties, en de reflecties, evaluaties en zorgmeldingen van de stagiair verschijnen ernaast.</translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet. Your mentor&apos;s feedback appears here once it is published; you can write a reflection with File › New reflection.</source>
        <translation>Er is nog niets met u gedeeld. De feedback van uw mentor verschijnt hier zodra ze gedeeld is; u kunt een reflectie schrijven via Bestand › Nieuwe reflectie.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>O&amp;ndertekenen…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>V&amp;ersions…</source>
        <translation>V&amp;ersies…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend of the selected competency</source>
        <translation>Verloop van de gekozen competentie</translation>
    </message>
    <message>
        <source>Choose a competency above to see its trend.</source>
        <translation>Kies hierboven een competentie om het verloop te zien.</translation>
    </message>
    <message>
        <source>%1: not rated yet</source>
        <translation>%1: nog niet beoordeeld</translation>
    </message>
    <message>
        <source>Expected by the end of this phase</source>
        <translation>Verwacht tegen het einde van deze fase</translation>
    </message>
    <message>
        <source>Mentor&apos;s ratings</source>
        <translation>Beoordelingen mentor</translation>
    </message>
    <message>
        <source>Student&apos;s self-assessment</source>
        <translation>Zelfbeoordeling stagiair</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Rename the unit</source>
        <translation>Afdeling hernoemen</translation>
    </message>
    <message>
        <source>Add a unit to %1</source>
        <translation>Afdeling toevoegen aan %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Naam</translation>
    </message>
    <message>
        <source>&amp;Security level</source>
        <translation>&amp;Beveiligingsniveau</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>This database is not encrypted yet. When an administrator opens mentorlog and signs in, it is encrypted (a verified encrypted copy replaces it) and they are shown its recovery key.</source>
        <translation>Deze database is nog niet versleuteld. Wanneer een beheerder mentorlog opent en zich aanmeldt, wordt ze versleuteld (een gecontroleerde versleutelde kopie vervangt ze) en krijgt die beheerder de herstelsleutel te zien.</translation>
    </message>
</context>
<context>
    <name>VerifyRecordsDialog</name>
    <message>
        <source>Checking the trail&apos;s events</source>
        <translation>Gebeurtenissen van de keten controleren</translation>
    </message>
    <message>
        <source>Checking signed records</source>
        <translation>Ondertekende records controleren</translation>
    </message>
    <message>
        <source>Verify records</source>
        <translation>Records controleren</translation>
    </message>
    <message>
        <source>Checks the whole audit trail and every signed record: that each record still says what was signed, that every signature is good, that no sign-off the trail mentions is missing, that the trail still holds every head this workstation, the backups and reports noted, and that its guard is in place.</source>
        <translation>Controleert het hele logboek en elk ondertekend record: dat elk record nog zegt wat ondertekend werd, dat elke handtekening geldig is, dat geen aftekening ontbreekt die in de keten vermeld wordt, dat de keten nog elk eindpunt bevat dat dit werkstation, de back-ups en rapporten noteerden, en dat de beveiliging ervan aanwezig is.</translation>
    </message>
    <message>
        <source>Verify &amp;every signature (slower; uses every processor core)</source>
        <translation>&amp;Elke handtekening controleren (trager; gebruikt alle processorkernen)</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Voortgang van de controle</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Nog niet gecontroleerd.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Gevonden problemen</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Controleren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Opnieuw controleren</translation>
    </message>
    <message>
        <source>%1 events and %2 signed records checked; %3 of %4 signatures verified.</source>
        <translation>%1 gebeurtenissen en %2 ondertekende records gecontroleerd; %3 van %4 handtekeningen geverifieerd.</translation>
    </message>
    <message>
        <source>Nothing is wrong. %1</source>
        <translation>Er is niets mis. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. %1</source>
        <translation>
            <numerusform>%n probleem gevonden. %1</numerusform>
            <numerusform>%n problemen gevonden. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail&apos;s head: event %1, %2.</source>
        <translation>Eindpunt van de keten: gebeurtenis %1, %2.</translation>
    </message>
    <message>
        <source>Stopped before the end: nothing was concluded.</source>
        <translation>Gestopt vóór het einde: er werd niets geconcludeerd.</translation>
    </message>
    <message>
        <source>The records could not be checked.</source>
        <translation>De records konden niet gecontroleerd worden.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of the observation</source>
        <translation>Versies van de observatie</translation>
    </message>
    <message>
        <source>A signed observation is corrected by amending it: each amendment is a new version, and earlier versions stay as they were signed.</source>
        <translation>Een ondertekende observatie wordt gecorrigeerd door ze te wijzigen: elke wijziging is een nieuwe versie, en eerdere versies blijven zoals ze ondertekend werden.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versies</translation>
    </message>
    <message>
        <source>Content of the chosen version</source>
        <translation>Inhoud van de gekozen versie</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Eerste versie</translation>
    </message>
    <message>
        <source>Version %1 · current</source>
        <translation>Versie %1 · huidig</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>not responding to training</source>
        <translation>reageert niet op opleiding</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Beoordelingen</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This database needs a newer mentorlog</source>
        <translation>Deze database vraagt een nieuwere mentorlog</translation>
    </message>
    <message>
        <source>The database could not be updated</source>
        <translation>De database kon niet bijgewerkt worden</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>De database kan niet geopend worden</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a mentorlog database (%2). mentorlog has not changed it.</source>
        <translation>%1 is beschadigd of is geen mentorlog-database (%2). mentorlog heeft ze niet gewijzigd.</translation>
    </message>
    <message>
        <source>mentorlog</source>
        <translation>mentorlog</translation>
    </message>
    <message>
        <source>Details are in the log file %1</source>
        <translation>Details staan in het logbestand %1</translation>
    </message>
</context>
<context>
    <name>damaged_dialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>De database is beschadigd</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>De nieuwste back-up &amp;terugzetten</translation>
    </message>
    <message>
        <source>The damaged file is moved into the backups folder, not deleted, so it can still be examined later.</source>
        <translation>Het beschadigde bestand wordt naar de back-upmap verplaatst, niet verwijderd, zodat het later nog onderzocht kan worden.</translation>
    </message>
    <message>
        <source>&amp;Close mentorlog</source>
        <translation>mentorlog &amp;afsluiten</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Niet nu</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>Delete the observation of %1?</source>
        <translation>De observatie van %1 verwijderen?</translation>
    </message>
    <message>
        <source>Observation of %1 deleted</source>
        <translation>Observatie van %1 verwijderd</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and this action was not completed. Nothing saved before was lost.</source>
        <translation>Er ging iets mis en deze actie werd niet voltooid. Niets wat eerder opgeslagen was, ging verloren.</translation>
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
        <translation>%1 u %2</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Overal</translation>
    </message>
    <message>
        <source>Lock the window now (from every window)</source>
        <translation>Het venster nu vergrendelen (vanuit elk venster)</translation>
    </message>
    <message>
        <source>New observation (mentors)</source>
        <translation>Nieuwe observatie (mentoren)</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Nieuwe reflectie</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Rapporten exporteren</translation>
    </message>
    <message>
        <source>Find in the timeline</source>
        <translation>Zoeken in de tijdlijn</translation>
    </message>
    <message>
        <source>Find a student (the filter on the left)</source>
        <translation>Een stagiair zoeken (de filter links)</translation>
    </message>
    <message>
        <source>Timeline, Competencies</source>
        <translation>Tijdlijn, Competenties</translation>
    </message>
    <message>
        <source>Undo a deletion</source>
        <translation>Een verwijdering ongedaan maken</translation>
    </message>
    <message>
        <source>The guide for your role</source>
        <translation>De gids voor uw rol</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Deze lijst</translation>
    </message>
    <message>
        <source>In an editor window</source>
        <translation>In een bewerkingsvenster</translation>
    </message>
    <message>
        <source>Save (a draft, while it is not published)</source>
        <translation>Opslaan (een concept, zolang het niet gedeeld is)</translation>
    </message>
    <message>
        <source>Publish, or save (a note, a reflection)</source>
        <translation>Delen, of opslaan (een notitie, een reflectie)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close; asks first when something is not saved</source>
        <translation>Sluiten; vraagt eerst als iets niet opgeslagen is</translation>
    </message>
    <message>
        <source>Close, as Esc does</source>
        <translation>Sluiten, zoals Esc</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next and previous field, in reading order</source>
        <translation>Volgende en vorige veld, in leesvolgorde</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + onderstreepte letter</translation>
    </message>
    <message>
        <source>Go to that field or button</source>
        <translation>Naar dat veld of die knop gaan</translation>
    </message>
    <message>
        <source>Rating competencies</source>
        <translation>Competenties beoordelen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typen</translation>
    </message>
    <message>
        <source>Find a competency in the list</source>
        <translation>Een competentie in de lijst zoeken</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>Omlaag, Enter</translation>
    </message>
    <message>
        <source>From the search to the first match</source>
        <translation>Van de zoekbalk naar het eerste resultaat</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Spatie</translation>
    </message>
    <message>
        <source>Tick or untick the competency</source>
        <translation>De competentie aan- of uitvinken</translation>
    </message>
    <message>
        <source>1 – 5</source>
        <translation>1 – 5</translation>
    </message>
    <message>
        <source>Rate it (ticks it first); 0 for not observed</source>
        <translation>Beoordelen (vinkt eerst aan); 0 voor niet geobserveerd</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Links, Rechts</translation>
    </message>
    <message>
        <source>On the levels: the next lower or higher one</source>
        <translation>Op de niveaus: het volgende lagere of hogere</translation>
    </message>
    <message>
        <source>Goals, reviews and concerns</source>
        <translation>Leerdoelen, evaluaties en zorgmeldingen</translation>
    </message>
    <message>
        <source>Save the form (a review: as a draft)</source>
        <translation>Het formulier opslaan (een evaluatie: als concept)</translation>
    </message>
    <message>
        <source>Publish the review, save the goal or concern</source>
        <translation>De evaluatie delen, het leerdoel of de zorgmelding opslaan</translation>
    </message>
    <message>
        <source>Delete the chosen one (asks)</source>
        <translation>Het gekozen item verwijderen (vraagt eerst)</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>In lijsten</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Omhoog, Omlaag</translation>
    </message>
    <message>
        <source>Move through the list</source>
        <translation>Door de lijst bewegen</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen entry</source>
        <translation>Het gekozen item openen</translation>
    </message>
    <message>
        <source>Enter on a button</source>
        <translation>Enter op een knop</translation>
    </message>
    <message>
        <source>Press it (Space does too)</source>
        <translation>Erop drukken (Spatie ook)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Induction</source>
        <translation>Onthaalfase</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Beginfase</translation>
    </message>
    <message>
        <source>Mid-point</source>
        <translation>Tussenfase</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Eindfase</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Gepland</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Stopgezet</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Onderbroken</translation>
    </message>
    <message>
        <source>Early shift</source>
        <translation>Vroege dienst</translation>
    </message>
    <message>
        <source>Late shift</source>
        <translation>Late dienst</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Nachtdienst</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>Dagdienst</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Zorgmelding</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Zorgmeldingen</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Tussentijdse evaluatie</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Eindevaluatie</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Op schema</translation>
    </message>
    <message>
        <source>Needs support</source>
        <translation>Ondersteuning nodig</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>In gevaar</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Geslaagd</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Niet geslaagd</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>In opvolging</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Afgesloten</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Geëscaleerd</translation>
    </message>
    <message>
        <source>Gibbs cycle</source>
        <translation>Reflectiecyclus van Gibbs</translation>
    </message>
    <message>
        <source>Socratic dialogue</source>
        <translation>Socratisch gesprek</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gisteren</translation>
    </message>
</context>
<context>
    <name>record_versions</name>
    <message>
        <source>What you observed</source>
        <translation>Wat u observeerde</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Omgeving</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situatie</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Beoordelingen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
</context>
<context>
    <name>reflection</name>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Write freely about your practice: what happened, what you made of it, and what you take forward.</source>
        <translation>Schrijf vrij over uw praktijk: wat er gebeurde, wat u ervan maakte, en wat u meeneemt.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>What happened? Where and when, who was there, what did you and others do?</source>
        <translation>Wat gebeurde er? Waar en wanneer, wie was erbij, wat deden u en anderen?</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Gevoelens</translation>
    </message>
    <message>
        <source>What were you thinking and feeling at the time, and afterwards?</source>
        <translation>Wat dacht en voelde u op dat moment, en nadien?</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>What went well, and what went less well?</source>
        <translation>Wat ging goed, en wat minder goed?</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Why did it go that way? What helps you make sense of it: training, rules and law, what you know of the prisoner, your own experience?</source>
        <translation>Waarom liep het zo? Wat helpt u het te begrijpen: opleiding, regels en wetgeving, wat u van de gedetineerde weet, uw eigen ervaring?</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusie</translation>
    </message>
    <message>
        <source>What else could you have done? What have you learned about yourself and your role?</source>
        <translation>Wat had u nog kunnen doen? Wat hebt u geleerd over uzelf en uw rol?</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>What will you do or practise next time, and how will you know it worked?</source>
        <translation>Wat zult u de volgende keer doen of oefenen, en hoe weet u dat het gewerkt heeft?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>The general question the group examined, e.g. “When is it right to make an exception to a rule for a prisoner?”</source>
        <translation>De algemene vraag die de groep onderzocht, bv. “Wanneer is het juist om voor een gedetineerde een uitzondering op een regel te maken?”</translation>
    </message>
    <message>
        <source>Concrete experience</source>
        <translation>Concrete ervaring</translation>
    </message>
    <message>
        <source>The one real situation the group examined, told by the person who lived it: what happened, step by step.</source>
        <translation>De ene echte situatie die de groep onderzocht, verteld door wie ze beleefde: wat er gebeurde, stap voor stap.</translation>
    </message>
    <message>
        <source>Agreed answer</source>
        <translation>Gezamenlijk antwoord</translation>
    </message>
    <message>
        <source>The answer the group reached together, in its own words, and the reasons everyone could accept.</source>
        <translation>Het antwoord waartoe de groep samen kwam, in eigen woorden, en de redenen die iedereen kon aanvaarden.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <source>Who took part: names or roles, one per line.</source>
        <translation>Wie deelnam: namen of rollen, één per regel.</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Vrije tekst</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle</source>
        <translation>Reflectiecyclus van Gibbs</translation>
    </message>
    <message>
        <source>Socratic dialogue</source>
        <translation>Socratisch gesprek</translation>
    </message>
    <message>
        <source>Parts marked * are needed to save; fill the rest when you can.</source>
        <translation>Delen met * zijn nodig om op te slaan; vul de rest aan wanneer u kunt.</translation>
    </message>
</context>
<context>
    <name>role_guides</name>
    <message>
        <source>For mentors</source>
        <translation>Voor mentoren</translation>
    </message>
    <message>
        <source>For students</source>
        <translation>Voor stagiairs</translation>
    </message>
    <message>
        <source>For coordinators</source>
        <translation>Voor coördinatoren</translation>
    </message>
    <message>
        <source>For administrators</source>
        <translation>Voor beheerders</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recording a shift&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Choose your student on the left (&lt;b&gt;Ctrl+L&lt;/b&gt; and type part of the name; accents do not matter: “hakon” finds Håkon).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; opens a new observation. Write what you saw: what the student did and said, and how it went. Write about the student, not the prisoners: “a prisoner on B-wing”, never a name or a prison number.&lt;/li&gt;&lt;li&gt;Type in &lt;i&gt;Find a competency&lt;/i&gt;, press &lt;b&gt;Down&lt;/b&gt; to the list, &lt;b&gt;Space&lt;/b&gt; to tick a competency and a digit to rate it: &lt;b&gt;1–5&lt;/b&gt;, or &lt;b&gt;0&lt;/b&gt; for not observed. Some levels ask for a comment.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt; publishes: the student reads it and acknowledges it. If the text seems to name a prisoner or give a prison number, mentorlog shows it to you first and offers a neutral reference (“prisoner A”).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;A &lt;b&gt;private mentor note&lt;/b&gt; (Alt+V) is for your eyes only and needs no rating; its button says Save note. Everything you type is kept as a draft while you type, and comes back after a crash.&lt;/p&gt;&lt;h3&gt;Signing and correcting&lt;/h3&gt;&lt;p&gt;Sign a published observation to lock it (Sign…). A signed one is corrected with Amend…, which asks why and keeps every version.&lt;/p&gt;&lt;h3&gt;Goals, reviews and concerns&lt;/h3&gt;&lt;p&gt;Agree goals with the student on the Goals tab; hold the mid-point and final reviews on the Reviews tab (save a draft with &lt;b&gt;Ctrl+S&lt;/b&gt;, publish with &lt;b&gt;Ctrl+Enter&lt;/b&gt;, then sign); raise a cause for concern when the student is not progressing, with an action plan and a date to look at it again.&lt;/p&gt;&lt;h3&gt;Called away?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks every window at once, editors included; your text is kept and your password opens it again. The window also locks itself when nobody has touched it for a few minutes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Een dienst registreren&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Kies links uw stagiair (&lt;b&gt;Ctrl+L&lt;/b&gt; en typ een deel van de naam; accenten spelen geen rol: “hakon” vindt Håkon).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; opent een nieuwe observatie. Schrijf wat u zag: wat de stagiair deed en zei, en hoe het ging. Schrijf over de stagiair, niet over de gedetineerden: “een gedetineerde op vleugel B”, nooit een naam of een gedetineerdennummer.&lt;/li&gt;&lt;li&gt;Typ in &lt;i&gt;Competentie zoeken&lt;/i&gt;, druk &lt;b&gt;Omlaag&lt;/b&gt; naar de lijst, &lt;b&gt;Spatie&lt;/b&gt; om een competentie aan te vinken en een cijfer om ze te beoordelen: &lt;b&gt;1–5&lt;/b&gt;, of &lt;b&gt;0&lt;/b&gt; voor niet geobserveerd. Sommige niveaus vragen een opmerking.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt; deelt: de stagiair leest het en tekent het voor gelezen. Als de tekst een gedetineerde lijkt te noemen of een gedetineerdennummer lijkt te geven, toont mentorlog u dat eerst en biedt het een neutrale verwijzing aan (“gedetineerde A”).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Een &lt;b&gt;privénotitie van de mentor&lt;/b&gt; (Alt+V) is alleen voor u en vraagt geen beoordeling; de knop heet dan Notitie opslaan. Alles wat u typt, wordt tijdens het typen als concept bewaard en komt terug na een crash.&lt;/p&gt;&lt;h3&gt;Ondertekenen en corrigeren&lt;/h3&gt;&lt;p&gt;Onderteken een gedeelde observatie om ze te vergrendelen (Ondertekenen…). Een ondertekende observatie corrigeert u met Wijzigen…, dat naar de reden vraagt en elke versie bewaart.&lt;/p&gt;&lt;h3&gt;Leerdoelen, evaluaties en zorgmeldingen&lt;/h3&gt;&lt;p&gt;Spreek leerdoelen af met de stagiair op het tabblad Leerdoelen; houd de tussentijdse evaluatie en de eindevaluatie op het tabblad Evaluaties (concept opslaan met &lt;b&gt;Ctrl+S&lt;/b&gt;, delen met &lt;b&gt;Ctrl+Enter&lt;/b&gt;, daarna ondertekenen); maak een zorgmelding als de stagiair niet vooruitgaat, met een actieplan en een datum om ze opnieuw te bekijken.&lt;/p&gt;&lt;h3&gt;Weggeroepen?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt; vergrendelt alle vensters tegelijk, ook bewerkingsvensters; uw tekst blijft bewaard en uw wachtwoord opent ze weer. Het venster vergrendelt zichzelf ook als niemand het enkele minuten aangeraakt heeft.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your feedback&lt;/h3&gt;&lt;p&gt;mentorlog opens on &lt;b&gt;Feedback&lt;/b&gt;: what your mentor published that you have not answered yet, newest first. Read it, then &lt;b&gt;Acknowledge&lt;/b&gt; (Alt+A), or &lt;b&gt;I disagree…&lt;/b&gt; (Alt+D) with a comment saying why. &lt;b&gt;Reflect on this…&lt;/b&gt; writes a reflection about it.&lt;/p&gt;&lt;h3&gt;Reflections and goals&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt; starts a reflection: free text, Gibbs&apos; cycle or a Socratic dialogue; it is shared with your mentors unless you keep it private. On the Goals tab you add notes of your progress on each goal.&lt;/p&gt;&lt;h3&gt;Rating yourself&lt;/h3&gt;&lt;p&gt;On the Competencies tab, &lt;b&gt;Rate myself…&lt;/b&gt; puts your own level beside your mentor&apos;s; each level&apos;s description is shown as you choose it.&lt;/p&gt;&lt;h3&gt;Reviews and concerns&lt;/h3&gt;&lt;p&gt;A review waiting for your signature is shown above your feedback: read it, then sign it (a comment may go with your signature; Enter does not sign). A cause for concern raised about you is yours to read, and you can answer it on the Concerns tab.&lt;/p&gt;&lt;p&gt;Leaving the workstation: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Uw feedback&lt;/h3&gt;&lt;p&gt;mentorlog opent op &lt;b&gt;Feedback&lt;/b&gt;: wat uw mentor deelde en u nog niet beantwoord hebt, nieuwste eerst. Lees het en kies dan &lt;b&gt;Gelezen&lt;/b&gt; (Alt+G), of &lt;b&gt;Niet akkoord…&lt;/b&gt; (Alt+N) met een opmerking waarom. &lt;b&gt;Reflecteren hierop…&lt;/b&gt; schrijft er een reflectie over.&lt;/p&gt;&lt;h3&gt;Reflecties en leerdoelen&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt; start een reflectie: vrije tekst, de cyclus van Gibbs of een socratisch gesprek; ze wordt gedeeld met uw mentoren, tenzij u ze privé houdt. Op het tabblad Leerdoelen noteert u bij elk leerdoel uw vooruitgang.&lt;/p&gt;&lt;h3&gt;Uzelf beoordelen&lt;/h3&gt;&lt;p&gt;Op het tabblad Competenties zet &lt;b&gt;Mezelf beoordelen…&lt;/b&gt; uw eigen niveau naast dat van uw mentor; de beschrijving van elk niveau wordt getoond terwijl u kiest.&lt;/p&gt;&lt;h3&gt;Evaluaties en zorgmeldingen&lt;/h3&gt;&lt;p&gt;Een evaluatie die op uw handtekening wacht, wordt boven uw feedback getoond: lees ze en onderteken ze dan (een opmerking kan bij uw handtekening; Enter ondertekent niet). Een zorgmelding over u mag u lezen, en u kunt erop antwoorden op het tabblad Zorgmeldingen.&lt;/p&gt;&lt;p&gt;Het werkstation verlaten: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; vergrendelt het.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Following the cohort&lt;/h3&gt;&lt;p&gt;The list on the left has every placement you may see, by prison and cohort: the days since the last observation the student was shown, open concerns (⚑) and feedback still to be answered (✉). Choose one to read the student&apos;s file.&lt;/p&gt;&lt;h3&gt;Reports&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+E&lt;/b&gt; exports progress reports as PDF: for one student, several, or a whole cohort with its summary, with a preview first.&lt;/p&gt;&lt;h3&gt;Reviews and people&lt;/h3&gt;&lt;p&gt;You sign each review after the mentor and the student. Administration › People and accounts adds students and mentors and sets passwords; the audit trail shows who did what.&lt;/p&gt;&lt;p&gt;Leaving the workstation: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;De cohorte opvolgen&lt;/h3&gt;&lt;p&gt;De lijst links bevat elke stage die u mag zien, per gevangenis en cohorte: de dagen sinds de laatste observatie die de stagiair te zien kreeg, open zorgmeldingen (⚑) en feedback die nog beantwoord moet worden (✉). Kies er een om het dossier van de stagiair te lezen.&lt;/p&gt;&lt;h3&gt;Rapporten&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+E&lt;/b&gt; exporteert voortgangsrapporten als pdf: voor één stagiair, meerdere, of een hele cohorte met samenvatting, met eerst een voorbeeld.&lt;/p&gt;&lt;h3&gt;Evaluaties en personen&lt;/h3&gt;&lt;p&gt;U ondertekent elke evaluatie na de mentor en de stagiair. Beheer › Personen en accounts voegt stagiairs en mentoren toe en stelt wachtwoorden in; het logboek toont wie wat deed.&lt;/p&gt;&lt;p&gt;Het werkstation verlaten: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; vergrendelt het.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Looking after the site&lt;/h3&gt;&lt;p&gt;Administration › People and accounts: add people, give them their roles, unlock an account and set a new password.&lt;/p&gt;&lt;p&gt;Administration › Site settings: how long an untouched window waits before it locks, and the privacy check: the site&apos;s prison number formats (9 for a digit, A for a letter, e.g. A9999AA), the words after which a name is flagged, names to watch for, and words that are never names here.&lt;/p&gt;&lt;p&gt;File › Backups: verified backups of the database, and restoring one. Keep the printed recovery key in a safe.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;De site beheren&lt;/h3&gt;&lt;p&gt;Beheer › Personen en accounts: personen toevoegen, ze hun rollen geven, een account ontgrendelen en een nieuw wachtwoord instellen.&lt;/p&gt;&lt;p&gt;Beheer › Site-instellingen: hoelang een onaangeroerd venster wacht voor het vergrendelt, en de privacycontrole: de notaties van gedetineerdennummers van de site (9 voor een cijfer, A voor een letter, bv. A9999AA), de woorden waarna een naam gemarkeerd wordt, namen om op te letten, en woorden die hier nooit namen zijn.&lt;/p&gt;&lt;p&gt;Bestand › Back-ups: gecontroleerde back-ups van de database, en er een terugzetten. Bewaar de afgedrukte herstelsleutel in een kluis.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sensitive_check</name>
    <message>
        <source>&amp;Replace and publish</source>
        <translation>&amp;Vervangen en delen</translation>
    </message>
    <message>
        <source>Publish &amp;as written</source>
        <translation>&amp;Delen zoals geschreven</translation>
    </message>
    <message>
        <source>&amp;Replace and save</source>
        <translation>&amp;Vervangen en opslaan</translation>
    </message>
    <message>
        <source>Save &amp;as written</source>
        <translation>&amp;Opslaan zoals geschreven</translation>
    </message>
    <message>
        <source>Sign &amp;as written</source>
        <translation>&amp;Ondertekenen zoals geschreven</translation>
    </message>
    <message>
        <source>&amp;Correct it first</source>
        <translation>Eerst &amp;corrigeren</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>een naam</translation>
    </message>
    <message>
        <source>a name after “%1”</source>
        <translation>een naam na “%1”</translation>
    </message>
    <message>
        <source>a name on the site&apos;s list</source>
        <translation>een naam op de lijst van de site</translation>
    </message>
    <message>
        <source>a name nobody here has</source>
        <translation>een naam die hier niemand heeft</translation>
    </message>
    <message>
        <source>a first name nobody here has</source>
        <translation>een voornaam die hier niemand heeft</translation>
    </message>
    <message>
        <source>the same name again</source>
        <translation>opnieuw dezelfde naam</translation>
    </message>
    <message>
        <source>a prison number</source>
        <translation>een gedetineerdennummer</translation>
    </message>
    <message>
        <source>“%1” → “%2” (%3)</source>
        <translation>“%1” → “%2” (%3)</translation>
    </message>
    <message>
        <source>Names or numbers in the text</source>
        <translation>Namen of nummers in de tekst</translation>
    </message>
    <message>
        <source>This seems to name a prisoner or give a prison number. Records are about the student; a neutral reference keeps the prisoner&apos;s privacy.</source>
        <translation>Dit lijkt een gedetineerde te noemen of een gedetineerdennummer te geven. Records gaan over de stagiair; een neutrale verwijzing beschermt de privacy van de gedetineerde.</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>its mentor</source>
        <translation>de mentor</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked. Your unsaved changes were not saved to it; they are kept for Amend….</source>
        <translation>%1 heeft deze observatie ondertekend terwijl ze hier open stond: ze is nu vergrendeld. Uw niet-opgeslagen wijzigingen zijn er niet in opgeslagen; ze worden bewaard voor Wijzigen….</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked. Your unsaved changes were not saved to it.</source>
        <translation>%1 heeft deze observatie ondertekend terwijl ze hier open stond: ze is nu vergrendeld. Uw niet-opgeslagen wijzigingen zijn er niet in opgeslagen.</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked.</source>
        <translation>%1 heeft deze observatie ondertekend terwijl ze hier open stond: ze is nu vergrendeld.</translation>
    </message>
    <message>
        <source>%1 disagreed with version %2 on %3: “%4”</source>
        <translation>%1 ging op %3 niet akkoord met versie %2: “%4”</translation>
    </message>
    <message>
        <source>Acknowledged by %1 (version %2) on %3.</source>
        <translation>Voor gelezen getekend door %1 (versie %2) op %3.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>Ondertekend door %1 op %2.</translation>
    </message>
    <message>
        <source>Published, not signed yet.</source>
        <translation>Gedeeld, nog niet ondertekend.</translation>
    </message>
    <message>
        <source>Version %1, amended by %2 on %3: “%4”</source>
        <translation>Versie %1, gewijzigd door %2 op %3: “%4”</translation>
    </message>
    <message>
        <source>This version has been amended since; the current one is newer.</source>
        <translation>Deze versie is sindsdien gewijzigd; de huidige is nieuwer.</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the student (version %1).</source>
        <translation>Nog niet voor gelezen getekend door de stagiair (versie %1).</translation>
    </message>
    <message>
        <source>A review is signed once it is published.</source>
        <translation>Een evaluatie wordt ondertekend zodra ze gedeeld is.</translation>
    </message>
    <message>
        <source>Signed by mentor, student and coordinator.</source>
        <translation>Ondertekend door mentor, stagiair en coördinator.</translation>
    </message>
    <message>
        <source>Signed by %1 (mentor) on %2.</source>
        <translation>Ondertekend door %1 (mentor) op %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (student) on %2.</source>
        <translation>Ondertekend door %1 (stagiair) op %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (coordinator) on %2.</source>
        <translation>Ondertekend door %1 (coördinator) op %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (administrator) on %2.</source>
        <translation>Ondertekend door %1 (beheerder) op %2.</translation>
    </message>
    <message>
        <source>Waiting for the mentor’s signature.</source>
        <translation>Wacht op de handtekening van de mentor.</translation>
    </message>
    <message>
        <source>Waiting for the student’s signature.</source>
        <translation>Wacht op de handtekening van de stagiair.</translation>
    </message>
    <message>
        <source>Waiting for the coordinator’s signature.</source>
        <translation>Wacht op de handtekening van de coördinator.</translation>
    </message>
    <message>
        <source>Waiting for another signature.</source>
        <translation>Wacht op een andere handtekening.</translation>
    </message>
    <message>
        <source>Sign the observation?</source>
        <translation>De observatie ondertekenen?</translation>
    </message>
    <message>
        <source>Sign this observation as its mentor?</source>
        <translation>Deze observatie ondertekenen als mentor?</translation>
    </message>
    <message>
        <source>Once signed, this observation is locked; corrections become amendments.</source>
        <translation>Na ondertekening is deze observatie vergrendeld; correcties worden wijzigingen.</translation>
    </message>
    <message>
        <source>Once you sign, the review is locked; the student and a coordinator sign after you.</source>
        <translation>Zodra u ondertekent, is de evaluatie vergrendeld; de stagiair en een coördinator ondertekenen na u.</translation>
    </message>
    <message>
        <source>Your signature is recorded with your name and the time.</source>
        <translation>Uw handtekening wordt vastgelegd met uw naam en het tijdstip.</translation>
    </message>
    <message>
        <source>Sign this review as %1?</source>
        <translation>Deze evaluatie ondertekenen als %1?</translation>
    </message>
    <message>
        <source>Sign the review?</source>
        <translation>De evaluatie ondertekenen?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Ondertekenen</translation>
    </message>
    <message>
        <source>Publish first</source>
        <translation>Eerst delen</translation>
    </message>
    <message>
        <source>Publish your changes, or close and discard them, before signing: a signature is for what is published.</source>
        <translation>Deel uw wijzigingen, of sluit en verwijder ze, voordat u ondertekent: een handtekening geldt voor wat gedeeld is.</translation>
    </message>
    <message>
        <source>Signed meanwhile</source>
        <translation>Intussen ondertekend</translation>
    </message>
    <message>
        <source>%1 signed this observation while you were editing it, so your changes were not saved to it.</source>
        <translation>%1 heeft deze observatie ondertekend terwijl u ze bewerkte, dus uw wijzigingen zijn er niet in opgeslagen.</translation>
    </message>
    <message>
        <source>A signed observation is corrected by amending it.</source>
        <translation>Een ondertekende observatie wordt gecorrigeerd door ze te wijzigen.</translation>
    </message>
    <message>
        <source>They are kept: Amend… opens them as a correction of the signed version, saved with a reason as its next version.</source>
        <translation>Ze zijn bewaard: Wijzigen… opent ze als een correctie van de ondertekende versie, opgeslagen met een reden als de volgende versie.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
</context>
<context>
    <name>site_menu</name>
    <message>
        <source>Set-up &amp;guide…</source>
        <translation>Installatie&amp;gids…</translation>
    </message>
    <message>
        <source>&amp;Academy and prisons…</source>
        <translation>&amp;Opleidingscentrum en gevangenissen…</translation>
    </message>
    <message>
        <source>&amp;Cohorts…</source>
        <translation>&amp;Cohortes…</translation>
    </message>
    <message>
        <source>&amp;Placements…</source>
        <translation>S&amp;tages…</translation>
    </message>
    <message>
        <source>&amp;Import people or placements…</source>
        <translation>Personen of stages &amp;importeren…</translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation>Competentie&amp;kaders…</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Log a s&amp;hift…</source>
        <translation>&amp;Dienst registreren…</translation>
    </message>
</context>
<context>
    <name>stale_forms</name>
    <message>
        <source>Held on, progress</source>
        <translation>Gehouden op, vooruitgang</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Afgesproken acties</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>geen datum</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, uiterlijk %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Actieplan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Wat werd gezien</translation>
    </message>
    <message>
        <source>Raised, review on</source>
        <translation>Gemeld, evaluatie op</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Stagiair</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coördinator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Beheerder</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Aangemeld</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Aanmelden mislukt</translation>
    </message>
    <message>
        <source>Sign-in refused: too soon after failures</source>
        <translation>Aanmelden geweigerd: te snel na mislukte pogingen</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>Aanmelden geweigerd: account vergrendeld</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Locked the window</source>
        <translation>Venster vergrendeld</translation>
    </message>
    <message>
        <source>Unlocked the window</source>
        <translation>Venster ontgrendeld</translation>
    </message>
    <message>
        <source>Unlocking the window failed</source>
        <translation>Ontgrendelen van het venster mislukt</translation>
    </message>
    <message>
        <source>Unlocking refused: too soon after failures</source>
        <translation>Ontgrendelen geweigerd: te snel na mislukte pogingen</translation>
    </message>
    <message>
        <source>Unlocking refused: account locked</source>
        <translation>Ontgrendelen geweigerd: account vergrendeld</translation>
    </message>
    <message>
        <source>Account locked after failed attempts</source>
        <translation>Account vergrendeld na mislukte pogingen</translation>
    </message>
    <message>
        <source>Password protection strengthened</source>
        <translation>Wachtwoordbeveiliging versterkt</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>Eerste beheerder aangemaakt</translation>
    </message>
    <message>
        <source>Refused: not permitted</source>
        <translation>Geweigerd: niet toegestaan</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Persoon toegevoegd</translation>
    </message>
    <message>
        <source>Role given</source>
        <translation>Rol gegeven</translation>
    </message>
    <message>
        <source>Role removed</source>
        <translation>Rol afgenomen</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Wachtwoord opnieuw ingesteld</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Eigen wachtwoord gewijzigd</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Account ontgrendeld</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Account gedeactiveerd</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Account opnieuw geactiveerd</translation>
    </message>
    <message>
        <source>Observation signed</source>
        <translation>Observatie ondertekend</translation>
    </message>
    <message>
        <source>Observation amended</source>
        <translation>Observatie gewijzigd</translation>
    </message>
    <message>
        <source>Feedback acknowledged</source>
        <translation>Feedback voor gelezen getekend</translation>
    </message>
    <message>
        <source>Disagreement recorded</source>
        <translation>Bezwaar vastgelegd</translation>
    </message>
    <message>
        <source>Review signed</source>
        <translation>Evaluatie ondertekend</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Stage beëindigd</translation>
    </message>
    <message>
        <source>Placement completed and signed off</source>
        <translation>Stage voltooid en afgetekend</translation>
    </message>
    <message>
        <source>Framework imported</source>
        <translation>Kader geïmporteerd</translation>
    </message>
    <message>
        <source>Cause for concern raised</source>
        <translation>Zorgmelding gemaakt</translation>
    </message>
    <message>
        <source>Cause for concern changed</source>
        <translation>Zorgmelding gewijzigd</translation>
    </message>
    <message>
        <source>Cause for concern moved on</source>
        <translation>Status van zorgmelding gewijzigd</translation>
    </message>
    <message>
        <source>Student answered a cause for concern</source>
        <translation>Stagiair antwoordde op een zorgmelding</translation>
    </message>
    <message>
        <source>Cause for concern deleted</source>
        <translation>Zorgmelding verwijderd</translation>
    </message>
    <message>
        <source>Cause for concern restored</source>
        <translation>Zorgmelding hersteld</translation>
    </message>
    <message>
        <source>Progress note added to a goal</source>
        <translation>Voortgangsnotitie toegevoegd aan een leerdoel</translation>
    </message>
    <message>
        <source>Observation marked as discussed</source>
        <translation>Observatie gemarkeerd als besproken</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>A student&apos;s data exported on request</source>
        <translation>Gegevens van een stagiair op verzoek geëxporteerd</translation>
    </message>
    <message>
        <source>Records past their retention removed</source>
        <translation>Records na hun bewaartermijn verwijderd</translation>
    </message>
    <message>
        <source>Site setting changed</source>
        <translation>Site-instelling gewijzigd</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Database versleuteld</translation>
    </message>
    <message>
        <source>Demonstration data loaded</source>
        <translation>Demogegevens geladen</translation>
    </message>
    <message>
        <source>Signing key issued</source>
        <translation>Ondertekeningssleutel uitgereikt</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Ondertekeningssleutel buiten gebruik gesteld</translation>
    </message>
    <message>
        <source>Earlier sign-offs sealed</source>
        <translation>Eerdere aftekeningen verzegeld</translation>
    </message>
    <message>
        <source>Wrong passwords counted before the database opened</source>
        <translation>Foute wachtwoorden geteld vóór de database openging</translation>
    </message>
    <message>
        <source>Failed-attempt counts reset outside mentorlog</source>
        <translation>Tellers van mislukte pogingen buiten mentorlog teruggezet</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport geëxporteerd</translation>
    </message>
    <message>
        <source>Language chosen</source>
        <translation>Taal gekozen</translation>
    </message>
    <message>
        <source>Academy created</source>
        <translation>Opleidingscentrum aangemaakt</translation>
    </message>
    <message>
        <source>Academy changed</source>
        <translation>Opleidingscentrum gewijzigd</translation>
    </message>
    <message>
        <source>Cohort created</source>
        <translation>Cohorte aangemaakt</translation>
    </message>
    <message>
        <source>Cohort changed</source>
        <translation>Cohorte gewijzigd</translation>
    </message>
    <message>
        <source>Prison added</source>
        <translation>Gevangenis toegevoegd</translation>
    </message>
    <message>
        <source>Prison changed</source>
        <translation>Gevangenis gewijzigd</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>Afdeling toegevoegd</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>Afdeling gewijzigd</translation>
    </message>
    <message>
        <source>Placement created</source>
        <translation>Stage aangemaakt</translation>
    </message>
    <message>
        <source>Placement changed</source>
        <translation>Stage gewijzigd</translation>
    </message>
    <message>
        <source>Framework exported</source>
        <translation>Kader geëxporteerd</translation>
    </message>
    <message>
        <source>Observation written</source>
        <translation>Observatie geschreven</translation>
    </message>
    <message>
        <source>Observation changed</source>
        <translation>Observatie gewijzigd</translation>
    </message>
    <message>
        <source>Observation shared with the student</source>
        <translation>Observatie gedeeld met de stagiair</translation>
    </message>
    <message>
        <source>Observation deleted</source>
        <translation>Observatie verwijderd</translation>
    </message>
    <message>
        <source>Observation restored</source>
        <translation>Observatie hersteld</translation>
    </message>
    <message>
        <source>Reflection written</source>
        <translation>Reflectie geschreven</translation>
    </message>
    <message>
        <source>Reflection changed</source>
        <translation>Reflectie gewijzigd</translation>
    </message>
    <message>
        <source>Reflection deleted</source>
        <translation>Reflectie verwijderd</translation>
    </message>
    <message>
        <source>Reflection restored</source>
        <translation>Reflectie hersteld</translation>
    </message>
    <message>
        <source>Review written</source>
        <translation>Evaluatie geschreven</translation>
    </message>
    <message>
        <source>Review changed</source>
        <translation>Evaluatie gewijzigd</translation>
    </message>
    <message>
        <source>Review published</source>
        <translation>Evaluatie gedeeld</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Evaluatie verwijderd</translation>
    </message>
    <message>
        <source>Review restored</source>
        <translation>Evaluatie hersteld</translation>
    </message>
    <message>
        <source>Goal created</source>
        <translation>Leerdoel aangemaakt</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Leerdoel gewijzigd</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Leerdoel verwijderd</translation>
    </message>
    <message>
        <source>Goal restored</source>
        <translation>Leerdoel hersteld</translation>
    </message>
    <message>
        <source>Self-assessment recorded</source>
        <translation>Zelfbeoordeling vastgelegd</translation>
    </message>
    <message>
        <source>Shift logged</source>
        <translation>Dienst geregistreerd</translation>
    </message>
    <message>
        <source>Logged shift deleted</source>
        <translation>Geregistreerde dienst verwijderd</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Mislukte pogingen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Vervangt</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>Wijzigt</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Back-up</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>People needing a new password</source>
        <translation>Personen die een nieuw wachtwoord nodig hebben</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Verwijderd</translation>
    </message>
    <message>
        <source>Students removed</source>
        <translation>Stagiairs verwijderd</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Stagiairs</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observaties</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Leerdoelen</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Evaluaties</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Werkstation</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>New failures</source>
        <translation>Nieuwe mislukkingen</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Laatste mislukking</translation>
    </message>
    <message>
        <source>Counts restored for</source>
        <translation>Tellers hersteld voor</translation>
    </message>
    <message>
        <source>Failures removed</source>
        <translation>Mislukkingen verwijderd</translation>
    </message>
    <message>
        <source>Counted against</source>
        <translation>Geteld voor</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Kader</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observatie</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflectie</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Leerdoel</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <source>Cause for concern</source>
        <translation>Zorgmelding</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Site setting</source>
        <translation>Site-instelling</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Ondertekeningssleutel</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>minutes before an untouched window locks</source>
        <translation>minuten voordat een onaangeroerd venster vergrendelt</translation>
    </message>
    <message>
        <source>privacy check</source>
        <translation>privacycontrole</translation>
    </message>
    <message>
        <source>prison number formats</source>
        <translation>notaties van gedetineerdennummers</translation>
    </message>
    <message>
        <source>words before a number</source>
        <translation>woorden vóór een nummer</translation>
    </message>
    <message>
        <source>words before a name</source>
        <translation>woorden vóór een naam</translation>
    </message>
    <message>
        <source>names watched for</source>
        <translation>namen om op te letten</translation>
    </message>
    <message>
        <source>words that are never names</source>
        <translation>woorden die nooit namen zijn</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 toegevoegd</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 verwijderd</translation>
    </message>
    <message>
        <source>unlocked as well</source>
        <translation>ook ontgrendeld</translation>
    </message>
    <message>
        <source>was not locked</source>
        <translation>was niet vergrendeld</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>undo_delete</name>
    <message>
        <source>Delete?</source>
        <translation>Verwijderen?</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>U kunt dit ongedaan maken met Bewerken &gt; Ongedaan maken (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Bewerken &gt; Ongedaan maken (Ctrl+Z) zet het terug.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>U hebt wijzigingen die nog niet opgeslagen zijn.</translation>
    </message>
    <message>
        <source>Discarding drops what you typed since you last saved.</source>
        <translation>Verwerpen wist wat u typte sinds de laatste keer opslaan.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Concept opslaan</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Wijzigingen verwerpen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
</context>
</TS>

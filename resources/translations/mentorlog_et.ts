<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="et" sourcelanguage="en">
<context>
    <name>AttentionLabels</name>
    <message>
        <source>Act now</source>
        <translation>Tegutse kohe</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vajab tähelepanu</translation>
    </message>
    <message>
        <source>Keep an eye on</source>
        <translation>Hoia silma peal</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Plaanipärane</translation>
    </message>
    <message>
        <source>final review: not passed</source>
        <translation>lõpphindamine: mittesooritatud</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) escalated to the academy</source>
        <translation>
            <numerusform>%n mureteade edastatud akadeemiale</numerusform>
            <numerusform>%n mureteadet edastatud akadeemiale</numerusform>
        </translation>
    </message>
    <message>
        <source>latest review: at risk</source>
        <translation>viimane hindamine: ohus</translation>
    </message>
    <message numerus="yes">
        <source>%n open cause(s) for concern</source>
        <translation>
            <numerusform>%n avatud mureteade</numerusform>
            <numerusform>%n avatud mureteadet</numerusform>
        </translation>
    </message>
    <message>
        <source>no final review</source>
        <translation>lõpphindamine puudub</translation>
    </message>
    <message>
        <source>past its end with no final review</source>
        <translation>lõpp on möödas, lõpphindamine puudub</translation>
    </message>
    <message numerus="yes">
        <source>final review not held, %n day(s) left</source>
        <translation>
            <numerusform>lõpphindamine toimumata, jäänud %n päev</numerusform>
            <numerusform>lõpphindamine toimumata, jäänud %n päeva</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not responding to training (%n rating(s) in 4 weeks)</source>
        <translation>
            <numerusform>ei reageeri õpetamisele (%n hinnang 4 nädala jooksul)</numerusform>
            <numerusform>ei reageeri õpetamisele (%n hinnangut 4 nädala jooksul)</numerusform>
        </translation>
    </message>
    <message>
        <source>mid-point review overdue (due %1)</source>
        <translation>vahehindamine hilinenud (tähtaeg %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies below the level expected by now</source>
        <translation>
            <numerusform>%n pädevus alla praeguseks oodatava taseme</numerusform>
            <numerusform>%n pädevust alla praeguseks oodatava taseme</numerusform>
        </translation>
    </message>
    <message>
        <source>not observed yet</source>
        <translation>veel vaatlemata</translation>
    </message>
    <message numerus="yes">
        <source>no observation for %n day(s)</source>
        <translation>
            <numerusform>%n päev vaatluseta</numerusform>
            <numerusform>%n päeva vaatluseta</numerusform>
        </translation>
    </message>
    <message>
        <source>latest review: needs support</source>
        <translation>viimane hindamine: vajab tuge</translation>
    </message>
    <message>
        <source>a concern&apos;s review date has passed</source>
        <translation>mureteate ülevaatuse kuupäev on möödas</translation>
    </message>
    <message>
        <source>hours behind (%1 of %2 by now)</source>
        <translation>tunnid maas (%1 / %2 praeguseks oodatavast)</translation>
    </message>
    <message numerus="yes">
        <source>disagreed with %n entries in 4 weeks</source>
        <translation>
            <numerusform>ei nõustunud %n kandega 4 nädala jooksul</numerusform>
            <numerusform>ei nõustunud %n kandega 4 nädala jooksul</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the student&apos;s answer</source>
        <translation>%1 ootab õppuri vastust</translation>
    </message>
    <message>
        <source>%1 for the mentor&apos;s signature</source>
        <translation>%1 ootab juhendaja allkirja</translation>
    </message>
    <message>
        <source>entries waiting over a week: %1</source>
        <translation>üle nädala ootel kanded: %1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Tööjaam</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mida</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Kanne</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Üksikasjad</translation>
    </message>
    <message>
        <source>Event %1 · %2</source>
        <translation>Sündmus %1 · %2</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Any time</source>
        <translation>Igal ajal</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Täna</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Viimased 7 päeva</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Viimased 30 päeva</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimased 12 kuud</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Tegevuslogi</translation>
    </message>
    <message>
        <source>Search names, workstations, actions…</source>
        <translation>Otsi nimesid, tööjaamu, toiminguid…</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Otsi tegevuslogist</translation>
    </message>
    <message>
        <source>Show only this kind of event</source>
        <translation>Näita ainult seda liiki sündmusi</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Kõik sündmused</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajavahemik</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Otsi:</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Sündmused:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Ajavahemik:</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Tegevuslogi sündmused, uuemad eespool</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Näita &amp;rohkem</translation>
    </message>
    <message>
        <source>Each event is signed by whoever acted and chained to the one before; signed records carry the digest of what was signed.</source>
        <translation>Iga sündmuse allkirjastab selle toimingu tegija ja see aheldatakse eelmisega; allkirjastatud kanded sisaldavad allkirjastatud sisu räsi.</translation>
    </message>
    <message>
        <source>&amp;Verify records…</source>
        <translation>&amp;Kontrolli kandeid…</translation>
    </message>
    <message>
        <source>No events match these filters. Clear the search, choose “All events” or a longer period.</source>
        <translation>Nendele filtritele ei vasta ühtki sündmust. Tühjenda otsing, vali „Kõik sündmused” või pikem ajavahemik.</translation>
    </message>
    <message>
        <source>The audit trail is empty. Sign-ins and changes will appear here.</source>
        <translation>Tegevuslogi on tühi. Siia ilmuvad sisselogimised ja muudatused.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 events, newest first</source>
        <translation>Näidatakse %1 sündmust %2-st, uuemad eespool</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Varukoopiad</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Varukoopiad, uuemad eespool</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Varunda kohe</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Taasta valitud…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ava &amp;kaust</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Back it up with the server&apos;s own tools (pg_dump or the server&apos;s backup routine).</source>
        <translation>See andmebaas asub PostgreSQL-serveris. Varunda see serveri enda tööriistadega (pg_dump või serveri varundusprotseduur).</translation>
    </message>
    <message>
        <source>mentorlog backs up the database every 30 minutes while you work and when you close it, and checks every copy. Backups are kept in %1.</source>
        <translation>mentorlog varundab andmebaasi töö ajal iga 30 minuti järel ja sulgemisel ning kontrollib iga koopiat. Varukoopiaid hoitakse kaustas %1.</translation>
    </message>
    <message>
        <source>No backups yet. mentorlog makes one 30 minutes after the first change and whenever it closes; “Back up now” makes one straight away.</source>
        <translation>Varukoopiaid veel ei ole. mentorlog teeb esimese 30 minutit pärast esimest muudatust ja alati sulgemisel; „Varunda kohe” teeb selle kohe.</translation>
    </message>
    <message>
        <source>Only an administrator restores backups</source>
        <translation>Varukoopiaid taastab ainult administraator</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Kas taastada see varukoopia?</translation>
    </message>
    <message>
        <source>Everything in the database will be replaced by the backup made %1 (%2 hours ago). Whatever was recorded after that will be lost. The database as it is now is backed up first, so this can be undone.</source>
        <translation>Kõik andmebaasis olev asendatakse varukoopiaga, mis tehti %1 (%2 tundi tagasi). Kõik pärast seda salvestatu läheb kaotsi. Andmebaasist praegusel kujul tehakse enne varukoopia, nii et seda saab tagasi võtta.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Tehtud</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Kontrollitud</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Suurus</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>kontrollitud</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>EI OLE kontrollitud: %1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automaatne</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>käsitsi tehtud</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>sulgemisel</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>enne taastamist</translation>
    </message>
    <message>
        <source>after a retention purge</source>
        <translation>pärast säilitusaja puhastust</translation>
    </message>
    <message>
        <source>when encryption was turned on</source>
        <translation>krüpteerimise sisselülitamisel</translation>
    </message>
    <message>
        <source>before updating mentorlog</source>
        <translation>enne mentorlogi uuendamist</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Cohort</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>Training prison</source>
        <translation>Praktikavangla</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Pädevus</translation>
    </message>
    <message>
        <source>Every competency</source>
        <translation>Kõik pädevused</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Kõik etapid</translation>
    </message>
    <message>
        <source>Each mentor&apos;s ratings beside everyone else&apos;s in the same competencies and phases. ▲ rates higher, ▼ lower than peers, by %1 of a level or more, over several students: an invitation to talk about the scale, not a verdict (it compares ratings, not students).</source>
        <translation>Iga juhendaja hinnangud kõigi teiste hinnangute kõrval samades pädevustes ja etappides. ▲ hindab kolleegidest kõrgemalt, ▼ madalamalt, vähemalt %1 taseme võrra mitme õppuri puhul: kutse arutada skaala üle, mitte otsus (võrreldakse hinnanguid, mitte õppureid).</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Juhendajad</translation>
    </message>
    <message>
        <source>Prisons</source>
        <translation>Vanglad</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Võrdlemine…</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Kõik lennud</translation>
    </message>
    <message>
        <source>Every prison</source>
        <translation>Kõik vanglad</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s); %1</source>
        <translation>
            <numerusform>%Ln hinnang; %1</numerusform>
            <numerusform>%Ln hinnangut; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) rating apart from peers</source>
        <translation>
            <numerusform>%n juhendaja hindab kolleegidest erinevalt</numerusform>
            <numerusform>%n juhendajat hindab kolleegidest erinevalt</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings in this choice yet.</source>
        <translation>Selle valiku kohta hinnanguid veel ei ole.</translation>
    </message>
</context>
<context>
    <name>ChangeMentorDialog</name>
    <message>
        <source>New lead mentor for %1</source>
        <translation>%1: uus vastutav juhendaja</translation>
    </message>
    <message>
        <source>&amp;New lead mentor</source>
        <translation>&amp;Uus vastutav juhendaja</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alates</translation>
    </message>
    <message>
        <source>&amp;Previous lead</source>
        <translation>&amp;Eelmine vastutav juhendaja</translation>
    </message>
    <message>
        <source>stays on as a co-mentor</source>
        <translation>jääb kaasjuhendajaks</translation>
    </message>
</context>
<context>
    <name>CohortForm</name>
    <message>
        <source>Edit the cohort</source>
        <translation>Muuda lendu</translation>
    </message>
    <message>
        <source>Add a cohort</source>
        <translation>Lisa lend</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Algus</translation>
    </message>
    <message>
        <source>on</source>
        <translation>kuupäev</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Lõpp</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Pädevusraamistik</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Kehtiv raamistik</translation>
    </message>
</context>
<context>
    <name>CohortsDialog</name>
    <message>
        <source>Cohorts</source>
        <translation>Lennud</translation>
    </message>
    <message>
        <source>&amp;Add cohort…</source>
        <translation>&amp;Lisa lend…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>&amp;Placements…</source>
        <translation>&amp;Praktikad…</translation>
    </message>
    <message>
        <source>No cohorts yet. Press “Add cohort” for the students who started together, or import placements: a cohort the file names is made with them.</source>
        <translation>Lende veel ei ole. Vajuta „Lisa lend” koos alustanud õppurite jaoks või impordi praktikad: failis nimetatud lend luuakse koos nendega.</translation>
    </message>
</context>
<context>
    <name>CohortsModel</name>
    <message>
        <source>Cohort</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Algus</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Lõpp</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Raamistik</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praktikad</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Kehtiv raamistik</translation>
    </message>
</context>
<context>
    <name>CompetenciesModel</name>
    <message>
        <source>Competency</source>
        <translation>Pädevus</translation>
    </message>
    <message>
        <source>Mentor&apos;s latest rating</source>
        <translation>Juhendaja viimane hinnang</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Vaadeldud</translation>
    </message>
    <message>
        <source>Last observed</source>
        <translation>Viimati vaadeldud</translation>
    </message>
    <message>
        <source>Student&apos;s self-assessment</source>
        <translation>Õppuri enesehindamine</translation>
    </message>
    <message>
        <source>The latest level a mentor gave, with its label</source>
        <translation>Viimane tase, mille juhendaja andis, koos selle nimetusega</translation>
    </message>
    <message>
        <source>How many times it was rated (not counting “not observed”)</source>
        <translation>Mitu korda seda hinnati („ei vaadeldud” välja arvatud)</translation>
    </message>
    <message>
        <source>The student&apos;s own latest rating, shown beside the mentor&apos;s and never averaged into it</source>
        <translation>Õppuri enda viimane hinnang, mida näidatakse juhendaja hinnangu kõrval ja mida sellega kunagi ei keskmistata</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>veel hindamata</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recent ratings below %1, the level expected by now</source>
        <translation>Viimased hinnangud on alla taseme %1, mida praeguseks oodatakse</translation>
    </message>
    <message numerus="yes">
        <source>Not observed in the last %n day(s): look out for it on the next shift</source>
        <translation>
            <numerusform>Pole vaadeldud viimase %n päeva jooksul: jälgi seda järgmises vahetuses</numerusform>
            <numerusform>Pole vaadeldud viimase %n päeva jooksul: jälgi seda järgmises vahetuses</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetenciesTab</name>
    <message>
        <source>Competencies</source>
        <translation>Pädevused</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Vaadeldud</translation>
    </message>
    <message>
        <source>100 days ago</source>
        <translation>100 päeva tagasi</translation>
    </message>
    <message>
        <source>Your self-assessment is shown beside your mentor&apos;s rating, never averaged into it.</source>
        <translation>Sinu enesehindamist näidatakse juhendaja hinnangu kõrval, seda ei keskmistata kunagi sellega.</translation>
    </message>
    <message>
        <source>Rate m&amp;yself…</source>
        <translation>&amp;Hinda ennast…</translation>
    </message>
    <message>
        <source>Rate yourself on the chosen competency</source>
        <translation>Hinda ennast valitud pädevuses</translation>
    </message>
    <message>
        <source>Choose a competency above to see its trend.</source>
        <translation>Vali ülalt pädevus, et näha selle arengut.</translation>
    </message>
    <message numerus="yes">
        <source>Every competency was observed in the last %n day(s).</source>
        <translation>
            <numerusform>Iga pädevust on vaadeldud viimase %n päeva jooksul.</numerusform>
            <numerusform>Iga pädevust on vaadeldud viimase %n päeva jooksul.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ja veel %n</numerusform>
            <numerusform>%1 ja veel %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 competencies were not observed in the last %2 days (highlighted): %3. Look out for them on the next shifts.</source>
        <translation>
            <numerusform>%n pädevust %1-st ei ole vaadeldud viimase %2 päeva jooksul (esile tõstetud): %3. Jälgi neid järgmistes vahetustes.</numerusform>
            <numerusform>%n pädevust %1-st ei ole vaadeldud viimase %2 päeva jooksul (esile tõstetud): %3. Jälgi neid järgmistes vahetustes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetencyPicker</name>
    <message>
        <source>Find a competency…</source>
        <translation>Leia pädevus…</translation>
    </message>
    <message>
        <source>Find a competency</source>
        <translation>Leia pädevus</translation>
    </message>
    <message>
        <source>Competencies shown on this shift</source>
        <translation>Selles vahetuses näidatud pädevused</translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <source>What was seen, over what time, and why it matters for the placement.</source>
        <translation>Mida nähti, millise aja jooksul ja miks see on praktika jaoks oluline.</translation>
    </message>
    <message>
        <source>What the student will do, what support they get, and from whom.</source>
        <translation>Mida õppur teeb, millist tuge ta saab ja kellelt.</translation>
    </message>
    <message>
        <source>&amp;Raised on</source>
        <translation>Es&amp;itatud</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Murekoht</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>&amp;Tegevuskava</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>Üle&amp;vaatus</translation>
    </message>
    <message>
        <source>Outcome: what was done and where things stand (needed to resolve or escalate).</source>
        <translation>Tulemus: mida tehti ja mis on olukord (vajalik lahendamiseks või akadeemiale edastamiseks).</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Jälgi</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Lahenda</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Edasta akadeemiale</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Ava uuesti</translation>
    </message>
    <message>
        <source>How you see it, and what you will do (your mentors and coordinator read it)</source>
        <translation>Kuidas sina seda näed ja mida teed (seda loevad sinu juhendajad ja koordinaator)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Saa&amp;da vastus</translation>
    </message>
    <message>
        <source>The student&apos;s reply</source>
        <translation>Õppuri vastus</translation>
    </message>
    <message>
        <source>&amp;Your reply (you can change it)</source>
        <translation>&amp;Sinu vastus (saad seda muuta)</translation>
    </message>
    <message>
        <source>&amp;Your reply</source>
        <translation>&amp;Sinu vastus</translation>
    </message>
    <message>
        <source>Raise a cause for concern</source>
        <translation>Esita mureteade</translation>
    </message>
    <message>
        <source>Cause for concern – %1</source>
        <translation>Mureteade – %1</translation>
    </message>
    <message>
        <source>&amp;Raise concern</source>
        <translation>&amp;Esita mureteade</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: handed on to the academy; it stays open until it is resolved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: edastatud akadeemiale; jääb avatuks, kuni see lahendatakse</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this concern needs follow-up – its review date has come</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: see mureteade vajab järelkontrolli – selle ülevaatuse kuupäev on käes</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this concern needs follow-up</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: see mureteade vajab järelkontrolli</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2</translation>
    </message>
</context>
<context>
    <name>ConcernsModel</name>
    <message>
        <source>Raised</source>
        <translation>Esitatud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Ülevaatus</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Murekoht</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Esitaja</translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (tähtaeg käes)</translation>
    </message>
    <message>
        <source>%1, needs follow-up</source>
        <translation>%1, vajab järelkontrolli</translation>
    </message>
</context>
<context>
    <name>ConcernsTab</name>
    <message>
        <source>&amp;Raise concern…</source>
        <translation>&amp;Esita mureteade…</translation>
    </message>
    <message numerus="yes">
        <source>%n open concern(s)</source>
        <translation>
            <numerusform>%n avatud mureteade</numerusform>
            <numerusform>%n avatud mureteadet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated concern(s)</source>
        <translation>
            <numerusform>%n akadeemiale edastatud mureteade</numerusform>
            <numerusform>%n akadeemiale edastatud mureteadet</numerusform>
        </translation>
    </message>
    <message>
        <source>No open concerns</source>
        <translation>Avatud mureteateid ei ole</translation>
    </message>
    <message>
        <source>No concerns have been raised.</source>
        <translation>Mureteateid ei ole esitatud.</translation>
    </message>
    <message>
        <source>No concerns raised. When a student is not progressing, press “Raise concern” to record what you see, agree an action plan and set a date to review it.</source>
        <translation>Mureteateid ei ole esitatud. Kui õppur ei edene, vajuta „Esita mureteade”, et kirja panna, mida näed, leppida kokku tegevuskava ja määrata selle ülevaatamise kuupäev.</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Murekoht</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Tegevuskava</translation>
    </message>
    <message>
        <source>Delete this concern? Use Resolve instead if it has been dealt with.</source>
        <translation>Kas kustutada see mureteade? Kui see on lahendatud, kasuta hoopis „Lahenda”.</translation>
    </message>
    <message>
        <source>Concern deleted</source>
        <translation>Mureteade kustutatud</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Attention</source>
        <translation>Tähelepanu</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Õppur</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Põhjused</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Vangla</translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation>Vastutav juhendaja</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Päevi jäänud</translation>
    </message>
    <message>
        <source>Outcome so far</source>
        <translation>Senine tulemus</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Mureteated</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Hindamised</translation>
    </message>
    <message>
        <source>NRT</source>
        <translation>ER</translation>
    </message>
    <message>
        <source>Remedial</source>
        <translation>Järeleõpe</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Ei nõustunud</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ootel</translation>
    </message>
    <message>
        <source>Last obs.</source>
        <translation>Viim. vaatl.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnid</translation>
    </message>
    <message>
        <source>Below exp.</source>
        <translation>Alla ootuse</translation>
    </message>
    <message>
        <source>How soon to look, from the reasons at the end of the row</source>
        <translation>Kui kiiresti vaadata, rea lõpus olevate põhjuste järgi</translation>
    </message>
    <message>
        <source>Days until the placement ends</source>
        <translation>Päevi praktika lõpuni</translation>
    </message>
    <message>
        <source>The final review&apos;s result, else the latest review&apos;s</source>
        <translation>Lõpphindamise tulemus, selle puudumisel viimase hindamise tulemus</translation>
    </message>
    <message>
        <source>Open causes for concern, escalated ones included</source>
        <translation>Avatud mureteated, sh akadeemiale edastatud</translation>
    </message>
    <message>
        <source>Reviews overdue or missing</source>
        <translation>Hilinenud või puuduvad hindamised</translation>
    </message>
    <message>
        <source>Ratings marked &apos;not responding to training&apos; in the placement</source>
        <translation>Praktikas märkega „ei reageeri õpetamisele” hinnangud</translation>
    </message>
    <message>
        <source>Minutes of remedial training logged</source>
        <translation>Registreeritud järeleõppe minutid</translation>
    </message>
    <message>
        <source>Why, in words (the whole list in the row&apos;s tooltip)</source>
        <translation>Põhjused sõnadega (kogu loend rea kohtspikris)</translation>
    </message>
    <message>
        <source>Entries the student disagreed with</source>
        <translation>Kanded, millega õppur ei nõustunud</translation>
    </message>
    <message>
        <source>Entries shared over a week ago still waiting: for the student&apos;s answer / for the mentor&apos;s signature</source>
        <translation>Üle nädala tagasi jagatud kanded, mis endiselt ootavad: õppuri vastust / juhendaja allkirja</translation>
    </message>
    <message>
        <source>Days since the last observation</source>
        <translation>Päevi viimasest vaatlusest</translation>
    </message>
    <message>
        <source>Hours logged / the target pro-rated to today</source>
        <translation>Registreeritud tunnid / tänaseni proportsionaalne sihtmaht</translation>
    </message>
    <message>
        <source>Competencies whose recent ratings are below the level expected by now</source>
        <translation>Pädevused, mille viimased hinnangud on praeguseks oodatavast tasemest madalamal</translation>
    </message>
    <message>
        <source>Mid-point overdue</source>
        <translation>Vahehindamine hilinenud</translation>
    </message>
    <message>
        <source>No final review</source>
        <translation>Lõpphindamine puudub</translation>
    </message>
    <message>
        <source>Final due</source>
        <translation>Lõpphindamise tähtaeg</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planeeritud</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n p</numerusform>
            <numerusform>%n p</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 esc.)</source>
        <translation>%1 (%2 edast.)</translation>
    </message>
    <message>
        <source>%1: %2; %3; %4 – %5</source>
        <translation>%1: %2; %3; %4 – %5</translation>
    </message>
    <message>
        <source>%1 of %2 hours; %3 expected by today</source>
        <translation>%1 / %2 tundi; tänaseks oodatav %3</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last four weeks</source>
        <translation>
            <numerusform>%n viimase nelja nädala jooksul</numerusform>
            <numerusform>%n viimase nelja nädala jooksul</numerusform>
        </translation>
    </message>
    <message>
        <source>Level expected by now: %1</source>
        <translation>Praeguseks oodatav tase: %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Find a student, prison or cohort</source>
        <translation>Leia õppur, vangla või lend</translation>
    </message>
    <message>
        <source>Find in the dashboard</source>
        <translation>Otsi töölaualt</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Akadeemia</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>Training prison</source>
        <translation>Praktikavangla</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Juhendaja</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Kõik etapid</translation>
    </message>
    <message>
        <source>&amp;Needs attention only</source>
        <translation>&amp;Ainult tähelepanu vajavad</translation>
    </message>
    <message>
        <source>Show &amp;ended placements</source>
        <translation>Näita &amp;lõppenud praktikaid</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>&amp;Ekspordi…</translation>
    </message>
    <message>
        <source>Save these rows as CSV for the academy&apos;s records</source>
        <translation>Salvesta need read CSV-failina akadeemia arhiivi jaoks</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praktikad</translation>
    </message>
    <message>
        <source>Every academy</source>
        <translation>Kõik akadeemiad</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Kõik lennud</translation>
    </message>
    <message>
        <source>Every prison</source>
        <translation>Kõik vanglad</translation>
    </message>
    <message>
        <source>Every mentor</source>
        <translation>Kõik juhendajad</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s): %1 to act on now, %2 needing attention</source>
        <translation>
            <numerusform>%n praktika: %1 vajab kohest tegutsemist, %2 vajab tähelepanu</numerusform>
            <numerusform>%n praktikat: %1 vajab kohest tegutsemist, %2 vajab tähelepanu</numerusform>
        </translation>
    </message>
    <message>
        <source>No placement needs attention now. Untick “Needs attention only” to see every placement.</source>
        <translation>Praegu ei vaja ükski praktika tähelepanu. Kõigi praktikate nägemiseks eemalda märge „Ainult tähelepanu vajavad”.</translation>
    </message>
    <message>
        <source>No placement matches these filters. Widen or clear them.</source>
        <translation>Nendele filtritele ei vasta ükski praktika. Laienda või tühjenda filtrid.</translation>
    </message>
    <message>
        <source>None of these placements is current. Tick “Show ended placements” to see the ended ones.</source>
        <translation>Ükski neist praktikatest ei ole käimas. Lõppenud praktikate nägemiseks märgi „Näita lõppenud praktikaid”.</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Ekspordi töölaud</translation>
    </message>
    <message>
        <source>attention dashboard.csv</source>
        <translation>tähelepanu töölaud.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-failid (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Faili %1 salvestati %n rida</numerusform>
            <numerusform>Faili %1 salvestati %n rida</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>This database was found damaged, so it is open to read only: nothing can be saved. Restore the newest verified backup (File &gt; Backups) to go on working.</source>
        <translation>See andmebaas leiti olevat kahjustatud, seetõttu on see avatud ainult lugemiseks: midagi ei saa salvestada. Töö jätkamiseks taasta uusim kontrollitud varukoopia (Fail &gt; Varukoopiad).</translation>
    </message>
    <message>
        <source>This database is on read-only media: you can read it, make reports and export, but nothing can be saved here. To work in it, copy it with its .keys file to a folder you can write to.</source>
        <translation>See andmebaas asub kirjutuskaitstud andmekandjal: saad seda lugeda, aruandeid teha ja eksportida, kuid siia ei saa midagi salvestada. Selles töötamiseks kopeeri see koos .keys-failiga kausta, kuhu saad kirjutada.</translation>
    </message>
</context>
<context>
    <name>DisagreeDialog</name>
    <message>
        <source>I disagree</source>
        <translation>Ma ei nõustu</translation>
    </message>
    <message>
        <source>Say what you disagree with in the feedback of %1 from %2. Your comment is kept with this version of the feedback, so you and your mentor can discuss it.</source>
        <translation>Kirjuta, millega sa ei nõustu tagasisides, mille %2 andis %1. Sinu kommentaar säilitatakse koos selle tagasiside versiooniga, et saaksid seda juhendajaga arutada.</translation>
    </message>
    <message>
        <source>&amp;Why you disagree (required)</source>
        <translation>&amp;Miks sa ei nõustu (kohustuslik)</translation>
    </message>
    <message>
        <source>Why you disagree</source>
        <translation>Miks sa ei nõustu</translation>
    </message>
    <message>
        <source>e.g. I asked him to step back before I searched the cell.</source>
        <translation>nt palusin tal enne kambri läbiotsimist tagasi astuda.</translation>
    </message>
    <message>
        <source>&amp;Record disagreement</source>
        <translation>&amp;Salvesta mittenõustumine</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>Hours logged against the target</source>
        <translation>Tunnid võrreldes sihtmahuga</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnid</translation>
    </message>
    <message>
        <source>%1 phase · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>cohort %1</source>
        <translation>lend %1</translation>
    </message>
    <message>
        <source>Mentors: %1</source>
        <translation>Juhendajad: %1</translation>
    </message>
    <message>
        <source>No mentor assigned yet</source>
        <translation>Juhendajat pole veel määratud</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 h</source>
        <translation>%1 / %2 h</translation>
    </message>
    <message>
        <source>%1 h (no target set)</source>
        <translation>%1 h (sihtmahtu pole määratud)</translation>
    </message>
    <message>
        <source>Dossier of %1</source>
        <translation>Toimik: %1</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Ajajoon</translation>
    </message>
    <message>
        <source>&amp;Competencies</source>
        <translation>&amp;Pädevused</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Eesmärgid</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>&amp;Hindamised</translation>
    </message>
    <message>
        <source>C&amp;oncerns</source>
        <translation>&amp;Mureteated</translation>
    </message>
    <message>
        <source>Choose a student on the left to open their dossier. Type in the filter above the list to find someone quickly.</source>
        <translation>Vali vasakult õppur, et avada tema toimik. Kellegi kiireks leidmiseks kirjuta loendi kohal olevasse filtrisse.</translation>
    </message>
    <message>
        <source>Feedbac&amp;k</source>
        <translation>&amp;Tagasiside</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Unfinished work</source>
        <translation>Lõpetamata töö</translation>
    </message>
    <message>
        <source>mentorlog kept text you were typing when it last stopped. Open it to carry on, or discard what you no longer need.</source>
        <translation>mentorlog säilitas teksti, mida sa viimati sulgemise ajal kirjutasid. Ava see, et jätkata, või loobu sellest, mida enam ei vaja.</translation>
    </message>
    <message>
        <source>Unfinished drafts</source>
        <translation>Lõpetamata mustandid</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Loobu</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Hiljem</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Vaatlus</translation>
    </message>
    <message>
        <source>Amendment of a signed observation</source>
        <translation>Allkirjastatud vaatluse muudatus</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksioon</translation>
    </message>
    <message>
        <source>%1 for %2, autosaved %3</source>
        <translation>%1 (%2), automaatselt salvestatud %3</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Text kept safe (autosaved %1)</source>
        <translation>Tekst on kaitstud (automaatselt salvestatud %1)</translation>
    </message>
    <message>
        <source>Not saved: see the problems marked in red.</source>
        <translation>Ei salvestatud: vaata punasega märgitud probleeme.</translation>
    </message>
    <message>
        <source>Not saved yet: someone saved a newer version.</source>
        <translation>Veel salvestamata: keegi salvestas uuema versiooni.</translation>
    </message>
    <message>
        <source>Showing the newer version</source>
        <translation>Näidatakse uuemat versiooni</translation>
    </message>
    <message>
        <source>Not saved: your text is still here.</source>
        <translation>Ei salvestatud: sinu tekst on alles.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End %1&apos;s placement</source>
        <translation>%1: praktika lõpetamine</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Viimane päev</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Miks</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Lõpetatud</translation>
    </message>
    <message>
        <source>Interrupted (to be resumed later)</source>
        <translation>Katkestatud (jätkub hiljem)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Loobunud</translation>
    </message>
    <message>
        <source>Completing the placement signs it off: your signature covers its dates, status, target hours and framework.</source>
        <translation>Praktika lõpetamine kinnitab selle lõppallkirjaga: sinu allkiri hõlmab selle kuupäevi, olekut, sihttunde ja pädevusraamistikku.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Põhjus</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export progress reports</source>
        <translation>Ekspordi arenguaruanded</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kes</translation>
    </message>
    <message>
        <source>&amp;One student</source>
        <translation>&amp;Üks õppur</translation>
    </message>
    <message>
        <source>&amp;Several students</source>
        <translation>&amp;Mitu õppurit</translation>
    </message>
    <message>
        <source>A whole &amp;cohort, with its summary</source>
        <translation>Terve &amp;lend koos kokkuvõttega</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Õppur</translation>
    </message>
    <message>
        <source>Students to export</source>
        <translation>Eksporditavad õppurid</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>There are no placements you may report on yet. Once a student has a placement, their progress report can be exported here.</source>
        <translation>Praktikaid, mille kohta saaksid aruandeid teha, veel ei ole. Kui õppuril on praktika, saab tema arenguaruande siit eksportida.</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Salvestuskoht</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vali…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Salvestuskoht:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ekspordi areng</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Eelvaade</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>Eks&amp;pordi</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Katkesta e&amp;ksport</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Ava &amp;fail</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Ava k&amp;aust</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Loading students…</source>
        <translation>Õppurite laadimine…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n placement(s))</source>
        <translation>
            <numerusform>%1 (%2, %n praktika)</numerusform>
            <numerusform>%1 (%2, %n praktikat)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Salvesta aruanne nimega</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-failid (*.pdf)</translation>
    </message>
    <message>
        <source>Save the reports in</source>
        <translation>Salvesta aruanded kausta</translation>
    </message>
    <message>
        <source>Tick at least one student to export.</source>
        <translation>Märgi eksportimiseks vähemalt üks õppur.</translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation>Vali salvestuskoht.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Eelvaate ettevalmistamine…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Eksportimine…</translation>
    </message>
    <message>
        <source>Stopping after the current report…</source>
        <translation>Peatumine pärast praeguse aruande valmimist…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Kirjutatakse %1 (%2/%3)…</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n report(s) were written whole before it stopped; nothing half-written was left.</source>
        <translation>
            <numerusform>Eksport katkestati: enne peatumist kirjutati täielikult %n aruanne; pooleldi kirjutatud faile ei jäänud.</numerusform>
            <numerusform>Eksport katkestati: enne peatumist kirjutati täielikult %n aruannet; pooleldi kirjutatud faile ei jäänud.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s), %1 in all.</source>
        <translation>
            <numerusform>Kirjutati %n PDF, kokku %1.</numerusform>
            <numerusform>Kirjutati %n PDF-i, kokku %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n lehekülg</numerusform>
            <numerusform>%n lehekülge</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (nothing in the period): %1</source>
        <translation>Välja jäetud (perioodil midagi ei olnud): %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend %1&apos;s placement</source>
        <translation>%1: praktika pikendamine</translation>
    </message>
    <message>
        <source>&amp;New end</source>
        <translation>&amp;Uus lõpp</translation>
    </message>
    <message>
        <source>&amp;More target hours</source>
        <translation>&amp;Täiendavad sihttunnid</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>New</source>
        <translation>Uus</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Tutvutud</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Ei nõustunud</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Juhendaja</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Tagasiside</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Sinu vastus</translation>
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
        <translation>Uus tagasiside</translation>
    </message>
    <message>
        <source>Answered feedback</source>
        <translation>Vastatud tagasiside</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;New feedback&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Uus tagasiside&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ans&amp;wered&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Vastatud&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The chosen feedback</source>
        <translation>Valitud tagasiside</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Tutvusin</translation>
    </message>
    <message>
        <source>You have read this feedback; your mentor sees that you acknowledged it</source>
        <translation>Oled selle tagasisidega tutvunud; sinu juhendaja näeb, et kinnitasid tutvumist</translation>
    </message>
    <message>
        <source>I &amp;disagree…</source>
        <translation>Ma ei &amp;nõustu…</translation>
    </message>
    <message>
        <source>Record that you disagree, with a comment saying why</source>
        <translation>Salvesta, et sa ei nõustu, koos kommentaariga, miks</translation>
    </message>
    <message>
        <source>Ref&amp;lect on this…</source>
        <translation>&amp;Reflekteeri…</translation>
    </message>
    <message>
        <source>Write a reflection linked to this feedback</source>
        <translation>Kirjuta selle tagasisidega seotud refleksioon</translation>
    </message>
    <message>
        <source>No new feedback — everything has been acknowledged. New feedback from your mentor appears here first.</source>
        <translation>Uut tagasisidet ei ole — kõigiga on tutvutud. Uus tagasiside juhendajalt ilmub esmalt siia.</translation>
    </message>
    <message>
        <source>Feedback you have acknowledged or disagreed with is kept here.</source>
        <translation>Tagasisidet, millega oled tutvunud või millega sa ei nõustunud, hoitakse siin.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n uus</numerusform>
            <numerusform>%n uut</numerusform>
        </translation>
    </message>
    <message>
        <source>No new feedback — everything has been acknowledged.</source>
        <translation>Uut tagasisidet ei ole — kõigiga on tutvutud.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) waiting for your signature</source>
        <translation>
            <numerusform>%n hindamine ootab sinu allkirja</numerusform>
            <numerusform>%n hindamist ootab sinu allkirja</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most recent of %2 answers; the timeline and your progress report have them all.</source>
        <translation>%1 viimast vastust %2-st; ajajoonel ja sinu arenguaruandes on need kõik.</translation>
    </message>
    <message>
        <source>Choose feedback in a list to read it here.</source>
        <translation>Vali loendist tagasiside, et seda siin lugeda.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Andis %1</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Hinnangud</translation>
    </message>
    <message>
        <source>You acknowledged version %1 on %2.</source>
        <translation>Kinnitasid tutvumist versiooniga %1 (%2).</translation>
    </message>
    <message>
        <source>You disagreed with version %1 on %2:</source>
        <translation>Sa ei nõustunud versiooniga %1 (%2):</translation>
    </message>
    <message>
        <source>Your mentor corrected this feedback (version %1).</source>
        <translation>Sinu juhendaja parandas seda tagasisidet (versioon %1).</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Guard missing</source>
        <translation>Kaitse puudub</translation>
    </message>
    <message>
        <source>Trail broken</source>
        <translation>Ahel katkenud</translation>
    </message>
    <message>
        <source>Trail cut short</source>
        <translation>Ahel lühenenud</translation>
    </message>
    <message>
        <source>Signature fails</source>
        <translation>Allkiri ei kehti</translation>
    </message>
    <message>
        <source>Wrong key</source>
        <translation>Vale võti</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Allkirjastamata</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allkirjastamisvõti</translation>
    </message>
    <message>
        <source>Content changed</source>
        <translation>Sisu muudetud</translation>
    </message>
    <message>
        <source>No longer locked</source>
        <translation>Enam pole lukustatud</translation>
    </message>
    <message>
        <source>Sign-off missing</source>
        <translation>Lõppallkiri puudub</translation>
    </message>
    <message>
        <source>Record missing</source>
        <translation>Kanne puudub</translation>
    </message>
    <message>
        <source>Not on the trail</source>
        <translation>Pole ahelas</translation>
    </message>
    <message>
        <source>Seal broken</source>
        <translation>Pitser murtud</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Asukoht</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Mis on valesti</translation>
    </message>
</context>
<context>
    <name>FirstPasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Vali oma parool</translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with the one-time password from your sign-in sheet; choose your own now (at least %2 characters). The one-time password stops working once it is saved.</source>
        <translation>Tere tulemast, %1! Logisid sisse sisselogimislehel oleva ühekordse parooliga; vali nüüd oma parool (vähemalt %2 märki). Ühekordne parool lakkab töötamast, kui uus parool on salvestatud.</translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation>Ü&amp;hekordne parool</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Uus parool</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>&amp;Korda uut parooli</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Paroolid on erinevad.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to mentorlog</source>
        <translation>Tere tulemast mentorlogi</translation>
    </message>
    <message>
        <source>This database is empty. Set mentorlog up for your site by creating the first administrator account, or load demo data to look around first.</source>
        <translation>See andmebaas on tühi. Seadista mentorlog oma keskkonna jaoks, luues esimese administraatori konto, või laadi enne ringivaatamiseks demoandmed.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Andmebaas: %1</translation>
    </message>
    <message>
        <source>&amp;Language of this site:</source>
        <translation>Selle asutuse &amp;keel:</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Loo esimene administraator</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Eesnimi</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Perekonnanimi</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Pa&amp;rool</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Parool &amp;uuesti</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Parool peab olema vähemalt 8 märki pikk.</translation>
    </message>
    <message>
        <source>&amp;Create administrator and sign in</source>
        <translation>&amp;Loo administraator ja logi sisse</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Paroolid on erinevad.</translation>
    </message>
    <message>
        <source>Look around with demo data</source>
        <translation>Vaata ringi demoandmetega</translation>
    </message>
    <message numerus="yes">
        <source>Loads a made-up academy with training prisons in Belgium, Finland, Norway and Estonia, %n students and their observations, reflections, goals, reviews and concerns. Afterwards sign in as admin, coordinator, mentor or student, each with the password demo.</source>
        <translation>
            <numerusform>Laadib väljamõeldud akadeemia koos praktikavanglatega Belgias, Soomes, Norras ja Eestis, %n õppuri ning nende vaatluste, refleksioonide, eesmärkide, hindamiste ja mureteadetega. Seejärel logi sisse kui admin, coordinator, mentor või student, igaühel parool demo.</numerusform>
            <numerusform>Laadib väljamõeldud akadeemia koos praktikavanglatega Belgias, Soomes, Norras ja Eestis, %n õppuri ning nende vaatluste, refleksioonide, eesmärkide, hindamiste ja mureteadetega. Seejärel logi sisse kui admin, coordinator, mentor või student, igaühel parool demo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>Laadi &amp;demoandmed</translation>
    </message>
    <message>
        <source>Demo data progress</source>
        <translation>Demoandmete laadimise edenemine</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Demoandmete laadimine…</translation>
    </message>
</context>
<context>
    <name>FrameworksDialog</name>
    <message>
        <source>Frameworks</source>
        <translation>Raamistikud</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Impordi…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Ekspordi…</translation>
    </message>
    <message>
        <source>No framework yet. Press “Import” to add the academy&apos;s own (JSON or XLSX).</source>
        <translation>Pädevusraamistikku veel ei ole. Vajuta „Impordi”, et lisada akadeemia enda raamistik (JSON või XLSX).</translation>
    </message>
    <message>
        <source>The framework to import</source>
        <translation>Imporditav pädevusraamistik</translation>
    </message>
    <message>
        <source>Frameworks (*.json *.xlsx);;All files (*)</source>
        <translation>Raamistikud (*.json *.xlsx);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>%1, version %2, is now in force (%3 competencies, scale %4).</source>
        <translation>%1, versioon %2, on nüüd kehtiv (%3 pädevust, skaala %4).</translation>
    </message>
    <message>
        <source>Export the framework</source>
        <translation>Ekspordi pädevusraamistik</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Exceli töövihik (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Kirjutatud faili %1.</translation>
    </message>
</context>
<context>
    <name>FrameworksModel</name>
    <message>
        <source>Framework</source>
        <translation>Raamistik</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versioon</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skaala</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Pädevused</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Keeled</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Kehtiv</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Kehtetu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Mustand</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>e.g. Start conversations on the landing unprompted</source>
        <translation>nt alustab korrusel vestlusi omal algatusel</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>What the student will do, with what support, and how progress will show.</source>
        <translation>Mida õppur teeb, millise toega ja kuidas areng välja paistab.</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>&amp;Salvesta eesmärk</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Eesmärk</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>&amp;Olek</translation>
    </message>
    <message>
        <source>&amp;Develops</source>
        <translation>&amp;Arendab</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>&amp;Tegevuskava</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Edenemise märkused</translation>
    </message>
    <message>
        <source>What has happened towards this goal?</source>
        <translation>Mis on selle eesmärgi suunas toimunud?</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Lisa &amp;märkus</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Edenemise märkused&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Uus eesmärk</translation>
    </message>
    <message>
        <source>No competency named</source>
        <translation>Pädevust pole nimetatud</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Open</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Töös</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Saavutatud</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Loobutud</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Tähtaeg</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Pädevused</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Märkused</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (tähtaeg ületatud)</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>&amp;New goal</source>
        <translation>&amp;Uus eesmärk</translation>
    </message>
    <message numerus="yes">
        <source>%n open · %1 overdue</source>
        <translation>
            <numerusform>%n avatud · %1 tähtaja ületanud</numerusform>
            <numerusform>%n avatud · %1 tähtaja ületanud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n avatud</numerusform>
            <numerusform>%n avatud</numerusform>
        </translation>
    </message>
    <message>
        <source>No goals yet. Goals you agree with your mentor appear here, and you can note your progress on each.</source>
        <translation>Eesmärke veel ei ole. Siia ilmuvad eesmärgid, milles juhendajaga kokku lepid, ja igaühe juurde saad märkida oma edenemise.</translation>
    </message>
    <message>
        <source>No goals have been set for this placement yet.</source>
        <translation>Sellele praktikale pole veel eesmärke seatud.</translation>
    </message>
    <message>
        <source>No goals yet. Press “New goal” to agree the first one: what to work on, the action plan, and by when.</source>
        <translation>Eesmärke veel ei ole. Vajuta „Uus eesmärk”, et leppida kokku esimene: mille kallal töötada, tegevuskava ja tähtaeg.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Tegevuskava</translation>
    </message>
    <message>
        <source>Delete the goal “%1”?</source>
        <translation>Kas kustutada eesmärk „%1”?</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Eesmärk kustutatud</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>mentorlog help</source>
        <translation>mentorlogi abi</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kiirklahvid</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>Lukustatud</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Logi välja</translation>
    </message>
    <message>
        <source>Sign %1 out?</source>
        <translation>Kas logida %1 välja?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New prisons, units and cohorts (%1):</source>
        <translation>Uued vanglad, üksused ja lennud (%1):</translation>
    </message>
    <message>
        <source>Would make (%1):</source>
        <translation>Loodaks (%1):</translation>
    </message>
    <message>
        <source>Made (%1):</source>
        <translation>Loodud (%1):</translation>
    </message>
    <message>
        <source>Would change (%1):</source>
        <translation>Muudetaks (%1):</translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation>Muudetud (%1):</translation>
    </message>
    <message>
        <source>Left alone (%1):</source>
        <translation>Jäetud puutumata (%1):</translation>
    </message>
    <message>
        <source>The file holds nothing new.</source>
        <translation>Failis pole midagi uut.</translation>
    </message>
    <message>
        <source>Import people or placements</source>
        <translation>Impordi inimesed või praktikad</translation>
    </message>
    <message>
        <source>People (given_name, family_name, username, roles, email)</source>
        <translation>Inimesed (given_name, family_name, username, roles, email)</translation>
    </message>
    <message>
        <source>Placements (student, cohort, prison, unit, mentor, start, end, target_hours)</source>
        <translation>Praktikad (student, cohort, prison, unit, mentor, start, end, target_hours)</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>.csv- või .xlsx-fail</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Vali…</translation>
    </message>
    <message>
        <source>Where the new accounts&apos; one-time passwords go</source>
        <translation>Kuhu lähevad uute kontode ühekordsed paroolid</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>V&amp;ali…</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Mida</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet</source>
        <translation>Sisselogimis&amp;leht</translation>
    </message>
    <message>
        <source>CSV as Excel saves it (UTF-8, &apos;;&apos; or &apos;,&apos;), or an Excel workbook. “Check” shows what the file would do and writes nothing; a file with any bad row is not imported. The sign-in sheet (PDF or CSV) is written once and kept nowhere else.</source>
        <translation>CSV nii, nagu Excel selle salvestab (UTF-8, &apos;;&apos; või &apos;,&apos;), või Exceli töövihik. „Kontrolli” näitab, mida fail teeks, ja ei kirjuta midagi; vigase reaga faili ei impordita. Sisselogimisleht (PDF või CSV) kirjutatakse üks kord ja seda ei hoita kusagil mujal.</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Mida import teeks</translation>
    </message>
    <message>
        <source>Choose a file and press Check.</source>
        <translation>Vali fail ja vajuta „Kontrolli”.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Kontrolli</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impordi</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Imporditav fail</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tabelid (*.csv *.xlsx);;Kõik failid (*)</translation>
    </message>
    <message>
        <source>Where the sign-in sheet goes</source>
        <translation>Kuhu sisselogimisleht salvestatakse</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Vali kõigepealt imporditav fail.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 kontrollimine…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 importimine…</translation>
    </message>
    <message>
        <source>Choose where the sign-in sheet goes: it holds the new accounts&apos; one-time passwords, and mentorlog keeps no copy.</source>
        <translation>Vali, kuhu sisselogimisleht salvestatakse: sellel on uute kontode ühekordsed paroolid ja mentorlog ei hoia sellest koopiat.</translation>
    </message>
    <message>
        <source>Nothing was written yet.</source>
        <translation>Veel pole midagi kirjutatud.</translation>
    </message>
    <message>
        <source>The sign-in sheet is in %1: hand each person their line; each must choose their own password at the first sign-in.</source>
        <translation>Sisselogimisleht on kaustas %1: anna igaühele tema rida; igaüks peab esimesel sisselogimisel valima oma parooli.</translation>
    </message>
    <message>
        <source>Nothing was imported: mend the file and check it again.</source>
        <translation>Midagi ei imporditud: paranda fail ja kontrolli uuesti.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n päev tagasi</numerusform>
            <numerusform>%n päeva tagasi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Keel</translation>
    </message>
    <message>
        <source>&amp;Your language</source>
        <translation>&amp;Sinu keel</translation>
    </message>
    <message>
        <source>mentorlog speaks this language to you on every workstation. The change takes effect at once: the main window is built again in it. An editor you have open stays as it is, with what you typed, until you close it.</source>
        <translation>mentorlog räägib sinuga selles keeles igas tööjaamas. Muudatus jõustub kohe: peaaken luuakse selles keeles uuesti. Avatud redaktoriaken jääb nii, nagu see on, koos sinu kirjutatuga, kuni selle sulged.</translation>
    </message>
    <message>
        <source>&amp;Site default</source>
        <translation>&amp;Keskkonna vaikekeel</translation>
    </message>
    <message>
        <source>Everyone who has not chosen a language works in the site&apos;s default, and the sign-in screen shows in it.</source>
        <translation>Kõik, kes pole keelt valinud, töötavad keskkonna vaikekeeles ja selles kuvatakse ka sisselogimisaken.</translation>
    </message>
    <message>
        <source>The site&apos;s default (%1)</source>
        <translation>Keskkonna vaikekeel (%1)</translation>
    </message>
</context>
<context>
    <name>ListDetailTab</name>
    <message>
        <source>Delete…</source>
        <translation>Kustuta…</translation>
    </message>
    <message>
        <source>Choose a student on the left to see this part of their file.</source>
        <translation>Vali vasakult õppur, et näha seda osa tema toimikust.</translation>
    </message>
    <message>
        <source>Choose one in the list to see it here.</source>
        <translation>Vali loendist üks, et seda siin näha.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your password</source>
        <translation>Sinu parool</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ava lukk</translation>
    </message>
    <message>
        <source>Someone else at this workstation? Sign this person out; whatever they were writing stays saved as a draft for them.</source>
        <translation>Kas selles tööjaamas on keegi teine? Logi see inimene välja; kõik, mida ta kirjutas, jääb talle mustandina alles.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Logi välja</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Lukustatud — %1</translation>
    </message>
    <message>
        <source>This window locked itself to keep its records private. Enter your password to carry on where you left off: nothing you were writing is lost.</source>
        <translation>See aken lukustus, et kanded jääksid privaatseks. Sisesta oma parool, et jätkata sealt, kus pooleli jäid: midagi kirjutatust ei lähe kaotsi.</translation>
    </message>
    <message>
        <source>This window is locked to keep its records private. Enter your password to carry on where you left off: nothing you were writing is lost.</source>
        <translation>See aken on lukustatud, et kanded jääksid privaatseks. Sisesta oma parool, et jätkata sealt, kus pooleli jäid: midagi kirjutatust ei lähe kaotsi.</translation>
    </message>
    <message>
        <source>Enter your password to unlock.</source>
        <translation>Lukust avamiseks sisesta oma parool.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollimine…</translation>
    </message>
</context>
<context>
    <name>MainViews</name>
    <message>
        <source>&amp;Attention</source>
        <translation>&amp;Tähelepanu</translation>
    </message>
    <message>
        <source>&amp;My students</source>
        <translation>&amp;Minu õppurid</translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation>&amp;Kalibreerimine</translation>
    </message>
    <message>
        <source>&amp;Placements</source>
        <translation>&amp;Praktikad</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New &amp;observation…</source>
        <translation>Uus &amp;vaatlus…</translation>
    </message>
    <message>
        <source>New &amp;reflection…</source>
        <translation>Uus &amp;refleksioon…</translation>
    </message>
    <message>
        <source>&amp;Export reports…</source>
        <translation>&amp;Ekspordi aruanded…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Varuk&amp;oopiad…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Keel…</translation>
    </message>
    <message>
        <source>Choose the language mentorlog speaks to you</source>
        <translation>Vali keel, milles mentorlog sinuga räägib</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Logi väl&amp;ja</translation>
    </message>
    <message>
        <source>Sign out or switch user; the app stays open</source>
        <translation>Logi välja või vaheta kasutajat; rakendus jääb avatuks</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukusta</translation>
    </message>
    <message>
        <source>Lock the window now; your password unlocks it</source>
        <translation>Lukusta aken kohe; sinu parool avab selle</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Välj&amp;u</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>&amp;Find in timeline</source>
        <translation>&amp;Otsi ajajoonelt</translation>
    </message>
    <message>
        <source>Find &amp;student</source>
        <translation>Leia õ&amp;ppur</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Vä&amp;rskenda</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Ajajoon</translation>
    </message>
    <message>
        <source>&amp;Competencies</source>
        <translation>&amp;Pädevused</translation>
    </message>
    <message>
        <source>Attention &amp;dashboard</source>
        <translation>&amp;Tähelepanu töölaud</translation>
    </message>
    <message>
        <source>Mentor c&amp;alibration</source>
        <translation>Juhendajate &amp;kalibreerimine</translation>
    </message>
    <message>
        <source>&amp;Placements and dossier</source>
        <translation>Praktikad ja t&amp;oimik</translation>
    </message>
    <message>
        <source>&amp;About mentorlog</source>
        <translation>&amp;Teave mentorlogi kohta</translation>
    </message>
    <message>
        <source>&amp;Guide for your role</source>
        <translation>&amp;Juhend sinu rollile</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Kiirklahvid</translation>
    </message>
    <message>
        <source>&amp;People and accounts…</source>
        <translation>&amp;Inimesed ja kontod…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Tegevuslogi…</translation>
    </message>
    <message>
        <source>&amp;Site settings…</source>
        <translation>&amp;Keskkonna seaded…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muuda</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vaade</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Haldus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Abi</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Peamine tööriistariba</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Sisse logitud: %1 (%2)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Andmed: %1</translation>
    </message>
    <message>
        <source>Where mentorlog keeps this data</source>
        <translation>Kus mentorlog neid andmeid hoiab</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Töötab</translation>
    </message>
    <message>
        <source>About mentorlog</source>
        <translation>Teave mentorlogi kohta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mentorlog %1&lt;/h3&gt;&lt;p&gt;Mentored on-the-job training of prison officers: observations, competency ratings, reflections, goals, reviews and progress reports.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mentorlog %1&lt;/h3&gt;&lt;p&gt;Vanglaametnike juhendatud praktika töökohal: vaatlused, pädevuste hinnangud, refleksioonid, eesmärgid, hindamised ja arenguaruanded.&lt;/p&gt;&lt;p&gt;Andmed: %2&lt;/p&gt;&lt;p&gt;MIT-litsents.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManageDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Otsi:</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move %1 to another prison</source>
        <translation>%1: üleviimine teise vanglasse</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Kuhu</translation>
    </message>
    <message>
        <source>&amp;Lead mentor there</source>
        <translation>&amp;Vastutav juhendaja seal</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alates</translation>
    </message>
</context>
<context>
    <name>NarrativeFrame</name>
    <message>
        <source>&amp;What did you observe?</source>
        <translation>&amp;Mida sa vaatlesid?</translation>
    </message>
    <message>
        <source>What happened on the shift, what the student did and said, and how prisoners and colleagues responded.</source>
        <translation>Mis vahetuses juhtus, mida õppur tegi ja ütles ning kuidas kinnipeetavad ja kolleegid reageerisid.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Private mentor note: only you will see this. It is never shown to the student or other mentors, nor printed in reports.</source>
        <translation>Juhendaja privaatne märkus: seda näed ainult sina. Seda ei näidata kunagi õppurile ega teistele juhendajatele ega trükita aruannetesse.</translation>
    </message>
    <message>
        <source>Shared: the student reads this once it is published.</source>
        <translation>Jagatud: õppur loeb seda pärast avaldamist.</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <source>Observation</source>
        <translation>Vaatlus</translation>
    </message>
    <message>
        <source>Dis&amp;cussed with the student</source>
        <translation>A&amp;rutatud õppuriga</translation>
    </message>
    <message>
        <source>Sh&amp;ared with the student</source>
        <translation>&amp;Jagatud õppuriga</translation>
    </message>
    <message>
        <source>Pri&amp;vate mentor note (only you)</source>
        <translation>&amp;Privaatne juhendaja märkus (ainult sina)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Kustuta…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>&amp;Salvesta mustand</translation>
    </message>
    <message>
        <source>Keep it unpublished (Ctrl+S)</source>
        <translation>Jäta avaldamata (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Avalda</translation>
    </message>
    <message>
        <source>Check and publish (Ctrl+Enter)</source>
        <translation>Kontrolli ja avalda (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Restored the amendment you were typing (autosaved %1). Save the amendment to keep it; close and discard to leave the signed version as it is.</source>
        <translation>Taastati muudatus, mida kirjutasid (automaatselt salvestatud %1). Selle säilitamiseks salvesta muudatus; allkirjastatud versiooni muutmata jätmiseks sulge ja loobu.</translation>
    </message>
    <message>
        <source>Restored the text you were typing (autosaved %1). Save or publish to keep it; close and discard to go back to the saved version.</source>
        <translation>Taastati tekst, mida kirjutasid (automaatselt salvestatud %1). Selle säilitamiseks salvesta või avalda; salvestatud versiooni juurde naasmiseks sulge ja loobu.</translation>
    </message>
    <message>
        <source>Changes you typed for it are kept: Amend… to carry on with them.</source>
        <translation>Sinu sisestatud muudatused on alles: nendega jätkamiseks vali „Muuda…”.</translation>
    </message>
    <message>
        <source>Save a&amp;mendment</source>
        <translation>Salvesta &amp;muudatus</translation>
    </message>
    <message>
        <source>Save the correction as a new, signed version (Ctrl+Enter)</source>
        <translation>Salvesta parandus uue allkirjastatud versioonina (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Uus vaatlus</translation>
    </message>
    <message>
        <source>Draft observation</source>
        <translation>Vaatluse mustand</translation>
    </message>
    <message>
        <source>Published observation</source>
        <translation>Avaldatud vaatlus</translation>
    </message>
    <message>
        <source>Amending signed observation (version %1)</source>
        <translation>Allkirjastatud vaatluse muutmine (versioon %1)</translation>
    </message>
    <message>
        <source>Signed observation</source>
        <translation>Allkirjastatud vaatlus</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Salvesta &amp;märkus</translation>
    </message>
    <message>
        <source>Save the private note; only you will read it (Ctrl+Enter)</source>
        <translation>Salvesta privaatne märkus; seda loed ainult sina (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Publish changes</source>
        <translation>&amp;Avalda muudatused</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Mustand salvestatud</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Märkus salvestatud</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Avaldatud</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Salvesta muudatus</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Salvesta märkus</translation>
    </message>
    <message>
        <source>Publish changes</source>
        <translation>Avalda muudatused</translation>
    </message>
    <message>
        <source>Amendment saved</source>
        <translation>Muudatus salvestatud</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>Competency table</source>
        <translation>Pädevuste tabel</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Hinnangud ajas</translation>
    </message>
    <message>
        <source>Goals and action plans</source>
        <translation>Eesmärgid ja tegevuskavad</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Hindamised</translation>
    </message>
    <message>
        <source>Causes for concern</source>
        <translation>Mureteated</translation>
    </message>
    <message>
        <source>Shared observations</source>
        <translation>Jagatud vaatlused</translation>
    </message>
    <message>
        <source>Shared reflections</source>
        <translation>Jagatud refleksioonid</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Lõppallkiri</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajavahemik</translation>
    </message>
    <message>
        <source>&amp;Whole placement</source>
        <translation>&amp;Kogu praktika</translation>
    </message>
    <message>
        <source>&amp;Between %1 and %2</source>
        <translation>&amp;Vahemikus %1 kuni %2</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Esimene päev</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimane päev</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Osad</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Aruande &amp;keel:</translation>
    </message>
    <message>
        <source>Tick at least one section to include.</source>
        <translation>Märgi vähemalt üks kaasatav osa.</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Ajavahemik algab pärast selle lõppu.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Uus parool: %1</translation>
    </message>
    <message>
        <source>%1 signs in with this password from now on; tell it to them in private. It needs at least %2 characters.</source>
        <translation>%1 logib nüüdsest sisse selle parooliga; ütle see talle privaatselt. Parool peab olema vähemalt %2 märki pikk.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Uus &amp;parool</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Parool &amp;uuesti</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Paroolid on erinevad.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Inimesed</translation>
    </message>
    <message>
        <source>Search names and usernames…</source>
        <translation>Otsi nimesid ja kasutajanimesid…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Otsi inimesi</translation>
    </message>
    <message>
        <source>Show only people with this role</source>
        <translation>Näita ainult selle rolliga inimesi</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kõik</translation>
    </message>
    <message>
        <source>Show &amp;deactivated</source>
        <translation>&amp;Näita deaktiveerituid</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Otsi:</translation>
    </message>
    <message>
        <source>People, by family name</source>
        <translation>Inimesed perekonnanime järgi</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Lisa isik…</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>&amp;Anna roll</translation>
    </message>
    <message>
        <source>&amp;Remove role</source>
        <translation>&amp;Eemalda roll</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Uus &amp;parool…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Ava lu&amp;kk</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>&amp;Deaktiveeri</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Rakenduse keel</translation>
    </message>
    <message>
        <source>The language mentorlog speaks to this person, from their next sign-in</source>
        <translation>Keel, milles mentorlog selle inimesega räägib, alates tema järgmisest sisselogimisest</translation>
    </message>
    <message>
        <source>The site&apos;s default</source>
        <translation>Keskkonna vaikekeel</translation>
    </message>
    <message>
        <source>Nobody matches. Clear the search, choose “Everyone”, or show deactivated.</source>
        <translation>Kedagi ei leitud. Tühjenda otsing, vali „Kõik” või näita deaktiveerituid.</translation>
    </message>
    <message>
        <source>Nobody has been added yet. Press “Add person” to add the first.</source>
        <translation>Kedagi pole veel lisatud. Esimese lisamiseks vajuta „Lisa isik”.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Aktiveeri &amp;uuesti</translation>
    </message>
    <message>
        <source>Only an administrator may change this.</source>
        <translation>Seda saab muuta ainult administraator.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 lisati.</translation>
    </message>
    <message>
        <source>%1 is now also a mentor.</source>
        <translation>%1 on nüüd ka juhendaja.</translation>
    </message>
    <message>
        <source>%1 is now also a student.</source>
        <translation>%1 on nüüd ka õppur.</translation>
    </message>
    <message>
        <source>%1 is now also a coordinator.</source>
        <translation>%1 on nüüd ka koordinaator.</translation>
    </message>
    <message>
        <source>%1 is now also an administrator.</source>
        <translation>%1 on nüüd ka administraator.</translation>
    </message>
    <message>
        <source>%1 is no longer a mentor.</source>
        <translation>%1 ei ole enam juhendaja.</translation>
    </message>
    <message>
        <source>%1 is no longer a student.</source>
        <translation>%1 ei ole enam õppur.</translation>
    </message>
    <message>
        <source>%1 is no longer a coordinator.</source>
        <translation>%1 ei ole enam koordinaator.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator.</source>
        <translation>%1 ei ole enam administraator.</translation>
    </message>
    <message>
        <source>%1 now works in the site&apos;s default language.</source>
        <translation>%1 töötab nüüd keskkonna vaikekeeles.</translation>
    </message>
    <message>
        <source>%1 now works in %2.</source>
        <translation>%1 töötab nüüd keeles: %2.</translation>
    </message>
    <message>
        <source>%1 has a new password; their account is unlocked.</source>
        <translation>%1 sai uue parooli; tema konto lukk on avatud.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 saab jälle sisse logida.</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Kas deaktiveerida %1?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their records stay as they are, and you can reactivate them later (with a new password).</source>
        <translation>%1 ei saa enam sisse logida. Tema kanded jäävad alles ja saad ta hiljem uuesti aktiveerida (uue parooliga).</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 deaktiveeriti.</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>%1 aktiveeriti uuesti.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollid</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Deaktiveeritud</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Lukustatud ebaõnnestunud sisselogimiste tõttu</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Ei saa sisse logida</translation>
    </message>
    <message>
        <source>%1 failed sign-ins</source>
        <translation>Ebaõnnestunud sisselogimisi: %1</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Saab sisse logida</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Roll puudub</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Add a person</source>
        <translation>Lisa isik</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Eesnimi</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Perekonnanimi</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>E-p&amp;ost</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>Pa&amp;rool</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Parool &amp;uuesti</translation>
    </message>
    <message>
        <source>Leave username and password empty for someone who will not sign in. A password needs at least %1 characters; tell it to the person in private.</source>
        <translation>Jäta kasutajanimi ja parool tühjaks, kui isik ei hakka sisse logima. Parool peab olema vähemalt %1 märki pikk; ütle see isikule privaatselt.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollid</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Paroolid on erinevad.</translation>
    </message>
    <message>
        <source>Give the person at least one role.</source>
        <translation>Anna isikule vähemalt üks roll.</translation>
    </message>
</context>
<context>
    <name>PlacementEditor</name>
    <message>
        <source>Edit the placement</source>
        <translation>Muuda praktikat</translation>
    </message>
    <message>
        <source>Add a placement</source>
        <translation>Lisa praktika</translation>
    </message>
    <message>
        <source>S&amp;tudent</source>
        <translation>&amp;Õppur</translation>
    </message>
    <message>
        <source>&amp;Prison</source>
        <translation>&amp;Vangla</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Ü&amp;ksus</translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation>&amp;Lend</translation>
    </message>
    <message>
        <source>&amp;Lead mentor</source>
        <translation>Vastutav &amp;juhendaja</translation>
    </message>
    <message>
        <source>C&amp;o-mentors</source>
        <translation>K&amp;aasjuhendajad</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>Al&amp;gus</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>Lõ&amp;pp</translation>
    </message>
    <message>
        <source>Ear&amp;ly phase from</source>
        <translation>Alg&amp;etapp alates</translation>
    </message>
    <message>
        <source>&amp;Mid-point phase from</source>
        <translation>Va&amp;heetapp alates</translation>
    </message>
    <message>
        <source>&amp;Final phase from</source>
        <translation>Lõppe&amp;tapp alates</translation>
    </message>
    <message>
        <source>&amp;Target hours</source>
        <translation>&amp;Sihttunnid</translation>
    </message>
    <message>
        <source>Fra&amp;mework</source>
        <translation>&amp;Raamistik</translation>
    </message>
    <message>
        <source>No cohort</source>
        <translation>Lend puudub</translation>
    </message>
    <message>
        <source>The cohort&apos;s, or the one in force</source>
        <translation>Lennu oma või kehtiv raamistik</translation>
    </message>
    <message>
        <source>There are no students yet: add or import them first.</source>
        <translation>Õppureid veel ei ole: lisa või impordi need kõigepealt.</translation>
    </message>
    <message>
        <source>There are no mentors yet: add or import them first.</source>
        <translation>Juhendajaid veel ei ole: lisa või impordi need kõigepealt.</translation>
    </message>
    <message>
        <source>There are no training prisons yet: add them first.</source>
        <translation>Praktikavanglaid veel ei ole: lisa need kõigepealt.</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Üksus puudub</translation>
    </message>
</context>
<context>
    <name>PlacementsDialog</name>
    <message>
        <source>Placements</source>
        <translation>Praktikad</translation>
    </message>
    <message>
        <source>Placements of %1</source>
        <translation>Praktikad: %1</translation>
    </message>
    <message>
        <source>Student, prison, unit or cohort…</source>
        <translation>Õppur, vangla, üksus või lend…</translation>
    </message>
    <message>
        <source>&amp;Add placement…</source>
        <translation>&amp;Lisa praktika…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>Change &amp;mentor…</source>
        <translation>Vaheta &amp;juhendaja…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Pikenda…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>Lõp&amp;eta…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>&amp;Vii üle…</translation>
    </message>
    <message>
        <source>No placement matches. Clear the search to see them all.</source>
        <translation>Ükski praktika ei vasta. Kõigi nägemiseks tühjenda otsing.</translation>
    </message>
    <message>
        <source>No placements yet. Import them from the academy&apos;s spreadsheet (Site › Import people or placements), or press “Add placement” to place one student.</source>
        <translation>Praktikaid veel ei ole. Impordi need akadeemia tabelist (Keskkond › Impordi inimesed või praktikad) või vajuta „Lisa praktika”, et suunata üks õppur praktikale.</translation>
    </message>
    <message>
        <source>%1 is placed.</source>
        <translation>%1 on praktikale suunatud.</translation>
    </message>
    <message>
        <source>%1&apos;s placement is saved.</source>
        <translation>Praktika salvestatud: %1.</translation>
    </message>
</context>
<context>
    <name>PlacementsModel</name>
    <message>
        <source>Student</source>
        <translation>Õppur</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Etapp</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Viimane</translation>
    </message>
    <message>
        <source>Last obs.</source>
        <translation>Viim. vaatl.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Mureteated</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Vastamata</translation>
    </message>
    <message>
        <source>Days since the last observation shared with the student</source>
        <translation>Päevi viimasest õppurile jagatud vaatlusest</translation>
    </message>
    <message>
        <source>Causes for concern open or escalated</source>
        <translation>Avatud või akadeemiale edastatud mureteated</translation>
    </message>
    <message>
        <source>Shared feedback the student has not yet acknowledged or answered</source>
        <translation>Jagatud tagasiside, millega õppur pole veel tutvunud ega sellele vastanud</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>lõppenud</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>katkestatud</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>loobunud</translation>
    </message>
    <message>
        <source>today</source>
        <translation>täna</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n p</numerusform>
            <numerusform>%n p</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 phase: %3, %4 – %5</source>
        <translation>%1, %2: %3, %4 – %5</translation>
    </message>
    <message>
        <source>Placement ended %1</source>
        <translation>Praktika lõppes %1</translation>
    </message>
    <message>
        <source>Placement ended %1; last observation %2</source>
        <translation>Praktika lõppes %1; viimane vaatlus %2</translation>
    </message>
    <message>
        <source>Not observed yet</source>
        <translation>Veel vaatlemata</translation>
    </message>
    <message>
        <source>Last observation %1 (%2)</source>
        <translation>Viimane vaatlus %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) for concern open or escalated</source>
        <translation>
            <numerusform>%n avatud või akadeemiale edastatud mureteade</numerusform>
            <numerusform>%n avatud või akadeemiale edastatud mureteadet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared observation(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n jagatud vaatlus, millega pole veel tutvutud</numerusform>
            <numerusform>%n jagatud vaatlust, millega pole veel tutvutud</numerusform>
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
        <translation>Vangla, üksus</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation>Vastutav juhendaja</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Kuupäevad</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnid</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
</context>
<context>
    <name>PlacementsPanel</name>
    <message>
        <source>Filter by student, prison or cohort</source>
        <translation>Filtreeri õppuri, vangla või lennu järgi</translation>
    </message>
    <message>
        <source>Filter placements</source>
        <translation>Filtreeri praktikaid</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praktikad</translation>
    </message>
    <message>
        <source>No placement matches “%1”. Check the spelling, or clear the filter.</source>
        <translation>Ükski praktika ei vasta otsingule „%1”. Kontrolli õigekirja või tühjenda filter.</translation>
    </message>
    <message>
        <source>As an administrator you look after the site, not placements. Set up the academy and its prisons in Site › Academy and prisons (Site › Set-up guide leads through it all); add people and give them their roles in Administration › People and accounts.</source>
        <translation>Administraatorina haldad keskkonda, mitte praktikaid. Seadista akadeemia ja selle vanglad menüüs Keskkond › Akadeemia ja vanglad (Keskkond › Seadistusjuhend juhatab kõik läbi); lisa inimesed ja anna neile rollid menüüs Haldus › Inimesed ja kontod.</translation>
    </message>
    <message>
        <source>No placements yet. Import the academy&apos;s people and placements in Site › Import people or placements, or add one in Site › Placements; Site › Set-up guide leads through it step by step.</source>
        <translation>Praktikaid veel ei ole. Impordi akadeemia inimesed ja praktikad menüüs Keskkond › Impordi inimesed või praktikad või lisa üks menüüs Keskkond › Praktikad; Keskkond › Seadistusjuhend juhatab samm-sammult läbi.</translation>
    </message>
    <message>
        <source>You have no placements to show yet. A coordinator adds students, their placements and mentors; they appear here as soon as you are a mentor or student of one.</source>
        <translation>Sul pole veel praktikaid, mida näidata. Koordinaator lisab õppurid, nende praktikad ja juhendajad; need ilmuvad siia kohe, kui oled mõne praktika juhendaja või õppur.</translation>
    </message>
</context>
<context>
    <name>PrisonForm</name>
    <message>
        <source>Rename the prison</source>
        <translation>Nimeta vangla ümber</translation>
    </message>
    <message>
        <source>Add a prison</source>
        <translation>Lisa vangla</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation>&amp;Riigikood</translation>
    </message>
    <message>
        <source>EE, NO, FI, BE …</source>
        <translation>EE, NO, FI, BE …</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Linn</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>Ü&amp;ksused</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Valikuline, komadega eraldatud</translation>
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
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Loobu</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulge</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Sulge salvestamata</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Kl&amp;eebi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Näita üksikasju...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Peida üksikasjad...</translation>
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
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Salvesta kõik</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ava</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Jah</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Jah &amp;kõigile</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kõigile</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Katkesta</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Proovi uuesti</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Eira</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Loobu muudatustest</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Abi</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Rakenda</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Lähtesta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Taasta vaikesätted</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Võta tagasi</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uuesti</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Lõika</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopeeri li&amp;ngi aadress</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Kl&amp;eebi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Vali kõik</translation>
    </message>
</context>
<context>
    <name>RatersModel</name>
    <message>
        <source>Prison</source>
        <translation>Vangla</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Juhendaja</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Õppurid</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Hinnangud</translation>
    </message>
    <message>
        <source>Distribution (theirs above, everyone else&apos;s below)</source>
        <translation>Jaotus (juhendaja omad üleval, kõigi teiste omad all)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskmine</translation>
    </message>
    <message>
        <source>Others&apos; mean</source>
        <translation>Teiste keskmine</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Erinevus</translation>
    </message>
    <message>
        <source>Everyone else&apos;s mean in the same competencies and phases</source>
        <translation>Kõigi teiste keskmine samades pädevustes ja etappides</translation>
    </message>
    <message>
        <source>How far this mentor&apos;s ratings sit from their peers&apos;, apart from their students&apos; own level; a prison&apos;s, from the other prisons&apos;</source>
        <translation>Kui kaugel on selle juhendaja hinnangud kolleegide omadest, arvestamata tema õppurite enda taset; vangla puhul teiste vanglate omadest</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rating(s) (%2 from the lowest level up)</source>
        <translation>
            <numerusform>%1: %n hinnang (%2 madalaimast tasemest alates)</numerusform>
            <numerusform>%1: %n hinnangut (%2 madalaimast tasemest alates)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rates higher than peers: a conversation about the scale?</source>
        <translation>Hindab kolleegidest kõrgemalt: kas arutada skaala üle?</translation>
    </message>
    <message>
        <source>Rates lower than peers: a conversation about the scale?</source>
        <translation>Hindab kolleegidest madalamalt: kas arutada skaala üle?</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>Rating of %1</source>
        <translation>Hinnang: %1</translation>
    </message>
    <message>
        <source>Remove this competency</source>
        <translation>Eemalda see pädevus</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Eemalda %1</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Tase %1: %2</translation>
    </message>
    <message>
        <source>Choose a level: press 0 for not observed, %1–%2 to rate.</source>
        <translation>Vali tase: vajuta 0, kui ei vaadeldud, või %1–%2 hindamiseks.</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentaar: %1</translation>
    </message>
    <message>
        <source>Not responding to training</source>
        <translation>Ei reageeri õpetamisele</translation>
    </message>
    <message>
        <source>NRT: the student has not improved here despite repeated training.</source>
        <translation>ER: õppur pole siin vaatamata korduvale õpetamisele arenenud.</translation>
    </message>
    <message>
        <source>Comment required: level %1 (“%2”) needs a note of what you saw.</source>
        <translation>Kommentaar on kohustuslik: tase %1 („%2”) nõuab märkust selle kohta, mida nägid.</translation>
    </message>
    <message>
        <source>What did the student do?</source>
        <translation>Mida õppur tegi?</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentaar (valikuline)</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <source>No competency chosen yet. Tick the competencies this shift showed in the list on the left (type to find one), then rate each: 1–5, or 0 for not observed.</source>
        <translation>Pädevust pole veel valitud. Märgi vasakpoolses loendis pädevused, mida see vahetus näitas (otsimiseks kirjuta), ja hinda igaüht: 1–5 või 0, kui ei vaadeldud.</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation>&amp;Muudatuse põhjus:</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Muudatuse põhjus</translation>
    </message>
    <message>
        <source>What was wrong or missing in the signed version (required)</source>
        <translation>Mis oli allkirjastatud versioonis valesti või puudu (kohustuslik)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Sinu taastevõti</translation>
    </message>
    <message>
        <source>The database&apos;s recovery key is still waiting to be written down, and it cannot be shown again.</source>
        <translation>Andmebaasi taastevõti on endiselt üles kirjutamata ja seda ei saa uuesti näidata.</translation>
    </message>
    <message>
        <source>mentorlog encrypts this database. If every administrator&apos;s password were lost, this recovery key is the only way to open it. Print it or write it down now and keep it in a safe: it is shown only this once and is not stored anywhere.</source>
        <translation>mentorlog krüpteerib selle andmebaasi. Kui kõigi administraatorite paroolid peaksid kaduma, on see taastevõti ainus viis andmebaasi avamiseks. Prindi see või kirjuta kohe üles ja hoia seifis: seda näidatakse ainult see üks kord ja seda ei salvestata kuhugi.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Taastevõti</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopeeri</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>Olen taastevõtme &amp;üles kirjutanud või välja printinud</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Reflection</source>
        <translation>Refleksioon</translation>
    </message>
    <message>
        <source>A few words to find it again (optional)</source>
        <translation>Mõni sõna, et see hiljem üles leida (valikuline)</translation>
    </message>
    <message>
        <source>— not about one observation —</source>
        <translation>— ei ole seotud ühegi vaatlusega —</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Mall</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Kuupäev</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>P&amp;ealkiri</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Teema</translation>
    </message>
    <message>
        <source>Pri&amp;vate (only you)</source>
        <translation>&amp;Privaatne (ainult sina)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Kustuta…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulge</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <source>Save the reflection (Ctrl+S)</source>
        <translation>Salvesta refleksioon (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sh&amp;ared with my mentors</source>
        <translation>&amp;Jagatud minu juhendajatega</translation>
    </message>
    <message>
        <source>Sh&amp;ared with the student</source>
        <translation>&amp;Jagatud õppuriga</translation>
    </message>
    <message>
        <source>Restored the text you were typing (autosaved %1).</source>
        <translation>Taastati tekst, mida kirjutasid (automaatselt salvestatud %1).</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Uus refleksioon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvestatud</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvesta</translation>
    </message>
    <message>
        <source>Delete this reflection?</source>
        <translation>Kas kustutada see refleksioon?</translation>
    </message>
    <message>
        <source>Reflection deleted</source>
        <translation>Refleksioon kustutatud</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Preview: %1</source>
        <translation>Eelvaade: %1</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Aruande leheküljed</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is saved until you export.</source>
        <translation>
            <numerusform>%n lehekülg. Enne eksportimist midagi ei salvestata.</numerusform>
            <numerusform>%n lehekülge. Enne eksportimist midagi ei salvestata.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>How the student is doing overall, in a few lines.</source>
        <translation>Kuidas õppuril üldiselt läheb, mõne reaga.</translation>
    </message>
    <message>
        <source>What student and mentor agreed to do next.</source>
        <translation>Milles õppur ja juhendaja järgmiseks kokku leppisid.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Hindamine</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Toimumise kuupäev</translation>
    </message>
    <message>
        <source>Overall &amp;progress</source>
        <translation>Üldine a&amp;reng</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Kokkuvõte</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Salvesta &amp;mustand</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>&amp;Avalda</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Allkirjad</translation>
    </message>
    <message>
        <source>Si&amp;gn review…</source>
        <translation>Al&amp;lkirjasta hindamine…</translation>
    </message>
    <message>
        <source>&amp;Agreed actions</source>
        <translation>Kokkulepitud te&amp;gevused</translation>
    </message>
    <message>
        <source>Level for %1</source>
        <translation>Tase: %1</translation>
    </message>
    <message>
        <source>— no level —</source>
        <translation>— tase puudub —</translation>
    </message>
    <message>
        <source>Summary for %1</source>
        <translation>Kokkuvõte: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Uus %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;By domain&lt;/b&gt; (a level is optional)</source>
        <translation>&lt;b&gt;Valdkonniti&lt;/b&gt; (tase on valikuline)</translation>
    </message>
    <message>
        <source>&lt;b&gt;By domain&lt;/b&gt;</source>
        <translation>&lt;b&gt;Valdkonniti&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P&amp;ublish changes</source>
        <translation>&amp;Avalda muudatused</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Allkirjasta kui %1</translation>
    </message>
    <message>
        <source>It is the %1’s turn to sign</source>
        <translation>Allkirjastamise kord: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Kokkulepitud tegevused</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Signed</source>
        <translation>Allkirjastatud</translation>
    </message>
    <message>
        <source>Signed by all</source>
        <translation>Kõigi poolt allkirjastatud</translation>
    </message>
    <message>
        <source>%1 to sign</source>
        <translation>Allkirjastada: %1</translation>
    </message>
    <message>
        <source>Signed %1 of %2 (awaiting %3)</source>
        <translation>Allkirjastatud %1/%2 (ootab: %3)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Avaldatud</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Mustand</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Toimumise kuupäev</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Hindamine</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Üldine areng</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Koostaja</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>&amp;New review</source>
        <translation>&amp;Uus hindamine</translation>
    </message>
    <message>
        <source>No reviews have been published yet.</source>
        <translation>Hindamisi pole veel avaldatud.</translation>
    </message>
    <message>
        <source>No reviews yet. Press “New review” at the mid-point of the placement to sum up progress per domain with the student and agree the next steps.</source>
        <translation>Hindamisi veel ei ole. Vajuta praktika keskel „Uus hindamine”, et teha koos õppuriga valdkonniti kokkuvõte arengust ja leppida kokku järgmised sammud.</translation>
    </message>
    <message>
        <source>Delete this review?</source>
        <translation>Kas kustutada see hindamine?</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Hindamine kustutatud</translation>
    </message>
</context>
<context>
    <name>ReviewsToSign</name>
    <message>
        <source>Reviews waiting for your signature</source>
        <translation>Sinu allkirja ootavad hindamised</translation>
    </message>
    <message>
        <source>%1 of %2 by %3 — %4</source>
        <translation>%1 (%2), koostaja %3 — %4</translation>
    </message>
    <message>
        <source>Read &amp;it</source>
        <translation>&amp;Loe</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Loe: %1</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Allkirjasta: %1</translation>
    </message>
    <message>
        <source>&amp;Sign review…</source>
        <translation>&amp;Allkirjasta hindamine…</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <source>Rate myself</source>
        <translation>Hinda ennast</translation>
    </message>
    <message>
        <source>Loading the scale…</source>
        <translation>Skaala laadimine…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Tase</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentaar</translation>
    </message>
    <message>
        <source>What makes you say so? (optional)</source>
        <translation>Miks sa nii arvad? (valikuline)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Tase</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Kuupäev</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>Ko&amp;mmentaar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvesta</translation>
    </message>
    <message>
        <source>%1 is not part of this placement&apos;s framework.</source>
        <translation>%1 ei kuulu selle praktika pädevusraamistikku.</translation>
    </message>
    <message>
        <source>How do you rate yourself on %1 %2 today? Your mentor sees it beside their own rating.</source>
        <translation>Kuidas hindad täna ennast pädevuses %1 %2? Sinu juhendaja näeb seda oma hinnangu kõrval.</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <source>Set up your academy</source>
        <translation>Seadista oma akadeemia</translation>
    </message>
    <message>
        <source>Four steps make mentorlog ready for a real academy. Each opens its own window; come back here any time from Site › Set-up guide.</source>
        <translation>Neli sammu teevad mentorlogi päris akadeemia jaoks valmis. Iga samm avab oma akna; siia saad igal ajal naasta menüüst Keskkond › Seadistusjuhend.</translation>
    </message>
    <message>
        <source>1. The academy: name, country, time zone, how long records are kept</source>
        <translation>1. Akadeemia: nimi, riik, ajavöönd, kui kaua kandeid säilitatakse</translation>
    </message>
    <message>
        <source>&amp;Academy…</source>
        <translation>&amp;Akadeemia…</translation>
    </message>
    <message>
        <source>2. The training prisons and their units</source>
        <translation>2. Praktikavanglad ja nende üksused</translation>
    </message>
    <message>
        <source>&amp;Prisons…</source>
        <translation>&amp;Vanglad…</translation>
    </message>
    <message>
        <source>3. Students, mentors and coordinators</source>
        <translation>3. Õppurid, juhendajad ja koordinaatorid</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Impordi inimesed…</translation>
    </message>
    <message>
        <source>Add by &amp;hand…</source>
        <translation>Lisa &amp;käsitsi…</translation>
    </message>
    <message>
        <source>4. Placements: who is where, with which mentor</source>
        <translation>4. Praktikad: kes on kus ja millise juhendajaga</translation>
    </message>
    <message>
        <source>I&amp;mport placements…</source>
        <translation>I&amp;mpordi praktikad…</translation>
    </message>
    <message>
        <source>Add by ha&amp;nd…</source>
        <translation>Lisa kä&amp;sitsi…</translation>
    </message>
    <message>
        <source>A coordinator does this step.</source>
        <translation>Selle sammu teeb koordinaator.</translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation>Seadistatud: %1</translation>
    </message>
    <message>
        <source>Not set up yet.</source>
        <translation>Veel seadistamata.</translation>
    </message>
    <message numerus="yes">
        <source>%n prison(s)</source>
        <translation>
            <numerusform>%n vangla</numerusform>
            <numerusform>%n vanglat</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet; an import of placements can add them too.</source>
        <translation>Veel ei ole; praktikate import võib neid ka lisada.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) besides you</source>
        <translation>
            <numerusform>%n isik peale sinu</numerusform>
            <numerusform>%n isikut peale sinu</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else yet.</source>
        <translation>Kedagi teist veel ei ole.</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n praktika</numerusform>
            <numerusform>%n praktikat</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Veel ei ole.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Log a shift</source>
        <translation>Registreeri vahetus</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Päev</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Vahetus</translation>
    </message>
    <message>
        <source>&amp;Hours worked</source>
        <translation>&amp;Töötatud tunnid</translation>
    </message>
    <message>
        <source>&amp;Remedial training</source>
        <translation>&amp;Järeleõpe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>Te&amp;gevus</translation>
    </message>
    <message>
        <source>e.g. Wing duty, visits, night checks</source>
        <translation>nt teenistus tiivas, kokkusaamised, öised kontrollid</translation>
    </message>
</context>
<context>
    <name>ShiftFields</name>
    <message>
        <source>Date of the shift</source>
        <translation>Vahetuse kuupäev</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vahetus</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Hommik</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Õhtu</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Öö</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päev</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Duration in hours</source>
        <translation>Kestus tundides</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Koht</translation>
    </message>
    <message>
        <source>Where, e.g. Wing landing</source>
        <translation>Kus, nt tiiva korrus</translation>
    </message>
    <message>
        <source>Situation type</source>
        <translation>Olukorra liik</translation>
    </message>
    <message>
        <source>What, e.g. Meal service</source>
        <translation>Mis, nt toidujagamine</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Kuupäev</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>&amp;Vahetus</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>K&amp;estus</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>Ko&amp;ht</translation>
    </message>
    <message>
        <source>Situat&amp;ion</source>
        <translation>&amp;Olukord</translation>
    </message>
</context>
<context>
    <name>SignBar</name>
    <message>
        <source>Si&amp;gn…</source>
        <translation>A&amp;llkirjasta…</translation>
    </message>
    <message>
        <source>Sign as its mentor: the observation is then locked (Alt+G)</source>
        <translation>Allkirjasta selle juhendajana: vaatlus lukustatakse (Alt+L)</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>Correct the signed observation as a new version, with a reason</source>
        <translation>Paranda allkirjastatud vaatlust uue versioonina, koos põhjusega</translation>
    </message>
    <message>
        <source>V&amp;ersions…</source>
        <translation>V&amp;ersioonid…</translation>
    </message>
    <message>
        <source>Every version, and what each said</source>
        <translation>Kõik versioonid ja mida igaüks sisaldas</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Lõppallkiri</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to mentorlog</source>
        <translation>Logi mentorlogi sisse</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Logi sisse</translation>
    </message>
    <message>
        <source>Records in %1</source>
        <translation>Kanded: %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parool</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Kasutajanimi</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Parool</translation>
    </message>
    <message>
        <source>The language of this screen. Once you sign in, mentorlog speaks the language you chose for yourself, else the site&apos;s default.</source>
        <translation>Selle akna keel. Kui oled sisse loginud, räägib mentorlog sinuga sinu valitud keeles, muidu keskkonna vaikekeeles.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>K&amp;eel</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Sisselogimisteade</translation>
    </message>
    <message>
        <source>This is a demo database. Demo accounts: admin / coordinator / mentor / student, password demo.</source>
        <translation>See on demoandmebaas. Demokontod: admin / coordinator / mentor / student, parool demo.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Välju</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Sisesta oma kasutajanimi ja parool.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sisselogimine…</translation>
    </message>
</context>
<context>
    <name>SignReviewDialog</name>
    <message>
        <source>Sign review</source>
        <translation>Allkirjasta hindamine</translation>
    </message>
    <message>
        <source>Sign this review?

Your signature says you have read the review and talked it through with your mentor. It cannot be taken back; a coordinator signs after you.</source>
        <translation>Kas allkirjastada see hindamine?

Sinu allkiri kinnitab, et oled hindamise läbi lugenud ja seda juhendajaga arutanud. Seda ei saa tagasi võtta; pärast sind allkirjastab koordinaator.</translation>
    </message>
    <message>
        <source>&amp;Comment (optional), kept with your signature:</source>
        <translation>&amp;Kommentaar (valikuline), säilitatakse koos sinu allkirjaga:</translation>
    </message>
    <message>
        <source>Comment with your signature</source>
        <translation>Kommentaar koos sinu allkirjaga</translation>
    </message>
    <message>
        <source>e.g. what you agree with, or what you see differently</source>
        <translation>nt millega nõustud või mida näed teisiti</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Allkirjasta</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Academy and prisons</source>
        <translation>Akadeemia ja vanglad</translation>
    </message>
    <message>
        <source>Add &amp;prison…</source>
        <translation>Lisa &amp;vangla…</translation>
    </message>
    <message>
        <source>Add &amp;unit…</source>
        <translation>Lisa &amp;üksus…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Nim&amp;eta ümber…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Lõpeta kasutus</translation>
    </message>
    <message>
        <source>The academy</source>
        <translation>Akadeemia</translation>
    </message>
    <message>
        <source> months</source>
        <translation> kuud</translation>
    </message>
    <message>
        <source>Sa&amp;ve the academy</source>
        <translation>&amp;Salvesta akadeemia</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>C&amp;ountry code</source>
        <translation>&amp;Riigikood</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Ajavöönd</translation>
    </message>
    <message>
        <source>Keep records &amp;for</source>
        <translation>Säilita kandeid &amp;kuni</translation>
    </message>
    <message>
        <source>Default &amp;framework</source>
        <translation>Vaikimisi raa&amp;mistik</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Kehtiv raamistik</translation>
    </message>
    <message>
        <source>No training prisons yet. Press “Add prison” to add the first, with its units; an import of placements also adds the prisons its file names.</source>
        <translation>Praktikavanglaid veel ei ole. Vajuta „Lisa vangla”, et lisada esimene koos selle üksustega; praktikate import lisab ka failis nimetatud vanglad.</translation>
    </message>
    <message>
        <source>The academy %1 is saved.</source>
        <translation>Akadeemia %1 on salvestatud.</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>&amp;Taasta kasutusse</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 lisati.</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 ei ole enam kasutusel.</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>%1 on taas kasutusel.</translation>
    </message>
    <message>
        <source>%1 is retired; its records stay.</source>
        <translation>%1 ei ole enam kasutusel; selle kanded jäävad alles.</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Prison and units</source>
        <translation>Vangla ja üksused</translation>
    </message>
    <message>
        <source>Country, city</source>
        <translation>Riik, linn</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praktikad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Seisund</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Kasutusest väljas</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Kasutusel</translation>
    </message>
</context>
<context>
    <name>SiteSettingsDialog</name>
    <message>
        <source>Site settings</source>
        <translation>Keskkonna seaded</translation>
    </message>
    <message>
        <source>&amp;Locking</source>
        <translation>&amp;Lukustamine</translation>
    </message>
    <message>
        <source>&amp;Privacy check</source>
        <translation>&amp;Privaatsuskontroll</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock an untouched window after, minutes</source>
        <translation>Lukusta puutumata aken pärast, minutites</translation>
    </message>
    <message>
        <source>Lock an &amp;untouched window after</source>
        <translation>Lukusta puutumata &amp;aken pärast</translation>
    </message>
    <message>
        <source>On every workstation of this site, a window nobody has typed in or moved the mouse over for this long locks itself; its user unlocks it with their password. Anyone can lock at once with Ctrl+Shift+L.</source>
        <translation>Selle keskkonna igas tööjaamas lukustub aken ise, kui keegi pole sellesse nii kaua kirjutanud ega hiirt selle kohal liigutanud; kasutaja avab selle oma parooliga. Igaüks saab kohe lukustada klahvidega Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>Before a record is published, saved or signed, mentorlog shows back what seems to name a prisoner or give a prison number and offers a neutral reference. The names of this site&apos;s own people, prisons, units and cohorts are never flagged. One entry a line.</source>
        <translation>Enne kande avaldamist, salvestamist või allkirjastamist näitab mentorlog, mis näib nimetavat kinnipeetavat või andvat vangi numbrit, ja pakub neutraalset viidet. Selle keskkonna enda inimeste, vanglate, üksuste ja lendude nimesid ei märgita kunagi. Üks kirje rea kohta.</translation>
    </message>
    <message>
        <source>Prison &amp;number formats</source>
        <translation>Vangi &amp;numbri vormingud</translation>
    </message>
    <message>
        <source>9 is any digit, A any letter: A9999AA, 9999-9999. re: starts a regular expression.</source>
        <translation>9 on suvaline number, A suvaline täht: A9999AA, 9999-9999. re: alustab regulaaravaldist.</translation>
    </message>
    <message>
        <source>&amp;Before a number</source>
        <translation>&amp;Enne numbrit</translation>
    </message>
    <message>
        <source>Replaced with the number after them: prison no., fangenummer</source>
        <translation>Asendatakse koos neile järgneva numbriga: vangi nr, fangenummer</translation>
    </message>
    <message>
        <source>Before a &amp;name</source>
        <translation>Enne n&amp;ime</translation>
    </message>
    <message>
        <source>A capitalised name after these is flagged: prisoner, Mr, innsatt. Written with a capital (Mr), a word is a title and goes with the name.</source>
        <translation>Nendele järgnev suurtähega nimi märgitakse: kinnipeetav, Hr, innsatt. Suurtähega kirjutatud sõna (Hr) on tiitel ja käib nime juurde.</translation>
    </message>
    <message>
        <source>&amp;Watch for</source>
        <translation>&amp;Jälgi</translation>
    </message>
    <message>
        <source>Names flagged wherever they are</source>
        <translation>Nimed, mis märgitakse kõikjal</translation>
    </message>
    <message>
        <source>Ne&amp;ver names</source>
        <translation>&amp;Mitte kunagi nimi</translation>
    </message>
    <message>
        <source>Capitalised words of this site that are not names: Gardenia, Bergen</source>
        <translation>Selle keskkonna suurtähega sõnad, mis ei ole nimed: Gardenia, Bergen</translation>
    </message>
    <message>
        <source>Type a sentence to see what would be flagged</source>
        <translation>Kirjuta lause, et näha, mis märgitakse</translation>
    </message>
    <message>
        <source>Try the rules on a sentence</source>
        <translation>Proovi reegleid lausel</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>Pr&amp;oovi</translation>
    </message>
    <message>
        <source>Nothing is flagged.</source>
        <translation>Midagi ei märgitud.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Lock an untouched window after</source>
        <translation>Lukusta puutumata aken pärast</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Vahepeal salvestas keegi teine</translation>
    </message>
    <message>
        <source>Your version is on the left and you can still change it; theirs is on the right. Copy across what you want to keep, then save yours over theirs, or take theirs instead.</source>
        <translation>Sinu versioon on vasakul ja saad seda veel muuta; tema oma on paremal. Kopeeri üle, mida soovid säilitada, ning salvesta oma versioon tema oma asemele või võta hoopis tema oma.</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Salvesta minu oma asemele</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Võta tema oma</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Jätka muutmist</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Keegi teine</translation>
    </message>
    <message>
        <source>%1 saved a newer version at %2, after you opened this.</source>
        <translation>%1 salvestas uuema versiooni kell %2, pärast seda, kui sina selle avasid.</translation>
    </message>
    <message>
        <source>%1 saved a newer version after you opened this.</source>
        <translation>%1 salvestas uuema versiooni pärast seda, kui sina selle avasid.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Sinu oma&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tema oma&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What you changed and what they saved look the same here.</source>
        <translation>See, mida sina muutsid, ja see, mida tema salvestas, näevad siin ühesugused välja.</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Tühjenda filtrid</translation>
    </message>
    <message>
        <source>Search narratives and reflections (Ctrl+F)</source>
        <translation>Otsi kirjeldustest ja refleksioonidest (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Otsi ajajoonelt</translation>
    </message>
    <message>
        <source>Entry type</source>
        <translation>Kande liik</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Kõik kanded</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Pädevus</translation>
    </message>
    <message>
        <source>Any competency</source>
        <translation>Kõik pädevused</translation>
    </message>
    <message>
        <source>Rating level</source>
        <translation>Hinnangu tase</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Kõik hinnangud</translation>
    </message>
    <message>
        <source>Shared or private</source>
        <translation>Jagatud või privaatne</translation>
    </message>
    <message>
        <source>Shared and private</source>
        <translation>Jagatud ja privaatsed</translation>
    </message>
    <message>
        <source>Shared with the student</source>
        <translation>Jagatud õppuriga</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Privaatsed märkused</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alguskuupäev</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Lõppkuupäev</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alates</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;kuni</translation>
    </message>
    <message>
        <source>any</source>
        <translation>kõik</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Observation</source>
        <translation>Vaatlus</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksioon</translation>
    </message>
    <message>
        <source>Cause for concern · %1</source>
        <translation>Mureteade · %1</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Privaatne märkus</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Mustand</translation>
    </message>
    <message>
        <source>Amended (v%1)</source>
        <translation>Muudetud (v%1)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allkirjastatud</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Arutatud</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Veel arutamata</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Tutvutud</translation>
    </message>
    <message>
        <source>Student disagreed</source>
        <translation>Õppur ei nõustunud</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies
lowest level %1</source>
        <translation>
            <numerusform>%n pädevus
madalaim tase %1</numerusform>
            <numerusform>%n pädevust
madalaim tase %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Kuupäev</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Kanne</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Koostaja</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Hinnangud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>How many competencies the observation rated, and the lowest level given</source>
        <translation>Mitut pädevust vaatlus hindas ja madalaim antud tase</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies rated; lowest level %1</source>
        <translation>
            <numerusform>Hinnati %n pädevust; madalaim tase %1</numerusform>
            <numerusform>Hinnati %n pädevust; madalaim tase %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline entries</source>
        <translation>Ajajoone kanded</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Vaatlus</translation>
    </message>
    <message>
        <source>12 competencies</source>
        <translation>12 pädevust</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Veel arutamata</translation>
    </message>
    <message numerus="yes">
        <source>%n matching “%1”</source>
        <translation>
            <numerusform>%n vaste otsingule „%1”</numerusform>
            <numerusform>%n vastet otsingule „%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n kanne</numerusform>
            <numerusform>%n kannet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filters</source>
        <translation>
            <numerusform>Filtritele vastab %n kanne</numerusform>
            <numerusform>Filtritele vastab %n kannet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the newest shown)</source>
        <translation>%1 (uusim näidatud)</translation>
    </message>
    <message>
        <source>No narrative or reflection here contains “%1”. Try fewer or shorter words, or &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>Ükski siinne kirjeldus ega refleksioon ei sisalda teksti „%1”. Proovi vähemate või lühemate sõnadega või &lt;a href=&quot;clear&quot;&gt;tühjenda filtrid&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No entry matches these filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>Nendele filtritele ei vasta ükski kanne. &lt;a href=&quot;clear&quot;&gt;Tühjenda filtrid&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No entries yet. Record a shift with File › New observation (Ctrl+N); the student&apos;s reflections, reviews and concerns will appear here too.</source>
        <translation>Kandeid veel ei ole. Registreeri vahetus menüüst Fail › Uus vaatlus (Ctrl+N); siia ilmuvad ka õppuri refleksioonid, hindamised ja mureteated.</translation>
    </message>
    <message>
        <source>No entries yet. The student&apos;s mentors record observations here, and the student&apos;s reflections, reviews and concerns appear beside them.</source>
        <translation>Kandeid veel ei ole. Õppuri juhendajad kirjutavad siia vaatlusi ning nende kõrvale ilmuvad õppuri refleksioonid, hindamised ja mureteated.</translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet. Your mentor&apos;s feedback appears here once it is published; you can write a reflection with File › New reflection.</source>
        <translation>Sinuga pole veel midagi jagatud. Juhendaja tagasiside ilmub siia pärast avaldamist; refleksiooni saad kirjutada menüüst Fail › Uus refleksioon.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ava</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Kustuta…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>A&amp;llkirjasta…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Muuda…</translation>
    </message>
    <message>
        <source>V&amp;ersions…</source>
        <translation>V&amp;ersioonid…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend of the selected competency</source>
        <translation>Valitud pädevuse areng</translation>
    </message>
    <message>
        <source>Choose a competency above to see its trend.</source>
        <translation>Vali ülalt pädevus, et näha selle arengut.</translation>
    </message>
    <message>
        <source>%1: not rated yet</source>
        <translation>%1: veel hindamata</translation>
    </message>
    <message>
        <source>Expected by the end of this phase</source>
        <translation>Oodatav selle etapi lõpuks</translation>
    </message>
    <message>
        <source>Mentor&apos;s ratings</source>
        <translation>Juhendaja hinnangud</translation>
    </message>
    <message>
        <source>Student&apos;s self-assessment</source>
        <translation>Õppuri enesehindamine</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Rename the unit</source>
        <translation>Nimeta üksus ümber</translation>
    </message>
    <message>
        <source>Add a unit to %1</source>
        <translation>Lisa üksus: %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Security level</source>
        <translation>&amp;Turvalisuse tase</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>This database is not encrypted yet. When an administrator opens mentorlog and signs in, it is encrypted (a verified encrypted copy replaces it) and they are shown its recovery key.</source>
        <translation>See andmebaas ei ole veel krüpteeritud. Kui administraator avab mentorlogi ja logib sisse, see krüpteeritakse (kontrollitud krüpteeritud koopia asendab selle) ja talle näidatakse selle taastevõtit.</translation>
    </message>
</context>
<context>
    <name>VerifyRecordsDialog</name>
    <message>
        <source>Checking the trail&apos;s events</source>
        <translation>Tegevuslogi sündmuste kontrollimine</translation>
    </message>
    <message>
        <source>Checking signed records</source>
        <translation>Allkirjastatud kannete kontrollimine</translation>
    </message>
    <message>
        <source>Verify records</source>
        <translation>Kontrolli kandeid</translation>
    </message>
    <message>
        <source>Checks the whole audit trail and every signed record: that each record still says what was signed, that every signature is good, that no sign-off the trail mentions is missing, that the trail still holds every head this workstation, the backups and reports noted, and that its guard is in place.</source>
        <translation>Kontrollib kogu tegevuslogi ja iga allkirjastatud kannet: et iga kanne ütleb endiselt seda, mis allkirjastati, et iga allkiri kehtib, et ükski logis mainitud lõppallkiri ei puudu, et logis on endiselt iga ahela tipp, mille see tööjaam, varukoopiad ja aruanded üles märkisid, ning et selle kaitse on paigas.</translation>
    </message>
    <message>
        <source>Verify &amp;every signature (slower; uses every processor core)</source>
        <translation>Kontrolli &amp;iga allkirja (aeglasem; kasutab kõiki protsessorituumi)</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Kontrollimise edenemine</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Veel kontrollimata.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Leitud probleemid</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Kontrolli</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Loobu</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Kontrollimine…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Peatamine…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Kontrolli uuesti</translation>
    </message>
    <message>
        <source>%1 events and %2 signed records checked; %3 of %4 signatures verified.</source>
        <translation>Kontrolliti %1 sündmust ja %2 allkirjastatud kannet; kinnitati %3 allkirja %4-st.</translation>
    </message>
    <message>
        <source>Nothing is wrong. %1</source>
        <translation>Vigu ei leitud. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. %1</source>
        <translation>
            <numerusform>Leiti %n probleem. %1</numerusform>
            <numerusform>Leiti %n probleemi. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail&apos;s head: event %1, %2.</source>
        <translation>Logi ahela tipp: sündmus %1, %2.</translation>
    </message>
    <message>
        <source>Stopped before the end: nothing was concluded.</source>
        <translation>Peatati enne lõppu: järeldusi ei tehtud.</translation>
    </message>
    <message>
        <source>The records could not be checked.</source>
        <translation>Kandeid ei õnnestunud kontrollida.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of the observation</source>
        <translation>Vaatluse versioonid</translation>
    </message>
    <message>
        <source>A signed observation is corrected by amending it: each amendment is a new version, and earlier versions stay as they were signed.</source>
        <translation>Allkirjastatud vaatlust parandatakse seda muutes: iga muudatus on uus versioon ja varasemad versioonid jäävad nii, nagu need allkirjastati.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioonid</translation>
    </message>
    <message>
        <source>Content of the chosen version</source>
        <translation>Valitud versiooni sisu</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Versioon</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Kirjutaja</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Millal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Kehtiv</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Esimene versioon</translation>
    </message>
    <message>
        <source>Version %1 · current</source>
        <translation>Versioon %1 · kehtiv</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versioon %1</translation>
    </message>
    <message>
        <source>not responding to training</source>
        <translation>ei reageeri õpetamisele</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Hinnangud</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This database needs a newer mentorlog</source>
        <translation>See andmebaas vajab mentorlogi uuemat versiooni</translation>
    </message>
    <message>
        <source>The database could not be updated</source>
        <translation>Andmebaasi ei õnnestunud uuendada</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Andmebaasi ei saa avada</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a mentorlog database (%2). mentorlog has not changed it.</source>
        <translation>%1 on kahjustatud või ei ole mentorlogi andmebaas (%2). mentorlog ei ole seda muutnud.</translation>
    </message>
    <message>
        <source>mentorlog</source>
        <translation>mentorlog</translation>
    </message>
    <message>
        <source>Details are in the log file %1</source>
        <translation>Üksikasjad on logifailis %1</translation>
    </message>
</context>
<context>
    <name>damaged_dialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Andmebaas on kahjustatud</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Taasta uusim varukoopia</translation>
    </message>
    <message>
        <source>The damaged file is moved into the backups folder, not deleted, so it can still be examined later.</source>
        <translation>Kahjustatud fail teisaldatakse varukoopiate kausta, mitte ei kustutata, nii et seda saab hiljem veel uurida.</translation>
    </message>
    <message>
        <source>&amp;Close mentorlog</source>
        <translation>&amp;Sulge mentorlog</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Mitte praegu</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>Delete the observation of %1?</source>
        <translation>Kas kustutada vaatlus (%1)?</translation>
    </message>
    <message>
        <source>Observation of %1 deleted</source>
        <translation>Vaatlus (%1) kustutatud</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and this action was not completed. Nothing saved before was lost.</source>
        <translation>Midagi läks valesti ja seda toimingut ei lõpetatud. Varem salvestatust ei läinud midagi kaotsi.</translation>
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
        <translation>%1 h %2</translation>
    </message>
</context>
<context>
    <name>keys</name>
    <message>
        <source>Everywhere</source>
        <translation>Kõikjal</translation>
    </message>
    <message>
        <source>Lock the window now (from every window)</source>
        <translation>Lukusta aken kohe (igast aknast)</translation>
    </message>
    <message>
        <source>New observation (mentors)</source>
        <translation>Uus vaatlus (juhendajad)</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Uus refleksioon</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Ekspordi aruanded</translation>
    </message>
    <message>
        <source>Find in the timeline</source>
        <translation>Otsi ajajoonelt</translation>
    </message>
    <message>
        <source>Find a student (the filter on the left)</source>
        <translation>Leia õppur (vasakpoolne filter)</translation>
    </message>
    <message>
        <source>Timeline, Competencies</source>
        <translation>Ajajoon, Pädevused</translation>
    </message>
    <message>
        <source>Undo a deletion</source>
        <translation>Võta kustutamine tagasi</translation>
    </message>
    <message>
        <source>The guide for your role</source>
        <translation>Juhend sinu rollile</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>See loend</translation>
    </message>
    <message>
        <source>In an editor window</source>
        <translation>Redaktoriaknas</translation>
    </message>
    <message>
        <source>Save (a draft, while it is not published)</source>
        <translation>Salvesta (mustand, kuni see pole avaldatud)</translation>
    </message>
    <message>
        <source>Publish, or save (a note, a reflection)</source>
        <translation>Avalda või salvesta (märkus, refleksioon)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close; asks first when something is not saved</source>
        <translation>Sulge; küsib enne, kui midagi on salvestamata</translation>
    </message>
    <message>
        <source>Close, as Esc does</source>
        <translation>Sulge, nagu Esc</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next and previous field, in reading order</source>
        <translation>Järgmine ja eelmine väli, lugemise järjekorras</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + allajoonitud täht</translation>
    </message>
    <message>
        <source>Go to that field or button</source>
        <translation>Mine sellele väljale või nupule</translation>
    </message>
    <message>
        <source>Rating competencies</source>
        <translation>Pädevuste hindamine</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kirjuta</translation>
    </message>
    <message>
        <source>Find a competency in the list</source>
        <translation>Leia loendist pädevus</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>Nool alla, Enter</translation>
    </message>
    <message>
        <source>From the search to the first match</source>
        <translation>Otsingust esimese vasteni</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Tühik</translation>
    </message>
    <message>
        <source>Tick or untick the competency</source>
        <translation>Märgi pädevus või eemalda märge</translation>
    </message>
    <message>
        <source>1 – 5</source>
        <translation>1 – 5</translation>
    </message>
    <message>
        <source>Rate it (ticks it first); 0 for not observed</source>
        <translation>Hinda (märgib selle enne); 0, kui ei vaadeldud</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Nool vasakule, paremale</translation>
    </message>
    <message>
        <source>On the levels: the next lower or higher one</source>
        <translation>Tasemetel: järgmine madalam või kõrgem</translation>
    </message>
    <message>
        <source>Goals, reviews and concerns</source>
        <translation>Eesmärgid, hindamised ja mureteated</translation>
    </message>
    <message>
        <source>Save the form (a review: as a draft)</source>
        <translation>Salvesta vorm (hindamine: mustandina)</translation>
    </message>
    <message>
        <source>Publish the review, save the goal or concern</source>
        <translation>Avalda hindamine, salvesta eesmärk või mureteade</translation>
    </message>
    <message>
        <source>Delete the chosen one (asks)</source>
        <translation>Kustuta valitud kirje (küsib enne)</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>Loendites</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Nool üles, alla</translation>
    </message>
    <message>
        <source>Move through the list</source>
        <translation>Liigu loendis</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen entry</source>
        <translation>Ava valitud kanne</translation>
    </message>
    <message>
        <source>Enter on a button</source>
        <translation>Enter nupul</translation>
    </message>
    <message>
        <source>Press it (Space does too)</source>
        <translation>Vajutab seda (tühik samuti)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Induction</source>
        <translation>Sisseelamine</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Algetapp</translation>
    </message>
    <message>
        <source>Mid-point</source>
        <translation>Vaheetapp</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Lõppetapp</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planeeritud</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käimas</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Lõpetatud</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Loobunud</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Katkestatud</translation>
    </message>
    <message>
        <source>Early shift</source>
        <translation>Hommikuvahetus</translation>
    </message>
    <message>
        <source>Late shift</source>
        <translation>Õhtuvahetus</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Öövahetus</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>Päevavahetus</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Vaatlus</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksioon</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Hindamine</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Mureteade</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Vaatlused</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksioonid</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Hindamised</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Mureteated</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Vahehindamine</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Lõpphindamine</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Plaanipärane</translation>
    </message>
    <message>
        <source>Needs support</source>
        <translation>Vajab tuge</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Ohus</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Sooritatud</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Mittesooritatud</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avatud</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Jälgimisel</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Lahendatud</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Edastatud akadeemiale</translation>
    </message>
    <message>
        <source>Gibbs cycle</source>
        <translation>Gibbsi tsükkel</translation>
    </message>
    <message>
        <source>Socratic dialogue</source>
        <translation>Sokraatiline dialoog</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mitte kunagi</translation>
    </message>
    <message>
        <source>today</source>
        <translation>täna</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>eile</translation>
    </message>
</context>
<context>
    <name>record_versions</name>
    <message>
        <source>What you observed</source>
        <translation>Mida sa vaatlesid</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Koht</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Olukord</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vahetus</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Hinnangud</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Pealkiri</translation>
    </message>
</context>
<context>
    <name>reflection</name>
    <message>
        <source>Reflection</source>
        <translation>Refleksioon</translation>
    </message>
    <message>
        <source>Write freely about your practice: what happened, what you made of it, and what you take forward.</source>
        <translation>Kirjuta vabalt oma tööst: mis juhtus, mida sa sellest arvasid ja mida kaasa võtad.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kirjeldus</translation>
    </message>
    <message>
        <source>What happened? Where and when, who was there, what did you and others do?</source>
        <translation>Mis juhtus? Kus ja millal, kes olid kohal, mida sina ja teised tegid?</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Tunded</translation>
    </message>
    <message>
        <source>What were you thinking and feeling at the time, and afterwards?</source>
        <translation>Mida sa tol hetkel ja hiljem mõtlesid ja tundsid?</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Hinnang</translation>
    </message>
    <message>
        <source>What went well, and what went less well?</source>
        <translation>Mis läks hästi ja mis vähem hästi?</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analüüs</translation>
    </message>
    <message>
        <source>Why did it go that way? What helps you make sense of it: training, rules and law, what you know of the prisoner, your own experience?</source>
        <translation>Miks see nii läks? Mis aitab sul seda mõista: väljaõpe, reeglid ja seadus, mida kinnipeetavast tead, sinu enda kogemus?</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Järeldus</translation>
    </message>
    <message>
        <source>What else could you have done? What have you learned about yourself and your role?</source>
        <translation>Mida oleksid veel saanud teha? Mida said teada endast ja oma rollist?</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Tegevuskava</translation>
    </message>
    <message>
        <source>What will you do or practise next time, and how will you know it worked?</source>
        <translation>Mida teed või harjutad järgmisel korral ja kuidas saad teada, et see toimis?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Küsimus</translation>
    </message>
    <message>
        <source>The general question the group examined, e.g. “When is it right to make an exception to a rule for a prisoner?”</source>
        <translation>Üldine küsimus, mida rühm uuris, nt „Millal on õige teha kinnipeetava jaoks reeglist erand?”</translation>
    </message>
    <message>
        <source>Concrete experience</source>
        <translation>Konkreetne kogemus</translation>
    </message>
    <message>
        <source>The one real situation the group examined, told by the person who lived it: what happened, step by step.</source>
        <translation>Üks tegelik olukord, mida rühm uuris, selle läbi elanud inimese jutustatuna: mis juhtus, samm-sammult.</translation>
    </message>
    <message>
        <source>Agreed answer</source>
        <translation>Kokkulepitud vastus</translation>
    </message>
    <message>
        <source>The answer the group reached together, in its own words, and the reasons everyone could accept.</source>
        <translation>Vastus, milleni rühm ühiselt jõudis, oma sõnadega, ja põhjused, mida kõik said aktsepteerida.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osalejad</translation>
    </message>
    <message>
        <source>Who took part: names or roles, one per line.</source>
        <translation>Kes osalesid: nimed või rollid, üks rea kohta.</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Vaba tekst</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle</source>
        <translation>Gibbsi refleksioonitsükkel</translation>
    </message>
    <message>
        <source>Socratic dialogue</source>
        <translation>Sokraatiline dialoog</translation>
    </message>
    <message>
        <source>Parts marked * are needed to save; fill the rest when you can.</source>
        <translation>Tärniga * märgitud osad on salvestamiseks vajalikud; ülejäänud täida, kui saad.</translation>
    </message>
</context>
<context>
    <name>role_guides</name>
    <message>
        <source>For mentors</source>
        <translation>Juhendajatele</translation>
    </message>
    <message>
        <source>For students</source>
        <translation>Õppuritele</translation>
    </message>
    <message>
        <source>For coordinators</source>
        <translation>Koordinaatoritele</translation>
    </message>
    <message>
        <source>For administrators</source>
        <translation>Administraatoritele</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recording a shift&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Choose your student on the left (&lt;b&gt;Ctrl+L&lt;/b&gt; and type part of the name; accents do not matter: “hakon” finds Håkon).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; opens a new observation. Write what you saw: what the student did and said, and how it went. Write about the student, not the prisoners: “a prisoner on B-wing”, never a name or a prison number.&lt;/li&gt;&lt;li&gt;Type in &lt;i&gt;Find a competency&lt;/i&gt;, press &lt;b&gt;Down&lt;/b&gt; to the list, &lt;b&gt;Space&lt;/b&gt; to tick a competency and a digit to rate it: &lt;b&gt;1–5&lt;/b&gt;, or &lt;b&gt;0&lt;/b&gt; for not observed. Some levels ask for a comment.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt; publishes: the student reads it and acknowledges it. If the text seems to name a prisoner or give a prison number, mentorlog shows it to you first and offers a neutral reference (“prisoner A”).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;A &lt;b&gt;private mentor note&lt;/b&gt; (Alt+V) is for your eyes only and needs no rating; its button says Save note. Everything you type is kept as a draft while you type, and comes back after a crash.&lt;/p&gt;&lt;h3&gt;Signing and correcting&lt;/h3&gt;&lt;p&gt;Sign a published observation to lock it (Sign…). A signed one is corrected with Amend…, which asks why and keeps every version.&lt;/p&gt;&lt;h3&gt;Goals, reviews and concerns&lt;/h3&gt;&lt;p&gt;Agree goals with the student on the Goals tab; hold the mid-point and final reviews on the Reviews tab (save a draft with &lt;b&gt;Ctrl+S&lt;/b&gt;, publish with &lt;b&gt;Ctrl+Enter&lt;/b&gt;, then sign); raise a cause for concern when the student is not progressing, with an action plan and a date to look at it again.&lt;/p&gt;&lt;h3&gt;Called away?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks every window at once, editors included; your text is kept and your password opens it again. The window also locks itself when nobody has touched it for a few minutes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vahetuse kirjapanek&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Vali vasakult oma õppur (&lt;b&gt;Ctrl+L&lt;/b&gt; ja kirjuta osa nimest; täppidel ei ole tähtsust: „hakon” leiab Håkoni).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; avab uue vaatluse. Kirjuta, mida nägid: mida õppur tegi ja ütles ning kuidas see läks. Kirjuta õppurist, mitte kinnipeetavatest: „kinnipeetav B-tiivas”, mitte kunagi nime ega vangi numbrit.&lt;/li&gt;&lt;li&gt;Kirjuta väljale &lt;i&gt;Leia pädevus&lt;/i&gt;, vajuta &lt;b&gt;nool alla&lt;/b&gt;, et minna loendisse, &lt;b&gt;tühikut&lt;/b&gt;, et pädevus märkida, ja numbrit, et seda hinnata: &lt;b&gt;1–5&lt;/b&gt; või &lt;b&gt;0&lt;/b&gt;, kui ei vaadeldud. Mõni tase nõuab kommentaari.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt; avaldab: õppur loeb selle ja kinnitab tutvumist. Kui tekst näib nimetavat kinnipeetavat või andvat vangi numbrit, näitab mentorlog seda sulle enne ja pakub neutraalset viidet („kinnipeetav A”).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Privaatne juhendaja märkus&lt;/b&gt; (Alt+P) on ainult sinu jaoks ega vaja hinnangut; selle nupp on „Salvesta märkus”. Kõik, mida kirjutad, säilitatakse kirjutamise ajal mustandina ja see tuleb pärast krahhi tagasi.&lt;/p&gt;&lt;h3&gt;Allkirjastamine ja parandamine&lt;/h3&gt;&lt;p&gt;Allkirjasta avaldatud vaatlus, et see lukustada („Allkirjasta…”). Allkirjastatud vaatlust parandatakse käsuga „Muuda…”, mis küsib põhjust ja säilitab kõik versioonid.&lt;/p&gt;&lt;h3&gt;Eesmärgid, hindamised ja mureteated&lt;/h3&gt;&lt;p&gt;Lepi õppuriga kokku eesmärgid vahekaardil „Eesmärgid”; vii vahe- ja lõpphindamine läbi vahekaardil „Hindamised” (salvesta mustand klahvidega &lt;b&gt;Ctrl+S&lt;/b&gt;, avalda klahvidega &lt;b&gt;Ctrl+Enter&lt;/b&gt;, seejärel allkirjasta); kui õppur ei edene, esita mureteade koos tegevuskava ja uue ülevaatuse kuupäevaga.&lt;/p&gt;&lt;h3&gt;Kutsuti ära?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt; lukustab korraga kõik aknad, ka redaktorid; sinu tekst säilib ja sinu parool avab selle uuesti. Aken lukustub ka ise, kui keegi pole seda mõne minuti jooksul puudutanud.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your feedback&lt;/h3&gt;&lt;p&gt;mentorlog opens on &lt;b&gt;Feedback&lt;/b&gt;: what your mentor published that you have not answered yet, newest first. Read it, then &lt;b&gt;Acknowledge&lt;/b&gt; (Alt+A), or &lt;b&gt;I disagree…&lt;/b&gt; (Alt+D) with a comment saying why. &lt;b&gt;Reflect on this…&lt;/b&gt; writes a reflection about it.&lt;/p&gt;&lt;h3&gt;Reflections and goals&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt; starts a reflection: free text, Gibbs&apos; cycle or a Socratic dialogue; it is shared with your mentors unless you keep it private. On the Goals tab you add notes of your progress on each goal.&lt;/p&gt;&lt;h3&gt;Rating yourself&lt;/h3&gt;&lt;p&gt;On the Competencies tab, &lt;b&gt;Rate myself…&lt;/b&gt; puts your own level beside your mentor&apos;s; each level&apos;s description is shown as you choose it.&lt;/p&gt;&lt;h3&gt;Reviews and concerns&lt;/h3&gt;&lt;p&gt;A review waiting for your signature is shown above your feedback: read it, then sign it (a comment may go with your signature; Enter does not sign). A cause for concern raised about you is yours to read, and you can answer it on the Concerns tab.&lt;/p&gt;&lt;p&gt;Leaving the workstation: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Sinu tagasiside&lt;/h3&gt;&lt;p&gt;mentorlog avaneb vahekaardil &lt;b&gt;Tagasiside&lt;/b&gt;: mida juhendaja on avaldanud ja millele sa pole veel vastanud, uuemad eespool. Loe see läbi, seejärel vali &lt;b&gt;Tutvusin&lt;/b&gt; (Alt+T) või &lt;b&gt;Ma ei nõustu…&lt;/b&gt; (Alt+N) koos kommentaariga, miks. &lt;b&gt;Reflekteeri…&lt;/b&gt; kirjutab selle kohta refleksiooni.&lt;/p&gt;&lt;h3&gt;Refleksioonid ja eesmärgid&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt; alustab refleksiooni: vaba tekst, Gibbsi tsükkel või sokraatiline dialoog; seda jagatakse sinu juhendajatega, kui sa ei jäta seda privaatseks. Vahekaardil „Eesmärgid” lisad iga eesmärgi juurde märkusi oma edenemise kohta.&lt;/p&gt;&lt;h3&gt;Enesehindamine&lt;/h3&gt;&lt;p&gt;Vahekaardil „Pädevused” paneb &lt;b&gt;Hinda ennast…&lt;/b&gt; sinu enda taseme juhendaja hinnangu kõrvale; iga taseme kirjeldust näidatakse selle valimisel.&lt;/p&gt;&lt;h3&gt;Hindamised ja mureteated&lt;/h3&gt;&lt;p&gt;Sinu allkirja ootav hindamine on näha sinu tagasiside kohal: loe see läbi ja allkirjasta (allkirjaga võib kaasas olla kommentaar; Enter ei allkirjasta). Sinu kohta esitatud mureteadet saad lugeda ja sellele vahekaardil „Mureteated” vastata.&lt;/p&gt;&lt;p&gt;Tööjaamast lahkudes: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; lukustab selle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Following the cohort&lt;/h3&gt;&lt;p&gt;The list on the left has every placement you may see, by prison and cohort: the days since the last observation the student was shown, open concerns (⚑) and feedback still to be answered (✉). Choose one to read the student&apos;s file.&lt;/p&gt;&lt;h3&gt;Reports&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+E&lt;/b&gt; exports progress reports as PDF: for one student, several, or a whole cohort with its summary, with a preview first.&lt;/p&gt;&lt;h3&gt;Reviews and people&lt;/h3&gt;&lt;p&gt;You sign each review after the mentor and the student. Administration › People and accounts adds students and mentors and sets passwords; the audit trail shows who did what.&lt;/p&gt;&lt;p&gt;Leaving the workstation: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Lennu jälgimine&lt;/h3&gt;&lt;p&gt;Vasakpoolses loendis on kõik praktikad, mida tohid näha, vangla ja lennu kaupa: päevad viimasest õppurile näidatud vaatlusest, avatud mureteated (⚑) ja veel vastamata tagasiside (✉). Vali üks, et lugeda õppuri toimikut.&lt;/p&gt;&lt;h3&gt;Aruanded&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+E&lt;/b&gt; ekspordib arenguaruanded PDF-ina: ühe õppuri, mitme õppuri või terve lennu kohta koos kokkuvõttega, enne eelvaatega.&lt;/p&gt;&lt;h3&gt;Hindamised ja inimesed&lt;/h3&gt;&lt;p&gt;Allkirjastad iga hindamise pärast juhendajat ja õppurit. Haldus › Inimesed ja kontod lisab õppureid ja juhendajaid ning määrab paroole; tegevuslogi näitab, kes mida tegi.&lt;/p&gt;&lt;p&gt;Tööjaamast lahkudes: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; lukustab selle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Looking after the site&lt;/h3&gt;&lt;p&gt;Administration › People and accounts: add people, give them their roles, unlock an account and set a new password.&lt;/p&gt;&lt;p&gt;Administration › Site settings: how long an untouched window waits before it locks, and the privacy check: the site&apos;s prison number formats (9 for a digit, A for a letter, e.g. A9999AA), the words after which a name is flagged, names to watch for, and words that are never names here.&lt;/p&gt;&lt;p&gt;File › Backups: verified backups of the database, and restoring one. Keep the printed recovery key in a safe.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keskkonna haldamine&lt;/h3&gt;&lt;p&gt;Haldus › Inimesed ja kontod: lisa inimesi, anna neile rollid, ava konto lukk ja määra uus parool.&lt;/p&gt;&lt;p&gt;Haldus › Keskkonna seaded: kui kaua puutumata aken enne lukustumist ootab, ja privaatsuskontroll: keskkonna vangi numbri vormingud (9 tähistab numbrit, A tähte, nt A9999AA), sõnad, mille järel nimi märgitakse, jälgitavad nimed ja sõnad, mis siin kunagi nimed ei ole.&lt;/p&gt;&lt;p&gt;Fail › Varukoopiad: andmebaasi kontrollitud varukoopiad ja nende taastamine. Hoia prinditud taastevõtit seifis.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sensitive_check</name>
    <message>
        <source>&amp;Replace and publish</source>
        <translation>&amp;Asenda ja avalda</translation>
    </message>
    <message>
        <source>Publish &amp;as written</source>
        <translation>Avalda &amp;nii, nagu kirjutatud</translation>
    </message>
    <message>
        <source>&amp;Replace and save</source>
        <translation>&amp;Asenda ja salvesta</translation>
    </message>
    <message>
        <source>Save &amp;as written</source>
        <translation>Salvesta &amp;nii, nagu kirjutatud</translation>
    </message>
    <message>
        <source>Sign &amp;as written</source>
        <translation>Allkirjasta &amp;nii, nagu kirjutatud</translation>
    </message>
    <message>
        <source>&amp;Correct it first</source>
        <translation>&amp;Paranda enne</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>a name after “%1”</source>
        <translation>nimi sõna „%1” järel</translation>
    </message>
    <message>
        <source>a name on the site&apos;s list</source>
        <translation>nimi keskkonna loendis</translation>
    </message>
    <message>
        <source>a name nobody here has</source>
        <translation>nimi, mida siin kellelgi pole</translation>
    </message>
    <message>
        <source>a first name nobody here has</source>
        <translation>eesnimi, mida siin kellelgi pole</translation>
    </message>
    <message>
        <source>the same name again</source>
        <translation>sama nimi uuesti</translation>
    </message>
    <message>
        <source>a prison number</source>
        <translation>vangi number</translation>
    </message>
    <message>
        <source>“%1” → “%2” (%3)</source>
        <translation>„%1” → „%2” (%3)</translation>
    </message>
    <message>
        <source>Names or numbers in the text</source>
        <translation>Nimed või numbrid tekstis</translation>
    </message>
    <message>
        <source>This seems to name a prisoner or give a prison number. Records are about the student; a neutral reference keeps the prisoner&apos;s privacy.</source>
        <translation>See näib nimetavat kinnipeetavat või andvat vangi numbrit. Kanded räägivad õppurist; neutraalne viide kaitseb kinnipeetava privaatsust.</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>its mentor</source>
        <translation>vaatluse juhendaja</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked. Your unsaved changes were not saved to it; they are kept for Amend….</source>
        <translation>%1 allkirjastas selle vaatluse, kui see oli siin avatud: see on nüüd lukustatud. Sinu salvestamata muudatusi sellesse ei salvestatud; need säilitatakse käsu „Muuda…” jaoks.</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked. Your unsaved changes were not saved to it.</source>
        <translation>%1 allkirjastas selle vaatluse, kui see oli siin avatud: see on nüüd lukustatud. Sinu salvestamata muudatusi sellesse ei salvestatud.</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked.</source>
        <translation>%1 allkirjastas selle vaatluse, kui see oli siin avatud: see on nüüd lukustatud.</translation>
    </message>
    <message>
        <source>%1 disagreed with version %2 on %3: “%4”</source>
        <translation>%1 ei nõustunud versiooniga %2 (%3): „%4”</translation>
    </message>
    <message>
        <source>Acknowledged by %1 (version %2) on %3.</source>
        <translation>Tutvumist kinnitas %1 (versioon %2), %3.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>Allkirjastas %1, %2.</translation>
    </message>
    <message>
        <source>Published, not signed yet.</source>
        <translation>Avaldatud, veel allkirjastamata.</translation>
    </message>
    <message>
        <source>Version %1, amended by %2 on %3: “%4”</source>
        <translation>Versioon %1, muutis %2, %3: „%4”</translation>
    </message>
    <message>
        <source>This version has been amended since; the current one is newer.</source>
        <translation>Seda versiooni on hiljem muudetud; kehtiv versioon on uuem.</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the student (version %1).</source>
        <translation>Õppur pole veel tutvumist kinnitanud (versioon %1).</translation>
    </message>
    <message>
        <source>A review is signed once it is published.</source>
        <translation>Hindamine allkirjastatakse pärast avaldamist.</translation>
    </message>
    <message>
        <source>Signed by mentor, student and coordinator.</source>
        <translation>Allkirjastanud juhendaja, õppur ja koordinaator.</translation>
    </message>
    <message>
        <source>Signed by %1 (mentor) on %2.</source>
        <translation>Allkirjastas %1 (juhendaja), %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (student) on %2.</source>
        <translation>Allkirjastas %1 (õppur), %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (coordinator) on %2.</source>
        <translation>Allkirjastas %1 (koordinaator), %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (administrator) on %2.</source>
        <translation>Allkirjastas %1 (administraator), %2.</translation>
    </message>
    <message>
        <source>Waiting for the mentor’s signature.</source>
        <translation>Ootab juhendaja allkirja.</translation>
    </message>
    <message>
        <source>Waiting for the student’s signature.</source>
        <translation>Ootab õppuri allkirja.</translation>
    </message>
    <message>
        <source>Waiting for the coordinator’s signature.</source>
        <translation>Ootab koordinaatori allkirja.</translation>
    </message>
    <message>
        <source>Waiting for another signature.</source>
        <translation>Ootab veel üht allkirja.</translation>
    </message>
    <message>
        <source>Sign the observation?</source>
        <translation>Kas allkirjastada vaatlus?</translation>
    </message>
    <message>
        <source>Sign this observation as its mentor?</source>
        <translation>Kas allkirjastada see vaatlus selle juhendajana?</translation>
    </message>
    <message>
        <source>Once signed, this observation is locked; corrections become amendments.</source>
        <translation>Pärast allkirjastamist on see vaatlus lukustatud; parandused tehakse muudatustena.</translation>
    </message>
    <message>
        <source>Once you sign, the review is locked; the student and a coordinator sign after you.</source>
        <translation>Pärast sinu allkirja on hindamine lukustatud; pärast sind allkirjastavad õppur ja koordinaator.</translation>
    </message>
    <message>
        <source>Your signature is recorded with your name and the time.</source>
        <translation>Sinu allkiri salvestatakse koos sinu nime ja kellaajaga.</translation>
    </message>
    <message>
        <source>Sign this review as %1?</source>
        <translation>Kas allkirjastada see hindamine kui %1?</translation>
    </message>
    <message>
        <source>Sign the review?</source>
        <translation>Kas allkirjastada hindamine?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Allkirjasta</translation>
    </message>
    <message>
        <source>Publish first</source>
        <translation>Avalda kõigepealt</translation>
    </message>
    <message>
        <source>Publish your changes, or close and discard them, before signing: a signature is for what is published.</source>
        <translation>Enne allkirjastamist avalda oma muudatused või sulge ja loobu neist: allkiri kehtib avaldatud sisu kohta.</translation>
    </message>
    <message>
        <source>Signed meanwhile</source>
        <translation>Vahepeal allkirjastatud</translation>
    </message>
    <message>
        <source>%1 signed this observation while you were editing it, so your changes were not saved to it.</source>
        <translation>%1 allkirjastas selle vaatluse, kui sa seda muutsid, seega sinu muudatusi sellesse ei salvestatud.</translation>
    </message>
    <message>
        <source>A signed observation is corrected by amending it.</source>
        <translation>Allkirjastatud vaatlust parandatakse seda muutes.</translation>
    </message>
    <message>
        <source>They are kept: Amend… opens them as a correction of the signed version, saved with a reason as its next version.</source>
        <translation>Need on alles: „Muuda…” avab need allkirjastatud versiooni parandusena, mis salvestatakse koos põhjusega selle järgmise versioonina.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Mitte praegu</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Muuda…</translation>
    </message>
</context>
<context>
    <name>site_menu</name>
    <message>
        <source>Set-up &amp;guide…</source>
        <translation>Seadistus&amp;juhend…</translation>
    </message>
    <message>
        <source>&amp;Academy and prisons…</source>
        <translation>&amp;Akadeemia ja vanglad…</translation>
    </message>
    <message>
        <source>&amp;Cohorts…</source>
        <translation>&amp;Lennud…</translation>
    </message>
    <message>
        <source>&amp;Placements…</source>
        <translation>&amp;Praktikad…</translation>
    </message>
    <message>
        <source>&amp;Import people or placements…</source>
        <translation>&amp;Impordi inimesed või praktikad…</translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation>Pädevus&amp;raamistikud…</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Keskkond</translation>
    </message>
    <message>
        <source>Log a s&amp;hift…</source>
        <translation>Registreeri &amp;vahetus…</translation>
    </message>
</context>
<context>
    <name>stale_forms</name>
    <message>
        <source>Held on, progress</source>
        <translation>Toimumise kuupäev, areng</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Kokkuvõte</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Kokkulepitud tegevused</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kuupäev puudub</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, tähtaeg %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Tegevuskava</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Mida nähti</translation>
    </message>
    <message>
        <source>Raised, review on</source>
        <translation>Esitatud, ülevaatus</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>Mentor</source>
        <translation>Juhendaja</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Õppur</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaator</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administraator</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Sisse logitud</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Sisselogimine ebaõnnestus</translation>
    </message>
    <message>
        <source>Sign-in refused: too soon after failures</source>
        <translation>Sisselogimine keelatud: liiga kiiresti pärast ebaõnnestumisi</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>Sisselogimine keelatud: konto on lukus</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Välja logitud</translation>
    </message>
    <message>
        <source>Locked the window</source>
        <translation>Aken lukustati</translation>
    </message>
    <message>
        <source>Unlocked the window</source>
        <translation>Akna lukk avati</translation>
    </message>
    <message>
        <source>Unlocking the window failed</source>
        <translation>Akna lukust avamine ebaõnnestus</translation>
    </message>
    <message>
        <source>Unlocking refused: too soon after failures</source>
        <translation>Lukust avamine keelatud: liiga kiiresti pärast ebaõnnestumisi</translation>
    </message>
    <message>
        <source>Unlocking refused: account locked</source>
        <translation>Lukust avamine keelatud: konto on lukus</translation>
    </message>
    <message>
        <source>Account locked after failed attempts</source>
        <translation>Konto lukustati ebaõnnestunud katsete järel</translation>
    </message>
    <message>
        <source>Password protection strengthened</source>
        <translation>Paroolikaitset tugevdati</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>Esimene administraator loodud</translation>
    </message>
    <message>
        <source>Refused: not permitted</source>
        <translation>Keelatud: pole lubatud</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Isik lisatud</translation>
    </message>
    <message>
        <source>Role given</source>
        <translation>Roll antud</translation>
    </message>
    <message>
        <source>Role removed</source>
        <translation>Roll eemaldatud</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Parool lähtestatud</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Oma parool muudetud</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Konto lukk avatud</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Konto deaktiveeritud</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Konto uuesti aktiveeritud</translation>
    </message>
    <message>
        <source>Observation signed</source>
        <translation>Vaatlus allkirjastatud</translation>
    </message>
    <message>
        <source>Observation amended</source>
        <translation>Allkirjastatud vaatlust muudeti</translation>
    </message>
    <message>
        <source>Feedback acknowledged</source>
        <translation>Tagasisidega tutvumine kinnitatud</translation>
    </message>
    <message>
        <source>Disagreement recorded</source>
        <translation>Mittenõustumine salvestatud</translation>
    </message>
    <message>
        <source>Review signed</source>
        <translation>Hindamine allkirjastatud</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Praktika lõppes</translation>
    </message>
    <message>
        <source>Placement completed and signed off</source>
        <translation>Praktika lõpetatud ja lõppallkirjaga kinnitatud</translation>
    </message>
    <message>
        <source>Framework imported</source>
        <translation>Pädevusraamistik imporditud</translation>
    </message>
    <message>
        <source>Cause for concern raised</source>
        <translation>Mureteade esitatud</translation>
    </message>
    <message>
        <source>Cause for concern changed</source>
        <translation>Mureteadet muudeti</translation>
    </message>
    <message>
        <source>Cause for concern moved on</source>
        <translation>Mureteade viidi järgmisse olekusse</translation>
    </message>
    <message>
        <source>Student answered a cause for concern</source>
        <translation>Õppur vastas mureteatele</translation>
    </message>
    <message>
        <source>Cause for concern deleted</source>
        <translation>Mureteade kustutatud</translation>
    </message>
    <message>
        <source>Cause for concern restored</source>
        <translation>Mureteade taastatud</translation>
    </message>
    <message>
        <source>Progress note added to a goal</source>
        <translation>Eesmärgile lisati edenemise märkus</translation>
    </message>
    <message>
        <source>Observation marked as discussed</source>
        <translation>Vaatlus märgiti arutatuks</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Varukoopia taastatud</translation>
    </message>
    <message>
        <source>A student&apos;s data exported on request</source>
        <translation>Õppuri andmed eksporditi taotluse alusel</translation>
    </message>
    <message>
        <source>Records past their retention removed</source>
        <translation>Säilitusaja ületanud kanded eemaldatud</translation>
    </message>
    <message>
        <source>Site setting changed</source>
        <translation>Keskkonna seadet muudeti</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Andmebaas krüpteeritud</translation>
    </message>
    <message>
        <source>Demonstration data loaded</source>
        <translation>Demoandmed laaditud</translation>
    </message>
    <message>
        <source>Signing key issued</source>
        <translation>Allkirjastamisvõti väljastatud</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Allkirjastamisvõti kasutusest kõrvaldatud</translation>
    </message>
    <message>
        <source>Earlier sign-offs sealed</source>
        <translation>Varasemad lõppallkirjad pitseeritud</translation>
    </message>
    <message>
        <source>Wrong passwords counted before the database opened</source>
        <translation>Enne andmebaasi avamist loendatud valed paroolid</translation>
    </message>
    <message>
        <source>Failed-attempt counts reset outside mentorlog</source>
        <translation>Ebaõnnestunud katsete loendurid lähtestati väljaspool mentorlogi</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Aruanne eksporditud</translation>
    </message>
    <message>
        <source>Language chosen</source>
        <translation>Keel valitud</translation>
    </message>
    <message>
        <source>Academy created</source>
        <translation>Akadeemia loodud</translation>
    </message>
    <message>
        <source>Academy changed</source>
        <translation>Akadeemiat muudeti</translation>
    </message>
    <message>
        <source>Cohort created</source>
        <translation>Lend loodud</translation>
    </message>
    <message>
        <source>Cohort changed</source>
        <translation>Lendu muudeti</translation>
    </message>
    <message>
        <source>Prison added</source>
        <translation>Vangla lisatud</translation>
    </message>
    <message>
        <source>Prison changed</source>
        <translation>Vanglat muudeti</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>Üksus lisatud</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>Üksust muudeti</translation>
    </message>
    <message>
        <source>Placement created</source>
        <translation>Praktika loodud</translation>
    </message>
    <message>
        <source>Placement changed</source>
        <translation>Praktikat muudeti</translation>
    </message>
    <message>
        <source>Framework exported</source>
        <translation>Pädevusraamistik eksporditud</translation>
    </message>
    <message>
        <source>Observation written</source>
        <translation>Vaatlus kirjutatud</translation>
    </message>
    <message>
        <source>Observation changed</source>
        <translation>Vaatlust muudeti</translation>
    </message>
    <message>
        <source>Observation shared with the student</source>
        <translation>Vaatlus jagati õppuriga</translation>
    </message>
    <message>
        <source>Observation deleted</source>
        <translation>Vaatlus kustutatud</translation>
    </message>
    <message>
        <source>Observation restored</source>
        <translation>Vaatlus taastatud</translation>
    </message>
    <message>
        <source>Reflection written</source>
        <translation>Refleksioon kirjutatud</translation>
    </message>
    <message>
        <source>Reflection changed</source>
        <translation>Refleksiooni muudeti</translation>
    </message>
    <message>
        <source>Reflection deleted</source>
        <translation>Refleksioon kustutatud</translation>
    </message>
    <message>
        <source>Reflection restored</source>
        <translation>Refleksioon taastatud</translation>
    </message>
    <message>
        <source>Review written</source>
        <translation>Hindamine kirjutatud</translation>
    </message>
    <message>
        <source>Review changed</source>
        <translation>Hindamist muudeti</translation>
    </message>
    <message>
        <source>Review published</source>
        <translation>Hindamine avaldatud</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Hindamine kustutatud</translation>
    </message>
    <message>
        <source>Review restored</source>
        <translation>Hindamine taastatud</translation>
    </message>
    <message>
        <source>Goal created</source>
        <translation>Eesmärk loodud</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Eesmärki muudeti</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Eesmärk kustutatud</translation>
    </message>
    <message>
        <source>Goal restored</source>
        <translation>Eesmärk taastatud</translation>
    </message>
    <message>
        <source>Self-assessment recorded</source>
        <translation>Enesehindamine salvestatud</translation>
    </message>
    <message>
        <source>Shift logged</source>
        <translation>Vahetus registreeritud</translation>
    </message>
    <message>
        <source>Logged shift deleted</source>
        <translation>Registreeritud vahetus kustutatud</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Kasutajanimi</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollid</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muudetud</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Ebaõnnestunud katsed</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fail</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Leheküljed</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alates</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Kuni</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Seade</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versioon</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Asendab</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>Muudab</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Põhjus</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentaar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Olek</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Varukoopia</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Teade</translation>
    </message>
    <message>
        <source>People needing a new password</source>
        <translation>Uut parooli vajavad inimesed</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eemaldatud</translation>
    </message>
    <message>
        <source>Students removed</source>
        <translation>Eemaldatud õppurid</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Õppurid</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Vaatlused</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Praktikad</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Refleksioonid</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Eesmärgid</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Hindamised</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Tööjaam</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Teema</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Liik</translation>
    </message>
    <message>
        <source>New failures</source>
        <translation>Uued ebaõnnestumised</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Viimane ebaõnnestumine</translation>
    </message>
    <message>
        <source>Counts restored for</source>
        <translation>Loendurid taastati kasutajale</translation>
    </message>
    <message>
        <source>Failures removed</source>
        <translation>Eemaldatud ebaõnnestumised</translation>
    </message>
    <message>
        <source>Counted against</source>
        <translation>Arvestatud kasutajale</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Lõpetatud</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Pädevusraamistik</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Vaatlus</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Refleksioon</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Eesmärk</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Hindamine</translation>
    </message>
    <message>
        <source>Cause for concern</source>
        <translation>Mureteade</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Isik</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Praktika</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Lend</translation>
    </message>
    <message>
        <source>Site setting</source>
        <translation>Keskkonna seade</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allkirjastamisvõti</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Andmebaas</translation>
    </message>
    <message>
        <source>minutes before an untouched window locks</source>
        <translation>minutit, enne kui puutumata aken lukustub</translation>
    </message>
    <message>
        <source>privacy check</source>
        <translation>privaatsuskontroll</translation>
    </message>
    <message>
        <source>prison number formats</source>
        <translation>vangi numbri vormingud</translation>
    </message>
    <message>
        <source>words before a number</source>
        <translation>sõnad enne numbrit</translation>
    </message>
    <message>
        <source>words before a name</source>
        <translation>sõnad enne nime</translation>
    </message>
    <message>
        <source>names watched for</source>
        <translation>jälgitavad nimed</translation>
    </message>
    <message>
        <source>words that are never names</source>
        <translation>sõnad, mis ei ole kunagi nimed</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>lisatud %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>eemaldatud %1</translation>
    </message>
    <message>
        <source>unlocked as well</source>
        <translation>ühtlasi lukk avatud</translation>
    </message>
    <message>
        <source>was not locked</source>
        <translation>ei olnud lukus</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>jah</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>undo_delete</name>
    <message>
        <source>Delete?</source>
        <translation>Kas kustutada?</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Selle saad tagasi võtta menüüst Muuda &gt; Võta tagasi (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Kustuta</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Võta tagasi</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Muuda &gt; Võta tagasi (Ctrl+Z) toob selle tagasi.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Salvestamata muudatused</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Sul on muudatusi, mis pole veel salvestatud.</translation>
    </message>
    <message>
        <source>Discarding drops what you typed since you last saved.</source>
        <translation>Loobumisel kaob see, mida oled pärast viimast salvestamist kirjutanud.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Salvesta mustand</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Loobu muudatustest</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Jätka muutmist</translation>
    </message>
</context>
</TS>

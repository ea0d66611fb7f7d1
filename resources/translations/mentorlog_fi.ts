<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>AttentionLabels</name>
    <message>
        <source>Act now</source>
        <translation>Toimi heti</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Vaatii huomiota</translation>
    </message>
    <message>
        <source>Keep an eye on</source>
        <translation>Pidä silmällä</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Etenee hyvin</translation>
    </message>
    <message>
        <source>final review: not passed</source>
        <translation>loppuarviointi: hylätty</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) escalated to the academy</source>
        <translation>
            <numerusform>%n huoli-ilmoitus siirretty oppilaitokselle</numerusform>
            <numerusform>%n huoli-ilmoitusta siirretty oppilaitokselle</numerusform>
        </translation>
    </message>
    <message>
        <source>latest review: at risk</source>
        <translation>viimeisin arviointi: vaarassa</translation>
    </message>
    <message numerus="yes">
        <source>%n open cause(s) for concern</source>
        <translation>
            <numerusform>%n avoin huoli-ilmoitus</numerusform>
            <numerusform>%n avointa huoli-ilmoitusta</numerusform>
        </translation>
    </message>
    <message>
        <source>no final review</source>
        <translation>ei loppuarviointia</translation>
    </message>
    <message>
        <source>past its end with no final review</source>
        <translation>päättynyt ilman loppuarviointia</translation>
    </message>
    <message numerus="yes">
        <source>final review not held, %n day(s) left</source>
        <translation>
            <numerusform>loppuarviointi pitämättä, %n päivä jäljellä</numerusform>
            <numerusform>loppuarviointi pitämättä, %n päivää jäljellä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not responding to training (%n rating(s) in 4 weeks)</source>
        <translation>
            <numerusform>ei edisty ohjauksessa (%n arvio 4 viikossa)</numerusform>
            <numerusform>ei edisty ohjauksessa (%n arviota 4 viikossa)</numerusform>
        </translation>
    </message>
    <message>
        <source>mid-point review overdue (due %1)</source>
        <translation>väliarviointi myöhässä (määräpäivä %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies below the level expected by now</source>
        <translation>
            <numerusform>%n osaamisalue alle tähän mennessä odotetun tason</numerusform>
            <numerusform>%n osaamisaluetta alle tähän mennessä odotetun tason</numerusform>
        </translation>
    </message>
    <message>
        <source>not observed yet</source>
        <translation>ei vielä havaintoja</translation>
    </message>
    <message numerus="yes">
        <source>no observation for %n day(s)</source>
        <translation>
            <numerusform>ei havaintoa %n päivään</numerusform>
            <numerusform>ei havaintoa %n päivään</numerusform>
        </translation>
    </message>
    <message>
        <source>latest review: needs support</source>
        <translation>viimeisin arviointi: tarvitsee tukea</translation>
    </message>
    <message>
        <source>a concern&apos;s review date has passed</source>
        <translation>huoli-ilmoituksen tarkistuspäivä on ohitettu</translation>
    </message>
    <message>
        <source>hours behind (%1 of %2 by now)</source>
        <translation>tunteja jäljessä (%1/%2 tähän mennessä)</translation>
    </message>
    <message numerus="yes">
        <source>disagreed with %n entries in 4 weeks</source>
        <translation>
            <numerusform>eri mieltä %n merkinnästä 4 viikossa</numerusform>
            <numerusform>eri mieltä %n merkinnästä 4 viikossa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the student&apos;s answer</source>
        <translation>%1 odottaa opiskelijan vastausta</translation>
    </message>
    <message>
        <source>%1 for the mentor&apos;s signature</source>
        <translation>%1 odottaa ohjaajan allekirjoitusta</translation>
    </message>
    <message>
        <source>entries waiting over a week: %1</source>
        <translation>yli viikon odottaneet merkinnät: %1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Työasema</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>Event %1 · %2</source>
        <translation>Tapahtuma %1 · %2</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Any time</source>
        <translation>Milloin tahansa</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Viimeiset 7 päivää</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Viimeiset 30 päivää</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Search names, workstations, actions…</source>
        <translation>Hae nimiä, työasemia, toimintoja…</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Hae tapahtumalokista</translation>
    </message>
    <message>
        <source>Show only this kind of event</source>
        <translation>Näytä vain tämäntyyppiset tapahtumat</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Kaikki tapahtumat</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>Ta&amp;pahtumat:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Ajanjakso:</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Lokitapahtumat, uusin ensin</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Näytä &amp;lisää</translation>
    </message>
    <message>
        <source>Each event is signed by whoever acted and chained to the one before; signed records carry the digest of what was signed.</source>
        <translation>Jokainen tapahtuma on toimijan allekirjoittama ja ketjutettu edelliseen; allekirjoitetuissa merkinnöissä on allekirjoitetun sisällön tiiviste.</translation>
    </message>
    <message>
        <source>&amp;Verify records…</source>
        <translation>&amp;Tarkista merkinnät…</translation>
    </message>
    <message>
        <source>No events match these filters. Clear the search, choose “All events” or a longer period.</source>
        <translation>Mikään tapahtuma ei vastaa suodattimia. Tyhjennä haku, valitse ”Kaikki tapahtumat” tai pidempi ajanjakso.</translation>
    </message>
    <message>
        <source>The audit trail is empty. Sign-ins and changes will appear here.</source>
        <translation>Tapahtumaloki on tyhjä. Kirjautumiset ja muutokset näkyvät tässä.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 events, newest first</source>
        <translation>Näytetään %1/%2 tapahtumaa, uusin ensin</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Varmuuskopiot, uusin ensin</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Varmuuskopioi nyt</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Palauta valittu…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Avaa &amp;kansio</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Back it up with the server&apos;s own tools (pg_dump or the server&apos;s backup routine).</source>
        <translation>Tämä tietokanta on PostgreSQL-palvelimella. Varmuuskopioi se palvelimen omilla työkaluilla (pg_dump tai palvelimen varmuuskopiointirutiini).</translation>
    </message>
    <message>
        <source>mentorlog backs up the database every 30 minutes while you work and when you close it, and checks every copy. Backups are kept in %1.</source>
        <translation>mentorlog varmuuskopioi tietokannan 30 minuutin välein työskentelyn aikana ja suljettaessa sekä tarkistaa jokaisen kopion. Varmuuskopiot säilytetään kansiossa %1.</translation>
    </message>
    <message>
        <source>No backups yet. mentorlog makes one 30 minutes after the first change and whenever it closes; “Back up now” makes one straight away.</source>
        <translation>Varmuuskopioita ei vielä ole. mentorlog tekee kopion 30 minuuttia ensimmäisen muutoksen jälkeen ja aina suljettaessa; ”Varmuuskopioi nyt” tekee kopion heti.</translation>
    </message>
    <message>
        <source>Only an administrator restores backups</source>
        <translation>Vain ylläpitäjä voi palauttaa varmuuskopioita</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Palautetaanko tämä varmuuskopio?</translation>
    </message>
    <message>
        <source>Everything in the database will be replaced by the backup made %1 (%2 hours ago). Whatever was recorded after that will be lost. The database as it is now is backed up first, so this can be undone.</source>
        <translation>Koko tietokannan sisältö korvataan varmuuskopiolla, joka tehtiin %1 (%2 tuntia sitten). Kaikki sen jälkeen kirjattu menetetään. Nykyinen tietokanta varmuuskopioidaan ensin, joten tämän voi perua.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>tarkistettu</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>EI tarkistettu: %1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automaattinen</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>käsin tehty</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>suljettaessa</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>ennen palautusta</translation>
    </message>
    <message>
        <source>after a retention purge</source>
        <translation>säilytysajan poistojen jälkeen</translation>
    </message>
    <message>
        <source>when encryption was turned on</source>
        <translation>kun salaus otettiin käyttöön</translation>
    </message>
    <message>
        <source>before updating mentorlog</source>
        <translation>ennen mentorlogin päivitystä</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Cohort</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Training prison</source>
        <translation>Harjoitteluvankila</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Osaamisalue</translation>
    </message>
    <message>
        <source>Every competency</source>
        <translation>Kaikki osaamisalueet</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Kaikki vaiheet</translation>
    </message>
    <message>
        <source>Each mentor&apos;s ratings beside everyone else&apos;s in the same competencies and phases. ▲ rates higher, ▼ lower than peers, by %1 of a level or more, over several students: an invitation to talk about the scale, not a verdict (it compares ratings, not students).</source>
        <translation>Kunkin ohjaajan arviot rinnakkain kaikkien muiden arvioiden kanssa samoilla osaamisalueilla ja samoissa vaiheissa. ▲ arvioi korkeammin, ▼ matalammin kuin muut ohjaajat, vähintään %1 tasoa useiden opiskelijoiden osalta: kutsu keskustella asteikosta, ei tuomio (vertailu koskee arvioita, ei opiskelijoita).</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Ohjaajat</translation>
    </message>
    <message>
        <source>Prisons</source>
        <translation>Vankilat</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vertaillaan…</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Kaikki ryhmät</translation>
    </message>
    <message>
        <source>Every prison</source>
        <translation>Kaikki vankilat</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s); %1</source>
        <translation>
            <numerusform>%Ln arvio; %1</numerusform>
            <numerusform>%Ln arviota; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) rating apart from peers</source>
        <translation>
            <numerusform>%n ohjaaja arvioi muista poikkeavasti</numerusform>
            <numerusform>%n ohjaajaa arvioi muista poikkeavasti</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings in this choice yet.</source>
        <translation>Tällä valinnalla ei vielä ole arvioita.</translation>
    </message>
</context>
<context>
    <name>ChangeMentorDialog</name>
    <message>
        <source>New lead mentor for %1</source>
        <translation>Uusi vastuuohjaaja: %1</translation>
    </message>
    <message>
        <source>&amp;New lead mentor</source>
        <translation>&amp;Uusi vastuuohjaaja</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <source>&amp;Previous lead</source>
        <translation>&amp;Edellinen vastuuohjaaja</translation>
    </message>
    <message>
        <source>stays on as a co-mentor</source>
        <translation>jatkaa apuohjaajana</translation>
    </message>
</context>
<context>
    <name>CohortForm</name>
    <message>
        <source>Edit the cohort</source>
        <translation>Muokkaa ryhmää</translation>
    </message>
    <message>
        <source>Add a cohort</source>
        <translation>Lisää ryhmä</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Alkaa</translation>
    </message>
    <message>
        <source>on</source>
        <translation>alkaen</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Päättyy</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Osaamiskehys</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Voimassa oleva</translation>
    </message>
</context>
<context>
    <name>CohortsDialog</name>
    <message>
        <source>Cohorts</source>
        <translation>Ryhmät</translation>
    </message>
    <message>
        <source>&amp;Add cohort…</source>
        <translation>&amp;Lisää ryhmä…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>&amp;Placements…</source>
        <translation>&amp;Harjoittelut…</translation>
    </message>
    <message>
        <source>No cohorts yet. Press “Add cohort” for the students who started together, or import placements: a cohort the file names is made with them.</source>
        <translation>Ryhmiä ei vielä ole. Valitse ”Lisää ryhmä” yhdessä aloittaneille opiskelijoille tai tuo harjoittelut: tiedostossa nimetty ryhmä luodaan niiden mukana.</translation>
    </message>
</context>
<context>
    <name>CohortsModel</name>
    <message>
        <source>Cohort</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Päättyy</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Osaamiskehys</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Harjoittelut</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Voimassa oleva</translation>
    </message>
</context>
<context>
    <name>CompetenciesModel</name>
    <message>
        <source>Competency</source>
        <translation>Osaamisalue</translation>
    </message>
    <message>
        <source>Mentor&apos;s latest rating</source>
        <translation>Ohjaajan viimeisin arvio</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <source>Last observed</source>
        <translation>Viimeksi havaittu</translation>
    </message>
    <message>
        <source>Student&apos;s self-assessment</source>
        <translation>Opiskelijan itsearviointi</translation>
    </message>
    <message>
        <source>The latest level a mentor gave, with its label</source>
        <translation>Ohjaajan viimeksi antama taso ja sen nimi</translation>
    </message>
    <message>
        <source>How many times it was rated (not counting “not observed”)</source>
        <translation>Kuinka monta kertaa arvioitu (”ei havaittu” ei lasketa)</translation>
    </message>
    <message>
        <source>The student&apos;s own latest rating, shown beside the mentor&apos;s and never averaged into it</source>
        <translation>Opiskelijan oma viimeisin arvio, näytetään ohjaajan arvion rinnalla eikä sitä koskaan lasketa siihen keskiarvoksi</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>ei vielä arvioitu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recent ratings below %1, the level expected by now</source>
        <translation>Viimeaikaiset arviot alle tähän mennessä odotetun tason %1</translation>
    </message>
    <message numerus="yes">
        <source>Not observed in the last %n day(s): look out for it on the next shift</source>
        <translation>
            <numerusform>Ei havaittu viimeisen %n päivän aikana: kiinnitä huomiota seuraavassa vuorossa</numerusform>
            <numerusform>Ei havaittu viimeisten %n päivän aikana: kiinnitä huomiota seuraavassa vuorossa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetenciesTab</name>
    <message>
        <source>Competencies</source>
        <translation>Osaamisalueet</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <source>100 days ago</source>
        <translation>100 päivää sitten</translation>
    </message>
    <message>
        <source>Your self-assessment is shown beside your mentor&apos;s rating, never averaged into it.</source>
        <translation>Itsearviointisi näytetään ohjaajasi arvion rinnalla, eikä sitä koskaan lasketa siihen keskiarvoksi.</translation>
    </message>
    <message>
        <source>Rate m&amp;yself…</source>
        <translation>Arvioi &amp;itse…</translation>
    </message>
    <message>
        <source>Rate yourself on the chosen competency</source>
        <translation>Arvioi itsesi valitulla osaamisalueella</translation>
    </message>
    <message>
        <source>Choose a competency above to see its trend.</source>
        <translation>Valitse osaamisalue yllä nähdäksesi sen kehityksen.</translation>
    </message>
    <message numerus="yes">
        <source>Every competency was observed in the last %n day(s).</source>
        <translation>
            <numerusform>Jokainen osaamisalue havaittiin viimeisen %n päivän aikana.</numerusform>
            <numerusform>Jokainen osaamisalue havaittiin viimeisten %n päivän aikana.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ja %n muu</numerusform>
            <numerusform>%1 ja %n muuta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 competencies were not observed in the last %2 days (highlighted): %3. Look out for them on the next shifts.</source>
        <translation>
            <numerusform>%n/%1 osaamisalueesta jäi havaitsematta viimeisten %2 päivän aikana (korostettu): %3. Kiinnitä niihin huomiota seuraavissa vuoroissa.</numerusform>
            <numerusform>%n/%1 osaamisalueesta jäi havaitsematta viimeisten %2 päivän aikana (korostettu): %3. Kiinnitä niihin huomiota seuraavissa vuoroissa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetencyPicker</name>
    <message>
        <source>Find a competency…</source>
        <translation>Etsi osaamisalue…</translation>
    </message>
    <message>
        <source>Find a competency</source>
        <translation>Etsi osaamisalue</translation>
    </message>
    <message>
        <source>Competencies shown on this shift</source>
        <translation>Tässä vuorossa näytetyt osaamisalueet</translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <source>What was seen, over what time, and why it matters for the placement.</source>
        <translation>Mitä havaittiin, minkä ajan kuluessa ja miksi sillä on merkitystä harjoittelulle.</translation>
    </message>
    <message>
        <source>What the student will do, what support they get, and from whom.</source>
        <translation>Mitä opiskelija tekee, mitä tukea hän saa ja keneltä.</translation>
    </message>
    <message>
        <source>&amp;Raised on</source>
        <translation>&amp;Kirjattu</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Huoli</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>Toimintasuunnitel&amp;ma</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>Tarkistus&amp;päivä</translation>
    </message>
    <message>
        <source>Outcome: what was done and where things stand (needed to resolve or escalate).</source>
        <translation>Lopputulos: mitä tehtiin ja mikä on tilanne (tarvitaan ratkaisuun tai siirtoon oppilaitokselle).</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Seuraa</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>&amp;Ratkaise</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>Siirrä &amp;oppilaitokselle</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Avaa &amp;uudelleen</translation>
    </message>
    <message>
        <source>How you see it, and what you will do (your mentors and coordinator read it)</source>
        <translation>Miten näet asian ja mitä aiot tehdä (ohjaajasi ja koordinaattori lukevat sen)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>L&amp;ähetä vastaus</translation>
    </message>
    <message>
        <source>The student&apos;s reply</source>
        <translation>Opiskelijan vastaus</translation>
    </message>
    <message>
        <source>&amp;Your reply (you can change it)</source>
        <translation>&amp;Vastauksesi (voit muuttaa sitä)</translation>
    </message>
    <message>
        <source>&amp;Your reply</source>
        <translation>&amp;Vastauksesi</translation>
    </message>
    <message>
        <source>Raise a cause for concern</source>
        <translation>Tee huoli-ilmoitus</translation>
    </message>
    <message>
        <source>Cause for concern – %1</source>
        <translation>Huoli-ilmoitus – %1</translation>
    </message>
    <message>
        <source>&amp;Raise concern</source>
        <translation>Tee &amp;ilmoitus</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: handed on to the academy; it stays open until it is resolved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: siirretty oppilaitokselle; pysyy avoimena, kunnes se ratkaistaan</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this concern needs follow-up – its review date has come</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: tämä huoli vaatii seurantaa – tarkistuspäivä on tullut</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this concern needs follow-up</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: tämä huoli vaatii seurantaa</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2</translation>
    </message>
</context>
<context>
    <name>ConcernsModel</name>
    <message>
        <source>Raised</source>
        <translation>Kirjattu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Tarkistuspäivä</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Huoli</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Kirjaaja</translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (erääntynyt)</translation>
    </message>
    <message>
        <source>%1, needs follow-up</source>
        <translation>%1, vaatii seurantaa</translation>
    </message>
</context>
<context>
    <name>ConcernsTab</name>
    <message>
        <source>&amp;Raise concern…</source>
        <translation>&amp;Tee huoli-ilmoitus…</translation>
    </message>
    <message numerus="yes">
        <source>%n open concern(s)</source>
        <translation>
            <numerusform>%n avoin huoli-ilmoitus</numerusform>
            <numerusform>%n avointa huoli-ilmoitusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated concern(s)</source>
        <translation>
            <numerusform>%n oppilaitokselle siirretty huoli-ilmoitus</numerusform>
            <numerusform>%n oppilaitokselle siirrettyä huoli-ilmoitusta</numerusform>
        </translation>
    </message>
    <message>
        <source>No open concerns</source>
        <translation>Ei avoimia huoli-ilmoituksia</translation>
    </message>
    <message>
        <source>No concerns have been raised.</source>
        <translation>Huoli-ilmoituksia ei ole tehty.</translation>
    </message>
    <message>
        <source>No concerns raised. When a student is not progressing, press “Raise concern” to record what you see, agree an action plan and set a date to review it.</source>
        <translation>Huoli-ilmoituksia ei ole tehty. Kun opiskelija ei edisty, valitse ”Tee huoli-ilmoitus” kirjataksesi havaintosi, sopiaksesi toimintasuunnitelmasta ja asettaaksesi tarkistuspäivän.</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Huoli</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Toimintasuunnitelma</translation>
    </message>
    <message>
        <source>Delete this concern? Use Resolve instead if it has been dealt with.</source>
        <translation>Poistetaanko tämä huoli-ilmoitus? Käytä mieluummin Ratkaise-toimintoa, jos asia on hoidettu.</translation>
    </message>
    <message>
        <source>Concern deleted</source>
        <translation>Huoli-ilmoitus poistettu</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Attention</source>
        <translation>Huomio</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Opiskelija</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Syyt</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Vankila</translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation>Vastuuohjaaja</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jäljellä</translation>
    </message>
    <message>
        <source>Outcome so far</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Huolet</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>NRT</source>
        <translation>EEO</translation>
    </message>
    <message>
        <source>Remedial</source>
        <translation>Tukiohjaus</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Eri mieltä</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Odottaa</translation>
    </message>
    <message>
        <source>Last obs.</source>
        <translation>Viim. havainto</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Below exp.</source>
        <translation>Alle odotetun</translation>
    </message>
    <message>
        <source>How soon to look, from the reasons at the end of the row</source>
        <translation>Kuinka pian asiaan on syytä paneutua, rivin lopussa olevien syiden perusteella</translation>
    </message>
    <message>
        <source>Days until the placement ends</source>
        <translation>Päiviä harjoittelun päättymiseen</translation>
    </message>
    <message>
        <source>The final review&apos;s result, else the latest review&apos;s</source>
        <translation>Loppuarvioinnin tulos, muuten viimeisimmän arvioinnin tulos</translation>
    </message>
    <message>
        <source>Open causes for concern, escalated ones included</source>
        <translation>Avoimet huoli-ilmoitukset, myös oppilaitokselle siirretyt</translation>
    </message>
    <message>
        <source>Reviews overdue or missing</source>
        <translation>Myöhässä olevat tai puuttuvat arvioinnit</translation>
    </message>
    <message>
        <source>Ratings marked &apos;not responding to training&apos; in the placement</source>
        <translation>Harjoittelun arviot, joihin on merkitty ”ei edisty ohjauksessa”</translation>
    </message>
    <message>
        <source>Minutes of remedial training logged</source>
        <translation>Kirjattu tukiohjaus minuutteina</translation>
    </message>
    <message>
        <source>Why, in words (the whole list in the row&apos;s tooltip)</source>
        <translation>Syyt sanallisesti (koko luettelo rivin työkaluvihjeessä)</translation>
    </message>
    <message>
        <source>Entries the student disagreed with</source>
        <translation>Merkinnät, joista opiskelija oli eri mieltä</translation>
    </message>
    <message>
        <source>Entries shared over a week ago still waiting: for the student&apos;s answer / for the mentor&apos;s signature</source>
        <translation>Yli viikko sitten jaetut merkinnät, jotka odottavat yhä: opiskelijan vastausta / ohjaajan allekirjoitusta</translation>
    </message>
    <message>
        <source>Days since the last observation</source>
        <translation>Päiviä viimeisimmästä havainnosta</translation>
    </message>
    <message>
        <source>Hours logged / the target pro-rated to today</source>
        <translation>Kirjatut tunnit / tähän päivään suhteutettu tavoite</translation>
    </message>
    <message>
        <source>Competencies whose recent ratings are below the level expected by now</source>
        <translation>Osaamisalueet, joiden viimeaikaiset arviot ovat alle tähän mennessä odotetun tason</translation>
    </message>
    <message>
        <source>Mid-point overdue</source>
        <translation>Väliarviointi myöhässä</translation>
    </message>
    <message>
        <source>No final review</source>
        <translation>Ei loppuarviointia</translation>
    </message>
    <message>
        <source>Final due</source>
        <translation>Loppuarviointi pitämättä</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>suunniteltu</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n pv</numerusform>
            <numerusform>%n pv</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 esc.)</source>
        <translation>%1 (%2 siirr.)</translation>
    </message>
    <message>
        <source>%1: %2; %3; %4 – %5</source>
        <translation>%1: %2; %3; %4 – %5</translation>
    </message>
    <message>
        <source>%1 of %2 hours; %3 expected by today</source>
        <translation>%1/%2 tuntia; tähän päivään mennessä odotetaan %3</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last four weeks</source>
        <translation>
            <numerusform>%n viimeisten neljän viikon aikana</numerusform>
            <numerusform>%n viimeisten neljän viikon aikana</numerusform>
        </translation>
    </message>
    <message>
        <source>Level expected by now: %1</source>
        <translation>Tähän mennessä odotettu taso: %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Find a student, prison or cohort</source>
        <translation>Etsi opiskelija, vankila tai ryhmä</translation>
    </message>
    <message>
        <source>Find in the dashboard</source>
        <translation>Etsi seurantanäkymästä</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Oppilaitos</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Training prison</source>
        <translation>Harjoitteluvankila</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Kaikki vaiheet</translation>
    </message>
    <message>
        <source>&amp;Needs attention only</source>
        <translation>&amp;Vain huomiota vaativat</translation>
    </message>
    <message>
        <source>Show &amp;ended placements</source>
        <translation>Näytä &amp;päättyneet harjoittelut</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>V&amp;ie…</translation>
    </message>
    <message>
        <source>Save these rows as CSV for the academy&apos;s records</source>
        <translation>Tallenna nämä rivit CSV-tiedostoksi oppilaitoksen arkistoon</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Harjoittelut</translation>
    </message>
    <message>
        <source>Every academy</source>
        <translation>Kaikki oppilaitokset</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Kaikki ryhmät</translation>
    </message>
    <message>
        <source>Every prison</source>
        <translation>Kaikki vankilat</translation>
    </message>
    <message>
        <source>Every mentor</source>
        <translation>Kaikki ohjaajat</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s): %1 to act on now, %2 needing attention</source>
        <translation>
            <numerusform>%n harjoittelu: %1 vaatii toimia heti, %2 vaatii huomiota</numerusform>
            <numerusform>%n harjoittelua: %1 vaatii toimia heti, %2 vaatii huomiota</numerusform>
        </translation>
    </message>
    <message>
        <source>No placement needs attention now. Untick “Needs attention only” to see every placement.</source>
        <translation>Mikään harjoittelu ei nyt vaadi huomiota. Poista valinta kohdasta ”Vain huomiota vaativat” nähdäksesi kaikki harjoittelut.</translation>
    </message>
    <message>
        <source>No placement matches these filters. Widen or clear them.</source>
        <translation>Mikään harjoittelu ei vastaa näitä suodattimia. Laajenna tai tyhjennä ne.</translation>
    </message>
    <message>
        <source>None of these placements is current. Tick “Show ended placements” to see the ended ones.</source>
        <translation>Mikään näistä harjoitteluista ei ole käynnissä. Valitse ”Näytä päättyneet harjoittelut” nähdäksesi päättyneet.</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Vie seurantanäkymä</translation>
    </message>
    <message>
        <source>attention dashboard.csv</source>
        <translation>seurantanäkymä.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Tallennettiin %n rivi tiedostoon %1</numerusform>
            <numerusform>Tallennettiin %n riviä tiedostoon %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>This database was found damaged, so it is open to read only: nothing can be saved. Restore the newest verified backup (File &gt; Backups) to go on working.</source>
        <translation>Tietokanta todettiin vaurioituneeksi, joten se on avattu vain luku -tilassa: mitään ei voi tallentaa. Palauta uusin tarkistettu varmuuskopio (Tiedosto &gt; Varmuuskopiot) jatkaaksesi työtä.</translation>
    </message>
    <message>
        <source>This database is on read-only media: you can read it, make reports and export, but nothing can be saved here. To work in it, copy it with its .keys file to a folder you can write to.</source>
        <translation>Tietokanta on vain luku -tietovälineellä: voit lukea sitä, tehdä raportteja ja viedä tietoja, mutta mitään ei voi tallentaa. Jos haluat työskennellä siinä, kopioi se .keys-tiedostoineen kansioon, johon voit kirjoittaa.</translation>
    </message>
</context>
<context>
    <name>DisagreeDialog</name>
    <message>
        <source>I disagree</source>
        <translation>Olen eri mieltä</translation>
    </message>
    <message>
        <source>Say what you disagree with in the feedback of %1 from %2. Your comment is kept with this version of the feedback, so you and your mentor can discuss it.</source>
        <translation>Kerro, mistä olet eri mieltä palautteessa (%1, %2). Kommenttisi säilytetään tämän palauteversion yhteydessä, jotta sinä ja ohjaajasi voitte keskustella siitä.</translation>
    </message>
    <message>
        <source>&amp;Why you disagree (required)</source>
        <translation>&amp;Miksi olet eri mieltä (pakollinen)</translation>
    </message>
    <message>
        <source>Why you disagree</source>
        <translation>Miksi olet eri mieltä</translation>
    </message>
    <message>
        <source>e.g. I asked him to step back before I searched the cell.</source>
        <translation>esim. Pyysin häntä astumaan taaksepäin ennen kuin tarkastin sellin.</translation>
    </message>
    <message>
        <source>&amp;Record disagreement</source>
        <translation>&amp;Kirjaa erimielisyys</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>Hours logged against the target</source>
        <translation>Kirjatut tunnit suhteessa tavoitteeseen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>%1 phase · %2</source>
        <translation>Vaihe: %1 · %2</translation>
    </message>
    <message>
        <source>cohort %1</source>
        <translation>ryhmä %1</translation>
    </message>
    <message>
        <source>Mentors: %1</source>
        <translation>Ohjaajat: %1</translation>
    </message>
    <message>
        <source>No mentor assigned yet</source>
        <translation>Ohjaajaa ei ole vielä nimetty</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 h</source>
        <translation>%1/%2 h</translation>
    </message>
    <message>
        <source>%1 h (no target set)</source>
        <translation>%1 h (ei tavoitetta)</translation>
    </message>
    <message>
        <source>Dossier of %1</source>
        <translation>Opiskelijakansio: %1</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Aikajana</translation>
    </message>
    <message>
        <source>&amp;Competencies</source>
        <translation>&amp;Osaamisalueet</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Tavoitteet</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>A&amp;rvioinnit</translation>
    </message>
    <message>
        <source>C&amp;oncerns</source>
        <translation>&amp;Huolet</translation>
    </message>
    <message>
        <source>Choose a student on the left to open their dossier. Type in the filter above the list to find someone quickly.</source>
        <translation>Valitse opiskelija vasemmalta avataksesi hänen opiskelijakansionsa. Kirjoita luettelon yläpuolella olevaan suodattimeen löytääksesi henkilön nopeasti.</translation>
    </message>
    <message>
        <source>Feedbac&amp;k</source>
        <translation>&amp;Palaute</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Unfinished work</source>
        <translation>Keskeneräinen työ</translation>
    </message>
    <message>
        <source>mentorlog kept text you were typing when it last stopped. Open it to carry on, or discard what you no longer need.</source>
        <translation>mentorlog säilytti tekstin, jota kirjoitit, kun ohjelma viimeksi pysähtyi. Avaa se jatkaaksesi tai hylkää se, mitä et enää tarvitse.</translation>
    </message>
    <message>
        <source>Unfinished drafts</source>
        <translation>Keskeneräiset luonnokset</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <source>Amendment of a signed observation</source>
        <translation>Allekirjoitetun havainnon korjaus</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflektio</translation>
    </message>
    <message>
        <source>%1 for %2, autosaved %3</source>
        <translation>%1: %2, tallennettu automaattisesti %3</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Text kept safe (autosaved %1)</source>
        <translation>Teksti tallessa (automaattitallennus %1)</translation>
    </message>
    <message>
        <source>Not saved: see the problems marked in red.</source>
        <translation>Ei tallennettu: katso punaisella merkityt ongelmat.</translation>
    </message>
    <message>
        <source>Not saved yet: someone saved a newer version.</source>
        <translation>Ei vielä tallennettu: joku tallensi uudemman version.</translation>
    </message>
    <message>
        <source>Showing the newer version</source>
        <translation>Näytetään uudempi versio</translation>
    </message>
    <message>
        <source>Not saved: your text is still here.</source>
        <translation>Ei tallennettu: tekstisi on yhä tallessa.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End %1&apos;s placement</source>
        <translation>Päätä harjoittelu: %1</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Viimeinen päivä</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Syy</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Suoritettu</translation>
    </message>
    <message>
        <source>Interrupted (to be resumed later)</source>
        <translation>Keskeytetty (jatketaan myöhemmin)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Completing the placement signs it off: your signature covers its dates, status, target hours and framework.</source>
        <translation>Harjoittelun merkitseminen suoritetuksi on sen hyväksyntä: allekirjoituksesi kattaa sen päivämäärät, tilan, tavoitetunnit ja osaamiskehyksen.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Peruste</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export progress reports</source>
        <translation>Vie edistymisraportit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kenestä</translation>
    </message>
    <message>
        <source>&amp;One student</source>
        <translation>&amp;Yksi opiskelija</translation>
    </message>
    <message>
        <source>&amp;Several students</source>
        <translation>&amp;Useita opiskelijoita</translation>
    </message>
    <message>
        <source>A whole &amp;cohort, with its summary</source>
        <translation>Koko &amp;ryhmä yhteenvedon kanssa</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Opiskelija</translation>
    </message>
    <message>
        <source>Students to export</source>
        <translation>Vietävät opiskelijat</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>There are no placements you may report on yet. Once a student has a placement, their progress report can be exported here.</source>
        <translation>Ei vielä harjoitteluja, joista voit raportoida. Kun opiskelijalla on harjoittelu, hänen edistymisraporttinsa voi viedä tässä.</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Tallennuspaikka</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Va&amp;litse…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>&amp;Tallenna kohteeseen:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Viennin eteneminen</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Esikatselu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Vie</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>&amp;Peru vienti</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Avaa t&amp;iedosto</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Avaa &amp;kansio</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Loading students…</source>
        <translation>Ladataan opiskelijoita…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n placement(s))</source>
        <translation>
            <numerusform>%1 (%2, %n harjoittelu)</numerusform>
            <numerusform>%1 (%2, %n harjoittelua)</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Tallenna raportti nimellä</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <source>Save the reports in</source>
        <translation>Tallenna raportit kansioon</translation>
    </message>
    <message>
        <source>Tick at least one student to export.</source>
        <translation>Valitse vähintään yksi vietävä opiskelija.</translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation>Valitse tallennuspaikka.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Valmistellaan esikatselua…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Viedään…</translation>
    </message>
    <message>
        <source>Stopping after the current report…</source>
        <translation>Lopetetaan nykyisen raportin jälkeen…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Kirjoitetaan %1 (%2/%3)…</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n report(s) were written whole before it stopped; nothing half-written was left.</source>
        <translation>
            <numerusform>Vienti peruttu: %n raportti kirjoitettiin kokonaan ennen keskeytystä; keskeneräisiä tiedostoja ei jäänyt.</numerusform>
            <numerusform>Vienti peruttu: %n raporttia kirjoitettiin kokonaan ennen keskeytystä; keskeneräisiä tiedostoja ei jäänyt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s), %1 in all.</source>
        <translation>
            <numerusform>Kirjoitettiin %n PDF, yhteensä %1.</numerusform>
            <numerusform>Kirjoitettiin %n PDF:ää, yhteensä %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n sivu</numerusform>
            <numerusform>%n sivua</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (nothing in the period): %1</source>
        <translation>Jätetty pois (ei mitään ajanjaksolla): %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend %1&apos;s placement</source>
        <translation>Jatka harjoittelua: %1</translation>
    </message>
    <message>
        <source>&amp;New end</source>
        <translation>&amp;Uusi päättymispäivä</translation>
    </message>
    <message>
        <source>&amp;More target hours</source>
        <translation>&amp;Lisää tavoitetunteja</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Kuitattu</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Eri mieltä</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Palaute</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Vastauksesi</translation>
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
        <translation>Uusi palaute</translation>
    </message>
    <message>
        <source>Answered feedback</source>
        <translation>Vastattu palaute</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;New feedback&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Uusi palaute&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ans&amp;wered&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Vastatut&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The chosen feedback</source>
        <translation>Valittu palaute</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Kuittaa</translation>
    </message>
    <message>
        <source>You have read this feedback; your mentor sees that you acknowledged it</source>
        <translation>Olet lukenut tämän palautteen; ohjaajasi näkee, että kuittasit sen</translation>
    </message>
    <message>
        <source>I &amp;disagree…</source>
        <translation>Olen &amp;eri mieltä…</translation>
    </message>
    <message>
        <source>Record that you disagree, with a comment saying why</source>
        <translation>Kirjaa, että olet eri mieltä, ja perustele kommentilla</translation>
    </message>
    <message>
        <source>Ref&amp;lect on this…</source>
        <translation>&amp;Reflektoi tätä…</translation>
    </message>
    <message>
        <source>Write a reflection linked to this feedback</source>
        <translation>Kirjoita tähän palautteeseen liittyvä reflektio</translation>
    </message>
    <message>
        <source>No new feedback — everything has been acknowledged. New feedback from your mentor appears here first.</source>
        <translation>Ei uutta palautetta — kaikki on kuitattu. Ohjaajasi uusi palaute näkyy ensin tässä.</translation>
    </message>
    <message>
        <source>Feedback you have acknowledged or disagreed with is kept here.</source>
        <translation>Tänne säilytetään palaute, jonka olet kuitannut tai josta olet ollut eri mieltä.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n uusi</numerusform>
            <numerusform>%n uutta</numerusform>
        </translation>
    </message>
    <message>
        <source>No new feedback — everything has been acknowledged.</source>
        <translation>Ei uutta palautetta — kaikki on kuitattu.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) waiting for your signature</source>
        <translation>
            <numerusform>%n arviointi odottaa allekirjoitustasi</numerusform>
            <numerusform>%n arviointia odottaa allekirjoitustasi</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most recent of %2 answers; the timeline and your progress report have them all.</source>
        <translation>%1 viimeisintä vastausta (yhteensä %2); aikajanalla ja edistymisraportissasi ovat kaikki.</translation>
    </message>
    <message>
        <source>Choose feedback in a list to read it here.</source>
        <translation>Valitse palaute luettelosta lukeaksesi sen tässä.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Lähettäjä: %1</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Arviot</translation>
    </message>
    <message>
        <source>You acknowledged version %1 on %2.</source>
        <translation>Kuittasit version %1 %2.</translation>
    </message>
    <message>
        <source>You disagreed with version %1 on %2:</source>
        <translation>Olit eri mieltä versiosta %1 %2:</translation>
    </message>
    <message>
        <source>Your mentor corrected this feedback (version %1).</source>
        <translation>Ohjaajasi korjasi tätä palautetta (versio %1).</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Guard missing</source>
        <translation>Suojaus puuttuu</translation>
    </message>
    <message>
        <source>Trail broken</source>
        <translation>Ketju katkennut</translation>
    </message>
    <message>
        <source>Trail cut short</source>
        <translation>Ketju katkaistu</translation>
    </message>
    <message>
        <source>Signature fails</source>
        <translation>Allekirjoitus ei täsmää</translation>
    </message>
    <message>
        <source>Wrong key</source>
        <translation>Väärä avain</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Ei allekirjoitettu</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allekirjoitusavain</translation>
    </message>
    <message>
        <source>Content changed</source>
        <translation>Sisältö muuttunut</translation>
    </message>
    <message>
        <source>No longer locked</source>
        <translation>Ei enää lukittu</translation>
    </message>
    <message>
        <source>Sign-off missing</source>
        <translation>Hyväksyntä puuttuu</translation>
    </message>
    <message>
        <source>Record missing</source>
        <translation>Merkintä puuttuu</translation>
    </message>
    <message>
        <source>Not on the trail</source>
        <translation>Ei ketjussa</translation>
    </message>
    <message>
        <source>Seal broken</source>
        <translation>Sinetti murtunut</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Mikä on vialla</translation>
    </message>
</context>
<context>
    <name>FirstPasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Valitse salasana</translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with the one-time password from your sign-in sheet; choose your own now (at least %2 characters). The one-time password stops working once it is saved.</source>
        <translation>Tervetuloa, %1. Kirjauduit kirjautumislomakkeen kertakäyttösalasanalla; valitse nyt oma salasanasi (vähintään %2 merkkiä). Kertakäyttösalasana lakkaa toimimasta, kun uusi on tallennettu.</translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation>&amp;Kertakäyttösalasana</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Uusi salasana</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Uusi salasana uu&amp;delleen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to mentorlog</source>
        <translation>Tervetuloa mentorlogiin</translation>
    </message>
    <message>
        <source>This database is empty. Set mentorlog up for your site by creating the first administrator account, or load demo data to look around first.</source>
        <translation>Tietokanta on tyhjä. Ota mentorlog käyttöön toimipaikallasi luomalla ensimmäinen ylläpitäjän tunnus tai lataa esittelyaineisto tutustuaksesi ensin.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Tietokanta: %1</translation>
    </message>
    <message>
        <source>&amp;Language of this site:</source>
        <translation>Organisaation &amp;kieli:</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Luo ensimmäinen ylläpitäjä</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Etunimi</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Suku&amp;nimi</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Salasana &amp;uudelleen</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Salasanassa on oltava vähintään 8 merkkiä.</translation>
    </message>
    <message>
        <source>&amp;Create administrator and sign in</source>
        <translation>&amp;Luo ylläpitäjä ja kirjaudu</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
    <message>
        <source>Look around with demo data</source>
        <translation>Tutustu esittelyaineiston avulla</translation>
    </message>
    <message numerus="yes">
        <source>Loads a made-up academy with training prisons in Belgium, Finland, Norway and Estonia, %n students and their observations, reflections, goals, reviews and concerns. Afterwards sign in as admin, coordinator, mentor or student, each with the password demo.</source>
        <translation>
            <numerusform>Lataa kuvitteellisen oppilaitoksen, jolla on harjoitteluvankiloita Belgiassa, Suomessa, Norjassa ja Virossa, %n opiskelija sekä havainnot, reflektiot, tavoitteet, arvioinnit ja huoli-ilmoitukset. Kirjaudu sen jälkeen käyttäjänä admin, coordinator, mentor tai student, salasanana demo.</numerusform>
            <numerusform>Lataa kuvitteellisen oppilaitoksen, jolla on harjoitteluvankiloita Belgiassa, Suomessa, Norjassa ja Virossa, %n opiskelijaa sekä heidän havaintonsa, reflektionsa, tavoitteensa, arviointinsa ja huoli-ilmoituksensa. Kirjaudu sen jälkeen käyttäjänä admin, coordinator, mentor tai student, salasanana demo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>Lataa es&amp;ittelyaineisto</translation>
    </message>
    <message>
        <source>Demo data progress</source>
        <translation>Esittelyaineiston lataus</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Ladataan esittelyaineistoa…</translation>
    </message>
</context>
<context>
    <name>FrameworksDialog</name>
    <message>
        <source>Frameworks</source>
        <translation>Osaamiskehykset</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Vie…</translation>
    </message>
    <message>
        <source>No framework yet. Press “Import” to add the academy&apos;s own (JSON or XLSX).</source>
        <translation>Osaamiskehystä ei vielä ole. Valitse ”Tuo” lisätäksesi oppilaitoksen oman kehyksen (JSON tai XLSX).</translation>
    </message>
    <message>
        <source>The framework to import</source>
        <translation>Tuotava osaamiskehys</translation>
    </message>
    <message>
        <source>Frameworks (*.json *.xlsx);;All files (*)</source>
        <translation>Osaamiskehykset (*.json *.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>%1, version %2, is now in force (%3 competencies, scale %4).</source>
        <translation>%1, versio %2, on nyt voimassa (%3 osaamisaluetta, asteikko %4).</translation>
    </message>
    <message>
        <source>Export the framework</source>
        <translation>Vie osaamiskehys</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Excel-työkirja (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Kirjoitettu: %1.</translation>
    </message>
</context>
<context>
    <name>FrameworksModel</name>
    <message>
        <source>Framework</source>
        <translation>Osaamiskehys</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Asteikko</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Osaamisalueet</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>e.g. Start conversations on the landing unprompted</source>
        <translation>esim. Aloittaa keskustelut osastolla oma-aloitteisesti</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>What the student will do, with what support, and how progress will show.</source>
        <translation>Mitä opiskelija tekee, millä tuella ja miten edistyminen näkyy.</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>Tallenna ta&amp;voite</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Tavoite</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>T&amp;ila</translation>
    </message>
    <message>
        <source>&amp;Develops</source>
        <translation>&amp;Kehittää</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>Toimintasuunnitelm&amp;a</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Edistymismerkinnät</translation>
    </message>
    <message>
        <source>What has happened towards this goal?</source>
        <translation>Mitä tämän tavoitteen eteen on tapahtunut?</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Lisää &amp;merkintä</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Edistymismerkinnät&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Uusi tavoite</translation>
    </message>
    <message>
        <source>No competency named</source>
        <translation>Ei nimettyä osaamisaluetta</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Työn alla</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Saavutettu</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Luovuttu</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Osaamisalueet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Merkinnät</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (myöhässä)</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>&amp;New goal</source>
        <translation>&amp;Uusi tavoite</translation>
    </message>
    <message numerus="yes">
        <source>%n open · %1 overdue</source>
        <translation>
            <numerusform>%n avoin · %1 myöhässä</numerusform>
            <numerusform>%n avointa · %1 myöhässä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n avoin</numerusform>
            <numerusform>%n avointa</numerusform>
        </translation>
    </message>
    <message>
        <source>No goals yet. Goals you agree with your mentor appear here, and you can note your progress on each.</source>
        <translation>Tavoitteita ei vielä ole. Ohjaajasi kanssa sovitut tavoitteet näkyvät tässä, ja voit kirjata edistymisesi kuhunkin.</translation>
    </message>
    <message>
        <source>No goals have been set for this placement yet.</source>
        <translation>Tälle harjoittelulle ei ole vielä asetettu tavoitteita.</translation>
    </message>
    <message>
        <source>No goals yet. Press “New goal” to agree the first one: what to work on, the action plan, and by when.</source>
        <translation>Tavoitteita ei vielä ole. Valitse ”Uusi tavoite” sopiaksesi ensimmäisestä: mitä harjoitellaan, toimintasuunnitelma ja määräaika.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Toimintasuunnitelma</translation>
    </message>
    <message>
        <source>Delete the goal “%1”?</source>
        <translation>Poistetaanko tavoite ”%1”?</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Tavoite poistettu</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>mentorlog help</source>
        <translation>mentorlog-ohje</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>Lukittu</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Kirjaudu ulos</translation>
    </message>
    <message>
        <source>Sign %1 out?</source>
        <translation>Kirjataanko %1 ulos?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New prisons, units and cohorts (%1):</source>
        <translation>Uudet vankilat, osastot ja ryhmät (%1):</translation>
    </message>
    <message>
        <source>Would make (%1):</source>
        <translation>Luotaisiin (%1):</translation>
    </message>
    <message>
        <source>Made (%1):</source>
        <translation>Luotu (%1):</translation>
    </message>
    <message>
        <source>Would change (%1):</source>
        <translation>Muutettaisiin (%1):</translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation>Muutettu (%1):</translation>
    </message>
    <message>
        <source>Left alone (%1):</source>
        <translation>Ennallaan (%1):</translation>
    </message>
    <message>
        <source>The file holds nothing new.</source>
        <translation>Tiedostossa ei ole mitään uutta.</translation>
    </message>
    <message>
        <source>Import people or placements</source>
        <translation>Tuo henkilöitä tai harjoitteluja</translation>
    </message>
    <message>
        <source>People (given_name, family_name, username, roles, email)</source>
        <translation>Henkilöt (given_name, family_name, username, roles, email)</translation>
    </message>
    <message>
        <source>Placements (student, cohort, prison, unit, mentor, start, end, target_hours)</source>
        <translation>Harjoittelut (student, cohort, prison, unit, mentor, start, end, target_hours)</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>.csv- tai .xlsx-tiedosto</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <source>Where the new accounts&apos; one-time passwords go</source>
        <translation>Minne uusien tunnusten kertakäyttösalasanat tallennetaan</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>V&amp;alitse…</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Mitä</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet</source>
        <translation>Kirjautumis&amp;lomake</translation>
    </message>
    <message>
        <source>CSV as Excel saves it (UTF-8, &apos;;&apos; or &apos;,&apos;), or an Excel workbook. “Check” shows what the file would do and writes nothing; a file with any bad row is not imported. The sign-in sheet (PDF or CSV) is written once and kept nowhere else.</source>
        <translation>CSV Excelin tallentamana (UTF-8, &apos;;&apos; tai &apos;,&apos;), tai Excel-työkirja. ”Tarkista” näyttää, mitä tiedosto tekisi, eikä kirjoita mitään; tiedostoa, jossa on yksikin virheellinen rivi, ei tuoda. Kirjautumislomake (PDF tai CSV) kirjoitetaan kerran eikä sitä säilytetä muualla.</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Mitä tuonti tekisi</translation>
    </message>
    <message>
        <source>Choose a file and press Check.</source>
        <translation>Valitse tiedosto ja valitse Tarkista.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>Tar&amp;kista</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>T&amp;uo</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Tuotava tiedosto</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Taulukot (*.csv *.xlsx);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Where the sign-in sheet goes</source>
        <translation>Kirjautumislomakkeen tallennuspaikka</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Valitse ensin tuotava tiedosto.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Tarkistetaan %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Tuodaan %1…</translation>
    </message>
    <message>
        <source>Choose where the sign-in sheet goes: it holds the new accounts&apos; one-time passwords, and mentorlog keeps no copy.</source>
        <translation>Valitse kirjautumislomakkeen tallennuspaikka: siinä ovat uusien tunnusten kertakäyttösalasanat, eikä mentorlog säilytä siitä kopiota.</translation>
    </message>
    <message>
        <source>Nothing was written yet.</source>
        <translation>Mitään ei ole vielä kirjoitettu.</translation>
    </message>
    <message>
        <source>The sign-in sheet is in %1: hand each person their line; each must choose their own password at the first sign-in.</source>
        <translation>Kirjautumislomake on tiedostossa %1: anna kullekin hänen rivinsä; jokaisen on valittava oma salasana ensimmäisellä kirjautumisella.</translation>
    </message>
    <message>
        <source>Nothing was imported: mend the file and check it again.</source>
        <translation>Mitään ei tuotu: korjaa tiedosto ja tarkista se uudelleen.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n päivä sitten</numerusform>
            <numerusform>%n päivää sitten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>&amp;Your language</source>
        <translation>Oma &amp;kielesi</translation>
    </message>
    <message>
        <source>mentorlog speaks this language to you on every workstation. The change takes effect at once: the main window is built again in it. An editor you have open stays as it is, with what you typed, until you close it.</source>
        <translation>mentorlog käyttää tätä kieltä kanssasi jokaisella työasemalla. Muutos tulee voimaan heti: pääikkuna rakennetaan uudelleen tällä kielellä. Avoinna oleva muokkausikkuna säilyy sellaisenaan kirjoittamasi tekstin kanssa, kunnes suljet sen.</translation>
    </message>
    <message>
        <source>&amp;Site default</source>
        <translation>&amp;Organisaation oletus</translation>
    </message>
    <message>
        <source>Everyone who has not chosen a language works in the site&apos;s default, and the sign-in screen shows in it.</source>
        <translation>Kaikki, jotka eivät ole valinneet kieltä, käyttävät organisaation oletuskieltä, ja kirjautumisnäkymä näytetään sillä.</translation>
    </message>
    <message>
        <source>The site&apos;s default (%1)</source>
        <translation>Organisaation oletus (%1)</translation>
    </message>
</context>
<context>
    <name>ListDetailTab</name>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Choose a student on the left to see this part of their file.</source>
        <translation>Valitse opiskelija vasemmalta nähdäksesi tämän osan hänen tiedoistaan.</translation>
    </message>
    <message>
        <source>Choose one in the list to see it here.</source>
        <translation>Valitse kohde luettelosta nähdäksesi sen tässä.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your password</source>
        <translation>Salasanasi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa lukitus</translation>
    </message>
    <message>
        <source>Someone else at this workstation? Sign this person out; whatever they were writing stays saved as a draft for them.</source>
        <translation>Joku muu tällä työasemalla? Kirjaa tämä henkilö ulos; hänen keskeneräinen tekstinsä säilyy hänelle luonnoksena.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Kirjaudu ulos</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Lukittu — %1</translation>
    </message>
    <message>
        <source>This window locked itself to keep its records private. Enter your password to carry on where you left off: nothing you were writing is lost.</source>
        <translation>Tämä ikkuna lukittui itsestään, jotta sen tiedot pysyvät luottamuksellisina. Anna salasanasi jatkaaksesi siitä, mihin jäit: mitään kirjoittamaasi ei menetetä.</translation>
    </message>
    <message>
        <source>This window is locked to keep its records private. Enter your password to carry on where you left off: nothing you were writing is lost.</source>
        <translation>Tämä ikkuna on lukittu, jotta sen tiedot pysyvät luottamuksellisina. Anna salasanasi jatkaaksesi siitä, mihin jäit: mitään kirjoittamaasi ei menetetä.</translation>
    </message>
    <message>
        <source>Enter your password to unlock.</source>
        <translation>Avaa lukitus antamalla salasanasi.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
</context>
<context>
    <name>MainViews</name>
    <message>
        <source>&amp;Attention</source>
        <translation>&amp;Seuranta</translation>
    </message>
    <message>
        <source>&amp;My students</source>
        <translation>Omat opi&amp;skelijat</translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation>&amp;Kalibrointi</translation>
    </message>
    <message>
        <source>&amp;Placements</source>
        <translation>Harjoitte&amp;lut</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New &amp;observation…</source>
        <translation>Uusi &amp;havainto…</translation>
    </message>
    <message>
        <source>New &amp;reflection…</source>
        <translation>Uusi &amp;reflektio…</translation>
    </message>
    <message>
        <source>&amp;Export reports…</source>
        <translation>&amp;Vie raportit…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>Varmuuskopi&amp;ot…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Kieli…</translation>
    </message>
    <message>
        <source>Choose the language mentorlog speaks to you</source>
        <translation>Valitse kieli, jota mentorlog käyttää kanssasi</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Kirjaudu &amp;ulos</translation>
    </message>
    <message>
        <source>Sign out or switch user; the app stays open</source>
        <translation>Kirjaudu ulos tai vaihda käyttäjää; sovellus pysyy auki</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lukitse</translation>
    </message>
    <message>
        <source>Lock the window now; your password unlocks it</source>
        <translation>Lukitse ikkuna nyt; salasanasi avaa sen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Lo&amp;peta</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>&amp;Find in timeline</source>
        <translation>&amp;Etsi aikajanalta</translation>
    </message>
    <message>
        <source>Find &amp;student</source>
        <translation>Etsi &amp;opiskelija</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Päivitä</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Aikajana</translation>
    </message>
    <message>
        <source>&amp;Competencies</source>
        <translation>&amp;Osaamisalueet</translation>
    </message>
    <message>
        <source>Attention &amp;dashboard</source>
        <translation>&amp;Seurantanäkymä</translation>
    </message>
    <message>
        <source>Mentor c&amp;alibration</source>
        <translation>Ohjaajien &amp;kalibrointi</translation>
    </message>
    <message>
        <source>&amp;Placements and dossier</source>
        <translation>&amp;Harjoittelut ja opiskelijakansio</translation>
    </message>
    <message>
        <source>&amp;About mentorlog</source>
        <translation>&amp;Tietoja mentorlogista</translation>
    </message>
    <message>
        <source>&amp;Guide for your role</source>
        <translation>&amp;Oman roolisi opas</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <source>&amp;People and accounts…</source>
        <translation>&amp;Henkilöt ja tunnukset…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Tapahtumaloki…</translation>
    </message>
    <message>
        <source>&amp;Site settings…</source>
        <translation>&amp;Organisaation asetukset…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>&amp;Ylläpito</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>O&amp;hje</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Kirjautunut: %1 (%2)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Tiedot: %1</translation>
    </message>
    <message>
        <source>Where mentorlog keeps this data</source>
        <translation>Missä mentorlog säilyttää nämä tiedot</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Työskennellään</translation>
    </message>
    <message>
        <source>About mentorlog</source>
        <translation>Tietoja mentorlogista</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mentorlog %1&lt;/h3&gt;&lt;p&gt;Mentored on-the-job training of prison officers: observations, competency ratings, reflections, goals, reviews and progress reports.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mentorlog %1&lt;/h3&gt;&lt;p&gt;Vanginvartijoiden ohjattu työssäoppiminen: havainnot, osaamisalueiden arviot, reflektiot, tavoitteet, arvioinnit ja edistymisraportit.&lt;/p&gt;&lt;p&gt;Tiedot: %2&lt;/p&gt;&lt;p&gt;MIT-lisenssi.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManageDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move %1 to another prison</source>
        <translation>Siirrä %1 toiseen vankilaan</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Uusi vankila</translation>
    </message>
    <message>
        <source>&amp;Lead mentor there</source>
        <translation>&amp;Vastuuohjaaja siellä</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
</context>
<context>
    <name>NarrativeFrame</name>
    <message>
        <source>&amp;What did you observe?</source>
        <translation>&amp;Mitä havaitsit?</translation>
    </message>
    <message>
        <source>What happened on the shift, what the student did and said, and how prisoners and colleagues responded.</source>
        <translation>Mitä vuorossa tapahtui, mitä opiskelija teki ja sanoi ja miten vangit ja työtoverit reagoivat.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Private mentor note: only you will see this. It is never shown to the student or other mentors, nor printed in reports.</source>
        <translation>Ohjaajan oma muistiinpano: vain sinä näet tämän. Sitä ei koskaan näytetä opiskelijalle tai muille ohjaajille eikä tulosteta raportteihin.</translation>
    </message>
    <message>
        <source>Shared: the student reads this once it is published.</source>
        <translation>Jaettu: opiskelija lukee tämän, kun se on julkaistu.</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <source>Observation</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <source>Dis&amp;cussed with the student</source>
        <translation>K&amp;äsitelty opiskelijan kanssa</translation>
    </message>
    <message>
        <source>Sh&amp;ared with the student</source>
        <translation>Jae&amp;ttu opiskelijalle</translation>
    </message>
    <message>
        <source>Pri&amp;vate mentor note (only you)</source>
        <translation>&amp;Oma muistiinpano (vain sinä)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Tallenna &amp;luonnos</translation>
    </message>
    <message>
        <source>Keep it unpublished (Ctrl+S)</source>
        <translation>Pidä julkaisemattomana (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Julkaise</translation>
    </message>
    <message>
        <source>Check and publish (Ctrl+Enter)</source>
        <translation>Tarkista ja julkaise (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Restored the amendment you were typing (autosaved %1). Save the amendment to keep it; close and discard to leave the signed version as it is.</source>
        <translation>Palautettiin kirjoittamasi korjaus (automaattitallennus %1). Tallenna korjaus säilyttääksesi sen; sulje ja hylkää jättääksesi allekirjoitetun version ennalleen.</translation>
    </message>
    <message>
        <source>Restored the text you were typing (autosaved %1). Save or publish to keep it; close and discard to go back to the saved version.</source>
        <translation>Palautettiin kirjoittamasi teksti (automaattitallennus %1). Tallenna tai julkaise säilyttääksesi sen; sulje ja hylkää palataksesi tallennettuun versioon.</translation>
    </message>
    <message>
        <source>Changes you typed for it are kept: Amend… to carry on with them.</source>
        <translation>Siihen kirjoittamasi muutokset on säilytetty: valitse Korjaa…, niin voit jatkaa niitä.</translation>
    </message>
    <message>
        <source>Save a&amp;mendment</source>
        <translation>Tallenna &amp;korjaus</translation>
    </message>
    <message>
        <source>Save the correction as a new, signed version (Ctrl+Enter)</source>
        <translation>Tallenna korjaus uutena, allekirjoitettuna versiona (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Uusi havainto</translation>
    </message>
    <message>
        <source>Draft observation</source>
        <translation>Havaintoluonnos</translation>
    </message>
    <message>
        <source>Published observation</source>
        <translation>Julkaistu havainto</translation>
    </message>
    <message>
        <source>Amending signed observation (version %1)</source>
        <translation>Allekirjoitetun havainnon korjaus (versio %1)</translation>
    </message>
    <message>
        <source>Signed observation</source>
        <translation>Allekirjoitettu havainto</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Tallenna &amp;muistiinpano</translation>
    </message>
    <message>
        <source>Save the private note; only you will read it (Ctrl+Enter)</source>
        <translation>Tallenna oma muistiinpano; vain sinä luet sen (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Publish changes</source>
        <translation>&amp;Julkaise muutokset</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Luonnos tallennettu</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Muistiinpano tallennettu</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Tallenna korjaus</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Tallenna muistiinpano</translation>
    </message>
    <message>
        <source>Publish changes</source>
        <translation>Julkaise muutokset</translation>
    </message>
    <message>
        <source>Amendment saved</source>
        <translation>Korjaus tallennettu</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Competency table</source>
        <translation>Osaamisaluetaulukko</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Arviot ajan mittaan</translation>
    </message>
    <message>
        <source>Goals and action plans</source>
        <translation>Tavoitteet ja toimintasuunnitelmat</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Causes for concern</source>
        <translation>Huoli-ilmoitukset</translation>
    </message>
    <message>
        <source>Shared observations</source>
        <translation>Jaetut havainnot</translation>
    </message>
    <message>
        <source>Shared reflections</source>
        <translation>Jaetut reflektiot</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Hyväksyntä</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Ajanjakso</translation>
    </message>
    <message>
        <source>&amp;Whole placement</source>
        <translation>&amp;Koko harjoittelu</translation>
    </message>
    <message>
        <source>&amp;Between %1 and %2</source>
        <translation>&amp;Välillä %1–%2</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Raportin &amp;kieli:</translation>
    </message>
    <message>
        <source>Tick at least one section to include.</source>
        <translation>Valitse vähintään yksi mukaan otettava osio.</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>Ajanjakson alku on sen lopun jälkeen.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Uusi salasana: %1</translation>
    </message>
    <message>
        <source>%1 signs in with this password from now on; tell it to them in private. It needs at least %2 characters.</source>
        <translation>%1 kirjautuu tästä lähtien tällä salasanalla; kerro se hänelle kahden kesken. Siinä on oltava vähintään %2 merkkiä.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Uusi &amp;salasana</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Salasana &amp;uudelleen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <source>Search names and usernames…</source>
        <translation>Hae nimiä ja käyttäjätunnuksia…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Hae henkilöitä</translation>
    </message>
    <message>
        <source>Show only people with this role</source>
        <translation>Näytä vain henkilöt, joilla on tämä rooli</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Show &amp;deactivated</source>
        <translation>Näytä käytöstä p&amp;oistetut</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>People, by family name</source>
        <translation>Henkilöt sukunimen mukaan</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Lisää henkilö…</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>Anna &amp;rooli</translation>
    </message>
    <message>
        <source>&amp;Remove role</source>
        <translation>&amp;Poista rooli</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Uusi &amp;salasana…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa lukitus</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Poista &amp;käytöstä</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <source>The language mentorlog speaks to this person, from their next sign-in</source>
        <translation>Kieli, jota mentorlog käyttää tämän henkilön kanssa seuraavasta kirjautumisesta alkaen</translation>
    </message>
    <message>
        <source>The site&apos;s default</source>
        <translation>Organisaation oletus</translation>
    </message>
    <message>
        <source>Nobody matches. Clear the search, choose “Everyone”, or show deactivated.</source>
        <translation>Ketään ei löydy. Tyhjennä haku, valitse ”Kaikki” tai näytä käytöstä poistetut.</translation>
    </message>
    <message>
        <source>Nobody has been added yet. Press “Add person” to add the first.</source>
        <translation>Ketään ei ole vielä lisätty. Valitse ”Lisää henkilö” lisätäksesi ensimmäisen.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Ota &amp;käyttöön</translation>
    </message>
    <message>
        <source>Only an administrator may change this.</source>
        <translation>Vain ylläpitäjä voi muuttaa tätä.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 lisättiin.</translation>
    </message>
    <message>
        <source>%1 is now also a mentor.</source>
        <translation>%1 on nyt myös ohjaaja.</translation>
    </message>
    <message>
        <source>%1 is now also a student.</source>
        <translation>%1 on nyt myös opiskelija.</translation>
    </message>
    <message>
        <source>%1 is now also a coordinator.</source>
        <translation>%1 on nyt myös koordinaattori.</translation>
    </message>
    <message>
        <source>%1 is now also an administrator.</source>
        <translation>%1 on nyt myös ylläpitäjä.</translation>
    </message>
    <message>
        <source>%1 is no longer a mentor.</source>
        <translation>%1 ei ole enää ohjaaja.</translation>
    </message>
    <message>
        <source>%1 is no longer a student.</source>
        <translation>%1 ei ole enää opiskelija.</translation>
    </message>
    <message>
        <source>%1 is no longer a coordinator.</source>
        <translation>%1 ei ole enää koordinaattori.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator.</source>
        <translation>%1 ei ole enää ylläpitäjä.</translation>
    </message>
    <message>
        <source>%1 now works in the site&apos;s default language.</source>
        <translation>%1 käyttää nyt organisaation oletuskieltä.</translation>
    </message>
    <message>
        <source>%1 now works in %2.</source>
        <translation>%1 käyttää nyt kieltä: %2.</translation>
    </message>
    <message>
        <source>%1 has a new password; their account is unlocked.</source>
        <translation>Henkilöllä %1 on uusi salasana; hänen tunnuksensa lukitus on avattu.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 voi taas kirjautua.</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Poistetaanko %1 käytöstä?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their records stay as they are, and you can reactivate them later (with a new password).</source>
        <translation>%1 ei voi enää kirjautua. Hänen merkintänsä säilyvät ennallaan, ja voit ottaa hänet myöhemmin uudelleen käyttöön (uudella salasanalla).</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 poistettiin käytöstä.</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>%1 otettiin uudelleen käyttöön.</translation>
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
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Lukittu epäonnistuneiden kirjautumisten jälkeen</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Ei voi kirjautua</translation>
    </message>
    <message>
        <source>%1 failed sign-ins</source>
        <translation>%1 epäonnistunutta kirjautumista</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Voi kirjautua</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Ei roolia</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Add a person</source>
        <translation>Lisää henkilö</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Etunimi</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Suku&amp;nimi</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Sä&amp;hköposti</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Salasana &amp;uudelleen</translation>
    </message>
    <message>
        <source>Leave username and password empty for someone who will not sign in. A password needs at least %1 characters; tell it to the person in private.</source>
        <translation>Jätä käyttäjätunnus ja salasana tyhjiksi, jos henkilö ei kirjaudu. Salasanassa on oltava vähintään %1 merkkiä; kerro se henkilölle kahden kesken.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Salasanat eivät täsmää.</translation>
    </message>
    <message>
        <source>Give the person at least one role.</source>
        <translation>Anna henkilölle vähintään yksi rooli.</translation>
    </message>
</context>
<context>
    <name>PlacementEditor</name>
    <message>
        <source>Edit the placement</source>
        <translation>Muokkaa harjoittelua</translation>
    </message>
    <message>
        <source>Add a placement</source>
        <translation>Lisää harjoittelu</translation>
    </message>
    <message>
        <source>S&amp;tudent</source>
        <translation>&amp;Opiskelija</translation>
    </message>
    <message>
        <source>&amp;Prison</source>
        <translation>&amp;Vankila</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>Os&amp;asto</translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation>&amp;Ryhmä</translation>
    </message>
    <message>
        <source>&amp;Lead mentor</source>
        <translation>Vastuuoh&amp;jaaja</translation>
    </message>
    <message>
        <source>C&amp;o-mentors</source>
        <translation>Apuohjaaja&amp;t</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>Al&amp;kaa</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Päättyy</translation>
    </message>
    <message>
        <source>Ear&amp;ly phase from</source>
        <translation>Alkuvai&amp;he alkaen</translation>
    </message>
    <message>
        <source>&amp;Mid-point phase from</source>
        <translation>Puolivä&amp;li alkaen</translation>
    </message>
    <message>
        <source>&amp;Final phase from</source>
        <translation>Loppuvaih&amp;e alkaen</translation>
    </message>
    <message>
        <source>&amp;Target hours</source>
        <translation>Tavoitet&amp;unnit</translation>
    </message>
    <message>
        <source>Fra&amp;mework</source>
        <translation>Osaamiskeh&amp;ys</translation>
    </message>
    <message>
        <source>No cohort</source>
        <translation>Ei ryhmää</translation>
    </message>
    <message>
        <source>The cohort&apos;s, or the one in force</source>
        <translation>Ryhmän kehys tai voimassa oleva</translation>
    </message>
    <message>
        <source>There are no students yet: add or import them first.</source>
        <translation>Opiskelijoita ei vielä ole: lisää tai tuo heidät ensin.</translation>
    </message>
    <message>
        <source>There are no mentors yet: add or import them first.</source>
        <translation>Ohjaajia ei vielä ole: lisää tai tuo heidät ensin.</translation>
    </message>
    <message>
        <source>There are no training prisons yet: add them first.</source>
        <translation>Harjoitteluvankiloita ei vielä ole: lisää ne ensin.</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Ei osastoa</translation>
    </message>
</context>
<context>
    <name>PlacementsDialog</name>
    <message>
        <source>Placements</source>
        <translation>Harjoittelut</translation>
    </message>
    <message>
        <source>Placements of %1</source>
        <translation>Harjoittelut: %1</translation>
    </message>
    <message>
        <source>Student, prison, unit or cohort…</source>
        <translation>Opiskelija, vankila, osasto tai ryhmä…</translation>
    </message>
    <message>
        <source>&amp;Add placement…</source>
        <translation>&amp;Lisää harjoittelu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Change &amp;mentor…</source>
        <translation>Vaihda &amp;ohjaaja…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Jatka…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>&amp;Päätä…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>&amp;Siirrä…</translation>
    </message>
    <message>
        <source>No placement matches. Clear the search to see them all.</source>
        <translation>Mikään harjoittelu ei vastaa hakua. Tyhjennä haku nähdäksesi kaikki.</translation>
    </message>
    <message>
        <source>No placements yet. Import them from the academy&apos;s spreadsheet (Site › Import people or placements), or press “Add placement” to place one student.</source>
        <translation>Harjoitteluja ei vielä ole. Tuo ne oppilaitoksen taulukosta (Organisaatio › Tuo henkilöitä tai harjoitteluja) tai valitse ”Lisää harjoittelu” sijoittaaksesi yhden opiskelijan.</translation>
    </message>
    <message>
        <source>%1 is placed.</source>
        <translation>%1 on sijoitettu.</translation>
    </message>
    <message>
        <source>%1&apos;s placement is saved.</source>
        <translation>Harjoittelu tallennettu: %1.</translation>
    </message>
</context>
<context>
    <name>PlacementsModel</name>
    <message>
        <source>Student</source>
        <translation>Opiskelija</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Vaihe</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Viimeisin</translation>
    </message>
    <message>
        <source>Last obs.</source>
        <translation>Viim. havainto</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Huolet</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Vastaamatta</translation>
    </message>
    <message>
        <source>Days since the last observation shared with the student</source>
        <translation>Päiviä siitä, kun opiskelijalle viimeksi jaettiin havainto</translation>
    </message>
    <message>
        <source>Causes for concern open or escalated</source>
        <translation>Avoimet tai oppilaitokselle siirretyt huoli-ilmoitukset</translation>
    </message>
    <message>
        <source>Shared feedback the student has not yet acknowledged or answered</source>
        <translation>Jaettu palaute, jota opiskelija ei ole vielä kuitannut tai johon hän ei ole vastannut</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>keskeytetty</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>peruttu</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n pv</numerusform>
            <numerusform>%n pv</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 phase: %3, %4 – %5</source>
        <translation>%1, vaihe %2: %3, %4 – %5</translation>
    </message>
    <message>
        <source>Placement ended %1</source>
        <translation>Harjoittelu päättyi %1</translation>
    </message>
    <message>
        <source>Placement ended %1; last observation %2</source>
        <translation>Harjoittelu päättyi %1; viimeisin havainto %2</translation>
    </message>
    <message>
        <source>Not observed yet</source>
        <translation>Ei vielä havaintoja</translation>
    </message>
    <message>
        <source>Last observation %1 (%2)</source>
        <translation>Viimeisin havainto %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) for concern open or escalated</source>
        <translation>
            <numerusform>%n avoin tai siirretty huoli-ilmoitus</numerusform>
            <numerusform>%n avointa tai siirrettyä huoli-ilmoitusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared observation(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n jaettu havainto kuittaamatta</numerusform>
            <numerusform>%n jaettua havaintoa kuittaamatta</numerusform>
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
        <translation>%1, vaihe %2</translation>
    </message>
    <message>
        <source>Prison, unit</source>
        <translation>Vankila, osasto</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation>Vastuuohjaaja</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>PlacementsPanel</name>
    <message>
        <source>Filter by student, prison or cohort</source>
        <translation>Suodata opiskelijan, vankilan tai ryhmän mukaan</translation>
    </message>
    <message>
        <source>Filter placements</source>
        <translation>Suodata harjoitteluja</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Harjoittelut</translation>
    </message>
    <message>
        <source>No placement matches “%1”. Check the spelling, or clear the filter.</source>
        <translation>Mikään harjoittelu ei vastaa hakua ”%1”. Tarkista kirjoitusasu tai tyhjennä suodatin.</translation>
    </message>
    <message>
        <source>As an administrator you look after the site, not placements. Set up the academy and its prisons in Site › Academy and prisons (Site › Set-up guide leads through it all); add people and give them their roles in Administration › People and accounts.</source>
        <translation>Ylläpitäjänä huolehdit organisaatiosta, et harjoitteluista. Määritä oppilaitos ja sen vankilat kohdassa Organisaatio › Oppilaitos ja vankilat (Organisaatio › Käyttöönotto-opas opastaa kaiken läpi); lisää henkilöt ja anna heille roolit kohdassa Ylläpito › Henkilöt ja tunnukset.</translation>
    </message>
    <message>
        <source>No placements yet. Import the academy&apos;s people and placements in Site › Import people or placements, or add one in Site › Placements; Site › Set-up guide leads through it step by step.</source>
        <translation>Harjoitteluja ei vielä ole. Tuo oppilaitoksen henkilöt ja harjoittelut kohdassa Organisaatio › Tuo henkilöitä tai harjoitteluja tai lisää yksi kohdassa Organisaatio › Harjoittelut; Organisaatio › Käyttöönotto-opas opastaa vaihe vaiheelta.</translation>
    </message>
    <message>
        <source>You have no placements to show yet. A coordinator adds students, their placements and mentors; they appear here as soon as you are a mentor or student of one.</source>
        <translation>Sinulla ei ole vielä näytettäviä harjoitteluja. Koordinaattori lisää opiskelijat, heidän harjoittelunsa ja ohjaajansa; ne näkyvät tässä heti, kun olet jonkin harjoittelun ohjaaja tai opiskelija.</translation>
    </message>
</context>
<context>
    <name>PrisonForm</name>
    <message>
        <source>Rename the prison</source>
        <translation>Nimeä vankila uudelleen</translation>
    </message>
    <message>
        <source>Add a prison</source>
        <translation>Lisää vankila</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation>&amp;Maakoodi</translation>
    </message>
    <message>
        <source>EE, NO, FI, BE …</source>
        <translation>EE, NO, FI, BE …</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Kaupunki</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Osastot</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Valinnainen, pilkuin eroteltuna</translation>
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
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Sulje tallentamatta</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Näytä yksityiskohdat...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Piilota yksityiskohdat...</translation>
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
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tallenna kaikki</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Kyllä</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Kyllä k&amp;aikkiin</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Ei</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>E&amp;i kaikkiin</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yritä uudelleen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Käytä</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Palauta oletukset</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Leikkaa</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>K&amp;opioi</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Kopioi linkin &amp;sijainti</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>L&amp;iitä</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Valitse kaikki</translation>
    </message>
</context>
<context>
    <name>RatersModel</name>
    <message>
        <source>Prison</source>
        <translation>Vankila</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Opiskelijat</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Arviot</translation>
    </message>
    <message>
        <source>Distribution (theirs above, everyone else&apos;s below)</source>
        <translation>Jakauma (ohjaajan omat ylempänä, muiden alempana)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Keskiarvo</translation>
    </message>
    <message>
        <source>Others&apos; mean</source>
        <translation>Muiden keskiarvo</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Ero</translation>
    </message>
    <message>
        <source>Everyone else&apos;s mean in the same competencies and phases</source>
        <translation>Kaikkien muiden keskiarvo samoilla osaamisalueilla ja samoissa vaiheissa</translation>
    </message>
    <message>
        <source>How far this mentor&apos;s ratings sit from their peers&apos;, apart from their students&apos; own level; a prison&apos;s, from the other prisons&apos;</source>
        <translation>Kuinka kaukana tämän ohjaajan arviot ovat muiden ohjaajien arvioista, kun opiskelijoiden oma taso otetaan huomioon; vankilan osalta ero muihin vankiloihin</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rating(s) (%2 from the lowest level up)</source>
        <translation>
            <numerusform>%1: %n arvio (%2 alimmasta tasosta ylöspäin)</numerusform>
            <numerusform>%1: %n arviota (%2 alimmasta tasosta ylöspäin)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rates higher than peers: a conversation about the scale?</source>
        <translation>Arvioi muita korkeammin: olisiko syytä keskustella asteikosta?</translation>
    </message>
    <message>
        <source>Rates lower than peers: a conversation about the scale?</source>
        <translation>Arvioi muita matalammin: olisiko syytä keskustella asteikosta?</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>Rating of %1</source>
        <translation>Arvio: %1</translation>
    </message>
    <message>
        <source>Remove this competency</source>
        <translation>Poista tämä osaamisalue</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Poista %1</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Taso %1: %2</translation>
    </message>
    <message>
        <source>Choose a level: press 0 for not observed, %1–%2 to rate.</source>
        <translation>Valitse taso: 0 = ei havaittu, %1–%2 = arvio.</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Kommentti: %1</translation>
    </message>
    <message>
        <source>Not responding to training</source>
        <translation>Ei edisty ohjauksessa</translation>
    </message>
    <message>
        <source>NRT: the student has not improved here despite repeated training.</source>
        <translation>EEO: opiskelija ei ole edistynyt tässä toistuvasta ohjauksesta huolimatta.</translation>
    </message>
    <message>
        <source>Comment required: level %1 (“%2”) needs a note of what you saw.</source>
        <translation>Kommentti pakollinen: taso %1 (”%2”) vaatii kuvauksen siitä, mitä näit.</translation>
    </message>
    <message>
        <source>What did the student do?</source>
        <translation>Mitä opiskelija teki?</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentti (valinnainen)</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <source>No competency chosen yet. Tick the competencies this shift showed in the list on the left (type to find one), then rate each: 1–5, or 0 for not observed.</source>
        <translation>Osaamisaluetta ei ole vielä valittu. Merkitse vasemmalla olevasta luettelosta osaamisalueet, jotka tässä vuorossa näkyivät (kirjoita hakeaksesi), ja arvioi kukin: 1–5 tai 0 = ei havaittu.</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation>&amp;Korjauksen syy:</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Korjauksen syy</translation>
    </message>
    <message>
        <source>What was wrong or missing in the signed version (required)</source>
        <translation>Mikä allekirjoitetussa versiossa oli väärin tai puuttui (pakollinen)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Palautusavaimesi</translation>
    </message>
    <message>
        <source>The database&apos;s recovery key is still waiting to be written down, and it cannot be shown again.</source>
        <translation>Tietokannan palautusavain odottaa yhä kirjaamista, eikä sitä voi näyttää uudelleen.</translation>
    </message>
    <message>
        <source>mentorlog encrypts this database. If every administrator&apos;s password were lost, this recovery key is the only way to open it. Print it or write it down now and keep it in a safe: it is shown only this once and is not stored anywhere.</source>
        <translation>mentorlog salaa tämän tietokannan. Jos kaikkien ylläpitäjien salasanat katoaisivat, tämä palautusavain on ainoa tapa avata se. Tulosta tai kirjoita se muistiin nyt ja säilytä sitä kassakaapissa: se näytetään vain tämän kerran eikä sitä tallenneta minnekään.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>&amp;Olen kirjoittanut palautusavaimen muistiin tai tulostanut sen</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Reflection</source>
        <translation>Reflektio</translation>
    </message>
    <message>
        <source>A few words to find it again (optional)</source>
        <translation>Muutama sana, joilla löydät sen taas (valinnainen)</translation>
    </message>
    <message>
        <source>— not about one observation —</source>
        <translation>— ei liity yksittäiseen havaintoon —</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Pohja</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Päivä&amp;määrä</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>&amp;Otsikko</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;Aihe</translation>
    </message>
    <message>
        <source>Pri&amp;vate (only you)</source>
        <translation>&amp;Yksityinen (vain sinä)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <source>Save the reflection (Ctrl+S)</source>
        <translation>Tallenna reflektio (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sh&amp;ared with my mentors</source>
        <translation>&amp;Jaettu ohjaajilleni</translation>
    </message>
    <message>
        <source>Sh&amp;ared with the student</source>
        <translation>&amp;Jaettu opiskelijalle</translation>
    </message>
    <message>
        <source>Restored the text you were typing (autosaved %1).</source>
        <translation>Palautettiin kirjoittamasi teksti (automaattitallennus %1).</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Uusi reflektio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Delete this reflection?</source>
        <translation>Poistetaanko tämä reflektio?</translation>
    </message>
    <message>
        <source>Reflection deleted</source>
        <translation>Reflektio poistettu</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Preview: %1</source>
        <translation>Esikatselu: %1</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Raportin sivut</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is saved until you export.</source>
        <translation>
            <numerusform>%n sivu. Mitään ei tallenneta ennen vientiä.</numerusform>
            <numerusform>%n sivua. Mitään ei tallenneta ennen vientiä.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>How the student is doing overall, in a few lines.</source>
        <translation>Miten opiskelija kokonaisuutena pärjää, muutamalla rivillä.</translation>
    </message>
    <message>
        <source>What student and mentor agreed to do next.</source>
        <translation>Mitä opiskelija ja ohjaaja sopivat tekevänsä seuraavaksi.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Arviointi</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Pidetty</translation>
    </message>
    <message>
        <source>Overall &amp;progress</source>
        <translation>&amp;Kokonaisedistyminen</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Yhteenveto</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Tallenna &amp;luonnos</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>&amp;Julkaise</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Allekirjoitukset</translation>
    </message>
    <message>
        <source>Si&amp;gn review…</source>
        <translation>Allekirjoi&amp;ta arviointi…</translation>
    </message>
    <message>
        <source>&amp;Agreed actions</source>
        <translation>&amp;Sovitut toimenpiteet</translation>
    </message>
    <message>
        <source>Level for %1</source>
        <translation>Taso: %1</translation>
    </message>
    <message>
        <source>— no level —</source>
        <translation>— ei tasoa —</translation>
    </message>
    <message>
        <source>Summary for %1</source>
        <translation>Yhteenveto: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Uusi %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;By domain&lt;/b&gt; (a level is optional)</source>
        <translation>&lt;b&gt;Kokonaisuuksittain&lt;/b&gt; (taso on valinnainen)</translation>
    </message>
    <message>
        <source>&lt;b&gt;By domain&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kokonaisuuksittain&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P&amp;ublish changes</source>
        <translation>&amp;Julkaise muutokset</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Allekirjoita: %1</translation>
    </message>
    <message>
        <source>It is the %1’s turn to sign</source>
        <translation>Allekirjoitusvuorossa: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Sovitut toimenpiteet</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Signed by all</source>
        <translation>Kaikkien allekirjoittama</translation>
    </message>
    <message>
        <source>%1 to sign</source>
        <translation>Allekirjoittamatta: %1</translation>
    </message>
    <message>
        <source>Signed %1 of %2 (awaiting %3)</source>
        <translation>Allekirjoituksia %1/%2 (odottaa: %3)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Julkaistu</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Kokonaisedistyminen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Laatija</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>&amp;New review</source>
        <translation>&amp;Uusi arviointi</translation>
    </message>
    <message>
        <source>No reviews have been published yet.</source>
        <translation>Arviointeja ei ole vielä julkaistu.</translation>
    </message>
    <message>
        <source>No reviews yet. Press “New review” at the mid-point of the placement to sum up progress per domain with the student and agree the next steps.</source>
        <translation>Arviointeja ei vielä ole. Valitse ”Uusi arviointi” harjoittelun puolivälissä tehdäksesi opiskelijan kanssa yhteenvedon edistymisestä kokonaisuuksittain ja sopiaksesi seuraavista vaiheista.</translation>
    </message>
    <message>
        <source>Delete this review?</source>
        <translation>Poistetaanko tämä arviointi?</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Arviointi poistettu</translation>
    </message>
</context>
<context>
    <name>ReviewsToSign</name>
    <message>
        <source>Reviews waiting for your signature</source>
        <translation>Allekirjoitustasi odottavat arvioinnit</translation>
    </message>
    <message>
        <source>%1 of %2 by %3 — %4</source>
        <translation>%1: %2 (%3) — %4</translation>
    </message>
    <message>
        <source>Read &amp;it</source>
        <translation>&amp;Lue</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Lue: %1</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Allekirjoita: %1</translation>
    </message>
    <message>
        <source>&amp;Sign review…</source>
        <translation>&amp;Allekirjoita arviointi…</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <source>Rate myself</source>
        <translation>Itsearviointi</translation>
    </message>
    <message>
        <source>Loading the scale…</source>
        <translation>Ladataan asteikkoa…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Taso</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>What makes you say so? (optional)</source>
        <translation>Mihin arviosi perustuu? (valinnainen)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Taso</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Kommentti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>T&amp;allenna</translation>
    </message>
    <message>
        <source>%1 is not part of this placement&apos;s framework.</source>
        <translation>%1 ei kuulu tämän harjoittelun osaamiskehykseen.</translation>
    </message>
    <message>
        <source>How do you rate yourself on %1 %2 today? Your mentor sees it beside their own rating.</source>
        <translation>Millä tasolla arvioit itsesi tänään osaamisalueella %1 %2? Ohjaajasi näkee arviosi oman arvionsa rinnalla.</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <source>Set up your academy</source>
        <translation>Ota oppilaitos käyttöön</translation>
    </message>
    <message>
        <source>Four steps make mentorlog ready for a real academy. Each opens its own window; come back here any time from Site › Set-up guide.</source>
        <translation>Neljä vaihetta tekee mentorlogista valmiin oikealle oppilaitokselle. Kukin avaa oman ikkunansa; voit palata tänne milloin tahansa kohdasta Organisaatio › Käyttöönotto-opas.</translation>
    </message>
    <message>
        <source>1. The academy: name, country, time zone, how long records are kept</source>
        <translation>1. Oppilaitos: nimi, maa, aikavyöhyke, merkintöjen säilytysaika</translation>
    </message>
    <message>
        <source>&amp;Academy…</source>
        <translation>&amp;Oppilaitos…</translation>
    </message>
    <message>
        <source>2. The training prisons and their units</source>
        <translation>2. Harjoitteluvankilat ja niiden osastot</translation>
    </message>
    <message>
        <source>&amp;Prisons…</source>
        <translation>&amp;Vankilat…</translation>
    </message>
    <message>
        <source>3. Students, mentors and coordinators</source>
        <translation>3. Opiskelijat, ohjaajat ja koordinaattorit</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Tuo henkilöitä…</translation>
    </message>
    <message>
        <source>Add by &amp;hand…</source>
        <translation>Lisää &amp;käsin…</translation>
    </message>
    <message>
        <source>4. Placements: who is where, with which mentor</source>
        <translation>4. Harjoittelut: kuka on missä ja kenen ohjaajan kanssa</translation>
    </message>
    <message>
        <source>I&amp;mport placements…</source>
        <translation>T&amp;uo harjoitteluja…</translation>
    </message>
    <message>
        <source>Add by ha&amp;nd…</source>
        <translation>Lisää kä&amp;sin…</translation>
    </message>
    <message>
        <source>A coordinator does this step.</source>
        <translation>Koordinaattori tekee tämän vaiheen.</translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation>Määritetty: %1</translation>
    </message>
    <message>
        <source>Not set up yet.</source>
        <translation>Ei vielä määritetty.</translation>
    </message>
    <message numerus="yes">
        <source>%n prison(s)</source>
        <translation>
            <numerusform>%n vankila</numerusform>
            <numerusform>%n vankilaa</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet; an import of placements can add them too.</source>
        <translation>Ei vielä yhtään; harjoittelujen tuonti voi myös lisätä niitä.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) besides you</source>
        <translation>
            <numerusform>%n henkilö sinun lisäksesi</numerusform>
            <numerusform>%n henkilöä sinun lisäksesi</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else yet.</source>
        <translation>Ei vielä muita.</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n harjoittelu</numerusform>
            <numerusform>%n harjoittelua</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ei vielä yhtään.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Log a shift</source>
        <translation>Kirjaa vuoro</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Vuoro</translation>
    </message>
    <message>
        <source>&amp;Hours worked</source>
        <translation>&amp;Tehdyt tunnit</translation>
    </message>
    <message>
        <source>&amp;Remedial training</source>
        <translation>T&amp;ukiohjaus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>T&amp;oiminta</translation>
    </message>
    <message>
        <source>e.g. Wing duty, visits, night checks</source>
        <translation>esim. siipivuoro, tapaamiset, yötarkastukset</translation>
    </message>
</context>
<context>
    <name>ShiftFields</name>
    <message>
        <source>Date of the shift</source>
        <translation>Vuoron päivämäärä</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vuoro</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Aamu</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Ilta</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Yö</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Duration in hours</source>
        <translation>Kesto tunteina</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Where, e.g. Wing landing</source>
        <translation>Missä, esim. osaston käytävä</translation>
    </message>
    <message>
        <source>Situation type</source>
        <translation>Tilanteen tyyppi</translation>
    </message>
    <message>
        <source>What, e.g. Meal service</source>
        <translation>Mitä, esim. ruoanjako</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Päivämäärä</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>&amp;Vuoro</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>K&amp;esto</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>&amp;Ympäristö</translation>
    </message>
    <message>
        <source>Situat&amp;ion</source>
        <translation>T&amp;ilanne</translation>
    </message>
</context>
<context>
    <name>SignBar</name>
    <message>
        <source>Si&amp;gn…</source>
        <translation>&amp;Allekirjoita…</translation>
    </message>
    <message>
        <source>Sign as its mentor: the observation is then locked (Alt+G)</source>
        <translation>Allekirjoita ohjaajana: havainto lukitaan sen jälkeen (Alt+A)</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Korjaa…</translation>
    </message>
    <message>
        <source>Correct the signed observation as a new version, with a reason</source>
        <translation>Korjaa allekirjoitettu havainto uutena versiona perusteluineen</translation>
    </message>
    <message>
        <source>V&amp;ersions…</source>
        <translation>&amp;Versiot…</translation>
    </message>
    <message>
        <source>Every version, and what each said</source>
        <translation>Kaikki versiot ja niiden sisältö</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Hyväksyntä</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to mentorlog</source>
        <translation>Kirjaudu mentorlogiin</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Kirjaudu</translation>
    </message>
    <message>
        <source>Records in %1</source>
        <translation>Tiedot: %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Käyttäjätunnus</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Salasana</translation>
    </message>
    <message>
        <source>The language of this screen. Once you sign in, mentorlog speaks the language you chose for yourself, else the site&apos;s default.</source>
        <translation>Tämän näkymän kieli. Kun kirjaudut, mentorlog käyttää itse valitsemaasi kieltä tai muuten organisaation oletuskieltä.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>K&amp;ieli</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Kirjautumisilmoitus</translation>
    </message>
    <message>
        <source>This is a demo database. Demo accounts: admin / coordinator / mentor / student, password demo.</source>
        <translation>Tämä on esittelytietokanta. Esittelytunnukset: admin / coordinator / mentor / student, salasana demo.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Anna käyttäjätunnuksesi ja salasanasi.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Kirjaudutaan…</translation>
    </message>
</context>
<context>
    <name>SignReviewDialog</name>
    <message>
        <source>Sign review</source>
        <translation>Allekirjoita arviointi</translation>
    </message>
    <message>
        <source>Sign this review?

Your signature says you have read the review and talked it through with your mentor. It cannot be taken back; a coordinator signs after you.</source>
        <translation>Allekirjoitetaanko tämä arviointi?

Allekirjoituksellasi vahvistat, että olet lukenut arvioinnin ja käynyt sen läpi ohjaajasi kanssa. Sitä ei voi perua; koordinaattori allekirjoittaa sinun jälkeesi.</translation>
    </message>
    <message>
        <source>&amp;Comment (optional), kept with your signature:</source>
        <translation>&amp;Kommentti (valinnainen), säilytetään allekirjoituksesi kanssa:</translation>
    </message>
    <message>
        <source>Comment with your signature</source>
        <translation>Allekirjoituksen kommentti</translation>
    </message>
    <message>
        <source>e.g. what you agree with, or what you see differently</source>
        <translation>esim. mistä olet samaa mieltä tai minkä näet toisin</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Allekirjoita</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Academy and prisons</source>
        <translation>Oppilaitos ja vankilat</translation>
    </message>
    <message>
        <source>Add &amp;prison…</source>
        <translation>Lisää &amp;vankila…</translation>
    </message>
    <message>
        <source>Add &amp;unit…</source>
        <translation>Lisää &amp;osasto…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Nimeä &amp;uudelleen…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Poista käytöstä</translation>
    </message>
    <message>
        <source>The academy</source>
        <translation>Oppilaitos</translation>
    </message>
    <message>
        <source> months</source>
        <translation> kk</translation>
    </message>
    <message>
        <source>Sa&amp;ve the academy</source>
        <translation>&amp;Tallenna oppilaitos</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>C&amp;ountry code</source>
        <translation>&amp;Maakoodi</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>&amp;Aikavyöhyke</translation>
    </message>
    <message>
        <source>Keep records &amp;for</source>
        <translation>&amp;Säilytä merkintöjä</translation>
    </message>
    <message>
        <source>Default &amp;framework</source>
        <translation>Oletus&amp;kehys</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Voimassa oleva</translation>
    </message>
    <message>
        <source>No training prisons yet. Press “Add prison” to add the first, with its units; an import of placements also adds the prisons its file names.</source>
        <translation>Harjoitteluvankiloita ei vielä ole. Valitse ”Lisää vankila” lisätäksesi ensimmäisen osastoineen; harjoittelujen tuonti lisää myös tiedostossa nimetyt vankilat.</translation>
    </message>
    <message>
        <source>The academy %1 is saved.</source>
        <translation>Oppilaitos %1 tallennettu.</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>&amp;Palauta käyttöön</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 lisättiin.</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 on poistettu käytöstä.</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>%1 on taas käytössä.</translation>
    </message>
    <message>
        <source>%1 is retired; its records stay.</source>
        <translation>%1 on poistettu käytöstä; sen merkinnät säilyvät.</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Prison and units</source>
        <translation>Vankila ja osastot</translation>
    </message>
    <message>
        <source>Country, city</source>
        <translation>Maa, kaupunki</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Harjoittelut</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Poistettu käytöstä</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Käytössä</translation>
    </message>
</context>
<context>
    <name>SiteSettingsDialog</name>
    <message>
        <source>Site settings</source>
        <translation>Organisaation asetukset</translation>
    </message>
    <message>
        <source>&amp;Locking</source>
        <translation>&amp;Lukitus</translation>
    </message>
    <message>
        <source>&amp;Privacy check</source>
        <translation>&amp;Tietosuojatarkistus</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock an untouched window after, minutes</source>
        <translation>Koskemattoman ikkunan lukitusaika minuutteina</translation>
    </message>
    <message>
        <source>Lock an &amp;untouched window after</source>
        <translation>&amp;Koskemattoman ikkunan lukitusaika</translation>
    </message>
    <message>
        <source>On every workstation of this site, a window nobody has typed in or moved the mouse over for this long locks itself; its user unlocks it with their password. Anyone can lock at once with Ctrl+Shift+L.</source>
        <translation>Jokaisella tämän organisaation työasemalla ikkuna, jossa kukaan ei ole kirjoittanut tai liikuttanut hiirtä näin pitkään aikaan, lukittuu itsestään; käyttäjä avaa sen salasanallaan. Kuka tahansa voi lukita heti painamalla Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>Before a record is published, saved or signed, mentorlog shows back what seems to name a prisoner or give a prison number and offers a neutral reference. The names of this site&apos;s own people, prisons, units and cohorts are never flagged. One entry a line.</source>
        <translation>Ennen kuin merkintä julkaistaan, tallennetaan tai allekirjoitetaan, mentorlog näyttää kohdat, jotka näyttävät nimeävän vangin tai sisältävän vankinumeron, ja tarjoaa neutraalin viittauksen. Organisaation omien henkilöiden, vankiloiden, osastojen ja ryhmien nimiä ei koskaan merkitä. Yksi kohta riville.</translation>
    </message>
    <message>
        <source>Prison &amp;number formats</source>
        <translation>Vankinumeroiden &amp;muodot</translation>
    </message>
    <message>
        <source>9 is any digit, A any letter: A9999AA, 9999-9999. re: starts a regular expression.</source>
        <translation>9 on mikä tahansa numero, A mikä tahansa kirjain: A9999AA, 9999-9999. re: aloittaa säännöllisen lausekkeen.</translation>
    </message>
    <message>
        <source>&amp;Before a number</source>
        <translation>&amp;Ennen numeroa</translation>
    </message>
    <message>
        <source>Replaced with the number after them: prison no., fangenummer</source>
        <translation>Korvataan niiden jälkeisellä numerolla: vankinro, vankinumero</translation>
    </message>
    <message>
        <source>Before a &amp;name</source>
        <translation>Ennen &amp;nimeä</translation>
    </message>
    <message>
        <source>A capitalised name after these is flagged: prisoner, Mr, innsatt. Written with a capital (Mr), a word is a title and goes with the name.</source>
        <translation>Näiden jälkeen tuleva isolla alkukirjaimella kirjoitettu nimi merkitään: vanki, Hra, innsatt. Isolla alkukirjaimella kirjoitettuna (Hra) sana on titteli ja kuuluu nimeen.</translation>
    </message>
    <message>
        <source>&amp;Watch for</source>
        <translation>T&amp;arkkaile</translation>
    </message>
    <message>
        <source>Names flagged wherever they are</source>
        <translation>Nimet, jotka merkitään missä tahansa</translation>
    </message>
    <message>
        <source>Ne&amp;ver names</source>
        <translation>E&amp;i koskaan nimiä</translation>
    </message>
    <message>
        <source>Capitalised words of this site that are not names: Gardenia, Bergen</source>
        <translation>Organisaation isolla alkukirjaimella kirjoitetut sanat, jotka eivät ole nimiä: Gardenia, Bergen</translation>
    </message>
    <message>
        <source>Type a sentence to see what would be flagged</source>
        <translation>Kirjoita lause nähdäksesi, mitä merkittäisiin</translation>
    </message>
    <message>
        <source>Try the rules on a sentence</source>
        <translation>Kokeile sääntöjä lauseella</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Kokeile</translation>
    </message>
    <message>
        <source>Nothing is flagged.</source>
        <translation>Mitään ei merkitty.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Lock an untouched window after</source>
        <translation>Koskemattoman ikkunan lukitusaika</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Joku muu tallensi sillä välin</translation>
    </message>
    <message>
        <source>Your version is on the left and you can still change it; theirs is on the right. Copy across what you want to keep, then save yours over theirs, or take theirs instead.</source>
        <translation>Oma versiosi on vasemmalla, ja voit yhä muuttaa sitä; toisen versio on oikealla. Kopioi, mitä haluat säilyttää, ja tallenna sitten omasi toisen päälle tai ota toisen versio.</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Tallenna omani päälle</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Ota toisen versio</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Jatka muokkausta</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Joku muu</translation>
    </message>
    <message>
        <source>%1 saved a newer version at %2, after you opened this.</source>
        <translation>%1 tallensi uudemman version klo %2, kun olit avannut tämän.</translation>
    </message>
    <message>
        <source>%1 saved a newer version after you opened this.</source>
        <translation>%1 tallensi uudemman version, kun olit avannut tämän.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;Oma&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;Toisen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What you changed and what they saved look the same here.</source>
        <translation>Muutoksesi ja toisen tallentama näyttävät tässä samalta.</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Tyhjennä suodattimet</translation>
    </message>
    <message>
        <source>Search narratives and reflections (Ctrl+F)</source>
        <translation>Hae kuvauksista ja reflektioista (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Hae aikajanalta</translation>
    </message>
    <message>
        <source>Entry type</source>
        <translation>Merkinnän tyyppi</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Kaikki merkinnät</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Osaamisalue</translation>
    </message>
    <message>
        <source>Any competency</source>
        <translation>Mikä tahansa osaamisalue</translation>
    </message>
    <message>
        <source>Rating level</source>
        <translation>Arviotaso</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Mikä tahansa arvio</translation>
    </message>
    <message>
        <source>Shared or private</source>
        <translation>Jaettu tai oma</translation>
    </message>
    <message>
        <source>Shared and private</source>
        <translation>Jaetut ja omat</translation>
    </message>
    <message>
        <source>Shared with the student</source>
        <translation>Jaettu opiskelijalle</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Omat muistiinpanot</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Alkaen</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>a&amp;sti</translation>
    </message>
    <message>
        <source>any</source>
        <translation>mikä tahansa</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Observation</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflektio</translation>
    </message>
    <message>
        <source>Cause for concern · %1</source>
        <translation>Huoli-ilmoitus · %1</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Oma muistiinpano</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message>
        <source>Amended (v%1)</source>
        <translation>Korjattu (v%1)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Käsitelty</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Ei vielä käsitelty</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Kuitattu</translation>
    </message>
    <message>
        <source>Student disagreed</source>
        <translation>Opiskelija eri mieltä</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies
lowest level %1</source>
        <translation>
            <numerusform>%n osaamisalue
alin taso %1</numerusform>
            <numerusform>%n osaamisaluetta
alin taso %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Merkintä</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Laatija</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Arviot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>How many competencies the observation rated, and the lowest level given</source>
        <translation>Kuinka monta osaamisaluetta havainnossa arvioitiin ja alin annettu taso</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies rated; lowest level %1</source>
        <translation>
            <numerusform>%n osaamisalue arvioitu; alin taso %1</numerusform>
            <numerusform>%n osaamisaluetta arvioitu; alin taso %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline entries</source>
        <translation>Aikajanan merkinnät</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <source>12 competencies</source>
        <translation>12 osaamisaluetta</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Ei vielä käsitelty</translation>
    </message>
    <message numerus="yes">
        <source>%n matching “%1”</source>
        <translation>
            <numerusform>%n osuma haulla ”%1”</numerusform>
            <numerusform>%n osumaa haulla ”%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n merkintä</numerusform>
            <numerusform>%n merkintää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filters</source>
        <translation>
            <numerusform>%n merkintä vastaa suodattimia</numerusform>
            <numerusform>%n merkintää vastaa suodattimia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the newest shown)</source>
        <translation>%1 (uusin näytetty)</translation>
    </message>
    <message>
        <source>No narrative or reflection here contains “%1”. Try fewer or shorter words, or &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>Mikään kuvaus tai reflektio ei sisällä hakua ”%1”. Kokeile vähempiä tai lyhyempiä sanoja tai &lt;a href=&quot;clear&quot;&gt;tyhjennä suodattimet&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No entry matches these filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>Mikään merkintä ei vastaa suodattimia. &lt;a href=&quot;clear&quot;&gt;Tyhjennä suodattimet&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No entries yet. Record a shift with File › New observation (Ctrl+N); the student&apos;s reflections, reviews and concerns will appear here too.</source>
        <translation>Ei vielä merkintöjä. Kirjaa vuoro valitsemalla Tiedosto › Uusi havainto (Ctrl+N); opiskelijan reflektiot, arvioinnit ja huoli-ilmoitukset näkyvät myös tässä.</translation>
    </message>
    <message>
        <source>No entries yet. The student&apos;s mentors record observations here, and the student&apos;s reflections, reviews and concerns appear beside them.</source>
        <translation>Ei vielä merkintöjä. Opiskelijan ohjaajat kirjaavat havainnot tähän, ja opiskelijan reflektiot, arvioinnit ja huoli-ilmoitukset näkyvät niiden rinnalla.</translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet. Your mentor&apos;s feedback appears here once it is published; you can write a reflection with File › New reflection.</source>
        <translation>Sinulle ei ole vielä jaettu mitään. Ohjaajasi palaute näkyy tässä, kun se on julkaistu; voit kirjoittaa reflektion valitsemalla Tiedosto › Uusi reflektio.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>A&amp;llekirjoita…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Korjaa…</translation>
    </message>
    <message>
        <source>V&amp;ersions…</source>
        <translation>&amp;Versiot…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend of the selected competency</source>
        <translation>Valitun osaamisalueen kehitys</translation>
    </message>
    <message>
        <source>Choose a competency above to see its trend.</source>
        <translation>Valitse osaamisalue yllä nähdäksesi sen kehityksen.</translation>
    </message>
    <message>
        <source>%1: not rated yet</source>
        <translation>%1: ei vielä arvioitu</translation>
    </message>
    <message>
        <source>Expected by the end of this phase</source>
        <translation>Odotettu taso tämän vaiheen lopussa</translation>
    </message>
    <message>
        <source>Mentor&apos;s ratings</source>
        <translation>Ohjaajan arviot</translation>
    </message>
    <message>
        <source>Student&apos;s self-assessment</source>
        <translation>Opiskelijan itsearviointi</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Rename the unit</source>
        <translation>Nimeä osasto uudelleen</translation>
    </message>
    <message>
        <source>Add a unit to %1</source>
        <translation>Lisää osasto: %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <source>&amp;Security level</source>
        <translation>&amp;Turvallisuustaso</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>This database is not encrypted yet. When an administrator opens mentorlog and signs in, it is encrypted (a verified encrypted copy replaces it) and they are shown its recovery key.</source>
        <translation>Tätä tietokantaa ei ole vielä salattu. Kun ylläpitäjä avaa mentorlogin ja kirjautuu, tietokanta salataan (tarkistettu salattu kopio korvaa sen) ja hänelle näytetään sen palautusavain.</translation>
    </message>
</context>
<context>
    <name>VerifyRecordsDialog</name>
    <message>
        <source>Checking the trail&apos;s events</source>
        <translation>Tarkistetaan lokin tapahtumia</translation>
    </message>
    <message>
        <source>Checking signed records</source>
        <translation>Tarkistetaan allekirjoitettuja merkintöjä</translation>
    </message>
    <message>
        <source>Verify records</source>
        <translation>Tarkista merkinnät</translation>
    </message>
    <message>
        <source>Checks the whole audit trail and every signed record: that each record still says what was signed, that every signature is good, that no sign-off the trail mentions is missing, that the trail still holds every head this workstation, the backups and reports noted, and that its guard is in place.</source>
        <translation>Tarkistaa koko tapahtumalokin ja jokaisen allekirjoitetun merkinnän: että jokainen merkintä sisältää yhä sen, mikä allekirjoitettiin, että jokainen allekirjoitus on kunnossa, ettei yksikään lokissa mainittu hyväksyntä puutu, että loki sisältää yhä jokaisen tämän työaseman, varmuuskopioiden ja raporttien kirjaaman ketjun pään ja että sen suojaus on paikallaan.</translation>
    </message>
    <message>
        <source>Verify &amp;every signature (slower; uses every processor core)</source>
        <translation>Tarkista &amp;jokainen allekirjoitus (hitaampi; käyttää kaikkia suoritinytimiä)</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Tarkistuksen eteneminen</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ei vielä tarkistettu.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Löydetyt ongelmat</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Tarkista</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Lopetetaan…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Tarkista uudelleen</translation>
    </message>
    <message>
        <source>%1 events and %2 signed records checked; %3 of %4 signatures verified.</source>
        <translation>Tarkistettu %1 tapahtumaa ja %2 allekirjoitettua merkintää; %3/%4 allekirjoitusta varmennettu.</translation>
    </message>
    <message>
        <source>Nothing is wrong. %1</source>
        <translation>Kaikki kunnossa. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. %1</source>
        <translation>
            <numerusform>Löytyi %n ongelma. %1</numerusform>
            <numerusform>Löytyi %n ongelmaa. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail&apos;s head: event %1, %2.</source>
        <translation>Ketjun pää: tapahtuma %1, %2.</translation>
    </message>
    <message>
        <source>Stopped before the end: nothing was concluded.</source>
        <translation>Keskeytetty ennen loppua: johtopäätöksiä ei tehty.</translation>
    </message>
    <message>
        <source>The records could not be checked.</source>
        <translation>Merkintöjä ei voitu tarkistaa.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of the observation</source>
        <translation>Havainnon versiot</translation>
    </message>
    <message>
        <source>A signed observation is corrected by amending it: each amendment is a new version, and earlier versions stay as they were signed.</source>
        <translation>Allekirjoitettu havainto korjataan korjausmerkinnällä: jokainen korjaus on uusi versio, ja aiemmat versiot säilyvät sellaisina kuin ne allekirjoitettiin.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versiot</translation>
    </message>
    <message>
        <source>Content of the chosen version</source>
        <translation>Valitun version sisältö</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Kirjoittaja</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Nykyinen</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Ensimmäinen versio</translation>
    </message>
    <message>
        <source>Version %1 · current</source>
        <translation>Versio %1 · nykyinen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versio %1</translation>
    </message>
    <message>
        <source>not responding to training</source>
        <translation>ei edisty ohjauksessa</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Arviot</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This database needs a newer mentorlog</source>
        <translation>Tämä tietokanta vaatii uudemman mentorlogin</translation>
    </message>
    <message>
        <source>The database could not be updated</source>
        <translation>Tietokantaa ei voitu päivittää</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a mentorlog database (%2). mentorlog has not changed it.</source>
        <translation>%1 on vaurioitunut tai ei ole mentorlog-tietokanta (%2). mentorlog ei ole muuttanut sitä.</translation>
    </message>
    <message>
        <source>mentorlog</source>
        <translation>mentorlog</translation>
    </message>
    <message>
        <source>Details are in the log file %1</source>
        <translation>Lisätiedot ovat lokitiedostossa %1</translation>
    </message>
</context>
<context>
    <name>damaged_dialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Tietokanta on vaurioitunut</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Palauta uusin varmuuskopio</translation>
    </message>
    <message>
        <source>The damaged file is moved into the backups folder, not deleted, so it can still be examined later.</source>
        <translation>Vaurioitunut tiedosto siirretään varmuuskopiokansioon eikä sitä poisteta, joten sen voi tutkia myöhemmin.</translation>
    </message>
    <message>
        <source>&amp;Close mentorlog</source>
        <translation>&amp;Sulje mentorlog</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ei nyt</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>Delete the observation of %1?</source>
        <translation>Poistetaanko havainto (%1)?</translation>
    </message>
    <message>
        <source>Observation of %1 deleted</source>
        <translation>Havainto poistettu (%1)</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and this action was not completed. Nothing saved before was lost.</source>
        <translation>Jokin meni vikaan, eikä toimintoa suoritettu loppuun. Mitään aiemmin tallennettua ei menetetty.</translation>
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
        <translation>Kaikkialla</translation>
    </message>
    <message>
        <source>Lock the window now (from every window)</source>
        <translation>Lukitse ikkuna nyt (mistä tahansa ikkunasta)</translation>
    </message>
    <message>
        <source>New observation (mentors)</source>
        <translation>Uusi havainto (ohjaajat)</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Uusi reflektio</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Vie raportit</translation>
    </message>
    <message>
        <source>Find in the timeline</source>
        <translation>Etsi aikajanalta</translation>
    </message>
    <message>
        <source>Find a student (the filter on the left)</source>
        <translation>Etsi opiskelija (suodatin vasemmalla)</translation>
    </message>
    <message>
        <source>Timeline, Competencies</source>
        <translation>Aikajana, Osaamisalueet</translation>
    </message>
    <message>
        <source>Undo a deletion</source>
        <translation>Kumoa poisto</translation>
    </message>
    <message>
        <source>The guide for your role</source>
        <translation>Oman roolisi opas</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Tämä luettelo</translation>
    </message>
    <message>
        <source>In an editor window</source>
        <translation>Muokkausikkunassa</translation>
    </message>
    <message>
        <source>Save (a draft, while it is not published)</source>
        <translation>Tallenna (luonnos, kun sitä ei ole julkaistu)</translation>
    </message>
    <message>
        <source>Publish, or save (a note, a reflection)</source>
        <translation>Julkaise tai tallenna (muistiinpano, reflektio)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close; asks first when something is not saved</source>
        <translation>Sulje; kysyy ensin, jos jotain on tallentamatta</translation>
    </message>
    <message>
        <source>Close, as Esc does</source>
        <translation>Sulje, kuten Esc</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next and previous field, in reading order</source>
        <translation>Seuraava ja edellinen kenttä lukemisjärjestyksessä</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + alleviivattu kirjain</translation>
    </message>
    <message>
        <source>Go to that field or button</source>
        <translation>Siirry kyseiseen kenttään tai painikkeeseen</translation>
    </message>
    <message>
        <source>Rating competencies</source>
        <translation>Osaamisalueiden arviointi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Kirjoita</translation>
    </message>
    <message>
        <source>Find a competency in the list</source>
        <translation>Etsi osaamisalue luettelosta</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>Alas, Enter</translation>
    </message>
    <message>
        <source>From the search to the first match</source>
        <translation>Hausta ensimmäiseen osumaan</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Välilyönti</translation>
    </message>
    <message>
        <source>Tick or untick the competency</source>
        <translation>Merkitse osaamisalue tai poista merkintä</translation>
    </message>
    <message>
        <source>1 – 5</source>
        <translation>1 – 5</translation>
    </message>
    <message>
        <source>Rate it (ticks it first); 0 for not observed</source>
        <translation>Arvioi (merkitsee ensin); 0 = ei havaittu</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Vasen, Oikea</translation>
    </message>
    <message>
        <source>On the levels: the next lower or higher one</source>
        <translation>Tasoilla: seuraava alempi tai ylempi</translation>
    </message>
    <message>
        <source>Goals, reviews and concerns</source>
        <translation>Tavoitteet, arvioinnit ja huoli-ilmoitukset</translation>
    </message>
    <message>
        <source>Save the form (a review: as a draft)</source>
        <translation>Tallenna lomake (arviointi: luonnoksena)</translation>
    </message>
    <message>
        <source>Publish the review, save the goal or concern</source>
        <translation>Julkaise arviointi, tallenna tavoite tai huoli-ilmoitus</translation>
    </message>
    <message>
        <source>Delete the chosen one (asks)</source>
        <translation>Poista valittu (kysyy ensin)</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>Luetteloissa</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Ylös, Alas</translation>
    </message>
    <message>
        <source>Move through the list</source>
        <translation>Liiku luettelossa</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen entry</source>
        <translation>Avaa valittu merkintä</translation>
    </message>
    <message>
        <source>Enter on a button</source>
        <translation>Enter painikkeessa</translation>
    </message>
    <message>
        <source>Press it (Space does too)</source>
        <translation>Painaa sitä (myös välilyönti)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Induction</source>
        <translation>Perehdytys</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Alkuvaihe</translation>
    </message>
    <message>
        <source>Mid-point</source>
        <translation>Puoliväli</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Loppuvaihe</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Suunniteltu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Suoritettu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>Early shift</source>
        <translation>Aamuvuoro</translation>
    </message>
    <message>
        <source>Late shift</source>
        <translation>Iltavuoro</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Yövuoro</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>Päivävuoro</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflektio</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Huoli-ilmoitus</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflektiot</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Huoli-ilmoitukset</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Väliarviointi</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Loppuarviointi</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Etenee hyvin</translation>
    </message>
    <message>
        <source>Needs support</source>
        <translation>Tarvitsee tukea</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Vaarassa</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Hyväksytty</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Seurannassa</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Siirretty oppilaitokselle</translation>
    </message>
    <message>
        <source>Gibbs cycle</source>
        <translation>Gibbsin reflektiosykli</translation>
    </message>
    <message>
        <source>Socratic dialogue</source>
        <translation>Sokraattinen dialogi</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ei koskaan</translation>
    </message>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>eilen</translation>
    </message>
</context>
<context>
    <name>record_versions</name>
    <message>
        <source>What you observed</source>
        <translation>Mitä havaitsit</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ympäristö</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Tilanne</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Vuoro</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Arviot</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
</context>
<context>
    <name>reflection</name>
    <message>
        <source>Reflection</source>
        <translation>Reflektio</translation>
    </message>
    <message>
        <source>Write freely about your practice: what happened, what you made of it, and what you take forward.</source>
        <translation>Kirjoita vapaasti omasta työstäsi: mitä tapahtui, mitä ajattelit siitä ja mitä viet mukanasi eteenpäin.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>What happened? Where and when, who was there, what did you and others do?</source>
        <translation>Mitä tapahtui? Missä ja milloin, keitä oli paikalla, mitä sinä ja muut teitte?</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Tunteet</translation>
    </message>
    <message>
        <source>What were you thinking and feeling at the time, and afterwards?</source>
        <translation>Mitä ajattelit ja tunsit silloin ja jälkeenpäin?</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>What went well, and what went less well?</source>
        <translation>Mikä meni hyvin ja mikä huonommin?</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyysi</translation>
    </message>
    <message>
        <source>Why did it go that way? What helps you make sense of it: training, rules and law, what you know of the prisoner, your own experience?</source>
        <translation>Miksi se meni niin? Mikä auttaa ymmärtämään sitä: koulutus, säännöt ja laki, mitä tiedät vangista, oma kokemuksesi?</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Johtopäätös</translation>
    </message>
    <message>
        <source>What else could you have done? What have you learned about yourself and your role?</source>
        <translation>Mitä muuta olisit voinut tehdä? Mitä opit itsestäsi ja roolistasi?</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Toimintasuunnitelma</translation>
    </message>
    <message>
        <source>What will you do or practise next time, and how will you know it worked?</source>
        <translation>Mitä teet tai harjoittelet ensi kerralla, ja mistä tiedät, että se toimi?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <source>The general question the group examined, e.g. “When is it right to make an exception to a rule for a prisoner?”</source>
        <translation>Ryhmän tarkastelema yleinen kysymys, esim. ”Milloin on oikein tehdä vangin kohdalla poikkeus sääntöön?”</translation>
    </message>
    <message>
        <source>Concrete experience</source>
        <translation>Konkreettinen kokemus</translation>
    </message>
    <message>
        <source>The one real situation the group examined, told by the person who lived it: what happened, step by step.</source>
        <translation>Ryhmän tarkastelema yksi todellinen tilanne sen kokeneen henkilön kertomana: mitä tapahtui, vaihe vaiheelta.</translation>
    </message>
    <message>
        <source>Agreed answer</source>
        <translation>Yhteinen vastaus</translation>
    </message>
    <message>
        <source>The answer the group reached together, in its own words, and the reasons everyone could accept.</source>
        <translation>Vastaus, johon ryhmä päätyi yhdessä, omin sanoin, ja perustelut, jotka kaikki saattoivat hyväksyä.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Who took part: names or roles, one per line.</source>
        <translation>Ketkä osallistuivat: nimet tai roolit, yksi riville.</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Vapaa teksti</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle</source>
        <translation>Gibbsin reflektiosykli</translation>
    </message>
    <message>
        <source>Socratic dialogue</source>
        <translation>Sokraattinen dialogi</translation>
    </message>
    <message>
        <source>Parts marked * are needed to save; fill the rest when you can.</source>
        <translation>Tähdellä * merkityt osat tarvitaan tallentamiseen; täydennä muut, kun ehdit.</translation>
    </message>
</context>
<context>
    <name>role_guides</name>
    <message>
        <source>For mentors</source>
        <translation>Ohjaajille</translation>
    </message>
    <message>
        <source>For students</source>
        <translation>Opiskelijoille</translation>
    </message>
    <message>
        <source>For coordinators</source>
        <translation>Koordinaattoreille</translation>
    </message>
    <message>
        <source>For administrators</source>
        <translation>Ylläpitäjille</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recording a shift&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Choose your student on the left (&lt;b&gt;Ctrl+L&lt;/b&gt; and type part of the name; accents do not matter: “hakon” finds Håkon).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; opens a new observation. Write what you saw: what the student did and said, and how it went. Write about the student, not the prisoners: “a prisoner on B-wing”, never a name or a prison number.&lt;/li&gt;&lt;li&gt;Type in &lt;i&gt;Find a competency&lt;/i&gt;, press &lt;b&gt;Down&lt;/b&gt; to the list, &lt;b&gt;Space&lt;/b&gt; to tick a competency and a digit to rate it: &lt;b&gt;1–5&lt;/b&gt;, or &lt;b&gt;0&lt;/b&gt; for not observed. Some levels ask for a comment.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt; publishes: the student reads it and acknowledges it. If the text seems to name a prisoner or give a prison number, mentorlog shows it to you first and offers a neutral reference (“prisoner A”).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;A &lt;b&gt;private mentor note&lt;/b&gt; (Alt+V) is for your eyes only and needs no rating; its button says Save note. Everything you type is kept as a draft while you type, and comes back after a crash.&lt;/p&gt;&lt;h3&gt;Signing and correcting&lt;/h3&gt;&lt;p&gt;Sign a published observation to lock it (Sign…). A signed one is corrected with Amend…, which asks why and keeps every version.&lt;/p&gt;&lt;h3&gt;Goals, reviews and concerns&lt;/h3&gt;&lt;p&gt;Agree goals with the student on the Goals tab; hold the mid-point and final reviews on the Reviews tab (save a draft with &lt;b&gt;Ctrl+S&lt;/b&gt;, publish with &lt;b&gt;Ctrl+Enter&lt;/b&gt;, then sign); raise a cause for concern when the student is not progressing, with an action plan and a date to look at it again.&lt;/p&gt;&lt;h3&gt;Called away?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks every window at once, editors included; your text is kept and your password opens it again. The window also locks itself when nobody has touched it for a few minutes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vuoron kirjaaminen&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Valitse opiskelijasi vasemmalta (&lt;b&gt;Ctrl+L&lt;/b&gt; ja kirjoita osa nimestä; tarkkeilla ei ole väliä: ”hakon” löytää Håkonin).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; avaa uuden havainnon. Kirjoita, mitä näit: mitä opiskelija teki ja sanoi ja miten se meni. Kirjoita opiskelijasta, ei vangeista: ”vanki B-siivellä”, ei koskaan nimeä tai vankinumeroa.&lt;/li&gt;&lt;li&gt;Kirjoita kenttään &lt;i&gt;Etsi osaamisalue&lt;/i&gt;, siirry luetteloon &lt;b&gt;alas&lt;/b&gt;-näppäimellä, merkitse osaamisalue &lt;b&gt;välilyönnillä&lt;/b&gt; ja arvioi numerolla: &lt;b&gt;1–5&lt;/b&gt; tai &lt;b&gt;0&lt;/b&gt; = ei havaittu. Jotkin tasot vaativat kommentin.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt; julkaisee: opiskelija lukee ja kuittaa sen. Jos teksti näyttää nimeävän vangin tai sisältävän vankinumeron, mentorlog näyttää sen sinulle ensin ja tarjoaa neutraalin viittauksen (”vanki A”).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Ohjaajan oma muistiinpano&lt;/b&gt; (Alt+O) on vain sinun nähtäväksesi eikä vaadi arviota; sen painike on Tallenna muistiinpano. Kaikki kirjoittamasi säilyy luonnoksena kirjoittaessasi ja palautuu kaatumisen jälkeen.&lt;/p&gt;&lt;h3&gt;Allekirjoittaminen ja korjaaminen&lt;/h3&gt;&lt;p&gt;Allekirjoita julkaistu havainto lukitaksesi sen (Allekirjoita…). Allekirjoitettu havainto korjataan toiminnolla Korjaa…, joka kysyy syyn ja säilyttää jokaisen version.&lt;/p&gt;&lt;h3&gt;Tavoitteet, arvioinnit ja huoli-ilmoitukset&lt;/h3&gt;&lt;p&gt;Sovi tavoitteista opiskelijan kanssa Tavoitteet-välilehdellä; pidä väli- ja loppuarviointi Arvioinnit-välilehdellä (tallenna luonnos &lt;b&gt;Ctrl+S&lt;/b&gt;, julkaise &lt;b&gt;Ctrl+Enter&lt;/b&gt; ja allekirjoita sitten); tee huoli-ilmoitus, kun opiskelija ei edisty, ja liitä siihen toimintasuunnitelma ja tarkistuspäivä.&lt;/p&gt;&lt;h3&gt;Kutsuttu muualle?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt; lukitsee kaikki ikkunat kerralla, myös muokkausikkunat; tekstisi säilyy ja salasanasi avaa sen taas. Ikkuna lukittuu myös itsestään, kun kukaan ei ole koskenut siihen muutamaan minuuttiin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your feedback&lt;/h3&gt;&lt;p&gt;mentorlog opens on &lt;b&gt;Feedback&lt;/b&gt;: what your mentor published that you have not answered yet, newest first. Read it, then &lt;b&gt;Acknowledge&lt;/b&gt; (Alt+A), or &lt;b&gt;I disagree…&lt;/b&gt; (Alt+D) with a comment saying why. &lt;b&gt;Reflect on this…&lt;/b&gt; writes a reflection about it.&lt;/p&gt;&lt;h3&gt;Reflections and goals&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt; starts a reflection: free text, Gibbs&apos; cycle or a Socratic dialogue; it is shared with your mentors unless you keep it private. On the Goals tab you add notes of your progress on each goal.&lt;/p&gt;&lt;h3&gt;Rating yourself&lt;/h3&gt;&lt;p&gt;On the Competencies tab, &lt;b&gt;Rate myself…&lt;/b&gt; puts your own level beside your mentor&apos;s; each level&apos;s description is shown as you choose it.&lt;/p&gt;&lt;h3&gt;Reviews and concerns&lt;/h3&gt;&lt;p&gt;A review waiting for your signature is shown above your feedback: read it, then sign it (a comment may go with your signature; Enter does not sign). A cause for concern raised about you is yours to read, and you can answer it on the Concerns tab.&lt;/p&gt;&lt;p&gt;Leaving the workstation: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Palautteesi&lt;/h3&gt;&lt;p&gt;mentorlog avautuu &lt;b&gt;Palaute&lt;/b&gt;-näkymään: ohjaajasi julkaisema palaute, johon et ole vielä vastannut, uusin ensin. Lue se ja valitse sitten &lt;b&gt;Kuittaa&lt;/b&gt; (Alt+K) tai &lt;b&gt;Olen eri mieltä…&lt;/b&gt; (Alt+E) ja perustele kommentilla. &lt;b&gt;Reflektoi tätä…&lt;/b&gt; kirjoittaa siitä reflektion.&lt;/p&gt;&lt;h3&gt;Reflektiot ja tavoitteet&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt; aloittaa reflektion: vapaa teksti, Gibbsin sykli tai sokraattinen dialogi; se jaetaan ohjaajillesi, ellet pidä sitä yksityisenä. Tavoitteet-välilehdellä kirjaat edistymisesi kuhunkin tavoitteeseen.&lt;/p&gt;&lt;h3&gt;Itsearviointi&lt;/h3&gt;&lt;p&gt;Osaamisalueet-välilehdellä &lt;b&gt;Arvioi itse…&lt;/b&gt; asettaa oman tasosi ohjaajasi arvion rinnalle; kunkin tason kuvaus näytetään valitessasi.&lt;/p&gt;&lt;h3&gt;Arvioinnit ja huoli-ilmoitukset&lt;/h3&gt;&lt;p&gt;Allekirjoitustasi odottava arviointi näytetään palautteesi yläpuolella: lue se ja allekirjoita (allekirjoitukseen voi liittää kommentin; Enter ei allekirjoita). Sinusta tehty huoli-ilmoitus on luettavissasi, ja voit vastata siihen Huolet-välilehdellä.&lt;/p&gt;&lt;p&gt;Kun lähdet työasemalta: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; lukitsee sen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Following the cohort&lt;/h3&gt;&lt;p&gt;The list on the left has every placement you may see, by prison and cohort: the days since the last observation the student was shown, open concerns (⚑) and feedback still to be answered (✉). Choose one to read the student&apos;s file.&lt;/p&gt;&lt;h3&gt;Reports&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+E&lt;/b&gt; exports progress reports as PDF: for one student, several, or a whole cohort with its summary, with a preview first.&lt;/p&gt;&lt;h3&gt;Reviews and people&lt;/h3&gt;&lt;p&gt;You sign each review after the mentor and the student. Administration › People and accounts adds students and mentors and sets passwords; the audit trail shows who did what.&lt;/p&gt;&lt;p&gt;Leaving the workstation: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Ryhmän seuraaminen&lt;/h3&gt;&lt;p&gt;Vasemmalla olevassa luettelossa ovat kaikki harjoittelut, jotka saat nähdä, vankiloittain ja ryhmittäin: päivät siitä, kun opiskelijalle viimeksi näytettiin havainto, avoimet huoli-ilmoitukset (⚑) ja vastaamaton palaute (✉). Valitse yksi lukeaksesi opiskelijan tiedot.&lt;/p&gt;&lt;h3&gt;Raportit&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+E&lt;/b&gt; vie edistymisraportit PDF-muodossa: yhdestä opiskelijasta, useasta tai koko ryhmästä yhteenvedon kanssa, ensin esikatseltuna.&lt;/p&gt;&lt;h3&gt;Arvioinnit ja henkilöt&lt;/h3&gt;&lt;p&gt;Allekirjoitat kunkin arvioinnin ohjaajan ja opiskelijan jälkeen. Ylläpito › Henkilöt ja tunnukset lisää opiskelijoita ja ohjaajia ja asettaa salasanoja; tapahtumaloki näyttää, kuka teki mitä.&lt;/p&gt;&lt;p&gt;Kun lähdet työasemalta: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; lukitsee sen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Looking after the site&lt;/h3&gt;&lt;p&gt;Administration › People and accounts: add people, give them their roles, unlock an account and set a new password.&lt;/p&gt;&lt;p&gt;Administration › Site settings: how long an untouched window waits before it locks, and the privacy check: the site&apos;s prison number formats (9 for a digit, A for a letter, e.g. A9999AA), the words after which a name is flagged, names to watch for, and words that are never names here.&lt;/p&gt;&lt;p&gt;File › Backups: verified backups of the database, and restoring one. Keep the printed recovery key in a safe.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Organisaation ylläpito&lt;/h3&gt;&lt;p&gt;Ylläpito › Henkilöt ja tunnukset: lisää henkilöitä, anna heille roolit, avaa tunnuksen lukitus ja aseta uusi salasana.&lt;/p&gt;&lt;p&gt;Ylläpito › Organisaation asetukset: kuinka kauan koskematon ikkuna odottaa ennen lukittumista sekä tietosuojatarkistus: organisaation vankinumeroiden muodot (9 numerolle, A kirjaimelle, esim. A9999AA), sanat, joiden jälkeen nimi merkitään, tarkkailtavat nimet ja sanat, jotka eivät täällä koskaan ole nimiä.&lt;/p&gt;&lt;p&gt;Tiedosto › Varmuuskopiot: tietokannan tarkistetut varmuuskopiot ja niiden palauttaminen. Säilytä tulostettu palautusavain kassakaapissa.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sensitive_check</name>
    <message>
        <source>&amp;Replace and publish</source>
        <translation>&amp;Korvaa ja julkaise</translation>
    </message>
    <message>
        <source>Publish &amp;as written</source>
        <translation>Julkaise &amp;sellaisenaan</translation>
    </message>
    <message>
        <source>&amp;Replace and save</source>
        <translation>&amp;Korvaa ja tallenna</translation>
    </message>
    <message>
        <source>Save &amp;as written</source>
        <translation>Tallenna &amp;sellaisenaan</translation>
    </message>
    <message>
        <source>Sign &amp;as written</source>
        <translation>Allekirjoita &amp;sellaisenaan</translation>
    </message>
    <message>
        <source>&amp;Correct it first</source>
        <translation>Korjaa &amp;ensin</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>nimi</translation>
    </message>
    <message>
        <source>a name after “%1”</source>
        <translation>nimi sanan ”%1” jälkeen</translation>
    </message>
    <message>
        <source>a name on the site&apos;s list</source>
        <translation>organisaation luettelossa oleva nimi</translation>
    </message>
    <message>
        <source>a name nobody here has</source>
        <translation>nimi, jota kenelläkään täällä ei ole</translation>
    </message>
    <message>
        <source>a first name nobody here has</source>
        <translation>etunimi, jota kenelläkään täällä ei ole</translation>
    </message>
    <message>
        <source>the same name again</source>
        <translation>sama nimi uudelleen</translation>
    </message>
    <message>
        <source>a prison number</source>
        <translation>vankinumero</translation>
    </message>
    <message>
        <source>“%1” → “%2” (%3)</source>
        <translation>”%1” → ”%2” (%3)</translation>
    </message>
    <message>
        <source>Names or numbers in the text</source>
        <translation>Nimiä tai numeroita tekstissä</translation>
    </message>
    <message>
        <source>This seems to name a prisoner or give a prison number. Records are about the student; a neutral reference keeps the prisoner&apos;s privacy.</source>
        <translation>Tämä näyttää nimeävän vangin tai sisältävän vankinumeron. Merkinnät koskevat opiskelijaa; neutraali viittaus suojaa vangin yksityisyyttä.</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>its mentor</source>
        <translation>sen ohjaaja</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked. Your unsaved changes were not saved to it; they are kept for Amend….</source>
        <translation>%1 allekirjoitti tämän havainnon, kun se oli auki täällä: se on nyt lukittu. Tallentamattomia muutoksiasi ei tallennettu siihen; ne säilytetään Korjaa…-toimintoa varten.</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked. Your unsaved changes were not saved to it.</source>
        <translation>%1 allekirjoitti tämän havainnon, kun se oli auki täällä: se on nyt lukittu. Tallentamattomia muutoksiasi ei tallennettu siihen.</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked.</source>
        <translation>%1 allekirjoitti tämän havainnon, kun se oli auki täällä: se on nyt lukittu.</translation>
    </message>
    <message>
        <source>%1 disagreed with version %2 on %3: “%4”</source>
        <translation>%1 oli eri mieltä versiosta %2 %3: ”%4”</translation>
    </message>
    <message>
        <source>Acknowledged by %1 (version %2) on %3.</source>
        <translation>Kuitannut %1 (versio %2) %3.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>Allekirjoittanut %1 %2.</translation>
    </message>
    <message>
        <source>Published, not signed yet.</source>
        <translation>Julkaistu, ei vielä allekirjoitettu.</translation>
    </message>
    <message>
        <source>Version %1, amended by %2 on %3: “%4”</source>
        <translation>Versio %1, korjannut %2 %3: ”%4”</translation>
    </message>
    <message>
        <source>This version has been amended since; the current one is newer.</source>
        <translation>Tätä versiota on sittemmin korjattu; nykyinen on uudempi.</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the student (version %1).</source>
        <translation>Opiskelija ei ole vielä kuitannut (versio %1).</translation>
    </message>
    <message>
        <source>A review is signed once it is published.</source>
        <translation>Arviointi allekirjoitetaan, kun se on julkaistu.</translation>
    </message>
    <message>
        <source>Signed by mentor, student and coordinator.</source>
        <translation>Ohjaaja, opiskelija ja koordinaattori ovat allekirjoittaneet.</translation>
    </message>
    <message>
        <source>Signed by %1 (mentor) on %2.</source>
        <translation>Allekirjoittanut %1 (ohjaaja) %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (student) on %2.</source>
        <translation>Allekirjoittanut %1 (opiskelija) %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (coordinator) on %2.</source>
        <translation>Allekirjoittanut %1 (koordinaattori) %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (administrator) on %2.</source>
        <translation>Allekirjoittanut %1 (ylläpitäjä) %2.</translation>
    </message>
    <message>
        <source>Waiting for the mentor’s signature.</source>
        <translation>Odottaa ohjaajan allekirjoitusta.</translation>
    </message>
    <message>
        <source>Waiting for the student’s signature.</source>
        <translation>Odottaa opiskelijan allekirjoitusta.</translation>
    </message>
    <message>
        <source>Waiting for the coordinator’s signature.</source>
        <translation>Odottaa koordinaattorin allekirjoitusta.</translation>
    </message>
    <message>
        <source>Waiting for another signature.</source>
        <translation>Odottaa toista allekirjoitusta.</translation>
    </message>
    <message>
        <source>Sign the observation?</source>
        <translation>Allekirjoitetaanko havainto?</translation>
    </message>
    <message>
        <source>Sign this observation as its mentor?</source>
        <translation>Allekirjoitetaanko tämä havainto sen ohjaajana?</translation>
    </message>
    <message>
        <source>Once signed, this observation is locked; corrections become amendments.</source>
        <translation>Allekirjoituksen jälkeen havainto lukitaan; korjaukset tehdään korjausmerkintöinä.</translation>
    </message>
    <message>
        <source>Once you sign, the review is locked; the student and a coordinator sign after you.</source>
        <translation>Kun allekirjoitat, arviointi lukitaan; opiskelija ja koordinaattori allekirjoittavat sinun jälkeesi.</translation>
    </message>
    <message>
        <source>Your signature is recorded with your name and the time.</source>
        <translation>Allekirjoituksesi kirjataan nimelläsi ja kellonajalla.</translation>
    </message>
    <message>
        <source>Sign this review as %1?</source>
        <translation>Allekirjoitetaanko tämä arviointi roolissa %1?</translation>
    </message>
    <message>
        <source>Sign the review?</source>
        <translation>Allekirjoitetaanko arviointi?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Allekirjoita</translation>
    </message>
    <message>
        <source>Publish first</source>
        <translation>Julkaise ensin</translation>
    </message>
    <message>
        <source>Publish your changes, or close and discard them, before signing: a signature is for what is published.</source>
        <translation>Julkaise muutoksesi tai sulje ja hylkää ne ennen allekirjoittamista: allekirjoitus koskee julkaistua sisältöä.</translation>
    </message>
    <message>
        <source>Signed meanwhile</source>
        <translation>Allekirjoitettu sillä välin</translation>
    </message>
    <message>
        <source>%1 signed this observation while you were editing it, so your changes were not saved to it.</source>
        <translation>%1 allekirjoitti tämän havainnon, kun muokkasit sitä, joten muutoksiasi ei tallennettu siihen.</translation>
    </message>
    <message>
        <source>A signed observation is corrected by amending it.</source>
        <translation>Allekirjoitettu havainto korjataan korjausmerkinnällä.</translation>
    </message>
    <message>
        <source>They are kept: Amend… opens them as a correction of the signed version, saved with a reason as its next version.</source>
        <translation>Ne on säilytetty: Korjaa… avaa ne allekirjoitetun version korjauksena, joka tallennetaan perusteluineen sen seuraavaksi versioksi.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ei nyt</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>&amp;Korjaa…</translation>
    </message>
</context>
<context>
    <name>site_menu</name>
    <message>
        <source>Set-up &amp;guide…</source>
        <translation>&amp;Käyttöönotto-opas…</translation>
    </message>
    <message>
        <source>&amp;Academy and prisons…</source>
        <translation>&amp;Oppilaitos ja vankilat…</translation>
    </message>
    <message>
        <source>&amp;Cohorts…</source>
        <translation>&amp;Ryhmät…</translation>
    </message>
    <message>
        <source>&amp;Placements…</source>
        <translation>&amp;Harjoittelut…</translation>
    </message>
    <message>
        <source>&amp;Import people or placements…</source>
        <translation>&amp;Tuo henkilöitä tai harjoitteluja…</translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation>Osaamiskehyks&amp;et…</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Organisaatio</translation>
    </message>
    <message>
        <source>Log a s&amp;hift…</source>
        <translation>Kirjaa &amp;vuoro…</translation>
    </message>
</context>
<context>
    <name>stale_forms</name>
    <message>
        <source>Held on, progress</source>
        <translation>Pidetty, edistyminen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Sovitut toimenpiteet</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ei päivämäärää</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, määräaika %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Toimintasuunnitelma</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Mitä havaittiin</translation>
    </message>
    <message>
        <source>Raised, review on</source>
        <translation>Kirjattu, tarkistuspäivä</translation>
    </message>
</context>
<context>
    <name>trust</name>
    <message>
        <source>Mentor</source>
        <translation>Ohjaaja</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Opiskelija</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Ylläpitäjä</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Kirjautui sisään</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Kirjautuminen epäonnistui</translation>
    </message>
    <message>
        <source>Sign-in refused: too soon after failures</source>
        <translation>Kirjautuminen estetty: liian pian epäonnistumisten jälkeen</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>Kirjautuminen estetty: tunnus lukittu</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Kirjautui ulos</translation>
    </message>
    <message>
        <source>Locked the window</source>
        <translation>Lukitsi ikkunan</translation>
    </message>
    <message>
        <source>Unlocked the window</source>
        <translation>Avasi ikkunan lukituksen</translation>
    </message>
    <message>
        <source>Unlocking the window failed</source>
        <translation>Ikkunan lukituksen avaaminen epäonnistui</translation>
    </message>
    <message>
        <source>Unlocking refused: too soon after failures</source>
        <translation>Lukituksen avaaminen estetty: liian pian epäonnistumisten jälkeen</translation>
    </message>
    <message>
        <source>Unlocking refused: account locked</source>
        <translation>Lukituksen avaaminen estetty: tunnus lukittu</translation>
    </message>
    <message>
        <source>Account locked after failed attempts</source>
        <translation>Tunnus lukittu epäonnistuneiden yritysten jälkeen</translation>
    </message>
    <message>
        <source>Password protection strengthened</source>
        <translation>Salasanasuojausta vahvistettu</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>Ensimmäinen ylläpitäjä luotu</translation>
    </message>
    <message>
        <source>Refused: not permitted</source>
        <translation>Estetty: ei oikeutta</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Henkilö lisätty</translation>
    </message>
    <message>
        <source>Role given</source>
        <translation>Rooli annettu</translation>
    </message>
    <message>
        <source>Role removed</source>
        <translation>Rooli poistettu</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Uusi salasana asetettu</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Oma salasana vaihdettu</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Tunnuksen lukitus avattu</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Tunnus poistettu käytöstä</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Tunnus otettu uudelleen käyttöön</translation>
    </message>
    <message>
        <source>Observation signed</source>
        <translation>Havainto allekirjoitettu</translation>
    </message>
    <message>
        <source>Observation amended</source>
        <translation>Havaintoa korjattu</translation>
    </message>
    <message>
        <source>Feedback acknowledged</source>
        <translation>Palaute kuitattu</translation>
    </message>
    <message>
        <source>Disagreement recorded</source>
        <translation>Erimielisyys kirjattu</translation>
    </message>
    <message>
        <source>Review signed</source>
        <translation>Arviointi allekirjoitettu</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Harjoittelu päätetty</translation>
    </message>
    <message>
        <source>Placement completed and signed off</source>
        <translation>Harjoittelu suoritettu ja hyväksytty</translation>
    </message>
    <message>
        <source>Framework imported</source>
        <translation>Osaamiskehys tuotu</translation>
    </message>
    <message>
        <source>Cause for concern raised</source>
        <translation>Huoli-ilmoitus tehty</translation>
    </message>
    <message>
        <source>Cause for concern changed</source>
        <translation>Huoli-ilmoitusta muutettu</translation>
    </message>
    <message>
        <source>Cause for concern moved on</source>
        <translation>Huoli-ilmoitus siirtyi seuraavaan tilaan</translation>
    </message>
    <message>
        <source>Student answered a cause for concern</source>
        <translation>Opiskelija vastasi huoli-ilmoitukseen</translation>
    </message>
    <message>
        <source>Cause for concern deleted</source>
        <translation>Huoli-ilmoitus poistettu</translation>
    </message>
    <message>
        <source>Cause for concern restored</source>
        <translation>Huoli-ilmoitus palautettu</translation>
    </message>
    <message>
        <source>Progress note added to a goal</source>
        <translation>Tavoitteeseen lisätty edistymismerkintä</translation>
    </message>
    <message>
        <source>Observation marked as discussed</source>
        <translation>Havainto merkitty käsitellyksi</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <source>A student&apos;s data exported on request</source>
        <translation>Opiskelijan tiedot viety pyynnöstä</translation>
    </message>
    <message>
        <source>Records past their retention removed</source>
        <translation>Säilytysajan ylittäneet merkinnät poistettu</translation>
    </message>
    <message>
        <source>Site setting changed</source>
        <translation>Organisaation asetusta muutettu</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Tietokanta salattu</translation>
    </message>
    <message>
        <source>Demonstration data loaded</source>
        <translation>Esittelyaineisto ladattu</translation>
    </message>
    <message>
        <source>Signing key issued</source>
        <translation>Allekirjoitusavain myönnetty</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Allekirjoitusavain poistettu käytöstä</translation>
    </message>
    <message>
        <source>Earlier sign-offs sealed</source>
        <translation>Aiemmat hyväksynnät sinetöity</translation>
    </message>
    <message>
        <source>Wrong passwords counted before the database opened</source>
        <translation>Väärät salasanat laskettu ennen tietokannan avaamista</translation>
    </message>
    <message>
        <source>Failed-attempt counts reset outside mentorlog</source>
        <translation>Epäonnistuneiden yritysten laskurit nollattu mentorlogin ulkopuolella</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Raportti viety</translation>
    </message>
    <message>
        <source>Language chosen</source>
        <translation>Kieli valittu</translation>
    </message>
    <message>
        <source>Academy created</source>
        <translation>Oppilaitos luotu</translation>
    </message>
    <message>
        <source>Academy changed</source>
        <translation>Oppilaitosta muutettu</translation>
    </message>
    <message>
        <source>Cohort created</source>
        <translation>Ryhmä luotu</translation>
    </message>
    <message>
        <source>Cohort changed</source>
        <translation>Ryhmää muutettu</translation>
    </message>
    <message>
        <source>Prison added</source>
        <translation>Vankila lisätty</translation>
    </message>
    <message>
        <source>Prison changed</source>
        <translation>Vankilaa muutettu</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>Osasto lisätty</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>Osastoa muutettu</translation>
    </message>
    <message>
        <source>Placement created</source>
        <translation>Harjoittelu luotu</translation>
    </message>
    <message>
        <source>Placement changed</source>
        <translation>Harjoittelua muutettu</translation>
    </message>
    <message>
        <source>Framework exported</source>
        <translation>Osaamiskehys viety</translation>
    </message>
    <message>
        <source>Observation written</source>
        <translation>Havainto kirjoitettu</translation>
    </message>
    <message>
        <source>Observation changed</source>
        <translation>Havaintoa muutettu</translation>
    </message>
    <message>
        <source>Observation shared with the student</source>
        <translation>Havainto jaettu opiskelijalle</translation>
    </message>
    <message>
        <source>Observation deleted</source>
        <translation>Havainto poistettu</translation>
    </message>
    <message>
        <source>Observation restored</source>
        <translation>Havainto palautettu</translation>
    </message>
    <message>
        <source>Reflection written</source>
        <translation>Reflektio kirjoitettu</translation>
    </message>
    <message>
        <source>Reflection changed</source>
        <translation>Reflektiota muutettu</translation>
    </message>
    <message>
        <source>Reflection deleted</source>
        <translation>Reflektio poistettu</translation>
    </message>
    <message>
        <source>Reflection restored</source>
        <translation>Reflektio palautettu</translation>
    </message>
    <message>
        <source>Review written</source>
        <translation>Arviointi kirjoitettu</translation>
    </message>
    <message>
        <source>Review changed</source>
        <translation>Arviointia muutettu</translation>
    </message>
    <message>
        <source>Review published</source>
        <translation>Arviointi julkaistu</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Arviointi poistettu</translation>
    </message>
    <message>
        <source>Review restored</source>
        <translation>Arviointi palautettu</translation>
    </message>
    <message>
        <source>Goal created</source>
        <translation>Tavoite luotu</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Tavoitetta muutettu</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Tavoite poistettu</translation>
    </message>
    <message>
        <source>Goal restored</source>
        <translation>Tavoite palautettu</translation>
    </message>
    <message>
        <source>Self-assessment recorded</source>
        <translation>Itsearviointi kirjattu</translation>
    </message>
    <message>
        <source>Shift logged</source>
        <translation>Vuoro kirjattu</translation>
    </message>
    <message>
        <source>Logged shift deleted</source>
        <translation>Kirjattu vuoro poistettu</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Käyttäjätunnus</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Epäonnistuneet yritykset</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Asetus</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>Korjaa</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Varmuuskopio</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <source>People needing a new password</source>
        <translation>Uutta salasanaa tarvitsevat henkilöt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Students removed</source>
        <translation>Poistetut opiskelijat</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Opiskelijat</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Harjoittelut</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflektiot</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Tavoitteet</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Arvioinnit</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Työasema</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Aihe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <source>New failures</source>
        <translation>Uudet epäonnistumiset</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Viimeisin epäonnistuminen</translation>
    </message>
    <message>
        <source>Counts restored for</source>
        <translation>Laskurit palautettu tunnuksille</translation>
    </message>
    <message>
        <source>Failures removed</source>
        <translation>Epäonnistumiset poistettu</translation>
    </message>
    <message>
        <source>Counted against</source>
        <translation>Laskettu tunnukselle</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Suoritettu</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Osaamiskehys</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Reflektio</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Arviointi</translation>
    </message>
    <message>
        <source>Cause for concern</source>
        <translation>Huoli-ilmoitus</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Harjoittelu</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Site setting</source>
        <translation>Organisaation asetus</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Allekirjoitusavain</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>minutes before an untouched window locks</source>
        <translation>minuuttia ennen koskemattoman ikkunan lukittumista</translation>
    </message>
    <message>
        <source>privacy check</source>
        <translation>tietosuojatarkistus</translation>
    </message>
    <message>
        <source>prison number formats</source>
        <translation>vankinumeroiden muodot</translation>
    </message>
    <message>
        <source>words before a number</source>
        <translation>sanat ennen numeroa</translation>
    </message>
    <message>
        <source>words before a name</source>
        <translation>sanat ennen nimeä</translation>
    </message>
    <message>
        <source>names watched for</source>
        <translation>tarkkailtavat nimet</translation>
    </message>
    <message>
        <source>words that are never names</source>
        <translation>sanat, jotka eivät koskaan ole nimiä</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>lisätty %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>poistettu %1</translation>
    </message>
    <message>
        <source>unlocked as well</source>
        <translation>lukitus avattu samalla</translation>
    </message>
    <message>
        <source>was not locked</source>
        <translation>ei ollut lukittu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
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
        <translation>Poistetaanko?</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Voit kumota tämän valitsemalla Muokkaa &gt; Kumoa (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Muokkaa &gt; Kumoa (Ctrl+Z) palauttaa sen.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Sinulla on muutoksia, joita ei ole vielä tallennettu.</translation>
    </message>
    <message>
        <source>Discarding drops what you typed since you last saved.</source>
        <translation>Hylkääminen poistaa sen, mitä olet kirjoittanut viimeisen tallennuksen jälkeen.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Tallenna luonnos</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Jatka muokkausta</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AttentionLabels</name>
    <message>
        <source>Act now</source>
        <translation>Agir maintenant</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Demande de l&apos;attention</translation>
    </message>
    <message>
        <source>Keep an eye on</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>final review: not passed</source>
        <translation>bilan final&#xa0;: non réussi</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) escalated to the academy</source>
        <translation>
            <numerusform>%n préoccupation transmise au centre de formation</numerusform>
            <numerusform>%n préoccupations transmises au centre de formation</numerusform>
        </translation>
    </message>
    <message>
        <source>latest review: at risk</source>
        <translation>dernier bilan&#xa0;: en difficulté</translation>
    </message>
    <message numerus="yes">
        <source>%n open cause(s) for concern</source>
        <translation>
            <numerusform>%n signalement de préoccupation ouvert</numerusform>
            <numerusform>%n signalements de préoccupation ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>no final review</source>
        <translation>pas de bilan final</translation>
    </message>
    <message>
        <source>past its end with no final review</source>
        <translation>fin dépassée sans bilan final</translation>
    </message>
    <message numerus="yes">
        <source>final review not held, %n day(s) left</source>
        <translation>
            <numerusform>bilan final non tenu, %n jour restant</numerusform>
            <numerusform>bilan final non tenu, %n jours restants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not responding to training (%n rating(s) in 4 weeks)</source>
        <translation>
            <numerusform>ne répond pas à la formation (%n cotation en 4 semaines)</numerusform>
            <numerusform>ne répond pas à la formation (%n cotations en 4 semaines)</numerusform>
        </translation>
    </message>
    <message>
        <source>mid-point review overdue (due %1)</source>
        <translation>bilan à mi-parcours en retard (prévu le %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies below the level expected by now</source>
        <translation>
            <numerusform>%n compétence en dessous du niveau attendu à ce stade</numerusform>
            <numerusform>%n compétences en dessous du niveau attendu à ce stade</numerusform>
        </translation>
    </message>
    <message>
        <source>not observed yet</source>
        <translation>pas encore observé</translation>
    </message>
    <message numerus="yes">
        <source>no observation for %n day(s)</source>
        <translation>
            <numerusform>aucune observation depuis %n jour</numerusform>
            <numerusform>aucune observation depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>latest review: needs support</source>
        <translation>dernier bilan&#xa0;: besoin de soutien</translation>
    </message>
    <message>
        <source>a concern&apos;s review date has passed</source>
        <translation>la date de bilan d&apos;une préoccupation est dépassée</translation>
    </message>
    <message>
        <source>hours behind (%1 of %2 by now)</source>
        <translation>heures en retard (%1 sur %2 à ce stade)</translation>
    </message>
    <message numerus="yes">
        <source>disagreed with %n entries in 4 weeks</source>
        <translation>
            <numerusform>désaccord sur %n entrée en 4 semaines</numerusform>
            <numerusform>désaccord sur %n entrées en 4 semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for the student&apos;s answer</source>
        <translation>%1 en attente de la réponse du stagiaire</translation>
    </message>
    <message>
        <source>%1 for the mentor&apos;s signature</source>
        <translation>%1 en attente de la signature du mentor</translation>
    </message>
    <message>
        <source>entries waiting over a week: %1</source>
        <translation>entrées en attente depuis plus d&apos;une semaine&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Event %1 · %2</source>
        <translation>Événement %1 · %2</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Search names, workstations, actions…</source>
        <translation>Rechercher des noms, postes, actions…</translation>
    </message>
    <message>
        <source>Search the audit trail</source>
        <translation>Rechercher dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Show only this kind of event</source>
        <translation>N&apos;afficher que ce type d&apos;événement</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Events:</source>
        <translation>&amp;Événements&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période&#xa0;:</translation>
    </message>
    <message>
        <source>Audit events, newest first</source>
        <translation>Événements d&apos;audit, les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Afficher &amp;plus</translation>
    </message>
    <message>
        <source>Each event is signed by whoever acted and chained to the one before; signed records carry the digest of what was signed.</source>
        <translation>Chaque événement est signé par la personne qui a agi et chaîné au précédent&#xa0;; les documents signés portent l&apos;empreinte de ce qui a été signé.</translation>
    </message>
    <message>
        <source>&amp;Verify records…</source>
        <translation>&amp;Vérifier les documents…</translation>
    </message>
    <message>
        <source>No events match these filters. Clear the search, choose “All events” or a longer period.</source>
        <translation>Aucun événement ne correspond à ces filtres. Effacez la recherche, choisissez «&#xa0;Tous les événements&#xa0;» ou une période plus longue.</translation>
    </message>
    <message>
        <source>The audit trail is empty. Sign-ins and changes will appear here.</source>
        <translation>Le journal d&apos;audit est vide. Les connexions et les modifications apparaîtront ici.</translation>
    </message>
    <message>
        <source>Showing %1 of %2 events, newest first</source>
        <translation>%1 événements affichés sur %2, les plus récents d&apos;abord</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore selected…</source>
        <translation>&amp;Restaurer la sélection…</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server. Back it up with the server&apos;s own tools (pg_dump or the server&apos;s backup routine).</source>
        <translation>Cette base de données se trouve sur un serveur PostgreSQL. Sauvegardez-la avec les outils du serveur (pg_dump ou la procédure de sauvegarde du serveur).</translation>
    </message>
    <message>
        <source>mentorlog backs up the database every 30 minutes while you work and when you close it, and checks every copy. Backups are kept in %1.</source>
        <translation>mentorlog sauvegarde la base de données toutes les 30 minutes pendant que vous travaillez et à la fermeture, et vérifie chaque copie. Les sauvegardes sont conservées dans %1.</translation>
    </message>
    <message>
        <source>No backups yet. mentorlog makes one 30 minutes after the first change and whenever it closes; “Back up now” makes one straight away.</source>
        <translation>Aucune sauvegarde pour l&apos;instant. mentorlog en fait une 30 minutes après la première modification et à chaque fermeture&#xa0;; «&#xa0;Sauvegarder maintenant&#xa0;» en fait une immédiatement.</translation>
    </message>
    <message>
        <source>Only an administrator restores backups</source>
        <translation>Seul un administrateur restaure les sauvegardes</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <source>Everything in the database will be replaced by the backup made %1 (%2 hours ago). Whatever was recorded after that will be lost. The database as it is now is backed up first, so this can be undone.</source>
        <translation>Tout le contenu de la base de données sera remplacé par la sauvegarde faite le %1 (il y a %2 heures). Tout ce qui a été enregistré après sera perdu. La base de données actuelle est d&apos;abord sauvegardée&#xa0;: l&apos;opération peut donc être annulée.</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Made</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifiée</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>NON vérifiée&#xa0;: %1</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <source>on closing</source>
        <translation>à la fermeture</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>after a retention purge</source>
        <translation>après une purge de conservation</translation>
    </message>
    <message>
        <source>when encryption was turned on</source>
        <translation>à l&apos;activation du chiffrement</translation>
    </message>
    <message>
        <source>before updating mentorlog</source>
        <translation>avant la mise à jour de mentorlog</translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Training prison</source>
        <translation>Prison de stage</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Every competency</source>
        <translation>Toutes les compétences</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>Each mentor&apos;s ratings beside everyone else&apos;s in the same competencies and phases. ▲ rates higher, ▼ lower than peers, by %1 of a level or more, over several students: an invitation to talk about the scale, not a verdict (it compares ratings, not students).</source>
        <translation>Les cotations de chaque mentor à côté de celles de tous les autres, pour les mêmes compétences et phases. ▲ cote plus haut, ▼ plus bas que ses pairs, d&apos;au moins %1 de niveau, sur plusieurs stagiaires&#xa0;: une invitation à parler de l&apos;échelle, pas un verdict (on compare des cotations, pas des stagiaires).</translation>
    </message>
    <message>
        <source>Mentors</source>
        <translation>Mentors</translation>
    </message>
    <message>
        <source>Prisons</source>
        <translation>Prisons</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>Every prison</source>
        <translation>Toutes les prisons</translation>
    </message>
    <message numerus="yes">
        <source>%Ln rating(s); %1</source>
        <translation>
            <numerusform>%Ln cotation&#xa0;; %1</numerusform>
            <numerusform>%Ln cotations&#xa0;; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) rating apart from peers</source>
        <translation>
            <numerusform>%n mentor cote différemment de ses pairs</numerusform>
            <numerusform>%n mentors cotent différemment de leurs pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>No ratings in this choice yet.</source>
        <translation>Aucune cotation pour cette sélection pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ChangeMentorDialog</name>
    <message>
        <source>New lead mentor for %1</source>
        <translation>Nouveau mentor principal pour %1</translation>
    </message>
    <message>
        <source>&amp;New lead mentor</source>
        <translation>&amp;Nouveau mentor principal</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>À partir &amp;du</translation>
    </message>
    <message>
        <source>&amp;Previous lead</source>
        <translation>Mentor principal &amp;précédent</translation>
    </message>
    <message>
        <source>stays on as a co-mentor</source>
        <translation>reste co-mentor</translation>
    </message>
</context>
<context>
    <name>CohortForm</name>
    <message>
        <source>Edit the cohort</source>
        <translation>Modifier la promotion</translation>
    </message>
    <message>
        <source>Add a cohort</source>
        <translation>Ajouter une promotion</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>&amp;Framework</source>
        <translation>&amp;Référentiel</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Celui en vigueur</translation>
    </message>
</context>
<context>
    <name>CohortsDialog</name>
    <message>
        <source>Cohorts</source>
        <translation>Promotions</translation>
    </message>
    <message>
        <source>&amp;Add cohort…</source>
        <translation>&amp;Ajouter une promotion…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Placements…</source>
        <translation>&amp;Stages…</translation>
    </message>
    <message>
        <source>No cohorts yet. Press “Add cohort” for the students who started together, or import placements: a cohort the file names is made with them.</source>
        <translation>Aucune promotion pour l&apos;instant. Cliquez sur «&#xa0;Ajouter une promotion&#xa0;» pour les stagiaires entrés ensemble, ou importez des stages&#xa0;: une promotion nommée dans le fichier est créée avec eux.</translation>
    </message>
</context>
<context>
    <name>CohortsModel</name>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Celui en vigueur</translation>
    </message>
</context>
<context>
    <name>CompetenciesModel</name>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Mentor&apos;s latest rating</source>
        <translation>Dernière cotation du mentor</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Last observed</source>
        <translation>Dernière observation</translation>
    </message>
    <message>
        <source>Student&apos;s self-assessment</source>
        <translation>Auto-évaluation du stagiaire</translation>
    </message>
    <message>
        <source>The latest level a mentor gave, with its label</source>
        <translation>Le dernier niveau attribué par un mentor, avec son libellé</translation>
    </message>
    <message>
        <source>How many times it was rated (not counting “not observed”)</source>
        <translation>Nombre de fois où elle a été cotée (sans compter «&#xa0;non observé&#xa0;»)</translation>
    </message>
    <message>
        <source>The student&apos;s own latest rating, shown beside the mentor&apos;s and never averaged into it</source>
        <translation>La dernière cotation que le stagiaire s&apos;est attribuée, affichée à côté de celle du mentor et jamais incluse dans sa moyenne</translation>
    </message>
    <message>
        <source>not rated yet</source>
        <translation>pas encore cotée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Recent ratings below %1, the level expected by now</source>
        <translation>Cotations récentes en dessous de %1, le niveau attendu à ce stade</translation>
    </message>
    <message numerus="yes">
        <source>Not observed in the last %n day(s): look out for it on the next shift</source>
        <translation>
            <numerusform>Non observée depuis %n jour&#xa0;: à surveiller au prochain service</numerusform>
            <numerusform>Non observée depuis %n jours&#xa0;: à surveiller au prochain service</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetenciesTab</name>
    <message>
        <source>Competencies</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>100 days ago</source>
        <translation>il y a 100 jours</translation>
    </message>
    <message>
        <source>Your self-assessment is shown beside your mentor&apos;s rating, never averaged into it.</source>
        <translation>Votre auto-évaluation est affichée à côté de la cotation de votre mentor, jamais incluse dans sa moyenne.</translation>
    </message>
    <message>
        <source>Rate m&amp;yself…</source>
        <translation>Me co&amp;ter…</translation>
    </message>
    <message>
        <source>Rate yourself on the chosen competency</source>
        <translation>Vous coter sur la compétence choisie</translation>
    </message>
    <message>
        <source>Choose a competency above to see its trend.</source>
        <translation>Choisissez une compétence ci-dessus pour voir son évolution.</translation>
    </message>
    <message numerus="yes">
        <source>Every competency was observed in the last %n day(s).</source>
        <translation>
            <numerusform>Chaque compétence a été observée au cours du dernier jour.</numerusform>
            <numerusform>Chaque compétence a été observée au cours des %n derniers jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 et %n autre</numerusform>
            <numerusform>%1 et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 competencies were not observed in the last %2 days (highlighted): %3. Look out for them on the next shifts.</source>
        <translation>
            <numerusform>%n compétence sur %1 n&apos;a pas été observée au cours des %2 derniers jours (en surbrillance)&#xa0;: %3. À surveiller lors des prochains services.</numerusform>
            <numerusform>%n compétences sur %1 n&apos;ont pas été observées au cours des %2 derniers jours (en surbrillance)&#xa0;: %3. À surveiller lors des prochains services.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetencyPicker</name>
    <message>
        <source>Find a competency…</source>
        <translation>Rechercher une compétence…</translation>
    </message>
    <message>
        <source>Find a competency</source>
        <translation>Rechercher une compétence</translation>
    </message>
    <message>
        <source>Competencies shown on this shift</source>
        <translation>Compétences montrées pendant ce service</translation>
    </message>
</context>
<context>
    <name>ConcernForm</name>
    <message>
        <source>What was seen, over what time, and why it matters for the placement.</source>
        <translation>Ce qui a été constaté, sur quelle période, et pourquoi c&apos;est important pour le stage.</translation>
    </message>
    <message>
        <source>What the student will do, what support they get, and from whom.</source>
        <translation>Ce que le stagiaire va faire, le soutien qu&apos;il reçoit et de qui.</translation>
    </message>
    <message>
        <source>&amp;Raised on</source>
        <translation>Signalée &amp;le</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Préoccupation</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>Plan d&apos;&amp;action</translation>
    </message>
    <message>
        <source>Re&amp;view on</source>
        <translation>&amp;Bilan le</translation>
    </message>
    <message>
        <source>Outcome: what was done and where things stand (needed to resolve or escalate).</source>
        <translation>Résultat&#xa0;: ce qui a été fait et où en sont les choses (nécessaire pour résoudre ou transmettre).</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Mettre en suivi</translation>
    </message>
    <message>
        <source>Re&amp;solve</source>
        <translation>Ré&amp;soudre</translation>
    </message>
    <message>
        <source>&amp;Escalate</source>
        <translation>&amp;Transmettre</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <source>How you see it, and what you will do (your mentors and coordinator read it)</source>
        <translation>Votre point de vue et ce que vous allez faire (vos mentors et le coordinateur le lisent)</translation>
    </message>
    <message>
        <source>Send &amp;reply</source>
        <translation>Envoyer la &amp;réponse</translation>
    </message>
    <message>
        <source>The student&apos;s reply</source>
        <translation>La réponse du stagiaire</translation>
    </message>
    <message>
        <source>&amp;Your reply (you can change it)</source>
        <translation>&amp;Votre réponse (modifiable)</translation>
    </message>
    <message>
        <source>&amp;Your reply</source>
        <translation>&amp;Votre réponse</translation>
    </message>
    <message>
        <source>Raise a cause for concern</source>
        <translation>Signaler une préoccupation</translation>
    </message>
    <message>
        <source>Cause for concern – %1</source>
        <translation>Signalement de préoccupation – %1</translation>
    </message>
    <message>
        <source>&amp;Raise concern</source>
        <translation>&amp;Signaler la préoccupation</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: handed on to the academy; it stays open until it is resolved</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: transmise au centre de formation&#xa0;; elle reste ouverte jusqu&apos;à sa résolution</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this concern needs follow-up – its review date has come</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: cette préoccupation demande un suivi – sa date de bilan est arrivée</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: this concern needs follow-up</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&#xa0;: cette préoccupation demande un suivi</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; le %2</translation>
    </message>
</context>
<context>
    <name>ConcernsModel</name>
    <message>
        <source>Raised</source>
        <translation>Signalée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Review on</source>
        <translation>Bilan le</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Signalée par</translation>
    </message>
    <message>
        <source>%1 (due)</source>
        <translation>%1 (échue)</translation>
    </message>
    <message>
        <source>%1, needs follow-up</source>
        <translation>%1, suivi nécessaire</translation>
    </message>
</context>
<context>
    <name>ConcernsTab</name>
    <message>
        <source>&amp;Raise concern…</source>
        <translation>&amp;Signaler une préoccupation…</translation>
    </message>
    <message numerus="yes">
        <source>%n open concern(s)</source>
        <translation>
            <numerusform>%n préoccupation ouverte</numerusform>
            <numerusform>%n préoccupations ouvertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated concern(s)</source>
        <translation>
            <numerusform>%n préoccupation transmise</numerusform>
            <numerusform>%n préoccupations transmises</numerusform>
        </translation>
    </message>
    <message>
        <source>No open concerns</source>
        <translation>Aucune préoccupation ouverte</translation>
    </message>
    <message>
        <source>No concerns have been raised.</source>
        <translation>Aucune préoccupation n&apos;a été signalée.</translation>
    </message>
    <message>
        <source>No concerns raised. When a student is not progressing, press “Raise concern” to record what you see, agree an action plan and set a date to review it.</source>
        <translation>Aucune préoccupation signalée. Quand un stagiaire ne progresse pas, cliquez sur «&#xa0;Signaler une préoccupation&#xa0;» pour consigner ce que vous constatez, convenir d&apos;un plan d&apos;action et fixer une date de bilan.</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Delete this concern? Use Resolve instead if it has been dealt with.</source>
        <translation>Supprimer cette préoccupation&#xa0;? Utilisez plutôt «&#xa0;Résoudre&#xa0;» si elle a été traitée.</translation>
    </message>
    <message>
        <source>Concern deleted</source>
        <translation>Préoccupation supprimée</translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message>
        <source>Attention</source>
        <translation>Attention</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Prison</source>
        <translation>Prison</translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation>Mentor principal</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Outcome so far</source>
        <translation>Résultat à ce jour</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>NRT</source>
        <translation>NRF</translation>
    </message>
    <message>
        <source>Remedial</source>
        <translation>Remédiation</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Désaccords</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Last obs.</source>
        <translation>Dern. obs.</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Below exp.</source>
        <translation>Sous niv. att.</translation>
    </message>
    <message>
        <source>How soon to look, from the reasons at the end of the row</source>
        <translation>Dans quel délai regarder, selon les motifs en fin de ligne</translation>
    </message>
    <message>
        <source>Days until the placement ends</source>
        <translation>Jours avant la fin du stage</translation>
    </message>
    <message>
        <source>The final review&apos;s result, else the latest review&apos;s</source>
        <translation>Le résultat du bilan final, sinon celui du dernier bilan</translation>
    </message>
    <message>
        <source>Open causes for concern, escalated ones included</source>
        <translation>Signalements de préoccupation ouverts, y compris ceux transmis</translation>
    </message>
    <message>
        <source>Reviews overdue or missing</source>
        <translation>Bilans en retard ou manquants</translation>
    </message>
    <message>
        <source>Ratings marked &apos;not responding to training&apos; in the placement</source>
        <translation>Cotations «&#xa0;ne répond pas à la formation&#xa0;» pendant le stage</translation>
    </message>
    <message>
        <source>Minutes of remedial training logged</source>
        <translation>Minutes de remédiation enregistrées</translation>
    </message>
    <message>
        <source>Why, in words (the whole list in the row&apos;s tooltip)</source>
        <translation>Pourquoi, en mots (la liste complète dans l&apos;infobulle de la ligne)</translation>
    </message>
    <message>
        <source>Entries the student disagreed with</source>
        <translation>Entrées avec lesquelles le stagiaire n&apos;est pas d&apos;accord</translation>
    </message>
    <message>
        <source>Entries shared over a week ago still waiting: for the student&apos;s answer / for the mentor&apos;s signature</source>
        <translation>Entrées partagées il y a plus d&apos;une semaine toujours en attente&#xa0;: de la réponse du stagiaire / de la signature du mentor</translation>
    </message>
    <message>
        <source>Days since the last observation</source>
        <translation>Jours depuis la dernière observation</translation>
    </message>
    <message>
        <source>Hours logged / the target pro-rated to today</source>
        <translation>Heures prestées / objectif au prorata à ce jour</translation>
    </message>
    <message>
        <source>Competencies whose recent ratings are below the level expected by now</source>
        <translation>Compétences dont les cotations récentes sont en dessous du niveau attendu à ce stade</translation>
    </message>
    <message>
        <source>Mid-point overdue</source>
        <translation>Mi-parcours en retard</translation>
    </message>
    <message>
        <source>No final review</source>
        <translation>Pas de bilan final</translation>
    </message>
    <message>
        <source>Final due</source>
        <translation>Bilan final dû</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2 esc.)</source>
        <translation>%1 (%2 transm.)</translation>
    </message>
    <message>
        <source>%1: %2; %3; %4 – %5</source>
        <translation>%1&#xa0;: %2&#xa0;; %3&#xa0;; %4 – %5</translation>
    </message>
    <message>
        <source>%1 of %2 hours; %3 expected by today</source>
        <translation>%1 heures sur %2&#xa0;; %3 attendues à ce jour</translation>
    </message>
    <message numerus="yes">
        <source>%n in the last four weeks</source>
        <translation>
            <numerusform>%n au cours des quatre dernières semaines</numerusform>
            <numerusform>%n au cours des quatre dernières semaines</numerusform>
        </translation>
    </message>
    <message>
        <source>Level expected by now: %1</source>
        <translation>Niveau attendu à ce stade&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Find a student, prison or cohort</source>
        <translation>Rechercher un stagiaire, une prison ou une promotion</translation>
    </message>
    <message>
        <source>Find in the dashboard</source>
        <translation>Rechercher dans le tableau de bord</translation>
    </message>
    <message>
        <source>Academy</source>
        <translation>Centre de formation</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Training prison</source>
        <translation>Prison de stage</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Every phase</source>
        <translation>Toutes les phases</translation>
    </message>
    <message>
        <source>&amp;Needs attention only</source>
        <translation>&amp;Seulement ceux qui demandent de l&apos;attention</translation>
    </message>
    <message>
        <source>Show &amp;ended placements</source>
        <translation>Afficher les stages &amp;terminés</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save these rows as CSV for the academy&apos;s records</source>
        <translation>Enregistrer ces lignes en CSV pour les archives du centre de formation</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Every academy</source>
        <translation>Tous les centres de formation</translation>
    </message>
    <message>
        <source>Every cohort</source>
        <translation>Toutes les promotions</translation>
    </message>
    <message>
        <source>Every prison</source>
        <translation>Toutes les prisons</translation>
    </message>
    <message>
        <source>Every mentor</source>
        <translation>Tous les mentors</translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s): %1 to act on now, %2 needing attention</source>
        <translation>
            <numerusform>%n stage&#xa0;: %1 à traiter maintenant, %2 demandant de l&apos;attention</numerusform>
            <numerusform>%n stages&#xa0;: %1 à traiter maintenant, %2 demandant de l&apos;attention</numerusform>
        </translation>
    </message>
    <message>
        <source>No placement needs attention now. Untick “Needs attention only” to see every placement.</source>
        <translation>Aucun stage ne demande d&apos;attention pour l&apos;instant. Décochez «&#xa0;Seulement ceux qui demandent de l&apos;attention&#xa0;» pour voir tous les stages.</translation>
    </message>
    <message>
        <source>No placement matches these filters. Widen or clear them.</source>
        <translation>Aucun stage ne correspond à ces filtres. Élargissez-les ou effacez-les.</translation>
    </message>
    <message>
        <source>None of these placements is current. Tick “Show ended placements” to see the ended ones.</source>
        <translation>Aucun de ces stages n&apos;est en cours. Cochez «&#xa0;Afficher les stages terminés&#xa0;» pour voir les stages terminés.</translation>
    </message>
    <message>
        <source>Export the dashboard</source>
        <translation>Exporter le tableau de bord</translation>
    </message>
    <message>
        <source>attention dashboard.csv</source>
        <translation>tableau de bord attention.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>%n ligne enregistrée dans %1</numerusform>
            <numerusform>%n lignes enregistrées dans %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseBanner</name>
    <message>
        <source>This database was found damaged, so it is open to read only: nothing can be saved. Restore the newest verified backup (File &gt; Backups) to go on working.</source>
        <translation>Cette base de données a été trouvée endommagée&#xa0;; elle est donc ouverte en lecture seule&#xa0;: rien ne peut être enregistré. Restaurez la sauvegarde vérifiée la plus récente (Fichier &gt; Sauvegardes) pour continuer à travailler.</translation>
    </message>
    <message>
        <source>This database is on read-only media: you can read it, make reports and export, but nothing can be saved here. To work in it, copy it with its .keys file to a folder you can write to.</source>
        <translation>Cette base de données se trouve sur un support en lecture seule&#xa0;: vous pouvez la consulter, faire des rapports et exporter, mais rien ne peut y être enregistré. Pour y travailler, copiez-la avec son fichier .keys dans un dossier où vous pouvez écrire.</translation>
    </message>
</context>
<context>
    <name>DisagreeDialog</name>
    <message>
        <source>I disagree</source>
        <translation>Je ne suis pas d&apos;accord</translation>
    </message>
    <message>
        <source>Say what you disagree with in the feedback of %1 from %2. Your comment is kept with this version of the feedback, so you and your mentor can discuss it.</source>
        <translation>Indiquez ce avec quoi vous n&apos;êtes pas d&apos;accord dans le retour du %1 de %2. Votre commentaire est conservé avec cette version du retour, pour que vous puissiez en discuter avec votre mentor.</translation>
    </message>
    <message>
        <source>&amp;Why you disagree (required)</source>
        <translation>&amp;Motif du désaccord (obligatoire)</translation>
    </message>
    <message>
        <source>Why you disagree</source>
        <translation>Motif du désaccord</translation>
    </message>
    <message>
        <source>e.g. I asked him to step back before I searched the cell.</source>
        <translation>p. ex. Je lui ai demandé de reculer avant de fouiller la cellule.</translation>
    </message>
    <message>
        <source>&amp;Record disagreement</source>
        <translation>&amp;Enregistrer le désaccord</translation>
    </message>
</context>
<context>
    <name>DossierHeader</name>
    <message>
        <source>Hours logged against the target</source>
        <translation>Heures prestées par rapport à l&apos;objectif</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>%1 phase · %2</source>
        <translation>Phase&#xa0;: %1 · %2</translation>
    </message>
    <message>
        <source>cohort %1</source>
        <translation>promotion %1</translation>
    </message>
    <message>
        <source>Mentors: %1</source>
        <translation>Mentors&#xa0;: %1</translation>
    </message>
    <message>
        <source>No mentor assigned yet</source>
        <translation>Aucun mentor désigné pour l&apos;instant</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 of %2 h</source>
        <translation>%1 h sur %2</translation>
    </message>
    <message>
        <source>%1 h (no target set)</source>
        <translation>%1 h (aucun objectif fixé)</translation>
    </message>
    <message>
        <source>Dossier of %1</source>
        <translation>Dossier de %1</translation>
    </message>
</context>
<context>
    <name>DossierView</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>&amp;Competencies</source>
        <translation>Co&amp;mpétences</translation>
    </message>
    <message>
        <source>&amp;Goals</source>
        <translation>&amp;Objectifs</translation>
    </message>
    <message>
        <source>&amp;Reviews</source>
        <translation>&amp;Bilans</translation>
    </message>
    <message>
        <source>C&amp;oncerns</source>
        <translation>Préoccupation&amp;s</translation>
    </message>
    <message>
        <source>Choose a student on the left to open their dossier. Type in the filter above the list to find someone quickly.</source>
        <translation>Choisissez un stagiaire à gauche pour ouvrir son dossier. Tapez dans le filtre au-dessus de la liste pour trouver rapidement quelqu&apos;un.</translation>
    </message>
    <message>
        <source>Feedbac&amp;k</source>
        <translation>&amp;Retours</translation>
    </message>
</context>
<context>
    <name>DraftRecovery</name>
    <message>
        <source>Unfinished work</source>
        <translation>Travail non terminé</translation>
    </message>
    <message>
        <source>mentorlog kept text you were typing when it last stopped. Open it to carry on, or discard what you no longer need.</source>
        <translation>mentorlog a conservé le texte que vous étiez en train de taper lors de son dernier arrêt. Ouvrez-le pour continuer, ou supprimez ce dont vous n&apos;avez plus besoin.</translation>
    </message>
    <message>
        <source>Unfinished drafts</source>
        <translation>Brouillons non terminés</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Amendment of a signed observation</source>
        <translation>Rectification d&apos;une observation signée</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>%1 for %2, autosaved %3</source>
        <translation>%1 pour %2, enregistré automatiquement (%3)</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>Text kept safe (autosaved %1)</source>
        <translation>Texte mis en sécurité (enregistré automatiquement&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Not saved: see the problems marked in red.</source>
        <translation>Non enregistré&#xa0;: voyez les problèmes signalés en rouge.</translation>
    </message>
    <message>
        <source>Not saved yet: someone saved a newer version.</source>
        <translation>Pas encore enregistré&#xa0;: quelqu&apos;un a enregistré une version plus récente.</translation>
    </message>
    <message>
        <source>Showing the newer version</source>
        <translation>Version plus récente affichée</translation>
    </message>
    <message>
        <source>Not saved: your text is still here.</source>
        <translation>Non enregistré&#xa0;: votre texte est toujours là.</translation>
    </message>
</context>
<context>
    <name>EndDialog</name>
    <message>
        <source>End %1&apos;s placement</source>
        <translation>Mettre fin au stage de %1</translation>
    </message>
    <message>
        <source>&amp;Last day</source>
        <translation>&amp;Dernier jour</translation>
    </message>
    <message>
        <source>&amp;Why</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Interrupted (to be resumed later)</source>
        <translation>Interrompu (à reprendre plus tard)</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Completing the placement signs it off: your signature covers its dates, status, target hours and framework.</source>
        <translation>Terminer le stage le valide&#xa0;: votre signature couvre ses dates, son statut, ses heures prévues et son référentiel.</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Raison</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export progress reports</source>
        <translation>Exporter les rapports de progression</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>&amp;One student</source>
        <translation>&amp;Un stagiaire</translation>
    </message>
    <message>
        <source>&amp;Several students</source>
        <translation>&amp;Plusieurs stagiaires</translation>
    </message>
    <message>
        <source>A whole &amp;cohort, with its summary</source>
        <translation>Toute une pro&amp;motion, avec sa synthèse</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Students to export</source>
        <translation>Stagiaires à exporter</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>There are no placements you may report on yet. Once a student has a placement, their progress report can be exported here.</source>
        <translation>Il n&apos;y a pas encore de stage sur lequel vous pouvez faire rapport. Dès qu&apos;un stagiaire a un stage, son rapport de progression peut être exporté ici.</translation>
    </message>
    <message>
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Save &amp;to:</source>
        <translation>Enregistrer &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l&apos;export</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Cancel e&amp;xport</source>
        <translation>Annuler l&apos;e&amp;xport</translation>
    </message>
    <message>
        <source>Open &amp;file</source>
        <translation>Ouvrir le &amp;fichier</translation>
    </message>
    <message>
        <source>Open f&amp;older</source>
        <translation>Ouvrir le d&amp;ossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Loading students…</source>
        <translation>Chargement des stagiaires…</translation>
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
        <translation>Enregistrer le rapport sous</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the reports in</source>
        <translation>Enregistrer les rapports dans</translation>
    </message>
    <message>
        <source>Tick at least one student to export.</source>
        <translation>Cochez au moins un stagiaire à exporter.</translation>
    </message>
    <message>
        <source>Choose where to save.</source>
        <translation>Choisissez où enregistrer.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Stopping after the current report…</source>
        <translation>Arrêt après le rapport en cours…</translation>
    </message>
    <message>
        <source>Writing %1 (%2 of %3)…</source>
        <translation>Écriture de %1 (%2 sur %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n report(s) were written whole before it stopped; nothing half-written was left.</source>
        <translation>
            <numerusform>Export annulé&#xa0;: %n rapport a été écrit en entier avant l&apos;arrêt&#xa0;; aucun fichier à moitié écrit n&apos;a été laissé.</numerusform>
            <numerusform>Export annulé&#xa0;: %n rapports ont été écrits en entier avant l&apos;arrêt&#xa0;; aucun fichier à moitié écrit n&apos;a été laissé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s), %1 in all.</source>
        <translation>
            <numerusform>%n PDF écrit, %1 au total.</numerusform>
            <numerusform>%n PDF écrits, %1 au total.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Left out (nothing in the period): %1</source>
        <translation>Non repris (rien sur la période)&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend %1&apos;s placement</source>
        <translation>Prolonger le stage de %1</translation>
    </message>
    <message>
        <source>&amp;New end</source>
        <translation>&amp;Nouvelle fin</translation>
    </message>
    <message>
        <source>&amp;More target hours</source>
        <translation>&amp;Heures supplémentaires prévues</translation>
    </message>
</context>
<context>
    <name>FeedbackModel</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris connaissance</translation>
    </message>
    <message>
        <source>Disagreed</source>
        <translation>Désaccord</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message>
        <source>New feedback</source>
        <translation>Nouveaux retours</translation>
    </message>
    <message>
        <source>Answered feedback</source>
        <translation>Retours traités</translation>
    </message>
    <message>
        <source>&lt;b&gt;&amp;New feedback&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Nouveaux retours&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Ans&amp;wered&lt;/b&gt;</source>
        <translation>&lt;b&gt;&amp;Traités&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The chosen feedback</source>
        <translation>Le retour choisi</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Prendre conn&amp;aissance</translation>
    </message>
    <message>
        <source>You have read this feedback; your mentor sees that you acknowledged it</source>
        <translation>Vous avez lu ce retour&#xa0;; votre mentor voit que vous en avez pris connaissance</translation>
    </message>
    <message>
        <source>I &amp;disagree…</source>
        <translation>Je ne suis pas &amp;d&apos;accord…</translation>
    </message>
    <message>
        <source>Record that you disagree, with a comment saying why</source>
        <translation>Indiquer votre désaccord, avec un commentaire expliquant pourquoi</translation>
    </message>
    <message>
        <source>Ref&amp;lect on this…</source>
        <translation>Réf&amp;léchir à ce retour…</translation>
    </message>
    <message>
        <source>Write a reflection linked to this feedback</source>
        <translation>Écrire une réflexion liée à ce retour</translation>
    </message>
    <message>
        <source>No new feedback — everything has been acknowledged. New feedback from your mentor appears here first.</source>
        <translation>Aucun nouveau retour — vous avez pris connaissance de tout. Les nouveaux retours de votre mentor apparaissent d&apos;abord ici.</translation>
    </message>
    <message>
        <source>Feedback you have acknowledged or disagreed with is kept here.</source>
        <translation>Les retours dont vous avez pris connaissance ou avec lesquels vous n&apos;êtes pas d&apos;accord sont conservés ici.</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n nouveau</numerusform>
            <numerusform>%n nouveaux</numerusform>
        </translation>
    </message>
    <message>
        <source>No new feedback — everything has been acknowledged.</source>
        <translation>Aucun nouveau retour — vous avez pris connaissance de tout.</translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) waiting for your signature</source>
        <translation>
            <numerusform>%n bilan attend votre signature</numerusform>
            <numerusform>%n bilans attendent votre signature</numerusform>
        </translation>
    </message>
    <message>
        <source>The %1 most recent of %2 answers; the timeline and your progress report have them all.</source>
        <translation>Les %1 réponses les plus récentes sur %2&#xa0;; la chronologie et votre rapport de progression les contiennent toutes.</translation>
    </message>
    <message>
        <source>Choose feedback in a list to read it here.</source>
        <translation>Choisissez un retour dans une liste pour le lire ici.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Cotations</translation>
    </message>
    <message>
        <source>You acknowledged version %1 on %2.</source>
        <translation>Vous avez pris connaissance de la version %1 le %2.</translation>
    </message>
    <message>
        <source>You disagreed with version %1 on %2:</source>
        <translation>Vous avez exprimé votre désaccord avec la version %1 le %2&#xa0;:</translation>
    </message>
    <message>
        <source>Your mentor corrected this feedback (version %1).</source>
        <translation>Votre mentor a corrigé ce retour (version %1).</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Guard missing</source>
        <translation>Protection manquante</translation>
    </message>
    <message>
        <source>Trail broken</source>
        <translation>Chaîne rompue</translation>
    </message>
    <message>
        <source>Trail cut short</source>
        <translation>Chaîne tronquée</translation>
    </message>
    <message>
        <source>Signature fails</source>
        <translation>Signature invalide</translation>
    </message>
    <message>
        <source>Wrong key</source>
        <translation>Mauvaise clé</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Content changed</source>
        <translation>Contenu modifié</translation>
    </message>
    <message>
        <source>No longer locked</source>
        <translation>Plus verrouillé</translation>
    </message>
    <message>
        <source>Sign-off missing</source>
        <translation>Validation manquante</translation>
    </message>
    <message>
        <source>Record missing</source>
        <translation>Document manquant</translation>
    </message>
    <message>
        <source>Not on the trail</source>
        <translation>Absent de la chaîne</translation>
    </message>
    <message>
        <source>Seal broken</source>
        <translation>Sceau brisé</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Ce qui ne va pas</translation>
    </message>
</context>
<context>
    <name>FirstPasswordDialog</name>
    <message>
        <source>Choose your password</source>
        <translation>Choisissez votre mot de passe</translation>
    </message>
    <message>
        <source>Welcome, %1. You signed in with the one-time password from your sign-in sheet; choose your own now (at least %2 characters). The one-time password stops working once it is saved.</source>
        <translation>Bienvenue, %1. Vous vous êtes connecté avec le mot de passe à usage unique de votre fiche de connexion&#xa0;; choisissez maintenant le vôtre (au moins %2 caractères). Le mot de passe à usage unique cesse de fonctionner dès que le nouveau est enregistré.</translation>
    </message>
    <message>
        <source>&amp;One-time password</source>
        <translation>Mot de passe à &amp;usage unique</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Confirmer le nouveau mot de &amp;passe</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to mentorlog</source>
        <translation>Bienvenue dans mentorlog</translation>
    </message>
    <message>
        <source>This database is empty. Set mentorlog up for your site by creating the first administrator account, or load demo data to look around first.</source>
        <translation>Cette base de données est vide. Configurez mentorlog pour votre site en créant le premier compte administrateur, ou chargez des données de démonstration pour découvrir l&apos;application.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Language of this site:</source>
        <translation>&amp;Langue de ce site :</translation>
    </message>
    <message>
        <source>Create the first administrator</source>
        <translation>Créer le premier administrateur</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Confirmer le mot de pa&amp;sse</translation>
    </message>
    <message>
        <source>The password needs at least 8 characters.</source>
        <translation>Le mot de passe doit comporter au moins 8 caractères.</translation>
    </message>
    <message>
        <source>&amp;Create administrator and sign in</source>
        <translation>&amp;Créer l&apos;administrateur et se connecter</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Look around with demo data</source>
        <translation>Découvrir avec des données de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Loads a made-up academy with training prisons in Belgium, Finland, Norway and Estonia, %n students and their observations, reflections, goals, reviews and concerns. Afterwards sign in as admin, coordinator, mentor or student, each with the password demo.</source>
        <translation>
            <numerusform>Charge un centre de formation fictif avec des prisons de stage en Belgique, en Finlande, en Norvège et en Estonie, %n stagiaire et ses observations, réflexions, objectifs, bilans et préoccupations. Connectez-vous ensuite sous le nom d&apos;utilisateur admin, coordinator, mentor ou student, chacun avec le mot de passe demo.</numerusform>
            <numerusform>Charge un centre de formation fictif avec des prisons de stage en Belgique, en Finlande, en Norvège et en Estonie, %n stagiaires et leurs observations, réflexions, objectifs, bilans et préoccupations. Connectez-vous ensuite sous le nom d&apos;utilisateur admin, coordinator, mentor ou student, chacun avec le mot de passe demo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Load demo data</source>
        <translation>&amp;Charger les données de démonstration</translation>
    </message>
    <message>
        <source>Demo data progress</source>
        <translation>Progression des données de démonstration</translation>
    </message>
    <message>
        <source>Loading demo data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
</context>
<context>
    <name>FrameworksDialog</name>
    <message>
        <source>Frameworks</source>
        <translation>Référentiels</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>No framework yet. Press “Import” to add the academy&apos;s own (JSON or XLSX).</source>
        <translation>Aucun référentiel pour l&apos;instant. Cliquez sur «&#xa0;Importer&#xa0;» pour ajouter celui du centre de formation (JSON ou XLSX).</translation>
    </message>
    <message>
        <source>The framework to import</source>
        <translation>Le référentiel à importer</translation>
    </message>
    <message>
        <source>Frameworks (*.json *.xlsx);;All files (*)</source>
        <translation>Référentiels (*.json *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1, version %2, is now in force (%3 competencies, scale %4).</source>
        <translation>%1, version %2, est désormais en vigueur (%3 compétences, échelle %4).</translation>
    </message>
    <message>
        <source>Export the framework</source>
        <translation>Exporter le référentiel</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>Classeur Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <translation>Écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>FrameworksModel</name>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <source>e.g. Start conversations on the landing unprompted</source>
        <translation>p. ex. Engager la conversation sur la coursive sans y être invité</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>What the student will do, with what support, and how progress will show.</source>
        <translation>Ce que le stagiaire va faire, avec quel soutien, et comment les progrès se verront.</translation>
    </message>
    <message>
        <source>&amp;Save goal</source>
        <translation>&amp;Enregistrer l&apos;objectif</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Objectif</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>S&amp;tatut</translation>
    </message>
    <message>
        <source>&amp;Develops</source>
        <translation>&amp;Compétences visées</translation>
    </message>
    <message>
        <source>&amp;Action plan</source>
        <translation>Plan d&apos;&amp;action</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Notes de progression</translation>
    </message>
    <message>
        <source>What has happened towards this goal?</source>
        <translation>Qu&apos;est-ce qui a été fait pour atteindre cet objectif&#xa0;?</translation>
    </message>
    <message>
        <source>Add &amp;note</source>
        <translation>Ajouter une &amp;note</translation>
    </message>
    <message>
        <source>&lt;b&gt;Progress notes&lt;/b&gt;</source>
        <translation>&lt;b&gt;Notes de progression&lt;/b&gt;</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <source>No competency named</source>
        <translation>Aucune compétence indiquée</translation>
    </message>
</context>
<context>
    <name>GoalsModel</name>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Competencies</source>
        <translation>Compétences</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message>
        <source>&amp;New goal</source>
        <translation>&amp;Nouvel objectif</translation>
    </message>
    <message numerus="yes">
        <source>%n open · %1 overdue</source>
        <translation>
            <numerusform>%n ouvert · %1 en retard</numerusform>
            <numerusform>%n ouverts · %1 en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n ouvert</numerusform>
            <numerusform>%n ouverts</numerusform>
        </translation>
    </message>
    <message>
        <source>No goals yet. Goals you agree with your mentor appear here, and you can note your progress on each.</source>
        <translation>Aucun objectif pour l&apos;instant. Les objectifs convenus avec votre mentor apparaissent ici, et vous pouvez noter vos progrès pour chacun.</translation>
    </message>
    <message>
        <source>No goals have been set for this placement yet.</source>
        <translation>Aucun objectif n&apos;a encore été fixé pour ce stage.</translation>
    </message>
    <message>
        <source>No goals yet. Press “New goal” to agree the first one: what to work on, the action plan, and by when.</source>
        <translation>Aucun objectif pour l&apos;instant. Cliquez sur «&#xa0;Nouvel objectif&#xa0;» pour convenir du premier&#xa0;: sur quoi travailler, le plan d&apos;action et pour quand.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Delete the goal “%1”?</source>
        <translation>Supprimer l&apos;objectif «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Objectif supprimé</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <source>mentorlog help</source>
        <translation>Aide de mentorlog</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign %1 out?</source>
        <translation>Déconnecter %1&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>New prisons, units and cohorts (%1):</source>
        <translation>Nouvelles prisons, sections et promotions (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Would make (%1):</source>
        <translation>Créerait (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Made (%1):</source>
        <translation>Créés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Would change (%1):</source>
        <translation>Modifierait (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Changed (%1):</source>
        <translation>Modifiés (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>Left alone (%1):</source>
        <translation>Laissés tels quels (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>The file holds nothing new.</source>
        <translation>Le fichier ne contient rien de nouveau.</translation>
    </message>
    <message>
        <source>Import people or placements</source>
        <translation>Importer des personnes ou des stages</translation>
    </message>
    <message>
        <source>People (given_name, family_name, username, roles, email)</source>
        <translation>Personnes (given_name, family_name, username, roles, email)</translation>
    </message>
    <message>
        <source>Placements (student, cohort, prison, unit, mentor, start, end, target_hours)</source>
        <translation>Stages (student, cohort, prison, unit, mentor, start, end, target_hours)</translation>
    </message>
    <message>
        <source>A .csv or .xlsx file</source>
        <translation>Un fichier .csv ou .xlsx</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Where the new accounts&apos; one-time passwords go</source>
        <translation>Où vont les mots de passe à usage unique des nouveaux comptes</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oisir…</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Quoi</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Sign-in &amp;sheet</source>
        <translation>Fiche de &amp;connexion</translation>
    </message>
    <message>
        <source>CSV as Excel saves it (UTF-8, &apos;;&apos; or &apos;,&apos;), or an Excel workbook. “Check” shows what the file would do and writes nothing; a file with any bad row is not imported. The sign-in sheet (PDF or CSV) is written once and kept nowhere else.</source>
        <translation>CSV tel qu&apos;Excel l&apos;enregistre (UTF-8, &apos;;&apos; ou &apos;,&apos;), ou un classeur Excel. «&#xa0;Vérifier&#xa0;» montre ce que le fichier ferait sans rien écrire&#xa0;; un fichier comportant une ligne erronée n&apos;est pas importé. La fiche de connexion (PDF ou CSV) est écrite une seule fois et n&apos;est conservée nulle part ailleurs.</translation>
    </message>
    <message>
        <source>What the import would do</source>
        <translation>Ce que l&apos;import ferait</translation>
    </message>
    <message>
        <source>Choose a file and press Check.</source>
        <translation>Choisissez un fichier et cliquez sur Vérifier.</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>Le fichier à importer</translation>
    </message>
    <message>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>Tableaux (*.csv *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Where the sign-in sheet goes</source>
        <translation>Où va la fiche de connexion</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;CSV (*.csv)</source>
        <translation>PDF (*.pdf);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Choose the file to import first.</source>
        <translation>Choisissez d&apos;abord le fichier à importer.</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Choose where the sign-in sheet goes: it holds the new accounts&apos; one-time passwords, and mentorlog keeps no copy.</source>
        <translation>Choisissez où va la fiche de connexion&#xa0;: elle contient les mots de passe à usage unique des nouveaux comptes, et mentorlog n&apos;en garde aucune copie.</translation>
    </message>
    <message>
        <source>Nothing was written yet.</source>
        <translation>Rien n&apos;a encore été écrit.</translation>
    </message>
    <message>
        <source>The sign-in sheet is in %1: hand each person their line; each must choose their own password at the first sign-in.</source>
        <translation>La fiche de connexion se trouve dans %1&#xa0;: remettez à chaque personne sa ligne&#xa0;; chacune doit choisir son propre mot de passe à la première connexion.</translation>
    </message>
    <message>
        <source>Nothing was imported: mend the file and check it again.</source>
        <translation>Rien n&apos;a été importé&#xa0;: corrigez le fichier et vérifiez-le à nouveau.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>&amp;Your language</source>
        <translation>&amp;Votre langue</translation>
    </message>
    <message>
        <source>mentorlog speaks this language to you on every workstation. The change takes effect at once: the main window is built again in it. An editor you have open stays as it is, with what you typed, until you close it.</source>
        <translation>mentorlog vous parle dans cette langue sur chaque poste de travail. Le changement est immédiat&#xa0;: la fenêtre principale est reconstruite dans cette langue. Une fenêtre d&apos;édition ouverte reste telle quelle, avec ce que vous avez tapé, jusqu&apos;à ce que vous la fermiez.</translation>
    </message>
    <message>
        <source>&amp;Site default</source>
        <translation>Langue par &amp;défaut du site</translation>
    </message>
    <message>
        <source>Everyone who has not chosen a language works in the site&apos;s default, and the sign-in screen shows in it.</source>
        <translation>Toute personne qui n&apos;a pas choisi de langue travaille dans la langue par défaut du site, et l&apos;écran de connexion s&apos;affiche dans celle-ci.</translation>
    </message>
    <message>
        <source>The site&apos;s default (%1)</source>
        <translation>Langue par défaut du site (%1)</translation>
    </message>
</context>
<context>
    <name>ListDetailTab</name>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Choose a student on the left to see this part of their file.</source>
        <translation>Choisissez un stagiaire à gauche pour voir cette partie de son dossier.</translation>
    </message>
    <message>
        <source>Choose one in the list to see it here.</source>
        <translation>Choisissez un élément dans la liste pour le voir ici.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Your password</source>
        <translation>Votre mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Someone else at this workstation? Sign this person out; whatever they were writing stays saved as a draft for them.</source>
        <translation>Quelqu&apos;un d&apos;autre à ce poste&#xa0;? Déconnectez cette personne&#xa0;; ce qu&apos;elle rédigeait reste enregistré pour elle comme brouillon.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Dé&amp;connecter</translation>
    </message>
    <message>
        <source>Locked — %1</source>
        <translation>Verrouillé — %1</translation>
    </message>
    <message>
        <source>This window locked itself to keep its records private. Enter your password to carry on where you left off: nothing you were writing is lost.</source>
        <translation>Cette fenêtre s&apos;est verrouillée pour protéger la confidentialité de ses documents. Saisissez votre mot de passe pour reprendre là où vous en étiez&#xa0;: rien de ce que vous rédigiez n&apos;est perdu.</translation>
    </message>
    <message>
        <source>This window is locked to keep its records private. Enter your password to carry on where you left off: nothing you were writing is lost.</source>
        <translation>Cette fenêtre est verrouillée pour protéger la confidentialité de ses documents. Saisissez votre mot de passe pour reprendre là où vous en étiez&#xa0;: rien de ce que vous rédigiez n&apos;est perdu.</translation>
    </message>
    <message>
        <source>Enter your password to unlock.</source>
        <translation>Saisissez votre mot de passe pour déverrouiller.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>MainViews</name>
    <message>
        <source>&amp;Attention</source>
        <translation>&amp;Attention</translation>
    </message>
    <message>
        <source>&amp;My students</source>
        <translation>&amp;Mes stagiaires</translation>
    </message>
    <message>
        <source>&amp;Calibration</source>
        <translation>&amp;Harmonisation</translation>
    </message>
    <message>
        <source>&amp;Placements</source>
        <translation>&amp;Stages</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New &amp;observation…</source>
        <translation>Nouvelle &amp;observation…</translation>
    </message>
    <message>
        <source>New &amp;reflection…</source>
        <translation>Nouvelle &amp;réflexion…</translation>
    </message>
    <message>
        <source>&amp;Export reports…</source>
        <translation>&amp;Exporter les rapports…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Sauvegardes…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>Choose the language mentorlog speaks to you</source>
        <translation>Choisir la langue dans laquelle mentorlog vous parle</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Sign out or switch user; the app stays open</source>
        <translation>Se déconnecter ou changer d&apos;utilisateur&#xa0;; l&apos;application reste ouverte</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock the window now; your password unlocks it</source>
        <translation>Verrouiller la fenêtre maintenant&#xa0;; votre mot de passe la déverrouille</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find in timeline</source>
        <translation>Rec&amp;hercher dans la chronologie</translation>
    </message>
    <message>
        <source>Find &amp;student</source>
        <translation>Rechercher un &amp;stagiaire</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>&amp;Competencies</source>
        <translation>Co&amp;mpétences</translation>
    </message>
    <message>
        <source>Attention &amp;dashboard</source>
        <translation>&amp;Tableau de bord d&apos;attention</translation>
    </message>
    <message>
        <source>Mentor c&amp;alibration</source>
        <translation>Harmonisation des c&amp;otations</translation>
    </message>
    <message>
        <source>&amp;Placements and dossier</source>
        <translation>Stages et &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;About mentorlog</source>
        <translation>À &amp;propos de mentorlog</translation>
    </message>
    <message>
        <source>&amp;Guide for your role</source>
        <translation>&amp;Guide pour votre rôle</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;People and accounts…</source>
        <translation>&amp;Personnes et comptes…</translation>
    </message>
    <message>
        <source>&amp;Audit trail…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <source>&amp;Site settings…</source>
        <translation>Paramètres du &amp;site…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>Ad&amp;ministration</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Data: %1</source>
        <translation>Données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where mentorlog keeps this data</source>
        <translation>Où mentorlog conserve ces données</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>About mentorlog</source>
        <translation>À propos de mentorlog</translation>
    </message>
    <message>
        <source>&lt;h3&gt;mentorlog %1&lt;/h3&gt;&lt;p&gt;Mentored on-the-job training of prison officers: observations, competency ratings, reflections, goals, reviews and progress reports.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;&lt;p&gt;MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;mentorlog %1&lt;/h3&gt;&lt;p&gt;Formation sur le terrain des agents pénitentiaires, avec mentorat&#xa0;: observations, cotations des compétences, réflexions, objectifs, bilans et rapports de progression.&lt;/p&gt;&lt;p&gt;Données&#xa0;: %2&lt;/p&gt;&lt;p&gt;Licence MIT.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ManageDialog</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move %1 to another prison</source>
        <translation>Transférer %1 vers une autre prison</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Vers</translation>
    </message>
    <message>
        <source>&amp;Lead mentor there</source>
        <translation>&amp;Mentor principal sur place</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>À partir &amp;du</translation>
    </message>
</context>
<context>
    <name>NarrativeFrame</name>
    <message>
        <source>&amp;What did you observe?</source>
        <translation>&amp;Qu&apos;avez-vous observé&#xa0;?</translation>
    </message>
    <message>
        <source>What happened on the shift, what the student did and said, and how prisoners and colleagues responded.</source>
        <translation>Ce qui s&apos;est passé pendant le service, ce que le stagiaire a fait et dit, et comment les détenus et les collègues ont réagi.</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Private mentor note: only you will see this. It is never shown to the student or other mentors, nor printed in reports.</source>
        <translation>Note privée du mentor&#xa0;: vous seul la verrez. Elle n&apos;est jamais montrée au stagiaire ni aux autres mentors, ni imprimée dans les rapports.</translation>
    </message>
    <message>
        <source>Shared: the student reads this once it is published.</source>
        <translation>Partagé&#xa0;: le stagiaire le lit une fois publié.</translation>
    </message>
</context>
<context>
    <name>ObservationEditor</name>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Dis&amp;cussed with the student</source>
        <translation>Dis&amp;cutée avec le stagiaire</translation>
    </message>
    <message>
        <source>Sh&amp;ared with the student</source>
        <translation>P&amp;artagée avec le stagiaire</translation>
    </message>
    <message>
        <source>Pri&amp;vate mentor note (only you)</source>
        <translation>Note pri&amp;vée du mentor (vous seul)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>Enregistrer le &amp;brouillon</translation>
    </message>
    <message>
        <source>Keep it unpublished (Ctrl+S)</source>
        <translation>La garder non publiée (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Publier</translation>
    </message>
    <message>
        <source>Check and publish (Ctrl+Enter)</source>
        <translation>Vérifier et publier (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Restored the amendment you were typing (autosaved %1). Save the amendment to keep it; close and discard to leave the signed version as it is.</source>
        <translation>La rectification que vous tapiez a été restaurée (enregistrée automatiquement&#xa0;: %1). Enregistrez la rectification pour la conserver&#xa0;; fermez et supprimez-la pour laisser la version signée telle quelle.</translation>
    </message>
    <message>
        <source>Restored the text you were typing (autosaved %1). Save or publish to keep it; close and discard to go back to the saved version.</source>
        <translation>Le texte que vous tapiez a été restauré (enregistré automatiquement&#xa0;: %1). Enregistrez ou publiez pour le conserver&#xa0;; fermez et supprimez-le pour revenir à la version enregistrée.</translation>
    </message>
    <message>
        <source>Changes you typed for it are kept: Amend… to carry on with them.</source>
        <translation>Les modifications que vous y avez tapées sont conservées&#xa0;: Rectifier… pour les reprendre.</translation>
    </message>
    <message>
        <source>Save a&amp;mendment</source>
        <translation>Enregistrer la &amp;rectification</translation>
    </message>
    <message>
        <source>Save the correction as a new, signed version (Ctrl+Enter)</source>
        <translation>Enregistrer la correction comme nouvelle version signée (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>New observation</source>
        <translation>Nouvelle observation</translation>
    </message>
    <message>
        <source>Draft observation</source>
        <translation>Observation (brouillon)</translation>
    </message>
    <message>
        <source>Published observation</source>
        <translation>Observation publiée</translation>
    </message>
    <message>
        <source>Amending signed observation (version %1)</source>
        <translation>Rectification de l&apos;observation signée (version %1)</translation>
    </message>
    <message>
        <source>Signed observation</source>
        <translation>Observation signée</translation>
    </message>
    <message>
        <source>Save &amp;note</source>
        <translation>Enregistrer la &amp;note</translation>
    </message>
    <message>
        <source>Save the private note; only you will read it (Ctrl+Enter)</source>
        <translation>Enregistrer la note privée&#xa0;; vous seul la lirez (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Publish changes</source>
        <translation>&amp;Publier les modifications</translation>
    </message>
    <message>
        <source>Draft saved</source>
        <translation>Brouillon enregistré</translation>
    </message>
    <message>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <source>Note saved</source>
        <translation>Note enregistrée</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Enregistrer la rectification</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Enregistrer la note</translation>
    </message>
    <message>
        <source>Publish changes</source>
        <translation>Publier les modifications</translation>
    </message>
    <message>
        <source>Amendment saved</source>
        <translation>Rectification enregistrée</translation>
    </message>
</context>
<context>
    <name>OptionsPanel</name>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Competency table</source>
        <translation>Tableau des compétences</translation>
    </message>
    <message>
        <source>Ratings over time</source>
        <translation>Cotations dans le temps</translation>
    </message>
    <message>
        <source>Goals and action plans</source>
        <translation>Objectifs et plans d&apos;action</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Causes for concern</source>
        <translation>Signalements de préoccupation</translation>
    </message>
    <message>
        <source>Shared observations</source>
        <translation>Observations partagées</translation>
    </message>
    <message>
        <source>Shared reflections</source>
        <translation>Réflexions partagées</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>&amp;Whole placement</source>
        <translation>&amp;Tout le stage</translation>
    </message>
    <message>
        <source>&amp;Between %1 and %2</source>
        <translation>&amp;Entre le %1 et le %2</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>&amp;Langue du rapport :</translation>
    </message>
    <message>
        <source>Tick at least one section to include.</source>
        <translation>Cochez au moins une section à inclure.</translation>
    </message>
    <message>
        <source>The period starts after it ends.</source>
        <translation>La période commence après sa fin.</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>New password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>%1 signs in with this password from now on; tell it to them in private. It needs at least %2 characters.</source>
        <translation>Désormais, %1 se connecte avec ce mot de passe&#xa0;; communiquez-le-lui en privé. Il doit comporter au moins %2 caractères.</translation>
    </message>
    <message>
        <source>New &amp;password</source>
        <translation>Nouveau mot de &amp;passe</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Confirmer le mot de pa&amp;sse</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Search names and usernames…</source>
        <translation>Rechercher des noms et des noms d&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Show only people with this role</source>
        <translation>N&apos;afficher que les personnes ayant ce rôle</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Show &amp;deactivated</source>
        <translation>Afficher les &amp;désactivés</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>People, by family name</source>
        <translation>Personnes, par nom de famille</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Ajouter une personne…</translation>
    </message>
    <message>
        <source>&amp;Give role</source>
        <translation>Attri&amp;buer le rôle</translation>
    </message>
    <message>
        <source>&amp;Remove role</source>
        <translation>Ret&amp;irer le rôle</translation>
    </message>
    <message>
        <source>New &amp;password…</source>
        <translation>Nouveau mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>Désac&amp;tiver</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language mentorlog speaks to this person, from their next sign-in</source>
        <translation>La langue dans laquelle mentorlog parle à cette personne, à partir de sa prochaine connexion</translation>
    </message>
    <message>
        <source>The site&apos;s default</source>
        <translation>Langue par défaut du site</translation>
    </message>
    <message>
        <source>Nobody matches. Clear the search, choose “Everyone”, or show deactivated.</source>
        <translation>Personne ne correspond. Effacez la recherche, choisissez «&#xa0;Tout le monde&#xa0;» ou affichez les comptes désactivés.</translation>
    </message>
    <message>
        <source>Nobody has been added yet. Press “Add person” to add the first.</source>
        <translation>Personne n&apos;a encore été ajouté. Cliquez sur «&#xa0;Ajouter une personne&#xa0;» pour ajouter la première.</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>Réac&amp;tiver</translation>
    </message>
    <message>
        <source>Only an administrator may change this.</source>
        <translation>Seul un administrateur peut modifier ceci.</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajouté.</translation>
    </message>
    <message>
        <source>%1 is now also a mentor.</source>
        <translation>%1 est désormais aussi mentor.</translation>
    </message>
    <message>
        <source>%1 is now also a student.</source>
        <translation>%1 est désormais aussi stagiaire.</translation>
    </message>
    <message>
        <source>%1 is now also a coordinator.</source>
        <translation>%1 est désormais aussi coordinateur.</translation>
    </message>
    <message>
        <source>%1 is now also an administrator.</source>
        <translation>%1 est désormais aussi administrateur.</translation>
    </message>
    <message>
        <source>%1 is no longer a mentor.</source>
        <translation>%1 n&apos;est plus mentor.</translation>
    </message>
    <message>
        <source>%1 is no longer a student.</source>
        <translation>%1 n&apos;est plus stagiaire.</translation>
    </message>
    <message>
        <source>%1 is no longer a coordinator.</source>
        <translation>%1 n&apos;est plus coordinateur.</translation>
    </message>
    <message>
        <source>%1 is no longer an administrator.</source>
        <translation>%1 n&apos;est plus administrateur.</translation>
    </message>
    <message>
        <source>%1 now works in the site&apos;s default language.</source>
        <translation>%1 travaille désormais dans la langue par défaut du site.</translation>
    </message>
    <message>
        <source>%1 now works in %2.</source>
        <translation>%1 travaille désormais dans cette langue&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 has a new password; their account is unlocked.</source>
        <translation>%1 a un nouveau mot de passe&#xa0;; son compte est déverrouillé.</translation>
    </message>
    <message>
        <source>%1 can sign in again.</source>
        <translation>%1 peut à nouveau se connecter.</translation>
    </message>
    <message>
        <source>Deactivate %1?</source>
        <translation>Désactiver %1&#xa0;?</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in. Their records stay as they are, and you can reactivate them later (with a new password).</source>
        <translation>%1 ne pourra plus se connecter. Ses documents restent tels quels, et vous pourrez réactiver le compte plus tard (avec un nouveau mot de passe).</translation>
    </message>
    <message>
        <source>%1 was deactivated.</source>
        <translation>%1 a été désactivé.</translation>
    </message>
    <message>
        <source>%1 was reactivated.</source>
        <translation>%1 a été réactivé.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Deactivated</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Verrouillé après des échecs de connexion</translation>
    </message>
    <message>
        <source>Cannot sign in</source>
        <translation>Ne peut pas se connecter</translation>
    </message>
    <message>
        <source>%1 failed sign-ins</source>
        <translation>%1 échecs de connexion</translation>
    </message>
    <message>
        <source>Can sign in</source>
        <translation>Peut se connecter</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Aucun rôle</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Add a person</source>
        <translation>Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>Adresse &amp;électronique</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>Confirmer le mot de pa&amp;sse</translation>
    </message>
    <message>
        <source>Leave username and password empty for someone who will not sign in. A password needs at least %1 characters; tell it to the person in private.</source>
        <translation>Laissez le nom d&apos;utilisateur et le mot de passe vides pour une personne qui ne se connectera pas. Un mot de passe doit comporter au moins %1 caractères&#xa0;; communiquez-le à la personne en privé.</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Give the person at least one role.</source>
        <translation>Attribuez au moins un rôle à la personne.</translation>
    </message>
</context>
<context>
    <name>PlacementEditor</name>
    <message>
        <source>Edit the placement</source>
        <translation>Modifier le stage</translation>
    </message>
    <message>
        <source>Add a placement</source>
        <translation>Ajouter un stage</translation>
    </message>
    <message>
        <source>S&amp;tudent</source>
        <translation>S&amp;tagiaire</translation>
    </message>
    <message>
        <source>&amp;Prison</source>
        <translation>&amp;Prison</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Section</translation>
    </message>
    <message>
        <source>&amp;Cohort</source>
        <translation>Pro&amp;motion</translation>
    </message>
    <message>
        <source>&amp;Lead mentor</source>
        <translation>Mentor pr&amp;incipal</translation>
    </message>
    <message>
        <source>C&amp;o-mentors</source>
        <translation>C&amp;o-mentors</translation>
    </message>
    <message>
        <source>&amp;Starts</source>
        <translation>&amp;Début</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>&amp;Fin</translation>
    </message>
    <message>
        <source>Ear&amp;ly phase from</source>
        <translation>Phase de dé&amp;but à partir du</translation>
    </message>
    <message>
        <source>&amp;Mid-point phase from</source>
        <translation>Phase de mi-pa&amp;rcours à partir du</translation>
    </message>
    <message>
        <source>&amp;Final phase from</source>
        <translation>Phase fi&amp;nale à partir du</translation>
    </message>
    <message>
        <source>&amp;Target hours</source>
        <translation>&amp;Heures prévues</translation>
    </message>
    <message>
        <source>Fra&amp;mework</source>
        <translation>Référentie&amp;l</translation>
    </message>
    <message>
        <source>No cohort</source>
        <translation>Aucune promotion</translation>
    </message>
    <message>
        <source>The cohort&apos;s, or the one in force</source>
        <translation>Celui de la promotion, ou celui en vigueur</translation>
    </message>
    <message>
        <source>There are no students yet: add or import them first.</source>
        <translation>Il n&apos;y a pas encore de stagiaires&#xa0;: ajoutez-les ou importez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>There are no mentors yet: add or import them first.</source>
        <translation>Il n&apos;y a pas encore de mentors&#xa0;: ajoutez-les ou importez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>There are no training prisons yet: add them first.</source>
        <translation>Il n&apos;y a pas encore de prisons de stage&#xa0;: ajoutez-les d&apos;abord.</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>Aucune section</translation>
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
        <translation>Stages de %1</translation>
    </message>
    <message>
        <source>Student, prison, unit or cohort…</source>
        <translation>Stagiaire, prison, section ou promotion…</translation>
    </message>
    <message>
        <source>&amp;Add placement…</source>
        <translation>&amp;Ajouter un stage…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change &amp;mentor…</source>
        <translation>Changer de &amp;mentor…</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>Pro&amp;longer…</translation>
    </message>
    <message>
        <source>E&amp;nd…</source>
        <translation>Mettre &amp;fin…</translation>
    </message>
    <message>
        <source>Mo&amp;ve…</source>
        <translation>Dé&amp;placer…</translation>
    </message>
    <message>
        <source>No placement matches. Clear the search to see them all.</source>
        <translation>Aucun stage ne correspond. Effacez la recherche pour tous les voir.</translation>
    </message>
    <message>
        <source>No placements yet. Import them from the academy&apos;s spreadsheet (Site › Import people or placements), or press “Add placement” to place one student.</source>
        <translation>Aucun stage pour l&apos;instant. Importez-les depuis le tableur du centre de formation (Site › Importer des personnes ou des stages), ou cliquez sur «&#xa0;Ajouter un stage&#xa0;» pour placer un stagiaire.</translation>
    </message>
    <message>
        <source>%1 is placed.</source>
        <translation>%1 est placé.</translation>
    </message>
    <message>
        <source>%1&apos;s placement is saved.</source>
        <translation>Le stage de %1 est enregistré.</translation>
    </message>
</context>
<context>
    <name>PlacementsModel</name>
    <message>
        <source>Student</source>
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernière</translation>
    </message>
    <message>
        <source>Last obs.</source>
        <translation>Dern. obs.</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Unanswered</source>
        <translation>Sans réponse</translation>
    </message>
    <message>
        <source>Days since the last observation shared with the student</source>
        <translation>Jours depuis la dernière observation partagée avec le stagiaire</translation>
    </message>
    <message>
        <source>Causes for concern open or escalated</source>
        <translation>Signalements de préoccupation ouverts ou transmis</translation>
    </message>
    <message>
        <source>Shared feedback the student has not yet acknowledged or answered</source>
        <translation>Retours partagés dont le stagiaire n&apos;a pas encore pris connaissance ou auxquels il n&apos;a pas répondu</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>abandonné</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n j</numerusform>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2 phase: %3, %4 – %5</source>
        <translation>%1, phase %2&#xa0;: %3, %4 – %5</translation>
    </message>
    <message>
        <source>Placement ended %1</source>
        <translation>Stage terminé le %1</translation>
    </message>
    <message>
        <source>Placement ended %1; last observation %2</source>
        <translation>Stage terminé le %1&#xa0;; dernière observation le %2</translation>
    </message>
    <message>
        <source>Not observed yet</source>
        <translation>Pas encore observé</translation>
    </message>
    <message>
        <source>Last observation %1 (%2)</source>
        <translation>Dernière observation le %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) for concern open or escalated</source>
        <translation>
            <numerusform>%n signalement de préoccupation ouvert ou transmis</numerusform>
            <numerusform>%n signalements de préoccupation ouverts ou transmis</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared observation(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n observation partagée dont il n&apos;a pas encore été pris connaissance</numerusform>
            <numerusform>%n observations partagées dont il n&apos;a pas encore été pris connaissance</numerusform>
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
        <translation>%1, phase %2</translation>
    </message>
    <message>
        <source>Prison, unit</source>
        <translation>Prison, section</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Lead mentor</source>
        <translation>Mentor principal</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>PlacementsPanel</name>
    <message>
        <source>Filter by student, prison or cohort</source>
        <translation>Filtrer par stagiaire, prison ou promotion</translation>
    </message>
    <message>
        <source>Filter placements</source>
        <translation>Filtrer les stages</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>No placement matches “%1”. Check the spelling, or clear the filter.</source>
        <translation>Aucun stage ne correspond à «&#xa0;%1&#xa0;». Vérifiez l&apos;orthographe ou effacez le filtre.</translation>
    </message>
    <message>
        <source>As an administrator you look after the site, not placements. Set up the academy and its prisons in Site › Academy and prisons (Site › Set-up guide leads through it all); add people and give them their roles in Administration › People and accounts.</source>
        <translation>En tant qu&apos;administrateur, vous gérez le site, pas les stages. Configurez le centre de formation et ses prisons dans Site › Centre de formation et prisons (Site › Guide de configuration vous guide pas à pas)&#xa0;; ajoutez des personnes et attribuez-leur leurs rôles dans Administration › Personnes et comptes.</translation>
    </message>
    <message>
        <source>No placements yet. Import the academy&apos;s people and placements in Site › Import people or placements, or add one in Site › Placements; Site › Set-up guide leads through it step by step.</source>
        <translation>Aucun stage pour l&apos;instant. Importez les personnes et les stages du centre de formation dans Site › Importer des personnes ou des stages, ou ajoutez-en un dans Site › Stages&#xa0;; Site › Guide de configuration vous guide pas à pas.</translation>
    </message>
    <message>
        <source>You have no placements to show yet. A coordinator adds students, their placements and mentors; they appear here as soon as you are a mentor or student of one.</source>
        <translation>Vous n&apos;avez encore aucun stage à afficher. Un coordinateur ajoute les stagiaires, leurs stages et leurs mentors&#xa0;; ils apparaissent ici dès que vous êtes mentor ou stagiaire de l&apos;un d&apos;eux.</translation>
    </message>
</context>
<context>
    <name>PrisonForm</name>
    <message>
        <source>Rename the prison</source>
        <translation>Renommer la prison</translation>
    </message>
    <message>
        <source>Add a prison</source>
        <translation>Ajouter une prison</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Country code</source>
        <translation>Code &amp;pays</translation>
    </message>
    <message>
        <source>EE, NO, FI, BE …</source>
        <translation>EE, NO, FI, BE …</translation>
    </message>
    <message>
        <source>C&amp;ity</source>
        <translation>&amp;Ville</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Sections</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Facultatif, séparées par des virgules</translation>
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
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Afficher les détails...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Masquer les détails...</translation>
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
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Tout enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Oui à &amp;tout</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;on à tout</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Co&amp;uper</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copier l&apos;adresse du &amp;lien</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Tout sélectionner</translation>
    </message>
</context>
<context>
    <name>RatersModel</name>
    <message>
        <source>Prison</source>
        <translation>Prison</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Cotations</translation>
    </message>
    <message>
        <source>Distribution (theirs above, everyone else&apos;s below)</source>
        <translation>Répartition (les siennes au-dessus, celles de tous les autres en dessous)</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Others&apos; mean</source>
        <translation>Moyenne des autres</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Everyone else&apos;s mean in the same competencies and phases</source>
        <translation>Moyenne de tous les autres pour les mêmes compétences et phases</translation>
    </message>
    <message>
        <source>How far this mentor&apos;s ratings sit from their peers&apos;, apart from their students&apos; own level; a prison&apos;s, from the other prisons&apos;</source>
        <translation>Dans quelle mesure les cotations de ce mentor s&apos;écartent de celles de ses pairs, indépendamment du niveau propre de ses stagiaires&#xa0;; pour une prison, par rapport aux autres prisons</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n rating(s) (%2 from the lowest level up)</source>
        <translation>
            <numerusform>%1&#xa0;: %n cotation (%2 à partir du niveau le plus bas)</numerusform>
            <numerusform>%1&#xa0;: %n cotations (%2 à partir du niveau le plus bas)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rates higher than peers: a conversation about the scale?</source>
        <translation>Cote plus haut que ses pairs&#xa0;: une conversation sur l&apos;échelle&#xa0;?</translation>
    </message>
    <message>
        <source>Rates lower than peers: a conversation about the scale?</source>
        <translation>Cote plus bas que ses pairs&#xa0;: une conversation sur l&apos;échelle&#xa0;?</translation>
    </message>
</context>
<context>
    <name>RatingRow</name>
    <message>
        <source>Rating of %1</source>
        <translation>Cotation de %1</translation>
    </message>
    <message>
        <source>Remove this competency</source>
        <translation>Retirer cette compétence</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Level %1: %2</source>
        <translation>Niveau %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose a level: press 0 for not observed, %1–%2 to rate.</source>
        <translation>Choisissez un niveau&#xa0;: 0 pour non observé, %1–%2 pour coter.</translation>
    </message>
    <message>
        <source>Comment on %1</source>
        <translation>Commentaire sur %1</translation>
    </message>
    <message>
        <source>Not responding to training</source>
        <translation>Ne répond pas à la formation</translation>
    </message>
    <message>
        <source>NRT: the student has not improved here despite repeated training.</source>
        <translation>NRF&#xa0;: le stagiaire n&apos;a pas progressé ici malgré une formation répétée.</translation>
    </message>
    <message>
        <source>Comment required: level %1 (“%2”) needs a note of what you saw.</source>
        <translation>Commentaire obligatoire&#xa0;: le niveau %1 («&#xa0;%2&#xa0;») exige une note sur ce que vous avez constaté.</translation>
    </message>
    <message>
        <source>What did the student do?</source>
        <translation>Qu&apos;a fait le stagiaire&#xa0;?</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
</context>
<context>
    <name>RatingsPanel</name>
    <message>
        <source>No competency chosen yet. Tick the competencies this shift showed in the list on the left (type to find one), then rate each: 1–5, or 0 for not observed.</source>
        <translation>Aucune compétence choisie pour l&apos;instant. Cochez dans la liste de gauche les compétences que ce service a montrées (tapez pour en trouver une), puis cotez chacune&#xa0;: 1–5, ou 0 pour non observé.</translation>
    </message>
</context>
<context>
    <name>ReasonField</name>
    <message>
        <source>&amp;Reason for the amendment:</source>
        <translation>&amp;Motif de la rectification&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>Motif de la rectification</translation>
    </message>
    <message>
        <source>What was wrong or missing in the signed version (required)</source>
        <translation>Ce qui était erroné ou manquant dans la version signée (obligatoire)</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>The database&apos;s recovery key is still waiting to be written down, and it cannot be shown again.</source>
        <translation>La clé de récupération de la base de données n&apos;a pas encore été notée, et elle ne peut plus être affichée.</translation>
    </message>
    <message>
        <source>mentorlog encrypts this database. If every administrator&apos;s password were lost, this recovery key is the only way to open it. Print it or write it down now and keep it in a safe: it is shown only this once and is not stored anywhere.</source>
        <translation>mentorlog chiffre cette base de données. Si les mots de passe de tous les administrateurs étaient perdus, cette clé de récupération serait le seul moyen de l&apos;ouvrir. Imprimez-la ou notez-la maintenant et conservez-la dans un coffre&#xa0;: elle n&apos;est affichée qu&apos;une seule fois et n&apos;est enregistrée nulle part.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>I have &amp;written down or printed the recovery key</source>
        <translation>J&apos;ai &amp;noté ou imprimé la clé de récupération</translation>
    </message>
</context>
<context>
    <name>ReflectionEditor</name>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>A few words to find it again (optional)</source>
        <translation>Quelques mots pour la retrouver (facultatif)</translation>
    </message>
    <message>
        <source>— not about one observation —</source>
        <translation>— sans lien avec une observation —</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modèle</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;itre</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos de</translation>
    </message>
    <message>
        <source>Pri&amp;vate (only you)</source>
        <translation>Pri&amp;vée (vous seul)</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the reflection (Ctrl+S)</source>
        <translation>Enregistrer la réflexion (Ctrl+S)</translation>
    </message>
    <message>
        <source>Sh&amp;ared with my mentors</source>
        <translation>P&amp;artagée avec mes mentors</translation>
    </message>
    <message>
        <source>Sh&amp;ared with the student</source>
        <translation>P&amp;artagée avec le stagiaire</translation>
    </message>
    <message>
        <source>Restored the text you were typing (autosaved %1).</source>
        <translation>Le texte que vous tapiez a été restauré (enregistré automatiquement&#xa0;: %1).</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Nouvelle réflexion</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Delete this reflection?</source>
        <translation>Supprimer cette réflexion&#xa0;?</translation>
    </message>
    <message>
        <source>Reflection deleted</source>
        <translation>Réflexion supprimée</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <source>Preview: %1</source>
        <translation>Aperçu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Report pages</source>
        <translation>Pages du rapport</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s). Nothing is saved until you export.</source>
        <translation>
            <numerusform>%n page. Rien n&apos;est enregistré avant l&apos;export.</numerusform>
            <numerusform>%n pages. Rien n&apos;est enregistré avant l&apos;export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>How the student is doing overall, in a few lines.</source>
        <translation>Comment le stagiaire se débrouille dans l&apos;ensemble, en quelques lignes.</translation>
    </message>
    <message>
        <source>What student and mentor agreed to do next.</source>
        <translation>Ce que le stagiaire et le mentor ont convenu de faire ensuite.</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Bilan</translation>
    </message>
    <message>
        <source>&amp;Held on</source>
        <translation>&amp;Tenu le</translation>
    </message>
    <message>
        <source>Overall &amp;progress</source>
        <translation>&amp;Progression globale</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <source>Save &amp;draft</source>
        <translation>Enregistrer le broui&amp;llon</translation>
    </message>
    <message>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublier</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Si&amp;gn review…</source>
        <translation>Si&amp;gner le bilan…</translation>
    </message>
    <message>
        <source>&amp;Agreed actions</source>
        <translation>&amp;Actions convenues</translation>
    </message>
    <message>
        <source>Level for %1</source>
        <translation>Niveau pour %1</translation>
    </message>
    <message>
        <source>— no level —</source>
        <translation>— aucun niveau —</translation>
    </message>
    <message>
        <source>Summary for %1</source>
        <translation>Synthèse pour %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouveau %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;By domain&lt;/b&gt; (a level is optional)</source>
        <translation>&lt;b&gt;Par domaine&lt;/b&gt; (le niveau est facultatif)</translation>
    </message>
    <message>
        <source>&lt;b&gt;By domain&lt;/b&gt;</source>
        <translation>&lt;b&gt;Par domaine&lt;/b&gt;</translation>
    </message>
    <message>
        <source>P&amp;ublish changes</source>
        <translation>P&amp;ublier les modifications</translation>
    </message>
    <message>
        <source>Sign as %1</source>
        <translation>Signer en tant que %1</translation>
    </message>
    <message>
        <source>It is the %1’s turn to sign</source>
        <translation>Signature attendue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Actions convenues</translation>
    </message>
</context>
<context>
    <name>ReviewsModel</name>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Signed by all</source>
        <translation>Signé par tous</translation>
    </message>
    <message>
        <source>%1 to sign</source>
        <translation>À signer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed %1 of %2 (awaiting %3)</source>
        <translation>%1 signatures sur %2 (en attente&#xa0;: %3)</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>Tenu le</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>ReviewsTab</name>
    <message>
        <source>&amp;New review</source>
        <translation>&amp;Nouveau bilan</translation>
    </message>
    <message>
        <source>No reviews have been published yet.</source>
        <translation>Aucun bilan n&apos;a encore été publié.</translation>
    </message>
    <message>
        <source>No reviews yet. Press “New review” at the mid-point of the placement to sum up progress per domain with the student and agree the next steps.</source>
        <translation>Aucun bilan pour l&apos;instant. Cliquez sur «&#xa0;Nouveau bilan&#xa0;» à mi-parcours du stage pour faire le point avec le stagiaire sur la progression par domaine et convenir des prochaines étapes.</translation>
    </message>
    <message>
        <source>Delete this review?</source>
        <translation>Supprimer ce bilan&#xa0;?</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Bilan supprimé</translation>
    </message>
</context>
<context>
    <name>ReviewsToSign</name>
    <message>
        <source>Reviews waiting for your signature</source>
        <translation>Bilans en attente de votre signature</translation>
    </message>
    <message>
        <source>%1 of %2 by %3 — %4</source>
        <translation>%1 du %2 par %3 — %4</translation>
    </message>
    <message>
        <source>Read &amp;it</source>
        <translation>&amp;Le lire</translation>
    </message>
    <message>
        <source>Read: %1</source>
        <translation>Lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign: %1</source>
        <translation>Signer&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Sign review…</source>
        <translation>&amp;Signer le bilan…</translation>
    </message>
</context>
<context>
    <name>SelfAssessmentDialog</name>
    <message>
        <source>Rate myself</source>
        <translation>M&apos;auto-évaluer</translation>
    </message>
    <message>
        <source>Loading the scale…</source>
        <translation>Chargement de l&apos;échelle…</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>What makes you say so? (optional)</source>
        <translation>Qu&apos;est-ce qui vous fait dire cela&#xa0;? (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Level</source>
        <translation>&amp;Niveau</translation>
    </message>
    <message>
        <source>&amp;On</source>
        <translation>&amp;Le</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Commentaire</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>%1 is not part of this placement&apos;s framework.</source>
        <translation>%1 ne fait pas partie du référentiel de ce stage.</translation>
    </message>
    <message>
        <source>How do you rate yourself on %1 %2 today? Your mentor sees it beside their own rating.</source>
        <translation>Comment vous cotez-vous aujourd&apos;hui sur %1 %2&#xa0;? Votre mentor le voit à côté de sa propre cotation.</translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message>
        <source>Set up your academy</source>
        <translation>Configurer votre centre de formation</translation>
    </message>
    <message>
        <source>Four steps make mentorlog ready for a real academy. Each opens its own window; come back here any time from Site › Set-up guide.</source>
        <translation>Quatre étapes suffisent pour préparer mentorlog pour un vrai centre de formation. Chacune ouvre sa propre fenêtre&#xa0;; revenez ici à tout moment depuis Site › Guide de configuration.</translation>
    </message>
    <message>
        <source>1. The academy: name, country, time zone, how long records are kept</source>
        <translation>1. Le centre de formation&#xa0;: nom, pays, fuseau horaire, durée de conservation des documents</translation>
    </message>
    <message>
        <source>&amp;Academy…</source>
        <translation>&amp;Centre de formation…</translation>
    </message>
    <message>
        <source>2. The training prisons and their units</source>
        <translation>2. Les prisons de stage et leurs sections</translation>
    </message>
    <message>
        <source>&amp;Prisons…</source>
        <translation>&amp;Prisons…</translation>
    </message>
    <message>
        <source>3. Students, mentors and coordinators</source>
        <translation>3. Stagiaires, mentors et coordinateurs</translation>
    </message>
    <message>
        <source>&amp;Import people…</source>
        <translation>&amp;Importer des personnes…</translation>
    </message>
    <message>
        <source>Add by &amp;hand…</source>
        <translation>Ajouter &amp;manuellement…</translation>
    </message>
    <message>
        <source>4. Placements: who is where, with which mentor</source>
        <translation>4. Stages&#xa0;: qui est où, avec quel mentor</translation>
    </message>
    <message>
        <source>I&amp;mport placements…</source>
        <translation>I&amp;mporter des stages…</translation>
    </message>
    <message>
        <source>Add by ha&amp;nd…</source>
        <translation>Ajouter ma&amp;nuellement…</translation>
    </message>
    <message>
        <source>A coordinator does this step.</source>
        <translation>Cette étape revient à un coordinateur.</translation>
    </message>
    <message>
        <source>Set up: %1</source>
        <translation>Configuré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not set up yet.</source>
        <translation>Pas encore configuré.</translation>
    </message>
    <message numerus="yes">
        <source>%n prison(s)</source>
        <translation>
            <numerusform>%n prison</numerusform>
            <numerusform>%n prisons</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet; an import of placements can add them too.</source>
        <translation>Aucune pour l&apos;instant&#xa0;; un import de stages peut aussi les ajouter.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) besides you</source>
        <translation>
            <numerusform>%n personne en plus de vous</numerusform>
            <numerusform>%n personnes en plus de vous</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody else yet.</source>
        <translation>Personne d&apos;autre pour l&apos;instant.</translation>
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
        <translation>Aucun pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>ShiftDialog</name>
    <message>
        <source>Log a shift</source>
        <translation>Enregistrer un service</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Shift</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>&amp;Hours worked</source>
        <translation>&amp;Heures prestées</translation>
    </message>
    <message>
        <source>&amp;Remedial training</source>
        <translation>&amp;Remédiation</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Activité</translation>
    </message>
    <message>
        <source>e.g. Wing duty, visits, night checks</source>
        <translation>p. ex. Service en aile, visites, rondes de nuit</translation>
    </message>
</context>
<context>
    <name>ShiftFields</name>
    <message>
        <source>Date of the shift</source>
        <translation>Date du service</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Matin</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Après-midi</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Nuit</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Duration in hours</source>
        <translation>Durée en heures</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Where, e.g. Wing landing</source>
        <translation>Où, p. ex. coursive de l&apos;aile</translation>
    </message>
    <message>
        <source>Situation type</source>
        <translation>Type de situation</translation>
    </message>
    <message>
        <source>What, e.g. Meal service</source>
        <translation>Quoi, p. ex. distribution des repas</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>S&amp;hift</source>
        <translation>S&amp;ervice</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>Se&amp;tting</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Situat&amp;ion</source>
        <translation>Situat&amp;ion</translation>
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
        <translation>Signer en tant que mentor&#xa0;: l&apos;observation est alors verrouillée (Alt+G)</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Rec&amp;tifier…</translation>
    </message>
    <message>
        <source>Correct the signed observation as a new version, with a reason</source>
        <translation>Corriger l&apos;observation signée par une nouvelle version, avec un motif</translation>
    </message>
    <message>
        <source>V&amp;ersions…</source>
        <translation>V&amp;ersions…</translation>
    </message>
    <message>
        <source>Every version, and what each said</source>
        <translation>Toutes les versions, et ce que chacune disait</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Validation</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to mentorlog</source>
        <translation>Connexion à mentorlog</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Records in %1</source>
        <translation>Documents dans %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>Nom d&apos;&amp;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>The language of this screen. Once you sign in, mentorlog speaks the language you chose for yourself, else the site&apos;s default.</source>
        <translation>La langue de cet écran. Une fois connecté, mentorlog vous parle dans la langue que vous avez choisie, sinon dans la langue par défaut du site.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Sign-in message</source>
        <translation>Message de connexion</translation>
    </message>
    <message>
        <source>This is a demo database. Demo accounts: admin / coordinator / mentor / student, password demo.</source>
        <translation>Ceci est une base de données de démonstration. Comptes de démonstration&#xa0;: admin / coordinator / mentor / student, mot de passe demo.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Enter your username and password.</source>
        <translation>Saisissez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>SignReviewDialog</name>
    <message>
        <source>Sign review</source>
        <translation>Signer le bilan</translation>
    </message>
    <message>
        <source>Sign this review?

Your signature says you have read the review and talked it through with your mentor. It cannot be taken back; a coordinator signs after you.</source>
        <translation>Signer ce bilan&#xa0;?

Votre signature atteste que vous avez lu le bilan et que vous en avez discuté avec votre mentor. Elle ne peut pas être retirée&#xa0;; un coordinateur signe après vous.</translation>
    </message>
    <message>
        <source>&amp;Comment (optional), kept with your signature:</source>
        <translation>&amp;Commentaire (facultatif), conservé avec votre signature&#xa0;:</translation>
    </message>
    <message>
        <source>Comment with your signature</source>
        <translation>Commentaire accompagnant votre signature</translation>
    </message>
    <message>
        <source>e.g. what you agree with, or what you see differently</source>
        <translation>p. ex. ce avec quoi vous êtes d&apos;accord, ou ce que vous voyez autrement</translation>
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
        <translation>Centre de formation et prisons</translation>
    </message>
    <message>
        <source>Add &amp;prison…</source>
        <translation>Ajouter une &amp;prison…</translation>
    </message>
    <message>
        <source>Add &amp;unit…</source>
        <translation>Ajouter une &amp;section…</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>The academy</source>
        <translation>Le centre de formation</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Sa&amp;ve the academy</source>
        <translation>Enre&amp;gistrer le centre de formation</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>C&amp;ountry code</source>
        <translation>Code pa&amp;ys</translation>
    </message>
    <message>
        <source>Time &amp;zone</source>
        <translation>Fuseau &amp;horaire</translation>
    </message>
    <message>
        <source>Keep records &amp;for</source>
        <translation>&amp;Conserver les documents pendant</translation>
    </message>
    <message>
        <source>Default &amp;framework</source>
        <translation>&amp;Référentiel par défaut</translation>
    </message>
    <message>
        <source>The one in force</source>
        <translation>Celui en vigueur</translation>
    </message>
    <message>
        <source>No training prisons yet. Press “Add prison” to add the first, with its units; an import of placements also adds the prisons its file names.</source>
        <translation>Aucune prison de stage pour l&apos;instant. Cliquez sur «&#xa0;Ajouter une prison&#xa0;» pour ajouter la première, avec ses sections&#xa0;; un import de stages ajoute aussi les prisons nommées dans son fichier.</translation>
    </message>
    <message>
        <source>The academy %1 is saved.</source>
        <translation>Le centre de formation %1 est enregistré.</translation>
    </message>
    <message>
        <source>Rein&amp;state</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>%1 was added.</source>
        <translation>%1 a été ajoutée.</translation>
    </message>
    <message>
        <source>%1 is retired.</source>
        <translation>%1 est retirée.</translation>
    </message>
    <message>
        <source>%1 is in use again.</source>
        <translation>%1 est de nouveau en service.</translation>
    </message>
    <message>
        <source>%1 is retired; its records stay.</source>
        <translation>%1 est retirée&#xa0;; ses documents sont conservés.</translation>
    </message>
</context>
<context>
    <name>SiteModel</name>
    <message>
        <source>Prison and units</source>
        <translation>Prison et sections</translation>
    </message>
    <message>
        <source>Country, city</source>
        <translation>Pays, ville</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En service</translation>
    </message>
</context>
<context>
    <name>SiteSettingsDialog</name>
    <message>
        <source>Site settings</source>
        <translation>Paramètres du site</translation>
    </message>
    <message>
        <source>&amp;Locking</source>
        <translation>&amp;Verrouillage</translation>
    </message>
    <message>
        <source>&amp;Privacy check</source>
        <translation>Contrôle de &amp;confidentialité</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock an untouched window after, minutes</source>
        <translation>Verrouiller une fenêtre inactive après, en minutes</translation>
    </message>
    <message>
        <source>Lock an &amp;untouched window after</source>
        <translation>Verrouiller une fenêtre &amp;inactive après</translation>
    </message>
    <message>
        <source>On every workstation of this site, a window nobody has typed in or moved the mouse over for this long locks itself; its user unlocks it with their password. Anyone can lock at once with Ctrl+Shift+L.</source>
        <translation>Sur chaque poste de travail de ce site, une fenêtre dans laquelle personne n&apos;a tapé ni bougé la souris pendant cette durée se verrouille&#xa0;; son utilisateur la déverrouille avec son mot de passe. Chacun peut verrouiller immédiatement avec Ctrl+Shift+L.</translation>
    </message>
    <message>
        <source>Before a record is published, saved or signed, mentorlog shows back what seems to name a prisoner or give a prison number and offers a neutral reference. The names of this site&apos;s own people, prisons, units and cohorts are never flagged. One entry a line.</source>
        <translation>Avant qu&apos;un document soit publié, enregistré ou signé, mentorlog signale ce qui semble nommer un détenu ou donner un numéro d&apos;écrou, et propose une référence neutre. Les noms des personnes, prisons, sections et promotions de ce site ne sont jamais signalés. Une entrée par ligne.</translation>
    </message>
    <message>
        <source>Prison &amp;number formats</source>
        <translation>Formats de &amp;numéro d&apos;écrou</translation>
    </message>
    <message>
        <source>9 is any digit, A any letter: A9999AA, 9999-9999. re: starts a regular expression.</source>
        <translation>9 est un chiffre quelconque, A une lettre quelconque&#xa0;: A9999AA, 9999-9999. re: commence une expression régulière.</translation>
    </message>
    <message>
        <source>&amp;Before a number</source>
        <translation>&amp;Avant un numéro</translation>
    </message>
    <message>
        <source>Replaced with the number after them: prison no., fangenummer</source>
        <translation>Remplacés par le numéro qui les suit&#xa0;: n° d&apos;écrou, fangenummer</translation>
    </message>
    <message>
        <source>Before a &amp;name</source>
        <translation>Avant un &amp;nom</translation>
    </message>
    <message>
        <source>A capitalised name after these is flagged: prisoner, Mr, innsatt. Written with a capital (Mr), a word is a title and goes with the name.</source>
        <translation>Un nom à majuscule qui suit ces mots est signalé&#xa0;: détenu, M., innsatt. Écrit avec une majuscule (M.), un mot est un titre et fait partie du nom.</translation>
    </message>
    <message>
        <source>&amp;Watch for</source>
        <translation>À &amp;surveiller</translation>
    </message>
    <message>
        <source>Names flagged wherever they are</source>
        <translation>Noms signalés où qu&apos;ils soient</translation>
    </message>
    <message>
        <source>Ne&amp;ver names</source>
        <translation>&amp;Jamais des noms</translation>
    </message>
    <message>
        <source>Capitalised words of this site that are not names: Gardenia, Bergen</source>
        <translation>Mots à majuscule de ce site qui ne sont pas des noms&#xa0;: Gardenia, Bergen</translation>
    </message>
    <message>
        <source>Type a sentence to see what would be flagged</source>
        <translation>Tapez une phrase pour voir ce qui serait signalé</translation>
    </message>
    <message>
        <source>Try the rules on a sentence</source>
        <translation>Tester les règles sur une phrase</translation>
    </message>
    <message>
        <source>&amp;Try</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <source>Nothing is flagged.</source>
        <translation>Rien n&apos;est signalé.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Lock an untouched window after</source>
        <translation>Verrouiller une fenêtre inactive après</translation>
    </message>
</context>
<context>
    <name>StaleEditDialog</name>
    <message>
        <source>Saved by someone else meanwhile</source>
        <translation>Enregistré entre-temps par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Your version is on the left and you can still change it; theirs is on the right. Copy across what you want to keep, then save yours over theirs, or take theirs instead.</source>
        <translation>Votre version est à gauche et vous pouvez encore la modifier&#xa0;; la sienne est à droite. Recopiez ce que vous voulez garder, puis enregistrez la vôtre par-dessus la sienne, ou reprenez plutôt la sienne.</translation>
    </message>
    <message>
        <source>&amp;Save mine over theirs</source>
        <translation>&amp;Enregistrer la mienne par-dessus</translation>
    </message>
    <message>
        <source>&amp;Take theirs</source>
        <translation>&amp;Reprendre la sienne</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer à modifier</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>%1 saved a newer version at %2, after you opened this.</source>
        <translation>%1 a enregistré une version plus récente (%2), après que vous avez ouvert ce document.</translation>
    </message>
    <message>
        <source>%1 saved a newer version after you opened this.</source>
        <translation>%1 a enregistré une version plus récente après que vous avez ouvert ce document.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Yours&lt;/b&gt;</source>
        <translation>&lt;b&gt;La vôtre&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Theirs&lt;/b&gt;</source>
        <translation>&lt;b&gt;La sienne&lt;/b&gt;</translation>
    </message>
    <message>
        <source>What you changed and what they saved look the same here.</source>
        <translation>Ce que vous avez modifié et ce que l&apos;autre personne a enregistré semblent identiques ici.</translation>
    </message>
</context>
<context>
    <name>TimelineFilterBar</name>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Search narratives and reflections (Ctrl+F)</source>
        <translation>Rechercher dans les récits et les réflexions (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the timeline</source>
        <translation>Rechercher dans la chronologie</translation>
    </message>
    <message>
        <source>Entry type</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Toutes les entrées</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>Any competency</source>
        <translation>Toute compétence</translation>
    </message>
    <message>
        <source>Rating level</source>
        <translation>Niveau de cotation</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Toute cotation</translation>
    </message>
    <message>
        <source>Shared or private</source>
        <translation>Partagé ou privé</translation>
    </message>
    <message>
        <source>Shared and private</source>
        <translation>Partagé et privé</translation>
    </message>
    <message>
        <source>Shared with the student</source>
        <translation>Partagé avec le stagiaire</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>Notes privées</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférent</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Cause for concern · %1</source>
        <translation>Signalement de préoccupation · %1</translation>
    </message>
    <message>
        <source>Private note</source>
        <translation>Note privée</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Amended (v%1)</source>
        <translation>Rectifiée (v%1)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signée</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Discutée</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Pas encore discutée</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Pris connaissance</translation>
    </message>
    <message>
        <source>Student disagreed</source>
        <translation>Désaccord du stagiaire</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies
lowest level %1</source>
        <translation>
            <numerusform>%n compétence
niveau le plus bas %1</numerusform>
            <numerusform>%n compétences
niveau le plus bas %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Cotations</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>How many competencies the observation rated, and the lowest level given</source>
        <translation>Nombre de compétences cotées dans l&apos;observation, et le niveau le plus bas attribué</translation>
    </message>
    <message numerus="yes">
        <source>%n competencies rated; lowest level %1</source>
        <translation>
            <numerusform>%n compétence cotée&#xa0;; niveau le plus bas %1</numerusform>
            <numerusform>%n compétences cotées&#xa0;; niveau le plus bas %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Timeline entries</source>
        <translation>Entrées de la chronologie</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>12 competencies</source>
        <translation>12 compétences</translation>
    </message>
    <message>
        <source>Not discussed yet</source>
        <translation>Pas encore discutée</translation>
    </message>
    <message numerus="yes">
        <source>%n matching “%1”</source>
        <translation>
            <numerusform>%n correspondant à «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>%n correspondant à «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entrée</numerusform>
            <numerusform>%n entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filters</source>
        <translation>
            <numerusform>%n entrée correspond aux filtres</numerusform>
            <numerusform>%n entrées correspondent aux filtres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (the newest shown)</source>
        <translation>%1 (la plus récente affichée)</translation>
    </message>
    <message>
        <source>No narrative or reflection here contains “%1”. Try fewer or shorter words, or &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>Aucun récit ni aucune réflexion ne contient «&#xa0;%1&#xa0;». Essayez avec moins de mots ou des mots plus courts, ou &lt;a href=&quot;clear&quot;&gt;Effacez les filtres&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No entry matches these filters. &lt;a href=&quot;clear&quot;&gt;Clear the filters&lt;/a&gt;.</source>
        <translation>Aucune entrée ne correspond à ces filtres. &lt;a href=&quot;clear&quot;&gt;Effacer les filtres&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>No entries yet. Record a shift with File › New observation (Ctrl+N); the student&apos;s reflections, reviews and concerns will appear here too.</source>
        <translation>Aucune entrée pour l&apos;instant. Enregistrez un service avec Fichier › Nouvelle observation (Ctrl+N)&#xa0;; les réflexions, bilans et préoccupations du stagiaire apparaîtront aussi ici.</translation>
    </message>
    <message>
        <source>No entries yet. The student&apos;s mentors record observations here, and the student&apos;s reflections, reviews and concerns appear beside them.</source>
        <translation>Aucune entrée pour l&apos;instant. Les mentors du stagiaire enregistrent ici leurs observations, et les réflexions, bilans et préoccupations du stagiaire apparaissent à côté.</translation>
    </message>
    <message>
        <source>Nothing has been shared with you yet. Your mentor&apos;s feedback appears here once it is published; you can write a reflection with File › New reflection.</source>
        <translation>Rien n&apos;a encore été partagé avec vous. Les retours de votre mentor apparaissent ici une fois publiés&#xa0;; vous pouvez écrire une réflexion avec Fichier › Nouvelle réflexion.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gner…</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Rec&amp;tifier…</translation>
    </message>
    <message>
        <source>V&amp;ersions…</source>
        <translation>V&amp;ersions…</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend of the selected competency</source>
        <translation>Évolution de la compétence sélectionnée</translation>
    </message>
    <message>
        <source>Choose a competency above to see its trend.</source>
        <translation>Choisissez une compétence ci-dessus pour voir son évolution.</translation>
    </message>
    <message>
        <source>%1: not rated yet</source>
        <translation>%1&#xa0;: pas encore cotée</translation>
    </message>
    <message>
        <source>Expected by the end of this phase</source>
        <translation>Attendu à la fin de cette phase</translation>
    </message>
    <message>
        <source>Mentor&apos;s ratings</source>
        <translation>Cotations du mentor</translation>
    </message>
    <message>
        <source>Student&apos;s self-assessment</source>
        <translation>Auto-évaluation du stagiaire</translation>
    </message>
</context>
<context>
    <name>UnitForm</name>
    <message>
        <source>Rename the unit</source>
        <translation>Renommer la section</translation>
    </message>
    <message>
        <source>Add a unit to %1</source>
        <translation>Ajouter une section à %1</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Security level</source>
        <translation>Niveau de &amp;sécurité</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>This database is not encrypted yet. When an administrator opens mentorlog and signs in, it is encrypted (a verified encrypted copy replaces it) and they are shown its recovery key.</source>
        <translation>Cette base de données n&apos;est pas encore chiffrée. Lorsqu&apos;un administrateur ouvre mentorlog et se connecte, elle est chiffrée (une copie chiffrée vérifiée la remplace) et sa clé de récupération lui est présentée.</translation>
    </message>
</context>
<context>
    <name>VerifyRecordsDialog</name>
    <message>
        <source>Checking the trail&apos;s events</source>
        <translation>Vérification des événements de la chaîne</translation>
    </message>
    <message>
        <source>Checking signed records</source>
        <translation>Vérification des documents signés</translation>
    </message>
    <message>
        <source>Verify records</source>
        <translation>Vérifier les documents</translation>
    </message>
    <message>
        <source>Checks the whole audit trail and every signed record: that each record still says what was signed, that every signature is good, that no sign-off the trail mentions is missing, that the trail still holds every head this workstation, the backups and reports noted, and that its guard is in place.</source>
        <translation>Vérifie tout le journal d&apos;audit et chaque document signé&#xa0;: que chaque document dit toujours ce qui a été signé, que chaque signature est valide, qu&apos;aucune validation mentionnée dans la chaîne ne manque, que la chaîne contient toujours chaque tête notée par ce poste, les sauvegardes et les rapports, et que sa protection est en place.</translation>
    </message>
    <message>
        <source>Verify &amp;every signature (slower; uses every processor core)</source>
        <translation>Vérifier &amp;chaque signature (plus lent&#xa0;; utilise tous les cœurs du processeur)</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Pas encore vérifié.</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Problèmes trouvés</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message>
        <source>&amp;Verify again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>%1 events and %2 signed records checked; %3 of %4 signatures verified.</source>
        <translation>%1 événements et %2 documents signés vérifiés&#xa0;; %3 signatures sur %4 vérifiées.</translation>
    </message>
    <message>
        <source>Nothing is wrong. %1</source>
        <translation>Tout est en ordre. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found. %1</source>
        <translation>
            <numerusform>%n problème trouvé. %1</numerusform>
            <numerusform>%n problèmes trouvés. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The trail&apos;s head: event %1, %2.</source>
        <translation>Tête de la chaîne&#xa0;: événement %1, %2.</translation>
    </message>
    <message>
        <source>Stopped before the end: nothing was concluded.</source>
        <translation>Arrêté avant la fin&#xa0;: aucune conclusion n&apos;a été tirée.</translation>
    </message>
    <message>
        <source>The records could not be checked.</source>
        <translation>Les documents n&apos;ont pas pu être vérifiés.</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <source>Versions of the observation</source>
        <translation>Versions de l&apos;observation</translation>
    </message>
    <message>
        <source>A signed observation is corrected by amending it: each amendment is a new version, and earlier versions stay as they were signed.</source>
        <translation>Une observation signée se corrige par rectification&#xa0;: chaque rectification est une nouvelle version, et les versions antérieures restent telles qu&apos;elles ont été signées.</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Content of the chosen version</source>
        <translation>Contenu de la version choisie</translation>
    </message>
</context>
<context>
    <name>VersionsModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Rédigée par</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuelle</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>Première version</translation>
    </message>
    <message>
        <source>Version %1 · current</source>
        <translation>Version %1 · actuelle</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>not responding to training</source>
        <translation>ne répond pas à la formation</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Cotations</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>This database needs a newer mentorlog</source>
        <translation>Cette base de données nécessite une version plus récente de mentorlog</translation>
    </message>
    <message>
        <source>The database could not be updated</source>
        <translation>La base de données n&apos;a pas pu être mise à jour</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>La base de données ne peut pas être ouverte</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a mentorlog database (%2). mentorlog has not changed it.</source>
        <translation>%1 est endommagé ou n&apos;est pas une base de données mentorlog (%2). mentorlog ne l&apos;a pas modifié.</translation>
    </message>
    <message>
        <source>mentorlog</source>
        <translation>mentorlog</translation>
    </message>
    <message>
        <source>Details are in the log file %1</source>
        <translation>Les détails se trouvent dans le fichier journal %1</translation>
    </message>
</context>
<context>
    <name>damaged_dialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <source>&amp;Restore the newest backup</source>
        <translation>&amp;Restaurer la sauvegarde la plus récente</translation>
    </message>
    <message>
        <source>The damaged file is moved into the backups folder, not deleted, so it can still be examined later.</source>
        <translation>Le fichier endommagé est déplacé dans le dossier des sauvegardes, pas supprimé, pour pouvoir encore être examiné plus tard.</translation>
    </message>
    <message>
        <source>&amp;Close mentorlog</source>
        <translation>&amp;Fermer mentorlog</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
</context>
<context>
    <name>editors</name>
    <message>
        <source>Delete the observation of %1?</source>
        <translation>Supprimer l&apos;observation du %1&#xa0;?</translation>
    </message>
    <message>
        <source>Observation of %1 deleted</source>
        <translation>Observation du %1 supprimée</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong and this action was not completed. Nothing saved before was lost.</source>
        <translation>Une erreur s&apos;est produite et cette action n&apos;a pas été effectuée. Rien de ce qui avait été enregistré auparavant n&apos;a été perdu.</translation>
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
        <translation>Partout</translation>
    </message>
    <message>
        <source>Lock the window now (from every window)</source>
        <translation>Verrouiller la fenêtre maintenant (depuis n&apos;importe quelle fenêtre)</translation>
    </message>
    <message>
        <source>New observation (mentors)</source>
        <translation>Nouvelle observation (mentors)</translation>
    </message>
    <message>
        <source>New reflection</source>
        <translation>Nouvelle réflexion</translation>
    </message>
    <message>
        <source>Export reports</source>
        <translation>Exporter les rapports</translation>
    </message>
    <message>
        <source>Find in the timeline</source>
        <translation>Rechercher dans la chronologie</translation>
    </message>
    <message>
        <source>Find a student (the filter on the left)</source>
        <translation>Rechercher un stagiaire (le filtre à gauche)</translation>
    </message>
    <message>
        <source>Timeline, Competencies</source>
        <translation>Chronologie, Compétences</translation>
    </message>
    <message>
        <source>Undo a deletion</source>
        <translation>Annuler une suppression</translation>
    </message>
    <message>
        <source>The guide for your role</source>
        <translation>Le guide pour votre rôle</translation>
    </message>
    <message>
        <source>This list</source>
        <translation>Cette liste</translation>
    </message>
    <message>
        <source>In an editor window</source>
        <translation>Dans une fenêtre d&apos;édition</translation>
    </message>
    <message>
        <source>Save (a draft, while it is not published)</source>
        <translation>Enregistrer (un brouillon, tant qu&apos;il n&apos;est pas publié)</translation>
    </message>
    <message>
        <source>Publish, or save (a note, a reflection)</source>
        <translation>Publier, ou enregistrer (une note, une réflexion)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close; asks first when something is not saved</source>
        <translation>Fermer&#xa0;; demande d&apos;abord confirmation si quelque chose n&apos;est pas enregistré</translation>
    </message>
    <message>
        <source>Close, as Esc does</source>
        <translation>Fermer, comme Esc</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Next and previous field, in reading order</source>
        <translation>Champ suivant et précédent, dans l&apos;ordre de lecture</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + lettre soulignée</translation>
    </message>
    <message>
        <source>Go to that field or button</source>
        <translation>Aller à ce champ ou ce bouton</translation>
    </message>
    <message>
        <source>Rating competencies</source>
        <translation>Coter les compétences</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Taper</translation>
    </message>
    <message>
        <source>Find a competency in the list</source>
        <translation>Rechercher une compétence dans la liste</translation>
    </message>
    <message>
        <source>Down, Enter</source>
        <translation>Down, Enter</translation>
    </message>
    <message>
        <source>From the search to the first match</source>
        <translation>De la recherche au premier résultat</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Tick or untick the competency</source>
        <translation>Cocher ou décocher la compétence</translation>
    </message>
    <message>
        <source>1 – 5</source>
        <translation>1 – 5</translation>
    </message>
    <message>
        <source>Rate it (ticks it first); 0 for not observed</source>
        <translation>La coter (la coche d&apos;abord)&#xa0;; 0 pour non observé</translation>
    </message>
    <message>
        <source>Left, Right</source>
        <translation>Left, Right</translation>
    </message>
    <message>
        <source>On the levels: the next lower or higher one</source>
        <translation>Sur les niveaux&#xa0;: le niveau inférieur ou supérieur suivant</translation>
    </message>
    <message>
        <source>Goals, reviews and concerns</source>
        <translation>Objectifs, bilans et préoccupations</translation>
    </message>
    <message>
        <source>Save the form (a review: as a draft)</source>
        <translation>Enregistrer le formulaire (un bilan&#xa0;: comme brouillon)</translation>
    </message>
    <message>
        <source>Publish the review, save the goal or concern</source>
        <translation>Publier le bilan, enregistrer l&apos;objectif ou la préoccupation</translation>
    </message>
    <message>
        <source>Delete the chosen one (asks)</source>
        <translation>Supprimer l&apos;élément choisi (avec confirmation)</translation>
    </message>
    <message>
        <source>In lists</source>
        <translation>Dans les listes</translation>
    </message>
    <message>
        <source>Up, Down</source>
        <translation>Up, Down</translation>
    </message>
    <message>
        <source>Move through the list</source>
        <translation>Parcourir la liste</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the chosen entry</source>
        <translation>Ouvrir l&apos;entrée choisie</translation>
    </message>
    <message>
        <source>Enter on a button</source>
        <translation>Enter sur un bouton</translation>
    </message>
    <message>
        <source>Press it (Space does too)</source>
        <translation>L&apos;activer (Space aussi)</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Induction</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Early</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Mid-point</source>
        <translation>Mi-parcours</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Early shift</source>
        <translation>Service du matin</translation>
    </message>
    <message>
        <source>Late shift</source>
        <translation>Service de l&apos;après-midi</translation>
    </message>
    <message>
        <source>Night shift</source>
        <translation>Service de nuit</translation>
    </message>
    <message>
        <source>Day shift</source>
        <translation>Service de jour</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Mid-point review</source>
        <translation>Bilan à mi-parcours</translation>
    </message>
    <message>
        <source>Final review</source>
        <translation>Bilan final</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>En bonne voie</translation>
    </message>
    <message>
        <source>Needs support</source>
        <translation>Besoin de soutien</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En difficulté</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non réussi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>En suivi</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <source>Gibbs cycle</source>
        <translation>Cycle de Gibbs</translation>
    </message>
    <message>
        <source>Socratic dialogue</source>
        <translation>Dialogue socratique</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>hier</translation>
    </message>
</context>
<context>
    <name>record_versions</name>
    <message>
        <source>What you observed</source>
        <translation>Ce que vous avez observé</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>Cotations</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
</context>
<context>
    <name>reflection</name>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Write freely about your practice: what happened, what you made of it, and what you take forward.</source>
        <translation>Écrivez librement sur votre pratique&#xa0;: ce qui s&apos;est passé, ce que vous en avez retiré et ce que vous en retenez pour la suite.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>What happened? Where and when, who was there, what did you and others do?</source>
        <translation>Que s&apos;est-il passé&#xa0;? Où et quand, qui était présent, qu&apos;avez-vous fait, vous et les autres&#xa0;?</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Ressentis</translation>
    </message>
    <message>
        <source>What were you thinking and feeling at the time, and afterwards?</source>
        <translation>Que pensiez-vous et que ressentiez-vous sur le moment, et après&#xa0;?</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>What went well, and what went less well?</source>
        <translation>Qu&apos;est-ce qui s&apos;est bien passé, et moins bien passé&#xa0;?</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Why did it go that way? What helps you make sense of it: training, rules and law, what you know of the prisoner, your own experience?</source>
        <translation>Pourquoi cela s&apos;est-il passé ainsi&#xa0;? Qu&apos;est-ce qui vous aide à le comprendre&#xa0;: la formation, le règlement et la loi, ce que vous savez du détenu, votre propre expérience&#xa0;?</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>What else could you have done? What have you learned about yourself and your role?</source>
        <translation>Qu&apos;auriez-vous pu faire d&apos;autre&#xa0;? Qu&apos;avez-vous appris sur vous-même et sur votre rôle&#xa0;?</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>What will you do or practise next time, and how will you know it worked?</source>
        <translation>Que ferez-vous ou exercerez-vous la prochaine fois, et comment saurez-vous que cela a fonctionné&#xa0;?</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>The general question the group examined, e.g. “When is it right to make an exception to a rule for a prisoner?”</source>
        <translation>La question générale que le groupe a examinée, p. ex. «&#xa0;Quand est-il juste de faire une exception à une règle pour un détenu&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Concrete experience</source>
        <translation>Expérience concrète</translation>
    </message>
    <message>
        <source>The one real situation the group examined, told by the person who lived it: what happened, step by step.</source>
        <translation>La situation réelle que le groupe a examinée, racontée par la personne qui l&apos;a vécue&#xa0;: ce qui s&apos;est passé, étape par étape.</translation>
    </message>
    <message>
        <source>Agreed answer</source>
        <translation>Réponse commune</translation>
    </message>
    <message>
        <source>The answer the group reached together, in its own words, and the reasons everyone could accept.</source>
        <translation>La réponse à laquelle le groupe est arrivé ensemble, dans ses propres mots, et les raisons que chacun pouvait accepter.</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Who took part: names or roles, one per line.</source>
        <translation>Qui a participé&#xa0;: noms ou fonctions, un par ligne.</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <source>Gibbs&apos; reflective cycle</source>
        <translation>Cycle réflexif de Gibbs</translation>
    </message>
    <message>
        <source>Socratic dialogue</source>
        <translation>Dialogue socratique</translation>
    </message>
    <message>
        <source>Parts marked * are needed to save; fill the rest when you can.</source>
        <translation>Les parties marquées * sont nécessaires pour enregistrer&#xa0;; complétez le reste quand vous le pouvez.</translation>
    </message>
</context>
<context>
    <name>role_guides</name>
    <message>
        <source>For mentors</source>
        <translation>Pour les mentors</translation>
    </message>
    <message>
        <source>For students</source>
        <translation>Pour les stagiaires</translation>
    </message>
    <message>
        <source>For coordinators</source>
        <translation>Pour les coordinateurs</translation>
    </message>
    <message>
        <source>For administrators</source>
        <translation>Pour les administrateurs</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Recording a shift&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Choose your student on the left (&lt;b&gt;Ctrl+L&lt;/b&gt; and type part of the name; accents do not matter: “hakon” finds Håkon).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; opens a new observation. Write what you saw: what the student did and said, and how it went. Write about the student, not the prisoners: “a prisoner on B-wing”, never a name or a prison number.&lt;/li&gt;&lt;li&gt;Type in &lt;i&gt;Find a competency&lt;/i&gt;, press &lt;b&gt;Down&lt;/b&gt; to the list, &lt;b&gt;Space&lt;/b&gt; to tick a competency and a digit to rate it: &lt;b&gt;1–5&lt;/b&gt;, or &lt;b&gt;0&lt;/b&gt; for not observed. Some levels ask for a comment.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt; publishes: the student reads it and acknowledges it. If the text seems to name a prisoner or give a prison number, mentorlog shows it to you first and offers a neutral reference (“prisoner A”).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;A &lt;b&gt;private mentor note&lt;/b&gt; (Alt+V) is for your eyes only and needs no rating; its button says Save note. Everything you type is kept as a draft while you type, and comes back after a crash.&lt;/p&gt;&lt;h3&gt;Signing and correcting&lt;/h3&gt;&lt;p&gt;Sign a published observation to lock it (Sign…). A signed one is corrected with Amend…, which asks why and keeps every version.&lt;/p&gt;&lt;h3&gt;Goals, reviews and concerns&lt;/h3&gt;&lt;p&gt;Agree goals with the student on the Goals tab; hold the mid-point and final reviews on the Reviews tab (save a draft with &lt;b&gt;Ctrl+S&lt;/b&gt;, publish with &lt;b&gt;Ctrl+Enter&lt;/b&gt;, then sign); raise a cause for concern when the student is not progressing, with an action plan and a date to look at it again.&lt;/p&gt;&lt;h3&gt;Called away?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks every window at once, editors included; your text is kept and your password opens it again. The window also locks itself when nobody has touched it for a few minutes.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Enregistrer un service&lt;/h3&gt;&lt;ol&gt;&lt;li&gt;Choisissez votre stagiaire à gauche (&lt;b&gt;Ctrl+L&lt;/b&gt; puis tapez une partie du nom&#xa0;; les accents n&apos;ont pas d&apos;importance&#xa0;: «&#xa0;hakon&#xa0;» trouve Håkon).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+N&lt;/b&gt; ouvre une nouvelle observation. Décrivez ce que vous avez vu&#xa0;: ce que le stagiaire a fait et dit, et comment cela s&apos;est passé. Écrivez sur le stagiaire, pas sur les détenus&#xa0;: «&#xa0;un détenu de l&apos;aile B&#xa0;», jamais un nom ni un numéro d&apos;écrou.&lt;/li&gt;&lt;li&gt;Tapez dans &lt;i&gt;Rechercher une compétence&lt;/i&gt;, appuyez sur &lt;b&gt;Down&lt;/b&gt; pour aller dans la liste, sur &lt;b&gt;Space&lt;/b&gt; pour cocher une compétence et sur un chiffre pour la coter&#xa0;: &lt;b&gt;1–5&lt;/b&gt;, ou &lt;b&gt;0&lt;/b&gt; pour non observé. Certains niveaux exigent un commentaire.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Ctrl+Enter&lt;/b&gt; publie&#xa0;: le stagiaire le lit et en prend connaissance. Si le texte semble nommer un détenu ou donner un numéro d&apos;écrou, mentorlog vous le montre d&apos;abord et propose une référence neutre («&#xa0;détenu A&#xa0;»).&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Une &lt;b&gt;note privée du mentor&lt;/b&gt; (Alt+V) n&apos;est visible que par vous et ne demande aucune cotation&#xa0;; son bouton indique Enregistrer la note. Tout ce que vous tapez est conservé comme brouillon pendant la saisie, et revient après un plantage.&lt;/p&gt;&lt;h3&gt;Signer et corriger&lt;/h3&gt;&lt;p&gt;Signez une observation publiée pour la verrouiller (Signer…). Une observation signée se corrige avec Rectifier…, qui demande pourquoi et conserve chaque version.&lt;/p&gt;&lt;h3&gt;Objectifs, bilans et préoccupations&lt;/h3&gt;&lt;p&gt;Convenez des objectifs avec le stagiaire dans l&apos;onglet Objectifs&#xa0;; tenez les bilans à mi-parcours et finaux dans l&apos;onglet Bilans (enregistrez un brouillon avec &lt;b&gt;Ctrl+S&lt;/b&gt;, publiez avec &lt;b&gt;Ctrl+Enter&lt;/b&gt;, puis signez)&#xa0;; signalez une préoccupation quand le stagiaire ne progresse pas, avec un plan d&apos;action et une date pour la réexaminer.&lt;/p&gt;&lt;h3&gt;Appelé ailleurs&#xa0;?&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+L&lt;/b&gt; verrouille toutes les fenêtres à la fois, fenêtres d&apos;édition comprises&#xa0;; votre texte est conservé et votre mot de passe le rouvre. La fenêtre se verrouille aussi d&apos;elle-même lorsque personne n&apos;y a touché depuis quelques minutes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your feedback&lt;/h3&gt;&lt;p&gt;mentorlog opens on &lt;b&gt;Feedback&lt;/b&gt;: what your mentor published that you have not answered yet, newest first. Read it, then &lt;b&gt;Acknowledge&lt;/b&gt; (Alt+A), or &lt;b&gt;I disagree…&lt;/b&gt; (Alt+D) with a comment saying why. &lt;b&gt;Reflect on this…&lt;/b&gt; writes a reflection about it.&lt;/p&gt;&lt;h3&gt;Reflections and goals&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt; starts a reflection: free text, Gibbs&apos; cycle or a Socratic dialogue; it is shared with your mentors unless you keep it private. On the Goals tab you add notes of your progress on each goal.&lt;/p&gt;&lt;h3&gt;Rating yourself&lt;/h3&gt;&lt;p&gt;On the Competencies tab, &lt;b&gt;Rate myself…&lt;/b&gt; puts your own level beside your mentor&apos;s; each level&apos;s description is shown as you choose it.&lt;/p&gt;&lt;h3&gt;Reviews and concerns&lt;/h3&gt;&lt;p&gt;A review waiting for your signature is shown above your feedback: read it, then sign it (a comment may go with your signature; Enter does not sign). A cause for concern raised about you is yours to read, and you can answer it on the Concerns tab.&lt;/p&gt;&lt;p&gt;Leaving the workstation: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Vos retours&lt;/h3&gt;&lt;p&gt;mentorlog s&apos;ouvre sur &lt;b&gt;Retours&lt;/b&gt;&#xa0;: ce que votre mentor a publié et auquel vous n&apos;avez pas encore répondu, les plus récents d&apos;abord. Lisez-le, puis &lt;b&gt;Prendre connaissance&lt;/b&gt; (Alt+A), ou &lt;b&gt;Je ne suis pas d&apos;accord…&lt;/b&gt; (Alt+D) avec un commentaire expliquant pourquoi. &lt;b&gt;Réfléchir à ce retour…&lt;/b&gt; rédige une réflexion à son sujet.&lt;/p&gt;&lt;h3&gt;Réflexions et objectifs&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+Shift+N&lt;/b&gt; commence une réflexion&#xa0;: texte libre, cycle de Gibbs ou dialogue socratique&#xa0;; elle est partagée avec vos mentors sauf si vous la gardez privée. Dans l&apos;onglet Objectifs, vous ajoutez des notes sur votre progression pour chaque objectif.&lt;/p&gt;&lt;h3&gt;Vous coter vous-même&lt;/h3&gt;&lt;p&gt;Dans l&apos;onglet Compétences, &lt;b&gt;Me coter…&lt;/b&gt; place votre propre niveau à côté de celui de votre mentor&#xa0;; la description de chaque niveau s&apos;affiche quand vous le choisissez.&lt;/p&gt;&lt;h3&gt;Bilans et préoccupations&lt;/h3&gt;&lt;p&gt;Un bilan en attente de votre signature s&apos;affiche au-dessus de vos retours&#xa0;: lisez-le, puis signez-le (un commentaire peut accompagner votre signature&#xa0;; Enter ne signe pas). Un signalement de préoccupation vous concernant peut être lu par vous, et vous pouvez y répondre dans l&apos;onglet Préoccupations.&lt;/p&gt;&lt;p&gt;En quittant le poste de travail&#xa0;: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; le verrouille.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Following the cohort&lt;/h3&gt;&lt;p&gt;The list on the left has every placement you may see, by prison and cohort: the days since the last observation the student was shown, open concerns (⚑) and feedback still to be answered (✉). Choose one to read the student&apos;s file.&lt;/p&gt;&lt;h3&gt;Reports&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+E&lt;/b&gt; exports progress reports as PDF: for one student, several, or a whole cohort with its summary, with a preview first.&lt;/p&gt;&lt;h3&gt;Reviews and people&lt;/h3&gt;&lt;p&gt;You sign each review after the mentor and the student. Administration › People and accounts adds students and mentors and sets passwords; the audit trail shows who did what.&lt;/p&gt;&lt;p&gt;Leaving the workstation: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; locks it.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Suivre la promotion&lt;/h3&gt;&lt;p&gt;La liste de gauche contient chaque stage que vous pouvez voir, par prison et par promotion&#xa0;: les jours depuis la dernière observation montrée au stagiaire, les préoccupations ouvertes (⚑) et les retours encore sans réponse (✉). Choisissez-en un pour lire le dossier du stagiaire.&lt;/p&gt;&lt;h3&gt;Rapports&lt;/h3&gt;&lt;p&gt;&lt;b&gt;Ctrl+E&lt;/b&gt; exporte les rapports de progression en PDF&#xa0;: pour un stagiaire, plusieurs, ou toute une promotion avec sa synthèse, avec d&apos;abord un aperçu.&lt;/p&gt;&lt;h3&gt;Bilans et personnes&lt;/h3&gt;&lt;p&gt;Vous signez chaque bilan après le mentor et le stagiaire. Administration › Personnes et comptes ajoute des stagiaires et des mentors et définit les mots de passe&#xa0;; le journal d&apos;audit montre qui a fait quoi.&lt;/p&gt;&lt;p&gt;En quittant le poste de travail&#xa0;: &lt;b&gt;Ctrl+Shift+L&lt;/b&gt; le verrouille.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Looking after the site&lt;/h3&gt;&lt;p&gt;Administration › People and accounts: add people, give them their roles, unlock an account and set a new password.&lt;/p&gt;&lt;p&gt;Administration › Site settings: how long an untouched window waits before it locks, and the privacy check: the site&apos;s prison number formats (9 for a digit, A for a letter, e.g. A9999AA), the words after which a name is flagged, names to watch for, and words that are never names here.&lt;/p&gt;&lt;p&gt;File › Backups: verified backups of the database, and restoring one. Keep the printed recovery key in a safe.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gérer le site&lt;/h3&gt;&lt;p&gt;Administration › Personnes et comptes&#xa0;: ajouter des personnes, leur attribuer leurs rôles, déverrouiller un compte et définir un nouveau mot de passe.&lt;/p&gt;&lt;p&gt;Administration › Paramètres du site&#xa0;: combien de temps une fenêtre inactive attend avant de se verrouiller, et le contrôle de confidentialité&#xa0;: les formats de numéro d&apos;écrou du site (9 pour un chiffre, A pour une lettre, p. ex. A9999AA), les mots après lesquels un nom est signalé, les noms à surveiller, et les mots qui ne sont jamais des noms ici.&lt;/p&gt;&lt;p&gt;Fichier › Sauvegardes&#xa0;: les sauvegardes vérifiées de la base de données, et la restauration de l&apos;une d&apos;elles. Conservez la clé de récupération imprimée dans un coffre.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sensitive_check</name>
    <message>
        <source>&amp;Replace and publish</source>
        <translation>&amp;Remplacer et publier</translation>
    </message>
    <message>
        <source>Publish &amp;as written</source>
        <translation>Publier &amp;tel quel</translation>
    </message>
    <message>
        <source>&amp;Replace and save</source>
        <translation>&amp;Remplacer et enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;as written</source>
        <translation>Enregistrer &amp;tel quel</translation>
    </message>
    <message>
        <source>Sign &amp;as written</source>
        <translation>Signer &amp;tel quel</translation>
    </message>
    <message>
        <source>&amp;Correct it first</source>
        <translation>&amp;Corriger d&apos;abord</translation>
    </message>
    <message>
        <source>a name</source>
        <translation>un nom</translation>
    </message>
    <message>
        <source>a name after “%1”</source>
        <translation>un nom après «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>a name on the site&apos;s list</source>
        <translation>un nom de la liste du site</translation>
    </message>
    <message>
        <source>a name nobody here has</source>
        <translation>un nom que personne ne porte ici</translation>
    </message>
    <message>
        <source>a first name nobody here has</source>
        <translation>un prénom que personne ne porte ici</translation>
    </message>
    <message>
        <source>the same name again</source>
        <translation>le même nom à nouveau</translation>
    </message>
    <message>
        <source>a prison number</source>
        <translation>un numéro d&apos;écrou</translation>
    </message>
    <message>
        <source>“%1” → “%2” (%3)</source>
        <translation>«&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;» (%3)</translation>
    </message>
    <message>
        <source>Names or numbers in the text</source>
        <translation>Noms ou numéros dans le texte</translation>
    </message>
    <message>
        <source>This seems to name a prisoner or give a prison number. Records are about the student; a neutral reference keeps the prisoner&apos;s privacy.</source>
        <translation>Ceci semble nommer un détenu ou donner un numéro d&apos;écrou. Les documents portent sur le stagiaire&#xa0;; une référence neutre protège la vie privée du détenu.</translation>
    </message>
</context>
<context>
    <name>signing</name>
    <message>
        <source>its mentor</source>
        <translation>son mentor</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked. Your unsaved changes were not saved to it; they are kept for Amend….</source>
        <translation>%1 a signé cette observation pendant qu&apos;elle était ouverte ici&#xa0;: elle est désormais verrouillée. Vos modifications non enregistrées n&apos;y ont pas été enregistrées&#xa0;; elles sont conservées pour Rectifier….</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked. Your unsaved changes were not saved to it.</source>
        <translation>%1 a signé cette observation pendant qu&apos;elle était ouverte ici&#xa0;: elle est désormais verrouillée. Vos modifications non enregistrées n&apos;y ont pas été enregistrées.</translation>
    </message>
    <message>
        <source>%1 signed this observation while it was open here: it is now locked.</source>
        <translation>%1 a signé cette observation pendant qu&apos;elle était ouverte ici&#xa0;: elle est désormais verrouillée.</translation>
    </message>
    <message>
        <source>%1 disagreed with version %2 on %3: “%4”</source>
        <translation>%1 a exprimé son désaccord avec la version %2 le %3&#xa0;: «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>Acknowledged by %1 (version %2) on %3.</source>
        <translation>%1 en a pris connaissance (version %2) le %3.</translation>
    </message>
    <message>
        <source>Signed by %1 on %2.</source>
        <translation>Signé par %1 le %2.</translation>
    </message>
    <message>
        <source>Published, not signed yet.</source>
        <translation>Publié, pas encore signé.</translation>
    </message>
    <message>
        <source>Version %1, amended by %2 on %3: “%4”</source>
        <translation>Version %1, rectifiée par %2 le %3&#xa0;: «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <source>This version has been amended since; the current one is newer.</source>
        <translation>Cette version a été rectifiée depuis&#xa0;; la version actuelle est plus récente.</translation>
    </message>
    <message>
        <source>Not yet acknowledged by the student (version %1).</source>
        <translation>Le stagiaire n&apos;en a pas encore pris connaissance (version %1).</translation>
    </message>
    <message>
        <source>A review is signed once it is published.</source>
        <translation>Un bilan se signe une fois publié.</translation>
    </message>
    <message>
        <source>Signed by mentor, student and coordinator.</source>
        <translation>Signé par le mentor, le stagiaire et le coordinateur.</translation>
    </message>
    <message>
        <source>Signed by %1 (mentor) on %2.</source>
        <translation>Signé par %1 (mentor) le %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (student) on %2.</source>
        <translation>Signé par %1 (stagiaire) le %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (coordinator) on %2.</source>
        <translation>Signé par %1 (coordinateur) le %2.</translation>
    </message>
    <message>
        <source>Signed by %1 (administrator) on %2.</source>
        <translation>Signé par %1 (administrateur) le %2.</translation>
    </message>
    <message>
        <source>Waiting for the mentor’s signature.</source>
        <translation>En attente de la signature du mentor.</translation>
    </message>
    <message>
        <source>Waiting for the student’s signature.</source>
        <translation>En attente de la signature du stagiaire.</translation>
    </message>
    <message>
        <source>Waiting for the coordinator’s signature.</source>
        <translation>En attente de la signature du coordinateur.</translation>
    </message>
    <message>
        <source>Waiting for another signature.</source>
        <translation>En attente d&apos;une autre signature.</translation>
    </message>
    <message>
        <source>Sign the observation?</source>
        <translation>Signer l&apos;observation&#xa0;?</translation>
    </message>
    <message>
        <source>Sign this observation as its mentor?</source>
        <translation>Signer cette observation en tant que mentor&#xa0;?</translation>
    </message>
    <message>
        <source>Once signed, this observation is locked; corrections become amendments.</source>
        <translation>Une fois signée, cette observation est verrouillée&#xa0;; les corrections deviennent des rectifications.</translation>
    </message>
    <message>
        <source>Once you sign, the review is locked; the student and a coordinator sign after you.</source>
        <translation>Une fois que vous avez signé, le bilan est verrouillé&#xa0;; le stagiaire et un coordinateur signent après vous.</translation>
    </message>
    <message>
        <source>Your signature is recorded with your name and the time.</source>
        <translation>Votre signature est enregistrée avec votre nom et l&apos;heure.</translation>
    </message>
    <message>
        <source>Sign this review as %1?</source>
        <translation>Signer ce bilan en tant que %1&#xa0;?</translation>
    </message>
    <message>
        <source>Sign the review?</source>
        <translation>Signer le bilan&#xa0;?</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Publish first</source>
        <translation>Publier d&apos;abord</translation>
    </message>
    <message>
        <source>Publish your changes, or close and discard them, before signing: a signature is for what is published.</source>
        <translation>Publiez vos modifications, ou fermez et abandonnez-les, avant de signer&#xa0;: une signature porte sur ce qui est publié.</translation>
    </message>
    <message>
        <source>Signed meanwhile</source>
        <translation>Signé entre-temps</translation>
    </message>
    <message>
        <source>%1 signed this observation while you were editing it, so your changes were not saved to it.</source>
        <translation>%1 a signé cette observation pendant que vous la modifiiez&#xa0;; vos modifications n&apos;y ont donc pas été enregistrées.</translation>
    </message>
    <message>
        <source>A signed observation is corrected by amending it.</source>
        <translation>Une observation signée se corrige par une rectification.</translation>
    </message>
    <message>
        <source>They are kept: Amend… opens them as a correction of the signed version, saved with a reason as its next version.</source>
        <translation>Elles sont conservées&#xa0;: Rectifier… les ouvre comme correction de la version signée, enregistrée avec un motif comme version suivante.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>Rec&amp;tifier…</translation>
    </message>
</context>
<context>
    <name>site_menu</name>
    <message>
        <source>Set-up &amp;guide…</source>
        <translation>&amp;Guide de configuration…</translation>
    </message>
    <message>
        <source>&amp;Academy and prisons…</source>
        <translation>&amp;Centre de formation et prisons…</translation>
    </message>
    <message>
        <source>&amp;Cohorts…</source>
        <translation>&amp;Promotions…</translation>
    </message>
    <message>
        <source>&amp;Placements…</source>
        <translation>S&amp;tages…</translation>
    </message>
    <message>
        <source>&amp;Import people or placements…</source>
        <translation>&amp;Importer des personnes ou des stages…</translation>
    </message>
    <message>
        <source>&amp;Frameworks…</source>
        <translation>&amp;Référentiels…</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>Log a s&amp;hift…</source>
        <translation>Enregistrer un ser&amp;vice…</translation>
    </message>
</context>
<context>
    <name>stale_forms</name>
    <message>
        <source>Held on, progress</source>
        <translation>Tenu le, progression</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Agreed actions</source>
        <translation>Actions convenues</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>%1, due %2</source>
        <translation>%1, échéance %2</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d&apos;action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>What was seen</source>
        <translation>Ce qui a été constaté</translation>
    </message>
    <message>
        <source>Raised, review on</source>
        <translation>Signalée, bilan le</translation>
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
        <translation>Stagiaire</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation>Échec de connexion</translation>
    </message>
    <message>
        <source>Sign-in refused: too soon after failures</source>
        <translation>Connexion refusée&#xa0;: trop tôt après des échecs</translation>
    </message>
    <message>
        <source>Sign-in refused: account locked</source>
        <translation>Connexion refusée&#xa0;: compte verrouillé</translation>
    </message>
    <message>
        <source>Signed out</source>
        <translation>Déconnexion</translation>
    </message>
    <message>
        <source>Locked the window</source>
        <translation>Fenêtre verrouillée</translation>
    </message>
    <message>
        <source>Unlocked the window</source>
        <translation>Fenêtre déverrouillée</translation>
    </message>
    <message>
        <source>Unlocking the window failed</source>
        <translation>Échec du déverrouillage de la fenêtre</translation>
    </message>
    <message>
        <source>Unlocking refused: too soon after failures</source>
        <translation>Déverrouillage refusé&#xa0;: trop tôt après des échecs</translation>
    </message>
    <message>
        <source>Unlocking refused: account locked</source>
        <translation>Déverrouillage refusé&#xa0;: compte verrouillé</translation>
    </message>
    <message>
        <source>Account locked after failed attempts</source>
        <translation>Compte verrouillé après des tentatives échouées</translation>
    </message>
    <message>
        <source>Password protection strengthened</source>
        <translation>Protection du mot de passe renforcée</translation>
    </message>
    <message>
        <source>First administrator created</source>
        <translation>Premier administrateur créé</translation>
    </message>
    <message>
        <source>Refused: not permitted</source>
        <translation>Refusé&#xa0;: non autorisé</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Personne ajoutée</translation>
    </message>
    <message>
        <source>Role given</source>
        <translation>Rôle attribué</translation>
    </message>
    <message>
        <source>Role removed</source>
        <translation>Rôle retiré</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>Mot de passe personnel modifié</translation>
    </message>
    <message>
        <source>Account unlocked</source>
        <translation>Compte déverrouillé</translation>
    </message>
    <message>
        <source>Account deactivated</source>
        <translation>Compte désactivé</translation>
    </message>
    <message>
        <source>Account reactivated</source>
        <translation>Compte réactivé</translation>
    </message>
    <message>
        <source>Observation signed</source>
        <translation>Observation signée</translation>
    </message>
    <message>
        <source>Observation amended</source>
        <translation>Observation rectifiée</translation>
    </message>
    <message>
        <source>Feedback acknowledged</source>
        <translation>Prise de connaissance du retour</translation>
    </message>
    <message>
        <source>Disagreement recorded</source>
        <translation>Désaccord enregistré</translation>
    </message>
    <message>
        <source>Review signed</source>
        <translation>Bilan signé</translation>
    </message>
    <message>
        <source>Placement ended</source>
        <translation>Stage terminé</translation>
    </message>
    <message>
        <source>Placement completed and signed off</source>
        <translation>Stage terminé et validé</translation>
    </message>
    <message>
        <source>Framework imported</source>
        <translation>Référentiel importé</translation>
    </message>
    <message>
        <source>Cause for concern raised</source>
        <translation>Préoccupation signalée</translation>
    </message>
    <message>
        <source>Cause for concern changed</source>
        <translation>Préoccupation modifiée</translation>
    </message>
    <message>
        <source>Cause for concern moved on</source>
        <translation>Statut de la préoccupation modifié</translation>
    </message>
    <message>
        <source>Student answered a cause for concern</source>
        <translation>Le stagiaire a répondu à une préoccupation</translation>
    </message>
    <message>
        <source>Cause for concern deleted</source>
        <translation>Préoccupation supprimée</translation>
    </message>
    <message>
        <source>Cause for concern restored</source>
        <translation>Préoccupation restaurée</translation>
    </message>
    <message>
        <source>Progress note added to a goal</source>
        <translation>Note de progression ajoutée à un objectif</translation>
    </message>
    <message>
        <source>Observation marked as discussed</source>
        <translation>Observation marquée comme discutée</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>A student&apos;s data exported on request</source>
        <translation>Données d&apos;un stagiaire exportées à sa demande</translation>
    </message>
    <message>
        <source>Records past their retention removed</source>
        <translation>Documents dont la durée de conservation est dépassée supprimés</translation>
    </message>
    <message>
        <source>Site setting changed</source>
        <translation>Paramètre du site modifié</translation>
    </message>
    <message>
        <source>Database encrypted</source>
        <translation>Base de données chiffrée</translation>
    </message>
    <message>
        <source>Demonstration data loaded</source>
        <translation>Données de démonstration chargées</translation>
    </message>
    <message>
        <source>Signing key issued</source>
        <translation>Clé de signature émise</translation>
    </message>
    <message>
        <source>Signing key retired</source>
        <translation>Clé de signature retirée</translation>
    </message>
    <message>
        <source>Earlier sign-offs sealed</source>
        <translation>Validations antérieures scellées</translation>
    </message>
    <message>
        <source>Wrong passwords counted before the database opened</source>
        <translation>Mots de passe erronés comptés avant l&apos;ouverture de la base de données</translation>
    </message>
    <message>
        <source>Failed-attempt counts reset outside mentorlog</source>
        <translation>Compteurs de tentatives échouées remis à zéro en dehors de mentorlog</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>Language chosen</source>
        <translation>Langue choisie</translation>
    </message>
    <message>
        <source>Academy created</source>
        <translation>Centre de formation créé</translation>
    </message>
    <message>
        <source>Academy changed</source>
        <translation>Centre de formation modifié</translation>
    </message>
    <message>
        <source>Cohort created</source>
        <translation>Promotion créée</translation>
    </message>
    <message>
        <source>Cohort changed</source>
        <translation>Promotion modifiée</translation>
    </message>
    <message>
        <source>Prison added</source>
        <translation>Prison ajoutée</translation>
    </message>
    <message>
        <source>Prison changed</source>
        <translation>Prison modifiée</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>Section ajoutée</translation>
    </message>
    <message>
        <source>Unit changed</source>
        <translation>Section modifiée</translation>
    </message>
    <message>
        <source>Placement created</source>
        <translation>Stage créé</translation>
    </message>
    <message>
        <source>Placement changed</source>
        <translation>Stage modifié</translation>
    </message>
    <message>
        <source>Framework exported</source>
        <translation>Référentiel exporté</translation>
    </message>
    <message>
        <source>Observation written</source>
        <translation>Observation rédigée</translation>
    </message>
    <message>
        <source>Observation changed</source>
        <translation>Observation modifiée</translation>
    </message>
    <message>
        <source>Observation shared with the student</source>
        <translation>Observation partagée avec le stagiaire</translation>
    </message>
    <message>
        <source>Observation deleted</source>
        <translation>Observation supprimée</translation>
    </message>
    <message>
        <source>Observation restored</source>
        <translation>Observation restaurée</translation>
    </message>
    <message>
        <source>Reflection written</source>
        <translation>Réflexion rédigée</translation>
    </message>
    <message>
        <source>Reflection changed</source>
        <translation>Réflexion modifiée</translation>
    </message>
    <message>
        <source>Reflection deleted</source>
        <translation>Réflexion supprimée</translation>
    </message>
    <message>
        <source>Reflection restored</source>
        <translation>Réflexion restaurée</translation>
    </message>
    <message>
        <source>Review written</source>
        <translation>Bilan rédigé</translation>
    </message>
    <message>
        <source>Review changed</source>
        <translation>Bilan modifié</translation>
    </message>
    <message>
        <source>Review published</source>
        <translation>Bilan publié</translation>
    </message>
    <message>
        <source>Review deleted</source>
        <translation>Bilan supprimé</translation>
    </message>
    <message>
        <source>Review restored</source>
        <translation>Bilan restauré</translation>
    </message>
    <message>
        <source>Goal created</source>
        <translation>Objectif créé</translation>
    </message>
    <message>
        <source>Goal changed</source>
        <translation>Objectif modifié</translation>
    </message>
    <message>
        <source>Goal deleted</source>
        <translation>Objectif supprimé</translation>
    </message>
    <message>
        <source>Goal restored</source>
        <translation>Objectif restauré</translation>
    </message>
    <message>
        <source>Self-assessment recorded</source>
        <translation>Auto-évaluation enregistrée</translation>
    </message>
    <message>
        <source>Shift logged</source>
        <translation>Service enregistré</translation>
    </message>
    <message>
        <source>Logged shift deleted</source>
        <translation>Service enregistré supprimé</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Failed attempts</source>
        <translation>Tentatives échouées</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>Amends</source>
        <translation>Rectifie</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>People needing a new password</source>
        <translation>Personnes ayant besoin d&apos;un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Students removed</source>
        <translation>Stagiaires supprimés</translation>
    </message>
    <message>
        <source>Students</source>
        <translation>Stagiaires</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>Placements</source>
        <translation>Stages</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Bilans</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>New failures</source>
        <translation>Nouveaux échecs</translation>
    </message>
    <message>
        <source>Last failure</source>
        <translation>Dernier échec</translation>
    </message>
    <message>
        <source>Counts restored for</source>
        <translation>Compteurs rétablis pour</translation>
    </message>
    <message>
        <source>Failures removed</source>
        <translation>Échecs supprimés</translation>
    </message>
    <message>
        <source>Counted against</source>
        <translation>Imputés à</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Framework</source>
        <translation>Référentiel</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Bilan</translation>
    </message>
    <message>
        <source>Cause for concern</source>
        <translation>Signalement de préoccupation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Promotion</translation>
    </message>
    <message>
        <source>Site setting</source>
        <translation>Paramètre du site</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>minutes before an untouched window locks</source>
        <translation>minutes avant qu&apos;une fenêtre inactive se verrouille</translation>
    </message>
    <message>
        <source>privacy check</source>
        <translation>contrôle de confidentialité</translation>
    </message>
    <message>
        <source>prison number formats</source>
        <translation>formats de numéro d&apos;écrou</translation>
    </message>
    <message>
        <source>words before a number</source>
        <translation>mots avant un numéro</translation>
    </message>
    <message>
        <source>words before a name</source>
        <translation>mots avant un nom</translation>
    </message>
    <message>
        <source>names watched for</source>
        <translation>noms surveillés</translation>
    </message>
    <message>
        <source>words that are never names</source>
        <translation>mots qui ne sont jamais des noms</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>retiré&#xa0;: %1</translation>
    </message>
    <message>
        <source>unlocked as well</source>
        <translation>également déverrouillé</translation>
    </message>
    <message>
        <source>was not locked</source>
        <translation>n&apos;était pas verrouillé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>undo_delete</name>
    <message>
        <source>Delete?</source>
        <translation>Supprimer&#xa0;?</translation>
    </message>
    <message>
        <source>You can undo this with Edit &gt; Undo (Ctrl+Z).</source>
        <translation>Vous pouvez annuler ceci avec Édition &gt; Annuler (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Édition &gt; Annuler (Ctrl+Z) le rétablit.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have changes that are not saved yet.</source>
        <translation>Vous avez des modifications qui ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>Discarding drops what you typed since you last saved.</source>
        <translation>Abandonner supprime ce que vous avez tapé depuis le dernier enregistrement.</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer à modifier</translation>
    </message>
</context>
</TS>

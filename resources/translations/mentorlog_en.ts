<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttentionLabels</name>
    <message numerus="yes">
        <source>%n concern(s) escalated to the academy</source>
        <translation>
            <numerusform>%n concern escalated to the academy</numerusform>
            <numerusform>%n concerns escalated to the academy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open cause(s) for concern</source>
        <translation>
            <numerusform>%n open cause for concern</numerusform>
            <numerusform>%n open causes for concern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>final review not held, %n day(s) left</source>
        <translation>
            <numerusform>final review not held, %n day left</numerusform>
            <numerusform>final review not held, %n days left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not responding to training (%n rating(s) in 4 weeks)</source>
        <translation>
            <numerusform>not responding to training (%n rating in 4 weeks)</numerusform>
            <numerusform>not responding to training (%n ratings in 4 weeks)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competencies below the level expected by now</source>
        <translation>
            <numerusform>%n competency below the level expected by now</numerusform>
            <numerusform>%n competencies below the level expected by now</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no observation for %n day(s)</source>
        <translation>
            <numerusform>no observation for %n day</numerusform>
            <numerusform>no observation for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>disagreed with %n entries in 4 weeks</source>
        <translation>
            <numerusform>disagreed with %n entry in 4 weeks</numerusform>
            <numerusform>disagreed with %n entries in 4 weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationView</name>
    <message numerus="yes">
        <source>%Ln rating(s); %1</source>
        <translation>
            <numerusform>%Ln rating; %1</numerusform>
            <numerusform>%Ln ratings; %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mentor(s) rating apart from peers</source>
        <translation>
            <numerusform>%n mentor rating apart from peers</numerusform>
            <numerusform>%n mentors rating apart from peers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetenciesModel</name>
    <message numerus="yes">
        <source>Not observed in the last %n day(s): look out for it on the next shift</source>
        <translation>
            <numerusform>Not observed in the last %n day: look out for it on the next shift</numerusform>
            <numerusform>Not observed in the last %n days: look out for it on the next shift</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompetenciesTab</name>
    <message numerus="yes">
        <source>Every competency was observed in the last %n day(s).</source>
        <translation>
            <numerusform>Every competency was observed in the last %n day.</numerusform>
            <numerusform>Every competency was observed in the last %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 competencies were not observed in the last %2 days (highlighted): %3. Look out for them on the next shifts.</source>
        <translation>
            <numerusform>%n of %1 competencies was not observed in the last %2 days (highlighted): %3. Look out for it on the next shifts.</numerusform>
            <numerusform>%n of %1 competencies were not observed in the last %2 days (highlighted): %3. Look out for them on the next shifts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConcernsTab</name>
    <message numerus="yes">
        <source>%n open concern(s)</source>
        <translation>
            <numerusform>%n open concern</numerusform>
            <numerusform>%n open concerns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n escalated concern(s)</source>
        <translation>
            <numerusform>%n escalated concern</numerusform>
            <numerusform>%n escalated concerns</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardModel</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in the last four weeks</source>
        <translation>
            <numerusform>%n in the last four weeks</numerusform>
            <numerusform>%n in the last four weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n placement(s): %1 to act on now, %2 needing attention</source>
        <translation>
            <numerusform>%n placement: %1 to act on now, %2 needing attention</numerusform>
            <numerusform>%n placements: %1 to act on now, %2 needing attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1</source>
        <translation>
            <numerusform>Saved %n row to %1</numerusform>
            <numerusform>Saved %n rows to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message numerus="yes">
        <source>%1 (%2, %n placement(s))</source>
        <translation>
            <numerusform>%1 (%2, %n placement)</numerusform>
            <numerusform>%1 (%2, %n placements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n report(s) were written whole before it stopped; nothing half-written was left.</source>
        <translation>
            <numerusform>Export cancelled: %n report was written whole before it stopped; nothing half-written was left.</numerusform>
            <numerusform>Export cancelled: %n reports were written whole before it stopped; nothing half-written was left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n PDF(s), %1 in all.</source>
        <translation>
            <numerusform>Wrote %n PDF, %1 in all.</numerusform>
            <numerusform>Wrote %n PDFs, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FeedbackTab</name>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) waiting for your signature</source>
        <translation>
            <numerusform>%n review waiting for your signature</numerusform>
            <numerusform>%n reviews waiting for your signature</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message numerus="yes">
        <source>Loads a made-up academy with training prisons in Belgium, Finland, Norway and Estonia, %n students and their observations, reflections, goals, reviews and concerns. Afterwards sign in as admin, coordinator, mentor or student, each with the password demo.</source>
        <translation>
            <numerusform>Loads a made-up academy with training prisons in Belgium, Finland, Norway and Estonia, %n student and their observations, reflections, goals, reviews and concerns. Afterwards sign in as admin, coordinator, mentor or student, each with the password demo.</numerusform>
            <numerusform>Loads a made-up academy with training prisons in Belgium, Finland, Norway and Estonia, %n students and their observations, reflections, goals, reviews and concerns. Afterwards sign in as admin, coordinator, mentor or student, each with the password demo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoalsTab</name>
    <message numerus="yes">
        <source>%n open · %1 overdue</source>
        <translation>
            <numerusform>%n open · %1 overdue</numerusform>
            <numerusform>%n open · %1 overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlacementsModel</name>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cause(s) for concern open or escalated</source>
        <translation>
            <numerusform>%n cause for concern open or escalated</numerusform>
            <numerusform>%n causes for concern open or escalated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shared observation(s) not yet acknowledged</source>
        <translation>
            <numerusform>%n shared observation not yet acknowledged</numerusform>
            <numerusform>%n shared observations not yet acknowledged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RatersModel</name>
    <message numerus="yes">
        <source>%1: %n rating(s) (%2 from the lowest level up)</source>
        <translation>
            <numerusform>%1: %n rating (%2 from the lowest level up)</numerusform>
            <numerusform>%1: %n ratings (%2 from the lowest level up)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message numerus="yes">
        <source>%n page(s). Nothing is saved until you export.</source>
        <translation>
            <numerusform>%n page. Nothing is saved until you export.</numerusform>
            <numerusform>%n pages. Nothing is saved until you export.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetupGuide</name>
    <message numerus="yes">
        <source>%n prison(s)</source>
        <translation>
            <numerusform>%n prison</numerusform>
            <numerusform>%n prisons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) besides you</source>
        <translation>
            <numerusform>%n person besides you</numerusform>
            <numerusform>%n people besides you</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message numerus="yes">
        <source>%n competencies
lowest level %1</source>
        <translation>
            <numerusform>%n competency
level %1</numerusform>
            <numerusform>%n competencies
lowest level %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n competencies rated; lowest level %1</source>
        <translation>
            <numerusform>%n competency rated; level %1</numerusform>
            <numerusform>%n competencies rated; lowest level %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message numerus="yes">
        <source>%n matching “%1”</source>
        <translation>
            <numerusform>%n matching “%1”</numerusform>
            <numerusform>%n matching “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries match the filters</source>
        <translation>
            <numerusform>%n entry matches the filters</numerusform>
            <numerusform>%n entries match the filters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyRecordsDialog</name>
    <message numerus="yes">
        <source>%n problem(s) found. %1</source>
        <translation>
            <numerusform>%n problem found. %1</numerusform>
            <numerusform>%n problems found. %1</numerusform>
        </translation>
    </message>
</context>
</TS>

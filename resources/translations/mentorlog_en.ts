<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <source>%n mentor(s) rating apart from peers</source>
        <translation>
            <numerusform>%n mentor rating apart from peers</numerusform>
            <numerusform>%n mentors rating apart from peers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <source>%n placement(s)</source>
        <translation>
            <numerusform>%n placement</numerusform>
            <numerusform>%n placements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to {file}</source>
        <translation>
            <numerusform>Saved %n row to {file}</numerusform>
            <numerusform>Saved %n rows to {file}</numerusform>
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
        <source>Wrote %n PDF(s)</source>
        <translation>
            <numerusform>Wrote %n PDF</numerusform>
            <numerusform>Wrote %n PDFs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n page(s) in all.</source>
        <translation>
            <numerusform>, %n page in all.</numerusform>
            <numerusform>, %n pages in all.</numerusform>
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
    <name>PlacementsModel</name>
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
    <name>TimelineModel</name>
    <message numerus="yes">
        <source>%n competencies</source>
        <translation>
            <numerusform>%n competency</numerusform>
            <numerusform>%n competencies</numerusform>
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
    <name>VerifyRecordsDialog</name>
    <message numerus="yes">
        <source>%n problem(s) found. %1</source>
        <translation>
            <numerusform>%n problem found. %1</numerusform>
            <numerusform>%n problems found. %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
</TS>

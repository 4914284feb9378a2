<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>gonogo::AfterLaunchPanel</name>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="90"/>
        <location filename="../views/afterlaunchdialogs.cpp" line="123"/>
        <source>Add a reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="90"/>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="93"/>
        <location filename="../views/afterlaunchdialogs.cpp" line="365"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="102"/>
        <source>a word, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="102"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="103"/>
        <source>Taken now; normal is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="110"/>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="111"/>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="133"/>
        <source>%1 = %2: outside its threshold (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="134"/>
        <source>%1 = %2 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="143"/>
        <location filename="../views/afterlaunchdialogs.cpp" line="155"/>
        <location filename="../views/afterlaunchdialogs.cpp" line="179"/>
        <source>Import Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="144"/>
        <source>Monitoring exports (*.csv *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="161"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="166"/>
        <source>%1 is larger than 16 MiB; split the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/afterlaunchdialogs.cpp" line="180"/>
        <source>Add %n reading(s) from %1?</source>
        <translation>
            <numerusform>Add %n reading from %1?</numerusform>
            <numerusform>Add %n readings from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/afterlaunchdialogs.cpp" line="181"/>
        <source>%n of them outside their thresholds.</source>
        <translation>
            <numerusform>%n of them outside its threshold.</numerusform>
            <numerusform>%n of them outside their thresholds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/afterlaunchdialogs.cpp" line="189"/>
        <source>%n reading(s) added from %1; </source>
        <translation>
            <numerusform>%n reading added from %1; </numerusform>
            <numerusform>%n readings added from %1; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/afterlaunchdialogs.cpp" line="190"/>
        <source>%n outside their thresholds.</source>
        <translation>
            <numerusform>%n outside its threshold.</numerusform>
            <numerusform>%n outside their thresholds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="201"/>
        <location filename="../views/afterlaunchdialogs.cpp" line="244"/>
        <source>Threshold of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="201"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="206"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="208"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="214"/>
        <source>Rule:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="214"/>
        <source>at most the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="215"/>
        <source>at least the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="216"/>
        <source>within the band around the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="217"/>
        <source>one of the expected words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="220"/>
        <source>&amp;Limit (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="222"/>
        <source>not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="223"/>
        <source>&amp;Baseline (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="224"/>
        <source>B&amp;and (%):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="226"/>
        <source>words joined by /</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="227"/>
        <source>&amp;Expected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="229"/>
        <source>&amp;Rollback trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="243"/>
        <source>%1: a threshold is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="244"/>
        <source>A threshold is a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="257"/>
        <source>%1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="269"/>
        <source>Record review %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="269"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="276"/>
        <source>What the review concluded (printed in the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="277"/>
        <source>Declare the launch &amp;STABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="280"/>
        <source>Needs every condition closed or carried with a new owner and date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="281"/>
        <source>STABLE is declared once, at T+48h or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="286"/>
        <source>%1, %2: due %3. The metrics and open conditions are written as they stand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="290"/>
        <source>&amp;Attendees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="291"/>
        <source>&amp;Outcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="303"/>
        <source>%1 recorded: STABLE declared. The stakeholders can now sign it (N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="304"/>
        <source>%1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="315"/>
        <source>Close condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="316"/>
        <source>How was it met? (kept in the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="318"/>
        <source>Condition %1 closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="328"/>
        <source>Carry condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="328"/>
        <source>Carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="333"/>
        <source>Why it is carried (kept in the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="343"/>
        <source>New &amp;owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="344"/>
        <source>New &amp;due date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="345"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="347"/>
        <source>Condition %1 carried to %2, due %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="358"/>
        <source>Sign the STABLE declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="358"/>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="365"/>
        <source>%1 (%2), signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="371"/>
        <source>A comment, if any (printed in the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="372"/>
        <source>You sign that the launch is STABLE as declared at %1, on fingerprint %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="377"/>
        <source>&amp;Stakeholder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="378"/>
        <source>&amp;Comment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="391"/>
        <source>%1 signed the STABLE declaration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <location filename="../views/afterlaunchpanel.cpp" line="101"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="99"/>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <location filename="../views/afterlaunchpanel.cpp" line="101"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <source>Held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <location filename="../views/afterlaunchpanel.cpp" line="149"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="101"/>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="101"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="101"/>
        <source>Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="102"/>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="102"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="102"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="102"/>
        <source>STABLE sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="103"/>
        <source>Add Rea&amp;ding...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="103"/>
        <source>&amp;Import Readings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="104"/>
        <source>Set &amp;Threshold...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="105"/>
        <source>Record Revie&amp;w...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="106"/>
        <source>&amp;Close Condition...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="107"/>
        <source>Carr&amp;y Condition...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="107"/>
        <source>Sign STA&amp;BLE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="116"/>
        <source>A: add a reading · I: import readings · T: the selected metric&apos;s threshold · W: record the review that is due · C: close, Y: carry the selected condition · N: sign STABLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="148"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="150"/>
        <source>Conditions of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="151"/>
        <source>STABLE sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="210"/>
        <location filename="../views/afterlaunchpanel.cpp" line="396"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="210"/>
        <location filename="../views/afterlaunchpanel.cpp" line="394"/>
        <source>BREACH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="210"/>
        <location filename="../views/afterlaunchpanel.cpp" line="392"/>
        <source>NO READING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="211"/>
        <location filename="../views/afterlaunchpanel.cpp" line="446"/>
        <source>OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="211"/>
        <location filename="../views/afterlaunchpanel.cpp" line="448"/>
        <source>CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="211"/>
        <location filename="../views/afterlaunchpanel.cpp" line="448"/>
        <source>CARRIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="212"/>
        <location filename="../views/afterlaunchpanel.cpp" line="473"/>
        <source>CURRENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="212"/>
        <location filename="../views/afterlaunchpanel.cpp" line="475"/>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="212"/>
        <location filename="../views/afterlaunchpanel.cpp" line="471"/>
        <source>NOT SIGNED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="307"/>
        <source>STABLE declared at %1 · signed by %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="313"/>
        <source>The launch was %1: no STABLE declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="316"/>
        <source>Monitoring starts at go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="318"/>
        <source>Monitoring: no breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/afterlaunchpanel.cpp" line="319"/>
        <source>Monitoring: %n reading(s) outside their thresholds</source>
        <translation>
            <numerusform>Monitoring: %n reading outside its threshold</numerusform>
            <numerusform>Monitoring: %n readings outside their thresholds</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="328"/>
        <source>%1 phase (%2 to %3 h after go-live): %4 · %5 · %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="334"/>
        <source>Past the monitoring plan&apos;s last phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="335"/>
        <source>Readings, reviews and STABLE follow the go-live on the Launch tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="388"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="423"/>
        <source>%1 by %2; attendees: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="425"/>
        <source>STABLE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="441"/>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="450"/>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="451"/>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::AgendaStepDialog</name>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="17"/>
        <source>New Agenda Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="17"/>
        <source>Agenda Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="21"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="26"/>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="39"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="40"/>
        <source>&amp;Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="41"/>
        <source>&amp;Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="66"/>
        <source>Give the step a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::AudienceWindow</name>
    <message>
        <location filename="../app/audiencewindow.cpp" line="33"/>
        <source>GoNoGo: the room&apos;s view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audiencewindow.cpp" line="143"/>
        <source>Why %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::CategoryProgress</name>
    <message>
        <location filename="../views/categoryprogress.cpp" line="19"/>
        <source>Progress by category</source>
        <translation>Progress by category</translation>
    </message>
    <message>
        <location filename="../views/categoryprogress.cpp" line="92"/>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/categoryprogress.cpp" line="105"/>
        <source>%n critical open</source>
        <translation>
            <numerusform>%n critical open</numerusform>
            <numerusform>%n critical open</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/categoryprogress.cpp" line="106"/>
        <source>critical %1/%2</source>
        <translation>critical %1/%2</translation>
    </message>
</context>
<context>
    <name>gonogo::ChecklistExport</name>
    <message>
        <location filename="../models/checklistexport.cpp" line="80"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="80"/>
        <source>Markdown for a wiki (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="81"/>
        <source>GoNoGo checklist JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="160"/>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="165"/>
        <source>Facilitator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="168"/>
        <source>Target launch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="171"/>
        <source>Meeting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="173"/>
        <source>Critical items passed: %1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="177"/>
        <source>All items passed: %1 of %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="181"/>
        <source>Recommendation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="183"/>
        <source>Decision: %1, recorded by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="187"/>
        <source>Decision: not recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="189"/>
        <source>Exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="196"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="196"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="196"/>
        <location filename="../models/import/markdownimport.cpp" line="470"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="196"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="196"/>
        <location filename="../models/import/markdownimport.cpp" line="455"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="197"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="197"/>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="204"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="206"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="206"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="288"/>
        <source>%1: unknown export format &quot;.%2&quot;; use .csv, .md or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="296"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="301"/>
        <source>%1 could not be written completely: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::ChecklistModel</name>
    <message>
        <location filename="../models/checklistmodel.cpp" line="119"/>
        <source>%1    %2 of %3 PASS · critical %4 of %5</source>
        <translation>%1    %2 of %3 PASS · critical %4 of %5</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="124"/>
        <source>%1 of %2 PASS, critical %3 of %4</source>
        <translation>%1 of %2 PASS, critical %3 of %4</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="157"/>
        <source>Critical: must PASS for GO</source>
        <translation>Critical: must PASS for GO</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="160"/>
        <source>Last changed %1 by %2</source>
        <translation>Last changed %1 by %2</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="179"/>
        <location filename="../models/checklistmodel.cpp" line="244"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="188"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="188"/>
        <source>d MMM HH:mm</source>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="244"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="244"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="244"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="244"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="244"/>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
</context>
<context>
    <name>gonogo::ChecklistPanel</name>
    <message>
        <location filename="../views/checklistpanel.cpp" line="48"/>
        <source>&amp;Critical only</source>
        <translation>&amp;Critical only</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="48"/>
        <source>&amp;Not PASS</source>
        <translation>&amp;Not PASS</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="53"/>
        <source>Search ID, title, owner, evidence (Ctrl+F)</source>
        <translation>Search ID, title, owner, evidence (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="57"/>
        <source>Search the checklist</source>
        <translation>Search the checklist</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="58"/>
        <location filename="../views/checklistpanel.cpp" line="68"/>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="62"/>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="63"/>
        <source>Owner filter</source>
        <translation>Owner filter</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="89"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="107"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="128"/>
        <source>Set to %1</source>
        <translation>Set to %1</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="140"/>
        <source>Edit Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="140"/>
        <source>Edit Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="68"/>
        <location filename="../views/checklistpanel.cpp" line="449"/>
        <source>All owners</source>
        <translation>All owners</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/checklistpanel.cpp" line="480"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="486"/>
        <source>%1 of %2 items</source>
        <translation>%1 of %2 items</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="492"/>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="495"/>
        <source>Not PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="501"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::Cli</name>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="543"/>
        <source>the decision file is missing.</source>
        <translation>the decision file is missing.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="545"/>
        <source>arguments are missing.</source>
        <translation>arguments are missing.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="549"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>unexpected argument &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="43"/>
        <source>Name recorded in the audit log (default: your user name).</source>
        <translation>Name recorded in the audit log (default: your user name).</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="44"/>
        <location filename="../app/cli/commandtable.cpp" line="19"/>
        <location filename="../app/cli/commandtable.cpp" line="51"/>
        <location filename="../app/cli/commandtable.cpp" line="59"/>
        <location filename="../app/cli/commandtable.cpp" line="77"/>
        <location filename="../app/cli/commandtable.cpp" line="90"/>
        <location filename="../app/cli/commandtable.cpp" line="93"/>
        <location filename="../app/cli/commandtable.cpp" line="129"/>
        <location filename="../app/cli/commandtable.cpp" line="143"/>
        <location filename="../app/cli/commandtable.cpp" line="155"/>
        <location filename="../app/cli/commandtable.cpp" line="161"/>
        <location filename="../app/cli/commandtable.cpp" line="241"/>
        <location filename="../app/cli/launchoptions.cpp" line="91"/>
        <location filename="../app/cli/launchoptions.cpp" line="100"/>
        <location filename="../app/cli/manpage.cpp" line="78"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="23"/>
        <source>The meeting&apos;s time zone, e.g. Europe/Madrid (default: this computer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="24"/>
        <location filename="../app/cli/commandtable.cpp" line="65"/>
        <source>ZONE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="26"/>
        <source>The built-in template&apos;s language: en or es (default: the language of the messages).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="27"/>
        <source>LANG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="29"/>
        <source>Markdown tables: rows with a value in this column are critical (with =VALUE, rows with that value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="31"/>
        <source>NAME[=VALUE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="63"/>
        <source>The meeting&apos;s time zone, e.g. Europe/Madrid; the record prints its times in it beside UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="274"/>
        <source>gonogo %1: %2</source>
        <translation>gonogo %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="275"/>
        <source>Run &quot;gonogo help %1&quot; for its options.</source>
        <translation>Run &quot;gonogo help %1&quot; for its options.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="282"/>
        <source>gonogo: %1</source>
        <translation>gonogo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="373"/>
        <source>make a consistent copy of a decision, between files and servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="374"/>
        <source>FROM and TO are decision files or decisions on a server (postgresql://HOST/DB?decision=ID). A file is copied by SQLite between changes; a copy to or from a server carries every row over in one transaction. The copy is synced and verified, and it is the same record (same record ID, audit chain and fingerprint), so its sign-offs stay valid. A decision on a server is never replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="384"/>
        <source>Creates the catalog of decisions (schema gonogo) if it is not there; running it again changes nothing. Each decision is then created with gonogo new or gonogo copy and lives in a schema of its own. The password comes from PGPASSWORD or ~/.pgpass, else it is asked on the terminal, never from the address; sslmode=require unless the server is this machine or the address says otherwise (?sslmode=MODE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="392"/>
        <source>the decisions on a server: ID, target date, decision, record, sign-offs, launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="524"/>
        <source>gonogo: unknown command or option &quot;%1&quot;.</source>
        <translation>gonogo: unknown command or option &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="525"/>
        <source>Run &quot;gonogo --help&quot; for the list of commands.</source>
        <translation>Run &quot;gonogo --help&quot; for the list of commands.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="617"/>
        <source>Exit statuses:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="646"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unknown command &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="17"/>
        <source>p020 or a checklist file.</source>
        <translation>p020 or a checklist file.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="17"/>
        <source>TEMPLATE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="18"/>
        <location filename="../app/cli/commandtable.cpp" line="58"/>
        <source>The launch name.</source>
        <translation>The launch name.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="18"/>
        <location filename="../app/cli/commandtable.cpp" line="52"/>
        <location filename="../app/cli/commandtable.cpp" line="53"/>
        <location filename="../app/cli/commandtable.cpp" line="58"/>
        <location filename="../app/cli/commandtable.cpp" line="74"/>
        <location filename="../app/cli/commandtable.cpp" line="78"/>
        <location filename="../app/cli/commandtable.cpp" line="79"/>
        <location filename="../app/cli/commandtable.cpp" line="86"/>
        <location filename="../app/cli/commandtable.cpp" line="91"/>
        <location filename="../app/cli/commandtable.cpp" line="92"/>
        <location filename="../app/cli/commandtable.cpp" line="120"/>
        <location filename="../app/cli/commandtable.cpp" line="122"/>
        <location filename="../app/cli/commandtable.cpp" line="123"/>
        <location filename="../app/cli/commandtable.cpp" line="132"/>
        <location filename="../app/cli/commandtable.cpp" line="144"/>
        <location filename="../app/cli/commandtable.cpp" line="242"/>
        <location filename="../app/cli/commandtable.cpp" line="245"/>
        <location filename="../app/cli/launchoptions.cpp" line="26"/>
        <location filename="../app/cli/launchoptions.cpp" line="30"/>
        <location filename="../app/cli/launchoptions.cpp" line="43"/>
        <location filename="../app/cli/launchoptions.cpp" line="49"/>
        <location filename="../app/cli/launchoptions.cpp" line="85"/>
        <location filename="../app/cli/launchoptions.cpp" line="93"/>
        <location filename="../app/cli/launchoptions.cpp" line="102"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="19"/>
        <location filename="../app/cli/commandtable.cpp" line="59"/>
        <source>The facilitator.</source>
        <translation>The facilitator.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="20"/>
        <location filename="../app/cli/commandtable.cpp" line="60"/>
        <source>Target launch date.</source>
        <translation>Target launch date.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="20"/>
        <location filename="../app/cli/commandtable.cpp" line="21"/>
        <location filename="../app/cli/commandtable.cpp" line="60"/>
        <location filename="../app/cli/commandtable.cpp" line="61"/>
        <location filename="../app/cli/commandtable.cpp" line="94"/>
        <location filename="../app/cli/launchoptions.cpp" line="92"/>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="21"/>
        <location filename="../app/cli/commandtable.cpp" line="61"/>
        <source>Meeting date.</source>
        <translation>Meeting date.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="67"/>
        <location filename="../app/cli/checklistcommands.cpp" line="299"/>
        <location filename="../app/cli/monitoringcommands.cpp" line="252"/>
        <location filename="../app/cli/recordcommands.cpp" line="53"/>
        <location filename="../app/cli/riskcommands.cpp" line="82"/>
        <source>dates are written YYYY-MM-DD.</source>
        <translation>dates are written YYYY-MM-DD.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="37"/>
        <location filename="../app/cli/commandtable.cpp" line="42"/>
        <location filename="../app/cli/commandtable.cpp" line="107"/>
        <location filename="../app/cli/commandtable.cpp" line="114"/>
        <location filename="../app/cli/commandtable.cpp" line="137"/>
        <location filename="../app/cli/commandtable.cpp" line="149"/>
        <location filename="../app/cli/commandtable.cpp" line="201"/>
        <location filename="../app/cli/commandtable.cpp" line="228"/>
        <location filename="../app/cli/commandtable.cpp" line="238"/>
        <location filename="../app/cli/launchoptions.cpp" line="21"/>
        <location filename="../app/cli/launchoptions.cpp" line="51"/>
        <location filename="../app/cli/launchoptions.cpp" line="57"/>
        <location filename="../app/cli/launchoptions.cpp" line="83"/>
        <source>Machine-readable output.</source>
        <translation>Machine-readable output.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="30"/>
        <source>--critical-column needs a column name: NAME or NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="34"/>
        <source>--critical-column reads a Markdown checklist given with --template FILE.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="42"/>
        <source>--language is one of %1, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="47"/>
        <source>--language chooses the built-in template&apos;s texts; a checklist file keeps its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="75"/>
        <source>Created %1: %2 in %3, %4 critical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="77"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="78"/>
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="116"/>
        <source>Recommendation: %1</source>
        <translation>Recommendation: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="118"/>
        <source>Decision recorded: %1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="120"/>
        <source>Decision recorded: none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="123"/>
        <source>Record status: INTEGRITY CHECK FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="135"/>
        <source>Record status: DRAFT, waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="138"/>
        <source>Critical score: %1% (%2 of %3 critical items PASS)</source>
        <translation>Critical score: %1% (%2 of %3 critical items PASS)</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="141"/>
        <source>Total score:    %1% (%2 of %3 items PASS)</source>
        <translation>Total score:    %1% (%2 of %3 items PASS)</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="144"/>
        <source>Items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="146"/>
        <source>%n PASS</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="146"/>
        <source>%n PARTIAL</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="147"/>
        <source>%n FAIL</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="147"/>
        <source>%n PENDING</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="164"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="165"/>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="166"/>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="171"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="150"/>
        <source>Risks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="152"/>
        <source>%n open red</source>
        <translation type="unfinished">
            <numerusform>%n open red</numerusform>
            <numerusform>%n open red</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="152"/>
        <source>%n open yellow</source>
        <translation type="unfinished">
            <numerusform>%n open yellow</numerusform>
            <numerusform>%n open yellow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="153"/>
        <source>%n open green</source>
        <translation type="unfinished">
            <numerusform>%n open green</numerusform>
            <numerusform>%n open green</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="153"/>
        <source>%n accepted</source>
        <translation type="unfinished">
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="154"/>
        <source>%n mitigated</source>
        <translation type="unfinished">
            <numerusform>%n mitigated</numerusform>
            <numerusform>%n mitigated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="158"/>
        <source>Reasons:</source>
        <translation>Reasons:</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="66"/>
        <source>gonogo: %1 is not a record of this decision file (its record ID %2 is not in it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="73"/>
        <source>%1 is the record of this file as it stands (fingerprint and audit chain head match).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="38"/>
        <source>%1: OK (file format %2, integrity checked, audit chain of %3 intact).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/filecommands.cpp" line="40"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="87"/>
        <source>gonogo: %1 is the record of this file as it stood at audit entry %2 (%3); %4 made after it was printed, so it is out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/filecommands.cpp" line="90"/>
        <source>%n change(s) were</source>
        <translation>
            <numerusform>%n change was</numerusform>
            <numerusform>%n changes were</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="95"/>
        <source>gonogo: %1 names this decision file but matches no state in its audit log: it was altered, or the file&apos;s history was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="151"/>
        <source>the output is OUT.csv, OUT.md or OUT.json, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="154"/>
        <source>the export cannot replace the decision file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="168"/>
        <source>gonogo: warning: %1 failed verification; exporting it anyway (--force):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="170"/>
        <source>gonogo: %1 failed verification; nothing was exported (use --force to export it anyway):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/filecommands.cpp" line="184"/>
        <source>Wrote %1: %n item(s).</source>
        <translation>
            <numerusform>Wrote %1: %n item.</numerusform>
            <numerusform>Wrote %1: %n items.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="210"/>
        <source>the copy %1 does not verify: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="213"/>
        <source>Copied %1 to %2 (verified, fingerprint %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="260"/>
        <source>gonogo: %1 failed verification; no launch gate on it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="269"/>
        <source>gonogo: %1: no decision has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="272"/>
        <source>gonogo: %1: no current sign-off from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="43"/>
        <source>Only this category code.</source>
        <translation>Only this category code.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="43"/>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="44"/>
        <source>Only this status.</source>
        <translation>Only this status.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="44"/>
        <location filename="../app/cli/commandtable.cpp" line="50"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="45"/>
        <source>Only critical items.</source>
        <translation>Only critical items.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="194"/>
        <location filename="../app/cli/checklistcommands.cpp" line="253"/>
        <source>unknown status &quot;%1&quot;; use PASS, PARTIAL, FAIL or PENDING.</source>
        <translation>unknown status &quot;%1&quot;; use PASS, PARTIAL, FAIL or PENDING.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="217"/>
        <source>%1 has no category with code &quot;%2&quot;.</source>
        <translation>%1 has no category with code &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="50"/>
        <source>PASS, PARTIAL, FAIL or PENDING.</source>
        <translation>PASS, PARTIAL, FAIL or PENDING.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="51"/>
        <location filename="../app/cli/commandtable.cpp" line="77"/>
        <location filename="../app/cli/commandtable.cpp" line="90"/>
        <source>The owner.</source>
        <translation>The owner.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="52"/>
        <source>Evidence text or links.</source>
        <translation>Evidence text or links.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="53"/>
        <source>Notes.</source>
        <translation>Notes.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="306"/>
        <source>no item ID given.</source>
        <translation>no item ID given.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="249"/>
        <source>nothing to change: give --status, --owner, --evidence or --notes.</source>
        <translation>nothing to change: give --status, --owner, --evidence or --notes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="274"/>
        <location filename="../app/cli/riskcommands.cpp" line="115"/>
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n field changed.</numerusform>
            <numerusform>%n fields changed.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="74"/>
        <location filename="../app/cli/commandtable.cpp" line="86"/>
        <source>The risk.</source>
        <translation>The risk.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="75"/>
        <location filename="../app/cli/commandtable.cpp" line="88"/>
        <source>HIGH, MEDIUM or LOW.</source>
        <translation>HIGH, MEDIUM or LOW.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="75"/>
        <location filename="../app/cli/commandtable.cpp" line="88"/>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="76"/>
        <location filename="../app/cli/commandtable.cpp" line="89"/>
        <source>CRITICAL, HIGH, MEDIUM or LOW.</source>
        <translation>CRITICAL, HIGH, MEDIUM or LOW.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="76"/>
        <location filename="../app/cli/commandtable.cpp" line="89"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="78"/>
        <location filename="../app/cli/commandtable.cpp" line="91"/>
        <source>The mitigation.</source>
        <translation>The mitigation.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="79"/>
        <source>The description.</source>
        <translation>The description.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="80"/>
        <source>A checklist item this risk comes from.</source>
        <translation>A checklist item this risk comes from.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="80"/>
        <location filename="../app/cli/commandtable.cpp" line="95"/>
        <location filename="../app/cli/commandtable.cpp" line="96"/>
        <location filename="../app/cli/launchoptions.cpp" line="32"/>
        <location filename="../app/cli/launchoptions.cpp" line="40"/>
        <location filename="../app/cli/launchoptions.cpp" line="47"/>
        <location filename="../app/cli/launchoptions.cpp" line="76"/>
        <location filename="../app/cli/launchoptions.cpp" line="84"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="56"/>
        <source>Launch: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="58"/>
        <source>Started %1 UTC; go-live planned %2 UTC%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="61"/>
        <source>, live at %1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="67"/>
        <source>%1 at %2 UTC by %3, on %4 (%5): %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/launchcommands.cpp" line="78"/>
        <source>(%1, %n min)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="80"/>
        <source>Validation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="84"/>
        <source>Rollback trigger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="89"/>
        <source>%1 at %2 UTC by %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="95"/>
        <source>Rollback triggers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="111"/>
        <source>--edit needs at least one of --title, --offset, --minutes, --owner, --validation or --trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="113"/>
        <source>--title, --offset, --minutes, --owner, --validation and --trigger go with --edit STEP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="130"/>
        <source>--%1 is a whole number of minutes, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="175"/>
        <source>give one of --start, --step ID, --go-live or --rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="180"/>
        <source>--step needs --done or --failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="183"/>
        <source>--done, --failed and --note go with --step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="188"/>
        <location filename="../app/cli/monitoringcommands.cpp" line="216"/>
        <location filename="../app/cli/monitoringcommands.cpp" line="227"/>
        <location filename="../app/cli/monitoringcommands.cpp" line="232"/>
        <location filename="../app/cli/recordcommands.cpp" line="33"/>
        <location filename="../app/cli/recordcommands.cpp" line="78"/>
        <location filename="../app/cli/recordcommands.cpp" line="165"/>
        <location filename="../app/cli/riskcommands.cpp" line="23"/>
        <source>--%1 is required.</source>
        <translation>--%1 is required.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="191"/>
        <source>--trigger and --rationale go with --rollback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="105"/>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="166"/>
        <source>Monitoring phase: %1 (%2 to %3 h after go-live): %4, %5; %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="174"/>
        <source>Monitoring: past the plan&apos;s last phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="175"/>
        <source>Monitoring starts at go-live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="181"/>
        <source>no reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="182"/>
        <source>BREACH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="183"/>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="189"/>
        <source>Breaches: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="195"/>
        <source>%1 %2 = %3 (threshold %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="197"/>
        <source>; rollback trigger %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="27"/>
        <source>give one of --import, --reading or --set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="33"/>
        <source>--set needs at least one of --limit, --baseline, --band, --expected or --trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="35"/>
        <source>--limit, --baseline, --band, --expected and --trigger go with --set METRIC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="50"/>
        <source>--%1 is a number (or none), not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="76"/>
        <source>--limit is for a MAX or MIN metric, --baseline for a BAND metric; %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="211"/>
        <source>give one of --record, --close-condition, --carry-condition or --sign-stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="220"/>
        <source>--name, --role and --comment go with --sign-stable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="224"/>
        <source>--outcome, --attendees and --stable go with --record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="245"/>
        <source>a condition is named by its number (see gonogo review FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="342"/>
        <source>Reviews, from go-live at %1 UTC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="343"/>
        <source>Reviews: scheduled once the launch goes live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/monitoringcommands.cpp" line="351"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="355"/>
        <source>Held %1 by %2%3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="357"/>
        <source>, STABLE declared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="367"/>
        <source>STABLE declared at %1; fingerprint %2; signed by %3 of %4:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="375"/>
        <source>not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="377"/>
        <source>CURRENT, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="378"/>
        <source>STALE (the declaration changed after it was signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="382"/>
        <source>Conditions of the decision:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="384"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="388"/>
        <source>OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="390"/>
        <source>CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="391"/>
        <source>CARRIED to %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="28"/>
        <source>a risk needs a title.</source>
        <translation>a risk needs a title.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="33"/>
        <location filename="../app/cli/riskcommands.cpp" line="72"/>
        <source>unknown likelihood &quot;%1&quot;; use HIGH, MEDIUM or LOW.</source>
        <translation>unknown likelihood &quot;%1&quot;; use HIGH, MEDIUM or LOW.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="35"/>
        <location filename="../app/cli/riskcommands.cpp" line="74"/>
        <source>unknown impact &quot;%1&quot;; use CRITICAL, HIGH, MEDIUM or LOW.</source>
        <translation>unknown impact &quot;%1&quot;; use CRITICAL, HIGH, MEDIUM or LOW.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="87"/>
        <source>OPEN, ACCEPTED or MITIGATED.</source>
        <translation>OPEN, ACCEPTED or MITIGATED.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="87"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="92"/>
        <source>Why the risk is accepted.</source>
        <translation>Why the risk is accepted.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="93"/>
        <source>Who accepts the risk.</source>
        <translation>Who accepts the risk.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="94"/>
        <source>Acceptance valid until.</source>
        <translation>Acceptance valid until.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="95"/>
        <source>Link a checklist item.</source>
        <translation>Link a checklist item.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="96"/>
        <source>Remove the link to a checklist item.</source>
        <translation>Remove the link to a checklist item.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="176"/>
        <source>A printed decision record (PDF) to check against this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="177"/>
        <source>RECORD.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="185"/>
        <source>Print a record that fails verification, marked INTEGRITY CHECK FAILED on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="214"/>
        <source>Replace NEW if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="222"/>
        <source>Gate on the engine&apos;s recommendation instead of the signed decision (before the meeting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="229"/>
        <source>start, pause, resume, next, previous or finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="230"/>
        <source>ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="231"/>
        <source>When the clock action happened (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="231"/>
        <location filename="../app/cli/launchoptions.cpp" line="23"/>
        <location filename="../app/cli/launchoptions.cpp" line="50"/>
        <location filename="../app/cli/launchoptions.cpp" line="67"/>
        <location filename="../app/cli/launchoptions.cpp" line="97"/>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="239"/>
        <source>Record an answer: ROLE=GO, GO-WITH-DISSENT or NO-GO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="240"/>
        <source>ROLE=ANSWER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="241"/>
        <source>Which person, when several share the role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="242"/>
        <source>What they said with their answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="244"/>
        <source>Why the meeting goes on although the poll disagrees with the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="22"/>
        <source>The moment to show what is due and late at (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="24"/>
        <source>Change a step&apos;s plan before the launch starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="25"/>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="26"/>
        <source>The step&apos;s title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="27"/>
        <source>Minutes from go-live (negative before it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="27"/>
        <location filename="../app/cli/launchoptions.cpp" line="28"/>
        <source>MIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="28"/>
        <source>How long the step takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="29"/>
        <source>The role that owns the step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="30"/>
        <source>What shows the step succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="31"/>
        <source>The rollback trigger it watches (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="38"/>
        <source>The launch begins: its first step starts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="39"/>
        <source>Record a step&apos;s outcome (with --done or --failed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="41"/>
        <source>The step&apos;s validation passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="42"/>
        <source>The step&apos;s validation failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="43"/>
        <source>What was seen, for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="44"/>
        <source>Traffic cut over: the actual T+0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="46"/>
        <source>End the launch on a trigger: an abort before go-live, a rollback after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="47"/>
        <source>The rollback trigger met, e.g. RB-4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="48"/>
        <source>What was seen, and why it meets the trigger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="50"/>
        <source>When it happened (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="59"/>
        <source>Readings from a monitoring export: CSV (metric,time,value) or JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="61"/>
        <source>READINGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="62"/>
        <source>One reading by hand, e.g. error_rate=0.05.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="63"/>
        <source>METRIC=VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="65"/>
        <source>When the reading by hand was taken, or the moment to show the phase at (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="68"/>
        <source>Change a metric&apos;s threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="68"/>
        <source>METRIC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="69"/>
        <source>The limit of a MAX or MIN metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="69"/>
        <location filename="../app/cli/launchoptions.cpp" line="70"/>
        <source>NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="70"/>
        <source>The baseline of a BAND metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="71"/>
        <source>How far from the baseline is normal, in %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="72"/>
        <source>PERCENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="73"/>
        <source>The normal words of a state metric, &quot;/&quot; between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="74"/>
        <source>WORDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="75"/>
        <source>The rollback trigger it feeds (empty for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="84"/>
        <source>Record a review: T+24h, T+48h, T+1w or T+1m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="85"/>
        <source>What the review concluded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="86"/>
        <source>Who attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="86"/>
        <source>NAMES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="87"/>
        <source>Declare the launch STABLE (T+48h or later).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="88"/>
        <source>Close a condition of the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="89"/>
        <source>Carry a condition forward (with --owner and --due).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="91"/>
        <source>The carried condition&apos;s new owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="92"/>
        <source>The carried condition&apos;s new due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="93"/>
        <source>A note on the condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="95"/>
        <source>When the review was held, the condition followed up or the STABLE sign-off made (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="99"/>
        <source>Sign the STABLE declaration (with --name and --role of a stakeholder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="100"/>
        <source>The signer&apos;s printed name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="101"/>
        <source>The signer&apos;s role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="102"/>
        <source>A comment with the sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="252"/>
        <source>Print the whole manual page (troff), made from this same table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="290"/>
        <source>create a decision file from a template or checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="296"/>
        <source>scores, risk counts, the recommendation and its reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="297"/>
        <source>Also the recorded decision and the record status. --json adds reason codes for machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="300"/>
        <source>list checklist items, optionally filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="301"/>
        <source>STATUS is PASS, PARTIAL, FAIL or PENDING.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="304"/>
        <source>set status, owner, evidence or notes of one or more items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="305"/>
        <source>Changes every listed item in one transaction: all of them or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="307"/>
        <source>show or change the meeting details and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="308"/>
        <source>Without options, shows the meeting details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="310"/>
        <source>add a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="311"/>
        <source>L is HIGH, MEDIUM or LOW; I is CRITICAL, HIGH, MEDIUM or LOW.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="313"/>
        <source>change a risk, its state or its linked items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="314"/>
        <source>S is OPEN, ACCEPTED or MITIGATED. Accepting a risk needs a rationale. Fields and links change in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="316"/>
        <location filename="../app/cli/commandtable.cpp" line="318"/>
        <source>no risk ID given.</source>
        <translation>no risk ID given.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="364"/>
        <source>write the checklist with status, owner and evidence for a wiki or a sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="365"/>
        <source>The format follows OUT&apos;s extension: CSV (formula-safe, for spreadsheets), Markdown (a table per category) or JSON (the checklist format plus the meeting state). Each item has who changed it last and when (UTC). All three read back with gonogo new --template. A file that fails verification is refused (exit 5) unless --force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="371"/>
        <source>the output file is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="381"/>
        <source>the name of the copy is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="383"/>
        <source>make a PostgreSQL database ready to hold decisions (team mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="395"/>
        <source>give a database user its part: facilitator, stakeholder or auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="396"/>
        <source>The server enforces the parts, whatever program connects: a facilitator changes the checklist, risks, agenda and decision; a stakeholder reads and signs or withdraws only as the stakeholder given with --stakeholder N on the decision of the address; an auditor reads, verifies and exports. The audit log can be appended to, never changed. DBUSER must exist (CREATE ROLE ... LOGIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="402"/>
        <source>the database user is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="405"/>
        <source>the meeting&apos;s agenda: steps with planned and actual minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="406"/>
        <source>--clock moves the meeting clock (start, pause, resume, next, previous, finish); --at TIME (ISO 8601 with zone) says when, for scripts. Times are audited; they are printed in the record&apos;s Meeting section but not part of its fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="412"/>
        <source>the roll-call poll: answers, tally, and whether it disagrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="413"/>
        <source>Shows each role&apos;s answer and comment, the tally and the recommendation. --answer ROLE=ANSWER records an answer (GO, GO-WITH-DISSENT or NO-GO). A poll that disagrees with the recommendation needs --rationale before the decision can be recorded. The poll is part of the signed record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="420"/>
        <source>the launch runbook: steps around go-live, what is due and what is late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="421"/>
        <source>Each step&apos;s offset from go-live (T-60 ... T+60), owner role, validation and rollback trigger, its due time once the launch has started, and its outcome. --at TIME (ISO 8601 with zone) shows what was due and late at that moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="426"/>
        <source>run the launch: start, step outcomes, go-live, rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="427"/>
        <source>--start begins the launch (only from a FINAL record whose decision is GO or GO WITH CAUTION); --step ID --done|--failed [--note TEXT] records a step&apos;s validation; --go-live records the cutover once every step before it is done; --rollback --trigger ID --rationale TEXT ends the launch (ABORTED before go-live, ROLLED BACK after). --at TIME sets when, for scripts. Every action is audited; the signed decision is never changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="436"/>
        <source>post-launch monitoring: the 18 metrics, their thresholds and breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="437"/>
        <source>Shows the monitoring phase (from go-live), each metric&apos;s threshold and latest reading, and every reading that breached, with the rollback trigger it feeds. --import READINGS.csv (metric,time,value) or .json adds readings from a monitoring export, all or none; --reading METRIC=VALUE [--at TIME] adds one by hand. Readings are audited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="444"/>
        <source>the reviews after go-live, STABLE, and the conditions carried to closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="445"/>
        <source>Shows the reviews at T+24h, T+48h, T+1w and T+1m from the actual go-live and the decision&apos;s conditions. --record ID --outcome TEXT [--attendees NAMES] [--stable] records a review once it is due, with the metrics and open conditions as they stand; STABLE only at T+48h or later, on a launch not rolled back, with every condition closed (--close-condition N) or carried with a new owner and date (--carry-condition N --owner NAME --due DATE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="454"/>
        <source>exit by the signed decision: 0 GO, 10 GO WITH CAUTION, 11 NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="455"/>
        <source>Exit 12 when the record is not FINAL (no decision, or a sign-off missing or stale) and 5 when it fails verification. --allow-caution exits 0 for GO WITH CAUTION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="459"/>
        <source>the options of one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="522"/>
        <source>use %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="558"/>
        <source>--man prints the whole manual; it takes no command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="568"/>
        <source>success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="569"/>
        <source>Success (for gate: the decision is GO).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="570"/>
        <source>usage error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="571"/>
        <source>Usage error: unknown command or option, missing argument, badly written date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="573"/>
        <source>not a decision file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="574"/>
        <source>Not a decision file: missing, empty, a folder, not SQLite, or SQLite that is not GoNoGo&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="576"/>
        <source>newer file format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="577"/>
        <source>The file was written by a newer GoNoGo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="578"/>
        <source>damaged file or failed verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="579"/>
        <source>The file is damaged or truncated, or fails verification; export-pdf and gate refuse such a file; verify --pdf: the PDF is not the record of the file as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="582"/>
        <source>file in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="583"/>
        <source>The file is in use by another window or program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="584"/>
        <source>invalid input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="585"/>
        <source>Invalid input: an unknown ID, status, likelihood, impact or state, an empty title, a bad checklist file, a target file that exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="587"/>
        <source>read/write error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="588"/>
        <source>Read or write error (for example a full disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="589"/>
        <source>gate: GO WITH CAUTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="590"/>
        <source>gate: the decision is GO WITH CAUTION (0 with --allow-caution).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="591"/>
        <source>gate: NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="592"/>
        <source>gate: the decision is NO-GO.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="593"/>
        <source>gate: record not final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="594"/>
        <source>gate: the record is not FINAL: no decision recorded, or a sign-off missing or stale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="603"/>
        <source>Usage: gonogo [FILE]              open FILE (or the last file) in the window
       gonogo COMMAND FILE [OPTIONS]
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="606"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="627"/>
        <source>Run &quot;gonogo help COMMAND&quot; for the options of one command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="648"/>
        <source>Usage: gonogo %1 %2 [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="657"/>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="70"/>
        <source>unknown state &quot;%1&quot;; use OPEN, ACCEPTED or MITIGATED.</source>
        <translation>unknown state &quot;%1&quot;; use OPEN, ACCEPTED or MITIGATED.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="105"/>
        <source>risk %1 is not linked to item %2.</source>
        <translation>risk %1 is not linked to item %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="128"/>
        <source>Deleted risk %1.</source>
        <translation>Deleted risk %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="112"/>
        <source>Set a cell, e.g. MEDIUM:HIGH=RED.</source>
        <translation>Set a cell, e.g. MEDIUM:HIGH=RED.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="112"/>
        <source>CELL</source>
        <translation>CELL</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="113"/>
        <source>Back to the P020 default matrix.</source>
        <translation>Back to the P020 default matrix.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="144"/>
        <source>&quot;%1&quot; is not a matrix cell; write LIKELIHOOD:IMPACT=LEVEL, e.g. MEDIUM:HIGH=RED.</source>
        <translation>&quot;%1&quot; is not a matrix cell; write LIKELIHOOD:IMPACT=LEVEL, e.g. MEDIUM:HIGH=RED.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="180"/>
        <source>likelihood \ impact</source>
        <translation>likelihood \ impact</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="66"/>
        <source>Critical score required.</source>
        <translation>Critical score required.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="66"/>
        <location filename="../app/cli/commandtable.cpp" line="67"/>
        <location filename="../app/cli/commandtable.cpp" line="68"/>
        <location filename="../app/cli/commandtable.cpp" line="166"/>
        <location filename="../app/cli/commandtable.cpp" line="209"/>
        <location filename="../app/cli/launchoptions.cpp" line="88"/>
        <location filename="../app/cli/launchoptions.cpp" line="90"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="67"/>
        <source>Total score for GO.</source>
        <translation>Total score for GO.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="68"/>
        <source>Total score for GO WITH CAUTION.</source>
        <translation>Total score for GO WITH CAUTION.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="315"/>
        <source>--%1 must be a whole number from 0 to 100, not &quot;%2&quot;.</source>
        <translation>--%1 must be a whole number from 0 to 100, not &quot;%2&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="330"/>
        <source>(not set)</source>
        <translation>(not set)</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="331"/>
        <source>Launch:        %1</source>
        <translation>Launch:        %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="332"/>
        <source>Target date:   %1</source>
        <translation>Target date:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="334"/>
        <source>Meeting date:  %1</source>
        <translation>Meeting date:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="336"/>
        <source>Facilitator:   %1</source>
        <translation>Facilitator:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="337"/>
        <source>Time zone:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="338"/>
        <source>Thresholds:    critical %1%, GO %2%, GO WITH CAUTION %3%</source>
        <translation>Thresholds:    critical %1%, GO %2%, GO WITH CAUTION %3%</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="32"/>
        <source>gonogo: %1 failed verification:</source>
        <translation>gonogo: %1 failed verification:</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="42"/>
        <source>Fingerprint: %1</source>
        <translation>Fingerprint: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="43"/>
        <source>Audit chain head: %1</source>
        <translation>Audit chain head: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="126"/>
        <location filename="../app/cli/filecommands.cpp" line="44"/>
        <location filename="../app/cli/recordcommands.cpp" line="147"/>
        <source>Record status: FINAL</source>
        <translation>Record status: FINAL</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="107"/>
        <source>gonogo: note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="121"/>
        <source>%1 fails verification, so no change was made: %2. &quot;gonogo verify %1&quot; lists every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="134"/>
        <location filename="../app/cli/filecommands.cpp" line="44"/>
        <location filename="../app/cli/recordcommands.cpp" line="148"/>
        <source>Record status: DRAFT</source>
        <translation>Record status: DRAFT</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="119"/>
        <source>GO, GO WITH CAUTION or NO-GO.</source>
        <translation>GO, GO WITH CAUTION or NO-GO.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="119"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="120"/>
        <location filename="../app/cli/commandtable.cpp" line="144"/>
        <source>Why.</source>
        <translation>Why.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="122"/>
        <source>Why the decision differs from the recommendation.</source>
        <translation>Why the decision differs from the recommendation.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="123"/>
        <source>A condition: TEXT;OWNER;DUE.</source>
        <translation>A condition: TEXT;OWNER;DUE.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="38"/>
        <source>unknown decision &quot;%1&quot;; use GO, GO WITH CAUTION or NO-GO.</source>
        <translation>unknown decision &quot;%1&quot;; use GO, GO WITH CAUTION or NO-GO.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="66"/>
        <source>Recorded decision %1 (recommendation %2).</source>
        <translation>Recorded decision %1 (recommendation %2).</translation>
    </message>
    <message>
        <location filename="../models/record.cpp" line="524"/>
        <source>%1 has no single stakeholder with the role &quot;%2&quot; (the roles are: %3).</source>
        <translation>%1 has no single stakeholder with the role &quot;%2&quot; (the roles are: %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="129"/>
        <location filename="../app/cli/commandtable.cpp" line="143"/>
        <source>Printed name.</source>
        <translation>Printed name.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="130"/>
        <location filename="../app/cli/commandtable.cpp" line="142"/>
        <source>The stakeholder&apos;s role.</source>
        <translation>The stakeholder&apos;s role.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="130"/>
        <location filename="../app/cli/commandtable.cpp" line="142"/>
        <location filename="../app/cli/commandtable.cpp" line="154"/>
        <location filename="../app/cli/commandtable.cpp" line="160"/>
        <location filename="../app/cli/launchoptions.cpp" line="29"/>
        <location filename="../app/cli/launchoptions.cpp" line="101"/>
        <source>ROLE</source>
        <translation>ROLE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="131"/>
        <source>CONCUR, CONCUR WITH DISSENT or NON-CONCUR.</source>
        <translation>CONCUR, CONCUR WITH DISSENT or NON-CONCUR.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="131"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="132"/>
        <source>Comment.</source>
        <translation>Comment.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="82"/>
        <source>unknown vote &quot;%1&quot;; use CONCUR, CONCUR WITH DISSENT or NON-CONCUR.</source>
        <translation>unknown vote &quot;%1&quot;; use CONCUR, CONCUR WITH DISSENT or NON-CONCUR.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="109"/>
        <source>Signed by %1 (%2): %3, on fingerprint %4.</source>
        <translation>Signed by %1 (%2): %3, on fingerprint %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="151"/>
        <source>  waiting for %1</source>
        <translation>  waiting for %1</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="157"/>
        <source>  no decision recorded yet</source>
        <translation>  no decision recorded yet</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="184"/>
        <source>%1 has no sign-off to withdraw.</source>
        <translation>%1 has no sign-off to withdraw.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="190"/>
        <source>Withdrew the sign-off of %1.</source>
        <translation>Withdrew the sign-off of %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="154"/>
        <location filename="../app/cli/commandtable.cpp" line="160"/>
        <source>The role.</source>
        <translation>The role.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="155"/>
        <location filename="../app/cli/commandtable.cpp" line="161"/>
        <source>The name.</source>
        <translation>The name.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="166"/>
        <source>New position, from 1.</source>
        <translation>New position, from 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="247"/>
        <source>the stakeholder ID is a number (see gonogo stakeholders FILE).</source>
        <translation>the stakeholder ID is a number (see gonogo stakeholders FILE).</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="258"/>
        <source>--to needs a position number.</source>
        <translation>--to needs a position number.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="281"/>
        <source>there is no stakeholder %1.</source>
        <translation>there is no stakeholder %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="182"/>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (default) or Letter.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="182"/>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="190"/>
        <source>Export a file that fails verification, with a warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="206"/>
        <source>facilitator, stakeholder or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="206"/>
        <source>PART</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="208"/>
        <source>For a stakeholder: who they sign as (the number gonogo stakeholders shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="291"/>
        <source>Creates FILE from the built-in P020 template (default) or from a checklist file:
.json (GoNoGo template), .csv (category,id,title,critical,owner,description), .md (checkbox lists, tables or lists under headings), .yml/.yaml (categories with items).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="317"/>
        <source>delete a risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="319"/>
        <source>list risks with their level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="321"/>
        <source>show or change the likelihood x impact levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="322"/>
        <source>Shows the risk matrix after applying any change. LEVEL is RED, YELLOW or GREEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="325"/>
        <source>record the meeting&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="326"/>
        <source>A decision that differs from the recommendation needs --override-rationale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="329"/>
        <source>sign the decision record (simple electronic signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="330"/>
        <source>The sign-off is bound to the fingerprint of the record as it is in the file when it is written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="334"/>
        <source>list sign-offs: CURRENT, STALE or WITHDRAWN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="336"/>
        <source>withdraw a sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="338"/>
        <source>list who must sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="340"/>
        <source>add a person who must sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="342"/>
        <source>change the name or role of a stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="343"/>
        <source>ID is the number shown by gonogo stakeholders FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="344"/>
        <location filename="../app/cli/commandtable.cpp" line="347"/>
        <location filename="../app/cli/commandtable.cpp" line="350"/>
        <source>no stakeholder ID given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="346"/>
        <source>move a stakeholder in the signing order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="349"/>
        <source>remove a stakeholder who has not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="353"/>
        <source>check integrity, the audit log, the fingerprint and every sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="354"/>
        <source>Replays the audit log and names every difference with the file. With --pdf, also says whether that printed record is the record of this file as it stands, or of an earlier state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="359"/>
        <source>write the archival PDF decision record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="360"/>
        <source>A record that fails verification is refused (exit 5) unless --force, which marks every page INTEGRITY CHECK FAILED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="362"/>
        <source>the output PDF is missing.</source>
        <translation>the output PDF is missing.</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="111"/>
        <source>the page size is A4 or Letter, not &quot;%1&quot;.</source>
        <translation>the page size is A4 or Letter, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="115"/>
        <source>the PDF cannot replace the decision file itself.</source>
        <translation>the PDF cannot replace the decision file itself.</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="127"/>
        <source>gonogo: %1 failed verification; no record was written (use --force to print it marked INTEGRITY CHECK FAILED):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/filecommands.cpp" line="141"/>
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>Wrote %1: %n page.</numerusform>
            <numerusform>Wrote %1: %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="219"/>
        <source>Exit 0 for GO WITH CAUTION too.</source>
        <translation>Exit 0 for GO WITH CAUTION too.</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="76"/>
        <source>User Commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="79"/>
        <source>run the Go/No-Go meeting of a production launch and keep its signed record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="81"/>
        <source>SYNOPSIS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="82"/>
        <location filename="../app/cli/manpage.cpp" line="83"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="83"/>
        <source>COMMAND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="84"/>
        <source>OPTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="85"/>
        <source>DESCRIPTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="86"/>
        <source>Without a command, gonogo opens FILE (or the last file) in its window, where a launch team walks the readiness checklist, assesses the risks, records its decision and signs it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="89"/>
        <source>With a command it works without a display, on the same decision file and through the same rules as the window: every change is one transaction, audited, and refused whole when any part of it is wrong. Messages go to standard error and name the file and the problem; results go to standard output. Commands that only read never change a byte of the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="94"/>
        <source>COMMANDS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="105"/>
        <source>EXIT STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="109"/>
        <source>ENVIRONMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="111"/>
        <source>The language of messages and of the printed record (en or es); the system&apos;s language when unset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="114"/>
        <source>SEE ALSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="115"/>
        <source>sqlite3(1); the decision file is an SQLite database that every command can check with &quot;gonogo verify&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="24"/>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="29"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="60"/>
        <source>unknown clock action &quot;%1&quot;; use start, pause, next, previous or finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="64"/>
        <source>--at goes with --clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="55"/>
        <source>--at needs a time with its zone, e.g. 2026-11-27T14:05:00Z, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="84"/>
        <source>%1: the agenda cannot %2 now (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="86"/>
        <source>%1 is %2</source>
        <comment>step, state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="89"/>
        <source>the meeting has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="90"/>
        <source>no step is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="95"/>
        <source>%1: there is no step to go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="133"/>
        <source>Agenda: %1 min planned, %2 min held. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="134"/>
        <source>Agenda: %1 min planned, %2 min so far. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="140"/>
        <source>On now: %1 (%2, %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="146"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="146"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="147"/>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="147"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="148"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="148"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="149"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="149"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="155"/>
        <location filename="../app/cli/meetingcommands.cpp" line="156"/>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="99"/>
        <location filename="../app/cli/meetingcommands.cpp" line="163"/>
        <source>Times are UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="173"/>
        <source>--comment and --name go with --answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="184"/>
        <source>--answer takes ROLE=GO, ROLE=GO-WITH-DISSENT or ROLE=NO-GO, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="203"/>
        <source>Poll: %1 answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="245"/>
        <source>Roll-call poll: %1 of %2 answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="257"/>
        <source>Tally: %1 GO, %2 GO WITH DISSENT, %3 NO-GO, %4 unanswered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="261"/>
        <source>Recommendation: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="264"/>
        <source>The poll disagrees with the recommendation: a rationale is needed before the decision is recorded (--rationale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="266"/>
        <source>The poll disagrees with the recommendation. Rationale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="270"/>
        <source>The poll agrees with the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="37"/>
        <source>Password for %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="64"/>
        <source>%1 is ready for GoNoGo decisions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="75"/>
        <source>--role is required (facilitator, stakeholder or auditor).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="83"/>
        <source>--stakeholder takes the number gonogo stakeholders shows, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="90"/>
        <source>%1 is now a stakeholder of %2, signing as stakeholder %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="92"/>
        <source>%1 is now %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="121"/>
        <source>No decisions on %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="127"/>
        <source>(being created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="127"/>
        <source>(no access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="131"/>
        <source>no decision recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="132"/>
        <source>FINAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="133"/>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/servercommands.cpp" line="138"/>
        <source>%n sign-off(s)</source>
        <translation>
            <numerusform>%n sign-off</numerusform>
            <numerusform>%n sign-offs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::ClockStrip</name>
    <message>
        <location filename="../views/meetingpanel.cpp" line="422"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="423"/>
        <source>Step %1 of %2: %3 · %4 · %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="421"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::DecisionDialog</name>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="43"/>
        <source>Record the decision</source>
        <translation>Record the decision</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="48"/>
        <source>Why the meeting decided this</source>
        <translation>Why the meeting decided this</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="49"/>
        <source>Why the decision departs from the recommendation</source>
        <translation>Why the decision departs from the recommendation</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="59"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="59"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="59"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="77"/>
        <source>Add Condition</source>
        <translation>Add Condition</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="78"/>
        <source>Remove Condition</source>
        <translation>Remove Condition</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="96"/>
        <source>Conditions of GO WITH CAUTION (each with an owner and a due date):</source>
        <translation>Conditions of GO WITH CAUTION (each with an owner and a due date):</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="101"/>
        <source>The recommendation from the scores and risks is %1.</source>
        <translation>The recommendation from the scores and risks is %1.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="107"/>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="108"/>
        <source>&amp;Rationale</source>
        <translation>&amp;Rationale</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="110"/>
        <source>&amp;Override rationale</source>
        <translation>&amp;Override rationale</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="113"/>
        <source>Record Decision</source>
        <translation>Record Decision</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="121"/>
        <source>Recording a decision changes the record: sign-offs given before it become STALE.</source>
        <translation>Recording a decision changes the record: sign-offs given before it become STALE.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="143"/>
        <source>This departs from the recommendation (%1): the override rationale is required and is printed in the record.</source>
        <translation>This departs from the recommendation (%1): the override rationale is required and is printed in the record.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="174"/>
        <source>Write the rationale for the decision.</source>
        <translation>Write the rationale for the decision.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="177"/>
        <source>The decision departs from the recommendation: write the override rationale.</source>
        <translation>The decision departs from the recommendation: write the override rationale.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="181"/>
        <source>GO WITH CAUTION needs at least one condition.</source>
        <translation>GO WITH CAUTION needs at least one condition.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="185"/>
        <source>The condition &quot;%1&quot; needs an owner.</source>
        <translation>The condition &quot;%1&quot; needs an owner.</translation>
    </message>
</context>
<context>
    <name>gonogo::DecisionDocument</name>
    <message>
        <location filename="../models/decisiondocument.cpp" line="189"/>
        <location filename="../models/decisiondocument.cpp" line="214"/>
        <source>There is no checklist item %1.</source>
        <translation>There is no checklist item %1.</translation>
    </message>
    <message>
        <location filename="../models/decisiondocument.cpp" line="327"/>
        <location filename="../models/decisiondocument.cpp" line="343"/>
        <source>the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocument.cpp" line="352"/>
        <location filename="../models/decisiondocument.cpp" line="368"/>
        <location filename="../models/decisiondocument.cpp" line="378"/>
        <location filename="../models/decisiondocument.cpp" line="387"/>
        <location filename="../models/decisiondocument.cpp" line="396"/>
        <source>the stakeholders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/itemcommands.cpp" line="17"/>
        <source>Set %1 to %2</source>
        <translation>Set %1 to %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/commands/itemcommands.cpp" line="18"/>
        <source>Set %n item(s) to %1</source>
        <translation>
            <numerusform>Set %n item to %1</numerusform>
            <numerusform>Set %n items to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/commands/itemcommands.cpp" line="25"/>
        <source>Edit owner of %1</source>
        <translation>Edit owner of %1</translation>
    </message>
    <message>
        <location filename="../models/commands/itemcommands.cpp" line="27"/>
        <source>Edit evidence of %1</source>
        <translation>Edit evidence of %1</translation>
    </message>
    <message>
        <location filename="../models/commands/itemcommands.cpp" line="31"/>
        <source>Edit notes of %1</source>
        <translation>Edit notes of %1</translation>
    </message>
    <message>
        <location filename="../models/decisiondocument.cpp" line="271"/>
        <source>%1 fails verification, so nothing can be changed in it: %2. &quot;gonogo verify&quot; lists every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentrisks.cpp" line="28"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="58"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="75"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="92"/>
        <source>risk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentrisks.cpp" line="73"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="165"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="174"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="183"/>
        <source>There is no risk %1.</source>
        <translation>There is no risk %1.</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentrisks.cpp" line="117"/>
        <source>the risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocument.cpp" line="425"/>
        <location filename="../models/decisiondocument.cpp" line="437"/>
        <location filename="../models/decisiondocument.cpp" line="450"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="113"/>
        <source>There is no stakeholder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="65"/>
        <source>Add risk %1</source>
        <translation>Add risk %1</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="38"/>
        <source>Set risk %1 to %2</source>
        <translation>Set risk %1 to %2</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="41"/>
        <source>Move risk %1 to %2 likelihood, %3 impact</source>
        <translation>Move risk %1 to %2 likelihood, %3 impact</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="45"/>
        <source>Edit risk %1</source>
        <translation>Edit risk %1</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="51"/>
        <source>Add risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="77"/>
        <source>Delete risk %1</source>
        <translation>Delete risk %1</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="82"/>
        <source>Link risk %1 to checklist items</source>
        <translation>Link risk %1 to checklist items</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="88"/>
        <source>Change the risk matrix</source>
        <translation>Change the risk matrix</translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="16"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="23"/>
        <source>Record the decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="42"/>
        <location filename="../models/commands/recordcommands.cpp" line="57"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="62"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="68"/>
        <source>Move %1 to place %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="74"/>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="17"/>
        <source>Add the agenda step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="36"/>
        <source>Change the agenda step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="42"/>
        <source>Move the agenda step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="48"/>
        <source>Remove the agenda step &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="55"/>
        <source>Poll: %1 answers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="56"/>
        <source>Poll: take back the answer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="78"/>
        <source>Poll rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentmeeting.cpp" line="28"/>
        <source>the poll answer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentmeeting.cpp" line="57"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="174"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="190"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="199"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="208"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="217"/>
        <source>the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentmeeting.cpp" line="78"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="91"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="104"/>
        <source>There is no agenda step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentmeeting.cpp" line="251"/>
        <source>the poll&apos;s rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentserver.cpp" line="69"/>
        <source>%1 is offline (%2): nothing can be changed until the connection is back. GoNoGo reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/serverwatch.cpp" line="130"/>
        <location filename="../models/serverwatch.cpp" line="168"/>
        <source>the server does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/serverwatch.cpp" line="184"/>
        <source>%1 cannot be reached (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/serverwatch.cpp" line="190"/>
        <source>%1 does not answer on port %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentlaunch.cpp" line="33"/>
        <source>the follow-up of condition %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentlaunch.cpp" line="76"/>
        <location filename="../models/decisiondocumentlaunch.cpp" line="84"/>
        <location filename="../models/decisiondocumentlaunch.cpp" line="94"/>
        <location filename="../models/decisiondocumentlaunch.cpp" line="102"/>
        <location filename="../models/decisiondocumentlaunch.cpp" line="112"/>
        <source>the launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentlaunch.cpp" line="125"/>
        <source>metric %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::DecisionEngine</name>
    <message>
        <location filename="../models/engine.cpp" line="115"/>
        <source>The checklist has no items.</source>
        <translation>The checklist has no items.</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="123"/>
        <source>Critical score %1% is below the required %2% (%3 of %4 critical items PASS).</source>
        <translation>Critical score %1% is below the required %2% (%3 of %4 critical items PASS).</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="131"/>
        <source>Critical item %1 &quot;%2&quot; is %3.</source>
        <translation>Critical item %1 &quot;%2&quot; is %3.</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="140"/>
        <source>Total score %1% is below the %2% minimum (%3 of %4 items PASS).</source>
        <translation>Total score %1% is below the %2% minimum (%3 of %4 items PASS).</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="149"/>
        <source>Total score %1% is below the %2% needed for GO (%3 of %4 items PASS).</source>
        <translation>Total score %1% is below the %2% needed for GO (%3 of %4 items PASS).</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="167"/>
        <source>Accepted red risk %1 &quot;%2&quot; remains.</source>
        <translation>Accepted red risk %1 &quot;%2&quot; remains.</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="168"/>
        <source>Accepted yellow risk %1 &quot;%2&quot; remains.</source>
        <translation>Accepted yellow risk %1 &quot;%2&quot; remains.</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="179"/>
        <source>Open red risk %1 &quot;%2&quot; (likelihood %3, impact %4).</source>
        <translation>Open red risk %1 &quot;%2&quot; (likelihood %3, impact %4).</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="185"/>
        <source>Open yellow risk %1 &quot;%2&quot; (likelihood %3, impact %4).</source>
        <translation>Open yellow risk %1 &quot;%2&quot; (likelihood %3, impact %4).</translation>
    </message>
</context>
<context>
    <name>gonogo::Domain</name>
    <message>
        <location filename="../models/domain.cpp" line="156"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="158"/>
        <source>PARTIAL</source>
        <translation>PARTIAL</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="160"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="164"/>
        <source>PENDING</source>
        <translation>PENDING</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="171"/>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="173"/>
        <source>Medium</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="177"/>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="186"/>
        <source>Critical</source>
        <comment>impact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="188"/>
        <source>High</source>
        <comment>impact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="190"/>
        <source>Medium</source>
        <comment>impact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="194"/>
        <source>Low</source>
        <comment>impact</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="201"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="203"/>
        <source>Accepted</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="207"/>
        <source>Mitigated</source>
        <translation>Mitigated</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="214"/>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="216"/>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="220"/>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="227"/>
        <location filename="../models/meetingrun.cpp" line="123"/>
        <source>GO</source>
        <translation>GO</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="229"/>
        <source>GO WITH CAUTION</source>
        <translation>GO WITH CAUTION</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="233"/>
        <location filename="../models/meetingrun.cpp" line="129"/>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="253"/>
        <source>Current</source>
        <translation>Current</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="255"/>
        <source>Stale</source>
        <translation>Stale</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="259"/>
        <source>Withdrawn</source>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="266"/>
        <source>Concur</source>
        <translation>Concur</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="268"/>
        <source>Concur with dissent</source>
        <translation>Concur with dissent</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="272"/>
        <source>Non-concur</source>
        <translation>Non-concur</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="87"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="89"/>
        <source>One category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="91"/>
        <source>Critical items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="93"/>
        <source>Items not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="95"/>
        <source>Risk matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="97"/>
        <source>Roll-call poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="101"/>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="108"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="110"/>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="112"/>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="116"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="125"/>
        <source>GO WITH DISSENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="96"/>
        <source>Pending</source>
        <comment>runbook step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="98"/>
        <location filename="../models/launchrun.cpp" line="132"/>
        <source>Done</source>
        <comment>runbook step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="102"/>
        <location filename="../models/launchrun.cpp" line="136"/>
        <source>Failed</source>
        <comment>runbook step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="109"/>
        <source>Not started</source>
        <comment>launch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="111"/>
        <source>Running</source>
        <comment>launch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="113"/>
        <source>Live</source>
        <comment>launch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="115"/>
        <source>Aborted</source>
        <comment>launch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="119"/>
        <source>Rolled back</source>
        <comment>launch</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="126"/>
        <source>Not due</source>
        <comment>runbook step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="128"/>
        <source>Due now</source>
        <comment>runbook step</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="130"/>
        <source>Late</source>
        <comment>runbook step</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::ItemDetailPanel</name>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="39"/>
        <source>Select a checklist item to see and edit its details.</source>
        <translation>Select a checklist item to see and edit its details.</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="54"/>
        <source>Links, report names, test runs that prove this item</source>
        <translation>Links, report names, test runs that prove this item</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="55"/>
        <source>Notes for the meeting</source>
        <translation>Notes for the meeting</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="56"/>
        <source>Who is accountable</source>
        <translation>Who is accountable</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="59"/>
        <location filename="../views/itemdetailpanel.cpp" line="94"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="60"/>
        <location filename="../views/itemdetailpanel.cpp" line="96"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="61"/>
        <location filename="../views/itemdetailpanel.cpp" line="98"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="67"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="69"/>
        <source>Press %1 in the checklist to set the selected items to %2.</source>
        <translation>Press %1 in the checklist to set the selected items to %2.</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="72"/>
        <source>Set status to %1</source>
        <translation>Set status to %1</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="90"/>
        <source>Evidence required</source>
        <translation>Evidence required</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="92"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="161"/>
        <source>Editing... saved when you pause</source>
        <translation>Editing... saved when you pause</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="190"/>
        <source>Not saved: the file refused the change.</source>
        <translation>Not saved: the file refused the change.</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="196"/>
        <source>All changes saved to the file.</source>
        <translation>All changes saved to the file.</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="214"/>
        <source>%1 · %2 · CRITICAL</source>
        <translation>%1 · %2 · CRITICAL</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="214"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="224"/>
        <source>Not specified.</source>
        <translation>Not specified.</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="252"/>
        <source>Last changed %1 by %2</source>
        <translation>Last changed %1 by %2</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="253"/>
        <source>d MMM yyyy HH:mm</source>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="254"/>
        <source>Not changed since the file was created.</source>
        <translation>Not changed since the file was created.</translation>
    </message>
</context>
<context>
    <name>gonogo::KeyboardMap</name>
    <message>
        <location filename="../views/keyboardmap.cpp" line="18"/>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::LaunchPanel</name>
    <message>
        <location filename="../views/launchpanel.cpp" line="74"/>
        <source>S&amp;tart Launch...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="74"/>
        <source>Step &amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="75"/>
        <source>Step F&amp;ailed...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="75"/>
        <source>G&amp;o Live...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="76"/>
        <source>Roll &amp;Back...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="96"/>
        <source>Launch runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="202"/>
        <source>The launch has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="206"/>
        <source>T-%1 min to go-live (planned %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/launchpanel.cpp" line="207"/>
        <source>Go-live %n min late (planned %1)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/launchpanel.cpp" line="211"/>
        <source>LIVE for %n min, since %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="217"/>
        <source>%1 at %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="231"/>
        <source>Trigger: %1. Why (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/launchpanel.cpp" line="239"/>
        <source>late %n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="241"/>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="243"/>
        <source>Now: %1 %2 · %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="245"/>
        <source>Check: %1. Roll back if: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="246"/>
        <source>Check: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="249"/>
        <source>It starts from the signed decision: S starts T-60, and go-live is planned an hour later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="253"/>
        <source>Every step is done: the launch is handed over to monitoring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="280"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="310"/>
        <source>Step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="315"/>
        <source> min from go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="320"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="326"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="338"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="339"/>
        <source>&amp;Offset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="340"/>
        <source>&amp;Minutes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="341"/>
        <source>O&amp;wner role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="342"/>
        <source>&amp;Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="343"/>
        <source>Rollback &amp;trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="368"/>
        <source>Start the launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="369"/>
        <source>Start the launch now? T-60 begins, and go-live is planned one hour from now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="392"/>
        <source>Step failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="392"/>
        <source>What did %1 show? (kept in the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="409"/>
        <source>Go live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="409"/>
        <source>Record the traffic cutover now, as the actual T+0?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="422"/>
        <source>Roll back the launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="422"/>
        <source>Abort the launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="328"/>
        <location filename="../views/launchpanel.cpp" line="425"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="76"/>
        <source>Edit Ste&amp;p...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="85"/>
        <source>S: start · D: the selected step is done · F: it failed · G: go live · R: roll back · E: change the step&apos;s plan, before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="433"/>
        <source>What was seen, and why it meets the trigger (printed in the record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="435"/>
        <source>Roll Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="435"/>
        <source>Abort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="443"/>
        <source>&amp;Trigger:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="444"/>
        <source>&amp;Why:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::MainWindow</name>
    <message>
        <location filename="../app/fileactions.cpp" line="191"/>
        <location filename="../app/mainwindow.cpp" line="554"/>
        <source>GoNoGo</source>
        <translation>GoNoGo</translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="34"/>
        <source>Password for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="34"/>
        <source>The password for %1 (kept only while GoNoGo runs):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="95"/>
        <source>&amp;New Decision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97"/>
        <source>&amp;Open...</source>
        <translation>&amp;Open...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <source>Open &amp;from Server...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="102"/>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="109"/>
        <source>Save &amp;As...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="110"/>
        <source>&amp;Export Decision Record...</source>
        <translation>&amp;Export Decision Record...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112"/>
        <source>Export Chec&amp;klist...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>Print Pre&amp;view...</source>
        <translation>Print Pre&amp;view...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="115"/>
        <source>&amp;Print...</source>
        <translation>&amp;Print...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="116"/>
        <source>Page &amp;Size</source>
        <translation>Page &amp;Size</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="120"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="120"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="133"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="135"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="136"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>&amp;Find in Checklist</source>
        <translation>&amp;Find in Checklist</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>Prefere&amp;nces...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>&amp;Critical Items Only</source>
        <translation>&amp;Critical Items Only</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>Items &amp;Not PASS Only</source>
        <translation>Items &amp;Not PASS Only</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177"/>
        <source>Show &amp;All Items</source>
        <translation>Show &amp;All Items</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>C&amp;hecklist</source>
        <translation>C&amp;hecklist</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="191"/>
        <location filename="../app/mainwindow.cpp" line="252"/>
        <source>&amp;Risks</source>
        <translation>&amp;Risks</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="198"/>
        <source>&amp;Sign-off</source>
        <translation>&amp;Sign-off</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="210"/>
        <source>Actual Si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <source>Hi&amp;gh Contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="215"/>
        <source>Black on white, with the darkest status colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="218"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Full Screen</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="221"/>
        <source>&amp;Presentation Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="224"/>
        <source>Full screen in large type for the room; Esc leaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="226"/>
        <source>Room&apos;s View on a Secon&amp;d Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="229"/>
        <source>With two screens, presentation mode shows the room&apos;s view on the other one and keeps this one as the presenter console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="250"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="253"/>
        <source>&amp;Add Risk...</source>
        <translation>&amp;Add Risk...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="260"/>
        <source>&amp;Raise Risk from Item...</source>
        <translation>&amp;Raise Risk from Item...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="268"/>
        <source>Raise a risk from the selected FAIL or PARTIAL item, linked to it</source>
        <translation>Raise a risk from the selected FAIL or PARTIAL item, linked to it</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="269"/>
        <source>Matrix &amp;Levels...</source>
        <translation>Matrix &amp;Levels...</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/teamactions.cpp" line="50"/>
        <source>Changed by someone else: %1 and %n more.</source>
        <translation>
            <numerusform>Changed by someone else: %1 and %n more.</numerusform>
            <numerusform>Changed by someone else: %1 and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="51"/>
        <source>Changed by someone else: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="562"/>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="66"/>
        <source>Back online: the decision was read again from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="71"/>
        <source>OFFLINE: the connection to the server was lost (%1). What is shown may be out of date, and changes are refused until the connection is back; GoNoGo reconnects by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="60"/>
        <source>Agenda (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="61"/>
        <source>Poll (%1 of %2 answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="358"/>
        <source>In lists and tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="359"/>
        <location filename="../app/mainwindowview.cpp" line="373"/>
        <source>Up, Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="359"/>
        <source>Move through the list, the register or the sign-off table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="360"/>
        <source>Shift+Up, Shift+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="360"/>
        <source>Select several items, then 1-4 sets them all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="361"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="361"/>
        <source>Leave the list or table for the next field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="362"/>
        <source>Down, Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="362"/>
        <source>From the search box to the first item found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="363"/>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="363"/>
        <source>Sign for the selected person; filter the register by the matrix cell; go to the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="365"/>
        <source>O, E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="365"/>
        <source>Type the owner or the evidence of the current item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="366"/>
        <source>Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="366"/>
        <source>Move between the matrix cells</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="367"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="367"/>
        <source>Leave presentation mode or full screen; show every risk again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="368"/>
        <source>In the roll-call poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="369"/>
        <location filename="../app/mainwindowview.cpp" line="379"/>
        <source>G</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="369"/>
        <source>The person called answers GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="370"/>
        <location filename="../app/mainwindowview.cpp" line="377"/>
        <source>D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="370"/>
        <source>The person called answers GO WITH DISSENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="371"/>
        <location filename="../app/mainwindowview.cpp" line="388"/>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="371"/>
        <source>The person called answers NO-GO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="372"/>
        <source>C, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="372"/>
        <source>Type the comment that goes with the next answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="373"/>
        <source>Call someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="374"/>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="374"/>
        <source>Save the rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="375"/>
        <source>In the launch runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="376"/>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="376"/>
        <source>Start the launch (from a signed GO or GO WITH CAUTION)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="377"/>
        <source>The selected step is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="378"/>
        <source>F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="378"/>
        <source>The selected step failed: say what was seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="379"/>
        <source>Go live: record the traffic cutover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="380"/>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="380"/>
        <source>Abort or roll back on a trigger, with the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="381"/>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="381"/>
        <source>Change the selected step&apos;s plan, before the launch starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="382"/>
        <source>In monitoring and reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="383"/>
        <source>A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="383"/>
        <source>Add a reading by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="384"/>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="384"/>
        <source>Import readings from a monitoring export (CSV or JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="385"/>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="385"/>
        <source>Change the selected metric&apos;s threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="386"/>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="386"/>
        <source>Record the review that is due (and declare STABLE from T+48h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="387"/>
        <source>C, Y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="387"/>
        <source>Close or carry the selected condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="388"/>
        <source>Sign the STABLE declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="140"/>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="200"/>
        <source>Open a decision file, or start a new one from the P020 readiness template.</source>
        <translation>Open a decision file, or start a new one from the P020 readiness template.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="201"/>
        <source>Open a decision file, or start a new one from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="207"/>
        <source>Open Decision File...</source>
        <translation>Open Decision File...</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="230"/>
        <source>No decision file is open.</source>
        <translation>No decision file is open.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="76"/>
        <source>Opened after a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="118"/>
        <source>the P020 readiness template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="120"/>
        <source>Launch name (from %1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="140"/>
        <source>Checklists (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="49"/>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="50"/>
        <location filename="../app/audienceactions.cpp" line="57"/>
        <source>Risks (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="51"/>
        <source>Sign-off (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="56"/>
        <source>Checklist (%1 of %2 PASS)</source>
        <translation>Checklist (%1 of %2 PASS)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="277"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="278"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="38"/>
        <source>step %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="39"/>
        <source>ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="40"/>
        <source>not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="44"/>
        <source>After go-live (STABLE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="46"/>
        <source>After go-live (not live)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/audienceactions.cpp" line="47"/>
        <source>After go-live (%n breach(es))</source>
        <translation>
            <numerusform>After go-live (%n breach)</numerusform>
            <numerusform>After go-live (%n breaches)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="51"/>
        <location filename="../app/audienceactions.cpp" line="58"/>
        <source>Sign-off (FINAL)</source>
        <translation>Sign-off (FINAL)</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="52"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="53"/>
        <source>Poll (%1/%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="54"/>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="55"/>
        <source>After go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/audienceactions.cpp" line="57"/>
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="59"/>
        <source>Sign-off (DRAFT, %1 of %2 signed)</source>
        <translation>Sign-off (DRAFT, %1 of %2 signed)</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="62"/>
        <source>Launch (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="106"/>
        <source>The room&apos;s view is on %1; this screen is the presenter console. F5 or Esc ends it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="48"/>
        <source>Save decision file as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="49"/>
        <source>%1 copy.gonogo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="59"/>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="63"/>
        <source>Saved as %1; this window now shows the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="117"/>
        <source>READ-ONLY: there is no permission to change this file here (or it is on read-only media). You can view, print, export and verify it; changes are refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="128"/>
        <source>INTEGRITY CHECK FAILED: %1. This file was changed outside GoNoGo; it is not a valid decision record, and anything printed from it is marked so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordactions.cpp" line="131"/>
        <source>INTEGRITY CHECK FAILED: %1 (and %n more problem(s); gonogo verify lists them all). This file was changed outside GoNoGo; it is not a valid decision record, and anything printed from it is marked so.</source>
        <translation>
            <numerusform>INTEGRITY CHECK FAILED: %1 (and %n more problem; gonogo verify lists them all). This file was changed outside GoNoGo; it is not a valid decision record, and anything printed from it is marked so.</numerusform>
            <numerusform>INTEGRITY CHECK FAILED: %1 (and %n more problems; gonogo verify lists them all). This file was changed outside GoNoGo; it is not a valid decision record, and anything printed from it is marked so.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="143"/>
        <location filename="../app/recordactions.cpp" line="219"/>
        <source>Integrity check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="144"/>
        <source>This decision file fails verification:

%1

It will not be printed as a final record. Go on anyway, with INTEGRITY CHECK FAILED marked on every page?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="148"/>
        <source>Go On, Marked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="164"/>
        <source>%1 - decision record.pdf</source>
        <translation>%1 - decision record.pdf</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="165"/>
        <source>Export decision record</source>
        <translation>Export decision record</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="165"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="174"/>
        <location filename="../app/recordactions.cpp" line="186"/>
        <source>Cannot export</source>
        <translation>Cannot export</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordactions.cpp" line="189"/>
        <source>Exported %1 (%n page(s), %2 ms).</source>
        <translation>
            <numerusform>Exported %1 (%n page, %2 ms).</numerusform>
            <numerusform>Exported %1 (%n pages, %2 ms).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="208"/>
        <source>%1 - checklist.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="209"/>
        <source>Export checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="220"/>
        <source>This decision file fails verification:

%1

What is exported may not be what was decided. Export it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="224"/>
        <source>Export Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="232"/>
        <source>Cannot export the checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordactions.cpp" line="237"/>
        <source>Exported the checklist to %1 (%n item(s)).</source>
        <translation>
            <numerusform>Exported the checklist to %1 (%n item).</numerusform>
            <numerusform>Exported the checklist to %1 (%n items).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="252"/>
        <source>Cannot print</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="267"/>
        <source>Print preview: %1</source>
        <translation>Print preview: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="517"/>
        <source>The change was not saved</source>
        <translation>The change was not saved</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="120"/>
        <source>New decision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="126"/>
        <location filename="../app/fileactions.cpp" line="144"/>
        <source>Save the new decision file as</source>
        <translation>Save the new decision file as</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="127"/>
        <location filename="../app/fileactions.cpp" line="145"/>
        <location filename="../app/recordactions.cpp" line="50"/>
        <source>Decision files (*.gonogo)</source>
        <translation>Decision files (*.gonogo)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="139"/>
        <source>Choose a checklist</source>
        <translation>Choose a checklist</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="161"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="166"/>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="169"/>
        <source>Clear Recent Files</source>
        <translation>Clear Recent Files</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="208"/>
        <source>New Decision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="60"/>
        <source>Cannot open decision file</source>
        <translation>Cannot open decision file</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="96"/>
        <source>New from C&amp;hecklist File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="281"/>
        <source>User &amp;Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="284"/>
        <source>&amp;About GoNoGo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="443"/>
        <source>Why %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="71"/>
        <source>The file was upgraded to the current format; the original is kept as %1.</source>
        <translation>The file was upgraded to the current format; the original is kept as %1.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="89"/>
        <source>Cannot read the checklist</source>
        <translation>Cannot read the checklist</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="96"/>
        <source>Cannot create decision file</source>
        <translation>Cannot create decision file</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="106"/>
        <source>Open decision file</source>
        <translation>Open decision file</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="107"/>
        <source>Decision files (*.gonogo);;All files (*)</source>
        <translation>Decision files (*.gonogo);;All files (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="560"/>
        <source>%1 - %2 - GoNoGo</source>
        <translation>%1 - %2 - GoNoGo</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="61"/>
        <source>Meetin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="62"/>
        <source>&amp;Start or Pause the Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="65"/>
        <source>&amp;Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="68"/>
        <source>&amp;Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="70"/>
        <source>&amp;End the Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="73"/>
        <source>&amp;Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="80"/>
        <source>Roll-Call P&amp;oll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="88"/>
        <source>&amp;Launch Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="96"/>
        <source>&amp;Monitoring and Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="143"/>
        <source>Next: %1 (%2) · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/meetingactions.cpp" line="144"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="145"/>
        <source>Ctrl+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="145"/>
        <source>Ctrl+Space starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="147"/>
        <source>Last step · Ctrl+Shift+Space ends the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="226"/>
        <source>Owner of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="226"/>
        <source>Evidence for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="28"/>
        <source>About GoNoGo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="31"/>
        <source>&lt;h2&gt;GoNoGo %1&lt;/h2&gt;&lt;p&gt;Runs the Go/No-Go meeting for a production launch and records its signed decision.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="35"/>
        <source>&lt;p&gt;Licence: none granted yet. Copyright 2026 the GoNoGo team; all rights reserved.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;br&gt;Application ID: %3&lt;br&gt;Decision file format: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferenceactions.cpp" line="66"/>
        <source>Preferences not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferenceactions.cpp" line="156"/>
        <source>Language changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::MatrixSettingsDialog</name>
    <message>
        <location filename="../views/riskdialog.cpp" line="196"/>
        <source>Risk matrix levels</source>
        <translation>Risk matrix levels</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="198"/>
        <source>Likelihood \ Impact</source>
        <translation>Likelihood \ Impact</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="211"/>
        <source>Level for likelihood %1, impact %2</source>
        <translation>Level for likelihood %1, impact %2</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="216"/>
        <source>The levels decide the recommendation: an open red risk is NO-GO; an open yellow or an accepted red or yellow risk is GO WITH CAUTION. Changes are saved in the decision file and printed in the decision record.</source>
        <translation>The levels decide the recommendation: an open red risk is NO-GO; an open yellow or an accepted red or yellow risk is GO WITH CAUTION. Changes are saved in the decision file and printed in the decision record.</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="222"/>
        <source>Reset to P020 Default</source>
        <translation>Reset to P020 Default</translation>
    </message>
</context>
<context>
    <name>gonogo::MeetingClock</name>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="202"/>
        <source>%n min left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="204"/>
        <source>%n s left</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="208"/>
        <source>%n min over</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="210"/>
        <source>%n s over</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="236"/>
        <source>Not started: %n min planned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="240"/>
        <source>Ended %n min over the plan.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/meetingclock.cpp" line="242"/>
        <source>Ended within the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/meetingclock.cpp" line="245"/>
        <source>On time at this pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="249"/>
        <source>At this pace: %n min over.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="255"/>
        <source>At this pace: %n min over; will not fit: %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::MeetingPanel</name>
    <message>
        <location filename="../views/meetingpanel.cpp" line="54"/>
        <source>Previous Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="55"/>
        <source>Next Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="55"/>
        <source>End Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="56"/>
        <source>Edit Step...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="56"/>
        <source>Remove Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="57"/>
        <source>Move Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="57"/>
        <source>Move Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="77"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="82"/>
        <source>Start, pause or resume the clock (Ctrl+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="83"/>
        <source>Back to the previous step (Ctrl+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="84"/>
        <source>On to the next step (Ctrl+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="85"/>
        <source>End the step on and the meeting (Ctrl+Shift+Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="303"/>
        <source>Your notes on &quot;%1&quot; (private: never shown to the room, never printed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="304"/>
        <source>Your notes (private): select a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="90"/>
        <source>Add Step...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="122"/>
        <source>Private notes on the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="195"/>
        <source>Category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/meetingpanel.cpp" line="197"/>
        <location filename="../views/meetingpanel.cpp" line="237"/>
        <location filename="../views/meetingpanel.cpp" line="241"/>
        <location filename="../views/meetingpanel.cpp" line="270"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="243"/>
        <source>The meeting has not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/meetingpanel.cpp" line="244"/>
        <source>%n min planned</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="245"/>
        <source>Ctrl+Space starts the first step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="248"/>
        <source>The meeting has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="255"/>
        <source>Step %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="257"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="259"/>
        <source>Paused · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="263"/>
        <source>Meeting %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="270"/>
        <source>Next: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="272"/>
        <source>Next: the end of the meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="276"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="276"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="276"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::Monitoring</name>
    <message>
        <location filename="../models/monitoring.cpp" line="52"/>
        <source>there is no metric &quot;%1&quot; (the metrics: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="61"/>
        <source>&quot;%1&quot; is not a time with its zone, e.g. 2026-12-01T10:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="67"/>
        <source>%1 needs a word, e.g. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="75"/>
        <source>%1 is a number (%2), not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="108"/>
        <source>&lt; %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="110"/>
        <source>&gt; %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="112"/>
        <source>%1%2 ± %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="113"/>
        <source>baseline ± %1 % (baseline not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="197"/>
        <source>%1: readings in JSON are an array of {&quot;metric&quot;, &quot;time&quot;, &quot;value&quot;} objects%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="199"/>
        <source> (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="210"/>
        <source>%1, reading %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="229"/>
        <source>%1 is empty; it needs a header row (metric,time,value) and readings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="242"/>
        <source>the header row has no &quot;%1&quot; column (it needs metric, time and value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="268"/>
        <source>a reading is METRIC=VALUE, e.g. error_rate=0.05, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::OpenFromServerDialog</name>
    <message>
        <location filename="../app/serverdialog.cpp" line="27"/>
        <source>Open from Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="37"/>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="41"/>
        <source>Show &amp;Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="46"/>
        <source>The password comes from PGPASSWORD or ~/.pgpass, else GoNoGo asks for it. It is never part of the address and never written to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Decision ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Target date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="70"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="108"/>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="109"/>
        <source>FINAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="110"/>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="112"/>
        <source>(no access for this database user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="127"/>
        <source>No decisions on this server yet: create one with gonogo new or copy a file there with gonogo copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/serverdialog.cpp" line="129"/>
        <source>%n decision(s) on %1.</source>
        <translation>
            <numerusform>%n decision on %1.</numerusform>
            <numerusform>%n decisions on %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::PollPanel</name>
    <message>
        <location filename="../views/pollpanel.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="32"/>
        <source>Ra&amp;tionale for going against the poll or the recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="35"/>
        <source>Save Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="43"/>
        <source>G: GO · D: GO WITH DISSENT · N: NO-GO · C: type a comment first, Enter to keep it · Up and Down: call someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="45"/>
        <source>Comment with the answer (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="46"/>
        <source>Comment with the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="48"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="48"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="48"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="48"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="54"/>
        <source>Roll-call poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="62"/>
        <source>Why the meeting goes on although the room and the recommendation differ (Ctrl+Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="181"/>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="212"/>
        <source>%1 answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="213"/>
        <source>%1: GO or NO-GO?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="215"/>
        <source>Nobody is listed to answer: add the stakeholders in Sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="219"/>
        <source>Tally: %1 GO · %2 GO WITH DISSENT · %3 NO-GO · %4 not asked. Recommendation: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="225"/>
        <source>The poll disagrees with the recommendation: record why below before the decision is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="227"/>
        <source>The poll disagrees with the recommendation; the rationale is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="231"/>
        <source>The poll agrees with the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::Preferences</name>
    <message>
        <location filename="../app/preferences.cpp" line="41"/>
        <source>Your preferences were not saved: %1 is damaged; remove it to start afresh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferences.cpp" line="46"/>
        <source>Your preferences could not be saved to %1 (no permission, or the disk is full); they apply until GoNoGo is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::PreferencesDialog</name>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="42"/>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="50"/>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="54"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="61"/>
        <source>Written in the audit log for every change made in this window. Empty: your login name, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="65"/>
        <source>Your &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="70"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="71"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="73"/>
        <source>&amp;Paper for the record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="76"/>
        <source>P020 readiness template (built in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="81"/>
        <source>Another checklist file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="95"/>
        <source>&amp;Template for new decisions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="101"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="104"/>
        <source>&amp;Zoom at the desk on this screen:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="107"/>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="108"/>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="110"/>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="118"/>
        <source>The room&apos;s zoom is set in presentation mode (Ctrl+plus, Ctrl+minus) and kept per screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="141"/>
        <source>Choose the checklist for new decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="143"/>
        <source>Checklists (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/preferencesdialog.cpp" line="167"/>
        <source>%n item(s) in %1.</source>
        <translation>
            <numerusform>%n item in %1.</numerusform>
            <numerusform>%n items in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::ReasonList</name>
    <message>
        <location filename="../views/reasonlist.cpp" line="47"/>
        <source>Reasons for the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/reasonlist.cpp" line="50"/>
        <source>Click a reason to go to the item it names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/reasonlist.cpp" line="86"/>
        <source>Every criterion for GO is met.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::RecordReport</name>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="32"/>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="76"/>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../views/report/pagecomposer.cpp" line="514"/>
        <source>Likelihood \ Impact</source>
        <translation>Likelihood \ Impact</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="256"/>
        <source>Go/No-Go decision record</source>
        <translation>Go/No-Go decision record</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="262"/>
        <source>Meeting date</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="263"/>
        <source>Target launch date</source>
        <translation>Target launch date</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="264"/>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="265"/>
        <source>Record status</source>
        <translation>Record status</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="57"/>
        <location filename="../views/report/reportcontent.cpp" line="266"/>
        <source>INTEGRITY CHECK FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="269"/>
        <source>FINAL: decision recorded, every sign-off current</source>
        <translation>FINAL: decision recorded, every sign-off current</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="271"/>
        <source>DRAFT: not final until the decision is recorded and every stakeholder&apos;s sign-off is current</source>
        <translation>DRAFT: not final until the decision is recorded and every stakeholder&apos;s sign-off is current</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="280"/>
        <source>Printed</source>
        <translation>Printed</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="295"/>
        <source>DECISION: %1</source>
        <translation>DECISION: %1</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="39"/>
        <source>Edition 2: the launch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="42"/>
        <source>This section was added after the decision. The decision, its sign-offs and the record&apos;s fingerprint %1 above are unchanged by it; the launch is kept in the audit log and checked by gonogo verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="48"/>
        <source>Started %1; go-live planned %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="50"/>
        <source>Live at %1 (by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="57"/>
        <source>%1 at %2 by %3, on trigger %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="60"/>
        <location filename="../views/report/meetingsection.cpp" line="66"/>
        <location filename="../views/report/reportcontent.cpp" line="299"/>
        <source>Rationale: %1</source>
        <translation>Rationale: %1</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="62"/>
        <source>The launch is live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="65"/>
        <source>Runbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="69"/>
        <source>Step and its validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="69"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="70"/>
        <source>Recorded; note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="73"/>
        <source>%1. Check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="75"/>
        <source>Rollback trigger %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="35"/>
        <source>Edition 3: after go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="38"/>
        <source>Monitoring, the reviews and the STABLE declaration, added after the launch went live at %1. The decision and the launch above are unchanged by them; every reading, review, follow-up and sign-off is kept in the audit log and checked by gonogo verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="46"/>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/afterlaunchsection.cpp" line="48"/>
        <source>%n reading(s) taken; </source>
        <translation>
            <numerusform>%n reading taken; </numerusform>
            <numerusform>%n readings taken; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/afterlaunchsection.cpp" line="49"/>
        <source>%n outside their thresholds.</source>
        <translation>
            <numerusform>%n outside its threshold.</numerusform>
            <numerusform>%n outside their thresholds.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="53"/>
        <location filename="../views/report/afterlaunchsection.cpp" line="83"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="53"/>
        <location filename="../views/report/afterlaunchsection.cpp" line="84"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="54"/>
        <source>Readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="54"/>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="55"/>
        <source>Breaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="55"/>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="66"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="68"/>
        <location filename="../views/report/afterlaunchsection.cpp" line="96"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="80"/>
        <source>Readings outside their thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="83"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="84"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="85"/>
        <source>Source; by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="92"/>
        <source>Feeds %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="99"/>
        <source>%1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="105"/>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="108"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="108"/>
        <source>Due; held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="109"/>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="110"/>
        <source>Outcome; metrics; open conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="113"/>
        <source>held %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="114"/>
        <source>not held yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="116"/>
        <source>STABLE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="121"/>
        <source>No open condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="122"/>
        <source>Open conditions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="137"/>
        <source>Condition (owner, due, as decided)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="138"/>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="143"/>
        <source>%1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="144"/>
        <source>OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="146"/>
        <source>CLOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="147"/>
        <source>CARRIED to %1, due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="152"/>
        <location filename="../views/report/launchsection.cpp" line="78"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="161"/>
        <source>STABLE declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="163"/>
        <source>STABLE has not been declared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="168"/>
        <source>STABLE declared at %1, held %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="174"/>
        <source>Stakeholder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="184"/>
        <source>CURRENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="185"/>
        <source>STALE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="189"/>
        <source>Signed by %1 of %2 against the declaration as it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="196"/>
        <source>STABLE fingerprint (SHA-256 of the launch&apos;s fingerprint, the monitoring plan, the readings up to the STABLE review and the reviews up to it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="87"/>
        <source>Rollback triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="89"/>
        <source>%1  %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="92"/>
        <source>Launch fingerprint (SHA-256 of this section, bound to the record&apos;s fingerprint):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="312"/>
        <source>NO DECISION RECORDED</source>
        <translation>NO DECISION RECORDED</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="314"/>
        <source>Recommendation from the scores and risks now: %1</source>
        <translation>Recommendation from the scores and risks now: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="361"/>
        <source>Decision criteria used</source>
        <translation>Decision criteria used</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="379"/>
        <source>Reasons for the recommendation:</source>
        <translation>Reasons for the recommendation:</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="394"/>
        <source>Readiness by category</source>
        <translation>Readiness by category</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="402"/>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="402"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="124"/>
        <location filename="../views/report/reportcontent.cpp" line="235"/>
        <location filename="../views/report/reportcontent.cpp" line="403"/>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="405"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="409"/>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="250"/>
        <location filename="../views/report/reportcontent.cpp" line="490"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="250"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="251"/>
        <location filename="../views/report/reportcontent.cpp" line="528"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="141"/>
        <location filename="../views/report/reportcontent.cpp" line="142"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="71"/>
        <source>%1 (%2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="144"/>
        <source>%1 (by %2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="274"/>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="276"/>
        <source>%1 (UTC%2 on the meeting date); times are printed in UTC and in this zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="278"/>
        <source>not recorded; times are printed in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="279"/>
        <source>%1; times are printed in UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="283"/>
        <location filename="../views/report/reportcontent.cpp" line="288"/>
        <source>Edition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="284"/>
        <source>3: the decision as signed, the launch, and what followed go-live (&quot;Edition 2: the launch&quot; and &quot;Edition 3: after go-live&quot;, after Integrity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="289"/>
        <source>2: the decision as signed, then the launch (&quot;Edition 2: the launch&quot;, after Integrity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="296"/>
        <source>Decided by %1, recorded %2. The recommendation at that moment was %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="301"/>
        <source>OVERRIDE: the decision departs from the recommendation (%1). Override rationale: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="306"/>
        <source>With %n condition(s), listed with their owners and due dates in &quot;Conditions of the decision&quot;.</source>
        <translation>
            <numerusform>With %n condition, listed with its owner and due date in &quot;Conditions of the decision&quot;.</numerusform>
            <numerusform>With %n conditions, listed with their owners and due dates in &quot;Conditions of the decision&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="316"/>
        <source>Critical score %1 (%2 of %3 critical items passed). Total score %4 (%5 of %6 items passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="324"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n passed</numerusform>
            <numerusform>%n passed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="324"/>
        <source>%n partial</source>
        <translation>
            <numerusform>%n partial</numerusform>
            <numerusform>%n partial</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="325"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="325"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pending</numerusform>
            <numerusform>%n pending</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="326"/>
        <source>%n open red</source>
        <translation>
            <numerusform>%n open red</numerusform>
            <numerusform>%n open red</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="326"/>
        <source>%n open yellow</source>
        <translation>
            <numerusform>%n open yellow</numerusform>
            <numerusform>%n open yellow</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="327"/>
        <source>%n open green</source>
        <translation>
            <numerusform>%n open green</numerusform>
            <numerusform>%n open green</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="327"/>
        <source>%n accepted</source>
        <translation>
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="328"/>
        <source>%n mitigated</source>
        <translation>
            <numerusform>%n mitigated</numerusform>
            <numerusform>%n mitigated</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="329"/>
        <source>Items: %1. Risks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="334"/>
        <source>Sign-offs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="178"/>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="28"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="31"/>
        <source>Roll-call poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="33"/>
        <source>No roll-call poll was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="38"/>
        <location filename="../views/report/reportcontent.cpp" line="337"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="174"/>
        <location filename="../views/report/meetingsection.cpp" line="38"/>
        <location filename="../views/report/reportcontent.cpp" line="337"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="39"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="43"/>
        <source>NOT ASKED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="53"/>
        <source>Tally: %1 GO, %2 GO WITH DISSENT, %3 NO-GO, %4 not asked. Recommendation from the scores and risks now: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="62"/>
        <source>The poll disagrees with the recommendation, and no rationale has been recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="63"/>
        <source>The poll disagrees with the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="68"/>
        <source>Recorded by %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="72"/>
        <source>The poll agrees with the recommendation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="77"/>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/meetingsection.cpp" line="81"/>
        <source>The agenda&apos;s clock was not used; %n min were planned.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="87"/>
        <source>Held from %1 to %2: %3 min against %4 min planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="91"/>
        <source>Started %1; still running when printed: %2 min so far against %3 min planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="99"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="68"/>
        <location filename="../views/report/meetingsection.cpp" line="99"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="100"/>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="100"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="101"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="101"/>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="107"/>
        <source>Shows category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="108"/>
        <source>Shows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/meetingsection.cpp" line="110"/>
        <location filename="../views/report/meetingsection.cpp" line="112"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="115"/>
        <source>not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="122"/>
        <source>Actual times exclude pauses. The agenda&apos;s times are kept in the audit log and checked by gonogo verify; they are not part of the record&apos;s fingerprint, because the clock runs on after people sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="175"/>
        <location filename="../views/report/reportcontent.cpp" line="339"/>
        <location filename="../views/report/reportcontent.cpp" line="590"/>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="354"/>
        <source>No stakeholders are listed to sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="358"/>
        <source>Record fingerprint (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="363"/>
        <source>NO-GO if the critical score is below %1%, if the total score is below %2%, or if any open risk is red. Otherwise GO WITH CAUTION if the total score is below %3%, or any open risk is yellow, or any accepted risk is red or yellow. Otherwise GO. Only passed items count; scores are compared exactly and shown rounded down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="389"/>
        <source>• Critical items not passed: see &quot;Items not passed&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="419"/>
        <source>Items not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="432"/>
        <source>Every item passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="434"/>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="442"/>
        <source>Risks</source>
        <translation>Risks</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="455"/>
        <source>%1 (accepted)</source>
        <translation>%1 (accepted)</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="458"/>
        <source>Open and accepted risks are placed in the grid; mitigated risks (%1) are listed below only.</source>
        <translation>Open and accepted risks are placed in the grid; mitigated risks (%1) are listed below only.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="463"/>
        <source>No risks were registered.</source>
        <translation>No risks were registered.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="491"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="468"/>
        <location filename="../views/report/reportcontent.cpp" line="492"/>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="472"/>
        <location filename="../views/report/reportcontent.cpp" line="493"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="476"/>
        <location filename="../views/report/reportcontent.cpp" line="494"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="137"/>
        <location filename="../views/report/afterlaunchsection.cpp" line="175"/>
        <location filename="../views/report/reportcontent.cpp" line="480"/>
        <location filename="../views/report/reportcontent.cpp" line="495"/>
        <location filename="../views/report/reportcontent.cpp" line="591"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="496"/>
        <source>Owner, mitigation, acceptance</source>
        <translation>Owner, mitigation, acceptance</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="501"/>
        <source>Owner: %1</source>
        <translation>Owner: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="504"/>
        <source>Mitigation: %1</source>
        <translation>Mitigation: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="508"/>
        <source>Accepted by %1 until %2: %3</source>
        <translation>Accepted by %1 until %2: %3</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="510"/>
        <source>Accepted by %1: %2</source>
        <translation>Accepted by %1: %2</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="513"/>
        <source>Items: %1</source>
        <translation>Items: %1</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="133"/>
        <location filename="../views/report/reportcontent.cpp" line="525"/>
        <source>Conditions of the decision</source>
        <translation>Conditions of the decision</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="528"/>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="68"/>
        <location filename="../views/report/reportcontent.cpp" line="529"/>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="589"/>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="592"/>
        <source>Fingerprint signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="593"/>
        <source>%1 (form 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="595"/>
        <source>Seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="597"/>
        <source>over audit entry %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="617"/>
        <source>Signed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="630"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="631"/>
        <source>Signed again after: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="631"/>
        <source>Signed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="635"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="636"/>
        <source>By %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="642"/>
        <source>Sign-off history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="645"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="646"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="646"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="338"/>
        <location filename="../views/report/reportcontent.cpp" line="555"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="338"/>
        <location filename="../views/report/reportcontent.cpp" line="587"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="540"/>
        <source>Signatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="541"/>
        <source>These are simple electronic signatures: GoNoGo recorded the name typed, the vote, the comment and the time, each bound to the fingerprint of the record as it was signed and sealed to this file. GoNoGo does not verify identity. A stale sign-off was given on an earlier version of this record; the change that made it stale is named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="546"/>
        <source>(no decision recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="552"/>
        <location filename="../views/report/reportcontent.cpp" line="616"/>
        <location filename="../views/report/reportcontent.cpp" line="673"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="553"/>
        <location filename="../views/report/reportcontent.cpp" line="645"/>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="564"/>
        <source>By signing, %1 stated that they concur with the decision %2 as recorded in the record with the fingerprint below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="568"/>
        <source>By signing, %1 stated that they concur with the decision %2, with the dissent recorded in their comment, as recorded in the record with the fingerprint below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="572"/>
        <source>By signing, %1 stated that they do NOT concur with the decision %2 as recorded in the record with the fingerprint below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="579"/>
        <source>Made stale by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="580"/>
        <source>The record changed after this sign-off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="583"/>
        <source>Withdrawn %1 by %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="176"/>
        <location filename="../views/report/meetingsection.cpp" line="39"/>
        <location filename="../views/report/reportcontent.cpp" line="588"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="601"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="183"/>
        <location filename="../views/report/reportcontent.cpp" line="344"/>
        <location filename="../views/report/reportcontent.cpp" line="556"/>
        <source>NOT SIGNED</source>
        <translation>NOT SIGNED</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="655"/>
        <source>Sign-offs marked (form 1) were made by an earlier GoNoGo with canonical form 1 of the record. They are checked under form 1 and, since the file was upgraded, against form 2 as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="661"/>
        <source>Appendix: the full checklist</source>
        <translation>Appendix: the full checklist</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="662"/>
        <source>Under each item&apos;s evidence: who set the item last, and when (UTC), as the audit log records it; the log&apos;s chain head is printed under Integrity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="666"/>
        <source>Evidence; set by, when (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="681"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="686"/>
        <source>Integrity</source>
        <translation>Integrity</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="687"/>
        <source>Record fingerprint (SHA-256 of the canonical record):</source>
        <translation>Record fingerprint (SHA-256 of the canonical record):</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="689"/>
        <source>Audit chain head (entry %1):</source>
        <translation>Audit chain head (entry %1):</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="691"/>
        <source>Record ID: %1</source>
        <translation>Record ID: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="692"/>
        <source>Check with: gonogo verify FILE. The fingerprint printed here must match.</source>
        <translation>Check with: gonogo verify FILE. The fingerprint printed here must match.</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="44"/>
        <source>Decision record: %1</source>
        <translation>Decision record: %1</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="61"/>
        <source>DRAFT</source>
        <translation>DRAFT</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="61"/>
        <source>NOT VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="58"/>
        <source>FINAL RECORD</source>
        <translation>FINAL RECORD</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="59"/>
        <source>DRAFT - not a final decision record</source>
        <translation>DRAFT - not a final decision record</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="56"/>
        <source>no decision recorded</source>
        <translation>no decision recorded</translation>
    </message>
    <message>
        <location filename="../views/report/pagecomposer.cpp" line="460"/>
        <source>%1 (cont.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/pagecomposer.cpp" line="499"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/pagecomposer.cpp" line="704"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <location filename="../views/report/pagecomposer.cpp" line="706"/>
        <location filename="../views/report/reportcontent.cpp" line="618"/>
        <source>Fingerprint %1</source>
        <translation>Fingerprint %1</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="85"/>
        <source>GoNoGo %1 (facilitator: %2)</source>
        <translation>GoNoGo %1 (facilitator: %2)</translation>
    </message>
    <message>
        <location filename="../views/report/printedrecord.cpp" line="24"/>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/report/printedrecord.cpp" line="28"/>
        <source>%1 is not a readable PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::RiskDialog</name>
    <message>
        <location filename="../views/riskdialog.cpp" line="27"/>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="29"/>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="31"/>
        <source>Add risk</source>
        <translation>Add risk</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="31"/>
        <source>Edit risk %1</source>
        <translation>Edit risk %1</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="48"/>
        <source>Checklist item IDs, e.g. SEC-08, PERF-06</source>
        <translation>Checklist item IDs, e.g. SEC-08, PERF-06</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="52"/>
        <source>Why the launch can go ahead with this risk</source>
        <translation>Why the launch can go ahead with this risk</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="54"/>
        <source>Who accepts the risk</source>
        <translation>Who accepts the risk</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="76"/>
        <source>Rationale</source>
        <translation>Rationale</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="77"/>
        <source>Accepted by</source>
        <translation>Accepted by</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="85"/>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="86"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="87"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Likelihood</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="88"/>
        <source>&amp;Impact</source>
        <translation>&amp;Impact</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="89"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="90"/>
        <source>&amp;Owner</source>
        <translation>&amp;Owner</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="91"/>
        <source>&amp;Mitigation</source>
        <translation>&amp;Mitigation</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="92"/>
        <source>Checklist &amp;items</source>
        <translation>Checklist &amp;items</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="93"/>
        <source>&amp;State</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="167"/>
        <source>Give the risk a title.</source>
        <translation>Give the risk a title.</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="175"/>
        <source>There is no checklist item %1.</source>
        <translation>There is no checklist item %1.</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="180"/>
        <source>Accepting a risk needs a rationale.</source>
        <translation>Accepting a risk needs a rationale.</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="183"/>
        <source>Accepting a risk needs the name of the person who accepts it.</source>
        <translation>Accepting a risk needs the name of the person who accepts it.</translation>
    </message>
</context>
<context>
    <name>gonogo::RiskMatrixModel</name>
    <message>
        <location filename="../models/riskmodels.cpp" line="314"/>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/riskmodels.cpp" line="315"/>
        <location filename="../models/riskmodels.cpp" line="318"/>
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/riskmodels.cpp" line="315"/>
        <location filename="../models/riskmodels.cpp" line="319"/>
        <source>%n accepted</source>
        <translation type="unfinished">
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="317"/>
        <source>Likelihood %1, impact %2: %3 level. %4, %5, %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/riskmodels.cpp" line="319"/>
        <source>%n mitigated</source>
        <translation type="unfinished">
            <numerusform>%n mitigated</numerusform>
            <numerusform>%n mitigated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::RiskMatrixView</name>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="22"/>
        <source>Risk matrix</source>
        <translation>Risk matrix</translation>
    </message>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="157"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="161"/>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="188"/>
        <source>no risks</source>
        <translation>no risks</translation>
    </message>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="189"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/riskmatrixview.cpp" line="189"/>
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/riskmatrixview.cpp" line="190"/>
        <source>%n accepted</source>
        <translation type="unfinished">
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="237"/>
        <source>Solid chip: open risk. Outlined chip: accepted risk. Mitigated risks (not on the grid): %1. Drag a chip to move a risk; click a cell to filter the register.</source>
        <translation>Solid chip: open risk. Outlined chip: accepted risk. Mitigated risks (not on the grid): %1. Drag a chip to move a risk; click a cell to filter the register.</translation>
    </message>
</context>
<context>
    <name>gonogo::RiskModel</name>
    <message>
        <location filename="../models/riskmodels.cpp" line="115"/>
        <source>%1, by %2 until %3</source>
        <translation>%1, by %2 until %3</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="118"/>
        <source>%1, by %2</source>
        <translation>%1, by %2</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>Risk</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="196"/>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="196"/>
        <source>Acceptance</source>
        <translation>Acceptance</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="196"/>
        <source>Items</source>
        <translation>Items</translation>
    </message>
</context>
<context>
    <name>gonogo::RiskPanel</name>
    <message>
        <location filename="../views/riskpanel.cpp" line="87"/>
        <source>Show All Risks</source>
        <translation>Show All Risks</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="87"/>
        <source>Ed&amp;it...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="88"/>
        <source>A&amp;ccept...</source>
        <translation>A&amp;ccept...</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="88"/>
        <source>&amp;Mitigated</source>
        <translation>&amp;Mitigated</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="89"/>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="89"/>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="100"/>
        <source>Risk register</source>
        <translation>Risk register</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="126"/>
        <source>&amp;Add Risk...</source>
        <translation>&amp;Add Risk...</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="127"/>
        <source>Matrix &amp;Levels...</source>
        <translation>Matrix &amp;Levels...</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="245"/>
        <source>Showing the risks with %1 likelihood and %2 impact.</source>
        <translation>Showing the risks with %1 likelihood and %2 impact.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/riskpanel.cpp" line="247"/>
        <source>Showing all %n risk(s).</source>
        <translation>
            <numerusform>Showing all %n risk.</numerusform>
            <numerusform>Showing all %n risks.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="303"/>
        <source>Accept risk %1</source>
        <translation>Accept risk %1</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="303"/>
        <source>Edit risk %1</source>
        <translation>Edit risk %1</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="320"/>
        <source>%1 is %2: %3</source>
        <translation>%1 is %2: %3</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="371"/>
        <source>Delete risk</source>
        <translation>Delete risk</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="371"/>
        <source>Delete risk %1 &quot;%2&quot;? You can undo this with Edit &gt; Undo.</source>
        <translation>Delete risk %1 &quot;%2&quot;? You can undo this with Edit &gt; Undo.</translation>
    </message>
</context>
<context>
    <name>gonogo::Scoreboard</name>
    <message>
        <location filename="../views/scoreboard.cpp" line="243"/>
        <source>Recommendation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="243"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="245"/>
        <source>Recommendation now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="245"/>
        <source>No decision recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="252"/>
        <source>Decision: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="253"/>
        <source>Recommendation: %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="272"/>
        <source>Critical %1%   (%2 of %3 PASS)</source>
        <translation>Critical %1%   (%2 of %3 PASS)</translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="275"/>
        <source>Total %1%   (%2 of %3 PASS)</source>
        <translation>Total %1%   (%2 of %3 PASS)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="280"/>
        <source>%n PASS</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="280"/>
        <source>%n PARTIAL</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="281"/>
        <source>%n FAIL</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="281"/>
        <source>%n PENDING</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="284"/>
        <source>Open risks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="285"/>
        <source>%n red</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="285"/>
        <source>%n yellow</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="286"/>
        <source>%n accepted</source>
        <translation type="unfinished">
            <numerusform>%n accepted</numerusform>
            <numerusform>%n accepted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="291"/>
        <source>Critical %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="292"/>
        <source>Total %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="302"/>
        <source>%n open risk(s)</source>
        <translation>
            <numerusform>%n open risk</numerusform>
            <numerusform>%n open risks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::SignDialog</name>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="202"/>
        <source>Sign as %1</source>
        <translation>Sign as %1</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="204"/>
        <source>Your name as it should be printed</source>
        <translation>Your name as it should be printed</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="208"/>
        <source>Required when you dissent or do not concur</source>
        <translation>Required when you dissent or do not concur</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="211"/>
        <source>I have reviewed this decision record and the vote above is &amp;mine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="212"/>
        <source>Record fingerprint (SHA-256): %1</source>
        <translation>Record fingerprint (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="220"/>
        <source>This is a simple electronic signature: GoNoGo records the name you type, your vote and the time (UTC), bound to the fingerprint above. It does not verify your identity.</source>
        <translation>This is a simple electronic signature: GoNoGo records the name you type, your vote and the time (UTC), bound to the fingerprint above. It does not verify your identity.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="224"/>
        <source>Clear Signature</source>
        <translation>Clear Signature</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="228"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="229"/>
        <source>Printed &amp;name</source>
        <translation>Printed &amp;name</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="230"/>
        <source>&amp;Vote</source>
        <translation>&amp;Vote</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="231"/>
        <source>&amp;Comment</source>
        <translation>&amp;Comment</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="235"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="238"/>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="265"/>
        <source>In the roll-call poll you answered %1; the decision is %2. The vote below is filled in from that: change it if it is not yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="287"/>
        <source>Type your name as it should be printed.</source>
        <translation>Type your name as it should be printed.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="290"/>
        <source>Say why in the comment: it is required with %1.</source>
        <translation>Say why in the comment: it is required with %1.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="293"/>
        <source>Confirm that you have reviewed the record and that the vote is yours.</source>
        <translation>Confirm that you have reviewed the record and that the vote is yours.</translation>
    </message>
</context>
<context>
    <name>gonogo::SignaturePad</name>
    <message>
        <location filename="../views/signaturepad.cpp" line="25"/>
        <source>Signature pad</source>
        <translation>Signature pad</translation>
    </message>
    <message>
        <location filename="../views/signaturepad.cpp" line="26"/>
        <source>Draw your signature with the mouse, a pen or a finger.</source>
        <translation>Draw your signature with the mouse, a pen or a finger.</translation>
    </message>
    <message>
        <location filename="../views/signaturepad.cpp" line="53"/>
        <source>Sign here (optional)</source>
        <translation>Sign here (optional)</translation>
    </message>
</context>
<context>
    <name>gonogo::SignoffModel</name>
    <message>
        <location filename="../models/domain.cpp" line="339"/>
        <source>%1 (UTC%2%3:%4)</source>
        <translation>%1 (UTC%2%3:%4)</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="340"/>
        <source>d MMM yyyy HH:mm</source>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="88"/>
        <source>Signed on fingerprint %1</source>
        <translation>Signed on fingerprint %1</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="104"/>
        <source>Not signed</source>
        <translation>Not signed</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
</context>
<context>
    <name>gonogo::SignoffPanel</name>
    <message>
        <location filename="../views/signoffpanel.cpp" line="93"/>
        <source>&amp;Withdraw...</source>
        <translation>&amp;Withdraw...</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="93"/>
        <source>Sig&amp;n...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="109"/>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="125"/>
        <source>Stakeholders and their sign-offs</source>
        <translation>Stakeholders and their sign-offs</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>Signed</source>
        <translation>Signed</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="139"/>
        <source>Sign-off history</source>
        <translation>Sign-off history</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="141"/>
        <source>&amp;Add Person...</source>
        <translation>&amp;Add Person...</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="143"/>
        <source>Move &amp;Up</source>
        <translation>Move &amp;Up</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="107"/>
        <source>Record &amp;Decision...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="142"/>
        <source>Edi&amp;t Person...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="144"/>
        <source>Move D&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="145"/>
        <source>Re&amp;move Person</source>
        <translation>Re&amp;move Person</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="165"/>
        <source>Sign-offs are simple electronic signatures: GoNoGo records the name typed, the vote and the time, bound to the record&apos;s fingerprint. It does not verify identity.</source>
        <translation>Sign-offs are simple electronic signatures: GoNoGo records the name typed, the vote and the time, bound to the record&apos;s fingerprint. It does not verify identity.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="171"/>
        <source>Sign-off</source>
        <translation>Sign-off</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="176"/>
        <source>History of every sign-off, stale and withdrawn ones included:</source>
        <translation>History of every sign-off, stale and withdrawn ones included:</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="277"/>
        <source>Recommendation: %1</source>
        <translation>Recommendation: %1</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="283"/>
        <source>No decision recorded yet. When the meeting has decided, record it here; then each stakeholder signs.</source>
        <translation>No decision recorded yet. When the meeting has decided, record it here; then each stakeholder signs.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="287"/>
        <source>Decision: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="288"/>
        <source>Recorded %1 by %2</source>
        <translation>Recorded %1 by %2</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="289"/>
        <source>Rationale: %1</source>
        <translation>Rationale: %1</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="293"/>
        <source>Overrides the recommendation %1: %2</source>
        <translation>Overrides the recommendation %1: %2</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="296"/>
        <source>Conditions:</source>
        <translation>Conditions:</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="298"/>
        <source>- %1 (owner %2, due %3)</source>
        <translation>- %1 (owner %2, due %3)</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="299"/>
        <location filename="../views/signoffpanel.cpp" line="300"/>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="300"/>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="309"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="313"/>
        <source>FINAL: the decision is recorded and every stakeholder&apos;s sign-off is current.</source>
        <translation>FINAL: the decision is recorded and every stakeholder&apos;s sign-off is current.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="315"/>
        <source>DRAFT: no decision recorded yet.</source>
        <translation>DRAFT: no decision recorded yet.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="317"/>
        <source>DRAFT: waiting for %1.</source>
        <translation>DRAFT: waiting for %1.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="325"/>
        <source>Record fingerprint (SHA-256): %1</source>
        <translation>Record fingerprint (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="336"/>
        <source>Withdrawn %1: %2</source>
        <translation>Withdrawn %1: %2</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="411"/>
        <source>Withdraw sign-off</source>
        <translation>Withdraw sign-off</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="412"/>
        <source>Why is the sign-off of %1 (%2) withdrawn? It stays in the record&apos;s history.</source>
        <translation>Why is the sign-off of %1 (%2) withdrawn? It stays in the record&apos;s history.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="424"/>
        <location filename="../views/signoffpanel.cpp" line="428"/>
        <source>Add person</source>
        <translation>Add person</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="424"/>
        <source>Role (e.g. QA Lead):</source>
        <translation>Role (e.g. QA Lead):</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="428"/>
        <source>Name (can be left empty):</source>
        <translation>Name (can be left empty):</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="443"/>
        <location filename="../views/signoffpanel.cpp" line="449"/>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="443"/>
        <source>Name of the %1:</source>
        <translation>Name of the %1:</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="449"/>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="485"/>
        <source>Remove person</source>
        <translation>Remove person</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="485"/>
        <source>Remove this person from the people who must sign?</source>
        <translation>Remove this person from the people who must sign?</translation>
    </message>
</context>
<context>
    <name>gonogo::Storage</name>
    <message>
        <location filename="../models/storage/fileguards.cpp" line="35"/>
        <location filename="../models/storage/fileguards.cpp" line="47"/>
        <source>Could not keep a backup of %1 before upgrading it: %2</source>
        <translation>Could not keep a backup of %1 before upgrading it: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/fileguards.cpp" line="92"/>
        <source>%1 has a journal that is not its own, and it could not be set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/fileguards.cpp" line="95"/>
        <source>A journal next to %1 was not this file&apos;s own (%2); it was set aside as %3 and not replayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/fileguards.cpp" line="109"/>
        <source>%1 needs recovery from its journal, but no copy could be kept first: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/fileguards.cpp" line="114"/>
        <source>%1 was being changed when a program stopped; it was restored from its journal. The file as it was before is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="100"/>
        <source>upgraded to file format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="236"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="244"/>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 cannot be opened: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="270"/>
        <source>%1 was written by a newer GoNoGo (file format %2; this version reads up to %3). Update GoNoGo to open it.</source>
        <translation>%1 was written by a newer GoNoGo (file format %2; this version reads up to %3). Update GoNoGo to open it.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="275"/>
        <source>%1 is damaged: it has no schema version.</source>
        <translation>%1 is damaged: it has no schema version.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="308"/>
        <source>A journal next to %1 looked like its own but was not: replaying it broke the file. The file was left as it was, and the journal set aside as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="324"/>
        <source>%1 is on a network file system (%2), where locking is unreliable: two people could change it at once. Copy it to a local disk for the meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="330"/>
        <location filename="../models/storage/decisionfile.cpp" line="351"/>
        <location filename="../models/storage/sql.cpp" line="36"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 is damaged: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="362"/>
        <source>%1 is in an older file format and no temporary folder could be made to read it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="380"/>
        <source>%1 is in an older file format (%2); it was read as it would be after an upgrade and left unchanged. The first change made to it upgrades it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="394"/>
        <source>%1 is damaged: its header says file format %2, but it holds the tables of format %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="409"/>
        <source>%1 could not be upgraded to the current file format; it was left as it was. %2</source>
        <translation>%1 could not be upgraded to the current file format; it was left as it was. %2</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="441"/>
        <source>%1 already exists; choose another name or open it instead.</source>
        <translation>%1 already exists; choose another name or open it instead.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="444"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>Cannot create %1: the folder %2 does not exist.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="422"/>
        <source>Cannot create %1: the checklist has no items.</source>
        <translation>Cannot create %1: the checklist has no items.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="428"/>
        <source>Cannot create %1: &quot;%2&quot; is not a time zone this system knows (use a name such as Europe/Madrid).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="461"/>
        <source>Cannot create %1: %2</source>
        <translation>Cannot create %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="503"/>
        <source>A copy of %1 cannot replace the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="510"/>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="513"/>
        <source>Cannot copy to %1: the folder %2 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="47"/>
        <source>integrity: %1</source>
        <translation>integrity: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="54"/>
        <source>references: %1</source>
        <translation>references: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="65"/>
        <source>audit log: the append-only guard %1 has been removed</source>
        <translation>audit log: the append-only guard %1 has been removed</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="80"/>
        <source>audit log: entry %1 has an invalid time &quot;%2&quot;</source>
        <translation>audit log: entry %1 has an invalid time &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="82"/>
        <source>audit log: entry %1 is dated before the entry preceding it</source>
        <translation>audit log: entry %1 is dated before the entry preceding it</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="92"/>
        <source>audit log: it is empty, but every decision records its creation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="103"/>
        <source>audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="106"/>
        <source>audit log: it has no baseline to replay from (removed by hand?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="115"/>
        <location filename="../models/storage/verify.cpp" line="168"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="119"/>
        <source>sign-off %1 of %2 does not verify: it was altered, or copied from another decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="126"/>
        <source>sign-off %1 of %2 is marked withdrawn, but the withdrawal is not sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="128"/>
        <source>sign-off %1 of %2 was withdrawn, but the withdrawal has been removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="133"/>
        <source>sign-off %1 of %2: its withdrawal was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="146"/>
        <source>sign-off %1 of %2: its entry in the audit log is missing (the log was cut)</source>
        <translation>sign-off %1 of %2: its entry in the audit log is missing (the log was cut)</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="150"/>
        <source>sign-off %1 of %2: the audit history it was signed on has been rewritten</source>
        <translation>sign-off %1 of %2: the audit history it was signed on has been rewritten</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="156"/>
        <source>sign-off %1 of %2 is STALE: the record changed after it was signed</source>
        <translation>sign-off %1 of %2 is STALE: the record changed after it was signed</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="159"/>
        <source>sign-off %1 of %2 was withdrawn</source>
        <translation>sign-off %1 of %2 was withdrawn</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="164"/>
        <source>no decision has been recorded yet</source>
        <translation>no decision has been recorded yet</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="167"/>
        <source>no current sign-off from %1</source>
        <translation>no current sign-off from %1</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="85"/>
        <source>audit log: entry %1 is incomplete</source>
        <translation>audit log: entry %1 is incomplete</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="73"/>
        <source>upgraded to file format 4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="80"/>
        <source>No migration from schema %1 to %2.</source>
        <translation>No migration from schema %1 to %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="94"/>
        <location filename="../models/storage/migrations.cpp" line="102"/>
        <source>Schema step %1 failed: %2</source>
        <translation>Schema step %1 failed: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="247"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="80"/>
        <source>there is no checklist item with ID &quot;%1&quot;.</source>
        <translation>there is no checklist item with ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="100"/>
        <source>%1 was changed by %2 at %3, after you last saw it: it is now %4. Your change was not made; look at the item again before changing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="147"/>
        <source>%1 is damaged: it has no meeting record.</source>
        <translation>%1 is damaged: it has no meeting record.</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="169"/>
        <source>the launch name cannot be empty.</source>
        <translation>the launch name cannot be empty.</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="172"/>
        <source>&quot;%1&quot; is not a time zone this system knows (use a name such as Europe/Madrid or America/New_York).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="180"/>
        <source>a threshold must be a percentage from 0 to 100, not %1.</source>
        <translation>a threshold must be a percentage from 0 to 100, not %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="185"/>
        <source>the GO WITH CAUTION threshold (%1%) cannot be above the GO threshold (%2%).</source>
        <translation>the GO WITH CAUTION threshold (%1%) cannot be above the GO threshold (%2%).</translation>
    </message>
    <message>
        <location filename="../models/storage/riskrepository.cpp" line="102"/>
        <location filename="../models/storage/riskrepository.cpp" line="167"/>
        <source>a risk needs a title.</source>
        <translation>a risk needs a title.</translation>
    </message>
    <message>
        <location filename="../models/storage/riskrepository.cpp" line="30"/>
        <source>there is no checklist item with ID &quot;%1&quot; to link the risk to.</source>
        <translation>there is no checklist item with ID &quot;%1&quot; to link the risk to.</translation>
    </message>
    <message>
        <location filename="../models/storage/riskrepository.cpp" line="164"/>
        <location filename="../models/storage/riskrepository.cpp" line="245"/>
        <source>there is no risk with ID &quot;%1&quot;.</source>
        <translation>there is no risk with ID &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/storage/riskrepository.cpp" line="172"/>
        <source>accepting risk %1 needs a rationale.</source>
        <translation>accepting risk %1 needs a rationale.</translation>
    </message>
    <message>
        <location filename="../models/storage/riskrepository.cpp" line="179"/>
        <source>accepting risk %1 needs the name of the person who accepts it.</source>
        <translation>accepting risk %1 needs the name of the person who accepts it.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="33"/>
        <source>%1 is in use by another program or GoNoGo window.</source>
        <translation>%1 is in use by another program or GoNoGo window.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="40"/>
        <source>%1 is read-only here (no permission to write it or its folder, or read-only media): it can be viewed, printed, exported and verified, but not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="44"/>
        <source>%1 was not changed: the disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="147"/>
        <source>%1 changed %2 at %3, after this window last showed it. Your change was not made; what is stored now is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="89"/>
        <source>&quot;%1&quot; is not a decision on a server: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="92"/>
        <source>write postgresql://host:port/database?decision=ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="95"/>
        <source>a password does not belong in the address, where it would be seen and kept; put it in ~/.pgpass or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="104"/>
        <source>the server&apos;s host name is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="107"/>
        <source>name one database after the host, as in postgresql://host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="113"/>
        <source>the decision ID &quot;%1&quot; must be 1 to 40 lower-case letters, digits and hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="120"/>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="124"/>
        <source>the option &quot;%1&quot; is not known (decision and sslmode are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="128"/>
        <source>name the decision with ?decision=ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="164"/>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="199"/>
        <source>(GoNoGo takes the password from PGPASSWORD or ~/.pgpass.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="198"/>
        <location filename="../models/storage/postgres.cpp" line="201"/>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="219"/>
        <location filename="../models/storage/sql.cpp" line="46"/>
        <source>%1 refused the change: %2</source>
        <translation>%1 refused the change: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="223"/>
        <source>%1 refused: the server does not allow it to this user (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="226"/>
        <source>%1 is being changed by someone else; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="229"/>
        <source>%1 was not changed: the server&apos;s disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="232"/>
        <source>The connection to %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="234"/>
        <location filename="../models/storage/sql.cpp" line="50"/>
        <source>Could not read or write %1: %2</source>
        <translation>Could not read or write %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="292"/>
        <source>%1 holds no GoNoGo decisions yet; set it up with &quot;gonogo server init %1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="493"/>
        <source>&quot;%1&quot; is not a database user name GoNoGo grants to (lower-case letters, digits and &apos;_&apos;, starting with a letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="501"/>
        <source>&quot;%1&quot; is not a part: facilitator, stakeholder or auditor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="512"/>
        <source>%1 has no database user &quot;%2&quot;; create it first (CREATE ROLE %2 LOGIN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="517"/>
        <source>A stakeholder signs for one decision as one person: give the decision&apos;s address (?decision=ID) and --stakeholder N (the number gonogo stakeholders shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="535"/>
        <source>%1 has no stakeholder %2 (gonogo stakeholders %1 lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="33"/>
        <source>%1 does not exist.</source>
        <translation>%1 does not exist.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="36"/>
        <source>%1 is a folder, not a decision file.</source>
        <translation>%1 is a folder, not a decision file.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="299"/>
        <location filename="../models/storage/fileguards.cpp" line="106"/>
        <location filename="../models/storage/sqlitefile.cpp" line="40"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="44"/>
        <source>%1 is empty; it is not a decision file.</source>
        <translation>%1 is empty; it is not a decision file.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="50"/>
        <source>%1 is not a GoNoGo decision file (it is not an SQLite database).</source>
        <translation>%1 is not a GoNoGo decision file (it is not an SQLite database).</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="53"/>
        <location filename="../models/storage/sqlitefile.cpp" line="83"/>
        <source>%1 is damaged: the file is truncated.</source>
        <translation>%1 is damaged: the file is truncated.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="61"/>
        <source>%1 is an SQLite database, but not a GoNoGo decision file.</source>
        <translation>%1 is an SQLite database, but not a GoNoGo decision file.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="79"/>
        <source>%1 is damaged: it has %2 bytes after its last page that are not part of any page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="122"/>
        <source>its page size (%1) is not the file&apos;s (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="126"/>
        <source>its header is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="140"/>
        <source>the first page it would restore is not a GoNoGo decision file&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="143"/>
        <source>it disagrees with itself about the size of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="147"/>
        <source>it was written at change %1 of a file, but this file is at change %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="186"/>
        <source>%1 is in use by another program or GoNoGo window. Close it there and try again.</source>
        <translation>%1 is in use by another program or GoNoGo window. Close it there and try again.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="285"/>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>row %1 of table %2 refers to a missing row of %3</translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="135"/>
        <source>audit log: entries %1 to %2 are missing (removed before entry %3)</source>
        <translation>audit log: entries %1 to %2 are missing (removed before entry %3)</translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="140"/>
        <source>audit log: entry %1 is not sealed into the chain (inserted by hand?)</source>
        <translation>audit log: entry %1 is not sealed into the chain (inserted by hand?)</translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="143"/>
        <source>audit log: entry %1 claims an unknown hash form %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="146"/>
        <source>audit log: entry %1 is hashed in an older form than the entry before it (it was inserted or changed by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="152"/>
        <source>audit log: entry %1 does not follow the entry before it (an entry was removed or changed)</source>
        <translation>audit log: entry %1 does not follow the entry before it (an entry was removed or changed)</translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="157"/>
        <source>audit log: entry %1 was changed after it was written</source>
        <translation>audit log: entry %1 was changed after it was written</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="57"/>
        <source>recording a decision needs a rationale.</source>
        <translation>recording a decision needs a rationale.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="75"/>
        <source>the decision %1 differs from the recommendation %2; say why in an override rationale.</source>
        <translation>the decision %1 differs from the recommendation %2; say why in an override rationale.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="61"/>
        <source>a condition needs a text.</source>
        <translation>a condition needs a text.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="82"/>
        <source>the poll (%1 GO, %2 GO WITH DISSENT, %3 NO-GO) disagrees with the recommendation %4; record why in the poll&apos;s rationale before recording the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="187"/>
        <location filename="../models/storage/signoffrepository.cpp" line="224"/>
        <source>a stakeholder needs a role.</source>
        <translation>a stakeholder needs a role.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="219"/>
        <location filename="../models/storage/signoffrepository.cpp" line="258"/>
        <location filename="../models/storage/signoffrepository.cpp" line="298"/>
        <source>there is no stakeholder %1.</source>
        <translation>there is no stakeholder %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="261"/>
        <source>a stakeholder cannot move to position %1.</source>
        <translation>a stakeholder cannot move to position %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="307"/>
        <source>%1 has signed; a stakeholder with a sign-off in the record cannot be removed.</source>
        <translation>%1 has signed; a stakeholder with a sign-off in the record cannot be removed.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="316"/>
        <source>%1 has answered the poll; a stakeholder whose answer is in the record cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="400"/>
        <source>there is no stakeholder %1 to sign for.</source>
        <translation>there is no stakeholder %1 to sign for.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="409"/>
        <source>a sign-off needs the signer&apos;s printed name.</source>
        <translation>a sign-off needs the signer&apos;s printed name.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="412"/>
        <source>a vote of %1 needs a comment that says why.</source>
        <translation>a vote of %1 needs a comment that says why.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="419"/>
        <source>the drawn signature must be a PNG image of at most %1 KiB and 2000 x 1000 pixels.</source>
        <translation>the drawn signature must be a PNG image of at most %1 KiB and 2000 x 1000 pixels.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="444"/>
        <source>%1: the record changed after %2 last saw it (its fingerprint is now %3, not %4), so it was not signed. Look at the record again, then sign what it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="489"/>
        <source>there is no sign-off %1.</source>
        <translation>there is no sign-off %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="492"/>
        <source>the sign-off of %1 was already withdrawn.</source>
        <translation>the sign-off of %1 was already withdrawn.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="496"/>
        <source>withdrawing a sign-off needs a reason.</source>
        <translation>withdrawing a sign-off needs a reason.</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="196"/>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="417"/>
        <source>the baseline in entry %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="422"/>
        <source>the state in entry %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="469"/>
        <source>%1 is in the database but not in the audit log (added by hand?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="470"/>
        <source>%1 is in the file but not in the audit log (added by hand?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="476"/>
        <source>%1 is in the audit log but missing from the database (removed by hand?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="477"/>
        <source>%1 is in the audit log but missing from the file (removed by hand?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="496"/>
        <source>%1 is linked to item %2 in the database but not by the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="497"/>
        <source>%1 is linked to item %2 in the file but not by the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="498"/>
        <source>%1 is linked to item %2 by the audit log but not in the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="499"/>
        <source>%1 is linked to item %2 by the audit log but not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="506"/>
        <source>%1: %2 is %3 in the database but %4 by the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="507"/>
        <source>%1: %2 is %3 in the file but %4 by the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/wholefile.cpp" line="28"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/wholefile.cpp" line="46"/>
        <source>%1 is a symbolic link; name the file itself, so that nothing else is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/wholefile.cpp" line="52"/>
        <source>%1 is not a regular file (a folder, device or pipe); choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="75"/>
        <source>an agenda step needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="80"/>
        <source>an agenda step takes from 1 to %1 minutes, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="88"/>
        <source>there is no category &quot;%1&quot; for the agenda step &quot;%2&quot; to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="176"/>
        <location filename="../models/storage/agendarepository.cpp" line="192"/>
        <location filename="../models/storage/agendarepository.cpp" line="217"/>
        <location filename="../models/storage/agendarepository.cpp" line="293"/>
        <source>there is no agenda step %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="195"/>
        <source>an agenda step cannot move to position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="220"/>
        <source>the agenda step &quot;%1&quot; has started; its times are part of the meeting and it cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/pollrepository.cpp" line="76"/>
        <source>there is no stakeholder %1 to answer the poll.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="183"/>
        <source>the launch has already started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="192"/>
        <source>the decision is NO-GO; there is no launch to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="193"/>
        <source>no decision has been recorded; a launch needs a recorded GO or GO WITH CAUTION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="197"/>
        <source>the decision record is not FINAL (a sign-off is missing or stale); the launch starts from a signed decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="201"/>
        <source>the runbook has no steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="226"/>
        <source>the launch has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="229"/>
        <source>the launch ended (%1 at %2); nothing more can be recorded on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="237"/>
        <source>%1 is before the launch started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="269"/>
        <source>the runbook has no step &quot;%1&quot; (its steps: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="272"/>
        <source>a step&apos;s outcome is DONE or FAILED.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="275"/>
        <source>%1 is the cutover itself: it is recorded by going live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="278"/>
        <source>%1 comes after go-live, and the launch is not live yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="283"/>
        <source>%1 is already done (%2 by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="309"/>
        <source>the launch is already live (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="315"/>
        <source>go-live waits for every step before it; not done: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="142"/>
        <location filename="../models/storage/launchrepository.cpp" line="356"/>
        <source>there is no rollback trigger &quot;%1&quot; (the triggers: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="105"/>
        <source>there is no step &quot;%1&quot; (the steps: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="110"/>
        <source>the launch started at %1; its runbook is no longer changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="120"/>
        <source>step %1 needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="123"/>
        <source>a step takes 1 to 600 minutes, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="126"/>
        <source>a step&apos;s offset is within a day of go-live (-1440 to 1440 minutes), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="132"/>
        <source>%1 is the go-live itself; its offset stays 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="133"/>
        <source>only the go-live step is at offset 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="150"/>
        <source>%1 comes after %2 (offset %3 min); its offset must be later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="155"/>
        <source>%1 comes before %2 (offset %3 min); its offset must be earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="363"/>
        <source>a rollback needs its rationale: what was seen, and why it meets %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="84"/>
        <source>monitoring starts at go-live, and the launch has not gone live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="87"/>
        <source>there are no readings to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="129"/>
        <source>there is no metric &quot;%1&quot; (the metrics: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="138"/>
        <source>%1: a threshold is a finite number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="146"/>
        <source>%1 needs its limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="150"/>
        <source>%1 is measured against a limit; it has no band or expected words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="155"/>
        <source>%1 needs a band above 0 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="159"/>
        <source>%1 is measured against a baseline and band; it has no expected words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="164"/>
        <source>%1 needs the words that are normal, &quot;/&quot; between them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="168"/>
        <source>%1 reads a word; its threshold is the expected words, not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="179"/>
        <source>there is no rollback trigger &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="122"/>
        <source>STABLE has not been declared; it is signed once a review from T+48h on declares it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="136"/>
        <source>there is no stakeholder %1 on the decision&apos;s roster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="140"/>
        <source>STABLE was declared at %1; it cannot be signed before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="147"/>
        <source>%1 already signed the STABLE declaration as it stands (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="179"/>
        <source>there is no review &quot;%1&quot; (the reviews: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="187"/>
        <source>the reviews are counted from go-live, and the launch has not gone live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/reviewrepository.cpp" line="192"/>
        <source>%1 is due at %2 (go-live %3 + %n h), not before.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="198"/>
        <source>%1 was already recorded (%2 by %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="202"/>
        <source>a review needs its outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="218"/>
        <source>STABLE is declared at T+48h or later, not at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="222"/>
        <source>the launch was %1; it cannot be declared STABLE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="225"/>
        <source>STABLE needs every condition of the decision closed or carried with a new owner and date; open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="230"/>
        <source>STABLE was already declared at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/reviewrepository.cpp" line="246"/>
        <source>%n reading(s), none outside its threshold.</source>
        <translation>
            <numerusform>%n reading, none outside its threshold.</numerusform>
            <numerusform>%n readings, none outside their thresholds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/reviewrepository.cpp" line="247"/>
        <source>%n reading(s) outside their thresholds: %1.</source>
        <translation>
            <numerusform>%n reading outside its threshold: %1.</numerusform>
            <numerusform>%n readings outside their thresholds: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="285"/>
        <source>the decision has no conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="286"/>
        <source>the decision has no condition %1 (its conditions: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="331"/>
        <source>a carried condition needs its new owner and new due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="32"/>
        <source>There is no decision &quot;%1&quot; on %2 (&quot;gonogo server list %2&quot; lists the decisions there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="47"/>
        <source>%1 already exists; a decision on a server is never replaced (its audit log is append-only). Choose another decision ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="223"/>
        <source>%1 was written by a newer GoNoGo (format %2; this version reads up to %3). Update GoNoGo to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="242"/>
        <source>%1 is in an older format (%2) and must be upgraded to format %3 before this version of GoNoGo can open it. Only its owner on the server, database user &quot;%4&quot;, can upgrade it: ask them to open it once with this version (the window, or &quot;gonogo verify&quot; on its address); it then opens for everyone. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="253"/>
        <source>%1 could not be upgraded to the current format; it was left as it was. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="357"/>
        <source>Cannot copy to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::TemplateImport</name>
    <message>
        <location filename="../models/import/importsupport.cpp" line="20"/>
        <source>%1, line %2: %3</source>
        <translation>%1, line %2: %3</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="26"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, line %2, column %3: %4</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="73"/>
        <source>the file contains a NUL byte; it is not a text checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="101"/>
        <source>the file is not valid UTF-8 here (byte 0x%1); save it as UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="134"/>
        <location filename="../models/import/yamlimport.cpp" line="481"/>
        <source>the item has no title.</source>
        <translation>the item has no title.</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="138"/>
        <source>the item contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="219"/>
        <location filename="../models/import/importsupport.cpp" line="150"/>
        <source>&quot;%1&quot; is not a valid item ID (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 32).</source>
        <translation>&quot;%1&quot; is not a valid item ID (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 32).</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="156"/>
        <source>the item ID %1 is used twice (first on line %2).</source>
        <translation>the item ID %1 is used twice (first on line %2).</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="163"/>
        <source>%1 contains no checklist items.</source>
        <translation>%1 contains no checklist items.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="90"/>
        <source>unexpected text after a closing quote.</source>
        <translation>unexpected text after a closing quote.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="94"/>
        <source>a quote inside an unquoted field; quote the whole field.</source>
        <translation>a quote inside an unquoted field; quote the whole field.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="108"/>
        <source>this quoted field is never closed.</source>
        <translation>this quoted field is never closed.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="60"/>
        <source>There is no built-in template called &quot;%1&quot; (available: %2).</source>
        <translation>There is no built-in template called &quot;%1&quot; (available: %2).</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="68"/>
        <source>The built-in template &quot;%1&quot; is missing from this build.</source>
        <translation>The built-in template &quot;%1&quot; is missing from this build.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="83"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 does not exist or is not a file.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="86"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="89"/>
        <source>%1 is larger than 16 MiB; it is not a checklist.</source>
        <translation>%1 is larger than 16 MiB; it is not a checklist.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="96"/>
        <source>%1: --critical-column reads the columns of Markdown tables; this is not a Markdown file. Mark critical items in the file itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="113"/>
        <source>%1: unknown checklist format &quot;.%2&quot;; use .json, .csv, .md or .yml.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="124"/>
        <source>invalid JSON: %1.</source>
        <translation>invalid JSON: %1.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="128"/>
        <source>%1: a checklist template is a JSON object with a &quot;categories&quot; list.</source>
        <translation>%1: a checklist template is a JSON object with a &quot;categories&quot; list.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="141"/>
        <source>%1, %2: the category has no name.</source>
        <translation>%1, %2: the category has no name.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="147"/>
        <source>%1, %2: the category code &quot;%3&quot; is invalid or used twice.</source>
        <translation>%1, %2: the category code &quot;%3&quot; is invalid or used twice.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="164"/>
        <source>%1, %2: &quot;critical&quot; must be true or false.</source>
        <translation>%1, %2: &quot;critical&quot; must be true or false.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="169"/>
        <source>%1, %2: the item has no title.</source>
        <translation>%1, %2: the item has no title.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="173"/>
        <source>%1, %2: &quot;%3&quot; is not a valid item ID.</source>
        <translation>%1, %2: &quot;%3&quot; is not a valid item ID.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="184"/>
        <source>%1: the item ID %2 is used twice.</source>
        <translation>%1: the item ID %2 is used twice.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="147"/>
        <source>%1 is empty; it needs a header row and items.</source>
        <translation>%1 is empty; it needs a header row and items.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="162"/>
        <source>unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>unknown column &quot;%1&quot;; the columns are %2.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="167"/>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>the column &quot;%1&quot; appears twice.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="174"/>
        <source>the header row has no &quot;%1&quot; column.</source>
        <translation>the header row has no &quot;%1&quot; column.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="185"/>
        <source>this row has %1 fields, but the header has %2.</source>
        <translation>this row has %1 fields, but the header has %2.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="195"/>
        <source>the category is empty.</source>
        <translation>the category is empty.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="206"/>
        <source>the title is empty.</source>
        <translation>the title is empty.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="212"/>
        <source>critical must be yes/no, true/false or 1/0, not &quot;%1&quot;.</source>
        <translation>critical must be yes/no, true/false or 1/0, not &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="541"/>
        <source>%1 could not be read as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="569"/>
        <source>%1: --critical-column reads the columns of Markdown tables, and this file&apos;s items are list items, not table rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="585"/>
        <location filename="../models/import/yamlimport.cpp" line="290"/>
        <location filename="../models/import/yamlimport.cpp" line="316"/>
        <location filename="../models/import/yamlimport.cpp" line="402"/>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="622"/>
        <source>the row has no title in the column &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="668"/>
        <source>%1: no table has a column &quot;%2&quot;; its columns are %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="702"/>
        <source>Part of: %1</source>
        <translation>Part of: %1</translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="710"/>
        <source>%1 contains no checklist items (no &quot;- [ ]&quot; checkboxes, table rows or list items were found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="57"/>
        <source>%1: the YAML reader could not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="71"/>
        <source>%1 is empty; it holds no checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="89"/>
        <source>a second YAML document starts here; a checklist file holds one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="120"/>
        <source>invalid YAML: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="121"/>
        <source>invalid YAML: %1 %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="137"/>
        <source>the file expands to more than %1 values (through aliases); it is not a checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="157"/>
        <source>the values nest more than %1 levels deep here; a checklist does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="169"/>
        <source>the alias *%1 names no anchor before it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="217"/>
        <source>unexpected YAML here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="313"/>
        <source>the categories must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="324"/>
        <source>a checklist is a list of categories, or a mapping of category names to their items; this is a single value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="330"/>
        <source>%1 contains no checklist items (no category with a list of items was found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="357"/>
        <location filename="../models/import/yamlimport.cpp" line="390"/>
        <source>a category name must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="369"/>
        <source>the category &quot;%1&quot; has no list of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="382"/>
        <source>a category is a mapping with a name and a list of items (items:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="386"/>
        <source>the category has no list of items (items:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="398"/>
        <source>the items must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="436"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="473"/>
        <source>an item is a text or a mapping with a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="515"/>
        <source>&quot;critical&quot; must be true or false, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gonogo::UserGuide</name>
    <message>
        <location filename="../app/userguide.cpp" line="40"/>
        <source>GoNoGo User Guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="81"/>
        <source>gonogo: no display is available, so the window cannot open. Run it on a desktop, set DISPLAY, or use a command such as &quot;gonogo summary FILE&quot; (see gonogo --help).</source>
        <translation>gonogo: no display is available, so the window cannot open. Run it on a desktop, set DISPLAY, or use a command such as &quot;gonogo summary FILE&quot; (see gonogo --help).</translation>
    </message>
</context>
</TS>

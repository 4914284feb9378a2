<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>gonogo::AfterLaunchPanel</name>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="90"/>
        <location filename="../views/afterlaunchdialogs.cpp" line="123"/>
        <source>Add a reading</source>
        <translation>Añadir una lectura</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="90"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="93"/>
        <location filename="../views/afterlaunchdialogs.cpp" line="365"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="102"/>
        <source>a word, e.g. %1</source>
        <translation>una palabra, p. ej. %1</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="102"/>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="103"/>
        <source>Taken now; normal is %1.</source>
        <translation>Tomada ahora; lo normal es %1.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="110"/>
        <source>&amp;Metric:</source>
        <translation>&amp;Métrica:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="111"/>
        <source>&amp;Value:</source>
        <translation>&amp;Valor:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="133"/>
        <source>%1 = %2: outside its threshold (%3).</source>
        <translation>%1 = %2: fuera de su umbral (%3).</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="134"/>
        <source>%1 = %2 recorded.</source>
        <translation>%1 = %2 registrada.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="143"/>
        <location filename="../views/afterlaunchdialogs.cpp" line="155"/>
        <location filename="../views/afterlaunchdialogs.cpp" line="179"/>
        <source>Import Readings</source>
        <translation>Importar lecturas</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="144"/>
        <source>Monitoring exports (*.csv *.json);;All files (*)</source>
        <translation>Exportaciones de monitorización (*.csv *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="161"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 no se puede leer: %2</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="166"/>
        <source>%1 is larger than 16 MiB; split the export.</source>
        <translation>%1 ocupa más de 16 MiB; divida la exportación.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/afterlaunchdialogs.cpp" line="180"/>
        <source>Add %n reading(s) from %1?</source>
        <translation>
            <numerusform>¿Añadir %n lectura de %1?</numerusform>
            <numerusform>¿Añadir %n lecturas de %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/afterlaunchdialogs.cpp" line="181"/>
        <source>%n of them outside their thresholds.</source>
        <translation>
            <numerusform>%n de ellas fuera de su umbral.</numerusform>
            <numerusform>%n de ellas fuera de su umbral.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/afterlaunchdialogs.cpp" line="189"/>
        <source>%n reading(s) added from %1; </source>
        <translation>
            <numerusform>%n lectura añadida de %1; </numerusform>
            <numerusform>%n lecturas añadidas de %1; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/afterlaunchdialogs.cpp" line="190"/>
        <source>%n outside their thresholds.</source>
        <translation>
            <numerusform>%n fuera de su umbral.</numerusform>
            <numerusform>%n fuera de su umbral.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="201"/>
        <location filename="../views/afterlaunchdialogs.cpp" line="244"/>
        <source>Threshold of %1</source>
        <translation>Umbral de %1</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="201"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="206"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="208"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="214"/>
        <source>Rule:</source>
        <translation>Regla:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="214"/>
        <source>at most the limit</source>
        <translation>como máximo el límite</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="215"/>
        <source>at least the limit</source>
        <translation>como mínimo el límite</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="216"/>
        <source>within the band around the baseline</source>
        <translation>dentro de la banda en torno a la referencia</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="217"/>
        <source>one of the expected words</source>
        <translation>una de las palabras esperadas</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="220"/>
        <source>&amp;Limit (%1):</source>
        <translation>&amp;Límite (%1):</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="222"/>
        <source>not known yet</source>
        <translation>aún no se conoce</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="223"/>
        <source>&amp;Baseline (%1):</source>
        <translation>&amp;Referencia (%1):</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="224"/>
        <source>B&amp;and (%):</source>
        <translation>B&amp;anda (%):</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="226"/>
        <source>words joined by /</source>
        <translation>palabras unidas por /</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="227"/>
        <source>&amp;Expected:</source>
        <translation>&amp;Esperado:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="229"/>
        <source>&amp;Rollback trigger:</source>
        <translation>Disparador de &amp;marcha atrás:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="243"/>
        <source>%1: a threshold is a number.</source>
        <translation>%1: un umbral es un número.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="244"/>
        <source>A threshold is a number.</source>
        <translation>Un umbral es un número.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="257"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="269"/>
        <source>Record review %1</source>
        <translation>Registrar la revisión %1</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="269"/>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="276"/>
        <source>What the review concluded (printed in the record)</source>
        <translation>Lo que concluyó la revisión (se imprime en el acta)</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="277"/>
        <source>Declare the launch &amp;STABLE</source>
        <translation>Declarar el lanzamiento E&amp;STABLE</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="280"/>
        <source>Needs every condition closed or carried with a new owner and date.</source>
        <translation>Requiere cada condición cerrada o traspasada con nuevo responsable y fecha.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="281"/>
        <source>STABLE is declared once, at T+48h or later.</source>
        <translation>ESTABLE se declara una vez, en T+48h o después.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="286"/>
        <source>%1, %2: due %3. The metrics and open conditions are written as they stand.</source>
        <translation>%1, %2: prevista el %3. Las métricas y las condiciones abiertas se registran tal como están.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="290"/>
        <source>&amp;Attendees:</source>
        <translation>&amp;Asistentes:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="291"/>
        <source>&amp;Outcome:</source>
        <translation>&amp;Resultado:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="303"/>
        <source>%1 recorded: STABLE declared. The stakeholders can now sign it (N).</source>
        <translation>%1 registrada: declarado ESTABLE. Las partes ya pueden firmarlo (N).</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="304"/>
        <source>%1 recorded.</source>
        <translation>%1 registrada.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="315"/>
        <source>Close condition %1</source>
        <translation>Cerrar la condición %1</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="316"/>
        <source>How was it met? (kept in the record)</source>
        <translation>¿Cómo se cumplió? (queda en el acta)</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="318"/>
        <source>Condition %1 closed.</source>
        <translation>Condición %1 cerrada.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="328"/>
        <source>Carry condition %1</source>
        <translation>Traspasar la condición %1</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="328"/>
        <source>Carry</source>
        <translation>Traspasar</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="333"/>
        <source>Why it is carried (kept in the record)</source>
        <translation>Por qué se traspasa (queda en el acta)</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="343"/>
        <source>New &amp;owner:</source>
        <translation>Nuevo &amp;responsable:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="344"/>
        <source>New &amp;due date:</source>
        <translation>Nueva &amp;fecha límite:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="345"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="347"/>
        <source>Condition %1 carried to %2, due %3.</source>
        <translation>Condición %1 traspasada a %2, fecha límite %3.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="358"/>
        <source>Sign the STABLE declaration</source>
        <translation>Firmar la declaración de ESTABLE</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="358"/>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="365"/>
        <source>%1 (%2), signed</source>
        <translation>%1 (%2), ya firmó</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="371"/>
        <source>A comment, if any (printed in the record)</source>
        <translation>Un comentario, si lo hay (se imprime en el acta)</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="372"/>
        <source>You sign that the launch is STABLE as declared at %1, on fingerprint %2.</source>
        <translation>Firma que el lanzamiento es ESTABLE tal como se declaró en %1, sobre la huella %2.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="377"/>
        <source>&amp;Stakeholder:</source>
        <translation>&amp;Firmante:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="378"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchdialogs.cpp" line="391"/>
        <source>%1 signed the STABLE declaration.</source>
        <translation>%1 firmó la declaración de ESTABLE.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <source>At</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <location filename="../views/afterlaunchpanel.cpp" line="101"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="98"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="99"/>
        <source>Metrics</source>
        <translation>Métricas</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <location filename="../views/afterlaunchpanel.cpp" line="101"/>
        <source>Due</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <source>Held</source>
        <translation>Celebrada</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="100"/>
        <location filename="../views/afterlaunchpanel.cpp" line="149"/>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="101"/>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="101"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="101"/>
        <source>Conditions</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="102"/>
        <source>Stakeholder</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="102"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="102"/>
        <source>Signed</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="102"/>
        <source>STABLE sign-offs</source>
        <translation>Firmas de ESTABLE</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="103"/>
        <source>Add Rea&amp;ding...</source>
        <translation>Añadir &amp;lectura...</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="103"/>
        <source>&amp;Import Readings...</source>
        <translation>Importar lec&amp;turas...</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="104"/>
        <source>Set &amp;Threshold...</source>
        <translation>Fijar &amp;umbral...</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="105"/>
        <source>Record Revie&amp;w...</source>
        <translation>Registrar revisió&amp;n...</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="106"/>
        <source>&amp;Close Condition...</source>
        <translation>&amp;Cerrar condición...</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="107"/>
        <source>Carr&amp;y Condition...</source>
        <translation>Tras&amp;pasar condición...</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="107"/>
        <source>Sign STA&amp;BLE...</source>
        <translation>Firmar ESTA&amp;BLE...</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="116"/>
        <source>A: add a reading · I: import readings · T: the selected metric&apos;s threshold · W: record the review that is due · C: close, Y: carry the selected condition · N: sign STABLE</source>
        <translation>A: añadir una lectura · I: importar lecturas · T: umbral de la métrica elegida · W: registrar la revisión que toca · C: cerrar, Y: traspasar la condición elegida · N: firmar ESTABLE</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="148"/>
        <source>Monitoring</source>
        <translation>Monitorización</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="150"/>
        <source>Conditions of the decision</source>
        <translation>Condiciones de la decisión</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="151"/>
        <source>STABLE sign-off</source>
        <translation>Firma de ESTABLE</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="210"/>
        <location filename="../views/afterlaunchpanel.cpp" line="396"/>
        <source>OK</source>
        <translation>BIEN</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="210"/>
        <location filename="../views/afterlaunchpanel.cpp" line="394"/>
        <source>BREACH</source>
        <translation>FUERA</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="210"/>
        <location filename="../views/afterlaunchpanel.cpp" line="392"/>
        <source>NO READING</source>
        <translation>SIN LECTURA</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="211"/>
        <location filename="../views/afterlaunchpanel.cpp" line="446"/>
        <source>OPEN</source>
        <translation>ABIERTA</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="211"/>
        <location filename="../views/afterlaunchpanel.cpp" line="448"/>
        <source>CLOSED</source>
        <translation>CERRADA</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="211"/>
        <location filename="../views/afterlaunchpanel.cpp" line="448"/>
        <source>CARRIED</source>
        <translation>TRASPASADA</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="212"/>
        <location filename="../views/afterlaunchpanel.cpp" line="473"/>
        <source>CURRENT</source>
        <translation>VIGENTE</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="212"/>
        <location filename="../views/afterlaunchpanel.cpp" line="475"/>
        <source>STALE</source>
        <translation>OBSOLETA</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="212"/>
        <location filename="../views/afterlaunchpanel.cpp" line="471"/>
        <source>NOT SIGNED</source>
        <translation>SIN FIRMAR</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="307"/>
        <source>STABLE declared at %1 · signed by %2 of %3</source>
        <translation>ESTABLE declarado en %1 · firmado por %2 de %3</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="313"/>
        <source>The launch was %1: no STABLE declaration</source>
        <translation>El lanzamiento terminó %1: no hay declaración de ESTABLE</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="316"/>
        <source>Monitoring starts at go-live</source>
        <translation>La monitorización empieza con la puesta en marcha</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="318"/>
        <source>Monitoring: no breach</source>
        <translation>Monitorización: nada fuera de umbral</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/afterlaunchpanel.cpp" line="319"/>
        <source>Monitoring: %n reading(s) outside their thresholds</source>
        <translation>
            <numerusform>Monitorización: %n lectura fuera de umbral</numerusform>
            <numerusform>Monitorización: %n lecturas fuera de umbral</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="328"/>
        <source>%1 phase (%2 to %3 h after go-live): %4 · %5 · %6</source>
        <translation>Fase %1 (de %2 a %3 h tras la puesta en marcha): %4 · %5 · %6</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="334"/>
        <source>Past the monitoring plan&apos;s last phase.</source>
        <translation>Pasada la última fase del plan de monitorización.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="335"/>
        <source>Readings, reviews and STABLE follow the go-live on the Launch tab.</source>
        <translation>Las lecturas, las revisiones y ESTABLE siguen a la puesta en marcha de la pestaña Lanzamiento.</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="388"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="423"/>
        <source>%1 by %2; attendees: %3</source>
        <translation>%1 por %2; asistentes: %3</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="425"/>
        <source>STABLE: %1</source>
        <translation>ESTABLE: %1</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="441"/>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="450"/>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <location filename="../views/afterlaunchpanel.cpp" line="451"/>
        <source>%1 (by %2)</source>
        <translation>%1 (por %2)</translation>
    </message>
</context>
<context>
    <name>gonogo::AgendaStepDialog</name>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="17"/>
        <source>New Agenda Step</source>
        <translation>Nuevo punto del orden del día</translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="17"/>
        <source>Agenda Step</source>
        <translation>Punto del orden del día</translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="21"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="26"/>
        <source>Category: %1</source>
        <translation>Categoría: %1</translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="39"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="40"/>
        <source>&amp;Minutes</source>
        <translation>Mi&amp;nutos</translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="41"/>
        <source>&amp;Shows</source>
        <translation>&amp;Muestra</translation>
    </message>
    <message>
        <location filename="../views/agendastepdialog.cpp" line="66"/>
        <source>Give the step a title.</source>
        <translation>Dé un título al punto.</translation>
    </message>
</context>
<context>
    <name>gonogo::AudienceWindow</name>
    <message>
        <location filename="../app/audiencewindow.cpp" line="33"/>
        <source>GoNoGo: the room&apos;s view</source>
        <translation>GoNoGo: la vista de la sala</translation>
    </message>
    <message>
        <location filename="../app/audiencewindow.cpp" line="143"/>
        <source>Why %1</source>
        <translation>Por qué %1</translation>
    </message>
</context>
<context>
    <name>gonogo::CategoryProgress</name>
    <message>
        <location filename="../views/categoryprogress.cpp" line="19"/>
        <source>Progress by category</source>
        <translation>Progreso por categoría</translation>
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
            <numerusform>%n crítico abierto</numerusform>
            <numerusform>%n críticos abiertos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/categoryprogress.cpp" line="106"/>
        <source>critical %1/%2</source>
        <translation>críticos %1/%2</translation>
    </message>
</context>
<context>
    <name>gonogo::ChecklistExport</name>
    <message>
        <location filename="../models/checklistexport.cpp" line="80"/>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV para hojas de cálculo (*.csv)</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="80"/>
        <source>Markdown for a wiki (*.md)</source>
        <translation>Markdown para una wiki (*.md)</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="81"/>
        <source>GoNoGo checklist JSON (*.json)</source>
        <translation>Lista de control JSON de GoNoGo (*.json)</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="160"/>
        <source>Launch</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="165"/>
        <source>Facilitator: %1</source>
        <translation>Moderación: %1</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="168"/>
        <source>Target launch: %1</source>
        <translation>Lanzamiento previsto: %1</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="171"/>
        <source>Meeting: %1</source>
        <translation>Reunión: %1</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="173"/>
        <source>Critical items passed: %1 of %2 (%3 %)</source>
        <translation>Elementos críticos superados: %1 de %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="177"/>
        <source>All items passed: %1 of %2 (%3 %)</source>
        <translation>Elementos superados en total: %1 de %2 (%3 %)</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="181"/>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="183"/>
        <source>Decision: %1, recorded by %2 at %3</source>
        <translation>Decisión: %1, registrada por %2 el %3</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="187"/>
        <source>Decision: not recorded yet</source>
        <translation>Decisión: aún no registrada</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="189"/>
        <source>Exported: %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="196"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="196"/>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="196"/>
        <location filename="../models/import/markdownimport.cpp" line="470"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="196"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="196"/>
        <location filename="../models/import/markdownimport.cpp" line="455"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="197"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="197"/>
        <source>Changed</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="204"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="206"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="206"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="288"/>
        <source>%1: unknown export format &quot;.%2&quot;; use .csv, .md or .json.</source>
        <translation>%1: formato de exportación desconocido «.%2»; use .csv, .md o .json.</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="296"/>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../models/checklistexport.cpp" line="301"/>
        <source>%1 could not be written completely: %2</source>
        <translation>No se pudo escribir %1 por completo: %2</translation>
    </message>
</context>
<context>
    <name>gonogo::ChecklistModel</name>
    <message>
        <location filename="../models/checklistmodel.cpp" line="119"/>
        <source>%1    %2 of %3 PASS · critical %4 of %5</source>
        <translation>%1    %2 de %3 superados · críticos %4 de %5</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="124"/>
        <source>%1 of %2 PASS, critical %3 of %4</source>
        <translation>%1 de %2 superados, críticos %3 de %4</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="157"/>
        <source>Critical: must PASS for GO</source>
        <translation>Crítico: debe estar superado para GO</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="160"/>
        <source>Last changed %1 by %2</source>
        <translation>Último cambio %1 por %2</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="179"/>
        <location filename="../models/checklistmodel.cpp" line="244"/>
        <source>Critical</source>
        <translation>Crítico</translation>
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
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="244"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="244"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/checklistmodel.cpp" line="244"/>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
</context>
<context>
    <name>gonogo::ChecklistPanel</name>
    <message>
        <location filename="../views/checklistpanel.cpp" line="48"/>
        <source>&amp;Critical only</source>
        <translation>Solo &amp;críticos</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="48"/>
        <source>&amp;Not PASS</source>
        <translation>&amp;No superados</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="53"/>
        <source>Search ID, title, owner, evidence (Ctrl+F)</source>
        <translation>Buscar ID, título, responsable, evidencia (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="57"/>
        <source>Search the checklist</source>
        <translation>Buscar en la lista de control</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="58"/>
        <location filename="../views/checklistpanel.cpp" line="68"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="62"/>
        <source>Status filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="63"/>
        <source>Owner filter</source>
        <translation>Filtro de responsable</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="89"/>
        <source>Checklist</source>
        <translation>Lista de control</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="107"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="128"/>
        <source>Set to %1</source>
        <translation>Marcar como %1</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="140"/>
        <source>Edit Owner</source>
        <translation>Editar responsable</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="140"/>
        <source>Edit Evidence</source>
        <translation>Editar evidencia</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="68"/>
        <location filename="../views/checklistpanel.cpp" line="449"/>
        <source>All owners</source>
        <translation>Todos los responsables</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/checklistpanel.cpp" line="480"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="486"/>
        <source>%1 of %2 items</source>
        <translation>%1 de %2 elementos</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="492"/>
        <source>Critical only</source>
        <translation>Solo críticos</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="495"/>
        <source>Not PASS</source>
        <translation>No superados</translation>
    </message>
    <message>
        <location filename="../views/checklistpanel.cpp" line="501"/>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
</context>
<context>
    <name>gonogo::Cli</name>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="543"/>
        <source>the decision file is missing.</source>
        <translation>falta el archivo de decisión.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="545"/>
        <source>arguments are missing.</source>
        <translation>faltan argumentos.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="549"/>
        <source>unexpected argument &quot;%1&quot;.</source>
        <translation>argumento inesperado «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="43"/>
        <source>Name recorded in the audit log (default: your user name).</source>
        <translation>Nombre que se registra en el registro de auditoría (por defecto: su usuario).</translation>
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
        <translation>NOMBRE</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="23"/>
        <source>The meeting&apos;s time zone, e.g. Europe/Madrid (default: this computer&apos;s).</source>
        <translation>La zona horaria de la reunión, p. ej. Europe/Madrid (por defecto: la de este ordenador).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="24"/>
        <location filename="../app/cli/commandtable.cpp" line="65"/>
        <source>ZONE</source>
        <translation>ZONA</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="26"/>
        <source>The built-in template&apos;s language: en or es (default: the language of the messages).</source>
        <translation>El idioma de la plantilla incluida: en o es (por defecto, el de los mensajes).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="27"/>
        <source>LANG</source>
        <translation>IDIOMA</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="29"/>
        <source>Markdown tables: rows with a value in this column are critical (with =VALUE, rows with that value).</source>
        <translation>Tablas Markdown: las filas con un valor en esta columna son críticas (con =VALOR, las filas con ese valor).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="31"/>
        <source>NAME[=VALUE]</source>
        <translation>NOMBRE[=VALOR]</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="63"/>
        <source>The meeting&apos;s time zone, e.g. Europe/Madrid; the record prints its times in it beside UTC.</source>
        <translation>La zona horaria de la reunión, p. ej. Europe/Madrid; el acta imprime sus horas en ella junto a UTC.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="274"/>
        <source>gonogo %1: %2</source>
        <translation>gonogo %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="275"/>
        <source>Run &quot;gonogo help %1&quot; for its options.</source>
        <translation>Ejecute «gonogo help %1» para ver sus opciones.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="282"/>
        <source>gonogo: %1</source>
        <translation>gonogo: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="373"/>
        <source>make a consistent copy of a decision, between files and servers</source>
        <translation>hace una copia coherente de una decisión, entre archivos y servidores</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="374"/>
        <source>FROM and TO are decision files or decisions on a server (postgresql://HOST/DB?decision=ID). A file is copied by SQLite between changes; a copy to or from a server carries every row over in one transaction. The copy is synced and verified, and it is the same record (same record ID, audit chain and fingerprint), so its sign-offs stay valid. A decision on a server is never replaced.</source>
        <translation>DE y A son archivos de decisión o decisiones en un servidor (postgresql://HOST/BD?decision=ID). Un archivo lo copia SQLite entre cambios; una copia a o desde un servidor lleva todas las filas en una sola transacción. La copia se sincroniza y se verifica, y es el mismo registro (mismo ID de registro, cadena de auditoría y huella), así que sus firmas siguen siendo válidas. Una decisión en un servidor nunca se reemplaza.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="384"/>
        <source>Creates the catalog of decisions (schema gonogo) if it is not there; running it again changes nothing. Each decision is then created with gonogo new or gonogo copy and lives in a schema of its own. The password comes from PGPASSWORD or ~/.pgpass, else it is asked on the terminal, never from the address; sslmode=require unless the server is this machine or the address says otherwise (?sslmode=MODE).</source>
        <translation>Crea el catálogo de decisiones (esquema gonogo) si no existe; ejecutarlo otra vez no cambia nada. Cada decisión se crea luego con gonogo new o gonogo copy y vive en un esquema propio. La contraseña sale de PGPASSWORD o ~/.pgpass, o si no se pide en el terminal, nunca de la dirección; sslmode=require salvo que el servidor sea esta máquina o la dirección diga otra cosa (?sslmode=MODO).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="392"/>
        <source>the decisions on a server: ID, target date, decision, record, sign-offs, launch</source>
        <translation>las decisiones de un servidor: ID, fecha objetivo, decisión, acta, firmas, lanzamiento</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="524"/>
        <source>gonogo: unknown command or option &quot;%1&quot;.</source>
        <translation>gonogo: orden u opción desconocida «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="525"/>
        <source>Run &quot;gonogo --help&quot; for the list of commands.</source>
        <translation>Ejecute «gonogo --help» para ver la lista de órdenes.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="617"/>
        <source>Exit statuses:</source>
        <translation>Estados de salida:</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="646"/>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>orden desconocida «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="17"/>
        <source>p020 or a checklist file.</source>
        <translation>p020 o un archivo de lista de control.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="17"/>
        <source>TEMPLATE</source>
        <translation>PLANTILLA</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="18"/>
        <location filename="../app/cli/commandtable.cpp" line="58"/>
        <source>The launch name.</source>
        <translation>El nombre del lanzamiento.</translation>
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
        <translation>TEXTO</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="19"/>
        <location filename="../app/cli/commandtable.cpp" line="59"/>
        <source>The facilitator.</source>
        <translation>La persona que modera.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="20"/>
        <location filename="../app/cli/commandtable.cpp" line="60"/>
        <source>Target launch date.</source>
        <translation>Fecha prevista del lanzamiento.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="20"/>
        <location filename="../app/cli/commandtable.cpp" line="21"/>
        <location filename="../app/cli/commandtable.cpp" line="60"/>
        <location filename="../app/cli/commandtable.cpp" line="61"/>
        <location filename="../app/cli/commandtable.cpp" line="94"/>
        <location filename="../app/cli/launchoptions.cpp" line="92"/>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="21"/>
        <location filename="../app/cli/commandtable.cpp" line="61"/>
        <source>Meeting date.</source>
        <translation>Fecha de la reunión.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="67"/>
        <location filename="../app/cli/checklistcommands.cpp" line="299"/>
        <location filename="../app/cli/monitoringcommands.cpp" line="252"/>
        <location filename="../app/cli/recordcommands.cpp" line="53"/>
        <location filename="../app/cli/riskcommands.cpp" line="82"/>
        <source>dates are written YYYY-MM-DD.</source>
        <translation>las fechas se escriben AAAA-MM-DD.</translation>
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
        <translation>Salida legible por máquina.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="30"/>
        <source>--critical-column needs a column name: NAME or NAME=VALUE.</source>
        <translation>--critical-column necesita un nombre de columna: NOMBRE o NOMBRE=VALOR.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="34"/>
        <source>--critical-column reads a Markdown checklist given with --template FILE.md.</source>
        <translation>--critical-column lee una lista de control Markdown indicada con --template ARCHIVO.md.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="42"/>
        <source>--language is one of %1, not &quot;%2&quot;.</source>
        <translation>--language es uno de %1, no «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="47"/>
        <source>--language chooses the built-in template&apos;s texts; a checklist file keeps its own.</source>
        <translation>--language elige los textos de la plantilla incluida; un archivo de lista conserva los suyos.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="75"/>
        <source>Created %1: %2 in %3, %4 critical.</source>
        <translation>Creado %1: %2 en %3, %4 críticos.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="77"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="78"/>
        <source>%n category(ies)</source>
        <translation>
            <numerusform>%n categoría</numerusform>
            <numerusform>%n categorías</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="116"/>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="118"/>
        <source>Decision recorded: %1 (by %2)</source>
        <translation>Decisión registrada: %1 (por %2)</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="120"/>
        <source>Decision recorded: none yet</source>
        <translation>Decisión registrada: ninguna todavía</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="123"/>
        <source>Record status: INTEGRITY CHECK FAILED: %1</source>
        <translation>Estado del acta: VERIFICACIÓN DE INTEGRIDAD FALLIDA: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="135"/>
        <source>Record status: DRAFT, waiting for %1</source>
        <translation>Estado del acta: BORRADOR, pendiente de %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="138"/>
        <source>Critical score: %1% (%2 of %3 critical items PASS)</source>
        <translation>Puntuación crítica: %1% (%2 de %3 elementos críticos superados)</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="141"/>
        <source>Total score:    %1% (%2 of %3 items PASS)</source>
        <translation>Puntuación total:  %1% (%2 de %3 elementos superados)</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="144"/>
        <source>Items: %1</source>
        <translation>Elementos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="146"/>
        <source>%n PASS</source>
        <translation>
            <numerusform>%n superado</numerusform>
            <numerusform>%n superados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="146"/>
        <source>%n PARTIAL</source>
        <translation>
            <numerusform>%n parcial</numerusform>
            <numerusform>%n parciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="147"/>
        <source>%n FAIL</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="147"/>
        <source>%n PENDING</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="164"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="165"/>
        <source>Critical</source>
        <translation>Críticos</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="166"/>
        <source>Pass</source>
        <translation>Superados</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="171"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="150"/>
        <source>Risks: %1</source>
        <translation>Riesgos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="152"/>
        <source>%n open red</source>
        <translation>
            <numerusform>%n rojo abierto</numerusform>
            <numerusform>%n rojos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="152"/>
        <source>%n open yellow</source>
        <translation>
            <numerusform>%n amarillo abierto</numerusform>
            <numerusform>%n amarillos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="153"/>
        <source>%n open green</source>
        <translation>
            <numerusform>%n verde abierto</numerusform>
            <numerusform>%n verdes abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="153"/>
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptado</numerusform>
            <numerusform>%n aceptados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="154"/>
        <source>%n mitigated</source>
        <translation>
            <numerusform>%n mitigado</numerusform>
            <numerusform>%n mitigados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="158"/>
        <source>Reasons:</source>
        <translation>Motivos:</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="66"/>
        <source>gonogo: %1 is not a record of this decision file (its record ID %2 is not in it).</source>
        <translation>gonogo: %1 no es un acta de este archivo de decisión (no contiene su ID de acta %2).</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="73"/>
        <source>%1 is the record of this file as it stands (fingerprint and audit chain head match).</source>
        <translation>%1 es el acta de este archivo tal como está (coinciden la huella y la cabeza de la cadena de auditoría).</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="38"/>
        <source>%1: OK (file format %2, integrity checked, audit chain of %3 intact).</source>
        <translation>%1: correcto (formato %2, integridad comprobada, cadena de auditoría de %3 intacta).</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/filecommands.cpp" line="40"/>
        <source>%n entry(ies)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="87"/>
        <source>gonogo: %1 is the record of this file as it stood at audit entry %2 (%3); %4 made after it was printed, so it is out of date.</source>
        <translation>gonogo: %1 es el acta de este archivo tal como estaba en la entrada de auditoría %2 (%3); después de imprimirla %4, así que está desactualizada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/filecommands.cpp" line="90"/>
        <source>%n change(s) were</source>
        <translation>
            <numerusform>se hizo %n cambio</numerusform>
            <numerusform>se hicieron %n cambios</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="95"/>
        <source>gonogo: %1 names this decision file but matches no state in its audit log: it was altered, or the file&apos;s history was rewritten.</source>
        <translation>gonogo: %1 nombra este archivo de decisión pero no coincide con ningún estado de su registro de auditoría: se alteró, o se reescribió la historia del archivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="151"/>
        <source>the output is OUT.csv, OUT.md or OUT.json, not &quot;%1&quot;.</source>
        <translation>la salida es SALIDA.csv, SALIDA.md o SALIDA.json, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="154"/>
        <source>the export cannot replace the decision file itself.</source>
        <translation>la exportación no puede sustituir al propio archivo de decisión.</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="168"/>
        <source>gonogo: warning: %1 failed verification; exporting it anyway (--force):</source>
        <translation>gonogo: aviso: %1 no superó la verificación; se exporta de todos modos (--force):</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="170"/>
        <source>gonogo: %1 failed verification; nothing was exported (use --force to export it anyway):</source>
        <translation>gonogo: %1 no superó la verificación; no se exportó nada (use --force para exportarlo de todos modos):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/filecommands.cpp" line="184"/>
        <source>Wrote %1: %n item(s).</source>
        <translation>
            <numerusform>Se escribió %1: %n elemento.</numerusform>
            <numerusform>Se escribió %1: %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="210"/>
        <source>the copy %1 does not verify: %2</source>
        <translation>la copia %1 no supera la verificación: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="213"/>
        <source>Copied %1 to %2 (verified, fingerprint %3).</source>
        <translation>Copiado %1 en %2 (verificado, huella %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="260"/>
        <source>gonogo: %1 failed verification; no launch gate on it:</source>
        <translation>gonogo: %1 no superó la verificación; no se decide ningún lanzamiento con él:</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="269"/>
        <source>gonogo: %1: no decision has been recorded.</source>
        <translation>gonogo: %1: no se ha registrado ninguna decisión.</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="272"/>
        <source>gonogo: %1: no current sign-off from %2.</source>
        <translation>gonogo: %1: falta una firma vigente de %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="43"/>
        <source>Only this category code.</source>
        <translation>Solo este código de categoría.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="43"/>
        <source>CODE</source>
        <translation>CÓDIGO</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="44"/>
        <source>Only this status.</source>
        <translation>Solo este estado.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="44"/>
        <location filename="../app/cli/commandtable.cpp" line="50"/>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="45"/>
        <source>Only critical items.</source>
        <translation>Solo elementos críticos.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="194"/>
        <location filename="../app/cli/checklistcommands.cpp" line="253"/>
        <source>unknown status &quot;%1&quot;; use PASS, PARTIAL, FAIL or PENDING.</source>
        <translation>estado desconocido «%1»; use PASS, PARTIAL, FAIL o PENDING.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="217"/>
        <source>%1 has no category with code &quot;%2&quot;.</source>
        <translation>%1 no tiene ninguna categoría con código «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="50"/>
        <source>PASS, PARTIAL, FAIL or PENDING.</source>
        <translation>PASS, PARTIAL, FAIL o PENDING.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="51"/>
        <location filename="../app/cli/commandtable.cpp" line="77"/>
        <location filename="../app/cli/commandtable.cpp" line="90"/>
        <source>The owner.</source>
        <translation>La persona responsable.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="52"/>
        <source>Evidence text or links.</source>
        <translation>Texto o enlaces de evidencia.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="53"/>
        <source>Notes.</source>
        <translation>Notas.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="306"/>
        <source>no item ID given.</source>
        <translation>no se indicó ningún ID de elemento.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="249"/>
        <source>nothing to change: give --status, --owner, --evidence or --notes.</source>
        <translation>nada que cambiar: indique --status, --owner, --evidence o --notes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/checklistcommands.cpp" line="274"/>
        <location filename="../app/cli/riskcommands.cpp" line="115"/>
        <source>%n field(s) changed.</source>
        <translation>
            <numerusform>%n campo cambiado.</numerusform>
            <numerusform>%n campos cambiados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="74"/>
        <location filename="../app/cli/commandtable.cpp" line="86"/>
        <source>The risk.</source>
        <translation>El riesgo.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="75"/>
        <location filename="../app/cli/commandtable.cpp" line="88"/>
        <source>HIGH, MEDIUM or LOW.</source>
        <translation>HIGH, MEDIUM o LOW.</translation>
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
        <translation>CRITICAL, HIGH, MEDIUM o LOW.</translation>
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
        <translation>La mitigación.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="79"/>
        <source>The description.</source>
        <translation>La descripción.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="80"/>
        <source>A checklist item this risk comes from.</source>
        <translation>Un elemento de la lista del que procede este riesgo.</translation>
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
        <translation>Lanzamiento: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="58"/>
        <source>Started %1 UTC; go-live planned %2 UTC%3.</source>
        <translation>Empezó a las %1 UTC; puesta en marcha prevista a las %2 UTC%3.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="61"/>
        <source>, live at %1 UTC</source>
        <translation>, en producción a las %1 UTC</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="67"/>
        <source>%1 at %2 UTC by %3, on %4 (%5): %6</source>
        <translation>%1 a las %2 UTC por %3, por %4 (%5): %6</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/launchcommands.cpp" line="78"/>
        <source>(%1, %n min)</source>
        <translation>
            <numerusform>(%1, %n min)</numerusform>
            <numerusform>(%1, %n min)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="80"/>
        <source>Validation: %1</source>
        <translation>Validación: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="84"/>
        <source>Rollback trigger %1: %2</source>
        <translation>Disparador de marcha atrás %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="89"/>
        <source>%1 at %2 UTC by %3%4</source>
        <translation>%1 a las %2 UTC por %3%4</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="95"/>
        <source>Rollback triggers:</source>
        <translation>Disparadores de marcha atrás:</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="111"/>
        <source>--edit needs at least one of --title, --offset, --minutes, --owner, --validation or --trigger.</source>
        <translation>--edit necesita al menos uno de --title, --offset, --minutes, --owner, --validation o --trigger.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="113"/>
        <source>--title, --offset, --minutes, --owner, --validation and --trigger go with --edit STEP.</source>
        <translation>--title, --offset, --minutes, --owner, --validation y --trigger van con --edit PASO.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="130"/>
        <source>--%1 is a whole number of minutes, not &quot;%2&quot;.</source>
        <translation>--%1 es un número entero de minutos, no «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="175"/>
        <source>give one of --start, --step ID, --go-live or --rollback.</source>
        <translation>indique uno de --start, --step ID, --go-live o --rollback.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="180"/>
        <source>--step needs --done or --failed.</source>
        <translation>--step necesita --done o --failed.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="183"/>
        <source>--done, --failed and --note go with --step.</source>
        <translation>--done, --failed y --note van con --step.</translation>
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
        <translation>--%1 es obligatorio.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="191"/>
        <source>--trigger and --rationale go with --rollback.</source>
        <translation>--trigger y --rationale van con --rollback.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="105"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="166"/>
        <source>Monitoring phase: %1 (%2 to %3 h after go-live): %4, %5; %6.</source>
        <translation>Fase de monitorización: %1 (de %2 a %3 h tras la puesta en marcha): %4, %5; %6.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="174"/>
        <source>Monitoring: past the plan&apos;s last phase.</source>
        <translation>Monitorización: pasada la última fase del plan.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="175"/>
        <source>Monitoring starts at go-live.</source>
        <translation>La monitorización empieza con la puesta en marcha.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="181"/>
        <source>no reading</source>
        <translation>sin lectura</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="182"/>
        <source>BREACH</source>
        <translation>FUERA DE UMBRAL</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="183"/>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="189"/>
        <source>Breaches: %1</source>
        <translation>Fuera de umbral: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="195"/>
        <source>%1 %2 = %3 (threshold %4)</source>
        <translation>%1 %2 = %3 (umbral %4)</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="197"/>
        <source>; rollback trigger %1: %2</source>
        <translation>; disparador de marcha atrás %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="27"/>
        <source>give one of --import, --reading or --set.</source>
        <translation>indique uno de --import, --reading o --set.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="33"/>
        <source>--set needs at least one of --limit, --baseline, --band, --expected or --trigger.</source>
        <translation>--set necesita al menos uno de --limit, --baseline, --band, --expected o --trigger.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="35"/>
        <source>--limit, --baseline, --band, --expected and --trigger go with --set METRIC.</source>
        <translation>--limit, --baseline, --band, --expected y --trigger van con --set MÉTRICA.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="50"/>
        <source>--%1 is a number (or none), not &quot;%2&quot;.</source>
        <translation>--%1 es un número (o none), no «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="76"/>
        <source>--limit is for a MAX or MIN metric, --baseline for a BAND metric; %1 is %2.</source>
        <translation>--limit es para una métrica MAX o MIN, --baseline para una BAND; %1 es %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="211"/>
        <source>give one of --record, --close-condition, --carry-condition or --sign-stable.</source>
        <translation>indique uno de --record, --close-condition, --carry-condition o --sign-stable.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="220"/>
        <source>--name, --role and --comment go with --sign-stable.</source>
        <translation>--name, --role y --comment van con --sign-stable.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="224"/>
        <source>--outcome, --attendees and --stable go with --record.</source>
        <translation>--outcome, --attendees y --stable van con --record.</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="245"/>
        <source>a condition is named by its number (see gonogo review FILE).</source>
        <translation>una condición se nombra por su número (vea gonogo review ARCHIVO).</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="342"/>
        <source>Reviews, from go-live at %1 UTC:</source>
        <translation>Revisiones, desde la puesta en marcha a las %1 UTC:</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="343"/>
        <source>Reviews: scheduled once the launch goes live.</source>
        <translation>Revisiones: se programan cuando el lanzamiento se pone en marcha.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/monitoringcommands.cpp" line="351"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="355"/>
        <source>Held %1 by %2%3: %4</source>
        <translation>Celebrada %1 por %2%3: %4</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="357"/>
        <source>, STABLE declared</source>
        <translation>, declarado ESTABLE</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="367"/>
        <source>STABLE declared at %1; fingerprint %2; signed by %3 of %4:</source>
        <translation>ESTABLE declarado en %1; huella %2; firmado por %3 de %4:</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="375"/>
        <source>not signed</source>
        <translation>sin firmar</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="377"/>
        <source>CURRENT, %1</source>
        <translation>VIGENTE, %1</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="378"/>
        <source>STALE (the declaration changed after it was signed)</source>
        <translation>OBSOLETA (la declaración cambió después de firmarse)</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="382"/>
        <source>Conditions of the decision:</source>
        <translation>Condiciones de la decisión:</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="384"/>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="388"/>
        <source>OPEN</source>
        <translation>ABIERTA</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="390"/>
        <source>CLOSED</source>
        <translation>CERRADA</translation>
    </message>
    <message>
        <location filename="../app/cli/monitoringcommands.cpp" line="391"/>
        <source>CARRIED to %1, due %2</source>
        <translation>TRASPASADA a %1, fecha límite %2</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="28"/>
        <source>a risk needs a title.</source>
        <translation>un riesgo necesita un título.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="33"/>
        <location filename="../app/cli/riskcommands.cpp" line="72"/>
        <source>unknown likelihood &quot;%1&quot;; use HIGH, MEDIUM or LOW.</source>
        <translation>probabilidad desconocida «%1»; use HIGH, MEDIUM o LOW.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="35"/>
        <location filename="../app/cli/riskcommands.cpp" line="74"/>
        <source>unknown impact &quot;%1&quot;; use CRITICAL, HIGH, MEDIUM or LOW.</source>
        <translation>impacto desconocido «%1»; use CRITICAL, HIGH, MEDIUM o LOW.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="87"/>
        <source>OPEN, ACCEPTED or MITIGATED.</source>
        <translation>OPEN, ACCEPTED o MITIGATED.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="87"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="92"/>
        <source>Why the risk is accepted.</source>
        <translation>Por qué se acepta el riesgo.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="93"/>
        <source>Who accepts the risk.</source>
        <translation>Quién acepta el riesgo.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="94"/>
        <source>Acceptance valid until.</source>
        <translation>Aceptación válida hasta.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="95"/>
        <source>Link a checklist item.</source>
        <translation>Vincular un elemento de la lista.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="96"/>
        <source>Remove the link to a checklist item.</source>
        <translation>Quitar el vínculo con un elemento de la lista.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="176"/>
        <source>A printed decision record (PDF) to check against this file.</source>
        <translation>Un acta de decisión impresa (PDF) que comprobar contra este archivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="177"/>
        <source>RECORD.pdf</source>
        <translation>ACTA.pdf</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="185"/>
        <source>Print a record that fails verification, marked INTEGRITY CHECK FAILED on every page.</source>
        <translation>Imprimir un acta que no supera la verificación, marcada VERIFICACIÓN DE INTEGRIDAD FALLIDA en cada página.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="214"/>
        <source>Replace NEW if it exists.</source>
        <translation>Sustituir NUEVO si ya existe.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="222"/>
        <source>Gate on the engine&apos;s recommendation instead of the signed decision (before the meeting).</source>
        <translation>Decidir por la recomendación del motor en lugar de la decisión firmada (antes de la reunión).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="229"/>
        <source>start, pause, resume, next, previous or finish.</source>
        <translation>start, pause, resume, next, previous o finish.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="230"/>
        <source>ACTION</source>
        <translation>ACCIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="231"/>
        <source>When the clock action happened (default: now).</source>
        <translation>Cuándo ocurrió la acción del reloj (por defecto: ahora).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="231"/>
        <location filename="../app/cli/launchoptions.cpp" line="23"/>
        <location filename="../app/cli/launchoptions.cpp" line="50"/>
        <location filename="../app/cli/launchoptions.cpp" line="67"/>
        <location filename="../app/cli/launchoptions.cpp" line="97"/>
        <source>TIME</source>
        <translation>HORA</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="239"/>
        <source>Record an answer: ROLE=GO, GO-WITH-DISSENT or NO-GO.</source>
        <translation>Registra una respuesta: ROL=GO, GO-WITH-DISSENT o NO-GO.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="240"/>
        <source>ROLE=ANSWER</source>
        <translation>ROL=RESPUESTA</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="241"/>
        <source>Which person, when several share the role.</source>
        <translation>Qué persona, cuando varias comparten el rol.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="242"/>
        <source>What they said with their answer.</source>
        <translation>Lo que dijo con su respuesta.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="244"/>
        <source>Why the meeting goes on although the poll disagrees with the recommendation.</source>
        <translation>Por qué la reunión sigue adelante aunque la votación discrepe de la recomendación.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="22"/>
        <source>The moment to show what is due and late at (default: now).</source>
        <translation>El momento en que mostrar lo que toca y lo que va con retraso (por defecto: ahora).</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="24"/>
        <source>Change a step&apos;s plan before the launch starts.</source>
        <translation>Cambia el plan de un paso antes de que empiece el lanzamiento.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="25"/>
        <source>STEP</source>
        <translation>PASO</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="26"/>
        <source>The step&apos;s title.</source>
        <translation>El título del paso.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="27"/>
        <source>Minutes from go-live (negative before it).</source>
        <translation>Minutos desde la puesta en marcha (negativos antes).</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="27"/>
        <location filename="../app/cli/launchoptions.cpp" line="28"/>
        <source>MIN</source>
        <translation>MIN</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="28"/>
        <source>How long the step takes.</source>
        <translation>Cuánto dura el paso.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="29"/>
        <source>The role that owns the step.</source>
        <translation>El rol responsable del paso.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="30"/>
        <source>What shows the step succeeded.</source>
        <translation>Lo que demuestra que el paso salió bien.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="31"/>
        <source>The rollback trigger it watches (empty for none).</source>
        <translation>El disparador de marcha atrás que vigila (vacío para ninguno).</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="38"/>
        <source>The launch begins: its first step starts now.</source>
        <translation>Empieza el lanzamiento: su primer paso empieza ahora.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="39"/>
        <source>Record a step&apos;s outcome (with --done or --failed).</source>
        <translation>Registra el resultado de un paso (con --done o --failed).</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="41"/>
        <source>The step&apos;s validation passed.</source>
        <translation>La validación del paso se superó.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="42"/>
        <source>The step&apos;s validation failed.</source>
        <translation>La validación del paso falló.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="43"/>
        <source>What was seen, for the record.</source>
        <translation>Lo que se observó, para el acta.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="44"/>
        <source>Traffic cut over: the actual T+0.</source>
        <translation>El tráfico pasó a la nueva versión: el T+0 real.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="46"/>
        <source>End the launch on a trigger: an abort before go-live, a rollback after.</source>
        <translation>Termina el lanzamiento por un disparador: una cancelación antes de la puesta en marcha, una marcha atrás después.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="47"/>
        <source>The rollback trigger met, e.g. RB-4.</source>
        <translation>El disparador de marcha atrás que se cumplió, p. ej. RB-4.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="48"/>
        <source>What was seen, and why it meets the trigger.</source>
        <translation>Lo que se observó y por qué cumple el disparador.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="50"/>
        <source>When it happened (default: now).</source>
        <translation>Cuándo ocurrió (por defecto: ahora).</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="59"/>
        <source>Readings from a monitoring export: CSV (metric,time,value) or JSON.</source>
        <translation>Lecturas de una exportación de monitorización: CSV (metric,time,value) o JSON.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="61"/>
        <source>READINGS</source>
        <translation>LECTURAS</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="62"/>
        <source>One reading by hand, e.g. error_rate=0.05.</source>
        <translation>Una lectura a mano, p. ej. error_rate=0.05.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="63"/>
        <source>METRIC=VALUE</source>
        <translation>MÉTRICA=VALOR</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="65"/>
        <source>When the reading by hand was taken, or the moment to show the phase at (default: now).</source>
        <translation>Cuándo se tomó la lectura a mano, o el momento en que mostrar la fase (por defecto: ahora).</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="68"/>
        <source>Change a metric&apos;s threshold.</source>
        <translation>Cambia el umbral de una métrica.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="68"/>
        <source>METRIC</source>
        <translation>MÉTRICA</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="69"/>
        <source>The limit of a MAX or MIN metric.</source>
        <translation>El límite de una métrica MAX o MIN.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="69"/>
        <location filename="../app/cli/launchoptions.cpp" line="70"/>
        <source>NUMBER</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="70"/>
        <source>The baseline of a BAND metric.</source>
        <translation>La referencia de una métrica BAND.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="71"/>
        <source>How far from the baseline is normal, in %.</source>
        <translation>Cuánto se puede alejar de la referencia, en %.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="72"/>
        <source>PERCENT</source>
        <translation>PORCENTAJE</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="73"/>
        <source>The normal words of a state metric, &quot;/&quot; between them.</source>
        <translation>Las palabras normales de una métrica de estado, separadas por «/».</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="74"/>
        <source>WORDS</source>
        <translation>PALABRAS</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="75"/>
        <source>The rollback trigger it feeds (empty for none).</source>
        <translation>El disparador de marcha atrás al que alimenta (vacío para ninguno).</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="84"/>
        <source>Record a review: T+24h, T+48h, T+1w or T+1m.</source>
        <translation>Registra una revisión: T+24h, T+48h, T+1w o T+1m.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="85"/>
        <source>What the review concluded.</source>
        <translation>Lo que concluyó la revisión.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="86"/>
        <source>Who attended.</source>
        <translation>Quién asistió.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="86"/>
        <source>NAMES</source>
        <translation>NOMBRES</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="87"/>
        <source>Declare the launch STABLE (T+48h or later).</source>
        <translation>Declara ESTABLE el lanzamiento (T+48h o después).</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="88"/>
        <source>Close a condition of the decision.</source>
        <translation>Cierra una condición de la decisión.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="89"/>
        <source>Carry a condition forward (with --owner and --due).</source>
        <translation>Traspasa una condición (con --owner y --due).</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="91"/>
        <source>The carried condition&apos;s new owner.</source>
        <translation>El nuevo responsable de la condición traspasada.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="92"/>
        <source>The carried condition&apos;s new due date.</source>
        <translation>La nueva fecha límite de la condición traspasada.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="93"/>
        <source>A note on the condition.</source>
        <translation>Una nota sobre la condición.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="95"/>
        <source>When the review was held, the condition followed up or the STABLE sign-off made (default: now).</source>
        <translation>Cuándo se celebró la revisión, se hizo el seguimiento de la condición o se firmó ESTABLE (por defecto: ahora).</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="99"/>
        <source>Sign the STABLE declaration (with --name and --role of a stakeholder).</source>
        <translation>Firma la declaración de ESTABLE (con --name y --role de un firmante).</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="100"/>
        <source>The signer&apos;s printed name.</source>
        <translation>El nombre del firmante.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="101"/>
        <source>The signer&apos;s role.</source>
        <translation>El rol del firmante.</translation>
    </message>
    <message>
        <location filename="../app/cli/launchoptions.cpp" line="102"/>
        <source>A comment with the sign-off.</source>
        <translation>Un comentario con la firma.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="252"/>
        <source>Print the whole manual page (troff), made from this same table.</source>
        <translation>Imprime la página de manual completa (troff), hecha a partir de esta misma tabla.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="290"/>
        <source>create a decision file from a template or checklist</source>
        <translation>crea un archivo de decisión a partir de una plantilla o lista de control</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="296"/>
        <source>scores, risk counts, the recommendation and its reasons</source>
        <translation>puntuaciones, recuento de riesgos, la recomendación y sus motivos</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="297"/>
        <source>Also the recorded decision and the record status. --json adds reason codes for machines.</source>
        <translation>También la decisión registrada y el estado del acta. --json añade códigos de motivo para máquinas.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="300"/>
        <source>list checklist items, optionally filtered</source>
        <translation>lista los elementos de la lista de control, con filtros opcionales</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="301"/>
        <source>STATUS is PASS, PARTIAL, FAIL or PENDING.</source>
        <translation>ESTADO es PASS, PARTIAL, FAIL o PENDING.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="304"/>
        <source>set status, owner, evidence or notes of one or more items</source>
        <translation>fija el estado, responsable, evidencia o notas de uno o más elementos</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="305"/>
        <source>Changes every listed item in one transaction: all of them or none.</source>
        <translation>Cambia todos los elementos indicados en una sola transacción: todos o ninguno.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="307"/>
        <source>show or change the meeting details and thresholds</source>
        <translation>muestra o cambia los datos de la reunión y los umbrales</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="308"/>
        <source>Without options, shows the meeting details.</source>
        <translation>Sin opciones, muestra los datos de la reunión.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="310"/>
        <source>add a risk</source>
        <translation>añade un riesgo</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="311"/>
        <source>L is HIGH, MEDIUM or LOW; I is CRITICAL, HIGH, MEDIUM or LOW.</source>
        <translation>L es HIGH, MEDIUM o LOW; I es CRITICAL, HIGH, MEDIUM o LOW.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="313"/>
        <source>change a risk, its state or its linked items</source>
        <translation>cambia un riesgo, su estado o sus elementos vinculados</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="314"/>
        <source>S is OPEN, ACCEPTED or MITIGATED. Accepting a risk needs a rationale. Fields and links change in one transaction.</source>
        <translation>S es OPEN, ACCEPTED o MITIGATED. Aceptar un riesgo requiere una justificación. Campos y vínculos cambian en una sola transacción.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="316"/>
        <location filename="../app/cli/commandtable.cpp" line="318"/>
        <source>no risk ID given.</source>
        <translation>no se indicó ningún ID de riesgo.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="364"/>
        <source>write the checklist with status, owner and evidence for a wiki or a sheet</source>
        <translation>escribir la lista de control con estado, responsable y evidencia para una wiki o una hoja</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="365"/>
        <source>The format follows OUT&apos;s extension: CSV (formula-safe, for spreadsheets), Markdown (a table per category) or JSON (the checklist format plus the meeting state). Each item has who changed it last and when (UTC). All three read back with gonogo new --template. A file that fails verification is refused (exit 5) unless --force.</source>
        <translation>El formato sigue la extensión de SALIDA: CSV (seguro frente a fórmulas, para hojas de cálculo), Markdown (una tabla por categoría) o JSON (el formato de lista de control más el estado de la reunión). Cada elemento indica quién lo cambió por última vez y cuándo (UTC). Los tres se vuelven a leer con gonogo new --template. Un archivo que no supera la verificación se rechaza (salida 5) salvo con --force.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="371"/>
        <source>the output file is missing.</source>
        <translation>falta el archivo de salida.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="381"/>
        <source>the name of the copy is missing.</source>
        <translation>falta el nombre de la copia.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="383"/>
        <source>make a PostgreSQL database ready to hold decisions (team mode)</source>
        <translation>prepara una base de datos PostgreSQL para guardar decisiones (modo equipo)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="395"/>
        <source>give a database user its part: facilitator, stakeholder or auditor</source>
        <translation>da a un usuario de la base de datos su papel: facilitator, stakeholder o auditor</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="396"/>
        <source>The server enforces the parts, whatever program connects: a facilitator changes the checklist, risks, agenda and decision; a stakeholder reads and signs or withdraws only as the stakeholder given with --stakeholder N on the decision of the address; an auditor reads, verifies and exports. The audit log can be appended to, never changed. DBUSER must exist (CREATE ROLE ... LOGIN).</source>
        <translation>El servidor hace cumplir los papeles, sea cual sea el programa que se conecte: quien facilita cambia la lista, los riesgos, la agenda y la decisión; una parte interesada lee y firma o retira solo como la parte interesada indicada con --stakeholder N en la decisión de la dirección; quien audita lee, verifica y exporta. Al registro de auditoría solo se le puede añadir, nunca cambiar. USUARIOBD debe existir (CREATE ROLE ... LOGIN).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="402"/>
        <source>the database user is missing.</source>
        <translation>falta el usuario de la base de datos.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="405"/>
        <source>the meeting&apos;s agenda: steps with planned and actual minutes</source>
        <translation>el orden del día de la reunión: puntos con minutos previstos y reales</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="406"/>
        <source>--clock moves the meeting clock (start, pause, resume, next, previous, finish); --at TIME (ISO 8601 with zone) says when, for scripts. Times are audited; they are printed in the record&apos;s Meeting section but not part of its fingerprint.</source>
        <translation>--clock mueve el reloj de la reunión (start, pause, resume, next, previous, finish); --at HORA (ISO 8601 con zona) indica cuándo, para scripts. Las horas quedan en la auditoría; se imprimen en la sección Reunión del acta, pero no forman parte de su huella.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="412"/>
        <source>the roll-call poll: answers, tally, and whether it disagrees</source>
        <translation>la votación nominal: respuestas, recuento y si discrepa</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="413"/>
        <source>Shows each role&apos;s answer and comment, the tally and the recommendation. --answer ROLE=ANSWER records an answer (GO, GO-WITH-DISSENT or NO-GO). A poll that disagrees with the recommendation needs --rationale before the decision can be recorded. The poll is part of the signed record.</source>
        <translation>Muestra la respuesta y el comentario de cada rol, el recuento y la recomendación. --answer ROL=RESPUESTA registra una respuesta (GO, GO-WITH-DISSENT o NO-GO). Una votación que discrepa de la recomendación necesita --rationale antes de poder registrar la decisión. La votación forma parte del acta firmada.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="420"/>
        <source>the launch runbook: steps around go-live, what is due and what is late</source>
        <translation>el runbook del lanzamiento: los pasos en torno a la puesta en marcha, lo que toca y lo que va con retraso</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="421"/>
        <source>Each step&apos;s offset from go-live (T-60 ... T+60), owner role, validation and rollback trigger, its due time once the launch has started, and its outcome. --at TIME (ISO 8601 with zone) shows what was due and late at that moment.</source>
        <translation>El desfase de cada paso respecto a la puesta en marcha (T-60 ... T+60), el rol responsable, la validación y el disparador de marcha atrás, su hora prevista una vez empezado el lanzamiento y su resultado. --at HORA (ISO 8601 con zona) muestra lo que tocaba y lo que iba con retraso en ese momento.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="426"/>
        <source>run the launch: start, step outcomes, go-live, rollback</source>
        <translation>dirige el lanzamiento: inicio, resultados de los pasos, puesta en marcha, marcha atrás</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="427"/>
        <source>--start begins the launch (only from a FINAL record whose decision is GO or GO WITH CAUTION); --step ID --done|--failed [--note TEXT] records a step&apos;s validation; --go-live records the cutover once every step before it is done; --rollback --trigger ID --rationale TEXT ends the launch (ABORTED before go-live, ROLLED BACK after). --at TIME sets when, for scripts. Every action is audited; the signed decision is never changed.</source>
        <translation>--start empieza el lanzamiento (solo desde un acta FINAL cuya decisión sea GO o GO WITH CAUTION); --step ID --done|--failed [--note TEXTO] registra la validación de un paso; --go-live registra el paso a producción una vez hechos todos los pasos anteriores; --rollback --trigger ID --rationale TEXTO termina el lanzamiento (ABORTED antes de la puesta en marcha, ROLLED BACK después). --at HORA fija cuándo, para scripts. Cada acción queda en la auditoría; la decisión firmada nunca cambia.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="436"/>
        <source>post-launch monitoring: the 18 metrics, their thresholds and breaches</source>
        <translation>monitorización tras el lanzamiento: las 18 métricas, sus umbrales y lo que queda fuera de ellos</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="437"/>
        <source>Shows the monitoring phase (from go-live), each metric&apos;s threshold and latest reading, and every reading that breached, with the rollback trigger it feeds. --import READINGS.csv (metric,time,value) or .json adds readings from a monitoring export, all or none; --reading METRIC=VALUE [--at TIME] adds one by hand. Readings are audited.</source>
        <translation>Muestra la fase de monitorización (desde la puesta en marcha), el umbral y la última lectura de cada métrica, y cada lectura fuera de umbral con el disparador de marcha atrás al que alimenta. --import LECTURAS.csv (metric,time,value) o .json añade lecturas de una exportación de monitorización, todas o ninguna; --reading MÉTRICA=VALOR [--at HORA] añade una a mano. Las lecturas quedan en la auditoría.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="444"/>
        <source>the reviews after go-live, STABLE, and the conditions carried to closure</source>
        <translation>las revisiones tras la puesta en marcha, ESTABLE y las condiciones llevadas hasta su cierre</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="445"/>
        <source>Shows the reviews at T+24h, T+48h, T+1w and T+1m from the actual go-live and the decision&apos;s conditions. --record ID --outcome TEXT [--attendees NAMES] [--stable] records a review once it is due, with the metrics and open conditions as they stand; STABLE only at T+48h or later, on a launch not rolled back, with every condition closed (--close-condition N) or carried with a new owner and date (--carry-condition N --owner NAME --due DATE).</source>
        <translation>Muestra las revisiones de T+24h, T+48h, T+1w y T+1m desde la puesta en marcha real y las condiciones de la decisión. --record ID --outcome TEXTO [--attendees NOMBRES] [--stable] registra una revisión cuando toca, con las métricas y las condiciones abiertas tal como están; ESTABLE solo en T+48h o después, en un lanzamiento sin marcha atrás, con cada condición cerrada (--close-condition N) o traspasada con nuevo responsable y fecha (--carry-condition N --owner NOMBRE --due FECHA).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="454"/>
        <source>exit by the signed decision: 0 GO, 10 GO WITH CAUTION, 11 NO-GO</source>
        <translation>sale según la decisión firmada: 0 GO, 10 GO WITH CAUTION, 11 NO-GO</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="455"/>
        <source>Exit 12 when the record is not FINAL (no decision, or a sign-off missing or stale) and 5 when it fails verification. --allow-caution exits 0 for GO WITH CAUTION.</source>
        <translation>Sale con 12 si el acta no es FINAL (sin decisión, o con una firma que falta o está obsoleta) y con 5 si no supera la verificación. --allow-caution sale con 0 para GO WITH CAUTION.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="459"/>
        <source>the options of one command</source>
        <translation>las opciones de una orden</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="522"/>
        <source>use %1.</source>
        <translation>use %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="558"/>
        <source>--man prints the whole manual; it takes no command.</source>
        <translation>--man imprime el manual completo; no admite una orden.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="568"/>
        <source>success</source>
        <translation>éxito</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="569"/>
        <source>Success (for gate: the decision is GO).</source>
        <translation>Éxito (para gate: la decisión es GO).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="570"/>
        <source>usage error</source>
        <translation>error de uso</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="571"/>
        <source>Usage error: unknown command or option, missing argument, badly written date.</source>
        <translation>Error de uso: orden u opción desconocida, argumento que falta, fecha mal escrita.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="573"/>
        <source>not a decision file</source>
        <translation>no es un archivo de decisión</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="574"/>
        <source>Not a decision file: missing, empty, a folder, not SQLite, or SQLite that is not GoNoGo&apos;s.</source>
        <translation>No es un archivo de decisión: no existe, está vacío, es una carpeta, no es SQLite o es un SQLite que no es de GoNoGo.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="576"/>
        <source>newer file format</source>
        <translation>formato de archivo más reciente</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="577"/>
        <source>The file was written by a newer GoNoGo.</source>
        <translation>El archivo lo escribió una versión más reciente de GoNoGo.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="578"/>
        <source>damaged file or failed verification</source>
        <translation>archivo dañado o verificación fallida</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="579"/>
        <source>The file is damaged or truncated, or fails verification; export-pdf and gate refuse such a file; verify --pdf: the PDF is not the record of the file as it stands.</source>
        <translation>El archivo está dañado o truncado, o no pasa la verificación; export-pdf y gate rechazan un archivo así; verify --pdf: el PDF no es el acta del archivo tal como está.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="582"/>
        <source>file in use</source>
        <translation>archivo en uso</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="583"/>
        <source>The file is in use by another window or program.</source>
        <translation>El archivo está en uso por otra ventana u otro programa.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="584"/>
        <source>invalid input</source>
        <translation>entrada no válida</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="585"/>
        <source>Invalid input: an unknown ID, status, likelihood, impact or state, an empty title, a bad checklist file, a target file that exists.</source>
        <translation>Entrada no válida: un ID, estado, probabilidad, impacto o situación desconocidos, un título vacío, un archivo de lista de control incorrecto, un archivo de destino que ya existe.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="587"/>
        <source>read/write error</source>
        <translation>error de lectura o escritura</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="588"/>
        <source>Read or write error (for example a full disk).</source>
        <translation>Error de lectura o escritura (por ejemplo, un disco lleno).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="589"/>
        <source>gate: GO WITH CAUTION</source>
        <translation>gate: GO WITH CAUTION</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="590"/>
        <source>gate: the decision is GO WITH CAUTION (0 with --allow-caution).</source>
        <translation>gate: la decisión es GO WITH CAUTION (0 con --allow-caution).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="591"/>
        <source>gate: NO-GO</source>
        <translation>gate: NO-GO</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="592"/>
        <source>gate: the decision is NO-GO.</source>
        <translation>gate: la decisión es NO-GO.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="593"/>
        <source>gate: record not final</source>
        <translation>gate: acta no FINAL</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="594"/>
        <source>gate: the record is not FINAL: no decision recorded, or a sign-off missing or stale.</source>
        <translation>gate: el acta no es FINAL: no hay decisión registrada, o falta una firma o está obsoleta.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="603"/>
        <source>Usage: gonogo [FILE]              open FILE (or the last file) in the window
       gonogo COMMAND FILE [OPTIONS]
</source>
        <translation>Uso: gonogo [ARCHIVO]              abre ARCHIVO (o el último) en la ventana
     gonogo ORDEN ARCHIVO [OPCIONES]
</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="606"/>
        <source>Commands:</source>
        <translation>Órdenes:</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="627"/>
        <source>Run &quot;gonogo help COMMAND&quot; for the options of one command.</source>
        <translation>Ejecute «gonogo help ORDEN» para ver las opciones de una orden.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="648"/>
        <source>Usage: gonogo %1 %2 [OPTIONS]</source>
        <translation>Uso: gonogo %1 %2 [OPCIONES]</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="657"/>
        <source>Options:</source>
        <translation>Opciones:</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="70"/>
        <source>unknown state &quot;%1&quot;; use OPEN, ACCEPTED or MITIGATED.</source>
        <translation>estado desconocido «%1»; use OPEN, ACCEPTED o MITIGATED.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="105"/>
        <source>risk %1 is not linked to item %2.</source>
        <translation>el riesgo %1 no está vinculado al elemento %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="128"/>
        <source>Deleted risk %1.</source>
        <translation>Riesgo %1 eliminado.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="112"/>
        <source>Set a cell, e.g. MEDIUM:HIGH=RED.</source>
        <translation>Fijar una celda, p. ej. MEDIUM:HIGH=RED.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="112"/>
        <source>CELL</source>
        <translation>CELDA</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="113"/>
        <source>Back to the P020 default matrix.</source>
        <translation>Volver a la matriz por defecto de P020.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="144"/>
        <source>&quot;%1&quot; is not a matrix cell; write LIKELIHOOD:IMPACT=LEVEL, e.g. MEDIUM:HIGH=RED.</source>
        <translation>«%1» no es una celda de la matriz; escriba PROBABILIDAD:IMPACTO=NIVEL, p. ej. MEDIUM:HIGH=RED.</translation>
    </message>
    <message>
        <location filename="../app/cli/riskcommands.cpp" line="180"/>
        <source>likelihood \ impact</source>
        <translation>probabilidad \ impacto</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="66"/>
        <source>Critical score required.</source>
        <translation>Puntuación crítica exigida.</translation>
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
        <translation>Puntuación total para GO.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="68"/>
        <source>Total score for GO WITH CAUTION.</source>
        <translation>Puntuación total para GO CON PRECAUCIÓN.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="315"/>
        <source>--%1 must be a whole number from 0 to 100, not &quot;%2&quot;.</source>
        <translation>--%1 debe ser un número entero de 0 a 100, no «%2».</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="330"/>
        <source>(not set)</source>
        <translation>(sin fijar)</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="331"/>
        <source>Launch:        %1</source>
        <translation>Lanzamiento:   %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="332"/>
        <source>Target date:   %1</source>
        <translation>Fecha prevista: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="334"/>
        <source>Meeting date:  %1</source>
        <translation>Fecha reunión: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="336"/>
        <source>Facilitator:   %1</source>
        <translation>Moderación:    %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="337"/>
        <source>Time zone:     %1</source>
        <translation>Zona horaria:  %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="338"/>
        <source>Thresholds:    critical %1%, GO %2%, GO WITH CAUTION %3%</source>
        <translation>Umbrales:      crítico %1%, GO %2%, GO CON PRECAUCIÓN %3%</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="32"/>
        <source>gonogo: %1 failed verification:</source>
        <translation>gonogo: %1 no superó la verificación:</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="42"/>
        <source>Fingerprint: %1</source>
        <translation>Huella: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="43"/>
        <source>Audit chain head: %1</source>
        <translation>Cabeza de la cadena de auditoría: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="126"/>
        <location filename="../app/cli/filecommands.cpp" line="44"/>
        <location filename="../app/cli/recordcommands.cpp" line="147"/>
        <source>Record status: FINAL</source>
        <translation>Estado del acta: FINAL</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="107"/>
        <source>gonogo: note: %1</source>
        <translation>gonogo: aviso: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="121"/>
        <source>%1 fails verification, so no change was made: %2. &quot;gonogo verify %1&quot; lists every problem.</source>
        <translation>%1 no supera la verificación, así que no se hizo ningún cambio: %2. «gonogo verify %1» lista todos los problemas.</translation>
    </message>
    <message>
        <location filename="../app/cli/checklistcommands.cpp" line="134"/>
        <location filename="../app/cli/filecommands.cpp" line="44"/>
        <location filename="../app/cli/recordcommands.cpp" line="148"/>
        <source>Record status: DRAFT</source>
        <translation>Estado del acta: BORRADOR</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="119"/>
        <source>GO, GO WITH CAUTION or NO-GO.</source>
        <translation>GO, GO WITH CAUTION o NO-GO.</translation>
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
        <translation>Por qué.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="122"/>
        <source>Why the decision differs from the recommendation.</source>
        <translation>Por qué la decisión difiere de la recomendación.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="123"/>
        <source>A condition: TEXT;OWNER;DUE.</source>
        <translation>Una condición: TEXTO;RESPONSABLE;FECHA.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="38"/>
        <source>unknown decision &quot;%1&quot;; use GO, GO WITH CAUTION or NO-GO.</source>
        <translation>decisión desconocida «%1»; use GO, GO WITH CAUTION o NO-GO.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="66"/>
        <source>Recorded decision %1 (recommendation %2).</source>
        <translation>Decisión %1 registrada (recomendación %2).</translation>
    </message>
    <message>
        <location filename="../models/record.cpp" line="524"/>
        <source>%1 has no single stakeholder with the role &quot;%2&quot; (the roles are: %3).</source>
        <translation>%1 no tiene una única persona con el rol «%2» (los roles son: %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="129"/>
        <location filename="../app/cli/commandtable.cpp" line="143"/>
        <source>Printed name.</source>
        <translation>Nombre impreso.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="130"/>
        <location filename="../app/cli/commandtable.cpp" line="142"/>
        <source>The stakeholder&apos;s role.</source>
        <translation>El rol de la persona.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="130"/>
        <location filename="../app/cli/commandtable.cpp" line="142"/>
        <location filename="../app/cli/commandtable.cpp" line="154"/>
        <location filename="../app/cli/commandtable.cpp" line="160"/>
        <location filename="../app/cli/launchoptions.cpp" line="29"/>
        <location filename="../app/cli/launchoptions.cpp" line="101"/>
        <source>ROLE</source>
        <translation>ROL</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="131"/>
        <source>CONCUR, CONCUR WITH DISSENT or NON-CONCUR.</source>
        <translation>CONCUR, CONCUR WITH DISSENT o NON-CONCUR.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="131"/>
        <source>V</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="132"/>
        <source>Comment.</source>
        <translation>Comentario.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="82"/>
        <source>unknown vote &quot;%1&quot;; use CONCUR, CONCUR WITH DISSENT or NON-CONCUR.</source>
        <translation>voto desconocido «%1»; use CONCUR, CONCUR WITH DISSENT o NON-CONCUR.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="109"/>
        <source>Signed by %1 (%2): %3, on fingerprint %4.</source>
        <translation>Firmado por %1 (%2): %3, sobre la huella %4.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="151"/>
        <source>  waiting for %1</source>
        <translation>  pendiente de %1</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="157"/>
        <source>  no decision recorded yet</source>
        <translation>  aún no hay decisión registrada</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="184"/>
        <source>%1 has no sign-off to withdraw.</source>
        <translation>%1 no tiene ninguna firma que retirar.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="190"/>
        <source>Withdrew the sign-off of %1.</source>
        <translation>Retirada la firma de %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="154"/>
        <location filename="../app/cli/commandtable.cpp" line="160"/>
        <source>The role.</source>
        <translation>El rol.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="155"/>
        <location filename="../app/cli/commandtable.cpp" line="161"/>
        <source>The name.</source>
        <translation>El nombre.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="166"/>
        <source>New position, from 1.</source>
        <translation>Nueva posición, desde 1.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="247"/>
        <source>the stakeholder ID is a number (see gonogo stakeholders FILE).</source>
        <translation>el ID de la persona es un número (vea gonogo stakeholders ARCHIVO).</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="258"/>
        <source>--to needs a position number.</source>
        <translation>--to necesita un número de posición.</translation>
    </message>
    <message>
        <location filename="../app/cli/recordcommands.cpp" line="281"/>
        <source>there is no stakeholder %1.</source>
        <translation>no existe la persona %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="182"/>
        <source>A4 (default) or Letter.</source>
        <translation>A4 (por defecto) o Letter.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="182"/>
        <source>SIZE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="190"/>
        <source>Export a file that fails verification, with a warning.</source>
        <translation>Exportar un archivo que no supera la verificación, con un aviso.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="206"/>
        <source>facilitator, stakeholder or auditor.</source>
        <translation>facilitator, stakeholder o auditor.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="206"/>
        <source>PART</source>
        <translation>PAPEL</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="208"/>
        <source>For a stakeholder: who they sign as (the number gonogo stakeholders shows).</source>
        <translation>Para una parte interesada: como quién firma (el número que muestra gonogo stakeholders).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="291"/>
        <source>Creates FILE from the built-in P020 template (default) or from a checklist file:
.json (GoNoGo template), .csv (category,id,title,critical,owner,description), .md (checkbox lists, tables or lists under headings), .yml/.yaml (categories with items).</source>
        <translation>Crea ARCHIVO a partir de la plantilla P020 incluida (por defecto) o de un archivo de lista de control:
.json (plantilla de GoNoGo), .csv (category,id,title,critical,owner,description), .md (casillas, tablas o listas bajo encabezados), .yml/.yaml (categorías con elementos).</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="317"/>
        <source>delete a risk</source>
        <translation>elimina un riesgo</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="319"/>
        <source>list risks with their level</source>
        <translation>lista los riesgos con su nivel</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="321"/>
        <source>show or change the likelihood x impact levels</source>
        <translation>muestra o cambia los niveles de probabilidad x impacto</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="322"/>
        <source>Shows the risk matrix after applying any change. LEVEL is RED, YELLOW or GREEN.</source>
        <translation>Muestra la matriz de riesgos tras aplicar los cambios. NIVEL es RED, YELLOW o GREEN.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="325"/>
        <source>record the meeting&apos;s decision</source>
        <translation>registra la decisión de la reunión</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="326"/>
        <source>A decision that differs from the recommendation needs --override-rationale.</source>
        <translation>Una decisión distinta de la recomendación necesita --override-rationale.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="329"/>
        <source>sign the decision record (simple electronic signature)</source>
        <translation>firma el acta de decisión (firma electrónica simple)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="330"/>
        <source>The sign-off is bound to the fingerprint of the record as it is in the file when it is written.</source>
        <translation>La firma queda ligada a la huella del acta tal como está en el archivo al escribirla.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="334"/>
        <source>list sign-offs: CURRENT, STALE or WITHDRAWN</source>
        <translation>lista las firmas: CURRENT, STALE o WITHDRAWN</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="336"/>
        <source>withdraw a sign-off</source>
        <translation>retira una firma</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="338"/>
        <source>list who must sign</source>
        <translation>lista quién debe firmar</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="340"/>
        <source>add a person who must sign</source>
        <translation>añade una persona que debe firmar</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="342"/>
        <source>change the name or role of a stakeholder</source>
        <translation>cambia el nombre o el rol de una persona firmante</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="343"/>
        <source>ID is the number shown by gonogo stakeholders FILE.</source>
        <translation>ID es el número que muestra gonogo stakeholders ARCHIVO.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="344"/>
        <location filename="../app/cli/commandtable.cpp" line="347"/>
        <location filename="../app/cli/commandtable.cpp" line="350"/>
        <source>no stakeholder ID given.</source>
        <translation>no se indicó el ID de la persona.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="346"/>
        <source>move a stakeholder in the signing order</source>
        <translation>mueve a una persona en el orden de firma</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="349"/>
        <source>remove a stakeholder who has not signed</source>
        <translation>quita a una persona que no ha firmado</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="353"/>
        <source>check integrity, the audit log, the fingerprint and every sign-off</source>
        <translation>comprueba la integridad, el registro de auditoría, la huella y cada firma</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="354"/>
        <source>Replays the audit log and names every difference with the file. With --pdf, also says whether that printed record is the record of this file as it stands, or of an earlier state.</source>
        <translation>Reproduce el registro de auditoría y nombra cada diferencia con el archivo. Con --pdf, dice además si esa acta impresa es el acta de este archivo tal como está, o de un estado anterior.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="359"/>
        <source>write the archival PDF decision record</source>
        <translation>escribe el acta de decisión en PDF de archivo</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="360"/>
        <source>A record that fails verification is refused (exit 5) unless --force, which marks every page INTEGRITY CHECK FAILED.</source>
        <translation>Un acta que no supera la verificación se rechaza (salida 5) salvo con --force, que marca cada página VERIFICACIÓN DE INTEGRIDAD FALLIDA.</translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="362"/>
        <source>the output PDF is missing.</source>
        <translation>falta el PDF de salida.</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="111"/>
        <source>the page size is A4 or Letter, not &quot;%1&quot;.</source>
        <translation>el tamaño de página es A4 o Letter, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="115"/>
        <source>the PDF cannot replace the decision file itself.</source>
        <translation>el PDF no puede sustituir al propio archivo de decisión.</translation>
    </message>
    <message>
        <location filename="../app/cli/filecommands.cpp" line="127"/>
        <source>gonogo: %1 failed verification; no record was written (use --force to print it marked INTEGRITY CHECK FAILED):</source>
        <translation>gonogo: %1 no superó la verificación; no se escribió el acta (use --force para imprimirla marcada VERIFICACIÓN DE INTEGRIDAD FALLIDA):</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/filecommands.cpp" line="141"/>
        <source>Wrote %1: %n page(s).</source>
        <translation>
            <numerusform>Escrito %1: %n página.</numerusform>
            <numerusform>Escrito %1: %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/commandtable.cpp" line="219"/>
        <source>Exit 0 for GO WITH CAUTION too.</source>
        <translation>Salir con 0 también si GO CON PRECAUCIÓN.</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="76"/>
        <source>User Commands</source>
        <translation>Órdenes de usuario</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="79"/>
        <source>run the Go/No-Go meeting of a production launch and keep its signed record</source>
        <translation>dirige la reunión Go/No-Go de un lanzamiento a producción y guarda su acta firmada</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="81"/>
        <source>SYNOPSIS</source>
        <translation>SINOPSIS</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="82"/>
        <location filename="../app/cli/manpage.cpp" line="83"/>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="83"/>
        <source>COMMAND</source>
        <translation>ORDEN</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="84"/>
        <source>OPTIONS</source>
        <translation>OPCIONES</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="85"/>
        <source>DESCRIPTION</source>
        <translation>DESCRIPCIÓN</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="86"/>
        <source>Without a command, gonogo opens FILE (or the last file) in its window, where a launch team walks the readiness checklist, assesses the risks, records its decision and signs it.</source>
        <translation>Sin una orden, gonogo abre ARCHIVO (o el último archivo) en su ventana, donde un equipo de lanzamiento recorre la lista de control de preparación, evalúa los riesgos, registra su decisión y la firma.</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="89"/>
        <source>With a command it works without a display, on the same decision file and through the same rules as the window: every change is one transaction, audited, and refused whole when any part of it is wrong. Messages go to standard error and name the file and the problem; results go to standard output. Commands that only read never change a byte of the file.</source>
        <translation>Con una orden funciona sin pantalla, sobre el mismo archivo de decisión y con las mismas reglas que la ventana: cada cambio es una transacción, auditada y rechazada entera cuando cualquier parte es incorrecta. Los mensajes van a la salida de error estándar y nombran el archivo y el problema; los resultados van a la salida estándar. Las órdenes que solo leen nunca cambian un byte del archivo.</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="94"/>
        <source>COMMANDS</source>
        <translation>ÓRDENES</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="105"/>
        <source>EXIT STATUS</source>
        <translation>ESTADO DE SALIDA</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="109"/>
        <source>ENVIRONMENT</source>
        <translation>ENTORNO</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="111"/>
        <source>The language of messages and of the printed record (en or es); the system&apos;s language when unset.</source>
        <translation>El idioma de los mensajes y del acta impresa (en o es); el idioma del sistema si no está definida.</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="114"/>
        <source>SEE ALSO</source>
        <translation>VÉASE TAMBIÉN</translation>
    </message>
    <message>
        <location filename="../app/cli/manpage.cpp" line="115"/>
        <source>sqlite3(1); the decision file is an SQLite database that every command can check with &quot;gonogo verify&quot;.</source>
        <translation>sqlite3(1); el archivo de decisión es una base de datos SQLite que cualquier orden puede comprobar con «gonogo verify».</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="24"/>
        <source>Category %1</source>
        <translation>Categoría %1</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="29"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="60"/>
        <source>unknown clock action &quot;%1&quot;; use start, pause, next, previous or finish.</source>
        <translation>acción de reloj desconocida «%1»; use start, pause, next, previous o finish.</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="64"/>
        <source>--at goes with --clock.</source>
        <translation>--at va con --clock.</translation>
    </message>
    <message>
        <location filename="../app/cli/clisupport.cpp" line="55"/>
        <source>--at needs a time with its zone, e.g. 2026-11-27T14:05:00Z, not &quot;%1&quot;.</source>
        <translation>--at necesita una hora con su zona, p. ej. 2026-11-27T14:05:00Z, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="84"/>
        <source>%1: the agenda cannot %2 now (%3).</source>
        <translation>%1: el orden del día no puede hacer %2 ahora (%3).</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="86"/>
        <source>%1 is %2</source>
        <comment>step, state</comment>
        <translation>%1 está %2</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="89"/>
        <source>the meeting has ended</source>
        <translation>la reunión ha terminado</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="90"/>
        <source>no step is on</source>
        <translation>no hay ningún punto en curso</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="95"/>
        <source>%1: there is no step to go to.</source>
        <translation>%1: no hay ningún punto al que ir.</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="133"/>
        <source>Agenda: %1 min planned, %2 min held. %3</source>
        <translation>Orden del día: %1 min previstos, %2 min celebrados. %3</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="134"/>
        <source>Agenda: %1 min planned, %2 min so far. %3</source>
        <translation>Orden del día: %1 min previstos, %2 min hasta ahora. %3</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="140"/>
        <source>On now: %1 (%2, %3).</source>
        <translation>En curso: %1 (%2, %3).</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="146"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="146"/>
        <source>Step</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="147"/>
        <source>Shows</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="147"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="148"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="148"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="149"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="149"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="155"/>
        <location filename="../app/cli/meetingcommands.cpp" line="156"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/cli/launchcommands.cpp" line="99"/>
        <location filename="../app/cli/meetingcommands.cpp" line="163"/>
        <source>Times are UTC.</source>
        <translation>Las horas están en UTC.</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="173"/>
        <source>--comment and --name go with --answer.</source>
        <translation>--comment y --name van con --answer.</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="184"/>
        <source>--answer takes ROLE=GO, ROLE=GO-WITH-DISSENT or ROLE=NO-GO, not &quot;%1&quot;.</source>
        <translation>--answer admite ROL=GO, ROL=GO-WITH-DISSENT o ROL=NO-GO, no «%1».</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="203"/>
        <source>Poll: %1 answered %2.</source>
        <translation>Votación: %1 respondió %2.</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="245"/>
        <source>Roll-call poll: %1 of %2 answered.</source>
        <translation>Votación nominal: %1 de %2 han respondido.</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="257"/>
        <source>Tally: %1 GO, %2 GO WITH DISSENT, %3 NO-GO, %4 unanswered.</source>
        <translation>Recuento: %1 GO, %2 GO CON RESERVAS, %3 NO-GO, %4 sin respuesta.</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="261"/>
        <source>Recommendation: %1.</source>
        <translation>Recomendación: %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="264"/>
        <source>The poll disagrees with the recommendation: a rationale is needed before the decision is recorded (--rationale).</source>
        <translation>La votación discrepa de la recomendación: hace falta una justificación antes de registrar la decisión (--rationale).</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="266"/>
        <source>The poll disagrees with the recommendation. Rationale: %1</source>
        <translation>La votación discrepa de la recomendación. Justificación: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/meetingcommands.cpp" line="270"/>
        <source>The poll agrees with the recommendation.</source>
        <translation>La votación coincide con la recomendación.</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="37"/>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="64"/>
        <source>%1 is ready for GoNoGo decisions.</source>
        <translation>%1 está listo para decisiones de GoNoGo.</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="75"/>
        <source>--role is required (facilitator, stakeholder or auditor).</source>
        <translation>--role es obligatorio (facilitator, stakeholder o auditor).</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="83"/>
        <source>--stakeholder takes the number gonogo stakeholders shows, not &quot;%1&quot;.</source>
        <translation>--stakeholder lleva el número que muestra gonogo stakeholders, no &quot;%1&quot;.</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="90"/>
        <source>%1 is now a stakeholder of %2, signing as stakeholder %3.</source>
        <translation>%1 es ahora parte interesada de %2 y firma como la parte interesada %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="92"/>
        <source>%1 is now %2 on %3.</source>
        <translation>%1 es ahora %2 en %3.</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="121"/>
        <source>No decisions on %1 yet.</source>
        <translation>Todavía no hay decisiones en %1.</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="127"/>
        <source>(being created)</source>
        <translation>(en creación)</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="127"/>
        <source>(no access)</source>
        <translation>(sin acceso)</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="131"/>
        <source>no decision recorded</source>
        <translation>sin decisión registrada</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="132"/>
        <source>FINAL</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <location filename="../app/cli/servercommands.cpp" line="133"/>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/servercommands.cpp" line="138"/>
        <source>%n sign-off(s)</source>
        <translation>
            <numerusform>%n firma</numerusform>
            <numerusform>%n firmas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::ClockStrip</name>
    <message>
        <location filename="../views/meetingpanel.cpp" line="422"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="423"/>
        <source>Step %1 of %2: %3 · %4 · %5</source>
        <translation>Punto %1 de %2: %3 · %4 · %5</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="421"/>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
</context>
<context>
    <name>gonogo::DecisionDialog</name>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="43"/>
        <source>Record the decision</source>
        <translation>Registrar la decisión</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="48"/>
        <source>Why the meeting decided this</source>
        <translation>Por qué la reunión decidió esto</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="49"/>
        <source>Why the decision departs from the recommendation</source>
        <translation>Por qué la decisión se aparta de la recomendación</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="59"/>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="59"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="59"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="77"/>
        <source>Add Condition</source>
        <translation>Añadir condición</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="78"/>
        <source>Remove Condition</source>
        <translation>Quitar condición</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="96"/>
        <source>Conditions of GO WITH CAUTION (each with an owner and a due date):</source>
        <translation>Condiciones del GO CON PRECAUCIÓN (cada una con responsable y fecha límite):</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="101"/>
        <source>The recommendation from the scores and risks is %1.</source>
        <translation>La recomendación según puntuaciones y riesgos es %1.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="107"/>
        <source>&amp;Decision</source>
        <translation>&amp;Decisión</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="108"/>
        <source>&amp;Rationale</source>
        <translation>&amp;Justificación</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="110"/>
        <source>&amp;Override rationale</source>
        <translation>Justificación de la &amp;excepción</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="113"/>
        <source>Record Decision</source>
        <translation>Registrar decisión</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="121"/>
        <source>Recording a decision changes the record: sign-offs given before it become STALE.</source>
        <translation>Registrar una decisión cambia el acta: las firmas anteriores pasan a estar OBSOLETAS.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="143"/>
        <source>This departs from the recommendation (%1): the override rationale is required and is printed in the record.</source>
        <translation>Esto se aparta de la recomendación (%1): la justificación de la excepción es obligatoria y se imprime en el acta.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="174"/>
        <source>Write the rationale for the decision.</source>
        <translation>Escriba la justificación de la decisión.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="177"/>
        <source>The decision departs from the recommendation: write the override rationale.</source>
        <translation>La decisión se aparta de la recomendación: escriba la justificación de la excepción.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="181"/>
        <source>GO WITH CAUTION needs at least one condition.</source>
        <translation>GO CON PRECAUCIÓN necesita al menos una condición.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="185"/>
        <source>The condition &quot;%1&quot; needs an owner.</source>
        <translation>La condición «%1» necesita un responsable.</translation>
    </message>
</context>
<context>
    <name>gonogo::DecisionDocument</name>
    <message>
        <location filename="../models/decisiondocument.cpp" line="189"/>
        <location filename="../models/decisiondocument.cpp" line="214"/>
        <source>There is no checklist item %1.</source>
        <translation>No existe el elemento %1.</translation>
    </message>
    <message>
        <location filename="../models/decisiondocument.cpp" line="327"/>
        <location filename="../models/decisiondocument.cpp" line="343"/>
        <source>the decision</source>
        <translation>la decisión</translation>
    </message>
    <message>
        <location filename="../models/decisiondocument.cpp" line="352"/>
        <location filename="../models/decisiondocument.cpp" line="368"/>
        <location filename="../models/decisiondocument.cpp" line="378"/>
        <location filename="../models/decisiondocument.cpp" line="387"/>
        <location filename="../models/decisiondocument.cpp" line="396"/>
        <source>the stakeholders</source>
        <translation>las partes interesadas</translation>
    </message>
    <message>
        <location filename="../models/commands/itemcommands.cpp" line="17"/>
        <source>Set %1 to %2</source>
        <translation>Marcar %1 como %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/commands/itemcommands.cpp" line="18"/>
        <source>Set %n item(s) to %1</source>
        <translation>
            <numerusform>Marcar %n elemento como %1</numerusform>
            <numerusform>Marcar %n elementos como %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/commands/itemcommands.cpp" line="25"/>
        <source>Edit owner of %1</source>
        <translation>Editar responsable de %1</translation>
    </message>
    <message>
        <location filename="../models/commands/itemcommands.cpp" line="27"/>
        <source>Edit evidence of %1</source>
        <translation>Editar evidencia de %1</translation>
    </message>
    <message>
        <location filename="../models/commands/itemcommands.cpp" line="31"/>
        <source>Edit notes of %1</source>
        <translation>Editar notas de %1</translation>
    </message>
    <message>
        <location filename="../models/decisiondocument.cpp" line="271"/>
        <source>%1 fails verification, so nothing can be changed in it: %2. &quot;gonogo verify&quot; lists every problem.</source>
        <translation>%1 no supera la verificación, así que no se puede cambiar nada en él: %2. «gonogo verify» lista todos los problemas.</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentrisks.cpp" line="28"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="58"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="75"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="92"/>
        <source>risk %1</source>
        <translation>el riesgo %1</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentrisks.cpp" line="73"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="165"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="174"/>
        <location filename="../models/decisiondocumentrisks.cpp" line="183"/>
        <source>There is no risk %1.</source>
        <translation>No existe el riesgo %1.</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentrisks.cpp" line="117"/>
        <source>the risk matrix</source>
        <translation>la matriz de riesgos</translation>
    </message>
    <message>
        <location filename="../models/decisiondocument.cpp" line="425"/>
        <location filename="../models/decisiondocument.cpp" line="437"/>
        <location filename="../models/decisiondocument.cpp" line="450"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="113"/>
        <source>There is no stakeholder %1.</source>
        <translation>No existe la persona %1.</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="65"/>
        <source>Add risk %1</source>
        <translation>Añadir riesgo %1</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="38"/>
        <source>Set risk %1 to %2</source>
        <translation>Marcar riesgo %1 como %2</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="41"/>
        <source>Move risk %1 to %2 likelihood, %3 impact</source>
        <translation>Mover riesgo %1 a probabilidad %2, impacto %3</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="45"/>
        <source>Edit risk %1</source>
        <translation>Editar riesgo %1</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="51"/>
        <source>Add risk</source>
        <translation>Añadir riesgo</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="77"/>
        <source>Delete risk %1</source>
        <translation>Eliminar riesgo %1</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="82"/>
        <source>Link risk %1 to checklist items</source>
        <translation>Vincular riesgo %1 a elementos de la lista</translation>
    </message>
    <message>
        <location filename="../models/commands/riskcommands.cpp" line="88"/>
        <source>Change the risk matrix</source>
        <translation>Cambiar la matriz de riesgos</translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="16"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="23"/>
        <source>Record the decision %1</source>
        <translation>Registrar la decisión %1</translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="42"/>
        <location filename="../models/commands/recordcommands.cpp" line="57"/>
        <source>Add %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="62"/>
        <source>Edit %1</source>
        <translation>Editar a %1</translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="68"/>
        <source>Move %1 to place %2</source>
        <translation>Mover a %1 al puesto %2</translation>
    </message>
    <message>
        <location filename="../models/commands/recordcommands.cpp" line="74"/>
        <source>Remove %1</source>
        <translation>Quitar a %1</translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="17"/>
        <source>Add the agenda step &quot;%1&quot;</source>
        <translation>Añadir el punto «%1» al orden del día</translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="36"/>
        <source>Change the agenda step &quot;%1&quot;</source>
        <translation>Cambiar el punto «%1» del orden del día</translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="42"/>
        <source>Move the agenda step &quot;%1&quot;</source>
        <translation>Mover el punto «%1» del orden del día</translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="48"/>
        <source>Remove the agenda step &quot;%1&quot;</source>
        <translation>Quitar el punto «%1» del orden del día</translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="55"/>
        <source>Poll: %1 answers %2</source>
        <translation>Votación: %1 responde %2</translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="56"/>
        <source>Poll: take back the answer of %1</source>
        <translation>Votación: retirar la respuesta de %1</translation>
    </message>
    <message>
        <location filename="../models/commands/meetingcommands.cpp" line="78"/>
        <source>Poll rationale</source>
        <translation>Justificación de la votación</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentmeeting.cpp" line="28"/>
        <source>the poll answer of %1</source>
        <translation>la respuesta de %1 a la votación</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentmeeting.cpp" line="57"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="174"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="190"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="199"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="208"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="217"/>
        <source>the agenda</source>
        <translation>el orden del día</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentmeeting.cpp" line="78"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="91"/>
        <location filename="../models/decisiondocumentmeeting.cpp" line="104"/>
        <source>There is no agenda step %1.</source>
        <translation>No existe el punto %1 del orden del día.</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentmeeting.cpp" line="251"/>
        <source>the poll&apos;s rationale</source>
        <translation>la justificación de la votación</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentserver.cpp" line="69"/>
        <source>%1 is offline (%2): nothing can be changed until the connection is back. GoNoGo reconnects by itself.</source>
        <translation>%1 está sin conexión (%2): no se puede cambiar nada hasta que vuelva la conexión. GoNoGo se reconecta solo.</translation>
    </message>
    <message>
        <location filename="../models/serverwatch.cpp" line="130"/>
        <location filename="../models/serverwatch.cpp" line="168"/>
        <source>the server does not answer</source>
        <translation>el servidor no responde</translation>
    </message>
    <message>
        <location filename="../models/serverwatch.cpp" line="184"/>
        <source>%1 cannot be reached (%2)</source>
        <translation>no se puede llegar a %1 (%2)</translation>
    </message>
    <message>
        <location filename="../models/serverwatch.cpp" line="190"/>
        <source>%1 does not answer on port %2</source>
        <translation>%1 no responde en el puerto %2</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentlaunch.cpp" line="33"/>
        <source>the follow-up of condition %1</source>
        <translation>el seguimiento de la condición %1</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentlaunch.cpp" line="76"/>
        <location filename="../models/decisiondocumentlaunch.cpp" line="84"/>
        <location filename="../models/decisiondocumentlaunch.cpp" line="94"/>
        <location filename="../models/decisiondocumentlaunch.cpp" line="102"/>
        <location filename="../models/decisiondocumentlaunch.cpp" line="112"/>
        <source>the launch</source>
        <translation>el lanzamiento</translation>
    </message>
    <message>
        <location filename="../models/decisiondocumentlaunch.cpp" line="125"/>
        <source>metric %1</source>
        <translation>la métrica %1</translation>
    </message>
</context>
<context>
    <name>gonogo::DecisionEngine</name>
    <message>
        <location filename="../models/engine.cpp" line="115"/>
        <source>The checklist has no items.</source>
        <translation>La lista de control no tiene elementos.</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="123"/>
        <source>Critical score %1% is below the required %2% (%3 of %4 critical items PASS).</source>
        <translation>La puntuación crítica %1% está por debajo del %2% exigido (%3 de %4 elementos críticos superados).</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="131"/>
        <source>Critical item %1 &quot;%2&quot; is %3.</source>
        <translation>El elemento crítico %1 «%2» está %3.</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="140"/>
        <source>Total score %1% is below the %2% minimum (%3 of %4 items PASS).</source>
        <translation>La puntuación total %1% está por debajo del mínimo del %2% (%3 de %4 elementos superados).</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="149"/>
        <source>Total score %1% is below the %2% needed for GO (%3 of %4 items PASS).</source>
        <translation>La puntuación total %1% está por debajo del %2% necesario para GO (%3 de %4 elementos superados).</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="167"/>
        <source>Accepted red risk %1 &quot;%2&quot; remains.</source>
        <translation>Sigue vigente el riesgo rojo aceptado %1 «%2».</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="168"/>
        <source>Accepted yellow risk %1 &quot;%2&quot; remains.</source>
        <translation>Sigue vigente el riesgo amarillo aceptado %1 «%2».</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="179"/>
        <source>Open red risk %1 &quot;%2&quot; (likelihood %3, impact %4).</source>
        <translation>Riesgo rojo abierto %1 «%2» (probabilidad %3, impacto %4).</translation>
    </message>
    <message>
        <location filename="../models/engine.cpp" line="185"/>
        <source>Open yellow risk %1 &quot;%2&quot; (likelihood %3, impact %4).</source>
        <translation>Riesgo amarillo abierto %1 «%2» (probabilidad %3, impacto %4).</translation>
    </message>
</context>
<context>
    <name>gonogo::Domain</name>
    <message>
        <location filename="../models/domain.cpp" line="156"/>
        <source>PASS</source>
        <translation>SUPERADO</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="158"/>
        <source>PARTIAL</source>
        <translation>PARCIAL</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="160"/>
        <source>FAIL</source>
        <translation>FALLIDO</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="164"/>
        <source>PENDING</source>
        <translation>PENDIENTE</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="171"/>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="173"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="177"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="186"/>
        <source>Critical</source>
        <comment>impact</comment>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="188"/>
        <source>High</source>
        <comment>impact</comment>
        <translation>Alto</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="190"/>
        <source>Medium</source>
        <comment>impact</comment>
        <translation>Medio</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="194"/>
        <source>Low</source>
        <comment>impact</comment>
        <translation>Bajo</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="201"/>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="203"/>
        <source>Accepted</source>
        <translation>Aceptado</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="207"/>
        <source>Mitigated</source>
        <translation>Mitigado</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="214"/>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="216"/>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="220"/>
        <source>Green</source>
        <translation>Verde</translation>
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
        <translation>GO CON PRECAUCIÓN</translation>
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
        <translation>Vigente</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="255"/>
        <source>Stale</source>
        <translation>Obsoleta</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="259"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="266"/>
        <source>Concur</source>
        <translation>Conforme</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="268"/>
        <source>Concur with dissent</source>
        <translation>Conforme con reservas</translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="272"/>
        <source>Non-concur</source>
        <translation>No conforme</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="87"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="89"/>
        <source>One category</source>
        <translation>Una categoría</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="91"/>
        <source>Critical items</source>
        <translation>Elementos críticos</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="93"/>
        <source>Items not passed</source>
        <translation>Elementos no superados</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="95"/>
        <source>Risk matrix</source>
        <translation>Matriz de riesgos</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="97"/>
        <source>Roll-call poll</source>
        <translation>Votación nominal</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="101"/>
        <source>Sign-off</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="108"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="110"/>
        <source>Running</source>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="112"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="116"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location filename="../models/meetingrun.cpp" line="125"/>
        <source>GO WITH DISSENT</source>
        <translation>GO CON RESERVAS</translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="96"/>
        <source>Pending</source>
        <comment>runbook step</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="98"/>
        <location filename="../models/launchrun.cpp" line="132"/>
        <source>Done</source>
        <comment>runbook step</comment>
        <translation>Hecho</translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="102"/>
        <location filename="../models/launchrun.cpp" line="136"/>
        <source>Failed</source>
        <comment>runbook step</comment>
        <translation>Fallido</translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="109"/>
        <source>Not started</source>
        <comment>launch</comment>
        <translation>Sin empezar</translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="111"/>
        <source>Running</source>
        <comment>launch</comment>
        <translation>En curso</translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="113"/>
        <source>Live</source>
        <comment>launch</comment>
        <translation>En producción</translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="115"/>
        <source>Aborted</source>
        <comment>launch</comment>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="119"/>
        <source>Rolled back</source>
        <comment>launch</comment>
        <translation>Marcha atrás</translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="126"/>
        <source>Not due</source>
        <comment>runbook step</comment>
        <translation>Aún no toca</translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="128"/>
        <source>Due now</source>
        <comment>runbook step</comment>
        <translation>Toca ahora</translation>
    </message>
    <message>
        <location filename="../models/launchrun.cpp" line="130"/>
        <source>Late</source>
        <comment>runbook step</comment>
        <translation>Con retraso</translation>
    </message>
</context>
<context>
    <name>gonogo::ItemDetailPanel</name>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="39"/>
        <source>Select a checklist item to see and edit its details.</source>
        <translation>Seleccione un elemento de la lista para ver y editar sus detalles.</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="54"/>
        <source>Links, report names, test runs that prove this item</source>
        <translation>Enlaces, informes, ejecuciones de pruebas que demuestran este elemento</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="55"/>
        <source>Notes for the meeting</source>
        <translation>Notas para la reunión</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="56"/>
        <source>Who is accountable</source>
        <translation>Quién responde</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="59"/>
        <location filename="../views/itemdetailpanel.cpp" line="94"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="60"/>
        <location filename="../views/itemdetailpanel.cpp" line="96"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="61"/>
        <location filename="../views/itemdetailpanel.cpp" line="98"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="67"/>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="69"/>
        <source>Press %1 in the checklist to set the selected items to %2.</source>
        <translation>Pulse %1 en la lista para marcar los elementos seleccionados como %2.</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="72"/>
        <source>Set status to %1</source>
        <translation>Cambiar el estado a %1</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="90"/>
        <source>Evidence required</source>
        <translation>Evidencia exigida</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="92"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="161"/>
        <source>Editing... saved when you pause</source>
        <translation>Editando... se guarda al hacer una pausa</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="190"/>
        <source>Not saved: the file refused the change.</source>
        <translation>No guardado: el archivo rechazó el cambio.</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="196"/>
        <source>All changes saved to the file.</source>
        <translation>Todos los cambios están guardados en el archivo.</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="214"/>
        <source>%1 · %2 · CRITICAL</source>
        <translation>%1 · %2 · CRÍTICO</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="214"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="224"/>
        <source>Not specified.</source>
        <translation>Sin especificar.</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="252"/>
        <source>Last changed %1 by %2</source>
        <translation>Último cambio %1 por %2</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="253"/>
        <source>d MMM yyyy HH:mm</source>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <location filename="../views/itemdetailpanel.cpp" line="254"/>
        <source>Not changed since the file was created.</source>
        <translation>Sin cambios desde que se creó el archivo.</translation>
    </message>
</context>
<context>
    <name>gonogo::KeyboardMap</name>
    <message>
        <location filename="../views/keyboardmap.cpp" line="18"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>gonogo::LaunchPanel</name>
    <message>
        <location filename="../views/launchpanel.cpp" line="74"/>
        <source>S&amp;tart Launch...</source>
        <translation>Empe&amp;zar lanzamiento...</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="74"/>
        <source>Step &amp;Done</source>
        <translation>Paso &amp;hecho</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="75"/>
        <source>Step F&amp;ailed...</source>
        <translation>Paso &amp;fallido...</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="75"/>
        <source>G&amp;o Live...</source>
        <translation>&amp;Poner en marcha...</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="76"/>
        <source>Roll &amp;Back...</source>
        <translation>&amp;Marcha atrás...</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Due</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Recorded</source>
        <translation>Registrado</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="89"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="96"/>
        <source>Launch runbook</source>
        <translation>Runbook del lanzamiento</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="202"/>
        <source>The launch has not started</source>
        <translation>El lanzamiento no ha empezado</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="206"/>
        <source>T-%1 min to go-live (planned %2)</source>
        <translation>T-%1 min para la puesta en marcha (prevista a las %2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/launchpanel.cpp" line="207"/>
        <source>Go-live %n min late (planned %1)</source>
        <translation>
            <numerusform>Puesta en marcha con %n min de retraso (prevista a las %1)</numerusform>
            <numerusform>Puesta en marcha con %n min de retraso (prevista a las %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/launchpanel.cpp" line="211"/>
        <source>LIVE for %n min, since %1</source>
        <translation>
            <numerusform>EN PRODUCCIÓN desde hace %n min, desde las %1</numerusform>
            <numerusform>EN PRODUCCIÓN desde hace %n min, desde las %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="217"/>
        <source>%1 at %2 on %3</source>
        <translation>%1 a las %2 por %3</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="231"/>
        <source>Trigger: %1. Why (%2): %3</source>
        <translation>Disparador: %1. Motivo (%2): %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/launchpanel.cpp" line="239"/>
        <source>late %n min</source>
        <translation>
            <numerusform>%n min de retraso</numerusform>
            <numerusform>%n min de retraso</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="241"/>
        <source>due %1</source>
        <translation>previsto a las %1</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="243"/>
        <source>Now: %1 %2 · %3 · %4</source>
        <translation>Ahora: %1 %2 · %3 · %4</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="245"/>
        <source>Check: %1. Roll back if: %2.</source>
        <translation>Comprobar: %1. Marcha atrás si: %2.</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="246"/>
        <source>Check: %1.</source>
        <translation>Comprobar: %1.</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="249"/>
        <source>It starts from the signed decision: S starts T-60, and go-live is planned an hour later.</source>
        <translation>Parte de la decisión firmada: S empieza T-60, y la puesta en marcha se prevé una hora después.</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="253"/>
        <source>Every step is done: the launch is handed over to monitoring.</source>
        <translation>Todos los pasos están hechos: el lanzamiento pasa a monitorización.</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="280"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="310"/>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="315"/>
        <source> min from go-live</source>
        <translation> min desde la puesta en marcha</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="320"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="326"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="338"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="339"/>
        <source>&amp;Offset:</source>
        <translation>&amp;Desfase:</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="340"/>
        <source>&amp;Minutes:</source>
        <translation>&amp;Minutos:</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="341"/>
        <source>O&amp;wner role:</source>
        <translation>&amp;Rol responsable:</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="342"/>
        <source>&amp;Validation:</source>
        <translation>&amp;Validación:</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="343"/>
        <source>Rollback &amp;trigger:</source>
        <translation>Disparador de &amp;marcha atrás:</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="368"/>
        <source>Start the launch</source>
        <translation>Empezar el lanzamiento</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="369"/>
        <source>Start the launch now? T-60 begins, and go-live is planned one hour from now.</source>
        <translation>¿Empezar el lanzamiento ahora? Empieza T-60, y la puesta en marcha se prevé dentro de una hora.</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="392"/>
        <source>Step failed</source>
        <translation>Paso fallido</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="392"/>
        <source>What did %1 show? (kept in the record)</source>
        <translation>¿Qué mostró %1? (queda en el acta)</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="409"/>
        <source>Go live</source>
        <translation>Poner en marcha</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="409"/>
        <source>Record the traffic cutover now, as the actual T+0?</source>
        <translation>¿Registrar ahora el paso del tráfico como el T+0 real?</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="422"/>
        <source>Roll back the launch</source>
        <translation>Marcha atrás del lanzamiento</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="422"/>
        <source>Abort the launch</source>
        <translation>Cancelar el lanzamiento</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="328"/>
        <location filename="../views/launchpanel.cpp" line="425"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="76"/>
        <source>Edit Ste&amp;p...</source>
        <translation>Edi&amp;tar paso...</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="85"/>
        <source>S: start · D: the selected step is done · F: it failed · G: go live · R: roll back · E: change the step&apos;s plan, before the start</source>
        <translation>S: empezar · D: el paso elegido está hecho · F: ha fallado · G: puesta en marcha · R: marcha atrás · E: cambiar el plan del paso, antes de empezar</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="433"/>
        <source>What was seen, and why it meets the trigger (printed in the record)</source>
        <translation>Lo que se observó y por qué cumple el disparador (se imprime en el acta)</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="435"/>
        <source>Roll Back</source>
        <translation>Marcha atrás</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="435"/>
        <source>Abort</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="443"/>
        <source>&amp;Trigger:</source>
        <translation>&amp;Disparador:</translation>
    </message>
    <message>
        <location filename="../views/launchpanel.cpp" line="444"/>
        <source>&amp;Why:</source>
        <translation>&amp;Por qué:</translation>
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
        <translation>Contraseña del servidor</translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="34"/>
        <source>The password for %1 (kept only while GoNoGo runs):</source>
        <translation>La contraseña de %1 (se guarda solo mientras GoNoGo está abierto):</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="94"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="95"/>
        <source>&amp;New Decision...</source>
        <translation>&amp;Nueva decisión...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="96"/>
        <source>New from C&amp;hecklist File...</source>
        <translation>Nuevo desde un archivo de &amp;lista...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="97"/>
        <source>&amp;Open...</source>
        <translation>&amp;Abrir...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="98"/>
        <source>Open &amp;from Server...</source>
        <translation>Abrir desde el servi&amp;dor...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="100"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="102"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="109"/>
        <source>Save &amp;As...</source>
        <translation>&amp;Guardar como...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="110"/>
        <source>&amp;Export Decision Record...</source>
        <translation>&amp;Exportar acta de decisión...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="112"/>
        <source>Export Chec&amp;klist...</source>
        <translation>E&amp;xportar lista de control...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="114"/>
        <source>Print Pre&amp;view...</source>
        <translation>&amp;Vista previa de impresión...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="115"/>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="116"/>
        <source>Page &amp;Size</source>
        <translation>&amp;Tamaño de página</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="120"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="120"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="133"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="135"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="136"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="138"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="150"/>
        <source>&amp;Find in Checklist</source>
        <translation>&amp;Buscar en la lista</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="157"/>
        <source>Prefere&amp;nces...</source>
        <translation>Pre&amp;ferencias...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="160"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="161"/>
        <source>&amp;Critical Items Only</source>
        <translation>Solo elementos &amp;críticos</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="169"/>
        <source>Items &amp;Not PASS Only</source>
        <translation>Solo elementos &amp;no superados</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="177"/>
        <source>Show &amp;All Items</source>
        <translation>Mostrar &amp;todos los elementos</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="184"/>
        <source>C&amp;hecklist</source>
        <translation>&amp;Lista de control</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="191"/>
        <location filename="../app/mainwindow.cpp" line="252"/>
        <source>&amp;Risks</source>
        <translation>&amp;Riesgos</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="198"/>
        <source>&amp;Sign-off</source>
        <translation>&amp;Firmas</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="206"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="208"/>
        <source>Zoom &amp;Out</source>
        <translation>Re&amp;ducir</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="210"/>
        <source>Actual Si&amp;ze</source>
        <translation>Tamaño nor&amp;mal</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="212"/>
        <source>Hi&amp;gh Contrast</source>
        <translation>Alto contra&amp;ste</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="215"/>
        <source>Black on white, with the darkest status colours</source>
        <translation>Negro sobre blanco, con los colores de estado más oscuros</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="218"/>
        <source>&amp;Full Screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="221"/>
        <source>&amp;Presentation Mode</source>
        <translation>Modo pr&amp;esentación</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="224"/>
        <source>Full screen in large type for the room; Esc leaves</source>
        <translation>Pantalla completa con letra grande para la sala; Esc sale</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="226"/>
        <source>Room&apos;s View on a Secon&amp;d Screen</source>
        <translation>&amp;Vista de la sala en otra pantalla</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="229"/>
        <source>With two screens, presentation mode shows the room&apos;s view on the other one and keeps this one as the presenter console</source>
        <translation>Con dos pantallas, el modo presentación muestra la vista de la sala en la otra y deja esta como consola de quien presenta</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="250"/>
        <source>&amp;Status</source>
        <translation>E&amp;stado</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="253"/>
        <source>&amp;Add Risk...</source>
        <translation>Aña&amp;dir riesgo...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="260"/>
        <source>&amp;Raise Risk from Item...</source>
        <translation>&amp;Crear riesgo a partir del elemento...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="268"/>
        <source>Raise a risk from the selected FAIL or PARTIAL item, linked to it</source>
        <translation>Crear un riesgo a partir del elemento FALLIDO o PARCIAL seleccionado, vinculado a él</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="269"/>
        <source>Matrix &amp;Levels...</source>
        <translation>&amp;Niveles de la matriz...</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="281"/>
        <source>User &amp;Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="284"/>
        <source>&amp;About GoNoGo</source>
        <translation>Acerca &amp;de GoNoGo</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/teamactions.cpp" line="50"/>
        <source>Changed by someone else: %1 and %n more.</source>
        <translation>
            <numerusform>Cambiado por otra persona: %1 y %n más.</numerusform>
            <numerusform>Cambiado por otra persona: %1 y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="51"/>
        <source>Changed by someone else: %1.</source>
        <translation>Cambiado por otra persona: %1.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="562"/>
        <source>%1 on %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="66"/>
        <source>Back online: the decision was read again from the server.</source>
        <translation>Conexión recuperada: la decisión se ha vuelto a leer del servidor.</translation>
    </message>
    <message>
        <location filename="../app/teamactions.cpp" line="71"/>
        <source>OFFLINE: the connection to the server was lost (%1). What is shown may be out of date, and changes are refused until the connection is back; GoNoGo reconnects by itself.</source>
        <translation>SIN CONEXIÓN: se perdió la conexión con el servidor (%1). Lo que se muestra puede no estar al día, y los cambios se rechazan hasta que vuelva la conexión; GoNoGo se reconecta solo.</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="60"/>
        <source>Agenda (%1)</source>
        <translation>Orden del día (%1)</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="61"/>
        <source>Poll (%1 of %2 answered)</source>
        <translation>Votación (%1 de %2 han respondido)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="358"/>
        <source>In lists and tables</source>
        <translation>En listas y tablas</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="359"/>
        <location filename="../app/mainwindowview.cpp" line="373"/>
        <source>Up, Down</source>
        <translation>Arriba, Abajo</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="359"/>
        <source>Move through the list, the register or the sign-off table</source>
        <translation>Moverse por la lista, el registro o la tabla de firmas</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="360"/>
        <source>Shift+Up, Shift+Down</source>
        <translation>Mayús+Arriba, Mayús+Abajo</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="360"/>
        <source>Select several items, then 1-4 sets them all</source>
        <translation>Seleccionar varios elementos; luego 1-4 los cambia todos</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="361"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="361"/>
        <source>Leave the list or table for the next field</source>
        <translation>Salir de la lista o tabla al campo siguiente</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="362"/>
        <source>Down, Enter</source>
        <translation>Abajo, Intro</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="362"/>
        <source>From the search box to the first item found</source>
        <translation>Del cuadro de búsqueda al primer elemento encontrado</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="363"/>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="363"/>
        <source>Sign for the selected person; filter the register by the matrix cell; go to the category</source>
        <translation>Firmar por la persona seleccionada; filtrar el registro por la celda de la matriz; ir a la categoría</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="365"/>
        <source>O, E</source>
        <translation>O, E</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="365"/>
        <source>Type the owner or the evidence of the current item</source>
        <translation>Escribir el responsable o la evidencia del elemento actual</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="366"/>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="366"/>
        <source>Move between the matrix cells</source>
        <translation>Moverse entre las celdas de la matriz</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="367"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="367"/>
        <source>Leave presentation mode or full screen; show every risk again</source>
        <translation>Salir del modo presentación o de la pantalla completa; volver a mostrar todos los riesgos</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="368"/>
        <source>In the roll-call poll</source>
        <translation>En la votación nominal</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="369"/>
        <location filename="../app/mainwindowview.cpp" line="379"/>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="369"/>
        <source>The person called answers GO</source>
        <translation>La persona llamada responde GO</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="370"/>
        <location filename="../app/mainwindowview.cpp" line="377"/>
        <source>D</source>
        <translation>D</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="370"/>
        <source>The person called answers GO WITH DISSENT</source>
        <translation>La persona llamada responde GO CON RESERVAS</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="371"/>
        <location filename="../app/mainwindowview.cpp" line="388"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="371"/>
        <source>The person called answers NO-GO</source>
        <translation>La persona llamada responde NO-GO</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="372"/>
        <source>C, then Enter</source>
        <translation>C, y luego Intro</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="372"/>
        <source>Type the comment that goes with the next answer</source>
        <translation>Escribir el comentario que acompaña a la siguiente respuesta</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="373"/>
        <source>Call someone else</source>
        <translation>Llamar a otra persona</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="374"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Intro</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="374"/>
        <source>Save the rationale</source>
        <translation>Guardar la justificación</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="375"/>
        <source>In the launch runbook</source>
        <translation>En el runbook del lanzamiento</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="376"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="376"/>
        <source>Start the launch (from a signed GO or GO WITH CAUTION)</source>
        <translation>Empezar el lanzamiento (desde un GO o GO CON PRECAUCIÓN firmado)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="377"/>
        <source>The selected step is done</source>
        <translation>El paso elegido está hecho</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="378"/>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="378"/>
        <source>The selected step failed: say what was seen</source>
        <translation>El paso elegido falló: decir lo que se observó</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="379"/>
        <source>Go live: record the traffic cutover</source>
        <translation>Poner en marcha: registrar el paso del tráfico</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="380"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="380"/>
        <source>Abort or roll back on a trigger, with the reason</source>
        <translation>Cancelar o dar marcha atrás por un disparador, con el motivo</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="381"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="381"/>
        <source>Change the selected step&apos;s plan, before the launch starts</source>
        <translation>Cambiar el plan del paso elegido, antes de que empiece el lanzamiento</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="382"/>
        <source>In monitoring and reviews</source>
        <translation>En monitorización y revisiones</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="383"/>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="383"/>
        <source>Add a reading by hand</source>
        <translation>Añadir una lectura a mano</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="384"/>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="384"/>
        <source>Import readings from a monitoring export (CSV or JSON)</source>
        <translation>Importar lecturas de una exportación de monitorización (CSV o JSON)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="385"/>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="385"/>
        <source>Change the selected metric&apos;s threshold</source>
        <translation>Cambiar el umbral de la métrica elegida</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="386"/>
        <source>W</source>
        <translation>W</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="386"/>
        <source>Record the review that is due (and declare STABLE from T+48h)</source>
        <translation>Registrar la revisión que toca (y declarar ESTABLE desde T+48h)</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="387"/>
        <source>C, Y</source>
        <translation>C, Y</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="387"/>
        <source>Close or carry the selected condition</source>
        <translation>Cerrar o traspasar la condición elegida</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="388"/>
        <source>Sign the STABLE declaration</source>
        <translation>Firmar la declaración de ESTABLE</translation>
    </message>
    <message>
        <location filename="../app/mainwindowview.cpp" line="140"/>
        <source>Zoom %1%</source>
        <translation>Zoom %1%</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="200"/>
        <source>Open a decision file, or start a new one from the P020 readiness template.</source>
        <translation>Abra un archivo de decisión o empiece uno nuevo con la plantilla de preparación P020.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="201"/>
        <source>Open a decision file, or start a new one from %1.</source>
        <translation>Abra un archivo de decisión o empiece uno nuevo a partir de %1.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="207"/>
        <source>Open Decision File...</source>
        <translation>Abrir archivo de decisión...</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="230"/>
        <source>No decision file is open.</source>
        <translation>No hay ningún archivo de decisión abierto.</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="443"/>
        <source>Why %1</source>
        <translation>Por qué %1</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="76"/>
        <source>Opened after a problem</source>
        <translation>Abierto tras un problema</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="118"/>
        <source>the P020 readiness template</source>
        <translation>la plantilla de preparación P020</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="120"/>
        <source>Launch name (from %1):</source>
        <translation>Nombre del lanzamiento (a partir de %1):</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="140"/>
        <source>Checklists (%1)</source>
        <translation>Listas de control (%1)</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="49"/>
        <source>Checklist</source>
        <translation>Lista de control</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="50"/>
        <location filename="../app/audienceactions.cpp" line="57"/>
        <source>Risks (%1)</source>
        <translation>Riesgos (%1)</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="51"/>
        <source>Sign-off (%1/%2)</source>
        <translation>Firmas (%1/%2)</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="56"/>
        <source>Checklist (%1 of %2 PASS)</source>
        <translation>Lista de control (%1 de %2 superados)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="277"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="278"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="38"/>
        <source>step %1 of %2</source>
        <translation>punto %1 de %2</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="39"/>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="40"/>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="44"/>
        <source>After go-live (STABLE)</source>
        <translation>Tras la puesta en marcha (ESTABLE)</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="46"/>
        <source>After go-live (not live)</source>
        <translation>Tras la puesta en marcha (sin poner en marcha)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/audienceactions.cpp" line="47"/>
        <source>After go-live (%n breach(es))</source>
        <translation>
            <numerusform>Tras la puesta en marcha (%n fuera de umbral)</numerusform>
            <numerusform>Tras la puesta en marcha (%n fuera de umbral)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="51"/>
        <location filename="../app/audienceactions.cpp" line="58"/>
        <source>Sign-off (FINAL)</source>
        <translation>Firmas (FINAL)</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="52"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="53"/>
        <source>Poll (%1/%2)</source>
        <translation>Votación (%1/%2)</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="54"/>
        <source>Launch</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="55"/>
        <source>After go-live</source>
        <translation>Tras la puesta en marcha</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/audienceactions.cpp" line="57"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n abierto</numerusform>
            <numerusform>%n abiertos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="59"/>
        <source>Sign-off (DRAFT, %1 of %2 signed)</source>
        <translation>Firmas (BORRADOR, %1 de %2 firmadas)</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="62"/>
        <source>Launch (%1)</source>
        <translation>Lanzamiento (%1)</translation>
    </message>
    <message>
        <location filename="../app/audienceactions.cpp" line="106"/>
        <source>The room&apos;s view is on %1; this screen is the presenter console. F5 or Esc ends it.</source>
        <translation>La vista de la sala está en %1; esta pantalla es la consola de quien presenta. F5 o Esc la terminan.</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="48"/>
        <source>Save decision file as</source>
        <translation>Guardar el archivo de decisión como</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="49"/>
        <source>%1 copy.gonogo</source>
        <translation>%1 copia.gonogo</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="59"/>
        <source>Cannot save</source>
        <translation>No se puede guardar</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="63"/>
        <source>Saved as %1; this window now shows the copy.</source>
        <translation>Guardado como %1; esta ventana muestra ahora la copia.</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="117"/>
        <source>READ-ONLY: there is no permission to change this file here (or it is on read-only media). You can view, print, export and verify it; changes are refused.</source>
        <translation>SOLO LECTURA: aquí no hay permiso para cambiar este archivo (o está en un medio de solo lectura). Puede verlo, imprimirlo, exportarlo y verificarlo; los cambios se rechazan.</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="128"/>
        <source>INTEGRITY CHECK FAILED: %1. This file was changed outside GoNoGo; it is not a valid decision record, and anything printed from it is marked so.</source>
        <translation>VERIFICACIÓN DE INTEGRIDAD FALLIDA: %1. Este archivo se cambió fuera de GoNoGo; no es un acta de decisión válida, y todo lo que se imprima de él irá marcado así.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordactions.cpp" line="131"/>
        <source>INTEGRITY CHECK FAILED: %1 (and %n more problem(s); gonogo verify lists them all). This file was changed outside GoNoGo; it is not a valid decision record, and anything printed from it is marked so.</source>
        <translation>
            <numerusform>VERIFICACIÓN DE INTEGRIDAD FALLIDA: %1 (y %n problema más; gonogo verify los lista todos). Este archivo se cambió fuera de GoNoGo; no es un acta de decisión válida, y todo lo que se imprima de él irá marcado así.</numerusform>
            <numerusform>VERIFICACIÓN DE INTEGRIDAD FALLIDA: %1 (y %n problemas más; gonogo verify los lista todos). Este archivo se cambió fuera de GoNoGo; no es un acta de decisión válida, y todo lo que se imprima de él irá marcado así.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="143"/>
        <location filename="../app/recordactions.cpp" line="219"/>
        <source>Integrity check failed</source>
        <translation>Verificación de integridad fallida</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="144"/>
        <source>This decision file fails verification:

%1

It will not be printed as a final record. Go on anyway, with INTEGRITY CHECK FAILED marked on every page?</source>
        <translation>Este archivo de decisión no supera la verificación:

%1

No se imprimirá como acta final. ¿Continuar de todos modos, con VERIFICACIÓN DE INTEGRIDAD FALLIDA marcado en cada página?</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="148"/>
        <source>Go On, Marked</source>
        <translation>Continuar, marcada</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="164"/>
        <source>%1 - decision record.pdf</source>
        <translation>%1 - acta de decisión.pdf</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="165"/>
        <source>Export decision record</source>
        <translation>Exportar acta de decisión</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="165"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="174"/>
        <location filename="../app/recordactions.cpp" line="186"/>
        <source>Cannot export</source>
        <translation>No se puede exportar</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordactions.cpp" line="189"/>
        <source>Exported %1 (%n page(s), %2 ms).</source>
        <translation>
            <numerusform>Exportado %1 (%n página, %2 ms).</numerusform>
            <numerusform>Exportado %1 (%n páginas, %2 ms).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="208"/>
        <source>%1 - checklist.%2</source>
        <translation>%1 - lista de control.%2</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="209"/>
        <source>Export checklist</source>
        <translation>Exportar lista de control</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="220"/>
        <source>This decision file fails verification:

%1

What is exported may not be what was decided. Export it anyway?</source>
        <translation>Este archivo de decisión no supera la verificación:

%1

Lo exportado puede no ser lo que se decidió. ¿Exportarlo de todos modos?</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="224"/>
        <source>Export Anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="232"/>
        <source>Cannot export the checklist</source>
        <translation>No se puede exportar la lista de control</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/recordactions.cpp" line="237"/>
        <source>Exported the checklist to %1 (%n item(s)).</source>
        <translation>
            <numerusform>Lista de control exportada a %1 (%n elemento).</numerusform>
            <numerusform>Lista de control exportada a %1 (%n elementos).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="252"/>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <location filename="../app/recordactions.cpp" line="267"/>
        <source>Print preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="517"/>
        <source>The change was not saved</source>
        <translation>El cambio no se guardó</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="120"/>
        <source>New decision</source>
        <translation>Nueva decisión</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="126"/>
        <location filename="../app/fileactions.cpp" line="144"/>
        <source>Save the new decision file as</source>
        <translation>Guardar el nuevo archivo de decisión como</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="127"/>
        <location filename="../app/fileactions.cpp" line="145"/>
        <location filename="../app/recordactions.cpp" line="50"/>
        <source>Decision files (*.gonogo)</source>
        <translation>Archivos de decisión (*.gonogo)</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="139"/>
        <source>Choose a checklist</source>
        <translation>Elegir una lista de control</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="161"/>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="166"/>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="169"/>
        <source>Clear Recent Files</source>
        <translation>Borrar archivos recientes</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="208"/>
        <source>New Decision...</source>
        <translation>Nueva decisión...</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="60"/>
        <source>Cannot open decision file</source>
        <translation>No se puede abrir el archivo de decisión</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="71"/>
        <source>The file was upgraded to the current format; the original is kept as %1.</source>
        <translation>El archivo se actualizó al formato actual; el original se conserva como %1.</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="89"/>
        <source>Cannot read the checklist</source>
        <translation>No se puede leer la lista de control</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="96"/>
        <source>Cannot create decision file</source>
        <translation>No se puede crear el archivo de decisión</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="106"/>
        <source>Open decision file</source>
        <translation>Abrir archivo de decisión</translation>
    </message>
    <message>
        <location filename="../app/fileactions.cpp" line="107"/>
        <source>Decision files (*.gonogo);;All files (*)</source>
        <translation>Archivos de decisión (*.gonogo);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../app/mainwindow.cpp" line="560"/>
        <source>%1 - %2 - GoNoGo</source>
        <translation>%1 - %2 - GoNoGo</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="61"/>
        <source>Meetin&amp;g</source>
        <translation>Reun&amp;ión</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="62"/>
        <source>&amp;Start or Pause the Clock</source>
        <translation>&amp;Iniciar o pausar el reloj</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="65"/>
        <source>&amp;Next Step</source>
        <translation>Punto &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="68"/>
        <source>&amp;Previous Step</source>
        <translation>Punto &amp;anterior</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="70"/>
        <source>&amp;End the Meeting</source>
        <translation>&amp;Terminar la reunión</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="73"/>
        <source>&amp;Agenda</source>
        <translation>&amp;Orden del día</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="80"/>
        <source>Roll-Call P&amp;oll</source>
        <translation>&amp;Votación nominal</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="88"/>
        <source>&amp;Launch Runbook</source>
        <translation>Runbook del &amp;lanzamiento</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="96"/>
        <source>&amp;Monitoring and Reviews</source>
        <translation>&amp;Monitorización y revisiones</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="143"/>
        <source>Next: %1 (%2) · %3</source>
        <translation>Siguiente: %1 (%2) · %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/meetingactions.cpp" line="144"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="145"/>
        <source>Ctrl+Right</source>
        <translation>Ctrl+Derecha</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="145"/>
        <source>Ctrl+Space starts</source>
        <translation>Ctrl+Espacio empieza</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="147"/>
        <source>Last step · Ctrl+Shift+Space ends the meeting</source>
        <translation>Último punto · Ctrl+Mayús+Espacio termina la reunión</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="226"/>
        <source>Owner of %1</source>
        <translation>Responsable de %1</translation>
    </message>
    <message>
        <location filename="../app/meetingactions.cpp" line="226"/>
        <source>Evidence for %1</source>
        <translation>Evidencia de %1</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="28"/>
        <source>About GoNoGo</source>
        <translation>Acerca de GoNoGo</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="31"/>
        <source>&lt;h2&gt;GoNoGo %1&lt;/h2&gt;&lt;p&gt;Runs the Go/No-Go meeting for a production launch and records its signed decision.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;GoNoGo %1&lt;/h2&gt;&lt;p&gt;Dirige la reunión Go/No-Go de un lanzamiento a producción y registra su decisión firmada.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/helpactions.cpp" line="35"/>
        <source>&lt;p&gt;Licence: none granted yet. Copyright 2026 the GoNoGo team; all rights reserved.&lt;/p&gt;&lt;p&gt;Built with Qt %1, running on Qt %2.&lt;br&gt;Application ID: %3&lt;br&gt;Decision file format: %4&lt;/p&gt;</source>
        <translation>&lt;p&gt;Licencia: todavía no se ha concedido ninguna. Copyright 2026 el equipo de GoNoGo; todos los derechos reservados.&lt;/p&gt;&lt;p&gt;Compilado con Qt %1, en ejecución con Qt %2.&lt;br&gt;ID de la aplicación: %3&lt;br&gt;Formato del archivo de decisión: %4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../app/preferenceactions.cpp" line="66"/>
        <source>Preferences not saved</source>
        <translation>No se guardaron las preferencias</translation>
    </message>
    <message>
        <location filename="../app/preferenceactions.cpp" line="156"/>
        <source>Language changed.</source>
        <translation>Idioma cambiado.</translation>
    </message>
</context>
<context>
    <name>gonogo::MatrixSettingsDialog</name>
    <message>
        <location filename="../views/riskdialog.cpp" line="196"/>
        <source>Risk matrix levels</source>
        <translation>Niveles de la matriz de riesgos</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="198"/>
        <source>Likelihood \ Impact</source>
        <translation>Probabilidad \ Impacto</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="211"/>
        <source>Level for likelihood %1, impact %2</source>
        <translation>Nivel para probabilidad %1, impacto %2</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="216"/>
        <source>The levels decide the recommendation: an open red risk is NO-GO; an open yellow or an accepted red or yellow risk is GO WITH CAUTION. Changes are saved in the decision file and printed in the decision record.</source>
        <translation>Los niveles deciden la recomendación: un riesgo rojo abierto es NO-GO; un riesgo amarillo abierto o un riesgo rojo o amarillo aceptado es GO CON PRECAUCIÓN. Los cambios se guardan en el archivo de decisión y se imprimen en el acta.</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="222"/>
        <source>Reset to P020 Default</source>
        <translation>Restablecer la de P020</translation>
    </message>
</context>
<context>
    <name>gonogo::MeetingClock</name>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="202"/>
        <source>%n min left</source>
        <translation>
            <numerusform>queda %n min</numerusform>
            <numerusform>quedan %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="204"/>
        <source>%n s left</source>
        <translation>
            <numerusform>queda %n s</numerusform>
            <numerusform>quedan %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="208"/>
        <source>%n min over</source>
        <translation>
            <numerusform>%n min de más</numerusform>
            <numerusform>%n min de más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="210"/>
        <source>%n s over</source>
        <translation>
            <numerusform>%n s de más</numerusform>
            <numerusform>%n s de más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="236"/>
        <source>Not started: %n min planned.</source>
        <translation>
            <numerusform>Sin empezar: %n min previsto.</numerusform>
            <numerusform>Sin empezar: %n min previstos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="240"/>
        <source>Ended %n min over the plan.</source>
        <translation>
            <numerusform>Terminó %n min por encima de lo previsto.</numerusform>
            <numerusform>Terminó %n min por encima de lo previsto.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/meetingclock.cpp" line="242"/>
        <source>Ended within the plan.</source>
        <translation>Terminó dentro de lo previsto.</translation>
    </message>
    <message>
        <location filename="../models/meetingclock.cpp" line="245"/>
        <source>On time at this pace.</source>
        <translation>A este ritmo, a tiempo.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="249"/>
        <source>At this pace: %n min over.</source>
        <translation>
            <numerusform>A este ritmo: %n min de más.</numerusform>
            <numerusform>A este ritmo: %n min de más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/meetingclock.cpp" line="255"/>
        <source>At this pace: %n min over; will not fit: %1.</source>
        <translation>
            <numerusform>A este ritmo: %n min de más; no cabrá: %1.</numerusform>
            <numerusform>A este ritmo: %n min de más; no cabrán: %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::MeetingPanel</name>
    <message>
        <location filename="../views/meetingpanel.cpp" line="54"/>
        <source>Previous Step</source>
        <translation>Punto anterior</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="55"/>
        <source>Next Step</source>
        <translation>Punto siguiente</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="55"/>
        <source>End Meeting</source>
        <translation>Terminar la reunión</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="56"/>
        <source>Edit Step...</source>
        <translation>Editar punto...</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="56"/>
        <source>Remove Step</source>
        <translation>Quitar punto</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="57"/>
        <source>Move Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="57"/>
        <source>Move Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Step</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Shows</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Started</source>
        <translation>Empezó</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="71"/>
        <source>Ended</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="77"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="82"/>
        <source>Start, pause or resume the clock (Ctrl+Space)</source>
        <translation>Iniciar, pausar o reanudar el reloj (Ctrl+Espacio)</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="83"/>
        <source>Back to the previous step (Ctrl+Left)</source>
        <translation>Volver al punto anterior (Ctrl+Izquierda)</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="84"/>
        <source>On to the next step (Ctrl+Right)</source>
        <translation>Pasar al punto siguiente (Ctrl+Derecha)</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="85"/>
        <source>End the step on and the meeting (Ctrl+Shift+Space)</source>
        <translation>Terminar el punto en curso y la reunión (Ctrl+Mayús+Espacio)</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="303"/>
        <source>Your notes on &quot;%1&quot; (private: never shown to the room, never printed)</source>
        <translation>Sus notas sobre «%1» (privadas: nunca se muestran a la sala ni se imprimen)</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="304"/>
        <source>Your notes (private): select a step</source>
        <translation>Sus notas (privadas): elija un punto</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="90"/>
        <source>Add Step...</source>
        <translation>Añadir punto...</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="122"/>
        <source>Private notes on the step</source>
        <translation>Notas privadas sobre el punto</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="195"/>
        <source>Category %1</source>
        <translation>Categoría %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/meetingpanel.cpp" line="197"/>
        <location filename="../views/meetingpanel.cpp" line="237"/>
        <location filename="../views/meetingpanel.cpp" line="241"/>
        <location filename="../views/meetingpanel.cpp" line="270"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="243"/>
        <source>The meeting has not started</source>
        <translation>La reunión no ha empezado</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/meetingpanel.cpp" line="244"/>
        <source>%n min planned</source>
        <translation>
            <numerusform>%n min previsto</numerusform>
            <numerusform>%n min previstos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="245"/>
        <source>Ctrl+Space starts the first step</source>
        <translation>Ctrl+Espacio inicia el primer punto</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="248"/>
        <source>The meeting has ended</source>
        <translation>La reunión ha terminado</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="255"/>
        <source>Step %1 of %2: %3</source>
        <translation>Punto %1 de %2: %3</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="257"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="259"/>
        <source>Paused · %1</source>
        <translation>En pausa · %1</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="263"/>
        <source>Meeting %1 of %2 · %3</source>
        <translation>Reunión %1 de %2 · %3</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="270"/>
        <source>Next: %1 (%2)</source>
        <translation>Siguiente: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="272"/>
        <source>Next: the end of the meeting</source>
        <translation>Siguiente: el final de la reunión</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="276"/>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="276"/>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <location filename="../views/meetingpanel.cpp" line="276"/>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
</context>
<context>
    <name>gonogo::Monitoring</name>
    <message>
        <location filename="../models/monitoring.cpp" line="52"/>
        <source>there is no metric &quot;%1&quot; (the metrics: %2).</source>
        <translation>no existe la métrica «%1» (las métricas: %2).</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="61"/>
        <source>&quot;%1&quot; is not a time with its zone, e.g. 2026-12-01T10:00:00Z.</source>
        <translation>«%1» no es una hora con su zona, p. ej. 2026-12-01T10:00:00Z.</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="67"/>
        <source>%1 needs a word, e.g. %2.</source>
        <translation>%1 necesita una palabra, p. ej. %2.</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="75"/>
        <source>%1 is a number (%2), not &quot;%3&quot;.</source>
        <translation>%1 es un número (%2), no «%3».</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="108"/>
        <source>&lt; %1%2</source>
        <translation>&lt; %1%2</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="110"/>
        <source>&gt; %1%2</source>
        <translation>&gt; %1%2</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="112"/>
        <source>%1%2 ± %3 %</source>
        <translation>%1%2 ± %3 %</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="113"/>
        <source>baseline ± %1 % (baseline not set)</source>
        <translation>línea base ± %1 % (línea base sin fijar)</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="197"/>
        <source>%1: readings in JSON are an array of {&quot;metric&quot;, &quot;time&quot;, &quot;value&quot;} objects%2.</source>
        <translation>%1: las lecturas en JSON son una lista de objetos {&quot;metric&quot;, &quot;time&quot;, &quot;value&quot;}%2.</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="199"/>
        <source> (%1 at byte %2)</source>
        <translation> (%1 en el byte %2)</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="210"/>
        <source>%1, reading %2: %3</source>
        <translation>%1, lectura %2: %3</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="229"/>
        <source>%1 is empty; it needs a header row (metric,time,value) and readings.</source>
        <translation>%1 está vacío; necesita una fila de cabecera (metric,time,value) y lecturas.</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="242"/>
        <source>the header row has no &quot;%1&quot; column (it needs metric, time and value).</source>
        <translation>la fila de cabecera no tiene columna «%1» (necesita metric, time y value).</translation>
    </message>
    <message>
        <location filename="../models/monitoring.cpp" line="268"/>
        <source>a reading is METRIC=VALUE, e.g. error_rate=0.05, not &quot;%1&quot;.</source>
        <translation>una lectura es MÉTRICA=VALOR, p. ej. error_rate=0.05, no «%1».</translation>
    </message>
</context>
<context>
    <name>gonogo::OpenFromServerDialog</name>
    <message>
        <location filename="../app/serverdialog.cpp" line="27"/>
        <source>Open from Server</source>
        <translation>Abrir desde el servidor</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="37"/>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="41"/>
        <source>Show &amp;Decisions</source>
        <translation>Ver &amp;decisiones</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="46"/>
        <source>The password comes from PGPASSWORD or ~/.pgpass, else GoNoGo asks for it. It is never part of the address and never written to disk.</source>
        <translation>La contraseña se toma de PGPASSWORD o ~/.pgpass; si no, GoNoGo la pide. Nunca forma parte de la dirección ni se escribe en disco.</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Decision ID</source>
        <translation>ID de decisión</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Launch</source>
        <translation>Lanzamiento</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Target date</source>
        <translation>Fecha objetivo</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Sign-offs</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="54"/>
        <source>Record</source>
        <translation>Acta</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="70"/>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="108"/>
        <source>none recorded</source>
        <translation>sin registrar</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="109"/>
        <source>FINAL</source>
        <translation>FINAL</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="110"/>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="112"/>
        <source>(no access for this database user)</source>
        <translation>(sin acceso para este usuario de la base de datos)</translation>
    </message>
    <message>
        <location filename="../app/serverdialog.cpp" line="127"/>
        <source>No decisions on this server yet: create one with gonogo new or copy a file there with gonogo copy.</source>
        <translation>Todavía no hay decisiones en este servidor: cree una con gonogo new o copie allí un archivo con gonogo copy.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/serverdialog.cpp" line="129"/>
        <source>%n decision(s) on %1.</source>
        <translation>
            <numerusform>%n decisión en %1.</numerusform>
            <numerusform>%n decisiones en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::PollPanel</name>
    <message>
        <location filename="../views/pollpanel.cpp" line="24"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="32"/>
        <source>Ra&amp;tionale for going against the poll or the recommendation:</source>
        <translation>&amp;Justificación para ir contra la votación o la recomendación:</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="35"/>
        <source>Save Rationale</source>
        <translation>Guardar justificación</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="43"/>
        <source>G: GO · D: GO WITH DISSENT · N: NO-GO · C: type a comment first, Enter to keep it · Up and Down: call someone else</source>
        <translation>G: GO · D: GO CON RESERVAS · N: NO-GO · C: escribir antes un comentario, Intro para guardarlo · Arriba y Abajo: llamar a otra persona</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="45"/>
        <source>Comment with the answer (optional)</source>
        <translation>Comentario con la respuesta (opcional)</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="46"/>
        <source>Comment with the answer</source>
        <translation>Comentario con la respuesta</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="48"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="48"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="48"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="48"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="54"/>
        <source>Roll-call poll</source>
        <translation>Votación nominal</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="62"/>
        <source>Why the meeting goes on although the room and the recommendation differ (Ctrl+Enter saves)</source>
        <translation>Por qué la reunión sigue adelante aunque la sala y la recomendación difieran (Ctrl+Intro guarda)</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="181"/>
        <source>not asked</source>
        <translation>sin preguntar</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="212"/>
        <source>%1 answered %2.</source>
        <translation>%1 respondió %2.</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="213"/>
        <source>%1: GO or NO-GO?</source>
        <translation>%1: ¿GO o NO-GO?</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="215"/>
        <source>Nobody is listed to answer: add the stakeholders in Sign-off.</source>
        <translation>No hay nadie para responder: añada las personas firmantes en Firma.</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="219"/>
        <source>Tally: %1 GO · %2 GO WITH DISSENT · %3 NO-GO · %4 not asked. Recommendation: %5.</source>
        <translation>Recuento: %1 GO · %2 GO CON RESERVAS · %3 NO-GO · %4 sin preguntar. Recomendación: %5.</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="225"/>
        <source>The poll disagrees with the recommendation: record why below before the decision is recorded.</source>
        <translation>La votación discrepa de la recomendación: registre el motivo abajo antes de registrar la decisión.</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="227"/>
        <source>The poll disagrees with the recommendation; the rationale is recorded.</source>
        <translation>La votación discrepa de la recomendación; la justificación está registrada.</translation>
    </message>
    <message>
        <location filename="../views/pollpanel.cpp" line="231"/>
        <source>The poll agrees with the recommendation.</source>
        <translation>La votación coincide con la recomendación.</translation>
    </message>
</context>
<context>
    <name>gonogo::Preferences</name>
    <message>
        <location filename="../app/preferences.cpp" line="41"/>
        <source>Your preferences were not saved: %1 is damaged; remove it to start afresh.</source>
        <translation>Sus preferencias no se guardaron: %1 está dañado; elimínelo para empezar de nuevo.</translation>
    </message>
    <message>
        <location filename="../app/preferences.cpp" line="46"/>
        <source>Your preferences could not be saved to %1 (no permission, or the disk is full); they apply until GoNoGo is closed.</source>
        <translation>Sus preferencias no se pudieron guardar en %1 (sin permiso, o el disco está lleno); se aplican hasta que se cierre GoNoGo.</translation>
    </message>
</context>
<context>
    <name>gonogo::PreferencesDialog</name>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="42"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="50"/>
        <source>As the system (%1)</source>
        <translation>Como el sistema (%1)</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="54"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="61"/>
        <source>Written in the audit log for every change made in this window. Empty: your login name, %1.</source>
        <translation>Se anota en el registro de auditoría en cada cambio hecho en esta ventana. Vacío: su nombre de usuario, %1.</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="65"/>
        <source>Your &amp;name:</source>
        <translation>Su &amp;nombre:</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="70"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="71"/>
        <source>US Letter</source>
        <translation>Carta de EE. UU.</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="73"/>
        <source>&amp;Paper for the record:</source>
        <translation>&amp;Papel del acta:</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="76"/>
        <source>P020 readiness template (built in)</source>
        <translation>Plantilla de preparación P020 (incluida)</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="81"/>
        <source>Another checklist file...</source>
        <translation>Otro archivo de lista...</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="95"/>
        <source>&amp;Template for new decisions:</source>
        <translation>Plan&amp;tilla de las decisiones nuevas:</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="101"/>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="104"/>
        <source>&amp;Zoom at the desk on this screen:</source>
        <translation>&amp;Zoom en el puesto en esta pantalla:</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="107"/>
        <source>Standard</source>
        <translation>Normales</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="108"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="110"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="118"/>
        <source>The room&apos;s zoom is set in presentation mode (Ctrl+plus, Ctrl+minus) and kept per screen.</source>
        <translation>El zoom de la sala se fija en el modo presentación (Ctrl+más, Ctrl+menos) y se guarda por pantalla.</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="141"/>
        <source>Choose the checklist for new decisions</source>
        <translation>Elija la lista de las decisiones nuevas</translation>
    </message>
    <message>
        <location filename="../app/preferencesdialog.cpp" line="143"/>
        <source>Checklists (%1)</source>
        <translation>Listas de control (%1)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/preferencesdialog.cpp" line="167"/>
        <source>%n item(s) in %1.</source>
        <translation>
            <numerusform>%n elemento en %1.</numerusform>
            <numerusform>%n elementos en %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::ReasonList</name>
    <message>
        <location filename="../views/reasonlist.cpp" line="47"/>
        <source>Reasons for the recommendation</source>
        <translation>Motivos de la recomendación</translation>
    </message>
    <message>
        <location filename="../views/reasonlist.cpp" line="50"/>
        <source>Click a reason to go to the item it names.</source>
        <translation>Haga clic en un motivo para ir al elemento que nombra.</translation>
    </message>
    <message>
        <location filename="../views/reasonlist.cpp" line="86"/>
        <source>Every criterion for GO is met.</source>
        <translation>Se cumplen todos los criterios para GO.</translation>
    </message>
</context>
<context>
    <name>gonogo::RecordReport</name>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="32"/>
        <source>not set</source>
        <translation>sin fijar</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="76"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location filename="../views/report/pagecomposer.cpp" line="514"/>
        <source>Likelihood \ Impact</source>
        <translation>Probabilidad \ Impacto</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="256"/>
        <source>Go/No-Go decision record</source>
        <translation>Acta de decisión Go/No-Go</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="262"/>
        <source>Meeting date</source>
        <translation>Fecha de la reunión</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="263"/>
        <source>Target launch date</source>
        <translation>Fecha prevista del lanzamiento</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="264"/>
        <source>Facilitator</source>
        <translation>Moderación</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="265"/>
        <source>Record status</source>
        <translation>Estado del acta</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="57"/>
        <location filename="../views/report/reportcontent.cpp" line="266"/>
        <source>INTEGRITY CHECK FAILED: %1</source>
        <translation>VERIFICACIÓN DE INTEGRIDAD FALLIDA: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="269"/>
        <source>FINAL: decision recorded, every sign-off current</source>
        <translation>FINAL: decisión registrada, todas las firmas vigentes</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="271"/>
        <source>DRAFT: not final until the decision is recorded and every stakeholder&apos;s sign-off is current</source>
        <translation>BORRADOR: no es definitiva hasta que se registre la decisión y todas las firmas estén vigentes</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="280"/>
        <source>Printed</source>
        <translation>Impresa</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="295"/>
        <source>DECISION: %1</source>
        <translation>DECISIÓN: %1</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="39"/>
        <source>Edition 2: the launch</source>
        <translation>Edición 2: el lanzamiento</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="42"/>
        <source>This section was added after the decision. The decision, its sign-offs and the record&apos;s fingerprint %1 above are unchanged by it; the launch is kept in the audit log and checked by gonogo verify.</source>
        <translation>Esta sección se añadió después de la decisión. La decisión, sus firmas y la huella del acta %1 que figuran arriba no cambian por ella; el lanzamiento se guarda en el registro de auditoría y lo comprueba gonogo verify.</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="48"/>
        <source>Started %1; go-live planned %2.</source>
        <translation>Empezó %1; puesta en marcha prevista %2.</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="50"/>
        <source>Live at %1 (by %2).</source>
        <translation>En producción %1 (por %2).</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="57"/>
        <source>%1 at %2 by %3, on trigger %4: %5</source>
        <translation>%1 %2 por %3, por el disparador %4: %5</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="60"/>
        <location filename="../views/report/meetingsection.cpp" line="66"/>
        <location filename="../views/report/reportcontent.cpp" line="299"/>
        <source>Rationale: %1</source>
        <translation>Justificación: %1</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="62"/>
        <source>The launch is live.</source>
        <translation>El lanzamiento está en producción.</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="65"/>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="69"/>
        <source>Step and its validation</source>
        <translation>Paso y su validación</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="69"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="70"/>
        <source>Recorded; note</source>
        <translation>Registrado; nota</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="73"/>
        <source>%1. Check: %2</source>
        <translation>%1. Comprobar: %2</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="75"/>
        <source>Rollback trigger %1</source>
        <translation>Disparador de marcha atrás %1</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="35"/>
        <source>Edition 3: after go-live</source>
        <translation>Edición 3: tras la puesta en marcha</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="38"/>
        <source>Monitoring, the reviews and the STABLE declaration, added after the launch went live at %1. The decision and the launch above are unchanged by them; every reading, review, follow-up and sign-off is kept in the audit log and checked by gonogo verify.</source>
        <translation>La monitorización, las revisiones y la declaración de ESTABLE, añadidas después de que el lanzamiento se pusiera en marcha el %1. No cambian la decisión ni el lanzamiento anteriores; cada lectura, revisión, seguimiento y firma queda en el registro de auditoría y lo comprueba gonogo verify.</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="46"/>
        <source>Monitoring</source>
        <translation>Monitorización</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/afterlaunchsection.cpp" line="48"/>
        <source>%n reading(s) taken; </source>
        <translation>
            <numerusform>%n lectura tomada; </numerusform>
            <numerusform>%n lecturas tomadas; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/afterlaunchsection.cpp" line="49"/>
        <source>%n outside their thresholds.</source>
        <translation>
            <numerusform>%n fuera de su umbral.</numerusform>
            <numerusform>%n fuera de su umbral.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="53"/>
        <location filename="../views/report/afterlaunchsection.cpp" line="83"/>
        <source>Metric</source>
        <translation>Métrica</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="53"/>
        <location filename="../views/report/afterlaunchsection.cpp" line="84"/>
        <source>Threshold</source>
        <translation>Umbral</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="54"/>
        <source>Readings</source>
        <translation>Lecturas</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="54"/>
        <source>Latest</source>
        <translation>Última</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="55"/>
        <source>Breaches</source>
        <translation>Fuera de umbral</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="55"/>
        <source>Trigger</source>
        <translation>Disparador</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="66"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="68"/>
        <location filename="../views/report/afterlaunchsection.cpp" line="96"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="80"/>
        <source>Readings outside their thresholds</source>
        <translation>Lecturas fuera de umbral</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="83"/>
        <source>Taken</source>
        <translation>Tomada</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="84"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="85"/>
        <source>Source; by</source>
        <translation>Origen; por</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="92"/>
        <source>Feeds %1: %2</source>
        <translation>Alimenta %1: %2</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="99"/>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="105"/>
        <source>Reviews</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="108"/>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="108"/>
        <source>Due; held</source>
        <translation>Prevista; celebrada</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="109"/>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="110"/>
        <source>Outcome; metrics; open conditions</source>
        <translation>Resultado; métricas; condiciones abiertas</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="113"/>
        <source>held %1 by %2</source>
        <translation>celebrada el %1 por %2</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="114"/>
        <source>not held yet</source>
        <translation>aún no celebrada</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="116"/>
        <source>STABLE: %1</source>
        <translation>ESTABLE: %1</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="121"/>
        <source>No open condition.</source>
        <translation>Ninguna condición abierta.</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="122"/>
        <source>Open conditions: %1</source>
        <translation>Condiciones abiertas: %1</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="137"/>
        <source>Condition (owner, due, as decided)</source>
        <translation>Condición (responsable y fecha, según la decisión)</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="138"/>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="143"/>
        <source>%1, due %2</source>
        <translation>%1, fecha límite %2</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="144"/>
        <source>OPEN</source>
        <translation>ABIERTA</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="146"/>
        <source>CLOSED</source>
        <translation>CERRADA</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="147"/>
        <source>CARRIED to %1, due %2</source>
        <translation>TRASPASADA a %1, fecha límite %2</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="152"/>
        <location filename="../views/report/launchsection.cpp" line="78"/>
        <source>%1 by %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="161"/>
        <source>STABLE declaration</source>
        <translation>Declaración de ESTABLE</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="163"/>
        <source>STABLE has not been declared.</source>
        <translation>No se ha declarado ESTABLE.</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="168"/>
        <source>STABLE declared at %1, held %2 by %3: %4</source>
        <translation>ESTABLE declarado en %1, celebrada el %2 por %3: %4</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="174"/>
        <source>Stakeholder</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="184"/>
        <source>CURRENT</source>
        <translation>VIGENTE</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="185"/>
        <source>STALE</source>
        <translation>OBSOLETA</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="189"/>
        <source>Signed by %1 of %2 against the declaration as it stands.</source>
        <translation>Firmado por %1 de %2 sobre la declaración tal como está.</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="196"/>
        <source>STABLE fingerprint (SHA-256 of the launch&apos;s fingerprint, the monitoring plan, the readings up to the STABLE review and the reviews up to it):</source>
        <translation>Huella de ESTABLE (SHA-256 de la huella del lanzamiento, el plan de monitorización, las lecturas hasta la revisión de ESTABLE y las revisiones hasta ella):</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="87"/>
        <source>Rollback triggers</source>
        <translation>Disparadores de marcha atrás</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="89"/>
        <source>%1  %2</source>
        <translation>%1  %2</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="92"/>
        <source>Launch fingerprint (SHA-256 of this section, bound to the record&apos;s fingerprint):</source>
        <translation>Huella del lanzamiento (SHA-256 de esta sección, ligada a la huella del acta):</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="312"/>
        <source>NO DECISION RECORDED</source>
        <translation>SIN DECISIÓN REGISTRADA</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="314"/>
        <source>Recommendation from the scores and risks now: %1</source>
        <translation>Recomendación actual según puntuaciones y riesgos: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="361"/>
        <source>Decision criteria used</source>
        <translation>Criterios de decisión aplicados</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="379"/>
        <source>Reasons for the recommendation:</source>
        <translation>Motivos de la recomendación:</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="394"/>
        <source>Readiness by category</source>
        <translation>Preparación por categoría</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="402"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="402"/>
        <source>Items</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="124"/>
        <location filename="../views/report/reportcontent.cpp" line="235"/>
        <location filename="../views/report/reportcontent.cpp" line="403"/>
        <source>Critical</source>
        <translation>Crítico</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="405"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="409"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
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
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="251"/>
        <location filename="../views/report/reportcontent.cpp" line="528"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="141"/>
        <location filename="../views/report/reportcontent.cpp" line="142"/>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="71"/>
        <source>%1 (%2 %3)</source>
        <translation>%1 (%2 %3)</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="144"/>
        <source>%1 (by %2, %3)</source>
        <translation>%1 (por %2, %3)</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="274"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="276"/>
        <source>%1 (UTC%2 on the meeting date); times are printed in UTC and in this zone</source>
        <translation>%1 (UTC%2 en la fecha de la reunión); las horas se imprimen en UTC y en esta zona</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="278"/>
        <source>not recorded; times are printed in UTC</source>
        <translation>no registrada; las horas se imprimen en UTC</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="279"/>
        <source>%1; times are printed in UTC</source>
        <translation>%1; las horas se imprimen en UTC</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="283"/>
        <location filename="../views/report/reportcontent.cpp" line="288"/>
        <source>Edition</source>
        <translation>Edición</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="284"/>
        <source>3: the decision as signed, the launch, and what followed go-live (&quot;Edition 2: the launch&quot; and &quot;Edition 3: after go-live&quot;, after Integrity)</source>
        <translation>3: la decisión tal como se firmó, el lanzamiento y lo que siguió a la puesta en marcha («Edición 2: el lanzamiento» y «Edición 3: tras la puesta en marcha», después de Integridad)</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="289"/>
        <source>2: the decision as signed, then the launch (&quot;Edition 2: the launch&quot;, after Integrity)</source>
        <translation>2: la decisión tal como se firmó y después el lanzamiento («Edición 2: el lanzamiento», tras Integridad)</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="296"/>
        <source>Decided by %1, recorded %2. The recommendation at that moment was %3.</source>
        <translation>Decidido por %1, registrado el %2. La recomendación en ese momento era %3.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="301"/>
        <source>OVERRIDE: the decision departs from the recommendation (%1). Override rationale: %2</source>
        <translation>DESVIACIÓN: la decisión se aparta de la recomendación (%1). Justificación de la desviación: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="306"/>
        <source>With %n condition(s), listed with their owners and due dates in &quot;Conditions of the decision&quot;.</source>
        <translation>
            <numerusform>Con %n condición, con su responsable y fecha límite en «Condiciones de la decisión».</numerusform>
            <numerusform>Con %n condiciones, con sus responsables y fechas límite en «Condiciones de la decisión».</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="316"/>
        <source>Critical score %1 (%2 of %3 critical items passed). Total score %4 (%5 of %6 items passed).</source>
        <translation>Puntuación crítica %1 (%2 de %3 elementos críticos superados). Puntuación total %4 (%5 de %6 elementos superados).</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="324"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n superado</numerusform>
            <numerusform>%n superados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="324"/>
        <source>%n partial</source>
        <translation>
            <numerusform>%n parcial</numerusform>
            <numerusform>%n parciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="325"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="325"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="326"/>
        <source>%n open red</source>
        <translation>
            <numerusform>%n rojo abierto</numerusform>
            <numerusform>%n rojos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="326"/>
        <source>%n open yellow</source>
        <translation>
            <numerusform>%n amarillo abierto</numerusform>
            <numerusform>%n amarillos abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="327"/>
        <source>%n open green</source>
        <translation>
            <numerusform>%n verde abierto</numerusform>
            <numerusform>%n verdes abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="327"/>
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptado</numerusform>
            <numerusform>%n aceptados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/reportcontent.cpp" line="328"/>
        <source>%n mitigated</source>
        <translation>
            <numerusform>%n mitigado</numerusform>
            <numerusform>%n mitigados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="329"/>
        <source>Items: %1. Risks: %2.</source>
        <translation>Elementos: %1. Riesgos: %2.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="334"/>
        <source>Sign-offs</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="178"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="28"/>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="31"/>
        <source>Roll-call poll</source>
        <translation>Votación nominal</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="33"/>
        <source>No roll-call poll was taken.</source>
        <translation>No se hizo votación nominal.</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="38"/>
        <location filename="../views/report/reportcontent.cpp" line="337"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="174"/>
        <location filename="../views/report/meetingsection.cpp" line="38"/>
        <location filename="../views/report/reportcontent.cpp" line="337"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="39"/>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="43"/>
        <source>NOT ASKED</source>
        <translation>SIN PREGUNTAR</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="53"/>
        <source>Tally: %1 GO, %2 GO WITH DISSENT, %3 NO-GO, %4 not asked. Recommendation from the scores and risks now: %5.</source>
        <translation>Recuento: %1 GO, %2 GO CON RESERVAS, %3 NO-GO, %4 sin preguntar. Recomendación actual según puntuaciones y riesgos: %5.</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="62"/>
        <source>The poll disagrees with the recommendation, and no rationale has been recorded.</source>
        <translation>La votación discrepa de la recomendación y no se ha registrado ninguna justificación.</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="63"/>
        <source>The poll disagrees with the recommendation.</source>
        <translation>La votación discrepa de la recomendación.</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="68"/>
        <source>Recorded by %1, %2.</source>
        <translation>Registrada por %1, %2.</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="72"/>
        <source>The poll agrees with the recommendation.</source>
        <translation>La votación coincide con la recomendación.</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="77"/>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/meetingsection.cpp" line="81"/>
        <source>The agenda&apos;s clock was not used; %n min were planned.</source>
        <translation>
            <numerusform>No se usó el reloj del orden del día; se previó %n min.</numerusform>
            <numerusform>No se usó el reloj del orden del día; se previeron %n min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="87"/>
        <source>Held from %1 to %2: %3 min against %4 min planned.</source>
        <translation>Celebrada de %1 a %2: %3 min frente a %4 min previstos.</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="91"/>
        <source>Started %1; still running when printed: %2 min so far against %3 min planned.</source>
        <translation>Empezó %1; seguía en curso al imprimir: %2 min hasta ahora frente a %3 min previstos.</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="99"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="68"/>
        <location filename="../views/report/meetingsection.cpp" line="99"/>
        <source>Step</source>
        <translation>Punto</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="100"/>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="100"/>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="101"/>
        <source>Started</source>
        <translation>Empezó</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="101"/>
        <source>Ended</source>
        <translation>Terminó</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="107"/>
        <source>Shows category %1</source>
        <translation>Muestra la categoría %1</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="108"/>
        <source>Shows: %1</source>
        <translation>Muestra: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/meetingsection.cpp" line="110"/>
        <location filename="../views/report/meetingsection.cpp" line="112"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="115"/>
        <source>not held</source>
        <translation>no se trató</translation>
    </message>
    <message>
        <location filename="../views/report/meetingsection.cpp" line="122"/>
        <source>Actual times exclude pauses. The agenda&apos;s times are kept in the audit log and checked by gonogo verify; they are not part of the record&apos;s fingerprint, because the clock runs on after people sign.</source>
        <translation>Los tiempos reales excluyen las pausas. Las horas del orden del día se guardan en el registro de auditoría y las comprueba gonogo verify; no forman parte de la huella del acta, porque el reloj sigue corriendo después de las firmas.</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="175"/>
        <location filename="../views/report/reportcontent.cpp" line="339"/>
        <location filename="../views/report/reportcontent.cpp" line="590"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="354"/>
        <source>No stakeholders are listed to sign.</source>
        <translation>No hay firmantes en la lista.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="358"/>
        <source>Record fingerprint (SHA-256): %1</source>
        <translation>Huella del acta (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="363"/>
        <source>NO-GO if the critical score is below %1%, if the total score is below %2%, or if any open risk is red. Otherwise GO WITH CAUTION if the total score is below %3%, or any open risk is yellow, or any accepted risk is red or yellow. Otherwise GO. Only passed items count; scores are compared exactly and shown rounded down.</source>
        <translation>NO-GO si la puntuación crítica es inferior al %1%, si la puntuación total es inferior al %2% o si algún riesgo abierto es rojo. Si no, GO CON PRECAUCIÓN si la puntuación total es inferior al %3%, o algún riesgo abierto es amarillo, o algún riesgo aceptado es rojo o amarillo. Si no, GO. Solo cuentan los elementos superados; las puntuaciones se comparan de forma exacta y se muestran redondeadas hacia abajo.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="389"/>
        <source>• Critical items not passed: see &quot;Items not passed&quot;.</source>
        <translation>• Elementos críticos no superados: véase «Elementos no superados».</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="419"/>
        <source>Items not passed</source>
        <translation>Elementos no superados</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="432"/>
        <source>Every item passed.</source>
        <translation>Todos los elementos están superados.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="434"/>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="442"/>
        <source>Risks</source>
        <translation>Riesgos</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="455"/>
        <source>%1 (accepted)</source>
        <translation>%1 (aceptado)</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="458"/>
        <source>Open and accepted risks are placed in the grid; mitigated risks (%1) are listed below only.</source>
        <translation>Los riesgos abiertos y aceptados se sitúan en la cuadrícula; los mitigados (%1) solo se listan debajo.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="463"/>
        <source>No risks were registered.</source>
        <translation>No se registraron riesgos.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="491"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="468"/>
        <location filename="../views/report/reportcontent.cpp" line="492"/>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="472"/>
        <location filename="../views/report/reportcontent.cpp" line="493"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="476"/>
        <location filename="../views/report/reportcontent.cpp" line="494"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="137"/>
        <location filename="../views/report/afterlaunchsection.cpp" line="175"/>
        <location filename="../views/report/reportcontent.cpp" line="480"/>
        <location filename="../views/report/reportcontent.cpp" line="495"/>
        <location filename="../views/report/reportcontent.cpp" line="591"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="496"/>
        <source>Owner, mitigation, acceptance</source>
        <translation>Responsable, mitigación, aceptación</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="501"/>
        <source>Owner: %1</source>
        <translation>Responsable: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="504"/>
        <source>Mitigation: %1</source>
        <translation>Mitigación: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="508"/>
        <source>Accepted by %1 until %2: %3</source>
        <translation>Aceptado por %1 hasta %2: %3</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="510"/>
        <source>Accepted by %1: %2</source>
        <translation>Aceptado por %1: %2</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="513"/>
        <source>Items: %1</source>
        <translation>Elementos: %1</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="133"/>
        <location filename="../views/report/reportcontent.cpp" line="525"/>
        <source>Conditions of the decision</source>
        <translation>Condiciones de la decisión</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="528"/>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <location filename="../views/report/launchsection.cpp" line="68"/>
        <location filename="../views/report/reportcontent.cpp" line="529"/>
        <source>Due</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="589"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="592"/>
        <source>Fingerprint signed</source>
        <translation>Huella firmada</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="593"/>
        <source>%1 (form 1)</source>
        <translation>%1 (forma 1)</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="595"/>
        <source>Seal</source>
        <translation>Sello</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="597"/>
        <source>over audit entry %1, %2</source>
        <translation>sobre la entrada de auditoría %1, %2</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="617"/>
        <source>Signed: %1</source>
        <translation>Firmada: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="630"/>
        <source>Superseded</source>
        <translation>Sustituida</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="631"/>
        <source>Signed again after: %1</source>
        <translation>Firmada de nuevo tras: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="631"/>
        <source>Signed again.</source>
        <translation>Firmada de nuevo.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="635"/>
        <source>Withdrawn</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="636"/>
        <source>By %1: %2</source>
        <translation>Por %1: %2</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="642"/>
        <source>Sign-off history</source>
        <translation>Historial de firmas</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="645"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="646"/>
        <source>Event</source>
        <translation>Suceso</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="646"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="338"/>
        <location filename="../views/report/reportcontent.cpp" line="555"/>
        <source>Sign-off</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="338"/>
        <location filename="../views/report/reportcontent.cpp" line="587"/>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="540"/>
        <source>Signatures</source>
        <translation>Firmas</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="541"/>
        <source>These are simple electronic signatures: GoNoGo recorded the name typed, the vote, the comment and the time, each bound to the fingerprint of the record as it was signed and sealed to this file. GoNoGo does not verify identity. A stale sign-off was given on an earlier version of this record; the change that made it stale is named.</source>
        <translation>Son firmas electrónicas simples: GoNoGo registró el nombre escrito, el voto, el comentario y la hora, cada uno ligado a la huella del acta tal como se firmó y sellado a este archivo. GoNoGo no verifica la identidad. Una firma obsoleta se dio sobre una versión anterior de esta acta; se indica el cambio que la dejó obsoleta.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="546"/>
        <source>(no decision recorded)</source>
        <translation>(sin decisión registrada)</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="552"/>
        <location filename="../views/report/reportcontent.cpp" line="616"/>
        <location filename="../views/report/reportcontent.cpp" line="673"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="553"/>
        <location filename="../views/report/reportcontent.cpp" line="645"/>
        <source>Signer</source>
        <translation>Firmante</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="564"/>
        <source>By signing, %1 stated that they concur with the decision %2 as recorded in the record with the fingerprint below.</source>
        <translation>Al firmar, %1 declaró estar conforme con la decisión %2 tal como consta en el acta con la huella indicada abajo.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="568"/>
        <source>By signing, %1 stated that they concur with the decision %2, with the dissent recorded in their comment, as recorded in the record with the fingerprint below.</source>
        <translation>Al firmar, %1 declaró estar conforme con la decisión %2, con las reservas de su comentario, tal como consta en el acta con la huella indicada abajo.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="572"/>
        <source>By signing, %1 stated that they do NOT concur with the decision %2 as recorded in the record with the fingerprint below.</source>
        <translation>Al firmar, %1 declaró NO estar conforme con la decisión %2 tal como consta en el acta con la huella indicada abajo.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="579"/>
        <source>Made stale by: %1</source>
        <translation>Obsoleta por: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="580"/>
        <source>The record changed after this sign-off.</source>
        <translation>El acta cambió después de esta firma.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="583"/>
        <source>Withdrawn %1 by %2: %3</source>
        <translation>Retirada el %1 por %2: %3</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="176"/>
        <location filename="../views/report/meetingsection.cpp" line="39"/>
        <location filename="../views/report/reportcontent.cpp" line="588"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="601"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../views/report/afterlaunchsection.cpp" line="183"/>
        <location filename="../views/report/reportcontent.cpp" line="344"/>
        <location filename="../views/report/reportcontent.cpp" line="556"/>
        <source>NOT SIGNED</source>
        <translation>SIN FIRMAR</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="655"/>
        <source>Sign-offs marked (form 1) were made by an earlier GoNoGo with canonical form 1 of the record. They are checked under form 1 and, since the file was upgraded, against form 2 as well.</source>
        <translation>Las firmas marcadas (forma 1) se hicieron con una versión anterior de GoNoGo, con la forma canónica 1 del acta. Se comprueban con la forma 1 y, desde que se actualizó el archivo, también con la forma 2.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="661"/>
        <source>Appendix: the full checklist</source>
        <translation>Anexo: la lista de control completa</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="662"/>
        <source>Under each item&apos;s evidence: who set the item last, and when (UTC), as the audit log records it; the log&apos;s chain head is printed under Integrity.</source>
        <translation>Bajo la evidencia de cada elemento: quién lo fijó por última vez, y cuándo (UTC), según el registro de auditoría; la cabeza de su cadena se imprime en Integridad.</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="666"/>
        <source>Evidence; set by, when (UTC)</source>
        <translation>Evidencia; fijado por, cuándo (UTC)</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="681"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="686"/>
        <source>Integrity</source>
        <translation>Integridad</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="687"/>
        <source>Record fingerprint (SHA-256 of the canonical record):</source>
        <translation>Huella del acta (SHA-256 del acta canónica):</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="689"/>
        <source>Audit chain head (entry %1):</source>
        <translation>Cabeza de la cadena de auditoría (entrada %1):</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="691"/>
        <source>Record ID: %1</source>
        <translation>ID del acta: %1</translation>
    </message>
    <message>
        <location filename="../views/report/reportcontent.cpp" line="692"/>
        <source>Check with: gonogo verify FILE. The fingerprint printed here must match.</source>
        <translation>Compruébelo con: gonogo verify ARCHIVO. La huella impresa aquí debe coincidir.</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="44"/>
        <source>Decision record: %1</source>
        <translation>Acta de decisión: %1</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="61"/>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="61"/>
        <source>NOT VERIFIED</source>
        <translation>NO VERIFICADA</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="58"/>
        <source>FINAL RECORD</source>
        <translation>ACTA FINAL</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="59"/>
        <source>DRAFT - not a final decision record</source>
        <translation>BORRADOR - no es un acta de decisión definitiva</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="56"/>
        <source>no decision recorded</source>
        <translation>sin decisión registrada</translation>
    </message>
    <message>
        <location filename="../views/report/pagecomposer.cpp" line="460"/>
        <source>%1 (cont.)</source>
        <translation>%1 (cont.)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/report/pagecomposer.cpp" line="499"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/report/pagecomposer.cpp" line="704"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <location filename="../views/report/pagecomposer.cpp" line="706"/>
        <location filename="../views/report/reportcontent.cpp" line="618"/>
        <source>Fingerprint %1</source>
        <translation>Huella %1</translation>
    </message>
    <message>
        <location filename="../views/report/recordreport.cpp" line="85"/>
        <source>GoNoGo %1 (facilitator: %2)</source>
        <translation>GoNoGo %1 (moderación: %2)</translation>
    </message>
    <message>
        <location filename="../views/report/printedrecord.cpp" line="24"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 no existe o no es un archivo.</translation>
    </message>
    <message>
        <location filename="../views/report/printedrecord.cpp" line="28"/>
        <source>%1 is not a readable PDF document.</source>
        <translation>%1 no es un documento PDF legible.</translation>
    </message>
</context>
<context>
    <name>gonogo::RiskDialog</name>
    <message>
        <location filename="../views/riskdialog.cpp" line="27"/>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="29"/>
        <source>Valid until</source>
        <translation>Válida hasta</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="31"/>
        <source>Add risk</source>
        <translation>Añadir riesgo</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="31"/>
        <source>Edit risk %1</source>
        <translation>Editar riesgo %1</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="48"/>
        <source>Checklist item IDs, e.g. SEC-08, PERF-06</source>
        <translation>IDs de elementos de la lista, p. ej. SEC-08, PERF-06</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="52"/>
        <source>Why the launch can go ahead with this risk</source>
        <translation>Por qué el lanzamiento puede seguir con este riesgo</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="54"/>
        <source>Who accepts the risk</source>
        <translation>Quién acepta el riesgo</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="76"/>
        <source>Rationale</source>
        <translation>Justificación</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="77"/>
        <source>Accepted by</source>
        <translation>Aceptado por</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="85"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="86"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="87"/>
        <source>&amp;Likelihood</source>
        <translation>&amp;Probabilidad</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="88"/>
        <source>&amp;Impact</source>
        <translation>&amp;Impacto</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="89"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="90"/>
        <source>&amp;Owner</source>
        <translation>&amp;Responsable</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="91"/>
        <source>&amp;Mitigation</source>
        <translation>&amp;Mitigación</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="92"/>
        <source>Checklist &amp;items</source>
        <translation>&amp;Elementos de la lista</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="93"/>
        <source>&amp;State</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="167"/>
        <source>Give the risk a title.</source>
        <translation>Ponga un título al riesgo.</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="175"/>
        <source>There is no checklist item %1.</source>
        <translation>No existe el elemento %1.</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="180"/>
        <source>Accepting a risk needs a rationale.</source>
        <translation>Aceptar un riesgo requiere una justificación.</translation>
    </message>
    <message>
        <location filename="../views/riskdialog.cpp" line="183"/>
        <source>Accepting a risk needs the name of the person who accepts it.</source>
        <translation>Aceptar un riesgo requiere el nombre de quien lo acepta.</translation>
    </message>
</context>
<context>
    <name>gonogo::RiskMatrixModel</name>
    <message>
        <location filename="../models/riskmodels.cpp" line="314"/>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/riskmodels.cpp" line="315"/>
        <location filename="../models/riskmodels.cpp" line="318"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n abierto</numerusform>
            <numerusform>%n abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/riskmodels.cpp" line="315"/>
        <location filename="../models/riskmodels.cpp" line="319"/>
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptado</numerusform>
            <numerusform>%n aceptados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="317"/>
        <source>Likelihood %1, impact %2: %3 level. %4, %5, %6.</source>
        <translation>Probabilidad %1, impacto %2: nivel %3. %4, %5, %6.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/riskmodels.cpp" line="319"/>
        <source>%n mitigated</source>
        <translation>
            <numerusform>%n mitigado</numerusform>
            <numerusform>%n mitigados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::RiskMatrixView</name>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="22"/>
        <source>Risk matrix</source>
        <translation>Matriz de riesgos</translation>
    </message>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="157"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="161"/>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="188"/>
        <source>no risks</source>
        <translation>sin riesgos</translation>
    </message>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="189"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/riskmatrixview.cpp" line="189"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n abierto</numerusform>
            <numerusform>%n abiertos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/riskmatrixview.cpp" line="190"/>
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptado</numerusform>
            <numerusform>%n aceptados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/riskmatrixview.cpp" line="237"/>
        <source>Solid chip: open risk. Outlined chip: accepted risk. Mitigated risks (not on the grid): %1. Drag a chip to move a risk; click a cell to filter the register.</source>
        <translation>Ficha sólida: riesgo abierto. Ficha con contorno: riesgo aceptado. Riesgos mitigados (fuera de la cuadrícula): %1. Arrastre una ficha para mover un riesgo; pulse una celda para filtrar el registro.</translation>
    </message>
</context>
<context>
    <name>gonogo::RiskModel</name>
    <message>
        <location filename="../models/riskmodels.cpp" line="115"/>
        <source>%1, by %2 until %3</source>
        <translation>%1, por %2 hasta %3</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="118"/>
        <source>%1, by %2</source>
        <translation>%1, por %2</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>Likelihood</source>
        <translation>Probabilidad</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>Impact</source>
        <translation>Impacto</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="195"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="196"/>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="196"/>
        <source>Acceptance</source>
        <translation>Aceptación</translation>
    </message>
    <message>
        <location filename="../models/riskmodels.cpp" line="196"/>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
</context>
<context>
    <name>gonogo::RiskPanel</name>
    <message>
        <location filename="../views/riskpanel.cpp" line="87"/>
        <source>Show All Risks</source>
        <translation>Mostrar todos los riesgos</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="87"/>
        <source>Ed&amp;it...</source>
        <translation>Edi&amp;tar...</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="88"/>
        <source>A&amp;ccept...</source>
        <translation>A&amp;ceptar...</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="88"/>
        <source>&amp;Mitigated</source>
        <translation>&amp;Mitigado</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="89"/>
        <source>Re&amp;open</source>
        <translation>Rea&amp;brir</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="89"/>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="100"/>
        <source>Risk register</source>
        <translation>Registro de riesgos</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="126"/>
        <source>&amp;Add Risk...</source>
        <translation>Aña&amp;dir riesgo...</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="127"/>
        <source>Matrix &amp;Levels...</source>
        <translation>&amp;Niveles de la matriz...</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="245"/>
        <source>Showing the risks with %1 likelihood and %2 impact.</source>
        <translation>Riesgos con probabilidad %1 e impacto %2.</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/riskpanel.cpp" line="247"/>
        <source>Showing all %n risk(s).</source>
        <translation>
            <numerusform>Se muestra %n riesgo.</numerusform>
            <numerusform>Se muestran los %n riesgos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="303"/>
        <source>Accept risk %1</source>
        <translation>Aceptar riesgo %1</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="303"/>
        <source>Edit risk %1</source>
        <translation>Editar riesgo %1</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="320"/>
        <source>%1 is %2: %3</source>
        <translation>%1 está en %2: %3</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="371"/>
        <source>Delete risk</source>
        <translation>Eliminar riesgo</translation>
    </message>
    <message>
        <location filename="../views/riskpanel.cpp" line="371"/>
        <source>Delete risk %1 &quot;%2&quot;? You can undo this with Edit &gt; Undo.</source>
        <translation>¿Eliminar el riesgo %1 «%2»? Puede deshacerlo con Editar &gt; Deshacer.</translation>
    </message>
</context>
<context>
    <name>gonogo::Scoreboard</name>
    <message>
        <location filename="../views/scoreboard.cpp" line="243"/>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="243"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="245"/>
        <source>Recommendation now: %1</source>
        <translation>Recomendación actual: %1</translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="245"/>
        <source>No decision recorded yet</source>
        <translation>Aún no hay decisión registrada</translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="252"/>
        <source>Decision: %1. %2</source>
        <translation>Decisión: %1. %2</translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="253"/>
        <source>Recommendation: %1. %2</source>
        <translation>Recomendación: %1. %2</translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="272"/>
        <source>Critical %1%   (%2 of %3 PASS)</source>
        <translation>Críticos %1%   (%2 de %3 superados)</translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="275"/>
        <source>Total %1%   (%2 of %3 PASS)</source>
        <translation>Total %1%   (%2 de %3 superados)</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="280"/>
        <source>%n PASS</source>
        <translation>
            <numerusform>%n superado</numerusform>
            <numerusform>%n superados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="280"/>
        <source>%n PARTIAL</source>
        <translation>
            <numerusform>%n parcial</numerusform>
            <numerusform>%n parciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="281"/>
        <source>%n FAIL</source>
        <translation>
            <numerusform>%n fallido</numerusform>
            <numerusform>%n fallidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="281"/>
        <source>%n PENDING</source>
        <translation>
            <numerusform>%n pendiente</numerusform>
            <numerusform>%n pendientes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="284"/>
        <source>Open risks: %1</source>
        <translation>Riesgos abiertos: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="285"/>
        <source>%n red</source>
        <translation>
            <numerusform>%n rojo</numerusform>
            <numerusform>%n rojos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="285"/>
        <source>%n yellow</source>
        <translation>
            <numerusform>%n amarillo</numerusform>
            <numerusform>%n amarillos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="286"/>
        <source>%n accepted</source>
        <translation>
            <numerusform>%n aceptado</numerusform>
            <numerusform>%n aceptados</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="291"/>
        <source>Critical %1%</source>
        <translation>Críticos %1%</translation>
    </message>
    <message>
        <location filename="../views/scoreboard.cpp" line="292"/>
        <source>Total %1%</source>
        <translation>Total %1%</translation>
    </message>
    <message numerus="yes">
        <location filename="../views/scoreboard.cpp" line="302"/>
        <source>%n open risk(s)</source>
        <translation>
            <numerusform>%n riesgo abierto</numerusform>
            <numerusform>%n riesgos abiertos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gonogo::SignDialog</name>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="202"/>
        <source>Sign as %1</source>
        <translation>Firmar como %1</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="204"/>
        <source>Your name as it should be printed</source>
        <translation>Su nombre tal como debe imprimirse</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="208"/>
        <source>Required when you dissent or do not concur</source>
        <translation>Obligatorio si tiene reservas o no está conforme</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="211"/>
        <source>I have reviewed this decision record and the vote above is &amp;mine.</source>
        <translation>He revisado esta acta de decisión y el voto indicado es &amp;mío.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="212"/>
        <source>Record fingerprint (SHA-256): %1</source>
        <translation>Huella del acta (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="220"/>
        <source>This is a simple electronic signature: GoNoGo records the name you type, your vote and the time (UTC), bound to the fingerprint above. It does not verify your identity.</source>
        <translation>Esta es una firma electrónica simple: GoNoGo registra el nombre que escribe, su voto y la hora (UTC), ligados a la huella anterior. No verifica su identidad.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="224"/>
        <source>Clear Signature</source>
        <translation>Borrar firma</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="228"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="229"/>
        <source>Printed &amp;name</source>
        <translation>&amp;Nombre impreso</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="230"/>
        <source>&amp;Vote</source>
        <translation>&amp;Voto</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="231"/>
        <source>&amp;Comment</source>
        <translation>&amp;Comentario</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="235"/>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="238"/>
        <source>Sign</source>
        <translation>Firmar</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="265"/>
        <source>In the roll-call poll you answered %1; the decision is %2. The vote below is filled in from that: change it if it is not yours.</source>
        <translation>En la votación nominal respondió %1; la decisión es %2. El voto de abajo se ha rellenado a partir de eso: cámbielo si no es el suyo.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="287"/>
        <source>Type your name as it should be printed.</source>
        <translation>Escriba su nombre tal como debe imprimirse.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="290"/>
        <source>Say why in the comment: it is required with %1.</source>
        <translation>Explique el motivo en el comentario: es obligatorio con %1.</translation>
    </message>
    <message>
        <location filename="../views/signoffdialogs.cpp" line="293"/>
        <source>Confirm that you have reviewed the record and that the vote is yours.</source>
        <translation>Confirme que ha revisado el acta y que el voto es suyo.</translation>
    </message>
</context>
<context>
    <name>gonogo::SignaturePad</name>
    <message>
        <location filename="../views/signaturepad.cpp" line="25"/>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <location filename="../views/signaturepad.cpp" line="26"/>
        <source>Draw your signature with the mouse, a pen or a finger.</source>
        <translation>Dibuje su firma con el ratón, un lápiz o el dedo.</translation>
    </message>
    <message>
        <location filename="../views/signaturepad.cpp" line="53"/>
        <source>Sign here (optional)</source>
        <translation>Firme aquí (opcional)</translation>
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
        <translation>Firmado sobre la huella %1</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="104"/>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>#</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Sign-off</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <location filename="../models/signoffmodel.cpp" line="121"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
</context>
<context>
    <name>gonogo::SignoffPanel</name>
    <message>
        <location filename="../views/signoffpanel.cpp" line="93"/>
        <source>&amp;Withdraw...</source>
        <translation>Re&amp;tirar...</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="93"/>
        <source>Sig&amp;n...</source>
        <translation>&amp;Firmar...</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="107"/>
        <source>Record &amp;Decision...</source>
        <translation>Registrar &amp;decisión...</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="109"/>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="125"/>
        <source>Stakeholders and their sign-offs</source>
        <translation>Personas y sus firmas</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>Vote</source>
        <translation>Voto</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="136"/>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="139"/>
        <source>Sign-off history</source>
        <translation>Historial de firmas</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="141"/>
        <source>&amp;Add Person...</source>
        <translation>Añadir &amp;persona...</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="142"/>
        <source>Edi&amp;t Person...</source>
        <translation>Editar pers&amp;ona...</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="143"/>
        <source>Move &amp;Up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="144"/>
        <source>Move D&amp;own</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="145"/>
        <source>Re&amp;move Person</source>
        <translation>&amp;Quitar persona</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="165"/>
        <source>Sign-offs are simple electronic signatures: GoNoGo records the name typed, the vote and the time, bound to the record&apos;s fingerprint. It does not verify identity.</source>
        <translation>Las firmas son firmas electrónicas simples: GoNoGo registra el nombre escrito, el voto y la hora, ligados a la huella del acta. No verifica la identidad.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="171"/>
        <source>Sign-off</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="176"/>
        <source>History of every sign-off, stale and withdrawn ones included:</source>
        <translation>Historial de todas las firmas, incluidas las obsoletas y retiradas:</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="277"/>
        <source>Recommendation: %1</source>
        <translation>Recomendación: %1</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="283"/>
        <source>No decision recorded yet. When the meeting has decided, record it here; then each stakeholder signs.</source>
        <translation>Aún no hay decisión registrada. Cuando la reunión haya decidido, regístrela aquí; después firma cada persona.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="287"/>
        <source>Decision: %1</source>
        <translation>Decisión: %1</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="288"/>
        <source>Recorded %1 by %2</source>
        <translation>Registrada %1 por %2</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="289"/>
        <source>Rationale: %1</source>
        <translation>Justificación: %1</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="293"/>
        <source>Overrides the recommendation %1: %2</source>
        <translation>Se aparta de la recomendación %1: %2</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="296"/>
        <source>Conditions:</source>
        <translation>Condiciones:</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="298"/>
        <source>- %1 (owner %2, due %3)</source>
        <translation>- %1 (responsable %2, fecha límite %3)</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="299"/>
        <location filename="../views/signoffpanel.cpp" line="300"/>
        <source>none</source>
        <translation>ninguno</translation>
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
        <translation>FINAL: la decisión está registrada y todas las firmas están vigentes.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="315"/>
        <source>DRAFT: no decision recorded yet.</source>
        <translation>BORRADOR: aún no hay decisión registrada.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="317"/>
        <source>DRAFT: waiting for %1.</source>
        <translation>BORRADOR: pendiente de %1.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="325"/>
        <source>Record fingerprint (SHA-256): %1</source>
        <translation>Huella del acta (SHA-256): %1</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="336"/>
        <source>Withdrawn %1: %2</source>
        <translation>Retirada %1: %2</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="411"/>
        <source>Withdraw sign-off</source>
        <translation>Retirar firma</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="412"/>
        <source>Why is the sign-off of %1 (%2) withdrawn? It stays in the record&apos;s history.</source>
        <translation>¿Por qué se retira la firma de %1 (%2)? Queda en el historial del acta.</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="424"/>
        <location filename="../views/signoffpanel.cpp" line="428"/>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="424"/>
        <source>Role (e.g. QA Lead):</source>
        <translation>Rol (p. ej. Responsable de QA):</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="428"/>
        <source>Name (can be left empty):</source>
        <translation>Nombre (puede quedar vacío):</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="443"/>
        <location filename="../views/signoffpanel.cpp" line="449"/>
        <source>Edit person</source>
        <translation>Editar persona</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="443"/>
        <source>Name of the %1:</source>
        <translation>Nombre de %1:</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="449"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="485"/>
        <source>Remove person</source>
        <translation>Quitar persona</translation>
    </message>
    <message>
        <location filename="../views/signoffpanel.cpp" line="485"/>
        <source>Remove this person from the people who must sign?</source>
        <translation>¿Quitar a esta persona de quienes deben firmar?</translation>
    </message>
</context>
<context>
    <name>gonogo::Storage</name>
    <message>
        <location filename="../models/storage/fileguards.cpp" line="35"/>
        <location filename="../models/storage/fileguards.cpp" line="47"/>
        <source>Could not keep a backup of %1 before upgrading it: %2</source>
        <translation>No se pudo guardar una copia de %1 antes de actualizarlo: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/fileguards.cpp" line="92"/>
        <source>%1 has a journal that is not its own, and it could not be set aside.</source>
        <translation>%1 tiene un diario que no es suyo, y no se pudo apartar.</translation>
    </message>
    <message>
        <location filename="../models/storage/fileguards.cpp" line="95"/>
        <source>A journal next to %1 was not this file&apos;s own (%2); it was set aside as %3 and not replayed.</source>
        <translation>Un diario junto a %1 no era de este archivo (%2); se apartó como %3 y no se aplicó.</translation>
    </message>
    <message>
        <location filename="../models/storage/fileguards.cpp" line="109"/>
        <source>%1 needs recovery from its journal, but no copy could be kept first: %2</source>
        <translation>%1 necesita recuperarse desde su diario, pero antes no se pudo guardar una copia: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/fileguards.cpp" line="114"/>
        <source>%1 was being changed when a program stopped; it was restored from its journal. The file as it was before is kept as %2.</source>
        <translation>%1 se estaba modificando cuando un programa se detuvo; se restauró desde su diario. El archivo tal como estaba antes se guarda como %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="100"/>
        <source>upgraded to file format %1</source>
        <translation>actualizado al formato de archivo %1</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="236"/>
        <source>The SQLite driver for Qt is not installed (package libqt6sql6-sqlite).</source>
        <translation>El controlador SQLite de Qt no está instalado (paquete libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="244"/>
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="270"/>
        <source>%1 was written by a newer GoNoGo (file format %2; this version reads up to %3). Update GoNoGo to open it.</source>
        <translation>%1 fue escrito por un GoNoGo más nuevo (formato %2; esta versión lee hasta el %3). Actualice GoNoGo para abrirlo.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="275"/>
        <source>%1 is damaged: it has no schema version.</source>
        <translation>%1 está dañado: no tiene versión de esquema.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="308"/>
        <source>A journal next to %1 looked like its own but was not: replaying it broke the file. The file was left as it was, and the journal set aside as %2.</source>
        <translation>Un diario junto a %1 parecía suyo pero no lo era: aplicarlo estropeaba el archivo. El archivo se dejó como estaba y el diario se apartó como %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="324"/>
        <source>%1 is on a network file system (%2), where locking is unreliable: two people could change it at once. Copy it to a local disk for the meeting.</source>
        <translation>%1 está en un sistema de archivos de red (%2), donde el bloqueo no es fiable: dos personas podrían cambiarlo a la vez. Cópielo a un disco local para la reunión.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="330"/>
        <location filename="../models/storage/decisionfile.cpp" line="351"/>
        <location filename="../models/storage/sql.cpp" line="36"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 está dañado: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="362"/>
        <source>%1 is in an older file format and no temporary folder could be made to read it: %2</source>
        <translation>%1 está en un formato de archivo anterior y no se pudo crear una carpeta temporal para leerlo: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="380"/>
        <source>%1 is in an older file format (%2); it was read as it would be after an upgrade and left unchanged. The first change made to it upgrades it.</source>
        <translation>%1 está en un formato de archivo anterior (%2); se leyó tal como quedaría tras actualizarlo y no se modificó. El primer cambio que se le haga lo actualiza.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="394"/>
        <source>%1 is damaged: its header says file format %2, but it holds the tables of format %3.</source>
        <translation>%1 está dañado: su cabecera dice formato de archivo %2, pero contiene las tablas del formato %3.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="409"/>
        <source>%1 could not be upgraded to the current file format; it was left as it was. %2</source>
        <translation>No se pudo actualizar %1 al formato actual; se ha dejado como estaba. %2</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="441"/>
        <source>%1 already exists; choose another name or open it instead.</source>
        <translation>%1 ya existe; elija otro nombre o ábralo.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="444"/>
        <source>Cannot create %1: the folder %2 does not exist.</source>
        <translation>No se puede crear %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="422"/>
        <source>Cannot create %1: the checklist has no items.</source>
        <translation>No se puede crear %1: la lista de control no tiene elementos.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="428"/>
        <source>Cannot create %1: &quot;%2&quot; is not a time zone this system knows (use a name such as Europe/Madrid).</source>
        <translation>No se puede crear %1: «%2» no es una zona horaria que este sistema conozca (use un nombre como Europe/Madrid).</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="461"/>
        <source>Cannot create %1: %2</source>
        <translation>No se puede crear %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="503"/>
        <source>A copy of %1 cannot replace the file itself.</source>
        <translation>Una copia de %1 no puede sustituir al propio archivo.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="510"/>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="513"/>
        <source>Cannot copy to %1: the folder %2 does not exist.</source>
        <translation>No se puede copiar en %1: la carpeta %2 no existe.</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="47"/>
        <source>integrity: %1</source>
        <translation>integridad: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="54"/>
        <source>references: %1</source>
        <translation>referencias: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="65"/>
        <source>audit log: the append-only guard %1 has been removed</source>
        <translation>registro de auditoría: se ha eliminado la protección de solo-añadir %1</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="80"/>
        <source>audit log: entry %1 has an invalid time &quot;%2&quot;</source>
        <translation>registro de auditoría: la entrada %1 tiene una hora no válida «%2»</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="82"/>
        <source>audit log: entry %1 is dated before the entry preceding it</source>
        <translation>registro de auditoría: la entrada %1 tiene fecha anterior a la entrada previa</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="92"/>
        <source>audit log: it is empty, but every decision records its creation</source>
        <translation>registro de auditoría: está vacío, pero toda decisión registra su creación</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="103"/>
        <source>audit log: %1</source>
        <translation>registro de auditoría: %1</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="106"/>
        <source>audit log: it has no baseline to replay from (removed by hand?)</source>
        <translation>registro de auditoría: no tiene una base desde la que reproducirlo (¿se quitó a mano?)</translation>
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
        <translation>la firma %1 de %2 no se verifica: se alteró o se copió de otra decisión</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="126"/>
        <source>sign-off %1 of %2 is marked withdrawn, but the withdrawal is not sealed</source>
        <translation>la firma %1 de %2 figura como retirada, pero la retirada no está sellada</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="128"/>
        <source>sign-off %1 of %2 was withdrawn, but the withdrawal has been removed</source>
        <translation>la firma %1 de %2 se retiró, pero la retirada se ha borrado</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="133"/>
        <source>sign-off %1 of %2: its withdrawal was altered</source>
        <translation>firma %1 de %2: su retirada se alteró</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="146"/>
        <source>sign-off %1 of %2: its entry in the audit log is missing (the log was cut)</source>
        <translation>firma %1 de %2: falta su entrada en el registro de auditoría (el registro fue recortado)</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="150"/>
        <source>sign-off %1 of %2: the audit history it was signed on has been rewritten</source>
        <translation>firma %1 de %2: el historial de auditoría sobre el que se firmó ha sido reescrito</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="156"/>
        <source>sign-off %1 of %2 is STALE: the record changed after it was signed</source>
        <translation>la firma %1 de %2 está OBSOLETA: el acta cambió después de firmarse</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="159"/>
        <source>sign-off %1 of %2 was withdrawn</source>
        <translation>la firma %1 de %2 fue retirada</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="164"/>
        <source>no decision has been recorded yet</source>
        <translation>aún no se ha registrado ninguna decisión</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="167"/>
        <source>no current sign-off from %1</source>
        <translation>no hay firma vigente de %1</translation>
    </message>
    <message>
        <location filename="../models/storage/verify.cpp" line="85"/>
        <source>audit log: entry %1 is incomplete</source>
        <translation>registro de auditoría: la entrada %1 está incompleta</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="73"/>
        <source>upgraded to file format 4</source>
        <translation>actualizado al formato de archivo 4</translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="80"/>
        <source>No migration from schema %1 to %2.</source>
        <translation>No hay migración del esquema %1 al %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/migrations.cpp" line="94"/>
        <location filename="../models/storage/migrations.cpp" line="102"/>
        <source>Schema step %1 failed: %2</source>
        <translation>Falló el paso de esquema %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="247"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="80"/>
        <source>there is no checklist item with ID &quot;%1&quot;.</source>
        <translation>no hay ningún elemento con ID «%1».</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="100"/>
        <source>%1 was changed by %2 at %3, after you last saw it: it is now %4. Your change was not made; look at the item again before changing it.</source>
        <translation>%2 cambió %1 a las %3, después de que usted lo viera por última vez: ahora es %4. Su cambio no se hizo; vuelva a mirar el elemento antes de cambiarlo.</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="147"/>
        <source>%1 is damaged: it has no meeting record.</source>
        <translation>%1 está dañado: no tiene registro de reunión.</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="169"/>
        <source>the launch name cannot be empty.</source>
        <translation>el nombre del lanzamiento no puede estar vacío.</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="172"/>
        <source>&quot;%1&quot; is not a time zone this system knows (use a name such as Europe/Madrid or America/New_York).</source>
        <translation>«%1» no es una zona horaria que este sistema conozca (use un nombre como Europe/Madrid o America/New_York).</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="180"/>
        <source>a threshold must be a percentage from 0 to 100, not %1.</source>
        <translation>un umbral debe ser un porcentaje de 0 a 100, no %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/repositories.cpp" line="185"/>
        <source>the GO WITH CAUTION threshold (%1%) cannot be above the GO threshold (%2%).</source>
        <translation>el umbral de GO CON PRECAUCIÓN (%1%) no puede superar el umbral de GO (%2%).</translation>
    </message>
    <message>
        <location filename="../models/storage/riskrepository.cpp" line="102"/>
        <location filename="../models/storage/riskrepository.cpp" line="167"/>
        <source>a risk needs a title.</source>
        <translation>un riesgo necesita un título.</translation>
    </message>
    <message>
        <location filename="../models/storage/riskrepository.cpp" line="30"/>
        <source>there is no checklist item with ID &quot;%1&quot; to link the risk to.</source>
        <translation>no hay ningún elemento con ID «%1» al que vincular el riesgo.</translation>
    </message>
    <message>
        <location filename="../models/storage/riskrepository.cpp" line="164"/>
        <location filename="../models/storage/riskrepository.cpp" line="245"/>
        <source>there is no risk with ID &quot;%1&quot;.</source>
        <translation>no hay ningún riesgo con ID «%1».</translation>
    </message>
    <message>
        <location filename="../models/storage/riskrepository.cpp" line="172"/>
        <source>accepting risk %1 needs a rationale.</source>
        <translation>aceptar el riesgo %1 requiere una justificación.</translation>
    </message>
    <message>
        <location filename="../models/storage/riskrepository.cpp" line="179"/>
        <source>accepting risk %1 needs the name of the person who accepts it.</source>
        <translation>aceptar el riesgo %1 requiere el nombre de quien lo acepta.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="33"/>
        <source>%1 is in use by another program or GoNoGo window.</source>
        <translation>%1 está en uso por otro programa o ventana de GoNoGo.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="40"/>
        <source>%1 is read-only here (no permission to write it or its folder, or read-only media): it can be viewed, printed, exported and verified, but not changed.</source>
        <translation>%1 es de solo lectura aquí (sin permiso para escribirlo o escribir en su carpeta, o en un medio de solo lectura): se puede ver, imprimir, exportar y verificar, pero no cambiar.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="44"/>
        <source>%1 was not changed: the disk is full.</source>
        <translation>%1 no se cambió: el disco está lleno.</translation>
    </message>
    <message>
        <location filename="../models/storage/sql.cpp" line="147"/>
        <source>%1 changed %2 at %3, after this window last showed it. Your change was not made; what is stored now is shown.</source>
        <translation>%1 cambió %2 a las %3, después de que esta ventana lo mostrara por última vez. Su cambio no se hizo; se muestra lo que está guardado ahora.</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="89"/>
        <source>&quot;%1&quot; is not a decision on a server: %2</source>
        <translation>&quot;%1&quot; no es una decisión en un servidor: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="92"/>
        <source>write postgresql://host:port/database?decision=ID</source>
        <translation>escriba postgresql://host:puerto/basededatos?decision=ID</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="95"/>
        <source>a password does not belong in the address, where it would be seen and kept; put it in ~/.pgpass or PGPASSWORD</source>
        <translation>una contraseña no debe ir en la dirección, donde se vería y se guardaría; póngala en ~/.pgpass o PGPASSWORD</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="104"/>
        <source>the server&apos;s host name is missing</source>
        <translation>falta el nombre del servidor</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="107"/>
        <source>name one database after the host, as in postgresql://host/database</source>
        <translation>indique una base de datos tras el servidor, como en postgresql://host/basededatos</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="113"/>
        <source>the decision ID &quot;%1&quot; must be 1 to 40 lower-case letters, digits and hyphens</source>
        <translation>el ID de decisión &quot;%1&quot; debe tener de 1 a 40 letras minúsculas, dígitos y guiones</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="120"/>
        <source>sslmode &quot;%1&quot; is not one of %2</source>
        <translation>sslmode &quot;%1&quot; no es uno de %2</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="124"/>
        <source>the option &quot;%1&quot; is not known (decision and sslmode are)</source>
        <translation>la opción &quot;%1&quot; no se conoce (sí decision y sslmode)</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="128"/>
        <source>name the decision with ?decision=ID</source>
        <translation>indique la decisión con ?decision=ID</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="164"/>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>El controlador PostgreSQL de Qt no está instalado (paquete libqt6sql6-psql).</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="199"/>
        <source>(GoNoGo takes the password from PGPASSWORD or ~/.pgpass.)</source>
        <translation>(GoNoGo toma la contraseña de PGPASSWORD o ~/.pgpass.)</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="198"/>
        <location filename="../models/storage/postgres.cpp" line="201"/>
        <source>Cannot connect to %1: %2</source>
        <translation>No se puede conectar con %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="219"/>
        <location filename="../models/storage/sql.cpp" line="46"/>
        <source>%1 refused the change: %2</source>
        <translation>%1 rechazó el cambio: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="223"/>
        <source>%1 refused: the server does not allow it to this user (%2)</source>
        <translation>%1 lo rechazó: el servidor no se lo permite a este usuario (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="226"/>
        <source>%1 is being changed by someone else; try again.</source>
        <translation>Otra persona está cambiando %1; inténtelo de nuevo.</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="229"/>
        <source>%1 was not changed: the server&apos;s disk is full.</source>
        <translation>%1 no se cambió: el disco del servidor está lleno.</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="232"/>
        <source>The connection to %1 was lost: %2</source>
        <translation>Se perdió la conexión con %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="234"/>
        <location filename="../models/storage/sql.cpp" line="50"/>
        <source>Could not read or write %1: %2</source>
        <translation>No se pudo leer o escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="292"/>
        <source>%1 holds no GoNoGo decisions yet; set it up with &quot;gonogo server init %1&quot;.</source>
        <translation>%1 aún no guarda decisiones de GoNoGo; prepárelo con &quot;gonogo server init %1&quot;.</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="493"/>
        <source>&quot;%1&quot; is not a database user name GoNoGo grants to (lower-case letters, digits and &apos;_&apos;, starting with a letter).</source>
        <translation>&quot;%1&quot; no es un nombre de usuario de base de datos al que GoNoGo conceda permisos (letras minúsculas, dígitos y &apos;_&apos;, empezando por una letra).</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="501"/>
        <source>&quot;%1&quot; is not a part: facilitator, stakeholder or auditor.</source>
        <translation>&quot;%1&quot; no es un papel: facilitator, stakeholder o auditor.</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="512"/>
        <source>%1 has no database user &quot;%2&quot;; create it first (CREATE ROLE %2 LOGIN).</source>
        <translation>%1 no tiene ningún usuario de base de datos &quot;%2&quot;; créelo antes (CREATE ROLE %2 LOGIN).</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="517"/>
        <source>A stakeholder signs for one decision as one person: give the decision&apos;s address (?decision=ID) and --stakeholder N (the number gonogo stakeholders shows).</source>
        <translation>Una parte interesada firma una decisión como una persona: indique la dirección de la decisión (?decision=ID) y --stakeholder N (el número que muestra gonogo stakeholders).</translation>
    </message>
    <message>
        <location filename="../models/storage/postgres.cpp" line="535"/>
        <source>%1 has no stakeholder %2 (gonogo stakeholders %1 lists them).</source>
        <translation>%1 no tiene la parte interesada %2 (gonogo stakeholders %1 las lista).</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="33"/>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="36"/>
        <source>%1 is a folder, not a decision file.</source>
        <translation>%1 es una carpeta, no un archivo de decisión.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionfile.cpp" line="299"/>
        <location filename="../models/storage/fileguards.cpp" line="106"/>
        <location filename="../models/storage/sqlitefile.cpp" line="40"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="44"/>
        <source>%1 is empty; it is not a decision file.</source>
        <translation>%1 está vacío; no es un archivo de decisión.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="50"/>
        <source>%1 is not a GoNoGo decision file (it is not an SQLite database).</source>
        <translation>%1 no es un archivo de decisión de GoNoGo (no es una base de datos SQLite).</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="53"/>
        <location filename="../models/storage/sqlitefile.cpp" line="83"/>
        <source>%1 is damaged: the file is truncated.</source>
        <translation>%1 está dañado: el archivo está truncado.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="61"/>
        <source>%1 is an SQLite database, but not a GoNoGo decision file.</source>
        <translation>%1 es una base de datos SQLite, pero no un archivo de decisión de GoNoGo.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="79"/>
        <source>%1 is damaged: it has %2 bytes after its last page that are not part of any page.</source>
        <translation>%1 está dañado: tiene %2 bytes después de su última página que no forman parte de ninguna página.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="122"/>
        <source>its page size (%1) is not the file&apos;s (%2)</source>
        <translation>su tamaño de página (%1) no es el del archivo (%2)</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="126"/>
        <source>its header is not valid</source>
        <translation>su cabecera no es válida</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="140"/>
        <source>the first page it would restore is not a GoNoGo decision file&apos;s</source>
        <translation>la primera página que restauraría no es de un archivo de decisión de GoNoGo</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="143"/>
        <source>it disagrees with itself about the size of the file</source>
        <translation>se contradice sobre el tamaño del archivo</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="147"/>
        <source>it was written at change %1 of a file, but this file is at change %2</source>
        <translation>se escribió en el cambio %1 de un archivo, pero este archivo está en el cambio %2</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="186"/>
        <source>%1 is in use by another program or GoNoGo window. Close it there and try again.</source>
        <translation>%1 está en uso por otro programa o ventana de GoNoGo. Ciérrelo allí y vuelva a intentarlo.</translation>
    </message>
    <message>
        <location filename="../models/storage/sqlitefile.cpp" line="285"/>
        <source>row %1 of table %2 refers to a missing row of %3</source>
        <translation>la fila %1 de la tabla %2 hace referencia a una fila inexistente de %3</translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="135"/>
        <source>audit log: entries %1 to %2 are missing (removed before entry %3)</source>
        <translation>registro de auditoría: faltan las entradas %1 a %2 (eliminadas antes de la entrada %3)</translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="140"/>
        <source>audit log: entry %1 is not sealed into the chain (inserted by hand?)</source>
        <translation>registro de auditoría: la entrada %1 no está sellada en la cadena (¿insertada a mano?)</translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="143"/>
        <source>audit log: entry %1 claims an unknown hash form %2</source>
        <translation>registro de auditoría: la entrada %1 declara una forma de hash desconocida %2</translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="146"/>
        <source>audit log: entry %1 is hashed in an older form than the entry before it (it was inserted or changed by hand)</source>
        <translation>registro de auditoría: la entrada %1 usa una forma de hash más antigua que la anterior (se insertó o cambió a mano)</translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="152"/>
        <source>audit log: entry %1 does not follow the entry before it (an entry was removed or changed)</source>
        <translation>registro de auditoría: la entrada %1 no sigue a la anterior (se eliminó o cambió una entrada)</translation>
    </message>
    <message>
        <location filename="../models/storage/auditlog.cpp" line="157"/>
        <source>audit log: entry %1 was changed after it was written</source>
        <translation>registro de auditoría: la entrada %1 se modificó después de escribirse</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="57"/>
        <source>recording a decision needs a rationale.</source>
        <translation>registrar una decisión requiere una justificación.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="75"/>
        <source>the decision %1 differs from the recommendation %2; say why in an override rationale.</source>
        <translation>la decisión %1 difiere de la recomendación %2; explique el motivo en una justificación de la excepción.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="61"/>
        <source>a condition needs a text.</source>
        <translation>una condición necesita un texto.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="82"/>
        <source>the poll (%1 GO, %2 GO WITH DISSENT, %3 NO-GO) disagrees with the recommendation %4; record why in the poll&apos;s rationale before recording the decision.</source>
        <translation>la votación (%1 GO, %2 GO CON RESERVAS, %3 NO-GO) discrepa de la recomendación %4; registre el motivo en la justificación de la votación antes de registrar la decisión.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="187"/>
        <location filename="../models/storage/signoffrepository.cpp" line="224"/>
        <source>a stakeholder needs a role.</source>
        <translation>una persona firmante necesita un rol.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="219"/>
        <location filename="../models/storage/signoffrepository.cpp" line="258"/>
        <location filename="../models/storage/signoffrepository.cpp" line="298"/>
        <source>there is no stakeholder %1.</source>
        <translation>no existe la persona %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="261"/>
        <source>a stakeholder cannot move to position %1.</source>
        <translation>una persona no puede moverse a la posición %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="307"/>
        <source>%1 has signed; a stakeholder with a sign-off in the record cannot be removed.</source>
        <translation>%1 ha firmado; no se puede quitar a una persona con una firma en el acta.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="316"/>
        <source>%1 has answered the poll; a stakeholder whose answer is in the record cannot be removed.</source>
        <translation>%1 ha respondido a la votación; no se puede quitar a una persona cuya respuesta está en el acta.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="400"/>
        <source>there is no stakeholder %1 to sign for.</source>
        <translation>no existe la persona %1 por la que firmar.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="409"/>
        <source>a sign-off needs the signer&apos;s printed name.</source>
        <translation>una firma necesita el nombre impreso de quien firma.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="412"/>
        <source>a vote of %1 needs a comment that says why.</source>
        <translation>un voto %1 necesita un comentario que explique el motivo.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="419"/>
        <source>the drawn signature must be a PNG image of at most %1 KiB and 2000 x 1000 pixels.</source>
        <translation>la firma dibujada debe ser una imagen PNG de como máximo %1 KiB y 2000 x 1000 píxeles.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="444"/>
        <source>%1: the record changed after %2 last saw it (its fingerprint is now %3, not %4), so it was not signed. Look at the record again, then sign what it is now.</source>
        <translation>%1: el registro cambió después de que %2 lo viera por última vez (su huella es ahora %3, no %4), así que no se firmó. Vuelva a mirar el registro y firme lo que es ahora.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="489"/>
        <source>there is no sign-off %1.</source>
        <translation>no existe la firma %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="492"/>
        <source>the sign-off of %1 was already withdrawn.</source>
        <translation>la firma de %1 ya fue retirada.</translation>
    </message>
    <message>
        <location filename="../models/storage/signoffrepository.cpp" line="496"/>
        <source>withdrawing a sign-off needs a reason.</source>
        <translation>retirar una firma requiere un motivo.</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="196"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="417"/>
        <source>the baseline in entry %1 cannot be read</source>
        <translation>la base de la entrada %1 no se puede leer</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="422"/>
        <source>the state in entry %1 cannot be read</source>
        <translation>el estado de la entrada %1 no se puede leer</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="469"/>
        <source>%1 is in the database but not in the audit log (added by hand?)</source>
        <translation>%1 está en la base de datos pero no en el registro de auditoría (¿añadido a mano?)</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="470"/>
        <source>%1 is in the file but not in the audit log (added by hand?)</source>
        <translation>%1 está en el archivo pero no en el registro de auditoría (¿añadido a mano?)</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="476"/>
        <source>%1 is in the audit log but missing from the database (removed by hand?)</source>
        <translation>%1 está en el registro de auditoría pero falta en la base de datos (¿borrado a mano?)</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="477"/>
        <source>%1 is in the audit log but missing from the file (removed by hand?)</source>
        <translation>%1 está en el registro de auditoría pero falta en el archivo (¿borrado a mano?)</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="496"/>
        <source>%1 is linked to item %2 in the database but not by the audit log</source>
        <translation>%1 está vinculado al elemento %2 en la base de datos pero no según el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="497"/>
        <source>%1 is linked to item %2 in the file but not by the audit log</source>
        <translation>%1 está vinculado al elemento %2 en el archivo pero no según el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="498"/>
        <source>%1 is linked to item %2 by the audit log but not in the database</source>
        <translation>%1 está vinculado al elemento %2 según el registro de auditoría pero no en la base de datos</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="499"/>
        <source>%1 is linked to item %2 by the audit log but not in the file</source>
        <translation>%1 está vinculado al elemento %2 según el registro de auditoría pero no en el archivo</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="506"/>
        <source>%1: %2 is %3 in the database but %4 by the audit log</source>
        <translation>%1: %2 es %3 en la base de datos pero %4 según el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../models/storage/ledger.cpp" line="507"/>
        <source>%1: %2 is %3 in the file but %4 by the audit log</source>
        <translation>%1: %2 es %3 en el archivo pero %4 según el registro de auditoría</translation>
    </message>
    <message>
        <location filename="../models/wholefile.cpp" line="28"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../models/wholefile.cpp" line="46"/>
        <source>%1 is a symbolic link; name the file itself, so that nothing else is overwritten.</source>
        <translation>%1 es un enlace simbólico; indique el propio archivo, para que no se sobrescriba nada más.</translation>
    </message>
    <message>
        <location filename="../models/wholefile.cpp" line="52"/>
        <source>%1 is not a regular file (a folder, device or pipe); choose a file name.</source>
        <translation>%1 no es un archivo normal (es una carpeta, un dispositivo o una tubería); elija un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="75"/>
        <source>an agenda step needs a title.</source>
        <translation>un punto del orden del día necesita un título.</translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="80"/>
        <source>an agenda step takes from 1 to %1 minutes, not %2.</source>
        <translation>un punto del orden del día dura de 1 a %1 minutos, no %2.</translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="88"/>
        <source>there is no category &quot;%1&quot; for the agenda step &quot;%2&quot; to show.</source>
        <translation>no existe la categoría «%1» que debe mostrar el punto «%2» del orden del día.</translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="176"/>
        <location filename="../models/storage/agendarepository.cpp" line="192"/>
        <location filename="../models/storage/agendarepository.cpp" line="217"/>
        <location filename="../models/storage/agendarepository.cpp" line="293"/>
        <source>there is no agenda step %1.</source>
        <translation>no existe el punto %1 del orden del día.</translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="195"/>
        <source>an agenda step cannot move to position %1.</source>
        <translation>un punto del orden del día no puede moverse a la posición %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/agendarepository.cpp" line="220"/>
        <source>the agenda step &quot;%1&quot; has started; its times are part of the meeting and it cannot be removed.</source>
        <translation>el punto «%1» del orden del día ya empezó; sus horas forman parte de la reunión y no se puede quitar.</translation>
    </message>
    <message>
        <location filename="../models/storage/pollrepository.cpp" line="76"/>
        <source>there is no stakeholder %1 to answer the poll.</source>
        <translation>no existe la persona %1 para responder a la votación.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="183"/>
        <source>the launch has already started (%1).</source>
        <translation>el lanzamiento ya empezó (%1).</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="192"/>
        <source>the decision is NO-GO; there is no launch to run.</source>
        <translation>la decisión es NO-GO; no hay lanzamiento que dirigir.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="193"/>
        <source>no decision has been recorded; a launch needs a recorded GO or GO WITH CAUTION.</source>
        <translation>no se ha registrado ninguna decisión; un lanzamiento necesita un GO o un GO CON PRECAUCIÓN registrado.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="197"/>
        <source>the decision record is not FINAL (a sign-off is missing or stale); the launch starts from a signed decision.</source>
        <translation>el acta de decisión no es FINAL (falta una firma o está obsoleta); el lanzamiento parte de una decisión firmada.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="201"/>
        <source>the runbook has no steps.</source>
        <translation>el runbook no tiene pasos.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="226"/>
        <source>the launch has not started.</source>
        <translation>el lanzamiento no ha empezado.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="229"/>
        <source>the launch ended (%1 at %2); nothing more can be recorded on it.</source>
        <translation>el lanzamiento terminó (%1 el %2); no se puede registrar nada más en él.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="237"/>
        <source>%1 is before the launch started (%2).</source>
        <translation>%1 es anterior al inicio del lanzamiento (%2).</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="269"/>
        <source>the runbook has no step &quot;%1&quot; (its steps: %2).</source>
        <translation>el runbook no tiene ningún paso «%1» (sus pasos: %2).</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="272"/>
        <source>a step&apos;s outcome is DONE or FAILED.</source>
        <translation>el resultado de un paso es DONE o FAILED.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="275"/>
        <source>%1 is the cutover itself: it is recorded by going live.</source>
        <translation>%1 es el propio paso a producción: se registra con la puesta en marcha.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="278"/>
        <source>%1 comes after go-live, and the launch is not live yet.</source>
        <translation>%1 va después de la puesta en marcha, y el lanzamiento aún no está en producción.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="283"/>
        <source>%1 is already done (%2 by %3).</source>
        <translation>%1 ya está hecho (%2 por %3).</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="309"/>
        <source>the launch is already live (%1).</source>
        <translation>el lanzamiento ya está en producción (%1).</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="315"/>
        <source>go-live waits for every step before it; not done: %1.</source>
        <translation>la puesta en marcha espera a todos los pasos anteriores; sin hacer: %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="142"/>
        <location filename="../models/storage/launchrepository.cpp" line="356"/>
        <source>there is no rollback trigger &quot;%1&quot; (the triggers: %2).</source>
        <translation>no existe el disparador de marcha atrás «%1» (los disparadores: %2).</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="105"/>
        <source>there is no step &quot;%1&quot; (the steps: %2).</source>
        <translation>no hay ningún paso «%1» (los pasos: %2).</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="110"/>
        <source>the launch started at %1; its runbook is no longer changed.</source>
        <translation>el lanzamiento empezó el %1; su runbook ya no se cambia.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="120"/>
        <source>step %1 needs a title.</source>
        <translation>el paso %1 necesita un título.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="123"/>
        <source>a step takes 1 to 600 minutes, not %1.</source>
        <translation>un paso dura de 1 a 600 minutos, no %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="126"/>
        <source>a step&apos;s offset is within a day of go-live (-1440 to 1440 minutes), not %1.</source>
        <translation>el desfase de un paso está a menos de un día de la puesta en marcha (de -1440 a 1440 minutos), no %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="132"/>
        <source>%1 is the go-live itself; its offset stays 0.</source>
        <translation>%1 es la propia puesta en marcha; su desfase sigue siendo 0.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="133"/>
        <source>only the go-live step is at offset 0.</source>
        <translation>solo el paso de puesta en marcha tiene desfase 0.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="150"/>
        <source>%1 comes after %2 (offset %3 min); its offset must be later.</source>
        <translation>%1 va después de %2 (desfase %3 min); su desfase debe ser posterior.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="155"/>
        <source>%1 comes before %2 (offset %3 min); its offset must be earlier.</source>
        <translation>%1 va antes de %2 (desfase %3 min); su desfase debe ser anterior.</translation>
    </message>
    <message>
        <location filename="../models/storage/launchrepository.cpp" line="363"/>
        <source>a rollback needs its rationale: what was seen, and why it meets %1.</source>
        <translation>una marcha atrás necesita su justificación: lo que se observó y por qué cumple %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="84"/>
        <source>monitoring starts at go-live, and the launch has not gone live.</source>
        <translation>la monitorización empieza con la puesta en marcha, y el lanzamiento no se ha puesto en marcha.</translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="87"/>
        <source>there are no readings to add.</source>
        <translation>no hay lecturas que añadir.</translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="129"/>
        <source>there is no metric &quot;%1&quot; (the metrics: %2).</source>
        <translation>no hay ninguna métrica «%1» (las métricas: %2).</translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="138"/>
        <source>%1: a threshold is a finite number.</source>
        <translation>%1: un umbral es un número finito.</translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="146"/>
        <source>%1 needs its limit.</source>
        <translation>%1 necesita su límite.</translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="150"/>
        <source>%1 is measured against a limit; it has no band or expected words.</source>
        <translation>%1 se mide contra un límite; no tiene banda ni palabras esperadas.</translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="155"/>
        <source>%1 needs a band above 0 %.</source>
        <translation>%1 necesita una banda mayor que 0 %.</translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="159"/>
        <source>%1 is measured against a baseline and band; it has no expected words.</source>
        <translation>%1 se mide contra una referencia y una banda; no tiene palabras esperadas.</translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="164"/>
        <source>%1 needs the words that are normal, &quot;/&quot; between them.</source>
        <translation>%1 necesita las palabras normales, separadas por «/».</translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="168"/>
        <source>%1 reads a word; its threshold is the expected words, not a number.</source>
        <translation>%1 se lee como una palabra; su umbral son las palabras esperadas, no un número.</translation>
    </message>
    <message>
        <location filename="../models/storage/monitoringrepository.cpp" line="179"/>
        <source>there is no rollback trigger &quot;%1&quot;.</source>
        <translation>no hay ningún disparador de marcha atrás «%1».</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="122"/>
        <source>STABLE has not been declared; it is signed once a review from T+48h on declares it.</source>
        <translation>no se ha declarado ESTABLE; se firma cuando una revisión desde T+48h lo declara.</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="136"/>
        <source>there is no stakeholder %1 on the decision&apos;s roster.</source>
        <translation>no hay ningún firmante %1 en la lista de la decisión.</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="140"/>
        <source>STABLE was declared at %1; it cannot be signed before.</source>
        <translation>ESTABLE se declaró el %1; no se puede firmar antes.</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="147"/>
        <source>%1 already signed the STABLE declaration as it stands (%2).</source>
        <translation>%1 ya firmó la declaración de ESTABLE tal como está (%2).</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="179"/>
        <source>there is no review &quot;%1&quot; (the reviews: %2).</source>
        <translation>no existe la revisión «%1» (las revisiones: %2).</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="187"/>
        <source>the reviews are counted from go-live, and the launch has not gone live.</source>
        <translation>las revisiones se cuentan desde la puesta en marcha, y el lanzamiento no se ha puesto en marcha.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/reviewrepository.cpp" line="192"/>
        <source>%1 is due at %2 (go-live %3 + %n h), not before.</source>
        <translation>
            <numerusform>%1 toca a las %2 (puesta en marcha %3 + %n h), no antes.</numerusform>
            <numerusform>%1 toca a las %2 (puesta en marcha %3 + %n h), no antes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="198"/>
        <source>%1 was already recorded (%2 by %3).</source>
        <translation>%1 ya se registró (%2 por %3).</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="202"/>
        <source>a review needs its outcome.</source>
        <translation>una revisión necesita su conclusión.</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="218"/>
        <source>STABLE is declared at T+48h or later, not at %1.</source>
        <translation>ESTABLE se declara en T+48h o después, no en %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="222"/>
        <source>the launch was %1; it cannot be declared STABLE.</source>
        <translation>el lanzamiento terminó en %1; no se puede declarar ESTABLE.</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="225"/>
        <source>STABLE needs every condition of the decision closed or carried with a new owner and date; open: %1.</source>
        <translation>ESTABLE necesita cada condición de la decisión cerrada o traspasada con nuevo responsable y fecha; abiertas: %1.</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="230"/>
        <source>STABLE was already declared at %1.</source>
        <translation>ESTABLE ya se declaró en %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/reviewrepository.cpp" line="246"/>
        <source>%n reading(s), none outside its threshold.</source>
        <translation>
            <numerusform>%n lectura, ninguna fuera de umbral.</numerusform>
            <numerusform>%n lecturas, ninguna fuera de umbral.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/storage/reviewrepository.cpp" line="247"/>
        <source>%n reading(s) outside their thresholds: %1.</source>
        <translation>
            <numerusform>%n lectura fuera de umbral: %1.</numerusform>
            <numerusform>%n lecturas fuera de umbral: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="285"/>
        <source>the decision has no conditions.</source>
        <translation>la decisión no tiene condiciones.</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="286"/>
        <source>the decision has no condition %1 (its conditions: %2).</source>
        <translation>la decisión no tiene la condición %1 (sus condiciones: %2).</translation>
    </message>
    <message>
        <location filename="../models/storage/reviewrepository.cpp" line="331"/>
        <source>a carried condition needs its new owner and new due date.</source>
        <translation>una condición traspasada necesita su nuevo responsable y su nueva fecha límite.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="32"/>
        <source>There is no decision &quot;%1&quot; on %2 (&quot;gonogo server list %2&quot; lists the decisions there).</source>
        <translation>No hay ninguna decisión &quot;%1&quot; en %2 (&quot;gonogo server list %2&quot; lista las decisiones que hay).</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="47"/>
        <source>%1 already exists; a decision on a server is never replaced (its audit log is append-only). Choose another decision ID.</source>
        <translation>%1 ya existe; una decisión en un servidor nunca se reemplaza (su registro de auditoría solo admite añadidos). Elija otro ID de decisión.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="223"/>
        <source>%1 was written by a newer GoNoGo (format %2; this version reads up to %3). Update GoNoGo to open it.</source>
        <translation>%1 lo escribió un GoNoGo más reciente (formato %2; esta versión lee hasta el %3). Actualice GoNoGo para abrirlo.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="242"/>
        <source>%1 is in an older format (%2) and must be upgraded to format %3 before this version of GoNoGo can open it. Only its owner on the server, database user &quot;%4&quot;, can upgrade it: ask them to open it once with this version (the window, or &quot;gonogo verify&quot; on its address); it then opens for everyone. Nothing was changed.</source>
        <translation>%1 está en un formato anterior (%2) y debe actualizarse al formato %3 antes de que esta versión de GoNoGo pueda abrirla. Solo su propietario en el servidor, el usuario de base de datos &quot;%4&quot;, puede actualizarla: pídale que la abra una vez con esta versión (la ventana, o &quot;gonogo verify&quot; con su dirección); después se abre para todos. No se cambió nada.</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="253"/>
        <source>%1 could not be upgraded to the current format; it was left as it was. %2</source>
        <translation>%1 no se pudo actualizar al formato actual; se dejó como estaba. %2</translation>
    </message>
    <message>
        <location filename="../models/storage/decisionserver.cpp" line="357"/>
        <source>Cannot copy to %1: %2</source>
        <translation>No se puede copiar a %1: %2</translation>
    </message>
</context>
<context>
    <name>gonogo::TemplateImport</name>
    <message>
        <location filename="../models/import/importsupport.cpp" line="20"/>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="26"/>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, línea %2, columna %3: %4</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="73"/>
        <source>the file contains a NUL byte; it is not a text checklist.</source>
        <translation>el archivo contiene un byte NUL; no es una lista de control en texto.</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="101"/>
        <source>the file is not valid UTF-8 here (byte 0x%1); save it as UTF-8.</source>
        <translation>el archivo no es UTF-8 válido aquí (byte 0x%1); guárdelo como UTF-8.</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="134"/>
        <location filename="../models/import/yamlimport.cpp" line="481"/>
        <source>the item has no title.</source>
        <translation>el elemento no tiene título.</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="138"/>
        <source>the item contains a NUL character.</source>
        <translation>el elemento contiene un carácter NUL.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="219"/>
        <location filename="../models/import/importsupport.cpp" line="150"/>
        <source>&quot;%1&quot; is not a valid item ID (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, at most 32).</source>
        <translation>«%1» no es un ID de elemento válido (letras, dígitos, «.», «_» y «-», 32 como máximo).</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="156"/>
        <source>the item ID %1 is used twice (first on line %2).</source>
        <translation>el ID de elemento %1 se usa dos veces (primero en la línea %2).</translation>
    </message>
    <message>
        <location filename="../models/import/importsupport.cpp" line="163"/>
        <source>%1 contains no checklist items.</source>
        <translation>%1 no contiene elementos de lista de control.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="90"/>
        <source>unexpected text after a closing quote.</source>
        <translation>texto inesperado tras unas comillas de cierre.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="94"/>
        <source>a quote inside an unquoted field; quote the whole field.</source>
        <translation>comillas dentro de un campo sin comillas; entrecomille el campo entero.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="108"/>
        <source>this quoted field is never closed.</source>
        <translation>este campo entrecomillado nunca se cierra.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="60"/>
        <source>There is no built-in template called &quot;%1&quot; (available: %2).</source>
        <translation>No hay ninguna plantilla incluida llamada «%1» (disponibles: %2).</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="68"/>
        <source>The built-in template &quot;%1&quot; is missing from this build.</source>
        <translation>Falta la plantilla incluida «%1» en esta compilación.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="83"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 no existe o no es un archivo.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="86"/>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="89"/>
        <source>%1 is larger than 16 MiB; it is not a checklist.</source>
        <translation>%1 ocupa más de 16 MiB; no es una lista de control.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="96"/>
        <source>%1: --critical-column reads the columns of Markdown tables; this is not a Markdown file. Mark critical items in the file itself.</source>
        <translation>%1: --critical-column lee las columnas de tablas Markdown; este no es un archivo Markdown. Marque los elementos críticos en el propio archivo.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="113"/>
        <source>%1: unknown checklist format &quot;.%2&quot;; use .json, .csv, .md or .yml.</source>
        <translation>%1: formato de lista de control desconocido «.%2»; use .json, .csv, .md o .yml.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="124"/>
        <source>invalid JSON: %1.</source>
        <translation>JSON no válido: %1.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="128"/>
        <source>%1: a checklist template is a JSON object with a &quot;categories&quot; list.</source>
        <translation>%1: una plantilla es un objeto JSON con una lista «categories».</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="141"/>
        <source>%1, %2: the category has no name.</source>
        <translation>%1, %2: la categoría no tiene nombre.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="147"/>
        <source>%1, %2: the category code &quot;%3&quot; is invalid or used twice.</source>
        <translation>%1, %2: el código de categoría «%3» no es válido o está repetido.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="164"/>
        <source>%1, %2: &quot;critical&quot; must be true or false.</source>
        <translation>%1, %2: «critical» debe ser true o false.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="169"/>
        <source>%1, %2: the item has no title.</source>
        <translation>%1, %2: el elemento no tiene título.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="173"/>
        <source>%1, %2: &quot;%3&quot; is not a valid item ID.</source>
        <translation>%1, %2: «%3» no es un ID de elemento válido.</translation>
    </message>
    <message>
        <location filename="../models/checklisttemplate.cpp" line="184"/>
        <source>%1: the item ID %2 is used twice.</source>
        <translation>%1: el ID de elemento %2 se usa dos veces.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="147"/>
        <source>%1 is empty; it needs a header row and items.</source>
        <translation>%1 está vacío; necesita una fila de cabecera y elementos.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="162"/>
        <source>unknown column &quot;%1&quot;; the columns are %2.</source>
        <translation>columna desconocida «%1»; las columnas son %2.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="167"/>
        <source>the column &quot;%1&quot; appears twice.</source>
        <translation>la columna «%1» aparece dos veces.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="174"/>
        <source>the header row has no &quot;%1&quot; column.</source>
        <translation>la fila de cabecera no tiene columna «%1».</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="185"/>
        <source>this row has %1 fields, but the header has %2.</source>
        <translation>esta fila tiene %1 campos, pero la cabecera tiene %2.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="195"/>
        <source>the category is empty.</source>
        <translation>la categoría está vacía.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="206"/>
        <source>the title is empty.</source>
        <translation>el título está vacío.</translation>
    </message>
    <message>
        <location filename="../models/import/csvimport.cpp" line="212"/>
        <source>critical must be yes/no, true/false or 1/0, not &quot;%1&quot;.</source>
        <translation>critical debe ser yes/no, true/false o 1/0, no «%1».</translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="541"/>
        <source>%1 could not be read as Markdown.</source>
        <translation>%1 no se pudo leer como Markdown.</translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="569"/>
        <source>%1: --critical-column reads the columns of Markdown tables, and this file&apos;s items are list items, not table rows.</source>
        <translation>%1: --critical-column lee las columnas de tablas Markdown, y los elementos de este archivo son elementos de lista, no filas de tabla.</translation>
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
        <translation>la fila no tiene título en la columna «%1».</translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="668"/>
        <source>%1: no table has a column &quot;%2&quot;; its columns are %3.</source>
        <translation>%1: ninguna tabla tiene una columna «%2»; sus columnas son %3.</translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="702"/>
        <source>Part of: %1</source>
        <translation>Parte de: %1</translation>
    </message>
    <message>
        <location filename="../models/import/markdownimport.cpp" line="710"/>
        <source>%1 contains no checklist items (no &quot;- [ ]&quot; checkboxes, table rows or list items were found).</source>
        <translation>%1 no contiene elementos de lista de control (no se encontraron casillas «- [ ]», filas de tabla ni elementos de lista).</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="57"/>
        <source>%1: the YAML reader could not start.</source>
        <translation>%1: no se pudo iniciar el lector de YAML.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="71"/>
        <source>%1 is empty; it holds no checklist.</source>
        <translation>%1 está vacío; no contiene ninguna lista de control.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="89"/>
        <source>a second YAML document starts here; a checklist file holds one.</source>
        <translation>aquí empieza un segundo documento YAML; un archivo de lista de control contiene uno.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="120"/>
        <source>invalid YAML: %1.</source>
        <translation>YAML no válido: %1.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="121"/>
        <source>invalid YAML: %1 %2.</source>
        <translation>YAML no válido: %1 %2.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="137"/>
        <source>the file expands to more than %1 values (through aliases); it is not a checklist.</source>
        <translation>el archivo se expande a más de %1 valores (mediante alias); no es una lista de control.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="157"/>
        <source>the values nest more than %1 levels deep here; a checklist does not.</source>
        <translation>aquí los valores se anidan más de %1 niveles; una lista de control no lo hace.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="169"/>
        <source>the alias *%1 names no anchor before it.</source>
        <translation>el alias *%1 no nombra ningún ancla anterior.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="217"/>
        <source>unexpected YAML here.</source>
        <translation>YAML inesperado aquí.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="313"/>
        <source>the categories must be a list.</source>
        <translation>las categorías deben ser una lista.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="324"/>
        <source>a checklist is a list of categories, or a mapping of category names to their items; this is a single value.</source>
        <translation>una lista de control es una lista de categorías, o una correspondencia de nombres de categoría con sus elementos; esto es un solo valor.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="330"/>
        <source>%1 contains no checklist items (no category with a list of items was found).</source>
        <translation>%1 no contiene elementos de lista de control (no se encontró ninguna categoría con una lista de elementos).</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="357"/>
        <location filename="../models/import/yamlimport.cpp" line="390"/>
        <source>a category name must be text.</source>
        <translation>el nombre de una categoría debe ser texto.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="369"/>
        <source>the category &quot;%1&quot; has no list of items.</source>
        <translation>la categoría «%1» no tiene lista de elementos.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="382"/>
        <source>a category is a mapping with a name and a list of items (items:).</source>
        <translation>una categoría es una correspondencia con un nombre y una lista de elementos (items:).</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="386"/>
        <source>the category has no list of items (items:).</source>
        <translation>la categoría no tiene lista de elementos (items:).</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="398"/>
        <source>the items must be a list.</source>
        <translation>los elementos deben ser una lista.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="436"/>
        <source>&quot;%1&quot; must be text.</source>
        <translation>«%1» debe ser texto.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="473"/>
        <source>an item is a text or a mapping with a title.</source>
        <translation>un elemento es un texto o una correspondencia con un título.</translation>
    </message>
    <message>
        <location filename="../models/import/yamlimport.cpp" line="515"/>
        <source>&quot;critical&quot; must be true or false, not &quot;%1&quot;.</source>
        <translation>«critical» debe ser true o false, no «%1».</translation>
    </message>
</context>
<context>
    <name>gonogo::UserGuide</name>
    <message>
        <location filename="../app/userguide.cpp" line="40"/>
        <source>GoNoGo User Guide</source>
        <translation>Guía del usuario de GoNoGo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="81"/>
        <source>gonogo: no display is available, so the window cannot open. Run it on a desktop, set DISPLAY, or use a command such as &quot;gonogo summary FILE&quot; (see gonogo --help).</source>
        <translation>gonogo: no hay pantalla disponible, así que la ventana no puede abrirse. Ejecútelo en un escritorio, defina DISPLAY o use una orden como «gonogo summary ARCHIVO» (vea gonogo --help).</translation>
    </message>
</context>
</TS>

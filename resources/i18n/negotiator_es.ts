<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>App</name>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="63" />
            <source>The library folder {folder} cannot be created: {reason}.</source>
            <translation>No se puede crear la carpeta de la biblioteca {folder}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="73" />
            <source>{problem} Switch to that window, or start Negotiator with --data-dir to open another library.</source>
            <translation>{problem} Cambie a esa ventana, o inicie Negotiator con --data-dir para abrir otra biblioteca.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="282" />
            <source>Negotiator stopped unexpectedly last time (a crash in Qt or a library it uses). The details are in {path}; send it to whoever supports Negotiator for you.</source>
            <translation>La última vez Negotiator se detuvo de forma inesperada (un fallo en Qt o en una biblioteca que utiliza). Los detalles están en {path}; envíelo a quien le preste asistencia con Negotiator.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="18" />
            <source>&lt;b&gt;This is a demonstration text, not an official document.&lt;/b&gt; To work on your real draft, choose &lt;b&gt;File › Import…&lt;/b&gt; (Ctrl+O) or drag the file onto this window.</source>
            <translation>&lt;b&gt;Este es un texto de demostración, no un documento oficial.&lt;/b&gt; Para trabajar con su proyecto real, elija &lt;b&gt;Archivo › Importar…&lt;/b&gt; (Ctrl+O) o arrastre el archivo a esta ventana.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="50" />
            <source>Dismiss</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="51" />
            <source>Dismiss this message</source>
            <translation>Cerrar este mensaje</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="111" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="72" />
            <source>New in {revision}</source>
            <translation>Nueva en {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="74" />
            <source>Changed since {revision}: {change}</source>
            <translation>Cambiada desde {revision}: {change}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="83" />
            <source>{change} (was {before})</source>
            <translation>{change} (antes {before})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="85" />
            <source>Was {before} in {revision}</source>
            <translation>Era {before} en {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/comparisons.py" line="71" />
            <source>Comparing</source>
            <translation>Comparación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/comparisons.py" line="72" />
            <location filename="../../negotiator_app/ui/compare/page.py" line="198" />
            <source>Comparing {old} with {new}…</source>
            <translation>Comparando {old} con {new}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/diff_html.py" line="26" />
            <source>Not in the earlier text.</source>
            <translation>No figura en el texto anterior.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/diff_html.py" line="28" />
            <source>Deleted from this text.</source>
            <translation>Suprimida de este texto.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="56" />
            <source>All</source>
            <translation>Todas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="57" />
            <source>Changed</source>
            <translation>Cambiadas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="58" />
            <source>New</source>
            <translation>Nuevas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="59" />
            <source>Deleted</source>
            <translation>Suprimidas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="60" />
            <source>Only where I have a position</source>
            <translation>Solo donde tengo una postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="61" />
            <source>Brackets resolved</source>
            <translation>Corchetes resueltos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="82" />
            <source>Earlier version</source>
            <translation>Versión anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="83" />
            <source>Later version</source>
            <translation>Versión posterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="84" />
            <source>&amp;Compare</source>
            <translation>&amp;Comparar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="85" />
            <source>Compare the two versions chosen</source>
            <translation>Comparar las dos versiones elegidas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="89" />
            <source>Show which provisions</source>
            <translation>Qué disposiciones mostrar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="93" />
            <source>Par&amp;agraphs too</source>
            <translation>También &amp;párrafos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="94" />
            <source>List every paragraph and subparagraph, not only articles</source>
            <translation>Listar cada párrafo y apartado, no solo los artículos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="105" />
            <source>Provisions compared</source>
            <translation>Disposiciones comparadas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="134" />
            <source>Ol&amp;der</source>
            <translation>&amp;Anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="136" />
            <source>&amp;Newer</source>
            <translation>Pos&amp;terior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="140" />
            <source>Fi&amp;lter</source>
            <translation>&amp;Filtro</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="178" />
            <source>{version} is the only revision of this instrument. Import the next revision (File › Import…, “the next revision”) to see what changed.</source>
            <translation>{version} es la única revisión de este instrumento. Importe la revisión siguiente (Archivo › Importar…, «la revisión siguiente») para ver qué cambió.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="205" />
            <source>Choose two different versions to compare.</source>
            <translation>Elija dos versiones distintas para comparar.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="273" />
            <source>Comparison cancelled. Press Compare to run it again.</source>
            <translation>Comparación cancelada. Pulse Comparar para repetirla.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="294" />
            <source>Nothing to show with this choice.</source>
            <translation>Nada que mostrar con esta elección.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="344" />
            <source>{names}: {changed} of %n provisions changed</source>
            <translation>
                <numerusform>{names}: cambió {changed} de %n disposición</numerusform>
                <numerusform>{names}: cambiaron {changed} de %n disposiciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="346" />
            <source>{names}: {changed} of %n articles changed</source>
            <translation>
                <numerusform>{names}: cambió {changed} de %n artículo</numerusform>
                <numerusform>{names}: cambiaron {changed} de %n artículos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="349" />
            <source>%n brackets removed</source>
            <translation>
                <numerusform>%n corchete suprimido</numerusform>
                <numerusform>%n corchetes suprimidos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="353" />
            <source>{summary}; {shown} shown.</source>
            <translation>{summary}; se muestran {shown}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="54" />
            <source>Positions to review</source>
            <translation>Posturas por revisar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="65" />
            <source>Carried positions to review</source>
            <translation>Posturas trasladadas por revisar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="71" />
            <source>Open</source>
            <translation>Abrir</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="72" />
            <source>Read the provision, with your position beside it (Enter)</source>
            <translation>Leer la disposición, con su postura al lado (Intro)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="74" />
            <source>Mar&amp;k reviewed</source>
            <translation>&amp;Marcar como revisada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="75" />
            <source>Keep the position as it is and take it off this list</source>
            <translation>Mantener la postura tal como está y quitarla de esta lista</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="112" />
            <source>Open a version to see the positions carried into it.</source>
            <translation>Abra una versión para ver las posturas trasladadas a ella.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="123" />
            <source>%n positions carried into {revision} need a look. Open each, then mark it reviewed — or edit it: saving clears it too.</source>
            <translation>
                <numerusform>%n postura trasladada a {revision} requiere revisión. Ábrala y márquela como revisada — o modifíquela: guardarla también la quita de la lista.</numerusform>
                <numerusform>%n posturas trasladadas a {revision} requieren revisión. Abra cada una y márquela como revisada — o modifíquela: guardarla también la quita de la lista.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="131" />
            <source>No carried positions in {revision} await a look.</source>
            <translation>No hay posturas trasladadas a {revision} pendientes de revisión.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="185" />
            <source>no stance</source>
            <translation>sin postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="195" />
            <source>{provision} of {revision}</source>
            <translation>{provision} de {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="120" />
            <source>Import a draft before comparing versions.</source>
            <translation>Importe un proyecto antes de comparar versiones.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="145" />
            <source>Import a draft before exporting a table of changes.</source>
            <translation>Importe un proyecto antes de exportar una tabla de cambios.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="207" />
            <source>%n positions carried into it need a look.</source>
            <translation>
                <numerusform>%n postura trasladada a ella requiere revisión.</numerusform>
                <numerusform>%n posturas trasladadas a ella requieren revisión.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="208" />
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="248" />
            <source>Positions to review…</source>
            <translation>Posturas por revisar…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="233" />
            <source>{revision} of the demonstration draft is in the library too, with %n positions carried from {before} to review: see what changed, article by article.</source>
            <translation>
                <numerusform>La {revision} del proyecto de demostración también está en la biblioteca, con %n postura trasladada de {before} por revisar: vea qué cambió, artículo por artículo.</numerusform>
                <numerusform>La {revision} del proyecto de demostración también está en la biblioteca, con %n posturas trasladadas de {before} por revisar: vea qué cambió, artículo por artículo.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="239" />
            <source>{revision} of the demonstration draft is in the library too: see what changed, article by article.</source>
            <translation>La {revision} del proyecto de demostración también está en la biblioteca: vea qué cambió, artículo por artículo.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="247" />
            <source>Compare versions</source>
            <translation>Comparar versiones</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Provision</source>
            <translation>Disposición</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Change</source>
            <translation>Cambio</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Alike</source>
            <translation>Similitud</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Brackets</source>
            <translation>Corchetes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="104" />
            <source>Change: {change}</source>
            <translation>Cambio: {change}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="107" />
            <source>Alike: {percent} of the words</source>
            <translation>Similitud: {percent} de las palabras</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="110" />
            <source>Brackets: {brackets}</source>
            <translation>Corchetes: {brackets}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="113" />
            <source>Your position: {stance}</source>
            <translation>Su postura: {stance}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="48" />
            <source>Earlier text, deleted words struck through</source>
            <translation>Texto anterior, palabras suprimidas tachadas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="50" />
            <source>Later text, inserted words underlined</source>
            <translation>Texto posterior, palabras añadidas subrayadas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="71" />
            <source>Earlier text</source>
            <translation>Texto anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="71" />
            <source>Later text</source>
            <translation>Texto posterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="72" />
            <source>Choose a provision in the list to see its old and new text.</source>
            <translation>Elija una disposición de la lista para ver su texto anterior y el nuevo.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="81" />
            <source>{percent} alike</source>
            <translation>similitud del {percent}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="114" />
            <source>Brackets: {brackets}.</source>
            <translation>Corchetes: {brackets}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="116" />
            <source>%n brackets still open.</source>
            <translation>
                <numerusform>%n corchete sigue abierto.</numerusform>
                <numerusform>%n corchetes siguen abiertos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="119" />
            <source>Now marked: {status}.</source>
            <translation>Ahora marcado: {status}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="121" />
            <source>Only the number changed; the text is the same.</source>
            <translation>Solo cambió el número; el texto es el mismo.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="123" />
            <source>The text did not change.</source>
            <translation>El texto no cambió.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="125" />
            <source>a note</source>
            <translation>una nota</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="127" />
            <source>Your position: {stance}, a red line.</source>
            <translation>Su postura: {stance}, línea roja.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="129" />
            <source>Your position: {stance}.</source>
            <translation>Su postura: {stance}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="48" />
            <source>{provision} (deleted)</source>
            <translation>{provision} (suprimida)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="50" />
            <source>{provision} (new)</source>
            <translation>{provision} (nueva)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="54" />
            <source>{provision} (was {before})</source>
            <translation>{provision} (antes {before})</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="59" />
            <source>Negotiator — unexpected error</source>
            <translation>Negotiator — error inesperado</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="62" />
            <source>Everything you typed before this was saved. You can keep working; if the problem comes back, send the crash log to whoever supports Negotiator for you.</source>
            <translation>Todo lo que escribió antes de esto se guardó. Puede seguir trabajando; si el problema vuelve a aparecer, envíe el registro del fallo a quien le preste asistencia con Negotiator.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="81" />
            <source>{problem} (Details: {path}.)</source>
            <translation>{problem} (Detalles: {path}.)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="85" />
            <source>Something unexpected went wrong ({what}). The details are in {path}.</source>
            <translation>Se produjo un error inesperado ({what}). Los detalles están en {path}.</translation>
        </message>
    </context>
    <context>
        <name>ExportChanges</name>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="44" />
            <source>Word table, landscape (.docx)</source>
            <translation>Tabla de Word, horizontal (.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="44" />
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="45" />
            <source>CSV, every pair compared (.csv)</source>
            <translation>CSV, cada par comparado (.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="45" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="46" />
            <source>Markdown, for email (.md)</source>
            <translation>Markdown, para correo electrónico (.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="46" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="65" />
            <source>Export table of changes</source>
            <translation>Exportar tabla de cambios</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="69" />
            <source>Older version</source>
            <translation>Versión anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="70" />
            <source>Newer version</source>
            <translation>Versión posterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="80" />
            <source>One row per changed provision (the paragraph that changed)</source>
            <translation>Una fila por disposición modificada (el párrafo que cambió)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="82" />
            <source>One row per changed article, with its whole text</source>
            <translation>Una fila por artículo modificado, con su texto completo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="87" />
            <source>Title on the first page</source>
            <translation>Título en la primera página</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="91" />
            <source>Format</source>
            <translation>Formato</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="93" />
            <source>Where to save the file</source>
            <translation>Dónde guardar el archivo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="94" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="95" />
            <source>Choose where to save the file</source>
            <translation>Elegir dónde guardar el archivo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="103" />
            <source>Ol&amp;der version:</source>
            <translation>Versión &amp;anterior:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="104" />
            <source>&amp;Newer version:</source>
            <translation>Versión &amp;posterior:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="108" />
            <source>Rows:</source>
            <translation>Filas:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="109" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="110" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="111" />
            <source>&amp;Marking:</source>
            <translation>&amp;Clasificación:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="112" />
            <source>Fo&amp;rmat:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="113" />
            <source>Sa&amp;ve to:</source>
            <translation>&amp;Guardar en:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="132" />
            <source>Choose two different versions to compare.</source>
            <translation>Elija dos versiones distintas para comparar.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="135" />
            <source>Choose a file to save to.</source>
            <translation>Elija el archivo donde guardar.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="154" />
            <source>Comparing and writing {file}…</source>
            <translation>Comparando y escribiendo {file}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="173" />
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="193" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="201" />
            <source>Wrote {path} (%n rows).</source>
            <translation>
                <numerusform>Se escribió {path} (%n fila).</numerusform>
                <numerusform>Se escribió {path} (%n filas).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportMemo</name>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="27" />
            <source>Language of the memo</source>
            <translation>Idioma de la nota</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="29" />
            <source>The language of the memo's own words: title, headings, stances, dates. The provisions are quoted, and named, as the text says them.</source>
            <translation>El idioma de las palabras propias de la nota: título, encabezados, posturas, fechas. Las disposiciones se citan, y se designan, como las dice el texto.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="49" />
            <source>Classification marking</source>
            <translation>Clasificación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="59" />
            <source>(no marking)</source>
            <translation>(sin clasificación)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="53" />
            <source>Export memo</source>
            <translation>Exportar nota</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="84" />
            <source>Choose a file to save to.</source>
            <translation>Elija el archivo donde guardar.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="111" />
            <source>Writing {file}…</source>
            <translation>Escribiendo {file}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/dialog.py" line="139" />
            <source>%n provisions will be exported.</source>
            <translation>
                <numerusform>Se exportará %n disposición.</numerusform>
                <numerusform>Se exportarán %n disposiciones.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/dialog.py" line="143" />
            <source>Wrote {path} (%n provisions).</source>
            <translation>
                <numerusform>Se escribió {path} (%n disposición).</numerusform>
                <numerusform>Se escribió {path} (%n disposiciones).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="54" />
            <source>Word memo (.docx)</source>
            <translation>Nota de Word (.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="54" />
            <source>Word documents (*.docx)</source>
            <translation>Documentos de Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="55" />
            <source>Markdown, for email (.md)</source>
            <translation>Markdown, para correo electrónico (.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="55" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="56" />
            <source>CSV, for spreadsheets (.csv)</source>
            <translation>CSV, para hojas de cálculo (.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="56" />
            <source>CSV files (*.csv)</source>
            <translation>Archivos CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="146" />
            <source>Cover</source>
            <translation>Portada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="150" />
            <source>Memo title</source>
            <translation>Título de la nota</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="151" />
            <source>e.g. Delegation of Examplia</source>
            <translation>p. ej. Delegación de Examplia</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="152" />
            <source>The negotiation</source>
            <translation>La negociación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="153" />
            <source>e.g. Fourth session, New York</source>
            <translation>p. ej. Cuarto período de sesiones, Nueva York</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="154" />
            <source>Date</source>
            <translation>Fecha</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="155" />
            <source>Your name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="160" />
            <source>Memo &amp;language:</source>
            <translation>&amp;Idioma de la nota:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="161" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="162" />
            <source>&amp;Delegation:</source>
            <translation>&amp;Delegación:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="163" />
            <source>&amp;Negotiation:</source>
            <translation>&amp;Negociación:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="164" />
            <source>&amp;Session:</source>
            <translation>&amp;Sesión:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="165" />
            <source>D&amp;ate:</source>
            <translation>F&amp;echa:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="166" />
            <source>Prepared &amp;by:</source>
            <translation>&amp;Preparada por:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="167" />
            <source>&amp;Marking:</source>
            <translation>C&amp;lasificación:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="173" />
            <source>Provisions</source>
            <translation>Disposiciones</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="177" />
            <source>Provisions with a position</source>
            <translation>Disposiciones con postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="178" />
            <source>All articles, with or without a position (briefing book)</source>
            <translation>Todos los artículos, con o sin postura (carpeta de información)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="190" />
            <source>Only these stances (none ticked: any):</source>
            <translation>Solo estas posturas (ninguna marcada: todas):</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="200" />
            <source>Only these tags:</source>
            <translation>Solo estas etiquetas:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="201" />
            <source>Only these chapters:</source>
            <translation>Solo estos capítulos:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="203" />
            <source>Say which agreed lan&amp;guage each provision takes up (from the reference instruments)</source>
            <translation>Indicar qué texto a&amp;cordado recoge cada disposición (según los instrumentos de referencia)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="208" />
            <source>A line per provision: “Agreed language: UNCAC, art. 46, para. 9 (b), with 'shall' → 'may'”</source>
            <translation>Una línea por disposición: «Texto acordado: CNUCC, art. 46, párr. 9 b), con «adoptará» → «podrá adoptar»»</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="221" />
            <source>File</source>
            <translation>Archivo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="226" />
            <source>Fo&amp;rmat:</source>
            <translation>&amp;Formato:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="228" />
            <source>Negotiator's standard template</source>
            <translation>Plantilla estándar de Negotiator</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="229" />
            <location filename="../../negotiator_app/ui/export/form.py" line="238" />
            <source>Choose…</source>
            <translation>Elegir…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="232" />
            <source>Tem&amp;plate:</source>
            <translation>Pl&amp;antilla:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="233" />
            <source>Add each rationale as a Word comment on its provision</source>
            <translation>Añadir cada justificación como comentario de Word en su disposición</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="237" />
            <source>Where to save the file</source>
            <translation>Dónde guardar el archivo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="240" />
            <source>Sa&amp;ve to:</source>
            <translation>&amp;Guardar en:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="286" />
            <source>Position memo</source>
            <translation>Nota de posición</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="328" />
            <source>Memo template</source>
            <translation>Plantilla de la nota</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="328" />
            <source>Word templates (*.dotx *.docx)</source>
            <translation>Plantillas de Word (*.dotx *.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="336" />
            <source>Save as</source>
            <translation>Guardar como</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="351" />
            <source>The provisions selected in the tree (none selected)</source>
            <translation>Las disposiciones seleccionadas en el árbol (ninguna seleccionada)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="353" />
            <source>The provision selected in the tree ({key})</source>
            <translation>La disposición seleccionada en el árbol ({key})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/form.py" line="354" />
            <source>The %n provisions selected in the tree</source>
            <translation>
                <numerusform>La disposición seleccionada en el árbol (%n)</numerusform>
                <numerusform>Las %n disposiciones seleccionadas en el árbol</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="39" />
            <source>Export progress</source>
            <translation>Progreso de la exportación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="79" />
            <source>&amp;Open</source>
            <translation>A&amp;brir</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="81" />
            <source>Show in &amp;folder</source>
            <translation>Mostrar en la ca&amp;rpeta</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="87" />
            <source>&amp;Export</source>
            <translation>E&amp;xportar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="90" />
            <location filename="../../negotiator_app/ui/export/writing.py" line="159" />
            <source>Close</source>
            <translation>Cerrar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="101" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="138" />
            <source>Note: {warning}</source>
            <translation>Nota: {warning}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="147" />
            <source>The export failed unexpectedly; nothing was written.</source>
            <translation>La exportación falló de forma inesperada; no se escribió nada.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="159" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="175" />
            <source>No application on this computer could open {path}.</source>
            <translation>Ninguna aplicación de este equipo pudo abrir {path}.</translation>
        </message>
    </context>
    <context>
        <name>GoToDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="35" />
            <source>Go to article</source>
            <translation>Ir al artículo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="42" />
            <source>Article number (12, 12 bis, 6.1.a) or a word of its title</source>
            <translation>Número de artículo (12, 12 bis, 6.1.a) o una palabra de su título</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="44" />
            <source>Article to go to</source>
            <translation>Artículo al que ir</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="51" />
            <source>Matching articles</source>
            <translation>Artículos que coinciden</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="97" />
            <source>Type an article number.</source>
            <translation>Escriba un número de artículo.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="112" />
            <source>There is no Article {number} in this version.</source>
            <translation>No hay artículo {number} en esta versión.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="113" />
            <source>Nothing in this version is called "{text}".</source>
            <translation>Nada en esta versión se llama «{text}».</translation>
        </message>
    </context>
    <context>
        <name>HelpDialogs</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="34" />
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="38" />
            <source>Keyboard shortcuts</source>
            <translation>Atajos de teclado</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>Where</source>
            <translation>Dónde</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>What it does</source>
            <translation>Qué hace</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="60" />
            <source>An offline workbench for treaty negotiators: the draft as an article tree, instant search, positions and memos. It never connects to the network.</source>
            <translation>Un puesto de trabajo sin conexión para negociadores de tratados: el proyecto como árbol de artículos, búsqueda instantánea, posturas y notas. Nunca se conecta a la red.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="67" />
            <source>Your library:</source>
            <translation>Su biblioteca:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="68" />
            <source>Backups and crash logs:</source>
            <translation>Copias de seguridad y registros de fallos:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="78" />
            <source>About Negotiator</source>
            <translation>Acerca de Negotiator</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="33" />
            <source>Drafts (*.docx *.pdf *.html *.htm *.xml *.txt *.md);;Word (*.docx);;PDF (*.pdf);;Web page (*.html *.htm);;Akoma Ntoso (*.xml);;Plain text (*.txt *.md);;All files (*)</source>
            <translation>Proyectos (*.docx *.pdf *.html *.htm *.xml *.txt *.md);;Word (*.docx);;PDF (*.pdf);;Página web (*.html *.htm);;Akoma Ntoso (*.xml);;Texto sin formato (*.txt *.md);;Todos los archivos (*)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="61" />
            <source>Import a draft</source>
            <translation>Importar un proyecto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="80" />
            <source>Reading</source>
            <translation>Lectura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="80" />
            <source>Reading {file}…</source>
            <translation>Leyendo {file}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="84" />
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="133" />
            <source>Import cancelled; the library is unchanged.</source>
            <translation>Importación cancelada; la biblioteca no ha cambiado.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="93" />
            <source>Backing up</source>
            <translation>Copia de seguridad</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="93" />
            <source>Backing up the library…</source>
            <translation>Haciendo una copia de seguridad de la biblioteca…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="97" />
            <source>The library was backed up to {path}.</source>
            <translation>Se hizo una copia de seguridad de la biblioteca en {path}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="103" />
            <source>Backup cancelled.</source>
            <translation>Copia de seguridad cancelada.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="128" />
            <source>Importing</source>
            <translation>Importación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="129" />
            <source>Importing {file}…</source>
            <translation>Importando {file}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="151" />
            <source>Wait for the import or backup under way to finish.</source>
            <translation>Espere a que termine la importación o la copia de seguridad en curso.</translation>
        </message>
    </context>
    <context>
        <name>ImportOptions</name>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="40" />
            <source>A new instrument (named from the document's title)</source>
            <translation>Un instrumento nuevo (con el nombre del título del documento)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="64" />
            <source>Import a draft</source>
            <translation>Importar un proyecto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="71" />
            <source>New instrument, or another instrument it is a version of</source>
            <translation>Instrumento nuevo, u otro instrumento del que es una versión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="88" />
            <source>e.g. "Rev.1" or "Chair's text, 3 March"</source>
            <translation>p. ej. «Rev. 1» o «Texto de la Presidencia, 3 de marzo»</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="89" />
            <source>Label of this version</source>
            <translation>Denominación de esta versión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="91" />
            <source>Language of the text</source>
            <translation>Idioma del texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="93" />
            <source>Detect</source>
            <translation>Detectar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="98" />
            <source>Detect ({language})</source>
            <translation>Detectar ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="100" />
            <source>&amp;Reference instrument (an earlier agreed text)</source>
            <translation>Instrumento de &amp;referencia (un texto acordado anterior)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="102" />
            <source>An earlier treaty, resolution or law: the paragraphs of the other texts are compared with it, and their precedents shown in the Precedents tab</source>
            <translation>Un tratado, una resolución o una ley anteriores: los párrafos de los demás textos se comparan con él, y sus precedentes se muestran en la pestaña Precedentes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="108" />
            <source>Its short name in citations, e.g. "UNCAC"</source>
            <translation>Su nombre abreviado en las citas, p. ej. «CNUCC»</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="109" />
            <source>Short name of the reference in citations</source>
            <translation>Nombre abreviado de la referencia en las citas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="117" />
            <source>Import</source>
            <translation>Importar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="141" />
            <source>&amp;Label</source>
            <translation>&amp;Denominación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="142" />
            <source>L&amp;anguage</source>
            <translation>&amp;Idioma</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="144" />
            <source>Cite a&amp;s</source>
            <translation>&amp;Citar como</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="190" />
            <source>This text is</source>
            <translation>Este texto es</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="199" />
            <source>the &amp;next revision of {instrument}, after {revision}</source>
            <translation>la revisión &amp;siguiente de {instrument}, tras {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="203" />
            <source>the next revision</source>
            <translation>la revisión siguiente</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="205" />
            <source>another lan&amp;guage of</source>
            <translation>otro idio&amp;ma de</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="207" />
            <source>The revision it is another language of</source>
            <translation>La revisión de la que es otro idioma</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="208" />
            <source>a new &amp;instrument, or a version of another:</source>
            <translation>un instrumento &amp;nuevo, o una versión de otro:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="223" />
            <source>of {instrument}</source>
            <translation>de {instrument}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="273" />
            <source>{revision} already has a text in {language}: import this one as the next revision, or choose its language.</source>
            <translation>{revision} ya tiene un texto en {language}: importe este como revisión siguiente, o elija su idioma.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="34" />
            <source>{version} of {instrument}</source>
            <translation>{version} de {instrument}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="37" />
            <source>Imported {what}.</source>
            <translation>Importado: {what}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="42" />
            <source>Check the tree: %n structure warnings.</source>
            <translation>
                <numerusform>Compruebe el árbol: %n aviso de estructura.</numerusform>
                <numerusform>Compruebe el árbol: %n avisos de estructura.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="48" />
            <source>… and %n more (negotiator check-structure).</source>
            <translation>
                <numerusform>… y %n más (negotiator check-structure).</numerusform>
                <numerusform>… y %n más (negotiator check-structure).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="58" />
            <source>What was left out — {title}</source>
            <translation>Lo que quedó fuera — {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="62" />
            <source>%n lines of the file are not in the tree. Each is listed with the reason it was left out and its page, so you can check that nothing of the text was lost.</source>
            <translation>
                <numerusform>%n línea del archivo no está en el árbol. Se lista con el motivo por el que quedó fuera y su página, para que pueda comprobar que no se perdió nada del texto.</numerusform>
                <numerusform>%n líneas del archivo no están en el árbol. Cada una se lista con el motivo por el que quedó fuera y su página, para que pueda comprobar que no se perdió nada del texto.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="68" />
            <source>The first %n are listed.</source>
            <translation>
                <numerusform>Se lista la primera (%n).</numerusform>
                <numerusform>Se listan las %n primeras.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="72" />
            <source>Show the lines left out for</source>
            <translation>Mostrar las líneas que quedaron fuera por</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="73" />
            <source>Every reason ({count})</source>
            <translation>Todos los motivos ({count})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="78" />
            <source>Lines left out</source>
            <translation>Líneas que quedaron fuera</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="79" />
            <source>Page</source>
            <translation>Página</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="79" />
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="79" />
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="91" />
            <source>Show:</source>
            <translation>Mostrar:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="20" />
            <source>%n instruments</source>
            <translation>
                <numerusform>%n instrumento</numerusform>
                <numerusform>%n instrumentos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="21" />
            <source>%n parts</source>
            <translation>
                <numerusform>%n parte</numerusform>
                <numerusform>%n partes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="22" />
            <source>%n chapters</source>
            <translation>
                <numerusform>%n capítulo</numerusform>
                <numerusform>%n capítulos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="23" />
            <source>%n sections</source>
            <translation>
                <numerusform>%n sección</numerusform>
                <numerusform>%n secciones</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="24" />
            <source>%n titles</source>
            <translation>
                <numerusform>%n título</numerusform>
                <numerusform>%n títulos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="25" />
            <source>%n articles</source>
            <translation>
                <numerusform>%n artículo</numerusform>
                <numerusform>%n artículos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="26" />
            <source>%n operative paragraphs</source>
            <translation>
                <numerusform>%n párrafo dispositivo</numerusform>
                <numerusform>%n párrafos dispositivos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="27" />
            <source>%n paragraphs</source>
            <translation>
                <numerusform>%n párrafo</numerusform>
                <numerusform>%n párrafos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="28" />
            <source>%n subparagraphs</source>
            <translation>
                <numerusform>%n apartado</numerusform>
                <numerusform>%n apartados</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="29" />
            <source>%n annexes</source>
            <translation>
                <numerusform>%n anexo</numerusform>
                <numerusform>%n anexos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="30" />
            <source>%n preamble paragraphs</source>
            <translation>
                <numerusform>%n párrafo del preámbulo</numerusform>
                <numerusform>%n párrafos del preámbulo</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="34" />
            <source>contents lines</source>
            <translation>líneas del índice</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="35" />
            <source>front matter lines</source>
            <translation>líneas de portada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="36" />
            <source>cross-headings</source>
            <translation>subtítulos intermedios</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="37" />
            <source>footnotes</source>
            <translation>notas al pie</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="38" />
            <source>footnote references</source>
            <translation>llamadas de nota</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="39" />
            <source>rule lines</source>
            <translation>líneas separadoras</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="40" />
            <source>comments</source>
            <translation>comentarios</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="41" />
            <source>lines between instruments</source>
            <translation>líneas entre instrumentos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="42" />
            <source>page numbers</source>
            <translation>números de página</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="43" />
            <source>running headers and footers</source>
            <translation>encabezados y pies de página</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="44" />
            <source>preamble formulas</source>
            <translation>fórmulas del preámbulo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="45" />
            <source>endnotes</source>
            <translation>notas finales</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="46" />
            <source>lines after the end of the text</source>
            <translation>líneas tras el final del texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="47" />
            <source>web page footer lines</source>
            <translation>líneas del pie de la página web</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="48" />
            <source>navigation, page header and footer lines</source>
            <translation>navegación, encabezado y pie de página</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="49" />
            <source>documents referred to but not in the file</source>
            <translation>documentos citados que no están en el archivo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="52" />
            <source>characters that cannot be decoded</source>
            <translation>caracteres que no se pueden descodificar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="68" />
            <source>Found {found}.</source>
            <translation>Encontrado: {found}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="71" />
            <source>{reason}: {count}</source>
            <translation>{reason}: {count}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="74" />
            <source>Left out: {lines}.</source>
            <translation>Omitido: {lines}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="75" />
            <source>Warning: {warning}</source>
            <translation>Advertencia: {warning}</translation>
        </message>
    </context>
    <context>
        <name>LibraryEdits</name>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="53" />
            <source>Language and title of “{label}”</source>
            <translation>Idioma y título de «{label}»</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="56" />
            <source>Not set</source>
            <translation>Sin indicar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="66" />
            <source>A revision has one version per language. The proposed wordings written against this version follow it into the language you choose.</source>
            <translation>Una revisión tiene una versión por idioma. Las redacciones propuestas sobre esta versión la siguen al idioma que elija.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="74" />
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="55" />
            <source>&amp;Language:</source>
            <translation>&amp;Idioma:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="75" />
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="64" />
            <source>&amp;Title:</source>
            <translation>&amp;Título:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="93" />
            <source>A backup of the library is taken first.</source>
            <translation>Antes se hace una copia de seguridad de la biblioteca.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="94" />
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="110" />
            <source>No position is recorded on it.</source>
            <translation>No hay ninguna postura registrada en ella.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="113" />
            <source>Its %n positions stay on {others}, which share them.</source>
            <translation>
                <numerusform>Su postura (%n) sigue en {others}, que la comparten.</numerusform>
                <numerusform>Sus %n posturas siguen en {others}, que las comparten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="116" />
            <source>Its %n positions are kept without a text: listed by `negotiator note list --orphans`, and back on the text if you import it again as {revision}.</source>
            <translation>
                <numerusform>Su postura (%n) se conserva sin texto: la lista `negotiator note list --orphans`, y volverá al texto si lo importa de nuevo como {revision}.</numerusform>
                <numerusform>Sus %n posturas se conservan sin texto: las lista `negotiator note list --orphans`, y volverán al texto si lo importa de nuevo como {revision}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="127" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="39" />
            <source>Rename version</source>
            <translation>Renombrar la versión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="40" />
            <source>&amp;Label:</source>
            <translation>&amp;Denominación:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="42" />
            <source>The label the version is listed and referred to by, e.g. “Rev.2”.</source>
            <translation>La denominación con la que se lista y se cita la versión, p. ej. «Rev. 2».</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="49" />
            <source>Version “{old}” is now “{new}”.</source>
            <translation>La versión «{old}» se llama ahora «{new}».</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="65" />
            <source>“{label}” is in {language}, titled “{title}”.</source>
            <translation>«{label}» está en {language}, con el título «{title}».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="69" />
            <source>%n proposed wordings written against it are now in that language.</source>
            <translation>
                <numerusform>%n redacción propuesta sobre ella está ahora en ese idioma.</numerusform>
                <numerusform>%n redacciones propuestas sobre ella están ahora en ese idioma.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="80" />
            <source>Also delete its %n positions</source>
            <translation>
                <numerusform>Eliminar también su postura (%n)</numerusform>
                <numerusform>Eliminar también sus %n posturas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="81" />
            <source>Delete version “{label}” of {instrument}?</source>
            <translation>¿Eliminar la versión «{label}» de {instrument}?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="98" />
            <source>Rename instrument</source>
            <translation>Renombrar el instrumento</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="98" />
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="107" />
            <source>The instrument “{old}” is now “{new}”.</source>
            <translation>El instrumento «{old}» se llama ahora «{new}».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="116" />
            <source>Delete “{name}” and its %n versions?</source>
            <translation>
                <numerusform>¿Eliminar «{name}» y su versión (%n)?</numerusform>
                <numerusform>¿Eliminar «{name}» y sus %n versiones?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="117" />
            <source>Its positions and session log entries are kept (`negotiator note list --orphans`).</source>
            <translation>Se conservan sus posturas y las entradas del registro de la sesión (`negotiator note list --orphans`).</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="120" />
            <source>Also delete its positions and session log entries</source>
            <translation>Eliminar también sus posturas y las entradas del registro de la sesión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="159" />
            <source>The library has no text now: import a draft with File › Import….</source>
            <translation>La biblioteca ya no tiene ningún texto: importe un proyecto con Archivo › Importar….</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="19" />
            <source>Negotiator — log</source>
            <translation>Negotiator — registro</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="23" />
            <source>What Negotiator did to this library and what went wrong, from {path}:</source>
            <translation>Lo que Negotiator hizo con esta biblioteca y lo que falló, según {path}:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="32" />
            <source>Nothing has been logged yet.</source>
            <translation>Aún no hay nada en el registro.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../negotiator_app/ui/appearance.py" line="52" />
            <source>Text size {size} pt</source>
            <translation>Tamaño del texto {size} pt</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/appearance.py" line="70" />
            <source>The interface will be in {language} from the next start of Negotiator.</source>
            <translation>La interfaz estará en {language} a partir del próximo inicio de Negotiator.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/appearance.py" line="74" />
            <source>Restart now</source>
            <translation>Reiniciar ahora</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_banner.py" line="53" />
            <source>What was left out…</source>
            <translation>Lo que quedó fuera…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="215" />
            <source>The library is empty. Import a draft with File › Import….</source>
            <translation>La biblioteca está vacía. Importe un proyecto con Archivo › Importar….</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="238" />
            <source>There is no version {version} in the library.</source>
            <translation>No hay ninguna versión {version} en la biblioteca.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="276" />
            <source>{key} is not in {version}.</source>
            <translation>{key} no está en {version}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="363" />
            <source>Import a draft before exporting a memo.</source>
            <translation>Importe un proyecto antes de exportar una nota.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="391" />
            <source>Import a draft first: there is no version to change.</source>
            <translation>Importe primero un proyecto: no hay ninguna versión que modificar.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="420" />
            <source>The library has no text now. Import a draft with File › Import….</source>
            <translation>La biblioteca ya no tiene ningún texto. Importe un proyecto con Archivo › Importar….</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="528" />
            <source>Added to the delegations of the position on {provision}: {delegation}.</source>
            <translation>Añadido a las delegaciones de la postura sobre {provision}: {delegation}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="536" />
            <source>Saved {time}</source>
            <translation>Guardado a las {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="563" />
            <source>Ctrl+[ goes back to the draft.</source>
            <translation>Ctrl+[ vuelve al proyecto.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/navigation.py" line="66" />
            <source>This is the last article.</source>
            <translation>Este es el último artículo.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/navigation.py" line="66" />
            <source>This is the first article.</source>
            <translation>Este es el primer artículo.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/navigation.py" line="113" />
            <source>No search hits are marked in this article: search with Ctrl+F first.</source>
            <translation>No hay coincidencias marcadas en este artículo: busque primero con Ctrl+F.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/commands.py" line="88" />
            <source>Store this library and its backups in clear again? Anyone who can read this computer's files can then read your positions. Negotiator closes this window, converts the library (a backup first) and opens it again.</source>
            <translation>¿Volver a guardar esta biblioteca y sus copias de seguridad sin cifrar? Cualquiera que pueda leer los archivos de este equipo podrá leer entonces sus posturas. Negotiator cierra esta ventana, convierte la biblioteca (primero una copia de seguridad) y la vuelve a abrir.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="27" />
            <source>Article tree</source>
            <translation>Árbol de artículos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="27" />
            <source>Page Up / Page Down</source>
            <translation>Re Pág / Av Pág</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="28" />
            <source>Previous / next article</source>
            <translation>Artículo anterior / siguiente</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="29" />
            <source>Tree filter</source>
            <translation>Filtro del árbol</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="30" />
            <source>Type, then Down or Enter</source>
            <translation>Escribir, luego Abajo o Intro</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="31" />
            <source>Narrow the tree, then go into it</source>
            <translation>Acotar el árbol y luego entrar en él</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="32" />
            <location filename="../../negotiator_app/ui/menus.py" line="34" />
            <source>Search box</source>
            <translation>Cuadro de búsqueda</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="32" />
            <location filename="../../negotiator_app/ui/menus.py" line="38" />
            <location filename="../../negotiator_app/ui/menus.py" line="40" />
            <source>Up / Down, Enter</source>
            <translation>Arriba / Abajo, Intro</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="33" />
            <source>Choose a result, open it with the hits marked</source>
            <translation>Elegir un resultado y abrirlo con las coincidencias resaltadas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="34" />
            <location filename="../../negotiator_app/ui/menus.py" line="36" />
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="35" />
            <source>Back to where you were</source>
            <translation>Volver a donde estaba</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="36" />
            <source>Reader</source>
            <translation>Texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="37" />
            <source>Clear the search highlighting</source>
            <translation>Quitar el resaltado de la búsqueda</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="38" />
            <location filename="../../negotiator_app/ui/menus.py" line="283" />
            <source>Overview</source>
            <translation>Vista general</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="39" />
            <source>Choose a chapter, open it</source>
            <translation>Elegir un capítulo y abrirlo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="40" />
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Compare versions</source>
            <translation>Comparación de versiones</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="41" />
            <source>Choose a provision, read it in the reader</source>
            <translation>Elegir una disposición y leerla en el texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Back to the reader</source>
            <translation>Volver al texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="43" />
            <source>Positions to review</source>
            <translation>Posturas por revisar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="43" />
            <source>Enter, Alt+K</source>
            <translation>Intro, Alt+K</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="44" />
            <source>Open the provision; mark its position reviewed</source>
            <translation>Abrir la disposición; marcar su postura como revisada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="45" />
            <source>Precedents tab</source>
            <translation>Pestaña Precedentes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="45" />
            <source>Tab, Enter</source>
            <translation>Tab, Intro</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="46" />
            <source>Go from citation to citation, open one in the reader</source>
            <translation>Pasar de una referencia a otra y abrirla en el texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="47" />
            <source>Session log</source>
            <translation>Registro de la sesión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="47" />
            <source>Delegation: text, Enter</source>
            <translation>Delegación: texto, Intro</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="48" />
            <source>Log what a delegation said</source>
            <translation>Anotar lo que dijo una delegación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="49" />
            <source>Delegations table</source>
            <translation>Tabla de delegaciones</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="49" />
            <source>Insert / Delete</source>
            <translation>Insert / Supr</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="50" />
            <source>Add / remove a delegation</source>
            <translation>Añadir / quitar una delegación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="84" />
            <source>&amp;File</source>
            <translation>&amp;Archivo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="88" />
            <source>&amp;Import…</source>
            <translation>&amp;Importar…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="91" />
            <source>Import a draft</source>
            <translation>Importar un proyecto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="93" />
            <source>&amp;Export memo…</source>
            <translation>&amp;Exportar nota…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="94" />
            <source>Write a Word memo</source>
            <translation>Redactar una nota en Word</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="95" />
            <source>Export &amp;table of changes…</source>
            <translation>Exportar &amp;tabla de cambios…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="96" />
            <source>The synoptic table: old text, new text with the changes marked, your comment</source>
            <translation>El cuadro sinóptico: texto anterior, texto nuevo con los cambios marcados, su comentario</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="98" />
            <source>&amp;Back up library</source>
            <translation>&amp;Copia de seguridad de la biblioteca</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="99" />
            <source>A checked copy in backups/</source>
            <translation>Una copia verificada en backups/</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="100" />
            <source>Import &amp;report of this version</source>
            <translation>In&amp;forme de importación de esta versión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="101" />
            <source>What the import found, what to check and what it left out</source>
            <translation>Lo que encontró la importación, lo que hay que comprobar y lo que dejó fuera</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="103" />
            <source>&amp;Lock</source>
            <translation>&amp;Bloquear</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="104" />
            <source>Hide the library until its passphrase is typed (an encrypted library)</source>
            <translation>Ocultar la biblioteca hasta que se escriba su frase de contraseña (biblioteca cifrada)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="105" />
            <source>Lock when &amp;idle</source>
            <translation>Bloquear por i&amp;nactividad</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="107" />
            <source>After &amp;5 minutes</source>
            <translation>Tras &amp;5 minutos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="107" />
            <source>After &amp;10 minutes</source>
            <translation>Tras &amp;10 minutos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="108" />
            <source>After &amp;30 minutes</source>
            <translation>Tras &amp;30 minutos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="108" />
            <source>&amp;Never</source>
            <translation>&amp;Nunca</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="113" />
            <source>&amp;Encrypt library…</source>
            <translation>Cif&amp;rar la biblioteca…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="114" />
            <source>Protect the library, its backups and its index with a passphrase</source>
            <translation>Proteger la biblioteca, sus copias de seguridad y su índice con una frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="115" />
            <source>Store library in &amp;clear…</source>
            <translation>&amp;Quitar el cifrado…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="117" />
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="119" />
            <source>&amp;Edit</source>
            <translation>&amp;Edición</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="121" />
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="122" />
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="123" />
            <source>Cu&amp;t</source>
            <translation>Cor&amp;tar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="124" />
            <source>&amp;Copy</source>
            <translation>&amp;Copiar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="125" />
            <source>&amp;Paste</source>
            <translation>&amp;Pegar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="126" />
            <source>Select &amp;all</source>
            <translation>&amp;Seleccionar todo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="132" />
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="133" />
            <source>Search the text and your notes</source>
            <translation>Buscar en el texto y en sus notas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="134" />
            <source>Next &amp;hit</source>
            <translation>Resultado si&amp;guiente</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="135" />
            <source>The next word found</source>
            <translation>La siguiente palabra encontrada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="139" />
            <source>Pre&amp;vious hit</source>
            <translation>Resultado &amp;anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="146" />
            <source>Filter the &amp;tree</source>
            <translation>&amp;Filtrar el árbol</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="150" />
            <source>&amp;Log a statement</source>
            <translation>Anotar una &amp;intervención</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="152" />
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="157" />
            <source>&amp;Larger text</source>
            <translation>&amp;Ampliar el texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="161" />
            <source>&amp;Smaller text</source>
            <translation>&amp;Reducir el texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="162" />
            <source>&amp;Normal size</source>
            <translation>Tamaño &amp;normal</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="164" />
            <source>&amp;Colours</source>
            <translation>&amp;Colores</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <location filename="../../negotiator_app/ui/menus.py" line="175" />
            <source>Follow the &amp;system</source>
            <translation>Como el &amp;sistema</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <source>&amp;Light</source>
            <translation>&amp;Claros</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <source>&amp;Dark</source>
            <translation>&amp;Oscuros</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="172" />
            <source>Lan&amp;guage</source>
            <translation>&amp;Idioma de la interfaz</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="183" />
            <source>Session lo&amp;g</source>
            <translation>Registro de la s&amp;esión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="186" />
            <source>&amp;Position panel</source>
            <translation>&amp;Panel de postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="189" />
            <source>Parallel te&amp;xt</source>
            <translation>&amp;Texto en paralelo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="191" />
            <source>This version beside another language of its revision</source>
            <translation>Esta versión junto a otro idioma de su revisión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="193" />
            <source>New language &amp;only</source>
            <translation>Solo redacción n&amp;ueva</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="195" />
            <source>Only the paragraphs with no precedent</source>
            <translation>Solo los párrafos sin precedente</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="201" />
            <source>&amp;Full screen</source>
            <translation>Pantalla co&amp;mpleta</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="207" />
            <source>&amp;Library</source>
            <translation>&amp;Biblioteca</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="209" />
            <source>&amp;Rename this version…</source>
            <translation>&amp;Renombrar esta versión…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="210" />
            <source>Give the version being read another label</source>
            <translation>Dar otra denominación a la versión abierta</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="211" />
            <source>&amp;Language and title of this version…</source>
            <translation>&amp;Idioma y título de esta versión…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="212" />
            <source>Say which language the version is in, and its title</source>
            <translation>Indicar el idioma de la versión y su título</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="213" />
            <source>&amp;Delete this version…</source>
            <translation>&amp;Eliminar esta versión…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="214" />
            <source>Delete the version being read (a backup first; positions kept)</source>
            <translation>Eliminar la versión abierta (primero una copia de seguridad; se conservan las posturas)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="218" />
            <source>Rename this &amp;instrument…</source>
            <translation>Renombrar este i&amp;nstrumento…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="219" />
            <source>Delete this ins&amp;trument…</source>
            <translation>Eliminar este ins&amp;trumento…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="220" />
            <source>Delete every version of the instrument (a backup first; positions kept)</source>
            <translation>Eliminar todas las versiones del instrumento (primero una copia de seguridad; se conservan las posturas)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="231" />
            <source>&amp;Go</source>
            <translation>&amp;Ir</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="232" />
            <source>&amp;Go to article…</source>
            <translation>&amp;Ir al artículo…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="233" />
            <source>&amp;Next article</source>
            <translation>Artículo &amp;siguiente</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="237" />
            <source>&amp;Previous article</source>
            <translation>Artículo &amp;anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="242" />
            <source>&amp;Back</source>
            <translation>At&amp;rás</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="243" />
            <source>Back to the provision read before</source>
            <translation>Volver a la disposición leída antes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="244" />
            <source>&amp;Forward</source>
            <translation>A&amp;delante</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="246" />
            <source>&amp;Overview</source>
            <translation>&amp;Vista general</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="250" />
            <source>Other &amp;version…</source>
            <translation>Otra v&amp;ersión…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="254" />
            <source>&amp;Compare versions</source>
            <translation>&amp;Comparar versiones</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="256" />
            <source>What changed from the revision before, provision by provision</source>
            <translation>Qué cambió respecto de la revisión anterior, disposición por disposición</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="257" />
            <source>Positions to r&amp;eview</source>
            <translation>Posturas &amp;pendientes de revisión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="258" />
            <source>Carried positions whose text changed, one by one</source>
            <translation>Las posturas trasladadas cuyo texto cambió, una a una</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="259" />
            <source>Article &amp;tree</source>
            <translation>Árbol de ar&amp;tículos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="260" />
            <source>&amp;Reader</source>
            <translation>Te&amp;xto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="261" />
            <source>Your &amp;position</source>
            <translation>Su p&amp;ostura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="262" />
            <source>Pre&amp;cedents</source>
            <translation>Precede&amp;ntes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="263" />
            <source>Where the provision's words come from</source>
            <translation>De dónde vienen las palabras de la disposición</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="265" />
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="266" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>Atajos de &amp;teclado</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="268" />
            <source>Show &amp;log</source>
            <translation>Mostrar el &amp;registro</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="269" />
            <source>What was imported, backed up, failed</source>
            <translation>Lo que se importó, se copió o falló</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="270" />
            <source>&amp;About Negotiator</source>
            <translation>&amp;Acerca de Negotiator</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="276" />
            <source>Main</source>
            <translation>Principal</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="281" />
            <source>Go to article…</source>
            <translation>Ir al artículo…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="282" />
            <source>Go to an article by number (Ctrl+G)</source>
            <translation>Ir a un artículo por su número (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="284" />
            <source>Where you stand, chapter by chapter (Ctrl+Shift+O)</source>
            <translation>Sus posturas, capítulo por capítulo (Ctrl+Mayús+O)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="286" />
            <source>Import…</source>
            <translation>Importar…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="287" />
            <source>Import a draft (Ctrl+O), or drop a file on the window</source>
            <translation>Importar un proyecto (Ctrl+O), o soltar un archivo en la ventana</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="324" />
            <source>Anywhere</source>
            <translation>En cualquier lugar</translation>
        </message>
    </context>
    <context>
        <name>NoteHistory</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/position/history_section.py" line="112" />
            <source>History (%n saves)</source>
            <translation>
                <numerusform>Historial (%n guardado)</numerusform>
                <numerusform>Historial (%n guardados)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="50" />
            <source>Earlier saves of this note</source>
            <translation>Guardados anteriores de esta nota</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="57" />
            <source>Difference between the selected save and the note as it is now</source>
            <translation>Diferencia entre el guardado seleccionado y la nota actual</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="62" />
            <source>Restore this save…</source>
            <translation>Restaurar este guardado…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="64" />
            <source>Make the selected save the current note again (it asks first; nothing is lost)</source>
            <translation>Volver a hacer del guardado seleccionado la nota actual (pide confirmación; no se pierde nada)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="89" />
            <source>  (current)</source>
            <translation>  (actual)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="125" />
            <source>Select a save to see how it differs from the note as it is now.</source>
            <translation>Seleccione un guardado para ver en qué difiere de la nota actual.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="133" />
            <source>This save says what the note says now.</source>
            <translation>Este guardado dice lo mismo que la nota actual.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="134" />
            <source>Restoring this save would change:</source>
            <translation>Restaurar este guardado cambiaría:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="43" />
            <source>Restore an earlier save</source>
            <translation>Restaurar un guardado anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="44" />
            <source>Restore the save of {when}?</source>
            <translation>¿Restaurar el guardado de {when}?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="49" />
            <source>Restoring the wording only changes {what} and keeps everything else.</source>
            <translation>Restaurar solo la redacción cambia {what} y mantiene todo lo demás.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="53" />
            <source>The wording is the same in that save: only the other parts would change.</source>
            <translation>La redacción es la misma en ese guardado: solo cambiarían las demás partes.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="54" />
            <source>Nothing is lost: the note as it is now stays in its history.</source>
            <translation>No se pierde nada: la nota actual queda en su historial.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="56" />
            <source>These parts of the note will change:</source>
            <translation>Cambiarán estas partes de la nota:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="59" />
            <source>Restore &amp;all</source>
            <translation>Restaurar &amp;todo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="61" />
            <source>Restore the &amp;wording only</source>
            <translation>Restaurar solo la &amp;redacción</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="61" />
            <source>Overview of positions by chapter</source>
            <translation>Vista general de las posturas por capítulo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="147" />
            <source>Overview</source>
            <translation>Vista general</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="153" />
            <source>%n open brackets</source>
            <translation>
                <numerusform>%n corchete abierto</numerusform>
                <numerusform>%n corchetes abiertos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="155" />
            <source>({count} in {revision})</source>
            <translation>({count} en {revision})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="158" />
            <source>{with_position} of %n articles have a position</source>
            <translation>
                <numerusform>{with_position} de %n artículo tiene postura</numerusform>
                <numerusform>{with_position} de %n artículos tienen postura</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="229" />
            <location filename="../../negotiator_app/ui/overview/chart.py" line="163" />
            <source>%n red lines</source>
            <translation>
                <numerusform>%n línea roja</numerusform>
                <numerusform>%n líneas rojas</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="229" />
            <source>no red line</source>
            <translation>sin líneas rojas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="318" />
            <source>Open brackets: {count}</source>
            <translation>Corchetes abiertos: {count}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="321" />
            <source>Open brackets in the revision before: {count}</source>
            <translation>Corchetes abiertos en la revisión anterior: {count}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="325" />
            <source>Red lines: {count}</source>
            <translation>Líneas rojas: {count}</translation>
        </message>
    </context>
    <context>
        <name>ParallelText</name>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="61" />
            <source>The other language version shown beside</source>
            <translation>La versión en otro idioma que se muestra al lado</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="63" />
            <source>&amp;Beside it:</source>
            <translation>&amp;Al lado:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="67" />
            <source>Back to the reader (Ctrl+Shift+P)</source>
            <translation>Volver al texto (Ctrl+Mayús+P)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="68" />
            <source>Close parallel text</source>
            <translation>Cerrar el texto en paralelo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="80" />
            <source>Parallel text of the provision in two languages</source>
            <translation>Texto de la disposición en paralelo en dos idiomas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="134" />
            <source>Revision {revision} has no text in another language yet. Import one with File › Import… as another language of {revision}, and it is shown here beside this one.</source>
            <translation>La revisión {revision} aún no tiene texto en otro idioma. Importe uno con Archivo › Importar… como otro idioma de {revision}, y se mostrará aquí al lado de este.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="156" />
            <source>(not in this text)</source>
            <translation>(no figura en este texto)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="226" />
            <source>{language} — {label}</source>
            <translation>{language} — {label}</translation>
        </message>
    </context>
    <context>
        <name>PositionPanel</name>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="46" />
            <source>Mark reviewed</source>
            <translation>Marcar como revisada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="48" />
            <source>Keep this position as it is; it leaves the review list</source>
            <translation>Mantener esta postura tal como está; sale de la lista de revisión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="53" />
            <source>What changed in the text</source>
            <translation>Qué cambió en el texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="54" />
            <source>Show what changed in the text since your position</source>
            <translation>Mostrar qué cambió en el texto después de su postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="119" />
            <source>Reviewed.</source>
            <translation>Revisada.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="137" />
            <source>the revision before</source>
            <translation>la revisión anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="138" />
            <source>Carried from {revision}</source>
            <translation>Trasladada de {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="178" />
            <source>The text under your position: deleted words struck through, inserted underlined</source>
            <translation>El texto al que se refiere su postura: palabras suprimidas tachadas, añadidas subrayadas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="219" />
            <source>To review.</source>
            <translation>Por revisar.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <source>Delegation</source>
            <translation>Delegación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <location filename="../../negotiator_app/ui/position/panel.py" line="118" />
            <source>Stance</source>
            <translation>Postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <source>Remark</source>
            <translation>Observación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="37" />
            <source>Positions of other delegations</source>
            <translation>Posturas de otras delegaciones</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="54" />
            <source>Add delegation</source>
            <translation>Añadir delegación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="55" />
            <source>Add a row for a delegation's position (Insert in the table)</source>
            <translation>Añadir una fila para la postura de una delegación (Insert en la tabla)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="57" />
            <source>Remove</source>
            <translation>Quitar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/other_wordings.py" line="37" />
            <source>Proposed wording ({language})</source>
            <translation>Redacción propuesta ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/other_wordings.py" line="40" />
            <source>Written against the {language} text: no redline against this one.</source>
            <translation>Redactada sobre el texto en {language}: no se compara con este.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/pane.py" line="92" />
            <source>Not saved</source>
            <translation>Sin guardar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/pane.py" line="93" />
            <source>Your last edits could not be saved (see the message in the window). Close anyway and lose them?</source>
            <translation>No se pudieron guardar sus últimos cambios (vea el mensaje en la ventana). ¿Cerrar de todos modos y perderlos?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="62" />
            <location filename="../../negotiator_app/ui/position/panel.py" line="366" />
            <source>Proposed &amp;wording</source>
            <translation>&amp;Redacción propuesta</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="63" />
            <source>&amp;Rationale</source>
            <translation>&amp;Justificación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="64" />
            <source>Talking p&amp;oints</source>
            <translation>Puntos para la &amp;intervención</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="65" />
            <source>&amp;Instructions from capital</source>
            <translation>Instrucciones de la ca&amp;pital</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="104" />
            <source>Select a provision</source>
            <translation>Seleccione una disposición</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="123" />
            <source>Priority</source>
            <translation>Prioridad</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="127" />
            <source>This is a red line</source>
            <translation>Es una línea roja</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="128" />
            <source>Red line</source>
            <translation>Línea roja</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="129" />
            <source>&amp;Stance</source>
            <translation>Pos&amp;tura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="130" />
            <source>&amp;Priority</source>
            <translation>Pri&amp;oridad</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="150" />
            <source>Start from current text</source>
            <translation>Partir del texto actual</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="151" />
            <source>Copy the provision's text here to edit it</source>
            <translation>Copiar aquí el texto de la disposición para editarlo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="164" />
            <source>Redline against the current text</source>
            <translation>Comparación con el texto actual</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="174" />
            <source>Tags</source>
            <translation>Etiquetas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="175" />
            <source>comma, separated, tags</source>
            <translation>etiquetas, separadas, por comas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="176" />
            <source>&amp;Tags</source>
            <translation>&amp;Etiquetas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="182" />
            <source>Other delegations</source>
            <translation>Otras delegaciones</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="225" />
            <source>Your position on {provision}</source>
            <translation>Su postura sobre {provision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="262" />
            <source>Not saved yet — see the message above.</source>
            <translation>Aún sin guardar — vea el mensaje de arriba.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="268" />
            <source>Saved {time}</source>
            <translation>Guardado a las {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="287" />
            <source>Restored {time}</source>
            <translation>Restaurado a las {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="298" />
            <source>Editing…</source>
            <translation>Editando…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="368" />
            <source>Proposed &amp;wording ({language})</source>
            <translation>&amp;Redacción propuesta ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="426" />
            <source>No position recorded yet.</source>
            <translation>Aún no se ha registrado ninguna postura.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="431" />
            <source>Last saved {time}</source>
            <translation>Guardado por última vez: {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/redline_view.py" line="27" />
            <source>Redline of the proposed wording against the current text</source>
            <translation>La redacción propuesta comparada con el texto actual</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/redline_view.py" line="51" />
            <source>Same as the current text.</source>
            <translation>Igual que el texto actual.</translation>
        </message>
    </context>
    <context>
        <name>Precedents</name>
        <message>
            <location filename="../../negotiator_app/ui/precedents/marks.py" line="27" />
            <source>Agreed language, word for word: {citation}</source>
            <translation>Texto acordado, literalmente: {citation}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="64" />
            <source>No precedent: new language.</source>
            <translation>Sin precedente: redacción nueva.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="72" />
            <source>… and %n more paragraphs: select an article or a paragraph to see theirs.</source>
            <translation>
                <numerusform>… y %n párrafo más: seleccione un artículo o un párrafo para ver sus precedentes.</numerusform>
                <numerusform>… y %n párrafos más: seleccione un artículo o un párrafo para ver los suyos.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="103" />
            <source> · earlier revision</source>
            <translation> · revisión anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="104" />
            <source>{percent} alike</source>
            <translation>similitud del {percent}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="136" />
            <source>identical but for %n words</source>
            <translation>
                <numerusform>idéntico salvo %n palabra</numerusform>
                <numerusform>idéntico salvo %n palabras</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="138" />
            <source>identical</source>
            <translation>idéntico</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="139" />
            <source>adapted</source>
            <translation>adaptado</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="140" />
            <source>related</source>
            <translation>relacionado</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="154" />
            <source>Its own words</source>
            <translation>Su propio texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="29" />
            <source>No text to compare this one with yet. Import an earlier treaty with File › Import… and tick “Reference instrument” (or run negotiator reference add VERSION); an earlier revision of this draft is compared too.</source>
            <translation>Aún no hay ningún texto con el que comparar este. Importe un tratado anterior con Archivo › Importar… y marque «Instrumento de referencia» (o ejecute negotiator reference add VERSION); también se compara con una revisión anterior de este proyecto.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="51" />
            <source>Select a provision</source>
            <translation>Seleccione una disposición</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="62" />
            <source>Precedents of the selected provision</source>
            <translation>Precedentes de la disposición seleccionada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="64" />
            <source>Each precedent's citation is a link: Tab reaches it, Enter opens it in the reader</source>
            <translation>La cita de cada precedente es un enlace: Tab llega a él, Intro lo abre en el texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="104" />
            <source>Precedents of {provision}</source>
            <translation>Precedentes de {provision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="109" />
            <source>This provision has no words of its own: select one of its articles or paragraphs.</source>
            <translation>Esta disposición no tiene texto propio: seleccione uno de sus artículos o párrafos.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="131" />
            <source>Some texts have not been searched yet; their precedents will appear here.</source>
            <translation>Algunos textos aún no se han examinado; sus precedentes aparecerán aquí.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="153" />
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="154" />
            <source>Compared with {texts}.</source>
            <translation>Comparado con {texts}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="58" />
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="142" />
            <source>Finding precedents…</source>
            <translation>Buscando precedentes…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="61" />
            <source>Finding precedents</source>
            <translation>Búsqueda de precedentes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="67" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="69" />
            <source>Cancel finding precedents</source>
            <translation>Cancelar la búsqueda de precedentes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="70" />
            <source>Stop finding precedents now; they are found at the next start</source>
            <translation>Detener ahora la búsqueda de precedentes; continuará en el próximo inicio</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="116" />
            <source>Finding precedents was stopped; the rest are found at the next start.</source>
            <translation>Se detuvo la búsqueda de precedentes; los demás se encontrarán en el próximo inicio.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="132" />
            <source>Stopping…</source>
            <translation>Deteniendo…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="144" />
            <source>Finding precedents… {percent}%</source>
            <translation>Buscando precedentes… {percent} %</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <location filename="../../negotiator_app/ui/reader/agreed_margin.py" line="32" />
            <source>Agreed language in the margin</source>
            <translation>Texto acordado en el margen</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="112" />
            <source>‹ Previous</source>
            <translation>‹ Anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="112" />
            <source>Previous article (Alt+Left)</source>
            <translation>Artículo anterior (Alt+Izquierda)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="113" />
            <source>Next ›</source>
            <translation>Siguiente ›</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="113" />
            <source>Next article (Alt+Right)</source>
            <translation>Artículo siguiente (Alt+Derecha)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="123" />
            <source>Text of the provision</source>
            <translation>Texto de la disposición</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../negotiator_app/ui/search/bar.py" line="64" />
            <source>Search the text and your notes   (Ctrl+F)</source>
            <translation>Buscar en el texto y en sus notas   (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/bar.py" line="65" />
            <source>Search</source>
            <translation>Búsqueda</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="32" />
            <source>in the text</source>
            <translation>en el texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="32" />
            <source>in your note</source>
            <translation>en su nota</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="87" />
            <source>All versions</source>
            <translation>Todas las versiones</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="88" />
            <source>Search every version of every text, not only this one</source>
            <translation>Buscar en todas las versiones de todos los textos, no solo en esta</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="97" />
            <source>Search results</source>
            <translation>Resultados de la búsqueda</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="131" />
            <source>Nothing matches {query}.</source>
            <translation>Nada coincide con {query}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/search/results.py" line="133" />
            <source>%n places match {query}</source>
            <translation>
                <numerusform>%n lugar coincide con {query}</numerusform>
                <numerusform>%n lugares coinciden con {query}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="136" />
            <source> — did you mean {suggestion}?</source>
            <translation> — ¿quiso decir {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="144" />
            <source>Search works, but {problem}</source>
            <translation>La búsqueda funciona, pero {problem}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="155" />
            <source>Searching for {query}…</source>
            <translation>Buscando {query}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="237" />
            <source> and </source>
            <translation> y </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="243" />
            <source>your note:</source>
            <translation>su nota:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/search/results.py" line="253" />
            <source>and %n more</source>
            <translation>
                <numerusform>y %n más</numerusform>
                <numerusform>y %n más</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="261" />
            <source>(↑↓ to choose, Enter to open, Esc to go back)</source>
            <translation>(↑↓ para elegir, Intro para abrir, Esc para volver)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/service.py" line="154" />
            <source>Search is not available in this build of Negotiator.</source>
            <translation>La búsqueda no está disponible en esta versión de Negotiator.</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="45" />
            <source>Negotiator is locked</source>
            <translation>Negotiator está bloqueado</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="50" />
            <source>The library's passphrase</source>
            <translation>La frase de contraseña de la biblioteca</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="51" />
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="53" />
            <source>Passphrase</source>
            <translation>Frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="54" />
            <source>Unlock</source>
            <translation>Desbloquear</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="121" />
            <source>That is not the library's passphrase.</source>
            <translation>Esa no es la frase de contraseña de la biblioteca.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="36" />
            <source>Negotiator — encrypt library</source>
            <translation>Negotiator — cifrar la biblioteca</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="36" />
            <source>Negotiator — passphrase</source>
            <translation>Negotiator — frase de contraseña</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="40" />
            <source>Choose a passphrase for this library. Negotiator asks for it at every start; without it nobody — you included — can open the library or its backups.</source>
            <translation>Elija una frase de contraseña para esta biblioteca. Negotiator la pide en cada inicio; sin ella nadie — usted incluido — puede abrir la biblioteca ni sus copias de seguridad.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="45" />
            <source>The library in {folder} is encrypted. Its passphrase:</source>
            <translation>La biblioteca de {folder} está cifrada. Su frase de contraseña:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="57" />
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="58" />
            <source>The same passphrase again</source>
            <translation>La misma frase de contraseña otra vez</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="81" />
            <source>The two passphrases differ.</source>
            <translation>Las dos frases de contraseña no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>SessionLog</name>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="45" />
            <source>&amp;Go to the provision</source>
            <translation>&amp;Ir a la disposición</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="46" />
            <source>&amp;Correct…</source>
            <translation>&amp;Corregir…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="47" />
            <source>&amp;Delete</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="48" />
            <source>Cop&amp;y the text</source>
            <translation>Co&amp;piar el texto</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="49" />
            <source>Add to the &amp;delegations of the position</source>
            <translation>Añadir a las &amp;delegaciones de la postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="68" />
            <source>Session log</source>
            <translation>Registro de la sesión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="78" />
            <source>What a delegation said</source>
            <translation>Lo que dijo una delegación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="80" />
            <source>Only this provision</source>
            <translation>Solo esta disposición</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="87" />
            <source>Session log entries</source>
            <translation>Entradas del registro de la sesión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="206" />
            <source>Entry deleted.</source>
            <translation>Entrada eliminada.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="206" />
            <source>Undo</source>
            <translation>Deshacer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="218" />
            <source> (edited)</source>
            <translation> (corregida)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="233" />
            <source>Before it was corrected it said: {text}</source>
            <translation>Antes de corregirla decía: {text}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="329" />
            <source>Delegation: what they said on {provision} — Enter to log</source>
            <translation>Delegación: lo que dijo sobre {provision} — Intro para anotar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="331" />
            <source>Delegation: what they said — Enter to log</source>
            <translation>Delegación: lo que dijo — Intro para anotar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="26" />
            <source>Correct the log entry</source>
            <translation>Corregir la entrada del registro</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="38" />
            <source>Save</source>
            <translation>Guardar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="42" />
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="29" />
            <source>&amp;Delegation:</source>
            <translation>&amp;Delegación:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="43" />
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="32" />
            <source>&amp;What was said:</source>
            <translation>&amp;Lo que se dijo:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="44" />
            <source>What the entry said before is kept in its history.</source>
            <translation>Lo que decía antes la entrada se conserva en su historial.</translation>
        </message>
    </context>
    <context>
        <name>SideTabs</name>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="25" />
            <source>Position and precedents</source>
            <translation>Postura y precedentes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="28" />
            <source>Position</source>
            <translation>Postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="29" />
            <source>Precedents</source>
            <translation>Precedentes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="30" />
            <source>Your delegation's position on the provision (Ctrl+3)</source>
            <translation>La postura de su delegación sobre la disposición (Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="32" />
            <source>Where the provision's words come from, and what changed (Ctrl+4)</source>
            <translation>De dónde vienen las palabras de la disposición, y qué cambió (Ctrl+4)</translation>
        </message>
    </context>
    <context>
        <name>Tree</name>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="26" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="233" />
            <source>Your position: {stance}</source>
            <translation>Su postura: {stance}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="30" />
            <source>Note, no stance</source>
            <translation>Nota sin postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="30" />
            <source>A note without a stance</source>
            <translation>Una nota sin postura definida</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="33" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="235" />
            <source>Red line</source>
            <translation>Línea roja</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="34" />
            <source>A red line: the red ring around the stance</source>
            <translation>Una línea roja: el anillo rojo alrededor de la postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="38" />
            <source>Positions inside</source>
            <translation>Posturas dentro</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="39" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="237" />
            <source>Positions recorded on provisions inside</source>
            <translation>Posturas registradas en disposiciones que contiene</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="43" />
            <source>Open [brackets]</source>
            <translation>[Corchetes] abiertos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="44" />
            <source>Open [brackets] in the text; on a closed article, in its paragraphs</source>
            <translation>[Corchetes] abiertos en el texto; en un artículo plegado, en sus párrafos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="48" />
            <source>Changed</source>
            <translation>Cambiado</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="49" />
            <source>Text changed since the revision before (reworded, moved, split or merged)</source>
            <translation>Texto cambiado desde la revisión anterior (reformulado, trasladado, dividido o fusionado)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="51" />
            <source>New</source>
            <translation>Nuevo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="51" />
            <source>New in this revision</source>
            <translation>Nuevo en esta revisión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="62" />
            <source>What the marks mean</source>
            <translation>Qué significan las marcas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="63" />
            <source>Show what the marks in the tree mean</source>
            <translation>Mostrar qué significan las marcas del árbol</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="72" />
            <source>What the marks in the tree mean</source>
            <translation>Qué significan las marcas del árbol</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="240" />
            <source>%n open brackets</source>
            <translation>
                <numerusform>%n corchete abierto</numerusform>
                <numerusform>%n corchetes abiertos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="246" />
            <source>%n open brackets in its paragraphs</source>
            <translation>
                <numerusform>%n corchete abierto en sus párrafos</numerusform>
                <numerusform>%n corchetes abiertos en sus párrafos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="248" />
            <source>%n open brackets in the provisions inside</source>
            <translation>
                <numerusform>%n corchete abierto en las disposiciones que contiene</numerusform>
                <numerusform>%n corchetes abiertos en las disposiciones que contiene</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="43" />
            <source>Reference instruments</source>
            <translation>Instrumentos de referencia</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="62" />
            <source>Text and version</source>
            <translation>Texto y versión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="63" />
            <source>The draft you are reading: instrument and version</source>
            <translation>El proyecto que está leyendo: instrumento y versión</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="72" />
            <source>Filter: article number or words</source>
            <translation>Filtro: número de artículo o palabras</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="74" />
            <source>Filter the article tree</source>
            <translation>Filtrar el árbol de artículos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="80" />
            <source>&amp;New language only</source>
            <translation>Solo redacción &amp;nueva</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="82" />
            <source>Show only new language</source>
            <translation>Mostrar solo la redacción nueva</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="84" />
            <source>Only the paragraphs with no precedent (60% alike or closer) in a reference instrument or an earlier revision: the text that needs the most attention</source>
            <translation>Solo los párrafos sin precedente (similitud del 60 % o más) en un instrumento de referencia o una revisión anterior: el texto que requiere más atención</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="98" />
            <source>Articles</source>
            <translation>Artículos</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="106" />
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="240" />
            <source>No provisions match the filter.</source>
            <translation>Ninguna disposición coincide con el filtro.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="148" />
            <source>{instrument}
{label}{language}, imported {date}</source>
            <translation>{instrument}
{label}{language}, importada el {date}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="152" />
            <source>Reference instrument: {what}</source>
            <translation>Instrumento de referencia: {what}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="238" />
            <source>Every paragraph here has a precedent.</source>
            <translation>Todos los párrafos de aquí tienen un precedente.</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="17" />
            <source>Support</source>
            <translation>Apoyo</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="18" />
            <source>Support with amendments</source>
            <translation>Apoyo con enmiendas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="19" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="20" />
            <source>Reserve</source>
            <translation>Reserva</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="21" />
            <source>Oppose</source>
            <translation>Oposición</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="22" />
            <source>No position yet</source>
            <translation>Aún sin postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>High</source>
            <translation>Alta</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>Medium</source>
            <translation>Media</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>Low</source>
            <translation>Baja</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="26" />
            <source>English</source>
            <translation>inglés</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="27" />
            <source>Russian</source>
            <translation>ruso</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="28" />
            <source>French</source>
            <translation>francés</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="29" />
            <source>Spanish</source>
            <translation>español</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="30" />
            <source>Arabic</source>
            <translation>árabe</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="31" />
            <source>Chinese</source>
            <translation>chino</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="32" />
            <source>German</source>
            <translation>alemán</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="33" />
            <source>Dutch</source>
            <translation>neerlandés</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="34" />
            <source>Italian</source>
            <translation>italiano</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="35" />
            <source>Portuguese</source>
            <translation>portugués</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="52" />
            <source>language not set</source>
            <translation>idioma no indicado</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="66" />
            <source>stance</source>
            <translation>postura</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="67" />
            <source>priority</source>
            <translation>prioridad</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="68" />
            <source>red line</source>
            <translation>línea roja</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="69" />
            <source>wording</source>
            <translation>redacción</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="70" />
            <source>rationale</source>
            <translation>justificación</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="71" />
            <source>talking points</source>
            <translation>puntos para la intervención</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="72" />
            <source>instructions from capital</source>
            <translation>instrucciones de la capital</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="73" />
            <source>tags</source>
            <translation>etiquetas</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="74" />
            <source>delegations</source>
            <translation>delegaciones</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="77" />
            <source>none</source>
            <translation>ninguna</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="78" />
            <source>{what} added</source>
            <translation>{what}: añadido</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="79" />
            <source>{what} edited</source>
            <translation>{what}: modificado</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="80" />
            <source>{what} removed</source>
            <translation>{what}: suprimido</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="81" />
            <source>{what}: {before} → {after}</source>
            <translation>{what}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="82" />
            <source>red line set</source>
            <translation>línea roja fijada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="83" />
            <source>red line removed</source>
            <translation>línea roja quitada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="84" />
            <source>{what} ({language})</source>
            <translation>{what} ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="85" />
            <source>first save</source>
            <translation>primer guardado</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="86" />
            <source>saved again, nothing changed</source>
            <translation>guardado de nuevo, sin cambios</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="87" />
            <source>restored the save of {when}</source>
            <translation>restaurado el guardado de {when}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="103" />
            <source>unchanged</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="104" />
            <source>reworded</source>
            <translation>reformulada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="105" />
            <source>renumbered</source>
            <translation>renumerada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="106" />
            <source>moved</source>
            <translation>trasladada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="107" />
            <source>renumbered, reworded</source>
            <translation>renumerada, reformulada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="108" />
            <source>split</source>
            <translation>dividida</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="109" />
            <source>merged</source>
            <translation>fusionada</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="110" />
            <source>new</source>
            <translation>nueva</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="111" />
            <source>deleted</source>
            <translation>suprimida</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="125" />
            <source>%n brackets removed</source>
            <translation>
                <numerusform>%n corchete suprimido</numerusform>
                <numerusform>%n corchetes suprimidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="127" />
            <source>%n added</source>
            <translation>
                <numerusform>%n añadido</numerusform>
                <numerusform>%n añadidos</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="129" />
            <source>%n kept</source>
            <translation>
                <numerusform>%n mantenido</numerusform>
                <numerusform>%n mantenidos</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="132" />
            <source>{option} chosen</source>
            <translation>elegida: {option}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="138" />
            <source>text unchanged</source>
            <translation>texto sin cambios</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="139" />
            <source>text changed since your position — review</source>
            <translation>el texto cambió después de su postura — revisar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="140" />
            <source>your proposed wording was taken in</source>
            <translation>se incorporó su redacción propuesta</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="141" />
            <source>provision deleted — your position on the old text is kept</source>
            <translation>disposición suprimida — se conserva su postura sobre el texto anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="142" />
            <source>the new text already has a position here — your position on the old text is kept</source>
            <translation>el nuevo texto ya tiene una postura aquí — se conserva su postura sobre el texto anterior</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="148" />
            <source>Text changed since your position.</source>
            <translation>El texto cambió después de su postura.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="149" />
            <source>Your proposed wording was taken in.</source>
            <translation>Se incorporó su redacción propuesta.</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <location filename="../../negotiator_app/ui/workers.py" line="155" />
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/workers.py" line="180" />
            <location filename="../../negotiator_app/ui/workers.py" line="181" />
            <source>Cancelling…</source>
            <translation>Cancelando…</translation>
        </message>
    </context>
</TS>

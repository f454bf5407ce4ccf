<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
    <context>
        <name>App</name>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="63" />
            <source>The library folder {folder} cannot be created: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="73" />
            <source>{problem} Switch to that window, or start Negotiator with --data-dir to open another library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="282" />
            <source>Negotiator stopped unexpectedly last time (a crash in Qt or a library it uses). The details are in {path}; send it to whoever supports Negotiator for you.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="18" />
            <source>&lt;b&gt;This is a demonstration text, not an official document.&lt;/b&gt; To work on your real draft, choose &lt;b&gt;File › Import…&lt;/b&gt; (Ctrl+O) or drag the file onto this window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="50" />
            <source>Dismiss</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="51" />
            <source>Dismiss this message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="111" />
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="72" />
            <source>New in {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="74" />
            <source>Changed since {revision}: {change}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="83" />
            <source>{change} (was {before})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="85" />
            <source>Was {before} in {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/comparisons.py" line="71" />
            <source>Comparing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/comparisons.py" line="72" />
            <location filename="../../negotiator_app/ui/compare/page.py" line="198" />
            <source>Comparing {old} with {new}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/diff_html.py" line="26" />
            <source>Not in the earlier text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/diff_html.py" line="28" />
            <source>Deleted from this text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="56" />
            <source>All</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="57" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="58" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="59" />
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="60" />
            <source>Only where I have a position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="61" />
            <source>Brackets resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="82" />
            <source>Earlier version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="83" />
            <source>Later version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="84" />
            <source>&amp;Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="85" />
            <source>Compare the two versions chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="89" />
            <source>Show which provisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="93" />
            <source>Par&amp;agraphs too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="94" />
            <source>List every paragraph and subparagraph, not only articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="105" />
            <source>Provisions compared</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="134" />
            <source>Ol&amp;der</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="136" />
            <source>&amp;Newer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="140" />
            <source>Fi&amp;lter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="178" />
            <source>{version} is the only revision of this instrument. Import the next revision (File › Import…, “the next revision”) to see what changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="205" />
            <source>Choose two different versions to compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="273" />
            <source>Comparison cancelled. Press Compare to run it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="294" />
            <source>Nothing to show with this choice.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="344" />
            <source>{names}: {changed} of %n provisions changed</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="346" />
            <source>{names}: {changed} of %n articles changed</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="349" />
            <source>%n brackets removed</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="353" />
            <source>{summary}; {shown} shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="54" />
            <source>Positions to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="65" />
            <source>Carried positions to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="71" />
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="72" />
            <source>Read the provision, with your position beside it (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="74" />
            <source>Mar&amp;k reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="75" />
            <source>Keep the position as it is and take it off this list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="112" />
            <source>Open a version to see the positions carried into it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="123" />
            <source>%n positions carried into {revision} need a look. Open each, then mark it reviewed — or edit it: saving clears it too.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="131" />
            <source>No carried positions in {revision} await a look.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="185" />
            <source>no stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="195" />
            <source>{provision} of {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="88" />
            <source>Import a draft before comparing versions.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="112" />
            <source>Import a draft before exporting a table of changes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="171" />
            <source>%n positions carried into it need a look.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="172" />
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="214" />
            <source>Positions to review…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="199" />
            <source>{revision} of the demonstration draft is in the library too, with %n positions carried from {before} to review: see what changed, article by article.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="205" />
            <source>{revision} of the demonstration draft is in the library too: see what changed, article by article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="213" />
            <source>Compare versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Provision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Alike</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Brackets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="104" />
            <source>Change: {change}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="107" />
            <source>Alike: {percent} of the words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="110" />
            <source>Brackets: {brackets}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="113" />
            <source>Your position: {stance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="48" />
            <source>Earlier text, deleted words struck through</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="50" />
            <source>Later text, inserted words underlined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="71" />
            <source>Earlier text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="71" />
            <source>Later text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="72" />
            <source>Choose a provision in the list to see its old and new text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="81" />
            <source>{percent} alike</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="114" />
            <source>Brackets: {brackets}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="116" />
            <source>%n brackets still open.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="119" />
            <source>Now marked: {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="121" />
            <source>Only the number changed; the text is the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="123" />
            <source>The text did not change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="125" />
            <source>a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="127" />
            <source>Your position: {stance}, a red line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="129" />
            <source>Your position: {stance}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="48" />
            <source>{provision} (deleted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="50" />
            <source>{provision} (new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="54" />
            <source>{provision} (was {before})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="59" />
            <source>Negotiator — unexpected error</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="62" />
            <source>Everything you typed before this was saved. You can keep working; if the problem comes back, send the crash log to whoever supports Negotiator for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="81" />
            <source>{problem} (Details: {path}.)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="85" />
            <source>Something unexpected went wrong ({what}). The details are in {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportChanges</name>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="44" />
            <source>Word table, landscape (.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="44" />
            <source>Word documents (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="45" />
            <source>CSV, every pair compared (.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="45" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="46" />
            <source>Markdown, for email (.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="46" />
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="70" />
            <source>Export table of changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="74" />
            <source>Older version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="75" />
            <source>Newer version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="85" />
            <source>One row per changed provision (the paragraph that changed)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="87" />
            <source>One row per changed article, with its whole text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="92" />
            <source>Title on the first page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="96" />
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="98" />
            <source>Where to save the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="99" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="100" />
            <source>Choose where to save the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="108" />
            <source>Ol&amp;der version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="109" />
            <source>&amp;Newer version:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="113" />
            <source>Rows:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="114" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="115" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="116" />
            <source>&amp;Marking:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="117" />
            <source>Fo&amp;rmat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="118" />
            <source>Sa&amp;ve to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="120" />
            <source>Export progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="144" />
            <source>Choose two different versions to compare.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="147" />
            <source>Choose a file to save to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="171" />
            <source>Comparing and writing {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="195" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="219" />
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="221" />
            <source>Show in &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="227" />
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="230" />
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="301" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="241" />
            <source>Changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="261" />
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="275" />
            <source>Wrote {path} (%n rows).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="276" />
            <source>Note: {warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="285" />
            <source>The export failed unexpectedly; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="301" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="323" />
            <source>No application on this computer could open {path}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportMemo</name>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="23" />
            <source>Language of the memo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="25" />
            <source>The language of the memo's own words: title, headings, stances, dates. The provisions are quoted, and named, as the text says them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="45" />
            <source>Classification marking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="55" />
            <source>(no marking)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="64" />
            <source>Export memo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="83" />
            <source>Export progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="102" />
            <source>Choose a file to save to.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="134" />
            <source>Writing {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="149" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="184" />
            <source>&amp;Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="186" />
            <source>Show in &amp;folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="192" />
            <source>&amp;Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="195" />
            <location filename="../../negotiator_app/ui/export/dialog.py" line="253" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/dialog.py" line="214" />
            <source>%n provisions will be exported.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/dialog.py" line="231" />
            <source>Wrote {path} (%n provisions).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="232" />
            <source>Note: {warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="241" />
            <source>The export failed unexpectedly; nothing was written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="253" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="271" />
            <source>No application on this computer could open {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="49" />
            <source>Word memo (.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="49" />
            <source>Word documents (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="50" />
            <source>Markdown, for email (.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="50" />
            <source>Markdown (*.md)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="51" />
            <source>CSV, for spreadsheets (.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="51" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="141" />
            <source>Cover</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="145" />
            <source>Memo title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="146" />
            <source>e.g. Delegation of Examplia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="147" />
            <source>The negotiation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="148" />
            <source>e.g. Fourth session, New York</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="149" />
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="150" />
            <source>Your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="155" />
            <source>Memo &amp;language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="156" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="157" />
            <source>&amp;Delegation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="158" />
            <source>&amp;Negotiation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="159" />
            <source>&amp;Session:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="160" />
            <source>D&amp;ate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="161" />
            <source>Prepared &amp;by:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="162" />
            <source>&amp;Marking:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="168" />
            <source>Provisions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="172" />
            <source>Provisions with a position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="173" />
            <source>All articles, with or without a position (briefing book)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="185" />
            <source>Only these stances (none ticked: any):</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="195" />
            <source>Only these tags:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="196" />
            <source>Only these chapters:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="198" />
            <source>Say which agreed lan&amp;guage each provision takes up (from the reference instruments)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="203" />
            <source>A line per provision: “Agreed language: UNCAC, art. 46, para. 9 (b), with 'shall' → 'may'”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="216" />
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="221" />
            <source>Fo&amp;rmat:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="223" />
            <source>Negotiator's standard template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="224" />
            <location filename="../../negotiator_app/ui/export/form.py" line="234" />
            <source>Choose…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="227" />
            <source>Tem&amp;plate:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="229" />
            <source>Add each rationale as a Word comment on its provision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="233" />
            <source>Where to save the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="236" />
            <source>Sa&amp;ve to:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="286" />
            <source>Position memo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="328" />
            <source>Memo template</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="328" />
            <source>Word templates (*.dotx *.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="336" />
            <source>Save as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="367" />
            <source>The provisions selected in the tree (none selected)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="369" />
            <source>The provision selected in the tree ({key})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/form.py" line="370" />
            <source>The %n provisions selected in the tree</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>GoToDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="35" />
            <source>Go to article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="42" />
            <source>Article number (12, 12 bis, 6.1.a) or a word of its title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="44" />
            <source>Article to go to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="51" />
            <source>Matching articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="97" />
            <source>Type an article number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="112" />
            <source>There is no Article {number} in this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="113" />
            <source>Nothing in this version is called "{text}".</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>HelpDialogs</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="34" />
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="38" />
            <source>Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>Where</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>Keys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>What it does</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="60" />
            <source>An offline workbench for treaty negotiators: the draft as an article tree, instant search, positions and memos. It never connects to the network.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="67" />
            <source>Your library:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="68" />
            <source>Backups and crash logs:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="78" />
            <source>About Negotiator</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="33" />
            <source>Drafts (*.docx *.pdf *.html *.htm *.xml *.txt *.md);;Word (*.docx);;PDF (*.pdf);;Web page (*.html *.htm);;Akoma Ntoso (*.xml);;Plain text (*.txt *.md);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="61" />
            <source>Import a draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="86" />
            <source>Reading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="86" />
            <source>Reading {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="90" />
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="139" />
            <source>Import cancelled; the library is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="99" />
            <source>Backing up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="99" />
            <source>Backing up the library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="103" />
            <source>The library was backed up to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="109" />
            <source>Backup cancelled.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="134" />
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="80" />
            <source>Importing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="135" />
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="81" />
            <source>Importing {file}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="154" />
            <source>Wait for the import or backup under way to finish.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportOptions</name>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="38" />
            <source>A new instrument (named from the document's title)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="62" />
            <source>Import a draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="69" />
            <source>New instrument, or another instrument it is a version of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="85" />
            <source>e.g. "Rev.1" or "Chair's text, 3 March"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="86" />
            <source>Label of this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="88" />
            <source>Language of the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="90" />
            <source>Detect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="95" />
            <source>Detect ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="97" />
            <source>&amp;Reference instrument (an earlier agreed text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="99" />
            <source>An earlier treaty, resolution or law: the paragraphs of the other texts are compared with it, and their precedents shown in the Precedents tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="105" />
            <source>Its short name in citations, e.g. "UNCAC"</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="106" />
            <source>Short name of the reference in citations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="114" />
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="136" />
            <source>&amp;Label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="137" />
            <source>L&amp;anguage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="139" />
            <source>Cite a&amp;s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="185" />
            <source>This text is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="194" />
            <source>the &amp;next revision of {instrument}, after {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="198" />
            <source>the next revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="200" />
            <source>another lan&amp;guage of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="202" />
            <source>The revision it is another language of</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="203" />
            <source>a new &amp;instrument, or a version of another:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="218" />
            <source>of {instrument}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="268" />
            <source>{revision} already has a text in {language}: import this one as the next revision, or choose its language.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="33" />
            <source>{version} of {instrument}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="36" />
            <source>Imported {what}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="41" />
            <source>Check the tree: %n structure warnings.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="47" />
            <source>… and %n more (negotiator check-structure).</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="57" />
            <source>What was left out — {title}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="61" />
            <source>%n lines of the file are not in the tree. Each is listed with the reason it was left out and its page, so you can check that nothing of the text was lost.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="67" />
            <source>The first %n are listed.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="71" />
            <source>Show the lines left out for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="72" />
            <source>Every reason ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="77" />
            <source>Lines left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="78" />
            <source>Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="78" />
            <source>Why</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="78" />
            <source>Line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="90" />
            <source>Show:</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LibraryEdits</name>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="53" />
            <source>Language and title of “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="56" />
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="66" />
            <source>A revision has one version per language. The proposed wordings written against this version follow it into the language you choose.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="74" />
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="55" />
            <source>&amp;Language:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="75" />
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="64" />
            <source>&amp;Title:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="93" />
            <source>A backup of the library is taken first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="94" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="110" />
            <source>No position is recorded on it.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="113" />
            <source>Its %n positions stay on {others}, which share them.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="116" />
            <source>Its %n positions are kept without a text: listed by `negotiator note list --orphans`, and back on the text if you import it again as {revision}.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="127" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="39" />
            <source>Rename version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="40" />
            <source>&amp;Label:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="42" />
            <source>The label the version is listed and referred to by, e.g. “Rev.2”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="49" />
            <source>Version “{old}” is now “{new}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="65" />
            <source>“{label}” is in {language}, titled “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="69" />
            <source>%n proposed wordings written against it are now in that language.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="80" />
            <source>Also delete its %n positions</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="81" />
            <source>Delete version “{label}” of {instrument}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="98" />
            <source>Rename instrument</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="98" />
            <source>&amp;Name:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="107" />
            <source>The instrument “{old}” is now “{new}”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="116" />
            <source>Delete “{name}” and its %n versions?</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="117" />
            <source>Its positions and session log entries are kept (`negotiator note list --orphans`).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="120" />
            <source>Also delete its positions and session log entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="159" />
            <source>The library has no text now: import a draft with File › Import….</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="19" />
            <source>Negotiator — log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="23" />
            <source>What Negotiator did to this library and what went wrong, from {path}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="32" />
            <source>Nothing has been logged yet.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="228" />
            <source>The library is empty. Import a draft with File › Import….</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="251" />
            <source>There is no version {version} in the library.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="292" />
            <source>{key} is not in {version}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="318" />
            <source>This is the last article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="318" />
            <source>This is the first article.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="367" />
            <source>No search hits are marked in this article: search with Ctrl+F first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="433" />
            <source>Text size {size} pt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="455" />
            <source>The interface will be in {language} from the next start of Negotiator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="459" />
            <source>Restart now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="501" />
            <source>Import a draft before exporting a memo.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="529" />
            <source>Import a draft first: there is no version to change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="555" />
            <source>The library has no text now. Import a draft with File › Import….</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="608" />
            <source>Store this library and its backups in clear again? Anyone who can read this computer's files can then read your positions. Negotiator closes this window, converts the library (a backup first) and opens it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="695" />
            <source>Added to the delegations of the position on {provision}: {delegation}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="703" />
            <source>Saved {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="763" />
            <source>Ctrl+[ goes back to the draft.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="786" />
            <source>What was left out…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="27" />
            <source>Article tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="27" />
            <source>Page Up / Page Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="28" />
            <source>Previous / next article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="29" />
            <source>Tree filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="30" />
            <source>Type, then Down or Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="31" />
            <source>Narrow the tree, then go into it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="32" />
            <location filename="../../negotiator_app/ui/menus.py" line="34" />
            <source>Search box</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="32" />
            <location filename="../../negotiator_app/ui/menus.py" line="38" />
            <location filename="../../negotiator_app/ui/menus.py" line="40" />
            <source>Up / Down, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="33" />
            <source>Choose a result, open it with the hits marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="34" />
            <location filename="../../negotiator_app/ui/menus.py" line="36" />
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="35" />
            <source>Back to where you were</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="36" />
            <source>Reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="37" />
            <source>Clear the search highlighting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="38" />
            <location filename="../../negotiator_app/ui/menus.py" line="282" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="39" />
            <source>Choose a chapter, open it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="40" />
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Compare versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="41" />
            <source>Choose a provision, read it in the reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Back to the reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="43" />
            <source>Positions to review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="43" />
            <source>Enter, Alt+K</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="44" />
            <source>Open the provision; mark its position reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="45" />
            <source>Precedents tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="45" />
            <source>Tab, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="46" />
            <source>Go from citation to citation, open one in the reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="47" />
            <source>Session log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="47" />
            <source>Delegation: text, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="48" />
            <source>Log what a delegation said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="49" />
            <source>Delegations table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="49" />
            <source>Insert / Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="50" />
            <source>Add / remove a delegation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="84" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="88" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="91" />
            <source>Import a draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="93" />
            <source>&amp;Export memo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="94" />
            <source>Write a Word memo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="95" />
            <source>Export &amp;table of changes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="96" />
            <source>The synoptic table: old text, new text with the changes marked, your comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="98" />
            <source>&amp;Back up library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="99" />
            <source>A checked copy in backups/</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="100" />
            <source>Import &amp;report of this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="101" />
            <source>What the import found, what to check and what it left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="103" />
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="104" />
            <source>Hide the library until its passphrase is typed (an encrypted library)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="105" />
            <source>Lock when &amp;idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="107" />
            <source>After &amp;5 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="107" />
            <source>After &amp;10 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="108" />
            <source>After &amp;30 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="108" />
            <source>&amp;Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="114" />
            <source>&amp;Encrypt library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="115" />
            <source>Protect the library, its backups and its index with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="116" />
            <source>Store library in &amp;clear…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="118" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="120" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="122" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="123" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="124" />
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="125" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="126" />
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="127" />
            <source>Select &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="133" />
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="134" />
            <source>Search the text and your notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="135" />
            <source>Next &amp;hit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="136" />
            <source>The next word found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="140" />
            <source>Pre&amp;vious hit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="147" />
            <source>Filter the &amp;tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="151" />
            <source>&amp;Log a statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="153" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="157" />
            <source>&amp;Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="161" />
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="162" />
            <source>&amp;Normal size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="164" />
            <source>&amp;Colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <location filename="../../negotiator_app/ui/menus.py" line="175" />
            <source>Follow the &amp;system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <source>&amp;Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <source>&amp;Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="172" />
            <source>Lan&amp;guage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="183" />
            <source>Session lo&amp;g</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="186" />
            <source>&amp;Position panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="189" />
            <source>Parallel te&amp;xt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="191" />
            <source>This version beside another language of its revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="193" />
            <source>New language &amp;only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="194" />
            <source>Only the paragraphs with no precedent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="200" />
            <source>&amp;Full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="206" />
            <source>&amp;Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="208" />
            <source>&amp;Rename this version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="209" />
            <source>Give the version being read another label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="210" />
            <source>&amp;Language and title of this version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="211" />
            <source>Say which language the version is in, and its title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="212" />
            <source>&amp;Delete this version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="213" />
            <source>Delete the version being read (a backup first; positions kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="217" />
            <source>Rename this &amp;instrument…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="218" />
            <source>Delete this ins&amp;trument…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="219" />
            <source>Delete every version of the instrument (a backup first; positions kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="230" />
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="231" />
            <source>&amp;Go to article…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="232" />
            <source>&amp;Next article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="236" />
            <source>&amp;Previous article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="241" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="242" />
            <source>Back to the provision read before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="243" />
            <source>&amp;Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="245" />
            <source>&amp;Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="249" />
            <source>Other &amp;version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="253" />
            <source>&amp;Compare versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="255" />
            <source>What changed from the revision before, provision by provision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="256" />
            <source>Positions to r&amp;eview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="257" />
            <source>Carried positions whose text changed, one by one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="258" />
            <source>Article &amp;tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="259" />
            <source>&amp;Reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="260" />
            <source>Your &amp;position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="261" />
            <source>Pre&amp;cedents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="262" />
            <source>Where the provision's words come from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="264" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="265" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="267" />
            <source>Show &amp;log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="268" />
            <source>What was imported, backed up, failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="269" />
            <source>&amp;About Negotiator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="275" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="280" />
            <source>Go to article…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="281" />
            <source>Go to an article by number (Ctrl+G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="283" />
            <source>Where you stand, chapter by chapter (Ctrl+Shift+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="285" />
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="286" />
            <source>Import a draft (Ctrl+O), or drop a file on the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="323" />
            <source>Anywhere</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteHistory</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/position/history_section.py" line="112" />
            <source>History (%n saves)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="50" />
            <source>Earlier saves of this note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="57" />
            <source>Difference between the selected save and the note as it is now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="62" />
            <source>Restore this save…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="64" />
            <source>Make the selected save the current note again (it asks first; nothing is lost)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="89" />
            <source>  (current)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="125" />
            <source>Select a save to see how it differs from the note as it is now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="133" />
            <source>This save says what the note says now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="134" />
            <source>Restoring this save would change:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="43" />
            <source>Restore an earlier save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="44" />
            <source>Restore the save of {when}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="49" />
            <source>Restoring the wording only changes {what} and keeps everything else.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="53" />
            <source>The wording is the same in that save: only the other parts would change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="54" />
            <source>Nothing is lost: the note as it is now stays in its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="56" />
            <source>These parts of the note will change:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="59" />
            <source>Restore &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="61" />
            <source>Restore the &amp;wording only</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="47" />
            <source>Overview of positions by chapter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="133" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="139" />
            <source>%n open brackets</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="141" />
            <source>({count} in {revision})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="144" />
            <source>{with_position} of %n articles have a position</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="215" />
            <location filename="../../negotiator_app/ui/overview/chart.py" line="149" />
            <source>%n red lines</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="215" />
            <source>no red line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="287" />
            <source>Open brackets: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="290" />
            <source>Open brackets in the revision before: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="294" />
            <source>Red lines: {count}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParallelText</name>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="61" />
            <source>The other language version shown beside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="63" />
            <source>&amp;Beside it:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="67" />
            <source>Back to the reader (Ctrl+Shift+P)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="68" />
            <source>Close parallel text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="80" />
            <source>Parallel text of the provision in two languages</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="134" />
            <source>Revision {revision} has no text in another language yet. Import one with File › Import… as another language of {revision}, and it is shown here beside this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="156" />
            <source>(not in this text)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="226" />
            <source>{language} — {label}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PositionPanel</name>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="46" />
            <source>Mark reviewed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="48" />
            <source>Keep this position as it is; it leaves the review list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="53" />
            <source>What changed in the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="54" />
            <source>Show what changed in the text since your position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="119" />
            <source>Reviewed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="137" />
            <source>the revision before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="138" />
            <source>Carried from {revision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="178" />
            <source>The text under your position: deleted words struck through, inserted underlined</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="219" />
            <source>To review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <source>Delegation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <location filename="../../negotiator_app/ui/position/panel.py" line="118" />
            <source>Stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <source>Remark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="37" />
            <source>Positions of other delegations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="54" />
            <source>Add delegation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="55" />
            <source>Add a row for a delegation's position (Insert in the table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="57" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/other_wordings.py" line="37" />
            <source>Proposed wording ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/other_wordings.py" line="40" />
            <source>Written against the {language} text: no redline against this one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/pane.py" line="92" />
            <source>Not saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/pane.py" line="93" />
            <source>Your last edits could not be saved (see the message in the window). Close anyway and lose them?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="62" />
            <location filename="../../negotiator_app/ui/position/panel.py" line="365" />
            <source>Proposed &amp;wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="63" />
            <source>&amp;Rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="64" />
            <source>Talking p&amp;oints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="65" />
            <source>&amp;Instructions from capital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="104" />
            <source>Select a provision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="123" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="127" />
            <source>This is a red line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="128" />
            <source>Red line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="129" />
            <source>&amp;Stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="130" />
            <source>&amp;Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="149" />
            <source>Start from current text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="150" />
            <source>Copy the provision's text here to edit it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="163" />
            <source>Redline against the current text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="173" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="174" />
            <source>comma, separated, tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="175" />
            <source>&amp;Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="181" />
            <source>Other delegations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="224" />
            <source>Your position on {provision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="261" />
            <source>Not saved yet — see the message above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="267" />
            <source>Saved {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="286" />
            <source>Restored {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="297" />
            <source>Editing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="367" />
            <source>Proposed &amp;wording ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="425" />
            <source>No position recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="430" />
            <source>Last saved {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/redline_view.py" line="27" />
            <source>Redline of the proposed wording against the current text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/redline_view.py" line="51" />
            <source>Same as the current text.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Precedents</name>
        <message>
            <location filename="../../negotiator_app/ui/precedents/marks.py" line="27" />
            <source>Agreed language, word for word: {citation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="63" />
            <source>No precedent: new language.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="71" />
            <source>… and %n more paragraphs: select an article or a paragraph to see theirs.</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="102" />
            <source> · earlier revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="103" />
            <source>{percent} alike</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="135" />
            <source>identical but for %n words</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="137" />
            <source>identical</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="138" />
            <source>adapted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="139" />
            <source>related</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="153" />
            <source>Its own words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="29" />
            <source>No text to compare this one with yet. Import an earlier treaty with File › Import… and tick “Reference instrument” (or run negotiator reference add VERSION); an earlier revision of this draft is compared too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="51" />
            <source>Select a provision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="62" />
            <source>Precedents of the selected provision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="64" />
            <source>Each precedent's citation is a link: Tab reaches it, Enter opens it in the reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="104" />
            <source>Precedents of {provision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="109" />
            <source>This provision has no words of its own: select one of its articles or paragraphs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="129" />
            <source>Some texts have not been searched yet; their precedents will appear here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="151" />
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="152" />
            <source>Compared with {texts}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="58" />
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="142" />
            <source>Finding precedents…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="61" />
            <source>Finding precedents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="67" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="69" />
            <source>Cancel finding precedents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="70" />
            <source>Stop finding precedents now; they are found at the next start</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="116" />
            <source>Finding precedents was stopped; the rest are found at the next start.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="132" />
            <source>Stopping…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="144" />
            <source>Finding precedents… {percent}%</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <location filename="../../negotiator_app/ui/reader/agreed_margin.py" line="32" />
            <source>Agreed language in the margin</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="112" />
            <source>‹ Previous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="112" />
            <source>Previous article (Alt+Left)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="113" />
            <source>Next ›</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="113" />
            <source>Next article (Alt+Right)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="123" />
            <source>Text of the provision</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../negotiator_app/ui/search/bar.py" line="64" />
            <source>Search the text and your notes   (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/bar.py" line="65" />
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="32" />
            <source>in the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="32" />
            <source>in your note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="87" />
            <source>All versions</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="88" />
            <source>Search every version of every text, not only this one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="97" />
            <source>Search results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="131" />
            <source>Nothing matches {query}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/search/results.py" line="133" />
            <source>%n places match {query}</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="136" />
            <source> — did you mean {suggestion}?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="144" />
            <source>Search works, but {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="155" />
            <source>Searching for {query}…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="237" />
            <source> and </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="243" />
            <source>your note:</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/search/results.py" line="253" />
            <source>and %n more</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="261" />
            <source>(↑↓ to choose, Enter to open, Esc to go back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/service.py" line="154" />
            <source>Search is not available in this build of Negotiator.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="45" />
            <source>Negotiator is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="50" />
            <source>The library's passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="51" />
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="53" />
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="54" />
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="121" />
            <source>That is not the library's passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="36" />
            <source>Negotiator — encrypt library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="36" />
            <source>Negotiator — passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="40" />
            <source>Choose a passphrase for this library. Negotiator asks for it at every start; without it nobody — you included — can open the library or its backups.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="45" />
            <source>The library in {folder} is encrypted. Its passphrase:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="57" />
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="58" />
            <source>The same passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="81" />
            <source>The two passphrases differ.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SessionLog</name>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="45" />
            <source>&amp;Go to the provision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="46" />
            <source>&amp;Correct…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="47" />
            <source>&amp;Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="48" />
            <source>Cop&amp;y the text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="49" />
            <source>Add to the &amp;delegations of the position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="68" />
            <source>Session log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="78" />
            <source>What a delegation said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="80" />
            <source>Only this provision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="87" />
            <source>Session log entries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="206" />
            <source>Entry deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="206" />
            <source>Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="218" />
            <source> (edited)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="233" />
            <source>Before it was corrected it said: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="329" />
            <source>Delegation: what they said on {provision} — Enter to log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="331" />
            <source>Delegation: what they said — Enter to log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="26" />
            <source>Correct the log entry</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="38" />
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="42" />
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="29" />
            <source>&amp;Delegation:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="43" />
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="32" />
            <source>&amp;What was said:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="44" />
            <source>What the entry said before is kept in its history.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SideTabs</name>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="19" />
            <source>Position and precedents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="22" />
            <source>Position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="23" />
            <source>Precedents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="24" />
            <source>Your delegation's position on the provision (Ctrl+3)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="26" />
            <source>Where the provision's words come from, and what changed (Ctrl+4)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tree</name>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="26" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="233" />
            <source>Your position: {stance}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="30" />
            <source>Note, no stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="30" />
            <source>A note without a stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="33" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="235" />
            <source>Red line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="34" />
            <source>A red line: the red ring around the stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="38" />
            <source>Positions inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="39" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="237" />
            <source>Positions recorded on provisions inside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="43" />
            <source>Open [brackets]</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="44" />
            <source>Open [brackets] in the text; on a closed article, in its paragraphs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="48" />
            <source>Changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="49" />
            <source>Text changed since the revision before (reworded, moved, split or merged)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="51" />
            <source>New</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="51" />
            <source>New in this revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="62" />
            <source>What the marks mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="63" />
            <source>Show what the marks in the tree mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="72" />
            <source>What the marks in the tree mean</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="240" />
            <source>%n open brackets</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="246" />
            <source>%n open brackets in its paragraphs</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="248" />
            <source>%n open brackets in the provisions inside</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="56" />
            <source>Reference instruments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="139" />
            <source>Text and version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="140" />
            <source>The draft you are reading: instrument and version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="149" />
            <source>Filter: article number or words</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="151" />
            <source>Filter the article tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="157" />
            <source>&amp;New language only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="159" />
            <source>Show only new language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="161" />
            <source>Only the paragraphs with no precedent (60% alike or closer) in a reference instrument or an earlier revision: the text that needs the most attention</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="175" />
            <source>Articles</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="183" />
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="317" />
            <source>No provisions match the filter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="225" />
            <source>{instrument}
{label}{language}, imported {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="229" />
            <source>Reference instrument: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="315" />
            <source>Every paragraph here has a precedent.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="17" />
            <source>Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="18" />
            <source>Support with amendments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="19" />
            <source>Neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="20" />
            <source>Reserve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="21" />
            <source>Oppose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="22" />
            <source>No position yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="26" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="27" />
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="28" />
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="29" />
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="30" />
            <source>Arabic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="31" />
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="32" />
            <source>German</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="33" />
            <source>Dutch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="34" />
            <source>Italian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="35" />
            <source>Portuguese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="52" />
            <source>language not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="60" />
            <source>stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="61" />
            <source>priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="62" />
            <source>red line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="63" />
            <source>wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="64" />
            <source>rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="65" />
            <source>talking points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="66" />
            <source>instructions from capital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="67" />
            <source>tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="68" />
            <source>delegations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="71" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="72" />
            <source>{what} added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="73" />
            <source>{what} edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="74" />
            <source>{what} removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="75" />
            <source>{what}: {before} → {after}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="76" />
            <source>red line set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="77" />
            <source>red line removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="78" />
            <source>{what} ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="79" />
            <source>first save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="80" />
            <source>saved again, nothing changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="81" />
            <source>restored the save of {when}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="97" />
            <source>unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="98" />
            <source>reworded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="99" />
            <source>renumbered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="100" />
            <source>moved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="101" />
            <source>renumbered, reworded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="102" />
            <source>split</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="103" />
            <source>merged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="104" />
            <source>new</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="105" />
            <source>deleted</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="119" />
            <source>%n brackets removed</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="121" />
            <source>%n added</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="123" />
            <source>%n kept</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="126" />
            <source>{option} chosen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="132" />
            <source>text unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="133" />
            <source>text changed since your position — review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="134" />
            <source>your proposed wording was taken in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="135" />
            <source>provision deleted — your position on the old text is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="136" />
            <source>the new text already has a position here — your position on the old text is kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="142" />
            <source>Text changed since your position.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="143" />
            <source>Your proposed wording was taken in.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <location filename="../../negotiator_app/ui/workers.py" line="155" />
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/workers.py" line="175" />
            <location filename="../../negotiator_app/ui/workers.py" line="176" />
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

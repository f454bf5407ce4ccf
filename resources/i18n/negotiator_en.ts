<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>Compare</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="344" />
            <source>{names}: {changed} of %n provisions changed</source>
            <translation>
                <numerusform>{names}: {changed} of %n provision changed</numerusform>
                <numerusform>{names}: {changed} of %n provisions changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="346" />
            <source>{names}: {changed} of %n articles changed</source>
            <translation>
                <numerusform>{names}: {changed} of %n article changed</numerusform>
                <numerusform>{names}: {changed} of %n articles changed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="349" />
            <source>%n brackets removed</source>
            <translation>
                <numerusform>%n bracket removed</numerusform>
                <numerusform>%n brackets removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="123" />
            <source>%n positions carried into {revision} need a look. Open each, then mark it reviewed — or edit it: saving clears it too.</source>
            <translation>
                <numerusform>%n position carried into {revision} needs a look. Open each, then mark it reviewed — or edit it: saving clears it too.</numerusform>
                <numerusform>%n positions carried into {revision} need a look. Open each, then mark it reviewed — or edit it: saving clears it too.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="207" />
            <source>%n positions carried into it need a look.</source>
            <translation>
                <numerusform>%n position carried into it needs a look.</numerusform>
                <numerusform>%n positions carried into it need a look.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="233" />
            <source>{revision} of the demonstration draft is in the library too, with %n positions carried from {before} to review: see what changed, article by article.</source>
            <translation>
                <numerusform>{revision} of the demonstration draft is in the library too, with %n position carried from {before} to review: see what changed, article by article.</numerusform>
                <numerusform>{revision} of the demonstration draft is in the library too, with %n positions carried from {before} to review: see what changed, article by article.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="116" />
            <source>%n brackets still open.</source>
            <translation>
                <numerusform>%n bracket still open.</numerusform>
                <numerusform>%n brackets still open.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportChanges</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="201" />
            <source>Wrote {path} (%n rows).</source>
            <translation>
                <numerusform>Wrote {path} (%n row).</numerusform>
                <numerusform>Wrote {path} (%n rows).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportMemo</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/dialog.py" line="139" />
            <source>%n provisions will be exported.</source>
            <translation>
                <numerusform>%n provision will be exported.</numerusform>
                <numerusform>%n provisions will be exported.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/dialog.py" line="143" />
            <source>Wrote {path} (%n provisions).</source>
            <translation>
                <numerusform>Wrote {path} (%n provision).</numerusform>
                <numerusform>Wrote {path} (%n provisions).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/form.py" line="354" />
            <source>The %n provisions selected in the tree</source>
            <translation>
                <numerusform>The %n provision selected in the tree</numerusform>
                <numerusform>The %n provisions selected in the tree</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="42" />
            <source>Check the tree: %n structure warnings.</source>
            <translation>
                <numerusform>Check the tree: %n structure warning.</numerusform>
                <numerusform>Check the tree: %n structure warnings.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="48" />
            <source>… and %n more (negotiator check-structure).</source>
            <translation>
                <numerusform>… and %n more (negotiator check-structure).</numerusform>
                <numerusform>… and %n more (negotiator check-structure).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="62" />
            <source>%n lines of the file are not in the tree. Each is listed with the reason it was left out and its page, so you can check that nothing of the text was lost.</source>
            <translation>
                <numerusform>%n line of the file is not in the tree. It is listed with the reason it was left out and its page, so you can check that nothing of the text was lost.</numerusform>
                <numerusform>%n lines of the file are not in the tree. Each is listed with the reason it was left out and its page, so you can check that nothing of the text was lost.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="68" />
            <source>The first %n are listed.</source>
            <translation>
                <numerusform>The first %n is listed.</numerusform>
                <numerusform>The first %n are listed.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="20" />
            <source>%n instruments</source>
            <translation>
                <numerusform>%n instrument</numerusform>
                <numerusform>%n instruments</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="21" />
            <source>%n parts</source>
            <translation>
                <numerusform>%n part</numerusform>
                <numerusform>%n parts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="22" />
            <source>%n chapters</source>
            <translation>
                <numerusform>%n chapter</numerusform>
                <numerusform>%n chapters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="23" />
            <source>%n sections</source>
            <translation>
                <numerusform>%n section</numerusform>
                <numerusform>%n sections</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="24" />
            <source>%n titles</source>
            <translation>
                <numerusform>%n title</numerusform>
                <numerusform>%n titles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="25" />
            <source>%n articles</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="26" />
            <source>%n operative paragraphs</source>
            <translation>
                <numerusform>%n operative paragraph</numerusform>
                <numerusform>%n operative paragraphs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="27" />
            <source>%n paragraphs</source>
            <translation>
                <numerusform>%n paragraph</numerusform>
                <numerusform>%n paragraphs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="28" />
            <source>%n subparagraphs</source>
            <translation>
                <numerusform>%n subparagraph</numerusform>
                <numerusform>%n subparagraphs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="29" />
            <source>%n annexes</source>
            <translation>
                <numerusform>%n annex</numerusform>
                <numerusform>%n annexes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="30" />
            <source>%n preamble paragraphs</source>
            <translation>
                <numerusform>%n preamble paragraph</numerusform>
                <numerusform>%n preamble paragraphs</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryEdits</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="113" />
            <source>Its %n positions stay on {others}, which share them.</source>
            <translation>
                <numerusform>Its %n position stays on {others}, which share it.</numerusform>
                <numerusform>Its %n positions stay on {others}, which share them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="116" />
            <source>Its %n positions are kept without a text: listed by `negotiator note list --orphans`, and back on the text if you import it again as {revision}.</source>
            <translation>
                <numerusform>Its %n position is kept without a text: listed by `negotiator note list --orphans`, and back on the text if you import it again as {revision}.</numerusform>
                <numerusform>Its %n positions are kept without a text: listed by `negotiator note list --orphans`, and back on the text if you import it again as {revision}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="69" />
            <source>%n proposed wordings written against it are now in that language.</source>
            <translation>
                <numerusform>%n proposed wording written against it is now in that language.</numerusform>
                <numerusform>%n proposed wordings written against it are now in that language.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="80" />
            <source>Also delete its %n positions</source>
            <translation>
                <numerusform>Also delete its %n position</numerusform>
                <numerusform>Also delete its %n positions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="116" />
            <source>Delete “{name}” and its %n versions?</source>
            <translation>
                <numerusform>Delete “{name}” and its %n version?</numerusform>
                <numerusform>Delete “{name}” and its %n versions?</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NoteHistory</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/position/history_section.py" line="112" />
            <source>History (%n saves)</source>
            <translation>
                <numerusform>History (%n save)</numerusform>
                <numerusform>History (%n saves)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="153" />
            <source>%n open brackets</source>
            <translation>
                <numerusform>%n open bracket</numerusform>
                <numerusform>%n open brackets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="158" />
            <source>{with_position} of %n articles have a position</source>
            <translation>
                <numerusform>{with_position} of %n article have a position</numerusform>
                <numerusform>{with_position} of %n articles have a position</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="229" />
            <location filename="../../negotiator_app/ui/overview/chart.py" line="163" />
            <source>%n red lines</source>
            <translation>
                <numerusform>%n red line</numerusform>
                <numerusform>%n red lines</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Precedents</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="72" />
            <source>… and %n more paragraphs: select an article or a paragraph to see theirs.</source>
            <translation>
                <numerusform>… and %n more paragraph: select an article or a paragraph to see its precedents.</numerusform>
                <numerusform>… and %n more paragraphs: select an article or a paragraph to see theirs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="136" />
            <source>identical but for %n words</source>
            <translation>
                <numerusform>identical but for %n word</numerusform>
                <numerusform>identical but for %n words</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/search/results.py" line="133" />
            <source>%n places match {query}</source>
            <translation>
                <numerusform>%n place matches {query}</numerusform>
                <numerusform>%n places match {query}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/search/results.py" line="253" />
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Tree</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="240" />
            <source>%n open brackets</source>
            <translation>
                <numerusform>%n open bracket</numerusform>
                <numerusform>%n open brackets</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="246" />
            <source>%n open brackets in its paragraphs</source>
            <translation>
                <numerusform>%n open bracket in its paragraphs</numerusform>
                <numerusform>%n open brackets in its paragraphs</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="248" />
            <source>%n open brackets in the provisions inside</source>
            <translation>
                <numerusform>%n open bracket in the provisions inside</numerusform>
                <numerusform>%n open brackets in the provisions inside</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="125" />
            <source>%n brackets removed</source>
            <translation>
                <numerusform>%n bracket removed</numerusform>
                <numerusform>%n brackets removed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="127" />
            <source>%n added</source>
            <translation>
                <numerusform>%n added</numerusform>
                <numerusform>%n added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="129" />
            <source>%n kept</source>
            <translation>
                <numerusform>%n kept</numerusform>
                <numerusform>%n kept</numerusform>
            </translation>
        </message>
    </context>
</TS>

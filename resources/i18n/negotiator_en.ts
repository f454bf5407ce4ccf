<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
        <name>Precedents</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="71" />
            <source>… and %n more paragraphs: select an article or a paragraph to see theirs.</source>
            <translation>
                <numerusform>… and %n more paragraph: select an article or a paragraph to see its precedents.</numerusform>
                <numerusform>… and %n more paragraphs: select an article or a paragraph to see theirs.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="135" />
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
</TS>

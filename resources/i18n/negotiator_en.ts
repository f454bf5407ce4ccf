<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
    <context>
        <name>NoteHistory</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/position/history_section.py" line="112" />
            <source>History (%n saves)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
    </context>
</TS>

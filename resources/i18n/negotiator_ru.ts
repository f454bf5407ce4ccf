<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="441" />
            <source>The interface will be in &lt;b&gt;{language}&lt;/b&gt; from the next start of Negotiator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="446" />
            <source>Restart now</source>
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
            <location filename="../../negotiator_app/ui/menus.py" line="269" />
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
            <source>Precedents tab</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="40" />
            <source>Tab, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="41" />
            <source>Go from citation to citation, open one in the reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Session log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Delegation: text, Enter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="43" />
            <source>Log what a delegation said</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="44" />
            <source>Delegations table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="44" />
            <source>Insert / Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="45" />
            <source>Add / remove a delegation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="79" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="83" />
            <source>&amp;Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="86" />
            <source>Import a draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="88" />
            <source>&amp;Export memo…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="89" />
            <source>Write a Word memo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="90" />
            <source>&amp;Back up library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="91" />
            <source>A checked copy in backups/</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="92" />
            <source>Import &amp;report of this version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="93" />
            <source>What the import found, what to check and what it left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="95" />
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="96" />
            <source>Hide the library until its passphrase is typed (an encrypted library)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="97" />
            <source>Lock when &amp;idle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="99" />
            <source>After &amp;5 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="99" />
            <source>After &amp;10 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="100" />
            <source>After &amp;30 minutes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="100" />
            <source>&amp;Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="106" />
            <source>&amp;Encrypt library…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="107" />
            <source>Protect the library, its backups and its index with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="108" />
            <source>Store library in &amp;clear…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="110" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="112" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="114" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="115" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="116" />
            <source>Cu&amp;t</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="117" />
            <source>&amp;Copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="118" />
            <source>&amp;Paste</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="119" />
            <source>Select &amp;all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="125" />
            <source>&amp;Find…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="126" />
            <source>Search the text and your notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="127" />
            <source>Next &amp;hit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="128" />
            <source>The next word found</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="132" />
            <source>Pre&amp;vious hit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="139" />
            <source>Filter the &amp;tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="143" />
            <source>&amp;Log a statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="145" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="149" />
            <source>&amp;Larger text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="153" />
            <source>&amp;Smaller text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="154" />
            <source>&amp;Normal size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="156" />
            <source>&amp;Colours</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="159" />
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <source>Follow the &amp;system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="159" />
            <source>&amp;Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="159" />
            <source>&amp;Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="164" />
            <source>Lan&amp;guage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="175" />
            <source>Session lo&amp;g</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="178" />
            <source>&amp;Position panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="181" />
            <source>Parallel te&amp;xt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="183" />
            <source>This version beside another language of its revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="185" />
            <source>New language &amp;only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="186" />
            <source>Only the paragraphs with no precedent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="192" />
            <source>&amp;Full screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="198" />
            <source>&amp;Library</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="200" />
            <source>&amp;Rename this version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="201" />
            <source>Give the version being read another label</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="202" />
            <source>&amp;Language and title of this version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="203" />
            <source>Say which language the version is in, and its title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="204" />
            <source>&amp;Delete this version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="205" />
            <source>Delete the version being read (a backup first; positions kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="209" />
            <source>Rename this &amp;instrument…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="210" />
            <source>Delete this ins&amp;trument…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="211" />
            <source>Delete every version of the instrument (a backup first; positions kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="222" />
            <source>&amp;Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="223" />
            <source>&amp;Go to article…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="224" />
            <source>&amp;Next article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="228" />
            <source>&amp;Previous article</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="233" />
            <source>&amp;Back</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="234" />
            <source>Back to the provision read before</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="235" />
            <source>&amp;Forward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="237" />
            <source>&amp;Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="241" />
            <source>Other &amp;version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="245" />
            <source>Article &amp;tree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="246" />
            <source>&amp;Reader</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="247" />
            <source>Your &amp;position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="248" />
            <source>Pre&amp;cedents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="249" />
            <source>Where the provision's words come from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="251" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="252" />
            <source>&amp;Keyboard shortcuts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="254" />
            <source>Show &amp;log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="255" />
            <source>What was imported, backed up, failed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="256" />
            <source>&amp;About Negotiator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="262" />
            <source>Main</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="267" />
            <source>Go to article…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="268" />
            <source>Go to an article by number (Ctrl+G)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="270" />
            <source>Where you stand, chapter by chapter (Ctrl+Shift+O)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="272" />
            <source>Import…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="273" />
            <source>Import a draft (Ctrl+O), or drop a file on the window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="310" />
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
        <name>PositionPanel</name>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <source>Delegation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <location filename="../../negotiator_app/ui/position/panel.py" line="115" />
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
            <location filename="../../negotiator_app/ui/position/panel.py" line="61" />
            <location filename="../../negotiator_app/ui/position/panel.py" line="359" />
            <source>Proposed &amp;wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="62" />
            <source>&amp;Rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="63" />
            <source>Talking p&amp;oints</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="64" />
            <source>&amp;Instructions from capital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="103" />
            <source>Select a provision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="120" />
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="124" />
            <source>This is a red line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="125" />
            <source>Red line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="126" />
            <source>&amp;Stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="127" />
            <source>&amp;Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="146" />
            <source>Start from current text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="147" />
            <source>Copy the provision's text here to edit it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="160" />
            <source>Redline against the current text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="170" />
            <source>Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="171" />
            <source>comma, separated, tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="172" />
            <source>&amp;Tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="178" />
            <source>Other delegations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="221" />
            <source>Your position on {provision}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="257" />
            <source>Not saved yet — see the message above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="263" />
            <source>Saved {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="280" />
            <source>Restored {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="291" />
            <source>Editing…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="361" />
            <source>Proposed &amp;wording ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="419" />
            <source>No position recorded yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="424" />
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
        <name>Words</name>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="15" />
            <source>Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="16" />
            <source>Support with amendments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="17" />
            <source>Neutral</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="18" />
            <source>Reserve</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="19" />
            <source>Oppose</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="20" />
            <source>No position yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="22" />
            <source>High</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="22" />
            <source>Medium</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="22" />
            <source>Low</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>English</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="25" />
            <source>Russian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="26" />
            <source>French</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="27" />
            <source>Spanish</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="28" />
            <source>Arabic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="29" />
            <source>Chinese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="30" />
            <source>German</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="31" />
            <source>Dutch</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="32" />
            <source>Italian</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="33" />
            <source>Portuguese</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="50" />
            <source>language not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="58" />
            <source>stance</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="59" />
            <source>priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="60" />
            <source>red line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="61" />
            <source>wording</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="62" />
            <source>rationale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="63" />
            <source>talking points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="64" />
            <source>instructions from capital</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="65" />
            <source>tags</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="66" />
            <source>delegations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="69" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="70" />
            <source>{what} added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="71" />
            <source>{what} edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="72" />
            <source>{what} removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="73" />
            <source>{what}: {before} → {after}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="74" />
            <source>red line set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="75" />
            <source>red line removed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="76" />
            <source>{what} ({language})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="77" />
            <source>first save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="78" />
            <source>saved again, nothing changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="79" />
            <source>restored the save of {when}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>

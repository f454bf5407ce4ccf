<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
    <context>
        <name>App</name>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="63" />
            <source>The library folder {folder} cannot be created: {reason}.</source>
            <translation>Impossible de créer le dossier de la bibliothèque {folder} : {reason}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="73" />
            <source>{problem} Switch to that window, or start Negotiator with --data-dir to open another library.</source>
            <translation>{problem} Passez à cette fenêtre, ou lancez Negotiator avec --data-dir pour ouvrir une autre bibliothèque.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="282" />
            <source>Negotiator stopped unexpectedly last time (a crash in Qt or a library it uses). The details are in {path}; send it to whoever supports Negotiator for you.</source>
            <translation>Negotiator s'est arrêté de façon inattendue la dernière fois (un plantage de Qt ou d'une bibliothèque qu'il utilise). Les détails se trouvent dans {path} ; envoyez ce fichier à la personne qui assure le support de Negotiator.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="18" />
            <source>&lt;b&gt;This is a demonstration text, not an official document.&lt;/b&gt; To work on your real draft, choose &lt;b&gt;File › Import…&lt;/b&gt; (Ctrl+O) or drag the file onto this window.</source>
            <translation>&lt;b&gt;Ceci est un texte de démonstration, pas un document officiel.&lt;/b&gt; Pour travailler sur votre véritable projet, choisissez &lt;b&gt;Fichier › Importer…&lt;/b&gt; (Ctrl+O) ou faites glisser le fichier sur cette fenêtre.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="50" />
            <source>Dismiss</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="51" />
            <source>Dismiss this message</source>
            <translation>Fermer ce message</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="111" />
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="72" />
            <source>New in {revision}</source>
            <translation>Nouveau dans {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="74" />
            <source>Changed since {revision}: {change}</source>
            <translation>Modifié depuis {revision} : {change}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="83" />
            <source>{change} (was {before})</source>
            <translation>{change} (anciennement {before})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="85" />
            <source>Was {before} in {revision}</source>
            <translation>Anciennement {before} dans {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/comparisons.py" line="71" />
            <source>Comparing</source>
            <translation>Comparaison</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/comparisons.py" line="72" />
            <location filename="../../negotiator_app/ui/compare/page.py" line="198" />
            <source>Comparing {old} with {new}…</source>
            <translation>Comparaison de {old} avec {new}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/diff_html.py" line="26" />
            <source>Not in the earlier text.</source>
            <translation>Absent du texte antérieur.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/diff_html.py" line="28" />
            <source>Deleted from this text.</source>
            <translation>Supprimé de ce texte.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="56" />
            <source>All</source>
            <translation>Toutes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="57" />
            <source>Changed</source>
            <translation>Modifiées</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="58" />
            <source>New</source>
            <translation>Nouvelles</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="59" />
            <source>Deleted</source>
            <translation>Supprimées</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="60" />
            <source>Only where I have a position</source>
            <translation>Seulement là où j'ai une position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="61" />
            <source>Brackets resolved</source>
            <translation>Crochets levés</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="82" />
            <source>Earlier version</source>
            <translation>Version antérieure</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="83" />
            <source>Later version</source>
            <translation>Version ultérieure</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="84" />
            <source>&amp;Compare</source>
            <translation>&amp;Comparer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="85" />
            <source>Compare the two versions chosen</source>
            <translation>Comparer les deux versions choisies</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="89" />
            <source>Show which provisions</source>
            <translation>Dispositions à afficher</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="93" />
            <source>Par&amp;agraphs too</source>
            <translation>&amp;Paragraphes aussi</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="94" />
            <source>List every paragraph and subparagraph, not only articles</source>
            <translation>Lister chaque paragraphe et alinéa, pas seulement les articles</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="105" />
            <source>Provisions compared</source>
            <translation>Dispositions comparées</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="134" />
            <source>Ol&amp;der</source>
            <translation>A&amp;ntérieure</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="136" />
            <source>&amp;Newer</source>
            <translation>&amp;Ultérieure</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="140" />
            <source>Fi&amp;lter</source>
            <translation>&amp;Filtre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="178" />
            <source>{version} is the only revision of this instrument. Import the next revision (File › Import…, “the next revision”) to see what changed.</source>
            <translation>{version} est la seule révision de cet instrument. Importez la révision suivante (Fichier › Importer…, « la révision suivante ») pour voir ce qui a changé.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="205" />
            <source>Choose two different versions to compare.</source>
            <translation>Choisissez deux versions différentes à comparer.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="273" />
            <source>Comparison cancelled. Press Compare to run it again.</source>
            <translation>Comparaison annulée. Cliquez sur Comparer pour la relancer.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="294" />
            <source>Nothing to show with this choice.</source>
            <translation>Rien à afficher avec ce choix.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="344" />
            <source>{names}: {changed} of %n provisions changed</source>
            <translation>
                <numerusform>{names} : {changed} disposition modifiée sur %n</numerusform>
                <numerusform>{names} : {changed} dispositions modifiées sur %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="346" />
            <source>{names}: {changed} of %n articles changed</source>
            <translation>
                <numerusform>{names} : {changed} article modifié sur %n</numerusform>
                <numerusform>{names} : {changed} articles modifiés sur %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="349" />
            <source>%n brackets removed</source>
            <translation>
                <numerusform>%n crochet levé</numerusform>
                <numerusform>%n crochets levés</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="353" />
            <source>{summary}; {shown} shown.</source>
            <translation>{summary} ; {shown} affichées.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="54" />
            <source>Positions to review</source>
            <translation>Positions à réexaminer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="65" />
            <source>Carried positions to review</source>
            <translation>Positions reportées à réexaminer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="71" />
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="72" />
            <source>Read the provision, with your position beside it (Enter)</source>
            <translation>Lire la disposition, avec votre position à côté (Entrée)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="74" />
            <source>Mar&amp;k reviewed</source>
            <translation>&amp;Marquer comme réexaminée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="75" />
            <source>Keep the position as it is and take it off this list</source>
            <translation>Garder la position telle quelle et la retirer de cette liste</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="112" />
            <source>Open a version to see the positions carried into it.</source>
            <translation>Ouvrez une version pour voir les positions qui y ont été reportées.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="123" />
            <source>%n positions carried into {revision} need a look. Open each, then mark it reviewed — or edit it: saving clears it too.</source>
            <translation>
                <numerusform>%n position reportée dans {revision} est à réexaminer. Ouvrez-la, puis marquez-la comme réexaminée — ou modifiez-la : l'enregistrer la retire aussi de la liste.</numerusform>
                <numerusform>%n positions reportées dans {revision} sont à réexaminer. Ouvrez-les une à une, puis marquez-les comme réexaminées — ou modifiez-les : les enregistrer les retire aussi de la liste.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="131" />
            <source>No carried positions in {revision} await a look.</source>
            <translation>Aucune position reportée dans {revision} n'attend de réexamen.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="185" />
            <source>no stance</source>
            <translation>sans position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="195" />
            <source>{provision} of {revision}</source>
            <translation>{provision} de {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="120" />
            <source>Import a draft before comparing versions.</source>
            <translation>Importez un projet avant de comparer des versions.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="145" />
            <source>Import a draft before exporting a table of changes.</source>
            <translation>Importez un projet avant d'exporter un tableau des modifications.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="207" />
            <source>%n positions carried into it need a look.</source>
            <translation>
                <numerusform>%n position qui y a été reportée est à réexaminer.</numerusform>
                <numerusform>%n positions qui y ont été reportées sont à réexaminer.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="208" />
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="248" />
            <source>Positions to review…</source>
            <translation>Positions à réexaminer…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="233" />
            <source>{revision} of the demonstration draft is in the library too, with %n positions carried from {before} to review: see what changed, article by article.</source>
            <translation>
                <numerusform>La {revision} du projet de démonstration est aussi dans la bibliothèque, avec %n position reportée de {before} à réexaminer : voyez ce qui a changé, article par article.</numerusform>
                <numerusform>La {revision} du projet de démonstration est aussi dans la bibliothèque, avec %n positions reportées de {before} à réexaminer : voyez ce qui a changé, article par article.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="239" />
            <source>{revision} of the demonstration draft is in the library too: see what changed, article by article.</source>
            <translation>La {revision} du projet de démonstration est aussi dans la bibliothèque : voyez ce qui a changé, article par article.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="247" />
            <source>Compare versions</source>
            <translation>Comparer les versions</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Provision</source>
            <translation>Disposition</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Change</source>
            <translation>Modification</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Alike</source>
            <translation>Similarité</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Brackets</source>
            <translation>Crochets</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="104" />
            <source>Change: {change}</source>
            <translation>Modification : {change}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="107" />
            <source>Alike: {percent} of the words</source>
            <translation>Similarité : {percent} des mots</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="110" />
            <source>Brackets: {brackets}</source>
            <translation>Crochets : {brackets}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="113" />
            <source>Your position: {stance}</source>
            <translation>Votre position : {stance}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="48" />
            <source>Earlier text, deleted words struck through</source>
            <translation>Texte antérieur, mots supprimés barrés</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="50" />
            <source>Later text, inserted words underlined</source>
            <translation>Texte ultérieur, mots ajoutés soulignés</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="71" />
            <source>Earlier text</source>
            <translation>Texte antérieur</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="71" />
            <source>Later text</source>
            <translation>Texte ultérieur</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="72" />
            <source>Choose a provision in the list to see its old and new text.</source>
            <translation>Choisissez une disposition dans la liste pour voir son ancien et son nouveau texte.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="81" />
            <source>{percent} alike</source>
            <translation>similaire à {percent}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="114" />
            <source>Brackets: {brackets}.</source>
            <translation>Crochets : {brackets}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="116" />
            <source>%n brackets still open.</source>
            <translation>
                <numerusform>%n crochet encore ouvert.</numerusform>
                <numerusform>%n crochets encore ouverts.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="119" />
            <source>Now marked: {status}.</source>
            <translation>Désormais marqué : {status}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="121" />
            <source>Only the number changed; the text is the same.</source>
            <translation>Seul le numéro a changé ; le texte est le même.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="123" />
            <source>The text did not change.</source>
            <translation>Le texte n'a pas changé.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="125" />
            <source>a note</source>
            <translation>une note</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="127" />
            <source>Your position: {stance}, a red line.</source>
            <translation>Votre position : {stance}, ligne rouge.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="129" />
            <source>Your position: {stance}.</source>
            <translation>Votre position : {stance}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="48" />
            <source>{provision} (deleted)</source>
            <translation>{provision} (supprimée)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="50" />
            <source>{provision} (new)</source>
            <translation>{provision} (nouvelle)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="54" />
            <source>{provision} (was {before})</source>
            <translation>{provision} (anciennement {before})</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="59" />
            <source>Negotiator — unexpected error</source>
            <translation>Negotiator — erreur inattendue</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="62" />
            <source>Everything you typed before this was saved. You can keep working; if the problem comes back, send the crash log to whoever supports Negotiator for you.</source>
            <translation>Tout ce que vous avez saisi auparavant a été enregistré. Vous pouvez continuer à travailler ; si le problème se reproduit, envoyez le journal de plantage à la personne qui assure le support de Negotiator.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="81" />
            <source>{problem} (Details: {path}.)</source>
            <translation>{problem} (Détails : {path}.)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="85" />
            <source>Something unexpected went wrong ({what}). The details are in {path}.</source>
            <translation>Une erreur inattendue s'est produite ({what}). Les détails se trouvent dans {path}.</translation>
        </message>
    </context>
    <context>
        <name>ExportChanges</name>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="44" />
            <source>Word table, landscape (.docx)</source>
            <translation>Tableau Word, paysage (.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="44" />
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="45" />
            <source>CSV, every pair compared (.csv)</source>
            <translation>CSV, chaque paire comparée (.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="45" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="46" />
            <source>Markdown, for email (.md)</source>
            <translation>Markdown, pour la messagerie (.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="46" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="65" />
            <source>Export table of changes</source>
            <translation>Exporter le tableau des modifications</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="69" />
            <source>Older version</source>
            <translation>Version antérieure</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="70" />
            <source>Newer version</source>
            <translation>Version ultérieure</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="80" />
            <source>One row per changed provision (the paragraph that changed)</source>
            <translation>Une ligne par disposition modifiée (le paragraphe qui a changé)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="82" />
            <source>One row per changed article, with its whole text</source>
            <translation>Une ligne par article modifié, avec son texte complet</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="87" />
            <source>Title on the first page</source>
            <translation>Titre en première page</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="91" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="93" />
            <source>Where to save the file</source>
            <translation>Où enregistrer le fichier</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="94" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="95" />
            <source>Choose where to save the file</source>
            <translation>Choisir où enregistrer le fichier</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="103" />
            <source>Ol&amp;der version:</source>
            <translation>Version a&amp;ntérieure :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="104" />
            <source>&amp;Newer version:</source>
            <translation>Version &amp;ultérieure :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="108" />
            <source>Rows:</source>
            <translation>Lignes :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="109" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="110" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="111" />
            <source>&amp;Marking:</source>
            <translation>&amp;Mention :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="112" />
            <source>Fo&amp;rmat:</source>
            <translation>&amp;Format :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="113" />
            <source>Sa&amp;ve to:</source>
            <translation>&amp;Enregistrer sous :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="132" />
            <source>Choose two different versions to compare.</source>
            <translation>Choisissez deux versions différentes à comparer.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="135" />
            <source>Choose a file to save to.</source>
            <translation>Choisissez le fichier où enregistrer.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="154" />
            <source>Comparing and writing {file}…</source>
            <translation>Comparaison et écriture de {file}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="173" />
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="193" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="201" />
            <source>Wrote {path} (%n rows).</source>
            <translation>
                <numerusform>{path} écrit (%n ligne).</numerusform>
                <numerusform>{path} écrit (%n lignes).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportMemo</name>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="27" />
            <source>Language of the memo</source>
            <translation>Langue de la note</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="29" />
            <source>The language of the memo's own words: title, headings, stances, dates. The provisions are quoted, and named, as the text says them.</source>
            <translation>La langue des termes propres à la note : titre, intertitres, positions, dates. Les dispositions sont citées, et désignées, telles que le texte les formule.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="49" />
            <source>Classification marking</source>
            <translation>Mention de classification</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="59" />
            <source>(no marking)</source>
            <translation>(sans mention)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="53" />
            <source>Export memo</source>
            <translation>Exporter la note</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="84" />
            <source>Choose a file to save to.</source>
            <translation>Choisissez le fichier où enregistrer.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="111" />
            <source>Writing {file}…</source>
            <translation>Écriture de {file}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/dialog.py" line="139" />
            <source>%n provisions will be exported.</source>
            <translation>
                <numerusform>%n disposition sera exportée.</numerusform>
                <numerusform>%n dispositions seront exportées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/dialog.py" line="143" />
            <source>Wrote {path} (%n provisions).</source>
            <translation>
                <numerusform>{path} écrit (%n disposition).</numerusform>
                <numerusform>{path} écrit (%n dispositions).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="54" />
            <source>Word memo (.docx)</source>
            <translation>Note Word (.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="54" />
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="55" />
            <source>Markdown, for email (.md)</source>
            <translation>Markdown, pour la messagerie (.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="55" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="56" />
            <source>CSV, for spreadsheets (.csv)</source>
            <translation>CSV, pour les tableurs (.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="56" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="146" />
            <source>Cover</source>
            <translation>Page de garde</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="150" />
            <source>Memo title</source>
            <translation>Titre de la note</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="151" />
            <source>e.g. Delegation of Examplia</source>
            <translation>p. ex. Délégation de l'Examplie</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="152" />
            <source>The negotiation</source>
            <translation>La négociation</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="153" />
            <source>e.g. Fourth session, New York</source>
            <translation>p. ex. Quatrième session, New York</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="154" />
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="155" />
            <source>Your name</source>
            <translation>Votre nom</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="160" />
            <source>Memo &amp;language:</source>
            <translation>&amp;Langue de la note :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="161" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="162" />
            <source>&amp;Delegation:</source>
            <translation>Délégat&amp;ion :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="163" />
            <source>&amp;Negotiation:</source>
            <translation>&amp;Négociation :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="164" />
            <source>&amp;Session:</source>
            <translation>&amp;Session :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="165" />
            <source>D&amp;ate:</source>
            <translation>Dat&amp;e :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="166" />
            <source>Prepared &amp;by:</source>
            <translation>Établie &amp;par :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="167" />
            <source>&amp;Marking:</source>
            <translation>&amp;Mention :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="173" />
            <source>Provisions</source>
            <translation>Dispositions</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="177" />
            <source>Provisions with a position</source>
            <translation>Dispositions assorties d'une position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="178" />
            <source>All articles, with or without a position (briefing book)</source>
            <translation>Tous les articles, avec ou sans position (dossier de séance)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="190" />
            <source>Only these stances (none ticked: any):</source>
            <translation>Seulement ces positions (aucune cochée : toutes) :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="200" />
            <source>Only these tags:</source>
            <translation>Seulement ces étiquettes :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="201" />
            <source>Only these chapters:</source>
            <translation>Seulement ces chapitres :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="203" />
            <source>Say which agreed lan&amp;guage each provision takes up (from the reference instruments)</source>
            <translation>Indiquer le libellé a&amp;gréé que reprend chaque disposition (d'après les instruments de référence)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="208" />
            <source>A line per provision: “Agreed language: UNCAC, art. 46, para. 9 (b), with 'shall' → 'may'”</source>
            <translation>Une ligne par disposition : « Libellé agréé : CNUCC, art. 46, par. 9 b), avec « prend » → « peut prendre » »</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="221" />
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="226" />
            <source>Fo&amp;rmat:</source>
            <translation>&amp;Format :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="228" />
            <source>Negotiator's standard template</source>
            <translation>Modèle standard de Negotiator</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="229" />
            <location filename="../../negotiator_app/ui/export/form.py" line="238" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="232" />
            <source>Tem&amp;plate:</source>
            <translation>Mo&amp;dèle :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="233" />
            <source>Add each rationale as a Word comment on its provision</source>
            <translation>Ajouter chaque justification comme commentaire Word sur sa disposition</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="237" />
            <source>Where to save the file</source>
            <translation>Où enregistrer le fichier</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="240" />
            <source>Sa&amp;ve to:</source>
            <translation>En&amp;registrer sous :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="286" />
            <source>Position memo</source>
            <translation>Note de position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="328" />
            <source>Memo template</source>
            <translation>Modèle de note</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="328" />
            <source>Word templates (*.dotx *.docx)</source>
            <translation>Modèles Word (*.dotx *.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="336" />
            <source>Save as</source>
            <translation>Enregistrer sous</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="351" />
            <source>The provisions selected in the tree (none selected)</source>
            <translation>Les dispositions sélectionnées dans l'arbre (aucune sélection)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="353" />
            <source>The provision selected in the tree ({key})</source>
            <translation>La disposition sélectionnée dans l'arbre ({key})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/form.py" line="354" />
            <source>The %n provisions selected in the tree</source>
            <translation>
                <numerusform>La disposition sélectionnée dans l'arbre (%n)</numerusform>
                <numerusform>Les %n dispositions sélectionnées dans l'arbre</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="39" />
            <source>Export progress</source>
            <translation>Progression de l'exportation</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="79" />
            <source>&amp;Open</source>
            <translation>&amp;Ouvrir</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="81" />
            <source>Show in &amp;folder</source>
            <translation>Affic&amp;her dans le dossier</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="87" />
            <source>&amp;Export</source>
            <translation>E&amp;xporter</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="90" />
            <location filename="../../negotiator_app/ui/export/writing.py" line="159" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="101" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="138" />
            <source>Note: {warning}</source>
            <translation>Remarque : {warning}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="147" />
            <source>The export failed unexpectedly; nothing was written.</source>
            <translation>L'exportation a échoué de façon inattendue ; rien n'a été écrit.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="159" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="175" />
            <source>No application on this computer could open {path}.</source>
            <translation>Aucune application de cet ordinateur n'a pu ouvrir {path}.</translation>
        </message>
    </context>
    <context>
        <name>GoToDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="35" />
            <source>Go to article</source>
            <translation>Aller à l'article</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="42" />
            <source>Article number (12, 12 bis, 6.1.a) or a word of its title</source>
            <translation>Numéro d'article (12, 12 bis, 6.1.a) ou un mot de son titre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="44" />
            <source>Article to go to</source>
            <translation>Article à atteindre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="51" />
            <source>Matching articles</source>
            <translation>Articles correspondants</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="97" />
            <source>Type an article number.</source>
            <translation>Saisissez un numéro d'article.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="112" />
            <source>There is no Article {number} in this version.</source>
            <translation>Il n'y a pas d'article {number} dans cette version.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="113" />
            <source>Nothing in this version is called "{text}".</source>
            <translation>Rien dans cette version ne s'appelle « {text} ».</translation>
        </message>
    </context>
    <context>
        <name>HelpDialogs</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="34" />
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="38" />
            <source>Keyboard shortcuts</source>
            <translation>Raccourcis clavier</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>Keys</source>
            <translation>Touches</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>What it does</source>
            <translation>Action</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="60" />
            <source>An offline workbench for treaty negotiators: the draft as an article tree, instant search, positions and memos. It never connects to the network.</source>
            <translation>Un poste de travail hors ligne pour les négociateurs de traités : le projet sous forme d'arbre d'articles, la recherche instantanée, les positions et les notes. Il ne se connecte jamais au réseau.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="67" />
            <source>Your library:</source>
            <translation>Votre bibliothèque :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="68" />
            <source>Backups and crash logs:</source>
            <translation>Sauvegardes et journaux de plantage :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="78" />
            <source>About Negotiator</source>
            <translation>À propos de Negotiator</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="33" />
            <source>Drafts (*.docx *.pdf *.html *.htm *.xml *.txt *.md);;Word (*.docx);;PDF (*.pdf);;Web page (*.html *.htm);;Akoma Ntoso (*.xml);;Plain text (*.txt *.md);;All files (*)</source>
            <translation>Projets (*.docx *.pdf *.html *.htm *.xml *.txt *.md);;Word (*.docx);;PDF (*.pdf);;Page web (*.html *.htm);;Akoma Ntoso (*.xml);;Texte brut (*.txt *.md);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="61" />
            <source>Import a draft</source>
            <translation>Importer un projet</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="80" />
            <source>Reading</source>
            <translation>Lecture</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="80" />
            <source>Reading {file}…</source>
            <translation>Lecture de {file}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="84" />
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="133" />
            <source>Import cancelled; the library is unchanged.</source>
            <translation>Importation annulée ; la bibliothèque est inchangée.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="93" />
            <source>Backing up</source>
            <translation>Sauvegarde</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="93" />
            <source>Backing up the library…</source>
            <translation>Sauvegarde de la bibliothèque…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="97" />
            <source>The library was backed up to {path}.</source>
            <translation>La bibliothèque a été sauvegardée dans {path}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="103" />
            <source>Backup cancelled.</source>
            <translation>Sauvegarde annulée.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="128" />
            <source>Importing</source>
            <translation>Importation</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="129" />
            <source>Importing {file}…</source>
            <translation>Importation de {file}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="151" />
            <source>Wait for the import or backup under way to finish.</source>
            <translation>Attendez la fin de l'importation ou de la sauvegarde en cours.</translation>
        </message>
    </context>
    <context>
        <name>ImportOptions</name>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="40" />
            <source>A new instrument (named from the document's title)</source>
            <translation>Un nouvel instrument (nommé d'après le titre du document)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="64" />
            <source>Import a draft</source>
            <translation>Importer un projet</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="71" />
            <source>New instrument, or another instrument it is a version of</source>
            <translation>Nouvel instrument, ou autre instrument dont il est une version</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="88" />
            <source>e.g. "Rev.1" or "Chair's text, 3 March"</source>
            <translation>p. ex. « Rév. 1 » ou « Texte du Président, 3 mars »</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="89" />
            <source>Label of this version</source>
            <translation>Désignation de cette version</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="91" />
            <source>Language of the text</source>
            <translation>Langue du texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="93" />
            <source>Detect</source>
            <translation>Détecter</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="98" />
            <source>Detect ({language})</source>
            <translation>Détecter ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="100" />
            <source>&amp;Reference instrument (an earlier agreed text)</source>
            <translation>Instrument de &amp;référence (un texte agréé antérieur)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="102" />
            <source>An earlier treaty, resolution or law: the paragraphs of the other texts are compared with it, and their precedents shown in the Precedents tab</source>
            <translation>Un traité, une résolution ou une loi antérieurs : les paragraphes des autres textes lui sont comparés, et leurs précédents s'affichent dans l'onglet Précédents</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="108" />
            <source>Its short name in citations, e.g. "UNCAC"</source>
            <translation>Son nom abrégé dans les citations, p. ex. « CNUCC »</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="109" />
            <source>Short name of the reference in citations</source>
            <translation>Nom abrégé de la référence dans les citations</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="117" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="141" />
            <source>&amp;Label</source>
            <translation>&amp;Désignation</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="142" />
            <source>L&amp;anguage</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="144" />
            <source>Cite a&amp;s</source>
            <translation>&amp;Citer comme</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="190" />
            <source>This text is</source>
            <translation>Ce texte est</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="199" />
            <source>the &amp;next revision of {instrument}, after {revision}</source>
            <translation>la révision &amp;suivante de {instrument}, après {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="203" />
            <source>the next revision</source>
            <translation>la révision suivante</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="205" />
            <source>another lan&amp;guage of</source>
            <translation>une autre version lin&amp;guistique de</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="207" />
            <source>The revision it is another language of</source>
            <translation>La révision dont il est une autre version linguistique</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="208" />
            <source>a new &amp;instrument, or a version of another:</source>
            <translation>un nouvel &amp;instrument, ou une version d'un autre :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="223" />
            <source>of {instrument}</source>
            <translation>de {instrument}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="273" />
            <source>{revision} already has a text in {language}: import this one as the next revision, or choose its language.</source>
            <translation>{revision} a déjà un texte en {language} : importez celui-ci comme révision suivante, ou choisissez sa langue.</translation>
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
            <translation>Importé : {what}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="42" />
            <source>Check the tree: %n structure warnings.</source>
            <translation>
                <numerusform>Vérifiez l'arbre : %n avertissement de structure.</numerusform>
                <numerusform>Vérifiez l'arbre : %n avertissements de structure.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="48" />
            <source>… and %n more (negotiator check-structure).</source>
            <translation>
                <numerusform>… et %n autre (negotiator check-structure).</numerusform>
                <numerusform>… et %n autres (negotiator check-structure).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="58" />
            <source>What was left out — {title}</source>
            <translation>Ce qui a été exclu — {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="62" />
            <source>%n lines of the file are not in the tree. Each is listed with the reason it was left out and its page, so you can check that nothing of the text was lost.</source>
            <translation>
                <numerusform>%n ligne du fichier ne figure pas dans l'arbre. Elle est listée avec la raison de son exclusion et sa page, pour que vous puissiez vérifier que rien du texte n'a été perdu.</numerusform>
                <numerusform>%n lignes du fichier ne figurent pas dans l'arbre. Chacune est listée avec la raison de son exclusion et sa page, pour que vous puissiez vérifier que rien du texte n'a été perdu.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="68" />
            <source>The first %n are listed.</source>
            <translation>
                <numerusform>La première (%n) est listée.</numerusform>
                <numerusform>Les %n premières sont listées.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="72" />
            <source>Show the lines left out for</source>
            <translation>Afficher les lignes exclues pour</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="73" />
            <source>Every reason ({count})</source>
            <translation>Toutes les raisons ({count})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="78" />
            <source>Lines left out</source>
            <translation>Lignes exclues</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="79" />
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="79" />
            <source>Why</source>
            <translation>Raison</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="79" />
            <source>Line</source>
            <translation>Ligne</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="91" />
            <source>Show:</source>
            <translation>Afficher :</translation>
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
                <numerusform>%n partie</numerusform>
                <numerusform>%n parties</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="22" />
            <source>%n chapters</source>
            <translation>
                <numerusform>%n chapitre</numerusform>
                <numerusform>%n chapitres</numerusform>
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
                <numerusform>%n titre</numerusform>
                <numerusform>%n titres</numerusform>
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
                <numerusform>%n paragraphe du dispositif</numerusform>
                <numerusform>%n paragraphes du dispositif</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="27" />
            <source>%n paragraphs</source>
            <translation>
                <numerusform>%n paragraphe</numerusform>
                <numerusform>%n paragraphes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="28" />
            <source>%n subparagraphs</source>
            <translation>
                <numerusform>%n alinéa</numerusform>
                <numerusform>%n alinéas</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="29" />
            <source>%n annexes</source>
            <translation>
                <numerusform>%n annexe</numerusform>
                <numerusform>%n annexes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="30" />
            <source>%n preamble paragraphs</source>
            <translation>
                <numerusform>%n alinéa du préambule</numerusform>
                <numerusform>%n alinéas du préambule</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="34" />
            <source>contents lines</source>
            <translation>lignes de sommaire</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="35" />
            <source>front matter lines</source>
            <translation>lignes de page de titre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="36" />
            <source>cross-headings</source>
            <translation>intertitres</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="37" />
            <source>footnotes</source>
            <translation>notes de bas de page</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="38" />
            <source>footnote references</source>
            <translation>appels de note</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="39" />
            <source>rule lines</source>
            <translation>filets</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="40" />
            <source>comments</source>
            <translation>commentaires</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="41" />
            <source>lines between instruments</source>
            <translation>lignes entre les instruments</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="42" />
            <source>page numbers</source>
            <translation>numéros de page</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="43" />
            <source>running headers and footers</source>
            <translation>en-têtes et pieds de page</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="44" />
            <source>preamble formulas</source>
            <translation>formules du préambule</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="45" />
            <source>endnotes</source>
            <translation>notes de fin</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="46" />
            <source>lines after the end of the text</source>
            <translation>lignes après la fin du texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="47" />
            <source>web page footer lines</source>
            <translation>lignes de pied de page web</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="48" />
            <source>navigation, page header and footer lines</source>
            <translation>navigation, en-tête et pied de page</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="49" />
            <source>documents referred to but not in the file</source>
            <translation>documents cités mais absents du fichier</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="52" />
            <source>characters that cannot be decoded</source>
            <translation>caractères indéchiffrables</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="68" />
            <source>Found {found}.</source>
            <translation>Trouvé : {found}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="71" />
            <source>{reason}: {count}</source>
            <translation>{reason} : {count}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="74" />
            <source>Left out: {lines}.</source>
            <translation>Omis : {lines}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="75" />
            <source>Warning: {warning}</source>
            <translation>Avertissement : {warning}</translation>
        </message>
    </context>
    <context>
        <name>LibraryEdits</name>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="53" />
            <source>Language and title of “{label}”</source>
            <translation>Langue et titre de « {label} »</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="56" />
            <source>Not set</source>
            <translation>Non indiquée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="66" />
            <source>A revision has one version per language. The proposed wordings written against this version follow it into the language you choose.</source>
            <translation>Une révision a une version par langue. Les libellés proposés rédigés sur cette version la suivent dans la langue que vous choisissez.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="74" />
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="55" />
            <source>&amp;Language:</source>
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="75" />
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="64" />
            <source>&amp;Title:</source>
            <translation>&amp;Titre :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="93" />
            <source>A backup of the library is taken first.</source>
            <translation>Une sauvegarde de la bibliothèque est faite au préalable.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="94" />
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="110" />
            <source>No position is recorded on it.</source>
            <translation>Aucune position n'y est enregistrée.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="113" />
            <source>Its %n positions stay on {others}, which share them.</source>
            <translation>
                <numerusform>Sa position (%n) reste sur {others}, qui la partagent.</numerusform>
                <numerusform>Ses %n positions restent sur {others}, qui les partagent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="116" />
            <source>Its %n positions are kept without a text: listed by `negotiator note list --orphans`, and back on the text if you import it again as {revision}.</source>
            <translation>
                <numerusform>Sa position (%n) est conservée sans texte : `negotiator note list --orphans` la liste, et elle retrouvera le texte si vous l'importez à nouveau comme {revision}.</numerusform>
                <numerusform>Ses %n positions sont conservées sans texte : `negotiator note list --orphans` les liste, et elles retrouveront le texte si vous l'importez à nouveau comme {revision}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="127" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="39" />
            <source>Rename version</source>
            <translation>Renommer la version</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="40" />
            <source>&amp;Label:</source>
            <translation>&amp;Désignation :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="42" />
            <source>The label the version is listed and referred to by, e.g. “Rev.2”.</source>
            <translation>La désignation sous laquelle la version est listée et citée, p. ex. « Rév. 2 ».</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="49" />
            <source>Version “{old}” is now “{new}”.</source>
            <translation>La version « {old} » s'appelle désormais « {new} ».</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="65" />
            <source>“{label}” is in {language}, titled “{title}”.</source>
            <translation>« {label} » est en {language}, intitulée « {title} ».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="69" />
            <source>%n proposed wordings written against it are now in that language.</source>
            <translation>
                <numerusform>%n libellé proposé rédigé sur cette version est désormais dans cette langue.</numerusform>
                <numerusform>%n libellés proposés rédigés sur cette version sont désormais dans cette langue.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="80" />
            <source>Also delete its %n positions</source>
            <translation>
                <numerusform>Supprimer aussi sa position (%n)</numerusform>
                <numerusform>Supprimer aussi ses %n positions</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="81" />
            <source>Delete version “{label}” of {instrument}?</source>
            <translation>Supprimer la version « {label} » de {instrument} ?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="98" />
            <source>Rename instrument</source>
            <translation>Renommer l'instrument</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="98" />
            <source>&amp;Name:</source>
            <translation>&amp;Nom :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="107" />
            <source>The instrument “{old}” is now “{new}”.</source>
            <translation>L'instrument « {old} » s'appelle désormais « {new} ».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="116" />
            <source>Delete “{name}” and its %n versions?</source>
            <translation>
                <numerusform>Supprimer « {name} » et sa version (%n) ?</numerusform>
                <numerusform>Supprimer « {name} » et ses %n versions ?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="117" />
            <source>Its positions and session log entries are kept (`negotiator note list --orphans`).</source>
            <translation>Ses positions et les entrées du journal de séance sont conservées (`negotiator note list --orphans`).</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="120" />
            <source>Also delete its positions and session log entries</source>
            <translation>Supprimer aussi ses positions et les entrées du journal de séance</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="159" />
            <source>The library has no text now: import a draft with File › Import….</source>
            <translation>La bibliothèque ne contient plus de texte : importez un projet avec Fichier › Importer….</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="19" />
            <source>Negotiator — log</source>
            <translation>Negotiator — journal</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="23" />
            <source>What Negotiator did to this library and what went wrong, from {path}:</source>
            <translation>Ce que Negotiator a fait de cette bibliothèque et ce qui a échoué, d'après {path} :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="32" />
            <source>Nothing has been logged yet.</source>
            <translation>Rien n'a encore été journalisé.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../negotiator_app/ui/appearance.py" line="52" />
            <source>Text size {size} pt</source>
            <translation>Taille du texte {size} pt</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/appearance.py" line="70" />
            <source>The interface will be in {language} from the next start of Negotiator.</source>
            <translation>L'interface sera en {language} au prochain démarrage de Negotiator.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/appearance.py" line="74" />
            <source>Restart now</source>
            <translation>Redémarrer maintenant</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_banner.py" line="53" />
            <source>What was left out…</source>
            <translation>Ce qui a été exclu…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="215" />
            <source>The library is empty. Import a draft with File › Import….</source>
            <translation>La bibliothèque est vide. Importez un projet avec Fichier › Importer….</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="238" />
            <source>There is no version {version} in the library.</source>
            <translation>Il n'y a pas de version {version} dans la bibliothèque.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="276" />
            <source>{key} is not in {version}.</source>
            <translation>{key} ne figure pas dans {version}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="363" />
            <source>Import a draft before exporting a memo.</source>
            <translation>Importez un projet avant d'exporter une note.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="391" />
            <source>Import a draft first: there is no version to change.</source>
            <translation>Importez d'abord un projet : il n'y a aucune version à modifier.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="420" />
            <source>The library has no text now. Import a draft with File › Import….</source>
            <translation>La bibliothèque ne contient plus de texte. Importez un projet avec Fichier › Importer….</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="528" />
            <source>Added to the delegations of the position on {provision}: {delegation}.</source>
            <translation>Ajouté aux délégations de la position sur {provision} : {delegation}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="536" />
            <source>Saved {time}</source>
            <translation>Enregistré à {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="563" />
            <source>Ctrl+[ goes back to the draft.</source>
            <translation>Ctrl+[ revient au projet.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/navigation.py" line="66" />
            <source>This is the last article.</source>
            <translation>C'est le dernier article.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/navigation.py" line="66" />
            <source>This is the first article.</source>
            <translation>C'est le premier article.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/navigation.py" line="113" />
            <source>No search hits are marked in this article: search with Ctrl+F first.</source>
            <translation>Aucune occurrence n'est surlignée dans cet article : lancez d'abord une recherche avec Ctrl+F.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/commands.py" line="88" />
            <source>Store this library and its backups in clear again? Anyone who can read this computer's files can then read your positions. Negotiator closes this window, converts the library (a backup first) and opens it again.</source>
            <translation>Stocker à nouveau cette bibliothèque et ses sauvegardes en clair ? Toute personne pouvant lire les fichiers de cet ordinateur pourra alors lire vos positions. Negotiator ferme cette fenêtre, convertit la bibliothèque (après une sauvegarde) et la rouvre.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="27" />
            <source>Article tree</source>
            <translation>Arbre des articles</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="27" />
            <source>Page Up / Page Down</source>
            <translation>Page précédente / Page suivante</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="28" />
            <source>Previous / next article</source>
            <translation>Article précédent / suivant</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="29" />
            <source>Tree filter</source>
            <translation>Filtre de l'arbre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="30" />
            <source>Type, then Down or Enter</source>
            <translation>Saisir, puis Bas ou Entrée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="31" />
            <source>Narrow the tree, then go into it</source>
            <translation>Restreindre l'arbre, puis y entrer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="32" />
            <location filename="../../negotiator_app/ui/menus.py" line="34" />
            <source>Search box</source>
            <translation>Zone de recherche</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="32" />
            <location filename="../../negotiator_app/ui/menus.py" line="38" />
            <location filename="../../negotiator_app/ui/menus.py" line="40" />
            <source>Up / Down, Enter</source>
            <translation>Haut / Bas, Entrée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="33" />
            <source>Choose a result, open it with the hits marked</source>
            <translation>Choisir un résultat et l'ouvrir, occurrences surlignées</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="34" />
            <location filename="../../negotiator_app/ui/menus.py" line="36" />
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Esc</source>
            <translation>Échap</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="35" />
            <source>Back to where you were</source>
            <translation>Revenir où vous étiez</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="36" />
            <source>Reader</source>
            <translation>Texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="37" />
            <source>Clear the search highlighting</source>
            <translation>Effacer le surlignage de la recherche</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="38" />
            <location filename="../../negotiator_app/ui/menus.py" line="283" />
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="39" />
            <source>Choose a chapter, open it</source>
            <translation>Choisir un chapitre et l'ouvrir</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="40" />
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Compare versions</source>
            <translation>Comparaison des versions</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="41" />
            <source>Choose a provision, read it in the reader</source>
            <translation>Choisir une disposition et la lire dans le texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Back to the reader</source>
            <translation>Revenir au texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="43" />
            <source>Positions to review</source>
            <translation>Positions à réexaminer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="43" />
            <source>Enter, Alt+K</source>
            <translation>Entrée, Alt+K</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="44" />
            <source>Open the provision; mark its position reviewed</source>
            <translation>Ouvrir la disposition ; marquer sa position comme réexaminée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="45" />
            <source>Precedents tab</source>
            <translation>Onglet Précédents</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="45" />
            <source>Tab, Enter</source>
            <translation>Tab, Entrée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="46" />
            <source>Go from citation to citation, open one in the reader</source>
            <translation>Passer d'une référence à l'autre, en ouvrir une dans le texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="47" />
            <source>Session log</source>
            <translation>Journal de séance</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="47" />
            <source>Delegation: text, Enter</source>
            <translation>Délégation : texte, Entrée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="48" />
            <source>Log what a delegation said</source>
            <translation>Noter ce qu'une délégation a dit</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="49" />
            <source>Delegations table</source>
            <translation>Tableau des délégations</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="49" />
            <source>Insert / Delete</source>
            <translation>Inser / Suppr</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="50" />
            <source>Add / remove a delegation</source>
            <translation>Ajouter / retirer une délégation</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="84" />
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="88" />
            <source>&amp;Import…</source>
            <translation>&amp;Importer…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="91" />
            <source>Import a draft</source>
            <translation>Importer un projet</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="93" />
            <source>&amp;Export memo…</source>
            <translation>&amp;Exporter la note…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="94" />
            <source>Write a Word memo</source>
            <translation>Rédiger une note Word</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="95" />
            <source>Export &amp;table of changes…</source>
            <translation>Exporter le &amp;tableau des modifications…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="96" />
            <source>The synoptic table: old text, new text with the changes marked, your comment</source>
            <translation>Le tableau synoptique : ancien texte, nouveau texte avec les modifications signalées, votre commentaire</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="98" />
            <source>&amp;Back up library</source>
            <translation>&amp;Sauvegarder la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="99" />
            <source>A checked copy in backups/</source>
            <translation>Une copie vérifiée dans backups/</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="100" />
            <source>Import &amp;report of this version</source>
            <translation>&amp;Rapport d'importation de cette version</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="101" />
            <source>What the import found, what to check and what it left out</source>
            <translation>Ce que l'importation a trouvé, ce qu'il faut vérifier et ce qu'elle a laissé de côté</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="103" />
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="104" />
            <source>Hide the library until its passphrase is typed (an encrypted library)</source>
            <translation>Masquer la bibliothèque jusqu'à la saisie de sa phrase secrète (bibliothèque chiffrée)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="105" />
            <source>Lock when &amp;idle</source>
            <translation>Verrouiller après un &amp;délai d'inactivité</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="107" />
            <source>After &amp;5 minutes</source>
            <translation>Après &amp;5 minutes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="107" />
            <source>After &amp;10 minutes</source>
            <translation>Après &amp;10 minutes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="108" />
            <source>After &amp;30 minutes</source>
            <translation>Après &amp;30 minutes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="108" />
            <source>&amp;Never</source>
            <translation>&amp;Jamais</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="113" />
            <source>&amp;Encrypt library…</source>
            <translation>&amp;Chiffrer la bibliothèque…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="114" />
            <source>Protect the library, its backups and its index with a passphrase</source>
            <translation>Protéger la bibliothèque, ses sauvegardes et son index par une phrase secrète</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="115" />
            <source>Store library in &amp;clear…</source>
            <translation>Stocker la bibliothèque en c&amp;lair…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="117" />
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="119" />
            <source>&amp;Edit</source>
            <translation>É&amp;dition</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="121" />
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="122" />
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="123" />
            <source>Cu&amp;t</source>
            <translation>&amp;Couper</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="124" />
            <source>&amp;Copy</source>
            <translation>Co&amp;pier</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="125" />
            <source>&amp;Paste</source>
            <translation>C&amp;oller</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="126" />
            <source>Select &amp;all</source>
            <translation>&amp;Tout sélectionner</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="132" />
            <source>&amp;Find…</source>
            <translation>Rec&amp;hercher…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="133" />
            <source>Search the text and your notes</source>
            <translation>Rechercher dans le texte et vos notes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="134" />
            <source>Next &amp;hit</source>
            <translation>Occurrence &amp;suivante</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="135" />
            <source>The next word found</source>
            <translation>Le mot trouvé suivant</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="139" />
            <source>Pre&amp;vious hit</source>
            <translation>Occurrence pr&amp;écédente</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="146" />
            <source>Filter the &amp;tree</source>
            <translation>&amp;Filtrer l'arbre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="150" />
            <source>&amp;Log a statement</source>
            <translation>&amp;Noter une déclaration</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="152" />
            <source>&amp;View</source>
            <translation>&amp;Affichage</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="157" />
            <source>&amp;Larger text</source>
            <translation>&amp;Agrandir le texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="161" />
            <source>&amp;Smaller text</source>
            <translation>&amp;Réduire le texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="162" />
            <source>&amp;Normal size</source>
            <translation>Taille &amp;normale</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="164" />
            <source>&amp;Colours</source>
            <translation>&amp;Couleurs</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <location filename="../../negotiator_app/ui/menus.py" line="175" />
            <source>Follow the &amp;system</source>
            <translation>Comme le &amp;système</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <source>&amp;Light</source>
            <translation>&amp;Claires</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <source>&amp;Dark</source>
            <translation>&amp;Foncées</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="172" />
            <source>Lan&amp;guage</source>
            <translation>&amp;Langue de l'interface</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="183" />
            <source>Session lo&amp;g</source>
            <translation>&amp;Journal de séance</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="186" />
            <source>&amp;Position panel</source>
            <translation>&amp;Panneau de position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="189" />
            <source>Parallel te&amp;xt</source>
            <translation>&amp;Texte en parallèle</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="191" />
            <source>This version beside another language of its revision</source>
            <translation>Cette version à côté d'une autre version linguistique de sa révision</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="193" />
            <source>New language &amp;only</source>
            <translation>Libellés nouveaux &amp;uniquement</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="195" />
            <source>Only the paragraphs with no precedent</source>
            <translation>Seulement les paragraphes sans précédent</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="201" />
            <source>&amp;Full screen</source>
            <translation>Plein &amp;écran</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="207" />
            <source>&amp;Library</source>
            <translation>&amp;Bibliothèque</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="209" />
            <source>&amp;Rename this version…</source>
            <translation>&amp;Renommer cette version…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="210" />
            <source>Give the version being read another label</source>
            <translation>Donner une autre désignation à la version ouverte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="211" />
            <source>&amp;Language and title of this version…</source>
            <translation>&amp;Langue et titre de cette version…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="212" />
            <source>Say which language the version is in, and its title</source>
            <translation>Indiquer la langue de la version et son titre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="213" />
            <source>&amp;Delete this version…</source>
            <translation>&amp;Supprimer cette version…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="214" />
            <source>Delete the version being read (a backup first; positions kept)</source>
            <translation>Supprimer la version ouverte (sauvegarde préalable ; positions conservées)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="218" />
            <source>Rename this &amp;instrument…</source>
            <translation>Renommer cet &amp;instrument…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="219" />
            <source>Delete this ins&amp;trument…</source>
            <translation>Supprimer cet ins&amp;trument…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="220" />
            <source>Delete every version of the instrument (a backup first; positions kept)</source>
            <translation>Supprimer toutes les versions de l'instrument (sauvegarde préalable ; positions conservées)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="231" />
            <source>&amp;Go</source>
            <translation>A&amp;ller</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="232" />
            <source>&amp;Go to article…</source>
            <translation>A&amp;ller à l'article…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="233" />
            <source>&amp;Next article</source>
            <translation>Article &amp;suivant</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="237" />
            <source>&amp;Previous article</source>
            <translation>Article &amp;précédent</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="242" />
            <source>&amp;Back</source>
            <translation>&amp;Retour</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="243" />
            <source>Back to the provision read before</source>
            <translation>Revenir à la disposition lue auparavant</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="244" />
            <source>&amp;Forward</source>
            <translation>&amp;Avancer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="246" />
            <source>&amp;Overview</source>
            <translation>&amp;Vue d'ensemble</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="250" />
            <source>Other &amp;version…</source>
            <translation>Autre v&amp;ersion…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="254" />
            <source>&amp;Compare versions</source>
            <translation>&amp;Comparer les versions</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="256" />
            <source>What changed from the revision before, provision by provision</source>
            <translation>Ce qui a changé depuis la révision précédente, disposition par disposition</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="257" />
            <source>Positions to r&amp;eview</source>
            <translation>Positions à réexa&amp;miner</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="258" />
            <source>Carried positions whose text changed, one by one</source>
            <translation>Les positions reportées dont le texte a changé, une à une</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="259" />
            <source>Article &amp;tree</source>
            <translation>Arbre des ar&amp;ticles</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="260" />
            <source>&amp;Reader</source>
            <translation>Te&amp;xte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="261" />
            <source>Your &amp;position</source>
            <translation>Votre p&amp;osition</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="262" />
            <source>Pre&amp;cedents</source>
            <translation>Précé&amp;dents</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="263" />
            <source>Where the provision's words come from</source>
            <translation>D'où viennent les termes de la disposition</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="265" />
            <source>&amp;Help</source>
            <translation>Aid&amp;e</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="266" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>Raccourcis &amp;clavier</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="268" />
            <source>Show &amp;log</source>
            <translation>Afficher le &amp;journal</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="269" />
            <source>What was imported, backed up, failed</source>
            <translation>Ce qui a été importé, sauvegardé, ce qui a échoué</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="270" />
            <source>&amp;About Negotiator</source>
            <translation>À &amp;propos de Negotiator</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="276" />
            <source>Main</source>
            <translation>Principale</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="281" />
            <source>Go to article…</source>
            <translation>Aller à l'article…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="282" />
            <source>Go to an article by number (Ctrl+G)</source>
            <translation>Aller à un article par son numéro (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="284" />
            <source>Where you stand, chapter by chapter (Ctrl+Shift+O)</source>
            <translation>Vos positions, chapitre par chapitre (Ctrl+Maj+O)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="286" />
            <source>Import…</source>
            <translation>Importer…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="287" />
            <source>Import a draft (Ctrl+O), or drop a file on the window</source>
            <translation>Importer un projet (Ctrl+O), ou déposer un fichier sur la fenêtre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="324" />
            <source>Anywhere</source>
            <translation>Partout</translation>
        </message>
    </context>
    <context>
        <name>NoteHistory</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/position/history_section.py" line="112" />
            <source>History (%n saves)</source>
            <translation>
                <numerusform>Historique (%n enregistrement)</numerusform>
                <numerusform>Historique (%n enregistrements)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="50" />
            <source>Earlier saves of this note</source>
            <translation>Enregistrements antérieurs de cette note</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="57" />
            <source>Difference between the selected save and the note as it is now</source>
            <translation>Différence entre l'enregistrement sélectionné et la note actuelle</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="62" />
            <source>Restore this save…</source>
            <translation>Restaurer cet enregistrement…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="64" />
            <source>Make the selected save the current note again (it asks first; nothing is lost)</source>
            <translation>Refaire de l'enregistrement sélectionné la note actuelle (avec confirmation ; rien n'est perdu)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="89" />
            <source>  (current)</source>
            <translation>  (actuel)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="125" />
            <source>Select a save to see how it differs from the note as it is now.</source>
            <translation>Sélectionnez un enregistrement pour voir en quoi il diffère de la note actuelle.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="133" />
            <source>This save says what the note says now.</source>
            <translation>Cet enregistrement dit la même chose que la note actuelle.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="134" />
            <source>Restoring this save would change:</source>
            <translation>Restaurer cet enregistrement modifierait :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="43" />
            <source>Restore an earlier save</source>
            <translation>Restaurer un enregistrement antérieur</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="44" />
            <source>Restore the save of {when}?</source>
            <translation>Restaurer l'enregistrement du {when} ?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="49" />
            <source>Restoring the wording only changes {what} and keeps everything else.</source>
            <translation>Restaurer le libellé seulement modifie {what} et conserve tout le reste.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="53" />
            <source>The wording is the same in that save: only the other parts would change.</source>
            <translation>Le libellé est le même dans cet enregistrement : seules les autres parties changeraient.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="54" />
            <source>Nothing is lost: the note as it is now stays in its history.</source>
            <translation>Rien n'est perdu : la note actuelle reste dans son historique.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="56" />
            <source>These parts of the note will change:</source>
            <translation>Ces parties de la note changeront :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="59" />
            <source>Restore &amp;all</source>
            <translation>&amp;Tout restaurer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="61" />
            <source>Restore the &amp;wording only</source>
            <translation>Restaurer le &amp;libellé seulement</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="61" />
            <source>Overview of positions by chapter</source>
            <translation>Vue d'ensemble des positions par chapitre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="147" />
            <source>Overview</source>
            <translation>Vue d'ensemble</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="153" />
            <source>%n open brackets</source>
            <translation>
                <numerusform>%n crochet ouvert</numerusform>
                <numerusform>%n crochets ouverts</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="155" />
            <source>({count} in {revision})</source>
            <translation>({count} dans {revision})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="158" />
            <source>{with_position} of %n articles have a position</source>
            <translation>
                <numerusform>{with_position} article sur %n a une position</numerusform>
                <numerusform>{with_position} articles sur %n ont une position</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="229" />
            <location filename="../../negotiator_app/ui/overview/chart.py" line="163" />
            <source>%n red lines</source>
            <translation>
                <numerusform>%n ligne rouge</numerusform>
                <numerusform>%n lignes rouges</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="229" />
            <source>no red line</source>
            <translation>aucune ligne rouge</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="318" />
            <source>Open brackets: {count}</source>
            <translation>Crochets ouverts : {count}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="321" />
            <source>Open brackets in the revision before: {count}</source>
            <translation>Crochets ouverts dans la révision précédente : {count}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="325" />
            <source>Red lines: {count}</source>
            <translation>Lignes rouges : {count}</translation>
        </message>
    </context>
    <context>
        <name>ParallelText</name>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="61" />
            <source>The other language version shown beside</source>
            <translation>L'autre version linguistique affichée à côté</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="63" />
            <source>&amp;Beside it:</source>
            <translation>À &amp;côté :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="67" />
            <source>Back to the reader (Ctrl+Shift+P)</source>
            <translation>Revenir au texte (Ctrl+Maj+P)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="68" />
            <source>Close parallel text</source>
            <translation>Fermer le texte en parallèle</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="80" />
            <source>Parallel text of the provision in two languages</source>
            <translation>Texte de la disposition en parallèle dans deux langues</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="134" />
            <source>Revision {revision} has no text in another language yet. Import one with File › Import… as another language of {revision}, and it is shown here beside this one.</source>
            <translation>La révision {revision} n'a pas encore de texte dans une autre langue. Importez-en un avec Fichier › Importer… comme autre version linguistique de {revision}, et il s'affichera ici à côté de celui-ci.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="156" />
            <source>(not in this text)</source>
            <translation>(absent de ce texte)</translation>
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
            <translation>Marquer comme réexaminée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="48" />
            <source>Keep this position as it is; it leaves the review list</source>
            <translation>Garder cette position telle quelle ; elle quitte la liste à réexaminer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="53" />
            <source>What changed in the text</source>
            <translation>Ce qui a changé dans le texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="54" />
            <source>Show what changed in the text since your position</source>
            <translation>Afficher ce qui a changé dans le texte depuis votre position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="119" />
            <source>Reviewed.</source>
            <translation>Réexaminée.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="137" />
            <source>the revision before</source>
            <translation>la révision précédente</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="138" />
            <source>Carried from {revision}</source>
            <translation>Reportée de {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="178" />
            <source>The text under your position: deleted words struck through, inserted underlined</source>
            <translation>Le texte visé par votre position : mots supprimés barrés, mots ajoutés soulignés</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="219" />
            <source>To review.</source>
            <translation>À réexaminer.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <source>Delegation</source>
            <translation>Délégation</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <location filename="../../negotiator_app/ui/position/panel.py" line="118" />
            <source>Stance</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <source>Remark</source>
            <translation>Observation</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="37" />
            <source>Positions of other delegations</source>
            <translation>Positions des autres délégations</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="54" />
            <source>Add delegation</source>
            <translation>Ajouter une délégation</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="55" />
            <source>Add a row for a delegation's position (Insert in the table)</source>
            <translation>Ajouter une ligne pour la position d'une délégation (Inser dans le tableau)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="57" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/other_wordings.py" line="37" />
            <source>Proposed wording ({language})</source>
            <translation>Libellé proposé ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/other_wordings.py" line="40" />
            <source>Written against the {language} text: no redline against this one.</source>
            <translation>Rédigé sur le texte en {language} : pas de comparaison avec celui-ci.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/pane.py" line="92" />
            <source>Not saved</source>
            <translation>Non enregistré</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/pane.py" line="93" />
            <source>Your last edits could not be saved (see the message in the window). Close anyway and lose them?</source>
            <translation>Vos dernières modifications n'ont pas pu être enregistrées (voir le message dans la fenêtre). Fermer quand même et les perdre ?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="62" />
            <location filename="../../negotiator_app/ui/position/panel.py" line="366" />
            <source>Proposed &amp;wording</source>
            <translation>&amp;Libellé proposé</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="63" />
            <source>&amp;Rationale</source>
            <translation>&amp;Justification</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="64" />
            <source>Talking p&amp;oints</source>
            <translation>Élé&amp;ments de langage</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="65" />
            <source>&amp;Instructions from capital</source>
            <translation>&amp;Instructions de la capitale</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="104" />
            <source>Select a provision</source>
            <translation>Sélectionnez une disposition</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="123" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="127" />
            <source>This is a red line</source>
            <translation>C'est une ligne rouge</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="128" />
            <source>Red line</source>
            <translation>Ligne rouge</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="129" />
            <source>&amp;Stance</source>
            <translation>&amp;Position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="130" />
            <source>&amp;Priority</source>
            <translation>P&amp;riorité</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="150" />
            <source>Start from current text</source>
            <translation>Partir du texte actuel</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="151" />
            <source>Copy the provision's text here to edit it</source>
            <translation>Copier ici le texte de la disposition pour le modifier</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="164" />
            <source>Redline against the current text</source>
            <translation>Comparaison avec le texte actuel</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="174" />
            <source>Tags</source>
            <translation>Étiquettes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="175" />
            <source>comma, separated, tags</source>
            <translation>étiquettes, séparées, par des virgules</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="176" />
            <source>&amp;Tags</source>
            <translation>É&amp;tiquettes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="182" />
            <source>Other delegations</source>
            <translation>Autres délégations</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="225" />
            <source>Your position on {provision}</source>
            <translation>Votre position sur {provision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="262" />
            <source>Not saved yet — see the message above.</source>
            <translation>Pas encore enregistré — voir le message ci-dessus.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="268" />
            <source>Saved {time}</source>
            <translation>Enregistré à {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="287" />
            <source>Restored {time}</source>
            <translation>Restauré à {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="298" />
            <source>Editing…</source>
            <translation>Modification…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="368" />
            <source>Proposed &amp;wording ({language})</source>
            <translation>&amp;Libellé proposé ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="426" />
            <source>No position recorded yet.</source>
            <translation>Aucune position enregistrée pour l'instant.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="431" />
            <source>Last saved {time}</source>
            <translation>Dernier enregistrement : {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/redline_view.py" line="27" />
            <source>Redline of the proposed wording against the current text</source>
            <translation>Le libellé proposé comparé au texte actuel</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/redline_view.py" line="51" />
            <source>Same as the current text.</source>
            <translation>Identique au texte actuel.</translation>
        </message>
    </context>
    <context>
        <name>Precedents</name>
        <message>
            <location filename="../../negotiator_app/ui/precedents/marks.py" line="27" />
            <source>Agreed language, word for word: {citation}</source>
            <translation>Libellé agréé, mot pour mot : {citation}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="64" />
            <source>No precedent: new language.</source>
            <translation>Aucun précédent : libellé nouveau.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="72" />
            <source>… and %n more paragraphs: select an article or a paragraph to see theirs.</source>
            <translation>
                <numerusform>… et %n autre paragraphe : sélectionnez un article ou un paragraphe pour voir ses précédents.</numerusform>
                <numerusform>… et %n autres paragraphes : sélectionnez un article ou un paragraphe pour voir les leurs.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="103" />
            <source> · earlier revision</source>
            <translation> · révision antérieure</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="104" />
            <source>{percent} alike</source>
            <translation>similaire à {percent}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="136" />
            <source>identical but for %n words</source>
            <translation>
                <numerusform>identique à %n mot près</numerusform>
                <numerusform>identique à %n mots près</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="138" />
            <source>identical</source>
            <translation>identique</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="139" />
            <source>adapted</source>
            <translation>adapté</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="140" />
            <source>related</source>
            <translation>apparenté</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="154" />
            <source>Its own words</source>
            <translation>Son propre texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="29" />
            <source>No text to compare this one with yet. Import an earlier treaty with File › Import… and tick “Reference instrument” (or run negotiator reference add VERSION); an earlier revision of this draft is compared too.</source>
            <translation>Aucun texte auquel comparer celui-ci pour l'instant. Importez un traité antérieur avec Fichier › Importer… et cochez « Instrument de référence » (ou lancez negotiator reference add VERSION) ; une révision antérieure de ce projet est comparée aussi.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="51" />
            <source>Select a provision</source>
            <translation>Sélectionnez une disposition</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="62" />
            <source>Precedents of the selected provision</source>
            <translation>Précédents de la disposition sélectionnée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="64" />
            <source>Each precedent's citation is a link: Tab reaches it, Enter opens it in the reader</source>
            <translation>La référence de chaque précédent est un lien : Tab l'atteint, Entrée l'ouvre dans le texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="104" />
            <source>Precedents of {provision}</source>
            <translation>Précédents de {provision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="109" />
            <source>This provision has no words of its own: select one of its articles or paragraphs.</source>
            <translation>Cette disposition n'a pas de texte propre : sélectionnez l'un de ses articles ou paragraphes.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="131" />
            <source>Some texts have not been searched yet; their precedents will appear here.</source>
            <translation>Certains textes n'ont pas encore été examinés ; leurs précédents apparaîtront ici.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="153" />
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="154" />
            <source>Compared with {texts}.</source>
            <translation>Comparé avec {texts}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="58" />
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="142" />
            <source>Finding precedents…</source>
            <translation>Recherche des précédents…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="61" />
            <source>Finding precedents</source>
            <translation>Recherche des précédents</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="67" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="69" />
            <source>Cancel finding precedents</source>
            <translation>Annuler la recherche des précédents</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="70" />
            <source>Stop finding precedents now; they are found at the next start</source>
            <translation>Arrêter maintenant la recherche des précédents ; elle reprend au prochain démarrage</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="116" />
            <source>Finding precedents was stopped; the rest are found at the next start.</source>
            <translation>La recherche des précédents a été arrêtée ; les autres seront trouvés au prochain démarrage.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="132" />
            <source>Stopping…</source>
            <translation>Arrêt…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="144" />
            <source>Finding precedents… {percent}%</source>
            <translation>Recherche des précédents… {percent} %</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <location filename="../../negotiator_app/ui/reader/agreed_margin.py" line="32" />
            <source>Agreed language in the margin</source>
            <translation>Libellé agréé dans la marge</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="112" />
            <source>‹ Previous</source>
            <translation>‹ Précédent</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="112" />
            <source>Previous article (Alt+Left)</source>
            <translation>Article précédent (Alt+Gauche)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="113" />
            <source>Next ›</source>
            <translation>Suivant ›</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="113" />
            <source>Next article (Alt+Right)</source>
            <translation>Article suivant (Alt+Droite)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="123" />
            <source>Text of the provision</source>
            <translation>Texte de la disposition</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../negotiator_app/ui/search/bar.py" line="64" />
            <source>Search the text and your notes   (Ctrl+F)</source>
            <translation>Rechercher dans le texte et vos notes   (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/bar.py" line="65" />
            <source>Search</source>
            <translation>Recherche</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="32" />
            <source>in the text</source>
            <translation>dans le texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="32" />
            <source>in your note</source>
            <translation>dans votre note</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="87" />
            <source>All versions</source>
            <translation>Toutes les versions</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="88" />
            <source>Search every version of every text, not only this one</source>
            <translation>Rechercher dans toutes les versions de tous les textes, pas seulement celle-ci</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="97" />
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="131" />
            <source>Nothing matches {query}.</source>
            <translation>Aucun résultat pour {query}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/search/results.py" line="133" />
            <source>%n places match {query}</source>
            <translation>
                <numerusform>%n endroit correspond à {query}</numerusform>
                <numerusform>%n endroits correspondent à {query}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="136" />
            <source> — did you mean {suggestion}?</source>
            <translation> — vouliez-vous dire {suggestion} ?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="144" />
            <source>Search works, but {problem}</source>
            <translation>La recherche fonctionne, mais {problem}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="155" />
            <source>Searching for {query}…</source>
            <translation>Recherche de {query}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="237" />
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="243" />
            <source>your note:</source>
            <translation>votre note :</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/search/results.py" line="253" />
            <source>and %n more</source>
            <translation>
                <numerusform>et %n autre</numerusform>
                <numerusform>et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="261" />
            <source>(↑↓ to choose, Enter to open, Esc to go back)</source>
            <translation>(↑↓ pour choisir, Entrée pour ouvrir, Échap pour revenir)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/service.py" line="154" />
            <source>Search is not available in this build of Negotiator.</source>
            <translation>La recherche n'est pas disponible dans cette version de Negotiator.</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="45" />
            <source>Negotiator is locked</source>
            <translation>Negotiator est verrouillé</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="50" />
            <source>The library's passphrase</source>
            <translation>La phrase secrète de la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="51" />
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="53" />
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="54" />
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="121" />
            <source>That is not the library's passphrase.</source>
            <translation>Ce n'est pas la phrase secrète de la bibliothèque.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="36" />
            <source>Negotiator — encrypt library</source>
            <translation>Negotiator — chiffrer la bibliothèque</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="36" />
            <source>Negotiator — passphrase</source>
            <translation>Negotiator — phrase secrète</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="40" />
            <source>Choose a passphrase for this library. Negotiator asks for it at every start; without it nobody — you included — can open the library or its backups.</source>
            <translation>Choisissez une phrase secrète pour cette bibliothèque. Negotiator la demande à chaque démarrage ; sans elle, personne — vous compris — ne peut ouvrir la bibliothèque ni ses sauvegardes.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="45" />
            <source>The library in {folder} is encrypted. Its passphrase:</source>
            <translation>La bibliothèque située dans {folder} est chiffrée. Sa phrase secrète :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="57" />
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="58" />
            <source>The same passphrase again</source>
            <translation>La même phrase secrète, de nouveau</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="81" />
            <source>The two passphrases differ.</source>
            <translation>Les deux phrases secrètes diffèrent.</translation>
        </message>
    </context>
    <context>
        <name>SessionLog</name>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="45" />
            <source>&amp;Go to the provision</source>
            <translation>&amp;Aller à la disposition</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="46" />
            <source>&amp;Correct…</source>
            <translation>&amp;Corriger…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="47" />
            <source>&amp;Delete</source>
            <translation>&amp;Supprimer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="48" />
            <source>Cop&amp;y the text</source>
            <translation>Co&amp;pier le texte</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="49" />
            <source>Add to the &amp;delegations of the position</source>
            <translation>Ajouter aux &amp;délégations de la position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="68" />
            <source>Session log</source>
            <translation>Journal de séance</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="78" />
            <source>What a delegation said</source>
            <translation>Ce qu'une délégation a dit</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="80" />
            <source>Only this provision</source>
            <translation>Seulement cette disposition</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="87" />
            <source>Session log entries</source>
            <translation>Entrées du journal de séance</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="206" />
            <source>Entry deleted.</source>
            <translation>Entrée supprimée.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="206" />
            <source>Undo</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="218" />
            <source> (edited)</source>
            <translation> (corrigée)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="233" />
            <source>Before it was corrected it said: {text}</source>
            <translation>Avant correction : {text}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="329" />
            <source>Delegation: what they said on {provision} — Enter to log</source>
            <translation>Délégation : ce qu'elle a dit sur {provision} — Entrée pour noter</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="331" />
            <source>Delegation: what they said — Enter to log</source>
            <translation>Délégation : ce qu'elle a dit — Entrée pour noter</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="26" />
            <source>Correct the log entry</source>
            <translation>Corriger l'entrée du journal</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="38" />
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="42" />
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="29" />
            <source>&amp;Delegation:</source>
            <translation>&amp;Délégation :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="43" />
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="32" />
            <source>&amp;What was said:</source>
            <translation>&amp;Propos :</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="44" />
            <source>What the entry said before is kept in its history.</source>
            <translation>Le texte précédent de l'entrée est conservé dans son historique.</translation>
        </message>
    </context>
    <context>
        <name>SideTabs</name>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="25" />
            <source>Position and precedents</source>
            <translation>Position et précédents</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="28" />
            <source>Position</source>
            <translation>Position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="29" />
            <source>Precedents</source>
            <translation>Précédents</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="30" />
            <source>Your delegation's position on the provision (Ctrl+3)</source>
            <translation>La position de votre délégation sur la disposition (Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="32" />
            <source>Where the provision's words come from, and what changed (Ctrl+4)</source>
            <translation>D'où viennent les termes de la disposition, et ce qui a changé (Ctrl+4)</translation>
        </message>
    </context>
    <context>
        <name>Tree</name>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="26" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="233" />
            <source>Your position: {stance}</source>
            <translation>Votre position : {stance}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="30" />
            <source>Note, no stance</source>
            <translation>Note sans position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="30" />
            <source>A note without a stance</source>
            <translation>Une note sans position arrêtée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="33" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="235" />
            <source>Red line</source>
            <translation>Ligne rouge</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="34" />
            <source>A red line: the red ring around the stance</source>
            <translation>Une ligne rouge : l'anneau rouge autour de la position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="38" />
            <source>Positions inside</source>
            <translation>Positions à l'intérieur</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="39" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="237" />
            <source>Positions recorded on provisions inside</source>
            <translation>Positions enregistrées sur des dispositions qu'il contient</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="43" />
            <source>Open [brackets]</source>
            <translation>[Crochets] ouverts</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="44" />
            <source>Open [brackets] in the text; on a closed article, in its paragraphs</source>
            <translation>[Crochets] ouverts dans le texte ; sur un article replié, dans ses paragraphes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="48" />
            <source>Changed</source>
            <translation>Modifié</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="49" />
            <source>Text changed since the revision before (reworded, moved, split or merged)</source>
            <translation>Texte modifié depuis la révision précédente (reformulé, déplacé, scindé ou fusionné)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="51" />
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="51" />
            <source>New in this revision</source>
            <translation>Nouveau dans cette révision</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="62" />
            <source>What the marks mean</source>
            <translation>Signification des marques</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="63" />
            <source>Show what the marks in the tree mean</source>
            <translation>Afficher la signification des marques de l'arbre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="72" />
            <source>What the marks in the tree mean</source>
            <translation>Signification des marques de l'arbre</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="240" />
            <source>%n open brackets</source>
            <translation>
                <numerusform>%n crochet ouvert</numerusform>
                <numerusform>%n crochets ouverts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="246" />
            <source>%n open brackets in its paragraphs</source>
            <translation>
                <numerusform>%n crochet ouvert dans ses paragraphes</numerusform>
                <numerusform>%n crochets ouverts dans ses paragraphes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="248" />
            <source>%n open brackets in the provisions inside</source>
            <translation>
                <numerusform>%n crochet ouvert dans les dispositions qu'il contient</numerusform>
                <numerusform>%n crochets ouverts dans les dispositions qu'il contient</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="43" />
            <source>Reference instruments</source>
            <translation>Instruments de référence</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="62" />
            <source>Text and version</source>
            <translation>Texte et version</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="63" />
            <source>The draft you are reading: instrument and version</source>
            <translation>Le projet que vous lisez : instrument et version</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="72" />
            <source>Filter: article number or words</source>
            <translation>Filtre : numéro d'article ou mots</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="74" />
            <source>Filter the article tree</source>
            <translation>Filtrer l'arbre des articles</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="80" />
            <source>&amp;New language only</source>
            <translation>Libellés &amp;nouveaux uniquement</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="82" />
            <source>Show only new language</source>
            <translation>N'afficher que les libellés nouveaux</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="84" />
            <source>Only the paragraphs with no precedent (60% alike or closer) in a reference instrument or an earlier revision: the text that needs the most attention</source>
            <translation>Seulement les paragraphes sans précédent (similaires à 60 % ou plus) dans un instrument de référence ou une révision antérieure : le texte qui demande le plus d'attention</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="98" />
            <source>Articles</source>
            <translation>Articles</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="106" />
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="240" />
            <source>No provisions match the filter.</source>
            <translation>Aucune disposition ne correspond au filtre.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="148" />
            <source>{instrument}
{label}{language}, imported {date}</source>
            <translation>{instrument}
{label}{language}, importée le {date}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="152" />
            <source>Reference instrument: {what}</source>
            <translation>Instrument de référence : {what}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="238" />
            <source>Every paragraph here has a precedent.</source>
            <translation>Chaque paragraphe ici a un précédent.</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="17" />
            <source>Support</source>
            <translation>Appui</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="18" />
            <source>Support with amendments</source>
            <translation>Appui avec amendements</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="19" />
            <source>Neutral</source>
            <translation>Neutre</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="20" />
            <source>Reserve</source>
            <translation>Réserve</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="21" />
            <source>Oppose</source>
            <translation>Opposition</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="22" />
            <source>No position yet</source>
            <translation>Pas encore de position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>High</source>
            <translation>Haute</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>Medium</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>Low</source>
            <translation>Basse</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="26" />
            <source>English</source>
            <translation>anglais</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="27" />
            <source>Russian</source>
            <translation>russe</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="28" />
            <source>French</source>
            <translation>français</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="29" />
            <source>Spanish</source>
            <translation>espagnol</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="30" />
            <source>Arabic</source>
            <translation>arabe</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="31" />
            <source>Chinese</source>
            <translation>chinois</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="32" />
            <source>German</source>
            <translation>allemand</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="33" />
            <source>Dutch</source>
            <translation>néerlandais</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="34" />
            <source>Italian</source>
            <translation>italien</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="35" />
            <source>Portuguese</source>
            <translation>portugais</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="52" />
            <source>language not set</source>
            <translation>langue non indiquée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="66" />
            <source>stance</source>
            <translation>position</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="67" />
            <source>priority</source>
            <translation>priorité</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="68" />
            <source>red line</source>
            <translation>ligne rouge</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="69" />
            <source>wording</source>
            <translation>libellé</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="70" />
            <source>rationale</source>
            <translation>justification</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="71" />
            <source>talking points</source>
            <translation>éléments de langage</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="72" />
            <source>instructions from capital</source>
            <translation>instructions de la capitale</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="73" />
            <source>tags</source>
            <translation>étiquettes</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="74" />
            <source>delegations</source>
            <translation>délégations</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="77" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="78" />
            <source>{what} added</source>
            <translation>{what} ajouté</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="79" />
            <source>{what} edited</source>
            <translation>{what} modifié</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="80" />
            <source>{what} removed</source>
            <translation>{what} supprimé</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="81" />
            <source>{what}: {before} → {after}</source>
            <translation>{what} : {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="82" />
            <source>red line set</source>
            <translation>ligne rouge fixée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="83" />
            <source>red line removed</source>
            <translation>ligne rouge levée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="84" />
            <source>{what} ({language})</source>
            <translation>{what} ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="85" />
            <source>first save</source>
            <translation>premier enregistrement</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="86" />
            <source>saved again, nothing changed</source>
            <translation>réenregistré, rien de changé</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="87" />
            <source>restored the save of {when}</source>
            <translation>enregistrement du {when} restauré</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="103" />
            <source>unchanged</source>
            <translation>inchangée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="104" />
            <source>reworded</source>
            <translation>reformulée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="105" />
            <source>renumbered</source>
            <translation>renumérotée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="106" />
            <source>moved</source>
            <translation>déplacée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="107" />
            <source>renumbered, reworded</source>
            <translation>renumérotée, reformulée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="108" />
            <source>split</source>
            <translation>scindée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="109" />
            <source>merged</source>
            <translation>fusionnée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="110" />
            <source>new</source>
            <translation>nouvelle</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="111" />
            <source>deleted</source>
            <translation>supprimée</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="125" />
            <source>%n brackets removed</source>
            <translation>
                <numerusform>%n crochet levé</numerusform>
                <numerusform>%n crochets levés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="127" />
            <source>%n added</source>
            <translation>
                <numerusform>%n ajouté</numerusform>
                <numerusform>%n ajoutés</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="129" />
            <source>%n kept</source>
            <translation>
                <numerusform>%n maintenu</numerusform>
                <numerusform>%n maintenus</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="132" />
            <source>{option} chosen</source>
            <translation>{option} retenue</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="138" />
            <source>text unchanged</source>
            <translation>texte inchangé</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="139" />
            <source>text changed since your position — review</source>
            <translation>texte modifié depuis votre position — à réexaminer</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="140" />
            <source>your proposed wording was taken in</source>
            <translation>votre libellé proposé a été repris</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="141" />
            <source>provision deleted — your position on the old text is kept</source>
            <translation>disposition supprimée — votre position sur l'ancien texte est conservée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="142" />
            <source>the new text already has a position here — your position on the old text is kept</source>
            <translation>le nouveau texte a déjà une position ici — votre position sur l'ancien texte est conservée</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="148" />
            <source>Text changed since your position.</source>
            <translation>Le texte a changé depuis votre position.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="149" />
            <source>Your proposed wording was taken in.</source>
            <translation>Votre libellé proposé a été repris.</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <location filename="../../negotiator_app/ui/workers.py" line="155" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/workers.py" line="180" />
            <location filename="../../negotiator_app/ui/workers.py" line="181" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
    </context>
</TS>

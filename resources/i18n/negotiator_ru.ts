<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>App</name>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="63" />
            <source>The library folder {folder} cannot be created: {reason}.</source>
            <translation>Не удаётся создать папку библиотеки {folder}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="73" />
            <source>{problem} Switch to that window, or start Negotiator with --data-dir to open another library.</source>
            <translation>{problem} Перейдите в то окно или запустите Negotiator с параметром --data-dir, чтобы открыть другую библиотеку.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/app.py" line="282" />
            <source>Negotiator stopped unexpectedly last time (a crash in Qt or a library it uses). The details are in {path}; send it to whoever supports Negotiator for you.</source>
            <translation>В прошлый раз работа Negotiator неожиданно прервалась (сбой в Qt или в используемой библиотеке). Подробности — в файле {path}; отправьте его тому, кто сопровождает Negotiator.</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="18" />
            <source>&lt;b&gt;This is a demonstration text, not an official document.&lt;/b&gt; To work on your real draft, choose &lt;b&gt;File › Import…&lt;/b&gt; (Ctrl+O) or drag the file onto this window.</source>
            <translation>&lt;b&gt;Это демонстрационный текст, а не официальный документ.&lt;/b&gt; Чтобы работать с настоящим проектом, выберите &lt;b&gt;Файл › Импорт…&lt;/b&gt; (Ctrl+O) или перетащите файл в это окно.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="50" />
            <source>Dismiss</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="51" />
            <source>Dismiss this message</source>
            <translation>Закрыть это сообщение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/banner.py" line="111" />
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
    </context>
    <context>
        <name>Compare</name>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="72" />
            <source>New in {revision}</source>
            <translation>Новое в {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="74" />
            <source>Changed since {revision}: {change}</source>
            <translation>Изменено по сравнению с {revision}: {change}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="83" />
            <source>{change} (was {before})</source>
            <translation>{change} (ранее — {before})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/badges.py" line="85" />
            <source>Was {before} in {revision}</source>
            <translation>В {revision} — {before}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/comparisons.py" line="71" />
            <source>Comparing</source>
            <translation>Сравнение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/comparisons.py" line="72" />
            <location filename="../../negotiator_app/ui/compare/page.py" line="198" />
            <source>Comparing {old} with {new}…</source>
            <translation>Сравнение {old} с {new}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/diff_html.py" line="26" />
            <source>Not in the earlier text.</source>
            <translation>В прежнем тексте отсутствует.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/diff_html.py" line="28" />
            <source>Deleted from this text.</source>
            <translation>Исключено из этого текста.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="56" />
            <source>All</source>
            <translation>Все</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="57" />
            <source>Changed</source>
            <translation>Изменённые</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="58" />
            <source>New</source>
            <translation>Новые</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="59" />
            <source>Deleted</source>
            <translation>Исключённые</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="60" />
            <source>Only where I have a position</source>
            <translation>Только те, по которым есть моя позиция</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="61" />
            <source>Brackets resolved</source>
            <translation>Снятые скобки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="82" />
            <source>Earlier version</source>
            <translation>Прежняя версия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="83" />
            <source>Later version</source>
            <translation>Новая версия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="84" />
            <source>&amp;Compare</source>
            <translation>&amp;Сравнить</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="85" />
            <source>Compare the two versions chosen</source>
            <translation>Сравнить две выбранные версии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="89" />
            <source>Show which provisions</source>
            <translation>Какие положения показывать</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="93" />
            <source>Par&amp;agraphs too</source>
            <translation>Включая &amp;пункты</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="94" />
            <source>List every paragraph and subparagraph, not only articles</source>
            <translation>Показывать каждый пункт и подпункт, а не только статьи</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="105" />
            <source>Provisions compared</source>
            <translation>Сравниваемые положения</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="134" />
            <source>Ol&amp;der</source>
            <translation>Пре&amp;жняя</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="136" />
            <source>&amp;Newer</source>
            <translation>&amp;Новая</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="140" />
            <source>Fi&amp;lter</source>
            <translation>&amp;Фильтр</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="178" />
            <source>{version} is the only revision of this instrument. Import the next revision (File › Import…, “the next revision”) to see what changed.</source>
            <translation>{version} — единственная редакция этого документа. Импортируйте следующую редакцию (Файл › Импорт…, «следующая редакция»), чтобы увидеть, что изменилось.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="205" />
            <source>Choose two different versions to compare.</source>
            <translation>Выберите для сравнения две разные версии.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="273" />
            <source>Comparison cancelled. Press Compare to run it again.</source>
            <translation>Сравнение отменено. Нажмите «Сравнить», чтобы запустить его снова.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="294" />
            <source>Nothing to show with this choice.</source>
            <translation>При таком выборе показывать нечего.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="344" />
            <source>{names}: {changed} of %n provisions changed</source>
            <translation>
                <numerusform>{names}: изменено {changed} из %n положения</numerusform>
                <numerusform>{names}: изменено {changed} из %n положений</numerusform>
                <numerusform>{names}: изменено {changed} из %n положений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="346" />
            <source>{names}: {changed} of %n articles changed</source>
            <translation>
                <numerusform>{names}: изменено {changed} из %n статьи</numerusform>
                <numerusform>{names}: изменено {changed} из %n статей</numerusform>
                <numerusform>{names}: изменено {changed} из %n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/page.py" line="349" />
            <source>%n brackets removed</source>
            <translation>
                <numerusform>снята %n скобка</numerusform>
                <numerusform>сняты %n скобки</numerusform>
                <numerusform>снято %n скобок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/page.py" line="353" />
            <source>{summary}; {shown} shown.</source>
            <translation>{summary}; показано: {shown}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="54" />
            <source>Positions to review</source>
            <translation>Позиции для пересмотра</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="65" />
            <source>Carried positions to review</source>
            <translation>Перенесённые позиции для пересмотра</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="71" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="72" />
            <source>Read the provision, with your position beside it (Enter)</source>
            <translation>Прочитать положение вместе с вашей позицией (Enter)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="74" />
            <source>Mar&amp;k reviewed</source>
            <translation>&amp;Отметить как просмотренную</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="75" />
            <source>Keep the position as it is and take it off this list</source>
            <translation>Оставить позицию без изменений и убрать её из списка</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="112" />
            <source>Open a version to see the positions carried into it.</source>
            <translation>Откройте версию, чтобы увидеть перенесённые в неё позиции.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="123" />
            <source>%n positions carried into {revision} need a look. Open each, then mark it reviewed — or edit it: saving clears it too.</source>
            <translation>
                <numerusform>%n позицию, перенесённую в {revision}, нужно просмотреть. Откройте её и отметьте как просмотренную — или измените: сохранение тоже снимает отметку.</numerusform>
                <numerusform>%n позиции, перенесённые в {revision}, нужно просмотреть. Откройте каждую и отметьте как просмотренную — или измените: сохранение тоже снимает отметку.</numerusform>
                <numerusform>%n позиций, перенесённых в {revision}, нужно просмотреть. Откройте каждую и отметьте как просмотренную — или измените: сохранение тоже снимает отметку.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="131" />
            <source>No carried positions in {revision} await a look.</source>
            <translation>В {revision} нет перенесённых позиций, ожидающих просмотра.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="185" />
            <source>no stance</source>
            <translation>позиция не определена</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/review_queue.py" line="195" />
            <source>{provision} of {revision}</source>
            <translation>{provision} ({revision})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="120" />
            <source>Import a draft before comparing versions.</source>
            <translation>Чтобы сравнивать версии, сначала импортируйте проект.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="145" />
            <source>Import a draft before exporting a table of changes.</source>
            <translation>Чтобы экспортировать таблицу изменений, сначала импортируйте проект.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="207" />
            <source>%n positions carried into it need a look.</source>
            <translation>
                <numerusform>%n перенесённую в неё позицию нужно просмотреть.</numerusform>
                <numerusform>%n перенесённые в неё позиции нужно просмотреть.</numerusform>
                <numerusform>%n перенесённых в неё позиций нужно просмотреть.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="208" />
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="248" />
            <source>Positions to review…</source>
            <translation>Позиции для пересмотра…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="233" />
            <source>{revision} of the demonstration draft is in the library too, with %n positions carried from {before} to review: see what changed, article by article.</source>
            <translation>
                <numerusform>В библиотеке есть и {revision} демонстрационного проекта; %n позиция перенесена из {before} и ждёт пересмотра. Посмотрите, что изменилось, статья за статьёй.</numerusform>
                <numerusform>В библиотеке есть и {revision} демонстрационного проекта; %n позиции перенесены из {before} и ждут пересмотра. Посмотрите, что изменилось, статья за статьёй.</numerusform>
                <numerusform>В библиотеке есть и {revision} демонстрационного проекта; %n позиций перенесено из {before} и ждут пересмотра. Посмотрите, что изменилось, статья за статьёй.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="239" />
            <source>{revision} of the demonstration draft is in the library too: see what changed, article by article.</source>
            <translation>В библиотеке есть и {revision} демонстрационного проекта: посмотрите, что изменилось, статья за статьёй.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/revisions.py" line="247" />
            <source>Compare versions</source>
            <translation>Сравнить версии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Provision</source>
            <translation>Положение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Change</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Alike</source>
            <translation>Сходство</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="19" />
            <source>Brackets</source>
            <translation>Скобки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="104" />
            <source>Change: {change}</source>
            <translation>Изменение: {change}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="107" />
            <source>Alike: {percent} of the words</source>
            <translation>Сходство: {percent} слов</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="110" />
            <source>Brackets: {brackets}</source>
            <translation>Скобки: {brackets}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/rows.py" line="113" />
            <source>Your position: {stance}</source>
            <translation>Ваша позиция: {stance}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="48" />
            <source>Earlier text, deleted words struck through</source>
            <translation>Прежний текст, исключённые слова зачёркнуты</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="50" />
            <source>Later text, inserted words underlined</source>
            <translation>Новый текст, добавленные слова подчёркнуты</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="71" />
            <source>Earlier text</source>
            <translation>Прежний текст</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="71" />
            <source>Later text</source>
            <translation>Новый текст</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="72" />
            <source>Choose a provision in the list to see its old and new text.</source>
            <translation>Выберите положение в списке, чтобы увидеть его прежний и новый текст.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="81" />
            <source>{percent} alike</source>
            <translation>сходство {percent}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="114" />
            <source>Brackets: {brackets}.</source>
            <translation>Скобки: {brackets}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="116" />
            <source>%n brackets still open.</source>
            <translation>
                <numerusform>%n скобка остаётся открытой.</numerusform>
                <numerusform>%n скобки остаются открытыми.</numerusform>
                <numerusform>%n скобок остаются открытыми.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="119" />
            <source>Now marked: {status}.</source>
            <translation>Теперь помечено: {status}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="121" />
            <source>Only the number changed; the text is the same.</source>
            <translation>Изменился только номер; текст тот же.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="123" />
            <source>The text did not change.</source>
            <translation>Текст не изменился.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="125" />
            <source>a note</source>
            <translation>заметка</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="127" />
            <source>Your position: {stance}, a red line.</source>
            <translation>Ваша позиция: {stance}, красная линия.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/side_by_side.py" line="129" />
            <source>Your position: {stance}.</source>
            <translation>Ваша позиция: {stance}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="48" />
            <source>{provision} (deleted)</source>
            <translation>{provision} — положение исключено</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="50" />
            <source>{provision} (new)</source>
            <translation>{provision} — новое положение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/compare/tasks.py" line="54" />
            <source>{provision} (was {before})</source>
            <translation>{provision} (ранее — {before})</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="59" />
            <source>Negotiator — unexpected error</source>
            <translation>Negotiator — непредвиденная ошибка</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="62" />
            <source>Everything you typed before this was saved. You can keep working; if the problem comes back, send the crash log to whoever supports Negotiator for you.</source>
            <translation>Всё, что вы ввели до этого, сохранено. Можно продолжать работу; если ошибка повторится, отправьте журнал сбоя тому, кто сопровождает Negotiator.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="81" />
            <source>{problem} (Details: {path}.)</source>
            <translation>{problem} (Подробности: {path}.)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/crash_dialog.py" line="85" />
            <source>Something unexpected went wrong ({what}). The details are in {path}.</source>
            <translation>Произошла непредвиденная ошибка ({what}). Подробности — в файле {path}.</translation>
        </message>
    </context>
    <context>
        <name>ExportChanges</name>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="44" />
            <source>Word table, landscape (.docx)</source>
            <translation>Таблица Word, альбомная (.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="44" />
            <source>Word documents (*.docx)</source>
            <translation>Документы Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="45" />
            <source>CSV, every pair compared (.csv)</source>
            <translation>CSV, все сравнённые пары (.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="45" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="46" />
            <source>Markdown, for email (.md)</source>
            <translation>Markdown, для электронной почты (.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="46" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="65" />
            <source>Export table of changes</source>
            <translation>Экспорт таблицы изменений</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="69" />
            <source>Older version</source>
            <translation>Прежняя версия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="70" />
            <source>Newer version</source>
            <translation>Новая версия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="80" />
            <source>One row per changed provision (the paragraph that changed)</source>
            <translation>Одна строка на каждое изменённое положение (тот пункт, который изменился)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="82" />
            <source>One row per changed article, with its whole text</source>
            <translation>Одна строка на каждую изменённую статью, с полным текстом</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="87" />
            <source>Title on the first page</source>
            <translation>Заголовок на первой странице</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="91" />
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="93" />
            <source>Where to save the file</source>
            <translation>Куда сохранить файл</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="94" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="95" />
            <source>Choose where to save the file</source>
            <translation>Выбрать, куда сохранить файл</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="103" />
            <source>Ol&amp;der version:</source>
            <translation>&amp;Прежняя версия:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="104" />
            <source>&amp;Newer version:</source>
            <translation>&amp;Новая версия:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="108" />
            <source>Rows:</source>
            <translation>Строки:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="109" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="110" />
            <source>&amp;Title:</source>
            <translation>&amp;Заголовок:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="111" />
            <source>&amp;Marking:</source>
            <translation>&amp;Гриф:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="112" />
            <source>Fo&amp;rmat:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="113" />
            <source>Sa&amp;ve to:</source>
            <translation>&amp;Сохранить в:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="132" />
            <source>Choose two different versions to compare.</source>
            <translation>Выберите для сравнения две разные версии.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="135" />
            <source>Choose a file to save to.</source>
            <translation>Выберите файл для сохранения.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="154" />
            <source>Comparing and writing {file}…</source>
            <translation>Сравнение и запись файла {file}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="173" />
            <source>Changes</source>
            <translation>Изменения</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="193" />
            <source>Save as</source>
            <translation>Сохранить как</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/changes_dialog.py" line="201" />
            <source>Wrote {path} (%n rows).</source>
            <translation>
                <numerusform>Записан файл {path} (%n строка).</numerusform>
                <numerusform>Записан файл {path} (%n строки).</numerusform>
                <numerusform>Записан файл {path} (%n строк).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportMemo</name>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="27" />
            <source>Language of the memo</source>
            <translation>Язык записки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="29" />
            <source>The language of the memo's own words: title, headings, stances, dates. The provisions are quoted, and named, as the text says them.</source>
            <translation>Язык, на котором написаны слова самой записки: заголовок, разделы, позиции, даты. Положения цитируются и называются так, как в тексте.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="49" />
            <source>Classification marking</source>
            <translation>Гриф</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/choices.py" line="59" />
            <source>(no marking)</source>
            <translation>(без грифа)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="53" />
            <source>Export memo</source>
            <translation>Экспорт записки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="84" />
            <source>Choose a file to save to.</source>
            <translation>Выберите файл для сохранения.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/dialog.py" line="111" />
            <source>Writing {file}…</source>
            <translation>Запись файла {file}…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/dialog.py" line="139" />
            <source>%n provisions will be exported.</source>
            <translation>
                <numerusform>Будет экспортировано %n положение.</numerusform>
                <numerusform>Будет экспортировано %n положения.</numerusform>
                <numerusform>Будет экспортировано %n положений.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/dialog.py" line="143" />
            <source>Wrote {path} (%n provisions).</source>
            <translation>
                <numerusform>Записан файл {path} (%n положение).</numerusform>
                <numerusform>Записан файл {path} (%n положения).</numerusform>
                <numerusform>Записан файл {path} (%n положений).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="54" />
            <source>Word memo (.docx)</source>
            <translation>Записка Word (.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="54" />
            <source>Word documents (*.docx)</source>
            <translation>Документы Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="55" />
            <source>Markdown, for email (.md)</source>
            <translation>Markdown, для электронной почты (.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="55" />
            <source>Markdown (*.md)</source>
            <translation>Markdown (*.md)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="56" />
            <source>CSV, for spreadsheets (.csv)</source>
            <translation>CSV, для электронных таблиц (.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="56" />
            <source>CSV files (*.csv)</source>
            <translation>Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="146" />
            <source>Cover</source>
            <translation>Титульный лист</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="150" />
            <source>Memo title</source>
            <translation>Заголовок записки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="151" />
            <source>e.g. Delegation of Examplia</source>
            <translation>например, Делегация Эксамплии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="152" />
            <source>The negotiation</source>
            <translation>Переговоры</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="153" />
            <source>e.g. Fourth session, New York</source>
            <translation>например, Четвёртая сессия, Нью-Йорк</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="154" />
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="155" />
            <source>Your name</source>
            <translation>Ваше имя</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="160" />
            <source>Memo &amp;language:</source>
            <translation>&amp;Язык записки:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="161" />
            <source>&amp;Title:</source>
            <translation>&amp;Заголовок:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="162" />
            <source>&amp;Delegation:</source>
            <translation>&amp;Делегация:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="163" />
            <source>&amp;Negotiation:</source>
            <translation>&amp;Переговоры:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="164" />
            <source>&amp;Session:</source>
            <translation>С&amp;ессия:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="165" />
            <source>D&amp;ate:</source>
            <translation>Д&amp;ата:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="166" />
            <source>Prepared &amp;by:</source>
            <translation>&amp;Исполнитель:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="167" />
            <source>&amp;Marking:</source>
            <translation>&amp;Гриф:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="173" />
            <source>Provisions</source>
            <translation>Положения</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="177" />
            <source>Provisions with a position</source>
            <translation>Положения, по которым есть позиция</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="178" />
            <source>All articles, with or without a position (briefing book)</source>
            <translation>Все статьи, с позицией и без (справочные материалы)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="190" />
            <source>Only these stances (none ticked: any):</source>
            <translation>Только позиции (ничего не отмечено — любые):</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="200" />
            <source>Only these tags:</source>
            <translation>Только с метками:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="201" />
            <source>Only these chapters:</source>
            <translation>Только главы:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="203" />
            <source>Say which agreed lan&amp;guage each provision takes up (from the reference instruments)</source>
            <translation>Указать, какие согласованные формулировки &amp;воспроизводит каждое положение (по справочным документам)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="208" />
            <source>A line per provision: “Agreed language: UNCAC, art. 46, para. 9 (b), with 'shall' → 'may'”</source>
            <translation>Строка по каждому положению: «Согласованный текст: КПК, ст. 46, п. 9 (b), с изменениями: „обязано“ → „может“»</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="221" />
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="226" />
            <source>Fo&amp;rmat:</source>
            <translation>&amp;Формат:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="228" />
            <source>Negotiator's standard template</source>
            <translation>Стандартный шаблон Negotiator</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="229" />
            <location filename="../../negotiator_app/ui/export/form.py" line="238" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="232" />
            <source>Tem&amp;plate:</source>
            <translation>Ша&amp;блон:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="233" />
            <source>Add each rationale as a Word comment on its provision</source>
            <translation>Добавить каждое обоснование как примечание Word к положению</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="237" />
            <source>Where to save the file</source>
            <translation>Куда сохранить файл</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="240" />
            <source>Sa&amp;ve to:</source>
            <translation>&amp;Сохранить в:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="286" />
            <source>Position memo</source>
            <translation>Записка о позиции</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="328" />
            <source>Memo template</source>
            <translation>Шаблон записки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="328" />
            <source>Word templates (*.dotx *.docx)</source>
            <translation>Шаблоны Word (*.dotx *.docx)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="336" />
            <source>Save as</source>
            <translation>Сохранить как</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="351" />
            <source>The provisions selected in the tree (none selected)</source>
            <translation>Положения, выбранные в дереве (ничего не выбрано)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/form.py" line="353" />
            <source>The provision selected in the tree ({key})</source>
            <translation>Положение, выбранное в дереве ({key})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/export/form.py" line="354" />
            <source>The %n provisions selected in the tree</source>
            <translation>
                <numerusform>%n положение, выбранное в дереве</numerusform>
                <numerusform>%n положения, выбранные в дереве</numerusform>
                <numerusform>%n положений, выбранных в дереве</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="39" />
            <source>Export progress</source>
            <translation>Ход экспорта</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="79" />
            <source>&amp;Open</source>
            <translation>&amp;Открыть</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="81" />
            <source>Show in &amp;folder</source>
            <translation>Показать в пап&amp;ке</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="87" />
            <source>&amp;Export</source>
            <translation>&amp;Экспортировать</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="90" />
            <location filename="../../negotiator_app/ui/export/writing.py" line="159" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="101" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="138" />
            <source>Note: {warning}</source>
            <translation>Примечание: {warning}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="147" />
            <source>The export failed unexpectedly; nothing was written.</source>
            <translation>Экспорт неожиданно прервался; ничего не записано.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="159" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/export/writing.py" line="175" />
            <source>No application on this computer could open {path}.</source>
            <translation>На этом компьютере нет программы, которая может открыть {path}.</translation>
        </message>
    </context>
    <context>
        <name>GoToDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="35" />
            <source>Go to article</source>
            <translation>Переход к статье</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="42" />
            <source>Article number (12, 12 bis, 6.1.a) or a word of its title</source>
            <translation>Номер статьи (12, 12 бис, 6.1.a) или слово из её названия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="44" />
            <source>Article to go to</source>
            <translation>Статья, к которой перейти</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="51" />
            <source>Matching articles</source>
            <translation>Подходящие статьи</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="97" />
            <source>Type an article number.</source>
            <translation>Введите номер статьи.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="112" />
            <source>There is no Article {number} in this version.</source>
            <translation>В этой версии нет статьи {number}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/goto_dialog.py" line="113" />
            <source>Nothing in this version is called "{text}".</source>
            <translation>В этой версии нет ничего под названием «{text}».</translation>
        </message>
    </context>
    <context>
        <name>HelpDialogs</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="34" />
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="38" />
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="39" />
            <source>What it does</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="60" />
            <source>An offline workbench for treaty negotiators: the draft as an article tree, instant search, positions and memos. It never connects to the network.</source>
            <translation>Автономное рабочее место для участников переговоров по международным договорам: проект в виде дерева статей, мгновенный поиск, позиции и записки. Программа никогда не подключается к сети.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="67" />
            <source>Your library:</source>
            <translation>Ваша библиотека:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="68" />
            <source>Backups and crash logs:</source>
            <translation>Резервные копии и журналы сбоев:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/help_dialogs.py" line="78" />
            <source>About Negotiator</source>
            <translation>О программе Negotiator</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="33" />
            <source>Drafts (*.docx *.pdf *.html *.htm *.xml *.txt *.md);;Word (*.docx);;PDF (*.pdf);;Web page (*.html *.htm);;Akoma Ntoso (*.xml);;Plain text (*.txt *.md);;All files (*)</source>
            <translation>Проекты (*.docx *.pdf *.html *.htm *.xml *.txt *.md);;Word (*.docx);;PDF (*.pdf);;Веб-страница (*.html *.htm);;Akoma Ntoso (*.xml);;Простой текст (*.txt *.md);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="61" />
            <source>Import a draft</source>
            <translation>Импорт проекта</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="80" />
            <source>Reading</source>
            <translation>Чтение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="80" />
            <source>Reading {file}…</source>
            <translation>Чтение файла {file}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="84" />
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="133" />
            <source>Import cancelled; the library is unchanged.</source>
            <translation>Импорт отменён; библиотека не изменилась.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="93" />
            <source>Backing up</source>
            <translation>Резервное копирование</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="93" />
            <source>Backing up the library…</source>
            <translation>Резервное копирование библиотеки…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="97" />
            <source>The library was backed up to {path}.</source>
            <translation>Резервная копия библиотеки сохранена в {path}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="103" />
            <source>Backup cancelled.</source>
            <translation>Резервное копирование отменено.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="128" />
            <source>Importing</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="129" />
            <source>Importing {file}…</source>
            <translation>Импорт файла {file}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/file_commands.py" line="151" />
            <source>Wait for the import or backup under way to finish.</source>
            <translation>Дождитесь завершения текущего импорта или резервного копирования.</translation>
        </message>
    </context>
    <context>
        <name>ImportOptions</name>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="40" />
            <source>A new instrument (named from the document's title)</source>
            <translation>Новый документ (название берётся из заголовка)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="64" />
            <source>Import a draft</source>
            <translation>Импорт проекта</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="71" />
            <source>New instrument, or another instrument it is a version of</source>
            <translation>Новый документ или другой документ, версией которого он является</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="88" />
            <source>e.g. "Rev.1" or "Chair's text, 3 March"</source>
            <translation>например, «Ред. 1» или «Текст Председателя, 3 марта»</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="89" />
            <source>Label of this version</source>
            <translation>Обозначение этой версии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="91" />
            <source>Language of the text</source>
            <translation>Язык текста</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="93" />
            <source>Detect</source>
            <translation>Определить</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="98" />
            <source>Detect ({language})</source>
            <translation>Определить ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="100" />
            <source>&amp;Reference instrument (an earlier agreed text)</source>
            <translation>&amp;Справочный документ (ранее согласованный текст)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="102" />
            <source>An earlier treaty, resolution or law: the paragraphs of the other texts are compared with it, and their precedents shown in the Precedents tab</source>
            <translation>Ранее принятый договор, резолюция или закон: пункты других текстов сравниваются с ним, а найденные прецеденты показываются на вкладке «Прецеденты»</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="108" />
            <source>Its short name in citations, e.g. "UNCAC"</source>
            <translation>Краткое название в ссылках, например «КПК»</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="109" />
            <source>Short name of the reference in citations</source>
            <translation>Краткое название справочного документа в ссылках</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="117" />
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="141" />
            <source>&amp;Label</source>
            <translation>&amp;Обозначение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="142" />
            <source>L&amp;anguage</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="144" />
            <source>Cite a&amp;s</source>
            <translation>&amp;Цитировать как</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="190" />
            <source>This text is</source>
            <translation>Этот текст —</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="199" />
            <source>the &amp;next revision of {instrument}, after {revision}</source>
            <translation>следу&amp;ющая редакция документа {instrument} после {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="203" />
            <source>the next revision</source>
            <translation>следующая редакция</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="205" />
            <source>another lan&amp;guage of</source>
            <translation>другая языковая &amp;версия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="207" />
            <source>The revision it is another language of</source>
            <translation>Редакция, другой языковой версией которой он является</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="208" />
            <source>a new &amp;instrument, or a version of another:</source>
            <translation>новый &amp;документ или версия другого:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="223" />
            <source>of {instrument}</source>
            <translation>документа {instrument}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_options.py" line="273" />
            <source>{revision} already has a text in {language}: import this one as the next revision, or choose its language.</source>
            <translation>У {revision} уже есть текст на языке «{language}»: импортируйте этот текст как следующую редакцию или укажите его язык.</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="34" />
            <source>{version} of {instrument}</source>
            <translation>{version} документа «{instrument}»</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="37" />
            <source>Imported {what}.</source>
            <translation>Импортировано: {what}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="42" />
            <source>Check the tree: %n structure warnings.</source>
            <translation>
                <numerusform>Проверьте дерево: %n предупреждение о структуре.</numerusform>
                <numerusform>Проверьте дерево: %n предупреждения о структуре.</numerusform>
                <numerusform>Проверьте дерево: %n предупреждений о структуре.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="48" />
            <source>… and %n more (negotiator check-structure).</source>
            <translation>
                <numerusform>… и ещё %n (negotiator check-structure).</numerusform>
                <numerusform>… и ещё %n (negotiator check-structure).</numerusform>
                <numerusform>… и ещё %n (negotiator check-structure).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="58" />
            <source>What was left out — {title}</source>
            <translation>Что не вошло — {title}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="62" />
            <source>%n lines of the file are not in the tree. Each is listed with the reason it was left out and its page, so you can check that nothing of the text was lost.</source>
            <translation>
                <numerusform>%n строка файла не вошла в дерево. Она приведена с причиной и страницей, чтобы вы могли убедиться, что ничего из текста не потеряно.</numerusform>
                <numerusform>%n строки файла не вошли в дерево. Каждая приведена с причиной и страницей, чтобы вы могли убедиться, что ничего из текста не потеряно.</numerusform>
                <numerusform>%n строк файла не вошли в дерево. Каждая приведена с причиной и страницей, чтобы вы могли убедиться, что ничего из текста не потеряно.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/import_report.py" line="68" />
            <source>The first %n are listed.</source>
            <translation>
                <numerusform>Показана первая %n.</numerusform>
                <numerusform>Показаны первые %n.</numerusform>
                <numerusform>Показаны первые %n.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="72" />
            <source>Show the lines left out for</source>
            <translation>Показать строки, не вошедшие по причине</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="73" />
            <source>Every reason ({count})</source>
            <translation>Все причины ({count})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="78" />
            <source>Lines left out</source>
            <translation>Не вошедшие строки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="79" />
            <source>Page</source>
            <translation>Стр.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="79" />
            <source>Why</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="79" />
            <source>Line</source>
            <translation>Строка</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/import_report.py" line="91" />
            <source>Show:</source>
            <translation>Показать:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="20" />
            <source>%n instruments</source>
            <translation>
                <numerusform>%n документ</numerusform>
                <numerusform>%n документа</numerusform>
                <numerusform>%n документов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="21" />
            <source>%n parts</source>
            <translation>
                <numerusform>%n часть</numerusform>
                <numerusform>%n части</numerusform>
                <numerusform>%n частей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="22" />
            <source>%n chapters</source>
            <translation>
                <numerusform>%n глава</numerusform>
                <numerusform>%n главы</numerusform>
                <numerusform>%n глав</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="23" />
            <source>%n sections</source>
            <translation>
                <numerusform>%n раздел</numerusform>
                <numerusform>%n раздела</numerusform>
                <numerusform>%n разделов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="24" />
            <source>%n titles</source>
            <translation>
                <numerusform>%n титул</numerusform>
                <numerusform>%n титула</numerusform>
                <numerusform>%n титулов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="25" />
            <source>%n articles</source>
            <translation>
                <numerusform>%n статья</numerusform>
                <numerusform>%n статьи</numerusform>
                <numerusform>%n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="26" />
            <source>%n operative paragraphs</source>
            <translation>
                <numerusform>%n пункт постановляющей части</numerusform>
                <numerusform>%n пункта постановляющей части</numerusform>
                <numerusform>%n пунктов постановляющей части</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="27" />
            <source>%n paragraphs</source>
            <translation>
                <numerusform>%n пункт</numerusform>
                <numerusform>%n пункта</numerusform>
                <numerusform>%n пунктов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="28" />
            <source>%n subparagraphs</source>
            <translation>
                <numerusform>%n подпункт</numerusform>
                <numerusform>%n подпункта</numerusform>
                <numerusform>%n подпунктов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="29" />
            <source>%n annexes</source>
            <translation>
                <numerusform>%n приложение</numerusform>
                <numerusform>%n приложения</numerusform>
                <numerusform>%n приложений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="30" />
            <source>%n preamble paragraphs</source>
            <translation>
                <numerusform>%n пункт преамбулы</numerusform>
                <numerusform>%n пункта преамбулы</numerusform>
                <numerusform>%n пунктов преамбулы</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="34" />
            <source>contents lines</source>
            <translation>строки оглавления</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="35" />
            <source>front matter lines</source>
            <translation>строки титульной части</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="36" />
            <source>cross-headings</source>
            <translation>промежуточные заголовки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="37" />
            <source>footnotes</source>
            <translation>сноски</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="38" />
            <source>footnote references</source>
            <translation>знаки сносок</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="39" />
            <source>rule lines</source>
            <translation>линии-разделители</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="40" />
            <source>comments</source>
            <translation>комментарии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="41" />
            <source>lines between instruments</source>
            <translation>строки между документами</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="42" />
            <source>page numbers</source>
            <translation>номера страниц</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="43" />
            <source>running headers and footers</source>
            <translation>колонтитулы</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="44" />
            <source>preamble formulas</source>
            <translation>формулы преамбулы</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="45" />
            <source>endnotes</source>
            <translation>концевые сноски</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="46" />
            <source>lines after the end of the text</source>
            <translation>строки после конца текста</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="47" />
            <source>web page footer lines</source>
            <translation>строки нижнего колонтитула веб-страницы</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="48" />
            <source>navigation, page header and footer lines</source>
            <translation>навигация, верхний и нижний колонтитулы страницы</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="49" />
            <source>documents referred to but not in the file</source>
            <translation>упомянутые документы, которых нет в файле</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="52" />
            <source>characters that cannot be decoded</source>
            <translation>нераспознаваемые символы</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="68" />
            <source>Found {found}.</source>
            <translation>Найдено: {found}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="71" />
            <source>{reason}: {count}</source>
            <translation>{reason}: {count}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="74" />
            <source>Left out: {lines}.</source>
            <translation>Опущено: {lines}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_lines.py" line="75" />
            <source>Warning: {warning}</source>
            <translation>Предупреждение: {warning}</translation>
        </message>
    </context>
    <context>
        <name>LibraryEdits</name>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="53" />
            <source>Language and title of “{label}”</source>
            <translation>Язык и название версии «{label}»</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="56" />
            <source>Not set</source>
            <translation>Не указан</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="66" />
            <source>A revision has one version per language. The proposed wordings written against this version follow it into the language you choose.</source>
            <translation>У редакции одна версия на каждый язык. Предлагаемые формулировки, написанные к этой версии, перейдут на выбранный вами язык вместе с ней.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="74" />
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="55" />
            <source>&amp;Language:</source>
            <translation>&amp;Язык:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="75" />
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="64" />
            <source>&amp;Title:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="93" />
            <source>A backup of the library is taken first.</source>
            <translation>Сначала будет сделана резервная копия библиотеки.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="94" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="110" />
            <source>No position is recorded on it.</source>
            <translation>Позиций по ней нет.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="113" />
            <source>Its %n positions stay on {others}, which share them.</source>
            <translation>
                <numerusform>Её %n позиция остаётся за версиями {others}, у которых она общая.</numerusform>
                <numerusform>Её %n позиции остаются за версиями {others}, у которых они общие.</numerusform>
                <numerusform>Её %n позиций остаются за версиями {others}, у которых они общие.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="116" />
            <source>Its %n positions are kept without a text: listed by `negotiator note list --orphans`, and back on the text if you import it again as {revision}.</source>
            <translation>
                <numerusform>Её %n позиция сохраняется без текста: её показывает `negotiator note list --orphans`, и она вернётся к тексту, если снова импортировать его как {revision}.</numerusform>
                <numerusform>Её %n позиции сохраняются без текста: их показывает `negotiator note list --orphans`, и они вернутся к тексту, если снова импортировать его как {revision}.</numerusform>
                <numerusform>Её %n позиций сохраняются без текста: их показывает `negotiator note list --orphans`, и они вернутся к тексту, если снова импортировать его как {revision}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edit_dialogs.py" line="127" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="39" />
            <source>Rename version</source>
            <translation>Переименование версии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="40" />
            <source>&amp;Label:</source>
            <translation>&amp;Обозначение:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="42" />
            <source>The label the version is listed and referred to by, e.g. “Rev.2”.</source>
            <translation>Обозначение, под которым версия указывается в списке и в ссылках, например «Ред. 2».</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="49" />
            <source>Version “{old}” is now “{new}”.</source>
            <translation>Версия «{old}» теперь называется «{new}».</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="65" />
            <source>“{label}” is in {language}, titled “{title}”.</source>
            <translation>«{label}»: язык — {language}, название — «{title}».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="69" />
            <source>%n proposed wordings written against it are now in that language.</source>
            <translation>
                <numerusform>%n предлагаемая формулировка, написанная к ней, теперь на этом языке.</numerusform>
                <numerusform>%n предлагаемые формулировки, написанные к ней, теперь на этом языке.</numerusform>
                <numerusform>%n предлагаемых формулировок, написанных к ней, теперь на этом языке.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="80" />
            <source>Also delete its %n positions</source>
            <translation>
                <numerusform>Удалить также её %n позицию</numerusform>
                <numerusform>Удалить также её %n позиции</numerusform>
                <numerusform>Удалить также её %n позиций</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="81" />
            <source>Delete version “{label}” of {instrument}?</source>
            <translation>Удалить версию «{label}» документа «{instrument}»?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="98" />
            <source>Rename instrument</source>
            <translation>Переименование документа</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="98" />
            <source>&amp;Name:</source>
            <translation>&amp;Название:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="107" />
            <source>The instrument “{old}” is now “{new}”.</source>
            <translation>Документ «{old}» теперь называется «{new}».</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/library/edits.py" line="116" />
            <source>Delete “{name}” and its %n versions?</source>
            <translation>
                <numerusform>Удалить «{name}» и его %n версию?</numerusform>
                <numerusform>Удалить «{name}» и его %n версии?</numerusform>
                <numerusform>Удалить «{name}» и его %n версий?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="117" />
            <source>Its positions and session log entries are kept (`negotiator note list --orphans`).</source>
            <translation>Его позиции и записи журнала сессии сохраняются (`negotiator note list --orphans`).</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="120" />
            <source>Also delete its positions and session log entries</source>
            <translation>Удалить также его позиции и записи журнала сессии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/edits.py" line="159" />
            <source>The library has no text now: import a draft with File › Import….</source>
            <translation>В библиотеке не осталось текстов: импортируйте проект через Файл › Импорт….</translation>
        </message>
    </context>
    <context>
        <name>LogDialog</name>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="19" />
            <source>Negotiator — log</source>
            <translation>Negotiator — журнал</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="23" />
            <source>What Negotiator did to this library and what went wrong, from {path}:</source>
            <translation>Что Negotiator делал с этой библиотекой и что не удалось, по файлу {path}:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/dialogs/log_dialog.py" line="32" />
            <source>Nothing has been logged yet.</source>
            <translation>Журнал пока пуст.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../negotiator_app/ui/appearance.py" line="52" />
            <source>Text size {size} pt</source>
            <translation>Размер текста {size} пт</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/appearance.py" line="70" />
            <source>The interface will be in {language} from the next start of Negotiator.</source>
            <translation>Язык интерфейса изменится ({language}) при следующем запуске Negotiator.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/appearance.py" line="74" />
            <source>Restart now</source>
            <translation>Перезапустить сейчас</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/library/report_banner.py" line="53" />
            <source>What was left out…</source>
            <translation>Что не вошло…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="215" />
            <source>The library is empty. Import a draft with File › Import….</source>
            <translation>Библиотека пуста. Импортируйте проект через Файл › Импорт….</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="238" />
            <source>There is no version {version} in the library.</source>
            <translation>В библиотеке нет версии {version}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="276" />
            <source>{key} is not in {version}.</source>
            <translation>В {version} нет {key}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="363" />
            <source>Import a draft before exporting a memo.</source>
            <translation>Чтобы экспортировать записку, сначала импортируйте проект.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="391" />
            <source>Import a draft first: there is no version to change.</source>
            <translation>Сначала импортируйте проект: изменять пока нечего.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="420" />
            <source>The library has no text now. Import a draft with File › Import….</source>
            <translation>В библиотеке не осталось текстов. Импортируйте проект через Файл › Импорт….</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="528" />
            <source>Added to the delegations of the position on {provision}: {delegation}.</source>
            <translation>Добавлено в делегации позиции ({provision}): {delegation}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="536" />
            <source>Saved {time}</source>
            <translation>Сохранено в {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/main_window.py" line="563" />
            <source>Ctrl+[ goes back to the draft.</source>
            <translation>Ctrl+[ — вернуться к проекту.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/navigation.py" line="66" />
            <source>This is the last article.</source>
            <translation>Это последняя статья.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/navigation.py" line="66" />
            <source>This is the first article.</source>
            <translation>Это первая статья.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/navigation.py" line="113" />
            <source>No search hits are marked in this article: search with Ctrl+F first.</source>
            <translation>В этой статье нет выделенных совпадений: сначала выполните поиск (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/commands.py" line="88" />
            <source>Store this library and its backups in clear again? Anyone who can read this computer's files can then read your positions. Negotiator closes this window, converts the library (a backup first) and opens it again.</source>
            <translation>Снова хранить библиотеку и её резервные копии без шифрования? Тогда любой, кто может читать файлы на этом компьютере, сможет прочитать ваши позиции. Negotiator закроет окно, преобразует библиотеку (сначала резервная копия) и откроет её снова.</translation>
        </message>
    </context>
    <context>
        <name>Menus</name>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="27" />
            <source>Article tree</source>
            <translation>Дерево статей</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="27" />
            <source>Page Up / Page Down</source>
            <translation>Page Up / Page Down</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="28" />
            <source>Previous / next article</source>
            <translation>Предыдущая / следующая статья</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="29" />
            <source>Tree filter</source>
            <translation>Фильтр дерева</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="30" />
            <source>Type, then Down or Enter</source>
            <translation>Ввод текста, затем «вниз» или Enter</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="31" />
            <source>Narrow the tree, then go into it</source>
            <translation>Сузить дерево и перейти в него</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="32" />
            <location filename="../../negotiator_app/ui/menus.py" line="34" />
            <source>Search box</source>
            <translation>Поле поиска</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="32" />
            <location filename="../../negotiator_app/ui/menus.py" line="38" />
            <location filename="../../negotiator_app/ui/menus.py" line="40" />
            <source>Up / Down, Enter</source>
            <translation>Вверх / вниз, Enter</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="33" />
            <source>Choose a result, open it with the hits marked</source>
            <translation>Выбрать результат и открыть его с выделенными совпадениями</translation>
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
            <translation>Вернуться туда, где вы были</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="36" />
            <source>Reader</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="37" />
            <source>Clear the search highlighting</source>
            <translation>Снять выделение найденного</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="38" />
            <location filename="../../negotiator_app/ui/menus.py" line="283" />
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="39" />
            <source>Choose a chapter, open it</source>
            <translation>Выбрать главу и открыть её</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="40" />
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Compare versions</source>
            <translation>Сравнение версий</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="41" />
            <source>Choose a provision, read it in the reader</source>
            <translation>Выбрать положение и прочитать его в тексте</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="42" />
            <source>Back to the reader</source>
            <translation>Вернуться к тексту</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="43" />
            <source>Positions to review</source>
            <translation>Позиции для пересмотра</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="43" />
            <source>Enter, Alt+K</source>
            <translation>Enter, Alt+K</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="44" />
            <source>Open the provision; mark its position reviewed</source>
            <translation>Открыть положение; отметить позицию как просмотренную</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="45" />
            <source>Precedents tab</source>
            <translation>Вкладка «Прецеденты»</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="45" />
            <source>Tab, Enter</source>
            <translation>Tab, Enter</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="46" />
            <source>Go from citation to citation, open one in the reader</source>
            <translation>Переходить от ссылки к ссылке и открывать её в тексте</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="47" />
            <source>Session log</source>
            <translation>Журнал сессии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="47" />
            <source>Delegation: text, Enter</source>
            <translation>Делегация: текст, Enter</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="48" />
            <source>Log what a delegation said</source>
            <translation>Записать выступление делегации</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="49" />
            <source>Delegations table</source>
            <translation>Таблица делегаций</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="49" />
            <source>Insert / Delete</source>
            <translation>Insert / Delete</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="50" />
            <source>Add / remove a delegation</source>
            <translation>Добавить / удалить делегацию</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="84" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="88" />
            <source>&amp;Import…</source>
            <translation>&amp;Импорт…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="91" />
            <source>Import a draft</source>
            <translation>Импортировать проект</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="93" />
            <source>&amp;Export memo…</source>
            <translation>&amp;Экспорт записки…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="94" />
            <source>Write a Word memo</source>
            <translation>Подготовить записку в формате Word</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="95" />
            <source>Export &amp;table of changes…</source>
            <translation>Экспорт &amp;таблицы изменений…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="96" />
            <source>The synoptic table: old text, new text with the changes marked, your comment</source>
            <translation>Сравнительная таблица: прежний текст, новый текст с отмеченными изменениями, ваш комментарий</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="98" />
            <source>&amp;Back up library</source>
            <translation>&amp;Резервная копия библиотеки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="99" />
            <source>A checked copy in backups/</source>
            <translation>Проверенная копия в папке backups/</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="100" />
            <source>Import &amp;report of this version</source>
            <translation>От&amp;чёт об импорте этой версии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="101" />
            <source>What the import found, what to check and what it left out</source>
            <translation>Что найдено при импорте, что проверить и что осталось за пределами дерева</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="103" />
            <source>&amp;Lock</source>
            <translation>&amp;Блокировать</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="104" />
            <source>Hide the library until its passphrase is typed (an encrypted library)</source>
            <translation>Скрыть библиотеку до ввода пароля (для зашифрованной библиотеки)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="105" />
            <source>Lock when &amp;idle</source>
            <translation>Блокировать при &amp;простое</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="107" />
            <source>After &amp;5 minutes</source>
            <translation>Через &amp;5 минут</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="107" />
            <source>After &amp;10 minutes</source>
            <translation>Через &amp;10 минут</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="108" />
            <source>After &amp;30 minutes</source>
            <translation>Через &amp;30 минут</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="108" />
            <source>&amp;Never</source>
            <translation>&amp;Никогда</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="113" />
            <source>&amp;Encrypt library…</source>
            <translation>З&amp;ашифровать библиотеку…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="114" />
            <source>Protect the library, its backups and its index with a passphrase</source>
            <translation>Защитить паролем библиотеку, её резервные копии и поисковый индекс</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="115" />
            <source>Store library in &amp;clear…</source>
            <translation>&amp;Снять шифрование…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="117" />
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="119" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="121" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="122" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="123" />
            <source>Cu&amp;t</source>
            <translation>Вы&amp;резать</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="124" />
            <source>&amp;Copy</source>
            <translation>&amp;Копировать</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="125" />
            <source>&amp;Paste</source>
            <translation>Вст&amp;авить</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="126" />
            <source>Select &amp;all</source>
            <translation>Выделить &amp;всё</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="132" />
            <source>&amp;Find…</source>
            <translation>&amp;Найти…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="133" />
            <source>Search the text and your notes</source>
            <translation>Искать в тексте и в ваших заметках</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="134" />
            <source>Next &amp;hit</source>
            <translation>Следующее &amp;совпадение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="135" />
            <source>The next word found</source>
            <translation>Следующее найденное слово</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="139" />
            <source>Pre&amp;vious hit</source>
            <translation>Пр&amp;едыдущее совпадение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="146" />
            <source>Filter the &amp;tree</source>
            <translation>&amp;Фильтр дерева</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="150" />
            <source>&amp;Log a statement</source>
            <translation>&amp;Записать выступление</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="152" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="157" />
            <source>&amp;Larger text</source>
            <translation>&amp;Крупнее</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="161" />
            <source>&amp;Smaller text</source>
            <translation>&amp;Мельче</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="162" />
            <source>&amp;Normal size</source>
            <translation>&amp;Обычный размер</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="164" />
            <source>&amp;Colours</source>
            <translation>&amp;Цвета</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <location filename="../../negotiator_app/ui/menus.py" line="175" />
            <source>Follow the &amp;system</source>
            <translation>Как в &amp;системе</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <source>&amp;Light</source>
            <translation>С&amp;ветлые</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="167" />
            <source>&amp;Dark</source>
            <translation>&amp;Тёмные</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="172" />
            <source>Lan&amp;guage</source>
            <translation>&amp;Язык интерфейса</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="183" />
            <source>Session lo&amp;g</source>
            <translation>&amp;Журнал сессии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="186" />
            <source>&amp;Position panel</source>
            <translation>&amp;Панель позиции</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="189" />
            <source>Parallel te&amp;xt</source>
            <translation>Параллельный т&amp;екст</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="191" />
            <source>This version beside another language of its revision</source>
            <translation>Эта версия рядом с другой языковой версией той же редакции</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="193" />
            <source>New language &amp;only</source>
            <translation>Только &amp;новые формулировки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="195" />
            <source>Only the paragraphs with no precedent</source>
            <translation>Только пункты без прецедентов</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="201" />
            <source>&amp;Full screen</source>
            <translation>Во весь &amp;экран</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="207" />
            <source>&amp;Library</source>
            <translation>&amp;Библиотека</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="209" />
            <source>&amp;Rename this version…</source>
            <translation>&amp;Переименовать эту версию…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="210" />
            <source>Give the version being read another label</source>
            <translation>Дать открытой версии другое обозначение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="211" />
            <source>&amp;Language and title of this version…</source>
            <translation>&amp;Язык и название этой версии…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="212" />
            <source>Say which language the version is in, and its title</source>
            <translation>Указать язык версии и её название</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="213" />
            <source>&amp;Delete this version…</source>
            <translation>&amp;Удалить эту версию…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="214" />
            <source>Delete the version being read (a backup first; positions kept)</source>
            <translation>Удалить открытую версию (сначала резервная копия; позиции сохраняются)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="218" />
            <source>Rename this &amp;instrument…</source>
            <translation>Переименовать этот &amp;документ…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="219" />
            <source>Delete this ins&amp;trument…</source>
            <translation>Удалить этот доку&amp;мент…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="220" />
            <source>Delete every version of the instrument (a backup first; positions kept)</source>
            <translation>Удалить все версии документа (сначала резервная копия; позиции сохраняются)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="231" />
            <source>&amp;Go</source>
            <translation>П&amp;ереход</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="232" />
            <source>&amp;Go to article…</source>
            <translation>&amp;Перейти к статье…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="233" />
            <source>&amp;Next article</source>
            <translation>С&amp;ледующая статья</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="237" />
            <source>&amp;Previous article</source>
            <translation>Пре&amp;дыдущая статья</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="242" />
            <source>&amp;Back</source>
            <translation>&amp;Назад</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="243" />
            <source>Back to the provision read before</source>
            <translation>К положению, которое вы читали перед этим</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="244" />
            <source>&amp;Forward</source>
            <translation>&amp;Вперёд</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="246" />
            <source>&amp;Overview</source>
            <translation>&amp;Обзор</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="250" />
            <source>Other &amp;version…</source>
            <translation>Другая в&amp;ерсия…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="254" />
            <source>&amp;Compare versions</source>
            <translation>&amp;Сравнить версии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="256" />
            <source>What changed from the revision before, provision by provision</source>
            <translation>Что изменилось по сравнению с предыдущей редакцией, положение за положением</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="257" />
            <source>Positions to r&amp;eview</source>
            <translation>Позиции для пе&amp;ресмотра</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="258" />
            <source>Carried positions whose text changed, one by one</source>
            <translation>Перенесённые позиции, текст которых изменился, по одной</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="259" />
            <source>Article &amp;tree</source>
            <translation>Дерево с&amp;татей</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="260" />
            <source>&amp;Reader</source>
            <translation>Те&amp;кст</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="261" />
            <source>Your &amp;position</source>
            <translation>Ваша по&amp;зиция</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="262" />
            <source>Pre&amp;cedents</source>
            <translation>Пре&amp;цеденты</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="263" />
            <source>Where the provision's words come from</source>
            <translation>Откуда взяты формулировки положения</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="265" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="266" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="268" />
            <source>Show &amp;log</source>
            <translation>Показать &amp;журнал</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="269" />
            <source>What was imported, backed up, failed</source>
            <translation>Что было импортировано, сохранено, что не удалось</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="270" />
            <source>&amp;About Negotiator</source>
            <translation>&amp;О программе Negotiator</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="276" />
            <source>Main</source>
            <translation>Основная</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="281" />
            <source>Go to article…</source>
            <translation>Перейти к статье…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="282" />
            <source>Go to an article by number (Ctrl+G)</source>
            <translation>Перейти к статье по номеру (Ctrl+G)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="284" />
            <source>Where you stand, chapter by chapter (Ctrl+Shift+O)</source>
            <translation>Ваши позиции по главам (Ctrl+Shift+O)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="286" />
            <source>Import…</source>
            <translation>Импорт…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="287" />
            <source>Import a draft (Ctrl+O), or drop a file on the window</source>
            <translation>Импортировать проект (Ctrl+O) или перетащить файл в окно</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/menus.py" line="324" />
            <source>Anywhere</source>
            <translation>Везде</translation>
        </message>
    </context>
    <context>
        <name>NoteHistory</name>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/position/history_section.py" line="112" />
            <source>History (%n saves)</source>
            <translation>
                <numerusform>История (%n сохранение)</numerusform>
                <numerusform>История (%n сохранения)</numerusform>
                <numerusform>История (%n сохранений)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="50" />
            <source>Earlier saves of this note</source>
            <translation>Прежние сохранения этой заметки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="57" />
            <source>Difference between the selected save and the note as it is now</source>
            <translation>Разница между выбранным сохранением и нынешней заметкой</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="62" />
            <source>Restore this save…</source>
            <translation>Восстановить это сохранение…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="64" />
            <source>Make the selected save the current note again (it asks first; nothing is lost)</source>
            <translation>Снова сделать выбранное сохранение текущей заметкой (с подтверждением; ничего не теряется)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="89" />
            <source>  (current)</source>
            <translation>  (текущее)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="125" />
            <source>Select a save to see how it differs from the note as it is now.</source>
            <translation>Выберите сохранение, чтобы увидеть, чем оно отличается от нынешней заметки.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="133" />
            <source>This save says what the note says now.</source>
            <translation>Это сохранение совпадает с нынешней заметкой.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/history_view.py" line="134" />
            <source>Restoring this save would change:</source>
            <translation>Восстановление этого сохранения изменит:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="43" />
            <source>Restore an earlier save</source>
            <translation>Восстановление прежнего сохранения</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="44" />
            <source>Restore the save of {when}?</source>
            <translation>Восстановить сохранение от {when}?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="49" />
            <source>Restoring the wording only changes {what} and keeps everything else.</source>
            <translation>Восстановление только формулировки изменит {what} и оставит всё остальное как есть.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="53" />
            <source>The wording is the same in that save: only the other parts would change.</source>
            <translation>Формулировка в этом сохранении та же: изменились бы только остальные части.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="54" />
            <source>Nothing is lost: the note as it is now stays in its history.</source>
            <translation>Ничего не теряется: нынешняя заметка остаётся в истории.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="56" />
            <source>These parts of the note will change:</source>
            <translation>Изменятся следующие части заметки:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="59" />
            <source>Restore &amp;all</source>
            <translation>Восстановить &amp;всё</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/restore_question.py" line="61" />
            <source>Restore the &amp;wording only</source>
            <translation>Восстановить только &amp;формулировку</translation>
        </message>
    </context>
    <context>
        <name>Overview</name>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="61" />
            <source>Overview of positions by chapter</source>
            <translation>Обзор позиций по главам</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="147" />
            <source>Overview</source>
            <translation>Обзор</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="153" />
            <source>%n open brackets</source>
            <translation>
                <numerusform>%n открытая скобка</numerusform>
                <numerusform>%n открытые скобки</numerusform>
                <numerusform>%n открытых скобок</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="155" />
            <source>({count} in {revision})</source>
            <translation>({count} в {revision})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="158" />
            <source>{with_position} of %n articles have a position</source>
            <translation>
                <numerusform>позиция определена по {with_position} из %n статьи</numerusform>
                <numerusform>позиция определена по {with_position} из %n статей</numerusform>
                <numerusform>позиция определена по {with_position} из %n статей</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/overview/chart.py" line="229" />
            <location filename="../../negotiator_app/ui/overview/chart.py" line="163" />
            <source>%n red lines</source>
            <translation>
                <numerusform>%n красная линия</numerusform>
                <numerusform>%n красные линии</numerusform>
                <numerusform>%n красных линий</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="229" />
            <source>no red line</source>
            <translation>нет красных линий</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="318" />
            <source>Open brackets: {count}</source>
            <translation>Открытые скобки: {count}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="321" />
            <source>Open brackets in the revision before: {count}</source>
            <translation>Открытые скобки в предыдущей редакции: {count}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/overview/chart.py" line="325" />
            <source>Red lines: {count}</source>
            <translation>Красные линии: {count}</translation>
        </message>
    </context>
    <context>
        <name>ParallelText</name>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="61" />
            <source>The other language version shown beside</source>
            <translation>Другая языковая версия, показанная рядом</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="63" />
            <source>&amp;Beside it:</source>
            <translation>&amp;Рядом:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="67" />
            <source>Back to the reader (Ctrl+Shift+P)</source>
            <translation>Вернуться к тексту (Ctrl+Shift+P)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="68" />
            <source>Close parallel text</source>
            <translation>Закрыть параллельный текст</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="80" />
            <source>Parallel text of the provision in two languages</source>
            <translation>Параллельный текст положения на двух языках</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="134" />
            <source>Revision {revision} has no text in another language yet. Import one with File › Import… as another language of {revision}, and it is shown here beside this one.</source>
            <translation>У редакции {revision} пока нет текста на другом языке. Импортируйте его через Файл › Импорт… как другую языковую версию {revision}, и он появится здесь рядом с этим.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/parallel.py" line="156" />
            <source>(not in this text)</source>
            <translation>(в этом тексте отсутствует)</translation>
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
            <translation>Отметить как просмотренную</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="48" />
            <source>Keep this position as it is; it leaves the review list</source>
            <translation>Оставить позицию без изменений; она уйдёт из списка для пересмотра</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="53" />
            <source>What changed in the text</source>
            <translation>Что изменилось в тексте</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="54" />
            <source>Show what changed in the text since your position</source>
            <translation>Показать, что изменилось в тексте после определения позиции</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="119" />
            <source>Reviewed.</source>
            <translation>Просмотрено.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="137" />
            <source>the revision before</source>
            <translation>предыдущей редакции</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="138" />
            <source>Carried from {revision}</source>
            <translation>Перенесено из {revision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="178" />
            <source>The text under your position: deleted words struck through, inserted underlined</source>
            <translation>Текст, к которому относится позиция: исключённые слова зачёркнуты, добавленные подчёркнуты</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/carried_notice.py" line="219" />
            <source>To review.</source>
            <translation>Требует пересмотра.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <source>Delegation</source>
            <translation>Делегация</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <location filename="../../negotiator_app/ui/position/panel.py" line="118" />
            <source>Stance</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="25" />
            <source>Remark</source>
            <translation>Замечание</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="37" />
            <source>Positions of other delegations</source>
            <translation>Позиции других делегаций</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="54" />
            <source>Add delegation</source>
            <translation>Добавить делегацию</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="55" />
            <source>Add a row for a delegation's position (Insert in the table)</source>
            <translation>Добавить строку с позицией делегации (Insert в таблице)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/delegations_table.py" line="57" />
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/other_wordings.py" line="37" />
            <source>Proposed wording ({language})</source>
            <translation>Предлагаемая формулировка ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/other_wordings.py" line="40" />
            <source>Written against the {language} text: no redline against this one.</source>
            <translation>Написана к тексту на языке «{language}»: с этим текстом не сравнивается.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/pane.py" line="92" />
            <source>Not saved</source>
            <translation>Не сохранено</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/pane.py" line="93" />
            <source>Your last edits could not be saved (see the message in the window). Close anyway and lose them?</source>
            <translation>Последние изменения сохранить не удалось (см. сообщение в окне). Всё равно закрыть и потерять их?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="62" />
            <location filename="../../negotiator_app/ui/position/panel.py" line="366" />
            <source>Proposed &amp;wording</source>
            <translation>Предлагаемая &amp;формулировка</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="63" />
            <source>&amp;Rationale</source>
            <translation>&amp;Обоснование</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="64" />
            <source>Talking p&amp;oints</source>
            <translation>&amp;Тезисы</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="65" />
            <source>&amp;Instructions from capital</source>
            <translation>&amp;Указания Центра</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="104" />
            <source>Select a provision</source>
            <translation>Выберите положение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="123" />
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="127" />
            <source>This is a red line</source>
            <translation>Это красная линия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="128" />
            <source>Red line</source>
            <translation>Красная линия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="129" />
            <source>&amp;Stance</source>
            <translation>&amp;Позиция</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="130" />
            <source>&amp;Priority</source>
            <translation>П&amp;риоритет</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="150" />
            <source>Start from current text</source>
            <translation>Взять текущий текст</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="151" />
            <source>Copy the provision's text here to edit it</source>
            <translation>Скопировать сюда текст положения, чтобы править его</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="164" />
            <source>Redline against the current text</source>
            <translation>Сравнение с текущей редакцией</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="174" />
            <source>Tags</source>
            <translation>Метки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="175" />
            <source>comma, separated, tags</source>
            <translation>метки, через, запятую</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="176" />
            <source>&amp;Tags</source>
            <translation>&amp;Метки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="182" />
            <source>Other delegations</source>
            <translation>Другие делегации</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="225" />
            <source>Your position on {provision}</source>
            <translation>Ваша позиция: {provision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="262" />
            <source>Not saved yet — see the message above.</source>
            <translation>Пока не сохранено — см. сообщение выше.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="268" />
            <source>Saved {time}</source>
            <translation>Сохранено в {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="287" />
            <source>Restored {time}</source>
            <translation>Восстановлено в {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="298" />
            <source>Editing…</source>
            <translation>Правка…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="368" />
            <source>Proposed &amp;wording ({language})</source>
            <translation>Предлагаемая &amp;формулировка ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="426" />
            <source>No position recorded yet.</source>
            <translation>Позиция пока не определена.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/panel.py" line="431" />
            <source>Last saved {time}</source>
            <translation>Последнее сохранение: {time}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/redline_view.py" line="27" />
            <source>Redline of the proposed wording against the current text</source>
            <translation>Предлагаемая формулировка в сравнении с текущей редакцией</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/position/redline_view.py" line="51" />
            <source>Same as the current text.</source>
            <translation>Совпадает с текущей редакцией.</translation>
        </message>
    </context>
    <context>
        <name>Precedents</name>
        <message>
            <location filename="../../negotiator_app/ui/precedents/marks.py" line="27" />
            <source>Agreed language, word for word: {citation}</source>
            <translation>Согласованный текст, дословно: {citation}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="64" />
            <source>No precedent: new language.</source>
            <translation>Прецедента нет: новая формулировка.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="72" />
            <source>… and %n more paragraphs: select an article or a paragraph to see theirs.</source>
            <translation>
                <numerusform>… и ещё %n пункт: выберите статью или пункт, чтобы увидеть их прецеденты.</numerusform>
                <numerusform>… и ещё %n пункта: выберите статью или пункт, чтобы увидеть их прецеденты.</numerusform>
                <numerusform>… и ещё %n пунктов: выберите статью или пункт, чтобы увидеть их прецеденты.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="103" />
            <source> · earlier revision</source>
            <translation> · прежняя редакция</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="104" />
            <source>{percent} alike</source>
            <translation>сходство {percent}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/precedents/page.py" line="136" />
            <source>identical but for %n words</source>
            <translation>
                <numerusform>совпадает, кроме %n слова</numerusform>
                <numerusform>совпадает, кроме %n слов</numerusform>
                <numerusform>совпадает, кроме %n слов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="138" />
            <source>identical</source>
            <translation>совпадает</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="139" />
            <source>adapted</source>
            <translation>в изменённом виде</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="140" />
            <source>related</source>
            <translation>близкий по смыслу</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/page.py" line="154" />
            <source>Its own words</source>
            <translation>Собственный текст</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="29" />
            <source>No text to compare this one with yet. Import an earlier treaty with File › Import… and tick “Reference instrument” (or run negotiator reference add VERSION); an earlier revision of this draft is compared too.</source>
            <translation>Этот текст пока не с чем сравнить. Импортируйте ранее принятый договор через Файл › Импорт… и отметьте «Справочный документ» (или выполните negotiator reference add VERSION); прежняя редакция этого проекта тоже используется для сравнения.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="51" />
            <source>Select a provision</source>
            <translation>Выберите положение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="62" />
            <source>Precedents of the selected provision</source>
            <translation>Прецеденты выбранного положения</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="64" />
            <source>Each precedent's citation is a link: Tab reaches it, Enter opens it in the reader</source>
            <translation>Ссылка на каждый прецедент — это переход: Tab выбирает её, Enter открывает в тексте</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="104" />
            <source>Precedents of {provision}</source>
            <translation>Прецеденты: {provision}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="109" />
            <source>This provision has no words of its own: select one of its articles or paragraphs.</source>
            <translation>У этого положения нет собственного текста: выберите одну из его статей или пунктов.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="131" />
            <source>Some texts have not been searched yet; their precedents will appear here.</source>
            <translation>Некоторые тексты ещё не просмотрены; их прецеденты появятся здесь.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="153" />
            <source> and </source>
            <translation> и </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/tab.py" line="154" />
            <source>Compared with {texts}.</source>
            <translation>Сравнивается с: {texts}.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="58" />
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="142" />
            <source>Finding precedents…</source>
            <translation>Поиск прецедентов…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="61" />
            <source>Finding precedents</source>
            <translation>Поиск прецедентов</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="67" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="69" />
            <source>Cancel finding precedents</source>
            <translation>Отменить поиск прецедентов</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="70" />
            <source>Stop finding precedents now; they are found at the next start</source>
            <translation>Остановить поиск прецедентов; он продолжится при следующем запуске</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="116" />
            <source>Finding precedents was stopped; the rest are found at the next start.</source>
            <translation>Поиск прецедентов остановлен; остальные будут найдены при следующем запуске.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="132" />
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/precedents/updater.py" line="144" />
            <source>Finding precedents… {percent}%</source>
            <translation>Поиск прецедентов… {percent}%</translation>
        </message>
    </context>
    <context>
        <name>Reader</name>
        <message>
            <location filename="../../negotiator_app/ui/reader/agreed_margin.py" line="32" />
            <source>Agreed language in the margin</source>
            <translation>Согласованный текст на полях</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="112" />
            <source>‹ Previous</source>
            <translation>‹ Назад</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="112" />
            <source>Previous article (Alt+Left)</source>
            <translation>Предыдущая статья (Alt+←)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="113" />
            <source>Next ›</source>
            <translation>Далее ›</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="113" />
            <source>Next article (Alt+Right)</source>
            <translation>Следующая статья (Alt+→)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/reader/reader.py" line="123" />
            <source>Text of the provision</source>
            <translation>Текст положения</translation>
        </message>
    </context>
    <context>
        <name>Search</name>
        <message>
            <location filename="../../negotiator_app/ui/search/bar.py" line="64" />
            <source>Search the text and your notes   (Ctrl+F)</source>
            <translation>Поиск по тексту и заметкам   (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/bar.py" line="65" />
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="32" />
            <source>in the text</source>
            <translation>в тексте</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="32" />
            <source>in your note</source>
            <translation>в заметке</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="87" />
            <source>All versions</source>
            <translation>Все версии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="88" />
            <source>Search every version of every text, not only this one</source>
            <translation>Искать во всех версиях всех текстов, а не только в этой</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="97" />
            <source>Search results</source>
            <translation>Результаты поиска</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="131" />
            <source>Nothing matches {query}.</source>
            <translation>По запросу {query} ничего не найдено.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/search/results.py" line="133" />
            <source>%n places match {query}</source>
            <translation>
                <numerusform>%n совпадение по запросу {query}</numerusform>
                <numerusform>%n совпадения по запросу {query}</numerusform>
                <numerusform>%n совпадений по запросу {query}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="136" />
            <source> — did you mean {suggestion}?</source>
            <translation> — возможно, вы имели в виду {suggestion}?</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="144" />
            <source>Search works, but {problem}</source>
            <translation>Поиск работает, однако {problem}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="155" />
            <source>Searching for {query}…</source>
            <translation>Поиск {query}…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="237" />
            <source> and </source>
            <translation> и </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="243" />
            <source>your note:</source>
            <translation>заметка:</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/search/results.py" line="253" />
            <source>and %n more</source>
            <translation>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
                <numerusform>и ещё %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/results.py" line="261" />
            <source>(↑↓ to choose, Enter to open, Esc to go back)</source>
            <translation>(↑↓ — выбор, Enter — открыть, Esc — назад)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/search/service.py" line="154" />
            <source>Search is not available in this build of Negotiator.</source>
            <translation>Поиск недоступен в этой сборке Negotiator.</translation>
        </message>
    </context>
    <context>
        <name>Security</name>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="45" />
            <source>Negotiator is locked</source>
            <translation>Negotiator заблокирован</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="50" />
            <source>The library's passphrase</source>
            <translation>Пароль библиотеки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="51" />
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="53" />
            <source>Passphrase</source>
            <translation>Пароль</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="54" />
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/lock.py" line="121" />
            <source>That is not the library's passphrase.</source>
            <translation>Это не пароль библиотеки.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="36" />
            <source>Negotiator — encrypt library</source>
            <translation>Negotiator — шифрование библиотеки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="36" />
            <source>Negotiator — passphrase</source>
            <translation>Negotiator — пароль</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="40" />
            <source>Choose a passphrase for this library. Negotiator asks for it at every start; without it nobody — you included — can open the library or its backups.</source>
            <translation>Задайте пароль для этой библиотеки. Negotiator будет спрашивать его при каждом запуске; без него никто — в том числе вы — не сможет открыть библиотеку или её резервные копии.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="45" />
            <source>The library in {folder} is encrypted. Its passphrase:</source>
            <translation>Библиотека в папке {folder} зашифрована. Её пароль:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="57" />
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="58" />
            <source>The same passphrase again</source>
            <translation>Тот же пароль ещё раз</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/security/passphrase.py" line="81" />
            <source>The two passphrases differ.</source>
            <translation>Пароли не совпадают.</translation>
        </message>
    </context>
    <context>
        <name>SessionLog</name>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="45" />
            <source>&amp;Go to the provision</source>
            <translation>&amp;Перейти к положению</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="46" />
            <source>&amp;Correct…</source>
            <translation>&amp;Исправить…</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="47" />
            <source>&amp;Delete</source>
            <translation>&amp;Удалить</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="48" />
            <source>Cop&amp;y the text</source>
            <translation>&amp;Копировать текст</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="49" />
            <source>Add to the &amp;delegations of the position</source>
            <translation>Добавить в &amp;делегации позиции</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="68" />
            <source>Session log</source>
            <translation>Журнал сессии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="78" />
            <source>What a delegation said</source>
            <translation>Что сказала делегация</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="80" />
            <source>Only this provision</source>
            <translation>Только это положение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="87" />
            <source>Session log entries</source>
            <translation>Записи журнала сессии</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="206" />
            <source>Entry deleted.</source>
            <translation>Запись удалена.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="206" />
            <source>Undo</source>
            <translation>Отменить</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="218" />
            <source> (edited)</source>
            <translation> (исправлено)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="233" />
            <source>Before it was corrected it said: {text}</source>
            <translation>До исправления было: {text}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="329" />
            <source>Delegation: what they said on {provision} — Enter to log</source>
            <translation>Делегация: что сказано ({provision}) — Enter, чтобы записать</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/dock.py" line="331" />
            <source>Delegation: what they said — Enter to log</source>
            <translation>Делегация: что сказано — Enter, чтобы записать</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="26" />
            <source>Correct the log entry</source>
            <translation>Исправление записи журнала</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="38" />
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="42" />
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="29" />
            <source>&amp;Delegation:</source>
            <translation>&amp;Делегация:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="43" />
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="32" />
            <source>&amp;What was said:</source>
            <translation>&amp;Что сказано:</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/session_log/entry_dialog.py" line="44" />
            <source>What the entry said before is kept in its history.</source>
            <translation>Прежний текст записи сохраняется в её истории.</translation>
        </message>
    </context>
    <context>
        <name>SideTabs</name>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="25" />
            <source>Position and precedents</source>
            <translation>Позиция и прецеденты</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="28" />
            <source>Position</source>
            <translation>Позиция</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="29" />
            <source>Precedents</source>
            <translation>Прецеденты</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="30" />
            <source>Your delegation's position on the provision (Ctrl+3)</source>
            <translation>Позиция вашей делегации по положению (Ctrl+3)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/side_tabs.py" line="32" />
            <source>Where the provision's words come from, and what changed (Ctrl+4)</source>
            <translation>Откуда взяты формулировки положения и что изменилось (Ctrl+4)</translation>
        </message>
    </context>
    <context>
        <name>Tree</name>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="26" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="233" />
            <source>Your position: {stance}</source>
            <translation>Ваша позиция: {stance}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="30" />
            <source>Note, no stance</source>
            <translation>Заметка без позиции</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="30" />
            <source>A note without a stance</source>
            <translation>Заметка, позиция не указана</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="33" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="235" />
            <source>Red line</source>
            <translation>Красная линия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="34" />
            <source>A red line: the red ring around the stance</source>
            <translation>Красная линия: красное кольцо вокруг отметки позиции</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="38" />
            <source>Positions inside</source>
            <translation>Позиции внутри</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="39" />
            <location filename="../../negotiator_app/ui/tree/model.py" line="237" />
            <source>Positions recorded on provisions inside</source>
            <translation>Есть позиции по вложенным положениям</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="43" />
            <source>Open [brackets]</source>
            <translation>Открытые [скобки]</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="44" />
            <source>Open [brackets] in the text; on a closed article, in its paragraphs</source>
            <translation>Открытые [скобки] в тексте; у свёрнутой статьи — в её пунктах</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="48" />
            <source>Changed</source>
            <translation>Изменено</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="49" />
            <source>Text changed since the revision before (reworded, moved, split or merged)</source>
            <translation>Текст изменился по сравнению с предыдущей редакцией (новая формулировка, перенос, разделение или объединение)</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="51" />
            <source>New</source>
            <translation>Новое</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="51" />
            <source>New in this revision</source>
            <translation>Новое в этой редакции</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="62" />
            <source>What the marks mean</source>
            <translation>Что означают отметки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="63" />
            <source>Show what the marks in the tree mean</source>
            <translation>Показать, что означают отметки в дереве</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/legend.py" line="72" />
            <source>What the marks in the tree mean</source>
            <translation>Что означают отметки в дереве</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="240" />
            <source>%n open brackets</source>
            <translation>
                <numerusform>%n открытая скобка</numerusform>
                <numerusform>%n открытые скобки</numerusform>
                <numerusform>%n открытых скобок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="246" />
            <source>%n open brackets in its paragraphs</source>
            <translation>
                <numerusform>%n открытая скобка в пунктах</numerusform>
                <numerusform>%n открытые скобки в пунктах</numerusform>
                <numerusform>%n открытых скобок в пунктах</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/tree/model.py" line="248" />
            <source>%n open brackets in the provisions inside</source>
            <translation>
                <numerusform>%n открытая скобка во вложенных положениях</numerusform>
                <numerusform>%n открытые скобки во вложенных положениях</numerusform>
                <numerusform>%n открытых скобок во вложенных положениях</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="43" />
            <source>Reference instruments</source>
            <translation>Справочные документы</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="62" />
            <source>Text and version</source>
            <translation>Документ и версия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="63" />
            <source>The draft you are reading: instrument and version</source>
            <translation>Открытый проект: документ и версия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="72" />
            <source>Filter: article number or words</source>
            <translation>Фильтр: номер статьи или слова</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="74" />
            <source>Filter the article tree</source>
            <translation>Фильтр дерева статей</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="80" />
            <source>&amp;New language only</source>
            <translation>Только &amp;новые формулировки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="82" />
            <source>Show only new language</source>
            <translation>Показывать только новые формулировки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="84" />
            <source>Only the paragraphs with no precedent (60% alike or closer) in a reference instrument or an earlier revision: the text that needs the most attention</source>
            <translation>Только пункты без прецедента (сходство 60% и выше) в справочном документе или в прежней редакции: текст, который требует наибольшего внимания</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="98" />
            <source>Articles</source>
            <translation>Статьи</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="106" />
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="240" />
            <source>No provisions match the filter.</source>
            <translation>Нет положений, отвечающих фильтру.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="148" />
            <source>{instrument}
{label}{language}, imported {date}</source>
            <translation>{instrument}
{label}{language}, импортировано {date}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="152" />
            <source>Reference instrument: {what}</source>
            <translation>Справочный документ: {what}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/tree/navigator.py" line="238" />
            <source>Every paragraph here has a precedent.</source>
            <translation>У каждого пункта здесь есть прецедент.</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="17" />
            <source>Support</source>
            <translation>Поддержка</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="18" />
            <source>Support with amendments</source>
            <translation>Поддержка с поправками</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="19" />
            <source>Neutral</source>
            <translation>Нейтральная позиция</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="20" />
            <source>Reserve</source>
            <translation>Позиция зарезервирована</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="21" />
            <source>Oppose</source>
            <translation>Возражение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="22" />
            <source>No position yet</source>
            <translation>Позиция не определена</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>High</source>
            <translation>Высокий</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>Medium</source>
            <translation>Средний</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="24" />
            <source>Low</source>
            <translation>Низкий</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="26" />
            <source>English</source>
            <translation>английский</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="27" />
            <source>Russian</source>
            <translation>русский</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="28" />
            <source>French</source>
            <translation>французский</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="29" />
            <source>Spanish</source>
            <translation>испанский</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="30" />
            <source>Arabic</source>
            <translation>арабский</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="31" />
            <source>Chinese</source>
            <translation>китайский</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="32" />
            <source>German</source>
            <translation>немецкий</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="33" />
            <source>Dutch</source>
            <translation>нидерландский</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="34" />
            <source>Italian</source>
            <translation>итальянский</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="35" />
            <source>Portuguese</source>
            <translation>португальский</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="52" />
            <source>language not set</source>
            <translation>язык не указан</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="66" />
            <source>stance</source>
            <translation>позиция</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="67" />
            <source>priority</source>
            <translation>приоритет</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="68" />
            <source>red line</source>
            <translation>красная линия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="69" />
            <source>wording</source>
            <translation>формулировка</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="70" />
            <source>rationale</source>
            <translation>обоснование</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="71" />
            <source>talking points</source>
            <translation>тезисы</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="72" />
            <source>instructions from capital</source>
            <translation>указания Центра</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="73" />
            <source>tags</source>
            <translation>метки</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="74" />
            <source>delegations</source>
            <translation>делегации</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="77" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="78" />
            <source>{what} added</source>
            <translation>{what}: добавлено</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="79" />
            <source>{what} edited</source>
            <translation>{what}: изменено</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="80" />
            <source>{what} removed</source>
            <translation>{what}: удалено</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="81" />
            <source>{what}: {before} → {after}</source>
            <translation>{what}: {before} → {after}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="82" />
            <source>red line set</source>
            <translation>отмечена красная линия</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="83" />
            <source>red line removed</source>
            <translation>красная линия снята</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="84" />
            <source>{what} ({language})</source>
            <translation>{what} ({language})</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="85" />
            <source>first save</source>
            <translation>первое сохранение</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="86" />
            <source>saved again, nothing changed</source>
            <translation>сохранено повторно, без изменений</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="87" />
            <source>restored the save of {when}</source>
            <translation>восстановлена версия от {when}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="103" />
            <source>unchanged</source>
            <translation>без изменений</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="104" />
            <source>reworded</source>
            <translation>новая формулировка</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="105" />
            <source>renumbered</source>
            <translation>перенумеровано</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="106" />
            <source>moved</source>
            <translation>перенесено</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="107" />
            <source>renumbered, reworded</source>
            <translation>перенумеровано, новая формулировка</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="108" />
            <source>split</source>
            <translation>разделено</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="109" />
            <source>merged</source>
            <translation>объединено</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="110" />
            <source>new</source>
            <translation>новое</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="111" />
            <source>deleted</source>
            <translation>исключено</translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="125" />
            <source>%n brackets removed</source>
            <translation>
                <numerusform>снята %n скобка</numerusform>
                <numerusform>сняты %n скобки</numerusform>
                <numerusform>снято %n скобок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="127" />
            <source>%n added</source>
            <translation>
                <numerusform>добавлена %n</numerusform>
                <numerusform>добавлены %n</numerusform>
                <numerusform>добавлено %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../negotiator_app/ui/words.py" line="129" />
            <source>%n kept</source>
            <translation>
                <numerusform>сохранена %n</numerusform>
                <numerusform>сохранены %n</numerusform>
                <numerusform>сохранено %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="132" />
            <source>{option} chosen</source>
            <translation>выбран {option}</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="138" />
            <source>text unchanged</source>
            <translation>текст не изменился</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="139" />
            <source>text changed since your position — review</source>
            <translation>текст изменился после определения позиции — пересмотреть</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="140" />
            <source>your proposed wording was taken in</source>
            <translation>ваша формулировка учтена</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="141" />
            <source>provision deleted — your position on the old text is kept</source>
            <translation>положение исключено — позиция по прежнему тексту сохранена</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="142" />
            <source>the new text already has a position here — your position on the old text is kept</source>
            <translation>по новому тексту здесь уже есть позиция — позиция по прежнему тексту сохранена</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="148" />
            <source>Text changed since your position.</source>
            <translation>Текст изменился после определения вашей позиции.</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/words.py" line="149" />
            <source>Your proposed wording was taken in.</source>
            <translation>Ваша формулировка учтена.</translation>
        </message>
    </context>
    <context>
        <name>Workers</name>
        <message>
            <location filename="../../negotiator_app/ui/workers.py" line="155" />
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <location filename="../../negotiator_app/ui/workers.py" line="180" />
            <location filename="../../negotiator_app/ui/workers.py" line="181" />
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
    </context>
</TS>

<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="55" />
        <source>Basket name (type a new name to start another basket)</source>
        <translation>Basket name (type a new name to start another basket)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="68" />
        <source>+ Hit</source>
        <translation>+ Hit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="68" />
        <source>Add the current result</source>
        <translation>Add the current result</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="69" />
        <source>+ All</source>
        <translation>+ All</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="69" />
        <source>Add every listed result</source>
        <translation>Add every listed result</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="70" />
        <source>+ Selection</source>
        <translation>+ Selection</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="70" />
        <source>Add the words selected in the viewer (Ctrl+B)</source>
        <translation>Add the words selected in the viewer (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="71" />
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="71" />
        <source>Edit the note of the selected item</source>
        <translation>Edit the note of the selected item</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="72" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="72" />
        <source>Remove the selected item (Ctrl+Z undoes)</source>
        <translation>Remove the selected item (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="73" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="73" />
        <source>Export the basket as PDF, Word, HTML or Markdown</source>
        <translation>Export the basket as PDF, Word, HTML or Markdown</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/basket.py" line="141" />
        <source>%n passages added to the basket “%1”</source>
        <translation>
            <numerusform>%n passage added to the basket “%1”</numerusform>
            <numerusform>%n passages added to the basket “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="80" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="81" />
        <source>Group the items by partner, unit or document</source>
        <translation>Group the items by partner, unit or document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="84" />
        <source>By partner</source>
        <translation>By partner</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="84" />
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="85" />
        <source>By document</source>
        <translation>By document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="97" />
        <source>Undo removal</source>
        <translation>Undo removal</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="169" />
        <source>Select words on the page first (drag over them)</source>
        <translation>Select words on the page first (drag over them)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="177" />
        <source>The selection covers no stored text</source>
        <translation>The selection covers no stored text</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="195" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="195" />
        <source>Note for this passage:</source>
        <translation>Note for this passage:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="204" />
        <source>Removed from the basket — Ctrl+Z undoes</source>
        <translation>Removed from the basket — Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="221" />
        <source>Export briefing</source>
        <translation>Export briefing</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="236" />
        <source>Exported to </source>
        <translation>Exported to </translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="32" />
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="33" />
        <source>shown again</source>
        <translation>shown again</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="34" />
        <source>merged into</source>
        <translation>merged into</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="35" />
        <source>merge undone</source>
        <translation>merge undone</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="36" />
        <source>renamed to</source>
        <translation>renamed to</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="37" />
        <source>alias added</source>
        <translation>alias added</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="38" />
        <source>alias split off</source>
        <translation>alias split off</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="39" />
        <source>confirmed</source>
        <translation>confirmed</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="40" />
        <source>a candidate again</source>
        <translation>a candidate again</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="48" />
        <source>Corrections</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="53" />
        <source>Show again</source>
        <translation>Show again</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="54" />
        <source>Bring the selected hidden entities back into the lists</source>
        <translation>Bring the selected hidden entities back into the lists</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="56" />
        <source>Undo last correction</source>
        <translation>Undo last correction</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="59" />
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="59" />
        <source>Entity</source>
        <translation>Entity</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="59" />
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="63" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="66" />
        <source>Hidden entities</source>
        <translation>Hidden entities</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="72" />
        <source>Every correction, newest first</source>
        <translation>Every correction, newest first</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="22" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="23" />
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="24" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="25" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="26" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="27" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="32" />
        <source>Readable</source>
        <translation>Readable</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="33" />
        <source>Readable, little text</source>
        <translation>Readable, little text</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="34" />
        <source>Scanned: needs OCR</source>
        <translation>Scanned: needs OCR</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="35" />
        <source>Password-protected</source>
        <translation>Password-protected</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="36" />
        <source>Could not be read</source>
        <translation>Could not be read</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="60" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="70" />
        <source>Open in other pane</source>
        <translation>Open in other pane</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="70" />
        <source>Re-ingest</source>
        <translation>Re-ingest</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="71" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="71" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="113" />
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Zoom out (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="114" />
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Zoom in (Ctrl+wheel)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="115" />
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="115" />
        <source>Show it all</source>
        <translation>Show it all</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="155" />
        <source>Dossier: %1</source>
        <translation>Dossier: %1</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="160" />
        <source>mentions in</source>
        <translation>mentions in</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="160" />
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="175" />
        <source>A dot is a day; a bar a month or a year. Click a mark for its page.</source>
        <translation>A dot is a day; a bar a month or a year. Click a mark for its page.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="197" />
        <source>Minimum passages per edge</source>
        <translation>Minimum passages per edge</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="203" />
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="203" />
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="204" />
        <source>dot size: mentions · line width: passages naming both · click a line for them</source>
        <translation>dot size: mentions · line width: passages naming both · click a line for them</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="210" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="211" />
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="212" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="219" />
        <source>Export timeline…</source>
        <translation>Export timeline…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="220" />
        <source>Export network…</source>
        <translation>Export network…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="221" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="246" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="246" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="246" />
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="246" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="246" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="277" />
        <source>No dated events for this entity</source>
        <translation>No dated events for this entity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/dossier.py" line="373" />
        <source>%n passages name both</source>
        <translation>
            <numerusform>%n passage names both</numerusform>
            <numerusform>%n passages name both</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="399" />
        <source>passages</source>
        <translation>passages</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="445" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>EntityModel</name>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="38" />
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="39" />
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="40" />
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="41" />
        <source>programme</source>
        <translation>programme</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="42" />
        <source>agreement</source>
        <translation>agreement</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="43" />
        <source>person</source>
        <translation>person</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="44" />
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="82" />
        <source>candidate · %1</source>
        <translation>candidate · %1</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="90" />
        <source>found by a rule, not in the gazetteer. Right-click to confirm, merge or hide it.</source>
        <translation>found by a rule, not in the gazetteer. Right-click to confirm, merge or hide it.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/models.py" line="142" />
        <source>%n mentions</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/models.py" line="143" />
        <source>in %n passages</source>
        <translation>
            <numerusform>in %n passage</numerusform>
            <numerusform>in %n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="184" />
        <source>Candidate</source>
        <translation>Candidate</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="185" />
        <source>Click a column to sort by it</source>
        <translation>Click a column to sort by it</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="186" />
        <source>How sure the rule that found it was</source>
        <translation>How sure the rule that found it was</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="187" />
        <source>How many passages name it</source>
        <translation>How many passages name it</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="74" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="871" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="75" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="871" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="76" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="77" />
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="78" />
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="79" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="80" />
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="83" />
        <source>To review</source>
        <translation>To review</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="138" />
        <source>Read-only: another coopviewer is writing to this library</source>
        <translation>Read-only: another coopviewer is writing to this library</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="149" />
        <source>Filter entities…</source>
        <translation>Filter entities…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="155" />
        <source>Which kind of entity to list</source>
        <translation>Which kind of entity to list</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="188" />
        <source>Search, e.g. samenwerking "Lichte Brigade" partner:Duitsland year:2023</source>
        <translation>Search, e.g. samenwerking "Lichte Brigade" partner:Duitsland year:2023</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="193" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="365" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="218" />
        <source>Order of the results</source>
        <translation>Order of the results</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="227" />
        <source>Click a partner or a unit on the left to list every passage that names it, or search above. F3 walks the hits; Ctrl+\ shows a second pane.</source>
        <translation>Click a partner or a unit on the left to list every passage that names it, or search above. F3 walks the hits; Ctrl+\ shows a second pane.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="258" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="460" />
        <source>No document open — click a partner, a unit or a search result</source>
        <translation>No document open — click a partner, a unit or a search result</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="326" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="703" />
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="326" />
        <source>Merge…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="358" />
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="359" />
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="360" />
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="361" />
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="363" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="364" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="366" />
        <source>Next hit</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="367" />
        <source>Previous hit</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="368" />
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="371" />
        <source>Entity list</source>
        <translation>Entity list</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="374" />
        <source>Search and results</source>
        <translation>Search and results</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="377" />
        <source>Scroll panes together</source>
        <translation>Scroll panes together</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="380" />
        <source>Focus left pane</source>
        <translation>Focus left pane</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="381" />
        <source>Focus right pane</source>
        <translation>Focus right pane</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="382" />
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="383" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="384" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="389" />
        <source>&amp;Entities</source>
        <translation>&amp;Entities</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="392" />
        <source>Confirm candidate</source>
        <translation>Confirm candidate</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="406" />
        <source>Review candidates</source>
        <translation>Review candidates</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="408" />
        <source>Undo last correction</source>
        <translation>Undo last correction</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="410" />
        <source>Corrections and hidden entities…</source>
        <translation>Corrections and hidden entities…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="411" />
        <source>&amp;Basket</source>
        <translation>&amp;Basket</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="412" />
        <source>Add current result</source>
        <translation>Add current result</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="413" />
        <source>Add selected words</source>
        <translation>Add selected words</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="414" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="415" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="416" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="1322" />
        <source>About coopviewer</source>
        <translation>About coopviewer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="427" />
        <source>Could not read the library: </source>
        <translation>Could not read the library: </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="455" />
        <source>No documents yet — Add files… (Ctrl+O) or drop PDFs here</source>
        <translation>No documents yet — Add files… (Ctrl+O) or drop PDFs here</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="456" />
        <source>No documents yet — Add files…</source>
        <translation>No documents yet — Add files…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="458" />
        <source>%n documents in the library</source>
        <translation>
            <numerusform>%n document in the library</numerusform>
            <numerusform>%n documents in the library</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="491" />
        <source>Nothing to review: every entity is known to the gazetteer or settled.</source>
        <translation>Nothing to review: every entity is known to the gazetteer or settled.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="523" />
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="523" />
        <source>Documents (*.pdf *.txt);;All files (*)</source>
        <translation>Documents (*.pdf *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="528" />
        <source>Add folder</source>
        <translation>Add folder</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="535" />
        <source>An ingest is already running</source>
        <translation>An ingest is already running</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="539" />
        <source>Reading files…</source>
        <translation>Reading files…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="539" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="540" />
        <source>Adding documents</source>
        <translation>Adding documents</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="557" />
        <source>%1 of %2 files, %3 pages
%4</source>
        <translation>%1 of %2 files, %3 pages
%4</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="566" />
        <source>Adding documents failed</source>
        <translation>Adding documents failed</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="570" />
        <source>%1 added, %2 skipped, %3 failed</source>
        <translation>%1 added, %2 skipped, %3 failed</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="576" />
        <source>Some files could not be added</source>
        <translation>Some files could not be added</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="584" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="584" />
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="663" />
        <source>%n passages mention %1</source>
        <translation>
            <numerusform>%n passage mentions %1</numerusform>
            <numerusform>%n passages mention %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="665" />
        <source>(%n mentions)</source>
        <translation>
            <numerusform>(%n mention)</numerusform>
            <numerusform>(%n mentions)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="687" />
        <source>Opened the cited paper in the other pane</source>
        <translation>Opened the cited paper in the other pane</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="710" />
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="711" />
        <source>Add all passages to the basket</source>
        <translation>Add all passages to the basket</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="714" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="715" />
        <source>Add alias…</source>
        <translation>Add alias…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="762" />
        <source>Merge %1 into:</source>
        <translation>Merge %1 into:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="393" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="707" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="717" />
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="327" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="394" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="708" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="718" />
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="490" />
        <source>Found by a rule, not in the gazetteer: confirm, merge or hide each.</source>
        <translation>Found by a rule, not in the gazetteer: confirm, merge or hide each.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="743" />
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="743" />
        <source>New name for %1:</source>
        <translation>New name for %1:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="747" />
        <source>Renamed %1 to %2</source>
        <translation>Renamed %1 to %2</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="751" />
        <source>Add alias</source>
        <translation>Add alias</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="751" />
        <source>Another name for %1:</source>
        <translation>Another name for %1:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="762" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="766" />
        <source>Merged %1 into %2</source>
        <translation>Merged %1 into %2</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="774" />
        <source>%1 is not a candidate: nothing to confirm</source>
        <translation>%1 is not a candidate: nothing to confirm</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="777" />
        <source>Confirmed %1</source>
        <translation>Confirmed %1</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="784" />
        <source>Hid %1</source>
        <translation>Hid %1</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="791" />
        <source>The correction could not be saved</source>
        <translation>The correction could not be saved</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="795" />
        <source>Entities → Undo last correction (Ctrl+Alt+Z)</source>
        <translation>Entities → Undo last correction (Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="809" />
        <source>The correction could not be undone</source>
        <translation>The correction could not be undone</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="811" />
        <source>Undone: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="863" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="932" />
        <source>Nothing searched</source>
        <translation>Nothing searched</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="866" />
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="871" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="872" />
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="901" />
        <source>Remove this filter</source>
        <translation>Remove this filter</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="932" />
        <source>No passages found</source>
        <translation>No passages found</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="961" />
        <source>Open in other pane</source>
        <translation>Open in other pane</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="962" />
        <source>Add to basket</source>
        <translation>Add to basket</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="964" />
        <source>Copy with citation</source>
        <translation>Copy with citation</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="972" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="973" />
        <source>Add selected words to the basket</source>
        <translation>Add selected words to the basket</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="991" />
        <source>Copied with its citation</source>
        <translation>Copied with its citation</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="1081" />
        <source>No hits to walk — click an entity or search first</source>
        <translation>No hits to walk — click an entity or search first</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="1085" />
        <source>Last hit (%1 of %1) — Shift+F3 goes back</source>
        <translation>Last hit (%1 of %1) — Shift+F3 goes back</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="1088" />
        <source>First hit — F3 goes on</source>
        <translation>First hit — F3 goes on</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="1139" />
        <source>Entity list folded away for two pages — Ctrl+Shift+E brings it back</source>
        <translation>Entity list folded away for two pages — Ctrl+Shift+E brings it back</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="1254" />
        <source>The language changes at the next start</source>
        <translation>The language changes at the next start</translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <location filename="../../coopviewer/gui/viewer/pages.py" line="24" />
        <source>Pages; ● marks a page with highlights</source>
        <translation>Pages; ● marks a page with highlights</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../coopviewer/gui/viewer/view.py" line="355" />
        <source>Page %1 cannot be shown:
%2</source>
        <translation>Page %1 cannot be shown:
%2</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="266" />
        <source>Relevance</source>
        <translation>Relevance</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="267" />
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="268" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>ViewerToolbar</name>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="77" />
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="89" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="89" />
        <source>Show the page list</source>
        <translation>Show the page list</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="102" />
        <source>Previous hit (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="103" />
        <source>Next hit (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="108" />
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="109" />
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="110" />
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="110" />
        <source>Fit width (Ctrl+0)</source>
        <translation>Fit width (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="111" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="111" />
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="118" />
        <source>%n in both</source>
        <translation>
            <numerusform>%n in both</numerusform>
            <numerusform>%n in both</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="119" />
        <source>Named in both documents (tinted on the pages; click to show or hide): %1</source>
        <translation>Named in both documents (tinted on the pages; click to show or hide): %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../coopviewer/cli.py" line="37" />
        <source>Search and read Dutch defence-cooperation documents offline. With no command, opens the desktop window.</source>
        <translation>Search and read Dutch defence-cooperation documents offline. With no command, opens the desktop window.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="40" />
        <source>library folder (default: per-user data dir, or $COOPVIEWER_LIBRARY)</source>
        <translation>library folder (default: per-user data dir, or $COOPVIEWER_LIBRARY)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="42" />
        <source>language of the app and its messages (default: the system locale, or $COOPVIEWER_LANG)</source>
        <translation>language of the app and its messages (default: the system locale, or $COOPVIEWER_LANG)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="45" />
        <source>open the library read-only as a shared library; your baskets and corrections go to your own data dir</source>
        <translation>open the library read-only as a shared library; your baskets and corrections go to your own data dir</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="53" />
        <source>open the desktop window (the default)</source>
        <translation>open the desktop window (the default)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="54" />
        <source>files to open or add</source>
        <translation>files to open or add</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="56" />
        <source>add PDF or text files and folders (recursively) to the library</source>
        <translation>add PDF or text files and folders (recursively) to the library</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="58" />
        <source>password for protected PDFs (used once, never stored)</source>
        <translation>password for protected PDFs (used once, never stored)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="59" />
        <source>print the result as JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="61" />
        <source>search engine of a new library (default tantivy)</source>
        <translation>search engine of a new library (default tantivy)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="63" />
        <source>list the documents in the library</source>
        <translation>list the documents in the library</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="68" />
        <source>at most N results (default 20)</source>
        <translation>at most N results (default 20)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="69" />
        <source>only passages that mention this entity</source>
        <translation>only passages that mention this entity</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="72" />
        <source>list partners, units, organisations … with their mention counts</source>
        <translation>list partners, units, organisations … with their mention counts</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="74" />
        <source>only this document's entities</source>
        <translation>only this document's entities</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="77" />
        <source>where an entity is mentioned, with rectangles on the page</source>
        <translation>where an entity is mentioned, with rectangles on the page</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="82" />
        <source>parliamentary papers cited, where, and whether the library holds them</source>
        <translation>parliamentary papers cited, where, and whether the library holds them</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="85" />
        <source>the analyst's entity corrections (kept apart from the gazetteer)</source>
        <translation>the analyst's entity corrections (kept apart from the gazetteer)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="88" />
        <source>list shows each correction's number; undo removes the newest, delete NUMBER any one</source>
        <translation>list shows each correction's number; undo removes the newest, delete NUMBER any one</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="89" />
        <source>the entity (for delete: the correction's number)</source>
        <translation>the entity (for delete: the correction's number)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="90" />
        <source>the alias, new name, or entity to merge into</source>
        <translation>the alias, new name, or entity to merge into</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="93" />
        <source>precision and recall of entity extraction against a gold file</source>
        <translation>precision and recall of entity extraction against a gold file</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="97" />
        <source>export a briefing (PDF, HTML or Markdown) with a page citation for every passage</source>
        <translation>export a briefing (PDF, HTML or Markdown) with a page citation for every passage</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="99" />
        <source>every passage that mentions this entity</source>
        <translation>every passage that mentions this entity</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="100" />
        <source>every passage that matches this search</source>
        <translation>every passage that matches this search</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="101" />
        <source>the passages collected in this basket</source>
        <translation>the passages collected in this basket</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="102" />
        <source>briefing title (default: the entity, query or basket name)</source>
        <translation>briefing title (default: the entity, query or basket name)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="103" />
        <source>author shown on the title page</source>
        <translation>author shown on the title page</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="105" />
        <source>language of the fixed text (default: the app's language)</source>
        <translation>language of the fixed text (default: the app's language)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="106" />
        <source>add a cropped image of each highlighted region</source>
        <translation>add a cropped image of each highlighted region</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="107" />
        <source>output file: .pdf, .html, .md or .docx</source>
        <translation>output file: .pdf, .html, .md or .docx</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="109" />
        <source>export or import the analyst's own work (corrections, baskets) as one file</source>
        <translation>export or import the analyst's own work (corrections, baskets) as one file</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="113" />
        <source>an entity at a glance: dated events, documents, related entities</source>
        <translation>an entity at a glance: dated events, documents, related entities</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="115" />
        <source>write the timeline as SVG</source>
        <translation>write the timeline as SVG</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="118" />
        <source>co-mention network of partners and units (edges: passages naming both)</source>
        <translation>co-mention network of partners and units (edges: passages naming both)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="119" />
        <source>entity types, comma-separated (default country,unit)</source>
        <translation>entity types, comma-separated (default country,unit)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="120" />
        <source>leave out edges of fewer than N passages</source>
        <translation>leave out edges of fewer than N passages</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="121" />
        <source>write the picture as SVG</source>
        <translation>write the picture as SVG</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="124" />
        <source>check this install: ingest the bundled sample into a throwaway library, search, render</source>
        <translation>check this install: ingest the bundled sample into a throwaway library, search, render</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="125" />
        <source>keep the throwaway library and print its path</source>
        <translation>keep the throwaway library and print its path</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="127" />
        <source>salvage a damaged library into a new one (documents, baskets, corrections)</source>
        <translation>salvage a damaged library into a new one (documents, baskets, corrections)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="128" />
        <source>the new library's folder (default: LIBRARY-repaired)</source>
        <translation>the new library's folder (default: LIBRARY-repaired)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="131" />
        <source>set up a team library on a PostgreSQL server (docs/TEAM.md)</source>
        <translation>set up a team library on a PostgreSQL server (docs/TEAM.md)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="134" />
        <source>postgresql://host/db or service=NAME; the password comes from ~/.pgpass or the service file</source>
        <translation>postgresql://host/db or service=NAME; the password comes from ~/.pgpass or the service file</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="136" />
        <source>copy a library between this computer and a team server</source>
        <translation>copy a library between this computer and a team server</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="138" />
        <source>push: a library folder; pull: postgresql://… or service=…</source>
        <translation>push: a library folder; pull: postgresql://… or service=…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="139" />
        <source>push: postgresql://… or service=…; pull: a new folder</source>
        <translation>push: postgresql://… or service=…; pull: a new folder</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="142" />
        <source>rebuild the search index from the library database</source>
        <translation>rebuild the search index from the library database</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="144" />
        <source>switch the library to this search engine (default: keep its own)</source>
        <translation>switch the library to this search engine (default: keep its own)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="174" />
        <source>coopviewer: interrupted</source>
        <translation>coopviewer: interrupted</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="320" />
        <source>%1 added, %2 skipped, %3 failed, %4 pages in %5 s</source>
        <translation>%1 added, %2 skipped, %3 failed, %4 pages in %5 s</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="335" />
        <source>No documents yet — add some with: coopviewer ingest PATH</source>
        <translation>No documents yet — add some with: coopviewer ingest PATH</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="361" />
        <source>No passages match %1.</source>
        <translation>No passages match %1.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="366" />
        <source>… %1 more (use --limit)</source>
        <translation>… %1 more (use --limit)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="525" />
        <source>nothing to export: no passages found</source>
        <translation>nothing to export: no passages found</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="621" />
        <source>reindexed %1 passages</source>
        <translation>reindexed %1 passages</translation>
    </message>
</context>
</TS>
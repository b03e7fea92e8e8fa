<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="44" />
        <source>Basket name (type a new name to start another basket)</source>
        <translation>Basket name (type a new name to start another basket)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="56" />
        <source>+ Hit</source>
        <translation>+ Hit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="56" />
        <source>Add the current result</source>
        <translation>Add the current result</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="57" />
        <source>+ All</source>
        <translation>+ All</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="57" />
        <source>Add every listed result</source>
        <translation>Add every listed result</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="58" />
        <source>+ Selection</source>
        <translation>+ Selection</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="58" />
        <source>Add the words selected in the viewer (Ctrl+B)</source>
        <translation>Add the words selected in the viewer (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="59" />
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="59" />
        <source>Edit the note of the selected item</source>
        <translation>Edit the note of the selected item</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="60" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="60" />
        <source>Remove the selected item (Ctrl+Z undoes)</source>
        <translation>Remove the selected item (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="61" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="61" />
        <source>Export the basket as PDF, Word, HTML or Markdown</source>
        <translation>Export the basket as PDF, Word, HTML or Markdown</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="68" />
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="69" />
        <source>Group the items by partner, unit or document</source>
        <translation>Group the items by partner, unit or document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="72" />
        <source>By partner</source>
        <translation>By partner</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="72" />
        <source>By unit</source>
        <translation>By unit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="73" />
        <source>By document</source>
        <translation>By document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="84" />
        <source>Undo removal</source>
        <translation>Undo removal</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="154" />
        <source>Select words on the page first (drag over them)</source>
        <translation>Select words on the page first (drag over them)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="162" />
        <source>The selection covers no stored text</source>
        <translation>The selection covers no stored text</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="180" />
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="180" />
        <source>Note for this passage:</source>
        <translation>Note for this passage:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="189" />
        <source>Removed from the basket — Ctrl+Z undoes</source>
        <translation>Removed from the basket — Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="205" />
        <source>Export briefing</source>
        <translation>Export briefing</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="220" />
        <source>Exported to </source>
        <translation>Exported to </translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="21" />
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="22" />
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="23" />
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="24" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="25" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="33" />
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="41" />
        <source>Open in other pane</source>
        <translation>Open in other pane</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="41" />
        <source>Re-ingest</source>
        <translation>Re-ingest</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="42" />
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="42" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="75" />
        <source>Dossier: %1</source>
        <translation>Dossier: %1</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="80" />
        <source>mentions in</source>
        <translation>mentions in</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="80" />
        <source>documents</source>
        <translation>documents</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="105" />
        <source>Minimum passages per edge</source>
        <translation>Minimum passages per edge</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="111" />
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="112" />
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="118" />
        <source>Export timeline…</source>
        <translation>Export timeline…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="119" />
        <source>Export network…</source>
        <translation>Export network…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="120" />
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="134" />
        <source>No dated events for this entity</source>
        <translation>No dated events for this entity</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/dossier.py" line="194" />
        <source>%n passages name both</source>
        <translation>
            <numerusform>%n passage names both</numerusform>
            <numerusform>%n passages name both</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="213" />
        <source>passages</source>
        <translation>passages</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="242" />
        <source>Export</source>
        <translation>Export</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="51" />
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="52" />
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="53" />
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="54" />
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="55" />
        <source>Agreements</source>
        <translation>Agreements</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="56" />
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="57" />
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="112" />
        <source>Read-only: another coopviewer is writing to this library</source>
        <translation>Read-only: another coopviewer is writing to this library</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="123" />
        <source>Filter entities…</source>
        <translation>Filter entities…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="150" />
        <source>Search, e.g. samenwerking "Lichte Brigade" partner:Duitsland year:2023</source>
        <translation>Search, e.g. samenwerking "Lichte Brigade" partner:Duitsland year:2023</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="155" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="234" />
        <source>Search</source>
        <translation>Search</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="195" />
        <source>No document open — click a partner, a unit or a search result</source>
        <translation>No document open — click a partner, a unit or a search result</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="227" />
        <source>&amp;Library</source>
        <translation>&amp;Library</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="228" />
        <source>Add files…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="229" />
        <source>Add folder…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="230" />
        <source>Documents…</source>
        <translation>Documents…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="232" />
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="233" />
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="235" />
        <source>Next hit</source>
        <translation>Next hit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="236" />
        <source>Previous hit</source>
        <translation>Previous hit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="237" />
        <source>Side by side</source>
        <translation>Side by side</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="239" />
        <source>Focus left pane</source>
        <translation>Focus left pane</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="240" />
        <source>Focus right pane</source>
        <translation>Focus right pane</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="241" />
        <source>Clear search</source>
        <translation>Clear search</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="242" />
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="243" />
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="248" />
        <source>&amp;Basket</source>
        <translation>&amp;Basket</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="249" />
        <source>Add current result</source>
        <translation>Add current result</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="250" />
        <source>Add selected words</source>
        <translation>Add selected words</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="251" />
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="252" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="253" />
        <location filename="../../coopviewer/gui/mainwindow.py" line="755" />
        <source>About coopviewer</source>
        <translation>About coopviewer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="264" />
        <source>Could not read the library: </source>
        <translation>Could not read the library: </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="272" />
        <source>No documents yet — Add files… (Ctrl+O) or drop PDFs here</source>
        <translation>No documents yet — Add files… (Ctrl+O) or drop PDFs here</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="273" />
        <source>No documents yet — Add files…</source>
        <translation>No documents yet — Add files…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="275" />
        <source>%n documents in the library</source>
        <translation>
            <numerusform>%n document in the library</numerusform>
            <numerusform>%n documents in the library</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="280" />
        <source>Add files</source>
        <translation>Add files</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="280" />
        <source>Documents (*.pdf *.txt);;All files (*)</source>
        <translation>Documents (*.pdf *.txt);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="285" />
        <source>Add folder</source>
        <translation>Add folder</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="292" />
        <source>An ingest is already running</source>
        <translation>An ingest is already running</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="296" />
        <source>Reading files…</source>
        <translation>Reading files…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="296" />
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="297" />
        <source>Adding documents</source>
        <translation>Adding documents</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="314" />
        <source>%1 of %2 files, %3 pages
%4</source>
        <translation>%1 of %2 files, %3 pages
%4</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="323" />
        <source>Adding documents failed</source>
        <translation>Adding documents failed</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="327" />
        <source>%1 added, %2 skipped, %3 failed</source>
        <translation>%1 added, %2 skipped, %3 failed</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="333" />
        <source>Some files could not be added</source>
        <translation>Some files could not be added</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="341" />
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="341" />
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="402" />
        <source>%n passages mention %1</source>
        <translation>
            <numerusform>%n passage mentions %1</numerusform>
            <numerusform>%n passages mention %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="423" />
        <source>Opened the cited paper in the other pane</source>
        <translation>Opened the cited paper in the other pane</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="433" />
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="434" />
        <source>Add all passages to the basket</source>
        <translation>Add all passages to the basket</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="437" />
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="438" />
        <source>Add alias…</source>
        <translation>Add alias…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="439" />
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="440" />
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="463" />
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="463" />
        <source>New name for %1:</source>
        <translation>New name for %1:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="468" />
        <source>Add alias</source>
        <translation>Add alias</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="468" />
        <source>Another name for %1:</source>
        <translation>Another name for %1:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="473" />
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="473" />
        <source>Merge %1 into (name):</source>
        <translation>Merge %1 into (name):</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="480" />
        <source>The correction could not be saved</source>
        <translation>The correction could not be saved</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="531" />
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="531" />
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="531" />
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="531" />
        <source>year</source>
        <translation>year</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="527" />
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="548" />
        <source>No passages found</source>
        <translation>No passages found</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="563" />
        <source>Open in other pane</source>
        <translation>Open in other pane</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="564" />
        <source>Add to basket</source>
        <translation>Add to basket</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="566" />
        <source>Copy with citation</source>
        <translation>Copy with citation</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="574" />
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="575" />
        <source>Add selected words to the basket</source>
        <translation>Add selected words to the basket</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="593" />
        <source>Copied with its citation</source>
        <translation>Copied with its citation</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="737" />
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
        <location filename="../../coopviewer/gui/viewer/view.py" line="340" />
        <source>Page %1 cannot be shown:
%2</source>
        <translation>Page %1 cannot be shown:
%2</translation>
    </message>
</context>
<context>
    <name>ViewerToolbar</name>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="26" />
        <source>Go to page</source>
        <translation>Go to page</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="37" />
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="37" />
        <source>Show the page list</source>
        <translation>Show the page list</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="40" />
        <source>Previous hit (Shift+F3)</source>
        <translation>Previous hit (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="41" />
        <source>Next hit (F3)</source>
        <translation>Next hit (F3)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="46" />
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom out (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="47" />
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom in (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="48" />
        <source>Width</source>
        <translation>Width</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="48" />
        <source>Fit width (Ctrl+0)</source>
        <translation>Fit width (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="49" />
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="49" />
        <source>Fit page</source>
        <translation>Fit page</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../coopviewer/cli.py" line="35" />
        <source>Search and read Dutch defence-cooperation documents offline. With no command, opens the desktop window.</source>
        <translation>Search and read Dutch defence-cooperation documents offline. With no command, opens the desktop window.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="38" />
        <source>library folder (default: per-user data dir, or $COOPVIEWER_LIBRARY)</source>
        <translation>library folder (default: per-user data dir, or $COOPVIEWER_LIBRARY)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="39" />
        <source>language of the app and its messages (default: the system locale, or $COOPVIEWER_LANG)</source>
        <translation>language of the app and its messages (default: the system locale, or $COOPVIEWER_LANG)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="42" />
        <source>open the library read-only as a shared library; your baskets and corrections go to your own data dir</source>
        <translation>open the library read-only as a shared library; your baskets and corrections go to your own data dir</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="50" />
        <source>open the desktop window (the default)</source>
        <translation>open the desktop window (the default)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="51" />
        <source>files to open or add</source>
        <translation>files to open or add</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="53" />
        <source>add PDF or text files and folders (recursively) to the library</source>
        <translation>add PDF or text files and folders (recursively) to the library</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="55" />
        <source>password for protected PDFs (used once, never stored)</source>
        <translation>password for protected PDFs (used once, never stored)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="56" />
        <source>print the result as JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="58" />
        <source>search engine of a new library (default tantivy)</source>
        <translation>search engine of a new library (default tantivy)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="60" />
        <source>list the documents in the library</source>
        <translation>list the documents in the library</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="65" />
        <source>at most N results (default 20)</source>
        <translation>at most N results (default 20)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="66" />
        <source>only passages that mention this entity</source>
        <translation>only passages that mention this entity</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="69" />
        <source>list partners, units, organisations … with their mention counts</source>
        <translation>list partners, units, organisations … with their mention counts</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="71" />
        <source>only this document's entities</source>
        <translation>only this document's entities</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="74" />
        <source>where an entity is mentioned, with rectangles on the page</source>
        <translation>where an entity is mentioned, with rectangles on the page</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="79" />
        <source>parliamentary papers cited, where, and whether the library holds them</source>
        <translation>parliamentary papers cited, where, and whether the library holds them</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="82" />
        <source>the analyst's entity corrections (kept apart from the gazetteer)</source>
        <translation>the analyst's entity corrections (kept apart from the gazetteer)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="85" />
        <source>the alias, new name, or entity to merge into</source>
        <translation>the alias, new name, or entity to merge into</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="88" />
        <source>precision and recall of entity extraction against a gold file</source>
        <translation>precision and recall of entity extraction against a gold file</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="92" />
        <source>export a briefing (PDF, HTML or Markdown) with a page citation for every passage</source>
        <translation>export a briefing (PDF, HTML or Markdown) with a page citation for every passage</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="94" />
        <source>every passage that mentions this entity</source>
        <translation>every passage that mentions this entity</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="95" />
        <source>every passage that matches this search</source>
        <translation>every passage that matches this search</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="96" />
        <source>the passages collected in this basket</source>
        <translation>the passages collected in this basket</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="97" />
        <source>briefing title (default: the entity, query or basket name)</source>
        <translation>briefing title (default: the entity, query or basket name)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="98" />
        <source>author shown on the title page</source>
        <translation>author shown on the title page</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="100" />
        <source>language of the fixed text (default: the app's language)</source>
        <translation>language of the fixed text (default: the app's language)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="101" />
        <source>add a cropped image of each highlighted region</source>
        <translation>add a cropped image of each highlighted region</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="102" />
        <source>output file: .pdf, .html, .md or .docx</source>
        <translation>output file: .pdf, .html, .md or .docx</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="104" />
        <source>export or import the analyst's own work (corrections, baskets) as one file</source>
        <translation>export or import the analyst's own work (corrections, baskets) as one file</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="108" />
        <source>an entity at a glance: dated events, documents, related entities</source>
        <translation>an entity at a glance: dated events, documents, related entities</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="110" />
        <source>write the timeline as SVG</source>
        <translation>write the timeline as SVG</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="113" />
        <source>co-mention network of partners and units (edges: passages naming both)</source>
        <translation>co-mention network of partners and units (edges: passages naming both)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="114" />
        <source>entity types, comma-separated (default country,unit)</source>
        <translation>entity types, comma-separated (default country,unit)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="115" />
        <source>leave out edges of fewer than N passages</source>
        <translation>leave out edges of fewer than N passages</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="116" />
        <source>write the picture as SVG</source>
        <translation>write the picture as SVG</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="119" />
        <source>check this install: ingest the bundled sample into a throwaway library, search, render</source>
        <translation>check this install: ingest the bundled sample into a throwaway library, search, render</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="120" />
        <source>keep the throwaway library and print its path</source>
        <translation>keep the throwaway library and print its path</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="122" />
        <source>rebuild the search index from the library database</source>
        <translation>rebuild the search index from the library database</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="124" />
        <source>switch the library to this search engine (default: keep its own)</source>
        <translation>switch the library to this search engine (default: keep its own)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="145" />
        <source>coopviewer: interrupted</source>
        <translation>coopviewer: interrupted</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="241" />
        <source>%1 added, %2 skipped, %3 failed, %4 pages in %5 s</source>
        <translation>%1 added, %2 skipped, %3 failed, %4 pages in %5 s</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="256" />
        <source>No documents yet — add some with: coopviewer ingest PATH</source>
        <translation>No documents yet — add some with: coopviewer ingest PATH</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="286" />
        <source>No passages match %1.</source>
        <translation>No passages match %1.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="291" />
        <source>… %1 more (use --limit)</source>
        <translation>… %1 more (use --limit)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="417" />
        <source>nothing to export: no passages found</source>
        <translation>nothing to export: no passages found</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="514" />
        <source>reindexed %1 passages</source>
        <translation>reindexed %1 passages</translation>
    </message>
</context>
</TS>
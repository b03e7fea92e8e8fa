<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="55"/>
        <source>Basket name (type a new name to start another basket)</source>
        <translation>Naam van de mand (typ een nieuwe naam voor een nieuwe mand)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="68"/>
        <source>+ Hit</source>
        <translation>+ Treffer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="68"/>
        <source>Add the current result</source>
        <translation>Voeg het huidige resultaat toe</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="69"/>
        <source>+ All</source>
        <translation>+ Alle</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="69"/>
        <source>Add every listed result</source>
        <translation>Voeg alle getoonde resultaten toe</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="70"/>
        <source>+ Selection</source>
        <translation>+ Selectie</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="70"/>
        <source>Add the words selected in the viewer (Ctrl+B)</source>
        <translation>Voeg de in de viewer geselecteerde woorden toe (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="71"/>
        <source>Note…</source>
        <translation>Notitie…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="71"/>
        <source>Edit the note of the selected item</source>
        <translation>Bewerk de notitie bij het gekozen item</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="72"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="72"/>
        <source>Remove the selected item (Ctrl+Z undoes)</source>
        <translation>Verwijder het gekozen item (Ctrl+Z maakt ongedaan)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="73"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="73"/>
        <source>Export the basket as PDF, Word, HTML or Markdown</source>
        <translation>Exporteer de mand als PDF, Word, HTML of Markdown</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/basket.py" line="141"/>
        <source>%n passages added to the basket “%1”</source>
        <translation>
            <numerusform>%n passage toegevoegd aan de mand “%1”</numerusform>
            <numerusform>%n passages toegevoegd aan de mand “%1”</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="80"/>
        <source>Group</source>
        <translation>Groeperen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="81"/>
        <source>Group the items by partner, unit or document</source>
        <translation>Groepeer de items per partner, eenheid of document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="84"/>
        <source>By partner</source>
        <translation>Per partner</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="84"/>
        <source>By unit</source>
        <translation>Per eenheid</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="85"/>
        <source>By document</source>
        <translation>Per document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="97"/>
        <source>Undo removal</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="169"/>
        <source>Select words on the page first (drag over them)</source>
        <translation>Selecteer eerst woorden op de pagina (sleep eroverheen)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="177"/>
        <source>The selection covers no stored text</source>
        <translation>De selectie bevat geen opgeslagen tekst</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="195"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="195"/>
        <source>Note for this passage:</source>
        <translation>Notitie bij deze passage:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="204"/>
        <source>Removed from the basket — Ctrl+Z undoes</source>
        <translation>Uit de mand verwijderd — Ctrl+Z maakt ongedaan</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="221"/>
        <source>Export briefing</source>
        <translation>Briefing exporteren</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="236"/>
        <source>Exported to </source>
        <translation>Geëxporteerd naar </translation>
    </message>
</context>
<context>
    <name>CorrectionsDialog</name>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="32"/>
        <source>hidden</source>
        <translation>verborgen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="33"/>
        <source>shown again</source>
        <translation>weer getoond</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="34"/>
        <source>merged into</source>
        <translation>samengevoegd met</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="35"/>
        <source>merge undone</source>
        <translation>samenvoegen ongedaan</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="36"/>
        <source>renamed to</source>
        <translation>hernoemd tot</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="37"/>
        <source>alias added</source>
        <translation>alias toegevoegd</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="38"/>
        <source>alias split off</source>
        <translation>alias afgesplitst</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="39"/>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="40"/>
        <source>a candidate again</source>
        <translation>weer een kandidaat</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="48"/>
        <source>Corrections</source>
        <translation>Correcties</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="53"/>
        <source>Show again</source>
        <translation>Weer tonen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="54"/>
        <source>Bring the selected hidden entities back into the lists</source>
        <translation>Zet de gekozen verborgen entiteiten terug in de lijsten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="56"/>
        <source>Undo last correction</source>
        <translation>Laatste correctie ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="59"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="59"/>
        <source>Entity</source>
        <translation>Entiteit</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="59"/>
        <source>Correction</source>
        <translation>Correctie</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="63"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="66"/>
        <source>Hidden entities</source>
        <translation>Verborgen entiteiten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/corrections.py" line="72"/>
        <source>Every correction, newest first</source>
        <translation>Alle correcties, nieuwste eerst</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="22"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="23"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="24"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="25"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="26"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="27"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="32"/>
        <source>Readable</source>
        <translation>Leesbaar</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="33"/>
        <source>Readable, little text</source>
        <translation>Leesbaar, weinig tekst</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="34"/>
        <source>Scanned: needs OCR</source>
        <translation>Gescand: OCR nodig</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="35"/>
        <source>Password-protected</source>
        <translation>Met wachtwoord beveiligd</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="36"/>
        <source>Could not be read</source>
        <translation>Niet te lezen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="60"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="70"/>
        <source>Open in other pane</source>
        <translation>Openen in het andere paneel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="70"/>
        <source>Re-ingest</source>
        <translation>Opnieuw inlezen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="71"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="71"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="113"/>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>Uitzoomen (Ctrl+wiel)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="114"/>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>Inzoomen (Ctrl+wiel)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="115"/>
        <source>Fit</source>
        <translation>Passend</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="115"/>
        <source>Show it all</source>
        <translation>Alles tonen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="155"/>
        <source>Dossier: %1</source>
        <translation>Dossier: %1</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="160"/>
        <source>mentions in</source>
        <translation>vermeldingen in</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="160"/>
        <source>documents</source>
        <translation>documenten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="175"/>
        <source>A dot is a day; a bar a month or a year. Click a mark for its page.</source>
        <translation>Een punt is een dag; een balk een maand of een jaar. Klik op een markering voor de pagina.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="197"/>
        <source>Minimum passages per edge</source>
        <translation>Minimum aantal passages per verbinding</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="203"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="203"/>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="204"/>
        <source>dot size: mentions · line width: passages naming both · click a line for them</source>
        <translation>puntgrootte: vermeldingen · lijndikte: passages die beide noemen · klik op een lijn voor die passages</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="210"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="211"/>
        <source>Events</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="212"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="219"/>
        <source>Export timeline…</source>
        <translation>Tijdlijn exporteren…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="220"/>
        <source>Export network…</source>
        <translation>Netwerk exporteren…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="221"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="246"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="246"/>
        <source>Type</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="246"/>
        <source>Sentence</source>
        <translation>Zin</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="246"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="246"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="277"/>
        <source>No dated events for this entity</source>
        <translation>Geen gedateerde gebeurtenissen voor deze entiteit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/dossier.py" line="373"/>
        <source>%n passages name both</source>
        <translation>
            <numerusform>%n passage noemt beide</numerusform>
            <numerusform>%n passages noemen beide</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="399"/>
        <source>passages</source>
        <translation>passages</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="445"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>EntityModel</name>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="38"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="39"/>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="40"/>
        <source>organisation</source>
        <translation>organisatie</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="41"/>
        <source>programme</source>
        <translation>programma</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="42"/>
        <source>agreement</source>
        <translation>overeenkomst</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="43"/>
        <source>person</source>
        <translation>persoon</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="44"/>
        <source>reference</source>
        <translation>verwijzing</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="82"/>
        <source>candidate · %1</source>
        <translation>kandidaat · %1</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="90"/>
        <source>found by a rule, not in the gazetteer. Right-click to confirm, merge or hide it.</source>
        <translation>gevonden door een regel, niet in de gazetteer. Klik met rechts om te bevestigen, samen te voegen of te verbergen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/models.py" line="142"/>
        <source>%n mentions</source>
        <translation>
            <numerusform>%n vermelding</numerusform>
            <numerusform>%n vermeldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/models.py" line="143"/>
        <source>in %n passages</source>
        <translation>
            <numerusform>in %n passage</numerusform>
            <numerusform>in %n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="184"/>
        <source>Candidate</source>
        <translation>Kandidaat</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="185"/>
        <source>Click a column to sort by it</source>
        <translation>Klik op een kolom om erop te sorteren</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="186"/>
        <source>How sure the rule that found it was</source>
        <translation>Hoe zeker de regel was die hem vond</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="187"/>
        <source>How many passages name it</source>
        <translation>In hoeveel passages hij genoemd wordt</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="74"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="871"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="75"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="871"/>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="76"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="77"/>
        <source>Programmes</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="78"/>
        <source>Agreements</source>
        <translation>Akkoorden</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="79"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="80"/>
        <source>References</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="83"/>
        <source>To review</source>
        <translation>Te beoordelen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="138"/>
        <source>Read-only: another coopviewer is writing to this library</source>
        <translation>Alleen-lezen: een andere coopviewer schrijft in deze bibliotheek</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="149"/>
        <source>Filter entities…</source>
        <translation>Entiteiten filteren…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="155"/>
        <source>Which kind of entity to list</source>
        <translation>Welke soort entiteiten de lijst toont</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="188"/>
        <source>Search, e.g. samenwerking &quot;Lichte Brigade&quot; partner:Duitsland year:2023</source>
        <translation>Zoeken, bijv. samenwerking &quot;Lichte Brigade&quot; partner:Duitsland jaar:2023</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="193"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="365"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="218"/>
        <source>Order of the results</source>
        <translation>Volgorde van de resultaten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="227"/>
        <source>Click a partner or a unit on the left to list every passage that names it, or search above. F3 walks the hits; Ctrl+\ shows a second pane.</source>
        <translation>Klik links op een partner of eenheid voor elke passage die haar noemt, of zoek hierboven. F3 loopt langs de treffers; Ctrl+\ toont een tweede paneel.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="258"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="460"/>
        <source>No document open — click a partner, a unit or a search result</source>
        <translation>Geen document geopend — klik op een partner, een eenheid of een zoekresultaat</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="326"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="703"/>
        <source>Confirm</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="326"/>
        <source>Merge…</source>
        <translation>Samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="358"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="359"/>
        <source>Add files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="360"/>
        <source>Add folder…</source>
        <translation>Map toevoegen…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="361"/>
        <source>Documents…</source>
        <translation>Documenten…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="363"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="364"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="366"/>
        <source>Next hit</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="367"/>
        <source>Previous hit</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="368"/>
        <source>Side by side</source>
        <translation>Naast elkaar</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="371"/>
        <source>Entity list</source>
        <translation>Entiteitenlijst</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="374"/>
        <source>Search and results</source>
        <translation>Zoeken en resultaten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="377"/>
        <source>Scroll panes together</source>
        <translation>Panelen samen scrollen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="380"/>
        <source>Focus left pane</source>
        <translation>Naar het linkerpaneel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="381"/>
        <source>Focus right pane</source>
        <translation>Naar het rechterpaneel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="382"/>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="383"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="384"/>
        <source>Follow the system</source>
        <translation>Volg het systeem</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="389"/>
        <source>&amp;Entities</source>
        <translation>&amp;Entiteiten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="392"/>
        <source>Confirm candidate</source>
        <translation>Kandidaat bevestigen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="406"/>
        <source>Review candidates</source>
        <translation>Kandidaten beoordelen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="408"/>
        <source>Undo last correction</source>
        <translation>Laatste correctie ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="410"/>
        <source>Corrections and hidden entities…</source>
        <translation>Correcties en verborgen entiteiten…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="411"/>
        <source>&amp;Basket</source>
        <translation>&amp;Mand</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="412"/>
        <source>Add current result</source>
        <translation>Huidig resultaat toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="413"/>
        <source>Add selected words</source>
        <translation>Geselecteerde woorden toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="414"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="415"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="416"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="1322"/>
        <source>About coopviewer</source>
        <translation>Over coopviewer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="427"/>
        <source>Could not read the library: </source>
        <translation>De bibliotheek kon niet worden gelezen: </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="455"/>
        <source>No documents yet — Add files… (Ctrl+O) or drop PDFs here</source>
        <translation>Nog geen documenten — Bestanden toevoegen… (Ctrl+O) of sleep PDF&apos;s hierheen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="456"/>
        <source>No documents yet — Add files…</source>
        <translation>Nog geen documenten — Bestanden toevoegen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="458"/>
        <source>%n documents in the library</source>
        <translation>
            <numerusform>%n document in de bibliotheek</numerusform>
            <numerusform>%n documenten in de bibliotheek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="491"/>
        <source>Nothing to review: every entity is known to the gazetteer or settled.</source>
        <translation>Niets te beoordelen: elke entiteit staat in de gazetteer of is al beoordeeld.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="523"/>
        <source>Add files</source>
        <translation>Bestanden toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="523"/>
        <source>Documents (*.pdf *.txt);;All files (*)</source>
        <translation>Documenten (*.pdf *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="528"/>
        <source>Add folder</source>
        <translation>Map toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="535"/>
        <source>An ingest is already running</source>
        <translation>Er worden al documenten ingelezen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="539"/>
        <source>Reading files…</source>
        <translation>Bestanden lezen…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="539"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="540"/>
        <source>Adding documents</source>
        <translation>Documenten toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="557"/>
        <source>%1 of %2 files, %3 pages
%4</source>
        <translation>%1 van %2 bestanden, %3 pagina&apos;s
%4</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="566"/>
        <source>Adding documents failed</source>
        <translation>Documenten toevoegen is mislukt</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="570"/>
        <source>%1 added, %2 skipped, %3 failed</source>
        <translation>%1 toegevoegd, %2 overgeslagen, %3 mislukt</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="576"/>
        <source>Some files could not be added</source>
        <translation>Sommige bestanden konden niet worden toegevoegd</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="584"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="584"/>
        <source>Password for %1:</source>
        <translation>Wachtwoord voor %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="663"/>
        <source>%n passages mention %1</source>
        <translation>
            <numerusform>%n passage noemt %1</numerusform>
            <numerusform>%n passages noemen %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="665"/>
        <source>(%n mentions)</source>
        <translation>
            <numerusform>(%n vermelding)</numerusform>
            <numerusform>(%n vermeldingen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="687"/>
        <source>Opened the cited paper in the other pane</source>
        <translation>Het geciteerde stuk is geopend in het andere paneel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="710"/>
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="711"/>
        <source>Add all passages to the basket</source>
        <translation>Alle passages aan de mand toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="714"/>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="715"/>
        <source>Add alias…</source>
        <translation>Alias toevoegen…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="762"/>
        <source>Merge %1 into:</source>
        <translation>%1 samenvoegen met:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="393"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="707"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="717"/>
        <source>Merge into…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="327"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="394"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="708"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="718"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="490"/>
        <source>Found by a rule, not in the gazetteer: confirm, merge or hide each.</source>
        <translation>Door een regel gevonden, niet in de gazetteer: bevestig, voeg samen of verberg ze.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="743"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="743"/>
        <source>New name for %1:</source>
        <translation>Nieuwe naam voor %1:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="747"/>
        <source>Renamed %1 to %2</source>
        <translation>%1 hernoemd tot %2</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="751"/>
        <source>Add alias</source>
        <translation>Alias toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="751"/>
        <source>Another name for %1:</source>
        <translation>Een andere naam voor %1:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="762"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="766"/>
        <source>Merged %1 into %2</source>
        <translation>%1 samengevoegd met %2</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="774"/>
        <source>%1 is not a candidate: nothing to confirm</source>
        <translation>%1 is geen kandidaat: er valt niets te bevestigen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="777"/>
        <source>Confirmed %1</source>
        <translation>%1 bevestigd</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="784"/>
        <source>Hid %1</source>
        <translation>%1 verborgen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="791"/>
        <source>The correction could not be saved</source>
        <translation>De correctie kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="795"/>
        <source>Entities → Undo last correction (Ctrl+Alt+Z)</source>
        <translation>Entiteiten → Laatste correctie ongedaan maken (Ctrl+Alt+Z)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="809"/>
        <source>The correction could not be undone</source>
        <translation>De correctie kon niet ongedaan worden gemaakt</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="811"/>
        <source>Undone: %1</source>
        <translation>Ongedaan gemaakt: %1</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="863"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="932"/>
        <source>Nothing searched</source>
        <translation>Niets gezocht</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="866"/>
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="871"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="872"/>
        <source>Years</source>
        <translation>Jaren</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="901"/>
        <source>Remove this filter</source>
        <translation>Verwijder dit filter</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="932"/>
        <source>No passages found</source>
        <translation>Geen passages gevonden</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="961"/>
        <source>Open in other pane</source>
        <translation>Openen in het andere paneel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="962"/>
        <source>Add to basket</source>
        <translation>Aan de mand toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="964"/>
        <source>Copy with citation</source>
        <translation>Kopiëren met bronvermelding</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="972"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="973"/>
        <source>Add selected words to the basket</source>
        <translation>Geselecteerde woorden aan de mand toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="991"/>
        <source>Copied with its citation</source>
        <translation>Gekopieerd met bronvermelding</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="1081"/>
        <source>No hits to walk — click an entity or search first</source>
        <translation>Geen treffers om langs te lopen — klik eerst op een entiteit of zoek</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="1085"/>
        <source>Last hit (%1 of %1) — Shift+F3 goes back</source>
        <translation>Laatste treffer (%1 van %1) — Shift+F3 gaat terug</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="1088"/>
        <source>First hit — F3 goes on</source>
        <translation>Eerste treffer — F3 gaat verder</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="1139"/>
        <source>Entity list folded away for two pages — Ctrl+Shift+E brings it back</source>
        <translation>Entiteitenlijst ingeklapt voor twee pagina&apos;s — Ctrl+Shift+E haalt haar terug</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="1254"/>
        <source>The language changes at the next start</source>
        <translation>De taal verandert bij de volgende start</translation>
    </message>
</context>
<context>
    <name>PageList</name>
    <message>
        <location filename="../../coopviewer/gui/viewer/pages.py" line="24"/>
        <source>Pages; ● marks a page with highlights</source>
        <translation>Pagina&apos;s; ● markeert een pagina met markeringen</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <location filename="../../coopviewer/gui/viewer/view.py" line="355"/>
        <source>Page %1 cannot be shown:
%2</source>
        <translation>Pagina %1 kan niet worden getoond:
%2</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="266"/>
        <source>Relevance</source>
        <translation>Relevantie</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="267"/>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/models.py" line="268"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>ViewerToolbar</name>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="77"/>
        <source>Go to page</source>
        <translation>Ga naar pagina</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="89"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="89"/>
        <source>Show the page list</source>
        <translation>Toon de paginalijst</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="102"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorige treffer (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="103"/>
        <source>Next hit (F3)</source>
        <translation>Volgende treffer (F3)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="108"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Uitzoomen (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="109"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="110"/>
        <source>Width</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="110"/>
        <source>Fit width (Ctrl+0)</source>
        <translation>Paginabreedte (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="111"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="111"/>
        <source>Fit page</source>
        <translation>Hele pagina</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="118"/>
        <source>%n in both</source>
        <translation>
            <numerusform>%n in beide</numerusform>
            <numerusform>%n in beide</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="119"/>
        <source>Named in both documents (tinted on the pages; click to show or hide): %1</source>
        <translation>Genoemd in beide documenten (getint op de pagina&apos;s; klik om te tonen of te verbergen): %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../coopviewer/cli.py" line="37"/>
        <source>Search and read Dutch defence-cooperation documents offline. With no command, opens the desktop window.</source>
        <translation>Zoek en lees Nederlandse stukken over defensiesamenwerking, offline. Zonder opdracht opent het venster.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="40"/>
        <source>library folder (default: per-user data dir, or $COOPVIEWER_LIBRARY)</source>
        <translation>map van de bibliotheek (standaard: de gegevensmap van de gebruiker, of $COOPVIEWER_LIBRARY)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="42"/>
        <source>language of the app and its messages (default: the system locale, or $COOPVIEWER_LANG)</source>
        <translation>taal van de app en haar meldingen (standaard: de taal van het systeem, of $COOPVIEWER_LANG)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="45"/>
        <source>open the library read-only as a shared library; your baskets and corrections go to your own data dir</source>
        <translation>open de bibliotheek alleen-lezen als gedeelde bibliotheek; uw manden en correcties gaan naar uw eigen gegevensmap</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="53"/>
        <source>open the desktop window (the default)</source>
        <translation>open het venster (standaard)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="54"/>
        <source>files to open or add</source>
        <translation>bestanden om te openen of toe te voegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="56"/>
        <source>add PDF or text files and folders (recursively) to the library</source>
        <translation>voeg PDF- of tekstbestanden en mappen (met submappen) toe aan de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="58"/>
        <source>password for protected PDFs (used once, never stored)</source>
        <translation>wachtwoord voor beveiligde PDF&apos;s (eenmalig gebruikt, nooit bewaard)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="59"/>
        <source>print the result as JSON</source>
        <translation>toon het resultaat als JSON</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="61"/>
        <source>search engine of a new library (default tantivy)</source>
        <translation>zoekmachine van een nieuwe bibliotheek (standaard tantivy)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="63"/>
        <source>list the documents in the library</source>
        <translation>toon de documenten in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="68"/>
        <source>at most N results (default 20)</source>
        <translation>hoogstens N resultaten (standaard 20)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="69"/>
        <source>only passages that mention this entity</source>
        <translation>alleen passages die deze entiteit noemen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="72"/>
        <source>list partners, units, organisations … with their mention counts</source>
        <translation>toon partners, eenheden, organisaties … met het aantal vermeldingen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="74"/>
        <source>only this document&apos;s entities</source>
        <translation>alleen de entiteiten van dit document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="77"/>
        <source>where an entity is mentioned, with rectangles on the page</source>
        <translation>waar een entiteit wordt genoemd, met rechthoeken op de pagina</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="82"/>
        <source>parliamentary papers cited, where, and whether the library holds them</source>
        <translation>geciteerde Kamerstukken, waar, en of de bibliotheek ze heeft</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="85"/>
        <source>the analyst&apos;s entity corrections (kept apart from the gazetteer)</source>
        <translation>de correcties van de analist (apart van de gazetteer bewaard)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="88"/>
        <source>list shows each correction&apos;s number; undo removes the newest, delete NUMBER any one</source>
        <translation>list toont het nummer van elke correctie; undo haalt de nieuwste weg, delete NUMMER een willekeurige</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="89"/>
        <source>the entity (for delete: the correction&apos;s number)</source>
        <translation>de entiteit (bij delete: het nummer van de correctie)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="90"/>
        <source>the alias, new name, or entity to merge into</source>
        <translation>de alias, de nieuwe naam of de entiteit om mee samen te voegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="93"/>
        <source>precision and recall of entity extraction against a gold file</source>
        <translation>precisie en volledigheid van de entiteitherkenning tegen een goudstandaard</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="97"/>
        <source>export a briefing (PDF, HTML or Markdown) with a page citation for every passage</source>
        <translation>exporteer een briefing (PDF, HTML of Markdown) met een paginaverwijzing bij elke passage</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="99"/>
        <source>every passage that mentions this entity</source>
        <translation>elke passage die deze entiteit noemt</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="100"/>
        <source>every passage that matches this search</source>
        <translation>elke passage die bij deze zoekopdracht past</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="101"/>
        <source>the passages collected in this basket</source>
        <translation>de passages in deze mand</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="102"/>
        <source>briefing title (default: the entity, query or basket name)</source>
        <translation>titel van de briefing (standaard: de entiteit, zoekopdracht of mand)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="103"/>
        <source>author shown on the title page</source>
        <translation>auteur op de titelpagina</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="105"/>
        <source>language of the fixed text (default: the app&apos;s language)</source>
        <translation>taal van de vaste tekst (standaard: de taal van de app)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="106"/>
        <source>add a cropped image of each highlighted region</source>
        <translation>voeg een uitsnede van elk gemarkeerd gebied toe</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="107"/>
        <source>output file: .pdf, .html, .md or .docx</source>
        <translation>uitvoerbestand: .pdf, .html, .md of .docx</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="109"/>
        <source>export or import the analyst&apos;s own work (corrections, baskets) as one file</source>
        <translation>exporteer of importeer het eigen werk van de analist (correcties, manden) als één bestand</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="113"/>
        <source>an entity at a glance: dated events, documents, related entities</source>
        <translation>een entiteit in één oogopslag: gedateerde gebeurtenissen, documenten, verwante entiteiten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="115"/>
        <source>write the timeline as SVG</source>
        <translation>schrijf de tijdlijn als SVG</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="118"/>
        <source>co-mention network of partners and units (edges: passages naming both)</source>
        <translation>netwerk van partners en eenheden die samen worden genoemd (verbindingen: passages die beide noemen)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="119"/>
        <source>entity types, comma-separated (default country,unit)</source>
        <translation>soorten entiteiten, gescheiden door komma&apos;s (standaard country,unit)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="120"/>
        <source>leave out edges of fewer than N passages</source>
        <translation>laat verbindingen met minder dan N passages weg</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="121"/>
        <source>write the picture as SVG</source>
        <translation>schrijf de afbeelding als SVG</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="124"/>
        <source>check this install: ingest the bundled sample into a throwaway library, search, render</source>
        <translation>controleer deze installatie: lees de meegeleverde voorbeelden in een wegwerpbibliotheek, zoek, toon</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="125"/>
        <source>keep the throwaway library and print its path</source>
        <translation>bewaar de wegwerpbibliotheek en toon haar pad</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="127"/>
        <source>salvage a damaged library into a new one (documents, baskets, corrections)</source>
        <translation>red een beschadigde bibliotheek in een nieuwe (documenten, manden, correcties)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="128"/>
        <source>the new library&apos;s folder (default: LIBRARY-repaired)</source>
        <translation>de map van de nieuwe bibliotheek (standaard: BIBLIOTHEEK-repaired)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="131"/>
        <source>set up a team library on a PostgreSQL server (docs/TEAM.md)</source>
        <translation>richt een teambibliotheek in op een PostgreSQL-server (docs/TEAM.md)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="134"/>
        <source>postgresql://host/db or service=NAME; the password comes from ~/.pgpass or the service file</source>
        <translation>postgresql://host/db of service=NAAM; het wachtwoord komt uit ~/.pgpass of het servicebestand</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="136"/>
        <source>copy a library between this computer and a team server</source>
        <translation>kopieer een bibliotheek tussen deze computer en een teamserver</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="138"/>
        <source>push: a library folder; pull: postgresql://… or service=…</source>
        <translation>push: een bibliotheekmap; pull: postgresql://… of service=…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="139"/>
        <source>push: postgresql://… or service=…; pull: a new folder</source>
        <translation>push: postgresql://… of service=…; pull: een nieuwe map</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="142"/>
        <source>rebuild the search index from the library database</source>
        <translation>bouw de zoekindex opnieuw op uit de database</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="144"/>
        <source>switch the library to this search engine (default: keep its own)</source>
        <translation>zet de bibliotheek over op deze zoekmachine (standaard: de eigen houden)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="174"/>
        <source>coopviewer: interrupted</source>
        <translation>coopviewer: onderbroken</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="320"/>
        <source>%1 added, %2 skipped, %3 failed, %4 pages in %5 s</source>
        <translation>%1 toegevoegd, %2 overgeslagen, %3 mislukt, %4 pagina&apos;s in %5 s</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="335"/>
        <source>No documents yet — add some with: coopviewer ingest PATH</source>
        <translation>Nog geen documenten — voeg ze toe met: coopviewer ingest PAD</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="361"/>
        <source>No passages match %1.</source>
        <translation>Geen passages gevonden voor %1.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="366"/>
        <source>… %1 more (use --limit)</source>
        <translation>… nog %1 (gebruik --limit)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="525"/>
        <source>nothing to export: no passages found</source>
        <translation>niets te exporteren: geen passages gevonden</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="621"/>
        <source>reindexed %1 passages</source>
        <translation>%1 passages opnieuw geïndexeerd</translation>
    </message>
</context>
</TS>

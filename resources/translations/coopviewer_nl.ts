<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>BasketPanel</name>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="44"/>
        <source>Basket name (type a new name to start another basket)</source>
        <translation>Naam van de mand (typ een nieuwe naam voor een nieuwe mand)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="56"/>
        <source>+ Hit</source>
        <translation>+ Treffer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="56"/>
        <source>Add the current result</source>
        <translation>Voeg het huidige resultaat toe</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="57"/>
        <source>+ All</source>
        <translation>+ Alle</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="57"/>
        <source>Add every listed result</source>
        <translation>Voeg alle getoonde resultaten toe</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="58"/>
        <source>+ Selection</source>
        <translation>+ Selectie</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="58"/>
        <source>Add the words selected in the viewer (Ctrl+B)</source>
        <translation>Voeg de in de viewer geselecteerde woorden toe (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="59"/>
        <source>Note…</source>
        <translation>Notitie…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="59"/>
        <source>Edit the note of the selected item</source>
        <translation>Bewerk de notitie bij het gekozen item</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="60"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="60"/>
        <source>Remove the selected item (Ctrl+Z undoes)</source>
        <translation>Verwijder het gekozen item (Ctrl+Z maakt ongedaan)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="61"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="61"/>
        <source>Export the basket as PDF, Word, HTML or Markdown</source>
        <translation>Exporteer de mand als PDF, Word, HTML of Markdown</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="68"/>
        <source>Group</source>
        <translation>Groeperen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="69"/>
        <source>Group the items by partner, unit or document</source>
        <translation>Groepeer de items per partner, eenheid of document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="72"/>
        <source>By partner</source>
        <translation>Per partner</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="72"/>
        <source>By unit</source>
        <translation>Per eenheid</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="73"/>
        <source>By document</source>
        <translation>Per document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="84"/>
        <source>Undo removal</source>
        <translation>Verwijderen ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="154"/>
        <source>Select words on the page first (drag over them)</source>
        <translation>Selecteer eerst woorden op de pagina (sleep eroverheen)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="162"/>
        <source>The selection covers no stored text</source>
        <translation>De selectie bevat geen opgeslagen tekst</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="180"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="180"/>
        <source>Note for this passage:</source>
        <translation>Notitie bij deze passage:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="189"/>
        <source>Removed from the basket — Ctrl+Z undoes</source>
        <translation>Uit de mand verwijderd — Ctrl+Z maakt ongedaan</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="205"/>
        <source>Export briefing</source>
        <translation>Briefing exporteren</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/basket.py" line="220"/>
        <source>Exported to </source>
        <translation>Geëxporteerd naar </translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="21"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="22"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="23"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="24"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="25"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="33"/>
        <source>Documents</source>
        <translation>Documenten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="41"/>
        <source>Open in other pane</source>
        <translation>Openen in het andere paneel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="41"/>
        <source>Re-ingest</source>
        <translation>Opnieuw inlezen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="42"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/documents.py" line="42"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
</context>
<context>
    <name>DossierDialog</name>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="75"/>
        <source>Dossier: %1</source>
        <translation>Dossier: %1</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="80"/>
        <source>mentions in</source>
        <translation>vermeldingen in</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="80"/>
        <source>documents</source>
        <translation>documenten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="105"/>
        <source>Minimum passages per edge</source>
        <translation>Minimum aantal passages per verbinding</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="111"/>
        <source>Timeline</source>
        <translation>Tijdlijn</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="112"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="118"/>
        <source>Export timeline…</source>
        <translation>Tijdlijn exporteren…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="119"/>
        <source>Export network…</source>
        <translation>Netwerk exporteren…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="120"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="134"/>
        <source>No dated events for this entity</source>
        <translation>Geen gedateerde gebeurtenissen voor deze entiteit</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/dossier.py" line="194"/>
        <source>%n passages name both</source>
        <translation>
            <numerusform>%n passage noemt beide</numerusform>
            <numerusform>%n passages noemen beide</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="213"/>
        <source>passages</source>
        <translation>passages</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/dossier.py" line="242"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="51"/>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="52"/>
        <source>Units</source>
        <translation>Eenheden</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="53"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="54"/>
        <source>Programmes</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="55"/>
        <source>Agreements</source>
        <translation>Akkoorden</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="56"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="57"/>
        <source>References</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="112"/>
        <source>Read-only: another coopviewer is writing to this library</source>
        <translation>Alleen-lezen: een andere coopviewer schrijft in deze bibliotheek</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="123"/>
        <source>Filter entities…</source>
        <translation>Entiteiten filteren…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="150"/>
        <source>Search, e.g. samenwerking &quot;Lichte Brigade&quot; partner:Duitsland year:2023</source>
        <translation>Zoeken, bijv. samenwerking &quot;Lichte Brigade&quot; partner:Duitsland jaar:2023</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="155"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="234"/>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="195"/>
        <source>No document open — click a partner, a unit or a search result</source>
        <translation>Geen document geopend — klik op een partner, een eenheid of een zoekresultaat</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="227"/>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotheek</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="228"/>
        <source>Add files…</source>
        <translation>Bestanden toevoegen…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="229"/>
        <source>Add folder…</source>
        <translation>Map toevoegen…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="230"/>
        <source>Documents…</source>
        <translation>Documenten…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="232"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="233"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="235"/>
        <source>Next hit</source>
        <translation>Volgende treffer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="236"/>
        <source>Previous hit</source>
        <translation>Vorige treffer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="237"/>
        <source>Side by side</source>
        <translation>Naast elkaar</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="239"/>
        <source>Focus left pane</source>
        <translation>Naar het linkerpaneel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="240"/>
        <source>Focus right pane</source>
        <translation>Naar het rechterpaneel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="241"/>
        <source>Clear search</source>
        <translation>Zoekopdracht wissen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="242"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="243"/>
        <source>Follow the system</source>
        <translation>Volg het systeem</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="248"/>
        <source>&amp;Basket</source>
        <translation>&amp;Mand</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="249"/>
        <source>Add current result</source>
        <translation>Huidig resultaat toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="250"/>
        <source>Add selected words</source>
        <translation>Geselecteerde woorden toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="251"/>
        <source>Export…</source>
        <translation>Exporteren…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="252"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="253"/>
        <location filename="../../coopviewer/gui/mainwindow.py" line="755"/>
        <source>About coopviewer</source>
        <translation>Over coopviewer</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="264"/>
        <source>Could not read the library: </source>
        <translation>De bibliotheek kon niet worden gelezen: </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="272"/>
        <source>No documents yet — Add files… (Ctrl+O) or drop PDFs here</source>
        <translation>Nog geen documenten — Bestanden toevoegen… (Ctrl+O) of sleep PDF&apos;s hierheen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="273"/>
        <source>No documents yet — Add files…</source>
        <translation>Nog geen documenten — Bestanden toevoegen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="275"/>
        <source>%n documents in the library</source>
        <translation>
            <numerusform>%n document in de bibliotheek</numerusform>
            <numerusform>%n documenten in de bibliotheek</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="280"/>
        <source>Add files</source>
        <translation>Bestanden toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="280"/>
        <source>Documents (*.pdf *.txt);;All files (*)</source>
        <translation>Documenten (*.pdf *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="285"/>
        <source>Add folder</source>
        <translation>Map toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="292"/>
        <source>An ingest is already running</source>
        <translation>Er worden al documenten ingelezen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="296"/>
        <source>Reading files…</source>
        <translation>Bestanden lezen…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="296"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="297"/>
        <source>Adding documents</source>
        <translation>Documenten toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="314"/>
        <source>%1 of %2 files, %3 pages
%4</source>
        <translation>%1 van %2 bestanden, %3 pagina&apos;s
%4</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="323"/>
        <source>Adding documents failed</source>
        <translation>Documenten toevoegen is mislukt</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="327"/>
        <source>%1 added, %2 skipped, %3 failed</source>
        <translation>%1 toegevoegd, %2 overgeslagen, %3 mislukt</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="333"/>
        <source>Some files could not be added</source>
        <translation>Sommige bestanden konden niet worden toegevoegd</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="341"/>
        <source>Password</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="341"/>
        <source>Password for %1:</source>
        <translation>Wachtwoord voor %1:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="402"/>
        <source>%n passages mention %1</source>
        <translation>
            <numerusform>%n passage noemt %1</numerusform>
            <numerusform>%n passages noemen %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="423"/>
        <source>Opened the cited paper in the other pane</source>
        <translation>Het geciteerde stuk is geopend in het andere paneel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="433"/>
        <source>Dossier…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="434"/>
        <source>Add all passages to the basket</source>
        <translation>Alle passages aan de mand toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="437"/>
        <source>Rename…</source>
        <translation>Hernoemen…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="438"/>
        <source>Add alias…</source>
        <translation>Alias toevoegen…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="439"/>
        <source>Merge into…</source>
        <translation>Samenvoegen met…</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="440"/>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="463"/>
        <source>Rename</source>
        <translation>Hernoemen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="463"/>
        <source>New name for %1:</source>
        <translation>Nieuwe naam voor %1:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="468"/>
        <source>Add alias</source>
        <translation>Alias toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="468"/>
        <source>Another name for %1:</source>
        <translation>Een andere naam voor %1:</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="473"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="473"/>
        <source>Merge %1 into (name):</source>
        <translation>%1 samenvoegen met (naam):</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="480"/>
        <source>The correction could not be saved</source>
        <translation>De correctie kon niet worden opgeslagen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="531"/>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="531"/>
        <source>unit</source>
        <translation>eenheid</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="531"/>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="531"/>
        <source>year</source>
        <translation>jaar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../coopviewer/gui/mainwindow.py" line="527"/>
        <source>%n passages</source>
        <translation>
            <numerusform>%n passage</numerusform>
            <numerusform>%n passages</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="548"/>
        <source>No passages found</source>
        <translation>Geen passages gevonden</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="563"/>
        <source>Open in other pane</source>
        <translation>Openen in het andere paneel</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="564"/>
        <source>Add to basket</source>
        <translation>Aan de mand toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="566"/>
        <source>Copy with citation</source>
        <translation>Kopiëren met bronvermelding</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="574"/>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="575"/>
        <source>Add selected words to the basket</source>
        <translation>Geselecteerde woorden aan de mand toevoegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="593"/>
        <source>Copied with its citation</source>
        <translation>Gekopieerd met bronvermelding</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/mainwindow.py" line="737"/>
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
        <location filename="../../coopviewer/gui/viewer/view.py" line="340"/>
        <source>Page %1 cannot be shown:
%2</source>
        <translation>Pagina %1 kan niet worden getoond:
%2</translation>
    </message>
</context>
<context>
    <name>ViewerToolbar</name>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="26"/>
        <source>Go to page</source>
        <translation>Ga naar pagina</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="37"/>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="37"/>
        <source>Show the page list</source>
        <translation>Toon de paginalijst</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="40"/>
        <source>Previous hit (Shift+F3)</source>
        <translation>Vorige treffer (Shift+F3)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="41"/>
        <source>Next hit (F3)</source>
        <translation>Volgende treffer (F3)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="46"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Uitzoomen (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="47"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Inzoomen (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="48"/>
        <source>Width</source>
        <translation>Breedte</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="48"/>
        <source>Fit width (Ctrl+0)</source>
        <translation>Paginabreedte (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="49"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location filename="../../coopviewer/gui/viewer/toolbar.py" line="49"/>
        <source>Fit page</source>
        <translation>Hele pagina</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../coopviewer/cli.py" line="35"/>
        <source>Search and read Dutch defence-cooperation documents offline. With no command, opens the desktop window.</source>
        <translation>Zoek en lees Nederlandse stukken over defensiesamenwerking, offline. Zonder opdracht opent het venster.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="38"/>
        <source>library folder (default: per-user data dir, or $COOPVIEWER_LIBRARY)</source>
        <translation>map van de bibliotheek (standaard: de gegevensmap van de gebruiker, of $COOPVIEWER_LIBRARY)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="39"/>
        <source>language of the app and its messages (default: the system locale, or $COOPVIEWER_LANG)</source>
        <translation>taal van de app en haar meldingen (standaard: de taal van het systeem, of $COOPVIEWER_LANG)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="42"/>
        <source>open the library read-only as a shared library; your baskets and corrections go to your own data dir</source>
        <translation>open de bibliotheek alleen-lezen als gedeelde bibliotheek; uw manden en correcties gaan naar uw eigen gegevensmap</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="50"/>
        <source>open the desktop window (the default)</source>
        <translation>open het venster (standaard)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="51"/>
        <source>files to open or add</source>
        <translation>bestanden om te openen of toe te voegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="53"/>
        <source>add PDF or text files and folders (recursively) to the library</source>
        <translation>voeg PDF- of tekstbestanden en mappen (met submappen) toe aan de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="55"/>
        <source>password for protected PDFs (used once, never stored)</source>
        <translation>wachtwoord voor beveiligde PDF&apos;s (eenmalig gebruikt, nooit bewaard)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="56"/>
        <source>print the result as JSON</source>
        <translation>toon het resultaat als JSON</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="58"/>
        <source>search engine of a new library (default tantivy)</source>
        <translation>zoekmachine van een nieuwe bibliotheek (standaard tantivy)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="60"/>
        <source>list the documents in the library</source>
        <translation>toon de documenten in de bibliotheek</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="65"/>
        <source>at most N results (default 20)</source>
        <translation>hoogstens N resultaten (standaard 20)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="66"/>
        <source>only passages that mention this entity</source>
        <translation>alleen passages die deze entiteit noemen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="69"/>
        <source>list partners, units, organisations … with their mention counts</source>
        <translation>toon partners, eenheden, organisaties … met het aantal vermeldingen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="71"/>
        <source>only this document&apos;s entities</source>
        <translation>alleen de entiteiten van dit document</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="74"/>
        <source>where an entity is mentioned, with rectangles on the page</source>
        <translation>waar een entiteit wordt genoemd, met rechthoeken op de pagina</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="79"/>
        <source>parliamentary papers cited, where, and whether the library holds them</source>
        <translation>geciteerde Kamerstukken, waar, en of de bibliotheek ze heeft</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="82"/>
        <source>the analyst&apos;s entity corrections (kept apart from the gazetteer)</source>
        <translation>de correcties van de analist (apart van de gazetteer bewaard)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="85"/>
        <source>the alias, new name, or entity to merge into</source>
        <translation>de alias, de nieuwe naam of de entiteit om mee samen te voegen</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="88"/>
        <source>precision and recall of entity extraction against a gold file</source>
        <translation>precisie en volledigheid van de entiteitherkenning tegen een goudstandaard</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="92"/>
        <source>export a briefing (PDF, HTML or Markdown) with a page citation for every passage</source>
        <translation>exporteer een briefing (PDF, HTML of Markdown) met een paginaverwijzing bij elke passage</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="94"/>
        <source>every passage that mentions this entity</source>
        <translation>elke passage die deze entiteit noemt</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="95"/>
        <source>every passage that matches this search</source>
        <translation>elke passage die bij deze zoekopdracht past</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="96"/>
        <source>the passages collected in this basket</source>
        <translation>de passages in deze mand</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="97"/>
        <source>briefing title (default: the entity, query or basket name)</source>
        <translation>titel van de briefing (standaard: de entiteit, zoekopdracht of mand)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="98"/>
        <source>author shown on the title page</source>
        <translation>auteur op de titelpagina</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="100"/>
        <source>language of the fixed text (default: the app&apos;s language)</source>
        <translation>taal van de vaste tekst (standaard: de taal van de app)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="101"/>
        <source>add a cropped image of each highlighted region</source>
        <translation>voeg een uitsnede van elk gemarkeerd gebied toe</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="102"/>
        <source>output file: .pdf, .html, .md or .docx</source>
        <translation>uitvoerbestand: .pdf, .html, .md of .docx</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="104"/>
        <source>export or import the analyst&apos;s own work (corrections, baskets) as one file</source>
        <translation>exporteer of importeer het eigen werk van de analist (correcties, manden) als één bestand</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="108"/>
        <source>an entity at a glance: dated events, documents, related entities</source>
        <translation>een entiteit in één oogopslag: gedateerde gebeurtenissen, documenten, verwante entiteiten</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="110"/>
        <source>write the timeline as SVG</source>
        <translation>schrijf de tijdlijn als SVG</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="113"/>
        <source>co-mention network of partners and units (edges: passages naming both)</source>
        <translation>netwerk van partners en eenheden die samen worden genoemd (verbindingen: passages die beide noemen)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="114"/>
        <source>entity types, comma-separated (default country,unit)</source>
        <translation>soorten entiteiten, gescheiden door komma&apos;s (standaard country,unit)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="115"/>
        <source>leave out edges of fewer than N passages</source>
        <translation>laat verbindingen met minder dan N passages weg</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="116"/>
        <source>write the picture as SVG</source>
        <translation>schrijf de afbeelding als SVG</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="119"/>
        <source>check this install: ingest the bundled sample into a throwaway library, search, render</source>
        <translation>controleer deze installatie: lees de meegeleverde voorbeelden in een wegwerpbibliotheek, zoek, toon</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="120"/>
        <source>keep the throwaway library and print its path</source>
        <translation>bewaar de wegwerpbibliotheek en toon haar pad</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="122"/>
        <source>rebuild the search index from the library database</source>
        <translation>bouw de zoekindex opnieuw op uit de database</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="124"/>
        <source>switch the library to this search engine (default: keep its own)</source>
        <translation>zet de bibliotheek over op deze zoekmachine (standaard: de eigen houden)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="145"/>
        <source>coopviewer: interrupted</source>
        <translation>coopviewer: onderbroken</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="241"/>
        <source>%1 added, %2 skipped, %3 failed, %4 pages in %5 s</source>
        <translation>%1 toegevoegd, %2 overgeslagen, %3 mislukt, %4 pagina&apos;s in %5 s</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="256"/>
        <source>No documents yet — add some with: coopviewer ingest PATH</source>
        <translation>Nog geen documenten — voeg ze toe met: coopviewer ingest PAD</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="286"/>
        <source>No passages match %1.</source>
        <translation>Geen passages gevonden voor %1.</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="291"/>
        <source>… %1 more (use --limit)</source>
        <translation>… nog %1 (gebruik --limit)</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="417"/>
        <source>nothing to export: no passages found</source>
        <translation>niets te exporteren: geen passages gevonden</translation>
    </message>
    <message>
        <location filename="../../coopviewer/cli.py" line="514"/>
        <source>reindexed %1 passages</source>
        <translation>%1 passages opnieuw geïndexeerd</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Copydesk</name>
    <message>
        <source>accessed %1</source>
        <translation>abgerufen am %1</translation>
    </message>
    <message>
        <source>cannot open the library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>cannot update the library to the current format</source>
        <translation>Bibliothek kann nicht auf das aktuelle Format aktualisiert werden</translation>
    </message>
    <message>
        <source>%1: not a Copydesk library (an SQLite database of another application)</source>
        <translation>%1: keine Copydesk-Bibliothek (eine SQLite-Datenbank einer anderen Anwendung)</translation>
    </message>
    <message>
        <source>the library %1 is damaged (the table “%2” is missing); restore it from a backup</source>
        <translation>die Bibliothek %1 ist beschädigt (die Tabelle „%2“ fehlt); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
</context>
<context>
    <name>Copydesk::Article</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Changes requested</source>
        <translation>Änderungen angefordert</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Spiked</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleDiff</name>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>%1 (%2, %3, SHA-256 %4…)</source>
        <translation>%1 (%2, %3, SHA-256 %4…)</translation>
    </message>
    <message>
        <source>Q: %1 A: %2</source>
        <translation>F: %1 A: %2</translation>
    </message>
    <message>
        <source>, accessed %1</source>
        <translation>, abgerufen am %1</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Untitled section</source>
        <translation>Abschnitt ohne Titel</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>Abschnitt „%1“</translation>
    </message>
    <message>
        <source>%1: heading</source>
        <translation>%1: Zwischenüberschrift</translation>
    </message>
    <message>
        <source>%1: kind</source>
        <translation>%1: Typ</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Publication time</source>
        <translation>Veröffentlichungszeit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation>Aufmacherbild</translation>
    </message>
    <message>
        <source>Hero caption</source>
        <translation>Bildunterschrift (Aufmacher)</translation>
    </message>
    <message>
        <source>Hero alt text</source>
        <translation>Alternativtext (Aufmacher)</translation>
    </message>
    <message>
        <source>Hero credit</source>
        <translation>Bildnachweis (Aufmacher)</translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>%1: position</source>
        <translation>%1: Position</translation>
    </message>
    <message>
        <source>position %1 → %2</source>
        <translation>Position %1 → %2</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Verschoben</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleDocument</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation>Aufmacherbild</translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Change hero image</source>
        <translation>Aufmacherbild ändern</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Status ändern</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Baustein hinzufügen</translation>
    </message>
    <message>
        <source>Remove part</source>
        <translation>Baustein entfernen</translation>
    </message>
    <message>
        <source>Move part</source>
        <translation>Baustein verschieben</translation>
    </message>
    <message>
        <source>Edit heading</source>
        <translation>Zwischenüberschrift bearbeiten</translation>
    </message>
    <message>
        <source>Edit section</source>
        <translation>Abschnitt bearbeiten</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>Eintrag verschieben</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Add quote</source>
        <translation>Zitat hinzufügen</translation>
    </message>
    <message>
        <source>Remove quote</source>
        <translation>Zitat entfernen</translation>
    </message>
    <message>
        <source>Move quote</source>
        <translation>Zitat verschieben</translation>
    </message>
    <message>
        <source>Edit quote</source>
        <translation>Zitat bearbeiten</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove question</source>
        <translation>Frage entfernen</translation>
    </message>
    <message>
        <source>Move question</source>
        <translation>Frage verschieben</translation>
    </message>
    <message>
        <source>Edit question</source>
        <translation>Frage bearbeiten</translation>
    </message>
    <message>
        <source>Add reference</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Remove reference</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Move reference</source>
        <translation>Quelle verschieben</translation>
    </message>
    <message>
        <source>Edit reference</source>
        <translation>Quelle bearbeiten</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleJson</name>
    <message>
        <source>unknown key “%1”</source>
        <translation>unbekannter Schlüssel „%1“</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>Zeichenkette erwartet</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>Array erwartet</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>not a Copydesk article (no “format” key)</source>
        <translation>kein Copydesk-Artikel (Schlüssel „format“ fehlt)</translation>
    </message>
    <message>
        <source>not a Copydesk article (format “%1”, expected “%2”)</source>
        <translation>kein Copydesk-Artikel (Format „%1“, erwartet „%2“)</translation>
    </message>
    <message>
        <source>not a string</source>
        <translation>keine Zeichenkette</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation>ganze Zahl ab 1 erwartet</translation>
    </message>
    <message>
        <source>written by a newer Copydesk (format version %1; this one reads up to %2)</source>
        <translation>von einer neueren Copydesk-Version geschrieben (Formatversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>expected a string or null</source>
        <translation>Zeichenkette oder null erwartet</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time such as 2025-03-14T09:30:00+01:00</source>
        <translation>Datum und Uhrzeit nach ISO 8601 erwartet, etwa 2025-03-14T09:30:00+01:00</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>kein gültiges Base64</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD) or null</source>
        <translation>Datum (JJJJ-MM-TT) oder null erwartet</translation>
    </message>
    <message>
        <source>unknown part kind “%1”</source>
        <translation>unbekannte Bausteinart „%1“</translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleMarkdown</name>
    <message>
        <source>unknown part class “%1”</source>
        <translation>unbekannte Bausteinklasse „%1“</translation>
    </message>
    <message>
        <source>a heading can have only one part class</source>
        <translation>eine Überschrift kann nur eine Bausteinklasse haben</translation>
    </message>
    <message>
        <source>%1 item is not a list item</source>
        <translation>%1: Eintrag ist kein Listeneintrag</translation>
    </message>
    <message>
        <source>quote line does not start with “&gt;”</source>
        <translation>Zitatzeile beginnt nicht mit „&gt;“</translation>
    </message>
    <message>
        <source>FAQ answer without a “### Question” heading</source>
        <translation>FAQ-Antwort ohne Überschrift „### Frage“</translation>
    </message>
    <message>
        <source>reference is not a list item like “- [Title](https://…) — Publisher, accessed 2025-01-31”</source>
        <translation>Quelle ist kein Listeneintrag der Form „- [Titel](https://…) — Herausgeber, accessed 2025-01-31“</translation>
    </message>
    <message>
        <source>“%1” is not a date like 2025-01-31</source>
        <translation>„%1“ ist kein Datum der Form 2025-01-31</translation>
    </message>
    <message>
        <source>the front matter is not closed with a “---” line</source>
        <translation>der Front-Matter-Block ist nicht mit einer Zeile „---“ abgeschlossen</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>„%1“ muss Text sein</translation>
    </message>
    <message>
        <source>“bylines” must be a list</source>
        <translation>„bylines“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>unknown byline key “%1”</source>
        <translation>unbekannter Schlüssel „%1“ in der Autorenzeile</translation>
    </message>
    <message>
        <source>a byline must be a name or a map with name and role</source>
        <translation>eine Autorenzeile muss ein Name oder eine Zuordnung mit name und role sein</translation>
    </message>
    <message>
        <source>“tags” must be a list</source>
        <translation>„tags“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>“published” must be an ISO 8601 date and time such as 2025-03-14T09:30:00+01:00</source>
        <translation>„published“ muss Datum und Uhrzeit nach ISO 8601 sein, etwa 2025-03-14T09:30:00+01:00</translation>
    </message>
    <message>
        <source>unknown time zone “%1”</source>
        <translation>unbekannte Zeitzone „%1“</translation>
    </message>
    <message>
        <source>“hero” must be a map</source>
        <translation>„hero“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>unknown hero key “%1”</source>
        <translation>unbekannter Schlüssel „%1“ in „hero“</translation>
    </message>
    <message>
        <source>the hero has both “file” and “data”; give one</source>
        <translation>„hero“ enthält sowohl „file“ als auch „data“; geben Sie nur eines davon an</translation>
    </message>
    <message>
        <source>the hero “data” is not valid base64</source>
        <translation>„data“ in „hero“ ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>hero image “%1” cannot be read: %2</source>
        <translation>Aufmacherbild „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the front matter must be a map of keys and values</source>
        <translation>der Front-Matter-Block muss aus Schlüsseln und Werten bestehen</translation>
    </message>
    <message>
        <source>unknown front matter key “%1”</source>
        <translation>unbekannter Front-Matter-Schlüssel „%1“</translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticlePart</name>
    <message>
        <source>Key Facts</source>
        <translation>Die wichtigsten Fakten</translation>
    </message>
    <message>
        <source>Expert Insights</source>
        <translation>Expertenstimmen</translation>
    </message>
    <message>
        <source>Key Takeaways</source>
        <translation>Das Wichtigste in Kürze</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>Häufige Fragen</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleView</name>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
    <message>
        <source>Not published</source>
        <translation>Nicht veröffentlicht</translation>
    </message>
    <message>
        <source>accessed %1</source>
        <translation>abgerufen am %1</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Select an article in the library, or create one with File › New Article.</source>
        <translation>Wählen Sie einen Artikel in der Bibliothek aus oder legen Sie mit Datei › Neuer Artikel einen neuen an.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::Checker</name>
    <message>
        <source>cannot check the library</source>
        <translation>Bibliothek kann nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>Copydesk::Cli</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MODIFIED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>HEADLINE</source>
        <translation>ÜBERSCHRIFT</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(keine Überschrift)</translation>
    </message>
    <message>
        <source>By: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>(no byline)</source>
        <translation>(keine Autorenzeile)</translation>
    </message>
    <message>
        <source>Published: %1</source>
        <translation>Veröffentlicht: %1</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>Status: %1   Owner: %2   Category: %3</source>
        <translation>Status: %1   Verantwortlich: %2   Rubrik: %3</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Tags: %1</source>
        <translation>Schlagwörter: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n Wort</numerusform>
            <numerusform>%n Wörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Hero image: %1 (%2 bytes), caption “%3”, alt “%4”, credit “%5”</source>
        <translation>Aufmacherbild: %1 (%2 Byte), Bildunterschrift „%3“, Alternativtext „%4“, Bildnachweis „%5“</translation>
    </message>
    <message>
        <source>List the library&apos;s articles.</source>
        <translation>Die Artikel der Bibliothek auflisten.</translation>
    </message>
    <message>
        <source>Sort by modified, created, published or headline</source>
        <translation>Sortieren nach modified, created, published oder headline</translation>
    </message>
    <message>
        <source>key</source>
        <translation>schlüssel</translation>
    </message>
    <message>
        <source>Ascending order (default: newest or A first as fits)</source>
        <translation>Aufsteigend sortieren (Standard: je nach Schlüssel Neueste bzw. A zuerst)</translation>
    </message>
    <message>
        <source>At most N rows (default: all)</source>
        <translation>Höchstens N Zeilen (Standard: alle)</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Skip the first N rows</source>
        <translation>Die ersten N Zeilen überspringen</translation>
    </message>
    <message>
        <source>unknown sort key “%1”</source>
        <translation>unbekannter Sortierschlüssel „%1“</translation>
    </message>
    <message>
        <source>--limit needs a whole number</source>
        <translation>--limit erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <source>--offset needs a whole number</source>
        <translation>--offset erwartet eine ganze Zahl</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message>
        <source>No articles match.</source>
        <translation>Keine passenden Artikel.</translation>
    </message>
    <message>
        <source>Search every text part of every article.</source>
        <translation>Alle Textteile aller Artikel durchsuchen.</translation>
    </message>
    <message>
        <source>Words to find; all must occur. &quot;Quoted words&quot; match as a phrase.</source>
        <translation>Suchwörter; alle müssen vorkommen. &quot;Wörter in Anführungszeichen&quot; werden als Wortgruppe gesucht.</translation>
    </message>
    <message>
        <source>At most N results</source>
        <translation>Höchstens N Treffer</translation>
    </message>
    <message>
        <source>search needs words to look for</source>
        <translation>search erwartet Suchwörter</translation>
    </message>
    <message>
        <source>--limit needs a positive whole number</source>
        <translation>--limit erwartet eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Keine Treffer für „%1“.</translation>
    </message>
    <message>
        <source>Show one article, as it is now or at a revision.</source>
        <translation>Einen Artikel anzeigen, in der aktuellen Fassung oder in einer bestimmten Version.</translation>
    </message>
    <message>
        <source>Article id or UUID</source>
        <translation>Artikel-ID oder UUID</translation>
    </message>
    <message>
        <source>Show revision N instead of the current text</source>
        <translation>Version N statt des aktuellen Texts anzeigen</translation>
    </message>
    <message>
        <source>Print the article&apos;s JSON form</source>
        <translation>Den Artikel als JSON ausgeben</translation>
    </message>
    <message>
        <source>show needs exactly one article id</source>
        <translation>show erwartet genau eine Artikel-ID</translation>
    </message>
    <message>
        <source>--revision needs a revision number</source>
        <translation>--revision erwartet eine Versionsnummer</translation>
    </message>
    <message>
        <source>List articles, newest first</source>
        <translation>Artikel auflisten, neueste zuerst</translation>
    </message>
    <message>
        <source>Full-text search, ranked</source>
        <translation>Volltextsuche, nach Relevanz geordnet</translation>
    </message>
    <message>
        <source>Show an article or a revision</source>
        <translation>Artikel oder Version anzeigen</translation>
    </message>
    <message>
        <source>Import JSON or Markdown files (all or nothing)</source>
        <translation>JSON- oder Markdown-Dateien importieren (alle oder keine)</translation>
    </message>
    <message>
        <source>Export articles to files</source>
        <translation>Artikel in Dateien exportieren</translation>
    </message>
    <message>
        <source>List an article&apos;s revisions</source>
        <translation>Versionen eines Artikels auflisten</translation>
    </message>
    <message>
        <source>Compare two revisions field by field</source>
        <translation>Zwei Versionen Feld für Feld vergleichen</translation>
    </message>
    <message>
        <source>Restore a revision as a new revision</source>
        <translation>Eine Version als neue Version wiederherstellen</translation>
    </message>
    <message>
        <source>List, fill, restore from or purge the trash</source>
        <translation>Papierkorb anzeigen, füllen, daraus wiederherstellen oder endgültig leeren</translation>
    </message>
    <message>
        <source>Check the library file&apos;s integrity</source>
        <translation>Integrität der Bibliotheksdatei prüfen</translation>
    </message>
    <message>
        <source>Usage: copydesk [--library PATH] [--author NAME] COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Aufruf: copydesk [--library PATH] [--author NAME] BEFEHL [OPTIONEN] [ARGUMENTE]</translation>
    </message>
    <message>
        <source>Without a command, copydesk opens the window.</source>
        <translation>Ohne Befehl öffnet copydesk das Programmfenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>The library file (default: %1)</source>
        <translation>Die Bibliotheksdatei (Standard: %1)</translation>
    </message>
    <message>
        <source>Name recorded on revisions (default: $COPYDESK_USER, $USER)</source>
        <translation>Name, der bei Versionen vermerkt wird (Standard: $COPYDESK_USER, $USER)</translation>
    </message>
    <message>
        <source>This help; COMMAND --help for a command&apos;s options</source>
        <translation>Diese Hilfe; BEFEHL --help für die Optionen eines Befehls</translation>
    </message>
    <message>
        <source>Print the version</source>
        <translation>Programmversion ausgeben</translation>
    </message>
    <message>
        <source>%1 needs a value</source>
        <translation>%1 erwartet einen Wert</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command “%1”</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>cannot create the folder “%1”</source>
        <translation>Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Run “copydesk --help” for the commands and “copydesk COMMAND --help” for a command&apos;s options.</source>
        <translation>„copydesk --help“ zeigt die Befehle, „copydesk BEFEHL --help“ die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Only articles in this status (draft, inReview, changesRequested, approved, published, spiked); may be repeated</source>
        <translation>Nur Artikel mit diesem Status (draft, inReview, changesRequested, approved, published, spiked); mehrfach angebbar</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>Only articles owned or bylined by NAME</source>
        <translation>Nur Artikel, für die NAME verantwortlich ist oder die NAME in der Autorenzeile nennen</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Only articles in CATEGORY</source>
        <translation>Nur Artikel der Rubrik RUBRIK</translation>
    </message>
    <message>
        <source>category</source>
        <translation>rubrik</translation>
    </message>
    <message>
        <source>Only articles dated on or after DATE (ISO 8601)</source>
        <translation>Nur Artikel mit Datum ab DATUM (ISO 8601)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>datum</translation>
    </message>
    <message>
        <source>Only articles dated before DATE (ISO 8601)</source>
        <translation>Nur Artikel mit Datum vor DATUM (ISO 8601)</translation>
    </message>
    <message>
        <source>Which date --from/--to use: modified, created, published</source>
        <translation>Welches Datum --from/--to verwenden: modified, created, published</translation>
    </message>
    <message>
        <source>field</source>
        <translation>feld</translation>
    </message>
    <message>
        <source>Look in the trash instead</source>
        <translation>Stattdessen im Papierkorb suchen</translation>
    </message>
    <message>
        <source>Print JSON</source>
        <translation>Als JSON ausgeben</translation>
    </message>
    <message>
        <source>unknown status “%1”</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>unknown date field “%1”</source>
        <translation>unbekanntes Datumsfeld „%1“</translation>
    </message>
    <message>
        <source>--%1: “%2” is not an ISO 8601 date</source>
        <translation>--%1: „%2“ ist kein Datum nach ISO 8601</translation>
    </message>
    <message>
        <source>Show this command&apos;s options</source>
        <translation>Optionen dieses Befehls anzeigen</translation>
    </message>
    <message>
        <source>“%1” is neither a revision number nor “current”</source>
        <translation>„%1“ ist weder eine Versionsnummer noch „current“</translation>
    </message>
    <message>
        <source>no article id given</source>
        <translation>keine Artikel-ID angegeben</translation>
    </message>
    <message>
        <source>List an article&apos;s revisions, newest first.</source>
        <translation>Versionen eines Artikels auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source>revisions needs exactly one article id</source>
        <translation>revisions erwartet genau eine Artikel-ID</translation>
    </message>
    <message>
        <source>REV</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>SAVED</source>
        <translation>GESPEICHERT</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>NOTIZ</translation>
    </message>
    <message>
        <source>Compare two versions of an article field by field. With no versions: the newest revision against the one before it; with one: that revision against the current text. A version is a revision number or “current”.</source>
        <translation>Zwei Versionen eines Artikels Feld für Feld vergleichen. Ohne Versionsangabe: die neueste Version mit der vorherigen; mit einer: diese Version mit dem aktuellen Text. Eine Version ist eine Versionsnummer oder „current“.</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>diff needs an article id and at most two versions</source>
        <translation>diff erwartet eine Artikel-ID und höchstens zwei Versionen</translation>
    </message>
    <message>
        <source>Article %1 has only one revision; nothing to compare.</source>
        <translation>Artikel %1 hat nur eine Version; nichts zu vergleichen.</translation>
    </message>
    <message>
        <source>Article %1: %2 → %3</source>
        <translation>Artikel %1: %2 → %3</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Make an old revision the current text. This keeps a new revision; nothing is lost.</source>
        <translation>Eine ältere Version zum aktuellen Text machen. Dabei entsteht eine neue Version; nichts geht verloren.</translation>
    </message>
    <message>
        <source>Revision number to restore</source>
        <translation>Nummer der wiederherzustellenden Version</translation>
    </message>
    <message>
        <source>restore needs an article id and a revision number</source>
        <translation>restore erwartet eine Artikel-ID und eine Versionsnummer</translation>
    </message>
    <message>
        <source>“%1” is not a revision number</source>
        <translation>„%1“ ist keine Versionsnummer</translation>
    </message>
    <message>
        <source>Restored revision %1 of article %2 as revision %3.</source>
        <translation>Version %1 von Artikel %2 als Version %3 wiederhergestellt.</translation>
    </message>
    <message>
        <source>trash ID…: move articles to the trash.  trash list: show the trash.  trash restore ID…: take articles out of it.  trash purge ID…: delete trashed articles and all their revisions for good.</source>
        <translation>trash ID…: Artikel in den Papierkorb verschieben.  trash list: Papierkorb anzeigen.  trash restore ID…: Artikel aus dem Papierkorb zurückholen.  trash purge ID…: Artikel im Papierkorb samt allen Versionen endgültig löschen.</translation>
    </message>
    <message>
        <source>list, restore, purge, or ids</source>
        <translation>list, restore, purge oder IDs</translation>
    </message>
    <message>
        <source>Restored article %1 from the trash.</source>
        <translation>Artikel %1 aus dem Papierkorb wiederhergestellt.</translation>
    </message>
    <message>
        <source>Purged article %1 and its revisions.</source>
        <translation>Artikel %1 samt Versionen endgültig gelöscht.</translation>
    </message>
    <message>
        <source>Moved article %1 to the trash.</source>
        <translation>Artikel %1 in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>Check the library file for damage and inconsistencies.</source>
        <translation>Die Bibliotheksdatei auf Schäden und Unstimmigkeiten prüfen.</translation>
    </message>
    <message>
        <source>%1: ok</source>
        <translation>%1: OK</translation>
    </message>
    <message>
        <source>cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>“%1”: unknown file type; import reads .json and .md files</source>
        <translation>„%1“: unbekannter Dateityp; import liest .json- und .md-Dateien</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import articles from JSON (.json) or Markdown with YAML front matter (.md). The files are read and checked first, then written in one transaction: if any file is malformed, nothing is imported. An article whose UUID is already in the library becomes a new revision of it.</source>
        <translation>Artikel aus JSON (.json) oder Markdown mit YAML-Front-Matter (.md) importieren. Die Dateien werden zuerst gelesen und geprüft und dann in einer einzigen Transaktion geschrieben: Ist auch nur eine Datei fehlerhaft, wird nichts importiert. Ein Artikel, dessen UUID bereits in der Bibliothek vorhanden ist, wird zu einer neuen Version dieses Artikels.</translation>
    </message>
    <message>
        <source>Files to import</source>
        <translation>Zu importierende Dateien</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>DATEI…</translation>
    </message>
    <message>
        <source>import needs at least one file</source>
        <translation>import erwartet mindestens eine Datei</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported with %n other file(s)</source>
        <translation>
            <numerusform>Importiert zusammen mit %n weiteren Datei</numerusform>
            <numerusform>Importiert zusammen mit %n weiteren Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 → article %2</source>
        <translation>%1 → Artikel %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s) into %1.</source>
        <translation>
            <numerusform>%n Artikel in %1 importiert.</numerusform>
            <numerusform>%n Artikel in %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export articles. One article goes to the -o file (or standard output); several go into the -o folder as DATE-SLUG.EXT. Files are written atomically.</source>
        <translation>Artikel exportieren. Ein einzelner Artikel wird in die Datei -o (oder auf die Standardausgabe) geschrieben, mehrere in den Ordner -o als DATE-SLUG.EXT. Dateien werden atomar geschrieben.</translation>
    </message>
    <message>
        <source>Article ids or UUIDs</source>
        <translation>Artikel-IDs oder UUIDs</translation>
    </message>
    <message>
        <source>ID…</source>
        <translation>ID…</translation>
    </message>
    <message>
        <source>json or md</source>
        <translation>json oder md</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Output file, or folder for several articles; - for standard output</source>
        <translation>Ausgabedatei oder Ordner für mehrere Artikel; - für die Standardausgabe</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>unknown export format “%1”; use json or md</source>
        <translation>unbekanntes Exportformat „%1“; verwenden Sie json oder md</translation>
    </message>
    <message>
        <source>export needs at least one article id</source>
        <translation>export erwartet mindestens eine Artikel-ID</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>several articles need an output folder: -o FOLDER</source>
        <translation>mehrere Artikel erfordern einen Ausgabeordner: -o ORDNER</translation>
    </message>
</context>
<context>
    <name>Copydesk::HouseTemplates</name>
    <message>
        <source>The template &quot;%1&quot; cannot be used: %2</source>
        <translation>Die Vorlage „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>it was not found.</source>
        <translation>sie wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>The template &quot;%1&quot; failed: %2</source>
        <translation>Die Vorlage „%1“ ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryFile</name>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>%1: no such library</source>
        <translation>%1: Bibliothek nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: cannot read the library: %2</source>
        <translation>%1: Bibliothek kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a Copydesk library (not an SQLite database)</source>
        <translation>%1: keine Copydesk-Bibliothek (keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1: not a Copydesk library (an SQLite database of another application)</source>
        <translation>%1: keine Copydesk-Bibliothek (eine SQLite-Datenbank einer anderen Anwendung)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Copydesk (library format %2; this version reads formats up to %3). Update Copydesk to open it.</source>
        <translation>%1 wurde von einer neueren Copydesk-Version geschrieben (Bibliotheksformat %2; diese Version liest Formate bis %3). Aktualisieren Sie Copydesk, um die Bibliothek zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryPanel</name>
    <message>
        <source>Search articles…</source>
        <translation>Artikel suchen…</translation>
    </message>
    <message>
        <source>Search articles</source>
        <translation>Artikel suchen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Columns; click to sort</source>
        <translation>Spalten; zum Sortieren klicken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Article count</source>
        <translation>Anzahl der Artikel</translation>
    </message>
    <message>
        <source>&amp;New Article</source>
        <translation>&amp;Neuer Artikel</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Restore from Trash</source>
        <translation>Aus dem Papierkorb &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Author filter</source>
        <translation>Autorenfilter</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Rubrikfilter</translation>
    </message>
    <message>
        <source>Show T&amp;rash</source>
        <translation>&amp;Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Show the articles in the trash instead of the library</source>
        <translation>Die Artikel im Papierkorb statt der Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Show trash</source>
        <translation>Papierkorb anzeigen</translation>
    </message>
    <message>
        <source>Any author</source>
        <translation>Alle Autoren</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Alle Rubriken</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>Matches: %L1</source>
        <translation>Treffer: %L1</translation>
    </message>
    <message>
        <source>The best %L1 matches</source>
        <translation>Die besten %L1 Treffer</translation>
    </message>
    <message>
        <source>In the trash: %L1</source>
        <translation>Im Papierkorb: %L1</translation>
    </message>
    <message>
        <source>Articles: %L1</source>
        <translation>Artikel: %L1</translation>
    </message>
</context>
<context>
    <name>Copydesk::Main</name>
    <message>
        <source>An editorial workstation for news articles</source>
        <translation>Ein redaktioneller Arbeitsplatz für Nachrichtenartikel</translation>
    </message>
    <message>
        <source>The library file to open (default: %1)</source>
        <translation>Die zu öffnende Bibliotheksdatei (Standard: %1)</translation>
    </message>
    <message>
        <source>path</source>
        <translation>pfad</translation>
    </message>
    <message>
        <source>Name recorded on revisions (default: $COPYDESK_USER, $USER)</source>
        <translation>Name, der bei Versionen vermerkt wird (Standard: $COPYDESK_USER, $USER)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>Copydesk cannot open the library.</source>
        <translation>Copydesk kann die Bibliothek nicht öffnen.</translation>
    </message>
</context>
<context>
    <name>Copydesk::MainWindow</name>
    <message>
        <source>%1 — Copydesk</source>
        <translation>%1 — Copydesk</translation>
    </message>
    <message>
        <source>Library and article</source>
        <translation>Bibliothek und Artikel</translation>
    </message>
    <message>
        <source>Word count and reading time</source>
        <translation>Wortanzahl und Lesezeit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find in Library…</source>
        <translation>In der Bibliothek &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>Ü&amp;ber Copydesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Empty library</source>
        <translation>Leere Bibliothek</translation>
    </message>
    <message>
        <source>Your library is empty. Add a sample article that shows every part of a story?</source>
        <translation>Ihre Bibliothek ist leer. Möchten Sie einen Beispielartikel hinzufügen, der alle Bestandteile eines Artikels zeigt?</translation>
    </message>
    <message>
        <source>The sample article could not be added.</source>
        <translation>Der Beispielartikel konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>The sample article is missing from this build.</source>
        <translation>Der Beispielartikel fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>Sample article</source>
        <translation>Beispielartikel</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation>Importiert aus %1</translation>
    </message>
    <message>
        <source>Imported from %L1 files</source>
        <translation>Importiert aus %L1 Dateien</translation>
    </message>
    <message>
        <source>Articles imported: %L1</source>
        <translation>Importierte Artikel: %L1</translation>
    </message>
    <message>
        <source>New article</source>
        <translation>Neuer Artikel</translation>
    </message>
    <message>
        <source>The article could not be created.</source>
        <translation>Der Artikel konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The article could not be duplicated.</source>
        <translation>Der Artikel konnte nicht dupliziert werden.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicated</source>
        <translation>Dupliziert</translation>
    </message>
    <message>
        <source>The article could not be moved to the trash.</source>
        <translation>Der Artikel konnte nicht in den Papierkorb verschoben werden.</translation>
    </message>
    <message>
        <source>Moved to the trash.</source>
        <translation>In den Papierkorb verschoben.</translation>
    </message>
    <message>
        <source>The article could not be restored.</source>
        <translation>Der Artikel konnte nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Restored from the trash.</source>
        <translation>Aus dem Papierkorb wiederhergestellt.</translation>
    </message>
    <message>
        <source>Import Articles</source>
        <translation>Artikel importieren</translation>
    </message>
    <message>
        <source>Articles (*.json *.md *.markdown);;JSON (*.json);;Markdown (*.md *.markdown);;All files (*)</source>
        <translation>Artikel (*.json *.md *.markdown);;JSON (*.json);;Markdown (*.md *.markdown);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>Über Copydesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;An editorial workstation for structured news articles.&lt;/p&gt;&lt;p&gt;Library: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;Ein redaktioneller Arbeitsplatz für strukturierte Nachrichtenartikel.&lt;/p&gt;&lt;p&gt;Bibliothek: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>Words: %L1</source>
        <translation>Wörter: %L1</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::PageVariables</name>
    <message>
        <source>%n min read</source>
        <translation>%n Min. Lesezeit</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>More in</source>
        <translation>Mehr aus</translation>
    </message>
</context>
<context>
    <name>Copydesk::PublicationProfile</name>
    <message>
        <source>The publication profile&apos;s &quot;%1&quot; must be text.</source>
        <translation>„%1“ im Publikationsprofil muss Text sein.</translation>
    </message>
    <message>
        <source>The publication profile&apos;s &quot;%1&quot; must be a colour written as #rrggbb.</source>
        <translation>„%1“ im Publikationsprofil muss eine Farbe in der Form #rrggbb sein.</translation>
    </message>
    <message>
        <source>The publication profile&apos;s &quot;%1&quot; must be a picture in base64.</source>
        <translation>„%1“ im Publikationsprofil muss ein Bild in Base64 sein.</translation>
    </message>
    <message>
        <source>The publication profile&apos;s &quot;%1&quot; must be a positive whole number.</source>
        <translation>„%1“ im Publikationsprofil muss eine positive ganze Zahl sein.</translation>
    </message>
    <message>
        <source>The publication profile&apos;s &quot;%1&quot; must be &quot;A4&quot; or &quot;Letter&quot;.</source>
        <translation>„%1“ im Publikationsprofil muss „A4“ oder „Letter“ sein.</translation>
    </message>
</context>
<context>
    <name>Copydesk::SearchResultsModel</name>
    <message>
        <source>Untitled</source>
        <translation>Ohne Titel</translation>
    </message>
</context>
<context>
    <name>Copydesk::SnippetPreview</name>
    <message>
        <source>Social media card</source>
        <translation>Social-Media-Karte</translation>
    </message>
    <message>
        <source>Card site</source>
        <translation>Website der Karte</translation>
    </message>
    <message>
        <source>Card headline</source>
        <translation>Überschrift der Karte</translation>
    </message>
    <message>
        <source>Card description</source>
        <translation>Beschreibung der Karte</translation>
    </message>
    <message>
        <source>Search result address</source>
        <translation>Adresse im Suchergebnis</translation>
    </message>
    <message>
        <source>Search result headline</source>
        <translation>Überschrift im Suchergebnis</translation>
    </message>
    <message>
        <source>Search result description</source>
        <translation>Beschreibung im Suchergebnis</translation>
    </message>
    <message>
        <source>Shared on social media</source>
        <translation>In sozialen Medien geteilt</translation>
    </message>
    <message>
        <source>In search results</source>
        <translation>In Suchergebnissen</translation>
    </message>
    <message>
        <source>(No headline)</source>
        <translation>(Keine Überschrift)</translation>
    </message>
    <message>
        <source>No hero image</source>
        <translation>Kein Aufmacherbild</translation>
    </message>
</context>
<context>
    <name>Copydesk::SqliteArticleStore</name>
    <message>
        <source>cannot add the article</source>
        <translation>Artikel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot import the articles</source>
        <translation>Artikel können nicht importiert werden</translation>
    </message>
    <message>
        <source>article %1 of %2 (“%3”) was not imported, nor were the others: %4</source>
        <translation>Artikel %1 von %2 („%3“) wurde nicht importiert, die übrigen ebenfalls nicht: %4</translation>
    </message>
    <message>
        <source>cannot read the article</source>
        <translation>Artikel kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot look up the article</source>
        <translation>Artikel kann nicht abgefragt werden</translation>
    </message>
    <message>
        <source>%1: there is no article with the id “%2”</source>
        <translation>%1: es gibt keinen Artikel mit der ID „%2“</translation>
    </message>
    <message>
        <source>cannot save the article</source>
        <translation>Artikel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot read the revisions</source>
        <translation>Versionen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the revision</source>
        <translation>Version kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: article %2 has no revision %3</source>
        <translation>%1: Artikel %2 hat keine Version %3</translation>
    </message>
    <message>
        <source>cannot restore the revision</source>
        <translation>Version kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>Restored revision %1</source>
        <translation>Version %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>cannot move the article to the trash</source>
        <translation>Artikel kann nicht in den Papierkorb verschoben werden</translation>
    </message>
    <message>
        <source>cannot restore the article from the trash</source>
        <translation>Artikel kann nicht aus dem Papierkorb wiederhergestellt werden</translation>
    </message>
    <message>
        <source>cannot delete the article</source>
        <translation>Artikel kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>cannot list the articles</source>
        <translation>Artikel können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot count the articles</source>
        <translation>Artikel können nicht gezählt werden</translation>
    </message>
    <message>
        <source>cannot read the categories</source>
        <translation>Rubriken können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the authors</source>
        <translation>Autoren können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the publication profile</source>
        <translation>Publikationsprofil kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the stored publication profile is not a JSON object</source>
        <translation>%1: das gespeicherte Publikationsprofil ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>%1: the stored publication profile cannot be read: %2</source>
        <translation>%1: das gespeicherte Publikationsprofil kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot store the publication profile</source>
        <translation>Publikationsprofil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot optimize the library</source>
        <translation>Bibliothek kann nicht optimiert werden</translation>
    </message>
    <message>
        <source>%1: there is no article %2</source>
        <translation>%1: es gibt keinen Artikel %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::SqliteArticleWriter</name>
    <message>
        <source>the article id “%1” is not a UUID</source>
        <translation>die Artikel-ID „%1“ ist keine UUID</translation>
    </message>
    <message>
        <source>an article with the id “%1” is already in the library</source>
        <translation>ein Artikel mit der ID „%1“ ist bereits in der Bibliothek</translation>
    </message>
    <message>
        <source>cannot add the article</source>
        <translation>Artikel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot save the article</source>
        <translation>Artikel kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>the article has the id “%1”, not “%2” of the article it would replace</source>
        <translation>der Artikel hat die ID „%1“, nicht die ID „%2“ des Artikels, den er ersetzen würde</translation>
    </message>
    <message>
        <source>cannot look up the article</source>
        <translation>Artikel kann nicht abgefragt werden</translation>
    </message>
    <message>
        <source>cannot change the trash</source>
        <translation>Papierkorb kann nicht geändert werden</translation>
    </message>
    <message>
        <source>cannot delete the article</source>
        <translation>Artikel kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>article %1 is not in the trash; move it to the trash before deleting it for good</source>
        <translation>Artikel %1 ist nicht im Papierkorb; verschieben Sie ihn in den Papierkorb, bevor Sie ihn endgültig löschen</translation>
    </message>
    <message>
        <source>%1: there is no article %2</source>
        <translation>%1: es gibt keinen Artikel %2</translation>
    </message>
    <message>
        <source>cannot store the image</source>
        <translation>Bild kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot remove an unused image</source>
        <translation>nicht verwendetes Bild kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>cannot store the bylines</source>
        <translation>Autorenzeilen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot update the search index</source>
        <translation>Suchindex kann nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>cannot keep the revision</source>
        <translation>Version kann nicht gesichert werden</translation>
    </message>
</context>
<context>
    <name>Copydesk::SqliteCodec</name>
    <message>
        <source>the library %1 is damaged (an article cannot be read: %2); restore it from a backup</source>
        <translation>die Bibliothek %1 ist beschädigt (ein Artikel kann nicht gelesen werden: %2); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
</context>
<context>
    <name>Copydesk::SqliteConnection</name>
    <message>
        <source>cannot open the library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: cannot create the folder for the library</source>
        <translation>%1: Ordner für die Bibliothek kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the library</source>
        <translation>Bibliothek kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: cannot create the library</source>
        <translation>%1: Bibliothek kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>Copydesk::SqliteError</name>
    <message>
        <source>the library %1 is busy: another Copydesk is writing to it; try again</source>
        <translation>die Bibliothek %1 ist belegt: eine andere Copydesk-Instanz schreibt gerade hinein; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2); restore it from a backup</source>
        <translation>die Bibliothek %1 ist beschädigt (%2); stellen Sie sie aus einer Sicherung wieder her</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
</context>
<context>
    <name>Copydesk::SqliteIntegrityCheck</name>
    <message>
        <source>row %1 of “%2” refers to a missing row of “%3”</source>
        <translation>Zeile %1 von „%2“ verweist auf eine fehlende Zeile von „%3“</translation>
    </message>
    <message>
        <source>article %1 is missing from the search index</source>
        <translation>Artikel %1 fehlt im Suchindex</translation>
    </message>
    <message>
        <source>the search index lists article %1, which does not exist</source>
        <translation>der Suchindex führt Artikel %1, den es nicht gibt</translation>
    </message>
    <message>
        <source>article %1 has no content</source>
        <translation>Artikel %1 hat keinen Inhalt</translation>
    </message>
    <message>
        <source>article %1 lacks its current revision %2</source>
        <translation>bei Artikel %1 fehlt die aktuelle Version %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::SqliteSearch</name>
    <message>
        <source>%1: there is nothing to search for</source>
        <translation>%1: kein Suchbegriff angegeben</translation>
    </message>
    <message>
        <source>cannot search the library</source>
        <translation>Bibliothek kann nicht durchsucht werden</translation>
    </message>
</context>
</TS>

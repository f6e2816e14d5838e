<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Copydesk</name>
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
    <message>
        <source>the library %1 was written by an older Copydesk and must be updated, but it is read-only: %2</source>
        <translation>die Bibliothek %1 stammt von einer älteren Copydesk-Version und muss aktualisiert werden, ist aber schreibgeschützt: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::AboutInfo</name>
    <message>
        <source>License: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
    <message>
        <source>SQL drivers: %1</source>
        <translation>SQL-Treiber: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::AccessibleStatus</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>Word target</source>
        <translation>Wortziel</translation>
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
    <message>
        <source>Word target</source>
        <translation>Wortziel</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleEditor</name>
    <message>
        <source>Headli&amp;ne:</source>
        <translation>&amp;Überschrift:</translation>
    </message>
    <message>
        <source>&amp;Dek:</source>
        <translation>&amp;Vorspann:</translation>
    </message>
    <message>
        <source>One or two sentences under the headline</source>
        <translation>Ein oder zwei Sätze unter der Überschrift</translation>
    </message>
    <message>
        <source>&amp;Bylines:</source>
        <translation>A&amp;utorenzeile:</translation>
    </message>
    <message>
        <source>Name, Role; Name, Role</source>
        <translation>Name, Funktion; Name, Funktion</translation>
    </message>
    <message>
        <source>Datel&amp;ine:</source>
        <translation>&amp;Ortsmarke:</translation>
    </message>
    <message>
        <source>BERLIN</source>
        <translation>BERLIN</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Rubrik:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>The publication&apos;s language, or e.g. en, de</source>
        <translation>Sprache der Publikation, oder z. B. en, de</translation>
    </message>
    <message>
        <source>Article editor</source>
        <translation>Artikeleditor</translation>
    </message>
    <message>
        <source>Parts</source>
        <translation>Bausteine</translation>
    </message>
    <message>
        <source>&amp;Add Part</source>
        <translation>Baustein hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Add part</source>
        <translation>Baustein hinzufügen</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>&amp;Published:</source>
        <translation>V&amp;eröffentlicht:</translation>
    </message>
    <message>
        <source>Hero image:</source>
        <translation>Aufmacherbild:</translation>
    </message>
    <message>
        <source>&amp;Lede:</source>
        <translation>E&amp;instieg:</translation>
    </message>
    <message>
        <source>Removed %1. Undo (%2) brings it back.</source>
        <translation>%1 entfernt. Rückgängig (%2) holt es zurück.</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Umschalt+Tab</translation>
    </message>
    <message>
        <source>Next / previous field; row and part buttons come last</source>
        <translation>Nächstes / vorheriges Feld; die Knöpfe der Zeilen und Teile kommen zuletzt</translation>
    </message>
    <message>
        <source>Move the part or entry with the cursor up / down</source>
        <translation>Teil oder Eintrag mit dem Cursor nach oben / unten verschieben</translation>
    </message>
    <message>
        <source>Remove the part or entry with the cursor (undoable)</source>
        <translation>Teil oder Eintrag mit dem Cursor entfernen (rückgängig machbar)</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>In a list, FAQ, quote or reference: next field, or a new entry after the last field</source>
        <translation>In Liste, FAQ, Zitat oder Quelle: nächstes Feld, nach dem letzten Feld ein neuer Eintrag</translation>
    </message>
    <message>
        <source>Shift+Return</source>
        <translation>Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>Line break in a quote or an FAQ answer</source>
        <translation>Zeilenumbruch in einem Zitat oder einer FAQ-Antwort</translation>
    </message>
    <message>
        <source>New entry after the one with the cursor</source>
        <translation>Neuer Eintrag nach dem mit dem Cursor</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Rücktaste</translation>
    </message>
    <message>
        <source>In an empty entry: remove it</source>
        <translation>In einem leeren Eintrag: ihn entfernen</translation>
    </message>
    <message>
        <source>Undo / redo across every field of the article</source>
        <translation>Rückgängig / Wiederholen über alle Felder des Artikels</translation>
    </message>
    <message>
        <source>Right after a typographic quote or dash: the straight character typed</source>
        <translation>Direkt nach einem typografischen Anführungszeichen oder Strich: das getippte gerade Zeichen</translation>
    </message>
    <message>
        <source>In a text: a web page or document as Markdown; on the hero image&apos;s buttons: a picture</source>
        <translation>In einem Text: eine Webseite oder ein Dokument als Markdown; auf den Knöpfen des Aufmacherbilds: ein Bild</translation>
    </message>
    <message>
        <source>Paste as plain text</source>
        <translation>Als reinen Text einfügen</translation>
    </message>
    <message>
        <source>The publication&apos;s target</source>
        <translation>Ziel der Publikation</translation>
    </message>
    <message>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <source>W&amp;ord target:</source>
        <translation>Wor&amp;tziel:</translation>
    </message>
    <message>
        <source>Add a part after the one with the cursor (Add Part menu)</source>
        <translation>Einen Baustein nach dem mit dem Cursor einfügen (Menü „Baustein hinzufügen“)</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleExporter</name>
    <message>
        <source>PDF export needs the web engine (PdfExporter).</source>
        <translation>Der PDF-Export benötigt die Web-Engine (PdfExporter).</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: %2</source>
        <translation>Export nach „%1“ nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleFileReader</name>
    <message>
        <source>%1: uuid: %2 is not a UUID</source>
        <translation>%1: uuid: %2 ist keine UUID</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: unknown file type; articles are read from .json, .md, .html and .txt files</source>
        <translation>%1: unbekannter Dateityp; Artikel werden aus .json-, .md-, .html- und .txt-Dateien gelesen</translation>
    </message>
    <message>
        <source>%1: no text to import</source>
        <translation>%1: kein Text zum Importieren</translation>
    </message>
    <message>
        <source>%1: more than %L2 MB of text to import</source>
        <translation>%1: mehr als %L2 MB Text zum Importieren</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleFiles</name>
    <message>
        <source>The sample article is missing from this build.</source>
        <translation>Der Beispielartikel fehlt in diesem Build.</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleJson</name>
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
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>unbekannter Schlüssel %1</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>unbekannte Zeitzone %1</translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>unbekannter Status %1</translation>
    </message>
    <message>
        <source>expected a whole number from 0 to 1000000</source>
        <translation>erwartet eine ganze Zahl von 0 bis 1000000</translation>
    </message>
    <message>
        <source>expected an ISO 8601 date and time with its UTC offset, such as 2025-03-14T08:30:00Z, or null</source>
        <translation>Datum und Uhrzeit nach ISO 8601 mit UTC-Versatz erwartet, etwa 2025-03-14T08:30:00Z, oder null</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleLock</name>
    <message>
        <source>The lock folder %1 cannot be created.</source>
        <translation>Der Sperrordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The article is open in another window.</source>
        <translation>Der Artikel ist in einem anderen Fenster geöffnet.</translation>
    </message>
    <message>
        <source>The article is open in another Copydesk (process %1 on %2).</source>
        <translation>Der Artikel ist in einer anderen Copydesk-Instanz geöffnet (Prozess %1 auf %2).</translation>
    </message>
    <message>
        <source>The article cannot be locked for editing (%1).</source>
        <translation>Der Artikel kann nicht zur Bearbeitung gesperrt werden (%1).</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleMarkdown</name>
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
        <source>the front matter is not closed with a “---” line</source>
        <translation>der Front-Matter-Block ist nicht mit einer Zeile „---“ abgeschlossen</translation>
    </message>
    <message>
        <source>“bylines” must be a list</source>
        <translation>„bylines“ muss eine Liste sein</translation>
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
        <source>“hero” must be a map</source>
        <translation>„hero“ muss eine Zuordnung sein</translation>
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
        <source>the front matter must be a map of keys and values</source>
        <translation>der Front-Matter-Block muss aus Schlüsseln und Werten bestehen</translation>
    </message>
    <message>
        <source>unknown part class %1</source>
        <translation>unbekannte Teilklasse %1</translation>
    </message>
    <message>
        <source>%1 is not a date like 2025-01-31</source>
        <translation>%1 ist kein Datum wie 2025-01-31</translation>
    </message>
    <message>
        <source>%1 must be text</source>
        <translation>%1 muss Text sein</translation>
    </message>
    <message>
        <source>unknown byline key %1</source>
        <translation>unbekannter Schlüssel der Autorenzeile %1</translation>
    </message>
    <message>
        <source>unknown time zone %1</source>
        <translation>unbekannte Zeitzone %1</translation>
    </message>
    <message>
        <source>unknown hero key %1</source>
        <translation>unbekannter Schlüssel des Aufmacherbilds %1</translation>
    </message>
    <message>
        <source>hero image %1: pictures named by file are read only when a file is imported</source>
        <translation>Aufmacherbild %1: Bilder, die per Dateiname angegeben sind, werden nur beim Import einer Datei gelesen</translation>
    </message>
    <message>
        <source>unknown front matter key %1</source>
        <translation>unbekannter Front-Matter-Schlüssel %1</translation>
    </message>
    <message>
        <source>unknown status %1</source>
        <translation>unbekannter Status %1</translation>
    </message>
    <message>
        <source>front matter nested too deeply</source>
        <translation>Front Matter ist zu tief verschachtelt</translation>
    </message>
    <message>
        <source>%1 must be a whole number from 0 to 1000000</source>
        <translation>%1 muss eine ganze Zahl von 0 bis 1000000 sein</translation>
    </message>
    <message>
        <source>%1 is not a part&apos;s “#id .class”</source>
        <translation>%1 ist kein „#id .klasse“ eines Teils</translation>
    </message>
    <message>
        <source>%1 does not name a reference of this list</source>
        <translation>%1 nennt keine Quelle dieser Liste</translation>
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
    <name>Copydesk::ArticleSession</name>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
</context>
<context>
    <name>Copydesk::ArticleStore</name>
    <message>
        <source>the library %1 is read-only (%2); nothing was written</source>
        <translation>die Bibliothek %1 ist schreibgeschützt (%2); es wurde nichts geschrieben</translation>
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
    <name>Copydesk::AuditEntry</name>
    <message>
        <source>imported by %1</source>
        <translation>importiert von %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::AutosaveController</name>
    <message>
        <source>Autosaved after a pause in editing</source>
        <translation>Automatisch gespeichert nach einer Bearbeitungspause</translation>
    </message>
    <message>
        <source>Autosaved during a long editing session</source>
        <translation>Automatisch gespeichert während einer langen Bearbeitung</translation>
    </message>
    <message>
        <source>Merge with the version stored elsewhere</source>
        <translation>Mit der anderswo gespeicherten Fassung zusammenführen</translation>
    </message>
    <message>
        <source>Recover unsaved text</source>
        <translation>Ungespeicherten Text wiederherstellen</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
</context>
<context>
    <name>Copydesk::AutosaveSession</name>
    <message>
        <source>Copydesk was not closed properly last time. Nothing was lost: every article was already stored.</source>
        <translation>Copydesk wurde beim letzten Mal nicht ordnungsgemäß beendet. Es ging nichts verloren: Alle Artikel waren bereits gespeichert.</translation>
    </message>
    <message>
        <source>(No headline)</source>
        <translation>(Keine Überschrift)</translation>
    </message>
    <message>
        <source>“%1”, last stored %2</source>
        <translation>„%1“, zuletzt gespeichert am %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer Artikel</numerusform>
            <numerusform>und %n weitere Artikel</numerusform>
        </translation>
    </message>
    <message>
        <source>Copydesk was not closed properly last time. These articles were recovered with everything autosave had stored:</source>
        <translation>Copydesk wurde beim letzten Mal nicht ordnungsgemäß beendet. Diese Artikel wurden mit allem wiederhergestellt, was die automatische Speicherung gesichert hatte:</translation>
    </message>
    <message>
        <source>Recovered after an unclean shutdown</source>
        <translation>Nach nicht ordnungsgemäßem Beenden wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>Copydesk::BoundedFile</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>%1: too many levels of symbolic links</source>
        <translation>%1: zu viele Ebenen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is %2; the limit is %3</source>
        <translation>%1 ist %2 groß; die Grenze ist %3</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation>%1: keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>%1 is larger than %2, the limit</source>
        <translation>%1 ist größer als %2, die Grenze</translation>
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
    <name>Copydesk::Checklist</name>
    <message>
        <source>“%1” is empty; add at least one entry or remove the part.</source>
        <translation>„%1“ ist leer; fügen Sie mindestens einen Eintrag hinzu oder entfernen Sie den Baustein.</translation>
    </message>
    <message>
        <source>The article has no %1; the publication uses them, so add them.</source>
        <translation>Dem Artikel fehlt der Baustein „%1“; die Publikation sieht ihn vor, fügen Sie ihn also hinzu.</translation>
    </message>
    <message>
        <source>Write a headline.</source>
        <translation>Schreiben Sie eine Überschrift.</translation>
    </message>
    <message>
        <source>The headline has %1 characters; shorten it to %2 at most.</source>
        <translation>Die Überschrift hat %1 Zeichen; kürzen Sie sie auf höchstens %2.</translation>
    </message>
    <message>
        <source>Write a dek (the standfirst under the headline).</source>
        <translation>Schreiben Sie einen Vorspann (den Anreißer unter der Überschrift).</translation>
    </message>
    <message>
        <source>Add at least one byline.</source>
        <translation>Fügen Sie mindestens eine Autorenzeile hinzu.</translation>
    </message>
    <message>
        <source>Set the publication date.</source>
        <translation>Legen Sie das Veröffentlichungsdatum fest.</translation>
    </message>
    <message>
        <source>Describe the hero image in its alt text for readers who cannot see it.</source>
        <translation>Beschreiben Sie das Aufmacherbild im Alternativtext für Menschen, die es nicht sehen können.</translation>
    </message>
    <message>
        <source>The hero image&apos;s alt text repeats its caption; describe what the picture shows instead.</source>
        <translation>Der Alternativtext des Aufmacherbilds wiederholt die Bildunterschrift; beschreiben Sie stattdessen, was das Bild zeigt.</translation>
    </message>
    <message>
        <source>The hero image&apos;s alt text is its file name; describe what the picture shows instead.</source>
        <translation>Der Alternativtext des Aufmacherbilds ist sein Dateiname; beschreiben Sie stattdessen, was das Bild zeigt.</translation>
    </message>
    <message>
        <source>Add at least one body section with text.</source>
        <translation>Fügen Sie mindestens einen Abschnitt mit Text hinzu.</translation>
    </message>
    <message>
        <source>FAQ entry %1 has no question.</source>
        <translation>FAQ-Eintrag %1 hat keine Frage.</translation>
    </message>
    <message>
        <source>End the FAQ question “%1” with a question mark.</source>
        <translation>Beenden Sie die FAQ-Frage „%1“ mit einem Fragezeichen.</translation>
    </message>
    <message>
        <source>Answer the FAQ question “%1”.</source>
        <translation>Beantworten Sie die FAQ-Frage „%1“.</translation>
    </message>
    <message>
        <source>The reference URL “%1” is not a well-formed http or https address.</source>
        <translation>Die Quellen-URL „%1“ ist keine gültige http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Another part is already titled “%1”; give this one a different title.</source>
        <translation>Ein anderer Baustein hat bereits den Titel „%1“; geben Sie diesem einen anderen Titel.</translation>
    </message>
    <message>
        <source>The text says %1 min read, but the article takes %2 min to read; correct or remove it.</source>
        <translation>Im Text steht %1 Min. Lesezeit, der Artikel braucht aber %2 Min.; korrigieren oder entfernen Sie die Angabe.</translation>
    </message>
    <message>
        <source>Byline %1 has no name; name the author or remove it.</source>
        <translation>Autorenzeile %1 hat keinen Namen; nennen Sie die Person oder entfernen Sie die Zeile.</translation>
    </message>
    <message>
        <source>Part %1 is an empty section; the page leaves it out.</source>
        <translation>Teil %1 ist ein leerer Abschnitt; die Seite lässt ihn weg.</translation>
    </message>
    <message>
        <source>“%1” is empty; the page leaves it out.</source>
        <translation>„%1“ ist leer; die Seite lässt es weg.</translation>
    </message>
    <message>
        <source>Reference %1 has no title; readers see only its address.</source>
        <translation>Quelle %1 hat keinen Titel; Leser sehen nur ihre Adresse.</translation>
    </message>
    <message>
        <source>Under target: %L1 of %L2 words.</source>
        <translation>Unter dem Ziel: %L1 von %L2 Wörtern.</translation>
    </message>
    <message>
        <source>Over target: %L1 of %L2 words, more than %3 % over; shorten it.</source>
        <translation>Über dem Ziel: %L1 von %L2 Wörtern, mehr als %3 % darüber; kürzen Sie den Text.</translation>
    </message>
    <message>
        <source>The hero image is only %1 pixels wide: narrower than the page&apos;s column (%2) and far from the %3 social cards need. Use a larger picture.</source>
        <translation>Das Aufmacherbild ist nur %1 Pixel breit: schmaler als die Spalte der Seite (%2) und weit unter den %3, die Social-Media-Karten brauchen. Verwenden Sie ein größeres Bild.</translation>
    </message>
    <message>
        <source>The hero image is %1 pixels wide; social cards need at least %2. Use a larger picture.</source>
        <translation>Das Aufmacherbild ist %1 Pixel breit; Social-Media-Karten brauchen mindestens %2. Verwenden Sie ein größeres Bild.</translation>
    </message>
</context>
<context>
    <name>Copydesk::ChecklistConfig</name>
    <message>
        <source>The article has a headline</source>
        <translation>Der Artikel hat eine Überschrift</translation>
    </message>
    <message>
        <source>The headline fits the publication&apos;s length limit</source>
        <translation>Die Überschrift hält die Längenbegrenzung der Publikation ein</translation>
    </message>
    <message>
        <source>The article has a dek</source>
        <translation>Der Artikel hat einen Vorspann</translation>
    </message>
    <message>
        <source>At least one byline</source>
        <translation>Mindestens eine Autorenzeile</translation>
    </message>
    <message>
        <source>The publication date is set</source>
        <translation>Das Veröffentlichungsdatum ist festgelegt</translation>
    </message>
    <message>
        <source>The hero image has alt text that is neither its caption nor its file name</source>
        <translation>Das Aufmacherbild hat einen Alternativtext, der weder die Bildunterschrift noch der Dateiname ist</translation>
    </message>
    <message>
        <source>At least one body section</source>
        <translation>Mindestens ein Textabschnitt</translation>
    </message>
    <message>
        <source>Key Facts are present and not empty</source>
        <translation>„Die wichtigsten Fakten“ sind vorhanden und nicht leer</translation>
    </message>
    <message>
        <source>Key Takeaways are present and not empty</source>
        <translation>„Das Wichtigste in Kürze“ ist vorhanden und nicht leer</translation>
    </message>
    <message>
        <source>References are present and not empty</source>
        <translation>Quellen sind vorhanden und nicht leer</translation>
    </message>
    <message>
        <source>Every FAQ question ends with a question mark and has an answer</source>
        <translation>Jede FAQ-Frage endet mit einem Fragezeichen und hat eine Antwort</translation>
    </message>
    <message>
        <source>Reference URLs are well-formed http or https addresses</source>
        <translation>Quellen-URLs sind gültige http- oder https-Adressen</translation>
    </message>
    <message>
        <source>No two sections have the same title</source>
        <translation>Keine zwei Abschnitte haben denselben Titel</translation>
    </message>
    <message>
        <source>A reading time written in the text matches the computed one</source>
        <translation>Eine im Text genannte Lesezeit stimmt mit der berechneten überein</translation>
    </message>
    <message>
        <source>levels.%1: expected “off”, “recommended” or “required”</source>
        <translation>levels.%1: „off“, „recommended“ oder „required“ erwartet</translation>
    </message>
    <message>
        <source>levels.%1: no such checklist rule</source>
        <translation>levels.%1: keine solche Checklistenregel</translation>
    </message>
    <message>
        <source>No part is empty (the page leaves empty parts out)</source>
        <translation>Kein Teil ist leer (die Seite lässt leere Teile weg)</translation>
    </message>
    <message>
        <source>Every reference has a title</source>
        <translation>Jede Quelle hat einen Titel</translation>
    </message>
    <message>
        <source>The article reaches its word target and is not far over it</source>
        <translation>Der Artikel erreicht sein Wortziel und liegt nicht weit darüber</translation>
    </message>
    <message>
        <source>The hero image is wide enough for the page&apos;s column and for social cards</source>
        <translation>Das Aufmacherbild ist breit genug für die Spalte der Seite und für Social-Media-Karten</translation>
    </message>
</context>
<context>
    <name>Copydesk::ChecklistPanel</name>
    <message>
        <source>Checklist summary</source>
        <translation>Zusammenfassung der Checkliste</translation>
    </message>
    <message>
        <source>Checklist findings</source>
        <translation>Befunde der Checkliste</translation>
    </message>
    <message>
        <source>Ready: no findings</source>
        <translation>Bereit: keine Befunde</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n required</source>
        <translation>
            <numerusform>%n erforderlich</numerusform>
            <numerusform>%n erforderlich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recommended</source>
        <translation>
            <numerusform>%n empfohlen</numerusform>
            <numerusform>%n empfohlen</numerusform>
        </translation>
    </message>
    <message>
        <source>No article open</source>
        <translation>Kein Artikel geöffnet</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %n required finding(s); the article cannot be submitted.</source>
        <translation>
            <numerusform>Checkliste: %n Pflichtbefund; der Artikel kann nicht eingereicht werden.</numerusform>
            <numerusform>Checkliste: %n Pflichtbefunde; der Artikel kann nicht eingereicht werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checklist: nothing required is missing any more.</source>
        <translation>Checkliste: Es fehlt nichts Verpflichtendes mehr.</translation>
    </message>
</context>
<context>
    <name>Copydesk::ChecklistRulesDialog</name>
    <message>
        <source>Checklist Rules</source>
        <translation>Checklistenregeln</translation>
    </message>
    <message>
        <source>Required findings block submitting and approving; recommended ones only warn. The levels apply to the whole library.</source>
        <translation>Erforderliche Befunde verhindern das Einreichen und Freigeben; empfohlene warnen nur. Die Stufen gelten für die ganze Bibliothek.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Checklist rules</source>
        <translation>Checklistenregeln</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Empfohlen</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Level of “%1”</source>
        <translation>Stufe von „%1“</translation>
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
        <source>%1: ok</source>
        <translation>%1: OK</translation>
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
        <source>Article ids or UUIDs</source>
        <translation>Artikel-IDs oder UUIDs</translation>
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
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>several articles need an output folder: -o FOLDER</source>
        <translation>mehrere Artikel erfordern einen Ausgabeordner: -o ORDNER</translation>
    </message>
    <message>
        <source>Run the checklist over articles or files</source>
        <translation>Artikel oder Dateien mit der Checkliste prüfen</translation>
    </message>
    <message>
        <source>Show or set the library&apos;s checklist rules</source>
        <translation>Checklistenregeln der Bibliothek anzeigen oder festlegen</translation>
    </message>
    <message>
        <source>List or add the library&apos;s people and roles</source>
        <translation>Personen und Rollen der Bibliothek auflisten oder hinzufügen</translation>
    </message>
    <message>
        <source>Submit a draft for review</source>
        <translation>Entwurf zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Approve an article</source>
        <translation>Artikel freigeben</translation>
    </message>
    <message>
        <source>Send an article back with a note</source>
        <translation>Artikel mit einer Notiz zurückgeben (Änderungen anfordern)</translation>
    </message>
    <message>
        <source>Mark an approved article published</source>
        <translation>Freigegebenen Artikel als veröffentlicht markieren</translation>
    </message>
    <message>
        <source>Withdraw an article</source>
        <translation>Artikel zurückziehen</translation>
    </message>
    <message>
        <source>Bring a spiked article back as a draft</source>
        <translation>Zurückgezogenen Artikel wieder zum Entwurf machen</translation>
    </message>
    <message>
        <source>Give an article another owner</source>
        <translation>Artikel einer anderen verantwortlichen Person zuweisen</translation>
    </message>
    <message>
        <source>Print an article&apos;s audit log</source>
        <translation>Prüfprotokoll eines Artikels ausgeben</translation>
    </message>
    <message>
        <source>Comment on a part of an article</source>
        <translation>Einen Teil eines Artikels kommentieren</translation>
    </message>
    <message>
        <source>List an article&apos;s review comments</source>
        <translation>Prüfkommentare eines Artikels auflisten</translation>
    </message>
    <message>
        <source>Reply to a review comment</source>
        <translation>Auf einen Prüfkommentar antworten</translation>
    </message>
    <message>
        <source>Resolve a comment thread</source>
        <translation>Kommentar-Thread als erledigt markieren</translation>
    </message>
    <message>
        <source>Reopen a comment thread</source>
        <translation>Kommentar-Thread wieder öffnen</translation>
    </message>
    <message>
        <source>What changed since the last review</source>
        <translation>Änderungen seit der letzten Prüfung</translation>
    </message>
    <message>
        <source>Awaiting my review, changes requested, approved, mine</source>
        <translation>Wartet auf meine Prüfung, Änderungen angefordert, freigegeben, meine</translation>
    </message>
    <message>
        <source>article %1: %2</source>
        <translation>Artikel %1: %2</translation>
    </message>
    <message>
        <source>PDF export needs a graphical application object</source>
        <translation>Der PDF-Export benötigt ein grafisches Anwendungsobjekt</translation>
    </message>
    <message>
        <source>cannot export article %1 to “%2”: %3</source>
        <translation>Artikel %1 kann nicht nach „%2“ exportiert werden: %3</translation>
    </message>
    <message>
        <source>[ID…]</source>
        <translation>[ID…]</translation>
    </message>
    <message>
        <source>Export every live article with this status (draft, inReview, changesRequested, approved, published, spiked); may be repeated</source>
        <translation>Alle Artikel außerhalb des Papierkorbs mit diesem Status exportieren (draft, inReview, changesRequested, approved, published, spiked); mehrfach angebbar</translation>
    </message>
    <message>
        <source>Fail without writing anything when preflight finds a problem</source>
        <translation>Ohne zu schreiben abbrechen, wenn die Vorabprüfung ein Problem findet</translation>
    </message>
    <message>
        <source>unknown export format “%1”; use %2</source>
        <translation>unbekanntes Exportformat „%1“; verwenden Sie %2</translation>
    </message>
    <message>
        <source>export needs article ids or --status, and not both</source>
        <translation>export erwartet Artikel-IDs oder --status, aber nicht beides</translation>
    </message>
    <message numerus="yes">
        <source>preflight found %n problem(s); nothing was written (--strict)</source>
        <translation>
            <numerusform>die Vorabprüfung hat %n Problem gefunden; es wurde nichts geschrieben (--strict)</numerusform>
            <numerusform>die Vorabprüfung hat %n Probleme gefunden; es wurde nichts geschrieben (--strict)</numerusform>
        </translation>
    </message>
    <message>
        <source>a PDF needs an output file: -o FILE</source>
        <translation>ein PDF erfordert eine Ausgabedatei: -o DATEI</translation>
    </message>
    <message>
        <source>No article has that status; nothing was written.</source>
        <translation>Kein Artikel hat diesen Status; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>required</source>
        <translation>erforderlich</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>empfohlen</translation>
    </message>
    <message>
        <source>%1: passes the checklist</source>
        <translation>%1: besteht die Checkliste</translation>
    </message>
    <message>
        <source>%1: %2 required, %3 recommended</source>
        <translation>%1: %2 erforderlich, %3 empfohlen</translation>
    </message>
    <message>
        <source>%1 needs exactly one article id</source>
        <translation>%1 erwartet genau eine Artikel-ID</translation>
    </message>
    <message>
        <source>A note for the reporter and the audit log</source>
        <translation>Eine Notiz für den Reporter und das Prüfprotokoll</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>%1 needs --note saying what to change</source>
        <translation>%1 erwartet --note mit den gewünschten Änderungen</translation>
    </message>
    <message>
        <source>Article %1 is now %2.</source>
        <translation>Artikel %1 hat jetzt den Status „%2“.</translation>
    </message>
    <message>
        <source>“%1” is not a comment number</source>
        <translation>„%1“ ist keine Kommentarnummer</translation>
    </message>
    <message>
        <source>Article ids or UUIDs, or files</source>
        <translation>Artikel-IDs oder UUIDs oder Dateien</translation>
    </message>
    <message>
        <source>check needs article ids or files</source>
        <translation>check erwartet Artikel-IDs oder Dateien</translation>
    </message>
    <message>
        <source>set RULE LEVEL, or headline-length N</source>
        <translation>set RULE LEVEL oder headline-length N</translation>
    </message>
    <message>
        <source>“%1” is not a level: use off, recommended or required</source>
        <translation>„%1“ ist keine Stufe: verwenden Sie off, recommended oder required</translation>
    </message>
    <message>
        <source>there is no checklist rule “%1”</source>
        <translation>es gibt keine Checklistenregel „%1“</translation>
    </message>
    <message>
        <source>use: checklist [set RULE LEVEL | headline-length N]</source>
        <translation>Aufruf: checklist [set RULE LEVEL | headline-length N]</translation>
    </message>
    <message>
        <source>Headlines up to %1 characters.</source>
        <translation>Überschriften bis %1 Zeichen.</translation>
    </message>
    <message>
        <source>List the library&apos;s people, or add one (or change their role): people add NAME ROLE, ROLE being reporter, editor or admin. The first person may be added by anyone; after that only admins add people.</source>
        <translation>Personen der Bibliothek auflisten oder eine hinzufügen (bzw. ihre Rolle ändern): people add NAME ROLE, wobei ROLE reporter, editor oder admin ist. Die erste Person darf jeder hinzufügen; danach fügen nur Administratoren Personen hinzu.</translation>
    </message>
    <message>
        <source>add NAME ROLE</source>
        <translation>add NAME ROLE</translation>
    </message>
    <message>
        <source>use: people add NAME ROLE</source>
        <translation>Aufruf: people add NAME ROLE</translation>
    </message>
    <message>
        <source>“%1” is not a role: use reporter, editor or admin</source>
        <translation>„%1“ ist keine Rolle: verwenden Sie reporter, editor oder admin</translation>
    </message>
    <message>
        <source>Submit your draft for review (as --author).</source>
        <translation>Ihren Entwurf zur Prüfung einreichen (als --author).</translation>
    </message>
    <message>
        <source>Approve an article in review: records the exact text approved.</source>
        <translation>Einen Artikel in Prüfung freigeben; der genaue freigegebene Text wird festgehalten.</translation>
    </message>
    <message>
        <source>Send an article in review back to its owner with a note.</source>
        <translation>Einen Artikel in Prüfung mit einer Notiz an die verantwortliche Person zurückgeben.</translation>
    </message>
    <message>
        <source>Mark an approved article published.</source>
        <translation>Einen freigegebenen Artikel als veröffentlicht markieren.</translation>
    </message>
    <message>
        <source>Withdraw (spike) an article.</source>
        <translation>Einen Artikel zurückziehen (spike).</translation>
    </message>
    <message>
        <source>Bring a spiked article back as a draft.</source>
        <translation>Einen zurückgezogenen Artikel wieder zum Entwurf machen.</translation>
    </message>
    <message>
        <source>Give an article another owner (admins).</source>
        <translation>Einen Artikel einer anderen verantwortlichen Person zuweisen (Administratoren).</translation>
    </message>
    <message>
        <source>The new owner</source>
        <translation>Die neue verantwortliche Person</translation>
    </message>
    <message>
        <source>reassign needs an article id and a person</source>
        <translation>reassign erwartet eine Artikel-ID und eine Person</translation>
    </message>
    <message>
        <source>Article %1 now belongs to %2.</source>
        <translation>Verantwortlich für Artikel %1 ist jetzt %2.</translation>
    </message>
    <message>
        <source>Print an article&apos;s audit log, oldest first.</source>
        <translation>Das Prüfprotokoll eines Artikels ausgeben, älteste Einträge zuerst.</translation>
    </message>
    <message>
        <source>(library)</source>
        <translation>(Bibliothek)</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Comment on a part of an article: --part headline, lede, parts/ID, parts/ID/items/N, parts/ID/faq/N…, optionally with --range START:END inside its text.</source>
        <translation>Einen Teil eines Artikels kommentieren: --part headline, lede, parts/ID, parts/ID/items/N, parts/ID/faq/N…, optional mit --range START:END innerhalb seines Texts.</translation>
    </message>
    <message>
        <source>The comment</source>
        <translation>Der Kommentar</translation>
    </message>
    <message>
        <source>Where the comment points</source>
        <translation>Worauf sich der Kommentar bezieht</translation>
    </message>
    <message>
        <source>Characters START:END of the part&apos;s text</source>
        <translation>Zeichen START:END im Text des Teils</translation>
    </message>
    <message>
        <source>use: comment ID --part PATH TEXT</source>
        <translation>Aufruf: comment ID --part PATH TEXT</translation>
    </message>
    <message>
        <source>--range needs START:END</source>
        <translation>--range erwartet START:END</translation>
    </message>
    <message>
        <source>Comment %1 added.</source>
        <translation>Kommentar %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>List an article&apos;s review comments.</source>
        <translation>Die Prüfkommentare eines Artikels auflisten.</translation>
    </message>
    <message>
        <source>(resolved by %1)</source>
        <translation>(erledigt von %1)</translation>
    </message>
    <message>
        <source>Reply to a review comment.</source>
        <translation>Auf einen Prüfkommentar antworten.</translation>
    </message>
    <message>
        <source>Comment number</source>
        <translation>Kommentarnummer</translation>
    </message>
    <message>
        <source>The reply</source>
        <translation>Die Antwort</translation>
    </message>
    <message>
        <source>use: reply COMMENT TEXT</source>
        <translation>Aufruf: reply COMMENT TEXT</translation>
    </message>
    <message>
        <source>Reply %1 added.</source>
        <translation>Antwort %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Resolve a comment thread.</source>
        <translation>Einen Kommentar-Thread als erledigt markieren.</translation>
    </message>
    <message>
        <source>Reopen a comment thread.</source>
        <translation>Einen Kommentar-Thread wieder öffnen.</translation>
    </message>
    <message>
        <source>%1 needs one comment number</source>
        <translation>%1 erwartet eine Kommentarnummer</translation>
    </message>
    <message>
        <source>Show what changed since the article was last reviewed.</source>
        <translation>Anzeigen, was sich seit der letzten Prüfung des Artikels geändert hat.</translation>
    </message>
    <message>
        <source>Nothing changed since the last review.</source>
        <translation>Seit der letzten Prüfung hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>List a review view for --author: awaiting (my review), changes (requested), approved, mine.</source>
        <translation>Eine Prüfansicht für --author auflisten: awaiting (wartet auf meine Prüfung), changes (Änderungen angefordert), approved (freigegeben), mine (meine Artikel).</translation>
    </message>
    <message>
        <source>awaiting, changes, approved or mine</source>
        <translation>awaiting, changes, approved oder mine</translation>
    </message>
    <message>
        <source>use: queue awaiting|changes|approved|mine</source>
        <translation>Aufruf: queue awaiting|changes|approved|mine</translation>
    </message>
    <message>
        <source>Show the library&apos;s checklist rules and their levels, or change one (editors and admins): checklist set RULE off|recommended|required, checklist headline-length N (the publication profile&apos;s headline limit, 0 for none).</source>
        <translation>Checklistenregeln der Bibliothek und ihre Stufen anzeigen oder eine davon ändern (Redakteure und Administratoren): checklist set RULE off|recommended|required, checklist headline-length N (die Längenbegrenzung für Überschriften im Publikationsprofil, 0 für keine).</translation>
    </message>
    <message>
        <source>headline-length needs a whole number, 0 for no limit</source>
        <translation>headline-length erwartet eine ganze Zahl, 0 für keine Begrenzung</translation>
    </message>
    <message>
        <source>Headlines of any length.</source>
        <translation>Überschriften beliebiger Länge.</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>Schreiben auf die Standardausgabe nicht möglich: %1</translation>
    </message>
    <message>
        <source>note: the library “%1” is read-only (%2): it can be read, not changed</source>
        <translation>Hinweis: die Bibliothek „%1“ ist schreibgeschützt (%2): sie kann gelesen, aber nicht geändert werden</translation>
    </message>
    <message>
        <source>Check the library file for damage and inconsistencies, and that the text of every article is readable and matches the content hash of its newest revision. Works on read-only libraries and while another Copydesk writes.</source>
        <translation>Die Bibliotheksdatei auf Schäden und Unstimmigkeiten prüfen, und ob der Text jedes Artikels lesbar ist und zum Inhalts-Hash seiner neuesten Version passt. Funktioniert auch bei schreibgeschützten Bibliotheken und während eine andere Copydesk-Instanz schreibt.</translation>
    </message>
    <message>
        <source>Check every revision of every article, not only the newest</source>
        <translation>Jede Version jedes Artikels prüfen, nicht nur die neueste</translation>
    </message>
    <message>
        <source>; --force replaces it</source>
        <translation>; --force ersetzt sie</translation>
    </message>
    <message>
        <source>Export articles as the publication&apos;s page (html, pdf), Markdown (md), IPTC ninjs or Copydesk JSON. One article goes to the -o file (or standard output); several, or all articles with a --status, go into the -o folder as DATE-SLUG.EXT. Files are written atomically. Preflight findings (no headline, no alt text, a malformed reference URL…) are shown; with --strict they stop the export and nothing is written. An existing file is replaced only when it is an earlier export of the same format (or with --force); a library, a database or their side files never are.</source>
        <translation>Artikel als Seite der Publikation (html, pdf), Markdown (md), IPTC ninjs oder Copydesk-JSON exportieren. Ein Artikel geht in die Datei -o (oder auf die Standardausgabe); mehrere, oder alle Artikel mit einem --status, gehen als DATUM-SLUG.EXT in den Ordner -o. Dateien werden atomar geschrieben. Befunde der Vorabprüfung (keine Überschrift, kein Alternativtext, eine fehlerhafte Quellen-URL…) werden angezeigt; mit --strict brechen sie den Export ab und nichts wird geschrieben. Eine vorhandene Datei wird nur ersetzt, wenn sie ein früherer Export im selben Format ist (oder mit --force); eine Bibliothek, eine Datenbank oder deren Begleitdateien nie.</translation>
    </message>
    <message>
        <source>Replace existing files that are not earlier exports of this format (a library or a database is never replaced)</source>
        <translation>Vorhandene Dateien ersetzen, die keine früheren Exporte in diesem Format sind (eine Bibliothek oder Datenbank wird nie ersetzt)</translation>
    </message>
    <message>
        <source>the folder “%1” of the library “%2” does not exist; create it first</source>
        <translation>der Ordner „%1“ der Bibliothek „%2“ existiert nicht; legen Sie ihn zuerst an</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) may not be written; nothing was written.</source>
        <translation>
            <numerusform>%n Datei darf nicht geschrieben werden; es wurde nichts geschrieben.</numerusform>
            <numerusform>%n Dateien dürfen nicht geschrieben werden; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>html, pdf, md, ninjs or json (default: the -o file&apos;s extension, else json)</source>
        <translation>html, pdf, md, ninjs oder json (Vorgabe: die Endung der -o-Datei, sonst json)</translation>
    </message>
    <message>
        <source>The team library is set up already (schema %1).</source>
        <translation>Die Team-Bibliothek ist bereits eingerichtet (Schema %1).</translation>
    </message>
    <message>
        <source>Team library migrated from schema %1 to %2.</source>
        <translation>Team-Bibliothek von Schema %1 auf %2 migriert.</translation>
    </message>
    <message>
        <source>Set up a team library on PostgreSQL, add its people</source>
        <translation>Eine Team-Bibliothek auf PostgreSQL einrichten, ihre Personen hinzufügen</translation>
    </message>
    <message>
        <source>--user and --author cannot be used on a team library: you are its database login, %1 (choose another with user= in the URI or PGUSER)</source>
        <translation>--user und --author gehen bei einer Team-Bibliothek nicht: Sie sind ihr Datenbank-Login, %1 (ein anderes wählen Sie mit user= in der URI oder PGUSER)</translation>
    </message>
    <message>
        <source>team add-person needs LOGIN NAME ROLE</source>
        <translation>team add-person braucht LOGIN NAME ROLLE</translation>
    </message>
    <message>
        <source>unknown role “%1”: use reporter, editor or admin</source>
        <translation>unbekannte Rolle „%1“: reporter, editor oder admin</translation>
    </message>
    <message>
        <source>%1 (%2) is an admin of the team library.</source>
        <translation>%1 (%2) ist Admin der Team-Bibliothek.</translation>
    </message>
    <message>
        <source>%1 (%2) is an editor of the team library.</source>
        <translation>%1 (%2) ist Redakteur·in der Team-Bibliothek.</translation>
    </message>
    <message>
        <source>%1 (%2) is a reporter of the team library.</source>
        <translation>%1 (%2) ist Reporter·in der Team-Bibliothek.</translation>
    </message>
    <message>
        <source>team %1 needs a team library: --library postgresql://…</source>
        <translation>team %1 braucht eine Team-Bibliothek: --library postgresql://…</translation>
    </message>
    <message>
        <source>team init takes no further arguments</source>
        <translation>team init nimmt keine weiteren Argumente</translation>
    </message>
    <message>
        <source>Team library set up (schema %1); you are its first admin. Add people with: team add-person LOGIN NAME ROLE</source>
        <translation>Team-Bibliothek eingerichtet (Schema %1); Sie sind ihr erster Admin. Personen fügen Sie hinzu mit: team add-person LOGIN NAME ROLLE</translation>
    </message>
    <message>
        <source>team push needs LIBRARY URI</source>
        <translation>team push braucht BIBLIOTHEK URI</translation>
    </message>
    <message>
        <source>team push needs a team library URI (postgresql://…), not “%1”</source>
        <translation>team push braucht die URI einer Team-Bibliothek (postgresql://…), nicht „%1“</translation>
    </message>
    <message>
        <source>--map needs “Local Name=login”, not “%1”</source>
        <translation>--map braucht „Lokaler Name=Login“, nicht „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) pushed</source>
        <translation>
            <numerusform>%n Artikel übertragen</numerusform>
            <numerusform>%n Artikel übertragen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already there</source>
        <translation>
            <numerusform>%n schon vorhanden</numerusform>
            <numerusform>%n schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision(s)</source>
        <translation>
            <numerusform>%n Version</numerusform>
            <numerusform>%n Versionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n Kommentar</numerusform>
            <numerusform>%n Kommentare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s)</source>
        <translation>
            <numerusform>%n Protokolleintrag</numerusform>
            <numerusform>%n Protokolleinträge</numerusform>
        </translation>
    </message>
    <message>
        <source>push: the team login of a person of the local library</source>
        <translation>push: das Team-Login einer Person der lokalen Bibliothek</translation>
    </message>
    <message>
        <source>Local Name=login</source>
        <translation>Lokaler Name=Login</translation>
    </message>
    <message>
        <source>Store the password in the system keyring with “copydesk --library URI team login”, or put it in ~/.pgpass.</source>
        <translation>Legen Sie das Passwort mit „copydesk --library URI team login“ im Schlüsselbund des Systems ab oder tragen Sie es in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>no password given; nothing is stored</source>
        <translation>kein Passwort eingegeben; es wird nichts gespeichert</translation>
    </message>
    <message>
        <source>the server refused the password for %1; nothing is stored (%2)</source>
        <translation>der Server hat das Passwort für %1 abgelehnt; es wird nichts gespeichert (%2)</translation>
    </message>
    <message>
        <source>the password for %1 is right but cannot be stored: %2. Put it in ~/.pgpass instead.</source>
        <translation>das Passwort für %1 stimmt, kann aber nicht gespeichert werden: %2. Tragen Sie es stattdessen in ~/.pgpass ein.</translation>
    </message>
    <message>
        <source>Logged in as %1. The password for %2 is stored in the system keyring; Copydesk uses it when the server asks for one.</source>
        <translation>Angemeldet als %1. Das Passwort für %2 liegt im Schlüsselbund des Systems; Copydesk verwendet es, wenn der Server nach einem Passwort fragt.</translation>
    </message>
    <message>
        <source>The password for %1 is removed from the system keyring.</source>
        <translation>Das Passwort für %1 wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>The system keyring has no password for %1.</source>
        <translation>Der Schlüsselbund des Systems enthält kein Passwort für %1.</translation>
    </message>
    <message>
        <source>The team library on PostgreSQL, named by --library postgresql://… . “team init” sets it up: the schema and the groups copydesk_reporter, copydesk_editor and copydesk_admin, and makes the login that runs it the first admin. That needs a database login that may create roles; migrating an older team library needs a Copydesk admin. A current library is left as it is. “team add-person LOGIN NAME ROLE” (admins only) adds a person: a database login (made when there is none, without a password) in the group of ROLE (reporter, editor or admin), shown as NAME; for an existing person it changes the name and the role. “team push LIBRARY URI” (admins of the team library only) copies a local library with its history into the team library at URI, all or nothing; its people must have team logins of the same name or display name, or be named with --map. Articles already there with the same text are skipped; with different text the push is refused. “team login” asks for the password of the URI&apos;s login, checks it with the server and stores it in the system keyring, where every command and the window find it when the server asks for a password (~/.pgpass and service files work as well); “team logout” removes it again.</source>
        <translation>Die Team-Bibliothek auf PostgreSQL, angegeben mit --library postgresql://… . „team init“ richtet sie ein: das Schema und die Gruppen copydesk_reporter, copydesk_editor und copydesk_admin, und macht das Login, das den Befehl ausführt, zum ersten Admin. Dazu braucht es ein Datenbank-Login, das Rollen anlegen darf; eine ältere Team-Bibliothek migriert nur ein Copydesk-Admin. Eine aktuelle Bibliothek bleibt, wie sie ist. „team add-person LOGIN NAME ROLLE“ (nur Admins) fügt eine Person hinzu: ein Datenbank-Login (angelegt, wenn es keines gibt, ohne Passwort) in der Gruppe von ROLLE (reporter, editor oder admin), angezeigt als NAME; bei einer bestehenden Person ändert es Name und Rolle. „team push BIBLIOTHEK URI“ (nur Admins der Team-Bibliothek) kopiert eine lokale Bibliothek mit ihrer Geschichte in die Team-Bibliothek unter URI, alles oder nichts; ihre Personen brauchen Team-Logins mit demselben Namen oder Anzeigenamen oder werden mit --map benannt. Artikel, die mit demselben Text schon da sind, werden übersprungen; bei anderem Text wird die Übertragung abgelehnt. „team login“ fragt nach dem Passwort des Logins der URI, prüft es mit dem Server und legt es im Schlüsselbund des Systems ab, wo jeder Befehl und das Fenster es finden, wenn der Server nach einem Passwort fragt (~/.pgpass und Service-Dateien funktionieren ebenso); „team logout“ entfernt es wieder.</translation>
    </message>
    <message>
        <source>init, add-person, push, login or logout</source>
        <translation>init, add-person, push, login oder logout</translation>
    </message>
    <message>
        <source>team needs an action: init, add-person, push, login or logout</source>
        <translation>team braucht eine Aktion: init, add-person, push, login oder logout</translation>
    </message>
    <message>
        <source>team %1 takes no further arguments</source>
        <translation>team %1 nimmt keine weiteren Argumente</translation>
    </message>
    <message>
        <source>Take a submission back to Draft</source>
        <translation>Eine Einreichung als Entwurf zurücknehmen</translation>
    </message>
    <message>
        <source>Approve as an admin, with a note</source>
        <translation>Als Administrator freigeben, mit Notiz</translation>
    </message>
    <message>
        <source>Approve an article in review as an admin when no editor may (--note saying why is required); the audit log records the override.</source>
        <translation>Einen Artikel in Prüfung als Administrator freigeben, wenn kein Redakteur es darf (--note mit der Begründung ist Pflicht); das Prüfprotokoll vermerkt die Ausnahmefreigabe.</translation>
    </message>
    <message>
        <source>Take your submission back to Draft before an editor has decided on it.</source>
        <translation>Die eigene Einreichung als Entwurf zurücknehmen, bevor ein Redakteur darüber entschieden hat.</translation>
    </message>
    <message>
        <source>Import articles from JSON (.json) or Markdown with YAML front matter (.md), or copy whose structure is recognised: HTML pages (.html), plain text (.txt) and Markdown without front matter; what was recognised as what is reported on standard error. The files are read and checked first, then written in one transaction: if any file is malformed, nothing is imported. An article whose UUID is already in the library becomes a new revision of it.</source>
        <translation>Artikel aus JSON (.json) oder Markdown mit YAML-Front-Matter (.md) importieren, oder Texte, deren Aufbau erkannt wird: HTML-Seiten (.html), reiner Text (.txt) und Markdown ohne Front-Matter; was als was erkannt wurde, steht in der Standardfehlerausgabe. Die Dateien werden zuerst gelesen und geprüft und dann in einer einzigen Transaktion geschrieben: Ist auch nur eine Datei fehlerhaft, wird nichts importiert. Ein Artikel, dessen UUID bereits in der Bibliothek vorhanden ist, wird zu einer neuen Version dieses Artikels.</translation>
    </message>
    <message>
        <source>%1 was recognised as:</source>
        <translation>%1 wurde so erkannt:</translation>
    </message>
    <message>
        <source>Run the checklist over articles of the library or over article files (.json, .md, .html, .txt). Files use the library&apos;s checklist settings when the library exists, the house defaults otherwise. Exits with 1 when a required rule fails.</source>
        <translation>Artikel der Bibliothek oder Artikeldateien (.json, .md, .html, .txt) mit der Checkliste prüfen. Für Dateien gelten die Checklisteneinstellungen der Bibliothek, sofern es sie gibt, sonst die Standardeinstellungen des Hauses. Endet mit 1, wenn eine erforderliche Regel verletzt ist.</translation>
    </message>
    <message>
        <source>Show, set, import or export the publication profile</source>
        <translation>Publikationsprofil anzeigen, setzen, importieren oder exportieren</translation>
    </message>
    <message>
        <source>Write the built-in templates as a starting point, check a folder</source>
        <translation>Eingebaute Vorlagen als Ausgangspunkt schreiben, einen Ordner prüfen</translation>
    </message>
    <message>
        <source>Usage: copydesk [--library PATH] [--author NAME] [--templates DIR] COMMAND [OPTIONS] [ARGUMENTS]</source>
        <translation>Aufruf: copydesk [--library PATH] [--author NAME] [--templates DIR] BEFEHL [OPTIONEN] [ARGUMENTE]</translation>
    </message>
    <message>
        <source>%1 needs a folder</source>
        <translation>%1 braucht einen Ordner</translation>
    </message>
    <message>
        <source>Name the publication with “copydesk profile set name NAME”.</source>
        <translation>Benennen Sie die Publikation mit „copydesk profile set name NAME“.</translation>
    </message>
    <message>
        <source>Render with the templates in DIR for this run, instead of the publication profile&apos;s template folder</source>
        <translation>Für diesen Aufruf mit den Vorlagen in DIR rendern statt mit dem Vorlagenordner des Publikationsprofils</translation>
    </message>
    <message>
        <source>“%1” is a folder; name the profile file</source>
        <translation>„%1“ ist ein Ordner; nennen Sie die Profildatei</translation>
    </message>
    <message>
        <source>“%1” exists; --force replaces it</source>
        <translation>„%1“ existiert; --force ersetzt die Datei</translation>
    </message>
    <message>
        <source>cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Show the library&apos;s publication profile, which every page and export carries, or change it: profile set KEY VALUE (an empty VALUE clears a key), profile import FILE (a profile exported before), profile export [FILE] (standard output without FILE). The keys: name, tagline, logo (a PNG, JPEG or SVG file), site-url, article-url (a pattern such as https://example.com/{category}/{slug}: {slug} or {uuid} is needed; {category}, {yyyy}, {mm} and {dd} may be used), category-url (with {category}), language (en, de-CH…), accent-color (#rrggbb) and templates (the newsroom&apos;s template folder). A bad value is refused, naming the key, and nothing is changed. The window&apos;s Settings edit the same profile.</source>
        <translation>Das Publikationsprofil der Bibliothek anzeigen, das jede Seite und jeder Export trägt, oder es ändern: profile set KEY VALUE (ein leerer VALUE leert einen Schlüssel), profile import FILE (ein zuvor exportiertes Profil), profile export [FILE] (ohne FILE auf die Standardausgabe). Die Schlüssel: name, tagline, logo (eine PNG-, JPEG- oder SVG-Datei), site-url, article-url (ein Muster wie https://example.com/{category}/{slug}: {slug} oder {uuid} ist nötig; {category}, {yyyy}, {mm} und {dd} sind möglich), category-url (mit {category}), language (en, de-CH…), accent-color (#rrggbb) und templates (der Vorlagenordner der Redaktion). Ein falscher Wert wird mit dem Schlüssel abgelehnt, und nichts wird geändert. Die Einstellungen des Fensters bearbeiten dasselbe Profil.</translation>
    </message>
    <message>
        <source>show, set KEY VALUE, import FILE or export [FILE]</source>
        <translation>show, set KEY VALUE, import FILE oder export [FILE]</translation>
    </message>
    <message>
        <source>export: replace an existing file</source>
        <translation>export: eine vorhandene Datei ersetzen</translation>
    </message>
    <message>
        <source>use: profile [show | set KEY VALUE | import FILE | export [FILE]]</source>
        <translation>Aufruf: profile [show | set KEY VALUE | import FILE | export [FILE]]</translation>
    </message>
    <message>
        <source>The profile was not changed.</source>
        <translation>Das Profil wurde nicht geändert.</translation>
    </message>
    <message>
        <source>templates export DIR writes the built-in house-style templates (page.html, the part templates, house.css) into DIR, created when missing, as the starting point of a newsroom&apos;s own; unchanged, they render exactly the built-in pages. Existing files are not replaced (nothing is written) unless --force. templates check [DIR] reports the first template that does not parse, with its file and line (DIR: the --templates folder, else the profile&apos;s).</source>
        <translation>templates export DIR schreibt die eingebauten Hausstil-Vorlagen (page.html, die Teilvorlagen, house.css) in DIR, das bei Bedarf angelegt wird, als Ausgangspunkt für die eigenen der Redaktion; unverändert ergeben sie genau die eingebauten Seiten. Vorhandene Dateien werden ohne --force nicht ersetzt (dann wird nichts geschrieben). templates check [DIR] meldet die erste Vorlage, die sich nicht einlesen lässt, mit Datei und Zeile (DIR: der Ordner von --templates, sonst der des Profils).</translation>
    </message>
    <message>
        <source>export DIR, or check [DIR]</source>
        <translation>export DIR oder check [DIR]</translation>
    </message>
    <message>
        <source>Replace existing template files</source>
        <translation>Vorhandene Vorlagendateien ersetzen</translation>
    </message>
    <message>
        <source>(--force replaces them)</source>
        <translation>(--force ersetzt sie)</translation>
    </message>
    <message>
        <source>No template folder: pages use the built-in templates.</source>
        <translation>Kein Vorlagenordner: Seiten verwenden die eingebauten Vorlagen.</translation>
    </message>
    <message>
        <source>The templates in %1 are fine.</source>
        <translation>Die Vorlagen in %1 sind in Ordnung.</translation>
    </message>
    <message>
        <source>use: templates export DIR [--force] | templates check [DIR]</source>
        <translation>Aufruf: templates export DIR [--force] | templates check [DIR]</translation>
    </message>
    <message>
        <source>html: write the hero image and the logo as files beside the page (for publishing on the web) instead of embedding them</source>
        <translation>html: Aufmacherbild und Logo als Dateien neben die Seite schreiben (zum Veröffentlichen im Web), statt sie einzubetten</translation>
    </message>
    <message>
        <source>--pictures-beside is for html export only</source>
        <translation>--pictures-beside gilt nur für den HTML-Export</translation>
    </message>
    <message>
        <source>--pictures-beside needs an output file: -o FILE</source>
        <translation>--pictures-beside braucht eine Ausgabedatei: -o DATEI</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: %2 (%3 %, %4 s)</source>
        <translation>%1: %2 (%3 %, %4 s)</translation>
    </message>
    <message>
        <source>article %1</source>
        <translation>Artikel %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::CommentAnchor</name>
    <message>
        <source>“%1” names no field or part of the article.</source>
        <translation>„%1“ bezeichnet kein Feld und keinen Teil des Artikels.</translation>
    </message>
    <message numerus="yes">
        <source>The range %1–%2 lies outside the text of “%3”, which has %n character(s).</source>
        <translation>
            <numerusform>Der Bereich %1–%2 liegt außerhalb des Texts von „%3“, der %n Zeichen hat.</numerusform>
            <numerusform>Der Bereich %1–%2 liegt außerhalb des Texts von „%3“, der %n Zeichen hat.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Copydesk::CommentThreadWidget</name>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Show this part in the editor</source>
        <translation>Diese Stelle im Editor zeigen</translation>
    </message>
    <message>
        <source>Resolved by %1, %2</source>
        <translation>Erledigt von %1, %2</translation>
    </message>
    <message>
        <source>Reply…</source>
        <translation>Antworten…</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>Go to %1</source>
        <translation>Zu %1 springen</translation>
    </message>
    <message>
        <source>Comment by %1 on %2</source>
        <translation>Kommentar von %1 zu %2</translation>
    </message>
    <message>
        <source>Reply by %1</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>Comment by %1</source>
        <translation>Kommentar von %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::ConflictDialog</name>
    <message>
        <source>both of you</source>
        <translation>Sie beide</translation>
    </message>
    <message>
        <source>them</source>
        <translation>die andere Person</translation>
    </message>
    <message>
        <source>you</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Anderswo geändert</translation>
    </message>
    <message>
        <source>%1 saved this article at %2 while you were editing. Nothing has been overwritten. Choose which version to keep for each difference; ticked rows take their version. The result is saved as a new revision, and both earlier versions stay in the history.</source>
        <translation>%1 hat diesen Artikel um %2 gespeichert, während Sie ihn bearbeitet haben. Nichts wurde überschrieben. Wählen Sie für jeden Unterschied, welche Fassung bleibt; angehakte Zeilen übernehmen die andere Fassung. Das Ergebnis wird als neue Version gespeichert, beide früheren Fassungen bleiben im Verlauf.</translation>
    </message>
    <message>
        <source>Use their version</source>
        <translation>Andere Fassung übernehmen</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>Geändert von</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Your version and theirs</source>
        <translation>Ihre Fassung und die andere</translation>
    </message>
    <message>
        <source>&amp;Save Merged Version</source>
        <translation>Zusammengeführte Fassung &amp;speichern</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Keep All &amp;Mine</source>
        <translation>Alles von &amp;mir behalten</translation>
    </message>
    <message>
        <source>Take All &amp;Theirs</source>
        <translation>Alles von der &amp;anderen Fassung</translation>
    </message>
    <message>
        <source>Your text stays in the window, unsaved, until you decide.</source>
        <translation>Ihr Text bleibt ungespeichert im Fenster, bis Sie entscheiden.</translation>
    </message>
</context>
<context>
    <name>Copydesk::CupsPrinting</name>
    <message>
        <source>The printer “%1” did not take the article: %2</source>
        <translation>Der Drucker „%1“ hat den Artikel nicht angenommen: %2</translation>
    </message>
    <message>
        <source>the print server has no such printer.</source>
        <translation>Der Druckserver kennt diesen Drucker nicht.</translation>
    </message>
    <message>
        <source>the print server “%1” cannot be reached (%2).</source>
        <translation>Der Druckserver „%1“ ist nicht erreichbar (%2).</translation>
    </message>
    <message>
        <source>no such host</source>
        <translation>kein solcher Rechner</translation>
    </message>
    <message>
        <source>it does not answer</source>
        <translation>er antwortet nicht</translation>
    </message>
</context>
<context>
    <name>Copydesk::DragHandle</name>
    <message>
        <source>Drag to move this part (or Alt+Up / Alt+Down)</source>
        <translation>Ziehen, um diesen Baustein zu verschieben (oder Alt+Nach oben / Alt+Nach unten)</translation>
    </message>
    <message>
        <source>Drag handle</source>
        <translation>Ziehgriff</translation>
    </message>
</context>
<context>
    <name>Copydesk::EntryListEditor</name>
    <message>
        <source>Move Up (Alt+Up)</source>
        <translation>Nach oben verschieben (Alt+Nach oben)</translation>
    </message>
    <message>
        <source>Move Down (Alt+Down)</source>
        <translation>Nach unten verschieben (Alt+Nach unten)</translation>
    </message>
    <message>
        <source>Remove (Ctrl+Shift+Delete)</source>
        <translation>Entfernen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Copydesk::ExportController</name>
    <message numerus="yes">
        <source>%n article(s) exported to “%1”.</source>
        <translation>
            <numerusform>%n Artikel nach „%1“ exportiert.</numerusform>
            <numerusform>%n Artikel nach „%1“ exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled; %n article(s) not exported.</source>
        <translation>
            <numerusform>Abgebrochen; %n Artikel nicht exportiert.</numerusform>
            <numerusform>Abgebrochen; %n Artikel nicht exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>&amp;ninjs JSON…</source>
        <translation>&amp;ninjs-JSON…</translation>
    </message>
    <message>
        <source>Copydesk &amp;JSON…</source>
        <translation>Copydesk-&amp;JSON…</translation>
    </message>
    <message>
        <source>&amp;Approved Articles</source>
        <translation>&amp;Freigegebene Artikel</translation>
    </message>
    <message>
        <source>Export every approved article into a folder</source>
        <translation>Alle freigegebenen Artikel in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>Export Article</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>Export Approved Articles to Folder</source>
        <translation>Freigegebene Artikel in Ordner exportieren</translation>
    </message>
    <message numerus="yes">
        <source>Preflight found %n problem(s) in “%1”.</source>
        <translation>
            <numerusform>Die Vorabprüfung hat %n Problem in „%1“ gefunden.</numerusform>
            <numerusform>Die Vorabprüfung hat %n Probleme in „%1“ gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export &amp;Anyway</source>
        <translation>&amp;Trotzdem exportieren</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not export to “%1”: %2</source>
        <translation>Export nach „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>Exporting “%1”…</source>
        <translation>„%1“ wird exportiert…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>No article is approved; nothing was exported.</source>
        <translation>Kein Artikel ist freigegeben; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>Export Approved Articles</source>
        <translation>Freigegebene Artikel exportieren</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Exporting approved articles…</source>
        <translation>Freigegebene Artikel werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Exporting %1 of %2: %3</source>
        <translation>Exportiere %1 von %2: %3</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>Replace File?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>“%1” already exists and is not a Copydesk %2 export. Replace it?</source>
        <translation>„%1“ existiert bereits und ist kein %2-Export von Copydesk. Ersetzen?</translation>
    </message>
    <message>
        <source>No article is open, or an export is running.</source>
        <translation>Kein Artikel ist geöffnet, oder ein Export läuft.</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>ninjs JSON</source>
        <translation>ninjs-JSON</translation>
    </message>
    <message>
        <source>Copydesk JSON</source>
        <translation>Copydesk-JSON</translation>
    </message>
    <message>
        <source>Write the open article to a file</source>
        <translation>Den geöffneten Artikel in eine Datei schreiben</translation>
    </message>
    <message>
        <source>Export the open article as %1</source>
        <translation>Den geöffneten Artikel als %1 exportieren</translation>
    </message>
    <message>
        <source>Name it under File ▸ Settings.</source>
        <translation>Benennen Sie sie unter Datei ▸ Einstellungen.</translation>
    </message>
    <message>
        <source>Export every approved article as %1 into a folder</source>
        <translation>Alle freigegebenen Artikel als %1 in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>HTML with Pictures &amp;Beside…</source>
        <translation>HTML mit Bildern &amp;daneben…</translation>
    </message>
    <message>
        <source>Export the open article as an HTML page for a website, its hero image and logo as files beside it</source>
        <translation>Den geöffneten Artikel als HTML-Seite für eine Website exportieren, Aufmacherbild und Logo als Dateien daneben</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
</context>
<context>
    <name>Copydesk::ExportDestination</name>
    <message>
        <source>Will not export to %1: %2</source>
        <translation>Kein Export nach %1: %2</translation>
    </message>
    <message>
        <source>it is a link to a file that does not exist</source>
        <translation>sie ist ein Verweis auf eine Datei, die nicht existiert</translation>
    </message>
    <message>
        <source>the folder %1 does not exist</source>
        <translation>der Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>it belongs to the open library %1</source>
        <translation>sie gehört zur geöffneten Bibliothek %1</translation>
    </message>
    <message>
        <source>it is the open library</source>
        <translation>sie ist die geöffnete Bibliothek</translation>
    </message>
    <message>
        <source>it belongs to the database %1</source>
        <translation>sie gehört zur Datenbank %1</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>sie ist keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>it is a Copydesk library</source>
        <translation>sie ist eine Copydesk-Bibliothek</translation>
    </message>
    <message>
        <source>it is an SQLite database</source>
        <translation>sie ist eine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>it exists and is not a Copydesk %1 export</source>
        <translation>sie existiert und ist kein %1-Export von Copydesk</translation>
    </message>
</context>
<context>
    <name>Copydesk::FaqEditor</name>
    <message>
        <source>Question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Question:</source>
        <translation>Frage:</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>Add Question</source>
        <translation>Frage hinzufügen</translation>
    </message>
    <message>
        <source>Question and answer %1</source>
        <translation>Frage und Antwort %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::FindBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>R&amp;eplace…</source>
        <translation>&amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Nächsten suchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Vorherigen suchen</translation>
    </message>
    <message>
        <source>Find and replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Find in the article</source>
        <translation>Im Artikel suchen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation>%L1 von %L2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Return / Shift+Return</source>
        <translation>Eingabe / Umschalt+Eingabe</translation>
    </message>
    <message>
        <source>In the find bar: next / previous match; in its replacement: replace</source>
        <translation>In der Suchleiste: nächster / vorheriger Treffer; im Ersetzungsfeld: ersetzen</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Close the find bar, leaving the cursor at the match</source>
        <translation>Suchleiste schließen, der Cursor bleibt beim Treffer</translation>
    </message>
    <message>
        <source>Matches</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%L1 found</source>
        <translation>%L1 gefunden</translation>
    </message>
    <message>
        <source>The article is read-only; nothing was replaced.</source>
        <translation>Der Artikel ist schreibgeschützt; nichts wurde ersetzt.</translation>
    </message>
    <message>
        <source>Replace “%1”</source>
        <translation>„%1“ ersetzen</translation>
    </message>
    <message>
        <source>“%1” was not found; nothing was replaced.</source>
        <translation>„%1“ wurde nicht gefunden; nichts wurde ersetzt.</translation>
    </message>
    <message>
        <source>Replace All “%1”</source>
        <translation>Alle „%1“ ersetzen</translation>
    </message>
    <message>
        <source>Replacements made: %L1.</source>
        <translation>Ersetzungen: %L1.</translation>
    </message>
    <message>
        <source>Find text in the open article</source>
        <translation>Text im geöffneten Artikel suchen</translation>
    </message>
    <message>
        <source>Find text in the open article and replace it</source>
        <translation>Text im geöffneten Artikel suchen und ersetzen</translation>
    </message>
    <message>
        <source>Go to the next match</source>
        <translation>Zum nächsten Treffer gehen</translation>
    </message>
    <message>
        <source>Go to the previous match</source>
        <translation>Zum vorherigen Treffer gehen</translation>
    </message>
</context>
<context>
    <name>Copydesk::FindingPlace</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Autorenzeilen</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>Hero image alt text</source>
        <translation>Alternativtext des Aufmacherbilds</translation>
    </message>
    <message>
        <source>Hero image caption</source>
        <translation>Bildunterschrift des Aufmacherbilds</translation>
    </message>
    <message>
        <source>Article parts</source>
        <translation>Artikelteile</translation>
    </message>
    <message>
        <source>Section “%1”</source>
        <translation>Abschnitt „%1“</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Teil %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Hero image</source>
        <translation>Aufmacherbild</translation>
    </message>
</context>
<context>
    <name>Copydesk::HandbookDialog</name>
    <message>
        <source>Copydesk Handbook</source>
        <translation>Copydesk-Handbuch</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <source>Chapters</source>
        <translation>Kapitel</translation>
    </message>
</context>
<context>
    <name>Copydesk::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Copydesk &amp;Handbook</source>
        <translation>Copydesk-&amp;Handbuch</translation>
    </message>
    <message>
        <source>Read the guide to writing, checking, reviewing and exporting</source>
        <translation>Die Anleitung zum Schreiben, Prüfen, Freigeben und Exportieren lesen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every command&apos;s keys</source>
        <translation>Die Tastenkürzel aller Befehle auflisten</translation>
    </message>
    <message>
        <source>&amp;About Copydesk</source>
        <translation>Ü&amp;ber Copydesk</translation>
    </message>
    <message>
        <source>Show Copydesk&apos;s version, license and the libraries it is built on</source>
        <translation>Version und Lizenz von Copydesk und die verwendeten Bibliotheken anzeigen</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Show the version of Qt Copydesk runs on</source>
        <translation>Die Version von Qt anzeigen, auf der Copydesk läuft</translation>
    </message>
    <message>
        <source>About Copydesk</source>
        <translation>Über Copydesk</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;An editorial workstation for structured news articles.&lt;/p&gt;&lt;p&gt;License: %2&lt;/p&gt;&lt;p&gt;Library: %3&lt;/p&gt;&lt;p&gt;Built on:&lt;/p&gt;&lt;table&gt;%4&lt;/table&gt;</source>
        <translation>&lt;h3&gt;Copydesk %1&lt;/h3&gt;&lt;p&gt;Ein redaktioneller Arbeitsplatz für strukturierte Nachrichtenartikel.&lt;/p&gt;&lt;p&gt;Lizenz: %2&lt;/p&gt;&lt;p&gt;Bibliothek: %3&lt;/p&gt;&lt;p&gt;Gebaut mit:&lt;/p&gt;&lt;table&gt;%4&lt;/table&gt;</translation>
    </message>
</context>
<context>
    <name>Copydesk::HeroImageEditor</name>
    <message>
        <source>Choose Pict&amp;ure…</source>
        <translation>Bi&amp;ld auswählen…</translation>
    </message>
    <message>
        <source>Remove Picture</source>
        <translation>Bild entfernen</translation>
    </message>
    <message>
        <source>Hero image thumbnail</source>
        <translation>Vorschaubild des Aufmacherbilds</translation>
    </message>
    <message>
        <source>Choose hero image</source>
        <translation>Aufmacherbild auswählen</translation>
    </message>
    <message>
        <source>Remove hero image</source>
        <translation>Aufmacherbild entfernen</translation>
    </message>
    <message>
        <source>Hero image caption</source>
        <translation>Bildunterschrift des Aufmacherbilds</translation>
    </message>
    <message>
        <source>Hero image alternative text</source>
        <translation>Alternativtext des Aufmacherbilds</translation>
    </message>
    <message>
        <source>What the picture shows, for readers who cannot see it</source>
        <translation>Was das Bild zeigt – für Menschen, die es nicht sehen können</translation>
    </message>
    <message>
        <source>Hero image credit</source>
        <translation>Bildnachweis des Aufmacherbilds</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Bildunterschrift:</translation>
    </message>
    <message>
        <source>Alt text:</source>
        <translation>Alternativtext:</translation>
    </message>
    <message>
        <source>Credit:</source>
        <translation>Bildnachweis:</translation>
    </message>
    <message>
        <source>Choose Hero Image</source>
        <translation>Aufmacherbild auswählen</translation>
    </message>
    <message>
        <source>Pictures (%1)</source>
        <translation>Bilder (%1)</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
    <message>
        <source>Cannot show %1</source>
        <translation>%1 kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Paste Picture</source>
        <translation>Bild einfügen</translation>
    </message>
    <message>
        <source>Paste hero image</source>
        <translation>Aufmacherbild einfügen</translation>
    </message>
    <message>
        <source>Takes a picture or picture file from the clipboard. You can also drop a picture file here.</source>
        <translation>Übernimmt ein Bild oder eine Bilddatei aus der Zwischenablage. Sie können eine Bilddatei auch hierher ziehen.</translation>
    </message>
    <message>
        <source>There is no picture to use.</source>
        <translation>Hier ist kein Bild, das sich verwenden lässt.</translation>
    </message>
    <message>
        <source>“%1” is not a file on this computer; save the picture first, then choose or drop the file.</source>
        <translation>„%1“ ist keine Datei auf diesem Computer; speichern Sie das Bild zuerst und wählen oder ziehen Sie dann die Datei.</translation>
    </message>
    <message>
        <source>pasted picture</source>
        <translation>eingefügtes Bild</translation>
    </message>
    <message>
        <source>The pasted picture is too large (%1 × %2 pixels).</source>
        <translation>Das eingefügte Bild ist zu groß (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <source>The pasted picture cannot be read.</source>
        <translation>Das eingefügte Bild lässt sich nicht lesen.</translation>
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
    <message>
        <source>The template folder “%1” does not exist or is not a folder.</source>
        <translation>Der Vorlagenordner „%1“ existiert nicht oder ist kein Ordner.</translation>
    </message>
    <message>
        <source>Template error in %1: %2</source>
        <translation>Fehler in der Vorlage %1: %2</translation>
    </message>
    <message>
        <source>it cannot be read.</source>
        <translation>sie kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Not replacing what is there: %1. Nothing was written.</source>
        <translation>Vorhandenes wird nicht ersetzt: %1. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Cannot create the folder “%1”.</source>
        <translation>Ordner „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::IdentityDialog</name>
    <message>
        <source>Who Are You?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>Choose yourself among the people of this library. Your name goes on your revisions and on the workflow&apos;s audit log.</source>
        <translation>Wählen Sie sich unter den Personen dieser Bibliothek aus. Ihr Name wird bei Ihren Versionen und im Prüfprotokoll des Workflows vermerkt.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Type your name. It goes on the revisions you save.</source>
        <translation>Geben Sie Ihren Namen ein. Er wird bei den Versionen vermerkt, die Sie speichern.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Turn on the &amp;review workflow, with me as the library&apos;s admin</source>
        <translation>&amp;Freigabe-Workflow einschalten, mit mir als Administrator der Bibliothek</translation>
    </message>
    <message>
        <source>Articles then go from draft through review and approval to publication; you add the other people and their roles in Workflow ▸ People.</source>
        <translation>Artikel durchlaufen dann Entwurf, Prüfung und Freigabe bis zur Veröffentlichung; die anderen Personen und ihre Rollen fügen Sie unter Workflow ▸ Personen hinzu.</translation>
    </message>
    <message>
        <source>Continue &amp;without a workflow</source>
        <translation>&amp;Ohne Workflow fortfahren</translation>
    </message>
</context>
<context>
    <name>Copydesk::ImageFiles</name>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
    </message>
    <message>
        <source>it is a %1 image</source>
        <translation>sie ist ein %1-Bild</translation>
    </message>
    <message>
        <source>it looks like text</source>
        <translation>sie sieht wie Text aus</translation>
    </message>
    <message>
        <source>its content is not recognised</source>
        <translation>ihr Inhalt wird nicht erkannt</translation>
    </message>
    <message>
        <source>it looks like %1</source>
        <translation>sie sieht aus wie %1</translation>
    </message>
    <message>
        <source>hero image</source>
        <translation>Aufmacherbild</translation>
    </message>
    <message>
        <source>a PNG, JPEG, GIF or WebP image</source>
        <translation>ein PNG-, JPEG-, GIF- oder WebP-Bild</translation>
    </message>
    <message>
        <source>logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>a PNG, JPEG or SVG picture</source>
        <translation>ein PNG-, JPEG- oder SVG-Bild</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 is a damaged %2 image: %3</source>
        <translation>%1 ist ein beschädigtes %2-Bild: %3</translation>
    </message>
    <message>
        <source>%1 is not %2 (%3)</source>
        <translation>%1 ist nicht %2 (%3)</translation>
    </message>
    <message>
        <source>%1 is outside the article&apos;s folder</source>
        <translation>%1 liegt außerhalb des Ordners des Artikels</translation>
    </message>
    <message>
        <source>%1 is %2; the limit is %3</source>
        <translation>%1 ist %2 groß; die Grenze ist %3</translation>
    </message>
</context>
<context>
    <name>Copydesk::ImportPreviewDialog</name>
    <message>
        <source>Import: Check the Structure</source>
        <translation>Import: Aufbau prüfen</translation>
    </message>
    <message>
        <source>This is what was recognised. Nothing is stored until you confirm.</source>
        <translation>Das wurde erkannt. Gespeichert wird erst, wenn Sie bestätigen.</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Begins with</source>
        <translation>Beginnt mit</translation>
    </message>
    <message>
        <source>Recognised structure</source>
        <translation>Erkannter Aufbau</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>Copydesk::ImportReport</name>
    <message>
        <source>%1: empty</source>
        <translation>%1: leer</translation>
    </message>
    <message>
        <source>%1: %L2</source>
        <translation>%1: %L2</translation>
    </message>
    <message>
        <source>%1: %L2 — %3</source>
        <translation>%1: %L2 — %3</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::InstanceChannel</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Another Copydesk window already serves this library on %1.</source>
        <translation>Ein anderes Copydesk-Fenster bedient diese Bibliothek bereits über %1.</translation>
    </message>
    <message>
        <source>Copydesk cannot listen on %1: %2</source>
        <translation>Copydesk kann nicht auf %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::KeychainCredentialStore</name>
    <message>
        <source>no system keyring is available (no Secret Service on D-Bus): %1</source>
        <translation>es ist kein Schlüsselbund des Systems verfügbar (kein Secret Service auf D-Bus): %1</translation>
    </message>
    <message>
        <source>the system keyring refused access: %1</source>
        <translation>der Schlüsselbund des Systems hat den Zugriff verweigert: %1</translation>
    </message>
    <message>
        <source>the system keyring failed: %1</source>
        <translation>der Schlüsselbund des Systems hat einen Fehler gemeldet: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryChooser</name>
    <message>
        <source>Open &amp;Library…</source>
        <translation>&amp;Bibliothek öffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open Library</source>
        <translation>Bibliothek öffnen</translation>
    </message>
    <message>
        <source>/path/to/library.copydesk or postgresql://server/database</source>
        <translation>/pfad/zur/bibliothek.copydesk oder postgresql://server/datenbank</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Copydesk libraries (*.copydesk);;All files (*)</source>
        <translation>Copydesk-Bibliotheken (*.copydesk);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothek:</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>The library cannot be opened.</source>
        <translation>Die Bibliothek kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Copydesk could not start a window for the library.</source>
        <translation>Copydesk konnte kein Fenster für die Bibliothek starten.</translation>
    </message>
    <message>
        <source>Switch to another library file or team library</source>
        <translation>Zu einer anderen Bibliotheksdatei oder Team-Bibliothek wechseln</translation>
    </message>
    <message>
        <source>Switch to a library opened before</source>
        <translation>Zu einer früher geöffneten Bibliothek wechseln</translation>
    </message>
    <message>
        <source>Switch to the library %1</source>
        <translation>Zur Bibliothek %1 wechseln</translation>
    </message>
    <message>
        <source>New Li&amp;brary…</source>
        <translation>Neue Bibliothek &amp;anlegen…</translation>
    </message>
    <message>
        <source>Make a new, empty library file and switch to it</source>
        <translation>Eine neue, leere Bibliotheksdatei anlegen und zu ihr wechseln</translation>
    </message>
    <message>
        <source>newsroom</source>
        <translation>redaktion</translation>
    </message>
    <message>
        <source>New Library</source>
        <translation>Neue Bibliothek</translation>
    </message>
    <message>
        <source>Copydesk libraries (*.copydesk)</source>
        <translation>Copydesk-Bibliotheken (*.copydesk)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name, or open it with File ▸ Open Library….</source>
        <translation>„%1“ gibt es schon. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Datei ▸ Bibliothek öffnen …</translation>
    </message>
    <message>
        <source>The library cannot be made.</source>
        <translation>Die Bibliothek kann nicht angelegt werden.</translation>
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
    <message>
        <source>too many levels of symbolic links</source>
        <translation>zu viele Ebenen symbolischer Verknüpfungen</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>sie ist keine gewöhnliche Datei</translation>
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
    <message>
        <source>%1 — editing: %2</source>
        <translation>%1 — in Bearbeitung: %2</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>geändert %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::LibraryOpener</name>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” is a team library; push copies a local library file</source>
        <translation>„%1“ ist eine Team-Bibliothek; push kopiert eine lokale Bibliotheksdatei</translation>
    </message>
    <message>
        <source>%1 (the system keyring could not be asked: %2)</source>
        <translation>%1 (der Schlüsselbund des Systems konnte nicht gefragt werden: %2)</translation>
    </message>
    <message>
        <source>%1 (the system keyring has no password for %2)</source>
        <translation>%1 (der Schlüsselbund des Systems enthält kein Passwort für %2)</translation>
    </message>
    <message>
        <source>the server refused the password stored in the system keyring for %1: %2</source>
        <translation>der Server hat das im Schlüsselbund des Systems gespeicherte Passwort für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>“%1”: cannot find out who is connected</source>
        <translation>„%1“: es lässt sich nicht feststellen, wer verbunden ist</translation>
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
        <translation>Papier&amp;korb anzeigen</translation>
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
    <message>
        <source>Library view</source>
        <translation>Bibliotheksansicht</translation>
    </message>
    <message>
        <source>Which articles the list shows</source>
        <translation>Welche Artikel die Liste zeigt</translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Alle Artikel</translation>
    </message>
    <message>
        <source>Awaiting my review</source>
        <translation>Wartet auf meine Prüfung</translation>
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
        <source>Mine</source>
        <translation>Meine</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Start a new article</source>
        <translation>Einen neuen Artikel beginnen</translation>
    </message>
    <message>
        <source>Copy the selected article into a new draft</source>
        <translation>Den ausgewählten Artikel in einen neuen Entwurf kopieren</translation>
    </message>
    <message>
        <source>Move the selected article to the trash</source>
        <translation>Den ausgewählten Artikel in den Papierkorb verschieben</translation>
    </message>
    <message>
        <source>Return the selected article from the trash to the library</source>
        <translation>Den ausgewählten Artikel aus dem Papierkorb in die Bibliothek zurückholen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Rubrik</translation>
    </message>
</context>
<context>
    <name>Copydesk::LineFieldEditor</name>
    <message>
        <source>Character count</source>
        <translation>Zeichenzahl</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) over the limit</source>
        <translation>
            <numerusform>%n Zeichen über dem Limit</numerusform>
            <numerusform>%n Zeichen über dem Limit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Limit: %n character(s)</source>
        <translation>
            <numerusform>Limit: %n Zeichen</numerusform>
            <numerusform>Limit: %n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Within the limit.</source>
        <translation>Innerhalb der Grenze.</translation>
    </message>
</context>
<context>
    <name>Copydesk::ListEditor</name>
    <message>
        <source>Add Takeaway</source>
        <translation>Kernaussage hinzufügen</translation>
    </message>
    <message>
        <source>Add Fact</source>
        <translation>Fakt hinzufügen</translation>
    </message>
    <message>
        <source>Takeaway %1</source>
        <translation>Kernaussage %1</translation>
    </message>
    <message>
        <source>Fact %1</source>
        <translation>Fakt %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::LiveUpdates</name>
    <message>
        <source>Live update notice</source>
        <translation>Hinweis zu Live-Änderungen</translation>
    </message>
    <message>
        <source>The article changed elsewhere and could not be reloaded: %1</source>
        <translation>Der Artikel wurde anderswo geändert und konnte nicht neu geladen werden: %1</translation>
    </message>
    <message>
        <source>Updated: someone else changed this article.</source>
        <translation>Aktualisiert: Jemand anderes hat diesen Artikel geändert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Someone else saved this article while you were editing. Nothing was overwritten: your text is kept here, unsaved, until you choose what to keep.</source>
        <translation>Jemand anderes hat diesen Artikel gespeichert, während Sie ihn bearbeitet haben. Nichts wurde überschrieben: Ihr Text bleibt hier erhalten, ungespeichert, bis Sie wählen, was bleibt.</translation>
    </message>
    <message>
        <source>Compare and Merge…</source>
        <translation>Vergleichen und zusammenführen…</translation>
    </message>
    <message>
        <source>The stored version could not be read: %1</source>
        <translation>Die gespeicherte Fassung kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Jemand anderes</translation>
    </message>
    <message>
        <source>Merged with a version saved elsewhere</source>
        <translation>Mit einer anderswo gespeicherten Fassung zusammengeführt</translation>
    </message>
    <message>
        <source>Merged and saved as a new revision.</source>
        <translation>Zusammengeführt und als neue Version gespeichert.</translation>
    </message>
</context>
<context>
    <name>Copydesk::LocalPresence</name>
    <message>
        <source>another window</source>
        <translation>anderes Fenster</translation>
    </message>
    <message>
        <source>Taking over is for team libraries: close the article in the other window instead.</source>
        <translation>Übernehmen gibt es nur in Team-Bibliotheken: Schließen Sie den Artikel stattdessen im anderen Fenster.</translation>
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
    <message>
        <source>Who you are: the name recorded on revisions and workflow actions, so that several people can share a library on one machine (default: the user chosen in the settings, $COPYDESK_USER, $USER)</source>
        <translation>Wer Sie sind: der Name, der bei Versionen und Workflow-Aktionen vermerkt wird, damit sich mehrere Personen eine Bibliothek auf einem Rechner teilen können (Standard: der in den Einstellungen gewählte Benutzer, $COPYDESK_USER, $USER)</translation>
    </message>
    <message>
        <source>copydesk: there is no display to open the window on.
Give a command instead (“copydesk --help” lists them), or run the window without a screen:
  xvfb-run -a copydesk
  QT_QPA_PLATFORM=offscreen copydesk
</source>
        <translation>copydesk: es gibt keine Anzeige, auf der das Fenster geöffnet werden kann.
Geben Sie stattdessen einen Befehl an („copydesk --help“ listet sie auf), oder starten Sie das Fenster ohne Bildschirm:
  xvfb-run -a copydesk
  QT_QPA_PLATFORM=offscreen copydesk
</translation>
    </message>
    <message>
        <source>--user cannot be used on a team library: you are its database login, %1. Choose another login with user= in the library&apos;s address.</source>
        <translation>--user geht bei einer Team-Bibliothek nicht: Sie sind ihr Datenbank-Login, %1. Ein anderes Login wählen Sie mit user= in der Adresse der Bibliothek.</translation>
    </message>
    <message>
        <source>A library to open, or article files to import into the library</source>
        <translation>Eine Bibliothek zum Öffnen oder Artikeldateien zum Importieren in die Bibliothek</translation>
    </message>
</context>
<context>
    <name>Copydesk::MainWindow</name>
    <message>
        <source>%1 — Copydesk</source>
        <translation>%1 — Copydesk</translation>
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
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>The sample article could not be added.</source>
        <translation>Der Beispielartikel konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Sample article</source>
        <translation>Beispielartikel</translation>
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
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Article editor</source>
        <translation>Artikeleditor</translation>
    </message>
    <message>
        <source>Choose an article in the library, or start a new one.</source>
        <translation>Wählen Sie einen Artikel in der Bibliothek aus oder beginnen Sie einen neuen.</translation>
    </message>
    <message>
        <source>Read-only notice</source>
        <translation>Hinweis auf Schreibschutz</translation>
    </message>
    <message>
        <source>Library, editor and preview</source>
        <translation>Bibliothek, Editor und Vorschau</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Revision &amp;History…</source>
        <translation>&amp;Versionsverlauf…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Preview as &amp;Web Page</source>
        <translation>Vorschau als &amp;Webseite</translation>
    </message>
    <message>
        <source>Preview as &amp;Print</source>
        <translation>Vorschau als &amp;Druckseite</translation>
    </message>
    <message>
        <source>Preview as Social &amp;Card and Search Result</source>
        <translation>Vorschau als Social-Media-&amp;Karte und Suchergebnis</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>It is shown read-only so that nobody&apos;s work is overwritten.</source>
        <translation>Er wird schreibgeschützt angezeigt, damit niemandes Arbeit überschrieben wird.</translation>
    </message>
    <message>
        <source>Before viewing the history</source>
        <translation>Vor dem Anzeigen des Verlaufs</translation>
    </message>
    <message>
        <source>The restored revision could not be opened.</source>
        <translation>Die wiederhergestellte Version konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Revision %1 restored.</source>
        <translation>Version %1 wiederhergestellt.</translation>
    </message>
    <message>
        <source>The publication profile could not be stored.</source>
        <translation>Das Publikationsprofil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Team library: %1</source>
        <translation>Team-Bibliothek: %1</translation>
    </message>
    <message>
        <source>Team library connection</source>
        <translation>Verbindung zur Team-Bibliothek</translation>
    </message>
    <message>
        <source>Recovered what you typed until %1, which had not reached the library; it is being saved now.</source>
        <translation>Was Sie bis %1 getippt haben, hatte die Bibliothek nicht erreicht; es wurde wiederhergestellt und wird jetzt gespeichert.</translation>
    </message>
    <message>
        <source>Find in &amp;Library…</source>
        <translation>In der &amp;Bibliothek suchen…</translation>
    </message>
    <message>
        <source>Articles (*.json *.md *.markdown *.html *.htm *.txt);;JSON (*.json);;Markdown (*.md *.markdown);;Web pages (*.html *.htm);;Text (*.txt);;All files (*)</source>
        <translation>Artikel (*.json *.md *.markdown *.html *.htm *.txt);;JSON (*.json);;Markdown (*.md *.markdown);;Webseiten (*.html *.htm);;Text (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %n article file(s) into the library “%1”?</source>
        <translation>
            <numerusform>%n Artikeldatei in die Bibliothek „%1“ importieren?</numerusform>
            <numerusform>%n Artikeldateien in die Bibliothek „%1“ importieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Add articles from Copydesk JSON, Markdown, web pages or text files to the library</source>
        <translation>Artikel aus Copydesk-JSON, Markdown, Webseiten oder Textdateien in die Bibliothek aufnehmen</translation>
    </message>
    <message>
        <source>List, compare and restore the open article&apos;s revisions</source>
        <translation>Die Revisionen des geöffneten Artikels auflisten, vergleichen und wiederherstellen</translation>
    </message>
    <message>
        <source>Change who you are, the theme, the export folder and the publication profile</source>
        <translation>Benutzer, Farbschema, Exportordner und Publikationsprofil ändern</translation>
    </message>
    <message>
        <source>Close the window and quit Copydesk</source>
        <translation>Das Fenster schließen und Copydesk beenden</translation>
    </message>
    <message>
        <source>Undo the last change to the article</source>
        <translation>Die letzte Änderung am Artikel rückgängig machen</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>Die zuletzt rückgängig gemachte Änderung wiederherstellen</translation>
    </message>
    <message>
        <source>Search every article in the library</source>
        <translation>In allen Artikeln der Bibliothek suchen</translation>
    </message>
    <message>
        <source>Show the article as the exported web page</source>
        <translation>Den Artikel als exportierte Webseite zeigen</translation>
    </message>
    <message>
        <source>Show the article&apos;s printed pages</source>
        <translation>Die gedruckten Seiten des Artikels zeigen</translation>
    </message>
    <message>
        <source>Show how the article looks when shared and in search results</source>
        <translation>Zeigen, wie der Artikel geteilt und in Suchergebnissen aussieht</translation>
    </message>
    <message>
        <source>the pasted text</source>
        <translation>dem eingefügten Text</translation>
    </message>
    <message>
        <source>Articles imported: %L1. %2</source>
        <translation>Importierte Artikel: %L1. %2</translation>
    </message>
    <message>
        <source>Opening the newest article…</source>
        <translation>Der neueste Artikel wird geöffnet …</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>„%1“ wird geöffnet …</translation>
    </message>
    <message>
        <source>The article you left was not saved: %1. Its text is kept and comes back when you open it again.</source>
        <translation>Der zuletzt verlassene Artikel wurde nicht gespeichert: %1. Sein Text bleibt erhalten und kommt zurück, wenn Sie ihn wieder öffnen.</translation>
    </message>
</context>
<context>
    <name>Copydesk::MarkdownEditor</name>
    <message>
        <source>No spelling suggestions</source>
        <translation>Keine Rechtschreibvorschläge</translation>
    </message>
    <message>
        <source>Add “%1” to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>„%1“ ignorieren</translation>
    </message>
    <message>
        <source>Not marked again until Copydesk quits</source>
        <translation>Bis zum Beenden von Copydesk nicht mehr markiert</translation>
    </message>
</context>
<context>
    <name>Copydesk::MastheadProfile</name>
    <message>
        <source>The masthead of %1 names %2, but the publication profile cannot take it: %3.</source>
        <translation>Der Zeitungskopf von %1 nennt %2, aber das Publikationsprofil kann den Namen nicht übernehmen: %3.</translation>
    </message>
    <message>
        <source>The publication is now named %1 (tagline %2), from the masthead of %3.</source>
        <translation>Die Publikation heißt jetzt %1 (Slogan %2), nach dem Zeitungskopf von %3.</translation>
    </message>
    <message>
        <source>The publication is now named %1, from the masthead of %2.</source>
        <translation>Die Publikation heißt jetzt %1, nach dem Zeitungskopf von %2.</translation>
    </message>
    <message>
        <source>The masthead of %1 names %2; the publication profile keeps %3.</source>
        <translation>Der Zeitungskopf von %1 nennt %2; das Publikationsprofil behält %3.</translation>
    </message>
    <message>
        <source>The publication&apos;s tagline is now %1, from the masthead of %2.</source>
        <translation>Der Slogan der Publikation ist jetzt %1, nach dem Zeitungskopf von %2.</translation>
    </message>
    <message>
        <source>The publication profile could not be read: %1</source>
        <translation>Das Publikationsprofil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The masthead&apos;s name was not stored in the publication profile: %1</source>
        <translation>Der Name aus dem Zeitungskopf wurde nicht im Publikationsprofil gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::NoticeBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::PageVariables</name>
    <message numerus="yes">
        <source>%n min read</source>
        <translation>
            <numerusform>%n Min. Lesezeit</numerusform>
            <numerusform>%n Min. Lesezeit</numerusform>
        </translation>
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
    <message>
        <source>accessed %1</source>
        <translation>abgerufen am %1</translation>
    </message>
    <message>
        <source>Draft: not published yet</source>
        <translation>Entwurf: noch nicht veröffentlicht</translation>
    </message>
</context>
<context>
    <name>Copydesk::PartFrame</name>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Part: %1</source>
        <translation>Baustein: %1</translation>
    </message>
    <message>
        <source>%1 heading</source>
        <translation>%1: Zwischenüberschrift</translation>
    </message>
    <message>
        <source>Section heading</source>
        <translation>Zwischenüberschrift des Abschnitts</translation>
    </message>
    <message>
        <source>%1 (default heading)</source>
        <translation>%1 (Standardüberschrift)</translation>
    </message>
    <message>
        <source>Move Part Up (Alt+Up)</source>
        <translation>Baustein nach oben verschieben (Alt+Nach oben)</translation>
    </message>
    <message>
        <source>Move Part Down (Alt+Down)</source>
        <translation>Baustein nach unten verschieben (Alt+Nach unten)</translation>
    </message>
    <message>
        <source>Remove Part (Ctrl+Shift+Delete)</source>
        <translation>Baustein entfernen (Strg+Umschalt+Entf)</translation>
    </message>
    <message>
        <source>Section body</source>
        <translation>Text des Abschnitts</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1: Einträge</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>an untitled section</source>
        <translation>Abschnitt ohne Titel</translation>
    </message>
    <message>
        <source>section “%1”</source>
        <translation>Abschnitt „%1“</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
</context>
<context>
    <name>Copydesk::PasswordDialog</name>
    <message>
        <source>&amp;Remember in the system keyring</source>
        <translation>Im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>Team Library Password</source>
        <translation>Passwort für die Team-Bibliothek</translation>
    </message>
    <message>
        <source>The team library server asks for the password of &lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;.</source>
        <translation>Der Server der Team-Bibliothek fragt nach dem Passwort von &lt;b&gt;%1&lt;/b&gt; auf &lt;b&gt;%2&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Copydesk never writes the password into its own settings.</source>
        <translation>Copydesk schreibt das Passwort nie in seine eigenen Einstellungen.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>There is no system keyring to remember the password in (%1). It serves this session only; ~/.pgpass can keep it instead.</source>
        <translation>Es gibt keinen Schlüsselbund des Systems, in dem sich das Passwort merken ließe (%1). Es gilt nur für diese Sitzung; dauerhaft kann es in ~/.pgpass stehen.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PastedCopy</name>
    <message>
        <source>Pasted text</source>
        <translation>Eingefügter Text</translation>
    </message>
    <message>
        <source>Structure of the Pasted Text</source>
        <translation>Struktur des eingefügten Textes</translation>
    </message>
    <message>
        <source>&amp;Use the Structure</source>
        <translation>Struktur &amp;übernehmen</translation>
    </message>
    <message>
        <source>Paste as &amp;Text</source>
        <translation>Als &amp;Text einfügen</translation>
    </message>
    <message>
        <source>Paste with Structure</source>
        <translation>Mit Struktur einfügen</translation>
    </message>
    <message>
        <source>The pasted text was placed as headline, lede and parts; Undo puts the blank article back.</source>
        <translation>Der eingefügte Text wurde als Überschrift, Einstieg und Teile übernommen; Rückgängig stellt den leeren Artikel wieder her.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PdfExporter</name>
    <message>
        <source>Cannot create a temporary folder for printing: %1</source>
        <translation>Temporärer Ordner für den Druck kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The page did not load within %n second(s).</source>
        <translation>
            <numerusform>Die Seite wurde nicht innerhalb von %n Sekunde geladen.</numerusform>
            <numerusform>Die Seite wurde nicht innerhalb von %n Sekunden geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The web engine could not load the page.</source>
        <translation>Die Web-Engine konnte die Seite nicht laden.</translation>
    </message>
    <message numerus="yes">
        <source>Printing did not finish within %n second(s).</source>
        <translation>
            <numerusform>Der Druck wurde nicht innerhalb von %n Sekunde abgeschlossen.</numerusform>
            <numerusform>Der Druck wurde nicht innerhalb von %n Sekunden abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The web engine produced no PDF.</source>
        <translation>Die Web-Engine hat kein PDF erzeugt.</translation>
    </message>
    <message>
        <source>Cannot export to “%1”: %2</source>
        <translation>Export nach „%1“ nicht möglich: %2</translation>
    </message>
    <message>
        <source>The PDF export is still busy with another page.</source>
        <translation>Der PDF-Export ist noch mit einer anderen Seite beschäftigt.</translation>
    </message>
    <message>
        <source>The web engine’s page process ended unexpectedly (out of memory?).</source>
        <translation>Der Seitenprozess der Web-Engine endete unerwartet (kein Speicher mehr?).</translation>
    </message>
</context>
<context>
    <name>Copydesk::PdfPageNumbers</name>
    <message>
        <source>%1 / %2</source>
        <comment>page number of page count</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>The page numbers have %1 pages for %2 printed pages.</source>
        <translation>Die Seitenzahlen umfassen %1 Seiten für %2 gedruckte Seiten.</translation>
    </message>
    <message>
        <source>Cannot number the pages of the PDF (qpdf): %1</source>
        <translation>Die Seiten des PDF können nicht nummeriert werden (qpdf): %1</translation>
    </message>
    <message>
        <source>There is no printed PDF to number.</source>
        <translation>Es gibt kein gedrucktes PDF, dessen Seiten nummeriert werden könnten.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PdfPagePainter</name>
    <message>
        <source>Cannot write the pages to print to “%1”: %2</source>
        <translation>Die zu druckenden Seiten können nicht nach „%1“ geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The pages to print are no readable PDF.</source>
        <translation>Die zu druckenden Seiten sind kein lesbares PDF.</translation>
    </message>
    <message>
        <source>The printer cannot be painted on.</source>
        <translation>Auf dem Drucker kann nicht gezeichnet werden.</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>Der Drucker hat Seite %1 abgelehnt.</translation>
    </message>
    <message>
        <source>Page %1 could not be rendered for printing.</source>
        <translation>Seite %1 konnte für den Druck nicht gerendert werden.</translation>
    </message>
    <message>
        <source>The pages to print have no page %1.</source>
        <translation>Die zu druckenden Seiten haben keine Seite %1.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PdfProgress</name>
    <message>
        <source>Starting the web engine…</source>
        <translation>Die Web-Engine startet…</translation>
    </message>
    <message>
        <source>Rendering the page…</source>
        <translation>Die Seite wird erzeugt…</translation>
    </message>
    <message>
        <source>Loading the page…</source>
        <translation>Die Seite wird geladen…</translation>
    </message>
    <message>
        <source>Printing the pages…</source>
        <translation>Die Seiten werden gedruckt…</translation>
    </message>
    <message>
        <source>Numbering the pages…</source>
        <translation>Die Seiten werden nummeriert…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %n page(s).</source>
        <translation>
            <numerusform>Fertig: %n Seite.</numerusform>
            <numerusform>Fertig: %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing the pages… (piece %1 of %2)</source>
        <translation>Die Seiten werden gedruckt… (Stück %1 von %2)</translation>
    </message>
</context>
<context>
    <name>Copydesk::PeopleDialog</name>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>People of the library</source>
        <translation>Personen der Bibliothek</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Add or Change Role</source>
        <translation>&amp;Hinzufügen oder Rolle ändern</translation>
    </message>
    <message>
        <source>“%1” is not a role.</source>
        <translation>„%1“ ist keine Rolle.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
</context>
<context>
    <name>Copydesk::PersonalDictionary</name>
    <message>
        <source>The personal dictionary %1</source>
        <translation>Das persönliche Wörterbuch %1</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation>%1 ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>“%1” is not a single word; only single words go into the personal dictionary.</source>
        <translation>„%1“ ist kein einzelnes Wort; ins persönliche Wörterbuch kommen nur einzelne Wörter.</translation>
    </message>
    <message>
        <source>The personal dictionary %1 cannot be written: %2</source>
        <translation>Das persönliche Wörterbuch %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresArticleCodec</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read: its hero image %2 is missing</source>
        <translation>%1 kann nicht gelesen werden: Sein Aufmacherbild %2 fehlt</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresArticleStore</name>
    <message>
        <source>the connection to “%1” is lost; nothing was written</source>
        <translation>die Verbindung zu „%1“ ist verloren; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>cannot add the article</source>
        <translation>Artikel kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot import the articles</source>
        <translation>Artikel können nicht importiert werden</translation>
    </message>
    <message>
        <source>the article id “%1” is not a UUID</source>
        <translation>die Artikel-ID „%1“ ist keine UUID</translation>
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
        <source>“%1”: article %2</source>
        <translation>„%1“: Artikel %2</translation>
    </message>
    <message>
        <source>“%1”: there is no article with the id “%2”</source>
        <translation>„%1“: Es gibt keinen Artikel mit der ID „%2“</translation>
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
        <source>“%1”: article %2 has no revision %3</source>
        <translation>„%1“: Artikel %2 hat keine Revision %3</translation>
    </message>
    <message>
        <source>“%1”: revision %2 of article %3</source>
        <translation>„%1“: Revision %2 von Artikel %3</translation>
    </message>
    <message>
        <source>cannot restore the revision</source>
        <translation>Version kann nicht wiederhergestellt werden</translation>
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
        <source>“%1”: the stored publication profile is not a JSON object</source>
        <translation>„%1“: Das gespeicherte Publikationsprofil ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>“%1”: the stored publication profile cannot be read: %2</source>
        <translation>„%1“: Das gespeicherte Publikationsprofil kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot store the publication profile</source>
        <translation>Publikationsprofil kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>an article with the id “%1” is already in the library</source>
        <translation>ein Artikel mit der ID „%1“ ist schon in der Bibliothek</translation>
    </message>
    <message>
        <source>cannot store the image</source>
        <translation>Bild kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>cannot look up the article</source>
        <translation>Artikel kann nicht abgefragt werden</translation>
    </message>
    <message>
        <source>“%1”: there is no article %2</source>
        <translation>„%1“: Es gibt keinen Artikel %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresConnection</name>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>Qts PostgreSQL-Treiber ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>cannot connect to the team library “%1”: %2</source>
        <translation>keine Verbindung zur Team-Bibliothek „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresIntegrityCheck</name>
    <message>
        <source>article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>the text of article %1 cannot be read</source>
        <translation>der Text von Artikel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>article %1 lacks its current revision %2</source>
        <translation>bei Artikel %1 fehlt die aktuelle Version %2</translation>
    </message>
    <message>
        <source>the text of article %1 differs from its newest revision %2, although it was not saved since: one of them was changed outside Copydesk</source>
        <translation>der Text von Artikel %1 weicht von seiner neuesten Revision %2 ab, obwohl er seitdem nicht gespeichert wurde: Einer von beiden wurde außerhalb von Copydesk geändert</translation>
    </message>
    <message>
        <source>revision %1 of article %2</source>
        <translation>Revision %1 von Artikel %2</translation>
    </message>
    <message>
        <source>revision %1 of article %2 cannot be read</source>
        <translation>Version %1 von Artikel %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>the image %1 does not match its hash: it was changed outside Copydesk</source>
        <translation>das Bild %1 passt nicht zu seinem Hash: Es wurde außerhalb von Copydesk geändert</translation>
    </message>
    <message>
        <source>cannot check the library</source>
        <translation>Bibliothek kann nicht geprüft werden</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresLibrary</name>
    <message>
        <source>this computer</source>
        <translation>diesem Rechner</translation>
    </message>
    <message>
        <source>local socket</source>
        <translation>lokaler Socket</translation>
    </message>
    <message>
        <source>TLS (%1)</source>
        <translation>TLS (%1)</translation>
    </message>
    <message>
        <source>prefer</source>
        <translation>prefer</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <source>%1 on %2 as %3, %4</source>
        <translation>%1 auf %2 als %3, %4</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresLocation</name>
    <message>
        <source>“%1” is not a usable PostgreSQL URI: %2</source>
        <translation>„%1“ ist keine verwendbare PostgreSQL-URI: %2</translation>
    </message>
    <message>
        <source>it must start with postgresql://</source>
        <translation>sie muss mit postgresql:// beginnen</translation>
    </message>
    <message>
        <source>several hosts are not supported</source>
        <translation>mehrere Hosts werden nicht unterstützt</translation>
    </message>
    <message>
        <source>it is not a well-formed URI</source>
        <translation>sie ist keine wohlgeformte URI</translation>
    </message>
    <message>
        <source>the database name “%1” contains a slash</source>
        <translation>der Datenbankname „%1“ enthält einen Schrägstrich</translation>
    </message>
    <message>
        <source>an option has no name</source>
        <translation>eine Option hat keinen Namen</translation>
    </message>
    <message>
        <source>the port “%1” is not a number from 1 to 65535</source>
        <translation>der Port „%1“ ist keine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>the option “%1” may not contain spaces or semicolons</source>
        <translation>die Option „%1“ darf keine Leerzeichen oder Semikolons enthalten</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresPresence</name>
    <message>
        <source>cannot claim the article for editing</source>
        <translation>der Artikel kann nicht zum Bearbeiten belegt werden</translation>
    </message>
    <message>
        <source>cannot release the article</source>
        <translation>der Artikel kann nicht freigegeben werden</translation>
    </message>
    <message>
        <source>cannot read who is editing</source>
        <translation>es lässt sich nicht lesen, wer gerade bearbeitet</translation>
    </message>
    <message>
        <source>cannot take the article over</source>
        <translation>der Artikel kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>“%1”: %2: the server kept no claim on article %3</source>
        <translation>„%1“: %2: der Server hat Artikel %3 nicht belegt</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresSchema</name>
    <message>
        <source>cannot read the team library&apos;s schema version</source>
        <translation>die Schemaversion der Team-Bibliothek lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the team library has schema version %1, newer than this Copydesk knows (%2); it was left as it is. Update Copydesk</source>
        <translation>die Team-Bibliothek hat Schemaversion %1, neuer als dieses Copydesk kennt (%2); sie blieb unverändert. Aktualisieren Sie Copydesk</translation>
    </message>
    <message>
        <source>%1 may not set up a team library: that needs a database login that may create roles (CREATEROLE)</source>
        <translation>%1 darf keine Team-Bibliothek einrichten: dafür braucht es ein Datenbank-Login, das Rollen anlegen darf (CREATEROLE)</translation>
    </message>
    <message>
        <source>the team library has schema version %1 and this Copydesk needs %2; only a Copydesk admin may migrate it, and %3 is not one</source>
        <translation>die Team-Bibliothek hat Schemaversion %1 und dieses Copydesk braucht %2; nur ein Copydesk-Admin darf sie migrieren, und %3 ist keiner</translation>
    </message>
    <message>
        <source>cannot set up the team library</source>
        <translation>die Team-Bibliothek lässt sich nicht einrichten</translation>
    </message>
    <message>
        <source>schema migration %1 is missing from this build</source>
        <translation>Schemamigration %1 fehlt in dieser Version</translation>
    </message>
    <message>
        <source>schema migration %1 failed</source>
        <translation>Schemamigration %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>schema migration %1 did not record its version; the team library was left as it was</source>
        <translation>Die Schemamigration %1 hat ihre Version nicht eingetragen; die Teambibliothek blieb unverändert</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresSearch</name>
    <message>
        <source>“%1”: there is nothing to search for</source>
        <translation>„%1“: Es gibt nichts zu suchen</translation>
    </message>
    <message>
        <source>cannot search the library</source>
        <translation>Bibliothek kann nicht durchsucht werden</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresSession</name>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” is not a team library yet: an admin sets it up with copydesk --library URI team init</source>
        <translation>„%1“ ist noch keine Team-Bibliothek: Ein Admin richtet sie ein mit copydesk --library URI team init</translation>
    </message>
    <message>
        <source>“%1” has schema version %2, newer than this Copydesk knows (%3); update Copydesk</source>
        <translation>„%1“ hat die Schemaversion %2, neuer als dieses Copydesk kennt (%3); aktualisieren Sie Copydesk</translation>
    </message>
    <message>
        <source>“%1” has schema version %2 and this Copydesk needs %3: an admin migrates it with copydesk --library URI team init</source>
        <translation>„%1“ hat die Schemaversion %2 und dieses Copydesk braucht %3: Ein Admin migriert sie mit copydesk --library URI team init</translation>
    </message>
    <message>
        <source>cannot find out who is connected</source>
        <translation>es lässt sich nicht feststellen, wer verbunden ist</translation>
    </message>
    <message>
        <source>%1: the connection to “%2” was lost and is back; try again</source>
        <translation>%1: Die Verbindung zu „%2“ war verloren und ist wieder da; versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>%1: the connection to “%2” is lost; Copydesk keeps trying</source>
        <translation>%1: Die Verbindung zu „%2“ ist verloren; Copydesk versucht es weiter</translation>
    </message>
    <message>
        <source>%1: the connection to “%2” is lost (%3)</source>
        <translation>%1: Die Verbindung zu „%2“ ist verloren (%3)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::PostgresWorkflow</name>
    <message>
        <source>cannot read the people of the library</source>
        <translation>Personen der Bibliothek können nicht gelesen werden</translation>
    </message>
    <message>
        <source>“%1” is not one of the team library&apos;s people; an admin adds people (copydesk team add-person LOGIN NAME ROLE)</source>
        <translation>„%1“ gehört nicht zu den Personen der Team-Bibliothek; ein Admin fügt Personen hinzu (copydesk team add-person LOGIN NAME ROLLE)</translation>
    </message>
    <message>
        <source>you are connected to the team library as %1 and cannot act as %2</source>
        <translation>Sie sind mit der Team-Bibliothek als %1 verbunden und können nicht als %2 handeln</translation>
    </message>
    <message>
        <source>only admins add people; %1 is a %2</source>
        <translation>nur Administratoren fügen Personen hinzu; %1 hat die Rolle „%2“</translation>
    </message>
    <message>
        <source>a person needs a login</source>
        <translation>eine Person braucht ein Login</translation>
    </message>
    <message>
        <source>cannot add %1</source>
        <translation>%1 kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot read the article&apos;s workflow</source>
        <translation>Workflow des Artikels kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>“%1”: there is no article %2</source>
        <translation>„%1“: Es gibt keinen Artikel %2</translation>
    </message>
    <message>
        <source>article %1 is in the trash; restore it first</source>
        <translation>Artikel %1 ist im Papierkorb; stellen Sie ihn zuerst wieder her</translation>
    </message>
    <message>
        <source>cannot change the article&apos;s status</source>
        <translation>Status des Artikels kann nicht geändert werden</translation>
    </message>
    <message>
        <source>cannot read the audit log</source>
        <translation>Prüfprotokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the checklist settings</source>
        <translation>Checklisteneinstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>only editors and admins change the checklist; %1 is a reporter</source>
        <translation>nur Redakteure und Administratoren ändern die Checkliste; %1 ist Reporter</translation>
    </message>
    <message>
        <source>cannot store the checklist settings</source>
        <translation>Checklisteneinstellungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>a comment needs text</source>
        <translation>ein Kommentar braucht Text</translation>
    </message>
    <message>
        <source>cannot add the comment</source>
        <translation>Kommentar kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>a reply needs text</source>
        <translation>eine Antwort braucht Text</translation>
    </message>
    <message>
        <source>cannot add the reply</source>
        <translation>Antwort kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>cannot change the comment</source>
        <translation>Kommentar kann nicht geändert werden</translation>
    </message>
    <message>
        <source>cannot read the comments</source>
        <translation>Kommentare können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot list the articles</source>
        <translation>Artikel können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Copydesk::Preflight</name>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>Copydesk::Presence</name>
    <message>
        <source>%1 took over this article at %2: “%3”</source>
        <translation>%1 hat diesen Artikel um %2 übernommen: „%3“</translation>
    </message>
    <message>
        <source>%1 is editing this article.</source>
        <translation>%1 bearbeitet diesen Artikel.</translation>
    </message>
    <message>
        <source>%1 is editing this article, since %2.</source>
        <translation>%1 bearbeitet diesen Artikel, seit %2.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PresenceController</name>
    <message>
        <source>Nobody else is editing this article now; you can edit it.</source>
        <translation>Niemand sonst bearbeitet diesen Artikel jetzt; Sie können ihn bearbeiten.</translation>
    </message>
    <message>
        <source>Take Over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>The person editing this article loses it and sees your note. Why do you take it over?</source>
        <translation>Wer diesen Artikel gerade bearbeitet, verliert ihn und sieht Ihre Notiz. Warum übernehmen Sie ihn?</translation>
    </message>
    <message>
        <source>You took the article over.</source>
        <translation>Sie haben den Artikel übernommen.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PreviewPane</name>
    <message>
        <source>Choose an article to see it as readers will.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn so zu sehen, wie ihn die Leserschaft sieht.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Seitenvorschau</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Druck</translation>
    </message>
    <message>
        <source>Card &amp;&amp; Search</source>
        <translation>Karte &amp;&amp; Suche</translation>
    </message>
    <message>
        <source>The web page readers get</source>
        <translation>Die Webseite, wie die Leserschaft sie erhält</translation>
    </message>
    <message>
        <source>The page as the PDF export lays it out</source>
        <translation>Die Seite im Layout des PDF-Exports</translation>
    </message>
    <message>
        <source>How links to the article look on social media and in search results</source>
        <translation>Wie Links auf den Artikel in sozialen Medien und in Suchergebnissen aussehen</translation>
    </message>
    <message>
        <source>The preview could not be shown: %1</source>
        <translation>Die Vorschau kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>there is no temporary folder to write it to</source>
        <translation>es gibt keinen temporären Ordner, in den sie geschrieben werden kann</translation>
    </message>
</context>
<context>
    <name>Copydesk::PrintController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Dr&amp;uckvorschau…</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Printing Failed</source>
        <translation>Drucken fehlgeschlagen</translation>
    </message>
    <message>
        <source>Print Article</source>
        <translation>Artikel drucken</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Wird gedruckt…</translation>
    </message>
    <message>
        <source>Preparing the print preview…</source>
        <translation>Druckvorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print the open article</source>
        <translation>Den geöffneten Artikel drucken</translation>
    </message>
    <message>
        <source>Show the open article&apos;s printed pages before printing</source>
        <translation>Die Seiten des geöffneten Artikels vor dem Drucken zeigen</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Drucken fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Sent to the printer “%1”.</source>
        <translation>An den Drucker „%1“ gesendet.</translation>
    </message>
    <message>
        <source>Printed to “%1”.</source>
        <translation>In „%1“ gedruckt.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Druck läuft</translation>
    </message>
    <message>
        <source>The article is still being sent to the printer “%1”.</source>
        <translation>Der Artikel wird noch an den Drucker „%1“ gesendet.</translation>
    </message>
    <message>
        <source>Sending the article to the printer “%1”…</source>
        <translation>Der Artikel wird an den Drucker „%1“ gesendet…</translation>
    </message>
    <message numerus="yes">
        <source>The article has %n page(s); the pages chosen are not among them.</source>
        <translation>
            <numerusform>Der Artikel hat %n Seite; die gewählten Seiten gehören nicht dazu.</numerusform>
            <numerusform>Der Artikel hat %n Seiten; die gewählten Seiten gehören nicht dazu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Printed.</source>
        <translation>Gedruckt.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PrintedPages</name>
    <message numerus="yes">
        <source>The article has %n page(s); pages %1 are not among them.</source>
        <translation>
            <numerusform>Der Artikel hat %n Seite; die Seiten %1 gehören nicht dazu.</numerusform>
            <numerusform>Der Artikel hat %n Seiten; die Seiten %1 gehören nicht dazu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot choose the pages to print from the PDF (qpdf): %1</source>
        <translation>Die zu druckenden Seiten lassen sich nicht aus dem PDF wählen (qpdf): %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::ProfileFields</name>
    <message>
        <source>profile key “%1”: %2</source>
        <translation>Profilschlüssel „%1“: %2</translation>
    </message>
    <message>
        <source>the publication needs a name</source>
        <translation>die Publikation braucht einen Namen</translation>
    </message>
    <message>
        <source>“%1” is not an http(s) address such as https://example.com/</source>
        <translation>„%1“ ist keine http(s)-Adresse wie https://example.com/</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>“%1” is not a language tag such as en, de or fr-CH</source>
        <translation>„%1“ ist kein Sprachkürzel wie en, de oder fr-CH</translation>
    </message>
    <message>
        <source>“%1” is not a colour written as #rrggbb</source>
        <translation>„%1“ ist keine als #rrggbb geschriebene Farbe</translation>
    </message>
    <message>
        <source>“%1” is not a folder</source>
        <translation>„%1“ ist kein Ordner</translation>
    </message>
    <message>
        <source>%1, %2 bytes</source>
        <translation>%1, %2 Byte</translation>
    </message>
    <message>
        <source>there is no profile key “%1”; the keys are %2</source>
        <translation>es gibt keinen Profilschlüssel „%1“; die Schlüssel sind %2</translation>
    </message>
    <message>
        <source>The publication profile is not set: pages say “%1”.</source>
        <translation>Das Publikationsprofil ist nicht eingerichtet: Seiten nennen „%1“.</translation>
    </message>
</context>
<context>
    <name>Copydesk::ProfileFile</name>
    <message>
        <source>profile file %1</source>
        <translation>Profildatei %1</translation>
    </message>
    <message>
        <source>%1 is not a publication profile: %2</source>
        <translation>%1 ist kein Publikationsprofil: %2</translation>
    </message>
    <message>
        <source>it is not JSON (%1 at byte %2)</source>
        <translation>sie ist kein JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>sie ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>a profile has no “%1”</source>
        <translation>ein Profil hat kein „%1“</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>sie ist leer</translation>
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
    <message>
        <source>The publication profile&apos;s &quot;%1&quot; must be a whole number, 0 for no limit.</source>
        <translation>„%1“ im Publikationsprofil muss eine ganze Zahl sein, 0 für keine Begrenzung.</translation>
    </message>
    <message>
        <source>The publication profile&apos;s &quot;%1&quot; must be a whole number, 0 for none.</source>
        <translation>„%1“ im Publikationsprofil muss eine ganze Zahl sein, 0 für keine.</translation>
    </message>
    <message>
        <source>The publication profile&apos;s &quot;%1&quot; must be an object.</source>
        <translation>„%1“ im Publikationsprofil muss ein Objekt sein.</translation>
    </message>
</context>
<context>
    <name>Copydesk::PublishedEditor</name>
    <message>
        <source>Set</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <source>Publication date set</source>
        <translation>Veröffentlichungsdatum festgelegt</translation>
    </message>
    <message>
        <source>Publication date and time</source>
        <translation>Veröffentlichungsdatum und -uhrzeit</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
</context>
<context>
    <name>Copydesk::QuoteEditor</name>
    <message>
        <source>Quote %1 text</source>
        <translation>Zitat %1: Text</translation>
    </message>
    <message>
        <source>Quote %1 speaker</source>
        <translation>Zitat %1: Person</translation>
    </message>
    <message>
        <source>Quote %1 speaker&apos;s role</source>
        <translation>Zitat %1: Funktion der Person</translation>
    </message>
    <message>
        <source>Quote:</source>
        <translation>Zitat:</translation>
    </message>
    <message>
        <source>Speaker:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Funktion:</translation>
    </message>
    <message>
        <source>Add Quote</source>
        <translation>Zitat hinzufügen</translation>
    </message>
    <message>
        <source>Quote %1</source>
        <translation>Zitat %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::ReferenceEditor</name>
    <message>
        <source>⚠ Not a web address</source>
        <translation>⚠ Keine Webadresse</translation>
    </message>
    <message>
        <source>Reference %1 title</source>
        <translation>Quelle %1: Titel</translation>
    </message>
    <message>
        <source>Reference %1 URL</source>
        <translation>Quelle %1: URL</translation>
    </message>
    <message>
        <source>Reference %1 URL problem</source>
        <translation>Quelle %1: Problem mit der URL</translation>
    </message>
    <message>
        <source>Expected an http:// or https:// address with a host name</source>
        <translation>Erwartet wird eine http://- oder https://-Adresse mit Hostnamen</translation>
    </message>
    <message>
        <source>Reference %1 publisher</source>
        <translation>Quelle %1: Herausgeber</translation>
    </message>
    <message>
        <source>Reference %1 date accessed</source>
        <translation>Quelle %1: Abrufdatum</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Publisher:</source>
        <translation>Herausgeber:</translation>
    </message>
    <message>
        <source>Accessed:</source>
        <translation>Abgerufen am:</translation>
    </message>
    <message>
        <source>Add Reference</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Reference %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>The web address of the source</source>
        <translation>Die Webadresse der Quelle</translation>
    </message>
</context>
<context>
    <name>Copydesk::ReviewDocks</name>
    <message>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Required checklist fixes</source>
        <translation>Erforderliche Korrekturen laut Checkliste</translation>
    </message>
    <message>
        <source>The place this comment points to is no longer in the article.</source>
        <translation>Die Stelle, auf die sich dieser Kommentar bezieht, ist nicht mehr im Artikel.</translation>
    </message>
    <message numerus="yes">
        <source>Checklist: %n required</source>
        <translation>
            <numerusform>Checkliste: %n Pflichtbefund</numerusform>
            <numerusform>Checkliste: %n Pflichtbefunde</numerusform>
        </translation>
    </message>
    <message>
        <source>The checklist has findings that block submitting and approving. Click to go to the first one.</source>
        <translation>Die Checkliste hat Befunde, die Einreichen und Freigeben verhindern. Klicken Sie, um zum ersten zu springen.</translation>
    </message>
    <message>
        <source>Show or hide what the article still needs before review</source>
        <translation>Anzeigen oder ausblenden, was dem Artikel vor der Prüfung noch fehlt</translation>
    </message>
    <message>
        <source>Show or hide the review comments and the changes since the last review</source>
        <translation>Die Prüfkommentare und die Änderungen seit der letzten Prüfung anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Go to Checklist</source>
        <translation>Zur Checkliste</translation>
    </message>
    <message>
        <source>Bring the checklist forward and move the keyboard focus into it</source>
        <translation>Die Checkliste nach vorn holen und den Tastaturfokus hineinsetzen</translation>
    </message>
    <message>
        <source>Go to Review</source>
        <translation>Zur Prüfung</translation>
    </message>
    <message>
        <source>Bring the review comments forward and move the keyboard focus into them</source>
        <translation>Die Kommentare der Prüfung nach vorn holen und den Tastaturfokus hineinsetzen</translation>
    </message>
</context>
<context>
    <name>Copydesk::ReviewPanel</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Autorenzeile</translation>
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
        <source>Untitled section</source>
        <translation>Abschnitt ohne Titel</translation>
    </message>
    <message>
        <source>heading</source>
        <translation>Zwischenüberschrift</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>quote %1</source>
        <translation>Zitat %1</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>source %1</source>
        <translation>Quelle %1</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>K&amp;ommentieren</translation>
    </message>
    <message>
        <source>This library has no editorial workflow, so there are no review comments. Add people to the library (copydesk people add NAME ROLE) to start one.</source>
        <translation>Diese Bibliothek hat keinen redaktionellen Workflow, daher gibt es keine Prüfkommentare. Fügen Sie der Bibliothek Personen hinzu (copydesk people add NAME ROLE), um einen einzurichten.</translation>
    </message>
    <message>
        <source>Comment threads</source>
        <translation>Kommentar-Threads</translation>
    </message>
    <message>
        <source>New comment</source>
        <translation>Neuer Kommentar</translation>
    </message>
    <message>
        <source>Write a comment… (Ctrl+Return sends it)</source>
        <translation>Kommentar schreiben… (Strg+Eingabe sendet ihn)</translation>
    </message>
    <message>
        <source>Changes since last review</source>
        <translation>Änderungen seit der letzten Prüfung</translation>
    </message>
    <message>
        <source>Co&amp;mments</source>
        <translation>&amp;Kommentare</translation>
    </message>
    <message>
        <source>Changes since &amp;last review</source>
        <translation>Änderungen seit der letzten &amp;Prüfung</translation>
    </message>
    <message>
        <source>Select a field or some text in the editor to comment on it.</source>
        <translation>Wählen Sie im Editor ein Feld oder eine Textstelle aus, um sie zu kommentieren.</translation>
    </message>
    <message>
        <source>Comment on: %1</source>
        <translation>Kommentar zu: %1</translation>
    </message>
    <message>
        <source>A removed part</source>
        <translation>Ein entfernter Baustein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Show &amp;resolved (%1)</source>
        <translation>&amp;Erledigte anzeigen (%1)</translation>
    </message>
    <message>
        <source>No open comments.</source>
        <translation>Keine offenen Kommentare.</translation>
    </message>
    <message>
        <source>Co&amp;mments (%1)</source>
        <translation>&amp;Kommentare (%1)</translation>
    </message>
    <message>
        <source>Not reviewed yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>Since revision %1, reviewed by %2.</source>
        <translation>Seit Version %1, geprüft von %2.</translation>
    </message>
    <message>
        <source>No changes since the last review.</source>
        <translation>Keine Änderungen seit der letzten Prüfung.</translation>
    </message>
    <message>
        <source>The whole article</source>
        <translation>Der ganze Artikel</translation>
    </message>
</context>
<context>
    <name>Copydesk::RevisionHistoryDialog</name>
    <message>
        <source>Revision History</source>
        <translation>Versionsverlauf</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Compare from revision</source>
        <translation>Vergleichen ab Version</translation>
    </message>
    <message>
        <source>Compare to revision</source>
        <translation>Vergleichen bis Version</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>&amp;Restore Selected</source>
        <translation>Auswahl &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>Moved from position %1 to %2</source>
        <translation>Von Position %1 nach %2 verschoben</translation>
    </message>
    <message>
        <source>Restore Revision</source>
        <translation>Version wiederherstellen</translation>
    </message>
    <message>
        <source>Make revision %1 the current text? The current text stays in the history.</source>
        <translation>Version %1 zum aktuellen Text machen? Der aktuelle Text bleibt im Verlauf erhalten.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Workflow log</source>
        <translation>Workflow-Protokoll</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>Vers&amp;ionen</translation>
    </message>
    <message>
        <source>&amp;Workflow log</source>
        <translation>Workflow-&amp;Protokoll</translation>
    </message>
    <message>
        <source>Text changed after approval</source>
        <translation>Text nach der Freigabe geändert</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The library</source>
        <translation>Die Bibliothek</translation>
    </message>
    <message>
        <source>Small edit, approval kept</source>
        <translation>Kleine Änderung, Freigabe bleibt</translation>
    </message>
    <message>
        <source>Approved text again, approval restored</source>
        <translation>Wieder der freigegebene Text, Freigabe wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Copydesk::Role</name>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redakteur</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
</context>
<context>
    <name>Copydesk::SaveStateLabel</name>
    <message>
        <source>Save state</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Gespeichert um %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Unsaved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Someone else has this article open; your changes are not saved.</source>
        <translation>Jemand anderes hat diesen Artikel geöffnet; Ihre Änderungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: changed elsewhere</source>
        <translation>Nicht gespeichert: anderswo geändert</translation>
    </message>
    <message>
        <source>Someone else saved this article while you were editing. Your text is kept here until you choose what to keep.</source>
        <translation>Jemand anderes hat diesen Artikel gespeichert, während Sie ihn bearbeitet haben. Ihr Text bleibt hier erhalten, bis Sie wählen, was bleibt.</translation>
    </message>
    <message>
        <source>Saved again.</source>
        <translation>Wieder gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this article.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Artikel geändert.</translation>
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
    <name>Copydesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Redakteur</translation>
    </message>
    <message>
        <source>Copy editor</source>
        <translation>Schlussredakteur</translation>
    </message>
    <message>
        <source>Managing editor</source>
        <translation>Chef vom Dienst</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source> words per minute</source>
        <translation> Wörter pro Minute</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>Publication (shared by everyone using this library)</source>
        <translation>Publikation (gemeinsam für alle, die diese Bibliothek nutzen)</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Tagline:</source>
        <translation>&amp;Slogan:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Reading &amp;speed:</source>
        <translation>&amp;Lesegeschwindigkeit:</translation>
    </message>
    <message>
        <source>&amp;Page size:</source>
        <translation>Seitenf&amp;ormat:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Export folder:</source>
        <translation>&amp;Exportordner:</translation>
    </message>
    <message>
        <source>Export Folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>A colour is written as # and six hexadecimal digits, like #9b1c1c.</source>
        <translation>Eine Farbe wird als # mit sechs Hexadezimalziffern geschrieben, etwa #9b1c1c.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>En&amp;tfernen</translation>
    </message>
    <message>
        <source>Roles are changed by an admin of the library.</source>
        <translation>Rollen ändert ein Administrator der Bibliothek.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Choose the accent colour</source>
        <translation>Akzentfarbe auswählen</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>&amp;Dek at most:</source>
        <translation>&amp;Vorspann höchstens:</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>SVG logo</source>
        <translation>SVG-Logo</translation>
    </message>
    <message>
        <source>Publication Logo</source>
        <translation>Logo der Publikation</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Accent Colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <source>None: every change needs a new approval</source>
        <translation>Keine: jede Änderung braucht eine neue Freigabe</translation>
    </message>
    <message>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <source>How many words an editor or admin may change in an approved article without it going back to review; the audit log records each such edit.</source>
        <translation>Wie viele Wörter ein Redakteur oder Administrator in einem freigegebenen Artikel ändern darf, ohne dass er zurück in die Prüfung geht; das Prüfprotokoll vermerkt jede solche Änderung.</translation>
    </message>
    <message>
        <source>Editors&apos; small edits &amp;keep approval:</source>
        <translation>&amp;Kleine Änderungen durch Redakteure:</translation>
    </message>
    <message>
        <source>T&amp;ypographic quotes and dashes as you type</source>
        <translation>T&amp;ypografische Anführungszeichen und Striche beim Tippen</translation>
    </message>
    <message>
        <source>&quot;…&quot; becomes “…” (German „…“), -- an en dash, --- an em dash; not in code or web addresses. Undo right after takes it back.</source>
        <translation>&quot;…&quot; wird zu „…“ (Englisch “…”), -- zum Halbgeviertstrich, --- zum Geviertstrich; nicht in Code oder Webadressen. Rückgängig direkt danach nimmt es zurück.</translation>
    </message>
    <message>
        <source>BCP 47 tag such as en, en-GB, de or de-CH: the spelling dictionary and quotation marks of every article that names no language</source>
        <translation>BCP-47-Kennung wie en, en-GB, de oder de-CH: Rechtschreibwörterbuch und Anführungszeichen jedes Artikels, der keine Sprache angibt</translation>
    </message>
    <message>
        <source>Word tar&amp;gets:</source>
        <translation>Wort&amp;ziele:</translation>
    </message>
    <message>
        <source>The built-in house style</source>
        <translation>Der eingebaute Hausstil</translation>
    </message>
    <message>
        <source>A folder of the newsroom&apos;s own templates (see copydesk templates export): each file replaces the built-in one of the same name in the preview and every export.</source>
        <translation>Ein Ordner mit den eigenen Vorlagen der Redaktion (siehe copydesk templates export): Jede Datei ersetzt in der Vorschau und in jedem Export die eingebaute gleichen Namens.</translation>
    </message>
    <message>
        <source>Choose the template folder</source>
        <translation>Vorlagenordner wählen</translation>
    </message>
    <message>
        <source>Template Folder</source>
        <translation>Vorlagenordner</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Accent colo&amp;ur:</source>
        <translation>&amp;Akzentfarbe:</translation>
    </message>
    <message>
        <source>Headl&amp;ine at most:</source>
        <translation>Ü&amp;berschrift höchstens:</translation>
    </message>
    <message>
        <source>Template &amp;folder:</source>
        <translation>Vorla&amp;genordner:</translation>
    </message>
    <message>
        <source>Choose the export folder</source>
        <translation>Exportordner wählen</translation>
    </message>
</context>
<context>
    <name>Copydesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Command or key</source>
        <translation>Befehl oder Taste</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>In the editor</source>
        <translation>Im Editor</translation>
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
    <message>
        <source>cannot read the people of the library</source>
        <translation>Personen der Bibliothek können nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: the text of article %2 does not match its content hash: it was changed outside Copydesk. Run “copydesk check-library”; its earlier revisions can be restored</source>
        <translation>%1: der Text von Artikel %2 passt nicht zu seinem Inhalts-Hash: er wurde außerhalb von Copydesk geändert. Führen Sie „copydesk check-library“ aus; frühere Versionen lassen sich wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Copydesk::SqliteArticleWriter</name>
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
    <message>
        <source>the article id %1 is not a UUID</source>
        <translation>die Artikel-ID %1 ist keine UUID</translation>
    </message>
    <message>
        <source>an article with the id %1 is already in the library</source>
        <translation>ein Artikel mit der ID %1 ist bereits in der Bibliothek</translation>
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
    <message>
        <source>it is on a read-only file system</source>
        <translation>sie liegt auf einem schreibgeschützten Dateisystem</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>its folder %1 is not writable</source>
        <translation>ihr Ordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>cannot check the library</source>
        <translation>Bibliothek kann nicht geprüft werden</translation>
    </message>
    <message>
        <source>the library %1 is damaged (%2); nothing was written. Run “copydesk check-library” for details, then restore it from a backup or recover what is readable with “sqlite3 FILE .recover”</source>
        <translation>die Bibliothek %1 ist beschädigt (%2); es wurde nichts geschrieben. Einzelheiten zeigt „copydesk check-library“; stellen Sie sie dann aus einer Sicherung wieder her oder retten Sie das Lesbare mit „sqlite3 DATEI .recover“</translation>
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
    <message>
        <source>the text of article %1 cannot be read</source>
        <translation>der Text von Artikel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>revision %1 of article %2 cannot be read</source>
        <translation>Version %1 von Artikel %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>revision %1 of article %2 does not match its content hash: it was changed outside Copydesk</source>
        <translation>Version %1 von Artikel %2 passt nicht zu ihrem Inhalts-Hash: sie wurde außerhalb von Copydesk geändert</translation>
    </message>
    <message>
        <source>the text of article %1 does not match its content hash: it was changed outside Copydesk</source>
        <translation>der Text von Artikel %1 passt nicht zu seinem Inhalts-Hash: er wurde außerhalb von Copydesk geändert</translation>
    </message>
    <message>
        <source>the library counts %1 trashed articles of status “%2”, but has %3</source>
        <translation>die Bibliothek zählt %1 Artikel mit dem Status „%2“ im Papierkorb, hat aber %3</translation>
    </message>
    <message>
        <source>the library counts %1 articles of status “%2”, but has %3</source>
        <translation>die Bibliothek zählt %1 Artikel mit dem Status „%2“, hat aber %3</translation>
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
<context>
    <name>Copydesk::SqliteWorkflow</name>
    <message>
        <source>cannot read the people of the library</source>
        <translation>Personen der Bibliothek können nicht gelesen werden</translation>
    </message>
    <message>
        <source>“%1” is not one of the library&apos;s people; an admin adds people (copydesk people add NAME ROLE)</source>
        <translation>„%1“ ist keine Person der Bibliothek; Personen fügt ein Administrator hinzu (copydesk people add NAME ROLE)</translation>
    </message>
    <message>
        <source>this library has no workflow yet: add its first person, an admin, with copydesk people add NAME admin</source>
        <translation>diese Bibliothek hat noch keinen Workflow: fügen Sie die erste Person, einen Administrator, mit copydesk people add NAME admin hinzu</translation>
    </message>
    <message>
        <source>a person needs a name</source>
        <translation>eine Person braucht einen Namen</translation>
    </message>
    <message>
        <source>cannot add the person</source>
        <translation>Person kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>only admins add people; %1 is a %2</source>
        <translation>nur Administratoren fügen Personen hinzu; %1 hat die Rolle „%2“</translation>
    </message>
    <message>
        <source>cannot read the article&apos;s workflow</source>
        <translation>Workflow des Artikels kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: there is no article %2</source>
        <translation>%1: es gibt keinen Artikel %2</translation>
    </message>
    <message>
        <source>article %1 is in the trash; restore it first</source>
        <translation>Artikel %1 ist im Papierkorb; stellen Sie ihn zuerst wieder her</translation>
    </message>
    <message>
        <source>owner: %1 → %2</source>
        <translation>Verantwortlich: %1 → %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Kept for approval</source>
        <translation>Für die Freigabe gesichert</translation>
    </message>
    <message>
        <source>cannot change the article&apos;s status</source>
        <translation>Status des Artikels kann nicht geändert werden</translation>
    </message>
    <message>
        <source>article %1 changed while you were looking at it; look again and retry</source>
        <translation>Artikel %1 wurde geändert, während Sie ihn angesehen haben; sehen Sie ihn erneut an und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <source>The text changed after approval</source>
        <translation>Der Text wurde nach der Freigabe geändert</translation>
    </message>
    <message>
        <source>cannot record who changed the article</source>
        <translation>es kann nicht festgehalten werden, wer den Artikel geändert hat</translation>
    </message>
    <message>
        <source>cannot read the audit log</source>
        <translation>Prüfprotokoll kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot read the checklist settings</source>
        <translation>Checklisteneinstellungen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>only editors and admins change the checklist; %1 is a reporter</source>
        <translation>nur Redakteure und Administratoren ändern die Checkliste; %1 ist Reporter</translation>
    </message>
    <message>
        <source>cannot store the checklist settings</source>
        <translation>Checklisteneinstellungen können nicht gespeichert werden</translation>
    </message>
    <message>
        <source>a comment needs text</source>
        <translation>ein Kommentar braucht Text</translation>
    </message>
    <message>
        <source>cannot add the comment</source>
        <translation>Kommentar kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>a reply needs text</source>
        <translation>eine Antwort braucht Text</translation>
    </message>
    <message>
        <source>cannot add the reply</source>
        <translation>Antwort kann nicht hinzugefügt werden</translation>
    </message>
    <message>
        <source>there is no comment %1</source>
        <translation>es gibt keinen Kommentar %1</translation>
    </message>
    <message>
        <source>cannot change the comment</source>
        <translation>Kommentar kann nicht geändert werden</translation>
    </message>
    <message>
        <source>cannot read the comments</source>
        <translation>Kommentare können nicht gelesen werden</translation>
    </message>
    <message>
        <source>cannot list the articles</source>
        <translation>Artikel können nicht aufgelistet werden</translation>
    </message>
    <message>
        <source>cannot keep the approval</source>
        <translation>die Freigabe kann nicht erhalten werden</translation>
    </message>
    <message>
        <source>Small edit after approval</source>
        <translation>Kleine Änderung nach der Freigabe</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) changed by an editor, within the %1 the publication profile allows after approval</source>
        <translation>
            <numerusform>%n Wort von einem Redakteur geändert, im Rahmen der %1, die das Publikationsprofil nach der Freigabe erlaubt</numerusform>
            <numerusform>%n Wörter von einem Redakteur geändert, im Rahmen der %1, die das Publikationsprofil nach der Freigabe erlaubt</numerusform>
        </translation>
    </message>
    <message>
        <source>The text is the approved text again</source>
        <translation>Der Text ist wieder der freigegebene Text</translation>
    </message>
</context>
<context>
    <name>Copydesk::StartupNotices</name>
    <message>
        <source>Recovered after an unclean shutdown.</source>
        <translation>Nach nicht ordnungsgemäßem Beenden wiederhergestellt.</translation>
    </message>
    <message>
        <source>Work recovered</source>
        <translation>Arbeit wiederhergestellt</translation>
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
        <source>Publication Name</source>
        <translation>Name der Publikation</translation>
    </message>
    <message>
        <source>What is your publication called? Every page and export carries its name; until you give one, they say “%1”. You can change it later under File ▸ Settings.</source>
        <translation>Wie heißt Ihre Publikation? Jede Seite und jeder Export trägt ihren Namen; bis Sie einen angeben, steht dort „%1“. Sie können ihn später unter Datei ▸ Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>The publication&apos;s name could not be stored.</source>
        <translation>Der Name der Publikation konnte nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Copydesk::StructureRecogniser</name>
    <message>
        <source>The byline&apos;s typed reading time “%1” is kept with %2: correct or remove it.</source>
        <translation>Die in der Autorenzeile getippte Lesezeit „%1“ bleibt bei %2: korrigieren oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>A reference&apos;s link was refused: %1</source>
        <translation>Der Link einer Quelle wurde abgelehnt: %1</translation>
    </message>
    <message numerus="yes">
        <source>The %n headline(s) under “%1” are not stored: pages list the library&apos;s latest articles there.</source>
        <translation>
            <numerusform>Die %n Überschrift unter „%1“ wird nicht gespeichert: Seiten führen dort die neuesten Artikel der Bibliothek auf.</numerusform>
            <numerusform>Die %n Überschriften unter „%1“ werden nicht gespeichert: Seiten führen dort die neuesten Artikel der Bibliothek auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 taken from the page&apos;s metadata.</source>
        <translation>%1 aus den Metadaten der Seite übernommen.</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>Häufige Fragen</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Publikation</translation>
    </message>
    <message>
        <source>Tagline</source>
        <translation>Untertitel der Publikation</translation>
    </message>
    <message>
        <source>Dek</source>
        <translation>Vorspann</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Hero caption</source>
        <translation>Bildunterschrift (Aufmacher)</translation>
    </message>
    <message>
        <source>Hero credit</source>
        <translation>Bildnachweis (Aufmacher)</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Lede</source>
        <translation>Einstieg</translation>
    </message>
    <message>
        <source>“%1” is empty; it is kept so that the checklist can flag it.</source>
        <translation>„%1“ ist leer; der Teil bleibt erhalten, damit die Checkliste ihn anmahnen kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n block(s) could not be placed and are in the section “%1”.</source>
        <translation>
            <numerusform>%n Block ließ sich nicht zuordnen und steht im Abschnitt „%1“.</numerusform>
            <numerusform>%n Blöcke ließen sich nicht zuordnen und stehen im Abschnitt „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unplaced</source>
        <translation>Nicht zugeordnet</translation>
    </message>
</context>
<context>
    <name>Copydesk::TakeOverBar</name>
    <message>
        <source>Take over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Take Over…</source>
        <translation>Übernehmen …</translation>
    </message>
    <message>
        <source>Edit this article yourself; its current editor sees your note and continues read-only.</source>
        <translation>Diesen Artikel selbst bearbeiten; wer ihn gerade bearbeitet, sieht Ihre Notiz und kann nur noch lesen.</translation>
    </message>
</context>
<context>
    <name>Copydesk::TeamKeyring</name>
    <message>
        <source>an empty password is not stored</source>
        <translation>ein leeres Passwort wird nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>Copydesk::TeamLoginPrompt</name>
    <message>
        <source>no password was given for %1</source>
        <translation>für %1 wurde kein Passwort eingegeben</translation>
    </message>
    <message>
        <source>The server refused this password; try again. (%1)</source>
        <translation>Der Server hat dieses Passwort abgelehnt; versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>The password works but could not be stored in the system keyring: %1</source>
        <translation>Das Passwort stimmt, konnte aber nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Copydesk::TeamPush</name>
    <message>
        <source>cannot push to “%1”</source>
        <translation>kann nicht nach „%1“ übertragen</translation>
    </message>
    <message>
        <source>article %1 (“%2”): %3</source>
        <translation>Artikel %1 („%2“): %3</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <translation>%1 („%2“)</translation>
    </message>
    <message numerus="yes">
        <source>the team library has different text under the same id for %n article(s): %1; nothing was pushed</source>
        <translation>
            <numerusform>die Team-Bibliothek hat für %n Artikel anderen Text unter derselben ID: %1; nichts wurde übertragen</numerusform>
            <numerusform>die Team-Bibliothek hat für %n Artikel anderen Text unter derselben ID: %1; nichts wurde übertragen</numerusform>
        </translation>
    </message>
    <message>
        <source>article %1 (“%2”) has no revision</source>
        <translation>Artikel %1 („%2“) hat keine Version</translation>
    </message>
    <message>
        <source>cannot read the team library&apos;s people</source>
        <translation>die Personen der Team-Bibliothek können nicht gelesen werden</translation>
    </message>
    <message>
        <source>--map “%1=%2”: %2 is not a person of the team library</source>
        <translation>--map „%1=%2“: %2 ist keine Person der Team-Bibliothek</translation>
    </message>
    <message>
        <source>“%1” is the name of several team logins (%2); choose one with --map “%1=LOGIN”</source>
        <translation>„%1“ ist der Name mehrerer Team-Logins (%2); wählen Sie eines mit --map „%1=LOGIN“</translation>
    </message>
    <message>
        <source>no team login for %1; add them with team add-person LOGIN NAME ROLE or name their logins with --map “NAME=LOGIN”</source>
        <translation>kein Team-Login für %1; fügen Sie sie mit team add-person LOGIN NAME ROLLE hinzu oder nennen Sie ihre Logins mit --map „NAME=LOGIN“</translation>
    </message>
    <message>
        <source>; nothing was pushed</source>
        <translation>; nichts wurde übertragen</translation>
    </message>
    <message>
        <source>cannot store the image</source>
        <translation>Bild kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::TextEncoding</name>
    <message>
        <source>%1 is not valid %2 text</source>
        <translation>%1 ist kein gültiger %2-Text</translation>
    </message>
    <message>
        <source>%1 is %2 text without a byte-order mark; save it as UTF-8</source>
        <translation>%1 ist %2-Text ohne Byte-Order-Mark; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text: invalid byte 0x%2 at offset %3; save it as UTF-8</source>
        <translation>%1 ist kein UTF-8-Text: ungültiges Byte 0x%2 an Position %3; speichern Sie die Datei als UTF-8</translation>
    </message>
    <message>
        <source>%1 contains a NUL byte at offset %2; it is not a text file</source>
        <translation>%1 enthält ein NUL-Byte an Position %2; es ist keine Textdatei</translation>
    </message>
</context>
<context>
    <name>Copydesk::TransitionDialog</name>
    <message>
        <source>(no headline)</source>
        <translation>(keine Überschrift)</translation>
    </message>
    <message>
        <source>Article:</source>
        <translation>Artikel:</translation>
    </message>
    <message>
        <source>New owner</source>
        <translation>Neue verantwortliche Person</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>New &amp;owner:</source>
        <translation>Neue &amp;verantwortliche Person:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>What needs to change (optional)</source>
        <translation>Was geändert werden muss (optional)</translation>
    </message>
    <message>
        <source>Optional; kept in the audit log</source>
        <translation>Optional; wird im Prüfprotokoll festgehalten</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Required: why you approve instead of an editor</source>
        <translation>Pflicht: warum Sie statt eines Redakteurs freigeben</translation>
    </message>
    <message>
        <source>The audit log records this approval as an admin&apos;s override, with your note.</source>
        <translation>Das Prüfprotokoll vermerkt diese Freigabe als Ausnahmefreigabe eines Administrators, mit Ihrer Notiz.</translation>
    </message>
</context>
<context>
    <name>Copydesk::TypedDateInput</name>
    <message>
        <source>Type a date as you would write it: 12.5.2026, 12 May, tomorrow, next Friday, in 3 days</source>
        <translation>Datum so eingeben, wie man es schreibt: 12.5.2026, 12. Mai, morgen, nächsten Freitag, in 3 Tagen</translation>
    </message>
    <message>
        <source>“%1” is not a date; the field keeps %2.</source>
        <translation>„%1“ ist kein Datum; das Feld behält %2.</translation>
    </message>
</context>
<context>
    <name>Copydesk::UnsavedJournal</name>
    <message>
        <source>cannot keep the unsaved text in “%1”: %2</source>
        <translation>der ungespeicherte Text kann nicht in „%1“ aufbewahrt werden: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::UrlPattern</name>
    <message>
        <source>{%1} is not a placeholder; use %2</source>
        <translation>{%1} ist kein Platzhalter; verwenden Sie %2</translation>
    </message>
    <message>
        <source>it has no %1, so every page would get the same address</source>
        <translation>es enthält kein %1, sodass jede Seite dieselbe Adresse bekäme</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>it is not an http(s) address such as https://example.com/…</source>
        <translation>es ist keine http(s)-Adresse wie https://example.com/…</translation>
    </message>
</context>
<context>
    <name>Copydesk::ViewModes</name>
    <message>
        <source>Show &amp;Library</source>
        <translation>&amp;Bibliothek anzeigen</translation>
    </message>
    <message>
        <source>Show &amp;Preview</source>
        <translation>&amp;Vorschau anzeigen</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>V&amp;ollbild</translation>
    </message>
    <message>
        <source>&amp;Distraction-Free Writing</source>
        <translation>&amp;Ablenkungsfreies Schreiben</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Pre&amp;vious Pane</source>
        <translation>Vorheri&amp;ger Bereich</translation>
    </message>
    <message>
        <source>Show or hide the library beside the editor</source>
        <translation>Die Bibliothek neben dem Editor anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the preview beside the editor</source>
        <translation>Die Vorschau neben dem Editor anzeigen oder ausblenden</translation>
    </message>
    <message>
        <source>Give the window the whole screen</source>
        <translation>Dem Fenster den ganzen Bildschirm geben</translation>
    </message>
    <message>
        <source>Show the editor alone in a centred column</source>
        <translation>Den Editor allein in einer zentrierten Spalte zeigen</translation>
    </message>
    <message>
        <source>Move to the next of library, editor, preview and docks</source>
        <translation>Zum nächsten Bereich wechseln: Bibliothek, Editor, Vorschau, Seitenleisten</translation>
    </message>
    <message>
        <source>Move to the previous of library, editor, preview and docks</source>
        <translation>Zum vorherigen Bereich wechseln: Bibliothek, Editor, Vorschau, Seitenleisten</translation>
    </message>
</context>
<context>
    <name>Copydesk::WordTargets</name>
    <message>
        <source>The word target &quot;%1&quot; must be a whole number of words.</source>
        <translation>Das Wortziel „%1“ muss eine ganze Zahl von Wörtern sein.</translation>
    </message>
    <message>
        <source>Words: %L1</source>
        <translation>Wörter: %L1</translation>
    </message>
    <message>
        <source>%L1 / %L2 words</source>
        <translation>%L1 / %L2 Wörter</translation>
    </message>
</context>
<context>
    <name>Copydesk::WordTargetsEditor</name>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Word target for every category</source>
        <translation>Wortziel für jede Rubrik</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source> words</source>
        <translation> Wörter</translation>
    </message>
    <message>
        <source>Longest over the target, in percent</source>
        <translation>Höchstens über dem Ziel, in Prozent</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Begrenzung</translation>
    </message>
    <message>
        <source> % over</source>
        <translation> % darüber</translation>
    </message>
    <message>
        <source>The checklist recommends shortening an article that is more than this much longer than its target.</source>
        <translation>Die Checkliste empfiehlt, einen Artikel zu kürzen, der um mehr als so viel länger ist als sein Ziel.</translation>
    </message>
    <message>
        <source>Word targets by category</source>
        <translation>Wortziele nach Rubrik</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>Add &amp;Category</source>
        <translation>Rubrik &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Remove the category&apos;s word target</source>
        <translation>Wortziel der Rubrik entfernen</translation>
    </message>
</context>
<context>
    <name>Copydesk::WorkflowBadge</name>
    <message>
        <source>Workflow status</source>
        <translation>Workflow-Status</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Status: %1, owned by %2</source>
        <translation>Status: %1, verantwortlich: %2</translation>
    </message>
</context>
<context>
    <name>Copydesk::WorkflowController</name>
    <message>
        <source>Workflow notice</source>
        <translation>Workflow-Hinweis</translation>
    </message>
    <message>
        <source>&amp;Submit for Review</source>
        <translation>Zur &amp;Prüfung einreichen</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Request &amp;Changes…</source>
        <translation>Änderungen &amp;anfordern…</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Sp&amp;ike…</source>
        <translation>&amp;Zurückziehen…</translation>
    </message>
    <message>
        <source>&amp;Restore from Spike</source>
        <translation>Zurückgezogenen Artikel &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Reassi&amp;gn…</source>
        <translation>&amp;Neu zuweisen…</translation>
    </message>
    <message>
        <source>&amp;Workflow</source>
        <translation>&amp;Workflow</translation>
    </message>
    <message>
        <source>P&amp;eople…</source>
        <translation>P&amp;ersonen…</translation>
    </message>
    <message>
        <source>S&amp;witch User…</source>
        <translation>&amp;Benutzer wechseln…</translation>
    </message>
    <message>
        <source>Copydesk</source>
        <translation>Copydesk</translation>
    </message>
    <message>
        <source>The review workflow could not be turned on.</source>
        <translation>Der Freigabe-Workflow konnte nicht eingeschaltet werden.</translation>
    </message>
    <message>
        <source>Review workflow turned on; you are the library&apos;s admin.</source>
        <translation>Freigabe-Workflow eingeschaltet; Sie sind Administrator der Bibliothek.</translation>
    </message>
    <message>
        <source>No stored article is open.</source>
        <translation>Es ist kein gespeicherter Artikel geöffnet.</translation>
    </message>
    <message>
        <source>Before “%1”</source>
        <translation>Vor „%1“</translation>
    </message>
    <message>
        <source>%1: the article is now %2.</source>
        <translation>%1: Der Artikel hat jetzt den Status „%2“.</translation>
    </message>
    <message>
        <source>The article&apos;s status was not changed.</source>
        <translation>Der Status des Artikels wurde nicht geändert.</translation>
    </message>
    <message>
        <source>This library has no review workflow. To turn it on, choose Workflow ▸ Switch User… and add yourself as its admin.</source>
        <translation>Diese Bibliothek hat keinen Freigabe-Workflow. Um ihn einzuschalten, wählen Sie Workflow ▸ Benutzer wechseln… und tragen sich als Administrator ein.</translation>
    </message>
    <message>
        <source>“%1” is not one of the library&apos;s people; choose yourself with Workflow ▸ Switch User….</source>
        <translation>„%1“ ist keine Person der Bibliothek; wählen Sie sich mit Workflow ▸ Benutzer wechseln… aus.</translation>
    </message>
    <message>
        <source>Open a stored article first.</source>
        <translation>Öffnen Sie zuerst einen gespeicherten Artikel.</translation>
    </message>
    <message>
        <source>Add people and set their roles</source>
        <translation>Personen hinzufügen und ihre Rollen festlegen</translation>
    </message>
    <message>
        <source>Only an admin of the library manages its people.</source>
        <translation>Nur ein Administrator der Bibliothek verwaltet ihre Personen.</translation>
    </message>
    <message>
        <source>C&amp;hecklist Rules…</source>
        <translation>&amp;Checklistenregeln…</translation>
    </message>
    <message>
        <source>Checklist Rules</source>
        <translation>Checklistenregeln</translation>
    </message>
    <message>
        <source>The checklist rules were not changed.</source>
        <translation>Die Checklistenregeln wurden nicht geändert.</translation>
    </message>
    <message>
        <source>Checklist rules changed for the whole library.</source>
        <translation>Checklistenregeln für die ganze Bibliothek geändert.</translation>
    </message>
    <message>
        <source>Set how much each checklist rule matters</source>
        <translation>Festlegen, wie wichtig jede Checklistenregel ist</translation>
    </message>
    <message>
        <source>Only editors and admins of the library change its checklist rules.</source>
        <translation>Nur Redakteure und Administratoren der Bibliothek ändern ihre Checklistenregeln.</translation>
    </message>
    <message>
        <source>On a team library you are your database login, %1. To work as someone else, open the library with their login (user= in its address).</source>
        <translation>In einer Team-Bibliothek sind Sie Ihr Datenbank-Login, %1. Um als jemand anderes zu arbeiten, öffnen Sie die Bibliothek mit dessen Login (user= in ihrer Adresse).</translation>
    </message>
    <message>
        <source>&amp;Withdraw from Review</source>
        <translation>Einreichung zu&amp;rücknehmen</translation>
    </message>
    <message>
        <source>Approve as A&amp;dmin…</source>
        <translation>Als Administrator frei&amp;geben…</translation>
    </message>
    <message>
        <source>Submit for Review</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message numerus="yes">
        <source>The checklist has %n recommended finding(s). Submit the article for review anyway?</source>
        <translation>
            <numerusform>Die Checkliste hat %n empfohlenen Befund. Den Artikel trotzdem zur Prüfung einreichen?</numerusform>
            <numerusform>Die Checkliste hat %n empfohlene Befunde. Den Artikel trotzdem zur Prüfung einreichen?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Submit Anyway</source>
        <translation>&amp;Trotzdem einreichen</translation>
    </message>
    <message>
        <source>Who are you?</source>
        <translation>Wer sind Sie?</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Click to switch user.</source>
        <translation>Klicken, um den Benutzer zu wechseln.</translation>
    </message>
    <message>
        <source>On a team library you are your database login.</source>
        <translation>In einer Team-Bibliothek sind Sie Ihre Datenbankanmeldung.</translation>
    </message>
    <message>
        <source>You are %1, %2 of this library.</source>
        <translation>Sie sind %1, %2 dieser Bibliothek.</translation>
    </message>
    <message>
        <source>You have not said who you are.</source>
        <translation>Sie haben noch nicht angegeben, wer Sie sind.</translation>
    </message>
    <message>
        <source>You are %1, not one of this library&apos;s people.</source>
        <translation>Sie sind %1 und gehören nicht zu den Personen dieser Bibliothek.</translation>
    </message>
    <message>
        <source>Current user: %1</source>
        <translation>Aktueller Benutzer: %1</translation>
    </message>
    <message>
        <source>%1 asked for changes, without a note.</source>
        <translation>%1 hat Änderungen angefordert, ohne Notiz.</translation>
    </message>
    <message>
        <source>%1 asked for changes: %2</source>
        <translation>%1 hat Änderungen angefordert: %2</translation>
    </message>
    <message>
        <source>Answer in the Review dock</source>
        <translation>Im Bereich „Prüfung“ antworten</translation>
    </message>
    <message>
        <source>Send the article to an editor for review</source>
        <translation>Den Artikel einem Redakteur zur Prüfung schicken</translation>
    </message>
    <message>
        <source>Take the article back from review to draft</source>
        <translation>Den Artikel aus der Prüfung in den Entwurf zurücknehmen</translation>
    </message>
    <message>
        <source>Approve the article for publication</source>
        <translation>Den Artikel zur Veröffentlichung freigeben</translation>
    </message>
    <message>
        <source>Approve the article as admin without an editor&apos;s review, with a note</source>
        <translation>Den Artikel als Administrator ohne Prüfung durch einen Redakteur freigeben, mit Notiz</translation>
    </message>
    <message>
        <source>Send the article back to its owner with a note</source>
        <translation>Den Artikel mit einer Notiz an seinen Eigentümer zurückschicken</translation>
    </message>
    <message>
        <source>Mark the approved article as published</source>
        <translation>Den freigegebenen Artikel als veröffentlicht kennzeichnen</translation>
    </message>
    <message>
        <source>Drop the article, with a note</source>
        <translation>Den Artikel verwerfen, mit Notiz</translation>
    </message>
    <message>
        <source>Return the spiked article to draft</source>
        <translation>Den zurückgezogenen Artikel wieder zum Entwurf machen</translation>
    </message>
    <message>
        <source>Give the article to another owner</source>
        <translation>Den Artikel einem anderen Eigentümer geben</translation>
    </message>
    <message>
        <source>Add the library&apos;s people and set their roles</source>
        <translation>Die Personen der Bibliothek hinzufügen und ihre Rollen festlegen</translation>
    </message>
    <message>
        <source>Choose which checklist rules are off, recommended or required</source>
        <translation>Festlegen, welche Checklistenregeln aus, empfohlen oder erforderlich sind</translation>
    </message>
    <message>
        <source>Change who you are in this window</source>
        <translation>Ändern, wer Sie in diesem Fenster sind</translation>
    </message>
</context>
<context>
    <name>Copydesk::WorkflowRules</name>
    <message>
        <source>Submit</source>
        <translation>Zur Prüfung einreichen</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Änderungen anfordern</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Spike</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Only a draft or an article with changes requested can be submitted; this one is %1.</source>
        <translation>Nur ein Entwurf oder ein Artikel mit angeforderten Änderungen kann eingereicht werden; dieser hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Only the article&apos;s owner, %1, can submit it; an admin can reassign it.</source>
        <translation>Nur die verantwortliche Person des Artikels, %1, kann ihn einreichen; ein Administrator kann ihn neu zuweisen.</translation>
    </message>
    <message numerus="yes">
        <source>The checklist has %n required finding(s); fix them before submitting.</source>
        <translation>
            <numerusform>Die Checkliste enthält %n Pflichtbefund; beheben Sie ihn vor dem Einreichen.</numerusform>
            <numerusform>Die Checkliste enthält %n Pflichtbefunde; beheben Sie sie vor dem Einreichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an article in review can be approved or sent back; this one is %1.</source>
        <translation>Nur ein Artikel in Prüfung kann freigegeben oder zurückgegeben werden; dieser hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Only editors review articles; %1 is a %2.</source>
        <translation>Nur Redakteure prüfen Artikel; %1 hat die Rolle „%2“.</translation>
    </message>
    <message>
        <source>%1 wrote or changed this article and cannot review it; another editor must.</source>
        <translation>%1 hat diesen Artikel geschrieben oder geändert und kann ihn nicht prüfen; das muss ein anderer Redakteur tun.</translation>
    </message>
    <message numerus="yes">
        <source>The checklist has %n required finding(s); they must be fixed before approval.</source>
        <translation>
            <numerusform>Die Checkliste enthält %n Pflichtbefund; er muss vor der Freigabe behoben werden.</numerusform>
            <numerusform>Die Checkliste enthält %n Pflichtbefunde; sie müssen vor der Freigabe behoben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only an approved article can be published; this one is %1.</source>
        <translation>Nur ein freigegebener Artikel kann veröffentlicht werden; dieser hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Only editors and admins publish articles; %1 is a %2.</source>
        <translation>Nur Redakteure und Administratoren veröffentlichen Artikel; %1 hat die Rolle „%2“.</translation>
    </message>
    <message>
        <source>The text changed after approval; it must be approved again.</source>
        <translation>Der Text wurde nach der Freigabe geändert; er muss erneut freigegeben werden.</translation>
    </message>
    <message>
        <source>The article is already spiked.</source>
        <translation>Der Artikel ist bereits zurückgezogen.</translation>
    </message>
    <message>
        <source>Only editors and admins spike articles; %1 is a %2.</source>
        <translation>Nur Redakteure und Administratoren ziehen Artikel zurück; %1 hat die Rolle „%2“.</translation>
    </message>
    <message>
        <source>Only a spiked article can be restored; this one is %1.</source>
        <translation>Nur ein zurückgezogener Artikel kann wiederhergestellt werden; dieser hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Only editors and admins restore spiked articles; %1 is a %2.</source>
        <translation>Nur Redakteure und Administratoren stellen zurückgezogene Artikel wieder her; %1 hat die Rolle „%2“.</translation>
    </message>
    <message>
        <source>Only admins reassign articles; %1 is a %2.</source>
        <translation>Nur Administratoren weisen Artikel neu zu; %1 hat die Rolle „%2“.</translation>
    </message>
    <message>
        <source>Withdraw from review</source>
        <translation>Einreichung zurücknehmen</translation>
    </message>
    <message>
        <source>Approve as admin (override)</source>
        <translation>Als Administrator freigeben (Ausnahme)</translation>
    </message>
    <message>
        <source>Only editors review articles; %1 is an admin and may approve with an override and a note instead.</source>
        <translation>Nur Redakteure prüfen Artikel; %1 ist Administrator und kann stattdessen mit einer Ausnahmefreigabe und einer Notiz freigeben.</translation>
    </message>
    <message>
        <source>Only an article in review can be withdrawn; this one is %1.</source>
        <translation>Nur ein Artikel in Prüfung kann zurückgenommen werden; dieser hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Only the article&apos;s owner, %1, can withdraw it from review.</source>
        <translation>Nur die verantwortliche Person des Artikels, %1, kann die Einreichung zurücknehmen.</translation>
    </message>
    <message>
        <source>This article is in review because its approved text changed, not because it was submitted; it cannot be withdrawn.</source>
        <translation>Dieser Artikel ist in Prüfung, weil sein freigegebener Text geändert wurde, nicht weil er eingereicht wurde; er kann nicht zurückgenommen werden.</translation>
    </message>
    <message>
        <source>Only an article in review can be approved; this one is %1.</source>
        <translation>Nur ein Artikel in Prüfung kann freigegeben werden; dieser hat den Status „%1“.</translation>
    </message>
    <message>
        <source>Only admins approve with an override; %1 is a %2.</source>
        <translation>Nur Administratoren geben mit einer Ausnahme frei; %1 hat die Rolle „%2“.</translation>
    </message>
    <message>
        <source>“%1” needs a note for the audit log saying why.</source>
        <translation>„%1“ braucht eine Notiz für das Prüfprotokoll, die den Grund nennt.</translation>
    </message>
    <message>
        <source>You changed the text of an approved article: it is back in review and needs a new approval.</source>
        <translation>Sie haben den Text eines freigegebenen Artikels geändert: Er ist wieder in Prüfung und muss erneut freigegeben werden.</translation>
    </message>
    <message>
        <source>Your edit is within what the publication profile allows editors after approval: the article stays approved.</source>
        <translation>Ihre Änderung liegt in dem Rahmen, den das Publikationsprofil Redakteuren nach der Freigabe erlaubt: der Artikel bleibt freigegeben.</translation>
    </message>
    <message>
        <source>The text is exactly the approved text again: its approval is back.</source>
        <translation>Der Text ist wieder genau der freigegebene Text: seine Freigabe gilt wieder.</translation>
    </message>
</context>
<context>
    <name>Copydesk::WorkflowSteps</name>
    <message>
        <source>%1: the stored checklist settings are invalid: %2</source>
        <translation>%1: die gespeicherten Checklisteneinstellungen sind ungültig: %2</translation>
    </message>
    <message>
        <source>article %1 has not been reviewed yet</source>
        <translation>Artikel %1 wurde noch nicht geprüft</translation>
    </message>
</context>
</TS>

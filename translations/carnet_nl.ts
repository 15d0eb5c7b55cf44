<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Carnet</source>
        <translation>Over Carnet</translation>
    </message>
    <message>
        <source>Carnet&apos;s logo</source>
        <translation>Logo van Carnet</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versie %1</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>A private, encrypted journal for social workers to reflect on their practice. It works offline: nothing you write leaves this computer.</source>
        <translation>Een privé, versleuteld dagboek waarin maatschappelijk werkers reflecteren op hun praktijk. Het werkt offline: niets van wat je schrijft, verlaat deze computer.</translation>
    </message>
    <message>
        <source>Carnet is free software under the GNU General Public License, version 3 or later (%1): you may use it, study it, share it and change it under the same terms. It comes with no warranty.</source>
        <translation>Carnet is vrije software onder de GNU General Public License, versie 3 of later (%1): je mag het gebruiken, bestuderen, delen en wijzigen onder dezelfde voorwaarden. Er wordt geen enkele garantie gegeven.</translation>
    </message>
    <message>
        <source>The kinds of dilemma, the reflection prompts and the situation analysis draw on the report «&#xa0;%1&#xa0;» by %2 (%3), and on the social workers of Brussels and Wallonia who told and analysed their situations for it.</source>
        <translation>De soorten dilemma&apos;s, de reflectievragen en de situatieanalyse steunen op het rapport ‘%1’ van %2 (%3), en op de maatschappelijk werkers uit Brussel en Wallonië die er hun situaties voor vertelden en analyseerden.</translation>
    </message>
    <message>
        <source>The check-in asks the questions of the Copenhagen Burnout Inventory, distributed freely by the %2. Source: %1 Its French and Dutch wordings are Carnet&apos;s own, not validated versions.</source>
        <translation>De check-in stelt de vragen van de Copenhagen Burnout Inventory, vrij verspreid door het %2. Bron: %1 De Franse en Nederlandse formuleringen zijn van Carnet zelf, geen gevalideerde versies.</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2 (The Qt Company, LGPL-3.0), Python %3, SQLAlchemy, Alembic and cryptography.</source>
        <translation>Gemaakt met Qt %1 en PySide6 %2 (The Qt Company, LGPL-3.0), Python %3, SQLAlchemy, Alembic en cryptography.</translation>
    </message>
    <message>
        <source>Icons: Lucide (lucide.dev), ISC licence.</source>
        <translation>Pictogrammen: Lucide (lucide.dev), ISC-licentie.</translation>
    </message>
    <message>
        <source>New journals go by default in: %1</source>
        <translation>Nieuwe dagboeken komen standaard in: %1</translation>
    </message>
    <message>
        <source>Settings: %1. They hold only what would be harmless to show a stranger: window size, language, theme, lock delay, reminder time and the last journal&apos;s path. Nothing you write is ever kept there.</source>
        <translation>Instellingen: %1. Daar staat alleen wat een vreemde zonder gevaar mag zien: venstergrootte, taal, thema, vergrendeltijd, tijdstip van de herinnering en het pad van het laatste dagboek. Niets van wat je schrijft, wordt daar ooit bewaard.</translation>
    </message>
    <message>
        <source>Everything you write is inside the journal file, encrypted. The only files in the clear are the exports you choose to make.</source>
        <translation>Alles wat je schrijft, staat versleuteld in het dagboekbestand. De enige onversleutelde bestanden zijn de exports die je zelf maakt.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licentie</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Bronnen en dank</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Waar je gegevens staan</translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation>Er is geen dagboek geopend.</translation>
    </message>
    <message>
        <source>This journal: %1 (its last ten saved versions, encrypted too, are in %2)</source>
        <translation>Dit dagboek: %1 (de laatste tien opgeslagen versies, ook versleuteld, staan in %2)</translation>
    </message>
</context>
<context>
    <name>AnalysisGroupDialog</name>
    <message>
        <source>Prepare for an analysis group</source>
        <translation>Voorbereiden voor een analysegroep</translation>
    </message>
    <message>
        <source>Carnet filled in the grid from the dilemma&apos;s story and reflections. Change anything: only this account can leave the journal, and only after you have checked every finding.</source>
        <translation>Carnet vulde het rooster in uit het verloop van het dilemma en je reflecties. Pas aan wat je wilt: alleen dit verslag kan het dagboek verlaten, en pas nadat je elke vondst nagekeken hebt.</translation>
    </message>
    <message>
        <source>Title of the situation</source>
        <translation>Titel van de situatie</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Keep as a draft in the journal</source>
        <translation>&amp;Bewaren als ontwerp in het dagboek</translation>
    </message>
    <message>
        <source>&amp;Review and export…</source>
        <translation>&amp;Nakijken en exporteren…</translation>
    </message>
    <message>
        <source>Draft kept in the journal</source>
        <translation>Ontwerp bewaard in het dagboek</translation>
    </message>
    <message>
        <source>analysis-group-%1</source>
        <comment>file name; %1 is the month</comment>
        <translation>analysegroep-%1</translation>
    </message>
    <message>
        <source>Account saved (not encrypted)</source>
        <translation>Verslag bewaard (niet versleuteld)</translation>
    </message>
</context>
<context>
    <name>BackupReminderBanner</name>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <source>Your journal has no backup yet. A copy on a USB key or in a synchronised folder keeps it safe if this computer is lost or breaks.</source>
        <translation>Je dagboek heeft nog geen back-up. Een kopie op een usb-stick of in een gesynchroniseerde map houdt het veilig als deze computer verloren raakt of stukgaat.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup is %n days old. Back up now?</source>
        <translation>
            <numerusform>Je laatste back-up is %n dag oud. Nu een back-up maken?</numerusform>
            <numerusform>Je laatste back-up is %n dagen oud. Nu een back-up maken?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Nu een &amp;back-up maken</translation>
    </message>
    <message>
        <source>&amp;Choose a backup folder…</source>
        <translation>Een back-up&amp;map kiezen…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>This backup is damaged or cannot be read, so it was not restored. Nothing has been changed: choose another backup.</source>
        <translation>Deze back-up is beschadigd of onleesbaar, dus hij is niet teruggezet. Er is niets gewijzigd: kies een andere back-up.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Back-up gemaakt in %1</translation>
    </message>
    <message>
        <source>Scheduled backup not made: the backup folder is not available</source>
        <translation>Geplande back-up niet gemaakt: de back-upmap is niet beschikbaar</translation>
    </message>
    <message>
        <source>Scheduled backup not made: %1</source>
        <translation>Geplande back-up niet gemaakt: %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>vandaag om %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gisteren om %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>%1 om %2</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>Beside the journal</source>
        <translation>Naast het dagboek</translation>
    </message>
    <message>
        <source>Kept aside by a restore</source>
        <translation>Apart gezet bij het terugzetten</translation>
    </message>
    <message>
        <source>Choose a folder for your backups first: a USB key, or a folder your computer synchronises.</source>
        <translation>Kies eerst een map voor je back-ups: een usb-stick, of een map die je computer synchroniseert.</translation>
    </message>
    <message>
        <source>The backup folder is not available. If it is on a USB key or a network drive, connect it and try again. Your journal has not been changed.</source>
        <translation>De back-upmap is niet beschikbaar. Staat ze op een usb-stick of een netwerkschijf, koppel die dan aan en probeer het opnieuw. Je dagboek is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The disk holding the backup folder is full, so no backup was written. Free some space or choose another folder. Your journal has not been changed.</source>
        <translation>De schijf met de back-upmap is vol, dus er is geen back-up geschreven. Maak wat ruimte vrij of kies een andere map. Je dagboek is niet gewijzigd.</translation>
    </message>
    <message>
        <source>Carnet may not write in the backup folder (a locked USB key, or a folder without permission). Choose another folder. Your journal has not been changed.</source>
        <translation>Carnet mag niet schrijven in de back-upmap (een vergrendelde usb-stick, of een map zonder toestemming). Kies een andere map. Je dagboek is niet gewijzigd.</translation>
    </message>
    <message>
        <source>This backup belongs to another journal, so it was not restored. Nothing has been changed.</source>
        <translation>Deze back-up hoort bij een ander dagboek, dus hij is niet teruggezet. Er is niets gewijzigd.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Back-ups</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of your journal in a folder you choose: a USB key, or a folder your computer synchronises. It opens with the passphrase you had when it was made.</source>
        <translation>Een back-up is een versleutelde kopie van je dagboek in een map die je zelf kiest: een usb-stick, of een map die je computer synchroniseert. Hij opent met de wachtwoordzin die je had toen hij gemaakt werd.</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Nog geen map gekozen</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Back-upmap</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>De back-upmap kiezen</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Alleen als ik erom vraag</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Eén keer per dag</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Eén keer per week</translation>
    </message>
    <message>
        <source>Scheduled backups are made when you open, save or lock the journal, if the folder is available.</source>
        <translation>Geplande back-ups worden gemaakt als je het dagboek opent, opslaat of vergrendelt, als de map beschikbaar is.</translation>
    </message>
    <message>
        <source>Older ones are deleted. No other file in the folder is ever touched.</source>
        <translation>Oudere worden verwijderd. Aan andere bestanden in de map wordt nooit geraakt.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nooit</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Back-up&amp;map:</translation>
    </message>
    <message>
        <source>&amp;Automatic backup:</source>
        <translation>&amp;Automatische back-up:</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Back-ups &amp;bewaren:</translation>
    </message>
    <message>
        <source>Re&amp;mind me after:</source>
        <translation>&amp;Herinner me na:</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Nu een back-up maken</translation>
    </message>
    <message>
        <source>&amp;Stop the restore</source>
        <translation>&amp;Stoppen met terugzetten</translation>
    </message>
    <message>
        <source>Backups of this journal</source>
        <translation>Back-ups van dit dagboek</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Gemaakt op</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Nog geen back-up.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Deze back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <source>Your journal as it is now is kept beside it, so a restore can be undone.</source>
        <translation>Je dagboek zoals het nu is, wordt ernaast bewaard, zodat je het terugzetten ongedaan kunt maken.</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Een map voor back-ups kiezen</translation>
    </message>
    <message>
        <source>This folder is not available right now. If it is on a USB key, plug it in and open this window again.</source>
        <translation>Deze map is nu niet beschikbaar. Staat ze op een usb-stick, steek die dan in en open dit venster opnieuw.</translation>
    </message>
    <message>
        <source>This folder is on the same disk as your journal: if the computer is lost or the disk fails, the backups go with it. A USB key or a synchronised folder is safer.</source>
        <translation>Deze map staat op dezelfde schijf als je dagboek: als de computer verloren raakt of de schijf het begeeft, zijn ook de back-ups weg. Een usb-stick of een gesynchroniseerde map is veiliger.</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Nog geen back-up gemaakt.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Laatste back-up: %1</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Versleutelde back-up wordt geschreven…</translation>
    </message>
    <message>
        <source>Backed up at %1 to %2</source>
        <translation>Back-up gemaakt om %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n older backups deleted)</source>
        <translation>
            <numerusform>(%n oudere back-up verwijderd)</numerusform>
            <numerusform>(%n oudere back-ups verwijderd)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Deze back-up terugzetten?</translation>
    </message>
    <message>
        <source>Your journal will be replaced by the backup made %1. Your journal as it is now is kept beside it and will appear in this list, so you can come back to it. Your passphrase stays the same.</source>
        <translation>Je dagboek wordt vervangen door de back-up van %1. Je dagboek zoals het nu is, wordt ernaast bewaard en verschijnt in deze lijst, zodat je ernaar kunt terugkeren. Je wachtwoordzin blijft dezelfde.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Terugzetten</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it…</source>
        <translation>De back-up wordt gecontroleerd en daarna teruggezet…</translation>
    </message>
    <message>
        <source>Backup restored. Your journal as it was is kept as “%1”.</source>
        <translation>Back-up teruggezet. Je dagboek zoals het was, is bewaard als ‘%1’.</translation>
    </message>
    <message>
        <source>The restore was stopped: your journal was not changed.</source>
        <translation>Het terugzetten is gestopt: je dagboek is niet gewijzigd.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar of the journal</source>
        <translation>Kalender van het dagboek</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Volgende maand</translation>
    </message>
    <message>
        <source>The selected day</source>
        <translation>De gekozen dag</translation>
    </message>
    <message>
        <source>That week</source>
        <translation>Die week</translation>
    </message>
    <message>
        <source>That month</source>
        <translation>Die maand</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Periode naar keuze</translation>
    </message>
    <message>
        <source>From this date</source>
        <translation>Vanaf deze datum</translation>
    </message>
    <message>
        <source>Up to this date</source>
        <translation>Tot en met deze datum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Iedereen</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle tags</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle soorten</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflecties</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>Verfijnen</translation>
    </message>
    <message>
        <source>No entry in this period. Choose another day on the calendar, or show more with the filters.</source>
        <translation>Geen notities in deze periode. Kies een andere dag in de kalender, of toon meer met de filters.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Weergeven:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Persoon:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Under each day: how many entries it holds; a moon marks off-hours entries, an arrow out-of-frame ones (with their number when more than one).</source>
        <translation>Onder elke dag: hoeveel notities er zijn; een maantje toont notities buiten de werkuren, een pijl die buiten het kader (met hun aantal als het er meer dan één zijn).</translation>
    </message>
    <message>
        <source>Entries of the selected period</source>
        <translation>Notities van de gekozen periode</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open an entry.</source>
        <translation>Druk op Enter of dubbelklik om een notitie te openen.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Your entries day by day: choose a day, a week or a month, and narrow down what is shown.</source>
        <translation>Je notities dag per dag: kies een dag, een week of een maand, en verfijn wat je ziet.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entries</source>
        <translation>
            <numerusform>%1 · %n notitie</numerusform>
            <numerusform>%1 · %n notities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Kinds of question</source>
        <translation>Soorten dilemma&apos;s</translation>
    </message>
    <message>
        <source>Kinds of question; untick one to hide it</source>
        <translation>Soorten dilemma&apos;s; vink er een uit om ze te verbergen</translation>
    </message>
    <message>
        <source>Name of the kind of question</source>
        <translation>Naam van de soort dilemma</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>He&amp;rnoemen</translation>
    </message>
    <message>
        <source>A kind of question of my own</source>
        <translation>Een eigen soort dilemma</translation>
    </message>
    <message>
        <source>A new kind of question</source>
        <translation>Een nieuwe soort dilemma</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Untick a kind of question to hide it. Dilemmas that use it keep it.</source>
        <translation>Vink een soort dilemma uit om ze te verbergen. Bij de dilemma&apos;s waar ze al bij staat, blijft ze staan.</translation>
    </message>
    <message>
        <source>One of my own</source>
        <translation>Door mij toegevoegd</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Niet nu</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Beginnen</translation>
    </message>
    <message>
        <source>&amp;Save my answers</source>
        <translation>Mijn antwoorden &amp;opslaan</translation>
    </message>
    <message>
        <source>Save my answers (Ctrl+Enter)</source>
        <translation>Mijn antwoorden opslaan (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Where to turn</source>
        <translation>&amp;Waar kun je terecht</translation>
    </message>
    <message>
        <source>How are you doing?</source>
        <translation>Hoe gaat het met je?</translation>
    </message>
    <message>
        <source>Your answers are private: they stay in your encrypted journal, and Carnet never sends them anywhere.</source>
        <translation>Je antwoorden zijn privé: ze blijven in je versleutelde dagboek, en Carnet stuurt ze nooit ergens heen.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days, Carnet offers you a short check-in: a few questions on how tired you feel and on your working conditions. It takes about 3 minutes.</source>
        <translation>
            <numerusform>Om de %n dag stelt Carnet je een korte check-in voor: een paar vragen over hoe moe je je voelt en over je werkomstandigheden. Het duurt ongeveer 3 minuten.</numerusform>
            <numerusform>Om de %n dagen stelt Carnet je een korte check-in voor: een paar vragen over hoe moe je je voelt en over je werkomstandigheden. Het duurt ongeveer 3 minuten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins are turned off in the settings, but you can take one whenever you like: a few questions on how tired you feel and on your working conditions, about 3 minutes.</source>
        <translation>De check-ins staan uit in de instellingen, maar je kunt er een doen wanneer je wilt: een paar vragen over hoe moe je je voelt en over je werkomstandigheden, ongeveer 3 minuten.</translation>
    </message>
    <message>
        <source>Your last check-in was on %1.</source>
        <translation>Je laatste check-in was op %1.</translation>
    </message>
    <message>
        <source>Keyboard: Tab or the Down arrow goes to the next question; keys 1 to 5 choose the answer in that column, from the left; Delete clears an answer. You can skip any question.</source>
        <translation>Toetsenbord: Tab of de pijl omlaag gaat naar de volgende vraag; de toetsen 1 tot 5 kiezen het antwoord in die kolom, van links af; Delete wist een antwoord. Je mag elke vraag overslaan.</translation>
    </message>
    <message>
        <source>The wording of these questions is our own translation of the English original, not a validated version.</source>
        <translation>Deze vragen zijn onze eigen vertaling van het Engelse origineel, geen gevalideerde versie.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 van %2 beantwoord</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved in your journal.</source>
        <translation>Dank je. Je antwoorden zijn opgeslagen in je dagboek.</translation>
    </message>
    <message>
        <source>Each score goes from 0 to 100: it is the average of your answers in that part, where 100 means “always” or “to a very high degree” and 0 means “never” or “to a very low degree”. Skipped questions are left out. What matters most is how a score moves from one check-in to the next.</source>
        <translation>Elke score gaat van 0 tot 100: het is het gemiddelde van je antwoorden in dat deel, waarbij 100 ‘altijd’ of ‘in zeer hoge mate’ betekent en 0 ‘nooit’ of ‘in zeer geringe mate’. Overgeslagen vragen tellen niet mee. Het belangrijkste is hoe een score verandert van de ene check-in tot de volgende.</translation>
    </message>
    <message>
        <source>Perhaps talk about it with someone</source>
        <translation>Misschien er eens met iemand over praten</translation>
    </message>
    <message>
        <source>%1 out of 100</source>
        <translation>%1 op 100</translation>
    </message>
    <message>
        <source>no score this time</source>
        <translation>deze keer geen score</translation>
    </message>
    <message>
        <source>Not enough answers this time to give this score: it needs at least %1 of its %2 questions.</source>
        <translation>Deze keer niet genoeg antwoorden voor deze score: er zijn minstens %1 van de %2 vragen nodig.</translation>
    </message>
    <message>
        <source>Your first score of this kind: the next check-ins will show how it moves.</source>
        <translation>Je eerste score van deze soort: de volgende check-ins zullen tonen hoe hij verandert.</translation>
    </message>
    <message>
        <source>Higher than in your earlier check-ins.</source>
        <translation>Hoger dan bij je vorige check-ins.</translation>
    </message>
    <message>
        <source>Lower than in your earlier check-ins.</source>
        <translation>Lager dan bij je vorige check-ins.</translation>
    </message>
    <message>
        <source>About the same as in your earlier check-ins.</source>
        <translation>Ongeveer hetzelfde als bij je vorige check-ins.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 op %2</translation>
    </message>
    <message>
        <source>Before: %1.</source>
        <translation>Eerder: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(last time: %1)</source>
        <translation>(vorige keer: %1)</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3.</source>
        <translation>%1: van %2 naar %3.</translation>
    </message>
    <message>
        <source>%1 has stayed high: %2, then %3.</source>
        <translation>%1 is hoog gebleven: %2, daarna %3.</translation>
    </message>
    <message>
        <source>Since your last check-in, some of your scores have risen or stayed high.</source>
        <translation>Sinds je vorige check-in zijn sommige van je scores gestegen of hoog gebleven.</translation>
    </message>
    <message>
        <source>That is worth a moment of attention, and you do not have to carry it alone: talking with someone you trust, at work or outside it, often helps. Here is where you can turn.</source>
        <translation>Dat verdient even aandacht, en je hoeft het niet alleen te dragen: praten met iemand die je vertrouwt, op het werk of daarbuiten, helpt vaak. Hier kun je terecht.</translation>
    </message>
    <message>
        <source>Your answers were not saved, but they are still here: %1</source>
        <translation>Je antwoorden zijn niet opgeslagen, maar ze staan er nog: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>CheckinSettingsWidget</name>
    <message>
        <source>Offer a check-in every this many days</source>
        <translation>Om de hoeveel dagen een check-in voorstellen</translation>
    </message>
    <message>
        <source>&amp;No check-ins</source>
        <translation>Geen &amp;check-ins</translation>
    </message>
    <message>
        <source>Check-in &amp;every:</source>
        <translation>Check-in &amp;om de:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> dag</numerusform>
            <numerusform> dagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your journal</source>
        <translation>Je dagboek aanmaken</translation>
    </message>
    <message>
        <source>Where to keep the journal</source>
        <translation>Waar je het dagboek bewaart</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Choose where to keep the journal</source>
        <translation>Kies waar je het dagboek bewaart</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>If you forget this passphrase, only the recovery code shown on the next screen can open your journal. Nobody can recover it for you.</source>
        <translation>Als je deze wachtwoordzin vergeet, kan alleen de herstelcode op het volgende scherm je dagboek nog openen. Niemand anders kan hem voor je terughalen.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Create the journal</source>
        <translation>Dagboek &amp;aanmaken</translation>
    </message>
    <message>
        <source>%1, in Carnet’s own folder on this computer</source>
        <translation>%1, in de eigen map van Carnet op deze computer</translation>
    </message>
    <message>
        <source>%1, in the folder %2</source>
        <translation>%1, in de map %2</translation>
    </message>
    <message>
        <source>Where the journal will be kept: %1</source>
        <translation>Waar het dagboek bewaard wordt: %1</translation>
    </message>
    <message>
        <source>Carnet journals (*.carnet)</source>
        <translation>Carnet-dagboeken (*.carnet)</translation>
    </message>
    <message>
        <source>Choose where to keep the journal.</source>
        <translation>Kies waar je het dagboek wilt bewaren.</translation>
    </message>
    <message>
        <source>Choose another name or a shorter folder: this one could not be opened on every computer. Windows refuses names such as CON or AUX, names ending with a dot or a space, the characters &lt; &gt; : &quot; / \ | ? * and paths longer than 259 characters.</source>
        <translation>Kies een andere naam of een minder diepe map: deze zou niet op elke computer opengaan. Windows weigert namen zoals CON of AUX, namen die op een punt of een spatie eindigen, de tekens &lt; &gt; : &quot; / \ | ? * en paden langer dan 259 tekens.</translation>
    </message>
    <message>
        <source>Creating your journal… This takes a moment: Carnet is making your passphrase very hard to crack.</source>
        <translation>Je dagboek wordt aangemaakt… Dit duurt even: Carnet maakt je wachtwoordzin heel moeilijk te kraken.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Your first check-in on this: the next ones will show how it moves.</source>
        <translation>Je eerste check-in hierover: de volgende zullen tonen hoe het verandert.</translation>
    </message>
    <message>
        <source>About the same as at your previous check-ins.</source>
        <translation>Ongeveer hetzelfde als bij je vorige check-ins.</translation>
    </message>
    <message>
        <source>Clearly higher than at your previous check-ins.</source>
        <translation>Duidelijk hoger dan bij je vorige check-ins.</translation>
    </message>
    <message>
        <source>A little higher than at your previous check-ins.</source>
        <translation>Iets hoger dan bij je vorige check-ins.</translation>
    </message>
    <message>
        <source>Clearly lower than at your previous check-ins.</source>
        <translation>Duidelijk lager dan bij je vorige check-ins.</translation>
    </message>
    <message>
        <source>A little lower than at your previous check-ins.</source>
        <translation>Iets lager dan bij je vorige check-ins.</translation>
    </message>
    <message>
        <source>How am I doing</source>
        <translation>Waar sta ik</translation>
    </message>
    <message>
        <source>Figures drawn from your own entries, for you alone: to notice how your weeks go, not to judge them.</source>
        <translation>Cijfers uit je eigen notities, alleen voor jou: om te zien hoe je weken verlopen, niet om erover te oordelen.</translation>
    </message>
    <message>
        <source>Nothing to show yet. As you write entries, this page shows how your weeks go: contacts outside your hours, acts beyond your frame, how heavy the days were, next to what is usual for you.</source>
        <translation>Nog niets te tonen. Naarmate je notities schrijft, toont deze pagina hoe je weken verlopen: contacten buiten je werkuren, handelingen buiten je kader, hoe zwaar de dagen waren, naast wat voor jou gebruikelijk is.</translation>
    </message>
    <message>
        <source>Dilemmas and limits</source>
        <translation>Dilemma&apos;s en grenzen</translation>
    </message>
    <message>
        <source>Figure shown</source>
        <translation>Getoond cijfer</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Cijfer:</translation>
    </message>
    <message>
        <source>Show figures as &amp;text</source>
        <translation>Cijfers als &amp;tekst tonen</translation>
    </message>
    <message>
        <source>Each week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Chart of the last twelve weeks</source>
        <translation>Grafiek van de laatste twaalf weken</translation>
    </message>
    <message>
        <source>Click a week, or use the left and right arrow keys, to list the entries behind it. The same figures are available as text.</source>
        <translation>Klik op een week, of gebruik de pijltjestoetsen links en rechts, om de notities te zien die erin meetellen. Dezelfde cijfers bestaan ook als tekst.</translation>
    </message>
    <message>
        <source>The figures of the last twelve weeks, as text</source>
        <translation>De cijfers van de laatste twaalf weken, als tekst</translation>
    </message>
    <message>
        <source>Entries behind the chosen week&apos;s figure</source>
        <translation>Notities die meetellen in het cijfer van de gekozen week</translation>
    </message>
    <message>
        <source>Your check-ins</source>
        <translation>Je check-ins</translation>
    </message>
    <message>
        <source>From 0 to 100: the higher the score, the more tiredness you reported. A pointer for your own reflection, not a diagnosis.</source>
        <translation>Van 0 tot 100: hoe hoger de score, hoe meer vermoeidheid je aangaf. Een aanknopingspunt voor je eigen reflectie, geen diagnose.</translation>
    </message>
    <message>
        <source>Your answers have gone up or stayed high lately. Talking about it can help: a colleague you trust, your supervision, the prevention advisor at work, your doctor.</source>
        <translation>Je antwoorden zijn de laatste tijd gestegen of hoog gebleven. Erover praten kan helpen: met een collega die je vertrouwt, in je supervisie, met de preventieadviseur op het werk, met je huisarts.</translation>
    </message>
    <message>
        <source>&amp;Where to turn…</source>
        <translation>&amp;Waar kun je terecht…</translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation>Nu een check-in &amp;doen</translation>
    </message>
    <message>
        <source>Click a week on the chart, or choose a row of the table, to list the entries behind it.</source>
        <translation>Klik op een week in de grafiek, of kies een rij in de tabel, om de notities te zien die erin meetellen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open dilemma(s)</source>
        <translation>
            <numerusform>%n open dilemma</numerusform>
            <numerusform>%n open dilemma&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the oldest was opened %n day(s) ago</source>
        <translation>
            <numerusform>%1; het oudste is %n dag geleden geopend</numerusform>
            <numerusform>%1; het oudste is %n dagen geleden geopend</numerusform>
        </translation>
    </message>
    <message>
        <source>No dilemma open.</source>
        <translation>Geen open dilemma.</translation>
    </message>
    <message>
        <source>You have not set limits for yourself (see My limits).</source>
        <translation>Je hebt nog geen grenzen voor jezelf ingesteld (zie Mijn grenzen).</translation>
    </message>
    <message>
        <source>Your limits were not crossed this week or this month.</source>
        <translation>Je grenzen zijn deze week en deze maand niet overschreden.</translation>
    </message>
    <message>
        <source>Your limits were crossed %1 and %2.</source>
        <translation>Je grenzen zijn %1 en %2 overschreden.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) this week</source>
        <translation>
            <numerusform>%n keer deze week</numerusform>
            <numerusform>%n keer deze week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) this month</source>
        <translation>
            <numerusform>%n keer deze maand</numerusform>
            <numerusform>%n keer deze maand</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not checked in yet. A few questions every two weeks, in under three minutes, help you see how you are doing over time.</source>
        <translation>Je hebt nog geen check-in gedaan. Om de twee weken een paar vragen, in minder dan drie minuten, helpen je te zien hoe het na verloop van tijd met je gaat.</translation>
    </message>
    <message numerus="yes">
        <source>Your last check-in was %n day(s) ago, on %1. A new one is welcome whenever it suits you.</source>
        <translation>
            <numerusform>Je laatste check-in was %n dag geleden, op %1. Een nieuwe is welkom wanneer het je past.</numerusform>
            <numerusform>Je laatste check-in was %n dagen geleden, op %1. Een nieuwe is welkom wanneer het je past.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last check-in: %1.</source>
        <translation>Je laatste check-in: %1.</translation>
    </message>
    <message>
        <source>Not enough answers this time.</source>
        <translation>Deze keer niet genoeg antwoorden.</translation>
    </message>
    <message>
        <source>%1 out of 100. %2</source>
        <translation>%1 op 100. %2</translation>
    </message>
    <message numerus="yes">
        <source>Your usual level is not known yet — after %1 weeks of writing, Carnet shows it beside your weeks (%n more week(s) to go).</source>
        <translation>
            <numerusform>Je gewone niveau is nog niet bekend — na %1 weken schrijven toont Carnet het naast je weken (nog %n week).</numerusform>
            <numerusform>Je gewone niveau is nog niet bekend — na %1 weken schrijven toont Carnet het naast je weken (nog %n weken).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your usual level is not known yet: it needs weeks with this figure in the six months before this one.</source>
        <translation>Je gebruikelijke niveau is nog niet bekend: daarvoor zijn weken met dit cijfer nodig in de zes maanden ervoor.</translation>
    </message>
    <message>
        <source>Dashed line: your usual level, %1 (the middle value of your weeks over the six months before this one).</source>
        <translation>Stippellijn: je gebruikelijke niveau, %1 (de middelste waarde van je weken in de zes maanden ervoor).</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week number</comment>
        <translation>W%1</translation>
    </message>
    <message>
        <source>Your usual level</source>
        <translation>Je gebruikelijke niveau</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>niet bekend</translation>
    </message>
    <message>
        <source>Looking for the entries…</source>
        <translation>De notities worden gezocht…</translation>
    </message>
    <message>
        <source>&amp;Entries behind “%1”, %2 (Enter opens one):</source>
        <translation>&amp;Notities die meetellen in ‘%1’, %2 (Enter opent er een):</translation>
    </message>
    <message>
        <source>No entry behind “%1” in %2.</source>
        <translation>Geen notitie die meetelt in ‘%1’ in %2.</translation>
    </message>
</context>
<context>
    <name>DilemmasView</name>
    <message>
        <source>Dilemmas, by status</source>
        <translation>Dilemma&apos;s, per status</translation>
    </message>
    <message>
        <source>Dilemma</source>
        <translation>Dilemma</translation>
    </message>
    <message>
        <source>&amp;New dilemma…</source>
        <translation>&amp;Nieuw dilemma…</translation>
    </message>
    <message>
        <source>Kinds of &amp;question…</source>
        <translation>Soorten &amp;dilemma&apos;s…</translation>
    </message>
    <message>
        <source>Add your own kinds of question, rename or hide the others</source>
        <translation>Eigen soorten dilemma&apos;s toevoegen, de andere hernoemen of verbergen</translation>
    </message>
    <message>
        <source>No dilemma yet. When an entry raises a question you want to follow (lending money, a rule that feels unfair, a personal phone number given), open it with “This raises a dilemma” in the entry, or here.</source>
        <translation>Nog geen dilemma&apos;s. Roept een notitie een vraag op die je wilt opvolgen (geld uitlenen, een regel die onrechtvaardig aanvoelt, een persoonlijk telefoonnummer dat je gaf), open dan een dilemma met ‘Dit roept een dilemma op’ in de notitie, of hier.</translation>
    </message>
    <message>
        <source>Title of the dilemma</source>
        <translation>Titel van het dilemma</translation>
    </message>
    <message>
        <source>Where this dilemma stands</source>
        <translation>Waar dit dilemma nu staat</translation>
    </message>
    <message>
        <source>Kinds of question</source>
        <translation>Soorten dilemma&apos;s</translation>
    </message>
    <message>
        <source>The story of this dilemma, oldest first</source>
        <translation>Het verhaal van dit dilemma, oudste eerst</translation>
    </message>
    <message>
        <source>A new reflection</source>
        <translation>Een nieuwe reflectie</translation>
    </message>
    <message>
        <source>Where am I with this today?</source>
        <translation>Waar sta ik hier vandaag mee?</translation>
    </message>
    <message>
        <source>Add this &amp;reflection</source>
        <translation>Deze &amp;reflectie toevoegen</translation>
    </message>
    <message>
        <source>Prepare for an analysis &amp;group…</source>
        <translation>Voorbereiden voor een analyse&amp;groep…</translation>
    </message>
    <message>
        <source>An account of this situation on the analysis grid, for a supervision, intervision or analysis group: every name, number and date is checked before anything leaves the journal.</source>
        <translation>Een verslag van deze situatie op het analyseraster, voor supervisie, intervisie of een analysegroep: elke naam, elk nummer en elke datum wordt nagekeken voor er iets het dagboek verlaat.</translation>
    </message>
    <message>
        <source>What was decided, and why</source>
        <translation>Wat er besloten is, en waarom</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Wat ik geleerd heb</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>&amp;Kinds of dilemma</source>
        <translation>&amp;Soorten dilemma&apos;s</translation>
    </message>
    <message>
        <source>Its &amp;story</source>
        <translation>Het &amp;verhaal</translation>
    </message>
    <message>
        <source>What was &amp;decided, and why</source>
        <translation>Wat er besl&amp;oten is, en waarom</translation>
    </message>
    <message>
        <source>&amp;Where it stands:</source>
        <translation>&amp;Waar het nu staat:</translation>
    </message>
    <message>
        <source>New r&amp;eflection:</source>
        <translation>Nieuwe r&amp;eflectie:</translation>
    </message>
    <message>
        <source>What I &amp;learned:</source>
        <translation>Wat ik ge&amp;leerd heb:</translation>
    </message>
    <message>
        <source>Choose a dilemma in the list to see its whole story: where it stands, the entries and reflections that made it, what was decided.</source>
        <translation>Kies een dilemma in de lijst om het hele verhaal te zien: waar het staat, de notities en reflecties die het vormden, wat er besloten is.</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemma&apos;s</translation>
    </message>
    <message>
        <source>The questions you follow week after week, until they are settled or you learn to live with them.</source>
        <translation>De vragen die je week na week opvolgt, tot ze opgelost zijn of je ermee leert leven.</translation>
    </message>
    <message>
        <source>Remove this entry from the dilemma</source>
        <translation>Deze notitie uit het dilemma halen</translation>
    </message>
    <message>
        <source>opened today</source>
        <translation>vandaag geopend</translation>
    </message>
    <message numerus="yes">
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>%n dag open</numerusform>
            <numerusform>%n dagen open</numerusform>
        </translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>laatste activiteit %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sinds %1</translation>
    </message>
    <message>
        <source>Questions that can help:</source>
        <translation>Vragen die kunnen helpen:</translation>
    </message>
    <message>
        <source>%1 — now: %2</source>
        <translation>%1 — nu: %2</translation>
    </message>
    <message>
        <source>%1 — entry: %2</source>
        <translation>%1 — notitie: %2</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this entry</source>
        <translation>Druk op Enter of dubbelklik om deze notitie te openen</translation>
    </message>
    <message>
        <source>%1 — reflection: %2</source>
        <translation>%1 — reflectie: %2</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Title of the entry</source>
        <translation>Titel van de notitie</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Opmaak</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Tekst van de notitie</translation>
    </message>
    <message>
        <source>What happened? What stays with you?</source>
        <translation>Wat is er gebeurd? Wat blijft je bij?</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Sjabloon</translation>
    </message>
    <message>
        <source>Add the sections and questions of a reflection template</source>
        <translation>De onderdelen en vragen van een reflectiesjabloon toevoegen</translation>
    </message>
    <message>
        <source>A quick contact. When you have time, you can write more about it.</source>
        <translation>Een snel genoteerd contact. Als je tijd hebt, kun je er meer over schrijven.</translation>
    </message>
    <message>
        <source>&amp;Turn it into a reflection</source>
        <translation>Er een &amp;reflectie van maken</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Emotional weight, from 0 to 10</source>
        <translation>Emotionele belasting, van 0 tot 10</translation>
    </message>
    <message>
        <source>How heavy this situation was for you, from 0 (not at all) to 10 (very heavy). “How am I doing” shows how heavy your weeks were; leave it not set if you prefer.</source>
        <translation>Hoe zwaar deze situatie voor jou woog, van 0 (helemaal niet) tot 10 (heel zwaar). „Waar sta ik” toont hoe zwaar je weken waren; laat het leeg als je dat liever hebt.</translation>
    </message>
    <message>
        <source>Persons, by pseudonym</source>
        <translation>Personen, met een pseudoniem</translation>
    </message>
    <message>
        <source>Pseudonyms, separated by commas</source>
        <translation>Pseudoniemen, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>Never type a real name: use a pseudonym such as “Mme R.” or “Jeune 17”.</source>
        <translation>Typ nooit een echte naam: gebruik een pseudoniem zoals ‘mevr. R.’ of ‘Jongere 17’.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, gescheiden door komma&apos;s</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>Emotional &amp;load:</source>
        <translation>&amp;Emotionele belasting:</translation>
    </message>
    <message>
        <source>&amp;Persons:</source>
        <translation>&amp;Personen:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Pseudonyms only: never a real name.</source>
        <translation>Alleen pseudoniemen: nooit een echte naam.</translation>
    </message>
    <message>
        <source>This raises a &amp;dilemma…</source>
        <translation>Dit roept een di&amp;lemma op…</translation>
    </message>
    <message>
        <source>Follow the question this entry raises, over weeks, until it is settled</source>
        <translation>De vraag die deze notitie oproept week na week opvolgen, tot ze is afgerond</translation>
    </message>
    <message>
        <source>I crossed one of my limits…</source>
        <translation>Ik heb een van mijn grenzen overschreden…</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Vet</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursief</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Kop</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lijst</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>Genummerd</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Ongedaan maken (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Opnieuw (%1)</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Mijn sjablonen</translation>
    </message>
    <message>
        <source>Save this entry&apos;s headings as my template…</source>
        <translation>De koppen van deze notitie als eigen sjabloon opslaan…</translation>
    </message>
    <message>
        <source>Each heading becomes a section; quoted lines under it become its questions</source>
        <translation>Elke kop wordt een onderdeel; de regels eronder die als citaat staan, worden de vragen ervan</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Mijn sjabloon</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Naam van het sjabloon:</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Wanneer gebeurde het?</translation>
    </message>
    <message>
        <source>When the contact happened: Carnet judges from it whether it was outside your working hours.</source>
        <translation>Wanneer het contact plaatsvond: daaruit leidt Carnet af of het buiten je werkuren was.</translation>
    </message>
    <message>
        <source>Situation &amp;of (optional):</source>
        <translation>Situatie &amp;van (optioneel):</translation>
    </message>
    <message>
        <source>The day and time of the situation this reflection is about, if there is one; otherwise the time of writing stays. Writing in the evening is not counted as working off-hours.</source>
        <translation>De dag en het uur van de situatie waarover deze reflectie gaat, als die er is; anders blijft het moment van schrijven staan. &apos;s Avonds schrijven telt niet als werken buiten de uren.</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Details verbergen</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Details tonen</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1&#xa0;min</translation>
    </message>
    <message>
        <source>weight %1/10</source>
        <translation>belasting %1/10</translation>
    </message>
    <message>
        <source>Outside your working hours (set by you)</source>
        <translation>Buiten je werkuren (door jou ingesteld)</translation>
    </message>
    <message>
        <source>Outside your working hours: for a contact, Carnet ticks it from your working hours when you have set them (a reflection is not work done off-hours). Tick or untick it to decide yourself.</source>
        <translation>Buiten je werkuren: voor een contact vinkt Carnet dit aan op basis van je werkuren, als je die hebt ingesteld (een reflectie is geen werk buiten de uren). Vink het aan of uit om zelf te beslissen.</translation>
    </message>
    <message>
        <source>Crossed one of my limits: %1</source>
        <translation>Een van mijn grenzen is overschreden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) may identify someone (underlined): right-click to replace with a pseudonym. Carnet&apos;s check is a help, not a guarantee.</source>
        <translation>
            <numerusform>%n fragment kan iemand herkenbaar maken (onderstreept): klik met de rechtermuisknop om het door een pseudoniem te vervangen. De controle van Carnet is een hulp, geen garantie.</numerusform>
            <numerusform>%n fragmenten kunnen iemand herkenbaar maken (onderstreept): klik met de rechtermuisknop om ze door een pseudoniem te vervangen. De controle van Carnet is een hulp, geen garantie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace with the pseudonym “%1”</source>
        <translation>Vervangen door het pseudoniem ‘%1’</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gisteren</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export entries</source>
        <translation>Notities exporteren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>&amp;JSON: everything, and it can be imported back into Carnet</source>
        <translation>&amp;JSON: alles, en het kan opnieuw in Carnet worden ingelezen</translation>
    </message>
    <message>
        <source>&amp;Markdown: one text file per entry, readable in any editor</source>
        <translation>&amp;Markdown: één tekstbestand per notitie, leesbaar in elke editor</translation>
    </message>
    <message>
        <source>&amp;PDF: to read or print, one section per month</source>
        <translation>&amp;PDF: om te lezen of af te drukken, één deel per maand</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>The &amp;whole journal</source>
        <translation>Het &amp;hele dagboek</translation>
    </message>
    <message>
        <source>Only the days &amp;from</source>
        <translation>Alleen de dagen &amp;van</translation>
    </message>
    <message>
        <source>First day exported</source>
        <translation>Eerste geëxporteerde dag</translation>
    </message>
    <message>
        <source>Last day exported</source>
        <translation>Laatste geëxporteerde dag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>Choose where to write the export</source>
        <translation>Kies waar de export moet komen</translation>
    </message>
    <message>
        <source>Where the export is written</source>
        <translation>Waar de export komt</translation>
    </message>
    <message>
        <source>&amp;Choose a folder…</source>
        <translation>Een map &amp;kiezen…</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Bestemming:</translation>
    </message>
    <message>
        <source>The export is NOT encrypted: anyone who can open these files can read the entries in them, with their persons and tags. Write it only where you need it, and delete it when you no longer do.</source>
        <translation>De export is NIET versleuteld: wie deze bestanden kan openen, kan de notities erin lezen, met hun personen en tags. Schrijf hem alleen waar je hem nodig hebt, en verwijder hem als je hem niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>I &amp;understand that the export is not encrypted</source>
        <translation>Ik be&amp;grijp dat de export niet versleuteld is</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Choose the folder to write the export in</source>
        <translation>De map kiezen waarin de export komt</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>De eerste dag valt na de laatste.</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>De export wordt geschreven…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1. Remember: this export is not encrypted.</source>
        <translation>
            <numerusform>%n notitie geschreven in %1. Denk eraan: deze export is niet versleuteld.</numerusform>
            <numerusform>%n notities geschreven in %1. Denk eraan: deze export is niet versleuteld.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <source>Check before exporting</source>
        <translation>Controleren voor het exporteren</translation>
    </message>
    <message>
        <source>Carnet looked for what could identify someone: names, phone numbers, email and postal addresses, national numbers, bank accounts. Replace each one, or keep it if it is fine to share.</source>
        <translation>Carnet heeft gezocht naar wat iemand herkenbaar kan maken: namen, telefoonnummers, e-mail- en postadressen, rijksregisternummers, bankrekeningen. Vervang elk ervan, of behoud het als het gedeeld mag worden.</translation>
    </message>
    <message>
        <source>Replace it with</source>
        <translation>Vervangen door</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Vervangen &amp;door:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Vervangen</translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation>&amp;Behouden zoals het is</translation>
    </message>
    <message>
        <source>Replace it in the export (%1 in the list)</source>
        <translation>Het vervangen in de export (%1 in de lijst)</translation>
    </message>
    <message>
        <source>Leave it as written (%1 in the list)</source>
        <translation>Het laten staan zoals het geschreven is (%1 in de lijst)</translation>
    </message>
    <message>
        <source>What looks identifying; %1 replaces, %2 keeps</source>
        <translation>Wat herkenbaar lijkt; %1 vervangt, %2 behoudt</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>&amp;Alles vervangen</translation>
    </message>
    <message>
        <source>Replace every finding not decided yet with its suggestion</source>
        <translation>Elke vondst waarover nog niet beslist is, vervangen door de suggestie</translation>
    </message>
    <message>
        <source>Keep a&amp;ll</source>
        <translation>Alles be&amp;houden</translation>
    </message>
    <message>
        <source>Keep every finding not decided yet as written</source>
        <translation>Elke vondst waarover nog niet beslist is, laten staan zoals ze geschreven is</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Gevonden:</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Voorbeeld van de export</translation>
    </message>
    <message>
        <source>&amp;Preview of what will be written:</source>
        <translation>Voo&amp;rbeeld van wat geschreven wordt:</translation>
    </message>
    <message>
        <source>&amp;Coarsen dates to the week</source>
        <translation>Datums afronden op de &amp;week</translation>
    </message>
    <message>
        <source>Dates show as their week, and exact dates in the texts become findings</source>
        <translation>Datums verschijnen als hun week, en exacte datums in de teksten worden vondsten</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Formaat:</translation>
    </message>
    <message>
        <source>Chosen when you export</source>
        <translation>Gekozen bij het exporteren</translation>
    </message>
    <message>
        <source>Where the file is written</source>
        <translation>Waar het bestand komt</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>Opslaan &amp;in:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read it. This review is a help, not a guarantee: read the preview before sharing, and delete the file once you no longer need it.</source>
        <translation>Het geëxporteerde bestand is NIET versleuteld: wie het kan openen, kan het lezen. Deze controle is een hulp, geen garantie: lees het voorbeeld voor je deelt, en verwijder het bestand zodra je het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Map &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporteren…</translation>
    </message>
    <message>
        <source>Looking for what could identify someone…</source>
        <translation>Zoeken naar wat iemand herkenbaar kan maken…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Rijksregisternummer</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Bankrekening (IBAN)</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Exacte datum</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>na te kijken</translation>
    </message>
    <message>
        <source>replaced by “%1”</source>
        <translation>vervangen door ‘%1’</translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation>behouden zoals het is</translation>
    </message>
    <message>
        <source>%1: “%2” — %3</source>
        <translation>%1: ‘%2’ — %3</translation>
    </message>
    <message>
        <source>its title</source>
        <translation>de titel</translation>
    </message>
    <message>
        <source>the subtitle</source>
        <translation>de ondertitel</translation>
    </message>
    <message>
        <source>the heading</source>
        <translation>de kop</translation>
    </message>
    <message>
        <source>the introduction</source>
        <translation>de inleiding</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>de tekst</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>de vraag</translation>
    </message>
    <message>
        <source>its details</source>
        <translation>de details</translation>
    </message>
    <message>
        <source>The title page (%1)</source>
        <translation>De titelpagina (%1)</translation>
    </message>
    <message>
        <source>%1, item %2 (%3)</source>
        <translation>%1, punt %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing looks identifying. Read the preview all the same before sharing.</source>
        <translation>Niets lijkt herkenbaar. Lees het voorbeeld toch voor je deelt.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) still to review before exporting.</source>
        <translation>
            <numerusform>Nog %n vondst na te kijken voor het exporteren.</numerusform>
            <numerusform>Nog %n vondsten na te kijken voor het exporteren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every finding is reviewed: you can export.</source>
        <translation>Elke vondst is nagekeken: je kunt exporteren.</translation>
    </message>
    <message>
        <source>Where to save the export (not encrypted)</source>
        <translation>Waar de export opslaan (niet versleuteld)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>De export wordt geschreven…</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Opgeslagen in %1. Het is niet versleuteld: verwijder het als je het niet meer nodig hebt.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Er is niets geschreven.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Zoeken in:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Bestanden van type:</translation>
    </message>
</context>
<context>
    <name>HoursChartView</name>
    <message>
        <source>Hours done</source>
        <translation>Gepresteerd</translation>
    </message>
    <message>
        <source>Steady pace</source>
        <translation>Gelijk tempo</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>uren</translation>
    </message>
    <message>
        <source>Chart of the hours done against the required hours</source>
        <translation>Grafiek van de gepresteerde uren tegenover de vereiste uren</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Vereist: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>This file or folder cannot be read. Check that it still exists (a USB key may have been removed) and that you may open it.</source>
        <translation>Dit bestand of deze map kan niet worden gelezen. Controleer of het nog bestaat (misschien is er een usb-stick verwijderd) en of je het mag openen.</translation>
    </message>
    <message>
        <source>Carnet does not recognise this file. Choose its format in the list, or choose a Day One export (.zip or .json), a jrnl or Carnet export (.json), or a folder of Markdown notes.</source>
        <translation>Carnet herkent dit bestand niet. Kies het formaat in de lijst, of kies een export van Day One (.zip of .json), een export van jrnl of Carnet (.json), of een map met Markdown-notities.</translation>
    </message>
    <message>
        <source>This file is not text in UTF-8, so Carnet cannot read it.</source>
        <translation>Dit bestand is geen tekst in UTF-8, dus Carnet kan het niet lezen.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a JSON file.</source>
        <translation>Dit bestand is beschadigd of is geen JSON-bestand.</translation>
    </message>
    <message>
        <source>This zip file is damaged, protected by a password, or compressed in a way Carnet cannot read.</source>
        <translation>Dit zipbestand is beschadigd, beveiligd met een wachtwoord, of gecomprimeerd op een manier die Carnet niet kan lezen.</translation>
    </message>
    <message>
        <source>This zip file holds no Day One journal (no .json file inside). Export the journal again from Day One, choosing JSON.</source>
        <translation>Dit zipbestand bevat geen dagboek van Day One (er zit geen .json-bestand in). Exporteer het dagboek opnieuw vanuit Day One en kies JSON.</translation>
    </message>
    <message>
        <source>This file is not in the format chosen. Choose another format, or let Carnet recognise it.</source>
        <translation>Dit bestand heeft niet het gekozen formaat. Kies een ander formaat, of laat Carnet het herkennen.</translation>
    </message>
    <message>
        <source>This export was written by a newer version of Carnet. Install the latest version to import it.</source>
        <translation>Deze export is gemaakt met een nieuwere versie van Carnet. Installeer de nieuwste versie om hem te importeren.</translation>
    </message>
    <message>
        <source>An entry cannot be read: one of its fields is missing or holds a value Carnet does not accept (a date that does not exist, a number instead of text...).</source>
        <translation>Een notitie kan niet worden gelezen: een van de velden ontbreekt of bevat een waarde die Carnet niet aanvaardt (een datum die niet bestaat, een getal in plaats van tekst...).</translation>
    </message>
    <message>
        <source>The same entry appears twice in this source, so Carnet cannot tell which one to keep.</source>
        <translation>Dezelfde notitie staat twee keer in deze bron, dus Carnet kan niet weten welke het moet houden.</translation>
    </message>
    <message>
        <source>The properties at the top of a note (the block between two --- lines) are not valid YAML.</source>
        <translation>De eigenschappen bovenaan een notitie (het blok tussen twee regels ---) zijn geen geldige YAML.</translation>
    </message>
    <message>
        <source>Some notes have no date, neither in their properties (date: 2024-03-05) nor at the start of their file name (2024-03-05 Meeting.md). Add one, then try again.</source>
        <translation>Sommige notities hebben geen datum, niet in hun eigenschappen (date: 2024-03-05) en niet aan het begin van hun bestandsnaam (2024-03-05 Vergadering.md). Voeg er een toe en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>This is too large to be a journal export or a folder of notes: choose the export itself, or the folder of the notes only.</source>
        <translation>Dit is te groot voor een dagboekexport of een map met notities: kies de export zelf, of alleen de map met de notities.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Waar: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>notitie %1</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>veld ‘%1’</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>regel %1</translation>
    </message>
    <message>
        <source>Import entries</source>
        <translation>Notities importeren</translation>
    </message>
    <message>
        <source>This folder holds no notes nor documents (.md, .txt, .docx or .odt files).</source>
        <translation>Deze map bevat geen notities of documenten (.md-, .txt-, .docx- of .odt-bestanden).</translation>
    </message>
    <message>
        <source>This Word file is protected by a password, or is an old .doc file. Open it in Word or LibreOffice, remove the password or save it as .docx, then try again.</source>
        <translation>Dit Word-bestand is beveiligd met een wachtwoord, of het is een oud .doc-bestand. Open het in Word of LibreOffice, verwijder het wachtwoord of bewaar het als .docx, en probeer opnieuw.</translation>
    </message>
    <message>
        <source>This document is damaged, or is not a Word or LibreOffice document.</source>
        <translation>Dit document is beschadigd, of het is geen Word- of LibreOffice-document.</translation>
    </message>
    <message>
        <source>Some files cannot be read. Agree to leave them out to import the rest.</source>
        <translation>Sommige bestanden kunnen niet gelezen worden. Ga akkoord om ze over te slaan en de rest te importeren.</translation>
    </message>
    <message>
        <source>This computer does not record when a file was created. Choose the date of the last change, or leave undated notes out.</source>
        <translation>Deze computer houdt niet bij wanneer een bestand gemaakt is. Kies de datum van de laatste wijziging, of sla notities zonder datum over.</translation>
    </message>
    <message>
        <source>its properties (between --- or +++ lines) are not valid</source>
        <translation>de eigenschappen (tussen de regels --- of +++) zijn niet geldig</translation>
    </message>
    <message>
        <source>not text in UTF-8</source>
        <translation>geen tekst in UTF-8</translation>
    </message>
    <message>
        <source>the property “%1” holds a value Carnet does not accept</source>
        <translation>de eigenschap ‘%1’ bevat een waarde die Carnet niet aanvaardt</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>te groot</translation>
    </message>
    <message>
        <source>protected by a password, or an old .doc file</source>
        <translation>beveiligd met een wachtwoord, of een oud .doc-bestand</translation>
    </message>
    <message>
        <source>damaged, or not a Word or LibreOffice document</source>
        <translation>beschadigd, of geen Word- of LibreOffice-document</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>kan niet geopend worden</translation>
    </message>
    <message>
        <source>they take the date their file was last changed</source>
        <translation>ze krijgen de datum van de laatste wijziging van hun bestand</translation>
    </message>
    <message>
        <source>they take the date their file was created</source>
        <translation>ze krijgen de datum waarop hun bestand gemaakt is</translation>
    </message>
    <message>
        <source>they are left out</source>
        <translation>ze worden overgeslagen</translation>
    </message>
    <message>
        <source>Bring your entries from Day One, a folder of Markdown notes, Word, LibreOffice or text documents, jrnl or another Carnet journal. Nothing is imported before you confirm, and entries already in your journal are skipped.</source>
        <translation>Haal je notities binnen uit Day One, een map met Markdown-notities, Word-, LibreOffice- of tekstdocumenten, jrnl of een ander Carnet-dagboek. Er wordt niets geïmporteerd voordat je bevestigt, en notities die al in je dagboek staan worden overgeslagen.</translation>
    </message>
    <message>
        <source>No file or folder chosen yet</source>
        <translation>Nog geen bestand of map gekozen</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Bestand of map om te importeren</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Een &amp;bestand kiezen…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Een &amp;map kiezen…</translation>
    </message>
    <message>
        <source>Format of the source</source>
        <translation>Formaat van de bron</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Automatisch herkennen</translation>
    </message>
    <message>
        <source>Day One (the exported .zip, or its .json)</source>
        <translation>Day One (de geëxporteerde .zip, of de .json ervan)</translation>
    </message>
    <message>
        <source>Markdown notes (a folder of .md files)</source>
        <translation>Markdown-notities (een map met .md-bestanden)</translation>
    </message>
    <message>
        <source>Documents (Word .docx, LibreOffice .odt, text .txt: a folder or one file)</source>
        <translation>Documenten (Word .docx, LibreOffice .odt, tekst .txt: een map of één bestand)</translation>
    </message>
    <message>
        <source>jrnl (jrnl --export json)</source>
        <translation>jrnl (jrnl --export json)</translation>
    </message>
    <message>
        <source>Carnet (an export made by Carnet)</source>
        <translation>Carnet (een export gemaakt door Carnet)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>&amp;Formaat:</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Wat er geïmporteerd wordt</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Notities:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Datums:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Personen:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Niet geïmporteerd:</translation>
    </message>
    <message>
        <source>Take the date their file was last changed</source>
        <translation>De datum van de laatste wijziging van het bestand nemen</translation>
    </message>
    <message>
        <source>Take the date their file was created</source>
        <translation>De datum waarop het bestand gemaakt is nemen</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Ze overslaan</translation>
    </message>
    <message>
        <source>Notes &amp;without a date:</source>
        <translation>Notities &amp;zonder datum:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Een bestand kiezen om te importeren</translation>
    </message>
    <message>
        <source>Exports (*.zip *.json)</source>
        <translation>Exports (*.zip *.json)</translation>
    </message>
    <message>
        <source>Markdown notes (*.md *.markdown)</source>
        <translation>Markdown-notities (*.md *.markdown)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Documents (*.docx *.odt *.txt)</source>
        <translation>Documenten (*.docx *.odt *.txt)</translation>
    </message>
    <message>
        <source>Choose the folder of your notes</source>
        <translation>De map met je notities kiezen</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wordt gelezen…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n entries</source>
        <translation>
            <numerusform>%n notitie &amp;importeren</numerusform>
            <numerusform>%n notities &amp;importeren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your journal, skipped</source>
        <translation>
            <numerusform>%n al in je dagboek, overgeslagen</numerusform>
            <numerusform>%n al in je dagboek, overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import: every entry is already in your journal.</source>
        <translation>Niets nieuws om te importeren: elke notitie staat al in je dagboek.</translation>
    </message>
    <message>
        <source>No entries to import.</source>
        <translation>Geen notities om te importeren.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>van %1 tot %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave out the %n file(s) that cannot be read, and import the rest</source>
        <translation>
            <numerusform>%n onleesbaar bestand &amp;overslaan en de rest importeren</numerusform>
            <numerusform>De %n onleesbare bestanden &amp;overslaan en de rest importeren</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported.</source>
        <translation>
            <numerusform>%n notitie geïmporteerd.</numerusform>
            <numerusform>%n notities geïmporteerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your journal.</source>
        <translation>
            <numerusform>%n stond al in je dagboek.</numerusform>
            <numerusform>%n stonden al in je dagboek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Niet geïmporteerd: %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en nog %n</numerusform>
            <numerusform>en nog %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n foto</numerusform>
            <numerusform>%n foto&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n video&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio recording(s)</source>
        <translation>
            <numerusform>%n geluidsopname</numerusform>
            <numerusform>%n geluidsopnamen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF attachment(s)</source>
        <translation>
            <numerusform>%n pdf-bijlage</numerusform>
            <numerusform>%n pdf-bijlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n plaats</numerusform>
            <numerusform>%n plaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weather record(s)</source>
        <translation>
            <numerusform>%n weerregistratie</numerusform>
            <numerusform>%n weerregistraties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) without any text</source>
        <translation>
            <numerusform>%n notitie zonder tekst</numerusform>
            <numerusform>%n notities zonder tekst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that are not notes</source>
        <translation>
            <numerusform>%n bestand dat geen notitie is</numerusform>
            <numerusform>%n bestanden die geen notities zijn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) (images, PDFs, sounds)</source>
        <translation>
            <numerusform>%n bijlage (afbeeldingen, pdf’s, geluid)</numerusform>
            <numerusform>%n bijlagen (afbeeldingen, pdf’s, geluid)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n sjabloon</numerusform>
            <numerusform>%n sjablonen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that cannot be read</source>
        <translation>
            <numerusform>%n onleesbaar bestand</numerusform>
            <numerusform>%n onleesbare bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) without a date</source>
        <translation>
            <numerusform>%n notitie zonder datum</numerusform>
            <numerusform>%n notities zonder datum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in documents</source>
        <translation>
            <numerusform>%n afbeelding in documenten</numerusform>
            <numerusform>%n afbeeldingen in documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in documents</source>
        <translation>
            <numerusform>%n tabel in documenten</numerusform>
            <numerusform>%n tabellen in documenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read:</source>
        <translation>
            <numerusform>%n bestand kan niet gelezen worden:</numerusform>
            <numerusform>%n bestanden kunnen niet gelezen worden:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have no date in them:</source>
        <translation>
            <numerusform>%n notitie heeft geen datum:</numerusform>
            <numerusform>%n notities hebben geen datum:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have other properties, kept in a block at the end of their text:</source>
        <translation>
            <numerusform>%n notitie heeft andere eigenschappen, bewaard in een blok aan het einde van de tekst:</numerusform>
            <numerusform>%n notities hebben andere eigenschappen, bewaard in een blok aan het einde van hun tekst:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search (%1)</source>
        <translation>Zoeken (%1)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Zoeken in het dagboek</translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation>Alleen tonen: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Notities, nieuwste eerst</translation>
    </message>
    <message>
        <source>Your journal is empty</source>
        <translation>Je dagboek is leeg</translation>
    </message>
    <message>
        <source>Write your first entry: a contact, a situation that stays with you, a question for supervision. Press Ctrl+N or the button below.</source>
        <translation>Schrijf je eerste notitie: een contact, een situatie die je bijblijft, een vraag voor de supervisie. Druk op Ctrl+N of op de knop hieronder.</translation>
    </message>
    <message>
        <source>&amp;Write a first entry</source>
        <translation>&amp;Schrijf een eerste notitie</translation>
    </message>
    <message>
        <source>No entry matches this search.</source>
        <translation>Geen enkele notitie past bij deze zoekopdracht.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n gevonden notitie</numerusform>
            <numerusform>%n gevonden notities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n notitie</numerusform>
            <numerusform>%n notities</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Niet opgeslagen</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nieuwe herstelcode</translation>
    </message>
    <message>
        <source>Your journal and the copies Carnet keeps will be encrypted again with a new key. The old passphrase and the old recovery code will no longer open them, and you will get a new recovery code to write down.</source>
        <translation>Je dagboek en de kopieën die Carnet bewaart worden opnieuw versleuteld met een nieuwe sleutel. De oude wachtwoordzin en de oude herstelcode openen ze niet meer, en je krijgt een nieuwe herstelcode om op te schrijven.</translation>
    </message>
    <message>
        <source>Use this if your recovery code was seen by someone or lost. Your journal and the copies Carnet keeps will be encrypted again with a new key: the old code will no longer open them. Your passphrase stays the same.</source>
        <translation>Gebruik dit als iemand je herstelcode heeft gezien of als je hem kwijt bent. Je dagboek en de kopieën die Carnet bewaart worden opnieuw versleuteld met een nieuwe sleutel: de oude code opent ze niet meer. Je wachtwoordzin blijft dezelfde.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>H&amp;uidige wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>&amp;Nieuwe code maken</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Typ eerst je huidige wachtwoordzin.</translation>
    </message>
    <message>
        <source>Encrypting the journal and its copies again with a new key…</source>
        <translation>Het dagboek en de kopieën worden opnieuw versleuteld met een nieuwe sleutel…</translation>
    </message>
    <message>
        <source>The journal now opens only with your new passphrase and your new recovery code.</source>
        <translation>Het dagboek opent nu alleen nog met je nieuwe wachtwoordzin en je nieuwe herstelcode.</translation>
    </message>
    <message>
        <source>Saved versions and backups encrypted again with the new key: %1.</source>
        <translation>Bewaarde versies en back-ups opnieuw versleuteld met de nieuwe sleutel: %1.</translation>
    </message>
    <message>
        <source>Damaged saved versions that could not be encrypted again, and were deleted: %1.</source>
        <translation>Beschadigde bewaarde versies die niet opnieuw versleuteld konden worden en zijn verwijderd: %1.</translation>
    </message>
    <message>
        <source>These copies could not be encrypted again and still open with the old passphrase: %1.</source>
        <translation>Deze kopieën konden niet opnieuw versleuteld worden en openen nog met de oude wachtwoordzin: %1.</translation>
    </message>
    <message>
        <source>Your backup folder “%1” was not available: the backups in it still open with the old passphrase and the old recovery code. Delete them when you can.</source>
        <translation>Je back-upmap “%1” was niet beschikbaar: de back-ups daarin openen nog met de oude wachtwoordzin en de oude herstelcode. Verwijder ze zodra je kunt.</translation>
    </message>
    <message>
        <source>Copies Carnet does not look after (on a USB key that was not connected, on another computer, or copied or sent by hand) still open with the old passphrase and the old recovery code.</source>
        <translation>Kopieën waar Carnet niet voor zorgt (op een USB-stick die niet aangesloten was, op een andere computer, of met de hand gekopieerd of verstuurd) openen nog met de oude wachtwoordzin en de oude herstelcode.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Office</source>
        <translation>Kantoor</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Huisbezoek</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Straat</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Werktelefoon</translation>
    </message>
    <message>
        <source>Personal phone</source>
        <translation>Persoonlijke telefoon</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Berichtenapp</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Off-hours</source>
        <translation>Buiten de werkuren</translation>
    </message>
    <message>
        <source>Out of frame</source>
        <translation>Buiten het kader</translation>
    </message>
    <message>
        <source>Kept private</source>
        <translation>Privé</translation>
    </message>
    <message>
        <source>For supervision</source>
        <translation>Supervisie</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>Buiten je werkuren</translation>
    </message>
    <message>
        <source>Beyond your mandate or the rules</source>
        <translation>Buiten je opdracht of de regels</translation>
    </message>
    <message>
        <source>Not shared with the team</source>
        <translation>Niet gedeeld met het team</translation>
    </message>
    <message>
        <source>To bring to supervision</source>
        <translation>Om mee te nemen naar de supervisie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Thinking it through</source>
        <translation>Aan het nadenken</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Living with it</source>
        <translation>Ik leer ermee leven</translation>
    </message>
    <message>
        <source>No contacts after a given hour</source>
        <translation>Geen contacten na een bepaald uur</translation>
    </message>
    <message>
        <source>No contacts at the weekend</source>
        <translation>Geen contacten in het weekend</translation>
    </message>
    <message>
        <source>My personal phone number stays private</source>
        <translation>Mijn persoonlijke telefoonnummer blijft privé</translation>
    </message>
    <message>
        <source>At most a number of off-hours contacts a week</source>
        <translation>Maximaal aantal contacten buiten de werkuren per week</translation>
    </message>
    <message>
        <source>No lending money (I tick it myself)</source>
        <translation>Geen geld uitlenen (ik vink het zelf aan)</translation>
    </message>
    <message>
        <source>At most a number of out-of-frame acts a month</source>
        <translation>Maximaal aantal handelingen buiten het kader per maand</translation>
    </message>
    <message>
        <source>A limit in my own words (I tick it myself)</source>
        <translation>Een grens in mijn eigen woorden (ik vink het zelf aan)</translation>
    </message>
    <message>
        <source>No contacts after %1</source>
        <translation>Geen contacten na %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n off-hours contact(s) a week</source>
        <translation>
            <numerusform>Maximaal %n contact buiten de werkuren per week</numerusform>
            <numerusform>Maximaal %n contacten buiten de werkuren per week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n out-of-frame act(s) a month</source>
        <translation>
            <numerusform>Maximaal %n handeling buiten het kader per maand</numerusform>
            <numerusform>Maximaal %n handelingen buiten het kader per maand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Off-hours contacts</source>
        <translation>Contacten buiten de werkuren</translation>
    </message>
    <message>
        <source>Time in off-hours contacts</source>
        <translation>Tijd in contacten buiten de werkuren</translation>
    </message>
    <message>
        <source>Out-of-frame acts</source>
        <translation>Handelingen buiten het kader</translation>
    </message>
    <message>
        <source>Contacts kept private</source>
        <translation>Privé gehouden contacten</translation>
    </message>
    <message>
        <source>Average emotional weight</source>
        <translation>Gemiddelde emotionele belasting</translation>
    </message>
    <message>
        <source>Highest emotional weight</source>
        <translation>Hoogste emotionele belasting</translation>
    </message>
    <message>
        <source>Entries for supervision</source>
        <translation>Notities voor supervisie</translation>
    </message>
    <message>
        <source>Open dilemmas</source>
        <translation>Open dilemma&apos;s</translation>
    </message>
    <message>
        <source>Age of the oldest open dilemma</source>
        <translation>Leeftijd van het oudste open dilemma</translation>
    </message>
    <message>
        <source>Average age of the open dilemmas</source>
        <translation>Gemiddelde leeftijd open dilemma&apos;s</translation>
    </message>
    <message>
        <source>Limits crossed</source>
        <translation>Overschreden grenzen</translation>
    </message>
    <message>
        <source>Time beyond working hours</source>
        <translation>Tijd buiten de werkuren</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 u %2 min</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagen</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacten</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minuten</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>notities</translation>
    </message>
    <message>
        <source>weight (0 to 10)</source>
        <translation>belasting (0 tot 10)</translation>
    </message>
    <message>
        <source>dilemmas</source>
        <translation>dilemma&apos;s</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dagen</translation>
    </message>
    <message>
        <source>times</source>
        <translation>keer</translation>
    </message>
    <message>
        <source>The number of contacts (entries of the kind contact, or with a channel), by the local time of each entry.</source>
        <translation>Het aantal contacten (notities van de soort contact, of met een kanaal), volgens de plaatselijke tijd van elke notitie.</translation>
    </message>
    <message>
        <source>The number of contacts flagged off-hours (worked out from your working hours, or set by hand).</source>
        <translation>Het aantal contacten gemarkeerd als buiten de werkuren (berekend uit je werkuren, of met de hand ingesteld).</translation>
    </message>
    <message>
        <source>The sum of the durations of the contacts flagged off-hours (a contact without a duration counts 0 minutes).</source>
        <translation>De som van de duur van de contacten gemarkeerd als buiten de werkuren (een contact zonder duur telt voor 0 minuten).</translation>
    </message>
    <message>
        <source>The number of entries flagged out-of-frame: acts beyond your mandate or the rules.</source>
        <translation>Het aantal notities gemarkeerd als buiten het kader: handelingen buiten je opdracht of de regels.</translation>
    </message>
    <message>
        <source>The number of contacts flagged private (kept from the team).</source>
        <translation>Het aantal contacten gemarkeerd als privé (niet gedeeld met het team).</translation>
    </message>
    <message>
        <source>The mean emotional weight (0 to 10) of the entries that have one, to one decimal; none when no entry has a weight.</source>
        <translation>De gemiddelde emotionele belasting (0 tot 10) van de notities die er een hebben, op één decimaal; geen als geen enkele notitie een belasting heeft.</translation>
    </message>
    <message>
        <source>The highest emotional weight (0 to 10) among the entries.</source>
        <translation>De hoogste emotionele belasting (0 tot 10) van de notities.</translation>
    </message>
    <message>
        <source>The number of entries marked to bring to supervision.</source>
        <translation>Het aantal notities gemarkeerd om mee te nemen naar de supervisie.</translation>
    </message>
    <message>
        <source>The number of dilemmas still open at the end of the period: neither settled nor lived with at that moment.</source>
        <translation>Het aantal dilemma&apos;s dat aan het einde van de periode nog open was: op dat moment niet afgerond en ook niet iets waarmee je leert leven.</translation>
    </message>
    <message>
        <source>The age, on the last day of the period, of the oldest dilemma still open then, in days.</source>
        <translation>De leeftijd, op de laatste dag van de periode, van het oudste dilemma dat toen nog open was, in dagen.</translation>
    </message>
    <message>
        <source>The mean age, on the last day of the period, of the dilemmas still open then, in days.</source>
        <translation>De gemiddelde leeftijd, op de laatste dag van de periode, van de dilemma&apos;s die toen nog open waren, in dagen.</translation>
    </message>
    <message>
        <source>The number of times your own limits were crossed: each contact that crossed a limit, each week or month counted over its limit, each crossing ticked by hand.</source>
        <translation>Hoe vaak je eigen grenzen overschreden zijn: elk contact dat een grens overschreed, elke week of maand boven de grens, elke overschrijding die je met de hand aanvinkte.</translation>
    </message>
    <message>
        <source>The minutes of your entries that fall outside your working hours (days off, leave and holidays have none); none before you set your working hours.</source>
        <translation>De minuten van je notities die buiten je werkuren vallen (vrije dagen, verlof en feestdagen hebben er geen); geen zolang je je werkuren niet hebt ingesteld.</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <source>Change my limit</source>
        <translation>Mijn grens wijzigen</translation>
    </message>
    <message>
        <source>A new limit</source>
        <translation>Een nieuwe grens</translation>
    </message>
    <message>
        <source>In my own words (optional)</source>
        <translation>In mijn eigen woorden (optioneel)</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Grens:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Na:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>&amp;Maximaal:</translation>
    </message>
    <message>
        <source>In my &amp;words:</source>
        <translation>In mijn eigen &amp;woorden:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Geldt &amp;vanaf:</translation>
    </message>
    <message>
        <source>Your limits are yours: change them when you need to. Earlier weeks keep the limit that was in force then.</source>
        <translation>Je grenzen zijn van jou: pas ze aan wanneer je dat nodig hebt. Eerdere weken houden de grens die toen gold.</translation>
    </message>
    <message>
        <source>Required: the limit, in my own words</source>
        <translation>Verplicht: de grens, in mijn eigen woorden</translation>
    </message>
    <message>
        <source>Write this limit in your own words.</source>
        <translation>Schrijf deze grens in je eigen woorden.</translation>
    </message>
</context>
<context>
    <name>LimitsView</name>
    <message>
        <source>My limits</source>
        <translation>Mijn grenzen</translation>
    </message>
    <message>
        <source>Limits you set yourself, for yourself: Carnet shows quietly when one was crossed, to notice it, not to judge it.</source>
        <translation>Grenzen die je zelf stelt, voor jezelf: Carnet toont rustig wanneer er een overschreden is, om het op te merken, niet om erover te oordelen.</translation>
    </message>
    <message>
        <source>No limit yet. A limit can be “no contacts after 8 p.m.” or “at most two off-hours contacts a week”: set one when you feel the need.</source>
        <translation>Nog geen grenzen. Een grens kan zijn ‘geen contacten na 20 uur’ of ‘hoogstens twee contacten buiten de werkuren per week’: stel er een in wanneer je daar nood aan hebt.</translation>
    </message>
    <message>
        <source>&amp;Add a limit…</source>
        <translation>Een &amp;grens toevoegen…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>&amp;No longer in force</source>
        <translation>&amp;Niet meer van kracht</translation>
    </message>
    <message>
        <source>Your limits</source>
        <translation>Je grenzen</translation>
    </message>
    <message>
        <source>Weekly history of my limits</source>
        <translation>Geschiedenis van mijn grenzen, per week</translation>
    </message>
    <message>
        <source>Each week: how many times the limit was crossed, next to the limit then in force; empty when the limit was not in force.</source>
        <translation>Per week: hoe vaak de grens overschreden is, naast de grens die toen gold; leeg als de grens toen niet gold.</translation>
    </message>
    <message>
        <source>When my limits were crossed, newest first</source>
        <translation>Wanneer mijn grenzen overschreden zijn, nieuwste eerst</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the entry.</source>
        <translation>Druk op Enter of dubbelklik om de notitie te openen.</translation>
    </message>
    <message>
        <source>When, and with which entries</source>
        <translation>Wanneer, en bij welke notities</translation>
    </message>
    <message>
        <source>The last twelve weeks</source>
        <translation>De laatste twaalf weken</translation>
    </message>
    <message>
        <source>(no longer in force)</source>
        <translation>(niet meer van kracht)</translation>
    </message>
    <message>
        <source>— ticked by hand on an entry</source>
        <translation>— met de hand aangevinkt bij een notitie</translation>
    </message>
    <message>
        <source>%1: %2 — %3, limit %4</source>
        <translation>%1: %2 — %3, grens %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No limit crossed in these weeks.</source>
        <translation>Geen grens overschreden in deze weken.</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week number</comment>
        <translation>W%1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Week of %1: crossed</source>
        <translation>Week van %1: overschreden</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Week van %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
</context>
<context>
    <name>LinkEntryDialog</name>
    <message>
        <source>Link an entry</source>
        <translation>Een notitie koppelen</translation>
    </message>
    <message>
        <source>Which entry shows this objective?
%1</source>
        <translation>Welke notitie toont dit leerdoel?
%1</translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation>Zoeken in de notities</translation>
    </message>
    <message>
        <source>Search by title or text</source>
        <translation>Zoeken op titel of tekst</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Notities, nieuwste eerst</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <source>%1 (already linked)</source>
        <translation>%1 (al gekoppeld)</translation>
    </message>
    <message>
        <source>No entry matches this search.</source>
        <translation>Geen enkele notitie past bij deze zoekopdracht.</translation>
    </message>
    <message>
        <source>No entry yet.</source>
        <translation>Nog geen notities.</translation>
    </message>
    <message numerus="yes">
        <source>The %n most recent entries; search to find older ones.</source>
        <translation>
            <numerusform>De %n meest recente notitie; zoek om oudere te vinden.</numerusform>
            <numerusform>De %n meest recente notities; zoek om oudere te vinden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Restore the deleted entry</source>
        <translation>Verwijderde notitie &amp;terugzetten</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nieuwe notitie</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>Ver&amp;grendelen</translation>
    </message>
    <message>
        <source>&amp;Delete entry…</source>
        <translation>Notitie &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>&amp;Contact noteren…</translation>
    </message>
    <message>
        <source>the journal was opened</source>
        <translation>het openen van het dagboek</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <source>&amp;Dilemmas</source>
        <translation>&amp;Dilemma&apos;s</translation>
    </message>
    <message>
        <source>My &amp;limits</source>
        <translation>Mijn &amp;grenzen</translation>
    </message>
    <message>
        <source>&amp;How am I doing</source>
        <translation>&amp;Waar sta ik</translation>
    </message>
    <message>
        <source>&amp;Weekly review</source>
        <translation>&amp;Weekterugblik</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervisie</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <source>New reflection from a &amp;template</source>
        <translation>Nieuwe &amp;reflectie met een sjabloon</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Instellingen…</translation>
    </message>
    <message>
        <source>&amp;Working hours…</source>
        <translation>&amp;Werkuren…</translation>
    </message>
    <message>
        <source>&amp;Import entries…</source>
        <translation>Notities im&amp;porteren…</translation>
    </message>
    <message>
        <source>E&amp;xport entries…</source>
        <translation>Notities e&amp;xporteren…</translation>
    </message>
    <message>
        <source>&amp;Make my work visible…</source>
        <translation>Mijn werk &amp;zichtbaar maken…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Back-ups…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <source>New reco&amp;very code…</source>
        <translation>Nieuwe &amp;herstelcode…</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>Een check-in &amp;doen…</translation>
    </message>
    <message>
        <source>Where to &amp;turn for support…</source>
        <translation>Waar kun je &amp;terecht voor steun…</translation>
    </message>
    <message>
        <source>&amp;Questions and reminder…</source>
        <translation>Vragen en &amp;herinnering…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>Venster &amp;sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation>&amp;Over Carnet</translation>
    </message>
    <message>
        <source>Open the &amp;example journal…</source>
        <translation>Het &amp;voorbeelddagboek openen…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Dagboek</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Beeld</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Een dagboek openen</translation>
    </message>
    <message>
        <source>Carnet journals (*.carnet)</source>
        <translation>Carnet-dagboeken (*.carnet)</translation>
    </message>
    <message>
        <source>A file already exists there. Choose another name or place.</source>
        <translation>Daar staat al een bestand. Kies een andere naam of plaats.</translation>
    </message>
    <message>
        <source>The journal file is not at this place any more: it was moved or deleted, or its disk or USB key is not connected. Connect it and try again, or open the journal where it is now (Open another journal).</source>
        <translation>Het dagboekbestand staat niet meer op deze plaats: het is verplaatst of verwijderd, of de schijf of USB-stick is niet aangesloten. Sluit ze aan en probeer opnieuw, of open het dagboek waar het nu staat (Ander dagboek openen).</translation>
    </message>
    <message>
        <source>Type your passphrase first: it is needed to check the backups.</source>
        <translation>Typ eerst je wachtwoordzin: die is nodig om de back-ups te controleren.</translation>
    </message>
    <message>
        <source>Trying the backups, newest first…</source>
        <translation>De back-ups worden geprobeerd, de nieuwste eerst…</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>Back-up geopend</translation>
    </message>
    <message>
        <source>Carnet opened the newest backup that works. The damaged file was kept aside as “%1”; you can delete it later.</source>
        <translation>Carnet heeft de nieuwste werkende back-up geopend. Het beschadigde bestand is apart gezet als ‘%1’; je kunt het later verwijderen.</translation>
    </message>
    <message>
        <source>No backup of this journal could be opened with this passphrase. Nothing has been changed.</source>
        <translation>Geen enkele back-up van dit dagboek kon met deze wachtwoordzin worden geopend. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Open the journal file first.</source>
        <translation>Open eerst het dagboekbestand.</translation>
    </message>
    <message>
        <source>The journal has a new key, but it locked before the new recovery code could be shown. After unlocking, choose Journal ▸ New recovery code… to get one.</source>
        <translation>Het dagboek heeft een nieuwe sleutel, maar werd vergrendeld voordat de nieuwe herstelcode getoond kon worden. Kies na het ontgrendelen Dagboek ▸ Nieuwe herstelcode… om er een te krijgen.</translation>
    </message>
    <message>
        <source>A new key</source>
        <translation>Een nieuwe sleutel</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet. Carnet keeps them in memory while the journal is locked and keeps trying to save them. Do not quit Carnet before they are saved, or save an encrypted copy elsewhere.</source>
        <translation>Je laatste wijzigingen zijn nog niet opgeslagen. Carnet houdt ze in het geheugen zolang het dagboek vergrendeld is en blijft proberen ze op te slaan. Sluit Carnet niet af voor ze opgeslagen zijn, of sla ergens anders een versleutelde kopie op.</translation>
    </message>
    <message>
        <source>Your latest changes to this journal are not saved yet. Unlock it to keep working, or save an encrypted copy elsewhere, before opening or creating another journal.</source>
        <translation>Je laatste wijzigingen in dit dagboek zijn nog niet opgeslagen. Ontgrendel het om verder te werken, of sla ergens anders een versleutelde kopie op, voor je een ander dagboek opent of maakt.</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet: %1 Carnet keeps them in memory and tries again by itself.</source>
        <translation>Je laatste wijzigingen zijn nog niet opgeslagen: %1 Carnet houdt ze in het geheugen en probeert het zelf opnieuw.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Nog niet opgeslagen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Your changes are saved now.</source>
        <translation>Je wijzigingen zijn nu opgeslagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written since %1 are not saved yet.</source>
        <translation>
            <numerusform>%n notitie geschreven sinds %1 is nog niet opgeslagen.</numerusform>
            <numerusform>%n notities geschreven sinds %1 zijn nog niet opgeslagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made since %1 are not saved yet.</source>
        <translation>Wijzigingen sinds %1 zijn nog niet opgeslagen.</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Keep Carnet open: it keeps trying to save them. Or save an encrypted copy elsewhere (another disk, a USB key).</source>
        <translation>Als je nu afsluit, gaan ze verloren. Houd Carnet open: het blijft proberen ze op te slaan. Of sla ergens anders een versleutelde kopie op (een andere schijf, een USB-stick).</translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation>&amp;Afsluiten en ze verliezen</translation>
    </message>
    <message>
        <source>Locking keeps them in memory and Carnet keeps trying to save them; quitting Carnet before they are saved would lose them.</source>
        <translation>Vergrendelen houdt ze in het geheugen en Carnet blijft proberen ze op te slaan; Carnet afsluiten voor ze opgeslagen zijn, zou ze verloren laten gaan.</translation>
    </message>
    <message>
        <source>Save an encrypted copy &amp;elsewhere…</source>
        <translation>Versleutelde kopie &amp;elders opslaan…</translation>
    </message>
    <message>
        <source>&amp;Keep Carnet open</source>
        <translation>Carnet &amp;open houden</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuleren</translation>
    </message>
    <message>
        <source>Save an encrypted copy in this folder</source>
        <translation>Een versleutelde kopie in deze map opslaan</translation>
    </message>
    <message>
        <source>Encrypted copy saved</source>
        <translation>Versleutelde kopie opgeslagen</translation>
    </message>
    <message>
        <source>An encrypted copy with all your changes was saved as “%1” in %2. It opens with your passphrase.</source>
        <translation>Een versleutelde kopie met al je wijzigingen is opgeslagen als ‘%1’ in %2. Ze opent met je wachtwoordzin.</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Kopie opgeslagen</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Deze notitie verwijderen?</translation>
    </message>
    <message>
        <source>The entry will be deleted from the journal. You can restore it until you lock or close Carnet.</source>
        <translation>De notitie wordt uit het dagboek verwijderd. Je kunt ze terugzetten tot je Carnet vergrendelt of sluit.</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Notitie verwijderd</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>Contact noteren…</translation>
    </message>
    <message>
        <source>Open Carnet</source>
        <translation>Carnet openen</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <source>Unlock the journal first, then log the contact.</source>
        <translation>Ontgrendel eerst het dagboek en noteer dan het contact.</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact genoteerd</translation>
    </message>
    <message>
        <source>Check-in saved</source>
        <translation>Check-in opgeslagen</translation>
    </message>
    <message>
        <source>Another copy of this journal</source>
        <translation>Een andere kopie van dit dagboek</translation>
    </message>
    <message>
        <source>The passphrase this copy was last saved with (on the other computer):</source>
        <translation>De wachtwoordzin waarmee deze kopie laatst bewaard werd (op de andere computer):</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Sjabloon opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>Working hours saved; %n entries re-evaluated</source>
        <translation>
            <numerusform>Werkuren opgeslagen; %n notitie opnieuw beoordeeld</numerusform>
            <numerusform>Werkuren opgeslagen; %n notities opnieuw beoordeeld</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported</source>
        <translation>
            <numerusform>%n notitie geïmporteerd</numerusform>
            <numerusform>%n notities geïmporteerd</numerusform>
        </translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
</context>
<context>
    <name>MergeBanner</name>
    <message>
        <source>Enter its &amp;passphrase…</source>
        <translation>De &amp;wachtwoordzin ervan typen…</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Dit bericht sluiten</translation>
    </message>
    <message>
        <source>Merging another copy of this journal (made by your sync service)…</source>
        <translation>Een andere kopie van dit dagboek wordt samengevoegd (gemaakt door je synchronisatiedienst)…</translation>
    </message>
    <message>
        <source>Another copy of this journal was found (made by your sync service). Carnet merged it: %1.</source>
        <translation>Er is een andere kopie van dit dagboek gevonden (gemaakt door je synchronisatiedienst). Carnet heeft ze samengevoegd: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n other copies of this journal were found (made by your sync service). Carnet merged them: %1.</source>
        <translation>
            <numerusform>Er is %n andere kopie van dit dagboek gevonden (gemaakt door je synchronisatiedienst). Carnet heeft ze samengevoegd: %1.</numerusform>
            <numerusform>Er zijn %n andere kopieën van dit dagboek gevonden (gemaakt door je synchronisatiedienst). Carnet heeft ze samengevoegd: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of this journal are from before your passphrase changed, so they were not merged: they stay where they are. To compare, open one with its old passphrase (Open another journal…).</source>
        <translation>
            <numerusform>%n kopie van dit dagboek is van vóór je wachtwoordzin veranderde en werd dus niet samengevoegd: ze blijft waar ze is. Om te vergelijken open je ze met de oude wachtwoordzin (Ander dagboek openen…).</numerusform>
            <numerusform>%n kopieën van dit dagboek zijn van vóór je wachtwoordzin veranderde en werden dus niet samengevoegd: ze blijven waar ze zijn. Om te vergelijken open je er een met de oude wachtwoordzin (Ander dagboek openen…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other copies of this journal could not be merged (damaged, or written by a newer Carnet): they were left where they are.</source>
        <translation>
            <numerusform>%n andere kopie van dit dagboek kon niet worden samengevoegd (beschadigd, of geschreven door een nieuwere Carnet): ze is gelaten waar ze staat.</numerusform>
            <numerusform>%n andere kopieën van dit dagboek konden niet worden samengevoegd (beschadigd, of geschreven door een nieuwere Carnet): ze zijn gelaten waar ze staan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of this journal have another passphrase: enter it to merge them.</source>
        <translation>
            <numerusform>%n kopie van dit dagboek heeft een andere wachtwoordzin: typ die om ze samen te voegen.</numerusform>
            <numerusform>%n kopieën van dit dagboek hebben een andere wachtwoordzin: typ die om ze samen te voegen.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was merged stays available, still encrypted, in the folder “%1” beside your journal.</source>
        <translation>Wat samengevoegd is, blijft beschikbaar, nog altijd versleuteld, in de map ‘%1’ naast je dagboek.</translation>
    </message>
    <message>
        <source>When both copies changed an entry, the older version is kept as another entry with the same date.</source>
        <translation>Als beide kopieën een notitie wijzigden, wordt de oudere versie bewaard als een andere notitie met dezelfde datum.</translation>
    </message>
    <message>
        <source>When both copies changed another text (a dilemma, a supervision session, a placement…), both versions are kept: the older one follows the newer, under a line that says so.</source>
        <translation>Als beide kopieën een andere tekst wijzigden (een dilemma, een supervisiesessie, een stage…), worden beide versies bewaard: de oudere volgt op de nieuwere, onder een regel die dat zegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries added</source>
        <translation>
            <numerusform>%n notitie toegevoegd</numerusform>
            <numerusform>%n notities toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n bijgewerkt</numerusform>
            <numerusform>%n bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept twice because both copies changed it</source>
        <translation>
            <numerusform>%n twee keer bewaard omdat beide kopieën ze wijzigden</numerusform>
            <numerusform>%n twee keer bewaard omdat beide kopieën ze wijzigden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n verwijderd</numerusform>
            <numerusform>%n verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept although deleted in one copy, because the other copy changed it</source>
        <translation>
            <numerusform>%n bewaard hoewel verwijderd in één kopie, omdat de andere kopie ze wijzigde</numerusform>
            <numerusform>%n bewaard hoewel verwijderd in één kopie, omdat de andere kopie ze wijzigde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes (persons, dilemmas, limits, settings…)</source>
        <translation>
            <numerusform>%n andere wijziging (personen, dilemma&apos;s, grenzen, instellingen…)</numerusform>
            <numerusform>%n andere wijzigingen (personen, dilemma&apos;s, grenzen, instellingen…)</numerusform>
        </translation>
    </message>
    <message>
        <source>both copies held the same, nothing changed</source>
        <translation>beide kopieën bevatten hetzelfde, er is niets veranderd</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This passphrase does not open the journal. Check the keyboard layout and Caps Lock, then try again. If you have forgotten it, use your recovery code. If you are sure of it: a file changed by someone else would look just the same, and a backup can be tried.</source>
        <translation>Deze wachtwoordzin opent het dagboek niet. Controleer de toetsenbordindeling en Caps Lock en probeer het opnieuw. Ben je hem vergeten, gebruik dan je herstelcode. Weet je hem zeker: een bestand dat door iemand anders is gewijzigd, ziet er precies zo uit, en je kunt een back-up proberen.</translation>
    </message>
    <message>
        <source>This recovery code does not match the journal. Check each group of characters and try again.</source>
        <translation>Deze herstelcode hoort niet bij het dagboek. Controleer elke groep tekens en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This journal file is damaged or was modified by another program, so it cannot be opened. Nothing has been changed. You can open the newest backup that still works.</source>
        <translation>Dit dagboekbestand is beschadigd of door een ander programma gewijzigd, dus het kan niet worden geopend. Er is niets veranderd. Je kunt de nieuwste back-up openen die nog werkt.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Carnet. Install the latest version to open it.</source>
        <translation>Dit dagboek is opgeslagen met een nieuwere versie van Carnet. Installeer de nieuwste versie om het te openen.</translation>
    </message>
    <message>
        <source>This journal is already open in another Carnet window or in another session. Close it there first, then try again.</source>
        <translation>Dit dagboek is al geopend in een ander Carnet-venster of in een andere sessie. Sluit het daar eerst en probeer het dan opnieuw.</translation>
    </message>
    <message>
        <source>The journal file was changed by another program (for example a synchronisation service) since you opened it. Your latest changes were not written over it. Lock the journal and open it again.</source>
        <translation>Het dagboekbestand is door een ander programma gewijzigd (bijvoorbeeld een synchronisatiedienst) sinds je het opende. Je laatste wijzigingen zijn er niet overheen geschreven. Vergrendel het dagboek en open het opnieuw.</translation>
    </message>
    <message>
        <source>The journal file is no longer where it was opened from: it was moved or deleted, or its disk or USB key was removed. Put it back, or save an encrypted copy elsewhere.</source>
        <translation>Het dagboekbestand staat niet meer waar het geopend werd: het is verplaatst of verwijderd, of de schijf of USB-stick is losgekoppeld. Zet het terug, of sla ergens anders een versleutelde kopie op.</translation>
    </message>
    <message>
        <source>Another program (a synchronisation service or an antivirus) keeps the journal file open, so Carnet cannot replace it yet.</source>
        <translation>Een ander programma (een synchronisatiedienst of een antivirus) houdt het dagboekbestand open, dus Carnet kan het nog niet vervangen.</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it, then try again.</source>
        <translation>Het dagboek is vergrendeld. Ontgrendel het en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>This is an older copy of this journal, from before its passphrase was changed. Carnet never takes it in by itself: open it with the passphrase it had then to compare. Nothing has been changed.</source>
        <translation>Dit is een oudere kopie van dit dagboek, van voor de wijziging van de wachtwoordzin. Carnet neemt ze nooit vanzelf over: open ze met de wachtwoordzin van toen om te vergelijken. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>This cannot be done: the information given is not valid.</source>
        <translation>Dit kan niet: de opgegeven gegevens zijn niet geldig.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your journal on disk has not been changed.</source>
        <translation>Er is iets onverwachts misgegaan. Je dagboek op de schijf is niet gewijzigd.</translation>
    </message>
    <message>
        <source>The journal could not be read or written. Check that the disk is not full and that the folder is still available (a USB key may have been removed), then try again.</source>
        <translation>Het dagboek kon niet worden gelezen of opgeslagen. Controleer of de schijf niet vol is en of de map nog beschikbaar is (misschien is er een usb-stick verwijderd), en probeer het dan opnieuw.</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>Choose a moment: earlier today, yesterday evening, last Sunday evening… (Alt+Down)</source>
        <translation>Kies een moment: eerder vandaag, gisteravond, vorige zondagavond… (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>Choose a moment</source>
        <translation>Kies een moment</translation>
    </message>
    <message>
        <source>Not understood: try 21:30, 6/12 21:30 or yesterday 21:30</source>
        <translation>Niet begrepen: probeer 21:30, 6/12 21:30 of gisteren 21:30</translation>
    </message>
    <message>
        <source>Type for instance 21:30, 6/12 21:30 or yesterday 21:30; Down and Up step through recent moments.</source>
        <translation>Typ bijvoorbeeld 21:30, 6/12 21:30 of gisteren 21:30; met Omlaag en Omhoog overloop je recente momenten.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>An hour ago, %1</source>
        <translation>Een uur geleden, %1</translation>
    </message>
    <message>
        <source>This evening, %1</source>
        <translation>Vanavond, %1</translation>
    </message>
    <message>
        <source>This afternoon, %1</source>
        <translation>Vanmiddag, %1</translation>
    </message>
    <message>
        <source>This morning, %1</source>
        <translation>Vanmorgen, %1</translation>
    </message>
    <message>
        <source>Yesterday evening, %1</source>
        <translation>Gisteravond, %1</translation>
    </message>
    <message>
        <source>%1 evening, %2</source>
        <translation>%1avond, %2</translation>
    </message>
    <message>
        <source>Another day, on the calendar…</source>
        <translation>Een andere dag, in de kalender…</translation>
    </message>
</context>
<context>
    <name>OptionHeader</name>
    <message>
        <source>Key %1</source>
        <translation>Toets %1</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>not known yet</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <source>%1 not known yet</source>
        <translation>%1 nog niet bekend</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Nieuwe wachtwoordzin, nogmaals</translation>
    </message>
    <message numerus="yes">
        <source>A sentence only you know, at least %n characters</source>
        <translation>
            <numerusform>Een zin die alleen jij kent, minstens %n teken</numerusform>
            <numerusform>Een zin die alleen jij kent, minstens %n tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>T&amp;oon wat ik typ</translation>
    </message>
    <message>
        <source>Choose a longer passphrase: several words make a strong and memorable one.</source>
        <translation>Kies een langere wachtwoordzin: met meerdere woorden wordt hij sterk en makkelijk te onthouden.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtwoordzinnen zijn niet gelijk.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Te kort</translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation>Zwak: makkelijk te raden</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Sterkte: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>De twee wachtwoordzinnen zijn nog niet gelijk.</translation>
    </message>
</context>
<context>
    <name>PasteObjectivesDialog</name>
    <message>
        <source>Paste the school&apos;s list</source>
        <translation>De lijst van de school plakken</translation>
    </message>
    <message>
        <source>Paste the learning objectives from your school&apos;s document, one per line. Bullets and numbers are taken off; objectives already in your list are left out.</source>
        <translation>Plak de leerdoelen uit het document van je school, één per regel. Opsommingstekens en nummers worden weggehaald; leerdoelen die al in je lijst staan, worden overgeslagen.</translation>
    </message>
    <message>
        <source>The school&apos;s list of objectives</source>
        <translation>De lijst met leerdoelen van de school</translation>
    </message>
    <message>
        <source>Objectives that will be added</source>
        <translation>Leerdoelen die toegevoegd worden</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) will be added.</source>
        <translation>
            <numerusform>%n leerdoel wordt toegevoegd.</numerusform>
            <numerusform>%n leerdoelen worden toegevoegd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add yet.</source>
        <translation>Nog niets om toe te voegen.</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudoniem</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <source>Off-hours</source>
        <translation>Buiten uren</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Eerste</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Laatste</translation>
    </message>
    <message>
        <source>Persons, by pseudonym</source>
        <translation>Personen, met een pseudoniem</translation>
    </message>
    <message>
        <source>People appear here only by the pseudonyms you gave them. Never type a real name.</source>
        <translation>Mensen staan hier alleen onder de pseudoniemen die je ze gaf. Typ nooit een echte naam.</translation>
    </message>
    <message>
        <source>No one yet. When you write an entry about a person, under a pseudonym, they appear here with their contacts.</source>
        <translation>Nog niemand. Als je een notitie schrijft over een persoon, onder een pseudoniem, verschijnt die hier met de contacten.</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>&amp;Contact noteren…</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>He&amp;rnoemen</translation>
    </message>
    <message>
        <source>Private note about this person</source>
        <translation>Eigen aantekening over deze persoon</translation>
    </message>
    <message>
        <source>A private note (optional): what helps to remember the situation.</source>
        <translation>Een eigen aantekening (optioneel): wat je helpt om de situatie te onthouden.</translation>
    </message>
    <message>
        <source>Entries about this person</source>
        <translation>Notities over deze persoon</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudoniem:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Aantekening:</translation>
    </message>
    <message>
        <source>Choose a person in the list to see your note about them and every entry that names them.</source>
        <translation>Kies een persoon in de lijst om je aantekening over die persoon te zien en alle notities waarin die genoemd wordt.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>The people you work with, under the pseudonyms you gave them: their contacts, your note about them and the entries that name them.</source>
        <translation>De mensen met wie je werkt, onder de pseudoniemen die je ze gaf: hun contacten, je aantekening en de notities waarin ze genoemd worden.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>My placement</source>
        <translation>Mijn stage</translation>
    </message>
    <message>
        <source>Set up my placement</source>
        <translation>Mijn stage instellen</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Stageplaats</translation>
    </message>
    <message>
        <source>e.g. “youth service in my town”</source>
        <translation>bv. ‘jeugddienst in mijn gemeente’</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Begindatum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Einddatum</translation>
    </message>
    <message>
        <source>Tutor at the placement</source>
        <translation>Stagementor</translation>
    </message>
    <message>
        <source>A label, e.g. “tutor” or “Mrs V.”</source>
        <translation>Een aanduiding, bv. ‘mentor’ of ‘mevr. V.’</translation>
    </message>
    <message>
        <source>Supervisor at the school</source>
        <translation>Stagebegeleider van de school</translation>
    </message>
    <message>
        <source>A label, e.g. “school supervisor”</source>
        <translation>Een aanduiding, bv. ‘stagebegeleider’</translation>
    </message>
    <message>
        <source>Hours required by the school</source>
        <translation>Uren die de school vereist</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours suffix</comment>
        <translation> u</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>niet ingevuld</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Stageplaats:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Begint op:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Eindigt op:</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>Stage&amp;mentor:</translation>
    </message>
    <message>
        <source>School s&amp;upervisor:</source>
        <translation>Stagebegeleider s&amp;chool:</translation>
    </message>
    <message>
        <source>&amp;Required hours:</source>
        <translation>Vereiste &amp;uren:</translation>
    </message>
    <message>
        <source>Labels rather than full names: the portfolio leaves your journal. The end date and the required hours let Carnet show how your hours are going.</source>
        <translation>Liever aanduidingen dan volledige namen: het portfolio verlaat je dagboek. Met de einddatum en de vereiste uren kan Carnet tonen hoe je uren vorderen.</translation>
    </message>
    <message>
        <source>&amp;Delete this placement…</source>
        <translation>Deze stage &amp;verwijderen…</translation>
    </message>
    <message>
        <source>Name the institution of your placement (a label is enough).</source>
        <translation>Geef de stageplaats op (een aanduiding volstaat).</translation>
    </message>
    <message>
        <source>The end date comes before the start date.</source>
        <translation>De einddatum valt voor de begindatum.</translation>
    </message>
</context>
<context>
    <name>PlacementView</name>
    <message>
        <source>%1 h %2</source>
        <comment>hours and minutes</comment>
        <translation>%1 u %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>whole hours</comment>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>%1 done (no required hours set)</source>
        <translation>%1 gepresteerd (geen vereiste uren ingevuld)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 van %2 — %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>vanaf %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>tot %1</translation>
    </message>
    <message>
        <source>Placement portfolio</source>
        <translation>Stageportfolio</translation>
    </message>
    <message>
        <source>For trainees: note your placement, log your hours day by day, link your reflections to the school&apos;s learning objectives, and export the portfolio for your school, names replaced by pseudonyms.</source>
        <translation>Voor stagiairs: noteer je stage, houd je uren dag per dag bij, koppel je reflecties aan de leerdoelen van de school, en exporteer het portfolio voor je school, met namen vervangen door pseudoniemen.</translation>
    </message>
    <message>
        <source>Not on placement? You can ignore this page: nothing in the rest of Carnet needs it.</source>
        <translation>Niet op stage? Dan kun je deze pagina negeren: niets in de rest van Carnet heeft ze nodig.</translation>
    </message>
    <message>
        <source>&amp;Set up my placement…</source>
        <translation>Mijn stage &amp;instellen…</translation>
    </message>
    <message>
        <source>Placement shown</source>
        <translation>Getoonde stage</translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation>&amp;Stage:</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Institution, dates, tutor, school supervisor, required hours</source>
        <translation>Stageplaats, datums, stagementor, stagebegeleider van de school, vereiste uren</translation>
    </message>
    <message>
        <source>A&amp;nother placement…</source>
        <translation>&amp;Nog een stage…</translation>
    </message>
    <message>
        <source>E&amp;xport the portfolio…</source>
        <translation>Portfolio e&amp;xporteren…</translation>
    </message>
    <message>
        <source>A PDF or Markdown file for the school, after checking what could identify someone</source>
        <translation>Een pdf- of Markdown-bestand voor de school, na controle van wat iemand herkenbaar kan maken</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Uren</translation>
    </message>
    <message>
        <source>&amp;Objectives and reflections</source>
        <translation>&amp;Leerdoelen en reflecties</translation>
    </message>
    <message>
        <source>Self-e&amp;valuation</source>
        <translation>&amp;Zelfevaluatie</translation>
    </message>
    <message>
        <source>Your hours, your learning objectives and your self-evaluation, for the school.</source>
        <translation>Je uren, je leerdoelen en je zelfevaluatie, voor de school.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Hours done that day</source>
        <translation>Gepresteerde uren die dag</translation>
    </message>
    <message>
        <source>7.5 or 7h30</source>
        <translation>7,5 of 7:30</translation>
    </message>
    <message>
        <source>Note for that day (optional)</source>
        <translation>Opmerking voor die dag (optioneel)</translation>
    </message>
    <message>
        <source>optional, e.g. “team meeting”</source>
        <translation>optioneel, bv. ‘teamvergadering’</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Vastleggen</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>Da&amp;g:</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>U&amp;ren:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Opmer&amp;king:</translation>
    </message>
    <message>
        <source>Days logged, newest first; hours and notes can be edited</source>
        <translation>Vastgelegde dagen, nieuwste eerst; uren en opmerkingen kun je wijzigen</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>&amp;Remove this day</source>
        <translation>Deze dag &amp;wissen</translation>
    </message>
    <message>
        <source>The school&apos;s learning o&amp;bjectives:</source>
        <translation>Leerdoel&amp;en van de school:</translation>
    </message>
    <message>
        <source>Learning objectives, in the school&apos;s order</source>
        <translation>Leerdoelen, in de volgorde van de school</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen objective.</source>
        <translation>Alt+Omhoog en Alt+Omlaag verplaatsen het gekozen leerdoel.</translation>
    </message>
    <message>
        <source>A new objective</source>
        <translation>Een nieuw leerdoel</translation>
    </message>
    <message>
        <source>Type an objective and press Enter</source>
        <translation>Typ een leerdoel en druk op Enter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Paste the school&apos;s list…</source>
        <translation>Schoollijst &amp;plakken…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Wijzigen…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>Move the objective up</source>
        <translation>Het leerdoel omhoog verplaatsen</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Omhoog (Alt+Omhoog)</translation>
    </message>
    <message>
        <source>Move the objective down</source>
        <translation>Het leerdoel omlaag verplaatsen</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Omlaag (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>Entries that show the chosen objective (Enter opens one)</source>
        <translation>Notities die het gekozen leerdoel tonen (Enter opent er een)</translation>
    </message>
    <message>
        <source>&amp;Link an entry…</source>
        <translation>Notitie &amp;koppelen…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Ontkoppelen</translation>
    </message>
    <message>
        <source>The entry stays in your journal; it no longer shows this objective</source>
        <translation>De notitie blijft in je dagboek; ze toont dit leerdoel niet meer</translation>
    </message>
    <message>
        <source>Unlink this entry from the objective</source>
        <translation>Deze notitie loskoppelen van het leerdoel</translation>
    </message>
    <message>
        <source>Template of the reflection</source>
        <translation>Sjabloon van de reflectie</translation>
    </message>
    <message>
        <source>&amp;Write it</source>
        <translation>Sc&amp;hrijven</translation>
    </message>
    <message>
        <source>A new entry with the template&apos;s questions, linked to this objective</source>
        <translation>Een nieuwe notitie met de vragen van het sjabloon, gekoppeld aan dit leerdoel</translation>
    </message>
    <message>
        <source>Write a reflection for this objective</source>
        <translation>Een reflectie schrijven bij dit leerdoel</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>S&amp;jabloon:</translation>
    </message>
    <message>
        <source>How you see your progress: what you can do now, against the objectives, and what you still want to learn. It closes the exported portfolio.</source>
        <translation>Hoe je je vooruitgang ziet: wat je nu kunt, tegenover de leerdoelen, en wat je nog wilt leren. Ze sluit het geëxporteerde portfolio af.</translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>Zelfevaluatie</translation>
    </message>
    <message>
        <source>tutor: %1</source>
        <translation>stagementor: %1</translation>
    </message>
    <message>
        <source>school supervisor: %1</source>
        <translation>stagebegeleider school: %1</translation>
    </message>
    <message>
        <source>%1 required</source>
        <translation>%1 vereist</translation>
    </message>
    <message>
        <source>add the dates and the required hours with Details…</source>
        <translation>vul de datums en de vereiste uren in met Details…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) logged</source>
        <translation>
            <numerusform>%n dag vastgelegd</numerusform>
            <numerusform>%n dagen vastgelegd</numerusform>
        </translation>
    </message>
    <message>
        <source>This month: %1 · this week: %2 · %3</source>
        <translation>Deze maand: %1 · deze week: %2 · %3</translation>
    </message>
    <message>
        <source>With an end date and the required hours (Details…), the chart also shows a steady pace to the end.</source>
        <translation>Met een einddatum en de vereiste uren (Details…) toont de grafiek ook een regelmatig tempo tot het einde.</translation>
    </message>
    <message>
        <source>The required hours are done.</source>
        <translation>De vereiste uren zijn gepresteerd.</translation>
    </message>
    <message>
        <source>At a steady pace from the first day to the last, you would have about %1 by today; %2 remain.</source>
        <translation>In een regelmatig tempo van de eerste tot de laatste dag zou je vandaag ongeveer %1 hebben; er blijft %2 over.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By month: %1</source>
        <translation>Per maand: %1</translation>
    </message>
    <message>
        <source>No hours logged yet: type the hours of a day above and press Enter.</source>
        <translation>Nog geen uren vastgelegd: typ hierboven de uren van een dag en druk op Enter.</translation>
    </message>
    <message>
        <source>Already logged that day: %1. Logging it again replaces it; 0 removes it.</source>
        <translation>Die dag al vastgelegd: %1. Opnieuw vastleggen vervangt het; 0 wist het.</translation>
    </message>
    <message>
        <source>Hours as 7.5, 7,5, 7:30 or 7h30. Enter logs them.</source>
        <translation>Uren als 7.5, 7,5, 7:30 of 7h30. Enter legt ze vast.</translation>
    </message>
    <message>
        <source>These hours cannot be read: write them as 7.5, 7,5, 7:30 or 7h30.</source>
        <translation>Deze uren kunnen niet worden gelezen: schrijf ze als 7.5, 7,5, 7:30 of 7h30.</translation>
    </message>
    <message>
        <source>A day has at most 24 hours.</source>
        <translation>Een dag heeft hoogstens 24 uur.</translation>
    </message>
    <message>
        <source>Type the hours done that day, e.g. 7.5 or 7h30.</source>
        <translation>Typ de gepresteerde uren van die dag, bv. 7,5 of 7:30.</translation>
    </message>
    <message>
        <source>%1 logged for %2</source>
        <translation>%1 vastgelegd voor %2</translation>
    </message>
    <message>
        <source>No more hours on %1</source>
        <translation>Geen uren meer op %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflectie</numerusform>
            <numerusform>%n reflecties</numerusform>
        </translation>
    </message>
    <message>
        <source>no reflection yet</source>
        <translation>nog geen reflectie</translation>
    </message>
    <message>
        <source>The school&apos;s learning o&amp;bjectives (none yet: type them below, or paste the school&apos;s list):</source>
        <translation>Leerdoel&amp;en van de school (nog geen: typ ze hieronder, of plak de lijst van de school):</translation>
    </message>
    <message>
        <source>Choose an objective to see the reflections that show it.</source>
        <translation>Kies een leerdoel om de reflecties te zien die het tonen.</translation>
    </message>
    <message>
        <source>Reflections that show objective %1 (Enter opens one):</source>
        <translation>Reflecties die leerdoel %1 tonen (Enter opent er een):</translation>
    </message>
    <message>
        <source>No reflection shows objective %1 yet: link an entry, or write one.</source>
        <translation>Nog geen reflectie toont leerdoel %1: koppel een notitie, of schrijf er een.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this entry</source>
        <translation>Druk op Enter of dubbelklik om deze notitie te openen</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) added</source>
        <translation>
            <numerusform>%n leerdoel toegevoegd</numerusform>
            <numerusform>%n leerdoelen toegevoegd</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the objective</source>
        <translation>Het leerdoel wijzigen</translation>
    </message>
    <message>
        <source>Objective %1:</source>
        <translation>Leerdoel %1:</translation>
    </message>
    <message>
        <source>Remove the objective</source>
        <translation>Het leerdoel verwijderen</translation>
    </message>
    <message numerus="yes">
        <source>Remove objective %1? The %n entry(ies) linked to it stay in your journal.</source>
        <translation>
            <numerusform>Leerdoel %1 verwijderen? De %n gekoppelde notitie blijft in je dagboek.</numerusform>
            <numerusform>Leerdoel %1 verwijderen? De %n gekoppelde notities blijven in je dagboek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Delete the placement</source>
        <translation>De stage verwijderen</translation>
    </message>
    <message>
        <source>Delete the placement at %1, with its hours, objectives and self-evaluation? The entries of your journal stay.</source>
        <translation>De stage bij %1 verwijderen, met de uren, leerdoelen en zelfevaluatie? De notities in je dagboek blijven.</translation>
    </message>
    <message>
        <source>placement-portfolio</source>
        <translation>stageportfolio</translation>
    </message>
    <message>
        <source>Portfolio exported</source>
        <translation>Portfolio geëxporteerd</translation>
    </message>
</context>
<context>
    <name>PromptBanner</name>
    <message>
        <source>&amp;Write about it</source>
        <translation>&amp;Erover schrijven</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>&amp;Niet nu</translation>
    </message>
    <message>
        <source>Set this question aside</source>
        <translation>Deze vraag opzijleggen</translation>
    </message>
    <message>
        <source>It is time for your check-in: a few questions on how you are doing, about three minutes. Only you will see the answers.</source>
        <translation>Tijd voor je check-in: een paar vragen over hoe het met je gaat, ongeveer drie minuten. Alleen jij ziet de antwoorden.</translation>
    </message>
    <message>
        <source>You can change how often in Questions and reminder.</source>
        <translation>Hoe vaak, kun je wijzigen in Vragen en herinnering.</translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation>Nu een &amp;check-in doen</translation>
    </message>
    <message>
        <source>A question for you: %1</source>
        <translation>Een vraag voor jou: %1</translation>
    </message>
    <message>
        <source>Drawn from the report on social work, section %1</source>
        <translation>Uit het rapport over sociaal werk, deel %1</translation>
    </message>
</context>
<context>
    <name>PromptSettingsDialog</name>
    <message>
        <source>Questions and reminder</source>
        <translation>Vragen en herinnering</translation>
    </message>
    <message>
        <source>Check-ins on how you are doing</source>
        <translation>Check-ins over hoe het met je gaat</translation>
    </message>
</context>
<context>
    <name>PromptSettingsWidget</name>
    <message>
        <source>&amp;Ask me a question from time to time</source>
        <translation>Me &amp;af en toe een vraag stellen</translation>
    </message>
    <message>
        <source>Themes of the questions</source>
        <translation>Thema&apos;s van de vragen</translation>
    </message>
    <message>
        <source>Number of off-hours contacts</source>
        <translation>Aantal contacten buiten de werkuren</translation>
    </message>
    <message>
        <source>Within this many days</source>
        <translation>Binnen zoveel dagen</translation>
    </message>
    <message>
        <source>Days without news of a dilemma</source>
        <translation>Dagen zonder nieuws over een dilemma</translation>
    </message>
    <message>
        <source>Number of heavy entries in a row</source>
        <translation>Aantal zware notities na elkaar</translation>
    </message>
    <message>
        <source>Emotional weight counted as heavy</source>
        <translation>Emotionele belasting die als zwaar telt</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Days without an entry</source>
        <translation>Dagen zonder notitie</translation>
    </message>
    <message>
        <source>Day of the end-of-week review</source>
        <translation>Dag van de weekterugblik</translation>
    </message>
    <message>
        <source>Time of the end-of-week review</source>
        <translation>Tijdstip van de weekterugblik</translation>
    </message>
    <message>
        <source>When Carnet asks</source>
        <translation>Wanneer Carnet een vraag stelt</translation>
    </message>
    <message>
        <source>&amp;Off-hours contacts:</source>
        <translation>Contacten &amp;buiten de werkuren:</translation>
    </message>
    <message>
        <source>or more within</source>
        <translation>of meer binnen</translation>
    </message>
    <message>
        <source>A dilemma &amp;without news for:</source>
        <translation>Een dilemma &amp;zonder nieuws gedurende:</translation>
    </message>
    <message>
        <source>&amp;Heavy entries in a row:</source>
        <translation>Zware &amp;notities na elkaar:</translation>
    </message>
    <message>
        <source>weighing at least</source>
        <translation>met een belasting van minstens</translation>
    </message>
    <message>
        <source>No &amp;entry for:</source>
        <translation>&amp;Geen notitie gedurende:</translation>
    </message>
    <message>
        <source>End-of-week &amp;review from:</source>
        <translation>&amp;Weekterugblik vanaf:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>om</translation>
    </message>
    <message>
        <source>Restore the &amp;defaults</source>
        <translation>&amp;Standaardwaarden terugzetten</translation>
    </message>
    <message>
        <source>Remind me &amp;every day at</source>
        <translation>Me &amp;elke dag herinneren om</translation>
    </message>
    <message>
        <source>Time of the daily reminder</source>
        <translation>Tijdstip van de dagelijkse herinnering</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Dagelijkse herinnering</translation>
    </message>
    <message>
        <source>A message in the notification area that only says “Carnet has a question for you”: never anything from your journal, as it may show on a locked screen.</source>
        <translation>Een melding in het meldingengebied die alleen zegt ‘Carnet heeft een vraag voor je’: nooit iets uit je dagboek, want ze kan op een vergrendeld scherm verschijnen.</translation>
    </message>
    <message>
        <source> day</source>
        <translation> dag</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
</context>
<context>
    <name>PromptThemes</name>
    <message>
        <source>Contacts outside working hours</source>
        <translation>Contacten buiten de werkuren</translation>
    </message>
    <message>
        <source>Going beyond the frame</source>
        <translation>Buiten het kader gaan</translation>
    </message>
    <message>
        <source>My limits</source>
        <translation>Mijn grenzen</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemma&apos;s</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Werkdruk</translation>
    </message>
    <message>
        <source>Emotional load</source>
        <translation>Emotionele belasting</translation>
    </message>
    <message>
        <source>Support from others</source>
        <translation>Steun van anderen</translation>
    </message>
    <message>
        <source>Meaning of the work</source>
        <translation>Zin van het werk</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Wat goed ging</translation>
    </message>
    <message>
        <source>Rhythm and rest</source>
        <translation>Ritme en rust</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisie</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Contact noteren</translation>
    </message>
    <message>
        <source>Person, by pseudonym</source>
        <translation>Persoon, met een pseudoniem</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <source>Pseudonym, e.g. Mrs R.</source>
        <translation>Pseudoniem, bv. mevr. R.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <source>Kept private (not shared with the team)</source>
        <translation>Niet gedeeld met het team</translation>
    </message>
    <message>
        <source>Out of frame (beyond the mandate or the rules)</source>
        <translation>Buiten het kader (buiten de opdracht of de regels)</translation>
    </message>
    <message>
        <source>One line: what it was about</source>
        <translation>Eén regel: waarover het ging</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>W&amp;hen did it happen?</source>
        <translation>W&amp;anneer gebeurde het?</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <source>Give at least a pseudonym or a subject.</source>
        <translation>Geef minstens een pseudoniem of een onderwerp op.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Wie:</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Wanneer gebeurde het?</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duur:</translation>
    </message>
    <message>
        <source>Pseudonyms only: never a real name.</source>
        <translation>Alleen pseudoniemen: nooit een echte naam.</translation>
    </message>
</context>
<context>
    <name>RaiseDilemmaDialog</name>
    <message>
        <source>This raises a dilemma</source>
        <translation>Dit roept een dilemma op</translation>
    </message>
    <message>
        <source>&amp;Add it to a dilemma I already follow:</source>
        <translation>&amp;Toevoegen aan een dilemma dat ik al volg:</translation>
    </message>
    <message>
        <source>Dilemmas I follow</source>
        <translation>Dilemma&apos;s die ik volg</translation>
    </message>
    <message>
        <source>&amp;Open a new dilemma:</source>
        <translation>Een &amp;nieuw dilemma openen:</translation>
    </message>
    <message>
        <source>Title of the new dilemma</source>
        <translation>Titel van het nieuwe dilemma</translation>
    </message>
    <message>
        <source>In a few words, e.g. “Lending money to A.”</source>
        <translation>In een paar woorden, bv. ‘Geld uitlenen aan A.’</translation>
    </message>
    <message>
        <source>Kinds of question</source>
        <translation>Soorten dilemma&apos;s</translation>
    </message>
    <message>
        <source>Which kinds of question does it raise?</source>
        <translation>Welke soorten dilemma&apos;s roept het op?</translation>
    </message>
    <message>
        <source>Choose the dilemma to add it to.</source>
        <translation>Kies het dilemma waaraan je het wilt toevoegen.</translation>
    </message>
    <message>
        <source>Give the new dilemma a title.</source>
        <translation>Geef het nieuwe dilemma een titel.</translation>
    </message>
    <message>
        <source>Tick at least one kind of question it raises.</source>
        <translation>Vink minstens één soort dilemma aan die het oproept.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Kies een nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <source>Type your recovery code (the newest one, if you have made a new one since), then choose a new passphrase. Your entries stay as they are; you will get a new recovery code.</source>
        <translation>Typ je herstelcode (de nieuwste, als je er sindsdien een nieuwe hebt gemaakt) en kies dan een nieuwe wachtwoordzin. Je notities blijven zoals ze zijn; je krijgt een nieuwe herstelcode.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>H&amp;erstelcode:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Set the &amp;new passphrase</source>
        <translation>Nieuwe wachtwoordzin &amp;instellen</translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation>Typ je herstelcode.</translation>
    </message>
    <message>
        <source>Setting your new passphrase…</source>
        <translation>Je nieuwe wachtwoordzin wordt ingesteld…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Je herstelcode</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase. It is shown only this once. Write it on paper and keep it somewhere safe, away from this computer.</source>
        <translation>Met deze code open je je dagboek als je je wachtwoordzin vergeet. Hij wordt maar deze ene keer getoond. Schrijf hem op papier en bewaar hem op een veilige plek, weg van deze computer.</translation>
    </message>
    <message>
        <source>If both the passphrase and this code are lost, nobody can open the journal again.</source>
        <translation>Als je zowel de wachtwoordzin als deze code kwijt bent, kan niemand het dagboek nog openen.</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Save as &amp;PDF to print…</source>
        <translation>Opslaan als &amp;pdf om af te drukken…</translation>
    </message>
    <message>
        <source>I have &amp;written it down somewhere safe</source>
        <translation>Ik heb hem &amp;opgeschreven en veilig bewaard</translation>
    </message>
    <message>
        <source>&amp;Continue to my journal</source>
        <translation>&amp;Verder naar mijn dagboek</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Herstelcode: %1</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be emptied in one minute.</source>
        <translation>Gekopieerd. Het klembord wordt over een minuut leeggemaakt.</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>Herstelcode opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Pdf-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>carnet-recovery-code.pdf</source>
        <translation>carnet-herstelcode.pdf</translation>
    </message>
    <message>
        <source>Carnet: recovery code</source>
        <translation>Carnet: herstelcode</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase. Keep this sheet somewhere safe, away from the computer. Anyone with this code and the journal file can read your journal.</source>
        <translation>Met deze code open je je dagboek als je je wachtwoordzin vergeet. Bewaar dit blad op een veilige plek, weg van de computer. Wie deze code en het dagboekbestand heeft, kan je dagboek lezen.</translation>
    </message>
    <message>
        <source>Saved. Print it, then delete the PDF file.</source>
        <translation>Opgeslagen. Druk het af en verwijder daarna het pdf-bestand.</translation>
    </message>
</context>
<context>
    <name>SaveProblemBar</name>
    <message>
        <source>Save an encrypted copy &amp;elsewhere…</source>
        <translation>Versleutelde kopie &amp;elders opslaan…</translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation>Nu &amp;opnieuw proberen</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Working hours</source>
        <translation>Werkuren</translation>
    </message>
    <message>
        <source>Carnet uses your working hours to tell which contacts happened outside them. Write each day&apos;s hours as ranges, such as 08:30-12:30, 13:30-17:00; leave a day empty when you do not work.</source>
        <translation>Carnet gebruikt je werkuren om te zien welke contacten erbuiten vielen. Schrijf de uren van elke dag als tijdvakken, zoals 08:30-12:30, 13:30-17:00; laat een dag leeg als je dan niet werkt.</translation>
    </message>
    <message>
        <source>A range that ends before it starts, such as 22:00-06:00 on Friday, is a night: it belongs to Friday and runs into Saturday morning.</source>
        <translation>Een blok dat eindigt voor het begint, zoals 22:00-06:00 op vrijdag, is een nacht: het hoort bij vrijdag en loopt door tot zaterdagochtend.</translation>
    </message>
    <message>
        <source>&amp;Full time</source>
        <translation>&amp;Voltijds</translation>
    </message>
    <message>
        <source>4/5 (&amp;Wednesday off)</source>
        <translation>4/5 (&amp;woensdag vrij)</translation>
    </message>
    <message>
        <source>&amp;Half time, mornings</source>
        <translation>&amp;Halftijds, &apos;s morgens</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>vrije dag</translation>
    </message>
    <message>
        <source>Working hours on %1</source>
        <translation>Werkuren op %1</translation>
    </message>
    <message>
        <source>Belgian public holidays are days off</source>
        <translation>Belgische feestdagen zijn vrije dagen</translation>
    </message>
    <message>
        <source>Public holidays; untick one you work on</source>
        <translation>Feestdagen; vink een dag uit als je dan werkt</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Feestdagen</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Verlof</translation>
    </message>
    <message>
        <source>Leave periods</source>
        <translation>Verlofperiodes</translation>
    </message>
    <message>
        <source>First day of leave</source>
        <translation>Eerste verlofdag</translation>
    </message>
    <message>
        <source>Last day of leave</source>
        <translation>Laatste verlofdag</translation>
    </message>
    <message>
        <source>&amp;Add leave</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ve&amp;rwijderen</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>to</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>These hours apply to</source>
        <translation>Deze uren gelden voor</translation>
    </message>
    <message>
        <source>All my entries, earlier ones too</source>
        <translation>Al mijn notities, ook de eerdere</translation>
    </message>
    <message>
        <source>Entries from this date on:</source>
        <translation>Notities vanaf deze datum:</translation>
    </message>
    <message>
        <source>Date from which these hours apply</source>
        <translation>Datum vanaf wanneer deze uren gelden</translation>
    </message>
    <message>
        <source>Off-hours flags you set by hand are never changed.</source>
        <translation>Vakjes ‘Buiten de werkuren’ die je zelf hebt aan- of uitgevinkt, worden nooit gewijzigd.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 tot %2</translation>
    </message>
    <message>
        <source>%1: write the hours as ranges such as 08:30-12:30, 13:30-17:00.</source>
        <translation>%1: schrijf de uren als tijdvakken, zoals 08:30-12:30, 13:30-17:00.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Individual supervision</source>
        <translation>Individuele supervisie</translation>
    </message>
    <message>
        <source>Group supervision</source>
        <translation>Groepssupervisie</translation>
    </message>
    <message>
        <source>Intervision (between peers)</source>
        <translation>Intervisie (tussen collega&apos;s)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Dilemma</source>
        <translation>Dilemma</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Opvolging</translation>
    </message>
    <message>
        <source>Record a supervision session</source>
        <translation>Een supervisiesessie noteren</translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation>Dag van de sessie</translation>
    </message>
    <message>
        <source>e.g. my supervisor, the team</source>
        <translation>bv. mijn supervisor, het team</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Soort sessie</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Wat er besproken is</translation>
    </message>
    <message>
        <source>What came out of it</source>
        <translation>Wat eruit voortkwam</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>&amp;With whom:</source>
        <translation>Met &amp;wie:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>What was di&amp;scussed:</source>
        <translation>Wat er &amp;besproken is:</translation>
    </message>
    <message>
        <source>What came &amp;out of it:</source>
        <translation>Wat eruit &amp;voortkwam:</translation>
    </message>
    <message>
        <source>Agenda items discussed; untick those that were not</source>
        <translation>Besproken agendapunten; vink uit wat niet besproken is</translation>
    </message>
    <message>
        <source>Nothing is on the agenda: the session is recorded with what you write.</source>
        <translation>Er staat niets op de agenda: de sessie wordt genoteerd met wat je schrijft.</translation>
    </message>
    <message>
        <source>Where the discussed dilemmas stand now:</source>
        <translation>Waar de besproken dilemma&apos;s nu staan:</translation>
    </message>
    <message>
        <source>Follow-ups, one per line</source>
        <translation>Opvolging, één punt per regel</translation>
    </message>
    <message>
        <source>One per line: they go on the next agenda</source>
        <translation>Eén per regel: ze komen op de volgende agenda</translation>
    </message>
    <message>
        <source>Agenda items dis&amp;cussed:</source>
        <translation>Besproken &amp;agendapunten:</translation>
    </message>
    <message>
        <source>&amp;Follow-ups for next time:</source>
        <translation>&amp;Opvolging voor de volgende keer:</translation>
    </message>
    <message>
        <source>&amp;Record the session</source>
        <translation>Sessie &amp;noteren</translation>
    </message>
    <message>
        <source>Where “%1” stands now</source>
        <translation>Waar ‘%1’ nu staat</translation>
    </message>
    <message>
        <source>Write what was discussed, or tick what was discussed on the agenda.</source>
        <translation>Schrijf wat er besproken is, of vink aan wat er van de agenda besproken is.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the journal after this many minutes without activity</source>
        <translation>Het dagboek vergrendelen na zoveel minuten zonder activiteit</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Zoals het systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoog contrast</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Vergrendelen na:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hema:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Carnet.</source>
        <translation>Een nieuwe taal wordt gebruikt vanaf de volgende keer dat je Carnet start.</translation>
    </message>
</context>
<context>
    <name>SupervisionView</name>
    <message>
        <source>What you want to bring to supervision, in the order you want to bring it. Drag an item, or use Alt+Up and Alt+Down, to change the order.</source>
        <translation>Wat je naar de supervisie wilt meenemen, in de volgorde waarin je het wilt brengen. Sleep een punt, of gebruik Alt+Omhoog en Alt+Omlaag, om de volgorde te wijzigen.</translation>
    </message>
    <message>
        <source>The agenda, in order</source>
        <translation>De agenda, in volgorde</translation>
    </message>
    <message>
        <source>Nothing to bring yet. An entry comes here when you mark it “for supervision”; a dilemma when you set it to “to bring to supervision”. You can also add a reminder of your own below.</source>
        <translation>Nog niets om mee te nemen. Een notitie komt hier als je ze markeert voor ‘Supervisie’; een dilemma als je het op ‘Om mee te nemen naar de supervisie’ zet. Je kunt hieronder ook een eigen geheugensteun toevoegen.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Earlier on the agenda (Alt+Up)</source>
        <translation>Eerder op de agenda (Alt+Omhoog)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>Later on the agenda (Alt+Down)</source>
        <translation>Later op de agenda (Alt+Omlaag)</translation>
    </message>
    <message>
        <source>&amp;Take off the agenda</source>
        <translation>Van de agenda &amp;afhalen</translation>
    </message>
    <message>
        <source>The entry is no longer marked for supervision; the dilemma goes back to where it stood before (Delete)</source>
        <translation>De notitie is niet meer gemarkeerd voor supervisie; het dilemma gaat terug naar waar het eerder stond (Delete)</translation>
    </message>
    <message>
        <source>A reminder of my own, to add to the agenda</source>
        <translation>Een eigen geheugensteun, om aan de agenda toe te voegen</translation>
    </message>
    <message>
        <source>A reminder of my own</source>
        <translation>Een eigen geheugensteun</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>The question I want to bring</source>
        <translation>De vraag die ik wil meebrengen</translation>
    </message>
    <message>
        <source>What do I want to understand, decide or hear about this?</source>
        <translation>Wat wil ik hierover begrijpen, beslissen of horen?</translation>
    </message>
    <message>
        <source>The &amp;question I want to bring:</source>
        <translation>De &amp;vraag die ik wil meebrengen:</translation>
    </message>
    <message>
        <source>&amp;Prepare the brief…</source>
        <translation>&amp;Nota voorbereiden…</translation>
    </message>
    <message>
        <source>Check what could identify someone, then save the agenda as a PDF or Markdown file</source>
        <translation>Controleren wat iemand herkenbaar kan maken, en de agenda dan opslaan als pdf- of Markdown-bestand</translation>
    </message>
    <message>
        <source>&amp;Record a session…</source>
        <translation>Een &amp;sessie noteren…</translation>
    </message>
    <message>
        <source>After the session: what was discussed, what came out of it, and what to bring next time</source>
        <translation>Na de sessie: wat er besproken is, wat eruit voortkwam, en wat je de volgende keer meebrengt</translation>
    </message>
    <message>
        <source>Sessions held, the most recent first</source>
        <translation>Gehouden sessies, de recentste eerst</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>The session chosen</source>
        <translation>De gekozen sessie</translation>
    </message>
    <message>
        <source>No session recorded yet. After a session, “Record a session…” keeps what was discussed and what came out of it.</source>
        <translation>Nog geen sessie genoteerd. Na een sessie bewaart ‘Een sessie noteren…’ wat er besproken is en wat eruit voortkwam.</translation>
    </message>
    <message>
        <source>How often each kind of dilemma was brought</source>
        <translation>Hoe vaak elke soort dilemma is meegebracht</translation>
    </message>
    <message>
        <source>Kind of dilemma</source>
        <translation>Soort dilemma</translation>
    </message>
    <message>
        <source>Times brought</source>
        <translation>Keer meegebracht</translation>
    </message>
    <message>
        <source>Last brought</source>
        <translation>Laatst meegebracht</translation>
    </message>
    <message>
        <source>No dilemma discussed in a session yet.</source>
        <translation>Nog geen dilemma besproken in een sessie.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>Kinds of dilemma brought</source>
        <translation>Soorten meegebrachte dilemma&apos;s</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisie</translation>
    </message>
    <message>
        <source>Prepare what you bring to supervision, and keep what came out of each session.</source>
        <translation>Bereid voor wat je meeneemt naar supervisie, en bewaar wat elke sessie opleverde.</translation>
    </message>
    <message>
        <source>No question written yet</source>
        <translation>Nog geen vraag geschreven</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Agenda (%1)</translation>
    </message>
    <message>
        <source>no question yet</source>
        <translation>nog geen vraag</translation>
    </message>
    <message>
        <source>added today</source>
        <translation>vandaag toegevoegd</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n day(s)</source>
        <translation>
            <numerusform>wacht al %n dag</numerusform>
            <numerusform>wacht al %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Geschiedenis (%1)</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Met: %1</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Wat er besproken is</translation>
    </message>
    <message>
        <source>What came out of it</source>
        <translation>Wat eruit voortkwam</translation>
    </message>
    <message>
        <source>From the agenda</source>
        <translation>Agendapunten</translation>
    </message>
    <message>
        <source>Follow-ups for next time</source>
        <translation>Opvolging voor de volgende keer</translation>
    </message>
    <message>
        <source>&amp;Open the entry</source>
        <translation>Notitie &amp;openen</translation>
    </message>
    <message>
        <source>&amp;Open the dilemma</source>
        <translation>Dilemma &amp;openen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation>Van de agenda afhalen</translation>
    </message>
    <message>
        <source>Take “%1” off the agenda? The question written for it goes with it.</source>
        <translation>‘%1’ van de agenda afhalen? De vraag die je erbij schreef, verdwijnt mee.</translation>
    </message>
    <message>
        <source>supervision-%1</source>
        <comment>file name of the brief; %1 is the date</comment>
        <translation>supervisie-%1</translation>
    </message>
    <message>
        <source>Brief saved (not encrypted)</source>
        <translation>Nota opgeslagen (niet versleuteld)</translation>
    </message>
    <message>
        <source>Session recorded</source>
        <translation>Sessie genoteerd</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your journal</source>
        <translation>Je dagboek ontgrendelen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <source>Open the newest &amp;backup that works</source>
        <translation>Nieuwste &amp;werkende back-up openen</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>Wachtwoordzin &amp;vergeten?</translation>
    </message>
    <message>
        <source>Open &amp;another journal…</source>
        <translation>&amp;Ander dagboek openen…</translation>
    </message>
    <message>
        <source>Create a &amp;new journal</source>
        <translation>&amp;Nieuw dagboek aanmaken</translation>
    </message>
    <message>
        <source>E&amp;xplore the example journal</source>
        <translation>Het voorbeelddagboek &amp;verkennen</translation>
    </message>
    <message>
        <source>A few months of fictional practice, to see how Carnet works</source>
        <translation>Een paar maanden fictieve praktijk, om te zien hoe Carnet werkt</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Dagboek: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
    </message>
</context>
<context>
    <name>VisibleDialog</name>
    <message>
        <source>Make my work visible</source>
        <translation>Mijn werk zichtbaar maken</translation>
    </message>
    <message>
        <source>What you write stays in your journal. Here you can take a step further when you choose: bring what the journal shows, without anything private, to the people who can change the conditions of the work.</source>
        <translation>Wat je schrijft, blijft in je dagboek. Hier kun je verder gaan wanneer jij dat kiest: wat het dagboek toont, zonder iets privé, meenemen naar de mensen die de arbeidsomstandigheden kunnen veranderen.</translation>
    </message>
    <message>
        <source>A workload statement (figures only)</source>
        <translation>Een overzicht van de werkbelasting (alleen cijfers)</translation>
    </message>
    <message>
        <source>For a team meeting, the prevention advisor or a union delegate. Only figures leave the journal: no text, no names, no pseudonyms, no titles, no tags.</source>
        <translation>Voor een teamvergadering, de preventieadviseur of een vakbondsafgevaardigde. Alleen cijfers verlaten het dagboek: geen tekst, geen namen, geen pseudoniemen, geen titels, geen labels.</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Vorige maand</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Vorig kwartaal</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Dit kwartaal</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dit jaar</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Vorig jaar</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Datums naar keuze</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Eerste dag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Laatste dag</translation>
    </message>
    <message>
        <source>Exact figures</source>
        <translation>Exacte cijfers</translation>
    </message>
    <message>
        <source>Rounded to the nearest 5</source>
        <translation>Afgerond op het dichtstbijzijnde veelvoud van 5</translation>
    </message>
    <message>
        <source>Durations rounded to the hour</source>
        <translation>Duren afgerond op het uur</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Totals against the contract&apos;s hours</source>
        <translation>Totalen tegenover de contracturen</translation>
    </message>
    <message>
        <source>Days and hours of off-hours contacts</source>
        <translation>Dagen en uren van contacten buiten de werkuren</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanalen</translation>
    </message>
    <message>
        <source>Out-of-frame acts by kind of dilemma</source>
        <translation>Handelingen buiten het kader per soort dilemma</translation>
    </message>
    <message>
        <source>Limits crossed</source>
        <translation>Overschreden grenzen</translation>
    </message>
    <message>
        <source>Rest shorter than 11 hours</source>
        <translation>Rust korter dan 11 uur</translation>
    </message>
    <message>
        <source>My check-ins, in words</source>
        <translation>Mijn check-ins, in woorden</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;CSV (a spreadsheet)</source>
        <translation>&amp;CSV (een rekenblad)</translation>
    </message>
    <message>
        <source>Folder to write the statement in</source>
        <translation>Map waarin het overzicht geschreven wordt</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Kiezen…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Cijfers</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formaat</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>&amp;Export the statement</source>
        <translation>Overzicht &amp;exporteren</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Wat geschreven zal worden</translation>
    </message>
    <message>
        <source>Press Preview to see exactly what will be written.</source>
        <translation>Druk op Voorbeeld om precies te zien wat geschreven zal worden.</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read it.</source>
        <translation>Het geëxporteerde bestand is NIET versleuteld: wie het kan openen, kan het lezen.</translation>
    </message>
    <message>
        <source>A situation for an analysis group</source>
        <translation>Een situatie voor een analysegroep</translation>
    </message>
    <message>
        <source>For a supervision, intervision or analysis group: one situation, in your words, on the grid of the analysis. What leaves the journal is the account you edit, after you have checked every name, number and date it contains.</source>
        <translation>Voor supervisie, intervisie of een analysegroep: één situatie, in je eigen woorden, volgens het rooster van de analyse. Wat het dagboek verlaat, is het verslag dat je bewerkt, nadat je elke naam, elk nummer en elke datum erin nagekeken hebt.</translation>
    </message>
    <message>
        <source>Dilemma or entry to start from</source>
        <translation>Dilemma of notitie om van te vertrekken</translation>
    </message>
    <message>
        <source>Prepare for an &amp;analysis group…</source>
        <translation>Voorbereiden voor een &amp;analysegroep…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>De periode eindigt voor ze begint.</translation>
    </message>
    <message>
        <source>The options changed: press Preview again.</source>
        <translation>De opties zijn veranderd: druk opnieuw op Voorbeeld.</translation>
    </message>
    <message>
        <source>Folder for the statement</source>
        <translation>Map voor het overzicht</translation>
    </message>
    <message>
        <source>workload-statement-%1-%2</source>
        <comment>file name; %1 and %2 are the period&apos;s first and last days</comment>
        <translation>overzicht-werkbelasting-%1-%2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>De map %1 bestaat niet.</translation>
    </message>
    <message>
        <source>Statement saved (not encrypted): %1</source>
        <translation>Overzicht bewaard (niet versleuteld): %1</translation>
    </message>
    <message>
        <source>Dilemma: %1</source>
        <translation>Dilemma: %1</translation>
    </message>
    <message>
        <source>The entry open now: %1</source>
        <translation>De open notitie: %1</translation>
    </message>
    <message>
        <source>No dilemma yet</source>
        <translation>Nog geen dilemma</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewView</name>
    <message>
        <source>‹ &amp;Previous week</source>
        <translation>‹ &amp;Vorige week</translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation>V&amp;olgende week ›</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Deze week</translation>
    </message>
    <message>
        <source>The week&apos;s figures next to your usual level</source>
        <translation>De cijfers van de week naast je gebruikelijke niveau</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cijfer</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Deze week</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Gebruikelijk</translation>
    </message>
    <message>
        <source>Compared with usual</source>
        <translation>Vergeleken met gewoonlijk</translation>
    </message>
    <message>
        <source>Dilemmas waiting for supervision, and entries marked for supervision this week</source>
        <translation>Dilemma&apos;s die op supervisie wachten, en notities die deze week voor supervisie gemarkeerd zijn</translation>
    </message>
    <message>
        <source>Usual: the middle value of your weeks over the six months before this one. A figure to notice, not a score.</source>
        <translation>Gebruikelijk: de middelste waarde van je weken in de zes maanden ervoor. Een cijfer om op te merken, geen score.</translation>
    </message>
    <message>
        <source>Questions Carnet asked this week</source>
        <translation>Vragen die Carnet deze week stelde</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Weekterugblik</translation>
    </message>
    <message>
        <source>Your week beside what is usual for you, what is still open, and a moment to write about it.</source>
        <translation>Je week naast wat gewoon is voor jou, wat nog openstaat, en een moment om erover te schrijven.</translation>
    </message>
    <message>
        <source>Dilemmas still open at the end of the week</source>
        <translation>Dilemma&apos;s die aan het einde van de week nog open zijn</translation>
    </message>
    <message>
        <source>&amp;Questions this week</source>
        <translation>V&amp;ragen deze week</translation>
    </message>
    <message>
        <source>Open &amp;dilemmas</source>
        <translation>Open d&amp;ilemma&apos;s</translation>
    </message>
    <message>
        <source>For &amp;supervision</source>
        <translation>Voor &amp;supervisie</translation>
    </message>
    <message>
        <source>Template of the reflection</source>
        <translation>Sjabloon van de reflectie</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>S&amp;jabloon:</translation>
    </message>
    <message>
        <source>&amp;Write it</source>
        <translation>Sc&amp;hrijven</translation>
    </message>
    <message>
        <source>&amp;Write this week&apos;s reflection</source>
        <translation>De reflectie van deze &amp;week schrijven</translation>
    </message>
    <message>
        <source>A moment to look back on the week: what weighed, what helped, what to bring to supervision or to leave here.</source>
        <translation>Even terugblikken op de week: wat woog, wat hielp, wat je meeneemt naar de supervisie of hier laat.</translation>
    </message>
    <message>
        <source>This week&apos;s reflection</source>
        <translation>De reflectie van deze week</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>Usual: not known yet — after %1 weeks of writing, Carnet compares each week with your own usual level (%n more week(s) to go).</source>
        <translation>
            <numerusform>Gewoonlijk: nog niet bekend — na %1 weken schrijven vergelijkt Carnet elke week met je eigen gewone niveau (nog %n week).</numerusform>
            <numerusform>Gewoonlijk: nog niet bekend — na %1 weken schrijven vergelijkt Carnet elke week met je eigen gewone niveau (nog %n weken).</numerusform>
        </translation>
    </message>
    <message>
        <source>more than usual</source>
        <translation>meer dan gewoonlijk</translation>
    </message>
    <message>
        <source>about as usual</source>
        <translation>ongeveer zoals gewoonlijk</translation>
    </message>
    <message>
        <source>less than usual</source>
        <translation>minder dan gewoonlijk</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>nog niet bekend</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Een vraag</translation>
    </message>
    <message>
        <source>A suggestion</source>
        <translation>Een suggestie</translation>
    </message>
    <message>
        <source>A note of recognition</source>
        <translation>Een woord van erkenning</translation>
    </message>
    <message>
        <source>you wrote about it</source>
        <translation>je schreef erover</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>opzijgelegd</translation>
    </message>
    <message>
        <source>for later</source>
        <translation>voor later</translation>
    </message>
    <message>
        <source>Enter opens what you wrote about it</source>
        <translation>Enter opent wat je erover schreef</translation>
    </message>
    <message>
        <source>No question this week.</source>
        <translation>Geen vraag deze week.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>vandaag</translation>
    </message>
    <message>
        <source>Enter opens the dilemma</source>
        <translation>Enter opent het dilemma</translation>
    </message>
    <message>
        <source>No dilemma was open.</source>
        <translation>Er was geen dilemma open.</translation>
    </message>
    <message>
        <source>A dilemma to bring to supervision</source>
        <translation>Een dilemma om naar supervisie mee te nemen</translation>
    </message>
    <message>
        <source>Nothing to bring to supervision.</source>
        <translation>Niets om naar supervisie mee te nemen.</translation>
    </message>
    <message>
        <source>A blank page</source>
        <translation>Een lege pagina</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Carnet</source>
        <translation>Welkom bij Carnet</translation>
    </message>
    <message>
        <source>Carnet is a private journal for your practice: the contacts you log, the situations that stay with you, the questions you want to think through or bring to supervision.</source>
        <translation>Carnet is een privédagboek voor je praktijk: de contacten die je noteert, de situaties die je bijblijven, de vragen waarover je wilt nadenken of die je naar de supervisie wilt meenemen.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted with a passphrase that only you know. Nobody else can read it: not a colleague, not your employer&apos;s IT, not Carnet&apos;s makers.</source>
        <translation>Alles blijft op deze computer, versleuteld met een wachtwoordzin die alleen jij kent. Niemand anders kan het lezen: geen collega, niet de IT-dienst van je werkgever, niet de makers van Carnet.</translation>
    </message>
    <message>
        <source>&amp;Create my journal</source>
        <translation>&amp;Mijn dagboek aanmaken</translation>
    </message>
    <message>
        <source>&amp;Open an existing journal…</source>
        <translation>Bestaand dagboek &amp;openen…</translation>
    </message>
    <message>
        <source>&amp;Explore with an example journal</source>
        <translation>Een &amp;voorbeelddagboek verkennen</translation>
    </message>
    <message>
        <source>A few months of fictional practice, to see how Carnet works</source>
        <translation>Een paar maanden fictieve praktijk, om te zien hoe Carnet werkt</translation>
    </message>
    <message>
        <source>Preparing the example journal…</source>
        <translation>Het voorbeelddagboek wordt klaargezet…</translation>
    </message>
</context>
<context>
    <name>WhereToTurnDialog</name>
    <message>
        <source>Where to turn</source>
        <translation>Waar kun je terecht</translation>
    </message>
    <message>
        <source>You do not have to wait until things are bad to talk about them. These people and services can listen, and help you find a way forward.</source>
        <translation>Je hoeft niet te wachten tot het slecht gaat om erover te praten. Deze mensen en diensten kunnen luisteren en je helpen een weg vooruit te vinden.</translation>
    </message>
</context>
<context>
    <name>WhereToTurnWidget</name>
    <message>
        <source>At work</source>
        <translation>Op het werk</translation>
    </message>
    <message>
        <source>For your health</source>
        <translation>Voor je gezondheid</translation>
    </message>
    <message>
        <source>To read more</source>
        <translation>Om meer te lezen</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Luisterlijnen en noodnummers</translation>
    </message>
    <message>
        <source>If you are thinking about suicide, or your life or someone else&apos;s is in danger, call one of these numbers now.</source>
        <translation>Denk je aan zelfdoding, of is jouw leven of dat van iemand anders in gevaar, bel dan nu een van deze nummers.</translation>
    </message>
    <message>
        <source>Checked in %1. Numbers and websites can change.</source>
        <translation>Gecontroleerd in %1. Nummers en websites kunnen veranderen.</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>in het Frans</translation>
    </message>
    <message>
        <source>in Dutch</source>
        <translation>in het Nederlands</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>in het Engels</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Telefoon: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Website: %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Views of the journal</source>
        <translation>Weergaven van het dagboek</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Notities</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemma&apos;s</translation>
    </message>
    <message>
        <source>My limits</source>
        <translation>Mijn grenzen</translation>
    </message>
    <message>
        <source>How am I doing</source>
        <translation>Waar sta ik</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Weekterugblik</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervisie</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Example journal: everything in it is fictional. Its passphrase is “exemple-carnet-demo”. Create your own journal to start writing for real.</source>
        <translation>Voorbeelddagboek: alles erin is fictief. De wachtwoordzin is ‘exemple-carnet-demo’. Maak je eigen dagboek aan om echt te beginnen met schrijven.</translation>
    </message>
</context>
</TS>

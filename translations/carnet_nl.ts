<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar of the journal</source>
        <translation>Kalender van het dagboek</translation>
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
        <translation>Soorten vragen</translation>
    </message>
    <message>
        <source>Kinds of question; untick one to hide it</source>
        <translation>Soorten vragen; vink er een uit om ze te verbergen</translation>
    </message>
    <message>
        <source>Name of the kind of question</source>
        <translation>Naam van de soort vraag</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>He&amp;rnoemen</translation>
    </message>
    <message>
        <source>A kind of question of my own</source>
        <translation>Een eigen soort vraag</translation>
    </message>
    <message>
        <source>A new kind of question</source>
        <translation>Een nieuwe soort vraag</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Untick a kind of question to hide it. Dilemmas that use it keep it.</source>
        <translation>Vink een soort vraag uit om ze te verbergen. Bij de dilemma&apos;s waar ze al bij staat, blijft ze staan.</translation>
    </message>
    <message>
        <source>One of my own</source>
        <translation>Door mij toegevoegd</translation>
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
        <source>&amp;Where:</source>
        <translation>&amp;Locatie:</translation>
    </message>
    <message>
        <source>If you forget this passphrase, only the recovery code shown on the next screen can open your journal. Nobody can recover it for you.</source>
        <translation>Als je deze wachtzin vergeet, kan alleen de herstelcode op het volgende scherm je dagboek nog openen. Niemand anders kan hem voor je terughalen.</translation>
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
        <source>Carnet journals (*.carnet)</source>
        <translation>Carnet-dagboeken (*.carnet)</translation>
    </message>
    <message>
        <source>Choose where to keep the journal.</source>
        <translation>Kies waar je het dagboek wilt bewaren.</translation>
    </message>
    <message>
        <source>Creating your journal… This takes a moment: Carnet is making your passphrase very hard to crack.</source>
        <translation>Je dagboek wordt aangemaakt… Dit duurt even: Carnet maakt je wachtzin heel moeilijk te kraken.</translation>
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
        <source>Open for</source>
        <translation>Loopt al</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Laatste activiteit</translation>
    </message>
    <message>
        <source>&amp;New dilemma…</source>
        <translation>&amp;Nieuw dilemma…</translation>
    </message>
    <message>
        <source>Kinds of &amp;question…</source>
        <translation>Soorten vra&amp;gen…</translation>
    </message>
    <message>
        <source>Add your own kinds of question, rename or hide the others</source>
        <translation>Eigen soorten vragen toevoegen, de andere hernoemen of verbergen</translation>
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
        <translation>Soorten vragen</translation>
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
        <source>&amp;Where it stands:</source>
        <translation>&amp;Waar het nu staat:</translation>
    </message>
    <message>
        <source>&amp;Kinds of question:</source>
        <translation>&amp;Soorten vragen:</translation>
    </message>
    <message>
        <source>Its &amp;story:</source>
        <translation>Het &amp;verhaal:</translation>
    </message>
    <message>
        <source>New r&amp;eflection:</source>
        <translation>Nieuwe r&amp;eflectie:</translation>
    </message>
    <message>
        <source>What was &amp;decided, and why:</source>
        <translation>Wat er besl&amp;oten is, en waarom:</translation>
    </message>
    <message>
        <source>What I &amp;learned:</source>
        <translation>Wat ik ge&amp;leerd heb:</translation>
    </message>
    <message>
        <source>Remove this entry from the dilemma</source>
        <translation>Deze notitie uit het dilemma halen</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
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
        <source>Details</source>
        <translation>Details</translation>
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
        <translation>Emotioneel gewicht, van 0 tot 10</translation>
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
        <source>&amp;When:</source>
        <translation>&amp;Wanneer:</translation>
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
        <source>Wei&amp;ght:</source>
        <translation>&amp;Gewicht:</translation>
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
        <source>Outside your working hours (set by you)</source>
        <translation>Buiten je werkuren (door jou ingesteld)</translation>
    </message>
    <message>
        <source>Outside your working hours: Carnet ticks it from your working hours when you have set them. Tick or untick it to decide yourself.</source>
        <translation>Buiten je werkuren: Carnet vinkt dit aan op basis van je werkuren, als je die hebt ingesteld. Vink het aan of uit om zelf te beslissen.</translation>
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
    <message>
        <source>(untitled)</source>
        <translation>(zonder titel)</translation>
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
        <source>Limits you set yourself, for yourself. Carnet shows quietly when one was crossed: to notice it, not to judge it.</source>
        <translation>Grenzen die je zelf stelt, voor jezelf. Carnet toont rustig wanneer er een overschreden is: om het op te merken, niet om erover te oordelen.</translation>
    </message>
    <message>
        <source>My limits</source>
        <translation>Mijn grenzen</translation>
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
        <source>The last twelve weeks</source>
        <translation>De laatste twaalf weken</translation>
    </message>
    <message>
        <source>When, and with which entries (Enter opens one)</source>
        <translation>Wanneer, en bij welke notities (Enter opent er een)</translation>
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
        <source>Type your passphrase first: it is needed to check the backups.</source>
        <translation>Typ eerst je wachtzin: die is nodig om de back-ups te controleren.</translation>
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
        <translation>Geen enkele back-up van dit dagboek kon met deze wachtzin worden geopend. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Open the journal file first.</source>
        <translation>Open eerst het dagboekbestand.</translation>
    </message>
    <message>
        <source>New passphrase set</source>
        <translation>Nieuwe wachtzin ingesteld</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved yet, so they are kept in memory. Unlock to try again.</source>
        <translation>Je laatste wijzigingen konden nog niet worden opgeslagen, dus ze worden in het geheugen bewaard. Ontgrendel om het opnieuw te proberen.</translation>
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
    <message>
        <source>About Carnet</source>
        <translation>Over Carnet</translation>
    </message>
    <message>
        <source>Carnet %1

A private, encrypted journal for social workers to reflect on their practice.
Free software under the GNU GPL, version 3 or later.</source>
        <translation>Carnet %1

Een privé, versleuteld dagboek waarin maatschappelijk werkers reflecteren op hun praktijk.
Vrije software onder de GNU GPL, versie 3 of later.</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This passphrase does not open the journal. Check the keyboard layout and Caps Lock, then try again. If you have forgotten it, use your recovery code.</source>
        <translation>Deze wachtzin opent het dagboek niet. Controleer de toetsenbordindeling en Caps Lock en probeer het opnieuw. Ben je hem vergeten, gebruik dan je herstelcode.</translation>
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
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtzin:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Nogmaals:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nieuwe wachtzin</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Nieuwe wachtzin, nogmaals</translation>
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
        <translation>Kies een langere wachtzin: met meerdere woorden wordt hij sterk en makkelijk te onthouden.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>De twee wachtzinnen zijn niet gelijk.</translation>
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
        <translation>De twee wachtzinnen zijn nog niet gelijk.</translation>
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
        <source>A question for you: %1</source>
        <translation>Een vraag voor jou: %1</translation>
    </message>
    <message>
        <source>Drawn from the report on social work, section %1</source>
        <translation>Uit het rapport over sociaal werk, deel %1</translation>
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
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>An hour ago</source>
        <translation>Een uur geleden</translation>
    </message>
    <message>
        <source>Pseudonym, e.g. Mrs R.</source>
        <translation>Pseudoniem, bv. mevr. R.</translation>
    </message>
    <message>
        <source>This morning, %1</source>
        <translation>Vanmorgen, %1</translation>
    </message>
    <message>
        <source>Another date and time…</source>
        <translation>Andere datum en tijd…</translation>
    </message>
    <message>
        <source>Yesterday evening, %1</source>
        <translation>Gisteravond, %1</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Datum en tijd van het contact</translation>
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
        <translation>Privé (niet gedeeld met het team)</translation>
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
        <source>&amp;Channel:</source>
        <translation>&amp;Kanaal:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>Wa&amp;nneer:</translation>
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
        <translation>Soorten vragen</translation>
    </message>
    <message>
        <source>Which kinds of question does it raise?</source>
        <translation>Welke soorten vragen roept het op?</translation>
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
        <translation>Vink minstens één soort vraag aan die het oproept.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Kies een nieuwe wachtzin</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created the journal, then choose a new passphrase. Your entries stay as they are.</source>
        <translation>Typ de herstelcode die je hebt opgeschreven toen je het dagboek aanmaakte, en kies dan een nieuwe wachtzin. Je notities blijven zoals ze zijn.</translation>
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
        <translation>Nieuwe wachtzin &amp;instellen</translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation>Typ je herstelcode.</translation>
    </message>
    <message>
        <source>Setting your new passphrase…</source>
        <translation>Je nieuwe wachtzin wordt ingesteld…</translation>
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
        <translation>Met deze code open je je dagboek als je je wachtzin vergeet. Hij wordt maar deze ene keer getoond. Schrijf hem op papier en bewaar hem op een veilige plek, weg van deze computer.</translation>
    </message>
    <message>
        <source>If both the passphrase and this code are lost, nobody can open the journal again.</source>
        <translation>Als je zowel de wachtzin als deze code kwijt bent, kan niemand het dagboek nog openen.</translation>
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
        <source>Carnet recovery code</source>
        <translation>Carnet-herstelcode</translation>
    </message>
    <message>
        <source>Carnet: recovery code</source>
        <translation>Carnet: herstelcode</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase. Keep this sheet somewhere safe, away from the computer. Anyone with this code and the journal file can read your journal.</source>
        <translation>Met deze code open je je dagboek als je je wachtzin vergeet. Bewaar dit blad op een veilige plek, weg van de computer. Wie deze code en het dagboekbestand heeft, kan je dagboek lezen.</translation>
    </message>
    <message>
        <source>Saved. Print it, then delete the PDF file.</source>
        <translation>Opgeslagen. Druk het af en verwijder daarna het pdf-bestand.</translation>
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
    <name>UnlockPage</name>
    <message>
        <source>Unlock your journal</source>
        <translation>Je dagboek ontgrendelen</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Wachtzin</translation>
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
        <translation>Wachtzin &amp;vergeten?</translation>
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
        <source>Journal: %1</source>
        <translation>Dagboek: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Ontgrendelen…</translation>
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
        <translation>Alles blijft op deze computer, versleuteld met een wachtzin die alleen jij kent. Niemand anders kan het lezen: geen collega, niet de IT-dienst van je werkgever, niet de makers van Carnet.</translation>
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
        <source>Example journal: everything in it is fictional. Its passphrase is “exemple-carnet-demo”. Create your own journal to start writing for real.</source>
        <translation>Voorbeelddagboek: alles erin is fictief. De wachtzin is ‘exemple-carnet-demo’. Maak je eigen dagboek aan om echt te beginnen met schrijven.</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar of the journal</source>
        <translation>Calendar of the journal</translation>
    </message>
    <message>
        <source>The selected day</source>
        <translation>The selected day</translation>
    </message>
    <message>
        <source>That week</source>
        <translation>That week</translation>
    </message>
    <message>
        <source>That month</source>
        <translation>That month</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Dates of my choice</translation>
    </message>
    <message>
        <source>From this date</source>
        <translation>From this date</translation>
    </message>
    <message>
        <source>Up to this date</source>
        <translation>Up to this date</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>All tags</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Reflections</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Cha&amp;nnel:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Under each day: how many entries it holds; a moon marks off-hours entries, an arrow out-of-frame ones (with their number when more than one).</source>
        <translation>Under each day: how many entries it holds; a moon marks off-hours entries, an arrow out-of-frame ones (with their number when more than one).</translation>
    </message>
    <message>
        <source>Entries of the selected period</source>
        <translation>Entries of the selected period</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open an entry.</source>
        <translation>Press Enter or double-click to open an entry.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entries</source>
        <translation>
            <numerusform>%1 · %n entry</numerusform>
            <numerusform>%1 · %n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Kinds of question</source>
        <translation>Kinds of question</translation>
    </message>
    <message>
        <source>Kinds of question; untick one to hide it</source>
        <translation>Kinds of question; untick one to hide it</translation>
    </message>
    <message>
        <source>Name of the kind of question</source>
        <translation>Name of the kind of question</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Rename</translation>
    </message>
    <message>
        <source>A kind of question of my own</source>
        <translation>A kind of question of my own</translation>
    </message>
    <message>
        <source>A new kind of question</source>
        <translation>A new kind of question</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Untick a kind of question to hide it. Dilemmas that use it keep it.</source>
        <translation>Untick a kind of question to hide it. Dilemmas that use it keep it.</translation>
    </message>
    <message>
        <source>One of my own</source>
        <translation>One of my own</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your journal</source>
        <translation>Create your journal</translation>
    </message>
    <message>
        <source>Where to keep the journal</source>
        <translation>Where to keep the journal</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>Ch&amp;oose…</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Where:</translation>
    </message>
    <message>
        <source>If you forget this passphrase, only the recovery code shown on the next screen can open your journal. Nobody can recover it for you.</source>
        <translation>If you forget this passphrase, only the recovery code shown on the next screen can open your journal. Nobody can recover it for you.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Create the journal</source>
        <translation>&amp;Create the journal</translation>
    </message>
    <message>
        <source>Carnet journals (*.carnet)</source>
        <translation>Carnet journals (*.carnet)</translation>
    </message>
    <message>
        <source>Choose where to keep the journal.</source>
        <translation>Choose where to keep the journal.</translation>
    </message>
    <message>
        <source>Creating your journal… This takes a moment: Carnet is making your passphrase very hard to crack.</source>
        <translation>Creating your journal… This takes a moment: Carnet is making your passphrase very hard to crack.</translation>
    </message>
</context>
<context>
    <name>DilemmasView</name>
    <message>
        <source>Dilemmas, by status</source>
        <translation>Dilemmas, by status</translation>
    </message>
    <message>
        <source>Dilemma</source>
        <translation>Dilemma</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Open for</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>&amp;New dilemma…</source>
        <translation>&amp;New dilemma…</translation>
    </message>
    <message>
        <source>Kinds of &amp;question…</source>
        <translation>Kinds of &amp;question…</translation>
    </message>
    <message>
        <source>Add your own kinds of question, rename or hide the others</source>
        <translation>Add your own kinds of question, rename or hide the others</translation>
    </message>
    <message>
        <source>No dilemma yet. When an entry raises a question you want to follow (lending money, a rule that feels unfair, a personal phone number given), open it with “This raises a dilemma” in the entry, or here.</source>
        <translation>No dilemma yet. When an entry raises a question you want to follow (lending money, a rule that feels unfair, a personal phone number given), open it with “This raises a dilemma” in the entry, or here.</translation>
    </message>
    <message>
        <source>Title of the dilemma</source>
        <translation>Title of the dilemma</translation>
    </message>
    <message>
        <source>Where this dilemma stands</source>
        <translation>Where this dilemma stands</translation>
    </message>
    <message>
        <source>Kinds of question</source>
        <translation>Kinds of question</translation>
    </message>
    <message>
        <source>The story of this dilemma, oldest first</source>
        <translation>The story of this dilemma, oldest first</translation>
    </message>
    <message>
        <source>A new reflection</source>
        <translation>A new reflection</translation>
    </message>
    <message>
        <source>Where am I with this today?</source>
        <translation>Where am I with this today?</translation>
    </message>
    <message>
        <source>Add this &amp;reflection</source>
        <translation>Add this &amp;reflection</translation>
    </message>
    <message>
        <source>What was decided, and why</source>
        <translation>What was decided, and why</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>What I learned</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Where it stands:</source>
        <translation>&amp;Where it stands:</translation>
    </message>
    <message>
        <source>&amp;Kinds of question:</source>
        <translation>&amp;Kinds of question:</translation>
    </message>
    <message>
        <source>Its &amp;story:</source>
        <translation>Its &amp;story:</translation>
    </message>
    <message>
        <source>New r&amp;eflection:</source>
        <translation>New r&amp;eflection:</translation>
    </message>
    <message>
        <source>What was &amp;decided, and why:</source>
        <translation>What was &amp;decided, and why:</translation>
    </message>
    <message>
        <source>What I &amp;learned:</source>
        <translation>What I &amp;learned:</translation>
    </message>
    <message>
        <source>Remove this entry from the dilemma</source>
        <translation>Remove this entry from the dilemma</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>Questions that can help:</source>
        <translation>Questions that can help:</translation>
    </message>
    <message>
        <source>%1 — now: %2</source>
        <translation>%1 — now: %2</translation>
    </message>
    <message>
        <source>%1 — entry: %2</source>
        <translation>%1 — entry: %2</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this entry</source>
        <translation>Press Enter or double-click to open this entry</translation>
    </message>
    <message>
        <source>%1 — reflection: %2</source>
        <translation>%1 — reflection: %2</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Title of the entry</source>
        <translation>Title of the entry</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Formatting</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Text of the entry</translation>
    </message>
    <message>
        <source>What happened? What stays with you?</source>
        <translation>What happened? What stays with you?</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Add the sections and questions of a reflection template</source>
        <translation>Add the sections and questions of a reflection template</translation>
    </message>
    <message>
        <source>A quick contact. When you have time, you can write more about it.</source>
        <translation>A quick contact. When you have time, you can write more about it.</translation>
    </message>
    <message>
        <source>&amp;Turn it into a reflection</source>
        <translation>&amp;Turn it into a reflection</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Emotional weight, from 0 to 10</source>
        <translation>Emotional weight, from 0 to 10</translation>
    </message>
    <message>
        <source>Persons, by pseudonym</source>
        <translation>Persons, by pseudonym</translation>
    </message>
    <message>
        <source>Pseudonyms, separated by commas</source>
        <translation>Pseudonyms, separated by commas</translation>
    </message>
    <message>
        <source>Never type a real name: use a pseudonym such as “Mme R.” or “Jeune 17”.</source>
        <translation>Never type a real name: use a pseudonym such as “Mme R.” or “Jeune 17”.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Tags, separated by commas</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;When:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Cha&amp;nnel:</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>Wei&amp;ght:</translation>
    </message>
    <message>
        <source>&amp;Persons:</source>
        <translation>&amp;Persons:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>T&amp;ags:</translation>
    </message>
    <message>
        <source>Pseudonyms only: never a real name.</source>
        <translation>Pseudonyms only: never a real name.</translation>
    </message>
    <message>
        <source>This raises a &amp;dilemma…</source>
        <translation>This raises a &amp;dilemma…</translation>
    </message>
    <message>
        <source>Follow the question this entry raises, over weeks, until it is settled</source>
        <translation>Follow the question this entry raises, over weeks, until it is settled</translation>
    </message>
    <message>
        <source>I crossed one of my limits…</source>
        <translation>I crossed one of my limits…</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Heading</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>Numbered</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Undo (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Redo (%1)</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>My templates</translation>
    </message>
    <message>
        <source>Save this entry&apos;s headings as my template…</source>
        <translation>Save this entry&apos;s headings as my template…</translation>
    </message>
    <message>
        <source>Each heading becomes a section; quoted lines under it become its questions</source>
        <translation>Each heading becomes a section; quoted lines under it become its questions</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>My template</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Name of the template:</translation>
    </message>
    <message>
        <source>Outside your working hours (set by you)</source>
        <translation>Outside your working hours (set by you)</translation>
    </message>
    <message>
        <source>Outside your working hours: Carnet ticks it from your working hours when you have set them. Tick or untick it to decide yourself.</source>
        <translation>Outside your working hours: Carnet ticks it from your working hours when you have set them. Tick or untick it to decide yourself.</translation>
    </message>
    <message>
        <source>Crossed one of my limits: %1</source>
        <translation>Crossed one of my limits: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) may identify someone (underlined): right-click to replace with a pseudonym. Carnet&apos;s check is a help, not a guarantee.</source>
        <translation>
            <numerusform>%n passage may identify someone (underlined): right-click to replace with a pseudonym. Carnet&apos;s check is a help, not a guarantee.</numerusform>
            <numerusform>%n passages may identify someone (underlined): right-click to replace with a pseudonym. Carnet&apos;s check is a help, not a guarantee.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace with the pseudonym “%1”</source>
        <translation>Replace with the pseudonym “%1”</translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search (%1)</source>
        <translation>Search (%1)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Search the journal</translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation>Show only: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filter: %1</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Entries, newest first</translation>
    </message>
    <message>
        <source>Your journal is empty</source>
        <translation>Your journal is empty</translation>
    </message>
    <message>
        <source>Write your first entry: a contact, a situation that stays with you, a question for supervision. Press Ctrl+N or the button below.</source>
        <translation>Write your first entry: a contact, a situation that stays with you, a question for supervision. Press Ctrl+N or the button below.</translation>
    </message>
    <message>
        <source>&amp;Write a first entry</source>
        <translation>&amp;Write a first entry</translation>
    </message>
    <message>
        <source>No entry matches this search.</source>
        <translation>No entry matches this search.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n matching entry</numerusform>
            <numerusform>%n matching entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Office</source>
        <translation>Office</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Work phone</translation>
    </message>
    <message>
        <source>Personal phone</source>
        <translation>Personal phone</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>Messaging</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Off-hours</source>
        <translation>Off-hours</translation>
    </message>
    <message>
        <source>Out of frame</source>
        <translation>Out of frame</translation>
    </message>
    <message>
        <source>Kept private</source>
        <translation>Kept private</translation>
    </message>
    <message>
        <source>For supervision</source>
        <translation>For supervision</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>Outside your working hours</translation>
    </message>
    <message>
        <source>Beyond your mandate or the rules</source>
        <translation>Beyond your mandate or the rules</translation>
    </message>
    <message>
        <source>Not shared with the team</source>
        <translation>Not shared with the team</translation>
    </message>
    <message>
        <source>To bring to supervision</source>
        <translation>To bring to supervision</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Thinking it through</source>
        <translation>Thinking it through</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Settled</translation>
    </message>
    <message>
        <source>Living with it</source>
        <translation>Living with it</translation>
    </message>
    <message>
        <source>No contacts after a given hour</source>
        <translation>No contacts after a given hour</translation>
    </message>
    <message>
        <source>No contacts at the weekend</source>
        <translation>No contacts at the weekend</translation>
    </message>
    <message>
        <source>My personal phone number stays private</source>
        <translation>My personal phone number stays private</translation>
    </message>
    <message>
        <source>At most a number of off-hours contacts a week</source>
        <translation>At most a number of off-hours contacts a week</translation>
    </message>
    <message>
        <source>No lending money (I tick it myself)</source>
        <translation>No lending money (I tick it myself)</translation>
    </message>
    <message>
        <source>At most a number of out-of-frame acts a month</source>
        <translation>At most a number of out-of-frame acts a month</translation>
    </message>
    <message>
        <source>A limit in my own words (I tick it myself)</source>
        <translation>A limit in my own words (I tick it myself)</translation>
    </message>
    <message>
        <source>No contacts after %1</source>
        <translation>No contacts after %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n off-hours contact(s) a week</source>
        <translation>
            <numerusform>At most %n off-hours contact a week</numerusform>
            <numerusform>At most %n off-hours contacts a week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n out-of-frame act(s) a month</source>
        <translation>
            <numerusform>At most %n out-of-frame act a month</numerusform>
            <numerusform>At most %n out-of-frame acts a month</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <source>Change my limit</source>
        <translation>Change my limit</translation>
    </message>
    <message>
        <source>A new limit</source>
        <translation>A new limit</translation>
    </message>
    <message>
        <source>In my own words (optional)</source>
        <translation>In my own words (optional)</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limit:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;After:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>At &amp;most:</translation>
    </message>
    <message>
        <source>In my &amp;words:</source>
        <translation>In my &amp;words:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>Your limits are yours: change them when you need to. Earlier weeks keep the limit that was in force then.</source>
        <translation>Your limits are yours: change them when you need to. Earlier weeks keep the limit that was in force then.</translation>
    </message>
    <message>
        <source>Required: the limit, in my own words</source>
        <translation>Required: the limit, in my own words</translation>
    </message>
    <message>
        <source>Write this limit in your own words.</source>
        <translation>Write this limit in your own words.</translation>
    </message>
</context>
<context>
    <name>LimitsView</name>
    <message>
        <source>Limits you set yourself, for yourself. Carnet shows quietly when one was crossed: to notice it, not to judge it.</source>
        <translation>Limits you set yourself, for yourself. Carnet shows quietly when one was crossed: to notice it, not to judge it.</translation>
    </message>
    <message>
        <source>My limits</source>
        <translation>My limits</translation>
    </message>
    <message>
        <source>&amp;Add a limit…</source>
        <translation>&amp;Add a limit…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>C&amp;hange…</translation>
    </message>
    <message>
        <source>&amp;No longer in force</source>
        <translation>&amp;No longer in force</translation>
    </message>
    <message>
        <source>Weekly history of my limits</source>
        <translation>Weekly history of my limits</translation>
    </message>
    <message>
        <source>Each week: how many times the limit was crossed, next to the limit then in force; empty when the limit was not in force.</source>
        <translation>Each week: how many times the limit was crossed, next to the limit then in force; empty when the limit was not in force.</translation>
    </message>
    <message>
        <source>When my limits were crossed, newest first</source>
        <translation>When my limits were crossed, newest first</translation>
    </message>
    <message>
        <source>The last twelve weeks</source>
        <translation>The last twelve weeks</translation>
    </message>
    <message>
        <source>When, and with which entries (Enter opens one)</source>
        <translation>When, and with which entries (Enter opens one)</translation>
    </message>
    <message>
        <source>(no longer in force)</source>
        <translation>(no longer in force)</translation>
    </message>
    <message>
        <source>— ticked by hand on an entry</source>
        <translation>— ticked by hand on an entry</translation>
    </message>
    <message>
        <source>%1: %2 — %3, limit %4</source>
        <translation>%1: %2 — %3, limit %4</translation>
    </message>
    <message>
        <source>No limit crossed in these weeks.</source>
        <translation>No limit crossed in these weeks.</translation>
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
        <translation>Week of %1: crossed</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Week of %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Restore the deleted entry</source>
        <translation>&amp;Restore the deleted entry</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;New entry</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Entries</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendar</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Delete entry…</source>
        <translation>&amp;Delete entry…</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>Log a &amp;contact…</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Dilemmas</source>
        <translation>&amp;Dilemmas</translation>
    </message>
    <message>
        <source>My &amp;limits</source>
        <translation>My &amp;limits</translation>
    </message>
    <message>
        <source>New reflection from a &amp;template</source>
        <translation>New reflection from a &amp;template</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Se&amp;ttings…</translation>
    </message>
    <message>
        <source>&amp;Working hours…</source>
        <translation>&amp;Working hours…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Close window</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation>&amp;About Carnet</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Open a journal</translation>
    </message>
    <message>
        <source>Carnet journals (*.carnet)</source>
        <translation>Carnet journals (*.carnet)</translation>
    </message>
    <message>
        <source>A file already exists there. Choose another name or place.</source>
        <translation>A file already exists there. Choose another name or place.</translation>
    </message>
    <message>
        <source>Type your passphrase first: it is needed to check the backups.</source>
        <translation>Type your passphrase first: it is needed to check the backups.</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>Backup opened</translation>
    </message>
    <message>
        <source>Carnet opened the newest backup that works. The damaged file was kept aside as “%1”; you can delete it later.</source>
        <translation>Carnet opened the newest backup that works. The damaged file was kept aside as “%1”; you can delete it later.</translation>
    </message>
    <message>
        <source>No backup of this journal could be opened with this passphrase. Nothing has been changed.</source>
        <translation>No backup of this journal could be opened with this passphrase. Nothing has been changed.</translation>
    </message>
    <message>
        <source>Open the journal file first.</source>
        <translation>Open the journal file first.</translation>
    </message>
    <message>
        <source>New passphrase set</source>
        <translation>New passphrase set</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved yet, so they are kept in memory. Unlock to try again.</source>
        <translation>Your latest changes could not be saved yet, so they are kept in memory. Unlock to try again.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Delete this entry?</translation>
    </message>
    <message>
        <source>The entry will be deleted from the journal. You can restore it until you lock or close Carnet.</source>
        <translation>The entry will be deleted from the journal. You can restore it until you lock or close Carnet.</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Entry deleted</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>Log a contact…</translation>
    </message>
    <message>
        <source>Open Carnet</source>
        <translation>Open Carnet</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Unlock the journal first, then log the contact.</source>
        <translation>Unlock the journal first, then log the contact.</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact logged</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Template saved</translation>
    </message>
    <message numerus="yes">
        <source>Working hours saved; %n entries re-evaluated</source>
        <translation>
            <numerusform>Working hours saved; %n entry re-evaluated</numerusform>
            <numerusform>Working hours saved; %n entries re-evaluated</numerusform>
        </translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation>About Carnet</translation>
    </message>
    <message>
        <source>Carnet %1

A private, encrypted journal for social workers to reflect on their practice.
Free software under the GNU GPL, version 3 or later.</source>
        <translation>Carnet %1

A private, encrypted journal for social workers to reflect on their practice.
Free software under the GNU GPL, version 3 or later.</translation>
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
        <translation>This passphrase does not open the journal. Check the keyboard layout and Caps Lock, then try again. If you have forgotten it, use your recovery code.</translation>
    </message>
    <message>
        <source>This recovery code does not match the journal. Check each group of characters and try again.</source>
        <translation>This recovery code does not match the journal. Check each group of characters and try again.</translation>
    </message>
    <message>
        <source>This journal file is damaged or was modified by another program, so it cannot be opened. Nothing has been changed. You can open the newest backup that still works.</source>
        <translation>This journal file is damaged or was modified by another program, so it cannot be opened. Nothing has been changed. You can open the newest backup that still works.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Carnet. Install the latest version to open it.</source>
        <translation>This journal was saved by a newer version of Carnet. Install the latest version to open it.</translation>
    </message>
    <message>
        <source>This journal is already open in another Carnet window or in another session. Close it there first, then try again.</source>
        <translation>This journal is already open in another Carnet window or in another session. Close it there first, then try again.</translation>
    </message>
    <message>
        <source>The journal file was changed by another program (for example a synchronisation service) since you opened it. Your latest changes were not written over it. Lock the journal and open it again.</source>
        <translation>The journal file was changed by another program (for example a synchronisation service) since you opened it. Your latest changes were not written over it. Lock the journal and open it again.</translation>
    </message>
    <message>
        <source>This cannot be done: the information given is not valid.</source>
        <translation>This cannot be done: the information given is not valid.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your journal on disk has not been changed.</source>
        <translation>Something unexpected went wrong. Your journal on disk has not been changed.</translation>
    </message>
    <message>
        <source>The journal could not be read or written. Check that the disk is not full and that the folder is still available (a USB key may have been removed), then try again.</source>
        <translation>The journal could not be read or written. Check that the disk is not full and that the folder is still available (a USB key may have been removed), then try again.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>New passphrase</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>New passphrase, again</translation>
    </message>
    <message numerus="yes">
        <source>A sentence only you know, at least %n characters</source>
        <translation>
            <numerusform>A sentence only you know, at least %n character</numerusform>
            <numerusform>A sentence only you know, at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Show what I type</translation>
    </message>
    <message>
        <source>Choose a longer passphrase: several words make a strong and memorable one.</source>
        <translation>Choose a longer passphrase: several words make a strong and memorable one.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Too short</translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation>Weak: easy to guess</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Strong</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Very strong</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Strength: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>The two passphrases are not the same yet.</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonym</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Off-hours</source>
        <translation>Off-hours</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Persons, by pseudonym</source>
        <translation>Persons, by pseudonym</translation>
    </message>
    <message>
        <source>People appear here only by the pseudonyms you gave them. Never type a real name.</source>
        <translation>People appear here only by the pseudonyms you gave them. Never type a real name.</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>Private note about this person</source>
        <translation>Private note about this person</translation>
    </message>
    <message>
        <source>A private note (optional): what helps to remember the situation.</source>
        <translation>A private note (optional): what helps to remember the situation.</translation>
    </message>
    <message>
        <source>Entries about this person</source>
        <translation>Entries about this person</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudonym:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote:</translation>
    </message>
</context>
<context>
    <name>PromptBanner</name>
    <message>
        <source>&amp;Write about it</source>
        <translation>&amp;Write about it</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Not &amp;now</translation>
    </message>
    <message>
        <source>Set this question aside</source>
        <translation>Set this question aside</translation>
    </message>
    <message>
        <source>A question for you: %1</source>
        <translation>A question for you: %1</translation>
    </message>
    <message>
        <source>Drawn from the report on social work, section %1</source>
        <translation>Drawn from the report on social work, section %1</translation>
    </message>
</context>
<context>
    <name>QuickLogDialog</name>
    <message>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <source>Person, by pseudonym</source>
        <translation>Person, by pseudonym</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>An hour ago</source>
        <translation>An hour ago</translation>
    </message>
    <message>
        <source>Pseudonym, e.g. Mrs R.</source>
        <translation>Pseudonym, e.g. Mrs R.</translation>
    </message>
    <message>
        <source>This morning, %1</source>
        <translation>This morning, %1</translation>
    </message>
    <message>
        <source>Another date and time…</source>
        <translation>Another date and time…</translation>
    </message>
    <message>
        <source>Yesterday evening, %1</source>
        <translation>Yesterday evening, %1</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Date and time of the contact</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>Kept private (not shared with the team)</source>
        <translation>Kept private (not shared with the team)</translation>
    </message>
    <message>
        <source>Out of frame (beyond the mandate or the rules)</source>
        <translation>Out of frame (beyond the mandate or the rules)</translation>
    </message>
    <message>
        <source>One line: what it was about</source>
        <translation>One line: what it was about</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>Give at least a pseudonym or a subject.</source>
        <translation>Give at least a pseudonym or a subject.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>W&amp;hen:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Duration:</translation>
    </message>
    <message>
        <source>Pseudonyms only: never a real name.</source>
        <translation>Pseudonyms only: never a real name.</translation>
    </message>
</context>
<context>
    <name>RaiseDilemmaDialog</name>
    <message>
        <source>This raises a dilemma</source>
        <translation>This raises a dilemma</translation>
    </message>
    <message>
        <source>&amp;Add it to a dilemma I already follow:</source>
        <translation>&amp;Add it to a dilemma I already follow:</translation>
    </message>
    <message>
        <source>Dilemmas I follow</source>
        <translation>Dilemmas I follow</translation>
    </message>
    <message>
        <source>&amp;Open a new dilemma:</source>
        <translation>&amp;Open a new dilemma:</translation>
    </message>
    <message>
        <source>Title of the new dilemma</source>
        <translation>Title of the new dilemma</translation>
    </message>
    <message>
        <source>In a few words, e.g. “Lending money to A.”</source>
        <translation>In a few words, e.g. “Lending money to A.”</translation>
    </message>
    <message>
        <source>Kinds of question</source>
        <translation>Kinds of question</translation>
    </message>
    <message>
        <source>Which kinds of question does it raise?</source>
        <translation>Which kinds of question does it raise?</translation>
    </message>
    <message>
        <source>Choose the dilemma to add it to.</source>
        <translation>Choose the dilemma to add it to.</translation>
    </message>
    <message>
        <source>Give the new dilemma a title.</source>
        <translation>Give the new dilemma a title.</translation>
    </message>
    <message>
        <source>Tick at least one kind of question it raises.</source>
        <translation>Tick at least one kind of question it raises.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choose a new passphrase</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created the journal, then choose a new passphrase. Your entries stay as they are.</source>
        <translation>Type the recovery code you wrote down when you created the journal, then choose a new passphrase. Your entries stay as they are.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Recovery code:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Set the &amp;new passphrase</source>
        <translation>Set the &amp;new passphrase</translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation>Type your recovery code.</translation>
    </message>
    <message>
        <source>Setting your new passphrase…</source>
        <translation>Setting your new passphrase…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Your recovery code</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase. It is shown only this once. Write it on paper and keep it somewhere safe, away from this computer.</source>
        <translation>This code opens your journal if you forget your passphrase. It is shown only this once. Write it on paper and keep it somewhere safe, away from this computer.</translation>
    </message>
    <message>
        <source>If both the passphrase and this code are lost, nobody can open the journal again.</source>
        <translation>If both the passphrase and this code are lost, nobody can open the journal again.</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opy</translation>
    </message>
    <message>
        <source>Save as &amp;PDF to print…</source>
        <translation>Save as &amp;PDF to print…</translation>
    </message>
    <message>
        <source>I have &amp;written it down somewhere safe</source>
        <translation>I have &amp;written it down somewhere safe</translation>
    </message>
    <message>
        <source>&amp;Continue to my journal</source>
        <translation>&amp;Continue to my journal</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Recovery code: %1</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be emptied in one minute.</source>
        <translation>Copied. The clipboard will be emptied in one minute.</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>Save the recovery code as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>carnet-recovery-code.pdf</source>
        <translation>carnet-recovery-code.pdf</translation>
    </message>
    <message>
        <source>Carnet recovery code</source>
        <translation>Carnet recovery code</translation>
    </message>
    <message>
        <source>Carnet: recovery code</source>
        <translation>Carnet: recovery code</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase. Keep this sheet somewhere safe, away from the computer. Anyone with this code and the journal file can read your journal.</source>
        <translation>This code opens your journal if you forget your passphrase. Keep this sheet somewhere safe, away from the computer. Anyone with this code and the journal file can read your journal.</translation>
    </message>
    <message>
        <source>Saved. Print it, then delete the PDF file.</source>
        <translation>Saved. Print it, then delete the PDF file.</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Working hours</source>
        <translation>Working hours</translation>
    </message>
    <message>
        <source>Carnet uses your working hours to tell which contacts happened outside them. Write each day&apos;s hours as ranges, such as 08:30-12:30, 13:30-17:00; leave a day empty when you do not work.</source>
        <translation>Carnet uses your working hours to tell which contacts happened outside them. Write each day&apos;s hours as ranges, such as 08:30-12:30, 13:30-17:00; leave a day empty when you do not work.</translation>
    </message>
    <message>
        <source>&amp;Full time</source>
        <translation>&amp;Full time</translation>
    </message>
    <message>
        <source>4/5 (&amp;Wednesday off)</source>
        <translation>4/5 (&amp;Wednesday off)</translation>
    </message>
    <message>
        <source>&amp;Half time, mornings</source>
        <translation>&amp;Half time, mornings</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>day off</translation>
    </message>
    <message>
        <source>Working hours on %1</source>
        <translation>Working hours on %1</translation>
    </message>
    <message>
        <source>Belgian public holidays are days off</source>
        <translation>Belgian public holidays are days off</translation>
    </message>
    <message>
        <source>Public holidays; untick one you work on</source>
        <translation>Public holidays; untick one you work on</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Public holidays</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Leave</translation>
    </message>
    <message>
        <source>Leave periods</source>
        <translation>Leave periods</translation>
    </message>
    <message>
        <source>First day of leave</source>
        <translation>First day of leave</translation>
    </message>
    <message>
        <source>Last day of leave</source>
        <translation>Last day of leave</translation>
    </message>
    <message>
        <source>&amp;Add leave</source>
        <translation>&amp;Add leave</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>These hours apply to</source>
        <translation>These hours apply to</translation>
    </message>
    <message>
        <source>All my entries, earlier ones too</source>
        <translation>All my entries, earlier ones too</translation>
    </message>
    <message>
        <source>Entries from this date on:</source>
        <translation>Entries from this date on:</translation>
    </message>
    <message>
        <source>Date from which these hours apply</source>
        <translation>Date from which these hours apply</translation>
    </message>
    <message>
        <source>Off-hours flags you set by hand are never changed.</source>
        <translation>Off-hours flags you set by hand are never changed.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>%1: write the hours as ranges such as 08:30-12:30, 13:30-17:00.</source>
        <translation>%1: write the hours as ranges such as 08:30-12:30, 13:30-17:00.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the journal after this many minutes without activity</source>
        <translation>Lock the journal after this many minutes without activity</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>Loc&amp;k after:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Carnet.</source>
        <translation>A new language is used from the next start of Carnet.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your journal</source>
        <translation>Unlock your journal</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Open the newest &amp;backup that works</source>
        <translation>Open the newest &amp;backup that works</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>&amp;Forgot your passphrase?</translation>
    </message>
    <message>
        <source>Open &amp;another journal…</source>
        <translation>Open &amp;another journal…</translation>
    </message>
    <message>
        <source>Create a &amp;new journal</source>
        <translation>Create a &amp;new journal</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Unlocking…</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Carnet</source>
        <translation>Welcome to Carnet</translation>
    </message>
    <message>
        <source>Carnet is a private journal for your practice: the contacts you log, the situations that stay with you, the questions you want to think through or bring to supervision.</source>
        <translation>Carnet is a private journal for your practice: the contacts you log, the situations that stay with you, the questions you want to think through or bring to supervision.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted with a passphrase that only you know. Nobody else can read it: not a colleague, not your employer&apos;s IT, not Carnet&apos;s makers.</source>
        <translation>Everything stays on this computer, encrypted with a passphrase that only you know. Nobody else can read it: not a colleague, not your employer&apos;s IT, not Carnet&apos;s makers.</translation>
    </message>
    <message>
        <source>&amp;Create my journal</source>
        <translation>&amp;Create my journal</translation>
    </message>
    <message>
        <source>&amp;Open an existing journal…</source>
        <translation>&amp;Open an existing journal…</translation>
    </message>
    <message>
        <source>&amp;Explore with an example journal</source>
        <translation>&amp;Explore with an example journal</translation>
    </message>
    <message>
        <source>A few months of fictional practice, to see how Carnet works</source>
        <translation>A few months of fictional practice, to see how Carnet works</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Views of the journal</source>
        <translation>Views of the journal</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemmas</translation>
    </message>
    <message>
        <source>My limits</source>
        <translation>My limits</translation>
    </message>
    <message>
        <source>Example journal: everything in it is fictional. Its passphrase is “exemple-carnet-demo”. Create your own journal to start writing for real.</source>
        <translation>Example journal: everything in it is fictional. Its passphrase is “exemple-carnet-demo”. Create your own journal to start writing for real.</translation>
    </message>
</context>
</TS>

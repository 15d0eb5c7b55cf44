<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Carnet</source>
        <translation>About Carnet</translation>
    </message>
    <message>
        <source>Carnet&apos;s logo</source>
        <translation>Carnet&apos;s logo</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Carnet</source>
        <translation>Carnet</translation>
    </message>
    <message>
        <source>A private, encrypted journal for social workers to reflect on their practice. It works offline: nothing you write leaves this computer.</source>
        <translation>A private, encrypted journal for social workers to reflect on their practice. It works offline: nothing you write leaves this computer.</translation>
    </message>
    <message>
        <source>Carnet is free software under the GNU General Public License, version 3 or later (%1): you may use it, study it, share it and change it under the same terms. It comes with no warranty.</source>
        <translation>Carnet is free software under the GNU General Public License, version 3 or later (%1): you may use it, study it, share it and change it under the same terms. It comes with no warranty.</translation>
    </message>
    <message>
        <source>The kinds of dilemma, the reflection prompts and the situation analysis draw on the report «&#xa0;%1&#xa0;» by %2 (%3), and on the social workers of Brussels and Wallonia who told and analysed their situations for it.</source>
        <translation>The kinds of dilemma, the reflection prompts and the situation analysis draw on the report «&#xa0;%1&#xa0;» by %2 (%3), and on the social workers of Brussels and Wallonia who told and analysed their situations for it.</translation>
    </message>
    <message>
        <source>The check-in asks the questions of the Copenhagen Burnout Inventory, distributed freely by the %2. Source: %1 Its French and Dutch wordings are Carnet&apos;s own, not validated versions.</source>
        <translation>The check-in asks the questions of the Copenhagen Burnout Inventory, distributed freely by the %2. Source: %1 Its French and Dutch wordings are Carnet&apos;s own, not validated versions.</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2 (The Qt Company, LGPL-3.0), Python %3, SQLAlchemy, Alembic and cryptography.</source>
        <translation>Built with Qt %1 and PySide6 %2 (The Qt Company, LGPL-3.0), Python %3, SQLAlchemy, Alembic and cryptography.</translation>
    </message>
    <message>
        <source>Icons: Lucide (lucide.dev), ISC licence.</source>
        <translation>Icons: Lucide (lucide.dev), ISC licence.</translation>
    </message>
    <message>
        <source>New journals go by default in: %1</source>
        <translation>New journals go by default in: %1</translation>
    </message>
    <message>
        <source>Settings: %1. They hold only what would be harmless to show a stranger: window size, language, theme, lock delay, reminder time and the last journal&apos;s path. Nothing you write is ever kept there.</source>
        <translation>Settings: %1. They hold only what would be harmless to show a stranger: window size, language, theme, lock delay, reminder time and the last journal&apos;s path. Nothing you write is ever kept there.</translation>
    </message>
    <message>
        <source>Everything you write is inside the journal file, encrypted. The only files in the clear are the exports you choose to make.</source>
        <translation>Everything you write is inside the journal file, encrypted. The only files in the clear are the exports you choose to make.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Where your data lives</translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation>No journal is open.</translation>
    </message>
    <message>
        <source>This journal: %1 (its last ten saved versions, encrypted too, are in %2)</source>
        <translation>This journal: %1 (its last ten saved versions, encrypted too, are in %2)</translation>
    </message>
</context>
<context>
    <name>AnalysisGroupDialog</name>
    <message>
        <source>Prepare for an analysis group</source>
        <translation>Prepare for an analysis group</translation>
    </message>
    <message>
        <source>Carnet filled in the grid from the dilemma&apos;s story and reflections. Change anything: only this account can leave the journal, and only after you have checked every finding.</source>
        <translation>Carnet filled in the grid from the dilemma&apos;s story and reflections. Change anything: only this account can leave the journal, and only after you have checked every finding.</translation>
    </message>
    <message>
        <source>Title of the situation</source>
        <translation>Title of the situation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>&amp;Keep as a draft in the journal</source>
        <translation>&amp;Keep as a draft in the journal</translation>
    </message>
    <message>
        <source>&amp;Review and export…</source>
        <translation>&amp;Review and export…</translation>
    </message>
    <message>
        <source>Draft kept in the journal</source>
        <translation>Draft kept in the journal</translation>
    </message>
    <message>
        <source>analysis-group-%1</source>
        <comment>file name; %1 is the month</comment>
        <translation>analysis-group-%1</translation>
    </message>
    <message>
        <source>Account saved (not encrypted)</source>
        <translation>Account saved (not encrypted)</translation>
    </message>
</context>
<context>
    <name>BackupReminderBanner</name>
    <message>
        <source>Not &amp;now</source>
        <translation>Not &amp;now</translation>
    </message>
    <message>
        <source>Your journal has no backup yet. A copy on a USB key or in a synchronised folder keeps it safe if this computer is lost or breaks.</source>
        <translation>Your journal has no backup yet. A copy on a USB key or in a synchronised folder keeps it safe if this computer is lost or breaks.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup is %n days old. Back up now?</source>
        <translation>
            <numerusform>Your last backup is %n day old. Back up now?</numerusform>
            <numerusform>Your last backup is %n days old. Back up now?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Choose a backup folder…</source>
        <translation>&amp;Choose a backup folder…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>This backup is damaged or cannot be read, so it was not restored. Nothing has been changed: choose another backup.</source>
        <translation>This backup is damaged or cannot be read, so it was not restored. Nothing has been changed: choose another backup.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Backed up to %1</translation>
    </message>
    <message>
        <source>Scheduled backup not made: the backup folder is not available</source>
        <translation>Scheduled backup not made: the backup folder is not available</translation>
    </message>
    <message>
        <source>Scheduled backup not made: %1</source>
        <translation>Scheduled backup not made: %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>today at %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>yesterday at %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>on %1 at %2</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>Beside the journal</source>
        <translation>Beside the journal</translation>
    </message>
    <message>
        <source>Kept aside by a restore</source>
        <translation>Kept aside by a restore</translation>
    </message>
    <message>
        <source>Choose a folder for your backups first: a USB key, or a folder your computer synchronises.</source>
        <translation>Choose a folder for your backups first: a USB key, or a folder your computer synchronises.</translation>
    </message>
    <message>
        <source>The backup folder is not available. If it is on a USB key or a network drive, connect it and try again. Your journal has not been changed.</source>
        <translation>The backup folder is not available. If it is on a USB key or a network drive, connect it and try again. Your journal has not been changed.</translation>
    </message>
    <message>
        <source>The disk holding the backup folder is full, so no backup was written. Free some space or choose another folder. Your journal has not been changed.</source>
        <translation>The disk holding the backup folder is full, so no backup was written. Free some space or choose another folder. Your journal has not been changed.</translation>
    </message>
    <message>
        <source>Carnet may not write in the backup folder (a locked USB key, or a folder without permission). Choose another folder. Your journal has not been changed.</source>
        <translation>Carnet may not write in the backup folder (a locked USB key, or a folder without permission). Choose another folder. Your journal has not been changed.</translation>
    </message>
    <message>
        <source>This backup belongs to another journal, so it was not restored. Nothing has been changed.</source>
        <translation>This backup belongs to another journal, so it was not restored. Nothing has been changed.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of your journal in a folder you choose: a USB key, or a folder your computer synchronises. It opens with the passphrase you had when it was made.</source>
        <translation>A backup is an encrypted copy of your journal in a folder you choose: a USB key, or a folder your computer synchronises. It opens with the passphrase you had when it was made.</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>No folder chosen yet</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Backup folder</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choose…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choose the backup folder</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Only when I ask</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Once a day</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Once a week</translation>
    </message>
    <message>
        <source>Scheduled backups are made when you open, save or lock the journal, if the folder is available.</source>
        <translation>Scheduled backups are made when you open, save or lock the journal, if the folder is available.</translation>
    </message>
    <message>
        <source>Older ones are deleted. No other file in the folder is ever touched.</source>
        <translation>Older ones are deleted. No other file in the folder is ever touched.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>Backup &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Automatic backup:</source>
        <translation>&amp;Automatic backup:</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Backups to &amp;keep:</translation>
    </message>
    <message>
        <source>Re&amp;mind me after:</source>
        <translation>Re&amp;mind me after:</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>Back &amp;up now</translation>
    </message>
    <message>
        <source>&amp;Stop the restore</source>
        <translation>&amp;Stop the restore</translation>
    </message>
    <message>
        <source>Backups of this journal</source>
        <translation>Backups of this journal</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>No backup yet.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>&amp;Restore this backup…</translation>
    </message>
    <message>
        <source>Your journal as it is now is kept beside it, so a restore can be undone.</source>
        <translation>Your journal as it is now is kept beside it, so a restore can be undone.</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Choose a folder for backups</translation>
    </message>
    <message>
        <source>This folder is not available right now. If it is on a USB key, plug it in and open this window again.</source>
        <translation>This folder is not available right now. If it is on a USB key, plug it in and open this window again.</translation>
    </message>
    <message>
        <source>This folder is on the same disk as your journal: if the computer is lost or the disk fails, the backups go with it. A USB key or a synchronised folder is safer.</source>
        <translation>This folder is on the same disk as your journal: if the computer is lost or the disk fails, the backups go with it. A USB key or a synchronised folder is safer.</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>No backup made yet.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Last backup: %1</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Writing an encrypted backup…</translation>
    </message>
    <message>
        <source>Backed up at %1 to %2</source>
        <translation>Backed up at %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n older backups deleted)</source>
        <translation>
            <numerusform>(%n older backup deleted)</numerusform>
            <numerusform>(%n older backups deleted)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <source>Your journal will be replaced by the backup made %1. Your journal as it is now is kept beside it and will appear in this list, so you can come back to it. Your passphrase stays the same.</source>
        <translation>Your journal will be replaced by the backup made %1. Your journal as it is now is kept beside it and will appear in this list, so you can come back to it. Your passphrase stays the same.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it…</source>
        <translation>Checking the backup, then restoring it…</translation>
    </message>
    <message>
        <source>Backup restored. Your journal as it was is kept as “%1”.</source>
        <translation>Backup restored. Your journal as it was is kept as “%1”.</translation>
    </message>
    <message>
        <source>The restore was stopped: your journal was not changed.</source>
        <translation>The restore was stopped: your journal was not changed.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar of the journal</source>
        <translation>Calendar of the journal</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Previous month</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Next month</translation>
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
        <source>Narrow down</source>
        <translation>Narrow down</translation>
    </message>
    <message>
        <source>No entry in this period. Choose another day on the calendar, or show more with the filters.</source>
        <translation>No entry in this period. Choose another day on the calendar, or show more with the filters.</translation>
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
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Your entries day by day: choose a day, a week or a month, and narrow down what is shown.</source>
        <translation>Your entries day by day: choose a day, a week or a month, and narrow down what is shown.</translation>
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
    <name>CheckinDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Not now</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Save my answers</source>
        <translation>&amp;Save my answers</translation>
    </message>
    <message>
        <source>Save my answers (Ctrl+Enter)</source>
        <translation>Save my answers (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Where to turn</source>
        <translation>&amp;Where to turn</translation>
    </message>
    <message>
        <source>How are you doing?</source>
        <translation>How are you doing?</translation>
    </message>
    <message>
        <source>Your answers are private: they stay in your encrypted journal, and Carnet never sends them anywhere.</source>
        <translation>Your answers are private: they stay in your encrypted journal, and Carnet never sends them anywhere.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days, Carnet offers you a short check-in: a few questions on how tired you feel and on your working conditions. It takes about 3 minutes.</source>
        <translation>
            <numerusform>Every %n day, Carnet offers you a short check-in: a few questions on how tired you feel and on your working conditions. It takes about 3 minutes.</numerusform>
            <numerusform>Every %n days, Carnet offers you a short check-in: a few questions on how tired you feel and on your working conditions. It takes about 3 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins are turned off in the settings, but you can take one whenever you like: a few questions on how tired you feel and on your working conditions, about 3 minutes.</source>
        <translation>Check-ins are turned off in the settings, but you can take one whenever you like: a few questions on how tired you feel and on your working conditions, about 3 minutes.</translation>
    </message>
    <message>
        <source>Your last check-in was on %1.</source>
        <translation>Your last check-in was on %1.</translation>
    </message>
    <message>
        <source>Keyboard: Tab or the Down arrow goes to the next question; keys 1 to 5 choose the answer in that column, from the left; Delete clears an answer. You can skip any question.</source>
        <translation>Keyboard: Tab or the Down arrow goes to the next question; keys 1 to 5 choose the answer in that column, from the left; Delete clears an answer. You can skip any question.</translation>
    </message>
    <message>
        <source>The wording of these questions is our own translation of the English original, not a validated version.</source>
        <translation>The wording of these questions is our own translation of the English original, not a validated version.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 of %2 answered</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved in your journal.</source>
        <translation>Thank you. Your answers are saved in your journal.</translation>
    </message>
    <message>
        <source>Each score goes from 0 to 100: it is the average of your answers in that part, where 100 means “always” or “to a very high degree” and 0 means “never” or “to a very low degree”. Skipped questions are left out. What matters most is how a score moves from one check-in to the next.</source>
        <translation>Each score goes from 0 to 100: it is the average of your answers in that part, where 100 means “always” or “to a very high degree” and 0 means “never” or “to a very low degree”. Skipped questions are left out. What matters most is how a score moves from one check-in to the next.</translation>
    </message>
    <message>
        <source>Perhaps talk about it with someone</source>
        <translation>Perhaps talk about it with someone</translation>
    </message>
    <message>
        <source>%1 out of 100</source>
        <translation>%1 out of 100</translation>
    </message>
    <message>
        <source>no score this time</source>
        <translation>no score this time</translation>
    </message>
    <message>
        <source>Not enough answers this time to give this score: it needs at least %1 of its %2 questions.</source>
        <translation>Not enough answers this time to give this score: it needs at least %1 of its %2 questions.</translation>
    </message>
    <message>
        <source>Your first score of this kind: the next check-ins will show how it moves.</source>
        <translation>Your first score of this kind: the next check-ins will show how it moves.</translation>
    </message>
    <message>
        <source>Higher than in your earlier check-ins.</source>
        <translation>Higher than in your earlier check-ins.</translation>
    </message>
    <message>
        <source>Lower than in your earlier check-ins.</source>
        <translation>Lower than in your earlier check-ins.</translation>
    </message>
    <message>
        <source>About the same as in your earlier check-ins.</source>
        <translation>About the same as in your earlier check-ins.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>Before: %1.</source>
        <translation>Before: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(last time: %1)</source>
        <translation>(last time: %1)</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3.</source>
        <translation>%1 went from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 has stayed high: %2, then %3.</source>
        <translation>%1 has stayed high: %2, then %3.</translation>
    </message>
    <message>
        <source>Since your last check-in, some of your scores have risen or stayed high.</source>
        <translation>Since your last check-in, some of your scores have risen or stayed high.</translation>
    </message>
    <message>
        <source>That is worth a moment of attention, and you do not have to carry it alone: talking with someone you trust, at work or outside it, often helps. Here is where you can turn.</source>
        <translation>That is worth a moment of attention, and you do not have to carry it alone: talking with someone you trust, at work or outside it, often helps. Here is where you can turn.</translation>
    </message>
    <message>
        <source>Your answers were not saved, but they are still here: %1</source>
        <translation>Your answers were not saved, but they are still here: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CheckinSettingsWidget</name>
    <message>
        <source>Offer a check-in every this many days</source>
        <translation>Offer a check-in every this many days</translation>
    </message>
    <message>
        <source>&amp;No check-ins</source>
        <translation>&amp;No check-ins</translation>
    </message>
    <message>
        <source>Check-in &amp;every:</source>
        <translation>Check-in &amp;every:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
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
        <source>Choose where to keep the journal</source>
        <translation>Choose where to keep the journal</translation>
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
        <source>%1, in Carnet’s own folder on this computer</source>
        <translation>%1, in Carnet’s own folder on this computer</translation>
    </message>
    <message>
        <source>%1, in the folder %2</source>
        <translation>%1, in the folder %2</translation>
    </message>
    <message>
        <source>Where the journal will be kept: %1</source>
        <translation>Where the journal will be kept: %1</translation>
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
        <source>Choose another name or a shorter folder: this one could not be opened on every computer. Windows refuses names such as CON or AUX, names ending with a dot or a space, the characters &lt; &gt; : &quot; / \ | ? * and paths longer than 259 characters.</source>
        <translation>Choose another name or a shorter folder: this one could not be opened on every computer. Windows refuses names such as CON or AUX, names ending with a dot or a space, the characters &lt; &gt; : &quot; / \ | ? * and paths longer than 259 characters.</translation>
    </message>
    <message>
        <source>Creating your journal… This takes a moment: Carnet is making your passphrase very hard to crack.</source>
        <translation>Creating your journal… This takes a moment: Carnet is making your passphrase very hard to crack.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Your first check-in on this: the next ones will show how it moves.</source>
        <translation>Your first check-in on this: the next ones will show how it moves.</translation>
    </message>
    <message>
        <source>About the same as at your previous check-ins.</source>
        <translation>About the same as at your previous check-ins.</translation>
    </message>
    <message>
        <source>Clearly higher than at your previous check-ins.</source>
        <translation>Clearly higher than at your previous check-ins.</translation>
    </message>
    <message>
        <source>A little higher than at your previous check-ins.</source>
        <translation>A little higher than at your previous check-ins.</translation>
    </message>
    <message>
        <source>Clearly lower than at your previous check-ins.</source>
        <translation>Clearly lower than at your previous check-ins.</translation>
    </message>
    <message>
        <source>A little lower than at your previous check-ins.</source>
        <translation>A little lower than at your previous check-ins.</translation>
    </message>
    <message>
        <source>How am I doing</source>
        <translation>How am I doing</translation>
    </message>
    <message>
        <source>Figures drawn from your own entries, for you alone: to notice how your weeks go, not to judge them.</source>
        <translation>Figures drawn from your own entries, for you alone: to notice how your weeks go, not to judge them.</translation>
    </message>
    <message>
        <source>Nothing to show yet. As you write entries, this page shows how your weeks go: contacts outside your hours, acts beyond your frame, how heavy the days were, next to what is usual for you.</source>
        <translation>Nothing to show yet. As you write entries, this page shows how your weeks go: contacts outside your hours, acts beyond your frame, how heavy the days were, next to what is usual for you.</translation>
    </message>
    <message>
        <source>Dilemmas and limits</source>
        <translation>Dilemmas and limits</translation>
    </message>
    <message>
        <source>Figure shown</source>
        <translation>Figure shown</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Figure:</translation>
    </message>
    <message>
        <source>Show figures as &amp;text</source>
        <translation>Show figures as &amp;text</translation>
    </message>
    <message>
        <source>Each week</source>
        <translation>Each week</translation>
    </message>
    <message>
        <source>Chart of the last twelve weeks</source>
        <translation>Chart of the last twelve weeks</translation>
    </message>
    <message>
        <source>Click a week, or use the left and right arrow keys, to list the entries behind it. The same figures are available as text.</source>
        <translation>Click a week, or use the left and right arrow keys, to list the entries behind it. The same figures are available as text.</translation>
    </message>
    <message>
        <source>The figures of the last twelve weeks, as text</source>
        <translation>The figures of the last twelve weeks, as text</translation>
    </message>
    <message>
        <source>Entries behind the chosen week&apos;s figure</source>
        <translation>Entries behind the chosen week&apos;s figure</translation>
    </message>
    <message>
        <source>Your check-ins</source>
        <translation>Your check-ins</translation>
    </message>
    <message>
        <source>From 0 to 100: the higher the score, the more tiredness you reported. A pointer for your own reflection, not a diagnosis.</source>
        <translation>From 0 to 100: the higher the score, the more tiredness you reported. A pointer for your own reflection, not a diagnosis.</translation>
    </message>
    <message>
        <source>Your answers have gone up or stayed high lately. Talking about it can help: a colleague you trust, your supervision, the prevention advisor at work, your doctor.</source>
        <translation>Your answers have gone up or stayed high lately. Talking about it can help: a colleague you trust, your supervision, the prevention advisor at work, your doctor.</translation>
    </message>
    <message>
        <source>&amp;Where to turn…</source>
        <translation>&amp;Where to turn…</translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation>&amp;Check in now</translation>
    </message>
    <message>
        <source>Click a week on the chart, or choose a row of the table, to list the entries behind it.</source>
        <translation>Click a week on the chart, or choose a row of the table, to list the entries behind it.</translation>
    </message>
    <message numerus="yes">
        <source>%n open dilemma(s)</source>
        <translation>
            <numerusform>%n open dilemma</numerusform>
            <numerusform>%n open dilemmas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the oldest was opened %n day(s) ago</source>
        <translation>
            <numerusform>%1; the oldest was opened %n day ago</numerusform>
            <numerusform>%1; the oldest was opened %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>No dilemma open.</source>
        <translation>No dilemma open.</translation>
    </message>
    <message>
        <source>You have not set limits for yourself (see My limits).</source>
        <translation>You have not set limits for yourself (see My limits).</translation>
    </message>
    <message>
        <source>Your limits were not crossed this week or this month.</source>
        <translation>Your limits were not crossed this week or this month.</translation>
    </message>
    <message>
        <source>Your limits were crossed %1 and %2.</source>
        <translation>Your limits were crossed %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) this week</source>
        <translation>
            <numerusform>%n time this week</numerusform>
            <numerusform>%n times this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) this month</source>
        <translation>
            <numerusform>%n time this month</numerusform>
            <numerusform>%n times this month</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not checked in yet. A few questions every two weeks, in under three minutes, help you see how you are doing over time.</source>
        <translation>You have not checked in yet. A few questions every two weeks, in under three minutes, help you see how you are doing over time.</translation>
    </message>
    <message numerus="yes">
        <source>Your last check-in was %n day(s) ago, on %1. A new one is welcome whenever it suits you.</source>
        <translation>
            <numerusform>Your last check-in was %n day ago, on %1. A new one is welcome whenever it suits you.</numerusform>
            <numerusform>Your last check-in was %n days ago, on %1. A new one is welcome whenever it suits you.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last check-in: %1.</source>
        <translation>Your last check-in: %1.</translation>
    </message>
    <message>
        <source>Not enough answers this time.</source>
        <translation>Not enough answers this time.</translation>
    </message>
    <message>
        <source>%1 out of 100. %2</source>
        <translation>%1 out of 100. %2</translation>
    </message>
    <message numerus="yes">
        <source>Your usual level is not known yet — after %1 weeks of writing, Carnet shows it beside your weeks (%n more week(s) to go).</source>
        <translation>
            <numerusform>Your usual level is not known yet — after %1 weeks of writing, Carnet shows it beside your weeks (%n more week to go).</numerusform>
            <numerusform>Your usual level is not known yet — after %1 weeks of writing, Carnet shows it beside your weeks (%n more weeks to go).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your usual level is not known yet: it needs weeks with this figure in the six months before this one.</source>
        <translation>Your usual level is not known yet: it needs weeks with this figure in the six months before this one.</translation>
    </message>
    <message>
        <source>Dashed line: your usual level, %1 (the middle value of your weeks over the six months before this one).</source>
        <translation>Dashed line: your usual level, %1 (the middle value of your weeks over the six months before this one).</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week number</comment>
        <translation>W%1</translation>
    </message>
    <message>
        <source>Your usual level</source>
        <translation>Your usual level</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>week %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Looking for the entries…</source>
        <translation>Looking for the entries…</translation>
    </message>
    <message>
        <source>&amp;Entries behind “%1”, %2 (Enter opens one):</source>
        <translation>&amp;Entries behind “%1”, %2 (Enter opens one):</translation>
    </message>
    <message>
        <source>No entry behind “%1” in %2.</source>
        <translation>No entry behind “%1” in %2.</translation>
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
        <source>Prepare for an analysis &amp;group…</source>
        <translation>Prepare for an analysis &amp;group…</translation>
    </message>
    <message>
        <source>An account of this situation on the analysis grid, for a supervision, intervision or analysis group: every name, number and date is checked before anything leaves the journal.</source>
        <translation>An account of this situation on the analysis grid, for a supervision, intervision or analysis group: every name, number and date is checked before anything leaves the journal.</translation>
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
        <source>&amp;Kinds of dilemma</source>
        <translation>&amp;Kinds of dilemma</translation>
    </message>
    <message>
        <source>Its &amp;story</source>
        <translation>Its &amp;story</translation>
    </message>
    <message>
        <source>What was &amp;decided, and why</source>
        <translation>What was &amp;decided, and why</translation>
    </message>
    <message>
        <source>&amp;Where it stands:</source>
        <translation>&amp;Where it stands:</translation>
    </message>
    <message>
        <source>New r&amp;eflection:</source>
        <translation>New r&amp;eflection:</translation>
    </message>
    <message>
        <source>What I &amp;learned:</source>
        <translation>What I &amp;learned:</translation>
    </message>
    <message>
        <source>Choose a dilemma in the list to see its whole story: where it stands, the entries and reflections that made it, what was decided.</source>
        <translation>Choose a dilemma in the list to see its whole story: where it stands, the entries and reflections that made it, what was decided.</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemmas</translation>
    </message>
    <message>
        <source>The questions you follow week after week, until they are settled or you learn to live with them.</source>
        <translation>The questions you follow week after week, until they are settled or you learn to live with them.</translation>
    </message>
    <message>
        <source>Remove this entry from the dilemma</source>
        <translation>Remove this entry from the dilemma</translation>
    </message>
    <message>
        <source>opened today</source>
        <translation>opened today</translation>
    </message>
    <message numerus="yes">
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>open for %n day</numerusform>
            <numerusform>open for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>last activity %1</translation>
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
        <source>How heavy this situation was for you, from 0 (not at all) to 10 (very heavy). “How am I doing” shows how heavy your weeks were; leave it not set if you prefer.</source>
        <translation>How heavy this situation was for you, from 0 (not at all) to 10 (very heavy). “How am I doing” shows how heavy your weeks were; leave it not set if you prefer.</translation>
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
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>Cha&amp;nnel:</translation>
    </message>
    <message>
        <source>Emotional &amp;load:</source>
        <translation>Emotional &amp;load:</translation>
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
        <source>&amp;When did it happen?</source>
        <translation>&amp;When did it happen?</translation>
    </message>
    <message>
        <source>When the contact happened: Carnet judges from it whether it was outside your working hours.</source>
        <translation>When the contact happened: Carnet judges from it whether it was outside your working hours.</translation>
    </message>
    <message>
        <source>Situation &amp;of (optional):</source>
        <translation>Situation &amp;of (optional):</translation>
    </message>
    <message>
        <source>The day and time of the situation this reflection is about, if there is one; otherwise the time of writing stays. Writing in the evening is not counted as working off-hours.</source>
        <translation>The day and time of the situation this reflection is about, if there is one; otherwise the time of writing stays. Writing in the evening is not counted as working off-hours.</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Hide the details</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Show the details</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>weight %1/10</source>
        <translation>weight %1/10</translation>
    </message>
    <message>
        <source>Outside your working hours (set by you)</source>
        <translation>Outside your working hours (set by you)</translation>
    </message>
    <message>
        <source>Outside your working hours: for a contact, Carnet ticks it from your working hours when you have set them (a reflection is not work done off-hours). Tick or untick it to decide yourself.</source>
        <translation>Outside your working hours: for a contact, Carnet ticks it from your working hours when you have set them (a reflection is not work done off-hours). Tick or untick it to decide yourself.</translation>
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
    <name>EntryList</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Yesterday</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export entries</source>
        <translation>Export entries</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;JSON: everything, and it can be imported back into Carnet</source>
        <translation>&amp;JSON: everything, and it can be imported back into Carnet</translation>
    </message>
    <message>
        <source>&amp;Markdown: one text file per entry, readable in any editor</source>
        <translation>&amp;Markdown: one text file per entry, readable in any editor</translation>
    </message>
    <message>
        <source>&amp;PDF: to read or print, one section per month</source>
        <translation>&amp;PDF: to read or print, one section per month</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>The &amp;whole journal</source>
        <translation>The &amp;whole journal</translation>
    </message>
    <message>
        <source>Only the days &amp;from</source>
        <translation>Only the days &amp;from</translation>
    </message>
    <message>
        <source>First day exported</source>
        <translation>First day exported</translation>
    </message>
    <message>
        <source>Last day exported</source>
        <translation>Last day exported</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Choose where to write the export</source>
        <translation>Choose where to write the export</translation>
    </message>
    <message>
        <source>Where the export is written</source>
        <translation>Where the export is written</translation>
    </message>
    <message>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Choose a folder…</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination:</translation>
    </message>
    <message>
        <source>The export is NOT encrypted: anyone who can open these files can read the entries in them, with their persons and tags. Write it only where you need it, and delete it when you no longer do.</source>
        <translation>The export is NOT encrypted: anyone who can open these files can read the entries in them, with their persons and tags. Write it only where you need it, and delete it when you no longer do.</translation>
    </message>
    <message>
        <source>I &amp;understand that the export is not encrypted</source>
        <translation>I &amp;understand that the export is not encrypted</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>Choose the folder to write the export in</source>
        <translation>Choose the folder to write the export in</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>The first day is after the last one.</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Writing the export…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1. Remember: this export is not encrypted.</source>
        <translation>
            <numerusform>%n entry written to %1. Remember: this export is not encrypted.</numerusform>
            <numerusform>%n entries written to %1. Remember: this export is not encrypted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <source>Check before exporting</source>
        <translation>Check before exporting</translation>
    </message>
    <message>
        <source>Carnet looked for what could identify someone: names, phone numbers, email and postal addresses, national numbers, bank accounts. Replace each one, or keep it if it is fine to share.</source>
        <translation>Carnet looked for what could identify someone: names, phone numbers, email and postal addresses, national numbers, bank accounts. Replace each one, or keep it if it is fine to share.</translation>
    </message>
    <message>
        <source>Replace it with</source>
        <translation>Replace it with</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Replace &amp;with:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Replace</translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation>&amp;Keep as is</translation>
    </message>
    <message>
        <source>Replace it in the export (%1 in the list)</source>
        <translation>Replace it in the export (%1 in the list)</translation>
    </message>
    <message>
        <source>Leave it as written (%1 in the list)</source>
        <translation>Leave it as written (%1 in the list)</translation>
    </message>
    <message>
        <source>What looks identifying; %1 replaces, %2 keeps</source>
        <translation>What looks identifying; %1 replaces, %2 keeps</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>Replace &amp;all</translation>
    </message>
    <message>
        <source>Replace every finding not decided yet with its suggestion</source>
        <translation>Replace every finding not decided yet with its suggestion</translation>
    </message>
    <message>
        <source>Keep a&amp;ll</source>
        <translation>Keep a&amp;ll</translation>
    </message>
    <message>
        <source>Keep every finding not decided yet as written</source>
        <translation>Keep every finding not decided yet as written</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>&amp;Findings:</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Preview of the export</translation>
    </message>
    <message>
        <source>&amp;Preview of what will be written:</source>
        <translation>&amp;Preview of what will be written:</translation>
    </message>
    <message>
        <source>&amp;Coarsen dates to the week</source>
        <translation>&amp;Coarsen dates to the week</translation>
    </message>
    <message>
        <source>Dates show as their week, and exact dates in the texts become findings</source>
        <translation>Dates show as their week, and exact dates in the texts become findings</translation>
    </message>
    <message>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <source>&amp;Markdown</source>
        <translation>&amp;Markdown</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Chosen when you export</source>
        <translation>Chosen when you export</translation>
    </message>
    <message>
        <source>Where the file is written</source>
        <translation>Where the file is written</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read it. This review is a help, not a guarantee: read the preview before sharing, and delete the file once you no longer need it.</source>
        <translation>The exported file is NOT encrypted: anyone who can open it can read it. This review is a help, not a guarantee: read the preview before sharing, and delete the file once you no longer need it.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Open folder</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Looking for what could identify someone…</source>
        <translation>Looking for what could identify someone…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>National number</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Bank account (IBAN)</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Exact date</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>to review</translation>
    </message>
    <message>
        <source>replaced by “%1”</source>
        <translation>replaced by “%1”</translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation>kept as is</translation>
    </message>
    <message>
        <source>%1: “%2” — %3</source>
        <translation>%1: “%2” — %3</translation>
    </message>
    <message>
        <source>its title</source>
        <translation>its title</translation>
    </message>
    <message>
        <source>the subtitle</source>
        <translation>the subtitle</translation>
    </message>
    <message>
        <source>the heading</source>
        <translation>the heading</translation>
    </message>
    <message>
        <source>the introduction</source>
        <translation>the introduction</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>its text</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>the question</translation>
    </message>
    <message>
        <source>its details</source>
        <translation>its details</translation>
    </message>
    <message>
        <source>The title page (%1)</source>
        <translation>The title page (%1)</translation>
    </message>
    <message>
        <source>%1, item %2 (%3)</source>
        <translation>%1, item %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing looks identifying. Read the preview all the same before sharing.</source>
        <translation>Nothing looks identifying. Read the preview all the same before sharing.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) still to review before exporting.</source>
        <translation>
            <numerusform>%n finding still to review before exporting.</numerusform>
            <numerusform>%n findings still to review before exporting.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every finding is reviewed: you can export.</source>
        <translation>Every finding is reviewed: you can export.</translation>
    </message>
    <message>
        <source>Where to save the export (not encrypted)</source>
        <translation>Where to save the export (not encrypted)</translation>
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
        <translation>Writing the export…</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Saved to %1. It is not encrypted: delete it when you no longer need it.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Nothing was written.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Look in:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Files of type:</translation>
    </message>
</context>
<context>
    <name>HoursChartView</name>
    <message>
        <source>Hours done</source>
        <translation>Hours done</translation>
    </message>
    <message>
        <source>Steady pace</source>
        <translation>Steady pace</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>Chart of the hours done against the required hours</source>
        <translation>Chart of the hours done against the required hours</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Required: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>This file or folder cannot be read. Check that it still exists (a USB key may have been removed) and that you may open it.</source>
        <translation>This file or folder cannot be read. Check that it still exists (a USB key may have been removed) and that you may open it.</translation>
    </message>
    <message>
        <source>Carnet does not recognise this file. Choose its format in the list, or choose a Day One export (.zip or .json), a jrnl or Carnet export (.json), or a folder of Markdown notes.</source>
        <translation>Carnet does not recognise this file. Choose its format in the list, or choose a Day One export (.zip or .json), a jrnl or Carnet export (.json), or a folder of Markdown notes.</translation>
    </message>
    <message>
        <source>This file is not text in UTF-8, so Carnet cannot read it.</source>
        <translation>This file is not text in UTF-8, so Carnet cannot read it.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a JSON file.</source>
        <translation>This file is damaged or is not a JSON file.</translation>
    </message>
    <message>
        <source>This zip file is damaged, protected by a password, or compressed in a way Carnet cannot read.</source>
        <translation>This zip file is damaged, protected by a password, or compressed in a way Carnet cannot read.</translation>
    </message>
    <message>
        <source>This zip file holds no Day One journal (no .json file inside). Export the journal again from Day One, choosing JSON.</source>
        <translation>This zip file holds no Day One journal (no .json file inside). Export the journal again from Day One, choosing JSON.</translation>
    </message>
    <message>
        <source>This file is not in the format chosen. Choose another format, or let Carnet recognise it.</source>
        <translation>This file is not in the format chosen. Choose another format, or let Carnet recognise it.</translation>
    </message>
    <message>
        <source>This export was written by a newer version of Carnet. Install the latest version to import it.</source>
        <translation>This export was written by a newer version of Carnet. Install the latest version to import it.</translation>
    </message>
    <message>
        <source>An entry cannot be read: one of its fields is missing or holds a value Carnet does not accept (a date that does not exist, a number instead of text...).</source>
        <translation>An entry cannot be read: one of its fields is missing or holds a value Carnet does not accept (a date that does not exist, a number instead of text...).</translation>
    </message>
    <message>
        <source>The same entry appears twice in this source, so Carnet cannot tell which one to keep.</source>
        <translation>The same entry appears twice in this source, so Carnet cannot tell which one to keep.</translation>
    </message>
    <message>
        <source>The properties at the top of a note (the block between two --- lines) are not valid YAML.</source>
        <translation>The properties at the top of a note (the block between two --- lines) are not valid YAML.</translation>
    </message>
    <message>
        <source>Some notes have no date, neither in their properties (date: 2024-03-05) nor at the start of their file name (2024-03-05 Meeting.md). Add one, then try again.</source>
        <translation>Some notes have no date, neither in their properties (date: 2024-03-05) nor at the start of their file name (2024-03-05 Meeting.md). Add one, then try again.</translation>
    </message>
    <message>
        <source>This is too large to be a journal export or a folder of notes: choose the export itself, or the folder of the notes only.</source>
        <translation>This is too large to be a journal export or a folder of notes: choose the export itself, or the folder of the notes only.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Where: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entry %1</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>field “%1”</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>Import entries</source>
        <translation>Import entries</translation>
    </message>
    <message>
        <source>This folder holds no notes nor documents (.md, .txt, .docx or .odt files).</source>
        <translation>This folder holds no notes nor documents (.md, .txt, .docx or .odt files).</translation>
    </message>
    <message>
        <source>This Word file is protected by a password, or is an old .doc file. Open it in Word or LibreOffice, remove the password or save it as .docx, then try again.</source>
        <translation>This Word file is protected by a password, or is an old .doc file. Open it in Word or LibreOffice, remove the password or save it as .docx, then try again.</translation>
    </message>
    <message>
        <source>This document is damaged, or is not a Word or LibreOffice document.</source>
        <translation>This document is damaged, or is not a Word or LibreOffice document.</translation>
    </message>
    <message>
        <source>Some files cannot be read. Agree to leave them out to import the rest.</source>
        <translation>Some files cannot be read. Agree to leave them out to import the rest.</translation>
    </message>
    <message>
        <source>This computer does not record when a file was created. Choose the date of the last change, or leave undated notes out.</source>
        <translation>This computer does not record when a file was created. Choose the date of the last change, or leave undated notes out.</translation>
    </message>
    <message>
        <source>its properties (between --- or +++ lines) are not valid</source>
        <translation>its properties (between --- or +++ lines) are not valid</translation>
    </message>
    <message>
        <source>not text in UTF-8</source>
        <translation>not text in UTF-8</translation>
    </message>
    <message>
        <source>the property “%1” holds a value Carnet does not accept</source>
        <translation>the property “%1” holds a value Carnet does not accept</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>too large</translation>
    </message>
    <message>
        <source>protected by a password, or an old .doc file</source>
        <translation>protected by a password, or an old .doc file</translation>
    </message>
    <message>
        <source>damaged, or not a Word or LibreOffice document</source>
        <translation>damaged, or not a Word or LibreOffice document</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>cannot be opened</translation>
    </message>
    <message>
        <source>they take the date their file was last changed</source>
        <translation>they take the date their file was last changed</translation>
    </message>
    <message>
        <source>they take the date their file was created</source>
        <translation>they take the date their file was created</translation>
    </message>
    <message>
        <source>they are left out</source>
        <translation>they are left out</translation>
    </message>
    <message>
        <source>Bring your entries from Day One, a folder of Markdown notes, Word, LibreOffice or text documents, jrnl or another Carnet journal. Nothing is imported before you confirm, and entries already in your journal are skipped.</source>
        <translation>Bring your entries from Day One, a folder of Markdown notes, Word, LibreOffice or text documents, jrnl or another Carnet journal. Nothing is imported before you confirm, and entries already in your journal are skipped.</translation>
    </message>
    <message>
        <source>No file or folder chosen yet</source>
        <translation>No file or folder chosen yet</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>File or folder to import</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choose a &amp;file…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Choose a f&amp;older…</translation>
    </message>
    <message>
        <source>Format of the source</source>
        <translation>Format of the source</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Recognise automatically</translation>
    </message>
    <message>
        <source>Day One (the exported .zip, or its .json)</source>
        <translation>Day One (the exported .zip, or its .json)</translation>
    </message>
    <message>
        <source>Markdown notes (a folder of .md files)</source>
        <translation>Markdown notes (a folder of .md files)</translation>
    </message>
    <message>
        <source>Documents (Word .docx, LibreOffice .odt, text .txt: a folder or one file)</source>
        <translation>Documents (Word .docx, LibreOffice .odt, text .txt: a folder or one file)</translation>
    </message>
    <message>
        <source>jrnl (jrnl --export json)</source>
        <translation>jrnl (jrnl --export json)</translation>
    </message>
    <message>
        <source>Carnet (an export made by Carnet)</source>
        <translation>Carnet (an export made by Carnet)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat:</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>What will be imported</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Entries:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Persons:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Not imported:</translation>
    </message>
    <message>
        <source>Take the date their file was last changed</source>
        <translation>Take the date their file was last changed</translation>
    </message>
    <message>
        <source>Take the date their file was created</source>
        <translation>Take the date their file was created</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Leave them out</translation>
    </message>
    <message>
        <source>Notes &amp;without a date:</source>
        <translation>Notes &amp;without a date:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choose a file to import</translation>
    </message>
    <message>
        <source>Exports (*.zip *.json)</source>
        <translation>Exports (*.zip *.json)</translation>
    </message>
    <message>
        <source>Markdown notes (*.md *.markdown)</source>
        <translation>Markdown notes (*.md *.markdown)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Documents (*.docx *.odt *.txt)</source>
        <translation>Documents (*.docx *.odt *.txt)</translation>
    </message>
    <message>
        <source>Choose the folder of your notes</source>
        <translation>Choose the folder of your notes</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n entries</source>
        <translation>
            <numerusform>&amp;Import %n entry</numerusform>
            <numerusform>&amp;Import %n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your journal, skipped</source>
        <translation>
            <numerusform>%n already in your journal, skipped</numerusform>
            <numerusform>%n already in your journal, skipped</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import: every entry is already in your journal.</source>
        <translation>Nothing new to import: every entry is already in your journal.</translation>
    </message>
    <message>
        <source>No entries to import.</source>
        <translation>No entries to import.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>from %1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave out the %n file(s) that cannot be read, and import the rest</source>
        <translation>
            <numerusform>&amp;Leave out the %n file that cannot be read, and import the rest</numerusform>
            <numerusform>&amp;Leave out the %n files that cannot be read, and import the rest</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importing…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported.</source>
        <translation>
            <numerusform>%n entry imported.</numerusform>
            <numerusform>%n entries imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your journal.</source>
        <translation>
            <numerusform>%n was already in your journal.</numerusform>
            <numerusform>%n were already in your journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Not imported: %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n photo</numerusform>
            <numerusform>%n photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n video(s)</source>
        <translation>
            <numerusform>%n video</numerusform>
            <numerusform>%n videos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio recording(s)</source>
        <translation>
            <numerusform>%n audio recording</numerusform>
            <numerusform>%n audio recordings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF attachment(s)</source>
        <translation>
            <numerusform>%n PDF attachment</numerusform>
            <numerusform>%n PDF attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n place</numerusform>
            <numerusform>%n places</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weather record(s)</source>
        <translation>
            <numerusform>%n weather record</numerusform>
            <numerusform>%n weather records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) without any text</source>
        <translation>
            <numerusform>%n entry without any text</numerusform>
            <numerusform>%n entries without any text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that are not notes</source>
        <translation>
            <numerusform>%n file that is not a note</numerusform>
            <numerusform>%n files that are not notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) (images, PDFs, sounds)</source>
        <translation>
            <numerusform>%n attachment (images, PDFs, sounds)</numerusform>
            <numerusform>%n attachments (images, PDFs, sounds)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that cannot be read</source>
        <translation>
            <numerusform>%n file that cannot be read</numerusform>
            <numerusform>%n files that cannot be read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) without a date</source>
        <translation>
            <numerusform>%n note without a date</numerusform>
            <numerusform>%n notes without a date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in documents</source>
        <translation>
            <numerusform>%n image in documents</numerusform>
            <numerusform>%n images in documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in documents</source>
        <translation>
            <numerusform>%n table in documents</numerusform>
            <numerusform>%n tables in documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read:</source>
        <translation>
            <numerusform>%n file cannot be read:</numerusform>
            <numerusform>%n files cannot be read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have no date in them:</source>
        <translation>
            <numerusform>%n note has no date in it:</numerusform>
            <numerusform>%n notes have no date in them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have other properties, kept in a block at the end of their text:</source>
        <translation>
            <numerusform>%n note has other properties, kept in a block at the end of its text:</numerusform>
            <numerusform>%n notes have other properties, kept in a block at the end of their text:</numerusform>
        </translation>
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
    <name>KeyDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Change passphrase</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>New recovery code</translation>
    </message>
    <message>
        <source>Your journal and the copies Carnet keeps will be encrypted again with a new key. The old passphrase and the old recovery code will no longer open them, and you will get a new recovery code to write down.</source>
        <translation>Your journal and the copies Carnet keeps will be encrypted again with a new key. The old passphrase and the old recovery code will no longer open them, and you will get a new recovery code to write down.</translation>
    </message>
    <message>
        <source>Use this if your recovery code was seen by someone or lost. Your journal and the copies Carnet keeps will be encrypted again with a new key: the old code will no longer open them. Your passphrase stays the same.</source>
        <translation>Use this if your recovery code was seen by someone or lost. Your journal and the copies Carnet keeps will be encrypted again with a new key: the old code will no longer open them. Your passphrase stays the same.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Current passphrase</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Change passphrase</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>&amp;Make a new code</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Type your current passphrase first.</translation>
    </message>
    <message>
        <source>Encrypting the journal and its copies again with a new key…</source>
        <translation>Encrypting the journal and its copies again with a new key…</translation>
    </message>
    <message>
        <source>The journal now opens only with your new passphrase and your new recovery code.</source>
        <translation>The journal now opens only with your new passphrase and your new recovery code.</translation>
    </message>
    <message>
        <source>Saved versions and backups encrypted again with the new key: %1.</source>
        <translation>Saved versions and backups encrypted again with the new key: %1.</translation>
    </message>
    <message>
        <source>Damaged saved versions that could not be encrypted again, and were deleted: %1.</source>
        <translation>Damaged saved versions that could not be encrypted again, and were deleted: %1.</translation>
    </message>
    <message>
        <source>These copies could not be encrypted again and still open with the old passphrase: %1.</source>
        <translation>These copies could not be encrypted again and still open with the old passphrase: %1.</translation>
    </message>
    <message>
        <source>Your backup folder “%1” was not available: the backups in it still open with the old passphrase and the old recovery code. Delete them when you can.</source>
        <translation>Your backup folder “%1” was not available: the backups in it still open with the old passphrase and the old recovery code. Delete them when you can.</translation>
    </message>
    <message>
        <source>Copies Carnet does not look after (on a USB key that was not connected, on another computer, or copied or sent by hand) still open with the old passphrase and the old recovery code.</source>
        <translation>Copies Carnet does not look after (on a USB key that was not connected, on another computer, or copied or sent by hand) still open with the old passphrase and the old recovery code.</translation>
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
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(untitled)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Off-hours contacts</source>
        <translation>Off-hours contacts</translation>
    </message>
    <message>
        <source>Time in off-hours contacts</source>
        <translation>Time in off-hours contacts</translation>
    </message>
    <message>
        <source>Out-of-frame acts</source>
        <translation>Out-of-frame acts</translation>
    </message>
    <message>
        <source>Contacts kept private</source>
        <translation>Contacts kept private</translation>
    </message>
    <message>
        <source>Average emotional weight</source>
        <translation>Average emotional weight</translation>
    </message>
    <message>
        <source>Highest emotional weight</source>
        <translation>Highest emotional weight</translation>
    </message>
    <message>
        <source>Entries for supervision</source>
        <translation>Entries for supervision</translation>
    </message>
    <message>
        <source>Open dilemmas</source>
        <translation>Open dilemmas</translation>
    </message>
    <message>
        <source>Age of the oldest open dilemma</source>
        <translation>Age of the oldest open dilemma</translation>
    </message>
    <message>
        <source>Average age of the open dilemmas</source>
        <translation>Average age of the open dilemmas</translation>
    </message>
    <message>
        <source>Limits crossed</source>
        <translation>Limits crossed</translation>
    </message>
    <message>
        <source>Time beyond working hours</source>
        <translation>Time beyond working hours</translation>
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
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 days</translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation>%1 / 10</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entries</translation>
    </message>
    <message>
        <source>weight (0 to 10)</source>
        <translation>weight (0 to 10)</translation>
    </message>
    <message>
        <source>dilemmas</source>
        <translation>dilemmas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>The number of contacts (entries of the kind contact, or with a channel), by the local time of each entry.</source>
        <translation>The number of contacts (entries of the kind contact, or with a channel), by the local time of each entry.</translation>
    </message>
    <message>
        <source>The number of contacts flagged off-hours (worked out from your working hours, or set by hand).</source>
        <translation>The number of contacts flagged off-hours (worked out from your working hours, or set by hand).</translation>
    </message>
    <message>
        <source>The sum of the durations of the contacts flagged off-hours (a contact without a duration counts 0 minutes).</source>
        <translation>The sum of the durations of the contacts flagged off-hours (a contact without a duration counts 0 minutes).</translation>
    </message>
    <message>
        <source>The number of entries flagged out-of-frame: acts beyond your mandate or the rules.</source>
        <translation>The number of entries flagged out-of-frame: acts beyond your mandate or the rules.</translation>
    </message>
    <message>
        <source>The number of contacts flagged private (kept from the team).</source>
        <translation>The number of contacts flagged private (kept from the team).</translation>
    </message>
    <message>
        <source>The mean emotional weight (0 to 10) of the entries that have one, to one decimal; none when no entry has a weight.</source>
        <translation>The mean emotional weight (0 to 10) of the entries that have one, to one decimal; none when no entry has a weight.</translation>
    </message>
    <message>
        <source>The highest emotional weight (0 to 10) among the entries.</source>
        <translation>The highest emotional weight (0 to 10) among the entries.</translation>
    </message>
    <message>
        <source>The number of entries marked to bring to supervision.</source>
        <translation>The number of entries marked to bring to supervision.</translation>
    </message>
    <message>
        <source>The number of dilemmas still open at the end of the period: neither settled nor lived with at that moment.</source>
        <translation>The number of dilemmas still open at the end of the period: neither settled nor lived with at that moment.</translation>
    </message>
    <message>
        <source>The age, on the last day of the period, of the oldest dilemma still open then, in days.</source>
        <translation>The age, on the last day of the period, of the oldest dilemma still open then, in days.</translation>
    </message>
    <message>
        <source>The mean age, on the last day of the period, of the dilemmas still open then, in days.</source>
        <translation>The mean age, on the last day of the period, of the dilemmas still open then, in days.</translation>
    </message>
    <message>
        <source>The number of times your own limits were crossed: each contact that crossed a limit, each week or month counted over its limit, each crossing ticked by hand.</source>
        <translation>The number of times your own limits were crossed: each contact that crossed a limit, each week or month counted over its limit, each crossing ticked by hand.</translation>
    </message>
    <message>
        <source>The minutes of your entries that fall outside your working hours (days off, leave and holidays have none); none before you set your working hours.</source>
        <translation>The minutes of your entries that fall outside your working hours (days off, leave and holidays have none); none before you set your working hours.</translation>
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
        <source>My limits</source>
        <translation>My limits</translation>
    </message>
    <message>
        <source>Limits you set yourself, for yourself: Carnet shows quietly when one was crossed, to notice it, not to judge it.</source>
        <translation>Limits you set yourself, for yourself: Carnet shows quietly when one was crossed, to notice it, not to judge it.</translation>
    </message>
    <message>
        <source>No limit yet. A limit can be “no contacts after 8 p.m.” or “at most two off-hours contacts a week”: set one when you feel the need.</source>
        <translation>No limit yet. A limit can be “no contacts after 8 p.m.” or “at most two off-hours contacts a week”: set one when you feel the need.</translation>
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
        <source>Your limits</source>
        <translation>Your limits</translation>
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
        <source>Press Enter or double-click to open the entry.</source>
        <translation>Press Enter or double-click to open the entry.</translation>
    </message>
    <message>
        <source>When, and with which entries</source>
        <translation>When, and with which entries</translation>
    </message>
    <message>
        <source>The last twelve weeks</source>
        <translation>The last twelve weeks</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <name>LinkEntryDialog</name>
    <message>
        <source>Link an entry</source>
        <translation>Link an entry</translation>
    </message>
    <message>
        <source>Which entry shows this objective?
%1</source>
        <translation>Which entry shows this objective?
%1</translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation>Search the entries</translation>
    </message>
    <message>
        <source>Search by title or text</source>
        <translation>Search by title or text</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Entries, newest first</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>%1 (already linked)</source>
        <translation>%1 (already linked)</translation>
    </message>
    <message>
        <source>No entry matches this search.</source>
        <translation>No entry matches this search.</translation>
    </message>
    <message>
        <source>No entry yet.</source>
        <translation>No entry yet.</translation>
    </message>
    <message numerus="yes">
        <source>The %n most recent entries; search to find older ones.</source>
        <translation>
            <numerusform>The %n most recent entry; search to find older ones.</numerusform>
            <numerusform>The %n most recent entries; search to find older ones.</numerusform>
        </translation>
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
        <source>the journal was opened</source>
        <translation>the journal was opened</translation>
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
        <source>&amp;How am I doing</source>
        <translation>&amp;How am I doing</translation>
    </message>
    <message>
        <source>&amp;Weekly review</source>
        <translation>&amp;Weekly review</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>&amp;Placement</translation>
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
        <source>&amp;Import entries…</source>
        <translation>&amp;Import entries…</translation>
    </message>
    <message>
        <source>E&amp;xport entries…</source>
        <translation>E&amp;xport entries…</translation>
    </message>
    <message>
        <source>&amp;Make my work visible…</source>
        <translation>&amp;Make my work visible…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Change &amp;passphrase…</translation>
    </message>
    <message>
        <source>New reco&amp;very code…</source>
        <translation>New reco&amp;very code…</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>Check &amp;in…</translation>
    </message>
    <message>
        <source>Where to &amp;turn for support…</source>
        <translation>Where to &amp;turn for support…</translation>
    </message>
    <message>
        <source>&amp;Questions and reminder…</source>
        <translation>&amp;Questions and reminder…</translation>
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
        <source>Open the &amp;example journal…</source>
        <translation>Open the &amp;example journal…</translation>
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
        <source>The journal file is not at this place any more: it was moved or deleted, or its disk or USB key is not connected. Connect it and try again, or open the journal where it is now (Open another journal).</source>
        <translation>The journal file is not at this place any more: it was moved or deleted, or its disk or USB key is not connected. Connect it and try again, or open the journal where it is now (Open another journal).</translation>
    </message>
    <message>
        <source>Type your passphrase first: it is needed to check the backups.</source>
        <translation>Type your passphrase first: it is needed to check the backups.</translation>
    </message>
    <message>
        <source>Trying the backups, newest first…</source>
        <translation>Trying the backups, newest first…</translation>
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
        <source>The journal has a new key, but it locked before the new recovery code could be shown. After unlocking, choose Journal ▸ New recovery code… to get one.</source>
        <translation>The journal has a new key, but it locked before the new recovery code could be shown. After unlocking, choose Journal ▸ New recovery code… to get one.</translation>
    </message>
    <message>
        <source>A new key</source>
        <translation>A new key</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet. Carnet keeps them in memory while the journal is locked and keeps trying to save them. Do not quit Carnet before they are saved, or save an encrypted copy elsewhere.</source>
        <translation>Your latest changes are not saved yet. Carnet keeps them in memory while the journal is locked and keeps trying to save them. Do not quit Carnet before they are saved, or save an encrypted copy elsewhere.</translation>
    </message>
    <message>
        <source>Your latest changes to this journal are not saved yet. Unlock it to keep working, or save an encrypted copy elsewhere, before opening or creating another journal.</source>
        <translation>Your latest changes to this journal are not saved yet. Unlock it to keep working, or save an encrypted copy elsewhere, before opening or creating another journal.</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet: %1 Carnet keeps them in memory and tries again by itself.</source>
        <translation>Your latest changes are not saved yet: %1 Carnet keeps them in memory and tries again by itself.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Your changes are saved now.</source>
        <translation>Your changes are saved now.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written since %1 are not saved yet.</source>
        <translation>
            <numerusform>%n entry written since %1 is not saved yet.</numerusform>
            <numerusform>%n entries written since %1 are not saved yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made since %1 are not saved yet.</source>
        <translation>Changes made since %1 are not saved yet.</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Keep Carnet open: it keeps trying to save them. Or save an encrypted copy elsewhere (another disk, a USB key).</source>
        <translation>If you quit now, they are lost. Keep Carnet open: it keeps trying to save them. Or save an encrypted copy elsewhere (another disk, a USB key).</translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation>&amp;Quit and lose them</translation>
    </message>
    <message>
        <source>Locking keeps them in memory and Carnet keeps trying to save them; quitting Carnet before they are saved would lose them.</source>
        <translation>Locking keeps them in memory and Carnet keeps trying to save them; quitting Carnet before they are saved would lose them.</translation>
    </message>
    <message>
        <source>Save an encrypted copy &amp;elsewhere…</source>
        <translation>Save an encrypted copy &amp;elsewhere…</translation>
    </message>
    <message>
        <source>&amp;Keep Carnet open</source>
        <translation>&amp;Keep Carnet open</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>Save an encrypted copy in this folder</source>
        <translation>Save an encrypted copy in this folder</translation>
    </message>
    <message>
        <source>Encrypted copy saved</source>
        <translation>Encrypted copy saved</translation>
    </message>
    <message>
        <source>An encrypted copy with all your changes was saved as “%1” in %2. It opens with your passphrase.</source>
        <translation>An encrypted copy with all your changes was saved as “%1” in %2. It opens with your passphrase.</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copy saved</translation>
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
        <source>Check-in saved</source>
        <translation>Check-in saved</translation>
    </message>
    <message>
        <source>Another copy of this journal</source>
        <translation>Another copy of this journal</translation>
    </message>
    <message>
        <source>The passphrase this copy was last saved with (on the other computer):</source>
        <translation>The passphrase this copy was last saved with (on the other computer):</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
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
    <message numerus="yes">
        <source>%n entries imported</source>
        <translation>
            <numerusform>%n entry imported</numerusform>
            <numerusform>%n entries imported</numerusform>
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
        <translation>Enter its &amp;passphrase…</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <source>Merging another copy of this journal (made by your sync service)…</source>
        <translation>Merging another copy of this journal (made by your sync service)…</translation>
    </message>
    <message>
        <source>Another copy of this journal was found (made by your sync service). Carnet merged it: %1.</source>
        <translation>Another copy of this journal was found (made by your sync service). Carnet merged it: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n other copies of this journal were found (made by your sync service). Carnet merged them: %1.</source>
        <translation>
            <numerusform>%n other copy of this journal was found (made by your sync service). Carnet merged it: %1.</numerusform>
            <numerusform>%n other copies of this journal were found (made by your sync service). Carnet merged them: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of this journal are from before your passphrase changed, so they were not merged: they stay where they are. To compare, open one with its old passphrase (Open another journal…).</source>
        <translation>
            <numerusform>%n copy of this journal is from before your passphrase changed, so it was not merged: it stays where it is. To compare, open it with its old passphrase (Open another journal…).</numerusform>
            <numerusform>%n copies of this journal are from before your passphrase changed, so they were not merged: they stay where they are. To compare, open one with its old passphrase (Open another journal…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other copies of this journal could not be merged (damaged, or written by a newer Carnet): they were left where they are.</source>
        <translation>
            <numerusform>%n other copy of this journal could not be merged (damaged, or written by a newer Carnet): it was left where it is.</numerusform>
            <numerusform>%n other copies of this journal could not be merged (damaged, or written by a newer Carnet): they were left where they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of this journal have another passphrase: enter it to merge them.</source>
        <translation>
            <numerusform>%n copy of this journal has another passphrase: enter it to merge it.</numerusform>
            <numerusform>%n copies of this journal have another passphrase: enter it to merge them.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was merged stays available, still encrypted, in the folder “%1” beside your journal.</source>
        <translation>What was merged stays available, still encrypted, in the folder “%1” beside your journal.</translation>
    </message>
    <message>
        <source>When both copies changed an entry, the older version is kept as another entry with the same date.</source>
        <translation>When both copies changed an entry, the older version is kept as another entry with the same date.</translation>
    </message>
    <message>
        <source>When both copies changed another text (a dilemma, a supervision session, a placement…), both versions are kept: the older one follows the newer, under a line that says so.</source>
        <translation>When both copies changed another text (a dilemma, a supervision session, a placement…), both versions are kept: the older one follows the newer, under a line that says so.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries added</source>
        <translation>
            <numerusform>%n entry added</numerusform>
            <numerusform>%n entries added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept twice because both copies changed it</source>
        <translation>
            <numerusform>%n kept twice because both copies changed it</numerusform>
            <numerusform>%n kept twice because both copies changed them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n deleted</numerusform>
            <numerusform>%n deleted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept although deleted in one copy, because the other copy changed it</source>
        <translation>
            <numerusform>%n kept although deleted in one copy, because the other copy changed it</numerusform>
            <numerusform>%n kept although deleted in one copy, because the other copy changed them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes (persons, dilemmas, limits, settings…)</source>
        <translation>
            <numerusform>%n other change (persons, dilemmas, limits, settings…)</numerusform>
            <numerusform>%n other changes (persons, dilemmas, limits, settings…)</numerusform>
        </translation>
    </message>
    <message>
        <source>both copies held the same, nothing changed</source>
        <translation>both copies held the same, nothing changed</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This passphrase does not open the journal. Check the keyboard layout and Caps Lock, then try again. If you have forgotten it, use your recovery code. If you are sure of it: a file changed by someone else would look just the same, and a backup can be tried.</source>
        <translation>This passphrase does not open the journal. Check the keyboard layout and Caps Lock, then try again. If you have forgotten it, use your recovery code. If you are sure of it: a file changed by someone else would look just the same, and a backup can be tried.</translation>
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
        <source>The journal file is no longer where it was opened from: it was moved or deleted, or its disk or USB key was removed. Put it back, or save an encrypted copy elsewhere.</source>
        <translation>The journal file is no longer where it was opened from: it was moved or deleted, or its disk or USB key was removed. Put it back, or save an encrypted copy elsewhere.</translation>
    </message>
    <message>
        <source>Another program (a synchronisation service or an antivirus) keeps the journal file open, so Carnet cannot replace it yet.</source>
        <translation>Another program (a synchronisation service or an antivirus) keeps the journal file open, so Carnet cannot replace it yet.</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it, then try again.</source>
        <translation>The journal is locked. Unlock it, then try again.</translation>
    </message>
    <message>
        <source>This is an older copy of this journal, from before its passphrase was changed. Carnet never takes it in by itself: open it with the passphrase it had then to compare. Nothing has been changed.</source>
        <translation>This is an older copy of this journal, from before its passphrase was changed. Carnet never takes it in by itself: open it with the passphrase it had then to compare. Nothing has been changed.</translation>
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
    <name>MomentField</name>
    <message>
        <source>Choose a moment: earlier today, yesterday evening, last Sunday evening… (Alt+Down)</source>
        <translation>Choose a moment: earlier today, yesterday evening, last Sunday evening… (Alt+Down)</translation>
    </message>
    <message>
        <source>Choose a moment</source>
        <translation>Choose a moment</translation>
    </message>
    <message>
        <source>Not understood: try 21:30, 6/12 21:30 or yesterday 21:30</source>
        <translation>Not understood: try 21:30, 6/12 21:30 or yesterday 21:30</translation>
    </message>
    <message>
        <source>Type for instance 21:30, 6/12 21:30 or yesterday 21:30; Down and Up step through recent moments.</source>
        <translation>Type for instance 21:30, 6/12 21:30 or yesterday 21:30; Down and Up step through recent moments.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>An hour ago, %1</source>
        <translation>An hour ago, %1</translation>
    </message>
    <message>
        <source>This evening, %1</source>
        <translation>This evening, %1</translation>
    </message>
    <message>
        <source>This afternoon, %1</source>
        <translation>This afternoon, %1</translation>
    </message>
    <message>
        <source>This morning, %1</source>
        <translation>This morning, %1</translation>
    </message>
    <message>
        <source>Yesterday evening, %1</source>
        <translation>Yesterday evening, %1</translation>
    </message>
    <message>
        <source>%1 evening, %2</source>
        <translation>%1 evening, %2</translation>
    </message>
    <message>
        <source>Another day, on the calendar…</source>
        <translation>Another day, on the calendar…</translation>
    </message>
</context>
<context>
    <name>OptionHeader</name>
    <message>
        <source>Key %1</source>
        <translation>Key %1</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>%1 not known yet</source>
        <translation>%1 not known yet</translation>
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
    <name>PasteObjectivesDialog</name>
    <message>
        <source>Paste the school&apos;s list</source>
        <translation>Paste the school&apos;s list</translation>
    </message>
    <message>
        <source>Paste the learning objectives from your school&apos;s document, one per line. Bullets and numbers are taken off; objectives already in your list are left out.</source>
        <translation>Paste the learning objectives from your school&apos;s document, one per line. Bullets and numbers are taken off; objectives already in your list are left out.</translation>
    </message>
    <message>
        <source>The school&apos;s list of objectives</source>
        <translation>The school&apos;s list of objectives</translation>
    </message>
    <message>
        <source>Objectives that will be added</source>
        <translation>Objectives that will be added</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) will be added.</source>
        <translation>
            <numerusform>%n objective will be added.</numerusform>
            <numerusform>%n objectives will be added.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add yet.</source>
        <translation>Nothing to add yet.</translation>
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
        <source>No one yet. When you write an entry about a person, under a pseudonym, they appear here with their contacts.</source>
        <translation>No one yet. When you write an entry about a person, under a pseudonym, they appear here with their contacts.</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>Log a &amp;contact…</translation>
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
    <message>
        <source>Choose a person in the list to see your note about them and every entry that names them.</source>
        <translation>Choose a person in the list to see your note about them and every entry that names them.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>The people you work with, under the pseudonyms you gave them: their contacts, your note about them and the entries that name them.</source>
        <translation>The people you work with, under the pseudonyms you gave them: their contacts, your note about them and the entries that name them.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>My placement</source>
        <translation>My placement</translation>
    </message>
    <message>
        <source>Set up my placement</source>
        <translation>Set up my placement</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <source>e.g. “youth service in my town”</source>
        <translation>e.g. “youth service in my town”</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>End date</translation>
    </message>
    <message>
        <source>Tutor at the placement</source>
        <translation>Tutor at the placement</translation>
    </message>
    <message>
        <source>A label, e.g. “tutor” or “Mrs V.”</source>
        <translation>A label, e.g. “tutor” or “Mrs V.”</translation>
    </message>
    <message>
        <source>Supervisor at the school</source>
        <translation>Supervisor at the school</translation>
    </message>
    <message>
        <source>A label, e.g. “school supervisor”</source>
        <translation>A label, e.g. “school supervisor”</translation>
    </message>
    <message>
        <source>Hours required by the school</source>
        <translation>Hours required by the school</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours suffix</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>none set</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Starts on:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Ends on:</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>&amp;Tutor:</translation>
    </message>
    <message>
        <source>School s&amp;upervisor:</source>
        <translation>School s&amp;upervisor:</translation>
    </message>
    <message>
        <source>&amp;Required hours:</source>
        <translation>&amp;Required hours:</translation>
    </message>
    <message>
        <source>Labels rather than full names: the portfolio leaves your journal. The end date and the required hours let Carnet show how your hours are going.</source>
        <translation>Labels rather than full names: the portfolio leaves your journal. The end date and the required hours let Carnet show how your hours are going.</translation>
    </message>
    <message>
        <source>&amp;Delete this placement…</source>
        <translation>&amp;Delete this placement…</translation>
    </message>
    <message>
        <source>Name the institution of your placement (a label is enough).</source>
        <translation>Name the institution of your placement (a label is enough).</translation>
    </message>
    <message>
        <source>The end date comes before the start date.</source>
        <translation>The end date comes before the start date.</translation>
    </message>
</context>
<context>
    <name>PlacementView</name>
    <message>
        <source>%1 h %2</source>
        <comment>hours and minutes</comment>
        <translation>%1 h %2</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>whole hours</comment>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 done (no required hours set)</source>
        <translation>%1 done (no required hours set)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 of %2 — %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Placement portfolio</source>
        <translation>Placement portfolio</translation>
    </message>
    <message>
        <source>For trainees: note your placement, log your hours day by day, link your reflections to the school&apos;s learning objectives, and export the portfolio for your school, names replaced by pseudonyms.</source>
        <translation>For trainees: note your placement, log your hours day by day, link your reflections to the school&apos;s learning objectives, and export the portfolio for your school, names replaced by pseudonyms.</translation>
    </message>
    <message>
        <source>Not on placement? You can ignore this page: nothing in the rest of Carnet needs it.</source>
        <translation>Not on placement? You can ignore this page: nothing in the rest of Carnet needs it.</translation>
    </message>
    <message>
        <source>&amp;Set up my placement…</source>
        <translation>&amp;Set up my placement…</translation>
    </message>
    <message>
        <source>Placement shown</source>
        <translation>Placement shown</translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation>&amp;Placement:</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Details…</translation>
    </message>
    <message>
        <source>Institution, dates, tutor, school supervisor, required hours</source>
        <translation>Institution, dates, tutor, school supervisor, required hours</translation>
    </message>
    <message>
        <source>A&amp;nother placement…</source>
        <translation>A&amp;nother placement…</translation>
    </message>
    <message>
        <source>E&amp;xport the portfolio…</source>
        <translation>E&amp;xport the portfolio…</translation>
    </message>
    <message>
        <source>A PDF or Markdown file for the school, after checking what could identify someone</source>
        <translation>A PDF or Markdown file for the school, after checking what could identify someone</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Hours</translation>
    </message>
    <message>
        <source>&amp;Objectives and reflections</source>
        <translation>&amp;Objectives and reflections</translation>
    </message>
    <message>
        <source>Self-e&amp;valuation</source>
        <translation>Self-e&amp;valuation</translation>
    </message>
    <message>
        <source>Your hours, your learning objectives and your self-evaluation, for the school.</source>
        <translation>Your hours, your learning objectives and your self-evaluation, for the school.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Hours done that day</source>
        <translation>Hours done that day</translation>
    </message>
    <message>
        <source>7.5 or 7h30</source>
        <translation>7.5 or 7h30</translation>
    </message>
    <message>
        <source>Note for that day (optional)</source>
        <translation>Note for that day (optional)</translation>
    </message>
    <message>
        <source>optional, e.g. “team meeting”</source>
        <translation>optional, e.g. “team meeting”</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Log</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>Da&amp;y:</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>Ho&amp;urs:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>No&amp;te:</translation>
    </message>
    <message>
        <source>Days logged, newest first; hours and notes can be edited</source>
        <translation>Days logged, newest first; hours and notes can be edited</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Remove this day</source>
        <translation>&amp;Remove this day</translation>
    </message>
    <message>
        <source>The school&apos;s learning o&amp;bjectives:</source>
        <translation>The school&apos;s learning o&amp;bjectives:</translation>
    </message>
    <message>
        <source>Learning objectives, in the school&apos;s order</source>
        <translation>Learning objectives, in the school&apos;s order</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen objective.</source>
        <translation>Alt+Up and Alt+Down move the chosen objective.</translation>
    </message>
    <message>
        <source>A new objective</source>
        <translation>A new objective</translation>
    </message>
    <message>
        <source>Type an objective and press Enter</source>
        <translation>Type an objective and press Enter</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Paste the school&apos;s list…</source>
        <translation>&amp;Paste the school&apos;s list…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Move the objective up</source>
        <translation>Move the objective up</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Move up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the objective down</source>
        <translation>Move the objective down</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Move down (Alt+Down)</translation>
    </message>
    <message>
        <source>Entries that show the chosen objective (Enter opens one)</source>
        <translation>Entries that show the chosen objective (Enter opens one)</translation>
    </message>
    <message>
        <source>&amp;Link an entry…</source>
        <translation>&amp;Link an entry…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>&amp;Unlink</translation>
    </message>
    <message>
        <source>The entry stays in your journal; it no longer shows this objective</source>
        <translation>The entry stays in your journal; it no longer shows this objective</translation>
    </message>
    <message>
        <source>Unlink this entry from the objective</source>
        <translation>Unlink this entry from the objective</translation>
    </message>
    <message>
        <source>Template of the reflection</source>
        <translation>Template of the reflection</translation>
    </message>
    <message>
        <source>&amp;Write it</source>
        <translation>&amp;Write it</translation>
    </message>
    <message>
        <source>A new entry with the template&apos;s questions, linked to this objective</source>
        <translation>A new entry with the template&apos;s questions, linked to this objective</translation>
    </message>
    <message>
        <source>Write a reflection for this objective</source>
        <translation>Write a reflection for this objective</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>How you see your progress: what you can do now, against the objectives, and what you still want to learn. It closes the exported portfolio.</source>
        <translation>How you see your progress: what you can do now, against the objectives, and what you still want to learn. It closes the exported portfolio.</translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>Self-evaluation</translation>
    </message>
    <message>
        <source>tutor: %1</source>
        <translation>tutor: %1</translation>
    </message>
    <message>
        <source>school supervisor: %1</source>
        <translation>school supervisor: %1</translation>
    </message>
    <message>
        <source>%1 required</source>
        <translation>%1 required</translation>
    </message>
    <message>
        <source>add the dates and the required hours with Details…</source>
        <translation>add the dates and the required hours with Details…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) logged</source>
        <translation>
            <numerusform>%n day logged</numerusform>
            <numerusform>%n days logged</numerusform>
        </translation>
    </message>
    <message>
        <source>This month: %1 · this week: %2 · %3</source>
        <translation>This month: %1 · this week: %2 · %3</translation>
    </message>
    <message>
        <source>With an end date and the required hours (Details…), the chart also shows a steady pace to the end.</source>
        <translation>With an end date and the required hours (Details…), the chart also shows a steady pace to the end.</translation>
    </message>
    <message>
        <source>The required hours are done.</source>
        <translation>The required hours are done.</translation>
    </message>
    <message>
        <source>At a steady pace from the first day to the last, you would have about %1 by today; %2 remain.</source>
        <translation>At a steady pace from the first day to the last, you would have about %1 by today; %2 remain.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>By month: %1</source>
        <translation>By month: %1</translation>
    </message>
    <message>
        <source>No hours logged yet: type the hours of a day above and press Enter.</source>
        <translation>No hours logged yet: type the hours of a day above and press Enter.</translation>
    </message>
    <message>
        <source>Already logged that day: %1. Logging it again replaces it; 0 removes it.</source>
        <translation>Already logged that day: %1. Logging it again replaces it; 0 removes it.</translation>
    </message>
    <message>
        <source>Hours as 7.5, 7,5, 7:30 or 7h30. Enter logs them.</source>
        <translation>Hours as 7.5, 7,5, 7:30 or 7h30. Enter logs them.</translation>
    </message>
    <message>
        <source>These hours cannot be read: write them as 7.5, 7,5, 7:30 or 7h30.</source>
        <translation>These hours cannot be read: write them as 7.5, 7,5, 7:30 or 7h30.</translation>
    </message>
    <message>
        <source>A day has at most 24 hours.</source>
        <translation>A day has at most 24 hours.</translation>
    </message>
    <message>
        <source>Type the hours done that day, e.g. 7.5 or 7h30.</source>
        <translation>Type the hours done that day, e.g. 7.5 or 7h30.</translation>
    </message>
    <message>
        <source>%1 logged for %2</source>
        <translation>%1 logged for %2</translation>
    </message>
    <message>
        <source>No more hours on %1</source>
        <translation>No more hours on %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n reflection</numerusform>
            <numerusform>%n reflections</numerusform>
        </translation>
    </message>
    <message>
        <source>no reflection yet</source>
        <translation>no reflection yet</translation>
    </message>
    <message>
        <source>The school&apos;s learning o&amp;bjectives (none yet: type them below, or paste the school&apos;s list):</source>
        <translation>The school&apos;s learning o&amp;bjectives (none yet: type them below, or paste the school&apos;s list):</translation>
    </message>
    <message>
        <source>Choose an objective to see the reflections that show it.</source>
        <translation>Choose an objective to see the reflections that show it.</translation>
    </message>
    <message>
        <source>Reflections that show objective %1 (Enter opens one):</source>
        <translation>Reflections that show objective %1 (Enter opens one):</translation>
    </message>
    <message>
        <source>No reflection shows objective %1 yet: link an entry, or write one.</source>
        <translation>No reflection shows objective %1 yet: link an entry, or write one.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this entry</source>
        <translation>Press Enter or double-click to open this entry</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) added</source>
        <translation>
            <numerusform>%n objective added</numerusform>
            <numerusform>%n objectives added</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the objective</source>
        <translation>Change the objective</translation>
    </message>
    <message>
        <source>Objective %1:</source>
        <translation>Objective %1:</translation>
    </message>
    <message>
        <source>Remove the objective</source>
        <translation>Remove the objective</translation>
    </message>
    <message numerus="yes">
        <source>Remove objective %1? The %n entry(ies) linked to it stay in your journal.</source>
        <translation>
            <numerusform>Remove objective %1? The %n entry linked to it stays in your journal.</numerusform>
            <numerusform>Remove objective %1? The %n entries linked to it stay in your journal.</numerusform>
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
        <source>Delete the placement</source>
        <translation>Delete the placement</translation>
    </message>
    <message>
        <source>Delete the placement at %1, with its hours, objectives and self-evaluation? The entries of your journal stay.</source>
        <translation>Delete the placement at %1, with its hours, objectives and self-evaluation? The entries of your journal stay.</translation>
    </message>
    <message>
        <source>placement-portfolio</source>
        <translation>placement-portfolio</translation>
    </message>
    <message>
        <source>Portfolio exported</source>
        <translation>Portfolio exported</translation>
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
        <source>It is time for your check-in: a few questions on how you are doing, about three minutes. Only you will see the answers.</source>
        <translation>It is time for your check-in: a few questions on how you are doing, about three minutes. Only you will see the answers.</translation>
    </message>
    <message>
        <source>You can change how often in Questions and reminder.</source>
        <translation>You can change how often in Questions and reminder.</translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation>&amp;Check in now</translation>
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
    <name>PromptSettingsDialog</name>
    <message>
        <source>Questions and reminder</source>
        <translation>Questions and reminder</translation>
    </message>
    <message>
        <source>Check-ins on how you are doing</source>
        <translation>Check-ins on how you are doing</translation>
    </message>
</context>
<context>
    <name>PromptSettingsWidget</name>
    <message>
        <source>&amp;Ask me a question from time to time</source>
        <translation>&amp;Ask me a question from time to time</translation>
    </message>
    <message>
        <source>Themes of the questions</source>
        <translation>Themes of the questions</translation>
    </message>
    <message>
        <source>Number of off-hours contacts</source>
        <translation>Number of off-hours contacts</translation>
    </message>
    <message>
        <source>Within this many days</source>
        <translation>Within this many days</translation>
    </message>
    <message>
        <source>Days without news of a dilemma</source>
        <translation>Days without news of a dilemma</translation>
    </message>
    <message>
        <source>Number of heavy entries in a row</source>
        <translation>Number of heavy entries in a row</translation>
    </message>
    <message>
        <source>Emotional weight counted as heavy</source>
        <translation>Emotional weight counted as heavy</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Days without an entry</source>
        <translation>Days without an entry</translation>
    </message>
    <message>
        <source>Day of the end-of-week review</source>
        <translation>Day of the end-of-week review</translation>
    </message>
    <message>
        <source>Time of the end-of-week review</source>
        <translation>Time of the end-of-week review</translation>
    </message>
    <message>
        <source>When Carnet asks</source>
        <translation>When Carnet asks</translation>
    </message>
    <message>
        <source>&amp;Off-hours contacts:</source>
        <translation>&amp;Off-hours contacts:</translation>
    </message>
    <message>
        <source>or more within</source>
        <translation>or more within</translation>
    </message>
    <message>
        <source>A dilemma &amp;without news for:</source>
        <translation>A dilemma &amp;without news for:</translation>
    </message>
    <message>
        <source>&amp;Heavy entries in a row:</source>
        <translation>&amp;Heavy entries in a row:</translation>
    </message>
    <message>
        <source>weighing at least</source>
        <translation>weighing at least</translation>
    </message>
    <message>
        <source>No &amp;entry for:</source>
        <translation>No &amp;entry for:</translation>
    </message>
    <message>
        <source>End-of-week &amp;review from:</source>
        <translation>End-of-week &amp;review from:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Restore the &amp;defaults</source>
        <translation>Restore the &amp;defaults</translation>
    </message>
    <message>
        <source>Remind me &amp;every day at</source>
        <translation>Remind me &amp;every day at</translation>
    </message>
    <message>
        <source>Time of the daily reminder</source>
        <translation>Time of the daily reminder</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Daily reminder</translation>
    </message>
    <message>
        <source>A message in the notification area that only says “Carnet has a question for you”: never anything from your journal, as it may show on a locked screen.</source>
        <translation>A message in the notification area that only says “Carnet has a question for you”: never anything from your journal, as it may show on a locked screen.</translation>
    </message>
    <message>
        <source> day</source>
        <translation> day</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
</context>
<context>
    <name>PromptThemes</name>
    <message>
        <source>Contacts outside working hours</source>
        <translation>Contacts outside working hours</translation>
    </message>
    <message>
        <source>Going beyond the frame</source>
        <translation>Going beyond the frame</translation>
    </message>
    <message>
        <source>My limits</source>
        <translation>My limits</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemmas</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <source>Emotional load</source>
        <translation>Emotional load</translation>
    </message>
    <message>
        <source>Support from others</source>
        <translation>Support from others</translation>
    </message>
    <message>
        <source>Meaning of the work</source>
        <translation>Meaning of the work</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>What went well</translation>
    </message>
    <message>
        <source>Rhythm and rest</source>
        <translation>Rhythm and rest</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
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
        <source>Pseudonym, e.g. Mrs R.</source>
        <translation>Pseudonym, e.g. Mrs R.</translation>
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
        <source>W&amp;hen did it happen?</source>
        <translation>W&amp;hen did it happen?</translation>
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
        <source>When did it happen?</source>
        <translation>When did it happen?</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
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
        <source>Type your recovery code (the newest one, if you have made a new one since), then choose a new passphrase. Your entries stay as they are; you will get a new recovery code.</source>
        <translation>Type your recovery code (the newest one, if you have made a new one since), then choose a new passphrase. Your entries stay as they are; you will get a new recovery code.</translation>
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
    <name>SaveProblemBar</name>
    <message>
        <source>Save an encrypted copy &amp;elsewhere…</source>
        <translation>Save an encrypted copy &amp;elsewhere…</translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;Try again now</translation>
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
        <source>A range that ends before it starts, such as 22:00-06:00 on Friday, is a night: it belongs to Friday and runs into Saturday morning.</source>
        <translation>A range that ends before it starts, such as 22:00-06:00 on Friday, is a night: it belongs to Friday and runs into Saturday morning.</translation>
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
    <name>SessionDialog</name>
    <message>
        <source>Individual supervision</source>
        <translation>Individual supervision</translation>
    </message>
    <message>
        <source>Group supervision</source>
        <translation>Group supervision</translation>
    </message>
    <message>
        <source>Intervision (between peers)</source>
        <translation>Intervision (between peers)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Dilemma</source>
        <translation>Dilemma</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Record a supervision session</source>
        <translation>Record a supervision session</translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation>Day of the session</translation>
    </message>
    <message>
        <source>e.g. my supervisor, the team</source>
        <translation>e.g. my supervisor, the team</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Kind of session</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>What came out of it</source>
        <translation>What came out of it</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>&amp;With whom:</source>
        <translation>&amp;With whom:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>What was di&amp;scussed:</source>
        <translation>What was di&amp;scussed:</translation>
    </message>
    <message>
        <source>What came &amp;out of it:</source>
        <translation>What came &amp;out of it:</translation>
    </message>
    <message>
        <source>Agenda items discussed; untick those that were not</source>
        <translation>Agenda items discussed; untick those that were not</translation>
    </message>
    <message>
        <source>Nothing is on the agenda: the session is recorded with what you write.</source>
        <translation>Nothing is on the agenda: the session is recorded with what you write.</translation>
    </message>
    <message>
        <source>Where the discussed dilemmas stand now:</source>
        <translation>Where the discussed dilemmas stand now:</translation>
    </message>
    <message>
        <source>Follow-ups, one per line</source>
        <translation>Follow-ups, one per line</translation>
    </message>
    <message>
        <source>One per line: they go on the next agenda</source>
        <translation>One per line: they go on the next agenda</translation>
    </message>
    <message>
        <source>Agenda items dis&amp;cussed:</source>
        <translation>Agenda items dis&amp;cussed:</translation>
    </message>
    <message>
        <source>&amp;Follow-ups for next time:</source>
        <translation>&amp;Follow-ups for next time:</translation>
    </message>
    <message>
        <source>&amp;Record the session</source>
        <translation>&amp;Record the session</translation>
    </message>
    <message>
        <source>Where “%1” stands now</source>
        <translation>Where “%1” stands now</translation>
    </message>
    <message>
        <source>Write what was discussed, or tick what was discussed on the agenda.</source>
        <translation>Write what was discussed, or tick what was discussed on the agenda.</translation>
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
        <source>High contrast</source>
        <translation>High contrast</translation>
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
    <name>SupervisionView</name>
    <message>
        <source>What you want to bring to supervision, in the order you want to bring it. Drag an item, or use Alt+Up and Alt+Down, to change the order.</source>
        <translation>What you want to bring to supervision, in the order you want to bring it. Drag an item, or use Alt+Up and Alt+Down, to change the order.</translation>
    </message>
    <message>
        <source>The agenda, in order</source>
        <translation>The agenda, in order</translation>
    </message>
    <message>
        <source>Nothing to bring yet. An entry comes here when you mark it “for supervision”; a dilemma when you set it to “to bring to supervision”. You can also add a reminder of your own below.</source>
        <translation>Nothing to bring yet. An entry comes here when you mark it “for supervision”; a dilemma when you set it to “to bring to supervision”. You can also add a reminder of your own below.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Earlier on the agenda (Alt+Up)</source>
        <translation>Earlier on the agenda (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>Later on the agenda (Alt+Down)</source>
        <translation>Later on the agenda (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Take off the agenda</source>
        <translation>&amp;Take off the agenda</translation>
    </message>
    <message>
        <source>The entry is no longer marked for supervision; the dilemma goes back to where it stood before (Delete)</source>
        <translation>The entry is no longer marked for supervision; the dilemma goes back to where it stood before (Delete)</translation>
    </message>
    <message>
        <source>A reminder of my own, to add to the agenda</source>
        <translation>A reminder of my own, to add to the agenda</translation>
    </message>
    <message>
        <source>A reminder of my own</source>
        <translation>A reminder of my own</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>The question I want to bring</source>
        <translation>The question I want to bring</translation>
    </message>
    <message>
        <source>What do I want to understand, decide or hear about this?</source>
        <translation>What do I want to understand, decide or hear about this?</translation>
    </message>
    <message>
        <source>The &amp;question I want to bring:</source>
        <translation>The &amp;question I want to bring:</translation>
    </message>
    <message>
        <source>&amp;Prepare the brief…</source>
        <translation>&amp;Prepare the brief…</translation>
    </message>
    <message>
        <source>Check what could identify someone, then save the agenda as a PDF or Markdown file</source>
        <translation>Check what could identify someone, then save the agenda as a PDF or Markdown file</translation>
    </message>
    <message>
        <source>&amp;Record a session…</source>
        <translation>&amp;Record a session…</translation>
    </message>
    <message>
        <source>After the session: what was discussed, what came out of it, and what to bring next time</source>
        <translation>After the session: what was discussed, what came out of it, and what to bring next time</translation>
    </message>
    <message>
        <source>Sessions held, the most recent first</source>
        <translation>Sessions held, the most recent first</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>With whom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>The session chosen</source>
        <translation>The session chosen</translation>
    </message>
    <message>
        <source>No session recorded yet. After a session, “Record a session…” keeps what was discussed and what came out of it.</source>
        <translation>No session recorded yet. After a session, “Record a session…” keeps what was discussed and what came out of it.</translation>
    </message>
    <message>
        <source>How often each kind of dilemma was brought</source>
        <translation>How often each kind of dilemma was brought</translation>
    </message>
    <message>
        <source>Kind of dilemma</source>
        <translation>Kind of dilemma</translation>
    </message>
    <message>
        <source>Times brought</source>
        <translation>Times brought</translation>
    </message>
    <message>
        <source>Last brought</source>
        <translation>Last brought</translation>
    </message>
    <message>
        <source>No dilemma discussed in a session yet.</source>
        <translation>No dilemma discussed in a session yet.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Kinds of dilemma brought</source>
        <translation>Kinds of dilemma brought</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Prepare what you bring to supervision, and keep what came out of each session.</source>
        <translation>Prepare what you bring to supervision, and keep what came out of each session.</translation>
    </message>
    <message>
        <source>No question written yet</source>
        <translation>No question written yet</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Agenda (%1)</translation>
    </message>
    <message>
        <source>no question yet</source>
        <translation>no question yet</translation>
    </message>
    <message>
        <source>added today</source>
        <translation>added today</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n day(s)</source>
        <translation>
            <numerusform>waiting for %n day</numerusform>
            <numerusform>waiting for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>History (%1)</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>With: %1</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>What was discussed</translation>
    </message>
    <message>
        <source>What came out of it</source>
        <translation>What came out of it</translation>
    </message>
    <message>
        <source>From the agenda</source>
        <translation>From the agenda</translation>
    </message>
    <message>
        <source>Follow-ups for next time</source>
        <translation>Follow-ups for next time</translation>
    </message>
    <message>
        <source>&amp;Open the entry</source>
        <translation>&amp;Open the entry</translation>
    </message>
    <message>
        <source>&amp;Open the dilemma</source>
        <translation>&amp;Open the dilemma</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation>Take off the agenda</translation>
    </message>
    <message>
        <source>Take “%1” off the agenda? The question written for it goes with it.</source>
        <translation>Take “%1” off the agenda? The question written for it goes with it.</translation>
    </message>
    <message>
        <source>supervision-%1</source>
        <comment>file name of the brief; %1 is the date</comment>
        <translation>supervision-%1</translation>
    </message>
    <message>
        <source>Brief saved (not encrypted)</source>
        <translation>Brief saved (not encrypted)</translation>
    </message>
    <message>
        <source>Session recorded</source>
        <translation>Session recorded</translation>
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
        <source>E&amp;xplore the example journal</source>
        <translation>E&amp;xplore the example journal</translation>
    </message>
    <message>
        <source>A few months of fictional practice, to see how Carnet works</source>
        <translation>A few months of fictional practice, to see how Carnet works</translation>
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
    <name>VisibleDialog</name>
    <message>
        <source>Make my work visible</source>
        <translation>Make my work visible</translation>
    </message>
    <message>
        <source>What you write stays in your journal. Here you can take a step further when you choose: bring what the journal shows, without anything private, to the people who can change the conditions of the work.</source>
        <translation>What you write stays in your journal. Here you can take a step further when you choose: bring what the journal shows, without anything private, to the people who can change the conditions of the work.</translation>
    </message>
    <message>
        <source>A workload statement (figures only)</source>
        <translation>A workload statement (figures only)</translation>
    </message>
    <message>
        <source>For a team meeting, the prevention advisor or a union delegate. Only figures leave the journal: no text, no names, no pseudonyms, no titles, no tags.</source>
        <translation>For a team meeting, the prevention advisor or a union delegate. Only figures leave the journal: no text, no names, no pseudonyms, no titles, no tags.</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Dates of my choice</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Exact figures</source>
        <translation>Exact figures</translation>
    </message>
    <message>
        <source>Rounded to the nearest 5</source>
        <translation>Rounded to the nearest 5</translation>
    </message>
    <message>
        <source>Durations rounded to the hour</source>
        <translation>Durations rounded to the hour</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Per week</translation>
    </message>
    <message>
        <source>Totals against the contract&apos;s hours</source>
        <translation>Totals against the contract&apos;s hours</translation>
    </message>
    <message>
        <source>Days and hours of off-hours contacts</source>
        <translation>Days and hours of off-hours contacts</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Channels</translation>
    </message>
    <message>
        <source>Out-of-frame acts by kind of dilemma</source>
        <translation>Out-of-frame acts by kind of dilemma</translation>
    </message>
    <message>
        <source>Limits crossed</source>
        <translation>Limits crossed</translation>
    </message>
    <message>
        <source>Rest shorter than 11 hours</source>
        <translation>Rest shorter than 11 hours</translation>
    </message>
    <message>
        <source>My check-ins, in words</source>
        <translation>My check-ins, in words</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;CSV (a spreadsheet)</source>
        <translation>&amp;CSV (a spreadsheet)</translation>
    </message>
    <message>
        <source>Folder to write the statement in</source>
        <translation>Folder to write the statement in</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoose…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Pre&amp;view</translation>
    </message>
    <message>
        <source>&amp;Export the statement</source>
        <translation>&amp;Export the statement</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>What will be written</translation>
    </message>
    <message>
        <source>Press Preview to see exactly what will be written.</source>
        <translation>Press Preview to see exactly what will be written.</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read it.</source>
        <translation>The exported file is NOT encrypted: anyone who can open it can read it.</translation>
    </message>
    <message>
        <source>A situation for an analysis group</source>
        <translation>A situation for an analysis group</translation>
    </message>
    <message>
        <source>For a supervision, intervision or analysis group: one situation, in your words, on the grid of the analysis. What leaves the journal is the account you edit, after you have checked every name, number and date it contains.</source>
        <translation>For a supervision, intervision or analysis group: one situation, in your words, on the grid of the analysis. What leaves the journal is the account you edit, after you have checked every name, number and date it contains.</translation>
    </message>
    <message>
        <source>Dilemma or entry to start from</source>
        <translation>Dilemma or entry to start from</translation>
    </message>
    <message>
        <source>Prepare for an &amp;analysis group…</source>
        <translation>Prepare for an &amp;analysis group…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>The period ends before it starts.</translation>
    </message>
    <message>
        <source>The options changed: press Preview again.</source>
        <translation>The options changed: press Preview again.</translation>
    </message>
    <message>
        <source>Folder for the statement</source>
        <translation>Folder for the statement</translation>
    </message>
    <message>
        <source>workload-statement-%1-%2</source>
        <comment>file name; %1 and %2 are the period&apos;s first and last days</comment>
        <translation>workload-statement-%1-%2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Statement saved (not encrypted): %1</source>
        <translation>Statement saved (not encrypted): %1</translation>
    </message>
    <message>
        <source>Dilemma: %1</source>
        <translation>Dilemma: %1</translation>
    </message>
    <message>
        <source>The entry open now: %1</source>
        <translation>The entry open now: %1</translation>
    </message>
    <message>
        <source>No dilemma yet</source>
        <translation>No dilemma yet</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewView</name>
    <message>
        <source>‹ &amp;Previous week</source>
        <translation>‹ &amp;Previous week</translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation>&amp;Next week ›</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;This week</translation>
    </message>
    <message>
        <source>The week&apos;s figures next to your usual level</source>
        <translation>The week&apos;s figures next to your usual level</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Usual</translation>
    </message>
    <message>
        <source>Compared with usual</source>
        <translation>Compared with usual</translation>
    </message>
    <message>
        <source>Dilemmas waiting for supervision, and entries marked for supervision this week</source>
        <translation>Dilemmas waiting for supervision, and entries marked for supervision this week</translation>
    </message>
    <message>
        <source>Usual: the middle value of your weeks over the six months before this one. A figure to notice, not a score.</source>
        <translation>Usual: the middle value of your weeks over the six months before this one. A figure to notice, not a score.</translation>
    </message>
    <message>
        <source>Questions Carnet asked this week</source>
        <translation>Questions Carnet asked this week</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Weekly review</translation>
    </message>
    <message>
        <source>Your week beside what is usual for you, what is still open, and a moment to write about it.</source>
        <translation>Your week beside what is usual for you, what is still open, and a moment to write about it.</translation>
    </message>
    <message>
        <source>Dilemmas still open at the end of the week</source>
        <translation>Dilemmas still open at the end of the week</translation>
    </message>
    <message>
        <source>&amp;Questions this week</source>
        <translation>&amp;Questions this week</translation>
    </message>
    <message>
        <source>Open &amp;dilemmas</source>
        <translation>Open &amp;dilemmas</translation>
    </message>
    <message>
        <source>For &amp;supervision</source>
        <translation>For &amp;supervision</translation>
    </message>
    <message>
        <source>Template of the reflection</source>
        <translation>Template of the reflection</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>Te&amp;mplate:</translation>
    </message>
    <message>
        <source>&amp;Write it</source>
        <translation>&amp;Write it</translation>
    </message>
    <message>
        <source>&amp;Write this week&apos;s reflection</source>
        <translation>&amp;Write this week&apos;s reflection</translation>
    </message>
    <message>
        <source>A moment to look back on the week: what weighed, what helped, what to bring to supervision or to leave here.</source>
        <translation>A moment to look back on the week: what weighed, what helped, what to bring to supervision or to leave here.</translation>
    </message>
    <message>
        <source>This week&apos;s reflection</source>
        <translation>This week&apos;s reflection</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Week %1: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>Usual: not known yet — after %1 weeks of writing, Carnet compares each week with your own usual level (%n more week(s) to go).</source>
        <translation>
            <numerusform>Usual: not known yet — after %1 weeks of writing, Carnet compares each week with your own usual level (%n more week to go).</numerusform>
            <numerusform>Usual: not known yet — after %1 weeks of writing, Carnet compares each week with your own usual level (%n more weeks to go).</numerusform>
        </translation>
    </message>
    <message>
        <source>more than usual</source>
        <translation>more than usual</translation>
    </message>
    <message>
        <source>about as usual</source>
        <translation>about as usual</translation>
    </message>
    <message>
        <source>less than usual</source>
        <translation>less than usual</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>not known yet</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>A question</translation>
    </message>
    <message>
        <source>A suggestion</source>
        <translation>A suggestion</translation>
    </message>
    <message>
        <source>A note of recognition</source>
        <translation>A note of recognition</translation>
    </message>
    <message>
        <source>you wrote about it</source>
        <translation>you wrote about it</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>set aside</translation>
    </message>
    <message>
        <source>for later</source>
        <translation>for later</translation>
    </message>
    <message>
        <source>Enter opens what you wrote about it</source>
        <translation>Enter opens what you wrote about it</translation>
    </message>
    <message>
        <source>No question this week.</source>
        <translation>No question this week.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>Enter opens the dilemma</source>
        <translation>Enter opens the dilemma</translation>
    </message>
    <message>
        <source>No dilemma was open.</source>
        <translation>No dilemma was open.</translation>
    </message>
    <message>
        <source>A dilemma to bring to supervision</source>
        <translation>A dilemma to bring to supervision</translation>
    </message>
    <message>
        <source>Nothing to bring to supervision.</source>
        <translation>Nothing to bring to supervision.</translation>
    </message>
    <message>
        <source>A blank page</source>
        <translation>A blank page</translation>
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
    <message>
        <source>Preparing the example journal…</source>
        <translation>Preparing the example journal…</translation>
    </message>
</context>
<context>
    <name>WhereToTurnDialog</name>
    <message>
        <source>Where to turn</source>
        <translation>Where to turn</translation>
    </message>
    <message>
        <source>You do not have to wait until things are bad to talk about them. These people and services can listen, and help you find a way forward.</source>
        <translation>You do not have to wait until things are bad to talk about them. These people and services can listen, and help you find a way forward.</translation>
    </message>
</context>
<context>
    <name>WhereToTurnWidget</name>
    <message>
        <source>At work</source>
        <translation>At work</translation>
    </message>
    <message>
        <source>For your health</source>
        <translation>For your health</translation>
    </message>
    <message>
        <source>To read more</source>
        <translation>To read more</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Crisis lines</translation>
    </message>
    <message>
        <source>If you are thinking about suicide, or your life or someone else&apos;s is in danger, call one of these numbers now.</source>
        <translation>If you are thinking about suicide, or your life or someone else&apos;s is in danger, call one of these numbers now.</translation>
    </message>
    <message>
        <source>Checked in %1. Numbers and websites can change.</source>
        <translation>Checked in %1. Numbers and websites can change.</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>in French</translation>
    </message>
    <message>
        <source>in Dutch</source>
        <translation>in Dutch</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>in English</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Phone: %1</translation>
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
        <source>How am I doing</source>
        <translation>How am I doing</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Weekly review</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Placement</translation>
    </message>
    <message>
        <source>Example journal: everything in it is fictional. Its passphrase is “exemple-carnet-demo”. Create your own journal to start writing for real.</source>
        <translation>Example journal: everything in it is fictional. Its passphrase is “exemple-carnet-demo”. Create your own journal to start writing for real.</translation>
    </message>
</context>
</TS>

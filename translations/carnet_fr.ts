<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Carnet</source>
        <translation>À propos de Carnet</translation>
    </message>
    <message>
        <source>Carnet&apos;s logo</source>
        <translation>Logo de Carnet</translation>
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
        <translation>Un journal privé et chiffré pour réfléchir à votre pratique de travail social. Il fonctionne hors ligne&#xa0;: rien de ce que vous écrivez ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>Carnet is free software under the GNU General Public License, version 3 or later (%1): you may use it, study it, share it and change it under the same terms. It comes with no warranty.</source>
        <translation>Carnet est un logiciel libre sous licence publique générale GNU, version 3 ou ultérieure (%1)&#xa0;: vous pouvez l’utiliser, l’étudier, le partager et le modifier aux mêmes conditions. Il est fourni sans aucune garantie.</translation>
    </message>
    <message>
        <source>The kinds of dilemma, the reflection prompts and the situation analysis draw on the report «&#xa0;%1&#xa0;» by %2 (%3), and on the social workers of Brussels and Wallonia who told and analysed their situations for it.</source>
        <translation>Les types de dilemmes, les questions de réflexion et l’analyse de situation s’appuient sur le rapport «&#xa0;%1&#xa0;» de %2 (%3), et sur les travailleurs sociaux de Bruxelles et de Wallonie qui y ont raconté et analysé leurs situations.</translation>
    </message>
    <message>
        <source>The check-in asks the questions of the Copenhagen Burnout Inventory, distributed freely by the %2. Source: %1 Its French and Dutch wordings are Carnet&apos;s own, not validated versions.</source>
        <translation>Le questionnaire pour faire le point reprend les questions du Copenhagen Burnout Inventory, diffusé librement par le %2. Source&#xa0;: %1 Ses formulations en français et en néerlandais sont celles de Carnet, pas des versions validées.</translation>
    </message>
    <message>
        <source>Built with Qt %1 and PySide6 %2 (The Qt Company, LGPL-3.0), Python %3, SQLAlchemy, Alembic and cryptography.</source>
        <translation>Réalisé avec Qt %1 et PySide6 %2 (The Qt Company, LGPL-3.0), Python %3, SQLAlchemy, Alembic et cryptography.</translation>
    </message>
    <message>
        <source>Icons: Lucide (lucide.dev), ISC licence.</source>
        <translation>Icônes&#xa0;: Lucide (lucide.dev), licence ISC.</translation>
    </message>
    <message>
        <source>New journals go by default in: %1</source>
        <translation>Les nouveaux journaux sont créés par défaut dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>Settings: %1. They hold only what would be harmless to show a stranger: window size, language, theme, lock delay, reminder time and the last journal&apos;s path. Nothing you write is ever kept there.</source>
        <translation>Paramètres&#xa0;: %1. Ils ne contiennent que ce qu’on pourrait sans risque montrer à une personne inconnue&#xa0;: taille de la fenêtre, langue, thème, délai de verrouillage, heure du rappel et chemin du dernier journal. Rien de ce que vous écrivez n’y est jamais conservé.</translation>
    </message>
    <message>
        <source>Everything you write is inside the journal file, encrypted. The only files in the clear are the exports you choose to make.</source>
        <translation>Tout ce que vous écrivez se trouve dans le fichier du journal, chiffré. Les seuls fichiers en clair sont les exportations que vous choisissez de faire.</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Remerciements et sources</translation>
    </message>
    <message>
        <source>Where your data lives</source>
        <translation>Où se trouvent vos données</translation>
    </message>
    <message>
        <source>No journal is open.</source>
        <translation>Aucun journal n’est ouvert.</translation>
    </message>
    <message>
        <source>This journal: %1 (its last ten saved versions, encrypted too, are in %2)</source>
        <translation>Ce journal&#xa0;: %1 (ses dix dernières versions enregistrées, chiffrées elles aussi, se trouvent dans %2)</translation>
    </message>
</context>
<context>
    <name>AnalysisGroupDialog</name>
    <message>
        <source>Prepare for an analysis group</source>
        <translation>Préparer pour un groupe d’analyse</translation>
    </message>
    <message>
        <source>Carnet filled in the grid from the dilemma&apos;s story and reflections. Change anything: only this account can leave the journal, and only after you have checked every finding.</source>
        <translation>Carnet a rempli la grille à partir de l’histoire du dilemme et de vos réflexions. Modifiez tout ce que vous voulez&#xa0;: seul ce récit peut quitter le carnet, et seulement après que vous avez vérifié chaque élément repéré.</translation>
    </message>
    <message>
        <source>Title of the situation</source>
        <translation>Titre de la situation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Keep as a draft in the journal</source>
        <translation>&amp;Garder comme brouillon dans le carnet</translation>
    </message>
    <message>
        <source>&amp;Review and export…</source>
        <translation>&amp;Vérifier et exporter…</translation>
    </message>
    <message>
        <source>Draft kept in the journal</source>
        <translation>Brouillon gardé dans le carnet</translation>
    </message>
    <message>
        <source>analysis-group-%1</source>
        <comment>file name; %1 is the month</comment>
        <translation>groupe-analyse-%1</translation>
    </message>
    <message>
        <source>Account saved (not encrypted)</source>
        <translation>Récit enregistré (non chiffré)</translation>
    </message>
</context>
<context>
    <name>BackupReminderBanner</name>
    <message>
        <source>Not &amp;now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>Your journal has no backup yet. A copy on a USB key or in a synchronised folder keeps it safe if this computer is lost or breaks.</source>
        <translation>Votre journal n’a pas encore de sauvegarde. Une copie sur une clé USB ou dans un dossier synchronisé le protège si cet ordinateur est perdu ou tombe en panne.</translation>
    </message>
    <message numerus="yes">
        <source>Your last backup is %n days old. Back up now?</source>
        <translation>
            <numerusform>Votre dernière sauvegarde date de %n jour. Sauvegarder maintenant&#x202f;?</numerusform>
            <numerusform>Votre dernière sauvegarde date de %n jours. Sauvegarder maintenant&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Choose a backup folder…</source>
        <translation>&amp;Choisir un dossier de sauvegarde…</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>This backup is damaged or cannot be read, so it was not restored. Nothing has been changed: choose another backup.</source>
        <translation>Cette sauvegarde est endommagée ou illisible&#xa0;: elle n’a pas été restaurée. Rien n’a été modifié&#xa0;: choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>Sauvegardé dans %1</translation>
    </message>
    <message>
        <source>Scheduled backup not made: the backup folder is not available</source>
        <translation>Sauvegarde programmée non effectuée&#xa0;: le dossier des sauvegardes n’est pas disponible</translation>
    </message>
    <message>
        <source>Scheduled backup not made: %1</source>
        <translation>Sauvegarde programmée non effectuée&#xa0;: %1</translation>
    </message>
    <message>
        <source>today at %1</source>
        <translation>aujourd’hui à %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>hier à %1</translation>
    </message>
    <message>
        <source>on %1 at %2</source>
        <translation>le %1 à %2</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Beside the journal</source>
        <translation>À côté du journal</translation>
    </message>
    <message>
        <source>Kept aside by a restore</source>
        <translation>Mis de côté par une restauration</translation>
    </message>
    <message>
        <source>Choose a folder for your backups first: a USB key, or a folder your computer synchronises.</source>
        <translation>Choisissez d’abord un dossier pour vos sauvegardes&#xa0;: une clé USB, ou un dossier que votre ordinateur synchronise.</translation>
    </message>
    <message>
        <source>The backup folder is not available. If it is on a USB key or a network drive, connect it and try again. Your journal has not been changed.</source>
        <translation>Le dossier des sauvegardes n’est pas disponible. S’il se trouve sur une clé USB ou un lecteur réseau, connectez-le et réessayez. Votre journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The disk holding the backup folder is full, so no backup was written. Free some space or choose another folder. Your journal has not been changed.</source>
        <translation>Le disque du dossier des sauvegardes est plein&#xa0;: aucune sauvegarde n’a été écrite. Libérez de la place ou choisissez un autre dossier. Votre journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Carnet may not write in the backup folder (a locked USB key, or a folder without permission). Choose another folder. Your journal has not been changed.</source>
        <translation>Carnet n’a pas le droit d’écrire dans le dossier des sauvegardes (clé USB verrouillée, ou dossier sans autorisation). Choisissez un autre dossier. Votre journal n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This backup belongs to another journal, so it was not restored. Nothing has been changed.</source>
        <translation>Cette sauvegarde appartient à un autre journal&#xa0;: elle n’a pas été restaurée. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of your journal in a folder you choose: a USB key, or a folder your computer synchronises. It opens with the passphrase you had when it was made.</source>
        <translation>Une sauvegarde est une copie chiffrée de votre journal, dans un dossier de votre choix&#xa0;: une clé USB, ou un dossier que votre ordinateur synchronise. Elle s’ouvre avec la phrase de passe que vous aviez au moment où elle a été faite.</translation>
    </message>
    <message>
        <source>No folder chosen yet</source>
        <translation>Aucun dossier choisi pour l’instant</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Only when I ask</source>
        <translation>Seulement quand je le demande</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Une fois par jour</translation>
    </message>
    <message>
        <source>Once a week</source>
        <translation>Une fois par semaine</translation>
    </message>
    <message>
        <source>Scheduled backups are made when you open, save or lock the journal, if the folder is available.</source>
        <translation>Les sauvegardes programmées se font quand vous ouvrez, enregistrez ou verrouillez le journal, si le dossier est disponible.</translation>
    </message>
    <message>
        <source>Older ones are deleted. No other file in the folder is ever touched.</source>
        <translation>Les plus anciennes sont supprimées. Aucun autre fichier du dossier n’est jamais touché.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Backup &amp;folder:</source>
        <translation>&amp;Dossier des sauvegardes&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Automatic backup:</source>
        <translation>Sauvegarde &amp;automatique&#xa0;:</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>Sauvegardes à &amp;garder&#xa0;:</translation>
    </message>
    <message>
        <source>Re&amp;mind me after:</source>
        <translation>Me &amp;rappeler après&#xa0;:</translation>
    </message>
    <message>
        <source>Back &amp;up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Stop the restore</source>
        <translation>&amp;Interrompre la restauration</translation>
    </message>
    <message>
        <source>Backups of this journal</source>
        <translation>Sauvegardes de ce journal</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>No backup yet.</source>
        <translation>Pas encore de sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup…</source>
        <translation>Res&amp;taurer cette sauvegarde…</translation>
    </message>
    <message>
        <source>Your journal as it is now is kept beside it, so a restore can be undone.</source>
        <translation>Votre journal tel qu’il est maintenant est gardé à côté&#xa0;: une restauration peut être annulée.</translation>
    </message>
    <message>
        <source>Choose a folder for backups</source>
        <translation>Choisir un dossier pour les sauvegardes</translation>
    </message>
    <message>
        <source>This folder is not available right now. If it is on a USB key, plug it in and open this window again.</source>
        <translation>Ce dossier n’est pas disponible pour le moment. S’il se trouve sur une clé USB, branchez-la et rouvrez cette fenêtre.</translation>
    </message>
    <message>
        <source>This folder is on the same disk as your journal: if the computer is lost or the disk fails, the backups go with it. A USB key or a synchronised folder is safer.</source>
        <translation>Ce dossier est sur le même disque que votre journal&#xa0;: si l’ordinateur est perdu ou si le disque lâche, les sauvegardes disparaissent avec lui. Une clé USB ou un dossier synchronisé est plus sûr.</translation>
    </message>
    <message>
        <source>No backup made yet.</source>
        <translation>Aucune sauvegarde faite pour l’instant.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <source>Writing an encrypted backup…</source>
        <translation>Écriture d’une sauvegarde chiffrée…</translation>
    </message>
    <message>
        <source>Backed up at %1 to %2</source>
        <translation>Sauvegardé à %1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>(%n older backups deleted)</source>
        <translation>
            <numerusform>(%n ancienne sauvegarde supprimée)</numerusform>
            <numerusform>(%n anciennes sauvegardes supprimées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#x202f;?</translation>
    </message>
    <message>
        <source>Your journal will be replaced by the backup made %1. Your journal as it is now is kept beside it and will appear in this list, so you can come back to it. Your passphrase stays the same.</source>
        <translation>Votre journal sera remplacé par la sauvegarde faite %1. Votre journal tel qu’il est maintenant est gardé à côté et apparaîtra dans cette liste&#xa0;: vous pourrez y revenir. Votre phrase de passe reste la même.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it…</source>
        <translation>Vérification de la sauvegarde, puis restauration…</translation>
    </message>
    <message>
        <source>Backup restored. Your journal as it was is kept as “%1”.</source>
        <translation>Sauvegarde restaurée. Votre journal tel qu’il était est gardé sous le nom «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The restore was stopped: your journal was not changed.</source>
        <translation>La restauration a été interrompue&#xa0;: votre journal n’a pas été modifié.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar of the journal</source>
        <translation>Calendrier du journal</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>The selected day</source>
        <translation>Le jour choisi</translation>
    </message>
    <message>
        <source>That week</source>
        <translation>Cette semaine-là</translation>
    </message>
    <message>
        <source>That month</source>
        <translation>Ce mois-là</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Dates de mon choix</translation>
    </message>
    <message>
        <source>From this date</source>
        <translation>À partir de cette date</translation>
    </message>
    <message>
        <source>Up to this date</source>
        <translation>Jusqu’à cette date</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Narrow down</source>
        <translation>Affiner</translation>
    </message>
    <message>
        <source>No entry in this period. Choose another day on the calendar, or show more with the filters.</source>
        <translation>Aucune note pendant cette période. Choisissez un autre jour dans le calendrier, ou élargissez les filtres.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Voir&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Under each day: how many entries it holds; a moon marks off-hours entries, an arrow out-of-frame ones (with their number when more than one).</source>
        <translation>Sous chaque jour&#xa0;: le nombre de notes&#x202f;; une lune signale les notes hors horaires, une flèche celles hors cadre (avec leur nombre s’il y en a plus d’une).</translation>
    </message>
    <message>
        <source>Entries of the selected period</source>
        <translation>Notes de la période choisie</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open an entry.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir une note.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Your entries day by day: choose a day, a week or a month, and narrow down what is shown.</source>
        <translation>Vos notes jour après jour&#xa0;: choisissez un jour, une semaine ou un mois, et affinez ce qui s’affiche.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n entries</source>
        <translation>
            <numerusform>%1 · %n note</numerusform>
            <numerusform>%1 · %n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CategoriesDialog</name>
    <message>
        <source>Kinds of question</source>
        <translation>Types de dilemme</translation>
    </message>
    <message>
        <source>Kinds of question; untick one to hide it</source>
        <translation>Types de dilemme&#x202f;; décochez-en un pour le masquer</translation>
    </message>
    <message>
        <source>Name of the kind of question</source>
        <translation>Nom du type de dilemme</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>A kind of question of my own</source>
        <translation>Un type de dilemme à moi</translation>
    </message>
    <message>
        <source>A new kind of question</source>
        <translation>Un nouveau type de dilemme</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Untick a kind of question to hide it. Dilemmas that use it keep it.</source>
        <translation>Décochez un type de dilemme pour le masquer. Les dilemmes qui l’utilisent le gardent.</translation>
    </message>
    <message>
        <source>One of my own</source>
        <translation>Ajouté par moi</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <source>Check-in</source>
        <translation>Faire le point</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Save my answers</source>
        <translation>&amp;Enregistrer mes réponses</translation>
    </message>
    <message>
        <source>Save my answers (Ctrl+Enter)</source>
        <translation>Enregistrer mes réponses (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Where to turn</source>
        <translation>&amp;Vers qui se tourner</translation>
    </message>
    <message>
        <source>How are you doing?</source>
        <translation>Comment allez-vous&#x202f;?</translation>
    </message>
    <message>
        <source>Your answers are private: they stay in your encrypted journal, and Carnet never sends them anywhere.</source>
        <translation>Vos réponses sont privées&#xa0;: elles restent dans votre journal chiffré, et Carnet ne les envoie jamais nulle part.</translation>
    </message>
    <message numerus="yes">
        <source>Every %n days, Carnet offers you a short check-in: a few questions on how tired you feel and on your working conditions. It takes about 3 minutes.</source>
        <translation>
            <numerusform>Tous les %n jour, Carnet vous propose de faire brièvement le point&#xa0;: quelques questions sur votre fatigue et sur vos conditions de travail. Cela prend environ 3 minutes.</numerusform>
            <numerusform>Tous les %n jours, Carnet vous propose de faire brièvement le point&#xa0;: quelques questions sur votre fatigue et sur vos conditions de travail. Cela prend environ 3 minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-ins are turned off in the settings, but you can take one whenever you like: a few questions on how tired you feel and on your working conditions, about 3 minutes.</source>
        <translation>Le questionnaire pour faire le point est désactivé dans les paramètres, mais vous pouvez y répondre quand vous le souhaitez&#xa0;: quelques questions sur votre fatigue et sur vos conditions de travail, environ 3 minutes.</translation>
    </message>
    <message>
        <source>Your last check-in was on %1.</source>
        <translation>Vous avez fait le point pour la dernière fois le %1.</translation>
    </message>
    <message>
        <source>Keyboard: Tab or the Down arrow goes to the next question; keys 1 to 5 choose the answer in that column, from the left; Delete clears an answer. You can skip any question.</source>
        <translation>Clavier&#xa0;: Tab ou la flèche vers le bas passe à la question suivante&#x202f;; les touches 1 à 5 choisissent la réponse de la colonne correspondante, en partant de la gauche&#x202f;; Suppr efface une réponse. Vous pouvez passer n’importe quelle question.</translation>
    </message>
    <message>
        <source>The wording of these questions is our own translation of the English original, not a validated version.</source>
        <translation>Ces questions sont notre propre traduction de l’original anglais, pas une version validée.</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>Réponses&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <source>Thank you. Your answers are saved in your journal.</source>
        <translation>Merci. Vos réponses sont enregistrées dans votre journal.</translation>
    </message>
    <message>
        <source>Each score goes from 0 to 100: it is the average of your answers in that part, where 100 means “always” or “to a very high degree” and 0 means “never” or “to a very low degree”. Skipped questions are left out. What matters most is how a score moves from one check-in to the next.</source>
        <translation>Chaque score va de 0 à 100&#xa0;: c’est la moyenne de vos réponses dans cette partie, où 100 correspond à «&#xa0;toujours&#xa0;» ou «&#xa0;dans une très large mesure&#xa0;» et 0 à «&#xa0;jamais&#xa0;» ou «&#xa0;dans une très faible mesure&#xa0;». Les questions sans réponse ne comptent pas. Le plus important est l’évolution d’un score d’une fois à l’autre.</translation>
    </message>
    <message>
        <source>Perhaps talk about it with someone</source>
        <translation>En parler peut-être avec quelqu’un</translation>
    </message>
    <message>
        <source>%1 out of 100</source>
        <translation>%1 sur 100</translation>
    </message>
    <message>
        <source>no score this time</source>
        <translation>pas de score cette fois</translation>
    </message>
    <message>
        <source>Not enough answers this time to give this score: it needs at least %1 of its %2 questions.</source>
        <translation>Pas assez de réponses cette fois pour calculer ce score&#xa0;: il faut au moins %1 de ses %2 questions.</translation>
    </message>
    <message>
        <source>Your first score of this kind: the next check-ins will show how it moves.</source>
        <translation>Votre premier score de ce type&#xa0;: les prochaines fois montreront son évolution.</translation>
    </message>
    <message>
        <source>Higher than in your earlier check-ins.</source>
        <translation>Plus élevé que les fois précédentes.</translation>
    </message>
    <message>
        <source>Lower than in your earlier check-ins.</source>
        <translation>Plus bas que les fois précédentes.</translation>
    </message>
    <message>
        <source>About the same as in your earlier check-ins.</source>
        <translation>À peu près comme les fois précédentes.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 le %2</translation>
    </message>
    <message>
        <source>Before: %1.</source>
        <translation>Avant&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>(last time: %1)</source>
        <translation>(la dernière fois&#xa0;: %1)</translation>
    </message>
    <message>
        <source>%1 went from %2 to %3.</source>
        <translation>%1&#xa0;: de %2 à %3.</translation>
    </message>
    <message>
        <source>%1 has stayed high: %2, then %3.</source>
        <translation>%1 reste à un niveau élevé&#xa0;: %2, puis %3.</translation>
    </message>
    <message>
        <source>Since your last check-in, some of your scores have risen or stayed high.</source>
        <translation>Depuis la dernière fois que vous avez fait le point, certains de vos scores ont augmenté ou sont restés élevés.</translation>
    </message>
    <message>
        <source>That is worth a moment of attention, and you do not have to carry it alone: talking with someone you trust, at work or outside it, often helps. Here is where you can turn.</source>
        <translation>Cela mérite un moment d’attention, et rien ne vous oblige à le porter sans soutien&#xa0;: en parler avec une personne de confiance, au travail ou en dehors, aide souvent. Voici vers qui vous tourner.</translation>
    </message>
    <message>
        <source>Your answers were not saved, but they are still here: %1</source>
        <translation>Vos réponses n’ont pas été enregistrées, mais elles sont toujours là&#xa0;: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CheckinSettingsWidget</name>
    <message>
        <source>Offer a check-in every this many days</source>
        <translation>Nombre de jours entre deux propositions de faire le point</translation>
    </message>
    <message>
        <source>&amp;No check-ins</source>
        <translation>&amp;Ne pas me le proposer</translation>
    </message>
    <message>
        <source>Check-in &amp;every:</source>
        <translation>Faire le point &amp;tous les&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source> day(s)</source>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Create your journal</source>
        <translation>Créer votre journal</translation>
    </message>
    <message>
        <source>Where to keep the journal</source>
        <translation>Où conserver le journal</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose where to keep the journal</source>
        <translation>Choisir où garder le journal</translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <source>If you forget this passphrase, only the recovery code shown on the next screen can open your journal. Nobody can recover it for you.</source>
        <translation>Si vous oubliez cette phrase de passe, seul le code de secours affiché à l’écran suivant pourra ouvrir votre journal. Personne ne pourra la retrouver à votre place.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Create the journal</source>
        <translation>&amp;Créer le journal</translation>
    </message>
    <message>
        <source>%1, in Carnet’s own folder on this computer</source>
        <translation>%1, dans le dossier de Carnet sur cet ordinateur</translation>
    </message>
    <message>
        <source>%1, in the folder %2</source>
        <translation>%1, dans le dossier %2</translation>
    </message>
    <message>
        <source>Where the journal will be kept: %1</source>
        <translation>Où le journal sera gardé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Carnet journals (*.carnet)</source>
        <translation>Journaux Carnet (*.carnet)</translation>
    </message>
    <message>
        <source>Choose where to keep the journal.</source>
        <translation>Choisissez où conserver le journal.</translation>
    </message>
    <message>
        <source>Choose another name or a shorter folder: this one could not be opened on every computer. Windows refuses names such as CON or AUX, names ending with a dot or a space, the characters &lt; &gt; : &quot; / \ | ? * and paths longer than 259 characters.</source>
        <translation>Choisissez un autre nom ou un dossier moins profond&#xa0;: celui-ci ne pourrait pas s’ouvrir sur tous les ordinateurs. Windows refuse des noms comme CON ou AUX, les noms qui finissent par un point ou une espace, les caractères &lt; &gt; : &quot; / \ |&#x202f;? * et les chemins de plus de 259&#xa0;caractères.</translation>
    </message>
    <message>
        <source>Creating your journal… This takes a moment: Carnet is making your passphrase very hard to crack.</source>
        <translation>Création de votre journal… Cela prend un moment&#xa0;: Carnet rend votre phrase de passe très difficile à casser.</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Your first check-in on this: the next ones will show how it moves.</source>
        <translation>Première mesure de ce score&#xa0;: les suivantes montreront son évolution.</translation>
    </message>
    <message>
        <source>About the same as at your previous check-ins.</source>
        <translation>À peu près comme les fois précédentes.</translation>
    </message>
    <message>
        <source>Clearly higher than at your previous check-ins.</source>
        <translation>Nettement plus élevé que les fois précédentes.</translation>
    </message>
    <message>
        <source>A little higher than at your previous check-ins.</source>
        <translation>Un peu plus élevé que les fois précédentes.</translation>
    </message>
    <message>
        <source>Clearly lower than at your previous check-ins.</source>
        <translation>Nettement plus bas que les fois précédentes.</translation>
    </message>
    <message>
        <source>A little lower than at your previous check-ins.</source>
        <translation>Un peu plus bas que les fois précédentes.</translation>
    </message>
    <message>
        <source>How am I doing</source>
        <translation>Où j’en suis</translation>
    </message>
    <message>
        <source>Figures drawn from your own entries, for you alone: to notice how your weeks go, not to judge them.</source>
        <translation>Des chiffres tirés de vos propres notes, pour vous seulement&#xa0;: pour voir comment se passent vos semaines, pas pour les juger.</translation>
    </message>
    <message>
        <source>Nothing to show yet. As you write entries, this page shows how your weeks go: contacts outside your hours, acts beyond your frame, how heavy the days were, next to what is usual for you.</source>
        <translation>Rien à montrer pour l’instant. Au fil de vos notes, cette page montre comment se passent vos semaines&#xa0;: contacts en dehors de vos horaires, actes hors cadre, poids des journées, à côté de ce qui est habituel pour vous.</translation>
    </message>
    <message>
        <source>Dilemmas and limits</source>
        <translation>Dilemmes et limites</translation>
    </message>
    <message>
        <source>Figure shown</source>
        <translation>Indicateur affiché</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Indicateur&#xa0;:</translation>
    </message>
    <message>
        <source>Show figures as &amp;text</source>
        <translation>Afficher en &amp;texte</translation>
    </message>
    <message>
        <source>Each week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <source>Chart of the last twelve weeks</source>
        <translation>Graphique des douze dernières semaines</translation>
    </message>
    <message>
        <source>Click a week, or use the left and right arrow keys, to list the entries behind it. The same figures are available as text.</source>
        <translation>Cliquez sur une semaine, ou utilisez les flèches gauche et droite, pour afficher les notes qui y sont comptées. Les mêmes chiffres sont disponibles en texte.</translation>
    </message>
    <message>
        <source>The figures of the last twelve weeks, as text</source>
        <translation>Les chiffres des douze dernières semaines, en texte</translation>
    </message>
    <message>
        <source>Entries behind the chosen week&apos;s figure</source>
        <translation>Les notes comptées dans le chiffre de la semaine choisie</translation>
    </message>
    <message>
        <source>Your check-ins</source>
        <translation>Vos réponses au questionnaire</translation>
    </message>
    <message>
        <source>From 0 to 100: the higher the score, the more tiredness you reported. A pointer for your own reflection, not a diagnosis.</source>
        <translation>De 0 à 100&#xa0;: plus le score est élevé, plus vous avez signalé de fatigue. Un repère pour votre propre réflexion, pas un diagnostic.</translation>
    </message>
    <message>
        <source>Your answers have gone up or stayed high lately. Talking about it can help: a colleague you trust, your supervision, the prevention advisor at work, your doctor.</source>
        <translation>Vos réponses ont augmenté ou sont restées élevées ces derniers temps. En parler peut aider&#xa0;: un ou une collègue de confiance, votre supervision, le conseiller en prévention au travail, votre médecin.</translation>
    </message>
    <message>
        <source>&amp;Where to turn…</source>
        <translation>&amp;Vers qui se tourner…</translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation>&amp;Faire le point</translation>
    </message>
    <message>
        <source>Click a week on the chart, or choose a row of the table, to list the entries behind it.</source>
        <translation>Cliquez sur une semaine du graphique, ou choisissez une ligne du tableau, pour afficher les notes qui y sont comptées.</translation>
    </message>
    <message numerus="yes">
        <source>%n open dilemma(s)</source>
        <translation>
            <numerusform>%n dilemme ouvert</numerusform>
            <numerusform>%n dilemmes ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1; the oldest was opened %n day(s) ago</source>
        <translation>
            <numerusform>%1&#x202f;; le plus ancien a été ouvert il y a %n jour</numerusform>
            <numerusform>%1&#x202f;; le plus ancien a été ouvert il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No dilemma open.</source>
        <translation>Aucun dilemme ouvert.</translation>
    </message>
    <message>
        <source>You have not set limits for yourself (see My limits).</source>
        <translation>Vous ne vous êtes pas fixé de limites (voir Mes limites).</translation>
    </message>
    <message>
        <source>Your limits were not crossed this week or this month.</source>
        <translation>Vos limites n’ont pas été dépassées cette semaine ni ce mois-ci.</translation>
    </message>
    <message>
        <source>Your limits were crossed %1 and %2.</source>
        <translation>Vos limites ont été dépassées %1 et %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) this week</source>
        <translation>
            <numerusform>%n fois cette semaine</numerusform>
            <numerusform>%n fois cette semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n time(s) this month</source>
        <translation>
            <numerusform>%n fois ce mois-ci</numerusform>
            <numerusform>%n fois ce mois-ci</numerusform>
        </translation>
    </message>
    <message>
        <source>You have not checked in yet. A few questions every two weeks, in under three minutes, help you see how you are doing over time.</source>
        <translation>Vous n’avez pas encore fait le point. Quelques questions toutes les deux semaines, en moins de trois minutes, vous aident à voir comment vous allez au fil du temps.</translation>
    </message>
    <message numerus="yes">
        <source>Your last check-in was %n day(s) ago, on %1. A new one is welcome whenever it suits you.</source>
        <translation>
            <numerusform>Vous avez fait le point il y a %n jour, le %1. Vous pouvez le refaire quand cela vous convient.</numerusform>
            <numerusform>Vous avez fait le point il y a %n jours, le %1. Vous pouvez le refaire quand cela vous convient.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your last check-in: %1.</source>
        <translation>Vous avez fait le point pour la dernière fois le %1.</translation>
    </message>
    <message>
        <source>Not enough answers this time.</source>
        <translation>Pas assez de réponses cette fois.</translation>
    </message>
    <message>
        <source>%1 out of 100. %2</source>
        <translation>%1 sur 100. %2</translation>
    </message>
    <message numerus="yes">
        <source>Your usual level is not known yet — after %1 weeks of writing, Carnet shows it beside your weeks (%n more week(s) to go).</source>
        <translation>
            <numerusform>Votre niveau habituel n’est pas encore connu — après %1 semaines d’écriture, Carnet l’affiche à côté de vos semaines (encore %n semaine).</numerusform>
            <numerusform>Votre niveau habituel n’est pas encore connu — après %1 semaines d’écriture, Carnet l’affiche à côté de vos semaines (encore %n semaines).</numerusform>
        </translation>
    </message>
    <message>
        <source>Your usual level is not known yet: it needs weeks with this figure in the six months before this one.</source>
        <translation>Votre niveau habituel n’est pas encore connu&#xa0;: il faut des semaines avec ce chiffre dans les six mois qui précèdent.</translation>
    </message>
    <message>
        <source>Dashed line: your usual level, %1 (the middle value of your weeks over the six months before this one).</source>
        <translation>Ligne pointillée&#xa0;: votre niveau habituel, %1 (la valeur médiane de vos semaines sur les six mois qui précèdent).</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week number</comment>
        <translation>S%1</translation>
    </message>
    <message>
        <source>Your usual level</source>
        <translation>Votre niveau habituel</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>week %1</source>
        <translation>semaine %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Looking for the entries…</source>
        <translation>Recherche des notes…</translation>
    </message>
    <message>
        <source>&amp;Entries behind “%1”, %2 (Enter opens one):</source>
        <translation>&amp;Notes comptées dans «&#xa0;%1&#xa0;», %2 (Entrée en ouvre une)&#xa0;:</translation>
    </message>
    <message>
        <source>No entry behind “%1” in %2.</source>
        <translation>Aucune note comptée dans «&#xa0;%1&#xa0;» pour la %2.</translation>
    </message>
</context>
<context>
    <name>DilemmasView</name>
    <message>
        <source>Dilemmas, by status</source>
        <translation>Dilemmes, par statut</translation>
    </message>
    <message>
        <source>Dilemma</source>
        <translation>Dilemme</translation>
    </message>
    <message>
        <source>&amp;New dilemma…</source>
        <translation>&amp;Nouveau dilemme…</translation>
    </message>
    <message>
        <source>Kinds of &amp;question…</source>
        <translation>Types de di&amp;lemme…</translation>
    </message>
    <message>
        <source>Add your own kinds of question, rename or hide the others</source>
        <translation>Ajouter vos propres types de dilemme, renommer ou masquer les autres</translation>
    </message>
    <message>
        <source>No dilemma yet. When an entry raises a question you want to follow (lending money, a rule that feels unfair, a personal phone number given), open it with “This raises a dilemma” in the entry, or here.</source>
        <translation>Aucun dilemme pour l’instant. Quand une note soulève une question que vous voulez suivre (prêter de l’argent, une règle qui vous semble injuste, un numéro de téléphone personnel donné), ouvrez un dilemme avec «&#xa0;Cela soulève un dilemme&#xa0;» dans la note, ou ici.</translation>
    </message>
    <message>
        <source>Title of the dilemma</source>
        <translation>Titre du dilemme</translation>
    </message>
    <message>
        <source>Where this dilemma stands</source>
        <translation>Où en est ce dilemme</translation>
    </message>
    <message>
        <source>Kinds of question</source>
        <translation>Types de dilemme</translation>
    </message>
    <message>
        <source>The story of this dilemma, oldest first</source>
        <translation>L’histoire de ce dilemme, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>A new reflection</source>
        <translation>Une nouvelle réflexion</translation>
    </message>
    <message>
        <source>Where am I with this today?</source>
        <translation>Où en suis-je aujourd’hui avec cette question&#x202f;?</translation>
    </message>
    <message>
        <source>Add this &amp;reflection</source>
        <translation>Ajouter cette &amp;réflexion</translation>
    </message>
    <message>
        <source>Prepare for an analysis &amp;group…</source>
        <translation>Préparer pour un &amp;groupe d’analyse…</translation>
    </message>
    <message>
        <source>An account of this situation on the analysis grid, for a supervision, intervision or analysis group: every name, number and date is checked before anything leaves the journal.</source>
        <translation>Un récit de cette situation sur la grille d’analyse, pour une supervision, une intervision ou un groupe d’analyse&#xa0;: chaque nom, numéro et date est vérifié avant que quoi que ce soit quitte le journal.</translation>
    </message>
    <message>
        <source>What was decided, and why</source>
        <translation>Ce qui a été décidé, et pourquoi</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Ce que j’ai appris</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kinds of dilemma</source>
        <translation>T&amp;ypes de dilemme</translation>
    </message>
    <message>
        <source>Its &amp;story</source>
        <translation>Son &amp;histoire</translation>
    </message>
    <message>
        <source>What was &amp;decided, and why</source>
        <translation>Ce qui a été &amp;décidé, et pourquoi</translation>
    </message>
    <message>
        <source>&amp;Where it stands:</source>
        <translation>&amp;Où il en est&#xa0;:</translation>
    </message>
    <message>
        <source>New r&amp;eflection:</source>
        <translation>Nouvelle ré&amp;flexion&#xa0;:</translation>
    </message>
    <message>
        <source>What I &amp;learned:</source>
        <translation>Ce que j’ai a&amp;ppris&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a dilemma in the list to see its whole story: where it stands, the entries and reflections that made it, what was decided.</source>
        <translation>Choisissez un dilemme dans la liste pour voir toute son histoire&#xa0;: où il en est, les notes et les réflexions qui l’ont nourri, ce qui a été décidé.</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemmes</translation>
    </message>
    <message>
        <source>The questions you follow week after week, until they are settled or you learn to live with them.</source>
        <translation>Les questions que vous suivez semaine après semaine, jusqu’à ce qu’elles soient réglées ou que vous appreniez à vivre avec.</translation>
    </message>
    <message>
        <source>Remove this entry from the dilemma</source>
        <translation>Retirer cette note du dilemme</translation>
    </message>
    <message>
        <source>opened today</source>
        <translation>ouvert aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>open for %n day(s)</source>
        <translation>
            <numerusform>ouvert depuis %n jour</numerusform>
            <numerusform>ouvert depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>last activity %1</source>
        <translation>dernière activité le %1</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Questions that can help:</source>
        <translation>Des questions qui peuvent aider&#xa0;:</translation>
    </message>
    <message>
        <source>%1 — now: %2</source>
        <translation>%1 — désormais&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 — entry: %2</source>
        <translation>%1 — note&#xa0;: %2</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this entry</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir cette note</translation>
    </message>
    <message>
        <source>%1 — reflection: %2</source>
        <translation>%1 — réflexion&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Title of the entry</source>
        <translation>Titre de la note</translation>
    </message>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Text of the entry</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>What happened? What stays with you?</source>
        <translation>Que s’est-il passé&#x202f;? Qu’est-ce qui vous reste en tête&#x202f;?</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Add the sections and questions of a reflection template</source>
        <translation>Ajouter les rubriques et les questions d’un modèle de réflexion</translation>
    </message>
    <message>
        <source>A quick contact. When you have time, you can write more about it.</source>
        <translation>Un contact noté rapidement. Quand vous aurez le temps, vous pourrez en écrire davantage.</translation>
    </message>
    <message>
        <source>&amp;Turn it into a reflection</source>
        <translation>&amp;En faire une réflexion</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Emotional weight, from 0 to 10</source>
        <translation>Charge émotionnelle, de 0 à 10</translation>
    </message>
    <message>
        <source>How heavy this situation was for you, from 0 (not at all) to 10 (very heavy). “How am I doing” shows how heavy your weeks were; leave it not set if you prefer.</source>
        <translation>À quel point cette situation vous a pesé, de 0 (pas du tout) à 10 (très lourd). «&#xa0;Où j’en suis&#xa0;» montre la charge de vos semaines&#x202f;; laissez «&#xa0;non renseigné&#xa0;» si vous préférez.</translation>
    </message>
    <message>
        <source>Persons, by pseudonym</source>
        <translation>Personnes, par pseudonyme</translation>
    </message>
    <message>
        <source>Pseudonyms, separated by commas</source>
        <translation>Pseudonymes, séparés par des virgules</translation>
    </message>
    <message>
        <source>Never type a real name: use a pseudonym such as “Mme R.” or “Jeune 17”.</source>
        <translation>N’écrivez jamais un vrai nom&#xa0;: utilisez un pseudonyme comme «&#xa0;Mme R.&#xa0;» ou «&#xa0;Jeune 17&#xa0;».</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Étiquettes, séparées par des virgules</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>Emotional &amp;load:</source>
        <translation>C&amp;harge émotionnelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Persons:</source>
        <translation>&amp;Personnes&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Pseudonyms only: never a real name.</source>
        <translation>Uniquement des pseudonymes&#xa0;: jamais de vrai nom.</translation>
    </message>
    <message>
        <source>This raises a &amp;dilemma…</source>
        <translation>Cela soulève un di&amp;lemme…</translation>
    </message>
    <message>
        <source>Follow the question this entry raises, over weeks, until it is settled</source>
        <translation>Suivre la question que soulève cette note, au fil des semaines, jusqu’à ce qu’elle soit réglée</translation>
    </message>
    <message>
        <source>I crossed one of my limits…</source>
        <translation>J’ai dépassé une de mes limites…</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Intertitre</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Numbered</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Annuler (%1)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Rétablir (%1)</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Mes modèles</translation>
    </message>
    <message>
        <source>Save this entry&apos;s headings as my template…</source>
        <translation>Enregistrer les intertitres de cette note comme modèle…</translation>
    </message>
    <message>
        <source>Each heading becomes a section; quoted lines under it become its questions</source>
        <translation>Chaque intertitre devient une rubrique&#x202f;; les lignes en citation placées dessous deviennent ses questions</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Mon modèle</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Quand cela s’est-il passé&#x202f;?</translation>
    </message>
    <message>
        <source>When the contact happened: Carnet judges from it whether it was outside your working hours.</source>
        <translation>Quand le contact a eu lieu&#xa0;: Carnet en déduit s’il était en dehors de vos heures de travail.</translation>
    </message>
    <message>
        <source>Situation &amp;of (optional):</source>
        <translation>Sit&amp;uation du (facultatif)&#xa0;:</translation>
    </message>
    <message>
        <source>The day and time of the situation this reflection is about, if there is one; otherwise the time of writing stays. Writing in the evening is not counted as working off-hours.</source>
        <translation>Le jour et l’heure de la situation dont parle cette réflexion, s’il y en a une&#x202f;; sinon, l’heure d’écriture reste. Écrire le soir ne compte pas comme du travail hors horaire.</translation>
    </message>
    <message>
        <source>Hide the details</source>
        <translation>Masquer les détails</translation>
    </message>
    <message>
        <source>Show the details</source>
        <translation>Afficher les détails</translation>
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
        <translation>charge %1/10</translation>
    </message>
    <message>
        <source>Outside your working hours (set by you)</source>
        <translation>En dehors de vos horaires de travail (indiqué par vous)</translation>
    </message>
    <message>
        <source>Outside your working hours: for a contact, Carnet ticks it from your working hours when you have set them (a reflection is not work done off-hours). Tick or untick it to decide yourself.</source>
        <translation>En dehors de vos heures de travail&#xa0;: pour un contact, Carnet la coche d’après vos heures de travail si vous les avez indiquées (une réflexion n’est pas du travail hors horaire). Cochez ou décochez pour décider vous-même.</translation>
    </message>
    <message>
        <source>Crossed one of my limits: %1</source>
        <translation>Une de mes limites a été dépassée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) may identify someone (underlined): right-click to replace with a pseudonym. Carnet&apos;s check is a help, not a guarantee.</source>
        <translation>
            <numerusform>%n passage pourrait identifier quelqu’un (souligné)&#xa0;: faites un clic droit pour le remplacer par un pseudonyme. La vérification de Carnet est une aide, pas une garantie.</numerusform>
            <numerusform>%n passages pourraient identifier quelqu’un (soulignés)&#xa0;: faites un clic droit pour les remplacer par un pseudonyme. La vérification de Carnet est une aide, pas une garantie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace with the pseudonym “%1”</source>
        <translation>Remplacer par le pseudonyme «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EntryList</name>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export entries</source>
        <translation>Exporter des notes</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>&amp;JSON: everything, and it can be imported back into Carnet</source>
        <translation>&amp;JSON&#xa0;: tout, et peut être réimporté dans Carnet</translation>
    </message>
    <message>
        <source>&amp;Markdown: one text file per entry, readable in any editor</source>
        <translation>&amp;Markdown&#xa0;: un fichier texte par note, lisible dans n’importe quel éditeur</translation>
    </message>
    <message>
        <source>&amp;PDF: to read or print, one section per month</source>
        <translation>&amp;PDF&#xa0;: pour lire ou imprimer, une section par mois</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The &amp;whole journal</source>
        <translation>&amp;Tout le journal</translation>
    </message>
    <message>
        <source>Only the days &amp;from</source>
        <translation>&amp;Seulement les jours du</translation>
    </message>
    <message>
        <source>First day exported</source>
        <translation>Premier jour exporté</translation>
    </message>
    <message>
        <source>Last day exported</source>
        <translation>Dernier jour exporté</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Choose where to write the export</source>
        <translation>Choisissez où écrire l’exportation</translation>
    </message>
    <message>
        <source>Where the export is written</source>
        <translation>Où l’exportation est écrite</translation>
    </message>
    <message>
        <source>&amp;Choose a folder…</source>
        <translation>&amp;Choisir un dossier…</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>The export is NOT encrypted: anyone who can open these files can read the entries in them, with their persons and tags. Write it only where you need it, and delete it when you no longer do.</source>
        <translation>L’exportation n’est PAS chiffrée&#xa0;: toute personne qui peut ouvrir ces fichiers peut lire les notes qu’ils contiennent, avec leurs personnes et leurs étiquettes. Ne l’écrivez que là où vous en avez besoin, et supprimez-la quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>I &amp;understand that the export is not encrypted</source>
        <translation>J’ai &amp;bien compris que l’exportation n’est pas chiffrée</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Choose the folder to write the export in</source>
        <translation>Choisir le dossier où écrire l’exportation</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Le premier jour est après le dernier.</translation>
    </message>
    <message>
        <source>Writing the export…</source>
        <translation>Écriture de l’exportation…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to %1. Remember: this export is not encrypted.</source>
        <translation>
            <numerusform>%n note écrite dans %1. N’oubliez pas&#xa0;: cette exportation n’est pas chiffrée.</numerusform>
            <numerusform>%n notes écrites dans %1. N’oubliez pas&#xa0;: cette exportation n’est pas chiffrée.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportReviewDialog</name>
    <message>
        <source>Check before exporting</source>
        <translation>Vérifier avant d’exporter</translation>
    </message>
    <message>
        <source>Carnet looked for what could identify someone: names, phone numbers, email and postal addresses, national numbers, bank accounts. Replace each one, or keep it if it is fine to share.</source>
        <translation>Carnet a cherché ce qui pourrait identifier quelqu’un&#xa0;: noms, numéros de téléphone, adresses e-mail et postales, numéros de registre national, comptes bancaires. Remplacez chaque élément, ou gardez-le s’il peut être partagé sans problème.</translation>
    </message>
    <message>
        <source>Replace it with</source>
        <translation>Le remplacer par</translation>
    </message>
    <message>
        <source>Replace &amp;with:</source>
        <translation>Remplacer &amp;par&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Replace</source>
        <translation>&amp;Remplacer</translation>
    </message>
    <message>
        <source>&amp;Keep as is</source>
        <translation>&amp;Garder tel quel</translation>
    </message>
    <message>
        <source>Replace it in the export (%1 in the list)</source>
        <translation>Le remplacer dans l’exportation (%1 dans la liste)</translation>
    </message>
    <message>
        <source>Leave it as written (%1 in the list)</source>
        <translation>Le laisser tel qu’il est écrit (%1 dans la liste)</translation>
    </message>
    <message>
        <source>What looks identifying; %1 replaces, %2 keeps</source>
        <translation>Ce qui semble identifiant&#x202f;; %1 remplace, %2 garde</translation>
    </message>
    <message>
        <source>Replace &amp;all</source>
        <translation>&amp;Tout remplacer</translation>
    </message>
    <message>
        <source>Replace every finding not decided yet with its suggestion</source>
        <translation>Remplacer chaque élément pas encore traité par sa suggestion</translation>
    </message>
    <message>
        <source>Keep a&amp;ll</source>
        <translation>To&amp;ut garder</translation>
    </message>
    <message>
        <source>Keep every finding not decided yet as written</source>
        <translation>Garder tel quel chaque élément pas encore traité</translation>
    </message>
    <message>
        <source>&amp;Findings:</source>
        <translation>É&amp;léments repérés&#xa0;:</translation>
    </message>
    <message>
        <source>Preview of the export</source>
        <translation>Aperçu de l’exportation</translation>
    </message>
    <message>
        <source>&amp;Preview of what will be written:</source>
        <translation>&amp;Aperçu de ce qui sera écrit&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Coarsen dates to the week</source>
        <translation>Arrondir les dates à la &amp;semaine</translation>
    </message>
    <message>
        <source>Dates show as their week, and exact dates in the texts become findings</source>
        <translation>Les dates apparaissent sous forme de semaine, et les dates exactes dans les textes deviennent des éléments repérés</translation>
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
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <source>Chosen when you export</source>
        <translation>Choisi au moment de l’exportation</translation>
    </message>
    <message>
        <source>Where the file is written</source>
        <translation>Où le fichier est écrit</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>E&amp;nregistrer dans&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read it. This review is a help, not a guarantee: read the preview before sharing, and delete the file once you no longer need it.</source>
        <translation>Le fichier exporté n’est PAS chiffré&#xa0;: toute personne qui peut l’ouvrir peut le lire. Cette vérification est une aide, pas une garantie&#xa0;: lisez l’aperçu avant de partager, et supprimez le fichier dès que vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Looking for what could identify someone…</source>
        <translation>Recherche de ce qui pourrait identifier quelqu’un…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>National number</source>
        <translation>Numéro de registre national</translation>
    </message>
    <message>
        <source>Bank account (IBAN)</source>
        <translation>Compte bancaire (IBAN)</translation>
    </message>
    <message>
        <source>Exact date</source>
        <translation>Date exacte</translation>
    </message>
    <message>
        <source>to review</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>replaced by “%1”</source>
        <translation>remplacé par «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation>gardé tel quel</translation>
    </message>
    <message>
        <source>%1: “%2” — %3</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» — %3</translation>
    </message>
    <message>
        <source>its title</source>
        <translation>son titre</translation>
    </message>
    <message>
        <source>the subtitle</source>
        <translation>le sous-titre</translation>
    </message>
    <message>
        <source>the heading</source>
        <translation>l’intertitre</translation>
    </message>
    <message>
        <source>the introduction</source>
        <translation>l’introduction</translation>
    </message>
    <message>
        <source>its text</source>
        <translation>son texte</translation>
    </message>
    <message>
        <source>the question</source>
        <translation>la question</translation>
    </message>
    <message>
        <source>its details</source>
        <translation>ses détails</translation>
    </message>
    <message>
        <source>The title page (%1)</source>
        <translation>La page de titre (%1)</translation>
    </message>
    <message>
        <source>%1, item %2 (%3)</source>
        <translation>%1, élément %2 (%3)</translation>
    </message>
    <message>
        <source>Nothing looks identifying. Read the preview all the same before sharing.</source>
        <translation>Rien ne semble identifiant. Lisez tout de même l’aperçu avant de partager.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) still to review before exporting.</source>
        <translation>
            <numerusform>%n élément encore à vérifier avant d’exporter.</numerusform>
            <numerusform>%n éléments encore à vérifier avant d’exporter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every finding is reviewed: you can export.</source>
        <translation>Tous les éléments sont vérifiés&#xa0;: vous pouvez exporter.</translation>
    </message>
    <message>
        <source>Where to save the export (not encrypted)</source>
        <translation>Où enregistrer l’exportation (non chiffrée)</translation>
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
        <translation>Écriture de l’exportation…</translation>
    </message>
    <message>
        <source>Saved to %1. It is not encrypted: delete it when you no longer need it.</source>
        <translation>Enregistré dans %1. Ce fichier n’est pas chiffré&#xa0;: supprimez-le quand vous n’en avez plus besoin.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>FileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Voir dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Fichiers de type&#xa0;:</translation>
    </message>
</context>
<context>
    <name>HoursChartView</name>
    <message>
        <source>Hours done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <source>Steady pace</source>
        <translation>Rythme régulier</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Chart of the hours done against the required hours</source>
        <translation>Graphique des heures prestées par rapport aux heures exigées</translation>
    </message>
    <message>
        <source>Required: %1</source>
        <translation>Exigées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>This file or folder cannot be read. Check that it still exists (a USB key may have been removed) and that you may open it.</source>
        <translation>Ce fichier ou ce dossier ne peut pas être lu. Vérifiez qu’il existe toujours (une clé USB a peut-être été retirée) et que vous avez le droit de l’ouvrir.</translation>
    </message>
    <message>
        <source>Carnet does not recognise this file. Choose its format in the list, or choose a Day One export (.zip or .json), a jrnl or Carnet export (.json), or a folder of Markdown notes.</source>
        <translation>Carnet ne reconnaît pas ce fichier. Choisissez son format dans la liste, ou choisissez une exportation Day One (.zip ou .json), une exportation jrnl ou Carnet (.json), ou un dossier de notes Markdown.</translation>
    </message>
    <message>
        <source>This file is not text in UTF-8, so Carnet cannot read it.</source>
        <translation>Ce fichier n’est pas du texte en UTF-8&#xa0;: Carnet ne peut pas le lire.</translation>
    </message>
    <message>
        <source>This file is damaged or is not a JSON file.</source>
        <translation>Ce fichier est endommagé ou n’est pas un fichier JSON.</translation>
    </message>
    <message>
        <source>This zip file is damaged, protected by a password, or compressed in a way Carnet cannot read.</source>
        <translation>Ce fichier zip est endommagé, protégé par un mot de passe, ou compressé d’une manière que Carnet ne sait pas lire.</translation>
    </message>
    <message>
        <source>This zip file holds no Day One journal (no .json file inside). Export the journal again from Day One, choosing JSON.</source>
        <translation>Ce fichier zip ne contient aucun journal Day One (aucun fichier .json à l’intérieur). Exportez à nouveau le journal depuis Day One, en choisissant JSON.</translation>
    </message>
    <message>
        <source>This file is not in the format chosen. Choose another format, or let Carnet recognise it.</source>
        <translation>Ce fichier n’est pas au format choisi. Choisissez un autre format, ou laissez Carnet le reconnaître.</translation>
    </message>
    <message>
        <source>This export was written by a newer version of Carnet. Install the latest version to import it.</source>
        <translation>Cette exportation a été écrite par une version plus récente de Carnet. Installez la dernière version pour l’importer.</translation>
    </message>
    <message>
        <source>An entry cannot be read: one of its fields is missing or holds a value Carnet does not accept (a date that does not exist, a number instead of text...).</source>
        <translation>Une note ne peut pas être lue&#xa0;: un de ses champs manque ou contient une valeur que Carnet n’accepte pas (une date qui n’existe pas, un nombre au lieu d’un texte…).</translation>
    </message>
    <message>
        <source>The same entry appears twice in this source, so Carnet cannot tell which one to keep.</source>
        <translation>La même note apparaît deux fois dans cette source&#xa0;: Carnet ne peut pas savoir laquelle garder.</translation>
    </message>
    <message>
        <source>The properties at the top of a note (the block between two --- lines) are not valid YAML.</source>
        <translation>Les propriétés en tête d’une note (le bloc entre deux lignes ---) ne sont pas du YAML valide.</translation>
    </message>
    <message>
        <source>Some notes have no date, neither in their properties (date: 2024-03-05) nor at the start of their file name (2024-03-05 Meeting.md). Add one, then try again.</source>
        <translation>Certaines notes n’ont pas de date, ni dans leurs propriétés (date&#xa0;: 2024-03-05) ni au début du nom de leur fichier (2024-03-05 Réunion.md). Ajoutez-en une, puis réessayez.</translation>
    </message>
    <message>
        <source>This is too large to be a journal export or a folder of notes: choose the export itself, or the folder of the notes only.</source>
        <translation>C’est trop volumineux pour être une exportation de journal ou un dossier de notes&#xa0;: choisissez l’exportation elle-même, ou uniquement le dossier des notes.</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Où&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n’a été importé.</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>note %1</translation>
    </message>
    <message>
        <source>field “%1”</source>
        <translation>champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <source>Import entries</source>
        <translation>Importer des notes</translation>
    </message>
    <message>
        <source>This folder holds no notes nor documents (.md, .txt, .docx or .odt files).</source>
        <translation>Ce dossier ne contient ni notes ni documents (fichiers .md, .txt, .docx ou .odt).</translation>
    </message>
    <message>
        <source>This Word file is protected by a password, or is an old .doc file. Open it in Word or LibreOffice, remove the password or save it as .docx, then try again.</source>
        <translation>Ce fichier Word est protégé par un mot de passe, ou c’est un ancien fichier .doc. Ouvrez-le dans Word ou LibreOffice, retirez le mot de passe ou enregistrez-le en .docx, puis réessayez.</translation>
    </message>
    <message>
        <source>This document is damaged, or is not a Word or LibreOffice document.</source>
        <translation>Ce document est endommagé, ou ce n’est pas un document Word ou LibreOffice.</translation>
    </message>
    <message>
        <source>Some files cannot be read. Agree to leave them out to import the rest.</source>
        <translation>Certains fichiers ne peuvent pas être lus. Acceptez de les laisser de côté pour importer le reste.</translation>
    </message>
    <message>
        <source>This computer does not record when a file was created. Choose the date of the last change, or leave undated notes out.</source>
        <translation>Cet ordinateur n’enregistre pas la date de création des fichiers. Choisissez la date de dernière modification, ou laissez de côté les notes sans date.</translation>
    </message>
    <message>
        <source>its properties (between --- or +++ lines) are not valid</source>
        <translation>ses propriétés (entre les lignes --- ou +++) ne sont pas valides</translation>
    </message>
    <message>
        <source>not text in UTF-8</source>
        <translation>pas du texte en UTF-8</translation>
    </message>
    <message>
        <source>the property “%1” holds a value Carnet does not accept</source>
        <translation>la propriété «&#xa0;%1&#xa0;» contient une valeur que Carnet n’accepte pas</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>trop volumineux</translation>
    </message>
    <message>
        <source>protected by a password, or an old .doc file</source>
        <translation>protégé par un mot de passe, ou ancien fichier .doc</translation>
    </message>
    <message>
        <source>damaged, or not a Word or LibreOffice document</source>
        <translation>endommagé, ou pas un document Word ou LibreOffice</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>they take the date their file was last changed</source>
        <translation>elles prennent la date de dernière modification de leur fichier</translation>
    </message>
    <message>
        <source>they take the date their file was created</source>
        <translation>elles prennent la date de création de leur fichier</translation>
    </message>
    <message>
        <source>they are left out</source>
        <translation>elles sont laissées de côté</translation>
    </message>
    <message>
        <source>Bring your entries from Day One, a folder of Markdown notes, Word, LibreOffice or text documents, jrnl or another Carnet journal. Nothing is imported before you confirm, and entries already in your journal are skipped.</source>
        <translation>Importez vos notes depuis Day One, un dossier de notes Markdown, des documents Word, LibreOffice ou texte, jrnl ou un autre journal Carnet. Rien n’est importé avant votre confirmation, et les notes déjà présentes dans votre journal sont ignorées.</translation>
    </message>
    <message>
        <source>No file or folder chosen yet</source>
        <translation>Aucun fichier ni dossier choisi pour l’instant</translation>
    </message>
    <message>
        <source>File or folder to import</source>
        <translation>Fichier ou dossier à importer</translation>
    </message>
    <message>
        <source>Choose a &amp;file…</source>
        <translation>Choisir un fic&amp;hier…</translation>
    </message>
    <message>
        <source>Choose a f&amp;older…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <source>Format of the source</source>
        <translation>Format de la source</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <source>Day One (the exported .zip, or its .json)</source>
        <translation>Day One (le .zip exporté, ou son .json)</translation>
    </message>
    <message>
        <source>Markdown notes (a folder of .md files)</source>
        <translation>Notes Markdown (un dossier de fichiers .md)</translation>
    </message>
    <message>
        <source>Documents (Word .docx, LibreOffice .odt, text .txt: a folder or one file)</source>
        <translation>Documents (Word .docx, LibreOffice .odt, texte .txt&#xa0;: un dossier ou un fichier)</translation>
    </message>
    <message>
        <source>jrnl (jrnl --export json)</source>
        <translation>jrnl (jrnl --export json)</translation>
    </message>
    <message>
        <source>Carnet (an export made by Carnet)</source>
        <translation>Carnet (une exportation faite par Carnet)</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source&#xa0;:</translation>
    </message>
    <message>
        <source>Fo&amp;rmat:</source>
        <translation>Fo&amp;rmat&#xa0;:</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation>Dates&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Personnes&#xa0;:</translation>
    </message>
    <message>
        <source>Not imported:</source>
        <translation>Non importé&#xa0;:</translation>
    </message>
    <message>
        <source>Take the date their file was last changed</source>
        <translation>Prendre la date de dernière modification du fichier</translation>
    </message>
    <message>
        <source>Take the date their file was created</source>
        <translation>Prendre la date de création du fichier</translation>
    </message>
    <message>
        <source>Leave them out</source>
        <translation>Les laisser de côté</translation>
    </message>
    <message>
        <source>Notes &amp;without a date:</source>
        <translation>Notes &amp;sans date&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Choisir un fichier à importer</translation>
    </message>
    <message>
        <source>Exports (*.zip *.json)</source>
        <translation>Exportations (*.zip *.json)</translation>
    </message>
    <message>
        <source>Markdown notes (*.md *.markdown)</source>
        <translation>Notes Markdown (*.md *.markdown)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Documents (*.docx *.odt *.txt)</source>
        <translation>Documents (*.docx *.odt *.txt)</translation>
    </message>
    <message>
        <source>Choose the folder of your notes</source>
        <translation>Choisir le dossier de vos notes</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n entries</source>
        <translation>
            <numerusform>&amp;Importer %n note</numerusform>
            <numerusform>&amp;Importer %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in your journal, skipped</source>
        <translation>
            <numerusform>%n déjà dans votre journal, ignorée</numerusform>
            <numerusform>%n déjà dans votre journal, ignorées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import: every entry is already in your journal.</source>
        <translation>Rien de nouveau à importer&#xa0;: toutes les notes sont déjà dans votre journal.</translation>
    </message>
    <message>
        <source>No entries to import.</source>
        <translation>Aucune note à importer.</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Leave out the %n file(s) that cannot be read, and import the rest</source>
        <translation>
            <numerusform>&amp;Laisser de côté %n fichier illisible et importer le reste</numerusform>
            <numerusform>&amp;Laisser de côté les %n fichiers illisibles et importer le reste</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported.</source>
        <translation>
            <numerusform>%n note importée.</numerusform>
            <numerusform>%n notes importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were already in your journal.</source>
        <translation>
            <numerusform>%n était déjà dans votre journal.</numerusform>
            <numerusform>%n étaient déjà dans votre journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1.</source>
        <translation>Non importé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
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
            <numerusform>%n vidéo</numerusform>
            <numerusform>%n vidéos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audio recording(s)</source>
        <translation>
            <numerusform>%n enregistrement audio</numerusform>
            <numerusform>%n enregistrements audio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n PDF attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe PDF</numerusform>
            <numerusform>%n pièces jointes PDF</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s)</source>
        <translation>
            <numerusform>%n lieu</numerusform>
            <numerusform>%n lieux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weather record(s)</source>
        <translation>
            <numerusform>%n relevé météo</numerusform>
            <numerusform>%n relevés météo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) without any text</source>
        <translation>
            <numerusform>%n note sans texte</numerusform>
            <numerusform>%n notes sans texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that are not notes</source>
        <translation>
            <numerusform>%n fichier qui n’est pas une note</numerusform>
            <numerusform>%n fichiers qui ne sont pas des notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s) (images, PDFs, sounds)</source>
        <translation>
            <numerusform>%n pièce jointe (images, PDF, sons)</numerusform>
            <numerusform>%n pièces jointes (images, PDF, sons)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n modèle</numerusform>
            <numerusform>%n modèles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) that cannot be read</source>
        <translation>
            <numerusform>%n fichier illisible</numerusform>
            <numerusform>%n fichiers illisibles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) without a date</source>
        <translation>
            <numerusform>%n note sans date</numerusform>
            <numerusform>%n notes sans date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s) in documents</source>
        <translation>
            <numerusform>%n image dans les documents</numerusform>
            <numerusform>%n images dans les documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) in documents</source>
        <translation>
            <numerusform>%n tableau dans les documents</numerusform>
            <numerusform>%n tableaux dans les documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) cannot be read:</source>
        <translation>
            <numerusform>%n fichier ne peut pas être lu&#xa0;:</numerusform>
            <numerusform>%n fichiers ne peuvent pas être lus&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have no date in them:</source>
        <translation>
            <numerusform>%n note n’a pas de date&#xa0;:</numerusform>
            <numerusform>%n notes n’ont pas de date&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) have other properties, kept in a block at the end of their text:</source>
        <translation>
            <numerusform>%n note a d’autres propriétés, gardées dans un bloc à la fin de son texte&#xa0;:</numerusform>
            <numerusform>%n notes ont d’autres propriétés, gardées dans un bloc à la fin de leur texte&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalPage</name>
    <message>
        <source>Search (%1)</source>
        <translation>Rechercher (%1)</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Rechercher dans le journal</translation>
    </message>
    <message>
        <source>Show only: %1</source>
        <translation>Afficher uniquement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre&#xa0;: %1</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Notes, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Your journal is empty</source>
        <translation>Votre journal est vide</translation>
    </message>
    <message>
        <source>Write your first entry: a contact, a situation that stays with you, a question for supervision. Press Ctrl+N or the button below.</source>
        <translation>Écrivez votre première note&#xa0;: un contact, une situation qui vous reste en tête, une question pour la supervision. Appuyez sur Ctrl+N ou sur le bouton ci-dessous.</translation>
    </message>
    <message>
        <source>&amp;Write a first entry</source>
        <translation>Écrire une &amp;première note</translation>
    </message>
    <message>
        <source>No entry matches this search.</source>
        <translation>Aucune note ne correspond à cette recherche.</translation>
    </message>
    <message numerus="yes">
        <source>%n matching entries</source>
        <translation>
            <numerusform>%n note correspondante</numerusform>
            <numerusform>%n notes correspondantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
</context>
<context>
    <name>KeyDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>New recovery code</source>
        <translation>Nouveau code de secours</translation>
    </message>
    <message>
        <source>Your journal and the copies Carnet keeps will be encrypted again with a new key. The old passphrase and the old recovery code will no longer open them, and you will get a new recovery code to write down.</source>
        <translation>Votre journal et les copies que Carnet conserve seront chiffrés à nouveau avec une nouvelle clé. L’ancienne phrase de passe et l’ancien code de secours ne les ouvriront plus, et vous recevrez un nouveau code de secours à noter.</translation>
    </message>
    <message>
        <source>Use this if your recovery code was seen by someone or lost. Your journal and the copies Carnet keeps will be encrypted again with a new key: the old code will no longer open them. Your passphrase stays the same.</source>
        <translation>Utilisez ceci si votre code de secours a été vu par quelqu’un ou perdu. Votre journal et les copies que Carnet conserve seront chiffrés à nouveau avec une nouvelle clé&#xa0;: l’ancien code ne les ouvrira plus. Votre phrase de passe reste la même.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Phrase de passe actuelle</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase de passe &amp;actuelle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Changer la phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Make a new code</source>
        <translation>&amp;Créer un nouveau code</translation>
    </message>
    <message>
        <source>Type your current passphrase first.</source>
        <translation>Tapez d’abord votre phrase de passe actuelle.</translation>
    </message>
    <message>
        <source>Encrypting the journal and its copies again with a new key…</source>
        <translation>Nouveau chiffrement du journal et de ses copies avec une nouvelle clé…</translation>
    </message>
    <message>
        <source>The journal now opens only with your new passphrase and your new recovery code.</source>
        <translation>Le journal ne s’ouvre plus qu’avec votre nouvelle phrase de passe et votre nouveau code de secours.</translation>
    </message>
    <message>
        <source>Saved versions and backups encrypted again with the new key: %1.</source>
        <translation>Versions enregistrées et sauvegardes chiffrées à nouveau avec la nouvelle clé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Damaged saved versions that could not be encrypted again, and were deleted: %1.</source>
        <translation>Versions enregistrées endommagées, qui n’ont pas pu être chiffrées à nouveau et ont été supprimées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>These copies could not be encrypted again and still open with the old passphrase: %1.</source>
        <translation>Ces copies n’ont pas pu être chiffrées à nouveau et s’ouvrent encore avec l’ancienne phrase de passe&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Your backup folder “%1” was not available: the backups in it still open with the old passphrase and the old recovery code. Delete them when you can.</source>
        <translation>Votre dossier de sauvegarde «&#xa0;%1&#xa0;» n’était pas disponible&#xa0;: les sauvegardes qu’il contient s’ouvrent encore avec l’ancienne phrase de passe et l’ancien code de secours. Supprimez-les dès que possible.</translation>
    </message>
    <message>
        <source>Copies Carnet does not look after (on a USB key that was not connected, on another computer, or copied or sent by hand) still open with the old passphrase and the old recovery code.</source>
        <translation>Les copies dont Carnet ne s’occupe pas (sur une clé USB qui n’était pas branchée, sur un autre ordinateur, ou copiées ou envoyées à la main) s’ouvrent encore avec l’ancienne phrase de passe et l’ancien code de secours.</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>Personal phone</source>
        <translation>Téléphone personnel</translation>
    </message>
    <message>
        <source>Messaging</source>
        <translation>SMS et messages</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Off-hours</source>
        <translation>Hors horaires</translation>
    </message>
    <message>
        <source>Out of frame</source>
        <translation>Hors cadre</translation>
    </message>
    <message>
        <source>Kept private</source>
        <translation>Non partagé</translation>
    </message>
    <message>
        <source>For supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Outside your working hours</source>
        <translation>En dehors de vos heures de travail</translation>
    </message>
    <message>
        <source>Beyond your mandate or the rules</source>
        <translation>Au-delà de votre mandat ou des règles</translation>
    </message>
    <message>
        <source>Not shared with the team</source>
        <translation>Non partagé avec l’équipe</translation>
    </message>
    <message>
        <source>To bring to supervision</source>
        <translation>À apporter en supervision</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Thinking it through</source>
        <translation>En réflexion</translation>
    </message>
    <message>
        <source>Settled</source>
        <translation>Réglé</translation>
    </message>
    <message>
        <source>Living with it</source>
        <translation>J’apprends à vivre avec</translation>
    </message>
    <message>
        <source>No contacts after a given hour</source>
        <translation>Pas de contact après une certaine heure</translation>
    </message>
    <message>
        <source>No contacts at the weekend</source>
        <translation>Pas de contact le week-end</translation>
    </message>
    <message>
        <source>My personal phone number stays private</source>
        <translation>Mon numéro de téléphone personnel reste privé</translation>
    </message>
    <message>
        <source>At most a number of off-hours contacts a week</source>
        <translation>Un maximum de contacts hors horaires par semaine</translation>
    </message>
    <message>
        <source>No lending money (I tick it myself)</source>
        <translation>Ne pas prêter d’argent (je le coche moi-même)</translation>
    </message>
    <message>
        <source>At most a number of out-of-frame acts a month</source>
        <translation>Un maximum d’actes hors cadre par mois</translation>
    </message>
    <message>
        <source>A limit in my own words (I tick it myself)</source>
        <translation>Une limite avec mes propres mots (je la coche moi-même)</translation>
    </message>
    <message>
        <source>No contacts after %1</source>
        <translation>Pas de contact après %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n off-hours contact(s) a week</source>
        <translation>
            <numerusform>Au plus %n contact hors horaires par semaine</numerusform>
            <numerusform>Au plus %n contacts hors horaires par semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n out-of-frame act(s) a month</source>
        <translation>
            <numerusform>Au plus %n acte hors cadre par mois</numerusform>
            <numerusform>Au plus %n actes hors cadre par mois</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Off-hours contacts</source>
        <translation>Contacts hors horaires</translation>
    </message>
    <message>
        <source>Time in off-hours contacts</source>
        <translation>Durée des contacts hors horaires</translation>
    </message>
    <message>
        <source>Out-of-frame acts</source>
        <translation>Actes hors cadre</translation>
    </message>
    <message>
        <source>Contacts kept private</source>
        <translation>Contacts gardés privés</translation>
    </message>
    <message>
        <source>Average emotional weight</source>
        <translation>Charge émotionnelle moyenne</translation>
    </message>
    <message>
        <source>Highest emotional weight</source>
        <translation>Charge émotionnelle la plus élevée</translation>
    </message>
    <message>
        <source>Entries for supervision</source>
        <translation>Notes pour la supervision</translation>
    </message>
    <message>
        <source>Open dilemmas</source>
        <translation>Dilemmes ouverts</translation>
    </message>
    <message>
        <source>Age of the oldest open dilemma</source>
        <translation>Âge du plus ancien dilemme ouvert</translation>
    </message>
    <message>
        <source>Average age of the open dilemmas</source>
        <translation>Âge moyen des dilemmes ouverts</translation>
    </message>
    <message>
        <source>Limits crossed</source>
        <translation>Limites dépassées</translation>
    </message>
    <message>
        <source>Time beyond working hours</source>
        <translation>Temps hors horaires de travail</translation>
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
        <translation>%1 jours</translation>
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
        <translation>notes</translation>
    </message>
    <message>
        <source>weight (0 to 10)</source>
        <translation>poids (0 à 10)</translation>
    </message>
    <message>
        <source>dilemmas</source>
        <translation>dilemmes</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>times</source>
        <translation>fois</translation>
    </message>
    <message>
        <source>The number of contacts (entries of the kind contact, or with a channel), by the local time of each entry.</source>
        <translation>Le nombre de contacts (notes de type contact, ou avec un canal), selon l’heure locale de chaque note.</translation>
    </message>
    <message>
        <source>The number of contacts flagged off-hours (worked out from your working hours, or set by hand).</source>
        <translation>Le nombre de contacts marqués «&#xa0;Hors horaires&#xa0;» (d’après vos horaires de travail, ou indiqué à la main).</translation>
    </message>
    <message>
        <source>The sum of the durations of the contacts flagged off-hours (a contact without a duration counts 0 minutes).</source>
        <translation>La somme des durées des contacts marqués «&#xa0;Hors horaires&#xa0;» (un contact sans durée compte pour 0 minute).</translation>
    </message>
    <message>
        <source>The number of entries flagged out-of-frame: acts beyond your mandate or the rules.</source>
        <translation>Le nombre de notes marquées «&#xa0;Hors cadre&#xa0;»&#xa0;: des actes au-delà de votre mandat ou des règles.</translation>
    </message>
    <message>
        <source>The number of contacts flagged private (kept from the team).</source>
        <translation>Le nombre de contacts marqués «&#xa0;non partagé&#xa0;» (gardés pour vous, pas pour l’équipe).</translation>
    </message>
    <message>
        <source>The mean emotional weight (0 to 10) of the entries that have one, to one decimal; none when no entry has a weight.</source>
        <translation>La charge émotionnelle moyenne (0 à 10) des notes qui en ont un, à une décimale près&#x202f;; aucun si aucune note n’a de poids.</translation>
    </message>
    <message>
        <source>The highest emotional weight (0 to 10) among the entries.</source>
        <translation>La charge émotionnelle la plus élevée (0 à 10) parmi les notes.</translation>
    </message>
    <message>
        <source>The number of entries marked to bring to supervision.</source>
        <translation>Le nombre de notes marquées à apporter en supervision.</translation>
    </message>
    <message>
        <source>The number of dilemmas still open at the end of the period: neither settled nor lived with at that moment.</source>
        <translation>Le nombre de dilemmes encore ouverts à la fin de la période&#xa0;: ni réglés, ni acceptés comme tels à ce moment-là.</translation>
    </message>
    <message>
        <source>The age, on the last day of the period, of the oldest dilemma still open then, in days.</source>
        <translation>L’âge, le dernier jour de la période, du plus ancien dilemme encore ouvert à ce moment-là, en jours.</translation>
    </message>
    <message>
        <source>The mean age, on the last day of the period, of the dilemmas still open then, in days.</source>
        <translation>L’âge moyen, le dernier jour de la période, des dilemmes encore ouverts à ce moment-là, en jours.</translation>
    </message>
    <message>
        <source>The number of times your own limits were crossed: each contact that crossed a limit, each week or month counted over its limit, each crossing ticked by hand.</source>
        <translation>Le nombre de fois où vos propres limites ont été dépassées&#xa0;: chaque contact qui a dépassé une limite, chaque semaine ou mois au-delà de sa limite, chaque dépassement coché à la main.</translation>
    </message>
    <message>
        <source>The minutes of your entries that fall outside your working hours (days off, leave and holidays have none); none before you set your working hours.</source>
        <translation>Les minutes de vos notes qui tombent en dehors de vos horaires de travail (les jours non travaillés, les congés et les jours fériés n’en ont pas)&#x202f;; aucune avant que vous ayez indiqué vos horaires de travail.</translation>
    </message>
</context>
<context>
    <name>LimitDialog</name>
    <message>
        <source>Change my limit</source>
        <translation>Modifier ma limite</translation>
    </message>
    <message>
        <source>A new limit</source>
        <translation>Une nouvelle limite</translation>
    </message>
    <message>
        <source>In my own words (optional)</source>
        <translation>Avec mes propres mots (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation>&amp;Limite&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Après&#xa0;:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Au &amp;maximum&#xa0;:</translation>
    </message>
    <message>
        <source>In my &amp;words:</source>
        <translation>Avec mes &amp;propres mots&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;En vigueur dès le&#xa0;:</translation>
    </message>
    <message>
        <source>Your limits are yours: change them when you need to. Earlier weeks keep the limit that was in force then.</source>
        <translation>Vos limites vous appartiennent&#xa0;: modifiez-les quand vous en avez besoin. Les semaines passées gardent la limite qui était en vigueur à ce moment-là.</translation>
    </message>
    <message>
        <source>Required: the limit, in my own words</source>
        <translation>Obligatoire&#xa0;: la limite, avec mes propres mots</translation>
    </message>
    <message>
        <source>Write this limit in your own words.</source>
        <translation>Écrivez cette limite avec vos propres mots.</translation>
    </message>
</context>
<context>
    <name>LimitsView</name>
    <message>
        <source>My limits</source>
        <translation>Mes limites</translation>
    </message>
    <message>
        <source>Limits you set yourself, for yourself: Carnet shows quietly when one was crossed, to notice it, not to judge it.</source>
        <translation>Des limites que vous vous fixez vous-même, pour vous-même&#xa0;: Carnet montre discrètement quand l’une d’elles a été dépassée, pour le remarquer, pas pour le juger.</translation>
    </message>
    <message>
        <source>No limit yet. A limit can be “no contacts after 8 p.m.” or “at most two off-hours contacts a week”: set one when you feel the need.</source>
        <translation>Aucune limite pour l’instant. Une limite peut être «&#xa0;pas de contact après 20&#xa0;h&#xa0;» ou «&#xa0;au plus deux contacts hors horaires par semaine&#xa0;»&#xa0;: fixez-en une quand vous en ressentez le besoin.</translation>
    </message>
    <message>
        <source>&amp;Add a limit…</source>
        <translation>Ajouter une &amp;limite…</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;No longer in force</source>
        <translation>&amp;Ne plus appliquer</translation>
    </message>
    <message>
        <source>Your limits</source>
        <translation>Vos limites</translation>
    </message>
    <message>
        <source>Weekly history of my limits</source>
        <translation>Historique de mes limites, semaine par semaine</translation>
    </message>
    <message>
        <source>Each week: how many times the limit was crossed, next to the limit then in force; empty when the limit was not in force.</source>
        <translation>Chaque semaine&#xa0;: combien de fois la limite a été dépassée, à côté de la limite alors en vigueur&#x202f;; vide quand la limite n’était pas en vigueur.</translation>
    </message>
    <message>
        <source>When my limits were crossed, newest first</source>
        <translation>Quand mes limites ont été dépassées, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open the entry.</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir la note.</translation>
    </message>
    <message>
        <source>When, and with which entries</source>
        <translation>Quand, et avec quelles notes</translation>
    </message>
    <message>
        <source>The last twelve weeks</source>
        <translation>Les douze dernières semaines</translation>
    </message>
    <message>
        <source>(no longer in force)</source>
        <translation>(plus en vigueur)</translation>
    </message>
    <message>
        <source>— ticked by hand on an entry</source>
        <translation>— cochée à la main sur une note</translation>
    </message>
    <message>
        <source>%1: %2 — %3, limit %4</source>
        <translation>%1&#xa0;: %2 — %3, limite %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No limit crossed in these weeks.</source>
        <translation>Aucune limite dépassée pendant ces semaines.</translation>
    </message>
    <message>
        <source>W%1</source>
        <comment>ISO week number</comment>
        <translation>S%1</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Week of %1: crossed</source>
        <translation>Semaine du %1&#xa0;: dépassée</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>LinkEntryDialog</name>
    <message>
        <source>Link an entry</source>
        <translation>Lier une note</translation>
    </message>
    <message>
        <source>Which entry shows this objective?
%1</source>
        <translation>Quelle note illustre cet objectif&#x202f;?
%1</translation>
    </message>
    <message>
        <source>Search the entries</source>
        <translation>Rechercher dans les notes</translation>
    </message>
    <message>
        <source>Search by title or text</source>
        <translation>Rechercher par titre ou par texte</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Notes, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Lier</translation>
    </message>
    <message>
        <source>%1 (already linked)</source>
        <translation>%1 (déjà liée)</translation>
    </message>
    <message>
        <source>No entry matches this search.</source>
        <translation>Aucune note ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>No entry yet.</source>
        <translation>Aucune note pour l’instant.</translation>
    </message>
    <message numerus="yes">
        <source>The %n most recent entries; search to find older ones.</source>
        <translation>
            <numerusform>La %n note la plus récente&#x202f;; faites une recherche pour trouver les plus anciennes.</numerusform>
            <numerusform>Les %n notes les plus récentes&#x202f;; faites une recherche pour trouver les plus anciennes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Restore the deleted entry</source>
        <translation>Resta&amp;urer la note supprimée</translation>
    </message>
    <message>
        <source>&amp;New entry</source>
        <translation>&amp;Nouvelle note</translation>
    </message>
    <message>
        <source>&amp;Entries</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendrier</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Delete entry…</source>
        <translation>&amp;Supprimer la note…</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>Noter un &amp;contact…</translation>
    </message>
    <message>
        <source>the journal was opened</source>
        <translation>l’ouverture du journal</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>&amp;Dilemmas</source>
        <translation>&amp;Dilemmes</translation>
    </message>
    <message>
        <source>My &amp;limits</source>
        <translation>Mes &amp;limites</translation>
    </message>
    <message>
        <source>&amp;How am I doing</source>
        <translation>&amp;Où j’en suis</translation>
    </message>
    <message>
        <source>&amp;Weekly review</source>
        <translation>&amp;Bilan de la semaine</translation>
    </message>
    <message>
        <source>&amp;Supervision</source>
        <translation>&amp;Supervision</translation>
    </message>
    <message>
        <source>&amp;Placement</source>
        <translation>S&amp;tage</translation>
    </message>
    <message>
        <source>New reflection from a &amp;template</source>
        <translation>Nouvelle réflexion à partir d’un &amp;modèle</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Working hours…</source>
        <translation>&amp;Horaires de travail…</translation>
    </message>
    <message>
        <source>&amp;Import entries…</source>
        <translation>&amp;Importer des notes…</translation>
    </message>
    <message>
        <source>E&amp;xport entries…</source>
        <translation>E&amp;xporter des notes…</translation>
    </message>
    <message>
        <source>&amp;Make my work visible…</source>
        <translation>Rendre mon travail &amp;visible…</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>S&amp;auvegardes…</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>New reco&amp;very code…</source>
        <translation>No&amp;uveau code de secours…</translation>
    </message>
    <message>
        <source>Check &amp;in…</source>
        <translation>Faire le p&amp;oint…</translation>
    </message>
    <message>
        <source>Where to &amp;turn for support…</source>
        <translation>Vers qui se &amp;tourner pour du soutien…</translation>
    </message>
    <message>
        <source>&amp;Questions and reminder…</source>
        <translation>Questions e&amp;t rappel…</translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation>&amp;Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About Carnet</source>
        <translation>À &amp;propos de Carnet</translation>
    </message>
    <message>
        <source>Open the &amp;example journal…</source>
        <translation>Ouvrir le journal d’&amp;exemple…</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>&amp;Journal</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Open a journal</source>
        <translation>Ouvrir un journal</translation>
    </message>
    <message>
        <source>Carnet journals (*.carnet)</source>
        <translation>Journaux Carnet (*.carnet)</translation>
    </message>
    <message>
        <source>A file already exists there. Choose another name or place.</source>
        <translation>Un fichier existe déjà à cet endroit. Choisissez un autre nom ou un autre emplacement.</translation>
    </message>
    <message>
        <source>The journal file is not at this place any more: it was moved or deleted, or its disk or USB key is not connected. Connect it and try again, or open the journal where it is now (Open another journal).</source>
        <translation>Le fichier du journal n’est plus à cet endroit&#xa0;: il a été déplacé ou supprimé, ou son disque ou sa clé USB n’est pas branché. Branchez-le et réessayez, ou ouvrez le journal là où il se trouve maintenant (Ouvrir un autre journal).</translation>
    </message>
    <message>
        <source>Type your passphrase first: it is needed to check the backups.</source>
        <translation>Tapez d’abord votre phrase de passe&#xa0;: elle est nécessaire pour vérifier les sauvegardes.</translation>
    </message>
    <message>
        <source>Trying the backups, newest first…</source>
        <translation>Essai des sauvegardes, de la plus récente à la plus ancienne…</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>Sauvegarde ouverte</translation>
    </message>
    <message>
        <source>Carnet opened the newest backup that works. The damaged file was kept aside as “%1”; you can delete it later.</source>
        <translation>Carnet a ouvert la sauvegarde la plus récente qui fonctionne. Le fichier endommagé a été mis de côté sous le nom «&#xa0;%1&#xa0;»&#x202f;; vous pourrez le supprimer plus tard.</translation>
    </message>
    <message>
        <source>No backup of this journal could be opened with this passphrase. Nothing has been changed.</source>
        <translation>Aucune sauvegarde de ce journal n’a pu être ouverte avec cette phrase de passe. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Open the journal file first.</source>
        <translation>Ouvrez d’abord le fichier du journal.</translation>
    </message>
    <message>
        <source>The journal has a new key, but it locked before the new recovery code could be shown. After unlocking, choose Journal ▸ New recovery code… to get one.</source>
        <translation>Le journal a une nouvelle clé, mais il s’est verrouillé avant que le nouveau code de secours puisse être affiché. Après le déverrouillage, choisissez Journal ▸ Nouveau code de secours… pour en obtenir un.</translation>
    </message>
    <message>
        <source>A new key</source>
        <translation>Une nouvelle clé</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet. Carnet keeps them in memory while the journal is locked and keeps trying to save them. Do not quit Carnet before they are saved, or save an encrypted copy elsewhere.</source>
        <translation>Vos dernières modifications ne sont pas encore enregistrées. Carnet les garde en mémoire pendant que le journal est verrouillé et continue d’essayer de les enregistrer. Ne quittez pas Carnet avant qu’elles soient enregistrées, ou enregistrez une copie chiffrée ailleurs.</translation>
    </message>
    <message>
        <source>Your latest changes to this journal are not saved yet. Unlock it to keep working, or save an encrypted copy elsewhere, before opening or creating another journal.</source>
        <translation>Vos dernières modifications de ce journal ne sont pas encore enregistrées. Déverrouillez-le pour continuer, ou enregistrez une copie chiffrée ailleurs, avant d’ouvrir ou de créer un autre journal.</translation>
    </message>
    <message>
        <source>Your latest changes are not saved yet: %1 Carnet keeps them in memory and tries again by itself.</source>
        <translation>Vos dernières modifications ne sont pas encore enregistrées&#xa0;: %1 Carnet les garde en mémoire et réessaie de lui-même.</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Your changes are saved now.</source>
        <translation>Vos modifications sont maintenant enregistrées.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written since %1 are not saved yet.</source>
        <translation>
            <numerusform>%n note écrite depuis %1 n’est pas encore enregistrée.</numerusform>
            <numerusform>%n notes écrites depuis %1 ne sont pas encore enregistrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes made since %1 are not saved yet.</source>
        <translation>Les modifications faites depuis %1 ne sont pas encore enregistrées.</translation>
    </message>
    <message>
        <source>If you quit now, they are lost. Keep Carnet open: it keeps trying to save them. Or save an encrypted copy elsewhere (another disk, a USB key).</source>
        <translation>Si vous quittez maintenant, elles sont perdues. Gardez Carnet ouvert&#xa0;: il continue d’essayer de les enregistrer. Ou enregistrez une copie chiffrée ailleurs (un autre disque, une clé USB).</translation>
    </message>
    <message>
        <source>&amp;Quit and lose them</source>
        <translation>&amp;Quitter et les perdre</translation>
    </message>
    <message>
        <source>Locking keeps them in memory and Carnet keeps trying to save them; quitting Carnet before they are saved would lose them.</source>
        <translation>Le verrouillage les garde en mémoire et Carnet continue d’essayer de les enregistrer&#x202f;; quitter Carnet avant qu’elles soient enregistrées les ferait perdre.</translation>
    </message>
    <message>
        <source>Save an encrypted copy &amp;elsewhere…</source>
        <translation>Enregistrer une copie chiffrée &amp;ailleurs…</translation>
    </message>
    <message>
        <source>&amp;Keep Carnet open</source>
        <translation>&amp;Garder Carnet ouvert</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Save an encrypted copy in this folder</source>
        <translation>Enregistrer une copie chiffrée dans ce dossier</translation>
    </message>
    <message>
        <source>Encrypted copy saved</source>
        <translation>Copie chiffrée enregistrée</translation>
    </message>
    <message>
        <source>An encrypted copy with all your changes was saved as “%1” in %2. It opens with your passphrase.</source>
        <translation>Une copie chiffrée avec toutes vos modifications a été enregistrée sous «&#xa0;%1&#xa0;» dans %2. Elle s’ouvre avec votre phrase de passe.</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copie enregistrée</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Supprimer cette note&#x202f;?</translation>
    </message>
    <message>
        <source>The entry will be deleted from the journal. You can restore it until you lock or close Carnet.</source>
        <translation>La note sera supprimée du journal. Vous pourrez la restaurer jusqu’à ce que vous verrouilliez ou fermiez Carnet.</translation>
    </message>
    <message>
        <source>Entry deleted</source>
        <translation>Note supprimée</translation>
    </message>
    <message>
        <source>Log a contact…</source>
        <translation>Noter un contact…</translation>
    </message>
    <message>
        <source>Open Carnet</source>
        <translation>Ouvrir Carnet</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Unlock the journal first, then log the contact.</source>
        <translation>Déverrouillez d’abord le journal, puis notez le contact.</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact noté</translation>
    </message>
    <message>
        <source>Check-in saved</source>
        <translation>Réponses enregistrées</translation>
    </message>
    <message>
        <source>Another copy of this journal</source>
        <translation>Une autre copie de ce journal</translation>
    </message>
    <message>
        <source>The passphrase this copy was last saved with (on the other computer):</source>
        <translation>La phrase de passe avec laquelle cette copie a été enregistrée (sur l’autre ordinateur)&#xa0;:</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Modèle enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Working hours saved; %n entries re-evaluated</source>
        <translation>
            <numerusform>Horaires de travail enregistrés&#x202f;; %n note réévaluée</numerusform>
            <numerusform>Horaires de travail enregistrés&#x202f;; %n notes réévaluées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries imported</source>
        <translation>
            <numerusform>%n note importée</numerusform>
            <numerusform>%n notes importées</numerusform>
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
        <translation>Taper sa &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Fermer ce message</translation>
    </message>
    <message>
        <source>Merging another copy of this journal (made by your sync service)…</source>
        <translation>Fusion d’une autre copie de ce journal (créée par votre service de synchronisation)…</translation>
    </message>
    <message>
        <source>Another copy of this journal was found (made by your sync service). Carnet merged it: %1.</source>
        <translation>Une autre copie de ce journal a été trouvée (créée par votre service de synchronisation). Carnet l’a fusionnée&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n other copies of this journal were found (made by your sync service). Carnet merged them: %1.</source>
        <translation>
            <numerusform>%n autre copie de ce journal a été trouvée (créée par votre service de synchronisation). Carnet l’a fusionnée&#xa0;: %1.</numerusform>
            <numerusform>%n autres copies de ce journal ont été trouvées (créées par votre service de synchronisation). Carnet les a fusionnées&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of this journal are from before your passphrase changed, so they were not merged: they stay where they are. To compare, open one with its old passphrase (Open another journal…).</source>
        <translation>
            <numerusform>%n copie de ce journal date d’avant le changement de votre phrase de passe, elle n’a donc pas été fusionnée&#xa0;: elle reste où elle est. Pour comparer, ouvrez-la avec l’ancienne phrase de passe (Ouvrir un autre journal…).</numerusform>
            <numerusform>%n copies de ce journal datent d’avant le changement de votre phrase de passe, elles n’ont donc pas été fusionnées&#xa0;: elles restent où elles sont. Pour comparer, ouvrez-en une avec l’ancienne phrase de passe (Ouvrir un autre journal…).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other copies of this journal could not be merged (damaged, or written by a newer Carnet): they were left where they are.</source>
        <translation>
            <numerusform>%n autre copie de ce journal n’a pas pu être fusionnée (endommagée, ou écrite par une version plus récente de Carnet)&#xa0;: elle a été laissée où elle est.</numerusform>
            <numerusform>%n autres copies de ce journal n’ont pas pu être fusionnées (endommagées, ou écrites par une version plus récente de Carnet)&#xa0;: elles ont été laissées où elles sont.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n copies of this journal have another passphrase: enter it to merge them.</source>
        <translation>
            <numerusform>%n copie de ce journal a une autre phrase de passe&#xa0;: tapez-la pour la fusionner.</numerusform>
            <numerusform>%n copies de ce journal ont une autre phrase de passe&#xa0;: tapez-la pour les fusionner.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was merged stays available, still encrypted, in the folder “%1” beside your journal.</source>
        <translation>Ce qui a été fusionné reste disponible, toujours chiffré, dans le dossier «&#xa0;%1&#xa0;» à côté de votre journal.</translation>
    </message>
    <message>
        <source>When both copies changed an entry, the older version is kept as another entry with the same date.</source>
        <translation>Quand les deux copies ont modifié une note, la version la plus ancienne est gardée comme une autre note, à la même date.</translation>
    </message>
    <message>
        <source>When both copies changed another text (a dilemma, a supervision session, a placement…), both versions are kept: the older one follows the newer, under a line that says so.</source>
        <translation>Quand les deux copies ont modifié un autre texte (un dilemme, une séance de supervision, un stage…), les deux versions sont gardées&#xa0;: la plus ancienne suit la plus récente, sous une ligne qui le dit.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries added</source>
        <translation>
            <numerusform>%n note ajoutée</numerusform>
            <numerusform>%n notes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n modifiée</numerusform>
            <numerusform>%n modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept twice because both copies changed it</source>
        <translation>
            <numerusform>%n gardée en double car les deux copies l’ont modifiée</numerusform>
            <numerusform>%n gardées en double car les deux copies les ont modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimée</numerusform>
            <numerusform>%n supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept although deleted in one copy, because the other copy changed it</source>
        <translation>
            <numerusform>%n gardée bien que supprimée dans une copie, car l’autre copie l’a modifiée</numerusform>
            <numerusform>%n gardées bien que supprimées dans une copie, car l’autre copie les a modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other changes (persons, dilemmas, limits, settings…)</source>
        <translation>
            <numerusform>%n autre changement (personnes, dilemmes, limites, paramètres…)</numerusform>
            <numerusform>%n autres changements (personnes, dilemmes, limites, paramètres…)</numerusform>
        </translation>
    </message>
    <message>
        <source>both copies held the same, nothing changed</source>
        <translation>les deux copies contenaient la même chose, rien n’a changé</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>This passphrase does not open the journal. Check the keyboard layout and Caps Lock, then try again. If you have forgotten it, use your recovery code. If you are sure of it: a file changed by someone else would look just the same, and a backup can be tried.</source>
        <translation>Cette phrase de passe n’ouvre pas le journal. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez. Si vous l’avez oubliée, utilisez votre code de secours. Si vous n’avez aucun doute sur la phrase de passe&#xa0;: un fichier modifié par quelqu’un d’autre se présenterait exactement de la même façon, et vous pouvez essayer une sauvegarde.</translation>
    </message>
    <message>
        <source>This recovery code does not match the journal. Check each group of characters and try again.</source>
        <translation>Ce code de secours ne correspond pas au journal. Vérifiez chaque groupe de caractères et réessayez.</translation>
    </message>
    <message>
        <source>This journal file is damaged or was modified by another program, so it cannot be opened. Nothing has been changed. You can open the newest backup that still works.</source>
        <translation>Ce fichier de journal est endommagé ou a été modifié par un autre programme&#xa0;: il ne peut pas être ouvert. Rien n’a été changé. Vous pouvez ouvrir la sauvegarde la plus récente qui fonctionne encore.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Carnet. Install the latest version to open it.</source>
        <translation>Ce journal a été enregistré par une version plus récente de Carnet. Installez la dernière version pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This journal is already open in another Carnet window or in another session. Close it there first, then try again.</source>
        <translation>Ce journal est déjà ouvert dans une autre fenêtre de Carnet ou dans une autre session. Fermez-le d’abord là-bas, puis réessayez.</translation>
    </message>
    <message>
        <source>The journal file was changed by another program (for example a synchronisation service) since you opened it. Your latest changes were not written over it. Lock the journal and open it again.</source>
        <translation>Le fichier du journal a été modifié par un autre programme (par exemple un service de synchronisation) depuis que vous l’avez ouvert. Vos dernières modifications n’ont pas été écrites par-dessus. Verrouillez le journal et rouvrez-le.</translation>
    </message>
    <message>
        <source>The journal file is no longer where it was opened from: it was moved or deleted, or its disk or USB key was removed. Put it back, or save an encrypted copy elsewhere.</source>
        <translation>Le fichier du journal n’est plus là où il a été ouvert&#xa0;: il a été déplacé ou supprimé, ou son disque ou sa clé USB a été retiré. Remettez-le en place, ou enregistrez une copie chiffrée ailleurs.</translation>
    </message>
    <message>
        <source>Another program (a synchronisation service or an antivirus) keeps the journal file open, so Carnet cannot replace it yet.</source>
        <translation>Un autre programme (un service de synchronisation ou un antivirus) garde le fichier du journal ouvert, Carnet ne peut donc pas encore le remplacer.</translation>
    </message>
    <message>
        <source>The journal is locked. Unlock it, then try again.</source>
        <translation>Le journal est verrouillé. Déverrouillez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>This is an older copy of this journal, from before its passphrase was changed. Carnet never takes it in by itself: open it with the passphrase it had then to compare. Nothing has been changed.</source>
        <translation>Ceci est une copie plus ancienne de ce journal, d’avant le changement de sa phrase de passe. Carnet ne la reprend jamais de lui-même&#xa0;: ouvrez-la avec la phrase de passe qu’elle avait alors pour comparer. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This cannot be done: the information given is not valid.</source>
        <translation>Impossible de faire cela&#xa0;: les informations données ne sont pas valides.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your journal on disk has not been changed.</source>
        <translation>Un problème inattendu est survenu. Votre journal sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The journal could not be read or written. Check that the disk is not full and that the folder is still available (a USB key may have been removed), then try again.</source>
        <translation>Le journal n’a pas pu être lu ou enregistré. Vérifiez que le disque n’est pas plein et que le dossier est toujours accessible (une clé USB a peut-être été retirée), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>MomentField</name>
    <message>
        <source>Choose a moment: earlier today, yesterday evening, last Sunday evening… (Alt+Down)</source>
        <translation>Choisir un moment&#xa0;: plus tôt aujourd’hui, hier soir, dimanche soir dernier… (Alt+Bas)</translation>
    </message>
    <message>
        <source>Choose a moment</source>
        <translation>Choisir un moment</translation>
    </message>
    <message>
        <source>Not understood: try 21:30, 6/12 21:30 or yesterday 21:30</source>
        <translation>Pas compris&#xa0;: essayez 21:30, 6/12 21:30 ou hier 21:30</translation>
    </message>
    <message>
        <source>Type for instance 21:30, 6/12 21:30 or yesterday 21:30; Down and Up step through recent moments.</source>
        <translation>Tapez par exemple 21:30, 6/12 21:30 ou hier 21:30&#x202f;; les flèches Bas et Haut parcourent les moments récents.</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>An hour ago, %1</source>
        <translation>Il y a une heure, %1</translation>
    </message>
    <message>
        <source>This evening, %1</source>
        <translation>Ce soir, %1</translation>
    </message>
    <message>
        <source>This afternoon, %1</source>
        <translation>Cet après-midi, %1</translation>
    </message>
    <message>
        <source>This morning, %1</source>
        <translation>Ce matin, %1</translation>
    </message>
    <message>
        <source>Yesterday evening, %1</source>
        <translation>Hier soir, %1</translation>
    </message>
    <message>
        <source>%1 evening, %2</source>
        <translation>%1 soir, %2</translation>
    </message>
    <message>
        <source>Another day, on the calendar…</source>
        <translation>Un autre jour, dans le calendrier…</translation>
    </message>
</context>
<context>
    <name>OptionHeader</name>
    <message>
        <source>Key %1</source>
        <translation>Touche %1</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <source>not known yet</source>
        <translation>pas encore connue</translation>
    </message>
    <message>
        <source>%1 not known yet</source>
        <translation>%1 pas encore connue</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>C&amp;onfirmation&#xa0;:</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>New passphrase, again</source>
        <translation>Confirmation de la nouvelle phrase de passe</translation>
    </message>
    <message numerus="yes">
        <source>A sentence only you know, at least %n characters</source>
        <translation>
            <numerusform>Une phrase connue de vous seulement, au moins %n caractère</numerusform>
            <numerusform>Une phrase connue de vous seulement, au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>Afficher ce que je &amp;tape</translation>
    </message>
    <message>
        <source>Choose a longer passphrase: several words make a strong and memorable one.</source>
        <translation>Choisissez une phrase de passe plus longue&#xa0;: plusieurs mots en font une solide et facile à retenir.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Too short</source>
        <translation>Trop courte</translation>
    </message>
    <message>
        <source>Weak: easy to guess</source>
        <translation>Faible&#xa0;: facile à deviner</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très solide</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Solidité&#xa0;: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases de passe ne sont pas encore identiques.</translation>
    </message>
</context>
<context>
    <name>PasteObjectivesDialog</name>
    <message>
        <source>Paste the school&apos;s list</source>
        <translation>Coller la liste de l’école</translation>
    </message>
    <message>
        <source>Paste the learning objectives from your school&apos;s document, one per line. Bullets and numbers are taken off; objectives already in your list are left out.</source>
        <translation>Collez les objectifs d’apprentissage du document de votre école, un par ligne. Les puces et les numéros sont retirés&#x202f;; les objectifs déjà dans votre liste sont ignorés.</translation>
    </message>
    <message>
        <source>The school&apos;s list of objectives</source>
        <translation>La liste des objectifs de l’école</translation>
    </message>
    <message>
        <source>Objectives that will be added</source>
        <translation>Objectifs qui seront ajoutés</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) will be added.</source>
        <translation>
            <numerusform>%n objectif sera ajouté.</numerusform>
            <numerusform>%n objectifs seront ajoutés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to add yet.</source>
        <translation>Rien à ajouter pour l’instant.</translation>
    </message>
</context>
<context>
    <name>PersonsView</name>
    <message>
        <source>Pseudonym</source>
        <translation>Pseudonyme</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Off-hours</source>
        <translation>Hors horaires</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Premier</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Dernier</translation>
    </message>
    <message>
        <source>Persons, by pseudonym</source>
        <translation>Personnes, par pseudonyme</translation>
    </message>
    <message>
        <source>People appear here only by the pseudonyms you gave them. Never type a real name.</source>
        <translation>Les personnes n’apparaissent ici que sous les pseudonymes que vous leur avez donnés. N’écrivez jamais un vrai nom.</translation>
    </message>
    <message>
        <source>No one yet. When you write an entry about a person, under a pseudonym, they appear here with their contacts.</source>
        <translation>Personne pour l’instant. Quand vous écrivez une note sur une personne, sous un pseudonyme, elle apparaît ici avec ses contacts.</translation>
    </message>
    <message>
        <source>Log a &amp;contact…</source>
        <translation>Noter un &amp;contact…</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>Private note about this person</source>
        <translation>Mémo privé sur cette personne</translation>
    </message>
    <message>
        <source>A private note (optional): what helps to remember the situation.</source>
        <translation>Un mémo privé (facultatif)&#xa0;: ce qui aide à se souvenir de la situation.</translation>
    </message>
    <message>
        <source>Entries about this person</source>
        <translation>Notes sur cette personne</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudonyme&#xa0;:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Mémo&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a person in the list to see your note about them and every entry that names them.</source>
        <translation>Choisissez une personne dans la liste pour voir votre mémo sur elle et toutes les notes qui la nomment.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>The people you work with, under the pseudonyms you gave them: their contacts, your note about them and the entries that name them.</source>
        <translation>Les personnes que vous accompagnez, sous les pseudonymes que vous leur avez donnés&#xa0;: leurs contacts, votre mémo et les notes qui les nomment.</translation>
    </message>
</context>
<context>
    <name>PlacementDialog</name>
    <message>
        <source>My placement</source>
        <translation>Mon stage</translation>
    </message>
    <message>
        <source>Set up my placement</source>
        <translation>Décrire mon stage</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Lieu de stage</translation>
    </message>
    <message>
        <source>e.g. “youth service in my town”</source>
        <translation>p. ex. «&#xa0;service jeunesse de ma commune&#xa0;»</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Tutor at the placement</source>
        <translation>Maître de stage</translation>
    </message>
    <message>
        <source>A label, e.g. “tutor” or “Mrs V.”</source>
        <translation>Un repère, p. ex. «&#xa0;maître de stage&#xa0;» ou «&#xa0;Mme V.&#xa0;»</translation>
    </message>
    <message>
        <source>Supervisor at the school</source>
        <translation>Superviseur à l’école</translation>
    </message>
    <message>
        <source>A label, e.g. “school supervisor”</source>
        <translation>Un repère, p. ex. «&#xa0;superviseur de l’école&#xa0;»</translation>
    </message>
    <message>
        <source>Hours required by the school</source>
        <translation>Heures exigées par l’école</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours suffix</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>non précisé</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Lieu de stage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Starts on:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends on:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Tutor:</source>
        <translation>&amp;Maître de stage&#xa0;:</translation>
    </message>
    <message>
        <source>School s&amp;upervisor:</source>
        <translation>Su&amp;perviseur à l’école&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Required hours:</source>
        <translation>&amp;Heures exigées&#xa0;:</translation>
    </message>
    <message>
        <source>Labels rather than full names: the portfolio leaves your journal. The end date and the required hours let Carnet show how your hours are going.</source>
        <translation>Des repères plutôt que des noms complets&#xa0;: le portfolio sort de votre journal. La date de fin et les heures exigées permettent à Carnet de montrer où vous en êtes dans vos heures.</translation>
    </message>
    <message>
        <source>&amp;Delete this placement…</source>
        <translation>&amp;Supprimer ce stage…</translation>
    </message>
    <message>
        <source>Name the institution of your placement (a label is enough).</source>
        <translation>Indiquez votre lieu de stage (un repère suffit).</translation>
    </message>
    <message>
        <source>The end date comes before the start date.</source>
        <translation>La date de fin est avant la date de début.</translation>
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
        <translation>%1 prestées (aucune heure exigée indiquée)</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 of %2 — %3</source>
        <translation>%1 sur %2 — %3</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Placement portfolio</source>
        <translation>Portfolio de stage</translation>
    </message>
    <message>
        <source>For trainees: note your placement, log your hours day by day, link your reflections to the school&apos;s learning objectives, and export the portfolio for your school, names replaced by pseudonyms.</source>
        <translation>Pour les stagiaires&#xa0;: décrivez votre stage, notez vos heures jour après jour, liez vos réflexions aux objectifs d’apprentissage de l’école, et exportez le portfolio pour votre école, les noms remplacés par des pseudonymes.</translation>
    </message>
    <message>
        <source>Not on placement? You can ignore this page: nothing in the rest of Carnet needs it.</source>
        <translation>Pas en stage&#x202f;? Vous pouvez ignorer cette page&#xa0;: rien dans le reste de Carnet n’en a besoin.</translation>
    </message>
    <message>
        <source>&amp;Set up my placement…</source>
        <translation>&amp;Décrire mon stage…</translation>
    </message>
    <message>
        <source>Placement shown</source>
        <translation>Stage affiché</translation>
    </message>
    <message>
        <source>&amp;Placement:</source>
        <translation>&amp;Stage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Institution, dates, tutor, school supervisor, required hours</source>
        <translation>Lieu de stage, dates, maître de stage, superviseur à l’école, heures exigées</translation>
    </message>
    <message>
        <source>A&amp;nother placement…</source>
        <translation>&amp;Un autre stage…</translation>
    </message>
    <message>
        <source>E&amp;xport the portfolio…</source>
        <translation>E&amp;xporter le portfolio…</translation>
    </message>
    <message>
        <source>A PDF or Markdown file for the school, after checking what could identify someone</source>
        <translation>Un fichier PDF ou Markdown pour l’école, après vérification de ce qui pourrait identifier quelqu’un</translation>
    </message>
    <message>
        <source>&amp;Hours</source>
        <translation>&amp;Heures</translation>
    </message>
    <message>
        <source>&amp;Objectives and reflections</source>
        <translation>&amp;Objectifs et réflexions</translation>
    </message>
    <message>
        <source>Self-e&amp;valuation</source>
        <translation>Auto-é&amp;valuation</translation>
    </message>
    <message>
        <source>Your hours, your learning objectives and your self-evaluation, for the school.</source>
        <translation>Vos heures, vos objectifs d’apprentissage et votre auto-évaluation, pour l’école.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hours done that day</source>
        <translation>Heures prestées ce jour-là</translation>
    </message>
    <message>
        <source>7.5 or 7h30</source>
        <translation>7,5 ou 7h30</translation>
    </message>
    <message>
        <source>Note for that day (optional)</source>
        <translation>Remarque pour ce jour-là (facultatif)</translation>
    </message>
    <message>
        <source>optional, e.g. “team meeting”</source>
        <translation>facultatif, p. ex. «&#xa0;réunion d’équipe&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Noter</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>Ho&amp;urs:</source>
        <translation>Heu&amp;res&#xa0;:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>Re&amp;marque&#xa0;:</translation>
    </message>
    <message>
        <source>Days logged, newest first; hours and notes can be edited</source>
        <translation>Jours notés, les plus récents d’abord&#x202f;; les heures et les remarques sont modifiables</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&amp;Remove this day</source>
        <translation>Re&amp;tirer ce jour</translation>
    </message>
    <message>
        <source>The school&apos;s learning o&amp;bjectives:</source>
        <translation>O&amp;bjectifs d’apprentissage de l’école&#xa0;:</translation>
    </message>
    <message>
        <source>Learning objectives, in the school&apos;s order</source>
        <translation>Objectifs d’apprentissage, dans l’ordre de l’école</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down move the chosen objective.</source>
        <translation>Alt+Haut et Alt+Bas déplacent l’objectif choisi.</translation>
    </message>
    <message>
        <source>A new objective</source>
        <translation>Un nouvel objectif</translation>
    </message>
    <message>
        <source>Type an objective and press Enter</source>
        <translation>Tapez un objectif et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Paste the school&apos;s list…</source>
        <translation>&amp;Coller la liste de l’école…</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move the objective up</source>
        <translation>Monter l’objectif</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Monter (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the objective down</source>
        <translation>Descendre l’objectif</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Descendre (Alt+Bas)</translation>
    </message>
    <message>
        <source>Entries that show the chosen objective (Enter opens one)</source>
        <translation>Notes qui illustrent l’objectif choisi (Entrée en ouvre une)</translation>
    </message>
    <message>
        <source>&amp;Link an entry…</source>
        <translation>&amp;Lier une note…</translation>
    </message>
    <message>
        <source>&amp;Unlink</source>
        <translation>Dé&amp;tacher</translation>
    </message>
    <message>
        <source>The entry stays in your journal; it no longer shows this objective</source>
        <translation>La note reste dans votre journal&#x202f;; elle ne montre plus cet objectif</translation>
    </message>
    <message>
        <source>Unlink this entry from the objective</source>
        <translation>Détacher cette note de l’objectif</translation>
    </message>
    <message>
        <source>Template of the reflection</source>
        <translation>Modèle de la réflexion</translation>
    </message>
    <message>
        <source>&amp;Write it</source>
        <translation>Rédi&amp;ger</translation>
    </message>
    <message>
        <source>A new entry with the template&apos;s questions, linked to this objective</source>
        <translation>Une nouvelle note avec les questions du modèle, liée à cet objectif</translation>
    </message>
    <message>
        <source>Write a reflection for this objective</source>
        <translation>Écrire une réflexion pour cet objectif</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>How you see your progress: what you can do now, against the objectives, and what you still want to learn. It closes the exported portfolio.</source>
        <translation>Comment vous voyez votre progression&#xa0;: ce que vous savez faire maintenant, au regard des objectifs, et ce que vous voulez encore apprendre. Elle clôt le portfolio exporté.</translation>
    </message>
    <message>
        <source>Self-evaluation</source>
        <translation>Auto-évaluation</translation>
    </message>
    <message>
        <source>tutor: %1</source>
        <translation>maître de stage&#xa0;: %1</translation>
    </message>
    <message>
        <source>school supervisor: %1</source>
        <translation>superviseur à l’école&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 required</source>
        <translation>%1 exigées</translation>
    </message>
    <message>
        <source>add the dates and the required hours with Details…</source>
        <translation>ajoutez les dates et les heures exigées avec Détails…</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) logged</source>
        <translation>
            <numerusform>%n jour noté</numerusform>
            <numerusform>%n jours notés</numerusform>
        </translation>
    </message>
    <message>
        <source>This month: %1 · this week: %2 · %3</source>
        <translation>Ce mois-ci&#xa0;: %1 · cette semaine&#xa0;: %2 · %3</translation>
    </message>
    <message>
        <source>With an end date and the required hours (Details…), the chart also shows a steady pace to the end.</source>
        <translation>Avec une date de fin et les heures exigées (Détails…), le graphique montre aussi un rythme régulier jusqu’à la fin.</translation>
    </message>
    <message>
        <source>The required hours are done.</source>
        <translation>Les heures exigées sont prestées.</translation>
    </message>
    <message>
        <source>At a steady pace from the first day to the last, you would have about %1 by today; %2 remain.</source>
        <translation>À un rythme régulier du premier au dernier jour, vous auriez environ %1 à ce jour&#x202f;; il en reste %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>By month: %1</source>
        <translation>Par mois&#xa0;: %1</translation>
    </message>
    <message>
        <source>No hours logged yet: type the hours of a day above and press Enter.</source>
        <translation>Aucune heure notée pour l’instant&#xa0;: tapez les heures d’un jour ci-dessus et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Already logged that day: %1. Logging it again replaces it; 0 removes it.</source>
        <translation>Déjà noté ce jour-là&#xa0;: %1. Le noter à nouveau le remplace&#x202f;; 0 le retire.</translation>
    </message>
    <message>
        <source>Hours as 7.5, 7,5, 7:30 or 7h30. Enter logs them.</source>
        <translation>Heures sous la forme 7.5, 7,5, 7:30 ou 7h30. Entrée les note.</translation>
    </message>
    <message>
        <source>These hours cannot be read: write them as 7.5, 7,5, 7:30 or 7h30.</source>
        <translation>Ces heures ne peuvent pas être lues&#xa0;: écrivez-les sous la forme 7.5, 7,5, 7:30 ou 7h30.</translation>
    </message>
    <message>
        <source>A day has at most 24 hours.</source>
        <translation>Une journée compte au plus 24 heures.</translation>
    </message>
    <message>
        <source>Type the hours done that day, e.g. 7.5 or 7h30.</source>
        <translation>Tapez les heures prestées ce jour-là, p. ex. 7,5 ou 7h30.</translation>
    </message>
    <message>
        <source>%1 logged for %2</source>
        <translation>%1 notées pour le %2</translation>
    </message>
    <message>
        <source>No more hours on %1</source>
        <translation>Plus aucune heure le %1</translation>
    </message>
    <message numerus="yes">
        <source>%n reflection(s)</source>
        <translation>
            <numerusform>%n réflexion</numerusform>
            <numerusform>%n réflexions</numerusform>
        </translation>
    </message>
    <message>
        <source>no reflection yet</source>
        <translation>aucune réflexion pour l’instant</translation>
    </message>
    <message>
        <source>The school&apos;s learning o&amp;bjectives (none yet: type them below, or paste the school&apos;s list):</source>
        <translation>O&amp;bjectifs d’apprentissage de l’école (aucun pour l’instant&#xa0;: tapez-les ci-dessous, ou collez la liste de l’école)&#xa0;:</translation>
    </message>
    <message>
        <source>Choose an objective to see the reflections that show it.</source>
        <translation>Choisissez un objectif pour voir les réflexions qui le montrent.</translation>
    </message>
    <message>
        <source>Reflections that show objective %1 (Enter opens one):</source>
        <translation>Réflexions qui illustrent l’objectif %1 (Entrée en ouvre une)&#xa0;:</translation>
    </message>
    <message>
        <source>No reflection shows objective %1 yet: link an entry, or write one.</source>
        <translation>Aucune réflexion ne montre encore l’objectif %1&#xa0;: liez une note, ou écrivez-en une.</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this entry</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir cette note</translation>
    </message>
    <message numerus="yes">
        <source>%n objective(s) added</source>
        <translation>
            <numerusform>%n objectif ajouté</numerusform>
            <numerusform>%n objectifs ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the objective</source>
        <translation>Modifier l’objectif</translation>
    </message>
    <message>
        <source>Objective %1:</source>
        <translation>Objectif %1&#xa0;:</translation>
    </message>
    <message>
        <source>Remove the objective</source>
        <translation>Retirer l’objectif</translation>
    </message>
    <message numerus="yes">
        <source>Remove objective %1? The %n entry(ies) linked to it stay in your journal.</source>
        <translation>
            <numerusform>Retirer l’objectif %1&#x202f;? Les notes qui y sont liées (%n) restent dans votre journal.</numerusform>
            <numerusform>Retirer l’objectif %1&#x202f;? Les %n notes liées restent dans votre journal.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Delete the placement</source>
        <translation>Supprimer le stage</translation>
    </message>
    <message>
        <source>Delete the placement at %1, with its hours, objectives and self-evaluation? The entries of your journal stay.</source>
        <translation>Supprimer le stage à %1, avec ses heures, ses objectifs et son auto-évaluation&#x202f;? Les notes de votre journal restent.</translation>
    </message>
    <message>
        <source>placement-portfolio</source>
        <translation>portfolio-de-stage</translation>
    </message>
    <message>
        <source>Portfolio exported</source>
        <translation>Portfolio exporté</translation>
    </message>
</context>
<context>
    <name>PromptBanner</name>
    <message>
        <source>&amp;Write about it</source>
        <translation>É&amp;crire à ce sujet</translation>
    </message>
    <message>
        <source>Not &amp;now</source>
        <translation>Pas &amp;maintenant</translation>
    </message>
    <message>
        <source>Set this question aside</source>
        <translation>Mettre cette question de côté</translation>
    </message>
    <message>
        <source>It is time for your check-in: a few questions on how you are doing, about three minutes. Only you will see the answers.</source>
        <translation>C’est le moment de faire le point&#xa0;: quelques questions sur la façon dont vous allez, environ trois minutes. Les réponses ne sont visibles que pour vous.</translation>
    </message>
    <message>
        <source>You can change how often in Questions and reminder.</source>
        <translation>Vous pouvez changer la fréquence dans Questions et rappel.</translation>
    </message>
    <message>
        <source>&amp;Check in now</source>
        <translation>&amp;Faire le point maintenant</translation>
    </message>
    <message>
        <source>A question for you: %1</source>
        <translation>Une question pour vous&#xa0;: %1</translation>
    </message>
    <message>
        <source>Drawn from the report on social work, section %1</source>
        <translation>Tirée du rapport sur le travail social, section %1</translation>
    </message>
</context>
<context>
    <name>PromptSettingsDialog</name>
    <message>
        <source>Questions and reminder</source>
        <translation>Questions et rappel</translation>
    </message>
    <message>
        <source>Check-ins on how you are doing</source>
        <translation>Questionnaire sur la façon dont vous allez</translation>
    </message>
</context>
<context>
    <name>PromptSettingsWidget</name>
    <message>
        <source>&amp;Ask me a question from time to time</source>
        <translation>Me poser une &amp;question de temps en temps</translation>
    </message>
    <message>
        <source>Themes of the questions</source>
        <translation>Thèmes des questions</translation>
    </message>
    <message>
        <source>Number of off-hours contacts</source>
        <translation>Nombre de contacts hors horaires</translation>
    </message>
    <message>
        <source>Within this many days</source>
        <translation>En ce nombre de jours</translation>
    </message>
    <message>
        <source>Days without news of a dilemma</source>
        <translation>Jours sans nouvelles d’un dilemme</translation>
    </message>
    <message>
        <source>Number of heavy entries in a row</source>
        <translation>Nombre de notes lourdes d’affilée</translation>
    </message>
    <message>
        <source>Emotional weight counted as heavy</source>
        <translation>Charge émotionnelle considérée comme lourde</translation>
    </message>
    <message>
        <source> / 10</source>
        <translation> / 10</translation>
    </message>
    <message>
        <source>Days without an entry</source>
        <translation>Jours sans note</translation>
    </message>
    <message>
        <source>Day of the end-of-week review</source>
        <translation>Jour du bilan de fin de semaine</translation>
    </message>
    <message>
        <source>Time of the end-of-week review</source>
        <translation>Heure du bilan de fin de semaine</translation>
    </message>
    <message>
        <source>When Carnet asks</source>
        <translation>Quand Carnet pose une question</translation>
    </message>
    <message>
        <source>&amp;Off-hours contacts:</source>
        <translation>Contacts &amp;hors horaires&#xa0;:</translation>
    </message>
    <message>
        <source>or more within</source>
        <translation>ou plus en</translation>
    </message>
    <message>
        <source>A dilemma &amp;without news for:</source>
        <translation>Un dilemme &amp;sans nouvelles depuis&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Heavy entries in a row:</source>
        <translation>Notes &amp;lourdes d’affilée&#xa0;:</translation>
    </message>
    <message>
        <source>weighing at least</source>
        <translation>d’un poids d’au moins</translation>
    </message>
    <message>
        <source>No &amp;entry for:</source>
        <translation>&amp;Aucune note depuis&#xa0;:</translation>
    </message>
    <message>
        <source>End-of-week &amp;review from:</source>
        <translation>&amp;Bilan de fin de semaine dès le&#xa0;:</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Restore the &amp;defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <source>Remind me &amp;every day at</source>
        <translation>Me rappeler &amp;chaque jour à</translation>
    </message>
    <message>
        <source>Time of the daily reminder</source>
        <translation>Heure du rappel quotidien</translation>
    </message>
    <message>
        <source>Daily reminder</source>
        <translation>Rappel quotidien</translation>
    </message>
    <message>
        <source>A message in the notification area that only says “Carnet has a question for you”: never anything from your journal, as it may show on a locked screen.</source>
        <translation>Un message dans la zone de notification qui dit seulement «&#xa0;Carnet a une question pour vous&#xa0;»&#xa0;: jamais rien de votre journal, car il peut s’afficher sur un écran verrouillé.</translation>
    </message>
    <message>
        <source> day</source>
        <translation> jour</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
</context>
<context>
    <name>PromptThemes</name>
    <message>
        <source>Contacts outside working hours</source>
        <translation>Contacts en dehors des horaires</translation>
    </message>
    <message>
        <source>Going beyond the frame</source>
        <translation>Sortir du cadre</translation>
    </message>
    <message>
        <source>My limits</source>
        <translation>Mes limites</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemmes</translation>
    </message>
    <message>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <source>Emotional load</source>
        <translation>Charge émotionnelle</translation>
    </message>
    <message>
        <source>Support from others</source>
        <translation>Soutien des autres</translation>
    </message>
    <message>
        <source>Meaning of the work</source>
        <translation>Sens du travail</translation>
    </message>
    <message>
        <source>What went well</source>
        <translation>Ce qui s’est bien passé</translation>
    </message>
    <message>
        <source>Rhythm and rest</source>
        <translation>Rythme et repos</translation>
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
        <translation>Noter un contact</translation>
    </message>
    <message>
        <source>Person, by pseudonym</source>
        <translation>Personne, par pseudonyme</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Pseudonym, e.g. Mrs R.</source>
        <translation>Pseudonyme, p. ex. Mme R.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>Kept private (not shared with the team)</source>
        <translation>Non partagé avec l’équipe</translation>
    </message>
    <message>
        <source>Out of frame (beyond the mandate or the rules)</source>
        <translation>Hors cadre (au-delà du mandat ou des règles)</translation>
    </message>
    <message>
        <source>One line: what it was about</source>
        <translation>En une ligne&#xa0;: de quoi il s’agissait</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>W&amp;hen did it happen?</source>
        <translation>Qua&amp;nd&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>Give at least a pseudonym or a subject.</source>
        <translation>Indiquez au moins un pseudonyme ou un objet.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>When did it happen?</source>
        <translation>Quand cela s’est-il passé&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Pseudonyms only: never a real name.</source>
        <translation>Uniquement des pseudonymes&#xa0;: jamais de vrai nom.</translation>
    </message>
</context>
<context>
    <name>RaiseDilemmaDialog</name>
    <message>
        <source>This raises a dilemma</source>
        <translation>Cela soulève un dilemme</translation>
    </message>
    <message>
        <source>&amp;Add it to a dilemma I already follow:</source>
        <translation>L’&amp;ajouter à un dilemme que je suis déjà&#xa0;:</translation>
    </message>
    <message>
        <source>Dilemmas I follow</source>
        <translation>Les dilemmes que je suis</translation>
    </message>
    <message>
        <source>&amp;Open a new dilemma:</source>
        <translation>&amp;Ouvrir un nouveau dilemme&#xa0;:</translation>
    </message>
    <message>
        <source>Title of the new dilemma</source>
        <translation>Titre du nouveau dilemme</translation>
    </message>
    <message>
        <source>In a few words, e.g. “Lending money to A.”</source>
        <translation>En quelques mots, p. ex. «&#xa0;Prêter de l’argent à A.&#xa0;»</translation>
    </message>
    <message>
        <source>Kinds of question</source>
        <translation>Types de dilemme</translation>
    </message>
    <message>
        <source>Which kinds of question does it raise?</source>
        <translation>Quels types de dilemme soulève-t-il&#x202f;?</translation>
    </message>
    <message>
        <source>Choose the dilemma to add it to.</source>
        <translation>Choisissez le dilemme auquel l’ajouter.</translation>
    </message>
    <message>
        <source>Give the new dilemma a title.</source>
        <translation>Donnez un titre au nouveau dilemme.</translation>
    </message>
    <message>
        <source>Tick at least one kind of question it raises.</source>
        <translation>Cochez au moins un type de dilemme qu’il soulève.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisir une nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Type your recovery code (the newest one, if you have made a new one since), then choose a new passphrase. Your entries stay as they are; you will get a new recovery code.</source>
        <translation>Tapez votre code de secours (le plus récent, si vous en avez créé un nouveau depuis), puis choisissez une nouvelle phrase de passe. Vos notes restent telles quelles&#x202f;; vous recevrez un nouveau code de secours.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Code de secours&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Set the &amp;new passphrase</source>
        <translation>&amp;Enregistrer la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Type your recovery code.</source>
        <translation>Tapez votre code de secours.</translation>
    </message>
    <message>
        <source>Setting your new passphrase…</source>
        <translation>Enregistrement de votre nouvelle phrase de passe…</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de secours</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase. It is shown only this once. Write it on paper and keep it somewhere safe, away from this computer.</source>
        <translation>Ce code ouvre votre journal si vous oubliez votre phrase de passe. Il ne s’affiche que cette fois-ci. Notez-le sur papier et gardez-le en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>If both the passphrase and this code are lost, nobody can open the journal again.</source>
        <translation>Si la phrase de passe et ce code sont perdus tous les deux, plus personne ne pourra ouvrir le journal.</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Save as &amp;PDF to print…</source>
        <translation>Enregistrer en &amp;PDF pour l’imprimer…</translation>
    </message>
    <message>
        <source>I have &amp;written it down somewhere safe</source>
        <translation>Je l’ai &amp;noté et rangé en lieu sûr</translation>
    </message>
    <message>
        <source>&amp;Continue to my journal</source>
        <translation>&amp;Continuer vers mon journal</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Code de secours&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be emptied in one minute.</source>
        <translation>Copié. Le presse-papiers sera vidé dans une minute.</translation>
    </message>
    <message>
        <source>Save the recovery code as PDF</source>
        <translation>Enregistrer le code de secours en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>carnet-recovery-code.pdf</source>
        <translation>carnet-code-de-secours.pdf</translation>
    </message>
    <message>
        <source>Carnet: recovery code</source>
        <translation>Carnet&#xa0;: code de secours</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase. Keep this sheet somewhere safe, away from the computer. Anyone with this code and the journal file can read your journal.</source>
        <translation>Ce code ouvre votre journal si vous oubliez votre phrase de passe. Gardez cette feuille en lieu sûr, loin de l’ordinateur. Toute personne qui a ce code et le fichier du journal peut lire votre journal.</translation>
    </message>
    <message>
        <source>Saved. Print it, then delete the PDF file.</source>
        <translation>Enregistré. Imprimez-le, puis supprimez le fichier PDF.</translation>
    </message>
</context>
<context>
    <name>SaveProblemBar</name>
    <message>
        <source>Save an encrypted copy &amp;elsewhere…</source>
        <translation>Enregistrer une copie chiffrée &amp;ailleurs…</translation>
    </message>
    <message>
        <source>&amp;Try again now</source>
        <translation>&amp;Réessayer maintenant</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>Carnet uses your working hours to tell which contacts happened outside them. Write each day&apos;s hours as ranges, such as 08:30-12:30, 13:30-17:00; leave a day empty when you do not work.</source>
        <translation>Carnet utilise vos horaires de travail pour repérer les contacts qui ont eu lieu en dehors. Indiquez les heures de chaque jour sous forme de plages, comme 08:30-12:30, 13:30-17:00&#x202f;; laissez vide un jour où vous ne travaillez pas.</translation>
    </message>
    <message>
        <source>A range that ends before it starts, such as 22:00-06:00 on Friday, is a night: it belongs to Friday and runs into Saturday morning.</source>
        <translation>Une plage qui se termine avant de commencer, comme 22:00-06:00 le vendredi, est une nuit&#xa0;: elle appartient au vendredi et se poursuit le samedi matin.</translation>
    </message>
    <message>
        <source>&amp;Full time</source>
        <translation>&amp;Temps plein</translation>
    </message>
    <message>
        <source>4/5 (&amp;Wednesday off)</source>
        <translation>4/5 (mercredi &amp;libre)</translation>
    </message>
    <message>
        <source>&amp;Half time, mornings</source>
        <translation>&amp;Mi-temps, le matin</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>day off</source>
        <translation>jour non travaillé</translation>
    </message>
    <message>
        <source>Working hours on %1</source>
        <translation>Horaires de travail du %1</translation>
    </message>
    <message>
        <source>Belgian public holidays are days off</source>
        <translation>Jours fériés belges non travaillés</translation>
    </message>
    <message>
        <source>Public holidays; untick one you work on</source>
        <translation>Jours fériés&#x202f;; décochez ceux où vous travaillez</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Congés</translation>
    </message>
    <message>
        <source>Leave periods</source>
        <translation>Périodes de congé</translation>
    </message>
    <message>
        <source>First day of leave</source>
        <translation>Premier jour de congé</translation>
    </message>
    <message>
        <source>Last day of leave</source>
        <translation>Dernier jour de congé</translation>
    </message>
    <message>
        <source>&amp;Add leave</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>These hours apply to</source>
        <translation>Ces horaires s’appliquent à</translation>
    </message>
    <message>
        <source>All my entries, earlier ones too</source>
        <translation>Toutes mes notes, y compris les plus anciennes</translation>
    </message>
    <message>
        <source>Entries from this date on:</source>
        <translation>Les notes à partir de cette date&#xa0;:</translation>
    </message>
    <message>
        <source>Date from which these hours apply</source>
        <translation>Date à partir de laquelle ces horaires s’appliquent</translation>
    </message>
    <message>
        <source>Off-hours flags you set by hand are never changed.</source>
        <translation>Les cases «&#xa0;Hors horaires&#xa0;» que vous avez cochées ou décochées vous-même ne sont jamais modifiées.</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <source>%1: write the hours as ranges such as 08:30-12:30, 13:30-17:00.</source>
        <translation>%1&#xa0;: indiquez les heures sous forme de plages, comme 08:30-12:30, 13:30-17:00.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Individual supervision</source>
        <translation>Supervision individuelle</translation>
    </message>
    <message>
        <source>Group supervision</source>
        <translation>Supervision de groupe</translation>
    </message>
    <message>
        <source>Intervision (between peers)</source>
        <translation>Intervision (entre pairs)</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Dilemma</source>
        <translation>Dilemme</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suite à donner</translation>
    </message>
    <message>
        <source>Record a supervision session</source>
        <translation>Noter une séance de supervision</translation>
    </message>
    <message>
        <source>Day of the session</source>
        <translation>Jour de la séance</translation>
    </message>
    <message>
        <source>e.g. my supervisor, the team</source>
        <translation>p. ex. mon superviseur, l’équipe</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Type de séance</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Ce qui a été discuté</translation>
    </message>
    <message>
        <source>What came out of it</source>
        <translation>Ce qui en est ressorti</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;With whom:</source>
        <translation>&amp;Avec qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>What was di&amp;scussed:</source>
        <translation>Ce qui a été &amp;discuté&#xa0;:</translation>
    </message>
    <message>
        <source>What came &amp;out of it:</source>
        <translation>Ce qui en est &amp;ressorti&#xa0;:</translation>
    </message>
    <message>
        <source>Agenda items discussed; untick those that were not</source>
        <translation>Points de l’ordre du jour discutés&#x202f;; décochez ceux qui ne l’ont pas été</translation>
    </message>
    <message>
        <source>Nothing is on the agenda: the session is recorded with what you write.</source>
        <translation>Rien à l’ordre du jour&#xa0;: la séance est notée avec ce que vous écrivez.</translation>
    </message>
    <message>
        <source>Where the discussed dilemmas stand now:</source>
        <translation>Où en sont maintenant les dilemmes discutés&#xa0;:</translation>
    </message>
    <message>
        <source>Follow-ups, one per line</source>
        <translation>Suites à donner, une par ligne</translation>
    </message>
    <message>
        <source>One per line: they go on the next agenda</source>
        <translation>Une par ligne&#xa0;: elles iront à l’ordre du jour suivant</translation>
    </message>
    <message>
        <source>Agenda items dis&amp;cussed:</source>
        <translation>Points dis&amp;cutés&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Follow-ups for next time:</source>
        <translation>&amp;Suites pour la prochaine fois&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Record the session</source>
        <translation>&amp;Enregistrer la séance</translation>
    </message>
    <message>
        <source>Where “%1” stands now</source>
        <translation>Où en est maintenant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Write what was discussed, or tick what was discussed on the agenda.</source>
        <translation>Écrivez ce qui a été discuté, ou cochez ce qui a été discuté dans l’ordre du jour.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the journal after this many minutes without activity</source>
        <translation>Verrouiller le journal après ce nombre de minutes sans activité</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Verrouiller après&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Carnet.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage de Carnet.</translation>
    </message>
</context>
<context>
    <name>SupervisionView</name>
    <message>
        <source>What you want to bring to supervision, in the order you want to bring it. Drag an item, or use Alt+Up and Alt+Down, to change the order.</source>
        <translation>Ce que vous voulez apporter en supervision, dans l’ordre où vous voulez l’apporter. Faites glisser un point, ou utilisez Alt+Haut et Alt+Bas, pour changer l’ordre.</translation>
    </message>
    <message>
        <source>The agenda, in order</source>
        <translation>L’ordre du jour, dans l’ordre</translation>
    </message>
    <message>
        <source>Nothing to bring yet. An entry comes here when you mark it “for supervision”; a dilemma when you set it to “to bring to supervision”. You can also add a reminder of your own below.</source>
        <translation>Rien à apporter pour l’instant. Une note arrive ici quand vous la marquez «&#xa0;Supervision&#xa0;»&#x202f;; un dilemme quand vous le mettez sur «&#xa0;À apporter en supervision&#xa0;». Vous pouvez aussi ajouter ci-dessous un rappel à vous.</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Earlier on the agenda (Alt+Up)</source>
        <translation>Plus tôt dans l’ordre du jour (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Later on the agenda (Alt+Down)</source>
        <translation>Plus tard dans l’ordre du jour (Alt+Bas)</translation>
    </message>
    <message>
        <source>&amp;Take off the agenda</source>
        <translation>&amp;Retirer de l’ordre du jour</translation>
    </message>
    <message>
        <source>The entry is no longer marked for supervision; the dilemma goes back to where it stood before (Delete)</source>
        <translation>La note n’est plus marquée pour la supervision&#x202f;; le dilemme revient où il en était avant (Suppr)</translation>
    </message>
    <message>
        <source>A reminder of my own, to add to the agenda</source>
        <translation>Un rappel à moi, à ajouter à l’ordre du jour</translation>
    </message>
    <message>
        <source>A reminder of my own</source>
        <translation>Un rappel à moi</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>The question I want to bring</source>
        <translation>La question que je veux apporter</translation>
    </message>
    <message>
        <source>What do I want to understand, decide or hear about this?</source>
        <translation>Qu’est-ce que je veux comprendre, décider ou entendre à ce sujet&#x202f;?</translation>
    </message>
    <message>
        <source>The &amp;question I want to bring:</source>
        <translation>La &amp;question que je veux apporter&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Prepare the brief…</source>
        <translation>&amp;Préparer la fiche…</translation>
    </message>
    <message>
        <source>Check what could identify someone, then save the agenda as a PDF or Markdown file</source>
        <translation>Vérifier ce qui pourrait identifier quelqu’un, puis enregistrer l’ordre du jour en fichier PDF ou Markdown</translation>
    </message>
    <message>
        <source>&amp;Record a session…</source>
        <translation>&amp;Noter une séance…</translation>
    </message>
    <message>
        <source>After the session: what was discussed, what came out of it, and what to bring next time</source>
        <translation>Après la séance&#xa0;: ce qui a été discuté, ce qui en est ressorti, et ce qu’il faut apporter la prochaine fois</translation>
    </message>
    <message>
        <source>Sessions held, the most recent first</source>
        <translation>Séances tenues, les plus récentes d’abord</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>With whom</source>
        <translation>Avec qui</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>The session chosen</source>
        <translation>La séance choisie</translation>
    </message>
    <message>
        <source>No session recorded yet. After a session, “Record a session…” keeps what was discussed and what came out of it.</source>
        <translation>Aucune séance notée pour l’instant. Après une séance, «&#xa0;Noter une séance…&#xa0;» garde ce qui a été discuté et ce qui en est ressorti.</translation>
    </message>
    <message>
        <source>How often each kind of dilemma was brought</source>
        <translation>Combien de fois chaque type de dilemme a été apporté</translation>
    </message>
    <message>
        <source>Kind of dilemma</source>
        <translation>Type de dilemme</translation>
    </message>
    <message>
        <source>Times brought</source>
        <translation>Fois apporté</translation>
    </message>
    <message>
        <source>Last brought</source>
        <translation>Dernière fois</translation>
    </message>
    <message>
        <source>No dilemma discussed in a session yet.</source>
        <translation>Aucun dilemme discuté en séance pour l’instant.</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Kinds of dilemma brought</source>
        <translation>Types de dilemmes apportés</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Prepare what you bring to supervision, and keep what came out of each session.</source>
        <translation>Préparez ce que vous apportez en supervision et gardez ce qui est ressorti de chaque séance.</translation>
    </message>
    <message>
        <source>No question written yet</source>
        <translation>Aucune question écrite pour l’instant</translation>
    </message>
    <message>
        <source>Agenda (%1)</source>
        <translation>Ordre du jour (%1)</translation>
    </message>
    <message>
        <source>no question yet</source>
        <translation>pas encore de question</translation>
    </message>
    <message>
        <source>added today</source>
        <translation>ajouté aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>waiting for %n day(s)</source>
        <translation>
            <numerusform>en attente depuis %n jour</numerusform>
            <numerusform>en attente depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>History (%1)</source>
        <translation>Historique (%1)</translation>
    </message>
    <message>
        <source>With: %1</source>
        <translation>Avec&#xa0;: %1</translation>
    </message>
    <message>
        <source>What was discussed</source>
        <translation>Ce qui a été discuté</translation>
    </message>
    <message>
        <source>What came out of it</source>
        <translation>Ce qui en est ressorti</translation>
    </message>
    <message>
        <source>From the agenda</source>
        <translation>Points de l’ordre du jour</translation>
    </message>
    <message>
        <source>Follow-ups for next time</source>
        <translation>Suites pour la prochaine fois</translation>
    </message>
    <message>
        <source>&amp;Open the entry</source>
        <translation>&amp;Ouvrir la note</translation>
    </message>
    <message>
        <source>&amp;Open the dilemma</source>
        <translation>&amp;Ouvrir le dilemme</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Take off the agenda</source>
        <translation>Retirer de l’ordre du jour</translation>
    </message>
    <message>
        <source>Take “%1” off the agenda? The question written for it goes with it.</source>
        <translation>Retirer «&#xa0;%1&#xa0;» de l’ordre du jour&#x202f;? La question écrite pour ce point part avec lui.</translation>
    </message>
    <message>
        <source>supervision-%1</source>
        <comment>file name of the brief; %1 is the date</comment>
        <translation>supervision-%1</translation>
    </message>
    <message>
        <source>Brief saved (not encrypted)</source>
        <translation>Fiche enregistrée (non chiffrée)</translation>
    </message>
    <message>
        <source>Session recorded</source>
        <translation>Séance notée</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your journal</source>
        <translation>Déverrouiller votre journal</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Open the newest &amp;backup that works</source>
        <translation>Ouvrir la dernière &amp;sauvegarde utilisable</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>&amp;Phrase de passe oubliée&#x202f;?</translation>
    </message>
    <message>
        <source>Open &amp;another journal…</source>
        <translation>&amp;Ouvrir un autre journal…</translation>
    </message>
    <message>
        <source>Create a &amp;new journal</source>
        <translation>Créer un &amp;nouveau journal</translation>
    </message>
    <message>
        <source>E&amp;xplore the example journal</source>
        <translation>E&amp;xplorer le journal d’exemple</translation>
    </message>
    <message>
        <source>A few months of fictional practice, to see how Carnet works</source>
        <translation>Quelques mois de pratique fictive, pour voir comment fonctionne Carnet</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Journal&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>VisibleDialog</name>
    <message>
        <source>Make my work visible</source>
        <translation>Rendre mon travail visible</translation>
    </message>
    <message>
        <source>What you write stays in your journal. Here you can take a step further when you choose: bring what the journal shows, without anything private, to the people who can change the conditions of the work.</source>
        <translation>Ce que vous écrivez reste dans votre carnet. Ici, vous pouvez aller plus loin quand vous le choisissez&#xa0;: apporter ce que montre le carnet, sans rien de privé, aux personnes qui peuvent changer les conditions du travail.</translation>
    </message>
    <message>
        <source>A workload statement (figures only)</source>
        <translation>Un relevé de la charge de travail (des chiffres seulement)</translation>
    </message>
    <message>
        <source>For a team meeting, the prevention advisor or a union delegate. Only figures leave the journal: no text, no names, no pseudonyms, no titles, no tags.</source>
        <translation>Pour une réunion d’équipe, le conseiller en prévention ou une déléguée syndicale. Seuls des chiffres quittent le carnet&#xa0;: aucun texte, aucun nom, aucun pseudonyme, aucun titre, aucune étiquette.</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Le mois dernier</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>Dates of my choice</source>
        <translation>Des dates de mon choix</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Exact figures</source>
        <translation>Chiffres exacts</translation>
    </message>
    <message>
        <source>Rounded to the nearest 5</source>
        <translation>Arrondis au multiple de 5 le plus proche</translation>
    </message>
    <message>
        <source>Durations rounded to the hour</source>
        <translation>Durées arrondies à l’heure</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>Totals against the contract&apos;s hours</source>
        <translation>Totaux face aux heures du contrat</translation>
    </message>
    <message>
        <source>Days and hours of off-hours contacts</source>
        <translation>Jours et heures des contacts hors horaires</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <source>Out-of-frame acts by kind of dilemma</source>
        <translation>Actes hors cadre par type de dilemme</translation>
    </message>
    <message>
        <source>Limits crossed</source>
        <translation>Limites franchies</translation>
    </message>
    <message>
        <source>Rest shorter than 11 hours</source>
        <translation>Repos de moins de 11 heures</translation>
    </message>
    <message>
        <source>My check-ins, in words</source>
        <translation>Mes bilans, en mots</translation>
    </message>
    <message>
        <source>&amp;PDF</source>
        <translation>&amp;PDF</translation>
    </message>
    <message>
        <source>&amp;CSV (a spreadsheet)</source>
        <translation>&amp;CSV (un tableur)</translation>
    </message>
    <message>
        <source>Folder to write the statement in</source>
        <translation>Dossier où écrire le relevé</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Export the statement</source>
        <translation>&amp;Exporter le relevé</translation>
    </message>
    <message>
        <source>What will be written</source>
        <translation>Ce qui sera écrit</translation>
    </message>
    <message>
        <source>Press Preview to see exactly what will be written.</source>
        <translation>Appuyez sur Aperçu pour voir exactement ce qui sera écrit.</translation>
    </message>
    <message>
        <source>The exported file is NOT encrypted: anyone who can open it can read it.</source>
        <translation>Le fichier exporté n’est PAS chiffré&#xa0;: toute personne qui peut l’ouvrir peut le lire.</translation>
    </message>
    <message>
        <source>A situation for an analysis group</source>
        <translation>Une situation pour un groupe d’analyse</translation>
    </message>
    <message>
        <source>For a supervision, intervision or analysis group: one situation, in your words, on the grid of the analysis. What leaves the journal is the account you edit, after you have checked every name, number and date it contains.</source>
        <translation>Pour une supervision, une intervision ou un groupe d’analyse&#xa0;: une situation, avec vos mots, sur la grille de l’analyse. Ce qui quitte le carnet, c’est le récit que vous modifiez, après avoir vérifié chaque nom, numéro et date qu’il contient.</translation>
    </message>
    <message>
        <source>Dilemma or entry to start from</source>
        <translation>Dilemme ou note de départ</translation>
    </message>
    <message>
        <source>Prepare for an &amp;analysis group…</source>
        <translation>Préparer pour un groupe d’&amp;analyse…</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>The options changed: press Preview again.</source>
        <translation>Les options ont changé&#xa0;: appuyez à nouveau sur Aperçu.</translation>
    </message>
    <message>
        <source>Folder for the statement</source>
        <translation>Dossier du relevé</translation>
    </message>
    <message>
        <source>workload-statement-%1-%2</source>
        <comment>file name; %1 and %2 are the period&apos;s first and last days</comment>
        <translation>releve-charge-%1-%2</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Statement saved (not encrypted): %1</source>
        <translation>Relevé enregistré (non chiffré)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Dilemma: %1</source>
        <translation>Dilemme&#xa0;: %1</translation>
    </message>
    <message>
        <source>The entry open now: %1</source>
        <translation>La note ouverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>No dilemma yet</source>
        <translation>Aucun dilemme pour l’instant</translation>
    </message>
</context>
<context>
    <name>WeeklyReviewView</name>
    <message>
        <source>‹ &amp;Previous week</source>
        <translation>‹ Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Next week ›</source>
        <translation>Semaine &amp;suivante ›</translation>
    </message>
    <message>
        <source>&amp;This week</source>
        <translation>&amp;Cette semaine</translation>
    </message>
    <message>
        <source>The week&apos;s figures next to your usual level</source>
        <translation>Les chiffres de la semaine à côté de votre niveau habituel</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Usual</source>
        <translation>Habituel</translation>
    </message>
    <message>
        <source>Compared with usual</source>
        <translation>Par rapport à l’habitude</translation>
    </message>
    <message>
        <source>Dilemmas waiting for supervision, and entries marked for supervision this week</source>
        <translation>Dilemmes à apporter en supervision, et notes marquées pour la supervision cette semaine</translation>
    </message>
    <message>
        <source>Usual: the middle value of your weeks over the six months before this one. A figure to notice, not a score.</source>
        <translation>Habituel&#xa0;: la valeur médiane de vos semaines sur les six mois qui précèdent. Un chiffre à remarquer, pas une note.</translation>
    </message>
    <message>
        <source>Questions Carnet asked this week</source>
        <translation>Les questions posées par Carnet cette semaine</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Bilan de la semaine</translation>
    </message>
    <message>
        <source>Your week beside what is usual for you, what is still open, and a moment to write about it.</source>
        <translation>Votre semaine comparée à vos habitudes, ce qui reste ouvert, et un moment pour y revenir par écrit.</translation>
    </message>
    <message>
        <source>Dilemmas still open at the end of the week</source>
        <translation>Les dilemmes encore ouverts à la fin de la semaine</translation>
    </message>
    <message>
        <source>&amp;Questions this week</source>
        <translation>&amp;Questions de la semaine</translation>
    </message>
    <message>
        <source>Open &amp;dilemmas</source>
        <translation>&amp;Dilemmes ouverts</translation>
    </message>
    <message>
        <source>For &amp;supervision</source>
        <translation>Pour la s&amp;upervision</translation>
    </message>
    <message>
        <source>Template of the reflection</source>
        <translation>Modèle de la réflexion</translation>
    </message>
    <message>
        <source>Te&amp;mplate:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Write it</source>
        <translation>Rédi&amp;ger</translation>
    </message>
    <message>
        <source>&amp;Write this week&apos;s reflection</source>
        <translation>Écrire la &amp;réflexion de la semaine</translation>
    </message>
    <message>
        <source>A moment to look back on the week: what weighed, what helped, what to bring to supervision or to leave here.</source>
        <translation>Un moment pour revenir sur la semaine&#xa0;: ce qui a pesé, ce qui a aidé, ce qui est à apporter en supervision ou à laisser ici.</translation>
    </message>
    <message>
        <source>This week&apos;s reflection</source>
        <translation>La réflexion de la semaine</translation>
    </message>
    <message>
        <source>Week %1: %2 – %3</source>
        <translation>Semaine %1&#xa0;: %2 – %3</translation>
    </message>
    <message numerus="yes">
        <source>Usual: not known yet — after %1 weeks of writing, Carnet compares each week with your own usual level (%n more week(s) to go).</source>
        <translation>
            <numerusform>Habituel&#xa0;: pas encore connu — après %1 semaines d’écriture, Carnet compare chaque semaine à votre propre niveau habituel (encore %n semaine).</numerusform>
            <numerusform>Habituel&#xa0;: pas encore connu — après %1 semaines d’écriture, Carnet compare chaque semaine à votre propre niveau habituel (encore %n semaines).</numerusform>
        </translation>
    </message>
    <message>
        <source>more than usual</source>
        <translation>plus que d’habitude</translation>
    </message>
    <message>
        <source>about as usual</source>
        <translation>à peu près comme d’habitude</translation>
    </message>
    <message>
        <source>less than usual</source>
        <translation>moins que d’habitude</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>pas encore connu</translation>
    </message>
    <message>
        <source>A question</source>
        <translation>Une question</translation>
    </message>
    <message>
        <source>A suggestion</source>
        <translation>Une suggestion</translation>
    </message>
    <message>
        <source>A note of recognition</source>
        <translation>Un mot de reconnaissance</translation>
    </message>
    <message>
        <source>you wrote about it</source>
        <translation>vous avez écrit à ce sujet</translation>
    </message>
    <message>
        <source>set aside</source>
        <translation>mise de côté</translation>
    </message>
    <message>
        <source>for later</source>
        <translation>pour plus tard</translation>
    </message>
    <message>
        <source>Enter opens what you wrote about it</source>
        <translation>Entrée ouvre ce que vous avez écrit à ce sujet</translation>
    </message>
    <message>
        <source>No question this week.</source>
        <translation>Aucune question cette semaine.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>Enter opens the dilemma</source>
        <translation>Entrée ouvre le dilemme</translation>
    </message>
    <message>
        <source>No dilemma was open.</source>
        <translation>Aucun dilemme n’était ouvert.</translation>
    </message>
    <message>
        <source>A dilemma to bring to supervision</source>
        <translation>Un dilemme à apporter en supervision</translation>
    </message>
    <message>
        <source>Nothing to bring to supervision.</source>
        <translation>Rien à apporter en supervision.</translation>
    </message>
    <message>
        <source>A blank page</source>
        <translation>Une page blanche</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to Carnet</source>
        <translation>Bienvenue dans Carnet</translation>
    </message>
    <message>
        <source>Carnet is a private journal for your practice: the contacts you log, the situations that stay with you, the questions you want to think through or bring to supervision.</source>
        <translation>Carnet est un journal privé pour votre pratique&#xa0;: les contacts que vous notez, les situations qui vous restent en tête, les questions que vous voulez approfondir ou apporter en supervision.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted with a passphrase that only you know. Nobody else can read it: not a colleague, not your employer&apos;s IT, not Carnet&apos;s makers.</source>
        <translation>Tout reste sur cet ordinateur, chiffré avec une phrase de passe connue de vous seulement. Personne d’autre ne peut le lire&#xa0;: ni vos collègues, ni le service informatique de votre employeur, ni les auteurs de Carnet.</translation>
    </message>
    <message>
        <source>&amp;Create my journal</source>
        <translation>&amp;Créer mon journal</translation>
    </message>
    <message>
        <source>&amp;Open an existing journal…</source>
        <translation>&amp;Ouvrir un journal existant…</translation>
    </message>
    <message>
        <source>&amp;Explore with an example journal</source>
        <translation>&amp;Explorer un journal d’exemple</translation>
    </message>
    <message>
        <source>A few months of fictional practice, to see how Carnet works</source>
        <translation>Quelques mois de pratique fictive, pour voir comment fonctionne Carnet</translation>
    </message>
    <message>
        <source>Preparing the example journal…</source>
        <translation>Préparation du journal d’exemple…</translation>
    </message>
</context>
<context>
    <name>WhereToTurnDialog</name>
    <message>
        <source>Where to turn</source>
        <translation>Vers qui se tourner</translation>
    </message>
    <message>
        <source>You do not have to wait until things are bad to talk about them. These people and services can listen, and help you find a way forward.</source>
        <translation>Inutile d’attendre que les choses aillent mal pour en parler. Ces personnes et ces services peuvent vous écouter, et vous aider à trouver une voie.</translation>
    </message>
</context>
<context>
    <name>WhereToTurnWidget</name>
    <message>
        <source>At work</source>
        <translation>Au travail</translation>
    </message>
    <message>
        <source>For your health</source>
        <translation>Pour votre santé</translation>
    </message>
    <message>
        <source>To read more</source>
        <translation>Pour en savoir plus</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Lignes d’écoute et urgences</translation>
    </message>
    <message>
        <source>If you are thinking about suicide, or your life or someone else&apos;s is in danger, call one of these numbers now.</source>
        <translation>Si vous pensez au suicide, ou si votre vie ou celle de quelqu’un d’autre est en danger, appelez maintenant l’un de ces numéros.</translation>
    </message>
    <message>
        <source>Checked in %1. Numbers and websites can change.</source>
        <translation>Vérifié en %1. Les numéros et les sites peuvent changer.</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>en français</translation>
    </message>
    <message>
        <source>in Dutch</source>
        <translation>en néerlandais</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en anglais</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>Téléphone&#xa0;: %1</translation>
    </message>
    <message>
        <source>Website: %1</source>
        <translation>Site&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Views of the journal</source>
        <translation>Vues du journal</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Dilemmas</source>
        <translation>Dilemmes</translation>
    </message>
    <message>
        <source>My limits</source>
        <translation>Mes limites</translation>
    </message>
    <message>
        <source>How am I doing</source>
        <translation>Où j’en suis</translation>
    </message>
    <message>
        <source>Weekly review</source>
        <translation>Bilan de la semaine</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>Supervision</translation>
    </message>
    <message>
        <source>Placement</source>
        <translation>Stage</translation>
    </message>
    <message>
        <source>Example journal: everything in it is fictional. Its passphrase is “exemple-carnet-demo”. Create your own journal to start writing for real.</source>
        <translation>Journal d’exemple&#xa0;: tout son contenu est fictif. Sa phrase de passe est «&#xa0;exemple-carnet-demo&#xa0;». Créez votre propre journal pour commencer à écrire pour de vrai.</translation>
    </message>
</context>
</TS>

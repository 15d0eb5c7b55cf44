<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CalendarView</name>
    <message>
        <source>Calendar of the journal</source>
        <translation>Calendrier du journal</translation>
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
        <translation>Jusqu&apos;à cette date</translation>
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
        <translation>Filtre: %1</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Voir:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne:</translation>
    </message>
    <message>
        <source>&amp;Tag:</source>
        <translation>É&amp;tiquette:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Under each day: how many entries it holds; a moon marks off-hours entries, an arrow out-of-frame ones (with their number when more than one).</source>
        <translation>Sous chaque jour: le nombre de notes; une lune signale les notes hors horaires, une flèche celles hors cadre (avec leur nombre s&apos;il y en a plus d&apos;une).</translation>
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
        <translation>Types de questions</translation>
    </message>
    <message>
        <source>Kinds of question; untick one to hide it</source>
        <translation>Types de questions; décochez-en un pour le masquer</translation>
    </message>
    <message>
        <source>Name of the kind of question</source>
        <translation>Nom du type de question</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>A kind of question of my own</source>
        <translation>Un type de question à moi</translation>
    </message>
    <message>
        <source>A new kind of question</source>
        <translation>Un nouveau type de question</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Untick a kind of question to hide it. Dilemmas that use it keep it.</source>
        <translation>Décochez un type de question pour le masquer. Les dilemmes qui l&apos;utilisent le gardent.</translation>
    </message>
    <message>
        <source>One of my own</source>
        <translation>Ajouté par moi</translation>
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
        <source>&amp;Where:</source>
        <translation>&amp;Emplacement:</translation>
    </message>
    <message>
        <source>If you forget this passphrase, only the recovery code shown on the next screen can open your journal. Nobody can recover it for you.</source>
        <translation>Si vous oubliez cette phrase de passe, seul le code de secours affiché à l&apos;écran suivant pourra ouvrir votre journal. Personne ne pourra la retrouver à votre place.</translation>
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
        <source>Carnet journals (*.carnet)</source>
        <translation>Journaux Carnet (*.carnet)</translation>
    </message>
    <message>
        <source>Choose where to keep the journal.</source>
        <translation>Choisissez où conserver le journal.</translation>
    </message>
    <message>
        <source>Creating your journal… This takes a moment: Carnet is making your passphrase very hard to crack.</source>
        <translation>Création de votre journal… Cela prend un moment: Carnet rend votre phrase de passe très difficile à casser.</translation>
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
        <source>Open for</source>
        <translation>Ouvert depuis</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>&amp;New dilemma…</source>
        <translation>&amp;Nouveau dilemme…</translation>
    </message>
    <message>
        <source>Kinds of &amp;question…</source>
        <translation>Types de &amp;questions…</translation>
    </message>
    <message>
        <source>Add your own kinds of question, rename or hide the others</source>
        <translation>Ajouter vos propres types de questions, renommer ou masquer les autres</translation>
    </message>
    <message>
        <source>No dilemma yet. When an entry raises a question you want to follow (lending money, a rule that feels unfair, a personal phone number given), open it with “This raises a dilemma” in the entry, or here.</source>
        <translation>Aucun dilemme pour l&apos;instant. Quand une note soulève une question que vous voulez suivre (prêter de l&apos;argent, une règle qui vous semble injuste, un numéro de téléphone personnel donné), ouvrez un dilemme avec «&#xa0;Cela soulève un dilemme&#xa0;» dans la note, ou ici.</translation>
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
        <translation>Types de questions</translation>
    </message>
    <message>
        <source>The story of this dilemma, oldest first</source>
        <translation>L&apos;histoire de ce dilemme, du plus ancien au plus récent</translation>
    </message>
    <message>
        <source>A new reflection</source>
        <translation>Une nouvelle réflexion</translation>
    </message>
    <message>
        <source>Where am I with this today?</source>
        <translation>Où en suis-je aujourd&apos;hui avec cette question?</translation>
    </message>
    <message>
        <source>Add this &amp;reflection</source>
        <translation>Ajouter cette &amp;réflexion</translation>
    </message>
    <message>
        <source>What was decided, and why</source>
        <translation>Ce qui a été décidé, et pourquoi</translation>
    </message>
    <message>
        <source>What I learned</source>
        <translation>Ce que j&apos;ai appris</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre:</translation>
    </message>
    <message>
        <source>&amp;Where it stands:</source>
        <translation>&amp;Où il en est:</translation>
    </message>
    <message>
        <source>&amp;Kinds of question:</source>
        <translation>T&amp;ypes de questions:</translation>
    </message>
    <message>
        <source>Its &amp;story:</source>
        <translation>Son &amp;histoire:</translation>
    </message>
    <message>
        <source>New r&amp;eflection:</source>
        <translation>Nouvelle ré&amp;flexion:</translation>
    </message>
    <message>
        <source>What was &amp;decided, and why:</source>
        <translation>Ce qui a été &amp;décidé, et pourquoi:</translation>
    </message>
    <message>
        <source>What I &amp;learned:</source>
        <translation>Ce que j&apos;ai a&amp;ppris:</translation>
    </message>
    <message>
        <source>Remove this entry from the dilemma</source>
        <translation>Retirer cette note du dilemme</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <source>Questions that can help:</source>
        <translation>Des questions qui peuvent aider:</translation>
    </message>
    <message>
        <source>%1 — now: %2</source>
        <translation>%1 — désormais: %2</translation>
    </message>
    <message>
        <source>%1 — entry: %2</source>
        <translation>%1 — note: %2</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open this entry</source>
        <translation>Appuyez sur Entrée ou double-cliquez pour ouvrir cette note</translation>
    </message>
    <message>
        <source>%1 — reflection: %2</source>
        <translation>%1 — réflexion: %2</translation>
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
        <translation>Que s&apos;est-il passé? Qu&apos;est-ce qui vous reste en tête?</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Add the sections and questions of a reflection template</source>
        <translation>Ajouter les rubriques et les questions d&apos;un modèle de réflexion</translation>
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
        <source>Details</source>
        <translation>Détails</translation>
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
        <translation>Poids émotionnel, de 0 à 10</translation>
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
        <translation>N&apos;écrivez jamais un vrai nom: utilisez un pseudonyme comme «&#xa0;Mme R.&#xa0;» ou «&#xa0;Jeune 17&#xa0;».</translation>
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
        <source>&amp;When:</source>
        <translation>&amp;Quand:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Durée:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>Wei&amp;ght:</source>
        <translation>P&amp;oids:</translation>
    </message>
    <message>
        <source>&amp;Persons:</source>
        <translation>&amp;Personnes:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>É&amp;tiquettes:</translation>
    </message>
    <message>
        <source>Pseudonyms only: never a real name.</source>
        <translation>Uniquement des pseudonymes: jamais de vrai nom.</translation>
    </message>
    <message>
        <source>This raises a &amp;dilemma…</source>
        <translation>Cela soulève un di&amp;lemme…</translation>
    </message>
    <message>
        <source>Follow the question this entry raises, over weeks, until it is settled</source>
        <translation>Suivre la question que soulève cette note, au fil des semaines, jusqu&apos;à ce qu&apos;elle soit réglée</translation>
    </message>
    <message>
        <source>I crossed one of my limits…</source>
        <translation>J&apos;ai dépassé une de mes limites…</translation>
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
        <translation>Chaque intertitre devient une rubrique; les lignes en citation placées dessous deviennent ses questions</translation>
    </message>
    <message>
        <source>My template</source>
        <translation>Mon modèle</translation>
    </message>
    <message>
        <source>Name of the template:</source>
        <translation>Nom du modèle:</translation>
    </message>
    <message>
        <source>Outside your working hours (set by you)</source>
        <translation>En dehors de vos horaires de travail (indiqué par vous)</translation>
    </message>
    <message>
        <source>Outside your working hours: Carnet ticks it from your working hours when you have set them. Tick or untick it to decide yourself.</source>
        <translation>En dehors de vos horaires de travail: Carnet coche cette case d&apos;après vos horaires de travail, si vous les avez indiqués. Cochez-la ou décochez-la pour décider vous-même.</translation>
    </message>
    <message>
        <source>Crossed one of my limits: %1</source>
        <translation>Une de mes limites a été dépassée: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) may identify someone (underlined): right-click to replace with a pseudonym. Carnet&apos;s check is a help, not a guarantee.</source>
        <translation>
            <numerusform>%n passage pourrait identifier quelqu&apos;un (souligné): faites un clic droit pour le remplacer par un pseudonyme. La vérification de Carnet est une aide, pas une garantie.</numerusform>
            <numerusform>%n passages pourraient identifier quelqu&apos;un (soulignés): faites un clic droit pour les remplacer par un pseudonyme. La vérification de Carnet est une aide, pas une garantie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace with the pseudonym “%1”</source>
        <translation>Remplacer par le pseudonyme «&#xa0;%1&#xa0;»</translation>
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
        <translation>Afficher uniquement: %1</translation>
    </message>
    <message>
        <source>Filter: %1</source>
        <translation>Filtre: %1</translation>
    </message>
    <message>
        <source>Entries, newest first</source>
        <translation>Notes, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Your journal is empty</source>
        <translation>Votre journal est vide</translation>
    </message>
    <message>
        <source>Write your first entry: a contact, a situation that stays with you, a question for supervision. Press Ctrl+N or the button below.</source>
        <translation>Écrivez votre première note: un contact, une situation qui vous reste en tête, une question pour la supervision. Appuyez sur Ctrl+N ou sur le bouton ci-dessous.</translation>
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
        <translation>Messagerie</translation>
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
        <translation>Privé</translation>
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
        <translation>Non partagé avec l&apos;équipe</translation>
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
        <translation>J&apos;apprends à vivre avec</translation>
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
        <translation>Ne pas prêter d&apos;argent (je le coche moi-même)</translation>
    </message>
    <message>
        <source>At most a number of out-of-frame acts a month</source>
        <translation>Un maximum d&apos;actes hors cadre par mois</translation>
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
            <numerusform>Au maximum %n contact hors horaires par semaine</numerusform>
            <numerusform>Au maximum %n contacts hors horaires par semaine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %n out-of-frame act(s) a month</source>
        <translation>
            <numerusform>Au maximum %n acte hors cadre par mois</numerusform>
            <numerusform>Au maximum %n actes hors cadre par mois</numerusform>
        </translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
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
        <translation>&amp;Limite:</translation>
    </message>
    <message>
        <source>&amp;After:</source>
        <translation>&amp;Après:</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Au &amp;maximum:</translation>
    </message>
    <message>
        <source>In my &amp;words:</source>
        <translation>Avec mes &amp;propres mots:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;En vigueur dès le:</translation>
    </message>
    <message>
        <source>Your limits are yours: change them when you need to. Earlier weeks keep the limit that was in force then.</source>
        <translation>Vos limites vous appartiennent: modifiez-les quand vous en avez besoin. Les semaines passées gardent la limite qui était en vigueur à ce moment-là.</translation>
    </message>
    <message>
        <source>Required: the limit, in my own words</source>
        <translation>Obligatoire: la limite, avec mes propres mots</translation>
    </message>
    <message>
        <source>Write this limit in your own words.</source>
        <translation>Écrivez cette limite avec vos propres mots.</translation>
    </message>
</context>
<context>
    <name>LimitsView</name>
    <message>
        <source>Limits you set yourself, for yourself. Carnet shows quietly when one was crossed: to notice it, not to judge it.</source>
        <translation>Des limites que vous vous fixez vous-même, pour vous-même. Carnet montre discrètement quand l&apos;une d&apos;elles a été dépassée: pour le remarquer, pas pour le juger.</translation>
    </message>
    <message>
        <source>My limits</source>
        <translation>Mes limites</translation>
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
        <translation>&amp;Plus en vigueur</translation>
    </message>
    <message>
        <source>Weekly history of my limits</source>
        <translation>Historique de mes limites, semaine par semaine</translation>
    </message>
    <message>
        <source>Each week: how many times the limit was crossed, next to the limit then in force; empty when the limit was not in force.</source>
        <translation>Chaque semaine: combien de fois la limite a été dépassée, à côté de la limite alors en vigueur; vide quand la limite n&apos;était pas en vigueur.</translation>
    </message>
    <message>
        <source>When my limits were crossed, newest first</source>
        <translation>Quand mes limites ont été dépassées, du plus récent au plus ancien</translation>
    </message>
    <message>
        <source>The last twelve weeks</source>
        <translation>Les douze dernières semaines</translation>
    </message>
    <message>
        <source>When, and with which entries (Enter opens one)</source>
        <translation>Quand, et avec quelles notes (Entrée en ouvre une)</translation>
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
        <translation>%1: %2 — %3, limite %4</translation>
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
        <translation>Semaine du %1: dépassée</translation>
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
        <source>New reflection from a &amp;template</source>
        <translation>Nouvelle réflexion à partir d&apos;un &amp;modèle</translation>
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
        <source>Type your passphrase first: it is needed to check the backups.</source>
        <translation>Tapez d&apos;abord votre phrase de passe: elle est nécessaire pour vérifier les sauvegardes.</translation>
    </message>
    <message>
        <source>Backup opened</source>
        <translation>Sauvegarde ouverte</translation>
    </message>
    <message>
        <source>Carnet opened the newest backup that works. The damaged file was kept aside as “%1”; you can delete it later.</source>
        <translation>Carnet a ouvert la sauvegarde la plus récente qui fonctionne. Le fichier endommagé a été mis de côté sous le nom «&#xa0;%1&#xa0;»; vous pourrez le supprimer plus tard.</translation>
    </message>
    <message>
        <source>No backup of this journal could be opened with this passphrase. Nothing has been changed.</source>
        <translation>Aucune sauvegarde de ce journal n&apos;a pu être ouverte avec cette phrase de passe. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Open the journal file first.</source>
        <translation>Ouvrez d&apos;abord le fichier du journal.</translation>
    </message>
    <message>
        <source>New passphrase set</source>
        <translation>Nouvelle phrase de passe enregistrée</translation>
    </message>
    <message>
        <source>Your latest changes could not be saved yet, so they are kept in memory. Unlock to try again.</source>
        <translation>Vos dernières modifications n&apos;ont pas encore pu être enregistrées: elles sont gardées en mémoire. Déverrouillez pour réessayer.</translation>
    </message>
    <message>
        <source>Delete this entry?</source>
        <translation>Supprimer cette note?</translation>
    </message>
    <message>
        <source>The entry will be deleted from the journal. You can restore it until you lock or close Carnet.</source>
        <translation>La note sera supprimée du journal. Vous pourrez la restaurer jusqu&apos;à ce que vous verrouilliez ou fermiez Carnet.</translation>
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
        <translation>Déverrouillez d&apos;abord le journal, puis notez le contact.</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact noté</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>Modèle enregistré</translation>
    </message>
    <message numerus="yes">
        <source>Working hours saved; %n entries re-evaluated</source>
        <translation>
            <numerusform>Horaires de travail enregistrés; %n note réévaluée</numerusform>
            <numerusform>Horaires de travail enregistrés; %n notes réévaluées</numerusform>
        </translation>
    </message>
    <message>
        <source>About Carnet</source>
        <translation>À propos de Carnet</translation>
    </message>
    <message>
        <source>Carnet %1

A private, encrypted journal for social workers to reflect on their practice.
Free software under the GNU GPL, version 3 or later.</source>
        <translation>Carnet %1

Un journal privé et chiffré pour réfléchir à votre pratique de travail social.
Logiciel libre sous licence GNU GPL, version 3 ou ultérieure.</translation>
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
        <translation>Cette phrase de passe n&apos;ouvre pas le journal. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez. Si vous l&apos;avez oubliée, utilisez votre code de secours.</translation>
    </message>
    <message>
        <source>This recovery code does not match the journal. Check each group of characters and try again.</source>
        <translation>Ce code de secours ne correspond pas au journal. Vérifiez chaque groupe de caractères et réessayez.</translation>
    </message>
    <message>
        <source>This journal file is damaged or was modified by another program, so it cannot be opened. Nothing has been changed. You can open the newest backup that still works.</source>
        <translation>Ce fichier de journal est endommagé ou a été modifié par un autre programme: il ne peut pas être ouvert. Rien n&apos;a été changé. Vous pouvez ouvrir la sauvegarde la plus récente qui fonctionne encore.</translation>
    </message>
    <message>
        <source>This journal was saved by a newer version of Carnet. Install the latest version to open it.</source>
        <translation>Ce journal a été enregistré par une version plus récente de Carnet. Installez la dernière version pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>This journal is already open in another Carnet window or in another session. Close it there first, then try again.</source>
        <translation>Ce journal est déjà ouvert dans une autre fenêtre de Carnet ou dans une autre session. Fermez-le d&apos;abord là-bas, puis réessayez.</translation>
    </message>
    <message>
        <source>The journal file was changed by another program (for example a synchronisation service) since you opened it. Your latest changes were not written over it. Lock the journal and open it again.</source>
        <translation>Le fichier du journal a été modifié par un autre programme (par exemple un service de synchronisation) depuis que vous l&apos;avez ouvert. Vos dernières modifications n&apos;ont pas été écrites par-dessus. Verrouillez le journal et rouvrez-le.</translation>
    </message>
    <message>
        <source>This cannot be done: the information given is not valid.</source>
        <translation>Impossible de faire cela: les informations données ne sont pas valides.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Your journal on disk has not been changed.</source>
        <translation>Un problème inattendu est survenu. Votre journal sur le disque n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The journal could not be read or written. Check that the disk is not full and that the folder is still available (a USB key may have been removed), then try again.</source>
        <translation>Le journal n&apos;a pas pu être lu ou enregistré. Vérifiez que le disque n&apos;est pas plein et que le dossier est toujours accessible (une clé USB a peut-être été retirée), puis réessayez.</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>C&amp;onfirmation:</translation>
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
        <translation>Choisissez une phrase de passe plus longue: plusieurs mots en font une solide et facile à retenir.</translation>
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
        <translation>Faible: facile à deviner</translation>
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
        <translation>Solidité: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Les deux phrases de passe ne sont pas encore identiques.</translation>
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
        <translation>Les personnes n&apos;apparaissent ici que sous les pseudonymes que vous leur avez donnés. N&apos;écrivez jamais un vrai nom.</translation>
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
        <translation>Un mémo privé (facultatif): ce qui aide à se souvenir de la situation.</translation>
    </message>
    <message>
        <source>Entries about this person</source>
        <translation>Notes sur cette personne</translation>
    </message>
    <message>
        <source>&amp;Pseudonym:</source>
        <translation>&amp;Pseudonyme:</translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation>&amp;Mémo:</translation>
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
        <source>A question for you: %1</source>
        <translation>Une question pour vous: %1</translation>
    </message>
    <message>
        <source>Drawn from the report on social work, section %1</source>
        <translation>Tirée du rapport sur le travail social, section %1</translation>
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
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>An hour ago</source>
        <translation>Il y a une heure</translation>
    </message>
    <message>
        <source>Pseudonym, e.g. Mrs R.</source>
        <translation>Pseudonyme, p. ex. Mme R.</translation>
    </message>
    <message>
        <source>This morning, %1</source>
        <translation>Ce matin, %1</translation>
    </message>
    <message>
        <source>Another date and time…</source>
        <translation>Autre date et heure…</translation>
    </message>
    <message>
        <source>Yesterday evening, %1</source>
        <translation>Hier soir, %1</translation>
    </message>
    <message>
        <source>Date and time of the contact</source>
        <translation>Date et heure du contact</translation>
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
        <translation>Privé (non partagé avec l&apos;équipe)</translation>
    </message>
    <message>
        <source>Out of frame (beyond the mandate or the rules)</source>
        <translation>Hors cadre (au-delà du mandat ou des règles)</translation>
    </message>
    <message>
        <source>One line: what it was about</source>
        <translation>En une ligne: de quoi il s&apos;agissait</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet:</translation>
    </message>
    <message>
        <source>Give at least a pseudonym or a subject.</source>
        <translation>Indiquez au moins un pseudonyme ou un objet.</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>Qua&amp;nd:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée:</translation>
    </message>
    <message>
        <source>Pseudonyms only: never a real name.</source>
        <translation>Uniquement des pseudonymes: jamais de vrai nom.</translation>
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
        <translation>L&apos;&amp;ajouter à un dilemme que je suis déjà:</translation>
    </message>
    <message>
        <source>Dilemmas I follow</source>
        <translation>Les dilemmes que je suis</translation>
    </message>
    <message>
        <source>&amp;Open a new dilemma:</source>
        <translation>&amp;Ouvrir un nouveau dilemme:</translation>
    </message>
    <message>
        <source>Title of the new dilemma</source>
        <translation>Titre du nouveau dilemme</translation>
    </message>
    <message>
        <source>In a few words, e.g. “Lending money to A.”</source>
        <translation>En quelques mots, p. ex. «&#xa0;Prêter de l&apos;argent à A.&#xa0;»</translation>
    </message>
    <message>
        <source>Kinds of question</source>
        <translation>Types de questions</translation>
    </message>
    <message>
        <source>Which kinds of question does it raise?</source>
        <translation>Quels types de questions soulève-t-il?</translation>
    </message>
    <message>
        <source>Choose the dilemma to add it to.</source>
        <translation>Choisissez le dilemme auquel l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Give the new dilemma a title.</source>
        <translation>Donnez un titre au nouveau dilemme.</translation>
    </message>
    <message>
        <source>Tick at least one kind of question it raises.</source>
        <translation>Cochez au moins un type de question qu&apos;il soulève.</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Choisir une nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Type the recovery code you wrote down when you created the journal, then choose a new passphrase. Your entries stay as they are.</source>
        <translation>Tapez le code de secours que vous avez noté à la création du journal, puis choisissez une nouvelle phrase de passe. Vos notes restent telles quelles.</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Code de secours</translation>
    </message>
    <message>
        <source>&amp;Recovery code:</source>
        <translation>&amp;Code de secours:</translation>
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
        <translation>Ce code ouvre votre journal si vous oubliez votre phrase de passe. Il ne s&apos;affiche que cette fois-ci. Notez-le sur papier et gardez-le en lieu sûr, loin de cet ordinateur.</translation>
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
        <translation>Enregistrer en &amp;PDF pour l&apos;imprimer…</translation>
    </message>
    <message>
        <source>I have &amp;written it down somewhere safe</source>
        <translation>Je l&apos;ai &amp;noté et rangé en lieu sûr</translation>
    </message>
    <message>
        <source>&amp;Continue to my journal</source>
        <translation>&amp;Continuer vers mon journal</translation>
    </message>
    <message>
        <source>Recovery code: %1</source>
        <translation>Code de secours: %1</translation>
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
        <source>Carnet recovery code</source>
        <translation>Code de secours Carnet</translation>
    </message>
    <message>
        <source>Carnet: recovery code</source>
        <translation>Carnet: code de secours</translation>
    </message>
    <message>
        <source>This code opens your journal if you forget your passphrase. Keep this sheet somewhere safe, away from the computer. Anyone with this code and the journal file can read your journal.</source>
        <translation>Ce code ouvre votre journal si vous oubliez votre phrase de passe. Gardez cette feuille en lieu sûr, loin de l&apos;ordinateur. Toute personne qui a ce code et le fichier du journal peut lire votre journal.</translation>
    </message>
    <message>
        <source>Saved. Print it, then delete the PDF file.</source>
        <translation>Enregistré. Imprimez-le, puis supprimez le fichier PDF.</translation>
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
        <translation>Carnet utilise vos horaires de travail pour repérer les contacts qui ont eu lieu en dehors. Indiquez les heures de chaque jour sous forme de plages, comme 08:30-12:30, 13:30-17:00; laissez vide un jour où vous ne travaillez pas.</translation>
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
        <translation>Jours fériés; décochez ceux où vous travaillez</translation>
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
        <translation>Ces horaires s&apos;appliquent à</translation>
    </message>
    <message>
        <source>All my entries, earlier ones too</source>
        <translation>Toutes mes notes, y compris les plus anciennes</translation>
    </message>
    <message>
        <source>Entries from this date on:</source>
        <translation>Les notes à partir de cette date:</translation>
    </message>
    <message>
        <source>Date from which these hours apply</source>
        <translation>Date à partir de laquelle ces horaires s&apos;appliquent</translation>
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
        <translation>%1: indiquez les heures sous forme de plages, comme 08:30-12:30, 13:30-17:00.</translation>
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
        <source>&amp;Language:</source>
        <translation>&amp;Langue:</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Verrouiller après:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème:</translation>
    </message>
    <message>
        <source>A new language is used from the next start of Carnet.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Carnet.</translation>
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
        <translation>&amp;Phrase de passe oubliée?</translation>
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
        <source>Journal: %1</source>
        <translation>Journal: %1</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
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
        <translation>Carnet est un journal privé pour votre pratique: les contacts que vous notez, les situations qui vous restent en tête, les questions que vous voulez approfondir ou apporter en supervision.</translation>
    </message>
    <message>
        <source>Everything stays on this computer, encrypted with a passphrase that only you know. Nobody else can read it: not a colleague, not your employer&apos;s IT, not Carnet&apos;s makers.</source>
        <translation>Tout reste sur cet ordinateur, chiffré avec une phrase de passe connue de vous seulement. Personne d&apos;autre ne peut le lire: ni vos collègues, ni le service informatique de votre employeur, ni les auteurs de Carnet.</translation>
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
        <translation>&amp;Explorer un journal d&apos;exemple</translation>
    </message>
    <message>
        <source>A few months of fictional practice, to see how Carnet works</source>
        <translation>Quelques mois de pratique fictive, pour voir comment fonctionne Carnet</translation>
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
        <source>Example journal: everything in it is fictional. Its passphrase is “exemple-carnet-demo”. Create your own journal to start writing for real.</source>
        <translation>Journal d&apos;exemple: tout son contenu est fictif. Sa phrase de passe est «&#xa0;exemple-carnet-demo&#xa0;». Créez votre propre journal pour commencer à écrire pour de vrai.</translation>
    </message>
</context>
</TS>

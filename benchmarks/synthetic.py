"""Synthetic journals shaped like ten years of a social worker's real use, for benchmarks.

About 70 % quick contacts of 10-40 words and 30 % reflections of 150-400 words, written in
French with accents (and a little Dutch, as in Brussels), ~300 pseudonymised persons who come
and go over the years, ~40 tags, dates spread over ten years in Europe/Brussels local time,
about 5 % off-hours, 3 % out-of-frame, emotional weights, private and for-supervision flags.

Everything is derived from a seed: the same seed and count give the same journal, byte for
byte apart from the encryption (random salts and nonces) and the persons' ``created_at``.

Entries are written in bulk (SQLAlchemy Core ``executemany`` through one session, into the
same ORM tables, with the same denormalised search columns; the FTS5 triggers fill the index)
instead of one ``EntryStore.add`` per entry, which would take minutes at 50,000 entries.
``python benchmarks/synthetic.py --check`` builds the same small journal both ways and proves
they hold the same entries, persons, tags, association rows and search results.

``--features`` (``build(..., features=True)``) adds, through the app's own stores, what a
worker adds around the entries: schedules, limits, dilemmas with their status history,
check-ins, a supervision agenda and prompts (``add_features``). Without it, the journal is
the entries alone, as before.

Usage::

    python benchmarks/synthetic.py OUT.carnet --count 10000 [--seed 2024] [--years 10] [--features]
    python benchmarks/synthetic.py --check [--count 600]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
import uuid as uuid_module
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import insert, select, update

from journal_app.core import crypto
from journal_app.core.crypto import KdfParams
from journal_app.core.entries import EntryFields
from journal_app.core.journal import Journal
from journal_app.core.models import Entry, Person, Tag, entry_persons, entry_tags

CHEAP_KDF = KdfParams(memory_kib=64, iterations=1)  # building only: never what people get
# The same allowance as the test suite (tests/conftest.py): benchmark processes may open the
# journals they built with CHEAP_KDF, which a header from anywhere else may not ask for.
crypto.ACCEPTED_KDF = crypto.KdfPolicy().allowing(CHEAP_KDF)
PASSPHRASE = "benchmark passphrase"
DEFAULT_SEED = 2024
LOCAL = ZoneInfo("Europe/Brussels")
END_DAY = date(2025, 6, 27)  # a fixed end, so a seed always gives the same dates
YEARS = 10

# ----------------------------------------------------------------------------- vocabulary

PERSON_COUNT = 300
TAGS = (
    "logement", "école", "santé", "CPAS", "réseau", "famille", "violence", "urgence",
    "administratif", "emploi", "justice", "santé mentale", "assuétudes", "migration", "dettes",
    "supervision", "équipe", "formation", "éthique", "limites", "fatigue", "jeunesse", "handicap",
    "énergie", "aide alimentaire", "médiation", "visite à domicile", "permanence", "partenariat",
    "scolarité", "parentalité", "isolement", "hébergement", "placement", "soins", "aide juridique",
    "OCMW", "jeugdhulp", "premier contact", "clôture",
)

NOUNS = (
    "réseau", "école", "logement", "CPAS", "médiation", "inquiétude", "famille", "mère", "père",
    "enfant", "enfants", "adolescent", "adolescente", "éducateur", "éducatrice", "assistante sociale",
    "juge", "tribunal", "SAJ", "SPJ", "placement", "hébergement", "foyer", "maison d'accueil",
    "centre", "rendez-vous", "entretien", "visite", "domicile", "quartier", "santé", "médecin",
    "hôpital", "psychologue", "psychiatre", "thérapie", "assuétude", "alcool", "dette", "dettes",
    "loyer", "propriétaire", "expulsion", "huissier", "allocation", "chômage", "revenu d'intégration",
    "mutuelle", "titre de séjour", "demande d'asile", "avocat", "scolarité", "décrochage",
    "absentéisme", "centre PMS", "directrice", "professeur", "institutrice", "classe", "devoirs",
    "cantine", "crèche", "garde", "grand-mère", "fratrie", "sœur", "frère", "conflit", "violence",
    "harcèlement", "sécurité", "protection", "maltraitance", "négligence", "signalement", "équipe",
    "réunion", "supervision", "intervision", "collègue", "coordination", "partenaires", "concertation",
    "synthèse", "rapport", "dossier", "mandat", "cadre", "secret professionnel", "confidentialité",
    "confiance", "lien", "accompagnement", "suivi", "projet", "objectif", "démarche", "démarches",
    "formulaire", "courrier", "téléphone", "message", "appel", "permanence", "accueil", "bénévole",
    "épicerie sociale", "colis alimentaire", "repas", "vêtements", "énergie", "électricité",
    "facture", "compteur à budget", "transport", "abonnement", "emploi", "formation", "stage", "CV",
    "contrat", "article 60", "handicap", "reconnaissance", "pension", "isolement", "solitude",
    "fatigue", "épuisement", "colère", "tristesse", "peur", "angoisse", "honte", "culpabilité",
    "espoir", "soulagement", "progrès", "rechute", "crise", "urgence", "nuit", "soirée", "week-end",
    "frontière", "limite", "éthique", "déontologie", "responsabilité", "autonomie", "dignité",
    "précarité", "pauvreté", "exclusion", "intégration", "inclusion", "participation", "écoute",
    "empathie", "distance", "proximité", "émotion", "épreuve", "deuil", "séparation", "divorce",
    "garde alternée", "pension alimentaire", "médiateur de dettes", "règlement collectif",
    "bail", "caution", "garantie locative", "humidité", "moisissures", "chauffage", "insalubrité",
    "surpeuplement", "déménagement", "rénovation", "agence immobilière sociale", "liste d'attente",
)

ADJECTIVES = (
    "difficile", "compliqué", "fragile", "tendu", "calme", "agressif", "angoissé", "fatigué",
    "épuisé", "motivé", "démotivé", "présent", "absent", "ponctuel", "positif", "préoccupant",
    "rassurant", "urgent", "précaire", "insalubre", "humide", "surpeuplé", "isolé", "inquiétant",
    "encourageant", "lent", "rapide", "administratif", "médical", "scolaire", "judiciaire",
    "familial", "financier", "psychologique", "émotionnel", "professionnel", "personnel",
    "épineux", "délicat", "ambigu", "légitime", "bienveillant", "méfiant", "fermé", "ouvert",
    "soulagé", "déçu", "touché", "bouleversé", "ému", "serein", "débordé", "démuni", "impuissant",
)

PARTICIPLES = (
    "expliqué", "évoqué", "demandé", "reçu", "rappelé", "refusé", "accepté", "présenté", "abordé",
    "noté", "constaté", "observé", "remarqué", "proposé", "orienté", "accompagné", "contacté",
    "relancé", "prévenu", "signalé", "discuté", "négocié", "préparé", "vérifié", "rempli", "envoyé",
    "obtenu", "payé", "cherché", "trouvé", "perdu", "quitté", "déménagé", "réorienté", "clôturé",
    "écouté", "rassuré", "recadré", "encouragé", "soutenu", "félicité", "interpellé", "sollicité",
)

PLACES = (
    "bureau", "CPAS d'Anderlecht", "CPAS de Schaerbeek", "OCMW Molenbeek", "école Sainte-Marie",
    "école communale n°3", "athénée", "centre PMS", "maison médicale", "hôpital Saint-Pierre",
    "commissariat", "tribunal de la famille", "SAJ", "SPJ", "AMO", "maison de quartier",
    "parc", "gare du Midi", "café du coin", "domicile", "foyer d'accueil", "centre de jour",
    "agence immobilière sociale", "épicerie sociale", "mutuelle", "syndicat", "Actiris", "VDAB",
)

DUTCH = (
    "Afspraak met {P} bij het OCMW, de tolk was er niet.",
    "Het gezin staat nog altijd op de wachtlijst voor sociale huisvesting.",
    "Overleg met jeugdhulp: begeleiding wordt verlengd tot {D}.",
    "Vrederechter heeft de zitting verplaatst naar {D}.",
    "Schuldbemiddeling loopt, {P} is opgelucht maar moe.",
    "Telefoon van de school: {P} was weer afwezig.",
)

# Fragments of a worker's notes. {P} person, {N} noun, {A} adjective, {V} past participle,
# {L} place, {H} hour, {E} amount, {D} date, {J} weekday.
FRAGMENTS = (
    "Rendez-vous avec {P} au {L} à {H}.",
    "{P} m'a parlé du {N} et de son inquiétude pour les enfants.",
    "Appel de {P} au sujet du {N}, situation {A}.",
    "Visite à domicile chez {P} : logement {A}, humidité dans la chambre des enfants.",
    "La facture d'électricité s'élève à {E}, le CPAS ne répond pas.",
    "Contact avec l'école : l'institutrice signale des absences répétées.",
    "J'ai {V} la demande au CPAS, réponse attendue le {D}.",
    "Le propriétaire menace d'expulsion, l'huissier est passé {J}.",
    "{P} est arrivé en retard, {A} mais présent.",
    "Réunion de réseau avec le centre PMS, la médiation scolaire et la maison médicale.",
    "On a {V} ensemble le formulaire de la mutuelle.",
    "Elle dit ne plus dormir depuis la lettre du tribunal.",
    "Je me sens {A} après cet entretien.",
    "Message reçu le {J} soir sur mon téléphone personnel.",
    "Le juge de la jeunesse a prolongé le placement jusqu'au {D}.",
    "{P} souhaite reprendre une formation, piste Actiris ou article 60.",
    "Colis alimentaire {V} à l'épicerie sociale.",
    "Le {N} reste le point le plus {A} du suivi.",
    "Inquiétude quant à la sécurité des enfants : à discuter en équipe.",
    "J'ai {V} {P} vers le service de médiation de dettes.",
    "Garantie locative bloquée, le bail commence le {D}.",
    "La grand-mère assure la garde le mercredi après-midi.",
    "Premier contact avec {P}, orienté par le {L}.",
    "Le dossier est {V}, manque encore l'attestation de la mutuelle.",
    "Elle pleure beaucoup, parle de honte et de fatigue.",
    "Il refuse l'aide proposée, méfiant envers les institutions.",
    "Difficile de tenir le cadre quand la détresse est aussi {A}.",
    "À reprendre en supervision : où s'arrête mon mandat ?",
    "Le frère aîné fait l'interprète, ce n'est pas son rôle.",
    "Coordination avec l'éducatrice du foyer, très {A}.",
    "Le décrochage scolaire s'installe depuis {J}.",
    "Loyer de {E} pour un deux-pièces {A}, quatre enfants.",
    "Rappel du secret professionnel à la réunion de {H}.",
    "{P} a trouvé un logement via l'agence immobilière sociale, grand soulagement.",
    "Rechute : {P} a recommencé à boire, rendez-vous {V} à la maison médicale.",
    "Signalement au SAJ discuté avec ma responsable.",
    "Accompagnement au {L} pour la demande de titre de séjour.",
    "Les enfants étaient {A}, la maman débordée.",
    "Compteur à budget rechargé pour {E}, il reste trois jours.",
    "L'avocat pro deo n'a toujours pas {V} le dossier.",
    "Conflit entre {P} et {P} autour de la garde alternée.",
    "Je n'ai pas su dire non ; je le note pour en parler.",
    "Le centre PMS propose un bilan, les parents hésitent.",
    "Isolement très marqué depuis le décès du conjoint.",
    "Médiation réussie avec le voisin, le climat s'apaise.",
    "Pas de nouvelles de {P} depuis {J}, inquiétude.",
    "Démarches {A} : trois guichets, trois réponses différentes.",
    "Le réseau a bien fonctionné cette fois, merci à la collègue du {L}.",
)

REFLECTION_FRAGMENTS = (
    "Ce qui me reste de cette journée, c'est la sensation d'avoir été {A}.",
    "Je me demande si j'ai respecté la distance professionnelle avec {P}.",
    "En écrivant, je réalise que ma colère vient surtout de l'impuissance face au {N}.",
    "La question éthique : informer l'école sans trahir la confiance de {P}.",
    "J'ai dépassé mon horaire, encore une fois, et je ne l'ai dit à personne.",
    "Ma responsable m'a rappelé que je ne peux pas tout porter seule.",
    "Le cadre institutionnel protège, mais il laisse aussi des familles sans réponse.",
    "Je remarque que je réponds aux messages le soir : c'est une limite à poser.",
    "Ce qui a aidé : l'écoute, le temps pris, ne pas chercher de solution tout de suite.",
    "Ce qui n'a pas aidé : ma précipitation et le jargon administratif.",
    "Je voudrais en parler en intervision, sans nommer personne.",
    "Mon inquiétude pour les enfants est-elle fondée ou est-ce ma propre histoire ?",
    "Le lien de confiance s'est construit lentement, il faut le préserver.",
    "Je me sens {A}, et c'est normal après une semaine pareille.",
    "Hypothèse : {P} teste le cadre pour voir si je vais rester.",
    "Il faudrait une concertation avec tout le réseau avant la fin du mois.",
    "J'ai accepté de donner mon numéro personnel ; c'était hors cadre.",
    "La précarité du logement pèse sur tout le reste : santé, école, liens.",
    "Je dois distinguer ce qui relève de mon mandat et ce qui relève du {N}.",
    "Petit progrès : {P} a fait seul(e) la démarche au CPAS.",
    "Le sentiment d'épuisement revient ; penser à prendre mes congés.",
    "Je note pour la supervision : la peur de mal faire me paralyse parfois.",
)

# Free sentences: subject + what happened + about what + a circumstance, so that content
# words vary as in real notes instead of repeating a few fixed fragments.
SUBJECTS = (
    "{P}", "Elle", "Il", "La maman", "Le papa", "La famille", "Le jeune", "L'assistante sociale du CPAS",
    "Ma collègue", "L'éducatrice", "Le médecin traitant", "La directrice de l'école", "Le juge",
    "Le propriétaire", "L'avocat", "Le réseau", "L'équipe", "On",
)
ACTIONS = (
    "a {V} la question du", "revient sur le", "s'inquiète pour le", "n'a pas compris le",
    "demande de l'aide pour le", "refuse de parler du", "a enfin {V} le", "attend toujours le",
    "voudrait avancer sur le", "m'a interpellée à propos du", "a oublié le rendez-vous pour le",
    "a {V} un courrier concernant le", "hésite à propos du", "se sent {A} face au",
    "a besoin d'un soutien pour le", "minimise le", "a peur du", "parle beaucoup du",
    "a {V} avec moi le", "n'ose pas évoquer le", "a pris en main le", "se plaint du",
)
CIRCUMSTANCES = (
    "", "", "", "depuis {J}", "avant le {D}", "malgré la fatigue", "avec l'aide de {P}",
    "lors de la permanence", "au téléphone", "pendant la visite", "à la sortie de l'école",
    "en présence des enfants", "sans l'interprète", "pour la troisième fois", "ce {J} matin",
    "à {H}", "comme convenu", "contre l'avis de l'équipe", "en attendant la réponse du CPAS",
)

HEADINGS = (
    "## Ce qui s'est passé", "## Ce que j'ai ressenti", "## Ce que j'en comprends",
    "## Pour la supervision", "## Questions", "## Pistes", "## Prochaines étapes",
)

WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
CONTACT_CHANNELS = ("office", "home_visit", "street", "work_phone", "messaging", "email", "other")
CHANNEL_WEIGHTS = (30, 18, 8, 25, 10, 7, 2)
CHANNEL_TITLES = {
    "office": "Entretien au bureau", "home_visit": "Visite à domicile", "street": "Rencontre en rue",
    "work_phone": "Appel", "personal_phone": "Appel sur mon téléphone", "messaging": "Messages",
    "email": "Courriel", "other": "Contact",
}
REFLECTION_TITLES = (
    "Réflexion : {N}", "Après la réunion de réseau", "Pour la supervision", "Fin de semaine",
    "Question éthique : {N}", "Retour sur la visite chez {P}", "Ce qui me pèse", "Bilan du mois",
    "Limites et cadre", "Journée {A}",
)


# ----------------------------------------------------------------------------- generation


@dataclass(frozen=True)
class SyntheticEntry:
    fields: EntryFields
    uuid: str
    created_at: datetime
    updated_at: datetime


def make_persons(rng: random.Random, count: int = PERSON_COUNT) -> list[str]:
    letters = "ABCDEFGHJKLMNPRSTVWZ"
    patterns = ("Mme {a}.", "M. {a}.", "Famille {a}.", "Mme {a}.{b}.", "M. {a}.{b}.", "Jeune {n}",
                "Enfant {n}", "Maman de {a}.", "Papa de {a}.", "Grand-mère {a}.", "Mevr. {a}.", "Dhr. {a}.",
                "Élève {n}", "Mlle {a}.")
    names = ["Mme R.", "Jeune 17", "Famille D."]  # named in the benchmark's searches
    seen = {name.casefold() for name in names}
    while len(names) < count:
        name = rng.choice(patterns).format(a=rng.choice(letters), b=rng.choice(letters), n=rng.randint(1, 99))
        if name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


_ELISION_LE = re.compile(r"\ble ([aeiouyéèêhAEIOUÉ])")
_ELISION_DU = re.compile(r"\bdu ([aeiouyéèêhAEIOUÉ])")


class _TextMaker:
    def __init__(self, rng: random.Random, persons: list[str]) -> None:
        self.rng = rng
        self.persons = persons

    def _fill(self, fragment: str, people: list[str]) -> str:
        rng = self.rng

        def person() -> str:
            return rng.choice(people) if people and rng.random() < 0.8 else rng.choice(self.persons)

        out = fragment
        while "{P}" in out:
            out = out.replace("{P}", person(), 1)
        while "{N}" in out:
            out = out.replace("{N}", rng.choice(NOUNS), 1)
        while "{A}" in out:
            out = out.replace("{A}", rng.choice(ADJECTIVES), 1)
        while "{V}" in out:
            out = out.replace("{V}", rng.choice(PARTICIPLES), 1)
        out = out.replace("{L}", rng.choice(PLACES))
        out = out.replace("{H}", f"{rng.randint(8, 18)}h{rng.choice(('', '15', '30', '45'))}")
        out = out.replace("{E}", f"{rng.randint(15, 1400)},{rng.randint(0, 99):02d} €")
        out = out.replace("{D}", f"{rng.randint(1, 28)}/{rng.randint(1, 12):02d}")
        out = out.replace("{J}", rng.choice(WEEKDAYS))
        return out

    def sentence(self, people: list[str], reflective: bool = False) -> str:
        rng = self.rng
        roll = rng.random()
        if roll < 0.03:
            return self._fill(rng.choice(DUTCH), people)
        if roll < 0.55:
            subject = self._fill(rng.choice(SUBJECTS), people)
            action = self._fill(rng.choice(ACTIONS), people)
            noun = rng.choice(NOUNS)
            circumstance = self._fill(rng.choice(CIRCUMSTANCES), people)
            extra = f", {rng.choice(ADJECTIVES)}" if rng.random() < 0.3 else ""
            text = f"{subject} {action} {noun}{extra}" + (f" {circumstance}" if circumstance else "")
            return _ELISION_DU.sub(r"de l'\1", _ELISION_LE.sub(r"l'\1", text)) + "."
        if reflective and roll < 0.8:
            return self._fill(rng.choice(REFLECTION_FRAGMENTS), people)
        return self._fill(rng.choice(FRAGMENTS), people)

    def contact_body(self, people: list[str]) -> str:
        target = self.rng.randint(10, 36)
        words: list[str] = []
        while len(words) < target:
            words.extend(self.sentence(people).split())
        if len(words) > 40:
            words = words[:40]
            words[-1] = words[-1].rstrip(".,;:") + "…"
        return " ".join(words)

    def reflection_body(self, people: list[str]) -> str:
        rng = self.rng
        target = rng.randint(150, 370)
        paragraphs: list[str] = []
        count = 0
        while count < target:
            if rng.random() < 0.35 and count < 380:
                paragraphs.append(rng.choice(HEADINGS))
                count += len(paragraphs[-1].split())
            if rng.random() < 0.15:
                items = [f"- {self.sentence(people, True)}" for _ in range(rng.randint(2, 4))]
                paragraph = "\n".join(items)
            else:
                paragraph = " ".join(self.sentence(people, True) for _ in range(rng.randint(2, 5)))
            size = len(paragraph.split())
            if count >= 150 and count + size > 400:
                break
            paragraphs.append(paragraph)
            count += size
        if paragraphs[-1].startswith("## "):  # never end on a heading
            paragraphs.pop()
        return "\n\n".join(paragraphs)


def _uuid(rng: random.Random) -> str:
    return uuid_module.UUID(int=rng.getrandbits(128), version=4).hex


def _timestamps(rng: random.Random, count: int, years: int = YEARS) -> list[tuple[datetime, bool]]:
    """(local aware datetime, off_hours) for ``count`` entries over ``years`` years, oldest first."""
    first = END_DAY.replace(year=END_DAY.year - years)
    days = (END_DAY - first).days
    workdays = [first + timedelta(days=i) for i in range(days) if (first + timedelta(days=i)).weekday() < 5]
    everydays = [first + timedelta(days=i) for i in range(days)]
    result = []
    for _ in range(count):
        off_hours = rng.random() < 0.05
        if off_hours:
            day = rng.choice(everydays)
            if day.weekday() >= 5 and rng.random() < 0.5:
                hour = rng.randint(9, 21)
            else:
                hour = rng.choice((6, 7, 19, 20, 21, 22, 23))
        else:
            day = rng.choice(workdays)
            hour = rng.randint(8, 17)
        local = datetime(day.year, day.month, day.day, hour, rng.randint(0, 59), rng.randint(0, 59), tzinfo=LOCAL)
        result.append((local, off_hours))
    result.sort(key=lambda item: item[0])
    return result


def _caseload(rng: random.Random, persons: list[str], years: int = YEARS) -> dict[int, list[str]]:
    """Who is followed each month: people come, stay months or years, and leave."""
    months = years * 12 + 1
    active: dict[int, list[str]] = {m: [] for m in range(months)}
    for name in persons:
        start = rng.randint(-6, months - 1)
        length = int(rng.expovariate(1 / 14)) + 2
        for month in range(max(start, 0), min(start + length, months)):
            active[month].append(name)
    for month in range(months):  # never an empty caseload
        if len(active[month]) < 8:
            active[month].extend(rng.sample(persons, 8))
    return active


_ZIPF_CUMULATIVE: dict[int, list[float]] = {}


def _pick_weighted(rng: random.Random, items: list[str], k: int) -> list[str]:
    """k distinct items, Zipf-weighted: the first ones more often (some people and themes
    take much more of the time than others)."""
    if len(items) not in _ZIPF_CUMULATIVE:
        total, cumulative = 0.0, []
        for rank in range(1, len(items) + 1):
            total += rank ** -0.9
            cumulative.append(total)
        _ZIPF_CUMULATIVE[len(items)] = cumulative
    chosen: list[str] = []
    while len(chosen) < min(k, len(items)):
        item = rng.choices(items, cum_weights=_ZIPF_CUMULATIVE[len(items)])[0]
        if item not in chosen:
            chosen.append(item)
    return chosen


def generate(count: int, seed: int = DEFAULT_SEED, years: int = YEARS) -> Iterator[SyntheticEntry]:
    """The entries of a synthetic journal, oldest first, over the ``years`` years up to END_DAY."""
    rng = random.Random(seed)
    persons = make_persons(rng)
    caseload = _caseload(rng, persons, years)
    text = _TextMaker(rng, persons)
    first_month = (END_DAY.year - years) * 12 + END_DAY.month - 1
    tags = list(TAGS)
    rng.shuffle(tags)  # which themes dominate depends on the seed
    end = datetime(END_DAY.year, END_DAY.month, END_DAY.day, 23, 0, tzinfo=UTC)
    for local, off_hours in _timestamps(rng, count, years):
        month = local.year * 12 + local.month - 1 - first_month
        active = caseload[min(max(month, 0), years * 12)]
        reflection = rng.random() < 0.30
        out_of_frame = rng.random() < (0.25 if off_hours else 0.02)
        if reflection:
            people = _pick_weighted(rng, active, rng.choice((0, 0, 1, 1, 1, 2, 3)))
            title = text._fill(rng.choice(REFLECTION_TITLES), people)
            body = text.reflection_body(people)
            channel = None
            duration = None
            weight: int | None = rng.randint(2, 9)
            entry_tags = _pick_weighted(rng, tags, rng.choice((1, 2, 2, 3)))
        else:
            people = _pick_weighted(rng, active, rng.choice((1, 1, 1, 1, 1, 1, 2, 2, 0)))
            channel = rng.choices(CONTACT_CHANNELS, CHANNEL_WEIGHTS)[0]
            if out_of_frame and rng.random() < 0.6:
                channel = rng.choice(("personal_phone", "messaging"))
            title = CHANNEL_TITLES[channel] + (f" – {people[0]}" if people else "")
            body = text.contact_body(people)
            duration = rng.choice((5, 10, 15, 20, 30, 45, 60, 90))
            weight = rng.randint(0, 7) if rng.random() < 0.5 else None
            entry_tags = _pick_weighted(rng, tags, rng.choice((0, 1, 1, 2)))
        private = rng.random() < 0.08
        supervision = rng.random() < (0.3 if out_of_frame else 0.03)
        written = local.astimezone(UTC) + timedelta(minutes=rng.randint(2, 240))
        created = min(written, end)
        updated = created + timedelta(days=rng.randint(0, 20)) if rng.random() < 0.1 else created
        yield SyntheticEntry(
            fields=EntryFields(
                title=title, body=body, occurred_at=local, kind="reflection" if reflection else "contact",
                duration_minutes=duration, channel=channel, persons=tuple(people), tags=tuple(entry_tags),
                off_hours=off_hours, out_of_frame=out_of_frame, private=private, emotional_weight=weight,
                for_supervision=supervision,
            ),
            uuid=_uuid(rng),
            created_at=created,
            updated_at=min(updated, end),
        )


# ----------------------------------------------------------------------------- writing


def add_slowly(journal: Journal, entries: Iterable[SyntheticEntry]) -> int:
    """The reference path: one ``EntryStore.add`` per entry, as the app would do."""
    count = 0
    for item in entries:
        journal.entries.add(item.fields, uuid=item.uuid, created_at=item.created_at, updated_at=item.updated_at)
        count += 1
    return count


def add_in_bulk(journal: Journal, entries: Iterable[SyntheticEntry], chunk: int = 5000) -> int:
    """The fast path: the rows ``EntryStore.add`` would write, with executemany, in one session.

    Persons and tags get ids in order of first use, entries in order given, exactly as
    successive ``EntryStore.add`` calls assign them. ``search_persons``/``search_tags`` are
    the cleaned names joined by spaces, in the order given (what ``EntryStore._apply`` stores).
    """
    entry_table, person_table, tag_table = Entry.__table__, Person.__table__, Tag.__table__
    count = 0
    with journal.database.session() as session:
        person_ids = {name.casefold(): pid for pid, name in session.execute(select(Person.id, Person.pseudonym))}
        tag_ids = {name.casefold(): tid for tid, name in session.execute(select(Tag.id, Tag.name))}
        next_person = max(person_ids.values(), default=0) + 1
        next_tag = max(tag_ids.values(), default=0) + 1
        next_entry = (session.scalar(select(Entry.id).order_by(Entry.id.desc()).limit(1)) or 0) + 1

        def flush(batch: list[SyntheticEntry]) -> None:
            nonlocal next_person, next_tag, next_entry
            new_persons, new_tags, rows, person_links, tag_links = [], [], [], [], []
            for item in batch:
                values = item.fields.validated()  # the same checks and cleaning as EntryStore
                for name in values.persons:
                    if name.casefold() not in person_ids:
                        person_ids[name.casefold()] = next_person
                        new_persons.append({"id": next_person, "uuid": uuid_module.uuid4().hex, "pseudonym": name,
                                            "note": "", "created_at": item.created_at})
                        next_person += 1
                    person_links.append({"entry_id": next_entry, "person_id": person_ids[name.casefold()]})
                for name in values.tags:
                    if name.casefold() not in tag_ids:
                        tag_ids[name.casefold()] = next_tag
                        new_tags.append({"id": next_tag, "name": name})
                        next_tag += 1
                    tag_links.append({"entry_id": next_entry, "tag_id": tag_ids[name.casefold()]})
                occurred = values.occurred_at
                assert occurred is not None
                offset = occurred.utcoffset() or timedelta(0)
                rows.append({
                    "id": next_entry, "uuid": item.uuid, "kind": values.kind, "title": values.title,
                    "body": values.body, "occurred_at": occurred,
                    "utc_offset_minutes": int(offset.total_seconds() // 60),
                    "duration_minutes": values.duration_minutes, "channel": values.channel,
                    # A flag given is a flag set by hand (EntryStore.add): a schedule never recomputes it.
                    "off_hours": values.off_hours, "off_hours_by_hand": values.off_hours is not None,
                    "out_of_frame": values.out_of_frame, "private": values.private,
                    "emotional_weight": values.emotional_weight, "for_supervision": values.for_supervision,
                    # What models._note_when_marked_for_supervision stamps when EntryStore.add marks it.
                    "for_supervision_since": item.updated_at if values.for_supervision else None,
                    "created_at": item.created_at, "updated_at": item.updated_at,
                    "search_tags": " ".join(values.tags), "search_persons": " ".join(values.persons),
                })
                next_entry += 1
            if new_persons:
                session.execute(insert(person_table), new_persons)
            if new_tags:
                session.execute(insert(tag_table), new_tags)
            session.execute(insert(entry_table), rows)  # the FTS5 insert trigger indexes each row
            if person_links:
                session.execute(insert(entry_persons), person_links)
            if tag_links:
                session.execute(insert(entry_tags), tag_links)

        batch: list[SyntheticEntry] = []
        for item in entries:
            batch.append(item)
            count += 1
            if len(batch) >= chunk:
                flush(batch)
                batch = []
        if batch:
            flush(batch)
    return count


# ----------------------------------------------------------------------------- the other features

# The moment a journal with features is "now": the end of the last day, a Friday afternoon.
NOW = datetime(END_DAY.year, END_DAY.month, END_DAY.day, 16, 30, tzinfo=LOCAL)
# Working hours that fit the generated entries (8:00-17:59 on working days), so that the time
# beyond the schedule comes from long contacts, late ones and holidays; four fifths (Wednesdays
# off) for the last four years.
SCHEDULE_FULL_TIME = ("mon=08:00-12:30,13:00-18:00;tue=08:00-12:30,13:00-18:00;wed=08:00-12:30,13:00-18:00;"
                      "thu=08:00-12:30,13:00-18:00;fri=08:00-12:30,13:00-16:00;sat=off;sun=off")
SCHEDULE_FOUR_FIFTHS = SCHEDULE_FULL_TIME.replace("wed=08:00-12:30,13:00-18:00", "wed=off")
AGENDA_WEEKS = 6  # the last supervision session was this long ago: older marks were discussed then
CHECKIN_EVERY_DAYS = 14
CHECKIN_YEARS = 5
PROMPT_WEEKS = 26  # the prompt engine was asked once a week over the last six months
DILEMMA_TITLES = (
    "Jusqu'où aller pour {P} ?", "Informer l'école ou non", "Mon numéro personnel", "Signaler au SAJ ?",
    "Le {N} : mon mandat ou pas ?", "Prêter de l'argent à {P}", "Tenir le cadre avec {P}",
    "Règle ou réponse humaine : le {N}", "Entre le CPAS et l'école", "Trop de messages le soir",
)


@dataclass(frozen=True)
class FeatureCounts:
    schedules: int
    limits: int
    limit_marks: int
    dilemmas: int
    status_changes: int
    reflections: int
    checkins: int
    agenda: int
    prompts_shown: int


def add_features(journal: Journal, seed: int = DEFAULT_SEED) -> FeatureCounts:
    """What a worker adds around the entries over the years, through the app's own stores:
    two schedule versions, limits (one changed later, one ticked by hand), dilemmas opened
    from reflections with their status history, reflections and links, a check-in every
    two weeks for five years, a supervision agenda (marks older than the last session are
    discussed, hence cleared) and six months of prompts. Deterministic for a seed and journal."""
    from journal_app.core.checkins import CheckinStore, extra_questions, instrument
    from journal_app.core.dilemmas import (
        LIVING_WITH, SETTLED, THINKING, TO_SUPERVISION, DilemmaStore, builtin_categories,
    )
    from journal_app.core.limits import LimitStore
    from journal_app.core.prompts import PromptEngine
    from journal_app.core.schedule import ScheduleStore, parse_spec
    from journal_app.core.supervision import SupervisionStore

    database = journal.database
    rng = random.Random(seed + 1)
    raw = database.raw
    first_text, count = raw.execute("SELECT min(occurred_at), count(*) FROM entries").fetchone()
    if not count:
        raise ValueError("features need entries to hang on")
    first_day = datetime.fromisoformat(first_text).astimezone(LOCAL).date()
    end = NOW.astimezone(UTC)

    def clock() -> datetime:
        return end

    def years_after(years: float) -> date:
        return first_day + timedelta(days=int(365.25 * years))

    schedules = ScheduleStore(database)
    schedules.set(parse_spec(SCHEDULE_FULL_TIME), first_day)
    schedules.set(parse_spec(SCHEDULE_FOUR_FIFTHS), max(END_DAY.replace(year=END_DAY.year - 4), years_after(1)))

    limits = LimitStore(database, today=lambda: END_DAY)
    limits.add("no_contact_after", hour="20:00", effective_from=years_after(1))
    limits.add("no_weekend_contacts", effective_from=years_after(1))
    limits.add("personal_phone_not_given", effective_from=years_after(2))
    per_week = limits.add("max_off_hours_contacts_per_week", count=3, effective_from=years_after(1))
    limits.change(per_week.uuid, max(END_DAY.replace(year=END_DAY.year - 4), years_after(2)), count=5)
    limits.add("max_out_of_frame_per_month", count=4, effective_from=years_after(3))
    lending = limits.add("no_lending_money", effective_from=years_after(1))
    out_of_frame = [uuid for (uuid,) in raw.execute(
        "SELECT uuid FROM entries WHERE out_of_frame AND occurred_at >= ? ORDER BY id",
        (years_after(1.01).isoformat(),))]
    marked = rng.sample(out_of_frame, min(len(out_of_frame), 2 + count // 1000))
    for uuid in marked:
        limits.mark_crossed(lending.uuid, uuid, "Avancé de l'argent pour le compteur")

    # Dilemmas: opened from reflections spread over the years, each moving on at its pace.
    dilemmas = DilemmaStore(database, "fr", clock=clock)
    categories = [category.id for category in builtin_categories("fr")]
    text = _TextMaker(rng, make_persons(random.Random(seed)))
    reflections = raw.execute("SELECT uuid, occurred_at FROM entries WHERE kind = 'reflection' ORDER BY occurred_at, id"
                              ).fetchall()
    wanted = min(200, max(8, count // 250), len(reflections))
    step = len(reflections) / wanted
    for number in range(wanted):
        source, opened_text = reflections[int(number * step + rng.random() * step)]
        opened = datetime.fromisoformat(opened_text) + timedelta(minutes=rng.randint(5, 90))
        if opened >= end:
            continue
        made = dilemmas.create(text._fill(rng.choice(DILEMMA_TITLES), []),
                               rng.sample(categories, rng.choice((1, 1, 2))), source, opened_at=opened)
        links = raw.execute("SELECT uuid FROM entries WHERE occurred_at > ? AND occurred_at < ? ORDER BY id",
                            (opened_text, (opened + timedelta(days=60)).isoformat())).fetchall()
        for (uuid,) in rng.sample(links, min(len(links), rng.choice((0, 1, 1, 2, 3)))):
            dilemmas.link_entry(made.uuid, uuid)
        moment = opened
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            moment += timedelta(days=rng.randint(1, 30), hours=rng.randint(0, 8))
            if moment < end:
                dilemmas.add_reflection(made.uuid, " ".join(text.sentence([], True) for _ in range(rng.randint(2, 5))),
                                        written_at=moment)
        # The way on: thinking it through, often supervision, then settled or lived with.
        path = [THINKING]
        if rng.random() < 0.4:
            path.append(TO_SUPERVISION)
        path.append(SETTLED if rng.random() < 0.7 else LIVING_WITH)
        moment = opened
        for status in path:
            moment += timedelta(days=rng.randint(3, 90), hours=rng.randint(0, 8))
            if moment >= end:
                break
            dilemmas.set_status(made.uuid, status, at=moment)

    # A check-in every two weeks for five years; the scores drift slowly, with some noise.
    checkins = CheckinStore(database, clock=lambda: NOW)
    items = instrument("fr")
    extra = extra_questions("fr").questions
    levels = {scale.id: rng.uniform(25, 55) for scale in items.scales}
    extra_levels = {question.id: rng.uniform(1, 3) for question in extra}
    taken = NOW - timedelta(days=CHECKIN_EVERY_DAYS * (int(CHECKIN_YEARS * 365.25) // CHECKIN_EVERY_DAYS))
    checkin_count = 0
    while taken <= NOW:
        for scale in levels:
            levels[scale] = min(95.0, max(5.0, levels[scale] + rng.gauss(0, 6)))
        for question in extra_levels:
            extra_levels[question] = min(4.0, max(0.0, extra_levels[question] + rng.gauss(0, 0.4)))
        answers = {}
        for item in items.items:
            target = levels[item.scale] + rng.gauss(0, 12)
            answers[item.id] = min(items.options(item), key=lambda option: abs(option.score - target)).score
        checkins.record(answers, {q: round(v) for q, v in extra_levels.items()}, at=taken)
        checkin_count += 1
        taken += timedelta(days=CHECKIN_EVERY_DAYS)

    # The supervision agenda: marks older than the last session were discussed there.
    last_session = END_DAY - timedelta(weeks=AGENDA_WEEKS)
    supervision = SupervisionStore(database, clock=clock)
    with database.session() as session:
        session.execute(update(Entry).where(Entry.for_supervision.is_(True),
                                            Entry.for_supervision_since < datetime.combine(
                                                last_session, datetime.min.time(), LOCAL))
                        .values(for_supervision=False, for_supervision_since=None))
    supervision.record_session(last_session, "superviseure", "individual", "Les situations du trimestre.",
                               "Poser le cadre plus tôt.", follow_ups=["Revenir sur le numéro personnel",
                                                                      "Où en est la concertation de réseau ?"])
    agenda = supervision.sync_agenda()
    for item in agenda[::3]:
        supervision.set_question(item.uuid, "Comment tenir le cadre sans rompre le lien ?")

    # Six months of the question of the day, answered, dismissed or put off.
    shown = 0
    for week in range(PROMPT_WEEKS, 0, -1):
        moment = NOW - timedelta(weeks=week)
        engine = PromptEngine(database, lambda moment=moment: moment,
                              checkin_trend_rising=lambda moment=moment: checkins.rising(moment))
        prompt = engine.next_prompt("fr")
        if prompt is None:
            continue
        shown += 1
        (engine.answer, engine.dismiss, engine.snooze)[rng.randrange(3)](prompt.id)

    def rows(table: str) -> int:
        return int(raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    return FeatureCounts(schedules=rows("schedules"), limits=rows("limits"), limit_marks=rows("limit_marks"),
                         dilemmas=rows("dilemmas"), status_changes=rows("dilemma_status_changes"),
                         reflections=rows("dilemma_reflections"), checkins=rows("checkins"),
                         agenda=rows("supervision_agenda"), prompts_shown=shown)


def build(path: Path | str, count: int, seed: int = DEFAULT_SEED, *, kdf: KdfParams = CHEAP_KDF,
          passphrase: str = PASSPHRASE, slow: bool = False, features: bool = False, years: int = YEARS) -> Path:
    """Create a synthetic journal file of ``count`` entries over ``years`` years (saved and
    closed); with ``features``, also what ``add_features`` adds (schedule, limits, dilemmas,
    check-ins...)."""
    path = Path(path)
    journal, _code = Journal.create(path, passphrase, kdf=kdf)
    try:
        (add_slowly if slow else add_in_bulk)(journal, generate(count, seed, years))
        if features:
            add_features(journal, seed)
        journal.save()
    finally:
        journal.close()
    return path


# ----------------------------------------------------------------------------- checking


# Columns that differ by nature between the two paths: when a row was written (the revision
# triggers' ``revised_at``), and a person's random uuid and creation time (see the module doc).
_NOT_COMPARED = {"revised_at", "persons.uuid", "persons.created_at"}


def _dump(journal: Journal) -> dict[str, list[tuple[object, ...]]]:
    raw = journal.database.raw
    tables = {
        "entries": "id", "persons": "id", "tags": "id",
        "entry_persons": "entry_id, person_id", "entry_tags": "entry_id, tag_id",
    }
    dump = {}
    for table, order in tables.items():
        columns = [row[1] for row in raw.execute(f"PRAGMA table_info({table})")
                   if row[1] not in _NOT_COMPARED and f"{table}.{row[1]}" not in _NOT_COMPARED]
        dump[table] = raw.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order}").fetchall()
    return dump


CHECK_QUERIES = ("logement", "ecole", "rése", "CPAS médiation", "reseau ecole", "INQUIETUDE", "Mme R",
                 "wachtlijst", "supervision limites")


def check(count: int = 600, seed: int = DEFAULT_SEED, folder: Path | None = None) -> list[str]:
    """Build the same journal through EntryStore and in bulk; return the differences (none expected)."""
    import tempfile

    from journal_app.core.entries import EntryFilter

    problems: list[str] = []
    with tempfile.TemporaryDirectory(dir=folder) as tmp:
        slow = build(Path(tmp) / "slow.carnet", count, seed, slow=True)
        fast = build(Path(tmp) / "fast.carnet", count, seed)
        a, b = Journal.open(slow, PASSPHRASE, read_only=True), Journal.open(fast, PASSPHRASE, read_only=True)
        try:
            dump_a, dump_b = _dump(a), _dump(b)
            for table in dump_a:
                if dump_a[table] != dump_b[table]:
                    problems.append(f"table {table} differs ({len(dump_a[table])} vs {len(dump_b[table])} rows)")
            if a.entries.list() != b.entries.list():
                problems.append("EntryStore.list() differs")
            if a.entries.persons() != b.entries.persons() or a.entries.tags() != b.entries.tags():
                problems.append("persons or tags differ")
            for query in CHECK_QUERIES:
                for criteria in (EntryFilter(), EntryFilter(flags=frozenset({"off_hours"})), EntryFilter(tags=("logement",))):
                    ra = [r.uuid for r in a.entries.search(query, criteria)]
                    rb = [r.uuid for r in b.entries.search(query, criteria)]
                    if ra != rb:
                        problems.append(f"search {query!r} {criteria} differs")
            for person in ("Mme R.", "Jeune 17"):
                if a.entries.count(EntryFilter(persons=(person,))) != b.entries.count(EntryFilter(persons=(person,))):
                    problems.append(f"person filter {person} differs")
            problems += [f"bulk journal: {p}" for p in b.database.integrity_problems()]
            if not a.entries.count():
                problems.append("empty journal")
        finally:
            a.close()
            b.close()
    return problems


def describe(count: int, seed: int = DEFAULT_SEED) -> dict[str, float]:
    """Shape of the generated data (to check it against the brief), without writing anything."""
    items = list(generate(count, seed))
    words = [len(i.fields.body.split()) for i in items]
    contacts = [w for i, w in zip(items, words) if i.fields.kind == "contact"]
    reflections = [w for i, w in zip(items, words) if i.fields.kind == "reflection"]
    return {
        "entries": len(items),
        "contacts_share": len(contacts) / len(items),
        "contact_words_min_max": (min(contacts), max(contacts)) if contacts else (0, 0),
        "reflection_words_min_max": (min(reflections), max(reflections)) if reflections else (0, 0),
        "mean_words": sum(words) / len(words),
        "off_hours_share": sum(i.fields.off_hours for i in items) / len(items),
        "out_of_frame_share": sum(i.fields.out_of_frame for i in items) / len(items),
        "distinct_persons": len({p for i in items for p in i.fields.persons}),
        "distinct_tags": len({t for i in items for t in i.fields.tags}),
        "first": str(items[0].fields.occurred_at), "last": str(items[-1].fields.occurred_at),
    }  # type: ignore[dict-item]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, help="journal file to create")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--slow", action="store_true", help="add through EntryStore.add (reference path)")
    parser.add_argument("--years", type=int, default=YEARS, help="the span of the entries (default 10)")
    parser.add_argument("--features", action="store_true",
                        help="also a schedule, limits, dilemmas, check-ins, a supervision agenda, prompts")
    parser.add_argument("--check", action="store_true", help="prove bulk and EntryStore journals are the same")
    parser.add_argument("--describe", action="store_true", help="print the shape of the generated data")
    args = parser.parse_args(argv)
    if args.describe:
        for key, value in describe(args.count, args.seed).items():
            print(f"{key:26} {value}")
        return 0
    if args.check:
        problems = check(args.count if args.count != 1000 else 600, args.seed)
        print("\n".join(problems) if problems else "bulk and EntryStore journals are identical")
        return 1 if problems else 0
    if args.path is None:
        parser.error("give a PATH, --check or --describe")
    started = time.perf_counter()
    build(args.path, args.count, args.seed, slow=args.slow, features=args.features, years=args.years)
    print(f"{args.count} entries{' with features' if args.features else ''} written to {args.path} in "
          f"{time.perf_counter() - started:.1f} s (passphrase: {PASSPHRASE!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Pseudonymisation helper: find text that looks like a real identity.

**A help, not a guarantee.** The rules below catch the common ways a real person slips
into a note (a first name and surname, a civility and surname, a phone number, an email,
a Belgian national register number, an IBAN, a street address, and, on request, an exact
date). They run locally, on the text alone, with word lists shipped in
``resources/pseudonymise/``. They miss what they do not know: a surname written alone
("Benali a appelé"), a first name missing from the lists or written in lower case, a
nickname, a rare address format, a description precise enough to recognise someone. They
also flag some harmless text. The worker stays responsible for what leaves the journal.

Rules, in short:

- name: a capitalised first name from the lists, alone or followed by a surname
  (capitalised words, with particles: "Van den Broeck", "El Amrani", "de la Fontaine"),
  or preceded by a surname in capitals ("BENALI Fatima"); a civility followed by a
  capitalised surname of more than two letters ("Mme Dubois", "meneer De Smet",
  "Famille Peeters"). Pseudonyms of the recommended style ("Mme R.", "M. K.", "A.",
  "Jeune 17", "Famille D.") and any known pseudonym are never reported (nor, as a
  consequence, a civility with a two-letter surname: "Mme Li"). A first name alone is reported (in a small team it identifies),
  except when it is also an ordinary word ("Claire", "Rose", "Grâce", "Ben", "Elke") and
  starts a sentence without a surname after it; lower-case words are never names. A
  first name right after a street word or a capitalised institution word ("avenue
  Louise", "Institut Jules Bordet", "Sint Jan") names a place.
- phone: Belgian landlines (9 digits) and mobiles (04xx, 10 digits), written with
  spaces, dots, slashes or dashes, with +32 / 0032 / (0); other numbers starting with
  + or 00 and a country code. Service numbers (0800, 090x, 070, 077, 078), amounts,
  dates, years and case numbers ("dossier 2024/1234", "0123.456.789" company numbers)
  are not phones: a Belgian number must start with 0 and have the zone structure.
- email: anything@domain.tld.
- national_number: YY.MM.DD-XXX.CC or 11 digits in a row, only when the mod-97 check
  digits are right (with the "2" prefix for people born from 2000).
- iban: two letters, two check digits and the account (BE: 16 characters), spaces or
  not, only when the mod-97 check is right.
- address: street word + capitalised name + house number ("rue de la Loi 16",
  "chaussée de Waterloo 1024 bte 3", "16 rue Haute"), Dutch streets ("Kerkstraat 12",
  "Grote Markt 1"), and a postal code + town ("1000 Bruxelles") right after such an
  address or after a comma. A street without a number is not reported.
- date (only with ``include_dates=True``): "14/03/2026", "14.03.26", "2026-03-14",
  "14 mars 2026", "mardi 14 mars 2026", "14 maart 2026".

Overlapping findings are merged (the more specific kind wins) and returned sorted.
This module does not import Qt. A 2,000-word entry takes about 8-10 ms, so the editor can
call it debounced on the UI thread or from a worker thread (it keeps no shared state
besides read-only caches).
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib.resources import files

__all__ = [
    "KINDS",
    "Finding",
    "apply_replacements",
    "coarsen_date",
    "find_identifying",
    "iban_valid",
    "long_date",
    "national_number_valid",
    "replace_span",
    "suggest_pseudonym",
    "week_of",
]

KINDS = ("name", "phone", "email", "national_number", "address", "iban", "date")

# When findings overlap, the more specific kind names the merged finding.
_PRIORITY = {"national_number": 7, "iban": 6, "email": 5, "phone": 4, "address": 3, "date": 2, "name": 1}


@dataclass(frozen=True)
class Finding:
    """A span of text that looks identifying: ``text == source[start:end]``."""

    start: int
    end: int
    text: str
    kind: str


# --- word lists ----------------------------------------------------------------------------

_FOLD = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "’": "'", "œ": "oe", "æ": "ae"}
)


@lru_cache(maxsize=16384)
def _norm(word: str) -> str:
    """Case- and accent-insensitive key for a word or phrase."""
    folded = unicodedata.normalize("NFKD", word.casefold().translate(_FOLD))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


def forget_words() -> None:
    """Empty ``_norm``'s cache, which holds words of every text analysed (called on locking)."""
    _norm.cache_clear()


def _norm_phrase(text: str) -> str:
    return " ".join(_norm(part) for part in text.split())


@dataclass(frozen=True)
class _Lexicon:
    first_names: frozenset[str]
    ambiguous: frozenset[str]
    stop: frozenset[str]  # never a first name nor a surname
    stop_for_towns: frozenset[str]  # never a town after a postal code (places allowed)
    public_figures: frozenset[str]
    civility_words: frozenset[str]
    civility_abbreviations: frozenset[str]  # exact spelling
    particles: frozenset[str]
    capitalised_only_particles: frozenset[str]
    street_words: frozenset[str]  # after these, a capitalised first name is a street name
    place_words: frozenset[str]  # the same when capitalised: "Institut", "Saint", "Roi"
    french_types: tuple[str, ...]
    dutch_types: tuple[str, ...]
    dutch_suffixes: tuple[str, ...]
    street_suffixes: tuple[str, ...]  # Dutch suffixes that end street names, never surnames
    dutch_street_prefixes: tuple[str, ...]


def _read_toml(name: str) -> dict:
    resource = files("journal_app.resources") / "pseudonymise" / name
    return tomllib.loads(resource.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    first = _read_toml("first-names.toml")
    not_names = _read_toml("not-names.toml")
    streets = _read_toml("streets.toml")
    civil = _read_toml("civilities.toml")

    names = {_norm(n) for group in first["names"].values() for n in group}
    ambiguous = {_norm(n) for n in first["ambiguous"]["words"]}
    lists = not_names["words"]
    stop = {_norm(w) for group in lists.values() for w in group if " " not in w}
    town_stop = {_norm(w) for key, group in lists.items() if key != "places" for w in group if " " not in w}
    street_words = {_norm(w.rstrip(".")) for w in streets["french_types"] + streets["dutch_types"]}
    civility_words = {_norm(w) for w in civil["civility_words"]}
    stop |= street_words | civility_words
    town_stop |= civility_words
    return _Lexicon(
        first_names=frozenset(names | ambiguous),
        ambiguous=frozenset(ambiguous),
        stop=frozenset(stop),
        stop_for_towns=frozenset(town_stop),
        public_figures=frozenset(_norm_phrase(n) for n in not_names["public_figures"]["names"]),
        civility_words=frozenset(civility_words),
        civility_abbreviations=frozenset(w.rstrip(".") for w in civil["civility_abbreviations"]),
        particles=frozenset(_norm(w) for w in civil["particles"]),
        capitalised_only_particles=frozenset(_norm(w) for w in civil["capitalised_only_particles"]),
        street_words=frozenset(street_words),
        place_words=frozenset(_norm(w) for w in streets["place_words"]),
        french_types=tuple(streets["french_types"]),
        dutch_types=tuple(streets["dutch_types"]),
        dutch_suffixes=tuple(streets["dutch_suffixes"]),
        street_suffixes=tuple(_norm(w) for w in streets["street_only_suffixes"]),
        dutch_street_prefixes=tuple(streets["dutch_street_prefixes"]),
    )


# --- shared patterns -----------------------------------------------------------------------

_SP = r"[ \t\u00a0\u202f]"  # a space on the same line
_UPPER = r"A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĮŁŃŇŌŐŒŘŚŞŠŢŤŪŮŰŲŸŹŻŽȘȚ"
_CAPWORD = rf"[{_UPPER}][^\W\d_]*(?:['’\-][^\W\d_]+)*"
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_GAP_RE = re.compile(rf"{_SP}+")
_GAP_DOT_RE = re.compile(rf"\.?{_SP}+")
_ELISION_RE = re.compile(r"^(?:[dljnmtsc]|qu|jusqu|lorsqu|puisqu)['’](?=\w)")
_UNITS = (
    r"€|%|(?i:eur(?:os?)?|ans?|jours?|mois|semaines?|heures?|h|min(?:utes?)?|fois|x|personnes?"
    r"|enfants?|jaar|jaren|dagen|dag|weken|week|maanden|maand|uur|keer|kinderen|km|kg|m|cm|ml|mg"
    r"|pages?|blz|p|mars|maart|avril|mai|mei|juin|juni|juillet|juli|août|augustus|septembre"
    r"|september|octobre|oktober|novembre|november|décembre|december|janvier|januari|février"
    r"|februari|april)\b"
)
_HOUSENUM = (
    rf"(?:n°{_SP}*)?\d{{1,4}}(?:[A-Za-z](?![\w]))?(?:[/-]\d{{1,4}}[A-Za-z]?(?![\w]))?"
    rf"(?:{_SP}*,?{_SP}*(?i:bte|boîte|boite|bus|bt|app|appt|apt)\.?{_SP}*\d{{1,4}}[A-Za-z]?(?![\w]))?"
    rf"(?![\d])(?!{_SP}*(?:{_UNITS}))"
)


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _address_patterns() -> tuple[re.Pattern[str], ...]:
    lex = _lexicon()
    connector = (
        rf"(?:(?i:de|du|des|la|le|les|aux|au|à|et|en|sur|sous|lez|van|der|den|ter|ten|het){_SP}+"
        rf"|(?i:[dl])['’])"
    )
    namepart = rf"{connector}*(?:{_CAPWORD})"
    street_name = rf"{namepart}(?:{_SP}+{namepart}){{0,5}}"
    fr_types = _alternation(lex.french_types)
    fr_initials = "".join(sorted({ch for t in lex.french_types for ch in (t[0].lower(), t[0].upper())}))
    french = re.compile(
        rf"(?=[{fr_initials}])(?<![\w\-])(?i:{fr_types}){_SP}+{street_name}"
        # "rue des Palais, 1030 Schaerbeek": after a comma, a postal code is no house number.
        rf"(?:,(?!{_SP}*[1-9]\d{{3}}{_SP}+[{_UPPER}]))?{_SP}+{_HOUSENUM}"
    )
    number_first = re.compile(
        rf"(?=\d)(?<![\w.,/\-])\d{{1,4}}[A-Za-z]?,?{_SP}+(?i:{fr_types}){_SP}+{street_name}"
        rf"(?![\w'’\-])"
    )
    suffixes = _alternation(lex.dutch_suffixes)
    prefixes = _alternation(lex.dutch_street_prefixes)
    compound = re.compile(
        rf"(?=[{_UPPER}])(?<![\w\-'’])(?:(?P<pre>{prefixes}|{_CAPWORD}){_SP}+)?"
        rf"(?P<street>[{_UPPER}][\w'’\-]*?(?:{suffixes})),?{_SP}+(?P<num>{_HOUSENUM})"
    )
    nl_types = "|".join(re.escape(t.capitalize()) for t in sorted(lex.dutch_types, key=len, reverse=True))
    dutch_apart = re.compile(
        rf"(?=[{_UPPER}])(?<![\w\-'’])(?P<adj>{_CAPWORD}){_SP}+(?:{nl_types}){_SP}+(?P<num>{_HOUSENUM})"
    )
    return french, number_first, compound, dutch_apart


_POSTCODE_RE = re.compile(
    rf"(?=[\dBb])(?<![\w\-])(?:[Bb]-?)?[1-9]\d{{3}}{_SP}+"
    rf"(?P<town>(?:(?:La|Le|Les|Sint|Saint|Sainte|Den|De){_SP}+)?{_CAPWORD})"
)
_AFTER_ADDRESS_RE = re.compile(r"\s*[,;–-]?\s*(?:(?:à|a|te|in|at)\s+)?")
_AFTER_COMMA_RE = re.compile(rf",{_SP}*$")


# --- phones --------------------------------------------------------------------------------

_PHONE_RE = re.compile(
    rf"(?<![\w+@])(?<!\d[.,/\-])(?:\+{_SP}?(?=\d)|(?=0))"
    rf"(?:\d|\(0\)|{_SP}?[./\-]{_SP}?(?=[\d(])|{_SP}(?=[\d(]))+"
    rf"(?![\d])"
)
_DIGIT_GROUP_RE = re.compile(r"\d+")
# 0456.789.123: the official writing of a company number (BCE/KBO), not a phone.
_COMPANY_NUMBER_RE = re.compile(r"0\d{3}\.\d{3}\.\d{3}")
_SERVICE_PREFIXES = ("0800", "090", "070", "077", "078")


def _belgian_national_ok(digits: str) -> bool:
    if len(digits) == 10:
        return digits[:2] == "04" and digits[2] in "56789"
    if len(digits) == 9:
        return digits[0] == "0" and digits[1] != "0" and not digits.startswith(_SERVICE_PREFIXES)
    return False


def _grouped_national_ok(groups: list[str]) -> bool:
    digits = "".join(groups)
    if not _belgian_national_ok(digits):
        return False
    if len(groups) == 1:
        return True
    first, rest = groups[0], groups[1:]
    if len(first) == 2:
        zone_ok = first[1] in "2349"
    elif len(first) == 3:
        zone_ok = first[1] in "15678"
    elif len(first) == 4:
        zone_ok = len(digits) == 10
    else:
        zone_ok = False
    rest_ok = len(rest) == 1 or all(2 <= len(g) <= 3 for g in rest)
    return zone_ok and rest_ok


def _phone_end(raw: str) -> int | None:
    """Length of the longest prefix of ``raw`` that is a phone number, or None."""
    international = raw.startswith("+") or raw.startswith("00")
    cleaned = raw.replace("(0)", "   ")  # keep offsets; (0) is the trunk prefix, not a digit
    groups = [(m.group(), m.end()) for m in _DIGIT_GROUP_RE.finditer(cleaned)]
    if not groups:
        return None
    for count in range(len(groups), 0, -1):
        parts = [g for g, _ in groups[:count]]
        end = groups[count - 1][1]
        if international:
            digits = "".join(parts)
            if digits.startswith("00"):
                digits = digits[2:]
            if digits.startswith("32"):
                if _belgian_national_ok("0" + digits[2:]):
                    return end
            elif digits[:1] not in ("", "0") and 8 <= len(digits) <= 15:
                if count == 1 or all(len(g) <= 4 for g in parts):
                    return end
        elif _grouped_national_ok(parts):
            return end
    return None


def _find_phones(text: str, out: list[Finding]) -> None:
    pos = 0
    while True:
        match = _PHONE_RE.search(text, pos)
        if match is None:
            return
        raw = match.group()
        end = None if _COMPANY_NUMBER_RE.fullmatch(raw) else _phone_end(raw)
        if end is None:
            pos = match.start() + 1
            continue
        start = match.start()
        out.append(Finding(start, start + end, text[start : start + end], "phone"))
        pos = start + end


# --- numbers with check digits -------------------------------------------------------------

_NATIONAL_RE = re.compile(
    r"(?<![\w.,/\-])(\d{2})([. ]?)(\d{2})\2(\d{2})[ .\-]?(\d{3})[ .\-]?(\d{2})(?![\w]|[.,/\-]\d)"
)


def national_number_valid(yy: str, mm: str, dd: str, serial: str, check: str) -> bool:
    """The mod-97 rule of the Belgian national register (2 prefixed from 2000 on)."""
    month, day = int(mm), int(dd)
    if not (month <= 12 or 20 <= month <= 32 or 40 <= month <= 52) or day > 31:
        return False
    base = int(yy + mm + dd + serial)
    expected = int(check)
    return 97 - base % 97 == expected or 97 - (2_000_000_000 + base) % 97 == expected


def _find_national_numbers(text: str, out: list[Finding]) -> None:
    for m in _NATIONAL_RE.finditer(text):
        if national_number_valid(m.group(1), m.group(3), m.group(4), m.group(5), m.group(6)):
            out.append(Finding(m.start(), m.end(), m.group(), "national_number"))


_IBAN_RE = re.compile(r"(?<![\w])(?i:[a-z]{2})\d{2}(?:[ \u00a0]?[0-9A-Z]{1,4}){2,8}(?![\w])")
_IBAN_LENGTHS = {
    "BE": 16, "NL": 18, "FR": 27, "LU": 20, "DE": 22, "ES": 24, "IT": 27, "PT": 25, "GB": 22, "CH": 21,
}  # fmt: skip


def iban_valid(compact: str) -> bool:
    """ISO 13616 mod-97 check of an IBAN without spaces."""
    compact = compact.upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", compact):
        return False
    expected = _IBAN_LENGTHS.get(compact[:2])
    if expected is not None and len(compact) != expected:
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(ch, 36)) for ch in rearranged)
    return int(number) % 97 == 1


def _find_ibans(text: str, out: list[Finding]) -> None:
    for m in _IBAN_RE.finditer(text):
        raw = m.group()
        # Try the longest prefix ending at a chunk boundary first.
        ends = [c.end() for c in re.finditer(r"[0-9A-Za-z]+", raw)]
        for end in reversed(ends):
            if iban_valid(re.sub(r"\s", "", raw[:end])):
                out.append(Finding(m.start(), m.start() + end, raw[:end], "iban"))
                break


_EMAIL_RE = re.compile(r"(?<![\w.+\-])[\w.%+\-]+@(?:[\w\-]+\.)+[^\W\d_]{2,}(?![\w\-])")


def _find_emails(text: str, out: list[Finding]) -> None:
    for m in _EMAIL_RE.finditer(text):
        out.append(Finding(m.start(), m.end(), m.group(), "email"))


# --- dates ---------------------------------------------------------------------------------

_MONTHS = {
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "januari": 1, "februari": 2, "maart": 3, "april": 4,
    "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "september": 9, "oktober": 10,
    "november": 11, "december": 12, "january": 1, "february": 2, "march": 3, "may": 5,
    "june": 6, "july": 7, "august": 8, "october": 10,
}  # fmt: skip
_WEEKDAYS = (
    "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|maandag|dinsdag|woensdag|donderdag"
    "|vrijdag|zaterdag|zondag|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
)
_NUMERIC_DATE_RE = re.compile(r"(?<![\w./\-])(\d{1,2})([./\-])(\d{1,2})\2(\d{4}|\d{2})(?![\w]|[./\-]\d)")
_ISO_DATE_RE = re.compile(r"(?<![\w./\-])(\d{4})-(\d{2})-(\d{2})(?![\w]|[./\-]\d)")
_TEXT_DATE_RE = re.compile(
    rf"(?=[\dLlMmJjVvSsDdWwZzTtFf])(?<![\w])(?:(?i:{_WEEKDAYS}),?{_SP}+)?"
    rf"(\d{{1,2}})(?:er|e|ste|de|st|nd|rd|th)?{_SP}+"
    rf"(?i:({_alternation(_MONTHS)}))\.?{_SP}+(\d{{4}})(?![\w])"
)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_date(text: str) -> date | None:
    m = _NUMERIC_DATE_RE.fullmatch(text)
    if m:
        year = int(m.group(4))
        if len(m.group(4)) == 2:
            year += 2000 if year < 70 else 1900
        return _safe_date(year, int(m.group(3)), int(m.group(1)))
    m = _ISO_DATE_RE.fullmatch(text)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _TEXT_DATE_RE.fullmatch(text)
    if m:
        return _safe_date(int(m.group(3)), _MONTHS[m.group(2).lower()], int(m.group(1)))
    return None


def _find_dates(text: str, out: list[Finding]) -> None:
    for pattern in (_NUMERIC_DATE_RE, _ISO_DATE_RE, _TEXT_DATE_RE):
        for m in pattern.finditer(text):
            if _parse_date(m.group()) is not None:
                out.append(Finding(m.start(), m.end(), m.group(), "date"))


# --- addresses -----------------------------------------------------------------------------

_YEARISH_RE = re.compile(r"(?:19|20)\d\d")


def _find_addresses(text: str, out: list[Finding]) -> None:
    lex = _lexicon()
    french, number_first, compound, dutch_apart = _address_patterns()
    found: list[Finding] = []
    for m in french.finditer(text):
        found.append(Finding(m.start(), m.end(), m.group(), "address"))
    street_first = list(found)
    for m in number_first.finditer(text):
        # "rue Haute 12, avenue Louise": 12 belongs to the street before it.
        if not any(f.start < m.end() and m.start() < f.end for f in street_first):
            found.append(Finding(m.start(), m.end(), m.group(), "address"))
    prefixes = {_norm(p) for p in lex.dutch_street_prefixes}
    for m in compound.finditer(text):
        number = m.group("num")
        if _YEARISH_RE.fullmatch(number) or _norm(m.group("street")) in lex.stop:
            continue
        start = m.start()
        pre = m.group("pre")
        # "Pieter Coutereelstraat 12" keeps its first word; "In Kerkstraat 12" does not.
        if pre is not None and _norm_phrase(pre) not in prefixes and _norm(pre) in lex.stop:
            start = m.start("street")
        found.append(Finding(start, m.end(), text[start : m.end()], "address"))
    for m in dutch_apart.finditer(text):
        if _norm(m.group("adj")) in lex.stop or _YEARISH_RE.fullmatch(m.group("num")):
            continue
        found.append(Finding(m.start(), m.end(), m.group(), "address"))

    ends = sorted(f.end for f in found)
    for m in _POSTCODE_RE.finditer(text):
        town = m.group("town")
        if _norm(town.split()[-1]) in lex.stop_for_towns:
            continue
        start = m.start()
        after_address = any(
            end <= start and _AFTER_ADDRESS_RE.fullmatch(text, end, start) for end in ends if start - end < 12
        )
        if after_address or _AFTER_COMMA_RE.search(text, max(0, start - 4), start):
            found.append(Finding(start, m.end(), m.group(), "address"))
    out.extend(found)


# --- names ---------------------------------------------------------------------------------

_SENTENCE_SKIP = frozenset(" \t\u00a0\u202f«»\"“”‘'(-–—•*·[")
_SENTENCE_END = frozenset(".!?…:;\n\r")


def _at_sentence_start(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in _SENTENCE_SKIP:
        j -= 1
    return j < 0 or text[j] in _SENTENCE_END


class _NameScanner:
    """Token-level scan for first names, surnames and civilities."""

    def __init__(self, text: str, lex: _Lexicon) -> None:
        self.text = text
        self.lex = lex
        self.toks = [(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]

    # token predicates
    def adjacent(self, a: int, b: int, allow_dot: bool = False) -> bool:
        gap = self.text[self.toks[a][1] : self.toks[b][0]]
        return bool((_GAP_DOT_RE if allow_dot else _GAP_RE).fullmatch(gap))

    def is_stop(self, word: str) -> bool:
        stop = self.lex.stop
        if _norm(word) in stop:
            return True
        return "-" in word and _norm(word.split("-", 1)[0]) in stop

    def is_first_name(self, word: str) -> bool:
        if len(word) < 2 or not word[0].isupper() or self.is_stop(word):
            return False
        if not (word[1:].islower() or word.isupper() or "-" in word or "'" in word or "’" in word):
            return False
        names = self.lex.first_names
        if _norm(word) in names:
            return True
        parts = word.split("-")
        return len(parts) > 1 and all(len(p) > 1 and p[0].isupper() and _norm(p) in names for p in parts)

    def is_particle(self, word: str) -> bool:
        key = _norm(word)
        if key not in self.lex.particles:
            return False
        return key not in self.lex.capitalised_only_particles or word[0].isupper()

    def is_street_compound(self, word: str) -> bool:
        """"Coutereelstraat": a Dutch street name, not a surname."""
        key = _norm(word)
        return any(key.endswith(sfx) and len(key) > len(sfx) + 2 for sfx in self.lex.street_suffixes)

    def is_surname_word(self, word: str) -> bool:
        return (
            len(word) >= 2 and word[0].isupper() and not self.is_stop(word) and not self.is_street_compound(word)
        )

    def civility_at(self, i: int) -> tuple[int, bool] | None:
        """(start offset, whether a dot may follow) when token i is a civility."""
        start, end, word = self.toks[i]
        if word in self.lex.civility_abbreviations or (word == "M" and self.text[end : end + 1] == "."):
            return start, True
        key = _norm(word)
        if key in self.lex.civility_words:
            if key == "heer":
                if i > 0 and _norm(self.toks[i - 1][2]) == "de" and self.adjacent(i - 1, i):
                    return self.toks[i - 1][0], False
                return None
            return start, False
        return None

    def tail(self, prev: int, allow_dot: bool = False) -> tuple[int, list[int]]:
        """Particles and capitalised surname words after token ``prev``.

        Returns the index of the last surname word (``prev`` when none) and the indices
        of the surname words consumed.
        """
        toks, n = self.toks, len(self.toks)
        k, last, words, pending = prev + 1, prev, [], 0
        while k < n and len(words) < 3 and pending <= 3:
            if not self.adjacent(k - 1, k, allow_dot=allow_dot and k == prev + 1):
                break
            word = toks[k][2]
            if self.is_particle(word) and k + 1 < n:
                pending += 1
                k += 1
                continue
            if self.is_surname_word(word):
                words.append(k)
                last, pending = k, 0
                k += 1
                continue
            break
        return last, words

    def initial_after(self, i: int) -> int | None:
        """End offset of an initial ("B.") right after token i, if any."""
        if i + 1 >= len(self.toks) or not self.adjacent(i, i + 1):
            return None
        _, end, word = self.toks[i + 1]
        if len(word) == 1 and word.isupper() and self.text[end : end + 1] == ".":
            return end + 1
        return None

    def blocked(self, i: int) -> bool:
        """Token i names a place: a street word ("avenue Louise", "boulevard Adolphe Max")
        or a capitalised institution word ("Institut Jules Bordet", "Sint Jan") stands
        just before it."""
        lex, text = self.lex, self.text
        k = i - 1
        while k >= 0 and i - k <= 4:
            word = self.toks[k][2]
            gap = text[self.toks[k][1] : self.toks[k + 1][0]]
            if gap.endswith(".") or ". " in gap:
                if len(word) > 3:  # a full stop, not "St." or "Av."
                    return False
                gap = gap.replace(".", "")
            if not gap or gap.strip(" \t\u00a0\u202f-'’") or len(gap) > 3:
                return False
            elision = _ELISION_RE.match(word)
            if elision:
                word = word[elision.end() :]
            key = _norm(word)
            if key in lex.street_words or (key in lex.place_words and word[0].isupper()):
                return True
            if not (word[0].isupper() or key in ("de", "du", "des", "la", "le", "l", "van", "der", "den", "d")):
                return False
            k -= 1
        return False

    def scan(self) -> list[Finding]:
        text, toks, lex = self.text, self.toks, self.lex
        found: list[Finding] = []
        n, i, last_end = len(toks), 0, 0

        def add(start: int, end: int) -> None:
            nonlocal last_end
            found.append(Finding(start, end, text[start:end], "name"))
            last_end = end

        lower_civilities = lex.civility_words
        while i < n:
            tok_start, tok_end, word = toks[i]
            # Fast path: most words are lower case and neither a civility nor elided.
            if word[0].islower() and word not in lower_civilities and "'" not in word and "’" not in word:
                i += 1
                continue
            civility = self.civility_at(i)
            if civility is not None:
                start, allow_dot = civility
                last, words = self.tail(i, allow_dot=allow_dot)
                if words and any(sum(ch.isalpha() for ch in toks[w][2]) > 2 for w in words):
                    add(start, toks[last][1])
                i = last + 1
                continue

            elision = _ELISION_RE.match(word)
            if elision:
                word, tok_start = word[elision.end() :], tok_start + elision.end()
            if not self.is_first_name(word) or self.blocked(i):
                i += 1
                continue

            if i + 1 < n and self.adjacent(i, i + 1):
                following = toks[i + 1][2]
                if following[0].isupper() and self.is_street_compound(following):
                    i += 2  # "Pieter Coutereelstraat": a street named after someone
                    continue
            start = tok_start
            if i > 0 and not elision and toks[i - 1][0] >= last_end and self.adjacent(i - 1, i):
                before = toks[i - 1][2]
                if len(before) >= 3 and before.isupper() and not self.is_stop(before):
                    start = toks[i - 1][0]  # "BENALI Fatima"
            last, words = self.tail(i)
            if words:
                add(start, toks[last][1])
                i = last + 1
                continue
            initial_end = self.initial_after(i)
            if initial_end is not None:
                add(start, initial_end)
                i += 2
                continue
            if start != tok_start or not (
                _norm(word) in lex.ambiguous and _at_sentence_start(text, tok_start)
            ):
                add(start, tok_end)
            i += 1
        return [f for f in found if _norm_phrase(f.text) not in lex.public_figures]


# --- the public API ------------------------------------------------------------------------


@lru_cache(maxsize=32)
def _pseudonym_pattern(pseudonyms: tuple[str, ...]) -> re.Pattern[str] | None:
    cleaned = [" ".join(p.split()) for p in pseudonyms if p.strip()]
    if not cleaned:
        return None
    body = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(set(cleaned), key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE)


def _strip_civility(text: str) -> str:
    """"Mme Rose" -> "Rose"; "de heer Claes" -> "Claes"."""
    lex = _lexicon()
    words = text.split()
    if len(words) > 2 and _norm(words[0]) == "de" and _norm(words[1]) == "heer":
        words = words[1:]
    if words and (words[0].rstrip(".") in lex.civility_abbreviations or words[0] == "M."
                  or _norm(words[0]) in lex.civility_words):
        words = words[1:]
    return " ".join(words)


def _merge(findings: list[Finding], text: str) -> list[Finding]:
    findings.sort(key=lambda f: (f.start, -f.end))
    merged: list[Finding] = []
    for f in findings:
        if merged and f.start < merged[-1].end:
            prev = merged[-1]
            end = max(prev.end, f.end)
            kind = prev.kind if _PRIORITY[prev.kind] >= _PRIORITY[f.kind] else f.kind
            merged[-1] = Finding(prev.start, end, text[prev.start : end], kind)
        else:
            merged.append(f)
    return merged


def find_identifying(
    text: str, known_pseudonyms: Iterable[str] = (), *, include_dates: bool = False
) -> list[Finding]:
    """Spans of ``text`` that look like a real identity, merged and sorted by start.

    A help, not a guarantee: see the module docstring for what is and is not caught.
    Anything equal (ignoring case) to one of ``known_pseudonyms``, or inside one of them
    where it occurs in the text, is not reported. ``include_dates`` adds exact dates
    (kind "date"), which an export may coarsen to the week.
    """
    if not text:
        return []
    lex = _lexicon()
    found: list[Finding] = []
    _find_emails(text, found)
    _find_ibans(text, found)
    _find_national_numbers(text, found)
    _find_phones(text, found)
    _find_addresses(text, found)
    if include_dates:
        _find_dates(text, found)
    found.extend(_NameScanner(text, lex).scan())

    pseudonyms = tuple(sorted({" ".join(p.split()) for p in known_pseudonyms if p and p.strip()}))
    if pseudonyms:
        keys = {_norm_phrase(p) for p in pseudonyms}
        pattern = _pseudonym_pattern(pseudonyms)
        protected = [(m.start(), m.end()) for m in pattern.finditer(text)] if pattern else []
        found = [
            f
            for f in found
            if _norm_phrase(f.text) not in keys
            and not (f.kind == "name" and _norm_phrase(_strip_civility(f.text)) in keys)
            and not any(s <= f.start and f.end <= e for s, e in protected)
        ]
    return _merge(found, text)


def prepare() -> None:
    """Build the lexicon and compile the patterns before the first text is checked: ~30 ms of
    Python that the editor's first check, at the first words typed, would spend on the spot.
    The sample is made up: nothing of a journal is kept by it."""
    find_identifying("Mme Exemple a appelé le 12/03/2024 au 0470 12 34 56, rue de la Loi 16, 1000 Bruxelles.",
                     ("Exemple",), include_dates=True)


def replace_span(text: str, finding: Finding, replacement: str) -> str:
    """``text`` with the finding's span replaced; ValueError if the text changed since."""
    if text[finding.start : finding.end] != finding.text:
        raise ValueError("the text changed since this finding was made")
    return text[: finding.start] + replacement + text[finding.end :]


def apply_replacements(text: str, replacements: Iterable[tuple[Finding, str]]) -> str:
    """Apply several (finding, replacement) pairs made on the same text."""
    ordered = sorted(replacements, key=lambda pair: pair[0].start, reverse=True)
    previous_start = len(text) + 1
    for finding, replacement in ordered:
        if finding.end > previous_start:
            raise ValueError("overlapping findings")
        text = replace_span(text, finding, replacement)
        previous_start = finding.start
    return text


_PLACEHOLDERS = {
    "fr": {"phone": "[téléphone]", "email": "[e-mail]", "national_number": "[n° national]",
           "address": "[adresse]", "iban": "[compte]", "date": "[date]", "name": "[personne]"},
    "nl": {"phone": "[telefoon]", "email": "[e-mail]", "national_number": "[rijksregisternr.]",
           "address": "[adres]", "iban": "[rekening]", "date": "[datum]", "name": "[persoon]"},
    "en": {"phone": "[phone]", "email": "[email]", "national_number": "[national no.]",
           "address": "[address]", "iban": "[account]", "date": "[date]", "name": "[person]"},
}  # fmt: skip
_MONTH_NAMES = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
           "octobre", "novembre", "décembre"),
    "nl": ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
           "oktober", "november", "december"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
}  # fmt: skip
_WEEK_OF = {"fr": "semaine du {d} {m} {y}", "nl": "week van {d} {m} {y}", "en": "week of {d} {m} {y}"}
_CIVILITY_SHORT = {
    "madame": "Mme", "mme": "Mme", "mesdames": "Mmes", "mmes": "Mmes", "monsieur": "M.", "m": "M.",
    "mr": "M.", "messieurs": "MM.", "mm": "MM.", "mademoiselle": "Mlle", "mlle": "Mlle",
    "melle": "Mlle", "mlles": "Mlles", "mevrouw": "Mevr.", "mevr": "Mevr.", "mw": "Mevr.",
    "mvr": "Mevr.", "mej": "Mej.", "juffrouw": "Mej.", "meneer": "Dhr.", "mijnheer": "Dhr.",
    "dhr": "Dhr.", "heer": "Dhr.", "docteur": "Dr", "dokter": "Dr", "dr": "Dr", "pr": "Pr",
    "prof": "Prof.", "me": "Me", "maitre": "Me", "famille": "Famille", "familie": "Familie",
    "gezin": "Gezin",
}  # fmt: skip


def coarsen_date(text: str, lang: str = "fr") -> str | None:
    """"14 mars 2026" -> "semaine du 9 mars 2026" (the Monday of that week), or None."""
    day = _parse_date(text.strip())
    return None if day is None else week_of(day, lang)


def coarsen_date_to_month(text: str, lang: str = "fr") -> str | None:
    """"14 mars 2026" -> "mars 2026", or None."""
    day = _parse_date(text.strip())
    return None if day is None else f"{_month_name(day, lang)} {day.year}"


def week_of(day: date, lang: str = "fr") -> str:
    """date(2026, 3, 14) -> "semaine du 9 mars 2026": the week, named by its Monday."""
    monday = day - timedelta(days=day.weekday())
    return _WEEK_OF.get(lang, _WEEK_OF["fr"]).format(d=_day_number(monday, lang), m=_month_name(monday, lang),
                                                     y=monday.year)


def long_date(day: date, lang: str = "fr") -> str:
    """date(2026, 3, 1) -> "1er mars 2026", "1 maart 2026", "1 March 2026"."""
    return f"{_day_number(day, lang)} {_month_name(day, lang)} {day.year}"


def _day_number(day: date, lang: str) -> str:
    return "1er" if day.day == 1 and lang == "fr" else str(day.day)


def _month_name(day: date, lang: str) -> str:
    return _MONTH_NAMES.get(lang, _MONTH_NAMES["fr"])[day.month - 1]


def _initial(word: str) -> str:
    parts = [p for p in word.split("-") if p]
    return "-".join(p[0].upper() + "." for p in parts) if parts else ""


def _name_pseudonym(text: str) -> str:
    lex = _lexicon()
    words = [m.group() for m in _WORD_RE.finditer(text)]
    civility = ""
    if words:
        key = _norm(words[0])
        if key == "de" and len(words) > 1 and _norm(words[1]) == "heer":
            words, key = words[1:], "heer"
        is_civility = words[0] in lex.civility_abbreviations or key in lex.civility_words or words[0] == "M"
        if key in _CIVILITY_SHORT and is_civility:
            civility = _CIVILITY_SHORT[key]
            words = words[1:]
    scanner_first = [w for w in words if w[0].isupper() and _norm(w) in lex.first_names]
    capitalised = [w for w in words if w[0].isupper()]  # "De Smet" -> "D.", "van Damme" -> "D."
    if civility:
        # "Madame Fatima Benali" -> "Mme B."; "Mme Dubois" -> "Mme D."
        rest = [w for w in capitalised if w not in scanner_first] or capitalised
        return f"{civility} {_initial(rest[0])}" if rest else civility
    firsts = [w for w in capitalised if w in scanner_first and not w.isupper()]
    if not firsts:
        firsts = capitalised[:1]
    surnames = [w for w in capitalised if w not in firsts]
    initials = " ".join(_initial(w) for w in firsts[:1] + surnames[:1])
    return initials or text[:1].upper() + "."


def suggest_pseudonym(finding: Finding, existing: Iterable[str] = (), lang: str = "fr") -> str:
    """A replacement for ``finding``.

    Names become initials in the style Carnet recommends ("Fatima Benali" -> "F. B.",
    "Madame Dubois" -> "Mme D."); when that is already taken by another pseudonym in
    ``existing`` (ignoring case), a number is added ("F. B. 2"). Dates become their week
    ("semaine du 9 mars 2026"); other kinds a bracketed placeholder in ``lang``
    ("fr", "nl" or "en"), such as "[téléphone]".
    """
    placeholders = _PLACEHOLDERS.get(lang, _PLACEHOLDERS["fr"])
    if finding.kind == "date":
        return coarsen_date(finding.text, lang) or placeholders["date"]
    if finding.kind != "name":
        return placeholders.get(finding.kind, "[…]")
    base = _name_pseudonym(finding.text)
    taken = {_norm_phrase(e) for e in existing}
    candidate, number = base, 2
    while _norm_phrase(candidate) in taken:
        candidate = f"{base} {number}"
        number += 1
    return candidate

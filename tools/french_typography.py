"""French typography for Carnet's French texts: check it, and fix it.

    python tools/french_typography.py check           # list violations, exit 1 if any
    python tools/french_typography.py fix              # fix translations/carnet_fr.ts and resources/**.toml

Rules (Belgian/French usage): narrow no-break space U+202F before ; ? ! ; no-break space U+00A0
before : and inside « » ; typographic apostrophe ’ ; ellipsis … instead of "...".
Only text is touched: not %1/%n placeholders, HTML tags and entities, URLs, times (21:30) or
ratios (19(3):192), and "&" accelerators are left as they are.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FRENCH_TS = ROOT / "translations" / "carnet_fr.ts"
RESOURCES = ROOT / "resources"
# Lists of names and words to recognise, not text shown as French prose.
NOT_PROSE = {"pseudonymise"}

NNBSP = "\u202f"
NBSP = "\u00a0"

# Spans the rules must not touch: HTML tags, entities, URLs, e-mail addresses.
_PROTECTED = re.compile(r"<[^<>]*>|&#?\w+;|\b(?:https?|file|mailto)://\S+|\bwww\.\S+|\S+@\S+\.\w+")
# A ; ? ! that ends a word (then a space, the end, a quote or a closing bracket).
_HIGH_PUNCT = re.compile(r"(?<=\S)[ \u00a0\u202f]*([;?!])(?=$|[\s»\"”’)\]<.…;?!])")
# A colon that introduces something (not 21:30, 19(3):192, %1:%2, C:\).
_COLON = re.compile(r"(?<=\S)[ \u00a0\u202f]*:(?=$|[\s»\"”)\]<])")
_OPEN_GUILLEMET = re.compile(r"«[ \u00a0\u202f]*")
_CLOSE_GUILLEMET = re.compile(r"[ \u00a0\u202f]*»")
_APOSTROPHE = re.compile(r"(?<=[A-Za-zÀ-ÿ])'(?=[A-Za-zÀ-ÿ0-9])")


def _fix_plain(text: str) -> str:
    text = text.replace("...", "…")
    text = _APOSTROPHE.sub("’", text)
    text = _OPEN_GUILLEMET.sub("«" + NBSP, text)
    text = _CLOSE_GUILLEMET.sub(NBSP + "»", text)
    text = _HIGH_PUNCT.sub(lambda m: NNBSP + m.group(1), text)
    # A run like "?!" takes no space inside it.
    text = re.sub(NNBSP + r"([?!])" + NNBSP + r"([?!])", NNBSP + r"\1\2", text)
    text = _COLON.sub(NBSP + ":", text)
    return text


def fix(text: str) -> str:
    """The text with French typography, protected spans left exactly as they were."""
    out, last = [], 0
    for span in _PROTECTED.finditer(text):
        out.append(_fix_plain(text[last:span.start()]))
        out.append(span.group())
        last = span.end()
    out.append(_fix_plain(text[last:]))
    return "".join(out)


def violations(text: str) -> list[str]:
    """What is wrong with the text, each as a short excerpt; empty when it is right."""
    fixed = fix(text)
    if fixed == text:
        return []
    # Show where it first differs.
    i = next((k for k, (a, b) in enumerate(zip(text, fixed)) if a != b), min(len(text), len(fixed)))
    return [repr(text[max(0, i - 25):i + 10])]


# ----- where the French texts are

def french_translations(ts: Path = FRENCH_TS) -> Iterator[tuple[str, str, str]]:
    """(context, source, translation) for every finished French translation (each plural form)."""
    import xml.etree.ElementTree as ET

    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            if translation is None:
                continue
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                if form.text:
                    yield name, source, form.text


def _french_strings(node, path: tuple[str, ...], all_french: bool) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _french_strings(value, path + (key,), all_french)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _french_strings(value, path + (str(i),), all_french)
    elif isinstance(node, str) and (all_french or "fr" in path):
        yield path, node


def resource_files() -> list[Path]:
    return sorted(p for p in RESOURCES.rglob("*.toml") if not NOT_PROSE & set(p.relative_to(RESOURCES).parts))


def french_resource_texts(path: Path) -> Iterator[tuple[tuple[str, ...], str]]:
    """(key path, text) for each French text in a resource file."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    yield from _french_strings(data, (), all_french=path.name.endswith(".fr.toml"))


# ----- fixing

def fix_resource_file(path: Path) -> list[str]:
    """Fix the French texts of one TOML file in place, keeping its layout; returns what it could not fix."""
    raw = path.read_text(encoding="utf-8")
    unfixed = []
    for key, text in french_resource_texts(path):
        fixed = fix(text)
        if fixed == text:
            continue
        for left, right in (('"""\n', '"""'), ('"""', '"""'), ('"', '"'), ("'''\n", "'''"), ("'", "'")):
            old = left + text + right
            if old in raw:
                raw = raw.replace(old, left + fixed + right)
                break
        else:
            unfixed.append(f"{path.relative_to(ROOT)}: {'.'.join(key)}")
    path.write_text(raw, encoding="utf-8")
    return unfixed


def fix_translations(ts: Path = FRENCH_TS) -> int:
    """Fix the French .ts through ts_fill (which keeps lupdate's format and checks each translation)."""
    import subprocess
    import tempfile

    forms: dict[tuple[str, str], list[str]] = {}
    for context, source, translation in french_translations(ts):
        forms.setdefault((context, source), []).append(translation)
    rows = [(context, source, [fix(t) for t in texts]) for (context, source), texts in forms.items()
            if any(fix(t) != t for t in texts)]
    esc = lambda s: s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")  # noqa: E731
    with tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8") as table:
        for context, source, fixed in rows:
            table.write("\t".join(map(esc, (context, source, *fixed))) + "\n")
    subprocess.run([sys.executable, str(ROOT / "tools" / "ts_fill.py"), "apply", "--overwrite", table.name, str(ts)],
                   check=True)
    return len(rows)


def all_violations() -> list[str]:
    found = []
    for context, source, translation in french_translations():
        for v in violations(translation):
            found.append(f"carnet_fr.ts [{context}] {source[:40]!r}: {v}")
    for path in resource_files():
        for key, text in french_resource_texts(path):
            for v in violations(text):
                found.append(f"{path.relative_to(ROOT)} {'.'.join(key)}: {v}")
    return found


def main(argv: list[str]) -> int:
    if argv[:1] == ["fix"]:
        print(f"{fix_translations()} French translations fixed")
        for path in resource_files():
            for problem in fix_resource_file(path):
                print("could not fix:", problem)
    found = all_violations()
    for line in found:
        print(line)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""French texts follow French typography: the .ts translations and the French texts of resources/.

The rules and the scanner are tools/french_typography.py, the same one that fixes the files."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NNBSP, NBSP = "\u202f", "\u00a0"


def _typography():
    spec = importlib.util.spec_from_file_location("carnet_french_typography", ROOT / "tools" / "french_typography.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


typography = _typography()


@pytest.mark.parametrize(("wrong", "right"), [
    ("Sauvegarder maintenant?", f"Sauvegarder maintenant{NNBSP}?"),
    ("Attention !", f"Attention{NNBSP}!"),
    ("la règle ; la situation", f"la règle{NNBSP}; la situation"),
    ("Dossier des sauvegardes: %1", f"Dossier des sauvegardes{NBSP}: %1"),
    ("&Dossier:", f"&Dossier{NBSP}:"),
    ("le rapport «%1»", f"le rapport «{NBSP}%1{NBSP}»"),
    ("l'analyse d'une situation", "l’analyse d’une situation"),
    ("Ouvrir...", "Ouvrir…"),
    ("Quoi ?!", f"Quoi{NNBSP}?!"),
])
def test_the_rules_fix_what_they_should(wrong, right):
    assert typography.fix(wrong) == right
    assert typography.violations(wrong)
    assert not typography.violations(right)


@pytest.mark.parametrize("left_alone", [
    "Rappel à 21:30",                                   # a time
    "Work & Stress 19(3):192-207",                      # a reference
    "Voir https://tele-accueil.be/?q=1 pour plus",      # a URL
    "%1:%2",                                            # placeholders
    "<a href='https://example.org'>lien</a>",           # an HTML tag and its attribute
    "Tom &amp; Jerry",                                  # an entity
])
def test_the_rules_leave_alone_what_is_not_prose(left_alone):
    assert typography.fix(left_alone) == left_alone


def test_the_french_translations_follow_french_typography():
    texts = list(typography.french_translations())
    assert len(texts) > 500, "the French .ts was not read"
    bad = [f"[{context}] {source[:50]!r}: {v}" for context, source, text in texts
           for v in typography.violations(text)]
    assert not bad, ("French typography (run `python tools/french_typography.py fix`, then "
                     "`python tools/translations.py compile`):\n  " + "\n  ".join(bad[:40]))


def test_the_french_texts_of_resources_follow_french_typography():
    files = typography.resource_files()
    assert any(path.name == "demo-journal.fr.toml" for path in files)
    texts = [(path, key, text) for path in files for key, text in typography.french_resource_texts(path)]
    assert len(texts) > 500, "the French texts of resources/ were not found"
    bad = [f"{path.relative_to(ROOT)} {'.'.join(key)}: {v}" for path, key, text in texts
           for v in typography.violations(text)]
    assert not bad, ("French typography (run `python tools/french_typography.py fix`):\n  " + "\n  ".join(bad[:40]))

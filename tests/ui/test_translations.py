"""The translations: complete, faithful to their source, in step with the code, and loadable.

When a test here fails because the code has new or changed strings:

    python tools/translations.py update     # refresh translations/*.ts from the code
    (translate the new messages in translations/carnet_fr.ts and carnet_nl.ts; in carnet_en.ts
     the translation is the source text, except plural forms: python tools/ts_fill.py identity)
    python tools/translations.py compile
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import types
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

ROOT = Path(__file__).resolve().parents[2]
TRANSLATED = ("fr", "nl")  # every message translated by a person
ALL = ("fr", "nl", "en")  # en: the source text, plus the English plural forms
UNFINISHED = ("unfinished", "vanished", "obsolete")
HOW_TO_UPDATE = ("run `python tools/translations.py update`, translate the new messages in translations/carnet_fr.ts "
                 "and carnet_nl.ts (carnet_en.ts: translation = source, plural forms by hand), then "
                 "`python tools/translations.py compile`")


def _tool():  # type: ignore[no-untyped-def]
    """tools/translations.py, the same module the build and the developers use."""
    spec = importlib.util.spec_from_file_location("carnet_translations_tool", ROOT / "tools" / "translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def ts_path(language: str) -> Path:
    return TOOL.TRANSLATIONS / f"carnet_{language}.ts"


def read_messages(path: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(context.findtext("name") or "", message)
            for context in root.iter("context") for message in context.iter("message")]


def keys(path: Path) -> set[tuple[str, str]]:
    return {(context, message.findtext("source") or "") for context, message in read_messages(path)}


def translations_of(message: ET.Element) -> list[str]:
    """The translated text(s): one, or one per plural form."""
    element = message.find("translation")
    if element is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in element.iter("numerusform")]
    return [element.text or ""]


def where(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


# ----- (a) complete


@pytest.mark.parametrize("language", ALL)
def test_every_message_is_translated(language: str) -> None:
    missing = []
    for context, message in read_messages(ts_path(language)):
        element = message.find("translation")
        texts = translations_of(message)
        if element is None or element.get("type") in UNFINISHED or not texts or not all(t.strip() for t in texts):
            missing.append(where(context, message))
        elif message.get("numerus") == "yes" and len(texts) != 2:
            missing.append(f"{where(context, message)} (needs 2 plural forms, has {len(texts)})")
    assert not missing, f"carnet_{language}.ts: {len(missing)} message(s) not translated:\n  " + "\n  ".join(missing)


@pytest.mark.parametrize("language", TRANSLATED)
def test_translated_files_cover_the_same_messages_as_english(language: str) -> None:
    assert keys(ts_path(language)) == keys(ts_path("en")), HOW_TO_UPDATE


# ----- (b) faithful to the source

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def accelerators(text: str) -> int:
    """"&" marks an accelerator unless doubled ("&&" is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def differences(source: str, text: str) -> list[str]:
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
        found.append(f"placeholders {sorted(PLACEHOLDER.findall(source))} vs {sorted(PLACEHOLDER.findall(text))}")
    if accelerators(source) != accelerators(text):
        found.append(f'{accelerators(source)} "&" accelerator(s) in the source, {accelerators(text)} in the translation')
    if source.count("\n") != text.count("\n"):
        found.append(f"{source.count(chr(10))} line break(s) in the source, {text.count(chr(10))} in the translation")
    if re.match(r"\s*", source).group() != re.match(r"\s*", text).group():  # type: ignore[union-attr]
        found.append("leading spaces differ")
    if re.search(r"\s*$", source).group() != re.search(r"\s*$", text).group():  # type: ignore[union-attr]
        found.append("trailing spaces differ")
    for ending in ("…", "..."):
        if source.endswith(ending) != text.endswith(ending):
            found.append(f'only one of source and translation ends with "{ending}"')
    return found


@pytest.mark.parametrize("language", ALL)
def test_translations_keep_placeholders_accelerators_and_line_breaks(language: str) -> None:
    wrong = []
    for context, message in read_messages(ts_path(language)):
        source = message.findtext("source") or ""
        for text in translations_of(message):
            if text:
                wrong += [f"{where(context, message)} -> {text!r}: {problem}" for problem in differences(source, text)]
    assert not wrong, f"carnet_{language}.ts:\n  " + "\n  ".join(wrong)


def test_the_checks_themselves() -> None:
    assert accelerators("C&hoose…") == 1 and accelerators("Salt && pepper") == 0 and accelerators("&a &&b") == 1
    assert differences("&Back", "&Retour") == []
    assert differences("&Back", "Retour")
    assert differences("Journal: %1", "Journal")
    assert differences(" min", "min")
    assert differences("Open…", "Ouvrir")
    assert differences("a\nb", "a b")


# ----- (c) in step with the code


def run_lupdate_on_copies(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """tools/translations.py's own lupdate command, with -ts pointing at copies of the .ts files."""
    copies = {}
    for language in ALL:
        copies[language] = tmp_path / ts_path(language).name
        shutil.copyfile(ts_path(language), copies[language])
    calls: list[tuple[list[str], dict]] = []
    monkeypatch.setattr(TOOL, "subprocess", types.SimpleNamespace(run=lambda args, **kw: calls.append((list(args), kw))))
    TOOL.update()
    monkeypatch.undo()
    assert len(calls) == 1, "tools/translations.py update is expected to run lupdate once"
    args, options = calls[0]
    command = args[: args.index("-ts") + 1] + [str(copies[language]) for language in ALL]
    assert args[args.index("-ts") + 1:] == [str(ts_path(language).relative_to(ROOT)) for language in ALL]
    subprocess.run(command, cwd=options.get("cwd", ROOT), check=True, capture_output=True)
    return copies


@pytest.fixture(scope="module")
def code_keys(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    with pytest.MonkeyPatch.context() as monkeypatch:
        copies = run_lupdate_on_copies(tmp_path_factory.mktemp("lupdate"), monkeypatch)
    found = keys(copies["fr"])
    assert found == keys(copies["nl"]) == keys(copies["en"])
    return found


def test_every_string_in_the_code_is_in_the_ts_files(code_keys: set[tuple[str, str]]) -> None:
    new = sorted(code_keys - keys(ts_path("fr")))
    assert not new, (f"{len(new)} string(s) in journal_app/ui are not in translations/*.ts yet: "
                     + HOW_TO_UPDATE + "\n  " + "\n  ".join(f"{c}: {s!r}" for c, s in new))


def test_the_ts_files_hold_no_string_the_code_lacks(code_keys: set[tuple[str, str]]) -> None:
    stale = sorted(keys(ts_path("fr")) - code_keys)
    assert not stale, (f"{len(stale)} message(s) in translations/*.ts are no longer in the code (run "
                       "`python tools/translations.py update`):\n  " + "\n  ".join(f"{c}: {s!r}" for c, s in stale))


def test_strings_translated_through_helpers_are_in_the_ts_files(monkeypatch: pytest.MonkeyPatch) -> None:
    """labels.py and messages.py translate through a helper: record what they ask for."""
    from journal_app.core.entries import FLAG_NAMES
    from journal_app.core.models import CHANNELS, ENTRY_KINDS
    from journal_app.ui import labels, messages

    asked: set[tuple[str, str]] = set()

    def translate(context: str, text: str, *_args: object) -> str:
        asked.add((context, text))
        return text

    monkeypatch.setattr(labels, "translate", translate)
    monkeypatch.setattr(messages, "translate", translate)
    for code in CHANNELS:
        labels.channel(code)
    for name in FLAG_NAMES:
        labels.flag(name)
        labels.flag_explanation(name)
    if hasattr(labels, "kind"):
        for code in ENTRY_KINDS:
            labels.kind(code)
    labels.entry_title(types.SimpleNamespace(title=""))  # type: ignore[arg-type]
    for code in ("wrong-passphrase", "wrong-recovery-code", "damaged", "newer-format", "locked", "changed-on-disk",
                 "invalid-input", "unexpected", "io"):
        messages.error_text(types.SimpleNamespace(code=code))  # type: ignore[arg-type]
    assert len(asked) >= 26
    for language in ALL:
        missing = sorted(asked - keys(ts_path(language)))
        assert not missing, (f"carnet_{language}.ts lacks strings that labels.py/messages.py translate at run time "
                             "(run `python tools/translations.py update`, then translate them):\n  "
                             + "\n  ".join(f"{c}: {s!r}" for c, s in missing))


# ----- (d) and (e) the compiled files load and translate


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """lrelease, as tools/translations.py runs it, into a temporary folder (never the installed .qm)."""
    folder = tmp_path_factory.mktemp("qm")
    produced = TOOL.compile_all(folder)
    assert sorted(path.name for path in produced) == sorted(f"carnet_{language}.qm" for language in ALL)
    return folder


def load(folder: Path, language: str) -> QTranslator:
    translator = QTranslator()
    # The way journal_app.ui.i18n loads it: locale, "carnet", "_", folder.
    assert translator.load(QLocale(language), "carnet", "_", str(folder)), f"carnet_{language}.qm does not load"
    return translator


@pytest.mark.parametrize(("language", "expected"), [("fr", "Bienvenue dans Carnet"), ("nl", "Welkom bij Carnet"),
                                                    ("en", "Welcome to Carnet")])
def test_compiled_translations_load_and_translate(compiled: Path, language: str, expected: str) -> None:
    translator = load(compiled, language)
    assert translator.language().startswith(language)
    assert translator.translate("WelcomePage", "Welcome to Carnet") == expected
    assert translator.translate("Labels", "Off-hours") == {"fr": "Hors horaires", "nl": "Buiten de werkuren",
                                                           "en": "Off-hours"}[language]


@pytest.mark.parametrize(("language", "one", "two"), [("en", "1 entry", "2 entries"), ("fr", "1 note", "2 notes"),
                                                      ("nl", "1 notitie", "2 notities")])
def test_plural_forms(compiled: Path, qapp, language: str, one: str, two: str) -> None:  # type: ignore[no-untyped-def]
    translator = load(compiled, language)
    assert translator.translate("JournalPage", "%n entries", "", 1) == one.replace("1", "%n")
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("JournalPage", "%n entries", "", 1) == one
        assert QCoreApplication.translate("JournalPage", "%n entries", "", 2) == two
    finally:
        QCoreApplication.removeTranslator(translator)

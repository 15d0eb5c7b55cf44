"""Apply translations to Qt .ts files from a table, safely, keeping lupdate's own formatting.

    python tools/ts_fill.py apply TABLE FILE.ts [--overwrite] [--add]
    python tools/ts_fill.py identity FILE.ts          # English: translation = source (numerus left alone)
    python tools/ts_fill.py export FILE.ts > TABLE.tsv
    python tools/ts_fill.py status FILE.ts...         # what is still unfinished

TABLE is either
  * a .tsv file: ``context<TAB>source<TAB>translation[<TAB>plural form 2 ...]`` per line, with the
    escapes ``\\n``, ``\\t`` and ``\\\\``; blank lines and lines starting with ``#`` are skipped; or
  * a .py file defining ``TRANSLATIONS = {(context, source): "text" | ("form 1", "form 2"), ...}``; or
  * another .ts file (its finished translations), e.g. an older version from git.
The context ``*`` matches the source in any context (a row naming the context wins).

``apply`` only fills unfinished messages unless ``--overwrite``; ``--add`` also inserts messages the
.ts does not have yet (for strings lupdate cannot see). Every translation is checked against its
source (%1 %2 %n, one "&" accelerator, line breaks, leading/trailing spaces, a trailing "…"), and a
bad one is refused. The file is written back exactly the way lupdate writes it, so
``python tools/translations.py update`` afterwards changes nothing but what the code changed.

To carry translations over an ``update`` that dropped them (strings lupdate cannot see), take them
from the last committed file:
    git show HEAD:translations/carnet_fr.ts > /tmp/old_fr.ts
    python tools/ts_fill.py apply --add --context Labels --context Messages /tmp/old_fr.ts translations/carnet_fr.ts
"""

from __future__ import annotations

import argparse
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

ANY_CONTEXT = "*"
Table = Mapping[tuple[str, str], "str | Sequence[str]"]

# ----- reading and writing .ts files the way lupdate does


def load(path: Path) -> ET.Element:
    return ET.parse(path).getroot()


def _protect(text: str) -> str:
    """lupdate's escaping (linguist/shared/ts.cpp, protect())."""
    out = []
    for ch in text:
        if ch == '"':
            out.append("&quot;")
        elif ch == "&":
            out.append("&amp;")
        elif ch == ">":
            out.append("&gt;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == "'":
            out.append("&apos;")
        elif (ord(ch) < 0x20 or (ord(ch) > 0x7F and ch.isspace())) and ch not in "\n\t":
            out.append(f"&#x{ord(ch):x};")
        else:
            out.append(ch)
    return "".join(out)


def _attributes(element: ET.Element) -> str:
    return "".join(f' {name}="{_protect(value)}"' for name, value in element.attrib.items())


def _write_element(element: ET.Element, depth: int, lines: list[str]) -> None:
    indent = "    " * depth
    children = list(element)
    if children:
        lines.append(f"{indent}<{element.tag}{_attributes(element)}>")
        for child in children:
            _write_element(child, depth + 1, lines)
        lines.append(f"{indent}</{element.tag}>")
    elif element.tag == "location":
        lines.append(f"{indent}<{element.tag}{_attributes(element)}/>")
    else:
        lines.append(f"{indent}<{element.tag}{_attributes(element)}>{_protect(element.text or '')}</{element.tag}>")


def dumps(root: ET.Element) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS{_attributes(root)}>"]
    for context in root:
        # lupdate writes <context> at column 0 and its children one level in.
        lines.append(f"<{context.tag}{_attributes(context)}>")
        for child in context:
            _write_element(child, 1, lines)
        lines.append(f"</{context.tag}>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def save(root: ET.Element, path: Path) -> None:
    path.write_text(dumps(root), encoding="utf-8", newline="\n")


# ----- messages


def messages(root: ET.Element) -> Iterator[tuple[str, ET.Element]]:
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def is_numerus(message: ET.Element) -> bool:
    return message.get("numerus") == "yes"


def source_of(message: ET.Element) -> str:
    return message.findtext("source") or ""


def translation_of(message: ET.Element) -> str | list[str]:
    element = message.find("translation")
    if element is None:
        return [] if is_numerus(message) else ""
    if is_numerus(message):
        return [form.text or "" for form in element.iter("numerusform")]
    return element.text or ""


def is_finished(message: ET.Element) -> bool:
    element = message.find("translation")
    if element is None or element.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    value = translation_of(message)
    return all(value) and bool(value) if isinstance(value, list) else bool(value)


# ----- checking a translation against its source

PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")


def accelerators(text: str) -> int:
    """How many "&" mark an accelerator ("&&" is a literal ampersand)."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


def problems(source: str, translation: str) -> list[str]:
    found = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        found.append(f"placeholders {sorted(PLACEHOLDER.findall(source))} != {sorted(PLACEHOLDER.findall(translation))}")
    if accelerators(source) != accelerators(translation):
        found.append(f'{accelerators(source)} "&" accelerator(s) in the source, {accelerators(translation)} here')
    if source.count("\n") != translation.count("\n"):
        found.append("not the same number of line breaks")
    for side, pattern in (("leading", r"^\s*"), ("trailing", r"\s*$")):
        if re.search(pattern, source).group() != re.search(pattern, translation).group():  # type: ignore[union-attr]
            found.append(f"{side} spaces differ")
    for ending in ("…", "..."):
        if source.endswith(ending) != translation.endswith(ending):
            found.append(f'the source {"ends" if source.endswith(ending) else "does not end"} with "{ending}"')
    return found


# ----- tables


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), text)


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")


def read_table(path: Path) -> dict[tuple[str, str], str | tuple[str, ...]]:
    if path.suffix == ".ts":
        return {(context, source_of(message)): (tuple(value) if isinstance(value := translation_of(message), list) else value)
                for context, message in messages(load(path)) if is_finished(message)}
    if path.suffix == ".py":
        namespace: dict[str, object] = {}
        exec(compile(path.read_text(encoding="utf-8"), str(path), "exec"), namespace)  # noqa: S102 - our own file
        return dict(namespace["TRANSLATIONS"])  # type: ignore[call-overload]
    table: dict[tuple[str, str], str | tuple[str, ...]] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) < 3:
            raise SystemExit(f"{path}:{number}: expected context, source and translation separated by tabs")
        context, source, *forms = (_unescape(cell) for cell in cells)
        table[(context, source)] = forms[0] if len(forms) == 1 else tuple(forms)
    return table


def export(root: ET.Element) -> str:
    rows = []
    for context, message in messages(root):
        if not is_finished(message):
            continue
        value = translation_of(message)
        forms = value if isinstance(value, list) else [value]
        rows.append("\t".join(_escape(cell) for cell in (context, source_of(message), *forms)))
    return "\n".join(rows) + ("\n" if rows else "")


# ----- filling


def _set_translation(message: ET.Element, value: str | Sequence[str]) -> None:
    element = message.find("translation")
    if element is None:
        element = ET.SubElement(message, "translation")
    element.attrib.pop("type", None)
    if is_numerus(message):
        forms = list(element.iter("numerusform"))
        for form, text in zip(forms, value):
            form.text = text
    else:
        element.text = value  # type: ignore[assignment]


def _check(context: str, message: ET.Element, value: str | Sequence[str], language_forms: int) -> list[str]:
    source = source_of(message)
    where = f"{context} / {source!r}"
    if is_numerus(message):
        if isinstance(value, str):
            return [f"{where}: a plural message needs {language_forms} forms, got one string"]
        if len(value) != language_forms:
            return [f"{where}: {language_forms} plural forms needed, got {len(value)}"]
        texts = list(value)
    else:
        if not isinstance(value, str):
            return [f"{where}: not a plural message, got {len(value)} forms"]
        texts = [value]
    return [f"{where}: {problem}" for text in texts for problem in problems(source, text)]


def _plural_forms(root: ET.Element) -> int:
    for _context, message in messages(root):
        if is_numerus(message):
            element = message.find("translation")
            if element is not None:
                return len(list(element.iter("numerusform")))
    return 2


def _add_message(root: ET.Element, context: str, source: str, value: str | Sequence[str]) -> ET.Element:
    contexts = {c.findtext("name"): c for c in root.iter("context")}
    element = contexts.get(context)
    if element is None:
        element = ET.Element("context")
        ET.SubElement(element, "name").text = context
        names = sorted([*contexts, context])  # lupdate keeps contexts in alphabetical order
        root.insert(names.index(context), element)
    message = ET.SubElement(element, "message")
    ET.SubElement(message, "source").text = source
    translation = ET.SubElement(message, "translation", type="unfinished")
    if not isinstance(value, str):
        message.set("numerus", "yes")
        for _ in value:
            ET.SubElement(translation, "numerusform")
    return message


def fill(root: ET.Element, table: Table, overwrite: bool = False,
         add: bool = False) -> tuple[int, list[str], list[tuple[str, str]]]:
    """Returns how many messages were set, the problems (nothing is written for those) and the
    table rows the file has no message for (added instead when ``add``)."""
    forms = _plural_forms(root)
    used: set[tuple[str, str]] = set()
    errors: list[str] = []
    changed = 0
    for context, message in list(messages(root)):
        key = (context, source_of(message))
        if key not in table:
            key = (ANY_CONTEXT, source_of(message))
        if key not in table or (is_finished(message) and not overwrite):
            used.add(key)
            continue
        used.add(key)
        value = table[key]
        found = _check(context, message, value, forms)
        if found:
            errors += found
            continue
        _set_translation(message, value)
        changed += 1
    unused = [key for key in table if key not in used and key[0] != ANY_CONTEXT]
    if add:
        for (context, source) in unused:
            value = table[(context, source)]
            message = _add_message(root, context, source, value)
            found = _check(context, message, value, forms)
            if found:
                errors += found
                continue
            _set_translation(message, value)
            changed += 1
        unused = []
    return changed, errors, unused


def identity(root: ET.Element) -> int:
    """Source-language file: every unfinished singular message translates to its source."""
    changed = 0
    for _context, message in messages(root):
        if not is_numerus(message) and not is_finished(message):
            _set_translation(message, source_of(message))
            changed += 1
    return changed


def unfinished(root: ET.Element) -> list[tuple[str, str]]:
    return [(context, source_of(message)) for context, message in messages(root) if not is_finished(message)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    apply_parser = commands.add_parser("apply", help="fill a .ts file from a table")
    apply_parser.add_argument("table", type=Path)
    apply_parser.add_argument("ts", type=Path)
    apply_parser.add_argument("--overwrite", action="store_true", help="also replace finished translations")
    apply_parser.add_argument("--add", action="store_true", help="insert messages missing from the .ts")
    apply_parser.add_argument("--context", action="append", help="use only the table rows of this context (repeatable)")
    commands.add_parser("identity", help="translation = source for unfinished messages").add_argument("ts", type=Path)
    commands.add_parser("export", help="finished translations as TSV on stdout").add_argument("ts", type=Path)
    commands.add_parser("status", help="list unfinished messages").add_argument("ts", type=Path, nargs="+")
    args = parser.parse_args(argv)

    if args.command == "apply":
        root = load(args.ts)
        table = read_table(args.table)
        if args.context:
            table = {key: value for key, value in table.items() if key[0] in args.context}
        changed, errors, unused = fill(root, table, overwrite=args.overwrite, add=args.add)
        for error in errors:
            print(f"refused: {error}", file=sys.stderr)
        save(root, args.ts)
        print(f"{args.ts}: {changed} translation(s) set, {len(unfinished(root))} unfinished")
        if unused:
            print(f"    {len(unused)} table row(s) match no message in the file (use --add to insert them):")
            for context, source in unused:
                print(f"    {context}: {source!r}")
        return 1 if errors else 0
    if args.command == "identity":
        root = load(args.ts)
        changed = identity(root)
        save(root, args.ts)
        print(f"{args.ts}: {changed} translation(s) set to the source text")
        return 0
    if args.command == "export":
        sys.stdout.write(export(load(args.ts)))
        return 0
    remaining = 0
    for path in args.ts:
        missing = unfinished(load(path))
        remaining += len(missing)
        print(f"{path}: {len(missing)} unfinished")
        for context, source in missing:
            print(f"    {context}: {source!r}")
    return 1 if remaining else 0


if __name__ == "__main__":
    raise SystemExit(main())

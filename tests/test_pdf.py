"""The PDF of a brief: a real PDF, A4, a title block, every item, page numbers, the heading
kept with its text, and no dependence on the application's colours.

PySide6's QtPdf is not part of the wheels we install, so the text is read back with the small
reader below (enough for what QPdfWriter writes: Type0 fonts with a ToUnicode map, glyphs
shown one by one). Spaces are sometimes glyphs, sometimes moves: texts are compared
without any white space.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zlib
from datetime import date
from pathlib import Path

import pytest

from journal_app.core.briefs import Brief, BriefItem, BriefSection
from journal_app.pdf import brief_to_pdf, ensure_gui_application

# ----- reading a PDF written by QPdfWriter back


def _objects(data: bytes) -> dict[int, bytes]:
    """Each object's bytes, cut at the offsets of the cross-reference table (a regular
    expression could stop inside a compressed stream)."""
    xref = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    table = data[xref:]
    count = int(re.match(rb"xref\s+0 (\d+)", table).group(1))  # type: ignore[union-attr]
    rows = re.findall(rb"(\d{10}) \d{5} ([nf])", table)[:count]
    offsets = {number: int(offset) for number, (offset, kind) in enumerate(rows) if kind == b"n"}
    ends = sorted(offsets.values()) + [xref]
    return {number: data[start:ends[ends.index(start) + 1]] for number, start in offsets.items()}


def _stream(body: bytes, objects: dict[int, bytes]) -> bytes:
    start = body.index(b"stream") + len(b"stream")
    start += 2 if body[start:start + 2] == b"\r\n" else 1
    length = re.search(rb"/Length (\d+)( 0 R)?", body)
    assert length is not None
    size = int(length.group(1))
    if length.group(2):
        size = int(re.search(rb"obj\s*(\d+)", objects[size]).group(1))  # type: ignore[union-attr]
    raw = body[start:start + size]
    return zlib.decompress(raw) if b"/FlateDecode" in body[:start] else raw


def _to_unicode(cmap: bytes) -> dict[int, str]:
    table: dict[int, str] = {}
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for start, end, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(\[.*?\]|<[0-9A-Fa-f]+>)", block):
            first, last = int(start, 16), int(end, 16)
            if target.startswith(b"["):
                for offset, code in enumerate(re.findall(rb"<([0-9A-Fa-f]+)>", target)):
                    table[first + offset] = bytes.fromhex(code.decode()).decode("utf-16-be")
            else:
                base = int(target[1:-1], 16)
                for offset in range(last - first + 1):
                    table[first + offset] = chr(base + offset)
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for code, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>", block):
            table[int(code, 16)] = bytes.fromhex(target.decode()).decode("utf-16-be")
    return table


def pdf_pages(data: bytes) -> list[str]:
    """The text of each page, in order, without spaces."""
    objects = _objects(data)
    root_pages = next(body for body in objects.values() if re.search(rb"/Type /Pages\b", body))
    kids = [int(n) for n in re.findall(rb"(\d+) 0 R", re.search(rb"/Kids\s*\[(.*?)\]", root_pages, re.S).group(1))]
    pages = []
    for kid in kids:
        page = objects[kid]
        contents = int(re.search(rb"/Contents (\d+) 0 R", page).group(1))
        resources = objects[int(re.search(rb"/Resources (\d+) 0 R", page).group(1))]
        fonts = {}
        font_table = re.search(rb"/Font <<(.*?)>>", resources, re.S)
        for name, number in re.findall(rb"/(\w+) (\d+) 0 R", font_table.group(1) if font_table else b""):
            cmap_ref = re.search(rb"/ToUnicode (\d+) 0 R", objects[int(number)])
            fonts[name] = _to_unicode(_stream(objects[int(cmap_ref.group(1))], objects)) if cmap_ref else {}
        text, current = [], {}
        for token in re.finditer(rb"/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj", _stream(objects[contents], objects)):
            if token.group(1):
                current = fonts.get(token.group(1), {})
            else:
                hex_codes = token.group(2).decode()
                text.extend(current.get(int(hex_codes[i:i + 4], 16), "?") for i in range(0, len(hex_codes), 4))
        pages.append(squeezed("".join(text)))
    return pages


def squeezed(text: str) -> str:
    return "".join(text.split())


# ----- the PDF


def agenda(items: int = 12, language: str = "fr") -> Brief:
    paragraph = "Nous avons repris la situation avec l'équipe et le réseau autour de la famille. " * 8
    return Brief(
        title="Préparation de la supervision", subtitle="Séance du 24 mars 2026", language=language,
        created=date(2026, 3, 20),
        sections=(
            BriefSection("Ordre du jour", tuple(
                BriefItem("entry", f"Situation numéro {n}", body=f"{paragraph}\n\n{paragraph}\n\n- point ITEM{n:02d}",
                          when=date(2026, 3, 2), question=f"Question QUESTION{n:02d} ?", waited_days=n,
                          persons=("Mme R.",), details=(("Catégorie", "Secret professionnel"),))
                for n in range(1, items + 1))),
            BriefSection("Suivis", (BriefItem("follow_up", "Rappeler l'école"),)),
        ),
    )


@pytest.fixture(autouse=True)
def gui(qapp):  # type: ignore[no-untyped-def]
    """pytest-qt's QApplication: brief_to_pdf must use it, not make another."""
    return qapp


def test_a_pdf_with_a_title_block_and_numbered_pages(qapp) -> None:  # type: ignore[no-untyped-def]
    data = brief_to_pdf(agenda())
    assert data.startswith(b"%PDF-")
    assert re.search(rb"/MediaBox \[0 0 595\.\d+ 842\.\d+\]", data)  # A4, in points
    pages = pdf_pages(data)
    assert len(pages) >= 4
    first_page = pages[0]
    for text in ("Préparation de la supervision", "Séance du 24 mars 2026", "Établi le 20 mars 2026",
                 "Confidentiel — pseudonymisé"):
        assert squeezed(text) in first_page
    assert "ITEM01" in first_page  # the agenda starts under the title: no cover page
    assert first_page.endswith(f"page1/{len(pages)}")
    header = squeezed("Préparation de la supervision") + squeezed("Confidentiel — pseudonymisé")
    for number, text in enumerate(pages[1:], start=2):  # the header and footer are drawn after the text
        assert text.endswith(f"{header}page{number}/{len(pages)}"), text[-80:]
    assert ensure_gui_application() is qapp


def test_a_short_brief_is_one_page_without_a_page_number() -> None:
    brief = Brief(title="Préparation de la supervision", language="fr", created=date(2026, 3, 20), sections=(
        BriefSection("Ordre du jour", (BriefItem("dilemma", "Prêter de l'argent ?", body="Je l'ai fait seule.",
                                                 waited_days=0),)),))
    pages = pdf_pages(brief_to_pdf(brief))
    assert len(pages) == 1 and "page" not in pages[0]
    assert squeezed("Réflexions\u00a0:") + squeezed("Je l'ai fait seule.") in pages[0]


def test_every_item_is_in_the_pdf_once_in_order() -> None:
    text = "".join(pdf_pages(brief_to_pdf(agenda())))
    markers = [f"ITEM{n:02d}" for n in range(1, 13)] + [squeezed("2.1 Rappeler l'école")]
    positions = [text.index(marker) for marker in markers]
    assert positions == sorted(positions)
    for n in range(1, 13):
        assert text.count(f"QUESTION{n:02d}?") == 1
        assert text.count(f"ITEM{n:02d}") == 1
    assert squeezed("Question à apporter en supervision") in text and squeezed("Secret professionnel") in text


def test_labels_follow_the_brief_language() -> None:
    pages = pdf_pages(brief_to_pdf(agenda(items=2, language="nl")))
    assert squeezed("Vertrouwelijk — gepseudonimiseerd") in pages[0]
    assert pages[1].endswith(f"pagina2/{len(pages)}")


def test_a_heading_is_never_the_last_thing_on_a_page() -> None:
    for items in (5, 9, 14):
        pages = pdf_pages(brief_to_pdf(agenda(items=items)))
        for text in pages[1:]:
            body = text[: text.rindex(squeezed("Préparation de la supervision"))]
            last_heading = max(body.rfind(f"1.{n}Situation") for n in range(1, items + 1))
            if last_heading >= 0:
                assert len(body) - last_heading > 60, body[-120:]  # some text follows it on that page


def test_the_pdf_is_readable_in_a_dark_theme(qapp) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QColor, QPalette

    before = qapp.palette()
    dark = QPalette(before)
    dark.setColor(QPalette.ColorRole.Text, QColor("white"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("white"))
    qapp.setPalette(dark)
    try:
        data = brief_to_pdf(agenda(items=1))
    finally:
        qapp.setPalette(before)
    objects = _objects(data)
    colours = set()
    for body in objects.values():
        if b"/Type /Page\n" in body:
            contents = objects[int(re.search(rb"/Contents (\d+) 0 R", body).group(1))]  # type: ignore[union-attr]
            colours.update(re.findall(rb"([\d.]+ [\d.]+ [\d.]+) (?:scn|SCN)", _stream(contents, objects)))
    assert colours and b"1 1 1" not in {b" ".join(f"{float(x):g}".encode() for x in c.split()) for c in colours}


def test_without_a_gui_application_the_command_line_gets_an_offscreen_one(tmp_path: Path) -> None:
    script = (
        "import sys\n"
        "from datetime import date\n"
        "from journal_app.core.briefs import Brief\n"
        "from journal_app.pdf import brief_to_pdf\n"
        "sys.stdout.buffer.write(brief_to_pdf(Brief(title='T', language='en', created=date(2026, 1, 1)))[:5])\n"
    )
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, env=environment, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert done.stdout == b"%PDF-"

"""Folders and documents that look like the ones workers bring, made at test time: an Obsidian
vault (templates, undated notes, properties, inline tags, wikilinks, attachments), a Hugo site
(TOML front matter), a Jekyll site, a running Word diary, a LibreOffice document, a folder of
plain text files. Nothing in them was written by Carnet."""

from __future__ import annotations

import io
import os
import struct
import zlib
from datetime import datetime
from pathlib import Path


def write(folder: Path, name: str, text: str, *, modified: datetime | None = None, encoding: str = "utf-8") -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode(encoding))
    if modified is not None:
        os.utime(path, (modified.timestamp(), modified.timestamp()))
    return path


def tiny_png() -> bytes:
    """A valid 1x1 PNG (python-docx reads its header to size it)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00"))
            + chunk(b"IEND", b""))


UNDATED_DAY = datetime(2023, 11, 20, 22, 45)  # the modification time given to undated files


def obsidian_vault(folder: Path) -> Path:
    vault = folder / "Coffre"
    write(vault, ".obsidian/app.json", '{"attachmentFolderPath": "attachments"}')
    write(vault, ".obsidian/templates.json", '{"folder": "Templates"}')
    write(vault, ".trash/vieux.md", "Supprimé.")
    # A template in the templates folder, and one left at the top (its YAML is not valid).
    write(vault, "Templates/Journalier.md", "---\ncreated: {{date}}\ntags: [journal]\n---\n# {{title}}\n")
    write(vault, "Modèle visite.md", "---\ncreated: {{date}} {{time}}\n---\n## Visite\n- Qui :\n")
    write(vault, "Journal/2024-03-05.md",
          "Journée chargée. #fatigue #travail/équipe\n\nAppel de [[Mme R]] puis réunion avec [[Réunion 5 mars|l'équipe]].\n"
          "![[attachments/photo tableau.png]]\n")
    write(vault, "Suivi Mme R.md",
          "---\naliases: [Mme R, R.]\nstatus: en cours\ntags: [suivi]\n---\n# Suivi Mme R\n\n"
          "Le #réseau tient. Voir https://exemple.org/page#section et [le plan](#plan).\n\n"
          "```\n#pas-un-tag dans du code\n```\n\nIssue #12, mais #logement oui.\n", modified=UNDATED_DAY)
    write(vault, "Réunion 5 mars.md", "---\ndate: 2024-03-05\nparticipants:\n  - Luc\n  - Sarah\nlieu: bureau\n---\n",
          modified=UNDATED_DAY)
    write(vault, "Idées.md", "Des idées en vrac, sans date.", modified=UNDATED_DAY)
    (vault / "attachments").mkdir()
    (vault / "attachments" / "photo tableau.png").write_bytes(tiny_png())
    (vault / "attachments" / "courrier.pdf").write_bytes(b"%PDF-1.4\n")
    return vault


def hugo_site(folder: Path) -> Path:
    content = folder / "site" / "content"
    write(folder / "site", "config.toml", 'title = "Mon carnet"\n')
    write(content, "posts/premier.md", '+++\ntitle = "Premier billet"\ndate = "2019-03-05"\ntags = ["hugo", "début"]\n'
          'draft = false\n+++\n\nLe texte du premier billet.\n')
    write(content, "posts/second.md", '+++  \ntitle = "Second"\ndate = 2019-03-06T10:00:00+01:00\n'
          'categories = ["notes"]\n+++\nSuite.\n')
    write(content, "_index.md", '+++\ntitle = "Accueil"\n+++\n', modified=UNDATED_DAY)
    return folder / "site" / "content"


def jekyll_site(folder: Path) -> Path:
    site = folder / "blog"
    write(site, "_config.yml", "title: Blog\n")
    write(site, "_posts/2017-2-5-premier-billet.md", "---   \nlayout: post\ntitle: Premier billet\n---\nTexte.\n")
    write(site, "_posts/2017-02-14-saint-valentin.markdown", "---\ntitle: Le 14\n...\nPlus tard.\n")
    write(site, "_drafts/brouillon.mkdn", "Un brouillon sans date.\n", modified=UNDATED_DAY)
    write(site, "about.mdown", "---\nlayout: page\ntitle: À propos\n---\nQui je suis.\n", modified=UNDATED_DAY)
    (site / "assets").mkdir()
    (site / "assets" / "logo.jpg").write_bytes(b"\xff\xd8")
    return site


def word_diary(path: Path, days: int = 3) -> Path:
    """A running practice diary: a title, then one dated part per day (a date alone on a line,
    or a dated heading), with bold, italic, lists, a table and an image."""
    import docx

    document = docx.Document()
    document.add_heading("Journal de stage", level=0)
    document.add_paragraph("Stage en service d'aide à la jeunesse.")
    month_names = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
                   "novembre", "décembre")
    weekday_names = ("Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche")
    for number in range(days):
        day = datetime(2025, 3, 3).toordinal() + number
        when = datetime.fromordinal(day)
        written = f"{weekday_names[when.weekday()]} {when.day} {month_names[when.month - 1]} {when.year}"
        if number % 3 == 1:
            document.add_heading(f"{written} — Réunion d'équipe", level=2)
        elif number % 3 == 2:
            document.add_paragraph(f"{when:%d/%m/%Y}")
        else:
            document.add_paragraph().add_run(written).bold = True
        paragraph = document.add_paragraph("Accueil de ")
        paragraph.add_run("M. D.").bold = True
        paragraph.add_run(", qui semblait ")
        paragraph.add_run("fatigué").italic = True
        paragraph.add_run(".")
        document.add_paragraph("appeler le CPAS", style="List Bullet")
        document.add_paragraph("relire le dossier", style="List Bullet")
        for _ in range(8):
            document.add_paragraph("Je note ce qui s'est passé pendant la journée, ce que j'ai ressenti et ce que "
                                   "je voudrais en dire en supervision. " * 3)
        if number == 0:
            table = document.add_table(rows=2, cols=2)
            table.cell(0, 0).text = "Heure"
            document.add_picture(io.BytesIO(tiny_png()))
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def odt_document(path: Path) -> Path:
    from odf.opendocument import OpenDocumentText
    from odf.style import Style, TextProperties
    from odf.table import Table, TableCell, TableColumn, TableRow
    from odf.text import H, List, ListItem, P, Span

    document = OpenDocumentText()
    bold = Style(name="Gras", family="text")
    bold.addElement(TextProperties(fontweight="bold"))
    document.automaticstyles.addElement(bold)
    document.text.addElement(H(outlinelevel=1, text="Carnet de bord"))
    document.text.addElement(P(text="3 maart 2025"))
    paragraph = P(text="Gesprek met ")
    paragraph.addElement(Span(stylename=bold, text="mevrouw K."))
    paragraph.addText(" over de huur.")
    document.text.addElement(paragraph)
    items = List()
    for text in ("huurcontract", "OCMW bellen"):
        item = ListItem()
        item.addElement(P(text=text))
        items.addElement(item)
    document.text.addElement(items)
    table = Table(name="T")
    table.addElement(TableColumn())
    row = TableRow()
    cell = TableCell()
    cell.addElement(P(text="cel"))
    row.addElement(cell)
    table.addElement(row)
    document.text.addElement(table)
    document.text.addElement(H(outlinelevel=2, text="Dinsdag 4 maart 2025 om 14.30 uur"))
    document.text.addElement(P(text="Huisbezoek."))
    path.parent.mkdir(parents=True, exist_ok=True)
    document.save(str(path))
    return path


def text_folder(folder: Path) -> Path:
    notes = folder / "textes"
    write(notes, "2024-01-15 appel.txt", "Appel du CPAS.\nÀ rappeler lundi.")
    write(notes, "réflexion.txt", "Réflexion écrite sous Windows : déjà vu.", encoding="cp1252", modified=UNDATED_DAY)
    write(notes, "journal.txt", "Lundi 3 mars 2025\nPremière journée.\n\n4/3/2025\nDeuxième journée.\n")
    return notes

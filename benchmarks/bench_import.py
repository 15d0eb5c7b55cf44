"""How long importing a worker's existing notes takes: a folder of 1,000 Markdown notes (an
Obsidian-like vault: front matter, inline tags, wikilinks, some undated notes, properties) and a
300-page Word diary with one dated section per page, plus the same diary as LibreOffice .odt.

    python benchmarks/bench_import.py [--notes 1000] [--pages 300] [--repeat 3]

Prints the MEDIAN over ``--repeat`` runs of: reading and checking the source (``read_source``,
what the preview waits for), the preview against a journal, and adding every entry in one
transaction then saving the journal (cheap KDF). Files are made in a temporary folder, removed
at the end. Printed only: no budget is asserted (tests hold no wall-clock limits).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from journal_app.core import crypto, interchange  # noqa: E402
from journal_app.core.formats.common import ImportOptions  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402
from tests.core.import_folders import UNDATED_DAY, odt_document, word_diary, write  # noqa: E402

PASSPHRASE = "benchmark passphrase"
CHEAP_KDF = crypto.KdfParams(memory_kib=64, iterations=1)


def vault(folder: Path, count: int) -> Path:
    """``count`` notes: most with a date in their name, one in ten undated, one in five with
    properties, tags inline and in front matter, wikilinks."""
    for number in range(count):
        day = 1 + number % 28
        month = 1 + (number // 28) % 12
        year = 2020 + number // (28 * 12)
        text = (f"Suivi de la situation {number}. Appel avec [[Personne {number % 40}|la famille]], "
                f"#suivi #réseau/{number % 7}\n\n" + "Ce qui s'est dit, ce que j'en pense, ce qui reste à faire. " * 6)
        if number % 5 == 0:
            text = f"---\ntags: [dossier]\nstatus: en cours\naliases: [S{number}]\n---\n{text}"
        name = f"notes/{number:04}.md" if number % 10 == 0 else f"notes/{year}-{month:02}-{day:02} note {number}.md"
        write(folder, name, text, modified=UNDATED_DAY)
    return folder / "notes"


def timed(action: Callable[[], object], repeat: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def measure(name: str, source: Path, folder: Path, repeat: int) -> None:
    options = ImportOptions(skip_unreadable=True)
    read_time, batch = timed(lambda: interchange.read_source(source, options=options), repeat)
    assert isinstance(batch, interchange.ImportBatch)
    journal = Journal.create(folder / f"{name}.carnet", PASSPHRASE, kdf=CHEAP_KDF)[0]
    try:
        preview_time, _ = timed(lambda: interchange.preview(batch, journal), repeat)
        start = time.perf_counter()
        result = interchange.import_batch(journal, batch)
        journal.save()
        import_time = time.perf_counter() - start
    finally:
        journal.close()
    print(f"{name:<28} {len(batch.entries):>7} {read_time:>9.2f} {preview_time:>9.3f} {import_time:>12.2f}   "
          f"(imported {result.imported}; left out: {interchange.left_out_text(batch.left_out) or 'nothing'})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--notes", type=int, default=1000)
    parser.add_argument("--pages", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        start = time.perf_counter()
        notes = vault(folder / "vault", args.notes)
        diary = word_diary(folder / "diary" / "Journal de stage.docx", days=args.pages)
        odt = odt_document(folder / "odt" / "carnet.odt")
        built = time.perf_counter() - start
        size = diary.stat().st_size / 1024
        print(f"sources built in {built:.1f} s (Word diary: {args.pages} dated sections of ~500 words, {size:.0f} KiB)")
        print(f"{'source':<28} {'entries':>7} {'read (s)':>9} {'preview':>9} {'import+save':>12}")
        measure(f"{args.notes} Markdown notes", notes, folder, args.repeat)
        measure(f"Word diary, {args.pages} pages", diary, folder, args.repeat)
        measure("LibreOffice .odt (small)", odt, folder, args.repeat)


if __name__ == "__main__":
    main()

"""Whole-journal exports (Markdown folder and Carnet JSON) at a few sizes: median seconds.

    .venv/bin/python benchmarks/bench_export.py 1000 10000 [--repeat 3] [--check]

Issue 17's goals at 50,000 entries: Markdown under 10 s, JSON under 1.5 s (printed, not asserted).
"files s" is the floor under the Markdown export on this machine: creating as many empty files
in a new folder, nothing else (the kernel's cost of an inode; it varies with the disk's load).
``--check`` also proves that every entry's front matter, written without PyYAML's representer,
has the very bytes ``yaml.dump`` gives.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402

from journal_app.core import interchange  # noqa: E402
from journal_app.core.formats import markdown as markdown_format  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402


def timed(action, repeat: int, cleanup=None) -> float:  # type: ignore[no-untyped-def]
    """Median seconds of ``repeat`` runs. What they wrote is removed only after the last: ext4
    skips the inodes freed in the last minute when it creates files, reading each one's
    table block (``recently_deleted`` in a kernel profile), so creating 10,000 files right
    after deleting 10,000 costs 10-20 times more kernel time than on a disk at rest."""
    runs = []
    for index in range(repeat):
        before, start = os.times(), time.perf_counter()
        action(index)
        runs.append(time.perf_counter() - start)
        after = os.times()
        if VERBOSE:
            print(f"    {getattr(action, '__name__', 'run')} {index + 1}: {runs[-1]:.2f} s "
                  f"(user {after.user - before.user:.2f}, system {after.system - before.system:.2f})", flush=True)
    if cleanup is not None:
        for index in range(repeat):
            cleanup(index)
    return statistics.median(runs)


VERBOSE = False  # --verbose: each run's seconds, and the CPU time in Python and in the kernel


def create_files(folder: Path, count: int) -> None:
    folder.mkdir()
    for number in range(count):
        os.close(os.open(folder / f"2024-03-01-1430-a-title-{number}.md", os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def front_matter_differences(journal: Journal) -> int:
    """Entries whose front matter differs from yaml.dump's (must be 0), after counting how many
    were written by yaml itself (texts the direct writer leaves to it)."""
    records = interchange._export_records(journal.entries, None, None)  # noqa: SLF001 - what the export writes
    by_yaml = sum(markdown_format._front_matter_directly(r) is None for r in records)  # noqa: SLF001
    different = sum(markdown_format.front_matter(r) != markdown_format._front_matter_by_yaml(r)  # noqa: SLF001
                    for r in records)
    print(f"  front matter: {len(records)} entries, {different} differ from yaml.dump, {by_yaml} left to yaml")
    return different


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--check", action="store_true", help="compare every front matter with yaml.dump's")
    parser.add_argument("--verbose", action="store_true", help="print every run, with its user and system time")
    args = parser.parse_args(argv)
    global VERBOSE
    VERBOSE = args.verbose
    print(f"{'entries':>8}  {'markdown s':>10}  {'files s':>8}  {'json s':>8}")
    different = 0
    for size in args.sizes:
        with tempfile.TemporaryDirectory(dir=Path(__file__).resolve().parent) as scratch:
            folder = Path(scratch)
            path = folder / "journal.carnet"
            synthetic.build(path, size)
            journal = Journal.open(path, synthetic.PASSPHRASE)
            try:
                def markdown(index: int) -> None:
                    interchange.write_markdown_export(journal, folder / f"md-{index}")

                def json_export(index: int) -> None:
                    interchange.write_export(journal, folder / f"export-{index}.json")

                if args.check:
                    different += front_matter_differences(journal)
                md = timed(markdown, args.repeat, lambda index: shutil.rmtree(folder / f"md-{index}"))
                def empty_files(index: int) -> None:
                    create_files(folder / f"files-{index}", size)

                files = timed(empty_files, args.repeat,
                              lambda index: shutil.rmtree(folder / f"files-{index}"))
                js = timed(json_export, args.repeat)
            finally:
                journal.close()
        print(f"{size:>8}  {md:>10.2f}  {files:>8.2f}  {js:>8.2f}", flush=True)
    return 1 if different else 0


if __name__ == "__main__":
    raise SystemExit(main())

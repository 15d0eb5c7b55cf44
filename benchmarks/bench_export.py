"""Whole-journal exports (Markdown folder and Carnet JSON) at a few sizes: median seconds.

    .venv/bin/python benchmarks/bench_export.py 1000 10000 [--repeat 3]

Issue 17's goals at 50,000 entries: Markdown under 10 s, JSON under 1.5 s (printed, not asserted).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402

from journal_app.core import interchange  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402


def timed(action, repeat: int, cleanup=None) -> float:  # type: ignore[no-untyped-def]
    runs = []
    for index in range(repeat):
        start = time.perf_counter()
        action(index)
        runs.append(time.perf_counter() - start)
        if cleanup is not None:
            cleanup(index)
    return statistics.median(runs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    print(f"{'entries':>8}  {'markdown s':>10}  {'json s':>8}")
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

                md = timed(markdown, args.repeat, lambda index: shutil.rmtree(folder / f"md-{index}"))
                js = timed(json_export, args.repeat)
            finally:
                journal.close()
        print(f"{size:>8}  {md:>10.2f}  {js:>8.2f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

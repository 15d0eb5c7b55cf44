"""Merging a sync service's conflict copy, the way a person meets it: the journal is open,
its copy lies beside it, and ``merge_into`` opens the copy (same key, no key derivation),
merges it, then the journal is saved. Median ms of each part, at a few sizes.

    .venv/bin/python benchmarks/bench_merge.py 1000 10000 [--repeat 5] [--before /tmp/before]
    .venv/bin/python benchmarks/bench_merge.py 10000 --profile     # cProfile of one merge

Each size: a journal with features (``synthetic.build(..., features=True)``) is built once,
then two copies diverge from it as in ``bench_features.py``: 100 entries edited and 100 added
on each side, ten of the edits on the same entries (kept twice): 200 changes a side.
Both copies are saved encrypted; every run starts again from those two files.

``--before PATH``: also measure the code under PATH (an exported tree of another commit, e.g.
``git -C /work/main archive HEAD | tar -x -C /tmp/before``) in its own process, alternating
with this tree run by run, so that both see the same load. Issue 17's goal: the merge of
200 changes under 0.5 s at 50,000 entries (printed, not asserted).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402

HERE = Path(__file__).resolve().parent
EDITS, ADDS = 100, 100  # per side, as bench_features.MERGE_EDITS / MERGE_ADDS
PARTS = ("open copy", "merge", "save")


def prepare(size: int, folder: Path, seed: int = 7) -> tuple[Path, Path]:
    """The journal and its diverged conflict copy, saved in ``folder``."""
    from bench_features import diverge

    from journal_app.core.journal import Journal

    base = folder / "base.carnet"
    synthetic.build(base, size, seed, features=True)
    journal = Journal.open(base, synthetic.PASSPHRASE)
    try:
        uuids = [uuid for (uuid,) in journal.database.raw.execute("SELECT uuid FROM entries ORDER BY id")]
    finally:
        journal.close()
    picked = random.Random(seed).sample(uuids, 2 * EDITS - 10)
    here_edits, there_edits = picked[:EDITS], picked[EDITS - 10:]  # ten on both sides
    for name, edits, side, side_seed in (("journal", here_edits, "ce PC", seed + 11),
                                          ("journal (conflicted copy)", there_edits, "le portable", seed + 12)):
        path = folder / f"{name}.carnet"
        shutil.copyfile(base, path)
        side_journal = Journal.open(path, synthetic.PASSPHRASE)
        try:
            diverge(side_journal.database, edits, side_seed, side)
            side_journal.save()
        finally:
            side_journal.close()
    base.unlink()
    return paths_of(folder)


def paths_of(folder: Path) -> tuple[Path, Path]:
    return folder / "journal.carnet", folder / "journal (conflicted copy).carnet"


def measure_once(folder: Path, profile: bool = False) -> dict[str, float]:
    """One merge, the way ``merge_into`` + ``merge_copies`` do it, each part timed (ms)."""
    from journal_app.core import merge
    from journal_app.core.journal import Journal

    journal_path, copy_path = paths_of(folder)
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        work = Path(scratch)
        shutil.copyfile(journal_path, work / journal_path.name)
        shutil.copyfile(copy_path, work / copy_path.name)
        journal = Journal.open(work / journal_path.name, synthetic.PASSPHRASE)
        profiler = cProfile.Profile() if profile else None
        try:
            started = time.perf_counter()
            copy = journal.read_copy(work / copy_path.name)
            opened = time.perf_counter()
            if profiler is not None:
                profiler.enable()
            try:
                report = merge.merge_databases(journal.database, copy)
            finally:
                copy.close()
            if profiler is not None:
                profiler.disable()
            merged = time.perf_counter()
            journal.save()
            saved = time.perf_counter()
        finally:
            journal.close()
    if profiler is not None:
        stats = pstats.Stats(profiler, stream=sys.stderr)
        stats.sort_stats("cumulative").print_stats(35)
    figures = {"open copy": (opened - started) * 1000, "merge": (merged - opened) * 1000,
               "save": (saved - merged) * 1000}
    figures["facts"] = {"added": report.entries_added, "updated": report.entries_updated,  # type: ignore[assignment]
                        "kept_both": report.entries_kept_both, "other": report.other_changes}
    return figures


def child(folder: Path, tree: str | None) -> dict[str, float]:
    """``measure_once`` in a fresh process running the code of ``tree`` (None: this tree)."""
    environment = dict(os.environ)
    if tree is not None:
        environment["PYTHONPATH"] = os.pathsep.join(filter(None, (tree, environment.get("PYTHONPATH"))))
    else:
        environment.pop("PYTHONPATH", None)
    done = subprocess.run([sys.executable, __file__, "--measure", str(folder)], env=environment, check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, default=[1000, 10000])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--before", help="an exported tree of the code to compare with")
    parser.add_argument("--profile", action="store_true", help="cProfile one merge (stderr)")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # a child process: one run in this folder
    args = parser.parse_args(argv)
    if args.measure:
        print(json.dumps(measure_once(Path(args.measure))))
        return 0
    trees = {"after": None, **({"before": args.before} if args.before else {})}
    print(f"{'entries':>8}  {'code':>6}  " + "  ".join(f"{part + ' ms':>12}" for part in PARTS)
          + f"  {'total ms':>9}  (goal: merge < 500 ms at 50,000)")
    for size in args.sizes:
        with tempfile.TemporaryDirectory(dir=HERE) as scratch:
            folder = Path(scratch)
            print(f"[{time.strftime('%H:%M:%S')}] {size:,}: building the two copies", file=sys.stderr, flush=True)
            prepare(size, folder)
            if args.profile:
                measure_once(folder, profile=True)
                continue
            runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
            for number in range(args.repeat):
                order = list(trees) if number % 2 == 0 else list(reversed(trees))
                for name in order:
                    runs[name].append(child(folder, trees[name]))
            for name in reversed(trees):
                medians = {part: statistics.median(run[part] for run in runs[name]) for part in PARTS}
                total = statistics.median(sum(run[part] for part in PARTS) for run in runs[name])
                print(f"{size:>8}  {name:>6}  " + "  ".join(f"{medians[part]:>12.0f}" for part in PARTS)
                      + f"  {total:>9.0f}  merge runs {[round(run['merge']) for run in runs[name]]}"
                      f" {runs[name][-1]['facts']}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The save race at a larger scale: saves here while another computer's versions are put in
place over the journal at random moments (the scenario of tests/core/test_save_races.py).

    python benchmarks/bench_save_race.py [--saves 1000] [--runs 3] [--seed 7] [--replace-only] [--process]

``--process``: the other computer runs in a process of its own (as a sync client does), not a
thread of this one.

``--replace-only``: as on Windows and macOS, without Linux's swap of two names in one step:
the new version replaces the file after the last check, which leaves an instant (a few system
calls, stretched by thread switches to a few milliseconds) where a version arriving is lost.

Prints, per run: saves, replacements delivered, how many of them landed during a save and were
caught by the check right before the replace (then merged and saved again), entries checked,
entries lost (must be 0), and the time taken.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from journal_app.core import journal as journal_module  # noqa: E402
from journal_app.core import vaultfile  # noqa: E402
from tests.core.test_save_races import run_race  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--saves", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--replace-only", action="store_true")
    parser.add_argument("--process", action="store_true")
    args = parser.parse_args()
    if args.replace_only:
        vaultfile._exchange = None
    print(f"{'replace' if vaultfile._exchange is None else 'swap (renameat2 RENAME_EXCHANGE)'} after the last check")

    caught = 0
    real_check = journal_module._ReplaceGuard.check

    def counting_check(guard: journal_module._ReplaceGuard) -> None:
        nonlocal caught
        try:
            real_check(guard)
        except journal_module._ReplacedMeanwhile:
            caught += 1
            raise

    journal_module._ReplaceGuard.check = counting_check  # type: ignore[method-assign]
    total_lost = 0
    for run in range(args.runs):
        caught = 0
        with tempfile.TemporaryDirectory(prefix="carnet-race-") as folder:
            journals = Path(folder) / "journals"
            journals.mkdir()
            started = time.perf_counter()
            try:
                figures = run_race(journals / "journal.carnet", args.saves, args.seed + run, args.process)
            except AssertionError as failure:
                print(f"run {run}: FAILED: {failure}")
                total_lost += 1
                continue
            elapsed = time.perf_counter() - started
        total_lost += figures["lost"]
        print(f"run {run}: saves {figures['saves']}, replacements {figures['replacements']}, caught right before "
              f"the replace {caught}, saves postponed (replaced at every attempt) {figures['saves postponed']}, "
              f"entries checked {figures['entries checked']}, lost {figures['lost']}, "
              f"{elapsed:.1f} s")
    return 1 if total_lost else 0


if __name__ == "__main__":
    raise SystemExit(main())

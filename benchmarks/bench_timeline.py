"""Timeline (calendar) figures on synthetic journals: the month grid and a period's entries.

    python benchmarks/bench_timeline.py [--sizes 1000,10000,50000] [--repeat 7]

Prints the MEDIAN time of what the calendar view asks the core for each time it redraws:
the per-day summaries of a six-week grid, the entries of the selected week and month, and
the same with filters (a flag, a person, a tag, a channel). Budget: "instant", i.e. well
under 100 ms for the whole redraw at 50,000 entries.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import PASSPHRASE, build  # noqa: E402

from journal_app.core.entries import EntryFilter  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402
from journal_app.core.timeline import day_summaries  # noqa: E402


def median_ms(action, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    print(f"{'entries':>8} {'grid':>7} {'week':>7} {'month':>7} {'grid+flag':>10} {'grid+person':>12} "
          f"{'month+tag+channel':>18} {'redraw':>8}   (median ms)")
    for size in (int(s) for s in args.sizes.split(",")):
        with tempfile.TemporaryDirectory() as folder:
            journal = Journal.open(build(Path(folder) / "bench.carnet", size), PASSPHRASE, read_only=True)
            newest = journal.entries.list(EntryFilter(limit=1))[0].occurred_at.date()
            month = newest.replace(day=1)
            grid = (month - timedelta(days=7), month + timedelta(days=44))
            week = (newest - timedelta(days=newest.weekday()), newest - timedelta(days=newest.weekday()) + timedelta(days=6))
            month_end = (month + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            person = journal.entries.persons()[0]
            tag = journal.entries.tags()[0]
            flagged = EntryFilter(flags=frozenset({"off_hours"}))
            db = journal.database
            figures = {
                "grid": median_ms(lambda: day_summaries(db, *grid), args.repeat),
                "week": median_ms(lambda: journal.entries.list(EntryFilter(since=week[0], until=week[1], limit=500)), args.repeat),
                "month": median_ms(lambda: journal.entries.list(EntryFilter(since=month, until=month_end, limit=500)), args.repeat),
                "grid+flag": median_ms(lambda: day_summaries(db, *grid, flagged), args.repeat),
                "grid+person": median_ms(lambda: day_summaries(db, *grid, EntryFilter(persons=(person,))), args.repeat),
                "month+tag+channel": median_ms(lambda: journal.entries.list(EntryFilter(
                    since=month, until=month_end, tags=(tag,), channels=("office",), limit=500)), args.repeat),
            }
            redraw = figures["grid"] + figures["week"]
            print(f"{size:>8} {figures['grid']:>7.1f} {figures['week']:>7.1f} {figures['month']:>7.1f} "
                  f"{figures['grid+flag']:>10.1f} {figures['grid+person']:>12.1f} {figures['month+tag+channel']:>18.1f} "
                  f"{redraw:>8.1f}")
            journal.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

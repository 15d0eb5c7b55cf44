"""Memory over a day of use: the real window, driven by key presses and clicks, on a synthetic
journal; resident memory (RSS) printed along the way.

    python benchmarks/bench_soak.py [--entries 1000] [--steps 2000] [--seed 7] [--no-trace]

The journal (synthetic, with features) is built in a child process, so that this process's
memory is the app's alone. Then: unlock, visit every view (Ctrl+1 … Ctrl+9: the peak the issue
asks about), then ``--steps`` scripted steps, mixing edits (click an entry in the list, or
Ctrl+N, type, wait for the autosave's "Saved"), searches (type a word in the search field, wait
for the results, clear it) and view switches. RSS and its high-water mark (VmHWM) are printed at
the start, after unlocking, after the views, every 250 steps and at the end, with SQLite's own
allocation and glibc's heap (in use / free but kept). With tracing on (the default, from the
first soak step: its own bookkeeping is printed and taken off), the lines of Python that grew
most are printed when RSS grew by more than 10 % over the soak. Goal (issue 17): peak under
300 MiB at 50,000 entries after visiting every view, and no growth over the soak. Printed,
never asserted.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import gc
import os
import random
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from PySide6.QtCore import QSettings, Qt  # noqa: E402
from PySide6.QtGui import QKeySequence  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from qt_wait import wait_ms  # noqa: E402

GOAL_PEAK_MIB = 300
GROWTH_WORTH_TRACING = 0.10
REPORT_EVERY = 250
VIEW_COUNT = 9
PASSPHRASE = "benchmark passphrase"  # synthetic.PASSPHRASE, without importing the ORM here
# ASCII only: QTest.keyClicks turns characters into key codes, and has none for accented ones.
WORDS = ("ecole", "logement", "reseau", "CPAS", "famille", "sante", "mediation", "fatigue",
         "dettes", "juge", "visite", "inquietude", "limites", "rendez-vous")
PHRASES = (" Appel de suivi, la mere rappelle demain.", " Reunion de reseau reportee.",
           " Je note une inquietude pour l'ecole.", " Rien de neuf cote logement.",
           " Supervision jeudi : en parler.")


# ----------------------------------------------------------------------------- memory figures

def _status() -> dict[str, float]:
    figures = {}
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            name, _, value = line.partition(":")
            if name in ("VmRSS", "VmHWM", "RssAnon", "RssFile"):
                figures[name] = int(value.split()[0]) / 1024
    return figures


class _MallInfo2(ctypes.Structure):
    _fields_ = [(name, ctypes.c_size_t) for name in
                ("arena", "ordblks", "smblks", "hblks", "hblkhd", "usmblks", "fsmblks", "uordblks",
                 "fordblks", "keepcost")]


def _libc() -> ctypes.CDLL | None:
    try:
        return ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    except OSError:
        return None


def _sqlite() -> ctypes.CDLL | None:
    import sqlite3  # the library Python's module loaded, so its counters are ours

    _ = sqlite3
    try:
        library = ctypes.CDLL(ctypes.util.find_library("sqlite3") or "libsqlite3.so.0")
        library.sqlite3_memory_used.restype = ctypes.c_int64
        return library
    except (OSError, AttributeError):
        return None


LIBC = _libc()
SQLITE = _sqlite()


def memory_line(label: str) -> dict[str, float]:
    figures = _status()
    parts = [f"RSS {figures['VmRSS']:6.1f}", f"peak {figures['VmHWM']:6.1f}",
             f"anon {figures.get('RssAnon', 0):6.1f}", f"files {figures.get('RssFile', 0):5.1f}"]
    if tracemalloc.is_tracing():
        own = tracemalloc.get_tracemalloc_memory() / 2**20
        figures["traced_python"] = tracemalloc.get_traced_memory()[0] / 2**20
        figures["tracing_own"] = own
        parts.append(f"RSS less tracing {figures['VmRSS'] - own:6.1f}")
        parts.append(f"python objects {figures['traced_python']:5.1f}")
    if SQLITE is not None:
        figures["sqlite"] = SQLITE.sqlite3_memory_used() / 2**20
        parts.append(f"sqlite {figures['sqlite']:5.1f}")
    if LIBC is not None and hasattr(LIBC, "mallinfo2"):
        LIBC.mallinfo2.restype = _MallInfo2
        info = LIBC.mallinfo2()
        figures["heap_used"] = (info.uordblks + info.hblkhd) / 2**20
        figures["heap_free"] = info.fordblks / 2**20
        parts.append(f"heap used {figures['heap_used']:6.1f} free {figures['heap_free']:5.1f}")
    print(f"{label:28} MiB: " + ", ".join(parts), flush=True)
    return figures


# ----------------------------------------------------------------------------- driving the window

def wait_until(done: Callable[[], bool], timeout_s: float = 120) -> bool:
    deadline = time.monotonic() + timeout_s
    while not done():
        if time.monotonic() > deadline:
            return False
        QApplication.processEvents()
        time.sleep(0.002)
    return True


class Soak:
    def __init__(self, window, seed: int) -> None:  # type: ignore[no-untyped-def]
        self.window = window
        self.page = window.journal_page
        self.random = random.Random(seed)
        self.counts = {"edit": 0, "new": 0, "search": 0, "view": 0, "timeouts": 0}

    def idle(self) -> bool:
        return not self.window.worker.is_busy()

    def settle(self, pause_ms: int = 0) -> None:
        if pause_ms:
            wait_ms(pause_ms)
        if not wait_until(self.idle):
            self.counts["timeouts"] += 1

    def view(self, number: int) -> None:
        QTest.keySequence(self.window, QKeySequence(f"Ctrl+{number}"))
        self.settle(30)

    def step(self) -> None:
        roll = self.random.random()
        if roll < 0.35:
            self.edit()
        elif roll < 0.7:
            self.search()
        else:
            self.counts["view"] += 1
            self.view(self.random.randint(1, VIEW_COUNT))

    def edit(self) -> None:
        self.view(1)
        editor = self.page.editor
        model = self.page.model
        if self.random.random() < 0.2 or model.rowCount() == 0:
            self.counts["new"] += 1
            QTest.keySequence(self.window, QKeySequence.StandardKey.New)
            self.settle(50)
            QTest.keyClicks(editor.title, "Soak " + self.random.choice(WORDS))
        else:
            self.counts["edit"] += 1
            row = self.random.randrange(min(model.rowCount(), 30))  # the rows a person sees
            listing = self.page.list
            listing.scrollTo(model.index(row))
            QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton,
                             pos=listing.visualRect(model.index(row)).center())
            self.settle(50)
        QTest.mouseClick(editor.body.viewport(), Qt.MouseButton.LeftButton)
        QTest.keySequence(editor.body, QKeySequence.StandardKey.MoveToEndOfDocument)
        QTest.keyClicks(editor.body, self.random.choice(PHRASES))
        if not wait_until(lambda: self.window.save_status.text() == "Saved" and self.idle()):
            self.counts["timeouts"] += 1

    def search(self) -> None:
        self.counts["search"] += 1
        self.view(1)
        field = self.page.search
        QTest.mouseClick(field, Qt.MouseButton.LeftButton)
        QTest.keyClicks(field, self.random.choice(WORDS))
        self.settle(200)  # the search field's debounce (150 ms), then the worker
        QTest.keySequence(field, QKeySequence.StandardKey.SelectAll)
        QTest.keyClick(field, Qt.Key.Key_Delete)
        self.settle(200)


def build_journal(folder: Path, entries: int) -> Path:
    """In a child process: building leaves its own high-water mark and heap behind."""
    path = folder / f"soak{entries}.carnet"
    started = time.monotonic()
    subprocess.run([sys.executable, str(HERE / "synthetic.py"), str(path), "--count", str(entries), "--features"],
                   check=True, stdout=subprocess.DEVNULL)
    print(f"built {entries:,} entries in {time.monotonic() - started:.1f} s (child process)", flush=True)
    return path


def run(entries: int, steps: int, seed: int, trace: bool, folder: Path) -> None:
    path = build_journal(folder, entries)
    start = memory_line("start (interpreter, Qt)")
    from journal_app.core import crypto
    from journal_app.core.crypto import KdfParams
    from journal_app.ui.app import MainThreadGarbageCollector, configure_application_identity, prepare_application
    from journal_app.ui.main_window import MainWindow
    from journal_app.ui.settings import AppSettings

    crypto.ACCEPTED_KDF = crypto.KdfPolicy().allowing(KdfParams(memory_kib=64, iterations=1))  # synthetic.CHEAP_KDF
    app = QApplication.instance() or QApplication([])
    configure_application_identity()
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    settings.language = "en"
    prepare_application(app, settings)
    window = MainWindow(settings)
    window.resize(1280, 800)
    window.show()
    MainThreadGarbageCollector.set_start_up_objects_aside()  # as journal_app.ui.app.main does
    window.show_unlock(path)
    wait_ms(100)
    memory_line("window shown, locked")
    QTest.keyClicks(window.unlock_page.passphrase, PASSPHRASE)
    QTest.keyClick(window.unlock_page.passphrase, Qt.Key.Key_Return)
    wait_until(lambda: window.is_unlocked() and not window.worker.is_busy())
    wait_ms(300)
    memory_line("unlocked")
    soak = Soak(window, seed)
    for number in range(1, VIEW_COUNT + 1):
        soak.view(number)
        wait_ms(200)
    soak.view(1)
    after_views = memory_line("every view visited")
    if trace:
        tracemalloc.start(1)
    gc.collect()
    first = tracemalloc.take_snapshot() if trace else None
    soak_start = memory_line("soak start")
    started = time.monotonic()
    warmed: dict[str, float] | None = None  # the first report: caches filled, allocators warm
    for number in range(1, steps + 1):
        soak.step()
        if number % REPORT_EVERY == 0 or number == steps:
            figures = memory_line(f"step {number:5} ({time.monotonic() - started:5.0f} s)")
            warmed = warmed or figures
    gc.collect()
    end = memory_line("soak end, after gc.collect")
    print(f"steps: {soak.counts}")
    growth = (end["VmRSS"] - end.get("tracing_own", 0)) - (soak_start["VmRSS"] - soak_start.get("tracing_own", 0))
    print(f"\nSummary, {entries:,} entries, {steps} steps (MiB): start {start['VmRSS']:.1f}, "
          f"peak after every view {after_views['VmHWM']:.1f} (goal < {GOAL_PEAK_MIB}), "
          f"soak start {soak_start['VmRSS']:.1f}, end {end['VmRSS']:.1f} "
          f"(less tracing: growth {growth:+.1f}, {growth / soak_start['VmRSS']:+.1%}), "
          f"peak over the whole run {end['VmHWM']:.1f}")
    if warmed is not None:
        later = (end["VmRSS"] - end.get("tracing_own", 0)) - (warmed["VmRSS"] - warmed.get("tracing_own", 0))
        print(f"Growth after the first {REPORT_EVERY} steps (warm caches), less tracing: {later:+.1f} MiB")
    if first is not None:
        last = tracemalloc.take_snapshot()
        python_growth = (end.get("traced_python", 0) - soak_start.get("traced_python", 0))
        print(f"Python objects traced: {python_growth:+.1f} MiB over the soak")
        if growth > GROWTH_WORTH_TRACING * soak_start["VmRSS"] or python_growth > 1:
            print("Lines whose live allocations grew most:")
            for stat in last.compare_to(first, "lineno")[:15]:
                print(f"  {stat}")
    if LIBC is not None and hasattr(LIBC, "malloc_trim"):
        LIBC.malloc_trim(0)  # diagnostic: how much of the RSS is free memory the allocator kept
        memory_line("after malloc_trim(0)")
    window.lock()
    wait_ms(300)
    window.worker.shutdown()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-trace", dest="trace", action="store_false")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="carnet-soak-") as scratch:
        run(args.entries, args.steps, args.seed, args.trace, Path(scratch))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

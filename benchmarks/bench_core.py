"""Benchmark of Carnet's core on synthetic journals of ten years' shape.

    python benchmarks/bench_core.py [--sizes 1000,10000,50000] [--repeat 5] [--seed 2024]

For each size: build a journal once (timed apart, cheap KDF), then print the MEDIAN over
``--repeat`` runs of: open (read, decrypt, deserialise; cheap KDF, a few ms, included), search
(several realistic queries, all results and first 50), list of the newest 50, count, save
(after an edit, which runs the FTS5 optimize; after an add; with nothing changed), file size,
and the peak memory (RSS high-water mark) of a fresh process that derives a real key, opens,
searches, edits and saves. The real Argon2id time with calibrated parameters is measured once
and reported apart. Results go to benchmarks/out/results-<size>.json. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402

from journal_app.core import crypto, vaultfile  # noqa: E402
from journal_app.core.database import Database  # noqa: E402
from journal_app.core.entries import EntryFilter  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
BUDGETS = {"open_s": 1.0, "search_s": 0.050, "save_s": 0.5, "peak_rss_mib": 400}
BUDGET_SIZE = 50_000

# (label, text typed, filter): what a worker types in the search box, with and without filters.
QUERIES: list[tuple[str, str, EntryFilter]] = [
    ("logement", "logement", EntryFilter()),
    ("ecole (no accent)", "ecole", EntryFilter()),
    ("rése (prefix)", "rése", EntryFilter()),
    ("INQUIETUDE", "INQUIETUDE", EntryFilter()),
    ("CPAS médiation", "CPAS médiation", EntryFilter()),
    ("reseau ecole", "reseau ecole", EntryFilter()),
    ("wachtlijst (rare)", "wachtlijst", EntryFilter()),
    ("logement +off_hours", "logement", EntryFilter(flags=frozenset({"off_hours"}))),
    ("ecole +out_of_frame", "ecole", EntryFilter(flags=frozenset({"out_of_frame"}))),
    ("rése +tag logement", "rése", EntryFilter(tags=("logement",))),
    ("suivi +person Mme R.", "suivi", EntryFilter(persons=("Mme R.",))),
]


def median_time(action: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times), times


def real_kdf_seconds() -> dict[str, object]:
    params = crypto.calibrate_kdf()
    started = time.perf_counter()
    crypto.derive_passphrase_key(synthetic.PASSPHRASE, os.urandom(crypto.SALT_BYTES), params)
    return {"kdf_s": time.perf_counter() - started, "kdf_params": params.to_dict()}


def open_breakdown(path: Path, repeat: int) -> dict[str, float]:
    """Where the time of Journal.open goes: the same steps, timed one by one."""
    phases: dict[str, list[float]] = {k: [] for k in ("read", "parse", "unlock_cheap_kdf", "decrypt", "deserialize")}
    for _ in range(repeat):
        t0 = time.perf_counter()
        data = path.read_bytes()
        t1 = time.perf_counter()
        parsed = vaultfile.parse(data)
        t2 = time.perf_counter()
        key = vaultfile.unlock_with_passphrase(parsed, synthetic.PASSPHRASE)
        t3 = time.perf_counter()
        image = vaultfile.decrypt_body(parsed, key)
        t4 = time.perf_counter()
        database = Database.from_image(image)
        t5 = time.perf_counter()
        database.close()
        del data, parsed, image, database
        for name, value in zip(phases, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4)):
            phases[name].append(value)
    return {f"open_{k}_s": statistics.median(v) for k, v in phases.items()}


def image_stats(journal: Journal) -> dict[str, object]:
    raw = journal.database.raw
    stats: dict[str, object] = {"image_bytes": len(raw.serialize())}
    try:
        rows = raw.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC").fetchall()
        stats["pages_by_table"] = {name: size for name, size in rows}
    except sqlite3.OperationalError:
        pass
    stats["fts_segments"] = raw.execute("SELECT count(DISTINCT segid) FROM entry_search_idx").fetchone()[0]
    stats["fts_index_bytes"] = raw.execute("SELECT sum(length(block)) FROM entry_search_data").fetchone()[0]
    stats["freelist_pages"] = raw.execute("PRAGMA freelist_count").fetchone()[0]
    stats["text_bytes"] = raw.execute("SELECT sum(length(CAST(title AS BLOB)) + length(CAST(body AS BLOB))) FROM entries").fetchone()[0]
    return stats


def save_breakdown(journal: Journal, repeat: int, scratch: Path) -> dict[str, float]:
    """Save after an edit, step by step (the steps of Journal.save and Database.image)."""
    db = journal.database
    newest = [r.uuid for r in journal.entries.list(EntryFilter(limit=repeat))]
    phases: dict[str, list[float]] = {k: [] for k in ("fts_optimize", "serialize", "encode", "write")}
    for i, uuid in enumerate(newest):
        record = journal.entries.get(uuid)
        journal.entries.update(uuid, replace(record.fields_only(), body=record.body + f" Note ajoutée {i}."))
        t0 = time.perf_counter()
        db.raw.execute("INSERT INTO entry_search(entry_search) VALUES ('optimize')")
        db.raw.commit()
        db.search_index_dirty = False
        t1 = time.perf_counter()
        image = db.raw.serialize()
        t2 = time.perf_counter()
        data = vaultfile.encode(journal._header, journal._require_key(), image)  # noqa: SLF001
        t3 = time.perf_counter()
        vaultfile.write_atomically(scratch, data)
        t4 = time.perf_counter()
        del image, data
        for name, value in zip(phases, (t1 - t0, t2 - t1, t3 - t2, t4 - t3)):
            phases[name].append(value)
    scratch.unlink(missing_ok=True)
    return {f"save_{k}_s": statistics.median(v) for k, v in phases.items()}


def measure(size: int, repeat: int, seed: int, folder: Path, kdf: dict[str, object]) -> dict[str, object]:
    path = folder / f"bench-{size}.carnet"
    result: dict[str, object] = {"size": size, "repeat": repeat, "seed": seed}
    print(f"\n== {size} entries: building...", flush=True)
    started = time.perf_counter()
    synthetic.build(path, size, seed)
    result["build_s"] = time.perf_counter() - started
    result["file_bytes"] = path.stat().st_size
    result.update(kdf)

    result["open_s"], result["open_all_s"] = median_time(lambda: Journal.open(path, synthetic.PASSPHRASE).close(), repeat)
    result.update(open_breakdown(path, repeat))

    journal = Journal.open(path, synthetic.PASSPHRASE)
    try:
        result.update(image_stats(journal))
        store = journal.entries
        searches = {}
        for label, text, criteria in QUERIES:
            all_s, _ = median_time(lambda: store.search(text, criteria), repeat)
            first_s, _ = median_time(lambda: store.search(text, replace(criteria, limit=50)), repeat)
            count_s, _ = median_time(lambda: store.count(replace(criteria, text=text)), repeat)
            searches[label] = {"hits": len(store.search(text, criteria)), "all_s": all_s, "first50_s": first_s,
                               "count_s": count_s}
        result["searches"] = searches
        result["search_all_max_s"] = max(s["all_s"] for s in searches.values())
        result["search_all_median_s"] = statistics.median(s["all_s"] for s in searches.values())
        result["search_first50_max_s"] = max(s["first50_s"] for s in searches.values())
        result["search_count_max_s"] = max(s["count_s"] for s in searches.values())
        result["list50_s"], _ = median_time(lambda: store.list(EntryFilter(limit=50)), repeat)
        result["count_s"], _ = median_time(lambda: store.count(), repeat)

        # Save after an edit: the update marks the index dirty, so save runs the FTS optimize.
        newest = [r.uuid for r in store.list(EntryFilter(limit=2 * repeat))]
        edits = iter(newest)

        def edit() -> None:
            uuid = next(edits)
            record = store.get(uuid)
            store.update(uuid, replace(record.fields_only(), body=record.body + " Suivi à reprendre."))

        result["save_after_edit_s"], result["save_after_edit_all_s"] = median_time(journal.save, repeat, setup=edit)
        # The editor's autosave: the words an edit replaced are purged by a later save.
        result["autosave_after_edit_s"], _ = median_time(
            lambda: journal.save(purge_removed_words=False), repeat, setup=edit)
        added = iter(range(repeat))

        def add() -> None:
            store.add(synthetic.EntryFields(title=f"Appel {next(added)}", body="Appel bref, logement à revoir.",
                                            kind="contact", persons=("Mme R.",), tags=("logement",)))

        result["save_after_add_s"], _ = median_time(journal.save, repeat, setup=add)
        result["save_clean_s"], _ = median_time(journal.save, repeat)
        result.update(save_breakdown(journal, repeat, folder / "scratch.carnet"))
        result["file_bytes_after_saves"] = path.stat().st_size
    finally:
        journal.close()

    print(f"== {size} entries: peak memory in a fresh process...", flush=True)
    child = subprocess.run([sys.executable, __file__, "--peak-child", str(path)], capture_output=True, text=True, check=False)
    if child.returncode != 0:
        raise RuntimeError(f"peak-memory process failed:\n{child.stderr}")
    peak = json.loads(child.stdout.strip().splitlines()[-1])
    result["peak_rss_mib"] = peak["peak_rss_mib"]
    result["peak_phases_mib"] = peak["phases"]
    return result


def peak_child(path: Path) -> None:
    """Run in a fresh process: real KDF, open, search, list, edit, save. Prints JSON."""

    def status(field: str) -> float | None:
        try:
            with open("/proc/self/status") as lines:
                for line in lines:
                    if line.startswith(field + ":"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
        return None

    def hwm() -> float:
        # On Linux ru_maxrss survives fork+exec: a child started by a big parent reports the
        # parent's RSS at fork time. VmHWM belongs to this process's own address space.
        peak = status("VmHWM")
        if peak is not None:
            return peak
        scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB elsewhere
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / scale / (1024 if scale == 1 else 1)

    def rss() -> float:
        return status("VmRSS") or 0.0

    phases: dict[str, dict[str, float]] = {}

    def mark(name: str) -> None:
        phases[name] = {"hwm": round(hwm(), 1), "rss": round(rss(), 1)}

    mark("imports")
    # The file was built with a cheap KDF; a real open first derives a key with >= 64 MiB.
    crypto.derive_passphrase_key("x", os.urandom(crypto.SALT_BYTES), crypto.calibrate_kdf())
    mark("real_kdf")
    journal = Journal.open(path, synthetic.PASSPHRASE)
    mark("open")
    for _label, text, criteria in QUERIES:
        journal.entries.search(text, criteria)
    mark("search_all")
    journal.entries.list(EntryFilter(limit=50))
    record = journal.entries.list(EntryFilter(limit=1))[0]
    journal.entries.update(record.uuid, replace(record.fields_only(), body=record.body + " Modifié."))
    mark("edit")
    journal.save()
    mark("save_after_edit")
    journal.save()
    mark("save_clean")
    journal.close()
    print(json.dumps({"peak_rss_mib": round(hwm(), 1), "phases": phases}))


ROWS: list[tuple[str, str, float]] = [
    # (label, key, scale) ; scale 1000 shows milliseconds
    ("build (bulk, once)", "build_s", 1),
    ("real KDF (calibrated, once)", "kdf_s", 1000),
    ("open", "open_s", 1000),
    ("  read file", "open_read_s", 1000),
    ("  parse + checksum", "open_parse_s", 1000),
    ("  cheap KDF unlock", "open_unlock_cheap_kdf_s", 1000),
    ("  decrypt body", "open_decrypt_s", 1000),
    ("  deserialize", "open_deserialize_s", 1000),
    ("search, all results (worst q.)", "search_all_max_s", 1000),
    ("search, all results (median q.)", "search_all_median_s", 1000),
    ("search, first 50 (worst q.)", "search_first50_max_s", 1000),
    ("search, count only (worst q.)", "search_count_max_s", 1000),
    ("list newest 50", "list50_s", 1000),
    ("count", "count_s", 1000),
    ("autosave after edit (purge later)", "autosave_after_edit_s", 1000),
    ("save after edit (w/ optimize)", "save_after_edit_s", 1000),
    ("  FTS optimize", "save_fts_optimize_s", 1000),
    ("  serialize", "save_serialize_s", 1000),
    ("  encode (pad + encrypt)", "save_encode_s", 1000),
    ("  write (fsync, replace)", "save_write_s", 1000),
    ("save after add", "save_after_add_s", 1000),
    ("save, nothing changed", "save_clean_s", 1000),
    ("file size (MiB)", "file_bytes", 1 / 2**20),
    ("database image (MiB)", "image_bytes", 1 / 2**20),
    ("peak RSS (MiB)", "peak_rss_mib", 1),
]


def print_table(results: list[dict[str, object]]) -> None:
    header = f"{'median (ms unless noted)':34}" + "".join(f"{r['size']:>12,}" for r in results)
    print("\n" + header + "\n" + "-" * len(header))
    for label, key, scale in ROWS:
        unit = " (s)" if key == "build_s" else ""
        cells = []
        for r in results:
            value = r.get(key)
            cells.append(f"{value * scale:>12.1f}" if isinstance(value, (int, float)) else f"{'-':>12}")
        print(f"{label + unit:34}" + "".join(cells))
    print()
    for r in results:
        print(f"searches at {r['size']:,} entries (hits / all ms / first-50 ms / count ms):")
        for label, s in r["searches"].items():  # type: ignore[union-attr]
            print(f"  {label:24} {s['hits']:>7}  {s['all_s'] * 1000:8.1f}  {s['first50_s'] * 1000:8.1f}  {s['count_s'] * 1000:8.1f}")
    for r in results:
        phases = r.get("peak_phases_mib") or {}
        print(f"peak-memory process at {r['size']:,} entries (MiB, high-water / current after each step): "
              + ", ".join(f"{name} {v['hwm']:.0f}/{v['rss']:.0f}" for name, v in phases.items()))  # type: ignore[union-attr]
    budget = next((r for r in results if r["size"] == BUDGET_SIZE), None)
    if budget is not None:
        print(f"\nbudgets at {BUDGET_SIZE:,} entries:")
        checks = [
            ("open < 1 s", budget["open_s"], BUDGETS["open_s"], 1000, "ms"),
            ("search < 50 ms (all results, worst)", budget["search_all_max_s"], BUDGETS["search_s"], 1000, "ms"),
            ("search < 50 ms (first 50, worst)", budget["search_first50_max_s"], BUDGETS["search_s"], 1000, "ms"),
            ("save < 0.5 s (after edit)", budget["save_after_edit_s"], BUDGETS["save_s"], 1000, "ms"),
            ("save < 0.5 s (after add)", budget["save_after_add_s"], BUDGETS["save_s"], 1000, "ms"),
            ("peak memory < 400 MB", budget["peak_rss_mib"] * 2**20 / 1e6, BUDGETS["peak_rss_mib"], 1, "MB"),
        ]
        for label, value, limit, scale, unit in checks:
            verdict = "PASS" if value < limit else "FAIL"  # type: ignore[operator]
            print(f"  {verdict}  {label:40} {value * scale:9.1f} {unit}")  # type: ignore[operator]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=synthetic.DEFAULT_SEED)
    parser.add_argument("--keep", type=Path, help="build the journals in this folder and keep them")
    parser.add_argument("--peak-child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.peak_child:
        peak_child(args.peak_child)
        return 0
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    OUT.mkdir(exist_ok=True)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="carnet-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    print("measuring the real (calibrated) key derivation...", flush=True)
    kdf = real_kdf_seconds()
    machine = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "cpus": os.cpu_count(),
               "python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "platform": platform.platform()}
    results = []
    try:
        for size in sizes:
            result = measure(size, args.repeat, args.seed, folder, kdf)
            result["machine"] = machine
            (OUT / f"results-{size}.json").write_text(json.dumps(result, indent=2, default=str))
            results.append(result)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print_table(results)
    print(f"\nJSON written to {OUT}/results-<size>.json  ({machine['date']}, {machine['cpus']} CPUs, "
          f"Python {machine['python']}, SQLite {machine['sqlite']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Figures for the features around the entries, on synthetic journals that have them.

    python benchmarks/bench_features.py [--sizes 1000,10000,50000] [--repeat 5] [--json]
    python benchmarks/bench_features.py --show benchmarks/out/features.json   # the table again

Builds a journal of each size with ``synthetic.build(..., features=True)`` (ten years of
entries, two schedule versions, limits, dilemmas with their status history, a check-in every
two weeks for five years, a supervision agenda, six months of prompts), adds a placement with
400 logged days, then times what the views and commands ask the core for: workload metrics,
the dashboard and the weekly review, the prompt of the day, check-in signals, the supervision
brief (its review, Markdown and PDF), placement totals, merging a diverged copy, exports and
a Day One import. "Now" is ``synthetic.NOW`` (the journal's last day, a Friday afternoon).

Every figure is the median of ``--repeat`` runs, with the fastest and slowest (the slowest is
often the first run: caches are cold); a figure whose runs take over 10 s each is the median
of 3 (marked n=3). Each row says where the work runs in the app: on the
journal's worker thread, or on the UI thread, where nothing may take more than 100 ms.
The table goes to stdout (``--json``: one JSON document instead); progress goes to stderr;
the JSON is also written to ``benchmarks/out/features.json`` (git-ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # the PDF and the Markdown preview need Qt, no display
sys.path.insert(0, str(Path(__file__).resolve().parent))

import synthetic  # noqa: E402

from journal_app.core import interchange, merge  # noqa: E402
from journal_app.core.briefs import accept_all, apply_review, review, to_markdown  # noqa: E402
from journal_app.core.checkins import SCALES, CheckinStore  # noqa: E402
from journal_app.core.database import Database  # noqa: E402
from journal_app.core.dilemmas import TO_SUPERVISION, DilemmaStore  # noqa: E402
from journal_app.core.entries import EntryStore  # noqa: E402
from journal_app.core.formats import dayone  # noqa: E402
from journal_app.core.journal import Journal  # noqa: E402
from journal_app.core.metrics import KEYS, Period, WorkloadMetrics  # noqa: E402
from journal_app.core.persons import PersonStore  # noqa: E402
from journal_app.core.placement import PlacementFields, PlacementStore  # noqa: E402
from journal_app.core.prompts import PromptEngine  # noqa: E402
from journal_app.core.supervision import SupervisionStore, supervision_brief  # noqa: E402

OUT = Path(__file__).resolve().parent / "out"
NOW = synthetic.NOW
LANGUAGE = "fr"  # the longest texts, and the app's first language
UI_BUDGET_MS = 100.0  # the UI thread must never be blocked longer
METRICS_BUDGET_MS = 200.0  # every figure of every week of five years, at 50,000 entries
BUDGET_SIZE = 50_000
AGENDA_SIZES = (20, 150)
PLACEMENT_DAYS = 400
MERGE_EDITS = 100  # per side, ten of them on the same entries (kept twice)
MERGE_ADDS = 100  # per side
DAYONE_ENTRIES = 1000

LONG_MS, LONG_RUNS = 10_000.0, 3

WORKER, UI = "worker", "UI"


def _clock() -> datetime:
    return NOW.astimezone(UTC)


# ----------------------------------------------------------------------------- timing


@dataclass
class Row:
    group: str
    label: str
    where: str  # WORKER or UI: the thread the app runs it on
    runs_ms: list[float]
    facts: dict[str, Any] = field(default_factory=dict)  # what was measured: counts, sizes

    @property
    def median_ms(self) -> float:
        return statistics.median(self.runs_ms)


def timed(action: Callable[[Any], object], repeat: int, setup: Callable[[], Any] | None = None,
          cleanup: Callable[[Any], object] | None = None) -> tuple[list[float], object]:
    """``repeat`` runs of ``action(setup())`` in ms (only the action is timed), and its last
    result; only LONG_RUNS runs when each takes over LONG_MS (the Markdown export of 50,000
    entries takes minutes)."""
    runs, result = [], None
    for _ in range(repeat):
        if len(runs) >= LONG_RUNS and statistics.median(runs) > LONG_MS:
            break
        prepared = setup() if setup is not None else None
        started = time.perf_counter()
        result = action(prepared)
        runs.append((time.perf_counter() - started) * 1000)
        if cleanup is not None:
            cleanup(prepared)
    return runs, result


def progress(message: str) -> None:
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    print(f"[{time.strftime('%H:%M:%S')} load {load}] {message}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- preparing


def add_placement(database: Database, rng: random.Random) -> str:
    """A placement with PLACEMENT_DAYS logged working days (most with a note), eight
    objectives and a few entries linked to each; returns its uuid."""
    store = PlacementStore(database, clock=_clock)
    first = NOW.date() - timedelta(days=PLACEMENT_DAYS * 7 // 5 + 30)
    placement = store.create(PlacementFields("Service social du CPAS", first, NOW.date() + timedelta(days=60),
                                             "tutrice", "superviseur", 1600))
    day = first
    logged = 0
    while logged < PLACEMENT_DAYS:
        if day.weekday() < 5:
            store.log_hours(placement.uuid, day, rng.choice(("7:30", "7:36", "6", "4", "8")),
                            "Permanence et visites" if rng.random() < 0.7 else None)
            logged += 1
        day += timedelta(days=1)
    entries = [uuid for (uuid,) in database.raw.execute(
        "SELECT uuid FROM entries WHERE occurred_at >= ? ORDER BY id", (first.isoformat(),))]
    for number in range(8):
        objective = store.add_objective(placement.uuid, f"Objectif {number + 1} : mener un entretien d'accueil")
        for uuid in rng.sample(entries, min(len(entries), rng.randint(1, 5))):
            store.link_entry(objective.uuid, uuid)
    return placement.uuid


def prepare_agenda(database: Database, size: int, rng: random.Random) -> None:
    """Make the supervision agenda exactly ``size`` items: about 85 % entries of the last
    year (of the newest ones in a small journal), up to 10 % dilemmas brought to supervision, the rest reminders; a question on
    every third item."""
    with database.session() as session:  # a clean slate: no mark, no item
        session.connection().exec_driver_sql(
            "UPDATE entries SET for_supervision = 0, for_supervision_since = NULL WHERE for_supervision")
        session.connection().exec_driver_sql("DELETE FROM supervision_agenda")
    dilemma_uuids = [uuid for (uuid,) in database.raw.execute("SELECT uuid FROM dilemmas ORDER BY opened_at DESC")]
    dilemma_count = min(size // 10, len(dilemma_uuids))
    follow_ups = max(1, size // 20)
    entry_count = size - dilemma_count - follow_ups
    newest = [row[0] for row in database.raw.execute("SELECT id, occurred_at FROM entries ORDER BY occurred_at DESC")]
    year_ago = (NOW - timedelta(days=365)).astimezone(UTC).isoformat()
    in_last_year = database.raw.execute("SELECT count(*) FROM entries WHERE occurred_at >= ?", (year_ago,)).fetchone()[0]
    chosen = rng.sample(newest[:max(in_last_year, entry_count)], entry_count)  # a small journal: its newest
    since = (NOW - timedelta(days=20)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    with database.session() as session:
        for first in range(0, len(chosen), 500):
            ids = chosen[first:first + 500]
            session.connection().exec_driver_sql(
                f"UPDATE entries SET for_supervision = 1, for_supervision_since = ? "
                f"WHERE id IN ({', '.join('?' * len(ids))})", (since, *ids))
    dilemmas = DilemmaStore(database, LANGUAGE, clock=_clock)
    for uuid in dilemma_uuids[:dilemma_count]:
        dilemmas.set_status(uuid, TO_SUPERVISION, at=_clock())
    store = SupervisionStore(database, clock=_clock)
    for number in range(follow_ups):
        store.add_follow_up(f"Revenir sur la situation n°{number + 1}")
    agenda = store.sync_agenda()
    if len(agenda) != size:
        raise RuntimeError(f"agenda of {len(agenda)} items, {size} wanted")
    for item in agenda[::3]:
        store.set_question(item.uuid, "Comment tenir le cadre sans rompre le lien ?")


def diverge(database: Database, edited: list[str], seed: int, side: str) -> None:
    """One computer's changes: ``edited`` entries get a line, new entries are written."""
    store = EntryStore(database)
    for uuid in edited:
        record = store.get(uuid)
        store.update(uuid, replace(record.fields_only(), body=record.body + f"\n\nComplété sur {side}."))
    for item in synthetic.generate(MERGE_ADDS, seed):
        occurred = NOW - timedelta(days=random.Random(item.uuid).randint(0, 30))
        store.add(replace(item.fields, occurred_at=occurred))


def dayone_document(count: int, seed: int) -> bytes:
    """A Day One export (``Journal.json``) of ``count`` entries, in the documented shape:
    Markdown with Day One's escapes, a heading as first line, tags, some starred, photos,
    places and weather (left out by the import)."""
    rng = random.Random(seed)
    entries = []
    for item in synthetic.generate(count, seed):
        fields_ = item.fields
        assert fields_.occurred_at is not None
        body = fields_.body.replace(".", "\\.").replace("!", "\\!").replace("(", "\\(").replace(")", "\\)")
        text = f"# {fields_.title}\n\n{body}\n"
        entry: dict[str, Any] = {
            "uuid": item.uuid.upper(),
            "creationDate": fields_.occurred_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "modifiedDate": item.updated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "timeZone": "Europe/Brussels",
            "text": text,
            "richText": json.dumps({"meta": {"version": 1}, "contents": [{"text": fields_.title}]}),
            "tags": list(fields_.tags),
            "starred": rng.random() < 0.05,
            "isPinned": False,
            "duration": 0,
            "creationDevice": "iPhone",
            "creationOSName": "iOS",
        }
        if rng.random() < 0.1:
            identity = f"{rng.getrandbits(128):032X}"
            entry["text"] = text + f"\n![](dayone-moment://{identity})\n"
            entry["photos"] = [{"identifier": identity, "type": "jpeg", "md5": f"{rng.getrandbits(128):032x}"}]
        if rng.random() < 0.3:
            entry["location"] = {"localityName": "Bruxelles", "country": "Belgique",
                                 "latitude": 50.85, "longitude": 4.35}
        if rng.random() < 0.3:
            entry["weather"] = {"temperatureCelsius": rng.randint(-5, 30), "weatherCode": "cloudy"}
        entries.append(entry)
    return json.dumps({"metadata": {"version": "1.0"}, "entries": entries}, ensure_ascii=False, indent=2).encode()


# ----------------------------------------------------------------------------- measuring


def measure(size: int, repeat: int, seed: int, folder: Path) -> dict[str, Any]:
    from journal_app.pdf import brief_to_pdf, ensure_gui_application
    from journal_app.ui.dashboard_view import load_dashboard, load_entries_behind
    from journal_app.ui.placement_view import load_placement
    from journal_app.ui.weekly_review import gather_week
    from PySide6.QtGui import QTextDocument

    ensure_gui_application()
    rows: list[Row] = []
    result: dict[str, Any] = {"size": size, "repeat": repeat, "seed": seed, "load_before": os.getloadavg()}
    rng = random.Random(seed)

    def add(group: str, label: str, where: str, action: Callable[[Any], object], *,
            setup: Callable[[], Any] | None = None, cleanup: Callable[[Any], object] | None = None,
            facts: Callable[[Any], dict[str, Any]] | None = None) -> object:
        runs, last = timed(action, repeat, setup, cleanup)
        rows.append(Row(group, label, where, runs, facts(last) if facts else {}))
        return last

    path = folder / f"features-{size}.carnet"
    progress(f"{size:,} entries: building with features...")
    started = time.perf_counter()
    synthetic.build(path, size, seed, features=True)
    result["build_s"] = time.perf_counter() - started
    journal = Journal.open(path, synthetic.PASSPHRASE)  # never saved: every change stays in memory
    try:
        database = journal.database
        placement = add_placement(database, rng)
        raw = database.raw
        result["journal"] = {table: raw.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in (
            "entries", "schedules", "limits", "limit_marks", "dilemmas", "dilemma_status_changes",
            "dilemma_reflections", "checkins", "supervision_agenda", "placement_hours")}
        result["journal"]["entries_in_last_5_years"] = raw.execute(
            "SELECT count(*) FROM entries WHERE occurred_at >= ?",
            ((NOW - timedelta(days=261 * 7)).astimezone(UTC).isoformat(),)).fetchone()[0]
        today = NOW.date()

        progress(f"{size:,}: workload metrics")
        metrics = WorkloadMetrics(database)
        add("metrics", "261 weeks (5 years), every figure", WORKER,
            lambda _: metrics.series("week", 261, until=today),
            facts=lambda weeks: {"contacts": sum(w.value("contacts") or 0 for w in weeks)})
        add("metrics", "60 months (5 years), every figure", WORKER, lambda _: metrics.series("month", 60, until=today))
        add("metrics", "522 weeks (10 years: every entry)", WORKER, lambda _: metrics.series("week", 522, until=today))
        add("metrics", "usual_levels (every figure)", WORKER, lambda _: metrics.usual_levels(until=today))
        week = Period.week(today).previous()
        add("metrics", "entries_behind, 1 figure of 1 week", WORKER,
            lambda _: metrics.entries_behind("contacts", week), facts=lambda uuids: {"entries": len(uuids)})
        add("metrics", f"entries_behind, all {len(KEYS)} figures of 1 week", WORKER,
            lambda _: [metrics.entries_behind(key, week) for key in KEYS])

        progress(f"{size:,}: workload metrics, every entry within 5 years")
        dense_path = folder / f"dense-{size}.carnet"
        synthetic.build(dense_path, size, seed, features=True, years=5)
        dense = Journal.open(dense_path, synthetic.PASSPHRASE, read_only=True)
        try:
            dense_metrics = WorkloadMetrics(dense.database)
            add("metrics, all entries in 5 years", "261 weeks, every figure", WORKER,
                lambda _: dense_metrics.series("week", 261, until=today),
                facts=lambda weeks: {"contacts": sum(w.value("contacts") or 0 for w in weeks)})
            add("metrics, all entries in 5 years", "60 months, every figure", WORKER,
                lambda _: dense_metrics.series("month", 60, until=today))
            add("metrics, all entries in 5 years", "usual_levels (every figure)", WORKER,
                lambda _: dense_metrics.usual_levels(until=today))
        finally:
            dense.close()
        dense_path.unlink()

        progress(f"{size:,}: dashboard and weekly review")
        add("views", "dashboard: load_dashboard", WORKER, lambda _: load_dashboard(database, NOW, LANGUAGE))
        add("views", "dashboard: entries behind a week (click)", WORKER,
            lambda _: load_entries_behind(database, "off_hours_contacts", week),
            facts=lambda lines: {"entries": len(lines)})
        add("views", "weekly review: gather_week", WORKER,
            lambda _: gather_week(database, journal.entries, Period.week(today), LANGUAGE, NOW),
            facts=lambda review_: {"prompts": len(review_.prompts), "dilemmas": len(review_.dilemmas),
                                   "for_supervision": len(review_.supervision)})

        progress(f"{size:,}: prompts and check-ins")
        checkins = CheckinStore(database, clock=lambda: NOW)

        def next_prompt(_: object) -> object:
            engine = PromptEngine(database, lambda: NOW, dry_run=True,
                                  checkin_trend_rising=lambda: checkins.rising(NOW))
            return engine.next_prompt(LANGUAGE)

        add("prompts", "next_prompt (dry run, fresh engine)", WORKER, next_prompt,
            facts=lambda shown: {"trigger": getattr(shown, "trigger", None)})
        add("check-ins", "signals", WORKER, lambda _: checkins.signals(NOW),
            facts=lambda _: {"checkins": len(checkins.history(NOW))})
        add("check-ins", "trend, 3 scales", WORKER, lambda _: [checkins.trend(scale, until=NOW) for scale in SCALES])

        for agenda_size in AGENDA_SIZES:
            progress(f"{size:,}: supervision brief, agenda of {agenda_size}")
            copy = Database.from_image(database.image())
            try:
                prepare_agenda(copy, agenda_size, rng)
                brief = add("supervision", f"supervision_brief, {agenda_size} items", WORKER,
                            lambda _, copy=copy: supervision_brief(copy, language=LANGUAGE, clock=_clock))

                def reviewed(_: object, copy: Database = copy, brief: Any = brief) -> object:
                    known = [person.pseudonym for person in PersonStore(copy).summaries()]
                    return review(brief, known)

                findings = add("supervision", f"review (+ known pseudonyms), {agenda_size} items", WORKER, reviewed,
                               facts=lambda found: {"findings": len(found)})
                add("supervision", f"to_markdown, {agenda_size} items", WORKER, lambda _, brief=brief: to_markdown(brief),
                    facts=lambda text: {"chars": len(text)})
                decisions = accept_all(findings)  # type: ignore[arg-type]
                add("supervision", f"preview: apply_review + to_markdown, {agenda_size} items", UI,
                    lambda _, brief=brief, findings=findings: to_markdown(apply_review(brief, findings, decisions)))
                preview_text = to_markdown(apply_review(brief, findings, decisions))  # type: ignore[arg-type]

                def qt_preview(_: object, text: str = preview_text) -> object:
                    document = QTextDocument()
                    document.setMarkdown(text)
                    document.setTextWidth(640)  # the preview's width: forces the layout
                    return document.size().height()

                add("supervision", f"preview: Qt setMarkdown + layout, {agenda_size} items", UI, qt_preview)
                final = apply_review(brief, findings, decisions)  # type: ignore[arg-type]
                add("supervision", f"brief_to_pdf, {agenda_size} items", WORKER, lambda _, final=final: brief_to_pdf(final),
                    facts=lambda data: {"pdf_kib": round(len(data) / 1024)})
            finally:
                copy.close()

        progress(f"{size:,}: placement")
        store = PlacementStore(database, clock=_clock)
        add("placement", f"totals, {PLACEMENT_DAYS} days", WORKER, lambda _: store.totals(placement),
            facts=lambda totals: {"days": totals.days})
        add("placement", "load_placement (the view's load)", WORKER, lambda _: load_placement(database, placement))

        progress(f"{size:,}: merge")
        image = database.image()
        uuids = [uuid for (uuid,) in raw.execute("SELECT uuid FROM entries ORDER BY id")]
        picked = rng.sample(uuids, 2 * MERGE_EDITS - 10)
        here_edits, there_edits = picked[:MERGE_EDITS], picked[MERGE_EDITS - 10:]  # ten on both sides
        images = []
        for side, edits, side_seed in (("ce PC", here_edits, seed + 11), ("le portable", there_edits, seed + 12)):
            side_database = Database.from_image(image)
            diverge(side_database, edits, side_seed, side)
            images.append(side_database.image())
            side_database.close()
        image = b""

        def copies() -> tuple[Database, Database]:
            return Database.from_image(images[0]), Database.from_image(images[1])

        def close_both(pair: tuple[Database, Database]) -> None:
            pair[0].close()
            pair[1].close()

        add("sync", f"merge_databases, {MERGE_EDITS} edits + {MERGE_ADDS} adds each side", WORKER,
            lambda pair: merge.merge_databases(*pair), setup=copies, cleanup=close_both,
            facts=lambda report: {"added": report.entries_added, "updated": report.entries_updated,
                                  "kept_both": report.entries_kept_both, "other": report.other_changes})
        images.clear()  # two images of the journal: let them go

        progress(f"{size:,}: exports and import")
        exports = folder / "exports"
        exports.mkdir(exist_ok=True)
        target = exports / "export.json"
        add("import/export", "Carnet JSON export, whole journal", WORKER,
            lambda _: interchange.write_export(journal, target),
            facts=lambda count: {"entries": count, "mib": round(target.stat().st_size / 2**20, 1)})
        target.unlink(missing_ok=True)
        counter = iter(range(repeat))
        add("import/export", "Markdown export, whole journal", WORKER,
            lambda folder_: interchange.write_markdown_export(journal, folder_),
            setup=lambda: exports / f"markdown-{next(counter)}", cleanup=lambda folder_: shutil.rmtree(folder_),
            facts=lambda count: {"files": count})
        data = dayone_document(DAYONE_ENTRIES, seed + 21)
        add("import/export", f"Day One: read {DAYONE_ENTRIES} entries (parse + check)", WORKER,
            lambda _: dayone.read_dayone_json(data), facts=lambda _: {"json_kib": round(len(data) / 1024)})
        batch = dayone.read_dayone_json(data)
        base = database.image()
        header, key = journal._header, journal._require_key()  # noqa: SLF001 - a journal around a copy

        def journal_copy() -> Journal:
            return Journal(folder / "import-copy.carnet", header, key, Database.from_image(base), None)

        add("import/export", "Day One: preview", WORKER, lambda copy_: interchange.preview(batch, copy_),
            setup=journal_copy, cleanup=lambda copy_: copy_.close())
        add("import/export", f"Day One: import {DAYONE_ENTRIES} entries", WORKER,
            lambda copy_: interchange.import_batch(copy_, batch), setup=journal_copy, cleanup=lambda copy_: copy_.close(),
            facts=lambda outcome: {"imported": outcome.imported})
        base = b""
        shutil.rmtree(exports, ignore_errors=True)
    finally:
        journal.close()
    result["load_after"] = os.getloadavg()
    result["rows"] = [{**asdict(row), "median_ms": row.median_ms, "min_ms": min(row.runs_ms),
                       "max_ms": max(row.runs_ms), "repeat": repeat} for row in rows]
    return result


# ----------------------------------------------------------------------------- reporting


def cell(row: dict[str, Any]) -> str:
    runs = "" if len(row["runs_ms"]) == row["repeat"] else f" n={len(row['runs_ms'])}"
    return f"{row['median_ms']:.1f} ({row['min_ms']:.1f}-{row['max_ms']:.1f}){runs}"


def print_table(results: list[dict[str, Any]], machine: dict[str, Any]) -> None:
    labels = [(row["group"], row["label"], row["where"]) for row in results[0]["rows"]]
    width = max(len(f"{group}: {label}") for group, label, _ in labels) + 2
    header = f"{'median ms (min-max)':{width}}{'thread':>7}" + "".join(f"{r['size']:>36,}" for r in results)
    print(header)
    print("-" * len(header))
    for group, label, where in labels:
        cells = []
        for result in results:
            row = next((r for r in result["rows"] if r["label"] == label and r["group"] == group), None)
            cells.append(f"{cell(row) if row else '-':>36}")
        print(f"{group + ': ' + label:{width}}{where:>7}" + "".join(cells))
    print()
    for result in results:
        print(f"{result['size']:,} entries: built in {result['build_s']:.1f} s; load average "
              f"{', '.join(f'{v:.2f}' for v in result['load_before'])} before, "
              f"{', '.join(f'{v:.2f}' for v in result['load_after'])} after; journal: "
              + ", ".join(f"{k} {v}" for k, v in result["journal"].items()))
        for row in result["rows"]:
            if row["facts"]:
                print(f"    {row['group']}: {row['label']}: " + ", ".join(f"{k} {v}" for k, v in row["facts"].items()))
    print()
    for result in results:
        slow_ui = [r for r in result["rows"] if r["where"] == UI and r["median_ms"] > UI_BUDGET_MS]
        for r in slow_ui:
            print(f"OVER BUDGET at {result['size']:,}: {r['label']} runs on the UI thread and takes "
                  f"{r['median_ms']:.0f} ms (> {UI_BUDGET_MS:.0f} ms)")
        slow_worker = [r for r in result["rows"] if r["where"] == WORKER and r["median_ms"] > UI_BUDGET_MS]
        if slow_worker:
            print(f"over {UI_BUDGET_MS:.0f} ms on the worker at {result['size']:,} (fine: the UI stays responsive): "
                  + "; ".join(f"{r['group']}: {r['label']} {r['median_ms']:.0f}" for r in slow_worker))
        if result["size"] == BUDGET_SIZE:
            for r in result["rows"]:
                if r["group"].startswith("metrics") and ("5 years" in r["label"] or "5 years" in r["group"]) \
                        and "usual" not in r["label"]:
                    verdict = "PASS" if r["median_ms"] < METRICS_BUDGET_MS else "FAIL"
                    print(f"{verdict}  metrics budget {METRICS_BUDGET_MS:.0f} ms: {r['group']}: {r['label']}: "
                          f"{r['median_ms']:.0f} ms")
    print(f"\n{machine['date']}, {machine['cpus']} CPUs, {machine['platform']}, Python {machine['python']}, "
          f"SQLite {machine['sqlite']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=synthetic.DEFAULT_SEED)
    parser.add_argument("--json", action="store_true", help="print one JSON document instead of the table")
    parser.add_argument("--show", type=Path, help="print the table of a saved run (its JSON) and stop")
    args = parser.parse_args(argv)
    if args.show:
        saved = json.loads(args.show.read_text())
        print_table(saved["results"], saved["machine"])
        return 0
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]
    machine = {"date": datetime.now(UTC).isoformat(timespec="seconds"), "cpus": os.cpu_count(),
               "python": platform.python_version(), "sqlite": sqlite3.sqlite_version, "platform": platform.platform()}
    folder = Path(tempfile.mkdtemp(prefix="carnet-bench-features-"))
    results = []
    try:
        for size in sizes:
            results.append(measure(size, args.repeat, args.seed, folder))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    document = {"machine": machine, "results": results}
    OUT.mkdir(exist_ok=True)
    (OUT / "features.json").write_text(json.dumps(document, indent=2, default=str))
    if args.json:
        print(json.dumps(document, indent=2, default=str))
    else:
        print_table(results, machine)
    return 0


if __name__ == "__main__":
    sys.exit(main())

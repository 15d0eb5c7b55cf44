"""``journal-app self-test``: proves that this installation (a pip install or a frozen bundle)
can do the whole round trip a person relies on, without touching their journals or settings.

It creates a journal in a fresh temporary folder, writes fictional entries, saves and
locks it, reopens it with the passphrase, searches it, verifies it, then checks that the
desktop side loads (an offscreen Qt application, the translations, icons, charts, PDF), and
removes the folder. One line per step; the first failure stops the run with a line saying
which step failed and why. A bundle that is missing a module, a data file, a migration or a
Qt plugin fails here, in CI, before anyone downloads it.

Nothing here is a person's data: the text is made up for the test and lives only in the
temporary folder, which is removed even when a step fails.
"""

from __future__ import annotations

import importlib
import importlib.util
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, TextIO

from journal_app import __version__

PASSPHRASE = "self-test passphrase, not a real one"
# Real Argon2id, cheap enough to run in a second: Carnet's memory floor (64 MiB, the least a
# header may ask for: crypto.ACCEPTED_KDF) with one iteration instead of the calibrated ~0.5 s.
KDF_MEMORY_KIB = 64 * 1024
KDF_ITERATIONS = 1
# A word that must be findable after reopening and must never appear in the encrypted file.
MARKER = "selftestmarqueur"
ENTRY_COUNT = 3
SHIPPED_LANGUAGES = ("fr", "nl", "en")


class SelfTestFailed(Exception):
    """A step found the installation broken; the message says what is wrong."""


@dataclass
class SelfTestRun:
    """What the steps share: the temporary folder and the journal they build up."""

    folder: Path
    journal_path: Path = field(init=False)
    journal: Any = None  # journal_app.core.journal.Journal while it is open
    app: Any = None  # the QApplication used (kept alive until the run ends)

    def __post_init__(self) -> None:
        self.journal_path = self.folder / "self-test.carnet"


def _create(run: SelfTestRun) -> str:
    from journal_app.core.crypto import KdfParams
    from journal_app.core.journal import Journal

    journal, recovery_code = Journal.create(
        run.journal_path, PASSPHRASE, kdf=KdfParams(memory_kib=KDF_MEMORY_KIB, iterations=KDF_ITERATIONS))
    run.journal = journal
    if not recovery_code:
        raise SelfTestFailed("no recovery code was made")
    # Database.new() ran every Alembic migration: they were found and they work.
    return f"schema {journal.database.schema_revision()}, migrations applied"


def _write(run: SelfTestRun) -> str:
    from journal_app.core.entries import EntryFields

    start = datetime(2026, 3, 2, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    texts = (
        ("Réunion d'équipe", f"Préparer la supervision: l'école et le réseau. {MARKER}", ("réseau",)),
        ("Appel du dimanche", "Un appel sur le téléphone personnel, à garder pour la supervision.", ("limites",)),
        ("Visite à domicile", "Dossier logement, à reprendre jeudi.", ("logement",)),
    )
    for number, (title, body, tags) in enumerate(texts):
        run.journal.entries.add(EntryFields(
            title=title, body=body, occurred_at=start + timedelta(days=number), kind="contact",
            channel="home_visit", persons=("Mme T.",), tags=tags, duration_minutes=20).validated())
    run.journal.save()
    return f"{len(texts)} entries saved"


def _lock(run: SelfTestRun) -> str:
    run.journal.close()
    run.journal = None
    content = run.journal_path.read_bytes()
    if MARKER.encode() in content or "Réunion".encode() in content:
        raise SelfTestFailed("the saved file holds text in the clear")
    return f"{len(content)} bytes, encrypted"


def _reopen(run: SelfTestRun) -> str:
    from journal_app.core.errors import WrongPassphrase
    from journal_app.core.journal import Journal

    try:
        Journal.open(run.journal_path, PASSPHRASE + "?", read_only=True).close()
    except WrongPassphrase:
        pass
    else:
        raise SelfTestFailed("a wrong passphrase opened the journal")
    run.journal = Journal.open(run.journal_path, PASSPHRASE)
    count = run.journal.entries.count()
    if count != ENTRY_COUNT:
        raise SelfTestFailed(f"{count} entries after reopening, {ENTRY_COUNT} expected")
    return f"{count} entries back; a wrong passphrase is refused"


def _search(run: SelfTestRun) -> str:
    # "ecole reseau" must find "l'école et le réseau": accents and case do not matter.
    found = run.journal.entries.search("ecole reseau")
    if [record.title for record in found] != ["Réunion d'équipe"]:
        raise SelfTestFailed(f"the search found {len(found)} entries instead of the one expected")
    return "accent-insensitive full-text search works"


def _check(run: SelfTestRun) -> str:
    from journal_app.core.journal import verify

    run.journal.close()
    run.journal = None
    problems = verify(run.journal_path, PASSPHRASE)
    if problems:
        raise SelfTestFailed("; ".join(problems))
    return "integrity check passed"


def _data_files(run: SelfTestRun) -> str:
    from journal_app.core.formats import carnet
    from journal_app.core.resources import load_toml, resource

    load_toml("prompts", "prompts.toml")
    load_toml("dilemmas", "taxonomy.toml")
    load_toml("checkin", "cbi.toml")
    if not resource("icons", "carnet.svg").is_file():
        raise SelfTestFailed("the icons are missing")
    if not resource(carnet.OUTLINE_RESOURCE).is_file() or not carnet.sections():
        raise SelfTestFailed("the export's outline of the tables is missing")
    from importlib.resources import files

    migrations = files("journal_app.core") / "migrations" / "versions"
    scripts = [item.name for item in migrations.iterdir() if item.name.endswith(".py") and item.name[0].isdigit()]
    if not scripts:
        raise SelfTestFailed("the database migrations are missing")
    return f"resources and {len(scripts)} migrations found"


def _qt_application(run: SelfTestRun) -> str:
    from PySide6.QtCore import QCoreApplication, qVersion
    from PySide6.QtWidgets import QApplication

    app = QCoreApplication.instance()
    if app is None:
        # "-platform offscreen": no window appears, and no display is needed (CI, a server).
        app = QApplication([sys.argv[0] if sys.argv else "journal-app", "-platform", "offscreen"])
    elif not isinstance(app, QApplication):
        raise SelfTestFailed(f"a {type(app).__name__} (without widgets) already runs in this process: "
                             "the desktop side cannot be checked here")
    run.app = app
    importlib.import_module("journal_app.ui.app")
    importlib.import_module("journal_app.ui.main_window")
    return f"Qt {qVersion()} on the '{QApplication.platformName()}' platform; the desktop app's modules load"


def _translations(run: SelfTestRun) -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    from journal_app.ui.i18n import translations_folder

    for language in SHIPPED_LANGUAGES:
        translator = QTranslator()
        if not translator.load(QLocale(language), "carnet", "_", translations_folder()):
            raise SelfTestFailed(f"the {language} translation (carnet_{language}.qm) is missing")
    # Qt's own French strings (standard buttons, dialogs); Carnet's first language.
    qt_translator = QTranslator()
    if not qt_translator.load(QLocale("fr"), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        raise SelfTestFailed("Qt's own French translation (qtbase_fr.qm) is missing")
    return f"{', '.join(SHIPPED_LANGUAGES)} and Qt's French load"


def _icons(run: SelfTestRun) -> str:
    from PySide6.QtGui import QImageReader

    from journal_app.ui.icons import icon

    if b"svg" not in [bytes(name.data()) for name in QImageReader.supportedImageFormats()]:
        raise SelfTestFailed("Qt cannot read SVG images (the svg image plugin is missing)")
    pixmap = icon("carnet").pixmap(64, 64)
    if pixmap.isNull():
        raise SelfTestFailed("the application icon does not render")
    return "SVG icons render"


def _charts(run: SelfTestRun) -> str:
    from PySide6.QtCharts import QChart, QChartView, QLineSeries

    series = QLineSeries()
    series.append(0, 1)
    series.append(1, 2)
    chart = QChart()
    chart.addSeries(series)
    view = QChartView(chart)
    view.resize(200, 120)
    if view.grab().isNull():
        raise SelfTestFailed("a chart does not render")
    return "a chart renders"


def _pdf(run: SelfTestRun) -> str:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    target = run.folder / "self-test.pdf"
    writer = QPdfWriter(str(target))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    painter.drawText(100, 100, "Carnet")
    painter.end()
    if not target.read_bytes().startswith(b"%PDF"):
        raise SelfTestFailed("the PDF writer wrote no PDF")
    detail = "Qt's PDF writer works"
    # The journal's own PDF export, where this version has one: importing it proves it is bundled.
    if importlib.util.find_spec("journal_app.pdf") is not None:
        importlib.import_module("journal_app.pdf")
        detail += "; the PDF export module loads"
    return detail


STEPS: tuple[tuple[str, Callable[[SelfTestRun], str]], ...] = (
    ("create a journal", _create),
    ("write entries and save", _write),
    ("lock", _lock),
    ("reopen with the passphrase", _reopen),
    ("search", _search),
    ("verify the file", _check),
    ("find the data files", _data_files),
    ("start Qt offscreen", _qt_application),
    ("load the translations", _translations),
    ("render the icons", _icons),
    ("render a chart", _charts),
    ("write a PDF", _pdf),
)


@contextmanager
def _temporary_folder() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="carnet-self-test-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def run_self_test(out: TextIO | None = None) -> bool:
    """Runs every step, printing one line each to ``out`` (standard output by default).
    Returns True when all passed; on the first failure prints why and returns False."""
    out = out or sys.stdout
    started = time.monotonic()
    print(f"Carnet {__version__} self-test (Python {sys.version.split()[0]}, {sys.platform})", file=out, flush=True)
    failed: str | None = None
    with _temporary_folder() as folder:
        run = SelfTestRun(folder)
        try:
            for name, step in STEPS:
                step_started = time.monotonic()
                try:
                    detail = step(run)
                except Exception as exc:  # noqa: BLE001 - every failure becomes one readable line
                    reason = str(exc) if isinstance(exc, SelfTestFailed) else f"{type(exc).__name__}: {exc}"
                    print(f"FAIL  {name}: {reason}", file=out, flush=True)
                    failed = name
                    break
                elapsed = time.monotonic() - step_started
                print(f"ok    {name}" + (f" ({detail})" if detail else "") + f" [{elapsed:.2f} s]", file=out, flush=True)
        finally:
            if run.journal is not None and run.journal.is_open:
                run.journal.close()
    if failed is None and folder.exists():
        print(f"FAIL  clean up: {folder} is still there", file=out, flush=True)
        failed = "clean up"
    elif failed is None:
        print("ok    clean up (the temporary folder is gone)", file=out, flush=True)
    total = time.monotonic() - started
    if failed is None:
        print(f"self-test passed: {len(STEPS) + 1} steps in {total:.1f} s", file=out, flush=True)
        return True
    print(f"self-test FAILED at '{failed}'", file=out, flush=True)
    return False

"""Render every screen of Carnet to PNG, offscreen, for review and for docs/screenshots/.

    python tools/screenshots.py [--out docs/screenshots] [--languages fr,en]

Uses the example journal (fictional), so no real-looking person ever appears.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
_home = tempfile.mkdtemp(prefix="carnet-shots-")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")

from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from journal_app.core import crypto  # noqa: E402
from journal_app.core.crypto import KdfParams  # noqa: E402
from journal_app.core.errors import DamagedJournal  # noqa: E402
from journal_app.ui import app as carnet_app  # noqa: E402
from journal_app.ui.messages import error_text  # noqa: E402
from journal_app.ui.settings import AppSettings  # noqa: E402

SIZES = ((1280, 800), (1024, 640))
CHEAP = KdfParams(memory_kib=64, iterations=1)  # screenshots only; people always get calibrated parameters
crypto.ACCEPTED_KDF = crypto.KdfPolicy().allowing(CHEAP)  # as in tests/conftest.py: to reopen them


def wait(app: QApplication, condition, timeout: float = 15.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        app.processEvents()
        if condition():
            app.processEvents()
            return
        time.sleep(0.01)
    raise TimeoutError("screen did not settle")


def shoot_dilemmas(window, app, shoot, language: str) -> None:  # type: ignore[no-untyped-def]
    """The example's own dilemmas (fictional), with their history and reflections."""
    window.workspace.show_view(3)
    view = window.workspace.dilemmas
    wait(app, lambda: view.tree.topLevelItemCount() > 0)
    groups = [view.tree.topLevelItem(i) for i in range(view.tree.topLevelItemCount())]
    view.tree.setCurrentItem(next(group.child(0) for group in groups if group.childCount()))
    wait(app, lambda: view.page.isEnabled())
    shoot("dilemmas")

    from datetime import date, timedelta

    from journal_app.core.limits import LimitStore

    def limits(holder):  # type: ignore[no-untyped-def]
        # The example has two limits; a third, counted by hand.
        LimitStore(holder.require().database).add("no_lending_money", effective_from=date.today() - timedelta(weeks=14))

    window.worker.submit(limits)
    window.workspace.show_view(4)
    wait(app, lambda: window.workspace.limits.list.count() == 3)
    shoot("limits")


def shoot_wellbeing(window, app, shoot, language: str) -> None:  # type: ignore[no-untyped-def]
    """Issue 6: the question banner, How am I doing, a check-in, the weekly review, the settings."""
    idle = lambda: not window.worker.is_busy()  # noqa: E731

    def question(holder):  # type: ignore[no-untyped-def]
        return window._prompt_engine(holder).more(language)

    window.workspace.show_view(0)
    window.worker.submit(question, window.workspace.prompt_banner.show_prompt)
    wait(app, lambda: idle() and window.workspace.prompt_banner.isVisible())
    shoot("prompt-banner")
    window.workspace.prompt_banner.show_checkin_invitation()
    shoot("checkin-invitation", sizes=((1024, 640),))
    window.workspace.prompt_banner.clear()
    window.workspace.show_view(5)
    wait(app, idle)
    shoot("how-am-i-doing")
    window.workspace.dashboard.as_text.setChecked(True)
    shoot("how-am-i-doing-as-text", sizes=((1024, 640),))
    window.workspace.show_view(6)
    wait(app, idle)
    shoot("weekly-review")
    window.open_checkin()
    dialog = window.checkin_dialog
    wait(app, lambda: dialog.isVisible())
    shoot("checkin-intro", dialog, sizes=((0, 0),))
    dialog.pages.setCurrentIndex(1)
    shoot("checkin-questions", dialog, sizes=((0, 0),))
    dialog.reject()
    window.open_where_to_turn()
    shoot("where-to-turn", window.where_to_turn_dialog, sizes=((0, 0),))
    window.where_to_turn_dialog.reject()
    window.open_prompt_settings()
    wait(app, idle)
    shoot("questions-settings", window.prompt_settings_dialog, sizes=((0, 0),))
    window.prompt_settings_dialog.reject()
    window.open_backups()
    wait(app, idle)
    shoot("backups", window.backups_dialog, sizes=((0, 0),))
    window.backups_dialog.reject()


def shoot_supervision_and_placement(window, app, shoot, language: str) -> None:  # type: ignore[no-untyped-def]
    """Issue 7: the supervision agenda, the review before an export, a session, a placement."""
    from datetime import date, timedelta

    from journal_app.core.entries import EntryFilter
    from journal_app.core.placement import PlacementFields, PlacementStore

    idle = lambda: not window.worker.is_busy()  # noqa: E731
    window.workspace.show_view(7)
    wait(app, lambda: idle() and window.workspace.supervision.agenda.count() > 0)
    window.workspace.supervision.agenda.setCurrentRow(0)
    shoot("supervision")
    window.workspace.supervision.prepare_brief()
    wait(app, lambda: idle() and window.workspace.supervision.review_dialog is not None)
    wait(app, idle)
    shoot("supervision-brief-review", window.workspace.supervision.review_dialog, sizes=((0, 0),))
    window.workspace.supervision.review_dialog.reject()
    window.workspace.supervision.record_session()
    wait(app, lambda: idle() and window.workspace.supervision.session_dialog is not None)
    shoot("supervision-session", window.workspace.supervision.session_dialog, sizes=((0, 0),))
    window.workspace.supervision.session_dialog.reject()

    def placement(holder):  # type: ignore[no-untyped-def]
        journal = holder.require()
        store = PlacementStore(journal.database)
        today = date.today()
        record = store.create(PlacementFields(institution="CPAS", starts_on=today - timedelta(days=60),
                                              ends_on=today + timedelta(days=40), tutor="Tutrice",
                                              school_supervisor="Superviseur HE", required_hours=400))
        for line in PLACEMENT_OBJECTIVES.get(language, PLACEMENT_OBJECTIVES["en"]):
            store.add_objective(record.uuid, line)
        for days in range(60, 0, -1):
            day = today - timedelta(days=days)
            if day.weekday() < 4:
                store.log_hours(record.uuid, day, "7,5")
        objective = store.objectives(record.uuid)[0]
        for entry in journal.entries.list(EntryFilter(limit=2)):
            store.link_entry(objective.uuid, entry.uuid)
        journal.save()

    window.worker.submit(placement)
    window.workspace.show_view(8)
    wait(app, idle)
    shoot("placement")


PLACEMENT_OBJECTIVES = {
    "fr": ("Mener un entretien d'accueil en autonomie", "Situer son intervention dans le réseau local",
           "Analyser une situation à l'aide d'un cadre théorique", "Respecter le secret professionnel"),
    "nl": ("Zelfstandig een onthaalgesprek voeren", "Het eigen werk in het lokale netwerk situeren",
           "Een situatie analyseren met een theoretisch kader", "Het beroepsgeheim respecteren"),
    "en": ("Lead a first interview on one's own", "Place one's work within the local network",
           "Analyse a situation with a theoretical frame", "Respect professional confidentiality"),
}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default="docs/screenshots")
    parser.add_argument("--languages", default="fr,en")
    parser.add_argument("--theme", default="light", choices=("light", "dark", "high_contrast"),
                        help="shots in a theme other than light are named name-language-theme-WxH.png")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    carnet_app.configure_application_identity()
    app = QApplication(sys.argv[:1])
    from journal_app.ui.main_window import MainWindow

    for language in args.languages.split(","):
        settings = AppSettings(QSettings(os.path.join(_home, f"{language}.ini"), QSettings.Format.IniFormat))
        settings.language = language
        settings.theme = args.theme
        variant = language if args.theme == "light" else f"{language}-{args.theme.replace('_', '-')}"
        carnet_app.prepare_application(app, settings)
        window = MainWindow(settings, kdf_for_tests=CHEAP)
        window.show()
        idle = lambda: not window.worker.is_busy()  # noqa: E731

        def shoot(name: str, widget: QWidget | None = None, sizes=SIZES) -> None:  # type: ignore[no-untyped-def]
            for width, height in sizes:
                if widget is None:
                    window.resize(width, height)
                wait(app, idle)
                app.processEvents()
                (widget or window).grab().save(str(out / f"{name}-{variant}-{width}x{height}.png"))

        shoot("welcome")
        window._show_page(window.create_page)
        window.create_page.passphrase.first.setText("le chat dort sur le balcon")
        window.create_page.passphrase.second.setText("le chat dort sur le balc")
        shoot("create")
        window.recovery_page.set_code("7KQ2M-XH4PD-R9TNB-3WC8F-JV6YE-MA5GS-P2ZQK-8DHRT")
        window._show_page(window.recovery_page)
        shoot("recovery-code")
        window.open_demo()
        wait(app, lambda: window.is_unlocked() and idle())
        wait(app, lambda: window.journal_page.model.rowCount() > 0)
        window.journal_page._select_row(3)
        shoot("main-window")
        window.workspace.show_view(1)
        shoot("calendar")
        window.workspace.show_view(2)
        wait(app, idle)
        window.workspace.persons.table.selectRow(1)
        wait(app, lambda: window.workspace.persons.detail.isVisible())  # the person's page, a pass later
        shoot("persons")
        shoot_dilemmas(window, app, shoot, language)
        shoot_wellbeing(window, app, shoot, language)
        shoot_supervision_and_placement(window, app, shoot, language)
        window.workspace.show_view(0)
        window.journal_page.new_entry()
        editor = window.journal_page.editor
        editor.title.setText("Appel du soir")
        editor.body.setPlainText("Fatima Benali m'a rappelée au 0478 12 34 56 : elle n'a pas reçu la lettre. "
                                 "Mme R. attendait au même moment.")
        editor.scan_identities()
        shoot("editor-identity-check")
        editor.load(None)
        window.journal_page._dirty = False
        window.open_schedule()
        wait(app, lambda: hasattr(window, "schedule_dialog") and window.schedule_dialog.isVisible())
        shoot("working-hours", window.schedule_dialog, sizes=((0, 0),))
        window.schedule_dialog.reject()
        window.open_quick_log()
        wait(app, lambda: hasattr(window, "quick_log_dialog") and window.quick_log_dialog.isVisible())
        window.quick_log_dialog.person.setText("Mme R.")
        window.quick_log_dialog.note.setText("Rappel au sujet du loyer")
        shoot("quick-log", window.quick_log_dialog, sizes=((0, 0),))
        window.quick_log_dialog.reject()
        window._on_settings()
        dialog = window.findChild(QWidget, "settingsDialog")
        shoot("settings", dialog, sizes=((0, 0),))
        dialog.reject()
        window.lock()
        wait(app, idle)
        window.unlock_page.show_error(error_text(DamagedJournal("x")), offer_backup=True)
        shoot("unlock-damaged")
        window.unlock_page.clear()
        from journal_app.core.errors import WrongPassphrase

        window.unlock_page.show_error(error_text(WrongPassphrase("x")))
        shoot("unlock-wrong-passphrase")
        window.unlock_page.clear()
        shoot("unlock")
        window._show_page(window.recover_page)
        shoot("recover")
        for box in window.findChildren(QMessageBox):
            box.done(0)
        window.worker.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

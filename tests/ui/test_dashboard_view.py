"""How am I doing: the dashboard through its real widgets, on journals with known figures."""

from __future__ import annotations

import gc
from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from journal_app.core.checkins import CheckinStore, Trend, instrument
from journal_app.core.dilemmas import DilemmaStore
from journal_app.core.entries import EntryFields
from journal_app.core.limits import LimitStore
from journal_app.core.metrics import Period, WorkloadMetrics
from journal_app.ui.dashboard_view import (
    UuidRole,
    DashboardView,
    axis_scale,
    nearest_week,
    trend_words,
)
from journal_app.ui.worker import JournalWorker

WINTER = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 18, 15, 0, tzinfo=WINTER)  # a Wednesday in 2026-W47; the chart runs W36..W47
TODAY = NOW.date()


def monday(week: int) -> datetime:
    return datetime.combine(date.fromisocalendar(2026, week, 1), datetime.min.time(), WINTER)


@pytest.fixture
def dashboard(qtbot, app_settings, new_journal):  # type: ignore[no-untyped-def]
    worker = JournalWorker()
    worker.holder_for_tests.journal = new_journal
    view = DashboardView(worker, clock=lambda: NOW)
    qtbot.addWidget(view)
    view.resize(880, 520)
    view.show()
    yield view
    worker.shutdown()
    gc.collect()


def refreshed(qtbot, view: DashboardView) -> DashboardView:  # type: ignore[no-untyped-def]
    view.refresh()
    qtbot.waitUntil(lambda: view._data is not None and not view._worker.is_busy(), timeout=10_000)
    return view


def seed_weeks(journal) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Weeks 30 to 46 have (week % 3) off-hours contacts on Tuesday evening, 30 minutes each, with
    weights; week 47 (this one) has 4. A few named entries for the lists behind the figures."""
    entries = journal.entries
    for week in range(30, 47):
        for k in range(week % 3):
            entries.add(EntryFields(title=f"Soir {week}-{k}", kind="contact", channel="work_phone",
                                    occurred_at=monday(week) + timedelta(days=1, hours=21, minutes=k),
                                    duration_minutes=30, off_hours=True, emotional_weight=(week + k) % 10))
    named = {}
    for k, title in enumerate(("Appel de Mme D.", "Visite imprévue", "", "Message tardif")):
        named[title or "untitled"] = entries.add(EntryFields(
            title=title, body="" if title else "\nPremière ligne du texte\nla suite", kind="contact",
            channel="personal_phone", occurred_at=NOW - timedelta(days=1, hours=-(5 + k)),
            duration_minutes=20, off_hours=True)).uuid
    named["hors cadre"] = entries.add(EntryFields(title="Hors cadre", out_of_frame=True,
                                                  occurred_at=monday(45) + timedelta(days=2, hours=10))).uuid
    return named


def test_chart_and_table_show_the_core_figures_and_the_usual_level(qtbot, dashboard, new_journal) -> None:
    seed_weeks(new_journal)
    view = refreshed(qtbot, dashboard)
    metrics = WorkloadMetrics(new_journal.database)
    weeks = metrics.series("week", 12, until=TODAY)
    assert [w.period.name for w in weeks][::11] == ["2026-W36", "2026-W47"]

    assert view.current_key() == "off_hours_contacts"
    values = [w.value("off_hours_contacts") for w in weeks]
    assert values == [36 % 3, 37 % 3, 38 % 3, 39 % 3, 40 % 3, 41 % 3, 42 % 3, 43 % 3, 44 % 3, 45 % 3, 46 % 3, 4]
    assert [(p.x(), p.y()) for p in view.value_series.points()] == [(float(i), float(v)) for i, v in enumerate(values)]
    usual = metrics.usual_level("off_hours_contacts", until=TODAY)
    assert usual == 1.0  # weeks 30..46: the median of 0, 1 and 2 repeated
    assert {p.y() for p in view.usual_series.points()} == {usual}
    assert view.usual_series.pen().style() == Qt.PenStyle.DashLine
    assert "1" in view.usual_label.text() and "usual level" in view.usual_label.text()
    assert view.x_axis.categoriesLabels()[-1] == "W47"

    # The same figures as text, with the usual level on every row.
    view.as_text.setChecked(True)
    assert view.stack.currentWidget() is view.table
    assert view.table.rowCount() == 12
    assert [view.table.item(r, 0).text() for r in (0, 11)] == ["week 36", "week 47"]
    assert [view.table.item(r, 2).text() for r in range(12)] == [str(v) for v in values]
    assert {view.table.item(r, 3).text() for r in range(12)} == {"1"}
    assert view.explanation.text().startswith("The number of contacts flagged off-hours")

    # Another figure, with unknown weeks (no weight given) left as gaps.
    view.figure_box.setCurrentIndex(view.figure_box.findData("weight_average"))
    weights = [w.value("weight_average") for w in weeks]
    assert weights[0] is None and weights[1] == 7 and weights[-1] is None  # weeks without a weight given
    assert [(p.x(), p.y()) for p in view.value_series.points()] == \
        [(float(i), float(v)) for i, v in enumerate(weights) if v is not None]
    assert [view.table.item(r, 2).text() for r in (0, 1, 11)] == ["not known", "7 / 10", "not known"]
    joined = [s for s in view.chart.series() if isinstance(s, QLineSeries) and s is not view.usual_series]
    assert sum(s.count() for s in joined) == sum(v is not None for v in weights)
    assert (view.y_axis.min(), view.y_axis.max()) == (0, 10)
    assert view.usual_series.count() == 2 and view.usual_series.at(0).y() == metrics.usual_level(
        "weight_average", until=TODAY)


def test_a_clicked_week_lists_the_entries_behind_it_and_one_opens(qtbot, dashboard, new_journal) -> None:
    named = seed_weeks(new_journal)
    view = refreshed(qtbot, dashboard)
    assert view.entries.count() == 0  # nothing chosen yet
    expected = WorkloadMetrics(new_journal.database).entries_behind("off_hours_contacts", Period.week(TODAY))
    view.value_series.clicked.emit(QPointF(10.8, 0.3))  # nearest week: the last one (index 11)
    qtbot.waitUntil(lambda: view.entries.count() == len(expected) == 4, timeout=5_000)
    assert view.table.currentRow() == 11
    assert [view.entries.item(i).data(UuidRole) for i in range(4)] == list(expected)
    texts = [view.entries.item(i).text() for i in range(4)]
    assert texts[0].endswith("— Appel de Mme D.")
    assert texts[2].endswith("— Première ligne du texte")  # no title: the first line of the text
    assert "week 47" in view.entries_caption.text()
    assert [(p.x(), p.y()) for p in view.chosen_series.points()] == [(11.0, 4.0)]

    with qtbot.waitSignal(view.open_entry) as opened:
        view.entries.setCurrentRow(1)
        qtbot.keyClick(view.entries, Qt.Key.Key_Return)
    assert opened.args == [named["Visite imprévue"]]

    # Another figure keeps the chosen week and lists its own entries.
    view.figure_box.setCurrentIndex(view.figure_box.findData("out_of_frame"))
    qtbot.waitUntil(lambda: "Out-of-frame" in view.entries_caption.text(), timeout=5_000)
    assert view.entries.count() == 0 and "No entry" in view.entries_caption.text()

    # A click anywhere over a week of the chart, and the arrow keys, choose it too.
    chart = view.chart
    position = chart.mapToPosition(QPointF(9, 0.5))
    qtbot.mouseClick(view.chart_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.chart_view.mapFromScene(chart.mapToScene(position)))
    qtbot.waitUntil(lambda: view.entries.count() == 1, timeout=5_000)
    assert view.table.currentRow() == 9
    assert view.entries.item(0).data(UuidRole) == named["hors cadre"]
    view.chart_view.setFocus()
    qtbot.keyClick(view.chart_view, Qt.Key.Key_Left)
    assert view.table.currentRow() == 8


def test_clear_empties_every_widget_and_drops_late_results(qtbot, dashboard, new_journal) -> None:
    seed_weeks(new_journal)
    CheckinStore(new_journal.database).record({"cbi-personal-1": 50, "cbi-personal-2": 50, "cbi-personal-3": 50},
                                              at=NOW - timedelta(days=3))
    view = refreshed(qtbot, dashboard)
    view.value_series.clicked.emit(QPointF(11, 4))
    qtbot.waitUntil(lambda: view.entries.count() == 4, timeout=5_000)
    static = {label.text() for label in view.findChildren(QLabel)}

    view.clear()
    assert view.value_series.count() == view.usual_series.count() == view.chosen_series.count() == 0
    assert view.line_series == [] and view.x_axis.categoriesLabels() == []
    assert view.table.rowCount() == 0 and view.entries.count() == 0
    shown = {label.text() for label in view.findChildren(QLabel) if label.text()}
    assert not any("Appel" in text or "50" in text or "dilemma" in text or "week 4" in text for text in shown)
    assert shown < static

    # A refresh still running when the journal locks brings nothing back.
    view.refresh()
    view.clear()
    qtbot.waitUntil(lambda: not view._worker.is_busy(), timeout=5_000)
    qtbot.wait(50)
    assert view.table.rowCount() == 0 and view.value_series.count() == 0 and view._data is None


def test_no_check_in_yet_invites_one(qtbot, dashboard, new_journal) -> None:
    view = refreshed(qtbot, dashboard)
    assert "not checked in yet" in view.checkin_status.text()
    assert not any(label.isVisible() for label in view.scale_labels.values())
    assert not view.talk_label.isVisible() and not view.help_button.isVisible()
    assert view.checkin_button.isVisible()
    with qtbot.waitSignal(view.checkin_requested):
        qtbot.mouseClick(view.checkin_button, Qt.MouseButton.LeftButton)
    # An empty journal: a calm sentence instead of empty charts.
    assert view.empty_label.isVisible() and not view.figures.isVisible()
    assert view.dilemmas_label.text() == "No dilemma open."
    assert "not set limits" in view.limits_label.text()


def test_rising_scores_are_said_in_plain_words_and_suggest_talking(qtbot, dashboard, new_journal) -> None:
    items = [item.id for item in instrument("en").items]
    store = CheckinStore(new_journal.database)
    store.record(dict.fromkeys(items, 25), at=NOW - timedelta(days=15))
    store.record(dict.fromkeys(items, 75), at=NOW - timedelta(days=1))
    dashboard.language = "en"
    view = refreshed(qtbot, dashboard)
    personal = view.scale_labels["personal"].text()
    assert personal.startswith("Personal fatigue\n75 out of 100.")
    assert "Clearly higher than at your previous check-ins." in personal
    work = store.latest().scores.work
    assert f"{round(work)} out of 100" in view.scale_labels["work"].text()
    assert view.checkin_status.text().startswith("Your last check-in: ")  # not due: one day ago
    assert view.talk_label.isVisible() and view.help_button.isVisible()
    with qtbot.waitSignal(view.help_requested):
        qtbot.mouseClick(view.help_button, Qt.MouseButton.LeftButton)
    words = " ".join(label.text() for label in view.findChildren(QLabel)).lower()
    assert "burn" not in words  # never as a verdict


def test_a_due_check_in_is_said_gently(qtbot, dashboard, new_journal) -> None:
    CheckinStore(new_journal.database).record({"cbi-client-1": 50, "cbi-client-2": 25, "cbi-client-3": 75},
                                              at=NOW - timedelta(days=20))
    view = refreshed(qtbot, dashboard)
    assert "20 days ago" in view.checkin_status.text() and "whenever it suits you" in view.checkin_status.text()
    assert view.scale_labels["client"].text().endswith(trend_words(None))
    assert "Not enough answers" in view.scale_labels["personal"].text()
    assert not view.talk_label.isVisible()


def test_open_dilemmas_and_limits_crossed_in_short(qtbot, dashboard, new_journal) -> None:
    dilemmas = DilemmaStore(new_journal.database)
    dilemmas.create("Prêter de l'argent", ["personal-resources"], opened_at=NOW - timedelta(days=34))
    dilemmas.create("Une règle", ["personal-resources"], opened_at=NOW - timedelta(days=5))
    settled = dilemmas.create("Réglé", ["personal-resources"], opened_at=NOW - timedelta(days=60))
    dilemmas.set_status(settled.uuid, "settled", at=NOW - timedelta(days=2))
    LimitStore(new_journal.database).add("no_weekend_contacts", effective_from=date(2026, 1, 1))
    saturday = datetime(2026, 11, 14, 11, tzinfo=WINTER)  # last week, this month
    new_journal.entries.add(EntryFields(title="Samedi", kind="contact", occurred_at=saturday))
    new_journal.entries.add(EntryFields(title="Lundi", kind="contact", occurred_at=monday(47) + timedelta(hours=10)))
    view = refreshed(qtbot, dashboard)
    assert view.dilemmas_label.text() == "2 open dilemmas; the oldest was opened 34 days ago."
    metrics = WorkloadMetrics(new_journal.database)
    assert metrics.week("2026-W47").value("limits_crossed") == 0
    assert metrics.month("2026-11").value("limits_crossed") == 1
    assert view.limits_label.text() == "Your limits were crossed 0 times this week and 1 time this month."


def test_the_chart_takes_its_colours_from_the_palette_and_draws_on_its_card(qtbot, dashboard, new_journal) -> None:
    seed_weeks(new_journal)
    view = refreshed(qtbot, dashboard)
    palette = view.palette()
    assert view.value_series.color() == palette.color(QPalette.ColorRole.Highlight)
    assert not view.chart.isBackgroundVisible()  # no box of its own: the card's surface shows
    dark = QPalette(view.palette())
    for role, colour in ((QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Window, "#2b2b2b"),
                         (QPalette.ColorRole.Text, "#e8e8e8"), (QPalette.ColorRole.Mid, "#5a5a5a"),
                         (QPalette.ColorRole.Highlight, "#56b4e9")):
        dark.setColor(role, QColor(colour))
    view.setPalette(dark)
    assert view.x_axis.labelsBrush().color() == QColor("#e8e8e8")
    assert view.value_series.color() == QColor("#56b4e9")
    assert view.usual_series.pen().color() == QColor("#e8e8e8")
    assert view.usual_series.pen().style() == Qt.PenStyle.DashLine  # not by colour alone


# ----- the pure helpers


def trend(*values: float) -> Trend:
    change = values[-1] - values[0] if len(values) > 1 else 0
    direction = None if len(values) < 2 else "rising" if change >= 10 else "falling" if change <= -10 else "steady"
    return Trend("personal", values, (NOW,) * len(values), direction)  # type: ignore[arg-type]


def test_trend_words(app_settings) -> None:  # type: ignore[no-untyped-def]
    assert trend_words(None) == trend_words(trend(40)) and "first check-in" in trend_words(None)
    assert trend_words(trend(40, 45)) == "About the same as at your previous check-ins."
    assert trend_words(trend(40, 50)) == "A little higher than at your previous check-ins."
    assert trend_words(trend(40, 60)) == "Clearly higher than at your previous check-ins."
    assert trend_words(trend(60, 50)) == "A little lower than at your previous check-ins."
    assert trend_words(trend(60, 40)) == "Clearly lower than at your previous check-ins."


def test_axis_scale_and_nearest_week() -> None:
    assert axis_scale(0, "contacts") == (4, 1)
    assert axis_scale(4, "contacts") == (5, 1)
    assert axis_scale(7, "contacts") == (8, 2)
    assert axis_scale(45, "off_hours_minutes") == (50, 10)
    assert axis_scale(130, "off_hours_minutes") == (150, 50)
    assert axis_scale(3.2, "weight_average") == (10, 2)
    assert [nearest_week(x) for x in (-3, 0.4, 0.6, 10.5, 20)] == [0, 0, 1, 10, 11]


def test_a_new_refresh_forgets_the_chosen_week(qtbot, dashboard, new_journal) -> None:
    seed_weeks(new_journal)
    view = refreshed(qtbot, dashboard)
    assert view.entries_caption.text().startswith("Click a week")
    view.value_series.clicked.emit(QPointF(11, 4))
    qtbot.waitUntil(lambda: view.entries.count() == 4, timeout=5_000)
    refreshed(qtbot, view)  # a week later, the same index would be another week
    assert view.entries.count() == 0 and view.table.currentRow() == -1 and view.chosen_series.count() == 0
    assert view.entries_caption.text().startswith("Click a week")


def test_in_french_the_oldest_dilemma_comes_after_a_narrow_space_and_a_semicolon(qtbot, dashboard, new_journal) -> None:
    """French typography (docs/writing-guide.md): the space before ";" belongs to the translation."""
    from PySide6.QtWidgets import QApplication

    from journal_app.ui.i18n import Translations

    dilemmas = DilemmaStore(new_journal.database)
    dilemmas.create("Prêter de l'argent", ["personal-resources"], opened_at=NOW - timedelta(days=34))
    dilemmas.create("Une règle", ["personal-resources"], opened_at=NOW - timedelta(days=5))
    translations = Translations(QApplication.instance())
    assert translations.apply("fr")
    try:
        view = refreshed(qtbot, dashboard)
        assert view.dilemmas_label.text() == "2 dilemmes ouverts\u202f; le plus ancien a été ouvert il y a 34 jours."
    finally:
        translations.apply("en")

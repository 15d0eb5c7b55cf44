"""The worker's answers reach the window in the order the work was submitted, one per pass of the
event loop (so the window is never held still by several answers handled back to back), a
failure still reaches its handler, and answers to work submitted before locking are dropped."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from journal_app.core.errors import JournalError
from journal_app.ui.worker import JournalHolder, JournalWorker


class Refused(JournalError):
    code = "refused"


@pytest.fixture
def worker(qapp) -> Iterator[JournalWorker]:  # type: ignore[no-untyped-def]
    worker = JournalWorker()
    yield worker
    worker.shutdown()


def _all_done_on_the_worker(worker: JournalWorker) -> None:
    """Blocks the UI thread until the worker has run everything submitted: every answer is then
    waiting for the UI thread at once, as after a slow paint."""
    finished = threading.Event()
    worker.submit(lambda _holder: finished.set())
    assert finished.wait(10)


def test_answers_come_in_submission_order_and_failures_reach_their_handler(qtbot, worker) -> None:
    heard: list[str] = []

    def work(number: int):  # type: ignore[no-untyped-def]
        def run(_holder: JournalHolder) -> int:
            if number % 3 == 1:
                raise Refused("refused")
            return number
        return run

    for number in range(7):
        worker.submit(work(number), lambda value: heard.append(f"done {value}"),
                      lambda error, n=number: heard.append(f"failed {n} {error.code}"))
    qtbot.waitUntil(lambda: not worker.is_busy())
    assert heard == ["done 0", "failed 1 refused", "done 2", "done 3", "failed 4 refused", "done 5", "done 6"]


def _two_answers(qtbot, worker, first, heard: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Two operations done on the worker before either answer is handled: ``first`` handles the
    first answer, the second notes itself in ``heard``; waits until three things were heard."""
    worker.submit(lambda _holder: 1, first)
    worker.submit(lambda _holder: 2, lambda _value: heard.append("second answer"))
    _all_done_on_the_worker(worker)
    qtbot.waitUntil(lambda: len(heard) == 3)


def test_one_answer_per_pass_of_the_event_loop(qtbot, worker) -> None:
    heard: list[str] = []

    def first(_value: object) -> None:
        heard.append("first answer")
        # Work the event loop has to do once this answer is handled (a paint, a key press).
        QTimer.singleShot(0, lambda: heard.append("the window's own work"))

    _two_answers(qtbot, worker, first, heard)
    assert heard == ["first answer", "the window's own work", "second answer"]


def test_a_timer_falling_due_while_an_answer_is_handled_runs_before_the_next_answer(qtbot, worker) -> None:
    """Qt serves the timers due in the order they fell due: the next answer's turn must come after
    a timer (an animation, the text cursor, the autosave) that fell due during a long answer, or
    the window stays still for both answers at once (issue 17)."""
    heard: list[str] = []

    def first(_value: object) -> None:
        heard.append("first answer")
        QTimer.singleShot(1, lambda: heard.append("a timer due meanwhile"))
        time.sleep(0.02)  # a long answer: the page filled and laid out

    _two_answers(qtbot, worker, first, heard)
    assert heard == ["first answer", "a timer due meanwhile", "second answer"]


def test_a_step_late_after_a_long_pass_lets_the_timers_due_meanwhile_go_first(qtbot, worker) -> None:
    """What waits for an idle worker was due before a long pass of the event loop (a page
    painted): the timer that fell due during that pass runs first."""
    heard: list[str] = []

    def long_pass() -> None:
        worker.when_idle(lambda: heard.append("when idle"))
        QTimer.singleShot(1, lambda: heard.append("a timer due meanwhile"))
        time.sleep(0.02)

    QTimer.singleShot(0, long_pass)
    qtbot.waitUntil(lambda: len(heard) == 2)
    assert heard == ["a timer due meanwhile", "when idle"]


def test_answers_waiting_when_the_session_ends_are_dropped(qtbot, worker) -> None:
    shown: list[object] = []

    def lock_on_first(value: object) -> None:
        shown.append(value)
        worker.end_session()  # the window locks while the other answers wait their turn

    worker.submit(lambda _holder: "first", lock_on_first)
    worker.submit(lambda _holder: "journal text", shown.append)
    worker.submit(lambda _holder: (_ for _ in ()).throw(Refused("refused")), None, shown.append)
    _all_done_on_the_worker(worker)
    qtbot.waitUntil(lambda: not worker.is_busy())
    for _ in range(5):
        QApplication.processEvents()
    assert shown == ["first"]
    worker.submit(lambda _holder: "after", shown.append)  # a new session is answered again
    qtbot.waitUntil(lambda: shown == ["first", "after"])


def test_busy_until_the_last_answer_is_handled(qtbot, worker) -> None:
    handled: list[bool] = []
    busy_when_handled: list[bool] = []

    def note(_value: object) -> None:
        busy_when_handled.append(worker.is_busy())
        handled.append(True)

    worker.submit(lambda _holder: None, note)
    worker.submit(lambda _holder: None, note)
    _all_done_on_the_worker(worker)
    assert worker.is_busy()  # done on the worker, not yet handled here
    qtbot.waitUntil(lambda: len(handled) == 2)
    assert busy_when_handled == [True, True]
    qtbot.waitUntil(lambda: not worker.is_busy())


def test_work_submitted_while_held_starts_at_the_end_of_the_block_in_order(qtbot, worker) -> None:
    heard: list[str] = []
    started = threading.Event()
    worker.submit(lambda _holder: "before", heard.append)
    with worker.held():
        worker.submit(lambda _holder: started.set() or "inside 1", heard.append)
        worker.submit(lambda _holder: "inside 2", heard.append)
        assert not started.wait(0.3)  # the window paints meanwhile, the worker waits
        assert worker.is_busy()
    assert started.wait(10)
    qtbot.waitUntil(lambda: not worker.is_busy())
    assert heard == ["before", "inside 1", "inside 2"]


def test_work_released_together_is_let_go_of_on_the_window_thread(qtbot, worker) -> None:
    """What a held operation's closure holds is freed on the window's thread once its answer is
    handled, not on the worker's when the rest of the work released with it is done: freed there,
    a WorkProgress (connected to a timer) was disconnected on the worker's thread, which took a
    lock of Qt's then waited for the GIL, held by the window's thread waiting for that lock."""
    freed_on: list[bool] = []

    class Held:
        def __del__(self) -> None:
            freed_on.append(threading.current_thread() is threading.main_thread())

    def holding_work():  # type: ignore[no-untyped-def]
        held = Held()
        return lambda _holder: held is not None

    answered = threading.Event()
    go_on = threading.Event()
    with worker.held():
        worker.submit(holding_work(), lambda _value: answered.set())
        worker.submit(lambda _holder: go_on.wait(10))
    qtbot.waitUntil(answered.is_set)  # the first answer handled on the window's thread, the second still running
    qtbot.wait(20)
    go_on.set()
    qtbot.waitUntil(lambda: not worker.is_busy())
    qtbot.waitUntil(lambda: bool(freed_on))
    assert freed_on == [True]


def test_what_waits_for_an_idle_worker_runs_once_every_answer_is_handled(qtbot, worker) -> None:
    """``when_idle``: a banner appearing or a view painted ahead waits until the worker runs no
    Python (each call into Python of a paint would wait for the GIL)."""
    heard: list[str] = []
    started = threading.Event()
    go_on = threading.Event()

    def slow(_holder: JournalHolder) -> None:
        started.set()
        assert go_on.wait(10)

    worker.submit(slow, lambda _none: heard.append("slow answered"))
    assert started.wait(10)
    worker.when_idle(lambda: heard.append("idle"))
    qtbot.wait(50)
    assert heard == []  # the worker is still running Python
    worker.submit(lambda _holder: None, lambda _none: heard.append("second answered"))
    go_on.set()
    qtbot.waitUntil(lambda: "idle" in heard)
    assert heard == ["slow answered", "second answered", "idle"]


def test_what_waits_for_an_idle_worker_is_dropped_on_locking(qtbot, worker) -> None:
    heard: list[str] = []
    go_on = threading.Event()
    worker.submit(lambda _holder: go_on.wait(10))
    worker.when_idle(lambda: heard.append("idle"))
    worker.end_session()  # locking
    go_on.set()
    qtbot.waitUntil(lambda: not worker.is_busy())
    qtbot.wait(50)
    assert heard == []


def test_what_waits_for_an_idle_worker_runs_one_per_pass_of_the_event_loop(qtbot, worker) -> None:
    """A banner and a view painted ahead that both wait for an idle worker are not run back to
    back: together they held the window still for their sum (3 + 11 ms at 50,000 entries)."""
    heard: list[str] = []
    go_on = threading.Event()
    worker.submit(lambda _holder: go_on.wait(10))

    def first() -> None:
        heard.append("first")
        QTimer.singleShot(0, lambda: heard.append("a pass of the event loop"))

    worker.when_idle(first)
    worker.when_idle(lambda: heard.append("second"))
    go_on.set()
    qtbot.waitUntil(lambda: "second" in heard)
    assert heard == ["first", "a pass of the event loop", "second"]

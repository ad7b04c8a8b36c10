"""The background-work helper delivers results and errors on the GUI thread, in the caller's language."""

import threading

from bmb_desktop.errors import UserError
from bmb_desktop.locale.i18n import current_language, set_language
from bmb_desktop.ui.tasks import TaskRunner


def test_threaded_work_delivers_its_result_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    seen = {}

    def work():
        seen["worker"] = threading.current_thread()
        return 42

    def on_result(value):
        seen["result"], seen["delivered_on"] = value, threading.current_thread()

    runner.run(work, on_result=on_result)
    qtbot.waitUntil(lambda: "result" in seen)

    assert seen["result"] == 42
    assert seen["worker"] is not threading.main_thread()
    assert seen["delivered_on"] is threading.main_thread()
    assert not runner.busy()


def test_an_error_in_the_work_reaches_the_error_callback(qtbot):
    runner = TaskRunner()
    errors = []

    def work():
        raise UserError("Бир нерсе туура эмес.")

    runner.run(work, on_result=lambda _value: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert str(errors[0]) == "Бир нерсе туура эмес."


def test_the_worker_uses_the_language_of_the_caller(qtbot):
    runner = TaskRunner()
    results = []
    set_language("ru")
    try:
        runner.run(current_language, on_result=results.append)
        qtbot.waitUntil(lambda: bool(results))
    finally:
        set_language("ky")
    assert results == ["ru"]


def test_synchronous_mode_runs_at_once():
    results, errors = [], []
    runner = TaskRunner(synchronous=True)
    runner.run(lambda: "done", on_result=results.append, on_error=errors.append)
    runner.run(lambda: 1 / 0, on_result=results.append, on_error=errors.append)
    assert results == ["done"]
    assert isinstance(errors[0], ZeroDivisionError)

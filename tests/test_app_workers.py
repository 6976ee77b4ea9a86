"""Worker processes: order kept, reading ahead bounded, a dead worker or a result
that cannot come back costing one input only."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsbrief.app import workers
from newsbrief.app.batch import run
from newsbrief.app.jobs import Failure, Job, Settings
from newsbrief.app.workers import sigint_blocked
from newsbrief.brief import Brief
from newsbrief.read import Article

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED = SAMPLES / "takaichi-visit.txt"
WIRE = SAMPLES / "wire-prose.txt"
NO_DATES = SAMPLES / "no-dates.txt"


# Runs in worker processes (it is pickled by reference): kills its worker on a marker.
def _path_or_die(brief: Brief) -> str | None:
    if "SELF-DESTRUCT" in brief.source.text:
        os.kill(os.getpid(), signal.SIGKILL)
    return brief.source.path


def test_workers_keep_order_and_a_dead_worker_costs_its_article_only(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.txt"
    bomb.write_text("The SELF-DESTRUCT sequence started on Monday.\n")
    names = [str(SEED), str(tmp_path / "gone.txt"), str(bomb), str(WIRE), str(NO_DATES)]
    taken: list[str] = []

    def jobs() -> Iterator[Job]:
        for name in names:
            taken.append(name)
            yield Job(name=name)

    results = run(jobs(), Settings(), _path_or_die, workers=2)
    first = next(results)
    # At most IN_FLIGHT_PER_WORKER articles per worker are read ahead.
    assert len(taken) <= workers.IN_FLIGHT_PER_WORKER * 2 + 1
    rest = list(results)
    outcome = [first, *rest]
    assert outcome[0] == str(SEED)
    assert isinstance(outcome[1], Failure) and outcome[1].code == "not_found"
    assert isinstance(outcome[2], Failure) and outcome[2].code == "crashed"
    assert outcome[2].path == str(bomb)
    assert outcome[3:] == [str(WIRE), str(NO_DATES)]


# Runs in worker processes: a result that cannot travel back to the main process.
def _unpicklable(brief: Brief) -> object:
    if "unpicklable" in brief.source.text:
        return lambda: None
    return brief.source.path


def test_a_result_that_cannot_come_back_from_a_worker_costs_that_input_only() -> None:
    texts = ["A calm day in the city.", "An unpicklable result.", "Another calm day."]
    jobs = [Job(article=Article(t, f"{i}.txt")) for i, t in enumerate(texts)]
    results = list(run(jobs, Settings(), _unpicklable, workers=2))
    assert results[0] == "0.txt" and results[2] == "2.txt"
    assert isinstance(results[1], Failure) and results[1].code == "internal"


class _Stopped(Exception):
    pass


def _stop(signum: int, frame: object) -> None:
    raise _Stopped(signum)


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks")
def test_a_signal_while_workers_start_is_held_until_they_have_started() -> None:
    # Another thread may take the signal while this one starts a worker: stopping
    # halfway would leave a worker the pool does not know, so it waits for the block.
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        with pytest.raises(_Stopped), sigint_blocked():
            signal.raise_signal(signal.SIGTERM)
            started = True  # reached: the handler did not run inside the block
        assert started
        assert signal.getsignal(signal.SIGTERM) is _stop
    finally:
        signal.signal(signal.SIGTERM, previous)


_FIRST_LOCK = """
import multiprocessing, signal
from newsbrief.app.workers import sigint_blocked
with sigint_blocked():
    multiprocessing.get_context("spawn").Lock()  # the process's first: starts the tracker
    print(signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, set()))
"""


@pytest.mark.skipif(not hasattr(signal, "pthread_sigmask"), reason="no signal masks")
def test_ctrl_c_stays_blocked_while_workers_start() -> None:
    # Starting CPython's resource tracker unblocks Ctrl-C (3.11 to 3.13): a fresh
    # process shows whether it was started before the block.
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_LOCK], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "True"

"""Worker processes: articles briefed in a pool, in order, a crash costing one article.

Each worker loads the spaCy model once. At most `IN_FLIGHT_PER_WORKER` articles per
worker are in flight, so memory stays flat however many articles there are. A worker
that dies (killed for memory, a crash in native code) costs only the article it was
briefing: the pool is replaced and the articles that were in flight are briefed
again one at a time, so that the culprit alone is reported.
"""

from __future__ import annotations

import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from newsbrief.app.jobs import (
    CODE_INTERNAL,
    Failure,
    Job,
    Settings,
    internal_message,
    label_of,
    outcome,
    path_of,
)
from newsbrief.errors import BriefError, ModelError

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

    from newsbrief.brief import Brief

T = TypeVar("T")

# Articles submitted ahead per worker: enough to keep workers busy while the main
# process writes, few enough that memory does not grow with the run.
IN_FLIGHT_PER_WORKER = 2

# Error code of an article whose worker died while briefing it.
CODE_CRASHED = "crashed"


@dataclass(frozen=True)
class Fatal:
    """An error that ends the whole run (the model), carried back from a worker."""

    message: str


def preload(model: str | None) -> None:
    """Load the model once per worker, up front; if it fails, the first job meets
    the error and reports it."""
    from newsbrief.nlp import load_model, resolve_model_name

    with suppress(BriefError):
        load_model(resolve_model_name(model))


def _start_worker(settings: Settings) -> None:
    # Ctrl-C is the main process's business: it stops the workers itself, and a
    # worker must never print a traceback for it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    preload(settings.model)


def attempt(job: Job, settings: Settings, finish: Callable[[Brief], T]) -> T | Failure | Fatal:
    """One job's outcome where it is briefed, an error that ends the run carried as Fatal."""
    try:
        return outcome(job, settings, finish)
    except ModelError as exc:
        return Fatal(exc.message)


def unwrap(result: T | Failure | Fatal) -> T | Failure:
    """A worker's result back in the main process: a Fatal raises its error here."""
    if isinstance(result, Fatal):
        raise ModelError(result.message)
    return result


def crashed(job: Job) -> Failure:
    """The failure of a job whose worker died while briefing it."""
    return Failure(
        path_of(job),
        CODE_CRASHED,
        f"{label_of(job)}: the worker briefing it stopped unexpectedly "
        "(out of memory, or a crash in native code)",
    )


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    # A fork server (where there is one) starts workers from a clean process, so a
    # thread of the main process (the progress bar) cannot be caught mid-lock.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


@contextmanager
def sigint_blocked() -> Iterator[None]:
    """Hold Ctrl-C (and SIGTERM) back while worker processes may start.

    The workers start with Ctrl-C blocked (a mask survives fork and exec) and never
    see it. This process takes either signal once the block ends, so nothing is
    lost: another thread may receive it meanwhile, and its handler would otherwise
    stop this one halfway through starting a worker, which then outlives the pool
    (and prints a traceback when its queues are gone). CPython's resource tracker
    starts its process the same way.
    """
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    _start_resource_tracker()
    held: list[int] = []
    # Only the main thread may set handlers (and it is the one that runs them).
    main = threading.current_thread() is threading.main_thread()
    handlers = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM) if main}
    for signum, handler in handlers.items():
        if callable(handler):
            signal.signal(signum, lambda received, frame: held.append(received))
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)
        for signum, handler in handlers.items():
            signal.signal(signum, handler)
        if held:
            stop = handlers[signal.Signals(held[0])]
            if callable(stop):
                stop(held[0], None)


def _start_resource_tracker() -> None:
    """Start CPython's resource tracker before Ctrl-C is blocked: starting it unblocks
    Ctrl-C in the thread that starts it (Python 3.11 to 3.13), and the fork server
    started next would then take Ctrl-C while it imports and print a traceback."""
    from multiprocessing import resource_tracker

    resource_tracker.ensure_running()


class _Pool:
    """A process pool that starts lazily and can be stopped at once."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, job: Job, finish: Callable[[Brief], T]) -> Future[T | Failure | Fatal]:
        from concurrent.futures import Future, ProcessPoolExecutor

        if job.failure is not None:
            done: Future[T | Failure | Fatal] = Future()
            done.set_result(job.failure)
            return done
        with sigint_blocked():
            if self._executor is None:
                self._executor = ProcessPoolExecutor(
                    self.workers,
                    mp_context=_context(),
                    initializer=_start_worker,
                    initargs=(self.settings,),
                )
            return self._executor.submit(attempt, job, self.settings, finish)

    def close(self) -> None:
        """Let the workers finish and exit."""
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None

    def kill(self) -> None:
        """Stop the workers now, whatever they are doing."""
        executor, self._executor = self._executor, None
        if executor is None:
            return
        # ProcessPoolExecutor has no public way to stop busy workers before 3.14.
        processes = list((getattr(executor, "_processes", None) or {}).values())
        manager = getattr(executor, "_executor_manager_thread", None)
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)
        if manager is not None:
            # Let the executor's own thread see its workers gone and close its pipes
            # now: at exit the interpreter wakes that thread through one of them,
            # and a pipe closed at that very moment prints "Bad file descriptor".
            manager.join(timeout=5)


def _result(job: Job, future: Future[T | Failure | Fatal]) -> T | Failure | Fatal | None:
    """A worker's result, or None when the pool broke (a worker died)."""
    # Imported here: a run with one worker, and `brief --help`, never need it.
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        return None
    except Exception as exc:  # the result could not come back (it would not pickle)
        return Failure(path_of(job), CODE_INTERNAL, internal_message(job, exc))


def parallel(
    jobs: Iterator[Job], settings: Settings, finish: Callable[[Brief], T], workers: int
) -> Generator[T | Failure, None, None]:
    pool = _Pool(settings, workers)
    window: deque[tuple[Job, Future[T | Failure | Fatal]]] = deque()
    suspects: deque[Job] = deque()  # in flight when a worker died: retried one by one
    failed: Exception | None = None  # raised by `jobs`: re-raised once those in flight are out
    finished = False
    try:
        while True:
            if suspects:
                job = suspects.popleft()
                outcome = _result(job, pool.submit(job, finish))
                if outcome is None:
                    pool.kill()
                    outcome = crashed(job)
                yield unwrap(outcome)
                continue
            while failed is None and len(window) < IN_FLIGHT_PER_WORKER * workers:
                try:
                    upcoming = next(jobs, None)
                except Exception as exc:  # the articles' iterable failed: deliver what is done
                    failed = exc
                    break
                if upcoming is None:
                    break
                window.append((upcoming, pool.submit(upcoming, finish)))
            if not window:
                break
            job, future = window.popleft()
            outcome = _result(job, future)
            if outcome is None:
                suspects.extend([job, *(j for j, _ in window)])
                window.clear()
                pool.kill()
                continue
            yield unwrap(outcome)
        finished = True
        if failed is not None:
            raise failed
    finally:
        if finished:
            pool.close()
        else:  # interrupted, the reader went away, or the model failed
            pool.kill()

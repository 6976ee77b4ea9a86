"""Many articles at once: inputs found, briefed in order, every failure isolated.

`run()` briefs a stream of jobs and yields exactly one result per job, in the order
given: the brief (or what `finish` makes of it, such as its JSON line) or a
`Failure` that names the input and says what went wrong. A bad input, or a bug that
one odd article trips, costs that article only; the run goes on.

With more than one worker the articles are briefed in worker processes, each
loading the spaCy model once. At most `IN_FLIGHT_PER_WORKER` articles per worker are
in flight, so memory stays flat however many articles there are. A worker that dies
(killed for memory, a crash in native code) costs only the article it was briefing:
the pool is replaced and the articles that were in flight are briefed again one at a
time, so that the culprit alone is reported.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import traceback
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path, PurePath, PurePosixPath
from typing import TYPE_CHECKING, Any, TypeVar

from newsbrief.errors import EXIT_INPUT, BriefError, InputError, ModelError
from newsbrief.reading import Article, read_input

if TYPE_CHECKING:
    import multiprocessing.context
    from concurrent.futures import Future, ProcessPoolExecutor

    from newsbrief.brief import Brief

T = TypeVar("T")

# Which files a directory input contributes, unless --glob says otherwise.
DEFAULT_PATTERNS = ("*.txt", "*.md", "*.markdown", "*.html", "*.htm")
# Articles submitted ahead per worker: enough to keep workers busy while the main
# process writes, few enough that memory does not grow with the run.
IN_FLIGHT_PER_WORKER = 2
STDIN = "-"
STDIN_STEM = "stdin"

# Error codes of failures found here (reading.py has its own: not_found,
# unreadable, directory, binary, empty).
CODE_NO_ARTICLES = "no_articles"
CODE_INTERNAL = "internal"
CODE_CRASHED = "crashed"

_UNSAFE_NAME = re.compile(r"[^\w.-]+")


@dataclass(frozen=True)
class Failure:
    """An input that could not be briefed: where it came from, a code, a message.

    `code` is stable and meant for scripts (`not_found`, `unreadable`, `binary`,
    `empty`, `directory`, `no_articles`, `internal`, `crashed`, ...); `message` is one
    line for people.
    """

    path: str | None
    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        """The JSON error record (`brief schema --record`)."""
        return {
            "source": {"path": self.path},
            "error": {"code": self.code, "message": self.message},
        }


@dataclass(frozen=True)
class Settings:
    """What every article of a run is briefed with."""

    reference_date: dt.date | None = None
    model: str | None = None
    glance: int | None = None


@dataclass(frozen=True)
class Job:
    """One article to brief: an input name to read (a path, '-' for stdin), an
    article already read, or an input that failed before briefing. `label` names it
    in messages when it has no path."""

    name: str | None = None
    article: Article | None = None
    failure: Failure | None = None
    label: str | None = None


# --- Inputs --------------------------------------------------------------------


@dataclass(frozen=True)
class Input:
    """One input of a command-line run.

    `name` is what `read_input` reads; `stem` is where its output goes under
    --output-dir, without extension (a directory's files keep their layout under it).
    """

    name: str
    stem: PurePath
    failure: Failure | None = None

    @property
    def job(self) -> Job:
        return Job(name=self.name, failure=self.failure)


def expand_inputs(names: Sequence[str], patterns: Sequence[str] = DEFAULT_PATTERNS) -> list[Input]:
    """Command-line inputs in order, each directory replaced by its matching files.

    A directory is searched recursively; its files are sorted, hidden files and
    directories (`.name`) are skipped, and symbolic links to directories are not
    followed. A directory without any matching file is one failed input.
    """
    found: list[Input] = []
    for name in names:
        if name != STDIN and os.path.isdir(name):
            found.extend(_directory(name, patterns))
        else:
            found.append(Input(name, _stem(name)))
    return found


def _directory(top: str, patterns: Sequence[str]) -> list[Input]:
    files: list[PurePath] = []
    failures: list[Input] = []

    def unreadable(exc: OSError) -> None:
        where = exc.filename or top
        reason = exc.strerror or str(exc)
        rel = PurePath(os.path.relpath(where, top))
        failures.append(Input(where, rel, Failure(where, "unreadable", f"{where}: {reason}")))

    for root, dirs, names in os.walk(top, onerror=unreadable):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        rel_root = PurePath(os.path.relpath(root, top))
        for name in names:
            rel = rel_root / name
            if not name.startswith(".") and _matches(rel, patterns):
                files.append(rel)
    entries = [Input(os.path.join(top, rel), rel.with_suffix("")) for rel in files]
    entries += failures
    entries.sort(key=lambda entry: PurePath(os.path.relpath(entry.name, top)).parts)
    if not entries:
        shown = ", ".join(patterns)
        message = f"{top}: is a directory with no articles (no files matching {shown})"
        return [Input(top, _stem(top), Failure(top, CODE_NO_ARTICLES, message))]
    return entries


def _matches(rel: PurePath, patterns: Sequence[str]) -> bool:
    """Glob patterns matched from the right, ignoring case (`*.txt`, `2024/*.md`)."""
    path = PurePosixPath(rel.as_posix().casefold())
    return any(path.match(p.casefold()) for p in patterns)


def _stem(name: str) -> PurePath:
    """The output name of a single input: its file name without extension."""
    if name == STDIN:
        return PurePath(STDIN_STEM)
    last = name.rstrip("/\\").replace("\\", "/").rsplit("/", 1)[-1]
    stem = _UNSAFE_NAME.sub("_", PurePath(last).stem if "." in last[1:] else last).strip("._")
    return PurePath(stem or "article")


class OutputNames:
    """Output file names under a directory, each unique within the run.

    Two inputs that would get the same name (`a/x.txt` and `b/x.txt`, or `x.txt` and
    `x.md`) get `x.md` and `x-2.md`, and no output ever takes an input's place. Names
    are compared ignoring case, for file systems that do.
    """

    def __init__(self, directory: Path, suffix: str, inputs: Iterable[str] = ()) -> None:
        self.directory = directory
        self.suffix = suffix
        self._taken = {_key(Path(name)) for name in inputs if name != STDIN}

    def name_for(self, stem: PurePath) -> Path:
        base = self.directory / stem
        candidate = base.with_name(base.name + self.suffix)
        n = 1
        while _key(candidate) in self._taken:
            n += 1
            candidate = base.with_name(f"{base.name}-{n}{self.suffix}")
        self._taken.add(_key(candidate))
        return candidate


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path)).casefold()


# --- Briefing ------------------------------------------------------------------


def brief_job(job: Job, settings: Settings) -> Brief:
    """Read and brief one job in this process; BriefError says what went wrong."""
    from newsbrief.compose import brief_article

    if job.failure is not None:
        raise InputError(job.failure.message, job.failure.code)
    if job.article is not None:
        article = job.article
    elif job.name is not None:
        article = read_input(job.name)
    else:  # pragma: no cover - a Job always has one of the three
        raise InputError("nothing to brief", "empty")
    return brief_article(
        article, _label(job), settings.reference_date, settings.model, settings.glance
    )


def keep_brief(brief: Brief) -> Brief:
    """A `finish` for `run` that keeps the Brief itself."""
    return brief


def _outcome(job: Job, settings: Settings, finish: Callable[[Brief], T]) -> T | Failure:
    """One job's result; only errors that concern the whole run (the model) escape."""
    try:
        return finish(brief_job(job, settings))
    except BriefError as exc:
        if exc.exit_code != EXIT_INPUT:
            raise
        return Failure(_path(job), exc.code, exc.message)
    except Exception as exc:  # a bug tripped by this article must not end the run
        return Failure(_path(job), CODE_INTERNAL, _internal_message(job, exc))


def _internal_message(job: Job, exc: Exception) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    detail = " ".join(str(exc).split())[:200]
    return (
        f"{_label(job)}: internal error while briefing ({type(exc).__name__}{where}: "
        f"{detail}); please report it"
    )


def _path(job: Job) -> str | None:
    if job.article is not None:
        return job.article.path
    if job.failure is not None:
        return job.failure.path
    return None if job.name == STDIN else job.name


def _label(job: Job) -> str:
    return job.label or _path(job) or "<stdin>"


def _read_stdin_here(job: Job) -> Job:
    """stdin belongs to this process: read it here rather than in a worker."""
    if job.name != STDIN or job.failure is not None:
        return job
    try:
        return Job(article=read_input(STDIN), label="<stdin>")
    except BriefError as exc:
        if exc.exit_code != EXIT_INPUT:
            raise
        return Job(failure=Failure(None, exc.code, exc.message))


def run(
    jobs: Iterable[Job],
    settings: Settings,
    finish: Callable[[Brief], T],
    workers: int = 1,
) -> Generator[T | Failure, None, None]:
    """One result per job, in order: `finish(brief)` or a Failure.

    `finish` runs where the article was briefed (in a worker with `workers > 1`, so
    it must be a module-level function, and so must its result be picklable).
    ModelError (the model cannot be loaded) ends the run.
    """
    prepared = (_read_stdin_here(job) for job in jobs)
    if workers <= 1:
        for job in prepared:
            yield _outcome(job, settings, finish)
        return
    yield from _parallel(prepared, settings, finish, workers)


# --- Worker processes ----------------------------------------------------------


@dataclass(frozen=True)
class _Fatal:
    """An error that ends the whole run, carried back from a worker."""

    message: str


def _start_worker(settings: Settings) -> None:
    # Ctrl-C is the main process's business: it stops the workers itself, and a
    # worker must never print a traceback for it.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    from newsbrief.nlp import load_model, resolve_model_name

    # Once per worker, up front; if it fails, the first job meets the error and reports it.
    with suppress(BriefError):
        load_model(resolve_model_name(settings.model))


def _work(job: Job, settings: Settings, finish: Callable[[Brief], T]) -> T | Failure | _Fatal:
    try:
        return _outcome(job, settings, finish)
    except ModelError as exc:
        return _Fatal(exc.message)


def _unwrap(result: T | Failure | _Fatal) -> T | Failure:
    if isinstance(result, _Fatal):
        raise ModelError(result.message)
    return result


def _crashed(job: Job) -> Failure:
    return Failure(
        _path(job),
        CODE_CRASHED,
        f"{_label(job)}: the worker briefing it stopped unexpectedly "
        "(out of memory, or a crash in native code)",
    )


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing

    # A fork server (where there is one) starts workers from a clean process, so a
    # thread of the main process (the progress bar) cannot be caught mid-lock.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Hold Ctrl-C back while worker processes may start, so that they start with it
    blocked (a mask survives fork and exec) and never see it; the main process gets
    it as soon as the block ends, so nothing is lost. CPython's resource tracker
    starts its process the same way."""
    if not hasattr(signal, "pthread_sigmask"):  # Windows: no signal masks
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


class _Pool:
    """A process pool that starts lazily and can be stopped at once."""

    def __init__(self, settings: Settings, workers: int) -> None:
        self.settings = settings
        self.workers = workers
        self._executor: ProcessPoolExecutor | None = None

    def submit(self, job: Job, finish: Callable[[Brief], T]) -> Future[T | Failure | _Fatal]:
        from concurrent.futures import Future, ProcessPoolExecutor

        if job.failure is not None:
            done: Future[T | Failure | _Fatal] = Future()
            done.set_result(job.failure)
            return done
        with _sigint_blocked():
            if self._executor is None:
                self._executor = ProcessPoolExecutor(
                    self.workers,
                    mp_context=_context(),
                    initializer=_start_worker,
                    initargs=(self.settings,),
                )
            return self._executor.submit(_work, job, self.settings, finish)

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
        executor.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.terminate()
        for process in processes:
            process.join(timeout=5)


def _result(job: Job, future: Future[T | Failure | _Fatal]) -> T | Failure | _Fatal | None:
    """A worker's result, or None when the pool broke (a worker died)."""
    # Imported here: a run with one worker, and `brief --help`, never need it.
    from concurrent.futures.process import BrokenProcessPool

    try:
        return future.result()
    except BrokenProcessPool:
        return None
    except Exception as exc:  # the result could not come back (it would not pickle)
        return Failure(_path(job), CODE_INTERNAL, _internal_message(job, exc))


def _parallel(
    jobs: Iterator[Job], settings: Settings, finish: Callable[[Brief], T], workers: int
) -> Generator[T | Failure, None, None]:
    pool = _Pool(settings, workers)
    window: deque[tuple[Job, Future[T | Failure | _Fatal]]] = deque()
    suspects: deque[Job] = deque()  # in flight when a worker died: retried one by one
    finished = False
    try:
        while True:
            if suspects:
                job = suspects.popleft()
                outcome = _result(job, pool.submit(job, finish))
                if outcome is None:
                    pool.kill()
                    outcome = _crashed(job)
                yield _unwrap(outcome)
                continue
            while len(window) < IN_FLIGHT_PER_WORKER * workers:
                upcoming = next(jobs, None)
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
            yield _unwrap(outcome)
        finished = True
    finally:
        if finished:
            pool.close()
        else:  # interrupted, the reader went away, or the model failed
            pool.kill()

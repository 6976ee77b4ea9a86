"""Many articles at once: briefed in order, every failure isolated.

`run()` briefs a stream of jobs and yields exactly one result per job, in the order
given: the brief (or what `finish` makes of it, such as its JSON line) or a
`Failure` that names the input and says what went wrong. A bad input, or a bug that
one odd article trips, costs that article only; the run goes on.

With more than one worker the articles are briefed in worker processes (see
`newsbrief.app.workers`), each loading the spaCy model once, with memory flat however
many articles there are; a worker that dies costs only the article it was briefing.
"""

from __future__ import annotations

from collections.abc import Callable, Generator, Iterable
from typing import TYPE_CHECKING, TypeVar

from newsbrief.app.jobs import STDIN, Failure, Job, Settings, Written, outcome
from newsbrief.app.workers import parallel
from newsbrief.errors import EXIT_INPUT, BriefError, ClusterError
from newsbrief.read import read_input

if TYPE_CHECKING:
    from newsbrief.brief import Brief

T = TypeVar("T")


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
    scheduler: str | None = None,
) -> Generator[T | Failure, None, None]:
    """One result per job, in order: `finish(brief)` or a Failure.

    `finish` runs where the article was briefed (in a worker with `workers > 1` or a
    `scheduler`, so it must be a module-level function, and so must its result be
    picklable). With `scheduler` (a Dask scheduler's address, or `local`) the jobs
    are briefed on that cluster (`newsbrief.app.cluster`). ModelError (the model
    cannot be loaded) ends the run, and so does ClusterError.
    """
    if scheduler is not None:
        for result in run_on_cluster(jobs, settings, finish, scheduler, workers):
            assert not isinstance(result, Written)  # only the command line names outputs
            yield result
        return
    prepared = (_read_stdin_here(job) for job in jobs)
    if workers <= 1:
        for job in prepared:
            yield outcome(job, settings, finish)
        return
    yield from parallel(prepared, settings, finish, workers)


def run_on_cluster(
    jobs: Iterable[Job],
    settings: Settings,
    finish: Callable[[Brief], T],
    scheduler: str,
    workers: int = 1,
) -> Generator[T | Failure | Written, None, None]:
    """As `run` with a scheduler; a job that names an `output` file is written by the
    worker that briefs it and comes back as `Written` (its text does not travel)."""
    try:
        from newsbrief.app import cluster
    except ImportError:
        raise ClusterError(
            "briefing on a Dask cluster needs Dask: pip install 'newsbrief[dask]'"
        ) from None
    prepared = (_read_stdin_here(job) for job in jobs)
    yield from cluster.run(prepared, settings, finish, scheduler, workers)

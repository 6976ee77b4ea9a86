"""Briefs on a Dask cluster: the results of a local run, in the same order, from many machines.

`run()` sends the jobs of a run to a running Dask scheduler (`tcp://host:8786`), or
to a local cluster it starts for trying things out (`local`), in small batches with
a bounded number in flight, so that neither this process nor the scheduler ever
holds the whole archive; results come back in input order, as from
`newsbrief.app.batch.run` locally.

What travels where: a job names its input (a path on storage the workers share, or
an fsspec URL such as `s3://bucket/a.txt`) and the worker reads it; only stdin and
the Python API's texts travel with the job. With --output-dir the workers write the
files themselves (the directory must be shared) and send back only that they did.
Each worker loads the model once (a worker plugin, then the per-process cache).

A worker that dies costs no result: Dask runs its batch again elsewhere. A batch
whose workers keep dying (Dask gives up after `distributed.scheduler.allowed-failures`)
is run again article by article, so that the one at fault alone is reported
`crashed`. Ctrl-C cancels what is on the cluster.

This module imports Dask, an optional extra (`pip install 'newsbrief[dask]'`): it is
imported only by a run that names a scheduler.
"""

from __future__ import annotations

import logging
import os
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import dask.config
from distributed import Client, Future, LocalCluster
from distributed.client import FutureCancelledError
from distributed.diagnostics.plugin import WorkerPlugin
from distributed.scheduler import KilledWorker

from newsbrief.app.jobs import (
    CODE_INTERNAL,
    Failure,
    Job,
    Settings,
    Written,
    internal_message,
    job_of,
    path_of,
)
from newsbrief.app.output import write_file
from newsbrief.app.workers import Fatal, attempt, crashed, preload, sigint_blocked, unwrap
from newsbrief.errors import ClusterError, OutputError

if TYPE_CHECKING:
    import datetime as dt

    import dask.bag

    from newsbrief.brief import Brief

T = TypeVar("T")

# The scheduler address that starts a cluster on this machine instead.
LOCAL = "local"
# Articles per task: enough that Dask's per-task cost (a few milliseconds) is small
# beside briefing (tens of milliseconds an article), few enough to spread a short run.
BATCH = 4
# Batches in flight per worker thread: enough to keep every worker busy while
# results travel back, few enough that memory does not grow with the run.
BATCHES_PER_THREAD = 2
CONNECT_TIMEOUT = "15s"
# How often a local cluster's scheduler runs a batch again after its worker died.
LOCAL_ALLOWED_FAILURES = 2


class ModelPlugin(WorkerPlugin):
    """Loads the spaCy model on each worker as it joins, once."""

    name = "newsbrief-model"

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        preload(self.model)


@contextmanager
def connect(scheduler: str, workers: int = 1) -> Iterator[Client]:
    """A client of the scheduler at `scheduler`, or of a local cluster of `workers`
    processes when it is `local`; closed (and the local cluster stopped) on exit."""
    # Dask's own log lines (connection retries, workers leaving) are not ours to print.
    quiet = [logging.getLogger(name) for name in ("distributed", "tornado")]
    levels = [logger.level for logger in quiet]
    for logger in quiet:
        logger.setLevel(logging.CRITICAL)
    cluster: LocalCluster | None = None
    client: Client | None = None
    try:
        if scheduler == LOCAL:
            with (
                dask.config.set({"distributed.scheduler.allowed-failures": LOCAL_ALLOWED_FAILURES}),
                sigint_blocked(),  # the workers never see Ctrl-C; this process stops them
            ):
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address="127.0.0.1:0",  # its HTTP endpoints, on a free local port
                    silence_logs=logging.CRITICAL,
                )
            client = Client(cluster)
        else:
            try:
                client = Client(scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError, ValueError) as exc:
                detail = " ".join(str(exc).split())[:200]
                raise ClusterError(
                    f"the Dask scheduler at {scheduler} cannot be reached ({detail})"
                ) from None
        yield client
    finally:
        with suppress(Exception):
            if client is not None:
                client.close(timeout=10)
        with suppress(Exception):
            if cluster is not None:
                cluster.close(timeout=10)
        for logger, level in zip(quiet, levels, strict=True):
            logger.setLevel(level)


def _brief_batch(
    jobs: list[Job], settings: Settings, finish: Callable[[Brief], T]
) -> list[T | Failure | Fatal | Written]:
    """A batch of jobs briefed on a worker, each writing its file when it names one."""
    results: list[T | Failure | Fatal | Written] = []
    for job in jobs:
        result = attempt(job, settings, finish)
        if job.output is None or isinstance(result, Failure | Fatal):
            results.append(result)
            continue
        try:
            write_file(Path(job.output), str(result))
        except OutputError as exc:
            results.append(Written(job.output, exc.message))
        else:
            results.append(Written(job.output))
    return results


def _batches(jobs: Iterator[Job], size: int) -> Iterator[list[Job]]:
    batch: list[Job] = []
    for job in jobs:
        batch.append(job)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Run:
    """The futures of one run on a cluster, and how their results come back."""

    def __init__(self, client: Client, settings: Settings, finish: Callable[[Brief], T]) -> None:
        self.client = client
        self.settings = settings
        self.finish = finish

    def submit(self, batch: list[Job]) -> Future[Any]:
        return self.client.submit(
            _brief_batch, batch, self.settings, self.finish, pure=False, retries=0
        )

    def results(self, batch: list[Job], future: Future[Any]) -> list[Any]:
        """A batch's results; its jobs one by one when its workers kept dying."""
        try:
            results: list[Any] = future.result()
            return results
        except KilledWorker:
            if len(batch) == 1:
                return [crashed(batch[0])]
            return [self.results([job], self.submit([job]))[0] for job in batch]
        except (FutureCancelledError, OSError) as exc:  # the scheduler went away
            detail = " ".join(str(exc).split())[:200]
            raise ClusterError(f"the Dask cluster stopped during the run ({detail})") from None
        except Exception as exc:  # a result that could not come back (it would not pickle)
            return [
                Failure(path_of(job), CODE_INTERNAL, internal_message(job, exc)) for job in batch
            ]


def run(
    jobs: Iterable[Job],
    settings: Settings,
    finish: Callable[[Brief], T],
    scheduler: str,
    workers: int = 1,
) -> Generator[T | Failure | Written, None, None]:
    """One result per job, in order, briefed on the Dask cluster at `scheduler`.

    As `newsbrief.app.batch.run`; a job with an `output` path is written by the worker
    that briefs it and comes back as `Written`. `workers` sizes a `local` cluster.
    """
    with connect(scheduler, workers) as client:
        client.register_plugin(ModelPlugin(settings.model))
        threads = max(1, sum(client.nthreads().values()))
        work = _Run(client, settings, finish)
        pending = _batches(iter(jobs), BATCH)
        window: deque[tuple[list[Job], Future[Any]]] = deque()
        try:
            while True:
                while len(window) < BATCHES_PER_THREAD * threads:
                    batch = next(pending, None)
                    if batch is None:
                        break
                    window.append((batch, work.submit(batch)))
                if not window:
                    break
                batch, future = window.popleft()
                for result in work.results(batch, future):
                    yield unwrap(result)
        finally:
            # Interrupted, the reader went away, or an error ends the run: what is
            # still on the cluster is of no use to anyone.
            with suppress(Exception):
                client.cancel([future for _, future in window], force=True)


def _item_to_dict(item: str | os.PathLike[str], settings: Settings) -> dict[str, Any]:
    result = unwrap(attempt(job_of(item, "text"), settings, _to_dict))
    if isinstance(result, Failure):
        return result.to_dict()
    return result


def _to_dict(brief: Brief) -> dict[str, Any]:
    return brief.to_dict()


def brief_bag(
    articles: dask.bag.Bag,
    *,
    reference_date: dt.date | None = None,
    model: str | None = None,
    glance: int | None = None,
    takeaways: int | None = None,
) -> dask.bag.Bag:
    """A Dask bag of articles (texts as `str`, files as `pathlib.Path` or another
    `os.PathLike`, read where the bag is computed) to a bag of brief dictionaries
    (the JSON output's objects; an article that fails becomes its error record), ready
    for `.to_dataframe()` or `.map(json.dumps).to_textfiles(...)`."""
    settings = Settings(reference_date, model, glance, takeaways)
    bag: dask.bag.Bag = articles.map(_item_to_dict, settings=settings)
    return bag

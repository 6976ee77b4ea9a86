"""One job of a run: an article to brief, how it is briefed, and what comes of it.

A `Job` names an input to read, carries an article already read, or stands for an
input that failed before briefing. `outcome()` briefs it in this process and makes
of the brief what the run wants (`finish`), or returns a `Failure` that names the
input and says what went wrong: a bad input, or a bug that one odd article trips,
costs that article only. Only an error that concerns the whole run (the model)
escapes.
"""

from __future__ import annotations

import datetime as dt
import os
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from newsbrief.errors import EXIT_INPUT, BriefError, InputError
from newsbrief.read import MAX_INPUT_BYTES, Article, read_input

if TYPE_CHECKING:
    from newsbrief.brief import Brief

T = TypeVar("T")

STDIN = "-"

# Error code of a bug tripped while briefing (newsbrief.read has the codes of inputs that
# cannot be read: not_found, unreadable, directory, binary, empty).
CODE_INTERNAL = "internal"


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
    """What every article of a run is briefed with, and how inputs are read: up to
    `max_bytes` each; `allow_private` lets an input URL's own host be a private or
    loopback address."""

    reference_date: dt.date | None = None
    model: str | None = None
    glance: int | None = None
    takeaways: int | None = None
    max_bytes: int = MAX_INPUT_BYTES
    allow_private: bool = False


@dataclass(frozen=True)
class Job:
    """One article to brief: an input name to read (a path, '-' for stdin), an
    article already read, or an input that failed before briefing. `label` names it
    in messages when it has no path."""

    name: str | None = None
    article: Article | None = None
    failure: Failure | None = None
    label: str | None = None
    # Where the worker writes the brief's text itself: set only for a run on a
    # cluster with --output-dir (newsbrief.app.cluster), so the text need not travel.
    output: str | None = None


@dataclass(frozen=True)
class Written:
    """What comes back for a brief its worker wrote to the job's output file itself,
    or (`error`) could not write: that costs the input only, as in a local run."""

    path: str
    error: str | None = None


def job_of(item: str | os.PathLike[str], label: str) -> Job:
    """The job of one article given to the Python API: its text (`str`, named `label`
    in messages), or the path of a file (`os.PathLike`), read as the command line reads it."""
    if isinstance(item, str):
        return Job(article=Article(item.removeprefix("\ufeff"), None), label=label)
    return Job(name=os.fspath(item))


def brief_job(job: Job, settings: Settings) -> Brief:
    """Read and brief one job in this process; BriefError says what went wrong."""
    # Imported here: the main process of a run with workers, and `newsbrief.Failure`,
    # never need the pipeline (nor spaCy).
    from newsbrief.compose import brief_article

    if job.failure is not None:
        raise InputError(job.failure.message, job.failure.code)
    if job.article is not None:
        article = job.article
    elif job.name is not None:
        article = read_input(job.name, settings.max_bytes, settings.allow_private)
    else:  # pragma: no cover - a Job always has one of the three
        raise InputError("nothing to brief", "empty")
    return brief_article(
        article,
        label_of(job),
        settings.reference_date,
        settings.model,
        settings.glance,
        settings.takeaways,
    )


def keep_brief(brief: Brief) -> Brief:
    """A `finish` for `run` that keeps the Brief itself."""
    return brief


def outcome(job: Job, settings: Settings, finish: Callable[[Brief], T]) -> T | Failure:
    """One job's result; only errors that concern the whole run (the model) escape."""
    try:
        return finish(brief_job(job, settings))
    except BriefError as exc:
        if exc.exit_code != EXIT_INPUT:
            raise
        return Failure(path_of(job), exc.code, exc.message)
    except Exception as exc:  # a bug tripped by this article must not end the run
        return Failure(path_of(job), CODE_INTERNAL, internal_message(job, exc))


def internal_message(job: Job, exc: Exception) -> str:
    frames = traceback.extract_tb(exc.__traceback__)
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    detail = " ".join(str(exc).split())[:200]
    return (
        f"{label_of(job)}: internal error while briefing ({type(exc).__name__}{where}: "
        f"{detail}); please report it"
    )


def path_of(job: Job) -> str | None:
    if job.article is not None:
        return job.article.path
    if job.failure is not None:
        return job.failure.path
    return None if job.name == STDIN else job.name


def label_of(job: Job) -> str:
    return job.label or path_of(job) or "<stdin>"

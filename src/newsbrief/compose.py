"""Compose the Brief: run every stage over one article, in order.

`compose()` briefs an article with a model already loaded; `brief_article()` is what
the library and every run call: it refuses an empty article, loads the model once per
process and composes inside spaCy's memory zone.
"""

from __future__ import annotations

import datetime as dt
from contextlib import nullcontext
from typing import TYPE_CHECKING

from newsbrief import entities, events, quotes, summary, temporal
from newsbrief.blocks import split_blocks
from newsbrief.brief import Brief, ReferenceSource, Source, Warning
from newsbrief.errors import InputError
from newsbrief.nlp import annotate, load_model, resolve_model_name
from newsbrief.read import Article
from newsbrief.read.language import foreign

if TYPE_CHECKING:
    from spacy.language import Language

# Reference dates briefs resolve against: far enough inside Python's dates (years 1 to
# 9999) that "a century ago" or "in 500 years" can still be computed.
EARLIEST_REFERENCE = dt.date(1000, 1, 1)
LATEST_REFERENCE = dt.date(8999, 12, 31)


def check_reference_date(date: dt.date) -> None:
    """Raise ValueError for a reference date too far out to resolve dates against."""
    if not EARLIEST_REFERENCE <= date <= LATEST_REFERENCE:
        raise ValueError(
            f"{date.isoformat()} is out of range: a reference date is between "
            f"{EARLIEST_REFERENCE.isoformat()} and {LATEST_REFERENCE.isoformat()}"
        )


def _usable(date: dt.date | None) -> bool:
    return date is not None and EARLIEST_REFERENCE <= date <= LATEST_REFERENCE


def compose(
    article: Article,
    nlp: Language,
    reference_date: dt.date | None = None,
    glance: int | None = None,
    takeaways: int | None = None,
) -> Brief:
    """The brief of one decoded article; `glance` and `takeaways` say how many items
    to generate when the article has none of its own (None: by its length)."""
    text = article.text
    blocks = split_blocks(text)
    doc = annotate(nlp, text, blocks)
    warnings: list[Warning] = list(article.warnings)

    # The date the article prints for itself: the reference date when none is given
    # or declared, and the date of the news it opens with (`events/lead.py`).
    stated = temporal.find_reference_date(doc)
    source: ReferenceSource = "none"
    if reference_date is not None:
        source = "option"
    elif article.published is not None and _usable(article.published):
        reference_date, source = article.published, "article"
    elif stated is not None and _usable(stated.date):
        reference_date, source = stated.date, "article"

    language = foreign(text)
    if language is not None:
        warnings.append(
            Warning(
                "language",
                f"the article appears to be in {language.name} ({language.code}), not English: "
                "no entities are named from it, and dates and quotes may be missed",
            )
        )

    dates = temporal.find_dates(doc, reference_date)
    missing = temporal.reference_warning(reference_date, dates)
    if missing is not None:
        warnings.append(missing)
    # The English model's entities in another language are inventions ("Например" a place).
    found = entities.find_entities(doc, nlp) if language is None else []
    said = quotes.find_quotes(doc, found)
    happened = events.find_events(doc, dates, found, stated)
    timeline, timeline_warnings = events.build_timeline(happened, reference_date)
    warnings.extend(timeline_warnings)
    glance_items = summary.at_a_glance(doc, found, dates, glance)
    takeaway_items = summary.key_takeaways(doc, found, glance_items, takeaways)
    headline = article.title or next((b.text for b in blocks if b.kind == "headline"), None)

    return Brief(
        source=Source(
            article.path,
            text,
            article.format,
            article.title,
            article.author,
            article.site,
            published=article.published_value,
            published_from=article.published_from,
            language=language.code if language is not None else None,
        ),
        headline=headline,
        reference_date=reference_date,
        reference_date_source=source,
        blocks=blocks,
        entities=found,
        dates=list(dates),  # a list of DateExpr, as the Brief declares
        events=[event.public() for event in happened],
        timeline=timeline,
        at_a_glance=glance_items,
        key_takeaways=takeaway_items,
        quotes=said,
        warnings=warnings,
    )


def brief_article(
    article: Article,
    label: str,
    reference_date: dt.date | None = None,
    model: str | None = None,
    glance: int | None = None,
    takeaways: int | None = None,
) -> Brief:
    """Brief one article in this process; BriefError says what went wrong.

    `label` names the article in the error for an empty one. `model` names an
    installed spaCy pipeline (None: the default), loaded once per process. Raises
    `InputError` ("empty") for an article of nothing but whitespace and `ModelError`
    when the model cannot be loaded.
    """
    if not article.text.strip():
        raise InputError(f"{label}: is empty (nothing but whitespace)", "empty")
    nlp = load_model(resolve_model_name(model))
    # Words first seen in this article leave the model's vocabulary with it, so a long
    # run's memory does not grow with every new name and number (the Brief holds plain
    # data only, nothing of spaCy's).
    zone = getattr(nlp, "memory_zone", None)  # spaCy >= 3.8
    with zone() if zone is not None else nullcontext():
        return compose(article, nlp, reference_date, glance, takeaways)

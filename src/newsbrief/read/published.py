"""When a web page was published, as the page itself says it, and where it says so.

The page's own declaration comes first: JSON-LD `datePublished`, Open Graph
`article:published_time` and the other publication meta tags, read as written (the
date in the writer's time zone, not converted). A declaration that names only a month
stays a month and gives no reference date; an impossible one ("2024-02-30") is no date:
neither is ever completed from today's clock. Without a declaration, htmldate reads the
page's markup and address (`<time>` elements, other meta tags, a date in the URL).
Last, htmldate's extensive search of the page's text (a blog's "Posted on 12 May
2014" line, which trafilatura leaves out of the article) is taken only when the date
it finds is not one the article itself mentions: a date the story mentions is not the
date it was published. A bare year, which htmldate turns into 1 January, is no date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from typing import Any

from newsbrief.read.jsonld import json_ld_objects

# Where pages declare their publication date, most specific first.
DECLARING_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "publishdate",
    "publish-date",
    "pubdate",
    "dc.date.issued",
    "dcterms.issued",
    "sailthru.date",
    "parsely-pub-date",
)
# A date as machines write it: the year, a month, and maybe a day; the rest is ignored.
_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})(?:[-/.](\d{1,2}))?(?!\d)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:T|\s|$)")  # 20180619T055000+0900
_JSON_LD = "//script[@type='application/ld+json']"


@dataclass(frozen=True)
class Published:
    """The page's publication date: `value` as TIMEX3 ("2024-02-03", or "2024-02" for a
    month); `date` only when it is a whole, real date; `source` says where it was read."""

    value: str | None
    date: dt.date | None
    source: str
    problem: str | None = None  # why a declared date gives no reference date


def publication_date(tree: Any, url: str | None) -> Published | None:
    """The page's publication date, or None when it says none."""
    declared = _declared(tree)
    if declared is not None:
        return declared
    from htmldate import find_date

    found = find_date(tree, extensive_search=False, original_date=True, url=url)
    date = _whole(found)
    if date is not None:
        in_url = url is not None and _url_has(url, date)
        return Published(date.isoformat(), date, "address" if in_url else "page markup")
    return None


def searched_date(tree: Any, url: str | None, article_text: str) -> Published | None:
    """htmldate's extensive search of the page, unless the article mentions its date."""
    from htmldate import find_date

    date = _whole(find_date(tree, extensive_search=True, original_date=True, url=url))
    if date is None or (date.month, date.day) == (1, 1):
        return None
    paragraphs = "".join(f"<p>{escape(p)}</p>" for p in article_text.split("\n") if p.strip())
    own = find_date(f"<html><body>{paragraphs}</body></html>", extensive_search=True)
    if _whole(own) == date:
        return None
    return Published(date.isoformat(), date, "page text")


def _declared(tree: Any) -> Published | None:
    """The first whole date the page declares in its metadata, as written; else what
    was wrong with the first declaration (a month only, an impossible date)."""
    flawed: Published | None = None
    for source, raw in _declarations(tree):
        m = _ISO.match(raw) or _COMPACT.match(raw)
        if m is None:
            continue
        year, month, day = int(m.group(1)), int(m.group(2)), m.group(3)
        if day is None and 1 <= month <= 12:
            value = f"{year:04d}-{month:02d}"
            problem = f"the page's {source} gives only the month ({value}): no reference date"
            flawed = flawed or Published(value, None, source, problem)
            continue
        try:
            date = dt.date(year, month, int(day or 0))
        except ValueError:
            problem = f"the page's {source} date {raw.strip()!r} is impossible: no reference date"
            flawed = flawed or Published(None, None, source, problem)
            continue
        return Published(date.isoformat(), date, source)
    return flawed


def _declarations(tree: Any) -> Iterator[tuple[str, str]]:
    """(where, raw value) of each publication date the page declares, most specific first."""
    for script in tree.xpath(_JSON_LD):
        for value in _json_ld_dates(script.text or ""):
            yield "JSON-LD datePublished", value
    metas: dict[str, str] = {}
    for meta in tree.xpath("//meta[@content]"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        if key in DECLARING_META and key not in metas:
            metas[key] = meta.get("content") or ""
    for key in DECLARING_META:
        if key in metas:
            yield f"meta {key}", metas[key]


def _json_ld_dates(text: str) -> Iterator[str]:
    """`datePublished` of the page's articles first, then of the page itself; that of
    an image, a video or the site (when it was uploaded or founded) is not the article's."""
    found: list[tuple[int, str]] = []
    for item in json_ld_objects(text):
        value = item.get("datePublished")
        rank = _json_ld_rank(item.get("@type"))
        if isinstance(value, str) and value.strip() and rank is not None:
            found.append((rank, value))
    for _, value in sorted(found, key=lambda f: f[0]):
        yield value


def _json_ld_rank(kind: object) -> int | None:
    """0 for an article, 1 for a web page or an untyped object, None for anything else."""
    kinds = [kind] if isinstance(kind, str) else kind if isinstance(kind, list) else []
    names = {k for k in kinds if isinstance(k, str)}
    if any(k.endswith(("Article", "BlogPosting", "Posting", "Report")) for k in names):
        return 0
    if not names or any(k.endswith("Page") for k in names):
        return 1
    return None


def _whole(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _url_has(url: str, date: dt.date) -> bool:
    compact = re.sub(r"\D", "", url)
    return f"{date:%Y%m%d}" in compact or f"{date:%Y/%m/%d}" in url or f"{date:%Y-%m-%d}" in url
